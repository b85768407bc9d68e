#!/usr/bin/env python3
"""Hand annotation of corpus-fresh22, written as data; emits gold.d/fresh22.toml (then run
corpus/check_gold.py --dir corpus-fresh22 --build).

Three domains: foreign direct investment (UNCTAD's global FDI for 2023 and 2024 from the World Investment Reports
2024 / 2025 and the January 2024 Global Investment Trends Monitor, and China's MOFCOM 'actual use of foreign capital'
for 2023, January-July / January-November 2024 and 2024, `fdi-*`), tablet shipments (Canalys's and IDC's worldwide
figures for Q2, Q3, Q4 and full-year 2024, Canalys's China figures, `tab-*`) and China civil aviation traffic (CAAC's
passenger, turnover and cargo figures for 2023, 2024 and months / quarters, `caa-*`).

Every mention carries a basis tag (period / release / compiler / scope, as read from the text). Pair verdicts:
explicit entries win; otherwise a different basis is different_basis, the same basis and the same value consistent;
a same-basis pair with different values is listed explicitly (by function).
Conventions (as fresh20 / fresh21): a rounded restatement is rounding (148 vs 147.6 million; 9% vs 9.2%; 5.9萬 vs
59,080); inside one page the same pattern is 'either' (rounding, consistent defensible); two figures of the same
precision that disagree, or a figure that is not a correct rounding (37% for 37.7%, 13% for 12.3%), are conflict; a
bound or a hedged figure ('over', 'more than', '超', '接近', 'topped') that contains the figure is consistent. A
figure for one period restated by a LATER release of the same compiler with another value (UNCTAD's January 2024
estimate for 2023 vs its June 2024 World Investment Report; Canalys's September vs December 2025 forecasts) is
conflict with alt_verdict different_basis ('either'). Two research firms' figures for the same quarter (Canalys vs
IDC) are different_basis with conflict defensible. Other periods (months, quarters, year-to-date, years), forecasts
vs actuals, other scopes (excluding conduit flows vs headline, China vs world, domestic vs international, airport
throughput vs airline traffic) are different_basis.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿/萬億/兆 = 1e12; declines negative. Units: USD, CNY, percent,
percentage_points, units (tablets), count, persons, tonnes, tonne * km, hours.
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

USD, CNY, PC, PP, P, T, CNT, U = "USD", "CNY", "percent", "percentage_points", "persons", "tonnes", "count", "units"
TKM = "tonne * km"
CD = (C, D)   # revision by a later release of the same compiler: conflict, different_basis defensible
DC = (D, C)   # another basis that a reader may take for the same figure: different_basis, conflict defensible
RK = (R, K)

NUM = re.compile(r"(?:US\$|USD |\$|\+ ?|-|−)?\d[\d,.]*(?: ?(?:万亿|萬億|trillion|billion|million|兆|亿|億|万|萬|percent|%))?")
SCALE = [("万亿", 1e12), ("萬億", 1e12), ("兆", 1e12), ("trillion", 1e12), ("billion", 1e9), ("million", 1e6),
         ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4)]


def pick(quote, value, f):
    """The number as written in quote whose value (with its scale word) is `value`."""
    cands = [m.group(0).strip() for m in NUM.finditer(quote)]
    good = []
    for c in cands:
        digits = re.search(r"\d[\d,.]*", c).group(0).rstrip(".,").replace(",", "")
        x = float(digits)
        for w, sc in SCALE:
            if c.endswith(w):
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
    c: a precision class used by the verdict functions ('p' precise, 'r' rounded, 'h' hedged / bound)."""
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


def PR(ms, fn):
    """Verdict fn(a, b) for every same-basis pair with different values; None = default."""
    out = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if a["_basis"] != b["_basis"]:
                continue
            if a["value"] == b["value"] and a["unit"] == b["unit"]:
                continue
            v = fn(a, b)
            if v is not None:
                out[(i + 1, j + 1)] = v
    return out


def rnd(a, b):
    """Rounded vs precise: rounding across documents, either inside one page; a hedged figure or bound is consistent."""
    if a["_c"] == "h" or b["_c"] == "h":
        return K
    if a["file"] == b["file"]:
        return RK
    return R


def conflict(a, b):
    if a["_c"] == "h" and b["_c"] == "h":
        return C
    return C


def hedged_or_conflict(a, b):
    if a["_c"] == "h" or b["_c"] == "h":
        return K
    return C


def G(gid, topic, description, subject, metric, period, why, ms, *prs):
    pr = {}
    for p in prs:
        pr.update(p)
    group(gid, topic, description, subject, metric, period, why, ms, pr)


FD = "foreign-direct-investment"
TB = "tablet-shipments"
CA = "china-civil-aviation"

# ============================================================ FDI: UNCTAD global
ms = [
    F("fdi", 1, "decreased by 2% to $1.3 trillion", 1.3e12, USD, "y23", note="headline"),
    F("fdi", 1, "by 2 percent to US$1.3 trillion", 1.3e12, USD, "y23"),
    F("fdi", 2, "decreased by 2% to $1.3 trillion", 1.3e12, USD, "y23"),
    F("fdi", 3, "by 2 percent to US$1.3 trillion", 1.3e12, USD, "y23"),
    F("fdi", 4, "an estimated US$1.37 trillion", 1.37e12, USD, "y23g", note="UNCTAD's January 2024 estimate (Global Investment Trends Monitor)"),
    F("fdi", 10, "總額為1.3萬億美元", 1.3e12, USD, "y18", note="2018 (World Investment Report 2019)"),
    F("fdi", 10, "約達1.5萬億美元", 1.5e12, USD, "fc19", qualifier="approx", note="forecast for 2019"),
    F("fdi", 5, "to US$1.5 trillion in 2024", 1.5e12, USD, "y24"),
    F("fdi", 6, "in 2024 to $1.5 trillion", 1.5e12, USD, "y24"),
    F("fdi", 7, "to reach US$1.5 trillion", 1.5e12, USD, "y24"),
    F("fdi", 8, "reaching USD 1.5 trillion", 1.5e12, USD, "y24"),
    F("fdi", 9, "达到1.5万亿美元", 1.5e12, USD, "y24"),
]
G("fdi_global_value", FD, "Global FDI flows: 2023 $1.3 trillion (WIR 2024, four) vs the January 2024 estimate US$1.37 trillion; "
  "2024 $1.5 trillion (five); 2018 1.3萬億 and the 2019 forecast 約1.5萬億 (WIR 2019)", "world", "global FDI inflows (USD)",
  "2018 / 2019 forecast / 2023 / 2024",
  "Same year restated consistent; UNCTAD's June 2024 report revised its January estimate for 2023 (conflict, different_basis "
  "defensible); other years and the forecast are different_basis.", ms, X(ms, CD, ["y23"], ["y23g"]))

ms = [
    F("fdi", 1, "Global FDI decreased by 2%", -2.0, PC, "y23", vt="2%"),
    F("fdi", 1, "decreased by 2 percent", -2.0, PC, "y23", vt="2 percent"),
    F("fdi", 2, "decreased by 2%", -2.0, PC, "y23", vt="2%"),
    F("fdi", 3, "decreased by 2 percent", -2.0, PC, "y23", vt="2 percent"),
    F("fdi", 4, "growing by 3%", 3.0, PC, "y23g", note="January 2024 estimate"),
    F("fdi", 1, "decline of over 10 percent", -10.0, PC, "y23x", vt="10 percent", qualifier="over", note="excluding a few exceptions"),
    F("fdi", 2, "decline of over 10%", -10.0, PC, "y23x", vt="10%", qualifier="over"),
    F("fdi", 3, "decline of over 10 percent", -10.0, PC, "y23x", vt="10 percent", qualifier="over"),
    F("fdi", 4, "steep 18% decline in 2023", -18.0, PC, "y23gx", vt="18%", note="excluding conduit economies, January 2024 estimate"),
    F("fdi", 5, "fell by 11% to US$1.5 trillion", -11.0, PC, "y24x", vt="11%", note="the page attaches the -11% (excluding conduit flows) to the $1.5 trillion headline"),
    F("fdi", 6, "fell by 11 percent in 2024", -11.0, PC, "y24x", vt="11 percent"),
    F("fdi", 7, "an 11 percent decline", -11.0, PC, "y24x", vt="11 percent"),
    F("fdi", 8, "declined by 11% in 2023–2024", -11.0, PC, "y24x", vt="11%"),
    F("fdi", 9, "同比减少了11%", -11.0, PC, "y24x", vt="11%"),
    F("fdi", 5, "shows a 4% rise", 4.0, PC, "y24"),
    F("fdi", 6, "rose by 4 percent", 4.0, PC, "y24"),
    F("fdi", 7, "rose by 4 percent", 4.0, PC, "y24"),
    F("fdi", 9, "增长了4%", 4.0, PC, "y24"),
    F("fdi", 10, "較2017年減少13%", -13.0, PC, "y18", vt="13%"),
    F("fdi", 10, "預計增長10%", 10.0, PC, "fc19"),
]
pr = X(ms, CD, ["y23"], ["y23g"])
pr.update(X(ms, K, ["y23x"], ["y23gx"]))
for i, m in enumerate(ms):   # the two pages that attach -11% to the headline level: a reader may see a conflict with +4%
    if m["_basis"] == "y24x" and m["file"] in ("fdi-05-en.txt", "fdi-08-en.txt"):
        for j, o in enumerate(ms):
            if o["_basis"] == "y24":
                pr[(min(i, j) + 1, max(i, j) + 1)] = DC
G("fdi_global_growth", FD, "Global FDI change: 2023 -2% (WIR 2024) vs +3% (January 2024 estimate); 2023 excluding exceptions 'over 10%' down "
  "vs the estimate's -18% excluding conduits; 2024 headline +4% (four) vs -11% excluding conduit flows (five); 2018 -13%; 2019 forecast +10%",
  "world", "global FDI change (percent)", "2018 / 2019 forecast / 2023 / 2024",
  "WIR's -2% against its own January estimate of +3% is a revision (conflict, different_basis defensible); 'over 10%' contains -18% "
  "(consistent). The -11% is the measure excluding conduit flows (different_basis from +4%), but relinvestments and intosai attach it "
  "to the $1.5 trillion level (different_basis, conflict defensible).", ms, pr)

ms = [F("fdi", 2, "fell by 7% to $867 billion", 867e9, USD, "wir"), F("fdi", 3, "to US$867 billion", 867e9, USD, "wir"),
      F("fdi", 4, "amounting to US$841 billion", 841e9, USD, "gitm")]
G("fdi_developing_value_2023", FD, "FDI to developing countries 2023: $867bn (WIR 2024, two) vs US$841bn (January 2024 estimate)", "developing economies",
  "FDI inflows (USD)", "2023", "A later release revised the estimate (conflict, different_basis defensible).", ms, X(ms, CD, ["wir"], ["gitm"]))
ms = [F("fdi", 2, "fell by 7%", -7.0, PC, "wir", vt="7%"), F("fdi", 3, "fell by 7 percent", -7.0, PC, "wir", vt="7 percent"),
      F("fdi", 4, "revealed a 9% decline", -9.0, PC, "gitm", vt="9%")]
G("fdi_developing_growth_2023", FD, "FDI to developing countries 2023: -7% (WIR, two) vs -9% (January estimate)", "developing economies",
  "FDI change (percent)", "2023", "Revision (conflict, different_basis defensible).", ms, X(ms, CD, ["wir"], ["gitm"]))
ms = [F("fdi", 2, "Developing Asia: 8% decrease.", -8.0, PC, "wir", vt="8%"), F("fdi", 3, "an 8 percent decrease", -8.0, PC, "wir", vt="8 percent"),
      F("fdi", 4, "with a 12% decrease", -12.0, PC, "gitm", vt="12%"),
      F("fdi", 7, "fell slightly by 3 percent", -3.0, PC, "y24", vt="3 percent", note="Asia 2024"),
      F("fdi", 10, "外資流入增長4%", 4.0, PC, "y18", note="developing Asia 2018")]
