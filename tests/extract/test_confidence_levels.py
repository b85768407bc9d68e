"""A confidence level names the interval after it ("95 % CI", "a 90% confidence interval", 95%置信区间): no
quantity of its own; the interval's ends stay a range of the estimate, also after a capitalised word such as CI that
would otherwise read as a product's name ("Windows 11"): CI, UI, CrI. Sentences written for this test, in the forms survey
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


@pytest.mark.parametrize("sentence", ["Losses were [CI 19.3–20.3 %] over the summer.",
                                      "Deaths fell 12% (UI 10.1–14.2%) in 2021."])
def test_an_interval_after_its_statistics_term_keeps_both_ends(sentence):
    got = [c for c in claims_in(sentence) if c.low is not None]
    assert [(c.low, c.high) for c in got] in ([(19.3, 20.3)], [(10.1, 14.2)])


@pytest.mark.parametrize("sentence, figures", [
    # an uncertainty interval is an interval too, and so is 信賴區間 in Traditional script
    ("Deaths fell 12% (95% UI 10.1–14.2%) in 2021.", ["12%", "10.1–14.2%"]),
    ("死亡人数为12%(95%信賴區間為10%-14%)。", ["12%", "10%-14%"]),
])
def test_uncertainty_and_credible_intervals(sentence, figures):
    assert [c.text for c in claims_in(sentence)] == figures
