"""The network explorer (/carte) in a real browser: the canvas draws the nodes the API returns, filters change the
drawing and the URL, a click on a node opens its details, search focuses a node, the view exports as PNG."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tests.browser import screenshot

PACTE = "conc:pacte-lassomption"
READY = "() => window.maillageCarte && window.maillageCarte.ready === true"


def drawn(page) -> dict:
    """What vis-network holds: node and edge counts of the DataSets, and the count shown."""
    return page.evaluate("""() => ({nodes: maillageCarte.nodes.length, edges: maillageCarte.edges.length,
        shown: Number(document.getElementById('carte-compte').dataset.nodes),
        positions: Object.keys(maillageCarte.network.getPositions()).length})""")


def open_carte(page, url: str) -> None:
    page.goto(url)
    page.wait_for_function(READY, timeout=15000)


def click_node(page, node_id: str) -> None:
    """Click a node where vis-network drew it (canvas coordinates → page pixels)."""
    canvas = page.locator("#carte-reseau canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    dom = page.evaluate("""id => {
        const net = maillageCarte.network; const p = net.getPositions([id])[id];
        return net.canvasToDOM(p); }""", node_id)
    page.mouse.click(box["x"] + dom["x"], box["y"] + dom["y"])


def test_carte_draws_the_api_node_count(page, live_url, sample_client):
    expected = sample_client.get("/api/carte", params={"concertation": PACTE}).json()
    open_carte(page, f"{live_url}/carte?concertation={PACTE}")
    d = drawn(page)
    assert d["nodes"] == d["positions"] == d["shown"] == expected["counts"]["nodes"] == len(expected["nodes"]) > 20
    assert d["edges"] == expected["counts"]["edges"]
    assert page.locator("#carte-compte").inner_text().startswith(f"{expected['counts']['nodes']} nœuds")
    legend = page.locator("#carte-legende-types").inner_text()
    assert "Organisations" in legend and "Comités" in legend
    page.locator("#carte-texte summary").click()
    assert page.locator("#carte-tableau tr").count() == len(expected["nodes"])
    screenshot(page, "carte")


def test_changing_a_filter_changes_the_drawing_and_the_url(page, live_url, sample_client):
    open_carte(page, f"{live_url}/carte?concertation={PACTE}")
    before = drawn(page)["nodes"]
    page.locator("input[name=kinds][value=committee]").uncheck()
    page.wait_for_function(READY)
    expected = sample_client.get("/api/carte", params={
        "concertation": PACTE, "kinds": ["organization", "concertation", "project", "funder"]}).json()
    assert drawn(page)["nodes"] == expected["counts"]["nodes"] < before
    assert parse_qs(urlsplit(page.url).query)["kinds"] == ["organization", "concertation", "project", "funder"]

    page.locator("select[name=sector]").select_option("communautaire")
    page.wait_for_function(READY)
    query = parse_qs(urlsplit(page.url).query)
    assert query["sector"] == ["communautaire"] and query["concertation"] == [PACTE]
    narrowed = sample_client.get("/api/carte", params={**{k: v for k, v in query.items()}}).json()
    assert drawn(page)["nodes"] == narrowed["counts"]["nodes"] < expected["counts"]["nodes"]
    assert {n["sector"] for n in narrowed["nodes"] if n["kind"] == "organization"} == {"communautaire"}

    # The shared URL restores the same view.
    url = page.url
    open_carte(page, url)
    assert drawn(page)["nodes"] == narrowed["counts"]["nodes"]
    assert page.locator("select[name=sector]").input_value() == "communautaire"
    assert not page.locator("input[name=kinds][value=committee]").is_checked()


def test_clicking_a_node_opens_its_details(page, live_url, sample_client):
    data = sample_client.get("/api/carte", params={"concertation": PACTE}).json()
    hub = max((n for n in data["nodes"] if n["kind"] == "organization"), key=lambda n: n["metrics"]["degree"])
    open_carte(page, f"{live_url}/carte?concertation={PACTE}")
    click_node(page, hub["id"])
    panel = page.locator("#carte-panneau")
    assert panel.get_attribute("data-node") == hub["id"]
    assert page.locator("#carte-panneau-titre").inner_text() == hub["name"]
    assert panel.locator("a").get_attribute("href") == hub["url"]
    assert str(hub["metrics"]["degree"]) in panel.inner_text()
    screenshot(page, "carte-details")


def test_search_focuses_a_node_and_the_url_keeps_it(page, live_url, sample_client):
    data = sample_client.get("/api/carte", params={"concertation": PACTE}).json()
    target = next(n for n in data["nodes"] if n["kind"] == "committee")
    open_carte(page, f"{live_url}/carte?concertation={PACTE}")
    page.locator("#carte-q").fill(target["name"])
    page.get_by_role("button", name="Centrer").click()
    assert page.evaluate("maillageCarte.network.getSelectedNodes()") == [target["id"]]
    assert page.locator("#carte-panneau-titre").inner_text() == target["name"]
    assert parse_qs(urlsplit(page.url).query)["focus"] == [target["id"]]
    # Opening that URL focuses the node again.
    open_carte(page, page.url)
    assert page.evaluate("maillageCarte.network.getSelectedNodes()") == [target["id"]]


def test_physics_toggle_and_png_export(page, live_url):
    open_carte(page, f"{live_url}/carte?concertation={PACTE}")
    button = page.locator("#carte-physique")
    pressed = button.get_attribute("aria-pressed")
    button.click()
    assert button.get_attribute("aria-pressed") != pressed
    assert page.evaluate("maillageCarte.network.physics.physicsEnabled") == (pressed != "true")
    with page.expect_download() as download:
        page.locator("#carte-png").click()
    assert download.value.suggested_filename == "carte.png"
    href = page.locator("#carte-png-lien").get_attribute("href")
    assert href.startswith("data:image/png;base64,") and len(href) > 5000


def test_keyboard_reaches_a_node_through_the_table(page, live_url, sample_client):
    data = sample_client.get("/api/carte", params={"concertation": PACTE}).json()
    open_carte(page, f"{live_url}/carte?concertation={PACTE}")
    page.locator("#carte-texte summary").focus()
    page.keyboard.press("Enter")
    first = page.locator("#carte-tableau button").first
    first.focus()
    page.keyboard.press("Enter")
    node_id = first.get_attribute("data-id")
    name = next(n["name"] for n in data["nodes"] if n["id"] == node_id)
    assert page.locator("#carte-panneau-titre").inner_text() == name
    assert page.evaluate("document.activeElement.id") == "carte-panneau"


def test_a_bad_filter_shows_a_french_message(page, live_url):
    open_carte(page, f"{live_url}/carte?concertation=conc:inconnue")
    assert "introuvable" in page.locator("#carte-erreur").inner_text()
    assert drawn(page)["nodes"] == 0
