"""Text extracted with its layout (``pdftotext -layout``): a page set in two columns comes out with both columns on
each line. :func:`unflatten` puts the right column after the left one, and joins a bullet's wrapped lines.

>>> text = ("TITRE\\n"
...         "COMITÉ A                          COMITÉ B\\n"
...         "• Ville de Lac-Vert               • Centre Horizon\\n"
...         "• Maison de la famille du         • Alliance Habitat-Nord\\n"
...         "  Lac-Vert\\n"
...         "• Centre des femmes               • Ville de Mont-\\n"
...         "                                    Bleuet\\n"
...         "FIN")
>>> print(unflatten(text))
TITRE
COMITÉ A
• Ville de Lac-Vert
• Maison de la famille du Lac-Vert
• Centre des femmes
COMITÉ B
• Centre Horizon
• Alliance Habitat-Nord
• Ville de Mont-Bleuet
FIN
"""
from __future__ import annotations

import re
from collections import Counter

#: A second column starts after at least this many spaces, at least this far from the left margin.
GAP, MIN_COLUMN = 4, 30
BULLET = re.compile(r"^\s*[-–•◦▪*·]\s")


def _starts(line: str) -> list[int]:
    """Columns where a segment of text starts after a wide gap (or a wide indentation)."""
    return [m.start(1) for m in re.finditer(rf"(?:^|\S)\s{{{GAP},}}(\S)", line) if m.start(1) >= MIN_COLUMN]


def _column(lines: list[str]) -> int | None:
    """The column most segments start at (give or take one), if at least four lines use it."""
    counts = Counter(c for line in lines for c in _starts(line))
    best = None
    for c in sorted(counts):
        near = counts[c - 1] + counts[c] + counts[c + 1]
        if near >= 4 and (best is None or near > best[1]):
            best = (c, near)
    return best[0] if best else None


def _split(line: str, col: int) -> tuple[str, str] | None:
    """The line's left and right parts at ``col`` (give or take one), ``None`` if text crosses it."""
    for c in (col, col - 1, col + 1):
        if len(line) <= c:
            return line.rstrip(), ""
        if line[c - 2:c].strip() == "" and line[c - 1:c + 1].strip() != line[c - 1:c + 1]:
            return line[:c].rstrip(), line[c:].strip()
        if line[c - 2:c].strip() == "" and not line[:c].strip():
            return "", line[c:].strip()
    return None