G("fdi_asia_growth", FD, "FDI to developing Asia: 2023 -8% (WIR, two) vs -12% (January estimate); Asia 2024 -3%; 2018 +4%", "developing Asia",
  "FDI change (percent)", "2018 / 2023 / 2024", "2023 revision (conflict, different_basis defensible); other years different_basis.", ms,
  X(ms, CD, ["wir"], ["gitm"]))
ms = [F("fdi", 2, "Africa: 3% decrease.", -3.0, PC, "y23", vt="3%"), F("fdi", 3, "dipped by 3 percent in Africa", -3.0, PC, "y23", vt="3 percent"),
      F("fdi", 5, "Africa saw FDI rise 75%", 75.0, PC, "y24"), F("fdi", 7, "posting a 75 percent surge", 75.0, PC, "y24"),
      F("fdi", 8, "Africa reached record levels (+75%)", 75.0, PC, "y24", vt="+75%"),
      F("fdi", 5, "inflows still rose 12%", 12.0, PC, "y24xe", note="excluding the Egyptian megaproject"),
      F("fdi", 7, "achieved a 12 percent increase", 12.0, PC, "y24xe")]
G("fdi_africa_growth", FD, "FDI to Africa: 2023 -3% (two); 2024 +75% (three); 2024 excluding one Egyptian project +12% (two)", "Africa",
  "FDI change (percent)", "2023 / 2024", "Same basis consistent; other year / scope different_basis.", ms)
ms = [F("fdi", 2, "Caribbean: 1% decrease.", -1.0, PC, "y23", vt="1%"), F("fdi", 3, "by 1 percent in Latin America", -1.0, PC, "y23", vt="1 percent"),
      F("fdi", 7, "FDI inflows declined by 12 percent", -12.0, PC, "y24", vt="12 percent"), F("fdi", 8, "Caribbean (-12%)", -12.0, PC, "y24")]
G("fdi_lac_growth", FD, "FDI to Latin America and the Caribbean: 2023 -1% (two), 2024 -12% (two)", "Latin America and the Caribbean",
  "FDI change (percent)", "2023 / 2024", "Same year consistent; other year different_basis.", ms)
ms = [F("fdi", 2, "declined by 14%", -14.0, PC, "y23", vt="14%"), F("fdi", 5, "inflows down 58%", -58.0, PC, "y24", vt="58%"),
      F("fdi", 6, "FDI falls 58 percent in Europe", -58.0, PC, "y24", vt="58 percent"),
      F("fdi", 7, "a staggering 58 percent decline", -58.0, PC, "y24", vt="58 percent"), F("fdi", 8, "Europe (-58%)", -58.0, PC, "y24")]
G("fdi_europe_growth", FD, "FDI to Europe: 2023 -14%, 2024 -58% (four)", "Europe", "FDI change (percent)", "2023 / 2024",
  "Same year consistent; other year different_basis.", ms)
ms = [F("fdi", 2, "and 5%, respectively", -5.0, PC, "y23", vt="5%"), F("fdi", 7, "recorded a 23 percent increase", 23.0, PC, "y24")]
G("fdi_north_america_growth", FD, "FDI to North America: 2023 -5%, 2024 +23%", "North America", "FDI change (percent)", "2023 / 2024",
  "Different years.", ms)
ms = [F("fdi", 7, "a sharp 22 percent drop", -22.0, PC, "y24", vt="22 percent"), F("fdi", 10, "FDI總額,減少27%", -27.0, PC, "y18", vt="27%")]
G("fdi_developed_growth", FD, "FDI to developed economies: 2024 -22%, 2018 -27%", "developed economies", "FDI change (percent)", "2018 / 2024",
  "Different years.", ms)

# ============================================================ FDI: China (MOFCOM, UNCTAD)
ms = [
    F("fdi", 11, "plummeted to 826.3 billion yuan", 826.3e9, CNY, "y24", c="r"),
    F("fdi", 11, "totaling 826.3 billion yuan", 826.3e9, CNY, "y24", c="r"),
    F("fdi", 12, "totaling 826.25 billion yuan", 826.25e9, CNY, "y24", c="p"),
    F("fdi", 13, "實際使用外資金額11339.1億元", 11339.1e8, CNY, "y23", vt="11339.1億"),
    F("fdi", 14, "实际使用外资金额7497亿元", 7497e8, CNY, "jn24", vt="7497亿"),
    F("fdi", 15, "1-11月全國實際使用外資金額7497億元", 7497e8, CNY, "jn24", vt="7497億", note="headline"),
    F("fdi", 15, "實際使用外資金額7497億元人民幣,同比", 7497e8, CNY, "jn24", vt="7497億", nth=2),
    F("fdi", 16, "1-7月全国吸收外资5394.7亿元", 5394.7e8, CNY, "jl24", vt="5394.7亿", note="headline"),
    F("fdi", 16, "实际使用外资金额5394.7亿元", 5394.7e8, CNY, "jl24", vt="5394.7亿"),
    F("fdi", 17, "was 539.47 billion yuan", 539.47e9, CNY, "jl24"),
]
G("fdi_china_value_cny", FD, "China's actual use of foreign capital (MOFCOM, yuan): 2024 826.3bn (devdiscourse, two) vs 826.25bn; 2023 11339.1億; "
  "January-November 2024 7497亿 (three); January-July 2024 5394.7亿 (two) = 539.47bn", "China", "actual use of foreign capital (CNY)",
  "2023 / Jan-Jul 2024 / Jan-Nov 2024 / 2024", "826.3 rounds 826.25 (rounding); 5394.7亿 = 539.47 billion (consistent); other periods "
  "different_basis.", ms, PR(ms, rnd))
ms = [F("fdi", 12, "approximately $114.76 billion", 114.76e9, USD, "conv", qualifier="approx", note="yuan converted to dollars by the page"),
      F("fdi", 18, "實際使用外資金額1162.4億美元", 1162.4e8, USD, "bull", vt="1162.4億", note="China FDI Statistical Bulletin 2025")]
G("fdi_china_value_usd_2024", FD, "China's FDI 2024 in dollars: 'approximately $114.76 billion' (conversion) vs 1162.4億美元 (statistical bulletin)",
  "China", "actual use of foreign capital (USD)", "2024", "A page's conversion of the yuan figure against the bulletin's dollar figure "
  "(different_basis, conflict defensible).", ms, {(1, 2): DC})
ms = [
    F("fdi", 11, "significant 27.1% year-over-year decline", -27.1, PC, "y24", vt="27.1%"),
    F("fdi", 11, "The decline stands at 27.1%", -27.1, PC, "y24", vt="27.1%"),
    F("fdi", 12, "decreased by 27.1 percent", -27.1, PC, "y24", vt="27.1 percent"),
    F("fdi", 11, "the 27.9% decrease", -27.9, PC, "jn24", vt="27.9%"),
    F("fdi", 14, "同比下降27.9%", -27.9, PC, "jn24", vt="27.9%"),
    F("fdi", 15, "同比下降27.9%", -27.9, PC, "jn24", vt="27.9%", nth=1),
    F("fdi", 15, "同比下降27.9%", -27.9, PC, "jn24", vt="27.9%", nth=2),
    F("fdi", 16, "同比下降29.6%", -29.6, PC, "jl24", vt="29.6%"),
    F("fdi", 11, "2023's 8% dip", -8.0, PC, "y23", vt="8%"),
    F("fdi", 11, "the 8% decline", -8.0, PC, "y23", vt="8%"),
    F("fdi", 13, "同比下降8.0%", -8.0, PC, "y23", vt="8.0%"),
    F("fdi", 4, "\"unusual\" 6% drop", -6.0, PC, "unctad23", vt="6%", note="UNCTAD's January 2024 estimate of China's FDI inflows"),
]
G("fdi_china_growth", FD, "China's actual use of foreign capital, change: 2024 -27.1% (three), January-November -27.9% (four), January-July "
  "-29.6%, 2023 -8% / -8.0% (three); UNCTAD's estimate for 2023 inflows -6%", "China", "actual use of foreign capital change (percent)",
  "2023 / 2024 periods", "Same period consistent (8% = 8.0%); other periods different_basis; UNCTAD's -6% measures balance-of-payments "
  "inflows in dollars (different_basis, conflict defensible against MOFCOM's -8%).", ms, X(ms, DC, ["unctad23"], ["y23"]))
ms = [
    F("fdi", 12, "establishment of 59,080 new", 59080, CNT, "y24", c="p"),
    F("fdi", 18, "外商投資企業5.9萬家", 5.9e4, CNT, "y24", c="r", vt="5.9萬"),
    F("fdi", 13, "外商投資企業53766家", 53766, CNT, "y23"),
    F("fdi", 14, "外商投资企业52379家", 52379, CNT, "jn24"),
    F("fdi", 15, "外商投資企業(yè)52379家", 52379, CNT, "jn24"),
    F("fdi", 16, "外商投资企业31654家", 31654, CNT, "jl24", c="p"),
    F("fdi", 17, "reaching a total of 31,650", 31650, CNT, "jl24", c="r"),
]
G("fdi_china_new_firms", FD, "New foreign-invested enterprises in China: 2024 59,080 vs 5.9萬; 2023 53766; January-November 2024 52379 (two); "
  "January-July 2024 31654 vs 31,650", "China", "new foreign-invested enterprises (count)", "2023 / 2024 periods",
  "5.9萬 rounds 59,080 and 31,650 rounds 31654 (rounding); other periods different_basis.", ms, PR(ms, rnd))
ms = [F("fdi", 12, "a 9.9 percent increase", 9.9, PC, "y24"), F("fdi", 18, "同比增長9.9%", 9.9, PC, "y24"),
      F("fdi", 13, "同比增長39.7%", 39.7, PC, "y23"), F("fdi", 14, "同比增长8.9%", 8.9, PC, "jn24"),
      F("fdi", 15, "同比增長8.9%", 8.9, PC, "jn24"), F("fdi", 16, "同比增长11.4%", 11.4, PC, "jl24"),
      F("fdi", 17, "grew by 11.4%", 11.4, PC, "jl24")]
G("fdi_china_new_firms_growth", FD, "Growth of new foreign-invested enterprises: 2024 9.9% (two), 2023 39.7%, Jan-Nov 2024 8.9% (two), Jan-Jul 2024 11.4% (two)",
  "China", "new foreign-invested enterprises growth (percent)", "2023 / 2024 periods", "Same period consistent; other periods different_basis.", ms)
ms = [F("fdi", 12, "attracted 221.21 billion yuan", 221.21e9, CNY, "y24"),
      F("fdi", 15, "實際使用外資2025億元", 2025e8, CNY, "jn24", vt="2025億"),
      F("fdi", 16, "制造业实际使用外资1544.8亿元", 1544.8e8, CNY, "jl24", c="p", vt="1544.8亿"),
      F("fdi", 17, "allocated 154.5 billion yuan", 154.5e9, CNY, "jl24", c="r")]
G("fdi_china_manufacturing", FD, "Manufacturing's actual use of foreign capital: 2024 221.21bn yuan, Jan-Nov 2025億, Jan-Jul 1544.8亿 vs 154.5bn",
  "China", "manufacturing FDI (CNY)", "2024 periods", "154.5 billion rounds 1544.8亿 (rounding); other periods different_basis.", ms, PR(ms, rnd))
ms = [F("fdi", 12, "drew 584.56 billion yuan", 584.56e9, CNY, "y24"), F("fdi", 15, "服務(wù)業(yè)實際使用外資5288.3億元", 5288.3e8, CNY, "jn24", vt="5288.3億")]
G("fdi_china_services", FD, "Services' actual use of foreign capital: 2024 584.56bn yuan, Jan-Nov 5288.3億", "China", "services FDI (CNY)", "2024 periods",
  "Different periods.", ms)
