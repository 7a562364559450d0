"""The /territoires page in a real browser: the hierarchy of the territories that hold something with their rolled-up
counts, the MRC treemap, one territory in focus (breadcrumb, counts, children, concertations, actors), unknown ids."""
from __future__ import annotations

from graph.analytics.entities import Catalog
from graph.analytics.territories import HOLDINGS, list_territories, territory_profile
from tests.browser import screenshot
from visualizations.links import entity_url
from visualizations.render import money, number


def shown_counts(row) -> dict:
    return {c.get_attribute("data-count"): c.inner_text() for c in row.locator("[data-count]").all()}


def expected_counts(item: dict) -> dict:
    return {**{k: number(item[k]) for k in HOLDINGS}, "funding_total": money(item["funding_total"])}


def test_hierarchy_lists_held_territories_with_their_counts(page, live_url, sample_store):
    catalog = Catalog(sample_store)
    items = {t["id"]: t for t in list_territories(catalog, {})}
    held = {t for t, item in items.items() if any(item[k] for k in HOLDINGS)}
    page.goto(live_url + "/territoires")
    rows = page.locator("table.tree tbody tr")
    assert {r.get_attribute("data-id") for r in rows.all()} == held
    region = catalog.hierarchy.find("14")
    assert items[region]["level"] == "region" and items[region]["actors"]
    mrc = max((t for t in held if items[t]["level"] == "mrc"), key=lambda t: items[t]["actors"])
    for tid in (region, mrc):
        row = page.locator(f"table.tree tr[data-id='{tid}']")
        assert shown_counts(row) == expected_counts(items[tid])
        assert row.locator("a").get_attribute("href") == entity_url("Territory", tid)
    # The province comes first, each territory after its parent.
    order = [r.get_attribute("data-id") for r in rows.all()]
    assert items[order[0]]["level"] == "province"
    assert all(order.index(items[t]["parent"]) < order.index(t) for t in order[1:])
    mrcs_with_actors = [t for t in held if items[t]["level"] == "mrc" and items[t]["actors"]]
    assert page.locator("#mosaique ~ .figure svg.chart a").count() == len(mrcs_with_actors)
    assert page.locator("table.mrc tbody tr").count() == len(mrcs_with_actors)
    screenshot(page, "territoires")


def test_focus_on_the_lanaudiere_region(page, live_url, sample_store):
    profile = territory_profile(Catalog(sample_store), "14")
    page.goto(live_url + "/territoires?territory=14")
    assert page.locator("h1").inner_text().startswith(profile["territory"]["name"])
    crumbs = page.locator("ol.breadcrumb li").all_inner_texts()
    assert crumbs[1:-1] == [a["name"] for a in profile["ancestors"]] and crumbs[-1] == profile["territory"]["name"]
    assert shown_counts(page.locator("ul.figures")) == expected_counts(profile["holdings"])
    held = [c for c in profile["children"] if any(c[k] for k in HOLDINGS)]
    rows = page.locator("table.children tbody tr")
    assert [r.get_attribute("data-id") for r in rows.all()] == [c["id"] for c in held]
    for child in held:
        assert shown_counts(page.locator(f"table.children tr[data-id='{child['id']}']")) == expected_counts(child)
    hrefs = [a.get_attribute("href") for a in page.locator("ul.concertations li > a:first-child").all()]
    assert hrefs == [entity_url("Concertation", c["id"]) for c in profile["concertations"]]
    assert page.locator("ul.committees li").count() == len(profile["committees"])
    assert page.locator("table.actors tbody tr").count() == len(profile["actors"])
    screenshot(page, "territoires-lanaudiere")


def test_choosing_an_mrc_in_the_form(page, live_url, sample_store):
    catalog = Catalog(sample_store)
    mrc = next(t["id"] for t in list_territories(catalog, {"level": "mrc"}) if t["actors"] and t["fundings"])
    profile = territory_profile(catalog, mrc)
    page.goto(live_url + "/territoires")
    page.get_by_label("Territoire").select_option(mrc)
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url("**territory=*")
    assert page.locator("h1").inner_text().startswith(profile["territory"]["name"])
    assert shown_counts(page.locator("ul.figures")) == expected_counts(profile["holdings"])
    links = page.locator("table.actors a")
    assert [a.get_attribute("href") for a in links.all()] == [entity_url("Organization", a["id"])
                                                             for a in profile["actors"]]


def test_unknown_territory_gives_a_french_message(browser, live_url, sample_client):
    """A 404 page: the ``page`` fixture would count the browser's « Failed to load resource » log as an error."""
    response = sample_client.get("/territoires", params={"territory": "mrc:inexistante"})
    assert response.status_code == 404 and "Territoire inconnu" in response.text
    context = browser.new_context(locale="fr-CA")
    try:
        page = context.new_page()
        page.goto(live_url + "/territoires?territory=mrc:inexistante")
        assert "Territoire inconnu : « mrc:inexistante »" in page.get_by_role("alert").inner_text()
        assert page.locator("select[name=territory]").count() == 1
    finally:
        context.close()
