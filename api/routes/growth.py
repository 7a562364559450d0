"""``/api/growth`` and ``/api/organizations/{id}/growth``: how collaboration grows from one period to the next."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.deps import get_store
from api.models.growth import Growth, GrowthBy, OrganizationGrowth
from api.params import OrgId
from graph.analytics.affiliations import read_affiliations
from graph.analytics.growth import growth, organization_growth

router = APIRouter(prefix="/api", tags=["croissance"])

ConcertationParam = Annotated[str, Query(description="Identifiant de la concertation (obligatoire)",
                                         examples=["conc:cds-mauricie"])]
ByParam = Annotated[GrowthBy, Query(description="Découpage : un plan d'action par période (plan) ou une année par "
                                    "période (year)")]


@router.get("/growth", response_model=Growth, summary="Croissance de la collaboration, période par période",
            responses={404: {"description": "Concertation inconnue"}})
def get_growth(concertation: ConcertationParam, by: ByParam = GrowthBy.plan, store=Depends(get_store)) -> dict:
    """Le réseau de la concertation à chaque période (plans d'action ou années) : acteurs, liens, densité,
    centralisation, degré moyen, regroupement, part de la plus grande composante, diversité sectorielle ; et d'une
    période à la suivante : entrants, sortants, acteurs maintenus, liens formés, maintenus et dissous, taux de
    rétention. Les successions d'organisations sont suivies (un CSSS devenu CIUSSS est maintenu, ni sortant ni
    entrant). Une participation sans année est active chaque année."""
    return growth(read_affiliations(store), concertation, by.value)


@router.get("/organizations/{org_id}/growth", response_model=OrganizationGrowth,
            summary="Trajectoire d'une organisation dans une concertation",
            responses={404: {"description": "Organisation ou concertation inconnue"}})
def get_organization_growth(org_id: OrgId, concertation: ConcertationParam, by: ByParam = GrowthBy.plan,
                            store=Depends(get_store)) -> dict:
    """Pour chaque période : présence (sous son identifiant ou celui d'un prédécesseur ou successeur), degré, degré
    pondéré, intermédiarité, nombre de partenaires, comités et projets avec ses rôles ; et ses périodes d'entrée et
    de sortie."""
    return organization_growth(read_affiliations(store), org_id, concertation, by.value)
