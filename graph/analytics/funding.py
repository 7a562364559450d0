"""Funding flows: funder → fiduciary → project (→ committee, theme or territory), counted once and to the cent.

A ``Funding`` node is one budget line: an amount, a fiscal year, a status. Its funder is the organization that
``FUNDS`` it, its projects those it goes ``TO``, its fiduciary the organization it passes ``VIA`` — else the
project's only ``FIDUCIARY_OF`` organization during that fiscal year. Each line is one chain: money passed through a
fiduciary is counted once, for the funder, the fiduciary and the project alike.

Nothing is dropped: a missing funder, fiduciary, project or group is a visible pseudo-entry (``id`` null, « … non
précisé »). A line that goes to several projects (or, in the grouping, to several committees, themes or
territories) is split in equal shares in cents, the remaining cent(s) to the first by id, so that every total
reconciles exactly with the sum of the lines' amounts.

>>> split(2430000, ["proj:b", "proj:a"])
[('proj:a', 1215000), ('proj:b', 1215000)]
>>> split(10001, ["p2", "p1", "p3"])
[('p1', 3335), ('p2', 3333), ('p3', 3333)]
>>> split(500, [None])
[(None, 500)]
"""
from __future__ import annotations

import re
from collections import defaultdict
from enum import Enum

from graph.analytics.affiliations import Affiliations, read_affiliations
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.period import Period, fiscal_years
from graph.cypher import statement
from graph.schema import load_schema
from graph.store import GraphStore

FUNDINGS = statement(
    "funding_lines",
    "MATCH (f:Funding)\n"
    "OPTIONAL MATCH (o:Organization)-[:FUNDS]->(f)\n"
    "WITH f, collect(DISTINCT o.id) AS funders\n"
    "OPTIONAL MATCH (f)-[:VIA]->(v:Organization)\n"
    "WITH f, funders, collect(DISTINCT v.id) AS vias\n"
    "OPTIONAL MATCH (f)-[:TO]->(p:Project)\n"
    "RETURN f.id AS id, f.amount AS amount, f.fiscal_year AS fiscal_year, f.status AS status, funders, vias,\n"
    "       collect(DISTINCT p.id) AS projects\n"
    "ORDER BY id",
)
PROJECT_FIDUCIARIES = statement(
    "funding_project_fiduciaries",
    "MATCH (o:Organization)-[r:FIDUCIARY_OF]->(p:Project)\n"
    "RETURN p.id AS project, o.id AS org, r.since AS since, r.until AS until\n"
    "ORDER BY project, org",
)
THEMES = statement("funding_themes", "MATCH (t:Theme) RETURN t.id AS id, t.name AS name")


class FundingBy(str, Enum):
    """What the flows are grouped by."""

    funder = "funder"
    fiduciary = "fiduciary"
    theme = "theme"
    territory = "territory"
    committee = "committee"


class FundingLevel(str, Enum):
    """The territory level groups roll up to (``by=territory``)."""

    region = "region"
    mrc = "mrc"
    municipality = "municipality"


#: Names of the pseudo-entries shown where the data does not say.
UNKNOWN = {"funder": "Bailleur non précisé", "fiduciary": "Fiduciaire non précisé",
           "project": "Projet non précisé", "committee": "Comité non précisé", "theme": "Enjeu non précisé",
           "territory": "Territoire non précisé"}
#: How shares are made, for responses and documentation.
ALLOCATION = ("Chaque ligne de financement est comptée une seule fois, du bailleur au projet en passant par le "
              "fiduciaire. Une ligne de plusieurs bailleurs, destinée à plusieurs projets ou reçue par plusieurs "
              "fiduciaires (ou, pour le regroupement, qui touche plusieurs comités, enjeux ou territoires) est "
              "partagée en parts égales au cent près, le ou les cents restants allant au premier par identifiant : "
              "les totaux concordent exactement avec la somme des montants. Fiduciaire : l'organisation « via » de "
              "la ligne, sinon le seul fiduciaire du projet pendant l'année financière. Enjeux : ceux du projet, "
              "sinon ceux de son comité porteur. Territoire : celui du projet, sinon celui de sa concertation, "
              "ramené au niveau demandé (gardé tel quel s'il est plus large). Ce que les données ne disent pas "
              "apparaît comme « … non précisé » (id null), jamais retiré.")

FISCAL_YEAR_PATTERN = r"^\d{4}-\d{4}$"


def split(cents: int, keys: list) -> list[tuple]:
    """``cents`` in equal shares over ``keys`` (sorted, ``None`` last), the remaining cent(s) to the first."""
    ordered = sorted(set(keys), key=lambda k: (k is None, k or ""))
    base, rest = divmod(cents, len(ordered))
    return [(k, base + (rest if i == 0 else 0)) for i, k in enumerate(ordered)]


