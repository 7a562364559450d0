"""What the structure of a plan yields, before resolution: projects, roles, committees, members, persons and
budget lines as mentions (names as written), each with its exact source."""
from __future__ import annotations

from dataclasses import dataclass, field

#: The concertation's own organization (its team, direction…), as a mention.
CARRIER = "@concertation"


@dataclass
class Source:
    document: str
    where: str
    section: str
    snippet: str

    @property
    def ref(self) -> str:
        """Provenance as the loaders store it: ``doc.txt § Section (l. 42)``."""
        return f"{self.document} § {self.section or 'document'} ({self.where})"


@dataclass
class ProjectP:
    code: str
    key: str
    number: str | None
    title: str
    description: str
    section: str
    theme: str | None
    committee: str | None
    period: tuple[int, int] | None
    source: Source
    generic: list[tuple[str, str]] = field(default_factory=list)
    budget_refs: list[str] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)  # results, indicators, échéancier… kept as text


@dataclass
class RoleP:
    project: str
    mention: str
    rel: str  # LEADS, PARTNER_IN, FIDUCIARY_OF
    role: str
    source: Source


@dataclass
class CommitteeP:
    name: str
    kind: str
    acronym: str | None
    theme: str | None
    source: Source


@dataclass
class MemberP:
    committee: str
    mention: str
    role: str
    source: Source
    person: str | None = None


@dataclass
class PersonP:
    name: str
    organization: str | None
    title: str | None
    source: Source


@dataclass
class BudgetP:
    projects: list[str]
    fiscal_year: str | None
    amount: str
    source: Source


@dataclass
class Extraction:
    document: str
    title: str | None = None
    period: tuple[int, int] | None = None
    themes: dict[str, Source] = field(default_factory=dict)
    committees: dict[str, CommitteeP] = field(default_factory=dict)
    projects: list[ProjectP] = field(default_factory=list)
    roles: list[RoleP] = field(default_factory=list)
    members: list[MemberP] = field(default_factory=list)
    persons: list[PersonP] = field(default_factory=list)
    budgets: list[BudgetP] = field(default_factory=list)
    mentions: list[tuple[str, Source]] = field(default_factory=list)  # organizations named without a role
    text_mentions: list[tuple[str, Source]] = field(default_factory=list)  # the same, found in running text
    lexicon: set[str] = field(default_factory=set)
    # acronyms a glossary table defines: (full name, acronym, source)
    glossary: list[tuple[str, str, Source]] = field(default_factory=list)
    # instances a body presents as its own: (owner as written, name, acronym, source)
    instances: list[tuple[str, str, str | None, Source]] = field(default_factory=list)

    def project(self, key: str) -> ProjectP | None:
        return next((p for p in self.projects if p.key == key), None)
