"""Tab-separated tables (issue 9, money: accounting negatives only where the column is money). A table copied from a
spreadsheet or a PDF separates its cells with tabs and has no separator row: its first row is the header, and a
header cell that names a currency (Revenue (US$ m), 营收（亿元）) makes the bare numbers below it money in that
currency and scale, and a bracketed one, (7.5), negative, as in pipe tables. A capitalised word in the first cell
is a row label, not a product name before the number (Cloud<TAB>120.5). Prose and tables whose headers name no
currency keep their numbers as written. Tables written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(text):
    return [(c.line, c.text, c.value, c.unit) for c in claims_in(text)]


TAB_TABLES = [
    ("Segment\tRevenue (US$ m)\tProfit (US$ m)\nCloud\t120.5\t(7.5)\nDevices\t80.2\t12.0\n",
     [(2, 120.5e6, "USD"), (2, -7.5e6, "USD"), (3, 80.2e6, "USD"), (3, 12.0e6, "USD")], "English header"),
    ("业务\t营收（亿元）\t利润（亿元）\n云计算\t35.2\t(1.4)\n",
     [(2, 35.2e8, "CNY"), (2, -1.4e8, "CNY")], "zh-Hans header"),
    ("業務\t營收（億元）\t利潤（億元）\n雲端\t35.2\t(1.4)\n",
     [(2, 35.2e8, "CNY"), (2, -1.4e8, "CNY")], "zh-Hant header"),
]


@pytest.mark.parametrize("text,want,why", TAB_TABLES, ids=[r[2] for r in TAB_TABLES])
def test_money_columns_of_a_tab_table(text, want, why):
    got = [(c.line, c.value, c.unit) for c in claims_in(text)]
    assert got == [(ln, pytest.approx(v), u) for ln, v, u in want], _got(text)


def test_a_tab_table_without_money_keeps_counts():
    text = "Region\tStores\tStaff\nNorth\t120\t(45)\n"
    got = claims_in(text)
    assert (120.0, "count") in [(c.value, c.unit) for c in got], _got(text)
    assert all(c.unit == "count" and c.value >= 0 for c in got), _got(text)


def test_prose_after_a_tab_table_is_prose():
    text = "Segment\tRevenue (US$ m)\nCloud\t120.5\nThe unit lost (US$7.5 million) in the year.\n"
    got = claims_in(text)
    assert [(c.line, c.value) for c in got if c.line == 3] == [(3, 7.5e6)], _got(text)
