"""``/api/overlaps/…``: organizations at several tables or in several territories; projects that overlap."""
from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query

from api.deps import get_store
from api.models.overlaps import OrganizationOverlaps, ProjectOverlaps
from api.params import scope_params
from graph.analytics.affiliations import read_affiliations
from graph.analytics.overlaps import DIMENSIONS, organization_overlaps, project_overlaps
from graph.analytics.scope import Scope

router = APIRouter(prefix="/api/overlaps", tags=["chevauchements"])

Level = Enum("Level", {name: name for name in ("region", "mrc", "concertation")}, type=str)
Dimension = Enum("Dimension", {name: name for name in DIMENSIONS}, type=str)


@router.get("/organizations", response_model=OrganizationOverlaps,
            summary="Organisations présentes dans plusieurs territoires ou concertations")
def get_organization_overlaps(
    level: Annotated[Level, Query(description="region, mrc ou concertation")] = Level.region,
    min_places: Annotated[int, Query(alias="min", ge=1, le=100, description="Nombre minimal de lieux")] = 2,
    scope: Scope = Depends(scope_params),
    store=Depends(get_store),
) -> dict:
    """Les organisations présentes dans au moins `min` régions, MRC ou concertations, avec où et à quel titre
    (membre d'un comité, responsable ou partenaire d'un projet, collaboration avec une concertation, établie sur
    le territoire). Les filtres choisissent les organisations considérées (par exemple les partenaires d'une
    concertation qui siègent aussi ailleurs)."""
    data = read_affiliations(store)
    scope = scope.resolved(store, data)
    return {"level": level.value, "min": min_places, "filters": scope.describe(),
            "organizations": organization_overlaps(data, scope, level.value, min_places)}


@router.get("/projects", response_model=ProjectOverlaps,
            summary="Projets qui partagent partenaires, thèmes ou territoires")
def get_project_overlaps(
    by: Annotated[Optional[list[Dimension]], Query(description="Dimensions comparées (toutes par défaut)")] = None,
    min_score: Annotated[float, Query(ge=0, le=1, description="Indice de Jaccard minimal")] = 0.0,
    limit: Annotated[int, Query(ge=1, le=1000, description="Nombre de paires au plus")] = 100,
    scope: Scope = Depends(scope_params),
    store=Depends(get_store),
) -> dict:
    """Les paires de projets qui partagent des partenaires, des thèmes ou des territoires, avec l'indice de
    Jaccard et les éléments partagés : synergie, doublon possible ou continuité d'un plan à l'autre."""
    data = read_affiliations(store)
    scope = scope.resolved(store, data)
    dimensions = tuple(d.value for d in by) if by else DIMENSIONS
    pairs = project_overlaps(data, scope, dimensions=dimensions, min_score=min_score, limit=100_000)
    return {"dimensions": list(dimensions), "min_score": min_score, "filters": scope.describe(), "total": len(pairs),
            "pairs": pairs[:limit]}
