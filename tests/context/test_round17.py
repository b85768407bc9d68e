"""Rules of the round that opened corpus-fresh20 for reading (recorded music, advertising, cruise passengers):
each case a form read on real pages, written anew, with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, period", [
    # a year in a release's name is the title's, often a year after the figures it reports
    ("Zentrix发布2022全球手游报告：全球手游收入增长8.5%。\n", "8.5%", None),
    ("The Global Tea Report 2019 shows that sales rose 3.4%.\n", "3.4%", None),
    ("Data in the World Tea Outlook 2023 show that exports fell 2.1%.\n", "2.1%", None),
    # near misses: a year with its 年 before a report's name or in it, a company's annual report, a range of years
    ("2024年中国手游产业报告显示，手游收入增长8.5%。\n", "8.5%", "2024"),
    ("2023全年营业收入报告显示营收增长5%。\n", "5%", "2023"),
    ("According to its annual report 2023, revenue rose 3.4%.\n", "3.4%", "2023"),
    ("The Zentrix Outlook 2025-2029 expects demand to grow 4% a year.\n", "4%", "2025..2029"),
])
def test_a_year_in_a_release_name_is_no_period(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, word, kept", [
    # a word in -ing names a thing before what is measured, or after "from"/"of"
    ("Streaming revenue grew by 34.0% in 2018.\n", "34.0%", "streaming", True),
    ("Revenue from advertising rose 4% in 2018.\n", "4%", "advertising", True),
    ("Zentrix's share of streaming revenue rose to 25% in 2018.\n", "25%", "streaming", True),
    ("Advertising spending rose 4% in 2018.\n", "4%", "advertising", True),
    # near misses: what a sentence does, a verb opening a clause before what is measured, "including"
    ("Sales rose in 2018, climbing 5% on the year.\n", "5%", "climbing", False),
    ("Demand was strong, boosting sales 3% in 2018.\n", "3%", "boosting", False),
    ("Zentrix said sales rose 3% in 2018 after raising prices.\n", "3%", "raising", False),
    ("Revenue from metals, including copper sales, rose 3% in 2018.\n", "3%", "including", False),
])
def test_a_word_in_ing_before_a_measure_is_an_object_word(text, figure, word, kept):
    assert (word in frames(text)[figure].context.words) == kept


@pytest.mark.parametrize("text, figure, subject, source", [
    # a report's title is who says so, an edition's year closing it too, and "the X of the Y report" whole
    ("中华手游协会发布其《全球手游报告2019》，报告显示全球手游收入增长8.5%。\n", "8.5%", None, "中华手游协会"),
    ("中华手游协会发布《全球手游报告（2019年版）》，全球手游收入增长8.5%。\n", "8.5%", None, "中华手游协会"),
    ("The State of the Tea Industry Report shows that exports grew 5.5% in 2023.\n", "5.5%", None,
     "State of the Tea Industry"),
    ("The 2024 State of the Tea Industry report shows that exports grew 5.5% in 2023.\n", "5.5%", None,
     "State of the Tea Industry"),
    # near misses: a work that is no report keeps its title as its name (a film's box office); a firm that
    # "reports" its own figures is their subject
    ("《哪吒2019》票房达到50亿元。\n", "50亿元", "哪吒2019", None),
    ("Acme Bank reports net profit of $5 billion for 2023, up 8%.\n", "$5 billion", "Acme Bank", "Acme Bank"),
])
def test_a_report_title_is_a_source(text, figure, subject, source):
    f = frames(text)[figure].context
    assert (f.subject, f.source) == (subject, source)


@pytest.mark.parametrize("text, figure, period", [
    # a change against an earlier high or peak: that year is the base, not the figure's period
    ("Ships carried 31.7 million passengers in 2023, up 7% from previous highs recorded in 2019.\n", "7%", "2023"),
    ("Exports in 2024 were 5% above the pre-pandemic peak of 2019.\n", "5%", "2024"),
    ("Exports were 5% above the pre-pandemic peak of 2019.\n", "5%", None),
    # near miss: a record set in the figure's own year
    ("Exports hit a record high of 5.2 million tonnes in 2019.\n", "5.2 million tonnes", "2019"),
])
def test_a_change_against_an_earlier_high(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, subject, source", [
    # "X claimed that …", "X believes that …": who says so, not what the figure is about
    ("Zentrix claimed that there are now 752 million paying subscribers, up 10.4% from last year.\n", "10.4%",
     None, "Zentrix"),
    ("Acme Research believes that sales grew 3% in 2023.\n", "3%", None, "Acme Research"),
    # near miss: a firm that claims a share holds it
    ("Zentrix claims 20% of the market.\n", "20%", "Zentrix", None),
])
def test_claimed_that_is_an_attribution(text, figure, subject, source):
    f = frames(text)[figure].context
    assert (f.subject, f.source) == (subject, source)


@pytest.mark.parametrize("text, figure, subject, source", [
    # a body "of the" its field is one name, a source whole
    ("According to the International Federation of the Tea Industry, sales rose 9.7% in 2018.\n", "9.7%", None,
     "International Federation of the Tea Industry"),
    # near miss: "of the" after a name that is no body joins nothing
    ("Sales of the Zentrix Watch rose 3% in 2024.\n", "3%", "Zentrix Watch", None),
])
def test_a_body_of_the_field_is_one_name(text, figure, subject, source):
    f = frames(text)[figure].context
    assert (f.subject, f.source) == (subject, source)


@pytest.mark.parametrize("text, figure, subject", [
    # a paragraph ending in a colon leads the list below it in: its one name is the items' subject
    ("国家电影局今日公布2023年中国电影行业重要指标：\n\n1.全年电影票房为549.15亿元。\n", "549.15亿元", "China"),
    ("The agency released Japan's key film figures for 2023:\n\n- Box office revenue totalled 220 billion yen.\n",
     "220 billion yen", "Japan"),
    # near misses: a name in brackets in the lead-in is an aside; a lead-in without its colon leads nothing in
    ("Zentrix统计（越南数据另行发布）公布了全球咖啡指标：\n\n1.全球咖啡产量为1.78亿袋。\n", "1.78亿袋", None),
    ("The agency released Japan's key film figures for 2023.\n\n- Box office revenue totalled 220 billion yen.\n",
     "220 billion yen", None),
    # near misses: two places, a trade partner, a yardstick and a place left out lead nothing in
    ("Key figures for Japan and India in 2023:\n\n- Box office revenue totalled 220 billion yen.\n",
     "220 billion yen", None),
    ("Shipments to Japan by month in 2023:\n\n- January: 5 million units.\n", "5 million", None),
    ("Compared with Japan, in 2023:\n\n- Exports rose 5%.\n", "5%", None),
    ("Excluding Japan, global figures for 2023 were weak:\n\n- Smartphone shipments fell 8%.\n", "8%", None),
])
def test_a_paragraph_ending_in_a_colon_leads_its_items(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, word, kept", [
    # a verb in -ed of five letters says what happened, as a longer one does
    ("China's box office hit 54.9 billion yuan in 2023, after the 29.9 billion yuan raked in for 2022.\n",
     "29.9 billion yuan", "raked", False),
    ("Tea stocks piled up to 2 million tonnes in 2023.\n", "up to 2 million tonnes", "piled", False),
    # near misses: a short word in -ed naming a kind of thing, and a noun ending in -eed
    ("Germany's fixed broadband subscriptions rose 12% in 2023.\n", "12%", "fixed", True),
    ("Average broadband speed rose 12% in 2023.\n", "12%", "speed", True),
])
def test_a_short_past_verb_is_no_object_word(text, figure, word, kept):
    assert (word in frames(text)[figure].context.words) == kept


def test_a_body_of_the_place_keeps_the_place():
    # "the Council of the European Union": the place stays a name of its own (its figures the place's)
    f = frames("The Council of the European Union said GDP grew 0.4% in 2024.\n")["0.4%"].context
    assert f.subject == "EU"


@pytest.mark.parametrize("text, figure, subject", [
    # the rest of the world, all other markets, 其他国家: the others', never the name the sentence gave before
    ("Zentria's exports rose 5% in 2024, while exports from the rest of the world grew 2%.\n", "2%", "(others)"),
    ("The two made up 57.1% of revenue in 2024, against $27.5 billion for all other markets combined.\n",
     "$27.5 billion", "(others)"),
    ("2024年中国出口增长5%，其他国家出口增长2%。\n", "2%", "(others)"),
    # near miss: "other" before a thing that is no group of markets
    ("Zentria's exports of other goods rose 2% in 2024.\n", "2%", "Zentria"),
])
def test_the_rest_of_the_world_is_the_others(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a place's market of one thing is the place's: "the North American cruise market", "China's smartphone market"
    ("The North American cruise market grew by over 14% in 2024.\n", "over 14%", "North America"),
    ("Zentria's smartphone market shrank 3% in 2024.\n", "3%", "Zentria"),
    # near miss: a firm's share of a market stays the firm's
    ("Apple's global smartphone market share was 20% in 2024.\n", "20%", "Apple"),
])
def test_a_places_market_of_one_thing(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, forecast", [
    # the level a forecast change reaches is expected too, and so is a further change listed after a forecast
    ("Zentrix said so in December. The tea market is expected to surpass $1 trillion in 2025, increasing 6.8% to "
     "$1.1 trillion.\n", "$1.1 trillion", True),
    ("Tea revenue is set to grow 7.8% in 2024 to $989.8bn, and another 6.8% in 2025.\n", "6.8%", True),
    # near miss: the level a past change reached
    ("Tea revenue grew 7.8% in 2024 to $989.8bn.\n", "$989.8bn", False),
])
def test_what_a_forecast_goes_on_to_is_expected(text, figure, forecast):
    assert ("forecast" in frames(text)[figure].context.basis) == forecast
