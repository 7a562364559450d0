"""Response models of the funding flows route."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field


class Entry(BaseModel):
    """A funder, fiduciary, project or group; ``id`` null for a pseudo-entry (« … non précisé »)."""

    id: Optional[str] = Field(description="Identifiant ; null quand les données ne le précisent pas",
                              examples=["org:cjela"])
    name: str = Field(examples=["Carrefour jeunesse-emploi L'Assomption"])


class Group(Entry):
    level: Optional[str] = Field(None, description="Niveau du territoire (regroupement par territoire)",
                                 examples=["mrc"])


class Amount(Entry):
    amount: float = Field(description="Montant en dollars canadiens", examples=[66960.0])


class YearAmount(BaseModel):
    fiscal_year: Optional[str] = Field(description="Année financière ; null si non précisée", examples=["2026-2027"])
    amount: float


class StatusAmount(BaseModel):
    status: Optional[str] = Field(description="Statut (vocabulaire funding_statuses)", examples=["planned"])
    amount: float


class Flow(BaseModel):
    """One chain bailleur → fiduciaire → projet → groupe, for one fiscal year and status (ready for a Sankey)."""

    funder: Entry
    fiduciary: Entry
    project: Entry
    group: Group
    fiscal_year: Optional[str] = Field(examples=["2026-2027"])
    status: Optional[str] = Field(examples=["planned"])
    amount: float = Field(description="Montant (part de la ligne quand elle est partagée)", examples=[11880.0])
    fundings: list[str] = Field(description="Les lignes de financement qui composent ce flux",
                                examples=[["fund:pacte-sa-strategie-surplus-2026-2027"]])


class GroupTotal(Group):
    amount: float = Field(examples=[34560.0])
    by_fiscal_year: list[YearAmount]
    by_status: list[StatusAmount]


class Totals(BaseModel):
    amount: float = Field(description="Total général", examples=[460353.0])
    by_fiscal_year: list[YearAmount]
    by_status: list[StatusAmount]
    by_funder: list[Amount]
    by_fiduciary: list[Amount]
    by_project: list[Amount]


class Reconciliation(BaseModel):
    """Every total against the sum of the funding lines' amounts: all equal, to the cent."""

    fundings: int = Field(description="Nombre de lignes de financement dans la portée")
    amount: float = Field(description="Somme des montants de ces lignes")
    outside_scope: float = Field(description="Parts de ces lignes destinées à des projets hors de la portée")
    by_funder: float
    by_fiduciary: float
    by_project: float
    by_group: float
    balanced: bool = Field(description="Vrai si amount − outside_scope = chacun des totaux")


class FundingFilters(BaseModel):
    by: str = Field(examples=["committee"])
    level: Optional[str] = None
    fiscal_year: Optional[str] = None
    status: Optional[str] = None
    concertation: Optional[str] = None
    committee: Optional[str] = None
    project: Optional[str] = None


class FundingFlows(BaseModel):
    filters: FundingFilters
    allocation: str = Field(description="Règle de comptage et de partage des montants")
    flows: list[Flow]
    groups: list[GroupTotal]
    totals: Totals
    reconciliation: Reconciliation
