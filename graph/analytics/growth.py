"""How a concertation's collaboration grows: the network of each period (action plan or year), its metrics, and what
changes from one period to the next (entrants, exits, ties formed, retained and dissolved).

Organization successions are followed: before two periods are compared, every organization is replaced by the one
it finally became (``SUCCEEDED_BY`` chains, e.g. the CSSS and the Agence merged into the CIUSSS in 2015), so a CSSS in
2009 and the CIUSSS in 2017 are one retained actor. Ties are compared on these canonical pairs; a tie between two
predecessors of the same successor becomes a self-tie and is left out of the comparison.

>>> rate(1, 4), rate(0, 0)
(0.25, None)
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graph.analytics.affiliations import Affiliations
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.network import graph_metrics, projection
from graph.analytics.period import Period
from graph.analytics.representation import blau
from graph.analytics.scope import Scope
from graph.analytics.search import fold

#: How periods are cut: one per action plan, or one per calendar year.
BY = ("plan", "year")
#: Whole-network figures kept per period (from :func:`graph_metrics`).
METRICS = ("density", "degree_centralization", "mean_degree", "clustering", "largest_component_share")


def rate(part: int, whole: int) -> float | None:
    """``part / whole`` rounded, ``None`` when ``whole`` is 0 (nothing to retain)."""
    return round(part / whole, 6) if whole else None


@dataclass(frozen=True)
class Slice:
    """One period of the series and the scope of its network."""

    key: str
    label: str
    start: int | None
    end: int | None
    scope: Scope


def periods(data: Affiliations, concertation: str, by: str) -> list[Slice]:
    """The periods of a concertation, in chronological order: its action plans (``plan``) or every year from its first
    to its last year of activity (``year``)."""
    if by not in BY:
        raise BadParameter(f"découpage inconnu « {by} » ; attendu : {', '.join(BY)}")
    if concertation not in data.concertations:
        raise NotFound("concertation", concertation)
    plans = sorted(((p["start"] or 0, p["end"] or 0, pid) for pid, p in data.plans.items()
                    if p["concertation"] == concertation))
    if by == "plan":
        return [Slice(pid, data.plans[pid]["name"], data.plans[pid]["start"], data.plans[pid]["end"],
                      Scope(concertation=concertation, plan=pid)) for _, _, pid in plans]
    years = {y for a in data.affiliations if a.concertation == concertation and a.kind != "concertation"
             for y in (a.since, a.until) if y is not None}
    years |= {y for start, end, _ in plans for y in (start, end) if y}
    if not years:
        return []
    return [Slice(str(y), str(y), y, y, Scope(concertation=concertation, period=Period(y, y)))
            for y in range(min(years), max(years) + 1)]


def undated(data: Affiliations, concertation: str) -> int:
    """How many of the concertation's committee and project affiliations carry no year at all (active every year)."""
    return sum(1 for a in data.affiliations if a.concertation == concertation and a.kind != "concertation"
               and a.since is None and a.until is None)


def canonical(data: Affiliations) -> dict[str, str]:
    """Every organization → the organization it finally became (itself when it has no successor)."""
    return {org: data.successor(org) for org in data.organizations}


def lineage(data: Affiliations, org: str) -> list[str]:
    """An organization, the organizations it became (successors) and those that became it (predecessors)."""
    nxt = {s["predecessor"]: s["successor"] for s in data.successions}

    def chain(o: str) -> list[str]:
        out = [o]
        while o in nxt and nxt[o] not in out:
            o = nxt[o]
            out.append(o)
        return out

    return sorted({*chain(org), *(o for o in data.organizations if org in chain(o))})


@dataclass
class Snapshot:
    """A period's network seen through successions: canonical actors (→ the ids they appear under) and ties."""

    graph: nx.Graph
    actors: dict[str, set[str]]
    ties: set[tuple[str, str]]
    merged_ties: int


