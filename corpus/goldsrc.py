"""An answer key written as data (the fresh corpora's gold_src.py): mentions tagged with the basis a careful
reader gave them, groups and singles, emitted as one gold.d fragment for corpus/check_gold.py --dir DIR --build.

Pair verdicts: explicit entries in `pairs` win; otherwise a different basis is different_basis, the same basis
and the same value consistent; a same-basis pair with different values must be listed (emit refuses otherwise).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

C, R, K, D = "conflict", "rounding", "consistent", "different_basis"
G: list[dict] = []  # groups
S: list[dict] = []  # singles

def M(file, line, quote, vt, value, unit, basis, **kw):
    d = dict(file=file, line=line, quote=quote, value_text=vt, value=value, unit=unit)
    d.update(kw)
    d["_basis"] = basis
    return d

def group(id, topic, description, subject, metric, period, why, mentions, pairs=None, syndicated=False):
    G.append(dict(id=id, topic=topic, description=description, subject=subject, metric=metric, period=period,
                  why=why, mentions=mentions, explicit=pairs or {}, syndicated=syndicated))

def single(file, line, quote, vt=None, value=None, unit=None, **kw):
    d = dict(file=file, line=line, quote=quote)
    if vt is not None:
        d.update(value_text=vt, value=value, unit=unit)
    d.update(kw)
    S.append(d)

SEV = {"conflict": 3, "rounding": 2, "different_basis": 1, "consistent": 0}

def cross(xs, ys, v):
    """Every pair (x, y) with x in xs and y in ys gets verdict v (1-based mention numbers of one group)."""
    return {(min(x, y), max(x, y)): v for x in xs for y in ys if x != y}


def among(xs, v):
    """Every pair inside xs gets verdict v."""
    xs = sorted(xs)
    return {(a, b): v for i, a in enumerate(xs) for b in xs[i + 1:]}


def q(s):
    return json.dumps(s, ensure_ascii=False)

def fmt_val(v):
    return repr(float(v)) if not isinstance(v, list) else "[" + ", ".join(repr(float(x)) for x in v) + "]"


def emit(path: Path, title: str) -> None:
    """Write the groups and singles gathered so far to `path` (a gold.d fragment)."""
    out = []
    for g in G:
        ms = g["mentions"]
        n = len(ms)
        ex = {}
        for (a, c), v in g["explicit"].items():
            a, c = min(a, c), max(a, c)
            assert 1 <= a < c <= n, (g["id"], a, c)
            ex[(a, c)] = v
        pairs = []
        for a in range(1, n + 1):
            for c in range(a + 1, n + 1):
                if (a, c) in ex:
                    v = ex[(a, c)]
                else:
                    ma, mc = ms[a - 1], ms[c - 1]
                    if ma["_basis"] != mc["_basis"]:
                        v = D
                    elif ma["value"] == mc["value"] and ma["unit"] == mc["unit"]:
                        v = K
                    else:
                        sys.exit(f"{g['id']}: pair {a},{c} needs an explicit verdict")
                verdict, alt = (v if isinstance(v, tuple) else (v, None))
                pairs.append((a, c, verdict, alt))
        head = max((p_[2] for p_ in pairs), key=SEV.get)
        cross = len({m["file"] for m in ms}) > 1
        out.append("[[group]]")
        for k in ("id", "topic", "description", "subject", "metric", "period"):
            out.append(f"{k} = {q(g[k])}")
        out.append(f"verdict = {q(head)}")
        out.append(f"why = {q(g['why'])}")
        out.append(f"cross_document = {'true' if cross else 'false'}")
        out.append(f"syndicated = {'true' if g['syndicated'] else 'false'}")
        out.append("pairs = [")
        for a, c, v, alt in pairs:
            extra = f", alt_verdict = {q(alt)}" if alt else ""
            out.append(f"  {{ a = {a}, b = {c}, verdict = {q(v)}{extra} }},")
        out.append("]")
        out.append("")
        for m in ms:
            out.append("  [[group.mentions]]")
            for k in ("file", "line", "quote", "value_text", "value", "unit", "qualifier", "as_of", "note"):
                if k in m:
                    val = m[k]
                    out.append(f"  {k} = " + (str(val) if k == "line" else fmt_val(val) if k == "value" else q(val)))
            out.append("")
    for s_ in S:
        out.append("[[single]]")
        for k in ("file", "line", "quote", "value_text", "value", "unit", "qualifier", "not_a_claim", "kind", "note"):
            if k in s_:
                val = s_[k]
                if k == "line":
                    out.append(f"{k} = {val}")
                elif k == "value":
                    out.append(f"{k} = {fmt_val(val)}")
                elif k == "not_a_claim":
                    out.append(f"{k} = true")
                else:
                    out.append(f"{k} = {q(val)}")
        out.append("")
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"# {title} answer key (generated from gold_src.py)\n\n" + "\n".join(out), encoding="utf-8")
    print(f"{len(G)} groups, {len(S)} singles")
