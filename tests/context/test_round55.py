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


@pytest.mark.parametrize("text, pair", [
    ("Kerepa Precision Industry Co., Ltd., also known as Tovoxa, reported revenue of NT$6.16 trillion.\n",
     ("Kerepa Precision Industry", "Tovoxa")),
    ("Tovoxa Inc., better known as Kerepa, said sales rose.\n", ("Tovoxa", "Kerepa")),
    ("Tovoxa, the trading name of Kerepa Precision Industry, said sales rose.\n",
     ("Tovoxa", "Kerepa Precision Industry")),
])
def test_a_firm_declared_by_another_name_after_its_legal_ending(text, pair):
    from factcheck.context import declared
    from factcheck.context.vocab import vocab

    assert pair in declared._english_pairs(text, vocab())


def test_a_firm_named_alone_and_declared_with_its_describing_words_meets_its_other_name(tmp_path):
    from factcheck.pipeline import run_claims

    (tmp_path / "a.txt").write_text("Kerepa Precision Industry Co., Ltd., also known as Tovoxa, said its 2023 revenue "
                                    "fell 7% to NT$6.16 trillion.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kerepa said its 2023 revenue fell to NT$6.2 trillion.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Tovoxa's revenue in 2023 was NT$6.1 trillion.\n", encoding="utf-8")
    run = run_claims([str(tmp_path)], with_context=True)
    money = {c.path.rsplit("/", 1)[-1]: c.context.subject for c in run.claims if c.unit == "TWD"}
    assert len(set(money.values())) == 1, money


_RESULTS_PAGE = ("Kerepa Announces FY2023 & 4Q23 Financial Results\n"
                 "March 15, 2024 | KerepaEstimated reading time: 5 minutes\n"
                 "Kerepa Technology Group announced its full year 2023 financial results.\n"
                 "For the full year 2023, revenue totaled NT$6.162 trillion, declining 7% on-year. Shipments of "
                 "servers worldwide rose 12%.\n")


@pytest.mark.parametrize("figure, subject", [
    ("NT$6.162 trillion", "Kerepa Technology"),
    ("7%", "Kerepa Technology"),
])
def test_a_firms_result_naming_no_one_on_a_page_about_the_firm(figure, subject):
    assert frames(_RESULTS_PAGE)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure", [
    # (not a market's shipments on that page)
    (_RESULTS_PAGE, "12%"),
    # (two firms the title names as often: whose, the page does not say)
    ("Kerepa and Tovoxa report results\n\nFor the full year 2023, revenue totaled NT$6.1 trillion.\n",
     "NT$6.1 trillion"),
    # (a name written once that no table knows is no firm the page is about)
    ("Analysts at Borelli weigh in\n\nFor the full year 2023, revenue totaled NT$6.1 trillion.\n", "NT$6.1 trillion"),
])
def test_what_no_firms_page_makes_its_result(text, figure):
    assert frames(text)[figure].context.subject in (None, "(market)")


def test_a_year_named_only_as_a_base_is_not_the_pages():
    # 2022 three times as a base (較2022年, 優於2022年的, 2022年同期), 2023 once: the page reports on 2023 from 2024,
    # so its 去年 is 2023
    text = ("凯睿(2317)公布去年第4季稅後獲利新台幣531.45億元,季增23%,每股純益3.83元,優於2022年的2.88元。\n\n"
            "凯睿2023年第4季合併營收1兆8520.72億元。全年稅後淨利1420.98億元,較2022年1414.83億元微增,"
            "和2022年同期相比亦增。\n")
    assert frames(text)["新台幣531.45億元"].context.period == "2023-Q4"


@pytest.mark.parametrize("text, figure", [
    ("凯睿去年稅後獲利新台幣1420億元。\n", "新台幣1420億元"),
    ("凯睿每股純益10.25元。\n", "10.25元"),
])
def test_taiwanese_words_for_profit(text, figure):
    assert "profit" in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure", [
    # a description with no word before its noun carries the firm as one with words does
    ("Kerepa said Tuesday it had a record year. The automaker sold a record 11.23 million vehicles in 2023.\n",
     "11.23 million"),
    ("Kerepa said Tuesday it had a record year. The carmaker's sales rose 7.2% in 2023.\n", "7.2%"),
])
def test_a_bare_description_carries_the_firm(text, figure):
    assert frames(text)[figure].context.subject == "Kerepa"


@pytest.mark.parametrize("text, figure, subject", [
    ("Zentrix Motor Corp. said its worldwide vehicle sales, including those of subsidiaries Borel Motor Co. and "
     "Tavira Motors Ltd., rose 7.2 pct to a record 11,233,039 units in 2023.\n", "7.2 pct", "Zentrix Motor"),
    ("The automaker sold a record 11.23 million vehicles globally last year, including those produced by "
     "Borel Motor Co. and Tavira Motors Ltd., up 7.2 percent from a year earlier.\n", "7.2 percent", None),
    ("Zentrix posted a 7.2% jump in global group sales last year, including those of truck unit Tavira and small-car "
     "maker Borel, helped by record overseas sales of 8.9 million vehicles.\n", "8.9 million", "Zentrix"),
])
def test_names_in_an_including_aside_are_not_the_figures(text, figure, subject):
    got = frames(text)[figure].context.subject
    assert got not in ("Borel Motor", "Tavira Motors", "Borel Motor Co.", "Tavira Motors Ltd.")
    if subject:
        assert got == subject


def test_a_name_an_aside_includes_is_its_own_figure_where_no_one_else_is_named():
    # (no one named before the aside: the one it names is the sentence's)
    f = frames("Sales, including those of Tavira Motors, rose 7.2% in 2023.\n")
    assert f["7.2%"].context.subject == "Tavira Motors"


def test_a_sentence_start_name_before_alone_and_a_verb_is_a_name():
    f = frames("Zentrix alone sold 10.31 million vehicles worldwide in 2023.\n")
    assert f["10.31 million"].context.subject == "Zentrix"


def test_motor_is_a_describing_word_of_a_firm():
    from dataclasses import replace

    from factcheck.context import firm_names

    base = frames("Kerepa said revenue was NT$6.16 trillion in 2023.\n")["NT$6.16 trillion"]
    named = lambda s: replace(base, context=replace(base.context, subject=s))
    out = firm_names.unify([named("Zentrix Motor"), named("Zentrix"), named("Tavira Motors")])
    assert [c.context.subject for c in out] == ["Zentrix", "Zentrix", "Tavira Motors"]
