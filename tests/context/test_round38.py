"""Round 38: rules read off corpus-fresh41, each general (see the README's round notes)."""
from __future__ import annotations

import pytest

from helpers import annotated

from factcheck.group import group_claims

_CHINA = "China's early rice output reached 28.17 million tonnes in 2024."


def _grouped(*texts: str) -> list[list[str]]:
    """The figures each group holds, as written, pages named 0.txt, 1.txt …"""
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(texts)])
    return [sorted(f"{cs[i].path}:{cs[i].text}" for i in g.members) for g in group_claims(cs)]


def test_an_amount_naming_no_one_joins_the_one_named_cluster_that_retells_it():
    assert _grouped(_CHINA, "Early rice output reached 28.2 million tonnes in 2024.") == \
        [["0.txt:28.17 million tonnes", "1.txt:28.2 million tonnes"]]


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
])
def test_an_amount_naming_no_one_stays_apart(texts):
    assert _grouped(*texts) == []


def _subject(text: str, figure: str) -> str | None:
    from helpers import frames

    return frames(text)[figure].context.subject


@pytest.mark.parametrize("text, figure, subject", [
    # a place with its division word is the place the table knows
    ("The population of wild elephants in Yunnan Province reached approximately 360 by 2021.", "approximately 360",
     "Yunnan"),
    ("The Tibet Autonomous Region counted 200,000 antelopes in 2011.", "200,000", "Tibet"),
    ("The Hong Kong Special Administrative Region spent 5 million dollars in 2021.", "5 million dollars",
     "Hong Kong"),
    # a name no table knows loses only a division word
    ("Yuanjiang County lost 5 million yuan in 2021.", "5 million yuan", "Yuanjiang"),
    # a country that only locates its own province: the province's figure
    ("The lush forests of southwest China's Yunnan province are home to wild elephants. Their numbers fell to "
     "just 170 in the 1980s.", "170", "Yunnan"),
    ("The wild elephant population in Yunnan, southwest China, has grown from 193 in the 1980s.", "193", "Yunnan"),
    # a known place's adjective qualifies: the place after "in" is the subject
    ("In the 1980s, the Tibetan antelope population in China fell to fewer than 70,000.", "fewer than 70,000",
     "China"),
    # a place before a species' character names the animal
    ("亚洲象种群数量约300头。", "约300头", None),
    ("亞洲象種群數量約300頭。", "約300頭", None),
])
def test_the_subject_is_the_place_as_the_table_names_it(text, figure, subject):
    assert _subject(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a country beside a place that is not one of its own provinces stays the subject
    ("China's exports to Yunnan rose 5% in 2023.", "5%", "China"),
    # "Islamic State" keeps its word: State is dropped only after a place the table knows
    ("Islamic State fighters numbered 30,000 in 2015.", "30,000", "Islamic State"),
    # the place's own figure, a species' character nowhere after it
    ("云南野生亚洲象种群数量约300头。", "约300头", "Yunnan"),
    ("中国大熊猫野生种群数量达1864只。", "1864只", "China"),
])
def test_places_that_stay_the_subject(text, figure, subject):
    assert _subject(text, figure) == subject


def test_a_month_written_short_in_a_date_line_is_no_object_word():
    from helpers import frames

    text = ("On the frontlines of efforts to protect wild elephants\nUpdated 19:40, 22-Apr-2019\n\n"
            "Their numbers fell to just 170 in the 1980s.")
    assert "apr" not in frames(text)["170"].context.words


def test_a_countrys_animals_are_its_own():
    # (a continent before a species' character names the animal; a country before it owns its animals)
    assert _subject("南非犀牛剩不到2萬頭。", "不到2萬頭") == "South Africa"
