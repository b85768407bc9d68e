"""Money columns of pipe tables (extract/tables.py): the header names the currency and scale; a bracketed
figure alone in a money cell is negative, the accounting convention; in prose brackets are an aside."""
from __future__ import annotations

from conftest import claims_in

TABLE = """| Item | FY2024 (US$ m) | 營收（億元） | Staff |
|---|---:|---:|---:|
| Net income | (7.5) | 12.3 | 40 |
| Other | 3.2 | (0.5) | (12) |

In prose (7.5) and (US$7.5 million) are no losses.
"""


def _by_line(text):
    return [(c.line, c.text, c.value, c.unit) for c in claims_in(text)]


def test_money_columns_take_currency_and_scale_from_the_header():
    got = _by_line(TABLE)
    assert (3, "(7.5)", -7.5e6, "USD") in got
    assert (3, "12.3", 1.23e9, "CNY") in got
    assert (4, "3.2", 3.2e6, "USD") in got
    assert (4, "(0.5)", -5e7, "CNY") in got


def test_other_columns_and_prose_keep_plain_numbers():
    got = _by_line(TABLE)
    assert (3, "40", 40, "count") in got
    assert (6, "7.5", 7.5, "count") in got
    assert (6, "US$7.5 million", 7.5e6, "USD") in got
    assert not [g for g in got if g[0] == 1]  # the header's (億元) is a unit label, not a figure


def test_a_table_without_a_money_header_changes_nothing():
    got = _by_line("| a | b |\n|---|---|\n| 1.5 | 2.5 |\n")
    assert got == [(3, "1.5", 1.5, "count"), (3, "2.5", 2.5, "count")]


def test_unit_labels_are_not_figures():
    assert claims_in("单位：万元") == []
    assert claims_in("營收（億元）") == []


# A statement puts the currency on either axis: in the row label (bracketed or after a comma) it makes that row's
# bare cells money, and their bracketed figures negative; a column naming its own unit keeps it.
ROWS = """| 项目 | 2024 | 2023 | 同比（%） |
|---|---|---|---|
| 净利润（亿元） | (7.5) | 3.2 | (12.0) |
| 員工人數 | 1,200 | (30) | 5.1 |
| Net loss, NT$ bn | (1.25) | 0.4 | 3 |
| Operating loss (US$ m) | (2.5) | (1.0) | |
"""


def test_money_rows_take_currency_and_scale_from_the_row_label():
    got = _by_line(ROWS)
    assert (3, "(7.5)", -7.5e8, "CNY") in got
    assert (3, "3.2", 3.2e8, "CNY") in got
    assert (5, "(1.25)", -1.25e9, "TWD") in got
    assert (5, "0.4", 4e8, "TWD") in got
    assert (6, "(2.5)", -2.5e6, "USD") in got
    assert (6, "(1.0)", -1e6, "USD") in got


def test_rows_without_a_currency_and_unit_columns_stay_as_written():
    got = _by_line(ROWS)
    assert (4, "1,200", 1200, "count") in got
    assert not [g for g in got if g[0] == 3 and g[3] == "CNY" and abs(g[2]) == 12.0e8]
    assert not [g for g in got if g[0] == 5 and g[3] == "TWD" and g[2] == 3e9]


def test_money_columns_hold_through_the_command_line(tmp_path):
    # the pipeline feeds a document line by line: the header must still reach the rows below it
    import json

    from conftest import fc

    (tmp_path / "r.txt").write_text("| Item | FY2024 (US$ m) | 營收（億元） |\n|---|---:|---:|\n"
                                    "| Net income | (7.5) | 12.3 |\n", encoding="utf-8")
    proc = fc("claims", "r.txt", "--format", "json", cwd=tmp_path)
    got = [(c["text"], c["value"], c["unit"]) for c in json.loads(proc.stdout)["claims"]]
    assert got == [("(7.5)", -7.5e6, "USD"), ("12.3", 1.23e9, "CNY")]
