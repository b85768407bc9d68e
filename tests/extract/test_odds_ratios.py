"""A ratio written N-to-M (issue 9, ratios): "a 3-to-1 margin", "a two-to-one majority", "10-to-1 odds" state one
figure, N/M times, never the two numbers apart (the first alone was read as a count). Only where M is one or a
ratio's noun follows (margin, majority, ratio, vote, lead, odds...). Otherwise an ascending N-to-M is a range
(aged 25-to-34, a three-to-five-year term: "to-34" is no product code) and a descending one a tally or hours
(the court split 7-to-2, a 9-to-5 job), no figure, as a score written 7-2 is none. English only: Chinese writes a
ratio as 3比1, which is no hyphenated form. Sentences written for these tests."""
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



# (sentence, text, low, high, unit, why)
HYPHEN_RANGES = [
    ("Groups of 25-to-34 people led the survey.", "25-to-34", 25.0, 34.0, "count", "a range of sizes"),
    ("He faces a 3-to-5-year term.", "3-to-5-year", 3.0, 5.0, "year", "a hyphenated range of years"),
]


@pytest.mark.parametrize("sentence,text,low,high,unit,why", HYPHEN_RANGES, ids=[r[5] for r in HYPHEN_RANGES])
def test_hyphenated_range(sentence, text, low, high, unit, why):
    got = [(c.text, c.low, c.high, c.unit) for c in claims_in(sentence)]
    assert got == [(text, low, high, unit)], got


@pytest.mark.parametrize("sentence", ["The court split 7-to-2 on the case.", "He quit his 9-to-5 job."])
def test_descending_pair_is_a_tally(sentence):
    assert claims_in(sentence) == [], [(c.text, c.unit) for c in claims_in(sentence)]
