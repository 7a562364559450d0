"""Search: accent-, case- and punctuation-insensitive over names, acronyms, aliases and codes of every node kind."""
from __future__ import annotations

import json

import pytest

from graph.analytics.errors import NotFound
from graph.analytics.search import resolve, search


@pytest.mark.parametrize("q, expected", [
    ("cisss", "org:cisss-lanaudiere"),                  # written « CISSS » in the PACTE plan (alias)
    ("CISSS de Lanaudière", "org:cisss-lanaudiere"),    # its acronym as written in data/sample/common
    ("cisss de lanaudiere", "org:cisss-lanaudiere"),    # no accents
    ("cssda", "org:cssda"),                             # acronym
    ("CSDA", "org:cssda"),                              # the plan's typo for CSSDA (000 seed, Priorité 2)
    ("Centre de services scolaire des Affluents", "org:cssda"),
    ("PACTE", "conc:pacte-lassomption"),
    ("L'Assomption", "mrc:60"),                         # punctuation-insensitive; the MRC comes before the city
])
def test_search_finds_what_it_should(sample_store, q, expected):
    hits = search(sample_store, q)
    assert expected in [h["id"] for h in hits[:3]], [(h["id"], h["score"]) for h in hits[:5]]


def test_search_covers_every_public_kind_and_hides_persons(sample_store):
    kinds = {h["kind"] for h in search(sample_store, "securite alimentaire", limit=100)}
    assert {"Committee", "Project", "Theme"} <= kinds
    assert search(sample_store, "14")[0]["id"] == "region:14"          # a region by its official code
    # Persons are private: a person's name finds nothing unless asked for (data/sample/004…/persons.csv).
    assert not [h for h in search(sample_store, "Marie-Josée Routhier") if h["kind"] == "Person"]
    assert search(sample_store, "Marie-Josée Routhier", include_persons=True)[0]["kind"] == "Person"


def test_resolve_by_id_name_or_acronym(sample_store):
    assert resolve(sample_store, "org:cssda", "Organization") == "org:cssda"
    assert resolve(sample_store, "CSSDA", "Organization") == "org:cssda"
    with pytest.raises(NotFound, match="organisation introuvable : « Nulle part inc »"):
        resolve(sample_store, "Nulle part inc", "Organization")


def test_search_api(sample_client):
    body = sample_client.get("/api/search", params={"q": "cssda"}).json()
    assert body["results"][0]["id"] == "org:cssda" and body["results"][0]["kind_fr"] == "Organisation"
    only = sample_client.get("/api/search", params={"q": "alimentaire", "kind": "Committee"}).json()["results"]
    assert only and {h["kind"] for h in only} == {"Committee"}
    assert sample_client.get("/api/search", params={"q": ""}).status_code == 422
    bad = sample_client.get("/api/search", params={"q": "x", "kind": "Nope"})
    assert bad.status_code == 422 and "Organization" in bad.json()["detail"][0]["msg"]


def test_search_cli(ask):
    res = ask("search", "cssda", "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["results"][0]["id"] == "org:cssda"
