"""Round 34: rules read off real pages (corpus-fresh37 opened for reading: wild tigers, sharks killed by fishing,
polio), each with the near misses that must stay apart. Sentences are written for these tests, in the forms those
pages use."""
from __future__ import annotations

import pytest

from helpers import claims


def _frame(text: str, figure: str):
    return next(c.context for c in claims(text) if c.text == figure)


# ---------------------------------------------------------------- who releases a report says so

def test_a_person_apposed_to_an_office_who_releases_a_report_is_its_source():
    got = _frame("On Tiger Day, the prime minister of Zentria, Narender Modi, released a report estimating a "
                 "population of 2,967 tigers in Zentria.", "2,967")
    assert (got.subject, got.source) == ("Zentria", "Narender Modi")


# ---------------------------------------------------------------- a photo credit names no one

def test_a_photo_credit_is_not_carried_to_the_next_sentence():
    got = _frame("A rickshaw drives down a street in Tokyo on Jan 14, 2025. [Photo/VCG]\nVisitors spent more. Its "
                 "share reached 24.1% in 2024.", "24.1%")
    assert got.subject != "VCG"


# ---------------------------------------------------------------- a speaker before a colon and a quotation

@pytest.mark.parametrize("text, figure, source", [
    ('WWF chief scientist Jane Doe: "About 100 million sharks die every year."', "About 100 million", "WWF"),
    ("世界自然基金会科学家李明:“每年约有1亿条鲨鱼被杀。”", "1亿条", "世界自然基金会"),
])
def test_who_is_named_before_a_colon_opening_a_quotation_says_it(text, figure, source):
    got = _frame(text, figure)
    assert got.source == source and got.subject is None


def test_whom_a_question_is_put_to_is_no_speaker():
    got = _frame('Question to Jensen Huang: "Will you ship 5 million GPUs in 2025?"', "5 million")
    assert got.source != "Jensen Huang"


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


@pytest.mark.parametrize("text, figure, subject", [
    # a country or a firm acting in the clause is the figure's own (review 34)
    ("Exports rose 12% when China joined the WTO.", "12%", "China"),
    ("Exports rose 12% after Japan reopened its borders.", "12%", "Japan"),
])
def test_a_country_acting_in_a_clause_of_time_keeps_its_figure(text, figure, subject):
    assert _frame(text, figure).subject == subject


# ---------------------------------------------------------------- a counted noun in capitals is no name

@pytest.mark.parametrize("text, figure", [
    ("72 million Sharks killed annually for fin soup,", "72 million"),
    ("Every year, 23-70 Million Sharks are killed for their fins.", "23-70 Million"),
])
def test_the_noun_a_figure_counts_written_in_capitals_is_no_name(text, figure):
    got = _frame(text, figure)
    assert got.subject is None and "shark" in got.words


@pytest.mark.parametrize("text, figure, subject", [
    # a name before the noun counted stays a name (review 34)
    ("The chain runs 300 Nike stores in 2024.", "300", "Nike"),
    ("About 70 million Windows users upgraded in 2024.", "About 70 million", "Windows"),
])
def test_a_name_before_the_noun_a_figure_counts_stays_a_name(text, figure, subject):
    assert _frame(text, figure).subject == subject


# ---------------------------------------------------------------- -us and -is are no plurals

def test_words_in_us_and_is_keep_their_last_letter():
    from factcheck.context.measure import stem

    assert [stem(w) for w in ("census", "poliovirus", "analysis", "status")] == \
        ["census", "poliovirus", "analysis", "status"]
    assert [stem(w) for w in ("sharks", "countries", "glasses", "tigers")] == ["shark", "country", "glass", "tiger"]
    assert [stem(w) for w in ("taxis", "menus")] == ["taxi", "menu"]  # plurals of words in -i and -u


# ---------------------------------------------------------------- a change from a level named as it stands

@pytest.mark.parametrize("text, first, second", [
    ("The number of people living with dementia will increase by 2030 from the current 55 million to 78 million.",
     "55 million", "78 million"),
])
def test_a_change_from_the_current_level_is_two_figures(text, first, second):
    assert [c.text for c in claims(text)] == [first, second]


# ---------------------------------------------------------------- who says so is no object

@pytest.mark.parametrize("text, figure", [
    ("科学家估计全球约有1亿只鲨鱼被杀。", "1亿只"),
    ("Scientists estimate that 100 million sharks are killed each year.", "100 million"),
])
def test_a_speaker_noun_before_a_verb_of_saying_is_no_object(text, figure):
    assert "researchers" not in _frame(text, figure).topics


def test_researchers_counted_stay_the_object():
    assert "researchers" in _frame("The number of researchers rose to 8.9 million in 2024.", "8.9 million").topics


# ---------------------------------------------------------------- the year of a figure compared with

def test_the_year_of_a_figure_compared_with_does_not_date_this_one():
    got = claims("Around 3890 tigers exist in the wild, up from an estimated 3200 in 2012.")
    assert [(c.text, c.context.period) for c in got] == [("Around 3890", None), ("an estimated 3200", "2012")]


def test_a_change_since_a_thing_began_is_on_that_year():
    got = _frame("Poliovirus cases worldwide have dropped by 99.9 percent since the Global Polio Eradication Initiative "
                 "(GPEI) began in 1988.", "99.9 percent")
    assert got.base == "vs 1988" and got.period != "1988"


def test_a_record_since_a_firm_was_founded_is_no_base():
    got = _frame("Sales rose 5% in 2024, the best since the firm was founded in 1990.", "5%")
    assert (got.period, got.base) == ("2024", None)


def test_the_current_level_a_change_starts_from_is_of_now_and_no_forecast():
    # (review 34: the 55 million had taken the year the change runs to, 2030)
    got = {c.text: c.context for c in claims("The number of people living with dementia will increase by 2030 from "
                                             "the current 55 million to 78 million.")}
    assert got["55 million"].period != "2030" and "forecast" not in got["55 million"].basis
    assert got["78 million"].period == "2030" and "forecast" in got["78 million"].basis
