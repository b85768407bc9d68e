"""A rate written 十万分之N (issue 9, fractions; round 27): after a rate's name (死亡率, 发病率 …) it is N per
100,000, as "95 deaths per 100,000" is in English (value N, `per` 100000), so that the two meet; a second one of a
change (从十万分之95下降到十万分之27) is read so too. Alone, 一百万分之五 stays the number 0.000005 (as the
Recognizers-Text cases write it). Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

RATES = [
    ("该国孕产妇死亡率为十万分之106。", "十万分之106", 106.0, 100000.0, "a rate named before it"),
    ("結核病發病率為十萬分之45。", "十萬分之45", 45.0, 100000.0, "Traditional script"),
    ("死亡率从十万分之95下降到十万分之27。", "十万分之27", 27.0, 100000.0, "the end of a change"),
    ("该病发病率约为十万分之3.5。", "约为十万分之3.5", 3.5, 100000.0, "a hedge between"),
]


@pytest.mark.parametrize("sentence,text,value,per,why", RATES, ids=[r[4] for r in RATES])
def test_a_rate_per_hundred_thousand(sentence, text, value, per, why):
    got = [c for c in claims_in(sentence) if c.text == text]
    assert [(c.value, c.unit, c.per) for c in got] == [(value, "count", per)], \
        [(c.text, c.value, c.unit, c.per) for c in claims_in(sentence)]


NOT_RATES = [
    ("一百万分之五", "一百万分之五", "no rate named: the number"),
    ("每年约有十万分之五的人口迁出。", "十万分之五", "no rate before it"),
    ("死亡率下降了百分之五。", "百分之五", "百分之: a percentage"),
]


@pytest.mark.parametrize("sentence,text,why", NOT_RATES, ids=[r[2] for r in NOT_RATES])
def test_not_a_rate_per_hundred_thousand(sentence, text, why):
    got = [c for c in claims_in(sentence) if c.text == text]
    assert got and all(c.per is None and c.unit == "percent" for c in got), \
        [(c.text, c.value, c.unit, c.per) for c in claims_in(sentence)]


REVIEW = [
    # (review) per million after a rate's name too, a bare 百万 included; a comma (、 after normalising) parts the
    # rate's name from another clause's fraction; 比例尺 is a map's scale, no rate
    ("发病率为百万分之三。", "百万分之三", 3.0, "count", 1000000.0),
    ("死亡率下降了，十万分之五的人口受益。", "十万分之五", 0.005, "percent", None),
    ("比例尺为十万分之一的地图", "十万分之一", 0.001, "percent", None),
]


@pytest.mark.parametrize("sentence,text,value,unit,per", REVIEW)
def test_review_cases(sentence, text, value, unit, per):
    got = [c for c in claims_in(sentence) if c.text == text]
    assert [(c.value, c.unit, c.per) for c in got] == [(pytest.approx(value), unit, per)], \
        [(c.text, c.value, c.unit, c.per) for c in claims_in(sentence)]
