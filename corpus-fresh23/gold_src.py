#!/usr/bin/env python3
"""Hand annotation of corpus-fresh23, written as data; emits gold.d/fresh23.toml (then run
corpus/check_gold.py --dir corpus-fresh23 --build).

Three domains: instant noodles (the World Instant Noodles Association's global and country demand, totals and per
capita, for 2015-2024 and its 2025 forecast, `noo-*`), beer (Kirin's global / country beer consumption 2002-2021 and
China's beer output from the National Bureau of Statistics 2013-2025, `bee-*`) and dairy (China's milk output from the
NBS, USDA and Rabobank figures and forecasts, and China's dairy imports, `dai-*`).

Every mention carries a basis tag (period / compiler / scope / forecast, as read from the text). Pair verdicts:
explicit entries win; otherwise a different basis is different_basis, the same basis and the same value consistent;
every same-basis pair with different values gets a verdict from `auto` (below), which follows fresh22's conventions:
a rounded restatement is rounding (120 billion vs 120.21 billion; 14.7 billion vs 146.8億; 38.1bn liters vs
3809.3万千升); inside one page the same pattern is 'either' (rounding, consistent defensible); a figure that is not a
correct rounding (4.18 million kl for 418.8万千升) or two figures of the same precision that disagree (146.8億 vs
143.7億; 125.5亿 vs 125.4) is conflict; a bound or hedged figure ('more than', 'about', 'nearly', '約', '逾', '近',
'approximately') that contains the other figure is consistent, one that does not is conflict ('nearly 10 percent' vs
'nearly 15 per cent'; '約5157萬' vs 5175萬).
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 成 = 10 percent; beer volumes in litres (1 kl = 1000 l, 万千升 = 1e7 l,
亿升 = 1e8 l); declines negative. Units: count (servings / packs, also per capita), litres, tonnes, percent,
percentage_points, persons, USD, VND, times, years, points, pint.
"""
from __future__ import annotations

import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

ERRS = []
DOCS = {p.name: p.read_text(encoding="utf-8").split("\n") for p in sorted(HERE.glob("*.txt"))}
NAMES = {}
for _n in DOCS:
    _d, _k, _l = _n[:-4].split("-")
    NAMES[(_d, int(_k))] = _n

CNT, L, T, PC, PP, P, USD = "count", "litres", "tonnes", "percent", "percentage_points", "persons", "USD"
CD = (C, D)   # conflict, different_basis defensible
DC = (D, C)   # different_basis, conflict defensible
DR = (D, R)
RK = (R, K)
KL = 1e3      # litres per kilolitre

SCALE = [("万亿", 1e12), ("萬億", 1e12), ("trillion", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6),
         ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4), ("M", 1e6), ("thousand", 1e3), ("成", 10.0)]
NUM = re.compile(r"(?:US\$|USD |\$|\+ ?|-|−)?\d[\d,.]*(?: ?(?:万亿|萬億|trillion|billion|bn|million|亿|億|万|萬|percent|per cent|%|M\b))?")


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


NOO, BEE, DAI = "instant-noodles", "beer", "dairy"

# ============================================================ instant noodles (WINA)
ms = [
    F("noo", 1, "to a massive 121.2 billion servings", 121.2e9, CNT, "y22"),
    F("noo", 1, "2022, 121.2 billion servings of instant", 121.2e9, CNT, "y22"),
    F("noo", 1, "rose to 121.2 billion servings", 121.2e9, CNT, "y22"),
    F("noo", 2, "serving total of 120.21 billion", 120.21e9, CNT, "y23"),
    F("noo", 3, "collectively consumed 120 billion", 120e9, CNT, "y23"),
    F("noo", 8, "collectively consumed 120 billion", 120e9, CNT, "y23"),
    F("noo", 8, "消费了1200亿份", 1200e8, CNT, "y23"),
    F("noo", 12, "全球消費1230.7億份", 1230.7e8, CNT, "y24"),
    F("noo", 13, "全球消費1,230.7億份", 1230.7e8, CNT, "y24"),
    F("noo", 14, "消費量達1230.7億包", 1230.7e8, CNT, "y24"),
    F("noo", 15, "創下1230.7億包", 1230.7e8, CNT, "y24"),
    F("noo", 17, "達到1230.7億包", 1230.7e8, CNT, "y24"),
    F("noo", 4, "more than 120 billion servings", 120e9, CNT, "y24", q="over"),
    F("noo", 17, "全球年吃破千億包", 1e11, CNT, "y24", vt="千億", q="over", step=1e11, note="subhead"),
    F("noo", 2, "projected at 120 billion servings", 120e9, CNT, "fc25", q="at_least", note="WINA's 2025 forecast"),
    F("noo", 2, "reach at least 120 billion servings", 120e9, CNT, "fc25", q="at_least"),
    F("noo", 5, "to 116.56 billion servings", 116.56e9, CNT, "y20"),
    F("noo", 9, "来到1165亿6000万包", 1165.6e8, CNT, "y20", vt="1165亿6000万", step=1e7),
    F("noo", 11, "需求量达1064.2亿份", 1064.2e8, CNT, "y19"),
    F("noo", 11, "需求量为1036.2亿份", 1036.2e8, CNT, "y18"),
    F("noo", 10, "共消费约1036亿份", 1036e8, CNT, "y18", q="approx"),
]
G("noo_global", NOO, "Global instant noodle demand (WINA): 2022 121.2bn (x3); 2023 120.21bn vs 120bn / 1200亿 (Visual Capitalist, two pages); "
  "2024 1230.7億 (five) with 'more than 120 billion' and '破千億'; 2025 forecast 'at least 120 billion' (x2); 2020 116.56bn = 1165亿6000万; "
  "2019 1064.2亿; 2018 1036.2亿 vs '约1036亿'", "world", "instant noodle demand (servings)", "2018-2025",
  "120 billion / 1200亿 round 120.21 billion (rounding); bounds and 'about' figures that contain the figure are consistent; other years "
  "and the forecast are different_basis.", ms)

ms = [F("noo", 1, "This is a 2.6% gain", 2.6, PC, "y22"),
      F("noo", 14, "較上年成長2.4%", 2.4, PC, "y24"), F("noo", 15, "同期成長2.4%", 2.4, PC, "y24"), F("noo", 17, "年增2.4%", 2.4, PC, "y24"),
      F("noo", 5, "rose nearly 10 percent", 10.0, PC, "y20", q="under"), F("noo", 9, "成长近10%", 10.0, PC, "y20", q="under"),
      F("noo", 6, "surged by nearly 15 per cent", 15.0, PC, "y20", q="under")]
G("noo_global_growth", NOO, "Growth of global instant noodle demand: 2022 +2.6%; 2024 +2.4% (three); 2020 'nearly 10%' (two) vs investvine's "
  "'nearly 15 per cent'", "world", "instant noodle demand growth (percent)", "2020 / 2022 / 2024",
  "'nearly 15 per cent' and 'nearly 10 percent' for 2020 cannot both hold (conflict); other years different_basis.", ms)

ms = [F("noo", 1, "representing a 17% rise from 2018", 17.0, PC, "v18"), F("noo", 1, "a 17% increase compared with 2018", 17.0, PC, "v18")]
G("noo_global_vs2018", NOO, "Global demand 2022 against 2018: +17% (twice on latestly's page)", "world", "instant noodle demand change since 2018 (percent)",
  "2022 vs 2018", "Same figure.", ms)

ms = [
    F("noo", 12, "以438億份", 438e8, CNT, "y24"),
    F("noo", 13, "位居第一（438億份）", 438e8, CNT, "y24"),
    F("noo", 13, "（438億份）", 438e8, CNT, "y24", nth=2),
    F("noo", 14, "消費量達438億包", 438e8, CNT, "y24"),
    F("noo", 15, "銷量達438億包", 438e8, CNT, "y24"),
    F("noo", 16, "消費量為 438億包", 438e8, CNT, "y24"),
    F("noo", 4, "with 43.8 billion servings", 43.8e9, CNT, "y24"),
    F("noo", 2, "accounts for 42.21 billion", 42.21e9, CNT, "y23"),
    F("noo", 3, "ate about 42 billion", 42e9, CNT, "y23", q="approx"),
    F("noo", 8, "ate about 42 billion", 42e9, CNT, "y23", q="approx"),
    F("noo", 8, "消费了420亿份", 420e8, CNT, "y23"),
    F("noo", 5, "with 46.35 billion", 46.35e9, CNT, "y20"),
    F("noo", 9, "中国463亿5000万包", 463.5e8, CNT, "y20", vt="463亿5000万", step=1e7),
    F("noo", 6, "with 46.4 billion", 46.4e9, CNT, "y20"),
    F("noo", 11, "需求量为414.5亿份", 414.5e8, CNT, "y19"),
    F("noo", 11, "414.5", 414.5e8, CNT, "y19", vt="414.5", mult=1e8, nth=2),
    F("noo", 11, "402.5", 402.5e8, CNT, "y18", vt="402.5", mult=1e8),
    F("noo", 10, "卖出402.5亿份", 402.5e8, CNT, "y18", note="sales of 22 main makers (CIFST); the same figure as WINA's"),
    F("noo", 11, "389.6", 389.6e8, CNT, "y17", vt="389.6", mult=1e8),
    F("noo", 11, "385.2", 385.2e8, CNT, "y16", vt="385.2", mult=1e8),
    F("noo", 11, "404.3", 404.3e8, CNT, "y15", vt="404.3", mult=1e8),
    F("noo", 10, "维持在400亿份以上", 400e8, CNT, "fc19", q="over", note="WINA forecast for 2019"),
]
G("noo_china", NOO, "China (with Hong Kong) instant noodle demand: 2024 438億 (six) = 43.8bn; 2023 42.21bn vs 'about 42 billion' (two) and 420亿; "
  "2020 46.35bn = 463亿5000万 vs 46.4bn; 2019 414.5亿 (x2); 2018 402.5亿 (x2); 2015-2017 table; 2019 forecast 'over 400亿'",
  "China and Hong Kong", "instant noodle demand (servings)", "2015-2024",
  "420亿 rounds 42.21 billion and 46.4 billion rounds 46.35 billion (rounding); 'about 42 billion' contains 42.21 (consistent); other "
  "years different_basis.", ms)

