"""Treemap: rectangles whose areas are proportional to values (squarified layout, Bruls, Huizing and van Wijk), each
labelled when it has room and optionally a link.

>>> boxes = squarify([6, 6, 4, 3, 2, 2, 1], 0, 0, 6, 4)
>>> round(sum(w * h for _, _, w, h in boxes), 6)
24.0
>>> out = treemap([{"label": "L'Assomption", "value": 18, "href": "/territoires?territory=mrc%3A60"}], title="MRC")
>>> "L&#x27;Assomption" in out and "<a " in out
True
"""
from __future__ import annotations

from html import escape

from visualizations.charts.svg import attrs, rect, svg, text

WIDTH = 620
HEIGHT = 360
FILL = "#1965B0"


def _worst(row: list[float], side: float) -> float:
    """The worst aspect ratio of ``row`` (areas) laid along a side of length ``side``."""
    total = sum(row)
    return max(max(side * side * a / (total * total), total * total / (side * side * a)) for a in row)


def squarify(values: list[float], x: float, y: float, width: float, height: float) -> list[tuple]:
    """``(x, y, width, height)`` of one rectangle per value (in order; values sorted descending give the best
    shapes), filling the given rectangle; zero values get empty rectangles."""
    total = sum(values)
    if total <= 0:
        return [(x, y, 0.0, 0.0) for _ in values]
    areas = [v * width * height / total for v in values]
    out: list[tuple] = []
    i = 0
    while i < len(areas):
        side = min(width, height)
        row = [areas[i]]
        i += 1
        while i < len(areas) and _worst(row + [areas[i]], side) <= _worst(row, side):
            row.append(areas[i])
            i += 1
        thickness = sum(row) / side if side else 0
        offset = 0.0
        for a in row:
            length = a / thickness if thickness else 0
            if width >= height:  # column on the left
                out.append((x, y + offset, thickness, length))
            else:  # row on top
                out.append((x + offset, y, length, thickness))
            offset += length
        if width >= height:
            x, width = x + thickness, width - thickness
        else:
            y, height = y + thickness, height - thickness
    return out


def treemap(items: list[dict], *, title: str, description: str | None = None, width: float = WIDTH,
            height: float = HEIGHT) -> str:
    """``items``: ``{label, value, color?, href?}``; drawn largest first, a label and the value inside each
    rectangle large enough to hold them."""
    items = sorted((i for i in items if (i["value"] or 0) > 0), key=lambda i: -i["value"])
    body = []
    for item, (x, y, w, h) in zip(items, squarify([i["value"] for i in items], 0, 0, width, height)):
        shape = rect(x, y, w, h, fill=item.get("color") or FILL, stroke="#fff", stroke_width=2)
        label = ""
        if w > 46 and h > 30:
            room = int(w / 7)
            name = item["label"] if len(item["label"]) <= room else item["label"][:max(room - 1, 1)] + "…"
            label = (text(x + 5, y + 15, name, style="fill:#fff;font-weight:bold")
                     + text(x + 5, y + 29, f"{item['value']:g}", style="fill:#fff"))
        tip = f"<title>{escape(item['label'])} : {item['value']:g}</title>"
        cell = f"<g>{tip}{shape}{label}</g>"
        if item.get("href"):
            cell = f"<a{attrs(href=item['href'])}>{cell}</a>"
        body.append(cell)
    return svg(width, height, "".join(body), title=title, description=description)
