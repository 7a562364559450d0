"""Funding flows (question 7): funder → fiduciary → project, counted once, split to the cent, reconciled — on a
hand-made graph and on the sample (values computed by hand from data/sample/000-pacte-lassomption/fundings.csv,
data/sample/004-cdsm-2009-2010/fundings.csv and the PACTE plan, shared/seeds/000_8d051541b2e0ba72.txt)."""
from __future__ import annotations

import json

import pytest

from graph.analytics.funding import funding_flows
from loaders.load import load_paths
from tests.test_loaders import write_csv

FLOWS = "/api/funding/flows"


def by_id(entries: list[dict]) -> dict:
    return {e["id"]: e["amount"] for e in entries}


@pytest.fixture
def small(store, tmp_path):
    """Funder F gives 1 000,01 $ through fiduciary X to P1 and P2 (one line, two projects); X itself gives 300 $ to
    P1, whose only fiduciary is X; a 50 $ line names neither funder nor project. K carries P1 and P2; P3 has no
    committee and no funding."""
    d = tmp_path / "small"
    write_csv(d, "organisations", [["id", "nom", "secteur"], ["org:f", "Fondation F", "philanthropie"],
                                   ["org:x", "Organisme X", "communautaire"]])
    write_csv(d, "comites", [["id", "name", "kind"], ["com:k", "Comité K", "comite_porteur"]])
    write_csv(d, "projets", [["id", "name", "comite"], ["proj:p1", "P1", "com:k"], ["proj:p2", "P2", "com:k"],
                             ["proj:p3", "P3", ""]])
    write_csv(d, "fiduciaires", [["from", "to"], ["org:x", "proj:p1"]])
    write_csv(d, "financements", [
        ["id", "montant", "annee_financiere", "statut", "bailleur", "projet", "fiduciaire"],
        ["fund:a", "1 000,01 $", "2026-2027", "granted", "org:f", "proj:p2;proj:p1", "org:x"],
        ["fund:b", "300$", "2026-2027", "planned", "org:x", "proj:p1", ""],
        ["fund:c", "50$", "", "requested", "", "", ""],
    ])
    load_paths(store, [d])
    return store


def test_money_through_a_fiduciary_is_counted_once(small):
    r = funding_flows(small, "funder")
    # 1 000,01 + 300 + 50, each line once: not 1 000,01 again for the fiduciary X.
    assert r["totals"]["amount"] == 1350.01
    assert by_id(r["totals"]["by_funder"]) == {"org:f": 1000.01, "org:x": 300.0, None: 50.0}
    assert by_id(r["totals"]["by_fiduciary"]) == {"org:x": 1300.01, None: 50.0}
    # fund:a split in two: the odd cent to the first project by id (P1).
    assert by_id(r["totals"]["by_project"]) == {"proj:p1": 500.01 + 300.0, "proj:p2": 500.0, None: 50.0}
    assert {e["name"] for e in r["totals"]["by_funder"] if e["id"] is None} == {"Bailleur non précisé"}
    rec = r["reconciliation"]
    assert (rec["fundings"], rec["amount"], rec["outside_scope"], rec["balanced"]) == (3, 1350.01, 0.0, True)
    assert rec["by_funder"] == rec["by_fiduciary"] == rec["by_project"] == rec["by_group"] == 1350.01
    chain = [f for f in r["flows"] if f["funder"]["id"] == "org:f"]
    assert [(f["fiduciary"]["id"], f["project"]["id"], f["amount"]) for f in chain] == [
        ("org:x", "proj:p1", 500.01), ("org:x", "proj:p2", 500.0)]
    assert chain[0]["fundings"] == ["fund:a"] and chain[0]["status"] == "granted"


