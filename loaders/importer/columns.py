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
    col = _column([ln for ln in lines if "\t" not in ln])
    numbered = list(enumerate(lines, start=1))
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
        left = [(i + 1 + k, a) for k, (a, _) in enumerate(block)]
        right = [(i + 1 + k, ("  " + b) if b and not BULLET.match(b) and k and block[k - 1][1]
                  and BULLET.match(block[k - 1][1]) else b) for k, (_, b) in enumerate(block)]
        out.extend(_joined(left))
        out.extend(_joined(right))
        i += len(block)
    return out


def unflatten(text: str) -> str:
    """``text`` with each two-column block read column by column (see the module's docstring)."""
    return "\n".join(line for _, line in unflatten_lines(text.split("\n")))
