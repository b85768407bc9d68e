#!/usr/bin/env python3
"""Hand annotation of corpus-fresh21, written as data; emits gold.d/fresh21.toml (then run
corpus/check_gold.py --dir corpus-fresh21 --build).

Three domains: global air cargo demand (IATA's monthly and full-year 2024 air cargo market data, `acg-*`), airline
industry profit outlooks (IATA's December 2024, June 2025 and December 2025 financial outlooks, `alp-*`) and
best-selling drugs / drug-maker revenues (Keytruda and other top sellers, 2022-2024 results, `drg-*`).

Every mention carries a basis tag (period / release vintage / compiler / scope, as read from the text). Pair
verdicts: explicit entries win; otherwise a different basis is different_basis, the same basis and the same value
consistent; a same-basis pair with different values is listed explicitly.
Conventions (as fresh20): a rounded restatement is rounding (29.5 vs 29.482 billion; 17.9% vs 18%); two figures of
the same precision that disagree are conflict; a bound or a hedged figure ('nearly', 'approximately', 'around',
'近') that contains the figure is consistent. A figure for one period restated by a LATER release of the same
compiler with another value (IATA's December 2024 -> June 2025 -> December 2025 outlooks for 2025) is conflict with
alt_verdict different_basis ('either'). Other periods (months, years), forecasts vs actuals, other scopes
(international vs total, one region vs the world, one partner's share vs the whole) are different_basis.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿/萬億/兆 = 1e12; declines negative. Units: USD, percent, persons,
tonnes, count.
"""
from __future__ import annotations

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

USD, PC, P, T, CNT = "USD", "percent", "persons", "tonnes", "count"
CD = (C, D)   # revision by a later release of the same compiler: conflict, different_basis defensible
DC = (D, C)   # another basis that a reader may take for the same figure: different_basis, conflict defensible
DR = (D, R)
CK = (C, K)
RK = (R, K)

NUM = re.compile(r"(?:US\$|USD \$|\$|€|\+ ?|-)?\d[\d,.]*(?: ?(?:billion|million|trillion|bn|m|T|BN|percent|per cent|%|万亿|萬億|兆|亿|億|万|萬)"
                 r"(?:美元|欧元)?)?")
SCALE = [("万亿", 1e12), ("萬億", 1e12), ("兆", 1e12), ("trillion", 1e12), ("billion", 1e9), ("bn", 1e9), ("BN", 1e9),
         ("million", 1e6), ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4), ("T", 1e12), ("m", 1e6)]


def pick(quote, value, f):
    """The number as written in quote whose value (with its scale word) is `value`."""
    cands = [m.group(0).strip() for m in NUM.finditer(quote)]
    good = []
    for c in cands:
        digits = re.search(r"\d[\d,.]*", c).group(0).rstrip(".,").replace(",", "")
        x = float(digits)
        for w, sc in SCALE:
            if c.endswith(w) or c.endswith(w + "美元") or c.endswith(w + "欧元"):
                x *= sc
                break
        if abs(abs(x) - abs(value)) <= 1e-6 * max(1.0, abs(value)):
            good.append(c)
    if len(good) != 1:
        ERRS.append((f, quote, "value_text?", cands))
        return cands[0] if cands else quote
    return good[0]


def _line(f, quote, nth):
    hits = [i + 1 for i, l in enumerate(DOCS[f]) if quote in l]
    if not hits or (nth is None and len(hits) != 1):
        ERRS.append((f, quote, hits))
        hits = hits or [1]
    return hits[0] if nth is None else hits[nth - 1]


def F(doc, n, quote, value, unit, basis="a", vt=None, nth=None, c=None, **kw):
    """A mention in document doc-n: the line is found by the quote (nth line holding it when several do).
    c: a precision class used by helper verdict functions ('p' precise, 'r' rounded, 'h' hedged)."""
    f = NAMES[(doc, n)]
    ln = _line(f, quote, nth)
    if vt is None:
        vt = pick(quote, value, f)
    m = M(f, ln, quote, vt, value, unit, basis, **kw)
    m["_c"] = c
    return m


def S(doc, n, quote, vt=None, value=None, unit=None, nth=None, **kw):
    f = NAMES[(doc, n)]
    ln = _line(f, quote, nth)
    if value is not None and vt is None:
        vt = pick(quote, value, f)
    single(f, ln, quote, vt, value, unit, **kw)


def X(ms, v, A, B):
    """Verdict v for every pair with one mention of basis in A and the other of basis in B."""
    A, B = set(A), set(B)
    out = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if (a["_basis"] in A and b["_basis"] in B) or (a["_basis"] in B and b["_basis"] in A):
                out[(i + 1, j + 1)] = v
    return out


def PR(ms, fn, same_basis=True):
    """Verdict fn(a, b) for every pair (same basis, different values unless same_basis is False); None = default."""
    out = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if same_basis and a["_basis"] != b["_basis"]:
                continue
            if a["value"] == b["value"] and a["unit"] == b["unit"] and same_basis:
                continue
            v = fn(a, b)
            if v is not None:
                out[(i + 1, j + 1)] = v
    return out


def rounding(a, b):
    """Same basis, different values: a hedged figure is consistent; otherwise the less precise figure rounds."""
    if a["_c"] == "h" or b["_c"] == "h":
        return K
    return R


def G(gid, topic, description, subject, metric, period, why, ms, *prs):
    pr = {}
    for p in prs:
        pr.update(p)
    group(gid, topic, description, subject, metric, period, why, ms, pr)


AC = "air-cargo"
AL = "airline-profits"
DG = "drug-sales"


def conflict(a, b):
    return C


# ============================================================ air cargo (IATA air cargo market data)
ms = [
    F("acg", 1, "increased by 11.3 per cent", 11.3, PC, "fy24"),
    F("acg", 1, "Demand, up 11.3 per cent", 11.3, PC, "fy24"),
    F("acg", 2, "increased 11.3%", 11.3, PC, "fy24"),
    F("acg", 3, "an 11.3% increase", 11.3, PC, "fy24"),
    F("acg", 4, "a 11.3% increase", 11.3, PC, "fy24"),
    F("acg", 5, "an 11.3% increase in demand", 11.3, PC, "fy24"),
    F("acg", 6, "全年需求同比增长11.3%", 11.3, PC, "fy24"),
    F("acg", 7, "需求同比增长了11.3%", 11.3, PC, "fy24"),
    F("acg", 2, "Global demand was 6.1% above", 6.1, PC, "dec24"),
    F("acg", 4, "a 6.1% year-on-year demand rise", 6.1, PC, "dec24"),
    F("acg", 5, "Global demand was 6.1% higher", 6.1, PC, "dec24"),
    F("acg", 6, "全球航空货运需求同比增长6.1%", 6.1, PC, "dec24"),
    F("acg", 7, "相比2023年12月下降了0.9%", -0.9, PC, "dec24", note="December 2024 demand said to have fallen 0.9% (IATA: +6.1%)"),
    F("acg", 8, "rose by 10.3%", 10.3, PC, "mar24"),
    F("acg", 9, "同比2023年3月增长10.3%", 10.3, PC, "mar24"),
    F("acg", 9, "同比去年3月增长10.3%", 10.3, PC, "mar24"),
    F("acg", 10, "同比2023年2月增長11.9%", 11.9, PC, "feb24"),
    F("acg", 11, "maintains 11.9% growth", 11.9, PC, "feb24"),
    F("acg", 11, "rose by 11.9 per cent", 11.9, PC, "feb24"),
    F("acg", 12, "increased by 11.9%", 11.9, PC, "feb24"),
    F("acg", 13, "同比增長(zhǎng)11.4%", 11.4, PC, "aug24"),
    F("acg", 14, "rose by 11.4% year-on-year", 11.4, PC, "aug24"),
    F("acg", 15, "rose by 11.4% compared", 11.4, PC, "aug24"),
    F("acg", 16, "货物需求逐年增长9.4%", 9.4, PC, "sep24"),
    F("acg", 16, "cargo demand by 9.4%", 9.4, PC, "sep24"),
    F("acg", 17, "surged by 9.4%", 9.4, PC, "sep24"),
    F("acg", 3, "an 8.2% rise", 8.2, PC, "nov24"),
    F("acg", 12, "in January it amounted to 18.4%", 18.4, PC, "jan24"),
    F("acg", 12, "by 10.8% compared", 10.8, PC, "dec23"),
    F("acg", 1, "growth of 5.8 per cent", 5.8, PC, "fc25", note="IATA's estimate for 2025"),
    F("acg", 3, "growth rate of 5.8%", 5.8, PC, "fc25"),
    F("acg", 7, "放缓至5.8%", 5.8, PC, "fc25"),
]
G("acg_demand_growth", AC, "Global air cargo demand (CTK) growth y/y by period: full-year 2024 11.3% (eight), December 2024 6.1% (four) vs "
  "amz123's -0.9%, March 10.3, February 11.9, August 11.4, September 9.4, November 8.2, January 18.4, December 2023 10.8, 2025 estimate 5.8",
  "world", "air cargo demand growth, CTK (percent)", "2024 (full year and months) / 2025",
  "Same period: IATA's figure restated (consistent); amz123's December decline of 0.9% against IATA's +6.1% is a conflict. "
  "Other months / years / the 2025 estimate are different_basis.", ms, PR(ms, conflict))

