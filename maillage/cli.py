"""The ``maillage`` command line (Typer + rich), in French."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from maillage import carte_cmd, import_cmd
from maillage.ask import app as ask_app
from maillage.output import console, err, open_store as _store
from maillage.settings import Settings

app = typer.Typer(help="Maillage — la carte des acteurs de la concertation en développement social.",
                  no_args_is_help=True, add_completion=False)
app.add_typer(ask_app, name="ask")
import_cmd.register(app)
carte_cmd.register(app)


@app.callback()
def main(
    ctx: typer.Context,
    graph: Optional[str] = typer.Option(None, "--graph", help="Graphe à utiliser : rien (FalkorDB intégré), "
                                        "bolt://… neo4j://… neo4j+s://… (Neo4j), redis://… (FalkorDB).",
                                        envvar="MAILLAGE_GRAPH_URI", show_envvar=True),
    data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="Dossier des données du graphe intégré.",
                                            envvar="MAILLAGE_DATA_DIR", show_envvar=True),
) -> None:
    ctx.obj = Settings.from_env(graph, data_dir)


def _do_load(store, paths: list[Path], *, dry_run: bool = False, as_json: bool = False) -> None:
    from loaders.load import load_paths
    from loaders.problems import LoadRejected

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=err, transient=True, disable=as_json) as bar:
        tasks: dict[str, int] = {}

        def progress(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step.capitalize(), total=total)
            bar.update(tasks[step], completed=done, total=total)

        try:
            report = load_paths(store, paths, dry_run=dry_run, progress=progress)
        except LoadRejected as e:
            if as_json:
                console.print_json(json.dumps({"ok": False, "problems": [p.as_dict() for p in e.problems]}))
            else:
                err.print(f"[red]Chargement refusé — {len(e.problems)} problème(s) ; le graphe n'a pas été modifié.[/red]")
                for p in e.problems:
                    err.print(f" • {p}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from e
    if as_json:
        console.print_json(json.dumps({"ok": True, "dry_run": dry_run, "counts": report.counts,
                                       "changes": report.changes, "seconds": round(report.seconds, 3)}))
        return
    table = Table(title="Vérification (rien n'est écrit)" if dry_run else "Chargement")
    for col in ("type", "créés", "modifiés", "inchangés"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for kind, c in report.counts.items():
        table.add_row(kind, str(c["created"]), str(c["updated"]), str(c["unchanged"]))
    console.print(table)
    verb = "à écrire" if dry_run else "écrits"
    console.print(f"{report.rows} lignes lues dans {report.tables} tables ; {report.changes} changements {verb} "
                  f"en {report.seconds:.2f} s.")


@app.command()
def load(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(None, help="Fichiers CSV / XLSX ou dossiers à charger ensemble."),
    sample: bool = typer.Option(False, "--sample", help="Charger les données d'exemple (les cinq plans d'action)."),
    check: bool = typer.Option(False, "--check", help="Valider seulement, sans rien écrire."),
    as_json: bool = typer.Option(False, "--json", help="Résultat en JSON."),
) -> None:
    """Valider puis charger des fichiers dans le graphe, d'un seul coup (rien n'est écrit en cas d'erreur)."""
    from loaders.load import sample_paths

    paths = list(files or []) + (sample_paths() if sample else [])
    if not paths:
        err.print("[red]Rien à charger :[/red] donnez des fichiers ou --sample.")
        raise typer.Exit(2)
    with _store(ctx) as store:
        _do_load(store, paths, dry_run=check, as_json=as_json)


@app.command()
def reset(ctx: typer.Context, yes: bool = typer.Option(False, "--yes", "-y", help="Ne pas demander confirmation.")) -> None:
    """Vider le graphe."""
    if not yes and not typer.confirm("Effacer tout le graphe ?"):
        raise typer.Exit(1)
    with _store(ctx) as store:
        store.clear()
        store.save()
    console.print("Graphe vidé.")


