"""``maillage import``: read a plan d'action (DOCX, PDF, web page, Markdown, text) into a review workbook, then apply it."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from maillage.output import console, err, open_store, print_table

SHEET_LABELS = {"ActionPlan": "plan (période)", "Theme": "enjeux", "Organization": "organisations",
                "Committee": "comités", "Project": "projets", "Funding": "lignes budgétaires",
                "MEMBER_OF": "membres de comités", "LEADS": "responsables", "PARTNER_IN": "partenaires",
                "FIDUCIARY_OF": "fiduciaires", "Person": "personnes (privé)"}


def import_command(
    ctx: typer.Context,
    document: Optional[Path] = typer.Argument(None, help="Plan d'action à lire : .docx, .pdf, .html, .md ou .txt."),
    concertation: Optional[str] = typer.Option(None, "--concertation", "-c",
                                               help="Identifiant de la concertation du plan (ex. conc:tpdsl)."),
    plan: Optional[str] = typer.Option(None, "--plan", help="Période du plan (ex. 2026-2028), si le document "
                                       "ne la donne pas."),
    review: Optional[Path] = typer.Option(None, "--review", "-r", help="Classeur de revue à écrire (.xlsx)."),
    apply: Optional[Path] = typer.Option(None, "--apply", help="Classeur de revue (corrigé) à charger."),
    check: bool = typer.Option(False, "--check", help="Avec --apply : valider seulement, sans rien écrire."),
    as_json: bool = typer.Option(False, "--json", help="Résultat en JSON."),
) -> None:
    """Importer un plan d'action : proposer (classeur de revue), puis appliquer la revue (--apply)."""
    if apply is not None:
        _apply(ctx, apply, check, as_json)
        return
    if document is None or not concertation:
        err.print("[red]Il manque des arguments :[/red] maillage import plan.docx --concertation ID "
                  "--review revue.xlsx, ou maillage import --apply revue.xlsx")
        raise typer.Exit(2)
    review = review or document.with_name(document.stem + "-revue.xlsx")
    if review.suffix.lower() != ".xlsx":
        err.print(f"[red]Le classeur de revue doit être un fichier .xlsx[/red] (reçu : {review})")
        raise typer.Exit(2)
    from loaders.importer.pipeline import import_plan

    with open_store(ctx) as store:
        try:
            result = import_plan(store, document, concertation, review, period=plan, data_dir=ctx.obj.data_dir)
        except ValueError as e:
            err.print(f"[red]Import impossible :[/red] {e}")
            raise typer.Exit(1) from e
    rows = []
    for sheet, items in result.sheets.items():
        rows.append({"sheet": SHEET_LABELS.get(sheet, sheet), "total": len(items),
                     "new": sum(1 for r in items if r.status.startswith("nouveau")),
                     "existing": sum(1 for r in items if r.status == "existant"),
                     "check": sum(1 for r in items if r.confidence < 0.6),
                     "rejected": sum(1 for r in items if r.status == "déjà rejeté")})
    if as_json:
        print(json.dumps({"ok": True, "review": str(review), "plan": result.plan, "sheets": rows},
                         ensure_ascii=False, indent=2))
        return
    print_table(rows, [("sheet", "feuille"), ("total", "propositions"), ("new", "nouvelles"),
                       ("existing", "existantes"), ("check", "à vérifier"), ("rejected", "déjà rejetées")],
                title=f"Propositions lues dans {document.name}")
    console.print(f"Classeur de revue écrit : {review}. Rien n'a été écrit dans le graphe ; révisez le classeur "
                  f"puis lancez : maillage import --apply {review}")


def _apply(ctx: typer.Context, path: Path, check: bool, as_json: bool) -> None:
    from loaders.importer.apply import apply_review
    from loaders.problems import LoadRejected

    with open_store(ctx) as store:
        try:
            report = apply_review(store, path, data_dir=ctx.obj.data_dir, dry_run=check)
        except LoadRejected as e:
            if as_json:
                print(json.dumps({"ok": False, "problems": [p.as_dict() for p in e.problems]}, ensure_ascii=False,
                                 indent=2))
            else:
                err.print(f"[red]Revue refusée — {len(e.problems)} problème(s) ; le graphe n'a pas été "
                          f"modifié.[/red]")
                for p in e.problems:
                    err.print(f" • {p}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from e
    if as_json:
        print(json.dumps({"ok": True, "dry_run": check, "counts": report.counts, "changes": report.changes,
                          "accepted": report.accepted, "rejected": report.rejected, "skipped": report.skipped,
                          "notes": report.notes}, ensure_ascii=False, indent=2))
        return
    print_table([{"type": k, **v} for k, v in report.counts.items()],
                [("type", "type"), ("created", "créés"), ("updated", "modifiés"), ("unchanged", "inchangés")],
                title="Vérification (rien n'est écrit)" if check else "Revue appliquée")
    for note in report.notes[:8]:
        console.print(f" • {note}", markup=False, highlight=False)
    if len(report.notes) > 8:
        console.print(f" • … et {len(report.notes) - 8} autre(s) ligne(s) ignorée(s) ou fusionnée(s).")
    verb = "à écrire" if check else "écrits"
    console.print(f"{report.accepted} lignes acceptées, {report.rejected} rejetées (mémorisées), "
                  f"{report.skipped} ignorées ; {report.changes} changements {verb}.")


def register(app: typer.Typer) -> None:
    """Add the ``import`` command to the main application."""
    app.command("import")(import_command)