def snapshot(data: Affiliations, piece: Slice, canon: dict[str, str]) -> Snapshot:
    """The period's network (:func:`projection` of its scope) and its canonical actors and ties."""
    g = projection(data, piece.scope)
    actors: dict[str, set[str]] = {}
    for n in g.nodes:
        actors.setdefault(canon.get(n, n), set()).add(n)
    ties, merged = set(), 0
    for a, b in g.edges:
        x, y = canon.get(a, a), canon.get(b, b)
        if x == y:
            merged += 1
        else:
            ties.add((min(x, y), max(x, y)))
    return Snapshot(g, actors, ties, merged)


def org_ref(data: Affiliations, org: str) -> dict:
    o = data.organizations[org]
    return {"id": o.id, "name": o.name, "acronym": o.acronym, "sector": o.sector}


def period_ref(piece: Slice) -> dict:
    return {"key": piece.key, "label": piece.label, "start": piece.start, "end": piece.end}


def period_figures(piece: Slice, snap: Snapshot) -> dict:
    """A period's network figures: size, density, centralization, clustering, main component, sector diversity."""
    m = graph_metrics(snap.graph)
    counts = Counter(snap.graph.nodes[n].get("sector") for n in snap.graph.nodes)
    counts.pop(None, None)
    diversity = blau(counts)
    return {**period_ref(piece), "actors": m["nodes"], "ties": m["edges"], **{k: m[k] for k in METRICS},
            "sector_diversity": round(diversity, 6) if diversity is not None else None, "sectors": len(counts),
            "sector_counts": dict(sorted(counts.items())),
            "canonical_actors": len(snap.actors), "canonical_ties": len(snap.ties), "merged_ties": snap.merged_ties}


def _actors(data: Affiliations, ids: Iterable[str], *snaps: Snapshot) -> list[dict]:
    """Canonical actors with the ids they appear under in the given periods, by name."""
    out = [{**org_ref(data, c), "present_as": sorted({x for s in snaps for x in s.actors.get(c, ())})} for c in ids]
    return sorted(out, key=lambda r: (fold(r["name"]), r["id"]))


def _ties(pairs: set[tuple[str, str]]) -> dict:
    return {"count": len(pairs), "pairs": [{"source": a, "target": b} for a, b in sorted(pairs)]}


def transition(data: Affiliations, before: tuple[Slice, Snapshot], after: tuple[Slice, Snapshot],
               canon: dict[str, str]) -> dict:
    """What changed between two consecutive periods, successions followed."""
    (p0, s0), (p1, s1) = before, after
    old, new = set(s0.actors), set(s1.actors)
    kept = old & new
    raw = sorted({x for s in (s0, s1) for ids in s.actors.values() for x in ids if canon.get(x, x) != x})
    years = {s["predecessor"]: s["year"] for s in data.successions}
    return {
        "previous": period_ref(p0), "current": period_ref(p1),
        "previous_actors": len(old), "current_actors": len(new),
        "entrants": _actors(data, new - old, s1), "exits": _actors(data, old - new, s0),
        "retained": _actors(data, kept, s0, s1),
        "ties_formed": _ties(s1.ties - s0.ties), "ties_retained": _ties(s0.ties & s1.ties),
        "ties_dissolved": _ties(s0.ties - s1.ties),
        "actor_retention_rate": rate(len(kept), len(old)),
        "tie_retention_rate": rate(len(s0.ties & s1.ties), len(s0.ties)),
        "successions_followed": [{"predecessor": org_ref(data, x), "successor": org_ref(data, canon[x]),
                                  "year": years.get(x)} for x in raw],
    }


def concertation_ref(data: Affiliations, concertation: str) -> dict:
    c = data.concertations[concertation]
    return {"id": concertation, "name": c["name"], "acronym": c["acronym"]}


def notes(data: Affiliations, concertation: str, by: str) -> list[str]:
    """What the reader should know to interpret the series (in French)."""
    out = ["Les successions d'organisations sont suivies : une organisation fusionnée ou renommée compte comme son "
           "successeur (ex. CSSS → CIUSSS) pour comparer deux périodes ; un lien entre deux prédécesseurs du même "
           "successeur est écarté de la comparaison (liens fusionnés)."]
    if by == "year":
        n = undated(data, concertation)
        if n:
            out.append(f"{n} participation(s) sans année sont comptées comme actives chaque année.")
    return out


