"""Rules of round 25: each case a form read on real pages, written anew, with a near miss that must keep its old
reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject, scope", [
    # a share of the world's whole is someone's part of it: no one named, the country the sentence before is about
    ("India is by far the world´s largest market. The 80,000 robots installed in 2023 represent 15% of the global "
     "installations.\n", "15%", "India", "global"),
    # (and in Chinese, the country the page is about)
    ("印度造船业表现亮眼，印度船厂订单大增。\n\n2024年手持订单量2.1亿载重吨,占全球61.4%。\n", "61.4%", "India", "global"),
    # near misses: a share restating no amount is the world's own mix, on a page about one country too; a named
    # firm's share of the global market keeps its scope; a world figure stays the world's
    ("India's coal use grew 8% in 2023. India's power demand rose 7%.\n\nCoal accounted for 35% of global power "
     "generation in 2023.\n", "35%", None, "global"),
    ("Lenovo held 24.1% of the global PC market.\n", "24.1%", "Lenovo", "global"),
    ("India is a large market. Global installations rose 5% in 2023.\n", "5%", None, "global"),
])
def test_a_share_of_the_worlds_whole_is_someones_part(text, figure, subject, scope):
    got = frames(text)[figure].context
    assert (got.subject, got.scope) == (subject, scope)


@pytest.mark.parametrize("text, figure, scope", [
    # a rank against the world says where the subject stands, not that its figures are the world's
    ("Brazil's parcel volume reached 2.1 billion. This figure has ranked first in the world for 10 consecutive "
     "years.\nThe sector earned 9.2 billion reais.\n", "9.2 billion reais", None),
    ("Brazil is the world´s largest producer of coffee with 60 million bags.\n", "60 million bags", None),
    # near miss: the world's own figure
    ("The world produced 170 million bags of coffee.\n", "170 million bags", "global"),
])
def test_a_rank_in_the_world_is_no_world_scope(text, figure, scope):
    assert frames(text)[figure].context.scope == scope


@pytest.mark.parametrize("text, figure, period", [
    # an undated page's year is the year it reports on: a target year ("by 2030") or the year a trend runs from
    # ("since 2010") counts half
    ("Tobacco use fell to 1.2 billion users in 2022.\nUse has changed little since 2010 in some countries, and "
     "since 2010 in others.\nThe region will have the highest rates by 2030.\nCurrently, the rate is highest in "
     "Southeast Asia at 26.5%.\n", "26.5%", "2022"),
    # near misses: a year the page names most is still its year; a year reached, not aimed at, counts in full
    ("Tobacco use fell in 2010.\nIn 2010 the rate was high, and 2010 saw new laws.\nBy 2030 it will fall.\n"
     "Currently, the rate is highest in Southeast Asia at 26.5%.\n", "26.5%", "2010"),
    ("2023年全国发电装机容量29.2亿千瓦。\n到2024年底，全国累计发电装机容量约33.5亿千瓦。\n2024年新增装机创新高。\n"
     "目前东南亚地区为26.5%。\n", "26.5%", "2024"),
])
def test_target_years_count_half_for_a_pages_year(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, subject", [
    # the UN's and the WHO's regions are their own places, not the continent they are in
    ("The highest rate is in South-East Asia, at 26.5%.\n", "26.5%", "Southeast Asia"),
    ("东南亚地区为26.5%。\n", "26.5%", "Southeast Asia"),
    ("Remittances to Sub-Saharan Africa rose 1.9%.\n", "1.9%", "Sub-Saharan Africa"),
    # names joined before a figure in brackets are together its subject
    ("Remittance inflows grew for Latin America and the Caribbean (8%).\n", "8%", "Caribbean+Latin America"),
    # a firm whose name holds a region's is the firm
    ("南亞科第一季營收為2.19億美元,季增7.5%。\n", "7.5%", "Nanya Technology"),
    # near misses: the continent itself; firms whose names hold a region's
    ("The rate in Asia was 20%.\n", "20%", "Asia"),
    ("Royal Caribbean's revenue rose 15% in 2023.\n", "15%", "Royal Caribbean"),
    ("南亞今年前三季營收成長5%。\n", "5%", None),
])
def test_world_regions(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_items_of_a_bracket_list_take_the_first_ones_frame():
    got = frames("By region, remittance inflows grew for Latin America and the Caribbean (8%), South Asia (7.2%), "
                 "East Asia and the Pacific (3%), and Sub-Saharan Africa (1.9%).\n")
    for figure, subject in (("7.2%", "South Asia"), ("3%", "East Asia+Pacific"), ("1.9%", "Sub-Saharan Africa")):
        x = got[figure].context
        assert (x.subject, x.measure) == (subject, "growth") and {"remittance", "inflow"} <= set(x.words)
    # (its kind also where each names the object already)
    named = frames("By region, exports grew for Latin America and the Caribbean (8%), South Asia (7.2%).\n")
    assert named["7.2%"].context.measure == "growth"
    # near misses: a list of shares after a level keeps their own kind; "and the" with a name opening a clause is no
    # list, and no change verb before it reaches past it
    other = frames("Shipments reached 60 million units: Lenovo (25%), HP (21%), Dell (16%).\n")
    assert other["21%"].context.measure != "growth"
    clause = frames("The holiday fell in January and the Macau Government Tourism Office reported that there were "
                    "451,047 visitor arrivals.\n")["451,047"]
    assert (clause.context.measure, clause.value) == ("level", 451047.0)


def test_a_year_aside_after_the_result_is_that_levels():
    got = frames("China is by far the world's largest market. The 276,288 industrial robots installed in 2023 "
                 "represent 51% of the global installations. This result is the second highest level ever recorded "
                 "(2022: 290,144 units).\n")["290,144"]
    assert (got.context.subject, got.context.period, "robots" in got.context.topics) == ("China", "2022", True)
    # near miss: an aside in a sentence that points at nothing before it keeps its own frame
    other = frames("China is by far the world's largest market. Exports were strong (2022: 290,144 units).\n")
    assert "robots" not in other["290,144"].context.topics


@pytest.mark.parametrize("text, figure, kind", [
    # a place in a ranking names no object: the figure repeats the kind of the one before
    ("The highest rate is in Southeast Asia, with 27% of adults using tobacco. Europe is close behind at 25%.\n",
     "25%", "share"),
    # a percentage of people who are or have something is a share of them
    ("Over 43% of adults are overweight, and 16% are obese.\n", "16%", "share"),
    ("2022年,有43%的成人超重,16%患有肥胖症。\n", "16%", "share"),
    # near misses: a percentage expected to come is no part, nor a rate heading nothing ("tariffs of 10%")
    ("Prices rose 5% in 2023 and another 3% are expected.\n", "3%", "percent"),
    ("Tariffs of 10% were levied on imported goods in 2019.\n", "10%", "percent"),
])
def test_kinds_read_past_a_rank_and_from_are(text, figure, kind):
    assert frames(text)[figure].context.measure == kind


@pytest.mark.parametrize("text, figure, counted", [
    # 使用者 are users: a count of them is keyed, as "1.25 billion tobacco users" is
    ("全球有12.5亿成年烟草使用者。\n", "12.5亿", True),
    # near miss: a count of no one
    ("全球有12.5亿,数据来自世卫组织。\n", "12.5亿", False),
])
def test_a_chinese_count_of_users(text, figure, counted):
    from factcheck.group import block_key

    assert (block_key(frames(text)[figure]) is not None) == counted


def test_a_share_of_the_world_after_a_level_restates_it():
    got = frames("中国新接订单量达8711万载重吨;手持订单量2.09亿载重吨,占全球61.4%;完工量4818万载重吨,占全球55.1%。\n")
    assert {"完工", "工量"} <= set(got["55.1%"].context.words) and "backlog" not in got["55.1%"].context.topics
    # near miss: 占比为 after a part's level is that part's share, not a restated whole
    other = frames("全年票房为549亿元,其中国产影片票房为460亿元,占比为83.77%。\n")
    assert not {"产影", "影片"} <= set(other["83.77%"].context.words)


def test_the_ends_of_a_change_of_a_rate_are_rates_of_its_object():
    got = frames("In Southeast Asia, prevalence among men has been reduced by almost half, from 70 percent in 2000 "
                 "to 37 percent in 2024.\n")
    assert "prevalence" in got["70 percent"].context.words and "prevalence" in got["37 percent"].context.words


@pytest.mark.parametrize("text, figure, subject, source", [
    # the name in brackets right after a source's is its abbreviation, and a place saying what kind of body the
    # source is ("a US research organisation") is no subject either
    ("美國研究組織「世界資源研究所」(WRI)的「全球森林觀察」報告指出,2018年全球損失1200萬公頃熱帶樹林。\n", "1200萬公頃", None,
     "世界资源研究所"),
    # near misses: a firm quoted on its own figure stays its subject; a place named apart from the source still is
    ("Taiwan Semiconductor Manufacturing Co (TSMC) said its revenue rose 30% in 2023.\n", "30%", "TSMC", "TSMC"),
    ("據日本電子情報技術產業協會指出,日本出口增長5%。\n", "5%", "Japan", "电子情报技术产业协会"),
])
def test_a_sources_abbreviation_and_kind_are_no_subjects(text, figure, subject, source):
    x = frames(text)[figure].context
    assert (x.subject, x.source) == (subject, source)


@pytest.mark.parametrize("text, figure, subject", [
    # a feast named with "Year" is no one (the time word dropped had left "Chinese New" a name): the figure names no one
    ("The Chinese New Year holiday fell in January and the tourism office reported 451,047 visitor arrivals.\n",
     "451,047", None),
    # near miss: a name before a year that is no part of it
    ("Zentrix sold 5 million units in the year.\n", "5 million", "Zentrix"),
])
def test_a_feast_named_with_year_is_no_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject
