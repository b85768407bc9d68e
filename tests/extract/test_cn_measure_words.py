"""What follows a Chinese measure word (量词): a half, a coin, 亿 (issue 9, "fractions and halves", money).

After a unit of measure 半 already added half of the unit (一斤半, 两米半, 三成半), and 个半 before a unit of
time (两个半小时). After a measure word of a count (岁, 个, 瓶, 杯 ...) it was dropped: 五岁半 was an age of 5,
两个半 two. It now adds a half there too, where 半 begins no word (一个半岛 is one peninsula, 三个半决赛 three
semi-finals) and the measure word is no clock word (三点半 is half past three). zh-Hans and zh-Hant; sentences
written for these tests.

- Ether (10 ETH, 以太币) is a currency as bitcoin is; "ETH" is no prefix (ETH Zurich).
- Coins counted with 个 or 枚 (100个比特币, 三枚以太币) are money: the measure word stood for the whole figure, a count.
- 个 before 亿 (两个亿, 三个亿元) is the colloquial hundreds of millions, not two things; 两个亿万富翁 (two
  billionaires) keeps its count, as 亿万 begins a word."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, value, unit)], why)
CASES = [
    ("孩子今年五岁半", [("五岁半", 5.5, "count")], "岁半, hans"),
    ("孩子今年五歲半", [("五歲半", 5.5, "count")], "歲半, hant"),
    ("孩子今年一岁半", [("一岁半", 1.5, "count")], "one and a half: not the word one"),
    ("他喝了两杯半的水", [("两杯半", 2.5, "count")], "杯半 before 的"),
    ("桌上有兩瓶半", [("兩瓶半", 2.5, "count")], "瓶半, hant"),
    ("这里有一个半岛", [], "半岛 is a word"),
    ("三个半决赛都很精彩", [("三个", 3.0, "count")], "半决赛 is a word"),
    ("下午三点半开会", [], "三点半 is a time of day"),
    ("两个半小时", [("两个半小时", 2.5 / 24 / 365.25, "year")], "个半 + unit of time, as before"),
    ("He paid 0.5 ETH for the domain.", [("0.5 ETH", 0.5, "ETH")], "ETH"),
    ("他买了三个以太币", [("三个以太币", 3.0, "ETH")], "个 + 以太币"),
    ("他持有100個比特幣", [("100個比特幣", 100.0, "BTC")], "個 + 比特幣, hant"),
    ("钱包里有五枚以太币", [("五枚以太币", 5.0, "ETH")], "枚 + 以太币"),
    ("公司投资了两个亿", [("两个亿", 2e8, "count")], "两个亿"),
    ("项目花了三个亿元", [("三个亿元", 3e8, "CNY")], "三个亿元"),
    ("項目花了三個億美元", [("三個億美元", 3e8, "USD")], "三個億美元, hant"),
    ("镇上出了两个亿万富翁", [("两个", 2.0, "count")], "亿万富翁 is a word"),
    ("五个人", [("五个", 5.0, "count")], "个 + a noun: a count, as before"),
    ("ETH Zurich has 20 labs.", [("20", 20.0, "count")], "ETH before a name: no currency"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[r[2] for r in CASES])
def test_count_and_a_half(sentence, want, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(t, u) for t, _, u in want], [(c.text, c.value, c.unit) for c in got]
    for c, (_, v, _) in zip(got, want):
        assert c.value == pytest.approx(v, rel=1e-6)
