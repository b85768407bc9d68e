"""Speeds named before the figure, the watt-hour written out, and ranges and bounds in words (issue 9, units and
ranges). Sentences written for these tests.

- A rate word before the figure makes the unit after it a rate (`[[rate_before]]` of units.toml): 时速 and 每小时
  were listed; per second and per minute are read the same way (秒速五公里, 风速每秒12米, 每分钟前进30米), for any
  length unit the table names. A per-day word still turns only barrels into a flow (每天跑十公里 is a distance).
- The watt-hour written as a word (瓦时, 瓦小时, watt-hour, watt hours) was read as watts, the unit of power; the
  singular hyphenated kilowatt-hour joins its plural.
- "from X up to Y" is one range: "up to" alone is a ceiling, but "from" gives it a floor. After a verb of change
  ("grew from 10 up to 20") the two stay two figures, as "rose from 3.5% to 4.2%" does.
- "up to and including 50" is a ceiling (it was read as a bare 50); "north of $10 billion" and "south of 50" are
  market slang for above and below a mark (a place after them is no figure: "50 miles north of Boston")."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.low, c.high, c.unit, c.qualifier) for c in claims_in(sentence)]


# (sentence, text, value in the canonical unit, canonical unit, why)
UNITS = [
    ("探测器秒速五公里", "五公里", 5000.0, "meter / second", "秒速 + 公里, hans"),
    ("風速每秒12米", "12米", 12.0, "meter / second", "每秒 + 米, hant"),
    ("风速每秒钟八米", "八米", 8.0, "meter / second", "每秒钟"),
    ("隊伍每分鐘前進30米", "30米", 0.5, "meter / second", "每分鐘, hant"),
    ("电池容量为四百瓦时", "四百瓦时", 400.0, "watt_hour", "瓦时, hans"),
    ("電池容量為四百瓦時", "四百瓦時", 400.0, "watt_hour", "瓦時, hant"),
    ("A 60 watt-hour pack.", "60 watt-hour", 60.0, "watt_hour", "watt-hour"),
    ("It stores 300 watt hours.", "300 watt hours", 300.0, "watt_hour", "watt hours"),
    ("A 60 kilowatt-hour pack.", "60 kilowatt-hour", 60000.0, "watt_hour", "kilowatt-hour"),
    ("他每天跑十公里", "十公里", 10000.0, "meter", "每天: a distance, not a speed"),
]


@pytest.mark.parametrize("sentence,text,value,unit,why", UNITS, ids=[r[4] for r in UNITS])
def test_rate_and_energy_units(sentence, text, value, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)], _got(sentence)
    assert got[0].value == pytest.approx(value, rel=1e-6)


# (sentence, [(text, low, high, qualifier)], why)
BOUNDS = [
    ("Pick any number from 10 up to 20.", [("10 up to 20", 10.0, 20.0, None)], "from … up to"),
    ("Tickets cost from $5 up to $8.", [("$5 up to $8", 5.0, 8.0, None)], "from $ … up to $"),
    ("Salaries run from 30,000 up to 50,000 euros.", [("30,000 up to 50,000 euros", 30000.0, 50000.0, None)],
     "the unit after the second end"),
    ("The club grew from 10 up to 20 members.", [("10", None, None, None), ("up to 20", None, 20.0, "at_most")],
     "after a verb of change: two figures"),
    ("Up to 20 people may enter.", [("Up to 20", None, 20.0, "at_most")], "up to alone: a ceiling"),
    ("Groups of up to and including 50 people.", [("up to and including 50", None, 50.0, "at_most")],
     "up to and including"),
    ("The deal is worth north of $10 billion.", [("north of $10 billion", 1e10, None, "over")], "north of"),
    ("Shares trade south of 50.", [("south of 50", None, 50.0, "under")], "south of"),
    ("The town lies 50 miles north of Boston.", [("50 miles", None, None, None)], "north of a place"),
]


@pytest.mark.parametrize("sentence,want,why", BOUNDS, ids=[r[2] for r in BOUNDS])
def test_bounds_in_words(sentence, want, why):
    got = [(c.text, c.low, c.high, c.qualifier) for c in claims_in(sentence)]
    assert got == want, _got(sentence)
