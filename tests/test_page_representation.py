"""The /representation page in a real browser: the concertation as a whole and each committee — sectors present
(one bar each) and missing, the tables, the diversity indices, attendance where meetings exist; the filter form."""
from __future__ import annotations

from graph.analytics.entities import Catalog
from graph.analytics.period import Period
from graph.analytics.representation import audit, committee_ids, committee_representation, concertation_representation
from tests.browser import screenshot
from visualizations import choices
from visualizations.links import entity_url
from visualizations.render import number

PACTE = "conc:pacte-lassomption"


def missing_codes(section) -> list[str]:
    return [li.get_attribute("data-code") for li in section.locator(".missing-sectors li").all()]


def present_bars(section) -> int:
    """Filled bars of the sector chart (the missing sectors are drawn as empty dashed boxes)."""
    return section.locator(".figure svg.chart rect:not([fill='none'])").count()


def test_pacte_sectors_missing_sectors_and_tables(page, live_url, sample_store):
    page.goto(f"{live_url}/representation?concertation={PACTE}")
    whole = concertation_representation(sample_store, PACTE)
    section = page.locator("section#ensemble")
    assert whole["missing_sectors"]
    assert missing_codes(section) == [m["code"] for m in whole["missing_sectors"]]
    expected = "non" if whole["missing_sectors"] else "oui"
    assert section.locator(".indicator").inner_text().strip() == f"Tous les secteurs sont représentés : {expected}"
    for m in whole["missing_sectors"]:
        assert section.locator(f".missing-sectors li[data-code='{m['code']}'] .missing").inner_text() == m["label"]
    assert present_bars(section) == len(whole["sectors"])
    table = section.locator("table.sectors")
    assert table.locator("tbody tr").count() == len(whole["sectors"]) + len(whole["missing_sectors"])
    links = table.locator("a[href^='/organisations/']")
    assert links.count() == whole["members_count"]
    first = whole["sectors"][0]["organizations"][0]
    assert table.locator(f"a[href='{entity_url('Organization', first['id'])}']").count() == 1
    assert f"Indice de Blau : {number(whole['diversity']['blau'], 2)}" in section.inner_text()

    ranking = audit(sample_store, PACTE)["committees"]
    assert page.locator("nav.toc table.ranking tbody tr").count() == len(ranking)
    committees = page.locator("section.committee")
    assert sorted(committees.locator("h2").all_inner_texts()) == sorted(r["name"] for r in ranking)
    for r in ranking:
        rep = committee_representation(sample_store, r["id"])
        block = page.locator(f"section.committee[data-id='{r['id']}']")
        assert page.locator(f"nav.toc a[href='#{block.get_attribute('id')}']").count() == 1
        if rep["members_count"]:
            assert missing_codes(block) == [m["code"] for m in rep["missing_sectors"]]
            assert present_bars(block) == len(rep["sectors"])
            assert block.locator("table.sectors").count() == 1
        else:
            assert "Aucune organisation membre" in block.inner_text()
    screenshot(page, "representation")


def test_attendance_shown_for_a_committee_with_meetings(page, live_url, sample_store):
    found = [(conc, k, rep) for conc in Catalog(sample_store).data.concertations
             for k in committee_ids(sample_store, conc)
             if (rep := committee_representation(sample_store, k))["attendance"]["meetings"]]
    assert found, "l'échantillon devrait avoir un comité avec des rencontres"
    conc, committee, rep = found[0]
    page.goto(f"{live_url}/representation?concertation={conc}&threshold=0.6")
    block = page.locator(f"section.committee[data-id='{committee}'] section.attendance")
    assert "seuil : 60" in block.locator("h4").inner_text()
    meetings = rep["attendance"]["meetings"]
    rows = block.locator("table.meetings tbody tr")
    assert rows.count() == len(meetings)
    assert rows.first.locator("td").first.inner_text() == meetings[0]["date"]
    if rep["attendance"]["note"]:
        assert rep["attendance"]["note"] in block.inner_text()


def test_persons_are_never_named(page, live_url, sample_store):
    names = [r["name"] for r in sample_store.query("MATCH (p:Person) RETURN p.name AS name") if r["name"]]
    assert names
    for conc in Catalog(sample_store).data.concertations:
        page.goto(f"{live_url}/representation?concertation={conc}")
        text = page.content()
        assert not [n for n in names if n in text]


def test_choosing_another_concertation_updates_the_page(page, live_url, sample_store):
    options = choices.concertations(Catalog(sample_store))
    page.goto(f"{live_url}/representation")
    assert page.locator("#concertation-titre").inner_text().startswith(
        concertation_representation(sample_store, options[0]["value"])["subject"]["name"])
    other = next(o for o in options if o["value"] == PACTE)
    page.locator("select[name=concertation]").select_option(PACTE)
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url("**concertation=conc%3Apacte-lassomption*")
    assert page.locator("#concertation-titre").inner_text().startswith("PACTE de la MRC de L'Assomption")
    assert page.locator("select[name=concertation]").input_value() == other["value"]


def test_bad_filters_give_a_french_message(sample_client):
    unknown = sample_client.get("/representation", params={"concertation": "conc:inconnue"})
    assert unknown.status_code == 404 and "concertation introuvable" in unknown.text
    bad = sample_client.get("/representation", params={"concertation": PACTE, "threshold": "2"})
    assert bad.status_code == 422 and "seuil de présence" in bad.text
    both = sample_client.get("/representation", params={"concertation": PACTE, "year": "2026", "period": "2026-2028"})
    assert both.status_code == 422 and "pas les deux" in both.text
    empty = sample_client.get("/representation", params={"concertation": PACTE, "year": "", "threshold": ""})
    assert empty.status_code == 200 and "section" in empty.text


def test_year_filter_counts_members_active_that_year(sample_client, sample_store):
    rep = concertation_representation(sample_store, PACTE)
    html = sample_client.get("/representation", params={"concertation": PACTE, "year": "2026"}).text
    assert "Période : 2026" in html
    year = concertation_representation(sample_store, PACTE, Period(2026, 2026))
    assert f"<strong>{year['members_count']}</strong> organisation" in html
    assert rep["members_count"] >= year["members_count"]