def _joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A bullet's wrapped lines (indented, no bullet of their own) joined to it; « Hochelaga-⏎Maisonneuve »
    rejoined without a space. Each line keeps the number of the line it starts on."""
    out: list[tuple[int, str]] = []
    for number, line in lines:
        if out and BULLET.match(out[-1][1]) and line.startswith("  ") and line.strip() and not BULLET.match(line):
            prev = out[-1][1]
            out[-1] = (out[-1][0], prev + ("" if prev.endswith("-") else " ") + line.strip())
        elif line.strip():
            out.append((number, line))
    return out


def unflatten_lines(lines: list[str]) -> list[tuple[int, str]]:
    """The lines (numbered from 1 as in the file) with each two-column block read column by column."""
    return unflatten_numbered(list(enumerate(lines, start=1)))


def unflatten_numbered(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """:func:`unflatten_lines` for lines that already carry their numbers."""
    lines = [line for _, line in numbered]
    col = _column([ln for ln in lines if "\t" not in ln])
    if col is None:
        return numbered
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        if not any(abs(c - col) <= 1 for c in _starts(lines[i])):
            out.append(numbered[i])
            i += 1
            continue
        j, block = i, []
        while j < len(lines) and "\f" not in lines[j]:
            if not lines[j].strip():  # a blank line inside the block if the block goes on after it
                nxt = next((k for k in range(j + 1, len(lines)) if lines[k].strip()), None)
                if nxt is None or not any(abs(c - col) <= 1 for c in _starts(lines[nxt])):
                    break
                block.append(("", ""))
                j += 1
                continue
            part = _split(lines[j], col)
            if part is None:
                break
            block.append(part)
            j += 1
        rights = [k for k in range(len(block)) if block[k][1]]
        if len(block) < 3 or not rights:
            out.append(numbered[i])
            i += 1
            continue
        # after its last line with text in the right column, the block goes on only with the left column's list
        # (bullets and their wrapped lines); any other line is past the block
        end = rights[-1] + 1
        while end < len(block) and block[end][0] and (BULLET.match(block[end][0]) or block[end][0].startswith("  ")):
            end += 1
        block = block[:end]
        left = [(numbered[i + k][0], a) for k, (a, _) in enumerate(block)]
        right = [(numbered[i + k][0], ("  " + b) if b and not BULLET.match(b) and k and block[k - 1][1]
                  and BULLET.match(block[k - 1][1]) else b) for k, (_, b) in enumerate(block)]
        out.extend(_joined(left))
        out.extend(_joined(right))
        i += len(block)
    return out


def unflatten(text: str) -> str:
    """``text`` with each two-column block read column by column (see the module's docstring)."""
    return "\n".join(line for _, line in unflatten_lines(text.split("\n")))


# ---------------------------------------------------------------------------------------------------------------
# Tables laid out with spaces (``pdftotext -layout``): a header row names the columns, rows start with a number.

SEGMENT = re.compile(r"\S+(?: \S+)*")
#: How far (in characters) a cell may start before its column's header (right-aligned amounts).
SLACK = 4


def _segments(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in SEGMENT.finditer(line)]


def _header(line: str) -> list[int] | None:
    """The columns' start positions when ``line`` is a table header laid out with spaces: a plan's project table
    header (four columns or more) or a table that says what it holds (:func:`~loaders.importer.tables.table_kind`)."""
    from loaders.importer.patterns import header_roles
    from loaders.importer.tables import table_kind

    segs = _segments(line)
    if len(segs) < 3 or "\t" in line:
        return None
    texts = [s for _, s in segs]
    if not ((len(segs) >= 4 and header_roles(texts)) or table_kind(texts)):
        return None
    return [p for p, _ in segs]


def _column_of(pos: int, starts: list[int]) -> int:
    return max(j for j in range(len(starts)) if starts[j] - SLACK <= pos or j == 0)


def _append(cell: str, text: str) -> str:
    if not cell:
        return text
    if BULLET.match(text):
        return cell + "\n" + text
    return cell + ("" if cell.endswith("-") else " ") + text


def space_tables(numbered: list[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    """Numbered lines with each space-aligned table turned into rows of cells (a row starts where the first column
    holds a number or « Total »; wrapped lines fill the cells of the row above; a repeated header is dropped;
    a line spanning the table, such as an axis title, stays a line of text).

    >>> rows = space_tables(list(enumerate([
    ...     "No   Action                Porteur               Fiduciaire      2026-2027",
    ...     "1.1  Cuisines collectives  Cuisines collectives  CAB Le Nordet     9 500 $",
    ...     "     itinérantes           de la Manicouagan",
    ...     "AXE 2 – SE LOGER : des logements abordables pour tous les ménages du territoire",
    ...     "2.1  Clinique logement     Association des       CAB Le Nordet    12 600 $",
    ...     "                           locataires"], start=1)))
    >>> [cells for _, cells in rows][1:3]
    [['1.1', 'Cuisines collectives itinérantes', 'Cuisines collectives de la Manicouagan', 'CAB Le Nordet', '9 500 $'], ['AXE 2 – SE LOGER : des logements abordables pour tous les ménages du territoire']]
    """
    out: list[tuple[int, list[str]]] = []
    starts: list[int] | None = None
    header: list[str] = []
    row: tuple[int, list[str]] | None = None

    def flush() -> None:
        nonlocal row
        if row is not None:
            out.append(row)
            row = None

    for number, line in numbered:
        found = _header(line)
        if found:
            flush()
            if starts is None or [s for _, s in _segments(line)] != header:
                starts, header = found, [s for _, s in _segments(line)]
                out.append((number, header))
            continue  # a header repeated on the next page
        segs = _segments(line)
        if starts is None or not segs:
            flush()
            out.append((number, [line]))
            continue
        first_pos, first = segs[0]
        numbered_rows = bool(re.match(r"(?i)^no\.?$|^n°$|^#$", header[0]))
        spanning = len(segs) == 1 and first_pos <= starts[1] and \
            first_pos + len(first) > starts[min(2, len(starts) - 1)] + 5
        section = re.match(r"^\d+(?:\.\d+)*\.?\s+[A-ZÀ-Ý]", line) and not re.match(r"^\d+(?:\.\d+)*\s{2,}", line)
        if spanning or section:  # an axis title across the table, or the next section
            flush()
            out.append((number, [line.strip()]))
            if section or not numbered_rows:
                starts = None
            continue
        if len(segs) == 1 and first_pos > starts[1] and (
                re.search(r"(?i)\bpage\s+\d|\d+\s+de\s+\d+$|plan d.action", first) or first_pos > starts[-1] + 10):
            out.append((number, [line.strip()]))  # a running header or a page footer inside the table
            continue
        new_row = first_pos < starts[1] - SLACK and (
            not numbered_rows or re.match(r"(?i)^(?:\d+(?:\.\d+)*\.?|total)\b", first))
        if new_row or row is None:
            flush()
            row = (number, [""] * len(starts))
        for pos, text in segs:
            j = _column_of(pos, starts)
            row[1][j] = _append(row[1][j], text)
    flush()
    return out
