"""Templates (Jinja2, autoescaped) and the French number formats the pages and reports share.

>>> money(17280)
'17\\xa0280\\xa0$'
>>> number(0.4567, 2)
'0,46'
>>> percent(0.25)
'25\\xa0%'
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from visualizations.palette import NODE_KINDS, sector_colors, sector_legend

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"
NBSP = "\u00a0"


def number(value: float | int | None, digits: int = 0) -> str:
    """A number the French way: no-break space between thousands, decimal comma; « — » when unknown."""
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}".replace(",", NBSP).replace(".", ",")
    return text


def money(value: float | int | None) -> str:
    """An amount in dollars, French style, cents only when there are some."""
    if value is None:
        return "non précisé"
    digits = 0 if float(value).is_integer() else 2
    return f"{number(value, digits)}{NBSP}$"


def percent(value: float | None, digits: int = 0) -> str:
    """A share (0–1) as a French percentage."""
    return "—" if value is None else f"{number(value * 100, digits)}{NBSP}%"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "svg"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(number=number, money=money, percent=percent)
    env.globals.update(node_kinds=NODE_KINDS, sector_colors=sector_colors, sector_legend=sector_legend)
    return env


def render(template: str, **context) -> str:
    """Render ``templates/<template>`` with ``context``."""
    return environment().get_template(template).render(**context)


def static_text(name: str) -> str:
    """The text of a file of ``static/`` (to inline it in a self-contained report)."""
    return (STATIC / name).read_text(encoding="utf-8")
