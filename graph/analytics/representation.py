"""Sector representation: who sits at a committee or a concertation, by sector and sphère; the sectors of the
reference vocabulary that are missing; diversity (Blau, normalized Shannon, richness); the E-I index of ties
between members; attendance at meetings; and the representation audit of a concertation's committees.

Definitions (also returned in each response's ``definition``):

- **Members of a committee**: organizations with ``MEMBER_OF`` active during the period. A person member counts for
  the organization they represent (never named, Loi 25); persons sitting without an organization are only counted
  (``individual_members``). A role « impliqué sans être présent » is an involvement without a seat: those
  organizations are listed in ``associated``, not counted as members.
- **Members of a concertation**: the union of its committees' members. Organizations tied to the concertation only
  by ``COORDINATES`` or ``COLLABORATES_WITH`` are listed apart in ``partners_outside_committees``.
- The projects' generic partner mentions (``partner_sectors``) are extra information, never members.

>>> counts = {"municipal": 3, "communautaire": 4, "concertation": 1, "sante_services_sociaux": 1}
>>> round(blau(counts), 6), round(shannon_evenness(counts, 14), 6)
(0.666667, 0.46035)
>>> ei_index(27, 9)
0.5
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from graph.analytics.affiliations import Affiliations, read_affiliations
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.network import projection
from graph.analytics.period import Period
from graph.analytics.scope import Scope
from graph.analytics.search import fold
from graph.cypher import statement
from graph.schema import load_schema
from graph.store import GraphStore

INDIVIDUAL_MEMBERS = statement(
    "representation_individual_members",
    "MATCH (p:Person)-[m:MEMBER_OF]->(k:Committee)\n"
    "WHERE k.id IN $committees\n"
    "OPTIONAL MATCH (p)-[:REPRESENTS]->(o:Organization)\n"
    "WITH p, m, k, count(o) AS organizations\n"
    "WHERE organizations = 0\n"
    "RETURN p.id AS person, k.id AS committee, m.role AS role, p.title AS title, m.since AS since,\n"
    "       m.until AS until",
)
PROJECT_MENTIONS = statement(
    "representation_project_mentions",
    "MATCH (p:Project)\nWHERE p.id IN $projects\n"
    "RETURN p.id AS id, p.name AS name, p.partner_sectors AS sectors, p.partner_mentions AS mentions\n"
    "ORDER BY id",
)
MEETINGS = statement(
    "representation_meetings",
    "MATCH (m:Meeting)-[:OF]->(k:Committee)\n"
    "WHERE k.id IN $committees\n"
    "OPTIONAL MATCH (o:Organization)-[:ATTENDED]->(m)\n"
    "WITH m, k, collect(DISTINCT o.id) AS organizations\n"
    "OPTIONAL MATCH (p:Person)-[:ATTENDED]->(m)\n"
    "OPTIONAL MATCH (p)-[:REPRESENTS]->(po:Organization)\n"
    "RETURN k.id AS committee, m.id AS id, m.name AS name, m.date AS date,\n"
    "       m.participants_count AS participants_count, organizations,\n"
    "       collect(DISTINCT po.id) AS person_organizations,\n"
    "       collect(DISTINCT CASE WHEN po IS NULL THEN p.id END) AS unaffiliated\n"
    "ORDER BY date, id",
)
COMMITTEE_IDS = statement(
    "representation_committee_ids",
    "MATCH (k:Committee)-[:PART_OF]->(:Concertation {id: $concertation}) RETURN k.id AS id ORDER BY id",
)

#: Roles (folded prefixes) that mark an involvement without a seat at the table.
NOT_SEATED = ("implique sans etre present",)
#: The sector of persons sitting as citizens (sectors.csv « Citoyennes et citoyens participant à titre personnel »).
CITIZEN_SECTOR = "citoyens"
#: Default attendance threshold (share of members present).
THRESHOLD = 0.5

MEMBERS_DEFINITION = (
    "Membres = organisations liées au comité par MEMBER_OF actives pendant la période ; une personne membre compte "
    "pour l'organisation qu'elle représente (sans être nommée) ; les personnes sans organisation sont seulement "
    "comptées (celles qui siègent comme citoyen·ne sont signalées sur le secteur « citoyens », sans entrer dans "
    "les indices) ; le rôle « impliqué sans être présent » n'est pas un siège (liste « associated »)."
)
CONCERTATION_DEFINITION = (
    "Membres d'une concertation = réunion des membres de ses comités. Les organisations liées à la concertation "
    "seulement par COORDINATES ou COLLABORATES_WITH sont listées à part (partners_outside_committees)."
)
DIVERSITY_DEFINITION = (
    "Blau (Gini-Simpson) = 1 − Σ p² sur les parts des secteurs parmi les membres ; Shannon normalisé = H / ln K, "
    "K = nombre de secteurs du vocabulaire de référence ; richesse = secteurs présents / K. "
    "Mesures nulles (null) sans membre."
)
EI_DEFINITION = (
    "Indice E-I (Krackhardt et Stern) = (E − I) / (E + I) sur les liens entre membres dans le réseau de "
    "partenariat (comités, projets, fiducie, collaborations partagés dans la concertation et la période) ; "
    "E = liens entre secteurs différents, I = liens dans le même secteur ; −1 = entre-soi, +1 = tout intersectoriel. "
    "Siéger ensemble à un comité crée déjà un lien : pour un seul comité, tous ses membres sont liés deux à deux."
)


def blau(counts: dict[str, int]) -> float | None:
    """Blau's (Gini-Simpson) index: the chance two members drawn at random are of different sectors.

    >>> blau({"a": 2, "b": 2}), blau({"a": 5}), blau({})
    (0.5, 0.0, None)
    """
    n = sum(counts.values())
    if not n:
        return None
    return 1 - sum((c / n) ** 2 for c in counts.values())


def shannon(counts: dict[str, int]) -> float | None:
    """Shannon's entropy H = −Σ p ln p (natural log).

    >>> round(shannon({"a": 1, "b": 1}), 6)
    0.693147
    """
    n = sum(counts.values())
    if not n:
        return None
    return sum(-(c / n) * math.log(c / n) for c in counts.values() if c)


def shannon_evenness(counts: dict[str, int], k: int) -> float | None:
    """Shannon's entropy normalized by ``ln k`` (``k`` = size of the reference vocabulary): 1 when members spread
    evenly over all ``k`` sectors.

    >>> shannon_evenness({"a": 1, "b": 1}, 2), shannon_evenness({"a": 3}, 14)
    (1.0, 0.0)
    """
    h = shannon(counts)
    if h is None or k < 2:
        return None
    return h / math.log(k)


def ei_index(external: int, internal: int) -> float | None:
    """Krackhardt and Stern's E-I index: (E − I) / (E + I); ``None`` without ties.

    >>> ei_index(1, 3), ei_index(0, 0)
    (-0.5, None)
    """
    total = external + internal
    return (external - internal) / total if total else None


def seated(role_label: str | None) -> bool:
    """Whether a membership role is a seat (« impliqué sans être présent » is not).

    >>> seated("membre"), seated("Impliqué sans être présent"), seated(None)
    (True, False, True)
    """
    return not any(fold(role_label or "").startswith(r) for r in NOT_SEATED)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


@dataclass
class Members:
    """The organizations seated on a set of committees during a period (with their roles and committees), those
    only involved, and the persons sitting without an organization (counted, never named)."""

    seats: dict[str, dict] = field(default_factory=dict)  # org -> {roles: set, committees: set}
    associated: dict[str, dict] = field(default_factory=dict)
    individuals: dict[str, bool] = field(default_factory=dict)  # person id (internal) -> sits as a citizen


def read_members(store: GraphStore, data: Affiliations, committees: list[str], period: Period) -> Members:
    """Members of ``committees`` active during ``period``."""
    out = Members()
    for a in _memberships(data, committees, period):
        target = out.seats if seated(a.role_label) else out.associated
        entry = target.setdefault(a.org, {"roles": set(), "committees": set()})
        entry["roles"].add(a.role_label or "membre")
        entry["committees"].add(a.context)
    for org in out.seats:
        out.associated.pop(org, None)
    for r in store.read(INDIVIDUAL_MEMBERS, {"committees": sorted(committees)}):
        since, until = (int(v) if v is not None else None for v in (r["since"], r["until"]))
        if period.overlaps(since, until) and seated(r["role"]):
            citizen = "citoyen" in fold(f"{r['title'] or ''} {r['role'] or ''}")
            out.individuals[r["person"]] = out.individuals.get(r["person"], False) or citizen
    return out


def _org_ref(data: Affiliations, org: str) -> dict:
    o = data.organizations[org]
    return {"id": o.id, "name": o.name, "acronym": o.acronym, "sector": o.sector}


def sector_counts(data: Affiliations, orgs) -> dict[str, list[str]]:
    """Sector code → member organization ids (sorted by name)."""
    by_sector: dict[str, list[str]] = defaultdict(list)
    for org in orgs:
        by_sector[data.organizations[org].sector or "inconnu"].append(org)
    return {s: sorted(ids, key=lambda i: (fold(data.organizations[i].name), i)) for s, ids in by_sector.items()}


def _sector_term(code: str) -> dict:
    sectors = load_schema().vocabulary("sectors")
    spheres = load_schema().vocabulary("spheres")
    if code not in sectors:
        return {"code": code, "label": code, "sphere": None, "sphere_label": None}
    sphere = sectors.term(code).extra.get("sphere") or None
    return {"code": code, "label": sectors.label(code), "sphere": sphere,
            "sphere_label": spheres.label(sphere) if sphere in spheres else sphere}


def diversity(counts: dict[str, int]) -> dict:
    """Blau, Shannon (raw and normalized by the vocabulary size K), sectors present and richness."""
    k = len(load_schema().vocabulary("sectors").codes)
    present = sum(1 for c in counts.values() if c)
    return {"blau": _round(blau(counts)), "shannon": _round(shannon(counts)),
            "shannon_normalized": _round(shannon_evenness(counts, k)), "vocabulary_size": k,
            "sectors_present": present, "richness": _round(present / k) if k else None,
            "definition": DIVERSITY_DEFINITION}


def breakdown(data: Affiliations, orgs) -> dict:
    """Sectors present (count, share, organizations), sectors missing, sphères and diversity of ``orgs``."""
    sectors = load_schema().vocabulary("sectors")
    spheres = load_schema().vocabulary("spheres")
    by_sector = sector_counts(data, orgs)
    n = sum(len(v) for v in by_sector.values())
    present = sorted(
        ({**_sector_term(code), "count": len(ids), "share": _round(len(ids) / n),
          "organizations": [_org_ref(data, i) for i in ids]} for code, ids in by_sector.items()),
        key=lambda s: (-s["count"], s["code"]))
    missing = [_sector_term(code) for code in sectors.codes if code not in by_sector]
    by_sphere = []
    for sphere in spheres.codes:
        codes = [c for c in sectors.codes if sectors.term(c).extra.get("sphere") == sphere]
        count = sum(len(by_sector.get(c, ())) for c in codes)
        by_sphere.append({"code": sphere, "label": spheres.label(sphere), "count": count,
                          "share": _round(count / n) if n else None,
                          "sectors_present": sum(1 for c in codes if c in by_sector), "sectors_total": len(codes)})
    counts = {code: len(ids) for code, ids in by_sector.items()}
    return {"members_count": n, "sectors": present, "missing_sectors": missing, "spheres": by_sphere,
            "diversity": diversity(counts)}


def ties(data: Affiliations, orgs, scope: Scope) -> dict:
    """E-I index of the partnership ties between ``orgs`` in ``scope``."""
    g = projection(data, scope).subgraph(orgs)
    external = internal = 0
    for x, y in g.edges:
        if data.organizations[x].sector == data.organizations[y].sector:
            internal += 1
        else:
            external += 1
    return {"external": external, "internal": internal, "total": external + internal,
            "ei_index": _round(ei_index(external, internal)), "definition": EI_DEFINITION}


def mentioned_sectors(store: GraphStore, data: Affiliations, projects: list[str], period: Period) -> list[dict]:
    """Sectors the projects name as generic partners (``partner_sectors``): information only, never members."""
    active = [p for p in projects if period.overlaps(data.contexts[p].start, data.contexts[p].end)]
    by_sector: dict[str, list[dict]] = defaultdict(list)
    for r in store.read(PROJECT_MENTIONS, {"projects": sorted(active)}):
        for code in r["sectors"] or []:
            by_sector[code].append({"id": r["id"], "name": r["name"], "mentions": list(r["mentions"] or [])})
    return [{**_sector_term(code), "projects": by_sector[code]} for code in sorted(by_sector)]


def read_attendance(store: GraphStore, data: Affiliations, committees: list[str], period: Period,
                    threshold: float) -> dict:
    """Per meeting of ``committees`` in ``period``: attendees, members active that year, rate and whether it reaches
    ``threshold``. Attendees are the organizations that attended (directly or through a person who represents them)
    plus persons without an organization; without ``ATTENDED`` the meeting's ``participants_count`` is used."""
    check_threshold(threshold)
    meetings = []
    for r in store.read(MEETINGS, {"committees": sorted(committees)}):
        year = int(str(r["date"])[:4])
        if not period.overlaps(year, year):
            continue
        members = read_members_of(data, r["committee"], Period(year, year))
        attended = set(r["organizations"]) | set(r["person_organizations"])
        unaffiliated = len(r["unaffiliated"])
        row = {"id": r["id"], "name": r["name"], "date": str(r["date"]), "committee": r["committee"],
               "committee_name": data.contexts[r["committee"]].name, "members": len(members), "attendees": None,
               "attending_members": None, "basis": None, "rate": None, "reaches_threshold": None}
        if attended or unaffiliated:
            row.update(basis="attended", attendees=len(attended) + unaffiliated,
                       attending_members=len(attended & members))
            present = row["attending_members"]
        elif r["participants_count"] is not None:
            row.update(basis="participants_count", attendees=int(r["participants_count"]))
            present = row["attendees"]
        else:
            present = None
        if present is not None and members:
            row["rate"] = _round(present / len(members))
            row["reaches_threshold"] = row["rate"] >= threshold
        meetings.append(row)
    with_data = [m for m in meetings if m["basis"]]
    note = None
    if not meetings:
        note = "Aucune rencontre enregistrée pour cette période."
    elif not with_data:
        note = (f"{len(meetings)} rencontre(s) enregistrée(s), mais aucune donnée de présence (ni ATTENDED ni "
                "nombre de participants) : le taux ne peut pas être calculé.")
    return {"threshold": threshold, "has_data": bool(with_data), "note": note, "meetings": meetings,
            "meetings_with_data": len(with_data),
            "meetings_reaching_threshold": sum(1 for m in meetings if m["reaches_threshold"])}


