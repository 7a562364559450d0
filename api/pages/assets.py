"""``/static/…``: the pages' own CSS and JavaScript and the vendor files (vis-network), all served locally."""
from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from visualizations.render import STATIC
from visualizations.vendor import VENDOR

router = APIRouter(include_in_schema=False)

MEDIA = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
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
