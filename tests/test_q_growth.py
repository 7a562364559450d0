"""Question 6 — collaboration growth: periods, metrics, entrants / exits, ties formed / retained / dissolved, with
organization successions followed. Expected values are derived by hand from the sample CSVs (cited) or from the
small hand-made graph below."""
from __future__ import annotations

import json

import pytest

from graph.analytics.affiliations import read_affiliations
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.growth import growth, organization_growth
from loaders.load import load_paths
from tests.test_loaders import write_csv

MAURICIE = "conc:cds-mauricie"  # data/sample/common/concertations.csv, row « conc:cds-mauricie »
P2009, P2017 = "plan:cdsm-2009-2010", "plan:cdsm-2017-2020"  # data/sample/common/action_plans.csv
CIUSSS = "org:ciusss-mcq"
# data/sample/003-cdsm-2017-2020/succeeded_by.csv: the four rows « … ,org:ciusss-mcq,2015,merger ».
PREDECESSORS = {"org:csss-trois-rivieres", "org:csss-energie", "org:csss-vallee-batiscan", "org:agence-sss-mcq"}

# Actors of the 2009-2010 plan (data/sample/004-cdsm-2009-2010), every organization in a committee or project of the
# plan; person members (member_of rows « person:… ») count for the organization of persons.csv, which adds no one:
#  - member_of.csv, organization rows: comité en sécurité alimentaire (csss-trois-rivieres, csss-energie,
#    moisson-mauricie, agence-sss-mcq, mamrot, cre-mauricie, cds-mauricie); comité développement citoyen (cre-mauricie,
#    comite-ds-des-chenaux, ecof, cds-mauricie); comité logement (pacte-rural-maskinonge, comite-ds-des-chenaux,
#    cdc-des-chenaux, comite-logement-trois-rivieres, csss-vallee-batiscan, cre-mauricie, cres, cds-mauricie, and
#    « impliqué sans être présent »: csss-energie, comite-ds-mekinac, demarche-premiers-quartiers); COCO, comité de
#    soutien, comité transport (cds-mauricie);
#  - leads.csv: cds-mauricie, cre-mauricie (projet logement);
#  - partner_in.csv: cre-mauricie, inspq, mamrot, rqds, comite-ds-mekinac, comite-ds-des-chenaux,
#    comite-local-maskinonge, demarche-premiers-quartiers, ville-shawinigan, agence-sss-mcq, centraide-mauricie.
# SHQ, Emploi-Québec, Table des femmes, Table agroalimentaire only appear in collaborates_with.csv (links of the
# concertation itself, not committee/project participation): not actors of the network.
ACTORS_2009 = {
    "org:cds-mauricie", "org:csss-trois-rivieres", "org:csss-energie", "org:csss-vallee-batiscan",
    "org:agence-sss-mcq", "org:moisson-mauricie", "org:mamrot", "org:cre-mauricie", "org:comite-ds-des-chenaux",
    "org:ecof", "org:pacte-rural-maskinonge", "org:cdc-des-chenaux", "org:comite-logement-trois-rivieres", "org:cres",
    "org:comite-ds-mekinac", "org:demarche-premiers-quartiers", "org:inspq", "org:rqds", "org:comite-local-maskinonge",
    "org:ville-shawinigan", "org:centraide-mauricie",
}
# 2017-2020 (data/sample/003-cdsm-2017-2020): member_of.csv = cds-mauricie only (4 committees); partner_in.csv =
# flac, desjardins, fqis, cds-mauricie, ciusss-mcq, rqds.
ACTORS_2017 = {"org:cds-mauricie", "org:flac", "org:desjardins", "org:fqis", "org:ciusss-mcq", "org:rqds"}
# With the four predecessors read as the CIUSSS, 2009 has 21 - 4 + 1 = 18 canonical actors.
ENTRANTS = {"org:flac", "org:desjardins", "org:fqis"}
RETAINED = {"org:cds-mauricie", "org:rqds", CIUSSS}
EXITS = {
    "org:moisson-mauricie", "org:mamrot", "org:cre-mauricie", "org:comite-ds-des-chenaux", "org:ecof",
    "org:pacte-rural-maskinonge", "org:cdc-des-chenaux", "org:comite-logement-trois-rivieres", "org:cres",
    "org:comite-ds-mekinac", "org:demarche-premiers-quartiers", "org:inspq", "org:comite-local-maskinonge",
    "org:ville-shawinigan", "org:centraide-mauricie",
}


