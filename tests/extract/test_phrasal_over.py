"""'over' as a verb's particle is no bound (round 32, corpus: "the European manufacturer handed over 735 commercial
aircraft"): handed, hand, turned and signed over N are N exactly (hedges.toml [before] none; the longer word wins).
Where 'over' after a verb still reads "more than" (took over 40 years, carried over 2 million passengers, won over 40
seats) it stays a bound: those verbs are not listed. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence,text,qualifier", [
    ("The manufacturer handed over 735 commercial aircraft to customers.", "735", None),
    ("Police turned over 120 files to prosecutors.", "120", None),
    ("The ministry hands over 20 tonnes of aid a week.", "20 tonnes", None),
    # near misses: "over" is "more than"
    ("It took over 40 years to finish.", "over 40 years", "over"),
    ("The airline carried over 2 million passengers.", "over 2 million", "over"),
    ("Sales were over 735 units.", "over 735", "over"),
])
def test_a_verbs_particle_over_is_no_bound(sentence, text, qualifier):
    got = claims_in(sentence)
    assert [(c.text, c.qualifier) for c in got] == [(text, qualifier)]
