"""Overlaps: organizations present in several territories or tables, and projects that share partners, themes or
territories (synergy, or possible duplication).

>>> jaccard({"a", "b"}, {"b", "c"})
0.333333
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from graph.analytics.affiliations import ROLE_FR, Affiliation, Affiliations
from graph.analytics.errors import BadParameter
from graph.analytics.period import Period
from graph.analytics.scope import Scope

LEVELS = ("region", "mrc", "concertation")
DIMENSIONS = ("partners", "themes", "territories")
#: A pair of projects this similar, sharing a theme, is flagged as a possible duplication.
DUPLICATION_SCORE = 0.5


def jaccard(a: set, b: set) -> float:
    """Size of the intersection over size of the union (0 when both are empty), rounded to 6 digits."""
    union = a | b
    return round(len(a & b) / len(union), 6) if union else 0.0


def _context_name(data: Affiliations, a: Affiliation) -> str:
    if a.kind == "concertation":
        return data.concertations[a.context]["name"]
    return data.contexts[a.context].name


def _places(data: Affiliations, a: Affiliation, level: str) -> set[str]:
    if level == "concertation":
        return {a.concertation} if a.concertation else set()
    return data.levels(data.context_territories(a.context), level)


def _place_name(data: Affiliations, place: str, level: str) -> str:
    if level == "concertation":
        return data.concertations[place]["name"]
    return data.territories[place]["name"]


def organization_overlaps(data: Affiliations, scope: Scope, level: str = "region", min_places: int = 2) -> list[dict]:
    """Organizations present in at least ``min_places`` regions, MRC or concertations, with where and in which role.

    An organization is present where a committee, project or concertation it takes part in lies (active during the
    scope's period); for regions and MRC, where it is located counts too. The scope's other filters choose which
    organizations are considered (e.g. the partners of one concertation that also sit elsewhere).
    """
    if level not in LEVELS:
        raise BadParameter(f"niveau inconnu « {level} » ; attendu : {', '.join(LEVELS)}")
    candidates = {a.org for a in data.affiliations if scope.keeps(data, a)}
    everywhere = Scope(sector=scope.sector, period=scope.period)
    places: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for a in data.affiliations:
        if a.org in candidates and everywhere.keeps(data, a):
            for place in _places(data, a, level):
                places[a.org][place].append({
                    "role": a.role, "role_fr": ROLE_FR[a.role], "detail": a.role_label, "context_kind": a.kind,
                    "context_id": a.context, "context_name": _context_name(data, a), "since": a.since,
                    "until": a.until})
    if level != "concertation":
        for org in candidates:
            for place in data.levels(data.organizations[org].territories, level):
                places[org][place].append({"role": "located", "role_fr": "établie sur le territoire", "detail": None,
                                           "context_kind": "territory", "context_id": place,
                                           "context_name": _place_name(data, place, level), "since": None,
                                           "until": None})
    out = []
    for org, where in places.items():
        if len(where) < min_places:
            continue
        o = data.organizations[org]
        out.append({
            "id": o.id, "name": o.name, "acronym": o.acronym, "sector": o.sector, "count": len(where),
            "places": [{"id": p, "name": _place_name(data, p, level),
                        "roles": sorted(roles, key=lambda r: (r["context_kind"], r["context_id"], r["role"]))}
                       for p, roles in sorted(where.items(), key=lambda kv: _place_name(data, kv[0], level))],
        })
    return sorted(out, key=lambda o: (-o["count"], o["name"]))


def _project_items(data: Affiliations, scope: Scope, dimensions: tuple[str, ...]) -> dict[str, set[tuple[str, str]]]:
    """Each project in scope → its items, tagged by dimension: partners (organizations in any role), themes and
    its own territories."""
    items: dict[str, set[tuple[str, str]]] = {}
    for ctx in data.contexts.values():
        if ctx.kind != "project":
            continue
        if scope.concertation and ctx.concertation != scope.concertation:
            continue
        if scope.plan and ctx.plan != scope.plan:
            continue
        if not scope.period.overlaps(ctx.start, ctx.end):
            continue
        if scope.theme and scope.theme not in ctx.themes:
            continue
        if scope.territory and not data.within(data.context_territories(ctx.id), scope.territory):
            continue
        own = set()
        if "themes" in dimensions:
            own |= {("themes", t) for t in ctx.themes}
        if "territories" in dimensions:
            own |= {("territories", t) for t in ctx.territories}
        items[ctx.id] = own
    if "partners" in dimensions:
        for a in data.affiliations:
            if a.kind == "project" and a.context in items:
                org = data.organizations[a.org]
                if not scope.sector or org.sector == scope.sector:
                    items[a.context].add(("partners", a.org))
    return items


def _item_name(data: Affiliations, item: tuple[str, str]) -> str:
    kind, ident = item
    if kind == "partners":
        return data.organizations[ident].name
    if kind == "themes":
        return data.themes.get(ident, ident)
    return data.territories.get(ident, {}).get("name", ident)


def _assessment(a, b, shared, score: float) -> str:
    if not Period(a.start, a.end).overlaps(b.start, b.end):
        return "continuity"
    if score >= DUPLICATION_SCORE and any(kind == "themes" for kind, _ in shared):
        return "possible_duplication"
    return "synergy"


def project_overlaps(data: Affiliations, scope: Scope, *, dimensions: tuple[str, ...] = DIMENSIONS,
                     min_score: float = 0.0, limit: int = 100) -> list[dict]:
    """Pairs of projects that share partners, themes or territories, most similar first.

    ``score`` is the Jaccard index of all their items; ``by_dimension`` gives it per dimension. ``assessment``:
    ``continuity`` when their years do not overlap (one plan follows another), ``possible_duplication`` when they
    run at the same time, share a theme and score ≥ 0.5, ``synergy`` otherwise.
    """
    unknown = set(dimensions) - set(DIMENSIONS)
    if unknown or not dimensions:
        raise BadParameter(f"dimension inconnue : {', '.join(sorted(unknown)) or '(aucune)'} ; attendu : "
                           f"{', '.join(DIMENSIONS)}")
    items = _project_items(data, scope, dimensions)
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for project, own in items.items():
        for item in own:
            index[item].add(project)
    pairs = {pair for projects in index.values() for pair in combinations(sorted(projects), 2)}
    out = []
    for p, q in pairs:
        score = jaccard(items[p], items[q])
        if score < min_score:
            continue
        shared = sorted(items[p] & items[q])
        by_dim = {d: jaccard({i for i in items[p] if i[0] == d}, {i for i in items[q] if i[0] == d})
                  for d in dimensions}
        a, b = data.contexts[p], data.contexts[q]
        out.append({
            "projects": [{"id": c.id, "name": c.name, "concertation": c.concertation} for c in (a, b)],
            "score": score,
            "by_dimension": by_dim,
            "shared": [{"kind": kind, "id": ident, "name": _item_name(data, (kind, ident))}
                       for kind, ident in shared],
            "same_concertation": a.concertation == b.concertation,
            "assessment": _assessment(a, b, shared, score),
        })
    out.sort(key=lambda o: (-o["score"], -len(o["shared"]), o["projects"][0]["id"], o["projects"][1]["id"]))
    return out[:limit]
