"""Rules of round 23: each case a form read on real pages, written anew, with a near miss that must keep its old
reading."""
from __future__ import annotations

import pytest

from helpers import compared, frames


@pytest.mark.parametrize("text, figure, source", [
    # the bodies of the United Nations are names in every script (aliases.toml), so a headline's "X:" and 据X
    # attribute to them, and their characters are no words of what is measured
    ("联合国难民署:全球被迫流离失所者人数达1.22亿\n", "1.22亿", "UNHCR"),
    ("聯合國難民署：全球被迫流離失所者人數達1.22億\n", "1.22億", "UNHCR"),
    ("据联合国统计,全球约有7.33亿人面临饥饿。\n", "7.33亿人", "United Nations"),
    ("世卫组织报告显示,全球约有3990万人感染艾滋病病毒。\n", "3990万人", "WHO"),
    # a body that belongs to another says so itself: "the UN's FAO", 联合国的粮农组织
    ("In its report, the UN's Food and Agriculture Organization (FAO) warned that 811 million people are hungry.\n",
     "811 million", "FAO"),
    ("According to estimates by the United Nations Conference on Trade and Development (UNCTAD), global FDI "
     "declined by 11% in 2024.\n", "11%", "UNCTAD"),
    # near misses: the UN alone, and two bodies apart in the sentence (the first cue's body says so)
    ("The United Nations said 117 million people were displaced in 2023.\n", "117 million", "United Nations"),
    ("According to the UN, 117 million people were displaced in 2023.\n", "117 million", "United Nations"),
    # ("who" in lower case is no body)
    ("Those who fled numbered 117 million in 2023.\n", "117 million", None),
])
def test_international_bodies_are_sources(text, figure, source):
    got = frames(text)[figure].context
    assert got.source == source
    assert not any(w in ("合国", "國難", "国难", "民署") for w in got.words)


@pytest.mark.parametrize("text, figure, word, has", [
    # a two-letter acronym in capitals is a word of what is measured ("TB-related deaths" are TB deaths), though
    # two-letter words in lower case ("of", "to") are none
    ("The number of TB-related deaths decreased to 1.23 million globally in 2024.\n", "1.23 million", "tb", True),
    ("TB deaths fell to 1.23 million in 2024.\n", "1.23 million", "tb", True),
    # near misses: a name in capitals is the subject, not a word of the object; lower case is no acronym
    ("US exports rose to 300 billion in 2024.\n", "300 billion", "us", False),
    ("Deaths from tb fell to 1.23 million in 2024.\n", "1.23 million", "tb", False),
])
def test_two_letter_acronyms_are_object_words(text, figure, word, has):
    assert (word in frames(text)[figure].context.words) == has


@pytest.mark.parametrize("first, second, met", [
    # a count with no noun and no one named is compared when two words of its phrase and a period say what it is
    ("Deaths from TB fell to 1.25 million in 2023, down from the 1.32 million recorded in 2022.\n",
     "TB deaths were 1.3 million in 2022, the report said.\n", True),
    ("The number of TB-related deaths decreased from 1.32 million in 2022 to 1.25 million in 2023.\n",
     "TB-related deaths stood at 1.3 million in 2022.\n", True),
    # near misses: one word and no period ("a survey of 1,000 respondents") stays too little to compare, and so
    # does a small count of no one named, dated and in words (a study's or an event's, not a population's)
    ("A survey of 1,000 respondents found the same.\n", "A survey of 1,200 respondents found the same.\n", False),
    ("In 2024, 30,000 volunteers helped at the city marathon.\n",
     "In 2024, 32,000 volunteers helped at the city marathon.\n", False),
    # (the same at a population's size is compared)
    ("In 2024, 300,000 volunteers helped at the city marathon.\n",
     "In 2024, 320,000 volunteers helped at the city marathon.\n", True),
    ("Deaths reached 1.25 million.\n", "Deaths reached 1.32 million.\n", False),
])
def test_a_count_with_two_words_and_a_period_is_compared(first, second, met):
    assert compared(first, second) == met


