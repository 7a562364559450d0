"""``maillage ask search``: find a node by name, acronym, alias or code."""
from __future__ import annotations

import typer

from graph.analytics.search import search
from maillage.ask import app
from maillage.ask.options import Json, asking
from maillage.output import print_json, print_table


@app.command("search")
def ask_search(ctx: typer.Context, q: str = typer.Argument(..., help="Texte cherché."),
               limit: int = typer.Option(20, "--limit", "-n"), as_json: Json = False) -> None:
    """Chercher organisations, concertations, comités, projets, territoires… (accents et casse ignorés)."""
    with asking(ctx) as store:
        hits = search(store, q, include_persons=ctx.obj.include_persons, limit=limit)
    if as_json:
        print_json({"query": q, "results": hits})
        return
    print_table(hits, [("kind_fr", "Type"), ("name", "Nom"), ("acronym", "Sigle"), ("id", "Identifiant"),
                       ("score", "Score")], title=f"Résultats pour « {q} »")
