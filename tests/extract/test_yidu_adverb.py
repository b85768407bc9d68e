"""一度 before a verb is "at one point" (市值一度突破3万亿美元, 股价一度上涨5%), and 两度/三度 before one count occasions
(两度夺冠: won twice): a lone Chinese numeral and 度 before a verb are no angle or temperature. Before 电, 的, 左右,
以上/以下, 多, 半 or punctuation, 度 stays the unit (一度电, 零下一度的天气, 下降了一度，). Digits keep 度 (升高了3度).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence,texts", [
    ("该股股价一度跌破10元", ["跌破10元"]),
    ("該股股價一度跌破10元", ["跌破10元"]),
    ("球队曾三度闯入决赛", []),
    ("球隊曾三度闖入決賽", []),
    ("夜里气温又降了一度。", ["一度"]),
    ("一度电的价格是0.6元", ["一度电", "0.6元"]),
    ("水温升高了5度", ["5度"]),
])
def test_yidu(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts
