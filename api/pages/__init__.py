"""The HTML pages (French UI): one module per page, each exposing ``router``; built from the analytics layer."""
from __future__ import annotations

from api.collect import package_routers


def routers():
    return package_routers(__name__, __path__)
