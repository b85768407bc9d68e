"""A figure that ends in a scale word is never a name, a label or a rank (corpus mentions missed: "China Records
915 Million Online Shopping Users", "TO CROSS 5 BILLION PASSENGER MILESTONE", "top 30.09 million units",
"just shy of the five-billion figure").

- A capitalised word before a bare number names a product or a series (Windows 11, Llama 3) and "top" or
  "Phase" labels a rank or a stage (the top 10, Phase 3). In a headline written in Title Case or capitals every
  word is capitalised, and "top" is also a verb ("shipments could top 30 million"). No product, rank or label is
  numbered with a scale word, so a figure ending in one (million, billion, 万, 亿) is a quantity. A Chinese rank
  word keeps its rank (前10万名 ranks by a scaled number).
- A number word and its scale word joined by a hyphen (the five-billion mark, a twenty-one-million fund, a
  ten-million-dollar grant) is that number, as "a $5-million budget" is in digits.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, value, unit)], why)
CASES = [
    ("Brazil Reports 210 Million Mobile Subscribers", [("210 Million", 2.1e8, "count")], "Title Case headline"),
    ("PORTS HANDLE 3 BILLION TONNES", [("3 BILLION TONNES", 3e9, "metric_ton")], "capitals headline"),
    ("Orders could top 8.4 million units in 2026.", [("top 8.4 million", 8.4e6, "count")], "top as a verb"),
    ("Exports Top 1.2 Trillion", [("Top 1.2 Trillion", 1.2e12, "count")], "Top in a headline"),
    ("The fund neared the ten-million mark.", [("ten-million", 1e7, "count")], "hyphenated scale word"),
    ("It is a twenty-one-million programme.", [("twenty-one-million", 2.1e7, "count")], "two number words"),
    ("They won a two-billion-dollar contract.", [("two-billion-dollar", 2e9, "USD")], "unit after the scale"),
    ("台湾出口额突破4500亿美元", [("突破4500亿美元", 4.5e11, "USD")], "zh-Hans control"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[c[2] for c in CASES])
def test_scaled_figure_is_a_quantity(sentence, want, why):
    got = [(c.text, c.value, c.unit) for c in claims_in(sentence)]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in want], got
    for (_, v, _), (_, w, _) in zip(got, want):
        assert v == pytest.approx(w)


@pytest.mark.parametrize("sentence", [
    "Microsoft released Windows 11 today.",
    "The top 10 brands sold more.",
    "The drug entered Phase 3 trials.",
    "排名前10万名的考生可以报名",
    "排名前十萬名的考生可以報名",
    "a one-time fee",
])
def test_unscaled_names_ranks_and_labels_stay(sentence):
    assert claims_in(sentence) == [], [(c.text, c.value) for c in claims_in(sentence)]


# Verbs of passing a mark (hedges.toml: top, tops, cross, crossed) make the figure a floor; "cross" also means
# going over something counted, so before a bare count with no scale word it is no bound.
# (sentence, text, qualifier)
MARKS = [
    ("Visitors are set to cross 3 million this year.", "cross 3 million", "over"),
    ("FARES CROSS 2 BILLION YUAN", "CROSS 2 BILLION YUAN", "over"),
    ("Unemployment crossed 9% in May.", "crossed 9%", "over"),
    ("Revenue could top 40 million dollars.", "top 40 million dollars", "over"),
    ("The new line crosses 4 rivers.", "4", None),
]


@pytest.mark.parametrize("sentence,text,qualifier", MARKS, ids=[m[1] for m in MARKS])
def test_passing_a_mark(sentence, text, qualifier):
    got = claims_in(sentence)
    assert [(c.text, c.qualifier) for c in got] == [(text, qualifier)], [(c.text, c.qualifier) for c in got]
