"""A decimal point glued to the integer with a space before the decimals: scraped pages write "277. 57 GW",
"6. 5%", a table cell "70649. 9". One figure, when a unit, a percent sign, Chinese text or the line's end follows the
decimals; never after a year ("In 2023. 57 GW were added") nor before a word that is no unit ("rose 5. 3
companies"), where a sentence ends and another begins.
"""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.model import Document


def figures(text: str) -> list[tuple[str, float]]:
    d = Document("t.txt", text, "utf-8", "", len(text))
    return [(c.text, c.value) for c in extract_document(d)]


@pytest.mark.parametrize("text, want", [
    ("China installed 277. 57 GW of solar in 2024.\n", ("277. 57 GW", 277.57e9)),
    ("第三产业用电量增长6. 5%。\n", ("6. 5%", 6.5)),
    ("第三產業用電量增長6. 5%。\n", ("6. 5%", 6.5)),
    ("全年粮食\n\n70649. 9\n", ("70649. 9", 70649.9)),
    ("粮食产量增长1. 6万吨\n", ("1. 6万吨", 16000)),  # (tonnes)
])
def test_a_spaced_point_joins_its_decimals(text, want):
    got = dict(figures(text))
    assert want[0] in got and got[want[0]] == pytest.approx(want[1])


@pytest.mark.parametrize("text, not_joined", [
    ("In 2023. 57 GW were added.\n", "2023. 57 GW"),
    ("Sales rose 5. 3 companies said so.\n", "5. 3"),
    ("It was 12. 5 new ones arrived.\n", "12. 5"),
])
def test_a_sentence_end_before_a_number_stays_two(text, not_joined):
    assert not any(t.startswith(not_joined) for t, _ in figures(text))


@pytest.mark.parametrize("text, year", [
    # the year a change is measured over is a year, not "more than 2022"
    ("It was an 83% gain over 2022 for the studio.\n", "2022"),
    ("Sales rose 5% over 2021, the company said.\n", "2021"),
])
def test_the_year_a_change_runs_over_is_no_bound(text, year):
    assert not any(year in t for t, _ in figures(text))


def test_over_before_a_count_stays_a_bound():
    assert ("Over 2022", 2022) in figures("Over 2022 people attended the fair.\n")
