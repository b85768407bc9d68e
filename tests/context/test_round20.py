"""Rules of the round that measured grouping without the domain vocabulary (the topic concepts of concepts.toml
taken out, as on a page of a domain nobody wrote terms for): each case a form read on real pages, written anew,
with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import claims, compared, frames


@pytest.mark.parametrize("text, figure, subject", [
    # an abbreviation inside a noun phrase, after a possessive or a word saying which amount: a thing, not anyone
    ("Ruritania’s total QXV capacity reached 886.66 GW at the end of 2024.\n", "886.66 GW", "Ruritania"),
    ("Ruritania’s QXV filings reached 69,610 in 2023.\n", "69,610", "Ruritania"),
    # once the page writes it so, the abbreviation alone is the term too ("QXV installations in the country")
    ("Chile’s total QXV capacity reached 886.66 GW at the end of 2024. QXV installations in the country "
     "hit 277.17 GW in 2024.\n", "277.17 GW", "Chile"),
    # near misses: an abbreviation with a verb of its own is a name, and so is one after "the"
    ("The ZTRQ company shipped 5.2 million units in 2024.\n", "5.2 million", "ZTRQ"),
    ("Ruritania’s total QXV capacity reached 886.66 GW. ZTRQ shipped 5.2 million units in 2024.\n",
     "5.2 million", "ZTRQ"),
])
def test_an_abbreviation_in_a_noun_phrase_is_a_term(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


# one figure retold in two languages in words that do not meet (a term no table or dictionary pairs): its value,
# written with two or more significant digits and within 1%, says it is one quantity
EN_LEVEL = "China's glimber haul reached {} tonnes in 2023.\n"
ZH_LEVEL = "2023年中国格林伯总产出为{}吨。\n"


@pytest.mark.parametrize("english, chinese, met", [
    ("4,974.5", "4974", True),
    ("1,320.7", "1321", True),
    # near misses: values further apart than 1% are no evidence; a one-digit figure is too coarse to tell
    ("4,974.5", "4874", False),
    ("5,000", "4980", False),
])
def test_one_figure_retold_is_anchored_by_its_value(english, chinese, met):
    assert compared(EN_LEVEL.format(english), ZH_LEVEL.format(chinese)) is met


def test_prices_are_not_anchored_by_their_value():
    # (prices move in narrow bands: two days' prices are often within 1%; in two languages, so that only the
    # price rule, not words that name two things in one language, keeps these apart)
    assert not compared("China's glimber closed at $4,974.5 a tonne in 2023.\n", "2023年中国格林伯收于4950美元。\n")


@pytest.mark.parametrize("text, figure, subject", [
    # a name past "with" after the figure is no one the figure is about: a thing it is with, or the next clause's
    ("According to the report, 39.9 million people were living with HIV in 2023.\n", "39.9 million", None),
    ("The European Union has a robot density of 208 units per 10,000 employees with Germany and Sweden ranking "
     "in the top ten.\n", "208 units per 10,000", "EU"),
    # near misses: a name right after the figure, or before it, still owns it
    ("The highest share in 2023 was 24.1% for Lenovo.\n", "24.1%", "Lenovo"),
    ("Lenovo shipped 15.2 million units in 2023, with HP close behind.\n", "15.2 million", "Lenovo"),
])
def test_a_name_past_with_is_not_the_figures(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_an_abbreviation_a_body_is_given_stays_its_name():
    text = ("Cruise Lines International Association (CLIA) released its outlook. The total number of CLIA cruise "
            "line ocean ships in operation will reach 278 in 2020.\n")
    assert frames(text)["278"].context.source == "CLIA"


@pytest.mark.parametrize("text, figure, words", [
    # a list item's bare figure measures what the paragraph leading the list in names
    ("2024年食用即食面最多的国家及地区分别是：\n\n1. 中国（438亿份）\n\n2. 印尼（146.8亿份）\n", "146.8亿份", {"即食", "食用"}),
    ("Kettle sales in 2024 in the largest markets:\n\n- Germany: 4.2 million\n- France: 3.1 million\n",
     "3.1 million", {"kettle"}),
])
def test_a_list_items_bare_figure_takes_the_lead_ins_object(text, figure, words):
    got = frames(text)[figure].context
    assert words <= set(got.words)


def test_a_list_item_keeps_its_own_object():
    text = "2024年最大的市场分别是：\n\n1. 中国：水壶出货量438万台\n\n2. 印尼：水壶出货量146万台\n"
    assert "市场" not in frames(text)["146万台"].context.words


@pytest.mark.parametrize("text, figure", [
    ("韩国人均泡面消费量排名第二，平均每人每年吃掉79包泡面。\n", "79"),
    ("In 2024, South Koreans ate 79 packs of noodles per person.\n", "79"),
])
def test_each_person_is_per_capita(text, figure):
    assert "per capita" in frames(text)[figure].context.basis


# -- the review of this round's rules: guards --------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, subject", [
    # an abbreviation the page writes as an actor (a possessive, a past verb) is a name, not a term
    ("Germany’s BMW sold 2.55 million cars in 2023.\n", "2.55 million", "BMW"),
    ("Germany's BMW group reported strong results. BMW delivered 2.55 million vehicles in 2023.\n", "2.55 million",
     "BMW"),
    # "with" governs the phrase up to the next preposition: the place after it is the figure's
    ("About 7.8 million people were living with HIV in South Africa in 2023.\n", "About 7.8 million", "South Africa"),
])
def test_review_names(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_review_production_and_sales_within_one_percent_are_two_things():
    assert not compared("2023年，中国汽车产量达3016.1万辆。\n", "China sold 30.09 million vehicles in 2023.\n")


def test_review_the_one_who_did_most_is_no_bound():
    got = {c.text: c.qualifier for c in claims("捐款最多的捐了100万元，最少的捐了50元。\n")}
    assert got == {"100万元": None, "50元": None}
    assert [c.qualifier for c in claims("公司至少招聘了200名工人。\n")] == ["at_least"]


def test_review_imperial_units_stay_one_measure():
    assert len(claims("He drank 2 imperial gallons 3 pints of beer.\n")) == 1


def test_review_only_the_sentence_the_colon_ends_leads_the_list_in():
    text = ("Analysts expect a weak year for kettle makers. Their forecasts for 2024 are below:\n\n"
            "- Germany: 4.2 million kettles\n- France: 3.1 million kettles\n")
    assert "analyst" not in frames(text)["3.1 million"].context.words
