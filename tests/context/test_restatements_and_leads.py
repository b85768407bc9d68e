"""A figure restated in brackets, a year that is an amount, a page's lead past its furniture, a word hidden by
the 年 of a year, ordinals listed after 第, and the sectors of an economy as objects.

Each case is the reading a careful reader gives; the texts are written for these tests, in the forms real
statistics releases and their retellings use.
"""
from __future__ import annotations

import pytest

from factcheck.group import group_claims
from helpers import claims, frames


def ctx(text: str, figure: str):
    return frames(text)[figure].context


# -- a figure alone in brackets after another of its kind restates it ------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("全国粮食总产量70650万吨，比上年增加1109万吨(222亿斤)，增长1.6%。\n", "1109万吨", "222亿斤"),
    ("全國棉花產量616.4萬噸，比上年增加54.6萬噸（約合10.9億斤）。\n", "54.6萬噸", "約合10.9億斤"),
    ("Exports rose by 2.2 million pounds (about 1 million kilograms) last year.\n", "2.2 million pounds",
     "about 1 million kilograms"),
])
def test_a_figure_in_brackets_restating_another_takes_its_frame(text, first, second):
    a, b = ctx(text, first), ctx(text, second)
    assert (b.measure, b.topics, b.words, b.base) == (a.measure, a.topics, a.words, a.base)
    assert a.measure == "change"


@pytest.mark.parametrize("text, first, second", [
    # an aside holding more than a figure is no restatement
    ("全国粮食总产量70650万吨(2023年为69541万吨)，增长1.6%。\n", "70650万吨", "69541万吨"),
    # a different amount of the same unit in brackets is another quantity
    ("Imports rose by 40,000 tonnes (to 900,000 tonnes) in March.\n", "40,000 tonnes", "900,000 tonnes"),
])
def test_an_aside_or_another_amount_in_brackets_keeps_its_own_frame(text, first, second):
    a, b = ctx(text, first), ctx(text, second)
    assert (b.measure, b.base) != (a.measure, a.base) or b.period != a.period


# -- a year is not an amount: 每盎司2070美元 says nothing of which year 今年 is -------------------------------------

def test_an_amount_that_looks_like_a_year_does_not_date_the_page():
    text = ("今年一季度全球央行淨購入黃金290噸，同比增長1%。\n\n"
            "報告顯示，2024年一季度全球黃金需求總量達1102噸。\n\n"
            "一季度，倫敦金銀市場協會午盤平均金價達到每盎司2070美元，同比上漲10%。\n")
    assert ctx(text, "290噸").period == "2024-Q1"


@pytest.mark.parametrize("amount", ["每盎司2030美元", "US$2,030 an ounce", "2030 tonnes"])
def test_amounts_are_not_counted_as_the_years_a_page_talks_about(amount):
    text = f"This year's first-quarter purchases reached 290 tonnes.\n\nIn 2024 the price was {amount}.\n"
    from factcheck.context import _YEAR
    assert "2030" not in _YEAR.findall(amount)
    assert "2024" in _YEAR.findall(text)


# -- the period a page opens with, past lines of no words ------------------------------------------------------------

def test_the_lead_period_is_read_past_an_address_and_a_phone_line():
    text = ("Source: http://example.com/news/show.php?itemid=1\n\n客服热线:13552441705\n\n"
            "国家统计局关于2024年粮食产量数据的公告\n\n"
            "全国粮食总产量70650万吨，比上年增加1109万吨。\n\n"
            "2023年全国粮食总产量69541万吨。\n")
    c = ctx(text, "70650万吨")
    assert (c.period or c.period_hint) == "2024"


# -- a word the 年 of a year would hide -------------------------------------------------------------------------------

def test_a_change_word_after_a_year_is_not_the_objects_word():
    c = ctx("全国粮食总产量70650万吨，比2023年增加1109万吨。\n", "1109万吨")
    assert "增加" not in c.words
    assert c.measure == "change" and c.base == "vs 2023"


def test_a_quantity_after_a_year_is_read():
    c = ctx("该省2024年产量达到9.4万亿千瓦时，2023年增量为0.6万亿千瓦时。\n", "9.4万亿千瓦时")
    assert "generation" in c.topics and not c.words  # (产量 read: energy produced is energy generated)


