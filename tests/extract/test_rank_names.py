"""N大 with a hundred or more (issue 9, not claims): 三大运营商, 十大新闻 count a few major things, but 1000大企业,
百大品牌 name a ranked list (as 财富500强 and "Fortune 500" do) and 618大促 names a shopping day: none is an amount.
大关 is a mark passed (突破3000大关), a figure. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


RANK_NAMES = [
    ("这家公司跻身台湾1000大企业。", "zh-Hans: a ranked list"),
    ("這家公司躋身台灣1000大企業。", "zh-Hant: a ranked list"),
    ("该公司位列中国500大民营企业。", "zh-Hans 500大"),
    ("電商平台的618大促今天開始。", "zh-Hant: a shopping day"),
]


@pytest.mark.parametrize("sentence,why", RANK_NAMES, ids=[r[1] for r in RANK_NAMES])
def test_large_n_da_names_a_list(sentence, why):
    assert claims_in(sentence) == [], _got(sentence)


@pytest.mark.parametrize("sentence,value", [
    ("股指盘中突破3000大关。", 3000.0),
    ("客運量逼近50億大關。", 5e9),
    ("三大运营商同时宣布降价。", 3.0),
    ("年度十大新聞今天揭曉。", 10.0),
])
def test_few_major_things_stay_counts(sentence, value):
    assert [c.value for c in claims_in(sentence)] == [value], _got(sentence)


def test_english_rank_names_read_before():
    assert claims_in("The firm joined the Fortune 500 this year.") == []
