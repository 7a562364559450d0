"""Who takes part in what: every organization's affiliations to committees, projects and concertations, read in a
few queries and shared by the network, overlap, growth and representation questions.

An :class:`Affiliation` ties one organization to one *context* (a committee or a project) or to a concertation, with
a role and the years it is active (the relationship's ``since`` / ``until``, else the project's years, else its
action plan's). Persons never appear: a person member counts for the organization they represent (Loi 25).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from graph.analytics.period import fiscal_years
from graph.cypher import statement
from graph.store import GraphStore

ORGANIZATIONS = statement(
    "analytics_organizations",
    "MATCH (o:Organization)\n"
    "OPTIONAL MATCH (o)-[:IN_TERRITORY]->(t:Territory)\n"
    "RETURN o.id AS id, o.name AS name, o.acronym AS acronym, o.sector AS sector, collect(t.id) AS territories",
)
CONCERTATIONS = statement(
    "analytics_concertations",
    "MATCH (c:Concertation)\n"
    "OPTIONAL MATCH (c)-[:IN_TERRITORY]->(t:Territory)\n"
    "RETURN c.id AS id, c.name AS name, c.acronym AS acronym, collect(t.id) AS territories",
)
PLANS = statement(
    "analytics_plans",
    "MATCH (a:ActionPlan)\n"
    "OPTIONAL MATCH (a)-[:OF]->(c:Concertation)\n"
    "RETURN a.id AS id, a.name AS name, a.start_year AS start, a.end_year AS end, c.id AS concertation",
)
COMMITTEES = statement(
    "analytics_committees",
    "MATCH (k:Committee)\n"
    "OPTIONAL MATCH (k)-[:PART_OF]->(c:Concertation)\n"
    "OPTIONAL MATCH (k)-[:ADDRESSES]->(th:Theme)\n"
    "RETURN k.id AS id, k.name AS name, k.kind AS committee_kind, c.id AS concertation,\n"
    "       collect(DISTINCT th.id) AS themes",
)
PROJECTS = statement(
    "analytics_projects",
    "MATCH (p:Project)\n"
    "OPTIONAL MATCH (p)-[:IN_PLAN]->(a:ActionPlan)\n"
    "OPTIONAL MATCH (a)-[:OF]->(c:Concertation)\n"
    "OPTIONAL MATCH (k:Committee)-[:CARRIES]->(p)\n"
    "WITH p, a, c, collect(DISTINCT k.id) AS committees\n"
    "OPTIONAL MATCH (p)-[:ADDRESSES]->(th:Theme)\n"
    "WITH p, a, c, committees, collect(DISTINCT th.id) AS themes\n"
    "OPTIONAL MATCH (p)-[:IN_TERRITORY]->(t:Territory)\n"
    "RETURN p.id AS id, p.name AS name, p.start AS start, p.end AS end, a.id AS plan, a.start_year AS plan_start,\n"
    "       a.end_year AS plan_end, c.id AS concertation, committees, themes, collect(DISTINCT t.id) AS territories",
)
MEMBERSHIPS = statement(
    "analytics_memberships",
    "MATCH (o:Organization)-[m:MEMBER_OF]->(k:Committee)\n"
    "RETURN o.id AS org, k.id AS context, m.role AS role_label, m.since AS since, m.until AS until,\n"
    "       m.source AS source, false AS via_person",
)
PERSON_MEMBERSHIPS = statement(
    "analytics_person_memberships",
    "MATCH (p:Person)-[m:MEMBER_OF]->(k:Committee)\n"
    "MATCH (p)-[:REPRESENTS]->(o:Organization)\n"
    "RETURN o.id AS org, k.id AS context, m.role AS role_label, m.since AS since, m.until AS until,\n"
    "       m.source AS source, true AS via_person",
)
PROJECT_ROLES = statement(
    "analytics_project_roles",
    "MATCH (o:Organization)-[r:LEADS|PARTNER_IN|FIDUCIARY_OF]->(p:Project)\n"
    "RETURN o.id AS org, p.id AS context, type(r) AS rel, r.role AS role_label, r.since AS since,\n"
    "       r.until AS until, r.source AS source",
)
FUNDING_FIDUCIARIES = statement(
    "analytics_funding_fiduciaries",
    "MATCH (f:Funding)-[:VIA]->(o:Organization)\n"
    "MATCH (f)-[:TO]->(p:Project)\n"
    "RETURN o.id AS org, p.id AS context, f.fiscal_year AS fiscal_year, f.source AS source",
)
CONCERTATION_LINKS = statement(
    "analytics_concertation_links",
    "MATCH (o:Organization)-[r:COLLABORATES_WITH|COORDINATES]-(c:Concertation)\n"
    "RETURN o.id AS org, c.id AS concertation, type(r) AS rel, r.kind AS kind, r.since AS since,\n"
    "       r.until AS until, r.source AS source",
)
COLLABORATIONS = statement(
    "analytics_collaborations",
    "MATCH (a:Organization)-[r:COLLABORATES_WITH]->(b:Organization)\n"
    "RETURN a.id AS source_org, b.id AS target_org, r.kind AS kind, r.description AS description,\n"
    "       r.since AS since, r.until AS until, r.source AS source",
)
THEMES = statement("analytics_themes", "MATCH (t:Theme) RETURN t.id AS id, t.name AS name")
SUCCESSIONS = statement(
    "analytics_successions",
    "MATCH (a:Organization)-[r:SUCCEEDED_BY]->(b:Organization)\n"
    "RETURN a.id AS predecessor, b.id AS successor, r.year AS year, r.kind AS kind",
)
TERRITORY_ANCESTORS = statement(
    "analytics_territory_ancestors",
    "UNWIND $ids AS id\n"
    "MATCH (t:Territory {id: id})-[:PART_OF*0..4]->(a:Territory)\n"
    "RETURN t.id AS id, a.id AS ancestor, a.name AS name, a.level AS level, a.code AS code",
)

#: Project relationship types and the role they give.
PROJECT_ROLE = {"LEADS": "leads", "PARTNER_IN": "partner", "FIDUCIARY_OF": "fiduciary"}
#: Roles in French, for tables and pages.
ROLE_FR = {"member": "membre", "leads": "responsable", "partner": "partenaire", "fiduciary": "fiduciaire",
           "coordinates": "coordonne", "collaborates": "collabore"}


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    acronym: str | None
    sector: str | None
    territories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """A committee or a project: where organizations meet."""

    id: str
    kind: str  # "committee" | "project"
    name: str
    concertation: str | None
    plan: str | None = None
    start: int | None = None
    end: int | None = None
    themes: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()
    committees: tuple[str, ...] = ()


@dataclass(frozen=True)
class Affiliation:
    org: str
    kind: str  # "committee" | "project" | "concertation"
    context: str  # committee / project / concertation id
    role: str  # member | leads | partner | fiduciary | coordinates | collaborates
    role_label: str | None
    since: int | None
    until: int | None
    concertation: str | None
    source: tuple[str, ...] = ()
    via_person: bool = False


@dataclass(frozen=True)
class Collaboration:
    """A direct organization-to-organization collaboration (``COLLABORATES_WITH``)."""

    source_org: str
    target_org: str
    kind: str | None
    description: str | None
    since: int | None
    until: int | None
    concertation: str | None = None
    source: tuple[str, ...] = ()


@dataclass
class Affiliations:
    """Everything the collaboration questions need, read once."""

    organizations: dict[str, Organization]
    concertations: dict[str, dict]
    plans: dict[str, dict]
    contexts: dict[str, Context]
    affiliations: list[Affiliation]
    collaborations: list[Collaboration]
    successions: list[dict]
    themes: dict[str, str] = field(default_factory=dict)  # id -> name
    territories: dict[str, dict] = field(default_factory=dict)  # id -> {name, level, code}
    ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # territory id -> itself and its ancestors

    def context_territories(self, context_id: str) -> tuple[str, ...]:
        """Where a context lies: its own territories, else its concertation's."""
        ctx = self.contexts.get(context_id)
        if ctx is not None and ctx.territories:
            return ctx.territories
        conc = ctx.concertation if ctx is not None else context_id
        return tuple(self.concertations.get(conc, {}).get("territories", ()))

    def within(self, territory_ids, ancestor: str) -> bool:
        """Whether any of ``territory_ids`` lies in ``ancestor`` (any level, itself included)."""
        return any(ancestor in self.ancestors.get(t, (t,)) for t in territory_ids)

    def levels(self, territory_ids, level: str) -> set[str]:
        """The territories of one level (``region``, ``mrc`` …) that contain any of ``territory_ids``."""
        return {a for t in territory_ids for a in self.ancestors.get(t, ()) if self.territories[a]["level"] == level}

    @cached_property
    def _next(self) -> dict[str, str]:
        return {s["predecessor"]: s["successor"] for s in self.successions}

    def successor(self, org: str) -> str:
        """The organization an organization finally became (following mergers and renamings)."""
        nxt = self._next
        seen = {org}
        while org in nxt and nxt[org] not in seen:
            org = nxt[org]
            seen.add(org)
        return org


