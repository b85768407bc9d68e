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
