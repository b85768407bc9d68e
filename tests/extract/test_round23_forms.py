"""Extraction forms read on the pages of corpus-fresh26 (road deaths, TB, malaria): the base of a rate is no claim."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.model import Document


def _figures(text: str) -> list[tuple[str, float]]:
    doc = Document("t.txt", text, "utf-8", "", len(text))
    return [(c.text, c.value) for c in extract_document(doc)]


@pytest.mark.parametrize("text, figures", [
    # a round number after "per", "every" or 每 counts what a rate is stated per: the rate is the figure (read
    # with its base since round 25: tests/extract/test_round25_forms.py)
    ("The TB incidence rate is now at 134 new cases per 100,000 people.\n", [("134 new cases per 100,000", 134.0)]),
    ("The rate was 21 deaths per 1,000 live births in 2023.\n", [("21 deaths per 1,000", 21.0)]),
    ("發病率為每10萬人52例。\n", [("每10萬人52例", 52.0)]),
    ("平均每10万人拥有206个基站。\n", [("平均每10万人拥有206个", 206.0)]),
    ("Japan had 399 robots for every 10,000 employees.\n", [("399", 399.0)]),
    # near misses: a share's base is read with its share (每10人中就有3人), a base of money or weight is a
    # quantity of its own, a number that is no round base stays, and "per" inside a word is no "per"
    ("每10人中就有3人面临饥饿。\n", [("每10人中就有3人", 30.0)]),
    ("It costs $5 per 100 grams.\n", [("$5", 5.0), ("100 grams", 0.0001)]),
    ("The fee was 20 per 125 visitors.\n", [("20", 20.0), ("125", 125.0)]),
    ("Super-users numbered 1,000 in 2023.\n", [("1,000", 1000.0)]),
])
def test_the_base_of_a_rate_is_no_claim(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize("text, figures", [
    # TB before what a disease counts is tuberculosis, not terabytes (units.toml not_followed_by)
    ("There were 1.25 million TB deaths in 2023.\n", [("1.25 million", 1_250_000.0, "count")]),
    ("India reported 27 lakh TB cases.\n", [("27 lakh", 2_700_000.0, "count")]),
    # near misses: storage keeps its unit
    ("A 2 TB drive costs less than ever.\n", [("2 TB", 2e12, "byte")]),
    ("They stored 40 TB of data.\n", [("40 TB", 4e13, "byte")]),
])
def test_tb_before_a_disease_count_is_no_unit(text, figures):
    doc = Document("t.txt", text, "utf-8", "", len(text))
    assert [(c.text, c.value, c.unit) for c in extract_document(doc)] == figures


@pytest.mark.parametrize("text, figures", [
    # a scaled figure in brackets is a figure ("malaria cases (246 million)"), not a code in brackets
    ("Malaria cases (246 million) rose in 2023.\n", [("246 million", 246_000_000.0)]),
    ("Deaths (597 thousand) fell.\n", [("597 thousand", 597_000.0)]),
    # near misses: a bare code in brackets is none
    ("宁德时代(300750)股价上涨5%。\n", [("5%", 5.0)]),
])
def test_a_scaled_figure_in_brackets_is_a_figure(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize("text, figures", [
    # review of round 23: a share's base with a measure word and a noun before 中 is still read with its share,
    # and the first end of a range stays in its range
    ("每100名儿童中有5名营养不良。\n", [("每100名儿童中有5名", 5.0)]),
    ("每十名兒童中就有一名發育遲緩。\n", [("每十名兒童中就有一名", 10.0)]),
    ("每10位受访者中有3位表示满意。\n", [("每10位受访者中有3位", 30.0)]),
    ("每10-15人配备1名护士。\n", [("10-15人", None), ("1名", 1.0)]),
    # storage followed by a word the disease list does not hold keeps its bytes
    ("The hackers claim to have stolen 1.5 TB related to customer accounts.\n", [("1.5 TB", 1.5e12)]),
    ("Hospitals generate 50 TB patient data every year.\n", [("50 TB", 5e13)]),
])
def test_review23_extraction_guards(text, figures):
    assert _figures(text) == figures
