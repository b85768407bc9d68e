"""Round 57: mechanisms read off corpus-fresh61 (opened this round: Haidilao's, Meituan's, NIO's and Li Auto's results
and deliveries; business statistics). A Chinese name the page's title opens with is a firm wherever the body writes it;
a Hong Kong listing's share mark; a measure's label in capitals is no firm the page is about. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from helpers import frames


def test_a_name_the_title_opens_with_is_a_firm_in_the_body():
    text = ("凯睿2023年营收净利双增,四季度经调整净利润同比增长超4倍\n\n"
            "22日盘后,凯睿公布了2023年业绩数据,2023年凯睿营收同比增长26%。\n")
    assert frames(text)["26%"].context.subject == "凯睿"


def test_a_title_naming_no_one_lends_no_name():
    # (near miss: a title of a market, 2023年全国营收…, names no firm for the body)
    text = "2023年全国餐饮收入增长20%\n\n22日,国家统计局公布数据,营收同比增长26%。\n"
    assert frames(text)["26%"].context.subject != "国家统计局"


@pytest.mark.parametrize("name, head", [
    ("Kerepa-W", "Kerepa"), ("凯睿-W", "凯睿"), ("Kerepa-SW", "Kerepa"),
    # near miss: a short name before the mark stays whole
    ("K-W", "K-W"),
])
def test_a_hong_kong_listings_share_mark(name, head):
    from factcheck.context import firm_names, vocab

    assert firm_names.head(name, vocab()) == head


def test_a_measures_label_in_capitals_is_no_firm_the_page_is_about():
    text = ("Source: https://www.example.com/reports/998638\n\n"
            "Investment Rating - The report maintains a Strong Buy rating for Kerepa-W (03690.HK). Core Insights - In "
            "Q1 2024, Kerepa achieved a revenue of 73.28 billion CNY. Financial Forecast - Net Profit 2024: 40 billion; "
            "Net Profit 2025: 45 billion; Net Profit 2026: 50 billion.\n\n"
            "The net profit was 5.37 billion CNY in the quarter.\n")
    assert frames(text)["5.37 billion CNY"].context.subject != "Net Profit"


@pytest.mark.parametrize("text, figure, period", [
    # a quarter without its year after the same period a year back is the page's year's
    ("2023年营收2767亿元,同比增长26%,去年同期为-66.86亿。第四季度营收736.96亿元,同比增长22.6%。\n", "736.96亿元",
     "2023-Q4"),
    # near miss: 去年 alone is the year a page dated in January reports
    ("date 2026-01-10 财政部公布去年全年进出口统计。\n\n财政部公布去年全年进出口统计，累计出口总额6407.5亿美元。\n",
     "6407.5亿美元", "2025"),
])
def test_a_quarter_takes_no_year_from_the_same_period_a_year_back(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, topics", [
    # two things joined by "and" with a modifier of the second between them: the figures pair in order, and the
    # modifier is the second's alone
    ("In 2023, Kerepa's revenue and net profit rose 26% and 307% respectively.\n", "26%", {"revenue"}),
    ("In 2023, Kerepa's revenue and net profit rose 26% and 307% respectively.\n", "307%", {"net", "profit"}),
])
def test_a_modifier_between_two_listed_things_is_the_seconds(text, figure, topics):
    assert set(frames(text)[figure].context.topics) == topics
