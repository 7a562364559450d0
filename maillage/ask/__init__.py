"""``maillage ask …``: the questions of the analytics layer, as readable French tables or ``--json``.

Each topic lives in its own module and adds its commands to :data:`app`.
"""
from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(help="Poser les questions au graphe : partenaires, représentation, chevauchements, croissance, "
                  "financement…", no_args_is_help=True)

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")

# Help texts as flowing paragraphs (docstrings are wrapped for the source, not for the terminal).
for _command in app.registered_commands:
    if _command.help is None and _command.callback.__doc__:
        _command.help = " ".join(_command.callback.__doc__.split())
