"""Cents after 'and' (issue 9, money): 'N dollars and M' with M a whole number below 100 and nothing counted after it
is N.M, as spoken prices are written. M ends its phrase at a punctuation mark or the end of the line, and also where
a coordinating word (and, or, but) opens the next phrase. Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


CENTS_BEFORE_COORDINATOR = [
    ("The ticket costs two dollars and fifty and includes a drink.", 2.5, "USD", "and opens the next phrase"),
    ("It was priced at ten dollars and ninety but sold for less.", 10.9, "USD", "but opens the next phrase"),
    ("A loaf cost three pounds and twenty or a little more.", 3.2, "GBP", "or opens the next phrase"),
    ("The fare is one euro and forty and children ride free.", 1.4, "EUR", "euro"),
    ("Lunch was 12 dollars and 75, and the tip was extra.", 12.75, "USD", "a comma, as before"),
]


@pytest.mark.parametrize("sentence,value,unit,why", CENTS_BEFORE_COORDINATOR, ids=[r[3] for r in CENTS_BEFORE_COORDINATOR])
def test_cents_before_coordinator(sentence, value, unit, why):
    got = claims_in(sentence)
    assert [(c.value, c.unit) for c in got][:1] == [(pytest.approx(value), unit)], _got(sentence)
    assert not [c for c in got if c.kind == "count"], _got(sentence)


NOT_CENTS = [
    ("She gave five dollars and three apples to the boy.", [(5.0, "USD"), (3.0, "count")], "a noun after the number"),
    ("They paid ten dollars and twenty people came.", [(10.0, "USD"), (20.0, "count")], "a counted noun"),
    ("It costs five dollars and 150 and more.", [(5.0, "USD"), (150.0, "count")], "150 is no cents"),
]


@pytest.mark.parametrize("sentence,want,why", NOT_CENTS, ids=[r[2] for r in NOT_CENTS])
def test_not_cents(sentence, want, why):
    got = claims_in(sentence)
    assert [(c.value, c.unit) for c in got] == [(pytest.approx(v), u) for v, u in want], _got(sentence)


# A currency sign written after the number (10 $, 5 €, as French and Canadian copy writes it) and then a number of
# cents: the sign is the first number's and the cents add to it, as in "10 dollars 30 cents". Cents take no sign
# before them, so "$ 30 cents" is no reading (5 € 20 cents was read so already). Without cents after it, a number
# after the sign keeps the sign.
SIGN_THEN_CENTS = [
    ("The fare rose to 10 $ 30 cents this week.", 10.3, "USD", "dollar sign after the number"),
    ("Un billet coûte 5 $ 99 ¢.", 5.99, "USD", "the cent sign"),
    ("The toy was 4 $ 5 cents.", 4.05, "USD", "one digit of cents"),
]


@pytest.mark.parametrize("sentence,value,unit,why", SIGN_THEN_CENTS, ids=[r[3] for r in SIGN_THEN_CENTS])
def test_sign_after_number_then_cents(sentence, value, unit, why):
    assert [(c.value, c.unit) for c in claims_in(sentence)] == [(pytest.approx(value), unit)], _got(sentence)


def test_number_after_sign_keeps_it_without_cents():
    got = claims_in("Rates went from 10 $ 30 to 40.")
    assert (30.0, "USD") in [(c.value, c.unit) for c in got], _got("Rates went from 10 $ 30 to 40.")
