"""``/carte``: the network explorer — the carte of a scope (:mod:`graph.analytics.carte`) drawn with vis-network
from pyvis data (:mod:`visualizations.network_view`), its filters reflected in the URL; the page embeds the first
view, later views are fetched from ``/api/carte`` by ``static/carte.js``."""
from __future__ import annotations

import json
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from api.deps import get_store
from api.html import Text, form_period
from graph.analytics.carte import DEFAULT_KINDS, KINDS, carte, check_kinds
from graph.analytics.entities import Catalog
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.scope import Scope
from visualizations import choices
from visualizations.network_view import METRIC_FR, vis_data
from visualizations.palette import NODE_KINDS
from visualizations.render import render

router = APIRouter(include_in_schema=False)

SHAPE_SYMBOL = {"dot": "●", "star": "★", "square": "■", "triangle": "▲", "diamond": "◆", "hexagon": "⬢"}


def script_json(value) -> str:
    """JSON safe inside ``<script type="application/json">`` (no ``</script>`` can close it early)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _empty(kinds: tuple[str, ...]) -> dict:
    return {"filters": {"kinds": list(kinds)}, "counts": {"nodes": 0, "edges": 0, "kinds": {k: 0 for k in kinds}},
            "nodes": [], "edges": []}


@router.get("/carte", response_class=HTMLResponse)
def carte_page(concertation: Text = None, plan: Text = None, territory: Text = None, theme: Text = None,
               sector: Text = None, year: Text = None, period: Text = None,
               kinds: Annotated[Optional[list[str]], Query()] = None, size: Text = "degree", focus: Text = None,
               store=Depends(get_store)) -> str:
    values = {"concertation": concertation, "plan": plan, "territory": territory, "theme": theme, "sector": sector,
              "year": year, "period": period, "size": size or "degree", "focus": focus}
    error = None
    shown = [k for part in (kinds or []) for k in part.split(",") if k] if kinds is not None else None
    try:
        shown = check_kinds(shown)
        scope = Scope(concertation or None, plan or None, territory or None, theme or None, sector or None,
                      form_period(year, period))
        data = vis_data(carte(store, scope, shown), values["size"])
    except (NotFound, BadParameter) as e:
        error = str(e)
        shown = shown if isinstance(shown, tuple) else DEFAULT_KINDS
        data = vis_data(_empty(shown), "degree")
    catalog = Catalog(store)
    options = {"concertations": choices.concertations(catalog), "plans": choices.plans(catalog),
               "territories": choices.territories(catalog), "themes": choices.themes(catalog),
               "sectors": choices.sectors(),
               "years": [{"value": y, "label": str(y)} for y in choices.years(catalog)],
               "sizes": [{"value": k, "label": v} for k, v in METRIC_FR.items()]}
    kind_options = [{"kind": k, "label": NODE_KINDS[k]["plural"], "symbol": SHAPE_SYMBOL[NODE_KINDS[k]["shape"]]}
                    for k in KINDS]
    return render("carte.html", title="Carte du réseau", active="/carte", values=values, options=options,
                  kind_options=kind_options, kinds=shown, default_kinds=DEFAULT_KINDS, error=error, data=data,
                  data_json=script_json(data), symbols=SHAPE_SYMBOL)
