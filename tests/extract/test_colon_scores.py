"""Two numbers joined by a colon at the end of a sentence (issue 9, not claims: scores). 'won 3:1.' is a score or a
tally like 'won 3:1 at home'; the '1.' after a colon is no list number when a digit stands right before the colon
(a list after a colon follows a word: 'Agenda: 1. Opening'). Before, the first number stayed as a count. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


COLON_AT_END = [
    ("The board voted 7:2.", "a vote tally ends the sentence"),
    ("Spain beat Italy 3:1!", "an exclamation mark"),
    ("The home side won 4:0; the crowd cheered.", "a semicolon"),
    ("主队以4:0获胜。", "zh-Hans score before 获胜"),
    ("最终比分为3:1。", "zh-Hans score at the end"),
    ("最終比分為3：1。", "zh-Hant, a full-width colon"),
]


@pytest.mark.parametrize("sentence,why", COLON_AT_END, ids=[r[1] for r in COLON_AT_END])
def test_colon_score_at_end(sentence, why):
    assert claims_in(sentence) == [], _got(sentence)


LISTS_AFTER_COLON = [
    ("Agenda:1. Opening remarks by 12 delegates", [12.0], "a list glued to a word and a colon"),
    ("议程：1. 开幕式共有12位代表", [12.0], "zh-Hans list after a colon"),
]


@pytest.mark.parametrize("sentence,values,why", LISTS_AFTER_COLON, ids=[r[2] for r in LISTS_AFTER_COLON])
def test_list_after_colon(sentence, values, why):
    assert [c.value for c in claims_in(sentence)] == values, _got(sentence)
