"""``/``: the home page — search (the API's search), the concertations with their key figures, links to the views."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from api.deps import get_settings, get_store
from graph.analytics.entities import Catalog, list_concertations
from graph.analytics.search import search
from visualizations.links import entity_url
from visualizations.render import render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(q: Annotated[Optional[str], Query(max_length=200)] = None, store=Depends(get_store),
         settings=Depends(get_settings)) -> str:
    hits = []
    if q and q.strip():
        hits = [{**h, "url": entity_url(h["kind"], h["id"])}
                for h in search(store, q.strip(), include_persons=settings.include_persons, limit=20)]
    return render("home.html", title="Accueil", active="/", q=q or "", hits=hits,
                  concertations=list_concertations(Catalog(store), {}))
