"""Currencies as Chinese and English news name them (issue 9): one table per mechanism, sentences written for
these tests (not taken from any test suite), each row with the reason the rule holds."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# 元 is the unit of the yuan, the New Taiwan dollar, the Hong Kong dollar and the pataca alike. Hong Kong,
# Taiwan and Macau reports often write the amount in 元 and then name the currency right after it (500亿元港币,
# 2.16兆元新台币, 30元澳门币), as mainland reports write 3.2亿元人民币: the name after 元 says which one.
YUAN_THEN_NAME = [
    ("公司去年营收为500亿元港币。", 5e10, "HKD", "亿元 and 港币"),
    ("台積電去年營收為2.16兆元新台幣。", 2.16e12, "TWD", "zh-Hant: 兆元 and 新台幣"),
    ("門票售價為999元台幣。", 999.0, "TWD", "zh-Hant: the short name 台幣"),
    ("每张门票售价30元澳门币。", 30.0, "MOP", "澳门币"),
    ("總額達300億元港幣。", 3e10, "HKD", "zh-Hant: 億元 and 港幣"),
    ("净利润为3.2亿元人民币。", 3.2e8, "CNY", "人民币 (as before)"),
    ("每股派息0.5元。", 0.5, "CNY", "a bare 元 stays the yuan"),
]


@pytest.mark.parametrize("sentence,value,unit,why", YUAN_THEN_NAME, ids=[r[3] for r in YUAN_THEN_NAME])
def test_currency_named_after_yuan(sentence, value, unit, why):
    hit = [c for c in claims_in(sentence) if c.value == pytest.approx(value)]
    assert hit, _got(sentence)
    assert hit[0].unit == unit, _got(sentence)
