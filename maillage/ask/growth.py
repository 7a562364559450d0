"""``maillage ask growth``: the collaboration network of a concertation, period by period, and what changes."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from graph.analytics.affiliations import ROLE_FR, read_affiliations
from graph.analytics.errors import BadParameter
from graph.analytics.growth import growth, organization_growth
from graph.analytics.search import resolve
from maillage.ask import app
from maillage.ask.options import Json, asking
from maillage.output import console, print_json, print_table

#: ``--par`` values → the analytics' ``by``.
BY = {"plan": "plan", "annee": "year", "année": "year", "year": "year"}

By = Annotated[str, typer.Option("--par", "--by", help="Découpage : plan (un plan d'action par période) ou annee.")]
Organization = Annotated[Optional[str], typer.Option("--organisation", "--organization", "-o",
                                                     help="Trajectoire d'une organisation (nom, sigle ou id).")]


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %".replace(".", ",")


def _names(actors: list[dict]) -> str:
    return ", ".join(a["acronym"] or a["name"] for a in actors) or "—"


def _print_growth(result: dict) -> None:
    c = result["concertation"]
    print_table(result["periods"], [("label", "Période"), ("actors", "Acteurs"), ("ties", "Liens"),
                                    ("density", "Densité"), ("degree_centralization", "Centralisation"),
                                    ("mean_degree", "Degré moyen"), ("clustering", "Regroupement"),
                                    ("largest_component_share", "Plus grande composante"),
                                    ("sector_diversity", "Diversité sectorielle"), ("sectors", "Secteurs")],
                title=f"Croissance de la collaboration — {c['name']}")
    rows = [{"between": f"{t['previous']['key']} → {t['current']['key']}", "entrants": len(t["entrants"]),
             "exits": len(t["exits"]), "retained": len(t["retained"]), "formed": t["ties_formed"]["count"],
             "kept": t["ties_retained"]["count"], "dissolved": t["ties_dissolved"]["count"],
             "actor_rate": _pct(t["actor_retention_rate"]), "tie_rate": _pct(t["tie_retention_rate"])}
            for t in result["transitions"]]
    print_table(rows, [("between", "D'une période à l'autre"), ("entrants", "Entrants"), ("exits", "Sortants"),
                       ("retained", "Maintenus"), ("formed", "Liens formés"), ("kept", "Liens maintenus"),
                       ("dissolved", "Liens dissous"), ("actor_rate", "Rétention des acteurs"),
                       ("tie_rate", "Rétention des liens")], title="Changements entre périodes consécutives")
    for t in result["transitions"]:
        if not (t["entrants"] or t["exits"]):
            continue
        console.print(f"\n[b]{t['previous']['label']} → {t['current']['label']}[/b]", highlight=False)
        console.print(f"  Entrants : {_names(t['entrants'])}", highlight=False)
        console.print(f"  Sortants : {_names(t['exits'])}", highlight=False)
        console.print(f"  Maintenus : {_names(t['retained'])}", highlight=False)
        for s in t["successions_followed"]:
            console.print(f"  Succession suivie : {s['predecessor']['name']} → {s['successor']['name']}"
                          + (f" ({s['year']})" if s["year"] else ""), highlight=False)
    for note in result["notes"]:
        console.print(f"\n[i]{note}[/i]", highlight=False)


def _contexts(rows: list[dict]) -> str:
    return "; ".join(f"{r['name']} ({', '.join(ROLE_FR.get(x, x) for x in r['roles'])})" for r in rows) or "—"


def _print_trajectory(result: dict) -> None:
    rows = [{**p, "present": "oui" if p["present"] else "non", "present_as": p["present_as"],
             "committees": _contexts(p["committees"]), "projects": _contexts(p["projects"])}
            for p in result["periods"]]
    o = result["organization"]
    print_table(rows, [("label", "Période"), ("present", "Présente"), ("present_as", "Sous l'identifiant"),
                       ("degree", "Degré"), ("weighted_degree", "Degré pondéré"), ("betweenness", "Intermédiarité"),
                       ("partners", "Partenaires"), ("committees", "Comités"), ("projects", "Projets")],
                title=f"Trajectoire de {o['name']} — {result['concertation']['name']}")
    if result["lineage"]:
        console.print("Successions suivies : " + ", ".join(x["name"] for x in result["lineage"]), highlight=False)
    console.print(f"Entrée : {result['entry'] or '—'} ; dernière présence : {result['last_seen'] or '—'} ; "
                  f"sortie : {result['exit'] or '—'}", highlight=False)


@app.command("growth")
def ask_growth(ctx: typer.Context,
               concertation: str = typer.Argument(..., help="Concertation (nom, sigle ou id)."),
               by: By = "plan", organization: Organization = None, as_json: Json = False) -> None:
    """La croissance de la collaboration d'une concertation : réseau de chaque période (plan d'action ou année),
    entrants, sortants, liens formés, maintenus et dissous (successions d'organisations suivies)."""
    with asking(ctx) as store:
        key = BY.get(by.strip().lower())
        if key is None:
            raise BadParameter(f"découpage inconnu « {by} » ; attendu : plan ou annee")
        conc = resolve(store, concertation, "Concertation")
        org = resolve(store, organization, "Organization") if organization else None
        data = read_affiliations(store)
        result = organization_growth(data, org, conc, key) if org else growth(data, conc, key)
    if as_json:
        print_json(result)
    elif org:
        _print_trajectory(result)
    else:
        _print_growth(result)
