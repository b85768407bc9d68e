"""Round 55: mechanisms read off corpus-fresh59 (opened this round: Toyota's 2023 sales, Hon Hai's revenue and
profit, uranium mine production; business statistics). A currency's letters (NT$, HK$) and a unit's letters after a
number ("21,819 tU") are no names; a two-character firm the dictionary names is read before its industry word and
ending whatever stands before it (让丰田集团旗下车型). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import claims, frames


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


_RESULTS_PAGE = ("Source: https://news.example.com/article/139982/kerepa-announces-fy2023-4q23-financial-results\n\n"
                 "Kerepa Announces FY2023 & 4Q23 Financial Results\n"
                 "March 15, 2024 | KerepaEstimated reading time: 5 minutes\n"
                 "Kerepa Technology Group announced its full year 2023 financial results.\n"
                 "For the full year 2023, revenue totaled NT$6.162 trillion, declining 7% on-year. Shipments of "
                 "servers worldwide rose 12%.\n")


@pytest.mark.parametrize("figure, subject", [
    ("NT$6.162 trillion", "Kerepa"),
    ("7%", "Kerepa"),
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


def test_a_label_of_words_under_a_numbered_entry_gives_the_entrys_figure():
    text = ("For investors interested in the uranium space, familiarity with these production hotspots is essential. "
            "Read on for a closer look at 2022's largest uranium-producing countries, from the association's report.\n"
            "1. Namibia\nMine production: 5,613 MT\nNamibia's mines restarted after a pause in the previous decade "
            "and the country has since become one of the largest suppliers.\n"
            "2. Canada\nMine production: 7,351 MT\nCanada's output recovered as its largest mine resumed work "
            "after it had been idled by low prices and the pandemic.\n")
    got = {c.text: c.context.subject for c in claims(text)}
    assert (got["5,613 MT"], got["7,351 MT"]) == ("Namibia", "Canada")


@pytest.mark.parametrize("text, figure", [
    ("Kazakhstan is the main producer, with 21,227 tons in 2022, equivalent to about 43% of global production, which "
     "amounts to 49,355 t.\n", "49,355 t"),
    ("Kerepa holds 20% of the world market, which totalled $61 billion in 2023.\n", "$61 billion"),
])
def test_the_whole_a_share_is_of_stated_after_it_is_no_ones(text, figure):
    assert frames(text)[figure].context.subject is None


def test_a_figure_after_which_of_the_share_holders_own_is_its():
    # (near miss: a relative clause about the part itself, not the whole)
    f = frames("Kerepa holds 20% of the market and its sales, which rose 5%, reached $61 billion in 2023.\n")
    assert f["$61 billion"].context.subject == "Kerepa"


@pytest.mark.parametrize("text, figure, subject", [
    # a Chinese description of a firm, its country only qualifying it
    ("丰田汽车今天公布了数据。这间日本汽车巨头去年售出1,123万辆汽车。\n", "1,123万辆", "Toyota"),
    ("丰田汽车今天公布了数据。该日本车企去年售出1,123万辆汽车。\n", "1,123万辆", "Toyota"),
    # a firm that publishes its figures is whose the next sentence's are, not a firm of a clause of time before it
    ("自从大众集团宣布2023年的销量为924万辆以来,外界就一直关注丰田集团发布2023年的销量数据。这间日本汽车巨头去年"
     "以创纪录的11,233,039辆汽车出货量击败了对手。\n", "11,233,039辆", "Toyota"),
])
def test_a_chinese_description_of_a_firm_carries_it(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_chinese_description_over_another_name_is_no_description():
    # (a name inside that is no country: the name, not a description)
    f = frames("这家丰田公司去年售出1,123万辆汽车。\n")
    assert f["1,123万辆"].context.subject == "Toyota"


@pytest.mark.parametrize("text", ["Bitcoin trades as Ethereum, Solana slide.\n",
                                  "Gold trading as Fed officials weigh rate cuts.\n"])
def test_a_headline_verb_declares_no_other_name(text):
    from factcheck.context import declared
    from factcheck.context.vocab import vocab

    assert declared._english_pairs(text, vocab()) == []


@pytest.mark.parametrize("text, figure, not_subject", [
    ("Economists had expected GDP growth in the US to be revised up to a 3.3 percent pace.\n", "3.3 percent",
     "Economists"),
    ("Consumers also spent $12 billion more on cars in May.\n", "$12 billion", "Consumers"),
    ("Gasoline alone made up 1.2 percent of the rise.\n", "1.2 percent", "Gasoline"),
])
def test_a_word_before_also_or_had_and_any_verb_is_no_name(text, figure, not_subject):
    assert frames(text)[figure].context.subject != not_subject


@pytest.mark.parametrize("text, figure", [
    # a report by a research body, or a page whose lead names a firm once, is about a market
    ("IFPI Global Music Report 2023\n\nThe IFPI report shows Apple Music grew.\n\nPaid streaming subscription "
     "revenue saw an 11.2% rise, reaching $14 billion.\n", "$14 billion"),
    ("Analysts weigh in\n\nAnalysts expect Kerepa to beat forecasts.\n\nRevenue rose 16% to 51.9 billion yuan.\n",
     "51.9 billion yuan"),
    # a sentence about the whole market or industry
    ("Kerepa Announces 2023 Results\n\nKerepa said its sales grew.\n\nTotal industry revenue rose 5% to "
     "$9 billion.\n", "$9 billion"),
])
def test_pages_whose_lead_makes_no_firm_its_result(text, figure):
    assert frames(text)[figure].context.subject in (None, "(market)")


def test_an_older_year_beside_a_base_year_is_not_the_pages():
    text = ("Output this year stood at 5.618 million tonnes, down from 2022. Output peaked in 2018 at 5.83 million "
            "tonnes. Exports reached 4.1 million tonnes.\n")
    f = frames(text)
    assert f["5.618 million tonnes"].context.period == "2023"
    assert f["4.1 million tonnes"].context.period != "2018"


def test_last_year_after_a_year_named_only_as_a_base_is_the_year_after_it():
    # (every 2022 a base: the page reports on 2023, looking back on it from 2024)
    text = ("凯睿(2317)公布去年第4季稅後獲利新台幣531.45億元,每股純益3.83元,優於2022年的2.88元。\n\n"
            "去年全年稅後淨利1420.98億元,較2022年1414.83億元微增,和2022年同期相比亦增。\n")
    assert frames(text)["新台幣531.45億元"].context.period == "2023-Q4"


def test_names_of_an_aside_of_those_of_others_are_never_the_figures():
    f = frames("Worldwide sales, including those of subsidiaries Borel Motor Co. and Tavira Motors Ltd., rose 4.4% to "
               "831,161 units in October, the automaker said.\n")
    assert f["4.4%"].context.subject not in ("Borel Motor", "Tavira Motors")


@pytest.mark.parametrize("name, clean", [
    ("Volkswagen AG of Germany", "Volkswagen"),
    ("Bank of China", "Bank of China"),  # (no legal ending before "of": the place is the name's)
    ("Royal Bank of Canada", "Royal Bank of Canada"),
])
def test_where_a_firm_is_from_after_its_legal_ending_is_no_part_of_its_name(name, clean):
    from factcheck.context.names import clean_name
    from factcheck.context.vocab import vocab

    assert clean_name(name, vocab()) == clean


def test_the_site_a_page_is_on_is_no_firm_it_is_about():
    text = ("Source: https://investintellect.co.uk/precious-metal/kerepas-cobalt-output\n\nInvest Intellect\n"
            "Invest Intellect\n\nKerepa hits its output goal\n\nRevenues rose 16% to 51.9 billion yuan.\n")
    assert frames(text)["51.9 billion yuan"].context.subject != "Invest Intellect"


def test_a_firm_named_after_a_place_keeps_its_describing_words():
    from dataclasses import replace

    from factcheck.context import firm_names

    base = frames("Kerepa said revenue was NT$6.16 trillion in 2023.\n")["NT$6.16 trillion"]
    named = lambda s: replace(base, context=replace(base.context, subject=s))
    out = firm_names.unify([named("China Airlines"), named("China"), named("Kerepa Pacific Airways"),
                            named("Kerepa Pacific")])
    assert [c.context.subject for c in out] == ["China Airlines", "China", "Kerepa Pacific", "Kerepa Pacific"]