ms = [F("fdi", 12, "secured 96.29 billion yuan", 96.29e9, CNY, "y24"), F("fdi", 15, "高技術(shù)制造業(yè)實際使用外資825.3億元", 825.3e8, CNY, "jn24", vt="825.3億")]
G("fdi_china_hightech_mfg", FD, "High-tech manufacturing FDI: 2024 96.29bn yuan, Jan-Nov 825.3億", "China", "high-tech manufacturing FDI (CNY)", "2024 periods",
  "Different periods.", ms)
ms = [F("fdi", 12, "accounting for 11.7 percent", 11.7, PC, "y24"), F("fdi", 15, "占全國實際使用外資的11%", 11.0, PC, "jn24")]
G("fdi_china_hightech_share", FD, "High-tech manufacturing share of FDI: 2024 11.7%, Jan-Nov 11%", "China", "high-tech manufacturing share (percent)",
  "2024 periods", "Different periods.", ms)
for gid, what, rows in [
    ("medical_equipment", "Medical equipment manufacturing FDI growth", [(12, "surged by 98.7 percent", 98.7, "y24"), (14, "同比分别增长53.4%", 53.4, "jn24"),
                                                                          (15, "分別增長53.4%", 53.4, "jn24")]),
    ("computer", "Computer and office equipment manufacturing FDI growth", [(12, "increase of 21.9 percent", 21.9, "y24"), (14, "、39.1%和", 39.1, "jn24"),
                                                                           (15, "、39.1%和", 39.1, "jn24")]),
    ("professional_services", "Professional and technical services FDI growth", [(12, "grew by 40.8 percent", 40.8, "y24"), (14, "39.1%和19%", 19.0, "jn24"),
                                                                                  (15, "39.1%和19%", 19.0, "jn24")]),
    ("germany", "Germany's actual investment in China, growth", [(12, "a 2.2 percent uptick", 2.2, "y24"), (14, "同比分别增长10.9%", 10.9, "jn24"),
                                                                (15, "分別增長10.9%", 10.9, "jn24"), (17, "by 26.4% year-on-year", 26.4, "jl24")]),
    ("singapore", "Singapore's actual investment in China, growth", [(12, "a 10.8 percent rise", 10.8, "y24"), (14, "10.9%、4.8%", 4.8, "jn24"),
                                                                    (15, "10.9%、4.8%", 4.8, "jn24"), (17, "by 11% compared", 11.0, "jl24")]),
    ("switzerland", "Switzerland's actual investment in China, growth", [(14, "、4%;", 4.0, "jn24"), (15, "、4%(", 4.0, "jn24")]),
]:
    ms = [F("fdi", n, q, v, PC, b) for n, q, v, b in rows]
    G(f"fdi_china_{gid}_growth", FD, f"{what}: 2024 / Jan-Nov 2024 / Jan-Jul 2024", "China", what + " (percent)", "2024 periods",
      "Same period consistent; other periods different_basis.", ms)

# ============================================================ tablets: worldwide 2024 (Canalys)
ms = [
    F("tab", 1, "rose to 148 million units", 148e6, U, c="r"),
    F("tab", 1, "over 147.6 million units", 147.6e6, U, c="h", qualifier="over"),
    F("tab", 2, "2024 to 147.6 million units", 147.6e6, U, c="p"),
    F("tab", 3, "reaching 147.6 million units", 147.6e6, U, c="p"),
    F("tab", 4, "2024 to 147.6 million units", 147.6e6, U, c="p"),
    F("tab", 5, "超过1.47亿台", 1.47e8, U, c="h", qualifier="over", vt="1.47亿"),
    F("tab", 5, "共出货1.476亿台", 1.476e8, U, c="p", vt="1.476亿"),
    F("tab", 6, "总出货量为1.476亿台", 1.476e8, U, c="p", vt="1.476亿"),
]
G("tab_global_2024", TB, "Worldwide tablet shipments 2024 (Canalys): 147.6 million = 1.476亿 (five) vs gadgets360's 148 million; 'over 147.6 million', "
  "'超过1.47亿'", "world", "tablet shipments (units)", "2024",
  "148 million rounds 147.6 million (rounding); bounds that contain the figure are consistent (gadgets360's own 148 vs 'over 147.6' too).",
  ms, PR(ms, rnd))
ms = [
    F("tab", 1, "a 9 percent increase", 9.0, PC, c="r"),
    F("tab", 1, "grew by 9 percent", 9.0, PC, c="r"),
    F("tab", 2, "Grew 9 Percent", 9.0, PC, c="r", vt="9 Percent", nth=1, note="headline"),
    F("tab", 2, "Grew 9 Percent", 9.0, PC, c="r", vt="9 Percent", nth=2, note="repeated headline"),
    F("tab", 2, "up 9.2% compared with 2023", 9.2, PC, c="p"),
    F("tab", 3, "up 9.2% compared with 2023", 9.2, PC, c="p"),
    F("tab", 4, "up 9.2% compared with 2023", 9.2, PC, c="p"),
    F("tab", 5, "比前一年增长了9.2%", 9.2, PC, c="p"),
    F("tab", 6, "同比增长9.2%", 9.2, PC, c="p"),
    F("tab", 15, "2024年平板电脑市场将增长9%", 9.0, PC, "fc", note="Canalys forecast (September 2024), in a China report"),
]
G("tab_global_growth_2024", TB, "Worldwide tablet shipment growth 2024 (Canalys): 9.2% (five) vs 9% (four, two of them ictbusiness's own headline); "
  "Canalys's September forecast of 9%", "world", "tablet shipment growth (percent)", "2024",
  "9% rounds 9.2% (rounding across pages, either inside ictbusiness); the forecast is different_basis.", ms, PR(ms, rnd))
ms = [F("tab", 1, "reaching 39.9 million units", 39.9e6, U), F("tab", 2, "reaching 39.9 million units", 39.9e6, U),
      F("tab", 3, "reaching 39.9 million units", 39.9e6, U), F("tab", 4, "reaching 39.9 million units", 39.9e6, U)]
G("tab_q4_2024", TB, "Worldwide tablet shipments Q4 2024 (Canalys): 39.9 million (four)", "world", "tablet shipments (units)", "Q4 2024", "Same figure.", ms)
ms = [F("tab", 1, "rose 5.6 percent", 5.6, PC), F("tab", 2, "grew 5.6% year on year", 5.6, PC), F("tab", 3, "grew 5.6% year-on-year", 5.6, PC),
      F("tab", 4, "grew 5.6% year-on-year", 5.6, PC), F("tab", 6, "第四季度同比增长仅为5.6%", 5.6, PC)]
G("tab_q4_growth_2024", TB, "Worldwide tablet shipment growth Q4 2024: 5.6% (five)", "world", "tablet shipment growth (percent)", "Q4 2024", "Same figure.", ms)

ms = [F("tab", 1, "with 56.9 million units shipped", 56.9e6, U, c="r"), F("tab", 1, "Apple shipped 56.9 million iPad units", 56.9e6, U, c="r"),
      F("tab", 3, "an estimated 56.9 million", 56.9e6, U, c="r"), F("tab", 6, "出货量为5691.9万台", 5691.9e4, U, c="p", vt="5691.9万")]
G("tab_apple_2024", TB, "Apple iPad shipments 2024 (Canalys): 56.9 million (three) vs 5691.9万", "Apple", "tablet shipments (units)", "2024",
  "56.9 million rounds 5691.9万 (rounding).", ms, PR(ms, rnd))
ms = [F("tab", 1, "and a 38.6 percent market share", 38.6, PC), F("tab", 1, "with a 38.6 percent market share", 38.6, PC),
      F("tab", 3, "a 38.6% market share", 38.6, PC), F("tab", 5, "至38.6%", 38.6, PC), F("tab", 6, "市场份额为38.6%", 38.6, PC)]
G("tab_apple_share_2024", TB, "Apple's tablet market share 2024: 38.6% (five)", "Apple", "tablet market share (percent)", "2024", "Same figure.", ms)
ms = [F("tab", 1, "Grew 5.3 Percent in FY 2024", 5.3, PC, vt="5.3 Percent"), F("tab", 3, "a 5.3% increase for the full year", 5.3, PC),
      F("tab", 4, "a modest 5.3% increase", 5.3, PC), F("tab", 5, "多售出了5.3%", 5.3, PC), F("tab", 6, "同比增长5.3%", 5.3, PC)]
G("tab_apple_growth_2024", TB, "Apple's tablet shipment growth 2024: 5.3% (five)", "Apple", "tablet shipment growth (percent)", "2024", "Same figure.", ms)
ms = [F("tab", 3, "shipping 16.9 million iPads", 16.9e6, U, c="r"), F("tab", 4, "shipping 16.9 million iPads", 16.9e6, U, c="r"),
      F("tab", 6, "出货量达到了1686.3万台", 1686.3e4, U, c="p", vt="1686.3万")]
G("tab_apple_q4_2024", TB, "Apple iPad shipments Q4 2024: 16.9 million (two) vs 1686.3万", "Apple", "tablet shipments (units)", "Q4 2024",
  "16.9 million rounds 1686.3万 (rounding).", ms, PR(ms, rnd))
ms = [F("tab", 3, "with 14% growth in Q4 2024", 14.0, PC, c="r"), F("tab", 4, "with 14% growth in Q4 2024", 14.0, PC, c="r"),
      F("tab", 6, "同比增长为13.6%", 13.6, PC, c="p")]
G("tab_apple_q4_growth_2024", TB, "Apple iPad shipment growth Q4 2024: 14% (two) vs 13.6%", "Apple", "tablet shipment growth (percent)", "Q4 2024",
  "14% rounds 13.6% (rounding).", ms, PR(ms, rnd))
ms = [F("tab", 4, "42.3% of the global tablet market", 42.3, PC, "q424"), F("tab", 4, "39.2% in the fourth quarter of 2023", 39.2, PC, "q423")]
G("tab_apple_q4_share", TB, "Apple's tablet share in Q4: 2024 42.3%, 2023 39.2%", "Apple", "tablet market share (percent)", "Q4 2023 / Q4 2024",
  "Different quarters.", ms)

ms = [F("tab", 1, "after shipping 27.8 million tablets", 27.8e6, U, c="r"), F("tab", 3, "with 27.8 million shipments", 27.8e6, U, c="r"),
      F("tab", 5, "以2780万台", 2780e4, U, c="r", vt="2780万"), F("tab", 6, "出货量为2779.1万台", 2779.1e4, U, c="p", vt="2779.1万")]
G("tab_samsung_2024", TB, "Samsung tablet shipments 2024: 27.8 million = 2780万 (three) vs 2779.1万", "Samsung", "tablet shipments (units)", "2024",
  "27.8 million / 2780万 round 2779.1万 (rounding).", ms, PR(ms, rnd))
ms = [F("tab", 1, "second place at 18.8 percent", 18.8, PC), F("tab", 3, "an 18.8% share", 18.8, PC), F("tab", 5, "占据了18.8%", 18.8, PC),
      F("tab", 6, "市场份额为18.8%", 18.8, PC)]
G("tab_samsung_share_2024", TB, "Samsung's tablet market share 2024: 18.8% (four)", "Samsung", "tablet market share (percent)", "2024", "Same figure.", ms)
ms = [F("tab", 5, "实现了8.2%的增长", 8.2, PC), F("tab", 6, "同比增长8.2%", 8.2, PC)]
G("tab_samsung_growth_2024", TB, "Samsung tablet shipment growth 2024: 8.2% (two)", "Samsung", "tablet shipment growth (percent)", "2024", "Same figure.", ms)
ms = [F("tab", 1, "both shipped 10.4 million units", 10.4e6, U, c="r", note="stated for Huawei and Lenovo together"),
      F("tab", 3, "with 10.4 million units shipped", 10.4e6, U, c="r"), F("tab", 6, "出货量为1074.2万台", 1074.2e4, U, c="p", vt="1074.2万")]
