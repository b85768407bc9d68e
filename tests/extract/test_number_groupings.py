"""Thousands written the Swiss and French way, and shares "in every" in words (issue 9, number forms).

- Swiss writing groups thousands with apostrophes (1'000'000, CHF 2'500.50); the number was cut at the first
  apostrophe into 1 and 000 (zero francs). Groups of three digits after apostrophes are thousands now; a height
  (6'2") has one digit after the mark and stays feet and inches.
- French writing groups thousands with spaces and marks decimals with a comma (1 234,56 euros); the space groups
  were read (1 000 000) but not a decimal comma after them, leaving 1 and 234.56. Space groups then a comma and one
  or two digits are a decimal number now; "10 , 000" of tokenised text stays ten thousand.
- "one in every five", "three out of every four": shares as "one in five" and "1 in every 5" were; the words
  "in every" and "out of every" were read after digits only.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, text, value, unit, why)
CASES = [
    ("The villa sold for 1'000'000 francs.", "1'000'000 francs", 1e6, "FRF", "Swiss apostrophes"),
    ("Der Preis: CHF 2'500.50 pro Monat.", "CHF 2'500.50", 2500.5, "CHF", "apostrophes and a decimal point"),
    ("The town has 12'000 inhabitants.", "12'000", 12000.0, "count", "a count"),
    ("He is 6'2\" tall.", "6'2\"", 74 * 0.0254, "meter", "feet and inches stay"),
    ("Le prix est de 1 234,56 euros.", "1 234,56 euros", 1234.56, "EUR", "French spaces and comma"),
    ("Il y a 10 000 habitants.", "10 000", 10000.0, "count", "spaces alone, as before"),
    ("about 10 , 000 people", "about 10 , 000", 10000.0, "count", "tokenised thousands, as before"),
    ("One in every five adults smokes.", "One in every five", 20.0, "percent", "one in every five"),
    ("Three out of every four voters agreed.", "Three out of every four", 75.0, "percent", "out of every"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", CASES, ids=[r[4] for r in CASES])
def test_number_grouping(sentence, text, value, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)], [(c.text, c.value, c.unit) for c in got]
    assert got[0].value == pytest.approx(value, rel=1e-6)
