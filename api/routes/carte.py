"""``/api/carte``: the network explorer's data — organizations, concertations, committees, projects, funders and
territories, with metrics, as vis-network nodes and edges (built with pyvis)."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query

from api.deps import get_store
from api.models.carte import Carte, NodeKind, SizeMetric
from api.params import scope_params
from graph.analytics.carte import carte
from graph.analytics.scope import Scope
from visualizations.network_view import vis_data

router = APIRouter(prefix="/api", tags=["réseau"])


@router.get("/carte", response_model=Carte, summary="Carte du réseau : tous les types d'acteurs, filtrée",
            responses={404: {"description": "Concertation, plan, thématique ou territoire inconnu"}})
def get_carte(scope: Scope = Depends(scope_params),
              kinds: Annotated[Optional[list[NodeKind]], Query(description="Types de nœuds à afficher (paramètre "
                                                               "répétable) ; par défaut tous sauf les territoires")]
              = None,
              size: Annotated[SizeMetric, Query(description="Mesure qui donne la taille des nœuds")]
              = SizeMetric.degree,
              store=Depends(get_store)) -> dict:
    """Le réseau de la vue : organisations (couleur du secteur), concertations, comités, projets, bailleurs de fonds
    et territoires, reliés par les adhésions, les rôles dans les projets, le portage, le financement, la situation
    et les collaborations ; avec pour chaque nœud son degré, son intermédiarité et son k-noyau calculés sur la vue,
    la légende et les options de dessin vis-network."""
    return vis_data(carte(store, scope, [k.value for k in kinds] if kinds is not None else None), size.value)
