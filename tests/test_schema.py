"""The declarative schema: the names other parts rely on, vocabularies as data, derived tables."""
from __future__ import annotations

import pytest

from graph.schema import load_schema, normalize_header
from graph.vocabularies import vocabulary_dir

ISSUE_LABELS = {"Organization", "Person", "Concertation", "Committee", "ActionPlan", "Theme", "Project",
                "Territory", "Funding", "Meeting"}
ISSUE_RELS = {"MEMBER_OF", "REPRESENTS", "PART_OF", "REPORTS_TO", "OF", "IN_PLAN", "CARRIES", "LEADS", "PARTNER_IN",
              "FIDUCIARY_OF", "FUNDS", "TO", "VIA", "ADDRESSES", "IN_TERRITORY", "SUCCEEDED_BY", "ATTENDED",
              "COLLABORATES_WITH"}
SECTORS = {"communautaire", "municipal", "sante_services_sociaux", "education", "emploi_solidarite",
           "economie_sociale", "philanthropie", "gouvernemental", "affaires", "habitation", "recherche",
           "concertation", "elus", "citoyens"}
COMMITTEE_KINDS = {"collectif", "comite_porteur", "comite_coordination", "comite_evaluation", "comite_encadrement",
                   "conseil_administration", "communaute_pratique", "comite_travail", "comite_regional", "chantier",
                   "other"}


def test_labels_and_relationship_types(schema):
    assert ISSUE_LABELS <= set(schema.nodes)
    assert ISSUE_RELS <= set(schema.relationships)


@pytest.mark.parametrize("label,props", [
    ("Organization", {"acronym", "aliases", "sector", "org_type", "website", "notes"}),
    ("Concertation", {"acronym", "level"}),
    ("Committee", {"kind", "theme"}),
    ("ActionPlan", {"start_year", "end_year"}),
    ("Project", {"description", "start", "end", "status"}),
    ("Territory", {"code", "level"}),
    ("Funding", {"amount", "fiscal_year", "status"}),
    ("Meeting", {"date", "participants_count"}),
])
def test_node_properties(schema, label, props):
    assert props <= set(schema.node(label).properties)


def test_relationship_ends(schema):
    assert schema.rel("MEMBER_OF").allows("Person", "Committee")
    assert schema.rel("FUNDS").allows("Organization", "Funding")
    assert schema.rel("PART_OF").allows("Territory", "Territory")
    assert not schema.rel("PART_OF").allows("Committee", "Territory")
    assert schema.rel("SUCCEEDED_BY").prop("kind").vocabulary == "succession_kinds"
    assert schema.rel("MEMBER_OF").temporal and schema.rel("MEMBER_OF").prop("role")


def test_vocabularies_are_data(schema):
    assert set(schema.vocabulary("sectors").codes) == SECTORS
    assert set(schema.vocabulary("committee_kinds").codes) == COMMITTEE_KINDS
    assert set(schema.vocabulary("funding_statuses").codes) == {"planned", "granted", "requested", "spent"}
    assert set(schema.vocabulary("territory_levels").codes) == {"province", "region", "mrc", "municipality"}
    assert set(schema.vocabulary("concertation_levels").codes) == {"local", "supralocal", "regional", "national"}
    spheres = set(schema.vocabulary("spheres").codes)
    for term in schema.vocabulary("sectors").terms:
        assert term.label_fr and term.extra["sphere"] in spheres, term.code


def test_vocabulary_override(tmp_path, monkeypatch):
    """A table adapts its vocabularies by pointing MAILLAGE_VOCABULARY_DIR at its own files."""
    for f in vocabulary_dir().glob("*.csv"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    with open(tmp_path / "sectors.csv", "a", encoding="utf-8") as f:
        f.write("culture,Culture,Culture,publique,Milieu culturel\n")
    assert "culture" not in load_schema().vocabulary("sectors")
    monkeypatch.setenv("MAILLAGE_VOCABULARY_DIR", str(tmp_path))
    assert "culture" in load_schema().vocabulary("sectors")


def test_table_names_are_unambiguous(schema):
    seen = {}
    for t in (*schema.nodes.values(), *schema.relationships.values()):
        for h in t.headers:
            assert seen.setdefault(h, t.name) == t.name, f"{h} names both {seen[h]} and {t.name}"
    assert schema.table("Organisations.csv").name == "Organization"
    assert schema.table("financements").name == "Funding"
    assert normalize_header("Année financière") == "annee_financiere"


def test_person_is_private(schema):
    assert schema.node("Person").private
    assert "Person" not in schema.public_labels


def test_schema_doc_is_generated(schema):
    from graph.docs import schema_markdown
    from tests.conftest import ROOT

    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == schema_markdown(schema), \
        "docs/schema.md is stale: run `python -m graph.docs > docs/schema.md`"
