"""A period after a slash (issue 9, units): mm/yr, 50 mm/d, km/day and t/wk name the period as "per year" does,
so a length over it is a rate (0.5 mm/yr of uplift, rainfall of 50 mm/d) and anything else keeps its stock with
the period read (500,000 t/yr stays tonnes, as "tonnes per year" does); and the ångström (Å, angstroms). Single
letters that are words as well (a, y) are left out. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit, c.written_unit) for c in claims_in(sentence)]


# (sentence, text, written unit, canonical unit, why)
FORMS = [
    ("The island sinks 1.2 mm/yr.", "1.2 mm/yr", "millimeter / year", "meter / second", "mm/yr"),
    ("The storm dropped 80 mm/d of rain.", "80 mm/d", "millimeter / day", "meter / second", "mm/d"),
    ("The dune moves 4 m/wk.", "4 m/wk", "meter / week", "meter / second", "m/wk"),
    ("The refinery runs 200,000 bbl/day.", "200,000 bbl/day", "oil_barrel / day", "oil_barrel / day", "bbl/day"),
    ("The smelter makes 80,000 t/yr.", "80,000 t", "metric_ton", "metric_ton", "t/yr keeps the stock"),
    ("The spacing is 2.8 Å.", "2.8 Å", "angstrom", "meter", "Å"),
    ("Atoms sit 4 angstroms apart.", "4 angstroms", "angstrom", "meter", "angstroms"),
]


@pytest.mark.parametrize("sentence,text,wunit,unit,why", FORMS, ids=[r[4] for r in FORMS])
def test_slash_period(sentence, text, wunit, unit, why):
    got = [(c.text, c.written_unit, c.unit) for c in claims_in(sentence)]
    assert got == [(text, wunit, unit)], _got(sentence)


def test_an_article_after_a_slash_is_no_year():
    got = claims_in("They drove 40 km / a day later they flew.")
    assert [c.written_unit for c in got if c.text.startswith("40")] == ["kilometer"], _got(
        "They drove 40 km / a day later they flew.")
