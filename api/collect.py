"""Router collection: every module of a package exposing ``router``, in module-name order."""
from __future__ import annotations

import importlib
import pkgutil

from fastapi import APIRouter


def package_routers(package: str, path: list[str]) -> list[APIRouter]:
    """The ``router`` of each module of ``package`` (paths are explicit, so the order does not matter)."""
    return [importlib.import_module(f"{package}.{name}").router
            for name in sorted(m.name for m in pkgutil.iter_modules(path))]
