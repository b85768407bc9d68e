"""块 (塊) at the end of a clause is an amount of yuan (花了一百二十八块。) unless the clause names a count of
things before the figure (corpus mentions read as money: 银幕总数达到86310块, 淨增銀幕數2312塊).

A clause whose subject is a number of things (总数, 数量, 数目, 银幕数, 人数) counts them, and 块 there is their measure
word. 数额 (an amount), 指数, 系数, 倍数 and the vague 数十/数百 name no count. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, unit)], why)
CASES = [
    ("全市屏幕总数达到1250块。", [("1250块", "count")], "zh-Hans 总数"),
    ("新增光伏板數量為3400塊，", [("3400塊", "count")], "zh-Hant 數量"),
    ("今年新增银幕数580块", [("580块", "count")], "zh-Hans noun + 数 at the line's end"),
    ("這件衣服賣了八十塊。", [("八十塊", "CNY")], "zh-Hant: an amount"),
    ("他一共花了二百五十块。", [("二百五十块", "CNY")], "zh-Hans: an amount"),
    ("补贴数额为600块。", [("600块", "CNY")], "数额 is an amount"),
    ("数十位顾客每人花了30块。", [("数十位", "count"), ("30块", "CNY")], "数十 is a vague number"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[c[2] for c in CASES])
def test_kuai(sentence, want, why):
    assert [(c.text, c.unit) for c in claims_in(sentence)] == want
