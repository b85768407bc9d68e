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
    ("财联社5月9日丨凯睿体育(02099.HK)公告称,一季度门店收益录得8.1%增长,达人民币12.4亿元。\n",
     "人民币12.4亿元", "凯睿体育"),
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
    ("截至24年底营收累计100亿元。\n", "100亿元", "2024"),
])
def test_a_year_in_two_digits(text, figure, period):
    got = frames(text)
    assert got[figure].context.period == period
    assert not any(t.endswith("年") for t in got)  # (the year itself is no claim)


@pytest.mark.parametrize("text, figure", [
    # near misses: a count of years stays one
    ("过去15年收入翻番。公司已运营23年。\n", "23年"),
    ("该品牌长达23年收入持续增长。\n", "23年"),
    # (review 62: after a demonstrative, a verb's aspect or a letter it is no year)
    ("这23年收入增长了5倍。\n", "23年"),
    ("他工作了23年收入一直不高。\n", "23年"),
])
def test_a_count_of_years_stays_a_claim(text, figure):
    assert figure in frames(text)


def test_a_fiscal_years_digits_are_no_short_year():
    # (review 62) FY25 年全年 is the fiscal year, not the calendar one
    assert frames("凯睿FY25 年全年營收1152億美元。\n")["1152億美元"].context.period == "FY2025"
    # (review 64) also after a fiscal quarter the sentence before names
    got = frames("凯睿FY25Q4营收达356亿美元。FY25 年全年营收增长142%,达1152亿美元。\n")
    assert got["1152亿美元"].context.period == "FY2025"


def test_a_name_that_opens_with_a_period_word():
    # (review 62) a defined term is no name; a firm whose name opens with one of its words stays whole
    assert frames("Period Health raised revenue 40% to $2 million in 2024.\n")["$2 million"].context.subject == \
        "Period Health"


@pytest.mark.parametrize("text, figure", [
    # (review 62) a common word before 发布 is no firm, and a byline's name is no one's after its space
    ("财经媒体发布2023年业绩排行,营业收入增长5.2%。\n", "5.2%"),
    ("责任编辑 王晓明 2023年营收增长5.2%。\n", "5.2%"),
])
def test_no_firm_from_ordinary_words_or_a_byline(text, figure):
    assert frames(text)[figure].context.subject not in ("财经媒体", "王晓明")


def test_a_defined_term_in_capitals_is_no_name():
    text = ('Kerepa Holdings Limited (with its subsidiaries, the "Group") posted its interim figures. '
            "In the Reporting Period, Kerepa Group opened 40 stores. "
            "The Group's turnover rose 8.4% to HK$5.1 billion.\n")
    assert frames(text)["HK$5.1 billion"].context.subject == "Kerepa"


def test_a_capitalised_word_opening_a_list_item_is_no_name():
    text = ("Kerepa Holdings results\n\nKey points - Sales were up 4% at HK$900 million[1]. "
            "- Customers' spending per visit fell 2% to HK$310[2].\n")
    assert frames(text)["HK$310"].context.subject != "Customers"


@pytest.mark.parametrize("name, head", [
    ("Kerepa Sports Products", "Kerepa"),
    ("Kerepa Sporting Goods", "Kerepa"),
    # near misses (review 62): what a firm sells after an ordinary word is part of its name
    ("Air Products", "Air Products"),
    ("Fox Sports", "Fox Sports"),
    # near miss: a word that describes no business stays (another firm of a group)
    ("Kerepa Biologics", "Kerepa Biologics"),
])
def test_describing_words_after_a_firms_name(name, head):
    assert firm_names.head(name, vocab()) == head


@pytest.mark.parametrize("text, figure, part", [
    # a segment's or a brand's figure is about a part of the firm, never the whole
    ("Sales at the Zelnor segment reached $4.1 billion in 2024.\n", "$4.1 billion", True),
    ("凯睿品牌营业额今年上半年为51.2亿元。\n", "51.2亿元", True),
    ("Sales of the other brands climbed to $880 million.\n", "$880 million", True),
    # near misses: the whole, including its brands; a market's brands; the brand that is the firm; a brand's worth
    ("包括凯睿品牌和泽诺品牌在内的集团销量为820万辆。\n", "820万辆", False),
    ("The Group's sales rose 5% to $9.9 billion.\n", "$9.9 billion", False),
    ("全球电视品牌出货量为1.9亿台。\n", "1.9亿台", False),
    ("China's best-known liquor brand said its net profit rose to 74 billion yuan.\n", "74 billion yuan", False),
    ("凯睿品牌价值增长8%至502亿美元。\n", "502亿美元", False),
    ("The DRAM segment grew to $38 billion.\n", "$38 billion", False),
])
def test_a_segments_figure_is_a_part(text, figure, part):
    assert ("segment" in frames(text)[figure].context.basis) == part


