"""Parsing the values real users write in plans and spreadsheets.

Each parser takes the cell's text and returns the typed value, or raises :class:`ValueError` whose message says,
in French, what was expected.

>>> parse_money("17 280$"), parse_money("1 080\\\\$"), parse_money("1 234,50 $")
(17280.0, 1080.0, 1234.5)
>>> parse_fiscal_year("2026-27")
'2026-2027'
>>> parse_period("2026 - 2028")
(2026, 2028)
"""
from __future__ import annotations

import re
from datetime import date

LIST_SEPARATOR = ";"

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


def clean_text(value: object) -> str:
    """A cell as text: no surrounding or non-breaking spaces, ``""`` for empty cells."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SPACES.sub(" ", str(value)).strip()


def parse_money(text: str) -> float:
    """An amount in Canadian dollars: ``17 280$``, ``17 280 $``, ``1 080\\$``, ``70653$``, ``1 234,50 $``."""
    raw = clean_text(text)
    s = raw.replace("\\", "").replace("$", "").replace("CAD", "").replace("dollars", "").strip()
    if " " in s and not re.fullmatch(r"-?\d{1,3}( \d{3})+([.,]\d{1,2})?", s):
        raise ValueError("un seul montant en dollars est attendu (ex. « 17 280$ », « 1 234,50 $ »)")
    s = _SPACES.sub("", s)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?", s):  # 1.234,50
        s = s.replace(".", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d{1,2})?", s):  # 1,234.50
        s = s.replace(",", "")
    s = s.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d{1,2})?", s):
        raise ValueError("un montant en dollars est attendu (ex. « 17 280$ », « 1 234,50 $ »)")
    return float(s)


def parse_year(text: str) -> int:
    """A year between 1900 and 2100; a date gives its year."""
    s = clean_text(text)
    m = re.fullmatch(r"(\d{4})(?:-\d{1,2}(?:-\d{1,2})?)?", s)
    if not m or not 1900 <= int(m.group(1)) <= 2100:
        raise ValueError("une année est attendue (ex. « 2026 »)")
    return int(m.group(1))


def parse_fiscal_year(text: str) -> str:
    """A fiscal year ``2026-2027`` (also written ``2026-27``, ``2026/2027``, ``2026 - 2027``)."""
    s = clean_text(text).replace(" ", "")
    m = re.fullmatch(r"(\d{4})[-/–](\d{2}|\d{4})", s)
    if m:
        start = int(m.group(1))
        end = int(m.group(2)) if len(m.group(2)) == 4 else start + 1
        if end == start + 1 and m.group(2) in (str(end), f"{end % 100:02d}"):
            return f"{start}-{end}"
    raise ValueError("une année financière est attendue (ex. « 2026-2027 », deux années consécutives)")


def parse_period(text: str) -> tuple[int, int]:
    """A period of years: ``2026 - 2028``, ``2023-2026``, or one year ``2026``."""
    s = clean_text(text).replace(" ", "")
    m = re.fullmatch(r"(\d{4})(?:[-/–à](\d{4}))?", s)
    if m:
        start, end = int(m.group(1)), int(m.group(2) or m.group(1))
        if 1900 <= start <= end <= 2100:
            return start, end
    raise ValueError("une période est attendue (ex. « 2026 - 2028 » ou « 2026 »)")


def parse_date(text: str) -> str:
    """A date, possibly partial: ``2009-03-31``, ``2009-09``, ``2009`` (ISO text)."""
    s = clean_text(text)
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", s)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            date(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            pass
        else:
            return "-".join([y] + [f"{int(x):02d}" for x in (mo, d) if x])
    raise ValueError("une date est attendue (ex. « 2009-03-31 », « 2009-09 » ou « 2009 »)")


def parse_integer(text: str) -> int:
    s = clean_text(text).replace(" ", "")
    if not re.fullmatch(r"-?\d+", s):
        raise ValueError("un nombre entier est attendu")
    return int(s)


def parse_number(text: str) -> float:
    s = clean_text(text).replace(" ", "").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        raise ValueError("un nombre est attendu") from None


def parse_boolean(text: str) -> bool:
    s = clean_text(text).lower()
    if s in {"oui", "o", "vrai", "yes", "y", "true", "1", "x"}:
        return True
    if s in {"non", "n", "faux", "no", "false", "0"}:
        return False
    raise ValueError("« oui » ou « non » est attendu")


def parse_list(text: str) -> list[str]:
    """Values separated by ``;`` in one cell, without empties or repeats, in their order."""
    seen: list[str] = []
    for part in clean_text(text).split(LIST_SEPARATOR):
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen


PARSERS = {
    "string": clean_text,
    "text": clean_text,
    "money": parse_money,
    "year": parse_year,
    "fiscal_year": parse_fiscal_year,
    "date": parse_date,
    "integer": parse_integer,
    "number": parse_number,
    "boolean": parse_boolean,
    "list": parse_list,
}


def parse(value_type: str, text: str):
    """Parse ``text`` as a schema property type (see ``graph/schema.yaml``)."""
    return PARSERS[value_type](text)
