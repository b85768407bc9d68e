"""Measures in two parts keep one system of units, and unit symbols of science and trade that were missing
(issue 9, units). Sentences written for these tests.

- "12 ft 2 in", "3 lb 4 oz", 一斤二两, "1 m 80 cm" are one measure: a larger unit and a remainder in a smaller
  unit of the same system. Two units of two systems side by side are two measures listed, never one amount
  (nobody writes a remainder of teaspoons in millilitres): "2 teaspoons and 1 ml" was read as 2.2 teaspoons.
"""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.written_value, c.written_unit) for c in claims_in(sentence)]


# (sentence, [(text, written value, written unit)], why)
SYSTEMS = [
    ("Stir in 2 teaspoons and 1 ml of vanilla.", [("2 teaspoons", 2.0, "teaspoon"), ("1 ml", 1.0, "milliliter")],
     "customary then metric: two measures"),
    ("Pour 2 pints and 300 ml of stock.", [("2 pints", 2.0, "pint"), ("300 ml", 300.0, "milliliter")],
     "pints then millilitres: two measures"),
    ("The parcel weighs 3 lb and 200 g.", [("3 lb", 3.0, "pound"), ("200 g", 200.0, "gram")],
     "pounds then grams: two measures"),
    ("The bag weighs 3 lb 4 oz.", [("3 lb 4 oz", 3.25, "pound")], "pounds and ounces: one weight"),
    ("He is 12 ft 2 in tall.", [("12 ft 2 in", 12 + 2 / 12, "foot")], "feet and inches: one length"),
    ("She is 1 m 80 cm tall.", [("1 m 80 cm", 1.8, "meter")], "metres and centimetres: one length"),
    ("买了一斤二两猪肉。", [("一斤二两", 1.2, "jin")], "斤 and 两: one weight in the market system"),
    ("買了一斤二兩豬肉。", [("一斤二兩", 1.2, "jin")], "the same in traditional characters"),
]


@pytest.mark.parametrize("sentence,want,why", SYSTEMS, ids=[r[2] for r in SYSTEMS])
def test_two_part_measures_keep_one_system(sentence, want, why):
    got = claims_in(sentence)
    assert [c.text for c in got] == [t for t, _, _ in want], _got(sentence)
    for c, (_, v, u) in zip(got, want):
        assert c.written_value == pytest.approx(v, rel=1e-6), _got(sentence)
        assert c.written_unit == u, _got(sentence)

