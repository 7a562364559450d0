"""Exports (question 9): the filtered organization network — or the whole public graph — as GraphML, GEXF (dynamic,
for Gephi's timeline), CSV (zip) and XLSX; persons never exported unless the server is configured to."""
from __future__ import annotations

import csv
import io
import zipfile

import networkx as nx
import openpyxl
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.analytics.affiliations import read_affiliations
from graph.analytics.scope import Scope
from graph.export import network_graph
from loaders.load import load_paths
from maillage.settings import Settings
from tests.test_loaders import write_csv

EXPORT = "/api/export"
#: A person of the sample (data/sample/004-cdsm-2009-2010/persons.csv), member of a CDSM committee.
PERSON = ("person:marie-josee-routhier", "Marie-Josée Routhier")


def parse(fmt: str, content: bytes) -> tuple[set[str], list[dict]]:
    """Node ids and edges (as dicts of attributes) of an exported file, read back with the usual tools."""
    if fmt in ("graphml", "gexf"):
        g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.BytesIO(content))
        return set(g.nodes), [d for *_, d in g.edges(data=True)]
    if fmt == "csv":
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            assert sorted(z.namelist()) == ["nodes.csv", "relationships.csv"]
            nodes = list(csv.DictReader(io.StringIO(z.read("nodes.csv").decode("utf-8"))))
            edges = list(csv.DictReader(io.StringIO(z.read("relationships.csv").decode("utf-8"))))
        return {n["id"] for n in nodes}, edges
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["noeuds", "relations"]
    rows = [list(r) for r in book["noeuds"].iter_rows(values_only=True)]
    header = [list(r) for r in book["relations"].iter_rows(values_only=True)]
    return {r[rows[0].index("id")] for r in rows[1:]}, [dict(zip(header[0], r)) for r in header[1:]]


@pytest.fixture
def small(store, tmp_path):
    """A (2019-2022) and B (from 2021) on committee K; B and C partners from 2024 to 2025; P, a person representing
    A, also sits on K."""
    d = tmp_path / "small"
    write_csv(d, "organisations", [["id", "nom", "secteur"], ["org:a", "A", "communautaire"],
                                   ["org:b", "B", "municipal"], ["org:c", "C", "education"]])
    write_csv(d, "comites", [["id", "name", "kind"], ["com:k", "K", "comite_porteur"]])
    write_csv(d, "personnes", [["id", "name", "organisation"], ["person:p", "Personne P", "org:a"]])
    write_csv(d, "membres", [["de", "vers", "depuis", "jusqu_a"], ["org:a", "com:k", "2019", "2022"],
                             ["org:b", "com:k", "2021", ""], ["person:p", "com:k", "2018", "2019"]])
    write_csv(d, "collaborations", [["from", "to", "kind", "since", "until"], ["org:b", "org:c", "partnership",
                                                                               "2024", "2025"]])
    load_paths(store, [d])
    return store


def test_network_graph_years_by_hand(small):
    g = network_graph(read_affiliations(small), Scope())
    assert set(g.nodes) == {"org:a", "org:b", "org:c"}, "the person counts for A and is not a node"
    # A on K 2018 (through P) to 2022, B from 2021 (no end): together on K from 2021 to 2022.
    assert (g.edges["org:a", "org:b"]["start"], g.edges["org:a", "org:b"]["end"]) == (2021, 2022)
    assert (g.nodes["org:a"]["start"], g.nodes["org:a"]["end"]) == (2018, 2022)
    assert (g.edges["org:b", "org:c"]["start"], g.edges["org:b", "org:c"]["end"]) == (2024, 2025)
    assert g.edges["org:b", "org:c"]["kinds"] == ["collaboration"]
    # B: K from 2021 (no end) and the partnership 2024-2025 → 2021-2025 (the earliest start, the latest end known).
    assert (g.nodes["org:b"]["start"], g.nodes["org:b"]["end"]) == (2021, 2025)
    assert g.nodes["org:b"]["degree"] == 2 and g.nodes["org:b"]["name"] == "B"


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "xlsx"])
def test_every_format_parses_back(sample_client, fmt):
    expected = sample_client.get("/api/network").json()
    res = sample_client.get(EXPORT, params={"format": fmt})
    assert res.status_code == 200
    media = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml", "csv": "application/zip",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}[fmt]
    assert res.headers["content-type"].startswith(media)
    name = "maillage-reseau-csv.zip" if fmt == "csv" else f"maillage-reseau.{fmt}"
    assert res.headers["content-disposition"] == f'attachment; filename="{name}"'
    nodes, edges = parse(fmt, res.content)
    assert nodes == {n["id"] for n in expected["nodes"]}
    assert len(edges) == expected["metrics"]["edges"]
    assert all(float(e["weight"]) >= 1 for e in edges)
    assert not any(n.startswith("person:") for n in nodes)
    assert PERSON[0].encode() not in res.content


