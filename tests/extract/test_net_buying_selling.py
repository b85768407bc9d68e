"""超 after 卖/买 (賣超, 買超: net selling or buying in Taiwan's market reports) is part of the word, no "more than":
外資賣超新台幣120億元 is a net sale of NT$12 billion, not "over". 超 alone before a figure stays a bound (营收超120亿元,
支出超1500亿元), and so does 购买超 (bought more than: the longer hedge word wins, its span the verb's too).
hedges.toml [before] none. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence,text,qualifier", [
    ("外資昨日賣超新台幣85億元", "新台幣85億元", None),
    ("投信買超32億元", "32億元", None),
    ("外资今日卖超60亿元", "60亿元", None),
    ("今年已购买超200台设备", "购买超200台", "over"),
    ("上半年支出超1500亿元", "超1500亿元", "over"),
    ("公司营收超90亿元", "超90亿元", "over"),
])
def test_net_trades(sentence, text, qualifier):
    got = claims_in(sentence)
    assert [(c.text, c.qualifier) for c in got] == [(text, qualifier)]
