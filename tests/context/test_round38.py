"""Round 38: rules read off corpus-fresh41, each general (see the README's round notes): places as the alias table
names them (a division word, a known place's adjective, a country that locates its own province), date-line
words that say nothing of what is measured, and amounts naming no one that join the named figures they retell."""
from __future__ import annotations

import pytest

from helpers import annotated, frames

from factcheck.group import group_claims


def _subject(text: str, figure: str) -> str | None:
    return frames(text)[figure].context.subject


@pytest.mark.parametrize("text, figure, subject", [
    # a province with its division word is the province the table knows
    ("The population of wild elephants in Yunnan Province reached approximately 360 by 2021.", "approximately 360",
     "Yunnan"),
    ("The Tibet Autonomous Region counted 200,000 antelopes in 2011.", "200,000", "Tibet"),
    ("The Hong Kong Special Administrative Region spent 5 million dollars in 2021.", "5 million dollars",
     "Hong Kong"),
    # an autonomous region's people named between the place and its word
    ("The Xinjiang Uygur Autonomous Region produced 5.1 million tonnes of cotton in 2023.", "5.1 million tonnes",
     "Xinjiang"),
    # a country that only locates its own province: the province's figure
    ("The lush forests of southwest China's Yunnan province are home to wild elephants. Their numbers fell to "
     "just 170 in the 1980s.", "170", "Yunnan"),
    ("The wild elephant population in Yunnan, southwest China, has grown from 193 in the 1980s.", "193", "Yunnan"),
    ("Yunnan Province, China, counted 300 elephants in 2021.", "300", "Yunnan"),
    # a known place's adjective qualifies: the place after "in" is the subject
    ("In the 1980s, the Tibetan antelope population in China fell to fewer than 70,000.", "fewer than 70,000",
     "China"),
])
def test_the_subject_is_the_place_as_the_table_names_it(text, figure, subject):
    assert _subject(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a country beside a place that is not one of its own provinces stays the subject
    ("China's exports to Yunnan rose 5% in 2023.", "5%", "China"),
    # places in a list are each named for themselves, the country too
    ("Exports from Yunnan, China and Laos rose 5% in 2023.", "5%", "China+Laos+Yunnan"),
    ("Exports from Yunnan Province, China and Laos rose 5% in 2023.", "5%", "China+Laos+Yunnan"),
    ("Exports from Xinjiang, China, and Uzbekistan rose 5% in 2023.", "5%", "China+Uzbekistan+Xinjiang"),
    # a division word after a name the table does not know as a province stays part of the name
    ("Islamic State fighters numbered 30,000 in 2015.", "30,000", "Islamic State"),
    ("Mexico State produced 5 million tonnes of maize in 2023.", "5 million tonnes", "Mexico State"),
    ("Xishuangbanna Dai Autonomous Prefecture counted 300 elephants in 2021.", "300",
     "Xishuangbanna Dai Autonomous Prefecture"),
])
def test_places_that_stay_as_written(text, figure, subject):
    assert _subject(text, figure) == subject


def test_a_month_written_short_in_a_date_line_is_no_object_word():
    text = ("On the frontlines of efforts to protect wild elephants\nUpdated 19:40, 22-Apr-2019\n\n"
            "Their numbers fell to just 170 in the 1980s.")
    assert "apr" not in frames(text)["170"].context.words


def test_the_word_province_is_no_object_word():
    words = frames("Northwest China's Qinghai province produced 5 million tonnes of salt in 2023.")[
        "5 million tonnes"].context.words
    assert "province" not in words and "northwest" not in words and "salt" in words


_CHINA = "China's early rice output reached 28.17 million tonnes in 2024."


def _grouped(*texts: str) -> list[tuple[str, list[str]]]:
    """Each group's subject and the figures it holds, as written, pages named 0.txt, 1.txt …"""
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(texts)])
    return [(g.subject, sorted(f"{cs[i].path}:{cs[i].text}" for i in g.members)) for g in group_claims(cs)]


