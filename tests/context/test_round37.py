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
     "The world's mangrove forests total 53,190 square miles.", "53,190 square miles"),
    ("The world's mangrove forest area is 53,190 square miles.", "53,190 square miles",
     "The world's mangrove forests total 53,290 square miles.", "53,290 square miles"),
    ("我国红树林面积达到3.03万公顷。", "3.03万公顷", "我国现有红树林地3万公顷。", "3万公顷"),
])
def test_a_word_of_the_units_dimension_on_one_side_does_not_keep_figures_apart(a, fa, b, fb):
    # "area", "cover", 面积: an area in hectares is an area whether its sentence says so or not
    x, y = _pair(a, fa, b, fb)
    assert similarity(x, y) >= 0.6


def test_the_dimension_words_stay_in_the_frame():
    # what `factcheck claims` shows is the text's reading; only matching passes over them
    assert "area" in _frame("The world's mangrove forest area is 53,190 square miles.", "53,190 square miles").words


@pytest.mark.parametrize("a, fa, b, fb, alike", [
    # near misses: a figure whose one word is its dimension keeps it, and meets its like ("Lake Chad's area")
    ("Lake Chad's area was 1,350 km2 in 2006.", "1,350 km2", "Lake Chad's area was 1,500 km2 in 2006.", "1,500 km2",
     True),
    # a dimension word both sides say stays a word: the land area and the water area are two quantities
    ("China's land area is 9.6 million km2.", "9.6 million km2", "China's water area is 0.17 million km2.",
     "0.17 million km2", False),
    # a length and a width in one unit are two quantities
    ("The runway is 3,800 metres long.", "3,800 metres", "The runway is 3,600 metres wide.", "3,600 metres", False),
])
def test_words_that_tell_quantities_apart_still_count(a, fa, b, fb, alike):
    x, y = _pair(a, fa, b, fb)
    assert (similarity(x, y) >= 0.6) is alike


@pytest.mark.parametrize("text, figure, word", [
    # near misses: a change of an area names no dimension, so its 面积 is a word like any other (floor space sold
    # fell 20.5%, against money taken); a count's "areas" are things counted (67 protected areas)
    ("新建商品房销售面积11369万平方米，同比下降20.5%。", "20.5%", "面积"),
    ("China has 67 protected areas for pandas.", "67", "area"),
])
def test_words_of_a_dimension_count_where_the_unit_states_none(text, figure, word):
    c = next(c for c in claims(text) if c.text == figure)
    assert word in _words(c, c)[0]


# ---------------------------------------------------------------- who says so is no object

@pytest.mark.parametrize("text, figure, kept, gone", [
    ("In total, satellites reveal that mangrove forests cover 53,290 square miles.", "53,290 square miles",
     "mangrove", "satellite"),
    ("Park rangers in Sichuan noted that mangrove forests cover 320 hectares.", "320 hectares", "mangrove", "ranger"),
])
def test_the_sayer_before_that_is_no_object(text, figure, kept, gone):
    got = _frame(text, figure)
    assert kept in got.words and gone not in got.words


def test_what_a_census_of_something_finds_is_of_that():
    # the "of" phrase of a sayer is what it counted ("there are 1,864 in the wild" names no animal); the census is
    # how they were counted
    got = _frame("A census of giant pandas found that there are 1,864 in the wild.", "1,864")
    assert "panda" in got.words and "census" not in got.words


def test_a_that_after_no_verb_of_saying_keeps_the_words_before_it():
    # near miss: "that" after a noun ("the area that mangroves cover") is no sayer's
    got = _frame("Mangrove seedlings planted in the area that year covered 320 hectares.", "320 hectares")
    assert "seedling" in got.words


# ---------------------------------------------------------------- what a count's quantity is of

def test_the_noun_before_a_counts_quantity_says_what_it_counts():
    got = _frame("Sichuan boasted the largest wild panda population, at 1,347, accounting for 74.4 percent.", "1,347")
    assert {"wild", "panda"} <= set(got.words) and "largest" not in got.words


