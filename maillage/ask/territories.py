"""``maillage ask territory``: a territory, its hierarchy and what each level holds, rolled up."""
from __future__ import annotations

import typer

from graph.analytics.entities import Catalog
from graph.analytics.territories import territory_profile
from maillage.ask import app
from maillage.ask.options import Json, asking
from maillage.output import console, print_json, print_table

HOLDINGS = [("actors", "Acteurs"), ("concertations", "Concertations"), ("committees", "Comités"),
            ("projects", "Projets"), ("fundings", "Financements"), ("funding_total", "Montant ($)")]
#: The same, with short headers for the table of subdivisions.
SHORT = [("actors", "Acteurs"), ("concertations", "Conc."), ("committees", "Comités"), ("projects", "Projets"),
         ("fundings", "Fin."), ("funding_total", "$")]


@app.command("territory")
def ask_territory(ctx: typer.Context,
                  territory: str = typer.Argument(..., help="Territoire : identifiant (mrc:60), code (14, 60, 60013) "
                                                            "ou nom (Lanaudière)."),
                  as_json: Json = False) -> None:
    """Un territoire : ses territoires englobants, ses subdivisions, et ce que chacun contient (acteurs, comités,
    projets, financement), cumulé de la municipalité à la MRC et à la région."""
    with asking(ctx) as store:
        p = territory_profile(Catalog(store), territory, names=True)
    if as_json:
        print_json(p)
    else:
        print_territory(p)


def print_territory(p: dict) -> None:
    """A territory's profile as readable French text and tables."""
    t, h = p["territory"], p["holdings"]
    path = " › ".join(a["name"] for a in p["ancestors"])
    console.print(f"[b]{t['name']}[/b] ({t['level_label'] or t['level']}, code {t['code']}) — {t['id']}"
                  + (f" — dans {path}" if path else ""), highlight=False)
    console.print(", ".join(f"{header} : {h[key]:,.0f}".replace(",", " ") for key, header in HOLDINGS)
                  + " (le territoire et ses subdivisions)", highlight=False)
    if p["children"]:
        print_table(p["children"], [("name", "Subdivision"), ("code", "Code"), *SHORT],
                    title=f"Subdivisions de {t['name']}")
    if p["concertations"]:
        print_table(p["concertations"], [("name", "Concertation"), ("acronym", "Sigle")], title="Concertations")
    if p["actors"]:
        print_table(p["actors"], [("name", "Organisation"), ("acronym", "Sigle"), ("sector", "Secteur")],
                    title="Acteurs situés dans le territoire")
