"""Which review applies to which finding, and which reviews are proven stale.

A review names a disagreement by its fingerprint (compare.fingerprint: what the group is about and its set of
distinct values). A finding with that fingerprint is reviewed. When no finding has it (the context stage read
a facet differently, or the ledger was written by 0.2.0, whose fingerprints named the documents), the review
is matched by what it recorded: its values (or, in 0.2.0 ledgers, its figures "TEXT in PATH", looked up among
this run's claims) and its documents. For a finding of the same subject sharing a document:

- the same set of values: the same disagreement under a new fingerprint. The review applies and is migrated
  (`Ledger.migrate`: the entry gets the new fingerprint, the old one is kept in `previous`);
- fewer values, all of them reviewed (a value was corrected): the review still covers the finding;
- more values (a new figure joined): a new finding, unreviewed, that shows the earlier review and its note.

A review matched none of these ways is stale only when it is proven stale: every document it names was read in
this run and the disagreement is gone (a figure it records is no longer stated in its document). A review about
files outside the scanned paths, about documents that could not be read, or whose figures are all still stated
(only grouped differently today) is never stale.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Applied:
    findings: tuple  # the findings with `review` (and `earlier`) attached; those reviewed "wrong" dropped
    stale: tuple  # ledger.Review, proven stale
    migrated: tuple  # (old fingerprint, finding) of reviews found again under a new fingerprint


def repo_relative(root: str | os.PathLike | None):
    """A function turning a path as shown (relative to the working directory) into one relative to `root`."""
    if root is None:
        return lambda p: p
    root = os.path.realpath(root)
    cwd = os.getcwd()

    def rel(path: str) -> str:
        full = os.path.realpath(os.path.join(cwd, path))
        r = os.path.relpath(full, root)
        return full if r == ".." or r.startswith("../") else r.replace(os.sep, "/")

    return rel


def _review_dict(r, how: str | None = None) -> dict:
    d = {"status": r.status, "note": r.note}
    if how:
        d.update(fingerprint=r.fingerprint, date=r.date, reviewer=r.reviewer)
    return d


def apply(findings, ledger, claims=(), documents=(), rel=None) -> Applied:
    """Attach reviews to findings (see the module docstring). `claims`: every claim of the run (to read a
    0.2.0 review's figures); `documents`: the paths read in this run (shown form); `rel`: shown path ->
    repository-relative path."""
    from .compare import value_key
    from .group import subject_key

    rel = rel or (lambda p: p)
    by_fp = ledger.reviews
    found = {f.fingerprint for f in findings}
    loose = [r for fp, r in sorted(by_fp.items()) if fp not in found]
    facts = [(f, {value_key(c) for c in f.claims}, {rel(c.path) for c in f.claims}) for f in findings]
    relation: dict[str, tuple[str, object]] = {}  # review fingerprint -> (how, finding)
    written: dict[tuple[str, str], str] = {}  # (figure as written, repository-relative path) -> value
    for c in claims:
        written.setdefault((c.text, rel(c.path)), value_key(c))
    if loose:
        taken: set[str] = set()
        by_value: dict[str, list[int]] = {}  # value -> the findings stating it: candidates share a value
        for n, (_, vals, _) in enumerate(facts):
            for v in vals:
                by_value.setdefault(v, []).append(n)
        for r in loose:
            values = set(r.values) or {written[p] for p in r.figures if p in written}
            docs = set(r.documents)
            best = None
            if len(values) < 2:
                continue
            for n in sorted({n for v in values for n in by_value.get(v, ())}):
                f, vals, fdocs = facts[n]
                if docs and not docs & fdocs:
                    continue
                same_subject = r.subject is None or subject_key(r.subject) == subject_key(f.group.subject)
                if vals == values:
                    how = "same"
                elif len(vals) >= 2 and vals < values:
                    how = "covered"
                elif values < vals:
                    how = "grown"
                else:
                    continue
                if not same_subject and not (how == "same" and docs and docs <= fdocs):
                    continue
                rank = (("same", "covered", "grown").index(how), f.fingerprint in taken, -len(docs & fdocs),
                        len(vals), f.fingerprint)
                if best is None or rank < best[0]:
                    best = (rank, how, f)
            if best is not None:
                relation[r.fingerprint] = (best[1], best[2])
                if best[1] != "grown":
                    taken.add(best[2].fingerprint)
    review_of: dict[str, object] = {}
    earlier_of: dict[str, object] = {}
    migrated = []
    for fp, (how, f) in sorted(relation.items()):
        r = by_fp[fp]
        if how == "grown":
            earlier_of.setdefault(f.fingerprint, r)
        elif f.fingerprint not in review_of:
            review_of[f.fingerprint] = r
            if how == "same" and f.fingerprint not in by_fp:
                migrated.append((fp, f))
    out = []
    for f in findings:
        r = by_fp.get(f.fingerprint) or review_of.get(f.fingerprint)
        if r is not None and r.status == "wrong":
            continue
        e = earlier_of.get(f.fingerprint) if r is None else None
        out.append(replace(f, review=_review_dict(r) if r else None,
                           earlier=_review_dict(e, "earlier") if e else None))
    read = {rel(p) for p in documents}
    matched = found | set(relation)
    stale = tuple(r for fp, r in sorted(by_fp.items())
                  if fp not in matched and r.status != "wrong" and r.documents and set(r.documents) <= read
                  and not (r.figures and all(p in written for p in r.figures)))
    return Applied(tuple(out), stale, tuple(migrated))
