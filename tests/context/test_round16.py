"""Rules of the round that opened corpus-fresh19 for reading (remittances, international students, luxury goods):
each case a form read on real pages, written anew, with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # an adverb opening a sentence is a manner, not a name
    ("Officially recorded remittance flows to poorer countries reached an estimated $656 billion in 2023.\n",
     "an estimated $656 billion", None),
    ("Separately recorded flows rose 4.1% in 2023.\n", "4.1%", None),
    # near misses: names ending in -ly, and a capitalised word at a start that does what a firm does
    ("Italy exported 3.1 million tonnes in 2023.\n", "3.1 million tonnes", "Italy"),
])
def test_an_adverb_opening_a_sentence_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a firm no table knows reporting its own accounts is their subject (and their source)
    ("Eli Lilly reported revenue of $45 billion in 2024.\n", "$45 billion", "Eli Lilly"),
    ("Zentrix Pharma posted a net loss of $3 million in 2024.\n", "$3 million", "Zentrix Pharma"),
    ("Zentrix Pharma reported full-year sales of $4.1 billion.\n", "$4.1 billion", "Zentrix Pharma"),
    # near miss: an analyst reporting a market's shipments is only their source
    ("Zentrix Insight reported shipments of 63 million units in 2024.\n", "63 million", None),
])
def test_a_firm_reporting_its_own_accounts(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, src", [
    # the statistical bodies of the world are sources, whole ("World Bank", never "Bank")
    ("Remittance flows to poorer countries moderated in 2023, reaching $656 billion: World Bank\n",
     "$656 billion", "World Bank"),
    ("Flows reached an estimated $656 billion in 2023, according to the World Bank's latest brief.\n",
     "an estimated $656 billion", "World Bank"),
    ("据世界银行统计，2023年汇款流入达到6560亿美元。\n", "6560亿美元", "World Bank"),
    ("According to the IMF, global growth will slow to 2.8% in 2025.\n", "2.8%", "IMF"),
])
def test_international_bodies_are_sources(text, figure, src):
    f = frames(text)[figure].context
    assert f.source == src and f.subject != src


@pytest.mark.parametrize("text, figure, scope", [
    # a scope word inside a body's name is the name's
    ("Flows reached $656 billion in 2023: World Bank\n", "$656 billion", None),
    ("The flows came to $656 billion in 2023, the Global Times reported.\n", "$656 billion", None),
    # near misses: a scope word of the sentence itself, and one inside a region's name (the region's)
    ("World remittance flows reached $656 billion in 2023, according to the Bank.\n", "$656 billion", "global"),
    ("Sales rose in Asia Pacific (12.5%) in 2024.\n", "12.5%", "regional"),
])
def test_a_scope_word_inside_a_name(text, figure, scope):
    assert frames(text)[figure].context.scope == scope


def test_a_place_named_only_in_a_quotation_is_not_the_pages():
    page = ("PC shipments grew by 4.9% in the first quarter of 2025.\n"
            "“Vendors brace for US tariffs, and the US market may slow,” said an analyst.\n")
    assert frames(page)["4.9%"].context.subject is None
    # near miss: the same place named in the page's own words is the page's
    own = ("PC shipments grew by 4.9% in the first quarter of 2025.\n"
           "Vendors brace for US tariffs, and the US market may slow, an analyst said.\n")
    assert frames(own)["4.9%"].context.subject == "US"
