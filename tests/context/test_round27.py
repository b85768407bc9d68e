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
    ("The estimate of Harlow et al. is that 4.2 million tonnes of tyres were burned in 2018.\n",
     "4.2 million tonnes", None, "Harlow"),
    # (and opening a sentence: an author, though a capitalised word there is often an ordinary one)
    ("Harlow et al. estimated that 4.2 million tonnes of tyres were burned in 2018.\n",
     "4.2 million tonnes", None, "Harlow"),
    # near misses: a name before a stock code is a firm, a year-like code too; a firm's own name stays its subject
    ("金沙中國(1928)去年收益達66億美元。\n", "66億美元", "金沙中国", None),
    ("联发科(2454)第二季营收达1200亿元。\n", "1200亿元", "MediaTek", None),
    ("Harlow Industries burned 4.2 million tonnes of tyres in 2018.\n", "4.2 million tonnes", "Harlow Industries", None),
    # (review: 人 opening another word after 等 is no author's 等人; a firm's 团队 is the firm)
    ("Zentria等人气品牌2023年销售额达50亿元。\n", "50亿元", "Zentria", None),
    ("Zentria团队2023年营收达27亿元。\n", "27亿元", "Zentria", None),
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


@pytest.mark.parametrize("text, figure, period, base", [
    # a change over a span of years ("between 1990 and 2015", "from 2019 to 2023", 1990年至2015年) is the change of
    # its last year on its first, as 比1990年下降了44% in 2015 is
    ("Road deaths fell 43 percent between 1990 and 2015.\n", "43 percent", "2015", "vs 1990"),
    ("Road deaths fell 43 percent from 1990 to 2015.\n", "43 percent", "2015", "vs 1990"),
    ("1990年至2015年，道路死亡人数下降了43%。\n", "43%", "2015", "vs 1990"),
    # near misses: a rate a year over a span is no change of one year on another; a year compared with stays the
    # base, its sentence's own year the period
    ("Demand grew 4% a year between 2015 and 2020.\n", "4%", "2015..2020", None),
    ("Demand grew 47.5% between 2015 and 2020, a compound annual rate of 8%.\n", "8%", "2015..2020", None),
    ("In 2015, road deaths were 43 percent lower than in 1990.\n", "43 percent", "2015", "vs 1990"),
])
def test_a_change_over_a_span_is_its_last_year_on_its_first(text, figure, period, base):
    got = frames(text)[figure].context
    assert (got.period, got.base) == (period, base)


@pytest.mark.parametrize("text, figure, period", [
    # the ends of a change over a span: where it starts is the first year's, where it ends (or the level a
    # "to" or a "when" clause gives) the last year's
    ("Cases declined from 280,000 to 53,000 between 2005 and 2024.\n", "280,000", "2005"),
    ("Cases declined from 280,000 to 53,000 between 2005 and 2024.\n", "53,000", "2024"),
    ("Coverage fell 5 percentage points between 2019 and 2021 to 81 per cent.\n", "81 per cent", "2021"),
    ("Inflation rose steadily from 2019 to 2022, when it reached 9.1%.\n", "9.1%", "2022"),
    # near miss: a span a change starts from (从1990—2000年的…降至…) is that span's, not a span of the sentence
    ("年均森林砍伐速度从1990—2000年的1760万公顷降至2015—2025年的1090万公顷。\n", "1760万公顷", "1990..2000"),
])
def test_the_ends_of_a_change_over_a_span(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_where_a_change_ends_is_of_what_it_starts_from():
    got = frames("截至2022年12月,网民规模达10.67亿人。2018—2022年间,短视频用户规模从6.48亿增长至10.12亿。\n")
    assert "视频" in got["10.12亿"].context.words
    assert not {"视频", "短视"} & set(got["10.67亿人"].context.words)


@pytest.mark.parametrize("text, figure, subject", [
    # a place in capitals in brackets before a dash opens a story: where it was filed, not what it is about
    ("(NAIROBI) — A new report found that road deaths have risen in nearly all regions.\n\n“In 2023, we estimate that "
     "1.3 million people died on roads,” said Dr. Jane Roe, an author of the report.\n", "1.3 million", None),
    # near miss: a name in brackets that no dash follows is the text's
    ("(KEPCO) sold 560 TWh of power in 2023.\n", "560 TWh", "KEPCO"),
])
def test_a_place_in_brackets_before_a_dash_is_a_dateline(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, female", [
    # a mother is a woman: "maternal" and 孕产妇 name the female part of a population, as "women" and 妇女 do
    ("An estimated 287,000 maternal deaths occurred in 2020.\n", "An estimated 287,000", True),
    ("2020年全球孕产妇死亡数为28.7万人。\n", "28.7万人", True),
    ("In 2020, 287,000 women died from pregnancy-related causes.\n", "287,000", True),
    # near miss: deaths of no part named
    ("An estimated 1.2 million road deaths occurred in 2020.\n", "An estimated 1.2 million", False),
])
def test_maternal_names_women(text, figure, female):
    assert ("female" in frames(text)[figure].context.basis) == female


