"""A value and its uncertainty written with "+/-" glued to the digits (20+/-2 kg) or after a hedge ("about 4.54 ±
0.05 billion years"): one figure, the value, in the unit and scale written after the uncertainty. Before, the
minus of "+/-" signed the uncertainty (-2 kg) and the value was read as "20 or more"; a hedge before the value kept
the value a bare count. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, text, written value, written unit, qualifier)
CASES = [
    ("The load was 35+/-3 kg.", "35+/-3 kg", 35.0, "kilogram", None),
    ("Each cell holds 4.2+-0.1 V.", "4.2+-0.1 V", 4.2, "volt", None),
    ("The crater is roughly 65 ± 5 million years old.", "roughly 65 ± 5 million years", 65e6, "year", "approx"),
    ("The span is about 12 ± 1 metres.", "about 12 ± 1 metres", 12.0, "meter", "approx"),
    ("误差约为30±2毫米", "约为30±2毫米", 30.0, "millimeter", "approx"),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier", CASES, ids=[c[1] for c in CASES])
def test_plus_minus(sentence, text, value, unit, qualifier):
    got = claims_in(sentence)
    assert [(c.text, c.written_unit, c.qualifier) for c in got] == [(text, unit, qualifier)]
    assert got[0].written_value == pytest.approx(value)
