"""``/territoires``: the territorial hierarchy (province → régions → MRC → municipalités) limited to the territories
that hold something, with what each level holds (actors, concertations, committees, projects, fundings), a treemap
of the MRC by number of actors; ``?territory=`` focuses on one territory. Built from
:mod:`graph.analytics.territories` (no MRC boundaries offline: a tree and a treemap instead of a map)."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from api.deps import get_store
from graph.analytics.entities import Catalog
from graph.analytics.errors import NotFound
from graph.analytics.territories import HOLDINGS, list_territories, territory_profile
from graph.schema import load_schema
from visualizations import choices
from visualizations.charts.treemap import treemap
from visualizations.links import entity_url
from visualizations.palette import UNKNOWN, sector_colors
from visualizations.render import render

router = APIRouter(include_in_schema=False)

#: Colours of the regions in the treemap (dark enough for white labels; the table beside names each region).
REGION_COLORS = ("#1965B0", "#117733", "#882255", "#332288", "#AA4499", "#4E7A1E", "#7E2954", "#3B6E8F")


def holds_something(item: dict) -> bool:
    return any(item[k] for k in HOLDINGS)


def level_label(level: str | None) -> str:
    levels = load_schema().vocabulary("territory_levels")
    return levels.label(level) if level in levels else (level or "")


def with_url(item: dict) -> dict:
    return {**item, "url": entity_url("Territory", item["id"]), "level_label": level_label(item["level"])}


def tree_rows(items: list[dict]) -> list[dict]:
    """The territories holding something, depth-first from the top (``depth`` 0), children in the given order."""
    held = {i["id"]: i for i in items if holds_something(i)}
    children: dict[str | None, list[str]] = {}
    for i in items:
        if i["id"] in held:
            parent = i["parent"] if i["parent"] in held else None
            children.setdefault(parent, []).append(i["id"])
    rows: list[dict] = []

    def walk(tid: str, depth: int) -> None:
        rows.append({**with_url(held[tid]), "depth": depth})
        for child in children.get(tid, []):
            walk(child, depth + 1)

    for root in children.get(None, []):
        walk(root, 0)
    return rows


def mrc_treemap(rows: list[dict]) -> tuple[str | None, list[dict]]:
    """The treemap of the MRC by number of actors (coloured by region) and its table rows (MRC, region, actors)."""
    regions = {r["id"]: r for r in rows if r["level"] == "region"}
    colors = {rid: REGION_COLORS[i % len(REGION_COLORS)] for i, rid in enumerate(regions)}
    mrcs = sorted((r for r in rows if r["level"] == "mrc" and r["actors"]), key=lambda r: (-r["actors"], r["name"]))
    if not mrcs:
        return None, []
    table = [{**m, "region": regions.get(m["parent"]), "color": colors.get(m["parent"], UNKNOWN)} for m in mrcs]
    chart = treemap([{"label": m["name"], "value": m["actors"], "color": m["color"], "href": m["url"]} for m in table],
                    title="Les MRC par nombre d'acteurs",
                    description="Chaque rectangle est une MRC, d'aire proportionnelle au nombre d'organisations qui "
                                "s'y situent ; la couleur indique la région.")
    return chart, table


def hierarchy_context(catalog: Catalog) -> dict:
    """The whole hierarchy: its rows, the MRC treemap and its table."""
    rows = tree_rows(list_territories(catalog, {}))
    chart, mrcs = mrc_treemap(rows)
    return {"rows": rows, "treemap": chart, "mrcs": mrcs}


def focus_context(catalog: Catalog, value: str) -> dict:
    """One territory: its ancestors, counts, children holding something, concertations, committees, actors."""
    profile = territory_profile(catalog, value)
    children = [with_url(c) for c in profile["children"]]
    held = [c for c in children if holds_something(c)]
    with_actors = [c for c in held if c["actors"]]
    chart = None
    if len(with_actors) > 2:
        chart = treemap([{"label": c["name"], "value": c["actors"], "href": c["url"]} for c in with_actors],
                        title=f"Subdivisions de {profile['territory']['name']} par nombre d'acteurs")
    colors = sector_colors()
    sectors = load_schema().vocabulary("sectors")
    return {
        "territory": profile["territory"], "holdings": profile["holdings"],
        "ancestors": [with_url(a) for a in profile["ancestors"]],
        "children": held, "empty_children": len(children) - len(held), "children_treemap": chart,
        "concertations": [{**c, "url": entity_url("Concertation", c["id"])} for c in profile["concertations"]],
        "committees": [{**c, "url": entity_url("Committee", c["id"])} for c in profile["committees"]],
        "actors": [{**a, "url": entity_url("Organization", a["id"]), "color": colors.get(a["sector"], UNKNOWN),
                    "sector_label": sectors.label(a["sector"]) if a["sector"] in sectors else "inconnu"}
                   for a in profile["actors"]],
    }


@router.get("/territoires", response_class=HTMLResponse)
def territories_page(territory: Annotated[Optional[str], Query(max_length=200)] = None,
                     store=Depends(get_store)) -> HTMLResponse:
    catalog = Catalog(store)
    context = {"title": "Territoires", "active": "/territoires", "options": choices.territories(catalog),
               "current": territory or "", "focus": None, "error": None}
    if not territory or not territory.strip():
        return HTMLResponse(render("territoires.html", **context, **hierarchy_context(catalog)))
    try:
        focus = focus_context(catalog, territory)
    except NotFound:
        return HTMLResponse(render("territoires.html", **{
            **context, "error": f"Territoire inconnu : « {territory} ». Choisissez un territoire dans la liste ou "
                                "donnez un identifiant (mrc:60) ou un code officiel (14, 60, 60013)."}),
            status_code=404)
    return HTMLResponse(render("territoires.html", **{**context, "title": f"Territoire — {focus['territory']['name']}",
                                                      "focus": focus, "current": focus["territory"]["id"]}))
