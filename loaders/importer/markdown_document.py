"""Reading a plan exported as Markdown (Notion, Google Docs « Télécharger → Markdown », Obsidian): headings and
paragraphs as lines, list items as bulleted lines, pipe tables as rows of cells (their ``|---|`` line skipped),
the exporters' backslash escapes (``\\$``, ``\\-``, ``\\|``) and links made plain; bold (``**…**``) and ``<br>`` in
cells are kept for the reader of cells.

>>> [cells for cells, _ in markdown_lines("# Plan\\n\\n| Action | Porteur |\\n|---|:--|\\n| Répit | A<br>B \\\\| C |\\n"
...                                        "  - [CDC](https://x.org) \\\\- 17 280 \\\\$\\n")]
[['Plan'], ['Action', 'Porteur'], ['Répit', 'A<br>B | C'], ['• CDC - 17 280 $']]
"""
from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|$>~<])")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_BULLET = re.compile(r"^\s*[-*+]\s+(?!\s*[-*+]\s*$)")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")


def _plain(text: str) -> str:
    return _ESCAPE.sub(r"\1", _LINK.sub(r"\1", text)).strip()


def _cells(row: str) -> list[str]:
    """A pipe-table row's cells (a ``\\|`` is a bar inside a cell)."""
    body = row.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [_plain(c) for c in re.split(r"(?<!\\)\|", body)]


def markdown_lines(text: str) -> list[tuple[list[str], int]]:
    """The lines of a Markdown document: (cells, source line number), blank lines and rules left out."""
    out: list[tuple[list[str], int]] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = raw.rstrip()
        if not line.strip() or re.fullmatch(r"\s*(?:[-*_]\s*){3,}", line) or _SEPARATOR.match(line.strip()):
            continue
        if line.lstrip().startswith("|"):
            out.append((_cells(line), number))
            continue
        heading = _HEADING.match(line.strip())
        if heading:
            out.append(([_plain(heading.group(1))], number))
        elif _BULLET.match(line):
            out.append(([f"• {_plain(_BULLET.sub('', line))}"], number))
        else:
            out.append(([_plain(line)], number))
    return out