@pytest.mark.parametrize("text, subject", [
    # the national body a page opens with as its source makes its unnamed figures that country's, only when it is
    # the first body the lead names: a joint report of an international body and a national one is the world's
    ("A joint report from the World Health Organization and the China Association of Automobile Manufacturers "
     "said on Monday that sales rose.\n\nAbout 9 million cars were sold in 2022.\n", None),
    # near miss: the national body alone
    ("The China Association of Automobile Manufacturers said on Monday that sales rose.\n\nAbout 9 million cars "
     "were sold in 2022.\n", "China"),
])
def test_a_national_body_named_after_an_international_one_does_not_make_the_page_its_countrys(text, subject):
    assert frames(text)["About 9 million"].context.subject == subject



@pytest.mark.parametrize("text, figure, period, base", [
    # (review) spans that are no change's: a heading's, another sentence's, a plan's, a cohort's; rates a year or on
    # average over a span
    ("Report 2015-2020\n\nSales grew 5%.\n", "5%", "2015..2020", None),
    ("Between 2019 and 2023 the firm restructured its business. Sales grew 5%.\n", "5%", "2019..2023", None),
    ("Under the 2021-2025 five-year plan, GDP will grow 5%.\n", "5%", "2021..2025", None),
    ("Among adults born between 1980 and 1995, debt rose 12%.\n", "12%", "1980..1995", None),
    ("GDP growth averaged 5% between 2015 and 2020.\n", "5%", "2015..2020", None),
    ("2015年至2020年，GDP年平均增长5%。\n", "5%", "2015..2020", None),
    # (a word "annual" elsewhere in the sentence says nothing of the rate)
    ("The annual report said sales grew 20% between 2019 and 2023.\n", "20%", "2023", "vs 2019"),
])
def test_spans_that_are_no_changes_span(text, figure, period, base):
    got = frames(text)[figure].context
    assert (got.period, got.base) == (period, base)


@pytest.mark.parametrize("text, figure, period", [
    # (review) a level after "to" with no change verb, or one a "when" clause after "between … and …" speaks of,
    # is of the whole span
    ("Between 2019 and 2023, investment in the sector amounted to $5 billion.\n", "$5 billion", "2019..2023"),
    ("Between 2010 and 2020, when unemployment averaged 5.5%, the economy expanded steadily.\n", "5.5%",
     "2010..2020"),
    # (and a Chinese change verb before 到 ends the change as 至 does)
    ("2019年至2023年，用户规模增长到8亿。\n", "8亿", "2023"),
])
def test_a_level_over_a_span_keeps_it(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_years_before_a_unit_are_no_span():
    # (review) "between 1950 and 2000 tonnes a day" is a range of tonnes, no span of years
    got = frames("In 2022, the plant produced between 1950 and 2000 tonnes a day, up 5%.\n")["5%"].context
    assert got.base is None


@pytest.mark.parametrize("text, figure, subject, source", [
    # (review) a body the alias table knows, in brackets before a dash, is a credit, no dateline
    ("(UNICEF) — Some 5 million children in Kenya were vaccinated in 2023.\n", "Some 5 million", "Kenya", "UNICEF"),
])
def test_a_known_body_in_brackets_is_no_dateline(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)


@pytest.mark.parametrize("text, figure, female", [
    # (review) health care of mothers and children together is no part of a population
    ("In 2023, spending on maternal and child health rose to $5 billion.\n", "$5 billion", False),
])
def test_maternal_and_child_health_is_no_female_part(text, figure, female):
    assert ("female" in frames(text)[figure].context.basis) == female


@pytest.mark.parametrize("text, figure, subject, source", [
    # a name right after "the journal" is a publication; a body named "X for A and B" (Institute, Center) is one
    # name, who says so
    ("According to a study in the journal Cell Reports, 57 million people had asthma in 2021.\n", "57 million",
     None, "Cell Reports"),
    ("The Institute for Health Metrics and Evaluation estimated 1.27 million deaths in 2019.\n",
     "estimated 1.27 million", None, "Institute for Health Metrics and Evaluation"),
    ("The Center for Vaccine Development and Research said 9 million cases were recorded in 2022.\n", "9 million",
     None, "Center for Vaccine Development and Research"),
    # near misses: "for" after no body's word joins nothing; a foundation named with "journal" stays itself
    ("Exports for Japan rose to $5 billion in 2022.\n", "$5 billion", "Japan", None),
    ("The Journal Foundation gave 5 million dollars in 2021.\n", "5 million dollars", "Journal Foundation", None),
])
def test_journals_and_bodies_for_a_field_say_so(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)


@pytest.mark.parametrize("text, figure, expected", [
    # an outcome set against what was expected (不如預期, 未达预期, 达到预期) is no forecast, as 好于预期 and "better than
    # expected" were not
    ("外國旅客來台仍不如預期，僅857萬餘人次。\n", "857萬餘人次", False),
    ("销量未达预期，仅售出857万辆。\n", "857万辆", False),
    # near misses: what is expected, is
    ("预计今年销量为857万辆。\n", "857万辆", True),
    ("外國旅客預期將達857萬人次。\n", "857萬人次", True),
])
def test_an_outcome_against_expectations_is_no_forecast(text, figure, expected):
    assert ("forecast" in frames(text)[figure].context.basis) == expected
