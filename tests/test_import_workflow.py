"""``maillage import``: propose (nothing written), review in the workbook, apply through the loaders' path (all or
nothing, provenance), re-import (no duplicates), remembered rejections, persons only when kept — on a real
embedded FalkorDB."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from loaders.importer.apply import apply_review
from loaders.importer.pipeline import import_plan
from loaders.importer.workbook import DECISION, KEY, STATUS
from loaders.load import load_paths
from loaders.problems import LoadRejected
from maillage.cli import app
from tests.conftest import SEEDS, dump
from tests.test_import_documents import make_docx, seed_excerpt

PACTE = SEEDS / "000_8d051541b2e0ba72.txt"
CDSM_2009 = SEEDS / "004_3aea00a73f382ba8.txt"


def _write(folder: Path, name: str, rows: list[list[str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


@pytest.fixture
def base(tmp_path) -> Path:
    """A small graph: two territories, two concertations, one organization already known (the CSSDA)."""
    d = tmp_path / "base"
    _write(d, "territoires", [["id", "nom", "code", "niveau", "parent"],
                              ["region:14", "Lanaudière", "14", "region", ""],
                              ["mrc:60", "L'Assomption", "60", "mrc", "region:14"],
                              ["region:04", "Mauricie", "04", "region", ""]])
    _write(d, "concertations", [["id", "nom", "sigle", "niveau", "territoires"],
                                ["conc:pacte", "PACTE de la MRC de L'Assomption", "PACTE", "supralocal", "mrc:60"],
                                ["conc:cdsm", "Consortium en développement social de la Mauricie", "Consortium",
                                 "regional", "region:04"]])
    _write(d, "organisations", [["id", "nom", "sigle", "alias", "secteur"],
                                ["org:cssda", "Centre de services scolaire des Affluents", "CSSDA", "", "education"]])
    return d


@pytest.fixture
def plan(tmp_path) -> Path:
    """Priorities 5 and 6 of the PACTE plan (CJELA fiduciary, comités porteurs, budgets), as a Word document."""
    text = "Plan d'action de L'Assomption 2026-2028\n" + seed_excerpt(
        PACTE, "<b>Axe d'intervention :</b> Sécurité Alimentaire")
    return make_docx(text, tmp_path / "pacte-sa.docx")


def apply_ok(store, path: Path, data_dir: Path):
    """Apply a review that must be accepted (failing with the problems' messages otherwise)."""
    try:
        return apply_review(store, path, data_dir=data_dir)
    except LoadRejected as e:
        pytest.fail("\n".join(str(p) for p in e.problems))


def sheet_rows(path: Path, title: str) -> tuple[list[str], list[dict]]:
    ws = load_workbook(path)[title]
    rows = list(ws.iter_rows(values_only=True))
    headers = list(rows[0])
    return headers, [dict(zip(headers, r)) for r in rows[1:]]


def set_cells(path: Path, title: str, match, **values) -> int:
    """Edit the rows of a sheet for which ``match(row)`` is true, as a reviewer would in Excel."""
    wb = load_workbook(path)
    ws = wb[title]
    headers = [c.value for c in ws[1]]
    n = 0
    for row in ws.iter_rows(min_row=2):
        data = {h: c.value for h, c in zip(headers, row)}
        if match(data):
            for h, v in values.items():
                row[headers.index(h)].value = v
            n += 1
    wb.save(path)
    return n


def test_import_proposes_without_writing_then_apply_loads_with_provenance(store, base, plan, tmp_path):
    load_paths(store, [base])
    before = dump(store)
    review_path = tmp_path / "revue.xlsx"
    review = import_plan(store, plan, "conc:pacte", review_path, data_dir=tmp_path)
    assert dump(store) == before, "the import step writes nothing"

    wb = load_workbook(review_path)
    assert wb.sheetnames[0] == "LISEZMOI"
    for title in ("organisations", "comites", "membres", "projets", "financements", "fiduciaires", "partenaires",
                  "enjeux", "plans_action", "personnes"):
        assert title in wb.sheetnames
    ws = wb["organisations"]
    assert ws.freeze_panes == "D2"
    assert ws.cell(1, 1).value == DECISION and ws.cell(1, 1).font.bold
    assert any('"accepter,rejeter"' in (dv.formula1 or "") for dv in ws.data_validations.dataValidation)
    assert any("_listes" in (dv.formula1 or "") for dv in ws.data_validations.dataValidation), "sector drop-down"
    codes = [c.value for col in wb["_listes"].iter_cols() for c in col]
    assert wb["_listes"].sheet_state == "hidden" and "communautaire" in codes and "comite_porteur" in codes
    assert wb["personnes"].sheet_properties.tabColor.rgb.endswith("C00000")

    headers, orgs = sheet_rows(review_path, "organisations")
    for h in ("identifiant", "nom", "sigle", "alias", "secteur", "confiance", STATUS, "correspondance",
              "alternatives", "document", "emplacement", "extrait"):
        assert h in headers
    by_name = {o["nom"]: o for o in orgs}
    cssda = by_name["Centre de services scolaire des Affluents"]
    assert cssda[STATUS] == "existant" and cssda["identifiant"] == "org:cssda"
    cisss = by_name["Centre intégré de santé et de services sociaux de Lanaudière"]
    assert set(cisss["alias"].split("; ")) >= {"CISSS", "CISSSL"}, "territory picks the CISSS de Lanaudière"
    assert by_name["CJELA"]["document"] == "pacte-sa.docx" and by_name["CJELA"]["extrait"]
    assert "Organismes communautaires" not in by_name and "Municipalités" not in by_name, "generic mentions"
    _, budget = sheet_rows(review_path, "financements")
    assert {(b["annee_financiere"], b["montant"]) for b in budget} >= {("2026-2027", "23 760$"),
                                                                      ("2026-2027", "24 300$")}
    _, fid = sheet_rows(review_path, "fiduciaires")
    assert {f["nom (de)"] for f in fid} == {"CJELA"} and len(fid) == 4
    projects = {p["nom"]: p for p in sheet_rows(review_path, "projets")[1]}
    assert any("Mécanismes" in n or "mécanismes" in n for n in projects)
    assert all(p["enjeux"] for p in projects.values())
    assert any("Municipalités" in (r.values.get("partner_mentions") or []) for r in review.rows("Project"))

    report = apply_ok(store, review_path, tmp_path)
    assert report.counts["Organization"]["created"] >= 10
    rows = store.query("MATCH (o:Organization {id: 'org:cssda'}) RETURN o.aliases AS aliases, o.name AS name")
    assert rows[0]["name"] == "Centre de services scolaire des Affluents", "existing entities are not renamed"
    assert "CSDA" in rows[0]["aliases"], "the plan's spelling is remembered as an alias"
    rows = store.query("MATCH (o:Organization)-[r:FIDUCIARY_OF]->(p:Project) RETURN o.name AS o, r.source AS s, "
                       "r.loaded_from AS l, r.since AS since")
    assert len(rows) == 4 and {r["o"] for r in rows} == {"CJELA"}
    assert all("pacte-sa.docx §" in r["s"][0] and "revue.xlsx[fiduciaires]" in r["l"][0] for r in rows)
    assert all(r["since"] == 2026 for r in rows)
    rows = store.query("MATCH (f:Funding)-[:TO]->(p:Project) WHERE f.amount = 24300.0 RETURN count(p) AS n")
    assert rows[0]["n"] == 2, "« Projet 2 et 3 » funds both projects"
    rows = store.query("MATCH (o:Organization)-[:MEMBER_OF]->(c:Committee {name: 'Comité porteur Soutien aux "
                       "parents et aux enfants'}) RETURN o.name AS name")
    assert len(rows) == 7

    # applying the same workbook again changes nothing
    loaded = dump(store)
    assert apply_review(store, review_path, data_dir=tmp_path).changes == 0
    assert dump(store) == loaded

    # importing the same plan again proposes no duplicates: everything resolves to what was applied
    n_orgs = store.query("MATCH (o:Organization) RETURN count(o) AS n")[0]["n"]
    again = import_plan(store, plan, "conc:pacte", tmp_path / "revue2.xlsx", data_dir=tmp_path)
    for sheet in ("Organization", "Committee", "Project", "Funding", "MEMBER_OF", "FIDUCIARY_OF", "PARTNER_IN"):
        assert again.rows(sheet) and all(r.status == "existant" for r in again.rows(sheet)), sheet
    apply_review(store, tmp_path / "revue2.xlsx", data_dir=tmp_path)
    assert store.query("MATCH (o:Organization) RETURN count(o) AS n")[0]["n"] == n_orgs
    assert store.query("MATCH (o:Organization {name: 'CJELA'}) RETURN count(o) AS n")[0]["n"] == 1


def test_rejections_cascade_and_are_remembered(store, base, plan, tmp_path):
    load_paths(store, [base])
    path = tmp_path / "revue.xlsx"
    import_plan(store, plan, "conc:pacte", path, data_dir=tmp_path)
    assert set_cells(path, "organisations", lambda r: r["nom"] == "Frigos Verts", **{DECISION: "rejeter"}) == 1
    report = apply_review(store, path, data_dir=tmp_path)
    assert report.rejected == 1
    assert store.query("MATCH (o:Organization {name: 'Frigos Verts'}) RETURN count(o) AS n")[0]["n"] == 0
    assert any("rejetée" in n for n in report.notes), "its memberships are skipped, with a note"
    remembered = json.loads((tmp_path / "importer" / "rejets.json").read_text(encoding="utf-8"))["keys"]
    assert any("frigos verts" in k for k in remembered)

    again = import_plan(store, plan, "conc:pacte", tmp_path / "revue2.xlsx", data_dir=tmp_path)
    frigos = [r for r in again.rows("Organization") if r.values["name"] == "Frigos Verts"]
    assert frigos and frigos[0].decision == "rejeter" and frigos[0].status == "déjà rejeté"
    _, rows = sheet_rows(tmp_path / "revue2.xlsx", "organisations")
    assert next(r for r in rows if r["nom"] == "Frigos Verts")[DECISION] == "rejeter"


def test_apply_is_all_or_nothing_with_located_errors(store, base, plan, tmp_path):
    load_paths(store, [base])
    path = tmp_path / "revue.xlsx"
    import_plan(store, plan, "conc:pacte", path, data_dir=tmp_path)
    before = dump(store)
    set_cells(path, "organisations", lambda r: r["nom"] == "CJELA", **{DECISION: "peut-être"})
    set_cells(path, "financements", lambda r: r["montant"] == "23 760$", montant="beaucoup")
    with pytest.raises(LoadRejected) as exc:
        apply_review(store, path, data_dir=tmp_path)
    messages = [str(p) for p in exc.value.problems]
    assert any("revue.xlsx › feuille « organisations », ligne" in m and "colonne « décision »" in m
               and "valeur « peut-être »" in m for m in messages), messages
    assert dump(store) == before
    set_cells(path, "organisations", lambda r: r["nom"] == "CJELA", **{DECISION: "accepter"})
    with pytest.raises(LoadRejected) as exc:
        apply_review(store, path, data_dir=tmp_path)
    messages = [str(p) for p in exc.value.problems]
    assert any("feuille « financements »" in m and "colonne « montant »" in m and "beaucoup" in m
               for m in messages), messages
    assert dump(store) == before


def test_merging_a_proposal_into_an_existing_organization(store, base, plan, tmp_path):
    load_paths(store, [base])
    path = tmp_path / "revue.xlsx"
    import_plan(store, plan, "conc:pacte", path, data_dir=tmp_path)
    set_cells(path, "organisations", lambda r: r["nom"] == "Panda", identifiant="org:cssda")
    apply_ok(store, path, tmp_path)
    rows = store.query("MATCH (o:Organization {id: 'org:cssda'})-[:MEMBER_OF]->(c:Committee) RETURN c.name AS c")
    assert "Comité porteur Soutien aux parents et aux enfants" in {r["c"] for r in rows}
    assert store.query("MATCH (o:Organization {name: 'Panda'}) RETURN count(o) AS n")[0]["n"] == 0


def test_persons_are_private_and_loaded_only_when_kept(store, base, tmp_path):
    load_paths(store, [base])
    text = "PLAN D'ACTION 2009-2010\n" + seed_excerpt(CDSM_2009, "Annexe B : Comité en sécurité alimentaire",
                                                      "Contexte")
    doc = tmp_path / "annexe.txt"
    doc.write_text(text, encoding="utf-8")
    path = tmp_path / "revue.xlsx"
    review = import_plan(store, doc, "conc:cdsm", path, data_dir=tmp_path)
    persons = review.rows("Person")
    assert {p.values["name"] for p in persons} >= {"Marie-Josée Routhier", "Andrée Hallée", "Joanne Blais"}
    assert all(p.decision == "" for p in persons)
    routhier = next(p for p in persons if p.values["name"] == "Marie-Josée Routhier")
    assert routhier.values["organization"] == "org:csss-de-trois-rivieres"
    members = {(r.labels[0], r.values["role"]) for r in review.rows("MEMBER_OF")}
    assert ("Marie-Josée Routhier", "membre") in members
    assert not any(name == "Joanne Blais" for name, _ in members), "a potential member is not a member"
    assert any(r.values["name"].startswith("Conférence régionale des élus de la Mauricie")
               for r in review.rows("Organization")), "« CRÉ » in a Mauricie plan"

    apply_review(store, path, data_dir=tmp_path)
    assert store.query("MATCH (p:Person) RETURN count(p) AS n")[0]["n"] == 0
    assert store.query("MATCH (o:Organization)-[:MEMBER_OF]->(:Committee) RETURN count(o) AS n")[0]["n"] >= 5

    set_cells(path, "personnes", lambda r: r["nom"] == "Marie-Josée Routhier", **{DECISION: "accepter"})
    apply_review(store, path, data_dir=tmp_path)
    rows = store.query("MATCH (p:Person)-[:REPRESENTS]->(o:Organization) RETURN p.name AS p, o.id AS o")
    assert rows == [{"p": "Marie-Josée Routhier", "o": "org:csss-de-trois-rivieres"}]
    rows = store.query("MATCH (p:Person)-[:MEMBER_OF]->(c:Committee) RETURN c.name AS c")
    assert [r["c"] for r in rows] == ["Comité en sécurité alimentaire"]


def test_unknown_concertation_is_a_clear_error(store, base, plan, tmp_path):
    load_paths(store, [base])
    with pytest.raises(ValueError, match="concertation inconnue"):
        import_plan(store, plan, "conc:absente", tmp_path / "r.xlsx")


def test_cli_import_then_apply(tmp_path, monkeypatch, base, plan):
    monkeypatch.setenv("MAILLAGE_DATA_DIR", str(tmp_path / "donnees"))
    monkeypatch.delenv("MAILLAGE_GRAPH_URI", raising=False)
    runner = CliRunner()
    assert runner.invoke(app, ["load", str(base)], catch_exceptions=False).exit_code == 0
    review = tmp_path / "revue.xlsx"
    out = runner.invoke(app, ["import", str(plan), "--concertation", "conc:pacte", "--review", str(review),
                              "--json"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    sheets = {s["sheet"]: s for s in json.loads(out.output)["sheets"]}
    assert sheets["organisations"]["existing"] == 1 and sheets["organisations"]["new"] > 10
    checked = runner.invoke(app, ["import", "--apply", str(review), "--check", "--json"], catch_exceptions=False)
    assert checked.exit_code == 0 and json.loads(checked.output)["dry_run"] is True
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).output)
    assert "Project" not in stats["nodes"] or stats["nodes"]["Project"] == 0
    applied = runner.invoke(app, ["import", "--apply", str(review)], catch_exceptions=False)
    assert applied.exit_code == 0, applied.output
    assert "Revue appliquée" in applied.output
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).output)
    assert stats["nodes"]["Project"] >= 7
    set_cells(review, "projets", lambda r: True, **{DECISION: "bof"})
    refused = runner.invoke(app, ["import", "--apply", str(review)], catch_exceptions=False)
    assert refused.exit_code == 1 and "feuille « projets »" in refused.output
    missing = runner.invoke(app, ["import"], catch_exceptions=False)
    assert missing.exit_code == 2
    wb = load_workbook(review)
    assert wb["organisations"].column_dimensions["A"].width > 5
    assert KEY in [c.value for c in wb["organisations"][1]]
