"""Roads, lines and routes named by a number (issue 9, not claims: names with a number): 318国道, 国道318线,
省道205线 in Chinese, bus 42, route 66, highway 101 in lower-case English (capitalised "Route 66" read as a name
before). A unit after the number still makes a quantity (全长318公里的国道, 66 miles on the route). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from conftest import claims_in


def _got(sentence):
    return [(c.text, c.value, c.unit) for c in claims_in(sentence)]


ROUTE_NAMES = [
    ("车队沿着318国道向西行驶。", "zh-Hans: N国道"),
    ("車隊沿著318國道向西行駛。", "zh-Hant: N國道"),
    ("事故发生在国道107线附近。", "zh-Hans: 国道N线"),
    ("事故發生在國道107線附近。", "zh-Hant: 國道N線"),
    ("She waited for bus 42 in the rain.", "English bus"),
    ("They drove down route 66 all night.", "English route"),
    ("Traffic on highway 101 was heavy.", "English highway"),
]


@pytest.mark.parametrize("sentence,why", ROUTE_NAMES, ids=[r[1] for r in ROUTE_NAMES])
def test_a_route_number_is_a_name(sentence, why):
    assert claims_in(sentence) == [], _got(sentence)


@pytest.mark.parametrize("sentence,value", [
    ("这条国道全长318公里。", 318000.0),
    ("They drove 66 miles along the route.", 106216.704),
])
def test_a_unit_after_still_makes_a_quantity(sentence, value):
    assert [c.value for c in claims_in(sentence)] == [pytest.approx(value)], _got(sentence)
