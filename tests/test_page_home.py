"""The home page in a real browser: concertations with their figures, the search, links to every view."""
from __future__ import annotations

from tests.browser import screenshot
from graph.analytics.entities import Catalog, list_concertations


def test_home_lists_concertations_with_figures(page, live_url, sample_store):
    page.goto(live_url + "/")
    expected = list_concertations(Catalog(sample_store), {})
    cards = page.locator("article.card")
    assert cards.count() == len(expected) >= 4
    pacte = next(c for c in expected if c["acronym"] == "PACTE")
    card = cards.filter(has_text="PACTE")
    assert f"{pacte['organizations']} organisations" in card.inner_text()
    for view in ("/carte", "/representation", "/financement", "/croissance", "/territoires"):
        assert page.locator(f"nav a[href='{view}']").count() == 1
    screenshot(page, "accueil")


def test_home_search_finds_the_pacte_and_links_to_its_network(page, live_url):
    page.goto(live_url + "/")
    page.get_by_label("Rechercher une organisation").fill("PACTE L'Assomption")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=*")
    first = page.locator(".search-results a").first
    assert "PACTE" in first.inner_text() or "Assomption" in first.inner_text()
    assert first.get_attribute("href").startswith("/carte?concertation=")
    screenshot(page, "accueil-recherche")


def test_static_files_are_served_locally(live_url):
    import httpx

    js = httpx.get(live_url + "/static/vendor/vis-network.min.js")
    assert js.status_code == 200 and "vis" in js.text[:2000] and js.headers["content-type"].startswith("text/javascript")
    assert httpx.get(live_url + "/static/maillage.css").status_code == 200
    assert httpx.get(live_url + "/static/..%2Fpalette.py").status_code == 404


def test_api_documentation_works_offline(page, live_url, sample_client):
    """Swagger UI lists every API route, with its files served by Maillage (the page fixture fails on any request
    leaving 127.0.0.1)."""
    page.goto(live_url + "/docs")
    page.wait_for_selector(".opblock-summary-path")
    shown = {el.get_attribute("data-path") for el in page.locator(".opblock-summary-path").all()}
    assert shown == set(sample_client.get("/openapi.json").json()["paths"])
    screenshot(page, "documentation-api")
