"""A year in two digits after a quarter, half or fiscal mark (Q2'24, FY’24, 1H'25) is a period, not a count; kilolitres
and hectolitres are volumes (beer and wine statistics), in English and Chinese (千升, 百升). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence, texts", [
    ("Output in Q2'24 was 5 million tonnes.", ["5 million tonnes"]),
    ("Revenue in FY’24 was $3 billion.", ["$3 billion"]),
    ("Shipments in 1H'25 rose 5%.", ["5%"]),
    ("Output in CY'24 was 5 million tonnes.", ["5 million tonnes"]),
    # an apostrophe opening a quote before a count is no year mark
    ("He said '24 people came' to the meeting.", ["24"]),
])
def test_a_two_digit_year_after_a_period_mark_is_no_claim(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts


@pytest.mark.parametrize("sentence, text, cubic_metres", [
    ("China's beer production was 35.21 million kilolitres in 2024.", "35.21 million kilolitres", 35.21e6),
    ("2024年中国啤酒产量为3521万千升。", "3521万千升", 35.21e6),
    ("2024年中國啤酒產量為3521萬千升。", "3521萬千升", 35.21e6),
    ("The winery sold 500 hectolitres of wine.", "500 hectolitres", 50.0),
])
def test_kilolitres_and_hectolitres_are_volumes(sentence, text, cubic_metres):
    (c,) = [c for c in claims_in(sentence) if c.text == text]
    assert c.unit == "meter ** 3" and c.value == pytest.approx(cubic_metres)


@pytest.mark.parametrize("sentence, texts", [
    ("Sales rose 5% in the first-half of 2025.", ["5%"]),
    ("A second-half rebound lifted sales 5%.", ["5%"]),
])
def test_a_half_written_with_a_hyphen_after_first_or_second_is_a_period(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts
