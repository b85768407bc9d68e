"""Round 51: mechanisms read off corpus-fresh54 (opened this round: the Huangguoshu Waterfall, the Taklamakan Desert,
Mount Emei). Two sizes one page states of one thing, which its frames do not tell apart (a fall's whole height and its
main drop's), are two quantities on every page: inside the 2x window of one named thing's dimension, another page's
figure for each never meets the other's."""
from __future__ import annotations

from factcheck.group import group_claims

from helpers import annotated

BOTH = ("a.txt", "Kerepa Tower is 828 m tall. Kerepa Tower is also 586 m tall to its roof.\n")
ONE = ("b.txt", "Kerepa Tower is 830 m tall.\n")
OTHER = ("c.txt", "Kerepa Tower is 586 m tall.\n")


def _together(pages, x: str, y: str) -> bool:
    cs = annotated(pages)
    return any({x, y} <= {cs[i].text for i in g.members} for g in group_claims(cs))


def test_two_sizes_a_page_states_stay_apart_on_other_pages():
    assert not _together([BOTH, ONE, OTHER], "830 m", "586 m")


def test_without_such_a_page_the_2x_window_still_joins_them():
    assert _together([ONE, OTHER], "830 m", "586 m")
