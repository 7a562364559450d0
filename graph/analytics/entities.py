"""Entities (question 2): lists of organizations, concertations, committees, projects, territories and funders, with
filters that combine, pagination and a summary per item. The profiles (one entity in detail) are in
:mod:`graph.analytics.profiles`.

The kinds are declared once in :data:`KINDS` (URL kind → schema label, French names, filters); the API routes and the
CLI are generated from it. Everything is read through a :class:`Catalog`: each part (affiliations, properties of one
label, fundings, hierarchy…) in one query, once, and only when a question needs it — never a query per row.

>>> page([1, 2, 3, 4, 5], limit=2, offset=1)
{'total': 5, 'limit': 2, 'offset': 1, 'items': [2, 3]}
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from graph.analytics.affiliations import Affiliations, read_affiliations
from graph.analytics.cache import per_version
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.search import fold
from graph.analytics.territories import Hierarchy, list_territories, read_hierarchy
from graph.cypher import statement
from graph.schema import load_schema
from graph.store import GraphStore

#: Properties of every node of one label (labels from the schema only).
PROPS = {label: statement(f"entities_props_{label.lower()}", f"MATCH (n:{label})\nRETURN n.id AS id, n {{.*}} AS props")
         for label in ("Organization", "Concertation", "Committee", "ActionPlan", "Project", "Theme")}
FUNDINGS = statement(
    "entities_fundings",
    "MATCH (f:Funding)\n"
    "OPTIONAL MATCH (f)-[:TO]->(p:Project)\n"
    "WITH f, collect(DISTINCT p.id) AS projects\n"
    "OPTIONAL MATCH (f)-[:VIA]->(v:Organization)\n"
    "WITH f, projects, collect(DISTINCT v.id) AS via\n"
    "OPTIONAL MATCH (g:Organization)-[:FUNDS]->(f)\n"
    "RETURN f.id AS id, f.name AS name, f.amount AS amount, f.fiscal_year AS fiscal_year, f.status AS status,\n"
    "       f.source AS source, projects, via, collect(DISTINCT g.id) AS funders",
)
PERSON_COUNTS = statement(
    "entities_person_counts",
    "MATCH (p:Person)-[:MEMBER_OF]->(k:Committee)\nRETURN k.id AS committee, count(DISTINCT p) AS persons",
)
REPORTS_TO = statement(
    "entities_reports_to",
    "MATCH (a:Committee)-[:REPORTS_TO]->(b:Committee)\nRETURN a.id AS source, b.id AS target",
)

#: Largest page a list returns.
MAX_LIMIT = 500


def index(items, keys) -> dict[str, list]:
    """``items`` grouped under each of their ``keys(item)``, in their order.

    >>> index(["ab", "b"], list)
    {'a': ['ab'], 'b': ['ab', 'b']}
    """
    out: dict[str, list] = {}
    for item in items:
        for key in keys(item):
            out.setdefault(key, []).append(item)
    return out


class Catalog:
    """What the entity questions read from one store, each part read once and only when first needed."""

    def __init__(self, store: GraphStore):
        self.store = store
        self._props: dict[str, dict[str, dict]] = {}

    @cached_property
    def data(self) -> Affiliations:
        return read_affiliations(self.store)

    @cached_property
    def hierarchy(self) -> Hierarchy:
        return per_version(self.store, "hierarchy", lambda: read_hierarchy(self.store))

    def props(self, label: str) -> dict[str, dict]:
        """Every node of ``label``: ``id → properties``."""
        if label not in self._props:
            self._props[label] = per_version(self.store, f"props:{label}", lambda: {
                r["id"]: r["props"] for r in self.store.read(PROPS[label])})
        return self._props[label]

    @cached_property
    def fundings(self) -> dict[str, dict]:
        """Every funding: amount, fiscal year, status, the projects it goes to, ``via`` and ``funders`` (org ids)."""
        out = {}
        for r in per_version(self.store, "fundings", lambda: self.store.read(FUNDINGS)):
            out[r["id"]] = {**r, "projects": sorted(r["projects"]), "via": sorted(r["via"]),
                            "funders": sorted(r["funders"])}
        return out

    @cached_property
    def persons(self) -> dict[str, int]:
        """Number of person members per committee (persons are counted, never named here)."""
        return {r["committee"]: r["persons"] for r in self.store.read(PERSON_COUNTS)}

    @cached_property
    def reports_to(self) -> list[tuple[str, str]]:
        return sorted((r["source"], r["target"]) for r in self.store.read(REPORTS_TO))

    @cached_property
    def by_org(self) -> dict[str, list]:
        """Affiliations per organization."""
        return index(self.data.affiliations, lambda a: [a.org])

    @cached_property
    def by_context(self) -> dict[str, list]:
        """Affiliations per committee, project or concertation."""
        return index(self.data.affiliations, lambda a: [a.context])

    @cached_property
    def by_concertation(self) -> dict[str, list]:
        """Affiliations per concertation (of its committees and projects, or to itself)."""
        return index(self.data.affiliations, lambda a: [a.concertation])

    @cached_property
    def carried(self) -> dict[str, list[str]]:
        """Committee → the projects it carries."""
        projects = [c for c in self.data.contexts.values() if c.kind == "project"]
        return {k: [p.id for p in v] for k, v in index(projects, lambda p: p.committees).items()}

    @cached_property
    def by_project(self) -> dict[str, list[dict]]:
        """Project → the fundings that go to it."""
        return index(self.fundings.values(), lambda f: f["projects"])

    def committees_of(self, concertation: str) -> list[str]:
        return [c.id for c in self.data.contexts.values() if c.kind == "committee" and c.concertation == concertation]

    def projects_of(self, committee: str) -> list[str]:
        return self.carried.get(committee, [])

    @cached_property
    def funders(self) -> dict[str, list[dict]]:
        """Organizations with ``FUNDS`` → the fundings they give."""
        return index(self.fundings.values(), lambda f: f["funders"])

    def themes_of(self, ctx) -> set[str]:
        """A committee's or project's themes, a project's including those of the committees that carry it."""
        themes = set(ctx.themes)
        for k in ctx.committees:
            if k in self.data.contexts:
                themes |= set(self.data.contexts[k].themes)
        return themes


