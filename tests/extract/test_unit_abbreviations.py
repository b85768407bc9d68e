"""Unit abbreviations the tables lacked (issue 9, units always right): gal for gallons (US, as pint's gallon), in
English and glued or spaced after a number in Chinese copy. Sentences written for these tests. (The newton metre of
torque is left out: pint gives it the root units of energy, which the canonical table keeps in watt-hours.)"""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


ABBREVIATIONS = [
    ("The tank holds 40 gal of diesel.", "40 gal", "meter ** 3", 40 * 0.003785411784, "gal"),
    ("A 5-gal bucket of paint.", "5-gal", "meter ** 3", 5 * 0.003785411784, "gal joined by a hyphen"),
    ("The truck burned 12.5 gal. of fuel.", "12.5 gal", "meter ** 3", 12.5 * 0.003785411784, "gal before a period"),
    ("油箱容量为40 gal。", "40 gal", "meter ** 3", 40 * 0.003785411784, "zh-Hans copy with gal"),
    ("油箱容量為40 gal。", "40 gal", "meter ** 3", 40 * 0.003785411784, "zh-Hant copy with gal"),
]


@pytest.mark.parametrize("sentence,text,unit,value,why", ABBREVIATIONS, ids=[r[4] for r in ABBREVIATIONS])
def test_unit_abbreviation(sentence, text, unit, value, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    assert hit[0].unit == unit and hit[0].value == pytest.approx(value, rel=1e-6), _got(sentence)


def test_nanometre_stays():
    got = claims_in("The chip is made at 3 nm.")
    assert [(c.unit, round(c.value * 1e9, 6)) for c in got] == [("meter", 3.0)], _got("The chip is made at 3 nm.")


# The hectare in the singular: a yield per hectare (tonnes per hectare, as t/ha and 吨/公顷 already were), one
# hectare, a 40-hectare farm. Before, the singular was no unit: a yield lost its divisor, 'one hectare' was a count.
HECTARE = [
    ("Wheat yields reached 8 tonnes per hectare.", "8 tonnes per hectare", "metric_ton / hectare", 8.0, "a yield"),
    # (a mass per area converts to tonnes per hectare, the canonical unit of yields: test_farm_energy_units.py)
    ("Farmers apply 150 kg per hectare of urea.", "150 kg per hectare", "metric_ton / hectare", 0.15, "kg per hectare"),
    ("Each family got one hectare of land.", "one hectare", "meter ** 2", 1e4, "one hectare"),
    ("They bought a 40-hectare farm.", "40-hectare", "meter ** 2", 4e5, "a compound adjective"),
    ("小麦单产达到8吨/公顷。", "8吨/公顷", "metric_ton / hectare", 8.0, "zh-Hans, as before"),
    ("小麥單產達到8噸/公頃。", "8噸/公頃", "metric_ton / hectare", 8.0, "zh-Hant, as before"),
]


@pytest.mark.parametrize("sentence,text,unit,value,why", HECTARE, ids=[r[4] for r in HECTARE])
def test_hectare(sentence, text, unit, value, why):
    hit = [c for c in claims_in(sentence) if c.text == text]
    assert hit, _got(sentence)
    assert hit[0].unit == unit and hit[0].value == pytest.approx(value, rel=1e-6), _got(sentence)


# An area written with sq/square/cu/cubic keeps an abbreviation's period (20 sq. km of forest) but not the period
# that ends the sentence. Before, the claim's text ran over it ('5 square kilometre.').
AREA_PERIOD = [
    ("The reserve covers 5 square kilometre.", "5 square kilometre", "the sentence ends"),
    ("The lake covers 12 sq. km. It is shrinking.", "12 sq. km", "a new sentence follows"),
    ("Fires burned 20 sq. km. of forest.", "20 sq. km.", "an abbreviation inside the sentence"),
    ("湖面面积为12 sq. km。", "12 sq. km", "zh-Hans: 。 ends it"),
]


@pytest.mark.parametrize("sentence,text,why", AREA_PERIOD, ids=[r[2] for r in AREA_PERIOD])
def test_area_period(sentence, text, why):
    assert [c.text for c in claims_in(sentence)] == [text], _got(sentence)
