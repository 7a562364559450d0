"""Tables whose header says what they hold, beyond the project tables (:func:`~patterns.header_roles`):

- ``glossary`` — « Sigle | Signification »: acronyms defined once, used alone afterwards;
- ``committees`` — « Comité | Mandat | Organisations membres »: one committee per row, its members in a cell;
- ``persons`` — « Membres | Organisation » under a committee's heading: the persons who sit on it, each for an
  organization (persons stay private; the organization is the member); with a committee column (« Nom |
  Organisation | Comité(s) », « Comité | Nom | Organisation »), the committees each person sits on;
- ``amounts`` — « Projet | Porteur | Montant » under a « Budget 2026/2027 » heading: each row an amount of a project
  the plan describes elsewhere, for that heading's fiscal year.

>>> table_kind(["Sigle", "Signification"]), table_kind(["Comité", "Mandat", "Organisations membres"])
('glossary', 'committees')
>>> table_kind(["Membres", "Organisation"]), table_kind(["Projet", "Porteur", "Montant"])
('persons', 'amounts')
>>> table_kind(["Comité", "Nom", "Organisation"])
'persons'
>>> table_kind(["Projet", "Porteur", "2026-2027"]) is None
True
"""
from __future__ import annotations

import re

from loaders.importer.cleaning import fold

_FIRST = {
    "glossary": r"(?:sigles?|acronymes?|abr[eé]viations?)",
    "committees": r"(?:comit[eé]s?|instances?|nom du comit[eé])",
    "persons": r"(?:membres?|noms?|personnes?|repr[eé]sentant(?:\(e\))?e?s?|nom et pr[eé]nom)",
    "amounts": r"(?:projets?|actions?)",
}
_OTHER = {
    "glossary": r"(?:signification|nom complet|d[eé]finition|description|organisme|organisation)s?",
    "committees": r"(?:organi[sz]ations?|organismes?)?\s*(?:membres?|participants?|composition)",
    "persons": r"(?:organisations?|organismes?|institutions?)(?:\s+repr[eé]sent[eé]e?s?)?",
    "amounts": r"(?:montants?|sommes?|budgets?)(?:\s+(?:accord[eé]s?|demand[eé]s?|pr[eé]vus?))?(?:\s*\(\$\))?",
}
_COMMITTEE = r"comit[eé](?:\(s\)|s)?|instances?"
#: Words that start the name of a program, plan, policy or law: named like an organization, but not one.
PROGRAM = re.compile(r"(?i)^(?:programmes?|plan|politique|strat[ée]gie|loi|r[èe]glement|entente|mesure|"
                     r"alliance pour)\b")
#: A fund too, where the plan only defines it (a glossary): elsewhere a fund may be a bailleur the graph holds.
NOT_ORGANIZATION = re.compile(rf"(?i)^fonds\b|{PROGRAM.pattern.removeprefix('(?i)')}")


def table_kind(header: list[str]) -> str | None:
    """What a table holds, from its header cells (plain text), or ``None``."""
    cells = [fold(c).strip(" :*") for c in header if c.strip()]
    if len(cells) < 2:
        return None
    if re.fullmatch(_COMMITTEE, cells[0]) and person_column(header) is not None and \
            any(re.fullmatch(_OTHER["persons"], c) for c in cells[1:]):
        return "persons"  # « Comité | Nom | Organisation »: the committee first, then the persons
    for kind, first in _FIRST.items():
        if re.fullmatch(first, cells[0]) and any(re.fullmatch(_OTHER[kind], c) for c in cells[1:]):
            if kind == "amounts" and any(re.search(r"(?:19|20)\d\d", c) for c in cells):
                return None  # amounts per fiscal-year column: a project table
            return kind
    return None


def committees_column(header: list[str]) -> int | None:
    """The column of a persons table naming the committees each person sits on (« Comité(s) »), if any.

    >>> committees_column(["Nom", "Fonction", "Organisation", "Comité(s)"]), committees_column(["Comité", "Nom"])
    (3, 0)
    """
    cells = [fold(c).strip(" :*") for c in header]
    names = person_column(header)
    return next((i for i, c in enumerate(cells) if i != names and re.fullmatch(_COMMITTEE, c)), None)


def person_column(header: list[str]) -> int | None:
    """The column of a persons table holding the persons' names: the first, or the one after a committee column.

    >>> person_column(["Membres", "Organisation"]), person_column(["Comité", "Nom", "Organisation"])
    (0, 1)
    """
    cells = [fold(c).strip(" :*") for c in header]
    return next((i for i, c in enumerate(cells[:2]) if re.fullmatch(_FIRST["persons"], c)), None)


def column(header: list[str], kind: str) -> int:
    """The column of ``header`` holding the table's main content for ``kind`` (the first matching one)."""
    cells = [fold(c).strip(" :*") for c in header]
    return next(i for i, c in enumerate(cells) if i and re.fullmatch(_OTHER[kind], c))
