"""Guards from a helper's review of this round's rules: inputs each rule first misread (all fail on the rules as
first written)."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # a label ending in "credit:" or "image:" is no photo credit: the name after it is the figure's
    ("Private credit: Apollo raised $200 billion in 2024.\n", "$200 billion", "Apollo"),
    ("图片：比亚迪2024年销量达427万辆。\n", "427万辆", "BYD"),
])
def test_only_a_photo_credit_hides_a_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, not_subject", [
    # a circumstance opening the sentence ("With oil prices at $80") is not what the clause's subject has
    ("With oil prices at $80 a barrel, Nigeria expects revenue of $20 billion.\n", "$80", "Nigeria"),
    ("With the yen at 150 per dollar, Toyota earned $30 billion.\n", "150", "Toyota"),
    # "the country" after a sentence naming a country only as where something happened stands for no one
    ("Japan's exports rose 5% in 2024. Toyota sold 2.3 million cars in the United States. The country's trade "
     "deficit was $50 billion.\n", "$50 billion", "US"),
])
def test_no_subject_from_a_circumstance_or_a_place(text, figure, not_subject):
    assert frames(text)[figure].context.subject != not_subject


@pytest.mark.parametrize("text, figure, period", [
    # a level after "after they were" is that year's (only the start of an event is no figure's period)
    ("Vietnam's exports hit $405 billion in 2024, after they were $355 billion in 2023.\n", "$355 billion", "2023"),
    # a survey's month is the month its data are of (only an estimate's or a forecast's is a release date)
    ("In 2025, the sentiment index fell to 52.2 in its April survey.\n", "52.2", "2025-04"),
    # "the same period in 2024" opening a sentence is the figure's own period, no base
    ("In the same period in 2024, Vietnam exported 2.1 million tonnes.\n", "2.1 million tonnes", "2024"),
])
def test_periods_the_review_found_misread(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_comparison_year_after_a_quarter_does_not_date_it():
    assert frames("Copper output rose 4% in the second quarter than in 2023.\n")["4%"].context.period != "2023-Q2"


def test_wells_are_an_object():
    assert "well" in frames("Exxon drilled 1,200 wells in 2023.\n")["1,200"].context.words


def test_mil_of_a_thickness_is_no_million():
    assert frames("The liner is 40 mil thick.\n")["40"].value == 40


def test_a_word_starting_with_a_month_abbreviation_is_no_date_line():
    from factcheck.context.layout import _DATE_LINE

    assert not _DATE_LINE.fullmatch("Marketing 12 2025")
    assert not _DATE_LINE.fullmatch("Decline 12, 2024")
    assert _DATE_LINE.fullmatch("Dec 12, 2024")
