"""Round 52: mechanisms read off corpus-fresh55 (opened this round: Jiuzhaigou, Mount Kailash, Namtso). Four digits
followed by a unit are a size, never a year (a lake's "surface area of 1920 square kilometers" dated every figure
of its page 1920); 本世纪七十年代 on a page of no later date is no decade of this century."""
from __future__ import annotations

import pytest

from helpers import annotated, frames


@pytest.mark.parametrize("text, figure", [
    ("The lake lies at 4718 m and has a surface area of 1920 square kilometers.\n", "4718 m"),
    ("Elevation: 4718m\nArea: 1900km2\n", "4718m"),
    ("湖面海拔4718米,面积1920平方公里。\n", "4718米"),
])
def test_four_digits_before_a_unit_are_no_year(text, figure):
    assert frames(text)[figure].context.period is None


@pytest.mark.parametrize("text, figure, period", [
    ("In 1920 the lake was surveyed at 4718 m.\n", "4718 m", "1920"),  # a year, no unit after it
    ("2019年米价上涨5%。\n", "5%", "2019"),  # 年 after the digits
])
def test_years_stay_years(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_this_centurys_seventies_on_an_undated_page_is_no_period():
    # (a clipping: 直到本世纪七十年代才被发现, "only discovered in this century's seventies", printed in the 1980s)
    f = frames("克瑞帕沟直到本世纪七十年代才被发现,面积达720平方公里。\n")
    assert f["720平方公里"].context.period is None
    assert frames("上世纪七十年代,产量为300万吨。\n")["300万吨"].context.period == "1970..1979"


@pytest.mark.parametrize("text, figure", [
    ("Its elevation ranges from 2000 m to 4500 m.\n", "2000 m to 4500 m"),
    ("克瑞帕沟海拔在2000米至3106米之间。\n", "2000米至3106米"),
])
def test_four_digits_before_m_or_mi_are_no_year(text, figure):
    assert frames(text)[figure].context.period is None


def test_m_opening_a_word_after_four_digits_leaves_the_year():
    # ("2021 M&A volume": a year, M&A no metre)
    assert frames("Global 2021 M&A volume rose 5%.\n")["5%"].context.period == "2021"


@pytest.mark.parametrize("text, figure", [
    # another name in brackets between the name and what it is said to be
    ("Kerepa (Kerepo) is a lake that formed long ago. It lies at an elevation of 4,718 m.\n", "4,718 m"),
    # a name said to be a lake lends "the lake" (heads.py), as "Kerepa Lake" would
    ("Kerepa is a lake that formed long ago, as a result of tectonic movements. The lake lies at an elevation of "
     "4,718 m.\n", "4,718 m"),
    # a part of it after the description's noun: "the lake surface" is still the lake
    ("Kerepa is the largest lake in the region. The lake surface is at 4740 meters above sea level.\n",
     "4740 meters"),
])
def test_a_name_said_to_be_a_lake_is_the_lake(text, figure):
    assert frames(text)[figure].context.subject == "Kerepa Lake"


def test_a_quoted_meaning_names_nothing():
    # 'means "Heavenly Pool"' says what a word means: "the lake" after it is still the lake named before
    f = frames('Kerepa is the largest lake in the region. In the local language, "ke ra" means "Heavenly Pool." '
               'The lake surface is at 4740 meters above sea level.\n')
    assert f["4740 meters"].context.subject == "Kerepa Lake"


def test_a_quoted_name_without_a_verb_of_meaning_is_still_a_name():
    f = frames('The "Kerepa Tower" is 300 m tall.\n')
    assert f["300 m"].context.subject == "Kerepa Tower"


def test_a_compound_after_the_description_is_another_thing():
    # ("the lake district" is no part of the lake: not in cues.toml subject.feature_parts)
    f = frames("Kerepa Lake is deep. The lake district covers 2,300 km2.\n")
    assert f["2,300 km2"].context.subject != "Kerepa Lake"


def test_a_chinese_sentence_naming_no_one_has_the_size_of_the_landmark_the_one_before_opens_with():
    # (a Chinese sentence leaves out the thing it is about: 总面积 is the lake's, not the plateau's nor the province's)
    f = frames("青海湖处在青藏高原东北部,属高原湖泊。总面积约4000km²,约有52%的面积被冰覆盖。\n")
    assert f["约4000km²"].context.subject == "Qinghai Lake"


def test_over_a_sentence_naming_no_one():
    f = frames("青海湖位于青海省东北部。湖水清澈。湖面面积约4000平方公里。\n")
    assert f["约4000平方公里"].context.subject == "Qinghai Lake"


def test_a_sentence_opening_with_a_place_lends_no_size():
    # (a province is no landmark: its area is not read as the lake's, whatever the page says next)
    f = frames("青海湖很美。四川省处在青藏高原东南。总面积约48万平方公里。\n")
    assert f["约48万平方公里"].context.subject != "Qinghai Lake"


@pytest.mark.parametrize("han, english", [("冈仁波齐", "Mount Gang Rinpoche"), ("乞力马扎罗", "Mount Kilimanjaro")])
def test_a_mountain_named_without_its_kind_character(han, english):
    assert frames(f"{han}海拔6000米。\n")["6000米"].context.subject == english


@pytest.mark.parametrize("han", ["玉龙雪", "黄", "四大佛教名"])
def test_a_two_character_kind_or_a_short_stem_is_no_name(han):
    from factcheck.context import landmarks

    assert han not in landmarks.table()


# --- two neighbouring letters swapped (names_across.variants) -------------------------------------------------------

def _variants_together(pages, x: str, y: str) -> bool:
    from factcheck.context.names_across import variants
    from factcheck.group import group_claims

    from helpers import annotated

    cs = variants(annotated(pages))
    return any({x, y} <= {cs[i].text for i in g.members} for g in group_claims(cs))


def test_a_lake_spelt_with_two_letters_swapped_is_one_subject():
    pages = [("a.txt", "Kerpta Lake covers 1,920 km2.\n"), ("b.txt", "Keprta Lake covers 1,900 km2.\n")]
    assert _variants_together(pages, "1,920 km2", "1,900 km2")


@pytest.mark.parametrize("a, b", [
    ("Lake Kerpa", "Lake Kepra"),  # five letters: too short to tell a slip from another name
    ("Kerpta Lake", "Kertap Lake"),  # a letter moved two places: no slip of one keystroke
])
def test_no_swap_of_short_stems_or_distant_letters(a, b):
    assert not _variants_together([("a.txt", f"{a} covers 1,920 km2.\n"), ("b.txt", f"{b} covers 1,900 km2.\n")],
                                  "1,920 km2", "1,900 km2")


# --- the review's cases ---------------------------------------------------------------------------------------------

def test_this_centurys_decade_is_the_centurys_of_the_pages_date():
    # (到本世纪20年代 on a page of 2015: the 2020s, a forecast; not a reading that changes as years pass)
    f = frames("青海湖观察 2015年3月\n到本世纪20年代，湖区游客将达到500万人次。\n")
    assert f["500万人次"].context.period == "2020..2029"


@pytest.mark.parametrize("text, figure", [
    ("纳木错总面积为1900多平方公里,湖面海拔4718米。\n", "4718米"),  # 多 between the number and its unit
    ("海拔2000-4500米,核心景区面积720平方公里。\n", "720平方公里"),  # a range's other end between
    ("海拔1980米地区的牧民人数为3000人。\n", "3000人"),  # 地 after 米
])
def test_a_size_written_with_more_or_a_range_is_no_year(text, figure):
    assert frames(text)[figure].context.period is None


def test_square_before_no_unit_leaves_the_year():
    assert frames("In 2019 square footage leased fell 5%.\n")["5%"].context.period == "2019"


def test_a_word_a_size_character_opens_is_no_size_word():
    # (高速公路: a motorway's length, not the valley's the sentence before opens with)
    f = frames("九寨沟位于四川省阿坝藏族羌族自治州九寨沟县境内。高速公路全长120公里，2019年通车。\n")
    assert f["120公里"].context.subject != "Jiuzhaigou Valley"


@pytest.mark.parametrize("text, figure", [
    ("乞力马扎罗地区人口约164万人。\n", "约164万人"),  # the region named after it
    ("经过10小时来到了冈仁波齐大本营,海拔5000米。\n", "5000米"),  # its base camp
])
def test_a_shortened_name_before_a_place_word_is_not_the_landmark(text, figure):
    assert frames(text)[figure].context.subject not in ("Mount Kilimanjaro", "Mount Gang Rinpoche")


def test_a_part_word_before_another_noun_is_another_thing():
    f = frames("Lake Kerepa is deep. The lake shore road is 120 km long.\n")
    assert f["120 km"].context.subject != "Lake Kerepa"


def test_a_basin_area_never_meets_the_lakes_by_the_words_it_adds():
    pages = [("a.txt", "克瑞帕湖是一个湖。克瑞帕湖流域面积约650平方千米。\n"),
             ("b.txt", "克瑞帕湖是一个湖。克瑞帕湖面积约620平方千米。\n")]
    cs = annotated(pages)
    from factcheck.group import group_claims
    assert not any({"约650平方千米", "约620平方千米"} <= {cs[i].text for i in g.members} for g in group_claims(cs))


@pytest.mark.parametrize("text", [
    "Kerepa or Lake Kerp (officially: Kerpo; Mongolian: Ker nuur) is a lake on the plateau. It lies at 4,718 m.\n",
    "Kerepa is a mountain lake on the plateau. It lies at 4,718 m.\n",  # the last kind word: a lake, no mountain
])
def test_a_name_said_to_be_a_lake_with_another_name_or_a_kind_word_between(text):
    assert frames(text)["4,718 m"].context.subject == "Kerepa Lake"
