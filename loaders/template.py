"""The empty data template, derived from the schema: one sheet (or CSV file) per type, French headers, and a
``LISEZMOI`` sheet describing every column and vocabulary."""
from __future__ import annotations

import csv
from pathlib import Path

from graph.schema import NodeType, Schema, load_schema, node_properties, rel_properties
from loaders.rows import PERIOD, SOURCE

TYPE_HELP = {
    "string": "texte", "text": "texte long", "list": "liste séparée par « ; »", "money": "montant (« 17 280$ »)",
    "year": "année (« 2026 »)", "fiscal_year": "année financière (« 2026-2027 »)",
    "date": "date (« 2009-03-31 », « 2009-09 »)", "integer": "nombre entier", "number": "nombre",
    "boolean": "oui / non",
}


def columns(t) -> list[tuple[str, str]]:
    """(French header, description) of every column of a table of type ``t``."""
    out = []
    if isinstance(t, NodeType):
        for p in node_properties(t).values():
            desc = TYPE_HELP.get(p.type, p.type) + (" — obligatoire" if p.required else "")
            if p.vocabulary:
                desc += f" — code du vocabulaire « {p.vocabulary} »"
            out.append((p.fr or p.name, desc))
        for link in t.links.values():
            out.append((link.fr or link.column, f"identifiant(s) lié(s) par {link.rel}" + (" ; liste" if link.list else "")))
        if t.period:
            out.append((PERIOD.fr, "période (« 2026 - 2028 ») : remplit " + " et ".join(t.period)))
    else:
        out += [("de", f"identifiant d'origine ({' ou '.join(t.from_labels)}) — obligatoire"),
                ("vers", f"identifiant de destination ({' ou '.join(t.to_labels)}) — obligatoire")]
        for p in rel_properties(t).values():
            desc = TYPE_HELP.get(p.type, p.type) + (" — obligatoire" if p.required else "")
            if p.vocabulary:
                desc += f" — code du vocabulaire « {p.vocabulary} »"
            out.append((p.fr or p.name, desc))
    out.append((SOURCE.fr, "d'où vient le fait : document et section (liste)"))
    return out


def write_template(out: Path, schema: Schema | None = None) -> list[Path]:
    """Write the empty template: an XLSX workbook if ``out`` ends in ``.xlsx``, else a folder of CSV files."""
    schema = schema or load_schema()
    types = [*schema.nodes.values(), *schema.relationships.values()]
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        help_ws = wb.active
        help_ws.title = "LISEZMOI"
        help_ws.append(["feuille", "colonne", "description"])
        for t in types:
            ws = wb.create_sheet(t.fr[:31])
            ws.append([h for h, _ in columns(t)])
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for h, desc in columns(t):
                help_ws.append([t.fr, h, desc])
        help_ws.append([])
        help_ws.append(["vocabulaire", "code", "libellé"])
        for name, vocab in schema.vocabularies.items():
            for term in vocab.terms:
                help_ws.append([name, term.code, term.label_fr])
        wb.save(out)
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for t in types:
        path = out / f"{t.fr}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerow([h for h, _ in columns(t)])
        files.append(path)
    return files
