"""Runs of periods written with the ordinal first, rates whose period follows what is measured, event words
before 前, and trade containers (issue 9: units and forms real news writes).

- A run of periods: "the 14th year in a row", "the third month running" state how long a run has lasted, as "the
  14th consecutive year" does (tests/extract/test_runs_of_periods.py); 连续第十四年 / 連續第8個月 is the Chinese
  form, 连续 before the ordinal. An ordinal alone (第三章, the third year of the plan) stays no figure.
- A flow's period after the thing measured: "12.8 million barrels of crude oil per day", "barrels of oil a day"
  (of, one to three words, then the period) is barrels a day, as "barrels per day" is; with no period after, or
  "in the first day", barrels stay a volume.
- 前 after an event dates a figure ("before the pandemic"): 恢复到疫情前90%, 回到危機前的八成, not a rank
  threshold as 排名前10% is.
- A figure in bags stays in bags, never a mass: pint's bag is a 94 lb bag of cement, a bag of coffee is 60 kg
  and of rice 25 kg, so "61.5 million bags" is 61.5 million bag.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


# (sentence, text, written value, canonical unit, why)
RUNS = [
    ("The port ranked first for the 9th year in a row.", "9th year in a row", 9.0, "year", "en: Nth year in a row"),
    ("Retail sales rose for the fourth month running.", "fourth month running", 4.0, "year", "en: Nth month running"),
    ("The league grew for the 3rd week in a row.", "3rd week in a row", 3.0, "year", "en: Nth week in a row"),
    ("该港连续第九年位居全国第一。", "连续第九年", 9.0, "year", "hans: 连续第N年"),
    ("出口连续第5个月增长。", "连续第5个月", 5.0, "year", "hans: 连续第N个月"),
    ("該港連續第十二年蟬聯全球第一。", "連續第十二年", 12.0, "year", "hant: 連續第N年"),
    ("股價連續第3週上漲。", "連續第3週", 3.0, "year", "hant: 連續第N週"),
]


@pytest.mark.parametrize("sentence,text,written,unit,why", RUNS, ids=[r[4] for r in RUNS])
def test_a_run_of_periods(sentence, text, written, unit, why):
    got = [c for c in claims_in(sentence) if c.text == text]
    assert [(c.text, c.unit) for c in got] == [(text, unit)], _got(sentence)
    assert got[0].written_value == written


NOT_RUNS = [
    ("The report is in its third year of publication.", "en: an ordinal year, no run"),
    ("She was named best player for the first year in a row.", "en: a first year is no run"),
    ("该书第三章讲述了连续亏损的原因。", "hans: 第三章 with 连续 elsewhere"),
    ("連續虧損的第三年。", "hant: 第三年 not after 連續"),
]


@pytest.mark.parametrize("sentence,why", NOT_RUNS, ids=[r[1] for r in NOT_RUNS])
def test_no_run(sentence, why):
    assert not [c for c in claims_in(sentence) if c.unit == "year"], _got(sentence)


RATES = [
    ("The field pumped 640,000 barrels of crude per day in May.", "640,000 barrels", "oil_barrel / day",
     "en: barrels of crude per day"),
    ("Exports reached 1.3 million barrels of light oil a day.", "1.3 million barrels", "oil_barrel / day",
     "en: barrels of two words a day"),
    ("The tanks hold 4 million barrels of crude oil.", "4 million barrels", "meter ** 3", "en: no period: a volume"),
    ("Traders sold 2 million barrels of oil in the first day.", "2 million barrels", "meter ** 3",
     "en: in the first day is no rate"),
]


@pytest.mark.parametrize("sentence,text,unit,why", RATES, ids=[r[3] for r in RATES])
def test_period_after_what_is_measured(sentence, text, unit, why):
    assert [(c.text, c.unit) for c in claims_in(sentence)] == [(text, unit)], _got(sentence)


EVENTS = [
    ("游客人数恢复到疫情前85%的水平。", "85%", 85.0, "hans: 疫情前 N%"),
    ("客流已回到危機前的七成。", "七成", 70.0, "hant: 危機前的N成"),
    ("Visitor numbers recovered to 85% of pre-pandemic levels.", "85%", 85.0, "en: pre-pandemic"),
]


@pytest.mark.parametrize("sentence,text,value,why", EVENTS, ids=[r[3] for r in EVENTS])
def test_event_before_qian_dates_the_figure(sentence, text, value, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert got == [(text, value, "percent")], got


RANKS = [
    ("收入排名前5%的家庭。", "hans: 排名前N% is a rank"),
    ("全國前十大企業。", "hant: 全国前十大 is a rank"),
]


@pytest.mark.parametrize("sentence,why", RANKS, ids=[r[1] for r in RANKS])
def test_rank_threshold_still_no_figure(sentence, why):
    assert claims_in(sentence) == [], _got(sentence)


BAGS = [
    ("Brazil harvested 61.5 million bags this season.", 61.5e6, "en: million bags"),
    ("The mill shipped 4,000 bags of cement.", 4000.0, "en: bags of cement"),
]


@pytest.mark.parametrize("sentence,value,why", BAGS, ids=[r[2] for r in BAGS])
def test_bags_are_counted(sentence, value, why):
    got = [c for c in claims_in(sentence) if c.written_value == value]
    assert [(c.value, c.unit) for c in got] == [(value, "bag")], _got(sentence)
