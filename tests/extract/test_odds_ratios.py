"""A ratio written N-to-M (issue 9, ratios): "a 3-to-1 margin", "a two-to-one majority", "10-to-1 odds" state one
figure, N/M times, never the two numbers apart (the first alone was read as a count). Only where M is one or a
ratio's noun follows (margin, majority, ratio, vote, lead, odds...): a 9-to-5 job is office hours. English only:
Chinese writes a ratio as 3比1, which is no hyphenated form. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, text, value, why)
ODDS = [
    ("Members approved the merger by a 4-to-1 margin.", "4-to-1", 4.0, "digits and margin"),
    ("The motion carried by a three-to-one majority.", "three-to-one", 3.0, "words and majority"),
    ("The challenger is a 20-to-1 underdog.", "20-to-1", 20.0, "to one"),
    ("Staff voted by a 3-to-2 vote to strike.", "3-to-2", 1.5, "a ratio's noun after"),
]


@pytest.mark.parametrize("sentence,text,value,why", ODDS, ids=[r[3] for r in ODDS])
def test_one_ratio(sentence, text, value, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert got == [(text, pytest.approx(value), "times")], got


def test_office_hours_are_no_ratio():
    got = claims_in("She left her 9-to-5 job in May.")
    assert not [c for c in got if c.unit == "times"], [(c.text, c.unit) for c in got]
