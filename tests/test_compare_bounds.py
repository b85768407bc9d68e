"""compare.py: what a hedged figure admits, and a bound that takes no side in a group's disagreement.

"nearly 60%" is close below 60% (the last twentieth: 57% to 60%), where "less than 60%" admits anything lower; a
bound that admits every other figure of a disagreeing group ("sales exceeded 17 million" beside 17.1 million and
17.76 million) is no party to the conflict and leaves the group.
"""
from __future__ import annotations

import pytest

from factcheck.compare import compare, pair_verdict
from factcheck.context import annotate
from factcheck.extract import extract_document
from factcheck.group import group_claims
from factcheck.model import Document


def annotated(docs):
    out = []
    for path, text in docs:
        d = Document(path, text, "utf-8", "", len(text))
        out += annotate(d, extract_document(d))
    return out


def figure(text: str):
    d = Document("t.txt", text, "utf-8", "", len(text))
    return extract_document(d)[0]


@pytest.mark.parametrize("hedged, exact, verdict", [
    ("China took nearly 60% of new installations.\n", "China took 56% of new installations.\n", "conflict"),
    ("中国占全球近60%。\n", "中国占全球46%。\n", "conflict"),
    ("中國佔全球將近60%。\n", "中國佔全球58%。\n", "consistent"),
    ("Demand grew almost 7% last year.\n", "Demand grew 6.7% last year.\n", "consistent"),
    ("Imports were close to 10 million tonnes.\n", "Imports were 9.91 million tonnes.\n", "consistent"),
    # "less than", "below", 不到 say nothing of how close
    ("China took less than 60% of new installations.\n", "China took 46% of new installations.\n", "consistent"),
    ("中国占全球不到60%。\n", "中国占全球46%。\n", "consistent"),
])
def test_nearly_admits_only_values_close_below_its_mark(hedged, exact, verdict):
    assert pair_verdict(figure(hedged), figure(exact)) == verdict


def test_a_bound_that_admits_every_figure_leaves_a_disagreeing_group():
    claims = annotated([("a.txt", "Global EV sales reached 17.1 million in 2024.\n"),
                        ("b.txt", "Global EV sales exceeded 17 million in 2024.\n"),
                        ("c.txt", "Global EV sales reached 17.76 million in 2024.\n")])
    (finding,) = compare(claims, group_claims(claims))
    assert finding.verdict == "conflict"
    assert {c.path for c in finding.claims} == {"a.txt", "c.txt"}


def test_a_bound_that_takes_a_side_stays():
    claims = annotated([("a.txt", "Global EV sales reached 16.1 million in 2024.\n"),
                        ("b.txt", "Global EV sales exceeded 17 million in 2024.\n"),
                        ("c.txt", "Global EV sales reached 17.76 million in 2024.\n")])
    (finding,) = compare(claims, group_claims(claims))
    assert {c.path for c in finding.claims} == {"a.txt", "b.txt", "c.txt"}


@pytest.mark.parametrize("hedged, plain, verdict", [
    # a plain figure written to fewer digits than an "about" one is its rounding: worth a warning
    ("Imports rose to about 71.99 million tonnes.\n", "Imports were 72.0mn tons.\n", "rounding"),
    ("进口量约为7199.4万吨。\n", "进口量为7199万吨。\n", "rounding"),
    # an "about" figure beside another value is that value rounded, as the seed key reads 74.5% beside 75%左右
    ("Imports were about 72 million tonnes.\n", "Imports were 71.99 million tonnes.\n", "rounding"),
    ("進口量約7200萬噸。\n", "進口量為7199萬噸。\n", "rounding"),
    ("美国约占75%左右。\n", "The US holds 74.5%.\n", "rounding"),
    # the same value said with and without "about": the same thing said
    ("Imports were about 72 million tonnes.\n", "Imports were 72 million tonnes.\n", "consistent"),
    # a bound that admits the other figure takes no side
    ("Imports were nearly 72 million tonnes.\n", "Imports were 71.99 million tonnes.\n", "consistent"),
])
def test_a_plain_figure_that_rounds_an_about_figure_is_its_rounding(hedged, plain, verdict):
    assert pair_verdict(figure(hedged), figure(plain)) == verdict
