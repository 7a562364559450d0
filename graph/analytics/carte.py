"""The carte: one network of every kind of actor of a scope — organizations, concertations, committees, projects,
funders and territories — with node metrics, for the network explorer (``/carte``, ``/api/carte``).

What is shown, for a :class:`~graph.analytics.scope.Scope`:

- **organizations** and the **committees / projects** they take part in: the scope's affiliations (membership,
  lead, partner, fiduciary), plus the concertations they coordinate or collaborate with; a committee that carries a
  shown project is shown too (committee → project, ``carries``);
- **concertations** of the shown committees and projects (``part_of``) and of the concertation affiliations;
- **funders**: the organizations that fund (``FUNDS``) a funding going to a shown project, in the scope's years and
  sector (funder → project, ``funds``, with the amount and fiscal years). *One node per organization*: a funder
  that is also an actor of the scope stays of kind ``organization`` with ``funder: true``; only pure funders are of
  kind ``funder``;
- **territories** where the shown organizations, committees, projects and concertations lie (``in_territory``);
- **collaborations** between shown organizations (``COLLABORATES_WITH``), as in the partnership network.

``kinds`` only hides node kinds (and their edges): it never changes which entities are in scope. Metrics (degree,
betweenness, k-core number) are computed on the graph shown. Persons never appear.

>>> sorted(DEFAULT_KINDS)
['committee', 'concertation', 'funder', 'organization', 'project']
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from graph.analytics.affiliations import ROLE_FR, Affiliations
from graph.analytics.cache import per_version
from graph.analytics.entities import Catalog, total_amount
from graph.analytics.errors import BadParameter
from graph.analytics.network import collaboration_ties
from graph.analytics.period import fiscal_years
from graph.analytics.scope import Scope

#: Every node kind of the carte, in legend order.
KINDS = ("organization", "concertation", "committee", "project", "funder", "territory")
#: Kinds shown when none are asked for (territories add many nodes: on demand).
DEFAULT_KINDS = ("organization", "concertation", "committee", "project", "funder")
#: Metrics a node can be sized by.
METRICS = ("degree", "betweenness", "core")
#: Above this many nodes, betweenness is estimated from :data:`BETWEENNESS_SAMPLES` sources (fixed seed).
EXACT_BETWEENNESS_MAX = 600
BETWEENNESS_SAMPLES = 100
SEED = 42

#: Edge kinds and their French label.
EDGE_KINDS = {"member": "membre", "leads": "responsable", "partner": "partenaire", "fiduciary": "fiduciaire",
              "coordinates": "coordonne", "collaborates": "collabore", "carries": "porte", "part_of": "fait partie de",
              "funds": "finance", "in_territory": "situé dans", "collaboration": "collaboration"}


def check_kinds(kinds) -> tuple[str, ...]:
    """The asked node kinds, checked (422 for an unknown one), in :data:`KINDS` order; ``None`` = the defaults."""
    if kinds is None:
        return DEFAULT_KINDS
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise BadParameter(f"type de nœud inconnu « {', '.join(unknown)} » ; attendu : {', '.join(KINDS)}")
    return tuple(k for k in KINDS if k in set(kinds))


class _Builder:
    """Accumulates the nodes and edges of the carte (an undirected networkx graph; one edge per pair, its roles
    merged)."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.data: Affiliations = catalog.data
        self.g = nx.Graph()

    def org(self, org_id: str, kind: str = "organization") -> None:
        o = self.data.organizations[org_id]
        if org_id not in self.g:
            self.g.add_node(org_id, kind=kind, name=o.name, acronym=o.acronym, sector=o.sector, funder=False)

    def context(self, ctx_id: str) -> None:
        ctx = self.data.contexts[ctx_id]
        if ctx_id not in self.g:
            self.g.add_node(ctx_id, kind=ctx.kind, name=ctx.name, concertation=ctx.concertation, plan=ctx.plan,
                            start=ctx.start, end=ctx.end)

    def concertation(self, conc_id: str) -> None:
        c = self.data.concertations[conc_id]
        if conc_id not in self.g:
            self.g.add_node(conc_id, kind="concertation", name=c["name"], acronym=c["acronym"])

    def territory(self, tid: str) -> None:
        h = self.catalog.hierarchy
        if tid not in self.g and tid in h.nodes:
            n = h.nodes[tid]
            self.g.add_node(tid, kind="territory", name=n["name"], code=n["code"], level=n["level"])

    def edge(self, a: str, b: str, kind: str, role: str | None = None, **extra) -> None:
        if a == b:
            return
        if self.g.has_edge(a, b):
            d = self.g.edges[a, b]
            if kind not in d["kinds"]:
                d["kinds"].append(kind)
            if role and role not in d["roles"]:
                d["roles"].append(role)
            for key, value in extra.items():
                d[key] = d.get(key, 0) + value if isinstance(value, (int, float)) else value
            return
        self.g.add_edge(a, b, kinds=[kind], roles=[role] if role else [], **extra)


