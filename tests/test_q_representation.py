"""Question 4 — sector representation: members by sector, missing sectors, diversity, E-I index, attendance and the
representation audit. Expected values are computed by hand from the sample CSVs and the seeds (cited inline)."""
from __future__ import annotations

import json
import math

import pytest
from typer.testing import CliRunner

from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.period import Period
from graph.analytics.representation import audit, committee_representation, concertation_representation
from loaders.load import load_paths
from maillage.cli import app
from tests.test_loaders import write_csv

VOCABULARY = {"communautaire", "municipal", "sante_services_sociaux", "education", "emploi_solidarite",
              "economie_sociale", "philanthropie", "gouvernemental", "affaires", "habitation", "recherche",
              "concertation", "elus", "citoyens"}  # data/vocabularies/sectors.csv: 14 codes


def blau_by_hand(*counts: int) -> float:
    n = sum(counts)
    return round(1 - sum((c / n) ** 2 for c in counts), 6)


def sectors_of(result: dict) -> dict[str, int]:
    return {s["code"]: s["count"] for s in result["sectors"]}


# --- PACTE, comité porteur Sécurité alimentaire -------------------------------------------------------------------
# data/sample/000-pacte-lassomption/member_of.csv (rows for com:pacte-cp-securite-alimentaire), seed
# 000_8d051541b2e0ba72.txt lines 270, 275, 330 (« Comité Porteur: Ville L'Assomption Ville Repentigny Cuisines
# Collectives Les Collatines Moisson Lanaudière Nourrir Lanaudière CISSSL Frigos Verts MRC (urbanistes) »), sectors
# from 000-pacte-lassomption/organizations.csv and common/organizations.csv:
SECURITE_ALIMENTAIRE = {
    "org:ville-lassomption": "municipal", "org:ville-repentigny": "municipal", "org:mrc-lassomption": "municipal",
    "org:cuisines-collectives-mrc-lassomption": "communautaire", "org:les-collatines": "communautaire",
    "org:moisson-lanaudiere": "communautaire", "org:frigos-verts": "communautaire",
    "org:nourrir-lanaudiere": "concertation", "org:cisss-lanaudiere": "sante_services_sociaux",
}


def test_pacte_securite_alimentaire(sample_store):
    r = committee_representation(sample_store, "com:pacte-cp-securite-alimentaire")
    assert {m["id"]: m["sector"] for m in r["members"]} == SECURITE_ALIMENTAIRE
    assert sectors_of(r) == {"municipal": 3, "communautaire": 4, "concertation": 1, "sante_services_sociaux": 1}
    assert [s["code"] for s in r["sectors"]][:2] == ["communautaire", "municipal"]  # by count, highest first
    assert {m["code"] for m in r["missing_sectors"]} == VOCABULARY - {"municipal", "communautaire", "concertation",
                                                                      "sante_services_sociaux"}
    d = r["diversity"]
    assert d["blau"] == round(1 - (3 ** 2 + 4 ** 2 + 1 + 1) / 9 ** 2, 6) == 0.666667  # 1 − 27/81
    h = -(3 / 9 * math.log(3 / 9) + 4 / 9 * math.log(4 / 9) + 2 * (1 / 9 * math.log(1 / 9)))
    assert d["shannon_normalized"] == round(h / math.log(14), 6) and d["vocabulary_size"] == 14
    assert d["sectors_present"] == 4 and d["richness"] == round(4 / 14, 6)
    # Sphères (sectors.csv column sphere): publique = municipal 3 + santé 1; associative = communautaire 4 +
    # concertation 1
    spheres = {s["code"]: s["count"] for s in r["spheres"]}
    assert spheres == {"publique": 4, "associative": 5, "privee": 0, "citoyenne": 0, "philanthropique": 0}
    # All 9 members sit together: C(9,2) = 36 ties; same sector: C(3,2) + C(4,2) = 9 → E = 27, E-I = 18/36
    assert (r["ties"]["external"], r["ties"]["internal"], r["ties"]["ei_index"]) == (27, 9, 0.5)
    # CJELA is the projects' fiduciary, not a member (README § Ambiguïtés 9)
    assert "org:cjela" not in {m["id"] for m in r["members"]}
    assert r["individual_members"] == {"count": 0, "citizens": 0} and r["associated"] == []
    # No meeting recorded for this committee
    assert r["attendance"]["meetings"] == [] and r["attendance"]["has_data"] is False


