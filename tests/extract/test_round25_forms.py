"""Extraction forms of round 25: a rate is one figure with the base it is stated per; space-grouped thousands before
a comma."""
from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.model import Document


def _claims(text: str) -> list:
    doc = Document("t.txt", text, "utf-8", "", len(text))
    return extract_document(doc)


@pytest.mark.parametrize("text, figures", [
    # a count per a round base of a thousand or more is a rate: its value as written, its base kept
    ("The mortality rate was 13.7 per 100 000, down from 14.9 deaths per 100 000 in 2020.\n",
     [("13.7 per 100 000", 13.7, "count", 100_000.0), ("14.9 deaths per 100 000", 14.9, "count", 100_000.0)]),
    ("The birth rate was a record-low 6.3 births per 1,000 people.\n",
     [("6.3 births per 1,000", 6.3, "count", 1000.0)]),
    ("About 26.6 people per 100,000 die in road crashes.\n",
     [("About 26.6 people per 100,000", 26.6, "count", 100_000.0)]),
    # (and so is the Chinese form: M of every N people, N a thousand or more, or other things counted per N)
    ("非洲每10万人中有26.6人因道路交通事故而死亡。\n", [("每10万人中有26.6人", 26.6, "count", 100_000.0)]),
    ("發病率為每10萬人52例。\n", [("每10萬人52例", 52.0, "count", 100_000.0)]),
    ("孕产妇死亡率为每10万活产中有223例。\n", [("每10万活产中有223例", 223.0, "count", 100_000.0)]),
    ("每1000名新生儿中有38名死亡。\n", [("每1000名新生儿中有38名", 38.0, "count", 1000.0)]),
    # near misses: of every ten or hundred it is a share; money or weight per a base is a quantity of its own; a
    # base that is no round number is a figure of its own
    ("每10人中就有3人面临饥饿。\n", [("每10人中就有3人", 30.0, "percent", None)]),
    ("每100元中有30元用于房租。\n", [("每100元中有30元", 30.0, "percent", None)]),
    ("It costs $5 per 1,000 litres.\n", [("$5", 5.0, "USD", None), ("1,000 litres", 1.0, "meter ** 3", None)]),
    ("The fee was 20 per 1,250 visitors.\n", [("20", 20.0, "count", None), ("1,250", 1250.0, "count", None)]),
])
def test_a_rate_is_one_figure_with_its_base(text, figures):
    assert [(c.text, c.value, c.unit, c.per) for c in _claims(text)] == figures


@pytest.mark.parametrize("text, value", [
    # thousands grouped by spaces end where a comma and a space follow ("597 000, with a rate of …")
    ("Deaths were estimated at 597 000, with a mortality rate of 13.7.\n", 597_000.0),
    # near miss: a decimal comma after spaced thousands stays one number
    ("Le total était de 1 234,56 euros.\n", 1234.56),
])
def test_spaced_thousands_before_a_comma(text, value):
    assert _claims(text)[0].value == value


def test_a_rate_meets_only_rates_per_the_same_base():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent.parent / "context"))
    from helpers import frames

    from factcheck.group import block_key, explain

    rate = frames("In 2023 the world's TB incidence rate was 134 new cases per 100,000 people.\n")[
        "134 new cases per 100,000"]
    chinese = frames("2023年全球结核病发病率为每10万人中有133人。\n")["每10万人中有133人"]
    count = frames("In 2023 the world recorded 134 new TB cases in the survey.\n")["134"]
    assert rate.per == chinese.per == 100_000.0 and count.per is None
    assert block_key(rate) is not None and block_key(rate)[-1] == 100_000.0
    if block_key(count) is not None:
        assert block_key(count) != block_key(rate)
    assert explain(rate, count).startswith("rate base differs")