# ---------------------------------------------------------------------------------------------------------------
# Filters


@dataclass(frozen=True)
class Filter:
    """One filter of a list: its name (the query parameter), its French description and how a value is checked —
    a code of a ``vocabulary`` (else 422), the id of a ``node`` label (else 404) or a ``territory`` (id or code)."""

    name: str
    description: str
    example: str | None = None
    vocabulary: str | None = None
    node: str | None = None
    territory: bool = False

    def check(self, catalog: Catalog, value: str) -> str:
        if self.vocabulary:
            vocab = load_schema().vocabulary(self.vocabulary)
            if value not in vocab:
                raise BadParameter(f"{self.name} : code inconnu « {value} » ; attendu : {', '.join(vocab.codes)}")
        if self.node and value not in catalog.props(self.node):
            raise NotFound(load_schema().node(self.node).label_fr.lower(), value)
        if self.territory:
            return catalog.hierarchy.resolve(value)
        return value


SECTOR = Filter("sector", "Code de secteur (vocabulaire des secteurs)", "sante_services_sociaux", vocabulary="sectors")
CONCERTATION = Filter("concertation", "Identifiant d'une concertation", "conc:pacte-lassomption", node="Concertation")
TERRITORY = Filter("territory", "Territoire à tout niveau, lui compris : identifiant ou code (région « 14 », "
                   "MRC « 60 », municipalité « 60013 »)", "60", territory=True)
PLAN = Filter("plan", "Identifiant d'un plan d'action", "plan:pacte-2026-2028", node="ActionPlan")
COMMITTEE = Filter("committee", "Identifiant d'un comité (projets qu'il porte)", "com:pacte-cp-logement",
                   node="Committee")
THEME = Filter("theme", "Identifiant d'une thématique (enjeu)", "theme:logement", node="Theme")


