"""80后, 90後, 00后, 95后: people born in those years, a generation's name, no count (round 33, corpus-fresh36:
對于80後、90後、00後城市青年). A number before 后 after a time word (5年后, 3天后) or after a rank or a change
(前10后, 增长了10后) is no generation. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence", ["對于80後、90後、00後的年輕人來說,房價太高。", "95后消费者更看重体验。",
                                      "“90后”为2.5万元。"])
def test_a_generation_label_is_no_claim(sentence):
    assert not any(c.text in ("80", "90", "00", "95") for c in claims_in(sentence))


@pytest.mark.parametrize("sentence, figure", [
    ("“90后”为2.5万元。", "2.5万元"),
    ("5年后增长80%。", "80%"),
    ("排名前10后的企业有20家。", "20家"),
])
def test_figures_beside_a_generation_or_after_a_time_stay(sentence, figure):
    assert figure in [c.text for c in claims_in(sentence)]
