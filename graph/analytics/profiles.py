"""Profiles (question 2): one organization, concertation, committee, project or funder in detail, read through a
:class:`~graph.analytics.entities.Catalog` (a few queries, never one per row). Territories are in
:mod:`graph.analytics.territories`.

Persons are counted, never named, unless ``include_persons`` (Loi 25).

>>> succession_label("merger", "successor"), succession_label("rename", "predecessor")
('fusionné dans', 'anciennement')
"""
from __future__ import annotations

from collections import defaultdict

from graph.analytics.affiliations import PROJECT_ROLE, Affiliation
from graph.analytics.entities import (KINDS, Catalog, committee_summary, fundings_of_project, total_amount,
                                      vocabulary_label)
from graph.analytics.errors import NotFound
from graph.analytics.search import fold
from graph.analytics.territories import territory_profile
from graph.cypher import statement

COLLABORATIONS_OF = {label: statement(
    f"profiles_collaborations_{label.lower()}",
    f"MATCH (o:{label} {{id: $id}})-[r:COLLABORATES_WITH]-(x)\n"
    "RETURN labels(x)[0] AS label, x.id AS id, x.name AS name, r.kind AS kind, r.description AS description,\n"
    "       r.since AS since, r.until AS until, startNode(r).id = o.id AS outgoing",
) for label in ("Organization", "Concertation")}
PERSONS_OF = statement(
    "profiles_persons_of_committee",
    "MATCH (p:Person)-[m:MEMBER_OF]->(k:Committee {id: $id})\n"
    "OPTIONAL MATCH (p)-[:REPRESENTS]->(o:Organization)\n"
    "RETURN p.id AS id, p.name AS name, p.title AS title, m.role AS role, m.since AS since, m.until AS until,\n"
    "       collect(DISTINCT o.id) AS organizations",
)

#: How a succession reads from each side: (kind, the other organization is the …) → French phrase.
SUCCESSION_FR = {
    ("merger", "successor"): "fusionné dans", ("merger", "predecessor"): "issu de la fusion de",
    ("rename", "successor"): "renommé en", ("rename", "predecessor"): "anciennement",
    ("split", "successor"): "scindé en", ("split", "predecessor"): "issu de la scission de",
}
#: Project roles, in the order profiles list them.
ROLES = tuple(PROJECT_ROLE.values())


def succession_label(kind: str, side: str) -> str:
    """The French phrase for a succession seen from one side (``side`` = what the other organization is)."""
    return SUCCESSION_FR.get((kind, side), kind)


def _props(catalog: Catalog, label: str, ident: str, kind_fr: str) -> dict:
    props = catalog.props(label).get(ident)
    if props is None:
        raise NotFound(kind_fr, ident)
    return props


def _org_ref(catalog: Catalog, org: str) -> dict:
    o = catalog.data.organizations.get(org)
    return {"id": org, "name": o.name if o else org, "acronym": o.acronym if o else None,
            "sector": o.sector if o else None}


def _conc_ref(catalog: Catalog, conc: str | None) -> dict | None:
    c = catalog.data.concertations.get(conc) if conc else None
    return {"id": conc, "name": c["name"], "acronym": c["acronym"]} if c else None


def _ref(catalog: Catalog, ident: str | None) -> dict | None:
    """``{id, name}`` of a committee, project or plan."""
    if not ident:
        return None
    data = catalog.data
    name = data.contexts[ident].name if ident in data.contexts else data.plans.get(ident, {}).get("name", ident)
    return {"id": ident, "name": name}


def _territory_refs(catalog: Catalog, ids) -> list[dict]:
    """Territories with the region and MRC they lie in."""
    h = catalog.hierarchy
    out = []
    for t in sorted(ids, key=lambda t: h.sort_key(t) if t in h.nodes else (9, t, t)):
        region, mrc = h.ancestor_at(t, "region"), h.ancestor_at(t, "mrc")
        out.append({**h.ref(t), "region": h.ref(region) if region else None, "mrc": h.ref(mrc) if mrc else None})
    return out


def _theme_refs(catalog: Catalog, ids) -> list[dict]:
    themes = catalog.props("Theme")
    return [{"id": t, "name": themes.get(t, {}).get("name", t)} for t in sorted(ids)]


def _funding_item(catalog: Catalog, f: dict) -> dict:
    return {"id": f["id"], "name": f["name"], "amount": f["amount"], "fiscal_year": f["fiscal_year"],
            "status": f["status"], "projects": [_ref(catalog, p) for p in f["projects"]],
            "via": [_org_ref(catalog, o) for o in f["via"]], "funders": [_org_ref(catalog, o) for o in f["funders"]]}


def _fundings(catalog: Catalog, fundings) -> dict:
    """Fundings as ``{count, total, items}`` (by fiscal year, then id)."""
    items = sorted(fundings, key=lambda f: (f["fiscal_year"] or "", f["id"]))
    return {"count": len(items), "total": total_amount(items), "items": [_funding_item(catalog, f) for f in items]}


