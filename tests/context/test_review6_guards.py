"""Review 6: look-alikes of this session's context and extraction rules (24fa472..d261a18), written for the review.

Each case states the right reading. Cases marked "misfire" failed when written (a rule fires where it should not, or
does not fire where its own commit says it does); the others pass and keep the rule's intended form.
"""
from __future__ import annotations

import pytest

from factcheck.group import OBJECT_SIMILARITY, similarity
from helpers import frames


def facet(text: str, figure: str, name: str):
    return getattr(frames(text)[figure].context, name)


# -- 1. a place after "in"/在 in a sentence that named a company before it is the company's scope -------------------

@pytest.mark.parametrize("text, figure, name, want", [
    # should fire (the rule's form)
    ("Apple saw a 1.3% drop in China.\n", "1.3%", "scope", "China"),
    ("苹果在中国的出货量下降1.3%。\n", "1.3%", "subject", "Apple"),
    ("蘋果在中國的出貨量下降1.3%。\n", "1.3%", "scope", "China"),
    # misfire: the company before the place is the one who speaks (a source), not whose figure it is
    ("Tesla said car sales in China rose 8% in 2024.\n", "8%", "subject", "China"),
    ("Samsung said smartphone shipments in India rose 10% in 2024.\n", "10%", "subject", "India"),
    ("特斯拉表示，在中国汽车总销量增长8%。\n", "8%", "subject", "China"),
    ("特斯拉表示，在中國汽車總銷量增長8%。\n", "8%", "subject", "China"),
    # misfire: a speaker or body that is no company: the place is lost altogether (subject and scope None)
    ("Ford said vehicle sales in Mexico fell 4% in 2024.\n", "4%", "subject", "Mexico"),
    ("The IMF said inflation in Germany fell to 2.2% in 2024.\n", "2.2%", "subject", "Germany"),
    # misfire: the company is in another clause (an investment, another sale); the market clause is the place's
    ("Samsung invested in India, where smartphone shipments rose 10%.\n", "10%", "subject", "India"),
    ("三星在印度投资建厂，当地手机出货量增长10%。\n", "10%", "subject", "India"),
    ("Tim Cook said Apple sold 5 million iPhones, while smartphone sales in China fell 3%.\n", "3%", "subject",
     "China"),
    # misfire: a place in a with-phrase after the figure is no scope of the company's total
    ("Apple grew shipments 15% with strong growth in India.\n", "15%", "scope", None),
])
def test_place_after_in(text, figure, name, want):
    assert facet(text, figure, name) == want


# -- 3. periods ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, want", [
    # should fire
    ("Sales in calendar year 2024 rose 7%.\n", "7%", "2024"),
    ("The agency CY2025 outlook sees demand rising 3%.\n", "3%", "2025"),
    ("2024年1-12月全国汽车销量为3100万辆。\n", "3100万辆", "2024"),
    ("2024年1至12月全國汽車銷量為3100萬輛。\n", "3100萬輛", "2024"),
    ("Revenue rose 6% in January to December 2024.\n", "6%", "2024"),
    ("Spending reached $5 billion in the April-June quarter of 2025.\n", "$5 billion", "2025-Q2"),
    ("Sales were 3 million units, down from 3.2 million units in 2023.\n", "3.2 million", "2023"),
    # misfire (the commit names Q1-Q4 a whole year; with its year written it is read as Q1)
    pytest.param("Sales rose 4% in Q1-Q4 2024.\n", "4%", "2024", marks=pytest.mark.xfail(strict=True, reason="known gap: Q1-Q4 with its year is read as one quarter")),
    pytest.param("2024年Q1-Q4销量增长4%。\n", "4%", "2024", marks=pytest.mark.xfail(strict=True, reason="known gap: Q1-Q4 with its year is read as one quarter")),
    # misfire: "from" + a two-word count + "in <year>" that is a source, not a change's start: the year is the
    # period of the figure before it, not a comparison base
    ("Output of 5 million barrels a day came from 300 offshore wells in 2024.\n", "5 million barrels a day", "2024"),
])
def test_periods(text, figure, want):
    assert facet(text, figure, "period") == want


# -- 4. extraction --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Revenue grew from $600 million in Q2 2025 to $800 million in Q3 2025.\n", {"$600 million", "$800 million"}),
    ("In Q3 1,800 to 2,000 workers were hired.\n", {"1,800 to 2,000"}),
    ("Sales of 5 -8 million units.\n", {"5 -8 million"}),
    ("Gross margin was 44% in FY'24 and 46% in FY'25.\n", {"44%", "46%"}),
    ("In 1Q'24 sales rose 5%.\n", {"5%"}),
])
def test_extraction_look_alikes(text, want):
    assert set(frames(text)) == want


# -- 5. a change word in a with-phrase after the figure ---------------------------------------------------------------

@pytest.mark.parametrize("text, figure, want", [
    ("Xiaomi held 15% with no growth from a year earlier.\n", "15%", "share"),
    # misfire (the rule stops at "of GDP": the with-phrase's growth is still taken as the figure's measure)
    pytest.param("Exports reached 12% of GDP with growth slowing.\n", "12%", "share", marks=pytest.mark.xfail(strict=True, reason="known gap: a with-phrase after 'of GDP' still lends its change word")),
])
def test_with_phrase_measure(text, figure, want):
    assert facet(text, figure, "measure") == want


