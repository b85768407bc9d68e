"""Heights in feet with the inches in words, and two figures with a slash before a unit (issue 9, units: "12 ft 2
in" is one length). Sentences written for these tests.

- A height in feet followed by the inches without their unit was one length only in digits (5 foot 10, 5-foot-10,
  6 ft 2); in words ("six foot two", "five-foot-ten", "six feet four") the inches were a separate count of 2, 10,
  4. The inches may now be a number word below twelve, after a space or a hyphen, where the phrase ends there as
  for digits; a word that goes on (one-way, one of) is no inch.
- "120/80 mmHg" was read as the fraction 120/80 = 1.5 mmHg. A slash between a larger and a smaller number before a
  physical unit is two figures, not a fraction of the unit (a proper fraction still is: 3/4 cup, 1/2 inch).
English only: Chinese writes heights as 一米八 (read before) and pressures as 高压120、低压80."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


FT = 0.3048
IN = 0.0254

# (sentence, [(text, value in the canonical unit, unit)], why)
CASES = [
    ("The guard is six foot two.", [("six foot two", 6 * FT + 2 * IN, "meter")], "six foot two"),
    ("She is five-foot-ten.", [("five-foot-ten", 5 * FT + 10 * IN, "meter")], "five-foot-ten"),
    ("He stands six feet four.", [("six feet four", 6 * FT + 4 * IN, "meter")], "six feet four"),
    ("A six-foot-eleven centre, tall and fast.", [("six-foot-eleven", 6 * FT + 11 * IN, "meter")], "eleven"),
    ("He is 5 foot 10.", [("5 foot 10", 5 * FT + 10 * IN, "meter")], "digits, as before"),
    ("Turn at the 6 foot one-way gate.", [("6 foot", 6 * FT, "meter")], "one-way is a word"),
    ("Six feet one of them said.", [("Six feet", 6 * FT, "meter")], "one of: no inches"),
    ("Her blood pressure was 120/80 mmHg.", [("120", 120.0, "count"), ("80 mmHg", 80 * 133.322387415, "pascal")],
     "120/80 mmHg: no fraction"),
    ("Add 3/4 cup of sugar.", [("3/4 cup", 0.75 * 2.365882365e-4, "meter ** 3")], "a proper fraction of a cup"),
    ("Drill a 1/2 inch hole.", [("1/2 inch", 0.5 * IN, "meter")], "a proper fraction of an inch"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[r[2] for r in CASES])
def test_height_and_slash(sentence, want, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(t, u) for t, _, u in want], _got(sentence)
    for c, (_, v, _) in zip(got, want):
        assert c.value == pytest.approx(v, rel=1e-6)