ms = [
    F("noo", 12, "以146.8億份", 146.8e8, CNT, "y24"),
    F("noo", 13, "（146.8億份）", 146.8e8, CNT, "y24"),
    F("noo", 14, "總消費143.7億包", 143.7e8, CNT, "y24"),
    F("noo", 15, "印尼（143.7億包）", 143.7e8, CNT, "y24"),
    F("noo", 4, "Indonesia (14.7 billion servings)", 14.7e9, CNT, "y24"),
    F("noo", 2, "Indonesia (14.54 billion servings)", 14.54e9, CNT, "y23"),
    F("noo", 8, "Indonesia (14.5 billion servings)", 14.5e9, CNT, "y23"),
    F("noo", 8, "印度尼西亚(145亿份)", 145e8, CNT, "y23"),
    F("noo", 5, "and 12.64 billion servings", 12.64e9, CNT, "y20"),
    F("noo", 9, "印尼126亿4000万包", 126.4e8, CNT, "y20", vt="126亿4000万", step=1e7),
    F("noo", 6, "and 12.6 billion servings", 12.6e9, CNT, "y20"),
    F("noo", 11, "需求量为125.2亿份", 125.2e8, CNT, "y19"),
    F("noo", 11, "125.2", 125.2e8, CNT, "y19", vt="125.2", mult=1e8, nth=2),
    F("noo", 11, "125.4", 125.4e8, CNT, "y18", vt="125.4", mult=1e8),
    F("noo", 10, "卖出125.5亿份", 125.5e8, CNT, "y18"),
    F("noo", 11, "126.2", 126.2e8, CNT, "y17", vt="126.2", mult=1e8),
    F("noo", 11, "130.1", 130.1e8, CNT, "y16", vt="130.1", mult=1e8),
    F("noo", 11, "132", 132e8, CNT, "y15", vt="132", mult=1e8, step=1e9),
]
G("noo_indonesia", NOO, "Indonesia's instant noodle demand: 2024 146.8億 (two) vs 143.7億 (two) and 14.7bn; 2023 14.54bn vs 14.5bn / 145亿; "
  "2020 12.64bn = 126亿4000万 vs 12.6bn; 2019 125.2亿 (x2); 2018 125.4 (table) vs 125.5亿; 2015-2017 table", "Indonesia",
  "instant noodle demand (servings)", "2015-2024",
  "146.8億 vs 143.7億 and 125.4 vs 125.5亿 disagree (conflict); 14.7 billion rounds 146.8億 (rounding) but not 143.7億 (conflict); "
  "14.5 billion / 145亿 round 14.54 and 12.6 rounds 12.64 (rounding).", ms)

ms = [F("noo", 12, "是83.2億份", 83.2e8, CNT, "y24"), F("noo", 13, "（83.2億份）", 83.2e8, CNT, "y24"), F("noo", 14, "印度以83.2億包", 83.2e8, CNT, "y24"),
      F("noo", 4, "in India (8.3 billion)", 8.3e9, CNT, "y24"),
      F("noo", 2, "India (8.68 billion)", 8.68e9, CNT, "y23"), F("noo", 8, "India (8.7 billion)", 8.7e9, CNT, "y23"),
      F("noo", 8, "印度(87亿份)", 87e8, CNT, "y23"), F("noo", 11, "需求量为67.3亿份", 67.3e8, CNT, "y19")]
G("noo_india", NOO, "India's instant noodle demand: 2024 83.2億 (three) vs 8.3bn; 2023 8.68bn vs 8.7bn / 87亿; 2019 67.3亿", "India",
  "instant noodle demand (servings)", "2019 / 2023 / 2024", "8.3 rounds 83.2億 and 8.7 / 87亿 round 8.68 (rounding).", ms)

ms = [
    F("noo", 13, "（81.4億份）", 81.4e8, CNT, "y24"),
    F("noo", 14, "共消費81.4億包", 81.4e8, CNT, "y24"),
    F("noo", 14, "越南81.4億包", 81.4e8, CNT, "y24"),
    F("noo", 15, "消費了81.4億包", 81.4e8, CNT, "y24"),
    F("noo", 17, "吃掉約81億4000萬包", 81.4e8, CNT, "y24", vt="81億4000萬", step=1e7, q="approx", nth=1),
    F("noo", 17, "吃掉約81億4000萬包", 81.4e8, CNT, "y24", vt="81億4000萬", step=1e7, q="approx", nth=2),
    F("noo", 4, "consumed about 8.14 billion servings", 8.14e9, CNT, "y24", q="approx"),
    F("noo", 16, "越南以81億包", 81e8, CNT, "y24"),
    F("noo", 2, "Vietnam (8.13 billion)", 8.13e9, CNT, "y23"),
    F("noo", 8, "Vietnam (8.1 billion)", 8.1e9, CNT, "y23"),
    F("noo", 8, "越南(81亿份)", 81e8, CNT, "y23"),
    F("noo", 5, "with over 7.03 billion servings", 7.03e9, CNT, "y20", q="over"),
    F("noo", 9, "消费逾70亿3000万包", 70.3e8, CNT, "y20", vt="70亿3000万", step=1e7, q="over"),
    F("noo", 6, "around seven billion packs", 7e9, CNT, "y20", vt="seven billion", step=1e9, q="approx"),
]
G("noo_vietnam", NOO, "Vietnam's instant noodle demand: 2024 81.4億 = 81億4000萬 = 8.14bn (seven) vs ec.ltn's 81億; 2023 8.13bn vs 8.1bn / 81亿; "
  "2020 'over 7.03 billion' = '逾70亿3000万' and 'around seven billion'", "Vietnam", "instant noodle demand (servings)", "2020 / 2023 / 2024",
  "81億 rounds 81.4億 and 8.1bn / 81亿 round 8.13bn (rounding); the 2024 81億 and the 2023 81亿 are a look-alike across years "
  "(different_basis); bounds and 'around' figures consistent.", ms)

ms = [
    F("noo", 4, "an average of 81 packs per person", 81.0, CNT, "y24"),
    F("noo", 12, "每人每年消費81份", 81.0, CNT, "y24"),
    F("noo", 13, "每人每年消費81份即食麵", 81.0, CNT, "y24", nth=1),
    F("noo", 13, "每人每年消費81份即食麵", 81.0, CNT, "y24", nth=2),
    F("noo", 14, "人均消費81包泡麵，成", 81.0, CNT, "y24"),
    F("noo", 14, "每年人均81包", 81.0, CNT, "y24"),
    F("noo", 14, "以人均消費81包泡麵", 81.0, CNT, "y24"),
    F("noo", 15, "消費量為81包，居全球之冠", 81.0, CNT, "y24"),
    F("noo", 15, "落後越南的81包", 81.0, CNT, "y24"),
    F("noo", 15, "消費量為81包，其1億人口", 81.0, CNT, "y24"),
    F("noo", 16, "1年人均吃掉81包", 81.0, CNT, "y24"),
    F("noo", 16, "人均消費了81包", 81.0, CNT, "y24"),
    F("noo", 17, "平均每人一年吃81包", 81.0, CNT, "y24", nth=1),
    F("noo", 17, "以人均81包泡麵", 81.0, CNT, "y24"),
    F("noo", 17, "人均吃掉81包泡麵", 81.0, CNT, "y24"),
    F("noo", 17, "平均每人一年吃81包", 81.0, CNT, "y24", nth=2),
    F("noo", 7, "eats about 87 servings a year", 87.0, CNT, "y21", q="approx"),
    F("noo", 7, "and to 87 in 2021", 87.0, CNT, "y21"),
    F("noo", 15, "較2021年的88包", 88.0, CNT, "y21"),
    F("noo", 7, "to 72 in 2020", 72.0, CNT, "y20"),
    F("noo", 5, "consumed 55.6 servings last year", 55.6, CNT, "y20", note="2020 ('last year' in an August 2021 post)"),
    F("noo", 7, "from 55 in 2019", 55.0, CNT, "y19"),
]
G("noo_vietnam_percap", NOO, "Vietnam's instant noodle consumption per person: 2024 81 (sixteen); 2021 87 (Korea Herald, two) vs 88 (ltn); "
  "2020 72 (Korea Herald) vs 55.6 (gmgvietnam); 2019 55", "Vietnam", "instant noodles per capita (servings)", "2019-2024",
  "87 vs 88 for 2021 and 72 vs 55.6 for 2020 disagree (conflict); 55.6 (2020) against 55 (2019) is a look-alike across years.", ms)

ms = [
    F("noo", 12, "韓國以79.2份", 79.2, CNT, "y24"),
    F("noo", 13, "韓國第二（79.2份）", 79.2, CNT, "y24"),
    F("noo", 14, "每年人均79.2包", 79.2, CNT, "y24"),
    F("noo", 14, "人均消費量79.2包", 79.2, CNT, "y24"),
    F("noo", 15, "人均消費量為79.2包", 79.2, CNT, "y24"),
    F("noo", 17, "以79.2包名列第2", 79.2, CNT, "y24"),
    F("noo", 17, "人均79.2包緊追", 79.2, CNT, "y24"),
    F("noo", 4, "South Korea (79)", 79.0, CNT, "y24"),
    F("noo", 16, "每年吃掉79包", 79.0, CNT, "y24"),
    F("noo", 7, "has 73 servings", 73.0, CNT, "y21"),
    F("noo", 7, "down to 73 in 2021", 73.0, CNT, "y21"),
    F("noo", 7, "rising to 80 in 2020", 80.0, CNT, "y20"),
    F("noo", 7, "75 servings in 2019", 75.0, CNT, "y19"),
    F("noo", 10, "人均年消费74.6份", 74.6, CNT, "y18"),
]
G("noo_korea_percap", NOO, "South Korea's instant noodles per person: 2024 79.2 (seven) vs 79 (qazinform, ec.ltn); 2021 73 (x2); 2020 80; 2019 75; 2018 74.6",
  "South Korea", "instant noodles per capita (servings)", "2018-2024", "79 rounds 79.2 (rounding); other years different_basis.", ms)

ms = [F("noo", 14, "消費量達41億包", 41e8, CNT, "y24"), F("noo", 14, "韓國41億包", 41e8, CNT, "y24"), F("noo", 15, "吃掉41億包", 41e8, CNT, "y24"),
      F("noo", 15, "南韓（41億包）", 41e8, CNT, "y24"), F("noo", 17, "共消費41億包", 41e8, CNT, "y24"),
      F("noo", 15, "2023年為40.4億包", 40.4e8, CNT, "y23"), F("noo", 15, "2022年為39.5億包", 39.5e8, CNT, "y22"),
      F("noo", 15, "2021年為37.9億包", 37.9e8, CNT, "y21")]
