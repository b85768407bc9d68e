"""Hand annotation of corpus-fresh71, written as data; emits gold.d/fresh71.toml (then run
corpus/check_gold.py --dir corpus-fresh71 --build).

Three company-results domains (news / business statistics): Wuliangye's 2023 results and Q1 2023 / Q1 2024 quarters /
五粮液业绩 / 五糧液業績 (`wly-*`), Luzhou Laojiao's 2023 results and its thirty listed years / 泸州老窖业绩 (`lzl-*`)
and China Shenhua's 2023 dividend / 中国神华2023年度利润分配 (`shn-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, million = 1e6, billion = 1e9;
money in CNY, shares in percent, multiples ('增长了92倍') in times, tonnes in tonne.
Bases: 'a' the measure as named in the group; 'total' the net profit including minority interests (beawan's 净利润)
where the group's measure is the profit attributable to shareholders (归母); 'thru2022' a count dated a year earlier;
'ratio' / 'increase' the two readings of '增长了N倍' (stockstar's N = end / start, thepaper's N = end / start - 1; audit).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, P, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

WLY, LZL, SHN = "wuliangye-results", "luzhou-laojiao-results", "china-shenhua-dividend"
CNY, T, X, YR, SH = "CNY", "tonne", "times", "years", "count"
DPS10, DPS = "CNY", "CNY"  # per 10 shares / per share: a price per unit, kept in the currency as written
YI, BN, MN = 1e8, 1e9, 1e6

# ============================================================ Wuliangye
ms = [
    F("wly", 1, "营业总收入832.72 亿元", 832.72 * YI, CNY),
    F("wly", 2, "達到832.72億元", 832.72 * YI, CNY),
    F("wly", 3, "RMB 83.27 billion", 83.27 * BN, CNY),
    F("wly", 4, "营业收入832.72亿元", 832.72 * YI, CNY),
    F("wly", 5, "营业总收入832.72 亿元", 832.72 * YI, CNY),
    # audit: gsmyg's '首次站上800億元' is the same 2023 revenue stated as a floor (was a single)
    F("wly", 2, "首次站上800億元", 800 * YI, CNY, q="over"),
]
G("wly_rev_2023", WLY, "Wuliangye's 2023 operating revenue: 832.72亿元 four times against reportify's RMB 83.27 billion; gsmyg's 'first time above 800亿'",
  "Wuliangye (五粮液)", "total operating revenue", "2023",
  "83.27 billion rounds 832.72亿 (83.272 billion): rounding. 'Above 800亿' holds every figure: consistent.", ms)
ms = [
    F("wly", 1, "同比增长12.58%", 12.58, PC),
    F("wly", 2, "同比增長12.58%", 12.58, PC),
    F("wly", 3, "a 12.58% increase", 12.58, PC),
    F("wly", 4, "同比+12.58%", 12.58, PC),
    F("wly", 5, "(+12.58%)", 12.58, PC),
]
G("wly_rev_2023_growth", WLY, "Growth of Wuliangye's 2023 revenue: 12.58% five times", "Wuliangye (五粮液)",
  "total operating revenue, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("wly", 1, "净利润 302.11亿元", 302.11 * YI, CNY),
    F("wly", 2, "歸母凈利302.11億元", 302.11 * YI, CNY),
    F("wly", 3, "RMB 30.21 billion", 30.21 * BN, CNY),
    F("wly", 4, "归母净利润302.11亿元", 302.11 * YI, CNY),
    F("wly", 5, "归母净利润302.11 亿元", 302.11 * YI, CNY),
]
G("wly_np_2023", WLY, "Wuliangye's 2023 net profit attributable to shareholders: 302.11亿元 four times against RMB 30.21 billion",
  "Wuliangye (五粮液)", "net profit attributable to shareholders", "2023",
  "30.21 billion rounds 302.11亿 (30.211 billion): rounding.", ms)
ms = [
    F("wly", 1, "同比增长 13.19%", 13.19, PC),
    F("wly", 2, "同比增長13.19%", 13.19, PC),
    F("wly", 3, "up 13.19% year-on-year", 13.19, PC),
    F("wly", 4, "同比+13.19%", 13.19, PC),
    F("wly", 5, "(+13.19%)", 13.19, PC),
]
G("wly_np_2023_growth", WLY, "Growth of Wuliangye's 2023 attributable net profit: 13.19% five times", "Wuliangye (五粮液)",
  "net profit attributable to shareholders, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("wly", 1, "现金红利46.70元", 46.70, DPS10),
    F("wly", 2, "紅利46.70元", 46.70, DPS10),
    F("wly", 4, "派46.7元", 46.7, DPS10),
    F("wly", 9, "现金红利46.70元", 46.70, DPS10),
]
G("wly_dps_2023", WLY, "Wuliangye's 2023 cash dividend per 10 shares: 46.70元 three times and 46.7元", "Wuliangye (五粮液)",
  "cash dividend per 10 shares (proposal)", "2023", "Same value: consistent.", ms)
ms = [
    F("wly", 2, "分紅總額為181.27億元", 181.27 * YI, CNY),
    F("wly", 4, "合计派发现金红利181.27亿元", 181.27 * YI, CNY),
]
G("wly_div_total_2023", WLY, "Wuliangye's 2023 total cash dividend: 181.27亿元 twice", "Wuliangye (五粮液)",
  "total cash dividend (proposal)", "2023", "Consistent.", ms)
ms = [
    F("wly", 1, "连续8年", 8, YR),
    F("wly", 2, "連續第七年", 7, YR, vt="七", step=1),
    F("wly", 8, "五粮液连续七年双位数增长", 7, YR, vt="七", step=1, basis="thru2022"),
]
G("wly_double_digit_years", WLY, "Consecutive years of double-digit growth in revenue and net profit up to 2023: pltyw's 8 against gsmyg's 'seventh year'; TOM's seven up to 2022",
  "Wuliangye (五粮液)", "consecutive years of double-digit revenue and net-profit growth", "up to 2023",
  "pltyw (连续8年) and gsmyg (連續第七年, said of 2023) count the same run to 2023: 8 against 7, conflict. TOM's headline "
  "(May 2023) counts the run to 2022 ('2022年已经是...连续七年'): different_basis, auto's verdict as alt (OTHER).", ms,
  OTHER({"thru2022"}))
ms = [
    F("wly", 1, "实现营业收入348.33亿元", 348.33 * YI, CNY),
    F("wly", 2, "營收逼近350億元", 350 * YI, CNY, q="under"),
    F("wly", 4, "实现营收348.33亿元", 348.33 * YI, CNY),
    F("wly", 5, "营业总收入348.33 亿元", 348.33 * YI, CNY),
    F("wly", 6, "实现营收348.33亿元", 348.33 * YI, CNY),
    F("wly", 6, "营业收入 | 348.33亿元", 348.33 * YI, CNY),
]
G("wly_rev_q1_2024", WLY, "Wuliangye's Q1 2024 revenue: 348.33亿元 five times and gsmyg's 'close to 350亿'", "Wuliangye (五粮液)",
  "operating revenue", "2024 Q1", "'逼近350' holds 348.33: consistent.", ms)
ms = [
    F("wly", 1, "同比增长11.86%", 11.86, PC),
    F("wly", 2, "同比增長11.86%", 11.86, PC),
    F("wly", 4, "同比+11.86%", 11.86, PC),
    F("wly", 5, "(+11.86%)", 11.86, PC),
    F("wly", 6, "同比小幅增长11.86%", 11.86, PC),
]
G("wly_rev_q1_2024_growth", WLY, "Growth of Q1 2024 revenue: 11.86% five times", "Wuliangye (五粮液)",
  "operating revenue, year-on-year growth", "2024 Q1", "Consistent.", ms)
ms = [
    F("wly", 1, "净利润140.45亿元", 140.45 * YI, CNY),
    F("wly", 4, "归母净利润140.45亿元", 140.45 * YI, CNY),
    F("wly", 5, "归母净利润140.45 亿元", 140.45 * YI, CNY),
    F("wly", 6, "净利润146.36亿元", 146.36 * YI, CNY, basis="total"),
    F("wly", 6, "净利润 | 146.35亿元", 146.35 * YI, CNY, basis="total"),
]
G("wly_np_q1_2024", WLY, "Wuliangye's Q1 2024 attributable net profit 140.45亿元 three times; beawan's net profit (with minorities) 146.36 in its text against 146.35 in its own table",
  "Wuliangye (五粮液)", "net profit attributable to shareholders", "2024 Q1",
  "140.45 three times: consistent. beawan's 净利润 is the consolidated net profit (it gives 扣非 140.39, the same as "
  "chaguwang's, so its 146.36 is not the attributable figure): different_basis against 140.45, auto's verdict as alt "
  "(OTHER). Its text's 146.36 against its table's 146.35 (same measure, both to 0.01亿): conflict inside one page.", ms,
  OTHER({"total"}))
ms = [
    F("wly", 1, "同比增长11.98%", 11.98, PC),
    F("wly", 4, "同比+11.98%", 11.98, PC),
    F("wly", 5, "(+11.98%)", 11.98, PC),
    F("wly", 6, "业绩同比小幅增长11.67%", 11.67, PC, basis="total"),
]
G("wly_np_q1_2024_growth", WLY, "Growth of Q1 2024 attributable net profit: 11.98% three times; beawan's net-profit growth 11.67%",
  "Wuliangye (五粮液)", "net profit attributable to shareholders, year-on-year growth", "2024 Q1",
  "11.98 three times: consistent. beawan's 11.67 is the growth of the consolidated net profit: different_basis, alt by auto (OTHER).",
  ms, OTHER({"total"}))
ms = [
    F("wly", 5, "扣非净利润140.39 亿元", 140.39 * YI, CNY),
    F("wly", 6, "扣非净利润140.39亿元", 140.39 * YI, CNY),
]
G("wly_kf_q1_2024", WLY, "Q1 2024 net profit excluding non-recurring items: 140.39亿元 twice", "Wuliangye (五粮液)",
  "net profit attributable excluding non-recurring items", "2024 Q1", "Consistent.", ms)
ms = [
    F("wly", 5, "(+12.71%)", 12.71, PC),
    F("wly", 6, "同比小幅增长12.71%", 12.71, PC),
]
G("wly_kf_q1_2024_growth", WLY, "Growth of Q1 2024 net profit excluding non-recurring items: 12.71% twice", "Wuliangye (五粮液)",
  "net profit excluding non-recurring items, year-on-year growth", "2024 Q1", "Consistent.", ms)
ms = [
    F("wly", 3, "first quarter was RMB 31.14 billion", 31.14 * BN, CNY),
    F("wly", 6, "营业收入 | 311.39亿元", 311.39 * YI, CNY),
    F("wly", 7, "營收約爲311.39億元", 311.39 * YI, CNY, q="approx"),
    F("wly", 8, "实现营业收入311.39亿元", 311.39 * YI, CNY),
]
G("wly_rev_q1_2023", WLY, "Wuliangye's Q1 2023 revenue: 311.39亿元 three times (once 约) against reportify's RMB 31.14 billion",
  "Wuliangye (五粮液)", "operating revenue", "2023 Q1",
  "31.14 billion rounds 311.39亿: rounding (against colamg's 約311.39 too, by goldrules' hand rule). 約311.39 holds 311.39: consistent.", ms)
ms = [
    F("wly", 7, "年增13.03%", 13.03, PC),
    F("wly", 8, "同比增长13.03%", 13.03, PC),
]
G("wly_rev_q1_2023_growth", WLY, "Growth of Q1 2023 revenue: 13.03% twice", "Wuliangye (五粮液)",
  "operating revenue, year-on-year growth", "2023 Q1", "Consistent.", ms)
ms = [
    F("wly", 3, "first quarter was RMB 12.54 billion", 12.54 * BN, CNY),
    F("wly", 7, "淨利潤約爲125.42億元", 125.42 * YI, CNY, q="approx"),
    F("wly", 8, "净利润125.42亿元", 125.42 * YI, CNY),
    F("wly", 6, "净利润 | 131.06亿元", 131.06 * YI, CNY, basis="total"),
]
G("wly_np_q1_2023", WLY, "Wuliangye's Q1 2023 attributable net profit: 125.42亿元 twice (once 约) against RMB 12.54 billion; beawan's table net profit 131.06亿元",
  "Wuliangye (五粮液)", "net profit attributable to shareholders", "2023 Q1",
  "12.54 billion rounds 125.42亿: rounding (against colamg's 約 figure by the hand rule). beawan's table row 净利润 is the "
  "consolidated net profit (its 2024 row holds 146.35 against the attributable 140.45): different_basis, alt by auto (OTHER).",
  ms, OTHER({"total"}))
ms = [
    F("wly", 7, "年增15.89%", 15.89, PC),
    F("wly", 8, "同比增长15.89%", 15.89, PC),
]
G("wly_np_q1_2023_growth", WLY, "Growth of Q1 2023 attributable net profit: 15.89% twice", "Wuliangye (五粮液)",
  "net profit attributable to shareholders, year-on-year growth", "2023 Q1", "Consistent.", ms)
ms = [
    F("wly", 3, "second quarter was RMB 14.37 billion", 14.37 * BN, CNY),
    F("wly", 6, "| 143.68亿元", 143.68 * YI, CNY),
]
G("wly_rev_q2_2023", WLY, "Wuliangye's Q2 2023 revenue: 143.68亿元 against RMB 14.37 billion", "Wuliangye (五粮液)",
  "operating revenue", "2023 Q2", "14.37 billion rounds 143.68亿: rounding.", ms)
ms = [
    F("wly", 3, "third quarter was RMB 17.03 billion", 17.03 * BN, CNY),
    F("wly", 6, "| 170.30亿元", 170.30 * YI, CNY),
]
G("wly_rev_q3_2023", WLY, "Wuliangye's Q3 2023 revenue: 170.30亿元 against RMB 17.03 billion", "Wuliangye (五粮液)",
  "operating revenue", "2023 Q3", "17.03 billion and 170.30亿 are the same value (170.30亿 = 17.030 billion): consistent.", ms)
ms = [
    F("wly", 3, "fourth quarter was RMB 20.74 billion", 20.74 * BN, CNY),
    F("wly", 6, "| 207.36亿元", 207.36 * YI, CNY),
]
G("wly_rev_q4_2023", WLY, "Wuliangye's Q4 2023 revenue: 207.36亿元 against RMB 20.74 billion", "Wuliangye (五粮液)",
  "operating revenue", "2023 Q4", "20.74 billion rounds 207.36亿: rounding.", ms)
for gid, q3, v3, q6, v6, per in [
    ("wly_np_q2_2023", "second quarter was RMB 4.49 billion", 4.49, "| 46.86亿元", 46.86, "2023 Q2"),
    ("wly_np_q3_2023", "third quarter was RMB 5.80 billion", 5.80, "| 60.41亿元", 60.41, "2023 Q3"),
    ("wly_np_q4_2023", "fourth quarter was RMB 7.38 billion", 7.38, "| 76.87亿元", 76.87, "2023 Q4"),
]:
    ms = [F("wly", 3, q3, v3 * BN, CNY), F("wly", 6, q6, v6 * YI, CNY, basis="total")]
    G(gid, WLY, f"Wuliangye's {per} net profit: reportify's attributable RMB {v3} billion against beawan's table net profit {v6}亿元",
      "Wuliangye (五粮液)", "net profit attributable to shareholders", per,
      "beawan's table row is the consolidated net profit (with minorities): different_basis, auto's verdict as alt (OTHER).",
      ms, OTHER({"total"}))
# wly singles and non-claims
NC("wly", 1, "4月28日晚", "date")
NC("wly", 1, "发布2023年财报", "date")
NC("wly", 1, "每10股派发", "per_unit_base")
NC("wly", 1, "五粮液2023年营收", "date")
NC("wly", 1, "发布2023年年报", "date")
NC("wly", 1, "发布2024年一季报", "date")
NC("wly", 1, "2024年一季度,五粮液", "date")
NC("wly", 2, "2024-04-29 01:11:40", "dateline")
NC("wly", 2, "五糧液2023年營收", "date")
NC("wly", 2, "每10股派", "per_unit_base")
NC("wly", 2, "根據公司2023年", "date")
S("wly", 2, "收入628.04億元", value=628.04 * YI, unit=CNY)
S("wly", 2, "同比增長13.5%", value=13.5, unit=PC)
S("wly", 2, "提升至86.64%", value=86.64, unit=PC)
S("wly", 2, "收入136.43億元", value=136.43 * YI, unit=CNY)
S("wly", 2, "同比增長11.58%", value=11.58, unit=PC)
S("wly", 2, "15.91萬噸", value=15.91e4, unit=T)
S("wly", 2, "同比增長25.12%", value=25.12, unit=PC)
S("wly", 2, "18.41萬噸", value=18.41e4, unit=T)
S("wly", 2, "同比增長42.35%", value=42.35, unit=PC)
NC("wly", 3, "Revenue for 2023", "date")
NC("wly", 3, "compared to 2022[8]", "date")
NC("wly", 3, "shareholders in 2023", "date")
NC("wly", 3, "year-on-year[8]", "footnote_marker")
S("wly", 3, "surged 70.86%", value=70.86, unit=PC)
S("wly", 3, "RMB 41.74 billion", value=41.74 * BN, unit=CNY)
NC("wly", 3, " in 2023, driven", "date")
NC("wly", 3, "bills[8]", "footnote_marker")
S("wly", 3, "grew 8.26%", value=8.26, unit=PC)
S("wly", 3, "RMB 165.43 billion", value=165.43 * BN, unit=CNY)
NC("wly", 3, "at the end of 2023[8]", "date")
S("wly", 3, "increased 13.62%", value=13.62, unit=PC)
S("wly", 3, "RMB 129.56 billion", value=129.56 * BN, unit=CNY)
NC("wly", 3, "by the end of 2023[8]", "date")
S("wly", 3, "rose 13.19%", value=13.19, unit=PC)
S("wly", 3, "RMB 7.783", value=7.783, unit=DPS)
NC("wly", 3, "in 2023[8] - Weighted", "date")
S("wly", 3, "by 0.22 percentage points", value=0.22, unit=PP)
S("wly", 3, "to 25.06%", value=25.06, unit=PC)
NC("wly", 3, "in 2023[8] - Revenue", "date")
NC("wly", 3, "[13] - Net", "footnote_marker")
NC("wly", 4, "2024年4月28日", "date")
NC("wly", 4, "发布2023年年报", "date")
NC("wly", 4, "2024年一季报", "date")
NC("wly", 4, "公司2023年实现", "date")
NC("wly", 4, "24Q1", "date")
NC("wly", 4, "每10股派", "per_unit_base")
S("wly", 4, "现金分红比率为60%", value=60, unit=PC)
NC("wly", 5, "公司2023 年", "date")
S("wly", 5, "扣非净利润301.16 亿元", value=301.16 * YI, unit=CNY)
S("wly", 5, "(+12.96%)", value=12.96, unit=PC)
NC("wly", 5, "公司2024Q1", "date")
NC("wly", 6, "根据五粮液2024年第一季度", "date")
NC("wly", 6, "2024年一季度,公司", "date")
NC("wly", 6, "。五粮液2024年第一季度", "date")
S("wly", 6, "现金流净额为5.16亿元", value=5.16 * YI, unit=CNY)
NC("wly", 6, "2024 |", "table_header")
NC("wly", 6, "2023 |", "table_header")
S("wly", 7, "合計淨賺人民幣476億元", value=476 * YI, unit=CNY)
NC("wly", 7, "Q1", "period_label")
NC("wly", 7, "2022年第一季", "date")
S("wly", 7, "營收約爲76.1億元", value=76.1 * YI, unit=CNY, q="approx")
S("wly", 7, "年增20.57%", value=20.57, unit=PC)
S("wly", 7, "淨利潤約爲37.13億元", value=37.13 * YI, unit=CNY, q="approx")
S("wly", 7, "年增29.1%", value=29.1, unit=PC)
NC("wly", 8, "2023-05-01 13:47", "dateline")
NC("wly", 8, "4月28日", "date")
NC("wly", 8, "发布2022年年度报告", "date")
NC("wly", 8, "2023年第一季度报告", "date")
NC("wly", 8, "2022年,五粮液", "date")
S("wly", 8, "营业收入739.69亿元", value=739.69 * YI, unit=CNY)
S("wly", 8, "同比增长11.72%", value=11.72, unit=PC)
S("wly", 8, "净利润为266.91亿元", value=266.91 * YI, unit=CNY)
S("wly", 8, "同比增长14.17%", value=14.17, unit=PC)
S("wly", 9, "应到董事9人", value=9, unit=P)
S("wly", 9, "出席现场会议8人", value=8, unit=P)
S("wly", 9, "以3,881,608,005为基数", value=3881608005, unit=SH)
NC("wly", 9, "每10股派发", "per_unit_base")
S("wly", 9, "送红股0股", value=0, unit=SH)

# ============================================================ Luzhou Laojiao
ms = [
    F("lzl", 1, "¥30,233,301,388.26", 30233301388.26, CNY),
    F("lzl", 2, "实现营收302.33亿元", 302.33 * YI, CNY),
    F("lzl", 3, "总营收金额为302.33亿元", 302.33 * YI, CNY),
    F("lzl", 4, "2023年的302.33亿元", 302.33 * YI, CNY),
    F("lzl", 7, "2023: 30,233.30", 30233.30 * MN, CNY, mult=MN),
]
G("lzl_rev_2023", LZL, "Luzhou Laojiao's 2023 revenue: ¥30,233,301,388.26 against 302.33亿元 three times and CNY 30,233.30 million",
  "Luzhou Laojiao (泸州老窖)", "operating revenue", "2023",
  "302.33亿 and 30,233.30 million both round the exact figure, and 302.33亿 rounds 30,233.30 million: rounding.", ms)
ms = [
    F("lzl", 1, "increase of 20.34%", 20.34, PC),
    F("lzl", 2, "同比增长20.34%", 20.34, PC),
    F("lzl", 3, "同比增长20.34%", 20.34, PC),
]
G("lzl_rev_2023_growth", LZL, "Growth of Luzhou Laojiao's 2023 revenue: 20.34% three times", "Luzhou Laojiao (泸州老窖)",
  "operating revenue, year-on-year growth", "2023", "Consistent.", ms)
ms = [
    F("lzl", 1, "¥25,123,563,271.62", 25123563271.62, CNY),
    F("lzl", 6, "营业收入251.24亿元", 251.24 * YI, CNY),
    F("lzl", 7, "2022: 25,123.56", 25123.56 * MN, CNY, mult=MN),
]
G("lzl_rev_2022", LZL, "Luzhou Laojiao's 2022 revenue: ¥25,123,563,271.62 against 251.24亿元 and CNY 25,123.56 million",
  "Luzhou Laojiao (泸州老窖)", "operating revenue", "2022", "Each coarser figure rounds the finer ones: rounding.", ms)
ms = [
    F("lzl", 1, "¥13,246,394,700.59", 13246394700.59, CNY),
    F("lzl", 3, "净利润金额为132.46亿元", 132.46 * YI, CNY),
    F("lzl", 4, "增长至132.46亿元", 132.46 * YI, CNY),
    F("lzl", 7, "2023: 13,246.39", 13246.39 * MN, CNY, mult=MN),
    F("lzl", 2, "年度净利润132.89亿元", 132.89 * YI, CNY, basis="total"),
]
G("lzl_np_2023", LZL, "Luzhou Laojiao's 2023 attributable net profit: ¥13,246,394,700.59 against 132.46亿元 twice and CNY 13,246.39 million; beawan's net profit 132.89亿元",
  "Luzhou Laojiao (泸州老窖)", "net profit attributable to shareholders", "2023",
  "132.46亿 and 13,246.39 million round the exact figure: rounding. beawan's '年度净利润132.89亿元' (growth 27.65% "
  "against the attributable 27.79%) is the consolidated net profit: different_basis, auto's verdict as alt (OTHER).", ms,
  OTHER({"total"}))
ms = [
    F("lzl", 1, "a 27.79% increase", 27.79, PC),
    F("lzl", 3, "同比增长27.79%", 27.79, PC),
    F("lzl", 2, "业绩同比增长27.65%", 27.65, PC, basis="total"),
]
G("lzl_np_2023_growth", LZL, "Growth of 2023 attributable net profit: 27.79% twice; beawan's net-profit growth 27.65%",
  "Luzhou Laojiao (泸州老窖)", "net profit attributable to shareholders, year-on-year growth", "2023",
  "27.79 twice: consistent. beawan's 27.65 (consolidated net profit): different_basis, alt by auto (OTHER).", ms,
  OTHER({"total"}))
ms = [
    F("lzl", 1, "¥10,365,383,281.80", 10365383281.80, CNY),
    F("lzl", 6, "实现净利润103.65亿元", 103.65 * YI, CNY),
    F("lzl", 7, "2022: 10,365.38", 10365.38 * MN, CNY, mult=MN),
]
G("lzl_np_2022", LZL, "Luzhou Laojiao's 2022 attributable net profit: ¥10,365,383,281.80 against 103.65亿元 and CNY 10,365.38 million",
  "Luzhou Laojiao (泸州老窖)", "net profit attributable to shareholders", "2022",
  "Each coarser figure rounds the finer ones: rounding (jiadian's '净利润103.65亿元' is the attributable figure, the same "
  "number as the filing's).", ms)
# audit: stockstar (lzl-04) and thepaper (lzl-05) both write '增长了N倍' from the same end points, but stockstar's N is
# the ratio (632.94 / 6.87 = 92.1, 413.91 / 4.67 = 88.6, 132.46 / 1.04 = 127.4, and its revenue 302.33 / 3.17 = 95.4
# -> 95倍) while thepaper's is the increase, ratio - 1 (91.1 -> 91, 87.6 -> 88, 126.4 -> 126): two measures of the
# growth, keyed different_basis with auto's conflict as alt (was conflict).
ms = [
    F("lzl", 4, "增长了92倍", 92, X, basis="ratio"),
    F("lzl", 5, "增长了91倍", 91, X, basis="increase"),
]
G("lzl_assets_multiple", LZL, "Growth multiple of total assets from listing (6.87亿) to 2023 (632.94亿): stockstar's 92倍 (the ratio) against thepaper's 91倍 (the increase)",
  "Luzhou Laojiao (泸州老窖)", "total assets, growth since listing ('增长了N倍')", "1994 listing to 2023",
  "Same end points on both pages; 632.94 / 6.87 = 92.1: stockstar gives the ratio, thepaper the increase (ratio - 1 = 91.1). "
  "Different measures: different_basis, auto's conflict as alt (OTHER).", ms, OTHER({"increase"}))
ms = [
    F("lzl", 4, "增长了89倍", 89, X, basis="ratio"),
    F("lzl", 5, "增长了88倍", 88, X, basis="increase"),
]
G("lzl_equity_multiple", LZL, "Growth multiple of net assets from listing (4.67亿) to 2023 (413.91亿): 89倍 (ratio) against 88倍 (increase)",
  "Luzhou Laojiao (泸州老窖)", "net assets, growth since listing ('增长了N倍')", "1994 listing to 2023",
  "413.91 / 4.67 = 88.6 (ratio, stockstar's 89) and 87.6 (increase, thepaper's 88): different_basis, conflict as alt (OTHER).",
  ms, OTHER({"increase"}))
ms = [
    F("lzl", 4, "增长了127倍", 127, X, basis="ratio"),
    F("lzl", 5, "归母净利润增126倍", 126, X, basis="increase"),
]
G("lzl_np_multiple", LZL, "Growth multiple of attributable net profit from listing (1.04亿) to 2023 (132.46亿): 127倍 (ratio) against thepaper's headline 126倍 (increase)",
  "Luzhou Laojiao (泸州老窖)", "attributable net profit, growth since listing ('增长了N倍' / '增N倍')", "1994 listing to 2023",
  "132.46 / 1.04 = 127.4 (ratio, stockstar's 127) and 126.4 (increase, thepaper's 126, the page's other multiples being "
  "increases too): different_basis, conflict as alt (OTHER).", ms, OTHER({"increase"}))
for gid, q4, q5, v, desc in [
    ("lzl_assets_listing", "上市初6.87亿元", "上市初6.87亿元", 6.87, "Total assets at listing: 6.87亿元 twice"),
    ("lzl_assets_2023", "增长至632.94亿元", "增长至632.94亿元", 632.94, "Total assets at the end of 2023: 632.94亿元 twice"),
    ("lzl_equity_listing", "上市初的4.67亿元", "上市初4.67亿元", 4.67, "Net assets at listing: 4.67亿元 twice"),
    ("lzl_equity_2023", "增长至413.91亿元", "增长至413.91亿元", 413.91, "Net assets at the end of 2023: 413.91亿元 twice"),
]:
    ms = [F("lzl", 4, q4, v * YI, CNY), F("lzl", 5, q5, v * YI, CNY)]
    G(gid, LZL, desc, "Luzhou Laojiao (泸州老窖)", desc.split(":")[0].lower(), "1994 listing / end of 2023", "Consistent.", ms)
ms = [
    F("lzl", 4, "分红总额达到353.53亿元", 353.53 * YI, CNY),
    F("lzl", 5, "分红总额为353.53亿元", 353.53 * YI, CNY),
    F("lzl", 5, "累计现金分红超353亿元", 353 * YI, CNY, q="over"),
]
G("lzl_cum_dividends", LZL, "Cumulative cash dividends since listing: 353.53亿元 twice and thepaper's headline 'over 353亿'",
  "Luzhou Laojiao (泸州老窖)", "cumulative cash dividends since listing", "1994 listing to 2023 (as of 2024)",
  "'Over 353' holds 353.53: consistent.", ms)
ms = [
    F("lzl", 4, "分红率高达61.14%", 61.14, PC),
    F("lzl", 5, "分红率高达61.14%", 61.14, PC),
]
G("lzl_payout_ratio", LZL, "Cumulative dividend payout ratio since listing: 61.14% twice", "Luzhou Laojiao (泸州老窖)",
  "cumulative dividend payout ratio", "1994 listing to 2023", "Consistent.", ms)
ms = [
    F("lzl", 2, "占比高达99.48%", 99.48, PC),
    F("lzl", 3, "营业收入占比99.48%", 99.48, PC),
]
G("lzl_liquor_share", LZL, "Liquor's share of 2023 revenue: 99.48% twice", "Luzhou Laojiao (泸州老窖)",
  "liquor's share of operating revenue", "2023", "Consistent.", ms)
ms = [
    F("lzl", 2, "占比88.78%", 88.78, PC),
    F("lzl", 3, "收入占比88.78%", 88.78, PC),
]
G("lzl_midhigh_share", LZL, "Mid- and high-end liquor's share of 2023 revenue: 88.78% twice", "Luzhou Laojiao (泸州老窖)",
  "mid- and high-end liquor's share of operating revenue", "2023", "Consistent.", ms)
# lzl singles and non-claims
NC("lzl", 1, "for 2023 reached", "date")
NC("lzl", 1, "in 2022", "date")
NC("lzl", 1, "[12]. - The net", "footnote_marker")
NC("lzl", 1, "shareholders for 2023", "date")
NC("lzl", 1, "year[12]", "footnote_marker")
NC("lzl", 2, "根据泸州老窖2023年", "date")
NC("lzl", 2, "披露,2023年年度", "date")
S("lzl", 2, "扣非净利润131.50亿元", value=131.50 * YI, unit=CNY)
S("lzl", 2, "同比增长27.41%", value=27.41, unit=PC)
NC("lzl", 2, "。泸州老窖2023年", "date")
S("lzl", 3, "同比增长21.45%", value=21.45, unit=PC)
S("lzl", 3, "同比增长21.28%", value=21.28, unit=PC)
S("lzl", 3, "其他酒类收入占比10.70%", value=10.70, unit=PC)
S("lzl", 3, "同比增长22.87%", value=22.87, unit=PC)
S("lzl", 4, "上市初的3.17亿元", value=3.17 * YI, unit=CNY)
NC("lzl", 4, "增长至2023年的", "date")
S("lzl", 4, "增长了95倍", value=95, unit=X)
S("lzl", 4, "上市初的1.04亿元", value=1.04 * YI, unit=CNY)
NC("lzl", 4, "2024年一季度末", "date")
S("lzl", 4, "涨幅超640倍", value=640, unit=X, q="over")
S("lzl", 4, "累计分红27次", value=27, unit=CNT)
NC("lzl", 5, "上市30年", "duration")
NC("lzl", 5, "截至2023年", "date")
S("lzl", 5, "可供分配利润的50%", value=50, unit=PC, q="at_least")
S("lzl", 5, "金额的8.8倍", value=8.8, unit=X)
S("lzl", 5, "5000余家", value=5000, unit=CNT, q="over")
NC("lzl", 6, "4月28日晚间", "date")
NC("lzl", 6, "(000568)", "stock_code")
NC("lzl", 6, "发布2022年年报", "date")
S("lzl", 6, "不低于15%", value=15, unit=PC, q="at_least")
S("lzl", 6, "同比增长21.71%", value=21.71, unit=PC)
S("lzl", 6, "同比增长30.29%", value=30.29, unit=PC)
S("lzl", 6, "达到103.21亿元", value=103.21 * YI, unit=CNY)
S("lzl", 6, "同比增长30.91%", value=30.91, unit=PC)
NC("lzl", 6, "每10股派发", "per_unit_base")
S("lzl", 6, "现金红利42.25元", value=42.25, unit=DPS10)
S("lzl", 6, "总额为62.19亿元", value=62.19 * YI, unit=CNY)
S("lzl", 7, "2024E: 32,107.77", value=32107.77 * MN, unit=CNY, mult=MN)
S("lzl", 7, "2025E: 33,873.69", value=33873.69 * MN, unit=CNY, mult=MN)
S("lzl", 7, "2026E: 37,938.54", value=37938.54 * MN, unit=CNY, mult=MN)
NC("lzl", 7, "[4][10]", "footnote_marker")
S("lzl", 7, "2024E: 13,933.49", value=13933.49 * MN, unit=CNY, mult=MN)
S("lzl", 7, "2025E: 14,675.78", value=14675.78 * MN, unit=CNY, mult=MN)
S("lzl", 7, "2026E: 16,434.66", value=16434.66 * MN, unit=CNY, mult=MN)

# ============================================================ China Shenhua
ms = [
    F("shn", 1, "RMB 2.26 per share", 2.26, DPS),
    F("shn", 2, "人民币2.26元/股", 2.26, DPS),
    F("shn", 3, "人民币2.26元/股", 2.26, DPS),
]
G("shn_dps_2023", SHN, "China Shenhua's 2023 final dividend per share: RMB 2.26 three times", "China Shenhua (中国神华)",
  "final cash dividend per share (proposal)", "2023", "Consistent.", ms)
ms = [
    F("shn", 1, "RMB 44,903 million", 44903 * MN, CNY),
    F("shn", 2, "人民币44,903百万元", 44903 * MN, CNY, mult=MN),
    F("shn", 3, "人民币44,903百万元", 44903 * MN, CNY, mult=MN),
]
G("shn_div_total_2023", SHN, "China Shenhua's 2023 final dividend in total: RMB 44,903 million three times", "China Shenhua (中国神华)",
  "final cash dividend, total (proposal)", "2023", "Consistent.", ms)
ms = [
    F("shn", 1, "19,868,519,955 shares", 19868519955, SH),
    F("shn", 2, "总股本19,868,519,955股", 19868519955, SH),
    F("shn", 3, "总股本19,868,519,955股", 19868519955, SH),
]
G("shn_shares_2023", SHN, "China Shenhua's total share capital at 31 December 2023: 19,868,519,955 shares three times",
  "China Shenhua (中国神华)", "total share capital", "2023-12-31", "Consistent.", ms)
ms = [
    F("shn", 2, "应出席董事8人", 8, P),
    F("shn", 3, "应出席董事 8 人", 8, P),
]
G("shn_directors_due", SHN, "Directors due at the board meeting approving the 2023 report: 8 twice", "China Shenhua (中国神华)",
  "directors due to attend the board meeting", "March 2024 (27th meeting of the 5th board)", "Consistent.", ms)
ms = [
    F("shn", 2, "亲自出席董事6人", 6, P),
    F("shn", 3, "亲自出席董事 6", 6, P),
]
G("shn_directors_present", SHN, "Directors present in person at that meeting: 6 twice", "China Shenhua (中国神华)",
  "directors attending in person", "March 2024 (27th meeting of the 5th board)", "Consistent.", ms)
# shn singles and non-claims
NC("shn", 1, "for 2023, totaling", "date")
NC("shn", 1, "December 31, 2023", "date")
NC("shn", 1, "[2] - The", "footnote_marker")
NC("shn", 1, "meeting[2]", "footnote_marker")
NC("shn", 1, "Revenue for 2023", "date")
S("shn", 1, "RMB 343,074 million", value=343074 * MN, unit=CNY)
S("shn", 1, "a decrease of 0.4%", value=0.4, unit=PC)
NC("shn", 1, "compared to 2022", "date")
NC("shn", 1, "[13] - Net", "footnote_marker")
NC("shn", 1, "owners in 2023", "date")
S("shn", 1, "RMB 64,625 million", value=64625 * MN, unit=CNY)
S("shn", 1, "down 11.4%", value=11.4, unit=PC)
NC("shn", 1, "year-on-year[13]", "footnote_marker")
NC("shn", 2, "3. 本报告", "list_number")
NC("shn", 2, "4. 毕马威", "list_number")
NC("shn", 2, "本公司2023年度按", "date")
NC("shn", 2, "5. 本公司", "list_number")
NC("shn", 2, "派发2023年度", "date")
NC("shn", 2, "按本公司2023年12月31日", "date")
NC("shn", 3, "3. 本报告", "list_number")
NC("shn", 3, "4. 毕马威", "list_number")
NC("shn", 3, "本公司 2023 年度", "date")
NC("shn", 3, "5. 本公司", "list_number")
NC("shn", 3, "派发2023年度", "date")
NC("shn", 3, "按本公司2023年12月31日", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh71.toml", "corpus-fresh71")
