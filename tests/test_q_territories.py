"""Question 8 — territories: the hierarchy (ancestors, children) and what each level holds, rolled up from the
municipality to the MRC and the region. Expected values are read by hand from data/reference/territories.csv and the
sample CSVs (cited in comments), or from a small hand-made graph."""
from __future__ import annotations

import json

import pytest

from graph.analytics.entities import Catalog, list_entities
from graph.analytics.territories import territory_profile
from loaders.load import load_paths
from tests.test_loaders import write_csv
from tests.test_q_entities import HIERARCHY, cli  # noqa: F401  (cli is a fixture)

#: 000-pacte/committees.csv: the nine committees of the PACTE.
PACTE_COMMITTEES = {"com:pacte-collectif", "com:pacte-coco", "com:pacte-comite-evaluation-continue",
                    "com:pacte-comite-encadrement", "com:pacte-cp-bienveillance", "com:pacte-cp-logement",
                    "com:pacte-cp-reconnaissance-co-intervention", "com:pacte-cp-securite-alimentaire",
                    "com:pacte-cp-soutien-parents-enfants"}


@pytest.fixture
def client(sample_client):
    return sample_client


def test_mrc_lassomption(client):
    p = client.get("/api/territories/60").json()
    # territories.csv: mrc:60 « L'Assomption », parent region:14, whose parent is province:24.
    assert p["territory"]["id"] == "mrc:60" and p["territory"]["name"] == "L'Assomption"
    assert [a["id"] for a in p["ancestors"]] == ["province:24", "region:14"]
    # Its six municipalities (territories.csv rows with parent mrc:60), Repentigny among them.
    assert len(p["children"]) == 6 and "mun:60013" in [c["id"] for c in p["children"]]
    h = p["holdings"]
    # Committees: the PACTE's 9 (conc:pacte-lassomption in mrc:60) + the TPDSL's 4 (002-tpdsl/in_territory.csv:3
    # puts conc:tpdsl in mrc:60 too). Projects: 18 of the PACTE + 56 of the TPDSL (READMEs' tables).
    assert PACTE_COMMITTEES <= {c["id"] for c in p["committees"]}
    assert (h["concertations"], h["committees"], h["projects"]) == (2, 13, 74)
    # Fundings: the PACTE's 22 lines (000-pacte/fundings.csv, README table): 14 000 (mobilisation) + 145 373 (RH)
    # + 30 240 + 48 600 (bienveillance) + 2 160 + 15 120 + 2 000 (logement) + 3 240 (reconnaissance)
    # + 47 520 + 5 400 + 10 800 (sécurité alimentaire) + 24 300 (soutien aux parents) = 348 753 $.
    assert (h["fundings"], h["funding_total"]) == (22, 348753.0)
    actors = {a["id"] for a in p["actors"]}
    assert {"org:cjela", "org:ville-repentigny", "org:cssda", "org:mrc-lassomption"} <= actors
    assert "org:cisss-lanaudiere" not in actors, "the CISSS is located in the region, not in the MRC"
    assert h["actors"] == len(actors)


def test_lanaudiere_holds_at_least_what_its_mrc_hold(client):
    region = client.get("/api/territories/14").json()
    # « 14 » is both the Lanaudière region and the Kamouraska MRC (territories.csv): the code means the region.
    assert region["territory"]["id"] == "region:14" and [a["id"] for a in region["ancestors"]] == ["province:24"]
    # The six MRC of Lanaudière (002-tpdsl/README: mrc:52, 60, 61, 62, 63, 64).
    children = {c["id"]: c for c in region["children"]}
    assert set(children) == {"mrc:52", "mrc:60", "mrc:61", "mrc:62", "mrc:63", "mrc:64"}
    mrc = client.get("/api/territories/mrc:60").json()["holdings"]
    for key, value in region["holdings"].items():
        assert value >= mrc[key] and value >= max(c[key] for c in children.values())
    assert "org:cisss-lanaudiere" in {a["id"] for a in region["actors"]}
    assert region["holdings"]["actors"] > mrc["actors"]
    # The other MRC hold only the TPDSL (in every MRC of the region) and its 4 committees, 56 projects, no funding.
    assert {k: children["mrc:61"][k] for k in ("concertations", "committees", "projects", "fundings")} == {
        "concertations": 1, "committees": 4, "projects": 56, "fundings": 0}


def test_municipality_and_identifiers(client):
    p = client.get("/api/territories/mun:60013").json()
    assert p["territory"]["name"] == "Repentigny" and p["children"] == []
    assert [a["id"] for a in p["ancestors"]] == ["province:24", "region:14", "mrc:60"]
    assert "org:ville-repentigny" in {a["id"] for a in p["actors"]}  # 000-pacte/organizations.csv: mun:60013
    assert client.get("/api/territories/60013").json()["territory"]["id"] == "mun:60013"
    assert client.get("/api/territories/mrc:14").json()["territory"]["name"] == "Kamouraska"
    for unknown in ("99999", "mrc:999", "Lanaudière"):
        res = client.get(f"/api/territories/{unknown}")
        assert res.status_code == 404 and "territoire introuvable" in res.json()["detail"]


