"""Sound levels (issue 9, units): 90 decibels, 140 dB, 90分贝 are levels in decibels, as pint names the unit, kept as
written (a log scale converts to nothing else); before, a bare count. "dB" is matched as written (a capital B).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


SOUND = [
    ("Traffic noise reached 90 decibels at rush hour.", "90 decibels", 90.0, "English word"),
    ("A jet engine at take-off is about 140 dB.", "about 140 dB", 140.0, "symbol dB"),
    ("高峰时段交通噪音达到90分贝。", "90分贝", 90.0, "zh-Hans 分贝"),
    ("尖峰時段交通噪音達到90分貝。", "90分貝", 90.0, "zh-Hant 分貝"),
]


@pytest.mark.parametrize("sentence,text,value,why", SOUND, ids=[r[3] for r in SOUND])
def test_sound_level_in_decibels(sentence, text, value, why):
    assert _got(sentence) == [(text, value, "decibel")], _got(sentence)
