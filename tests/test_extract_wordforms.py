"""English number words whose reading depends on the words around them (extract/numerals.py _ordinal_use,
extract/quantities.py _pronoun_one). Sentences written for these tests; each row says why."""
from __future__ import annotations

import pytest

from conftest import claims_in

# "a third", "a fifth" is a fraction (a share, in percent) when no noun follows for an ordinal to modify: a
# time word or an article after it (by a third last year, since 2019, over the decade, a third the size). A noun
# after it makes an ordinal (a third term, a fifth straight win); so does "after" or "for" (a third goal).
A_FRACTION = [
    ("Imports grew by a third last year.", [("a third", 100 / 3)], "a time word after"),
    ("Output shrank by a fifth this quarter.", [("a fifth", 20.0)], "this after"),
    ("Ridership is down a third since 2020.", [("a third", 100 / 3)], "since after"),
    ("Wages rose a tenth over the period.", [("a tenth", 10.0)], "over after"),
    ("The new stadium is a third the size of the old.", [("a third", 100 / 3)], "an article after: a third the size"),
    ("Costs fell a fifth compared with 2022.", [("a fifth", 20.0)], "compared after"),
    ("She is seeking a third term.", [], "a noun after: an ordinal"),
    ("It was a fifth straight defeat.", [], "an adjective and a noun after"),
    ("The striker added a third after the break.", [], "a third goal"),
    ("He sold the rights to a third party.", [], "a third party"),
]


@pytest.mark.parametrize("sentence,claims,why", A_FRACTION, ids=[c[2] for c in A_FRACTION])
def test_a_third_as_a_fraction(sentence, claims, why):
    got = [(c.text, c.value) for c in claims_in(sentence)]
    assert [t for t, _ in got] == [t for t, _ in claims], got
    for (_, v), (_, w) in zip(got, claims):
        assert v == pytest.approx(w) and v is not None


# "one" after a determiner and one modifying word is the pronoun: the old one, a cheaper one, her favourite one.
# A figure of one has no adjective between it and its determiner; a function word in between (a hundred and one)
# belongs to a number.
PRONOUN_ONE = [
    ("I still prefer the old one.", [], "the + adjective"),
    ("They chose a cheaper one.", [], "a + comparative"),
    ("His favourite one, sadly, broke.", [], "possessive + adjective"),
    ("We kept the hand-made one.", [], "a hyphenated modifier"),
    ("She owns a hundred and one books.", ["a hundred and one"], "and between: a number"),
    ("The final score was three to one.", ["three", "one"], "a score"),
    ("The motion passed by one.", ["one"], "no determiner"),
]


@pytest.mark.parametrize("sentence,texts,why", PRONOUN_ONE, ids=[c[2] for c in PRONOUN_ONE])
def test_one_as_a_pronoun(sentence, texts, why):
    assert [c.text for c in claims_in(sentence)] == texts


# A fraction of a point (a quarter point, 1/4 point, three quarters of a point, half a point) is a part of a point
# of an index, a rate or a price, counted as points are (2.5 points), not a share of 25 % or 50 %. A fraction of
# the points (half the points, a third of the points) is still a share.
POINT_PARTS = [
    ("The central bank raised rates by a quarter point.", "a quarter point", 0.25, "count"),
    ("The bond slipped 1/4 point in late trade.", "1/4 point", 0.25, "count"),
    ("Yields climbed three quarters of a point.", "three quarters of a point", 0.75, "count"),
    ("The index dipped half a point.", "half a point", 0.5, "count"),
    ("She won a third of the points.", "a third", 100 / 3, "percent"),
]


@pytest.mark.parametrize("sentence,span,value,unit", POINT_PARTS, ids=[c[1] for c in POINT_PARTS])
def test_a_part_of_a_point(sentence, span, value, unit):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert len(got) == 1 and got[0][0] == span and got[0][2] == unit, got
    assert got[0][1] == pytest.approx(value)


# A fraction whose denominator is a compound ordinal: a number, then a number word that cannot continue it
# (three one..., seven two...) and that starts an ordinal with a hundred or a scale word in it. The ordinal is
# the denominator: "three one-hundredths" is 3/100, "one two hundred and fiftieth" 1/250. Before, the second
# number started a figure of its own.
COMPOUND_DENOMINATOR = [
    ("The error was three one-hundredths of a gram.", "three one-hundredths", 0.03),
    ("Only two one thousandths of the sample reacted.", "two one thousandths", 0.002),
    ("Each share is one two hundred and fiftieth of the fund.", "one two hundred and fiftieth", 1 / 250),
    ("A dose of nine one hundred and twentieths was given.", "nine one hundred and twentieths", 9 / 120),
    ("The tax is seven one hundred and twenty-fifths of the price.", "seven one hundred and twenty-fifths", 7 / 125),
    ("They paid five two thousandths of the total.", "five two thousandths", 5 / 2000),
    ("The rate fell to one one millionth of its peak.", "one one millionth", 1e-6),
    ("Tiny amounts: six billionths of a gram.", "six billionths", 6e-9),
]


@pytest.mark.parametrize("sentence,text,ratio", COMPOUND_DENOMINATOR, ids=[c[1] for c in COMPOUND_DENOMINATOR])
def test_compound_ordinal_denominator(sentence, text, ratio):
    got = [(c.text, c.written_value if c.written_value is not None else c.value) for c in claims_in(sentence)]
    assert got and got[0][0].startswith(text) and got[0][1] == pytest.approx(ratio), got


COMPOUND_NOT_A_FRACTION = [
    ("Rooms one two and three are booked.", "no ordinal: numbers read one by one"),
    ("Pages one hundred and fifth are missing.", "no number before the ordinal"),
]


@pytest.mark.parametrize("sentence,why", COMPOUND_NOT_A_FRACTION, ids=[c[1] for c in COMPOUND_NOT_A_FRACTION])
def test_compound_denominator_needs_number_and_ordinal(sentence, why):
    assert not [c for c in claims_in(sentence) if c.value is not None and 0 < c.value < 1], \
        [(c.text, c.value) for c in claims_in(sentence)]


# "and a half" written with hyphens, as a compound adjective or a hyphenated number: a three-and-a-half-year
# contract (3.5 years), two-and-a-half hours, a five-and-a-half-mile run; before, no figure at all.
HYPHENATED_AND_A_HALF = [
    ("He signed a three-and-a-half-year contract.", 3.5, "year", "compound adjective with a unit"),
    ("The flight took two-and-a-half hours.", 2.5, "hour", "a unit after a space"),
    ("They ran a five-and-a-half-mile loop.", 5.5, "mile", "miles"),
    ("Rents rose by one-and-a-quarter times.", 1.25, None, "a quarter"),
]


@pytest.mark.parametrize("sentence,written,unit,why", HYPHENATED_AND_A_HALF, ids=[c[3] for c in HYPHENATED_AND_A_HALF])
def test_hyphenated_and_a_half(sentence, written, unit, why):
    got = [(c.written_value, c.written_unit) for c in claims_in(sentence)]
    assert got and got[0][0] == pytest.approx(written) and (unit is None or got[0][1] == unit), got