@pytest.mark.parametrize("text, figure, subject", [
    # second step: a firm that publishes its results may open with its country's name, and its own word be a
    # term's (移动, mobile); later on the page, the firm wherever it is written again
    ("4月2日晚间,中国凯睿发布2024年年报,全年营业收入为356亿元。\n\n中国凯睿营业收入为356亿元,同比增长4.1%。\n",
     "4.1%", "中国凯睿"),
    ("中国移动发布2024年半年报。上半年中国移动营业收入为5467亿元。\n", "5467亿元", "中国移动"),
    # a report's title after the name and a colon says the firm publishes its results
    ("凯睿股份: 凯睿股份:2024年年度报告摘要\n\n凯睿股份2024年营业收入为62.3亿元。\n", "62.3亿元", "凯睿股份"),
])
def test_a_firm_named_after_its_country(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_country_before_a_term_is_no_firm_where_none_publishes():
    # near miss: nothing says 中国移动支付 publishes results: the country's figure
    assert frames("2023年中国移动支付规模达到555万亿元。\n")["555万亿元"].context.subject == "China"


def test_a_firms_other_listings_in_its_brackets():
    # a short name first in the brackets, then two listings: no Hong Kong, and no code a claim
    got = frames("凯睿股份有限公司(凯睿,600999.SH,0999.HK)今日发布2024年年报,净利润同比增长6.8%。\n")
    assert got["6.8%"].context.subject != "Hong Kong"
    assert not any(t.startswith(("600999", "0999")) for t in got)


@pytest.mark.parametrize("text, figure, subject", [
    # (review 63) a country and an ordinary word before 发布 is no firm: the country's figure
    ("中国市场发布2023年业绩,收入增长3.1%。\n", "3.1%", "China"),
    ("中国政府发布2023年年度报告,财政收入增长6.4%。\n", "6.4%", "China"),
    # a term running on past a firm's name later on the page is the country's
    ("中国移动发布2024年半年报,上半年营业收入为5467亿元。\n\n2023年中国移动支付规模达到555万亿元。\n",
     "555万亿元", "China"),
])
def test_a_country_and_an_ordinary_word_is_no_firm(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_note_in_brackets_is_no_stock_code():
    # (review 63) a short name before a bare year in brackets is a note, not a firm's code
    got = frames("相关数据(国家统计局,2023)显示,全国营业收入增长5.2%。\n")["5.2%"]
    assert got.context.subject != "相关数据"


@pytest.mark.parametrize("text, figure, part", [
    # (review 63) 分部, "segment" after a business's words, "other" in the phrase: a part
    ("游戏分部收入增长9%至31亿元。\n", "31亿元", True),
    ("Revenue of the Kerepa pharmaceutical segment rose to $5.7 billion.\n", "$5.7 billion", True),
    ("The other front-end segment grew 10% to $3 billion.\n", "$3 billion", True),
    # near miss: a market's segment
    ("The smartphone market segment grew to $410 billion.\n", "$410 billion", False),
])
def test_a_segment_named_by_its_business(text, figure, part):
    assert ("segment" in frames(text)[figure].context.basis) == part


def test_the_first_months_are_no_top_n():
    # (review 63) 前10个月 is a span of time, not the top ten
    assert "top" not in frames("凯睿前10个月的销量增长20%。\n")["20%"].context.basis


def test_a_singular_pronoun_that_changed_on_a_firms_page():
    # (review 62) a list item's "it increased" with nothing before it standing for anything: the page's firm, whose
    # code its title gives (the item's capitalised first word no name)
    text = ("Source: https://reports.example.org/financials/123\n\n凯睿体育(02099) - 2024 - 中期业绩\n\n"
            "Highlights - Sales rose 8.2% to RMB 3,100 million[1]. - Attributable profit grew 12.5% to RMB 410 million, "
            "and after minority interests it increased by 9.8% to RMB 380 million[2].\n")
    assert frames(text)["RMB 380 million"].context.subject == "凯睿体育"


def test_a_country_led_firm_the_organisations_table_names():
    # the table's name for it, as the table's path would give it (no second key for one firm)
    got = frames("中国电信发布2024年年报,全年营业收入为5236亿元。\n")["5236亿元"]
    assert got.context.subject == "China Telecom"


@pytest.mark.parametrize("text, figure, period", [
    # a year named as that of a report the page says was published is not the year the page speaks from: its 去年 is
    # that year
    ("凯睿3月23日发布2023年年报显示,去年营收同比增长10.4%,达到848亿元。\n", "848亿元", "2023"),
    ("据凯睿2023年年报,去年营收同比增长10.4%,达到848亿元。\n", "848亿元", "2023"),
    # near misses: a year named beside 去年 as the figures' own still counts back from it; a report of any kind (not
    # a firm's annual one) says nothing of when the page was written
    ("2025年第一季度凯睿份额为36.9%,高于去年第四季度的36%。\n", "36%", "2024-Q4"),
    ("协会12月发布2023年报告显示,去年全国游戏收入增长14%至3029亿元。\n", "3029亿元", "2022"),
])
def test_last_year_after_a_published_reports_year(text, figure, period):
    assert frames(text)[figure].context.period == period
