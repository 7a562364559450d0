"""The carte sociale: one self-contained HTML file about a concertation — its network, its actors by sector, the
representation indicators (« tous les secteurs sont représentés au sein du Collectif »), its committees and their
member organizations, its funding and the sources of these facts — that opens offline and prints cleanly; and its
PDF, printed by headless Chromium when one is installed.

Everything comes from the analytics layer (the functions behind ``/api/...``). Persons are never named (Loi 25).

>>> report_slug({"id": "conc:pacte-lassomption", "acronym": "PACTE"})
'pacte-lassomption'
>>> french_date(date(2026, 3, 1))
'1er mars 2026'
>>> source_document("000_8d05.txt § Priorité 3 / Projet 2")
('000_8d05.txt', 'Priorité 3 / Projet 2')
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

import networkx as nx

from graph.analytics.carte import carte
from graph.analytics.entities import Catalog
from graph.analytics.funding import dollars, funding_flows, to_cents
from graph.analytics.profiles import committee_profile, concertation_profile
from graph.analytics.representation import audit, concertation_representation
from graph.analytics.scope import Scope
from graph.analytics.search import fold
from graph.schema import load_schema
from visualizations.charts.bars import sector_chart
from visualizations.charts.network_svg import layout, network_svg
from visualizations.palette import NODE_KINDS, UNKNOWN, sector_colors
from visualizations.render import render, static_text

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
#: Committee kinds whose representation is shown one by one in the indicators.
CARRYING_KIND = "comite_porteur"
#: Browsers tried, in order, to print the PDF.
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-pdf-header-footer")
PDF_TIMEOUT = 120


class PdfUnavailable(RuntimeError):
    """No PDF could be printed (no Chromium found, or Chromium failed); the message is in French."""


def french_date(day: date) -> str:
    """A date written the French way (« 1er mars 2026 »)."""
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def report_slug(concertation: dict) -> str:
    """The file-name part of a concertation: its id without the ``conc:`` prefix, folded to ``a-z0-9-``."""
    ident = concertation["id"].split(":", 1)[-1]
    return re.sub(r"[^a-z0-9]+", "-", fold(ident)).strip("-") or "concertation"


def report_filename(concertation: dict) -> str:
    return f"carte-sociale-{report_slug(concertation)}.html"


def source_document(source: str) -> tuple[str, str | None]:
    """A ``source`` property split into its document and the section cited (``document § section``)."""
    document, _, section = source.partition(" § ")
    return document.strip(), section.strip() or None


# ---------------------------------------------------------------------------------------------------------------
# The parts of the carte


#: Committee name prefixes left out of the drawing's labels (the square already says « comité »).
COMMITTEE_PREFIXES = ("Comité porteur ",)


def _label(node: dict, size: int = 24) -> str:
    text = node.get("acronym") or node["name"]
    for prefix in COMMITTEE_PREFIXES:
        text = text.removeprefix(prefix) if node.get("kind") == "committee" else text
    return text if len(text) <= size else text[:size - 1] + "…"


def banded_layout(g: nx.Graph, labels: dict[str, str], per_row: int = 6) -> dict[str, tuple[float, float]]:
    """:func:`layout` of the tied nodes in the upper part, the isolated ones (no tie shown) in rows below, by
    label, so that a few isolates do not squeeze the network into a corner."""
    isolates = sorted(nx.isolates(g), key=lambda n: (fold(labels.get(n, n)), n))
    tied = g.subgraph(n for n in g.nodes if n not in set(isolates))
    rows = -(-len(isolates) // per_row)
    top = 1 - 0.09 * rows if rows else 1
    pos = {n: (x, y * (top - 0.06 * bool(rows))) for n, (x, y) in layout(tied).items()}
    for i, n in enumerate(isolates):
        row, col = divmod(i, per_row)
        pos[n] = ((col + 0.5) / per_row, top + 0.09 * row + 0.03)
    return pos


def network_figure(store, concertation: str) -> dict:
    """The concertation's organizations (coloured by sector) and committees (squares), as a static SVG drawn from a
    seeded layout (the same file every time), with its node counts."""
    shown = carte(store, Scope(concertation=concertation), kinds=("organization", "committee"))
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in shown["nodes"])
    g.add_edges_from((e["source"], e["target"]) for e in shown["edges"])
    colors = sector_colors()
    nodes = []
    for n in shown["nodes"]:
        if n["kind"] == "committee":
            nodes.append({"id": n["id"], "label": _label(n, 28), "title": n["name"], "shape": "square", "size": 9,
                          "color": NODE_KINDS["committee"]["color"]})
        else:
            nodes.append({"id": n["id"], "label": _label(n), "title": n["name"], "size": 6,
                          "color": colors.get(n.get("sector"), UNKNOWN)})
    edges = [{"source": e["source"], "target": e["target"], "color": "#b5b5b5"} for e in shown["edges"]]
    isolated = sum(1 for _ in nx.isolates(g))
    svg = network_svg(nodes, edges, banded_layout(g, {n["id"]: n["label"] for n in nodes}), title="Réseau de la concertation : organisations et comités",
                      description=f"{shown['counts']['kinds']['organization']} organisations (cercles colorés selon "
                                  f"leur secteur) et {shown['counts']['kinds']['committee']} comités (carrés gris) ; "
                                  "un trait relie une organisation à un comité dont elle est membre, ou deux organisations qui "
                                  "collaborent directement ; en bas, les "
                                  f"{isolated} organisations et comités sans lien de ce type.",
                      width=960, height=660)
    return {"svg": svg, "counts": shown["counts"]["kinds"], "isolated": isolated, "sectors": sorted({n.get("sector") for n in shown["nodes"]
                                                                               if n["kind"] == "organization"} - {None})}


def committee_indicators(store, concertation: str, committees: list[dict]) -> list[dict]:
    """The representation audit of each comité porteur (kind from the concertation's profile): members, sectors
    present, missing sectors."""
    kinds = {k["id"]: k for k in committees}
    return [{**row, "kind_label": kinds[row["id"]]["kind_label"]} for row in audit(store, concertation)["committees"]
            if kinds.get(row["id"], {}).get("kind") == CARRYING_KIND]


def committee_members(catalog: Catalog, committees: list[dict]) -> list[dict]:
    """Each committee with its member organizations (role, period) and its number of persons (never named)."""
    out = []
    for k in committees:
        p = committee_profile(catalog, k["id"])
        out.append({**k, "members_list": p["members"], "persons": p["persons"]["count"],
                    "projects_list": p["projects"], "themes": p["themes"]})
    return out


def funding_summary(store, concertation: str) -> dict:
    """Totals of the concertation's funding by fiscal year, by funder (with a funder × fiscal year table) and by
    fiduciary, from :func:`funding_flows` (totals reconcile to the cent)."""
    flows = funding_flows(store, "funder", concertation=concertation)
    years = [y["fiscal_year"] for y in flows["totals"]["by_fiscal_year"]]
    cells: dict[tuple, int] = defaultdict(int)
    for f in flows["flows"]:
        cells[(f["funder"]["id"], f["fiscal_year"])] += to_cents(f["amount"])
    grid = [{**funder, "years": [dollars(cells[(funder["id"], y)]) for y in years]}
            for funder in flows["totals"]["by_funder"]]
    return {"total": flows["totals"]["amount"], "years": years, "by_fiscal_year": flows["totals"]["by_fiscal_year"],
            "by_funder": grid, "by_fiduciary": flows["totals"]["by_fiduciary"],
            "by_status": flows["totals"]["by_status"], "fundings": flows["reconciliation"]["fundings"],
            "balanced": flows["reconciliation"]["balanced"]}


def sources(catalog: Catalog, concertation: str, organizations: list[str]) -> dict:
    """The provenance of the facts shown: the source documents (with the sections cited and how many facts cite
    each) from the ``source`` properties of the concertation, its plans, committees, projects, member
    organizations and affiliations; and the data files they were loaded from (``loaded_from``)."""
    data = catalog.data
    cited: list[str] = []
    files: set[str] = set()
    nodes = [catalog.props("Concertation").get(concertation, {})]
    nodes += [p for pid, p in catalog.props("ActionPlan").items() if data.plans.get(pid, {}).get("concertation")
              == concertation]
    nodes += [catalog.props(label).get(ctx.id, {}) for ctx in data.contexts.values() if ctx.concertation == concertation
              for label in (("Committee",) if ctx.kind == "committee" else ("Project",))]
    nodes += [catalog.props("Organization").get(o, {}) for o in organizations]
    for props in nodes:
        cited += list(props.get("source") or [])
        files |= {str(f).rsplit(":", 1)[0] for f in props.get("loaded_from") or []}
    for a in catalog.by_concertation.get(concertation, []):
        cited += list(a.source)
    documents: dict[str, dict] = {}
    for s in cited:
        document, section = source_document(s)
        entry = documents.setdefault(document, {"document": document, "facts": 0, "sections": defaultdict(int)})
        entry["facts"] += 1
        if section:
            entry["sections"][section] += 1
    listed = [{**d, "sections": sorted(d["sections"].items(), key=lambda kv: fold(kv[0]))}
              for d in documents.values()]
    return {"documents": sorted(listed, key=lambda d: (-d["facts"], d["document"])), "files": sorted(files)}


def carte_context(store, concertation_id: str, include_persons: bool = False, today: date | None = None) -> dict:
    """Everything ``carte_sociale.html`` shows (raises the analytics' ``NotFound`` for an unknown concertation).
    Persons are counted, never named; ``include_persons`` only adds the number of persons seated per committee."""
    catalog = Catalog(store)
    profile = concertation_profile(catalog, concertation_id)
    rep = concertation_representation(store, concertation_id)
    network = network_figure(store, concertation_id)
    committees = committee_members(catalog, profile["committees"])
    return {
        "title": f"Carte sociale — {profile['concertation']['name']}",
        "generated": french_date(today or date.today()),
        "profile": profile, "conc": profile["concertation"], "rep": rep, "network": network,
        "member_roles": {m["id"]: m["roles"] for m in rep["members"]},
        "sector_chart": sector_chart(rep, "Organisations membres par secteur"), "vocabulary_size": len(load_schema().vocabulary("sectors").codes),
        "carrying": committee_indicators(store, concertation_id, profile["committees"]),
        "committees": committees, "funding": funding_summary(store, concertation_id),
        "sources": sources(catalog, concertation_id, [m["id"] for m in rep["members"]]),
        "include_persons": include_persons, "colors": sector_colors(),
        "sector_labels": {t.code: t.label_fr for t in load_schema().vocabulary("sectors").terms},
    }


def carte_sociale(store, concertation_id: str, include_persons: bool = False) -> str:
    """The carte sociale of a concertation as ONE self-contained HTML document (CSS inlined, no link to fetch)."""
    return render("carte_sociale.html", **carte_context(store, concertation_id, include_persons), standalone=True,
                  inline_css=static_text("maillage.css"))


# ---------------------------------------------------------------------------------------------------------------
# PDF


def find_chromium() -> str | None:
    """The first Chromium (or Chrome) on ``PATH``."""
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def print_pdf(html: Path, pdf: Path) -> Path:
    """Print ``html`` to ``pdf`` with headless Chromium (a fresh profile, no network services, no header/footer)."""
    browser = find_chromium()
    if browser is None:
        raise PdfUnavailable("Chromium introuvable (cherché : " + ", ".join(CHROMIUM_NAMES) + ") : installez "
                             "chromium pour produire le PDF, ou imprimez le fichier HTML depuis un navigateur.")
    with tempfile.TemporaryDirectory(prefix="maillage-chromium-") as profile:
        command = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={pdf.resolve()}",
                   html.resolve().as_uri()]
        try:
            done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=PDF_TIMEOUT)
        except subprocess.TimeoutExpired as e:
            raise PdfUnavailable(f"Chromium n'a pas terminé l'impression en {PDF_TIMEOUT} s.") from e
    if done.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
        detail = (done.stderr or "").strip().splitlines()[-1:] or [f"code {done.returncode}"]
        raise PdfUnavailable(f"Chromium n'a pas produit le PDF ({detail[0]}).")
    return pdf
