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


@pytest.mark.parametrize("text, figure, name, want", [
    # a revised target for a named year: where it started is that year's too
    ("Toyota raised its 2026 sales target from 10 million vehicles to 11 million vehicles.\n", "10 million",
     "period", "2026"),
    ("丰田将2026年的销量目标从1000万辆上调至1100万辆。\n", "1000万辆", "period", "2026"),
    # a range is no change
    ("In 2024, annual fees ranged from $500 per year to $1,000 per year.\n", "$500", "period", "2024"),
    ("In the second quarter of 2025, prices varied from $5 per kilo to $8 per kilo across markets.\n", "$5",
     "period", "2025-Q2"),
    # a change looking forward or back after a dated change does not run between its periods
    ("Revenue rose from $5 billion in 2023 to $6 billion in 2024, and the company expects it to grow from "
     "$6 billion to $8 billion.\n", "$8 billion", "period", "2024"),
    ("失业率从2023年的5.2%降至2024年的4.8%，此前曾从3.5%升至5.2%。\n", "3.5%", "period", None),
    ("失業率從2023年的5.2%降至2024年的4.8%，此前曾從3.5%升至5.2%。\n", "3.5%", "period", None),
    # one word in capitals with a dash glued is a name, not a dateline
    ("NVIDIA- Revenue rose 94% to $35 billion in the quarter.\n", "94%", "subject", "Nvidia"),
    # a region named as a region beside a company is where the company's figures hold
    ("The Asia-Pacific region accounted for 30% of Apple's revenue.\n", "30%", "subject", "Apple"),
    ("Apple's sales in the Asia-Pacific region rose 5% in 2024.\n", "5%", "subject", "Apple"),
])
def test_change_periods_datelines_and_regions_look_alikes(text, figure, name, want):
    assert facet(text, figure, name) == want


@pytest.mark.parametrize("text, figure, wrong", [
    # a span of years: where the change started is not the year before the last (it is the span's start, which
    # the reading does not yet give)
    ("Between 2019 and 2023, the company's market share grew from 10% to 15%.\n", "10%", "2022"),
    ("The share of renewables has doubled since 2015, rising from 10% to 20% in 2024.\n", "10%", "2023"),
    ("2015年以来，可再生能源占比从10%升至2024年的20%。\n", "10%", "2023"),
])
def test_a_change_over_a_span_of_years_does_not_start_the_year_before(text, figure, wrong):
    assert facet(text, figure, "period") != wrong
