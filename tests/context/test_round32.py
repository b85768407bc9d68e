"""Round 32: rules read off real pages (corpus-fresh35 opened for reading), each with the near misses that must
stay apart. Sentences are written for these tests, in the forms those pages use."""
from __future__ import annotations

import pytest

from helpers import claims


def _subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.context.subject for c in claims(text)}


def _sources(text: str) -> dict[str, str | None]:
    return {c.text: c.context.source for c in claims(text)}


# ---------------------------------------------------------------- a compound adjective is no pronoun

@pytest.mark.parametrize("text, figure, subject", [
    ("The three-year survey confirms declines of 144,000 animals in Africa.", "144,000", "Africa"),
    ("The two-year study found 3,000 cases in Kenya.", "3,000", "Kenya"),
])
def test_a_number_word_of_a_compound_adjective_is_no_plural_pronoun(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_the_three_standing_alone_still_takes_the_names_before_it():
    text = "Apple, Samsung and Xiaomi led the market. The three shipped 150 million phones."
    assert _subjects(text)["150 million"] == "Apple+Samsung+Xiaomi"


# ---------------------------------------------------------------- a census is who says so

def test_a_census_named_before_a_figure_is_its_source_not_its_subject():
    text = "The findings of the Great Elephant Census confirm declines of 144,000 animals in Africa."
    got = claims(text)[0].context
    assert (got.subject, got.source) == ("Africa", "Great Elephant Census")


# ---------------------------------------------------------------- a person's role after the name

@pytest.mark.parametrize("text, figure", [
    ("“The event is still ongoing,” Britta Schaffelke, coordinator of the Global Coral Reef Monitoring Network, "
     "said in a statement. About 84% of reefs were hit.", "About 84%"),
    ("Maria Lopez, an epidemiologist at the institute, said 2,300 children were infected.", "2,300"),
])
def test_a_name_with_a_persons_role_in_apposition_is_who_speaks(text, figure):
    got = next(c.context for c in claims(text) if c.text == figure)
    assert got.subject is None and got.source is not None


@pytest.mark.parametrize("text, figure, subject", [
    # a role word before a name is no title: the name does what the figure counts, or is a company
    ("Author Stephen King has sold 350 million books.", "350 million", "Author Stephen King"),
    ("Epidemiologist John Lee has treated 3,000 patients.", "3,000", "Epidemiologist John Lee"),
])
def test_a_role_word_before_a_name_makes_no_person(text, figure, subject):
    assert _subjects(text)[figure] == subject


# ---------------------------------------------------------------- a reporter's byline opening a story

@pytest.mark.parametrize("text, figure, subject, dropped", [
    ("【台灣醒報記者方家敏綜合報導】南非犀牛剩不到2萬頭,盜獵防不勝防!", "不到2萬頭", "South Africa", "报导"),
    ("〔記者鄭琪芳／台北報導〕美國出口成長9.9%,達4750億美元。", "9.9%", "US", "记者"),
])
def test_a_bracketed_byline_names_no_place_and_gives_no_object_words(text, figure, subject, dropped):
    got = next(c.context for c in claims(text) if c.text == figure)
    assert got.subject == subject
    assert not any(dropped in w for w in got.words)


def test_a_bracketed_bylines_story_keeps_its_own_words():
    got = next(c.context for c in claims("【台灣醒報記者方家敏綜合報導】南非犀牛剩不到2萬頭。") if c.text == "不到2萬頭")
    assert "犀牛" in got.words


@pytest.mark.parametrize("text, figure, word", [
    # a label in capitals before a colon is no dateline filed from a place: its words stay the clause's
    ("EXPORTS: Shipments rose 5% in March.", "5%", "exports"),
])
def test_a_label_in_capitals_keeps_its_words(text, figure, word):
    got = next(c.context for c in claims(text) if c.text == figure)
    assert word in got.words + got.topics


@pytest.mark.parametrize("text", ["【日本核电】日本核电站发电量增长3%。", "記者會上,官員報導出口成長3%。"])
def test_a_heading_in_black_brackets_or_a_press_conference_is_no_byline(text):
    from factcheck.context.names import dateline_end

    assert dateline_end(text) == 0


# ---------------------------------------------------------------- "respectively, in 2022" dates the run it closes

@pytest.mark.parametrize("text, want", [
    ("In 2023, in total, Boeing and Airbus delivered 528 and 735 aircraft compared to 480 and 663, respectively, "
     "in 2022.", {"528": "2023", "735": "2023", "480": "2022", "663": "2022"}),
    ("In 2024, Apple and Dell shipped 20 million and 12 million units respectively in the first quarter.",
     {"20 million": "2024-Q1", "12 million": "2024-Q1"}),
    # as many periods as figures: one each, in turn
    ("In 2023, the rates were 4% and 5%, respectively, in 2021 and 2022.", {"4%": "2021", "5%": "2022"}),
    # near miss: no "respectively", the sentence's year holds
    ("In 2023, Boeing delivered 528 and 735 aircraft, up from 2022.", {"528": "2023", "735": "2023"}),
])
def test_the_period_after_respectively_dates_each_figure_of_its_run(text, want):
    got = {c.text: c.context.period for c in claims(text)}
    assert {k: got[k] for k in want} == want


# ---------------------------------------------------------------- the level a change starts from, and its date

@pytest.mark.parametrize("text, want", [
    ("Production fell from the record 1 million tons recorded in the 2021/2022 season to 492,000 tons.",
     {"1 million tons": "2021/22", "492,000 tons": None}),
    ("Sales rose from a revised 3.2 million in 2022 to 3.5 million.", {"3.2 million": "2022", "3.5 million": None}),
    # near misses: the period after the change's end is its own; "from" naming where the data come from
    ("Sales rose from a revised 3.2 million to 3.5 million in 2023.", {"3.5 million": "2023"}),
    ("Reports from 50 hospitals recorded in 2022 show 3,000 cases of cholera.", {"3,000": "2022"}),
])
def test_a_dated_level_a_change_starts_from_dates_only_that_level(text, want):
    got = {c.text: c.context.period for c in claims(text)}
    assert {k: got[k] for k in want} == want


# ---------------------------------------------------------------- a unit's short form in brackets

@pytest.mark.parametrize("text, figure, period", [
    ("In our January 2023 outlook, we forecast that crude oil production will average 12.4 million barrels per day "
     "(b/d) in 2023 and 12.8 million b/d in 2024.", "12.4 million barrels per day", "2023"),
    ("Capacity reached 120 gigawatts (GW) in 2024, the agency said in its March 2025 report.", "120 gigawatts", "2024"),
])
def test_a_units_short_form_in_brackets_does_not_cut_the_figure_from_its_period(text, figure, period):
    assert {c.text: c.context.period for c in claims(text)}[figure] == period


# ---------------------------------------------------------------- a dated series in one sentence

def test_a_dated_series_after_a_figure_naming_what_it_counts_takes_that_object():
    text = ("今年前两个月已有44名盗猎者被捕等待审判。\n"
            "尽管如此,南非被猎杀犀牛数量仍呈逐年上升趋势。2010年共有333头犀牛被猎杀,2012年增至668头,2013年则达到创纪录的1004头。\n")
    got = {c.text: c.context for c in claims(text)}
    for figure in ("668头", "1004头"):
        assert "犀牛" in got[figure].words and "盗猎" not in got[figure].words  # (not the arrests of the sentence before)
    assert (got["668头"].period, got["1004头"].period) == ("2012", "2013")


# ---------------------------------------------------------------- "the following year", 次年: the year after

@pytest.mark.parametrize("text, want", [
    ("In 2007, just 13 rhinos were poached in South Africa, the following year this jumped to 83.",
     {"13": "2007", "83": "2008"}),
    ("2019年销量为100万辆,次年增至120万辆。", {"100万辆": "2019", "120万辆": "2020"}),
    ("Sales were 5 million in 2020 and rose to 6 million a year later.", {"5 million": "2020", "6 million": "2021"}),
])
def test_the_following_year_is_the_year_after_the_one_named_before(text, want):
    got = {c.text: c.context.period for c in claims(text)}
    assert {k: got[k] for k in want} == want
