"""Load problems: each names the file, sheet, row, column and value at fault and what was expected."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Where a value comes from: a file (and sheet), a row number as a spreadsheet shows it, a column."""

    file: str
    sheet: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        out = self.file + (f" › feuille « {self.sheet} »" if self.sheet else "")
        return out + (f", ligne {self.row}" if self.row else "")

    @property
    def ref(self) -> str:
        """The compact form stored as ``loaded_from`` provenance: ``file[sheet]:row``."""
        return self.file + (f"[{self.sheet}]" if self.sheet else "") + (f":{self.row}" if self.row else "")


@dataclass(frozen=True)
class Problem:
    location: Location
    message: str
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        parts = [str(self.location)]
        if self.column:
            parts.append(f"colonne « {self.column} »")
        if self.value not in (None, ""):
            parts.append(f"valeur « {self.value} »")
        return ", ".join(parts) + " : " + self.message

    def as_dict(self) -> dict:
        return {
            "file": self.location.file,
            "sheet": self.location.sheet,
            "row": self.location.row,
            "column": self.column,
            "value": self.value,
            "message": self.message,
        }


class LoadRejected(Exception):
    """The input has problems: nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problème(s) ; rien n'a été écrit dans le graphe.")
