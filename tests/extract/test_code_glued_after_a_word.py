"""A currency code in capitals glued to a lower-case word before it (issue 9, money; round 58, written from a real
results page that lost its spaces: sentences written for these tests). "Total revenueswereRMB660.3 billion": the
change from lower case to a code of three or more capitals is the word boundary the page lost, and the code names the
figure's currency (knowledge.glued_code). A model's letters stay an identifier (H100, iPhone15: one capital, or a
capital glued to no lower-case word)."""
from __future__ import annotations

import pytest

from conftest import claims_in

GLUED = [
    ("Total revenueswereRMB660.3 billion, up 8%.", 6.603e11, "CNY", "RMB after a lost space"),
    ("It had salesofUSD91.9 billion in 2024.", 9.19e10, "USD", "USD after a lost space"),
    ("The ticket priceisUSD45 this year.", 45, "USD", "a plain amount after a lost space"),
]


@pytest.mark.parametrize("sentence,value,code,why", GLUED, ids=[r[3] for r in GLUED])
def test_a_code_glued_after_a_word_is_money(sentence, value, code, why):
    got = [(c.value, c.unit) for c in claims_in(sentence) if c.unit == code]
    assert got == [(pytest.approx(value), code)]


@pytest.mark.parametrize("sentence", [
    "The chip H100 and the iPhone15 ship this year.",   # model numbers
    "The abcXYZ123 part is new.",                        # capitals no currency
    "It was listed as myUSD5 in the file.",              # (an older mask keeps a code glued to a lone digit)
])
def test_letters_glued_to_a_number_stay_no_claim(sentence):
    assert claims_in(sentence) == []
