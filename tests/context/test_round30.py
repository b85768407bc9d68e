"""Round 30: rules read off real pages (corpus-fresh33 opened for reading, corpus-fresh32), each with the near misses
that must stay apart. Sentences are written for these tests, in the forms those pages use."""
from __future__ import annotations

import pytest

from factcheck.group import explain, group_claims, unanchored

from helpers import annotated

DATED = "In 2015, an estimated 46.8 million people worldwide were living with dementia, the federation said."


def _together(*texts) -> set[tuple[str, ...]]:
    """The groups of the pages' figures, each as the figures' texts (page order)."""
    cs = annotated([(f"{k}.txt", t) for k, t in enumerate(texts)])
    return {tuple(cs[i].text for i in g.members) for g in group_claims(cs)}


@pytest.mark.parametrize("undated, joins", [
    # no one named, no when or where: it retells the dated figure (the same value, or that value rounded)
    ("Some 46.8 million people are living with dementia, the charity says.", True),
    ("Around 47 million people are living with dementia, the charity says.", True),
    # ... but a value the dated figure does not round to may be another year's: it stays out
    ("Some 55 million people are living with dementia, the charity says.", False),
    # a figure of another object never joins
    ("Some 46.8 million people are living with diabetes, the charity says.", False),
])
def test_a_figure_saying_no_when_or_where_joins_the_dated_figure_it_retells(undated, joins):
    figure = undated.split(" people")[0]
    groups = _together(DATED, undated)
    assert (("an estimated 46.8 million", figure) in groups) is joins


def test_a_rounded_retelling_is_reported_as_rounding_and_why_says_when_it_stays_out():
    from factcheck.compare import compare

    cs = annotated([("0.txt", DATED), ("1.txt", "Around 47 million people are living with dementia, the charity says.")])
    findings = compare(cs, group_claims(cs))
    assert [f.verdict for f in findings] == ["rounding"]
    far = annotated([("0.txt", DATED), ("1.txt", "Some 55 million people are living with dementia, the charity says.")])
    assert explain(far[0], far[1]) == ("Some 55 million: no one is named, and nothing says when or where; it disagrees "
                                       "with an estimated 46.8 million, so it may be another year's figure")


def test_it_joins_only_a_cluster_it_fits_alone():
    # two dated clusters it fits equally (2015 and 2019 figures of the same value on pages of no period): it joins neither
    dated_2019 = "In 2019, an estimated 46.8 million people worldwide were living with dementia, the federation said."
    undated = "Some 46.8 million people are living with dementia, the charity says."
    cs = annotated([("0.txt", DATED), ("1.txt", dated_2019), ("2.txt", undated)])
    assert not any(2 in g.members for g in group_claims(cs))


def test_figures_saying_no_when_or_where_never_make_a_group_of_their_own():
    a = "Some 46.8 million people are living with dementia, the charity says."
    b = "Around 47 million people are living with dementia, the report says."
    cs = annotated([("0.txt", a), ("1.txt", b)])
    assert all(unanchored(c) for c in cs)
    assert group_claims(cs) == []
    assert "neither names anyone, nor says when or where" in explain(cs[0], cs[1])


def test_a_figure_dated_or_placed_is_anchored():
    cs = annotated([("0.txt", DATED), ("1.txt", "In Japan, 4.6 million people are living with dementia.")])
    assert not any(unanchored(c) for c in cs)


def test_a_share_saying_no_when_or_where_has_a_key_but_meets_no_figure_like_it():
    from factcheck.group import block_key

    cs = annotated([("0.txt", "Some 35% of adults smoke.\n"), ("1.txt", "About 35% of adults smoke.\n")])
    assert all(block_key(c) is not None and unanchored(c) for c in cs)
    assert group_claims(cs) == []
    assert explain(cs[0], cs[1]) == "Some 35% and About 35%: neither names anyone, nor says when or where"


@pytest.mark.parametrize("one, other, together", [
    # two age bands: two groups of people, never one figure (the review's remark on this round's age rule)
    ("In 2022, children under 5 accounted for 4.9 million deaths worldwide.",
     "In 2022, children under 15 accounted for 5.9 million deaths worldwide.", False),
    ("2023年,16-24岁青年失业率为14.9%。", "2023年,25-29岁青年失业率为6.1%。", False),
    # one band however written (under 5, 5岁以下), or a band beside a figure naming none: they may meet
    ("In 2022, children under 5 accounted for 4.9 million deaths worldwide.", "2022年全球5岁以下儿童死亡人数为490万。",
     True),
])
def test_two_age_bands_keep_figures_apart(one, other, together):
    cs = annotated([("0.txt", one), ("1.txt", other)])
    assert bool(group_claims(cs)) is together
    if not together:
        assert explain(cs[0], cs[1]).startswith("age band differs")
