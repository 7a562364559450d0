"""The review workbook: one sheet per proposed type (sheet names and column headers are the schema's French
names, so the accepted rows are exactly what the tabular loaders read), review columns around them (décision with
a drop-down accepter / rejeter, confiance shaded by level, statut, the matched entity, the alternatives and the
exact source), a frozen header, widths, filters, and a LISEZMOI sheet that explains how to review.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.schema import Schema, load_schema, node_properties, rel_properties
from loaders.importer.proposals import SHEETS, Review, Row
from loaders.rows import SOURCE
from loaders.values import clean_text

DECISION, CONFIDENCE, STATUS = "décision", "confiance", "état"
MENTION, MATCH, ALTERNATIVES = "mention (texte du plan)", "correspondance", "alternatives"
FROM_LABEL, TO_LABEL = "nom (de)", "nom (vers)"
DOCUMENT, WHERE, SECTION, SNIPPET, NOTE = "document", "emplacement", "section", "extrait", "remarque"
KEY, PROPOSED = "clé", "id_proposé"
FRONT = (DECISION, CONFIDENCE, STATUS)
BACK = (MENTION, MATCH, ALTERNATIVES, FROM_LABEL, TO_LABEL, DOCUMENT, WHERE, SECTION, SNIPPET, NOTE, KEY, PROPOSED)
REVIEW_COLUMNS = set(FRONT) | set(BACK)
META_SHEET = "_import"
LISTS_SHEET = "_listes"
HELP_SHEET = "LISEZMOI"
DECISIONS = ("accepter", "rejeter")

HELP = [
    "Revue d'un plan d'action importé dans Maillage",
    "",
    "Rien n'a encore été écrit dans le graphe. Chaque feuille propose des éléments lus dans le document : "
    "organisations, comités, membres, projets, financements (lignes budgétaires), responsables, fiduciaires, "
    "partenaires, enjeux, le plan (sa période) et les personnes.",
    "",
    "Comment réviser :",
    "1. Colonne « décision » : laissez « accepter » ou choisissez « rejeter » dans la liste. Une ligne rejetée "
    "n'est pas chargée et ne sera plus proposée comme nouvelle lors d'un prochain import du même plan.",
    "2. Colonne « confiance » : vert = sûr, jaune = à vérifier, rouge = douteux (nouvelle organisation, nom "
    "approximatif). Commencez par les lignes rouges.",
    "3. Colonne « état » : « existant » = déjà dans le graphe (rien ne sera dupliqué) ; « nouveau » = sera créé ; "
    "« nouveau — à vérifier » = organisation inconnue du graphe et du dictionnaire.",
    "4. Pour rattacher une organisation proposée à une organisation existante, remplacez son « identifiant » par "
    "celui de l'organisation existante (voir la colonne « alternatives ») : toutes les lignes qui la citent "
    "suivront.",
    "5. Vous pouvez corriger les valeurs (nom, secteur, rôle, montant…). Les colonnes à droite (mention, "
    "document, emplacement, extrait) disent d'où vient chaque ligne.",
    "6. Les organisations « existant » ne sont pas modifiées : seuls l'alias lu dans le plan et la provenance "
    "sont ajoutés.",
    "7. Feuille « personnes » : DONNÉES PERSONNELLES (Loi 25). Une personne n'est chargée que si vous inscrivez "
    "« accepter » ; laissée vide, elle est ignorée (ainsi que ses appartenances aux comités).",
    "8. Rejeter une organisation, un comité ou un projet retire aussi les lignes qui en dépendent.",
    "",
    "Appliquer ensuite : maillage import --apply revue.xlsx (tout ou rien : en cas d'erreur, rien n'est écrit et "
    "chaque erreur nomme la feuille, la ligne, la colonne et la valeur).",
]


@dataclass
class ReviewSheet:
    type_name: str
    title: str
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


@dataclass
class ReviewBook:
    path: Path
    meta: dict[str, str]
    sheets: dict[str, ReviewSheet]


def columns(schema: Schema, type_name: str) -> list[tuple[str, str]]:
    """(value key, French header) of the schema columns of one sheet, in schema order."""
    if type_name in schema.nodes:
        t = schema.node(type_name)
        out = [(p.name, p.fr or p.name) for p in node_properties(t).values()]
        out += [(link.column, link.fr or link.column) for link in t.links.values()]
    else:
        t = schema.rel(type_name)
        out = [("from", "de"), ("to", "vers")] + [(p.name, p.fr or p.name) for p in rel_properties(t).values()]
    return out + [("source", SOURCE.fr)]


def _cell(value) -> str | float | int:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v not in (None, ""))
    return value


def write_review(review: Review, path: Path, schema: Schema | None = None) -> Path:
    """Write the review workbook (XLSX)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    schema = schema or load_schema()
    wb = Workbook()
    help_ws = wb.active
    help_ws.title = HELP_SHEET
    for line in HELP:
        help_ws.append([line])
    help_ws["A1"].font = Font(bold=True, size=14)
    help_ws.column_dimensions["A"].width = 130
    for row in help_ws.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    help_ws.append([])
    help_ws.append([f"Document : {review.document} (empreinte {review.fingerprint})"])
    help_ws.append([f"Concertation : {review.concertation} — plan : {review.plan}"])
    help_ws.append(["Feuilles : " + ", ".join(f"{_title(schema, s)} ({len(review.rows(s))})" for s in SHEETS)])

    lists = wb.create_sheet(LISTS_SHEET)
    vocab_ranges: dict[str, str] = {}
    for j, (name, vocab) in enumerate(schema.vocabularies.items(), start=1):
        letter = get_column_letter(j)
        lists.cell(1, j, name)
        for i, code in enumerate(vocab.codes, start=2):
            lists.cell(i, j, code)
        vocab_ranges[name] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(vocab.codes) + 1}"
    lists.sheet_state = "hidden"
    head_fill = PatternFill("solid", fgColor="1F4E78")
    fills = {"ok": PatternFill("solid", fgColor="C6EFCE"), "check": PatternFill("solid", fgColor="FFEB9C"),
             "doubt": PatternFill("solid", fgColor="FFC7CE")}
    grey = Font(color="808080", italic=True)
    for type_name in SHEETS:
        cols = columns(schema, type_name)
        headers = list(FRONT) + [h for _, h in cols] + list(BACK)
        ws = wb.create_sheet(_title(schema, type_name))
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for r in review.rows(type_name):
            ws.append(_row_values(r, cols))
        n = ws.max_row
        dv = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Décision",
                            error="Choisissez « accepter » ou « rejeter ».")
        ws.add_data_validation(dv)
        dv.add(f"A2:A{max(n, 2) + 200}")
        for j, (key, _) in enumerate(cols, start=len(FRONT) + 1):
            vocab = _vocabulary_of(schema, type_name, key)
            if vocab in vocab_ranges:  # codes of the vocabulary in a drop-down (lists are ";"-separated text)
                vdv = DataValidation(type="list", formula1=vocab_ranges[vocab], allow_blank=True,
                                     showErrorMessage=not _is_list(schema, type_name, key),
                                     errorTitle="Code inconnu", error=f"Choisissez un code du vocabulaire {vocab}.")
                ws.add_data_validation(vdv)
                vdv.add(f"{get_column_letter(j)}2:{get_column_letter(j)}{max(n, 2) + 200}")
        for i in range(2, n + 1):
            conf = ws.cell(i, 2).value or 0
            ws.cell(i, 2).fill = fills["ok" if conf >= 0.85 else "check" if conf >= 0.6 else "doubt"]
            ws.cell(i, 2).number_format = "0%"
            if ws.cell(i, 3).value == "existant":
                ws.cell(i, 3).font = grey
        widths = {DECISION: 11, CONFIDENCE: 10, STATUS: 22, "identifiant": 34, "nom": 42, "description": 50,
                  SNIPPET: 60, MENTION: 30, SECTION: 40, NOTE: 40, ALTERNATIVES: 30, FROM_LABEL: 30, TO_LABEL: 30,
                  "source": 40, "de": 30, "vers": 34}
        for j, h in enumerate(headers, start=1):
            ws.column_dimensions[get_column_letter(j)].width = widths.get(h, 16)
            if h in (KEY, PROPOSED):
                ws.column_dimensions[get_column_letter(j)].hidden = True
        ws.freeze_panes = "D2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(n, 1)}"
        if schema.nodes.get(type_name) and schema.node(type_name).private:
            ws.sheet_properties.tabColor = "C00000"  # personal data (Loi 25): red tab and header
            for cell in ws[1]:
                cell.fill = PatternFill("solid", fgColor="C00000")

    meta = wb.create_sheet(META_SHEET)
    for k, v in (("document", review.document), ("empreinte", review.fingerprint),
                 ("concertation", review.concertation), ("plan", review.plan), ("date", date.today().isoformat())):
        meta.append([k, v])
    meta.sheet_state = "hidden"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _property(schema: Schema, type_name: str, key: str):
    t = schema.nodes.get(type_name)
    props = node_properties(t) if t else rel_properties(schema.rel(type_name))
    return props.get(key)


