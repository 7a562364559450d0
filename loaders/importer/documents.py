"""Reading a plan d'action into located lines: text files, Word documents (paragraphs and tables) and PDF files
(text and tables). A line is one paragraph, or one table row split into cells.

>>> doc = Document.from_text("plan.txt", "Titre\\nA\\tB\\n")
>>> [(l.number, l.cells) for l in doc.lines]
[(1, ['Titre']), (2, ['A', 'B'])]
>>> doc.where(doc.lines[1])
'l. 2'
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from loaders.importer.columns import space_tables, unflatten_numbered
from loaders.importer.pasted import rejoin_rows

SUPPORTED = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
#: The text of a table cell covered by the cell above it (vertically merged in Word).
MERGED = "\u2063"


@dataclass
class Line:
    """A paragraph (one cell) or a table row (several cells), with where it is in the document."""

    cells: list[str]
    number: int
    page: int | None = None

    @property
    def text(self) -> str:
        return "\t".join(self.cells)

    @property
    def is_row(self) -> bool:
        return len(self.cells) > 1


@dataclass
class Document:
    name: str
    kind: str
    lines: list[Line] = field(default_factory=list)

    def where(self, line: Line) -> str:
        """``p. 3`` for paged documents (PDF), else ``l. 42`` (line, paragraph or table row number)."""
        return f"p. {line.page}" if line.page else f"l. {line.number}"

    @property
    def fingerprint(self) -> str:
        """A digest of the document's text: the same plan read again gives the same fingerprint."""
        h = hashlib.sha256()
        for line in self.lines:
            h.update(line.text.encode("utf-8") + b"\n")
        return h.hexdigest()[:16]

    @classmethod
    def from_text(cls, name: str, text: str, kind: str = "txt") -> Document:
        text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
        if kind != "txt":
            return cls(name, kind, [Line(raw.split("\t"), i) for i, raw in enumerate(text.split("\n"), start=1)])
        # text extracted with its layout: space-aligned tables as rows, the rest's two-column pages column by column
        out: list[Line] = []
        run: list[tuple[int, str]] = []
        numbered = rejoin_rows(list(enumerate(text.split("\n"), start=1)))  # rows a browser copy broke
        for number, cells in space_tables(numbered) + [(0, ["", ""])]:
            if len(cells) == 1:
                run.append((number, cells[0]))
                continue
            out += [Line(raw.split("\t"), i) for i, raw in unflatten_numbered(run)]
            run = []
            if number:
                out.append(Line(cells, number))
        return cls(name, kind, out)