def to_cents(amount) -> int:
    """An amount in dollars as whole cents.

    >>> to_cents(17280.0), to_cents("0.1"), to_cents(None)
    (1728000, 10, 0)
    """
    return round(float(amount or 0) * 100)


def dollars(cents: int) -> float:
    return round(cents / 100, 2)


def check_fiscal_year(text: str | None) -> str | None:
    """A fiscal year filter: two consecutive years, ``2026-2027``.

    >>> check_fiscal_year("2026-2027")
    '2026-2027'
    """
    if text is None:
        return None
    first, last = fiscal_years(text) if re.fullmatch(FISCAL_YEAR_PATTERN, text) else (0, 0)
    if not first or last != first + 1:
        raise BadParameter(f"année financière « {text} » : attendu deux années consécutives, ex. « 2026-2027 »")
    return text


class _Names:
    """Display names of every kind of entry, pseudo-entries included."""

    def __init__(self, data: Affiliations, themes: dict[str, str]):
        self.data, self.themes = data, themes

    def entry(self, kind: str, ident: str | None) -> dict:
        if ident is None:
            return {"id": None, "name": UNKNOWN[kind]}
        if kind in ("funder", "fiduciary"):
            org = self.data.organizations.get(ident)
            return {"id": ident, "name": org.name if org else ident}
        if kind == "theme":
            return {"id": ident, "name": self.themes.get(ident, ident)}
        if kind == "territory":
            t = self.data.territories.get(ident, {})
            return {"id": ident, "name": t.get("name", ident), "level": t.get("level")}
        ctx = self.data.contexts.get(ident)
        return {"id": ident, "name": ctx.name if ctx else ident}


class _Flows:
    """The funding lines of one question, cut into shares and accumulated."""

    def __init__(self, store: GraphStore, data: Affiliations, by: FundingBy, level: FundingLevel):
        self.data, self.by, self.level = data, by, level
        self.fiduciaries: dict[str, list[dict]] = defaultdict(list)
        for r in store.read(PROJECT_FIDUCIARIES):
            self.fiduciaries[r["project"]].append(r)
        self.rows: dict[tuple, dict] = {}

    def fiduciary_of(self, vias: list[str], project: str | None, fiscal_year: str | None) -> list:
        if vias:
            return vias
        period = Period(*fiscal_years(fiscal_year))
        orgs = {r["org"] for r in self.fiduciaries.get(project, ()) if period.overlaps(r["since"], r["until"])}
        return list(orgs) if len(orgs) == 1 else [None]

    def groups(self, funder, fiduciary, project) -> list:
        if self.by is FundingBy.funder:
            return [funder]
        if self.by is FundingBy.fiduciary:
            return [fiduciary]
        ctx = self.data.contexts.get(project) if project else None
        if ctx is None:
            return [None]
        if self.by is FundingBy.committee:
            return list(ctx.committees) or [None]
        if self.by is FundingBy.theme:
            themes = ctx.themes or tuple(t for k in ctx.committees if k in self.data.contexts
                                         for t in self.data.contexts[k].themes)
            return list(themes) or [None]
        found: set[str] = set()
        for t in self.data.context_territories(project):
            up = self.data.levels([t], self.level.value)
            found |= up or {t}
        return list(found) or [None]

    def add(self, line: dict, keep) -> tuple[int, int]:
        """Cut one line into its shares; return the cents kept in scope and those left out (projects outside)."""
        kept = left = 0
        for funder, funder_cents in split(to_cents(line["amount"]), line["funders"] or [None]):
            for project, cents in split(funder_cents, line["projects"] or [None]):
                if not keep(project):
                    left += cents
                    continue
                kept += cents
                for fiduciary, fid_cents in split(cents, self.fiduciary_of(line["vias"], project,
                                                                              line["fiscal_year"])):
                    for group, share in split(fid_cents, self.groups(funder, fiduciary, project)):
                        key = (funder, fiduciary, project, group, line["fiscal_year"], line["status"])
                        row = self.rows.setdefault(key, {"cents": 0, "fundings": set()})
                        row["cents"] += share
                        row["fundings"].add(line["id"])
        return kept, left


def _keeper(data: Affiliations, concertation, committee, project):
    """Whether a project share is in scope; a line with no project only when no project filter is given."""
    def keep(pid: str | None) -> bool:
        if pid is None:
            return not (concertation or committee or project)
        ctx = data.contexts.get(pid)
        if project and pid != project:
            return False
        if committee and (ctx is None or committee not in ctx.committees):
            return False
        return not (concertation and (ctx is None or ctx.concertation != concertation))
    return keep


def _check(data: Affiliations, status, concertation, committee, project) -> None:
    statuses = load_schema().vocabulary("funding_statuses")
    if status and status not in statuses.codes:
        raise BadParameter(f"statut inconnu « {status} » ; attendu : {', '.join(statuses.codes)}")
    if concertation and concertation not in data.concertations:
        raise NotFound("concertation", concertation)
    for kind, kind_fr, ident in (("committee", "comité", committee), ("project", "projet", project)):
        if ident and (ident not in data.contexts or data.contexts[ident].kind != kind):
            raise NotFound(kind_fr, ident)


