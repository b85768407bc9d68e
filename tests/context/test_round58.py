"""Round 58: mechanisms read off corpus-fresh62 (opened this round: Xiaomi's, Tencent's and Nvidia's results; business
statistics). A change word that is no noun after a figure; a fiscal year's quarter written "Q4 FY2025"; a page naming
no firm whose address names one the tables know; a firm's "Total revenue". Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, measure", [
    # "up" after a figure is no noun of change: the figure is a level, the percentage after it its growth
    ("Revenue is $39.331 billion up 78% YoY.\n", "$39.331 billion", "level"),
    # near miss: a change word before the figure makes it the change ("revenue rose $2 billion")
    ("Revenue rose $2 billion in 2024.\n", "$2 billion", "change"),
])
def test_a_change_word_that_is_no_noun(text, figure, measure):
    assert frames(text)[figure].context.measure == measure


@pytest.mark.parametrize("text, figure, period", [
    # a fiscal year's quarter written after its quarter reads as "fiscal Q4 2025" and 2025财年第四季度 do
    ("Kerepa Q4 FY2025 revenue reached $39.3 billion.\n", "$39.3 billion", "2025-Q4"),
    ("Kerepa revenue for Q4 FY25 was $39.3 billion.\n", "$39.3 billion", "2025-Q4"),
    ("Kerepa fiscal Q4 2025 revenue reached $39.3 billion.\n", "$39.3 billion", "2025-Q4"),
    # near miss: the fiscal year alone stays the fiscal year
    ("Kerepa's FY2025 revenue was $130.5 billion.\n", "$130.5 billion", "FY2025"),
])
def test_a_fiscal_years_quarter(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_page_naming_no_firm_whose_address_names_one_twice():
    text = ("Source: https://forum.example.com/p/nvidia/comments/1iyz82e/nvidia_fiscal_q4_2025_financial_result\n\n"
            "Quarterly Summary\n\n  • Total Revenue is $39.331 billion up 78% YoY\n")
    assert frames(text)["$39.331 billion"].context.subject == "Nvidia"


def test_an_address_naming_a_firm_once_names_no_pages_firm():
    # near miss: named once in the path, it may be one topic among others
    text = ("Source: https://forum.example.com/p/markets/comments/1iyz82e/nvidia_and_the_chip_market\n\n"
            "Quarterly Summary\n\n  • Total Revenue is $39.331 billion up 78% YoY\n")
    assert frames(text)["$39.331 billion"].context.subject != "Nvidia"


@pytest.mark.parametrize("text, figure, subject", [
    # a firm's "Total revenue" on a page about it is its own
    ("Kerepa Inc. Reports Fourth Quarter Results\n\nKerepa reported strong results.\n\n"
     "Total revenue was $1.2 billion in 2023.\n", "$1.2 billion", "Kerepa"),
    # near miss: a total of a market's segment stays the market's
    ("Kerepa Inc. Reports Fourth Quarter Results\n\nKerepa reported strong results.\n\n"
     "Total streaming revenues grew 11.5% in 2023.\n", "11.5%", None),
])
def test_a_firms_total(text, figure, subject):
    assert frames(text)[figure].context.subject == subject
