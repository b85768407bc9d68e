""""N times" before a measure is a multiple of it: "nine times average earnings", "12 times annual profit", "30
times sales" (read as nine occurrences before). units.toml [times] multiple_words lists the words that open such a
measure; other words after "times" still count occurrences ("fined 3 times last year"). Chinese writes 倍, which
is always a multiple. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence,text,unit", [
    ("A flat costs eleven times average income here.", "eleven times", "times"),
    ("The bid values it at 14 times annual profit.", "14 times", "times"),
    ("Rivals trade at 25 times earnings.", "25 times", "times"),
    ("Debt reached 6 times EBITDA.", "6 times", "times"),
    ("He was late 4 times last month.", "4 times", "count"),
    ("房价相当于平均收入的11倍", "11倍", "times"),
    ("房價相當於平均收入的11倍", "11倍", "times"),
])
def test_times(sentence, text, unit):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)]