ms = [
    F("acg", 1, "12.2 per cent for international", 12.2, PC, "fy24"),
    F("acg", 2, "(12.2% for international", 12.2, PC, "fy24"),
    F("acg", 3, "increased by 12.2% for international", 12.2, PC, "fy24"),
    F("acg", 4, "a 12.2% CTK increase", 12.2, PC, "fy24"),
    F("acg", 6, "国际航线增长12.2%", 12.2, PC, "fy24"),
    F("acg", 7, "国际航班需求增长了12.2%", 12.2, PC, "fy24"),
    F("acg", 2, "(7.0% for international", 7.0, PC, "dec24"),
    F("acg", 5, "(7.0% for international", 7.0, PC, "dec24"),
    F("acg", 6, "国际航线增长7%", 7.0, PC, "dec24"),
    F("acg", 9, "国际需求增长11.4%", 11.4, PC, "mar24"),
    F("acg", 11, "(12.4% for international", 12.4, PC, "feb24"),
    F("acg", 12, "increased by 12.4%", 12.4, PC, "feb24"),
    F("acg", 13, "國(guó)際需求增長(zhǎng)12.4%", 12.4, PC, "aug24"),
    F("acg", 14, "up by 12.4%", 12.4, PC, "aug24"),
    F("acg", 17, "of 10.5% for international", 10.5, PC, "sep24"),
]
G("acg_intl_demand_growth", AC, "International air cargo demand growth by period: 2024 12.2% (six), December 7.0 / 7 (three), March 11.4, "
  "February 12.4 (two), August 12.4 (two), September 10.5", "world", "international air cargo demand growth (percent)", "2024",
  "Same period consistent; other months different_basis (February and August 12.4 are different months).", ms)

ms = [
    F("acg", 1, "increased 7.4 per cent", 7.4, PC, "fy24"),
    F("acg", 2, "increased by 7.4%", 7.4, PC, "fy24"),
    F("acg", 3, "rose by 7.4%", 7.4, PC, "fy24"),
    F("acg", 4, "grew by 7.4%", 7.4, PC, "fy24"),
    F("acg", 5, "increased by 7.4%", 7.4, PC, "fy24"),
    F("acg", 6, "同比增长7.4%", 7.4, PC, "fy24"),
    F("acg", 7, "增长了7.4%", 7.4, PC, "fy24"),
    F("acg", 2, "Global capacity was 3.7%", 3.7, PC, "dec24"),
    F("acg", 5, "global capacity increased 3.7%", 3.7, PC, "dec24"),
    F("acg", 6, "运力同比增长3.7%", 3.7, PC, "dec24"),
    F("acg", 7, "总体货运能力仍增长了1.8%", 1.8, PC, "dec24", note="December capacity +1.8% (IATA: +3.7%)"),
    F("acg", 8, "increased by 7.3%", 7.3, PC, "mar24"),
    F("acg", 9, "同比2023年3月增长7.3%", 7.3, PC, "mar24"),
    F("acg", 10, "同比2023年2月增長13.4%", 13.4, PC, "feb24"),
    F("acg", 11, "increased by 13.4 per cent", 13.4, PC, "feb24"),
    F("acg", 12, "this is 13.4% more", 13.4, PC, "feb24"),
    F("acg", 13, "同比增長(zhǎng)6.2%", 6.2, PC, "aug24"),
    F("acg", 14, "rising by 6.2%", 6.2, PC, "aug24"),
    F("acg", 15, "increased by 6.2%", 6.2, PC, "aug24"),
    F("acg", 17, "up by 6.4%", 6.4, PC, "sep24"),
]
G("acg_capacity_growth", AC, "Global air cargo capacity (ACTK) growth by period: 2024 7.4% (seven), December 3.7 (three) vs amz123's 1.8, "
  "March 7.3, February 13.4, August 6.2, September 6.4", "world", "air cargo capacity growth, ACTK (percent)", "2024",
  "Same period consistent, amz123's December 1.8% against 3.7% a conflict; other months different_basis.", ms, PR(ms, conflict))

ms = [
    F("acg", 1, "9.6 per cent for international", 9.6, PC, "fy24"),
    F("acg", 2, "(9.6% for international", 9.6, PC, "fy24"),
    F("acg", 3, "a 9.6% increase", 9.6, PC, "fy24"),
    F("acg", 6, "国际航线增长9.6%", 9.6, PC, "fy24"),
    F("acg", 7, "货运能力增长了9.6%", 9.6, PC, "fy24"),
    F("acg", 2, "(5.2% for international", 5.2, PC, "dec24"),
    F("acg", 5, "(5.2% for international", 5.2, PC, "dec24"),
    F("acg", 6, "国际航线增长5.2%", 5.2, PC, "dec24"),
    F("acg", 9, "国际运力为10.5%", 10.5, PC, "mar24"),
    F("acg", 11, "(16.0% for international", 16.0, PC, "feb24"),
    F("acg", 13, "國(guó)際運(yùn)力增長(zhǎng)8.2%", 8.2, PC, "aug24"),
    F("acg", 14, "8.2% internationally", 8.2, PC, "aug24"),
]
G("acg_intl_capacity_growth", AC, "International air cargo capacity growth: 2024 9.6 (five), December 5.2 (three), March 10.5, February 16.0, August 8.2 (two)",
  "world", "international air cargo capacity growth (percent)", "2024", "Same period consistent; other months different_basis.", ms)

ms = [
    F("acg", 1, "1.6 per cent lower", -1.6, PC, "fy24"),
    F("acg", 2, "1.6% lower", -1.6, PC, "fy24"),
    F("acg", 3, "1.6% lower", -1.6, PC, "fy24"),
    F("acg", 5, "1.6% lower", -1.6, PC, "fy24"),
    F("acg", 7, "下降了1.6%", -1.6, PC, "fy24"),
    F("acg", 2, "6.6% higher", 6.6, PC, "dec24"),
    F("acg", 5, "6.6% higher", 6.6, PC, "dec24"),
    F("acg", 7, "增长了6.6%", 6.6, PC, "dec24"),
    F("acg", 13, "收益同比增長(zhǎng)11.7%", 11.7, PC, "aug24"),
    F("acg", 14, "Yields climbed 11.7%", 11.7, PC, "aug24"),
]
G("acg_yield_change", AC, "Air cargo yields y/y: 2024 -1.6% (five), December +6.6% (three), August +11.7% (two)", "world",
  "air cargo yield change y/y (percent)", "2024", "Same period consistent; other periods different_basis.", ms)

ms = [
    F("acg", 1, "averaged 39 per cent higher", 39.0, PC, "fy24"),
    F("acg", 2, "39% higher", 39.0, PC, "fy24"),
    F("acg", 3, "39% higher", 39.0, PC, "fy24"),
    F("acg", 5, "39% higher", 39.0, PC, "fy24"),
    F("acg", 7, "增长了39%", 39.0, PC, "fy24"),
    F("acg", 2, "53.4% higher", 53.4, PC, "dec24"),
    F("acg", 5, "53.4% higher", 53.4, PC, "dec24"),
    F("acg", 7, "增长了53.4%", 53.4, PC, "dec24"),
    F("acg", 14, "46% above", 46.0, PC, "aug24"),
]
G("acg_yield_vs_2019", AC, "Air cargo yields vs 2019: 2024 39% (five), December 53.4% (three), August 46%", "world",
  "air cargo yields relative to 2019 (percent)", "2024", "Same period consistent; other periods different_basis.", ms)