def read_document(path: Path) -> Document:
    """Read a ``.txt`` (UTF-8 or Windows-1252), ``.md``, ``.html``, ``.docx`` or ``.pdf`` plan; ``ValueError`` (in
    French) otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ValueError(f"fichier introuvable : {path}")
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix in (".html", ".htm"):
        return read_html(path)
    if suffix in (".md", ".markdown"):
        from loaders.importer.markdown_document import markdown_lines

        lines = markdown_lines(_decoded(path.read_bytes()))
        return Document(path.name, "md", [Line(cells, number) for cells, number in lines])
    if suffix in SUPPORTED:
        return Document.from_text(path.name, _decoded(path.read_bytes()))
    raise ValueError(f"format non pris en charge « {suffix} » ; attendu : .docx, .pdf, .html, .md ou .txt")


def _decoded(data: bytes) -> str:
    """A text file's bytes: UTF-8, else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def read_html(path: Path) -> Document:
    """A web page (:mod:`~loaders.importer.html_document`), in the encoding its ``<meta charset>`` names (UTF-8 or
    Windows-1252, Word's « page Web filtrée »)."""
    from loaders.importer.html_document import html_lines

    data = path.read_bytes()
    declared = re.search(rb"charset=[\"']?([\w-]+)", data[:4096], re.I)
    encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        text = data.decode("utf-8-sig" if encoding in ("utf-8", "utf8") else encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("cp1252", errors="replace")
    return Document(path.name, "html", [Line(cells, number) for cells, number in html_lines(text)])


def read_docx(path: Path) -> Document:
    """Paragraphs and table rows in document order; a cell's paragraphs are kept as separate lines of the cell."""
    import docx
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    try:
        d = docx.Document(str(path))
    except Exception as e:  # not a Word file
        raise ValueError(f"document Word illisible ({e})") from e
    doc = Document(path.name, "docx")
    number = 0
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            number += 1
            par = Paragraph(child, d)
            text = _paragraph_text(par)
            if text.strip() and _is_list_item(par):
                text = "• " + text.lstrip()  # a Word bulleted or numbered list item reads as a bulleted line
            doc.lines.append(Line([text], number))
        elif tag == "tbl":
            table = Table(child, d)
            rows = []
            for row in table.rows:
                number += 1
                cells, spans = [], []
                for tc in row._tr.tc_lst:  # a merged cell is written once: its text is not repeated
                    spans.append(tc.grid_span)
                    if tc.vMerge == "continue":
                        cells.append(MERGED)
                        continue
                    cell = _Cell(tc, table)
                    cells.append("\n".join(_paragraph_text(p) for p in cell.paragraphs))
                if len(cells) > 1:  # a cell merged across columns keeps the others in their columns
                    cells = [x for c, n in zip(cells, spans) for x in [c] + [""] * (n - 1)]
                rows.append((Line(cells, number), spans))
            doc.lines += _two_row_header(rows)
    return doc


def _two_row_header(rows: list[tuple[Line, list[int]]]) -> list[Line]:
    """A table's rows, its header made one row where it is written on two: a first row with a cell merged across
    columns (« Budget demandé » over three years) and a second row naming those columns under it, the first row's
    other cells merged down over it. The columns under a merged cell are named by both (« Budget demandé
    2026-2027 »)."""
    lines = [line for line, _ in rows]
    if len(rows) < 2 or max(rows[0][1]) < 2:
        return lines
    top, under = lines[0].cells, lines[1].cells
    if len(top) != len(under) or MERGED not in under:
        return lines
    owners, col = [], 0
    for n in rows[0][1]:
        owners += [col] * n
        col += n
    if any(u == MERGED and top[i] in ("", MERGED) for i, u in enumerate(under)) or \
            any(u not in ("", MERGED) and rows[0][1][_span_index(rows[0][1], i)] < 2 for i, u in enumerate(under)):
        return lines
    cells = [top[i] if under[i] == MERGED else f"{top[owners[i]]} {under[i]}".strip() for i in range(len(top))]
    return [Line(cells, lines[0].number)] + lines[2:]


def _span_index(spans: list[int], column: int) -> int:
    """The index of the (possibly merged) cell of a row that covers ``column``."""
    end = 0
    for i, n in enumerate(spans):
        end += n
        if column < end:
            return i
    return len(spans) - 1


def _is_list_item(p) -> bool:
    """A Word list paragraph: a « List … » style (List Bullet, List Number, List Paragraph) or a numbering."""
    try:
        style = (p.style.name or "") if p.style is not None else ""
    except (KeyError, AttributeError):  # pragma: no cover - a style missing from the document
        style = ""
    ppr = p._p.pPr
    return style.lower().startswith(("list", "liste")) or (ppr is not None and ppr.numPr is not None)


def _paragraph_text(p) -> str:
    """A paragraph's text; bold runs are kept as ``<b>…</b>`` (titles of projects are often bold)."""
    out = []
    for run in p.runs:
        t = run.text
        if t and run.bold and t.strip():
            out.append(f"<b>{t}</b>")
        else:
            out.append(t)
    text = "".join(out)
    return text if text.strip() else p.text


def read_pdf(path: Path) -> Document:
    """Text lines and table rows of each page, in reading order (top to bottom); a table cell's lines are joined
    where the text wrapped (:func:`_pdf_cell`)."""
    import pdfplumber

    doc = Document(path.name, "pdf")
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as e:
        raise ValueError(f"document PDF illisible ({e})") from e
    number = 0
    with pdf:
        for page_no, page in enumerate(pdf.pages, start=1):
            items: list[tuple[float, list[str]]] = []
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            for t in tables:
                for row in t.rows:
                    texts = [_pdf_cell(page, bbox) if bbox else "" for bbox in row.cells]
                    if any(x.strip() for x in texts):
                        items.append((row.bbox[1], [x.strip() for x in texts]))

            def outside(obj, boxes=boxes) -> bool:
                x0, top, x1, bottom = obj.get("x0", 0), obj.get("top", 0), obj.get("x1", 0), obj.get("bottom", 0)
                return not any(b[0] - 1 <= x0 and x1 <= b[2] + 1 and b[1] - 1 <= top and bottom <= b[3] + 1
                               for b in boxes)

            free = page.filter(outside) if boxes else page
            for line in free.extract_text_lines(return_chars=False):
                items.append((line["top"], [line["text"]]))
            for _, cells in sorted(items, key=lambda x: x[0]):
                number += 1
                doc.lines.append(Line(cells, number, page_no))
    return doc


def _pdf_cell(page, bbox: tuple[float, float, float, float]) -> str:
    """A table cell's text, its lines joined by a space where the text wrapped — the next line's first word could
    not fit on the line and the line goes on with the same name (:func:`~names.continues_name`) — and by a line
    break where the writer ended the line (one name per line)."""
    from loaders.importer.names import continues_name

    x0, top, x1, bottom = bbox
    lines = page.within_bbox((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5)).extract_text_lines(return_chars=True)
    if not lines:
        return ""
    # the text's right limit: the left padding mirrored, less a margin (a writer wraps a little before the edge)
    right = x1 - max(1.0, min(ln["x0"] for ln in lines) - x0) - 0.08 * (x1 - x0)
    out = lines[0]["text"]
    for before, after in zip(lines, lines[1:]):
        word = after["text"].split(" ")[0]
        chars = after["chars"][: len(word)]
        width = (chars[-1]["x1"] - chars[0]["x0"]) if chars else 0
        space = 0.25 * (chars[0]["size"] if chars else 10)
        wrapped = before["x1"] + space + width > right
        if wrapped and continues_name(before["text"], after["text"]):
            out += ("" if before["text"].endswith("-") and after["text"][:1].islower() else " ") + after["text"]
        else:
            out += "\n" + after["text"]
    return out

