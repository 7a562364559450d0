"""Third-party browser files, taken from installed Python packages so nothing is fetched at run time: vis-network
comes from the pyvis wheel (the pages render it through Maillage's own templates, never pyvis's CDN-linked one), the
API documentation's Swagger UI from the fastapi-offline wheel (FastAPI's default /docs loads it from a CDN)."""
from __future__ import annotations

from pathlib import Path

import pyvis
import fastapi_offline

_VIS = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"
_SWAGGER = Path(fastapi_offline.__file__).resolve().parent / "static"

#: Public name (served under ``/static/vendor/``) → file on disk.
VENDOR: dict[str, Path] = {
    "vis-network.min.js": _VIS / "vis-network.min.js",
    "vis-network.css": _VIS / "vis-network.css",
    "swagger-ui-bundle.js": _SWAGGER / "swagger-ui-bundle.js",
    "swagger-ui.css": _SWAGGER / "swagger-ui.css",
    "favicon.png": _SWAGGER / "favicon.png",
}


def vendor_text(name: str) -> str:
    """A vendor file's text, to inline it in a self-contained report."""
    return VENDOR[name].read_text(encoding="utf-8")