def test_pacte_collectif_has_no_recorded_member(sample_store):
    # committees.csv: « Membres non listés (« L'ensemble des acteurs de la démarche ») » — no member_of row
    r = committee_representation(sample_store, "com:pacte-collectif")
    assert r["members_count"] == 0 and r["sectors"] == []
    assert {m["code"] for m in r["missing_sectors"]} == VOCABULARY
    assert r["diversity"]["blau"] is None and r["ties"]["ei_index"] is None


def test_pacte_audit_ranking(sample_client):
    # member_of.csv + organizations.csv, by hand:
    #   Soutien aux parents: 7 = santé 1, communautaire 3 (Panda, MDJ, Répits), concertation 1 (CREVALE),
    #     emploi 1 (CJELA), éducation 1 (CSSDA)                               → 1 − 13/49 = 0.734694
    #   Logement: 8 = municipal 2 (Repentigny, OMHRN), élus 2, habitation 3, santé 1 → 1 − 18/64 = 0.71875
    #   Sécurité alimentaire: 9 = 3, 4, 1, 1                                    → 1 − 27/81 = 0.666667
    #   Bienveillance: 8 = municipal 2, communautaire 5, éducation 1            → 1 − 30/64 = 0.53125
    #   Encadrement: CJELA alone                                                → 0
    #   Collectif, COCO, évaluation continue, Reconnaissance: no member        → last, by name
    res = sample_client.get("/api/representation", params={"concertation": "conc:pacte-lassomption"})
    assert res.status_code == 200, res.text
    rows = res.json()["committees"]
    assert [(c["id"], c["members_count"], c["blau"]) for c in rows] == [
        ("com:pacte-cp-soutien-parents-enfants", 7, blau_by_hand(1, 3, 1, 1, 1)),
        ("com:pacte-cp-logement", 8, blau_by_hand(2, 2, 3, 1)),
        ("com:pacte-cp-securite-alimentaire", 9, blau_by_hand(3, 4, 1, 1)),
        ("com:pacte-cp-bienveillance", 8, blau_by_hand(2, 5, 1)),
        ("com:pacte-comite-encadrement", 1, 0.0),
        ("com:pacte-collectif", 0, None),
        ("com:pacte-comite-evaluation-continue", 0, None),
        ("com:pacte-coco", 0, None),
        ("com:pacte-cp-reconnaissance-co-intervention", 0, None),
    ]
    assert [c["rank"] for c in rows] == list(range(1, 10))
    logement = rows[1]
    assert {m["code"] for m in logement["missing_sectors"]} == VOCABULARY - {"municipal", "elus", "habitation",
                                                                             "sante_services_sociaux"}
    # Members active in 2018: none (all PACTE memberships are 2026-2028)
    empty = sample_client.get("/api/representation", params={"concertation": "conc:pacte-lassomption",
                                                              "year": 2018}).json()["committees"]
    assert all(c["members_count"] == 0 for c in empty)


