"""Two neighbouring numbers joined by "or" with one scale word after the second (issue 9, ranges: "four to five
thousand" is 4,000-5,000).

"2 or 3 days", "5 or 6 billion dollars": a guess between two neighbouring round numbers is a range when a unit
follows the second, as 两三天 is. With a bare scale word after the second and none after the first ("3 or 4
million", 三或四万, 2或3万元) the scale belongs to both ends as it does after "to"; the figures were 3 and 4
million. The neighbour test compares the digits before the scale (3 and 4), not 3 and 40,000. Numbers that are no
neighbours stay two figures ("3 or 40 million"), as do bare numbers with no scale and no unit ("1 or 2").
zh-Hans, zh-Hant and English; sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, low, high, value, unit)], why)
CASES = [
    ("The city has 3 or 4 million residents.", [("3 or 4 million", 3e6, 4e6, "count")], "3 or 4 million"),
    ("Five or six million people voted.", [("Five or six million", 5e6, 6e6, "count")], "words"),
    ("About 4 or 5 thousand fans came.", [("About 4 or 5 thousand", 4e3, 5e3, "count")], "thousand"),
    ("约有三或四万人参加", [("三或四万人", 3e4, 4e4, "count")], "三或四万, hans"),
    ("費用約2或3萬元", [("約2或3萬元", 2e4, 3e4, "CNY")], "2或3萬元, hant"),
    ("It cost 5 or 6 billion dollars.", [("5 or 6 billion dollars", 5e9, 6e9, "USD")], "a unit after, as before"),
    ("It has 3 or 40 million rows.", [("3", None, None, "count"), ("40 million", None, None, "count")],
     "no neighbours: two figures"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[r[2] for r in CASES])
def test_or_range_with_scale(sentence, want, why):
    got = [(c.text, c.low, c.high, c.unit) for c in claims_in(sentence)]
    assert got == want