G("noo_korea_total", NOO, "South Korea's instant noodle consumption: 2024 41億 (five), 2023 40.4億, 2022 39.5億, 2021 37.9億", "South Korea",
  "instant noodle demand (servings)", "2021-2024", "Same year consistent; other years different_basis.", ms)

ms = [F("noo", 14, "5175萬人", 5175e4, P), F("noo", 15, "以5175萬人口", 5175e4, P), F("noo", 17, "約5157萬人", 5157e4, P, q="approx")]
G("noo_korea_population", NOO, "South Korea's population used for the per-capita figure: 5175萬 (two) vs ettoday's '約5157萬'", "South Korea",
  "population (persons)", "2024", "The digits are transposed: '約5157萬' does not contain 5175萬 (conflict).", ms)

for gid, subj, rows in [
    ("thailand", "Thailand", [(4, "Thailand (57)", 57), (12, "泰國以57份", 57), (13, "為57份", 57), (14, "泰國57包", 57), (15, "泰國（57包）", 57),
                              (16, "每年吃掉57包", 57), (17, "泰國（57包）", 57)]),
    ("indonesia", "Indonesia", [(13, "印尼（52）", 52), (14, "印尼52包", 52), (15, "印尼（52包）", 52), (16, "印尼（52包）", 52), (17, "印尼（52包）", 52)]),
    ("malaysia", "Malaysia", [(14, "馬來西亞47包", 47), (15, "馬來西亞（47包）", 47)]),
]:
    ms = [F("noo", n, qq, float(v), CNT, "y24") for n, qq, v in rows]
    G(f"noo_{gid}_percap", NOO, f"{subj}'s instant noodles per person 2024: {rows[0][2]} ({len(rows)})", subj, "instant noodles per capita (servings)",
      "2024", "Same figure.", ms)

ms = [F("noo", n, qq, 54.0, CNT, "y24") for n, qq in [(13, "尼泊爾（54）"), (14, "尼泊爾54包"), (15, "尼泊爾（54包）"), (16, "尼泊爾（54包）"), (17, "尼泊爾（54包）")]]
ms.append(F("noo", 7, "with 55 servings per person", 55.0, CNT, "y21"))
G("noo_nepal_percap", NOO, "Nepal's instant noodles per person: 2024 54 (five); 2021 55", "Nepal", "instant noodles per capita (servings)",
  "2021 / 2024", "Same year consistent; 2021 different_basis.", ms)

ms = [F("noo", 4, "Japan (47)", 47.0, CNT), F("noo", 13, "日本和馬來西亞（47）", 47.0, CNT, note="Japan and Malaysia"), F("noo", 14, "日本47包", 47.0, CNT),
      F("noo", 15, "日本（47包）", 47.0, CNT), F("noo", 16, "（均為47包）", 47.0, CNT, note="Japan and Malaysia"), F("noo", 17, "每人一年吃47包", 47.0, CNT)]
G("noo_japan_percap", NOO, "Japan's instant noodles per person 2024: 47 (six; two pages state it for Japan and Malaysia together)", "Japan",
  "instant noodles per capita (servings)", "2024", "Same figure.", ms)

ms = [F("noo", n, qq, 40.0, CNT) for n, qq in [(13, "台灣（40）"), (14, "每年人均40包"), (14, "台灣40包"), (15, "人均消費量為40包"), (15, "台灣（40包）"),
                                               (16, "台灣（40包）"), (17, "以人均40包"), (17, "台灣人均40包排第8"), (17, "台灣則以40包")]]
G("noo_taiwan_percap", NOO, "Taiwan's instant noodles per person 2024: 40 (nine)", "Taiwan", "instant noodles per capita (servings)", "2024", "Same figure.", ms)

ms = [F("noo", n, qq, 39.0, CNT, "y24") for n, qq in [(13, "菲律賓（39）"), (14, "菲律賓39包"), (15, "菲律賓（39包）"), (16, "菲律賓（39包）"), (17, "菲律賓（39包）")]]
ms.append(F("noo", 2, "only 40 packs per capita", 40.0, CNT, "ceo", note="Monde Nissin's CEO, no year given"))
G("noo_philippines_percap", NOO, "The Philippines' instant noodles per person: WINA 2024 39 (five) vs Monde Nissin's CEO 'only 40 packs per capita'",
  "Philippines", "instant noodles per capita (servings)", "2024 / unstated",
  "The CEO's round figure has no year (different_basis, rounding defensible).", ms, X(ms, DR, ["y24"], ["ceo"]))

ms = [F("noo", 12, "則為31份", 31.0, CNT, "y24"), F("noo", 13, "則是31份", 31.0, CNT, "y24"), F("noo", 13, "（包括香港）（31）", 31.0, CNT, "y24"),
      F("noo", 14, "（含香港）31包", 31.0, CNT, "y24"), F("noo", 15, "含香港，31包", 31.0, CNT, "y24"), F("noo", 16, "含香港，31包", 31.0, CNT, "y24"),
      F("noo", 17, "中國（31包）", 31.0, CNT, "y24"),
      F("noo", 3, "about 30 noodle helpings", 30.0, CNT, "y23", q="approx"), F("noo", 8, "about 30 noodle helpings", 30.0, CNT, "y23", q="approx"),
      F("noo", 8, "人均消费30份", 30.0, CNT, "y23"), F("noo", 10, "人均年消费量为29份", 29.0, CNT, "y18")]
G("noo_china_percap", NOO, "China's (with Hong Kong) instant noodles per person: 2024 31 (seven); 2023 'about 30' (two) / 30份; 2018 29", "China and Hong Kong",
  "instant noodles per capita (servings)", "2018 / 2023 / 2024", "Same year consistent; other years different_basis.", ms)

ms = [F("noo", 13, "（59億份）", 59e8, CNT, "y24"), F("noo", 14, "日本59億包", 59e8, CNT, "y24"), F("noo", 4, "Japan (5.9 billion)", 5.9e9, CNT, "y24"),
      F("noo", 2, "Japan (5.84 billion)", 5.84e9, CNT, "y23"), F("noo", 8, "Japan (5.8 billion)", 5.8e9, CNT, "y23"), F("noo", 8, "日本(58亿)", 58e8, CNT, "y23")]
G("noo_japan_total", NOO, "Japan's instant noodle demand: 2024 59億 = 5.9bn (three); 2023 5.84bn vs 5.8bn / 58亿", "Japan", "instant noodle demand (servings)",
  "2023 / 2024", "5.8bn / 58亿 round 5.84bn (rounding); 5.9bn (2024) different_basis.", ms)
ms = [F("noo", 14, "美國51.5億包", 51.5e8, CNT, "y24"), F("noo", 4, "(5.15 billion)", 5.15e9, CNT, "y24"), F("noo", 2, "the US (5.1 billion)", 5.1e9, CNT, "y23")]
G("noo_us_total", NOO, "US instant noodle demand: 2024 51.5億 = 5.15bn; 2023 5.1bn", "United States", "instant noodle demand (servings)", "2023 / 2024",
  "5.1bn is the 2023 figure (different_basis from 2024's 5.15bn).", ms)
ms = [F("noo", 14, "菲律賓44.9億包", 44.9e8, CNT, "y24"), F("noo", 2, "was 4.39 billion servings", 4.39e9, CNT, "y23")]
G("noo_philippines_total", NOO, "The Philippines' instant noodle demand: 2024 44.9億, 2023 4.39bn", "Philippines", "instant noodle demand (servings)",
  "2023 / 2024", "Different years.", ms)
ms = [F("noo", 5, "increase of 29 percent", 29.0, PC), F("noo", 9, "较2019年成长29%", 29.0, PC)]
G("noo_vietnam_growth_2020", NOO, "Vietnam's instant noodle demand growth 2020 vs 2019: 29% (two)", "Vietnam", "instant noodle demand growth (percent)", "2020",
  "Same figure.", ms)
ms = [F("noo", 5, "around 6 percent", 6.0, PC, q="approx"), F("noo", 9, "全球泡面市场的6%", 6.0, PC)]
G("noo_vietnam_share_2020", NOO, "Vietnam's share of world instant noodle demand 2020: around 6% / 6%", "Vietnam", "share of world demand (percent)", "2020",
  "Same figure.", ms)
ms = [F("noo", 14, "人均消費量不到10包", 10.0, CNT, q="under"), F("noo", 17, "人均消費量仍低於10包", 10.0, CNT, q="under")]
G("noo_europe_percap", NOO, "Many European countries' instant noodles per person: under 10 (two)", "European countries", "instant noodles per capita (servings)",
  "2024", "Same bound.", ms)
ms = [F("noo", 11, "人均需求量为13.65份", 13.65, CNT, "y18"), F("noo", 10, "人均消费量为13.6份", 13.6, CNT, "y18"),
      F("noo", 11, "人均需求量达13.87份", 13.87, CNT, "y19")]
G("noo_world_percap", NOO, "World instant noodle demand per person: 2018 13.65 (WINA via xxdwzd) vs 13.6 (Ries report via goolook); 2019 13.87",
  "world", "instant noodles per capita (servings)", "2018 / 2019", "13.6 rounds 13.65 (rounding, at the boundary); 2019 different_basis.", ms)
ms = [F("noo", 10, "全球近4成方便面被中国人吃了", 40.0, PC, "y18", vt="4成", q="under", note="headline"),
      F("noo", 10, "占比已增至全球近4成", 40.0, PC, "y18", vt="4成", q="under"), F("noo", 10, "占全球销量近4成", 40.0, PC, "y18", vt="4成", q="under"),
      F("noo", 16, "全球需求的35.6%", 35.6, PC, "y24")]
G("noo_china_share", NOO, "China's share of world instant noodle demand: 2018 '近4成' (nearly 40%, headline and twice in the text); 2024 35.6%", "China and Hong Kong",
  "share of world demand (percent)", "2018 / 2024", "Same year consistent; other year different_basis.", ms)