@app.command()
def stats(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Résultat en JSON.")) -> None:
    """Nombre de nœuds par étiquette et de relations par type."""
    from graph.stats import graph_counts

    with _store(ctx) as store:
        counts = graph_counts(store)
        backend = store.describe()
    if as_json:
        console.print_json(json.dumps({"backend": backend, **counts}))
        return
    console.print(f"Graphe : {backend}")
    for title, data in (("Nœuds", counts["nodes"]), ("Relations", counts["relationships"])):
        table = Table(title=title)
        table.add_column("type")
        table.add_column("nombre", justify="right")
        for k, v in data.items():
            table.add_row(k, str(v))
        table.add_row("[b]total[/b]", f"[b]{sum(data.values())}[/b]")
        console.print(table)


@app.command()
def query(
    ctx: typer.Context,
    cypher: str = typer.Argument(..., help="Requête Cypher en lecture seule."),
    param: list[str] = typer.Option(None, "--param", "-p", help="Paramètre nom=valeur (valeur JSON ou texte)."),
    as_json: bool = typer.Option(False, "--json", help="Un tableau JSON d'objets clés = alias du RETURN."),
) -> None:
    """Exécuter une requête Cypher en lecture seule (les écritures sont refusées)."""
    from graph.store import ReadOnlyError, StoreError

    params = {}
    for item in param or []:
        name, _, value = item.partition("=")
        try:
            params[name] = json.loads(value)
        except json.JSONDecodeError:
            params[name] = value
    with _store(ctx) as store:
        try:
            rows = store.read(cypher, params)
        except ReadOnlyError as e:
            err.print(f"[red]{e}[/red]")
            raise typer.Exit(1) from e
        except StoreError as e:
            err.print(f"[red]Requête invalide :[/red] {e}", markup=True)
            raise typer.Exit(1) from e
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(show_lines=False)
    columns = list(rows[0]) if rows else []
    for c in columns:
        table.add_column(c)
    for r in rows:
        table.add_row(*(json.dumps(r[c], ensure_ascii=False) if not isinstance(r[c], str) else r[c] for c in columns))
    console.print(table)
    console.print(f"{len(rows)} ligne(s).")


@app.command()
def template(out: Path = typer.Option(Path("modele.xlsx"), "--out", "-o",
                                      help="Classeur .xlsx, ou dossier pour des fichiers CSV.")) -> None:
    """Écrire le modèle de données vide (une feuille par type, en-têtes en français)."""
    from loaders.template import write_template

    files = write_template(out)
    console.print(f"Modèle écrit : {out} ({len(files)} fichier(s)).")


@app.command()
def export(
    ctx: typer.Context,
    fmt: str = typer.Option("graphml", "--format", "-f", help="graphml, gexf, csv ou xlsx."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Fichier (dossier pour csv)."),
    include_persons: bool = typer.Option(False, "--include-persons",
                                         help="Inclure les personnes (données personnelles, Loi 25)."),
) -> None:
    """Exporter le graphe (sans les personnes, sauf demande explicite)."""
    from graph.export import FORMATS, export as write
    from graph.snapshot import snapshot

    if fmt not in FORMATS:
        err.print(f"[red]Format inconnu « {fmt} » ;[/red] attendu : {', '.join(FORMATS)}")
        raise typer.Exit(2)
    out = out or Path(f"maillage.{fmt}" if fmt != "csv" else "maillage-csv")
    with _store(ctx) as store:
        g = snapshot(store, include_persons=include_persons or ctx.obj.include_persons)
    files = write(g, fmt, out)
    console.print(f"{g.number_of_nodes()} nœuds et {g.number_of_edges()} relations exportés : "
                  + ", ".join(str(f) for f in files))


def _serve(ctx: typer.Context, host: str, port: int, store=None) -> None:
    import uvicorn

    from api.app import create_app

    console.print(f"Maillage sert le graphe sur [link]http://{host}:{port}[/link] (Ctrl-C pour arrêter).")
    uvicorn.run(create_app(ctx.obj, store=store), host=host, port=port, log_level="warning")


@app.command()
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Adresse d'écoute."),
    port: int = typer.Option(8000, "--port", help="Port d'écoute."),
) -> None:
    """Servir l'application web et l'API."""
    _serve(ctx, host, port)


@app.command()
def demo(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    no_serve: bool = typer.Option(False, "--no-serve", help="Charger seulement, sans servir."),
) -> None:
    """Vider le graphe, charger les données d'exemple et servir l'application."""
    from loaders.load import sample_paths

    store = _store(ctx)
    try:
        store.clear()
        _do_load(store, sample_paths())
        if not no_serve:
            _serve(ctx, host, port, store=store)
    finally:
        store.close()


if __name__ == "__main__":
    app()
