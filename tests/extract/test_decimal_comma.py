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
