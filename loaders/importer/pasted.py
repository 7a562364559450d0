"""Tables in text copied from a browser (a plan published as a web page, « Ctrl+A, Ctrl+C »): each row comes out
as one tab-separated line, except that a cell holding several paragraphs breaks it — the cell's other paragraphs
come out on lines of their own, and the row's next cells follow the last of them after a tab. :func:`rejoin_rows`
puts such rows back together, the cell's paragraphs separated by ``<br>`` (as the other readers write them).

>>> lines = list(enumerate(["Action\\tPorteur\\tPartenaires\\tMontant", "Halte\\tCentre A\\tVille B", "Maison C",
...                         "Centre D\\t900 $", "Navette\\tCentre D\\tVille B\\t500 $", "(à confirmer)", "",
...                         "Texte après le tableau."], start=1))
>>> rejoin_rows(lines)[:3]
[(1, 'Action\\tPorteur\\tPartenaires\\tMontant'), (2, 'Halte\\tCentre A\\tVille B<br>Maison C<br>Centre D\\t900 $'), (5, 'Navette\\tCentre D\\tVille B\\t500 $<br>(à confirmer)')]
"""
from __future__ import annotations

import re


def _broken(numbered: list[tuple[int, str]]) -> bool:
    """Whether the text holds rows broken that way: a tab-separated line with fewer cells than its table's first
    row, followed directly by a line without a tab (and no HTML, which the other readers handle)."""
    width = 0
    for (_, line), (_, after) in zip(numbered, numbered[1:]):
        if re.search(r"<(?:p|br|td|li)\b", line, re.I):
            return False
        cells = line.count("\t") + 1 if "\t" in line else 0
        width = width or cells
        if not line.strip():
            width = 0
        elif 1 < cells < width and after.strip() and "\t" not in after:
            return True
    return False


def rejoin_rows(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines of a text, its tables' broken rows rejoined (the text unchanged when it holds none). A table
    starts at a tab-separated line and ends at a blank line; within it a line without a tab goes on with the last
    cell of the row being read, and a line with tabs ends that cell if the row is not complete, else starts a row."""
    if not _broken(numbered):
        return numbered
    out: list[tuple[int, str]] = []
    width, row, start = 0, None, 0
    for number, line in numbered:
        if not line.strip():
            if row is not None:
                out.append((start, "\t".join(row)))
            row, width = None, 0
            out.append((number, line))
            continue
        if "\t" not in line and row is None:
            out.append((number, line))
            continue
        cells = line.split("\t")
        if row is None or (width and len(row) >= width and len(cells) > 1):
            if row is not None:
                out.append((start, "\t".join(row)))
            row, start = cells, number
            width = width or len(cells)
            continue
        row[-1] = f"{row[-1]}<br>{cells[0]}" if row[-1].strip() else cells[0]
        row += cells[1:]
    if row is not None:
        out.append((start, "\t".join(row)))
    return out