for gid, what, rows in [
    ("ap_demand", "Asia-Pacific airlines' air cargo demand growth", [
        (3, "a 14.5% year-on-year increase", 14.5, "fy24"), (6, "达14.5%", 14.5, "fy24"), (7, "需求增长了14.5%", 14.5, "fy24"),
        (10, "需求同比增長11.9%", 11.9, "feb24"), (14, "leading at 14.6%", 14.6, "aug24"), (17, "20.9% and 11.7%", 11.7, "sep24")]),
    ("ap_capacity", "Asia-Pacific airlines' air cargo capacity growth", [
        (3, "Capacity in the region increased by 11.3%", 11.3, "fy24"), (6, "运力增长11.3%", 11.3, "fy24"),
        (7, "容量增加了11.3%", 11.3, "fy24"), (10, "運(yùn)力同比增長23.1%", 23.1, "feb24")]),
    ("na_demand", "North American carriers' air cargo demand growth", [
        (3, "growth at 6.6%", 6.6, "fy24"), (7, "仅为6.6%", 6.6, "fy24"), (10, "需求同比增長4.2%", 4.2, "feb24"),
        (12, "(by 4.2%)", 4.2, "feb24"), (14, "lowest at 4.8%", 4.8, "aug24")]),
    ("na_capacity", "North American carriers' air cargo capacity growth", [
        (3, "a 3.4% rise", 3.4, "fy24"), (7, "仅增长了3.4%", 3.4, "fy24"), (10, "運(yùn)力同比增長1.9%", 1.9, "feb24")]),
    ("europe_demand", "European airlines' air cargo demand growth", [
        (3, "an 11.2% demand growth", 11.2, "fy24"), (6, "欧洲地区需求增长11.2%", 11.2, "fy24"), (7, "全年需求增长了11.2%", 11.2, "fy24")]),
    ("me_demand", "Middle Eastern airlines' air cargo demand growth", [
        (3, "a 13% rise in demand", 13.0, "fy24"), (6, "中东地区需求增长13%", 13.0, "fy24"), (7, "中东航空公司增长了13%", 13.0, "fy24"),
        (12, "Middle East (by 20.9%)", 20.9, "feb24")]),
    ("me_capacity", "Middle Eastern airlines' air cargo capacity growth", [
        (3, "a 5.5% growth", 5.5, "fy24"), (6, "运力增长5.5%", 5.5, "fy24")]),
    ("latam_demand", "Latin American airlines' air cargo demand growth", [
        (3, "growths of 12.6%", 12.6, "fy24"), (7, "需求增长了12.6%", 12.6, "fy24"), (17, "increases of 20.9%", 20.9, "sep24")]),
    ("africa_demand", "African airlines' air cargo demand growth", [
        (3, "and 8.5%, respectively", 8.5, "fy24"), (7, "实现了8.5%的年增长率", 8.5, "fy24"), (12, "Africa (by 22%)", 22.0, "feb24")]),
    ("belly_capacity", "International belly capacity growth", [
        (10, "同比增長29.5%", 29.5, "feb24"), (11, "(29.5% YoY increase)", 29.5, "feb24"), (12, "(an increase of 29.5%", 29.5, "feb24"),
        (13, "腹艙運(yùn)力增長(zhǎng)10.9%", 10.9, "aug24"), (15, "10.9% growth in international belly", 10.9, "aug24")]),
    ("freighter_capacity", "International freighter capacity growth, February 2024", [
        (10, "(同比增長3.2%)", 3.2, "feb24"), (11, "(3.2% YoY increase)", 3.2, "feb24"), (12, "by only 3.2%", 3.2, "feb24")]),
    ("pax_demand_sep", "Passenger demand growth, September 2024 (helm.news bilingual)", [
        (16, "乘客需求增长7.1%", 7.1, "sep24"), (16, "passenger demand increasing by 7.1%", 7.1, "sep24")]),
    ("pax_intl_sep", "International passenger demand growth, September 2024 (helm.news bilingual)", [
        (16, "国际旅客需求增加9.2%", 9.2, "sep24"), (16, "rose 9.2%", 9.2, "sep24")]),
    ("pax_dom_sep", "Domestic passenger demand growth, September 2024 (helm.news bilingual)", [
        (16, "国内需求增加3.7%", 3.7, "sep24"), (16, "grew 3.7%", 3.7, "sep24")]),
]:
    ms = [F("acg", n, q, v, PC, b) for n, q, v, b in rows]
    G(f"acg_{gid}", AC, what + ": " + ", ".join(f"{b} {v}" for n, q, v, b in rows), "world" if "pax" in gid else gid.split("_")[0],
      what + " (percent)", "2024", "Same period consistent; other months (or the full year) different_basis.", ms)

# ============================================================ airline profits (IATA financial outlooks)
V3 = ("d24", "j25", "d25")


def revisions(ms):
    out = {}
    for i, a in enumerate(V3):
        for b in V3[i + 1:]:
            out.update(X(ms, CD, {a}, {b}))
    return out


ms = [
    F("alp", 1, "previously projected USD36.6 billion", 36.6e9, USD, "d24", vt="36.6 billion"),
    F("alp", 3, "previously projected $36.6 billion", 36.6e9, USD, "d24"),
    F("alp", 4, "US$36,6 billion", 36.6e9, USD, "d24", vt="36,6 billion", note="decimal comma"),
    F("alp", 6, "略低于此前预测的366亿美元", 366e8, USD, "d24", vt="366亿美元"),
    F("alp", 1, "net profits of USD36.0 billion", 36.0e9, USD, "j25", vt="36.0 billion"),
    F("alp", 2, "reach $36 billion", 36e9, USD, "j25"),
    F("alp", 3, "to $36 billion in 2025", 36e9, USD, "j25"),
    F("alp", 5, "climb to $36 billion", 36e9, USD, "j25"),
    F("alp", 6, "净利润将达到360亿美元", 360e8, USD, "j25", vt="360亿美元"),
    F("alp", 7, "the US$36 billion they predicted", 36e9, USD, "j25"),
    F("alp", 9, "a $36.0 billion profit", 36e9, USD, "j25"),
    F("alp", 10, "所預估的360億美元", 360e8, USD, "j25", vt="360億美元"),
    F("alp", 7, "reach US$39.5 billion", 39.5e9, USD, "d25"),
    F("alp", 8, "(up from USD39.5 billion", 39.5e9, USD, "d25", vt="39.5 billion"),
    F("alp", 9, "up from $39.5 billion", 39.5e9, USD, "d25"),
    F("alp", 9, "| TOTAL | $39.5bn", 39.5e9, USD, "d25", vt="$39.5bn"),
    F("alp", 10, "今年獲利預計達395億美元", 395e8, USD, "d25", vt="395億美元"),
    F("alp", 12, "2025 年為 395 億美元", 395e8, USD, "d25", vt="395 億美元"),
    F("alp", 16, "up from US$39.5 billion", 39.5e9, USD, "d25"),
    F("alp", 13, "在2025年390亿美元", 390e8, USD, "d25", vt="390亿美元", note="经济日报 / 163.com: 390亿 for IATA's 395亿"),
]
G("alp_net_profit_2025", AL, "Airline industry net profit 2025: $36.6bn (Dec 2024 outlook, four) -> $36.0bn (Jun 2025, eight) -> $39.5bn "
  "(Dec 2025, seven) vs 163.com's 390亿", "world", "airline industry net profit (USD)", "2025",
  "IATA's successive outlooks revise the 2025 figure (conflict, different_basis defensible); inside the December 2025 "
  "vintage 390亿 against 395亿 / $39.5bn is a conflict.", ms, revisions(ms), PR(ms, conflict))

ms = [
    F("alp", 1, "the USD32.4 billion earned", 32.4e9, USD, vt="32.4 billion"),
    F("alp", 3, "from 32.4 billion in 2024", 32.4e9, USD, vt="32.4 billion"),
    F("alp", 6, "高于2024年的324亿美元", 324e8, USD, vt="324亿美元"),
]
G("alp_net_profit_2024", AL, "Airline industry net profit 2024: $32.4bn = 324亿 (three)", "world", "airline industry net profit (USD)", "2024",
  "Same figure (consistent).", ms)

ms = [F("alp", 4, "a 16 percent gain", 16.0, PC, "d24"), F("alp", 5, "an 11.1% year-on-year increase", 11.1, PC, "j25")]
G("alp_net_profit_growth_2025", AL, "Growth of 2025 net profit over 2024: 16% (Dec 2024 outlook) vs 11.1% (Jun 2025)", "world",
  "airline industry net profit growth (percent)", "2025", "Different vintages of IATA's outlook (conflict, different_basis defensible).", ms,
  revisions(ms))

ms = [
    F("alp", 1, "previously projected 3.6%", 3.6, PC, "d24"),
    F("alp", 3, "the previously projected 3.6%", 3.6, PC, "d24"),
    F("alp", 4, "3,6 percent", 3.6, PC, "d24", vt="3,6 percent"),
    F("alp", 6, "之前预测的3.6%", 3.6, PC, "d24"),
    F("alp", 1, "net profit margin at 3.7%", 3.7, PC, "j25"),
    F("alp", 3, "Net profit margin at 3.7%", 3.7, PC, "j25"),
    F("alp", 5, "rise to 3.7%", 3.7, PC, "j25"),
    F("alp", 6, "净利润率将达到3.7%", 3.7, PC, "j25"),
]
G("alp_margin_2025", AL, "Airline net profit margin 2025: 3.6% (Dec 2024 outlook, four) vs 3.7% (Jun 2025, four)", "world",
  "airline industry net profit margin (percent)", "2025", "A revision between vintages (conflict, different_basis defensible).", ms, revisions(ms))

ms = [
    F("alp", 1, "the 3.4% earned", 3.4, PC, "j25"),
    F("alp", 3, "the 3.4% earned", 3.4, PC, "j25"),
    F("alp", 5, "up from 3.4%", 3.4, PC, "j25"),
    F("alp", 6, "高于2024年的3.4%", 3.4, PC, "j25"),
    F("alp", 4, "the 3,3 percent margins in 2024", 3.3, PC, "d24", vt="3,3 percent", note="December 2024 estimate for 2024"),
]
G("alp_margin_2024", AL, "Airline net profit margin 2024: 3.4% (Jun 2025, four) vs 3.3% (Dec 2024 estimate)", "world",
  "airline industry net profit margin (percent)", "2024", "A revision between vintages (conflict, different_basis defensible).", ms, revisions(ms))

