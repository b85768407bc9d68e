"""A scale word right after a smaller one multiplies it (issue 9, forms of numbers): "one thousand million" is 1e9
(the British billion, still in older and Commonwealth copy), "five hundred thousand million" 5e11; before, the
second scale counted an extra "one" (1,001,000,000). Chinese 千万 and 万亿 read so already. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


STACKED_SCALES = [
    ("The scheme cost one thousand million pounds in all.", 1e9, "thousand million"),
    ("Reserves stood at two thousand million dollars.", 2e9, "two thousand million, money"),
    ("A debt of five hundred thousand million yen was written off.", 5e11, "hundred thousand million"),
    ("Exports reached a thousand million dollars.", 1e9, "an article before thousand million"),
]


@pytest.mark.parametrize("sentence,value,why", STACKED_SCALES, ids=[r[2] for r in STACKED_SCALES])
def test_a_scale_after_a_scale_multiplies(sentence, value, why):
    got = claims_in(sentence)
    assert len(got) == 1 and (got[0].written_value or got[0].value) == pytest.approx(value), _got(sentence)


@pytest.mark.parametrize("sentence,value", [
    ("项目耗资一千万元。", 1e7),
    ("项目耗资两千亿元。", 2e11),
    ("項目耗資兩千億元。", 2e11),
    ("The city has one million two hundred thousand people.", 1.2e6),
])
def test_scales_read_before_unchanged(sentence, value):
    got = claims_in(sentence)
    assert len(got) == 1 and got[0].value == pytest.approx(value), _got(sentence)
