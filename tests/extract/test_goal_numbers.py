"""Goals and targets named by their number (the Sustainable Development Goals' "Goal 8", "target 3.4", 目标8.7) are
labels, not figures; a target's level keeps its unit and stays a figure. Sentences written for this test, in the forms
UN and NGO pages use (corpus-fresh31 and fresh32 keyed them as non-claims)."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence, figures", [
    ("Under goal 8.7, child labour must end by 2025.", []),
    ("It falls under target 3.4 of the SDGs.", []),
    ("可持续发展目标8.7要求消除童工。", []),
    ("SDG 3 covers health.", []),
    ("Sustainable Development Goal 8 covers decent work.", []),
    # a target's level: its unit makes it a figure
    ("The target 2% inflation rate held.", ["2%"]),
    ("年产量目标100万辆。", ["100万辆"]),
    ("The company set a target of 500 stores.", ["500"]),
    ("The goal is 50,000 homes.", ["50,000"]),
    # a level after goal or target, written bare: no label (only a goal's name, Goal 8 or SDG 3, or a target's dotted
    # number is)
    ("The target 500 was met a year early.", ["500"]),
    ("The goal 50,000 was reached in March.", ["50,000"]),
    ("Target: 500 homes.", ["500"]),
    ("全年目标300,已完成280。", ["300", "280"]),
    ("The SDG target 70 per 100,000 live births is far off.", ["70 per 100,000"]),
])
def test_a_goals_number_is_a_label(sentence, figures):
    assert [c.text for c in claims_in(sentence)] == figures
