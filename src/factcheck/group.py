"""Stage 5, group: claims about the same quantity, across files, scripts and languages.

Blocking keeps this sub-quadratic: claims are bucketed by an exact key (unit, subject, topics, measure,
forecast or not), which the context stage has already normalised across scripts and languages. Inside a
bucket, periods split groups (a figure without a period joins the only dated group there is, or stays with
the undated ones), conflicting scopes never meet, and rapidfuzz compares the remaining descriptive words of
the metric (modifiers and basis markers) so that "global AI compute share" meets "global compute share" but
an unrelated description does not.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .model import Claim

METRIC_SIMILARITY = 80.0  # rapidfuzz token_set_ratio between metric strings inside one bucket


@dataclass(frozen=True)
class Group:
    members: tuple[int, ...]  # indices into the claim list, in claim order
    subject: str
    metric: str
    unit: str
    period: str | None


def block_key(c: Claim) -> tuple | None:
    ctx = c.context
    if ctx is None or not ctx.subject or not ctx.topics or c.kind in ("rank",):
        return None
    if c.unit == "count" and not c.noun:
        return None  # a bare number: too little to say what it counts
    return (c.unit, ctx.subject, ctx.topics, ctx.measure, "forecast" in ctx.basis, "adjusted" in ctx.basis,
            "top" in ctx.basis)


def group_claims(claims: list[Claim], similarity: float = METRIC_SIMILARITY) -> list[Group]:
    from rapidfuzz import fuzz  # imported when grouping, not at start-up

    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        key = block_key(c)
        if key is not None:
            blocks[key].append(i)
    groups: list[Group] = []
    for key in sorted(blocks, key=repr):
        members = blocks[key]
        if len(members) < 2:
            continue
        for part in _split_periods(claims, members):
            for scope_part in _split_scopes(claims, part):
                for cluster in _clusters(claims, scope_part, similarity, fuzz):
                    if len(cluster) >= 2 and _comparable(claims, cluster):
                        groups.append(_make(claims, cluster))
    groups.sort(key=lambda g: g.members[0])
    return groups


def _comparable(claims: list[Claim], cluster: list[int]) -> bool:
    """A group needs two documents, or one document restating one figure: one document giving different
    values ("mines 69% … refines 92%") is two quantities the context could not tell apart."""
    if len({claims[i].path for i in cluster}) >= 2:
        return True
    return len({(claims[i].value, claims[i].low, claims[i].high) for i in cluster}) == 1


def _split_periods(claims: list[Claim], members: list[int]) -> list[list[int]]:
    dated: dict[str, list[int]] = defaultdict(list)
    undated: list[int] = []
    for i in members:
        p = claims[i].context.period
        (dated[p] if p else undated).append(i)
    if len(dated) <= 1:
        return [members]  # undated figures meet the one dated group (000 undated vs 004 "2024")
    parts = [sorted(v) for _, v in sorted(dated.items())]
    if undated:
        parts.append(undated)
    return parts


def _split_scopes(claims: list[Claim], members: list[int]) -> list[list[int]]:
    scopes = {claims[i].context.scope for i in members} - {None}
    if len(scopes) <= 1:
        return [members]
    by: dict[str | None, list[int]] = defaultdict(list)
    for i in members:
        by[claims[i].context.scope].append(i)
    return [sorted(v) for _, v in sorted(by.items(), key=lambda kv: str(kv[0]))]


def _clusters(claims: list[Claim], members: list[int], similarity: float, fuzz) -> list[list[int]]:
    """Greedy clustering on the metric description: each claim joins the first cluster whose representative
    it resembles and whose stated basis it shares (capacity never meets output; a figure that states no basis
    meets either). Linear in the bucket for the common case of one cluster."""
    clusters: list[tuple[str, set[str], list[int]]] = []
    for i in members:
        ctx = claims[i].context
        m = ctx.metric or ""
        basis = {b for b in ctx.basis if b not in ("forecast", "adjusted", "top")}
        for rep, cb, cl in clusters:
            if (not basis or not cb or basis == cb) and fuzz.token_set_ratio(rep, m) >= similarity:
                cl.append(i)
                cb |= basis
                break
        else:
            clusters.append((m, set(basis), [i]))
    return [cl for _, _, cl in clusters]


def _make(claims: list[Claim], members: list[int]) -> Group:
    first = claims[members[0]]
    periods = sorted({claims[i].context.period for i in members if claims[i].context.period})
    metric = max((claims[i].context.metric or "" for i in members), key=len)
    return Group(tuple(sorted(members)), first.context.subject, metric, first.unit, "/".join(periods) or None)
