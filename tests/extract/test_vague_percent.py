"""几 after the tens of a percentage written 百分之 (issue 9, Chinese numerals in prose): 百分之十几, 百分之二十幾 are
a floor (over 10 %, over 20 %), as 十几个 and 百分之二十多 already are; the span takes the 几. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, text, floor, why)
VAGUE = [
    ("出口增速为百分之十几。", "百分之十几", 10.0, "hans: 百分之十几"),
    ("失業率升至百分之三十幾。", "百分之三十幾", 30.0, "hant: 百分之三十幾"),
]


@pytest.mark.parametrize("sentence,text,floor,why", VAGUE, ids=[r[3] for r in VAGUE])
def test_ji_after_tens_is_a_floor(sentence, text, floor, why):
    got = [(c.text, c.low, c.qualifier, c.unit) for c in claims_in(sentence)]
    assert got == [(text, floor, "over", "percent")], got


def test_exact_percent_stays_exact():
    got = [(c.text, c.qualifier) for c in claims_in("出口增速为百分之十五。")]
    assert got == [("百分之十五", None)], got
