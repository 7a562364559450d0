"""Horizontal bar chart: one labelled bar per category, the value written at its end; a category with no value can
be highlighted (a missing sector) with a hatched outline and the word « absent ».

>>> out = bar_chart([{"label": "Communautaire", "value": 4, "color": "#AE76A3"},
...                  {"label": "Affaires", "value": 0, "missing": True}], title="Secteurs")
>>> "absent" in out and "Communautaire" in out
True
"""
from __future__ import annotations

from visualizations.charts.svg import rect, svg, text
from visualizations.palette import UNKNOWN, sector_colors

ROW = 22
LABEL_WIDTH = 210
WIDTH = 620
MISSING = "#A5170E"


def bar_chart(rows: list[dict], *, title: str, description: str | None = None, unit: str = "",
              fmt=lambda v: f"{v:g}") -> str:
    """``rows``: ``{label, value, color?, missing?}``; bars scaled to the largest value."""
    top = max((r["value"] or 0 for r in rows), default=0) or 1
    span = WIDTH - LABEL_WIDTH - 70
    body = []
    for i, r in enumerate(rows):
        y = i * ROW + 4
        label = r["label"] if len(r["label"]) <= 32 else r["label"][:31] + "…"
        body.append(text(LABEL_WIDTH - 6, y + 13, label, text_anchor="end"))
        if r.get("missing"):
            body.append(rect(LABEL_WIDTH, y + 2, 14, ROW - 8, fill="none", stroke=MISSING, stroke_dasharray="3 2"))
            body.append(text(LABEL_WIDTH + 20, y + 13, "absent", fill=MISSING, font_weight="bold"))
            continue
        length = span * (r["value"] or 0) / top
        body.append(rect(LABEL_WIDTH, y + 2, length, ROW - 8, fill=r.get("color") or "#1965B0", stroke="#0005"))
        body.append(text(LABEL_WIDTH + length + 6, y + 13, f"{fmt(r['value'] or 0)}{unit}"))
    return svg(WIDTH, len(rows) * ROW + 8, "".join(body), title=title, description=description)


def sector_chart(rep: dict, title: str) -> str:
    """Bars of the member organizations per present sector of a representation (``graph.analytics.representation``:
    ``sectors``, ``missing_sectors``, ``members_count``), largest first, then the missing sectors highlighted."""
    colors = sector_colors()
    rows = [{"label": s["label"], "value": s["count"], "color": colors.get(s["code"], UNKNOWN)} for s in rep["sectors"]]
    rows += [{"label": s["label"], "value": 0, "missing": True} for s in rep["missing_sectors"]]
    return bar_chart(rows, title=title, description=(
        f"{rep['members_count']} organisations membres dans {len(rep['sectors'])} secteurs ; "
        f"{len(rep['missing_sectors'])} secteurs absents."))