G("tab_huawei_2024", TB, "Huawei tablet shipments 2024: 10.4 million (two) vs 1074.2万", "Huawei", "tablet shipments (units)", "2024",
  "10.4 million rounds 1074.2万 (rounding).", ms, PR(ms, rnd))
ms = [F("tab", 3, "fourth place with 10.4 million shipments", 10.4e6, U, c="r"), F("tab", 6, "出货量为1042.6万台", 1042.6e4, U, c="p", vt="1042.6万")]
G("tab_lenovo_2024", TB, "Lenovo tablet shipments 2024: 10.4 million vs 1042.6万", "Lenovo", "tablet shipments (units)", "2024",
  "10.4 million rounds 1042.6万 (rounding).", ms, PR(ms, rnd))
ms = [F("tab", 1, "had a 7.3 percent market share", 7.3, PC), F("tab", 3, "a 7.3% market share", 7.3, PC), F("tab", 5, "实现7.3%的全球市场份额", 7.3, PC),
      F("tab", 6, "市场份额为7.3%", 7.3, PC)]
G("tab_huawei_share_2024", TB, "Huawei's tablet market share 2024: 7.3% (four)", "Huawei", "tablet market share (percent)", "2024", "Same figure.", ms)
ms = [F("tab", 1, "slightly lower at 7.1 percent", 7.1, PC), F("tab", 3, "and 7.1% market share", 7.1, PC), F("tab", 6, "市场份额为7.1%", 7.1, PC)]
G("tab_lenovo_share_2024", TB, "Lenovo's tablet market share 2024: 7.1% (three)", "Lenovo", "tablet market share (percent)", "2024", "Same figure.", ms)
ms = [F("tab", 5, "12%和29.3%", 29.3, PC), F("tab", 6, "同比增长29.3%", 29.3, PC)]
G("tab_huawei_growth_2024", TB, "Huawei tablet shipment growth 2024: 29.3% (two)", "Huawei", "tablet shipment growth (percent)", "2024", "Same figure.", ms)
ms = [F("tab", 1, "shipping 9.2 million tablets", 9.2e6, U), F("tab", 3, "with 9.2 million shipments", 9.2e6, U), F("tab", 5, "售出920万台", 920e4, U, vt="920万")]
G("tab_xiaomi_2024", TB, "Xiaomi tablet shipments 2024: 9.2 million = 920万 (three)", "Xiaomi", "tablet shipments (units)", "2024", "Same figure.", ms)
ms = [F("tab", 1, "share to 6.2 percent", 6.2, PC), F("tab", 3, "a 6.2% market share", 6.2, PC)]
G("tab_xiaomi_share_2024", TB, "Xiaomi's tablet market share 2024: 6.2% (two)", "Xiaomi", "tablet market share (percent)", "2024", "Same figure.", ms)
ms = [F("tab", 1, "grew 73.1 percent", 73.1, PC), F("tab", 3, "a 73.1% annual growth", 73.1, PC), F("tab", 5, "增长了73.1%", 73.1, PC),
      F("tab", 6, "惊人的73.1%", 73.1, PC)]
G("tab_xiaomi_growth_2024", TB, "Xiaomi tablet shipment growth 2024: 73.1% (four)", "Xiaomi", "tablet shipment growth (percent)", "2024", "Same figure.", ms)

# ============================================================ tablets: Q2 2024, Canalys vs IDC
ms = [F("tab", 7, "reaching 35.9 million units", 35.9e6, U, "can"), F("tab", 8, "达到3590万台", 3590e4, U, "can", vt="3590万"),
      F("tab", 9, "达到3590万台", 3590e4, U, "can", vt="3590万"), F("tab", 10, "達到3590萬臺", 3590e4, U, "can", vt="3590萬"),
      F("tab", 9, "出货量为3,440万台", 3440e4, U, "idc", vt="3,440万"), F("tab", 11, "totaling 34.4 million units", 34.4e6, U, "idc"),
      F("tab", 12, "totaling 34.4 million units", 34.4e6, U, "idc"),
      F("tab", 11, "when 32.5 million units were shipped", 32.5e6, U, "q219", note="IDC, Q2 2019")]
G("tab_q2_2024", TB, "Worldwide tablet shipments Q2 2024: Canalys 35.9 million = 3590万 (four) vs IDC 34.4 million = 3,440万 (three); IDC's Q2 2019 32.5 million",
  "world", "tablet shipments (units)", "Q2 2024", "Two trackers' figures for one quarter (different_basis, conflict defensible); Q2 2019 different_basis.",
  ms, X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 7, "increased by 18% year on year", 18.0, PC, "can"), F("tab", 8, "同比增长18%", 18.0, PC, "can"), F("tab", 9, "同比增长18%", 18.0, PC, "can"),
      F("tab", 10, "同比增長18%", 18.0, PC, "can"), F("tab", 9, "同比增长22.1%", 22.1, PC, "idc"), F("tab", 11, "growth of 22.1%", 22.1, PC, "idc"),
      F("tab", 12, "growth of 22.1%", 22.1, PC, "idc")]
G("tab_q2_growth_2024", TB, "Worldwide tablet shipment growth Q2 2024: Canalys 18% (four) vs IDC 22.1% (three)", "world", "tablet shipment growth (percent)",
  "Q2 2024", "Two trackers (different_basis, conflict defensible).", ms, X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 7, "shipping 13.9 million iPads", 13.9e6, U, "can"), F("tab", 9, "出货量为1390万台", 1390e4, U, "can", vt="1390万"),
      F("tab", 10, "出貨量為1390萬臺", 1390e4, U, "can", vt="1390萬"), F("tab", 11, "Apple shipped 12.3 million units", 12.3e6, U, "idc"),
      F("tab", 12, "Apple shipped 12.3 million iPads", 12.3e6, U, "idc"), F("tab", 12, "to 12.3 million in 2Q24", 12.3e6, U, "idc"),
      F("tab", 12, "form 10.4 million in 2Q23", 10.4e6, U, "q223", note="IDC, Q2 2023")]
G("tab_apple_q2_2024", TB, "Apple iPad shipments Q2 2024: Canalys 13.9 million = 1390万 (three) vs IDC 12.3 million (three); IDC Q2 2023 10.4 million",
  "Apple", "tablet shipments (units)", "Q2 2024", "Two trackers (different_basis, conflict defensible); Q2 2023 different_basis.", ms,
  X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 7, "securing a 39% market share", 39.0, PC, "can"), F("tab", 8, "苹果占据了39%", 39.0, PC, "can"), F("tab", 9, "占据39%", 39.0, PC, "can"),
      F("tab", 10, "市場份額為39%", 39.0, PC, "can"), F("tab", 12, "Apple has 35.8%", 35.8, PC, "idc"),
      F("tab", 12, "37% market share in 2Q23", 37.0, PC, "q223")]
G("tab_apple_share_q2_2024", TB, "Apple's tablet share Q2 2024: Canalys 39% (four) vs IDC 35.8%; IDC Q2 2023 37%", "Apple", "tablet market share (percent)",
  "Q2 2024", "Two trackers (different_basis, conflict defensible); Q2 2023 different_basis.", ms, X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 11, "grew by 18.2% year over year", 18.2, PC), F("tab", 12, "grew by 18.2% year over year", 18.2, PC),
      F("tab", 12, "increased 18.2% annually", 18.2, PC)]
G("tab_apple_growth_q2_2024", TB, "Apple iPad shipment growth Q2 2024 (IDC): 18.2% (three)", "Apple", "tablet shipment growth (percent)", "Q2 2024",
  "Same figure.", ms)
ms = [F("tab", 7, "shipping 6.8 million units", 6.8e6, U, "can"), F("tab", 8, "出货量为680万台", 680e4, U, "can", vt="680万"),
      F("tab", 9, "出货量为680万台", 680e4, U, "can", vt="680万"), F("tab", 10, "達到680萬部", 680e4, U, "can", vt="680萬"),
      F("tab", 11, "shipments of 6.9 million units", 6.9e6, U, "idc")]
G("tab_samsung_q2_2024", TB, "Samsung tablet shipments Q2 2024: Canalys 6.8 million = 680万 (four) vs IDC 6.9 million", "Samsung", "tablet shipments (units)",
  "Q2 2024", "Two trackers (different_basis, conflict defensible).", ms, X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 7, "a 13% year-on-year increase", 13.0, PC, "can", c="r"), F("tab", 8, "同比增长12.7%", 12.7, PC, "can", c="p"),
      F("tab", 9, "实现了13%的同比增长", 13.0, PC, "can", c="r"), F("tab", 10, "同比增長13%", 13.0, PC, "can", c="r"),
      F("tab", 11, "growth of 18.6%", 18.6, PC, "idc")]
G("tab_samsung_growth_q2_2024", TB, "Samsung tablet shipment growth Q2 2024: Canalys 13% (three) vs top168's 12.7%; IDC 18.6%", "Samsung",
  "tablet shipment growth (percent)", "Q2 2024", "13% rounds 12.7% (rounding); IDC's figure is another tracker (different_basis, conflict defensible).",
  ms, PR(ms, rnd), X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 7, "shipping 2.5 million units", 2.5e6, U, "can"), F("tab", 8, "出货量达到250万台", 250e4, U, "can", vt="250万"),
      F("tab", 9, "华为出货量为250万台", 250e4, U, "can", vt="250万"), F("tab", 10, "出貨量為250萬臺,年增長率為51%", 250e4, U, "can", vt="250萬"),
      F("tab", 9, "华为本季度出货量为230万台", 230e4, U, "idc", vt="230万")]
G("tab_huawei_q2_2024", TB, "Huawei tablet shipments Q2 2024: Canalys 2.5 million = 250万 (four) vs IDC 230万", "Huawei", "tablet shipments (units)",
  "Q2 2024", "Two trackers (different_basis, conflict defensible).", ms, X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 7, "robust 51% annual growth", 51.0, PC, "can"), F("tab", 8, "同比增长高达51%", 51.0, PC, "can"), F("tab", 9, "同比增长高达51%", 51.0, PC, "can"),
      F("tab", 10, "年增長率為51%", 51.0, PC, "can"), F("tab", 9, "同比增长40.3%", 40.3, PC, "idc")]
G("tab_huawei_growth_q2_2024", TB, "Huawei tablet shipment growth Q2 2024: Canalys 51% (four) vs IDC 40.3%", "Huawei", "tablet shipment growth (percent)",
  "Q2 2024", "Two trackers (different_basis, conflict defensible).", ms, X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 7, "with 2.5 million units shipped", 2.5e6, U, "can", c="r"), F("tab", 8, "在该季度排名第四,出货量为250万台", 250e4, U, "can", c="r", vt="250万"),
      F("tab", 9, "出货量为249万台", 249e4, U, "can", c="p", vt="249万"), F("tab", 10, "出貨量為250萬臺,年增長率為16%", 250e4, U, "can", c="r", vt="250萬"),
      F("tab", 9, "联想本季度出货量为250万台", 250e4, U, "idc", vt="250万"), F("tab", 11, "shipments of 2.5 million units", 2.5e6, U, "idc")]
G("tab_lenovo_q2_2024", TB, "Lenovo tablet shipments Q2 2024: Canalys 249万 (TechWeb) vs 2.5 million / 250万 (three); IDC 2.5 million = 250万 (two)",
  "Lenovo", "tablet shipments (units)", "Q2 2024", "250万 rounds 249万 (rounding); the IDC figures are another tracker (different_basis).",
  ms, PR(ms, rnd))
ms = [F("tab", 7, "16% annual growth", 16.0, PC, "can"), F("tab", 8, "同比增长16%", 16.0, PC, "can"), F("tab", 9, "同比增长16%;", 16.0, PC, "can"),
      F("tab", 10, "年增長率為16%", 16.0, PC, "can"), F("tab", 9, "同比增长16.7%", 16.7, PC, "idc"), F("tab", 11, "growth of 16.7%", 16.7, PC, "idc")]
