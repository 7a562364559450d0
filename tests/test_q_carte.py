"""The carte (network explorer data): nodes and edges follow the affiliations of the scope, filters narrow it, node
kinds hide and show, metrics are those of the graph shown, persons never appear; /api/carte serves it as
vis-network data built with pyvis."""
from __future__ import annotations

import networkx as nx
import pytest

from graph.analytics.affiliations import read_affiliations
from graph.analytics.carte import DEFAULT_KINDS, KINDS, carte
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.scope import Scope
from visualizations.network_view import seed_positions, vis_data

PACTE = "conc:pacte-lassomption"


def ids(result, kind):
    return {n["id"] for n in result["nodes"] if n["kind"] == kind}


def test_pacte_nodes_are_the_scope_affiliations(sample_store):
    data = read_affiliations(sample_store)
    scope = Scope(concertation=PACTE)
    result = carte(sample_store, scope)
    affs = scope.select(data, ("committee", "project", "concertation"))
    assert ids(result, "organization") == {a.org for a in affs} and len(ids(result, "organization")) > 20
    projects = {a.context for a in affs if a.kind == "project"}
    assert ids(result, "project") == projects
    carriers = {k for p in projects for k in data.contexts[p].committees}
    assert ids(result, "committee") == {a.context for a in affs if a.kind == "committee"} | carriers
    assert ids(result, "concertation") == {PACTE}
    assert result["counts"]["nodes"] == len(result["nodes"])
    assert result["counts"]["kinds"] == {k: len(ids(result, k)) for k in DEFAULT_KINDS}
    # Every membership is an edge between the organization and its committee.
    edges = {(e["source"], e["target"]) for e in result["edges"]}
    for a in affs:
        if a.kind == "committee":
            assert tuple(sorted((a.org, a.context))) in edges


def test_filters_narrow(sample_store):
    everything = carte(sample_store, Scope())
    pacte = carte(sample_store, Scope(concertation=PACTE))
    community = carte(sample_store, Scope(concertation=PACTE, sector="communautaire"))
    assert everything["counts"]["nodes"] > pacte["counts"]["nodes"] > community["counts"]["nodes"] > 0
    assert {n["sector"] for n in community["nodes"] if n["kind"] == "organization"} == {"communautaire"}
    assert ids(pacte, "organization") <= ids(everything, "organization")
    assert community["filters"]["sector"] == "communautaire"


def test_kinds_hide_and_show(sample_store):
    shown = carte(sample_store, Scope(concertation=PACTE), ["organization", "territory"])
    assert {n["kind"] for n in shown["nodes"]} == {"organization", "territory"}
    assert set(shown["counts"]["kinds"]) == {"organization", "territory"}
    default = carte(sample_store, Scope(concertation=PACTE))
    assert ids(shown, "organization") == ids(default, "organization")
    kinds = {n["id"]: n["kind"] for n in shown["nodes"]}
    assert all(e["source"] in kinds and e["target"] in kinds for e in shown["edges"])
    assert all("in_territory" in e["kinds"] for e in shown["edges"] if "territory" in
               {kinds[e["source"]], kinds[e["target"]]})


def test_no_person_and_metrics_of_the_graph_shown(sample_store):
    result = carte(sample_store, Scope())
    persons = {r["id"] for r in sample_store.query("MATCH (p:Person) RETURN p.id AS id")}
    assert persons and not persons & {n["id"] for n in result["nodes"]}
    assert {n["kind"] for n in result["nodes"]} <= set(KINDS)
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in result["nodes"])
    g.add_edges_from((e["source"], e["target"]) for e in result["edges"])
    core = nx.core_number(g)
    between = nx.betweenness_centrality(g)
    for n in result["nodes"]:
        assert n["degree"] == g.degree(n["id"]) and n["core"] == core[n["id"]]
        assert n["betweenness"] == pytest.approx(between[n["id"]], abs=1e-6)


def test_unknown_ids_and_kinds(sample_store):
    with pytest.raises(NotFound):
        carte(sample_store, Scope(concertation="conc:inconnue"))
    with pytest.raises(BadParameter):
        carte(sample_store, Scope(), ["organization", "person"])


def test_vis_data_built_with_pyvis(sample_store):
    result = carte(sample_store, Scope(concertation=PACTE))
    view = vis_data(result, "betweenness")
    assert len(view["nodes"]) == result["counts"]["nodes"] and len(view["edges"]) == result["counts"]["edges"]
    node = next(n for n in view["nodes"] if n["id"] == "org:cisss-lanaudiere")
    assert node["shape"] == "dot" and node["color"] == "#D1BBD7" and node["url"] == "/organisations/org:cisss-lanaudiere"
    assert node["value"] == node["metrics"]["betweenness"]
    assert {e["from"] for e in view["edges"]} | {e["to"] for e in view["edges"]} <= {n["id"] for n in view["nodes"]}
    assert view["options"]["edges"]["smooth"] is False
    with pytest.raises(BadParameter):
        vis_data(result, "closeness")


def test_seed_positions_cover_every_node():
    g = nx.barabasi_albert_graph(400, 2, seed=1)
    nodes = [str(n) for n in g.nodes] + ["seul"]
    pos = seed_positions(nodes, [(str(a), str(b)) for a, b in g.edges], hubs=50)
    assert set(pos) == set(nodes)
    assert seed_positions(nodes, [(str(a), str(b)) for a, b in g.edges], hubs=50) == pos  # seeded


def test_api_carte(sample_client, sample_store):
    r = sample_client.get("/api/carte", params={"concertation": PACTE, "size": "core"})
    assert r.status_code == 200
    body = r.json()
    expected = carte(sample_store, Scope(concertation=PACTE))
    assert body["counts"] == expected["counts"] and body["size"] == "core"
    assert {n["id"] for n in body["nodes"]} == {n["id"] for n in expected["nodes"]}
    assert all(set(e) >= {"from", "to", "kind", "title"} for e in body["edges"])
    assert [k["kind"] for k in body["legend"]["kinds"]] == list(DEFAULT_KINDS)
    assert body["filters"]["kinds"] == list(DEFAULT_KINDS)

    narrow = sample_client.get("/api/carte", params={"concertation": PACTE, "kinds": ["organization", "committee"]})
    assert set(narrow.json()["counts"]["kinds"]) == {"organization", "committee"}
    assert sample_client.get("/api/carte", params={"kinds": "person"}).status_code == 422
    assert sample_client.get("/api/carte", params={"size": "closeness"}).status_code == 422
    assert sample_client.get("/api/carte", params={"concertation": "conc:inconnue"}).status_code == 404
    assert sample_client.get("/api/carte", params={"territory": "99999"}).status_code == 404


def test_carte_page_serves_html_with_the_view(sample_client):
    r = sample_client.get("/carte", params={"concertation": PACTE})
    assert r.status_code == 200 and "Carte du réseau" in r.text
    assert 'id="carte-donnees"' in r.text and "/static/vendor/vis-network.min.js" in r.text
    assert "cdn" not in r.text.lower()
    bad = sample_client.get("/carte", params={"sector": "inconnu"})
    assert bad.status_code == 200 and "secteur inconnu" in bad.text