def test_territory_list(client):
    # territories.csv: 17 regions; the 6 MRC of Lanaudière; 1 + 17 + 104 + 1 285 = 1 407 territories.
    assert client.get("/api/territories", params={"level": "region"}).json()["total"] == 17
    children = client.get("/api/territories", params={"parent": "14"}).json()
    assert children["filters"] == {"parent": "region:14"} and children["total"] == 6
    assert client.get("/api/territories", params={"limit": 1}).json()["total"] == 1407
    first = client.get("/api/territories", params={"limit": 1}).json()["items"][0]
    assert first["id"] == "province:24" and first["children"] == 17
    assert client.get("/api/territories", params={"parent": "zz"}).status_code == 404


class Counting:
    """A store that counts the queries run through it."""

    def __init__(self, store):
        self.store, self.queries = store, 0

    def read(self, *args, **kwargs):
        self.queries += 1
        return self.store.read(*args, **kwargs)

    def version(self):
        return None  # nothing kept between calls: every query is counted


def test_a_few_queries_whatever_the_size(sample_store):
    counting = Counting(sample_store)
    territory_profile(Catalog(counting), "province:24")
    province = counting.queries
    counting.queries = 0
    list_entities(Catalog(counting), "territories", limit=500)
    assert province <= 20 and counting.queries <= 20, "a fixed number of queries, never one per territory"


@pytest.fixture
def small(store, tmp_path):
    """Québec > Lanaudière > L'Assomption > {Repentigny, L'Assomption}; Bas-Saint-Laurent > Kamouraska (code 14)."""
    d = tmp_path / "jeu"
    write_csv(d, "territoires", HIERARCHY + [["region:01", "Bas-Saint-Laurent", "01", "region", "province:24"],
                                             ["mrc:14", "Kamouraska", "14", "mrc", "region:01"],
                                             ["mun:60013", "Repentigny", "60013", "municipality", "mrc:60"],
                                             ["mun:60028", "L'Assomption", "60028", "municipality", "mrc:60"]])
    write_csv(d, "organisations", [["id", "nom", "secteur", "territoires"],
                                   ["org:a", "A", "communautaire", "mun:60013"],
                                   ["org:b", "B", "municipal", "mrc:60"],
                                   ["org:f", "F", "philanthropie", "region:14"],
                                   ["org:k", "K", "communautaire", "mrc:14"]])
    write_csv(d, "concertations", [["id", "name", "level", "territories"], ["conc:x", "X", "supralocal", "mrc:60"]])
    write_csv(d, "comites", [["id", "name", "kind", "concertation"],
                             ["com:x", "Comité X", "comite_porteur", "conc:x"]])
    write_csv(d, "projets", [["id", "name", "comite"], ["proj:1", "Projet 1", "com:x"], ["proj:2", "Projet 2", ""]])
    write_csv(d, "dans_territoire", [["from", "to"], ["proj:2", "mun:60028"]])
    write_csv(d, "financements", [["id", "montant", "statut", "projet"], ["fund:1", "1 000 $", "granted", "proj:1"],
                                  ["fund:2", "500 $", "granted", "proj:2"]])
    load_paths(store, [d])
    return Catalog(store)


def test_rollup_by_hand(small):
    def counts(code):
        return territory_profile(small, code)["holdings"]

    # proj:1 lies where its concertation is (mrc:60); proj:2 in mun:60028; fund:1 → proj:1, fund:2 → proj:2.
    assert counts("mun:60013") == {"actors": 1, "concertations": 0, "committees": 0, "projects": 0, "fundings": 0,
                                   "funding_total": 0}
    assert counts("mun:60028") == {"actors": 0, "concertations": 0, "committees": 0, "projects": 1, "fundings": 1,
                                   "funding_total": 500.0}
    assert counts("60") == {"actors": 2, "concertations": 1, "committees": 1, "projects": 2, "fundings": 2,
                            "funding_total": 1500.0}
    assert counts("14") == {"actors": 3, "concertations": 1, "committees": 1, "projects": 2, "fundings": 2,
                            "funding_total": 1500.0}
    assert counts("24")["actors"] == 4 and counts("mrc:14")["actors"] == 1
    mrc = territory_profile(small, "60")
    assert [(c["id"], c["actors"], c["projects"]) for c in mrc["children"]] == [
        ("mun:60028", 0, 1), ("mun:60013", 1, 0)]  # by name: « L'Assomption » before « Repentigny »
    assert territory_profile(small, "Kamouraska", names=True)["territory"]["id"] == "mrc:14"
    # A name shared by the MRC and a municipality means the MRC.
    assert territory_profile(small, "L'Assomption", names=True)["territory"]["id"] == "mrc:60"


def test_cli_territory(cli):  # noqa: F811
    res = cli("territory", "Lanaudière")
    assert res.exit_code == 0, res.output
    assert "Lanaudière" in res.output and "Subdivisions de Lanaudière" in res.output and "348 753" in res.output
    data = json.loads(cli("territory", "14", "--json").output)
    assert data["territory"]["id"] == "region:14" and len(data["children"]) == 6
    listed = json.loads(cli("list", "territoires", "--parent", "Lanaudière", "--json").output)
    assert listed["total"] == 6
    missing = cli("territory", "Atlantide")
    assert missing.exit_code == 1 and "territoire introuvable" in missing.output