G("tab_lenovo_growth_q2_2024", TB, "Lenovo tablet shipment growth Q2 2024: Canalys 16% (four) vs IDC 16.7% (two)", "Lenovo",
  "tablet shipment growth (percent)", "Q2 2024", "Two trackers (different_basis, conflict defensible).", ms, X(ms, DC, ["can"], ["idc"]))
ms = [F("tab", 8, "210万台的出货量", 210e4, U, vt="210万"), F("tab", 9, "210万台出货量", 210e4, U, vt="210万"), F("tab", 10, "出貨量為210萬臺", 210e4, U, vt="210萬")]
G("tab_xiaomi_q2_2024", TB, "Xiaomi tablet shipments Q2 2024 (Canalys): 210万 (three)", "Xiaomi", "tablet shipments (units)", "Q2 2024", "Same figure.", ms)
ms = [F("tab", 8, "以106%的增长率", 106.0, PC), F("tab", 9, "小米以106%增长率", 106.0, PC), F("tab", 10, "同比增長106%", 106.0, PC)]
G("tab_xiaomi_growth_q2_2024", TB, "Xiaomi tablet shipment growth Q2 2024 (Canalys): 106% (three)", "Xiaomi", "tablet shipment growth (percent)", "Q2 2024",
  "Same figure.", ms)
ms = [F("tab", 7, "reaching 6.0 million units", 6.0e6, U), F("tab", 10, "達到600萬臺", 600e4, U, vt="600萬")]
G("tab_chromebook_q2_2024", TB, "Chromebook shipments Q2 2024: 6.0 million = 600萬", "world", "Chromebook shipments (units)", "Q2 2024", "Same figure.", ms)
ms = [F("tab", 7, "Chromebook shipments grew by 4%", 4.0, PC), F("tab", 10, "增長了4%", 4.0, PC)]
G("tab_chromebook_growth_q2_2024", TB, "Chromebook shipment growth Q2 2024: 4% (two)", "world", "Chromebook shipment growth (percent)", "Q2 2024",
  "Same figure.", ms)

# ============================================================ tablets: Q3 2024 (IDC), China (Canalys), forecasts
ms = [F("tab", 13, "a total of 39.6 million units", 39.6e6, U), F("tab", 14, "totaling 39.6 million units", 39.6e6, U)]
G("tab_q3_2024", TB, "Worldwide tablet shipments Q3 2024 (IDC): 39.6 million (two)", "world", "tablet shipments (units)", "Q3 2024", "Same figure.", ms)
ms = [F("tab", 13, "increasing by 20.4%", 20.4, PC), F("tab", 14, "grew 20.4%", 20.4, PC)]
G("tab_q3_growth_2024", TB, "Worldwide tablet shipment growth Q3 2024 (IDC): 20.4% (two)", "world", "tablet shipment growth (percent)", "Q3 2024",
  "Same figure.", ms)
ms = [F("tab", 13, "with 12.6 million units shipped", 12.6e6, U, "q324"), F("tab", 14, "shipped 12.6 million units", 12.6e6, U, "q324"),
      F("tab", 14, "sold 12.6 million iPads", 12.6e6, U, "q324"), F("tab", 14, "sales of 12.4 million", 12.4e6, U, "q323")]
G("tab_apple_q3", TB, "Apple iPad shipments Q3 (IDC): 2024 12.6 million (three), 2023 12.4 million", "Apple", "tablet shipments (units)",
  "Q3 2023 / Q3 2024", "Same quarter consistent; other year different_basis.", ms)
ms = [F("tab", 13, "a modest 1.4% growth", 1.4, PC), F("tab", 14, "growth of 1.4%", 1.4, PC)]
G("tab_apple_growth_q3_2024", TB, "Apple iPad shipment growth Q3 2024 (IDC): 1.4% (two)", "Apple", "tablet shipment growth (percent)", "Q3 2024",
  "Same figure.", ms)
ms = [F("tab", 14, "for 31.7% of", 31.7, PC, "q324"), F("tab", 14, "and 37.7% in 3Q23", 37.7, PC, "q323")]
G("tab_apple_share_q3", TB, "Apple's tablet share Q3 (IDC): 2024 31.7%, 2023 37.7%", "Apple", "tablet market share (percent)", "Q3 2023 / Q3 2024",
  "Different years.", ms)
ms = [F("tab", 16, "The iPad now has 26%", 26.0, PC, "q324"), F("tab", 16, "the iPad had 31%", 31.0, PC, "q323")]
G("tab_apple_china_share_q3", TB, "Apple's share of China's tablet market Q3 (Canalys): 2024 26%, 2023 31%", "Apple", "China tablet market share (percent)",
  "Q3 2023 / Q3 2024", "Different years.", ms)
ms = [F("tab", 15, "平板电脑出货量将增长1%", 1.0, PC, "sep", note="Canalys forecast for 2025, September 2024 China report"),
      F("tab", 16, "decline slightly by 2% next year", -2.0, PC, "dec", vt="2%", note="Canalys forecast for 2025, December 2024")]
G("tab_forecast_2025", TB, "Canalys's tablet forecast for 2025: +1% (September 2024) vs -2% (December 2024)", "China (per the pages' context)",
  "tablet shipment growth forecast (percent)", "2025", "A later release of the same compiler with another value (conflict, different_basis "
  "defensible: the scope of either page is not stated plainly).", ms, {(1, 2): CD})

# ============================================================ China civil aviation (CAAC)
ms = [
    F("caa", 1, "旅客運輸量達7.3億人次", 7.3e8, P, "y24", vt="7.3億", note="headline"),
    F("caa", 1, "旅客運輸量7.3億人次", 7.3e8, P, "y24", vt="7.3億"),
    F("caa", 2, "estimated at a record 730 million.", 730e6, P, "y24", note="CAAC estimate of 3 January 2025"),
    F("caa", 2, "estimated at a record 730 million, the", 730e6, P, "y24"),
    F("caa", 3, "passenger volume of 730 million", 730e6, P, "y24"),
    F("caa", 4, "完成旅客运输量超7亿人次", 7e8, P, "ytd", c="h", qualifier="over", vt="7亿", note="headline; to 15 December"),
    F("caa", 4, "完成旅客运输量70048万人次", 70048e4, P, "ytd", c="p", vt="70048万"),
    F("caa", 5, "旅客运输量6.2亿人次", 6.2e8, P, "y23", vt="6.2亿"),
    F("caa", 3, "expected to reach 780 million", 780e6, P, "fc25"),
    F("caa", 13, "旅客运输量接近8亿人次", 8e8, P, "q124", c="h", qualifier="under", vt="8亿", note="Q1 2024; the CAAC figure is 接近1.8亿"),
    F("caa", 14, "旅客運輸量接近1.8億人次", 1.8e8, P, "q124", c="h", qualifier="under", vt="1.8億"),
    F("caa", 11, "旅客運輸量1.8億人次", 1.8e8, P, "q323", note="Q3 2023"),
    F("caa", 12, "旅客運輸量1.29億人次 同比", 1.29e8, P, "q123", vt="1.29億", note="Q1 2023, headline"),
    F("caa", 12, "旅客運輸量1.29億人次,同比", 1.29e8, P, "q123", vt="1.29億"),
    F("caa", 6, "完成旅客运输量5731.8万人次", 5731.8e4, P, "jan24", c="p", vt="5731.8万"),
    F("caa", 8, "完成旅客运输量5731.8万人次", 5731.8e4, P, "jan24", c="p", vt="5731.8万"),
    F("caa", 7, "more than 57.3 million", 57.3e6, P, "jan24", c="h", qualifier="over"),
    F("caa", 9, "完成旅客运输量6913.6万人次", 6913.6e4, P, "jul24", vt="6913.6万"),
    F("caa", 13, "完成旅客运输量5473万人次", 5473e4, P, "mar24", vt="5473万"),
    F("caa", 14, "完成旅客運輸量5473萬人次", 5473e4, P, "mar24", vt="5473萬"),
    F("caa", 15, "完成旅客運輸量3977.5萬人次", 3977.5e4, P, "jan23", vt="3977.5萬"),
]
G("caa_passengers", CA, "China civil aviation passenger traffic by period: 2024 7.3億 = 730 million (five); to 15 Dec 2024 70048万 / 超7亿; 2023 6.2亿; "
  "2025 target 780 million; Q1 2024 '接近8亿' (029car) vs '接近1.8億'; Q3 2023 1.8億; Q1 2023 1.29億 (two); January 2024 5731.8万 (two) / "
  "'more than 57.3 million'; July 2024 6913.6万; March 2024 5473万 (two); January 2023 3977.5萬", "China", "air passenger trips (persons)",
  "2023-2025, months and quarters", "Same period consistent (bounds that contain the figure too); 029car's Q1 2024 '接近8亿' against "
  "'接近1.8億' is a conflict; other periods (and the 2025 target) different_basis.", ms, PR(ms, hedged_or_conflict),
  {(10, 11): C})
ms = [
    F("caa", 1, "、17.9%、", 17.9, PC, "y24", c="p"),
    F("caa", 2, "increase of 18 percent", 18.0, PC, "y24", c="r", note="CAAC's estimate of 3 January"),
    F("caa", 3, "increases of 17.9 percent", 17.9, PC, "y24", c="p"),
    F("caa", 4, "同比增长18.1%", 18.1, PC, "ytd"),
    F("caa", 5, "、146.1%、", 146.1, PC, "y23"),
    F("caa", 13, "同比增长37%", 37.0, PC, "q124"),
    F("caa", 14, "同比增長37.7%", 37.7, PC, "q124"),
    F("caa", 6, "同比增长超44%", 44.0, PC, "jan24", c="h", qualifier="over", note="headline"),
    F("caa", 6, "同比增长44.1%", 44.1, PC, "jan24", c="p"),
    F("caa", 7, "a surge of 44.1 percent", 44.1, PC, "jan24", c="p"),
    F("caa", 8, "同比增长44.1%", 44.1, PC, "jan24", c="p"),
    F("caa", 9, "同比增长10.8%", 10.8, PC, "jul24"),
    F("caa", 13, "同比增长27%", 27.0, PC, "mar24"),
    F("caa", 14, "同比增長25.7%", 25.7, PC, "mar24"),
    F("caa", 15, "同比增長34.8%", 34.8, PC, "jan23"),
    F("caa", 11, "同比增長108.3%", 108.3, PC, "q323"),
    F("caa", 12, "同比增長68.9%", 68.9, PC, "q123", nth=1, note="headline"),
    F("caa", 12, "同比增長68.9%", 68.9, PC, "q123", nth=2),
]


def pg(a, b):
    if a["_c"] == "h" or b["_c"] == "h":
        return K
    if a["_basis"] == "y24":
        return R
    return C


G("caa_passenger_growth", CA, "Passenger traffic growth y/y: 2024 17.9% (two) vs the January estimate's 18%; to 15 Dec 18.1%; 2023 146.1%; Q1 2024 37% "
  "(029car) vs 37.7%; January 2024 44.1% (three) / '超44%'; July 10.8%; March 2024 27% (029car) vs 25.7%; January 2023 34.8%; Q3 2023 108.3%; "
  "Q1 2023 68.9% (two)", "China", "air passenger traffic growth (percent)", "2023-2024 periods",
  "18% rounds 17.9% (rounding); 029car's 37% (for 37.7%) and 27% (for 25.7%) are not roundings (conflict); the bound contains 44.1% "
  "(consistent); other periods different_basis.", ms, PR(ms, pg))
