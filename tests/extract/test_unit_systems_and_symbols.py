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


# - Unit symbols of science and trade the tables lacked; the number before each was a bare count, or took the unit
#   of the figure listed before it ("950 hPa and 28 inHg" read 28 hPa):
#   inHg (weather, aviation), Torr (vacuum), lbf (thrust), cwt (farm and metal trade), ozt (precious metals),
#   st (body weight in stone, only where the phrase ends or pounds follow: "12 St Mary Street" is an address),
#   kpc/Mpc (astronomy), gpm/cfm (pumps and fans), arcmin/arcsec (angles on the sky), cal (a food label's
#   calorie, as "calories" already reads; after ".45" it is a calibre, no unit).
SYMBOLS = [
    ("The barometer read 29.92 inHg at noon.", "29.92 inHg", 29.92, "inch_Hg", "pascal", "inches of mercury"),
    ("The chamber was pumped to 0.001 Torr.", "0.001 Torr", 0.001, "torr", "pascal", "torr"),
    ("Each engine gives 7,500 lbf of thrust.", "7,500 lbf", 7500, "force_pound", "newton", "pound-force"),
    ("Farmers sold 40 cwt of barley.", "40 cwt", 40, "hundredweight", "metric_ton", "hundredweight"),
    ("The mine produced 2.1 million ozt of gold.", "2.1 million ozt", 2.1e6, "troy_ounce", "metric_ton",
     "troy ounces"),
    ("He weighs 12 st.", "12 st", 12, "stone", "metric_ton", "stone at the end of the phrase"),
    # (a unit word in capitals stays one where no words in lower case follow it: a heading, a label)
    ("WEIGHT: 5 GRAMS.", "5 GRAMS", 5, "gram", "metric_ton", "a unit word in capitals ending a label"),
    ("She weighs 11 st 4 lb.", "11 st 4 lb", 11 + 4 / 14, "stone", "metric_ton", "stone and pounds: one weight"),
    ("The cluster lies 30 kpc from the core.", "30 kpc", 30, "kiloparsec", "meter", "kiloparsec"),
    ("The pump moves 500 gpm of water.", "500 gpm", 500, "gallon / minute", "gallon / minute", "gallons a minute"),
    ("The fan delivers 120 cfm of air.", "120 cfm", 120, "foot ** 3 / minute", "foot ** 3 / minute", "cfm"),
    ("The moon spans about 31 arcmin.", "about 31 arcmin", 31, "arcminute", "degree", "minutes of arc"),
    ("A 90-cal snack and 2,000 cal a day.", "2,000 cal", 2000, "kilocalorie", "watt_hour", "food calories"),
    ("气压为29.9英寸汞柱。", "29.9英寸汞柱", 29.9, "inch_Hg", "pascal", "英寸汞柱"),
]


@pytest.mark.parametrize("sentence,span,wv,wu,unit,why", SYMBOLS, ids=[r[5] for r in SYMBOLS])
def test_unit_symbols(sentence, span, wv, wu, unit, why):
    hits = [c for c in claims_in(sentence) if c.text == span]
    assert hits, _got(sentence)
    assert hits[0].written_value == pytest.approx(wv, rel=1e-6)
    assert (hits[0].written_unit, hits[0].unit) == (wu, unit)


# near misses: the letters are no unit here
NOT_UNITS = [
    ("They met at 12 St Mary Street.", "12", "St before a name: a street"),
    ("He carried a .45 cal pistol.", ".45", "a calibre, not calories"),
    ("Inflation was 2.1pc last year.", "2.1pc", "pc stays the British per cent"),
    # a unit word in capitals before words in lower case names an acronym ("the 2022 GRAM study")
    ("The findings of the 2022 GRAM study were cited.", "2022", "a project's acronym spelled like a unit"),
    ("Members of the 2019 TONNE working group met.", "2019", "a unit word in capitals inside a name"),
]


@pytest.mark.parametrize("sentence,span,why", NOT_UNITS, ids=[r[2] for r in NOT_UNITS])
def test_letters_that_are_no_unit(sentence, span, why):
    got = claims_in(sentence)
    hits = [c for c in got if c.text.startswith(span)]
    assert all(c.unit in ("count", "percent") for c in hits), _got(sentence)
    assert not any(c.unit in ("metric_ton", "watt_hour") for c in got), _got(sentence)
