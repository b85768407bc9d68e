"""A Chinese numeral standing alone between two bounds (issue 9, ranges and "a numeral that is part of a word").

A single Chinese numeral followed by another Chinese character is read as the start of a word (两国, 三星, 十足)
and dropped. Between two comparison bounds it is the end of the first bound: 大于五小于十 is the range 5-10, as
大于5小于10 already was, but the 五 was dropped because 小 follows it, leaving only "under 10". The mechanism: a
lone numeral right after a comparison bound (大于, 高于, 不少于 ...) stays a number when the characters after it
begin a second bound of two or more characters (小于, 低于, 不超过), optionally after a conjunction (且, 并且, 而,
、, ，); the range joiner then makes the two bounds one range, as for Arabic figures. A single-character hedge
(近, 超) may begin a word, so it starts no second bound. zh-Hans and zh-Hant; sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, low, high, why)
RANGES = [
    ("数字大于五小于十", 5.0, 10.0, "大于…小于, hans"),
    ("數字大於五小於十", 5.0, 10.0, "大於…小於, hant"),
    ("数值大于十且小于二十", 10.0, 20.0, "且 between"),
    ("數值大於十且小於二十", 10.0, 20.0, "且 between, hant"),
    ("温度高于三低于八", 3.0, 8.0, "高于…低于"),
    ("溫度高於三並且低於八", 3.0, 8.0, "並且, hant"),
    ("人数不少于三、不超过八", 3.0, 8.0, "不少于…不超过 with 、"),
    ("人數不少於三，不超過八", 3.0, 8.0, "不少於…不超過 with ，"),
]


@pytest.mark.parametrize("sentence,low,high,why", RANGES, ids=[r[3] for r in RANGES])
def test_lone_numeral_between_bounds(sentence, low, high, why):
    got = claims_in(sentence)
    assert [(c.low, c.high) for c in got] == [(low, high)], [(c.text, c.value, c.low, c.high) for c in got]


# a lone numeral before a word, a bound before it but no second bound after: still a word, or a figure as before
WORDS = [
    ("大于五", [("大于五", 5.0)], "the end of the line: a figure"),
    ("超过两国的总和", [], "两国 is a word (no second bound follows)"),
    ("三星手机", [], "三星 is a name"),
]


@pytest.mark.parametrize("sentence,want,why", WORDS, ids=[r[2] for r in WORDS])
def test_lone_numeral_without_second_bound(sentence, want, why):
    assert [(c.text, c.value) for c in claims_in(sentence)] == want
