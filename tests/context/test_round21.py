"""Rules of the round that opened corpus-fresh24 (Macau gaming, China's internet, patent filings) for reading: each
case a form read on real pages, written anew, with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # a currency code before the figure is its unit, not a name: the place named earlier is the subject
    ("Macau casino revenues rose 333.8% compared to 2022, when they amounted to MOP 42.20 billion.\n",
     "MOP 42.20 billion", "Macau"),
    ("Macau casino revenues rose 333.8% compared to 2022, when they amounted to SEK 42.20 billion.\n",
     "SEK 42.20 billion", "Macau"),
    # near miss: an unknown abbreviation that acts is still a name
    ("ZTRQ booked revenue of 42.20 billion yuan in 2022.\n", "42.20 billion yuan", "ZTRQ"),
])
def test_a_currency_code_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject
