"""Territories (question 8): the hierarchy province → region → MRC → municipality, and what each level holds —
actors, concertations, committees, projects and funding — rolled up from the municipality to the MRC, the region and
the province.

The hierarchy is read once (one query, ~1,400 rows) and rolled up in Python. A fact counts in the territory it lies
in and in every territory above: an organization where it is (``IN_TERRITORY``); a concertation where it is; a
committee where its concertation is; a project where it is, else where its concertation is (as the ``territory``
filter of the other questions); a funding where the projects it goes to are.

>>> h = Hierarchy({"p": _node("p", "Québec", "24", "province", None),
...                "r": _node("r", "Lanaudière", "14", "region", "p"),
...                "m": _node("m", "Kamouraska", "14", "mrc", "r")})
>>> h.chain("m"), h.find("14"), h.find("m"), h.find("Lanaudière", names=True)
(('m', 'r', 'p'), 'r', 'm', 'r')
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from graph.analytics.cache import per_version
from graph.analytics.errors import NotFound
from graph.analytics.search import fold, level_rank
from graph.cypher import statement
from graph.schema import load_schema
from graph.store import GraphStore

if TYPE_CHECKING:
    from graph.analytics.entities import Catalog

HIERARCHY = statement(
    "territories_hierarchy",
    "MATCH (t:Territory)\n"
    "OPTIONAL MATCH (t)-[:PART_OF]->(p:Territory)\n"
    "RETURN t.id AS id, t.name AS name, t.code AS code, t.level AS level, t.designation AS designation,\n"
    "       p.id AS parent",
)

#: What a territory holds, each a set of ids; ``fundings`` are Funding ids.
HOLDINGS = ("actors", "concertations", "committees", "projects", "fundings")


def _node(tid: str, name: str, code: str, level: str, parent: str | None, designation: str | None = None) -> dict:
    return {"id": tid, "name": name, "code": code, "level": level, "parent": parent, "designation": designation}


@dataclass
class Hierarchy:
    """Every territory (``id → {id, name, code, level, parent, designation}``) and the parent / child links."""

    nodes: dict[str, dict]

    @cached_property
    def children(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for n in self.nodes.values():
            if n["parent"]:
                out[n["parent"]].append(n["id"])
        return {k: sorted(v, key=self.sort_key) for k, v in out.items()}

    def sort_key(self, tid: str) -> tuple:
        n = self.nodes[tid]
        return level_rank(n["level"]), fold(n["name"] or ""), tid

    def chain(self, tid: str) -> tuple[str, ...]:
        """The territory and its ancestors, up to the province (unknown ids: just themselves)."""
        out = []
        while tid and tid not in out:
            out.append(tid)
            tid = self.nodes[tid]["parent"] if tid in self.nodes else None
        return tuple(out)

    def ancestor_at(self, tid: str, level: str) -> str | None:
        """The territory of ``level`` that contains ``tid`` (itself included), if any."""
        return next((a for a in self.chain(tid) if a in self.nodes and self.nodes[a]["level"] == level), None)

    def within(self, territory_ids, ancestor: str) -> bool:
        """Whether any of ``territory_ids`` lies in ``ancestor`` (itself included)."""
        return any(ancestor in self.chain(t) for t in territory_ids)

    def find(self, value: str, names: bool = False) -> str | None:
        """The id a user designates: an id, else an official code, else (``names``) a name. A code or name shared
        by several levels (``14`` is the Lanaudière region and the Kamouraska MRC) means the highest level."""
        value = str(value).strip()
        if value in self.nodes:
            return value
        found = [n["id"] for n in self.nodes.values() if n["code"] == value]
        if not found and names:
            key = fold(value)
            found = [n["id"] for n in self.nodes.values() if fold(n["name"] or "") == key]
        return min(found, key=self.sort_key) if found else None

    def resolve(self, value: str, names: bool = False) -> str:
        """Like :meth:`find`, but an unknown territory is a :class:`NotFound` (404)."""
        found = self.find(value, names)
        if found is None:
            raise NotFound("territoire", value, "identifiant (mrc:60) ou code officiel (14, 60, 60013)"
                           + (" ou nom" if names else ""))
        return found

    def ref(self, tid: str) -> dict:
        n = self.nodes.get(tid) or _node(tid, tid, None, None, None)
        return {"id": tid, "name": n["name"], "code": n["code"], "level": n["level"]}


def read_hierarchy(store: GraphStore) -> Hierarchy:
    """The whole territorial hierarchy, in one query."""
    return Hierarchy({r["id"]: _node(r["id"], r["name"], r["code"], r["level"], r["parent"], r["designation"])
                      for r in store.read(HIERARCHY)})


@dataclass
class Rollup:
    """For every territory, the ids of what lies in it or below (see the module's docstring)."""

    holdings: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(lambda: {
        k: set() for k in HOLDINGS}))
    amounts: dict[str, float] = field(default_factory=dict)

    def add(self, hierarchy: Hierarchy, what: str, item: str, territory_ids) -> None:
        for t in territory_ids:
            for a in hierarchy.chain(t):
                self.holdings[a][what].add(item)

    def ids(self, tid: str, what: str) -> set[str]:
        return self.holdings[tid][what] if tid in self.holdings else set()

    def counts(self, tid: str) -> dict:
        """Counts of actors, concertations, committees, projects and fundings, and the funding's total amount."""
        out = {k: len(self.ids(tid, k)) for k in HOLDINGS}
        out["funding_total"] = round(sum(self.amounts.get(f) or 0 for f in self.ids(tid, "fundings")), 2)
        return out