# noodles: singles
S("noo", 1, "across more than 50 nations", value=50, unit=CNT, q="over")
S("noo", 1, "Roughly 60% of Indians", value=60, unit=PC, q="approx")
S("noo", 1, "First Time in 14 Years", value=14, unit="years")
S("noo", 4, "about 10,000 dong", value=10000, unit="VND", q="approx")
S("noo", 4, "(USD 0.40)", value=0.40, unit=USD)
S("noo", 6, "increased by 67 per cent", value=67, unit=PC)
S("noo", 6, "accounting for 56 per cent", value=56, unit=PC)
S("noo", 6, "over 25 per cent", value=25, unit=PC, q="over")
S("noo", 6, "$73.6 billion", value=73.6e9, unit=USD)
S("noo", 6, "$45.7 billion", value=45.7e9, unit=USD)
S("noo", 7, "from $5 billion in 2019", value=5e9, unit=USD)
S("noo", 7, "$8.6 billion in 2021", value=8.6e9, unit=USD)
S("noo", 9, "上升2个名次", value=2, unit=CNT)
S("noo", 10, "一个月吃了50包", value=50, unit=CNT)
S("noo", 10, "2018年中国22家", value=22, unit=CNT)
S("noo", 11, "增加了35.1亿份", value=35.1e8, unit=CNT)
S("noo", 11, "增加了28亿份", value=28e8, unit=CNT)
S("noo", 11, "增加了0.22份/人", value=0.22, unit=CNT)
S("noo", 11, "亚洲占有10席", value=10, unit=CNT)
S("noo", 11, "八成以上", vt="八成", value=80, unit=PC, q="over")
S("noo", 14, "泰國40.8億包", value=40.8e8, unit=CNT)
S("noo", 14, "奈及利亞30億包", value=30e8, unit=CNT)
S("noo", 15, "增加了1.4%", value=1.4, unit=PC)
S("noo", 15, "下降了7包", value=7, unit=CNT)
S("noo", 15, "的 10.7倍", vt="10.7", value=10.7, unit="times")
S("noo", 16, "韓國差2包落後", value=2, unit=CNT)
# noodles: not claims
NC("noo", 12, "綜合世界方便麵協會、香港01等", "name")
NC("noo", 1, " date 2024-03-14", "date")
NC("noo", 1, "March 14, 2024", "date")
NC("noo", 1, "pic.twitter.com/LzG0grBBCC", "identifier")
NC("noo", 2, " date 2025-02-26", "date")
NC("noo", 5, "Post by admin /15/08/2021", "date")
NC("noo", 5, "market-4340106.html", "identifier")
NC("noo", 7, "Jun 30, 2022 - 17:50", "date")
NC("noo", 7, "Jun 30, 2022 - 17:51", "date")
NC("noo", 7, "June 13", "date")
NC("noo", 7, "due to COVID-19", "name")
NC("noo", 9, "北京时间2021年08月17日讯", "dateline")
NC("noo", 9, "(COVID-19,2019冠状病毒疾病)", "name")
NC("noo", 11, "2015-2019年全球方便面总需求量", "caption")
NC("noo", 12, "香港新聞網10月10日電", "dateline")
NC("noo", 13, " date 2025-10-10", "date")
NC("noo", 14, " date 2025-11-11", "date")
NC("noo", 14, "今年10月9日公布", "date")
NC("noo", 15, " date 2025-10-09", "date")
NC("noo", 15, "2025/10/09 12:17", "date")
NC("noo", 15, "（WINA）9日發布", "date")
NC("noo", 16, " date 2025-11-10", "date")
NC("noo", 16, "2025/11/10 17:08", "date")
NC("noo", 17, " date 2025-11-11", "date")

# ============================================================ beer (Kirin consumption; NBS output)
ms = [
    F("bee", 1, "around 185.60 million kiloliters", 185.60e9, L, "y21", mult=KL, q="approx"),
    F("bee", 2, "approximately 185.60 million kiloliters", 185.60e9, L, "y21", mult=KL, q="approx"),
    F("bee", 11, "消费量为18560.2万千升", 18560.2e7, L, "y21", mult=KL),
    F("bee", 17, "為17750萬(wàn)千升", 17750e7, L, "y20", vt="17750萬", mult=KL, q="approx"),
    F("bee", 18, "達到1億8879萬千升", 1.8879e11, L, "y20", vt="1億8879萬", step=1e7,
      note="the page labels Kirin's global total as 2020 (the figures are those of an earlier year)"),
    F("bee", 15, "為1.8378億千升", 1.8378e11, L, "y15", vt="1.8378億", mult=KL),
    F("bee", 3, "approximately 189.06 million kiloliters", 189.06e9, L, "y14", mult=KL, q="approx"),
    F("bee", 4, "reached 188.81 million kiloliters", 188.81e9, L, "y13", mult=KL),
    F("bee", 12, "1888.1亿升,连续28年增长", 1888.1e8, L, "y13", nth=1),
    F("bee", 12, "1888.1亿升,连续28年增长", 1888.1e8, L, "y13", nth=2),
    F("bee", 14, "增至約1億8881萬千升", 1.8881e11, L, "y13", vt="1億8881萬", step=1e7, q="approx"),
    F("bee", 5, "amounted to 187.37 million kiloliters", 187.37e9, L, "y12", mult=KL),
    F("bee", 6, "amounted to 188.78 million kiloliters", 188.78e9, L, "y11", mult=KL),
    F("bee", 7, "to 141.56 million kiloliters", 141.56e9, L, "y02", mult=KL),
]
G("bee_global", BEE, "Global beer consumption (Kirin): 2021 185.60 million kl (x2, 'around' / 'approximately') = 18560.2万千升; 2020 17750萬千升 (aipa69) "
  "vs cy2002's '2020' 1億8879萬千升; 2015 1.8378億千升; 2014 189.06 million kl; 2013 188.81 million kl = 1888.1亿升 (x2) = 約1億8881萬千升; "
  "2012 187.37; 2011 188.78; 2002 141.56 million kl", "world", "beer consumption (litres)", "2002-2021",
  "Units converted (1 kl = 1000 l); 'around 185.60 million' contains 18560.2万 (consistent); cy2002 gives 1億8879萬千升 for 2020 against "
  "17750萬 (conflict); other years different_basis.", ms)

ms = [F("bee", 1, "grew 4.0 percent", 4.0, PC, "y21"), F("bee", 2, "an increase of 4.0%", 4.0, PC, "y21"), F("bee", 11, "同比增长4%", 4.0, PC, "y21"),
      F("bee", 18, "比2019年增長0.8%", 0.8, PC, "y20"), F("bee", 15, "相比2014年減少0.3%", -0.3, PC, "y15"),
      F("bee", 3, "up 0.4% from", 0.4, PC, "y14"), F("bee", 4, "up 0.5% from", 0.5, PC, "y13"), F("bee", 12, "增加0.5%至", 0.5, PC, "y13"),
      F("bee", 12, "较上年增加0.5%", 0.5, PC, "y13", nth=2), F("bee", 14, "增長了0.5%", 0.5, PC, "y13"),
      F("bee", 5, "(up 1.0% from", 1.0, PC, "y12"), F("bee", 6, "(up 3.8% from", 3.8, PC, "y11"),
      F("bee", 7, "rose 2.1 percent", 2.1, PC, "y02"), F("bee", 8, "was up 2.1% in 2002", 2.1, PC, "y02")]
G("bee_global_growth", BEE, "Global beer consumption growth: 2021 4.0% (x2) = 4%; cy2002's '2020' +0.8%; 2015 -0.3%; 2014 +0.4%; 2013 +0.5% (four); "
  "2012 +1.0%; 2011 +3.8%; 2002 +2.1% (two)", "world", "beer consumption growth (percent)", "2002-2021",
  "Same year consistent (4% = 4.0%); other years different_basis.", ms)

ms = [F("bee", 1, "at 38.09 million kl", 38.09e9, L, "y21", mult=KL), F("bee", 11, "中国:3809.3万千升", 3809.3e7, L, "y21", mult=KL),
      F("bee", 2, "a total of 38.1bn liters", 38.1e9, L, "y21"),
      F("bee", 17, "3608.8萬(wàn)千升", 3608.8e7, L, "y20", vt="3608.8萬", mult=KL),
      F("bee", 18, "至3936萬千升", 3936e7, L, "y20", mult=KL, note="cy2002's '2020' figure"),
      F("bee", 18, "(393.6億升)", 393.6e8, L, "y20"), F("bee", 18, "喝掉393.6億升", 393.6e8, L, "y20", note="'去年', tied by the page to the same figure"),
      F("bee", 12, "463.1亿升", 463.1e8, L, "y13"), F("bee", 14, "增至約4631萬千升", 4631e7, L, "y13", mult=KL, q="approx"),
      F("bee", 7, "China with 23.50 million kiloliters", 23.50e9, L, "y02", mult=KL), F("bee", 8, "at 23.5 billion liters", 23.5e9, L, "y02")]
G("bee_china", BEE, "China's beer consumption (Kirin): 2021 38.09 million kl vs 3809.3万千升 vs 38.1bn liters; 2020 3608.8萬千升 (aipa69) vs cy2002's "
  "3936萬千升 = 393.6億升 (x2); 2013 463.1亿升 = 約4631萬千升; 2002 23.50 million kl = 23.5bn liters", "China", "beer consumption (litres)", "2002-2021",
  "38.09 million kl and 38.1bn liters round 3809.3万千升 (rounding); cy2002's 3936萬 for 2020 disagrees with 3608.8萬 (conflict).", ms)

ms = [F("bee", 1, "up 5.6 percent", 5.6, PC, "y21"), F("bee", 2, "by 5.6% year-on-year", 5.6, PC, "y21"), F("bee", 11, "同比增长5.6%", 5.6, PC, "y21"),
      F("bee", 18, "消費量減少2%", -2.0, PC, "y20", vt="2%"), F("bee", 15, "消費量減少了3.9%", -3.9, PC, "y15", vt="3.9%"),
      F("bee", 3, "a decrease of 3.1%", -3.1, PC, "y14", vt="3.1%"), F("bee", 4, "increase of 4.8%", 4.8, PC, "y13"),
      F("bee", 12, "较上年增加4.8%", 4.8, PC, "y13"), F("bee", 14, "同比增長4.8%", 4.8, PC, "y13"),
      F("bee", 5, "consuming 1.2% less", -1.2, PC, "y12", vt="1.2%"), F("bee", 6, "consuming 10.7% more", 10.7, PC, "y11"),
      F("bee", 7, "a surge of 4.7 percent", 4.7, PC, "y02"), F("bee", 8, "surged 4.7% in China", 4.7, PC, "y02")]
G("bee_china_growth", BEE, "China's beer consumption growth: 2021 +5.6% (three); cy2002's '2020' -2%; 2015 -3.9%; 2014 -3.1%; 2013 +4.8% (three); "
  "2012 -1.2%; 2011 +10.7%; 2002 +4.7% (two)", "China", "beer consumption growth (percent)", "2002-2021", "Same year consistent; other years different_basis.", ms)

