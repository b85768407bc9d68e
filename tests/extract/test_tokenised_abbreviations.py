"""Abbreviations of tokenised text, their points spaced off (issue 9, units: areas and volumes; money).

Treebank-style text, as news corpora and test suites built from them write it, spaces every full stop off its
word: "1,000 sq . ft .", "5 cu . ft .", "5 million u . s . dollars". "sq." and "cu." before a length unit made an area
or a volume only with the point glued; "U.S. dollars" was a currency name only unspaced. The square/cubic reading
now takes "sq ." and "cu ." as it takes "sq." (for any length unit after it), and the spaced "u . s . dollars" joins
the dollar's names. English only. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

FT = 0.3048

# (sentence, text, value in the canonical unit, unit, why)
CASES = [
    ("they rent a 1,000 sq . ft . apartment .", "1,000 sq . ft", 1000 * FT ** 2, "meter ** 2", "sq . ft ."),
    ("about 5 sq . miles of land burned .", "about 5 sq . miles", 5 * 1609.344 ** 2, "meter ** 2", "sq . miles"),
    ("a 5 cu . ft . fridge", "5 cu . ft", 5 * FT ** 3, "meter ** 3", "cu . ft ."),
    ("The area is 5 sq. km.", "5 sq. km", 5e6, "meter ** 2", "sq. km, as before"),
    ("it paid 5 million u . s . dollars .", "5 million u . s . dollars", 5e6, "USD", "u . s . dollars"),
    ("it paid 5 million U.S. dollars.", "5 million U.S. dollars", 5e6, "USD", "U.S. dollars, as before"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", CASES, ids=[r[4] for r in CASES])
def test_tokenised_abbreviation(sentence, text, value, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)], [(c.text, c.value, c.unit) for c in got]
    assert got[0].value == pytest.approx(value, rel=1e-6)
