"""Response models of the collaboration growth routes."""
from __future__ import annotations

from enum import Enum
from typing import Optional

from pydantic import BaseModel, Field

from api.models.refs import ConcertationRef, OrganizationRef


class GrowthBy(str, Enum):
    """How the series is cut: one period per action plan, or one per calendar year."""

    plan = "plan"
    year = "year"


class PeriodRef(BaseModel):
    key: str = Field(description="Identifiant du plan d'action (by=plan) ou année (by=year)",
                     examples=["plan:cdsm-2017-2020"])
    label: str = Field(examples=["Plan d'action 2017-2020 du Consortium en développement social de la Mauricie"])
    start: Optional[int] = Field(None, examples=[2017])
    end: Optional[int] = Field(None, examples=[2020])


class GrowthPeriod(PeriodRef):
    """Le réseau d'une période et ses mesures."""

    actors: int = Field(description="Organisations du réseau de la période")
    ties: int = Field(description="Liens entre organisations")
    density: float
    degree_centralization: float = Field(description="Centralisation des degrés (Freeman)")
    mean_degree: float
    clustering: float = Field(description="Coefficient de regroupement moyen")
    largest_component_share: float = Field(description="Part des organisations dans la plus grande composante")
    sector_diversity: Optional[float] = Field(description="Diversité sectorielle (indice de Blau 1 − Σp², secteurs connus ; null sans acteur)")
    sectors: int = Field(description="Nombre de secteurs présents")
    sector_counts: dict[str, int] = Field(description="Organisations par code de secteur")
    canonical_actors: int = Field(description="Acteurs une fois les successions suivies (fusions regroupées)")
    canonical_ties: int = Field(description="Liens une fois les successions suivies")
    merged_ties: int = Field(description="Liens entre prédécesseurs d'un même successeur, écartés de la comparaison")


class Actor(OrganizationRef):
    """Un acteur (après succession) et les identifiants sous lesquels il apparaît dans les périodes comparées."""

    present_as: list[str] = Field(description="Identifiants présents (l'organisation, ses prédécesseurs…)")


class Tie(BaseModel):
    source: str
    target: str


class TieChange(BaseModel):
    count: int
    pairs: list[Tie] = Field(description="Paires d'acteurs (après succession)")


class Succession(BaseModel):
    predecessor: OrganizationRef
    successor: OrganizationRef = Field(description="L'organisation qu'elle est finalement devenue")
    year: Optional[int] = Field(None, description="Année de la première succession de la chaîne", examples=[2015])


class Transition(BaseModel):
    """Ce qui change d'une période à la suivante, successions suivies."""

    previous: PeriodRef
    current: PeriodRef
    previous_actors: int = Field(description="Acteurs (après succession) de la période précédente")
    current_actors: int
    entrants: list[Actor]
    exits: list[Actor]
    retained: list[Actor]
    ties_formed: TieChange
    ties_retained: TieChange
    ties_dissolved: TieChange
    actor_retention_rate: Optional[float] = Field(description="Acteurs maintenus / acteurs de la période précédente "
                                                  "(null si elle est vide)")
    tie_retention_rate: Optional[float] = Field(description="Liens maintenus / liens de la période précédente "
                                                "(null si elle n'en a pas)")
    successions_followed: list[Succession] = Field(description="Correspondances prédécesseur → successeur appliquées")


class Growth(BaseModel):
    concertation: ConcertationRef
    by: GrowthBy
    periods: list[GrowthPeriod]
    transitions: list[Transition]
    notes: list[str] = Field(description="Ce qu'il faut savoir pour lire la série")


class ContextRole(BaseModel):
    id: str = Field(examples=["proj:cdsm-2017-3-3-1-potentiel-communautes"])
    name: str
    roles: list[str] = Field(description="member, leads, partner, fiduciary", examples=[["partner"]])
    as_: list[str] = Field(alias="as", description="Identifiant(s) sous le(s)quel(s) l'organisation y participe")

    model_config = {"populate_by_name": True}


class OrganizationPeriod(PeriodRef):
    present: bool = Field(description="Présente sous son identifiant ou celui d'un prédécesseur / successeur")
    present_as: list[str]
    degree: int
    weighted_degree: float = Field(description="Somme des contextes partagés avec chaque partenaire")
    betweenness: float = Field(description="Intermédiarité (normalisée)")
    partners: int = Field(description="Partenaires distincts (successions suivies)")
    committees: list[ContextRole]
    projects: list[ContextRole]


class OrganizationGrowth(BaseModel):
    organization: OrganizationRef
    concertation: ConcertationRef
    by: GrowthBy
    lineage: list[OrganizationRef] = Field(description="Prédécesseurs et successeurs suivis")
    periods: list[OrganizationPeriod]
    entry: Optional[str] = Field(None, description="Première période où elle est présente")
    last_seen: Optional[str] = Field(None, description="Dernière période où elle est présente")
    exit: Optional[str] = Field(None, description="Période suivant sa dernière présence (null si encore présente)")
    notes: list[str]