def _merged(affiliations: list[Affiliation]) -> list[Affiliation]:
    """One affiliation per (organization, context, role): periods widened, the first label kept."""
    out: dict[tuple, Affiliation] = {}
    for a in affiliations:
        key = (a.org, a.context, a.role)
        if key in out:
            b = out[key]
            since = min((x for x in (a.since, b.since) if x is not None), default=None)
            until = max((x for x in (a.until, b.until) if x is not None), default=None)
            a = Affiliation(b.org, b.kind, b.context, b.role, b.role_label or a.role_label, since, until,
                            b.concertation, b.source, b.via_person and a.via_person)
        out[key] = a
    return list(out.values())


def _period(a: Affiliation) -> dict:
    return {"role": a.role_label, "since": a.since, "until": a.until}


def _collaborations(catalog: Catalog, label: str, ident: str) -> list[dict]:
    rows = catalog.store.read(COLLABORATIONS_OF[label], {"id": ident})
    out = [{"counterpart": {"id": r["id"], "name": r["name"], "kind": r["label"]}, "kind": r["kind"],
            "kind_label": vocabulary_label("collaboration_kinds", r["kind"]), "description": r["description"],
            "since": r["since"], "until": r["until"], "direction": "outgoing" if r["outgoing"] else "incoming"}
           for r in rows]
    return sorted(out, key=lambda c: (fold(c["counterpart"]["name"] or ""), c["kind"] or "", c["since"] or 0))


def organization_profile(catalog: Catalog, org_id: str, include_persons: bool = False) -> dict:
    """An organization: its committees (role, period, concertation), its projects by role, its territories (with
    region and MRC), funding received / passed on / given, successions, collaborations, the concertations it
    coordinates, and its provenance."""
    props = _props(catalog, "Organization", org_id, "organisation")
    data = catalog.data
    affs = _merged(catalog.by_org.get(org_id, []))
    committees = [{"committee": _ref(catalog, a.context), "concertation": _conc_ref(catalog, a.concertation),
                   "via_person": a.via_person, **_period(a)} for a in affs if a.kind == "committee"]
    projects: dict[str, list] = {role: [] for role in ROLES}
    for a in affs:
        if a.kind == "project":
            ctx = data.contexts[a.context]
            projects[a.role].append({"project": _ref(catalog, a.context), "plan": _ref(catalog, ctx.plan),
                                     "concertation": _conc_ref(catalog, a.concertation), **_period(a)})
    led = {a.context for a in affs if a.role == "leads"}
    fundings = catalog.fundings.values()
    successions = []
    for s in data.successions:
        for me, other, side in (("predecessor", "successor", "successor"), ("successor", "predecessor", "predecessor")):
            if s[me] == org_id:
                successions.append({"direction": side, "organization": _org_ref(catalog, s[other]),
                                    "year": s["year"], "kind": s["kind"],
                                    "kind_label": vocabulary_label("succession_kinds", s["kind"]),
                                    "label": succession_label(s["kind"], side)})
    return {
        "organization": {**_org_ref(catalog, org_id), "sector_label": vocabulary_label("sectors", props.get("sector")),
                         **{k: props.get(k) for k in ("aliases", "org_type", "website", "notes")}},
        "territories": _territory_refs(catalog, data.organizations[org_id].territories),
        "concertations": [_conc_ref(catalog, c) for c in sorted({a.concertation for a in affs if a.concertation})],
        "coordinates": [_conc_ref(catalog, a.context) for a in affs if a.role == "coordinates"],
        "committees": sorted(committees, key=lambda c: ((c["concertation"] or {}).get("id") or "",
                                                        fold(c["committee"]["name"]))),
        "projects": {role: sorted(items, key=lambda p: fold(p["project"]["name"])) for role, items in projects.items()},
        "funding": {
            "received": _fundings(catalog, [f for f in fundings if org_id in f["via"] or led & set(f["projects"])]),
            "passed_on": _fundings(catalog, [f for f in fundings if org_id in f["via"] and set(f["projects"]) - led]),
            "given": _fundings(catalog, [f for f in fundings if org_id in f["funders"]]),
        },
        "successions": sorted(successions, key=lambda s: (s["year"] or 0, s["direction"], s["organization"]["id"])),
        "collaborations": _collaborations(catalog, "Organization", org_id),
        "source": list(props.get("source") or []),
    }


def _members(catalog: Catalog, context: str) -> list[dict]:
    """Organizations in a committee or project, with role and period."""
    out = [{"organization": _org_ref(catalog, a.org), "relation": a.role, "via_person": a.via_person, **_period(a)}
           for a in _merged(catalog.by_context.get(context, []))]
    return sorted(out, key=lambda m: (fold(m["organization"]["name"]), m["since"] or 0))


