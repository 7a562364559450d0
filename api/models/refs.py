"""Short references to entities, shared by every response that names an organization or a concertation."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field


class OrganizationRef(BaseModel):
    id: str = Field(examples=["org:cisss-lanaudiere"])
    name: str = Field(examples=["Centre intégré de santé et de services sociaux de Lanaudière"])
    acronym: Optional[str] = Field(None, examples=["CISSS de Lanaudière"])
    sector: Optional[str] = Field(None, examples=["sante_services_sociaux"])


class ConcertationRef(BaseModel):
    id: str = Field(examples=["conc:pacte-lassomption"])
    name: str = Field(examples=["PACTE de la MRC de L'Assomption"])
    acronym: Optional[str] = Field(None, examples=["PACTE"])
