"""Rules of the round that opened corpus-fresh25 (forced displacement, HIV, hunger) for reading: each case a form
read on real pages, written anew, with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, period", [
    # a year after a comparative (高于, 低于, "compared to the end of") is what the figure is compared with
    ("全球网民约有5.2亿,高于2019年的4.1亿。\n", "5.2亿", None),
    ("全国网民约有5.2亿，低於2019年的6.1億。\n", "5.2亿", None),
    # (a page dated by its report: "now" is that date, not the year compared with)
    ("据2024年5月的报告,目前全球约有5.2亿网民,高于2019年的4.1亿。\n", "5.2亿", "2024-05"),
    ("At the end of 2022, 51.3 million people were online. This is an increase of 9 million people compared to "
     "the end of 2021.\n", "9 million", "2022"),
    # near misses: the compared figure keeps its year; a year the figure is in keeps dating it
    ("目前全球约有5.2亿网民,高于2019年的4.1亿。\n", "4.1亿", "2019"),
    ("2023年全球约有5.2亿网民,高于2019年的4.1亿。\n", "5.2亿", "2023"),
])
def test_a_year_after_a_comparative_is_a_base(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, source", [
    # words that describe the report are not who wrote it
    ("最新报告显示,全球约有5.2亿网民。\n", None),
    ("年度报告显示,全球约有5.2亿网民。\n", None),
    ("联合国最新报告显示,全球约有5.2亿网民。\n", "联合国"),
    # near misses: a name that starts like a describing word keeps it whole
    ("新华社报告显示,全球约有5.2亿网民。\n", "Xinhua"),
    ("某某研究数据显示,全球约有5.2亿网民。\n", "某某研究"),
])
def test_a_describing_word_is_no_source(text, source):
    assert frames(text)["5.2亿"].context.source == source
