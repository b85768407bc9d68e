"""Round 37: rules read off real pages (corpus-fresh40 opened for reading: wild giant pandas, the Yangtze finless
porpoise, mangroves), each with the near miss that must keep its old reading. Sentences are written for these tests,
in the forms those pages use."""
from __future__ import annotations

import pytest

from helpers import annotated, claims, compared

from factcheck.group import _words, similarity


def _frame(text: str, figure: str):
    return next(c.context for c in claims(text) if c.text == figure)


def _pair(a: str, fa: str, b: str, fb: str):
    cs = annotated([("a.txt", a), ("b.txt", b)])
    x = next(c for c in cs if c.path == "a.txt" and c.text == fa)
    y = next(c for c in cs if c.path == "b.txt" and c.text == fb)
    return x, y


# ---------------------------------------------------------------- the words of a dimension the unit states

@pytest.mark.parametrize("a, fa, b, fb", [
    ("Mangrove forests cover approximately 53,290 square miles worldwide.", "approximately 53,290 square miles",
     "The world's mangrove forest area is 53,190 square miles.", "53,190 square miles"),
    ("我国红树林面积达到3.03万公顷。", "3.03万公顷", "我国现有红树林地3万公顷。", "3万公顷"),
    ("The Yangtze's navigable length is 2,800 km.", "2,800 km", "The navigable Yangtze runs 2,838 km.", "2,838 km"),
])
def test_words_of_the_units_dimension_do_not_keep_figures_apart(a, fa, b, fb):
    # "area", "cover", 面积, "length": an area in hectares is an area whether its sentence says so or not
    x, y = _pair(a, fa, b, fb)
    assert similarity(x, y) >= 0.6


def test_the_dimension_words_stay_in_the_frame():
    # what `factcheck claims` shows is the text's reading; only matching passes over them
    assert "area" in _frame("The world's mangrove forest area is 53,190 square miles.", "53,190 square miles").words


@pytest.mark.parametrize("text, figure, word", [
    # near misses: a change of an area names no dimension, so its 面积 is a word like any other (floor space sold
    # fell 20.5%, against money taken); a count's "areas" are things counted (67 protected areas)
    ("新建商品房销售面积11369万平方米，同比下降20.5%。", "20.5%", "面积"),
    ("China has 67 protected areas for pandas.", "67", "area"),
])
def test_words_of_a_dimension_count_where_the_unit_states_none(text, figure, word):
    c = next(c for c in claims(text) if c.text == figure)
    assert word in _words(c)


# ---------------------------------------------------------------- who says so is no object

@pytest.mark.parametrize("text, figure, kept, gone", [
    ("In total, satellites reveal that mangrove forests cover 53,290 square miles.", "53,290 square miles",
     "mangrove", "satellite"),
    # near miss: a figure right after the "that" reads the words after it, as before
    ("Researchers concluded that 1,864 wild pandas live in China.", "1,864", "panda", "researcher"),
])
def test_the_sayer_before_that_is_no_object(text, figure, kept, gone):
    got = _frame(text, figure)
    assert kept in got.words and gone not in got.words


def test_a_that_after_no_verb_of_saying_keeps_the_words_before_it():
    # near miss: "that" as a determiner; the words before it are the phrase's own
    got = _frame("Mangrove seedlings that year covered 320 hectares.", "320 hectares")
    assert "seedling" in got.words


# ---------------------------------------------------------------- what a count's quantity is of

def test_the_noun_before_a_counts_quantity_says_what_it_counts():
    got = _frame("Sichuan boasted the largest wild panda population, at 1,347, accounting for 74.4 percent.", "1,347")
    assert {"wild", "panda"} <= set(got.words)


def test_two_populations_of_two_animals_do_not_meet():
    assert not compared("Sichuan has the largest wild panda population, at 1,347.",
                        "Sichuan has the largest finless porpoise population, at 1,345.")


def test_a_population_and_its_animals_counted_meet():
    assert compared("Sichuan has the largest wild panda population, at 1,347.",
                    "Sichuan has 1,387 wild pandas, the survey found.")


def test_money_keeps_only_its_terms():
    # near miss: a figure in money reads its neighbour clause's terms alone, as before ("music revenue" across
    # languages met more of other years' growth rates than it found)
    got = _frame("Global recorded music revenue grew strongly, at $21.6 billion.", "$21.6 billion")
    assert "music" not in got.words
