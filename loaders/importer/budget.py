"""Budget cells: fiscal years followed by amounts (``<b>2026-2027</b> 17 280\\$``), and the years of an échéancier.

>>> budget_lines("<b>2026-2027</b> 4000\\\\$ 3000\\\\$")
[('2026-2027', '4000$'), ('2026-2027', '3000$')]
>>> budget_lines("2026-2027 1 080$  2027-2028 1 080$")
[('2026-2027', '1 080$'), ('2027-2028', '1 080$')]
>>> budget_lines("Total 111 600 $")
[(None, '111 600$')]
>>> continues([("2025-2026", "900$"), ("2025-2026", "150$")], [("2026-2027", "900$"), ("2026-2027", "150$")])
True
>>> continues([("2025-2026", "900$")], [("2026-2027", "900$")])  # one amount: may be a coincidence
False
>>> continues([("2025-2026", "900$"), ("2025-2026", "150$")], [("2025-2026", "900$"), ("2025-2026", "150$")])
False
>>> dated_amounts("8 500 $ par année (2025-2026 et 2026-2027)", "")
'2025-2026 : 8 500 $ ; 2026-2027 : 8 500 $'
>>> dated_amounts("6 500 $ par année pendant deux ans (2026-2027 et 2027-2028)", "")
'2026-2027 : 6 500 $ ; 2027-2028 : 6 500 $'
>>> dated_amounts("12 000 $ (2026-2027) Fiduciaire : MRC de Lac-Vert")
'2026-2027 : 12 000 $'
>>> dated_amounts("15 000 $, en 2027-2028 seulement")
'2027-2028 : 15 000 $'
>>> dated_amounts("12 300 $ pour 2026-2027 et 11 000 $ pour 2027-2028, soit 23 300 $ au total.")
'2026-2027 : 12 300 $ ; 2027-2028 : 11 000 $'
>>> dated_amounts("7 400$", "2025-2026"), dated_amounts("7 400$", "2025-2027")
('2025-2026 : 7 400$', '7 400$')
>>> period_of("MAI 2026 - 2028"), period_of("Automne 2026"), period_of("En continu")
((2026, 2028), (2026, 2026), None)
"""
from __future__ import annotations

import re

from loaders.importer.cleaning import plain
from loaders.values import parse_fiscal_year, parse_money

FISCAL = r"(?:19|20)\d\d\s*[-/–]\s*(?:(?:19|20)\d\d|\d\d)(?!\d)"
AMOUNT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?\s*\$|\d+(?:,\d{1,2})?\s*\$"
_TOKENS = re.compile(rf"(?P<fy>{FISCAL})|(?P<amount>{AMOUNT})")
_REFS = re.compile(r"projets?\s+(\d+(?:\s*(?:,|et|&)\s*\d+)*)", re.I)


def dated_amounts(cell: str, schedule: str = "") -> str:
    """A budget cell whose amount has no fiscal year before it, dated: « X $ par année (2025-2026 et 2026-2027) »
    is X for each year in parentheses; an amount alone takes the one fiscal year of the row's schedule cell (a
    period of several years dates nothing). Any other cell is returned as it is."""
    t = plain(cell)
    forward = re.findall(rf"({AMOUNT})\s*,?\s*(?:(?:en|pour)\s+|\(\s*)({FISCAL})", t, re.I)
    if forward:  # « 15 000 $, en 2027-2028 seulement », « 12 300 $ pour 2026-2027 et 11 000 $ pour 2027-2028 »
        return " ; ".join(f"{fy} : {amount.strip()}" for amount, fy in forward)
    m = re.search(rf"({AMOUNT})\s*(?:par|/)\s*(?:ann[ée]e|an)\b[^(]{{0,40}}\((.+)\)", t, re.I)
    if m:
        years = re.findall(FISCAL, m.group(2))
        if years:
            return " ; ".join(f"{y} : {m.group(1).strip()}" for y in years)
    if re.search(FISCAL, t) or not re.fullmatch(rf"\s*(?:{AMOUNT})\s*(?:\([^()]*\))?\s*", t):
        return cell  # (an amount alone, « (à confirmer) » after it or not, is dated below)
    years = re.findall(FISCAL, plain(schedule or ""))
    fiscal = _fiscal_year(years[0]) if len(years) == 1 else None
    return f"{fiscal} : {t.strip()}" if fiscal else cell


def _fiscal_year(text: str) -> str | None:
    """« 2025-2026 » (also « 2025-26 ») as a fiscal year, ``None`` for a period of several years."""
    try:
        return parse_fiscal_year(text)
    except ValueError:
        return None


def budget_lines(text: str) -> list[tuple[str | None, str]]:
    """(fiscal year or None, amount as written without escapes) pairs, in order; an amount takes the closest
    fiscal year written before it."""
    t = plain(text)
    out, fy = [], None
    for m in _TOKENS.finditer(t):
        if m.group("fy"):
            try:
                fy = parse_fiscal_year(m.group("fy"))
            except ValueError:
                fy = None
        else:
            raw = re.sub(r"\s+", " ", m.group("amount")).replace(" $", "$")
            try:
                if parse_money(raw) <= 0:
                    continue
            except ValueError:
                continue
            out.append((fy, raw))
    return out


def continues(prev: list[tuple[str | None, str]], cur: list[tuple[str | None, str]]) -> bool:
    """Whether a budget cell repeats the cell above for a later fiscal year: the same amounts (at least two, so
    that a coincidence between two projects is unlikely), every year after the years above. In a table whose
    budget column slid down by one row at extraction, this is the second year of the item above, not the budget
    of the row it sits on."""
    if len(prev) < 2 or len(cur) != len(prev):
        return False
    if sorted(parse_money(a) for _, a in prev) != sorted(parse_money(a) for _, a in cur):
        return False
    years_prev = [fy for fy, _ in prev]
    years_cur = [fy for fy, _ in cur]
    if None in years_prev or None in years_cur:
        return False
    return min(years_cur) > max(years_prev)


def has_budget(text: str) -> bool:
    t = plain(text)
    return bool(re.search(AMOUNT, t)) and (bool(re.search(FISCAL, t)) or len(t) < 40)


def project_refs(text: str) -> list[str]:
    """Project numbers a budget cell refers to: ``Projet 2 et 3`` → ``['2', '3']``, ``voir budget projet 1``."""
    out = []
    for m in _REFS.finditer(plain(text)):
        out.extend(re.findall(r"\d+", m.group(1)))
    return out


def period_of(text: str) -> tuple[int, int] | None:
    """The years an échéancier covers (first to last year written), ``None`` when it writes none."""
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", plain(text))]
    years = [y for y in years if 1990 <= y <= 2100]
    if not years:
        return None
    return min(years), max(years)
