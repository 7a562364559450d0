"""The growth page in a real browser: one line chart per metric, the changes between periods equal to growth()'s,
two periods' networks side by side with new, retained and lost ties."""
from __future__ import annotations

from api.pages.croissance import METRICS, TIES
from graph.analytics.affiliations import read_affiliations
from graph.analytics.growth import growth
from tests.browser import screenshot

CONSORTIUM = "conc:cds-mauricie"


def _lines(page, figure: str, kind: str) -> int:
    return page.locator(f"#{figure} svg line[stroke='{TIES[kind]['color']}']").count()


def test_croissance_consortium(page, live_url, sample_store):
    expected = growth(read_affiliations(sample_store), CONSORTIUM, "plan")
    assert len(expected["periods"]) >= 2
    page.goto(f"{live_url}/croissance?concertation={CONSORTIUM}")
    charts = page.locator("figure.metric")
    assert charts.count() == len(METRICS)
    for i in range(charts.count()):
        assert charts.nth(i).locator("svg .point").count() == len(expected["periods"])
    assert page.locator("#table-mesures tbody tr").count() == len(expected["periods"])
    rows = page.locator("#table-transitions tbody tr")
    assert rows.count() == len(expected["transitions"])
    for i, t in enumerate(expected["transitions"]):
        assert rows.nth(i).locator(".entrants").inner_text() == str(len(t["entrants"]))
        assert rows.nth(i).locator(".exits").inner_text() == str(len(t["exits"]))
        assert rows.nth(i).locator(".retained").inner_text() == str(len(t["retained"]))
    # Default comparison: the last two periods, i.e. the last transition.
    last = expected["transitions"][-1]
    assert _lines(page, "reseau-avant", "lost") == last["ties_dissolved"]["count"] > 0
    assert _lines(page, "reseau-avant", "retained") == last["ties_retained"]["count"]
    assert _lines(page, "reseau-avant", "new") == 0
    assert _lines(page, "reseau-apres", "new") == last["ties_formed"]["count"]
    assert _lines(page, "reseau-apres", "retained") == last["ties_retained"]["count"]
    assert _lines(page, "reseau-apres", "lost") == 0
    assert page.locator("#reseau-avant svg line[stroke-dasharray]").count() == last["ties_dissolved"]["count"]
    # One shared layout: an actor present in both periods sits at the same place on both sides.
    name = last["retained"][0]["name"]
    dots = [page.locator(f"#{side} svg g:has(> title:text-is(\"{name}\")) circle")
            for side in ("reseau-avant", "reseau-apres")]
    assert dots[0].count() == dots[1].count() == 1
    assert [dots[0].get_attribute(a) for a in ("cx", "cy")] == [dots[1].get_attribute(a) for a in ("cx", "cy")]
    screenshot(page, "croissance")


def test_croissance_by_year_and_period_choice(page, live_url, sample_store):
    expected = growth(read_affiliations(sample_store), CONSORTIUM, "year")
    page.goto(f"{live_url}/croissance?concertation={CONSORTIUM}&by=year")
    known = sum(1 for p in expected["periods"] if p["sector_diversity"] is not None)
    assert page.locator("figure.metric[data-metric='actors'] svg .point").count() == len(expected["periods"])
    assert page.locator("figure.metric[data-metric='sector_diversity'] svg .point").count() == known
    first, second = expected["periods"][0]["key"], expected["periods"][-1]["key"]
    page.get_by_label("Première période").select_option(first)
    page.get_by_label("Seconde période").select_option(second)
    page.get_by_role("button", name="Comparer").click()
    page.wait_for_url("**first=*")
    assert page.locator("#reseau-avant h3").inner_text() == expected["periods"][0]["label"]
    screenshot(page, "croissance-annees")


def test_single_period_is_said_in_french(sample_client, sample_store):
    data = read_affiliations(sample_store)
    single = next(c for c in data.concertations if len(growth(data, c, "plan")["periods"]) == 1)
    r = sample_client.get("/croissance", params={"concertation": single})
    assert r.status_code == 200 and "qu'une seule période" in r.text and 'id="reseau-avant"' not in r.text
    assert sample_client.get("/croissance", params={"concertation": "conc:x"}).status_code == 404
    assert sample_client.get("/croissance", params={"concertation": single, "by": "mois"}).status_code == 422
    assert "Choisissez une concertation" in sample_client.get("/croissance").text
