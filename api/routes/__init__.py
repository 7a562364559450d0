"""The ``/api`` routers: one module per question, each exposing ``router``; :func:`routers` collects them."""
from __future__ import annotations

import importlib
import pkgutil

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    """Every module's ``router``, in module-name order (paths are explicit, so order does not matter)."""
    out = []
    for name in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        out.append(importlib.import_module(f"{__name__}.{name}").router)
    return out
