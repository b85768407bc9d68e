"""Round 35: rules read off real pages (corpus-fresh38 opened for reading: leprosy, landmine casualties, US
homelessness), each with the near miss that must keep its old reading. Sentences are written for these tests, in the
forms those pages use."""
from __future__ import annotations

import pytest

from helpers import claims


def _frame(text: str, figure: str):
    return next(c.context for c in claims(text) if c.text == figure)


# ---------------------------------------------------------------- people of a place's descent

@pytest.mark.parametrize("text, figure, subject", [
    # 非洲裔: people of African descent, whom the place describes; no figure of Africa's
    ("无家可归者中,非洲裔占37%。", "37%", None),
    ("無家可歸者中,非洲裔佔了37%。", "37%", None),
    # near miss: the place itself
    ("非洲人口占全球人口的18%。", "18%", "Africa"),
])
def test_a_place_before_descent_is_no_subject(text, figure, subject):
    assert _frame(text, figure).subject == subject


# ---------------------------------------------------------------- the whole of a place by its one-character name

@pytest.mark.parametrize("text, figure, subject", [
    ("報告指出,全美遊民人數達65萬人,比去年增加12%。", "65萬人", "US"),
    ("全港失業率為3.1%。", "3.1%", "Hong Kong"),
])
def test_the_whole_of_a_place_names_it(text, figure, subject):
    assert _frame(text, figure).subject == subject


def test_the_whole_of_a_place_is_no_object_word():
    assert "全美" not in _frame("報告指出,全美遊民人數達65萬人。", "65萬人").words


# ---------------------------------------------------------------- a date line's am or pm run into a month

def test_am_run_into_a_month_is_no_name():
    got = _frame("Published December 16, 2023 9:04 amDecember 18, 2023 9:10 am The agency counted 653,000 "
                 "people in shelters.", "653,000")
    assert got.subject is None


def test_a_camel_cased_brand_stays_a_name():
    # near miss: a brand written with a lower-case head keeps its name
    assert _frame("easyJet carried 89.7 million passengers in 2024.", "89.7 million").subject == "easyJet"


# ---------------------------------------------------------------- the year a record runs since

@pytest.mark.parametrize("text, figure, period", [
    # 2007年开始公布有关数据以来的历史高点: the year a record runs since dates no figure of the page
    ("美国无家可归人数比去年增加12%,达65万人,也是2007年开始公布有关数据以来的历史高点。", "65万人", None),
    ("美國無家可歸人數比去年增加12%,達65萬人,是2007年以來的最高紀錄。", "65萬人", None),
    # near miss: what was done since a year, the year's own in the pages that say it
    ("2022年以来,中国新核准核电机组10台。", "10台", "2022"),
])
def test_the_year_a_record_runs_since_dates_nothing(text, figure, period):
    assert _frame(text, figure).period == period


# ---------------------------------------------------------------- the body owning a report that says so

@pytest.mark.parametrize("text, figures", [
    # the owner of a report named with its year and title is who publishes it: no subject, nor handed on to the
    # next sentence (the place the report counts in is)
    ("ZHA's 2023 Annual Housing Survey Report (AHSR) found that 650,000 people in Canada lacked housing. This was "
     "a 12% increase from 2022.", {"650,000": "Canada", "12%": "Canada"}),
    ("ZHA 的 2023 年年度住房调查报告(AHSR)发现,加拿大有超过 65 万人缺乏住所。这比 2022 年增加了 12%。",
     {"超过 65 万人": "Canada", "12%": "Canada"}),
    # near miss: a company's own annual report is its own figure
    ("Toyota's 2023 annual report showed that it sold 11.2 million cars in Japan.", {"11.2 million": "Toyota"}),
])
def test_the_owner_of_a_report_is_no_subject(text, figures):
    got = {c.text: c.context.subject for c in claims(text)}
    assert {k: got.get(k) for k in figures} == figures


# ---------------------------------------------------------------- whom a report is addressed to

def test_the_body_a_report_is_addressed_to_is_no_subject():
    got = _frame("The agency released the 2017 Annual Housing Report to Parliament last week, showing that "
                 "homelessness increased nationwide by almost 1% since 2016.", "almost 1%")
    assert got.subject != "Parliament"


@pytest.mark.parametrize("text", [
    "Kenya's report to the IMF showed that its debt rose 4% in 2016.",
    # near miss: the one who reports to a body keeps its figure
    "Kenya reported to the IMF that its debt rose 4% in 2016.",
])
def test_who_writes_to_a_body_keeps_its_figure(text):
    assert _frame(text, "4%").subject == "Kenya"