def check_filters(catalog: Catalog, kind: str, filters: dict) -> dict:
    """The filters given (``None`` dropped), checked and normalized (a territory code becomes its id)."""
    allowed = {f.name: f for f in KINDS[kind].filters}
    out = {}
    for name, value in filters.items():
        if value is None or value == "":
            continue
        if name not in allowed:
            raise BadParameter(f"filtre « {name} » non accepté pour {KINDS[kind].plural_fr} ; "
                               f"filtres possibles : {', '.join(allowed) or 'aucun'}")
        out[name] = allowed[name].check(catalog, str(value))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Lists


def _by_name(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda x: (fold(x.get("name") or ""), x["id"]))


def list_organizations(catalog: Catalog, f: dict) -> list[dict]:
    data, h = catalog.data, catalog.hierarchy
    out = []
    for o in data.organizations.values():
        affs = catalog.by_org.get(o.id, [])
        concertations = sorted({a.concertation for a in affs if a.concertation})
        if f.get("sector") and o.sector != f["sector"]:
            continue
        if f.get("concertation") and f["concertation"] not in concertations:
            continue
        if f.get("territory") and not h.within(o.territories, f["territory"]):
            continue
        out.append({"id": o.id, "name": o.name, "acronym": o.acronym, "sector": o.sector,
                    "territories": list(o.territories), "concertations": concertations,
                    "committees": len({a.context for a in affs if a.kind == "committee"}),
                    "projects": len({a.context for a in affs if a.kind == "project"})})
    return _by_name(out)


def list_concertations(catalog: Catalog, f: dict) -> list[dict]:
    data, h = catalog.data, catalog.hierarchy
    props = catalog.props("Concertation")
    out = []
    for cid, c in data.concertations.items():
        level = props.get(cid, {}).get("level")
        if f.get("level") and level != f["level"]:
            continue
        if f.get("territory") and not h.within(c["territories"], f["territory"]):
            continue
        contexts = [x for x in data.contexts.values() if x.concertation == cid]
        out.append({"id": cid, "name": c["name"], "acronym": c["acronym"], "level": level,
                    "territories": c["territories"],
                    "plans": sum(1 for p in data.plans.values() if p["concertation"] == cid),
                    "committees": sum(1 for x in contexts if x.kind == "committee"),
                    "projects": sum(1 for x in contexts if x.kind == "project"),
                    "organizations": len({a.org for a in catalog.by_concertation.get(cid, [])})})
    return _by_name(out)


def committee_summary(catalog: Catalog, cid: str) -> dict:
    """A committee with its kind, concertation and numbers of member organizations, persons and projects."""
    ctx = catalog.data.contexts[cid]
    props = catalog.props("Committee").get(cid, {})
    return {"id": cid, "name": ctx.name, "acronym": props.get("acronym"), "kind": props.get("kind"),
            "kind_label": vocabulary_label("committee_kinds", props.get("kind")), "concertation": ctx.concertation,
            "members": len({a.org for a in catalog.by_context.get(cid, []) if a.kind == "committee"}),
            "persons": catalog.persons.get(cid, 0), "projects": len(catalog.projects_of(cid))}


def list_committees(catalog: Catalog, f: dict) -> list[dict]:
    out = []
    for ctx in catalog.data.contexts.values():
        if ctx.kind != "committee":
            continue
        if f.get("concertation") and ctx.concertation != f["concertation"]:
            continue
        if f.get("theme") and f["theme"] not in ctx.themes:
            continue
        item = committee_summary(catalog, ctx.id)
        if f.get("kind") and item["kind"] != f["kind"]:
            continue
        out.append(item)
    return _by_name(out)


def fundings_of_project(catalog: Catalog, pid: str) -> list[dict]:
    return catalog.by_project.get(pid, [])


