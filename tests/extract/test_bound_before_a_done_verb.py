"""A Chinese adverb of bound before a verb with 了 or 过 bounds the figure after the verb (issue 9, bounds in
words). Sentences written for these tests.

至少/至多/最多/最少/起码 are adverbs: they modify the verb phrase, so the bound sits before the verb, not the
number. 至少有, 至少需要, 最多可容纳 were read already (a filler or a modal between); a plain verb with the aspect
marker 了/过 (至少招聘了200名, 最多花了500元, 至少增长了20%) lost the bound. 最高 and 最低 are left out: they also
make nouns (最低价跌了5% is "the lowest price fell 5%", no bound on the 5%)."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, span, qualifier, why)
CASES = [
    ("公司至少招聘了200名员工。", "200名", "at_least", "zh-Hans: hired at least 200"),
    ("銷量至少成長了20%。", "20%", "at_least", "zh-Hant: grew at least 20%"),
    ("他最多花了500元。", "500元", "at_most", "spent at most 500 yuan"),
    ("他起码等了三个小时。", "三个小时", "at_least", "waited at least three hours"),
    ("至少死了3人。", "3人", "at_least", "at least three dead"),
    ("今年至少有300家企业倒闭。", "300家", "at_least", "a filler between, as before"),
    # near misses: no bound
    ("最低价跌了5%。", "5%", None, "最低价 is a noun: the lowest price fell 5%"),
    ("最多的时候来了500人。", "500人", None, "最多的时候: a noun phrase, the verb 来了 has no bound"),
    ("公司招聘了200名员工。", "200名", None, "no bound word"),
]


@pytest.mark.parametrize("sentence,span,qual,why", CASES, ids=[r[3] for r in CASES])
def test_bound_before_a_done_verb(sentence, span, qual, why):
    hits = [c for c in claims_in(sentence) if c.text == span]
    assert hits, [(c.text, c.qualifier) for c in claims_in(sentence)]
    assert hits[0].qualifier == qual
