"""A network drawn as a static SVG (for print, reports and side-by-side comparisons): positions from a seeded
force layout, so the same graph is always drawn the same way and two periods can share one layout.

>>> import networkx as nx
>>> g = nx.path_graph(["a", "b", "c"])
>>> pos = layout(g)
>>> sorted(pos) == ["a", "b", "c"] and all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())
True
>>> "<circle" in network_svg([{"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "c", "label": "C"}],
...                          [{"source": "a", "target": "b"}], pos, title="Réseau")
True
"""
from __future__ import annotations

from html import escape

import networkx as nx

from visualizations.charts.svg import attrs, svg, text

SEED = 42


def layout(g: nx.Graph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Node → (x, y) in [0, 1], by a seeded spring layout (components packed by networkx)."""
    if g.number_of_nodes() == 0:
        return {}
    if g.number_of_nodes() == 1:
        return {n: (0.5, 0.5) for n in g.nodes}
    pos = nx.spring_layout(g, seed=seed, weight=None, iterations=80)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    dx, dy = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    return {n: ((p[0] - min(xs)) / dx, (p[1] - min(ys)) / dy) for n, p in pos.items()}


def _shape(shape: str, x: float, y: float, r: float, **kw) -> str:
    if shape == "square":
        return f"<rect{attrs(x=round(x - r, 1), y=round(y - r, 1), width=round(2 * r, 1), height=round(2 * r, 1), **kw)}/>"
    if shape in ("triangle", "diamond"):
        pts = ([(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)] if shape == "triangle"
               else [(x, y - r), (x + r, y), (x, y + r), (x - r, y)])
        return f"<polygon{attrs(points=' '.join(f'{a:.1f},{b:.1f}' for a, b in pts), **kw)}/>"
    return f"<circle{attrs(cx=round(x, 1), cy=round(y, 1), r=round(r, 1), **kw)}/>"


def network_svg(nodes: list[dict], edges: list[dict], positions: dict[str, tuple[float, float]], *, title: str,
                description: str | None = None, width: int = 800, height: int = 560, labels: bool = True) -> str:
    """``nodes``: ``{id, label, color?, shape? (dot|square|triangle|diamond), size?}``; ``edges``: ``{source,
    target, color?, width?, dash?}``; ``positions`` from :func:`layout` (nodes without one are not drawn)."""
    pad = 40

    def at(n):
        x, y = positions[n]
        return pad + x * (width - 2 * pad), pad + y * (height - 2 * pad)

    body = []
    for e in edges:
        if e["source"] in positions and e["target"] in positions:
            (x1, y1), (x2, y2) = at(e["source"]), at(e["target"])
            body.append(f"<line{attrs(x1=round(x1, 1), y1=round(y1, 1), x2=round(x2, 1), y2=round(y2, 1), stroke=e.get('color', '#9a9a9a'), stroke_width=e.get('width', 1), stroke_dasharray=e.get('dash'))}/>")
    for n in nodes:
        if n["id"] not in positions:
            continue
        x, y = at(n["id"])
        r = n.get("size", 7)
        body.append(f"<g><title>{escape(n.get('title') or n['label'])}</title>"
                    + _shape(n.get("shape", "dot"), x, y, r, fill=n.get("color", "#1965B0"), stroke="#333",
                             stroke_width=0.8) + "</g>")
        if labels:
            body.append(text(x, y - r - 3, n["label"], text_anchor="middle", font_size=10))
    return svg(width, height, "".join(body), title=title, description=description)


def packed_layout(g: nx.Graph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Like :func:`layout`, but each connected component is laid out on its own and the components are packed in
    rows, largest first (a cell of side √size each), so isolated nodes do not push the rest into a corner.

    >>> g = nx.Graph([("a", "b"), ("b", "c")]); g.add_node("z")
    >>> pos = packed_layout(g)
    >>> sorted(pos) == ["a", "b", "c", "z"] and all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())
    True
    """
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    if len(parts) <= 1:
        return layout(g, seed)
    sides = [len(c) ** 0.5 for c in parts]
    row_width = max(sides[0], 1.3 * sum(s * s for s in sides) ** 0.5)
    x = y = row_height = 0.0
    raw: dict[str, tuple[float, float]] = {}
    for part, side in zip(parts, sides):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        inner = layout(g.subgraph(part), seed)
        for n, (px, py) in inner.items():
            raw[n] = ((x + side / 2, y + side / 2) if len(part) == 1
                      else (x + side * (0.1 + 0.8 * px), y + side * (0.1 + 0.8 * py)))
        x, row_height = x + side, max(row_height, side)
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    dx, dy = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    return {n: ((p[0] - min(xs)) / dx, (p[1] - min(ys)) / dy) for n, p in raw.items()}