ms = [
    F("alp", 8, "unchanged at 3.9%", 3.9, PC),
    F("alp", 13, "保持在3.9%水平", 3.9, PC),
    F("alp", 13, "相同的3.9%水平", 3.9, PC),
    F("alp", 14, "净利率维持在3.9%", 3.9, PC),
    F("alp", 16, "maintaining a 3.9% net margin", 3.9, PC),
    F("alp", 16, "generate a 3.9% margin", 3.9, PC),
]
G("alp_margin_2026", AL, "Airline net profit margin 2026: 3.9% (six)", "world", "airline industry net profit margin (percent)", "2026",
  "Same figure (consistent).", ms)

ms = [
    F("alp", 1, "capital at 6.7%", 6.7, PC, "y25"),
    F("alp", 3, "capital at 6.7%", 6.7, PC, "y25"),
    F("alp", 6, "投资资本回报率为6.7%", 6.7, PC, "y25"),
    F("alp", 1, "the 6.6% earned", 6.6, PC, "y24"),
    F("alp", 3, "the 6.6% earned", 6.6, PC, "y24"),
    F("alp", 6, "高于2024年的6.6%", 6.6, PC, "y24"),
    F("alp", 8, "expected to be 6.8%", 6.8, PC, "y26"),
    F("alp", 13, "维持在6.8%", 6.8, PC, "y26"),
]
G("alp_roic", AL, "Airline return on invested capital: 2025 6.7% (three), 2024 6.6% (three), 2026 6.8% (two)", "world",
  "airline return on invested capital (percent)", "2024-2026", "Same year consistent; other years different_basis.", ms)

ms = [
    F("alp", 8, "net operating margin of 6.9%", 6.9, PC, "y26"),
    F("alp", 13, "营业利润率为6.9%", 6.9, PC, "y26"),
    F("alp", 8, "the 6.6% expected for 2025", 6.6, PC, "y25"),
    F("alp", 13, "较2025年6.6%的水平", 6.6, PC, "y25"),
]
G("alp_operating_margin", AL, "Airline operating margin: 2026 6.9% (two), 2025 6.6% (two)", "world", "airline operating margin (percent)",
  "2025 / 2026", "Same year consistent; other year different_basis.", ms)

ms = [F("alp", 8, "estimated to be 8.2%", 8.2, PC), F("alp", 13, "低于8.2%的", 8.2, PC)]
G("alp_wacc_2026", AL, "Airline weighted average cost of capital 2026: 8.2% (two)", "world", "airline WACC (percent)", "2026", "Same figure.", ms)

ms = [
    F("alp", 1, "Operating profits at USD66.0 billion", 66e9, USD, "j25", vt="66.0 billion"),
    F("alp", 3, "Operating profits at $66 billion", 66e9, USD, "j25"),
    F("alp", 6, "营业利润将达到660亿美元", 660e8, USD, "j25", vt="660亿美元"),
    F("alp", 1, "previously projected USD67.5 billion", 67.5e9, USD, "d24", vt="67.5 billion"),
    F("alp", 3, "previously projected $67.5 billion", 67.5e9, USD, "d24"),
    F("alp", 6, "此前预测的675亿美元", 675e8, USD, "d24", vt="675亿美元"),
    F("alp", 8, "(up from USD67.0 billion", 67.0e9, USD, "d25", vt="67.0 billion"),
    F("alp", 13, "较2025年的670亿美元", 670e8, USD, "d25", vt="670亿美元"),
]
G("alp_operating_profit_2025", AL, "Airline operating profit 2025: $67.5bn (Dec 2024) -> $66.0bn (Jun 2025) -> $67.0bn (Dec 2025)", "world",
  "airline operating profit (USD)", "2025", "Revisions between IATA's vintages (conflict, different_basis defensible).", ms, revisions(ms))

ms = [
    F("alp", 1, "estimated USD61.9 billion", 61.9e9, USD, vt="61.9 billion"),
    F("alp", 3, "estimated $61.9 billion", 61.9e9, USD),
    F("alp", 6, "预计的619亿美元", 619e8, USD, vt="619亿美元"),
]
G("alp_operating_profit_2024", AL, "Airline operating profit 2024: $61.9bn (three)", "world", "airline operating profit (USD)", "2024", "Same figure.", ms)

ms = [F("alp", 8, "USD72.8 billion", 72.8e9, USD, vt="72.8 billion"), F("alp", 13, "将达到728亿美元", 728e8, USD, vt="728亿美元")]
G("alp_operating_profit_2026", AL, "Airline operating profit 2026: $72.8bn = 728亿", "world", "airline operating profit (USD)", "2026", "Same figure.", ms)

ms = [
    F("alp", 1, "reach USD979 billion", 979e9, USD, "j25", vt="979 billion"),
    F("alp", 2, "hit $979 billion", 979e9, USD, "j25"),
    F("alp", 3, "record high of $979 billion", 979e9, USD, "j25"),
    F("alp", 5, "a record $979 billion next year", 979e9, USD, "j25", note="'next year' for IATA's 2025 figure"),
    F("alp", 6, "9,790亿美元的历史新高", 9790e8, USD, "j25", vt="9,790亿美元"),
    F("alp", 1, "anticipated USD1 trillion revenues", 1e12, USD, "d24", vt="1 trillion"),
    F("alp", 2, "earlier $1 trillion estimate", 1e12, USD, "d24"),
    F("alp", 3, "the $1 trillion previously projected", 1e12, USD, "d24"),
    F("alp", 4, "exceed US$1 trillion", 1e12, USD, "d24", qualifier="over"),
    F("alp", 6, "此前预测的1万亿美元", 1e12, USD, "d24", vt="1万亿美元"),
    F("alp", 8, "the USD1.008 trillion", 1.008e12, USD, "d25", vt="1.008 trillion"),
    F("alp", 12, "預計為 1.008 兆美元", 1.008e12, USD, "d25", vt="1.008 兆美元"),
    F("alp", 14, "1.008万亿美元", 1.008e12, USD, "d25"),
]
pr = X(ms, CD, {"d24"}, {"j25"})
pr.update(X(ms, CD, {"j25"}, {"d25"}))
for i, a in enumerate(ms):
    for j in range(i + 1, len(ms)):
        b = ms[j]
        if {a["_basis"], b["_basis"]} == {"d24", "d25"}:
            pr[(i + 1, j + 1)] = K if (a.get("qualifier") or b.get("qualifier")) else RK
G("alp_revenue_2025", AL, "Airline industry revenues 2025: '$1 trillion' / 'exceed $1 trillion' (Dec 2024 outlook, five) -> $979bn (Jun 2025, five) "
  "-> $1.008 trillion (Dec 2025, three)", "world", "airline industry revenues (USD)", "2025",
  "Revisions between vintages (conflict, different_basis defensible); the December 2025 $1.008 trillion fits the December 2024 "
  "'exceed $1 trillion' (consistent) and rounds to its '$1 trillion' (rounding or consistent).", ms, pr)

ms = [
    F("alp", 8, "reach USD1.053 trillion", 1.053e12, USD, vt="1.053 trillion"),
    F("alp", 11, "至1.053兆美元", 1.053e12, USD, vt="1.053兆美元"),
    F("alp", 12, "預計為 1.053 兆美元", 1.053e12, USD, vt="1.053 兆美元"),
    F("alp", 16, "US$1.053 trillion in total revenue", 1.053e12, USD, vt="US$1.053 trillion"),
    F("alp", 14, "预计将达1.054万亿美元", 1.054e12, USD, vt="1.054万亿美元", note="pinggu: 1.054 for IATA's 1.053"),
]
G("alp_revenue_2026", AL, "Airline industry revenues 2026: $1.053 trillion (four) vs pinggu's 1.054万亿", "world", "airline industry revenues (USD)",
  "2026", "Same release; 1.054 against 1.053 is a conflict.", ms, PR(ms, conflict))