def test_small_graph_by_committee_year_and_status(small):
    r = funding_flows(small, "committee")
    assert by_id(r["groups"]) == {"com:k": 1300.01, None: 50.0}
    assert [g["name"] for g in r["groups"]] == ["Comité K", "Comité non précisé"]
    assert r["totals"]["by_fiscal_year"] == [{"fiscal_year": "2026-2027", "amount": 1300.01},
                                             {"fiscal_year": None, "amount": 50.0}]
    assert by_id([{"id": s["status"], "amount": s["amount"]} for s in r["totals"]["by_status"]]) == {
        "granted": 1000.01, "planned": 300.0, "requested": 50.0}
    only_p2 = funding_flows(small, "committee", project="proj:p2")
    # Only P2's share of fund:a is in scope; P1's 500,01 $ is outside it.
    assert only_p2["totals"]["amount"] == 500.0
    assert (only_p2["reconciliation"]["amount"], only_p2["reconciliation"]["outside_scope"]) == (1000.01, 500.01)
    assert funding_flows(small, "funder", status="planned")["totals"]["amount"] == 300.0


def test_pacte_committees_per_fiscal_year(sample_client):
    # fundings.csv, 2026-2027 — Sécurité alimentaire: 23 760 (P1+P2, one line) + 5 400 (P3) + 5 400 (P4) = 34 560;
    # Bienveillance: 17 280 + 37 800 = 55 080; Logement: 1 080 + 8 640 + 2 000 = 11 720; Soutien aux parents:
    # 24 300 (« Projet 2 et 3 », seed line 343).
    body = sample_client.get(FLOWS, params={"by": "committee", "fiscal_year": "2026-2027"}).json()
    groups = by_id(body["groups"])
    assert groups["com:pacte-cp-securite-alimentaire"] == 34560.0
    assert groups["com:pacte-cp-bienveillance"] == 55080.0
    assert groups["com:pacte-cp-logement"] == 11720.0
    assert groups["com:pacte-cp-soutien-parents-enfants"] == 24300.0
    # 2027-2028 — SA: 23 760 + 5 400 = 29 160; Bienveillance: 12 960 + 10 800 = 23 760; Logement: 1 080 + 6 480 =
    # 7 560; Soutien aux parents: no line (the cells are empty, README § Ambiguïtés 2).
    later = by_id(sample_client.get(FLOWS, params={"by": "committee", "fiscal_year": "2027-2028"}).json()["groups"])
    assert later["com:pacte-cp-securite-alimentaire"] == 29160.0
    assert later["com:pacte-cp-bienveillance"] == 23760.0
    assert later["com:pacte-cp-logement"] == 7560.0
    assert "com:pacte-cp-soutien-parents-enfants" not in later


def test_whole_sample_reconciles(sample_client):
    # PACTE: 4 000 + 3 000 + 4 000 + 3 000 + 70 653 + 74 720 + 17 280 + 12 960 + 37 800 + 10 800 + 1 080 + 1 080
    # + 8 640 + 6 480 + 2 000 + 3 240 + 23 760 + 23 760 + 5 400 + 5 400 + 5 400 + 24 300 = 348 753 (22 lines);
    # CDSM 2009: 111 600 (1 line). Total 460 353 in 23 lines.
    body = sample_client.get(FLOWS, params={"by": "fiduciary"}).json()
    rec = body["reconciliation"]
    assert (rec["fundings"], rec["amount"], rec["outside_scope"], rec["balanced"]) == (23, 460353.0, 0.0, True)
    assert rec["by_funder"] == rec["by_fiduciary"] == rec["by_project"] == rec["by_group"] == 460353.0
    assert body["totals"]["amount"] == 460353.0
    # No line names a funder: one visible pseudo-entry, not dropped.
    assert body["totals"]["by_funder"] == [{"id": None, "name": "Bailleur non précisé", "amount": 460353.0}]
    # « via org:cjela »: 3 240 + 23 760 + 23 760 + 5 400 + 5 400 + 5 400 = 66 960; the rest has no fiduciary.
    assert by_id(body["groups"]) == {"org:cjela": 66960.0, None: 460353.0 - 66960.0}
    # « Projet 2 et 3 » (24 300) split in equal shares between the two projects.
    projects = by_id(body["totals"]["by_project"])
    assert projects["proj:pacte-spe-outils-existants"] == projects["proj:pacte-spe-nouveaux-outils"] == 12150.0
    assert body["totals"]["by_status"] == [{"status": "planned", "amount": 348753.0},
                                           {"status": "requested", "amount": 111600.0}]


