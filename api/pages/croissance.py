"""``/croissance``: for evaluators, how a concertation's collaboration changes period by period — the metrics of
:func:`graph.analytics.growth.growth` (the ``/api/growth`` route's function) as line charts and tables, what changes
between consecutive periods, and two periods' networks side by side on one shared layout."""
from __future__ import annotations

import networkx as nx
from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

from api.deps import get_store
from api.html import Text
from graph.analytics.affiliations import Affiliations, read_affiliations
from graph.analytics.entities import Catalog
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.growth import canonical, growth, periods, snapshot, transition
from visualizations import choices
from visualizations.charts.lines import small_multiples
from visualizations.charts.network_svg import network_svg, packed_layout
from visualizations.palette import UNKNOWN, sector_colors
from visualizations.render import number, percent, render

router = APIRouter(include_in_schema=False)

#: Tie colours of the comparison (Paul Tol's colour-blind-safe pairs), lost ties dashed too.
TIES = {"new": {"color": "#0077BB", "width": 2.2, "dash": None, "label": "Nouveau lien"},
        "retained": {"color": "#888888", "width": 1.2, "dash": None, "label": "Lien maintenu"},
        "lost": {"color": "#EE7733", "width": 2, "dash": "6 4", "label": "Lien perdu (pointillé)"}}
#: Node shapes of the comparison: entrants and exits stand out by shape, not only by position.
SHAPES = {"retained": "dot", "entrant": "diamond", "exit": "triangle"}

#: The metrics charted, with their plain-French explanation and number format.
METRICS = (
    ("actors", "Acteurs", "Nombre d'organisations qui participent à au moins un comité ou un projet de la période.",
     number),
    ("ties", "Liens", ("Paires d'organisations qui siègent à un même comité, travaillent à un même projet ou "
                       "collaborent directement."), number),
    ("density", "Densité", ("Part des liens possibles qui existent : 0 = personne n'est lié, 1 = chacun est lié à "
                            "tous les autres."), lambda v: number(v, 2)),
    ("degree_centralization", "Centralisation", ("À quel point les liens passent par quelques acteurs : 0 = liens "
                                                 "également répartis, 1 = tout passe par un seul acteur (réseau en "
                                                 "étoile)."), lambda v: number(v, 2)),
    ("sector_diversity", "Diversité sectorielle", ("Indice de Blau (1 − Σp²) : la probabilité que deux acteurs pris "
                                                   "au hasard soient de secteurs différents ; 0 = un seul secteur."),
     lambda v: number(v, 2)),
)
#: Further figures shown in the table only.
EXTRA = (("mean_degree", "Degré moyen", lambda v: number(v, 1)),
         ("clustering", "Regroupement", lambda v: number(v, 2)),
         ("largest_component_share", "Plus grande composante", percent))


def short_label(period: dict) -> str:
    """A period's label on an axis: its years (``2009-2010``), else its label."""
    start, end = period["start"], period["end"]
    if start and end and start != end:
        return f"{start}-{end}"
    return str(start) if start else period["label"]


def display_name(data: Affiliations, org: str) -> str:
    o = data.organizations.get(org)
    return (o.acronym or o.name) if o else org


def named_ties(data: Affiliations, change: dict) -> list[str]:
    return sorted(f"{data.organizations[p['source']].name} — {data.organizations[p['target']].name}"
                  for p in change["pairs"])