for gid, what, period, rows in [
    ("revenue_growth_2026", "Airline revenue growth 2026", "2026", [(8, "(up 4.5% on", 4.5), (11, "成長4.5%", 4.5), (12, "增長 4.5%", 4.5), (14, "同比增长4.5%", 4.5)]),
    ("revenue_growth_2025", "Airline revenue growth 2025 (Jun 2025 outlook)", "2025", [(1, "(+1.3% on 2024)", 1.3), (3, "+1.3% on 2024", 1.3), (6, "增长1.3%", 1.3)]),
    ("expense_growth_2025", "Airline expense growth 2025 (Jun 2025 outlook)", "2025", [(1, "(+1.0% on 2024", 1.0), (3, "higher by 1%", 1.0), (6, "增长1.0%", 1.0)]),
    ("pax_growth_2025", "Passenger numbers growth 2025 (Jun 2025 outlook)", "2025", [(1, "An anticipated 4% rise", 4.0), (3, "(+4% on 2024", 4.0), (5, "a 4% increase", 4.0), (6, "同比2024年增长4%", 4.0)]),
    ("pax_growth_2026", "Passenger numbers growth 2026", "2026", [(8, "(up 4.4% on 2025)", 4.4), (12, "增長 4.4%", 4.4), (13, "增加4.4%", 4.4), (14, "增长4.4%", 4.4)]),
    ("cargo_growth_2025", "Air cargo volume growth 2025 (Jun 2025 outlook)", "2025", [(1, "up 0.6%", 0.6), (5, "by 0.6%", 0.6), (6, "增长0.6%", 0.6)]),
    ("cargo_growth_2026", "Air cargo volume growth 2026", "2026", [(8, "(up 2.4% on", 2.4), (13, "增加2.4%", 2.4), (14, "同比增长2.4%", 2.4)]),
    ("load_factor_2026", "Passenger load factor 2026", "2026", [(8, "fill 83.8%", 83.8), (14, "达到83.8%", 83.8), (16, "an 83.8% load factor", 83.8)]),
]:
    ms = [F("alp", n, q, v, PC) for n, q, v in rows]
    G(f"alp_{gid}", AL, f"{what}: {rows[0][2]}% ({len(rows)})", "world", what + " (percent)", period, "Same figure (consistent).", ms)

ms = [
    F("alp", 1, "hit USD913 billion", 913e9, USD, "j25", vt="913 billion"),
    F("alp", 3, "Total expenses at $913 billion", 913e9, USD, "j25"),
    F("alp", 5, "projected at $913 billion", 913e9, USD, "j25"),
    F("alp", 6, "9,130亿美元(同比", 9130e8, USD, "j25", vt="9,130亿美元"),
    F("alp", 1, "previously projected USD940 billion", 940e9, USD, "d24", vt="940 billion"),
    F("alp", 3, "previously projected $940 billion", 940e9, USD, "d24"),
    F("alp", 6, "此前预测的9,400亿美元", 9400e8, USD, "d24", vt="9,400亿美元"),
]
G("alp_expenses_2025", AL, "Airline industry expenses 2025: $913bn (Jun 2025, four) vs $940bn (Dec 2024, three)", "world",
  "airline industry expenses (USD)", "2025", "A revision between vintages (conflict, different_basis defensible).", ms, revisions(ms))

ms = [
    F("alp", 1, "the 5.22 billion projection", 5.22e9, P, "d24"),
    F("alp", 3, "previously projected 5.22 billion", 5.22e9, P, "d24"),
    F("alp", 6, "此前预测的52.2亿", 52.2e8, P, "d24", vt="52.2亿"),
    F("alp", 4, "a record 5,2 billion passengers", 5.2e9, P, "d24", vt="5,2 billion", note="decimal comma"),
    F("alp", 1, "to 4.99 billion", 4.99e9, P, "j25"),
    F("alp", 3, "record high 4.99 billion", 4.99e9, P, "j25"),
    F("alp", 5, "all-time high of 4.99 billion", 4.99e9, P, "j25"),
    F("alp", 6, "将达到49.9亿人次", 49.9e8, P, "j25", vt="49.9亿"),
    F("alp", 7, "at 4.98 billion", 4.98e9, P, "d25"),
    F("alp", 10, "達到49億8000萬人次", 4.98e9, P, "d25", vt="49億8000萬"),
]
pr = revisions(ms)
pr.update(PR(ms, lambda a, b: R))
G("alp_passengers_2025", AL, "Air passengers 2025: 5.22 billion (Dec 2024, three; allAfrica's '5,2 billion') -> 4.99 billion (Jun 2025, four) "
  "-> 4.98 billion (Dec 2025, two)", "world", "air passengers (persons)", "2025",
  "Revisions between vintages (conflict, different_basis defensible); 5.2 vs 5.22 inside one vintage is rounding.", ms, pr)

ms = [F("alp", 7, "from 4.77 billion", 4.77e9, P), F("alp", 10, "47億7000萬人次紀錄", 4.77e9, P, vt="47億7000萬")]
G("alp_passengers_2024", AL, "Air passengers 2024: 4.77 billion = 47億7000萬", "world", "air passengers (persons)", "2024", "Same figure.", ms)

ms = [
    F("alp", 7, "a record 5.2 billion passengers", 5.2e9, P),
    F("alp", 8, "reach 5.2 billion in 2026", 5.2e9, P),
    F("alp", 10, "創下新高52億人次", 52e8, P, nth=1, vt="52億"),
    F("alp", 10, "創下新高52億人次", 52e8, P, nth=2, vt="52億"),
    F("alp", 12, "達到 52 億人次", 52e8, P, vt="52 億"),
    F("alp", 13, "达到52亿人次", 52e8, P, vt="52亿"),
    F("alp", 14, "达到52亿人次", 52e8, P, vt="52亿"),
    F("alp", 16, "projects 5.2 billion passengers", 5.2e9, P),
]
G("alp_passengers_2026", AL, "Air passengers 2026 forecast: 5.2 billion = 52亿 (eight)", "world", "air passengers (persons)", "2026", "Same figure.", ms)

ms = [
    F("alp", 1, "reaching 69 million tonnes", 69e6, T, "j25"),
    F("alp", 2, "with 69 million tonnes", 69e6, T, "j25"),
    F("alp", 5, "to 69 million tons", 69e6, T, "j25"),
    F("alp", 6, "将达到6,900万吨", 6900e4, T, "j25", vt="6,900万"),
    F("alp", 1, "the previously projected 72.5 million tonnes", 72.5e6, T, "d24"),
    F("alp", 2, "from 72.5 million", 72.5e6, T, "d24"),
    F("alp", 6, "此前预测的7,250万吨", 7250e4, T, "d24", vt="7,250万"),
]
G("alp_cargo_volume_2025", AL, "Air cargo volumes 2025: 69 million tonnes (Jun 2025, four) vs 72.5 million (Dec 2024, three)", "world",
  "air cargo volumes (tonnes)", "2025", "A revision between vintages (conflict, different_basis defensible).", ms, revisions(ms))

ms = [
    F("alp", 8, "reach 71.6 million tonnes", 71.6e6, T),
    F("alp", 13, "将达7160万吨", 7160e4, T, vt="7160万"),
    F("alp", 14, "预计为7160万吨", 7160e4, T, vt="7160万"),
    F("alp", 16, "reach 71.6 million tonnes", 71.6e6, T),
]
G("alp_cargo_volume_2026", AL, "Air cargo volumes 2026: 71.6 million tonnes = 7160万吨 (four)", "world", "air cargo volumes (tonnes)", "2026", "Same figure.", ms)

ms = [
    F("alp", 7, "projected at US$41 billion", 41e9, USD),
    F("alp", 8, "net profit of USD41 billion", 41e9, USD, vt="41 billion"),
    F("alp", 9, "net profit of $41 billion", 41e9, USD),
    F("alp", 9, "$41.0bn |", 41e9, USD, vt="$41.0bn"),
    F("alp", 10, "明年獲利估達410億美元", 410e8, USD, vt="410億美元"),
    F("alp", 11, "成長4%至410億美元", 410e8, USD, vt="410億美元"),
    F("alp", 12, "總淨利潤 410 億美元", 410e8, USD, vt="410 億美元"),
    F("alp", 13, "实现410亿美元的总净利润", 410e8, USD, vt="410亿美元"),
    F("alp", 13, "实现410亿美元净利润", 410e8, USD, vt="410亿美元"),
    F("alp", 14, "预计将达到410亿美元", 410e8, USD, vt="410亿美元"),
    F("alp", 15, "达到41B美元", 41e9, USD, vt="41B美元"),
    F("alp", 15, "record $41B profits", 41e9, USD, vt="$41B"),
    F("alp", 15, "创纪录的410亿美元", 410e8, USD, vt="410亿美元"),
    F("alp", 15, "a record $41 billion", 41e9, USD),
    F("alp", 16, "Hitting US$41 Billion", 41e9, USD, vt="US$41 Billion"),
    F("alp", 16, "net profit of US$41 billion", 41e9, USD),
    F("alp", 16, "and US$41 billion in profit", 41e9, USD),
]
G("alp_net_profit_2026", AL, "Airline industry net profit 2026 forecast: $41 billion = 410亿 (seventeen)", "world", "airline industry net profit (USD)",
  "2026", "Same figure (consistent).", ms)

