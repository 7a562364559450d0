"""From what the plan says to what the graph would get: one proposed row per node or relationship, in the
schema's own types and properties, each with a confidence, the matched existing entity, the alternatives and its
source. Nothing is written here.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.importer.model import CARRIER, Extraction, Source
from loaders.importer.patterns import committee_kind
from loaders.importer.resolution import NODE_IDS, REL_PAIRS, Entity, Resolver, loose

#: Sheets of the review workbook, in order: schema node labels and relationship types.
SHEETS = ("ActionPlan", "Theme", "Organization", "Committee", "Project", "Funding", "MEMBER_OF", "LEADS",
          "PARTNER_IN", "FIDUCIARY_OF", "Person")
ACCEPT, REJECT = "accepter", "rejeter"
EXISTING, NEW = "existant", "nouveau"


@dataclass
class Row:
    values: dict
    confidence: float
    status: str
    decision: str = ACCEPT
    mention: str = ""
    match: str = ""
    alternatives: list[str] = field(default_factory=list)
    source: Source | None = None
    note: str = ""
    key: str = ""
    labels: tuple[str, str] = ("", "")  # readable names of a relationship's ends


@dataclass
class Review:
    document: str
    fingerprint: str
    concertation: str
    plan: str
    sheets: dict[str, list[Row]] = field(default_factory=lambda: {s: [] for s in SHEETS})

    def rows(self, sheet: str) -> list[Row]:
        return self.sheets[sheet]

    def count(self) -> dict[str, int]:
        return {s: len(r) for s, r in self.sheets.items()}


def _join(values) -> str:
    return "; ".join(dict.fromkeys(v for v in values if v))


def build_review(ex: Extraction, resolver: Resolver, fingerprint: str = "",
                 period: tuple[int, int] | None = None, rejected: set[str] | None = None) -> Review:
    """All proposals for one plan. ``rejected``: keys of rows rejected in earlier reviews (proposed as rejected)."""
    rejected = rejected or set()
    period = period or ex.period
    plan_id, plan_exists = resolver.plan(period)
    _own_instances(ex, resolver)
    resolver.member_orgs |= {loose(x) for x in listed_organizations(ex, resolver)}
    resolver.committee_names -= resolver.member_orgs
    conc = resolver.concertation
    review = Review(ex.document, fingerprint, conc.id, plan_id)
    since, until = (period if period else (None, None))
    plan_suffix = plan_id.split(":", 1)[-1]

    def add(sheet: str, row: Row) -> None:
        row.key = row.key or f"{sheet}|{row.values.get('id') or ''}"
        if row.key in rejected:
            row.decision, row.status = REJECT, "déjà rejeté"
        review.sheets[sheet].append(row)

    # the plan (period)
    name = f"Plan d'action {period[0]}-{period[1]}" if period and period[0] != period[1] else \
        (f"Plan d'action {period[0]}" if period else "Plan d'action")
    add("ActionPlan", Row({"id": plan_id, "name": f"{name} — {conc.name}", "start_year": period and period[0],
                           "end_year": period and period[1], "concertation": conc.id,
                           "source": f"{ex.document} § {ex.title or name}"},
                          0.95 if period else 0.3, EXISTING if plan_exists else NEW, match=plan_id if plan_exists
                          else "", mention=ex.title or "", note="" if period else "période introuvable : à remplir"))

    # themes
    theme_ids: dict[str, str] = {}
    local: dict[str, str] = {}
    for tname, src in ex.themes.items():
        tid, exists = resolver.theme(tname)
        if not exists and loose(tname) in local:
            tid = local[loose(tname)]
        local.setdefault(loose(tname), tid)
        theme_ids[tname] = tid
        if any(r.values["id"] == tid for r in review.rows("Theme")):
            continue
        add("Theme", Row({"id": tid, "name": tname, "source": src.ref}, 0.8 if exists else 0.6,
                         EXISTING if exists else NEW, mention=tname, match=tid if exists else "", source=src))

    # organizations: resolve every mention (explicit roles first, running text last)
    resolved: dict[str, Entity] = {}
    text_only = {r.mention for r in ex.roles if r.role.endswith("(texte)")}
    for p in ex.persons:
        if p.organization and p.organization not in resolved:
            resolved[p.organization] = resolver.org(p.organization, organization=True)
    for full, acronym, src in ex.glossary:  # defined first: the acronyms used alone are these organizations
        mention = f"{full} ({acronym})"
        if not (resolver._is_concertation(full) or resolver._is_concertation(acronym)):
            resolved[mention] = resolver.org(mention)
            ex.mentions.append((mention, src))
    explicit = [r.mention for r in ex.roles if not r.role.endswith("(texte)")]
    explicit += [m.mention for m in ex.members if not m.person]
    explicit += [p.organization for p in ex.persons if p.organization]
    explicit += [m for m, _ in ex.mentions]
    # « Nom complet (SIGLE) » first, wherever the plan writes it: the short form written alone elsewhere is that
    # organization (the plan's own definition wins over the dictionary)
    explicit.sort(key=lambda m: not re.search(r"\s\([A-ZÀ-Ý][^()]{1,24}\)$", m or ""))
    for mention in explicit:
        if mention not in resolved:
            resolved[mention] = resolver.org(mention)
    resolved = resolver.merge_variants(resolver.merge_bare_prefixes(resolved), Counter(explicit))
    text_only |= {m for m, _ in ex.text_mentions}
    in_text: dict[str, Entity] = {m: resolver.org(m, text_only=True) for m in text_only}
    sources: dict[str, Source] = {}
    all_sources: dict[str, list[str]] = {}
    for r in ex.roles:
        sources.setdefault(r.mention, r.source)
        all_sources.setdefault(r.mention, []).append(r.source.ref)
    for m in ex.members:
        sources.setdefault(m.mention, m.source)
        all_sources.setdefault(m.mention, []).append(m.source.ref)
    for p in ex.persons:
        if p.organization:
            sources.setdefault(p.organization, p.source)
    for m, s in ex.mentions:
        sources.setdefault(m, s)

    used_orgs: dict[str, Entity] = {}

    def org_id(mention: str, text: bool = False) -> str | None:
        ent = (in_text if text else resolved).get(mention)
        if ent is None or not ent.is_org:
            return None
        used_orgs[ent.id] = ent
        return ent.id

    # committees
    committee_ids: dict[str, str] = {}
    for c in ex.committees.values():
        if resolver._is_concertation(c.name) or resolver.orgs.exact(c.name) or loose(c.name) in resolver.member_orgs:
            continue  # the concertation itself; a name the graph knows as an organization (or a member) stays one
        cid, exists, alts = resolver.committee(c.name, c.acronym)
        committee_ids[c.name] = cid
        if any(r.values["id"] == cid for r in review.rows("Committee")):
            continue
        strong = c.kind == "comite_porteur" or "Annexe" in c.source.section
        add("Committee", Row({"id": cid, "name": c.name, "acronym": c.acronym, "kind": c.kind or
                              committee_kind(c.name), "theme": c.theme, "concertation": conc.id,
                              "themes": [theme_ids[c.theme]] if c.theme in theme_ids and c.kind == "comite_porteur"
                              else [], "source": c.source.ref},
                             0.9 if exists else (0.8 if strong else 0.55), EXISTING if exists else NEW,
                             mention=c.name, match=cid if exists else "", alternatives=alts, source=c.source))

    # projects
    project_ids: dict[str, str] = {}
    generic_of: dict[str, list[Entity]] = {}
    for r in ex.roles:
        ent = resolved.get(r.mention)
        if ent is not None and ent.kind == "generic":
            generic_of.setdefault(r.project, []).append(ent)
    for p in ex.projects:
        pid = f"proj:{plan_suffix}-{p.code}"
        project_ids[p.key] = pid
        gens = generic_of.get(p.key, [])
        add("Project", Row({"id": pid, "name": p.title, "description": p.description[:1500],
                            "start": p.period[0] if p.period else None, "end": p.period[1] if p.period else None,
                            "status": "planned", "partner_sectors": list(dict.fromkeys(g.sector for g in gens
                                                                                       if g.sector)),
                            "partner_mentions": list(dict.fromkeys(g.name for g in gens)), "plan": plan_id,
                            "committee": committee_ids.get(p.committee or ""),
                            "themes": [theme_ids[p.theme]] if p.theme in theme_ids else [],
                            "notes": " | ".join(f"{k} : {v}" for k, v in p.details.items())[:2000] or None,
                            "source": p.source.ref}, 0.85, NEW, mention=p.title, source=p.source,
                           key=f"Project|{pid}"))

    # roles in projects
    seen_rel: set[tuple[str, str, str]] = set()
    # a partner that also leads the project is its leader; one named partner and, in a column or field line of its
    # own, fiduciary (« fiduciaire désigné ») is both
    leads = {(org_id(r.mention, r.role.endswith("(texte)")), r.project) for r in ex.roles
             if r.rel == "LEADS" or (r.rel == "FIDUCIARY_OF" and r.role != "fiduciaire désigné")}
    for r in ex.roles:
        is_text = r.role.endswith("(texte)")
        oid = org_id(r.mention, is_text)
        pid = project_ids.get(r.project)
        if not oid or not pid:
            continue
        if r.rel == "PARTNER_IN" and (oid, r.project) in leads:
            continue
        if r.rel == "LEADS" and any(x.rel == "FIDUCIARY_OF" and x.role != "fiduciaire désigné"
                                    and org_id(x.mention) == oid and x.project == r.project for x in ex.roles):
            continue
        if (r.rel, oid, pid) in seen_rel:
            continue
        seen_rel.add((r.rel, oid, pid))
        ent = (in_text if is_text else resolved)[r.mention]
        if ent is resolver.carrier and r.role in ("mentionné", "instance de l'organisation", "collaboration"):
            continue  # the concertation named in its own plan's text is not its own partner
        if is_text and not (ent.kind == "existing" or ent.note.startswith(("dictionnaire", "sigle"))):
            continue  # a name found in running text is a partner only when it is a known body
        conf = min(ent.confidence, 0.9 if r.role in ("responsable", "partenaire", "fiduciaire", "fiduciaire désigné",
                                                      "collaboration souhaitée") else 0.65)
        add(r.rel, Row({"from": oid, "to": pid, "role": r.role, "since": since, "until": until,
                        "source": r.source.ref}, conf, NEW, match=oid if ent.kind == "existing" else "",
                       mention=r.mention, source=r.source, labels=(ent.name, _project_name(ex, r.project)),
                       key=f"{r.rel}|{oid}|{pid}", **_typo(ent)))

    # committee members (organizations and persons)
    person_ids: dict[str, str] = {}
    for p in ex.persons:
        if p.name not in person_ids:
            person_ids[p.name] = resolver.person(p.name)[0]
    for m in ex.members:
        cid = committee_ids.get(m.committee)
        if not cid:
            continue
        if m.person:
            fid, label, ent = person_ids.get(m.person), m.person, None
        else:
            fid = org_id(m.mention)
            ent = resolved.get(m.mention)
            label = ent.name if ent else m.mention
        if not fid or ("MEMBER_OF", fid, cid) in seen_rel:
            continue
        seen_rel.add(("MEMBER_OF", fid, cid))
        conf = 0.9 if m.person else min(ent.confidence if ent else 0.5, 0.9)
        if m.mention == CARRIER:
            conf = 0.6
        add("MEMBER_OF", Row({"from": fid, "to": cid, "role": m.role, "since": since, "until": until,
                              "source": m.source.ref}, conf, NEW, mention=m.mention if m.mention != CARRIER
                             else "(organisme de la concertation)", source=m.source, labels=(label, m.committee),
                             key=f"MEMBER_OF|{fid}|{cid}", decision="" if m.person else ACCEPT,
                             **({"note": "personne : chargée seulement si la personne est gardée"} if m.person
                                else _typo(ent))))

    # persons (private): loaded only when kept
    for p in ex.persons:
        pid = person_ids[p.name]
        if any(r.values["id"] == pid for r in review.rows("Person")):
            continue
        oid = org_id(p.organization) if p.organization else None
        add("Person", Row({"id": pid, "name": p.name, "title": p.title, "organization": oid,
                           "source": p.source.ref}, 0.8, EXISTING if resolver.person(p.name)[1] else NEW,
                          decision="", mention=f"{p.name}, {p.organization or p.title or ''}".strip(" ,"),
                          source=p.source, note="donnée personnelle (Loi 25) : inscrire « accepter » pour la garder"))

    # budget lines
    counts: dict[str, int] = {}
    fiduciary = {}
    for r in ex.roles:
        if r.rel == "FIDUCIARY_OF" and org_id(r.mention):
            fiduciary.setdefault(r.project, org_id(r.mention))
    for b in ex.budgets:
        pids = [project_ids[k] for k in b.projects if k in project_ids]
        if not pids:
            continue
        main = b.projects[0]
        base = f"fund:{pids[0].split(':', 1)[1]}-{b.fiscal_year or 'total'}"
        counts[base] = counts.get(base, 0) + 1
        fid = base + (f"-{counts[base]}" if counts[base] > 1 else "")
        title = _project_name(ex, main)
        add("Funding", Row({"id": fid, "name": f"{title[:70]} — {b.fiscal_year or 'total'} ({b.amount})",
                            "amount": b.amount, "fiscal_year": b.fiscal_year,
                            "status": "planned" if b.fiscal_year else "requested", "project": pids,
                            "via": fiduciary.get(main), "source": b.source.ref},
                           0.9 if b.fiscal_year else 0.7, NEW, mention=b.source.snippet, source=b.source,
                           key=f"Funding|{pids[0]}|{b.fiscal_year}|{b.amount}|{counts[base]}"))

    # organizations last: only those the rows use, plus organizations named without a role
    for m, _ in ex.mentions:
        org_id(m)
    for m, src in ex.text_mentions:
        ent = in_text.get(m)
        if ent is not None and ent.is_org and (ent.kind == "existing" or ent.note.startswith(("dictionnaire",
                                                                                              "sigle"))):
            org_id(m, True)
            sources.setdefault(m, src)
    for oid, ent in used_orgs.items():
        src = next((sources[m] for m in ent.mentions if m in sources), None)
        aliases = [m for m in ent.mentions if loose(m) not in {loose(ent.name), loose(ent.acronym or "")}]
        refs = list(dict.fromkeys(x for m in ent.mentions for x in all_sources.get(m, [])))[:6]
        add("Organization", Row({"id": oid, "name": ent.name, "acronym": ent.acronym, "aliases": aliases,
                                 "sector": ent.sector or "communautaire",
                                 "source": refs or ([src.ref] if src else [ex.document])},
                                ent.confidence, EXISTING if ent.kind == "existing" else
                                (NEW if ent.confidence >= 0.8 else "nouveau — à vérifier"),
                                mention=_join(ent.mentions), match=oid if ent.kind == "existing" else "",
                                alternatives=ent.alternatives, source=src, note=ent.note,
                                key=f"Organization|{loose(ent.mentions[0] if ent.mentions else ent.name)}"))
    _mark_existing(review, resolver)
    return review


def listed_organizations(ex: Extraction, resolver: Resolver) -> list[str]:
    """Names that read like a committee (« Comité logement du Fjord ») but that the plan lists among the members of
    another committee. Only organizations and persons are members of a committee, so such a name is an
    organization — unless the plan gives evidence that it is one of the concertation's own instances: a member list
    of its own, coordination by the concertation's organization, a comité porteur, an annex about it, a project it
    carries, or a list of instances the concertation presents as its own. A name the graph knows as an organization
    is one anyway (:meth:`~loaders.importer.resolution.Resolver.org`)."""
    from loaders.importer.resolution import looks_like_committee

    own = {loose(name) for owner, name, acronym, _ in ex.instances if resolver._is_concertation(owner)}
    carried = {p.committee for p in ex.projects if p.committee}
    for c in ex.committees.values():
        if (c.kind == "comite_porteur" or "Annexe" in c.source.section or c.name in carried
                or any(m.committee == c.name for m in ex.members)):
            own |= {loose(c.name)} | ({loose(c.acronym)} if c.acronym else set())
    out = []
    for m in ex.members:
        if (not m.person and m.mention != CARRIER and looks_like_committee(m.mention)
                and loose(m.mention) not in own and loose(m.mention) != loose(m.committee)):
            out.append(m.mention)
    return list(dict.fromkeys(out))


def _own_instances(ex: Extraction, resolver: Resolver) -> None:
    """« Mobilisations de la TABLE : A, B (SB), C »: when the owner is the concertation, each is one of its instances,
    proposed as a committee coordinated by the concertation's organization (its members are not named) — except a
    name the graph already knows as an organization, which stays that organization."""
    from loaders.importer.cleaning import norm
    from loaders.importer.model import CommitteeP, MemberP
    from loaders.importer.patterns import short_form_of

    for owner, name, acronym, src in ex.instances:
        if not resolver._is_concertation(owner) or resolver.orgs.exact(name) or (
                acronym and resolver.orgs.exact(acronym)):
            continue
        key = next((k for k, c in ex.committees.items() if loose(c.name) == loose(name)), None)
        same = short_form_of(name, [c.name for c in ex.committees.values()])
        if key is None and same:
            key = next(k for k, c in ex.committees.items() if c.name == same)
        if key is None:
            key = norm(name)
            ex.committees[key] = CommitteeP(name[:1].upper() + name[1:], committee_kind(name), acronym, None, src)
        elif acronym and not ex.committees[key].acronym:
            ex.committees[key].acronym = acronym
        c = ex.committees[key]
        resolver.committee_names |= {loose(name), loose(c.name)} | ({loose(acronym)} if acronym else set())
        if not any(m.committee == c.name and m.mention == CARRIER for m in ex.members):
            ex.members.append(MemberP(c.name, CARRIER, "coordination (instance de la concertation)", src))


def _typo(ent: Entity | None) -> dict:
    """A relationship whose organization was read through a typo or a variant (low confidence, an alternative):
    its row shows the note and the alternative, to be checked."""
    if ent is None or not ent.alternatives or ent.confidence > 0.4 or "à vérifier" not in (ent.note or ""):
        return {}
    return {"note": ent.note, "alternatives": list(ent.alternatives)}


def _project_name(ex: Extraction, key: str) -> str:
    p = ex.project(key)
    return p.title if p else key


def _mark_existing(review: Review, resolver: Resolver) -> None:
    """Rows whose node or relationship is already in the graph (a plan imported again) say so."""
    ids = [r.values["id"] for s in ("Project", "Funding", "Committee", "Person", "ActionPlan")
           for r in review.rows(s)]
    found = {x["id"] for x in resolver.store.query(NODE_IDS, {"ids": ids})} if ids else set()
    for s in ("Project", "Funding", "Committee", "Person", "ActionPlan"):
        for r in review.rows(s):
            if r.values["id"] in found and r.status != "déjà rejeté":
                r.status, r.match = EXISTING, r.values["id"]
    rels = [r for s in ("MEMBER_OF", "LEADS", "PARTNER_IN", "FIDUCIARY_OF") for r in review.rows(s)]
    pairs = [{"from": r.values["from"], "to": r.values["to"]} for r in rels]
    there = {(x["from"], x["to"], x["type"]) for x in resolver.store.query(REL_PAIRS, {"pairs": pairs})} if pairs \
        else set()
    for s in ("MEMBER_OF", "LEADS", "PARTNER_IN", "FIDUCIARY_OF"):
        for r in review.rows(s):
            if (r.values["from"], r.values["to"], s) in there and r.status != "déjà rejeté":
                r.status = EXISTING