def concertation_profile(catalog: Catalog, conc_id: str, include_persons: bool = False) -> dict:
    """A concertation: its plans, committees (with member counts), territories, coordinator(s), the organizations
    it collaborates with, and its counts of organizations and projects."""
    props = _props(catalog, "Concertation", conc_id, "concertation")
    data = catalog.data
    c = data.concertations[conc_id]
    affs = catalog.by_concertation.get(conc_id, [])
    plans = [{"id": pid, "name": p["name"], "start": p["start"], "end": p["end"],
              "projects": sum(1 for x in data.contexts.values() if x.plan == pid)}
             for pid, p in data.plans.items() if p["concertation"] == conc_id]
    return {
        "concertation": {"id": conc_id, "name": c["name"], "acronym": c["acronym"], "level": props.get("level"),
                         "level_label": vocabulary_label("concertation_levels", props.get("level")),
                         **{k: props.get(k) for k in ("aliases", "website", "mission", "notes")}},
        "territories": _territory_refs(catalog, c["territories"]),
        "coordinators": [_org_ref(catalog, a.org) for a in affs if a.role == "coordinates"],
        "plans": sorted(plans, key=lambda p: (p["start"] or 0, p["id"])),
        "committees": sorted((committee_summary(catalog, k) for k in catalog.committees_of(conc_id)),
                             key=lambda k: (fold(k["name"]), k["id"])),
        "organizations": len({a.org for a in affs}),
        "projects": sum(1 for x in data.contexts.values() if x.kind == "project" and x.concertation == conc_id),
        "collaborations": _collaborations(catalog, "Concertation", conc_id),
        "source": list(props.get("source") or []),
    }


def committee_profile(catalog: Catalog, com_id: str, include_persons: bool = False) -> dict:
    """A committee: its concertation, member organizations (role, period, sector), persons (counted; named only
    if ``include_persons``), the projects it carries and the committees it reports to / that report to it."""
    props = _props(catalog, "Committee", com_id, "comité")
    data = catalog.data
    ctx = data.contexts[com_id]
    persons = catalog.persons.get(com_id, 0)
    named = None
    if include_persons and persons:
        named = sorted(catalog.store.read(PERSONS_OF, {"id": com_id}), key=lambda p: (fold(p["name"] or ""), p["id"]))
    return {
        "committee": {**committee_summary(catalog, com_id),
                      **{k: props.get(k) for k in ("aliases", "theme", "meeting_frequency", "notes")}},
        "concertation": _conc_ref(catalog, ctx.concertation),
        "themes": _theme_refs(catalog, ctx.themes),
        "members": _members(catalog, com_id),
        "persons": {"count": persons, "items": named},
        "projects": sorted((_ref(catalog, p) for p in catalog.projects_of(com_id)), key=lambda p: fold(p["name"])),
        "reports_to": [_ref(catalog, b) for a, b in catalog.reports_to if a == com_id],
        "reported_by": [_ref(catalog, a) for a, b in catalog.reports_to if b == com_id],
        "source": list(props.get("source") or []),
    }


def project_profile(catalog: Catalog, proj_id: str, include_persons: bool = False) -> dict:
    """A project: its plan and concertation, the committees carrying it, organizations by role, themes,
    territories (its own, and where it lies: its own, else its concertation's) and fundings."""
    props = _props(catalog, "Project", proj_id, "projet")
    data = catalog.data
    ctx = data.contexts[proj_id]
    by_role = defaultdict(list)
    for m in _members(catalog, proj_id):
        by_role[m["relation"]].append(m)
    return {
        "project": {"id": proj_id, "name": ctx.name, "start": ctx.start, "end": ctx.end, "status": props.get("status"),
                    "status_label": vocabulary_label("project_statuses", props.get("status")),
                    **{k: props.get(k) for k in ("description", "partner_sectors", "partner_mentions", "notes")}},
        "plan": _ref(catalog, ctx.plan),
        "concertation": _conc_ref(catalog, ctx.concertation),
        "committees": [_ref(catalog, k) for k in ctx.committees],
        "organizations": {role: by_role.get(role, []) for role in ROLES},
        "themes": _theme_refs(catalog, catalog.themes_of(ctx)),
        "territories": _territory_refs(catalog, ctx.territories),
        "located_in": _territory_refs(catalog, data.context_territories(proj_id)),
        "fundings": _fundings(catalog, fundings_of_project(catalog, proj_id)),
        "source": list(props.get("source") or []),
    }


def funder_profile(catalog: Catalog, org_id: str, include_persons: bool = False) -> dict:
    """A funder (an organization with ``FUNDS``): the fundings it gives and the projects they go to."""
    given = catalog.funders.get(org_id)
    if not given:
        raise NotFound("bailleur de fonds", org_id)
    projects = sorted({p for f in given for p in f["projects"]})
    return {"organization": _org_ref(catalog, org_id), "fundings": _fundings(catalog, given),
            "projects": [_ref(catalog, p) for p in projects]}


PROFILES = {"organizations": organization_profile, "concertations": concertation_profile,
            "committees": committee_profile, "projects": project_profile, "funders": funder_profile,
            "territories": lambda catalog, ident, include_persons=False: territory_profile(catalog, ident)}
assert set(PROFILES) == set(KINDS)


def profile(catalog: Catalog, kind: str, ident: str, include_persons: bool = False) -> dict:
    """The profile of one entity of ``kind`` (404 if unknown)."""
    return PROFILES[kind](catalog, ident, include_persons)
