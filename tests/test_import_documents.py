"""Reading plans as they really come: the seed text, and DOCX / PDF documents generated here from it (python-docx,
fpdf2) — the same plan read from the three kinds of input gives the same projects, members and budget lines."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders.importer.cleaning import bold_segments, parts, plain
from loaders.importer.documents import read_document
from loaders.importer.structure import parse_plan
from tests.conftest import SEEDS

PACTE = SEEDS / "000_8d051541b2e0ba72.txt"
FONT_DIRS = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]


def seed_excerpt(path: Path, start: str, end: str | None = None) -> str:
    """The lines of a seed from the first line containing ``start`` to the line before the one containing ``end``."""
    lines = path.read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if start in ln)
    j = next((k for k, ln in enumerate(lines) if end and k > i and end in ln), len(lines))
    return "\n".join(lines[i:j])


def _blocks(text: str):
    """Consecutive tab-separated lines make a table; other lines are paragraphs."""
    table: list[list[str]] = []
    for line in text.split("\n"):
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        if table:
            yield "table", table
            table = []
        if plain(line):
            yield "p", line
    if table:
        yield "table", table


def make_docx(text: str, path: Path) -> Path:
    """A Word document with the text's paragraphs and tables; a cell's parts are paragraphs, bold stays bold."""
    import docx

    d = docx.Document()
    for kind, block in _blocks(text):
        if kind == "p":
            d.add_paragraph(plain(block))
            continue
        width = max(len(r) for r in block)
        table = d.add_table(rows=0, cols=width)
        for cells in block:
            row = table.add_row().cells
            for cell, raw in zip(row, cells):
                bold = set(bold_segments(raw))
                cell.paragraphs[0].text = ""
                for k, part in enumerate(parts(raw)):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    p.add_run(part).bold = part in bold
    d.save(path)
    return path


def make_html(text: str, path: Path, encoding: str = "utf-8") -> Path:
    """The text as a word processor saves it as a web page: head and style, paragraphs with spans, accents as
    entities (Windows-1252 otherwise), tables whose cells hold one paragraph per part, line breaks inside tags."""
    import html

    def para(part: str, bold: set[str]) -> str:
        inner = html.escape(part, quote=False).encode("ascii", "xmlcharrefreplace").decode()
        inner = inner.replace("&#233;", "&eacute;")
        return f'<p class="MsoNormal"><span style="font-size:10pt">{f"<b>{inner}</b>" if part in bold else inner}' \
               "</span></p>"

    out = [f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={encoding}">\n'
           "<title>Plan</title>\n<style>\np.MsoNormal {margin:0cm; font-family:Calibri}\n</style>\n</head>\n<body>"]
    for kind, block in _blocks(text):
        if kind == "p":
            out.append(para(plain(block), set(bold_segments(block))))
            continue
        out.append('<table class="MsoTableGrid" border="1"\n cellspacing="0">')
        for cells in block:
            out.append(" <tr>\n" + "\n".join(
                f'  <td valign="top">\n  {"".join(para(x, set(bold_segments(raw))) for x in parts(raw))}</td>'
                for raw in cells) + "\n </tr>")
        out.append("</table>")
    out.append("</body>\n</html>\n")
    path.write_bytes("\n".join(out).encode(encoding))
    return path


def make_markdown(text: str, path: Path) -> Path:
    """The text as a Markdown export: paragraphs (bold as ``**``), pipe tables whose cells join their parts with
    ``<br>``, dollars and bars escaped as exporters write them."""
    def md(raw: str, bold: set[str]) -> str:
        return "<br>".join(f"**{x}**" if x in bold else x for x in parts(raw)).replace("$", "\\$").replace(
            "|", "\\|")

    out = []
    for kind, block in _blocks(text):
        if kind == "p":
            out += [md(block, set(bold_segments(block))), ""]
            continue
        width = max(len(r) for r in block)
        rows = [[md(c, set(bold_segments(c))) for c in r + [""] * (width - len(r))] for r in block]
        out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def _font() -> Path | None:
    for d in FONT_DIRS:
        if d.exists():
            for f in d.rglob("DejaVuSans.ttf"):
                return f
    return None


def make_pdf(text: str, path: Path, max_cell: int = 350, unicode_font: bool = True) -> Path:
    """A PDF with the text's paragraphs and bordered tables (fpdf2). Uses DejaVu Sans when installed, else the
    core Helvetica font with the text reduced to Latin-1 (enough for French)."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    font = _font() if unicode_font else None
    if font:
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=7)
        enc = lambda s: s  # noqa: E731
    else:
        pdf.set_font("Helvetica", size=7)
        table = {"’": "'", "–": "-", "—": "-", "œ": "oe", "Œ": "OE", "•": "-", "→": "-", "“": '"', "”": '"',
                 "…": "...", "\u202f": " "}
        enc = lambda s: "".join(table.get(c, c) for c in s).encode("latin-1", "replace").decode("latin-1")  # noqa
    for kind, block in _blocks(text):
        if kind == "p":
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(0, 4, enc(plain(block)))
            continue
        width = max(len(r) for r in block)
        with pdf.table(col_widths=[1] * width, text_align="LEFT", line_height=3.2, first_row_as_headings=False) as t:
            for cells in block:
                row = t.row()
                for raw in cells + [""] * (width - len(cells)):
                    cell = " ".join(parts(raw))
                    row.cell(enc(cell if len(cell) <= max_cell else cell[:max_cell].rsplit(" ", 1)[0]))
        pdf.ln(2)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def logement(tmp_path_factory) -> dict[str, Path]:
    """The Logement priority of the PACTE plan as text, DOCX, PDF, web page and Markdown."""
    text = "Plan d'action de L'Assomption 2026-2028\n" + seed_excerpt(PACTE, "<b>Axe d'intervention :</b>\tLogement",
                                                                     "<b>Axe d'intervention :</b>\tReconnaissance")
    d = tmp_path_factory.mktemp("logement")
    txt = d / "logement.txt"
    txt.write_text(text, encoding="utf-8")
    return {"txt": txt, "docx": make_docx(text, d / "logement.docx"), "pdf": make_pdf(text, d / "logement.pdf"),
            "pdf-latin1": make_pdf(text, d / "logement-latin1.pdf", unicode_font=False),
            "html": make_html(text, d / "logement.html"),
            "html-cp1252": make_html(text, d / "logement-cp1252.htm", encoding="windows-1252"),
            "md": make_markdown(text, d / "logement.md")}


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf", "pdf-latin1", "html", "html-cp1252", "md"])
def test_same_plan_from_text_word_and_pdf(logement, kind):
    doc = read_document(logement[kind])
    assert doc.kind == kind.split("-")[0]
    assert any(line.is_row for line in doc.lines), "tables must come out as rows of cells"
    if kind.startswith("pdf"):
        assert all(line.page for line in doc.lines)
    ex = parse_plan(doc)
    assert ex.period == (2026, 2028)
    assert "Logement" in ex.themes
    titles = [p.title for p in ex.projects]
    assert any("Concerter/Mobiliser" in t for t in titles)
    assert any("Pas dans ma cour" in t for t in titles)
    assert len(ex.projects) == 3
    budget = {(b.fiscal_year, b.amount) for b in ex.budgets}
    assert {("2026-2027", "1 080$"), ("2027-2028", "1 080$"), ("2026-2027", "8 640$"), ("2027-2028", "6 480$"),
            ("2026-2027", "2 000$")} <= budget
    members = {m.mention for m in ex.members if m.committee == "Comité porteur Logement"}
    assert {"OMHRN", "Havre du petit village", "Les amandiers", "CISSS", "Un toit pour tous"} <= members
    partners = {r.mention for r in ex.roles if r.rel == "PARTNER_IN" and r.role == "partenaire"}
    assert "OMHRN" in partners
    src = ex.budgets[0].source
    assert src.document == logement[kind].name and re.fullmatch(r"(l|p)\. \d+", src.where)
    assert "Logement" in src.section


