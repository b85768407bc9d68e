"""Unit spellings (issue 9, units): writers split or respell unit words the tables and pint's names do not list.

- An SI prefix written apart from its unit ("20 kilo meters", "5 mega bytes", "500 nano meters") is the prefixed
  unit: pint is asked for the joined word, for any prefix and any of the SI units that take one (metre, gram,
  litre, byte, bit, watt, ...), not a list of pairs; not for any word pint knows (it has a bag: "3 kilo bag").
- British -metre and -litre spellings of any prefixed unit ("2 picometres", "3 decalitres", "2.5 megalitres") are
  looked up in pint as -meter and -liter: pint spells them the American way only, and the tables list the common
  ones one by one (kilometres, millimetres).
- Forms the tables lacked: kilo (a kilogram, singular), deg and degs (degrees, read as temperature or angle as
  "degrees" is), deg celsius / deg fahrenheit / centigrade, dl and dL (decilitre, as in mg/dL), mls and the singular
  millilitre, kB / kByte / MByte / GByte / TByte (bytes), kbit / Mbit / Gbit / Tbit (bits), sqft.
English only: Chinese writes these units as one word (千米, 纳米, 兆字节), which the tables list.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# (sentence, text, value in the canonical unit, canonical unit, why)
SPELLINGS = [
    ("The road is 20 kilo meters long.", "20 kilo meters", 20000.0, "meter", "kilo meters"),
    ("The road is 20 kilo metres long.", "20 kilo metres", 20000.0, "meter", "kilo metres"),
    ("The wave is 500 nano meters long.", "500 nano meters", 5e-7, "meter", "nano meters"),
    ("The file is 5 mega bytes.", "5 mega bytes", 5e6, "byte", "mega bytes"),
    ("The file is 3 kilo bytes.", "3 kilo bytes", 3e3, "byte", "kilo bytes"),
    ("The gap is 2 picometres.", "2 picometres", 2e-12, "meter", "picometres"),
    ("It holds 3 decalitres.", "3 decalitres", 0.03, "meter ** 3", "decalitres"),
    ("The pool holds 2.5 megalitres.", "2.5 megalitres", 2500.0, "meter ** 3", "megalitres"),
    ("The rope is 3 hectometres.", "3 hectometres", 300.0, "meter", "hectometres"),
    ("It weighs 5 kilo.", "5 kilo", 0.005, "metric_ton", "kilo"),
    ("A 3-kilo bag of rice.", "3-kilo", 0.003, "metric_ton", "-kilo"),
    ("The slope is 30 deg from the horizontal.", "30 deg", 30.0, "degree", "deg, an angle"),
    ("The temperature was 5 deg celsius.", "5 deg celsius", 5.0, "degree_Celsius", "deg celsius"),
    ("It is 20 degrees centigrade.", "20 degrees centigrade", 20.0, "degree_Celsius", "degrees centigrade"),
    ("It was 68 deg fahrenheit.", "68 deg fahrenheit", 20.0, "degree_Celsius", "deg fahrenheit"),
    ("We need 2 dl of milk.", "2 dl", 2e-4, "meter ** 3", "dl"),
    ("Add 5 mls of water.", "5 mls", 5e-6, "meter ** 3", "mls"),
    ("Add 1 millilitre of water.", "1 millilitre", 1e-6, "meter ** 3", "millilitre"),
    ("A 3 kB file.", "3 kB", 3e3, "byte", "kB"),
    ("A 3 MByte file.", "3 MByte", 3e6, "byte", "MByte"),
    ("A 2 GByte drive.", "2 GByte", 2e9, "byte", "GByte"),
    ("A 5 Mbit stream.", "5 Mbit", 5e6 / 8, "byte", "Mbit"),
    ("A 5 Gbit link.", "5 Gbit", 5e9 / 8, "byte", "Gbit"),
    ("The hall is 300 sqft.", "300 sqft", 300 * 0.09290304, "meter ** 2", "sqft"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", SPELLINGS, ids=[r[4] for r in SPELLINGS])
def test_unit_spelling(sentence, text, value, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)], _got(sentence)
    assert got[0].value == pytest.approx(value, rel=1e-6)


def test_glucose_in_mg_per_dl():
    """dL after a slash: the decilitre of blood tests (mg/dL)."""
    got = claims_in("Fasting glucose was 126 mg/dL.")
    assert [(c.text, c.unit) for c in got] == [("126 mg/dL", "kilogram / meter ** 3")], _got("Fasting glucose was 126 mg/dL.")
    assert got[0].value == pytest.approx(1.26)


# A prefix word with no unit after it, or a word pint does not join to it, is no unit.
NOT_UNITS = [
    ("He scored 5 kilo points.", "a prefix before a non-unit"),
    ("She ran 3 mega events this year.", "mega events"),
    ("The company sold 20 micro loans.", "micro loans"),
    ("Buy a 3 kilo bag of rice.", "kilo before a noun pint knows (a bag)"),
    ("The league added 3 MLS clubs.", "MLS in capitals is a league, not millilitres"),
]


@pytest.mark.parametrize("sentence,why", NOT_UNITS, ids=[r[1] for r in NOT_UNITS])
def test_prefix_word_alone_is_no_unit(sentence, why):
    assert all(c.unit in ("count", "metric_ton") for c in claims_in(sentence)), _got(sentence)  # (kilo: a mass)