ms = [
    F("caa", 3, "grew by 10.6 percent", 10.6, PC, "y24"),
    F("caa", 4, "较2019年增长10.7%", 10.7, PC, "ytd"),
    F("caa", 13, "较2019年同期增长2%。其中,国内航线完成6亿", 2.0, PC, "q124", vt="2%"),
    F("caa", 14, "較2019年同期增長10.2%", 10.2, PC, "q124"),
    F("caa", 8, "较2019年同期增长7.3%", 7.3, PC, "jan24"),
    F("caa", 9, "较2019年同期增长16.6%", 16.6, PC, "jul24"),
    F("caa", 13, "较2019年同期增长3%", 3.0, PC, "mar24"),
    F("caa", 14, "較2019年同期增長7.3%", 7.3, PC, "mar24"),
]
G("caa_passengers_vs_2019", CA, "Passenger traffic against 2019: 2024 +10.6%; to 15 Dec +10.7%; Q1 2024 +2% (029car) vs +10.2%; January 2024 +7.3%; "
  "July +16.6%; March 2024 +3% (029car) vs +7.3%", "China", "air passenger traffic vs 2019 (percent)", "2024 periods",
  "Same period, different values (conflict); March's 7.3% against January's 7.3% is another period (different_basis).", ms, PR(ms, conflict))
ms = [F("caa", 5, "分别恢复至2019年的91.9%、93.9%", 93.9, PC, "y23", vt="93.9%"), F("caa", 12, "相當於2019年同期的80.0%", 80.0, PC, "q123"),
      F("caa", 15, "、74.5%和", 74.5, PC, "jan23")]
G("caa_passenger_recovery_2023", CA, "Passenger traffic as a share of 2019: 2023 93.9%, Q1 2023 80.0%, January 2023 74.5%", "China",
  "air passenger traffic recovery vs 2019 (percent)", "2023 periods", "Different periods.", ms)
ms = [F("caa", 4, "国内航线完成旅客运输量约6.4亿人次", 6.4e8, P, "ytd", qualifier="approx", vt="6.4亿"),
      F("caa", 13, "国内航线完成6亿人次", 6e8, P, "q124", vt="6亿", note="Q1 2024; the CAAC figure is 1.6亿"),
      F("caa", 14, "國內航線完成1.6億人次", 1.6e8, P, "q124", vt="1.6億"),
      F("caa", 12, "國內航線完成1.26億人次", 1.26e8, P, "q123", vt="1.26億")]
G("caa_domestic_passengers", CA, "Domestic-route passengers: to 15 Dec 2024 約6.4亿; Q1 2024 6亿 (029car) vs 1.6億; Q1 2023 1.26億", "China",
  "domestic air passengers (persons)", "2023-2024 periods", "029car's 6亿 against 1.6億 is a conflict; other periods different_basis.",
  ms, PR(ms, conflict))
ms = [F("caa", 13, "国际航线完成1410万人次", 1410e4, P, "q124", c="r", vt="1410万"),
      F("caa", 14, "國際航線完成1412.0萬人次", 1412.0e4, P, "q124", c="p", vt="1412.0萬"),
      F("caa", 4, "国际航线旅客运输量超6000万人次", 6000e4, P, "ytd", qualifier="over", vt="6000万"),
      F("caa", 12, "國際航線完成224.2萬人次", 224.2e4, P, "q123", vt="224.2萬")]
G("caa_international_passengers", CA, "International-route passengers: Q1 2024 1410万 (029car) vs 1412.0萬; to 15 Dec 2024 超6000万; Q1 2023 224.2萬",
  "China", "international air passengers (persons)", "2023-2024 periods", "1410万 rounds 1412.0萬 (rounding); other periods different_basis.",
  ms, PR(ms, rnd))
ms = [F("caa", 13, "规模较2019年同期增长13%", 13.0, PC, "dom"), F("caa", 14, "規模較2019年同期增長14.3%", 14.3, PC, "dom"),
      F("caa", 13, "规模恢复至2019年同期的70%", 70.0, PC, "intl"), F("caa", 14, "規模恢復至2019年同期的78.0%", 78.0, PC, "intl")]
G("caa_q1_2024_route_vs_2019", CA, "Q1 2024 passengers against 2019 by route: domestic +13% (029car) vs +14.3%; international recovery 70% (029car) vs 78.0%",
  "China", "air passengers vs 2019 by route (percent)", "Q1 2024", "Same measure, different values (conflict); domestic growth vs "
  "international recovery different_basis.", ms, PR(ms, conflict))

ms = [
    F("caa", 1, "運輸總周轉量1485.2億噸公里", 1485.2e8, TKM, "y24", vt="1485.2億"),
    F("caa", 5, "运输总周转量1188.3亿吨公里", 1188.3e8, TKM, "y23", vt="1188.3亿"),
    F("caa", 6, "运输总周转量116.1亿吨公里", 116.1e8, TKM, "jan24", c="p", vt="116.1亿"),
    F("caa", 8, "运输总周转量116.1亿吨公里", 116.1e8, TKM, "jan24", c="p", vt="116.1亿"),
    F("caa", 7, "topped 11.6 billion tonne-kilometers", 11.6e9, TKM, "jan24", c="h", qualifier="over"),
    F("caa", 9, "运输总周转量136.3亿吨公里", 136.3e8, TKM, "jul24", vt="136.3亿"),
    F("caa", 13, "运输总周转量343亿吨公里", 343e8, TKM, "q124", vt="343亿"),
    F("caa", 14, "運輸總周轉量349.3億噸公里", 349.3e8, TKM, "q124", vt="349.3億"),
    F("caa", 11, "運輸總周轉量336.8億噸公里", 336.8e8, TKM, "q323", vt="336.8億"),
    F("caa", 15, "運輸總周轉(zhuǎn)量73.9億噸公里", 73.9e8, TKM, "jan23", vt="73.9億"),
]
G("caa_rtk", CA, "Total transport turnover (tonne-km): 2024 1485.2億; 2023 1188.3亿; January 2024 116.1亿 (two) / 'topped 11.6 billion'; July 2024 136.3亿; "
  "Q1 2024 343亿 (029car) vs 349.3億; Q3 2023 336.8億; January 2023 73.9億", "China", "total transport turnover (tonne-km)",
  "2023-2024 periods", "029car's 343亿 against 349.3億 is a conflict; the bound contains 116.1亿 (consistent); other periods different_basis.",
  ms, PR(ms, hedged_or_conflict))
ms = [F("caa", 13, "国内航线完成236亿吨公里", 236e8, TKM, "dom", vt="236亿"), F("caa", 14, "國內航線完成238.6億噸公里", 238.6e8, TKM, "dom", vt="238.6億"),
      F("caa", 13, "国际航线完成17亿吨公里", 17e8, TKM, "intl", vt="17亿"), F("caa", 14, "國際航線完成110.7億噸公里", 110.7e8, TKM, "intl", vt="110.7億")]
G("caa_rtk_by_route_q1_2024", CA, "Q1 2024 turnover by route: domestic 236亿 (029car) vs 238.6億; international 17亿 (029car) vs 110.7億", "China",
  "transport turnover by route (tonne-km)", "Q1 2024", "Same route, different values (conflict); domestic vs international different_basis.",
  ms, PR(ms, conflict))
ms = [
    F("caa", 1, "同比分別增長25%", 25.0, PC, "y24"),
    F("caa", 5, "同比分别增长98.3%", 98.3, PC, "y23"),
    F("caa", 6, "同比增长57.1%", 57.1, PC, "jan24"),
    F("caa", 7, "up 57.1 percent", 57.1, PC, "jan24"),
    F("caa", 8, "同比增长57.1%", 57.1, PC, "jan24"),
    F("caa", 9, "同比增长19.9%", 19.9, PC, "jul24"),
    F("caa", 13, "同比增长46%", 46.0, PC, "q124", c="r"),
    F("caa", 14, "同比增長45.6%", 45.6, PC, "q124", c="p"),
    F("caa", 11, "同比增長89.3%", 89.3, PC, "q323"),
    F("caa", 15, "同比增長13.9%", 13.9, PC, "jan23"),
]
G("caa_rtk_growth", CA, "Transport turnover growth y/y: 2024 25%; 2023 98.3%; January 2024 57.1% (three); July 2024 19.9%; Q1 2024 46% (029car) vs 45.6%; "
  "Q3 2023 89.3%; January 2023 13.9%", "China", "transport turnover growth (percent)", "2023-2024 periods",
  "46% rounds 45.6% (rounding); other periods different_basis.", ms, PR(ms, rnd))
ms = [F("caa", 13, "较2019年同期增长19%", 19.0, PC, "q124"), F("caa", 14, "較2019年同期增長12.9%", 12.9, PC, "q124"),
      F("caa", 8, "较2019年同期增长9.3%", 9.3, PC, "jan24"), F("caa", 9, "较2019年同期增长20.3%", 20.3, PC, "jul24"),
      F("caa", 11, "恢復至2019年同期的99.6%", 99.6, PC, "q323rec", note="Q3 2023 turnover as a share of 2019")]
G("caa_rtk_vs_2019", CA, "Transport turnover against 2019: Q1 2024 +19% (029car) vs +12.9%; January 2024 +9.3%; July 2024 +20.3%; Q3 2023 at 99.6% of 2019",
  "China", "transport turnover vs 2019 (percent)", "2023-2024 periods", "029car's 19% against 12.9% is a conflict; other periods different_basis.",
  ms, PR(ms, conflict))

ms = [
    F("caa", 1, "貨郵運輸量898.2萬噸", 898.2e4, T, "y24", c="p", vt="898.2萬"),
    F("caa", 3, "cargo/mail volume of 8.98 million metric tons", 8.98e6, T, "y24", c="r"),
    F("caa", 5, "货邮运输量735.4万吨", 735.4e4, T, "y23", vt="735.4万"),
    F("caa", 3, "cargo/mail at 9.5 million tons", 9.5e6, T, "fc25"),
    F("caa", 6, "完成货邮运输量75.3万吨", 75.3e4, T, "jan24", vt="75.3万"),
    F("caa", 8, "完成货邮运输量75.3万吨", 75.3e4, T, "jan24", vt="75.3万"),
    F("caa", 7, "Some 753,000 tonnes", 753000, T, "jan24", qualifier="approx"),
    F("caa", 13, "共完成货邮运输量200.7万吨", 200.7e4, T, "q124", vt="200.7万"),
    F("caa", 14, "共完成貨郵運輸量200.7萬噸", 200.7e4, T, "q124", vt="200.7萬"),
    F("caa", 13, "完成货邮运输量70.8万吨", 70.8e4, T, "mar24", vt="70.8万"),
    F("caa", 14, "完成貨郵運輸量70.8萬噸", 70.8e4, T, "mar24", vt="70.8萬"),
    F("caa", 11, "貨郵運輸量194.0萬噸", 194.0e4, T, "q323", vt="194.0萬"),
]
G("caa_cargo", CA, "Cargo and mail carried: 2024 898.2萬 vs 8.98 million tonnes; 2023 735.4万; 2025 target 9.5 million; January 2024 75.3万 (two) = 'some 753,000'; "
  "Q1 2024 200.7万 (two); March 2024 70.8万 (two); Q3 2023 194.0萬", "China", "cargo and mail carried (tonnes)", "2023-2025 periods",
  "8.98 million rounds 898.2萬 (rounding); other periods different_basis.", ms, PR(ms, rnd))
ms = [F("caa", 13, "国内航线完成122万吨", 122e4, T, "dom", vt="122万"), F("caa", 14, "國內航線完成123.2萬噸", 123.2e4, T, "dom", vt="123.2萬"),
      F("caa", 13, "国际航线完成75万吨", 75e4, T, "intl", vt="75万"), F("caa", 14, "國際航線完成77.5萬噸", 77.5e4, T, "intl", vt="77.5萬")]
G("caa_cargo_by_route_q1_2024", CA, "Q1 2024 cargo by route: domestic 122万 (029car) vs 123.2萬; international 75万 (029car) vs 77.5萬", "China",
  "cargo and mail by route (tonnes)", "Q1 2024", "Neither 122 nor 75 is a rounding of 123.2 / 77.5 (conflict); routes different_basis.",
  ms, PR(ms, conflict))
ms = [
    F("caa", 1, "、22.1%。", 22.1, PC, "y24"),
    F("caa", 3, "and 22.1 percent", 22.1, PC, "y24"),
    F("caa", 5, "、21%,分别", 21.0, PC, "y23"),
    F("caa", 6, "同比增长53.9%", 53.9, PC, "jan24"),
    F("caa", 8, "同比增长53.9%", 53.9, PC, "jan24"),
    F("caa", 13, "同比增长34%", 34.0, PC, "q124", c="r"),
    F("caa", 14, "同比增長34.4%", 34.4, PC, "q124", c="p"),
    F("caa", 13, "同比增长22%", 22.0, PC, "mar24", c="p"),
    F("caa", 14, "同比增長28.2%", 28.2, PC, "mar24", c="p"),
    F("caa", 11, "同比增長24.4%", 24.4, PC, "q323"),
]


def cg(a, b):
    return R if a["_basis"] == "q124" else C


G("caa_cargo_growth", CA, "Cargo and mail growth y/y: 2024 22.1% (two); 2023 21%; January 2024 53.9% (two); Q1 2024 34% (029car) vs 34.4%; "
  "March 2024 22% (029car) vs 28.2%; Q3 2023 24.4%", "China", "cargo and mail growth (percent)", "2023-2024 periods",
  "34% rounds 34.4% (rounding); 22% against 28.2% is a conflict (and 029car's 22% equals 2024's 22.1% only by chance: different_basis); "
  "other periods different_basis.", ms, PR(ms, cg))
ms = [
    F("caa", 3, "cargo/mail by 19.3 percent", 19.3, PC, "y24"),
    F("caa", 13, "较2019年同期增长16%", 16.0, PC, "q124"),
    F("caa", 14, "較2019年同期增長19.6%", 19.6, PC, "q124"),
    F("caa", 8, "较2019年同期增长12.2%", 12.2, PC, "jan24"),
    F("caa", 13, "同比增长22%,较2019年同期增长13%", 13.0, PC, "mar24", vt="13%"),
    F("caa", 14, "較2019年同期增長12.3%", 12.3, PC, "mar24"),
    F("caa", 11, "較2019年同期增長0.2%", 0.2, PC, "q323"),
    F("caa", 13, "较2019年同期增长2%;", 2.0, PC, "q124dom"),
    F("caa", 14, "較2019年同期增長8.2%", 8.2, PC, "q124dom"),
    F("caa", 13, "较2019年同期增长46%", 46.0, PC, "q124intl"),
    F("caa", 14, "較2019年同期增長43.6%", 43.6, PC, "q124intl"),
]
G("caa_cargo_vs_2019", CA, "Cargo and mail against 2019: 2024 +19.3%; Q1 2024 +16% (029car) vs +19.6%; January 2024 +12.2%; March 2024 +13% (029car) "
  "vs +12.3%; Q3 2023 +0.2%; Q1 2024 domestic +2% (029car) vs +8.2%, international +46% (029car) vs +43.6%", "China",
  "cargo and mail vs 2019 (percent)", "2023-2024 periods", "Every 029car figure disagrees with CAAC's (13% is not a rounding of 12.3%: "
  "conflict); other periods / routes different_basis.", ms, PR(ms, conflict))

ms = [F("caa", 1, "增至每周6400班", 6400, CNT), F("caa", 3, "surged to weekly 6,400", 6400, CNT)]
G("caa_international_flights_2024", CA, "International passenger flights per week, end 2024: 6400 (two)", "China", "weekly international flights (count)",
  "2024", "Same figure.", ms)
ms = [F("caa", 1, "恢復至2019年的84%", 84.0, PC), F("caa", 3, "reaching 84 percent", 84.0, PC)]
G("caa_international_flights_recovery", CA, "International flights as a share of 2019: 84% (two)", "China", "international flights recovery (percent)",
  "2024", "Same figure.", ms)
ms = [F("caa", 1, "國際貨郵運輸量同比增長29.3%", 29.3, PC), F("caa", 3, "up by 29.3 percent", 29.3, PC)]
G("caa_international_cargo_growth_2024", CA, "International cargo and mail growth 2024: 29.3% (two)", "China", "international cargo growth (percent)",
  "2024", "Same figure.", ms)
ms = [F("caa", 6, "累计运输旅客7020万人次", 7020e4, P, "sf24", vt="7020万"), F("caa", 8, "今年春运以来民航累计运输旅客7020万人次", 7020e4, P, "sf24", vt="7020万"),
      F("caa", 8, "民航累计运输旅客7020万人次,日均", 7020e4, P, "sf24", vt="7020万"),
      F("caa", 2, "a record 90 million passenger trips", 90e6, P, "sf25", note="expected for the 2025 Spring Festival season")]
G("caa_spring_festival", CA, "Spring Festival air passengers: 2024 (to 27 February) 7020万 (three); 2025 expected 90 million", "China",
  "Spring Festival air passengers (persons)", "2024 / 2025", "Same season consistent; the 2025 expectation different_basis.", ms)
ms = [F("caa", 6, "比2023年同期增长56.3%", 56.3, PC), F("caa", 8, "比2023年春运同期增长56.3%", 56.3, PC)]
G("caa_spring_festival_growth", CA, "Spring Festival 2024 air passenger growth: 56.3% (two)", "China", "Spring Festival passenger growth (percent)", "2024",
  "Same figure.", ms)
ms = [F("caa", 6, "累计保障航班56.8万班", 56.8e4, CNT, vt="56.8万"), F("caa", 8, "累计保障航班56.8万班", 56.8e4, CNT, vt="56.8万")]
G("caa_spring_festival_flights", CA, "Spring Festival 2024 flights: 56.8万 (two)", "China", "Spring Festival flights (count)", "2024", "Same figure.", ms)
ms = [F("caa", 6, "比2023年同期增长29.8%", 29.8, PC), F("caa", 8, "比2023年春运同期增长29.8%", 29.8, PC)]
G("caa_spring_festival_flights_growth", CA, "Spring Festival 2024 flight growth: 29.8% (two)", "China", "Spring Festival flight growth (percent)", "2024",
  "Same figure.", ms)
ms = [F("caa", 10, "passenger throughput of 1.46 billion, cargo", 1.46e9, P), F("caa", 10, "passenger throughput of 1.46 billion, an increase", 1.46e9, P)]
G("caa_airport_throughput_2024", CA, "Airport passenger throughput 2024: 1.46 billion (two, one page)", "China", "airport passenger throughput (persons)",
  "2024", "Same figure (airport throughput counts each trip twice; not the 730 million traffic figure).", ms)

