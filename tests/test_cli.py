"""The ``maillage`` command line, end to end on a real embedded store in a temporary data directory."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from maillage.cli import app

runner = CliRunner()


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILLAGE_DATA_DIR", str(tmp_path / "donnees"))
    monkeypatch.delenv("MAILLAGE_GRAPH_URI", raising=False)
    return tmp_path


def run(*args):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_load_sample_stats_query_export(env):
    first = run("load", "--sample", "--json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.output)["changes"] > 3000
    again = run("load", "--sample", "--json")
    assert json.loads(again.output)["changes"] == 0

    stats = json.loads(run("stats", "--json").output)
    assert stats["nodes"]["Territory"] == 1407
    assert stats["nodes"]["Concertation"] == 4
    assert stats["relationships"]["MEMBER_OF"] > 50

    out = run("query", "MATCH (c:Concertation) RETURN c.acronym AS sigle, c.level AS niveau ORDER BY sigle", "--json")
    assert out.exit_code == 0
    rows = json.loads(out.output)
    assert {"sigle": "PACTE", "niveau": "supralocal"} in rows and len(rows) == 4

    param = run("query", "MATCH (t:Territory {id: $id}) RETURN t.name AS nom", "-p", "id=mun:60013", "--json")
    assert json.loads(param.output) == [{"nom": "Repentigny"}]

    refused = run("query", "MATCH (n:Organization) DETACH DELETE n")
    assert refused.exit_code == 1 and "lecture seule" in refused.output
    assert json.loads(run("stats", "--json").output)["nodes"]["Organization"] == stats["nodes"]["Organization"]

    for fmt, name in (("graphml", "g.graphml"), ("gexf", "g.gexf"), ("xlsx", "g.xlsx"), ("csv", "csvdir")):
        res = run("export", "--format", fmt, "--out", str(env / name))
        assert res.exit_code == 0, res.output
    graphml = (env / "g.graphml").read_text(encoding="utf-8")
    assert "org:cisss-lanaudiere" in graphml
    assert "person:" not in graphml, "persons are private unless explicitly included"
    nodes = (env / "csvdir" / "nodes.csv").read_text(encoding="utf-8")
    assert "Person" not in nodes
    with_persons = run("export", "--format", "csv", "--out", str(env / "p"), "--include-persons")
    assert with_persons.exit_code == 0 and "Person" in (env / "p" / "nodes.csv").read_text(encoding="utf-8")


def test_load_errors_exit_non_zero(env):
    bad = env / "organisations.csv"
    bad.write_text("id,nom,secteur\norg:a,A,santé\n", encoding="utf-8")
    res = runner.invoke(app, ["load", str(bad)])
    assert res.exit_code == 1
    assert "organisations.csv, ligne 2, colonne « secteur », valeur « santé »" in res.output
    assert "le graphe n'a pas été modifié" in res.output
    data = json.loads(runner.invoke(app, ["load", str(bad), "--json"]).output)
    assert data["ok"] is False and data["problems"][0]["row"] == 2 and data["problems"][0]["column"] == "secteur"


def test_check_writes_nothing(env):
    res = run("load", "--sample", "--check", "--json")
    assert json.loads(res.output)["dry_run"] is True
    assert json.loads(run("stats", "--json").output)["nodes"]["Territory"] == 0


def test_template_and_reset(env):
    assert run("template", "--out", str(env / "modele.xlsx")).exit_code == 0
    assert (env / "modele.xlsx").exists()
    run("load", str(env / "modele.xlsx"))
    run("load", "--sample")
    assert run("reset", "--yes").exit_code == 0
    assert json.loads(run("stats", "--json").output)["nodes"]["Organization"] == 0


def test_bad_graph_uri(env):
    res = runner.invoke(app, ["--graph", "ftp://nowhere", "stats"])
    assert res.exit_code == 2 and "non reconnue" in res.output
