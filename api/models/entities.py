"""Response models of the entity routes: lists (one page, its total, the filters applied) and profiles."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field, create_model

from api.models.territories import ActorRef as OrgRef
from api.models.territories import ConcertationBrief as ConcRef
from api.models.territories import PlacedTerritory, TerritoryItem


class Ref(BaseModel):
    """A committee, project, plan or theme, by id and name."""

    id: str = Field(examples=["com:pacte-cp-logement"])
    name: str = Field(examples=["Comité porteur Logement"])


# --- list items ---------------------------------------------------------------------------------------------


class OrganizationItem(OrgRef):
    territories: list[str] = Field(description="Territoires où l'organisation se situe", examples=[["region:14"]])
    concertations: list[str] = Field(description="Concertations où elle est engagée",
                                     examples=[["conc:pacte-lassomption"]])
    committees: int = Field(description="Nombre de comités dont elle est membre", examples=[3])
    projects: int = Field(description="Nombre de projets (responsable, partenaire ou fiduciaire)", examples=[2])


class ConcertationItem(ConcRef):
    level: Optional[str] = Field(None, examples=["supralocal"])
    territories: list[str] = Field(examples=[["mrc:60"]])
    plans: int = Field(description="Nombre de plans d'action", examples=[1])
    committees: int = Field(examples=[9])
    projects: int = Field(examples=[18])
    organizations: int = Field(description="Organisations engagées (comités, projets, coordination, collaborations)",
                               examples=[31])


class CommitteeItem(BaseModel):
    id: str = Field(examples=["com:pacte-cp-logement"])
    name: str = Field(examples=["Comité porteur Logement"])
    acronym: Optional[str] = Field(None, examples=["COCO"])
    kind: Optional[str] = Field(None, examples=["comite_porteur"])
    kind_label: Optional[str] = Field(None, examples=["Comité porteur"])
    concertation: Optional[str] = Field(None, examples=["conc:pacte-lassomption"])
    members: int = Field(description="Organisations membres", examples=[8])
    persons: int = Field(description="Personnes membres (comptées seulement)", examples=[0])
    projects: int = Field(description="Projets portés", examples=[3])


class ProjectItem(BaseModel):
    id: str = Field(examples=["proj:pacte-log-concerter-mobiliser"])
    name: str = Field(examples=["Concerter/Mobiliser — consolidation de la concertation logement"])
    plan: Optional[str] = Field(None, examples=["plan:pacte-2026-2028"])
    concertation: Optional[str] = Field(None, examples=["conc:pacte-lassomption"])
    committees: list[str] = Field(examples=[["com:pacte-cp-logement"]])
    start: Optional[int] = Field(None, examples=[2026])
    end: Optional[int] = Field(None, examples=[2028])
    status: Optional[str] = Field(None, examples=["planned"])
    themes: list[str] = Field(examples=[["theme:logement"]])
    organizations: int = Field(description="Organisations engagées (responsables, partenaires, fiduciaires)",
                               examples=[1])
    fundings: int = Field(description="Nombre de lignes de financement", examples=[2])
    funding_total: float = Field(description="Montant total des financements ($)", examples=[2160.0])


class FunderItem(OrgRef):
    fundings: int = Field(description="Financements accordés", examples=[2])
    funding_total: float = Field(description="Montant total accordé ($)", examples=[25000.0])
    projects: int = Field(description="Projets financés", examples=[2])


class Page(BaseModel):
    """One page of a list: the filters applied (territory codes turned into ids), the total and the items."""

    kind: str = Field(examples=["organizations"])
    kind_fr: str = Field(examples=["organisations"])
    filters: dict[str, str] = Field(description="Filtres appliqués", examples=[{"territory": "mrc:60"}])
    total: int = Field(description="Nombre total d'éléments qui répondent aux filtres", examples=[18])
    limit: int = Field(examples=[100])
    offset: int = Field(examples=[0])


def _page(name: str, item: type[BaseModel]) -> type[Page]:
    return create_model(name, __base__=Page, __doc__=Page.__doc__, items=(list[item], ...))


OrganizationList = _page("OrganizationList", OrganizationItem)
ConcertationList = _page("ConcertationList", ConcertationItem)
CommitteeList = _page("CommitteeList", CommitteeItem)
ProjectList = _page("ProjectList", ProjectItem)
TerritoryList = _page("TerritoryList", TerritoryItem)
FunderList = _page("FunderList", FunderItem)


# --- shared parts of profiles --------------------------------------------------------------------------------


class FundingItem(BaseModel):
    id: str = Field(examples=["fund:pacte-sa-concertation-2026-2027"])
    name: Optional[str] = Field(None, examples=["Concertation en sécurité alimentaire — 2026-2027"])
    amount: Optional[float] = Field(None, examples=[5400.0])
    fiscal_year: Optional[str] = Field(None, examples=["2026-2027"])
    status: Optional[str] = Field(None, examples=["planned"])
    projects: list[Ref] = Field(description="Projets financés")
    via: list[OrgRef] = Field(description="Fiduciaire(s) qui reçoivent le financement")
    funders: list[OrgRef] = Field(description="Bailleurs de fonds")


class Fundings(BaseModel):
    count: int = Field(examples=[6])
    total: float = Field(description="Montant total ($)", examples=[66960.0])
    items: list[FundingItem]


class Counterpart(BaseModel):
    id: str = Field(examples=["org:frigos-verts"])
    name: str = Field(examples=["Frigos Verts"])
    kind: str = Field(description="Organization ou Concertation", examples=["Organization"])


class Collaboration(BaseModel):
    counterpart: Counterpart
    kind: Optional[str] = Field(None, examples=["partnership"])
    kind_label: Optional[str] = Field(None, examples=["Partenariat"])
    description: Optional[str] = None
    since: Optional[int] = None
    until: Optional[int] = None
    direction: str = Field(description="outgoing (lien déclaré depuis cette entité) ou incoming",
                           examples=["outgoing"])


class RoleSpan(BaseModel):
    role: Optional[str] = Field(None, description="Rôle tel qu'écrit", examples=["membre"])
    since: Optional[int] = Field(None, examples=[2026])
    until: Optional[int] = Field(None, examples=[2028])


# --- organization ---------------------------------------------------------------------------------------------


class OrganizationInfo(OrgRef):
    sector_label: Optional[str] = Field(None, examples=["Santé et services sociaux"])
    aliases: Optional[list[str]] = Field(None, examples=[["CISSS", "CISSSL"]])
    org_type: Optional[str] = Field(None, examples=["établissement public"])
    website: Optional[str] = None
    notes: Optional[str] = None


class OrgCommittee(RoleSpan):
    committee: Ref
    concertation: Optional[ConcRef] = None
    via_person: bool = Field(description="Membre par l'entremise d'une personne qui la représente")


class OrgProject(RoleSpan):
    project: Ref
    plan: Optional[Ref] = None
    concertation: Optional[ConcRef] = None


class ProjectsByRole(BaseModel):
    leads: list[OrgProject] = Field(description="Projets dont elle est responsable")
    partner: list[OrgProject] = Field(description="Projets dont elle est partenaire")
    fiduciary: list[OrgProject] = Field(description="Projets dont elle est fiduciaire")


class OrgFunding(BaseModel):
    received: Fundings = Field(description="Financements reçus : vers les projets dont elle est responsable, ou "
                                           "versés par son intermédiaire (fiduciaire)")
    passed_on: Fundings = Field(description="Financements transmis : reçus comme fiduciaire pour des projets dont "
                                            "elle n'est pas responsable")
    given: Fundings = Field(description="Financements accordés (bailleur de fonds)")


class OrganizationSuccession(BaseModel):
    direction: str = Field(description="successor : l'autre organisation lui a succédé ; predecessor : elle a "
                                       "succédé à l'autre", examples=["successor"])
    organization: OrgRef
    year: Optional[int] = Field(None, examples=[2015])
    kind: str = Field(examples=["merger"])
    kind_label: Optional[str] = Field(None, examples=["Fusion"])
    label: str = Field(description="La succession lue de ce côté", examples=["fusionné dans"])


class OrganizationDetail(BaseModel):
    organization: OrganizationInfo
    territories: list[PlacedTerritory]
    concertations: list[ConcRef] = Field(description="Concertations où elle est engagée")
    coordinates: list[ConcRef] = Field(description="Concertations qu'elle coordonne")
    committees: list[OrgCommittee]
    projects: ProjectsByRole
    funding: OrgFunding
    successions: list[OrganizationSuccession] = Field(description="Fusions, changements de nom et scissions, dans "
                                                                  "les deux sens")
    collaborations: list[Collaboration]
    source: list[str] = Field(description="Provenance", examples=[["Maillage — organisations communes aux plans"]])


# --- concertation, committee, project, funder -----------------------------------------------------------------


class ConcertationInfo(ConcRef):
    level: Optional[str] = Field(None, examples=["supralocal"])
    level_label: Optional[str] = Field(None, examples=["Supralocal (MRC)"])
    aliases: Optional[list[str]] = None
    website: Optional[str] = None
    mission: Optional[str] = None
    notes: Optional[str] = None


class PlanItem(BaseModel):
    id: str = Field(examples=["plan:pacte-2026-2028"])
    name: str = Field(examples=["Plan d'action du PACTE de la MRC de L'Assomption 2026-2028"])
    start: Optional[int] = Field(None, examples=[2026])
    end: Optional[int] = Field(None, examples=[2028])
    projects: int = Field(examples=[18])


class ConcertationDetail(BaseModel):
    concertation: ConcertationInfo
    territories: list[PlacedTerritory]
    coordinators: list[OrgRef]
    plans: list[PlanItem]
    committees: list[CommitteeItem]
    organizations: int = Field(description="Organisations engagées", examples=[31])
    projects: int = Field(examples=[18])
    collaborations: list[Collaboration]
    source: list[str]


class CommitteeInfo(CommitteeItem):
    aliases: Optional[list[str]] = None
    theme: Optional[str] = Field(None, description="Thématique telle qu'écrite", examples=["Logement"])
    meeting_frequency: Optional[str] = None
    notes: Optional[str] = None


class MemberOrganization(RoleSpan):
    organization: OrgRef
    relation: str = Field(description="member, leads, partner ou fiduciary", examples=["member"])
    via_person: bool = Field(description="Par l'entremise d'une personne qui la représente")


class PersonMember(BaseModel):
    id: str
    name: Optional[str] = None
    title: Optional[str] = None
    role: Optional[str] = None
    since: Optional[int] = None
    until: Optional[int] = None
    organizations: list[str] = Field(description="Organisations qu'elle représente")


class Persons(BaseModel):
    count: int = Field(description="Personnes membres", examples=[12])
    items: Optional[list[PersonMember]] = Field(None, description="Les personnes, seulement si le serveur est "
                                                                  "configuré pour les montrer (Loi 25)")


class CommitteeDetail(BaseModel):
    committee: CommitteeInfo
    concertation: Optional[ConcRef] = None
    themes: list[Ref]
    members: list[MemberOrganization]
    persons: Persons
    projects: list[Ref] = Field(description="Projets portés")
    reports_to: list[Ref] = Field(description="Comités dont il relève")
    reported_by: list[Ref] = Field(description="Comités qui relèvent de lui")
    source: list[str]


class ProjectInfo(BaseModel):
    id: str = Field(examples=["proj:pacte-sa-carte-interactive"])
    name: str = Field(examples=["Carte interactive des ressources en sécurité alimentaire"])
    start: Optional[int] = Field(None, examples=[2026])
    end: Optional[int] = Field(None, examples=[2028])
    status: Optional[str] = Field(None, examples=["planned"])
    status_label: Optional[str] = Field(None, examples=["Prévu"])
    description: Optional[str] = None
    partner_sectors: Optional[list[str]] = None
    partner_mentions: Optional[list[str]] = None
    notes: Optional[str] = None


class MembersByRole(BaseModel):
    leads: list[MemberOrganization]
    partner: list[MemberOrganization]
    fiduciary: list[MemberOrganization]


class ProjectDetail(BaseModel):
    project: ProjectInfo
    plan: Optional[Ref] = None
    concertation: Optional[ConcRef] = None
    committees: list[Ref] = Field(description="Comités qui portent le projet")
    organizations: MembersByRole
    themes: list[Ref]
    territories: list[PlacedTerritory] = Field(description="Territoires propres au projet")
    located_in: list[PlacedTerritory] = Field(description="Où le projet se situe : ses territoires, sinon ceux de "
                                                          "sa concertation")
    fundings: Fundings
    source: list[str]


class FunderDetail(BaseModel):
    organization: OrgRef
    fundings: Fundings = Field(description="Financements accordés")
    projects: list[Ref] = Field(description="Projets financés")
