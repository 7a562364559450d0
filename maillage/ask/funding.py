"""``maillage ask funding`` (flux de financement) and ``maillage ask export-network`` (le réseau filtré en fichier)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from graph.analytics.funding import FundingBy, FundingLevel, funding_flows
from graph.analytics.search import resolve
from graph.schema import load_schema
from maillage.ask import app
from maillage.ask.options import (Concertation, Json, PeriodOpt, Plan, Sector, Territory, Theme, Year, asking,
                                  scope)
from maillage.output import console, err, print_json, print_table

BY_FR = {"funder": "Bailleur", "fiduciary": "Fiduciaire", "theme": "Enjeu", "territory": "Territoire",
         "committee": "Comité porteur"}


def _money(amount: float) -> str:
    """An amount the French way.

    >>> _money(34560.0), _money(1234.5)
    ('34 560 $', '1 234,50 $')
    """
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    return (text[:-3] if text.endswith(",00") else text) + " $"


def _print_flows(result: dict, by: str, show_flows: bool) -> None:
    statuses = load_schema().vocabulary("funding_statuses")
    years = [y["fiscal_year"] for y in result["totals"]["by_fiscal_year"]]
    columns = [("name", BY_FR[by])] + [(f"fy:{y}", y or "année non précisée") for y in years] + [("amount", "Total")]
    rows = [{"name": g["name"], "amount": g["amount"],
             **{f"fy:{y['fiscal_year']}": y["amount"] for y in g["by_fiscal_year"]}} for g in result["groups"]]
    totals = result["totals"]
    rows.append({"name": "Total", "amount": totals["amount"],
                 **{f"fy:{y['fiscal_year']}": y["amount"] for y in totals["by_fiscal_year"]}})
    print_table(rows, columns, title=f"Financement par {BY_FR[by].lower()} (montants en $)")
    if show_flows:
        flows = [{**f, "funder": f["funder"]["name"], "fiduciary": f["fiduciary"]["name"],
                  "project": f["project"]["name"], "group": f["group"]["name"],
                  "status": statuses.label(f["status"]) if f["status"] else None} for f in result["flows"]]
        group = [] if by in ("funder", "fiduciary") else [("group", BY_FR[by])]
        print_table(flows, [("funder", "Bailleur"), ("fiduciary", "Fiduciaire"), ("project", "Projet"), *group,
                            ("fiscal_year", "Année financière"), ("status", "Statut"), ("amount", "Montant")],
                    title="Flux bailleur → fiduciaire → projet")
    by_status = ", ".join(f"{statuses.label(s['status'])} : {_money(s['amount'])}" for s in totals["by_status"])
    rec = result["reconciliation"]
    check = "concordent" if rec["balanced"] else "NE CONCORDENT PAS"
    console.print(f"Total : [b]{_money(totals['amount'])}[/b] ({by_status or 'aucun financement'}).")
    console.print(f"Rapprochement : {rec['fundings']} ligne(s) de financement, {_money(rec['amount'])}"
                  + (f" dont {_money(rec['outside_scope'])} pour des projets hors de la sélection" if
                     rec["outside_scope"] else "")
                  + f" ; les totaux par bailleur, fiduciaire, projet et regroupement {check}.", highlight=False)


@app.command("funding")
def ask_funding(
    ctx: typer.Context,
    by: Annotated[FundingBy, typer.Option("--by", "--par", help="Regroupement : funder (bailleur), fiduciary "
                                   "(fiduciaire), theme (enjeu), territory (territoire), committee (comité).")]
    = FundingBy.committee,
    fiscal_year: Annotated[Optional[str], typer.Option("--annee-financiere", "--fiscal-year",
                                                       help="Année financière (ex. 2026-2027).")] = None,
    status: Annotated[Optional[str], typer.Option("--statut", "--status", help="Statut : planned, requested, "
                                                  "granted, spent.")] = None,
    concertation: Concertation = None,
    committee: Annotated[Optional[str], typer.Option("--comite", "--committee",
                                                     help="Comité porteur (identifiant ou nom).")] = None,
    project: Annotated[Optional[str], typer.Option("--projet", "--project", help="Projet (identifiant ou nom).")]
    = None,
    level: Annotated[FundingLevel, typer.Option("--niveau", "--level",
                                                help="Niveau des territoires (--by territory).")] = FundingLevel.mrc,
    show_flows: Annotated[bool, typer.Option("--flux", help="Afficher aussi chaque flux.")] = False,
    as_json: Json = False,
) -> None:
    """Les flux de financement bailleur → fiduciaire → projet, totalisés par année financière et statut, comptés
    une seule fois et rapprochés au cent près."""
    with asking(ctx) as store:
        result = funding_flows(
            store, by, fiscal_year=fiscal_year, status=status, level=level,
            concertation=resolve(store, concertation, "Concertation") if concertation else None,
            committee=resolve(store, committee, "Committee") if committee else None,
            project=resolve(store, project, "Project") if project else None)
    if as_json:
        print_json(result)
        return
    _print_flows(result, by.value, show_flows)


@app.command("export-network")
def ask_export_network(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, csv ou xlsx.")] = "gexf",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Fichier (dossier pour csv).")] = None,
    concertation: Concertation = None, plan: Plan = None, territory: Territory = None, theme: Theme = None,
    sector: Sector = None, year: Year = None, period: PeriodOpt = None,
) -> None:
    """Exporter le réseau des organisations filtré, avec ses mesures et les années de chaque lien (GEXF
    dynamique : la frise de Gephi fonctionne)."""
    from graph.analytics.affiliations import read_affiliations
    from graph.export import FORMATS, export, network_graph

    if fmt not in FORMATS:
        err.print(f"[red]Format inconnu « {fmt} » ;[/red] attendu : {', '.join(FORMATS)}")
        raise typer.Exit(2)
    with asking(ctx) as store:
        data = read_affiliations(store)
        g = network_graph(data, scope(store, concertation, plan, territory, theme, sector, year, period)
                          .resolved(store, data))
    files = export(g, fmt, out or Path(f"maillage-reseau.{fmt}" if fmt != "csv" else "maillage-reseau-csv"))
    console.print(f"{g.number_of_nodes()} organisations et {g.number_of_edges()} liens exportés : "
                  + ", ".join(str(f) for f in files), highlight=False)
