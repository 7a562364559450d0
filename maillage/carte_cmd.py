"""``maillage carte``: write the carte sociale of a concertation — one HTML file that opens offline and prints
cleanly — and, with ``--pdf``, its PDF printed by headless Chromium."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from maillage.output import console, err, open_store

HTML_SUFFIXES = (".html", ".htm")


def carte_command(
    ctx: typer.Context,
    concertation: str = typer.Option(..., "--concertation", "-c",
                                     help="Concertation : identifiant, nom ou sigle (ex. PACTE)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Fichier HTML à écrire (.html ; par défaut "
                                       "carte-sociale-<concertation>.html dans le dossier courant)."),
    pdf: bool = typer.Option(False, "--pdf", help="Écrire aussi le PDF à côté du fichier HTML : même nom, "
                             "extension .pdf (ex. carte.html → carte.pdf). Demande Chromium (chromium, "
                             "chromium-browser ou google-chrome)."),
) -> None:
    """Produire la carte sociale d'une concertation : un seul fichier HTML (réseau, acteurs par secteur,
    indicateurs, comités, financement, sources) qui s'ouvre sans connexion et s'imprime proprement."""
    from graph.analytics.errors import NotFound
    from graph.analytics.search import resolve
    from visualizations.report import PdfUnavailable, carte_sociale, print_pdf, report_filename

    if out is not None and out.suffix.lower() not in HTML_SUFFIXES:
        err.print(f"[red]--out doit être un fichier .html[/red] (reçu : {out}) ; avec --pdf, le PDF est écrit à "
                  "côté, sous le même nom en .pdf.", highlight=False, soft_wrap=True)
        raise typer.Exit(2)
    with open_store(ctx) as store:
        try:
            conc_id = resolve(store, concertation, "Concertation")
            html = carte_sociale(store, conc_id, include_persons=ctx.obj.include_persons)
        except NotFound as e:
            err.print(f"[red]Erreur :[/red] {e}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from e
    out = out or Path(report_filename({"id": conc_id}))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    console.print(f"Carte sociale écrite : {out.resolve()}", highlight=False, soft_wrap=True)
    if pdf:
        try:
            written = print_pdf(out, out.with_suffix(".pdf"))
        except PdfUnavailable as e:
            err.print(f"[red]PDF non produit :[/red] {e}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from e
        console.print(f"PDF écrit : {written.resolve()}", highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add the ``carte`` command to the main application."""
    app.command("carte")(carte_command)