ms = [F("bee", 2, "taking up 20.5%", 20.5, PC, "y21"), F("bee", 12, "占全球总消费量的24.5%", 24.5, PC, "y13"),
      F("bee", 15, "近四分之一", 25.0, PC, "y15", vt="四分之一", step=1.0, q="under")]
G("bee_china_share", BEE, "China's share of world beer consumption: 2021 20.5%, 2015 'nearly a quarter', 2013 24.5%", "China", "share of world consumption (percent)",
  "2013 / 2015 / 2021", "Different years.", ms)

ms = [F("bee", 1, "United States at 24.17 million kl", 24.17e9, L, "y21", mult=KL), F("bee", 11, "美国:2417.0万千升", 2417.0e7, L, "y21", mult=KL),
      F("bee", 17, "2410.5萬(wàn)千升", 2410.5e7, L, "y20", vt="2410.5萬", mult=KL),
      F("bee", 7, "with 23.82 million kiloliters", 23.82e9, L, "y02", mult=KL), F("bee", 8, "downed 23.8 billion liters", 23.8e9, L, "y02")]
G("bee_us", BEE, "US beer consumption: 2021 24.17 million kl = 2417.0万千升; 2020 2410.5萬千升; 2002 23.82 million kl vs 23.8bn liters", "United States",
  "beer consumption (litres)", "2002-2021", "23.8bn liters rounds 23.82 million kl (rounding); other years different_basis.", ms)
ms = [F("bee", 1, "up 1.1 percent", 1.1, PC, "y21"), F("bee", 11, "同比增长1.1%", 1.1, PC, "y21"),
      F("bee", 7, "up 1.4 percent over", 1.4, PC, "y02"), F("bee", 8, "United States were up 1.4%", 1.4, PC, "y02")]
G("bee_us_growth", BEE, "US beer consumption growth: 2021 +1.1% (two); 2002 +1.4% (two)", "United States", "beer consumption growth (percent)", "2002 / 2021",
  "Same year consistent.", ms)
ms = [F("bee", 1, "Brazil at 14.54 million kl", 14.54e9, L, "y21", mult=KL), F("bee", 11, "巴西:1454.0万千升", 1454.0e7, L, "y21", mult=KL),
      F("bee", 7, "Brazil at 8.35 million kiloliters", 8.35e9, L, "y02", mult=KL)]
G("bee_brazil", BEE, "Brazil's beer consumption: 2021 14.54 million kl = 1454.0万千升; 2002 8.35 million kl", "Brazil", "beer consumption (litres)", "2002 / 2021",
  "Same year consistent.", ms)
ms = [F("bee", 1, "up 5.0 percent", 5.0, PC, "y21"), F("bee", 11, "同比增长5.0%", 5.0, PC, "y21"),
      F("bee", 7, "down 0.5 percent, and", -0.5, PC, "y02", vt="0.5 percent")]
G("bee_brazil_growth", BEE, "Brazil's beer consumption growth: 2021 +5.0% (two); 2002 -0.5%", "Brazil", "beer consumption growth (percent)", "2002 / 2021",
  "Same year consistent.", ms)
ms = [F("bee", 11, "德国:758.4万千升", 758.4e7, L, "y21", mult=KL), F("bee", 7, "Germany came third at 10.04 million kiloliters", 10.04e9, L, "y02", mult=KL),
      F("bee", 8, "third at 10 billion liters", 10e9, L, "y02")]
G("bee_germany", BEE, "Germany's beer consumption: 2021 758.4万千升; 2002 10.04 million kl vs 10bn liters", "Germany", "beer consumption (litres)", "2002 / 2021",
  "10 billion liters rounds 10.04 million kl (rounding).", ms)
ms = [F("bee", 11, "同比下降2.1%", -2.1, PC, "y21", vt="2.1%"), F("bee", 7, "down 0.5 percent, followed", -0.5, PC, "y02", vt="0.5 percent")]
G("bee_germany_growth", BEE, "Germany's beer consumption growth: 2021 -2.1%; 2002 -0.5%", "Germany", "beer consumption growth (percent)", "2002 / 2021",
  "Different years.", ms)
ms = [F("bee", 11, "俄罗斯:893.7万千升", 893.7e7, L, "y21", mult=KL), F("bee", 7, "Russia at 7.08 million kiloliters", 7.08e9, L, "y02", mult=KL)]
G("bee_russia", BEE, "Russia's beer consumption: 2021 893.7万千升; 2002 7.08 million kl", "Russia", "beer consumption (litres)", "2002 / 2021", "Different years.", ms)
ms = [F("bee", 11, "同比增长3.4%", 3.4, PC, "y21"), F("bee", 7, "up 5 percent", 5.0, PC, "y02")]
G("bee_russia_growth", BEE, "Russia's beer consumption growth: 2021 +3.4%; 2002 +5%", "Russia", "beer consumption growth (percent)", "2002 / 2021", "Different years.", ms)
ms = [F("bee", 1, "to 4.18 million kl", 4.18e9, L, "y21", mult=KL), F("bee", 11, "日本:418.8万千升", 418.8e7, L, "y21", mult=KL),
      F("bee", 2, "to 4.1bn liters", 4.1e9, L, "y21"), F("bee", 12, "54.9亿升", 54.9e8, L, "y13"),
      F("bee", 7, "sixth, with 6.93 million kiloliters", 6.93e9, L, "y02", mult=KL)]
G("bee_japan", BEE, "Japan's beer consumption: 2021 418.8万千升 vs abs-cbn's 4.18 million kl and nairobitimes' 4.1bn liters; 2013 54.9亿升; 2002 6.93 million kl",
  "Japan", "beer consumption (litres)", "2002-2021",
  "4.18 million kl and 4.1bn liters truncate 4.188 million kl (not a correct rounding: conflict); other years different_basis.", ms)
ms = [F("bee", 1, "down 5.2 percent", -5.2, PC, "y21", vt="5.2 percent"), F("bee", 2, "a decrease of 5.2%", -5.2, PC, "y21", vt="5.2%"),
      F("bee", 11, "同比下降5.2%", -5.2, PC, "y21", vt="5.2%"), F("bee", 15, "日本也減少了0.5%", -0.5, PC, "y15", vt="0.5%"),
      F("bee", 12, "消费量减少1.0%", -1.0, PC, "y13", vt="1.0%"), F("bee", 7, "down 2.6 percent", -2.6, PC, "y02", vt="2.6 percent")]
G("bee_japan_growth", BEE, "Japan's beer consumption growth: 2021 -5.2% (three); 2015 -0.5%; 2013 -1.0%; 2002 -2.6%", "Japan", "beer consumption growth (percent)",
  "2002-2021", "Same year consistent; other years different_basis.", ms)
ms = [F("bee", 2, "to 4.2bn liters", 4.2e9, L, "y21"), F("bee", 11, "越南:415.9万千升", 415.9e7, L, "y21", mult=KL)]
G("bee_vietnam", BEE, "Vietnam's beer consumption 2021: 4.2bn liters vs 415.9万千升", "Vietnam", "beer consumption (litres)", "2021",
  "4.2bn liters rounds 415.9万千升 (rounding).", ms)
ms = [F("bee", 2, "Vietnam dropped 5.5%", -5.5, PC, "y21", vt="5.5%"), F("bee", 11, "同比下降5.5%", -5.5, PC, "y21", vt="5.5%"),
      F("bee", 15, "越南消費量增長7.7%", 7.7, PC, "y15"), F("bee", 4, "consuming 7.3% more", 7.3, PC, "y13"), F("bee", 14, "越南增長7.3%", 7.3, PC, "y13"),
      F("bee", 6, "growth of 14.8%", 14.8, PC, "y11")]
G("bee_vietnam_growth", BEE, "Vietnam's beer consumption growth: 2021 -5.5% (two); 2015 +7.7%; 2013 +7.3% (two); 2011 +14.8%", "Vietnam",
  "beer consumption growth (percent)", "2011-2021", "Same year consistent; other years different_basis.", ms)
ms = [F("bee", 1, "a 12.7 percent increase", 12.7, PC), F("bee", 11, "同比增长12.7%", 12.7, PC)]
G("bee_uk_growth", BEE, "UK beer consumption growth 2021: 12.7% (two)", "United Kingdom", "beer consumption growth (percent)", "2021", "Same figure.", ms)
ms = [F("bee", 1, "accounting for 31.4 percent", 31.4, PC), F("bee", 2, "to take 31.4%", 31.4, PC)]
G("bee_asia_share", BEE, "Asia's share of world beer consumption 2021: 31.4% (two)", "Asia", "share of world consumption (percent)", "2021", "Same figure.", ms)
ms = [F("bee", 2, "South Korea dropped 3.2%", -3.2, PC, "y21", vt="3.2%"), F("bee", 3, "an 11.7% increase", 11.7, PC, "y14"),
      F("bee", 4, "a 15.2% increase", 15.2, PC, "y13")]
G("bee_korea_growth", BEE, "South Korea's beer consumption growth: 2021 -3.2%, 2014 +11.7%, 2013 +15.2%", "South Korea", "beer consumption growth (percent)",
  "2013 / 2014 / 2021", "Different years.", ms)
ms = [F("bee", 2, "a growth of 28.2%", 28.2, PC, "y21"), F("bee", 4, "increase of 14.1%", 14.1, PC, "y13"), F("bee", 5, "and 12.4%", 12.4, PC, "y12")]
G("bee_india_growth", BEE, "India's beer consumption growth: 2021 +28.2%, 2013 +14.1%, 2012 +12.4%", "India", "beer consumption growth (percent)",
  "2012 / 2013 / 2021", "Different years.", ms)
ms = [F("bee", 2, "Thailand dropped 3%", -3.0, PC, "y21", vt="3%"), F("bee", 5, "rates of 13.2%", 13.2, PC, "y12")]
G("bee_thailand_growth", BEE, "Thailand's beer consumption growth: 2021 -3%, 2012 +13.2%", "Thailand", "beer consumption growth (percent)", "2012 / 2021",
  "Different years.", ms)
ms = [F("bee", 1, "at 184.1 liters", 184.1, L, "y21"), F("bee", 15, "捷克為142.4升", 142.4, L, "y15"), F("bee", 12, "捷克以147升", 147.0, L, "y13")]
G("bee_czech_percap", BEE, "Czech beer consumption per person: 2021 184.1 l, 2015 142.4 l, 2013 147 l", "Czech Republic", "beer per capita (litres)",
  "2013 / 2015 / 2021", "Different years.", ms)
