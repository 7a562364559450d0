"""``maillage ask partners`` and ``maillage ask network``."""
from __future__ import annotations

import typer

from graph.analytics.network import network, partners
from graph.analytics.search import resolve
from maillage.ask import app
from maillage.ask.options import (Concertation, Json, PeriodOpt, Plan, Sector, Territory, Theme, Year, asking,
                                  scoped)
from maillage.output import console, print_json, print_table

KIND_FR = {"committee": "comité", "project": "projet", "fiduciary": "fiducie", "collaboration": "collaboration"}


@app.command("partners")
def ask_partners(ctx: typer.Context, organization: str = typer.Argument(..., help="Organisation (nom, sigle ou id)."),
                 concertation: Concertation = None, plan: Plan = None, territory: Territory = None,
                 theme: Theme = None, sector: Sector = None, year: Year = None, period: PeriodOpt = None,
                 as_json: Json = False) -> None:
    """Les partenaires d'une organisation et la force de chaque lien (contextes partagés)."""
    with asking(ctx) as store:
        org_id = resolve(store, organization, "Organization")
        data, s = scoped(store, concertation, plan, territory, theme, sector, year, period)
        rows = partners(data, s, org_id)
    org = data.organizations[org_id]
    if as_json:
        print_json({"organization": {"id": org.id, "name": org.name}, "filters": s.describe(), "partners": rows})
        return
    table = [{**p, "kinds": [KIND_FR[k] for k in p["kinds"]],
              "contexts": [c["name"] for c in p["contexts"]]} for p in rows]
    print_table(table, [("name", "Partenaire"), ("sector", "Secteur"), ("strength", "Force"),
                        ("kinds", "Types de liens"), ("contexts", "Contextes partagés")],
                title=f"Partenaires de {org.name}", caption=f"{len(rows)} partenaire(s)")


@app.command("network")
def ask_network(ctx: typer.Context, concertation: Concertation = None, plan: Plan = None,
                territory: Territory = None, theme: Theme = None, sector: Sector = None, year: Year = None,
                period: PeriodOpt = None, top: int = typer.Option(15, "--top", help="Organisations affichées."),
                as_json: Json = False) -> None:
    """Le réseau de collaboration filtré : mesures du réseau et organisations les plus centrales."""
    with asking(ctx) as store:
        data, s = scoped(store, concertation, plan, territory, theme, sector, year, period)
        result = network(data, s)
    if as_json:
        print_json(result)
        return
    m = result["metrics"]
    console.print(f"[b]{m['nodes']}[/b] organisations, [b]{m['edges']}[/b] liens ; densité {m['density']:.3f}, "
                  f"centralisation {m['degree_centralization']:.3f}, {m['components']} composante(s), "
                  f"{len(m['isolates'])} isolat(s), noyau de niveau {m['core_max']} ({len(m['core'])} organisations).")
    ranked = sorted(result["nodes"], key=lambda n: (-n["betweenness"], -n["degree"], n["name"]))[:top]
    print_table(ranked, [("name", "Organisation"), ("sector", "Secteur"), ("degree", "Degré"),
                         ("weighted_degree", "Degré pondéré"), ("betweenness", "Intermédiarité"),
                         ("core", "k-noyau"), ("community", "Communauté")],
                title="Organisations les plus centrales (intermédiarité)")
