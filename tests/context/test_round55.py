"""Round 55: mechanisms read off corpus-fresh59 (opened this round: Toyota's 2023 sales, Hon Hai's revenue and
profit, uranium mine production; business statistics). A currency's letters (NT$, HK$) and a unit's letters after a
number ("21,819 tU") are no names; a two-character firm the dictionary names is read before its industry word and
ending whatever stands before it (让丰田集团旗下车型). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure", [
    ("Kerepa Corp said revenue totaled NT$6.162 trillion, declining 7% on-year.\n", "NT$6.162 trillion"),
    ("Kerepa Corp said revenue totaled HK$61.6 billion in 2023.\n", "HK$61.6 billion"),
])
def test_a_currencys_letters_are_no_name(text, figure):
    assert frames(text)[figure].context.subject == "Kerepa"


def test_a_units_letters_after_a_number_are_no_name():
    f = frames("Kazakhstan produced 21,819 tU in 2021, 43% of the world's uranium.\n")
    assert f["43%"].context.subject == "Kazakhstan"


@pytest.mark.parametrize("text, figure", [
    ("成功让丰田集团旗下车型的年销量达到1000万辆。\n", "1000万辆"),
])
def test_a_two_character_firm_before_its_industry_and_ending(text, figure):
    assert frames(text)[figure].context.subject == "Toyota"


@pytest.mark.parametrize("text", ["京东方2023年营收1745亿元。\n", "国泰金控2023年净利润500亿元。\n",
                                  "长荣海运上半年营收1200亿元。\n"])
def test_a_two_character_firm_inside_a_longer_name_is_not_read(text):
    f = frames(text)
    assert all(c.context.subject not in ("JD.com", "Cathay Pacific", "Evergreen", "EVA Air") for c in f.values())


def test_a_firm_named_with_and_without_its_describing_words_is_one():
    from dataclasses import replace

    from factcheck.context import firm_names

    base = frames("Kerepa said revenue was NT$6.16 trillion in 2023.\n")["NT$6.16 trillion"]
    named = lambda s: replace(base, context=replace(base.context, subject=s))
    out = firm_names.unify([named("Kerepa Precision Industry"), named("Kerepa Technology"), named("Kerepa"),
                            named("Kerepa Tsusho"), named("Tovora Electronics")])
    assert [c.context.subject for c in out] == ["Kerepa", "Kerepa", "Kerepa", "Kerepa Tsusho", "Tovora Electronics"]
