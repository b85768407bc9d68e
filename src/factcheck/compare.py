"""Stage 6, compare: a verdict for each group, with the reason in words.

Each figure stands for an interval of true values: a plain figure for the values that round to it (75 ->
[74.5, 75.5), 74.5 -> [74.45, 74.55)), a hedged one for more (约15 -> [14, 16]; 近50 -> below 50.5; 超过60 ->
from 59.5 up). Two figures from different documents are
  consistent  when they say the same (equal values, or a bound or a range that admits the other),
  rounding    when their intervals overlap although the values differ (74.5% vs 75%, and 74.5% vs 75%左右:
              a point hedged with "about" is the other value rounded, as the seed key reads it),
  conflict    when their intervals are disjoint (92% vs 91%, 69% vs 60%).
A group's verdict is its most severe pair. Figures of one document are not compared with each other: a
document that gives two values for what looks like one quantity is usually stating two bases. A bound that
admits every other figure of a disagreeing group ("exceeded 17 million" beside 17.1 and 17.76 million) takes no
side and leaves the group.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import unicodedata
from dataclasses import dataclass

from .group import _BOUNDS, Group, subsets
from .model import Claim

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
SEVERITY = {"conflict": "error", "rounding": "warning", "consistent": "info"}
_RANK = {"consistent": 0, "rounding": 1, "conflict": 2}


@dataclass(frozen=True)
class Finding:
    group: Group
    verdict: str
    severity: str
    reason: str
    fingerprint: str
    claims: tuple[Claim, ...] = ()  # the group's claims, in claim order
    review: dict | None = None  # {"status": …, "note": …} once the ledger is consulted
    earlier: dict | None = None  # an earlier review of this quantity with fewer values (status, note, date, …)


def interval(c: Claim) -> tuple[float, float]:
    """The true values a figure admits, as written (its last digit, its hedge)."""
    if c.value is None:
        return c.low, c.high  # a range already says how wide it is
    v = c.value
    u = _unit_of_last_digit(c)
    q = c.qualifier
    if q == "approx":
        return v - u, v + u
    if q in ("over", "at_least"):
        return v - u / 2, math.inf
    if q in ("under", "at_most"):
        if q == "under" and _near(c):  # "nearly 60%": close below its mark
            return min(v * (1 - NEAR), v - u / 2), v + u / 2
        return -math.inf, v + u / 2
    return v - u / 2, v + u / 2


NEAR = 0.05  # how far below its mark "nearly", 近 and "almost" reach (a twentieth)


def _near(c: Claim) -> bool:
    """The figure's hedge says it is close to its mark: nearly, almost, 近, 接近 (hedges.toml `near`)."""
    from .normalize import to_simplified

    head = to_simplified(unicodedata.normalize("NFKC", c.text)).lower()
    return any(head.startswith(w) for w in _near_words())


@functools.lru_cache(maxsize=1)
def _near_words() -> tuple[str, ...]:
    from .knowledge import _data

    return tuple(sorted(_data("hedges.toml").get("near", ()), key=len, reverse=True))


def _unit_of_last_digit(c: Claim) -> float:
    """The size of the last written digit in the canonical unit: 74.5% -> 0.1; 1.7兆美元 -> 1e11; 430亿 -> 1e8."""
    wv = c.written_value if c.written_value is not None else c.value
    written_digits = 10.0 ** -c.decimals
    if c.value and wv and c.kind != "physical":
        # scale words multiply the written digits: 1.7兆 -> the 7 counts 1e11
        return written_digits * abs(c.value / _mantissa(c))
    if c.kind == "physical" and wv:
        return written_digits * abs(c.value / wv) * abs(wv / _mantissa(c))
    return written_digits


def _mantissa(c: Claim) -> float:
    """The number as its digits are written, before scale words (1.7 of 1.7兆)."""
    m = _DIGITS.search(unicodedata.normalize("NFKC", c.text))
    if not m:
        return c.value or 1.0
    try:
        x = float(m.group().replace(",", ""))
    except ValueError:
        return c.value or 1.0
    return x or 1.0


