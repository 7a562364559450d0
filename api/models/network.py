"""Response models of the partnership network routes."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from api.models.refs import OrganizationRef


class Filters(BaseModel):
    """The filters applied (``null`` = not filtered)."""

    concertation: Optional[str] = None
    plan: Optional[str] = None
    territory: Optional[str] = None
    theme: Optional[str] = None
    sector: Optional[str] = None
    period: Optional[str] = Field(None, examples=["2026-2028"])


class TieContext(BaseModel):
    """One context two organizations share."""

    kind: str = Field(description="committee, project, fiduciary (projet dont l'un est fiduciaire) ou collaboration",
                      examples=["committee"])
    id: str = Field(examples=["com:pacte-cp-securite-alimentaire"])
    name: str = Field(examples=["Comité porteur Sécurité alimentaire"])
    roles: dict[str, list[str]] = Field(default_factory=dict, description="Rôles de chaque organisation")


class NetworkNode(BaseModel):
    id: str = Field(examples=["org:cisss-lanaudiere"])
    name: str = Field(examples=["CISSS de Lanaudière"])
    acronym: Optional[str] = None
    sector: Optional[str] = Field(None, examples=["sante_services_sociaux"])
    degree: int = Field(description="Nombre de partenaires")
    weighted_degree: float = Field(description="Somme des forces des liens")
    betweenness: float = Field(description="Intermédiarité (normalisée)")
    closeness: float = Field(description="Proximité")
    community: int = Field(description="Communauté (Louvain, graine fixe), numérotée par taille décroissante")
    core: int = Field(description="Numéro de k-noyau (« le noyau » = le plus élevé)")


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Nombre de contextes partagés (multiplexité)")
    kinds: list[str]
    contexts: list[TieContext]


class NetworkMetrics(BaseModel):
    nodes: int
    edges: int
    density: float
    degree_centralization: float = Field(description="Centralisation des degrés (Freeman)")
    mean_degree: float
    clustering: float = Field(description="Coefficient de regroupement moyen")
    components: int
    largest_component_share: float
    isolates: list[str]
    core_max: int = Field(description="Le plus haut numéro de k-noyau")
    core: list[str] = Field(description="Les organisations du noyau")


class Network(BaseModel):
    filters: Filters
    metrics: NetworkMetrics
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Partner(OrganizationRef):
    strength: int = Field(description="Nombre de contextes partagés")
    kinds: list[str]
    contexts: list[TieContext]


class Partners(BaseModel):
    organization: OrganizationRef
    filters: Filters
    partners: list[Partner]
