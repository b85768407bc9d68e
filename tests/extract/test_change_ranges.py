"""A range a change is given in (issue 9, ranges and changes): after a verb of change, "X to Y" is two figures (a
change and a level, or a level before and after) when the first has its own unit ("rose 0.7% to 6,327.80"), when
"from" opens it ("rose from 10 to 12 percent") or when neither has a unit ("rose 50 to 6,300"); but a bare number
then one of the same size (at most ten times it) with the unit and no "from" is one range the change lies in:
"rose 10 to 12 percent", "fell 3 to 5%", "增长10至12%". Sentences written for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.low, c.high, c.unit) for c in claims_in(sentence)]


# (sentence, text, |low|, |high|, unit, why)
RANGES = [
    ("Exports grew 6 to 8 percent last year.", "6 to 8 percent", 6.0, 8.0, "percent", "en: grew N to M percent"),
    ("Margins slipped 2 to 3%.", "2 to 3%", 2.0, 3.0, "percent", "en: slipped N to M%"),
    ("Costs rose 5 to 7 billion dollars.", "5 to 7 billion dollars", 5e9, 7e9, "USD", "en: money"),
    ("出口增长6至8%。", "6至8%", 6.0, 8.0, "percent", "hans: 增长N至M%"),
    ("利潤下滑2到3%。", "2到3%", 2.0, 3.0, "percent", "hant: 下滑N到M%"),
    # ends of one size written with their units are still one range
    ("预计今年出口增长10%至12%。", "10%至12%", 10.0, 12.0, "percent", "hans: 增长X%至Y%"),
    ("销量增长5万至8万辆。", "5万至8万辆", 5e4, 8e4, "count", "hans: 增长X万至Y万辆"),
]


@pytest.mark.parametrize("sentence,text,low,high,unit,why", RANGES, ids=[r[5] for r in RANGES])
def test_one_range(sentence, text, low, high, unit, why):
    got = claims_in(sentence)
    assert [(c.text, c.unit) for c in got] == [(text, unit)], _got(sentence)
    assert sorted([abs(got[0].low), abs(got[0].high)]) == [pytest.approx(low), pytest.approx(high)]


TWO = [
    ("The index climbed 1.1% to 4,210.50.", "en: own unit: a change and a level"),
    ("The jobless rate rose from 4 to 5 percent.", "en: from: a level before and after"),
    ("The index rose 40 to 5,120.", "en: no unit: a change and a level"),
    ("The share rose 3 to 60 percent.", "en: not of one size"),
    ("失业率从4%升至5%。", "hans: 从X升至Y"),
    # a Chinese verb of change, then ends far apart in size: the rise and the level it reached
    ("1月末外储环比上涨412亿美元至33991亿美元。", "hans: 上涨X至Y, ends 82x apart"),
    ("黃金儲備增加4萬盎司至7419萬盎司。", "hant: 增加X至Y"),
    ("上证指数下跌0.5%至3200点。", "hans: a rate and a level"),
]


@pytest.mark.parametrize("sentence,why", TWO, ids=[r[1] for r in TWO])
def test_two_figures(sentence, why):
    got = claims_in(sentence)
    assert len(got) == 2 and all(c.low is None or c.high is None for c in got), _got(sentence)
