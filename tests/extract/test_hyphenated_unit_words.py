"""Units of two or more words written with hyphens as a compound adjective (issue 9, units).

Before a noun, English joins the number and its unit with hyphens: "a 10-metric-ton load", "a 25-basis-point
cut", "a 50-cubic-metre tank". The tables and pint list these units with spaces ("metric ton", "basis point",
"per cent", "fluid ounce", "kilowatt hour"), and a one-word unit after the first hyphen ("a 5-kilogram bag")
was the only compound read: the first word alone is no unit ("metric", "basis", "per", "cubic"), or a shorter
one ("mile" of mile-per-hour, "kilowatt" of kilowatt-hour). The mechanism reads the hyphen-joined words after
the number with their hyphens as spaces and looks them up as any spaced form is looked up (the unit tables, the
square/cubic powers of a length, pint's two-word names), taking the longest that covers more than one word.
A word that is no part of the unit stays out ("a 3-foot-tall fence" is 3 feet). English only: Chinese writes
these units as one word (公吨, 基点, 立方米). Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, text, value in the canonical unit, canonical unit, why)
COMPOUNDS = [
    ("A 10-metric-ton load was lifted.", "10-metric-ton", 10.0, "metric_ton", "metric-ton"),
    ("The crane lifts a ten-metric-tonne beam.", "ten-metric-tonne", 10.0, "metric_ton", "number word, -tonne"),
    ("The bank made a 25-basis-point cut.", "25-basis-point", 0.25, "percentage_points", "basis-point"),
    ("A 10-per-cent increase in fares.", "10-per-cent", 10.0, "percent", "per-cent"),
    ("They built a 50-cubic-meter tank.", "50-cubic-meter", 50.0, "meter ** 3", "cubic-meter"),
    ("A three-cubic-foot box.", "three-cubic-foot", 3 * 0.3048 ** 3, "meter ** 3", "cubic-foot, number word"),
    ("A 6-square-kilometre site.", "6-square-kilometre", 6e6, "meter ** 2", "square-kilometre"),
    ("A 12-fluid-ounce can.", "12-fluid-ounce", 12 * 2.95735295625e-05, "meter ** 3", "fluid-ounce"),
    ("A 100-kilowatt-hour battery pack.", "100-kilowatt-hour", 1e5, "watt_hour", "kilowatt-hour (pint)"),
    ("A 20-mile-per-hour wind.", "20-mile-per-hour", 20 * 0.44704, "meter / second", "mile-per-hour beats -mile"),
    ("A 60-kilometre-per-hour limit.", "60-kilometre-per-hour", 60 / 3.6, "meter / second", "kilometre-per-hour"),
]

# the first word is the unit, the next word describes the thing: unchanged
ONE_WORD = [
    ("A 3-foot-tall fence.", "3-foot", 0.9144, "meter", "foot-tall"),
    ("A 30-day-long trial.", "30-day", 30 / 365.25, "year", "day-long"),
    ("A 5-kilogram bag of rice.", "5-kilogram", 0.005, "metric_ton", "one word"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", COMPOUNDS + ONE_WORD,
                         ids=[r[4] for r in COMPOUNDS + ONE_WORD])
def test_hyphenated_unit(sentence, text, value, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)], [(c.text, c.value, c.unit) for c in got]
    assert got[0].value == pytest.approx(value, rel=1e-6)
