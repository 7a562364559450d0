"""The options of the pages' filters, read from the graph: concertations, plans, territories that hold something
(with their ancestors, indented by level), themes, sectors and years."""
from __future__ import annotations

from graph.analytics.entities import Catalog
from graph.analytics.search import fold
from graph.analytics.territories import rollup
from graph.schema import load_schema

INDENT = "\u00a0\u00a0"


def _by_name(pairs) -> list[dict]:
    return sorted(({"value": v, "label": label} for v, label in pairs), key=lambda o: (fold(o["label"]), o["value"]))


def concertations(catalog: Catalog) -> list[dict]:
    return _by_name((cid, f"{c['name']} ({c['acronym']})" if c["acronym"] else c["name"])
                    for cid, c in catalog.data.concertations.items())


def plans(catalog: Catalog) -> list[dict]:
    return _by_name((pid, p["name"]) for pid, p in catalog.data.plans.items())


def themes(catalog: Catalog) -> list[dict]:
    return _by_name(catalog.data.themes.items())


def sectors() -> list[dict]:
    return [{"value": t.code, "label": t.label_fr} for t in load_schema().vocabulary("sectors").terms]


def territories(catalog: Catalog) -> list[dict]:
    """Territories holding an actor, a committee or a project, depth-first from the province, indented by level."""
    h, roll = catalog.hierarchy, rollup(catalog)
    held = {t for t, what in roll.holdings.items() if t in h.nodes
            and (what["actors"] or what["committees"] or what["projects"])}
    out: list[dict] = []

    def walk(tid: str, depth: int) -> None:
        n = h.nodes[tid]
        out.append({"value": tid, "label": INDENT * depth + (n["name"] or tid)})
        for child in h.children.get(tid, []):
            if child in held:
                walk(child, depth + 1)

    for root in sorted((t for t in held if not h.nodes[t]["parent"] or h.nodes[t]["parent"] not in held),
                       key=h.sort_key):
        walk(root, 0)
    return out


def years(catalog: Catalog) -> list[int]:
    """Every year some affiliation, project or plan is active in, oldest first."""
    found: set[int] = set()
    for a in catalog.data.affiliations:
        if a.since and a.until and a.until - a.since <= 50:
            found.update(range(a.since, a.until + 1))
        found.update(y for y in (a.since, a.until) if y)
    for p in catalog.data.plans.values():
        found.update(y for y in (p["start"], p["end"]) if y)
    return sorted(found)
