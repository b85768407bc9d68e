"""Rules of round 29: each case a form read on real pages, written anew, with a near miss that must keep its old
reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # an acronym a phrase of ordinary words spells, some of its letters from inside a word ("antimicrobial
    # resistance (AMR)", "non-communicable diseases (NCDs)"), is that term wherever the page writes it, no one's name
    ("Deaths from antimicrobial resistance (AMR) are rising. AMR killed 1.1 million people in 2022.\n",
     "1.1 million", None),
    ("Of all deaths, 74% were from non-communicable diseases (NCDs). NCDs killed 41 million people in 2021.\n",
     "41 million", None),
    # near misses: a group of countries an acronym names is whom its figures are about; a body's capitals spell
    # its own acronym (who says so here)
    ("In landlocked developing countries (LLDCs), 36% of people were online. LLDCs had 190 million users.\n",
     "190 million", "LLDCs"),
    ("The Global Research on Antimicrobial Resistance (GRAM) project counts. GRAM estimated 4.7 million deaths.\n",
     "estimated 4.7 million", None),
    # (nor a body's name in lower case: "the ministry of health (MOH)" says so)
    ("The ministry of health (MOH) keeps count. MOH said 5,400 new cases were recorded in 2024.\n", "5,400", None),
])
def test_an_acronym_spelled_by_ordinary_words_is_a_term(text, figure, subject):
    x = frames(text)[figure].context
    assert x.subject == subject
    if "GRAM" in text or "MOH" in text:
        assert x.source in ("GRAM", "MOH")


@pytest.mark.parametrize("text, figure, subject", [
    # a country in brackets right after an amount of money names its currency ("$818 billion (US)"): the page is
    # not about that country
    ("The yearly cost of dementia care reached $818 billion (US). Care costs were $604 billion (US) in 2010. Some "
     "41 million people live with it.\n", "Some 41 million", None),
    # near misses: a country a page names as such stays its subject, and a country's full name in brackets after
    # its amount says whose it is
    ("The US spent $818 billion on care. The US counted 41 million carers.\n", "41 million", "US"),
    ("Revenue reached $4.2 billion (Vietnam) in 2024.\n", "$4.2 billion", "Vietnam"),
])
def test_a_country_naming_a_currency_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, source, subject", [
    # research published in a journal, or a study appearing in one: the journal says so, it is not the subject
    ("According to research published in Lancet Neurology, cases will reach 78 million in 2030.\n", "78 million",
     "Lancet Neurology", None),
    ("A study published in Nature Medicine found that 1.4 million children died in 2021.\n", "1.4 million",
     "Nature Medicine", None),
    # near misses: a company named as the doer keeps its figure; a place figures were published in, or a survey's
    # people, are no source
    ("Pfizer published its results: Pfizer sold $58 billion in 2022.\n", "$58 billion", None, "Pfizer"),
    ("Figures published in Germany on Friday showed exports fell 1.2% in May.\n", "1.2%", None, "Germany"),
    ("According to a survey of Brazilian farmers, soy planting reached 45 million hectares.\n",
     "45 million hectares", None, "Brazil"),
])
def test_a_journal_published_in_is_a_source(text, figure, source, subject):
    x = frames(text)[figure].context
    assert (x.source, x.subject) == (source, subject)


@pytest.mark.parametrize("text, figure, words", [
    # a sentence opening on bare numbers ("numbers will increase from …") counts what the sentence before did
    ("Numbers of adults living with obesity are set to climb by 70% by 2040. According to a recent analysis, numbers will "
     "grow from 880 million in 2022 to 1.5 billion.\n", "880 million", {"obesity"}),
    # near miss: numbers of something named in their own clause keep their own words
    ("Numbers of adults living with obesity are set to climb. The numbers of smokers will fall from 1.2 billion "
     "to 1.1 billion.\n", "1.2 billion", {"smoker"}),
])
def test_bare_numbers_count_what_the_sentence_before_did(text, figure, words):
    assert words <= set(frames(text)[figure].context.words)


@pytest.mark.parametrize("text, figure, subject", [
    # a disease named after someone ("Parkinson's disease", "Down's syndrome") is no one's figure
    ("An estimated 11.8 million people live with Parkinson's disease worldwide.\n", "An estimated 11.8 million", None),
    ("About 6 million people worldwide have Down's syndrome.\n", "About 6 million", None),
    # near misses: a name's possessive before what it owns is its figure (a law firm's too)
    ("Pfizer's revenue fell 41% in 2023.\n", "41%", "Pfizer"),
    ("Halvorsen's law firm billed $40 million in 2023.\n", "$40 million", "Halvorsen"),
])
def test_a_disease_named_after_someone_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, period", [
    # a target year right after a later figure of the sentence ("… and 78 million by 2030") is that figure's, not
    # the one before it
    ("There are 55 million people with the condition worldwide today, and 78 million by 2030.\n",
     "55 million", None),
    ("There are 55 million people with the condition worldwide today, and 78 million by 2030.\n",
     "78 million", "2030"),
    # near misses: a change to a target year dates its reach; a list of what was done by a year is all that year's
    ("Sales rose from 5 million to 9 million by 2030.\n", "9 million", "2030"),
    ("The carmaker had sold 3 million cars and 200,000 trucks by 2023.\n", "3 million", "2023"),
])
def test_a_target_year_dates_its_own_figure(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # now (目前, 当前, currently) is never the year a sentence aims at, before or after the figure
    ("目前全球约有5500万名患者,到2030年将增至7800万。\n", "5500万名", None),
    ("到了2030年,全球患者人数将从当前的5500万增加到7800万。\n", "5500万", None),
    # near miss: a year named before "now" in its own sentence dates it
    ("2019年目前全球约有5500万名患者。\n", "5500万名", "2019"),
])
def test_now_is_not_a_target_year(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, word", [
    # a Chinese clause that opens on what its topic does (将, 已, 从, 由) measures the topic the clause before
    # names, after a comma
    ("到了2030年,全球患阿尔茨海默病的人数,将从当前的5500万增加到7800万。\n", "7800万", "海默"),
    ("全球糖尿病患者人数,已由1990年的2亿上升到2022年的8亿。\n", "8亿", "糖尿"),
])
def test_a_chinese_topic_before_a_comma(text, figure, word):
    assert word in frames(text)[figure].context.words


def test_a_chinese_clause_of_its_own_keeps_its_words():
    # near miss: a clause naming its own topic reads it
    words = frames("全球糖尿病患者人数上升,肥胖人口已达10亿。\n")["10亿"].context.words
    assert "肥胖" in words and "糖尿" not in words


@pytest.mark.parametrize("text, figure, subject", [
    # a place before a quoted outlet that reports (台湾"中央社"报道称, 日本"共同社"报道) is the outlet's, who says so
    ("新华网8月3日电 日本“共同社”8月2日报道称,全球患者人数将达到7800万。\n", "7800万", None),
    # near miss: a place that is the figure's own keeps it
    ("日本患者人数已达到700万。\n", "700万", "Japan"),
])
def test_a_quoted_outlet_names_no_subject(text, figure, subject):
    x = frames(text)[figure].context
    assert x.subject == subject
    if "共同社" in text:
        assert x.source == "共同社"  # (the outlet by its name, without its place and quotes)


@pytest.mark.parametrize("text, figure, forecast", [
    # where a change to come starts, dated before the year it is to reach, is measured, no forecast
    ("Cases will rise from 55 million in 2019 to 78 million in 2030.\n", "55 million", False),
    ("Cases will rise from 55 million in 2019 to 78 million in 2030.\n", "78 million", True),
    ("Enrolment will climb from 40,000 in 2024 to 52,000 in 2028.\n", "52,000", True),
    ("全球患者人数将从当前的5500万增加到7800万。\n", "5500万", False),
    # the clause of a change's ends going on from a clause that says it is to come, and the level a change to come
    # reaches, are to come
    ("全球新发病例将在未来20年内,由2012年的1400万上升到2200万。\n", "2200万", True),
    ("预计明年全球销量将增长5%,达到300万辆。\n", "300万辆", True),
    # a further year's figure listed after a forecast one, and an average a forecast change reaches
    ("We forecast that output will average 12.4 million barrels per day (b/d) in 2025 and 12.9 million b/d in "
     "2026.\n", "12.9 million b/d", True),
    ("We forecast that output will increase by 400,000 b/d to average 12.9 million b/d.\n", "12.9 million b/d", True),
    # near misses: a past change, and a clause of its own after a forecast one
    ("Cases rose from 55 million in 2019 to 78 million in 2023.\n", "78 million", False),
    ("预计明年全球销量将增长5%,去年达到280万辆。\n", "280万辆", False),
    ("预计今年出口将增长5%,由于去年出口仅为3000亿美元。\n", "3000亿美元", False),
    ("预计今年全球销量将增长5%,由去年的2800万辆增至2940万辆。\n", "2800万辆", False),
    ("Output is projected at 12.4 million b/d in 2025, and 11.9 million b/d in 2023.\n", "11.9 million b/d", False),
])
def test_forecast_spans_a_change_to_come(text, figure, forecast):
    assert ("forecast" in frames(text)[figure].context.basis) == forecast


@pytest.mark.parametrize("text, figure, subject", [
    # after a colon a capital opens a sentence ("shows a trend: Deaths attributed to …"), no name
    ("The report shows a worrying trend: Deaths attributed to heat rose to 489,000 in 2023.\n", "489,000", None),
    # where something was presented or held (a summit in Geneva) is its venue, no subject
    ("The study, presented at a health summit in Geneva, counts 489,000 deaths in 2023.\n", "489,000", None),
    # a title of three words and a figure is a title, its words no names
    ("The 12 Million Question\n\nHeat killed twelve million people.\n", "12 Million", None),
    # near misses: a name after a colon stays one; a country's own figure stays its own
    ("One country stands out: Germany recorded 8,000 deaths in 2023.\n", "8,000", "Germany"),
    ("Switzerland held the summit and recorded 800 deaths in 2023.\n", "800", "Switzerland"),
    ("The value of deposits held in Switzerland rose 5% in 2023.\n", "5%", "Switzerland"),
])
def test_sentence_starts_venues_and_titles_name_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, period", [
    # a year right after "by" is the year the figure reaches, though a figure before it had its own ("73 million by
    # 2030 & 139 million by 2050")
    ("Cases may double every 20 years (78 million by 2030 & 139 million by 2050).\n", "139 million", "2050"),
    # a target year a later figure reaches, past a comma and a clause, is not the one before it's
    ("In 2022 yearly deaths topped 1.2 million, with researchers expecting them to reach 1.9 million yearly deaths "
     "by 2050.\n", "topped 1.2 million", "2022"),
    # near miss: the reach of a change from one figure to the other dates the second
    ("Deaths rose from 1.2 million in 2022 to 1.9 million by 2050.\n", "1.9 million", "2050"),
])
def test_by_a_year_dates_the_figure_before_it(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, subject, source", [
    # a body predicting what "it" (the thing counted) will do is its source, not its subject (its name as read,
    # "Global" a word no name keeps alone at its start)
    ("Resistant infections killed 1.1 million in 2021, with the Global Burden Study predicting it to cause 1.9 "
     "million deaths by 2050.\n", "1.9 million", None, "Burden Study"),
    # near miss: a company saying what it did is both
    ("Airbus said it delivered 766 jets in 2024.\n", "766", "Airbus", "Airbus"),
])
def test_a_body_predicting_is_a_source(text, figure, subject, source):
    x = frames(text)[figure].context
    assert (x.subject, x.source) == (subject, source)


def test_a_far_target_year_is_not_the_pages_year():
    # a page naming 2015 and, as a target only, 2050 twice (in two languages) speaks from 2015: the figure it
    # dates "by 2050" is a forecast
    text = ("据2015年报告,全世界约有4680万患者,到2050年达1.315亿。\n"
            "According to the 2015 report, there are 46.8 million patients worldwide and 131.5 million by 2050.\n")
    assert "forecast" in frames(text)["131.5 million"].context.basis
    assert "forecast" not in frames(text)["46.8 million"].context.basis


@pytest.mark.parametrize("text, figure, subject", [
    # a release's date, then where it was issued ("2024年3月5日,华盛顿:"): the place it was filed from
    ("2024年3月5日,华盛顿:全球麻疹病例去年增长了79%。\n", "79%", None),
    # near miss: a date and a place that is the figure's own, no colon
    ("2024年3月5日,美国麻疹病例去年增长了79%。\n", "79%", "US"),
])
def test_a_release_dateline_names_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject
