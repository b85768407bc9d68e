"""The ideographic full stop typed as a decimal point (corpus mentions missed: a page converted from full-width
text writes "1。4萬億斤", "221。8億斤", "增加1。4%", and each was read as two figures, 1 and 4萬億斤).

Between digits, "。" is a decimal point when one or two digits follow it and then a percent sign or 万/亿 (萬/億):
no sentence begins with "4%" or "8亿" glued to the last one's final digit. A year before it (2023。5%) ends a
sentence, and so does a number before a word or a measure word. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, value in the canonical unit, unit)], why)
CASES = [
    ("全年水果產量達到3。2億噸，增加2。5%。", [("3。2億噸", 3.2e8, "metric_ton"), ("2。5%", 2.5, "percent")], "zh-Hant"),
    ("全年用电量为9。2万亿千瓦时", [("9。2万亿千瓦时", 9.2e15, "watt_hour")], "zh-Hans scale and unit"),
    ("出口额增长了17。35%", [("17。35%", 17.35, "percent")], "two decimals"),
    ("营收达到45。6亿元", [("45。6亿元", 4.56e9, "CNY")], "money"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[c[2] for c in CASES])
def test_ideographic_point(sentence, want, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in want], got
    for (_, v, _), (_, w, _) in zip(got, want):
        assert v == pytest.approx(w)


# (sentence, texts)
SENTENCE_ENDS = [
    ("项目始于2023。5%的股份随后转让", ["5%"]),
    ("他今年12岁。3月份搬家", ["12岁"]),
    ("目标是3万。5万辆是上限", ["3万", "5万辆"]),
    ("共有12。345家企业参与", ["12", "345家"]),
]


@pytest.mark.parametrize("sentence,texts", SENTENCE_ENDS, ids=[s[0] for s in SENTENCE_ENDS])
def test_full_stop_still_ends_a_sentence(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts


@pytest.mark.parametrize("sentence, text, value", [
    # a full-width point between Chinese digits before a percent sign or a large unit: decimals
    ("出口歐盟年增八．四％、東南亞年增十三．四％。", "八．四％", 8.4),
    ("東南亞年增十三．四％。", "十三．四％", 13.4),
])
def test_chinese_digits_with_a_full_width_point(sentence, text, value):
    got = claims_in(sentence)
    assert (got[0].text, got[0].value) == (text, value)