@pytest.fixture(scope="module")
def sample_data(sample_store):
    return read_affiliations(sample_store)


def ids(actors):
    return {a["id"] for a in actors}


def test_mauricie_by_plan_periods(sample_data):
    result = growth(sample_data, MAURICIE, "plan")
    p2009, p2017 = result["periods"]
    assert (p2009["key"], p2017["key"]) == (P2009, P2017)
    assert (p2009["start"], p2009["end"], p2017["start"], p2017["end"]) == (2009, 2010, 2017, 2020)
    assert p2009["actors"] == len(ACTORS_2009) == 21
    assert p2017["actors"] == len(ACTORS_2017) == 6
    # 2009 ties: comité sécurité alimentaire 7 orgs → 21 pairs; développement citoyen 4 orgs → 6 pairs, 5 new
    # (cre–cds already); logement 11 orgs → 55 pairs, 50 new (cre–cds, cre–csss-energie, cds–csss-energie,
    # cre–des-chenaux, des-chenaux–cds already); comités locaux (4.1.1) → mekinac–maskinonge, des-chenaux–maskinonge
    # new; projet logement (cds–cre) and rédaction de l'entente (mamrot–cre) already. 21 + 5 + 50 + 2 = 78.
    assert p2009["ties"] == 78
    assert p2009["density"] == round(78 / 210, 6)
    # Canonically: 4 ties join two predecessors of the CIUSSS (csss-tr–csss-energie, csss-tr–agence,
    # csss-energie–agence in sécurité alimentaire; csss-energie–csss-vallee-batiscan in logement) and are dropped.
    # Canonical ties: SA 5 actors → 10; DC → 5 new; logement 10 actors → 45, 40 new; comités locaux 2 new → 57.
    assert (p2009["canonical_actors"], p2009["merged_ties"], p2009["canonical_ties"]) == (18, 4, 57)
    # Sectors 2009 (004 organizations.csv + common): concertation 7 (cds, des-chenaux, cdc, mekinac, premiers
    # quartiers, rqds, maskinonge), santé 5 (3 CSSS, agence, inspq), communautaire 2, gouvernemental 2 (mamrot, cre),
    # économie sociale 2 (ecof, cres), municipal 2, philanthropie 1: Blau = 1 - 91/441.
    assert p2009["sectors"] == 7 and p2009["sector_diversity"] == round(1 - 91 / 441, 6)
    # 2017 ties: only 1.3.3 (flac, desjardins) and 2.2.3 (flac, fqis) have two organizations (partner_in.csv).
    assert p2017["ties"] == 2
    assert p2017["density"] == round(2 / 15, 6)
    assert p2017["mean_degree"] == round(4 / 6, 6)
    assert p2017["clustering"] == 0.0
    assert p2017["largest_component_share"] == 0.5  # {flac, desjardins, fqis} of 6
    # Freeman: degrees flac 2, desjardins 1, fqis 1, others 0 → (0+1+1+2+2+2) / (5*4).
    assert p2017["degree_centralization"] == 0.4
    # Sectors 2017: concertation 2 (cds, rqds), philanthropie, affaires, gouvernemental, santé → 1 - (4+1+1+1+1)/36.
    assert p2017["sectors"] == 5 and p2017["sector_diversity"] == round(1 - 8 / 36, 6)


def test_mauricie_2009_to_2017_follows_the_ciusss_succession(sample_data):
    (t,) = growth(sample_data, MAURICIE, "plan")["transitions"]
    assert (t["previous"]["key"], t["current"]["key"]) == (P2009, P2017)
    assert ids(t["entrants"]) == ENTRANTS
    assert ids(t["exits"]) == EXITS
    assert ids(t["retained"]) == RETAINED
    assert CIUSSS not in ids(t["entrants"]) and not PREDECESSORS & ids(t["exits"])
    ciusss = next(a for a in t["retained"] if a["id"] == CIUSSS)
    assert set(ciusss["present_as"]) == PREDECESSORS | {CIUSSS}
    assert {(s["predecessor"]["id"], s["successor"]["id"], s["year"]) for s in t["successions_followed"]} == {
        (p, CIUSSS, 2015) for p in PREDECESSORS}
    assert (t["previous_actors"], t["current_actors"]) == (18, 6)
    assert t["actor_retention_rate"] == round(3 / 18, 6)
    assert t["ties_formed"]["pairs"] == [{"source": "org:desjardins", "target": "org:flac"},
                                         {"source": "org:flac", "target": "org:fqis"}]
    assert (t["ties_retained"]["count"], t["ties_dissolved"]["count"]) == (0, 57)
    assert t["tie_retention_rate"] == 0.0


def test_mauricie_by_year(sample_data):
    result = growth(sample_data, MAURICIE, "year")
    years = {p["key"]: p for p in result["periods"]}
    # First year: 2009 (relations since 2009); last: 2020 (2017-2020 relations and plan).
    assert list(years) == [str(y) for y in range(2009, 2021)]
    # 2011: only the projet logement leads (leads.csv, 2009-2011): cds-mauricie and cre-mauricie.
    assert (years["2011"]["actors"], years["2011"]["ties"]) == (2, 1)
    assert all(years[str(y)]["actors"] == 0 for y in range(2012, 2017))
    assert any("2012, 2013, 2014, 2015, 2016" in n for n in result["notes"])
    assert years["2010"]["actors"] == 21 and years["2017"]["actors"] == 6
    t = next(t for t in result["transitions"] if t["current"]["key"] == "2017")
    assert ids(t["entrants"]) == ACTORS_2017
    assert t["actor_retention_rate"] is None and t["tie_retention_rate"] is None


def test_organization_trajectory_through_successions(sample_data):
    r = organization_growth(sample_data, CIUSSS, MAURICIE, "plan")
    assert {o["id"] for o in r["lineage"]} == PREDECESSORS
    p2009, p2017 = r["periods"]
    assert p2009["present"] and set(p2009["present_as"]) == PREDECESSORS
    # Merged predecessors' partners 2009: SA moisson, mamrot, cre, cds; logement pacte, des-chenaux, cdc,
    # comité logement TR, cres, mekinac, premiers quartiers → 11; cre and cds share two contexts each → 13.
    assert (p2009["degree"], p2009["weighted_degree"], p2009["partners"]) == (11, 13, 11)
    assert {c["id"] for c in p2009["committees"]} == {"com:cdsm-comite-securite-alimentaire",
                                                       "com:cdsm-comite-logement"}
    # 2017: partner_in « org:ciusss-mcq,proj:cdsm-2017-3-3-1-potentiel-communautes » only.
    assert p2017["present_as"] == [CIUSSS] and p2017["degree"] == 0
    assert [(p["id"], p["roles"]) for p in p2017["projects"]] == [("proj:cdsm-2017-3-3-1-potentiel-communautes",
                                                                   ["partner"])]
    assert (r["entry"], r["last_seen"], r["exit"]) == (P2009, P2017, None)
    # The CSSS de l'Énergie is present in 2017 through its successor; its sibling CSSS are not its partners.
    energie = organization_growth(sample_data, "org:csss-energie", MAURICIE, "plan")
    assert [p["present_as"] for p in energie["periods"]] == [["org:csss-energie"], [CIUSSS]]
    # CRÉ de la Mauricie: 2009 only (abolished in 2015, no successor).
    cre = organization_growth(sample_data, "org:cre-mauricie", MAURICIE, "plan")
    assert [p["present"] for p in cre["periods"]] == [True, False]
    assert (cre["entry"], cre["exit"]) == (P2009, P2017)