ms = [F("bee", 1, "consumed 33.2 liters", 33.2, L, "y21"), F("bee", 15, "日本為42.3升", 42.3, L, "y15"), F("bee", 12, "减少至43升", 43.0, L, "y13")]
G("bee_japan_percap", BEE, "Japan's beer consumption per person: 2021 33.2 l, 2015 42.3 l, 2013 43 l", "Japan", "beer per capita (litres)", "2013 / 2015 / 2021",
  "Different years.", ms)

ms = [F("bee", 13, "下滑至3521.3万千升", 3521.3e7, L, "y24", mult=KL), F("bee", 9, "approximately 35.21 billion liters", 35.21e9, L, "y24", q="approx"),
      F("bee", 13, "微降至3555.5万千升", 3555.5e7, L, "y23", mult=KL), F("bee", 16, "產(chǎn)量3555.5萬(wàn)千升", 3555.5e7, L, "y23", vt="3555.5萬", mult=KL),
      F("bee", 9, "from 35.56 billion liters", 35.56e9, L, "y23"),
      F("bee", 13, "3568.67万千升(2022年)", 3568.67e7, L, "y22", mult=KL), F("bee", 13, "至3562.43万千升", 3562.43e7, L, "y21", mult=KL),
      F("bee", 13, "降至3411.11万千升", 3411.11e7, L, "y20", mult=KL),
      F("bee", 13, "累计产量1904.4万千升", 1904.4e7, L, "h125", mult=KL), F("bee", 13, "6月产量412万千升", 412e7, L, "jun25", mult=KL),
      F("bee", 10, "reach 50.62 million kiloliters", 50.62e9, L, "y13", mult=KL),
      F("bee", 10, "the 50 million-kiloliter mark", 50e9, L, "y13", vt="50 million", mult=KL, q="over"),
      F("bee", 10, "to 4.9 million kiloliters", 4.9e9, L, "y14", mult=KL)]
G("bee_china_output", BEE, "China's beer output (NBS, enterprises above designated size): 2024 3521.3万千升 vs 'approximately 35.21 billion liters'; 2023 "
  "3555.5万千升 (two) vs 35.56bn liters; 2022 3568.67万; 2021 3562.43万; 2020 3411.11万; H1 2025 1904.4万; June 2025 412万; 2013 50.62 million kl "
  "('broke the 50 million-kiloliter mark'); 2014 4.9 million kl", "China", "beer output (litres)", "2013-2025",
  "35.56bn liters rounds 3555.5万千升 (rounding); 'approximately 35.21 billion' contains 3521.3万 (consistent); other periods different_basis.", ms)
ms = [F("bee", 13, "同比下降0.6%", -0.6, PC, "y24", vt="0.6%"), F("bee", 13, "同比下降0.37%", -0.37, PC, "y23", vt="0.37%"),
      F("bee", 16, "同比增長(zhǎng)0.3%", 0.3, PC, "y23", vt="0.3%"), F("bee", 13, "同比下降7.04%", -7.04, PC, "y20", vt="7.04%"),
      F("bee", 13, "同比下降0.3%", -0.3, PC, "h125", vt="0.3%"), F("bee", 13, "同比下降0.2%", -0.2, PC, "jun25", vt="0.2%"),
      F("bee", 10, "an annual 2.76%", -2.76, PC, "y14", vt="2.76%")]
G("bee_china_output_growth", BEE, "China's beer output growth: 2024 -0.6%; 2023 -0.37% (xueqiu, from the levels) vs +0.3% (the NBS release); 2020 -7.04%; "
  "H1 2025 -0.3%; June 2025 -0.2%; 2014 -2.76%", "China", "beer output growth (percent)", "2014-2025",
  "-0.37% and +0.3% for 2023 disagree in sign (conflict); other periods different_basis.", ms)
ms = [F("bee", 10, "decreases for first time in 24 years", 24.0, "years"), F("bee", 10, "for the first time in 24 years", 24.0, "years")]
G("bee_china_output_first_fall", BEE, "China's beer output fell in 2014 for the first time in 24 years (headline and text)", "China", "years since the last fall",
  "2014", "Same figure.", ms)

# beer: singles
S("bee", 1, "first rise in 2 years", value=2, unit="years")
S("bee", 1, "Europe with 26.5 percent", value=26.5, unit=PC)
S("bee", 2, "covering 170 major countries", value=170, unit=CNT)
S("bee", 2, "of the 25 top beer", value=25, unit=CNT)
S("bee", 2, "first decline in 15 years", value=15, unit="years")
S("bee", 2, "taking a 2.3% market share", value=2.3, unit=PC)
S("bee", 2, "taking up a 5.2% market share", value=5.2, unit=PC)
S("bee", 2, "to 1.88bn liters", value=1.88e9, unit=L)
S("bee", 2, "to get a 1% market share", value=1, unit=PC)
S("bee", 2, "to 1.75bn liters", value=1.75e9, unit=L)
S("bee", 2, "had a 0.9% market share", value=0.9, unit=PC)
S("bee", 2, "to 2.2bn liters", value=2.2e9, unit=L)
S("bee", 2, "took 1.2% of the market share", value=1.2, unit=PC)
S("bee", 2, "with 58.3bn liters", value=58.3e9, unit=L)
S("bee", 2, "growing 3.1% year-on-year", value=3.1, unit=PC)
S("bee", 3, "about 152 times over", vt="152", value=152, unit="times", q="approx")
S("bee", 4, "about 152 jugs", value=152, unit=CNT, q="approx")
S("bee", 4, "first time in 21 years", value=21, unit="years")
S("bee", 5, "about 151 jugs", value=151, unit=CNT, q="approx")
S("bee", 7, "a 16.8 percent share", value=16.8, unit=PC)
S("bee", 9, "approximately 35 liters per year", value=35, unit=L, q="approx")
S("bee", 9, "account for 65% of", value=65, unit=PC)
S("bee", 9, "holds a 40% stake", value=40, unit=PC)
S("bee", 10, "by 1.6 percentage points", value=1.6, unit=PP)
S("bee", 10, "to 75.2% in 2014", value=75.2, unit=PC)
S("bee", 11, "墨西哥:866.0万千升", value=866.0e7, unit=L, mult=KL)
S("bee", 11, "同比增长4.5%", value=4.5, unit=PC)
S("bee", 11, "英国:460.8万千升", value=460.8e7, unit=L, mult=KL)
S("bee", 11, "西班牙:413.1万千升", value=413.1e7, unit=L, mult=KL)
S("bee", 11, "同比增长9.1%", value=9.1, unit=PC)
S("bee", 13, "累计产量下降约9%", vt="9%", value=-9, unit=PC, q="approx")
S("bee", 15, "近30年來首次", vt="30", value=30, unit="years", q="approx")
S("bee", 16, "葡萄酒產(chǎn)量14.3萬(wàn)千升", vt="14.3萬", value=14.3e7, unit=L)
S("bee", 16, "累計(jì)增長(zhǎng)2.9%", vt="2.9%", value=2.9, unit=PC)
S("bee", 16, "實(shí)現(xiàn)了7.1%", vt="7.1%", value=7.1, unit=PC)
S("bee", 16, "在3500萬(wàn)千升以上", vt="3500萬", value=3500e7, unit=L, q="over", note="output in each of three years")
S("bee", 17, "約合3750億品脫", vt="3750億", value=3750e8, unit="pint", q="approx")
S("bee", 17, "減少了1280萬(wàn)千升", vt="1280萬", value=1280e7, unit=L)
S("bee", 18, "每天能喝上千噸啤酒", vt="千噸", value=1000, unit=T, q="over")
S("bee", 5, "the world’s 25 largest", value=25, unit=CNT)
S("bee", 6, "the world's 25 largest", value=25, unit=CNT)
S("bee", 18, "時隔4年增加", value=4, unit="years")
# beer: not claims
NC("bee", 2, "due to the impacts of COVID-19", "name")
NC("bee", 16, "而5、6、11三", "date")
NC("bee", 1, " date 2022-12-29", "date")
NC("bee", 2, "Kirin Global Beer Consumption Report 2021", "name")
NC("bee", 2, "Global Beer Consumption Report for 2021", "name")
NC("bee", 3, "December 24, 2015", "date")
NC("bee", 3, "Global Beer Consumption by Country in 2014", "name")
NC("bee", 4, "December 24, 2014", "date")
NC("bee", 4, "Global Beer Consumption by Country in 2013", "name")
NC("bee", 5, "January 8, 2014", "date")
NC("bee", 5, "Global Beer Consumption by Country in 2012", "name")
NC("bee", 6, "news/2012/1226_01.html", "identifier")
NC("bee", 6, "December 26, 2012", "date")
NC("bee", 6, "Report Vol. 39", "name")
NC("bee", 6, "since 1975", "date")
NC("bee", 8, "Jan 8, 2004", "date")
NC("bee", 9, " date 2025-09-04", "date")
NC("bee", 10, "Updated: 18 May 2015", "date")
NC("bee", 10, "the 2015 congress", "date")
NC("bee", 11, "2022年12月23日", "date")
NC("bee", 12, "2014-12-31 07:11:22", "date")
NC("bee", 12, "10万+阅读", "page_furniture")
NC("bee", 14, "12月24日", "date")
NC("bee", 15, "【共同社12月21日電】", "dateline")
NC("bee", 16, "2023年1-12月份", "period")
NC("bee", 17, "2022-09-30 10:25:35", "date")
NC("bee", 17, "閱讀:1188", "page_furniture")

