"""Response models of the overlap routes."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from api.models.network import Filters


class PlaceRole(BaseModel):
    role: str = Field(description="member, leads, partner, fiduciary, coordinates, collaborates ou located",
                      examples=["member"])
    role_fr: str = Field(examples=["membre"])
    detail: Optional[str] = Field(None, description="Le rôle tel qu'écrit dans la source")
    context_kind: str = Field(description="committee, project, concertation ou territory", examples=["committee"])
    context_id: str
    context_name: str
    since: Optional[int] = None
    until: Optional[int] = None


class Place(BaseModel):
    id: str = Field(examples=["reg:14"])
    name: str = Field(examples=["Lanaudière"])
    roles: list[PlaceRole]


class OrganizationOverlap(BaseModel):
    id: str = Field(examples=["org:rqds"])
    name: str = Field(examples=["Réseau québécois de développement social"])
    acronym: Optional[str] = Field(None, examples=["RQDS"])
    sector: Optional[str] = None
    count: int = Field(description="Nombre de territoires ou de concertations")
    places: list[Place]


class OrganizationOverlaps(BaseModel):
    level: str = Field(examples=["region"])
    min: int = Field(examples=[2])
    filters: Filters
    organizations: list[OrganizationOverlap]


class ProjectRef(BaseModel):
    id: str
    name: str
    concertation: Optional[str] = None


class SharedItem(BaseModel):
    kind: str = Field(description="partners, themes ou territories", examples=["partners"])
    id: str
    name: str


class ProjectOverlap(BaseModel):
    projects: list[ProjectRef] = Field(min_length=2, max_length=2)
    score: float = Field(description="Indice de Jaccard sur tous les éléments (partenaires, thèmes, territoires)")
    by_dimension: dict[str, float] = Field(description="Indice de Jaccard par dimension")
    shared: list[SharedItem]
    same_concertation: bool
    assessment: str = Field(description="synergy, possible_duplication (même période, thème commun, score ≥ 0,5) "
                            "ou continuity (périodes qui ne se chevauchent pas)", examples=["synergy"])


class ProjectOverlaps(BaseModel):
    dimensions: list[str]
    min_score: float
    filters: Filters
    total: int = Field(description="Nombre de paires avant la limite")
    pairs: list[ProjectOverlap]
