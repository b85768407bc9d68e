"""Round 52: mechanisms read off corpus-fresh55 (opened this round: Jiuzhaigou, Mount Kailash, Namtso). Four digits
followed by a unit are a size, never a year (a lake's "surface area of 1920 square kilometers" dated every figure
of its page 1920); 本世纪七十年代 on a page of no later date is no decade of this century."""
from __future__ import annotations

import pytest

from helpers import frames


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
