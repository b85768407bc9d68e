"""Vague endings glued to an English number (issue 9, bounds in words): "100-odd stores", "40-something people",
"30-odd years" are a little over the number, a floor, as 百余家, 四十多人, 30余年 are in Chinese (read before) and
"1,200-plus" was; "8-ish" is about 8. A unit after the ending is the figure's (30-odd years, 40-something miles).
Before, the figure was exact and a unit after the ending was lost. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.qualifier, c.written_unit) for c in claims_in(sentence)]


VAGUE_ENDINGS = [
    ("The chain has 100-odd stores in the region.", "100-odd", 100.0, "over", "count", "-odd"),
    ("A crowd of 40-something people gathered.", "40-something", 40.0, "over", "count", "-something"),
    ("The feud lasted 30-odd years.", "30-odd years", 30.0, "over", "year", "-odd before a unit"),
    ("He drove 40-something miles to get there.", "40-something miles", 40.0, "over", "mile", "-something, a unit"),
    ("The repairs cost 50-ish dollars.", "50-ish dollars", 50.0, "approx", "USD", "-ish: about"),
]


@pytest.mark.parametrize("sentence,text,written,qualifier,unit,why", VAGUE_ENDINGS, ids=[r[5] for r in VAGUE_ENDINGS])
def test_vague_ending_after_a_number(sentence, text, written, qualifier, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.written_value, c.qualifier) for c in got][:1] == [(text, written, qualifier)], _got(sentence)
    assert got[0].written_unit == unit, _got(sentence)


@pytest.mark.parametrize("sentence,qualifier", [
    ("该连锁店有百余家门店。", "over"),
    ("這場爭執持續了30餘年。", "over"),
])
def test_chinese_vague_endings_read_before(sentence, qualifier):
    assert [c.qualifier for c in claims_in(sentence)] == [qualifier], _got(sentence)
