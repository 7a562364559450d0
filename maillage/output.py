"""What every command shares: the consoles, opening the store named by the options, and printing results as
readable French tables (rich) or as JSON for scripts."""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import typer
from rich.console import Console
from rich.table import Table

console = Console()
err = Console(stderr=True)


def open_store(ctx: typer.Context):
    """The graph store of the command's settings; a clear French error (exit 2) if it cannot be opened."""
    from graph.store import StoreError

    try:
        return ctx.obj.open_store()
    except StoreError as e:
        err.print(f"[red]Erreur :[/red] {e}")
        raise typer.Exit(2) from e


def print_json(data) -> None:
    """JSON on standard output, unescaped French, for scripts (pydantic models are dumped first)."""
    if hasattr(data, "model_dump"):
        data = data.model_dump(mode="json")
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".replace(",", " ").replace(".", ",") if value != int(value) else f"{int(value):,}".replace(",", " ")
    if isinstance(value, (list, tuple, set)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def print_table(rows: Iterable[dict], columns: Sequence[tuple[str, str]], title: str | None = None,
                caption: str | None = None) -> None:
    """A rich table: ``columns`` = ``[(key, French header)]``; numbers right-aligned, lists joined."""
    rows = list(rows)
    table = Table(title=title, caption=caption)
    for key, header in columns:
        numeric = any(isinstance(r.get(key), (int, float)) and not isinstance(r.get(key), bool) for r in rows)
        table.add_column(header, justify="right" if numeric else "left")
    for r in rows:
        table.add_row(*(_cell(r.get(key)) for key, _ in columns))
    console.print(table)