def growth(data: Affiliations, concertation: str, by: str = "plan") -> dict:
    """The concertation's network period by period, and the changes between consecutive periods."""
    pieces = periods(data, concertation, by)
    canon = canonical(data)
    snaps = [(p, snapshot(data, p, canon)) for p in pieces]
    empty = [p.label for p, s in snaps if not s.actors]
    extra = [f"Période(s) sans aucune participation connue : {', '.join(empty)} — absence de données, pas "
             "forcément absence de collaboration."] if empty else []
    return {
        "concertation": concertation_ref(data, concertation), "by": by,
        "periods": [period_figures(p, s) for p, s in snaps],
        "transitions": [transition(data, a, b, canon) for a, b in zip(snaps, snaps[1:])],
        "notes": notes(data, concertation, by) + extra,
    }


def contracted(g: nx.Graph, members: set[str], org: str) -> nx.Graph:
    """``g`` with the ``members`` (an organization's lineage) merged into one node ``org``; a merged tie's weight is
    the number of distinct contexts it stands for."""
    h = nx.Graph()
    h.add_nodes_from(org if n in members else n for n in g.nodes)
    contexts: dict[tuple[str, str], set[str]] = {}
    for a, b, d in g.edges(data=True):
        x, y = (org if a in members else a), (org if b in members else b)
        if x != y:
            contexts.setdefault((min(x, y), max(x, y)), set()).update(c["id"] for c in d["contexts"])
    h.add_edges_from((x, y, {"weight": len(c)}) for (x, y), c in contexts.items())
    return h


def _contexts(data: Affiliations, piece: Slice, members: set[str], kind: str) -> list[dict]:
    """The committees or projects where the organization (under any id of its lineage) takes part, with roles."""
    found: dict[str, dict] = {}
    for a in piece.scope.select(data, (kind,)):
        if a.org in members:
            row = found.setdefault(a.context, {"id": a.context, "name": data.contexts[a.context].name,
                                               "roles": set(), "as": set()})
            row["roles"].add(a.role)
            row["as"].add(a.org)
    return [{**r, "roles": sorted(r["roles"]), "as": sorted(r["as"])}
            for r in sorted(found.values(), key=lambda r: (fold(r["name"]), r["id"]))]


def organization_growth(data: Affiliations, org: str, concertation: str, by: str = "plan") -> dict:
    """One organization's trajectory in a concertation: per period whether it is present (under its own id or a
    predecessor's / successor's), its degree, weighted degree, betweenness, committees and projects; entry and exit."""
    if org not in data.organizations:
        raise NotFound("organisation", org)
    pieces = periods(data, concertation, by)
    members = set(lineage(data, org))
    canon = canonical(data)
    rows = []
    for piece in pieces:
        g = projection(data, piece.scope)
        present = sorted(members & set(g.nodes))
        row = {**period_ref(piece), "present": bool(present), "present_as": present, "degree": 0,
               "weighted_degree": 0, "betweenness": 0.0, "partners": 0}
        if present:
            h = contracted(g, members, org)
            row.update(degree=h.degree(org), weighted_degree=h.degree(org, weight="weight"),
                       betweenness=round(nx.betweenness_centrality(h)[org], 6),
                       partners=len({canon.get(n, n) for n in h.neighbors(org)} - {canon.get(org, org)}))
        row["committees"] = _contexts(data, piece, members, "committee")
        row["projects"] = _contexts(data, piece, members, "project")
        rows.append(row)
    seen = [i for i, r in enumerate(rows) if r["present"]]
    last = seen[-1] if seen else None
    return {
        "organization": org_ref(data, org), "concertation": concertation_ref(data, concertation), "by": by,
        "lineage": [org_ref(data, o) for o in sorted(members - {org})],
        "periods": rows,
        "entry": rows[seen[0]]["key"] if seen else None,
        "last_seen": rows[last]["key"] if seen else None,
        "exit": rows[last + 1]["key"] if seen and last + 1 < len(rows) else None,
        "notes": notes(data, concertation, by),
    }
