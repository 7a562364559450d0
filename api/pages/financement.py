"""``/financement``: the funding flows of a fiscal year as a Sankey (bailleur → fiduciaire → projet → enjeu) and a
table of flows, from :func:`graph.analytics.funding.funding_flows` (the ``/api/funding/flows`` route's function), so
the totals shown are the API's."""
from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from api.deps import get_store
from api.html import Text
from graph.analytics.entities import Catalog
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.funding import dollars, funding_flows, to_cents
from graph.schema import load_schema
from visualizations import choices
from visualizations.charts.sankey import sankey
from visualizations.links import entity_url, query_url
from visualizations.render import money, render

router = APIRouter(include_in_schema=False)

#: The Sankey's columns: the field of a flow they show, their French header and colour (pseudo-entries in grey).
COLUMNS = (("funder", "Bailleurs", "#117733"), ("fiduciary", "Fiduciaires", "#1965B0"),
           ("project", "Projets", "#777777"), ("group", "Enjeux", "#AE76A3"))
UNKNOWN_COLOR = "#BBBBBB"


def statuses() -> list[dict]:
    return [{"value": t.code, "label": t.label_fr} for t in load_schema().vocabulary("funding_statuses").terms]


def _key(column: int, entry: dict) -> str:
    return f"{column}|{entry['id'] or ''}"


def sankey_parts(by_funder: list[dict], by_theme: list[dict]) -> tuple[list[dict], list[dict]]:
    """Nodes and links (amounts in dollars, summed in cents) of the four columns: funder → fiduciary → project from
    the flows grouped by funder, project → theme from the flows grouped by theme (a project's amount split over
    its themes by the analytics, to the cent)."""
    nodes: dict[str, dict] = {}
    cents: dict[tuple[str, str], int] = defaultdict(int)

    def node(column: int, entry: dict) -> str:
        key = _key(column, entry)
        nodes.setdefault(key, {"id": key, "label": entry["name"], "column": column,
                               "color": COLUMNS[column][2] if entry["id"] else UNKNOWN_COLOR})
        return key

    for flow in by_funder:
        f, d, p = node(0, flow["funder"]), node(1, flow["fiduciary"]), node(2, flow["project"])
        cents[(f, d)] += to_cents(flow["amount"])
        cents[(d, p)] += to_cents(flow["amount"])
    for flow in by_theme:
        cents[(node(2, flow["project"]), node(3, flow["group"]))] += to_cents(flow["amount"])
    links = [{"source": s, "target": t, "value": dollars(c)} for (s, t), c in cents.items()]
    return list(nodes.values()), links


def project_themes(by_theme: list[dict]) -> dict[str | None, list[dict]]:
    """Project id → its themes with the project's share for each (in dollars, summed in cents)."""
    acc: dict = defaultdict(lambda: defaultdict(int))
    names = {}
    for flow in by_theme:
        acc[flow["project"]["id"]][flow["group"]["id"]] += to_cents(flow["amount"])
        names[flow["group"]["id"]] = flow["group"]["name"]
    return {p: [{"id": t, "name": names[t], "amount": dollars(c)} for t, c in sorted(
        themes.items(), key=lambda kv: (kv[0] is None, names[kv[0]]))] for p, themes in acc.items()}


def share_rows(by_theme: list[dict], project_names: dict) -> list[dict]:
    return [{"project": project_names.get(p, p), "theme": t["name"], "amount": t["amount"]}
            for p, themes in project_themes(by_theme).items() for t in themes]


def view(store, concertation: str | None, fiscal_year: str | None, status: str | None) -> dict:
    """Everything the template shows (raises the analytics' NotFound / BadParameter on a bad filter)."""
    scope = {"status": status, "concertation": concertation}
    by_funder = funding_flows(store, "funder", fiscal_year=fiscal_year, **scope)
    by_theme = funding_flows(store, "theme", fiscal_year=fiscal_year, **scope)
    every_year = funding_flows(store, "funder", concertation=concertation)["totals"]["by_fiscal_year"]
    themes = project_themes(by_theme["flows"])
    nodes, links = sankey_parts(by_funder["flows"], by_theme["flows"])
    chart = sankey(nodes, links, title="Flux de financement : bailleurs → fiduciaires → projets → enjeux",
                   description=f"Total {money(by_funder['totals']['amount'])}; la largeur de chaque bande est "
                               "proportionnelle au montant.", fmt=money,
                   headers=[c[1] for c in COLUMNS]) if links else None
    rows = [{**f, "themes": themes.get(f["project"]["id"], []),
             "project_url": entity_url("Project", f["project"]["id"]) if f["project"]["id"] else None,
             "funder_url": entity_url("Organization", f["funder"]["id"]) if f["funder"]["id"] else None,
             "fiduciary_url": entity_url("Organization", f["fiduciary"]["id"]) if f["fiduciary"]["id"] else None}
            for f in by_funder["flows"]]
    project_names = {f["project"]["id"]: f["project"]["name"] for f in by_theme["flows"]}
    return {"result": by_funder, "rows": rows, "chart": chart, "shares": share_rows(by_theme["flows"], project_names),
            "years": [{"value": y["fiscal_year"], "label": y["fiscal_year"]} for y in every_year if y["fiscal_year"]]}


@router.get("/financement", response_class=HTMLResponse)
def financement(concertation: Text = None, fiscal_year: Text = None, status: Text = None,
                store=Depends(get_store)) -> HTMLResponse:
    concertation, fiscal_year, status = (v or None for v in (concertation, fiscal_year, status))
    status_labels = {s["value"]: s["label"] for s in statuses()}
    context = {"title": "Financement", "active": "/financement", "concertation": concertation or "",
               "fiscal_year": fiscal_year or "", "status": status or "", "statuses": statuses(),
               "status_labels": status_labels, "concertations": choices.concertations(Catalog(store)),
               "error": None, "years": [], "api_url": query_url("/api/funding/flows", concertation=concertation,
                                                                 fiscal_year=fiscal_year, status=status)}
    code = 200
    try:
        context.update(view(store, concertation, fiscal_year, status))
    except (NotFound, BadParameter) as exc:
        context["error"], code = str(exc), 404 if isinstance(exc, NotFound) else 422
    if fiscal_year and fiscal_year not in [y["value"] for y in context["years"]]:
        context["years"] = [*context["years"], {"value": fiscal_year, "label": fiscal_year}]
    return HTMLResponse(render("financement.html", **context), status_code=code)
