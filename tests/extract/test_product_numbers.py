"""A number that names a product (issue 9, not claims: version and product numbers). A count needs a plural noun in
English and a measure word in Chinese; a bare number of three or more digits right before a singular product noun
(the 8088 chip, a 747 jetliner), or between 'the' and a singular verb (the 486 was), names one thing, and so does a
bare number of two or more digits glued to a product noun in Chinese with no measure word (737客机, 8088芯片).
nonclaims.toml [product_nouns]. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


PRODUCT_NUMBERS = [
    ("Engineers chose the 6502 processor for the console, which sold 30 million units.", [30e6],
     "the N processor: a name; the sold units stay"),
    ("The airline flew a 747 jetliner on the route for 25 years.", [25.0], "a N jetliner"),
    ("IBM's 3090 mainframe cost $12 million.", [12e6], "a possessive, then N mainframe"),
    ("The 386 was faster than any chip before it.", [], "the N and a singular verb"),
    ("The 8080 has eight registers.", [8.0], "the N has"),
    ("波音737客机载客180人。", [180.0], "zh-Hans: 737客机 with no measure word"),
    ("波音737客機載客180人。", [180.0], "zh-Hant 客機"),
    ("该公司推出8088芯片，售价300美元。", [300.0], "zh-Hans 芯片"),
    ("該公司推出8088晶片，售價300美元。", [300.0], "zh-Hant 晶片"),
]


@pytest.mark.parametrize("sentence,values,why", PRODUCT_NUMBERS, ids=[r[2] for r in PRODUCT_NUMBERS])
def test_product_numbers(sentence, values, why):
    assert [c.value for c in claims_in(sentence)] == [pytest.approx(v) for v in values], _got(sentence)


STILL_COUNTS = [
    ("The plant made 486 chips an hour.", [486.0], "a plural noun: a count"),
    ("The 300 employees were laid off.", [300.0], "the N and a plural noun"),
    ("The 300 were arrested.", [300.0], "the N and a plural verb"),
    ("A 100 page report was published.", [100.0], "a singular noun that is no product: a measure compound"),
    ("The fleet has 120 aircraft.", [120.0], "aircraft is its own plural: not listed"),
    ("工厂每小时生产486颗芯片。", [486.0], "zh-Hans: a measure word makes a count"),
    ("工廠每小時生產486顆晶片。", [486.0], "zh-Hant"),
    ("The 2024 model sold well.", [], "a year as a name stays a period, not a claim"),
]


@pytest.mark.parametrize("sentence,values,why", STILL_COUNTS, ids=[r[2] for r in STILL_COUNTS])
def test_still_counts(sentence, values, why):
    assert [c.value for c in claims_in(sentence)] == [pytest.approx(v) for v in values], _got(sentence)


# A capitalised word before a bare number names a product or a series (Apollo 11, Windows 11) unless the word is
# one that qualifies an amount, capitalised only because a headline or a sentence starts with it (round 32,
# corpus-fresh35: "Rhino poaching: Record 393 rhinos killed in South Africa").
HEADLINE_QUALIFIERS = [
    ("Rhino poaching: Record 393 rhinos killed in South Africa", [393.0], "Record N and a plural noun"),
    ("Additional 250 Nurses Hired This Year", [250.0], "Additional N"),
    ("Apollo 11 landed on the Moon.", [], "near miss: a mission's number stays a name"),
]


@pytest.mark.parametrize("sentence,values,why", HEADLINE_QUALIFIERS, ids=[r[2] for r in HEADLINE_QUALIFIERS])
def test_a_word_qualifying_an_amount_names_no_product(sentence, values, why):
    assert [c.value for c in claims_in(sentence)] == [pytest.approx(v) for v in values], _got(sentence)