@pytest.mark.parametrize("text, figure, period", [
    # "compared to/with" and a noun phrase before "in" or "of" a year: the year compared with, not the figure's
    ("Deaths rose slightly compared to the number of deaths in 2023, while cases rose from 273 million to an "
     "estimated 282 million.\n", "an estimated 282 million", None),
    ("This represents a decrease of 7% compared to the already below-average volume of 2022.\n", "7%", None),
    ("Average price reaches 4.74 US dollars/kg, a decrease of 14.63% compared with that in 2022.\n", "14.63%", None),
    # near misses: the figure's own year before the comparison, and a year right after "compared with" (as before)
    ("In 2024, cases rose to 282 million compared with the number in 2023.\n", "282 million", "2024"),
    ("Deaths fell to 1.25 million in 2023, compared with 1.32 million in 2022.\n", "1.32 million", "2022"),
])
def test_a_year_after_compared_to_and_a_noun_phrase_is_a_base(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, subject", [
    # a figure alone in brackets after a Chinese noun phrase that opens with a name is that name's
    ("2023年,非洲疟疾确诊病例数量(2.46亿例)约占全球疟疾病例的94%。\n", "2.46亿例", "Africa"),
    ("全年台灣地區旅客( 834,411人次 )按年上升64.1%,香港特區旅客( 7,179,722人次 )則減少0.2%。\n",
     "7,179,722人次", "Hong Kong"),
    # near misses: a name inside the phrase (部分領先的中國企業) or no name at all leaves the market's figure, and
    # in English a verb may stand between ("South Korea counted overnight visitors (18,884)": test_round16)
    ("甚至有部分領先的中國企業(18%)正在以AI為核心重新設計流程。\n", "18%", None),
    ("Overnight visitors (18.9 million) rose 5% in 2024.\n", "18.9 million", None),
])
def test_a_figure_in_brackets_after_a_phrase_opened_by_a_name(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_review23_context_guards():
    """Defects the review of round 23 found, each fixed: the reading they must keep."""
    # a comparison that opens its clause leaves the figure its own year
    got = frames("Compared with other countries in 2023, Japan had the lowest fertility rate at 1.20.\n")
    assert got["1.20"].context.period == "2023"
    # a bracket after a phrase that excludes the name, or where the name qualifies a noun with 的, is not its
    assert frames("2023年,非洲以外地区疟疾病例(1400万例)有所增加。\n")["1400万例"].context.subject is None
    assert frames("2023年,德国制造的汽车在华销量(80万辆)下降。\n")["80万辆"].context.subject is None
    # a window written all in capitals has no acronyms ("NO" is a word there)
    got = frames("NO DEATHS WERE RECORDED IN 2024 AMONG THE 1.2 MILLION WORKERS\n")["1.2 MILLION"]
    assert "no" not in got.context.words
    # 儿童基金会 alone is any children's foundation, not UNICEF
    got = frames("北京春蕾儿童基金会表示，去年资助了12万名女童。\n")["12万名"]
    assert got.context.source != "UNICEF"


@pytest.mark.parametrize("text, figure, word, has", [
    # an -ing word after a hyphen is part of a compound adjective ("record-setting sales"), no thing measured
    ("Chip makers reported record-setting sales of $574.1 billion in 2022.\n", "$574.1 billion", "setting", False),
    # near miss: an -ing noun before what is measured stays ("streaming revenue")
    ("Streaming revenue reached $19.3 billion in 2023.\n", "$19.3 billion", "streaming", True),
])
def test_an_ing_word_after_a_hyphen_is_no_object_word(text, figure, word, has):
    assert (word in frames(text)[figure].context.words) == has


@pytest.mark.parametrize("text, figure, subject", [
    # a publication's title "A and B Brief" (or Report) is one name, and a brief is a publication: not a subject
    ("Remittances reached $656 billion, according to the World Bank's latest Migration and Development Brief. This "
     "represents a modest 0.7 percent growth rate.\n", "0.7 percent", None),
    # near miss: two names joined by "and" stay two
    ("Apple and Samsung shipped 120 million phones in 2023.\n", "120 million", "Apple+Samsung"),
])
def test_a_publication_title_joined_by_and_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, is_forecast", [
    # a forecast word after a comparison with it names what was expected: the figure is the outcome
    ("【略遜預期】澳門5月賭收按年飆3.6倍\n", "3.6倍", False),
    ("澳门5月赌收超预期增长3.6倍。\n", "3.6倍", False),
    ("Revenue beat forecasts, rising 5% in May.\n", "5%", False),
    # near misses: the forecast words alone still mark a forecast
    ("澳门赌收预计增长3.6倍。\n", "3.6倍", True),
    ("Revenue is expected to rise 5% in 2027.\n", "5%", True),
])
def test_an_outcome_against_expectations_is_no_forecast(text, figure, is_forecast):
    assert ("forecast" in frames(text)[figure].context.basis) == is_forecast


def test_an_undated_outlier_of_three_agreeing_sources_stays_out():
    """An undated figure that conflicts with three or more dated figures of other documents, which all agree with
    one another, is another vintage (a page's "today"), not a disagreement: it joins no cluster of theirs."""
    from factcheck.group import group_claims

    from helpers import annotated

    dated = ["In 2023, 39.9 million people were living with HIV worldwide.\n",
             "In 2023, some 39.9 million people were living with HIV globally.\n",
             "There were 39.9 million people living with HIV worldwide in 2023.\n"]
    today = "Today, 39.0 million people are living with HIV worldwide.\n"
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(dated + [today])])
    groups = [sorted(cs[i].text for i in g.members) for g in group_claims(cs)]
    assert groups == [["39.9 million", "39.9 million", "some 39.9 million"]]
    # near miss: against two sources it is still compared (a disagreement as likely as a vintage)
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(dated[:2] + [today])])
    assert [len(g.members) for g in group_claims(cs)] == [3]
