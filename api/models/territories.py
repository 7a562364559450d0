"""Response models of the territory routes: a territory, its hierarchy and what each level holds, rolled up."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field


class TerritoryRef(BaseModel):
    id: str = Field(examples=["mrc:60"])
    name: Optional[str] = Field(None, examples=["L'Assomption"])
    code: Optional[str] = Field(None, description="Code officiel", examples=["60"])
    level: Optional[str] = Field(None, description="province, region, mrc ou municipality", examples=["mrc"])


class PlacedTerritory(TerritoryRef):
    """A territory with the region and the MRC it lies in (itself, at its own level)."""

    region: Optional[TerritoryRef] = None
    mrc: Optional[TerritoryRef] = None


class Holdings(BaseModel):
    """What lies in a territory or below it (rolled up from the municipality to the MRC, the region, the
    province)."""

    actors: int = Field(description="Organisations situées dans le territoire ou plus bas", examples=[18])
    concertations: int = Field(description="Concertations situées dans le territoire ou plus bas", examples=[2])
    committees: int = Field(description="Comités des concertations situées dans le territoire ou plus bas",
                            examples=[13])
    projects: int = Field(description="Projets situés dans le territoire ou plus bas (les leurs, sinon ceux de leur "
                                      "concertation)", examples=[74])
    fundings: int = Field(description="Financements destinés à ces projets", examples=[22])
    funding_total: float = Field(description="Montant total de ces financements ($)", examples=[348753.0])


class TerritoryItem(Holdings, TerritoryRef):
    designation: Optional[str] = Field(None, examples=["Municipalité régionale de comté"])
    parent: Optional[str] = Field(None, examples=["region:14"])
    children: int = Field(description="Nombre de territoires enfants", examples=[6])


class TerritoryInfo(TerritoryRef):
    designation: Optional[str] = Field(None, examples=["Municipalité régionale de comté"])
    level_label: Optional[str] = Field(None, examples=["MRC ou territoire équivalent"])


class ActorRef(BaseModel):
    id: str = Field(examples=["org:cjela"])
    name: str = Field(examples=["Carrefour jeunesse-emploi L'Assomption"])
    acronym: Optional[str] = Field(None, examples=["CJELA"])
    sector: Optional[str] = Field(None, examples=["emploi_solidarite"])


class ConcertationBrief(BaseModel):
    id: str = Field(examples=["conc:pacte-lassomption"])
    name: str = Field(examples=["PACTE de la MRC de L'Assomption"])
    acronym: Optional[str] = Field(None, examples=["PACTE"])


class CommitteeRef(BaseModel):
    id: str = Field(examples=["com:pacte-cp-logement"])
    name: str = Field(examples=["Comité porteur Logement"])
    concertation: Optional[str] = Field(None, examples=["conc:pacte-lassomption"])
    concertation_name: Optional[str] = Field(None, examples=["PACTE de la MRC de L'Assomption"])


class TerritoryDetail(BaseModel):
    territory: TerritoryInfo
    ancestors: list[TerritoryRef] = Field(description="Territoires englobants, de la province au parent")
    holdings: Holdings = Field(description="Ce que le territoire contient, lui et ses subdivisions")
    concertations: list[ConcertationBrief]
    actors: list[ActorRef] = Field(description="Organisations situées dans le territoire ou plus bas")
    committees: list[CommitteeRef]
    children: list[TerritoryItem] = Field(description="Subdivisions directes, avec ce que chacune contient")
