"""Real-world values from plans and spreadsheets."""
from __future__ import annotations

import pytest

from loaders.values import parse_date, parse_fiscal_year, parse_list, parse_money, parse_period, parse_year


@pytest.mark.parametrize("text,amount", [
    ("17 280$", 17280.0), ("17 280 $", 17280.0), ("1 080\\$", 1080.0), ("70653$", 70653.0),
    ("1 234,50 $", 1234.5), ("111 600 $", 111600.0), ("17\u00a0280\u00a0$", 17280.0), ("1,234.50", 1234.5),
    ("4000\\$", 4000.0), ("0 $", 0.0),
])
def test_money(text, amount):
    assert parse_money(text) == amount


@pytest.mark.parametrize("text", ["abc", "12,3,4 $", "", "17 280$ 12 960$"])
def test_money_rejects(text):
    with pytest.raises(ValueError, match="montant"):
        parse_money(text)


@pytest.mark.parametrize("text,fy", [("2026-2027", "2026-2027"), ("2026-27", "2026-2027"),
                                     ("2026/2027", "2026-2027"), ("2026 - 2027", "2026-2027"),
                                     ("1999-00", "1999-2000")])
def test_fiscal_year(text, fy):
    assert parse_fiscal_year(text) == fy


@pytest.mark.parametrize("text", ["2026", "2026-2028", "2027-2026", "année 1"])
def test_fiscal_year_rejects(text):
    with pytest.raises(ValueError, match="année financière"):
        parse_fiscal_year(text)


def test_periods_and_years():
    assert parse_period("2026 - 2028") == (2026, 2028)
    assert parse_period("2023- 2026") == (2023, 2026)
    assert parse_period("2026") == (2026, 2026)
    with pytest.raises(ValueError):
        parse_period("2028 - 2026")
    assert parse_year("2015") == 2015 and parse_year("2009-03-31") == 2009
    with pytest.raises(ValueError):
        parse_year("deux mille")


def test_dates_and_lists():
    assert parse_date("2009-3-31") == "2009-03-31"
    assert parse_date("2009-09") == "2009-09"
    with pytest.raises(ValueError):
        parse_date("2009-02-30")
    assert parse_list(" CSDA ; CSSA;;CSDA ") == ["CSDA", "CSSA"]
