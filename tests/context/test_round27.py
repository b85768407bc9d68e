"""Rules of round 27: each case a form read on real pages, written anew, with a near miss that must keep its old
reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject, source", [
    # a study's authors (X等人, X等学者, "X et al.") and its journal (X期刊) say so: neither is what the figure is
    # about; a year in brackets after a journal or a report is its year, not a stock code
    ("根据Harlow等人于Nature期刊(2019)发表之研究,2018年约有420万吨废旧轮胎被焚烧。\n", "420万吨", None, "Harlow"),
    ("Moreno等學者在Applied Energy期刊(2021)報告指出,2020年全球電池產量達2.3億顆。\n", "2.3億顆", None, "Moreno"),
    ("A study by Harlow et al. estimated that 4.2 million tonnes of tyres were burned in 2018.\n",
     "4.2 million tonnes", None, "Harlow"),
    # near misses: a name before a stock code is a firm, a year-like code too; a firm's own name stays its subject
    ("金沙中國(1928)去年收益達66億美元。\n", "66億美元", "金沙中国", None),
    ("联发科(2454)第二季营收达1200亿元。\n", "1200亿元", "MediaTek", None),
    ("Harlow Industries burned 4.2 million tonnes of tyres in 2018.\n", "4.2 million tonnes", "Harlow Industries", None),
])
def test_authors_and_journals_say_so(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)


@pytest.mark.parametrize("text, figure, subject", [
    # a work's title a report noun follows (名为《…》的报告) is the publication's: not the subject the next
    # sentence's 该报告 carries
    ("这份名为《轮胎回收趋势》的报告由联合国环境署编写。该报告估计2020年全球废旧轮胎为15亿条。\n", "15亿条", None),
    ("《全球轮胎回收趋势》报告显示,2020年全球废旧轮胎为15亿条。\n", "15亿条", None),
    # near miss: a film's or a book's title with its figure is the work's
    ("电影《长津湖》上映首日票房达2.1亿元。\n", "2.1亿元", "长津湖"),
])
def test_a_titled_report_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject
