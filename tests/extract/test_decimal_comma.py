"""A decimal comma (European and Latin-American writing, and English copy translated from it) before a share or a
multiple: the comma and one or two digits are decimals, as they already were before a physical unit, a currency or
a sign (2,5 kg, 3,75 euros, 8,8%). Sentences written for these tests; each row says why the rule holds."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# One to three digits, a comma, one or two digits and then a percent word, percentage points or "times": the
# comma groups no thousands (a thousands group has three digits), so it is the decimal point.
DECIMAL_BEFORE_SHARE = [
    ("Unemployment in Spain eased to 11,7 percent in June.", "11,7 percent", 11.7, "percent", "percent spelt out"),
    ("Brazil's economy grew 2,9 per cent last year.", "2,9 per cent", 2.9, "percent", "per cent in two words"),
    ("Core prices rose 0,35 pct on the month.", "0,35 pct", 0.35, "percent", "two decimals, pct"),
    ("The rate was cut by 0,25 percentage points.", "0,25 percentage points", 0.25, "percentage_points",
     "percentage points"),
    ("Exports were 1,5 times higher than imports.", "1,5 times", 1.5, "times", "a multiple"),
    ("巴西失业率上升0,4个百分点。", "0,4个百分点", 0.4, "percentage_points", "zh-Hans 个百分点"),
    ("巴西失業率上升0,4個百分點。", "0,4个百分点", 0.4, "percentage_points", "zh-Hant 個百分點"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", DECIMAL_BEFORE_SHARE, ids=[r[4] for r in DECIMAL_BEFORE_SHARE])
def test_decimal_comma_before_share(sentence, text, value, unit, why):
    got = claims_in(sentence)
    hit = [c for c in got if c.value == pytest.approx(value) and c.unit == unit]
    assert len(hit) == 1 and len(got) == 1, _got(sentence)


# Where the comma still lists or groups: three digits after it, a list of more than two numbers, a space after the
# comma, a share whose comma is preceded by another "N,".
COMMA_NOT_DECIMAL = [
    ("Output was 3,500 times the level of 1950.", [3500.0], "three digits after the comma group thousands"),
    ("Scores of 1,2,3 percent were recorded.", None, "a list 1,2,3 stays no decimal"),
    ("Growth of 2, 5 and 7 percent was forecast.", None, "a space after the comma: a list"),
]


@pytest.mark.parametrize("sentence,values,why", COMMA_NOT_DECIMAL, ids=[r[2] for r in COMMA_NOT_DECIMAL])
def test_comma_not_decimal(sentence, values, why):
    got = [c.value for c in claims_in(sentence)]
    assert not any(v is not None and v != int(v) for v in got), _got(sentence)
    if values is not None:
        assert got == values, _got(sentence)


# With no unit after it, one to three digits, a comma and one or two digits are still a decimal: a thousands group
# has three digits, and a list in running text puts a space after its commas. It stays a list before "and"/"or" and
# a whole number (1,2 and 3), as a pair in brackets, and in a run of commas.
BARE_DECIMAL_COMMA = [
    ("The index closed the week at 4,6.", "4,6", 4.6, "one decimal, end of sentence"),
    ("A Gini coefficient of 0,38 was reported.", "0,38", 0.38, "a leading zero: never a list"),
    ("Ratings of 2,5 and 3,5 were given.", "2,5", 2.5, "two decimals joined by and"),
    ("基尼系数为0,38。", "0,38", 0.38, "zh-Hans"),
    ("基尼係數為0,38。", "0,38", 0.38, "zh-Hant"),
]


@pytest.mark.parametrize("sentence,text,value,why", BARE_DECIMAL_COMMA, ids=[r[3] for r in BARE_DECIMAL_COMMA])
def test_bare_decimal_comma(sentence, text, value, why):
    got = claims_in(sentence)
    assert any(c.text == text and c.value == pytest.approx(value) for c in got), _got(sentence)
    assert not any(c.value in (int(value), int(round((value % 1) * 100)), int(round((value % 1) * 10)))
                   and c.text != text for c in got), _got(sentence)


BARE_COMMA_LISTS = [
    ("Items 4,5 and 6 were recalled.", "and a whole number after it: a list"),
    ("The point (3,4) lies on the curve.", "a pair in brackets"),
    ("Drawn numbers: 3,8,9.", "a run of commas"),
    ("抽中的号码为3,8和9。", "zh-Hans 和 and a whole number"),
]


@pytest.mark.parametrize("sentence,why", BARE_COMMA_LISTS, ids=[r[1] for r in BARE_COMMA_LISTS])
def test_bare_comma_still_lists(sentence, why):
    assert not any(c.value is not None and c.value != int(c.value) for c in claims_in(sentence)), _got(sentence)
