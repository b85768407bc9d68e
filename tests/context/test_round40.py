"""Round 40: mechanisms read off corpus-fresh43 (opened this round) and the corpora before it."""
from __future__ import annotations

import pytest

from helpers import annotated

from factcheck.group import group_claims, unit_system


def _grouped(*texts: str) -> list[list[str]]:
    """The figures of each group, as written, pages named 0.txt, 1.txt …"""
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(texts)])
    return sorted(sorted(f"{cs[i].path}:{cs[i].text}" for i in g.members) for g in group_claims(cs))


def _subjects(text: str, name: str = "0.txt") -> dict[str, str | None]:
    return {c.text: c.context.subject for c in annotated([(name, text)])}


# --- the page's headword (context/headword.py) ---

@pytest.mark.parametrize("text, figure, want", [
    # an English page that opens by defining its thing, then states its figures without naming it
    ("Chinese sturgeon is an anadromous fish of the Yangtze.\n\nAdults grow up to 5 meters long. The Chinese "
     "sturgeon spawns in autumn.", "up to 5 meters", "Chinese Sturgeon"),
    # a title line first; a gloss in brackets after the name
    ("Snow leopards\n\nSnow leopards (Panthera uncia) are among the rarest big cats. Adults weigh 22 to 55 "
     "kilograms. Snow leopards live alone.", "22 to 55 kilograms", "Snow Leopards"),
    # Chinese, both scripts: the name in Simplified characters
    ("中华鲟是古老的大型淡水鱼类。体长可达3米，中华鲟每年洄游。", "3米", "中华鲟"),
    ("中華鱘(學名:Acipenser sinensis;英文名:Chinese Sturgeon):是硬骨魚綱的魚類。最大個體體長5米。中華鱘是底棲魚類。",
     "5米", "中华鲟"),
    # an adverb closing the phrase before 是 is no part of the name
    ("雪豹原本是高山动物。成年雪豹体重约50公斤。", "约50公斤", "雪豹"),
])
def test_a_figure_naming_no_one_on_a_page_that_defines_its_thing_is_that_things(text, figure, want):
    assert _subjects(text)[figure] == want


@pytest.mark.parametrize("text, figure", [
    # said once only: an opening in passing, not what the page is about
    ("Deadly floods are a growing threat.\n\nAbout 1,200 people died last year.", "About 1,200"),
    # pronouns, determiners, months open sentences without naming a thing
    ("It is a remote lake.\n\nIts area is 5,000 square kilometers. It is deep.", "5,000 square kilometers"),
    ("July was the busiest month. July saw 2.3 million visitors.", "2.3 million"),
    # a survey or a report is about what it counts
    ("The Great Elephant Census was an Africa-wide survey.\n\nThe Great Elephant Census counted 352,271 "
     "elephants.", "352,271"),
    # 为 is "for" as often as "is": 人類為農牧伐林 opens no definition
    ("人類為農牧伐林。去年原始雨林被毀面積約3.8萬平方公里，人類仍在砍伐。", "約3.8萬平方公里"),
])
def test_no_headword_where_the_opening_defines_nothing(text, figure):
    assert _subjects(text)[figure] is None


def test_a_demonstrative_opens_no_headword():
    # 这是…: "this is"; the page's figure is its country's, as on any Simplified page naming no one
    assert _subjects("这是一个古老的物种。体长可达3米，这是事实。")["3米"] == "China"


def test_a_known_place_or_company_opening_a_page_is_no_headword():
    # the page's place and the carried subject speak for those: a page about a firm's market names the market's
    # figures as the market's
    subjects = _subjects("Lenovo is the world's largest PC maker.\n\nGlobal PC shipments rose 5% to 63 million "
                         "units. Lenovo shipped more.")
    assert subjects["63 million"] is None


def test_a_figure_that_names_its_own_subject_keeps_it_on_a_headword_page():
    subjects = _subjects("Chinese sturgeon is an anadromous fish.\n\nThe Yangtze River is 6,300 km long. Chinese "
                         "sturgeon swim up it.")
    assert subjects["6,300 km"] == "Yangtze River"


def test_two_pages_of_one_headword_meet_in_either_script():
    a = "中华鲟是古老的大型淡水鱼类。体长可达4米，中华鲟每年洄游。"
    b = "中華鱘是大型魚類。最大體長可達5米，中華鱘是活化石。"
    assert _grouped(a, b) == [["0.txt:4米", "1.txt:5米"]]


# --- units of two systems (group.unit_system, group._systems_meet_where_they_disagree) ---

def test_the_system_a_figure_is_written_in():
    cs = {c.text: c for c in annotated([("0.txt", "The lake covers 8,372 km² (3,232 sq mi) and 2,069,000 acres; "
                                                   "it is 281 meters (922 feet) deep and holds 15 percent.")])}
    assert [unit_system(cs[t]) for t in ("8,372 km²", "3,232 sq mi", "2,069,000 acres", "281 meters",
                                         "922 feet", "15 percent")] == \
        ["", "imperial", "imperial", "", "imperial", ""]


def test_a_conversion_is_no_alarm_within_a_page_or_across_pages():
    # 1.6 million km² is 617,763 square miles: the same amount in two systems, each rounded
    a = "The Great Pacific Garbage Patch covers 1.6 million square kilometers (620,000 square miles)."
    b = "The Great Pacific Garbage Patch covers 617,763 square miles."
    c = "The Great Pacific Garbage Patch covers 1.6 million square kilometers."
    assert _grouped(a, b, c) == [
        ["0.txt:1.6 million square kilometers", "2.txt:1.6 million square kilometers"],
        ["0.txt:620,000 square miles", "1.txt:617,763 square miles"]]


def test_figures_of_two_systems_that_disagree_meet():
    # 19 feet is 5.8 m: a conflict across the two systems, which a reader comparing the pages needs to see
    a = "If the Greenland ice sheet melted, global sea level would rise by 19 feet."
    b = "If the Greenland ice sheet melted, global sea level would rise by 7 meters."
    assert _grouped(a, b) == [["0.txt:19 feet", "1.txt:7 meters"]]


def test_a_conversion_beside_its_figure_stays_apart_where_another_page_disagrees():
    # 3,232 sq mi converts 8,372 km²; the other page's 8,562 km² disagrees with the km² figure, not with a
    # conversion of it
    a = "Lake Titicaca covers 8,372 km² (3,232 sq mi)."
    b = "Lake Titicaca covers 8,562 km²."
    assert _grouped(a, b) == [["0.txt:8,372 km²", "1.txt:8,562 km²"]]


def test_why_says_a_conversion_is_kept_apart():
    from factcheck.group import explain

    cs = {c.text: c for c in annotated([("0.txt", "In 2018 the Great Pacific Garbage Patch's area was 1.6 "
                                                   "million square kilometers (620,000 square miles).")])}
    said = explain(cs["1.6 million square kilometers"], cs["620,000 square miles"])
    assert said is not None, said
    assert said.startswith("units of two systems (metric vs imperial) that agree")
