"""The partnership network: organizations tied by the contexts they share, and its metrics.

Two organizations are tied when they sit on the same committee, work on the same project (``fiduciary`` when one of
them is the project's fiduciary) or collaborate directly. A tie's weight is the number of shared contexts
(multiplexity); its ``kinds`` say which kinds of contexts they are.

>>> g = nx.Graph()
>>> g.add_edges_from([("a", "b"), ("a", "c"), ("a", "d")])
>>> degree_centralization(g)
1.0
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from graph.analytics.affiliations import Affiliation, Affiliations
from graph.analytics.scope import Scope

#: Seed of the community detection (Louvain), so communities are the same on every run.
SEED = 42


def context_ties(data: Affiliations, affiliations: list[Affiliation]) -> dict[tuple[str, str], dict[str, dict]]:
    """Pairs of organizations (sorted ids) → the contexts they share, keyed by context id."""
    members: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for a in affiliations:
        members[a.context][a.org].add(a.role)
    ties: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for context_id, roles in members.items():
        ctx = data.contexts[context_id]
        for x, y in combinations(sorted(roles), 2):
            kind = ctx.kind
            if ctx.kind == "project" and "fiduciary" in roles[x] | roles[y]:
                kind = "fiduciary"
            ties[(x, y)][context_id] = {"kind": kind, "id": context_id, "name": ctx.name,
                                        "roles": {x: sorted(roles[x]), y: sorted(roles[y])}}
    return ties


def collaboration_ties(data: Affiliations, scope: Scope, orgs: set[str] | None = None):
    """Direct collaborations in scope (the scope's years and sector), as extra tie contexts."""
    years = scope.years(data)
    for c in data.collaborations:
        if not years.overlaps(c.since, c.until):
            continue
        ends = [data.organizations.get(c.source_org), data.organizations.get(c.target_org)]
        if any(e is None for e in ends) or (scope.sector and any(e.sector != scope.sector for e in ends)):
            continue
        if orgs is not None and not {c.source_org, c.target_org} <= orgs:
            continue
        if c.source_org == c.target_org:
            continue
        x, y = sorted((c.source_org, c.target_org))
        yield (x, y), {"kind": "collaboration", "id": f"collab:{x}|{y}|{c.kind}", "name": c.description or c.kind,
                       "roles": {}}


def projection(data: Affiliations, scope: Scope) -> nx.Graph:
    """The organization-to-organization network in ``scope``: nodes carry name, acronym and sector; edges carry
    ``weight`` (number of shared contexts), ``kinds`` and ``contexts``."""
    affiliations = scope.select(data)
    g = nx.Graph()
    for a in affiliations:
        o = data.organizations[a.org]
        g.add_node(o.id, name=o.name, acronym=o.acronym, sector=o.sector)
    ties = context_ties(data, affiliations)
    # Collaborations add ties; when the scope is filtered they do not bring organizations in by themselves.
    unfiltered = not any(scope.describe().values())
    for pair, context in collaboration_ties(data, scope, None if unfiltered else set(g.nodes)):
        for org in pair:
            o = data.organizations[org]
            g.add_node(o.id, name=o.name, acronym=o.acronym, sector=o.sector)
        ties[pair][context["id"]] = context
    for (x, y), contexts in sorted(ties.items()):
        ordered = sorted(contexts.values(), key=lambda c: (c["kind"], c["id"]))
        g.add_edge(x, y, weight=len(ordered), kinds=sorted({c["kind"] for c in ordered}), contexts=ordered)
    return g


def degree_centralization(g: nx.Graph) -> float:
    """Freeman's degree centralization: 1 for a star, 0 when every node has the same degree."""
    n = g.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [d for _, d in g.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


def communities(g: nx.Graph) -> dict[str, int]:
    """Community of each node (Louvain on tie weights, fixed seed), numbered by decreasing size from 1."""
    if g.number_of_edges() == 0:
        groups = [{n} for n in g.nodes]
    else:
        groups = nx.community.louvain_communities(g, weight="weight", seed=SEED)
    ordered = sorted(groups, key=lambda c: (-len(c), min(c)))
    return {n: i for i, group in enumerate(ordered, start=1) for n in group}


def node_metrics(g: nx.Graph) -> dict[str, dict]:
    """Per organization: degree, weighted degree, betweenness, closeness, community and k-core number."""
    betweenness = nx.betweenness_centrality(g)
    closeness = nx.closeness_centrality(g)
    core = nx.core_number(g) if g.number_of_nodes() else {}
    community = communities(g)
    return {
        n: {
            "degree": g.degree(n),
            "weighted_degree": g.degree(n, weight="weight"),
            "betweenness": round(betweenness[n], 6),
            "closeness": round(closeness[n], 6),
            "community": community[n],
            "core": core[n],
        }
        for n in sorted(g.nodes)
    }


def graph_metrics(g: nx.Graph) -> dict:
    """Whole-network figures: size, density, centralization, components, isolates, clustering, main component."""
    n = g.number_of_nodes()
    components = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    core = nx.core_number(g) if n else {}
    top_core = max(core.values(), default=0)
    return {
        "nodes": n,
        "edges": g.number_of_edges(),
        "density": round(nx.density(g), 6) if n > 1 else 0.0,
        "degree_centralization": round(degree_centralization(g), 6),
        "mean_degree": round(2 * g.number_of_edges() / n, 6) if n else 0.0,
        "clustering": round(nx.average_clustering(g), 6) if n else 0.0,
        "components": len(components),
        "largest_component_share": round(len(components[0]) / n, 6) if n else 0.0,
        "isolates": sorted(nx.isolates(g)),
        "core_max": top_core,
        "core": sorted(k for k, v in core.items() if v == top_core) if n else [],
    }


def network(data: Affiliations, scope: Scope) -> dict:
    """The filtered network with node metrics, edges (weights and contexts) and whole-network metrics."""
    g = projection(data, scope)
    metrics = node_metrics(g)
    nodes = [{"id": n, **g.nodes[n], **metrics[n]} for n in sorted(g.nodes)]
    edges = [{"source": a, "target": b, **d} for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1]))]
    return {"filters": scope.describe(), "metrics": graph_metrics(g), "nodes": nodes, "edges": edges}


def partners(data: Affiliations, scope: Scope, org: str) -> list[dict]:
    """The partners of one organization in ``scope``, strongest tie first: tie strength (number of shared contexts),
    their kinds and the contexts themselves."""
    g = projection(data, scope)
    if org not in g:
        return []
    out = []
    for other in g.neighbors(org):
        d = g.edges[org, other]
        o = data.organizations[other]
        out.append({"id": other, "name": o.name, "acronym": o.acronym, "sector": o.sector, "strength": d["weight"],
                    "kinds": d["kinds"], "contexts": d["contexts"]})
    return sorted(out, key=lambda p: (-p["strength"], p["name"]))
