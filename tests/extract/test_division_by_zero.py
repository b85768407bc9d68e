"""A slash before a zero divides by zero: "1/0" and "3 / 0" are no number, and neither figure is a claim (quantulum
negative case: "The number 1/0 is not a valid value" gave a claim of 0). Tallies written with a slash and a zero
(a 6/0 set) are no claims either. A fraction with a denominator other than zero is unchanged. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence", [
    "Dividing gives 5/0, which is undefined.",
    "The expression 12 / 0 has no value.",
    "表达式7/0没有意义",
    "表達式7/0沒有意義",
])
def test_division_by_zero_is_no_claim(sentence):
    assert claims_in(sentence) == [], [(c.text, c.value) for c in claims_in(sentence)]


@pytest.mark.parametrize("sentence,text,value", [
    ("Nearly 3/4 of voters agreed.", "Nearly 3/4", 75.0),
    ("超过2/5的企业亏损", "超过2/5", 40.0),
])
def test_fractions_stay(sentence, text, value):
    got = claims_in(sentence)
    assert [(c.text, c.value) for c in got] == [(text, pytest.approx(value))]
