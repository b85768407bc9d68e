"""Extraction forms read on the pages of corpus-fresh25: a digit after 万 that counts something of its own."""
from __future__ import annotations

import pytest

from factcheck.extract import quantities_in_line
from factcheck.knowledge import knowledge


def _read(text: str) -> list[tuple[str, float]]:
    return [(text[q.start:q.end], q.value) for q in quantities_in_line(text, knowledge())]


@pytest.mark.parametrize("text, first", [
    # a measure word after the digit: the digit counts that thing, not the next place after 万
    ("另有4500万5岁以下儿童出现消瘦", ("4500万", 45_000_000.0)),
    ("另有1亿4900万5岁以下儿童发育迟缓", ("1亿4900万", 149_000_000.0)),
    ("销量达1万5月份环比增长", ("1万", 10_000.0)),  # (5月份 is a month: 1万, not 15,000)
    # near misses: the abbreviated next place (1万5 is 15,000), also before a classifier the total takes (2万5家
    # 门店 is 25,000 stores, 3千2次 3,200 times), and a digit after 十 (三十六年 is 36 years)
    ("全国门店达到2万5家", ("2万5家", 25_000.0)),
    ("全年共有3千2次航班延误", ("3千2次", 3200.0)),
    ("累计存栏1万5只", ("1万5只", 15_000.0)),
    ("月薪1万5,比去年高", ("1万5", 15_000.0)),
    ("工资1万5一个月", ("1万5", 15_000.0)),
    ("逾三十六年", ("逾三十六年", 36.0)),
    ("连续第十四年", ("连续第十四年", 14.0)),
])
def test_a_digit_after_wan_with_a_measure_word_counts_on_its_own(text, first):
    assert _read(text)[0] == first


@pytest.mark.parametrize("text, first", [
    # a space before the vague marker and its scale: 50 多万 is 500,000 and more, as 50多万 is
    ("估计已有 50 多万叙利亚人逃离", ("50 多万", 500_000.0)),
    ("有 50 余万人受灾", ("50 余万人", 500_000.0)),
    # near misses: no scale after the marker, and the usual unspaced form
    ("共 50 多家企业参展", ("50 多", 50.0)),
    ("估计已有50多万叙利亚人逃离", ("50多万", 500_000.0)),
])
def test_a_spaced_vague_marker_keeps_its_scale(text, first):
    assert _read(text)[0] == first
