"""Figures listed with one unit written after the last (corpus mentions read as counts: "These figures were
156.6 and 50.6 percentage points", 分别加快156.6和50.6个百分点).

A bare figure joined by "and", "&", 和, 与, 與, 及, 以及 or 、 to a figure whose unit (and Latin scale word) is
written after it takes that unit, as a reader does ("rose 3.5 and 4.2 percent respectively"). A comma joins a
figure to the list only before one that took the unit through a conjunction ("1.2, 3.4 and 5.6 percent"), so a
count before a comma stays a count ("Of the 300, 45% said yes"). A currency sign or a hedge before the last
figure ("3 and $4") covers that figure only. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, value, unit)], why)
CASES = [
    ("Wages rose 2.5 and 3.1 percent in the two cities.",
     [("2.5", 2.5, "percent"), ("3.1 percent", 3.1, "percent"), ("two", 2.0, "count")], "en: and, percent"),
    ("The gaps widened by 7.3 and 2.9 percentage points.",
     [("7.3", 7.3, "percentage_points"), ("2.9 percentage points", 2.9, "percentage_points")], "en: points"),
    ("Yields were 0.8, 1.6 and 2.4 percent.",
     [("0.8", 0.8, "percent"), ("1.6", 1.6, "percent"), ("2.4 percent", 2.4, "percent")], "en: comma list"),
    ("The two masts are 85 and 110 metres high.",
     [("two", 2.0, "count"), ("85", 85.0, "meter"), ("110 metres", 110.0, "meter")], "en: length"),
    ("They mined 6 and 9 million tonnes respectively.",
     [("6", 6e6, "metric_ton"), ("9 million tonnes", 9e6, "metric_ton")], "en: scale word too"),
    ("两省分别增长4.6和5.3个百分点", [("4.6", 4.6, "percentage_points"), ("5.3个百分点", 5.3, "percentage_points")],
     "zh-Hans: 和"),
    ("兩市分別成長6.2與7.8%", [("6.2", 6.2, "percent"), ("7.8%", 7.8, "percent")], "zh-Hant: 與"),
    ("三项指标分别为2.1、3.3和4.5%", [("三项", 3.0, "count"), ("2.1", 2.1, "percent"), ("3.3", 3.3, "percent"),
                               ("4.5%", 4.5, "percent")], "zh-Hans: 、 list"),
    ("两座塔分别高80和95米", [("两座", 2.0, "count"), ("80", 80.0, "meter"), ("95米", 95.0, "meter")], "zh-Hans: length"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[c[2] for c in CASES])
def test_listed_figures_share_the_unit(sentence, want, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in want], got
    for (_, v, _), (_, w, _) in zip(got, want):
        assert v == pytest.approx(w)


# (sentence, the first figure's unit, why)
KEPT = [
    ("Of the 300, 45% said yes.", "count", "a comma with no conjunction"),
    ("He paid 3 and $4 for the rest.", "count", "a currency sign before the last figure is its own"),
    ("在300人中，45%支持", "count", "zh: a noun after the first figure"),
]


@pytest.mark.parametrize("sentence,unit,why", KEPT, ids=[c[2] for c in KEPT])
def test_not_a_list(sentence, unit, why):
    assert claims_in(sentence)[0].unit == unit, [(c.text, c.unit) for c in claims_in(sentence)]


def test_between_stays_a_range():
    got = claims_in("Inflation was between 2 and 3 percent.")
    assert [(c.text, c.low, c.high, c.unit) for c in got] == [("2 and 3 percent", 2.0, 3.0, "percent")]