def _memberships(data: Affiliations, committees, period: Period):
    """The committee affiliations of ``committees`` active during ``period``."""
    wanted = set(committees)
    return (a for a in data.affiliations
            if a.kind == "committee" and a.context in wanted and period.overlaps(a.since, a.until))


def read_members_of(data: Affiliations, committee: str, period: Period) -> set[str]:
    """The organizations seated on one committee during ``period`` (from the affiliations alone)."""
    return {a.org for a in _memberships(data, [committee], period) if seated(a.role_label)}


def committee_ids(store: GraphStore, concertation: str) -> list[str]:
    """The ids of a concertation's committees."""
    return [r["id"] for r in store.read(COMMITTEE_IDS, {"concertation": concertation})]


def check_threshold(threshold: float) -> None:
    """An attendance threshold is a share: 0 < t ≤ 1."""
    if not 0 < threshold <= 1:
        raise BadParameter(f"seuil de présence « {threshold} » : attendu un nombre entre 0 (exclu) et 1")


def _committees_of(data: Affiliations, concertation: str) -> list[str]:
    return sorted(k for k, c in data.contexts.items() if c.kind == "committee" and c.concertation == concertation)


def _representation(store: GraphStore, data: Affiliations, committees: list[str], projects: list[str],
                    concertation: str | None, period: Period, threshold: float) -> dict:
    members = read_members(store, data, committees, period)
    orgs = sorted(members.seats, key=lambda i: (fold(data.organizations[i].name), i))
    result = breakdown(data, orgs)
    mentioned = mentioned_sectors(store, data, projects, period)
    mentioned_codes = {m["code"] for m in mentioned}
    citizens = sum(1 for c in members.individuals.values() if c)
    for m in result["missing_sectors"]:
        m["mentioned_in_projects"] = m["code"] in mentioned_codes
        m["individual_members"] = citizens if m["code"] == CITIZEN_SECTOR else 0
    result["members"] = [{**_org_ref(data, o), "roles": sorted(members.seats[o]["roles"]),
                          "committees": sorted(members.seats[o]["committees"])} for o in orgs]
    result["associated"] = [{**_org_ref(data, o), "roles": sorted(v["roles"]), "committees": sorted(v["committees"])}
                            for o, v in sorted(members.associated.items())]
    result["individual_members"] = {"count": len(members.individuals), "citizens": citizens}
    result["mentioned_partner_sectors"] = mentioned
    result["ties"] = ties(data, orgs, Scope(concertation=concertation, period=period))
    result["attendance"] = read_attendance(store, data, committees, period, threshold)
    return result


