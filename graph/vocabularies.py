"""Controlled vocabularies (sectors, committee kinds, statuses…) read from CSV data files.

The vocabularies are data, not code: a concertation can adapt ``data/vocabularies/sectors.csv`` (or point
``MAILLAGE_VOCABULARY_DIR`` at a folder of its own files) without touching Maillage.

>>> vocab = load_vocabulary(DEFAULT_DIR / "sectors.csv")
>>> vocab.label("sante_services_sociaux")
'Santé et services sociaux'
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data" / "vocabularies"


@dataclass(frozen=True)
class Term:
    code: str
    label_fr: str
    label_en: str
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    @property
    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def __contains__(self, code: object) -> bool:
        return any(t.code == code for t in self.terms)

    def term(self, code: str) -> Term:
        for t in self.terms:
            if t.code == code:
                return t
        raise KeyError(code)

    def label(self, code: str, lang: str = "fr") -> str:
        t = self.term(code)
        return t.label_fr if lang == "fr" else t.label_en


def vocabulary_dir() -> Path:
    """The folder vocabularies are read from (``MAILLAGE_VOCABULARY_DIR`` overrides the shipped one)."""
    override = os.environ.get("MAILLAGE_VOCABULARY_DIR")
    return Path(override) if override else DEFAULT_DIR


def load_vocabulary(path: Path) -> Vocabulary:
    """Read one vocabulary CSV with columns ``code,label_fr,label_en`` and any extra columns."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    terms = []
    for row in rows:
        code = (row.pop("code") or "").strip()
        if not code:
            continue
        terms.append(Term(code, row.pop("label_fr", code), row.pop("label_en", code), dict(row)))
    return Vocabulary(path.stem, tuple(terms))