def test_gexf_is_dynamic(sample_client):
    content = sample_client.get(EXPORT, params={"format": "gexf", "concertation": "conc:pacte-lassomption"}).content
    assert b'mode="dynamic"' in content and b'timeformat="double"' in content
    g = nx.read_gexf(io.BytesIO(content))
    assert g.graph["mode"] == "dynamic"
    # PACTE Bienveillance members, member_of.csv since=2026 until=2028 (README: every membership 2026-2028).
    tie = g.edges["org:adsmq", "org:aqdr"]
    assert (tie["start"], tie["end"]) == (2026.0, 2028.0)
    assert (g.nodes["org:adsmq"]["start"], g.nodes["org:adsmq"]["end"]) == (2026.0, 2028.0)
    assert g.nodes["org:adsmq"]["label"].startswith("Association des devenus sourds")


def test_filters_change_the_nodes(sample_client):
    everything, _ = parse("csv", sample_client.get(EXPORT, params={"format": "csv"}).content)
    pacte, _ = parse("csv", sample_client.get(EXPORT, params={"format": "csv",
                                                              "concertation": "conc:pacte-lassomption"}).content)
    mauricie, _ = parse("csv", sample_client.get(EXPORT, params={"format": "csv", "period": "2009-2010"}).content)
    assert pacte < everything and mauricie < everything
    # CJELA is PACTE's fiduciary (fiduciary_of.csv); the Consortium de la Mauricie is not in PACTE, and its 2009-2010
    # plan is the only one of that period (data/sample/004-cdsm-2009-2010); ADSMQ only sits on a PACTE committee,
    # 2026-2028 (000-pacte-lassomption/member_of.csv).
    assert "org:cjela" in pacte and "org:cds-mauricie" not in pacte
    assert "org:cds-mauricie" in mauricie and "org:adsmq" not in mauricie


def test_whole_graph_without_persons_unless_configured(sample_client, sample_store, tmp_path):
    res = sample_client.get(EXPORT, params={"format": "graphml", "scope": "graph"})
    assert res.headers["content-disposition"] == 'attachment; filename="maillage-graphe.graphml"'
    nodes, _ = parse("graphml", res.content)
    assert "mrc:60" in nodes and "fund:pacte-sa-concertation-2026-2027" in nodes
    assert not any(n.startswith("person:") for n in nodes) and PERSON[1].encode() not in res.content
    gexf = nx.read_gexf(io.BytesIO(sample_client.get(EXPORT, params={"format": "gexf", "scope": "graph"}).content))
    assert gexf.graph["mode"] == "dynamic" and gexf.nodes["mrc:60"]["node_type"] == "Territory"
    # plan:pacte-2026-2028 (common/action_plans.csv, period 2026-2028) carries its years.
    assert (gexf.nodes["plan:pacte-2026-2028"]["start"], gexf.nodes["plan:pacte-2026-2028"]["end"]) == (2026.0, 2028.0)
    settings = Settings(graph_uri=None, data_dir=tmp_path, include_persons=True)
    with TestClient(create_app(settings, store=sample_store)) as open_client:
        with_persons = open_client.get(EXPORT, params={"format": "csv", "scope": "graph"}).content
    assert PERSON[0] in parse("csv", with_persons)[0]


def test_errors(sample_client):
    assert sample_client.get(EXPORT, params={"format": "pdf"}).status_code == 422
    assert sample_client.get(EXPORT).status_code == 422
    assert sample_client.get(EXPORT, params={"format": "csv", "scope": "tout"}).status_code == 422
    filtered_graph = sample_client.get(EXPORT, params={"format": "csv", "scope": "graph", "sector": "education"})
    assert filtered_graph.status_code == 422 and "scope=network" in filtered_graph.json()["detail"][0]["msg"]
    unknown = sample_client.get(EXPORT, params={"format": "csv", "concertation": "conc:nulle-part"})
    assert unknown.status_code == 404 and "introuvable" in unknown.json()["detail"]
    spec = sample_client.get("/openapi.json").json()["paths"][EXPORT]["get"]["responses"]["200"]["content"]
    assert {"application/graphml+xml", "application/gexf+xml", "application/zip"} <= set(spec)


def test_cli_export_network(ask, tmp_path):
    out = tmp_path / "pacte.gexf"
    res = ask("export-network", "--format", "gexf",
                                   "--out", str(out), "-c", "PACTE")
    assert res.exit_code == 0, res.output
    g = nx.read_gexf(out)
    assert "org:cjela" in g and g.graph["mode"] == "dynamic"
    assert f"{g.number_of_nodes()} organisations" in res.output
    bad = ask("export-network", "--format", "pdf")
    assert bad.exit_code == 2
