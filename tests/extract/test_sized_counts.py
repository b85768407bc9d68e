"""A count whose noun carries its size as a compound adjective: "176.23 million 60-kg bags", "5 million 42-gallon
barrels", "40 million 60-kilogram bags" count bags and barrels, not kilograms; the size is part of the noun. A size
before a noun that is no unit ("3 million 20-foot containers", "300 10-year members") leaves the count and the size
as they were. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence, text, unit", [
    ("Output will rise to 176.23 million 60-kg bags this season.", "176.23 million 60-kg bags", "bag"),
    ("Brazil will export 40 million 60-kilogram bags.", "40 million 60-kilogram bags", "bag"),
    ("The field pumped 5 million 42-gallon barrels a day.", "5 million 42-gallon barrels a day", "oil_barrel / day"),
])
def test_a_sized_noun_is_the_unit_of_its_count(sentence, text, unit):
    got = [(c.text, c.unit) for c in claims_in(sentence)]
    assert got == [(text, unit)]


@pytest.mark.parametrize("sentence, texts", [
    ("The port handled 3 million 20-foot containers.", ["3 million", "20-foot"]),
    ("The club has 300 10-year members.", ["300", "10-year"]),
])
def test_a_size_before_a_noun_that_is_no_unit_stays_a_size(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts
