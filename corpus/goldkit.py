"""The helpers of the later corpora's hand keys (corpus-fresh24, corpus-fresh25), on top of the shared kit
(goldsrc.py): `F` a mention found by its quote (its line, value_text and written precision derived), `S` / `NC` a
single claim or a non-claim, `G` a group whose same-basis pairs with different values get `auto`'s verdict (rounding,
conflict, or consistent for a hedge that holds the other figure), `X` a verdict for every pair across two sets of
bases. A gold_src.py calls `load(HERE)` first and exits non-zero while `ERRS` holds anything."""
from __future__ import annotations

import math
import re
from pathlib import Path

from goldsrc import C, D, K, M, R, group, single

ERRS = []  # quotes not found once on their line, values not found once in their quote: the key is not emitted
DOCS: dict[str, list[str]] = {}  # file name -> its lines
NAMES: dict[tuple[str, int], str] = {}  # (domain prefix, number) -> file name ("mac", 1) -> mac-01-en.txt


def load(here: Path) -> None:
    """Reads the corpus folder `here`: its documents, by name and by (prefix, number)."""
    DOCS.update({p.name: p.read_text(encoding="utf-8").split("\n") for p in sorted(here.glob("*.txt"))})
    for name in DOCS:
        prefix, number, _script = name[:-4].split("-")
        NAMES[(prefix, int(number))] = name

CNT, PC, PP, P, USD, MOP, HR = "count", "percent", "percentage_points", "persons", "USD", "MOP", "hours"
RC = (R, C)
CK = (C, K)
CD = (C, D)   # conflict, different_basis defensible
DC = (D, C)   # different_basis, conflict defensible
DR = (D, R)
RK = (R, K)

SCALE = [("万亿", 1e12), ("萬億", 1e12), ("trillion", 1e12), ("billion", 1e9), ("bln", 1e9), ("bn", 1e9), ("million", 1e6),
         ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4), ("M", 1e6), ("thousand", 1e3), ("成", 10.0)]
NUM = re.compile(r"(?:US\$|USD |\$|\+ ?|-|−)?\d[\d,.]*(?: ?(?:万亿|萬億|trillion|billion|bln|bn|million|亿|億|万|萬|percent|per cent|%|M\b))?")


def _parse(c):
    """(number as written, scale) of a candidate value_text."""
    digits = re.search(r"\d[\d, .]*", c).group(0).strip().rstrip(".,").replace(",", "").replace(" ", "")
    sc = 1.0
    for w, s in SCALE:
        if w in c[len(digits):] or c.endswith(w):
            sc = s
            break
    return digits, sc


def pick(quote, value, f):
    cands = [m.group(0).strip() for m in NUM.finditer(quote)]
    good = []
    for c in cands:
        digits, sc = _parse(c)
        x = float(digits) * sc
        if abs(abs(x) - abs(value)) <= 1e-6 * max(1.0, abs(value)):
            good.append(c)
    if len(good) != 1:
        ERRS.append((f, quote, "value_text?", value, cands))
        return cands[0] if cands else quote
    return good[0]


def _line(f, quote, nth):
    hits = [i + 1 for i, l in enumerate(DOCS[f]) if quote in l]
    if not hits or (nth is None and len(hits) != 1):
        ERRS.append((f, quote, hits))
        hits = hits or [1]
    return hits[0] if nth is None else hits[nth - 1]


def _step(vt, mult):
    digits, sc = _parse(vt)
    if "." in digits:
        u = 10.0 ** -len(digits.split(".")[1])
    else:
        u = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return u * sc * mult


def F(doc, n, quote, value, unit, basis="a", vt=None, nth=None, mult=1.0, q=None, step=None, **kw):
    """A mention in document doc-n, its line found by the quote. mult: litres (etc.) per written unit;
    q: qualifier (over / under / approx / at_least); step: precision of the written figure, in value units."""
    f = NAMES[(doc, n)]
    ln = _line(f, quote, nth)
    if vt is None:
        vt = pick(quote, value / mult, f)
    if q:
        kw["qualifier"] = q
    m = M(f, ln, quote, vt, value, unit, basis, **kw)
    try:
        m["_step"] = step if step is not None else _step(vt, mult)
    except Exception:
        m["_step"] = step or abs(value) * 0.01
        if step is None:
            ERRS.append((f, quote, "step?"))
    return m


def S(doc, n, quote, vt=None, value=None, unit=None, nth=None, mult=1.0, q=None, **kw):
    f = NAMES[(doc, n)]
    ln = _line(f, quote, nth)
    if value is not None and vt is None:
        vt = pick(quote, value / mult, f)
    if q:
        kw["qualifier"] = q
    single(f, ln, quote, vt, value, unit, **kw)


def NC(doc, n, quote, kind, nth=None, **kw):
    S(doc, n, quote, nth=nth, not_a_claim=True, kind=kind, **kw)


def _rng(m):
    v, s, q = m["value"], m["_step"], m.get("qualifier")
    if q in ("over", "at_least"):
        return (v, math.inf)
    if q == "under":
        return (v - max(s, 0.1 * abs(v)), v)
    return (v - s / 2, v + s / 2)


def auto(a, b):
    """Verdict for a same-basis pair with different values (see the module docstring)."""
    eps = 1e-9 * max(abs(a["value"]), abs(b["value"]), 1.0)
    qa, qb = bool(a.get("qualifier")), bool(b.get("qualifier"))
    if qa and qb:   # two hedged figures: consistent when their ranges can both hold
        (a0, a1), (b0, b1) = _rng(a), _rng(b)
        return K if (a0 <= b1 + eps and b0 <= a1 + eps) else C
    if qa or qb:    # a hedge that contains the plain figure, or a plain figure that rounds the hedged one: consistent
        h, x = (a, b) if qa else (b, a)
        h0, h1 = _rng(h)
        if h0 - eps <= x["value"] <= h1 + eps:
            return K
        x0, x1 = _rng(x)
        if x["_step"] > h["_step"] and x0 - eps <= h["value"] <= x1 + eps:
            return K
        return C
    co, fi = (a, b) if a["_step"] >= b["_step"] else (b, a)
    lo, hi = _rng(co)
    if lo - eps <= fi["value"] <= hi + eps and co["_step"] > fi["_step"]:
        return RK if a["file"] == b["file"] else R
    return C


def X(ms, v, A, B):
    A, B = set(A), set(B)
    out = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if (a["_basis"] in A and b["_basis"] in B) or (a["_basis"] in B and b["_basis"] in A):
                out[(i + 1, j + 1)] = v
    return out


def G(gid, topic, description, subject, metric, period, why, ms, *prs):
    pr = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if a["_basis"] == b["_basis"] and not (a["value"] == b["value"] and a["unit"] == b["unit"]):
                pr[(i + 1, j + 1)] = auto(a, b)
    for p in prs:
        pr.update(p)
    group(gid, topic, description, subject, metric, period, why, ms, pr)
