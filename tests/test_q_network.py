"""The partnership network: projection, metrics, filters, partners — on a hand-made graph and on the sample."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from graph.analytics.affiliations import read_affiliations
from graph.analytics.network import network, partners
from graph.analytics.period import Period
from graph.analytics.scope import Scope
from loaders.load import load_paths
from tests.test_loaders import write_csv

PACTE = Path(__file__).resolve().parent.parent / "data" / "sample" / "000-pacte-lassomption"


@pytest.fixture
def small(store, tmp_path):
    """Four organizations: A and B on committee K1; A leads P1 (2020-2021) whose fiduciary is C; D alone on K2."""
    d = tmp_path / "small"
    write_csv(d, "territoires", [["id", "name", "code", "level", "parent"], ["region:14", "Lanaudière", "14", "region", ""],
                                 ["mrc:60", "L'Assomption", "60", "mrc", "region:14"]])
    write_csv(d, "concertations", [["id", "name", "level", "territories"], ["conc:t", "Table", "supralocal", "mrc:60"]])
    write_csv(d, "organisations", [["id", "nom", "secteur"], ["org:a", "A", "communautaire"],
                                   ["org:b", "B", "municipal"], ["org:c", "C", "communautaire"],
                                   ["org:d", "D", "education"]])
    write_csv(d, "comites", [["id", "name", "kind", "concertation"], ["com:k1", "K1", "comite_porteur", "conc:t"],
                             ["com:k2", "K2", "comite_porteur", "conc:t"]])
    write_csv(d, "membres", [["de", "vers", "depuis", "jusqu_a"], ["org:a", "com:k1", "2020", "2028"],
                             ["org:b", "com:k1", "2020", "2028"], ["org:d", "com:k2", "2020", "2028"]])
    write_csv(d, "projets", [["id", "name", "debut", "fin", "comite"], ["proj:p1", "P1", "2020", "2021", "com:k1"]])
    write_csv(d, "responsables", [["from", "to"], ["org:a", "proj:p1"]])
    write_csv(d, "fiduciaires", [["from", "to"], ["org:c", "proj:p1"]])
    load_paths(store, [d])
    return store


def test_small_network_metrics_by_hand(small):
    result = network(read_affiliations(small), Scope())
    m = result["metrics"]
    # Ties: A–B (K1), A–C (P1, C fiduciary). D has no partner.
    assert (m["nodes"], m["edges"]) == (4, 2)
    assert m["isolates"] == ["org:d"]
    assert m["density"] == round(2 / 6, 6)
    # Degrees A=2, B=1, C=1, D=0: Freeman = ((2-2)+(2-1)+(2-1)+(2-0)) / ((4-1)(4-2)) = 4/6.
    assert m["degree_centralization"] == round(4 / 6, 6)
    assert m["components"] == 2 and m["largest_component_share"] == 0.75
    assert (m["core_max"], m["core"]) == (1, ["org:a", "org:b", "org:c"])
    nodes = {n["id"]: n for n in result["nodes"]}
    assert nodes["org:a"]["betweenness"] == round(1 / 3, 6)   # A is on the B–C path; 3 pairs among the other three
    edges = {(e["source"], e["target"]): e for e in result["edges"]}
    assert edges[("org:a", "org:c")]["kinds"] == ["fiduciary"]
    assert edges[("org:a", "org:b")]["kinds"] == ["committee"] and edges[("org:a", "org:b")]["weight"] == 1


def test_period_and_sector_filters(small):
    data = read_affiliations(small)
    later = network(data, Scope(period=Period(2025, 2025)))
    assert [(e["source"], e["target"]) for e in later["edges"]] == [("org:a", "org:b")]   # P1 ended in 2021
    assert "org:c" not in {n["id"] for n in later["nodes"]}
    community = network(data, Scope(sector="communautaire"))
    assert {n["id"] for n in community["nodes"]} == {"org:a", "org:c"}


def _csv(name: str) -> list[dict]:
    with open(PACTE / f"{name}.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_pacte_network_has_every_organization_of_its_committees_and_projects(sample_store):
    # Oracle from the plan's tables: every organization in member_of / leads / partner_in / fiduciary_of.
    expected = {r["from"] for name in ("member_of", "leads", "partner_in", "fiduciary_of") for r in _csv(name)
                if r["from"].startswith("org:")}
    data = read_affiliations(sample_store)
    result = network(data, Scope(concertation="conc:pacte-lassomption"))
    assert {n["id"] for n in result["nodes"]} == expected
    assert result == network(data, Scope(concertation="conc:pacte-lassomption")), "deterministic"


def test_partners_tie_strength_and_contexts(sample_store):
    members = {}
    for r in _csv("member_of"):
        members.setdefault(r["from"], set()).add(r["to"])
    roles = {}
    for name in ("leads", "partner_in", "fiduciary_of"):
        for r in _csv(name):
            roles.setdefault(r["from"], set()).add(r["to"])
    a, b = "org:cisss-lanaudiere", "org:cssda"
    shared = (members[a] & members[b]) | (roles.get(a, set()) & roles.get(b, set()))
    # By hand: the comité porteur Soutien aux parents et aux enfants and the project « Reformer le comité porteur ».
    assert shared == {"com:pacte-cp-soutien-parents-enfants", "proj:pacte-rci-reformer-comite"}
    found = {p["id"]: p for p in partners(read_affiliations(sample_store), Scope(), a)}
    assert found[b]["strength"] == 2 and {c["id"] for c in found[b]["contexts"]} == shared
    assert found[b]["kinds"] == ["committee", "project"]


def test_network_api_filters_and_errors(sample_client):
    full = sample_client.get("/api/network").json()
    pacte = sample_client.get("/api/network", params={"concertation": "conc:pacte-lassomption"}).json()
    lanaudiere = sample_client.get("/api/network", params={"territory": "14"}).json()
    assert pacte["metrics"]["nodes"] < lanaudiere["metrics"]["nodes"] < full["metrics"]["nodes"]
    assert lanaudiere["filters"]["territory"] == "region:14"
    both = sample_client.get("/api/network", params={"territory": "14", "sector": "communautaire"}).json()
    assert both["nodes"] and {n["sector"] for n in both["nodes"]} == {"communautaire"}
    mauricie_2009 = sample_client.get("/api/network", params={"territory": "04", "year": 2009}).json()
    mauricie_2018 = sample_client.get("/api/network", params={"territory": "04", "period": "2017-2020"}).json()
    assert mauricie_2009["nodes"] and mauricie_2018["nodes"]
    assert mauricie_2009["metrics"] != mauricie_2018["metrics"]
    missing = sample_client.get("/api/network", params={"concertation": "conc:nulle-part"})
    assert missing.status_code == 404 and "conc:nulle-part" in missing.json()["detail"]
    assert sample_client.get("/api/network", params={"year": 1200}).status_code == 422
    assert sample_client.get("/api/network", params={"sector": "astrologie"}).status_code == 422
    assert sample_client.get("/api/network", params={"year": 2026, "period": "2026-2028"}).status_code == 422


def test_partners_api_and_cli(sample_client, ask):
    body = sample_client.get("/api/organizations/org:cisss-lanaudiere/partners").json()
    assert body["organization"]["name"].startswith("Centre intégré")
    assert body["partners"][0]["strength"] >= body["partners"][-1]["strength"]
    assert sample_client.get("/api/organizations/org:nulle-part/partners").status_code == 404
    res = ask("partners", "CISSS de Lanaudière",
                                   "--json")
    assert res.exit_code == 0, res.output
    assert {p["id"] for p in json.loads(res.output)["partners"]} == {p["id"] for p in body["partners"]}
    table = ask("partners", "cisss")
    assert table.exit_code == 0 and "Partenaires de" in table.output
    unknown = ask("partners", "Nulle part inc")
    assert unknown.exit_code == 1 and "introuvable" in unknown.output
