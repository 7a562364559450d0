"""Options shared by the ``ask`` commands, declared once, and the helpers that turn them into analytics inputs."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Annotated, Optional

import typer

from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.period import Period
from graph.analytics.scope import Scope
from maillage.output import err, open_store

Concertation = Annotated[Optional[str], typer.Option("--concertation", "-c",
                                                     help="Concertation (identifiant, nom ou sigle).")]
Plan = Annotated[Optional[str], typer.Option("--plan", help="Plan d'action (identifiant).")]
Territory = Annotated[Optional[str], typer.Option("--territoire", "--territory",
                                                  help="Territoire à tout niveau (identifiant ou code : 14, 60…).")]
Theme = Annotated[Optional[str], typer.Option("--theme", help="Thématique (identifiant).")]
Sector = Annotated[Optional[str], typer.Option("--secteur", "--sector", help="Code de secteur.")]
Year = Annotated[Optional[int], typer.Option("--annee", "--year", help="Actif pendant cette année.")]
PeriodOpt = Annotated[Optional[str], typer.Option("--periode", "--period", help="Actif pendant cette période "
                                                  "(ex. 2026-2028).")]
Json = Annotated[bool, typer.Option("--json", help="Résultat en JSON (pour les scripts).")]


@contextmanager
def asking(ctx: typer.Context):
    """The store for one question; analytics errors become clear French messages (exit 1)."""
    store = open_store(ctx)
    try:
        yield store
    except (NotFound, BadParameter) as e:
        err.print(f"[red]Erreur :[/red] {e}", highlight=False)
        raise typer.Exit(1) from e
    finally:
        store.close()


def scope(store, concertation=None, plan=None, territory=None, theme=None, sector=None, year=None,
          period=None) -> Scope:
    """A :class:`Scope` from command options; a concertation may be given by name or acronym."""
    from graph.analytics.search import resolve

    if concertation:
        concertation = resolve(store, concertation, "Concertation")
    return Scope(concertation, plan, territory, theme, sector, Period.parse(year=year, period=period))


def scoped(store, *filters):
    """The affiliations and the checked :class:`Scope` for the filter options given in :func:`scope`'s order."""
    from graph.analytics.affiliations import read_affiliations

    data = read_affiliations(store)
    return data, scope(store, *filters).resolved(store, data)
