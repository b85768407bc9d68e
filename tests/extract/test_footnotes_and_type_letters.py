"""A footnote's number glued to a sentence's full stop ("… worldwide.4", "… supplies.2 The") is no figure: pages copied
from reports keep their reference numbers inline. Sentences written for this test."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence, figures", [
    ("Now, dengue is found in 129 countries worldwide.4", ["129"]),
    ("That is 50% of the population.1 In 2023 cases rose.", ["50%"]),
    # near misses: a number after a full stop that a lower-case word follows, a decimal, a label
    ("Sales were 3.4 million.5 units were lost.", ["3.4 million", "5"]),
    ("The rate was 2.5 percent.", ["2.5 percent"]),
])
def test_a_footnote_number_after_a_full_stop_is_no_figure(sentence, figures):
    assert [c.text for c in claims_in(sentence)] == figures


@pytest.mark.parametrize("sentence, figures", [
    # a capital letter before 型, 股, 轮, 类, 级 names a type, a share class or a round: no unit, and the count before
    # it stays a count (was: degrees Celsius, or no figure at all)
    ("大約150萬C型肝炎感染者", [("大約150萬", "count")]),
    ("共有3000万A股投资者", [("3000万", "count")]),
    ("全年共有1500万C类车辆", [("1500万", "count")]),
    # near misses: a unit letter before other words keeps its unit
    ("气温为25C。", [("25C", "degree_Celsius")]),
    ("功率为100W的灯泡", [("100W", "watt")]),
])
def test_a_letter_naming_a_type_is_no_unit(sentence, figures):
    assert [(c.text, c.unit) for c in claims_in(sentence)] == figures