# ============================================================ dairy (China milk output; dairy imports)
ms = [
    F("dai", 8, "全国牛奶产量4197万吨", 4197e4, T, "y23"),
    F("dai", 5, "to 41.97 million tons", 41.97e6, T, "y23"),
    F("dai", 4, "nearly 42 million tons", 42e6, T, "y23", q="under"),
    F("dai", 2, "totalled 41 million tonnes", 41e6, T, "u23", note="USDA's figure"),
    F("dai", 6, "forecast over 42 million metric tonnes", 42e6, T, "fc23", q="over", note="USDA forecast for 2023"),
    F("dai", 9, "总产量 4 079 万t", 4079e4, T, "y24", vt="4 079 万", step=1e4),
    F("dai", 13, "總產量 4 079 萬t", 4079e4, T, "y24", vt="4 079 萬", step=1e4),
    F("dai", 1, "to 43.3M tonnes", 43.3e6, T, "fc24r", vt="43.3M", note="Rabobank forecast for 2024"),
    F("dai", 7, "reach 42.5 million metric tons", 42.5e6, T, "fc24u", note="USDA forecast for 2024"),
    F("dai", 4, "reached 26.95 million tons", 26.95e6, T, "jn24", note="first 11 months of 2024"),
    F("dai", 10, "牛奶产量3932万吨", 3932e4, T, "y22"),
    F("dai", 11, "产量超四千万吨", 4000e4, T, "c22", vt="四千万", step=1e7, q="over", note="China Dairy Industry Association, raw milk"),
    F("dai", 11, "达到四千多万吨", 4000e4, T, "c22", vt="四千多万", step=1e7, q="over"),
    F("dai", 8, "全国牛奶产量1293万吨", 1293e4, T, "q423"),
    F("dai", 14, "牛奶產(chǎn)量1110萬噸", 1110e4, T, "q323", vt="1110萬"),
    F("dai", 4, "2025 target of 41 million tons", 41e6, T, "tg25"),
]
pr = X(ms, DC, ["y23"], ["u23"])
pr.update(X(ms, DC, ["y22"], ["c22"]))
G("dai_milk_output", DAI, "China's milk output: 2023 NBS 4197万吨 = 41.97 million tons, 'nearly 42 million' vs USDA's 41 million; USDA forecast 'over 42 "
  "million'; 2024 NBS 4 079 万t (two) and the forecasts 43.3M (Rabobank) / 42.5 million (USDA); January-November 2024 26.95 million; 2022 NBS "
  "3932万吨 vs the dairy association's '超四千万吨' (x2); Q4 2023 1293万; Q3 2023 1110萬; the 2025 target 41 million", "China",
  "milk output (tonnes)", "2022-2025",
  "USDA's 41 million against the NBS's 41.97 million, and the dairy association's 'over 40 million' against the NBS's 3932万 for 2022, are "
  "other compilers' figures (different_basis, conflict defensible); forecasts, targets and other periods different_basis.", ms, pr)

ms = [
    F("dai", 8, "增长6.7%", 6.7, PC, "y23"),
    F("dai", 5, "increased by 6.7% last year", 6.7, PC, "y23"),
    F("dai", 2, "up 4.6% from the previous year", 4.6, PC, "u23"),
    F("dai", 6, "a 4% increase over 2022", 4.0, PC, "fc23"),
    F("dai", 9, "同比减少 2.8%", -2.8, PC, "y24", vt="2.8%"),
    F("dai", 13, "同比減少 2.8%", -2.8, PC, "y24", vt="2.8%"),
    F("dai", 1, "increase by 3.2% in 2024", 3.2, PC, "fc24r"),
    F("dai", 7, "a 1.26% year-on-year", 1.26, PC, "fc24u"),
    F("dai", 4, "a decline of 2.4%", -2.4, PC, "jn24", vt="2.4%"),
    F("dai", 1, "Q1 grew by 5.1%", 5.1, PC, "q124"),
    F("dai", 5, "milk production increased by 3.4%", 3.4, PC, "h124"),
    F("dai", 5, "just under 2%", 2.0, PC, "q224", q="under"),
    F("dai", 5, "an increase of 4.5% was forecasted", 4.5, PC, "fcq224"),
    F("dai", 3, "a 5% reduction", -5.0, PC, "h224", vt="5%", note="Rabobank estimate"),
    F("dai", 3, "fall by a further 1.5%", -1.5, PC, "fc25", vt="1.5%"),
    F("dai", 8, "增长5.7%", 5.7, PC, "q423"),
    F("dai", 14, "增長6.7% 。", 6.7, PC, "q323", vt="6.7%"),
    F("dai", 10, "同比增长6.8%", 6.8, PC, "y22"),
]
G("dai_milk_growth", DAI, "Growth of China's milk output: 2023 NBS +6.7% (two) vs USDA's +4.6%, USDA forecast +4%; 2024 -2.8% (two), forecasts +3.2% "
  "(Rabobank) / +1.26% (USDA); January-November 2024 -2.4%; Q1 2024 +5.1%; H1 2024 +3.4%; Q2 2024 'just under 2%' (forecast 4.5%); H2 2024 "
  "-5% (Rabobank); 2025 forecast -1.5%; Q4 2023 +5.7%; Q3 2023 +6.7% (a look-alike of the annual 6.7%); 2022 +6.8%", "China",
  "milk output growth (percent)", "2022-2025",
  "USDA's +4.6% for 2023 is another compiler's figure (different_basis, conflict defensible); forecasts and other periods different_basis.",
  ms, X(ms, DC, ["y23"], ["u23"]))

ms = [F("dai", 2, "totalled 2.6 million tonnes", 2.6e6, T, "y23"), F("dai", 1, "stood at 1.19M tonnes", 1.19e6, T, "h124", vt="1.19M"),
      F("dai", 12, "进口数量为226.09万吨", 226.09e4, T, "s23"), F("dai", 12, "进口数量为21.37万吨", 21.37e4, T, "sep23"),
      F("dai", 15, "各類乳制品389.73萬噸", 389.73e4, T, "y21")]
G("dai_imports", DAI, "China's dairy imports (volume): 2023 2.6 million tonnes; H1 2024 1.19M; January-September 2023 226.09万吨; September 2023 21.37万; "
  "2021 389.73萬噸", "China", "dairy imports (tonnes)", "2021-2024", "Different periods.", ms)
ms = [F("dai", 2, "down 12% compared", -12.0, PC, "y23", vt="12%"), F("dai", 1, "a decline of 14.1%", -14.1, PC, "h124", vt="14.1%"),
      F("dai", 12, "同比下降11.87%", -11.87, PC, "s23", vt="11.87%"), F("dai", 12, "同比下降14.48%", -14.48, PC, "sep23", vt="14.48%"),
      F("dai", 15, "同比增加18.8%", 18.8, PC, "y21"), F("dai", 3, "increased by 18% year-on-year", 18.0, PC, "dec24"),
      F("dai", 3, "rise by 2% in 2025", 2.0, PC, "fc25", note="net imports, Rabobank forecast")]
G("dai_imports_growth", DAI, "Change in China's dairy imports: 2023 -12%; H1 2024 -14.1%; January-September 2023 -11.87%; September 2023 -14.48%; "
  "2021 +18.8%; December 2024 +18%; 2025 forecast (net imports) +2%", "China", "dairy import growth (percent)", "2021-2025",
  "Different periods; 18% (December 2024) against 18.8% (2021) is a look-alike.", ms)
ms = [F("dai", 12, "乳制品进口7.97亿美元", 7.97e8, USD, "sep23"), F("dai", 12, "累计进口96.43亿美元", 96.43e8, USD, "s23"),
      F("dai", 15, "進(jìn)口額133.57億美元", 133.57e8, USD, "y21", vt="133.57億")]
G("dai_import_value", DAI, "Value of China's dairy imports: September 2023 7.97亿美元, January-September 2023 96.43亿美元, 2021 133.57億美元", "China",
  "dairy import value (USD)", "2021 / 2023", "Different periods.", ms)
ms = [F("dai", 12, "同比下降25.70%", -25.70, PC, "sep23", vt="25.70%"), F("dai", 12, "同比下降9.91%", -9.91, PC, "s23", vt="9.91%"),
      F("dai", 15, "同比增長14.0%", 14.0, PC, "y21", vt="14.0%")]
G("dai_import_value_growth", DAI, "Change in the value of China's dairy imports: September 2023 -25.70%, January-September 2023 -9.91%, 2021 +14.0%", "China",
  "dairy import value growth (percent)", "2021 / 2023", "Different periods.", ms)
ms = [F("dai", 1, "at 250,300t", 250300, T, "h124"), F("dai", 6, "WMP imports are reduced to 600 thousand metric tonnes", 600e3, T, "fc23", vt="600 thousand")]
G("dai_wmp_imports", DAI, "China's whole milk powder imports: H1 2024 250,300t; USDA forecast for 2023 600 thousand tonnes", "China", "WMP imports (tonnes)",
  "2023 / H1 2024", "Different periods.", ms)
ms = [F("dai", 1, "WMP imports have declined by 9.5%", -9.5, PC, "h124", vt="9.5%"), F("dai", 2, "down 38% year on year", -38.0, PC, "y23", vt="38%")]
G("dai_wmp_imports_growth", DAI, "Change in China's WMP imports: H1 2024 -9.5%, 2023 -38%", "China", "WMP import growth (percent)", "2023 / H1 2024",
  "Different periods.", ms)
ms = [F("dai", 1, "to 132,400t", 132400, T, "h124"), F("dai", 6, "imports are reduced to 330,000", 330000, T, "fc23")]
G("dai_smp_imports", DAI, "China's skim milk powder imports: H1 2024 132,400t; USDA forecast for 2023 330,000", "China", "SMP imports (tonnes)",
  "2023 / H1 2024", "Different periods.", ms)
ms = [F("dai", 1, "back by almost 36%", -36.0, PC, "h124", vt="36%", q="under"), F("dai", 2, "up by 3% in 2023", 3.0, PC, "y23")]
G("dai_smp_imports_growth", DAI, "Change in China's SMP imports: H1 2024 'almost 36%' down, 2023 +3%", "China", "SMP import growth (percent)",
  "2023 / H1 2024", "Different periods.", ms)
ms = [F("dai", 1, "to 1.24M tonnes", 1.24e6, T, "fc24", vt="1.24M"), F("dai", 6, "nearly 1.8 million metric tonnes", 1.8e6, T, "fc23", q="under")]
G("dai_wmp_production", DAI, "China's WMP production forecasts (USDA): 2024 1.24M tonnes, 2023 nearly 1.8 million", "China", "WMP production (tonnes)",
  "2023 / 2024", "Different years.", ms)
ms = [F("dai", 7, "production per cow was 10.6 metric tons", 10.6, T, "y23"),
      F("dai", 9, "年单产接近 10.0 t", 10.0, T, "y24", vt="10.0", q="under"), F("dai", 13, "年單產接近 10.0 t", 10.0, T, "y24", vt="10.0", q="under"),
      F("dai", 9, "规模牧场单产达到 10.9 t", 10.9, T, "s24", vt="10.9"), F("dai", 13, "規模牧場單產達到 10.9 t", 10.9, T, "s24", vt="10.9")]
