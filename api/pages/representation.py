"""``/representation``: the sectors seated in a concertation (the union of its committees, the Collectif) and in each
of its committees — a bar chart and a table per group, the missing sectors, the diversity indices explained, and the
attendance at meetings against a threshold. Built from :mod:`graph.analytics.representation`; persons never named."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from api.deps import get_store
from api.html import form_period
from graph.analytics.entities import Catalog
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.period import Period
from graph.analytics.representation import (
    THRESHOLD,
    audit,
    committee_representation,
    concertation_representation,
)
from visualizations import choices
from visualizations.charts.bars import bar_chart, sector_chart
from visualizations.links import entity_url
from visualizations.render import percent, render

router = APIRouter(include_in_schema=False)

#: Colours of a meeting's attendance bar: threshold reached or not.
REACHED, NOT_REACHED = "#117733", "#A5170E"


def attendance_chart(attendance: dict, title: str) -> str | None:
    """Bars of the attendance rate per meeting with data (green: threshold reached), or ``None`` without data."""
    meetings = [m for m in attendance["meetings"] if m["rate"] is not None]
    if not meetings:
        return None
    rows = [{"label": f"{m['date']} {m['name'] or ''}".strip(), "value": round(m["rate"] * 100),
             "color": REACHED if m["reaches_threshold"] else NOT_REACHED} for m in meetings]
    return bar_chart(rows, title=title, unit=" %", description=(
        f"Taux de présence des membres par rencontre ; seuil : {percent(attendance['threshold'])}."))


def with_links(rep: dict) -> dict:
    """The representation with a page link on every organization (a shallow copy: cached results stay intact)."""
    def linked(orgs):
        return [{**o, "url": entity_url("Organization", o["id"])} for o in orgs]

    return {**rep,
            "sectors": [{**s, "organizations": linked(s["organizations"])} for s in rep["sectors"]],
            "associated": linked(rep["associated"]),
            "partners_outside_committees": linked(rep["partners_outside_committees"])}


def group(rep: dict, anchor: str, title: str) -> dict:
    """What the template shows for one group (the concertation or a committee)."""
    return {"anchor": anchor, "title": title, "rep": with_links(rep),
            "chart": sector_chart(rep, f"Organisations membres par secteur — {title}"),
            "attendance_chart": attendance_chart(rep["attendance"], f"Présence aux rencontres — {title}")}


def parse_filters(year: str | None, period: str | None, threshold: str | None) -> tuple[Period, float]:
    """The period and the threshold from the form's texts (empty = not given); French errors as BadParameter."""
    threshold = (threshold or "").strip() or None
    try:
        value = float(threshold.replace(",", ".")) if threshold else THRESHOLD
    except ValueError:
        raise BadParameter(f"seuil de présence « {threshold} » : attendu un nombre entre 0 (exclu) et 1") from None
    return form_period(year, period), value


@router.get("/representation", response_class=HTMLResponse)
def representation_page(concertation: Annotated[Optional[str], Query(max_length=200)] = None,
                        year: Annotated[Optional[str], Query(max_length=10)] = None,
                        period: Annotated[Optional[str], Query(max_length=20)] = None,
                        threshold: Annotated[Optional[str], Query(max_length=10)] = None,
                        store=Depends(get_store)) -> HTMLResponse:
    catalog = Catalog(store)
    options = choices.concertations(catalog)
    current = concertation or (options[0]["value"] if options else None)
    context = {"title": "Représentation des secteurs", "active": "/representation", "options": options,
               "years": [{"value": y, "label": str(y)} for y in choices.years(catalog)],
               "current": current, "year": year or "", "period": period or "",
               "threshold_text": threshold or "", "default_threshold": THRESHOLD, "error": None, "groups": []}
    if current is None:
        return HTMLResponse(render("representation.html", **context))
    try:
        span, limit = parse_filters(year, period, threshold)
        whole = concertation_representation(store, current, span, limit)
        ranking = audit(store, current, span)
    except NotFound as e:
        return HTMLResponse(render("representation.html", **{**context, "error": str(e)}), status_code=404)
    except BadParameter as e:
        return HTMLResponse(render("representation.html", **{**context, "error": str(e)}), status_code=422)
    committees = sorted(ranking["committees"], key=lambda r: r["name"].casefold())
    anchors = {c["id"]: f"comite-{i}" for i, c in enumerate(committees, start=1)}
    groups = [group(committee_representation(store, c["id"], span, limit), anchors[c["id"]], c["name"])
              for c in committees]
    name = whole["subject"]["name"]
    return HTMLResponse(render(
        "representation.html", **{**context, "title": f"Représentation des secteurs — {name}",
                                  "subject": whole["subject"], "period_label": span.label, "threshold": limit,
                                  "whole": group(whole, "ensemble", "Ensemble de la concertation"),
                                  "ranking": [{**r, "anchor": anchors[r["id"]]} for r in ranking["committees"]],
                                  "vocabulary_size": ranking["vocabulary_size"], "groups": groups}))