def build(catalog: Catalog, scope: Scope) -> nx.Graph:
    """Every node and edge of the carte in ``scope`` (a resolved scope), all kinds."""
    b = _Builder(catalog)
    data = b.data
    affiliations = scope.select(data, ("committee", "project", "concertation"))
    for a in affiliations:
        b.org(a.org)
        if a.kind == "concertation":
            b.concertation(a.context)
        else:
            b.context(a.context)
        b.edge(a.org, a.context, a.role, a.role_label or ROLE_FR.get(a.role))
    shown_projects = [n for n, d in b.g.nodes(data=True) if d["kind"] == "project"]
    for pid in shown_projects:
        for k in data.contexts[pid].committees:
            if k in data.contexts:
                b.context(k)
                b.edge(k, pid, "carries")
    for cid, d in list(b.g.nodes(data=True)):
        if d["kind"] in ("committee", "project") and d["concertation"] in data.concertations:
            if d["kind"] == "project" and any(k in b.g for k in data.contexts[cid].committees):
                continue  # tied to its concertation through the committee that carries it
            b.concertation(d["concertation"])
            b.edge(cid, d["concertation"], "part_of")
    _add_collaborations(b, scope)
    _add_funders(b, scope, shown_projects)
    _add_territories(b)
    return b.g


def _add_collaborations(b: _Builder, scope: Scope) -> None:
    orgs = {n for n, d in b.g.nodes(data=True) if d["kind"] == "organization"}
    unfiltered = not any(scope.describe().values())
    for (x, y), _ in collaboration_ties(b.data, scope, None if unfiltered else orgs):
        b.org(x)
        b.org(y)
        b.edge(x, y, "collaboration")


def _add_funders(b: _Builder, scope: Scope, projects: list[str]) -> None:
    years = scope.years(b.data)
    for pid in projects:
        for f in b.catalog.by_project.get(pid, []):
            if not years.overlaps(*fiscal_years(f["fiscal_year"])):
                continue
            for funder in f["funders"]:
                o = b.data.organizations.get(funder)
                if o is None or (scope.sector and o.sector != scope.sector):
                    continue
                b.org(funder, kind="funder")
                b.g.nodes[funder]["funder"] = True
                b.edge(funder, pid, "funds", amount=f["amount"] or 0, fundings=1)
                edge = b.g.edges[funder, pid]
                edge["fiscal_years"] = sorted({*edge.get("fiscal_years", []), *([f["fiscal_year"]]
                                                                                 if f["fiscal_year"] else [])})


def _add_territories(b: _Builder) -> None:
    data = b.data
    for node, d in list(b.g.nodes(data=True)):
        if d["kind"] in ("organization", "funder"):
            where = data.organizations[node].territories
        elif d["kind"] == "concertation":
            where = data.concertations[node]["territories"]
        elif d["kind"] in ("committee", "project"):
            where = data.contexts[node].territories
        else:
            continue
        for t in where:
            b.territory(t)
            if t in b.g:
                b.edge(node, t, "in_territory")


def betweenness(g: nx.Graph) -> dict[str, float]:
    """Betweenness centrality: exact up to :data:`EXACT_BETWEENNESS_MAX` nodes, else estimated from
    :data:`BETWEENNESS_SAMPLES` sources (fixed seed, so the same on every run)."""
    if g.number_of_nodes() <= EXACT_BETWEENNESS_MAX:
        return nx.betweenness_centrality(g)
    return nx.betweenness_centrality(g, k=BETWEENNESS_SAMPLES, seed=SEED)


def carte_graph(catalog: Catalog, scope: Scope, kinds: tuple[str, ...]) -> nx.Graph:
    """The carte of ``scope`` restricted to ``kinds``, each node with ``degree``, ``betweenness`` and ``core``."""
    full = build(catalog, scope)
    g = full.subgraph(n for n, d in full.nodes(data=True) if d["kind"] in kinds).copy()
    between = betweenness(g)
    core = nx.core_number(g) if g.number_of_nodes() else {}
    for n, d in g.nodes(data=True):
        d.update(degree=g.degree(n), betweenness=round(between[n], 6), core=core[n])
    return g


def _node(catalog: Catalog, node_id: str, d: dict) -> dict:
    out = {"id": node_id, **d}
    if d.get("funder"):
        out["funding_total"] = total_amount(catalog.funders.get(node_id, []))
    return out


def carte(store, scope: Scope, kinds=None) -> dict:
    """The carte of ``scope`` (ids checked: 404 / 422) with ``kinds`` shown (default :data:`DEFAULT_KINDS`):
    ``nodes`` (kind, name, sector, ``funder`` flag, metrics…), ``edges`` (``kinds`` of tie, French ``roles``,
    amounts of funding), ``counts`` per kind and the ``filters`` applied. Kept per graph version."""
    kinds = check_kinds(kinds)
    catalog = Catalog(store)
    scope = scope.resolved(store, catalog.data)
    key = f"carte:{scope!r}:{','.join(kinds)}"
    return per_version(store, key, lambda: _carte(catalog, scope, kinds))


def _carte(catalog: Catalog, scope: Scope, kinds: tuple[str, ...]) -> dict:
    g = carte_graph(catalog, scope, kinds)
    nodes = [_node(catalog, n, g.nodes[n]) for n in sorted(g.nodes, key=lambda n: (KINDS.index(g.nodes[n]["kind"]),
                                                                                      n))]
    edges = []
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))):
        a, b = sorted((a, b))
        edges.append({"source": a, "target": b, **d})
    by_kind = defaultdict(int)
    for n in nodes:
        by_kind[n["kind"]] += 1
    return {"filters": {**scope.describe(), "kinds": list(kinds)},
            "counts": {"nodes": len(nodes), "edges": len(edges), "kinds": {k: by_kind[k] for k in kinds}},
            "nodes": nodes, "edges": edges}
