#!/usr/bin/env python3
"""Hand annotation of corpus-fresh15, written as data; emits gold.d/fresh15.toml (then run corpus/check_gold.py --dir corpus-fresh15 --build).

Every mention carries a 'basis' tag (year / month / quarter / forecast vintage / source as read from the text). Pair
verdicts: explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9 .. fresh14): different sources' statements of one quantity share a basis tag; a rounded
restatement is rounding (SIA's $526.8 billion for 2023 vs 5,270億美元; WSTS's 588.36 vs 5884亿 / 5,883.64億; 611 vs
6112億; 19.1% vs 19%; 726.62 vs 726.6 million hogs; 21.3% vs '21 per cent'; 50.1% vs 50% / 一半); two precise figures
that disagree are conflict (gitnux's 53.91 million t / 2.9% vs the NBS's 55.41 million t / 4.6% for China's 2022 pork
output; move-x's $630.5 billion vs SIA's $627.6 billion for 2024); a first release and a silently restated figure are
conflict (SIA's $573.5 billion for 2022 vs the $574.1 / 574.08 billion quoted a year later; December 2023 sales $48.6
vs $48.7 billion); a revision the text announces (ANRPC 2011: 1012.7萬噸 調整為 1026.2萬噸) is different_basis; forecast
vintages (WSTS June 2023 / autumn 2023 / spring 2024; ANRPC's April / May / June-July / December 2024 reports; OAE's
April / July 2024 and April 2025 estimates) are different_basis among themselves and against outcomes. A bound
(nearly / topping / exceeding / 近 / 逾 / 超過 / 突破) that contains the figure is consistent.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 兆 = 1e12, 成 = 10 percent, 一半 = 50 percent; money in USD; rubber area in
rai converted to hectares (1 rai = 0.16 ha); yields in kg per rai; decimal commas (dataweek's '$51,3 billion') read as
decimal points. Units: USD, percent, tonnes, count (hogs, pigs, sows), hectares, kg, kg_per_rai, CNY, THB.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

se = lambda n, s: f"semi-{n:02d}-{s}.txt"
rb = lambda n, s: f"rub-{n:02d}-{s}.txt"
pk = lambda n, s: f"pork-{n:02d}-{s}.txt"
PC, T, USD, CNT, HA, KG, KPR, CNY, THB, YRS = ("percent", "tonnes", "USD", "count", "hectares", "kg", "kg_per_rai",
                                              "CNY", "THB", "years")
RAI = lambda r: round(r * 0.16, 1)   # rai -> hectares

# ============================================================ semiconductors: SIA annual / monthly (WSTS data), WSTS forecasts
group("semi_world_2024", "semiconductors", "World semiconductor sales in 2024: SIA's $627.6 billion (iconnect007, trendforce) = 6276亿美元 (wanwend, twice) and the bounds 'topping / exceeding $600 billion'; move-x's $630.5 billion; forecasts: WSTS spring 2024 US$611 billion (two) = 6112億美元 (two), WSTS autumn 2023 $588.36 billion = 5,883.64億美元 (twice) = 5884亿美元 (nercapps, attributed to SIA), WSTS June 2023 5,759.97億美元, SIA's February 2024 expectation 突破 / 超過 6,000億美元",
      "world", "semiconductor sales (USD)", "2024 (actual and forecasts)",
      "627.6 billion = 6276亿 (consistent); the $600 billion bounds contain it (consistent). move-x's $630.5 billion 'updated by WSTS' for the same year is not announced as a revision: conflict, different_basis as alt. 611 vs 6112億 and 588.36 vs 5,883.64億 vs 5884亿 are roundings of one forecast each. Forecast vintages vs each other and vs the outcome: different_basis.",
      [M(se(1,"en"), 5, "sales hit $627.6 billion in 2024", "$627.6 billion", 627.6e9, USD, "a24"),
       M(se(2,"en"), 3, "totaled USD 627.6 billion", "USD 627.6 billion", 627.6e9, USD, "a24"),
       M(se(3,"en"), 4, "a total of $630.5 billion", "$630.5 billion", 630.5e9, USD, "a24", note="'updated by WSTS'"),
       M(se(17,"hans"), 3, "增长19%至6276亿美元", "6276亿美元", 6276e8, USD, "a24"),
       M(se(17,"hans"), 3, "增长到2024年的6276亿美元", "6276亿美元", 6276e8, USD, "a24"),
       M(se(1,"en"), 6, "topping $600 billion in annual sales", "$600 billion", 600e9, USD, "a24", qualifier="over"),
       M(se(2,"en"), 4, "exceeding USD 600 billion", "USD 600 billion", 600e9, USD, "a24", qualifier="over"),
       M(se(9,"en"), 11, "estimated at US$611 billion", "US$611 billion", 611e9, USD, "fc_s24"),
       M(se(13,"en"), 7, "estimated at USD 611 billion", "USD 611 billion", 611e9, USD, "fc_s24"),
       M(se(14,"hans"), 17, "有望达 6112 亿美元", "6112 亿美元", 6112e8, USD, "fc_s24"),
       M(se(15,"hant"), 8, "可望達6112億美元", "6112億美元", 6112e8, USD, "fc_s24"),
       M(se(10,"en"), 5, "to a record $588.36 billion", "$588.36 billion", 588.36e9, USD, "fc_a23"),
       M(se(16,"hant"), 3, "預估至5,883.64億美元", "5,883.64億美元", 5883.64e8, USD, "fc_a23"),
       M(se(16,"hant"), 3, "營收將達5,883.64億美元", "5,883.64億美元", 5883.64e8, USD, "fc_a23"),
       M(se(18,"hans"), 3, "将达到5884亿美元", "5884亿美元", 5884e8, USD, "fc_a23", note="attributed to SIA"),
       M(se(16,"hant"), 3, "原先預估的5,759.97億美元", "5,759.97億美元", 5759.97e8, USD, "fc_j23"),
       M(se(20,"hant"), 5, "可望突破6,000億美元", "6,000億美元", 6000e8, USD, "sia_fc24", qualifier="over"),
       M(se(20,"hant"), 7, "可望超過6,000億美元", "6,000億美元", 6000e8, USD, "sia_fc24", qualifier="over"),
       M(se(20,"hant"), 3, "半導體年銷6,000億美元", "6,000億美元", 6000e8, USD, "sia_fc24", note="headline")],
      {**cross((3,), (1, 2, 4, 5), (C, D)), **cross((6, 7), (1, 2, 3, 4, 5), K),
       **cross((8, 9), (10, 11), R), **cross((12,), (13, 14, 15), R), **cross((13, 14), (15,), R)})

group("semi_world_growth_2024", "semiconductors", "Growth of world semiconductor sales in 2024: SIA 19.1% (four) vs wanwend's 19%; forecasts WSTS spring 2024 16.0% / 16% (five), autumn 2023 13.1% (five), June 2023 11.8%",
      "world", "growth of semiconductor sales (percent)", "2024 (actual and forecasts)",
      "19% rounds 19.1% (rounding). Forecast vintages and the outcome are different_basis.",
      [M(se(1,"en"), 3, "Sales Up 19.1% in 2024", "19.1%", 19.1, PC, "a24", note="headline"),
       M(se(1,"en"), 5, "an increase of 19.1% compared", "19.1%", 19.1, PC, "a24"),
       M(se(2,"en"), 3, "reflecting a 19.1% increase", "19.1%", 19.1, PC, "a24"),
       M(se(3,"en"), 4, "marking a 19.1% increase", "19.1%", 19.1, PC, "a24"),
       M(se(17,"hans"), 3, "2024年同比增长19%至", "19%", 19.0, PC, "a24"),
       M(se(9,"en"), 11, "projecting a 16.0 percent growth", "16.0 percent", 16.0, PC, "fc_s24"),
       M(se(13,"en"), 7, "projects a 16.0 percent growth", "16.0 percent", 16.0, PC, "fc_s24"),
       M(se(13,"en"), 4, "predicted to increase 16% in 2024", "16%", 16.0, PC, "fc_s24", note="headline"),
       M(se(14,"hans"), 17, "同比增长 16%", "16%", 16.0, PC, "fc_s24"),
       M(se(15,"hant"), 8, "年增16%", "16%", 16.0, PC, "fc_s24"),
       M(se(10,"en"), 5, "grow 13.1 percent in 2024", "13.1 percent", 13.1, PC, "fc_a23"),
       M(se(11,"en"), 5, "estimated growth of 13.1% in 2024", "13.1%", 13.1, PC, "fc_a23"),
       M(se(16,"hant"), 3, "年增13.1%,預計", "13.1%", 13.1, PC, "fc_a23"),
       M(se(16,"hant"), 3, "年增13.1%,除了", "13.1%", 13.1, PC, "fc_a23"),
       M(se(18,"hans"), 3, "较2023年增长13.1%", "13.1%", 13.1, PC, "fc_a23"),
       M(se(10,"en"), 5, "made in June of 11.8 percent", "11.8 percent", 11.8, PC, "fc_j23")],
      {**cross((5,), (1, 2, 3, 4), R)})

group("semi_world_2023", "semiconductors", "World semiconductor sales in 2023: SIA $526.8 billion (five) vs 'nearly $527 billion' (anandtech) vs 5,270億美元 (colamg); WSTS's November 2023 estimate US$520 billion = 約5,201.26億美元, its earlier estimate 5,150.95億美元",
      "world", "semiconductor sales (USD)", "2023",
      "5,270億 rounds 526.8 (rounding); 'nearly $527 billion' contains it (consistent). WSTS's pre-year-end estimates are another stage (different_basis); 520 vs 5,201.26億 rounding.",
      [M(se(1,"en"), 5, "2023 total of $526.8 billion", "$526.8 billion", 526.8e9, USD, "sia23"),
       M(se(2,"en"), 3, "the USD 526.8 billion recorded in 2023", "USD 526.8 billion", 526.8e9, USD, "sia23"),
       M(se(4,"en"), 3, "Reports $526.8 bn in Sales", "$526.8 bn", 526.8e9, USD, "sia23", note="headline"),
       M(se(4,"en"), 5, "amounted to $526.8 billion", "$526.8 billion", 526.8e9, USD, "sia23"),
       M(se(12,"en"), 5, "chips worth $526.8 billion in 2023", "$526.8 billion", 526.8e9, USD, "sia23"),
       M(se(12,"en"), 3, "nearly $527 billion in 2023", "$527 billion", 527e9, USD, "sia23", qualifier="under"),
       M(se(20,"hant"), 7, "銷售額達5,270億美元", "5,270億美元", 5270e8, USD, "sia23"),
       M(se(11,"en"), 7, "estimated at US$520 billion", "US$520 billion", 520e9, USD, "wsts_a23"),
       M(se(16,"hant"), 3, "營收約5,201.26億美元", "5,201.26億美元", 5201.26e8, USD, "wsts_a23", qualifier="approx"),
       M(se(16,"hant"), 3, "先前預估的5,150.95億美元", "5,150.95億美元", 5150.95e8, USD, "wsts_j23")],
      {**cross((6,), (1, 2, 3, 4, 5), K), **cross((7,), (1, 2, 3, 4, 5), R), (8, 9): R})

group("semi_world_growth_2023", "semiconductors", "Change of world semiconductor sales in 2023: SIA -8.2% (three) vs WSTS's November 2023 estimate -9.4% (three)",
      "world", "growth of semiconductor sales (percent)", "2023",
      "Same figures agree; the WSTS estimate made before the year ended is another stage (different_basis).",
      [M(se(4,"en"), 3, "Dropping 8.2% for 2023", "8.2%", -8.2, PC, "sia23", note="headline"),
       M(se(4,"en"), 5, "an 8.2 percent decrease", "8.2 percent", -8.2, PC, "sia23"),
       M(se(12,"en"), 5, "an 8.2% decrease", "8.2%", -8.2, PC, "sia23"),
       M(se(11,"en"), 5, "market of 9.4% in 2023", "9.4%", -9.4, PC, "wsts_a23"),
       M(se(11,"en"), 7, "marking a 9.4 percent decline", "9.4 percent", -9.4, PC, "wsts_a23"),
       M(se(16,"hant"), 3, "年減9.4%", "9.4%", -9.4, PC, "wsts_a23")])

group("semi_world_2022", "semiconductors", "World semiconductor sales in 2022: SIA's first release $573.5 billion (newsbreak, twice) vs the $574.1 billion quoted in the 2023 reports (two), WSTS's $574.08 billion = 5,740.84億美元; 2021 $555.9 billion",
      "world", "semiconductor sales (USD)", "2022 / 2021",
      "574.1 vs 574.08 / 5,740.84億 differ only by rounding. The first release 573.5 was silently restated to 574.1 / 574.08: conflict. 2021 is another year.",
      [M(se(4,"en"), 5, "record-setting sales of $574.1 billion in 2022", "$574.1 billion", 574.1e9, USD, "y22"),
       M(se(12,"en"), 5, "all-time high of $574.1 billion", "$574.1 billion", 574.1e9, USD, "y22"),
       M(se(5,"en"), 3, "totaled a record $573.5 billion in 2022", "$573.5 billion", 573.5e9, USD, "y22", note="first release"),
       M(se(5,"en"), 3, "industry sales totaled $573.5 billion in 2022", "$573.5 billion", 573.5e9, USD, "y22"),
       M(se(10,"en"), 5, "previous record of $574.08 billion in 2022", "$574.08 billion", 574.08e9, USD, "y22"),
       M(se(16,"hant"), 3, "超越2022年的5,740.84億美元", "5,740.84億美元", 5740.84e8, USD, "y22"),
       M(se(5,"en"), 3, "2021 total of $555.9 billion", "$555.9 billion", 555.9e9, USD, "y21")],
      {**cross((3, 4), (1, 2, 5, 6), C), **cross((1, 2), (5, 6), R), (5, 6): R})

group("semi_quarter", "semiconductors", "Quarterly world semiconductor sales: Q4 2024 $170.9 billion (two), Q4 2023 $146.0 billion = $146 billion, Q4 2022 $130.2 billion, Q2 2024 $149.9 billion",
      "world", "quarterly semiconductor sales (USD)", "Q4 2022 / Q4 2023 / Q2 2024 / Q4 2024",
      "Same quarters agree; other quarters different_basis.",
      [M(se(1,"en"), 5, "fourth-quarter sales of $170.9 billion", "$170.9 billion", 170.9e9, USD, "q4_24"),
       M(se(2,"en"), 6, "reached USD 170.9 billion", "USD 170.9 billion", 170.9e9, USD, "q4_24"),
       M(se(4,"en"), 6, "fourth-quarter sales reaching $146.0 billion", "$146.0 billion", 146.0e9, USD, "q4_23"),
       M(se(12,"en"), 5, "jumped to $146 billion", "$146 billion", 146e9, USD, "q4_23"),
       M(se(5,"en"), 3, "Fourth-quarter sales of $130.2 billion", "$130.2 billion", 130.2e9, USD, "q4_22"),
       M(se(7,"en"), 3, "totaled $149.9 billion", "$149.9 billion", 149.9e9, USD, "q2_24")])

group("semi_quarter_growth", "semiconductors", "Growth of quarterly semiconductor sales: Q4 2024 +17.1% y/y and +3.0% q/q (two each), Q4 2023 +11.6% and +8.4% (two each), Q4 2022 -14.7% and -7.7%, Q2 2024 +18.3% and +6.5%",
      "world", "growth of quarterly semiconductor sales (percent)", "quarters 2022-2024, y/y and q/q",
      "Same figures agree; other quarters and quarter-on-quarter rates are different_basis.",
      [M(se(1,"en"), 5, "were 17.1% more than the fourth quarter of 2023", "17.1%", 17.1, PC, "q4_24"),
       M(se(2,"en"), 6, "marking a 17.1% increase", "17.1%", 17.1, PC, "q4_24"),
       M(se(1,"en"), 5, "3.0% higher than the third quarter", "3.0%", 3.0, PC, "q4_24_qoq"),
       M(se(2,"en"), 6, "a 3.0% rise from the third quarter", "3.0%", 3.0, PC, "q4_24_qoq"),
       M(se(4,"en"), 6, "an 11.6 percent increase", "11.6 percent", 11.6, PC, "q4_23"),
       M(se(12,"en"), 5, "up 11.6% compared to Q4 2022", "11.6%", 11.6, PC, "q4_23"),
       M(se(4,"en"), 6, "an 8.4 percent rise", "8.4 percent", 8.4, PC, "q4_23_qoq"),
       M(se(12,"en"), 5, "8.4% higher than in Q3 2023", "8.4%", 8.4, PC, "q4_23_qoq"),
       M(se(5,"en"), 3, "were 14.7% less than", "14.7%", -14.7, PC, "q4_22"),
       M(se(5,"en"), 3, "7.7% lower than the total", "7.7%", -7.7, PC, "q4_22_qoq"),
       M(se(7,"en"), 3, "an increase of 18.3% compared to the second quarter", "18.3%", 18.3, PC, "q2_24"),
       M(se(7,"en"), 3, "6.5% more than the first quarter", "6.5%", 6.5, PC, "q2_24_qoq")])

group("semi_month", "semiconductors", "Monthly world semiconductor sales (three-month moving average): December 2024 $57.0 billion (two); December 2023 $48.6 billion (SIA's annual release, two) vs $48.7 billion (January 2024 release); May 2024 $49.1 billion = 491亿/491億美元 (four); June 2024 $50.0 billion = $50,0 billion; July 2024 $51,3 billion = 513億美元; August 2024 531億美元 (twice); Dec 2022, Jan 2023/2024, Apr 2023/2024, Jul 2023, Aug 2023",
      "world", "monthly semiconductor sales (USD)", "months 2022-2024",
      "Same month figures agree across languages (491亿 = $49.1 billion; 513億 = $51,3 billion with a decimal comma). December 2023: $48.6 billion in the February 2024 release vs $48.7 billion as the comparison base a month later, not announced as a revision: conflict. Other months different_basis.",
      [M(se(1,"en"), 5, "December 2024 were $57.0 billion", "$57.0 billion", 57.0e9, USD, "d24"),
       M(se(2,"en"), 7, "totaled USD 57.0 billion", "USD 57.0 billion", 57.0e9, USD, "d24"),
       M(se(4,"en"), 8, "sales of $48.6 billion", "$48.6 billion", 48.6e9, USD, "d23"),
       M(se(12,"en"), 5, "sales reaching $48.6 billion", "$48.6 billion", 48.6e9, USD, "d23"),
       M(se(6,"en"), 3, "December 2023 total of USD 48.7 billion", "USD 48.7 billion", 48.7e9, USD, "d23"),
       M(se(5,"en"), 3, "December 2022 were $43.4 billion", "$43.4 billion", 43.4e9, USD, "d22"),
       M(se(6,"en"), 3, "totalled USD 47.6 billion", "USD 47.6 billion", 47.6e9, USD, "j24"),
       M(se(6,"en"), 3, "January 2023 total of USD 41.3 billion", "USD 41.3 billion", 41.3e9, USD, "j23"),
       M(se(13,"en"), 17, "reached USD 46.4 billion", "USD 46.4 billion", 46.4e9, USD, "apr24"),
       M(se(13,"en"), 17, "April 2023 total of USD 40.1 billion", "USD 40.1 billion", 40.1e9, USD, "apr23"),
       M(se(7,"en"), 3, "May 2024 total of $49.1 billion", "$49.1 billion", 49.1e9, USD, "may24"),
       M(se(14,"hans"), 5, "销售额达491亿美元", "491亿美元", 491e8, USD, "may24", note="headline"),
       M(se(14,"hans"), 11, "销售额达 491 亿美元", "491 亿美元", 491e8, USD, "may24"),
       M(se(15,"hant"), 4, "銷售額達491億美元", "491億美元", 491e8, USD, "may24"),
       M(se(15,"hant"), 5, "5月銷售額491億美元", "491億美元", 491e8, USD, "may24"),
       M(se(7,"en"), 3, "Sales in June 2024 were $50.0 billion", "$50.0 billion", 50.0e9, USD, "jun24"),
       M(se(8,"en"), 7, "June 2024 total of $50,0 billion", "$50,0 billion", 50.0e9, USD, "jun24", note="decimal comma"),
       M(se(8,"en"), 7, "hit $51,3 billion", "$51,3 billion", 51.3e9, USD, "jul24", note="decimal comma"),
       M(se(19,"hant"), 4, "2024年7月的513億美元", "513億美元", 513e8, USD, "jul24"),
       M(se(8,"en"), 7, "July 2023 total of $43,2 billion", "$43,2 billion", 43.2e9, USD, "jul23"),
       M(se(19,"hant"), 3, "銷售額達531億美元", "531億美元", 531e8, USD, "aug24", note="headline"),
       M(se(19,"hant"), 4, "銷售額達到531億美元", "531億美元", 531e8, USD, "aug24"),
       M(se(19,"hant"), 4, "2023年8月的440億美元", "440億美元", 440e8, USD, "aug23")],
      {**cross((5,), (3, 4), C)})

group("semi_month_growth", "semiconductors", "Year-on-year growth of monthly semiconductor sales: May 2024 +19.3% (four, Chinese); January 2024 +15.2%; April 2024 +15.8%; July 2024 +18,7% (twice); August 2024 +20.6%",
      "world", "year-on-year growth of monthly semiconductor sales (percent)", "months of 2024",
      "Same months agree; other months different_basis.",
      [M(se(14,"hans"), 5, "同比增长19.3%", "19.3%", 19.3, PC, "may24", note="headline"),
       M(se(14,"hans"), 11, "同比增长 19.3%", "19.3%", 19.3, PC, "may24"),
       M(se(15,"hant"), 4, "年增19.3%,增幅", "19.3%", 19.3, PC, "may24"),
       M(se(15,"hant"), 5, "年增19.3%,月增", "19.3%", 19.3, PC, "may24"),
       M(se(6,"en"), 3, "an increase of 15.2%", "15.2%", 15.2, PC, "j24"),
       M(se(13,"en"), 17, "an increase of 15.8%", "15.8%", 15.8, PC, "apr24"),
       M(se(8,"en"), 3, "increase 18,7% YoY", "18,7%", 18.7, PC, "jul24", note="headline; decimal comma"),
       M(se(8,"en"), 7, "an increase of 18,7%", "18,7%", 18.7, PC, "jul24"),
       M(se(19,"hant"), 4, "成長20.6%", "20.6%", 20.6, PC, "aug24")])

group("semi_month_mom", "semiconductors", "Month-on-month change of semiconductor sales: May 2024 +4.1% (two); December 2024 -1.2% (three); December 2023 +1.5% (two); December 2022 -4.4%; January 2024 -2.1%; June 2024 +1.7%; July 2024 +2,7%; August 2024 +3.5 %",
      "world", "month-on-month change of semiconductor sales (percent)", "months 2022-2024",
      "Same months agree; other months different_basis.",
      [M(se(14,"hans"), 11, "环比增长 4.1%", "4.1%", 4.1, PC, "may24"),
       M(se(15,"hant"), 5, "月增4.1%", "4.1%", 4.1, PC, "may24"),
       M(se(1,"en"), 5, "a decrease of 1.2% compared to the November 2024 total", "1.2%", -1.2, PC, "d24"),
       M(se(2,"en"), 7, "reflecting a 1.2% decline", "1.2%", -1.2, PC, "d24"),
       M(se(3,"en"), 8, "(-1.2% compared to November)", "-1.2%", -1.2, PC, "d24"),
       M(se(4,"en"), 8, "reflecting a 1.5 percent surge", "1.5 percent", 1.5, PC, "d23"),
       M(se(12,"en"), 5, "a 1.5% increase from November", "1.5%", 1.5, PC, "d23"),
       M(se(5,"en"), 3, "a decrease of 4.4% compared to November 2022", "4.4%", -4.4, PC, "d22"),
       M(se(6,"en"), 3, "a decrease of 2.1% from the December 2023 total", "2.1%", -2.1, PC, "j24"),
       M(se(7,"en"), 3, "an increase of 1.7% compared to the May 2024 total", "1.7%", 1.7, PC, "jun24"),
       M(se(8,"en"), 7, "2,7% more than the June 2024 total", "2,7%", 2.7, PC, "jul24"),
       M(se(19,"hant"), 4, "成長3.5 %", "3.5 %", 3.5, PC, "aug24")])

group("semi_americas_growth", "semiconductors", "Growth of semiconductor sales in the Americas: 2024 +44.8% (three); May 2024 +43.6% (three, Chinese); June +42.8%; July +40,1% (twice); August +43.9% (twice); January 2024 +20.3%; 2023 -5.2%; WSTS spring 2024 forecast +25.1% (two)",
      "Americas", "year-on-year growth of semiconductor sales (percent)", "2023 / 2024 / months of 2024 / forecast",
      "Same periods agree; other periods and the forecast are different_basis.",
      [M(se(1,"en"), 7, "the Americas (44.8%)", "44.8%", 44.8, PC, "y24"),
       M(se(2,"en"), 8, "the Americas (44.8%)", "44.8%", 44.8, PC, "y24"),
       M(se(3,"en"), 7, "a 44.8% increase", "44.8%", 44.8, PC, "y24"),
       M(se(14,"hans"), 15, "同比增长 43.6%", "43.6%", 43.6, PC, "may24"),
       M(se(15,"hant"), 4, "達43.6%", "43.6%", 43.6, PC, "may24"),
       M(se(15,"hant"), 6, "美洲5月銷售額年增43.6%", "43.6%", 43.6, PC, "may24"),
       M(se(7,"en"), 5, "growth of 42.8% compared to June 2023", "42.8%", 42.8, PC, "jun24"),
       M(se(8,"en"), 9, "sales increase of 40,1%", "40,1%", 40.1, PC, "jul24"),
       M(se(8,"en"), 11, "the Americas (40,1%)", "40,1%", 40.1, PC, "jul24"),
       M(se(19,"hant"), 5, "美洲地區同比增長43.9%", "43.9%", 43.9, PC, "aug24"),
       M(se(19,"hant"), 6, "美洲(43.9%)", "43.9%", 43.9, PC, "aug24"),
       M(se(6,"en"), 7, "the Americas (20.3%)", "20.3%", 20.3, PC, "j24"),
       M(se(4,"en"), 12, "the Americas (-5.2 percent)", "-5.2 percent", -5.2, PC, "y23"),
       M(se(9,"en"), 15, "increases of 25.1 percent", "25.1 percent", 25.1, PC, "fc_s24"),
       M(se(13,"en"), 11, "increases of 25.1 percent", "25.1 percent", 25.1, PC, "fc_s24")])

group("semi_americas_mom", "semiconductors", "Month-on-month growth of Americas sales: December 2024 +3.2% (three); May 2024 +6.5%; June 2024 +6.3%; dataweek's July release and wongcw's August release both print 'May' / '5 月份' for their month-on-month rates (4,3% / 4.3%)",
      "Americas", "month-on-month growth of semiconductor sales (percent)", "months of 2024",
      "December 2024 agrees three times. The two 4.3% rates belong to the July and August releases although both texts label them May (template slip): different_basis, consistent as alt (read as written both say May).",
      [M(se(1,"en"), 7, "the Americas (3.2%)", "3.2%", 3.2, PC, "d24"),
       M(se(2,"en"), 8, "increased by 3.2% in the Americas", "3.2%", 3.2, PC, "d24"),
       M(se(3,"en"), 8, "a +3.2% monthly growth", "+3.2%", 3.2, PC, "d24"),
       M(se(15,"hant"), 7, "美洲5月銷售額月增6.5%", "6.5%", 6.5, PC, "may24"),
       M(se(7,"en"), 7, "the Americas (6.3%)", "6.3%", 6.3, PC, "jun24"),
       M(se(8,"en"), 11, "the Americas (4,3%)", "4,3%", 4.3, PC, "jul24", note="labelled 'May'"),
       M(se(19,"hant"), 6, "美洲(4.3%)", "4.3%", 4.3, PC, "aug24", note="labelled '5 月份'")],
      {(6, 7): (D, K)})

group("semi_china_growth", "semiconductors", "Growth of semiconductor sales in China: 2024 +18.3% (three); May 2024 +24.2% (two) and +5% m/m (two); June +21.6%; July +19,5%; August +19.2% (twice); January 2024 +26.6%; 2023 -14.0%; December 2024 -3.8% m/m (two)",
      "China", "growth of semiconductor sales (percent)", "2023 / 2024 / months of 2024",
      "Same periods agree; other periods and month-on-month rates are different_basis.",
      [M(se(1,"en"), 7, "China (18.3%)", "18.3%", 18.3, PC, "y24"),
       M(se(2,"en"), 8, "China (18.3%)", "18.3%", 18.3, PC, "y24"),
       M(se(3,"en"), 7, "China (+18.3%)", "+18.3%", 18.3, PC, "y24"),
       M(se(14,"hans"), 15, "同比增长 24.2%", "24.2%", 24.2, PC, "may24"),
       M(se(15,"hant"), 6, "中國次之,年增24.2%", "24.2%", 24.2, PC, "may24"),
       M(se(7,"en"), 7, "China (21.6%)", "21.6%", 21.6, PC, "jun24"),
       M(se(8,"en"), 11, "China (19,5%)", "19,5%", 19.5, PC, "jul24"),
       M(se(19,"hant"), 3, "中國年增19.2%", "19.2%", 19.2, PC, "aug24", note="headline"),
       M(se(19,"hant"), 6, "中國(19.2%)", "19.2%", 19.2, PC, "aug24"),
       M(se(6,"en"), 7, "China (26.6%)", "26.6%", 26.6, PC, "j24"),
       M(se(4,"en"), 12, "China (-14.0 percent)", "-14.0 percent", -14.0, PC, "y23"),
       M(se(14,"hans"), 15, "环比增长 5%", "5%", 5.0, PC, "may24_mom"),
       M(se(15,"hant"), 7, "中國次之,月增5%", "5%", 5.0, PC, "may24_mom"),
       M(se(1,"en"), 7, "China (-3.8%)", "-3.8%", -3.8, PC, "d24_mom"),
       M(se(2,"en"), 8, "China decreasing 3.8%", "3.8%", -3.8, PC, "d24_mom")])

group("semi_apac_growth", "semiconductors", "Growth of semiconductor sales in Asia Pacific / All Other: 2024 +12.5% (three); May 2024 +13.8%; June +12.7%; July +16,7%; August +17.1%; January 2024 +12.8%; 2023 -10.1%; WSTS spring 2024 forecast +17.5% (two)",
      "Asia Pacific / All Other", "year-on-year growth of semiconductor sales (percent)", "2023 / 2024 / months / forecast",
      "Same periods agree; others different_basis (WSTS's 12.5% growth of the world market in 2025 is a look-alike in semi_world_2025_growth).",
      [M(se(1,"en"), 7, "Asia Pacific/All Others (12.5%)", "12.5%", 12.5, PC, "y24"),
       M(se(2,"en"), 8, "Asia Pacific/All Others (12.5%)", "12.5%", 12.5, PC, "y24"),
       M(se(3,"en"), 7, "Asia Pacific/Other regions (+12.5%)", "+12.5%", 12.5, PC, "y24"),
       M(se(15,"hant"), 6, "亞太及其他地區銷售額年增13.8%", "13.8%", 13.8, PC, "may24"),
       M(se(7,"en"), 7, "Asia Pacific/All Other (12.7%)", "12.7%", 12.7, PC, "jun24"),
       M(se(8,"en"), 11, "Asia Pacific/All Other (16,7%)", "16,7%", 16.7, PC, "jul24"),
       M(se(19,"hant"), 6, "亞太地區/所有其他地區(17.1%)", "17.1%", 17.1, PC, "aug24"),
       M(se(6,"en"), 7, "Asia Pacific/All other (12.8%)", "12.8%", 12.8, PC, "j24"),
       M(se(4,"en"), 12, "Asia-Pacific/All Other (-10.1 percent)", "-10.1 percent", -10.1, PC, "y23"),
       M(se(9,"en"), 15, "and 17.5 percent, respectively", "17.5 percent", 17.5, PC, "fc_s24"),
       M(se(13,"en"), 11, "and 17.5 percent, respectively", "17.5 percent", 17.5, PC, "fc_s24")])

group("semi_europe_growth", "semiconductors", "Growth of semiconductor sales in Europe: 2024 -8.1% (three); 2023 +4.0%; May 2024 -9.6%; June -11.2%; July -12,0%; August -9.0%; January 2024 -1.4%; WSTS spring 2024 forecast +0.5% (two)",
      "Europe", "year-on-year growth of semiconductor sales (percent)", "2023 / 2024 / months / forecast",
      "Same periods agree; others different_basis.",
      [M(se(1,"en"), 7, "Europe (-8.1%)", "-8.1%", -8.1, PC, "y24"),
       M(se(2,"en"), 8, "Europe (-8.1%)", "-8.1%", -8.1, PC, "y24"),
       M(se(3,"en"), 7, "Europe (-8.1%)", "-8.1%", -8.1, PC, "y24"),
       M(se(4,"en"), 12, "a 4.0 percent increase in sales", "4.0 percent", 4.0, PC, "y23"),
       M(se(15,"hant"), 6, "年減5.8%及9.6%", "9.6%", -9.6, PC, "may24"),
       M(se(7,"en"), 7, "Europe (-11.2%)", "-11.2%", -11.2, PC, "jun24"),
       M(se(8,"en"), 11, "Europe (-12,0%)", "-12,0%", -12.0, PC, "jul24"),
       M(se(19,"hant"), 6, "歐洲(-9.0%)", "-9.0%", -9.0, PC, "aug24"),
       M(se(6,"en"), 7, "Europe (-1.4%)", "-1.4%", -1.4, PC, "j24"),
       M(se(9,"en"), 15, "marginal growth of 0.5 percent", "0.5 percent", 0.5, PC, "fc_s24"),
       M(se(13,"en"), 11, "marginal growth of 0.5 percent", "0.5 percent", 0.5, PC, "fc_s24")])

group("semi_japan_growth", "semiconductors", "Growth of semiconductor sales in Japan: 2024 -0.4% (three); 2023 -3.1%; January 2024 -6.4%; June -5.0%; July -0,8%; August +2.0%; WSTS spring 2024 forecast -1.1% (two)",
      "Japan", "year-on-year growth of semiconductor sales (percent)", "2023 / 2024 / months / forecast",
      "Same periods agree; others different_basis.",
      [M(se(1,"en"), 7, "Japan (-0.4%)", "-0.4%", -0.4, PC, "y24"),
       M(se(2,"en"), 8, "Japan (-0.4%)", "-0.4%", -0.4, PC, "y24"),
       M(se(3,"en"), 7, "Japan (-0.4%)", "-0.4%", -0.4, PC, "y24"),
       M(se(4,"en"), 12, "Japan (-3.1 percent)", "-3.1 percent", -3.1, PC, "y23"),
       M(se(6,"en"), 7, "Japan (-6.4%)", "-6.4%", -6.4, PC, "j24"),
       M(se(7,"en"), 7, "Japan (-5.0%)", "-5.0%", -5.0, PC, "jun24"),
       M(se(8,"en"), 11, "Japan (-0,8%)", "-0,8%", -0.8, PC, "jul24"),
       M(se(19,"hant"), 6, "日本(2.0%)", "2.0%", 2.0, PC, "aug24"),
       M(se(9,"en"), 15, "slight decline of 1.1 percent", "1.1 percent", -1.1, PC, "fc_s24"),
       M(se(13,"en"), 11, "slight decline of 1.1 percent", "1.1 percent", -1.1, PC, "fc_s24")])

group("semi_sia_coverage", "semiconductors", "SIA's share of the U.S. semiconductor industry by revenue: 99% (six documents)",
      "SIA", "share of U.S. industry revenue represented (percent)", "boilerplate",
      "The same boilerplate figure everywhere (consistent).",
      [M(se(1,"en"), 5, "represents 99% of the U.S. semiconductor industry", "99%", 99.0, PC, "c"),
       M(se(2,"en"), 5, "SIA represents 99% of the U.S.", "99%", 99.0, PC, "c"),
       M(se(4,"en"), 8, "representing 99 percent of the U.S.", "99 percent", 99.0, PC, "c"),
       M(se(5,"en"), 3, "SIA represents 99% of the U.S.", "99%", 99.0, PC, "c"),
       M(se(7,"en"), 3, "SIA represents 99% of the U.S.", "99%", 99.0, PC, "c"),
       M(se(19,"hant"), 4, "美國半導體產業的99%", "99%", 99.0, PC, "c")])

group("semi_memory_growth_2024", "semiconductors", "Growth of memory sales in 2024: WSTS spring 2024 forecast +76.8% (four) vs SIA actual +78.9% (two) vs WSTS autumn 2023 forecast +44.8% and '增逾4成'",
      "world", "growth of memory sales (percent)", "2024 (forecasts and actual)",
      "Forecast vintages and the outcome differ in stage (different_basis); '逾4成' contains 44.8% (consistent). 44.8% is also the Americas' 2024 growth (look-alike in semi_americas_growth).",
      [M(se(9,"en"), 13, "Memory with 76.8 percent", "76.8 percent", 76.8, PC, "fc_s24"),
       M(se(13,"en"), 9, "Memory with 76.8 percent", "76.8 percent", 76.8, PC, "fc_s24"),
       M(se(14,"hans"), 17, "销售额将增长 76.8%", "76.8%", 76.8, PC, "fc_s24"),
       M(se(15,"hant"), 8, "記憶體銷售額將成長76.8%", "76.8%", 76.8, PC, "fc_s24"),
       M(se(2,"en"), 9, "sales surging 78.9% year-over-year", "78.9%", 78.9, PC, "a24"),
       M(se(3,"en"), 6, "soaring by 78.9%", "78.9%", 78.9, PC, "a24"),
       M(se(16,"hant"), 3, "年增高達44.8%", "44.8%", 44.8, PC, "fc_a23"),
       M(se(16,"hant"), 3, "預計將增逾4成", "4成", 40.0, PC, "fc_a23", qualifier="over")],
      {(7, 8): K})

group("semi_memory_sales", "semiconductors", "Memory sales: 2024 $165.1 billion (two); WSTS autumn 2023 forecast for 2024 1,297.68億美元, earlier 1,203.26億美元; 2023 $92.3 billion",
      "world", "memory sales (USD)", "2023 / 2024 / forecasts",
      "2024 actual agrees; forecasts and 2023 are different_basis.",
      [M(se(2,"en"), 9, "reach USD 165.1 billion", "USD 165.1 billion", 165.1e9, USD, "a24"),
       M(se(3,"en"), 6, "to $165.1 billion", "$165.1 billion", 165.1e9, USD, "a24"),
       M(se(16,"hant"), 3, "上調至1,297.68億美元", "1,297.68億美元", 1297.68e8, USD, "fc_a23"),
       M(se(16,"hant"), 3, "之前的1,203.26億美元", "1,203.26億美元", 1203.26e8, USD, "fc_j23"),
       M(se(12,"en"), 7, "revenue of $92.3 billion", "$92.3 billion", 92.3e9, USD, "y23")])

group("semi_logic_sales", "semiconductors", "Logic sales: 2024 $212.6 billion (two); WSTS forecasts 1,916.93億 / 1,852.66億美元; 2023 $178.5 billion",
      "world", "logic sales (USD)", "2023 / 2024 / forecasts",
      "2024 actual agrees; forecasts and 2023 are different_basis.",
      [M(se(2,"en"), 9, "generating USD 212.6 billion", "USD 212.6 billion", 212.6e9, USD, "a24"),
       M(se(3,"en"), 6, "led sales with $212.6 billion", "$212.6 billion", 212.6e9, USD, "a24"),
       M(se(16,"hant"), 3, "上調至1,916.93億美元", "1,916.93億美元", 1916.93e8, USD, "fc_a23"),
       M(se(16,"hant"), 3, "之前的1,852.66億美元", "1,852.66億美元", 1852.66e8, USD, "fc_j23"),
       M(se(12,"en"), 7, "led the charge with $178.5 billion", "$178.5 billion", 178.5e9, USD, "y23")])

group("semi_logic_growth_fc", "semiconductors", "Forecast growth of logic sales in 2024: WSTS spring 2024 +10.7% (two) vs autumn 2023 +9.6%",
      "world", "growth of logic sales (percent)", "2024 forecasts",
      "Two forecast vintages (different_basis); the spring figure agrees in both copies.",
      [M(se(9,"en"), 13, "Logic with 10.7 percent", "10.7 percent", 10.7, PC, "fc_s24"),
       M(se(13,"en"), 9, "Logic with 10.7 percent", "10.7 percent", 10.7, PC, "fc_s24"),
       M(se(16,"hant"), 3, "年增9.6%", "9.6%", 9.6, PC, "fc_a23")])

group("semi_dram_growth", "semiconductors", "DRAM sales growth in 2024: 82.6% (two)",
      "world", "growth of DRAM sales (percent)", "2024",
      "Same figure (consistent).",
      [M(se(2,"en"), 9, "sales soaring 82.6% in 2024", "82.6%", 82.6, PC, "a24"),
       M(se(3,"en"), 6, "a record 82.6% increase", "82.6%", 82.6, PC, "a24")])

group("semi_world_2025_fc", "semiconductors", "WSTS spring 2024 forecast of world semiconductor sales in 2025: US$687 billion (two)",
      "world", "semiconductor sales (USD)", "2025 forecast",
      "Same figure (consistent).",
      [M(se(9,"en"), 19, "valuation of US$687 billion", "US$687 billion", 687e9, USD, "fc25"),
       M(se(13,"en"), 13, "valuation of USD 687 billion", "USD 687 billion", 687e9, USD, "fc25")])

group("semi_world_2025_growth", "semiconductors", "WSTS spring 2024 forecast growth of the world market in 2025: 12.5 percent (two)",
      "world", "growth of semiconductor sales (percent)", "2025 forecast",
      "Same figure (consistent).",
      [M(se(9,"en"), 19, "forecasts a 12.5 percent growth", "12.5 percent", 12.5, PC, "fc25"),
       M(se(13,"en"), 13, "forecasts a 12.5 percent growth", "12.5 percent", 12.5, PC, "fc25")])

group("semi_cagr", "semiconductors", "wanwend: 2014-2024 CAGR of world semiconductor sales 6.5% (twice in one paragraph)",
      "world", "compound annual growth (percent)", "2014-2024",
      "Same figure restated (consistent).",
      [M(se(17,"hans"), 3, "CAGR为6.5%", "6.5%", 6.5, PC, "c"),
       M(se(17,"hans"), 3, "复合增速为6.5%", "6.5%", 6.5, PC, "c")])

group("semi_china_share", "semiconductors", "wanwend: China's share of world semiconductor sales in 2024 28% (twice); 2019 over 35%",
      "China", "share of world semiconductor sales (percent)", "2024 / 2019",
      "Same figure restated; 2019 different_basis.",
      [M(se(17,"hans"), 4, "销售额的28%", "28%", 28.0, PC, "y24"),
       M(se(17,"hans"), 4, "2024年占比为28%", "28%", 28.0, PC, "y24"),
       M(se(17,"hans"), 4, "2019年占比超过35%", "35%", 35.0, PC, "y19", qualifier="over")])

# ============================================================ natural rubber: ANRPC world balance, Thailand (OAE / RAOT), 2011 and 2015-2017 member output
group("rub_world_prod", "rubber", "World natural rubber production in 2024 as forecast by successive ANRPC reports: April 1454.2萬噸, May 14.502 million t, June/July 1438万吨, December 14.291 million t; 2023 13.908 million t; H1 2024 586.8万吨; January 2025 report's 2025 forecast 1489.7萬噸",
      "world", "natural rubber production (tonnes)", "2023 / H1 2024 / 2024 forecasts / 2025 forecast",
      "Each report's full-year figure is a forecast of its own vintage (different_basis), as are other years and the half-year.",
      [M(rb(3,"hant"), 4, "總量達到1454.2萬噸", "1454.2萬噸", 1454.2e4, T, "fc_apr24"),
       M(rb(2,"en"), 4, "year-on-year to 14.502 million tons", "14.502 million tons", 14.502e6, T, "fc_may24"),
       M(rb(4,"hans"), 11, "至全年总产量1438万吨", "1438万吨", 1438e4, T, "fc_jul24"),
       M(rb(1,"en"), 14, "reaching 14.291 million tonnes", "14.291 million tonnes", 14.291e6, T, "fc_dec24"),
       M(rb(1,"en"), 14, "compared to 13.908 million tonnes", "13.908 million tonnes", 13.908e6, T, "y23"),
       M(rb(5,"hant"), 3, "總量預計為1489.7萬噸", "1489.7萬噸", 1489.7e4, T, "fc25"),
       M(rb(4,"hans"), 9, "至586.8万吨", "586.8万吨", 586.8e4, T, "h1_24")])

group("rub_world_prod_growth", "rubber", "Growth of world natural rubber production: ANRPC 2024 forecasts +1.6% (April), +1.1% (May), +2.8% (December); 2025 forecast +0.3%; H1 2024 +0.8% = '近1%'; H1 2023 -1.6%",
      "world", "growth of natural rubber production (percent)", "2024 forecasts / 2025 forecast / H1 2023, 2024",
      "'近1%' contains 0.8% (consistent). Forecast vintages, the half-years and 2025 are different_basis (H1 2023's -1.6% is a look-alike of April's +1.6%).",
      [M(rb(3,"hant"), 4, "同比增加1.6%", "1.6%", 1.6, PC, "fc_apr24"),
       M(rb(2,"en"), 4, "increase by 1.1% year-on-year", "1.1%", 1.1, PC, "fc_may24"),
       M(rb(1,"en"), 14, "increase 2.8% year-on-year", "2.8%", 2.8, PC, "fc_dec24"),
       M(rb(5,"hant"), 3, "微增0.3%", "0.3%", 0.3, PC, "fc25"),
       M(rb(4,"hans"), 9, "产量增长近1%", "1%", 1.0, PC, "h1_24", qualifier="under"),
       M(rb(4,"hans"), 9, "同比增长0.8%", "0.8%", 0.8, PC, "h1_24"),
       M(rb(4,"hans"), 9, "去年同期则下降了1.6%", "1.6%", -1.6, PC, "h1_23")],
      {(5, 6): K})

group("rub_world_cons", "rubber", "World natural rubber consumption: ANRPC 2024 forecasts 1567萬噸 (April), 15.748 million t (May), 1565万吨 (June/July), 15.448 million t (December); 2023 15.173 million t; 2025 forecast 1562.5萬噸; H1 2024 770.7万吨, H1 2023 761.8万吨",
      "world", "natural rubber consumption (tonnes)", "2023 / 2024 forecasts / 2025 forecast / half-years",
      "Forecast vintages and other periods: different_basis.",
      [M(rb(3,"hant"), 5, "總量將達到1567萬噸", "1567萬噸", 1567e4, T, "fc_apr24"),
       M(rb(2,"en"), 5, "year-on-year to 15.748 million tons", "15.748 million tons", 15.748e6, T, "fc_may24"),
       M(rb(4,"hans"), 13, "为1565万吨", "1565万吨", 1565e4, T, "fc_jul24"),
       M(rb(1,"en"), 5, "reach 15.448 million tonnes for 2024", "15.448 million tonnes", 15.448e6, T, "fc_dec24"),
       M(rb(1,"en"), 5, "from 15.173 million tonnes in 2023", "15.173 million tonnes", 15.173e6, T, "y23"),
       M(rb(5,"hant"), 4, "達到1562.5萬噸", "1562.5萬噸", 1562.5e4, T, "fc25"),
       M(rb(4,"hans"), 14, "达到770.7万吨", "770.7万吨", 770.7e4, T, "h1_24"),
       M(rb(4,"hans"), 14, "去年同期的761.8万吨", "761.8万吨", 761.8e4, T, "h1_23")])

group("rub_world_cons_growth", "rubber", "Growth of world natural rubber consumption: ANRPC 2024 forecasts +3.2% (April), +3.1% (May), +2.3% (June/July), +1.8% (December); 2025 forecast +1.8%; H1 2024 +1.2%",
      "world", "growth of natural rubber consumption (percent)", "2024 forecasts / 2025 forecast / H1 2024",
      "All different vintages or periods (different_basis); December's 1.8% for 2024 and January 2025's 1.8% for 2025 are look-alikes.",
      [M(rb(3,"hant"), 5, "同比增加3.2%", "3.2%", 3.2, PC, "fc_apr24"),
       M(rb(2,"en"), 5, "increase by 3.1% year-on-year", "3.1%", 3.1, PC, "fc_may24"),
       M(rb(4,"hans"), 13, "比2023年增长2.3%", "2.3%", 2.3, PC, "fc_jul24"),
       M(rb(1,"en"), 4, "rise by 1.8% compared to the previous year", "1.8%", 1.8, PC, "fc_dec24"),
       M(rb(5,"hant"), 4, "比上一年增加1.8%", "1.8%", 1.8, PC, "fc25"),
       M(rb(4,"hans"), 14, "需求增长1.2%", "1.2%", 1.2, PC, "h1_24")])

group("rub_world_month_prod", "rubber", "Monthly world natural rubber production (ANRPC): April 2024 74.7萬噸, May 2024 1.011 million t, June and July 2024 119.1万 / 129.3万吨, January 2025 126.1萬噸",
      "world", "monthly natural rubber production (tonnes)", "Apr-Jul 2024 / Jan 2025",
      "Different months (different_basis).",
      [M(rb(3,"hant"), 3, "達到74.7萬噸", "74.7萬噸", 74.7e4, T, "apr24"),
       M(rb(2,"en"), 3, "4.8% to 1.011 million tons in May", "1.011 million tons", 1.011e6, T, "may24"),
       M(rb(4,"hans"), 11, "分别达到119.1万吨", "119.1万吨", 119.1e4, T, "jun24"),
       M(rb(4,"hans"), 11, "和129.3万吨", "129.3万吨", 129.3e4, T, "jul24"),
       M(rb(5,"hant"), 3, "總量達126.1萬噸", "126.1萬噸", 126.1e4, T, "jan25")])

group("rub_world_month_cons", "rubber", "Monthly world natural rubber consumption (ANRPC): April 2024 128.3萬噸 vs May 2024 1.283 million t (same number, different months); January 2025 120.8萬噸",
      "world", "monthly natural rubber consumption (tonnes)", "Apr / May 2024, Jan 2025",
      "128.3萬噸 (April report) and 1.283 million t (May report) are the same number for different months: different_basis.",
      [M(rb(3,"hant"), 3, "至128.3萬噸", "128.3萬噸", 128.3e4, T, "apr24"),
       M(rb(2,"en"), 3, "2.1% to 1.283 million tons", "1.283 million tons", 1.283e6, T, "may24"),
       M(rb(5,"hant"), 3, "達到120.8萬噸", "120.8萬噸", 120.8e4, T, "jan25")])

group("rub_thai_growth", "rubber", "Growth of Thailand's rubber output: ANRPC 2024 forecasts -0.5% (April and May reports); H1 2024 -0.6% (ANRPC, letone) = -0.6% (51zsj); OAE-based 2024 forecast -0.84% (twice); Jan-Feb 2024 -0.39% (twice); 2025 forecast +2.9% (two) vs ANRPC's 2025 forecast +1.2%; RAOT's 2022 estimate +0.88%",
      "Thailand", "growth of natural rubber production (percent)", "2022 / Jan-Feb 2024 / H1 2024 / 2024, 2025 forecasts",
      "H1 2024 agrees in two sources (consistent). Two ANRPC reports repeat -0.5%: different vintages (different_basis, consistent as alt). ANRPC vs Thai sources' forecasts, and other periods: different_basis.",
      [M(rb(2,"en"), 4, "Thailand decreased by 0.5%", "0.5%", -0.5, PC, "anrpc_may24"),
       M(rb(3,"hant"), 4, "泰國產量預計將微降0.5%", "0.5%", -0.5, PC, "anrpc_apr24"),
       M(rb(4,"hans"), 12, "12.4%和0.6%", "0.6%", -0.6, PC, "h1_24"),
       M(rb(9,"hans"), 3, "同比小幅下降0.6%", "0.6%", -0.6, PC, "h1_24"),
       M(rb(8,"hans"), 3, "预计全年下降0.84%", "0.84%", -0.84, PC, "oae_fc24"),
       M(rb(8,"hans"), 10, "可能下降0.84%", "0.84%", -0.84, PC, "oae_fc24"),
       M(rb(8,"hans"), 3, "同比下降0.39%", "0.39%", -0.39, PC, "jf24", note="headline"),
       M(rb(8,"hans"), 7, "同比下降0.39%", "0.39%", -0.39, PC, "jf24"),
       M(rb(6,"en"), 3, "increase by 2.9% to 4.93 million tons", "2.9%", 2.9, PC, "fc25"),
       M(rb(7,"hant"), 3, "增長2.9%", "2.9%", 2.9, PC, "fc25"),
       M(rb(14,"en"), 8, "up 0.88 per cent", "0.88 per cent", 0.88, PC, "raot22"),
       M(rb(5,"hant"), 3, "泰國產(chǎn)量將增長1.2%", "1.2%", 1.2, PC, "anrpc_fc25")],
      {(1, 2): (D, K)})

group("rub_thai_output", "rubber", "Thailand's rubber output: 2025 forecast 4.93 million t = 493萬噸; 2024 preliminary 4.79 million t = 479萬噸; April 2024 forecast for 2024 467万吨; 2023 471万吨; H1 2024 181万吨; Jan-Feb 2024 87.1万 / 2023 87.4万吨; RAOT's 2022 estimate 4.79 million t",
      "Thailand", "natural rubber production (tonnes)", "2022-2025",
      "Same figures agree across languages. 467万吨 (forecast made in April 2024) vs 479萬噸 (preliminary figure a year later): different stage (different_basis). RAOT's 4.79 million t for 2022 is a look-alike of the 2024 figure (different year).",
      [M(rb(6,"en"), 3, "to 4.93 million tons in 2025", "4.93 million tons", 4.93e6, T, "fc25"),
       M(rb(7,"hant"), 3, "有望達(dá)到493萬噸", "493萬噸", 493e4, T, "fc25"),
       M(rb(6,"en"), 3, "the preliminary data for 2024 is 4.79 million tons", "4.79 million tons", 4.79e6, T, "p24"),
       M(rb(7,"hant"), 3, "較2024年的479萬噸", "479萬噸", 479e4, T, "p24"),
       M(rb(8,"hans"), 10, "至467万吨", "467万吨", 467e4, T, "fc24"),
       M(rb(8,"hans"), 10, "2023年为471万吨", "471万吨", 471e4, T, "y23"),
       M(rb(9,"hans"), 3, "总量达到181万吨", "181万吨", 181e4, T, "h1_24"),
       M(rb(8,"hans"), 7, "至87.1万吨", "87.1万吨", 87.1e4, T, "jf24"),
       M(rb(8,"hans"), 7, "2023年同期为87.4万吨", "87.4万吨", 87.4e4, T, "jf23"),
       M(rb(14,"en"), 8, "total 4.79 million tonnes", "4.79 million tonnes", 4.79e6, T, "raot22")])

group("rub_thai_north", "rubber", "Output of Thailand's northern region: 2025 forecast 297,000 t = 29.7萬噸; 2024 forecasts 26.9万吨 (April 2024) and 27.4万吨 (July 2024)",
      "Thailand, northern region", "natural rubber production (tonnes)", "2024 forecasts / 2025 forecast",
      "297,000 = 29.7萬 (consistent); the 2024 forecast vintages and 2025 are different_basis.",
      [M(rb(6,"en"), 3, "2.4% to 297,000 tons", "297,000 tons", 297000.0, T, "fc25"),
       M(rb(7,"hant"), 3, "2.4%至29.7萬噸", "29.7萬噸", 29.7e4, T, "fc25"),
       M(rb(8,"hans"), 10, "1.23%26.9万吨", "26.9万吨", 26.9e4, T, "fc24_apr"),
       M(rb(9,"hans"), 4, "达到27.4万吨", "27.4万吨", 27.4e4, T, "fc24_jul")])

group("rub_thai_northeast", "rubber", "Output of Thailand's northeastern region: 2025 forecast 1.42 million t = 142萬噸; 2024 forecasts 131.8万吨 (April) and 134万吨 (July 2024)",
      "Thailand, northeastern region", "natural rubber production (tonnes)", "2024 forecasts / 2025 forecast",
      "1.42 million = 142萬 (consistent); others different_basis.",
      [M(rb(6,"en"), 3, "1.4% to 1.42 million tons", "1.42 million tons", 1.42e6, T, "fc25"),
       M(rb(7,"hant"), 3, "1.4%至142萬噸", "142萬噸", 142e4, T, "fc25"),
       M(rb(8,"hans"), 10, "0.5%131.8万吨", "131.8万吨", 131.8e4, T, "fc24_apr"),
       M(rb(9,"hans"), 4, "和134万吨", "134万吨", 134e4, T, "fc24_jul")])

group("rub_thai_central", "rubber", "Output of Thailand's central region: 2025 forecast 395,000 t = 39.5萬噸; April 2024 forecast for 2024 38.7万吨",
      "Thailand, central region", "natural rubber production (tonnes)", "2024 forecast / 2025 forecast",
      "395,000 = 39.5萬 (consistent); 2024 different_basis.",
      [M(rb(6,"en"), 3, "1% to 395,000 tons", "395,000 tons", 395000.0, T, "fc25"),
       M(rb(7,"hant"), 3, "1%至39.5萬噸", "39.5萬噸", 39.5e4, T, "fc25"),
       M(rb(8,"hans"), 10, "0.22%38.7万吨", "38.7万吨", 38.7e4, T, "fc24_apr")])

group("rub_thai_south", "rubber", "Output of Thailand's southern region: 2025 forecast 2.82 million t = 282萬噸; 2024 forecasts 269.4万吨 (April) and 268.3万吨 (July 2024)",
      "Thailand, southern region", "natural rubber production (tonnes)", "2024 forecasts / 2025 forecast",
      "2.82 million = 282萬 (consistent); others different_basis.",
      [M(rb(6,"en"), 3, "4% to 2.82 million tons", "2.82 million tons", 2.82e6, T, "fc25"),
       M(rb(7,"hant"), 3, "4%至282萬噸", "282萬噸", 282e4, T, "fc25"),
       M(rb(8,"hans"), 10, "1.82%269.4万吨", "269.4万吨", 269.4e4, T, "fc24_apr"),
       M(rb(9,"hans"), 4, "降至268.3万吨", "268.3万吨", 268.3e4, T, "fc24_jul")])

group("rub_thai_area", "rubber", "Thailand's harvested rubber area: 2025 forecast 22.45 million rai = 2245萬萊; 2024 22.47 million rai = 2247萬萊 (April 2025) vs the 2024 forecasts 2206万莱 (two, April / July 2024); 2023 2208万莱 (two)",
      "Thailand", "harvested rubber area (hectares; 1 rai = 0.16 ha)", "2023 / 2024 / 2025",
      "Same figures agree across languages. 2024: 2247萬萊 (a year later) vs the 2206万莱 forecast is a later stage (different_basis).",
      [M(rb(6,"en"), 4, "0.1% to 22.45 million rai", "22.45 million rai", RAI(22.45e6), HA, "fc25"),
       M(rb(7,"hant"), 3, "0.1%至2245萬萊", "2245萬萊", RAI(2245e4), HA, "fc25"),
       M(rb(6,"en"), 4, "and 22.47 million rai in 2024", "22.47 million rai", RAI(22.47e6), HA, "p24"),
       M(rb(7,"hant"), 3, "2024年為2247萬萊", "2247萬萊", RAI(2247e4), HA, "p24"),
       M(rb(8,"hans"), 13, "0.12%至2206万莱", "2206万莱", RAI(2206e4), HA, "fc24"),
       M(rb(9,"hans"), 4, "降至2206万莱", "2206万莱", RAI(2206e4), HA, "fc24"),
       M(rb(8,"hans"), 13, "2023年为2208万莱", "2208万莱", RAI(2208e4), HA, "y23"),
       M(rb(9,"hans"), 4, "从2208万莱", "2208万莱", RAI(2208e4), HA, "y23")])

group("rub_thai_yield", "rubber", "Thailand's rubber yield: 2025 forecast 220 kg/rai (two) from 213 in 2024 (two); the April 2024 forecast 212 for 2024 from 213 in 2023",
      "Thailand", "rubber yield (kg per rai)", "2023 / 2024 / 2025",
      "Same figures agree; 213 for 2024 (April 2025) vs 212 (April 2024 forecast) differ in stage, and 213 for 2023 is a look-alike (different_basis).",
      [M(rb(6,"en"), 5, "to 220 kg/rai", "220 kg/rai", 220.0, KPR, "fc25"),
       M(rb(7,"hant"), 4, "增加至220公斤/萊", "220公斤/萊", 220.0, KPR, "fc25"),
       M(rb(6,"en"), 5, "from 213 kg/rai", "213 kg/rai", 213.0, KPR, "p24"),
       M(rb(7,"hant"), 4, "由213公斤/萊", "213公斤/萊", 213.0, KPR, "p24"),
       M(rb(8,"hans"), 16, "由213公斤/莱", "213公斤/莱", 213.0, KPR, "y23"),
       M(rb(8,"hans"), 16, "下降至212公斤/莱", "212公斤/莱", 212.0, KPR, "fc24")])

group("rub_thai_yield_growth", "rubber", "Thailand's 2025 yield growth forecast: 3.3% (two)",
      "Thailand", "growth of rubber yield (percent)", "2025 forecast",
      "Same figure (consistent); ANRPC's 3.3% growth of China's 2024 consumption is a look-alike elsewhere.",
      [M(rb(6,"en"), 5, "an increase of 3.3%", "3.3%", 3.3, PC, "fc25"),
       M(rb(7,"hant"), 4, "提升3.3%", "3.3%", 3.3, PC, "fc25")])

group("rub_2011_output", "rubber", "ANRPC members' natural rubber output in 2011: 1012.7萬噸 (three, the first estimate), announced revision 1026.2萬噸; 2012 forecast 1052.9萬噸",
      "ANRPC member countries", "natural rubber production (tonnes)", "2011 / 2012 forecast",
      "The first estimate agrees in three documents; the revision is announced (調整為): different_basis; 2012 forecast different_basis. jrdgc calls the member total 全球.",
      [M(rb(10,"hant"), 3, "總產量達到1012.7萬噸", "1012.7萬噸", 1012.7e4, T, "first"),
       M(rb(11,"hant"), 3, "達(dá)到1012.7萬(wàn)噸", "1012.7萬(wàn)噸", 1012.7e4, T, "first"),
       M(rb(12,"hant"), 3, "1012.7萬(wàn)噸調(diào)整", "1012.7萬(wàn)噸", 1012.7e4, T, "first"),
       M(rb(12,"hant"), 3, "調(diào)整為1026.2萬(wàn)噸", "1026.2萬(wàn)噸", 1026.2e4, T, "rev"),
       M(rb(12,"hant"), 4, "將達(dá)1052.9萬(wàn)噸", "1052.9萬(wàn)噸", 1052.9e4, T, "fc12")])

group("rub_2011_growth", "rubber", "Growth of ANRPC members' output in 2011: 6.7% (jiyikeji, 029751; jrdgc calls it the earlier forecast) vs bvcjxes's 7.19% (three days earlier); the revised 8.2%; earlier forecasts 6.4% (two) and 'expected at the start of the year' 6.5%; 2012 forecast 2.6%",
      "ANRPC member countries", "growth of natural rubber production (percent)", "2011 / 2012 forecast",
      "6.7% agrees in three documents. bvcjxes's 7.19% for the same year-end cumulative growth disagrees with 6.7%: conflict, different_basis as alt (its source is unnamed). 6.5% ('年初预计') vs 6.4% ('先前預測'): maybe different forecasts (different_basis, conflict as alt). The announced revision 8.2% and the forecasts are different_basis.",
      [M(rb(10,"hant"), 3, "同比增長6.7%", "6.7%", 6.7, PC, "first"),
       M(rb(11,"hant"), 3, "同比增長(zhǎng)6.7%", "6.7%", 6.7, PC, "first"),
       M(rb(12,"hant"), 3, "高于先前6.7%的預(yù)測(cè)值", "6.7%", 6.7, PC, "first", note="called the earlier forecast"),
       M(rb(10,"hant"), 3, "先前6.4%的預測值", "6.4%", 6.4, PC, "fc11"),
       M(rb(11,"hant"), 3, "先前6.4%的預(yù)測(cè)值", "6.4%", 6.4, PC, "fc11"),
       M(rb(12,"hant"), 3, "同比增長(zhǎng)8.2%", "8.2%", 8.2, PC, "rev"),
       M(rb(13,"hans"), 4, "累计增长了7.19%", "7.19%", 7.19, PC, "first"),
       M(rb(13,"hans"), 4, "年初预计的6.5%增长率", "6.5%", 6.5, PC, "fc11"),
       M(rb(12,"hant"), 4, "同比增長(zhǎng)2.6%", "2.6%", 2.6, PC, "fc12")],
      {**cross((7,), (1, 2, 3), (C, D)), **cross((8,), (4, 5), (D, C))})

group("rub_vn_2011", "rubber", "Vietnam's natural rubber output: 2011 81.16萬噸 (two), 2010 75.1萬噸 (two)",
      "Vietnam", "natural rubber production (tonnes)", "2010 / 2011",
      "Same figures in two copies (consistent); the two years different_basis.",
      [M(rb(10,"hant"), 4, "總產量為81.16萬噸", "81.16萬噸", 81.16e4, T, "y11"),
       M(rb(11,"hant"), 3, "總產(chǎn)量為81.16萬(wàn)噸", "81.16萬(wàn)噸", 81.16e4, T, "y11"),
       M(rb(10,"hant"), 4, "的產量為75.1萬噸", "75.1萬噸", 75.1e4, T, "y10"),
       M(rb(11,"hant"), 3, "的產(chǎn)量為75.1萬(wàn)噸", "75.1萬(wàn)噸", 75.1e4, T, "y10")])

group("rub_vn_growth_2011", "rubber", "Growth of rubber output in 2011: Vietnam 8% (two) vs Indonesia and Malaysia 'about 8%' (bvcjxes)",
      "Vietnam / Indonesia and Malaysia", "growth of natural rubber production (percent)", "2011",
      "Vietnam's figure agrees; Indonesia + Malaysia is another subject (different_basis).",
      [M(rb(10,"hant"), 4, "同比增長8%", "8%", 8.0, PC, "vn"),
       M(rb(11,"hant"), 3, "同比增長(zhǎng)8%", "8%", 8.0, PC, "vn"),
       M(rb(13,"hans"), 5, "同比增长8%左右", "8%", 8.0, PC, "idmy", qualifier="approx")])

group("rub_member_output_1517", "rubber", "ANRPC members' output 2015-2017: 2015 1 100萬t (jizihe, '9 members') vs 11.042 million t (11 countries); 2016 1 070萬t (February 2017) vs 10.804 million t (April 2017) vs the September 2016 estimate 11.092 million t; 2017 forecasts 1 122萬t (February) vs 11.314 million t (April); Jan-Sep 2016 7.952 / 2015 7.954 million t; H1 2017 4.990, Q1 2017 2.499 million t",
      "ANRPC member countries", "natural rubber production (tonnes)", "2015-2017 and parts of years",
      "2015: 1 100萬t rounds 11.042 million t (rounding; different_basis as alt since jizihe counts 9 members). 2016: 1 070萬t vs 10.804 million t, both after the year, two months apart, no revision announced: conflict, different_basis as alt. The September 2016 estimate and the two 2017 forecast vintages are different_basis.",
      [M(rb(15,"hant"), 3, "由2015年的1 100萬t", "1 100萬t", 1100e4, T, "y15"),
       M(rb(17,"en"), 5, "2015’s 11.042 million tons", "11.042 million tons", 11.042e6, T, "y15"),
       M(rb(15,"hant"), 3, "降至1 070萬t", "1 070萬t", 1070e4, T, "y16"),
       M(rb(16,"en"), 3, "10.804 million tonnes in 2016", "10.804 million tonnes", 10.804e6, T, "y16"),
       M(rb(17,"en"), 5, "for 2016 at 11.092 million tons", "11.092 million tons", 11.092e6, T, "y16_est"),
       M(rb(15,"hant"), 3, "至1 122萬t", "1 122萬t", 1122e4, T, "fc17_feb"),
       M(rb(16,"en"), 3, "to 11.314 million tonnes in 2017", "11.314 million tonnes", 11.314e6, T, "fc17_apr"),
       M(rb(17,"en"), 3, "produced 7.952 million metric tons", "7.952 million metric tons", 7.952e6, T, "9m16"),
       M(rb(17,"en"), 4, "the 7.954 million tons", "7.954 million tons", 7.954e6, T, "9m15"),
       M(rb(16,"en"), 4, "anticipated at 4.990 million tonnes", "4.990 million tonnes", 4.99e6, T, "h1_17"),
       M(rb(16,"en"), 6, "produced 2.499 million tonnes", "2.499 million tonnes", 2.499e6, T, "q1_17")],
      {(1, 2): (R, D), (3, 4): (C, D)})

group("rub_member_growth_1517", "rubber", "Growth of ANRPC members' output: 2016 -2.7% (February 2017) vs +0.5% (September 2016 estimate); 2017 forecasts 4.4% (February) vs 4.7% (April); H1 2017 +3.9%; Q1 2017 +2.0%",
      "ANRPC member countries", "growth of natural rubber production (percent)", "2016 / 2017",
      "Different vintages and periods (different_basis).",
      [M(rb(15,"hant"), 3, "產(chǎn)量下降了2.7 %", "2.7 %", -2.7, PC, "y16"),
       M(rb(17,"en"), 5, "up 0.5 percent from 2015", "0.5 percent", 0.5, PC, "y16_est"),
       M(rb(15,"hant"), 3, "增長4.4 %左右", "4.4 %", 4.4, PC, "fc17_feb", qualifier="approx"),
       M(rb(16,"en"), 3, "anticipates 4.7 per cent increase", "4.7 per cent", 4.7, PC, "fc17_apr"),
       M(rb(16,"en"), 4, "up 3.9 per cent", "3.9 per cent", 3.9, PC, "h1_17"),
       M(rb(16,"en"), 6, "up 2.0 per cent", "2.0 per cent", 2.0, PC, "q1_17")])

group("rub_anrpc_share", "rubber", "ANRPC members' shares: of world demand 73% (December 2024 forecast) vs 74.1% (H1 2024); of world supply 79% (2024), 81% (2023), 90% (2017)",
      "ANRPC member countries", "share of world natural rubber demand / supply (percent)", "2017 / 2023 / 2024",
      "Different periods, stages and measures (different_basis).",
      [M(rb(1,"en"), 9, "contributed to 73% of overall demand", "73%", 73.0, PC, "dem_fc24"),
       M(rb(4,"hans"), 14, "达到74.1%", "74.1%", 74.1, PC, "dem_h124"),
       M(rb(1,"en"), 15, "79% is produced by ANRPC states", "79%", 79.0, PC, "sup_24"),
       M(rb(1,"en"), 15, "an 81% market share in 2023", "81%", 81.0, PC, "sup_23"),
       M(rb(16,"en"), 6, "accounting for 90% of the global supply", "90%", 90.0, PC, "sup_17")])

group("rub_china_cons", "rubber", "China's natural rubber consumption in 2024: 725万吨 (ANRPC June/July report) vs approximately 7.216 million t (December report)",
      "China", "natural rubber consumption (tonnes)", "2024 forecasts",
      "Two forecast vintages (different_basis).",
      [M(rb(4,"hans"), 13, "至725万吨", "725万吨", 725e4, T, "fc_jul24"),
       M(rb(1,"en"), 11, "approximately 7.216 million tonnes", "7.216 million tonnes", 7.216e6, T, "fc_dec24", qualifier="approx")])

group("rub_china_cons_growth", "rubber", "Growth of China's natural rubber consumption: ANRPC 2024 forecasts +5.5% (April and May reports), +3.6% (June/July), +3.3% (December); 2025 forecast +2.5%",
      "China", "growth of natural rubber consumption (percent)", "2024 forecasts / 2025 forecast",
      "Successive forecast vintages: different_basis (the two 5.5% consistent as alt). Thailand's 3.3% yield growth is a look-alike elsewhere.",
      [M(rb(2,"en"), 5, "China increased by 5.5%", "5.5%", 5.5, PC, "fc_may24"),
       M(rb(3,"hant"), 5, "中國的消費量預計將增加5.5%", "5.5%", 5.5, PC, "fc_apr24"),
       M(rb(4,"hans"), 13, "增长3.6%", "3.6%", 3.6, PC, "fc_jul24"),
       M(rb(1,"en"), 11, "a 3.3% year-on-year increase", "3.3%", 3.3, PC, "fc_dec24"),
       M(rb(5,"hant"), 4, "中國消費量將增長2.5%", "2.5%", 2.5, PC, "fc25")],
      {(1, 2): (D, K)})

group("rub_china_prod_growth", "rubber", "Growth of China's natural rubber output: ANRPC 2024 forecasts +6.9% (April and May reports); H1 2024 +31.2%; 2025 forecast +6%",
      "China", "growth of natural rubber production (percent)", "2024 forecasts / H1 2024 / 2025 forecast",
      "Vintages and periods differ (different_basis; the two 6.9% consistent as alt).",
      [M(rb(2,"en"), 4, "China increased by 6.9%", "6.9%", 6.9, PC, "fc_may24"),
       M(rb(3,"hant"), 4, "中國則有望增加6.9%", "6.9%", 6.9, PC, "fc_apr24"),
       M(rb(4,"hans"), 12, "同比增长31.2%", "31.2%", 31.2, PC, "h1_24"),
       M(rb(5,"hant"), 3, "中國預計將有6%的增長", "6%", 6.0, PC, "fc25")],
      {(1, 2): (D, K)})

group("rub_indonesia_growth", "rubber", "Growth of Indonesia's natural rubber output: ANRPC 2024 forecasts -5.1% (April and May reports) = H1 2024 actual -5.1%; 2025 forecast -9.8%",
      "Indonesia", "growth of natural rubber production (percent)", "2024 forecasts / H1 2024 / 2025 forecast",
      "Same number for two forecast vintages and a half-year outcome: different_basis (consistent as alt between the two forecasts).",
      [M(rb(2,"en"), 4, "Indonesia decreased by 5.1%", "5.1%", -5.1, PC, "fc_may24"),
       M(rb(3,"hant"), 4, "印尼將減少5.1%", "5.1%", -5.1, PC, "fc_apr24"),
       M(rb(4,"hans"), 12, "分别下降了5.1%", "5.1%", -5.1, PC, "h1_24"),
       M(rb(5,"hant"), 3, "印尼則將減少9.8%", "9.8%", -9.8, PC, "fc25")],
      {(1, 2): (D, K)})

group("rub_malaysia_cons_growth", "rubber", "Forecast growth of Malaysia's rubber consumption in 2024: 54.7% (April and May reports)",
      "Malaysia", "growth of natural rubber consumption (percent)", "2024 forecasts",
      "Two report vintages with the same number: different_basis, consistent as alt.",
      [M(rb(2,"en"), 5, "Malaysia increased by 54.7%", "54.7%", 54.7, PC, "fc_may24"),
       M(rb(3,"hant"), 5, "大幅增長54.7%", "54.7%", 54.7, PC, "fc_apr24")],
      {(1, 2): (D, K)})

# ============================================================ pork: China's pork output, hog slaughter and herd (NBS), 2006 (China Meat Association)
group("pork_output", "pork", "China's pork output by year (NBS unless noted): 2019 42.55 million t (three) = 4255萬噸 / 4255万吨, Rabobank's forecast about 40.5 million t; 2020 41.13 million t = 4113萬 / 4113万; 2021 52.96 million t (two) = 5296萬噸 (three); 2017 53.4 million t = 5340萬 / 5340万; 2018 54.04 million t = 5404萬 / 5404万; 2016 5299万吨 (three); 2022 55.41 million t vs gitnux's 53.91 million t; 2014 56.71 mt; 2023 57.94 million t (three); 2024 57.06 million t; the 2025 target 55 million t; 2006 5197萬噸 (three, China Meat Association) = 51.97 million tons",
      "China", "pork output (tonnes)", "2006, 2014, 2016-2024, 2025 target",
      "Each year's figure agrees across documents and languages (53.4 million = 5340萬 exactly). 2022: gitnux's generated 53.91 million t contradicts the NBS's 55.41 million t (conflict). Other years, Rabobank's forecast and the 2025 target are different_basis (55 million t target vs 55.41 million t for 2022 is a look-alike).",
      [M(pk(1,"en"), 3, "China produced 42.55 million tonnes", "42.55 million tonnes", 42.55e6, T, "y19"),
       M(pk(1,"en"), 5, "China produced 42.55 million tonnes", "42.55 million tonnes", 42.55e6, T, "y19"),
       M(pk(2,"en"), 4, "produced 42.55 million tonnes of the meat", "42.55 million tonnes", 42.55e6, T, "y19"),
       M(pk(5,"hant"), 8, "豬肉產(chǎn)量4255萬噸", "4255萬噸", 4255e4, T, "y19"),
       M(pk(7,"hans"), 5, "猪肉产量4255万吨", "4255万吨", 4255e4, T, "y19"),
       M(pk(2,"en"), 13, "about 40.5 million tonnes", "40.5 million tonnes", 40.5e6, T, "fc19_rabo", qualifier="approx"),
       M(pk(3,"en"), 5, "to 41.13 million tonnes", "41.13 million tonnes", 41.13e6, T, "y20"),
       M(pk(5,"hant"), 8, "豬肉產(chǎn)量4113萬噸", "4113萬噸", 4113e4, T, "y20"),
       M(pk(7,"hans"), 5, "猪肉产量4113万吨", "4113万吨", 4113e4, T, "y20"),
       M(pk(4,"en"), 3, "to 52.96 million tonnes in 2021", "52.96 million tonnes", 52.96e6, T, "y21"),
       M(pk(10,"en"), 4, "compared with 52.96mt in 2021", "52.96mt", 52.96e6, T, "y21"),
       M(pk(5,"hant"), 5, "豬肉產(chǎn)量5296萬噸", "5296萬噸", 5296e4, T, "y21"),
       M(pk(5,"hant"), 6, "豬肉產(chǎn)量5296萬噸", "5296萬噸", 5296e4, T, "y21"),
       M(pk(6,"hant"), 4, "豬肉產(chǎn)量5296萬噸", "5296萬噸", 5296e4, T, "y21"),
       M(pk(4,"en"), 5, "the 53.4 million tonnes produced in 2017", "53.4 million tonnes", 53.4e6, T, "y17"),
       M(pk(5,"hant"), 7, "豬肉產(chǎn)量5340萬噸", "5340萬噸", 5340e4, T, "y17"),
       M(pk(7,"hans"), 5, "猪肉产量5340万吨", "5340万吨", 5340e4, T, "y17"),
       M(pk(9,"en"), 4, "the total output of pork was 54.04 million tons", "54.04 million tons", 54.04e6, T, "y18"),
       M(pk(5,"hant"), 8, "豬肉產(chǎn)量5404萬噸", "5404萬噸", 5404e4, T, "y18"),
       M(pk(7,"hans"), 5, "猪肉产量5404万吨", "5404万吨", 5404e4, T, "y18"),
       M(pk(7,"hans"), 5, "猪肉产量5299万吨", "5299万吨", 5299e4, T, "y16"),
       M(pk(8,"hans"), 7, "猪肉产量5299万吨,下降", "5299万吨", 5299e4, T, "y16"),
       M(pk(8,"hans"), 9, "猪肉产量5299万吨,三年", "5299万吨", 5299e4, T, "y16"),
       M(pk(10,"en"), 4, "produced 55.41 million tonnes", "55.41 million tonnes", 55.41e6, T, "y22"),
       M(pk(11,"en"), 4, "reached 53.91 million metric tons", "53.91 million metric tons", 53.91e6, T, "y22", note="gitnux generated list"),
       M(pk(10,"en"), 4, "the 56.71mt recorded in 2014", "56.71mt", 56.71e6, T, "y14"),
       M(pk(12,"en"), 8, "totaled 57.94 million tons", "57.94 million tons", 57.94e6, T, "y23"),
       M(pk(13,"en"), 6, "was 57.94 million metric tons", "57.94 million metric tons", 57.94e6, T, "y23"),
       M(pk(14,"en"), 5, "from 57.94 million tons in 2023", "57.94 million tons", 57.94e6, T, "y23"),
       M(pk(14,"en"), 5, "generated 57.06 million metric tons", "57.06 million metric tons", 57.06e6, T, "y24"),
       M(pk(13,"en"), 7, "the target of 55 million metric tons for 2025", "55 million metric tons", 55e6, T, "target25"),
       M(pk(17,"hant"), 5, "年產(chǎn)量5197萬噸", "5197萬噸", 5197e4, T, "y06", note="title"),
       M(pk(17,"hant"), 12, "年產(chǎn)量5197萬噸", "5197萬噸", 5197e4, T, "y06", note="title repeated"),
       M(pk(17,"hant"), 13, "達(dá)到5197萬噸", "5197萬噸", 5197e4, T, "y06"),
       M(pk(18,"en"), 7, "51.97 million tons of pork", "51.97 million tons", 51.97e6, T, "y06")],
      {(24, 25): C})

group("pork_output_growth", "pork", "Growth of China's pork output: 2019 -21.3% (four) vs scmp's '21 per cent'; 2020 -3.3% (two); 2021 +28.8% (four) and '增長近三成'; 2017 +0.8%; 2018 -0.9% (two); 2016 -3.4%; 2022 +4.6% vs gitnux's +2.9%; 2023 +4.6% (two); 2024 -1.5%",
      "China", "growth of pork output (percent)", "2016-2024",
      "21 per cent rounds 21.3% (rounding); '近三成' (nearly 30%) contains 28.8% (consistent); gitnux's 2.9% contradicts 4.6% for 2022 (conflict). 2022's and 2023's 4.6% are look-alikes (different years); 2020's -3.3% too.",
      [M(pk(1,"en"), 3, "down 21.3 per cent", "21.3 per cent", -21.3, PC, "y19"),
       M(pk(1,"en"), 5, "down 21.3 per cent", "21.3 per cent", -21.3, PC, "y19"),
       M(pk(2,"en"), 4, "down 21.3% from 2018", "21.3%", -21.3, PC, "y19"),
       M(pk(5,"hant"), 8, "下降21.3%", "21.3%", -21.3, PC, "y19"),
       M(pk(3,"en"), 5, "plunging by 21 per cent in 2019", "21 per cent", -21.0, PC, "y19"),
       M(pk(3,"en"), 5, "fell by just 3.3 per cent", "3.3 per cent", -3.3, PC, "y20"),
       M(pk(5,"hant"), 8, "下降3.3%", "3.3%", -3.3, PC, "y20"),
       M(pk(4,"en"), 3, "jumped 28.8%", "28.8%", 28.8, PC, "y21"),
       M(pk(5,"hant"), 5, "增長28.8%", "28.8%", 28.8, PC, "y21"),
       M(pk(5,"hant"), 6, "增長28.8%", "28.8%", 28.8, PC, "y21"),
       M(pk(6,"hant"), 4, "增長(zhǎng)28.8%", "28.8%", 28.8, PC, "y21"),
       M(pk(5,"hant"), 6, "增長近三成", "三成", 30.0, PC, "y21", qualifier="under"),
       M(pk(5,"hant"), 7, "增長0.8%", "0.8%", 0.8, PC, "y17"),
       M(pk(5,"hant"), 8, "下降0.9%", "0.9%", -0.9, PC, "y18"),
       M(pk(9,"en"), 4, "down by 0.9 percent", "0.9 percent", -0.9, PC, "y18"),
       M(pk(8,"hans"), 7, "下降3.4%", "3.4%", -3.4, PC, "y16"),
       M(pk(10,"en"), 3, "rose by 4.6% in 2022", "4.6%", 4.6, PC, "y22"),
       M(pk(11,"en"), 4, "marking a 2.9% increase", "2.9%", 2.9, PC, "y22", note="gitnux"),
       M(pk(12,"en"), 8, "2.53 million tons or 4.6%", "4.6%", 4.6, PC, "y23"),
       M(pk(13,"en"), 6, "a 4.6-percent increase", "4.6-percent", 4.6, PC, "y23"),
       M(pk(14,"en"), 5, "down 1.5 per cent", "1.5 per cent", -1.5, PC, "y24")],
      {**cross((5,), (1, 2, 3, 4), R), **cross((12,), (8, 9, 10, 11), K), (17, 18): C})

group("pork_quarter", "pork", "China's quarterly pork output: Q4 2022 13.91 mt; Q4 2024 14.66 million t; Q1 2025 16.02 million t = 1602萬噸",
      "China", "quarterly pork output (tonnes)", "Q4 2022 / Q4 2024 / Q1 2025",
      "Q1 2025 agrees across languages; other quarters different_basis.",
      [M(pk(10,"en"), 5, "fourth-quarter production of 13.91mt", "13.91mt", 13.91e6, T, "q4_22"),
       M(pk(14,"en"), 11, "to 14.66 million metric tons", "14.66 million metric tons", 14.66e6, T, "q4_24"),
       M(pk(15,"en"), 3, "reaching an impressive 16.02 million metric tons", "16.02 million metric tons", 16.02e6, T, "q1_25"),
       M(pk(16,"hant"), 3, "豬肉產量1602萬噸", "1602萬噸", 1602e4, T, "q1_25")])

group("pork_quarter_growth", "pork", "Growth of China's quarterly pork output: Q1 2025 +1.2% (two); Q4 2024 -1.8%; Q4 2022 'nearly 1%'",
      "China", "growth of quarterly pork output (percent)", "Q4 2022 / Q4 2024 / Q1 2025",
      "Q1 2025 agrees; others different_basis. The sow herd's +1.2% in the same sentence is a look-alike (pork_sows).",
      [M(pk(15,"en"), 3, "climbed by 1.2%", "1.2%", 1.2, PC, "q1_25"),
       M(pk(16,"hant"), 3, "19萬噸,增長1.2%", "1.2%", 1.2, PC, "q1_25"),
       M(pk(14,"en"), 11, "production fell by 1.8 per cent", "1.8 per cent", -1.8, PC, "q4_24"),
       M(pk(10,"en"), 5, "up nearly 1% on Q4 2021", "1%", 1.0, PC, "q4_22", qualifier="under")])

group("pork_slaughter", "pork", "Hogs slaughtered in China: 2019 544.19 million (two) = 54419万头; 2020 527.04 million = 52704万头; 2016 68502万头 (three); 2017 68861万头; 2018 69382万头 = 693.82 million; 2021 67128萬頭 (two); 2023 726.62 million vs 726.6 million; 2024 702.56 million; Q1 2025 194.76 million = 19476萬頭",
      "China", "hogs slaughtered (count)", "2016-2024 / Q1 2025",
      "Same years agree across languages; 726.6 rounds 726.62 (rounding). Other years different_basis.",
      [M(pk(1,"en"), 9, "to 544.19 million head", "544.19 million", 544.19e6, CNT, "y19"),
       M(pk(2,"en"), 11, "to 544.19 million head", "544.19 million", 544.19e6, CNT, "y19"),
       M(pk(7,"hans"), 5, "生猪出栏54419万头", "54419万头", 54419e4, CNT, "y19"),
       M(pk(3,"en"), 3, "slaughtered 527.04 million hogs", "527.04 million", 527.04e6, CNT, "y20"),
       M(pk(7,"hans"), 5, "生猪出栏52704万头", "52704万头", 52704e4, CNT, "y20"),
       M(pk(7,"hans"), 5, "生猪出栏68502万头", "68502万头", 68502e4, CNT, "y16"),
       M(pk(8,"hans"), 4, "生猪出栏68502万头", "68502万头", 68502e4, CNT, "y16"),
       M(pk(8,"hans"), 7, "生猪出栏68502万头", "68502万头", 68502e4, CNT, "y16"),
       M(pk(7,"hans"), 5, "生猪出栏68861万头", "68861万头", 68861e4, CNT, "y17"),
       M(pk(7,"hans"), 5, "生猪出栏69382万头", "69382万头", 69382e4, CNT, "y18"),
       M(pk(9,"en"), 5, "693.82 million pigs slaughtered", "693.82 million", 693.82e6, CNT, "y18"),
       M(pk(5,"hant"), 5, "全年生豬出欄67128萬頭", "67128萬頭", 67128e4, CNT, "y21"),
       M(pk(6,"hant"), 4, "生豬出欄量67128萬頭", "67128萬頭", 67128e4, CNT, "y21"),
       M(pk(12,"en"), 10, "726.62 million pigs were sold", "726.62 million", 726.62e6, CNT, "y23"),
       M(pk(13,"en"), 6, "726.6 million hogs were slaughtered", "726.6 million", 726.6e6, CNT, "y23"),
       M(pk(14,"en"), 7, "slaughtered 702.56 million hogs", "702.56 million", 702.56e6, CNT, "y24"),
       M(pk(15,"en"), 5, "slaughtered 194.76 million hogs", "194.76 million", 194.76e6, CNT, "q1_25"),
       M(pk(16,"hant"), 3, "生豬出欄19476萬頭", "19476萬頭", 19476e4, CNT, "q1_25")],
      {(14, 15): R})

group("pork_slaughter_growth", "pork", "Growth of hogs slaughtered: 2019 -21.6% (two); 2020 -3.2%; 2021 +27.4% (two); 2018 -1.2%; 2016 -3.3%; 2023 +3.8% (two); 2024 -3.3%; Q1 2025 +0.1% (two) after -2.2% a year earlier",
      "China", "growth of hogs slaughtered (percent)", "2016-2024 / Q1 2024, 2025",
      "Same periods agree; others different_basis (2016's and 2024's -3.3% are look-alikes).",
      [M(pk(1,"en"), 9, "fell 21.6 per cent", "21.6 per cent", -21.6, PC, "y19"),
       M(pk(2,"en"), 11, "fell 21.6%", "21.6%", -21.6, PC, "y19"),
       M(pk(3,"en"), 3, "down 3.2 per cent", "3.2 per cent", -3.2, PC, "y20"),
       M(pk(5,"hant"), 5, "比上年增長27.4%", "27.4%", 27.4, PC, "y21"),
       M(pk(6,"hant"), 4, "同比增27.4%", "27.4%", 27.4, PC, "y21"),
       M(pk(9,"en"), 5, "a decrease of 1.2 percent", "1.2 percent", -1.2, PC, "y18"),
       M(pk(8,"hans"), 7, "下降3.3%", "3.3%", -3.3, PC, "y16"),
       M(pk(12,"en"), 10, "26.68 million heads or 3.8%", "3.8%", 3.8, PC, "y23"),
       M(pk(13,"en"), 6, "a 3.8-percent increase", "3.8-percent", 3.8, PC, "y23"),
       M(pk(14,"en"), 7, "down 3.3 per cent", "3.3 per cent", -3.3, PC, "y24"),
       M(pk(15,"en"), 5, "a slight rise of 0.1%", "0.1%", 0.1, PC, "q1_25"),
       M(pk(16,"hant"), 3, "轉為增長0.1%", "0.1%", 0.1, PC, "q1_25"),
       M(pk(16,"hant"), 3, "由上年同期下降2.2%", "2.2%", -2.2, PC, "q1_24")])

group("pork_herd", "pork", "China's hog herd: end-2019 310.41 million (two), end-September 2019 306.75 million; end-2021 44922萬頭 (two); end-2016 43504万头 (three); end-2018 428.17 million; end-2023 434.22 million; end-2024 427.43 million; end-March 2025 41731萬頭",
      "China", "hog herd (count)", "year-ends 2016-2024 / Sep 2019 / Mar 2025",
      "Same dates agree; other dates different_basis.",
      [M(pk(1,"en"), 7, "to 310.41 million head", "310.41 million", 310.41e6, CNT, "e19"),
       M(pk(2,"en"), 9, "to 310.41 million head", "310.41 million", 310.41e6, CNT, "e19"),
       M(pk(2,"en"), 9, "the 306.75 million head", "306.75 million", 306.75e6, CNT, "s19"),
       M(pk(5,"hant"), 5, "年末生豬存欄44922萬頭", "44922萬頭", 44922e4, CNT, "e21"),
       M(pk(6,"hant"), 4, "生豬存欄(44922萬頭)", "44922萬頭", 44922e4, CNT, "e21"),
       M(pk(8,"hans"), 4, "年末生猪存栏43504万头", "43504万头", 43504e4, CNT, "e16"),
       M(pk(8,"hans"), 7, "年末生猪存栏43504万头", "43504万头", 43504e4, CNT, "e16"),
       M(pk(8,"hans"), 9, "年末生猪存栏43504万头", "43504万头", 43504e4, CNT, "e16"),
       M(pk(9,"en"), 5, "There were 428.17 million pigs registered", "428.17 million", 428.17e6, CNT, "e18"),
       M(pk(12,"en"), 12, "was 434.22 million head", "434.22 million", 434.22e6, CNT, "e23"),
       M(pk(14,"en"), 19, "stood at 427.43 million", "427.43 million", 427.43e6, CNT, "e24"),
       M(pk(16,"hant"), 3, "全國生豬存欄41731萬頭", "41731萬頭", 41731e4, CNT, "m25")])

group("pork_herd_growth", "pork", "Change of China's hog herd: end-2019 -27.5% (two) vs the agriculture ministry's October 2019 -41% and scmp's estimated -60% by mid-2019; end-2021 +10.5% (two); end-2016 -3.6%; end-2018 -3.0%; end-2023 -4.1%; end-2024 -1.6%; end-March 2025 +2.2%",
      "China", "year-on-year change of the hog herd (percent)", "various dates",
      "Same dates agree; the ministry's monthly figure and the estimate are other dates and sources (different_basis).",
      [M(pk(1,"en"), 7, "declined 27.5 per cent", "27.5 per cent", -27.5, PC, "e19"),
       M(pk(2,"en"), 9, "declined 27.5% from a year earlier", "27.5%", -27.5, PC, "e19"),
       M(pk(2,"en"), 8, "declined in October by 41%", "41%", -41.0, PC, "mara_oct19"),
       M(pk(3,"en"), 6, "an estimated 60 per cent by mid-2019", "60 per cent", -60.0, PC, "est_mid19", qualifier="approx"),
       M(pk(5,"hant"), 5, "比上年末增長10.5%", "10.5%", 10.5, PC, "e21"),
       M(pk(6,"hant"), 4, "分別增長(zhǎng)10.5%", "10.5%", 10.5, PC, "e21"),
       M(pk(8,"hans"), 7, "下降3.6%", "3.6%", -3.6, PC, "e16"),
       M(pk(9,"en"), 5, "a year-on-year decrease of 3.0 percent", "3.0 percent", -3.0, PC, "e18"),
       M(pk(12,"en"), 12, "18.33 million head or 4.1%", "4.1%", -4.1, PC, "e23"),
       M(pk(14,"en"), 19, "a decrease of 1.6 per cent", "1.6 per cent", -1.6, PC, "e24"),
       M(pk(16,"hant"), 3, "881萬頭,增長2.2%", "2.2%", 2.2, PC, "m25")])

group("pork_sows", "pork", "China's sow herd: end-2023 41.42 million (NBS); end-November 2024 40.80 million (agriculture ministry); end-March 2025 4039萬頭; gitnux's end-2022 42.3 million; growth end-March 2025 +1.2%",
      "China", "breeding sows (count)", "various dates",
      "Different dates and sources (different_basis).",
      [M(pk(12,"en"), 12, "Included in this number are 41.42 million sows", "41.42 million", 41.42e6, CNT, "e23"),
       M(pk(14,"en"), 21, "at 40.80 million", "40.80 million", 40.8e6, CNT, "n24_mara"),
       M(pk(16,"hant"), 3, "能繁母豬存欄4039萬頭", "4039萬頭", 4039e4, CNT, "m25"),
       M(pk(11,"en"), 5, "expanded to 42.3 million heads", "42.3 million", 42.3e6, CNT, "e22_gitnux")])

group("pork_meat_total", "pork", "China's total meat output (pork, beef, mutton, poultry): 2019 76.49 million t; 2021 8887萬噸 (two); 2016 8540万吨; 2018 85.17 million t; 2006 8051萬噸 = 'nearly 80.51 million tons'",
      "China", "meat output (tonnes)", "2006 / 2016 / 2018 / 2019 / 2021",
      "Same years agree across languages ('nearly' restates the same figure: consistent); other years different_basis.",
      [M(pk(2,"en"), 15, "to 76.49 million tonnes", "76.49 million tonnes", 76.49e6, T, "y19"),
       M(pk(5,"hant"), 5, "豬牛羊禽肉產(chǎn)量8887萬噸", "8887萬噸", 8887e4, T, "y21"),
       M(pk(6,"hant"), 4, "豬牛羊禽肉產(chǎn)量8887萬噸", "8887萬噸", 8887e4, T, "y21"),
       M(pk(8,"hans"), 7, "全年肉类总产量8540万吨", "8540万吨", 8540e4, T, "y16"),
       M(pk(9,"en"), 3, "was 85.17 million tons", "85.17 million tons", 85.17e6, T, "y18"),
       M(pk(17,"hant"), 15, "總產(chǎn)量達(dá)到8051萬噸", "8051萬噸", 8051e4, T, "y06"),
       M(pk(18,"en"), 9, "nearly 80.51 million tons", "80.51 million tons", 80.51e6, T, "y06", qualifier="under")])

group("pork_meat_growth", "pork", "Growth of China's total meat output: 2019 -10.2%; 2021 +16.3% (two); 2016 -1.0%; 2018 -0.3%",
      "China", "growth of meat output (percent)", "2016 / 2018 / 2019 / 2021",
      "2021 agrees; other years different_basis.",
      [M(pk(2,"en"), 15, "fell 10.2%", "10.2%", -10.2, PC, "y19"),
       M(pk(5,"hant"), 5, "比上年增長16.3%", "16.3%", 16.3, PC, "y21"),
       M(pk(6,"hant"), 4, "比上年增長(zhǎng)16.3%", "16.3%", 16.3, PC, "y21"),
       M(pk(8,"hans"), 7, "比上年下降1.0%", "1.0%", -1.0, PC, "y16"),
       M(pk(9,"en"), 3, "slightly down by 0.3 percent", "0.3 percent", -0.3, PC, "y18")])

group("pork_beef", "pork", "China's beef output: 2021 698萬噸 (two); 2018 6.44 million t; 2016 717万吨; 2006 750萬噸 = about 7.5 million tons; Q1 2025 191萬噸",
      "China", "beef output (tonnes)", "2006 / 2016 / 2018 / 2021 / Q1 2025",
      "Same years agree ('about 7.5 million' = 750萬); others different_basis.",
      [M(pk(5,"hant"), 5, "牛肉產(chǎn)量698萬噸", "698萬噸", 698e4, T, "y21"),
       M(pk(6,"hant"), 4, "牛肉產(chǎn)量698萬噸", "698萬噸", 698e4, T, "y21"),
       M(pk(9,"en"), 4, "beef 6.44 million tons", "6.44 million tons", 6.44e6, T, "y18"),
       M(pk(8,"hans"), 7, "牛肉产量717万吨", "717万吨", 717e4, T, "y16"),
       M(pk(17,"hant"), 15, "牛肉產(chǎn)量達(dá)到750萬噸", "750萬噸", 750e4, T, "y06"),
       M(pk(18,"en"), 9, "about 7.5 million tons of beef", "7.5 million tons", 7.5e6, T, "y06", qualifier="approx"),
       M(pk(16,"hant"), 4, "牛肉產量191萬噸", "191萬噸", 191e4, T, "q1_25")])

group("pork_mutton", "pork", "China's mutton output: 2021 514萬噸 (two); 2018 4.75 million t; 2016 459万吨; 2006 470萬噸 = 4.7 million tons; Q1 2025 106萬噸",
      "China", "mutton output (tonnes)", "2006 / 2016 / 2018 / 2021 / Q1 2025",
      "Same years agree; others different_basis.",
      [M(pk(5,"hant"), 5, "羊肉產(chǎn)量514萬噸", "514萬噸", 514e4, T, "y21"),
       M(pk(6,"hant"), 4, "羊肉產(chǎn)量514萬噸", "514萬噸", 514e4, T, "y21"),
       M(pk(9,"en"), 4, "mutton 4.75 million tons", "4.75 million tons", 4.75e6, T, "y18"),
       M(pk(8,"hans"), 7, "羊肉产量459万吨", "459万吨", 459e4, T, "y16"),
       M(pk(17,"hant"), 15, "羊肉產(chǎn)量達(dá)470萬噸", "470萬噸", 470e4, T, "y06"),
       M(pk(18,"en"), 9, "4.7 million tons of mutton", "4.7 million tons", 4.7e6, T, "y06"),
       M(pk(16,"hant"), 4, "羊肉產量106萬噸", "106萬噸", 106e4, T, "q1_25")])

group("pork_poultry", "pork", "China's poultry meat output: 2021 2380萬噸 (two); 2018 19.94 million t; 2016 1888万吨; 2006 1509萬噸 = 15.09 million tons",
      "China", "poultry meat output (tonnes)", "2006 / 2016 / 2018 / 2021",
      "Same years agree; others different_basis.",
      [M(pk(5,"hant"), 5, "禽肉產(chǎn)量2380萬噸", "2380萬噸", 2380e4, T, "y21"),
       M(pk(6,"hant"), 4, "禽肉產(chǎn)量2380萬噸", "2380萬噸", 2380e4, T, "y21"),
       M(pk(9,"en"), 4, "poultry 19.94 million tons", "19.94 million tons", 19.94e6, T, "y18"),
       M(pk(8,"hans"), 7, "禽肉产量1888万吨", "1888万吨", 1888e4, T, "y16"),
       M(pk(17,"hant"), 15, "禽肉產(chǎn)量達(dá)1509萬噸", "1509萬噸", 1509e4, T, "y06"),
       M(pk(18,"en"), 9, "15.09 million tons of poultry", "15.09 million tons", 15.09e6, T, "y06")])

group("pork_milk_eggs_2021", "pork", "China's milk output 2021 3683萬噸 (two) vs 2016 3602万吨 and Q1 2025 892萬噸",
      "China", "milk output (tonnes)", "2016 / 2021 / Q1 2025",
      "2021 agrees; others different_basis.",
      [M(pk(5,"hant"), 5, "牛奶產(chǎn)量3683萬噸", "3683萬噸", 3683e4, T, "y21"),
       M(pk(6,"hant"), 4, "牛奶產(chǎn)量3683萬噸", "3683萬噸", 3683e4, T, "y21"),
       M(pk(8,"hans"), 7, "牛奶产量3602万吨", "3602万吨", 3602e4, T, "y16"),
       M(pk(16,"hant"), 4, "牛奶產量892萬噸", "892萬噸", 892e4, T, "q1_25")])

group("pork_eggs", "pork", "China's egg output: 2021 3409萬噸 (two) vs 2016 3095万吨",
      "China", "egg output (tonnes)", "2016 / 2021",
      "2021 agrees; 2016 different_basis.",
      [M(pk(5,"hant"), 5, "禽蛋產(chǎn)量3409萬噸", "3409萬噸", 3409e4, T, "y21"),
       M(pk(6,"hant"), 4, "禽蛋產(chǎn)量3409萬噸", "3409萬噸", 3409e4, T, "y21"),
       M(pk(8,"hans"), 7, "禽蛋产量3095万吨", "3095万吨", 3095e4, T, "y16")])

group("pork06_world_share", "pork", "China's share of world pork output in 2006: 50.1% (ffers, researchinchina) vs the headlines 50% and 一半 (twice)",
      "China", "share of world pork output (percent)", "2006",
      "50% and 一半 round 50.1% (rounding); the two 50.1% and the headlines among themselves agree.",
      [M(pk(17,"hant"), 13, "占全世界總產(chǎn)量的50.1%", "50.1%", 50.1, PC, "y06"),
       M(pk(18,"en"), 7, "about 50.1% of the total", "50.1%", 50.1, PC, "y06", qualifier="approx"),
       M(pk(18,"en"), 3, "China produces 50% of world's pork output", "50%", 50.0, PC, "y06", note="headline"),
       M(pk(17,"hant"), 5, "占世界年總產(chǎn)量一半", "一半", 50.0, PC, "y06", note="title"),
       M(pk(17,"hant"), 12, "占世界年總產(chǎn)量一半", "一半", 50.0, PC, "y06", note="title repeated")],
      {**cross((1, 2), (3, 4, 5), R)})

group("pork06_percap", "pork", "Per-capita pork in China in 2006: 39.6公斤 = 39.6 kg, up 1.3公斤 = 1.3 kg",
      "China", "per-capita pork (kg)", "2006 / change from 2005",
      "Same figures across languages (人均豬肉占有量 vs 'consumed': same number); level vs change different_basis.",
      [M(pk(17,"hant"), 14, "達(dá)到39.6公斤", "39.6公斤", 39.6, KG, "y06"),
       M(pk(18,"en"), 9, "consumed 39.6 kg of pork", "39.6 kg", 39.6, KG, "y06"),
       M(pk(17,"hant"), 14, "增加1.3公斤", "1.3公斤", 1.3, KG, "chg06"),
       M(pk(18,"en"), 9, "1.3 kg more than in 2005", "1.3 kg", 1.3, KG, "chg06")])

group("pork06_percap_meat", "pork", "Per-capita meat in China in 2006: 61.3公斤 = 61.3 kg, up 2.1公斤 = 2.1 kg",
      "China", "per-capita meat (kg)", "2006 / change from 2005",
      "Same figures across languages; level vs change different_basis.",
      [M(pk(17,"hant"), 15, "達(dá)到61.3公斤", "61.3公斤", 61.3, KG, "y06"),
       M(pk(18,"en"), 11, "consumed 61.3 kg of meat", "61.3 kg", 61.3, KG, "y06"),
       M(pk(17,"hant"), 15, "增長(zhǎng)2.1公斤", "2.1公斤", 2.1, KG, "chg06"),
       M(pk(18,"en"), 11, "2.1 kg more than in 2005", "2.1 kg", 2.1, KG, "chg06")])

group("pork06_shares", "pork", "2006 shares: pork in China's meat 超過60% = about 60%; China's meat in world meat output 近30% = about 30%",
      "China", "shares (percent)", "2006",
      "Each pair agrees (bounds and 'about' contain each other: consistent); the two shares are different quantities (different_basis).",
      [M(pk(17,"hant"), 14, "超過60%", "60%", 60.0, PC, "pork_in_meat", qualifier="over"),
       M(pk(18,"en"), 9, "about 60% of China's meat consumption", "60%", 60.0, PC, "pork_in_meat", qualifier="approx"),
       M(pk(17,"hant"), 15, "近30%", "30%", 30.0, PC, "meat_in_world", qualifier="under"),
       M(pk(18,"en"), 9, "about 30% to the world's total production", "30%", 30.0, PC, "meat_in_world", qualifier="approx")])

group("pork_2016_ratio", "pork", "2016 hog slaughter rate 152% (twice in senbk)",
      "China", "slaughter / year-end herd ratio (percent)", "2016",
      "Same figure restated (consistent).",
      [M(pk(8,"hans"), 4, "出栏率达152%", "152%", 152.0, PC, "y16"),
       M(pk(8,"hans"), 9, "提高到152%", "152%", 152.0, PC, "y16")])

# ============================================================ singles: figures stated once
single(se(5,"en"), 3, "an increase of 3.2% compared to the 2021 total", "3.2%", 3.2, PC, note="2022 growth")
single(se(12,"en"), 3, "dropped around $47 billion", "$47 billion", 47e9, USD, qualifier="approx")
single(se(12,"en"), 9, "MCUs revenue reaching $27.9 billion", "$27.9 billion", 27.9e9, USD)
single(se(12,"en"), 9, "automotive ICs hitting a new high of $42.2 billion", "$42.2 billion", 42.2e9, USD)
single(se(12,"en"), 9, "saw impressive of 11.4%", "11.4%", 11.4, PC)
single(se(9,"en"), 19, "over US$200 billion in 2025 each", "US$200 billion", 200e9, USD, qualifier="over")
single(se(14,"hans"), 11, "当前约 3575.54 亿元人民币", "3575.54 亿元", 3575.54e8, CNY, qualifier="approx")
single(se(14,"hans"), 17, "当前约 4.45 万亿元人民币", "4.45 万亿元", 4.45e12, CNY, qualifier="approx")
single(se(15,"hant"), 6, "年減5.8%", "5.8%", -5.8, PC, note="Japan, May 2024")
single(se(16,"hant"), 3, "上調至4,874.54億美元", "4,874.54億美元", 4874.54e8, USD)
single(se(16,"hant"), 3, "年增15.5%", "15.5%", 15.5, PC)
single(se(17,"hans"), 3, "1977年的35.5亿美元", "35.5亿美元", 35.5e8, USD)
single(se(20,"hant"), 7, "全球銷售近1兆個晶片", "1兆", 1e12, CNT, qualifier="under")
single(se(20,"hant"), 7, "每人100多個晶片", "100多", 100.0, CNT, qualifier="over")
single(se(20,"hant"), 9, "90多個新的製造項目", "90多", 90.0, CNT, qualifier="over")
single(se(20,"hant"), 9, "遍佈於28個州", "28", 28.0, CNT)
single(se(20,"hant"), 9, "投資總額逼近4,500億美元", "4,500億美元", 4500e8, USD, qualifier="under")
single(rb(1,"en"), 10, "nearly 46% of the total market share", "46%", 46.0, PC, qualifier="under")
single(rb(1,"en"), 12, "contributing about 9% of total consumption", "9%", 9.0, PC, qualifier="approx")
single(rb(2,"en"), 3, "an increase of 33% compared to the previous month", "33%", 33.0, PC)
single(rb(3,"hant"), 3, "減少了8.4%", "8.4%", -8.4, PC)
single(rb(4,"hans"), 12, "至26.1万吨", "26.1万吨", 26.1e4, T, note="China H1 2024 output")
single(rb(4,"hans"), 14, "上调至38.6万吨", "38.6万吨", 38.6e4, T)
single(rb(4,"hans"), 14, "总计199.7万吨", "199.7万吨", 199.7e4, T)
single(rb(9,"hans"), 3, "全年总产量的42%", "42%", 42.0, PC)
single(rb(13,"hans"), 5, "全球天胶产量的43%", "43%", 43.0, PC)
single(rb(14,"en"), 3, "reach 4.27 million tonnes", "4.27 million tonnes", 4.27e6, T)
single(rb(14,"en"), 4, "exported 167.2 billion baht", "167.2 billion baht", 167.2e9, THB)
single(rb(14,"en"), 6, "China imported 1.42 million tonnes of natural and synthetic rubber", "1.42 million tonnes", 1.42e6, T, note="look-alike of the northeastern region's 1.42 million t")
single(rb(15,"hant"), 6, "將進(jìn)口430萬t", "430萬t", 430e4, T)
single(rb(16,"en"), 5, "mature area by 383,000 hectares", "383,000 hectares", 383000.0, HA)
single(pk(2,"en"), 3, "plunged to a 16-year low", "16-year", 16.0, YRS)
single(pk(10,"en"), 7, "about 124.5kg last week", "124.5kg", 124.5, KG, qualifier="approx")
single(pk(13,"en"), 8, "imply 79.7 kg of meat per hog", "79.7 kg", 79.7, KG)
single(pk(14,"en"), 17, "aims to slaughter 34 million hogs", "34 million", 34e6, CNT)
single(pk(14,"en"), 17, "a year-on-year increase of 12.65 per cent", "12.65 per cent", 12.65, PC)
single(pk(11,"en"), 10, "China imported 1.68 million tons of pork", "1.68 million tons", 1.68e6, T)
single(pk(11,"en"), 6, "at 4.58 million tons in 2022", "4.58 million tons", 4.58e6, T)
single(pk(12,"en"), 12, "a decrease of 2.48 million, or 5.7%", "5.7%", -5.7, PC)
single(pk(12,"en"), 14, "falling by 14.0% year-on-year", "14.0%", -14.0, PC)
single(pk(8,"hans"), 6, "GDP总量达74.4万亿元", "74.4万亿元", 74.4e12, CNY)
single(pk(8,"hans"), 9, "相较2012年生猪存栏高点下降8.4%", "8.4%", -8.4, PC)
single(pk(16,"hant"), 4, "全國肉牛出欄1215萬頭", "1215萬頭", 1215e4, CNT)

# ============================================================ non-claims: dates, counters, phone numbers, codes, page furniture
single(se(1,"en"), 4, "February 10, 2025", not_a_claim=True, kind="date")
single(se(1,"en"), 4, "reading time: 1 minute", not_a_claim=True, kind="page_furniture")
single(se(1,"en"), 8, "by 2032", not_a_claim=True, kind="date")
single(se(3,"en"), 3, "April 22, 2025", not_a_claim=True, kind="date")
single(se(5,"en"), 3, " date 2023-02-02", not_a_claim=True, kind="date")
single(se(5,"en"), 5, "2 DAYS AGO", not_a_claim=True, kind="page_furniture")
single(se(6,"en"), 3, " date 2024-03-05", not_a_claim=True, kind="date")
single(se(6,"en"), 5, "since May 2022", not_a_claim=True, kind="date")
single(se(7,"en"), 3, "August 5, 2024", not_a_claim=True, kind="date")
single(se(8,"en"), 5, "30 September 2024", not_a_claim=True, kind="date")
single(se(9,"en"), 3, "Forecast Spring 2024", not_a_claim=True, kind="title")
single(se(11,"en"), 3, "India, Dec. 5", not_a_claim=True, kind="date")
single(se(12,"en"), 7, "3D NAND", not_a_claim=True, kind="product_name")
single(se(14,"hans"), 7, "2024-07-09IT之家", not_a_claim=True, kind="date")
single(se(14,"hans"), 9, "291阅", not_a_claim=True, kind="page_furniture", note="view counter")
single(se(14,"hans"), 13, "1", not_a_claim=True, kind="page_furniture", note="stray image number")
single(se(14,"hans"), 20, "读者评论 (0)", not_a_claim=True, kind="page_furniture", note="comment counter")
single(se(15,"hant"), 4, "新竹6日電", not_a_claim=True, kind="date")
single(se(15,"hant"), 8, "1130706", not_a_claim=True, kind="date", note="ROC-calendar date code")
single(se(16,"hant"), 3, "(JEITA)28日", not_a_claim=True, kind="date")
single(se(19,"hant"), 4, "10月5日宣布", not_a_claim=True, kind="date")
single(se(20,"hant"), 7, "SIA 12日", not_a_claim=True, kind="date")
single(rb(3,"hant"), 3, "5月21日消息", not_a_claim=True, kind="date")
single(rb(3,"hant"), 6, "RSS4", not_a_claim=True, kind="grade_name")
single(rb(4,"hans"), 7, "2024-08-30", not_a_claim=True, kind="date")
single(rb(4,"hans"), 9, "6月/7月版", not_a_claim=True, kind="edition")
single(rb(4,"hans"), 18, "400-6191-666", not_a_claim=True, kind="phone_number")
single(rb(5,"hant"), 3, "3月10日消息", not_a_claim=True, kind="date")
single(rb(6,"en"), 8, "- 2025-04-08", not_a_claim=True, kind="date")
single(rb(6,"en"), 11, "2025-03-25 SunSirs", not_a_claim=True, kind="date")
single(rb(8,"hans"), 5, "发表时间:2024-04-09 14:27:32 | 浏览:49次", not_a_claim=True, kind="page_furniture", note="date and view counter")
single(rb(12,"hant"), 3, "2月29日", not_a_claim=True, kind="date")
single(rb(13,"hans"), 3, "日期:2012-02-06 08:37", not_a_claim=True, kind="date")
single(rb(14,"en"), 3, " date 2022-08-12", not_a_claim=True, kind="date")
single(rb(14,"en"), 10, "Published : Aug 26, 2022", not_a_claim=True, kind="date")
single(rb(15,"hant"), 7, "2017-02-17", not_a_claim=True, kind="date")
single(rb(17,"en"), 3, "the September issue", not_a_claim=True, kind="date")
single(pk(1,"en"), 3, " date 2020-01-17", not_a_claim=True, kind="date")
single(pk(2,"en"), 4, "since 2003", not_a_claim=True, kind="date")
single(pk(3,"en"), 6, "in mid-2018", not_a_claim=True, kind="date")
single(pk(4,"en"), 3, "BEIJING, Jan 17 (Reuters)", not_a_claim=True, kind="date")
single(pk(5,"hant"), 3, "2月28日上午", not_a_claim=True, kind="date")
single(pk(7,"hans"), 3, "日期:2022-02-28 16:53", not_a_claim=True, kind="date")
single(pk(8,"hans"), 3, "更新时间:2022-06-06 08:57:19", not_a_claim=True, kind="date")
single(pk(9,"en"), 6, "Monday January 21, 2019", not_a_claim=True, kind="date")
single(pk(13,"en"), 7, "during 2013-14", not_a_claim=True, kind="date")
single(pk(14,"en"), 17, "300498.SZ", not_a_claim=True, kind="stock_code")
single(pk(14,"en"), 17, "000876.SZ", not_a_claim=True, kind="stock_code")
single(pk(17,"hant"), 10, "2007-6-12 08:14", not_a_claim=True, kind="date")
single(pk(17,"hant"), 18, "Discuz! X3.5", not_a_claim=True, kind="version_number")
single(pk(18,"en"), 5, "Date:2007/06/13", not_a_claim=True, kind="date")
single(pk(18,"en"), 14, "京ICP备05069564号-1", not_a_claim=True, kind="licence_number")
single(pk(18,"en"), 14, "京公网安备1101054484号", not_a_claim=True, kind="licence_number")

emit(HERE / "gold.d" / "fresh15.toml", "corpus-fresh15")
