"""``/api/funding/flows``: who funds what, through which fiduciary, counted once."""
from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query

from api.deps import get_store
from api.models.funding import FundingFlows
from graph.analytics.funding import (
    FISCAL_YEAR_PATTERN,
    FundingBy,
    FundingLevel,
    funding_flows,
)
from graph.schema import load_schema

router = APIRouter(prefix="/api", tags=["financement"])

#: The funding statuses of the vocabulary, so that OpenAPI lists them.
FundingStatus = Enum("FundingStatus", {c: c for c in load_schema().vocabulary("funding_statuses").codes}, type=str)


@router.get("/funding/flows", response_model=FundingFlows,
            summary="Flux de financement : bailleur → fiduciaire → projet")
def get_funding_flows(
    by: Annotated[FundingBy, Query(description="Regroupement : bailleur (funder), fiduciaire (fiduciary), enjeu "
                                               "(theme), territoire (territory) ou comité porteur (committee)")]
    = FundingBy.committee,
    fiscal_year: Annotated[Optional[str], Query(pattern=FISCAL_YEAR_PATTERN, description="Année financière",
                                                examples=["2026-2027"])] = None,
    status: Annotated[Optional[FundingStatus], Query(description="Statut du financement")] = None,
    concertation: Annotated[Optional[str], Query(description="Identifiant d'une concertation",
                                                 examples=["conc:pacte-lassomption"])] = None,
    committee: Annotated[Optional[str], Query(description="Identifiant du comité qui porte les projets",
                                              examples=["com:pacte-cp-securite-alimentaire"])] = None,
    project: Annotated[Optional[str], Query(description="Identifiant d'un projet")] = None,
    level: Annotated[FundingLevel, Query(description="Niveau des territoires (by=territory)")]
    = FundingLevel.mrc,
    store=Depends(get_store),
) -> dict:
    """Les flux de financement bailleur → fiduciaire → projet (→ comité, enjeu ou territoire), par année financière
    et statut, avec les totaux par regroupement, par année, par statut, par bailleur, par fiduciaire et par projet.

    Chaque ligne de financement est comptée une seule fois (l'argent qui passe par un fiduciaire n'est pas compté
    deux fois). Une ligne destinée à plusieurs projets est partagée en parts égales au cent près, le reste au premier
    projet par identifiant ; de même entre plusieurs comités, enjeux ou territoires. Un bailleur, un fiduciaire ou un
    projet inconnu apparaît comme « … non précisé » (id null), jamais retiré. Le bloc `reconciliation` prouve que
    tous les totaux égalent la somme des montants. Identifiant inconnu : 404 ; paramètre invalide : 422."""
    return funding_flows(store, by, fiscal_year=fiscal_year, status=status.value if status else None,
                         concertation=concertation, committee=committee, project=project, level=level)