def pair_verdict(a: Claim, b: Claim, tolerance: float = 0.0) -> str:
    """consistent, rounding or conflict; `tolerance` (relative) widens what counts as rounding."""
    if (a.value, a.low, a.high) == (b.value, b.low, b.high):
        return "consistent"
    ia, ib = interval(a), interval(b)
    if ia[1] <= ib[0] or ib[1] <= ia[0]:
        if tolerance and a.value is not None and b.value is not None and \
                abs(a.value - b.value) <= tolerance * max(abs(a.value), abs(b.value)):
            return "rounding"
        return "conflict"
    if a.qualifier or b.qualifier or a.value is None or b.value is None:
        # a bound or a range that admits the other figure says the same thing; but a point hedged with "about"
        # beside another value is that one rounded ("约4.61万台" and 46,106 units, "75%左右" and 74.5%, "about 71.99
        # million tonnes" and "72.0mn tons"), as a plain 75% beside 74.5% is
        if (_admits(ia, b) or _admits(ib, a)) and not _about_another(a, b):
            return "consistent"
    return "rounding"


def _about_another(a: Claim, b: Claim) -> bool:
    """One side is a point hedged with "about" (no bound), the other a point of another value, plain or hedged
    alike (equal values were consistent before this is asked)."""
    return any(h.qualifier and h.qualifier not in _BOUNDS and o.qualifier not in _BOUNDS and
               h.value is not None and o.value is not None and h.low is None and o.low is None
               for h, o in ((a, b), (b, a)))


def _admits(iv: tuple[float, float], c: Claim) -> bool:
    vals = [c.value] if c.value is not None else [c.low, c.high]
    return all(iv[0] <= v <= iv[1] for v in vals)


def judge(claims: list[Claim], group: Group, tolerance: float = 0.0) -> Finding:
    members = [claims[i] for i in group.members]
    # figures written the same way behave the same: compare distinct (figure, document set) once each
    by_sig: dict[tuple, tuple[Claim, set[tuple]]] = {}
    for c in members:
        sig = (c.value, c.low, c.high, c.qualifier, c.decimals, c.unit)
        said = (c.path, c.context.source if c.context else None)  # a document quoting two sources counts twice
        if sig in by_sig:
            by_sig[sig][1].add(said)
        else:
            by_sig[sig] = (c, {said})
    sigs = list(by_sig.values())
    worst = "consistent"
    worst_pair: tuple | None = None
    for i, (a, da) in enumerate(sigs):
        for b, db in sigs[i + 1:]:
            if da == db and len(da) == 1:
                continue  # one document stating two figures: not judged (see the module docstring)
            v = pair_verdict(a, b, tolerance)
            if _RANK[v] > _RANK[worst]:
                worst, worst_pair = v, (a, da, b, db)
                if worst == "conflict":
                    break
        if worst == "conflict":
            break
    reason = _reason(members, group, worst, worst_pair)
    return Finding(group, worst, SEVERITY[worst], reason, fingerprint(members, group), tuple(members))


def describe(finding: Finding) -> list[str]:
    """One line per claim: "74.5% in seeds/000_….txt" (no line numbers: they move)."""
    return [f"{c.text} in {c.path}" for c in finding.claims]


def _fmt(c: Claim) -> str:
    if c.value is None:
        return f"{_num(c.low)}–{_num(c.high)}{_unit_suffix(c)}"
    hedge = {"approx": "~", "over": ">", "under": "<", "at_least": "≥", "at_most": "≤"}.get(c.qualifier or "", "")
    return f"{hedge}{_num(c.value)}{_unit_suffix(c)}"


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:,.6g}" if abs(x) < 1e15 else f"{x:.6g}"


def _unit_suffix(c: Claim) -> str:
    return {"percent": "%", "percentage_points": " pp", "times": "×", "count": ""}.get(c.unit, f" {c.unit}")