def test_an_amount_naming_no_one_joins_the_one_named_cluster_that_retells_it():
    # (and the group is the named figures' subject's, whichever member comes first)
    assert _grouped("Early rice output reached 28.2 million tonnes in 2024.", _CHINA) == \
        [("China", ["0.txt:28.2 million tonnes", "1.txt:28.17 million tonnes"])]


@pytest.mark.parametrize("texts", [
    # a value that disagrees may be another place's: it stays apart
    (_CHINA, "Early rice output reached 25.0 million tonnes in 2024."),
    # two subjects' figures fit: neither is chosen
    (_CHINA, "India's early rice output reached 28.2 million tonnes in 2024.",
     "Early rice output reached 28.2 million tonnes in 2024."),
    # a growth rate naming no one fits too many series
    ("China's early rice output rose 2.1% in 2024.", "Early rice output rose 2.1% in 2024."),
    # a figure that states its scope keeps it
    (_CHINA, "Global early rice output reached 28.2 million tonnes in 2024."),
    # another year's
    (_CHINA, "Early rice output reached 28.2 million tonnes in 2023."),
    # a bound fits too much, and so does a value of one digit, on either side
    (_CHINA, "Early rice output topped 28 million tonnes in 2024."),
    ("China's early rice output reached more than 28 million tonnes in 2024.",
     "Early rice output reached 28.2 million tonnes in 2024."),
    ("China's early rice output was between 27 and 29 million tonnes in 2024.",
     "Early rice output reached 28.2 million tonnes in 2024."),
    # an object of one word says too little to be anyone's
    ("China's early rice exports reached 282,000 tonnes in 2024.", "Exports reached 282,000 tonnes in 2024."),
    ("China's early rice output reached 30.4 million tonnes in 2024.",
     "Early rice output reached 30 million tonnes in 2024."),
    # the same value, of another thing: values alone never join (not even across languages, where two levels
    # within 1% of each other otherwise anchor figures whose objects no dictionary pairs)
    (_CHINA, "Steel exports reached 28.2 million tonnes in 2024."),
    ("2024年中国早稻产量2817.4万吨。", "The haul of starch noodles reached 28.17 million tonnes in 2024."),
])
def test_an_amount_naming_no_one_stays_apart(texts):
    assert _grouped(*texts) == []


def test_two_unnamed_amounts_that_disagree_join_no_one_whichever_comes_first():
    # (each rounds China's 28 million; one page gives both, so they are two quantities: neither is China's)
    china = "China's early rice output reached 28 million tonnes in 2024."
    both = ("Early rice output reached 28.2 million tonnes in 2024. Early rice output reached 27.9 million tonnes "
            "in 2024.")
    assert _grouped(china, both) == [] and _grouped(both, china) == []


def test_why_says_an_unnamed_amount_joined_the_figures_it_retells(tmp_path):
    from factcheck.pipeline import explain_pair

    (tmp_path / "a.txt").write_text(_CHINA + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Early rice output reached 28.2 million tonnes in 2024.\n", encoding="utf-8")
    lines, met = explain_pair(f"{tmp_path / 'a.txt'}:1", f"{tmp_path / 'b.txt'}:1")
    assert met and lines[-1].startswith("compared: rounding (an amount that names no one joined the figures of China")


@pytest.mark.parametrize("text, figure, subject, source", [
    # a researcher named with their team found the figure: who says so, not whose it is
    ("In the 2006 census, Liu and his team found about 150,000 Tibetan antelopes in a 710,000-square-km area in "
     "Tibet.", "about 150,000", "Tibet", "Liu"),
    # a company with its team is still the company
    ("Apple and its team shipped 5 million phones in 2023.", "5 million", "Apple", None),
])
def test_a_researcher_and_their_team_are_who_says_so(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)