def committee_representation(store: GraphStore, committee: str, period: Period = Period(),
                             threshold: float = THRESHOLD) -> dict:
    """The representation of one committee (404 if unknown)."""
    check_threshold(threshold)
    data = read_affiliations(store)
    ctx = data.contexts.get(committee)
    if ctx is None or ctx.kind != "committee":
        raise NotFound("comité", committee)
    projects = sorted(p for p, c in data.contexts.items() if c.kind == "project" and committee in c.committees)
    conc = ctx.concertation
    result = _representation(store, data, [committee], projects, conc, period, threshold)
    return {"subject": {"kind": "committee", "id": ctx.id, "name": ctx.name,
                        "concertation": _conc_ref(data, conc)},
            "period": None if period.is_all else period.label, "definition": MEMBERS_DEFINITION,
            "partners_outside_committees": [], **result}


def _conc_ref(data: Affiliations, conc: str | None) -> dict | None:
    if conc is None:
        return None
    c = data.concertations[conc]
    return {"id": conc, "name": c["name"], "acronym": c["acronym"]}


def concertation_representation(store: GraphStore, concertation: str, period: Period = Period(),
                                threshold: float = THRESHOLD) -> dict:
    """The representation of a concertation: the union of its committees' members (404 if unknown)."""
    check_threshold(threshold)
    data = read_affiliations(store)
    if concertation not in data.concertations:
        raise NotFound("concertation", concertation)
    committees = _committees_of(data, concertation)
    projects = sorted(p for p, c in data.contexts.items() if c.kind == "project" and c.concertation == concertation)
    result = _representation(store, data, committees, projects, concertation, period, threshold)
    seated_orgs = {m["id"] for m in result["members"]}
    outside: dict[str, set[str]] = defaultdict(set)
    for a in data.affiliations:
        if a.kind == "concertation" and a.context == concertation and a.org not in seated_orgs \
                and period.overlaps(a.since, a.until):
            outside[a.org].add(a.role if not a.role_label else f"{a.role} ({a.role_label})")
    return {"subject": {"kind": "concertation", "id": concertation, "name": data.concertations[concertation]["name"],
                        "concertation": _conc_ref(data, concertation)},
            "period": None if period.is_all else period.label,
            "definition": f"{MEMBERS_DEFINITION} {CONCERTATION_DEFINITION}",
            "partners_outside_committees": [{**_org_ref(data, o), "roles": sorted(r)}
                                            for o, r in sorted(outside.items())],
            **result}