# -- ordinals listed after 第 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("第一、二、三产业用电量对增长的贡献率分别为1.3%、49.7%、26.3%。\n", ["1.3%", "49.7%", "26.3%"]),
    ("第1、2、3名分别是华为、小米和苹果。\n", []),
])
def test_ordinals_listed_after_di_are_not_figures(text, figures):
    assert [c.text for c in claims(text)] == figures


def test_a_list_of_counts_stays_counts():
    assert [c.text for c in claims("共有三、四家企业参与。\n")] != []


# -- sectors of an economy: the first, second and third industries are three objects ----------------------------------

def test_sector_figures_do_not_meet_across_documents():
    a = claims("2024年，第一产业用电量1357亿千瓦时，同比增长6.3%。\n", "a.txt")
    b = claims("2024年，第二产业用电量63874亿千瓦时，同比增长5.1%。\n", "b.txt")
    assert not group_claims([a[1], b[1]]) and not group_claims([a[0], b[0]])


def test_one_sector_meets_its_english_statement():
    a = claims("2024年，第三产业用电量18348亿千瓦时，同比增长9.9%。\n", "a.txt")
    # (China named: a Simplified page naming no place is China's, a page in English naming none nobody's)
    b = claims("In 2024, China's electricity consumption of the tertiary industry rose 9.6%.\n", "b.txt")
    assert len(group_claims([a[1], b[0]])) == 1


# -- 其中: a part of what the sentence before measured, in the same place ----------------------------------------------

def test_qizhong_keeps_the_place_of_the_figures_before_it():
    text = "全国粮食总产量70650万吨，增长1.6%。其中谷物产量65229万吨，增长1.7%。\n"
    assert ctx(text, "65229万吨").subject == ctx(text, "70650万吨").subject == "China"


# -- two topics named never share a cluster, even through a figure that names neither -----------------------------------

def test_a_vague_figure_does_not_chain_two_topics_into_one_group():
    grain = claims("2024年全国粮食产量70650万吨。\n", "a.txt")[0]
    cereal = claims("2024年全国谷物产量65229万吨。\n", "b.txt")[0]
    vague = claims("2024年全国总产量约6.8亿吨。\n", "c.txt")[0]
    assert {"grain", "cereal"} <= set(grain.context.topics) | set(cereal.context.topics)
    for g in group_claims([grain, cereal, vague]):
        assert not {0, 1} <= set(g.members)


def test_a_restatement_in_another_unit_of_a_rate_takes_its_frame():
    text = "糧食單位面積產量5,987公斤/公頃，比2024年增加65.7公斤/公頃（4.4公斤/畝），增長1.1%。\n"
    a, b = ctx(text, "65.7公斤/公頃"), ctx(text, "4.4公斤/畝")
    assert (a.measure, a.base) == (b.measure, b.base) == ("change", "vs 2024")


# -- an undated figure of a page that opens with one year is no figure of another ----------------------------------------

def test_an_undated_figure_does_not_join_a_cluster_of_another_year_than_its_pages():
    a = claims("2025年全国粮食产量71488万吨。\n", "a.txt")[0]
    b = claims("2025年全国粮食产量71500万吨。\n", "b.txt")[0]
    c = claims("国家统计局关于2024年粮食产量数据的公告\n\n全国粮食产量71000万吨，创历史新高。\n\n"
               "2023年全国粮食产量69541万吨。\n", "c.txt")
    undated = next(x for x in c if x.text == "71000万吨")
    assert undated.context.period is None and undated.context.period_hint == "2024"
    groups = group_claims([a, b, undated])
    assert [sorted(g.members) for g in groups] == [[0, 1]]


@pytest.mark.parametrize("text, figure", [
    # the 季 of 上一季 (the season before) ends the period: "季减" (quarter-on-quarter, in Taiwan's usage) is not
    # read across it, and 减少 is the change word
    ("全球可可豆产量将比上一季减少10.9%到445万吨。\n", "10.9%"),
    ("全球可可豆產量將比上一季減少10.9%到445萬噸。\n", "10.9%"),
    # 第三季增长 is the third quarter growing, not a quarter-on-quarter rise
    ("今年第三季营收增长5%。\n", "5%"),
])
def test_a_period_word_does_not_lend_its_last_character_to_a_base_cue(text, figure):
    c = ctx(text, figure)
    assert c.base != "qoq" and "减少" not in c.words and c.measure == "growth"