# -- 6. subjects -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, want", [
    # should fire
    ("Ghana Cocoa Board cut its national output forecast to 650,000 tonnes.\n", "650,000 tonnes", "Ghana"),
    ("Zentria's net income rose 12% in 2024.\n", "12%", "Zentria"),
    ("Brazilian coffee exports rose 5% in 2024.\n", "5%", "Brazil"),
    # misfire: a company named after its country is no national body (3742fd3)
    ("Japan Airlines carried 30 million domestic passengers in 2024.\n", "30 million", "Japan Airlines"),
    ("Saudi Aramco's domestic sales rose 3% in 2024.\n", "3%", "Saudi Aramco"),
    ("China Mobile added 5 million domestic subscribers in 2024.\n", "5 million", "China Mobile"),
    # misfire: a common noun's possessive at a sentence start (a headline) is no name
    ("Country's GDP grew 2.1% in 2024.\n", "2.1%", None),
    ("Province's output rose 6% in 2024.\n", "6%", None),
    ("City's population rose 2% in 2024.\n", "2%", None),
    ("Bank's profit rose 9% in 2024.\n", "9%", None),
    ("Firm's profit rose 9% in 2024.\n", "9%", None),
    # misfire: a nationality adjective after a company's possessive is the company's market, not the nation
    ("Apple's Chinese sales fell 5% in 2024.\n", "5%", "Apple"),
    ("Tesla's German output rose 5% in 2024.\n", "5%", "Tesla"),
])
def test_subjects(text, figure, want):
    assert facet(text, figure, "subject") == want


@pytest.mark.parametrize("text, figure", [
    # misfire: 世界 before 银行 made the World Bank a term (7ddf251); its source was 世界银行 before
    ("世界银行预计，2025年印度经济增长6.5%。\n", "6.5%"),
    ("世界銀行預計，2025年印度經濟增長6.5%。\n", "6.5%"),
    ("世界银行称2025年全球经济增长2.6%。\n", "2.6%"),
])
def test_world_bank_stays_a_source(text, figure):
    assert facet(text, figure, "source") in ("世界银行", "世界銀行", "World Bank")


# -- 7. objects -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, topic, present", [
    ("Brazil exported 47.3 million bags of coffee in 2024.\n", "47.3 million bags", "exports", True),
    ("TSMC holds 60% of the foundry market.\n", "60%", "foundry", True),
    # misfire: "imported" as an adjective names what is sold, not the imports
    ("Sales of imported beer rose 5% in 2024.\n", "5%", "imports", False),
    ("Imported cars accounted for 12% of car sales in 2024.\n", "12%", "imports", False),
    # misfire: a metal-casting foundry is no chip foundry
    ("The iron foundry employs 300 workers.\n", "300", "foundry", False),
])
def test_objects(text, figure, topic, present):
    assert (topic in facet(text, figure, "topics")) == present


@pytest.mark.parametrize("text", [
    "The adoption rate rose 5 percentage points to 40% in 2024.\n",
])
def test_adoption_rate_is_a_share(text):
    assert facet(text, "40%", "measure") == "share"


# -- 8. across languages, one quantity of two things ------------------------------------------------------------------

def _sim(en: str, en_fig: str, zh: str, zh_fig: str) -> float:
    return similarity(frames(en)[en_fig], frames(zh, "z.txt")[zh_fig])


@pytest.mark.parametrize("en, en_fig, zh, zh_fig, meet", [
    # should fire: two things
    pytest.param("China's timber imports reached 12 million tonnes in 2024.\n", "12 million tonnes",
                 "2024年中国羊毛进口1200万吨。\n", "1200万吨", False,
                 marks=pytest.mark.xfail(strict=True, reason="known gap: one shared quantity of two things no table "
                                                              "knows meets across languages (a dictionary rule was tried "
                                                              "and dropped: it split grain/粮食, timber/木材)")),
    # should still meet: the same thing
    ("China imported 12 million tonnes of wheat in 2024.\n", "12 million tonnes",
     "2024年中国小麦进口1200万吨。\n", "1200万吨", True),
    # misfire: the same thing, the dictionary's gloss just lacks the English word (粮食: foodstuff, cereal;
    # 水产品: aquatic product; 木材) -- these met before d5d3ace
    ("China's grain imports reached 12 million tonnes in 2024.\n", "12 million tonnes",
     "2024年中国粮食进口1200万吨。\n", "1200万吨", True),
    ("China's seafood imports reached 4 million tonnes in 2024.\n", "4 million tonnes",
     "2024年中国水产品进口400万吨。\n", "400万吨", True),
    ("China's timber imports reached 12 million tonnes in 2024.\n", "12 million tonnes",
     "2024年中国木材进口1200万吨。\n", "1200万吨", True),
])
def test_cross_language_objects(en, en_fig, zh, zh_fig, meet):
    assert (_sim(en, en_fig, zh, zh_fig) >= OBJECT_SIMILARITY) == meet
