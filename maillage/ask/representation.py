"""``maillage ask representation``: the sectors represented in a committee or a concertation (and, for a
concertation, the audit of its committees)."""
from __future__ import annotations

import typer

from graph.analytics.errors import NotFound
from graph.analytics.period import Period
from graph.analytics.representation import (THRESHOLD, audit, committee_ids, committee_representation,
                                            concertation_representation)
from graph.analytics.search import resolve, search
from maillage.ask import app
from maillage.ask.options import Concertation, Json, PeriodOpt, Year, asking
from maillage.output import console, print_json, print_table


def designate(store, text: str, concertation: str | None = None) -> tuple[str, str]:
    """``(label, id)`` of the committee or concertation ``text`` designates (id, name, acronym or alias); with
    ``concertation``, only that concertation's committees are considered."""
    if concertation:
        conc = resolve(store, concertation, "Concertation")
        committees = set(committee_ids(store, conc))
        hits = [h for h in search(store, text, labels=["Committee"], limit=200) if h["id"] in committees]
    else:
        hits = search(store, text, labels=["Concertation", "Committee"], limit=50)
    exact = [h for h in hits if h["id"] == text]
    best = (exact or hits or [None])[0]
    if best is None:
        raise NotFound("comité ou concertation", text)
    return best["kind"], best["id"]


def _pct(share) -> str:
    return "" if share is None else f"{share * 100:.0f} %".replace(".", ",")


def _num(value, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}".replace(".", ",")


def show(result: dict) -> None:
    """The representation as readable French tables."""
    subject = result["subject"]
    kind = "Comité" if subject["kind"] == "committee" else "Concertation"
    period = result["period"] or "toutes les années"
    console.print(f"[b]{kind} : {subject['name']}[/b] ({subject['id']}) — {period}")
    ind = result["individual_members"]
    extra = f" ; {ind['count']} personne(s) sans organisation (dont {ind['citizens']} citoyen·ne·s)" \
        if ind["count"] else ""
    console.print(f"{result['members_count']} organisation(s) membre(s){extra}.")
    sectors = [{**s, "share": _pct(s["share"]), "organizations": [o["acronym"] or o["name"]
                                                                   for o in s["organizations"]]}
               for s in result["sectors"]]
    print_table(sectors, [("label", "Secteur"), ("sphere_label", "Sphère"), ("count", "Membres"),
                          ("share", "Part"), ("organizations", "Organisations")], title="Secteurs représentés")
    missing = [{**m, "mentioned": "oui" if m["mentioned_in_projects"] else "",
                "individuals": m["individual_members"] or ""} for m in result["missing_sectors"]]
    print_table(missing, [("label", "Secteur"), ("sphere_label", "Sphère"),
                          ("mentioned", "Nommé comme partenaire générique d'un projet"),
                          ("individuals", "Personnes à titre individuel")],
                title="Secteurs absents", caption=f"{len(missing)} secteur(s) absent(s) sur "
                f"{result['diversity']['vocabulary_size']}")
    spheres = [{**s, "share": _pct(s["share"]), "sectors": f"{s['sectors_present']}/{s['sectors_total']}"}
               for s in result["spheres"]]
    print_table(spheres, [("label", "Sphère"), ("count", "Membres"), ("share", "Part"),
                          ("sectors", "Secteurs présents")], title="Par sphère")
    d, t = result["diversity"], result["ties"]
    console.print(f"Diversité : Blau {_num(d['blau'])}, Shannon normalisé {_num(d['shannon_normalized'])} "
                  f"(K = {d['vocabulary_size']}), richesse {d['sectors_present']}/{d['vocabulary_size']}.")
    console.print(f"Indice E-I : {_num(t['ei_index'])} ({t['external']} lien(s) intersectoriel(s), "
                  f"{t['internal']} dans le même secteur).")
    if result["associated"]:
        console.print("Impliquées sans siéger : " + ", ".join(o["name"] for o in result["associated"]) + ".")
    if result["partners_outside_committees"]:
        console.print("Hors comités (coordination, collaborations) : "
                      + ", ".join(o["name"] for o in result["partners_outside_committees"]) + ".")
    _show_attendance(result["attendance"])


def _show_attendance(att: dict) -> None:
    if att["note"]:
        console.print(f"Présences : {att['note']}")
    if not att["has_data"]:
        return
    rows = [{**m, "rate": _pct(m["rate"]),
             "ok": {True: "oui", False: "non", None: ""}[m["reaches_threshold"]]} for m in att["meetings"]]
    print_table(rows, [("date", "Date"), ("committee_name", "Comité"), ("members", "Membres"),
                       ("attendees", "Présents"), ("attending_members", "Membres présents"), ("rate", "Taux"),
                       ("ok", f"Seuil {_pct(att['threshold'])} atteint")],
                title="Présence aux rencontres",
                caption=f"{att['meetings_reaching_threshold']} rencontre(s) sur {len(att['meetings'])} "
                        "atteignent le seuil")


def show_audit(result: dict) -> None:
    none = "(aucun membre enregistré)"
    rows = [{**c, "blau": _num(c["blau"]),
             "missing": [m["label"] for m in c["missing_sectors"]] if c["members_count"] else none}
            for c in result["committees"]]
    print_table(rows, [("rank", "Rang"), ("name", "Comité"), ("members_count", "Membres"),
                       ("sectors_present", "Secteurs"), ("blau", "Blau"), ("missing", "Secteurs absents")],
                title=f"Audit de représentation — {result['concertation']['name']}",
                caption="Classement par indice de Blau décroissant ; sans membre enregistré : en dernier")


@app.command("representation")
def ask_representation(ctx: typer.Context,
                       subject: str = typer.Argument(..., help="Comité ou concertation (nom, sigle ou id)."),
                       concertation: Concertation = None, year: Year = None, period: PeriodOpt = None,
                       threshold: float = typer.Option(THRESHOLD, "--seuil", "--threshold",
                                                       help="Seuil de présence (part des membres, 0 exclu à 1)."),
                       as_json: Json = False) -> None:
    """Les secteurs représentés dans un comité ou une concertation : membres par secteur, secteurs absents,
    diversité, liens intersectoriels, présences ; pour une concertation, aussi l'audit de ses comités."""
    with asking(ctx) as store:
        p = Period.parse(year=year, period=period)
        label, ident = designate(store, subject, concertation)
        if label == "Committee":
            result, ranking = committee_representation(store, ident, p, threshold), None
        else:
            result, ranking = concertation_representation(store, ident, p, threshold), audit(store, ident, p)
    if as_json:
        print_json(result if ranking is None else {"representation": result, "audit": ranking})
        return
    show(result)
    if ranking is not None:
        show_audit(ranking)
