"""``maillage ask overlaps`` and ``maillage ask project-overlaps``."""
from __future__ import annotations

import typer

from graph.analytics.overlaps import DIMENSIONS, organization_overlaps, project_overlaps
from maillage.ask import app
from maillage.ask.options import (Concertation, Json, PeriodOpt, Plan, Sector, Territory, Theme, Year, asking,
                                  scoped)
from maillage.output import print_json, print_table

LEVEL_FR = {"region": "régions", "mrc": "MRC", "concertation": "concertations"}
ASSESSMENT_FR = {"synergy": "synergie", "possible_duplication": "doublon possible", "continuity": "continuité"}


@app.command("overlaps")
def ask_overlaps(ctx: typer.Context,
                 level: str = typer.Option("region", "--niveau", "--level", help="region, mrc ou concertation."),
                 min_places: int = typer.Option(2, "--min", help="Nombre minimal de lieux."),
                 concertation: Concertation = None, plan: Plan = None, territory: Territory = None,
                 theme: Theme = None, sector: Sector = None, year: Year = None, period: PeriodOpt = None,
                 as_json: Json = False) -> None:
    """Les organisations présentes dans plusieurs régions, MRC ou concertations, et à quel titre."""
    with asking(ctx) as store:
        data, s = scoped(store, concertation, plan, territory, theme, sector, year, period)
        rows = organization_overlaps(data, s, level, min_places)
    if as_json:
        print_json({"level": level, "min": min_places, "filters": s.describe(), "organizations": rows})
        return
    table = [{**o, "label": o["acronym"] or o["name"],
              "where": [f"{p['name']} ({', '.join(sorted({r['role_fr'] for r in p['roles']}))})" for p in o["places"]]}
             for o in rows]
    print_table(table, [("label", "Organisation"), ("count", "Nombre"), ("where", "Où (à quel titre)")],
                title=f"Organisations présentes dans au moins {min_places} {LEVEL_FR.get(level, level)}")


@app.command("project-overlaps")
def ask_project_overlaps(ctx: typer.Context,
                         by: list[str] = typer.Option(list(DIMENSIONS), "--par", "--by",
                                                      help="partners, themes, territories."),
                         min_score: float = typer.Option(0.3, "--score-min", "--min-score"),
                         limit: int = typer.Option(20, "--limit", "-n"),
                         concertation: Concertation = None, plan: Plan = None, territory: Territory = None,
                         theme: Theme = None, sector: Sector = None, year: Year = None, period: PeriodOpt = None,
                         as_json: Json = False) -> None:
    """Les paires de projets qui partagent partenaires, thèmes ou territoires (indice de Jaccard)."""
    with asking(ctx) as store:
        data, s = scoped(store, concertation, plan, territory, theme, sector, year, period)
        pairs = project_overlaps(data, s, dimensions=tuple(by), min_score=min_score, limit=limit)
    if as_json:
        print_json({"dimensions": by, "min_score": min_score, "filters": s.describe(), "pairs": pairs})
        return
    table = [{"a": p["projects"][0]["name"], "b": p["projects"][1]["name"], "score": p["score"],
              "shared": [i["name"] for i in p["shared"]], "assessment": ASSESSMENT_FR[p["assessment"]]}
             for p in pairs]
    print_table(table, [("a", "Projet"), ("b", "Projet"), ("score", "Jaccard"), ("shared", "En commun"),
                        ("assessment", "Lecture")], title="Projets qui se recoupent")
