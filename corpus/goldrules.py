"""The rules the fresh answer keys share on top of goldkit (corpus/goldkit.py), from corpus-fresh55 on; fresh47-54
carry their own copies, some with the open-'over' defect fixed below, and stay as they are.

- `auto`: goldkit's auto extended to ranges (two intervals that overlap are consistent, otherwise conflict; eps over
  the finite ends only, so an open 'over' range no longer meets every range) and with the hand rule of fresh50 on (a
  plain figure coarser than an 'about' figure, which the 'about' range does not hold but which rounds it, is
  rounding);
- F, S, NC: goldkit's, with None / nothing for a page that is not in the folder (pages dropped before the
  measurement); G: goldkit's, keying a group left with one mention as a single;
- V, OTHER, ATTR, val, basis, ANY: explicit verdicts set by predicates on the mentions, not by mention numbers;
- DUO: a Chinese 多 / 余 figure read as '-odd', the bounded range [v, v + step) (400多 = 400-499), as the fresh52 and
  fresh54 audits read them, not as the kit's open 'over'.

A key calls `install()` once, after goldkit.load: goldkit's G and range helper then look up these `auto` and `_rng`.
"""
from __future__ import annotations

import goldkit
from goldsrc import C, D, K, R

_auto = goldkit.auto


def _iv(m):
    v = m["value"]
    if isinstance(v, list):
        w = m["_step"] / 2 if m.get("qualifier") == "approx" else 0.0
        return (min(v) - w, max(v) + w)
    return goldkit._rng(m)


def auto(a, b):
    """goldkit's auto, extended to ranges as fresh47-53 (two intervals that overlap are consistent, otherwise
    conflict), and with fresh50-53's hand rule: a plain figure coarser than an 'about' figure, which the 'about'
    range does not hold but which rounds it, is rounding."""
    if isinstance(a["value"], list) or isinstance(b["value"], list):
        (a0, a1), (b0, b1) = _iv(a), _iv(b)
        # eps over the finite ends only: an open 'over' range has an infinite end, and fresh47-53's
        # max(abs(...)) made eps infinite there, so any range met any 'over' figure
        eps = 1e-9 * max([abs(x) for x in (a0, a1, b0, b1) if x not in (float("inf"), float("-inf"))] + [1.0])
        return K if (a0 <= b1 + eps and b0 <= a1 + eps) else C
    v = _auto(a, b)
    qa, qb = a.get("qualifier"), b.get("qualifier")
    if v == K and bool(qa) != bool(qb):
        h, x = (a, b) if qa else (b, a)
        if h.get("qualifier") == "approx":
            h0, h1 = goldkit._rng(h)
            eps = 1e-9 * max(abs(h["value"]), abs(x["value"]), 1.0)
            if not (h0 - eps <= x["value"] <= h1 + eps):
                return R
    return v


def F(doc, n, *a, **kw):
    """goldkit's F; None for a page that is not in the folder (pages dropped before the measurement)."""
    return goldkit.F(doc, n, *a, **kw) if (doc, n) in goldkit.NAMES else None


def S(doc, n, *a, **kw):
    if (doc, n) in goldkit.NAMES:
        goldkit.S(doc, n, *a, **kw)


def NC(doc, n, quote, kind, **kw):
    if (doc, n) in goldkit.NAMES:
        goldkit.NC(doc, n, quote, kind, **kw)


def G(gid, topic, description, subject, metric, period, why, ms, *rules):
    """goldkit's G; each rule is a function (ms) -> {(i, j): verdict}."""
    ms = [m for m in ms if m is not None]
    if len(ms) < 2:
        for m in ms:  # a group left with one mention after a page was dropped: keyed as a single
            goldkit.S(m["file"][:3], int(m["file"][4:6]), m["quote"], vt=m["value_text"], value=m["value"], unit=m["unit"],
                      **({"qualifier": m["qualifier"]} if "qualifier" in m else {}))
        return
    prs = [r(ms) for r in rules]
    goldkit.G(gid, topic, description, subject, metric, period, why, ms, *prs)


def V(pa, pb, v):
    """Verdict v for every pair (a, b) with pa(a) and pb(b) (either order)."""
    def rule(ms):
        out = {}
        for i, a in enumerate(ms):
            for j in range(i + 1, len(ms)):
                b = ms[j]
                if (pa(a) and pb(b)) or (pa(b) and pb(a)):
                    out[(i + 1, j + 1)] = v
        return out
    return rule


def OTHER(bases):
    """Pairs between a mention whose basis is in `bases` and one whose basis is not: different_basis, with the verdict
    `auto` gives as alt when it is conflict or rounding; same values consistent."""
    def rule(ms):
        out = {}
        for i, a in enumerate(ms):
            for j in range(i + 1, len(ms)):
                b = ms[j]
                if (a["_basis"] in bases) == (b["_basis"] in bases):
                    continue
                if a["value"] == b["value"]:
                    out[(i + 1, j + 1)] = K
                else:
                    v = auto(a, b)
                    out[(i + 1, j + 1)] = (D, v) if v in (C, R) else K
        return out
    return rule


def val(x):
    return lambda m: m["value"] == x


def basis(*bs):
    return lambda m: m["_basis"] in bs


ANY = lambda m: True  # noqa: E731

# Chinese 多 / 余 read as '-odd' (400多 = 400-499, 6万多 = 60,000-69,999, 1920多 = 1,920-1,929), as the
# fresh52 and fresh54 audits read them; the kit's 'over' is open-ended. A mention with duo=True gets the bounded range
# [v, v + step), its step the written figure's last significant place.
_rng0 = goldkit._rng


def _rng_duo(m):
    if m.get("duo"):
        return (m["value"], m["value"] + m["_step"] * 0.999)
    return _rng0(m)


def DUO(doc, n, quote, value, unit, **kw):
    return F(doc, n, quote, value, unit, q="over", duo=True, **kw)


def ATTR(other_bases):
    """Every pair with a mention whose basis is in other_bases: different_basis, with auto's verdict as alt when it is
    conflict or rounding (same value consistent) -- including pairs inside the set."""
    def rule(ms):
        out = {}
        for i, a in enumerate(ms):
            for j in range(i + 1, len(ms)):
                b = ms[j]
                if a["_basis"] not in other_bases and b["_basis"] not in other_bases:
                    continue
                if a["value"] == b["value"]:
                    out[(i + 1, j + 1)] = K
                else:
                    v = auto(a, b)
                    out[(i + 1, j + 1)] = (D, v) if v in (C, R) else K
        return out
    return rule


def install() -> None:
    """Make goldkit use this module's `auto` and '-odd' ranges (goldkit looks both names up at call time)."""
    goldkit.auto = auto
    goldkit._rng = _rng_duo
