"""Small-multiple line charts: one small chart per metric, periods along the x axis, each point labelled with its
value (beyond six periods, only where the value changes, and at both ends; every point keeps a tooltip). A period
without a value (``None``) has no point and breaks the line.

>>> out = line_chart(["2009", "2017"], [21, 6], title="Acteurs")
>>> out.count('class="point"'), "21" in out and "2017" in out
(2, True)
>>> line_chart(["a", "b", "c"], [0.5, None, 0.25], title="Densité", fmt=lambda v: f"{v:.2f}").count("<polyline")
0
"""
from __future__ import annotations

from html import escape

from visualizations.charts.svg import attrs, svg, text

WIDTH = 340
HEIGHT = 190
PAD = {"left": 34, "right": 34, "top": 24, "bottom": 34}
COLOR = "#1965B0"
LABEL_CHARS = 12


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


def line_chart(labels: list[str], values: list[float | None], *, title: str, description: str | None = None,
               fmt=lambda v: f"{v:g}", color: str = COLOR) -> str:
    """One metric over the periods ``labels``; the y axis runs from 0 (or the lowest value if negative) to the
    highest value."""
    known = [v for v in values if v is not None]
    low, high = min([0, *known]), max([0, *known])
    span = (high - low) or 1
    inner_w = WIDTH - PAD["left"] - PAD["right"]
    inner_h = HEIGHT - PAD["top"] - PAD["bottom"]
    step = inner_w / max(len(labels) - 1, 1)

    def x(i: int) -> float:
        return PAD["left"] + (i * step if len(labels) > 1 else inner_w / 2)

    def y(v: float) -> float:
        return PAD["top"] + inner_h * (1 - (v - low) / span)

    base = y(0)
    axis = attrs(x1=PAD["left"], y1=round(base, 1), x2=WIDTH - PAD["right"], y2=round(base, 1), stroke="#999")
    body = [f"<line{axis}/>"]
    run: list[str] = []
    runs = []
    for i, v in enumerate(values):
        if v is None:
            runs.append(run)
            run = []
        else:
            run.append(f"{x(i):.1f},{y(v):.1f}")
    runs.append(run)
    body += [f"<polyline{attrs(points=' '.join(r), fill='none', stroke=color, stroke_width=2)}/>"
             for r in runs if len(r) > 1]
    every = max(1, round(len(labels) / 8))  # thin the axis labels when periods are many
    for i, (label, v) in enumerate(zip(labels, values)):
        last = len(labels) - 1
        if i == last or (i % every == 0 and last - i >= every):
            body.append(text(x(i), HEIGHT - 10, _short(label), text_anchor="middle", font_size=10, fill="#444"))
        if v is None:
            body.append(text(x(i), base - 4, "—", text_anchor="middle", font_size=10, fill="#777"))
            continue
        body.append(f'<g class="point"><title>{escape(label)} : {escape(fmt(v))}</title>'
                    f"<circle{attrs(cx=round(x(i), 1), cy=round(y(v), 1), r=4, fill=color, stroke='#fff')}/></g>")
        if len(values) <= 6 or i in (0, len(values) - 1) or v != values[i - 1]:
            body.append(text(x(i), y(v) - 8, fmt(v), text_anchor="middle", font_size=11, font_weight="bold"))
    return svg(WIDTH, HEIGHT, "".join(body), title=title, description=description)


def small_multiples(labels: list[str], metrics: list[dict]) -> list[dict]:
    """``metrics``: ``{key, title, values, fmt?, description?}`` → the same with its ``svg`` (one chart each).

    >>> [m["key"] for m in small_multiples(["a"], [{"key": "n", "title": "N", "values": [3]}])]
    ['n']
    """
    return [{**m, "svg": line_chart(labels, m["values"], title=m["title"], description=m.get("description"),
                                    fmt=m.get("fmt") or (lambda v: f"{v:g}"))} for m in metrics]
