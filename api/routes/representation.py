"""``/api/committees/{id}/representation``, ``/api/concertations/{id}/representation`` and
``/api/representation``: sector representation and the representation audit."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query

from api.deps import get_store
from api.models.representation import Audit, Representation
from api.params import PERIOD_PATTERN, CommitteeId, ConcertationId
from graph.analytics.period import Period
from graph.analytics.representation import (
    THRESHOLD,
    audit,
    committee_representation,
    concertation_representation,
)

router = APIRouter(prefix="/api", tags=["représentation"])


def period_params(
    year: Annotated[Optional[int], Query(ge=1900, le=2100, description="Membres actifs pendant cette année")] = None,
    period: Annotated[Optional[str], Query(pattern=PERIOD_PATTERN, description="Membres actifs pendant cette période",
                                            examples=["2026-2028"])] = None,
) -> Period:
    return Period.parse(year=year, period=period)


Threshold = Annotated[float, Query(gt=0, le=1, description="Seuil de présence : part des membres présents "
                                   "(0 exclu à 1)", examples=[0.5])]


@router.get("/committees/{committee_id}/representation", response_model=Representation,
            summary="Représentation des secteurs dans un comité")
def get_committee_representation(committee_id: CommitteeId, period: Period = Depends(period_params),
                                 threshold: Threshold = THRESHOLD, store=Depends(get_store)) -> dict:
    """Les organisations membres du comité par secteur (nombre, part, organisations) et par sphère, les secteurs
    du vocabulaire de référence absents, la diversité (Blau, Shannon normalisé, richesse), l'indice E-I des liens
    intersectoriels entre membres et, si des rencontres sont enregistrées, la présence à chaque rencontre par
    rapport au seuil. Une personne membre compte pour l'organisation qu'elle représente, sans être nommée."""
    return committee_representation(store, committee_id, period, threshold)


@router.get("/concertations/{concertation_id}/representation", response_model=Representation,
            summary="Représentation des secteurs dans une concertation")
def get_concertation_representation(concertation_id: ConcertationId, period: Period = Depends(period_params),
                                    threshold: Threshold = THRESHOLD, store=Depends(get_store)) -> dict:
    """Comme pour un comité, sur la réunion des membres de tous les comités de la concertation ; les organisations
    qui coordonnent la concertation ou collaborent avec elle sans siéger à un comité sont listées à part
    (``partners_outside_committees``)."""
    return concertation_representation(store, concertation_id, period, threshold)


@router.get("/representation", response_model=Audit, summary="Audit de représentation des comités d'une concertation")
def get_audit(concertation: Annotated[str, Query(description="Identifiant de la concertation",
                                                 examples=["conc:pacte-lassomption"])],
              period: Period = Depends(period_params), store=Depends(get_store)) -> dict:
    """Les comités de la concertation classés par diversité (indice de Blau décroissant, puis nom ; les comités
    sans membre enregistré en dernier), avec pour chacun le nombre de membres, de secteurs présents et les
    secteurs absents."""
    return audit(store, concertation, period)