def _year_key(value: str | None) -> tuple:
    return (value is None, value or "")


def _breakdown(rows: list[dict], key: str) -> list[dict]:
    """Amounts of ``rows`` per fiscal year or per status (missing values last)."""
    acc: dict = defaultdict(int)
    for r in rows:
        acc[r[key]] += r["cents"]
    return [{key: k, "amount": dollars(v)} for k, v in sorted(acc.items(), key=lambda kv: _year_key(kv[0]))]


def _totals_by(rows: list[dict], field: str) -> list[dict]:
    """Totals (in ``cents``) per entry of one column — funder, fiduciary, project or group — largest first."""
    acc: dict = {}
    for r in rows:
        acc.setdefault(r[field]["id"], {**r[field], "cents": 0})["cents"] += r["cents"]
    return sorted(acc.values(), key=lambda e: (-e["cents"], *_name_key(e)))


def _name_key(entry: dict) -> tuple:
    """Named entries by name, pseudo-entries (« … non précisé ») last."""
    return (entry["id"] is None, entry["name"], entry["id"] or "")


def _money(item: dict) -> dict:
    """``cents`` → ``amount`` in dollars."""
    return {**{k: v for k, v in item.items() if k != "cents"}, "amount": dollars(item["cents"])}


def funding_flows(store: GraphStore, by: FundingBy | str = FundingBy.committee, *, fiscal_year: str | None = None,
                  status: str | None = None, concertation: str | None = None, committee: str | None = None,
                  project: str | None = None, level: FundingLevel | str = FundingLevel.mrc) -> dict:
    """The funding flows in scope, grouped ``by``: ``flows`` (one row per funder → fiduciary → project → group,
    fiscal year and status), ``groups``, ``totals`` and a ``reconciliation`` of every total with the lines'
    amounts."""
    by, level = FundingBy(by), FundingLevel(level)
    check_fiscal_year(fiscal_year)
    data = read_affiliations(store)
    _check(data, status, concertation, committee, project)
    names = _Names(data, {r["id"]: r["name"] for r in store.read(THEMES)})
    flows = _Flows(store, data, by, level)
    keep = _keeper(data, concertation, committee, project)
    lines = amount = left = 0
    for line in store.read(FUNDINGS):
        if (fiscal_year and line["fiscal_year"] != fiscal_year) or (status and line["status"] != status):
            continue
        if not any(keep(p) for p in line["projects"] or [None]):
            continue
        kept, out = flows.add(line, keep)
        lines, amount, left = lines + 1, amount + kept + out, left + out

    rows = [{"funder": names.entry("funder", f), "fiduciary": names.entry("fiduciary", d),
             "project": names.entry("project", p), "group": names.entry(by.value, g), "fiscal_year": fy,
             "status": st, "cents": v["cents"], "fundings": sorted(v["fundings"])}
            for (f, d, p, g, fy, st), v in flows.rows.items()]
    rows.sort(key=lambda r: (*(_name_key(r[k]) for k in ("funder", "fiduciary", "project", "group")),
                             _year_key(r["fiscal_year"]), r["status"] or ""))
    filters = {"by": by.value, "level": level.value if by is FundingBy.territory else None,
               "fiscal_year": fiscal_year, "status": status, "concertation": concertation, "committee": committee,
               "project": project}
    return {"filters": filters, "allocation": ALLOCATION, **_summary(rows, lines, amount, left)}


def _summary(rows: list[dict], lines: int, amount: int, left: int) -> dict:
    """Flows, groups, totals and reconciliation from the flow rows (in cents) and the lines' amounts in scope."""
    per = {field: _totals_by(rows, field) for field in ("funder", "fiduciary", "project", "group")}
    total = sum(r["cents"] for r in rows)
    groups = [{**g, "by_fiscal_year": _breakdown(mine, "fiscal_year"), "by_status": _breakdown(mine, "status")}
              for g in per["group"] for mine in [[r for r in rows if r["group"]["id"] == g["id"]]]]
    sums = {f"by_{field}": sum(e["cents"] for e in entries) for field, entries in per.items()}
    return {
        "flows": [_money(r) for r in rows],
        "groups": [_money(g) for g in groups],
        "totals": {"amount": dollars(total), "by_fiscal_year": _breakdown(rows, "fiscal_year"),
                   "by_status": _breakdown(rows, "status"),
                   **{f"by_{k}": [_money(e) for e in per[k]] for k in ("funder", "fiduciary", "project")}},
        "reconciliation": {"fundings": lines, "amount": dollars(amount), "outside_scope": dollars(left),
                           **{k: dollars(v) for k, v in sums.items()},
                           "balanced": total == amount - left and all(v == total for v in sums.values())},
    }