def comparison(data: Affiliations, concertation: str, by: str, first: str, second: str) -> dict:
    """Two periods' networks (successions followed) drawn on one layout of their union: ties new, retained, lost."""
    pieces = {p.key: p for p in periods(data, concertation, by)}
    canon = canonical(data)
    (p0, s0), (p1, s1) = [(pieces[k], snapshot(data, pieces[k], canon)) for k in (first, second)]
    change = transition(data, (p0, s0), (p1, s1), canon)
    union = nx.Graph()
    union.add_nodes_from(sorted(set(s0.actors) | set(s1.actors)))
    union.add_edges_from(sorted(s0.ties | s1.ties))
    positions = packed_layout(union)  # one layout of the union: an actor sits at the same place on both sides
    colors = sector_colors()

    def nodes(actors: set[str], other: set[str], moved: str) -> list[dict]:
        out = []
        for org in sorted(actors):
            o = data.organizations[org]
            shape = SHAPES["retained" if org in other else moved]
            label = display_name(data, org)
            out.append({"id": org, "label": label if len(label) <= 16 else label[:15] + "…", "title": o.name,
                        "color": colors.get(o.sector, UNKNOWN), "shape": shape})
        return out

    def edges(pairs: set, kind: str) -> list[dict]:
        t = TIES[kind]
        return [{"source": a, "target": b, "color": t["color"], "width": t["width"], "dash": t["dash"]}
                for a, b in sorted(pairs)]

    kept = s0.ties & s1.ties
    left = network_svg(nodes(set(s0.actors), set(s1.actors), "exit"),
                       edges(kept, "retained") + edges(s0.ties - s1.ties, "lost"), positions,
                       title=f"Réseau — {p0.label}", width=640, height=520,
                       description="Liens maintenus en gris, liens perdus en orange pointillé ; triangles : sortants.")
    right = network_svg(nodes(set(s1.actors), set(s0.actors), "entrant"),
                        edges(kept, "retained") + edges(s1.ties - s0.ties, "new"), positions,
                        title=f"Réseau — {p1.label}", width=640, height=520,
                        description="Liens maintenus en gris, nouveaux liens en bleu ; losanges : entrants.")
    return {"first": p0, "second": p1, "left": left, "right": right, "change": change,
            "sectors": sorted({data.organizations[o].sector for o in union if data.organizations[o].sector}),
            "counts": {"new": len(s1.ties - s0.ties), "retained": len(kept), "lost": len(s0.ties - s1.ties)}}


def view(data: Affiliations, concertation: str, by: str, first: str | None, second: str | None) -> dict:
    result = growth(data, concertation, by)
    rows = result["periods"]
    labels = [short_label(p) for p in rows]
    charts = small_multiples(labels, [{"key": key, "title": title, "description": text,
                                       "values": [p[key] for p in rows], "fmt": fmt}
                                      for key, title, text, fmt in METRICS])
    transitions = [{**t, "formed_names": named_ties(data, t["ties_formed"]),
                    "retained_names": named_ties(data, t["ties_retained"]),
                    "dissolved_names": named_ties(data, t["ties_dissolved"])} for t in result["transitions"]]
    keys = [p["key"] for p in rows]
    if len(keys) >= 2:
        first = first if first in keys else keys[-2]
        second = second if second in keys else keys[-1]
        first, second = sorted((first, second), key=keys.index)
    pair = comparison(data, concertation, by, first, second) if len(keys) >= 2 and first != second else None
    return {"result": result, "labels": labels, "charts": charts, "transitions": transitions, "pair": pair,
            "first": first or "", "second": second or "",
            "period_options": [{"value": p["key"], "label": p["label"]} for p in rows]}


@router.get("/croissance", response_class=HTMLResponse)
def croissance(concertation: Text = None, by: Text = "plan", first: Text = None, second: Text = None,
               store=Depends(get_store)) -> HTMLResponse:
    by = by or "plan"
    catalog = Catalog(store)
    context = {"title": "Croissance de la collaboration", "active": "/croissance", "concertation": concertation or "",
               "by": by, "concertations": choices.concertations(catalog), "error": None, "result": None,
               "metrics": METRICS, "extra": EXTRA, "ties": TIES, "shapes": SHAPES,
               "plan_counts": {c: sum(1 for p in catalog.data.plans.values() if p["concertation"] == c)
                               for c in catalog.data.concertations}}
    code = 200
    if concertation:
        try:
            context.update(view(read_affiliations(store), concertation, by, first, second))
        except (NotFound, BadParameter) as exc:
            context["error"], code = str(exc), 404 if isinstance(exc, NotFound) else 422
    return HTMLResponse(render("croissance.html", **context), status_code=code)
