"""Rules of the round that opened corpus-fresh20 for reading (recorded music, advertising, cruise passengers):
each case a form read on real pages, written anew, with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, period", [
    # a year in a release's name is the title's, often a year after the figures it reports
    ("Zentrix发布2022全球手游报告：全球手游收入增长8.5%。\n", "8.5%", None),
    ("The Global Tea Report 2019 shows that sales rose 3.4%.\n", "3.4%", None),
    ("Data in the World Tea Outlook 2023 show exports fell 2.1% in 2022.\n", "2.1%", "2022"),
    # near misses: a year with its 年 before a report's name, a results report, and a year after "in"
    ("2024年中国手游产业报告显示，手游收入增长8.5%。\n", "8.5%", "2024"),
    ("The full-year 2024 results report shows revenue rose 3.4%.\n", "3.4%", "2024"),
    ("Sales rose 3.4% in 2019, the report said.\n", "3.4%", "2019"),
])
def test_a_year_in_a_release_name_is_no_period(text, figure, period):
    assert frames(text)[figure].context.period == period
