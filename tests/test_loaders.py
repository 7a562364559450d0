"""Loading tabular files: validated first, applied atomically, idempotent, with provenance and clear errors."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loaders.load import load_paths
from loaders.problems import LoadRejected
from tests.conftest import dump

ORGS = [
    ["id", "nom", "sigle", "alias", "secteur", "territoires", "source"],
    ["org:cjela", "Carrefour jeunesse-emploi L'Assomption", "CJELA", "CJE", "emploi_solidarite", "mrc:60",
     "plan.docx § Priorité 5"],
    ["org:cssda", "Centre de services scolaire des Affluents", "CSSDA", "CSDA", "education", "", ""],
]
COMMITTEES = [
    ["id", "name", "kind", "concertation", "source"],
    ["com:sa", "Comité porteur en sécurité alimentaire", "comite_porteur", "conc:x", "plan.docx § Priorité 5"],
]
CONCERTATIONS = [["id", "name", "level", "territories"], ["conc:x", "PACTE", "supralocal", "mrc:60"]]
TERRITORIES = [
    ["id", "name", "code", "level", "parent"],
    ["region:14", "Lanaudière", "14", "region", ""],
    ["mrc:60", "L'Assomption", "60", "mrc", "region:14"],
]
PROJECTS = [["id", "name", "période", "comite"], ["proj:carte", "Carte interactive", "2026 - 2028", "com:sa"]]
FUNDINGS = [
    ["id", "montant", "annee_financiere", "statut", "projet", "fiduciaire"],
    ["fund:1", "17 280$", "2026-2027", "planned", "proj:carte", "org:cjela"],
    ["fund:2", "1 234,50 $", "2027-28", "planned", "proj:carte", ""],
]
MEMBERS = [["de", "vers", "role", "depuis", "jusqu_a"], ["org:cjela", "com:sa", "fiduciaire", "2026", "2028"],
           ["org:cssda", "com:sa", "membre", "2026", ""]]


def write_csv(folder: Path, name: str, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    with open(path, "w", newline="", encoding=encoding) as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


@pytest.fixture
def dataset(tmp_path) -> Path:
    d = tmp_path / "jeu"
    for name, rows in [("territoires", TERRITORIES), ("organisations", ORGS), ("comites", COMMITTEES),
                       ("concertations", CONCERTATIONS), ("projets", PROJECTS), ("financements", FUNDINGS),
                       ("membres", MEMBERS)]:
        write_csv(d, name, rows)
    return d


def problems_of(store, paths) -> list[str]:
    with pytest.raises(LoadRejected) as exc:
        load_paths(store, paths)
    return [str(p) for p in exc.value.problems]


def test_load_values_links_and_provenance(store, dataset):
    report = load_paths(store, [dataset])
    assert report.counts["Organization"]["created"] == 2
    fund = store.read("MATCH (f:Funding {id: 'fund:2'})-[:TO]->(p:Project) RETURN f.amount AS a, "
                      "f.fiscal_year AS fy, p.start AS s, p.end AS e")
    assert fund == [{"a": 1234.5, "fy": "2027-2028", "s": 2026, "e": 2028}]
    via = store.read("MATCH (f:Funding)-[:VIA]->(o:Organization) RETURN f.id AS f, o.acronym AS o")
    assert via == [{"f": "fund:1", "o": "CJELA"}]
    org = store.read("MATCH (o:Organization {id: 'org:cjela'}) RETURN o.aliases AS al, o.source AS s, "
                     "o.loaded_from AS lf")[0]
    assert org == {"al": ["CJE"], "s": ["plan.docx § Priorité 5"], "lf": ["jeu/organisations.csv:2"]}
    no_source = store.read("MATCH (o:Organization {id: 'org:cssda'}) RETURN o.source AS s")[0]["s"]
    assert no_source == ["jeu/organisations.csv:3"], "without a source column the file and row are the provenance"
    member = store.read("MATCH (:Organization {id: 'org:cjela'})-[r:MEMBER_OF]->(:Committee) "
                        "RETURN r.role AS role, r.since AS since, r.until AS until, r.source AS src")
    assert member == [{"role": "fiduciaire", "since": 2026, "until": 2028, "src": ["jeu/membres.csv:2"]}]
    unprovenanced = store.read("MATCH (n) WHERE n.source IS NULL OR size(n.source) = 0 RETURN count(n) AS n")
    assert unprovenanced == [{"n": 0}]
    assert store.read("MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r) AS n") == [{"n": 0}]


def test_reload_is_a_no_op(store, dataset):
    load_paths(store, [dataset])
    before = dump(store)
    report = load_paths(store, [dataset])
    assert report.changes == 0
    assert dump(store) == before


def test_a_period_renewed_is_a_second_membership(store, dataset):
    load_paths(store, [dataset])
    write_csv(dataset, "membres", MEMBERS + [["org:cjela", "com:sa", "membre", "2029", ""]])
    load_paths(store, [dataset])
    rows = store.read("MATCH (:Organization {id: 'org:cjela'})-[r:MEMBER_OF]->() RETURN r.since AS s ORDER BY s")
    assert rows == [{"s": 2026}, {"s": 2029}]


def test_an_update_changes_only_what_changed(store, dataset):
    load_paths(store, [dataset])
    orgs = [r[:] for r in ORGS]
    orgs[1][1] = "Carrefour jeunesse-emploi de L'Assomption"
    write_csv(dataset, "organisations", orgs)
    report = load_paths(store, [dataset])
    assert report.counts["Organization"] == {"created": 0, "updated": 1, "unchanged": 1}
    assert report.changes == 1


@pytest.mark.parametrize("encoding,delimiter", [("utf-8-sig", ","), ("cp1252", ";"), ("utf-8", "\t")])
def test_encodings_and_delimiters(store, dataset, encoding, delimiter):
    write_csv(dataset, "organisations", ORGS, encoding=encoding, delimiter=delimiter)
    load_paths(store, [dataset])
    name = store.read("MATCH (o:Organization {id: 'org:cjela'}) RETURN o.name AS n")[0]["n"]
    assert name == "Carrefour jeunesse-emploi L'Assomption"
    assert store.read("MATCH (o:Organization {id: 'org:cssda'}) RETURN o.sector AS s")[0]["s"] == "education"


def test_bad_input_names_file_row_column_value_and_writes_nothing(store, dataset):
    load_paths(store, [dataset])
    before = dump(store)
    orgs = ORGS + [["org:bad", "Mauvais", "", "", "santé", "", ""], ["org:cjela", "Doublon", "", "", "education", "", ""]]
    write_csv(dataset, "organisations", orgs)
    write_csv(dataset, "financements", FUNDINGS + [["fund:3", "douze dollars", "2026-2028", "planned", "proj:carte", ""],
                                                   ["fund:4", "12$", "2026-2027", "planned", "proj:nope", ""]])
    write_csv(dataset, "membres", MEMBERS + [["org:cjelaa", "com:sa", "membre", "", ""]])
    problems = problems_of(store, [dataset])
    text = "\n".join(problems)
    assert "jeu/organisations.csv, ligne 4, colonne « secteur », valeur « santé » : code inconnu" in text
    assert "jeu/organisations.csv, ligne 5" in text and "en double (déjà à la ligne 2)" in text
    assert "jeu/financements.csv, ligne 4, colonne « montant », valeur « douze dollars »" in text
    assert "colonne « annee_financiere », valeur « 2026-2028 » : une année financière est attendue" in text
    assert "colonne « projet », valeur « proj:nope » : identifiant inconnu" in text
    assert "jeu/membres.csv, ligne 4, colonne « from », valeur « org:cjelaa »" in text
    assert "vouliez-vous dire : org:cjela" in text
    assert dump(store) == before, "a rejected load leaves the graph byte-for-byte unchanged"


def test_rejected_first_load_leaves_an_empty_graph(store, dataset):
    before = dump(store)
    write_csv(dataset, "projets", PROJECTS + [["proj:x", "X", "2030 - 2026", ""]])
    assert any("période" in p for p in problems_of(store, [dataset]))
    assert dump(store) == before
    assert store.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


def test_structure_errors(store, dataset, tmp_path):
    write_csv(dataset, "organisations", [["id", "nom", "secteur", "couleur"], ["org:a", "A", "municipal", "bleu"]])
    write_csv(dataset, "inconnus", [["id"], ["x"]])
    (dataset / "notes.txt").write_text("x")
    text = "\n".join(problems_of(store, [dataset, tmp_path / "absent.csv"]))
    assert "colonne « couleur » : colonne inconnue" in text
    assert "nom de fichier ou de feuille inconnu « inconnus »" in text
    assert "absent.csv : fichier introuvable" in text


def test_missing_required_values(store, dataset):
    write_csv(dataset, "organisations", [["id", "nom"], ["org:cjela", "CJELA"], ["org:cssda", "CSSDA"]])
    text = "\n".join(problems_of(store, [dataset]))
    assert "jeu/organisations.csv, ligne 2, colonne « secteur » : valeur obligatoire manquante" in text


def test_same_node_in_two_files_must_agree(store, dataset, tmp_path):
    other = tmp_path / "autre"
    write_csv(other, "organizations", [["id", "name", "sector", "aliases"],
                                       ["org:cjela", "Carrefour jeunesse-emploi L'Assomption", "emploi_solidarite",
                                        "CJE L'Assomption"]])
    load_paths(store, [dataset, other])
    aliases = store.read("MATCH (o:Organization {id: 'org:cjela'}) RETURN o.aliases AS a, o.loaded_from AS lf")[0]
    assert aliases["a"] == ["CJE", "CJE L'Assomption"]
    assert aliases["lf"] == ["autre/organizations.csv:2", "jeu/organisations.csv:2"]
    write_csv(other, "organizations", [["id", "name", "sector"], ["org:cjela", "CJELA", "communautaire"]])
    text = "\n".join(problems_of(store, [dataset, other]))
    assert "autre/organizations.csv, ligne 2, colonne « sector », valeur « communautaire » : " \
           "identifiant « org:cjela » décrit autrement dans jeu/organisations.csv, ligne 2" in text


def test_relationship_ends_follow_the_schema(store, dataset):
    write_csv(dataset, "membres", [["from", "to"], ["proj:carte", "com:sa"]])
    text = "\n".join(problems_of(store, [dataset]))
    assert "une relation MEMBER_OF ne peut pas aller de Project à Committee" in text


def test_xlsx_template_round_trip(store, tmp_path):
    """The generated template, filled in with French headers, loads like CSV files."""
    from openpyxl import load_workbook

    from loaders.template import write_template

    path = write_template(tmp_path / "modele.xlsx")[0]
    wb = load_workbook(path)
    assert "LISEZMOI" in wb.sheetnames and "organisations" in wb.sheetnames
    headers = [c.value for c in wb["organisations"][1]]
    values = {"identifiant": "org:omh", "nom": "Office municipal d'habitation", "secteur": "habitation",
              "alias": "OMH"}
    wb["organisations"].append([values.get(h, "") for h in headers])
    headers = [c.value for c in wb["financements"][1]]
    wb["financements"].append([{"identifiant": "fund:x", "montant": "70653$", "statut": "granted",
                                "bailleur": "org:omh"}.get(h, "") for h in headers])
    wb.save(path)
    load_paths(store, [path])
    rows = store.read("MATCH (o:Organization)-[:FUNDS]->(f:Funding) RETURN o.aliases AS a, f.amount AS m, "
                      "f.loaded_from AS lf")
    assert rows == [{"a": ["OMH"], "m": 70653.0, "lf": [f"{tmp_path.name}/modele.xlsx[financements]:2"]}]


def test_empty_template_loads_nothing(store, tmp_path):
    from loaders.template import write_template

    write_template(tmp_path / "csv")
    assert load_paths(store, [tmp_path / "csv"]).changes == 0
