"""A Chinese "from A to B" (从/從/由 A 到/至 B) is a change from one level to another, two figures, when a noun of change
follows it (的跨越, 的增长, 的提升) or the next step of a series (，再到): as "rose from 3.5% to 4.2%" is in English
(round 33, corpus: 實現了從100萬億元到134萬億元的跨越). Without one it stays a range (从3000元到5000元不等).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence, texts", [
    ("經濟總量實現了從100萬億元到134萬億元的跨越。", ["100萬億元", "134萬億元"]),
    ("高校毕业生从1158万到1179万，再到1222万。", ["1158万", "1179万", "1222万"]),
    ("出口占比实现从3%到5%的提升。", ["3%", "5%"]),
])
def test_from_a_to_b_with_a_noun_of_change_is_two_figures(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts


@pytest.mark.parametrize("sentence, text", [
    ("门票价格从3000元到5000元不等。", "3000元到5000元"),
    ("每台售价从3000元到5000元。", "3000元到5000元"),
])
def test_from_a_to_b_alone_stays_a_range(sentence, text):
    got = claims_in(sentence)
    assert [c.text for c in got] == [text] and got[0].low is not None
