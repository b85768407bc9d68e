"""An age band after "before the age of" or "by the age of", with the people first in the clause, defines the group
("women married before the age of 18"); so does one of the group in the singular described by its band ("every
fifth young girl between the ages of 20 and 24"). Round 33 (corpus-fresh36 keys such ages as non-claims); an age
said of one person as a predicate stays a claim (extract/ages.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


@pytest.mark.parametrize("sentence, age", [
    ("The share of women married before the age of 18 dropped to 19%.", "18"),
    ("Every fifth young girl between the ages of 20 and 24 gets married as a child.", "20"),
    ("A girl aged 12 was married off in the village.", "12"),
    ("One child under 5 dies every 10 seconds.", "5"),
])
def test_an_age_band_of_the_people_counted_is_no_claim(sentence, age):
    assert not any(age in c.text for c in claims_in(sentence))


@pytest.mark.parametrize("sentence, figure", [
    ("She died aged 87.", "87"),  # a person's age as a predicate
    ("By the age of 18, 40% of girls in Niger are married.", "18"),  # no people before it in its clause
    ("The woman aged 87 said 5,000 homes burned.", "5,000"),
])
def test_an_age_said_of_a_person_or_a_figure_of_its_own_stays(sentence, figure):
    assert figure in [c.text for c in claims_in(sentence)]