def _sources(value) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(value) if isinstance(value, list) else (str(value),)


def _int(value) -> int | None:
    return int(value) if value is not None else None


def read_affiliations(store: GraphStore) -> Affiliations:
    """Organizations, contexts, affiliations, direct collaborations, successions and territories, read once per
    version of the graph (:mod:`graph.analytics.cache`): the result is shared and must not be modified."""
    from graph.analytics.cache import per_version

    return per_version(store, "affiliations", lambda: _read(store))


def _read(store: GraphStore) -> Affiliations:
    orgs = {r["id"]: Organization(r["id"], r["name"], r["acronym"], r["sector"], tuple(sorted(r["territories"])))
            for r in store.read(ORGANIZATIONS)}
    concertations = {r["id"]: {"name": r["name"], "acronym": r["acronym"], "territories": sorted(r["territories"])}
                     for r in store.read(CONCERTATIONS)}
    plans = {r["id"]: {"name": r["name"], "start": _int(r["start"]), "end": _int(r["end"]),
                       "concertation": r["concertation"]} for r in store.read(PLANS)}
    contexts: dict[str, Context] = {}
    for r in store.read(COMMITTEES):
        contexts[r["id"]] = Context(r["id"], "committee", r["name"], r["concertation"], themes=tuple(sorted(r["themes"])))
    for r in store.read(PROJECTS):
        concertation = r["concertation"] or next(
            (contexts[k].concertation for k in sorted(r["committees"]) if k in contexts), None)
        contexts[r["id"]] = Context(
            r["id"], "project", r["name"], concertation, r["plan"],
            _int(r["start"] if r["start"] is not None else r["plan_start"]),
            _int(r["end"] if r["end"] is not None else r["plan_end"]),
            tuple(sorted(r["themes"])), tuple(sorted(r["territories"])), tuple(sorted(r["committees"])))

    affiliations: list[Affiliation] = []
    for r in [*store.read(MEMBERSHIPS), *store.read(PERSON_MEMBERSHIPS)]:
        affiliations.append(Affiliation(r["org"], "committee", r["context"], "member", r["role_label"],
                                        _int(r["since"]), _int(r["until"]), contexts[r["context"]].concertation,
                                        _sources(r["source"]), bool(r["via_person"])))
    for r in store.read(PROJECT_ROLES):
        ctx = contexts[r["context"]]
        since = _int(r["since"]) if r["since"] is not None else ctx.start
        until = _int(r["until"]) if r["until"] is not None else ctx.end
        affiliations.append(Affiliation(r["org"], "project", r["context"], PROJECT_ROLE[r["rel"]], r["role_label"],
                                        since, until, ctx.concertation, _sources(r["source"])))
    for r in store.read(FUNDING_FIDUCIARIES):
        ctx = contexts[r["context"]]
        first, last = fiscal_years(r["fiscal_year"])
        affiliations.append(Affiliation(r["org"], "project", r["context"], "fiduciary", "fiduciaire (financement)",
                                        first if first is not None else ctx.start,
                                        last if last is not None else ctx.end, ctx.concertation, _sources(r["source"])))
    for r in store.read(CONCERTATION_LINKS):
        role = "coordinates" if r["rel"] == "COORDINATES" else "collaborates"
        affiliations.append(Affiliation(r["org"], "concertation", r["concertation"], role, r["kind"],
                                        _int(r["since"]), _int(r["until"]), r["concertation"], _sources(r["source"])))
    collaborations = [
        Collaboration(r["source_org"], r["target_org"], r["kind"], r["description"], _int(r["since"]),
                      _int(r["until"]), source=_sources(r["source"]))
        for r in store.read(COLLABORATIONS)
    ]
    successions = [dict(r) for r in store.read(SUCCESSIONS)]
    themes = {r["id"]: r["name"] for r in store.read(THEMES)}
    data = Affiliations(orgs, concertations, plans, contexts, _dedupe(affiliations), collaborations, successions,
                        themes)
    _read_territories(store, data)
    return data


def _dedupe(affiliations: list[Affiliation]) -> list[Affiliation]:
    """One affiliation per (organization, context, role, since, until): a person member whose organization is also a
    member adds nothing."""
    best: dict[tuple, Affiliation] = {}
    for a in affiliations:
        key = (a.org, a.kind, a.context, a.role, a.since, a.until)
        if key not in best or (best[key].via_person and not a.via_person):
            best[key] = a
    return sorted(best.values(), key=lambda a: (a.org, a.kind, a.context, a.role, a.since or 0))


def _read_territories(store: GraphStore, data: Affiliations) -> None:
    ids = {t for o in data.organizations.values() for t in o.territories}
    ids |= {t for c in data.contexts.values() for t in c.territories}
    ids |= {t for c in data.concertations.values() for t in c["territories"]}
    ancestors: dict[str, set[str]] = defaultdict(set)
    for r in store.read(TERRITORY_ANCESTORS, {"ids": sorted(ids)}):
        ancestors[r["id"]].add(r["ancestor"])
        data.territories[r["ancestor"]] = {"name": r["name"], "level": r["level"], "code": r["code"]}
    data.ancestors = {k: tuple(sorted(v)) for k, v in ancestors.items()}
