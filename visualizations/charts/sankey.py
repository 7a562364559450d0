"""Sankey diagram: columns of nodes whose heights are proportional to the amounts passing through them, joined by
curved bands whose widths are proportional to the amounts they carry; each band has a ``<title>`` tooltip.

Nodes are ``{id, label, column, color?}`` (ids unique over all columns), links ``{source, target, value, title?}``
from a column to a later one. A node's value is the larger of what enters and what leaves it. Within a column,
nodes are ordered by the mean position of their sources (fewer crossings), the first column by value.

>>> out = sankey([{"id": "f", "label": "Bailleur", "column": 0}, {"id": "p1", "label": "Projet 1", "column": 1},
...               {"id": "p2", "label": "Projet 2", "column": 1}],
...              [{"source": "f", "target": "p1", "value": 300}, {"source": "f", "target": "p2", "value": 100}],
...              title="Flux", fmt=lambda v: f"{v} $")
>>> out.count('class="band"'), out.count('class="node"')
(2, 3)
>>> "Bailleur → Projet 1 : 300 $" in out and "400 $" in out
True
"""
from __future__ import annotations

from collections import defaultdict
from html import escape

from visualizations.charts.svg import attrs, rect, svg, text

NODE_WIDTH = 14
GAP = 16
LABEL_MARGIN = 270  # room for the last column's labels, written to its right
PAD_TOP = 28
LABEL_CHARS = 30
DEFAULT_COLOR = "#1965B0"


def _short(label: str, size: int = LABEL_CHARS) -> str:
    return label if len(label) <= size else label[:size - 1] + "…"


def _values(nodes: list[dict], links: list[dict]) -> dict[str, float]:
    inflow, outflow = defaultdict(int), defaultdict(int)
    for link in links:
        outflow[link["source"]] += link["value"]
        inflow[link["target"]] += link["value"]
    return {n["id"]: max(inflow[n["id"]], outflow[n["id"]]) for n in nodes}


def _columns(nodes: list[dict], links: list[dict], value: dict[str, float]) -> list[list[dict]]:
    """Nodes per column, ordered: the first by value, the next ones by the weighted mean rank of their sources."""
    count = max((n["column"] for n in nodes), default=-1) + 1
    columns: list[list[dict]] = [[] for _ in range(count)]
    for n in nodes:
        columns[n["column"]].append(n)
    rank: dict[str, float] = {}
    incoming = defaultdict(list)
    for link in links:
        incoming[link["target"]].append(link)
    for i, col in enumerate(columns):
        def key(n, i=i):
            feeds = [(rank[l["source"]], l["value"]) for l in incoming[n["id"]] if l["source"] in rank]
            weight = sum(v for _, v in feeds)
            mean = sum(r * v for r, v in feeds) / weight if weight else float("inf")
            return (mean if i else 0, -value[n["id"]], n["label"])
        col.sort(key=key)
        rank.update({n["id"]: j for j, n in enumerate(col)})
    return columns


def _band(x0: float, y0: float, x1: float, y1: float, width: float) -> str:
    """A band of ``width`` from (x0, y0) to (x1, y1) (top corners), as a closed path of two cubic curves."""
    mid = (x0 + x1) / 2
    return (f"M{x0:.1f},{y0:.1f} C{mid:.1f},{y0:.1f} {mid:.1f},{y1:.1f} {x1:.1f},{y1:.1f} "
            f"L{x1:.1f},{y1 + width:.1f} C{mid:.1f},{y1 + width:.1f} {mid:.1f},{y0 + width:.1f} "
            f"{x0:.1f},{y0 + width:.1f} Z")


def sankey(nodes: list[dict], links: list[dict], *, title: str, description: str | None = None,
           fmt=lambda v: f"{v:g}", headers: list[str] | None = None, width: int = 1150,
           height: int | None = None) -> str:
    """The diagram as an SVG; ``fmt`` writes amounts, ``headers`` name the columns."""
    links = [l for l in links if l["value"] > 0]
    value = _values(nodes, links)
    columns = _columns(nodes, links, value)
    if height is None:
        most = max((len(c) for c in columns), default=1)
        height = max(260, PAD_TOP + 8 + GAP * (most - 1) + 22 * most)
    usable = height - PAD_TOP - 8
    scale = min((((usable - GAP * (len(c) - 1)) / sum(value[n["id"]] for n in c))
                 for c in columns if c and sum(value[n["id"]] for n in c) > 0), default=0)
    step = (width - LABEL_MARGIN - NODE_WIDTH) / max(len(columns) - 1, 1)
    box: dict[str, tuple[float, float, float]] = {}  # id → x, y, height
    body = []
    for i, col in enumerate(columns):
        x = i * step
        y = PAD_TOP
        for n in col:
            h = max(value[n["id"]] * scale, 1)
            box[n["id"]] = (x, y, h)
            y += h + GAP
        if headers and i < len(headers):
            body.append(text(x, 14, headers[i], font_weight="bold"))
    color = {n["id"]: n.get("color") or DEFAULT_COLOR for n in nodes}
    label = {n["id"]: n["label"] for n in nodes}
    out_y = {k: b[1] for k, b in box.items()}
    in_y = dict(out_y)
    ordered = sorted(links, key=lambda l: (box[l["source"]][1], box[l["target"]][1]))
    for l in ordered:
        (sx, _, _), (tx, _, _) = box[l["source"]], box[l["target"]]
        w = l["value"] * scale
        y0, y1 = out_y[l["source"]], in_y[l["target"]]
        out_y[l["source"]] += w
        in_y[l["target"]] += w
        tip = l.get("title") or f"{label[l['source']]} → {label[l['target']]} : {fmt(l['value'])}"
        shape = attrs(class_="band", d=_band(sx + NODE_WIDTH, y0, tx, y1, max(w, 0.6)), fill=color[l["source"]],
                      fill_opacity=0.38, stroke=color[l["source"]], stroke_opacity=0.5, stroke_width=0.3)
        body.append(f"<path{shape}><title>{escape(tip)}</title></path>")
    for col in columns:
        for n in col:
            x, y, h = box[n["id"]]
            full = f"{n['label']} : {fmt(value[n['id']])}"
            body.append(f'<g class="node"><title>{escape(full)}</title>'
                        + rect(x, y, NODE_WIDTH, h, fill=color[n["id"]], stroke="#333", stroke_width=0.5) + "</g>")
            body.append(text(x + NODE_WIDTH + 4, y + h / 2 + 4, f"{_short(n['label'])} · {fmt(value[n['id']])}",
                             class_="label", paint_order="stroke", stroke="#fff", stroke_width=3,
                             stroke_linejoin="round"))
    return svg(width, height, "".join(body), title=title, description=description)
