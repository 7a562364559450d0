"""Benchmark: how well ``maillage import`` reads the five seed plans, against the hand-built sample data.

    python benchmarks/import_quality.py [--json résultats.json] [--seeds ../shared/seeds] [--with-other-plans]

For each seed plan, a fresh embedded graph holds only the territorial reference and the sample's concertations
and action plans (not the sample organizations: matching would be trivial). The importer proposes its review
(nothing is written), and the proposals are compared with ``data/sample/<plan>/``:

- organizations (those the sample defines for the plan, and the shared ones its relationships use): a proposed
  organization matches a sample organization when a normalized name, acronym or alias
  (as written in the plan) is the same, or the names are nearly identical; duplicates count as false positives;
- committee memberships: (committee, organization) pairs, committees matched by name, acronym or alias;
- project–organization roles: (project, organization, LEADS / PARTNER_IN / FIDUCIARY_OF), projects matched by
  their number (« 1.1.3 », « Projet 2 » of the same priority) or by name;
- budget lines: (project, fiscal year, amount).

Precision, recall and F1 per document; « — » when the sample has nothing and nothing is proposed.

``--with-other-plans`` measures the other real situation: each plan imported into a graph that already holds the
sample data of the four other plans (and the organizations they share), as in a database where neighbouring tables'
plans were loaded first; matching against organizations the graph already knows is then part of what is measured.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.store.embedded import EmbeddedServer  # noqa: E402
from graph.store.falkor import FalkorStore  # noqa: E402
from loaders.importer.cleaning import norm  # noqa: E402
from loaders.importer.pipeline import propose  # noqa: E402
from loaders.importer.resolution import loose  # noqa: E402
from loaders.load import REFERENCE_DIR, SAMPLE_DIR, load_paths  # noqa: E402
from loaders.problems import LoadRejected  # noqa: E402
from loaders.values import parse_list, parse_money  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
PLANS = {  # seed file prefix → (sample folder, concertation)
    "000": ("000-pacte-lassomption", "conc:pacte-lassomption"),
    "001": ("001-concertation-horizon", "conc:concertation-horizon"),
    "002": ("002-tpdsl", "conc:tpdsl"),
    "003": ("003-cdsm-2017-2020", "conc:cds-mauricie"),
    "004": ("004-cdsm-2009-2010", "conc:cds-mauricie"),
}
GENERIC_ACRONYMS = {"mrc", "ca"}  # acronyms shared by many bodies: never a match by themselves


def _csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _keys(*texts) -> set[str]:
    out = set()
    for t in texts:
        for x in (parse_list(t) if isinstance(t, str) else (t or [])):
            k = loose(x)
            if k and k not in GENERIC_ACRONYMS:
                out.add(k)
    return out


def prf(tp: int, n_pred: int, n_true: int) -> dict:
    if n_pred == 0 and n_true == 0:
        return {"p": None, "r": None, "f1": None, "tp": 0, "pred": 0, "true": 0}
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_true if n_true else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "tp": tp, "pred": n_pred, "true": n_true}


class Truth:
    """The sample data of one plan: organizations, committees, projects, memberships, roles, budget lines."""

    def __init__(self, folder: Path):
        common = SAMPLE_DIR / "common"
        all_orgs = {r["id"]: r for r in _csv(common / "organizations.csv")}
        own = {r["id"]: r for r in _csv(folder / "organizations.csv")}
        all_orgs.update(own)
        rels = {name: _csv(folder / f"{name}.csv") for name in ("member_of", "leads", "partner_in", "fiduciary_of")}
        fundings = _csv(folder / "fundings.csv")
        used = set(own)
        for rows in rels.values():
            used |= {r["from"] for r in rows if r["from"] in all_orgs}
        used |= {r["via"] for r in fundings if r.get("via") in all_orgs}
        used |= {r["organization"] for r in _csv(folder / "persons.csv") if r.get("organization") in all_orgs}
        used |= {r[k] for r in _csv(folder / "collaborates_with.csv") for k in ("from", "to") if r[k] in all_orgs}
        self.orgs = {i: all_orgs[i] for i in used}
        self.committees = {r["id"]: r for r in _csv(folder / "committees.csv")}
        self.projects = {r["id"]: r for r in _csv(folder / "projects.csv")}
        self.members = {(r["to"], r["from"]) for r in rels["member_of"] if r["from"] in self.orgs}
        self.roles = {(r["to"], r["from"], t) for t, name in (("LEADS", "leads"), ("PARTNER_IN", "partner_in"),
                                                               ("FIDUCIARY_OF", "fiduciary_of"))
                      for r in rels[name]}
        self.budgets = [(set(parse_list(r["project"])), r.get("fiscal_year") or None, parse_money(r["amount"]))
                        for r in fundings]


def match_orgs(review, truth: Truth) -> dict[str, str]:
    """Proposed organization id → sample organization id."""
    index: dict[str, set[str]] = {}
    for oid, r in truth.orgs.items():
        for k in _keys(r["name"], r.get("acronym", ""), r.get("aliases", "")):
            index.setdefault(k, set()).add(oid)
    out = {}
    for row in review.rows("Organization"):
        v = row.values
        keys = _keys(v["name"], v.get("acronym") or "", v.get("aliases") or [], row.mention)
        hits = [oid for k in keys for oid in index.get(k, ())]
        if not hits:
            best = max(truth.orgs.values(), key=lambda r: fuzz.token_sort_ratio(loose(v["name"]), loose(r["name"])),
                       default=None)
            if best and fuzz.token_sort_ratio(loose(v["name"]), loose(best["name"])) >= 90:
                hits = [best["id"]]
        if hits:
            out[v["id"]] = max(set(hits), key=hits.count)
    return out


def match_committees(review, truth: Truth) -> dict[str, str]:
    out = {}
    for row in review.rows("Committee"):
        v = row.values
        keys = _keys(v["name"], v.get("acronym") or "")
        best, score = None, 0.0
        for cid, c in truth.committees.items():
            ckeys = _keys(c["name"], c.get("acronym", ""), c.get("aliases", ""))
            s = 100.0 if keys & ckeys else max(fuzz.token_sort_ratio(loose(v["name"]), k) for k in ckeys or {""})
            if s > score:
                best, score = cid, s
        if best and score >= 88:
            out[v["id"]] = best
    return out


def _number(text: str) -> str | None:
    m = re.search(r"(\d+(?:[.-]\d+){2,3})", text or "")
    return m.group(1).replace("-", ".") if m else None


def match_projects(review, truth: Truth) -> dict[str, str]:
    out = {}
    by_number = {}
    for pid, p in truth.projects.items():
        n = _number(p["name"]) or _number(pid.split(":", 1)[-1].split("-", 1)[-1])
        if n:
            by_number.setdefault(n, pid)
    for row in review.rows("Project"):
        v = row.values
        src = row.source.section if row.source else ""
        n = _number(src) or _number(v["id"])
        if n and n in by_number:
            out[v["id"]] = by_number[n]
            continue
        text = norm(v["name"])
        best, score = None, 0.0
        for pid, p in truth.projects.items():
            s = max(fuzz.token_set_ratio(text, norm(p["name"])),
                    0.9 * fuzz.token_set_ratio(text, norm(p.get("description", ""))))
            if s > score:
                best, score = pid, s
        if best and score >= 75:
            out[v["id"]] = best
    return out


def evaluate(review, truth: Truth, details: dict | None = None) -> dict:
    orgs = match_orgs(review, truth)
    proposed_orgs = [r.values["id"] for r in review.rows("Organization")]
    matched = {orgs[o] for o in proposed_orgs if o in orgs}
    result = {"organizations": prf(len(matched), len(proposed_orgs), len(truth.orgs))}
    if details is not None:
        details["organizations"] = {
            "false_positives": [r.values["name"] for r in review.rows("Organization") if r.values["id"] not in orgs],
            "missed": [truth.orgs[o]["name"] for o in truth.orgs if o not in matched]}

    comms = match_committees(review, truth)
    pred = {(comms.get(r.values["to"], r.values["to"]), orgs.get(r.values["from"], r.values["from"]))
            for r in review.rows("MEMBER_OF") if r.values["from"].startswith("org:")}
    result["memberships"] = prf(len(pred & truth.members), len(pred), len(truth.members))
    if details is not None:
        details["memberships"] = {"false_positives": sorted(map(str, pred - truth.members)),
                                  "missed": sorted(map(str, truth.members - pred))}

    projs = match_projects(review, truth)
    pred_roles = set()
    for t in ("LEADS", "PARTNER_IN", "FIDUCIARY_OF"):
        for r in review.rows(t):
            pred_roles.add((projs.get(r.values["to"], r.values["to"]), orgs.get(r.values["from"], r.values["from"]),
                            t))
    result["roles"] = prf(len(pred_roles & truth.roles), len(pred_roles), len(truth.roles))
    if details is not None:
        details["roles"] = {"false_positives": sorted(map(str, pred_roles - truth.roles)),
                            "missed": sorted(map(str, truth.roles - pred_roles))}

    pred_budget = []
    for r in review.rows("Funding"):
        v = r.values
        pred_budget.append(({projs.get(p, p) for p in v["project"]}, v.get("fiscal_year"), parse_money(v["amount"])))
    used, tp = set(), 0
    for projects, fy, amount in pred_budget:
        for i, (tprojects, tfy, tamount) in enumerate(truth.budgets):
            if i not in used and fy == tfy and abs(amount - tamount) < 0.01 and projects & tprojects:
                used.add(i)
                tp += 1
                break
    result["budget_lines"] = prf(tp, len(pred_budget), len(truth.budgets))
    if details is not None:
        details["budget_lines"] = {"missed": [str(b) for i, b in enumerate(truth.budgets) if i not in used]}
    return result


def _graph(server, name: str, tmp: Path, others: list[str] | None = None) -> FalkorStore:
    """The graph a plan is imported into: the territorial reference, the concertations and plans — and, with
    ``others``, the sample data of the other plans (a table whose graph already holds its neighbours' plans)."""
    store = FalkorStore(name, unix_socket_path=str(server.socket_path))
    store.clear()
    if others is not None:
        load_paths(store, [REFERENCE_DIR, SAMPLE_DIR / "common"])
        waiting = list(others)
        while waiting:  # a plan that refers to another (successions) waits for it; one that refers to the plan
            loaded = []  # left out is not loaded
            for folder in waiting:
                try:
                    load_paths(store, [SAMPLE_DIR / folder])
                    loaded.append(folder)
                except LoadRejected:
                    pass
            if not loaded:
                print(f"  ({name} : non chargés, ils renvoient au plan évalué : {', '.join(waiting)})",
                      file=sys.stderr)
                break
            waiting = [f for f in waiting if f not in loaded]
        return store
    common = tmp / "common"
    common.mkdir(exist_ok=True)
    rows = _csv(SAMPLE_DIR / "common" / "concertations.csv")
    with open(common / "concertations.csv", "w", newline="", encoding="utf-8") as f:
        fields = [k for k in rows[0] if k != "coordinator"]  # the coordinators are sample organizations
        w = csv.DictWriter(f, fields)
        w.writeheader()
        for r in rows:
            w.writerow({k: r[k] for k in fields})
    (common / "action_plans.csv").write_bytes((SAMPLE_DIR / "common" / "action_plans.csv").read_bytes())
    load_paths(store, [REFERENCE_DIR, common])
    return store


def run(seeds: Path = SEEDS, details: dict | None = None, with_others: bool = False) -> dict:
    results = {}
    with tempfile.TemporaryDirectory() as d, EmbeddedServer(Path(d)) as server:
        for seed in sorted(seeds.glob("*.txt")):
            prefix = seed.name[:3]
            if prefix not in PLANS:
                continue
            folder, concertation = PLANS[prefix]
            others = [f for p, (f, _) in PLANS.items() if p != prefix] if with_others else None
            store = _graph(server, f"bench-{prefix}", Path(d), others)
            try:
                review = propose(store, seed, concertation)
            finally:
                store.clear()
                store.close()
            d_doc = details.setdefault(seed.name, {}) if details is not None else None
            results[seed.name] = evaluate(review, Truth(SAMPLE_DIR / folder), d_doc)
    return results


def _fmt(x) -> str:
    return "   —" if x is None else f"{x:4.2f}"


def print_table(results: dict) -> None:
    metrics = ("organizations", "memberships", "roles", "budget_lines")
    print(f"{'document':28} " + " ".join(f"{m:>24}" for m in metrics))
    print(f"{'':28} " + " ".join(f"{'P    R    F1  (tp/pred/true)':>24}" for _ in metrics))
    for doc, res in results.items():
        cells = []
        for m in metrics:
            x = res[m]
            cells.append(f"{_fmt(x['p'])} {_fmt(x['r'])} {_fmt(x['f1'])} ({x['tp']}/{x['pred']}/{x['true']})")
        print(f"{doc:28} " + " ".join(f"{c:>24}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the results as JSON")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of the seed plans (.txt)")
    parser.add_argument("--details", action="store_true", help="list false positives and misses per document")
    parser.add_argument("--with-other-plans", action="store_true",
                        help="import each plan into a graph that already holds the sample data of the other plans")
    args = parser.parse_args()
    details: dict = {}
    results = run(args.seeds, details, args.with_other_plans)
    print_table(results)
    if args.details:
        print(json.dumps(details, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"results": results, "details": details}, ensure_ascii=False, indent=2),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
