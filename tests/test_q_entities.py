"""Question 2 — entities: lists (filters that combine, pagination) and profiles, on the sample graph and on a small
hand-made graph with funders. Expected values are read by hand from the sample CSVs (cited in comments)."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.analytics.entities import KINDS, Catalog, list_entities
from graph.analytics.profiles import organization_profile
from loaders.load import load_paths
from maillage.settings import Settings
from tests.test_loaders import write_csv

PACTE = "conc:pacte-lassomption"
#: A piece of the hierarchy for small hand-made graphs (data/reference/territories.csv).
HIERARCHY = [["id", "name", "code", "level", "parent"], ["province:24", "Québec", "24", "province", ""],
             ["region:14", "Lanaudière", "14", "region", "province:24"],
             ["mrc:60", "L'Assomption", "60", "mrc", "region:14"]]
CISSS = "org:cisss-lanaudiere"


@pytest.fixture
def client(sample_client):
    return sample_client


def ids(items):
    return [i["id"] for i in items]


# --- lists --------------------------------------------------------------------------------------------------


def test_every_kind_has_a_list_and_its_openapi_documentation(client):
    spec = client.get("/openapi.json").json()
    for kind in KINDS:
        assert f"/api/{kind}" in spec["paths"]
        body = client.get(f"/api/{kind}", params={"limit": 1}).json()
        assert set(body) >= {"total", "limit", "offset", "items", "filters"} and body["limit"] == 1
    for kind in ("organizations", "concertations", "committees", "projects", "funders"):
        assert f"/api/{kind}/{{id}}" in spec["paths"]
        assert spec["paths"][f"/api/{kind}/{{id}}"]["get"]["description"]


def test_organizations_filters_combine(client):
    body = client.get("/api/organizations", params={"territory": "60", "limit": 500}).json()
    assert body["filters"] == {"territory": "mrc:60"}
    found = ids(body["items"])
    # org:ville-repentigny is in mun:60013 (000-pacte/organizations.csv), org:cssda in mrc:60;mrc:64 and
    # org:cjela in mrc:60; the CISSS is only in region:14 (common/organizations.csv): not below the MRC.
    assert {"org:ville-repentigny", "org:cssda", "org:cjela"} <= set(found) and CISSS not in found
    assert body["total"] == len(found)
    # The only organizations of sector « education » are org:cssda (mrc:60;mrc:64) and org:cssdgs (mrc:67;mrc:68).
    both = client.get("/api/organizations", params={"territory": "60", "sector": "education"}).json()
    assert ids(both["items"]) == ["org:cssda"] and both["total"] == 1
    in_pacte = ids(client.get("/api/organizations", params={"concertation": PACTE, "limit": 500}).json()["items"])
    assert CISSS in in_pacte and "org:ciusss-mcq" not in in_pacte


def test_organization_items_carry_counts(client):
    items = client.get("/api/organizations", params={"territory": "14", "limit": 500}).json()["items"]
    cisss = next(i for i in items if i["id"] == CISSS)
    # 3 committees (000-pacte/member_of.csv rows 17, 24, 27), 2 projects (leads.csv:3, partner_in.csv:6).
    assert cisss["committees"] == 3 and cisss["projects"] == 2 and cisss["concertations"] == [PACTE]


def test_pagination(client):
    full = client.get("/api/organizations", params={"limit": 500}).json()
    part = client.get("/api/organizations", params={"limit": 2, "offset": 3}).json()
    assert part["total"] == full["total"] and part["items"] == full["items"][3:5]
    # organizations.csv rows: common 10, 000-pacte 24, 001-horizon 20, 002-tpdsl 5, 003-cdsm 4, 004-cdsm 23.
    assert full["total"] == len(full["items"]) == 86


def test_committees_and_projects(client):
    # 000-pacte/README: five comités porteurs; Bienveillance has 8 member organizations and carries projects 1-3.
    body = client.get("/api/committees", params={"concertation": PACTE, "kind": "comite_porteur"}).json()
    assert body["total"] == 5
    bienveillance = next(i for i in body["items"] if i["id"] == "com:pacte-cp-bienveillance")
    assert (bienveillance["members"], bienveillance["persons"], bienveillance["projects"]) == (8, 0, 3)
    assert client.get("/api/committees", params={"concertation": PACTE}).json()["total"] == 9  # committees.csv

    logement = client.get("/api/projects", params={"committee": "com:pacte-cp-logement"}).json()
    assert logement["total"] == 3  # Logement projets 1-3
    concerter = next(i for i in logement["items"] if i["id"] == "proj:pacte-log-concerter-mobiliser")
    assert concerter["fundings"] == 2 and concerter["funding_total"] == 2160.0  # 1 080$ + 1 080$ (fundings.csv)
    # 18 PACTE projects (projects.csv); the theme and plan filters combine with the concertation's.
    assert client.get("/api/projects", params={"plan": "plan:pacte-2026-2028"}).json()["total"] == 18
    sa = client.get("/api/projects", params={"concertation": PACTE, "theme": "theme:securite-alimentaire"}).json()
    assert {"proj:pacte-sa-carte-interactive", "proj:pacte-sa-strategie-surplus"} <= set(ids(sa["items"]))


def test_concertations_by_territory(client):
    # common/concertations.csv: PACTE in mrc:60, TPDSL in region:14, CDSM in region:04, Horizon in 5 MRC of region 16.
    assert ids(client.get("/api/concertations", params={"territory": "14"}).json()["items"]) == [PACTE, "conc:tpdsl"]
    assert ids(client.get("/api/concertations", params={"territory": "04"}).json()["items"]) == ["conc:cds-mauricie"]
    assert client.get("/api/concertations").json()["total"] == 4


def test_funders_of_the_sample_is_an_empty_list(client):
    # No funds.csv and no « bailleur » in any fundings.csv of the sample.
    assert client.get("/api/funders").json() == {"kind": "funders", "kind_fr": "bailleurs de fonds", "filters": {},
                                                 "total": 0, "limit": 100, "offset": 0, "items": []}
    assert client.get("/api/funders/org:cjela").status_code == 404


@pytest.mark.parametrize("url,params,status,message", [
    ("/api/organizations", {"sector": "santé"}, 422, "sector"),
    ("/api/organizations", {"concertation": "conc:inconnue"}, 404, "concertation introuvable"),
    ("/api/organizations", {"territory": "99999"}, 404, "territoire introuvable"),
    ("/api/organizations", {"limit": 0}, 422, None),
    ("/api/organizations", {"limit": 501}, 422, None),
    ("/api/organizations", {"offset": -1}, 422, None),
    ("/api/committees", {"kind": "comite"}, 422, "kind"),
    ("/api/projects", {"plan": "plan:inconnu"}, 404, "plan d'action introuvable"),
    ("/api/territories", {"level": "ville"}, 422, "level"),
    ("/api/organizations/org:inconnue", {}, 404, "organisation introuvable : « org:inconnue »"),
    ("/api/concertations/conc:inconnue", {}, 404, "concertation introuvable"),
    ("/api/committees/com:inconnu", {}, 404, "comité introuvable"),
    ("/api/projects/proj:inconnu", {}, 404, "projet introuvable"),
])
def test_errors(client, url, params, status, message):
    res = client.get(url, params=params)
    assert res.status_code == status
    if message:
        assert message in json.dumps(res.json(), ensure_ascii=False)


# --- profiles -----------------------------------------------------------------------------------------------


def test_organization_profile_of_the_cisss(client):
    p = client.get(f"/api/organizations/{CISSS}").json()
    # 000-pacte/member_of.csv rows 17, 24, 27: three comités porteurs of the PACTE, « membre », 2026-2028.
    assert [(c["committee"]["id"], c["concertation"]["id"], c["role"], c["since"], c["until"])
            for c in p["committees"]] == [
        ("com:pacte-cp-logement", PACTE, "membre", 2026, 2028),
        ("com:pacte-cp-securite-alimentaire", PACTE, "membre", 2026, 2028),
        ("com:pacte-cp-soutien-parents-enfants", PACTE, "membre", 2026, 2028)]
    # leads.csv:3 and partner_in.csv:6.
    assert [x["project"]["id"] for x in p["projects"]["leads"]] == ["proj:pacte-rci-reformer-comite"]
    assert [x["project"]["id"] for x in p["projects"]["partner"]] == [
        "proj:pacte-log-etat-situation-soutien-communautaire"]
    assert p["projects"]["fiduciary"] == []
    assert [(t["id"], t["region"]["id"], t["mrc"]) for t in p["territories"]] == [("region:14", "region:14", None)]
    assert p["funding"]["received"]["count"] == 0 and p["successions"] == []
    assert p["source"] == ["Maillage — organisations communes aux plans"]


def test_successions_show_on_both_sides(client):
    # 003-cdsm-2017-2020/succeeded_by.csv: three CSSS and the Agence merged into the CIUSSS MCQ in 2015.
    merged = client.get("/api/organizations/org:ciusss-mcq").json()["successions"]
    assert sorted(s["organization"]["id"] for s in merged) == [
        "org:agence-sss-mcq", "org:csss-energie", "org:csss-trois-rivieres", "org:csss-vallee-batiscan"]
    assert {(s["direction"], s["kind"], s["year"], s["label"]) for s in merged} == {
        ("predecessor", "merger", 2015, "issu de la fusion de")}
    for csss in ("org:csss-trois-rivieres", "org:csss-energie", "org:csss-vallee-batiscan"):
        s = client.get(f"/api/organizations/{csss}").json()["successions"]
        assert [(x["direction"], x["organization"]["id"], x["year"], x["label"]) for x in s] == [
            ("successor", "org:ciusss-mcq", 2015, "fusionné dans")]


def test_fiduciary_receives_and_passes_on(client):
    p = client.get("/api/organizations/org:cjela").json()
    # 000-pacte/fundings.csv, rows « via org:cjela »: 3 240 + 2 × 23 760 + 5 400 + 2 × 5 400 = 66 960 $; CJELA
    # leads none of those projects, so it passes all of them on.
    for way in ("received", "passed_on"):
        assert (p["funding"][way]["count"], p["funding"][way]["total"]) == (6, 66960.0)
    assert p["funding"]["given"]["count"] == 0
    # fiduciary_of.csv: Reconnaissance projet 1 and Sécurité alimentaire projets 1-4.
    assert {x["project"]["id"] for x in p["projects"]["fiduciary"]} == {
        "proj:pacte-rci-confidentialite", "proj:pacte-sa-strategie-surplus", "proj:pacte-sa-carte-interactive",
        "proj:pacte-sa-concertation", "proj:pacte-sa-initiatives-citoyennes"}
    assert [c["counterpart"]["id"] for c in p["collaborations"]] == ["org:frigos-verts"]  # collaborates_with.csv:3


def test_concertation_profile(client):
    p = client.get(f"/api/concertations/{PACTE}").json()
    assert [x["id"] for x in p["plans"]] == ["plan:pacte-2026-2028"] and p["plans"][0]["projects"] == 18
    assert len(p["committees"]) == 9 and p["projects"] == 18
    assert [(t["id"], t["region"]["id"]) for t in p["territories"]] == [("mrc:60", "region:14")]
    tpdsl = client.get("/api/concertations/conc:tpdsl").json()
    assert [o["id"] for o in tpdsl["coordinators"]] == ["org:tpdsl"]  # common/concertations.csv, coordinator


def test_committee_profile_counts_persons_without_naming_them(client):
    # 004-cdsm-2009-2010/member_of.csv: com:cdsm-comite-logement has 11 organization rows and 12 person rows.
    res = client.get("/api/committees/com:cdsm-comite-logement")
    p = res.json()
    assert len(p["members"]) == 11 and p["persons"] == {"count": 12, "items": None}
    assert "Vermette" not in res.text and "person:" not in res.text
    logement = client.get("/api/committees/com:pacte-cp-logement").json()
    # reports_to: committees.csv (→ COCO) and reports_to.csv:3 (→ Collectif); carries projects 1-3.
    assert {r["id"] for r in logement["reports_to"]} == {"com:pacte-coco", "com:pacte-collectif"}
    assert len(logement["projects"]) == 3 and len(logement["members"]) == 8


def test_committee_profile_names_persons_when_allowed(sample_store, tmp_path):
    settings = Settings(graph_uri=None, data_dir=tmp_path, include_persons=True)
    with TestClient(create_app(settings, store=sample_store)) as c:
        persons = c.get("/api/committees/com:cdsm-comite-logement").json()["persons"]
    assert persons["count"] == 12 and "Diane Vermette" in [p["name"] for p in persons["items"]]


def test_project_profile(client):
    p = client.get("/api/projects/proj:pacte-sa-carte-interactive").json()
    # fundings.csv: the two « Sécurité alimentaire P1 » lines also go to projet 2 (« voir budget projet 1 »).
    assert (p["fundings"]["count"], p["fundings"]["total"]) == (2, 47520.0)
    assert [m["organization"]["id"] for m in p["organizations"]["fiduciary"]] == ["org:cjela"]
    assert [k["id"] for k in p["committees"]] == ["com:pacte-cp-securite-alimentaire"]
    assert p["plan"]["id"] == "plan:pacte-2026-2028" and p["territories"] == []
    assert [t["id"] for t in p["located_in"]] == ["mrc:60"]


# --- a small graph with funders and a renaming ----------------------------------------------------------------


@pytest.fixture
def funded(store, tmp_path):
    d = tmp_path / "jeu"
    write_csv(d, "territoires", HIERARCHY)
    write_csv(d, "organisations", [["id", "nom", "secteur", "territoires"],
                                   ["org:a", "Organisme A", "communautaire", "mrc:60"],
                                   ["org:b", "Fiduciaire B", "municipal", "mrc:60"],
                                   ["org:f", "Fondation F", "philanthropie", "region:14"],
                                   ["org:old", "Ancien nom de A", "communautaire", ""]])
    write_csv(d, "concertations", [["id", "name", "level", "territories"],
                                   ["conc:x", "Table X", "supralocal", "mrc:60"]])
    write_csv(d, "projets", [["id", "name", "période"], ["proj:1", "Projet 1", "2026 - 2028"],
                             ["proj:2", "Projet 2", "2026"]])
    write_csv(d, "responsables", [["from", "to"], ["org:a", "proj:1"]])
    write_csv(d, "financements", [["id", "montant", "statut", "bailleur", "projet", "fiduciaire"],
                                  ["fund:1", "1 000 $", "granted", "org:f", "proj:1", "org:b"],
                                  ["fund:2", "500 $", "granted", "org:f", "proj:2", ""],
                                  ["fund:3", "250 $", "planned", "", "proj:1", ""]])
    write_csv(d, "successions", [["from", "to", "annee", "type"], ["org:old", "org:a", "2020", "rename"]])
    load_paths(store, [d])
    return store


def test_funders_and_funding_ways(funded):
    catalog = Catalog(funded)
    funders = list_entities(catalog, "funders")
    # fund:1 (1 000 $) and fund:2 (500 $) come from org:f; fund:3 has no funder.
    assert funders["total"] == 1
    assert {k: funders["items"][0][k] for k in ("id", "fundings", "funding_total", "projects")} == {
        "id": "org:f", "fundings": 2, "funding_total": 1500.0, "projects": 2}
    a = organization_profile(catalog, "org:a")
    # A leads proj:1: fund:1 and fund:3 are received by it; it passes nothing on.
    assert (a["funding"]["received"]["count"], a["funding"]["received"]["total"]) == (2, 1250.0)
    assert a["funding"]["passed_on"]["count"] == 0
    assert [(s["direction"], s["organization"]["id"], s["year"], s["label"]) for s in a["successions"]] == [
        ("predecessor", "org:old", 2020, "anciennement")]
    b = organization_profile(catalog, "org:b")
    # B is the fiduciary (« via ») of fund:1 for proj:1, which it does not lead.
    assert [f["id"] for f in b["funding"]["received"]["items"]] == ["fund:1"]
    assert [f["id"] for f in b["funding"]["passed_on"]["items"]] == ["fund:1"]
    f = organization_profile(catalog, "org:f")
    assert (f["funding"]["given"]["count"], f["funding"]["given"]["total"]) == (2, 1500.0)
    old = organization_profile(catalog, "org:old")
    assert [(s["direction"], s["organization"]["id"], s["label"]) for s in old["successions"]] == [
        ("successor", "org:a", "renommé en")]


def test_funder_routes(funded, tmp_path):
    with TestClient(create_app(Settings(graph_uri=None, data_dir=tmp_path), store=funded)) as c:
        body = c.get("/api/funders", params={"sector": "philanthropie"}).json()
        assert ids(body["items"]) == ["org:f"]
        assert c.get("/api/funders", params={"sector": "municipal"}).json()["total"] == 0
        detail = c.get("/api/funders/org:f").json()
        assert detail["fundings"]["total"] == 1500.0 and [p["id"] for p in detail["projects"]] == ["proj:1", "proj:2"]
        assert c.get("/api/funders/org:a").status_code == 404


# --- CLI ------------------------------------------------------------------------------------------------------


@pytest.fixture
def cli(ask):
    return ask


def test_cli_org(cli):
    res = cli("org", "CISSS de Lanaudière")
    assert res.exit_code == 0, res.output
    assert "Comité porteur Logement" in res.output and "responsable" in res.output
    data = json.loads(cli("org", "CSSS de Trois-Rivières", "--json").output)
    assert [s["organization"]["id"] for s in data["successions"]] == ["org:ciusss-mcq"]
    missing = cli("org", "zzzz inexistant")
    assert missing.exit_code == 1 and "introuvable" in missing.output


def test_cli_list(cli):
    data = json.loads(cli("list", "comites", "--concertation", "PACTE", "--type", "comite_porteur", "--json").output)
    assert data["total"] == 5 and data["filters"] == {"concertation": PACTE, "kind": "comite_porteur"}
    table = cli("list", "organisations", "--territoire", "L'Assomption", "--secteur", "education")
    assert table.exit_code == 0 and "CSSDA" in table.output and "territory=mrc:60" in table.output
    wrong = cli("list", "comites", "--secteur", "education")
    assert wrong.exit_code == 1 and "non accepté" in wrong.output
    assert cli("list", "trucs").exit_code == 1


def test_cli_show(cli):
    committee = cli("show", "comites", "com:cdsm-comite-logement")
    # 004-cdsm-2009-2010/member_of.csv: 11 organizations, 12 persons (never named by default).
    assert committee.exit_code == 0 and "Organisations membres (11)" in committee.output
    assert "Personnes membres : 12" in committee.output and "Vermette" not in committee.output
    project = cli("show", "projets", "proj:pacte-sa-carte-interactive")
    assert "47 520 $" in project.output and "CJELA" in project.output  # 2 × 23 760 $ via CJELA (fundings.csv)
    concertation = json.loads(cli("show", "concertations", "PACTE", "--json").output)
    assert concertation["concertation"]["id"] == PACTE and len(concertation["committees"]) == 9
    assert cli("show", "bailleurs", "CJELA").exit_code == 1
