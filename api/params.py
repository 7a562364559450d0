"""Query parameters shared by several routes, declared once: the collaboration filters (→ :class:`Scope`)."""
from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

from fastapi import Path, Query

from graph.analytics.period import Period
from graph.analytics.scope import Scope
from graph.schema import load_schema


def vocabulary_enum(name: str, vocabulary: str) -> type[Enum]:
    """A string Enum of a vocabulary's codes, so OpenAPI lists the accepted values."""
    return Enum(name, {code: code for code in load_schema().vocabulary(vocabulary).codes}, type=str)


Sector = vocabulary_enum("Sector", "sectors")
Label = Enum("Label", {label: label for label in load_schema().nodes}, type=str)

OrgId = Annotated[str, Path(description="Identifiant de l'organisation", examples=["org:cisss-lanaudiere"])]
CommitteeId = Annotated[str, Path(description="Identifiant du comité",
                                  examples=["com:pacte-cp-securite-alimentaire"])]
ConcertationId = Annotated[str, Path(description="Identifiant de la concertation",
                                     examples=["conc:pacte-lassomption"])]

PERIOD_PATTERN = r"^\d{4}(\s*[-/–]\s*\d{4})?$"


def scope_params(
    concertation: Annotated[Optional[str], Query(description="Identifiant d'une concertation",
                                                  examples=["conc:pacte-lassomption"])] = None,
    plan: Annotated[Optional[str], Query(description="Identifiant d'un plan d'action",
                                          examples=["plan:pacte-2026-2028"])] = None,
    territory: Annotated[Optional[str], Query(description="Territoire à tout niveau : identifiant ou code "
                                               "(région « 14 », MRC « 60 », municipalité « 60013 »)",
                                               examples=["14"])] = None,
    theme: Annotated[Optional[str], Query(description="Identifiant d'une thématique (enjeu)")] = None,
    sector: Annotated[Optional[Sector], Query(description="Code de secteur (vocabulaire des secteurs)",
                                               examples=["communautaire"])] = None,
    year: Annotated[Optional[int], Query(ge=1900, le=2100, description="Actif pendant cette année")] = None,
    period: Annotated[Optional[str], Query(pattern=PERIOD_PATTERN, description="Actif pendant cette période",
                                            examples=["2026-2028"])] = None,
) -> Scope:
    """The filters of a collaboration question; they combine (all must hold)."""
    return Scope(concertation, plan, territory, theme, sector.value if sector else None,
                 Period.parse(year=year, period=period))
