"""Rules of the round that opened corpus-fresh22 for reading (foreign investment, tablet shipments, civil aviation):
each case a form read on real pages, written anew, with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, period", [
    # a quarter named by its number after the noun, its short form in brackets beside it
    ("Worldwide kettle shipments grew 4.1% in quarter four (Q4) of 2023, reaching 12.2 million units.\n",
     "4.1%", "2023-Q4"),
    ("Kettle revenue rose 3% in Quarter 2, 2022.\n", "3%", "2022-Q2"),
    ("Kettle revenue rose 3% in quarter one of 2022.\n", "3%", "2022-Q1"),
    # near misses: a quarter's number that runs on into a longer number is none
    ("Kettle revenue rose 3% in 2022, quarter 12.5 of the plan.\n", "3%", "2022"),
])
def test_a_quarter_named_by_its_number_after_the_noun(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_the_number_of_a_quarter_is_no_figure():
    got = frames("Kettle shipments grew 4.1% in quarter four of 2023.\n")
    assert "four" not in got
    # (a unit after it still makes a quantity: "per quarter 5 million units")
    assert "5 million" in frames("Kettle makers ship per quarter 5 million units.\n")


# a page with no date whose years are tied: the one only hoped for is not the year it reports on
HOPED = ("市调机构公布了2023年全球水壶出货量榜单:总出货量为1.2亿台。在2020年8月份,某品牌重返市场。\n"
         "排名第一的是甲品牌,它在第四季度出货量达到了1686.3万台,同比增长13.6%。\n"
         "希望2024年水壶能够带来更好的成绩。\n")


def test_a_year_only_hoped_for_is_not_the_pages_year():
    assert frames(HOPED)["1686.3万台"].context.period == "2023-Q4"


def test_a_year_forecast_still_counts_for_the_pages_year():
    # near miss: a page that moves on to the next period ("from 36% in Q4 2023 to 36.9% in the first quarter")
    # keeps its latest year on a tie: only hopes are discounted
    text = ("Kettle share rose from 36 percent in the fourth quarter of 2023 to 36.9 percent in Q1 2024.\n"
            "Kettle revenue rose 5% in the second quarter.\n")
    assert frames(text)["5%"].context.period == "2024-Q2"


# a quarter a paragraph mentions on the way, after figures of its own year, is no period the next paragraph carries
ASIDE = ("Kettle shipments fell to 97 million units in 2023, a decline of 2.1%. The peak Q4 season recorded just "
         "24.5 million units shipped.\n"
         "\n"
         "Brand A retains its lead with an estimated 16.3 million units, despite a 9.8% decrease.\n")
ASIDE_ZH = ("排名第一的是甲品牌,它的出货量为5691.9万台。甲品牌在第四季度成绩亮眼,出货量达到了1686.3万台。\n"
            "排名第二的是乙品牌,它的出货量为2779.1万台。\n")


def test_a_quarter_said_on_the_way_is_not_the_next_paragraphs():
    assert frames(ASIDE)["an estimated 16.3 million"].context.period == "2023"
    assert frames(ASIDE_ZH)["2779.1万台"].context.period != "?-Q4"
    assert not (frames(ASIDE_ZH)["2779.1万台"].context.period or "").endswith("Q4")


def test_a_paragraph_opening_with_its_quarter_still_lends_it():
    # near miss: the quarter stated first is the paragraph's reporting period, carried to the next one
    text = "In Q1 2023, Brand A shipped 15.2 million kettles.\n\nBrand B followed with a share of 20.2%.\n"
    assert frames(text)["20.2%"].context.period == "2023-Q1"
