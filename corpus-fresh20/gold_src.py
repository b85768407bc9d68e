#!/usr/bin/env python3
"""Hand annotation of corpus-fresh20, written as data; emits gold.d/fresh20.toml (then run
corpus/check_gold.py --dir corpus-fresh20 --build).

Three domains: recorded-music revenues (IFPI Global Music Reports 2019-2025, `mus-*`), global advertising
revenue forecasts (GroupM This Year Next Year 2022-2024 editions, MAGNA, a 2015/16 forecast, `adv-*`) and cruise
passengers (CLIA State of the Cruise Industry reports 2019-2025, `cru-*`).

Every mention carries a basis tag (year / release vintage / compiler / scope, as read from the text). Pair
verdicts: explicit entries win; otherwise a different basis is different_basis, the same basis and the same value
consistent; a same-basis pair with different values is listed explicitly (helper `vs`).
Conventions (fresh20): a rounded restatement is rounding; two figures of the same precision that disagree are
conflict; a bound that contains the figure is consistent. A figure for one period restated by a LATER release of
the same compiler with another value (a revision: IFPI's 2020 and 2021 revenues and 2020 growth restated in the
2022/2023 reports; GroupM's successive forecasts for 2022-2025; CLIA's two forecasts for 2024) is conflict with
alt_verdict different_basis ('either'). Forecasts vs actuals, other years, other scopes are different_basis; other
compilers of a like-named measure (MAGNA vs GroupM, Madison and Wall vs GroupM) are different_basis with conflict
as alt.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿/萬億 = 1e12; declines negative; word numbers keyed only for
'two-thirds', 'one-third' / '三分之一' and 'nine percent'. Units: USD, EUR, percent, persons, count, years.
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

USD, EUR, PC, P, CNT, YRS = "USD", "EUR", "percent", "persons", "count", "years"
CD = (C, D)   # revision by a later release of the same compiler: conflict, different_basis defensible
DC = (D, C)   # another compiler's like-named measure: different_basis, conflict defensible
RK = (R, K)   # a word fraction against a percentage: rounding, consistent defensible
KC = (K, C)

NUM = re.compile(r"(?:US\$|USD \$|\$|€|\+ ?|-)?\d[\d,.]*(?: ?(?:billion|million|trillion|bn|m|T|BN|percent|per cent|%|万亿|萬億|亿|億|万|萬)"
                 r"(?:美元|欧元)?)?")


SCALE = [("万亿", 1e12), ("萬億", 1e12), ("trillion", 1e12), ("billion", 1e9), ("bn", 1e9), ("BN", 1e9),
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


def F(doc, n, quote, value, unit, basis="a", vt=None, nth=None, **kw):
    """A mention in document doc-n: the line is found by the quote (nth line holding it when several do)."""
    f = NAMES[(doc, n)]
    hits = [i + 1 for i, l in enumerate(DOCS[f]) if quote in l]
    if not hits or (nth is None and len(hits) != 1):
        ERRS.append((f, quote, hits))
        hits = hits or [1]
    if nth is None:
        ln = hits[0]
    else:
        ln = hits[nth - 1]
    if vt is None:
        vt = pick(quote, value, f)
    return M(f, ln, quote, vt, value, unit, basis, **kw)


def S(doc, n, quote, vt=None, value=None, unit=None, nth=None, **kw):
    f = NAMES[(doc, n)]
    hits = [i + 1 for i, l in enumerate(DOCS[f]) if quote in l]
    if not hits or (nth is None and len(hits) != 1):
        ERRS.append((f, quote, hits))
        hits = hits or [1]
    ln = hits[0] if nth is None else hits[nth - 1]
    if value is not None and vt is None:
        vt = pick(quote, value, f)
    single(f, ln, quote, vt, value, unit, **kw)


def vs(ms, v, only=None):
    """Verdict v for every same-basis pair with different values (optionally only for bases in `only`)."""
    out = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if a["_basis"] == b["_basis"] and (a["value"] != b["value"] or a["unit"] != b["unit"]):
                if only is None or a["_basis"] in only:
                    out[(i + 1, j + 1)] = v
    return out


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


def fits(b, x):
    """Does the bound b (a mention with a qualifier) contain the value of mention x?"""
    q, bv, xv = b.get("qualifier"), b["value"], x["value"]
    if x.get("qualifier") or isinstance(bv, list) or isinstance(xv, list):
        return False
    return {"over": xv > bv, "at_least": xv >= bv, "under": xv < bv and xv > 0.8 * bv, "at_most": xv <= bv}.get(q, False)


def G(gid, topic, description, subject, metric, period, why, ms, *prs):
    pr = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if a["_basis"] == b["_basis"] and a["value"] != b["value"]:
                if fits(a, b) or fits(b, a):
                    pr[(i + 1, j + 1)] = K
                elif a.get("qualifier") == b.get("qualifier") == "over":
                    pr[(i + 1, j + 1)] = K
    for p in prs:
        pr.update(p)
    group(gid, topic, description, subject, metric, period, why, ms, pr)


MU = "recorded-music"
# ============================================================ recorded music (IFPI Global Music Report)
# --- total trade revenues by year
ms = [
    F("mus", 1, "were US$19.1 billion", 19.1e9, USD),
    F("mus", 2, "grew to $19.1 billion", 19.1e9, USD),
    F("mus", 3, "reached revenue of $19.1 billion", 19.1e9, USD, note="the next sentence says the figure 'grew 9.7% over 2018' (period misdescribed)"),
    F("mus", 15, "2018年的总收入为191亿美元", 191e8, USD, vt="191亿美元"),
    F("mus", 16, "总收入为 191 亿美元", 191e8, USD, vt="191 亿美元"),
    F("mus", 17, "總收入為191億美元", 191e8, USD, vt="191億美元"),
    F("mus", 17, "貢獻了191億美元", 191e8, USD, vt="191億美元"),
]
G("mus_revenue_2018", MU, "Global recorded music revenues 2018: US$19.1 billion = 191亿 / 191億 (seven)", "world",
  "recorded music trade revenues (USD)", "2018", "All restate IFPI's 2018 figure (consistent).", ms)

ms = [
    F("mus", 4, "increased 7.4% to $21.6 billion", 21.6e9, USD, "r21", vt="$21.6 billion"),
    F("mus", 5, "for 2020 were $21.6 billion", 21.6e9, USD, "r21"),
    F("mus", 18, "音樂(lè)收入達(dá)216億美元", 216e8, USD, "r21", vt="216億美元"),
    F("mus", 18, "總收入達(dá)216億美元", 216e8, USD, "r21", vt="216億美元"),
    F("mus", 7, "from $20.3 billion in 2020", 20.3e9, USD, "r23", note="as restated in the 2023 report"),
]
G("mus_revenue_2020", MU, "Global recorded music revenues 2020: $21.6 billion = 216億 (2021 report, four) vs $20.3 billion (as restated in the 2023 report)",
  "world", "recorded music trade revenues (USD)", "2020",
  "IFPI restated 2020 at $20.3 billion in its 2023 report: a revision (conflict, different_basis defensible).",
  ms, X(ms, CD, {"r21"}, {"r23"}))

ms = [
    F("mus", 19, "带来的《259亿美元", 259e8, USD, "r22", vt="259亿美元", note="title quoted"),
    F("mus", 19, "如果您对259亿美元", 259e8, USD, "r22", vt="259亿美元"),
    F("mus", 19, "总收入为259亿美元", 259e8, USD, "r22", vt="259亿美元"),
    F("mus", 20, "总收入为259亿美元", 259e8, USD, "r22", vt="259亿美元"),
    F("mus", 21, "總收入為259億美元", 259e8, USD, "r22", vt="259億美元"),
    F("mus", 7, "from $24 billion in 2021", 24e9, USD, "r23"),
]
G("mus_revenue_2021", MU, "Global recorded music revenues 2021: 259亿 / 259億 (2022 report, five) vs $24 billion (as restated in the 2023 report)",
  "world", "recorded music trade revenues (USD)", "2021",
  "The 2023 report's $24 billion for 2021 revises the 2022 report's $25.9 billion (conflict, different_basis defensible).",
  ms, X(ms, CD, {"r22"}, {"r23"}))

ms = [
    F("mus", 6, "last year to $26.2 billion", 26.2e9, USD),
    F("mus", 7, "revenues to $26.2bn", 26.2e9, USD),
    F("mus", 7, "to reach USD $26.2 billion", 26.2e9, USD, vt="$26.2 billion"),
    F("mus", 8, "last year to $26.2 billion", 26.2e9, USD),
    F("mus", 9, "were US$26.2 billion", 26.2e9, USD),
    F("mus", 8, "(€24.3 billion)", 24.3e9, EUR, "eur", note="euro conversion"),
]
G("mus_revenue_2022", MU, "Global recorded music revenues 2022: $26.2 billion (five) and its euro conversion €24.3 billion",
  "world", "recorded music trade revenues", "2022", "Same figure; the euro conversion is another unit basis (different_basis).", ms)

ms = [
    F("mus", 10, "reached US$28.6 billion", 28.6e9, USD),
    F("mus", 11, "total revenue of $28.6 billion", 28.6e9, USD),
]
G("mus_revenue_2023", MU, "Global recorded music revenues 2023: US$28.6 billion (two)", "world",
  "recorded music trade revenues (USD)", "2023", "Consistent.", ms)

ms = [
    F("mus", 12, "by 4.8% to $29.6 billion", 29.6e9, USD, vt="$29.6 billion"),
    F("mus", 13, "to hit $29.6 billion", 29.6e9, USD),
    F("mus", 14, "reached US$29.6 billion", 29.6e9, USD),
]
G("mus_revenue_2024", MU, "Global recorded music revenues 2024: $29.6 billion (three)", "world",
  "recorded music trade revenues (USD)", "2024", "Consistent.", ms)

# --- revenue growth by year
ms = [
    F("mus", 1, "grew by 9.7% in 2018", 9.7, PC),
    F("mus", 2, "a 9.7 percent rise", 9.7, PC),
    F("mus", 3, "grew 9.7% over 2018", 9.7, PC, note="written as growth over 2018; the IFPI figure is 2018's"),
    F("mus", 15, "全球录制音乐收入增长9.7", 9.7, PC, vt="9.7", note="headline without the percent sign"),
    F("mus", 15, "在2018年增长了9.7%", 9.7, PC, vt="9.7%"),
    F("mus", 16, "收入增长9.7%", 9.7, PC, vt="9.7%"),
    F("mus", 16, "年增长了9.7%", 9.7, PC, vt="9.7%"),
    F("mus", 17, "全球音樂市場成長了9.7%", 9.7, PC, vt="9.7%"),
    F("mus", 17, "增長了9.7%", 9.7, PC, vt="9.7%"),
]
G("mus_growth_2018", MU, "Growth of global recorded music revenues in 2018: 9.7% (nine)", "world",
  "recorded music revenue growth (percent)", "2018", "Consistent.", ms)

ms = [
    F("mus", 4, "increased 7.4% to", 7.4, PC, "r21"),
    F("mus", 5, "grows 7.4 percent in 2020", 7.4, PC, "r21"),
    F("mus", 5, "grew by 7.4 percent", 7.4, PC, "r21"),
    F("mus", 18, "增長(zhǎng)7.4%", 7.4, PC, "r21", vt="7.4%"),
    F("mus", 19, "前一年的增长率7.2%", 7.2, PC, "r22", vt="7.2%", note="2020 growth as given with the 2022 report"),
]
G("mus_growth_2020", MU, "Growth of global recorded music revenues in 2020: 7.4% (2021 report, four) vs 7.2% (as given with the 2022 report)",
  "world", "recorded music revenue growth (percent)", "2020",
  "7.2% restates 2020 growth from a later release (revision: conflict, different_basis defensible).", ms, X(ms, CD, {"r21"}, {"r22"}))

ms = [
    F("mus", 8, "the 18.5 per cent upsurge", 18.5, PC),
    F("mus", 19, "市场增长18.5%", 18.5, PC, vt="18.5%"),
    F("mus", 20, "收入增长18.5%", 18.5, PC, vt="18.5%"),
    F("mus", 20, "市场增长18.5%", 18.5, PC, vt="18.5%"),
    F("mus", 21, "收入成長18.5%", 18.5, PC, vt="18.5%", nth=1),
    F("mus", 21, "收入成長18.5%", 18.5, PC, vt="18.5%", nth=2),
    F("mus", 21, "市場成長了18.5%", 18.5, PC, vt="18.5%"),
]
G("mus_growth_2021", MU, "Growth of global recorded music revenues in 2021: 18.5% (seven)", "world",
  "recorded music revenue growth (percent)", "2021", "Consistent.", ms)

ms = [
    F("mus", 6, "rose 9 per cent last year", 9.0, PC),
    F("mus", 7, "driving a 9% rise", 9.0, PC),
    F("mus", 7, "grew 9% YoY in 2022", 9.0, PC),
    F("mus", 7, "last year’s 9% growth", 9.0, PC),
    F("mus", 8, "increased 9 per cent", 9.0, PC),
    F("mus", 9, "revenues grew 9% in 2022", 9.0, PC),
    F("mus", 9, "grew by 9% in 2022", 9.0, PC),
]
G("mus_growth_2022", MU, "Growth of global recorded music revenues in 2022: 9% (seven)", "world",
  "recorded music revenue growth (percent)", "2022", "Consistent.", ms)

ms = [
    F("mus", 10, "Revenues Grew 10.2% In 2023", 10.2, PC),
    F("mus", 10, "increased by 10.2% in 2023", 10.2, PC),
    F("mus", 11, "marking a 10% increase", 10.0, PC),
]
G("mus_growth_2023", MU, "Growth of global recorded music revenues in 2023: 10.2% (IFPI, two) vs 'a 10% increase' (musicplus)",
  "world", "recorded music revenue growth (percent)", "2023", "10% rounds 10.2% (rounding).", ms, vs(ms, R))

ms = [
    F("mus", 12, "increasing by 4.8% to", 4.8, PC),
    F("mus", 13, "revenues rising 4.8%", 4.8, PC),
    F("mus", 14, "up 4.8% from", 4.8, PC),
]
G("mus_growth_2024", MU, "Growth of global recorded music revenues in 2024: 4.8% (three)", "world",
  "recorded music revenue growth (percent)", "2024", "Consistent.", ms)

# --- streaming 2018
ms = [
    F("mus", 1, "Streaming revenue grew by 34.0%", 34.0, PC),
    F("mus", 2, "grew by 34 percent in 2018", 34.0, PC),
    F("mus", 15, "流媒体整体收入增长34.0%", 34.0, PC, vt="34.0%"),
    F("mus", 15, "流媒体整体收入增长了34.0%", 34.0, PC, vt="34.0%"),
    F("mus", 16, "流媒体整体收入增长了34.0%", 34.0, PC, vt="34.0%"),
    F("mus", 17, "收入增長了34.0%", 34.0, PC, vt="34.0%"),
    F("mus", 17, "流量收入也增長了34%", 34.0, PC, vt="34%"),
]
G("mus_streaming_growth_2018", MU, "Growth of streaming revenues in 2018: 34.0% / 34% (seven)", "world",
  "streaming revenue growth (percent)", "2018", "34 and 34.0 are the same value (consistent).", ms)

ms = [
    F("mus", 1, "almost half (47%)", 47.0, PC),
    F("mus", 2, "accounted for 47 percent", 47.0, PC),
    F("mus", 15, "近一半(47%)", 47.0, PC, vt="47%"),
    F("mus", 16, "近一半(47%)", 47.0, PC, vt="47%"),
    F("mus", 17, "總收入的46.8%", 46.8, PC, vt="46.8%"),
    F("mus", 17, "近一半(46.8%)", 46.8, PC, vt="46.8%"),
]
G("mus_streaming_share_2018", MU, "Streaming's share of global recorded music revenues in 2018: 47% (four) vs 46.8% (ettoday, two)",
  "world", "streaming share of revenues (percent)", "2018", "47% rounds 46.8% (rounding).", ms, vs(ms, R))

ms = [
    F("mus", 2, "driven by a 32.9% rise", 32.9, PC),
    F("mus", 1, "a 32.9% increase in paid", 32.9, PC),
    F("mus", 15, "付费订阅流媒体增长32.9%", 32.9, PC, vt="32.9%"),
    F("mus", 16, "付费订阅流媒体增长32.9%", 32.9, PC, vt="32.9%"),
    F("mus", 17, "流量增加了32.9%", 32.9, PC, vt="32.9%"),
    F("mus", 5, "increased by 18.5 percent", 18.5, PC, "y20"),
    F("mus", 18, "收入增長(zhǎng)達(dá)18.5%", 18.5, PC, "y20", vt="18.5%"),
    F("mus", 19, "付费订阅流媒体收入增长21.9%", 21.9, PC, "y21", vt="21.9%"),
    F("mus", 20, "付费订阅流媒体收入增长21.9%", 21.9, PC, "y21", vt="21.9%"),
    F("mus", 21, "收入成長了21.9%", 21.9, PC, "y21", vt="21.9%"),
    F("mus", 6, "revenues rose 10.3 per cent", 10.3, PC, "y22"),
    F("mus", 7, "increased by 10.3% YoY", 10.3, PC, "y22"),
    F("mus", 8, "increased 10.3 per cent", 10.3, PC, "y22"),
    F("mus", 9, "increased by 10.3%", 10.3, PC, "y22"),
    F("mus", 10, "alone grew by 11.2%", 11.2, PC, "y23"),
    F("mus", 11, "saw an 11.2% rise", 11.2, PC, "y23"),
    F("mus", 12, "paid subscriptions growing by 9.5%", 9.5, PC, "y24"),
    F("mus", 13, "up 9.5% from 2023", 9.5, PC, "y24"),
    F("mus", 14, "an increase of 9.5% year over year", 9.5, PC, "y24"),
]
for ym, bases in [("2018", {"a"}), ("2020", {"y20"}), ("2021", {"y21"}), ("2022", {"y22"}), ("2023", {"y23"}), ("2024", {"y24"})]:
    sub = [m for m in ms if m["_basis"] in bases]
    G(f"mus_sub_streaming_growth_{ym}", MU, f"Growth of paid subscription streaming revenues in {ym} ({len(sub)} mentions)", "world",
      "paid subscription streaming revenue growth (percent)", ym, "Consistent restatements of IFPI's figure.", sub)

ms = [
    F("mus", 1, "accounting for 37% of total", 37.0, PC),
    F("mus", 2, "that now accounts for 37%", 37.0, PC),
    F("mus", 15, "录制音乐总收入的37%", 37.0, PC, vt="37%"),
    F("mus", 16, "录制音乐总收入的37%", 37.0, PC, vt="37%"),
    F("mus", 17, "佔錄音音樂總收入的37%", 37.0, PC, vt="37%"),
]
G("mus_paid_share_2018", MU, "Paid subscription streaming's share of revenues in 2018: 37% (five)", "world",
  "paid streaming share of revenues (percent)", "2018", "Consistent.", ms)

ms = [
    F("mus", 2, "came to $11.2 billion", 11.2e9, USD),
    F("mus", 3, "or $11.2 billion", 11.2e9, USD),
    F("mus", 2, "crossing the $10 billion barrier", 10e9, USD, qualifier="over"),
    F("mus", 3, "surpassed $10 billion", 10e9, USD, qualifier="over"),
]
G("mus_digital_revenue_2018", MU, "Digital revenues 2018: $11.2 billion (two) and 'crossing / surpassed $10 billion' (two)", "world",
  "digital recorded music revenues (USD)", "2018", "The bounds contain $11.2 billion (consistent).", ms)

ms = [
    F("mus", 2, "accounting for 59 percent", 59.0, PC),
    F("mus", 3, "accounted for 58.9%", 58.9, PC),
]
G("mus_digital_share_2018", MU, "Digital share of revenues 2018: 59 percent vs 58.9%", "world",
  "digital share of revenues (percent)", "2018", "59 rounds 58.9 (rounding).", ms, vs(ms, R))

ms = [
    F("mus", 1, "There were 255 million users", 255e6, P),
    F("mus", 2, "with 255 million users", 255e6, P),
    F("mus", 15, "用户数达2.55亿", 2.55e8, P, vt="2.55亿"),
    F("mus", 16, "用户数达2. 55 亿", 2.55e8, P, vt="2. 55 亿", note="the page splits the number '2. 55 亿'"),
    F("mus", 17, "有2.55億付費", 2.55e8, P, vt="2.55億"),
]
G("mus_paid_users_2018", MU, "Users of paid streaming services at end-2018: 255 million = 2.55亿 (five)", "world",
  "paid subscription users", "end of 2018", "Consistent.", ms)

ms = [
    F("mus", 4, "total of 443 million paid users", 443e6, P),
    F("mus", 5, "There were 443 million users", 443e6, P),
    F("mus", 18, "用戶數(shù)達(dá)到4.43億", 4.43e8, P, vt="4.43億"),
]
G("mus_paid_users_2020", MU, "Paid subscription users at end-2020: 443 million = 4.43億 (three)", "world",
  "paid subscription users", "end of 2020", "Consistent.", ms)

ms = [
    F("mus", 8, "up from 523 million a year earlier", 523e6, P),
    F("mus", 19, "账户数达到5.23亿", 5.23e8, P, vt="5.23亿"),
    F("mus", 20, "全球共有5.23亿", 5.23e8, P, vt="5.23亿"),
    F("mus", 21, "使用者達到5.23億", 5.23e8, P, vt="5.23億"),
]
G("mus_paid_users_2021", MU, "Paid subscription users at end-2021: 523 million = 5.23亿 (four)", "world",
  "paid subscription users", "end of 2021", "Consistent.", ms)

ms = [
    F("mus", 6, "there were 589 million users", 589e6, P),
    F("mus", 7, "There were 589m paid", 589e6, P),
    F("mus", 7, "There were 589 million users", 589e6, P),
    F("mus", 8, "there were 589 million users", 589e6, P),
    F("mus", 9, "there were 589 million users", 589e6, P),
]
G("mus_paid_users_2022", MU, "Paid subscription users at end-2022: 589 million (five)", "world",
  "paid subscription users", "end of 2022", "Consistent.", ms)

ms = [
    F("mus", 10, "more than 667 million users", 667e6, P, qualifier="over"),
    F("mus", 10, "passed 500 million for the first time", 500e6, P, qualifier="over"),
    F("mus", 11, "surpassing 500 million", 500e6, P, qualifier="over"),
    F("mus", 10, "exceed 500m globally", 500e6, P, qualifier="over"),
]
G("mus_paid_users_2023", MU, "Paid subscriptions / users in 2023: 'more than 667 million users' and 'passed / surpassing / exceed 500 million' (three)",
  "world", "paid subscription users", "end of 2023", "The bounds are compatible (consistent).", ms)

ms = [
    F("mus", 12, "reach 752 million globally", 752e6, P),
    F("mus", 13, "now 752 million premium", 752e6, P),
    F("mus", 14, "reaching 752 million globally", 752e6, P),
]
G("mus_paid_users_2024", MU, "Paid subscribers in 2024: 752 million (three)", "world", "paid subscription users",
  "end of 2024", "Consistent.", ms)

ms = [
    F("mus", 12, "grew by 10.6% to reach", 10.6, PC),
    F("mus", 14, "grew 10.6% in 2024", 10.6, PC),
    F("mus", 13, "up 10.4% from last year", 10.4, PC),
]
G("mus_paid_users_growth_2024", MU, "Growth of paid subscribers in 2024: 10.6% (Reuters via iwpost, CelebrityAccess) vs 10.4% (CMU)",
  "world", "paid subscriber growth (percent)", "2024", "10.4 vs 10.6, same precision (conflict).", ms, vs(ms, C))

# --- total streaming revenues and shares
ms = [
    F("mus", 4, "revenue to $13.4 billion", 13.4e9, USD),
    F("mus", 5, "reached $13.4 billion", 13.4e9, USD),
    F("mus", 18, "達(dá)到134億美元", 134e8, USD, vt="134億美元"),
]
G("mus_streaming_revenue_2020", MU, "Total streaming revenues 2020: $13.4 billion = 134億 (three)", "world",
  "streaming revenues (USD)", "2020", "Consistent.", ms)
ms = [
    F("mus", 19, "达到169亿美元", 169e8, USD, vt="169亿美元"),
    F("mus", 20, "达到169亿美元", 169e8, USD, vt="169亿美元"),
    F("mus", 21, "達到169億美元", 169e8, USD, vt="169億美元"),
]
G("mus_streaming_revenue_2021", MU, "Total streaming revenues 2021: 169亿 / 169億 (three)", "world",
  "streaming revenues (USD)", "2021", "Consistent.", ms)
ms = [
    F("mus", 6, "11.5 per cent to $17.5 billion", 17.5e9, USD, vt="$17.5 billion"),
    F("mus", 7, "to reach $17.5 billion", 17.5e9, USD),
    F("mus", 8, "to reach $17.5 billion", 17.5e9, USD),
    F("mus", 9, "to reach US$17.5 billion", 17.5e9, USD),
]
G("mus_streaming_revenue_2022", MU, "Total streaming revenues 2022: $17.5 billion (four)", "world",
  "streaming revenues (USD)", "2022", "Consistent.", ms)

ms = [
    F("mus", 4, "streaming with its 19.9% increase", 19.9, PC),
    F("mus", 5, "grew 19.9 percent", 19.9, PC),
    F("mus", 18, "增長(zhǎng)19.9%", 19.9, PC, vt="19.9%"),
]
G("mus_streaming_growth_2020", MU, "Growth of total streaming revenues 2020: 19.9% (three)", "world",
  "streaming revenue growth (percent)", "2020", "Consistent.", ms)
ms = [
    F("mus", 19, "增长了24.3%", 24.3, PC, vt="24.3%"),
    F("mus", 20, "增长了24.3%", 24.3, PC, vt="24.3%"),
    F("mus", 21, "總成長24.3%", 24.3, PC, vt="24.3%"),
]
G("mus_streaming_growth_2021", MU, "Growth of total streaming revenues 2021: 24.3% (three)", "world",
  "streaming revenue growth (percent)", "2021", "Consistent.", ms)
ms = [
    F("mus", 6, "increased 11.5 per cent", 11.5, PC),
    F("mus", 7, "grew by 11.5% YoY", 11.5, PC),
    F("mus", 8, "grew 11.5 per cent", 11.5, PC),
    F("mus", 9, "grew by 11.5%", 11.5, PC),
]
G("mus_streaming_growth_2022", MU, "Growth of total streaming revenues 2022: 11.5% (four)", "world",
  "streaming revenue growth (percent)", "2022", "Consistent.", ms)

ms = [
    F("mus", 4, "that is 62% of all", 62.0, PC),
    F("mus", 5, "or 62.1 percent", 62.1, PC),
    F("mus", 18, "總收入的62.1%", 62.1, PC, vt="62.1%"),
]
G("mus_streaming_share_2020", MU, "Streaming's share of revenues 2020: 62% (allaccess) vs 62.1% (two)", "world",
  "streaming share of revenues (percent)", "2020", "62 rounds 62.1 (rounding).", ms, vs(ms, R))
ms = [
    F("mus", 19, "总收入的65.0%", 65.0, PC, vt="65.0%"),
    F("mus", 20, "总收入的65.0%", 65.0, PC, vt="65.0%"),
    F("mus", 21, "總收入的65.0%", 65.0, PC, vt="65.0%"),
]
G("mus_streaming_share_2021", MU, "Streaming's share of revenues 2021: 65.0% (three)", "world",
  "streaming share of revenues (percent)", "2021", "Consistent.", ms)
ms = [
    F("mus", 6, "streaming accounted for 67 per cent", 67.0, PC),
    F("mus", 7, "accounted for 67% of total", 67.0, PC),
    F("mus", 9, "or 67% of total", 67.0, PC),
    F("mus", 8, "or two-thirds of global", 200 / 3, PC, vt="two-thirds"),
]
G("mus_streaming_share_2022", MU, "Streaming's share of revenues 2022: 67% (three) vs 'two-thirds' (Irish Times)", "world",
  "streaming share of revenues (percent)", "2022", "'two-thirds' against 67%: rounding, consistent defensible (either).",
  ms, {(1, 4): RK, (2, 4): RK, (3, 4): RK})

ms = [
    F("mus", 10, "almost half (48.9%)", 48.9, PC),
    F("mus", 11, "nearly half (48.9%)", 48.9, PC),
]
G("mus_sub_streaming_share_2023", MU, "Subscription streaming share 2023: 48.9% (two)", "world",
  "subscription streaming share of revenues (percent)", "2023", "Consistent.", ms)

ms = [
    F("mus", 6, "revenues rose 10.3 per cent to $12.7 billion", 12.7e9, USD, vt="$12.7 billion"),
    F("mus", 7, "YoY to $12.7 billion", 12.7e9, USD),
    F("mus", 8, "per cent to $12.7 billion", 12.7e9, USD),
    F("mus", 9, "to US$12.7 billion", 12.7e9, USD),
]
G("mus_sub_streaming_revenue_2022", MU, "Subscription audio streaming revenues 2022: $12.7 billion (four)", "world",
  "subscription streaming revenues (USD)", "2022", "Consistent.", ms)
ms = [
    F("mus", 13, "total revenues of $20.4 billion", 20.4e9, USD),
    F("mus", 14, "accounting for US$20.4 billion", 20.4e9, USD),
    F("mus", 12, "revenues surpassed $20 billion", 20e9, USD, qualifier="over"),
]
G("mus_sub_streaming_revenue_2024", MU, "Subscription streaming revenues 2024: $20.4 billion (two) and 'surpassed $20 billion'", "world",
  "subscription streaming revenues (USD)", "2024", "The bound contains $20.4 billion (consistent).", ms)

# --- physical, downloads, performance rights, sync
ms = [
    F("mus", 1, "a 10.1% decline in physical", -10.1, PC),
    F("mus", 15, "实体收入下滑10.1%", -10.1, PC, vt="10.1%"),
    F("mus", 16, "实体收入下滑10.1%", -10.1, PC, vt="10.1%"),
    F("mus", 17, "實體收入下降10.1%", -10.1, PC, vt="10.1%"),
]
G("mus_physical_growth_2018", MU, "Physical revenues 2018: -10.1% (four)", "world", "physical revenue growth (percent)",
  "2018", "Consistent.", ms)
ms = [
    F("mus", 4, "minus a 4.7% decrease", -4.7, PC),
    F("mus", 5, "which declined 4.7 percent", -4.7, PC),
    F("mus", 18, "實(shí)體音樂(lè)收入下降4.7%", -4.7, PC, vt="4.7%"),
]
G("mus_physical_growth_2020", MU, "Physical revenues 2020: -4.7% (three)", "world", "physical revenue growth (percent)",
  "2020", "Consistent.", ms)
ms = [
    F("mus", 6, "2021's growth of 16.1 per cent", 16.1, PC),
    F("mus", 19, "增长了16.1%", 16.1, PC, vt="16.1%"),
    F("mus", 20, "(+16.1%)", 16.1, PC, vt="+16.1%"),
    F("mus", 21, "(+ 16.1%)", 16.1, PC, vt="+ 16.1%"),
]
G("mus_physical_growth_2021", MU, "Physical revenues 2021: +16.1% (four)", "world", "physical revenue growth (percent)",
  "2021", "Consistent.", ms)
ms = [
    F("mus", 6, "rose 4 per cent to $4.6 billion", 4.0, PC, vt="4 per cent"),
    F("mus", 7, "physical revenues grew 4% YoY", 4.0, PC, vt="4%"),
    F("mus", 8, "physical sales rose 4 per cent", 4.0, PC, vt="4 per cent"),
    F("mus", 9, "resilient (+4%)", 4.0, PC, vt="+4%"),
]
G("mus_physical_growth_2022", MU, "Physical revenues 2022: +4% (four)", "world", "physical revenue growth (percent)",
  "2022", "Consistent.", ms)
ms = [
    F("mus", 12, "declined by 3.1%", -3.1, PC),
    F("mus", 14, "declining 3.1% in 2024", -3.1, PC),
]
G("mus_physical_growth_2024", MU, "Physical revenues 2024: -3.1% (two)", "world", "physical revenue growth (percent)",
  "2024", "Consistent.", ms)
ms = [
    F("mus", 12, "rising by 4.6%", 4.6, PC),
    F("mus", 14, "sales rising 4.6% year", 4.6, PC),
]
G("mus_vinyl_growth_2024", MU, "Vinyl revenues 2024: +4.6% (two)", "world", "vinyl revenue growth (percent)", "2024", "Consistent.", ms)
ms = [
    F("mus", 1, "a 21.2% decline in download", -21.2, PC),
    F("mus", 15, "下载收入下滑21.2%", -21.2, PC, vt="21.2%"),
    F("mus", 16, "下载收入下滑21.2%", -21.2, PC, vt="21.2%"),
    F("mus", 17, "下載收入下降21.2%", -21.2, PC, vt="21.2%"),
]
G("mus_download_growth_2018", MU, "Download revenues 2018: -21.2% (four)", "world", "download revenue growth (percent)",
  "2018", "Consistent.", ms)

ms = [
    F("mus", 4, "a 10% drop in performance", -10.0, PC, "y20"),
    F("mus", 5, "which declined 10.1 percent", -10.1, PC, "y20"),
    F("mus", 18, "表演權(quán)收入下降10.1%", -10.1, PC, "y20", vt="10.1%"),
    F("mus", 19, "表演权收入增长了4.0%", 4.0, PC, "y21", vt="4.0%"),
    F("mus", 20, "(+4.0%)", 4.0, PC, "y21", vt="+4.0%"),
    F("mus", 21, "(+ 4.0%)", 4.0, PC, "y21", vt="+ 4.0%"),
    F("mus", 6, "increased by 8.6 per cent", 8.6, PC, "y22"),
    F("mus", 7, "increased by 8.6%", 8.6, PC, "y22"),
    F("mus", 8, "revenue increased 8.6 per cent", 8.6, PC, "y22"),
    F("mus", 9, "increasing by 8.6%", 8.6, PC, "y22"),
    F("mus", 10, "(up by 9.5%)", 9.5, PC, "y23"),
    F("mus", 11, "climbed by 9.5%", 9.5, PC, "y23"),
    F("mus", 12, "increase of 5.9%", 5.9, PC, "y24"),
    F("mus", 14, "marking a 5.9% increase", 5.9, PC, "y24"),
]
pr = vs(ms, R, only={"y20"})
for ym, bases in [("2020", {"y20"}), ("2021", {"y21"}), ("2022", {"y22"}), ("2023", {"y23"}), ("2024", {"y24"})]:
    idx = [i for i, m in enumerate(ms) if m["_basis"] in bases]
    pos = {i + 1: n + 1 for n, i in enumerate(idx)}
    sub = {(pos[a], pos[b]): v for (a, b), v in pr.items() if a in pos and b in pos}
    G(f"mus_performance_rights_growth_{ym}", MU, f"Growth of performance rights revenues in {ym} ({len(idx)} mentions)" +
      ("; 'a 10% drop' (allaccess) vs -10.1% (two)" if ym == "2020" else ""), "world",
      "performance rights revenue growth (percent)", ym,
      "10% rounds 10.1% (rounding)." if ym == "2020" else "Consistent.", [ms[i] for i in idx], sub)

ms = [
    F("mus", 12, "reaching $2.9 billion", 2.9e9, USD),
    F("mus", 14, "climbed to US$2.9 billion", 2.9e9, USD),
]
G("mus_performance_rights_2024", MU, "Performance rights revenues 2024: $2.9 billion (two)", "world",
  "performance rights revenues (USD)", "2024", "Consistent.", ms)
ms = [
    F("mus", 6, "rising by 22.3 per cent", 22.3, PC),
    F("mus", 7, "grew 22.3% YoY", 22.3, PC),
    F("mus", 8, "climbed 22.3 per cent", 22.3, PC),
    F("mus", 9, "climbing by 22.3%", 22.3, PC),
]
G("mus_sync_growth_2022", MU, "Synchronisation revenues 2022: +22.3% (four)", "world", "sync revenue growth (percent)",
  "2022", "Consistent.", ms)

# --- 2018 regions and markets (the 2019 report as retold in Chinese)
for gid, q16, q17, v, what in [
    ("latam", "增长最快的地区(+ 16.8%)", "增長最快的地區(+ 16.8%)", 16.8, "Latin America"),
    ("brazil", "巴西(+ 15.4%)", "巴西(+ 15.4%)", 15.4, "Brazil"),
    ("mexico", "墨西哥(+ 14.7%)", "墨西哥(+ 14.7%)", 14.7, "Mexico"),
    ("asia_australasia", "(增长11.7%)", "亞洲和澳洲地區(+11.7%)", 11.7, "Asia and Australasia"),
    ("south_korea", "韩国增长尤为强劲(+ 17.9%)", "韓國的增長最明顯(+ 17.9%)", 17.9, "South Korea"),
]:
    ms = [F("mus", 16, q16, v, PC), F("mus", 17, q17, v, PC)]
    G(f"mus_{gid}_growth_2018", MU, f"Recorded music revenue growth 2018, {what}: {v}% (two)", what,
      "recorded music revenue growth (percent)", "2018", "Consistent.", ms)

AD = "advertising"
# ============================================================ global advertising (GroupM This Year Next Year; MAGNA)
ms = [
    F("adv", 2, "growth rates to 5.3% for 2024", 5.3, PC, "gd23"),
    F("adv", 3, "from the 5.3% we forecast", 5.3, PC, "gd23"),
    F("adv", 3, "from 5.3% global growth", 5.3, PC, "gd23"),
    F("adv", 6, "initial 5.3% growth", 5.3, PC, "gd23"),
    F("adv", 7, "in December of 5.3% growth", 5.3, PC, "gd23"),
    F("adv", 3, "will grow 7.8% in 2024", 7.8, PC, "gj24"),
    F("adv", 3, "to 7.8% including", 7.8, PC, "gj24"),
    F("adv", 4, "grow by 7.8% in 2024", 7.8, PC, "gj24"),
    F("adv", 5, "Rise 7.8 Percent", 7.8, PC, "gj24", vt="7.8 Percent"),
    F("adv", 5, "a 7.8 percent increase", 7.8, PC, "gj24"),
    F("adv", 6, "predicts 7.8% global", 7.8, PC, "gj24"),
    F("adv", 6, "will grow 7.8% to", 7.8, PC, "gj24"),
    F("adv", 7, "set to grow 7.8% in 2024", 7.8, PC, "gj24"),
    F("adv", 11, "將增長7.8%", 7.8, PC, "gj24", vt="7.8%"),
    F("adv", 9, "9.5% ", 9.5, PC, "gd24", vt="9.5%", note="figure on its own line under 'forecast to grow'"),
    F("adv", 10, "anticipates a 9.5% increase", 9.5, PC, "gd24"),
    F("adv", 14, "同比增长10%", 10.0, PC, "magna", vt="10%", note="MAGNA, media owners' ad revenue"),
]
G("adv_global_growth_2024", AD, "Global advertising revenue growth 2024: GroupM 5.3% (Dec 2023 forecast, five) -> 7.8% (Jun 2024, nine) -> 9.5% (Dec 2024, two); MAGNA 10%",
  "world", "advertising revenue growth (percent)", "2024",
  "Successive GroupM releases for one year disagree (revision: conflict, different_basis defensible); MAGNA is another compiler (different_basis, conflict defensible).",
  ms, X(ms, CD, {"gd23"}, {"gj24", "gd24"}), X(ms, CD, {"gj24"}, {"gd24"}), X(ms, DC, {"magna"}, {"gd23", "gj24", "gd24"}))

ms = [
    F("adv", 3, "in 2024 to $989.8 billion", 989.8e9, USD, "gj24"),
    F("adv", 4, "in 2024 to $989.8 billion", 989.8e9, USD, "gj24"),
    F("adv", 5, "will reach $989.8 billion", 989.8e9, USD, "gj24"),
    F("adv", 6, "7.8% to $989.8 billion", 989.8e9, USD, "gj24"),
    F("adv", 7, "in 2024 to $989.8bn", 989.8e9, USD, "gj24"),
    F("adv", 11, "達到9898億美元", 9898e8, USD, "gj24", vt="9898億美元"),
    F("adv", 9, "$1.04", 1.04e12, USD, "gd24", vt="$1.04", note="'$1.04' with 'TRILLION' on a later line"),
    F("adv", 9, "surpass, for the first time, $1 trillion in total revenue this year", 1e12, USD, "gd24", vt="$1 trillion", qualifier="over"),
    F("adv", 10, "Surpass $1 Trillion in 2024", 1e12, USD, "gd24", vt="$1 Trillion", qualifier="over"),
    F("adv", 10, "crossing $1 trillion", 1e12, USD, "gd24", qualifier="over"),
    F("adv", 14, "将达到9330亿美元", 9330e8, USD, "magna", vt="9330亿美元"),
]
G("adv_global_revenue_2024", AD, "Global advertising revenue 2024: GroupM $989.8 billion = 9898億 (Jun 2024, six) vs $1.04 trillion and 'surpass / crossing $1 trillion' (Dec 2024, four); MAGNA 9330亿",
  "world", "advertising revenue (USD)", "2024",
  "Jun 2024 vs Dec 2024 GroupM figures for one year disagree (revision: conflict, different_basis defensible); the Dec 2024 bounds contain $1.04 trillion; MAGNA is another compiler.",
  ms, X(ms, CD, {"gj24"}, {"gd24"}), X(ms, DC, {"magna"}, {"gj24", "gd24"}))

ms = [
    F("adv", 3, "increasing 6.8% to $1.1 trillion", 1.1e12, USD, "f25", vt="$1.1 trillion"),
    F("adv", 5, "projected to hit $1.1 trillion", 1.1e12, USD, "f25"),
    F("adv", 6, "rising 6.8% to $1.1 trillion", 1.1e12, USD, "f25", vt="$1.1 trillion"),
    F("adv", 7, "in 2025 to $1.1trillion", 1.1e12, USD, "f25", vt="$1.1trillion"),
    F("adv", 9, "in 2025 to $1.1 trillion", 1.1e12, USD, "f25"),
    F("adv", 11, "達到1.1萬億美元", 1.1e12, USD, "f25", vt="1.1萬億美元"),
    F("adv", 11, "將超過1萬億美元", 1e12, USD, "f25", vt="1萬億美元", qualifier="over"),
    F("adv", 5, "set to top $1 trillion in 2025", 1e12, USD, "f25", qualifier="over"),
    F("adv", 6, "surpass the $1 trillion revenue mark", 1e12, USD, "f25", qualifier="over"),
    F("adv", 4, "surpass $1 trillion in revenue in the US", 1e12, USD, "f25us", qualifier="over", note="written as 'in the US'"),
    F("adv", 16, "Global ad revenue hit $1.14T", 1.14e12, USD, "a25", vt="$1.14T"),
    F("adv", 16, "达到1.14万亿美元", 1.14e12, USD, "a25", vt="1.14万亿美元"),
    F("adv", 16, "reached $1.14 trillion", 1.14e12, USD, "a25"),
    F("adv", 15, "將達9790億美元", 9790e8, USD, "magna", vt="9790億美元"),
]
G("adv_global_revenue_2025", AD, "Global advertising revenue 2025: GroupM forecasts $1.1 trillion = 1.1萬億 (Jun and Dec 2024, six) and 'top / surpass $1 trillion' (four, one written 'in the US'); WPP's actual $1.14 trillion (three); MAGNA 9790億",
  "world", "advertising revenue (USD)", "2025",
  "Forecasts against the actual and the garbled US-scope bound are different_basis; the bounds contain $1.1 trillion; MAGNA another compiler.",
  ms, X(ms, DC, {"magna"}, {"f25", "a25"}))

ms = [
    F("adv", 3, "increasing 6.8% to", 6.8, PC, "gj24"),
    F("adv", 5, "a 6.8 percent increase", 6.8, PC, "gj24"),
    F("adv", 6, "rising 6.8% to", 6.8, PC, "gj24"),
    F("adv", 7, "another 6.8% in 2025", 6.8, PC, "gj24"),
    F("adv", 11, "增長6.8%", 6.8, PC, "gj24", vt="6.8%"),
    F("adv", 9, "climb 7.7% in 2025", 7.7, PC, "gd24"),
    F("adv", 2, "growth rate of 5.6%", 5.6, PC, "gd23"),
    F("adv", 15, "同比增長4.9%", 4.9, PC, "magna", vt="4.9%"),
]
G("adv_global_growth_2025", AD, "Global advertising growth 2025: GroupM 5.6% (Dec 2023), 6.8% (Jun 2024, five), 7.7% (Dec 2024); MAGNA 4.9% (Jun 2025)",
  "world", "advertising revenue growth (percent)", "2025",
  "GroupM's successive forecasts for 2025 disagree (revision: conflict, different_basis defensible); MAGNA another compiler.",
  ms, X(ms, CD, {"gd23"}, {"gj24", "gd24"}), X(ms, CD, {"gj24"}, {"gd24"}), X(ms, DC, {"magna"}, {"gd23", "gj24", "gd24"}))

ms = [
    F("adv", 2, "reaching a $889 billion", 889e9, USD, "gd23"),
    F("adv", 13, "将达到8745亿美元", 8745e8, USD, "gj23", vt="8745亿美元"),
]
G("adv_global_revenue_2023", AD, "Global advertising revenue 2023: GroupM Jun 2023 forecast 8745亿 vs Dec 2023 estimate $889 billion",
  "world", "advertising revenue excl. US political (USD)", "2023",
  "A later GroupM release restates the year with another value (revision: conflict, different_basis defensible).",
  ms, {(1, 2): CD})

ms = [
    F("adv", 2, "driven 5.8% global growth", 5.8, PC, "gd23"),
    F("adv", 1, "to 5.9% in 2023", 5.9, PC, "gd22"),
    F("adv", 1, "advertising to grow 5.9% in 2023", 5.9, PC, "gd22"),
    F("adv", 12, "预计2023年将增长5.9%", 5.9, PC, "gd22", vt="5.9%"),
    F("adv", 13, "今年有望增长5.9%", 5.9, PC, "gj23", vt="5.9%"),
    F("adv", 13, "规模有望增长5.9%", 5.9, PC, "gj23", vt="5.9%"),
    F("adv", 1, "our 6.4% June estimate", 6.4, PC, "gj22"),
    F("adv", 12, "2023年的增长率为4.8%", 4.8, PC, "md22", vt="4.8%"),
    F("adv", 12, "2023年为6.3%", 6.3, PC, "mj22", vt="6.3%"),
]
G("adv_global_growth_2023", AD, "Global advertising growth 2023: GroupM 6.4% (Jun 2022) -> 5.9% (Dec 2022, three; Jun 2023, two) -> 5.8% (Dec 2023); MAGNA 6.3% (earlier) -> 4.8% (Dec 2022)",
  "world", "advertising revenue growth (percent)", "2023",
  "Successive releases of one compiler with other values are revisions (conflict, different_basis defensible); equal values across vintages consistent; GroupM vs MAGNA different_basis (conflict defensible).",
  ms, X(ms, CD, {"gj22"}, {"gd22", "gj23", "gd23"}), X(ms, CD, {"gd23"}, {"gd22", "gj23"}),
  X(ms, K, {"gd22"}, {"gj23"}), X(ms, CD, {"md22"}, {"mj22"}),
  X(ms, DC, {"md22", "mj22"}, {"gj22", "gd22", "gj23", "gd23"}))

ms = [
    F("adv", 12, "2022年全球广告收入增长6.5%", 6.5, PC, "gd22", vt="6.5%"),
    F("adv", 1, "from an 8.4% growth rate in 2022", 8.4, PC, "gj22"),
    F("adv", 12, "2022年为6.6%", 6.6, PC, "md22", vt="6.6%"),
    F("adv", 12, "今年的增长率为9.2%", 9.2, PC, "mj22", vt="9.2%"),
    F("adv", 12, "2022年中国将实现8.4%的增长", 8.4, PC, "china", vt="8.4%", note="GroupM's June 2022 global figure, here attributed to China"),
]
G("adv_global_growth_2022", AD, "Global advertising growth 2022: GroupM 8.4% (Jun 2022) -> 6.5% (Dec 2022); MAGNA 9.2% -> 6.6%; 4anet's '2022年中国 8.4%' (written for China)",
  "world", "advertising revenue growth (percent)", "2022",
  "Revisions within a compiler (conflict, different_basis defensible); GroupM vs MAGNA different_basis (conflict defensible); the China-scoped 8.4% is another scope.",
  ms, {(1, 2): CD, (3, 4): CD, (1, 3): DC, (1, 4): DC, (2, 3): DC, (2, 4): DC})

ms = [
    F("adv", 3, "upward to $365.9 billion", 365.9e9, USD, "gj24"),
    F("adv", 5, "reach $365.9 billion", 365.9e9, USD, "gj24"),
    F("adv", 6, "reach $365.9 billion", 365.9e9, USD, "gj24"),
    F("adv", 7, "reach $365.9bn", 365.9e9, USD, "gj24"),
    F("adv", 11, "將達到3659億美元", 3659e8, USD, "gj24", vt="3659億美元"),
    F("adv", 6, "6.3% growth to $379 billion", 379e9, USD, "wieser", vt="$379 billion"),
]
G("adv_us_revenue_2024", AD, "US advertising revenue 2024: GroupM $365.9 billion = 3659億 (five); Madison and Wall $379 billion",
  "United States", "advertising revenue excl. political (USD)", "2024",
  "GroupM restatements agree; Madison and Wall is another forecaster (different_basis, conflict defensible).",
  ms, X(ms, DC, {"wieser"}, {"gj24"}))

ms = [
    F("adv", 3, "a 5.8% increase over", 5.8, PC, "gj24"),
    F("adv", 5, "a 5.8 percent gain", 5.8, PC, "gj24"),
    F("adv", 6, "up 5.8% over", 5.8, PC, "gj24"),
    F("adv", 7, "up 5.8% over", 5.8, PC, "gj24"),
    F("adv", 11, "增長5.8%", 5.8, PC, "gj24", vt="5.8%"),
    F("adv", 6, "predicts 6.3% growth", 6.3, PC, "wieser"),
    F("adv", 13, "随后在2024年成长5%", 5.0, PC, "gj23", vt="5%", note="GroupM's June 2023 forecast"),
]
G("adv_us_growth_2024", AD, "US advertising growth 2024: GroupM 5.8% (Jun 2024, five) vs 5% (Jun 2023 forecast); Madison and Wall 6.3%",
  "United States", "advertising revenue growth (percent)", "2024",
  "GroupM's June 2023 vs June 2024 figures: revision (conflict, different_basis defensible); Madison and Wall another forecaster.",
  ms, X(ms, CD, {"gj23"}, {"gj24"}), X(ms, DC, {"wieser"}, {"gj24", "gj23"}))

ms = [
    F("adv", 3, "over 2023’s $345.9 billion", 345.9e9, USD, "gj24"),
    F("adv", 6, "over $345.9 billion in 2023", 345.9e9, USD, "gj24"),
    F("adv", 7, "over 2023’s $345.9bn", 345.9e9, USD, "gj24"),
    F("adv", 11, "(3459億美元)", 3459e8, USD, "gj24", vt="3459億美元"),
    F("adv", 13, "成长5.1%至3253亿美元", 3253e8, USD, "gj23", vt="3253亿美元", note="June 2023 forecast for 2023"),
]
G("adv_us_revenue_2023", AD, "US advertising revenue 2023: $345.9 billion = 3459億 (Jun 2024, four) vs 3253亿 (Jun 2023 forecast)",
  "United States", "advertising revenue excl. political (USD)", "2023",
  "GroupM's June 2024 restatement of 2023 against its June 2023 forecast (revision: conflict, different_basis defensible).",
  ms, X(ms, CD, {"gj23"}, {"gj24"}))

ms = [
    F("adv", 3, "now estimated at $199.4 billion", 199.4e9, USD, "gj24"),
    F("adv", 4, "and $199.4 billion in ad revenue", 199.4e9, USD, "gj24"),
    F("adv", 6, "will record $199.4 billion", 199.4e9, USD, "gj24"),
    F("adv", 7, "will record $199.4bn", 199.4e9, USD, "gj24"),
    F("adv", 3, "up from $148.2 billion", 148.2e9, USD, "gd23"),
    F("adv", 6, "as opposed to $148.2 billion", 148.2e9, USD, "gd23"),
    F("adv", 7, "compared to the $148.2bn", 148.2e9, USD, "gd23"),
]
G("adv_china_revenue_2024", AD, "China advertising revenue 2024 (GroupM): $199.4 billion (Jun 2024, four) vs $148.2 billion (Dec 2023 forecast, three)",
  "China", "advertising revenue (USD)", "2024", "Revision of one forecast (conflict, different_basis defensible).",
  ms, X(ms, CD, {"gd23"}, {"gj24"}))

ms = [
    F("adv", 3, "make up 57.1% of global", 57.1, PC),
    F("adv", 4, "accounts for 57.1%", 57.1, PC),
    F("adv", 8, "together make up 57.1%", 57.1, PC),
    F("adv", 11, "佔全球廣告收入的57.1%", 57.1, PC, vt="57.1%"),
    F("adv", 5, "just over 57 percent", 57.0, PC, qualifier="over"),
]
G("adv_us_china_share", AD, "US and China share of global ad revenue: 57.1% (four) and 'just over 57 percent'", "United States and China",
  "share of global ad revenue (percent)", "2024", "The bound contains 57.1 (consistent).", ms)

ms = [
    F("adv", 3, "adding $44.5 billion", 44.5e9, USD),
    F("adv", 4, "added $44.5 billion", 44.5e9, USD),
    F("adv", 5, "reflecting $44.5 billion", 44.5e9, USD),
    F("adv", 8, "adding $44.5 billion", 44.5e9, USD),
    F("adv", 11, "將增加445億美元", 445e8, USD, vt="445億美元"),
]
G("adv_us_china_increment_2024", AD, "Incremental 2024 ad revenue of the US and China: $44.5 billion = 445億 (five)", "United States and China",
  "incremental advertising revenue (USD)", "2024", "Consistent.", ms)

ms = [
    F("adv", 3, "cumulative $27.5 billion", 27.5e9, USD),
    F("adv", 8, "cumulative $27.4 billion", 27.4e9, USD),
    F("adv", 11, "累計274億美元", 274e8, USD, vt="274億美元"),
    F("adv", 4, "the $24.7 billion", 24.7e9, USD),
]
G("adv_rest_increment_2024", AD, "Incremental 2024 ad revenue of all other markets: $27.5 billion (GroupM newsroom) vs $27.4 billion = 274億 (GroupM ceros page, iter01) vs $24.7 billion (adtechtoday)",
  "all markets except US and China", "incremental advertising revenue (USD)", "2024",
  "Same release, same precision, different values (conflict); 24.7 transposes 27.4.", ms, vs(ms, C))

ms = [
    F("adv", 4, "inform 69.5% of ad revenue", 69.5, PC),
    F("adv", 11, "2024年,69.5%", 69.5, PC, vt="69.5%"),
]
G("adv_ai_share_2024", AD, "Share of ad revenue informed by AI in 2024: 69.5% (two)", "world", "share of ad revenue informed by AI (percent)",
  "2024", "Consistent.", ms)
ms = [
    F("adv", 3, "AI could inform 94.1%", 94.1, PC),
    F("adv", 4, "reach 94.1% by 2029", 94.1, PC),
    F("adv", 11, "將達到94.1%", 94.1, PC, vt="94.1%"),
]
G("adv_ai_share_2029", AD, "Share of ad revenue informed by AI by 2029: 94.1% (three)", "world", "share of ad revenue informed by AI (percent)",
  "2029", "Consistent.", ms)

ms = [
    F("adv", 3, "to 6.9% now", 6.9, PC, "gj24"),
    F("adv", 7, "to 6.9% now", 6.9, PC, "gj24"),
    F("adv", 3, "has risen from 6.5%", 6.5, PC, "gd23"),
    F("adv", 7, "has risen from 6.5%", 6.5, PC, "gd23"),
]
G("adv_ex_us_china_growth_2024", AD, "Advertising growth 2024 excluding the US and China: 6.9% (Jun 2024, two) vs 6.5% (Dec 2023, two)",
  "world excluding US and China", "advertising revenue growth (percent)", "2024",
  "Revision stated by the pages themselves (conflict, different_basis defensible).", ms, X(ms, CD, {"gd23"}, {"gj24"}))

ms = [
    F("adv", 3, "will account for 70.6%", 70.6, PC),
    F("adv", 7, "make up 70.6% of total", 70.6, PC),
]
G("adv_digital_share_2024", AD, "Digital pure-play share of ad revenue 2024: 70.6% (two)", "world", "digital pure-play share (percent)", "2024",
  "Consistent.", ms)
ms = [
    F("adv", 3, "($699.0 billion)", 699.0e9, USD),
    F("adv", 7, "equalling $699bn", 699e9, USD),
]
G("adv_digital_revenue_2024", AD, "Digital pure-play ad revenue 2024: $699.0 billion = $699bn", "world", "digital pure-play ad revenue (USD)",
  "2024", "Same value (consistent).", ms)
ms = [
    F("adv", 3, "reach $38.3 billion", 38.3e9, USD, "gj24"),
    F("adv", 7, "total $38.3bn", 38.3e9, USD, "gj24"),
    F("adv", 7, "the $33.2bn forecast", 33.2e9, USD, "gd23"),
]
G("adv_ctv_revenue_2024", AD, "Connected TV ad revenue 2024: $38.3 billion (Jun 2024, two) vs $33.2bn (Dec 2023 forecast)", "world",
  "CTV advertising revenue (USD)", "2024", "Revision, and the page notes a new methodology (conflict, different_basis defensible).",
  ms, X(ms, CD, {"gd23"}, {"gj24"}))
ms = [
    F("adv", 3, "a 20.1% increase", 20.1, PC),
    F("adv", 7, "will grow 20.1%", 20.1, PC),
]
G("adv_ctv_growth_2024", AD, "CTV ad revenue growth 2024: 20.1% (two)", "world", "CTV advertising growth (percent)", "2024", "Consistent.", ms)

ms = [
    F("adv", 17, "達到500億美元", 500e8, USD, vt="500億美元"),
    F("adv", 17, "廣告花費是500億美元", 500e8, USD, vt="500億美元"),
]
G("adv_china_revenue_2015", AD, "China advertising spending 2015: 500億美元 (twice in one page)", "China", "advertising spending (USD)", "2015",
  "Restated within the page (consistent).", ms)
ms = [
    F("adv", 17, "廣告支出增長9.3%", 9.3, PC, vt="9.3%"),
    F("adv", 17, "增長已經達到9.3%", 9.3, PC, vt="9.3%"),
    F("adv", 17, "高于預期的9%", 9.0, PC, "f15", vt="9%", note="the earlier expectation"),
]
G("adv_china_growth_2015", AD, "China advertising spending growth 2015: 9.3% (twice) vs the expected 9%", "China",
  "advertising spending growth (percent)", "2015", "The expectation is a forecast against the actual (different_basis).", ms)

CR = "cruise"
# ============================================================ cruise passengers (CLIA)
ms = [
    F("cru", 1, "a record 31.7 million", 31.7e6, P, "a23"),
    F("cru", 4, "carried 31.7 million", 31.7e6, P, "a23"),
    F("cru", 7, "from 31.7 million travelers", 31.7e6, P, "a23"),
    F("cru", 14, "客运量达到3170万人次", 3170e4, P, "a23", vt="3170万人次"),
    F("cru", 12, "预计将达3150万人次", 3150e4, P, "f23", vt="3150万人次"),
    F("cru", 13, "預計為3150萬人次", 3150e4, P, "f23", vt="3150萬人次"),
    F("cru", 5, "up to 33 million passengers in 2023", 33e6, P, "f23b", vt="33 million", qualifier="at_most",
      note="'up to' (at most), a CLIA prediction of April 2023"),
]
G("cru_passengers_2023", CR, "Global ocean cruise passengers 2023: 31.7 million = 3170万 (four) against the forecasts 3150万 (two) and 'up to 33 million'",
  "world", "cruise passengers", "2023", "Forecasts against the actual are different_basis; 3150万 lies inside 'up to 33 million' (consistent).",
  ms, X(ms, K, {"f23"}, {"f23b"}))

ms = [
    F("cru", 6, "(34.6 million cruises last year)", 34.6e6, P, "a24"),
    F("cru", 7, "Rise to 34.6 Million", 34.6e6, P, "a24", vt="34.6 Million"),
    F("cru", 7, "welcoming 34.6 million", 34.6e6, P, "a24"),
    F("cru", 8, "welcomed 34.6 million", 34.6e6, P, "a24"),
    F("cru", 9, "with 34.6 million passengers", 34.6e6, P, "a24"),
    F("cru", 15, "郵輪旅客達3460萬人次", 3460e4, P, "a24", vt="3460萬人次"),
    F("cru", 12, "将达到3600万人次", 3600e4, P, "f23r", vt="3600万人次", note="forecast in the 2023 report"),
    F("cru", 14, "增加至3570万人次", 3570e4, P, "f24r", vt="3570万人次", note="forecast in the 2024 report"),
]
G("cru_passengers_2024", CR, "Global cruise passengers 2024: 34.6 million = 3460萬 (six) against CLIA's forecasts 3600万 (2023 report) and 3570万 (2024 report)",
  "world", "cruise passengers", "2024",
  "Forecasts vs the actual are different_basis; the two forecast vintages disagree (conflict, different_basis defensible).",
  ms, X(ms, CD, {"f23r"}, {"f24r"}))

ms = [
    F("cru", 6, "anticipates that 37.7 million", 37.7e6, P, "f25"),
    F("cru", 7, "projecting 37.7 million", 37.7e6, P, "f25"),
    F("cru", 8, "with 37.7 million expected", 37.7e6, P, "f25"),
    F("cru", 17, "将达到3770万人次", 3770e4, P, "f25", vt="3770万人次"),
    F("cru", 12, "将超过3700万人次", 3700e4, P, "f25o", vt="3700万人次", qualifier="over", note="forecast in the 2023 report"),
]
G("cru_passengers_2025", CR, "Global cruise passengers 2025 (forecast): 37.7 million = 3770万 (four) and 'more than 3700万' (2023 report)",
  "world", "cruise passengers (forecast)", "2025", "The earlier bound contains 37.7 million (consistent).",
  ms, X(ms, K, {"f25o"}, {"f25"}))

ms = [
    F("cru", 3, "carrying 29.7 million", 29.7e6, P),
    F("cru", 5, "the 29.7 million recorded", 29.7e6, P),
    F("cru", 12, "2019年的近3000万人次", 3000e4, P, vt="3000万人次", qualifier="under"),
]
G("cru_passengers_2019", CR, "Global cruise passengers 2019: 29.7 million (two) and '近3000万'", "world", "cruise passengers", "2019",
  "The bound contains 29.7 million (consistent).", ms)

ms = [
    F("cru", 1, "a growth of +6.8% on 2019", 6.8, PC, vt="+6.8%"),
    F("cru", 4, "up 7% from previous highs", 7.0, PC),
    F("cru", 14, "较2019年增长7%", 7.0, PC, vt="7%"),
]
G("cru_passengers_vs_2019_2023", CR, "Cruise passengers 2023 against 2019: +6.8% (informare) vs 7% (marinelink, crntt)", "world",
  "growth of cruise passengers vs 2019 (percent)", "2023", "7% rounds 6.8% (rounding).", ms, vs(ms, R))

ms = [
    F("cru", 1, "an increase of +55.4% on 2022", 55.4, PC, vt="+55.4%"),
    F("cru", 2, "increasing by 55 percent", 55.0, PC),
    F("cru", 4, "given the 50% increase", 50.0, PC),
]
G("cru_passengers_growth_2023", CR, "Cruise passengers 2023 against 2022: +55.4% vs 55 percent (Statista) vs 50% (marinelink)", "world",
  "growth of cruise passengers (percent)", "2023", "55 rounds 55.4 (rounding); 50% disagrees with both (conflict).",
  ms, {(1, 2): R, (1, 3): C, (2, 3): C})

ms = [
    F("cru", 7, "up nine percent from", 9.0, PC, "a24", vt="nine percent"),
    F("cru", 14, "同比增长近13%", 13.0, PC, "f24r", vt="13%", qualifier="under", note="forecast in the 2024 report"),
]
G("cru_passengers_growth_2024", CR, "Cruise passenger growth 2024: 'nine percent' (actual) vs '近13%' (forecast)", "world",
  "growth of cruise passengers (percent)", "2024", "Forecast vs actual (different_basis).", ms)

ms = [
    F("cru", 6, "grew by over 14% from 2023 to 2024", 14.0, PC, qualifier="over"),
    F("cru", 8, "with a 13% increase in 2024", 13.0, PC),
]
G("cru_north_america_growth_2024", CR, "North American cruise passengers 2024: 'over 14%' (travelmarketreport) vs 13% (travelindustrytoday)",
  "North America", "growth of source-market passengers (percent)", "2024",
  "A bound above 14 excludes 13 (conflict); 20.53 / 18.10 million is +13.4%.", ms, {(1, 2): C})

ms = [
    F("cru", 1, "the 18.1 passengers", 18.1e6, P, vt="18.1", note="'18.1 passengers' (the word million missing)"),
    F("cru", 6, "versus 18.10 million in 2023", 18.10e6, P, vt="18.10 million"),
]
G("cru_north_america_2023", CR, "North American cruise passengers 2023: '18.1 passengers' (informare, million dropped) vs 18.10 million",
  "North America", "cruise passengers", "2023",
  "Same figure once the dropped 'million' is read (consistent; conflict defensible as written).", ms, {(1, 2): KC})

ms = [
    F("cru", 1, "million pax, +19% on 2019", 19.0, PC, vt="+19%"),
    F("cru", 4, "19% higher than 2019", 19.0, PC),
]
G("cru_us_vs_2019_2023", CR, "US cruise passengers 2023 against 2019: +19% (two)", "United States", "growth vs 2019 (percent)", "2023",
  "Consistent.", ms)

ms = [
    F("cru", 7, "generated more than $168 billion", 168e9, USD, "y23", qualifier="over"),
    F("cru", 9, "generated 168.6 billion dollars", 168.6e9, USD, "y24", vt="168.6 billion dollars"),
    F("cru", 15, "貢獻超過1680億美元", 1680e8, USD, "yr", vt="1680億美元", qualifier="over", note="'每年' (per year), no year given"),
    F("cru", 4, "generated $138 billion", 138e9, USD, "y22"),
    F("cru", 10, "US$150 billion total output", 150e9, USD, "y18"),
    F("cru", 11, "US$150 billion of output", 150e9, USD, "y18"),
]
G("cru_economic_impact", CR, "Global economic impact of cruising: 'more than $168 billion' (2023), 168.6 billion (written for 2024), '超過1680億' a year, $138 billion (2022), US$150 billion output (2018, two)",
  "world", "economic impact / output (USD)", "2018-2024",
  "Different years (different_basis), though the 168 figures are one CLIA estimate dated differently by the pages.", ms)

ms = [
    F("cru", 10, "sustained 1,177,000 jobs", 1177000.0, CNT, "y18"),
    F("cru", 11, "sustaining 1.18 million jobs", 1.18e6, CNT, "y18"),
    F("cru", 4, "supporting 1.2 million jobs", 1.2e6, CNT, "y22"),
    F("cru", 7, "supported 1.6 million jobs", 1.6e6, CNT, "y23"),
    F("cru", 9, "supported 1.6 million jobs", 1.6e6, CNT, "y24"),
    F("cru", 15, "創造160萬個就業機會", 160e4, CNT, "yr", vt="160萬"),
]
G("cru_jobs", CR, "Jobs supported by cruising: 1,177,000 vs 1.18 million (2018); 1.2 million (2022); 1.6 million (2023, 2024) and 160萬 (a year)",
  "world", "jobs supported", "2018-2024", "1.18 million rounds 1,177,000 (rounding); other years different_basis.", ms, vs(ms, R))

ms = [
    F("cru", 10, "US$50.24 billion in wages", 50.24e9, USD, "y18"),
    F("cru", 11, "US$50.2 billion in wages", 50.2e9, USD, "y18"),
    F("cru", 4, "$43 billion in wages", 43e9, USD, "y22"),
    F("cru", 9, "paid 50 billion in wages", 50e9, USD, "y24", vt="50 billion"),
]
G("cru_wages", CR, "Wages paid by the cruise industry: US$50.24 billion vs US$50.2 billion (2018); $43 billion (2022); 50 billion (2024)",
  "world", "wages and salaries (USD)", "2018-2024", "50.2 rounds 50.24 (rounding); other years different_basis (50 for 2024 is a look-alike).", ms, vs(ms, R))

ms = [
    F("cru", 10, "32 Million Expected", 32e6, P, vt="32 Million"),
    F("cru", 10, "showing that 32 million people", 32e6, P),
    F("cru", 10, "shows 32 million passengers", 32e6, P),
    F("cru", 11, "with 32 million passengers", 32e6, P),
]
G("cru_passengers_2020_forecast", CR, "Cruise passengers expected in 2020: 32 million (four)", "world", "cruise passengers (forecast)", "2020",
  "Consistent.", ms)
for gid, q10, q11, v, u, what in [
    ("port_spend_before", "passengers spend US$376", "an average of US$376", 376.0, USD, "Passenger spending in port cities before boarding: US$376"),
    ("port_spend_visit", "spend US$101", "and US$101 in each", 101.0, USD, "Passenger spending in each port visited: US$101"),
    ("new_ships_2020", "debut 19 new ocean ships", "debut 19 new ocean ships", 19.0, CNT, "New CLIA ocean ships in 2020: 19"),
    ("fleet_2020", "a total of 278 CLIA", "operation to 278", 278.0, CNT, "CLIA ocean ships in operation by end-2020: 278"),
    ("green_investment", "industry’s US$22 billion", "invested US$22 billion", 22e9, USD, "Investment in energy-efficient technologies: US$22 billion"),
    ("carbon_target", "emissions by 40% by 2030", "emissions by 40% in 2030", 40.0, PC, "Target cut in the rate of carbon emissions by 2030 vs 2008: 40%"),
]:
    ms = [F("cru", 10, q10, v, u), F("cru", 11, q11, v, u)]
    G(f"cru_{gid}", CR, what + " (two, CLIA 2020 outlook)", "cruise industry", what.split(":")[0], "2018-2020", "Consistent.", ms)

ms = [
    F("cru", 6, "with 82% of those who have cruised", 82.0, PC, "r25"),
    F("cru", 7, "82 percent of all cruisers", 82.0, PC, "r25"),
    F("cru", 8, "A full 82%", 82.0, PC, "r25"),
    F("cru", 4, "intent to cruise at 82%", 82.0, PC, "r24", note="2024 report"),
]
G("cru_intent_to_cruise", CR, "Cruisers planning to cruise again: 82% (2025 report, three; 2024 report, one)", "cruisers",
  "share planning to cruise again (percent)", "2024-2025", "Same value; the 2024 report's figure is another survey (different_basis).", ms)

ms = [
    F("cru", 6, "As of 2024, 31% of cruisers", 31.0, PC, "y24"),
    F("cru", 8, "with 31% of passengers", 31.0, PC, "y24"),
    F("cru", 7, "nearly one-third of passengers", 100 / 3, PC, "y24", vt="one-third", qualifier="under"),
    F("cru", 6, "up from 27% in 2023", 27.0, PC, "y23"),
    F("cru", 6, "and 24% in 2019", 24.0, PC, "y19"),
]
G("cru_first_time_share", CR, "First-time cruisers among passengers of the previous two years: 31% (two) and 'nearly one-third' (2024); 27% (2023); 24% (2019)",
  "cruisers", "first-time cruiser share (percent)", "2019-2024", "The bound contains 31% (consistent); other years different_basis.", ms)

ms = [
    F("cru", 6, "36% of all cruisers are under the age of 40", 36.0, PC),
    F("cru", 15, "40歲以下乘客占三分之一", 100 / 3, PC, vt="三分之一"),
]
G("cru_under_40_share", CR, "Cruisers under 40 (2024): 36% (travelmarketreport) vs '三分之一' (Yahoo TW)", "cruisers",
  "share under 40 (percent)", "2024", "'one third' against 36%: rounding, consistent defensible (either).", ms, {(1, 2): RK})

ms = [
    F("cru", 6, "in 2024 was 46.5", 46.5, YRS, "g24", vt="46.5"),
    F("cru", 16, "平均年龄为47岁", 47.0, YRS, "g17", vt="47岁"),
    F("cru", 15, "平均年齡為46.1歲", 46.1, YRS, "tw24", vt="46.1歲"),
]
G("cru_average_age", CR, "Average age of cruisers: 46.5 (world 2024), 47 (world 2017), 46.1 (Taiwan 2024)", "cruisers",
  "average age (years)", "2017-2024", "Other years and scopes (different_basis).", ms)

ms = [
    F("cru", 4, "a 71% increase in passengers traveling on expedition", 71.0, PC, "y1923"),
    F("cru", 7, "attracting 22 percent more travelers", 22.0, PC, "y24"),
]
G("cru_expedition_growth", CR, "Expedition cruise passengers: +71% (2019-2023) vs 22 percent (2024)", "expedition cruises",
  "passenger growth (percent)", "2019-2024", "Other periods (different_basis).", ms)

ms = [
    F("cru", 13, "預計將增長19%", 19.0, PC, "c2228", vt="19%"),
    F("cru", 4, "an increase of 10% from 2024 through 2028", 10.0, PC, "c2428"),
]
G("cru_capacity_growth", CR, "Forecast growth of cruise capacity: 19% (2022-2028, 2023 report) vs 10% (2024-2028, 2024 report)", "world",
  "cruise capacity growth (percent)", "2022-2028", "Different periods (different_basis).", ms)

for gid, q1, q2, v, what in [
    ("asia_share_2017", "总量的15%", "亚洲(15%)", 15.0, "Asia's share of ocean passengers 2017: 15%"),
    ("north_america_share_2017", "最大的海上旅客量(49%)", "北美(49%)", 49.0, "North America's share of ocean passengers 2017: 49%"),
    ("europe_share_2017", "其次是欧洲(26%)", "2. 欧洲(26%)", 26.0, "Europe's share of ocean passengers 2017: 26%"),
]:
    ms = [F("cru", 16, q1, v, PC, vt=q1[q1.index(str(int(v))):q1.index("%") + 1]),
          F("cru", 16, q2, v, PC, vt=q2[q2.index(str(int(v))):q2.index("%") + 1])]
    G(f"cru_{gid}", CR, what + " (text and list)", what.split("'")[0], "share of ocean passengers (percent)", "2017",
      "Restated within the page (consistent).", ms)

ms = [
    F("adv", 3, "nearly 1.5 times", 1.5, "times", qualifier="under"),
    F("adv", 4, "almost 1.5 times", 1.5, "times", qualifier="under"),
    F("adv", 5, "nearly 1.5 times", 1.5, "times", qualifier="under"),
    F("adv", 8, "nearly 1.5 times", 1.5, "times", qualifier="under"),
    F("adv", 11, "總和的1.5倍", 1.5, "times", vt="1.5倍", qualifier="under", note="'幾乎是...的1.5倍'"),
]
G("adv_us_china_vs_rest_multiple", AD, "US and China increment against all other markets: 'nearly / almost 1.5 times' (five)", "United States and China",
  "incremental revenue relative to all other markets (times)", "2024", "Consistent.", ms)
ms = [
    F("adv", 4, "more than 40% of the world’s GDP", 40.0, PC, qualifier="over"),
    F("adv", 8, "more than 40% of global GDP", 40.0, PC, qualifier="over"),
    F("adv", 11, "GDP的40%以上", 40.0, PC, vt="40%以上", qualifier="at_least"),
]
G("adv_us_china_gdp_share", AD, "US and China share of world GDP: 'more than 40%' (three)", "United States and China", "share of world GDP (percent)",
  "2024", "Consistent.", ms)
ms = [
    F("adv", 4, "home to 22 of the top 25", 22.0, CNT, vt="22"),
    F("adv", 8, "home to 22 of the top 25", 22.0, CNT, vt="22"),
    F("adv", 11, "有22家來自中國", 22.0, CNT, vt="22", note="written as '22 of the top 25 are from China'"),
]
G("adv_top25_media_sellers", AD, "Top-25 global media sellers based in the US and China: 22 (three; iter01 says 'from China')", "United States and China",
  "number of top-25 media sellers", "2024", "Same count (consistent; iter01's 'from China' is a mistranslation of the scope).", ms)
for gid, q14, v14, q15, v15, what in [
    ("magna_traditional_revenue", "达到2740亿美元", 2740e8, "降至2610億美元", 2610e8, "MAGNA traditional media owners' ad revenue"),
    ("magna_digital_revenue", "达到6,590亿美元", 6590e8, "達到7090億美元", 7090e8, "MAGNA digital pure-play ad revenue"),
]:
    ms = [F("adv", 14, q14, v14, USD, "y24"), F("adv", 15, q15, v15, USD, "y25")]
    G(f"adv_{gid}", AD, f"{what}: 2024 (Dec 2024 edition) vs 2025 (Jun 2025 edition)", "world", what + " (USD)", "2024 / 2025",
      "Different years (different_basis).", ms)
for gid, q14, v14, q15, v15, what in [
    ("magna_traditional_growth", "预计这笔收入将增长4%", 4.0, "預計將下滑3%", -3.0, "MAGNA traditional media ad revenue growth"),
    ("magna_digital_growth", "的广告销售额增长了13%", 13.0, "廣告銷售額將增長8%", 8.0, "MAGNA digital pure-play ad revenue growth"),
]:
    ms = [F("adv", 14, q14, v14, PC, "y24"), F("adv", 15, q15, v15, PC, "y25")]
    G(f"adv_{gid}", AD, f"{what}: 2024 vs 2025", "world", what + " (percent)", "2024 / 2025", "Different years (different_basis).", ms)
for gid, qz, qe, v, what in [
    ("us_growth_2025", "美国的广告支出增长7.4%", "a 7.4% ad spend increase", 7.4, "US ad spending growth 2025"),
    ("north_america_growth_2025", "北美增长12.3%", "North America growing 12.3%", 12.3, "North America ad growth 2025"),
    ("north_america_share_2025", "全球市场份额维持39.8%", "maintaining a 39.8% global", 39.8, "North America share of global ad revenue 2025"),
    ("digital_share_2026", "将占支出的83.7%", "make up 83.7% of spending", 83.7, "Digital share of ad spending 2026"),
]:
    ms = [F("adv", 16, qz, v, PC), F("adv", 16, qe, v, PC)]
    G(f"adv_{gid}", AD, f"{what}: {v}% (Chinese line and its English line, helm.news)", "world" if "Digital" in what else what.split(" ")[0],
      what, what[-4:], "The bilingual page states it twice (consistent).", ms)

ms = [
    F("cru", 13, "達到2019年水平的106%", 106.0, PC, "lvl23", vt="106%", note="2023 forecast passengers as a share of the 2019 level"),
    F("cru", 17, "较2019年增长106%", 106.0, PC, "gr25", vt="106%", note="2025 forecast, written as growth over 2019"),
]
G("cru_vs_2019_106", CR, "'106%' of 2019: 2023 forecast passengers at 106% of the 2019 level (CCTV) vs 2025 forecast 'growth of 106%' over 2019 (163.com)",
  "world", "cruise passengers relative to 2019 (percent)", "2023 / 2025", "Different years and measures (level vs growth): different_basis.", ms)

# ============================================================ singles: claims
S("mus", 3, "increased 5.9% to $15.7 billion", "$15.7 billion", 15.7e9, USD)
S("mus", 3, "rose 17.8% to $7.8 billion", "$7.8 billion", 7.8e9, USD)
S("mus", 3, "streaming revenue up 60.4%", "60.4%", 60.4, PC)
S("mus", 7, "rose $3.7 billion", "$3.7 billion", 3.7e9, USD)
S("mus", 13, "roughly $27.13 in streaming", "$27.13", 27.13, USD)
S("mus", 13, "reaching €15.673 billion", "€15.673 billion", 15.673e9, EUR)
S("mus", 11, "increased by 4.7% to $632 million", "$632 million", 632e6, USD)
S("mus", 6, "per cent to $4.6 billion", "$4.6 billion", 4.6e9, USD)
S("mus", 5, "exceptional growth of 29.9 percent", "29.9 percent", 29.9, PC)
S("mus", 9, "China, grew by more than 20% (28.4%)", "28.4%", 28.4, PC)
S("mus", 12, "fastest growth at 22.8%", "22.8%", 22.8, PC)
S("mus", 21, "達到123億美元", "123億美元", 123e8, USD)
S("adv", 4, "reach $18.5 billion", "$18.5 billion", 18.5e9, USD)
S("adv", 1, "global inflation of 6.5%", "6.5%", 6.5, PC)
S("adv", 13, "今年增长8.4%", "8.4%", 8.4, PC)
S("mus", 12, "totaling $4.8 billion", "$4.8 billion", 4.8e9, USD)
S("mus", 10, "(up by 13.4%)", "13.4%", 13.4, PC)
S("adv", 17, "達到5790億美元", "5790億美元", 5790e8, USD)
S("adv", 7, "represent 15.1% of total ad revenue", "15.1%", 15.1, PC)
S("adv", 12, "整体广告收入 545 亿美元", "545 亿美元", 545e8, USD)
S("cru", 1, "came from the USA (16.9", "16.9", 16.9e6, P, note="'16.9' with 'million pax' on the next line")
S("cru", 6, "with 20.53 million North American", "20.53 million", 20.53e6, P)
S("cru", 16, "全球邮轮旅客总数达2670万人", "2670万人", 2670e4, P)
S("cru", 17, "总价值高达824亿美元", "824亿美元", 824e8, USD)
S("cru", 14, "预计将超过300亿美元", "300亿美元", 300e8, USD, qualifier="over")
S("cru", 15, "台灣郵輪遊客約20萬人", "20萬人", 20e4, P, qualifier="approx")
S("cru", 4, "valued at $38 billion", "$38 billion", 38e9, USD)

# ============================================================ singles: not claims
S("mus", 1, "2nd April 2019", not_a_claim=True, kind="date")
S("mus", 2, "April 2, 2019", not_a_claim=True, kind="date")
S("mus", 4, " date 2021-03-23", not_a_claim=True, kind="date")
S("mus", 5, "Updated: 2021-03-25 15:15", not_a_claim=True, kind="date")
S("mus", 7, "(March 21)", not_a_claim=True, kind="date")
S("mus", 10, "21st March 2024", not_a_claim=True, kind="date", nth=1)
S("mus", 14, "10th consecutive year", not_a_claim=True, kind="ordinal")
S("mus", 12, "18th consecutive year", not_a_claim=True, kind="ordinal")
S("mus", 15, "2019-04-03 11229", not_a_claim=True, kind="date", note="date and view counter")
S("mus", 15, "201942日", not_a_claim=True, kind="date", note="'2019年4月2日' with its 年/月 dropped")
S("mus", 16, "2019-07-07 阅读", not_a_claim=True, kind="date")
S("mus", 16, "2019 年 4 月 2 日", not_a_claim=True, kind="date")
S("mus", 20, "2022-03-23 6194", not_a_claim=True, kind="date", note="date and view counter")
S("mus", 20, "2022年322日", not_a_claim=True, kind="date")
S("mus", 18, "3月23日", not_a_claim=True, kind="date")
S("mus", 2, "ZvNxTne15C", not_a_claim=True, kind="identifier", note="short-link id")
S("adv", 2, "(December 4, 2023)", not_a_claim=True, kind="date")
S("adv", 6, "Join us July 23 & 24", not_a_claim=True, kind="date")
S("adv", 9, "2026", not_a_claim=True, kind="chart_label", note="bare year label of a chart")
S("adv", 12, "2022-12-09 09:25", not_a_claim=True, kind="date")
S("adv", 14, "4.受搜索", not_a_claim=True, kind="list_number")
S("adv", 15, "8. 預計2026年", not_a_claim=True, kind="list_number")
S("adv", 2, "Brazil rising from eight to seven", not_a_claim=True, kind="rank")
S("cru", 3, " date 2023-05-09", not_a_claim=True, kind="date")
S("cru", 5, "April 25-26", not_a_claim=True, kind="date")
S("cru", 12, "2023-07-09 20:25:10", not_a_claim=True, kind="date")
S("cru", 13, "2023-06-06 22:18:26", not_a_claim=True, kind="date", nth=1)
S("cru", 14, "中评社北京8月5日电", not_a_claim=True, kind="dateline")
S("cru", 15, "排名第15", not_a_claim=True, kind="rank")
S("cru", 15, "GSTC2025", not_a_claim=True, kind="name")
S("cru", 16, "1 六月 2018", not_a_claim=True, kind="date")
S("adv", 14, "MAGNA 12月9日", not_a_claim=True, kind="date")
S("mus", 21, "2022年3月22日 -", not_a_claim=True, kind="date")

if ERRS:
    for e in ERRS:
        print("quote error:", e)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh20.toml", "corpus-fresh20")
