"""Round 34: rules read off real pages (corpus-fresh37 opened for reading: wild tigers, sharks killed by fishing,
polio), each with the near misses that must stay apart. Sentences are written for these tests, in the forms those
pages use."""
from __future__ import annotations

import pytest

from helpers import claims


def _frame(text: str, figure: str):
    return next(c.context for c in claims(text) if c.text == figure)


# ---------------------------------------------------------------- "this number" is the figure before

@pytest.mark.parametrize("text, figure", [
    ("As per the 2018 census, Zentria has 2,967 tigers in 53 reserves. This number constitutes 70 per cent of the "
     "global number.", "70 per cent"),
    ("Japan welcomed 36.87 million visitors in 2024. This figure surpassed the previous high of 31.88 million in "
     "2019.", "31.88 million"),
    ("2018年Zentria共有2967只老虎。这一数字占全球野生老虎的70%。", "70%"),
])
def test_a_figure_named_by_a_demonstrative_is_of_whom_the_figure_before_is(text, figure):
    got = _frame(text, figure)
    assert got.subject in ("Zentria", "Japan") and got.how == "pronoun"


def test_the_number_of_is_no_demonstrative():
    # "The number of …" opens a figure's own phrase: it stands for no figure before it
    got = _frame("Zentria has 2,967 tigers. The number of wild tigers worldwide is 4,500.", "4,500")
    assert got.subject is None


# ---------------------------------------------------------------- who releases a report says so

def test_a_person_apposed_to_an_office_who_releases_a_report_is_its_source():
    got = _frame("On Tiger Day, the prime minister of Zentria, Narender Modi, released a report estimating a "
                 "population of 2,967 tigers in Zentria.", "2,967")
    assert (got.subject, got.source) == ("Zentria", "Narender Modi")


# ---------------------------------------------------------------- a photo credit names no one

def test_a_photo_credit_is_not_carried_to_the_next_sentence():
    got = _frame("A rickshaw drives down a street in Tokyo on Jan 14, 2025. [Photo/VCG]\nJapan welcomed 36.87 "
                 "million visitors in 2024. This figure surpassed the previous high of 31.88 million.", "31.88 million")
    assert got.subject == "Japan"


# ---------------------------------------------------------------- a speaker before a colon and a quotation

@pytest.mark.parametrize("text, figure, source", [
    ('WWF chief scientist Jane Doe: "About 100 million sharks die every year."', "About 100 million", "WWF"),
    ("世界自然基金会科学家李明:“每年约有1亿条鲨鱼被杀。”", "1亿条", "世界自然基金会"),
])
def test_who_is_named_before_a_colon_opening_a_quotation_says_it(text, figure, source):
    got = _frame(text, figure)
    assert got.source == source and got.subject is None


def test_a_firm_before_a_colon_quotation_keeps_its_own_figures():
    got = _frame('Zentria Corp chief executive John Roe: "We shipped 5 million phones in 2024."', "5 million")
    assert got.subject == "Zentria"


# ---------------------------------------------------------------- what a body declared is its statement

def test_a_pronouncement_from_a_body_is_attributed_to_it():
    got = _frame("Despite the pronouncement from the World Wide Fund for Nature that around 3890 tigers exist in the "
                 "wild, doubts remain.", "around 3890")
    assert (got.subject, got.source) == (None, "World Wide Fund for Nature")


# ---------------------------------------------------------------- a clause of time names no one's figure

@pytest.mark.parametrize("text, figure", [
    ("Poliovirus cases worldwide have dropped by 99.9 percent since the Global Polio Eradication Initiative (GPEI) "
     "began in 1988.", "99.9 percent"),
    ("Tiger numbers fell by 40 percent after the Zentria Wildlife Board stopped counting in 2010.", "40 percent"),
])
def test_a_name_opening_a_clause_of_time_after_the_figure_is_not_its_subject(text, figure):
    assert _frame(text, figure).subject is None


def test_a_name_after_the_figure_in_its_own_phrase_still_is():
    assert _frame("Tiger numbers rose by 33 percent in Zentria since 2014.", "33 percent").subject == "Zentria"


# ---------------------------------------------------------------- a counted noun in capitals is no name

@pytest.mark.parametrize("text, figure", [
    ("72 million Sharks killed annually for fin soup,", "72 million"),
    ("Every year, 23-70 Million Sharks are killed for their fins.", "23-70 Million"),
])
def test_the_noun_a_figure_counts_written_in_capitals_is_no_name(text, figure):
    got = _frame(text, figure)
    assert got.subject is None and "shark" in got.words


def test_a_name_after_a_number_stays_a_name():
    got = _frame("The airline bought 300 Boeing jets in 2024.", "300")
    assert got.subject == "Boeing"


# ---------------------------------------------------------------- -us and -is are no plurals

def test_words_in_us_and_is_keep_their_last_letter():
    from factcheck.context.measure import stem

    assert [stem(w) for w in ("census", "poliovirus", "analysis", "status")] == \
        ["census", "poliovirus", "analysis", "status"]
    assert [stem(w) for w in ("sharks", "countries", "glasses", "tigers")] == ["shark", "country", "glass", "tiger"]


# ---------------------------------------------------------------- a change from a level named as it stands

@pytest.mark.parametrize("text, first, second", [
    ("The number of people living with dementia will increase by 2030 from the current 55 million to 78 million.",
     "55 million", "78 million"),
    ("Tiger numbers fell from an estimated 100,000 to 3,200 in 2010.", "an estimated 100,000", "3,200"),
])
def test_a_change_from_the_current_level_is_two_figures(text, first, second):
    assert [c.text for c in claims(text)] == [first, second]


def test_a_range_after_from_stays_one_range():
    assert [c.text for c in claims("Estimates range from 3,000 to 4,000 tigers.")] == ["3,000 to 4,000"]
