"""Round 56: mechanisms read off corpus-fresh60 (opened this round: Cathay Pacific's, Kweichow Moutai's and Pop Mart's
results; business statistics). A year named by the day it ends; a dateline's dash ending a site's name; a firm reporting
its own results in any words; a firm's results in a sentence naming no one after one about the firm; a firm's results
lent no page topic. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import frames, xf


@pytest.mark.parametrize("text, figure, period", [
    ("Kerepa's profit for the year ended December 31, 2024, increased 1% to HK$9.89 billion.\n", "HK$9.89 billion",
     "2024"),
    ("Kerepa's revenue for the year ended 31 December 2024 rose 5% to $3 billion.\n", "$3 billion", "2024"),
    ("Kerepa's revenue for the fiscal year ended March 31, 2024 rose 5% to $3 billion.\n", "$3 billion", "FY2024"),
    ("截至2024年12月31日止年度，凯睿收入增长5%至30亿元。\n", "30亿元", "2024"),
    # near miss: a date figures are counted up to is no year's end
    ("As of March 31, 2024, Kerepa had 30,000 employees.\n", "30,000", "2024-03 (as of)"),
])
def test_a_year_named_by_the_day_it_ends(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_datelines_dash_ends_the_sites_name():
    text = ("Source: https://news.example.com/kerepa-pacific-posts-profit\n\n"
            "Investing.com-- Kerepa Pacific Airways (HK:0293) reported a marginal rise in annual profit on "
            "Wednesday.\n\nProfit attributable for the year ended December 31, 2024, increased 1% to HK$9.89 "
            "billion.\n")
    # (the page's firm, its describing word "Airways" left out as the run's other pages may write it)
    assert frames(text)["HK$9.89 billion"].context.subject == "Kerepa Pacific"


def test_a_firm_reporting_its_own_results_in_any_words_is_their_subject():
    f = frames("Kerepa Pacific reported slight profit growth during 2024, recording an annual profit of HK$9.9bn.\n")
    assert f["HK$9.9bn"].context.subject == "Kerepa Pacific"


def test_a_firms_results_after_a_sentence_about_it_are_its():
    text = ("Kerepa Pacific Airways, Hong Kong's flagship carrier, posted a solid performance last year.\n"
            "According to its 2024 annual results, the airline generated HK$104.37 billion in revenue. Net profit "
            "edged up 1 percent from the previous year to HK$9.88 billion.\n")
    assert frames(text)["HK$9.88 billion"].context.subject == "Kerepa Pacific Airways"


def test_the_industrys_results_stay_the_industrys():
    text = ("Kerepa Pacific Airways posted a solid performance last year.\n"
            "The airline generated HK$104.37 billion in revenue. Industry revenue rose 5 percent to $900 billion.\n")
    assert frames(text)["$900 billion"].context.subject != "Kerepa Pacific Airways"


def test_the_results_of_the_firm_a_page_is_about_take_no_topic_of_the_page():
    text = ("Kerepa Pacific results\n\nKerepa Pacific carried more passengers. Airlines added seats. "
            "Airlines cut fares.\n\nKerepa Pacific posted a net profit of HK$9.9 billion in 2024.\n")
    assert "airlines" not in frames(text)["HK$9.9 billion"].context.topics


def test_another_firms_results_keep_the_pages_topic():
    # (review: a segment's revenue in a market's page, "SK hynix … DRAM revenue", is no firm's whole revenue)
    text = ("Airlines report\n\nAirline passenger numbers rose. Airlines added seats. Airlines cut fares.\n\n"
            "Kerepa Pacific posted a net profit of HK$9.9 billion in 2024.\n")
    assert "airlines" in frames(text)["HK$9.9 billion"].context.topics


@pytest.mark.parametrize("text, figure", [
    ("凯睿航空股东应占溢利98.88亿港元。\n", "98.88亿港元"),
    ("凱睿航空全年純利99億港元。\n", "99億港元"),
])
def test_hong_kong_words_for_profit(text, figure):
    assert "profit" in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure", [
    ("Kerepa said its profit more than doubled in 2024.\nNet income for the Beijing-based toys company soared 188 per "
     "cent to 3.1 billion yuan.\n", "3.1 billion yuan"),
    xf("Kerepa said its profit more than doubled in 2024.\nShares of the Hong Kong-listed company rose 5 per cent.\n",
       "5 per cent", reason="a share price's place: Hong Kong, where the shares trade, is read as the subject"),
])
def test_a_place_where_a_described_firm_sits_only_qualifies_it(text, figure):
    assert frames(text)[figure].context.subject == "Kerepa"


def test_a_place_named_for_itself_in_a_description_stays_a_place():
    # (near miss: no "-based": "the China unit of the company" names China)
    f = frames("Kerepa said its profit more than doubled in 2024.\nSales in Beijing rose 5 per cent.\n")
    assert f["5 per cent"].context.subject == "Beijing"


# --- the round's second half: a paragraph that only refers back, names before a stock code, half years, the review

def test_a_paragraph_that_only_refers_back_hands_on_the_firm_before_it():
    text = ("Kerepa Pacific reported slight profit growth during 2024, recording an annual profit of HK$9.9bn. The "
            "airline cited a strong second half.\n"
            "This was partly offset as supply increased to meet demand in the overall market, the airline added.\n"
            "In addition to profit, the airline posted a revenue of HK$104.3bn.\n")
    assert frames(text)["HK$104.3bn"].context.subject == "Kerepa Pacific"


def test_a_heading_stops_what_is_handed_on():
    # (near miss: a heading between them is a new section, not a paragraph referring back)
    text = ("Kerepa Pacific reported slight profit growth during 2024, recording an annual profit of HK$9.9bn.\n\n"
            "## Markets\n\nIn addition, the airline market posted revenue of HK$104.3bn.\n")
    assert frames(text)["HK$104.3bn"].context.subject != "Kerepa Pacific"


def test_a_firm_reporting_its_own_results_is_the_pages_firm():
    text = ("Source: https://news.example.com/kerepa-pacific-reports-marginal-profit-growth\n\n"
            "Kerepa Pacific reported slight profit growth during 2024, recording an annual profit of HK$9.9bn.\n"
            "The outlook is uncertain, analysts said.\n"
            "Passenger revenue saw an increase of 11.9% during the year.\n")
    assert frames(text)["11.9%"].context.subject == "Kerepa Pacific"


def test_a_description_with_nothing_carried_is_the_pages_firm():
    text = ("Source: https://news.example.com/kerepa-pacific-posts-profit\n\n"
            "Kerepa Pacific Airways reported a marginal rise in annual profit on Wednesday.\n"
            "Profit attributable for the year increased 1% to HK$9.89 billion.\n"
            "The airline's revenue grew 10.5% year-on-year to HK$104.37 billion.\n")
    assert frames(text)["HK$104.37 billion"].context.subject == "Kerepa Pacific"


@pytest.mark.parametrize("text, figure, subject", [
    # a market before a stock code is no place: no Hong Kong, no SH
    ("凯睿玩具(HK09992)发布2024全年财报。2024年凯睿玩具实现营收130.4亿元。\n", "130.4亿元", "凯睿玩具"),
    ("凯睿酒业(600519.SH,下称“凯睿”)发布了2023年年报,实现净利润747.34亿元。\n", "747.34亿元", "凯睿酒业"),
    # a name written before its code is a firm wherever the page writes it again
    ("近日,凯睿玩具(HK09992)发布财报。\n\n凯睿玩具实现营收130.4亿元。\n", "130.4亿元", "凯睿玩具"),
    # a code's market after a full stop ends no sentence: "(000858.SZ)发布…"
    ("凯睿酒业(000858.SZ)发布2023年年报,实现净利润302亿元。\n", "302亿元", "凯睿酒业"),
    # a firm publishing its own report is the subject of its results
    ("凯睿酒业(000858)发布2023年年报,实现净利润302亿元。\n", "302亿元", "凯睿酒业"),
])
def test_names_before_a_stock_code(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_bracketed_year_after_a_comma_is_no_stock_code():
    # (near miss: a bare number only closes a code's brackets, "(2024, 第3期)" is a publication's issue)
    f = frames("凯睿研究(2024,第3期)指出,全球产量增长5%。\n")
    assert f["5%"].context.subject != "凯睿研究"


@pytest.mark.parametrize("text, figure, period", [
    ("Kerepa reported underlying profit of $5.1 billion for the half year ended 31 December 2024.\n",
     "$5.1 billion", "2024-H2"),
    ("Kerepa reported an underlying profit of $131 million for the half-year ended December 31, 2024.\n",
     "$131 million", "2024-H2"),
    ("Revenue for the six months ended June 30, 2024 was $5 billion.\n", "$5 billion", "2024-H1"),
    ("凯睿截至2024年6月30日止六个月收入3206亿元。\n", "3206亿元", "2024-H1"),
    # the year before a fiscal year is the fiscal year before
    ("Net profit for the year ended March 31, 2024 rose to S$2.7 billion from S$2.2 billion in the previous year.\n",
     "S$2.2 billion", "FY2023"),
    # near miss: a half ending with another month says no calendar half
    ("Revenue for the six months ended September 30, 2024 was $5 billion.\n", "$5 billion", "2024-09"),
])
def test_halves_and_fiscal_years_named_by_the_day_they_end(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_product_handed_on_is_no_firm():
    # (review: "… said on its official WeChat account. The miner's net income rose" is no WeChat's)
    text = ("Kerepa said on its official WeChat account that output rose.\n"
            "The miner's third-quarter net income rose 64% to 5.4 billion yuan. Revenues rose 16% to 51.9 billion "
            "yuan.\n")
    assert frames(text)["51.9 billion yuan"].context.subject != "WeChat"


def test_an_address_naming_a_place_counts_for_no_firm():
    text = ("Source: https://www.example.com/news/hong-kong/hong-kong-economy/article/123\n\n"
            "Hong Kong Exchanges and Clearing said trading was strong.\n"
            "Revenue fell 4% to HK$27.1 billion in the second quarter.\n")
    assert frames(text)["HK$27.1 billion"].context.subject != "Hong Kong Exchanges and Clearing"


@pytest.mark.parametrize("text, figure, subject", [
    ("Investing.com -- Kerepa Pacific Airways reported a 1% rise in annual profit to HK$9.9 billion.\n",
     "HK$9.9 billion", "Kerepa Pacific Airways"),
    ("Newswire-- That is 28 girls every minute.\n", "28", None),
])
def test_a_wires_name_before_a_double_dash_is_who_filed_it(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


# --- after the second review: firms written as firms, coded names cut at their describing word, 下同, 期内, 收益

@pytest.mark.parametrize("text, figure, subject", [
    # a name the tables do not know is a firm where the page writes its results after it
    ("Zelnor's sales grew 12% in 2024. Net profit climbed 9% to $45 million.\n", "$45 million", "Zelnor"),
    # a name cut from its legal tail still reports ("… and Clearing reported")
    ("Kerepa Exchanges and Clearing reported record profit for the year. Profit rose 8% to HK$13.05 billion.\n",
     "HK$13.05 billion", "Kerepa Exchanges"),
])
def test_a_firm_the_tables_do_not_know_hands_on_its_results(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # the coded name starts after the word that describes it
    ("潮玩品牌凯睿玩具(09992.HK)发布财报。\n\n凯睿玩具营收增长10%。\n", "10%", "凯睿玩具"),
])
def test_a_coded_name_is_the_firms_alone(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_year_in_brackets_is_no_code():
    # (no firm "全年营收" wherever the page writes 全年营收 again)
    f = frames("全年营收(2023)为120亿元。2024年全年营收增长10%,达到132亿元。\n")
    assert f["132亿元"].context.subject != "全年营收"


def test_a_taiwanese_code_is_no_figure_and_no_place():
    f = frames("凯睿電 (2330-TW)(KRS-US) 今 (9) 日公布 9 月營收 3,309 億元。\n")
    assert "2330-TW" not in f
    assert f["3,309 億元"].context.subject != "US"


def test_a_declared_currency_holds_for_the_figures_after_it():
    f = frames("凯睿航空公告,股东应占溢利98.88亿元(港币,下同),同比增长1.01%。期内,收益1043.71亿元。\n")
    assert f["98.88亿元"].unit == "HKD"
    assert f["1043.71亿元"].unit == "HKD"


def test_a_figure_before_the_declaration_keeps_its_currency():
    # (near miss: 下同 holds from where it is written on)
    f = frames("去年收入为50亿元。\n凯睿航空股东应占溢利98.88亿元(港币,下同)。\n")
    assert f["50亿元"].unit == "CNY"


def test_during_the_period_is_the_period_reported():
    f = frames("凯睿航空公告,2024年全年,股东应占溢利98.88亿元。\n期内,收益1043.71亿元,同比增长10.46%。\n")
    assert f["1043.71亿元"].context.period == "2024"


@pytest.mark.parametrize("text, figure, topic", [
    # 收益 with a sum is revenue, and so is the change of that sum
    ("期内,收益1043.71亿元,同比增长10.46%。\n", "1043.71亿元", "revenue"),
    ("期内,收益1043.71亿元,同比增长10.46%。\n", "10.46%", "revenue"),
])
def test_shouyi_with_a_sum_is_revenue(text, figure, topic):
    assert topic in frames(text)[figure].context.topics


def test_shouyi_changing_alone_says_neither():
    # (near miss: an air-cargo page's 货运收益 is a yield as likely as a revenue)
    assert "revenue" not in frames("货运收益较去年增长6.6%。\n")["6.6%"].context.topics


def test_a_quotation_hands_on_no_name_from_before_it():
    text = ("Mines were found in Afghanistan, Colombia and Yemen.\n\n"
            "“While far too many people are still losing their lives, we must act,” she said.\n\n"
            "More than 48 million stockpiled mines have been destroyed since 1999.\n")
    f = frames(text)
    assert f[next(k for k in f if k.startswith("More than 48"))].context.subject != "Afghanistan"


@pytest.mark.parametrize("name, head", [
    ("凯睿国际", "凯睿"), ("凯睿控股", "凯睿"), ("凯睿國際", "凯睿"),
    # near misses: a place left (中国国际 is no China's), or too little
    ("中国国际", "中国国际"), ("睿国际", "睿国际"),
])
def test_a_chinese_firms_describing_words(name, head):
    from factcheck.context import firm_names, vocab

    assert firm_names.head(name, vocab()) == head