def test_quarter_on_quarter_after_a_noun_still_reads():
    assert ctx("台积电第三季营收季增5%。\n", "5%").base == "qoq"


@pytest.mark.parametrize("text, figure, want", [
    ("Central banks bought 290 tonnes during the initial quarter of 2024.\n", "290 tonnes", "2024-Q1"),
    ("Central banks bought 290 tonnes in the opening quarter of 2024.\n", "290 tonnes", "2024-Q1"),
    ("Sales rose 5% in the final quarter of 2023.\n", "5%", "2023-Q4"),
    ("Sales rose 5% in the closing quarter of 2023.\n", "5%", "2023-Q4"),
])
def test_quarters_named_by_their_place_in_the_year(text, figure, want):
    assert ctx(text, figure).period == want


def test_the_years_of_an_average_compared_with_are_a_base():
    text = ("According to Gower Street, China was the biggest contributor with $7.71 billion, only 6% behind the "
            "pre-pandemic 2017-2019 average.\n")
    assert ctx(text, "$7.71 billion").period != "2017..2019"


@pytest.mark.parametrize("text, figure, want", [
    # a headline's month abbreviation alone dates its figure
    ("China's iron ore imports in 2022\n\nChina Dec iron ore imports at 90.86 mln tonnes.\n", "90.86 mln tonnes",
     "2022-12"),
    ("Exports in 2023\n\nOct. exports rose 5% to $300 billion.\n", "$300 billion", "2023-10"),
    # words that begin like one are none: a decision, a novel, an auger
    ("Exports in 2023\n\nThe decision lifted exports 5% to $300 billion.\n", "$300 billion", "2023"),
    ("Exports in 2023\n\nA novel export deal lifted exports to $300 billion.\n", "$300 billion", "2023"),
])
def test_a_months_abbreviation_alone(text, figure, want):
    c = ctx(text, figure)
    assert (c.period or c.period_hint) == want


def test_a_change_on_a_year_is_of_a_later_year():
    text = ("Wind installations in 2014\n\nAccording to WWEA data, the yearly amount – which is 40% greater than that "
            "of 2013 – is significantly larger than the previous record in 2012, when 44.6 GW was installed.\n")
    c = ctx(text, "40%")
    assert (c.measure, c.base, c.period) == ("growth", "vs 2013", "2014")


@pytest.mark.parametrize("text, figure, want", [
    ("The 11.1-mmt increase in grain output was a record in 2024.\n", "11.1-mmt", "change"),
    ("The 11.1 million tonne increase in grain output was a record in 2024.\n", "11.1 million tonne", "change"),
    # a Chinese verb right after a figure is the next figure's: 6,930萬台 is the level a year before
    ("2025年第3季出貨總量達到7,580萬台，相較於去年同期的6,930萬台增長9.4%。\n", "6,930萬台", "level"),
])
def test_a_change_noun_glued_after_an_amount(text, figure, want):
    assert ctx(text, figure).measure == want


@pytest.mark.parametrize("text, figure, topic, base", [
    # a cloud provider's share is a share of cloud; 同比增长率 is a growth rate year on year
    ("Microsoft Azure在2025年第二季度保持全球第二大云提供商地位,市场份额为22%,同比增长率达39%。\n", "22%", "cloud", None),
    ("Microsoft Azure在2025年第二季度保持全球第二大云提供商地位,市场份额为22%,同比增长率达39%。\n", "39%", "cloud", "yoy"),
    ("Microsoft remained the second-largest cloud provider in Q2 2025 with a 22% share.\n", "22%", "cloud", None),
])
def test_cloud_providers_and_a_yoy_growth_rate(text, figure, topic, base):
    c = ctx(text, figure)
    assert topic in c.topics and c.base == base


def test_an_annual_growth_rate_is_year_on_year():
    assert ctx("2024年，Zentria营收年增长率为12%。\n", "12%").base == "yoy"
