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


def test_a_firms_results_take_no_topic_of_the_page():
    text = ("Airlines report\n\nAirline passenger numbers rose. Airlines added seats. Airlines cut fares.\n\n"
            "Kerepa Pacific posted a net profit of HK$9.9 billion in 2024.\n")
    assert "airlines" not in frames(text)["HK$9.9 billion"].context.topics


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
