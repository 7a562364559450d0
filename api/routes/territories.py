"""``/api/territories/{code}``: a territory, its hierarchy and what each level holds, rolled up (question 8)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path

from api.deps import get_store
from api.models.territories import TerritoryDetail
from graph.analytics.entities import Catalog
from graph.analytics.territories import territory_profile

router = APIRouter(prefix="/api", tags=["territoires"])


@router.get("/territories/{code}", response_model=TerritoryDetail, summary="Profil d'un territoire et de ses niveaux",
            responses={404: {"description": "Territoire inconnu"}})
def get_territory(code: str = Path(description="Identifiant (« mrc:60 », « mun:60013 ») ou code officiel "
                                               "(région « 14 », MRC « 60 », municipalité « 60013 ») ; un code "
                                               "partagé par deux niveaux désigne le plus haut (« 14 » : la "
                                               "région)",
                                   examples=["60"]),
                  store=Depends(get_store)) -> dict:
    """Le territoire, ses territoires englobants jusqu'à la province, ses subdivisions directes, et pour lui et
    chacune de ses subdivisions ce qu'ils contiennent, cumulé de la municipalité à la MRC et à la région : les
    organisations qui s'y situent, les concertations, les comités de ces concertations, les projets (les leurs,
    sinon ceux de leur concertation) et les financements destinés à ces projets (nombre et montant total)."""
    return territory_profile(Catalog(store), code)