ms = [
    F("alp", 8, "expected to be USD7.90", 7.90, USD, "y26", vt="7.90"),
    F("alp", 12, "平均淨利潤為 7.90 美元", 7.90, USD, "y26", vt="7.90"),
    F("alp", 14, "平均赚取的7.90美元", 7.90, USD, "y26", vt="7.90"),
    F("alp", 14, "平均净利润为7.90美元", 7.90, USD, "y26", vt="7.90"),
    F("alp", 8, "high of USD8.50", 8.50, USD, "y23", vt="8.50"),
    F("alp", 12, "歷史高點 8.50 美元", 8.50, USD, "y23", vt="8.50"),
    F("alp", 14, "2023年8.50美元", 8.50, USD, "y23", vt="8.50"),
]
G("alp_profit_per_passenger", AL, "Net profit per passenger: 2026 $7.90 (four), 2023 high $8.50 (three)", "world",
  "airline net profit per passenger (USD)", "2026 / 2023", "Same year consistent; other year different_basis.", ms)

for gid, what, rows in [
    ("europe_profit", "European airlines' net profit", [(9, "contribute $14.0 billion", 14.0e9, "y26", None), (9, "$14.0bn |", 14.0e9, "y26", "$14.0bn"),
                                                       (11, "最高的140億美元", 140e8, "y26", "140億美元"), (9, "at $13.2 billion", 13.2e9, "y25", None),
                                                       (9, "| $13.2bn", 13.2e9, "y25", "$13.2bn")]),
    ("north_america_profit", "North American airlines' net profit", [(9, "versus $11.3 billion", 11.3e9, "y26", None), (9, "$11.3bn |", 11.3e9, "y26", "$11.3bn"),
                                                                   (11, "增長至113億美元", 113e8, "y26", "113億美元"), (9, "versus $10.8 billion", 10.8e9, "y25", None),
                                                                   (9, "| $10.8bn", 10.8e9, "y25", "$10.8bn")]),
]:
    ms = [F("alp", n, q, v, USD, b, vt=vt) for n, q, v, b, vt in rows]
    G(f"alp_{gid}", AL, f"{what}: 2026 and 2025 (Dec 2025 outlook)", gid.split("_profit")[0], what + " (USD)", "2025 / 2026",
      "Same year consistent; other year different_basis.", ms)

ms = [F("alp", 7, "around 360 carriers", 360, CNT, qualifier="approx"), F("alp", 10, "約由360間航空公司", 360, CNT, qualifier="approx")]
G("alp_iata_members", AL, "IATA members: around 360 airlines (two)", "IATA", "member airlines (count)", "2025", "Same figure.", ms)
ms = [F("alp", 13, "高达4%的比重", 4.0, PC), F("alp", 14, "全球近4%的GDP", 4.0, PC, qualifier="under")]
G("alp_gdp_share", AL, "Air transport's share of the world economy: 4% / 近4%", "world", "air transport share of world GDP (percent)", "2025",
  "Same figure, one hedged (consistent).", ms)
ms = [F("alp", 13, "就业规模高达8700万人", 8700e4, P, vt="8700万"), F("alp", 14, "支撑了8700万个就业岗位", 8700e4, P, vt="8700万")]
G("alp_jobs", AL, "Jobs supported by aviation: 8700万 (two)", "world", "jobs supported (persons)", "2025", "Same figure.", ms)

# ============================================================ drug sales (Keytruda and other top sellers)


def rnd(a, b):
    """Rounded vs precise restatements: rounding across documents (either inside one page); hedged figures consistent."""
    if a["_c"] == "h" or b["_c"] == "h":
        return K
    if a["file"] == b["file"]:
        return RK
    return R


ms = [
    F("drg", 1, "to US$29.5 billion", 29.5e9, USD, c="r"),
    F("drg", 2, "achieving $29.482 billion", 29.482e9, USD, c="p"),
    F("drg", 5, "including $29.5bn", 29.5e9, USD, c="r"),
    F("drg", 6, "approximately $29.5 billion", 29.5e9, USD, c="h", qualifier="approx"),
    F("drg", 7, "nearly $29.5 billion", 29.5e9, USD, c="h", qualifier="under"),
    F("drg", 8, "sales of $29.48 billion", 29.48e9, USD, c="r"),
    F("drg", 10, "an estimated $29.5 billion", 29.5e9, USD, c="r"),
    F("drg", 14, "销售额294.82亿美元", 294.82e8, USD, c="p", vt="294.82亿美元"),
    F("drg", 15, "全球294.82亿美元", 294.82e8, USD, c="p", vt="294.82亿美元"),
    F("drg", 17, "2024年销售额:294.82亿美元", 294.82e8, USD, c="p", vt="294.82亿美元"),
    F("drg", 18, "近300億美元", 300e8, USD, c="h", qualifier="under", vt="300億美元"),
    F("drg", 13, "來到300億美元", 300e8, USD, "fc", c="r", vt="300億美元", note="analysts' forecast for 2024 made in February 2024"),
]
G("drg_keytruda_sales_2024", DG, "Keytruda worldwide sales 2024: $29.482bn = 294.82亿 (four), $29.48bn, $29.5bn (three), hedged 'approximately' / "
  "'nearly' $29.5bn and '近300億'; analysts' 300億 forecast", "Keytruda (Merck)", "Keytruda worldwide sales (USD)", "2024",
  "Merck's $29.482 billion restated: 29.5 / 29.48 against 29.482 are rounding; hedged figures consistent; the February 2024 forecast "
  "is different_basis.", ms, PR(ms, rnd))

ms = [
    F("drg", 1, "grew 18%", 18.0, PC, c="r"),
    F("drg", 2, "an 18% increase", 18.0, PC, c="r"),
    F("drg", 8, "an 18% increase", 18.0, PC, c="r"),
    F("drg", 10, "commanding 18% increase", 18.0, PC, c="r"),
    F("drg", 14, "294.82亿美元(+18%)", 18.0, PC, c="r", vt="+18%"),
    F("drg", 17, "+17.9%", 17.9, PC, c="p"),
    F("drg", 1, "(22% excluding", 22.0, PC, "exfx", note="excluding foreign exchange"),
]
G("drg_keytruda_growth_2024", DG, "Keytruda sales growth 2024: 18% (five) vs ebiotrade's +17.9%; 22% excluding FX", "Keytruda (Merck)",
  "Keytruda sales growth (percent)", "2024", "18% rounds 17.9% (rounding); the ex-FX growth is another basis.", ms, PR(ms, rnd))

ms = [
    F("drg", 3, "amassing an impressive $25 billion", 25e9, USD, c="r"),
    F("drg", 4, "worth US$25B", 25e9, USD, c="r", vt="US$25B"),
    F("drg", 8, "its $25 billion revenue", 25e9, USD, c="r"),
    F("drg", 9, "exceed $25 billion", 25e9, USD, c="h", qualifier="over"),
    F("drg", 11, "全年销售额为250亿美元", 250e8, USD, c="r", vt="250亿美元"),
    F("drg", 12, "250亿美元,K药锁定", 250e8, USD, c="r", vt="250亿美元", note="headline"),
    F("drg", 12, "全年营收250.11亿美元", 250.11e8, USD, c="p", vt="250.11亿美元"),
    F("drg", 12, "大卖250亿美元", 250e8, USD, c="r", vt="250亿美元"),
    F("drg", 12, "2023年则达到250.11亿美元", 250.11e8, USD, c="p", vt="250.11亿美元"),
    F("drg", 13, "2023年銷售達250億美元", 250e8, USD, c="r", vt="250億美元", note="headline"),
    F("drg", 13, "的年銷250億美元", 250e8, USD, c="r", vt="250億美元"),
    F("drg", 13, "全年總計達250億美元", 250e8, USD, c="r", vt="250億美元"),
    F("drg", 17, "2023年销售额:250.11亿美元", 250.11e8, USD, c="p", vt="250.11亿美元"),
]
G("drg_keytruda_sales_2023", DG, "Keytruda worldwide sales 2023: 250.11亿 (three) vs $25 billion / 250亿 (nine) and 'exceed $25 billion'",
  "Keytruda (Merck)", "Keytruda worldwide sales (USD)", "2023",
  "$25 billion rounds $25.011 billion (rounding across pages, either inside one page); 'exceed $25 billion' contains it (consistent).",
  ms, PR(ms, rnd))

ms = [F("drg", 4, "a 19% increase", 19.0, PC), F("drg", 11, "同比增长19%", 19.0, PC), F("drg", 12, "同比增长19%", 19.0, PC)]
G("drg_keytruda_growth_2023", DG, "Keytruda sales growth 2023: 19% (three)", "Keytruda (Merck)", "Keytruda sales growth (percent)", "2023", "Same figure.", ms)

ms = [
    F("drg", 9, "nearly $20.94 billion", 20.94e9, USD, c="h", qualifier="under"),
    F("drg", 11, "Keytruda销售额为209亿美元", 209e8, USD, c="r", vt="209亿美元"),
    F("drg", 12, "达到209.37亿美元", 209.37e8, USD, c="p", vt="209.37亿美元"),
]
G("drg_keytruda_sales_2022", DG, "Keytruda sales 2022: 209.37亿 vs 209亿 vs 'nearly $20.94 billion'", "Keytruda (Merck)",
  "Keytruda worldwide sales (USD)", "2022", "209亿 rounds 209.37亿 (rounding); 'nearly $20.94 billion' contains it (consistent).", ms, PR(ms, rnd))