# ============================================================ singles: claims
# FDI
S("fdi", 4, "a steep 23% decline", "23%", -23.0, PC)
S("fdi", 4, "saw a 3% dip", "3%", -3.0, PC)
S("fdi", 4, "an 8% growth in new greenfield", "8%", 8.0, PC)
S("fdi", 4, "saw a 47% drop", "47%", -47.0, PC)
S("fdi", 4, "recorded a 16% decline", "16%", -16.0, PC)
S("fdi", 5, "Germany (-89%)", "-89%", -89.0, PC)
S("fdi", 5, "Spain (-39%)", "-39%", -39.0, PC)
S("fdi", 5, "Italy (-24%)", "-24%", -24.0, PC)
S("fdi", 5, "France (-20%)", "-20%", -20.0, PC)
S("fdi", 7, "attracted US$225 billion", "US$225 billion", 225e9, USD)
S("fdi", 7, "a 10 percent rise", "10 percent", 10.0, PC)
S("fdi", 8, "(USD 279 billion)", "USD 279 billion", 279e9, USD)
S("fdi", 8, "Singapore (USD 143 billion)", "USD 143 billion", 143e9, USD)
S("fdi", 8, "Hong Kong (USD 126 billion)", "USD 126 billion", 126e9, USD)
S("fdi", 8, "(USD 266 billion)", "USD 266 billion", 266e9, USD)
S("fdi", 8, "Japan (USD 204 billion)", "USD 204 billion", 204e9, USD)
S("fdi", 8, "China (USD 163 billion)", "USD 163 billion", 163e9, USD)
S("fdi", 8, "saw a 14% increase", "14%", 14.0, PC)
S("fdi", 9, "下降了26%", "26%", -26.0, PC)
S("fdi", 9, "数量增加了3%", "3%", 3.0, PC)
S("fdi", 9, "其价值下降了5%", "5%", -5.0, PC)
S("fdi", 9, "达到1.3万亿美元", "1.3万亿", 1.3e12, USD, note="greenfield announcements; not the 2023 FDI total")
S("fdi", 9, "增长了14%", "14%", 14.0, PC)
S("fdi", 9, "达到4430亿美元", "4430亿", 4430e8, USD)
S("fdi", 10, "大幅減少36%", "36%", -36.0, PC)
S("fdi", 10, "縮減9%", "9%", -9.0, PC)
S("fdi", 10, "降至2520億美元", "2520億", 2520e8, USD)
S("fdi", 10, "的FDI增長2%", "2%", 2.0, PC)
S("fdi", 10, "比重升至54%", "54%", 54.0, PC)
S("fdi", 10, "流入量增長近4%", "4%", 4.0, PC, qualifier="under")
S("fdi", 10, "達約1390億美元", "1390億", 1390e8, USD, qualifier="approx")
S("fdi", 12, "a remarkable 130.8 percent increase", "130.8 percent", 130.8, PC)
S("fdi", 13, "引資4233.4億元", "4233.4億", 4233.4e8, CNY)
S("fdi", 13, "比重為37.3%", "37.3%", 37.3, PC)
S("fdi", 13, "提升1.2個百分點", "1.2", 1.2, PP)
S("fdi", 13, "同比增長6.5%", "6.5%", 6.5, PC)
S("fdi", 13, "分別增長32.1%", "32.1%", 32.1, PC)
S("fdi", 13, "、12.2%。", "12.2%", 12.2, PC)
S("fdi", 13, "增速達84.1%", "84.1%", 84.1, PC)
S("fdi", 13, "為81.0%", "81.0%", 81.0, PC)
S("fdi", 14, "收窄1.9个百分点", "1.9", 1.9, PP)
S("fdi", 14, "同比增长6%", "6%", 6.0, PC)
S("fdi", 14, "提高0.3个百分点", "0.3", 0.3, PP)
S("fdi", 14, "同比增长6.4%", "6.4%", 6.4, PC)
S("fdi", 16, "比重为28.6%", "28.6%", 28.6, PC)
S("fdi", 16, "提高2.9个百分点", "2.9", 2.9, PP)
S("fdi", 17, "approximately $75.3 billion", "$75.3 billion", 75.3e9, USD, qualifier="approx")
S("fdi", 18, "分別超3.6兆美元", "3.6兆", 3.6e12, USD, qualifier="over")
S("fdi", 18, "和3.1兆美元", "3.1兆", 3.1e12, USD, qualifier="over")
S("fdi", 18, "貢獻了73.4%", "73.4%", 73.4, PC)
# tablets
S("tab", 5, "共同占据了57.4%", "57.4%", 57.4, PC)
S("tab", 5, "下降了1.4个百分点", "1.4", 1.4, PP)
S("tab", 5, "分别比前一年增长了12%", "12%", 12.0, PC)
S("tab", 5, "超过1000万台", "1000万", 1000e4, U, qualifier="over")
S("tab", 6, "差距为2912.8万台", "2912.8万", 2912.8e4, U)
S("tab", 6, "高出1704.9万台", "1704.9万", 1704.9e4, U)
S("tab", 6, "差距升级到了4617.7万台", "4617.7万", 4617.7e4, U)
S("tab", 6, "苹果是华为的5.28倍", "5.28", 5.28, "times")
S("tab", 6, "出货量为263.9万台", "263.9万", 263.9e4, U)
S("tab", 6, "市场份额为6.6%", "6.6%", 6.6, PC)
S("tab", 6, "同比下跌6.3%", "6.3%", -6.3, PC)
S("tab", 6, "小米(51.4%)", "51.4%", 51.4, PC)
S("tab", 9, "大幅增长 95%", "95%", 95.0, PC)
S("tab", 9, "出货量增长15%", "15%", 15.0, PC)
S("tab", 9, "出货量达270万台", "270万", 270e4, U)
S("tab", 9, "同比增长高达70%", "70%", 70.0, PC)
S("tab", 9, "联想出货量为210万台", "210万", 210e4, U)
S("tab", 9, "同比增长12.9%", "12.9%", 12.9, PC)
S("tab", 11, "growth (39.7%)", "39.7%", 39.7, PC)
S("tab", 11, "tablets (11.7%)", "11.7%", 11.7, PC)
S("tab", 12, "Samsung with 20.1%", "20.1%", 20.1, PC)
S("tab", 12, "Lenovo (7.3% market share)", "7.3%", 7.3, PC)
S("tab", 12, "Huawei (6.8%)", "6.8%", 6.8, PC)
S("tab", 12, "Xiaomi (5.8%)", "5.8%", 5.8, PC)
S("tab", 13, "Samsung followed with 7.1 million units", "7.1 million", 7.1e6, U)
S("tab", 13, "an 18.3% year-over-year growth", "18.3%", 18.3, PC)
S("tab", 13, "impressive 111.3% growth", "111.3%", 111.3, PC)
S("tab", 13, "shipping 4.6 million units", "4.6 million", 4.6e6, U)
S("tab", 13, "achieving 44.1% growth", "44.1%", 44.1, PC)
S("tab", 13, "shipping 3.2 million units", "3.2 million", 3.2e6, U)
S("tab", 13, "healthy 14.7% growth", "14.7%", 14.7, PC)
S("tab", 13, "shipping 3 million units", "3 million", 3e6, U)
S("tab", 14, "Samsung (17.9%)", "17.9%", 17.9, PC)
S("tab", 14, "Amazon (11.6%)", "11.6%", 11.6, PC)
S("tab", 14, "Huawei (8.2%)", "8.2%", 8.2, PC)
S("tab", 14, "Lenovo (7.6%)", "7.6%", 7.6, PC)
S("tab", 15, "同比下降6%至910万台", "910万", 910e4, U)
S("tab", 15, "平板电脑销量激增20%", "20%", 20.0, PC)
S("tab", 15, "至783万台", "783万", 783e4, U)
S("tab", 15, "PC市场将下滑4%", "4%", -4.0, PC)
S("tab", 15, "PC出货量将增长12%", "12%", 12.0, PC)
S("tab", 15, "华为出货量为205万台", "205万", 205e4, U)
S("tab", 15, "同比增长66%", "66%", 66.0, PC)
S("tab", 15, "市场份额为26%", "26%", 26.0, PC)
S("tab", 15, "苹果出货量为201.8万台", "201.8万", 201.8e4, U)
S("tab", 15, "出货量同比下降14%", "14%", -14.0, PC)
S("tab", 15, "小米出货量为92.5万台", "92.5万", 92.5e4, U)
S("tab", 16, "growing 5% year on year", "5%", 5.0, PC)
S("tab", 16, "to 7.7 million units", "7.7 million", 7.7e6, U)
S("tab", 16, "declined 13% year-over-year", "13%", -13.0, PC)
S("tab", 16, "compared to 29% for Samsung", "29%", 29.0, PC)
S("tab", 16, "growing by 9% and 4%", "9%", 9.0, PC)
# civil aviation
S("caa", 1, "分別增長 152.4%", "152.4%", 152.4, PC)
S("caa", 1, "、49.5%、", "49.5%", 49.5, PC)
S("caa", 1, "、25.7%。", "25.7%", 25.7, PC)
S("caa", 1, "同比減虧192.4億元", "192.4億", 192.4e8, CNY)
S("caa", 1, "全國92.6%的地級行政單元", "92.6%", 92.6, PC)
S("caa", 1, "91.2%的人口", "91.2%", 91.2, PC)
S("caa", 1, "94.3%的經濟總量", "94.3%", 94.3, PC)
S("caa", 1, "國家航點19個", "19", 19, CNT)
S("caa", 2, "13.81 million flight hours", "13.81 million", 13.81e6, "hours")
S("caa", 2, "5.39 million flights", "5.39 million", 5.39e6, CNT)
S("caa", 2, "up 13.1 percent", "13.1 percent", 13.1, PC)
S("caa", 2, "and 9.5 percent year on year", "9.5 percent", 9.5, PC)
S("caa", 4, "日均旅客运输量超200万人次", "200万", 200e4, P, qualifier="over")
S("caa", 4, "较2019年同期增长约14%", "14%", 14.0, PC, qualifier="approx")
S("caa", 5, "恢复至2019年的91.9%", "91.9%", 91.9, PC)
S("caa", 5, "93.9%、97.6%", "97.6%", 97.6, PC)
S("caa", 5, "飞机日利用率8.1小时", "8.1", 8.1, "hours")
S("caa", 5, "同比提高3.8个小时", "3.8", 3.8, "hours")
S("caa", 5, "正班客座率77.9%", "77.9%", 77.9, PC)
S("caa", 5, "载运率67.7%", "67.7%", 67.7, PC)
S("caa", 5, "同比提高11.3和2.7个百分点", "11.3", 11.3, PP)
S("caa", 8, "日均213万人次", "213万", 213e4, P)
S("caa", 8, "比2019年增长16.6%", "16.6%", 16.6, PC)
S("caa", 8, "日均保障17222班", "17222", 17222, CNT)
S("caa", 8, "比2019年增长3.7%", "3.7%", 3.7, PC)
S("caa", 9, "累计运输旅客1.17亿人次", "1.17亿", 1.17e8, P)
S("caa", 9, "日均达到228.6万人次", "228.6万", 228.6e4, P)
S("caa", 9, "同比增长11%", "11%", 11.0, PC)
S("caa", 10, "20.062 million tons", "20.062 million", 20.062e6, T)
S("caa", 10, "12.4 million aircraft takeoffs", "12.4 million", 12.4e6, CNT)
S("caa", 10, "an increase of 15.9%", "15.9%", 15.9, PC)
S("caa", 10, "reached nearly 100 million", "100 million", 100e6, P, qualifier="under")
S("caa", 10, "an increase of 109.8%", "109.8%", 109.8, PC)
S("caa", 10, "10 million reached 40", "40", 40, CNT)
S("caa", 11, "提高8.1個百分點", "8.1", 8.1, PP)
S("caa", 11, "提高3.3個百分點", "3.3", 3.3, PP)
S("caa", 12, "大幅提升51.0個百分點", "51.0", 51.0, PP)
S("caa", 12, "同比增長66.6%", "66.6%", 66.6, PC)
S("caa", 12, "2019年同期的88.6%", "88.6%", 88.6, PC)
S("caa", 12, "同比增長717.0%", "717.0%", 717.0, PC)
S("caa", 12, "2019年同期的12.4%", "12.4%", 12.4, PC)
S("caa", 12, "疫情前同期的18.1%", "18.1%", 18.1, PC)
S("caa", 15, "分別恢復(fù)至2019年同期的69.5%", "69.5%", 69.5, PC)
S("caa", 15, "74.5%和72.9%", "72.9%", 72.9, PC)
S("caa", 15, "分別提高26.1", "26.1", 26.1, PP)

# ============================================================ singles: not claims
S("fdi", 1, "on 20 June", not_a_claim=True, kind="date")
S("fdi", 3, "on 20 June", not_a_claim=True, kind="date")
S("fdi", 5, "World Investment Report 2025 shows", not_a_claim=True, kind="name")
S("fdi", 8, "World Investment Report 2025: International", not_a_claim=True, kind="name")
S("fdi", 10, "《2019年世界投資報告》", not_a_claim=True, kind="name")
S("fdi", 12, " date 2025-01-18", not_a_claim=True, kind="date")
S("fdi", 12, "16 px", not_a_claim=True, kind="page_furniture")
S("fdi", 13, "中國商務部19日公布", not_a_claim=True, kind="date")
S("fdi", 14, "北京12月14日电", not_a_claim=True, kind="dateline")
S("fdi", 16, "7*24 快讯", not_a_claim=True, kind="page_furniture")
S("fdi", 16, "2024年1-7月", not_a_claim=True, kind="period")
S("fdi", 18, "9月9日在福建廈門", not_a_claim=True, kind="date")
S("fdi", 18, "《中國外資統計公報2025》顯示，2024年", not_a_claim=True, kind="name")
S("tab", 1, " date 2025-02-07", not_a_claim=True, kind="date")
S("tab", 1, "between 2016 and 2024", not_a_claim=True, kind="period")
S("tab", 6, "2月7日消息", not_a_claim=True, kind="date")
S("tab", 6, "小米平板5", not_a_claim=True, kind="model_name")
S("tab", 7, " date 2024-08-11", not_a_claim=True, kind="date")
S("tab", 9, "8月11日消息", not_a_claim=True, kind="date")
S("tab", 11, " date 2024-08-02", not_a_claim=True, kind="date")
S("tab", 11, "the 11″ and 13″ iPad Air", not_a_claim=True, kind="model_name")
S("tab", 12, " date 2024-08-05", not_a_claim=True, kind="date")
S("tab", 13, "Galaxy Tab S10 Ultra", not_a_claim=True, kind="model_name")
S("tab", 13, "Fire HD 8", not_a_claim=True, kind="model_name")
S("tab", 13, "MatePad SE 11", not_a_claim=True, kind="model_name")
S("tab", 15, "9月27日", not_a_claim=True, kind="date")
S("tab", 16, " date 2024-12-18", not_a_claim=True, kind="date")
S("caa", 1, "2025-01-09 11:15", not_a_claim=True, kind="date")
S("caa", 1, "香港新聞網1月9日電", not_a_claim=True, kind="dateline")
S("caa", 1, "“3+7+N”", not_a_claim=True, kind="name")
S("caa", 2, " date 2025-01-03", not_a_claim=True, kind="date")
S("caa", 2, "20:33 UTC+8, 2025-01-03", not_a_claim=True, kind="date")
S("caa", 2, "from January 14 to February 22", not_a_claim=True, kind="date")
S("caa", 3, " date 2025-01-10", not_a_claim=True, kind="date")
S("caa", 3, "10:03, January 10, 2025", not_a_claim=True, kind="date")
S("caa", 4, "2024-12-23 14:54:32", not_a_claim=True, kind="date")
S("caa", 6, "发布时间:2024-03-02", not_a_claim=True, kind="date")
S("caa", 7, " date 2024-02-29", not_a_claim=True, kind="date")
S("caa", 7, "9 percent year on year", not_a_claim=True, kind="fragment",
  note="the tail of '53.9 percent' broken across two lines by the page; not a 9% claim")
S("caa", 8, "sp20241118", not_a_claim=True, kind="identifier")
S("caa", 8, "截至2月27日,农历正月十八", not_a_claim=True, kind="date")
S("caa", 9, "( 2024年08月25日 01 版)", not_a_claim=True, kind="date")
S("caa", 10, "2024 National Civil Transport Airport Production Statistical Bulletin", not_a_claim=True, kind="name")
S("caa", 11, "時間:2023-10-28", not_a_claim=True, kind="date")
S("caa", 12, "發布時間:2023-04-18 15:03:00", not_a_claim=True, kind="date")
S("caa", 13, "发布时间:2024-04-16 10:01:09", not_a_claim=True, kind="date")
S("caa", 14, "發布時間:2024-04-16 16:27:43", not_a_claim=True, kind="date")

if ERRS:
    for e in ERRS:
        print("quote error:", e)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh22.toml", "corpus-fresh22")
