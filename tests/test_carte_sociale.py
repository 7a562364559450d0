"""The carte sociale: ``maillage carte`` writes one HTML file that opens from disk with no network (every other
request is aborted and recorded), shows the representation indicators of the analytics, lists its sources and
prints; ``--pdf`` prints it with Chromium; ``/carte-sociale/{id}`` serves the same document as a download."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.analytics.representation import audit, concertation_representation
from graph.analytics.search import resolve
from maillage.cli import app
from tests.browser import screenshot
from visualizations.report import carte_sociale, find_chromium


def run_cli(data_dir: Path, *args: str, env: dict | None = None):
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), "carte", *args], catch_exceptions=False,
                              env={"COLUMNS": "250", **(env or {})})


@pytest.fixture(scope="module")
def pacte(sample_store) -> str:
    return resolve(sample_store, "PACTE", "Concertation")


@pytest.fixture(scope="module")
def carte_file(sample_data_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("carte") / "carte.html"
    res = run_cli(sample_data_dir, "--concertation", "PACTE", "--out", str(out))
    assert res.exit_code == 0, res.output
    assert "Carte sociale écrite" in res.output and str(out.resolve()) in res.output
    return out


def normalized(html: str) -> str:
    """The document without its chart ids (numbered per process)."""
    return re.sub(r"chart-\d+-", "chart-N-", html)


def test_the_file_references_nothing_outside_itself(carte_file):
    html = carte_file.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert re.findall(r"""(?:src|href|action)\s*=\s*["'](?!#|data:)""", html) == []
    assert re.findall(r"https?://(?!www\.w3\.org/2000/svg\")", html) == []
    assert 'rel="stylesheet"' not in html and "@import" not in html and "url(" not in html


@pytest.fixture
def offline_page(browser, carte_file):
    """A page in a context where every request other than the carte file itself is aborted and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-CA")
    url = carte_file.resolve().as_uri()
    other: list[str] = []

    def route(r):
        if r.request.url == url:
            r.continue_()
        else:
            other.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_load_state("load")
    yield page
    context.close()
    assert other == [], f"requêtes hors du fichier : {other}"
    assert errors == [], f"erreurs dans la page : {errors}"


def test_opens_offline_with_the_analytics_indicators(offline_page, sample_store, pacte):
    page = offline_page
    rep = concertation_representation(sample_store, pacte)
    assert "PACTE" in page.locator("h1").inner_text()
    indicator = page.locator("#indicateur-collectif").inner_text()
    assert "Tous les secteurs sont représentés au sein du Collectif" in indicator
    assert indicator.strip().endswith("non" if rep["missing_sectors"] else "oui")
    shown = [li.get_attribute("data-code") for li in page.locator("#secteurs-absents li").all()]
    assert shown == [m["code"] for m in rep["missing_sectors"]]
    assert page.locator("table.sectors tfoot td.num").first.inner_text() == str(rep["members_count"])

    carrying = page.locator("table.carrying tbody tr")
    rows = {r["id"]: r for r in audit(sample_store, pacte)["committees"]}
    assert carrying.count() >= 1
    for tr in carrying.all():
        row = rows[tr.get_attribute("data-id")]
        if not row["members_count"]:
            assert "aucun membre" in tr.inner_text()
            continue
        assert tr.locator("td").nth(2).inner_text() == ("non" if row["missing_sectors"] else "oui")
        for m in row["missing_sectors"]:
            assert m["label"] in tr.inner_text()

    assert page.locator(".network svg.chart > g").count() >= rep["members_count"]
    assert page.locator(".source-documents > li").count() >= 1
    assert "Aucune source" not in page.locator(".source-documents").inner_text()
    screenshot(page, "carte-sociale")


def test_persons_are_never_named(carte_file, sample_store):
    names = [r["name"] for r in sample_store.read("MATCH (p:Person) RETURN p.name AS name") if r["name"]]
    html = carte_file.read_text(encoding="utf-8")
    assert not [n for n in names if n in html]


def test_prints_without_hiding_content(offline_page):
    page = offline_page
    page.emulate_media(media="print")
    for section in ("#chiffres", "#indicateurs", "#reseau", "#secteurs", "#comites", "#financement", "#sources"):
        assert page.locator(section).is_visible(), section
    assert page.locator(".network svg.chart").is_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('section.new-page')).breakBefore") == "page"


def test_pdf_is_printed_with_chromium(sample_data_dir, tmp_path):
    if find_chromium() is None:
        pytest.skip("Chromium absent")
    out = tmp_path / "carte.html"
    res = run_cli(sample_data_dir, "--concertation", "conc:pacte-lassomption", "--out", str(out), "--pdf")
    assert res.exit_code == 0, res.output
    pdf = tmp_path / "carte.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and "PDF écrit" in res.output


def test_pdf_without_chromium_is_a_clear_error(sample_data_dir, tmp_path):
    out = tmp_path / "carte.html"
    empty = tmp_path / "bin"
    empty.mkdir()
    res = run_cli(sample_data_dir, "-c", "PACTE", "--out", str(out), "--pdf", env={"PATH": str(empty)})
    assert res.exit_code == 1
    assert "Chromium introuvable" in res.output
    assert out.exists() and not out.with_suffix(".pdf").exists()


def test_unknown_concertation_is_named_in_the_error(sample_data_dir, tmp_path):
    res = run_cli(sample_data_dir, "--concertation", "zzqx-inexistante", "--out", str(tmp_path / "c.html"))
    assert res.exit_code == 1
    assert "zzqx-inexistante" in res.output and "introuvable" in res.output
    assert not (tmp_path / "c.html").exists()


def test_out_must_be_html(sample_data_dir, tmp_path):
    res = run_cli(sample_data_dir, "-c", "PACTE", "--out", str(tmp_path / "carte.pdf"))
    assert res.exit_code == 2 and ".html" in res.output


def test_download_route_serves_the_same_document(sample_client, sample_store, pacte, carte_file):
    res = sample_client.get(f"/carte-sociale/{pacte}")
    assert res.status_code == 200
    assert res.headers["content-disposition"] == 'attachment; filename="carte-sociale-pacte-lassomption.html"'
    assert res.headers["content-type"].startswith("text/html")
    assert normalized(res.text) == normalized(carte_sociale(sample_store, pacte))
    assert normalized(res.text) == normalized(carte_file.read_text(encoding="utf-8"))


def test_download_route_unknown_concertation(sample_client):
    res = sample_client.get("/carte-sociale/conc:inexistante")
    assert res.status_code == 404 and "introuvable" in res.text
