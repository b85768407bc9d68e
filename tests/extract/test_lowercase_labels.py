"""Label words in lower case before a bare number (issue 9, "not claims": "Part 2", "Top 5").

The label words of page furniture were listed capitalised (Stage, Phase, Grade, Type, Tier, Season, Episode), as
headings write them; prose writes them in lower case ("stage 4 cancer", "phase 3 trials", "type 2 diabetes",
"grade 8 pupils", "tier 1 capital"), and the number was a count of 4, 3, 2. The lower-case words join the list,
and "code" does too (zip code 90210, error code 404: identifiers). As for every label word, a unit after the number
still makes a quantity ("the stage 2 km long"), and the word with other words between it and the number labels
nothing ("the phase lasted 3 years"). English only: Chinese writes these as 第三期, 二型糖尿病 (read before).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, value)], why)
CASES = [
    ("The drug is now in phase 3 trials.", [], "phase 3"),
    ("He was treated for stage 4 cancer.", [], "stage 4"),
    ("About 10% of adults have type 2 diabetes.", [("About 10%", 10.0)], "type 2, the share kept"),
    ("She teaches grade 8 pupils.", [], "grade 8"),
    ("The bank's tier 1 capital ratio rose to 12%.", [("12%", 12.0)], "tier 1"),
    ("The show returns for season 3 in May.", [], "season 3"),
    ("Watch episode 5 tonight.", [], "episode 5"),
    ("Homes in zip code 90210 sold fast.", [], "zip code"),
    ("The server returned error code 404.", [], "error code"),
    ("The stage 2 km long was the hardest.", [("2 km", 2000.0)], "a unit after: a quantity"),
    ("The phase lasted 3 years.", [("3 years", 3.0)], "words between: no label"),
    ("Phase 3 cost $5 million.", [("$5 million", 5e6)], "the money after the label kept"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[r[2] for r in CASES])
def test_lowercase_label(sentence, want, why):
    got = [(c.text, c.value) for c in claims_in(sentence)]
    assert got == [(t, pytest.approx(v)) for t, v in want]
