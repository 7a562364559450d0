"""``maillage ask list <kind>`` (lists with filters), ``maillage ask show <kind> <name>`` (a profile) and
``maillage ask org <name>`` (an organization's profile)."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from graph.analytics.affiliations import ROLE_FR
from graph.analytics.entities import KIND_ALIASES, KINDS, MAX_LIMIT, Catalog, list_entities
from graph.analytics.errors import BadParameter
from graph.analytics.profiles import profile
from graph.analytics.territories import territory_profile
from graph.analytics.search import resolve
from maillage.ask import app
from maillage.ask.options import Concertation, Json, Plan, Sector, Territory, Theme, asking
from maillage.ask.territories import print_territory
from maillage.output import console, print_json, print_table

Level = Annotated[Optional[str], typer.Option("--niveau", "--level", help="Niveau (concertations : local, "
                                              "supralocal… ; territoires : region, mrc…).")]
CommitteeKind = Annotated[Optional[str], typer.Option("--type", "--kind", help="Type de comité (comite_porteur…).")]
Committee = Annotated[Optional[str], typer.Option("--comite", "--committee", help="Comité (identifiant ou nom).")]
Parent = Annotated[Optional[str], typer.Option("--parent", help="Territoire parent (identifiant, code ou nom).")]
Status = Annotated[Optional[str], typer.Option("--statut", "--status", help="Statut du projet (planned…).")]

#: Columns of each list, as ``(key, French header)``.
COLUMNS = {
    "organizations": [("name", "Organisation"), ("acronym", "Sigle"), ("sector", "Secteur"),
                      ("territories", "Territoires"), ("committees", "Comités"), ("projects", "Projets")],
    "concertations": [("name", "Concertation"), ("acronym", "Sigle"), ("level", "Niveau"),
                      ("territories", "Territoires"), ("plans", "Plans"), ("committees", "Comités"),
                      ("projects", "Projets"), ("organizations", "Organisations")],
    "committees": [("name", "Comité"), ("kind_label", "Type"), ("concertation", "Concertation"),
                   ("members", "Organisations"), ("persons", "Personnes"), ("projects", "Projets")],
    "projects": [("name", "Projet"), ("concertation", "Concertation"), ("start", "Début"), ("end", "Fin"),
                 ("status", "Statut"), ("organizations", "Organisations"), ("funding_total", "Financement ($)")],
    "territories": [("name", "Territoire"), ("code", "Code"), ("level", "Niveau"), ("children", "Subdivisions"),
                    ("actors", "Acteurs"), ("committees", "Comités"), ("projects", "Projets"),
                    ("funding_total", "Financement ($)")],
    "funders": [("name", "Bailleur de fonds"), ("sector", "Secteur"), ("fundings", "Financements"),
                ("funding_total", "Total ($)"), ("projects", "Projets")],
}
#: Filters given by name on the command line → the label to resolve them with.
NAMED = {"concertation": "Concertation", "committee": "Committee", "plan": "ActionPlan", "theme": "Theme"}


def _period(since, until) -> str:
    if since is None and until is None:
        return ""
    return str(since) if since == until else f"{since or '…'}-{until or '…'}"


def _kind(text: str) -> str:
    if text not in KIND_ALIASES:
        raise BadParameter(f"type inconnu « {text} » ; attendu : {', '.join(sorted(KIND_ALIASES))}")
    return KIND_ALIASES[text]


@app.command("list")
def ask_list(ctx: typer.Context,
             kind: str = typer.Argument(..., help="organisations, concertations, comites, projets, territoires ou "
                                                   "bailleurs (ou leur nom anglais)."),
             sector: Sector = None, concertation: Concertation = None, territory: Territory = None,
             level: Level = None, committee_kind: CommitteeKind = None, plan: Plan = None,
             committee: Committee = None, theme: Theme = None, parent: Parent = None, status: Status = None,
             limit: int = typer.Option(100, "--limit", "-n", min=1, max=MAX_LIMIT, help="Éléments par page."),
             offset: int = typer.Option(0, "--offset", min=0, help="Éléments à sauter."),
             as_json: Json = False) -> None:
    """Lister organisations, concertations, comités, projets, territoires ou bailleurs de fonds ; les filtres se
    combinent."""
    given = {"sector": sector, "concertation": concertation, "territory": territory, "level": level,
             "kind": committee_kind, "plan": plan, "committee": committee, "theme": theme, "parent": parent,
             "status": status}
    with asking(ctx) as store:
        kind = _kind(kind)
        catalog = Catalog(store)
        filters = {k: v for k, v in given.items() if v is not None}
        for name, label in NAMED.items():
            if name in filters:
                filters[name] = resolve(store, filters[name], label)
        for name in ("territory", "parent"):
            if name in filters:
                filters[name] = catalog.hierarchy.resolve(filters[name], names=True)
        result = list_entities(catalog, kind, filters, limit, offset)
    if as_json:
        print_json(result)
        return
    shown = f"{offset + 1}-{offset + len(result['items'])}" if result["items"] else "aucun"
    print_table(result["items"], COLUMNS[kind], title=KINDS[kind].plural_fr.capitalize(),
                caption=f"{shown} sur {result['total']}"
                + (" ; filtres : " + ", ".join(f"{k}={v}" for k, v in result["filters"].items())
                   if result["filters"] else ""))


def _money(amount) -> str:
    return f"{amount or 0:,.0f} $".replace(",", " ")


def _name(ref: dict | None) -> str | None:
    return (ref.get("acronym") or ref.get("name")) if ref else None


def _fundings_rows(items: list[dict], way: str | None = None) -> list[dict]:
    return [{"way": way, "projects": [p["name"] for p in f["projects"]], "amount": f["amount"],
             "fiscal_year": f["fiscal_year"], "status": f["status"], "via": [_name(o) for o in f["via"]],
             "funders": [_name(o) for o in f["funders"]]} for f in items]


FUNDING_COLUMNS = [("projects", "Projet(s)"), ("amount", "Montant ($)"), ("fiscal_year", "Année financière"),
                   ("status", "Statut")]


def _collaboration_rows(p: dict) -> tuple:
    return ([{"other": c["counterpart"]["name"], "kind": c["kind_label"], "description": c["description"],
              "period": _period(c["since"], c["until"])} for c in p["collaborations"]],
            [("other", "Avec"), ("kind", "Type"), ("description", "Description"), ("period", "Période")],
            "Collaborations")


def _print_sections(sections: list[tuple], source: list[str] | None = None) -> None:
    """Each ``(rows, columns, title)`` as a table, or « aucun »; then the provenance."""
    for rows, columns, title in sections:
        if rows:
            print_table(rows, columns, title=title)
        else:
            console.print(f"{title} : aucun", highlight=False)
    if source is not None:
        console.print(f"Provenance : {'; '.join(source) or 'non indiquée'}", highlight=False)


def _print_organization(p: dict) -> None:
    o = p["organization"]
    console.print(f"[b]{o['name']}[/b]" + (f" ({o['acronym']})" if o["acronym"] else "")
                  + f" — {o['sector_label'] or o['sector'] or 'secteur inconnu'} — {o['id']}", highlight=False)
    places = [t["name"] + (f" ({t['region']['name']})" if t["region"] and t["region"]["id"] != t["id"] else "")
              for t in p["territories"]]
    console.print(f"Territoires : {', '.join(places) or 'non précisés'}", highlight=False)
    if p["coordinates"]:
        console.print(f"Coordonne : {', '.join(c['name'] for c in p['coordinates'])}", highlight=False)
    ways = (("received", "reçu"), ("passed_on", "transmis"), ("given", "accordé"))
    _print_sections([
        ([{**c, "committee": c["committee"]["name"], "concertation": _name(c["concertation"]),
           "period": _period(c["since"], c["until"])} for c in p["committees"]],
         [("committee", "Comité"), ("concertation", "Concertation"), ("role", "Rôle"), ("period", "Période")],
         "Comités"),
        ([{"as": ROLE_FR[role], "project": x["project"]["name"], "concertation": _name(x["concertation"]),
           "period": _period(x["since"], x["until"])} for role, items in p["projects"].items() for x in items],
         [("as", "Rôle"), ("project", "Projet"), ("concertation", "Concertation"), ("period", "Période")], "Projets"),
        ([r for k, w in ways for r in _fundings_rows(p["funding"][k]["items"], w)],
         [("way", "Financement"), *FUNDING_COLUMNS],
         "Financement (" + ", ".join(f"{w} : {_money(p['funding'][k]['total'])}" for k, w in ways) + ")"),
        ([{"label": s["label"], "other": s["organization"]["name"], "year": s["year"], "kind": s["kind_label"]}
          for s in p["successions"]], [("label", "Succession"), ("other", "Organisation"), ("year", "Année"),
                                       ("kind", "Type")], "Successions"),
        _collaboration_rows(p),
    ], p["source"])


def _print_concertation(p: dict) -> None:
    c = p["concertation"]
    console.print(f"[b]{c['name']}[/b]" + (f" ({c['acronym']})" if c["acronym"] else "")
                  + f" — {c['level_label'] or c['level'] or ''} — {c['id']}", highlight=False)
    console.print(f"Territoires : {', '.join(t['name'] for t in p['territories']) or 'non précisés'} ; "
                  f"coordination : {', '.join(o['name'] for o in p['coordinators']) or 'non précisée'} ; "
                  f"{p['organizations']} organisations, {p['projects']} projets", highlight=False)
    _print_sections([
        (p["plans"], [("name", "Plan d'action"), ("start", "Début"), ("end", "Fin"), ("projects", "Projets")],
         "Plans d'action"),
        (p["committees"], [("name", "Comité"), ("kind_label", "Type"), ("members", "Organisations"),
                           ("persons", "Personnes"), ("projects", "Projets")], "Comités"),
        _collaboration_rows(p),
    ], p["source"])


def _print_committee(p: dict) -> None:
    k = p["committee"]
    console.print(f"[b]{k['name']}[/b] — {k['kind_label'] or k['kind'] or ''} — "
                  f"{_name(p['concertation']) or 'sans concertation'} — {k['id']}", highlight=False)
    persons = p["persons"]
    if persons["items"] is None:
        console.print(f"Personnes membres : {persons['count']} (jamais nommées sans autorisation, Loi 25)",
                      highlight=False)
    _print_sections([
        ([{"name": m["organization"]["name"], "sector": m["organization"]["sector"], "role": m["role"],
           "period": _period(m["since"], m["until"])} for m in p["members"]],
         [("name", "Organisation"), ("sector", "Secteur"), ("role", "Rôle"), ("period", "Période")],
         f"Organisations membres ({len(p['members'])})"),
        *([(persons["items"], [("name", "Personne"), ("title", "Fonction"), ("role", "Rôle")],
             f"Personnes membres ({persons['count']})")] if persons["items"] is not None else []),
        (p["projects"], [("name", "Projet")], "Projets portés"),
        (p["reports_to"], [("name", "Comité")], "Relève de"),
    ], p["source"])


def _print_project(p: dict) -> None:
    x = p["project"]
    console.print(f"[b]{x['name']}[/b] — {_period(x['start'], x['end'])} — {x['status_label'] or ''} — "
                  f"{_name(p['concertation']) or ''} — {x['id']}", highlight=False)
    console.print(f"Comités : {', '.join(k['name'] for k in p['committees']) or 'aucun'} ; thématiques : "
                  f"{', '.join(t['name'] for t in p['themes']) or 'aucune'} ; situé : "
                  f"{', '.join(t['name'] for t in p['located_in']) or 'non précisé'}", highlight=False)
    _print_sections([
        ([{"as": ROLE_FR[role], "name": m["organization"]["name"], "sector": m["organization"]["sector"],
           "role": m["role"]} for role, items in p["organizations"].items() for m in items],
         [("as", "Rôle"), ("name", "Organisation"), ("sector", "Secteur"), ("role", "Tel qu'écrit")],
         "Organisations"),
        (_fundings_rows(p["fundings"]["items"]), [*FUNDING_COLUMNS[1:], ("via", "Fiduciaire"),
                                                  ("funders", "Bailleur")],
         f"Financements ({_money(p['fundings']['total'])})"),
    ], p["source"])


def _print_funder(p: dict) -> None:
    console.print(f"[b]{p['organization']['name']}[/b] — bailleur de fonds — {p['organization']['id']}",
                  highlight=False)
    _print_sections([(_fundings_rows(p["fundings"]["items"]), FUNDING_COLUMNS,
                      f"Financements accordés ({_money(p['fundings']['total'])})")])


PRINTERS = {"organizations": _print_organization, "concertations": _print_concertation,
            "committees": _print_committee, "projects": _print_project, "funders": _print_funder,
            "territories": print_territory}


@app.command("org")
def ask_org(ctx: typer.Context, organization: str = typer.Argument(..., help="Organisation (nom, sigle ou id)."),
            as_json: Json = False) -> None:
    """Le profil d'une organisation : comités, projets par rôle, territoires, financement, successions,
    collaborations."""
    ask_show(ctx, "organizations", organization, as_json)


@app.command("show")
def ask_show(ctx: typer.Context,
             kind: str = typer.Argument(..., help="organisations, concertations, comites, projets, territoires ou "
                                                  "bailleurs."),
             text: str = typer.Argument(..., help="Identifiant, nom ou sigle (territoire : aussi son code)."),
             as_json: Json = False) -> None:
    """Le profil d'une organisation, d'une concertation, d'un comité, d'un projet, d'un territoire ou d'un
    bailleur de fonds."""
    with asking(ctx) as store:
        kind = _kind(kind)
        catalog = Catalog(store)
        if kind == "territories":
            p = territory_profile(catalog, text, names=True)
        else:
            p = profile(catalog, kind, resolve(store, text, KINDS[kind].label), ctx.obj.include_persons)
    if as_json:
        print_json(p)
    else:
        PRINTERS[kind](p)
