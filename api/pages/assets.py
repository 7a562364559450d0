"""``/static/…``: the pages' own CSS and JavaScript and the vendor files (vis-network, Swagger UI), all served
locally; ``/docs``: the API documentation, offline."""
from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from visualizations.render import STATIC
from visualizations.vendor import VENDOR

router = APIRouter(include_in_schema=False)

MEDIA = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml",
         ".png": "image/png"}
CACHE = {"Cache-Control": "public, max-age=3600"}


def _file(path) -> FileResponse:
    return FileResponse(path, media_type=MEDIA.get(path.suffix, "application/octet-stream"), headers=CACHE)


@router.get("/static/vendor/{name}")
def vendor(name: str) -> FileResponse:
    if name not in VENDOR:
        raise HTTPException(404, "fichier introuvable")
    return _file(VENDOR[name])


@router.get("/static/{name}")
def static(name: str) -> FileResponse:
    path = (STATIC / name).resolve()
    if path.parent != STATIC or not path.is_file():
        raise HTTPException(404, "fichier introuvable")
    return _file(path)


@router.get("/docs")
def docs() -> HTMLResponse:
    """Swagger UI over ``/openapi.json``, with its files served here (FastAPI's default fetches them from a CDN)."""
    return get_swagger_ui_html(openapi_url="/openapi.json", title="Maillage — documentation de l'API",
                               swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                               swagger_css_url="/static/vendor/swagger-ui.css",
                               swagger_favicon_url="/static/vendor/favicon.png")
