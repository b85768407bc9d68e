"""compare.fingerprint and reviews.apply in-process: the fingerprint is the disagreement (quantity facets and the
set of distinct values), stable under changes to the frame's words; a review whose fingerprint changed anyway
(a facet read differently) is found again by its values and documents."""
from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import REPO, SEEDS

from factcheck.compare import compare, fingerprint
from factcheck.group import group_claims
from factcheck.ledger import Ledger
from factcheck.pipeline import run_claims
from factcheck.reviews import apply


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    import os

    here = os.getcwd()
    os.chdir(REPO)
    try:
        run = run_claims([str(SEEDS.relative_to(REPO))], with_context=True)
    finally:
        os.chdir(here)
    claims = list(run.claims)
    return run, claims, compare(claims, group_claims(claims))


def _failing(findings):
    return [f for f in findings if f.verdict != "consistent"]


def test_the_frames_words_and_the_documents_do_not_change_a_fingerprint(seeds):
    _, _, findings = seeds
    for f in _failing(findings):
        members = list(f.claims)
        reworded = [replace(c, context=replace(c.context, words=("other", "words"), topics=c.context.topics + ("x",)),
                            path="moved/" + c.path, line=c.line + 40, text=c.text + "左右")
                    for c in members]
        assert fingerprint(reworded, f.group) == f.fingerprint
        fewer = [c for c in members if c.path != members[0].path]  # one document less, same values?
        if {c.value for c in fewer} == {c.value for c in members}:
            assert fingerprint(fewer, f.group) == f.fingerprint
        other_value = [replace(members[0], value=(members[0].value or 0) + 7)] + members[1:]
        assert fingerprint(other_value, f.group) != f.fingerprint


def test_a_review_is_found_again_when_a_facet_is_read_differently(seeds):
    run, claims, findings = seeds
    led = Ledger.load(REPO / "claims.toml")
    shifted = [replace(f, group=replace(f.group, period="2099"),
                       fingerprint=fingerprint(list(f.claims), replace(f.group, period="2099")))
               for f in findings]
    docs = [d.path for d in run.documents]
    got = apply(shifted, led, claims, docs)
    reviewed = [f for f in got.findings if f.review]
    assert len(reviewed) == 4 and not got.stale
    assert len(got.migrated) == 4  # same values, same documents: the same disagreement
    # a review about a document this run did not read is never stale
    part = apply([], led, [c for c in claims if "004_" not in c.path], [d for d in docs if "004_" not in d])
    assert part.stale == ()
