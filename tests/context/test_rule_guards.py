"""Where this session's rules must not fire: look-alikes of each form, written for a review of the rules."""
from __future__ import annotations

import pytest

from factcheck.context import vocab
from factcheck.context.period import find_periods
from helpers import frames


def facet(text: str, figure: str, name: str):
    return getattr(frames(text)[figure].context, name)


@pytest.mark.parametrize("text, figure, name, want", [
    # a clause after a source opened by "the" is no apposition of it
    ("According to Canalys, the smartphone market in India grew 5%, reaching 150 million units in 2023.\n", "5%",
     "subject", "India"),
    # lower-case words that name no kind of body are no source's description
    ("According to official customs statistics China imported 100 million tonnes of soybeans in 2023.\n",
     "100 million tonnes", "source", None),
    # a month after the page's date in a forecast is this year's
    ("February 5, 2021\n\nZentria expects to deliver 50,000 cars in December.\n", "50,000", "period", "2021-12"),
    # 这样 is no continuation of the sentence before
    ("比亚迪2023年销量为302万辆。这样的增长使全球电动车销量达到1400万辆。\n", "1400万辆", "subject", None),
    ("比亞迪2023年銷量為302萬輛。這樣的增長使全球電動車銷量達到1400萬輛。\n", "1400萬輛", "subject", None),
    # a year after "over" that counts units is no comparison base
    ("Sales rose 5% to over 2000 units in 2023.\n", "5%", "base", None),
    # a ranking phrase elsewhere in the sentence leaves a real scope alone
    ("全球销量120万辆，全国领先。\n", "120万辆", "scope", "global"),
    # a full date after 截至 is the figure's as-of date, not a time stamp
    ("截至2023-12-31，中国风电装机容量达4.4亿千瓦。\n", "4.4亿千瓦", "period", "2023"),
    # 经济报告 is a report, not a newspaper (中国经济报)
    ("中国经济报告显示，2023年进口大豆9941万吨。\n", "9941万吨", "source", "China"),
])
def test_rules_do_not_fire_on_look_alikes(text, figure, name, want):
    assert facet(text, figure, name) == want


@pytest.mark.parametrize("text", ["安全年度报告", "健全年金制度", "完全年轻化", "the price was at march 3 levels"])
def test_no_period_inside_other_words(text):
    assert find_periods(text, text.lower(), vocab(), 2024) == []
