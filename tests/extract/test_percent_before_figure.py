"""The percent word written before its figure (issue 9, percent): "per cent of 22", "percent of 10" state 22 % and
10 %, the word order of Recognizers-Text's English percent specs. Only when no number comes before the percent word
(in "20 percent of 10 people" the 20 is the percent and 10 a count) and no determiner or question word (the percent of
10-year bonds, what percent of 10 is 3), where the phrase names a share rather than states one. English only:
Chinese writes the share first too (百分之十), which is read as a fraction elsewhere. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


PERCENT_OF = [
    ("percent of 10", [("percent of 10", 10.0, "percent")], "percent of, digits"),
    ("per cent of twenty-two", [("per cent of twenty-two", 22.0, "percent")], "per cent of, words"),
    ("He put it at percents of 15.", [("percents of 15", 15.0, "percent")], "percents of, in a sentence"),
    ("20 percent of 10 people came.", [("20 percent", 20.0, "percent"), ("10", 10.0, "count")],
     "a number before the percent word keeps it"),
    ("The percent of 10 respondents was small.", [("10", 10.0, "count")], "after a determiner: a share named"),
    ("What percent of 10 is 3?", [("10", 10.0, "count"), ("3", 3.0, "count")], "a question word"),
    ("A percent of 10 kg.", None, "a unit after the figure keeps it"),
]


@pytest.mark.parametrize("sentence,want,why", PERCENT_OF, ids=[r[2] for r in PERCENT_OF])
def test_percent_word_before_figure(sentence, want, why):
    got = _got(sentence)
    if want is None:
        assert all(u != "percent" for _, _, u in got), got
    else:
        assert got == want
