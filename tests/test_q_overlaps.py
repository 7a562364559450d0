"""Overlaps: organizations at several tables / in several territories, and projects that share partners, themes or
territories."""
from __future__ import annotations

import json

import pytest

from graph.analytics.affiliations import read_affiliations
from graph.analytics.errors import BadParameter
from graph.analytics.overlaps import organization_overlaps, project_overlaps
from graph.analytics.period import Period
from graph.analytics.scope import Scope


@pytest.fixture(scope="module")
def data(sample_store):
    return read_affiliations(sample_store)


def test_rqds_is_found_in_three_regions_and_three_tables(data):
    # The RQDS is named by the TPDSL (Lanaudière, 14: collaboration souhaitée, moyen 2.1.2), by Concertation Horizon
    # (Montérégie, 16: C.A.) and by both Mauricie plans (04: 1.4.2 in 2009, 4.1.2 in 2017).
    regions = {o["id"]: o for o in organization_overlaps(data, Scope(), "region")}
    assert [p["name"] for p in regions["org:rqds"]["places"]] == ["Lanaudière", "Mauricie", "Montérégie"]
    tables = {o["id"]: o for o in organization_overlaps(data, Scope(), "concertation")}
    assert {p["id"] for p in tables["org:rqds"]["places"]} == {"conc:tpdsl", "conc:concertation-horizon",
                                                               "conc:cds-mauricie"}
    mauricie = next(p for p in tables["org:rqds"]["places"] if p["id"] == "conc:cds-mauricie")
    assert {r["context_id"] for r in mauricie["roles"]} >= {"proj:cdsm-2009-1-4-2-ca-rqds",
                                                            "proj:cdsm-2017-4-1-2-rqds"}
    # In 2009-2010 only the Mauricie 2009 plan is active: one region.
    assert "org:rqds" not in {o["id"] for o in organization_overlaps(data, Scope(period=Period(2009, 2010)))}


def test_min_and_concertation_scope(data):
    everyone = organization_overlaps(data, Scope(), "concertation", 1)
    assert len(everyone) == len({a.org for a in data.affiliations})
    # Partners of the PACTE that also sit at another table: the TPDSL itself, CREVALE and Nourrir Lanaudière
    # (PACTE collaborations / comité SA, and TPDSL plan 2023-2026).
    pacte = organization_overlaps(data, Scope(concertation="conc:pacte-lassomption"), "concertation")
    assert {o["id"] for o in pacte} == {"org:tpdsl", "org:crevale", "org:nourrir-lanaudiere"}
    with pytest.raises(BadParameter):
        organization_overlaps(data, Scope(), "planete")


def test_project_pair_across_mauricie_plans(data):
    # 1.4.2 (2009-2010) and 4.1.2 (2017-2020): same partner (RQDS), same themes (mobilisation, communications),
    # no territory of their own → Jaccard 3/3 = 1; their years do not overlap → continuity, not duplication.
    pairs = project_overlaps(data, Scope(concertation="conc:cds-mauricie"), limit=10_000)
    pair = next(p for p in pairs if {x["id"] for x in p["projects"]} == {"proj:cdsm-2009-1-4-2-ca-rqds",
                                                                         "proj:cdsm-2017-4-1-2-rqds"})
    assert pair["score"] == 1.0 and pair["assessment"] == "continuity"
    assert {(i["kind"], i["id"]) for i in pair["shared"]} == {("partners", "org:rqds"), ("themes", "theme:mobilisation"),
                                                             ("themes", "theme:communications")}
    only_partners = project_overlaps(data, Scope(concertation="conc:cds-mauricie"), dimensions=("partners",),
                                     limit=10_000)
    assert all({i["kind"] for i in p["shared"]} == {"partners"} for p in only_partners)
    assert all(p["score"] >= 0.5 for p in project_overlaps(data, Scope(), min_score=0.5))


def test_overlaps_api_and_cli(sample_client, ask):
    body = sample_client.get("/api/overlaps/organizations", params={"level": "region", "min": 3}).json()
    assert [o["id"] for o in body["organizations"]] == ["org:rqds"]
    assert sample_client.get("/api/overlaps/organizations", params={"level": "planete"}).status_code == 422
    assert sample_client.get("/api/overlaps/organizations", params={"min": 0}).status_code == 422
    projects = sample_client.get("/api/overlaps/projects", params={"by": "themes", "limit": 5}).json()
    assert projects["dimensions"] == ["themes"] and len(projects["pairs"]) == 5 and projects["total"] >= 5
    assert sample_client.get("/api/overlaps/projects", params={"concertation": "conc:x"}).status_code == 404
    res = ask("overlaps", "--min", "3", "--json")
    assert res.exit_code == 0, res.output
    assert [o["id"] for o in json.loads(res.output)["organizations"]] == ["org:rqds"]
    table = ask("project-overlaps", "-n", "3")
    assert table.exit_code == 0 and "Jaccard" in table.output
