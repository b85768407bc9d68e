"""A scale letter glued to digits, then a hyphen and a currency or a unit (issue 9, money: "m"/"bn"/"k" after
money): "a 5m-dollar deal", "a 2m-tonne plant" are millions of the unit, as "a 10bn-euro fund" and "1.2m tons"
were; before, "5m" was five metres. A length adjective after the hyphen (a 5m-long wall) keeps the metres. "contract"
joins the cues that make "pounds" sterling. Chinese writes 500万美元 (read before). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit, c.written_value, c.written_unit) for c in claims_in(sentence)]


COMPOUNDS = [
    ("They signed a 5m-dollar deal with the city.", 5e6, "USD", "dollar"),
    ("He won a 3m-pound contract last week.", 3e6, "GBP", "pound sterling, a contract"),
    ("The firm is building a 2m-tonne plant.", 2e6, "metric_ton", "tonnes"),
]


@pytest.mark.parametrize("sentence,written,unit,why", COMPOUNDS, ids=[r[3] for r in COMPOUNDS])
def test_scale_letter_before_a_hyphenated_unit(sentence, written, unit, why):
    got = claims_in(sentence)
    assert [(c.written_value, c.unit) for c in got] == [(pytest.approx(written), unit)], _got(sentence)


@pytest.mark.parametrize("sentence", ["They built a 5m-long wall.", "A 3m-high fence stands there."])
def test_metres_before_an_adjective(sentence):
    assert [c.unit for c in claims_in(sentence)] == ["meter"], _got(sentence)