G("dai_yield_per_cow", DAI, "Milk yield per cow: 2023 10.6 t (NBS); 2024 mature cows 'nearly 10.0 t' (two); 2024 large farms 10.9 t (two)", "China",
  "milk yield per cow (tonnes)", "2023 / 2024", "Different years / scopes.", ms)
ms = [F("dai", 8, "同比增加70万吨", 70e4, T, "q423"), F("dai", 14, "比去年同期增加70萬噸", 70e4, T, "q323", vt="70萬")]
G("dai_quarter_increase", DAI, "Year-on-year increase of China's quarterly milk output: Q4 2023 70万吨, Q3 2023 70萬噸", "China", "milk output increase (tonnes)",
  "Q3 / Q4 2023", "Same value for two quarters (different_basis).", ms)
ms = [F("dai", 8, "产量指数为163.72", 163.72, "points", "dec23"), F("dai", 14, "產(chǎn)量指數(shù)為159.29", 159.29, "points", "sep23", vt="159.29")]
G("dai_raw_milk_index", DAI, "Raw milk output index of licensed collection stations (January 2015 = 100): December 2023 163.72, September 2023 159.29", "China",
  "raw milk output index (points)", "2023 months", "Different months.", ms)
ms = [F("dai", 15, "其中,干乳制品260.12萬噸", 260.12e4, T), F("dai", 15, "進(jìn)口干乳制品260.12萬噸", 260.12e4, T)]
G("dai_dry_imports_2021", DAI, "China's dry dairy imports 2021: 260.12萬噸 (twice on one page)", "China", "dry dairy imports (tonnes)", "2021", "Same figure.", ms)
for gid, what, unit, rows in [
    ("dai_eight_output", "Milk output of eight major producers, Jan-Sep 2024", T, [(9, "累计总产奶量1.84 亿 t", 1.84e8, "1.84 亿"), (13, "累計總產奶量1.84 億 t", 1.84e8, "1.84 億")]),
    ("dai_eight_growth", "Growth of the eight producers' milk output, Jan-Sep 2024", PC, [(9, "同比增长 0.52%", 0.52, "0.52%"), (13, "同比增長 0.52%", 0.52, "0.52%")]),
    ("dai_top10_output", "Milk output of the ten largest provinces, 2024", T, [(9, "合计牛奶产量 3 372 万t", 3372e4, "3 372 万"), (13, "合計牛奶產量 3 372 萬t", 3372e4, "3 372 萬")]),
    ("dai_top10_share", "Share of the ten largest provinces, 2024", PC, [(9, "总产量的 82.7%", 82.7, "82.7%"), (13, "總產量的 82.7%", 82.7, "82.7%")]),
    ("dai_since2021", "Milk output increase 2021-2024", T, [(9, "增长了近 400 万t", 400e4, "400 万"), (13, "增長了近 400 萬t", 400e4, "400 萬")]),
    ("dai_selfsuff_2021", "Milk self-sufficiency 2021", PC, [(9, "2021 年的 62.7%", 62.7, "62.7%"), (13, "2021 年的 62.7%", 62.7, "62.7%")]),
    ("dai_selfsuff_2024", "Milk self-sufficiency 2024", PC, [(9, "2024 年的 73%", 73.0, "73%"), (13, "2024 年的 73%", 73.0, "73%")]),
    ("dai_yield_growth", "Growth of yield per mature cow, 2024", PC, [(9, "增幅超过 6%", 6.0, "6%"), (13, "增幅超過 6%", 6.0, "6%")]),
    ("dai_corn_price", "Change in the average corn price, 2024", PC, [(9, "分别下降 14.8%", -14.8, "14.8%"), (13, "分別下降 14.8%", -14.8, "14.8%")]),
    ("dai_soymeal_price", "Change in the average soybean-meal price, 2024", PC, [(9, "和 21.3%", -21.3, "21.3%"), (13, "和 21.3%", -21.3, "21.3%")]),
]:
    extra = {}
    ms = []
    for n, qq, v, vt in rows:
        kw = {}
        if gid in ("dai_since2021",):
            kw["q"] = "under"
        if gid == "dai_yield_growth":
            kw["q"] = "over"
        ms.append(F("dai", n, qq, v, unit, vt=vt, step=abs(v) * 0.01, **kw))
    G(gid, DAI, what + " (the same report on shijieshipin and cctv1204)", "China / major producers", what, "2024", "Same figure (syndicated).", ms)

# dairy: singles
S("dai", 1, "increase by 3.3%", vt="3.3%", value=3.3, unit=PC)
S("dai", 2, "a 28% increase compared to 2019", vt="28%", value=28, unit=PC)
S("dai", 3, "increase by 1.2% year-on-year", vt="1.2%", value=1.2, unit=PC)
S("dai", 5, "grown to 2 million tons", value=2e6, unit=T)
S("dai", 5, "indicate that 25% of", value=25, unit=PC)
S("dai", 5, "dropped by over 10%", value=-10, vt="10%", unit=PC, q="over")
S("dai", 6, "forecast at 25,000 metric tonnes", value=25000, unit=T)
S("dai", 7, "a 2.41% growth", value=2.41, unit=PC)
S("dai", 7, "totaled 6.65 million heads", value=6.65e6, unit=CNT)
S("dai", 7, "a 0.76% increase", value=0.76, unit=PC)
S("dai", 7, "an increase of 0.3 mt per cow", vt="0.3", value=0.3, unit=T)
S("dai", 8, "比2022年增加265万吨", vt="265万", value=265e4, unit=T)
S("dai", 8, "环比增加183万吨", vt="183万", value=183e4, unit=T)
S("dai", 8, "增长16.5%", value=16.5, unit=PC)
S("dai", 10, "有望达到6700万吨", vt="6700万", value=6700e4, unit=T, note="lower end of a 2025 consumption forecast range")
S("dai", 10, "至7000万吨", vt="7000万", value=7000e4, unit=T)
S("dai", 12, "进口额的92.6%", value=92.6, unit=PC)
S("dai", 12, "进口额为43.76亿美元", value=43.76e8, unit=USD)
S("dai", 12, "同比下降14.85%", vt="14.85%", value=-14.85, unit=PC)
S("dai", 12, "进口额为3.52亿美元", value=3.52e8, unit=USD)
S("dai", 12, "同比下降14.65%", vt="14.65%", value=-14.65, unit=PC)
S("dai", 14, "環(huán)比增長0.2%", vt="0.2%", value=0.2, unit=PC)
S("dai", 14, "同比增長6.9%", vt="6.9%", value=6.9, unit=PC)
S("dai", 14, "環(huán)比減少0.9%", vt="0.9%", value=-0.9, unit=PC)
S("dai", 14, "同比減少25.3%", vt="25.3%", value=-25.3, unit=PC)
S("dai", 14, "環(huán)比增加1.5%", vt="1.5%", value=1.5, unit=PC)
S("dai", 14, "同比增加6.2%", vt="6.2%", value=6.2, unit=PC)
S("dai", 14, "環(huán)比增加2.4%", vt="2.4%", value=2.4, unit=PC)
S("dai", 14, "同比增加42.1%", vt="42.1%", value=42.1, unit=PC)
S("dai", 15, "同比增加17.7%", vt="17.7%", value=17.7, unit=PC)
S("dai", 15, "進(jìn)口額114.88億美元", vt="114.88億", value=114.88e8, unit=USD)
S("dai", 15, "同比增長11.0%", vt="11.0%", value=11.0, unit=PC)
S("dai", 15, "液態(tài)奶129.61萬噸", vt="129.61萬", value=129.61e4, unit=T)
S("dai", 15, "同比增加20.9%", vt="20.9%", value=20.9, unit=PC)
S("dai", 15, "進(jìn)口額18.69億美元", vt="18.69億", value=18.69e8, unit=USD)
S("dai", 15, "同比增長36.7%", vt="36.7%", value=36.7, unit=PC)
S("dai", 15, "各類乳制品44833.92噸", vt="44833.92", value=44833.92, unit=T)
S("dai", 15, "同比增加4.4%", vt="4.4%", value=4.4, unit=PC)
S("dai", 15, "出口額30262.24萬美元", vt="30262.24萬", value=30262.24e4, unit=USD)
S("dai", 15, "同比增加37.5%", vt="37.5%", value=37.5, unit=PC)
S("dai", 15, "大包奶粉127.51萬噸", vt="127.51萬", value=127.51e4, unit=T)
S("dai", 15, "占49.0%", vt="49.0%", value=49.0, unit=PC)
S("dai", 15, "乳清72.33萬噸", vt="72.33萬", value=72.33e4, unit=T)
S("dai", 15, "占27.8%", vt="27.8%", value=27.8, unit=PC)
S("dai", 15, "嬰配粉26.17萬噸", vt="26.17萬", value=26.17e4, unit=T)
S("dai", 15, "占10.1%", vt="10.1%", value=10.1, unit=PC)
# dairy: not claims
NC("dai", 13, "世界食品網-www.cctv1204.com", "identifier")
NC("dai", 8, "自2023年2月份以来", "date")
NC("dai", 1, "Tuesday, 20 August 2024", "date")
NC("dai", 1, "lowest since 2018", "date")
NC("dai", 1, "lowest recorded volume since 2016", "date")
NC("dai", 2, "Published Mar 1, 2024", "date")
NC("dai", 3, "Thursday, 6 February 2025", "date")
NC("dai", 3, "since July 2023", "date")
NC("dai", 4, "the first 11 months of 2024", "period")
NC("dai", 5, "July 26, 2024", "date")
NC("dai", 7, "Published May 30, 2024", "date")
NC("dai", 7, "the Jan-24 estimate", "period")
NC("dai", 8, "浏览次数:42次", "page_furniture")
NC("dai", 8, "最近24个月国内生鲜乳产量指数变化情况", "caption")
NC("dai", 8, "(以2015年1月为基期100)", "index_base")
NC("dai", 9, "欧盟27国", "name")
NC("dai", 12, "前9个月,我国乳制品", "period", nth=1)
NC("dai", 13, "2025-03-24 中國畜牧雜志微信號430", "page_furniture")
NC("dai", 13, "歐盟27國", "name")
NC("dai", 14, "發(fā)布時間:2023-12-13 09:38", "date")
NC("dai", 14, "(以2015年1月為基期100)", "index_base")

if ERRS:
    for e in ERRS:
        print("quote error:", e)
    sys.exit(1)
if __name__ == "__main__":
    emit(HERE / "gold.d" / "fresh23.toml", "corpus-fresh23")
