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
    # a target's level: its unit makes it a figure
    ("The target 2% inflation rate held.", ["2%"]),
    ("年产量目标100万辆。", ["100万辆"]),
    ("The company set a target of 500 stores.", ["500"]),
    ("The goal is 50,000 homes.", ["50,000"]),
])
def test_a_goals_number_is_a_label(sentence, figures):
    assert [c.text for c in claims_in(sentence)] == figures