def rollup(catalog: Catalog) -> Rollup:
    """Roll every actor, concertation, committee, project and funding up the hierarchy (kept until the graph
    changes: every territorial page and list reads it)."""
    return per_version(catalog.store, "rollup", lambda: _rollup(catalog))


def _rollup(catalog: Catalog) -> Rollup:
    h, data = catalog.hierarchy, catalog.data
    out = Rollup()
    for org in data.organizations.values():
        out.add(h, "actors", org.id, org.territories)
    for cid, conc in data.concertations.items():
        out.add(h, "concertations", cid, conc["territories"])
    for ctx in data.contexts.values():
        out.add(h, "committees" if ctx.kind == "committee" else "projects", ctx.id, data.context_territories(ctx.id))
    for f in catalog.fundings.values():
        out.amounts[f["id"]] = f["amount"]
        for p in f["projects"]:
            out.add(h, "fundings", f["id"], data.context_territories(p))
    return out


def territory_item(catalog: Catalog, roll: Rollup, tid: str) -> dict:
    """A territory with its parent, its number of children and its rolled-up counts."""
    h = catalog.hierarchy
    n = h.nodes[tid]
    return {**h.ref(tid), "designation": n["designation"], "parent": n["parent"],
            "children": len(h.children.get(tid, ())), **roll.counts(tid)}


def list_territories(catalog: Catalog, filters: dict) -> list[dict]:
    """Territories (checked filters ``level`` and ``parent`` id), province first, then by level and name."""
    h = catalog.hierarchy
    level, parent = filters.get("level"), filters.get("parent")
    ids = [t for t in h.nodes if (not level or h.nodes[t]["level"] == level)
           and (not parent or h.nodes[t]["parent"] == parent)]
    roll = rollup(catalog)
    return [territory_item(catalog, roll, t) for t in sorted(ids, key=h.sort_key)]


def territory_profile(catalog: Catalog, value: str, names: bool = False) -> dict:
    """A territory (id or code; ``names`` also accepts its name): its ancestors up to the province, what it holds
    (counts, and the concertations, actors and committees themselves) and the same counts for each child."""
    h, data = catalog.hierarchy, catalog.data
    tid = h.resolve(value, names)
    roll = rollup(catalog)
    levels = load_schema().vocabulary("territory_levels")
    n = h.nodes[tid]

    def org_ref(o):
        org = data.organizations[o]
        return {"id": o, "name": org.name, "acronym": org.acronym, "sector": org.sector}

    def context_ref(c):
        ctx = data.contexts[c]
        conc = data.concertations.get(ctx.concertation) if ctx.concertation else None
        return {"id": c, "name": ctx.name, "concertation": ctx.concertation,
                "concertation_name": conc["name"] if conc else None}

    def by_name(items):
        return sorted(items, key=lambda x: (fold(x["name"] or ""), x["id"]))

    return {
        "territory": {**h.ref(tid), "designation": n["designation"],
                      "level_label": levels.label(n["level"]) if n["level"] in levels else None},
        "ancestors": [h.ref(a) for a in reversed(h.chain(tid)[1:])],
        "holdings": roll.counts(tid),
        "concertations": by_name({"id": c, "name": data.concertations[c]["name"],
                                  "acronym": data.concertations[c]["acronym"]} for c in roll.ids(tid, "concertations")),
        "actors": by_name(org_ref(o) for o in roll.ids(tid, "actors")),
        "committees": by_name(context_ref(c) for c in roll.ids(tid, "committees")),
        "children": [territory_item(catalog, roll, c) for c in h.children.get(tid, [])],
    }
