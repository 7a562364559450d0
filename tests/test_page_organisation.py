"""The organisation page in a real browser: its committees over time, its ego network and partners table, its
projects, links to the carte sociale; an unknown organization gives a French 404 page."""
from __future__ import annotations

from urllib.parse import unquote

import pytest

from graph.analytics.affiliations import read_affiliations
from graph.analytics.entities import Catalog
from graph.analytics.network import partners
from graph.analytics.profiles import ROLES, organization_profile
from graph.analytics.scope import Scope
from graph.analytics.search import resolve
from tests.browser import screenshot
from visualizations.links import entity_url
from visualizations.render import money

PREFERRED = "org:cisss-lanaudiere"


@pytest.fixture(scope="module")
def org_id(sample_store) -> str:
    """An organization of the PACTE with committees and partners: the CISSS de Lanaudière if it is one of them,
    else the PACTE organization with the most partners."""
    data = read_affiliations(sample_store)
    pacte = resolve(sample_store, "PACTE", "Concertation")
    orgs = sorted({a.org for a in data.affiliations if a.concertation == pacte and a.kind == "committee"})
    if PREFERRED in orgs:
        return PREFERRED
    return max(orgs, key=lambda o: (len(partners(data, Scope(), o)), o))


def test_profile_shows_committees_network_and_partners(page, live_url, sample_store, org_id):
    profile = organization_profile(Catalog(sample_store), org_id)
    expected = partners(read_affiliations(sample_store), Scope(), org_id)
    assert profile["committees"] and expected
    page.goto(live_url + entity_url("Organization", org_id))

    assert page.locator("h1").inner_text() == profile["organization"]["name"]
    assert profile["organization"]["sector_label"] in page.locator("dd.sector").inner_text()

    rows = page.locator("table.committees tbody tr")
    assert rows.count() == len(profile["committees"])
    assert sorted(r.get_attribute("data-id") for r in rows.all()) == sorted(
        c["committee"]["id"] for c in profile["committees"])
    first = profile["committees"][0]
    row = page.locator(f"table.committees tbody tr[data-id='{first['committee']['id']}']").first
    assert str(first["since"]) in row.inner_text() and first["committee"]["name"] in row.inner_text()
    assert row.locator("a").first.get_attribute("href") == entity_url("Committee", first["committee"]["id"])

    # One node per partner, plus the organization itself; one table row per partner, strongest first.
    assert page.locator(".ego svg.chart > g").count() == len(expected) + 1
    partner_rows = page.locator("table.partners tbody tr")
    assert [r.get_attribute("data-id") for r in partner_rows.all()] == [p["id"] for p in expected]
    assert partner_rows.first.locator("td.num").inner_text() == str(expected[0]["strength"])
    assert partner_rows.first.locator("a").get_attribute("href") == entity_url("Organization", expected[0]["id"])

    projects = sum(len(profile["projects"][role]) for role in ROLES)
    assert page.locator("table.projects tbody tr").count() == projects
    downloads = [unquote(a.get_attribute("href")) for a in page.locator("a.download").all()]
    assert downloads == [f"/carte-sociale/{c['id']}" for c in profile["concertations"]]
    screenshot(page, "organisation")


def test_partners_are_reachable_by_keyboard(page, live_url, org_id):
    page.goto(live_url + entity_url("Organization", org_id))
    link = page.locator("table.partners tbody a").first
    link.focus()
    assert page.evaluate("document.activeElement.closest('table.partners') !== null")


def test_unknown_organization_is_a_french_404(sample_client):
    res = sample_client.get("/organisations/org:inexistante")
    assert res.status_code == 404
    assert "Organisation introuvable" in res.text and "org:inexistante" in res.text
    assert res.headers["content-type"].startswith("text/html")


def test_funding_tables_match_the_profile(page, live_url, sample_store):
    """A fiduciary's page lists the funding it receives and holds for others, with the profile's totals."""
    catalog = Catalog(sample_store)
    holders = sorted({o for f in catalog.fundings.values() for o in f["via"]})
    assert holders
    org = holders[0]
    funding = organization_profile(catalog, org)["funding"]
    page.goto(live_url + entity_url("Organization", org))
    for key, cls in (("given", "funding-given"), ("received", "funding-received"),
                     ("passed_on", "funding-fiduciary")):
        assert page.locator(f"table.{cls} tbody tr").count() == funding[key]["count"]
        if funding[key]["count"]:
            assert page.locator(f"table.{cls} tfoot td.num").inner_text() == money(funding[key]["total"])
