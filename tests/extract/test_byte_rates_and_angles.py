"""Bytes against bits in a rate, and angles pint knows by name (issue 9, units: "angles (45 degrees, 0.8 rad: an
angle, never bytes)").

- "MB/s" is megabytes a second and "Mb/s" megabits: the capital B is the byte. "Mb/s" and "Gb/s" were matched
  without case, so "5 MB/s" read as 5 megabits a second (an eighth of the rate). They are matched as written now;
  "MB/s" reads as the byte symbol MB over seconds, as "KB/s" already did.
- A unit word that pint knows and that is dimensionless counted only if it measured information (gigabits); the
  angles pint names (arcminutes, arcseconds) were dropped with the ratios, leaving a count. An angle counts as
  bits do. Words pint reads as angles but news uses as counts (turns, revolutions) stay counts.
English only (Chinese writes 兆字节每秒, 角分). Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, text, value in the canonical unit, canonical unit, written unit, why)
CASES = [
    ("The drive copies at 500 MB/s.", "500 MB/s", 4e9, "bit / second", "megabyte / second", "MB/s"),
    ("It reads at 3 GB/s.", "3 GB/s", 2.4e10, "bit / second", "gigabyte / second", "GB/s"),
    ("The line runs at 5 Mb/s.", "5 Mb/s", 5e6, "bit / second", "megabit / second", "Mb/s, as before"),
    ("The link runs at 10 Gb/s.", "10 Gb/s", 1e10, "bit / second", "gigabit / second", "Gb/s, as before"),
    ("The star moved 30 arcminutes.", "30 arcminutes", 0.5, "degree", "arcminute", "arcminutes"),
    ("An error of 5 arcseconds.", "5 arcseconds", 5 / 3600, "degree", "arcsecond", "arcseconds"),
]


@pytest.mark.parametrize("sentence,text,value,unit,written,why", CASES, ids=[r[5] for r in CASES])
def test_unit(sentence, text, value, unit, written, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit, c.written_unit) for c in got] == [(text, unit, written)], \
        [(c.text, c.value, c.unit, c.written_unit) for c in got]
    assert got[0].value == pytest.approx(value, rel=1e-6)


@pytest.mark.parametrize("sentence", ["The wheel made 3 revolutions.", "We won 3 turns later."])
def test_turns_stay_counts(sentence):
    assert [c.unit for c in claims_in(sentence)] == ["count"]
