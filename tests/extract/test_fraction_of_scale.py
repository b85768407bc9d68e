"""A fraction in digits before a scale word (issue 9, number forms): "½ million", "1/2 million", "3/4 billion" are a
part of that scale (500,000; 750 million), as "half a million" and "three quarters of a billion" already were;
before, the fraction was read as a share (50 %) and the scale word dropped. Only a proper fraction (a share of one)
before million, billion, trillion or thousand; "1/2 mile" keeps its unit and "3/4 of the vote" stays a share.
English only: Chinese writes a part of a scale as a decimal (0.5万, 半亿 is read elsewhere).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


CASES = [
    ("About ½ million people attended.", "About ½ million", 5e5, "count", "vulgar half"),
    ("About 1/2 million people attended.", "About 1/2 million", 5e5, "count", "digits half"),
    ("It cost $3/4 billion.", "$3/4 billion", 7.5e8, "USD", "money"),
    ("Some ¼ million homes lost power.", "Some ¼ million", 2.5e5, "count", "vulgar quarter, a hedge before"),
    ("The town is 1/2 mile away.", "1/2 mile", 0.5 * 1609.344, "meter", "a unit keeps its reading"),
    ("He won 3/4 of the vote.", "3/4", 75.0, "percent", "a share stays a share"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", CASES, ids=[r[4] for r in CASES])
def test_fraction_before_scale(sentence, text, value, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)], _got(sentence)
    assert got[0].value == pytest.approx(value, rel=1e-9)