def _docname(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def _reason(members: list[Claim], group: Group, verdict: str, pair) -> str:
    by_value: dict[str, list[str]] = {}
    for c in members:
        by_value.setdefault(_fmt(c), [])
        src = c.context.source if c.context and c.context.source else None
        name = _docname(c.path) + (f" (per {src})" if src else "")
        if name not in by_value[_fmt(c)]:
            by_value[_fmt(c)].append(name)
    stated = "; ".join(f"{v} in {', '.join(docs)}" for v, docs in by_value.items())
    what = f"{group.subject} · {group.metric}" + (f" · {group.period}" if group.period else "")
    bases = sorted({b for c in members for b in (c.context.basis if c.context else ())
                    if b not in ("forecast", "adjusted") and not subsets((b,))})
    basis_note = f" Bases stated: {', '.join(bases)}." if len(bases) > 1 else ""
    if verdict == "consistent":
        return f"{what}: {stated}. The figures agree.{basis_note}"
    a, da, b, db = pair
    # name the documents that say one and not the other: those are the ones compared
    wa, wb = _said(da - db or da), _said(db - da or db)
    if verdict == "rounding":
        why = (f"{_fmt(a)} ({wa}) and {_fmt(b)} ({wb}) differ only within the precision of the less precise "
               "figure")
    else:
        why = f"{_fmt(a)} ({wa}) and {_fmt(b)} ({wb}) cannot both be right"
    period = "period" if group.period else "period (none stated)"
    return (f"{what}: {stated}. Compared across documents because subject, measure, object, unit and {period} "
            f"match; {why}.{basis_note}")


def _said(who: set[tuple]) -> str:
    """"000.txt, 001.txt" or "000.txt per Gartner" for a set of (path, source)."""
    names = []
    for path, src in sorted(who, key=lambda t: (t[0], t[1] or "")):
        name = _docname(path) + (f" per {src}" if src else "")
        if name not in names:
            names.append(name)
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def value_key(c: Claim) -> str:
    """A figure's value as fingerprints and reviews compare it: the number in its canonical unit, without its
    hedge or its wording (74.5%, 约75% -> "75%", 75%左右 -> "75%", 3万—4万亿美元 -> a range)."""
    if c.value is None:
        return f"{_num(c.low)}–{_num(c.high)}{_unit_suffix(c)}"
    return f"{_num(c.value)}{_unit_suffix(c)}"


def quantity_of(members: list[Claim], group: Group) -> dict:
    """The coarse, stable facets of what a group is about: subject, measure kind, unit, period and the basis
    flags every member shares (forecast, adjusted, former, top). Not the object's words: they move as the context
    stage is tuned, and a review must not be orphaned by a better reading of the same sentence."""
    ctx = next((c.context for c in members if c.context is not None), None)
    basis = sorted(b for b in (ctx.basis if ctx is not None else ()) if b in ("forecast", "adjusted", "former") or
                   subsets((b,)))
    return {"subject": group.subject, "measure": ctx.measure if ctx else None, "unit": group.unit,
            "period": group.period, "basis": basis}


def fingerprint(members: list[Claim], group: Group, object_too: bool = False) -> str:
    """The fingerprint of a disagreement: what the group is about (quantity_of) and the set of distinct values
    stated in it. It does not depend on which documents state them, on line numbers or on the wording of a
    figure: a new document restating a reviewed value keeps the review; a new value makes a new finding.
    `object_too` adds the object's concepts (only to tell apart two groups that would otherwise collide)."""
    key = dict(quantity_of(members, group), values=sorted({value_key(c) for c in members}))
    if object_too:
        ctx = next((c.context for c in members if c.context is not None), None)
        key["object"] = sorted(ctx.topics) if ctx else []
    data = json.dumps(key, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogateescape")
    return hashlib.sha256(b"factcheck/2 " + data).hexdigest()[:16]


def _sides_taken(claims: list[Claim], group: Group) -> Group:
    """A disagreeing group without its bounds that admit every other figure of it: "sales exceeded 17 million"
    beside 17.1 million and 17.76 million takes no side in their conflict, and is no party to it."""
    members = [claims[i] for i in group.members]
    idle = {i for i, c in zip(group.members, members) if c.qualifier in _BOUNDS and all(
        pair_verdict(c, o) == "consistent" for o in members if o is not c)}
    kept = tuple(i for i in group.members if i not in idle)
    if not idle or len({claims[i].path for i in kept}) < 2:
        return group
    from dataclasses import replace

    return replace(group, members=kept)


def compare(claims: list[Claim], groups: list[Group], tolerance: float = 0.0) -> list[Finding]:
    from collections import Counter
    from dataclasses import replace

    findings = []
    for g in groups:
        f = judge(claims, g, tolerance)
        if f.verdict != "consistent" and (taken := _sides_taken(claims, g)) is not g:
            f = judge(claims, taken, tolerance)  # (judged again only where a bound left the group)
        findings.append(f)
    twice = {fp for fp, n in Counter(f.fingerprint for f in findings).items() if n > 1}
    if twice:  # two quantities with the same facets and values: their objects tell them apart
        findings = [replace(f, fingerprint=fingerprint(list(f.claims), f.group, object_too=True))
                    if f.fingerprint in twice else f for f in findings]
    return findings
