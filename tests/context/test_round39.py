"""Round 39: mechanisms read off corpus-fresh42 (opened this round) and the corpora before it."""
from __future__ import annotations

import pytest

from helpers import annotated

from factcheck.group import group_claims


def _grouped(*texts: str) -> list[list[str]]:
    """The figures of each group, as written, pages named 0.txt, 1.txt …"""
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(texts)])
    return sorted(sorted(f"{cs[i].path}:{cs[i].text}" for i in g.members) for g in group_claims(cs))


_Y2014 = "In 2014, China's desertification area was 2.61 million square kilometers."
_Y2019 = "In 2019, China's desertification area was 2.57 million square kilometers."


def test_an_undated_figure_that_retells_one_vintage_joins_it():
    # 2,611,600 rounds to 2014's 2.61 million and disagrees with 2019's 2.57 million: 2014's, retold
    undated = "China's desertification area is 2,611,600 square kilometers."
    assert _grouped(_Y2014, _Y2019, undated) == [
        ["0.txt:2.61 million square kilometers", "2.txt:2,611,600 square kilometers"]]


@pytest.mark.parametrize("undated", [
    # between the two: it retells neither
    "China's desertification area is 2,590,000 square kilometers.",
    # a value of two digits may be any year's
    "China's desertification area is 2.6 million square kilometers.",
    # a hedged or bounded figure admits too much
    "China's desertification area is about 2,611,600 square kilometers.",
    "China's desertification area is more than 2,611,600 square kilometers.",
])
def test_an_undated_figure_that_retells_no_one_vintage_stays_out(undated):
    assert _grouped(_Y2014, _Y2019, undated) == []

