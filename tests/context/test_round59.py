"""Round 59: mechanisms read off corpus-fresh63 (opened this round: Anta Sports', China Mobile's and JD.com's results).
A Chinese firm the page says publishes its results, its name ending with an ordinary word (安踏体育: 体育, sports),
also where a headline runs into its body after a space or a dateline's stroke (丨); a year written in two digits
(23年收入, 24年Q1); a defined term in capitals ("the Reporting Period") no name; a capitalised word opening a list's
item no name; a firm's name with "Sports Products" after it; a segment's or a brand's figure a part of the firm's.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factcheck.context import firm_names
from factcheck.context.vocab import vocab
from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # a name that publishes its results is a firm even when it ends with an ordinary word (体育, sports)
    ("凯睿体育发布2023年业绩。公司实现营业收入62.3亿元,同比增长16.2%。\n", "62.3亿元", "凯睿体育"),
    # a headline run into its body after a space: the name still opens a clause
    ("收入同比增16%,净利润同比增35% 凯睿体育发布2023年业绩。公司实现营业收入62.3亿元。\n", "16%", "凯睿体育"),
    # the stroke a page sets between a dateline and a name is no part of the name
    ("格隆汇8月22日丨凯睿体育(02099.HK)发布公告,2023年上半年,整体收益增长14.2%至人民币29.6亿元。\n",
     "人民币29.6亿元", "凯睿体育"),
])
def test_a_chinese_firm_that_publishes_its_results(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text", [
    # near miss: a common word before 发布 is no firm (记者, a reporter)
    "记者发布2023年业绩综述。营业收入62.3亿元。\n",
    # near miss: without a verb of publishing results an ordinary word stays one
    "凯睿体育营业收入62.3亿元。\n",
])
def test_no_firm_where_nothing_publishes(text):
    assert frames(text)["62.3亿元"].context.subject not in ("记者", "凯睿体育")


@pytest.mark.parametrize("text, figure, period", [
    # a year in two digits before 年 and what a report counts in it, or a part of the year
    ("23年收入同比增16%。\n", "16%", "2023"),
    ("24年Q1营收同比增长12%。\n", "12%", "2024-Q1"),
    ("24年上半年营收同比增长9%。\n", "9%", "2024-H1"),
    ("25年第一季度营收同比增长7%。\n", "7%", "2025-Q1"),
])
def test_a_year_in_two_digits(text, figure, period):
    got = frames(text)
    assert got[figure].context.period == period
    assert not any(t.endswith("年") for t in got)  # (the year itself is no claim)


@pytest.mark.parametrize("text, figure", [
    # near misses: a count of years stays one
    ("过去15年收入翻番。公司已运营23年。\n", "23年"),
    ("该品牌长达23年收入持续增长。\n", "23年"),
])
def test_a_count_of_years_stays_a_claim(text, figure):
    assert figure in frames(text)


def test_a_defined_term_in_capitals_is_no_name():
    text = ('Kerepa Holdings Limited (together with its subsidiaries, the "Group") announced its 2023 results. '
            "During the Reporting Period, Kerepa Group kept a long-term approach. "
            "The Group's revenue increased by 16.2% year-on-year to RMB62.356 billion.\n")
    assert frames(text)["RMB62.356 billion"].context.subject == "Kerepa"


def test_a_capitalised_word_opening_a_list_item_is_no_name():
    text = ("Kerepa Holdings results\n\nFinancial Performance - Revenue increased by 16.2% to RMB 62,356 million[1]. "
            "- Shareholders' profit attributable increased by 44.9% to RMB 10,954 million[2].\n")
    assert frames(text)["RMB 10,954 million"].context.subject != "Shareholders"


@pytest.mark.parametrize("name, head", [
    ("Kerepa Sports Products", "Kerepa"),
    ("Kerepa Sporting Goods", "Kerepa"),
    # near miss: a word that describes no business stays (another firm of a group)
    ("Kerepa Biologics", "Kerepa Biologics"),
])
def test_describing_words_after_a_firms_name(name, head):
    assert firm_names.head(name, vocab()) == head


@pytest.mark.parametrize("text, figure, part", [
    # a segment's or a brand's figure is about a part of the firm, never the whole
    ("Kerepa segment revenue grew by 9.3% year-on-year to RMB30.31 billion.\n", "RMB30.31 billion", True),
    ("凯睿品牌收益同比增长9.3%到303.06亿元。\n", "303.06亿元", True),
    ("The total revenue of all other brands surged by 57.7% to RMB6.95 billion.\n", "RMB6.95 billion", True),
    # near misses: the whole, including its brands
    ("包括同名品牌和雷克萨斯品牌在内的凯睿汽车销量达到1030万辆。\n", "1030万辆", False),
    ("Kerepa revenue, including all brands, rose to RMB62.4 billion.\n", "RMB62.4 billion", False),
    ("The Group's revenue rose 16.2% to RMB62.36 billion.\n", "RMB62.36 billion", False),
])
def test_a_segments_figure_is_a_part(text, figure, part):
    assert ("segment" in frames(text)[figure].context.basis) == part


@pytest.mark.parametrize("text, figure, subject", [
    # second step: a firm that publishes its results may open with its country's name, and its own word be a
    # term's (移动, mobile); later on the page, the firm wherever it is written again
    ("3月21日收盘后,中国凯睿发布2023年年报,2023年营业收入达到10093亿元。\n\n中国凯睿营业收入为10093亿元,同比增长7.7%。\n",
     "7.7%", "中国凯睿"),
    ("3月21日收盘后,中国移动发布2023年年报,营业收入达到10093亿元。\n", "10093亿元", "中国移动"),
    # a report's title after the name and a colon says the firm publishes its results
    ("凯睿股份: 凯睿股份:2023年年度报告摘要\n\n凯睿股份2023年营业收入为62.3亿元。\n", "62.3亿元", "凯睿股份"),
])
def test_a_firm_named_after_its_country(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_country_before_a_term_is_no_firm_where_none_publishes():
    # near miss: nothing says 中国移动支付 publishes results: the country's figure
    assert frames("2023年中国移动支付规模达到555万亿元。\n")["555万亿元"].context.subject == "China"


def test_a_firms_other_listings_in_its_brackets():
    # a short name first in the brackets, then two listings: no Hong Kong, and no code a claim
    got = frames("凯睿股份有限公司(凯睿,600999.SH,0999.HK)3月23日发布2023年年报,营收同比增长10.4%。\n")
    assert got["10.4%"].context.subject != "Hong Kong"
    assert not any(t.startswith(("600999", "0999")) for t in got)
