"""A guess between two neighbouring numbers is a range (issue 9, ranges and 两). 三两 before a measure word is
colloquial "two or three", the reversed form of 两三 (三两天, 说了三两句, 三两个人), a range 2-3 of what the measure
word counts; 两 is the market unit liang only after a number and before no measure word (三两茶叶 is three liang of
tea). 句 (sentences) joins the measure words (间 does not: 10与20间 is 'between'). "two or three days", "5 or 6 percent", 2或3天: a number,
"or" and the next round number with a unit are one range in that unit (before, the first was a bare count);
numbers further apart (1 or 10 km) or falling (3 or 2) stay two figures. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.low, c.high, c.unit) for c in claims_in(sentence)]


THREE_TWO = [
    ("修好它只要三两天。", "三两天", "day", "zh-Hans, a unit of time"),
    ("他只说了三两句就走了。", "三两句", "count", "zh-Hans, 句 a measure word"),
    ("门口站着三两个人。", "三两个", "count", "zh-Hans, 个"),
    ("修好它只要三兩天。", "三两天", "day", "zh-Hant 兩"),
    ("他只說了三兩句就走了。", "三两句", "count", "zh-Hant, 句"),
]


@pytest.mark.parametrize("sentence,text,unit,why", THREE_TWO, ids=[r[3] for r in THREE_TWO])
def test_three_two_is_two_or_three(sentence, text, unit, why):
    got = claims_in(sentence)
    assert len(got) == 1, _got(sentence)
    c = got[0]
    assert c.written_unit == unit or c.unit == unit, _got(sentence)
    assert c.written_low == 2 and c.written_high == 3, _got(sentence)


MEASURE_WORDS = [
    ("他只回了两句。", 2.0, "zh-Hans 两句"),
    ("他只回了兩句。", 2.0, "zh-Hant 兩句"),
    ("他连说了五句谢谢。", 5.0, "zh-Hans 句"),
]


@pytest.mark.parametrize("sentence,value,why", MEASURE_WORDS, ids=[r[2] for r in MEASURE_WORDS])
def test_new_measure_words(sentence, value, why):
    got = claims_in(sentence)
    assert [(c.value, c.unit) for c in got] == [(value, "count")], _got(sentence)
    assert got[0].noun, _got(sentence)


def test_jian_after_a_range_is_between():
    got = claims_in("价格在10与20间浮动。")
    assert [(c.low, c.high) for c in got] == [(10, 20)], _got("价格在10与20间浮动。")


STILL_LIANG = [
    ("他买了三两茶叶。", 3.0, "zh-Hans: no measure word after 两"),
    ("他買了三兩茶葉。", 3.0, "zh-Hant"),
]


@pytest.mark.parametrize("sentence,written,why", STILL_LIANG, ids=[r[2] for r in STILL_LIANG])
def test_three_liang_stays_a_weight(sentence, written, why):
    got = claims_in(sentence)
    assert [(c.written_value, c.written_unit) for c in got] == [(written, "liang")], _got(sentence)


OR_NEIGHBOURS = [
    ("The repair takes two or three days.", "two or three days", 2, 3, "day", "English words, a unit of time"),
    ("Prices may rise 4 or 5 percent next year.", "4 or 5 percent", 4, 5, "percent", "a share"),
    ("A taxi ride costs $8 or $9 there.", "$8 or $9", 8, 9, "USD", "money on both ends"),
    ("The lake is 20 or 30 metres deep here.", "20 or 30 metres", 20, 30, "meter", "round tens"),
    ("维修需要2或3天。", "2或3天", 2, 3, "day", "zh-Hans 或"),
    ("維修需要2或3天。", "2或3天", 2, 3, "day", "zh-Hant 或"),
]


@pytest.mark.parametrize("sentence,text,lo,hi,unit,why", OR_NEIGHBOURS, ids=[r[5] for r in OR_NEIGHBOURS])
def test_or_between_neighbours_is_a_range(sentence, text, lo, hi, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.written_low, c.written_high, c.written_unit) for c in got] == [(text, lo, hi, unit)], \
        _got(sentence)


def test_or_before_a_time_word_frames_a_period():
    assert claims_in("Twenty or thirty minutes later, the rain stopped.") == [], \
        _got("Twenty or thirty minutes later, the rain stopped.")


OR_APART = [
    ("The station is 1 or 10 km away, depending on the road.", "not neighbours"),
    ("He said 3 or 2 days, not more.", "falling"),
]


@pytest.mark.parametrize("sentence,why", OR_APART, ids=[r[1] for r in OR_APART])
def test_or_between_numbers_apart_stays_two(sentence, why):
    assert not any(c.low is not None for c in claims_in(sentence)), _got(sentence)