@pytest.mark.parametrize("text, figure, gone", [
    # near misses: the walk stops at a word that says which amount ("total"), and a rate's base is no thing counted
    ("China reported its total panda population, at 1,864.", "1,864", "total"),
    ("Deaths fell to 223 per 100,000 live births in 2020, from 385 in 2000.", "385", "live"),
])
def test_the_noun_before_a_quantity_stops_where_its_phrase_does(text, figure, gone):
    assert gone not in _frame(text, figure).words


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


# ---------------------------------------------------------------- decades and the century's start

@pytest.mark.parametrize("text, figure, period", [
    ("In the 1990s there were 2,700 porpoises in the river.", "2,700", "1990..1999"),
    ("上世纪90年代，长江江豚约有2700头。", "2700头", "1990..1999"),
    ("20世紀80年代，大熊貓數量為1114隻。", "1114隻", "1980..1989"),
    ("八九十年代，大熊猫数量为1114只。", "1114只", "1980..1999"),
    ("At the turn of the century, Chinese mangroves covered 22,000 hectares.", "22,000 hectares", "2000"),
    ("红树林面积已从21世纪初的2.2万公顷增加到2.9万公顷。", "2.2万公顷", "2000"),
])
def test_a_decade_is_its_ten_years(text, figure, period):
    assert _frame(text, figure).period == period


@pytest.mark.parametrize("text, figure, period", [
    # near misses: a year stays a year; a decade without its century before the thirties says too little
    ("In 1990 there were 2,700 porpoises in the river.", "2,700", "1990"),
    ("20年代，该地区人口为120万。", "120万", None),
])
def test_a_year_is_no_decade(text, figure, period):
    assert _frame(text, figure).period == period


# ---------------------------------------------------------------- the end of a change is of what its start is

def test_the_end_of_a_change_measures_what_its_start_does():
    # the end's own clause names nothing; a later clause's 净增加 is what the country did, not what 3万公顷 is
    text = "截至目前,我国红树林面积已从本世纪初的2.2万公顷恢复增长至3万公顷,成为世界上少数几个红树林面积净增加的国家之一。"
    start, end = _frame(text, "2.2万公顷"), _frame(text, "3万公顷")
    assert (end.topics, end.words) == (start.topics, start.words) and "net" not in end.topics


def test_the_end_of_a_change_keeps_what_its_own_clause_names():
    # near miss: the end's clause names its own quantity
    got = _frame("出口额从2020年的120亿美元增至2024年的180亿美元，进口额为90亿美元。", "180亿美元")
    assert "exports" in got.topics and "imports" not in got.topics


# ---------------------------------------------------------------- a count says what it counts

@pytest.mark.parametrize("text", [
    '"The number of pandas living in the wild in China has climbed to 1590," said Zhao.',
    "The number of wild pandas in China has climbed to 1590, the survey found.",
])
def test_the_number_of_a_thing_is_no_bare_number(text):
    # "the number of pandas … has climbed to 1590": the sentence names what is counted, however far before
    from factcheck.group import block_key
    c = next(c for c in claims(text) if c.text == "1590")
    assert block_key(c) is not None


def test_a_count_naming_nothing_it_counts_stays_bare():
    # near miss: "the number" of nothing named, no one named
    from factcheck.group import block_key
    c = next(c for c in claims("The number has climbed to 1590 this spring.") if c.text == "1590")
    assert block_key(c) is None


def test_why_names_the_words_matching_compared():
    # `factcheck why` says what kept two objects apart as matching read them: without the dimension word one side
    # alone states
    from factcheck.group import explain
    x, y = _pair("The world's mangrove forest area is 137,800 km2.", "137,800 km2",
                 "Coral reefs cover 284,300 km2 worldwide.", "284,300 km2")
    got = explain(x, y)
    assert got.startswith("objects differ") and "mangrove" in got and "area" not in got and "cover" not in got
