"""The label dictionary (``data/importer/labels.csv``): the many ways a French plan writes the label of a field
(« Organisme porteur », « Porteur(s) », « Maître d'œuvre », « Partenaires impliqués », « Fiduciaire », « Financement
demandé », « Échéancier », « Membres », « Est composé de »…) → one field: ``leads``, ``partners``, ``fiduciary``,
``budget``, ``schedule``, ``results``, ``indicators``, ``members``, ``committee``, ``funder`` (a bailleur de fonds:
an organization of the plan, never a project role) or ``funding`` (a source of funding: a program, read only for the
labels inside it, « Fonds X (bailleur : Y) »).

Every reader uses it the same way: table headers (:func:`header_field`), labelled paragraphs and bulleted field lines
(:func:`labelled`), labels inside a cell (:data:`CELL_LABELS`), inline « (label : X) » (:func:`inline`), member
lists introduced by « … est formé de : » (:data:`MEMBERS_PHRASE`). A label is matched whatever its accents, case,
plural (« Partenaires impliqués », « Porteur(s) », « Responsable(s) ») or apostrophe.

>>> labelled("<b>Organisme porteur :</b> Comptoir Le Phare")
('leads', 'Organisme porteur', 'Comptoir Le Phare')
>>> labelled("• Partenaires impliqués : Ville de Lac-Vert, Centre Horizon")[0], labelled("Maître d'œuvre : X")[0]
('partners', 'leads')
>>> labelled("Financement demandé : 2026-2027 : 9 500 $")[::2], labelled("Le porteur : voir plus haut.")
(('budget', '2026-2027 : 9 500 $'), None)
>>> labelled("Coût estimé 2025-2026 : 14 800 $")[::2]  # a fiscal year between the label and « : » belongs to the value
('budget', '2025-2026 : 14 800 $')
>>> header_field("Organisme(s) fiduciaire(s)"), header_field("Échéancier"), header_field("Objectifs")
('fiduciary', 'schedule', None)
>>> inline("Épicerie mobile (fiduciaire : CDC de Lac-Vert)")
('Épicerie mobile', [('fiduciary', 'CDC de Lac-Vert')])
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from loaders.importer.cleaning import fold, plain
from loaders.importer.knowledge import DATA_DIR

ROLE_FIELDS = ("leads", "partners", "fiduciary")
_ACCENTS = {"a": "aàâä", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "c": "cç"}


def _word(word: str) -> str:
    """A label word as a pattern: accents, case, « œ », apostrophes and plural marks (« (s) », « s », « (e)s »)
    optional."""
    out = ""
    w = fold(word.replace("œ", "oe"))
    i = 0
    while i < len(w):
        ch = w[i]
        if w[i:i + 2] == "oe":
            out += "(?:oe|œ)"
            i += 2
            continue
        if ch in "'’":
            out += "['’]"
        elif ch in _ACCENTS:
            out += f"[{_ACCENTS[ch]}]"
        else:
            out += re.escape(ch)
        i += 1
    if w in ("de", "d'"):
        return r"(?:des|du|de|d['’])"
    if w == "est":
        return r"(?:est|sont)"
    if w.endswith("'"):
        return out
    return out + r"(?:\((?:e|s|es|x)\))*(?:es|e|s|x)?"


def _pattern(label: str) -> str:
    words = label.split()
    pat = ""
    for i, w in enumerate(words):
        pat += _word(w)
        if i + 1 < len(words):
            pat += "" if w.endswith(("'", "’")) else r"\s+"
    return pat


@lru_cache(maxsize=1)
def entries() -> list[tuple[str, str, str]]:
    """(label, field, form) rows of the dictionary, longest label first."""
    with open(DATA_DIR / "labels.csv", encoding="utf-8", newline="") as f:
        rows = [(r["label"].strip(), r["field"].strip(), r["form"].strip()) for r in csv.DictReader(f)]
    return sorted(rows, key=lambda r: -len(r[0]))


def _alternation(forms: tuple[str, ...], fields: tuple[str, ...] | None = None) -> str:
    return "|".join(_pattern(lab) for lab, fld, form in entries()
                    if form in forms and (fields is None or fld in fields))


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern]:
    from loaders.importer.patterns import (
        FISCAL_YEAR,  # patterns reads labels: imported when first needed
    )

    labels = _alternation(("label",))
    roles = _alternation(("label",), ROLE_FIELDS + ("committee",))
    return {
        # « • Label : value » (a bullet, a number or nothing before it)
        "line": re.compile(rf"^(?:[-–•◦▪*·]\s*|\d+[.)]\s+)?((?:l['’]|les?\s+|la\s+)?(?:{labels}))"
                           rf"(?:\s+({FISCAL_YEAR}))?\s*:\s*(.+)$", re.I),
        "whole": re.compile(rf"^(?:organisme\(s\)\s+|organismes?\s+|les?\s+|la\s+)?(?:{_alternation(('label', 'header'))})"
                            r"\s*(?:\(s\))?\s*(?:\(\$\)|\$)?\s*:?$", re.I),
        "inline": re.compile(rf"\(\s*({labels})\s*:\s*([^()]+?)\s*\)", re.I),
        "cell": re.compile(rf"(?<![\w'’])({roles})\s*:", re.I),
        "members": re.compile(rf"\s+(?:{_alternation(('phrase',), ('members',))})(?:\s+(?:(?:les|des)\s+)?"
                              r"(?:organisations|organismes|membres|partenaires|personnes)\s+suivant(?:e|s|es)?)?\s*", re.I),
        "committee_head": re.compile(rf"\b((?:{_alternation(('head', 'label'), ('committee',))})\b.*)$", re.I),
    }


def field_of(label: str) -> str | None:
    """The field of a label as written (« Partenaires impliqués » → ``partners``).

    >>> field_of("Porteur(s)"), field_of("Organisme fiduciaire"), field_of("Chose")
    ('leads', 'fiduciary', None)
    """
    t = plain(label).strip(" :")
    for lab, fld, _ in entries():
        if re.fullmatch(rf"(?:l['’]|les?\s+|la\s+)?{_pattern(lab)}", t, re.I):
            return fld
    return None


def labelled(text: str) -> tuple[str, str, str] | None:
    """A labelled paragraph or field line: ``(field, label as written, value)``; ``None`` when the line does not
    start with a label of the dictionary followed by « : » and a value (the value is never a name of the label)."""
    m = _compiled()["line"].match(plain(text))
    if not m:
        return None
    label, value = m.group(1).strip(), m.group(3).strip()
    if m.group(2):
        value = f"{m.group(2)} : {value}"
    if re.match(r"(?i)^voir\b", value):
        return None
    fld = field_of(label)
    return (fld, label, value) if fld else None


def header_field(cell: str) -> str | None:
    """The field of a table header cell that is exactly a label (« Organisme(s) porteur(s) », « Partenaires
    associés », « Coût ($) »), else ``None``."""
    t = plain(cell).strip()
    if not t or len(t) > 60 or not _compiled()["whole"].match(t):
        return None
    for lab, fld, form in entries():
        if form in ("label", "header") and re.fullmatch(
                rf"(?:organisme\(s\)\s+|organismes?\s+|les?\s+|la\s+)?{_pattern(lab)}\s*(?:\(s\))?\s*"
                r"(?:\(\$\)|\$)?\s*:?", t, re.I):
            return fld
    return None


def inline(text: str) -> tuple[str, list[tuple[str, str]]]:
    """« Titre (fiduciaire : X) »: the text without its inline labelled parentheses, and their (field, value)."""
    found: list[tuple[str, str]] = []

    def take(m: re.Match) -> str:
        fld = field_of(m.group(1))
        if fld is None:
            return m.group(0)
        found.append((fld, m.group(2).strip()))
        return " "
    out = _compiled()["inline"].sub(take, text)
    return re.sub(r"\s{2,}", " ", out).strip(), found


def cell_labels() -> re.Pattern:
    """Role labels inside a cell (« Porteur : X Partenaires : A, B »), group 1 the label."""
    return _compiled()["cell"]


def members_phrase() -> re.Pattern:
    """The phrase that introduces a body's members in a sentence (« est formé de », « réunit », « est composé
    des organisations suivantes »)."""
    return _compiled()["members"]


def committee_named(text: str) -> str | None:
    """The body a sentence's subject names (« Le comité de suivi », « La cellule jeunesse »), from its head word.

    >>> committee_named("Le comité de suivi"), committee_named("Le Collectif"), committee_named("Il")
    ('comité de suivi', 'Collectif', None)
    """
    m = _compiled()["committee_head"].search(plain(text))
    return m.group(1).strip(" ,") if m else None