def test_by_theme_and_territory(sample_client):
    themes = by_id(sample_client.get(FLOWS, params={"by": "theme"}).json()["groups"])
    # Familles: 24 300. Sécurité alimentaire: 23 760 × 2 + 5 400 + half of 5 400 × 2 (P4 also addresses
    # participation citoyenne) = 58 320. Participation citoyenne: half of 17 280 + 12 960 (Générateur, also
    # bienveillance) + half of 5 400 × 2 = 20 520. Logement: 19 280 (PACTE) + 111 600 (CDSM) = 130 880.
    assert themes["theme:familles"] == 24300.0
    assert themes["theme:securite-alimentaire"] == 58320.0
    assert themes["theme:participation-citoyenne"] == 20520.0
    assert themes["theme:logement"] == 130880.0
    assert sum(themes.values()) == 460353.0
    mrc = sample_client.get(FLOWS, params={"by": "territory"}).json()["groups"]
    # PACTE projects have no territory: their concertation's (mrc:60). The CDSM project is in region:04 (wider than
    # an MRC), kept as it is.
    assert [(g["id"], g["level"], g["amount"]) for g in mrc] == [("mrc:60", "mrc", 348753.0),
                                                                 ("region:04", "region", 111600.0)]
    region = sample_client.get(FLOWS, params={"by": "territory", "level": "region"}).json()["groups"]
    assert by_id(region) == {"region:14": 348753.0, "region:04": 111600.0}


def test_filters_and_errors(sample_client):
    sa = sample_client.get(FLOWS, params={"committee": "com:pacte-cp-securite-alimentaire",
                                          "concertation": "conc:pacte-lassomption"}).json()
    assert sa["totals"]["amount"] == 34560.0 + 29160.0
    one = sample_client.get(FLOWS, params={"project": "proj:pacte-sa-carte-interactive"}).json()
    # The two 23 760 lines go to P1 and P2: half of each is in scope.
    assert (one["totals"]["amount"], one["reconciliation"]["outside_scope"]) == (23760.0, 23760.0)
    assert sample_client.get(FLOWS, params={"status": "granted"}).json()["totals"]["amount"] == 0.0
    for params in ({"committee": "com:nulle-part"}, {"project": "proj:nulle-part"},
                   {"concertation": "conc:nulle-part"}, {"committee": "proj:pacte-sa-concertation"}):
        res = sample_client.get(FLOWS, params=params)
        assert res.status_code == 404 and "introuvable" in res.json()["detail"]
    for params in ({"by": "bailleur"}, {"fiscal_year": "2026"}, {"fiscal_year": "2026-2028"},
                   {"status": "paye"}, {"level": "quartier"}):
        assert sample_client.get(FLOWS, params=params).status_code == 422, params
    spec = sample_client.get("/openapi.json").json()["paths"][FLOWS]["get"]["parameters"]
    by = next(p for p in spec if p["name"] == "by")
    schema = sample_client.get("/openapi.json").json()["components"]["schemas"][by["schema"]["$ref"].split("/")[-1]]
    assert schema["enum"] == ["funder", "fiduciary", "theme", "territory", "committee"]


def test_cli(ask):
    res = ask("funding", "--by", "committee", "--annee-financiere", "2026-2027", "--json")
    assert res.exit_code == 0, res.output
    assert by_id(json.loads(res.output)["groups"])["com:pacte-cp-logement"] == 11720.0
    table = ask("funding", "--by", "fiduciary", "--comite", "Comité porteur Sécurité alimentaire")
    assert table.exit_code == 0, table.output
    assert "Carrefour jeunesse-emploi L'Assomption" in table.output and "63 720 $" in table.output
    assert "concordent" in table.output
    bad = ask("funding", "--annee-financiere", "2026-2028")
    assert bad.exit_code == 1 and "année financière" in bad.output