def audit(store: GraphStore, concertation: str, period: Period = Period()) -> dict:
    """The committees of a concertation ranked by diversity (Blau, highest first, then name; committees without
    members last), each with its member count and missing sectors."""
    data = read_affiliations(store)
    if concertation not in data.concertations:
        raise NotFound("concertation", concertation)
    rows = []
    for k in _committees_of(data, concertation):
        orgs = read_members_of(data, k, period)
        b = breakdown(data, orgs)
        rows.append({"id": k, "name": data.contexts[k].name, "members_count": b["members_count"],
                     "sectors_present": b["diversity"]["sectors_present"], "blau": b["diversity"]["blau"],
                     "shannon_normalized": b["diversity"]["shannon_normalized"],
                     "missing_sectors": [{"code": m["code"], "label": m["label"]} for m in b["missing_sectors"]]})
    rows.sort(key=lambda r: (r["blau"] is None, -(r["blau"] or 0), fold(r["name"]), r["id"]))
    for i, r in enumerate(rows, start=1):
        r["rank"] = i
    return {"concertation": _conc_ref(data, concertation), "period": None if period.is_all else period.label,
            "vocabulary_size": len(load_schema().vocabulary("sectors").codes),
            "definition": f"{MEMBERS_DEFINITION} {DIVERSITY_DEFINITION}", "committees": rows}