def list_projects(catalog: Catalog, f: dict) -> list[dict]:
    data, h = catalog.data, catalog.hierarchy
    props = catalog.props("Project")
    out = []
    for ctx in data.contexts.values():
        if ctx.kind != "project":
            continue
        status = props.get(ctx.id, {}).get("status")
        if any(f.get(k) and v != f[k] for k, v in
               (("concertation", ctx.concertation), ("plan", ctx.plan), ("status", status))):
            continue
        if f.get("committee") and f["committee"] not in ctx.committees:
            continue
        if f.get("theme") and f["theme"] not in catalog.themes_of(ctx):
            continue
        if f.get("territory") and not h.within(data.context_territories(ctx.id), f["territory"]):
            continue
        fundings = fundings_of_project(catalog, ctx.id)
        out.append({"id": ctx.id, "name": ctx.name, "plan": ctx.plan, "concertation": ctx.concertation,
                    "committees": list(ctx.committees), "start": ctx.start, "end": ctx.end, "status": status,
                    "themes": list(ctx.themes),
                    "organizations": len({a.org for a in catalog.by_context.get(ctx.id, [])}),
                    "fundings": len(fundings), "funding_total": total_amount(fundings)})
    return _by_name(out)


def list_funders(catalog: Catalog, f: dict) -> list[dict]:
    data = catalog.data
    out = []
    for org_id, given in catalog.funders.items():
        o = data.organizations[org_id]
        if f.get("sector") and o.sector != f["sector"]:
            continue
        out.append({"id": o.id, "name": o.name, "acronym": o.acronym, "sector": o.sector, "fundings": len(given),
                    "funding_total": total_amount(given), "projects": len({p for x in given for p in x["projects"]})})
    return _by_name(out)


def total_amount(fundings: list[dict]) -> float:
    return round(sum(f["amount"] or 0 for f in fundings), 2)


def vocabulary_label(vocabulary: str, code: str | None) -> str | None:
    vocab = load_schema().vocabulary(vocabulary)
    return vocab.label(code) if code in vocab else None


def page(items: list, limit: int, offset: int) -> dict:
    """One page of ``items`` and their total."""
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


# ---------------------------------------------------------------------------------------------------------------
# The kinds


@dataclass(frozen=True)
class Kind:
    """One kind of entity the API and the CLI list and show."""

    kind: str  # the URL segment
    label: str  # the schema label
    singular_fr: str
    plural_fr: str
    filters: tuple[Filter, ...]
    lister: Callable[[Catalog, dict], list[dict]]


KINDS: dict[str, Kind] = {k.kind: k for k in (
    Kind("organizations", "Organization", "organisation", "organisations", (SECTOR, CONCERTATION, TERRITORY),
         list_organizations),
    Kind("concertations", "Concertation", "concertation", "concertations",
         (Filter("level", "Niveau de la concertation", "regional", vocabulary="concertation_levels"), TERRITORY),
         list_concertations),
    Kind("committees", "Committee", "comité", "comités",
         (CONCERTATION, Filter("kind", "Type de comité", "comite_porteur", vocabulary="committee_kinds"), THEME),
         list_committees),
    Kind("projects", "Project", "projet", "projets",
         (CONCERTATION, PLAN, COMMITTEE, THEME, TERRITORY,
          Filter("status", "Statut du projet", "planned", vocabulary="project_statuses")), list_projects),
    Kind("territories", "Territory", "territoire", "territoires",
         (Filter("level", "Niveau : province, region, mrc, municipality", "mrc", vocabulary="territory_levels"),
          Filter("parent", "Territoire parent (identifiant ou code) : ses enfants directs", "14", territory=True)),
         list_territories),
    Kind("funders", "Organization", "bailleur de fonds", "bailleurs de fonds", (SECTOR,), list_funders),
)}

#: French names of the kinds, for the CLI (``maillage ask list organisations``).
KIND_ALIASES = {**{k: k for k in KINDS}, "organisations": "organizations", "comites": "committees",
                "projets": "projects", "territoires": "territories", "bailleurs": "funders"}


def list_entities(catalog: Catalog, kind: str, filters: dict | None = None, limit: int = 100,
                  offset: int = 0) -> dict:
    """One page of entities of ``kind`` matching all ``filters``, with the total and the filters applied."""
    if kind not in KINDS:
        raise BadParameter(f"type inconnu « {kind} » ; attendu : {', '.join(KINDS)}")
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise BadParameter(f"limit doit être entre 1 et {MAX_LIMIT}, offset positif ou nul")
    checked = check_filters(catalog, kind, filters or {})
    return {"kind": kind, "kind_fr": KINDS[kind].plural_fr, "filters": checked,
            **page(KINDS[kind].lister(catalog, checked), limit, offset)}
