"""SVG building blocks shared by the charts: an accessible ``<svg>`` wrapper and escaped text.

>>> print(svg(100, 20, text(0, 10, "A & B"), title="Titre"))  # doctest: +ELLIPSIS
<svg class="chart" viewBox="0 0 100 20" role="img" aria-labelledby="...">...A &amp; B</text></svg>
"""
from __future__ import annotations

import itertools
from html import escape

_ids = itertools.count(1)


def attrs(**values) -> str:
    """XML attributes from keyword arguments (``class_`` → ``class``, ``font_size`` → ``font-size``); None skipped."""
    return "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for k, v in values.items()
                   if v is not None)


def text(x: float, y: float, content: str, **kw) -> str:
    return f"<text{attrs(x=round(x, 1), y=round(y, 1), **kw)}>{escape(str(content))}</text>"


def rect(x: float, y: float, width: float, height: float, **kw) -> str:
    return f"<rect{attrs(x=round(x, 1), y=round(y, 1), width=round(max(width, 0), 1), height=round(max(height, 0), 1), **kw)}/>"


def svg(width: float, height: float, body: str, *, title: str, description: str | None = None) -> str:
    """An ``<svg>`` scaled to its container, announced as an image with a title (and a description)."""
    n = next(_ids)
    labelled = f"chart-{n}-title"
    desc = f"<desc id=\"chart-{n}-desc\">{escape(description)}</desc>" if description else ""
    described = f' aria-describedby="chart-{n}-desc"' if description else ""
    return (f'<svg class="chart" viewBox="0 0 {round(width)} {round(height)}" role="img" aria-labelledby="{labelled}"'
            f'{described} xmlns="http://www.w3.org/2000/svg"><title id="{labelled}">{escape(title)}</title>{desc}'
            f"{body}</svg>")