ms = [
    F("drg", 3, "41.6%", 41.6, PC, "y23"),
    F("drg", 13, "營收的41.6%", 41.6, PC, "y23"),
    F("drg", 2, "nearly 46%", 46.0, PC, "y24", qualifier="under"),
]
G("drg_keytruda_share_of_merck", DG, "Keytruda's share of Merck's revenue: 2023 41.6% (two), 2024 nearly 46%", "Keytruda (Merck)",
  "Keytruda share of Merck revenue (percent)", "2023 / 2024", "Same year consistent; other year different_basis.", ms)

ms = [F("drg", 2, "total revenue of $64.168 billion", 64.168e9, USD), F("drg", 14, "总营收:641.68亿美元", 641.68e8, USD, vt="641.68亿美元")]
G("drg_merck_revenue_2024", DG, "Merck total revenue 2024: $64.168bn = 641.68亿", "Merck", "company revenue (USD)", "2024", "Same figure.", ms)
ms = [F("drg", 2, "marking a 7% increase", 7.0, PC), F("drg", 14, "641.68亿美元(+7%)", 7.0, PC, vt="+7%")]
G("drg_merck_revenue_growth_2024", DG, "Merck revenue growth 2024: 7% (two)", "Merck", "company revenue growth (percent)", "2024", "Same figure.", ms)
ms = [F("drg", 1, "totalling US$57.4 billion", 57.4e9, USD), F("drg", 2, "generated $57.400 billion", 57.4e9, USD)]
G("drg_merck_pharma_sales_2024", DG, "Merck pharmaceutical sales 2024: US$57.4bn = $57.400bn", "Merck", "pharmaceutical sales (USD)", "2024", "Same figure.", ms)
ms = [F("drg", 1, "were up 7%", 7.0, PC), F("drg", 2, "reflecting a 7% growth", 7.0, PC)]
G("drg_merck_pharma_growth_2024", DG, "Merck pharmaceutical sales growth 2024: 7% (two)", "Merck", "pharmaceutical sales growth (percent)", "2024", "Same figure.", ms)

ms = [
    F("drg", 4, "were US$14.6B", 14.6e9, USD, c="r", vt="US$14.6B"),
    F("drg", 13, "實際為146.3億美元", 146.3e8, USD, c="p", vt="146.3億美元"),
    F("drg", 13, "營收預期145億美元", 145e8, USD, "fc", vt="145億美元", note="analysts' expectation"),
]
G("drg_merck_revenue_q4_2023", DG, "Merck Q4 2023 revenue: US$14.6B vs 146.3億 (actual) and the 145億 expectation", "Merck", "quarterly revenue (USD)",
  "Q4 2023", "14.6 rounds 14.63 (rounding); the expectation is different_basis.", ms, PR(ms, rnd))

ms = [F("drg", 11, "销售额为112.2亿美元", 112.2e8, USD, vt="112.2亿美元"), F("drg", 12, "销售额112.20亿美元", 112.2e8, USD, vt="112.20亿美元")]
G("drg_comirnaty_sales_2023", DG, "Comirnaty sales 2023: 112.2亿 = 112.20亿", "Comirnaty (Pfizer/BioNTech)", "drug sales (USD)", "2023", "Same figure.", ms)
ms = [F("drg", 11, "同比下降了70%", -70.0, PC, vt="70%"), F("drg", 12, "降幅70%", -70.0, PC, vt="70%")]
G("drg_comirnaty_decline_2023", DG, "Comirnaty sales decline 2023: 70% (two)", "Comirnaty (Pfizer/BioNTech)", "drug sales change (percent)", "2023", "Same figure.", ms)
ms = [F("drg", 11, "修美乐销售额为212亿美元", 212e8, USD, vt="212亿美元"), F("drg", 12, "2022年全年销售额212亿美元", 212e8, USD, vt="212亿美元")]
G("drg_humira_sales_2022", DG, "Humira sales 2022: 212亿 (two)", "Humira (AbbVie)", "drug sales (USD)", "2022", "Same figure.", ms)
ms = [F("drg", 14, "(89.93亿美元,-37.6%)", 89.93e8, USD, vt="89.93亿美元"), F("drg", 10, "around $9 billion", 9e9, USD, qualifier="approx")]
G("drg_humira_sales_2024", DG, "Humira sales 2024: 89.93亿 vs 'around $9 billion'", "Humira (AbbVie)", "drug sales (USD)", "2024",
  "A hedged rounding that contains the figure (consistent).", ms, {(1, 2): K})
ms = [F("drg", 14, "-37.6%", -37.6, PC), F("drg", 10, "nearly 38%", -38.0, PC, qualifier="under", vt="38%")]
G("drg_humira_decline_2024", DG, "Humira sales decline 2024: -37.6% vs 'nearly 38%'", "Humira (AbbVie)", "drug sales change (percent)", "2024",
  "'Nearly 38%' contains 37.6% (consistent).", ms, {(1, 2): K})
ms = [F("drg", 6, "around $17.5 billion", 17.5e9, USD, qualifier="approx"), F("drg", 7, "approximately $17 billion", 17e9, USD, qualifier="approx")]
G("drg_ozempic_sales_2024", DG, "Ozempic sales 2024: 'around $17.5 billion' vs 'approximately $17 billion' (two medx pages)", "Ozempic (Novo Nordisk)",
  "drug sales (USD)", "2024", "Two hedged figures that disagree by half a billion (conflict, consistent defensible).", ms, {(1, 2): CK})

ms = [
    F("drg", 7, "third with $13.3 billion", 13.3e9, USD, "bms", note="stated as Eliquis's sales; the BMS-booked figure"),
    F("drg", 17, "2024年销售额:206.99亿美元", 206.99e8, USD, "total", vt="206.99亿美元"),
    F("drg", 14, "收入73.66亿美元", 73.66e8, USD, "pfe", vt="73.66亿美元", note="Pfizer's Eliquis revenue"),
]
G("drg_eliquis_sales_2024", DG, "Eliquis 2024: $13.3bn (medx, as 'sales') vs 206.99亿 (worldwide) vs Pfizer's 73.66亿", "Eliquis (BMS/Pfizer)",
  "drug sales (USD)", "2024", "Different bases (one partner's booking vs the worldwide total); medx's unqualified $13.3bn against 206.99亿 "
  "may be read as a conflict (different_basis, conflict defensible).", ms, {(1, 2): DC})
ms = [F("drg", 14, "73.66亿美元(+9%)", 9.0, PC, "pfe", vt="+9%"), F("drg", 17, "+9.2%", 9.2, PC, "total")]
G("drg_eliquis_growth_2024", DG, "Eliquis growth 2024: Pfizer's +9% vs worldwide +9.2%", "Eliquis (BMS/Pfizer)", "drug sales growth (percent)", "2024",
  "Different bases (different_basis, rounding defensible).", ms, {(1, 2): DR})

for gid, subj, what, rows in [
    ("jnj_revenue_2024", "Johnson & Johnson", "J&J revenue 2024", [(14, "总营收:888.21亿美元", 888.21e8, USD, "888.21亿美元"), (15, "强生以总营收888.21亿蝉联", 888.21e8, USD, "888.21亿"),
                                                                 (15, "全年总营收888.21亿美元", 888.21e8, USD, "888.21亿美元")]),
    ("jnj_growth_2024", "Johnson & Johnson", "J&J revenue growth 2024", [(14, "888.21亿美元(+4.3%)", 4.3, PC, "+4.3%"), (15, "同比增长4.3%", 4.3, PC, None)]),
    ("jnj_innovative_2024", "Johnson & Johnson", "J&J innovative medicine revenue 2024", [(14, "分别贡献569.64亿美元", 569.64e8, USD, "569.64亿美元"),
                                                                                       (15, "分别实现了569.64亿美元", 569.64e8, USD, "569.64亿美元")]),
    ("jnj_medtech_2024", "Johnson & Johnson", "J&J medtech revenue 2024", [(14, "、318.57亿美元", 318.57e8, USD, "318.57亿美元"), (15, "以及318.57亿美元", 318.57e8, USD, "318.57亿美元")]),
    ("pfizer_revenue_2024", "Pfizer", "Pfizer revenue 2024", [(14, "总营收:636.27亿美元", 636.27e8, USD, "636.27亿美元"), (16, "以 636.27 亿美元的营收", 636.27e8, USD, "636.27 亿美元"),
                                                          (16, "7% 至 636.27 亿美元", 636.27e8, USD, "636.27 亿美元")]),
    ("pfizer_growth_2024", "Pfizer", "Pfizer revenue growth 2024", [(14, "636.27亿美元(+7%)", 7.0, PC, "+7%"), (16, "总营收增长 7%", 7.0, PC, "7%")]),
    ("az_revenue_2024", "AstraZeneca", "AstraZeneca revenue 2024", [(14, "营收:540.73亿美元", 540.73e8, USD, "540.73亿美元"), (16, "达到 540.73 亿美元", 540.73e8, USD, "540.73 亿美元")]),
    ("az_growth_2024", "AstraZeneca", "AstraZeneca revenue growth 2024", [(14, "540.73亿美元(+21%)", 21.0, PC, "+21%"), (16, "收入增长了 21%", 21.0, PC, "21%")]),
    ("osimertinib_2024", "AstraZeneca", "Osimertinib (Tagrisso) sales 2024", [(14, "(65.8亿美元)", 65.8e8, USD, "65.8亿美元"), (16, "分别创造了 65.8 亿美元", 65.8e8, USD, "65.8 亿美元")]),
    ("farxiga_2024", "AstraZeneca", "Dapagliflozin (Farxiga) sales 2024", [(14, "(77.17亿美元)", 77.17e8, USD, "77.17亿美元"), (16, "77.17 亿美元和", 77.17e8, USD, "77.17 亿美元")]),
    ("az_china_growth_2024", "AstraZeneca", "AstraZeneca China revenue growth 2024", [(14, "64.13亿美元(+11%)", 11.0, PC, "+11%"), (16, "营收增长11%", 11.0, PC, "11%")]),
]:
    ms = [F("drg", n, q, v, u, vt=vt) for n, q, v, u, vt in rows]
    G(f"drg_{gid}", DG, f"{what} ({len(rows)})", subj, what, "2024", "Same figure (consistent).", ms)

