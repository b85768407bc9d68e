"""Digits before a plural fraction word (issue 9, fractions): "3 fifths", "7 tenths", "2 thirds" count parts as
"three fifths" does, a share (or a part of the unit after "of a"), when "of" follows: "3 quarters" alone is often
three quarters of a year. "seconds" and "halves" (a denominator of 2) stay out, and so do hundredths and smaller
("rose 11 hundredths" of a point keeps its digits); the numerator is smaller than the denominator. Chinese writes 五分之三 (read before). Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit, c.written_value, c.written_unit) for c in claims_in(sentence)]


DIGIT_FRACTIONS = [
    ("Nearly 3 fifths of the seats went to the coalition.", "3 fifths", 0.6, "percent", "fifths"),
    ("About 2 thirds of households own a car.", "2 thirds", 2 / 3, "percent", "thirds"),
    ("Some 3 quarters of the budget is spent on wages.", "3 quarters", 0.75, "percent", "quarters before of"),
    ("The gap was 7 tenths of a second.", "7 tenths of a second", 0.7, "year", "a part of a unit"),
]


@pytest.mark.parametrize("sentence,text,written,unit,why", DIGIT_FRACTIONS, ids=[r[4] for r in DIGIT_FRACTIONS])
def test_digits_before_a_fraction_word(sentence, text, written, unit, why):
    got = claims_in(sentence)
    assert [(c.text.endswith(text), c.unit) for c in got] == [(True, unit)], _got(sentence)
    assert got[0].written_value == pytest.approx(written), _got(sentence)


NOT_FRACTIONS = [
    ("The firm grew for 3 quarters in a row.", 3.0, "quarters without of: periods"),
    ("The lights changed in 3 seconds.", None, "seconds are time"),
    ("The game was split into 3 thirds.", 3.0, "not smaller than the denominator"),
    ("Only 2 fifths remained on the shelf.", 2.0, "no of after it"),
]


@pytest.mark.parametrize("sentence,value,why", NOT_FRACTIONS, ids=[r[2] for r in NOT_FRACTIONS])
def test_not_digit_fractions(sentence, value, why):
    got = claims_in(sentence)
    assert not any(c.written_unit == "ratio" or c.unit == "percent" for c in got), _got(sentence)
