"""The ``/api`` routers: one module per question, each exposing ``router``."""
from __future__ import annotations

from api.collect import package_routers


def routers():
    return package_routers(__name__, __path__)
