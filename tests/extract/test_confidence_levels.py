"""A confidence level names the interval after it ("95 % CI", "a 90% confidence interval", 95%置信区间): no
quantity of its own; the interval's ends stay a range of the estimate, also after a capitalised word such as CI that
would otherwise read as a product's name ("Windows 11"). Sentences written for this test, in the forms survey
reports use (corpus-fresh39 keyed "[95 % CI" a non-claim and "CI 19.3–20.3 %]" a range)."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence, figures", [
    ("Total losses were 19.8 % [95 % CI 19.3–20.3 %] over the summer.", ["19.8 %", "19.3–20.3 %"]),
    ("Winter losses were 23.7 % [95 %CI 23.3–24.1 %].", ["23.7 %", "23.3–24.1 %"]),
    ("The share was 12% (95% confidence interval 10%-14%).", ["12%", "10%-14%"]),
    ("Risk rose by 40% (90% confidence level).", ["40%"]),
    ("损失率为12%(95%置信区间为10%-14%)。", ["12%", "10%-14%"]),
    # near misses: a percentage before a word that only starts like CI, and a product numbered without a percent
    ("About 95% Cicada broods emerged.", ["About 95%"]),
    ("Windows 11 ran on 40% of PCs.", ["40%"]),
])
def test_a_confidence_level_is_no_figure(sentence, figures):
    assert [c.text for c in claims_in(sentence)] == figures


def test_a_range_of_percentages_after_a_capitalised_word_keeps_both_ends():
    got = claims_in("Losses were [XY 19.3–20.3 %] over the summer.")
    assert [(c.low, c.high) for c in got] == [(19.3, 20.3)]