def test_docx_keeps_bold_titles_and_cell_paragraphs(logement):
    doc = read_document(logement["docx"])
    row = next(ln for ln in doc.lines if ln.is_row and "PROJET 3" in ln.text)
    assert "<b>" in row.text and "\n" in row.text


def test_unknown_format_and_missing_file(tmp_path):
    bad = tmp_path / "plan.odt"
    bad.write_text("x")
    with pytest.raises(ValueError, match="format non pris en charge"):
        read_document(bad)
    with pytest.raises(ValueError, match="introuvable"):
        read_document(tmp_path / "absent.docx")


def test_text_in_windows_1252(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes("Plan d'action 2009-2010\nComité régional en logement".encode("cp1252"))
    ex = parse_plan(read_document(path))
    assert ex.period == (2009, 2010)


def test_a_word_plan_of_another_shape(tmp_path):
    """A plan the importer was not tuned on: other headers (« Porteur », one budget column per fiscal year),
    a responsible cell merged over two rows, a shared budget cell, amounts without « $ »."""
    import docx

    d = docx.Document()
    d.add_paragraph("Table de concertation jeunesse — Plan d'action 2025-2027")
    d.add_paragraph("ENJEU 1 : PERSÉVÉRANCE SCOLAIRE")
    t = d.add_table(rows=4, cols=5)
    for cell, text in zip(t.rows[0].cells, ["Actions", "Porteur", "Partenaires", "2025-2026", "2026-2027"]):
        cell.text = text
    rows = [["Projet 1 - Ateliers de devoirs", "Maison des jeunes du Coteau", "Écoles; CISSS", "12 500 $", "10 000"],
            ["Projet 2 - Soutien aux parents", "", "Organismes communautaires, Ville de Joliette", "4 000 $", ""],
            ["Projet 3 - Mentorat", "Carrefour jeunesse-emploi de Joliette fiduciaire", "", "", "7 500 $"]]
    for r, values in zip(t.rows[1:], rows):
        for cell, text in zip(r.cells, values):
            cell.text = text
    t.cell(1, 1).merge(t.cell(2, 1))  # the same organization carries projects 1 and 2
    t.cell(1, 1).text = "Maison des jeunes du Coteau"
    t.cell(2, 4).merge(t.cell(3, 4))
    path = tmp_path / "jeunesse.docx"
    d.save(path)

    ex = parse_plan(read_document(path))
    assert ex.period == (2025, 2027)
    assert list(ex.themes) == ["Persévérance scolaire"]
    titles = [p.title for p in ex.projects]
    assert titles == ["Ateliers de devoirs", "Soutien aux parents", "Mentorat"]
    leads = {(r.project.rsplit("#", 1)[1], r.mention) for r in ex.roles if r.rel == "LEADS"}
    assert leads == {("1", "Maison des jeunes du Coteau"), ("2", "Maison des jeunes du Coteau")}
    fid = {(r.project.rsplit("#", 1)[1], r.mention) for r in ex.roles if r.rel == "FIDUCIARY_OF"}
    assert fid == {("3", "Carrefour jeunesse-emploi de Joliette")}
    partners = {r.mention for r in ex.roles if r.rel == "PARTNER_IN"}
    assert {"CISSS", "Ville de Joliette", "Écoles", "Organismes communautaires"} <= partners
    budget = sorted((b.fiscal_year, b.amount, tuple(k.rsplit("#", 1)[1] for k in b.projects)) for b in ex.budgets)
    assert budget == [("2025-2026", "12 500$", ("1",)), ("2025-2026", "4 000$", ("2",)),
                      ("2026-2027", "10 000$", ("1",)), ("2026-2027", "7 500$", ("2", "3"))]
