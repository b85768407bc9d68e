"""How long a run of periods has lasted (corpus mentions: "leading the world for 11 consecutive years" read as a
count of 11, "for the 10th consecutive year" and "the 17th straight month" not read at all).

- An adjective between a number and its unit (consecutive, straight, successive, more, additional, extra, full,
  whole, long) leaves the unit the number's: 11 consecutive years is 11 years, 3 more days 3 days, 2 additional
  tonnes 2 tonnes. A noun that is no unit after the adjective keeps a count ("3 more people").
- An ordinal before consecutive / straight / successive and a unit of time counts the periods of the run so far:
  "for the 10th consecutive year" is a run of 10 years. An ordinal alone stays no figure.
English only: Chinese writes 连续11年, which already reads as 11 years. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, written value, written unit)], why)
CASES = [
    ("Exports grew for 7 consecutive years.", [("7 consecutive years", 7.0, "year")], "consecutive"),
    ("Prices fell for three straight weeks.", [("three straight weeks", 3.0, "week")], "straight, in words"),
    ("The talks need 2 more days.", [("2 more days", 2.0, "day")], "more"),
    ("They harvested 4 additional tonnes.", [("4 additional tonnes", 4.0, "metric_ton")], "additional"),
    ("Output rose for the 6th consecutive month.", [("6th consecutive month", 6.0, "month")], "ordinal in digits"),
    ("It topped the chart for the twelfth straight week.", [("twelfth straight week", 12.0, "week")],
     "ordinal in words"),
    ("连续8年位居全国第一", [("8年", 8.0, "year")], "zh-Hans control"),
    ("連續8年位居全國第一", [("8年", 8.0, "year")], "zh-Hant control"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[c[2] for c in CASES])
def test_run_of_periods(sentence, want, why):
    assert [(c.text, c.written_value, c.written_unit) for c in claims_in(sentence)] == want


@pytest.mark.parametrize("sentence,want", [
    ("3 more people joined.", [("3", "count")]),
    ("It was the third straight win.", []),
    ("It was the first consecutive year of losses.", []),
    ("He finished fourth in the race.", []),
])
def test_no_unit_no_run(sentence, want):
    assert [(c.text, c.unit) for c in claims_in(sentence)] == want