def test_errors(sample_data):
    with pytest.raises(NotFound):
        growth(sample_data, "conc:inconnue", "plan")
    with pytest.raises(BadParameter):
        growth(sample_data, MAURICIE, "decade")
    with pytest.raises(NotFound):
        organization_growth(sample_data, "org:inconnue", MAURICIE, "plan")


# A small hand-made series: org:c and org:d merge into org:e; org:g became org:h, then org:i (a chain); org:b is a
# member with no dates (active in every period).
SMALL = {
    "concertations": [["id", "name", "level"], ["conc:t", "Table test", "regional"]],
    "action_plans": [["id", "name", "period", "concertation"], ["plan:t-1", "Plan 1", "2020-2021", "conc:t"],
                     ["plan:t-2", "Plan 2", "2022-2023", "conc:t"]],
    "organizations": [["id", "name", "sector"], ["org:a", "A", "communautaire"], ["org:b", "B", "municipal"],
                      ["org:c", "C", "sante_services_sociaux"], ["org:d", "D", "sante_services_sociaux"],
                      ["org:e", "E", "sante_services_sociaux"], ["org:f", "F", "education"],
                      ["org:g", "G", "communautaire"], ["org:h", "H", "communautaire"],
                      ["org:i", "I", "communautaire"]],
    "committees": [["id", "name", "kind", "concertation"], ["com:k", "Comité K", "comite_travail", "conc:t"]],
    "member_of": [["from", "to", "role", "since", "until"], ["org:a", "com:k", "membre", "2020", "2021"],
                  ["org:b", "com:k", "membre", "", ""], ["org:c", "com:k", "membre", "2020", "2021"],
                  ["org:d", "com:k", "membre", "2020", "2021"], ["org:g", "com:k", "membre", "2020", "2021"],
                  ["org:e", "com:k", "membre", "2022", "2023"], ["org:f", "com:k", "membre", "2022", "2023"],
                  ["org:i", "com:k", "membre", "2022", "2023"]],
    "succeeded_by": [["from", "to", "year", "kind"], ["org:c", "org:e", "2021", "merger"],
                     ["org:d", "org:e", "2021", "merger"], ["org:g", "org:h", "2020", "rename"],
                     ["org:h", "org:i", "2021", "rename"]],
}


@pytest.fixture
def small(store, tmp_path):
    for name, rows in SMALL.items():
        write_csv(tmp_path / "t", name, rows)
    load_paths(store, [tmp_path / "t"])
    return read_affiliations(store)


def test_small_series(small):
    result = growth(small, "conc:t", "plan")
    p1, p2 = result["periods"]
    # Plan 1: a, b (undated), c, d, g all on com:k → 5 actors, 10 ties; canonically a, b, e (c, d), i (g):
    # the c–d tie becomes a self-tie.
    assert (p1["actors"], p1["ties"], p1["canonical_actors"], p1["canonical_ties"], p1["merged_ties"]) == (
        5, 10, 4, 6, 1)
    # Plan 2: b, e, f, i → 4 actors of 4 sectors each once: Blau 1 - 4 × 1/16.
    assert (p2["actors"], p2["ties"], p2["sector_diversity"], p2["sectors"]) == (4, 6, 0.75, 4)
    (t,) = result["transitions"]
    assert (ids(t["entrants"]), ids(t["exits"]), ids(t["retained"])) == ({"org:f"}, {"org:a"},
                                                                        {"org:b", "org:e", "org:i"})
    pairs = {k: {(p["source"], p["target"]) for p in t[k]["pairs"]}
             for k in ("ties_formed", "ties_retained", "ties_dissolved")}
    assert pairs == {"ties_formed": {("org:b", "org:f"), ("org:e", "org:f"), ("org:f", "org:i")},
                     "ties_retained": {("org:b", "org:e"), ("org:b", "org:i"), ("org:e", "org:i")},
                     "ties_dissolved": {("org:a", "org:b"), ("org:a", "org:e"), ("org:a", "org:i")}}
    assert (t["actor_retention_rate"], t["tie_retention_rate"]) == (0.75, 0.5)
    assert {(s["predecessor"]["id"], s["successor"]["id"]) for s in t["successions_followed"]} == {
        ("org:c", "org:e"), ("org:d", "org:e"), ("org:g", "org:i")}

    by_year = growth(small, "conc:t", "year")
    assert [p["key"] for p in by_year["periods"]] == ["2020", "2021", "2022", "2023"]
    assert [p["actors"] for p in by_year["periods"]] == [5, 5, 4, 4]
    assert any("1 participation(s) sans année" in n for n in by_year["notes"])

    g = organization_growth(small, "org:g", "conc:t", "plan")
    assert {o["id"] for o in g["lineage"]} == {"org:h", "org:i"}
    assert [p["present_as"] for p in g["periods"]] == [["org:g"], ["org:i"]]
    a = organization_growth(small, "org:a", "conc:t", "plan")
    # Plan 1 is a clique of 5: degree 4, but c and d are one partner (e) once successions are followed.
    assert (a["periods"][0]["degree"], a["periods"][0]["partners"], a["periods"][0]["betweenness"]) == (4, 3, 0.0)
    assert (a["entry"], a["last_seen"], a["exit"]) == ("plan:t-1", "plan:t-1", "plan:t-2")


def test_api(sample_client):
    r = sample_client.get("/api/growth", params={"concertation": MAURICIE})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["by"] == "plan" and [p["actors"] for p in body["periods"]] == [21, 6]
    assert ids(body["transitions"][0]["exits"]) == EXITS
    assert sample_client.get("/api/growth", params={"concertation": MAURICIE, "by": "year"}).status_code == 200
    assert sample_client.get("/api/growth").status_code == 422
    assert sample_client.get("/api/growth", params={"concertation": MAURICIE, "by": "decennie"}).status_code == 422
    assert sample_client.get("/api/growth", params={"concertation": "conc:inconnue"}).status_code == 404

    r = sample_client.get(f"/api/organizations/{CIUSSS}/growth", params={"concertation": MAURICIE})
    assert r.status_code == 200, r.text
    org = r.json()
    assert [p["present"] for p in org["periods"]] == [True, True] and org["entry"] == P2009
    assert org["periods"][1]["projects"][0]["as"] == [CIUSSS]
    assert sample_client.get("/api/organizations/org:inconnue/growth",
                             params={"concertation": MAURICIE}).status_code == 404
    assert sample_client.get(f"/api/organizations/{CIUSSS}/growth",
                             params={"concertation": "conc:inconnue"}).status_code == 404
    assert sample_client.get(f"/api/organizations/{CIUSSS}/growth",
                             params={"concertation": MAURICIE, "by": "x"}).status_code == 422
    by = sample_client.get("/openapi.json").json()["components"]["schemas"]["GrowthBy"]
    assert by["enum"] == ["plan", "year"]


@pytest.fixture
def cli(ask):
    return lambda *args: ask("growth", *args)


def test_cli(cli):
    out = cli("Consortium")  # the concertation's acronym (common/concertations.csv)
    assert out.exit_code == 0, out.output
    assert "Entrants" in out.output and "FLAC" in out.output and "Rétention des acteurs" in out.output
    data = json.loads(cli("CDSM", "--json").output)  # an alias
    assert ids(data["transitions"][0]["entrants"]) == ENTRANTS
    years = json.loads(cli(MAURICIE, "--par", "annee", "--json").output)
    assert years["by"] == "year" and years["periods"][0]["key"] == "2009"
    org = cli("Consortium", "--organisation", "CIUSSS", "--json")
    assert json.loads(org.output)["organization"]["id"] == CIUSSS
    table = cli("Consortium", "-o", "CIUSSS")
    assert table.exit_code == 0 and "Trajectoire" in table.output
    bad = cli("Consortium", "--par", "decennie")
    assert bad.exit_code == 1 and "découpage inconnu" in bad.output
    assert cli("conc:inconnue").exit_code == 1