def test_mauricie_2009_person_members_count_for_their_organizations(sample_client):
    # 004-cdsm-2009-2010/member_of.csv, Annexe B: 8 persons and 7 organizations (Moisson Mauricie has two
    # representatives, persons.csv); sectors (004 organizations.csv, common/organizations.csv): santé 3 (CSSS
    # Trois-Rivières, CSSS de l'Énergie, Agence), gouvernemental 2 (MAMROT, CRÉ), communautaire 1 (Moisson),
    # concertation 1 (Consortium) → Blau 1 − (9 + 4 + 1 + 1)/49 = 34/49
    res = sample_client.get("/api/committees/com:cdsm-comite-securite-alimentaire/representation",
                            params={"year": 2009})
    assert res.status_code == 200, res.text
    r = res.json()
    assert r["members_count"] == 7
    assert sectors_of(r) == {"sante_services_sociaux": 3, "gouvernemental": 2, "communautaire": 1, "concertation": 1}
    assert r["diversity"]["blau"] == blau_by_hand(3, 2, 1, 1) == 0.693878
    assert "person:" not in res.text and "Routhier" not in res.text, "persons are never exposed"
    # In 2018 only the 2017-2020 row remains (003-cdsm-2017-2020/member_of.csv: Consortium, animation)
    later = sample_client.get("/api/committees/com:cdsm-comite-securite-alimentaire/representation",
                              params={"year": 2018}).json()
    assert [m["id"] for m in later["members"]] == ["org:cds-mauricie"]


def test_mauricie_individuals_and_involved_without_seat(sample_store):
    # Annexe C: 9 persons; organizations CRÉ, Comité DS Des Chenaux, ÉCOF, Consortium (4); France Cormier, Guylaine
    # Asselin, Réjean Martin (citoyen), Catherine Dufresne (citoyenne) have no organization (persons.csv)
    r = committee_representation(sample_store, "com:cdsm-comite-developpement-citoyen")
    assert r["members_count"] == 4 and r["individual_members"] == {"count": 4, "citizens": 2}
    citoyens = next(m for m in r["missing_sectors"] if m["code"] == "citoyens")
    assert citoyens["individual_members"] == 2  # no organization of sector « citoyens », but two citizens sit
    # Annexe D: 8 seated organizations; « impliqué sans être présent »: CSSS de l'Énergie, Comité DS de Mékinac,
    # Démarche des premiers quartiers (README: « à filtrer pour compter les seuls membres »)
    logement = committee_representation(sample_store, "com:cdsm-comite-logement", Period(2009, 2009))
    assert logement["members_count"] == 8
    assert [a["id"] for a in logement["associated"]] == ["org:comite-ds-mekinac", "org:csss-energie",
                                                         "org:demarche-premiers-quartiers"]


def test_mauricie_meetings_have_dates_only(sample_store):
    # 004-cdsm-2009-2010/meetings.csv: 5 meetings of the coordination committee, participants_count empty, no
    # attended file; 4 of them in 2009
    r = concertation_representation(sample_store, "conc:cds-mauricie", Period(2009, 2009))
    att = r["attendance"]
    assert [m["id"] for m in att["meetings"]] == ["meet:cdsm-coco-2009-03-31", "meet:cdsm-coco-2009-06-02",
                                                  "meet:cdsm-coco-2009-09", "meet:cdsm-coco-2009-12"]
    assert att["has_data"] is False and "aucune donnée de présence" in att["note"]
    assert all(m["rate"] is None and m["basis"] is None for m in att["meetings"])
    # collaborates_with.csv: Table des femmes and Table agroalimentaire are « desired » members, not members
    outside = {p["id"] for p in r["partners_outside_committees"]}
    assert {"org:table-femmes-mauricie", "org:table-agroalimentaire-mauricie"} <= outside
    assert not outside & {m["id"] for m in r["members"]}


def test_pacte_concertation_union_and_mentions(sample_client):
    res = sample_client.get("/api/concertations/conc:pacte-lassomption/representation")
    assert res.status_code == 200, res.text
    r = res.json()
    # Union of member_of.csv: 8 + 8 + 9 + 7 + 1 = 33 rows; repeated: Ville de Repentigny (3 committees), CISSS (3),
    # CSSDA (2), CJELA (2) → 33 − 2 − 2 − 1 − 1 = 27 organizations
    assert r["members_count"] == 27
    repentigny = next(m for m in r["members"] if m["id"] == "org:ville-repentigny")
    assert repentigny["committees"] == ["com:pacte-cp-bienveillance", "com:pacte-cp-logement",
                                        "com:pacte-cp-securite-alimentaire"]
    # projects.csv partner_sectors mention « citoyens » (Citoyens, Bienveillance 1): no citizen sits on a committee
    citoyens = next(m for m in r["missing_sectors"] if m["code"] == "citoyens")
    assert citoyens["mentioned_in_projects"] is True
    assert "citoyens" in {s["code"] for s in r["mentioned_partner_sectors"]}
    assert r["partners_outside_committees"] == []  # the 3 collaborations (CSSDA, Un Toit, Nourrir) are members


