#!/usr/bin/env python3
"""Hand annotation of corpus-fresh24, written as data; emits gold.d/fresh24.toml (then run
corpus/check_gold.py --dir corpus-fresh24 --build).

Three domains: Macau's gross gaming revenue (the Gaming Inspection and Coordination Bureau's (DICJ) annual and monthly
figures 2013-2024, forecasts and targets, and the Statistics and Census Service's (DSEC) 2023 gaming sector survey,
`mac-*`), China's internet users (the China Internet Network Information Center's (CNNIC) half-yearly reports, March 2020
- December 2024: users, penetration, new users, infrastructure and application users, `cnn-*`) and international patent
filings (WIPO's PCT filings by origin and by applicant for 2021-2023, with IPRdaily's and the CNIPA's look-alike counts,
`pat-*`).

Every mention carries a basis tag (period / compiler / scope / forecast, as read from the text). Pair verdicts:
explicit entries win; otherwise a different basis is different_basis, the same basis and the same value consistent;
every same-basis pair with different values gets a verdict from `auto` (below), which follows fresh23's conventions:
a rounded restatement is rounding (2268亿 vs 226.78 billion; 3.4倍 vs 335.9%; 3.38 million vs 337.7万); inside one page
the same pattern is 'either' (rounding, consistent defensible); a figure that is not a correct rounding (3.6倍 for
3.66倍) or two figures of the same precision that disagree (18.57 vs 18.56 billion; 42.19 vs 42.20 billion; 58,823 vs
55,678) is conflict; a bound or hedged figure ('over', 'approximately', '約', '逾', 'nearly', 'more than') that
contains the other figure is consistent, one that does not is conflict.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 成 = 10 percent; 'N倍' growth ('增加3.4倍', 'increase by N times') = N x 100
percent; declines negative. Units: MOP, USD, EUR, HKD, percent, percentage_points, persons, count, hours, km, months.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, P, USD, MOP, HR, RC, CK, CD, DC, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

MAC, CNN, PAT = "macau-gaming", "internet-users", "patents"

# ============================================================ Macau gross gaming revenue
ms = [
    F("mac", 1, "of MOP 183.06 billion", 183.06e9, MOP, "y23"),
    F("mac", 2, "hit MOP183.06 billion", 183.06e9, MOP, "y23"),
    F("mac", 3, "for 2023 was MOP183.06bn", 183.06e9, MOP, "y23"),
    F("mac", 5, "when the GGR was MOP183.06 billion", 183.06e9, MOP, "y23"),
    F("mac", 3, "annual GGR exceeded MOP180bn", 180e9, MOP, "y23", q="over"),
    F("mac", 1, "amounted to MOP 42.20 billion", 42.20e9, MOP, "y22"),
    F("mac", 8, "just MOP42.19 billion", 42.19e9, MOP, "y22"),
    F("mac", 12, "博彩收入約421﹒98億元", 421.98e8, MOP, "y22", vt="421﹒98億", step=1e6, q="approx"),
    F("mac", 4, "stood at MOP226.78 billion", 226.78e9, MOP, "y24"),
    F("mac", 5, "(GGR) of MOP226.78 billion", 226.78e9, MOP, "y24"),
    F("mac", 19, "全年博彩总收入为2268亿元", 2268e8, MOP, "y24"),
    F("mac", 5, "when the GGR was MOP370.75 billion", 370.75e9, MOP, "y13"),
    F("mac", 7, "reach or exceed 180 billion patacas", 180e9, MOP, "fc23", q="at_least", note="Chief Executive's expectation for 2023"),
    F("mac", 17, "賀一誠料全年賭收逾1800億", 1800e8, MOP, "fc23", q="over", nth=2, note="headline"),
    F("mac", 17, "至逾1800億澳門元", 1800e8, MOP, "fc23", q="over"),
    F("mac", 2, "expectations of MOP180 billion", 180e9, MOP, "fc23"),
    F("mac", 12, "政府預期的1300億元", 1300e8, MOP, "tg23", note="government's 2023 budget figure"),
    F("mac", 14, "繼續為一千三百億元", 1300e8, MOP, "tg23", vt="一千三百億", step=1e10),
    F("mac", 4, "estimate of MOP216.0 billion", 216.0e9, MOP, "fc24"),
    F("mac", 17, "進一步升至2160億澳門元", 2160e8, MOP, "fc24"),
    F("mac", 17, "賭收超過2,100億元", 2100e8, MOP, "fc24", q="over"),
    F("mac", 4, "forecast MOP240.0 billion for 2025", 240e9, MOP, "fc25"),
    F("mac", 4, "the MOP240.0-billion figure", 240e9, MOP, "fc25", vt="240.0", mult=1e9),
    F("mac", 5, "worth some MOP240 billion", 240e9, MOP, "fc25", q="approx"),
    F("mac", 10, "at roughly MOP131.6bn", 131.6e9, MOP, "fcm23", q="approx", note="Moody's forecast for 2023"),
]
G("mac_ggr_annual", MAC, "Macau's annual gross gaming revenue (DICJ): 2023 MOP183.06bn (four) and 'exceeded MOP180bn'; 2022 MOP42.20bn vs agbrief's "
  "42.19bn vs etnet's 約421.98億; 2024 226.78bn (two) vs 2268亿; 2013 370.75bn; the Chief Executive's 2023 expectation (180bn, 'reach or exceed', "
  "逾1800億 x2); the government's 2023 figure 1300億 (two); 2024 estimate 216.0bn = 2160億 and '超過2,100億'; 2025 forecast 240bn (three); "
  "Moody's 2023 forecast 131.6bn", "Macau", "gross gaming revenue (MOP)", "2013 / 2022-2025",
  "2268亿 rounds 226.78 billion (rounding); 42.19 vs 42.20 billion and 42.19 billion vs 約421.98億 disagree (conflict); forecasts, targets and "
  "other years different_basis.", ms)

ms = [F("mac", 1, "(USD 22.71 billion)", 22.71e9, USD, "y23"), F("mac", 1, "exceeds $22.7bn in 2023", 22.7e9, USD, "y23", q="over"),
      F("mac", 3, "US$22.75bn for the full year", 22.75e9, USD, "y23"),
      F("mac", 4, "(US$28.34 billion)", 28.34e9, USD, "y24"), F("mac", 4, "2024 GGR US$28bln", 28e9, USD, "y24", vt="28", mult=1e9, note="headline"),
      F("mac", 8, "at $5.26 billion", 5.26e9, USD, "y22", note="headline"), F("mac", 8, "($5.26 billion)", 5.26e9, USD, "y22")]
G("mac_ggr_usd", MAC, "Macau's annual GGR in US dollars: 2023 USD 22.71bn ('exceeds $22.7bn') vs focusgn's US$22.75bn; 2024 US$28.34bn (headline "
  "US$28bln); 2022 $5.26bn (x2)", "Macau", "gross gaming revenue (USD)", "2022-2024",
  "22.71 vs 22.75 billion for the same MOP183.06bn disagree (conflict; different exchange rates defensible); the headline 28bln rounds "
  "28.34 on its own page ('either').", ms, {(1, 3): CD})

ms = [F("mac", 3, "(US$22.45bn)", 22.45e9, USD), F("mac", 7, "(approximately $2.05 trillion)", 2.05e12, USD, q="approx")]
G("mac_180bn_usd", MAC, "US-dollar value of MOP180 billion: focusgn US$22.45bn vs gamblecrush's 'approximately $2.05 trillion'", "Macau",
  "MOP180 billion in USD", "2023", "A hundredfold slip: $2.05 trillion is not the dollar value of MOP180bn (conflict).", ms)

ms = [
    F("mac", 1, "increased by 333.8%", 333.8, PC, "y23"),
    F("mac", 3, "Macau GGR up 333.8% in 2023", 333.8, PC, "y23", note="headline"),
    F("mac", 3, "a rise of 333.8 per cent", 333.8, PC, "y23"),
    F("mac", 4, "up by 23.9 percent", 23.9, PC, "y24"),
    F("mac", 5, "an increase of 23.9%", 23.9, PC, "y24"),
    F("mac", 8, "a drop of 51.4 percent", -51.4, PC, "y22", vt="51.4 percent"),
    F("mac", 12, "按年大跌51﹒4%", -51.4, PC, "y22", vt="51﹒4%", step=0.1),
    F("mac", 7, "annual growth of 324.9%", 324.9, PC, "jn23"),
    F("mac", 15, "按年增長 1.7 倍", 170.0, PC, "jm23", vt="1.7 倍", step=10),
    F("mac", 16, "賭收大升1.7倍", 170.0, PC, "jm23", vt="1.7倍", step=10),
    F("mac", 20, "同比增长31.3%", 31.3, PC, "q3ytd24"),
    F("mac", 5, "which is 5.83% higher", 5.83, PC, "fc25"),
]
G("mac_ggr_growth", MAC, "Growth of Macau's GGR: 2023 +333.8% (three); 2024 +23.9% (two); 2022 -51.4% (two); January-November 2023 +324.9%; "
  "January-May 2023 +1.7倍 (two); January-September 2024 +31.3%; 2025 forecast +5.83%", "Macau", "gross gaming revenue growth (percent)",
  "2022-2025", "Same period consistent; other periods and the forecast different_basis.", ms)

ms = [F("mac", 7, "stood at 164.49 billion patacas", 164.49e9, MOP, "jn23"),
      F("mac", 7, "already reached 160 billion patacas", 160e9, MOP, "jn23", q="at_least", note="the Chief Executive's round figure"),
      F("mac", 10, "stood at MOP96.80bn", 96.80e9, MOP, "jl23", nth=1), F("mac", 10, "stood at MOP96.80bn", 96.80e9, MOP, "jl23", nth=2),
      F("mac", 15, "年內博彩毛收入為 649.29 億澳門元", 649.29e8, MOP, "jm23"), F("mac", 16, "至約649億澳門元", 649e8, MOP, "jm23", q="approx"),
      F("mac", 20, "达到1,693.6亿澳门元", 1693.6e8, MOP, "q3ytd24")]
G("mac_ggr_ytd", MAC, "Macau's cumulative GGR: January-November 2023 164.49bn ('already reached 160 billion'); January-July 2023 MOP96.80bn (twice); "
  "January-May 2023 649.29億 vs '約649億'; January-September 2024 1,693.6亿", "Macau", "gross gaming revenue, year to date (MOP)", "2023 / 2024",
  "Bounds and 'about' figures that contain the figure are consistent; other periods different_basis.", ms)

ms = [
    F("mac", 1, "reached MOP 18.57 billion", 18.57e9, MOP, "dec23"),
    F("mac", 2, "in December reached MOP18.6 billion", 18.6e9, MOP, "dec23"),
    F("mac", 3, "to MOP18.56bn", 18.56e9, MOP, "dec23"),
    F("mac", 3, "from MOP16.04bn", 16.04e9, MOP, "nov23"),
    F("mac", 18, "同期的160.43億澳門元", 160.43e8, MOP, "nov23"),
    F("mac", 4, "December GGR of MOP18.20 billion", 18.20e9, MOP, "dec24"),
    F("mac", 5, "reaching MOP18.2 billion", 18.2e9, MOP, "dec24"),
    F("mac", 19, "澳门币182.02亿元", 182.02e8, MOP, "dec24"),
    F("mac", 4, "tally of MOP18.44 billion", 18.44e9, MOP, "nov24"),
    F("mac", 18, "博彩毛收入為184.38億澳門元", 184.38e8, MOP, "nov24"),
    F("mac", 5, "September (MOP17.25 billion)", 17.25e9, MOP, "sep24"),
    F("mac", 5, "June (MOP17.69 billion)", 17.69e9, MOP, "jun24"),
    F("mac", 5, "revenues of MOP18.90 billion", 18.90e9, MOP, "avg24", note="monthly average 2024"),
    F("mac", 4, "or MOP20.0 billion a month", 20.0e9, MOP, "fcavg25"),
    F("mac", 5, "an average of MOP20 billion per month", 20e9, MOP, "fcavg25"),
    F("mac", 10, "when GGR stood at MOP22.13bn", 22.13e9, MOP, "jan20"),
    F("mac", 14, "一月的二百二十一億二千六百萬元", 221.26e8, MOP, "jan20", vt="二百二十一億二千六百萬", step=1e6),
    F("mac", 9, "in January to MOP11.6bn", 11.6e9, MOP, "jan23"),
    F("mac", 14, "毛收入為一百一十五億八千萬元", 115.8e8, MOP, "jan23", vt="一百一十五億八千萬", step=1e7),
    F("mac", 14, "今年一月的一百一十五億八千萬元", 115.8e8, MOP, "jan23", vt="一百一十五億八千萬", step=1e7),
    F("mac", 14, "錄得逾一百一十五億元", 115e8, MOP, "jan23", vt="一百一十五億", step=1e8, q="over"),
    F("mac", 14, "一月賭收一百一十五億", 115e8, MOP, "jan23", vt="一百一十五億", step=1e8, note="headline"),
    F("mac", 10, "the MOP15.57bn reported in May", 15.57e9, MOP, "may23"),
    F("mac", 15, "博彩毛收入為 155.65 億澳門元", 155.65e8, MOP, "may23"),
    F("mac", 15, "至 156 億澳門元", 156e8, MOP, "may23", note="headline"),
    F("mac", 16, "5月澳門博彩收入155.6億澳門元", 155.6e8, MOP, "may23"),
    F("mac", 10, "to MOP16.66bn", 16.66e9, MOP, "jul23"),
    F("mac", 11, "casino revenue of MOP 16.7 billion", 16.7e9, MOP, "jul23"),
    F("mac", 10, "from MOP15.21bn", 15.21e9, MOP, "jun23"),
    F("mac", 12, "至34﹒82億元", 34.82e8, MOP, "dec22", vt="34﹒82億", step=1e6),
]
# May 2023: 155.65億 rounds to 15.57bn (half up) or 155.6億 (half even): the two roundings disagree with each other
pr = {}
pr[(19, 22)] = CK
pr[(20, 22)] = CK
pr[(18, 22)] = CK
pr[(24, 26)] = RC
pr[(23, 26)] = (C, R)
G("mac_ggr_monthly", MAC, "Macau's monthly GGR: December 2023 18.57bn vs 18.56bn (focusgn) and 18.6bn; November 2023 16.04bn = 160.43億; December 2024 "
  "18.20bn / 18.2bn / 182.02亿; November 2024 18.44bn = 184.38億; September / June 2024; the 2024 monthly average 18.90bn and the 2025 forecast "
  "average 20bn (two); January 2020 22.13bn = 二百二十一億二千六百萬; January 2023 11.6bn vs 一百一十五億八千萬 (two), '逾一百一十五億' and the "
  "headline 一百一十五億; May 2023 15.57bn / 155.65億 / 156億 / 155.6億; July 2023 16.66bn vs 16.7bn; June 2023; December 2022 34﹒82億", "Macau",
  "monthly gross gaming revenue (MOP)", "2020-2025 months",
  "18.57 vs 18.56 billion disagree (conflict); 18.6bn, 160.43億 vs 16.04bn, 182.02亿 vs 18.20bn, 184.38億 vs 18.44bn, 221.26億 vs 22.13bn, 115.8億 vs "
  "11.6bn and 16.7bn are roundings; the headline truncation 一百一十五億 against 115.8億 / 11.6bn is conflict with consistent defensible (the body "
  "says '逾'); 155.6億 and 15.57bn are two roundings of 155.65億 that disagree (conflict / rounding defensible).", ms, pr)

ms = [
    F("mac", 1, "an increase of 433.3%", 433.3, PC, "dec23"),
    F("mac", 2, "estimate of a 402% year-on-year increase", 402.0, PC, "est_dec23", note="analysts' median estimate"),
    F("mac", 4, "down 2.0 percent from a year earlier", -2.0, PC, "dec24", vt="2.0 percent"),
    F("mac", 4, "December down 2pct", -2.0, PC, "dec24", vt="2", note="headline"),
    F("mac", 5, "a drop of 2% from December 2023", -2.0, PC, "dec24", vt="2%"),
    F("mac", 19, "年减2%", -2.0, PC, "dec24", vt="2%"),
    F("mac", 18, "博彩業收入同比增14.9%", 14.9, PC, "nov24", note="headline"),
    F("mac", 18, "卻同比增長了14.9%", 14.9, PC, "nov24"),
    F("mac", 18, "上升了14.9%", 14.9, PC, "nov24"),
    F("mac", 18, "預估中值為增長13%", 13.0, PC, "est_nov24"),
    F("mac", 9, "revenue rose by 83 per cent", 83.0, PC, "jan23"),
    F("mac", 14, "按年增加百分之八十二點五", 82.5, PC, "jan23", vt="百分之八十二點五", step=0.1),
    F("mac", 15, "按年增 3.7 倍", 370.0, PC, "may23", vt="3.7 倍", step=10, note="headline"),
    F("mac", 15, "按年增長 3.66 倍", 366.0, PC, "may23", vt="3.66 倍", step=1),
    F("mac", 16, "澳門5月賭收按年飆3.6倍", 360.0, PC, "may23", vt="3.6倍", step=10, note="headline"),
    F("mac", 16, "按年飆約3.6倍", 360.0, PC, "may23", vt="3.6倍", step=10, q="approx"),
    F("mac", 16, "市場預期升3.7倍", 370.0, PC, "est_may23", vt="3.7倍", step=10),
    F("mac", 10, "up 4,083 per cent", 4083.0, PC, "jul23"),
    F("mac", 12, "按年仍跌56﹒3%", -56.3, PC, "dec22", vt="56﹒3%", step=0.1),
]
G("mac_monthly_growth", MAC, "Year-on-year change of Macau's monthly GGR: December 2023 +433.3% (analysts' estimate +402%); December 2024 -2.0% / -2% (four); "
  "November 2024 +14.9% (three; analysts' median +13%); January 2023 +83% vs +百分之八十二點五; May 2023 +3.66倍 vs the headline 3.7倍 and now.com's "
  "3.6倍 (headline and '約3.6倍'), the market's expected 3.7倍; July 2023 +4,083%; December 2022 -56﹒3%", "Macau", "monthly GGR growth (percent)",
  "2022-2024 months",
  "83% rounds 82.5% and 3.7倍 rounds 3.66倍 (rounding; 'either' on one page); now.com's 3.6倍 (and '約3.6倍') truncates 3.66倍 (conflict); analysts' "
  "estimates different_basis.", ms)

ms = [F("mac", 15, "按月增 6%", 6.0, PC, "may23"), F("mac", 16, "按月計則增長逾5%", 5.0, PC, "may23", q="over"),
      F("mac", 10, "up 9.6 per cent month-on-month", 9.6, PC, "jul23"), F("mac", 3, "up 15.8 per cent month-on-month", 15.8, PC, "dec23"),
      F("mac", 4, "down 1.3 percent compared", -1.3, PC, "dec24", vt="1.3 percent"),
      F("mac", 12, "按月增加16﹒1%", 16.1, PC, "dec22", vt="16﹒1%", step=0.1),
      F("mac", 14, "按月更大增百分之二百三十二點六", 232.6, PC, "jan23", vt="百分之二百三十二點六", step=0.1)]
G("mac_mom_growth", MAC, "Month-on-month change of Macau's GGR: May 2023 +6% vs 'over 5%'; July 2023 +9.6%; December 2023 +15.8%; December 2024 -1.3%; "
  "December 2022 +16﹒1%; January 2023 +232.6%", "Macau", "monthly GGR change on the previous month (percent)", "2022-2024 months",
  "'逾5%' contains 6% (consistent); other months different_basis.", ms)

ms = [F("mac", 6, "back to 63% of the level in 2019", 63.0, PC, "dsec23"), F("mac", 13, "回復至2019年的63%", 63.0, PC, "dsec23"),
      F("mac", 20, "恢复到2019年的75%左右", 75.0, PC, "dsec23", q="approx", note="'博彩业收入' 2023 against 2019, no source named"),
      F("mac", 2, "returned to 81.3% of 2019 levels", 81.3, PC, "dec23"), F("mac", 2, "reached 80% of pre-Covid levels", 80.0, PC, "dec23", q="at_least"),
      F("mac", 2, "almost 80% of its 2019 level", 80.0, PC, "fitch23", q="under", note="Fitch's expectation for 2023"),
      F("mac", 15, "相當於疫情前 60%", 60.0, PC, "may23", note="headline"), F("mac", 15, "相當於 2019 年同期的 60%", 60.0, PC, "may23"),
      F("mac", 15, "相當於疫情前 52%", 52.0, PC, "jm23"),
      F("mac", 16, "疫情爆發前約70%水平", 70.0, PC, "may23vjan20", q="approx", note="May 2023 against January 2020"),
      F("mac", 18, "疫情前水平的80.4%", 80.4, PC, "nov24"), F("mac", 18, "疫情前水平的86%", 86.0, PC, "fcdec24"),
      F("mac", 12, "回復到疫前的七成半水平", 75.0, PC, "fc24", vt="七成半", step=5, note="banks' expectation for 2024")]
G("mac_recovery", MAC, "Macau's GGR as a share of the pre-pandemic level: 2023 63% (DSEC, two) vs wenxiaobai's '75%左右'; December 2023 81.3% and 'reached "
  "80%'; Fitch's 'almost 80%' for 2023; May 2023 60% (two); January-May 2023 52%; May 2023 against January 2020 約70%; November 2024 80.4%; the "
  "December 2024 forecast 86%; 2024 forecast 七成半", "Macau", "GGR against the 2019 level (percent)", "2023 / 2024",
  "wenxiaobai's '75%左右' for 2023 against DSEC's 63% disagree (conflict; a different revenue measure defensible); other periods and forecasts "
  "different_basis.", ms, {(1, 3): CD, (2, 3): CD})

# DSEC gaming sector survey 2023: the English release (mac-06) and its Traditional Chinese retelling (mac-13)
for gid, what, unit, en, env, hq, hv, hvt, hstep in [
    ("mac_dsec_receipts", "Total receipts of the gaming sector 2023", MOP, "to MOP188.52 billion", 188.52e9, "至1,885.2億元", 1885.2e8, None, None),
    ("mac_dsec_receipts_growth", "Growth of the gaming sector's total receipts 2023", PC, "surged by 308.1%", 308.1, "按年增加3.1倍", 310.0, "3.1倍", 10),
    ("mac_dsec_chance", "Receipts from games of chance 2023 (DSEC survey)", MOP, "to MOP183.60 billion", 183.60e9, "至1,836億元", 1836e8, None, None),
    ("mac_dsec_chance_growth", "Growth of receipts from games of chance 2023", PC, "leapt by 335.9%", 335.9, "同比增加3.4倍", 340.0, "3.4倍", 10),
    ("mac_dsec_expenditure", "Total expenditure of the gaming sector 2023", MOP, "stood at MOP80.06 billion", 80.06e9, "升幅至800.6億元", 800.6e8, None, None),
    ("mac_dsec_expenditure_growth", "Growth of total expenditure 2023", PC, "an uplift of 98.6%", 98.6, "錄得98.6%", 98.6, None, None),
    ("mac_dsec_opex", "Operating expenses 2023", MOP, "Operating Expenses (MOP31.71 billion)", 31.71e9, "經營費用(317.1億元)", 317.1e8, None, None),
    ("mac_dsec_purchases", "Purchase of goods, commissions and rebates 2023", MOP, "Rebates (MOP18.12 billion)", 18.12e9, "客戶回贈(181.2億元)", 181.2e8, None, None),
    ("mac_dsec_opex_share", "Operating expenses' share of expenditure 2023", PC, "accounted for 39.6%", 39.6, "至39.6%", 39.6, None, None),
    ("mac_dsec_purchases_share", "Purchases' share of expenditure 2023", PC, "and 22.6% of the expenditure", 22.6, "及22.6%", 22.6, None, None),
    ("mac_dsec_opex_share_change", "Change of operating expenses' share 2023", PP, "up by 16.2 percentage points", 16.2, "分別上升16.2", 16.2, None, None),
    ("mac_dsec_purchases_share_change", "Change of purchases' share 2023", PP, "and 13.4 percentage points", 13.4, "及13.4個百分點", 13.4, None, None),
    ("mac_dsec_compensation", "Compensation of employees 2023", MOP, "Compensation of Employees (MOP20.17 billion)", 20.17e9, "員工支出(201.7億元)", 201.7e8, None, None),
    ("mac_dsec_comp_share22", "Compensation's share of expenditure 2022", PC, "from 46.7% in 2022", 46.7, "從2022年的46.7%", 46.7, None, None),
    ("mac_dsec_comp_share23", "Compensation's share of expenditure 2023", PC, "to 25.2% in 2023", 25.2, "減至25.2%", 25.2, None, None),
    ("mac_dsec_opex_growth", "Growth of operating expenses 2023", PC, "grew by 236.7%", 236.7, "分別上升2.4倍", 240.0, "2.4倍", 10),
    ("mac_dsec_purchases_growth", "Growth of purchases, commissions and rebates 2023", PC, "386.4%", 386.4, "、3.9倍", 390.0, "3.9倍", 10),
    ("mac_dsec_comp_growth", "Growth of compensation of employees 2023", PC, "and 7.2% year-on-year", 7.2, "及7.2%", 7.2, None, None),
    ("mac_dsec_nonop_growth", "Growth of non-operating expenses 2023", PC, "rose by 20.4%", 20.4, "按年上升20.4%", 20.4, None, None),
    ("mac_dsec_nonop", "Non-operating expenses 2023", MOP, "to MOP10.07 billion", 10.07e9, "至100.7億元", 100.7e8, None, None),
    ("mac_dsec_comps", "Complimentary goods and services 2023", MOP, "food & beverages (MOP19.51 billion)", 19.51e9, "服務支出(195.1億元)", 195.1e8, None, None),
    ("mac_dsec_comps_growth", "Growth of complimentary goods and services 2023", PC, "swelled by 365.1%", 365.1, "同比增加3.7倍", 370.0, "3.7倍", 10),
    ("mac_dsec_mgmt", "Management and contractual services 2023", MOP, "contractual services (MOP5.40 billion)", 5.40e9, "第三者提供服務(54億元)", 54e8, None, None),
    ("mac_dsec_mgmt_growth", "Growth of management and contractual services 2023", PC, "234.6% and", 234.6, "亦均錄得2.3倍升幅", 230.0, "2.3倍", 10),
    ("mac_dsec_publicity", "Market research and publicity 2023", MOP, "publicity (MOP2.09 billion)", 2.09e9, "宣傳推廣(20.9億元)", 20.9e8, None, None),
    ("mac_dsec_gva", "Gross value added of the gaming sector 2023", MOP, "to MOP135.37 billion", 135.37e9, "至1,353.7億元", 1353.7e8, None, None),
    ("mac_dsec_gva_growth", "Growth of gross value added 2023", PC, "escalated by 345.8%", 345.8, "按年上升3.5倍", 350.0, "3.5倍", 10),
    ("mac_dsec_surplus", "Gross surplus before taxes 2023", MOP, "to MOP115.20 billion", 115.20e9, "至1,152億元", 1152e8, None, None),
    ("mac_dsec_surplus_growth", "Growth of gross surplus 2023", PC, "rocketed by 896.5%", 896.5, "同比上升9倍", 900.0, "9倍", 100),
    ("mac_dsec_enterprises", "Enterprises engaged in gaming 2023", CNT, "stayed at 9 in 2023", 9, "按年維持在9間", 9, None, None),
    ("mac_dsec_concessionaires", "Gaming concessionaires 2023", CNT, "6 of which were gaming", 6, "包括6間幸運博彩承批企業", 6, None, None),
    ("mac_dsec_parimutuel", "Pari-mutuel and lottery enterprises 2023", CNT, "3 were engaged in pari-mutuels", 3, "和3間經營互相博彩", 3, None, None),
]:
    ms = [F("mac", 6, en, float(env), unit, "dsec23"),
          F("mac", 13, hq, float(hv), unit, "dsec23", vt=hvt, step=hstep) if hvt else F("mac", 13, hq, float(hv), unit, "dsec23")]
    G(gid, MAC, what + " (DSEC gaming sector survey: the English release and a Traditional Chinese retelling)", "Macau gaming sector", what, "2023",
      "The Chinese retelling states percentage growth as 'N倍' (an increase of N times, one decimal): a correct rounding of the release's figure "
      "is rounding; equal values consistent.", ms)

ms = [F("mac", 2, "pledged an additional 20%", 20.0, PC), F("mac", 3, "non-gaming investment by 20 per cent", 20.0, PC)]
G("mac_invest_increase", MAC, "Required increase of the concessionaires' pledged investment once GGR passes MOP180bn: 20% (two)", "Macau concessionaires",
  "investment increase (percent)", "2023-2032", "Same figure.", ms)
ms = [F("mac", 2, "which is MOP50 billion more", 50e9, MOP), F("mac", 7, "about 50 billion patacas", 50e9, MOP, q="approx")]
G("mac_forecast_raise", MAC, "How much the Chief Executive's 2023 expectation exceeded the earlier projection: MOP50bn (two)", "Macau", "forecast revision (MOP)",
  "2023", "Same figure.", ms)
ms = [F("mac", 2, "recorded 28.23 million visitor arrivals", 28.23e6, P, "y23"), F("mac", 2, "Tourist arrivals at 28 million", 28e6, P, "y23", note="subhead"),
      F("mac", 10, "expect 24 million tourists", 24e6, P, "fc23"), F("mac", 7, "nearly 40 million visitors", 40e6, P, "y19", q="under"),
      F("mac", 10, "11.6 million visitor arrivals", 11.6e6, P, "h123")]
G("mac_visitors", MAC, "Macau's visitor arrivals: 2023 28.23 million (subhead 28 million); the authorities' 2023 expectation 24 million; 2019 'nearly 40 "
  "million'; H1 2023 11.6 million", "Macau", "visitor arrivals (persons)", "2019 / 2023",
  "28 million rounds 28.23 million on one page ('either'); the expectation and other periods different_basis.", ms)

# Macau: singles
S("mac", 1, "30 casinos, including", value=30, unit=CNT)
S("mac", 1, "13 gambling establishments", value=13, unit=CNT)
S("mac", 1, "A total of 12,000 slot machines", value=12000, unit=CNT)
S("mac", 1, "6,000 gaming tables", value=6000, unit=CNT)
S("mac", 2, "a total of MOP118.8 billion", value=118.8e9, unit=MOP)
S("mac", 2, "the 77,000 daily average", value=77000, unit=P)
S("mac", 2, "up about 395%", value=395, unit=PC, q="approx")
S("mac", 2, "arrival hit 175,030", value=175030, unit=P)
S("mac", 4, "MOP100 million in taxes", value=100e6, unit=MOP)
S("mac", 4, "a 233.3-percent increase", vt="233.3", value=233.3, unit=PC)
S("mac", 4, "the MOP30-million take", vt="30", value=30e6, unit=MOP, mult=1e6)
S("mac", 5, "some 5% higher than initially", value=5, unit=PC, q="approx")
S("mac", 5, "almost 63.5% higher", value=63.5, unit=PC, q="under")
S("mac", 7, "(around $568.7 billion)", value=568.7e9, unit=USD, q="approx")
S("mac", 7, "(about $1.82 trillion)", value=1.82e12, unit=USD, q="approx")
S("mac", 7, "(approximately $1.87 trillion)", value=1.87e12, unit=USD, q="approx")
S("mac", 7, "65% of tourists", value=65, unit=PC)
S("mac", 7, "below 10% of total visits", value=10, unit=PC, q="under")
S("mac", 7, "recovered to 70% of the pre-pandemic", value=70, unit=PC)
S("mac", 9, "(€1.3bn)", vt="1.3bn", value=1.3e9, unit="EUR")
S("mac", 9, "451,047 visitor arrivals", value=451047, unit=P)
S("mac", 10, "(US$1.88bn)", value=1.88e9, unit=USD)
S("mac", 10, "(US$2.07bn)", value=2.07e9, unit=USD)
S("mac", 10, "reach 45 per cent of 2019 levels", value=45, unit=PC)
S("mac", 10, "(US$16.31bn)", value=16.31e9, unit=USD)
S("mac", 11, "(€1.9 billion)", vt="1.9 billion", value=1.9e9, unit="EUR")
S("mac", 11, "revenue was MOP45.5 billion", value=45.5e9, unit=MOP)
S("mac", 11, "the MOP8.5 billion from Q2 2022", value=8.5e9, unit=MOP)
S("mac", 11, "Q2 2023 was MOP38.8 billion", value=38.8e9, unit=MOP)
S("mac", 11, "MOP26.7 billion from mass", value=26.7e9, unit=MOP)
S("mac", 14, "剛好達十二分之一", vt="十二分之一", value=100 / 12, unit=PC)
S("mac", 15, "全日跌 2.2%", value=-2.2, vt="2.2%", unit=PC)
S("mac", 15, "收報 24.8 元", vt="24.8", value=24.8, unit="HKD")
S("mac", 17, "較預期高出逾20%", value=20, unit=PC, q="over")
S("mac", 17, "升5.9%,收報6.25元", vt="5.9%", value=5.9, unit=PC)
S("mac", 17, "注資7,000元", vt="7,000", value=7000, unit=MOP)
S("mac", 19, "2014年跌30.4%", vt="30.4%", value=-30.4, unit=PC)
S("mac", 19, "2019年跌13.7%", vt="13.7%", value=-13.7, unit=PC)
S("mac", 19, "连续23个月", vt="23", value=23, unit="months")
S("mac", 20, "占比仅为37.2%", value=37.2, unit=PC)
S("mac", 20, "降至15.1%", value=15.1, unit=PC)
S("mac", 20, "达到了62.8%", value=62.8, unit=PC)
S("mac", 20, "上升了14个百分点", vt="14", value=14, unit=PP)
S("mac", 20, "2019年的80.1%", vt="80.1%", value=80.1, unit=PC)
S("mac", 20, "下降至2023年的65%", vt="65%", value=65, unit=PC)
# Macau: not claims
NC("mac", 2, " date 2024-01-01", "date")
NC("mac", 3, " date 2024-01-02", "date")
NC("mac", 3, "01/02/24", "date")
NC("mac", 4, " date 2024-12-31", "date")
NC("mac", 4, "sworn-in on December 20", "date")
NC("mac", 5, "from Dec. 18 to 20", "date")
NC("mac", 6, " date 2024-09-06 MACAU, September 6", "dateline")
NC("mac", 7, "21 Dec 2023", "date")
NC("mac", 7, "the 20th anniversary", "ordinal")
NC("mac", 7, "On January 1, 2023", "date")
NC("mac", 9, "from 21 to 27 January", "date")
NC("mac", 10, " date 2023-08-01", "date")
NC("mac", 11, " date 2023-08", "date")
NC("mac", 12, "《經濟通通訊社3日專訊》", "dateline")
NC("mac", 13, "發佈於 2024年9月6日 下午 4:41", "date")
NC("mac", 13, "2023年博彩業調查結果公佈", "report_title", nth=1)
NC("mac", 14, "2023-02-02", "date")
NC("mac", 17, "2023-12-20 16:28", "date")
NC("mac", 17, "永利澳門(1128)", "identifier")
NC("mac", 18, "2024-12-02 08:42", "date")
NC("mac", 18, "香港新聞網12月2日電", "dateline")
NC("mac", 18, "2024年5月1日,遊客", "caption")
NC("mac", 19, "澳门主权移交25周年", "ordinal")

# ============================================================ China's internet users (CNNIC)
ms = [
    F("cnn", 1, "had over 1.09 billion internet users", 1.09e9, P, "d23", q="over"),
    F("cnn", 2, "exceed 1.09 bln in 2023", 1.09e9, P, "d23", q="over", vt="1.09", mult=1e9, note="headline"),
    F("cnn", 2, "had over 1.09 billion Internet users", 1.09e9, P, "d23", q="over", nth=1),
    F("cnn", 2, "had over 1.09 billion Internet users", 1.09e9, P, "d23", q="over", nth=2),
    F("cnn", 9, "我国网民规模达10.92亿人", 10.92e8, P, "d23", nth=1, note="headline"),
    F("cnn", 9, "截至2023年12月,我国网民规模达10.92亿人", 10.92e8, P, "d23"),
    F("cnn", 10, "截至2023年12月,我国网民规模达10.92亿人", 10.92e8, P, "d23"),
    F("cnn", 10, "截至12月,我国网民规模达10.92亿人", 10.92e8, P, "d23"),
    F("cnn", 16, "規(guī)模達(dá)10.92億人", 10.92e8, P, "d23"),
    F("cnn", 3, "reached 1.079 billion", 1.079e9, P, "j23"),
    F("cnn", 4, "users totaled 1.079 billion by June 2023", 1.079e9, P, "j23", nth=1),
    F("cnn", 4, "users totaled 1.079 billion by June 2023", 1.079e9, P, "j23", nth=2),
    F("cnn", 5, "had reached 1.079 billion", 1.079e9, P, "j23", nth=1),
    F("cnn", 5, "had reached 1.079 billion", 1.079e9, P, "j23", nth=2),
    F("cnn", 15, "中國網民規模達10.79億人", 10.79e8, P, "j23", nth=1, note="headline"),
    F("cnn", 15, "截至2023年6月,中國網民規模達10.79億人", 10.79e8, P, "j23"),
    F("cnn", 12, "我国网民规模达10.79亿人", 10.79e8, P, "j23"),
    F("cnn", 6, "hit more than 1.03 billion", 1.03e9, P, "d21", q="over"),
    F("cnn", 7, "我国网民规模达10.32亿", 10.32e8, P, "d21"),
    F("cnn", 14, "規(guī)模為10.51億", 10.51e8, P, "j22"),
    F("cnn", 13, "我國網民規模達9.04億", 9.04e8, P, "m20"),
    F("cnn", 8, "中国网民达9.4亿", 9.4e8, P, "j20", nth=1, note="breadcrumb"),
    F("cnn", 8, "中国网民达9.4亿", 9.4e8, P, "j20", nth=2, note="headline"),
    F("cnn", 8, "我国网民规模达9.40亿", 9.40e8, P, "j20"),
    F("cnn", 8, "中国网民:9.40亿", 9.40e8, P, "j20"),
    F("cnn", 11, "2024年的11.08亿人", 11.08e8, P, "d24"),
    F("cnn", 11, "1997年的62万人", 62e4, P, "y97"),
    F("cnn", 17, "netizens rises to 1.06 billion", 1.06e9, P, "d22", note="headline"),
    F("cnn", 17, "reached 1.06 billion as of December", 1.06e9, P, "d22"),
    F("cnn", 19, "中國網民規模達到10.67億人", 10.67e8, P, "d22", note="headline"),
    F("cnn", 19, "中國網民規模達10.67億人", 10.67e8, P, "d22"),
    F("cnn", 20, "中国网民规模达10.67亿", 10.67e8, P, "d22", note="headline"),
    F("cnn", 20, "我国网民规模达10.67亿", 10.67e8, P, "d22"),
    F("cnn", 18, "from 564 million in 2012", 564e6, P, "y12"),
    F("cnn", 18, "to 1.03 billion in 2021", 1.03e9, P, "d21"),
]
G("cnn_users", CNN, "China's internet users (CNNIC): December 2023 10.92亿 (five) and 'over 1.09 billion' (four); June 2023 10.79亿 (three) = 1.079 billion "
  "(five); December 2022 10.67亿 (four) vs globaltimes' 1.06 billion (two); December 2021 10.32亿, 'more than 1.03 billion' and scio's 1.03 billion; 2012 564 million; June 2022 10.51亿; March 2020 9.04億; June 2020 9.40亿 (two) and the headline 9.4亿 "
  "(two); December 2024 11.08亿; 1997 62万", "China", "internet users (persons)", "1997-2024",
  "1.06 billion truncates 10.67亿 (conflict); 1.03 billion rounds 10.32亿 (rounding); 'over 1.09 billion' contains 10.92亿 and 'more than 1.03 billion' "
  "contains 10.32亿 (consistent); 9.4亿 = 9.40亿; other periods different_basis.", ms)

ms = [
    F("cnn", 1, "Approximately 77.5 percent", 77.5, PC, "d23", q="approx"),
    F("cnn", 2, "Approximately 77.5 percent", 77.5, PC, "d23", q="approx"),
    F("cnn", 9, "互联网普及率达77.5%", 77.5, PC, "d23"),
    F("cnn", 10, "互联网普及率达77.5%", 77.5, PC, "d23"),
    F("cnn", 16, "普及率達(dá)77.5%", 77.5, PC, "d23"),
    F("cnn", 3, "penetration rate of 76.4%", 76.4, PC, "j23"),
    F("cnn", 4, "penetration reached 76.4 percent", 76.4, PC, "j23"),
    F("cnn", 5, "more than 76.4 percent", 76.4, PC, "j23", q="over", nth=1),
    F("cnn", 5, "more than 76.4 percent", 76.4, PC, "j23", q="over", nth=2),
    F("cnn", 15, "中國互聯網普及率已達76.4%", 76.4, PC, "j23"),
    F("cnn", 15, "互聯網普及率76.4%", 76.4, PC, "j23"),
    F("cnn", 15, "76.4%的互聯網普及率", 76.4, PC, "j23"),
    F("cnn", 12, "互联网普及率达76.4%", 76.4, PC, "j23"),
    F("cnn", 6, "reached 73 percent", 73.0, PC, "d21"),
    F("cnn", 7, "互联网普及率达73.0%", 73.0, PC, "d21"),
    F("cnn", 14, "普及率達74.4%", 74.4, PC, "j22"),
    F("cnn", 8, "互联网普及率达67.0%", 67.0, PC, "j20"),
    F("cnn", 8, "互联网普及率:67.0%", 67.0, PC, "j20"),
    F("cnn", 11, "普及率升至78.6%", 78.6, PC, "d24"),
    F("cnn", 17, "availability rate reaches 75.6%", 75.6, PC, "d22", note="headline"),
    F("cnn", 17, "rate reaching 75.6 percent", 75.6, PC, "d22"),
    F("cnn", 19, "互聯網普及率達75.6%", 75.6, PC, "d22"),
    F("cnn", 20, "互联网普及率达75.6%", 75.6, PC, "d22"),
    F("cnn", 18, "jumped from 42.1%", 42.1, PC, "y12"),
    F("cnn", 18, "to 73% over that span", 73.0, PC, "d21"),
]
G("cnn_penetration", CNN, "China's internet penetration rate: December 2022 75.6% (four); 2012 42.1%; December 2023 77.5% (five); June 2023 76.4% (eight, two as 'more than'); December 2021 73% (two) = 73.0%; "
  "June 2022 74.4%; June 2020 67.0% (two); December 2024 78.6%", "China", "internet penetration (percent)", "2020-2024",
  "Same period consistent; other periods different_basis.", ms)

ms = [
    F("cnn", 2, "an increase of 24.8 million", 24.8e6, P, "d23"),
    F("cnn", 9, "新增网民2480万人", 2480e4, P, "d23"),
    F("cnn", 10, "新增网民2480万人", 2480e4, P, "d23"),
    F("cnn", 10, "较2022年12月增长2480万人", 2480e4, P, "d23"),
    F("cnn", 16, "新增網(wǎng)民2480萬人", 2480e4, P, "d23", nth=1),
    F("cnn", 16, "新增網(wǎng)民2480萬人", 2480e4, P, "d23", nth=2),
    F("cnn", 3, "an increase of 11.09 million", 11.09e6, P, "j23"),
    F("cnn", 4, "an increase of 11.09 million", 11.09e6, P, "j23", nth=1),
    F("cnn", 4, "an increase of 11.09 million", 11.09e6, P, "j23", nth=2),
    F("cnn", 5, "an increase of 11.09 million", 11.09e6, P, "j23", nth=1),
    F("cnn", 5, "an increase of 11.09 million", 11.09e6, P, "j23", nth=2),
    F("cnn", 15, "中國網民增長1109萬人", 1109e4, P, "j23"),
    F("cnn", 12, "较2022年12月增长1109万人", 1109e4, P, "j23"),
    F("cnn", 6, "An increase of nearly 43 million", 43e6, P, "d21", q="under"),
    F("cnn", 7, "较2020年12月增长4296万", 4296e4, P, "d21"),
    F("cnn", 14, "新增網(wǎng)民1919萬", 1919e4, P, "j22"),
    F("cnn", 13, "較2018年底增長7508萬", 7508e4, P, "m20"),
    F("cnn", 8, "较2020年3月增长3625万", 3625e4, P, "j20"),
    F("cnn", 17, "an increase of 35.49 million", 35.49e6, P, "d22"),
    F("cnn", 19, "較2021年12月增長3549萬", 3549e4, P, "d22"),
    F("cnn", 20, "较2021年12月增长3549万", 3549e4, P, "d22"),
]
G("cnn_new_users", CNN, "Increase in China's internet users: 2022 35.49 million = 3549万 (three); 2023 2480万 (five) = 24.8 million; H1 2023 11.09 million (five) = 1109万 (two); 2021 4296万 vs "
  "'nearly 43 million'; H1 2022 1919萬; end-2018 to March 2020 7508萬; March-June 2020 3625万", "China", "new internet users (persons)", "2018-2023",
  "'nearly 43 million' contains 4296万 (consistent); other periods different_basis.", ms)

ms = [F("cnn", 1, "up by 1.9 percentage points", 1.9, PP, "d23", vt="1.9"), F("cnn", 2, "up by 1.9 percentage points", 1.9, PP, "d23", vt="1.9"),
      F("cnn", 14, "互聯(lián)網(wǎng)普及率較2021年12月提升1.4個百分點", 1.4, PP, "j22"), F("cnn", 8, "较今年3月提升2.5个百分点", 2.5, PP, "j20")]
G("cnn_penetration_change", CNN, "Rise of the internet penetration rate: 2023 1.9 points (two); H1 2022 1.4 points; March-June 2020 2.5 points", "China",
  "penetration change (percentage points)", "2020-2023", "Same figure for 2023; other periods different_basis.", ms)

ms = [F("cnn", 7, "农村地区互联网普及率为57.6%", 57.6, PC, "d21"), F("cnn", 14, "達58.8%", 58.8, PC, "j22"),
      F("cnn", 9, "农村地区互联网普及率为66.5%", 66.5, PC, "d23")]
G("cnn_rural_penetration", CNN, "Rural internet penetration: December 2021 57.6%, June 2022 58.8%, December 2023 66.5%", "rural China",
  "internet penetration (percent)", "2021-2023", "Different periods.", ms)
ms = [F("cnn", 7, "较2020年12月提升1.7个百分点", 1.7, PP, "d21"), F("cnn", 14, "較2021年12月提升1.2個百分點", 1.2, PP, "j22"),
      F("cnn", 9, "较2022年12月提升4.6个百分点", 4.6, PP, "d23")]
G("cnn_rural_penetration_change", CNN, "Rise of rural internet penetration: 2021 1.7 points, H1 2022 1.2 points, 2023 4.6 points", "rural China",
  "penetration change (percentage points)", "2021-2023", "Different periods.", ms)
ms = [F("cnn", 7, "农村网民规模已达2.84亿", 2.84e8, P, "d21"), F("cnn", 8, "农村网民:2.85亿", 2.85e8, P, "j20"),
      F("cnn", 10, "农村网民规模达3.26亿人", 3.26e8, P, "d23"),
      F("cnn", 19, "農村網民規模為3.08億", 3.08e8, P, "d22")]
G("cnn_rural_users", CNN, "Rural internet users: December 2021 2.84亿, June 2020 2.85亿, December 2022 3.08億, December 2023 3.26亿", "rural China", "internet users (persons)",
  "2020-2023", "2.84亿 (2021) against 2.85亿 (2020) is a look-alike across periods (different_basis).", ms)

ms = [F("cnn", 7, "5G基站142.5万个", 142.5e4, CNT, "d21"), F("cnn", 14, "5G基站185.4萬", 185.4e4, CNT, "j22"),
      F("cnn", 15, "5G基站293.7萬個", 293.7e4, CNT, "j23"), F("cnn", 9, "累计建成5G基站337.7万个", 337.7e4, CNT, "d23"),
      F("cnn", 2, "3.38 million 5G base stations", 3.38e6, CNT, "d23"),
      F("cnn", 17, "base stations reached 2.31 million", 2.31e6, CNT, "d22"), F("cnn", 19, "5G基站總數達231萬個", 231e4, CNT, "d22"),
      F("cnn", 20, "5G基站总数达231万个", 231e4, CNT, "d22")]
G("cnn_5g_stations", CNN, "5G base stations built in China: December 2021 142.5万; June 2022 185.4萬; December 2022 2.31 million = 231万 (three); June 2023 293.7萬; December 2023 337.7万 vs 3.38 million",
  "China", "5G base stations (count)", "2021-2023", "3.38 million rounds 337.7万 (rounding); other periods different_basis.", ms)

ms = [F("cnn", 14, "域名數(shù)為1786萬", 1786e4, CNT, "j22"), F("cnn", 9, "“.CN”数量为2013万个", 2013e4, CNT, "d23"),
      F("cnn", 10, "保有量为2013万个", 2013e4, CNT, "d23"), F("cnn", 16, "保有量為2013萬", 2013e4, CNT, "d23")]
G("cnn_cn_domains", CNN, "'.CN' domain names: June 2022 1786萬; December 2023 2013万 (three)", "China", ".CN domains (count)", "2022 / 2023",
  "Same period consistent; other period different_basis.", ms)
ms = [F("cnn", 7, "我国域名总数达3593万个", 3593e4, CNT, "d21"), F("cnn", 14, "域名總數(shù)為3380萬", 3380e4, CNT, "j22"),
      F("cnn", 15, "中國域名總數為3024萬個", 3024e4, CNT, "j23"),
      F("cnn", 17, "domains in China reached 34.4 million", 34.4e6, CNT, "d22"), F("cnn", 20, "我国域名总数达3440万个", 3440e4, CNT, "d22")]
G("cnn_domains", CNN, "Domain names in China: December 2021 3593万, June 2022 3380萬, December 2022 34.4 million = 3440万, June 2023 3024萬", "China", "domain names (count)", "2021-2023",
  "Different periods.", ms)
ms = [F("cnn", 7, "IPv6地址数量达63052块/32", 63052, CNT, "d21"), F("cnn", 14, "IPv6地址數(shù)量為63079塊/32", 63079, CNT, "j22"),
      F("cnn", 15, "IPv6地址數量為68055塊/32", 68055, CNT, "j23"), F("cnn", 20, "IPv6地址数量达67369块/32", 67369, CNT, "d22"), F("cnn", 9, "IPv6地址数量为68042块/32", 68042, CNT, "d23"),
      F("cnn", 10, "IPv6地址数量为68042块/32", 68042, CNT, "d23")]
G("cnn_ipv6", CNN, "IPv6 address blocks (/32): December 2021 63052, June 2022 63079, December 2022 67369, June 2023 68055, December 2023 68042 (two)", "China",
  "IPv6 addresses (blocks /32)", "2021-2023", "68055 (June 2023) against 68042 (December 2023) is a look-alike across periods.", ms)
ms = [F("cnn", 14, "終端用戶16.39億戶", 16.39e8, CNT, "j22"), F("cnn", 15, "蜂窩物聯網終端用戶超過21.2億戶", 21.2e8, CNT, "j23", q="over"),
      F("cnn", 9, "发展蜂窝物联网终端用户23.32亿户", 23.32e8, CNT, "d23"), F("cnn", 10, "蜂窝物联网终端用户23.32亿户", 23.32e8, CNT, "d23"),
      F("cnn", 16, "終端用戶23.32億戶", 23.32e8, CNT, "d23"),
      F("cnn", 20, "移动物联网连接数达到18.45亿户", 18.45e8, CNT, "d22")]
G("cnn_iot", CNN, "Cellular IoT terminal users: June 2022 16.39億; December 2022 18.45亿 (mobile IoT connections); June 2023 'over 21.2億'; December 2023 23.32亿 (three)", "China",
  "cellular IoT terminals (count)", "2022 / 2023", "Same period consistent; other periods different_basis.", ms)
ms = [F("cnn", 15, "接入端口數量達11.1億個", 11.1e8, CNT, "j23"), F("cnn", 9, "接入端口数量达11.36亿个", 11.36e8, CNT, "d23")]
G("cnn_broadband_ports", CNN, "Broadband access ports: June 2023 11.1億, December 2023 11.36亿", "China", "broadband ports (count)", "2023",
  "Different periods.", ms)
ms = [F("cnn", 7, "每周上网时长达到28.5个小时", 28.5, HR, "d21"), F("cnn", 14, "每周上網(wǎng)時長為29.5個小時", 29.5, HR, "j22")]
G("cnn_weekly_hours", CNN, "Weekly hours online per user: December 2021 28.5, June 2022 29.5", "China", "hours online per week", "2021 / 2022",
  "Different periods.", ms)
ms = [F("cnn", 7, "手机上网的比例达99.7%", 99.7, PC, "d21"), F("cnn", 8, "手机上网比例:99.2%", 99.2, PC, "j20")]
G("cnn_mobile_share", CNN, "Share of users online by mobile phone: December 2021 99.7%, June 2020 99.2%", "China", "mobile internet share (percent)",
  "2020 / 2021", "Different periods.", ms)

for gid, what, rows in [
    ("cnn_im_users", "Instant-messaging users, June 2023", [(3, "reached 1.047 billion", 1.047e9), (4, "stood at 1.047 billion", 1.047e9),
                                                            (5, "reached 1.047 billion", 1.047e9), (12, "分别达10.47亿人", 10.47e8)]),
    ("cnn_video_users", "Online video users, June 2023", [(3, "and 1.044 billion", 1.044e9), (4, "1.044 billion,", 1.044e9),
                                                          (5, "1.044 billion,", 1.044e9), (12, "10.44亿人", 10.44e8)]),
    ("cnn_short_video_users", "Short-video users, June 2023", [(3, "clips reached 1.026 billion", 1.026e9), (4, "and 1.026 billion", 1.026e9),
                                                               (5, "and 1.026 billion", 1.026e9), (12, "10.26亿人", 10.26e8)]),
]:
    ms = [F("cnn", n, qq, v, P, "j23") for n, qq, v in rows]
    G(gid, CNN, what + ": the same figure in English and Chinese", "China", what, "June 2023", "Same figure.", ms)

for gid, what, unit, rows in [
    ("cnn_im_rate", "Instant-messaging usage rate, June 2023", PC, [(3, "penetration rates of 97.1%", 97.1), (5, "penetration rates at 97.1 percent", 97.1)]),
    ("cnn_video_rate", "Online video usage rate, June 2023", PC, [(3, "and 96.8%, respectively", 96.8), (5, "96.8 percent,", 96.8)]),
    ("cnn_carhail_h1", "Increase in online car-hailing users, H1 2023", P, [(3, "grew by 34.92 million", 34.92e6), (5, "increased by 34.92 million", 34.92e6)]),
    ("cnn_travel_h1", "Increase in online travel booking users, H1 2023", P, [(3, "30.91 million,", 30.91e6), (5, "30.91 million,", 30.91e6)]),
    ("cnn_literature_h1", "Increase in online literature users, H1 2023", P, [(3, "and 35.92 million, respectively", 35.92e6), (5, "and 35.92 million respectively", 35.92e6)]),
    ("cnn_carhail_rate_h1", "Growth of online car-hailing users, H1 2023", PC, [(3, "sectors were 8.0%", 8.0), (5, "growth rates of 8.0 percent", 8.0)]),
    ("cnn_travel_rate_h1", "Growth of online travel booking users, H1 2023", PC, [(3, "7.3%, and", 7.3), (5, "7.3 percent, and", 7.3)]),
    ("cnn_literature_rate_h1", "Growth of online literature users, H1 2023", PC, [(3, "7.3%, making", 7.3), (5, "7.3 percent respectively", 7.3)]),
    ("cnn_carhail_2023", "Increase in online car-hailing users, 2023", P, [(2, "increased by 90.57 million", 90.57e6), (9, "分别增长9057万人", 9057e4)]),
    ("cnn_health_2023", "Increase in internet health-care users, 2023", P, [(2, "and 51.39 million", 51.39e6), (9, "5139万人", 5139e4)]),
    ("cnn_carhail_rate_2023", "Growth of online car-hailing users, 2023", PC, [(2, "or 20.7 percent", 20.7), (9, "增长率分别为20.7%", 20.7)]),
    ("cnn_health_rate_2023", "Growth of internet health-care users, 2023", PC, [(2, "and 14.2 percent", 14.2), (9, "、14.2%", 14.2)]),
    ("cnn_travel_users_2023", "Online travel booking users, December 2023", P, [(2, "More than 509 million", 509e6), (16, "用戶規(guī)模達(dá)5.09億人", 5.09e8)]),
    ("cnn_travel_incr_2023", "Increase in online travel booking users, 2023", P, [(2, "up by 86.29 million", 86.29e6), (16, "增長8629萬人", 8629e4)]),
    ("cnn_travel_rate_2023", "Growth of online travel booking users, 2023", PC, [(2, "which is 20.4 percent", 20.4), (16, "增長率為20.4%", 20.4)]),
    ("cnn_digital_skills", "Users with at least one basic digital skill, June 2023", PC, [(15, "整體的比例為86.6%", 86.6), (12, "占整体比例为86.6%", 86.6)]),
]:
    ms = []
    for n, qq, v in rows:
        kw = {}
        if qq == "More than 509 million":
            kw["q"] = "over"
        ms.append(F("cnn", n, qq, v, unit, **kw))
    G(gid, CNN, what + " (restated across pages)", "China", what, "2023", "Same figure ('more than 509 million' contains 5.09億).", ms)

ms = [F("cnn", 15, "5G移動電話用戶達6.76億戶", 6.76e8, P, nth=1, note="subhead"), F("cnn", 15, "5G移動電話用戶達6.76億戶,", 6.76e8, P)]
G("cnn_5g_phone_users", CNN, "5G mobile phone users, June 2023: 6.76億 (subhead and body of one page)", "China", "5G phone users (persons)", "June 2023",
  "Same figure.", ms)

ms = [F("cnn", 17, "21.3 percent of the total", 21.3, PC, "d22"), F("cnn", 19, "占移動基站總數的21.3%", 21.3, PC, "d22"),
      F("cnn", 20, "占移动基站总数的21.3%", 21.3, PC, "d22")]
G("cnn_5g_share", CNN, "5G base stations' share of all mobile base stations, December 2022: 21.3% (three)", "China", "5G share of base stations (percent)",
  "December 2022", "Same figure.", ms)
ms = [F("cnn", 17, "an increase of 7 percentage points", 7.0, PP, "d22", vt="7"), F("cnn", 19, "較2021年12月提高7個百分點", 7.0, PP, "d22"),
      F("cnn", 20, "较2021年12月提高7个百分点", 7.0, PP, "d22")]
G("cnn_5g_share_change", CNN, "Rise of the 5G share of base stations in 2022: 7 points (three)", "China", "5G share change (percentage points)",
  "2022", "Same figure.", ms)
ms = [F("cnn", 17, "has reached 3.52 billion", 3.52e9, CNT, "d22"), F("cnn", 20, "终端连接总数已达35.28亿户", 35.28e8, CNT, "d22")]
G("cnn_mobile_connections", CNN, "Terminal connections on China's mobile network, December 2022: globaltimes' 3.52 billion vs 35.28亿", "China",
  "mobile network terminal connections (count)", "December 2022", "3.52 billion truncates 35.28亿 (which rounds to 3.53 billion): conflict.", ms)
ms = [F("cnn", 20, "IPv6活跃用户数达7.28亿", 7.28e8, P, "d22"), F("cnn", 15, "IPv6活躍用戶數達7.67億", 7.67e8, P, "j23")]
G("cnn_ipv6_users", CNN, "Active IPv6 users: December 2022 7.28亿, June 2023 7.67億", "China", "active IPv6 users (persons)", "2022 / 2023",
  "Different periods.", ms)

# internet users: singles
S("cnn", 9, "占移动网终端连接数的比例达57.5%", vt="57.5%", value=57.5, unit=PC)
S("cnn", 9, "净增4.88亿户", vt="4.88亿", value=4.88e8, unit=CNT)
S("cnn", 9, "2577家老年人", vt="2577", value=2577, unit=CNT)
S("cnn", 9, "超过1.4亿台智能手机", vt="1.4亿", value=1.4e8, unit=CNT, q="over")
S("cnn", 7, "全年新增5G基站65.4万个", vt="65.4万", value=65.4e4, unit=CNT)
S("cnn", 7, "同比增长9.4%", vt="9.4%", value=9.4, unit=PC)
S("cnn", 7, "IPv6流量占比达到35.15%", vt="35.15%", value=35.15, unit=PC)
S("cnn", 7, "平台已经超过150个", vt="150", value=150, unit=CNT, q="over")
S("cnn", 7, "接入设备总量超过7600万台套", vt="7600万", value=7600e4, unit=CNT, q="over")
S("cnn", 7, "缩小0.2个百分点", vt="0.2", value=-0.2, unit=PP)
S("cnn", 7, "老年网民规模达1.19亿", vt="1.19亿", value=1.19e8, unit=P)
S("cnn", 7, "互联网普及率达43.2%", vt="43.2%", value=43.2, unit=PC)
S("cnn", 7, "增加2.3个小时", vt="2.3", value=2.3, unit=HR)
S("cnn", 8, "手机网民:9.32亿", vt="9.32亿", value=9.32e8, unit=P)
S("cnn", 8, "台式电脑上网比例:37.3%", vt="37.3%", value=37.3, unit=PC)
S("cnn", 8, "笔记本电脑上网比例:31.8", vt="31.8", value=31.8, unit=PC)
S("cnn", 8, "电视上网比例:28.6%", vt="28.6%", value=28.6, unit=PC)
S("cnn", 8, "平板电脑上网比例:27.5%", vt="27.5%", value=27.5, unit=PC)
S("cnn", 10, "较2022年12月增长1788万人", vt="1788万", value=1788e4, unit=P)
S("cnn", 14, "接入用戶總數(shù)達5.63億戶", vt="5.63億", value=5.63e8, unit=CNT)
S("cnn", 14, "凈增2705萬戶", vt="2705萬", value=2705e4, unit=CNT)
S("cnn", 14, "占總用戶數(shù)的93.7%", vt="93.7%", value=93.7, unit=PC)
S("cnn", 14, "較2021年12月增長0.04%", vt="0.04%", value=0.04, unit=PC)
S("cnn", 14, "提升1.0個小時", vt="1.0", value=1.0, unit=HR)
S("cnn", 15, "光纜線路總長度達6196萬公裡", vt="6196萬", value=6196e4, unit="km")
S("cnn", 15, "比例為60.4%", vt="60.4%", value=60.4, unit=PC)
S("cnn", 15, "增長2.1個百分點", vt="2.1", value=2.1, unit=PP)
S("cnn", 16, "企業(yè)數(shù)量已超4400家", vt="4400", value=4400, unit=CNT, q="over")
S("cnn", 16, "服務(wù)用戶規(guī)模達(dá)9.73億人", vt="9.73億", value=9.73e8, unit=P)
S("cnn", 16, "同比增長超4700萬人", vt="4700萬", value=4700e4, unit=P, q="over")
S("cnn", 17, "59.58 million kilometers", value=59.58e6, unit="km")
S("cnn", 17, "4.77 million kilometers", value=4.77e6, unit="km")
S("cnn", 19, "城鎮網民規模為7.59億", vt="7.59億", value=7.59e8, unit=P)
S("cnn", 19, "用戶使用率高達94.8%", vt="94.8%", value=94.8, unit=PC)
S("cnn", 19, "從6.48億", vt="6.48億", value=6.48e8, unit=P)
S("cnn", 19, "增長至10.12億", vt="10.12億", value=10.12e8, unit=P)
S("cnn", 19, "線上辦公用戶規模達5.40億", vt="5.40億", value=5.40e8, unit=P)
S("cnn", 19, "增長7078萬", vt="7078萬", value=7078e4, unit=P)
S("cnn", 19, "占網民整體的50.6%", vt="50.6%", value=50.6, unit=PC)
S("cnn", 19, "線上健身用戶規模達3.80億", vt="3.80億", value=3.80e8, unit=P)
S("cnn", 19, "占網民整體的35.6%", vt="35.6%", value=35.6, unit=PC)
S("cnn", 19, "醫療用戶規模達3.63億", vt="3.63億", value=3.63e8, unit=P)
S("cnn", 19, "增長6466萬", vt="6466萬", value=6466e4, unit=P)
S("cnn", 19, "占網民整體的34.0%", vt="34.0%", value=34.0, unit=PC)
S("cnn", 19, "農村網民整體的31.8%", vt="31.8%", value=31.8, unit=PC)
S("cnn", 19, "和21.5%", vt="21.5%", value=21.5, unit=PC)
S("cnn", 19, "分別增長2.7", vt="2.7", value=2.7, unit=PP)
S("cnn", 19, "和4.1個百分點", vt="4.1", value=4.1, unit=PP)
S("cnn", 20, "较2021年12月增长6.8%", vt="6.8%", value=6.8, unit=PC)
S("cnn", 20, "工业互联网平台达到了240个", vt="240", value=240, unit=CNT)
S("cnn", 20, "项目超过4000个", vt="4000", value=4000, unit=CNT, q="over")
S("cnn", 18, "China adds 500 million netizens", vt="500 million", value=500e6, unit=P)

# internet users: not claims
NC("cnn", 17, "Published: Mar 03, 2023 02:40 AM", "date")
NC("cnn", 17, "the 51st China Statistical Report", "report_title")
NC("cnn", 18, "Updated:  August 22, 2022", "date")
NC("cnn", 18, "in 10 years", "period")
NC("cnn", 19, "2023-03-03 09:15", "date")
NC("cnn", 19, "香港新聞網3月3日電 3月2日", "dateline")
NC("cnn", 19, "2018—2022五年間", "period")
NC("cnn", 20, "央视新闻 2023-03-02 18:26", "date")
NC("cnn", 20, "发布第51次", "report_title")
NC("cnn", 1, "22nd Mar, 2024", "date")
NC("cnn", 1, "the 53rd Statistical Report", "report_title")
NC("cnn", 2, "21:04 UTC+8, 2024-03-22", "date")
NC("cnn", 2, "the 53rd Statistical Report", "report_title")
NC("cnn", 2, "issued by the CNNIC in 1997", "date")
NC("cnn", 3, "released on August 29", "date")
NC("cnn", 4, " date 2023-08-28", "date")
NC("cnn", 5, "1st Sep, 2023", "date")
NC("cnn", 6, "25th Feb, 2022", "date")
NC("cnn", 6, "the 49th statistical report", "report_title")
NC("cnn", 7, "2月25日", "date")
NC("cnn", 7, "发布第49次", "report_title")
NC("cnn", 8, "发布时间:2020-09-30 09:30", "date")
NC("cnn", 8, "在京发布第46次", "report_title")
NC("cnn", 9, "发布时间:2024/3/25 9:28:50", "date")
NC("cnn", 9, "在北京发布第53次", "report_title")
NC("cnn", 10, "发布时间:2024-11-22 07:05:03", "date")
NC("cnn", 10, "sp20241122", "identifier")
NC("cnn", 10, "人民网北京3月22日电", "dateline")
NC("cnn", 11, "1月17日", "date")
NC("cnn", 11, "接入国际互联网30周年", "ordinal")
NC("cnn", 12, "8月28日在京发布", "date")
NC("cnn", 12, "第52次", "report_title")
NC("cnn", 13, "(2020年4月)", "date")
NC("cnn", 13, "新中國成立70周年", "ordinal")
NC("cnn", 14, "8月31日", "date")
NC("cnn", 15, "發布第52次", "report_title")
NC("cnn", 16, "3月22日", "date")

# ============================================================ international patent filings (WIPO PCT)
ms = [
    F("pat", 1, "was 272,600 in 2023", 272600, CNT, "y23"),
    F("pat", 2, "applications was 272,600", 272600, CNT, "y23"),
    F("pat", 7, "revealed 272,600 worldwide", 272600, CNT, "y23"),
    F("pat", 9, "申请总量为27.26万件", 27.26e4, CNT, "y23"),
    F("pat", 10, "申请总量为27.26万件", 27.26e4, CNT, "y23"),
    F("pat", 11, "全球申请总量为27.26万件", 27.26e4, CNT, "y23"),
    F("pat", 13, "總申請(qǐng)量是27.26萬", 27.26e4, CNT, "y23"),
    F("pat", 14, "申請總量為27.26萬件", 27.26e4, CNT, "y23"),
    F("pat", 4, "reaching 278,100", 278100, CNT, "y22"),
    F("pat", 5, "totaling 278,100", 278100, CNT, "y22"),
    F("pat", 15, "達到277500件", 277500, CNT, "y21"),
    ]
G("pat_total", PAT, "PCT international applications worldwide (WIPO): 2023 272,600 = 27.26万 (eight); 2022 278,100 (two); 2021 277500", "world",
  "PCT applications (count)", "2021-2023", "Same year consistent; other years different_basis.", ms)

ms = [
    F("pat", 1, "down 1.8% from 2023", -1.8, PC, "y23", vt="1.8%", note="the page says 'from 2023' for the previous year"),
    F("pat", 2, "a slight decrease of 1.8%", -1.8, PC, "y23", vt="1.8%"),
    F("pat", 7, "a 1.8% decrease", -1.8, PC, "y23", vt="1.8%"),
    F("pat", 9, "相比下降1.8%", -1.8, PC, "y23", vt="1.8%"),
    F("pat", 10, "同比下降1.8%", -1.8, PC, "y23", vt="1.8%"),
    F("pat", 11, "同比微降1.8%", -1.8, PC, "y23", vt="1.8%"),
    F("pat", 13, "同比下降1.8%", -1.8, PC, "y23", vt="1.8%"),
    F("pat", 14, "同比下降1.8%", -1.8, PC, "y23", vt="1.8%"),
    F("pat", 4, "rose slightly by 0.3%", 0.3, PC, "y22"),
    F("pat", 5, "rose by 0.3%", 0.3, PC, "y22"),
    F("pat", 15, "申請量增長了0.9%", 0.9, PC, "y21"),
    ]
G("pat_total_growth", PAT, "Change in PCT applications worldwide: 2023 -1.8% (eight); 2022 +0.3% (two); 2021 +0.9%", "world",
  "PCT application growth (percent)", "2021-2023", "Same year consistent; other years different_basis.", ms)

ms = [
    F("pat", 1, "on top with 69,610 applications", 69610, CNT, "y23"),
    F("pat", 2, "a whopping 69,610 applications", 69610, CNT, "y23"),
    F("pat", 7, "largest contributor with 69,610", 69610, CNT, "y23"),
    F("pat", 9, "有69610件申请", 69610, CNT, "y23"),
    F("pat", 10, "中国申请量为69610件", 69610, CNT, "y23"),
    F("pat", 11, "高达69,610件", 69610, CNT, "y23"),
    F("pat", 13, "共提交了69610件", 69610, CNT, "y23"),
    F("pat", 14, "中國申請量為69610件", 69610, CNT, "y23"),
    F("pat", 3, "approx 74,000", 74000, CNT, "iprd23", q="approx", note="huaweicentral, after IPRdaily / incoPat"),
    F("pat", 4, "with 70,015 applications", 70015, CNT, "y22"),
    F("pat", 5, "with 70,015 applications filed", 70015, CNT, "y22"),
    F("pat", 5, "1. China 70,015", 70015, CNT, "y22"),
    F("pat", 8, "filed with 70,015", 70015, CNT, "y22"),
    F("pat", 6, "filed over 70,000 applications", 70000, CNT, "y22", q="over"),
    F("pat", 15, "中國(69540件申請", 69540, CNT, "y21"),
    F("pat", 12, "55242", 55242, CNT, "cnipa18", note="CNIPA as receiving office, total"),
    F("pat", 12, "74452", 74452, CNT, "cnipa22"),
    F("pat", 12, "73812", 73812, CNT, "cnipa23"),
    F("pat", 12, "69115", 69115, CNT, "cnipad22", note="CNIPA as receiving office, domestic applicants"),
    F("pat", 12, "68780", 68780, CNT, "cnipad23"),
]
G("pat_china", PAT, "PCT applications from China: WIPO 2023 69,610 (eight) vs huaweicentral's 'approx 74,000' (IPRdaily); 2022 70,015 (four) and 'over "
  "70,000'; 2021 69540; the CNIPA's received applications (2018 55242, 2022 74452, 2023 73812; domestic 69115 / 68780)", "China",
  "PCT applications (count)", "2018-2023",
  "'approx 74,000' from another compiler against WIPO's 69,610 is different_basis (conflict defensible); the CNIPA's receipts are another "
  "scope (different_basis); 'over 70,000' contains 70,015 (consistent).", ms, X(ms, DC, ["y23"], ["iprd23"]))

ms = [F("pat", 9, "略微下降了0.6%", -0.6, PC, "y23", vt="0.6%"), F("pat", 13, "同比下滑了0.6%", -0.6, PC, "y23", vt="0.6%"),
      F("pat", 4, "growth of 0.6%", 0.6, PC, "y22"), F("pat", 5, "(+0.6% growth over 2021)", 0.6, PC, "y22"),
      F("pat", 8, "(up 0.6% from the previous year)", 0.6, PC, "y22"),
      F("pat", 15, "同比增長0.9%", 0.9, PC, "y21")]
G("pat_china_growth", PAT, "Change in PCT applications from China: 2023 -0.6% (two); 2022 +0.6% (three); 2021 +0.9%", "China",
  "PCT application growth (percent)", "2021-2023", "-0.6% (2023) against +0.6% (2022) is a look-alike across years (different_basis).", ms)

ms = [
    F("pat", 2, "United States with 55,678", 55678, CNT, "y23"),
    F("pat", 7, "ranked second with 55,678", 55678, CNT, "y23"),
    F("pat", 9, "有55678件", 55678, CNT, "y23"),
    F("pat", 10, "美国以55678件", 55678, CNT, "y23"),
    F("pat", 11, "美国的55,678件", 55678, CNT, "y23"),
    F("pat", 13, "的55678件", 55678, CNT, "y23"),
    F("pat", 14, "美國以55678件", 55678, CNT, "y23"),
    F("pat", 1, "which had 58,823", 58823, CNT, "y23"),
    F("pat", 4, "the US (59,056)", 59056, CNT, "y22"),
    F("pat", 5, "with 59,056 applications", 59056, CNT, "y22"),
    F("pat", 5, "2. United States of America 59,056", 59056, CNT, "y22"),
    F("pat", 8, "second with 59,056", 59056, CNT, "y22"),
    F("pat", 15, "美國(59570件申請", 59570, CNT, "y21"),
    ]
G("pat_us", PAT, "PCT applications from the United States: 2023 55,678 (seven) vs tomshardware's 58,823; 2022 59,056 (four); 2021 59570",
  "United States", "PCT applications (count)", "2021-2023", "58,823 disagrees with WIPO's 55,678 for 2023 (conflict); other years different_basis.", ms)
ms = [F("pat", 9, "下降了5.3%", -5.3, PC, "y23", vt="5.3%"), F("pat", 13, "同比下滑5.3%", -5.3, PC, "y23", vt="5.3%"),
      F("pat", 5, "(-0.6%)", -0.6, PC, "y22"), F("pat", 8, "(down 0.6% on 2021)", -0.6, PC, "y22", vt="0.6%"),
      F("pat", 15, "+1.9%", 1.9, PC, "y21")]
G("pat_us_growth", PAT, "Change in PCT applications from the US: 2023 -5.3% (two); 2022 -0.6% (two); 2021 +1.9%", "United States",
  "PCT application growth (percent)", "2021-2023", "Different years.", ms)

for gid, subj, rows in [
    ("pat_japan", "Japan", [(7, "Japan (48,879)", 48879, "y23"), (13, "日本(48879件", 48879, "y23"), (4, "Japan (50,345)", 50345, "y22"),
                            (5, "Japan (50,345", 50345, "y22"), (5, "3. Japan 50,345", 50345, "y22"), (8, "followed with 50,345", 50345, "y22"),
                            (15, "日本(50260件申請", 50260, "y21")]),
    ("pat_korea", "Republic of Korea", [(7, "South Korea (22,288)", 22288, "y23"), (13, "(22288件", 22288, "y23"), (4, "Korea (22,012)", 22012, "y22"),
                                        (5, "Korea (22,012", 22012, "y22"), (5, "4. Republic of Korea 22,012", 22012, "y22"),
                                        (8, "with 22,012 applications", 22012, "y22"),
                                        (15, "韓國(20678件申請", 20678, "y21")]),
    ("pat_germany", "Germany", [(7, "Germany (16,916)", 16916, "y23"), (13, "(16916件", 16916, "y23"), (4, "Germany (17,530)", 17530, "y22"),
                                (5, "Germany (17,530", 17530, "y22"), (5, "5. Germany 17,530", 17530, "y22"), (8, "and 17,530 applications", 17530, "y22"),
                                (15, "德國(17322件申請", 17322, "y21")]),
]:
    ms = [F("pat", n, qq, float(v), CNT, b) for n, qq, v, b in rows]
    G(gid, PAT, f"PCT applications from {subj}: 2023 {rows[0][2]:,}, 2022 {rows[2][2]:,}, 2021 {rows[-1][2]:,}", subj, "PCT applications (count)",
      "2021-2023", "Same year consistent; other years different_basis.", ms)

ms = [F("pat", 13, "同比下降2.9%", -2.9, PC, "y23", vt="2.9%"), F("pat", 5, "+0.1%", 0.1, PC, "y22"), F("pat", 8, "(+0.1%)", 0.1, PC, "y22"),
      F("pat", 15, "-0.6%", -0.6, PC, "y21")]
G("pat_japan_growth", PAT, "Change in PCT applications from Japan: 2023 -2.9%, 2022 +0.1% (two), 2021 -0.6%", "Japan", "PCT application growth (percent)",
  "2021-2023", "Different years.", ms)
ms = [F("pat", 13, "同比增長(zhǎng)1.2%", 1.2, PC, "y23"), F("pat", 13, "韓國(guó)(1.2%)", 1.2, PC, "y23"),
      F("pat", 4, "and 6.2% respectively", 6.2, PC, "y22"), F("pat", 5, "+6.2%", 6.2, PC, "y22"), F("pat", 8, "growing 6.2%", 6.2, PC, "y22"),
      F("pat", 15, "+3.2%", 3.2, PC, "y21")]
G("pat_korea_growth", PAT, "Change in PCT applications from Korea: 2023 +1.2% (two on one page), 2022 +6.2% (three), 2021 +3.2%", "Republic of Korea",
  "PCT application growth (percent)", "2021-2023", "Different years.", ms)
ms = [F("pat", 13, "同比下滑3.2%", -3.2, PC, "y23", vt="3.2%"), F("pat", 5, "+1.5%", 1.5, PC, "y22"), F("pat", 8, "and 1.5% respectively", 1.5, PC, "y22"),
      F("pat", 15, "-6.4%", -6.4, PC, "y21")]
G("pat_germany_growth", PAT, "Change in PCT applications from Germany: 2023 -3.2%, 2022 +1.5% (two), 2021 -6.4%", "Germany",
  "PCT application growth (percent)", "2021-2023", "Different years.", ms)
ms = [F("pat", 13, "分別達(dá)到了44.6%", 44.6, PC, "y23"), F("pat", 4, "growth of 25.4%", 25.4, PC, "y22"), F("pat", 5, "+25.4%", 25.4, PC, "y22"),
      F("pat", 8, "saw a 25.4% growth", 25.4, PC, "y22")]
G("pat_india_growth", PAT, "Change in PCT applications from India: 2023 +44.6%, 2022 +25.4% (three)", "India", "PCT application growth (percent)",
  "2022 / 2023", "Different years.", ms)
ms = [F("pat", 5, "India (2,618 applications", 2618, CNT, "y22"), F("pat", 8, "to 2,618 in 2022", 2618, CNT, "y22"),
      F("pat", 8, "base of 2,087 applications", 2087, CNT, "y21")]
G("pat_india", PAT, "PCT applications from India: 2022 2,618 (two), 2021 2,087", "India", "PCT applications (count)", "2021 / 2022",
  "Same year consistent; other year different_basis.", ms)

ms = [
    F("pat", 1, "top filer with 6,494", 6494, CNT, "y23"),
    F("pat", 2, "Huawei ranks first, with 6,494", 6494, CNT, "y23"),
    F("pat", 7, "applicants with 6,494", 6494, CNT, "y23"),
    F("pat", 9, "公布了6494件", 6494, CNT, "y23"),
    F("pat", 10, "以6494件", 6494, CNT, "y23"),
    F("pat", 11, "高达6,494件", 6494, CNT, "y23"),
    F("pat", 13, "申請(qǐng)了6494件", 6494, CNT, "y23"),
    F("pat", 14, "以6494件", 6494, CNT, "y23"),
    F("pat", 3, "filed around 7822 patents", 7822, CNT, "iprd23", q="approx", note="IPRdaily / incoPat ranking"),
    F("pat", 3, "Huawei – 7822 patents", 7822, CNT, "iprd23"),
    F("pat", 4, "with 7,689 published", 7689, CNT, "y22"),
    F("pat", 5, "with 7,689 applications", 7689, CNT, "y22"),
    F("pat", 6, "with 7,689 published", 7689, CNT, "y22"),
    F("pat", 15, "以6952件申請", 6952, CNT, "y21"),
    ]
G("pat_huawei", PAT, "Huawei's PCT applications: WIPO 2023 6,494 (eight) vs IPRdaily's 7822 (two on huaweicentral); 2022 7,689 (three); 2021 6952",
  "Huawei", "PCT applications (count)", "2021-2023",
  "IPRdaily's count for 2023 is another compiler's (different_basis, conflict defensible); other years different_basis.", ms,
  X(ms, DC, ["y23"], ["iprd23"]))

for gid, subj, rows, alt in [
    ("pat_samsung", "Samsung Electronics", [(1, "followed with 3,924", 3924, "y23"), (2, "Samsung with 3,924", 3924, "y23"), (7, "Samsung (3,924)", 3924, "y23"),
                                            (9, "(3924件申请)", 3924, "y23"), (11, "申请了3,924件", 3924, "y23"), (13, "三星(3924件)", 3924, "y23"),
                                            (4, "(4,387 applications)", 4387, "y22"), (5, "Republic of Korea (4,387)", 4387, "y22")], False),
    ("pat_qualcomm", "Qualcomm", [(1, "and 3,410 applications", 3410, "y23"), (2, "third with 3,410", 3410, "y23"), (7, "Qualcomm (3,410)", 3410, "y23"),
                                  (9, "高通公司(3410件)", 3410, "y23"), (11, "以3,410件", 3410, "y23"), (13, "高通(3410件)", 3410, "y23"),
                                  (4, "Qualcomm of the US (3,855)", 3855, "y22"), (5, "U.S. (3,855)", 3855, "y22")], False),
    ("pat_mitsubishi", "Mitsubishi Electric", [(1, "with 2,152", 2152, "y23"), (7, "Mitsubishi Electric (2,152)", 2152, "y23"),
                                               (9, "三菱电机(2152件)", 2152, "y23"), (13, "三菱電機(jī)(2152件)", 2152, "y23"), (5, "Japan (2,320)", 2320, "y22")], False),
    ("pat_boe", "BOE Technology", [(1, "1,988 applications", 1988, "y23"), (7, "BOE Technology (1,988)", 1988, "y23"), (9, "京东方科技(1988件)", 1988, "y23"),
                                   (13, "京東方(1988件)", 1988, "y23"), (3, "BOE – 2002 patents", 2002, "iprd23")], True),
    ("pat_catl", "CATL", [(13, "(1799件)", 1799, "y23"), (3, "CATL – 2152 patents", 2152, "iprd23")], True),
    ("pat_oppo", "OPPO", [(13, "(1766件)", 1766, "y23"), (3, "OPPO – 1849 patents", 1849, "iprd23")], True),
    ("pat_zte", "ZTE", [(13, "(1738件)", 1738, "y23"), (3, "ZTE – 1802 patents", 1802, "iprd23")], True),
]:
    ms = [F("pat", n, qq, float(v), CNT, b) for n, qq, v, b in rows]
    G(gid, PAT, f"{subj}'s PCT applications (WIPO" + (" vs IPRdaily's 2023 ranking)" if alt else ", 2022 / 2023)"), subj, "PCT applications (count)",
      "2022 / 2023", ("IPRdaily's 2023 count is another compiler's (different_basis, conflict defensible)." if alt else
                      "Same year consistent; other year different_basis."), ms, *([X(ms, DC, ["y23"], ["iprd23"])] if alt else []))

ms = [F("pat", 4, "fastest growth in PCT filings of 44.3%", 44.3, PC), F("pat", 5, "most significant increase (+44.3%)", 44.3, PC)]
G("pat_samsung_growth", PAT, "Samsung's growth in published PCT applications 2022: 44.3% (two)", "Samsung Electronics", "PCT application growth (percent)",
  "2022", "Same figure.", ms)
ms = [F("pat", 9, "增加了1533件", 1533, CNT), F("pat", 10, "申请量增加了1533件", 1533, CNT), F("pat", 14, "申請量增加了1533件", 1533, CNT)]
G("pat_catl_increase", PAT, "Increase in CATL's published PCT applications 2023: 1533 (three)", "CATL", "PCT application increase (count)", "2023",
  "Same figure.", ms)

ms = [F("pat", 9, "亚洲国家占55.7%", 55.7, PC, "y23"), F("pat", 10, "亚洲国家目前占55.7%", 55.7, PC, "y23"),
      F("pat", 4, "overall share of 54.7%", 54.7, PC, "y22"), F("pat", 15, "申請總量的54.1%", 54.1, PC, "y21"), F("pat", 9, "仅为40.5%", 40.5, PC, "y13"), F("pat", 10, "仅占40.5%", 40.5, PC, "y13"),
      F("pat", 15, "該比例為38.5%", 38.5, PC, "y11")]
G("pat_asia_share", PAT, "Asia's share of PCT applications: 2023 55.7% (two); 2022 54.7%; 2021 54.1%; ten years before 2023 40.5% (two); 2011 38.5%",
  "Asia", "share of PCT applications (percent)", "2011-2023", "Same year consistent; other years different_basis.", ms)
ms = [F("pat", 9, "为10.2%", 10.2, PC, "y23"), F("pat", 10, "占比最大,为10.2%", 10.2, PC, "y23"), F("pat", 14, "占比最大,為10.2%", 10.2, PC, "y23"),
      F("pat", 4, "published PCT applications (10.4%)", 10.4, PC, "y22"), F("pat", 15, "占總量的9.9%", 9.9, PC, "y21")]
G("pat_computer_share", PAT, "Computer technology's share of published PCT applications: 2023 10.2% (three), 2022 10.4%, 2021 9.9%", "computer technology",
  "share of published PCT applications (percent)", "2021-2023", "Same year consistent; other years different_basis.", ms)
ms = [F("pat", 9, "数字通信(9.4%)", 9.4, PC, "y23"), F("pat", 4, "digital communication (9.4%)", 9.4, PC, "y22"),
      F("pat", 15, "數字通信(9.0%)", 9.0, PC, "y21")]
G("pat_digicom_share", PAT, "Digital communication's share: 2023 9.4%, 2022 9.4%, 2021 9.0%", "digital communication",
  "share of published PCT applications (percent)", "2021-2023", "The same 9.4% for 2023 and 2022 is a look-alike across years (different_basis).", ms)
ms = [F("pat", 9, "电气机械(7.9%)", 7.9, PC, "y23"), F("pat", 4, "electrical machinery (7.1%)", 7.1, PC, "y22"),
      F("pat", 15, "電氣機械(6.9%)", 6.9, PC, "y21")]
G("pat_elec_share", PAT, "Electrical machinery's share: 2023 7.9%, 2022 7.1%, 2021 6.9%", "electrical machinery",
  "share of published PCT applications (percent)", "2021-2023", "Different years.", ms)
ms = [F("pat", 9, "医疗技术(6.7%)", 6.7, PC, "y23"), F("pat", 15, "醫療技術(7.1%)", 7.1, PC, "y21")]
G("pat_medtech_share", PAT, "Medical technology's share: 2023 6.7%, 2021 7.1%", "medical technology", "share of published PCT applications (percent)",
  "2021 / 2023", "Different years.", ms)
ms = [F("pat", 9, "约占2023年已公布PCT申请总量的五分之二", 40.0, PC, vt="五分之二", step=20),
      F("pat", 10, "约占2023年已公布PCT申请总量的2/5", 40.0, PC, vt="2/5", step=20),
      F("pat", 14, "約占2023年已公布PCT申請總量的2/5", 40.0, PC, vt="2/5", step=20)]
G("pat_top5_fields_share", PAT, "Share of the five largest technical fields in 2023: two fifths (three)", "top five technical fields",
  "share of published PCT applications (percent)", "2023", "Same figure.", ms)
ms = [F("pat", 4, "accounting for more than 25%", 25.0, PC, q="over"), F("pat", 5, "25.1%", 25.1, PC)]
G("pat_china_share22", PAT, "China's share of PCT applications 2022: 'more than 25%' vs 25.1%", "China", "share of PCT applications (percent)", "2022",
  "The bound contains 25.1% (consistent).", ms)
for gid, subj, rows in [
    ("pat_uc", "University of California", [(9, "最大的申请人(531件)", 531, "y23"), (4, "the US (552 published", 552, "y22")]),
    ("pat_zju", "Zhejiang University", [(4, "Zhejiang University of China (309)", 309, "y22"), (15, "浙江大學(306件)", 306, "y21")]),
    ("pat_suzhou", "Suzhou University", [(9, "位居第二(332件)", 332, "y23"), (4, "Suzhou University of China (303)", 303, "y22")]),
]:
    ms = [F("pat", n, qq, float(v), CNT, b) for n, qq, v, b in rows]
    G(gid, PAT, f"{subj}'s PCT applications by year", subj, "PCT applications (count)", "2021-2023", "Different years (same year consistent).", ms)
for gid, what, unit, rows in [
    ("pat_wifi_proposals", "Huawei's proposals to IEEE 802.11ax", CNT, [(2, "Contributed 281 proposals", 281), (11, "贡献了281个提案", 281)]),
    ("pat_wifi_proposals_share", "Share of Huawei's Wi-Fi 6 proposals", PC, [(2, "accounting for 11.2%", 11.2), (11, "占总提案数的11.2%", 11.2)]),
    ("pat_wifi_patents", "Huawei's Wi-Fi 6 patents", CNT, [(2, "own 477 related patents", 477), (11, "拥有477个与此相关的专利", 477)]),
    ("pat_wifi_patents_share", "Share of Huawei's Wi-Fi 6 patents", PC, [(2, "accounting for 18.2%", 18.2), (11, "占专利总数的18.2%", 18.2)]),
]:
    ms = [F("pat", n, qq, float(v), unit) for n, qq, v in rows]
    G(gid, PAT, what + " (php.cn and its Chinese source)", "Huawei", what, "current", "Same figure.", ms)

# patents: singles
S("pat", 3, "around 26.72% of Chinese companies", vt="26.72%", value=26.72, unit=PC, q="approx")
S("pat", 5, "6. France 7,764 2.8%", vt="7,764", value=7764, unit=CNT)
S("pat", 5, "7. United Kingdom 5,739", vt="5,739", value=5739, unit=CNT)
S("pat", 5, "8. Switzerland 5,367", vt="5,367", value=5367, unit=CNT)
S("pat", 5, "9. Sweden 4,471", vt="4,471", value=4471, unit=CNT)
S("pat", 5, "10. Netherlands 4,092", vt="4,092", value=4092, unit=CNT)
S("pat", 5, "Ericsson of Sweden (2,158)", vt="2,158", value=2158, unit=CNT)
S("pat", 5, "Corporation of Japan (+24.9%)", vt="+24.9%", value=24.9, unit=PC)
S("pat", 8, "more than 155 Contracting States", vt="155", value=155, unit=CNT, q="over")
S("pat", 9, "减少了1195件", vt="1195", value=1195, unit=CNT)
S("pat", 9, "清华大学(中国,209件)", vt="209", value=209, unit=CNT)
S("pat", 9, "和制药(4.7%)", vt="4.7%", value=4.7, unit=PC)
S("pat", 9, "申请量下降7%", vt="7%", value=-7, unit=PC)
S("pat", 9, "申请量增长1%", vt="1%", value=1, unit=PC)
S("pat", 12, "| 23676 |", vt="23676", value=23676, unit=CNT)
S("pat", 12, "| 11438 |", vt="11438", value=11438, unit=CNT)
S("pat", 12, "| 727 |", vt="727", value=727, unit=CNT)
S("pat", 12, "| 5032 |", vt="5032", value=5032, unit=CNT)
S("pat", 13, "(954件)", vt="954", value=954, unit=CNT)
S("pat", 13, "和8.5%", vt="8.5%", value=8.5, unit=PC)
S("pat", 13, "荷蘭(5.8%)", vt="5.8%", value=5.8, unit=PC)
S("pat", 13, "法國(guó)(2%)", vt="2%", value=2, unit=PC)
S("pat", 15, "藥品(+12.8%)", vt="+12.8%", value=12.8, unit=PC)
S("pat", 15, "生物技術(+9.5%)", vt="+9.5%", value=9.5, unit=PC)
S("pat", 15, "計算機技術(+7.2%)", vt="+7.2%", value=7.2, unit=PC)
S("pat", 15, "測量(4.6%)", vt="4.6%", value=4.6, unit=PC)
# patents: not claims
NC("pat", 1, " date 2024-03-17", "date")
NC("pat", 2, "2024-03-11 12:01:05411browse", "date")
NC("pat", 2, "News on March 11", "date")
NC("pat", 2, "IEEE 802.11ax standard", "name")
NC("pat", 2, "Apple ranks 12th", "rank")
NC("pat", 3, "Huawei achieves first rank in top 100 2023", "report_title")
NC("pat", 4, "On 28 February 2023", "date")
NC("pat", 4, "India (top 12th by origin)", "rank")
NC("pat", 5, "March 2023 | No. 03/2023", "date")
NC("pat", 5, "PR/2023/899", "identifier")
NC("pat", 6, "Updated 22:48, 28-Feb-2023", "date")
NC("pat", 7, "Kill Bill: Vol. 1", "name")
NC("pat", 8, "on February 28, 2023", "date")
NC("pat", 9, "自2002年以来", "date")
NC("pat", 10, "时间: 2024-03-13 10:38:55", "date")
NC("pat", 11, "3月11日消息", "date")
NC("pat", 12, "2023知识产权统计年报", "report_title")
NC("pat", 12, "6-4 PCT国际专利申请受理量", "table_number")
NC("pat", 13, "寧德時(shí)代排名第8", "rank")
NC("pat", 14, "本報北京3月12日電", "dateline")
NC("pat", 15, "2022-02-14 08:49:56", "date")

if ERRS:
    for e in ERRS:
        print("quote error:", e)
    sys.exit(1)
if __name__ == "__main__":
    emit(HERE / "gold.d" / "fresh24.toml", "corpus-fresh24")
