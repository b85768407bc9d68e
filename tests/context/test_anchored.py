"""context/anchored.py: a Chinese name and an English one are one subject where their pages' precise figures say so
(module docstring); not on one shared figure, a tie, a place, or figures of few digits."""
from __future__ import annotations

from factcheck.context import anchored

from helpers import annotated


def _subjects(pages) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in anchored.unify(annotated(pages)):
        out.setdefault(c.path, set()).add(c.context.subject)
    return out


ZH = ("zh.txt", "卡雷帕瀑布位于圭亚那高原,落差979米,其中主瀑布落差807米。\n")
EN = ("en.txt", "Kerepa Falls drops 979 m in all, with an uninterrupted plunge of 807 m.\n")


def test_a_chinese_name_whose_figures_an_english_page_repeats_is_that_name():
    got = _subjects([ZH, EN])
    assert got["zh.txt"] == {"Kerepa Falls"} == got["en.txt"]


def test_one_shared_figure_says_nothing():
    got = _subjects([("zh.txt", "卡雷帕瀑布位于圭亚那高原,落差979米。\n"), EN])
    assert "Kerepa Falls" not in got["zh.txt"]


def test_figures_of_few_digits_say_nothing():
    got = _subjects([("zh.txt", "卡雷帕瀑布落差900米,宽100米。\n"),
                     ("en.txt", "Kerepa Falls drops 900 m and is 100 m wide.\n")])
    assert "Kerepa Falls" not in got["zh.txt"]


def test_a_tie_between_two_english_names_says_nothing():
    got = _subjects([ZH, EN, ("en2.txt", "Mount Arapa is the source of a fall of 979 m, with a plunge of 807 m.\n")])
    assert got["zh.txt"] and not got["zh.txt"] & {"Kerepa Falls", "Mount Arapa"}


def test_a_place_is_never_the_name():
    got = _subjects([("zh.txt", "卡雷帕山海拔4095米,山脚海拔1866米。\n"),
                     ("en.txt", "In Malaysia, the highest point is 4,095 m and the park gate stands at 1,866 m.\n")])
    assert "Malaysia" not in got["zh.txt"]


def test_two_chinese_values_one_english_figure_repeats_are_one_anchor():
    got = _subjects([("zh.txt", "卡雷帕瀑布落差979米,又说979.6米。\n"),
                     ("en.txt", "Kerepa Falls drops 979 m in all.\n")])
    assert "Kerepa Falls" not in got["zh.txt"]
