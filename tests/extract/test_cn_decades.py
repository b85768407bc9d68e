"""N年代 is a decade, not N years (issue 9, "not claims": years used as names stay periods).

八十年代 is "the eighties" as "the 1980s" is in English (which was already no figure); it was read as a duration
of 80 years, a figure that compared with every "80 years" of a document. A figure in years written right before 代
is a decade: a period, not a claim, in any numeral script (八十年代, 80年代, 九〇年代, 1990年代). 代价 (a cost),
代表, 代替 and 代理 begin other words, so 三十年代价 keeps its thirty years. zh-Hans and zh-Hant; sentences written
for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, [(text, value)], why)
CASES = [
    ("上世纪八十年代经济快速增长", [], "八十年代, hans"),
    ("上世紀八十年代經濟快速增長", [], "八十年代, hant"),
    ("他是80年代出生的", [], "80年代"),
    ("九〇年代的流行音乐", [], "九〇年代"),
    ("1990年代的互联网", [], "1990年代"),
    ("他工作了三十年", [("三十年", 30.0)], "三十年: a duration"),
    ("他用三十年代价换来了成功", [("三十年", 30.0)], "代价 is a word"),
    ("三十年代表了一个时代", [("三十年", 30.0)], "代表 is a word"),
]


@pytest.mark.parametrize("sentence,want,why", CASES, ids=[r[2] for r in CASES])
def test_decade(sentence, want, why):
    assert [(c.text, c.value) for c in claims_in(sentence)] == want