ms = [F("drg", 14, "中国区收入64.13亿美元", 64.13e8, USD, c="p", vt="64.13亿美元"), F("drg", 16, "至64亿美元", 64e8, USD, c="r", vt="64亿美元")]
G("drg_az_china_revenue_2024", DG, "AstraZeneca China revenue 2024: 64.13亿 vs 64亿", "AstraZeneca", "China revenue (USD)", "2024",
  "64亿 rounds 64.13亿 (rounding).", ms, PR(ms, rnd))

ms = [F("drg", 13, "股價大漲4%", 4.0, PC, c="r"), F("drg", 13, "大漲4.71%", 4.71, PC, c="p")]
G("drg_merck_share_move", DG, "Merck share price move on the Q4 2023 results: headline 4% vs text 4.71% (one page)", "Merck",
  "share price change (percent)", "February 2024", "The headline truncates 4.71% to 4% (rounding, consistent defensible: one page).", ms, PR(ms, rnd))

ms = [F("drg", 6, "covering over 40 types", 40, CNT, qualifier="over"), F("drg", 10, "now number over 40", 40, CNT, qualifier="over")]
G("drg_keytruda_indications", DG, "Keytruda approved indications: 'over 40' (two medx pages)", "Keytruda (Merck)", "approved indications (count)",
  "2024-2025", "Same bound (consistent).", ms)

# ============================================================ singles: claims
S("acg", 3, "annual growth of 3.6%", "3.6%", 3.6, PC)
S("acg", 3, "a 7.8% increase", "7.8%", 7.8, PC)
S("acg", 3, "increases of 7.9%", "7.9%", 7.9, PC)
S("acg", 3, "and 13.6%", "13.6%", 13.6, PC)
S("acg", 12, "and 20.6% more", "20.6%", 20.6, PC)
S("acg", 15, "two percentage points to 44%", "44%", 44.0, PC)
S("acg", 13, "環(huán)比7月增長(zhǎng)2%", "2%", 2.0, PC)
S("alp", 2, "$600 million less", "$600 million", 600e6, USD)
S("alp", 2, "average $86 a barrel", "$86", 86.0, USD)
S("alp", 2, "the $99 average", "$99", 99.0, USD)
S("alp", 2, "fuel bill by $25 billion", "$25 billion", 25e9, USD)
S("alp", 11, "獲利則將成長4%", "4%", 4.0, PC)
S("drg", 2, "dropped significantly to $17.938 billion", "$17.938 billion", 17.938e9, USD)
S("drg", 2, "fell by 20% to $5.394 billion", "$5.394 billion", 5.394e9, USD)
S("drg", 2, "representing 9.4%", "9.4%", 9.4, PC)
S("drg", 2, "generating $509 million", "$509 million", 509e6, USD)
S("drg", 2, "reported sales of $8.583 billion", "$8.583 billion", 8.583e9, USD)
S("drg", 5, "over $130bn", "$130bn", 130e9, USD, qualifier="over")
S("drg", 9, "impressive $4.07 billion increase", "$4.07 billion", 4.07e9, USD)
S("drg", 11, "总收入为142亿美元", "142亿美元", 142e8, USD)
S("drg", 11, "净营收总额为111亿美元", "111亿美元", 111e8, USD)
S("drg", 11, "达到了72亿美元", "72亿美元", 72e8, USD)
S("drg", 12, "全年营收601.15亿美元", "601.15亿美元", 601.15e8, USD)
S("drg", 12, "2021年销售业绩为171.86亿美元", "171.86亿美元", 171.86e8, USD)
S("drg", 13, "市值來到歷史高的3202億美元", "3202億美元", 3202e8, USD)
S("drg", 15, "以445.61亿美元营收", "445.61亿美元", 445.61e8, USD)
S("drg", 16, "增长 22% 至 177.63 亿美元", "177.63 亿美元", 177.63e8, USD)
S("drg", 17, "总销售额达到1548.88亿美元", "1548.88亿美元", 1548.88e8, USD)
S("drg", 17, "2023年的1454.95亿美元", "1454.95亿美元", 1454.95e8, USD)
S("drg", 17, "相比增长6.5%", "6.5%", 6.5, PC)

# ============================================================ singles: not claims
S("acg", 4, " date 2025-01-31", not_a_claim=True, kind="date")
S("acg", 6, "阿通社日内瓦2025年1月29日电", not_a_claim=True, kind="dateline")
S("acg", 9, "2024-05-08 14:21:51", not_a_claim=True, kind="date")
S("acg", 10, "時間:2024-04-11", not_a_claim=True, kind="date")
S("acg", 13, "2024-10-11", not_a_claim=True, kind="date")
S("acg", 14, " date 2024-10-03", not_a_claim=True, kind="date")
S("acg", 17, " date 2024-11-01", not_a_claim=True, kind="date")
S("acg", 17, "the 14th consecutive month", not_a_claim=True, kind="ordinal")
S("alp", 1, "(Dec-2024)", not_a_claim=True, kind="date")
S("alp", 4, " date 2024-12-18", not_a_claim=True, kind="date")
S("alp", 7, " date 2025-12-09", not_a_claim=True, kind="date")
S("alp", 8, "SINGAPORE 11 December 2025", not_a_claim=True, kind="dateline")
S("alp", 9, "on 9 December", not_a_claim=True, kind="date")
S("alp", 10, " date 2025-12-09", not_a_claim=True, kind="date")
S("alp", 11, " date 2025-12-10", not_a_claim=True, kind="date")
S("alp", 12, "2025-12-10 13:39", not_a_claim=True, kind="date")
S("alp", 12, "周二（9 日）", not_a_claim=True, kind="date")
S("alp", 13, "0", not_a_claim=True, kind="counter", nth=2, note="share counter on its own line")
S("alp", 14, "12月9日", not_a_claim=True, kind="date")
S("alp", 16, "12/12/2025 - 15:49", not_a_claim=True, kind="date")
S("drg", 1, "On 4 February 2025", not_a_claim=True, kind="date")
S("drg", 2, "On February 4", not_a_claim=True, kind="date")
S("drg", 3, "gvC2C_G7", not_a_claim=True, kind="identifier", note="short-link id")
S("drg", 8, "[1.2.1, 1.3.5]", not_a_claim=True, kind="citation")
S("drg", 8, "[1.6.6]", not_a_claim=True, kind="citation")
S("drg", 7, "1: Keytruda", not_a_claim=True, kind="list_number")
S("drg", 7, "2: Ozempic", not_a_claim=True, kind="list_number")
S("drg", 11, "2023年2月1日", not_a_claim=True, kind="date", note="the year is wrong on the page (the results came out in 2024)")
S("drg", 11, "转发:0回复:0喜欢:0", not_a_claim=True, kind="counter")
S("drg", 12, "02/02", not_a_claim=True, kind="date")
S("drg", 12, "13:59", not_a_claim=True, kind="time")
S("drg", 15, "02月12日 11:21", not_a_claim=True, kind="date")
S("drg", 15, "01、营收TOP10", not_a_claim=True, kind="list_number")
S("drg", 17, "2025年07月15日", not_a_claim=True, kind="date")
S("drg", 17, "1. Keytruda(可瑞达)", not_a_claim=True, kind="list_number")
S("drg", 17, "2. Eliquis(艾乐妥)", not_a_claim=True, kind="list_number")
S("drg", 18, " date 2025-09-20", not_a_claim=True, kind="date")
S("drg", 9, "Top 200 Medicines Report 2024", not_a_claim=True, kind="name", nth=1)

if ERRS:
    for e in ERRS:
        print("quote error:", e)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh21.toml", "corpus-fresh21")
