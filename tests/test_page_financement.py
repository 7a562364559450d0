"""The funding page in a real browser: the Sankey and the table of flows, totals equal to the API's."""
from __future__ import annotations

from graph.analytics.funding import funding_flows, to_cents
from tests.browser import screenshot
from visualizations.render import money

PACTE = "conc:pacte-lassomption"
YEAR = "2026-2027"


def test_financement_totals_equal_the_api(page, live_url, sample_store, sample_client):
    page.goto(f"{live_url}/financement?concertation={PACTE}&fiscal_year={YEAR}")
    api = sample_client.get("/api/funding/flows", params={"concertation": PACTE, "fiscal_year": YEAR}).json()
    assert api["reconciliation"]["balanced"]
    assert page.locator("#total").inner_text() == money(api["totals"]["amount"])
    assert page.locator("#total-table").inner_text() == money(api["totals"]["amount"])
    flows = funding_flows(sample_store, "funder", concertation=PACTE, fiscal_year=YEAR)["flows"]
    assert page.locator("#table-flux tbody tr").count() == len(flows) > 0
    # The Sankey: one band per distinct link, four columns (bailleur → fiduciaire → projet → enjeu).
    by_theme = funding_flows(sample_store, "theme", concertation=PACTE, fiscal_year=YEAR)["flows"]
    links = ({(f["funder"]["id"], f["fiduciary"]["id"]) for f in flows}, {(f["fiduciary"]["id"], f["project"]["id"])
             for f in flows}, {(f["project"]["id"], f["group"]["id"]) for f in by_theme})
    assert page.locator("svg.chart path.band").count() == sum(len(x) for x in links)
    assert page.locator("svg.chart path.band title").first.text_content().endswith("$")
    # Every project's amount reaches the themes column, to the cent.
    assert sum(to_cents(f["amount"]) for f in by_theme) == sum(to_cents(f["amount"]) for f in flows)
    screenshot(page, "financement")


def test_changing_the_fiscal_year_changes_the_total(page, live_url, sample_store):
    page.goto(f"{live_url}/financement?concertation={PACTE}&fiscal_year={YEAR}")
    years = [y["fiscal_year"] for y in funding_flows(sample_store, "funder", concertation=PACTE)["totals"][
        "by_fiscal_year"] if y["fiscal_year"]]
    other = next(y for y in years if y != YEAR)
    before = page.locator("#total").inner_text()
    page.get_by_label("Année financière").select_option(other)
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url(f"**fiscal_year={other}**")
    expected = funding_flows(sample_store, "funder", concertation=PACTE, fiscal_year=other)["totals"]["amount"]
    assert page.locator("#total").inner_text() == money(expected) != before


def test_bad_filter_is_explained_in_french(sample_client):
    r = sample_client.get("/financement", params={"concertation": "conc:inconnue"})
    assert r.status_code == 404 and "introuvable" in r.text
    r = sample_client.get("/financement", params={"fiscal_year": "2026"})
    assert r.status_code == 422 and "année financière" in r.text