def test_errors(sample_client):
    assert sample_client.get("/api/committees/com:inconnu/representation").status_code == 404
    assert sample_client.get("/api/concertations/conc:inconnue/representation").status_code == 404
    assert sample_client.get("/api/concertations/com:pacte-collectif/representation").status_code == 404
    assert sample_client.get("/api/representation").status_code == 422
    assert sample_client.get("/api/representation", params={"concertation": "conc:x"}).status_code == 404
    url = "/api/committees/com:pacte-collectif/representation"
    for bad in ({"threshold": 0}, {"threshold": 1.5}, {"year": "deux"}, {"year": 2026, "period": "2026-2028"}):
        assert sample_client.get(url, params=bad).status_code == 422, bad
    assert "introuvable" in sample_client.get("/api/committees/com:inconnu/representation").json()["detail"]


# --- A small hand-made graph with meetings and attendance ---------------------------------------------------------

SMALL = {
    "concertations": [["id", "name", "level"], ["conc:t", "Table test", "local"]],
    "organisations": [["id", "nom", "sigle", "secteur"], ["org:a", "Alpha", "", "communautaire"],
                      ["org:b", "Bêta", "", "communautaire"], ["org:c", "Ville C", "", "municipal"],
                      ["org:d", "Delta santé", "", "sante_services_sociaux"], ["org:e", "École E", "", "education"]],
    "personnes": [["id", "nom", "fonction", "organisation"], ["person:p1", "Paule Un", "", "org:c"],
                  ["person:p2", "Pierre Deux", "citoyen", ""]],
    "comites": [["id", "nom", "type", "concertation"], ["com:k", "Comité test", "comite_travail", "conc:t"]],
    "membres": [["de", "vers", "role", "depuis", "jusqu_a"], ["org:a", "com:k", "membre", "2024", "2025"],
                ["org:b", "com:k", "membre", "2024", "2024"], ["person:p1", "com:k", "membre", "2024", "2025"],
                ["org:d", "com:k", "impliqué sans être présent", "2024", "2025"],
                ["person:p2", "com:k", "membre (citoyen)", "2024", "2025"]],
    "rencontres": [["id", "nom", "date", "nombre_participants", "comite"],
                   ["meet:1", "Rencontre 1", "2024-03-01", "", "com:k"],
                   ["meet:2", "Rencontre 2", "2025-05-01", "1", "com:k"],
                   ["meet:3", "Rencontre 3", "2025-09", "", "com:k"]],
    "presences": [["de", "vers"], ["org:a", "meet:1"], ["person:p1", "meet:1"], ["org:e", "meet:1"],
                  ["person:p2", "meet:1"]],
    "projets": [["id", "nom", "periode", "comite", "secteurs_partenaires", "partenaires_generiques"],
                ["proj:x", "Projet X", "2024 - 2025", "com:k", "philanthropie", "Fondations"]],
    "collaborations": [["de", "vers", "type"], ["conc:t", "org:e", "partnership"]],
}


@pytest.fixture
def small(tmp_path):
    folder = tmp_path / "petit"
    for name, rows in SMALL.items():
        write_csv(folder, name, rows)
    return folder


