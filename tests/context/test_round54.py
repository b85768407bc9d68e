"""Round 54: mechanisms read off corpus-fresh58 (opened this round: data-centre electricity use, bitcoin hashrate
shares by country, China's bicycle exports; business statistics). A rival a ranking sets the subject against is not
the figure's subject ("Russia is behind Kazakhstan with an 11% share"); names each with its figure in brackets after
a figure that says what it measures are of that ("… right after the United States (37.84%) and China (21.11%)");
words of position say nothing of what is measured ("positioned right after the leaders"). Sentences written for
these tests, each of a kind seen misread."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    ("Peru is behind Chile with an 11% share.\n", "11%", "Peru"),
    # (a company's legal ending is no part of what is measured: "Kerepa Corp" is Kerepa)
    ("Kerepa Corp trails Tovora Inc with a 14% share.\n", "14%", "Kerepa"),
    ("Kerepa Corp came in third after Tovora Inc with 14%.\n", "14%", "Kerepa"),
])
def test_a_rival_a_ranking_names_is_not_the_figures_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_rival_with_its_own_figure_after_a_comma_keeps_it():
    f = frames("Kerepa Corp led with 20%, ahead of Tovora Inc with 17%.\n")
    assert f["17%"].context.subject == "Tovora"
    assert f["20%"].context.subject == "Kerepa"
    assert f["17%"].context.words == f["20%"].context.words == ()


def test_names_with_their_figures_in_brackets_take_the_frame_of_the_figure_before():
    f = frames("Tovoria contributed to 13.22% of the total Bitcoin hash rate, positioned right after the historical "
               "leaders Melania (37.84%) and Kerepia (21.11%).\n")
    first = f["13.22%"].context
    for fig, who in (("37.84%", "Melania"), ("21.11%", "Kerepia")):
        x = f[fig].context
        assert x.subject == who
        assert (x.measure, x.words, x.topics) == (first.measure, first.words, first.topics)
        assert "right" not in x.words


def test_a_dated_series_is_not_a_bracketed_list():
    # (figures in brackets that are glosses of one name's figure, not other names': no frame is lent)
    f = frames("Tovoria held 13% of the global hash rate (up from 8%).\n")
    assert f["8%"].context.subject in (None, "Tovoria")


@pytest.mark.parametrize("text, figure, period", [
    ("Source: https://example.org/2021/10/14/story\n\nTovoria's share rose from 17% in April to 35% in August.\n",
     "35%", "2021-08"),
    ("Source: https://example.org/2021/10/14/story\n\nTovoria's share rose from 17% in April to 35% in August.\n",
     "17%", "2021-04"),
    # (a change and the level it reached: one period for both)
    ("Source: https://example.org/2021/10/14/story\n\nShipments fell 5% in April to 20 million units.\n",
     "20 million", "2021-04"),
])
def test_the_period_after_a_changes_first_figure_dates_that_figure(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_the_end_of_a_change_with_no_period_of_its_own_is_not_the_starts():
    f = frames("Source: https://example.org/2021/10/14/story\n\nTovoria's share rose from 17% in April to 35%.\n")
    assert f["35%"].context.period != "2021-04"


@pytest.mark.parametrize("a, b", [
    # the concepts table's words for one quantity: electricity use and electricity consumption are electricity
    ("Data centres consumed 460 TWh, about 1.7% of global electricity use.\n",
     "Data centres consumed 415 TWh, roughly 1.5 percent of the world electricity.\n"),
])
def test_words_for_one_quantity_meet(a, b):
    fa = [c for c in frames(a).values() if c.unit == "percent"][0].context
    fb = [c for c in frames(b).values() if c.unit == "percent"][0].context
    assert set(fa.topics) & set(fb.topics)


def test_a_countrys_pronoun_stands_for_the_country_not_a_datelines_city():
    f = frames("据美联社北京5月5日报道,去年中国出口6029.7万辆自行车。预计今年该国自行车产量将达到8000万辆。\n")
    assert f["8000万辆"].context.subject == "China"


def test_a_citys_own_pronoun_is_left_alone():
    # (the city, 该市: no country's pronoun; the city named before stays)
    f = frames("Shenzhen's port handled 30 million containers. The city's airport handled 52 million passengers.\n")
    assert f["52 million"].context.subject != "China"


def test_a_unit_over_time_after_a_number_is_no_name():
    f = frames("Meanwhile, Tovoria and Peru contributed 71 Eh/s and 39.6 Eh/s, respectively.\n")
    assert f["39.6"].context.subject == "Peru"


# Guards from the review of round 54 (sentences written for these tests, each of a kind seen misread)
@pytest.mark.parametrize("text, figure, subject", [
    ("Apple is now behind Samsung's 20% share of the smartphone market.\n", "20%", "Samsung"),
    ("Honda sold fewer cars after Toyota cut prices by 10% in March.\n", "10%", "Toyota"),
    ("Xiaomi ranked third behind Apple at 17% and Samsung at 20%.\n", "17%", "Apple"),
])
def test_a_rival_owning_its_figure_keeps_it(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text", ["Meanwhile, Peru is behind Chile with an 11% share.\n",
                                  "In the third quarter, Peru trailed Chile with an 11% share.\n"])
def test_an_opening_phrase_before_the_ranked_name(text):
    assert frames(text)["11%"].context.subject == "Peru"


def test_month_on_month_figures_in_brackets_keep_their_base():
    f = frames("In December 2023, sales increased compared to November in China (4.7 percent), the Americas (1.8 "
               "percent), and Europe (0.3 percent).\n")
    assert f["4.7 percent"].context.base == f["0.3 percent"].context.base


def test_rights_stay_rights():
    f = frames("Income from performance rights rose 9.5% while mechanical rights fell 2%.\n")
    assert any("right" in w for w in f["9.5%"].context.words)


@pytest.mark.parametrize("text, figure, not_period", [
    ("Source: https://example.org/2021/10/14/story\n\nThe share has increased from 16.8% at the end of April to "
     "35.4% by the end of August.\n", "35.4%", "2021-04"),
    ("Source: https://example.org/2021/10/14/story\n\nSales fell from 1.2 million units in January to 0.9 million "
     "in March.\n", "0.9 million", "2021-01"),
])
def test_the_start_period_of_a_change_said_with_more_words(text, figure, not_period):
    assert frames(text)[figure].context.period != not_period
