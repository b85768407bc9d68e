"""Rules of the round that measured grouping without the domain vocabulary (the topic concepts of concepts.toml
taken out, as on a page of a domain nobody wrote terms for): each case a form read on real pages, written anew,
with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # an abbreviation inside a noun phrase, after a possessive or a word saying which amount: a thing, not anyone
    ("Ruritania’s total QXV capacity reached 886.66 GW at the end of 2024.\n", "886.66 GW", "Ruritania"),
    ("Ruritania’s QXV filings reached 69,610 in 2023.\n", "69,610", "Ruritania"),
    # once the page writes it so, the abbreviation alone is the term too ("QXV installations in the country")
    ("Chile’s total QXV capacity reached 886.66 GW at the end of 2024. QXV installations in the country "
     "hit 277.17 GW in 2024.\n", "277.17 GW", "Chile"),
    # near misses: an abbreviation with a verb of its own is a name, and so is one after "the"
    ("The ZTRQ company shipped 5.2 million units in 2024.\n", "5.2 million", "ZTRQ"),
    ("Ruritania’s total QXV capacity reached 886.66 GW. ZTRQ shipped 5.2 million units in 2024.\n",
     "5.2 million", "ZTRQ"),
])
def test_an_abbreviation_in_a_noun_phrase_is_a_term(text, figure, subject):
    assert frames(text)[figure].context.subject == subject
