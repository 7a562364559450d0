"""Reading a plan saved as a web page (Word or LibreOffice « Enregistrer sous… page Web », a Google Docs export):
paragraphs, headings and list items as lines, table rows as rows of cells. A cell keeps the few tags that say how
its text is split (``<p>``, ``<br>``, ``<li>``) and bold (``<b>``), as in the text the seeds hold; a cell spanning
columns keeps the others in their columns, a cell spanning rows is written once (:data:`~documents.MERGED` below).

>>> rows = html_lines("<h2>Axe 1</h2><table><tr><td rowspan=2><b>A</b></td><td>x<br>y</td></tr><tr><td>z</td>"
...                   "</tr></table><ul><li>Centre&nbsp;Horizon</li></ul>")
>>> [cells for cells, _ in rows]
[['Axe 1'], ['<b>A</b>', 'x<br>y'], ['\\u2063', 'z'], ['• Centre Horizon']]
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from loaders.importer.documents import MERGED

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "caption"}
_SKIP = {"head", "style", "script", "title", "template", "noscript"}
_BOLD = {"b", "strong"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[list[str], int]] = []
        self.text: list[str] = []  # the block being read, outside tables
        self.line = 0  # where that block starts
        self.skip = 0
        self.list_item = False
        # tables: a stack of (rows, current row, current cell's fragments, spans); cells as (text, colspan, rowspan)
        self.tables: list[dict] = []

    # -- where text goes --------------------------------------------------------------------------------------
    def _cell(self) -> list[str] | None:
        if self.tables and self.tables[-1]["cell"] is not None:
            return self.tables[-1]["cell"]
        return None

    def _write(self, fragment: str) -> None:
        cell = self._cell()
        if cell is not None:
            cell.append(fragment)
            return
        if not self.text:
            self.line = self.getpos()[0]
        self.text.append(fragment)

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.text)).strip()
        text = re.sub(r"<b>\s*</b>", "", text).strip()
        if text:
            self.lines.append(([("• " if self.list_item else "") + text], self.line))
        self.text = []
        self.list_item = False

    # -- parser events ----------------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        a = dict(attrs)
        in_cell = self._cell() is not None
        if tag == "table":
            if not in_cell:
                self._flush()
            self.tables.append({"rows": [], "row": None, "cell": None, "span": (1, 1), "line": 0})
        elif tag == "tr" and self.tables:
            self.tables[-1]["row"] = []
            self.tables[-1]["line"] = self.getpos()[0]
        elif tag in ("td", "th") and self.tables:
            self.tables[-1]["cell"] = []
            self.tables[-1]["span"] = (_int(a.get("colspan")), _int(a.get("rowspan")))
        elif tag in _BOLD:
            self._write("<b>")
        elif tag == "br":  # a line break: inside a cell it splits the cell's text, outside it ends the line
            if in_cell:
                self._write("<br>")
            else:
                self._flush()
        elif tag in ("ul", "ol") and in_cell:
            return  # the list's items say where its lines are
        elif tag in _BLOCKS or tag in ("ul", "ol"):
            if in_cell:
                self._write("<li>" if tag == "li" else "<p>")
            else:
                self._flush()
                self.list_item = tag == "li"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        in_cell = self._cell() is not None
        if tag in ("td", "th") and self.tables and self.tables[-1]["cell"] is not None:
            t = self.tables[-1]
            text = _cell_text("".join(t["cell"]))
            if t["row"] is None:
                t["row"] = []
            t["row"].append((text, *t["span"]))
            t["cell"] = None
        elif tag == "tr" and self.tables and self.tables[-1]["row"] is not None:
            t = self.tables[-1]
            t["rows"].append((t["row"], t["line"]))
            t["row"] = None
        elif tag == "table" and self.tables:
            t = self.tables.pop()
            rows = _grid(t["rows"])
            if self.tables and self.tables[-1]["cell"] is not None:  # a table inside a cell: its rows as lines
                self.tables[-1]["cell"].append("".join(f"<p>{' '.join(c for c in cells if c != MERGED)}</p>"
                                                       for cells, _ in rows))
            else:
                self.lines += rows
        elif tag in _BOLD:
            self._write("</b>")
        elif tag in ("ul", "ol") and in_cell:
            return
        elif tag in _BLOCKS or tag in ("ul", "ol"):
            if in_cell:
                self._write("</li>" if tag == "li" else "</p>")
            else:
                self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._write(data.replace("<", "&lt;"))  # text, never a tag of its own

    def close(self) -> None:
        super().close()
        self._flush()


def _int(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


def _cell_text(raw: str) -> str:
    """A cell's fragments, spaces collapsed, empty paragraphs and bold runs dropped; a cell of one plain paragraph
    is written without its ``<p>``."""
    text = re.sub(r"\s+", " ", raw).strip()
    text = re.sub(r"<b>\s*</b>|<(p|li)>\s*</\1>", "", text)
    text = re.sub(r"\s*(</?(?:p|li)>|<br>)\s*", r"\1", text).strip()
    if text.count("<p>") == 1 and text.startswith("<p>") and text.endswith("</p>") and "<li>" not in text \
            and "<br>" not in text:
        text = text[3:-4]
    if "<li>" in text:
        text = f"<ul>{text}</ul>"
    return text


def _grid(rows: list[tuple[list[tuple[str, int, int]], int]]) -> list[tuple[list[str], int]]:
    """Rows of (text, colspan, rowspan) cells laid on the table's grid: a cell spanning columns is followed by
    empty cells (unless it is the row's only cell), a cell spanning rows is :data:`MERGED` in the rows below."""
    out: list[tuple[list[str], int]] = []
    pending: dict[int, int] = {}  # column → rows still covered by a cell above
    for cells, line in rows:
        grid: list[str] = []
        col = 0
        queue = list(cells)
        while queue or any(c >= col for c in pending):
            if pending.get(col, 0) > 0:
                grid.append(MERGED)
                pending[col] -= 1
                col += 1
                continue
            if not queue:
                break
            text, colspan, rowspan = queue.pop(0)
            width = colspan if len(cells) > 1 or rowspan > 1 else 1
            grid += [text] + [""] * (width - 1)
            if rowspan > 1:
                pending[col] = rowspan - 1
            col += width
        pending = {c: n for c, n in pending.items() if n > 0}
        out.append((grid, line))
    return out


def html_lines(text: str) -> list[tuple[list[str], int]]:
    """The lines of a web page: (cells, source line number)."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return reader.lines