def _vocabulary_of(schema: Schema, type_name: str, key: str) -> str | None:
    prop = _property(schema, type_name, key)
    return prop.vocabulary if prop else None


def _is_list(schema: Schema, type_name: str, key: str) -> bool:
    prop = _property(schema, type_name, key)
    return bool(prop and prop.type == "list")


def _title(schema: Schema, type_name: str) -> str:
    t = schema.nodes.get(type_name) or schema.rel(type_name)
    return t.fr[:31]


def _row_values(r: Row, cols: list[tuple[str, str]]) -> list:
    src = r.source
    values = [r.decision, round(r.confidence, 2), r.status]
    values += [_cell(r.values.get(k)) for k, _ in cols]
    values += [r.mention, r.match, "; ".join(r.alternatives), r.labels[0], r.labels[1],
               src.document if src else "", src.where if src else "", src.section if src else "",
               src.snippet if src else "", r.note, r.key, r.values.get("id", "")]
    return values


def read_review(path: Path, schema: Schema | None = None) -> ReviewBook:
    """The sheets of a (possibly edited) review workbook, with spreadsheet row numbers; ``ValueError`` in French
    when the file is not a review workbook."""
    from openpyxl import load_workbook

    schema = schema or load_schema()
    path = Path(path)
    if not path.exists():
        raise ValueError(f"classeur introuvable : {path}")
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as e:
        raise ValueError(f"classeur XLSX illisible ({e})") from e
    meta: dict[str, str] = {}
    if META_SHEET in wb.sheetnames:
        for k, v, *_ in wb[META_SHEET].iter_rows(values_only=True):
            if k:
                meta[str(k)] = clean_text(v)
    sheets: dict[str, ReviewSheet] = {}
    for ws in wb.worksheets:
        if ws.title in (META_SHEET, HELP_SHEET, LISTS_SHEET):
            continue
        try:
            t = schema.table(ws.title)
        except KeyError:
            continue
        rows = list(ws.iter_rows(values_only=True))
        if not rows:
            continue
        headers = [clean_text(h) for h in rows[0]]
        while headers and not headers[-1]:
            headers.pop()
        sheet = ReviewSheet(t.name, ws.title, headers)
        for i, row in enumerate(rows[1:], start=2):
            cells = {h: clean_text(v) if not isinstance(v, float) else v for h, v in zip(headers, row) if h}
            if any(v not in ("", None) for k, v in cells.items() if k not in (CONFIDENCE,)):
                sheet.rows.append((i, {k: ("" if v is None else v) for k, v in cells.items()}))
        sheets[t.name] = sheet
    if not meta and not sheets:
        raise ValueError("ce classeur n'est pas une revue d'import (aucune feuille reconnue)")
    return ReviewBook(path, meta, sheets)

