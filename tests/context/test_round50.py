"""Round 50: mechanisms read off corpus-fresh53 (opened this round: the Mogao Caves, Mount Huangshan, the Gobi Desert).
A landmark's English name is spelt many ways ("Mt. Huangshan", "Huangshan Mountain", "Mount Huang"; "Mogao Grottoes",
"Mogao Caves"), and a Chinese page drops the topic a sentence goes on about (莫高窟……。始建于…，现有洞窟735个)."""
from __future__ import annotations

import pytest

from factcheck.context import landmarks
from factcheck.group import subject_key

from helpers import compared, frames


@pytest.mark.parametrize("a, b", [
    ("Mt. Huangshan", "Mount Huang"), ("Huangshan Mountain", "Mount Huang"), ("Mount Huangshan", "Huangshan Mountain"),
    ("Mogao Grottoes", "Mogao Caves"), ("Huangguoshu Waterfall", "Huangguoshu Falls"),
    ("Huangguoshu Waterfalls", "Huangguoshu Falls"), ("Taihu Lake", "Lake Tai"), ("Minjiang River", "Min River"),
    ("Mt Fuji", "Mount Fuji"), ("Titicaca Lake", "Lake Titicaca"),
])
def test_one_landmark_spelt_two_ways_is_one_subject(a, b):
    assert subject_key(a) == subject_key(b)


@pytest.mark.parametrize("a, b", [
    ("Tianshan Mountains", "Mount Tian"),  # a range is not one mountain
    ("Mount Shan", "Mount"),  # a pinyin ending that is the whole word stays
    ("Yellow River", "Yellow Mountain"),  # kinds stay apart
    ("Lotus Peak", "Lotus"),  # no kind word is taken off
])
def test_spellings_that_stay_apart(a, b):
    assert subject_key(a) != subject_key(b)


def test_pages_spelling_one_mountain_two_ways_are_compared():
    assert compared("Mt. Huangshan covers an area of 1,200 square kilometers.\n",
                    "Huangshan Mountain covers an area of 1,250 square kilometers.\n")


@pytest.mark.parametrize("han, english", [("莫高窟", "Mogao Caves"), ("金沙江", "Jinsha River")])
def test_a_name_the_dictionary_writes_with_its_kind_in_lower_case(han, english):
    # CC-CEDICT: "Mogao caves in Dunhuang 敦煌, Gansu", its words the headword's pinyin (Mo4 gao1)
    assert landmarks.table()[han] == english


def test_a_description_the_dictionary_gives_is_no_name():
    assert "千佛洞" not in landmarks.table()  # "Buddhist grottos": no pinyin of the headword


# (after corpus-fresh53/mgc-10-hans.txt, cut)
CAVES = "莫高窟,俗称千佛洞,位于甘肃省敦煌市,以精美的壁画闻名于世。始建于十六国的前秦时期,现有洞窟735个,壁画4.5万平方米。\n"


@pytest.mark.parametrize("figure", ["735个", "4.5万平方米"])
def test_a_chinese_sentence_opening_with_its_verb_goes_on_about_the_landmark_before(figure):
    assert frames(CAVES)[figure].context.subject == "Mogao Caves"


def test_a_sentence_opening_with_a_noun_is_not_carried_by_that_rule():
    text = "莫高窟,俗称千佛洞,位于甘肃省敦煌市。敦煌市人口18万人。\n"
    assert frames(text)["18万人"].context.subject != "Mogao Caves"
