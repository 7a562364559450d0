"""Reading input files into tables: CSV files (UTF-8, UTF-8 with BOM or Windows-1252; ``,`` ``;`` or tab) and
XLSX workbooks (one table per sheet)."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from loaders.problems import Location, Problem
from loaders.values import clean_text

#: Sheets of a workbook that are instructions, not data (the template's own help sheet).
SKIPPED_SHEETS = {"lisezmoi", "readme", "aide", "instructions"}


@dataclass
class Table:
    """One file or sheet: its name (which says what it holds), its headers and its non-empty rows."""

    name: str
    file: str
    sheet: str | None
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)

    def location(self, row: int | None = None) -> Location:
        return Location(self.file, self.sheet, row)


def display_name(path: Path) -> str:
    """A file as provenance shows it: its folder and name (``000-pacte/organizations.csv``)."""
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def decode(data: bytes) -> str:
    """Text of a CSV file: UTF-8 (BOM or not), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def read_csv(path: Path) -> Table:
    text = decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(first))
    rows = list(reader)
    headers = [clean_text(h) for h in rows[0]] if rows else []
    table = Table(path.stem, display_name(path), None, headers)
    for i, row in enumerate(rows[1:], start=2):
        cells = [clean_text(c) for c in row]
        if any(cells):
            table.rows.append((i, cells))
    return table


def _cell(value) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(value)


def read_xlsx(path: Path) -> list[Table]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    tables = []
    try:
        for ws in wb.worksheets:
            if ws.title.strip().lower() in SKIPPED_SHEETS:
                continue
            it = ws.iter_rows(values_only=True)
            header_row = next(it, None)
            if header_row is None:
                continue
            headers = [_cell(h) for h in header_row]
            while headers and not headers[-1]:
                headers.pop()
            table = Table(ws.title, display_name(path), ws.title, headers)
            for i, row in enumerate(it, start=2):
                cells = [_cell(c) for c in row[: len(headers)]]
                if any(cells):
                    table.rows.append((i, cells))
            tables.append(table)
    finally:
        wb.close()
    return tables


def expand(paths: list[Path]) -> list[Path]:
    """Files to read: the files given, and the ``.csv`` / ``.xlsx`` files of the folders given, sorted."""
    out = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.suffix.lower() in (".csv", ".xlsx") and x.is_file()))
        else:
            out.append(p)
    return out


def read_tables(paths: list[Path]) -> tuple[list[Table], list[Problem]]:
    tables, problems = [], []
    for path in expand(paths):
        suffix = path.suffix.lower()
        if not path.exists():
            problems.append(Problem(Location(str(path)), "fichier introuvable"))
        elif suffix == ".csv":
            tables.append(read_csv(path))
        elif suffix in (".xlsx", ".xlsm"):
            try:
                tables.extend(read_xlsx(path))
            except Exception as e:  # a corrupt or non-XLSX file
                problems.append(Problem(Location(display_name(path)), f"classeur XLSX illisible ({e})"))
        else:
            problems.append(Problem(Location(display_name(path)), "format non pris en charge ; attendu : .csv ou .xlsx"))
    return tables, problems
