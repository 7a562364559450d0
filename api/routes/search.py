"""``/api/search``: find any node by name, acronym, alias or code."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query

from api.deps import get_settings, get_store
from api.models.search import SearchResults
from api.params import Label
from graph.analytics.search import search

router = APIRouter(prefix="/api", tags=["recherche"])


@router.get("/search", response_model=SearchResults, summary="Rechercher par nom, sigle ou alias")
def get_search(
    q: Annotated[str, Query(min_length=1, max_length=200, description="Texte cherché (accents, casse et "
                            "ponctuation ignorés)", examples=["cssda"])],
    kind: Annotated[Optional[list[Label]], Query(description="Limiter à ces étiquettes (Organization, Committee…)")] = None,
    limit: Annotated[int, Query(ge=1, le=100, description="Nombre de résultats au plus")] = 20,
    store=Depends(get_store),
    settings=Depends(get_settings),
) -> dict:
    """Organisations, concertations, comités, projets, territoires… dont le nom, le sigle, un alias ou le code
    correspond ; les meilleurs d'abord."""
    labels = [k.value for k in kind] if kind else None
    return {"query": q, "results": search(store, q, labels=labels, include_persons=settings.include_persons,
                                          limit=limit)}
