"""``/api/network`` and ``/api/organizations/{id}/partners``: the partnership network."""
from __future__ import annotations

from fastapi import APIRouter, Depends

from api.deps import get_store
from api.models.network import Network, Partners
from api.params import OrgId, scope_params
from graph.analytics.affiliations import read_affiliations
from graph.analytics.errors import NotFound
from graph.analytics.network import network, partners
from graph.analytics.scope import Scope

router = APIRouter(prefix="/api", tags=["réseau"])


@router.get("/network", response_model=Network, summary="Réseau de collaboration entre organisations")
def get_network(scope: Scope = Depends(scope_params), store=Depends(get_store)) -> dict:
    """La projection organisation-organisation (liens = comités, projets, fiducie et collaborations partagés),
    filtrée, avec les mesures : degré, degré pondéré, intermédiarité, proximité, communauté, k-noyau, composantes,
    isolats, densité et centralisation."""
    data = read_affiliations(store)
    return network(data, scope.resolved(store, data))


@router.get("/organizations/{org_id}/partners", response_model=Partners,
            summary="Partenaires d'une organisation et force des liens")
def get_partners(org_id: OrgId, scope: Scope = Depends(scope_params), store=Depends(get_store)) -> dict:
    """Les partenaires d'une organisation, du lien le plus fort au plus faible : nombre et types de contextes
    partagés (multiplexité) et les contextes eux-mêmes."""
    data = read_affiliations(store)
    org = data.organizations.get(org_id)
    if org is None:
        raise NotFound("organisation", org_id)
    scope = scope.resolved(store, data)
    return {"organization": {"id": org.id, "name": org.name}, "filters": scope.describe(),
            "partners": partners(data, scope, org_id)}
