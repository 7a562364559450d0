"""The issue's « done means », walked in a real browser as a coordinator would: from the home page, find the PACTE
L'Assomption, see its network coloured by sector, see which sectors are missing in its Collectif and comités
porteurs, follow the 2026-2027 funding from fiduciary to projects, and save a carte sociale that opens with no
network at all."""
from __future__ import annotations

from graph.analytics.funding import funding_flows
from graph.analytics.representation import concertation_representation
from graph.analytics.search import resolve
from tests.browser import screenshot
from visualizations.palette import sector_colors


def test_a_coordinator_finds_the_pacte_and_takes_its_carte_sociale_home(page, live_url, sample_store, browser,
                                                                         tmp_path):
    pacte = resolve(sample_store, "PACTE", "Concertation")

    # Find the PACTE from the home page's search, and open its network.
    page.goto(live_url + "/")
    page.get_by_label("Rechercher une organisation").fill("PACTE L'Assomption")
    page.keyboard.press("Enter")
    page.locator(".search-results a").first.click()
    page.wait_for_function("() => window.maillageCarte && window.maillageCarte.ready === true", timeout=15000)
    nodes = page.evaluate("() => maillageCarte.nodes.get()")
    colors = sector_colors()
    organizations = [n for n in nodes if n.get("kind") == "organization"]
    assert len(organizations) > 20
    for n in organizations:
        drawn = n["color"]["background"] if isinstance(n["color"], dict) else n["color"]
        assert drawn.lower() == colors[n["sector"]].lower(), n["id"]
    assert len({n["sector"] for n in organizations}) >= 5

    # Which sectors are missing in the Collectif and in each comité porteur.
    page.get_by_role("link", name="Représentation", exact=True).click()
    page.locator("select[name=concertation]").select_option(pacte)
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url(f"**concertation={pacte.replace(':', '%3A')}*")
    expected = concertation_representation(sample_store, pacte)
    text = page.locator("main").inner_text()
    assert "Tous les secteurs sont représentés : non" in text
    for sector in expected["missing_sectors"]:
        assert sector["label"] in text
    assert text.count("Comité porteur") >= 4

    # The 2026-2027 funding, from fiduciary to projects.
    page.get_by_role("link", name="Financement", exact=True).click()
    page.locator("select[name=concertation]").select_option(pacte)
    page.locator("select[name=fiscal_year]").select_option("2026-2027")
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url("**fiscal_year=2026-2027*")
    flows = funding_flows(sample_store, "fiduciary", fiscal_year="2026-2027", concertation=pacte)
    shown = page.locator("main").inner_text()
    held = [f for f in flows["flows"] if f["fiduciary"]["id"]]  # lines whose fiduciary is known
    assert held and all(f["fiduciary"]["name"] in shown and f["project"]["name"] in shown for f in held)
    assert page.locator("svg.chart path").count() > 0  # the Sankey's bands
    screenshot(page, "parcours-financement")

    # Save the carte sociale from the home page, then open it where nothing can be fetched.
    page.get_by_role("link", name="Accueil", exact=True).click()
    with page.expect_download() as download:
        page.locator("article.card", has_text="PACTE").get_by_role("link", name="Carte sociale (fichier)").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.suffix == ".html"

    offline = browser.new_context()
    offline.set_offline(True)
    fetched: list[str] = []
    offline.route("**/*", lambda r: r.continue_() if r.request.url == saved.as_uri()
                  else (fetched.append(r.request.url), r.abort()))
    carte = offline.new_page()
    errors: list[str] = []
    carte.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    carte.goto(saved.as_uri())
    assert "PACTE" in carte.locator("h1").inner_text()
    assert "Tous les secteurs sont représentés au sein du Collectif : non" in carte.locator("body").inner_text()
    assert carte.locator("svg.chart").count() >= 2
    screenshot(carte, "parcours-carte-sociale")
    offline.close()
    assert fetched == [] and errors == []
