"""``/carte-sociale/{concertation_id}``: the carte sociale of a concertation as a file to save — the same
self-contained document as ``maillage carte`` (:func:`visualizations.report.carte_sociale`)."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from api.deps import get_settings, get_store
from api.html import error_page
from graph.analytics.errors import NotFound
from visualizations.report import carte_sociale, report_filename

router = APIRouter(include_in_schema=False)


@router.get("/carte-sociale/{concertation_id}")
def download_carte_sociale(concertation_id: str, store=Depends(get_store), settings=Depends(get_settings)) -> Response:
    try:
        html = carte_sociale(store, concertation_id, include_persons=settings.include_persons)
    except NotFound as exc:
        return error_page("Concertation introuvable", str(exc),
                          ("/", "Retour à l'accueil et à la liste des concertations"))
    filename = report_filename({"id": concertation_id})
    return Response(html, media_type="text/html; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
