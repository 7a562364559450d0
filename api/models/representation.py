"""Response models of the sector representation routes."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from api.models.refs import ConcertationRef, OrganizationRef


class Member(OrganizationRef):
    roles: list[str] = Field(description="Rôles tels qu'écrits (membre, représentant(e) de député(e)…)")
    committees: list[str] = Field(description="Comités où l'organisation siège")


class OutsidePartner(OrganizationRef):
    roles: list[str] = Field(description="Lien avec la concertation : coordinates ou collaborates (type)")


class SectorTerm(BaseModel):
    code: str = Field(examples=["communautaire"])
    label: str = Field(examples=["Communautaire"])
    sphere: Optional[str] = Field(None, examples=["associative"])
    sphere_label: Optional[str] = Field(None, examples=["Sphère associative et communautaire"])


class SectorPresent(SectorTerm):
    count: int = Field(description="Nombre d'organisations membres de ce secteur")
    share: float = Field(description="Part des membres (0 à 1)")
    organizations: list[OrganizationRef]


class SectorMissing(SectorTerm):
    mentioned_in_projects: bool = Field(
        description="Le secteur est nommé comme partenaire générique d'un projet (partner_sectors), sans membre")
    individual_members: int = Field(0, description="Secteur « citoyens » : personnes qui siègent à titre de "
                                    "citoyen·ne (sans organisation, non comptées dans les indices)")


class SphereShare(BaseModel):
    code: str = Field(examples=["publique"])
    label: str = Field(examples=["Sphère publique"])
    count: int
    share: Optional[float] = None
    sectors_present: int
    sectors_total: int = Field(description="Secteurs du vocabulaire dans cette sphère")


class Diversity(BaseModel):
    blau: Optional[float] = Field(None, description="Indice de Blau (Gini-Simpson) : 1 − Σ p²", examples=[0.666667])
    shannon: Optional[float] = Field(None, description="Entropie de Shannon H (logarithme naturel)")
    shannon_normalized: Optional[float] = Field(None, description="H / ln K")
    vocabulary_size: int = Field(description="K : nombre de secteurs du vocabulaire de référence", examples=[14])
    sectors_present: int
    richness: Optional[float] = Field(None, description="Secteurs présents / K")
    definition: str


class Ties(BaseModel):
    external: int = Field(description="E : liens entre membres de secteurs différents")
    internal: int = Field(description="I : liens entre membres du même secteur")
    total: int
    ei_index: Optional[float] = Field(None, description="(E − I) / (E + I), de −1 à +1", examples=[0.5])
    definition: str


class IndividualMembers(BaseModel):
    count: int = Field(description="Personnes qui siègent sans organisation rattachée (jamais nommées)")
    citizens: int = Field(description="Dont à titre de citoyen ou citoyenne")


class MentionProject(BaseModel):
    id: str
    name: str
    mentions: list[str] = Field(description="Mentions génériques telles qu'écrites")


class MentionedSector(SectorTerm):
    projects: list[MentionProject]


class MeetingAttendance(BaseModel):
    id: str = Field(examples=["meet:cdsm-coco-2009-03-31"])
    name: Optional[str] = None
    date: str = Field(examples=["2009-03-31"])
    committee: str
    committee_name: str
    members: int = Field(description="Organisations membres actives l'année de la rencontre")
    attendees: Optional[int] = Field(None, description="Présents (organisations + personnes sans organisation), "
                                     "sinon nombre de participants")
    attending_members: Optional[int] = Field(None, description="Organisations membres présentes (ATTENDED)")
    basis: Optional[str] = Field(None, description="attended, participants_count ou null (aucune donnée)")
    rate: Optional[float] = Field(None, description="Membres présents / membres (ou participants / membres)")
    reaches_threshold: Optional[bool] = None


class Attendance(BaseModel):
    threshold: float = Field(examples=[0.5])
    has_data: bool = Field(description="Au moins une rencontre a des données de présence")
    note: Optional[str] = None
    meetings: list[MeetingAttendance]
    meetings_with_data: int
    meetings_reaching_threshold: int


class Subject(BaseModel):
    kind: str = Field(description="committee ou concertation", examples=["committee"])
    id: str = Field(examples=["com:pacte-cp-securite-alimentaire"])
    name: str = Field(examples=["Comité porteur Sécurité alimentaire"])
    concertation: Optional[ConcertationRef] = None


class Representation(BaseModel):
    subject: Subject
    period: Optional[str] = Field(None, description="Période (null = toutes les années)", examples=["2026"])
    definition: str = Field(description="Qui compte comme membre")
    members_count: int
    members: list[Member]
    associated: list[Member] = Field(description="Organisations impliquées sans siéger (non comptées)")
    individual_members: IndividualMembers
    sectors: list[SectorPresent]
    missing_sectors: list[SectorMissing]
    spheres: list[SphereShare]
    diversity: Diversity
    ties: Ties
    mentioned_partner_sectors: list[MentionedSector] = Field(
        description="Secteurs nommés comme partenaires génériques des projets : information, pas des membres")
    partners_outside_committees: list[OutsidePartner] = Field(
        description="Concertation : organisations liées seulement par COORDINATES ou COLLABORATES_WITH")
    attendance: Attendance


class AuditSector(BaseModel):
    code: str
    label: str


class AuditCommittee(BaseModel):
    rank: int
    id: str = Field(examples=["com:pacte-cp-soutien-parents-enfants"])
    name: str
    members_count: int
    sectors_present: int
    blau: Optional[float] = Field(None, description="null : aucun membre enregistré")
    shannon_normalized: Optional[float] = None
    missing_sectors: list[AuditSector]


class Audit(BaseModel):
    concertation: ConcertationRef
    period: Optional[str] = None
    vocabulary_size: int
    definition: str
    committees: list[AuditCommittee]
