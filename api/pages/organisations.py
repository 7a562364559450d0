"""``/organisations/{id}``: an actor's profile — who it is (sector, territories), its ego network (itself and its
partners, tie width = strength), its committees and roles over time, its projects, the funding it gives, receives
or holds as fiduciary, its collaborations and successions. Built from :func:`organization_profile` and
:func:`partners` (the ``/api/organizations/{id}`` and ``/api/organizations/{id}/partners`` routes' functions)."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from api.deps import get_store
from api.html import error_page
from graph.analytics.affiliations import read_affiliations
from graph.analytics.entities import Catalog
from graph.analytics.errors import NotFound
from graph.analytics.network import partners, projection
from graph.analytics.profiles import ROLES, organization_profile
from graph.analytics.scope import Scope
from visualizations.charts.network_svg import layout, network_svg
from visualizations.links import entity_url
from visualizations.palette import UNKNOWN, sector_colors
from visualizations.render import render

router = APIRouter(include_in_schema=False)

#: French headings of the project roles, in the profile's order.
ROLE_HEADINGS = {"leads": "Responsable", "partner": "Partenaire", "fiduciary": "Fiduciaire"}
#: French names of the kinds of shared contexts.
CONTEXT_KINDS = {"committee": "comité", "project": "projet", "fiduciary": "fiducie", "collaboration": "collaboration"}
#: Partners drawn at most in the ego network (the strongest; the table lists them all).
MAX_DRAWN = 60


def _short(name: str, acronym: str | None) -> str:
    text = acronym or name
    return text if len(text) <= 22 else text[:21] + "…"


def _width(strength: int) -> float:
    """Tie width in the drawing: 1.5 px for one shared context, thicker with each more (up to 8 px)."""
    return min(1.5 + 1.5 * (strength - 1), 8)


def ego_network(data, org: dict, partner_rows: list[dict]) -> str | None:
    """The organization and its partners as a static SVG: nodes coloured by sector, ties to the organization as wide
    as their strength, ties between partners thin and light."""
    if not partner_rows:
        return None
    drawn = partner_rows[:MAX_DRAWN]
    ids = [org["id"], *(p["id"] for p in drawn)]
    g = projection(data, Scope()).subgraph(ids)
    colors = sector_colors()
    nodes = [{"id": org["id"], "label": _short(org["name"], org["acronym"]), "title": org["name"], "size": 13,
              "color": colors.get(org["sector"], UNKNOWN)}]
    nodes += [{"id": p["id"], "label": _short(p["name"], p["acronym"]), "size": 7,
               "title": f"{p['name']} — {p['strength']} contexte(s) partagé(s)", "color": colors.get(p["sector"], UNKNOWN)}
              for p in drawn]
    edges = [{"source": a, "target": b, "color": "#d0d0d0", "width": 0.8} for a, b in g.edges
             if org["id"] not in (a, b)]
    edges += [{"source": org["id"], "target": p["id"], "color": "#6f6f6f", "width": _width(p["strength"])}
              for p in drawn]
    more = f" (les {MAX_DRAWN} plus liés sur {len(partner_rows)})" if len(partner_rows) > MAX_DRAWN else ""
    return network_svg(nodes, edges, inset(layout(g)), title=f"Réseau de partenaires de {org['name']}", width=720, height=520,
                       description=f"{len(drawn)} partenaires{more}, colorés selon leur secteur ; l'épaisseur d'un "
                                   "lien avec l'organisation croît avec le nombre de contextes partagés.")


def inset(positions: dict, margin: float = 0.1) -> dict:
    """Positions pulled in from the left and right edges, so that labels centred on edge nodes stay in the frame."""
    return {n: (margin + x * (1 - 2 * margin), y) for n, (x, y) in positions.items()}


def linked(ref: dict | None, kind: str) -> dict | None:
    """A reference with the URL of its page."""
    return {**ref, "url": entity_url(kind, ref["id"])} if ref and ref.get("id") else ref


def view(store, org_id: str) -> dict:
    """Everything the template shows (raises the analytics' NotFound for an unknown organization)."""
    profile = organization_profile(Catalog(store), org_id)
    data = read_affiliations(store)
    partner_rows = [{**p, "url": entity_url("Organization", p["id"]),
                     "contexts": [{**c, "kind_fr": CONTEXT_KINDS.get(c["kind"], c["kind"])} for c in p["contexts"]]}
                    for p in partners(data, Scope(), org_id)]
    org = profile["organization"]
    committees = [{**c, "committee": linked(c["committee"], "Committee"),
                   "concertation": linked(c["concertation"], "Concertation")} for c in profile["committees"]]
    committees.sort(key=lambda c: (c["since"] or 0, c["until"] or 0, c["committee"]["name"]))
    projects = [{**p, "relation": ROLE_HEADINGS[role], "project": linked(p["project"], "Project"),
                 "concertation": linked(p["concertation"], "Concertation")}
                for role in ROLES for p in profile["projects"][role]]
    return {
        "title": org["name"], "profile": profile, "org": org, "partners": partner_rows,
        "ego": ego_network(data, org, partner_rows),
        "partner_sectors": sorted({p["sector"] for p in partner_rows if p["sector"]} | {org["sector"]} - {None}), "committees": committees, "projects": projects,
        "concertations": [linked(c, "Concertation") for c in profile["concertations"]],
        "territories": [linked(t, "Territory") for t in profile["territories"]],
        "color": sector_colors().get(org["sector"], UNKNOWN), "url": entity_url,
    }


@router.get("/organisations/{org_id}", response_class=HTMLResponse)
def organisation(org_id: str, store=Depends(get_store)) -> HTMLResponse:
    try:
        context = view(store, org_id)
    except NotFound as exc:
        return error_page("Organisation introuvable", str(exc), ("/", "Chercher une organisation depuis l'accueil"))
    return HTMLResponse(render("organisation.html", **context))