def test_attendance_on_a_hand_made_graph(store, small):
    load_paths(store, [small])
    r = committee_representation(store, "com:k")
    # Members (all years): Alpha, Bêta, Ville C (through Paule Un, who represents it); Delta is only involved;
    # Pierre Deux sits as a citizen, counted but not named
    assert [m["id"] for m in r["members"]] == ["org:a", "org:b", "org:c"]
    assert [a["id"] for a in r["associated"]] == ["org:d"]
    assert r["individual_members"] == {"count": 1, "citizens": 1}
    assert r["diversity"]["blau"] == blau_by_hand(2, 1) == 0.444444  # communautaire 2, municipal 1
    # Ties a-b (same sector), a-c, b-c (different): E-I = (2 − 1) / 3
    assert (r["ties"]["external"], r["ties"]["internal"], r["ties"]["ei_index"]) == (2, 1, 0.333333)
    # Projet X names philanthropy as a generic partner: information only
    phil = next(m for m in r["missing_sectors"] if m["code"] == "philanthropie")
    assert phil["mentioned_in_projects"] is True
    assert "Paule" not in json.dumps(r) and "person:" not in json.dumps(r)

    meetings = {m["id"]: m for m in r["attendance"]["meetings"]}
    # meet:1 (2024): members a, b, c; present: Alpha, Ville C (via Paule Un), École E (guest), Pierre Deux
    expected = {"members": 3, "attendees": 4, "attending_members": 2, "basis": "attended", "rate": round(2 / 3, 6),
                "reaches_threshold": True}
    assert {k: meetings["meet:1"][k] for k in expected} == expected
    # meet:2 (2025): members a, c (Bêta left in 2024); participants_count 1 → 1/2, reaches 0.5
    assert (meetings["meet:2"]["members"], meetings["meet:2"]["basis"], meetings["meet:2"]["rate"],
            meetings["meet:2"]["reaches_threshold"]) == (2, "participants_count", 0.5, True)
    assert meetings["meet:3"]["basis"] is None and meetings["meet:3"]["rate"] is None
    assert r["attendance"]["meetings_with_data"] == 2 and r["attendance"]["meetings_reaching_threshold"] == 2

    strict = committee_representation(store, "com:k", threshold=0.7)["attendance"]
    assert [m["reaches_threshold"] for m in strict["meetings"]] == [False, False, None]
    y2025 = committee_representation(store, "com:k", Period(2025, 2025))
    assert y2025["members_count"] == 2 and y2025["diversity"]["blau"] == 0.5
    assert [m["id"] for m in y2025["attendance"]["meetings"]] == ["meet:2", "meet:3"]
    with pytest.raises(BadParameter):
        committee_representation(store, "com:k", threshold=0)
    with pytest.raises(NotFound):
        committee_representation(store, "conc:t")

    conc = concertation_representation(store, "conc:t")
    assert conc["members_count"] == 3
    assert [(p["id"], p["roles"]) for p in conc["partners_outside_committees"]] == [
        ("org:e", ["collaborates (partnership)"])]
    assert [c["id"] for c in audit(store, "conc:t")["committees"]] == ["com:k"]


def test_cli(tmp_path, small, monkeypatch):
    monkeypatch.delenv("MAILLAGE_GRAPH_URI", raising=False)
    runner = CliRunner()

    def run(*args):
        return runner.invoke(app, ["--data-dir", str(tmp_path / "donnees"), *args], catch_exceptions=False)

    assert run("load", str(small)).exit_code == 0
    out = run("ask", "representation", "Comité test", "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["subject"]["id"] == "com:k" and data["members_count"] == 3
    table = run("ask", "representation", "comite test", "--annee", "2024")
    assert table.exit_code == 0, table.output
    for text in ("Secteurs représentés", "Secteurs absents", "Communautaire", "Blau 0,444",
                 "Présence aux rencontres"):
        assert text in table.output, text
    conc = run("ask", "representation", "Table test")
    assert conc.exit_code == 0 and "Audit de représentation" in conc.output and "École E" in conc.output
    both = json.loads(run("ask", "representation", "conc:t", "--json").output)
    assert set(both) == {"representation", "audit"}
    scoped = json.loads(run("ask", "representation", "test", "--concertation", "Table test", "--json").output)
    assert scoped["subject"]["id"] == "com:k"
    unknown = run("ask", "representation", "zzzz inexistant")
    assert unknown.exit_code == 1 and "introuvable" in unknown.output
    bad = run("ask", "representation", "com:k", "--seuil", "1.5")
    assert bad.exit_code == 1 and "seuil" in bad.output
