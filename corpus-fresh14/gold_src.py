#!/usr/bin/env python3
"""Hand annotation of corpus-fresh14, written as data; emits gold.d/fresh14.toml (then run corpus/check_gold.py --dir corpus-fresh14 --build).

Every mention carries a 'basis' tag (year / month / period / scope / source vintage as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9 .. fresh13): different sources' statements of one quantity share a basis tag; a rounded
restatement is rounding (333.95万吨 vs 3.3 mmt; 604.1萬噸 vs 6.04 million t; 5.273 vs 5.27 mln t; 2.69% vs 2.7%; 4333.71億
vs 4334亿千瓦时); two precise figures that disagree are conflict (CNEA's 4447亿千瓦时 vs the NEA's 450.9 billion kWh for
2024; 4.72% vs 4.5%; NNSA's 32.31 GW / 27 units under construction vs the CNEA's 3370万千瓦 / 28台 at end-2024; the
NBS's 297万吨 vs the 14th five-year plan's 293万吨 for 2020 tea output; 8.3% vs 2% for 2021); a first release and a
silently revised figure are conflict (5.893 vs 5.85 million t, world output November 2023); a revision the text
announces (修正后, 'revised') is different_basis; a figure garbled as written is conflict with the intended one
(alloy.wiki's '8 million tons ... increase of 316%', sputnik's '444.7 million kilowatt-hours', xteenz's '2.74 thousand
metric tons', niulan5's 2.8亿吨), with consistent as alt where the slip is only a unit (wongcw's 5235萬瓦 for 5235万千瓦).
A bound (over/above/突破/超过/近/接近/不到) that contains the figure is consistent. Other years, months, cumulative periods
(Jan-Feb, Jan-Aug, Jan-Nov, Q1, H1/H2), forecasts, survey vs official sources (SMM vs NBS; IAI estimates vs NBS for
China), scopes (commercial operation vs grid-connected; CTMA dry tea (干毛茶) vs NBS tea output; picked area vs total
area) and derived estimates (302.94万吨 'by calculation') are different_basis.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿 = 1e12; 万千瓦 = 1e4 kW (capacity in GW), 千瓦时/度 = kWh; mu = 1/15
hectare (as corpus-fresh6). Units: tonnes, percent, GW, kWh, count (reactors, units, projects), hectares, USD, CNY,
years, hours.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

al = lambda n, s: f"alu-{n:02d}-{s}.txt"
te = lambda n, s: f"tea-{n:02d}-{s}.txt"
nk = lambda n, s: f"nuke-{n:02d}-{s}.txt"
PC, T, GW, KWH, CNT, HA, USD, CNY, YRS, HRS = ("percent", "tonnes", "GW", "kWh", "count", "hectares", "USD", "CNY",
                                              "years", "hours")
MU = lambda mu: round(mu / 15.0, 3)   # mu -> hectares

# ============================================================ aluminium: NBS (China), IAI (world, China estimates), SMM
group("al_china_2023", "aluminium", "China's primary aluminium output in 2023 (NBS): 41.59 million t four times (Reuters via dailymail twice, Reuters copy, metalswire); Aladdiny's 2024 forecast about 42.7 million t",
      "China", "primary aluminium output (tonnes)", "2023 / 2024 forecast",
      "The four statements of the NBS figure agree; the 2024 forecast is a different period (different_basis).",
      [M(al(1,"en"), 3, "at 41.59 mln metric tons", "41.59 mln metric tons", 41.59e6, T, "y23", note="headline"),
       M(al(1,"en"), 4, "to 41.59 million metric tons in 2023", "41.59 million metric tons", 41.59e6, T, "y23"),
       M(al(2,"en"), 4, "churned out 41.59 million metric tons", "41.59 million metric tons", 41.59e6, T, "y23"),
       M(al(3,"en"), 3, "record high of 41.59 million metric tons", "41.59 million metric tons", 41.59e6, T, "y23"),
       M(al(3,"en"), 7, "reaching about 42.7 million tons", "42.7 million tons", 42.7e6, T, "fc24", qualifier="approx", note="Aladdiny forecast for 2024")])

group("al_china_cumulative", "aluminium", "China's cumulative primary aluminium output: Jan-Aug 2021 26.08 million t = 2608萬噸 (NBS, three); Jan-Nov 2023 38.15 million t and Jan-Nov 2022 36.95 million t (IAI, alcircle); Jan-Feb 2023 653.5万吨 (IAI); Q1 2024 10.69 million t (NBS, starfeu) vs 10.45 million t (SMM survey)",
      "China", "cumulative primary aluminium output (tonnes)", "Jan-Aug 2021 / Jan-Feb 2023 / Jan-Nov 2022, 2023 / Q1 2024",
      "Same NBS figure in three documents (consistent). NBS 10.69 vs SMM 10.45 million t for Q1 2024: two sources with different methods, the SMM figure labelled a survey (different_basis). Other periods different_basis.",
      [M(al(9,"en"), 4, "26.08 million tons from January to August", "26.08 million tons", 26.08e6, T, "nbs_ja21"),
       M(al(14,"hant"), 7, "1-8月原鋁產(chǎn)量為2608萬噸", "2608萬噸", 2608e4, T, "nbs_ja21"),
       M(al(15,"hant"), 4, "1-8月原鋁產(chǎn)量為2608萬噸", "2608萬噸", 2608e4, T, "nbs_ja21"),
       M(al(6,"en"), 7, "China produced 38.15 million tonnes", "38.15 million tonnes", 38.15e6, T, "iai_jn23"),
       M(al(6,"en"), 7, "from 36.95 million tonnes", "36.95 million tonnes", 36.95e6, T, "iai_jn22"),
       M(al(13,"hans"), 7, "中国原铝产量总计达到653.5万吨", "653.5万吨", 653.5e4, T, "iai_jf23"),
       M(al(11,"en"), 5, "production reached 10.69 million tonnes", "10.69 million tonnes", 10.69e6, T, "nbs_q124"),
       M(al(12,"en"), 9, "first quarter to 10.45 million tonnes", "10.45 million tonnes", 10.45e6, T, "smm_q124")])

group("al_china_growth_annual", "aluminium", "Growth of China's aluminium output: 2023 +3.7% (four); 2024 forecast +2.4%; Jan-Nov 2023 +3.25% (IAI)",
      "China", "year-on-year growth of primary aluminium output (percent)", "2023 / 2024 forecast / Jan-Nov 2023",
      "The NBS growth rate agrees everywhere; forecast and Jan-Nov are different_basis.",
      [M(al(1,"en"), 3, "up 3.7% y/y", "3.7%", 3.7, PC, "y23", note="headline"),
       M(al(1,"en"), 4, "climbed 3.7%", "3.7%", 3.7, PC, "y23"),
       M(al(2,"en"), 6, "annual growth rate of 3.7%", "3.7%", 3.7, PC, "y23"),
       M(al(3,"en"), 3, "slowed to 3.7%", "3.7%", 3.7, PC, "y23"),
       M(al(3,"en"), 7, "or 2.4%, reaching", "2.4%", 2.4, PC, "fc24"),
       M(al(6,"en"), 7, "increase of 3.25 per cent from 36.95", "3.25 per cent", 3.25, PC, "iai_jn23")])

group("al_china_capacity", "aluminium", "China's aluminium production capacity at end-2023 (Antaike): 44.43 million t (Reuters copy) = approximately 44.43 million t (metalswire)",
      "China", "annual primary aluminium production capacity (tonnes)", "end-2023",
      "Same figure; 'approximately' contains it (consistent).",
      [M(al(2,"en"), 9, "total annual production capacity of 44.43 million tons", "44.43 million tons", 44.43e6, T, "e23"),
       M(al(3,"en"), 4, "stood at approximately 44.43 million tons", "44.43 million tons", 44.43e6, T, "e23", qualifier="approx")])

group("al_china_cap", "aluminium", "China's government capacity ceiling for aluminium: 45 million t (two)",
      "China", "capacity cap (tonnes)", "since 2018",
      "Same figure (consistent).",
      [M(al(2,"en"), 8, "capacity cap of 45 million tons", "45 million tons", 45e6, T, "cap"),
       M(al(3,"en"), 4, "ceiling set by the government at 45 million tons", "45 million tons", 45e6, T, "cap")])

group("al_china_month_2324", "aluminium", "China's monthly primary aluminium output, Oct 2023 - Mar 2024: NBS December 2023 3.59 million t (three); IAI's estimate for December 356.5萬噸; IAI November 3.5 million t (alcircle) and its announced revision 345.0萬噸; October 3.65 million t; November 2022 3.39 million t; March 2024 NBS 3.59 million t (starfeu) vs SMM 3.555 million t; SMM February 2024 3.333 and March 2023 3.41 million t",
      "China", "monthly primary aluminium output (tonnes)", "Oct 2023 - Mar 2024 and comparison months",
      "December 2023: the NBS figure three times (consistent); the IAI's estimate is another source's estimate (different_basis). November: the first IAI figure and the revision the text announces (修正后) are different_basis. March 2024 NBS vs SMM survey: different_basis; 3.59 million t in December 2023 and March 2024 are look-alikes (different months).",
      [M(al(1,"en"), 5, "China produced 3.59 million tons", "3.59 million tons", 3.59e6, T, "nbs_d23"),
       M(al(2,"en"), 11, "China produced 3.59 million tons", "3.59 million tons", 3.59e6, T, "nbs_d23"),
       M(al(3,"en"), 6, "China produced 3.59 million tons of aluminium", "3.59 million tons", 3.59e6, T, "nbs_d23"),
       M(al(17,"hant"), 3, "原鋁產(chǎn)量為356.5萬(wàn)噸", "356.5萬(wàn)噸", 356.5e4, T, "iai_d23", note="預計 (IAI estimate)"),
       M(al(6,"en"), 6, "churned out 3.5 million tonnes in November 2023", "3.5 million tonnes", 3.5e6, T, "iai_n23"),
       M(al(17,"hant"), 3, "修正后為345.0萬(wàn)噸", "345.0萬(wàn)噸", 345.0e4, T, "iai_n23_rev"),
       M(al(6,"en"), 6, "month-on-month from 3.65 million tonnes", "3.65 million tonnes", 3.65e6, T, "iai_o23"),
       M(al(6,"en"), 6, "a rise of 3 per cent from 3.39 million tonnes", "3.39 million tonnes", 3.39e6, T, "iai_n22"),
       M(al(11,"en"), 3, "reaching 3.59 million metric tons", "3.59 million metric tons", 3.59e6, T, "nbs_m24"),
       M(al(12,"en"), 9, "amounted to 3.555 million tonnes", "3.555 million tonnes", 3.555e6, T, "smm_m24"),
       M(al(12,"en"), 11, "from 3.333 million tonnes", "3.333 million tonnes", 3.333e6, T, "smm_f24"),
       M(al(12,"en"), 11, "growth of 4.25 per cent from 3.41 million tonnes", "3.41 million tonnes", 3.41e6, T, "smm_m23")])

group("al_china_month_feb23", "aluminium", "China's primary aluminium output in February 2023 (IAI estimate): 3.107 million t (alloyrefractory, nasdaq) = 310.7万吨; January revised 3.428 million t",
      "China", "monthly primary aluminium output (tonnes)", "Feb 2023 / Jan 2023 (revised)",
      "Same figure in three documents (consistent); January is another month.",
      [M(al(7,"en"), 5, "expected to produce 3.107 million tonnes", "3.107 million tonnes", 3.107e6, T, "f23"),
       M(al(8,"en"), 11, "Estimated Chinese production was 3.107 million tonnes", "3.107 million tonnes", 3.107e6, T, "f23"),
       M(al(13,"hans"), 6, "中国原铝产量为310.7万吨", "310.7万吨", 310.7e4, T, "f23"),
       M(al(7,"en"), 5, "revised 3.428 million tonnes the previous month", "3.428 million tonnes", 3.428e6, T, "j23_rev")])

group("al_china_month_2021", "aluminium", "China's primary aluminium output in August 2021: NBS 3.16 million t (alloy.wiki) = 316萬噸 (dengdou, mengjiyuan) vs alloy.wiki's own link title 'was 8 million tons'; IAI estimate 3.299 million t = 329.9萬噸; July 2021 revised 3.327 million t = 332.7萬噸",
      "China", "monthly primary aluminium output (tonnes)", "Jul / Aug 2021",
      "The garbled title '8 million tons' contradicts 3.16 million t = 316萬噸 (conflict). NBS vs IAI estimate: different sources and methods (different_basis). July's revised figure is another month (different_basis).",
      [M(al(9,"en"), 4, "was 3.16 million tons, an increase", "3.16 million tons", 3.16e6, T, "nbs_a21"),
       M(al(14,"hant"), 7, "(電解鋁)產(chǎn)量為316萬噸", "316萬噸", 316e4, T, "nbs_a21"),
       M(al(15,"hant"), 4, "(電解鋁)產(chǎn)量為316萬噸", "316萬噸", 316e4, T, "nbs_a21"),
       M(al(9,"en"), 5, "in August was 8 million tons", "8 million tons", 8e6, T, "nbs_a21", note="link title; garbled"),
       M(al(10,"en"), 7, "dropped to 3.299 million tons", "3.299 million tons", 3.299e6, T, "iai_a21"),
       M(al(16,"hant"), 3, "中國原鋁產量降至329.9萬噸", "329.9萬噸", 329.9e4, T, "iai_a21"),
       M(al(10,"en"), 7, "revised 3.327 million tons in July", "3.327 million tons", 3.327e6, T, "iai_jul21_rev"),
       M(al(16,"hant"), 3, "7月產量修正后為332.7萬噸", "332.7萬噸", 332.7e4, T, "iai_jul21_rev")],
      {**cross((4,), (1, 2, 3), C)})

group("al_china_month_growth", "aluminium", "Year-on-year growth of China's monthly / cumulative aluminium output: December 2023 +4.9% (three); August 2021 +0.4% (three) vs alloy.wiki's link title 'increase of 316%'; Jan-Aug 2021 +8.3% (three); March 2024 NBS +7.4% vs SMM +4.25%; Q1 2024 +6.8%; IAI February 2023 +4.26%, Jan-Feb +4.86%, November 2023 +3%; month-on-month SMM March 2024 +6.66%, IAI November 2023 -4.1%",
      "China", "growth of primary aluminium output (percent)", "various months",
      "316% contradicts 0.4% for the same month (conflict). NBS vs SMM for March 2024 and the various months and month-on-month rates are different_basis.",
      [M(al(1,"en"), 5, "up 4.9% from a year earlier", "4.9%", 4.9, PC, "nbs_d23"),
       M(al(2,"en"), 11, "up 4.9% from a year earlier", "4.9%", 4.9, PC, "nbs_d23"),
       M(al(3,"en"), 6, "marking a 4.9% increase", "4.9%", 4.9, PC, "nbs_d23"),
       M(al(9,"en"), 4, "an increase of 0.4% year-on-year, and 26.08", "0.4%", 0.4, PC, "nbs_a21"),
       M(al(14,"hant"), 7, "同比增加0.4%", "0.4%", 0.4, PC, "nbs_a21"),
       M(al(15,"hant"), 4, "同比增加0.4%", "0.4%", 0.4, PC, "nbs_a21"),
       M(al(9,"en"), 5, "a year-on-year increase of 316%", "316%", 316.0, PC, "nbs_a21", note="link title; garbled"),
       M(al(9,"en"), 4, "an increase of 8.3% year-on-year", "8.3%", 8.3, PC, "nbs_ja21"),
       M(al(14,"hant"), 7, "同比增加8.3%", "8.3%", 8.3, PC, "nbs_ja21"),
       M(al(15,"hant"), 4, "同比增加8.3%", "8.3%", 8.3, PC, "nbs_ja21"),
       M(al(11,"en"), 3, "surged by 7.4%", "7.4%", 7.4, PC, "nbs_m24"),
       M(al(12,"en"), 11, "growth of 4.25 per cent", "4.25 per cent", 4.25, PC, "smm_m24"),
       M(al(11,"en"), 5, "marking a 6.8% rise", "6.8%", 6.8, PC, "nbs_q124"),
       M(al(13,"hans"), 6, "同比增长4.26%", "4.26%", 4.26, PC, "iai_f23"),
       M(al(13,"hans"), 7, "同比增长4.86%", "4.86%", 4.86, PC, "iai_jf23"),
       M(al(6,"en"), 6, "registered a rise of 3 per cent", "3 per cent", 3.0, PC, "iai_n23"),
       M(al(12,"en"), 11, "increase of 6.66 per cent", "6.66 per cent", 6.66, PC, "smm_mom_m24"),
       M(al(6,"en"), 6, "4.1 per cent down month-on-month", "4.1 per cent", -4.1, PC, "iai_mom_n23")],
      {**cross((7,), (4, 5, 6), C)})

group("al_china_daily", "aluminium", "China's average daily aluminium output in March 2024: starfeu's 215,161 t (NBS-based) vs SMM's 114,900 t",
      "China", "average daily primary aluminium output (tonnes)", "March 2024",
      "215,161 t a day would be 6.7 million t a month, against the 3.59 million t the same text gives; SMM's 114,900 t matches its 3.555 million t. Two sources (different_basis defensible), but the gap is beyond any method difference: conflict, different_basis as alt.",
      [M(al(11,"en"), 5, "rose to 215,161 tons", "215,161 tons", 215161.0, T, "nbs_m24"),
       M(al(12,"en"), 13, "stood flat at 114,900 tonnes", "114,900 tonnes", 114900.0, T, "smm_m24")],
      {(1, 2): (C, D)})

group("al_world_annual", "aluminium", "World primary aluminium output (IAI): 2023 70.593 million t (yuenseng twice) and 'above 70 million tonnes' (headlines); AL Circle's 2023 forecast 70.01 million t; 2022 69.038, 2021 67.092 million t; Jan-Nov 2023 64.516 vs Jan-Nov 2022 63.119; H2 2023 36.08, H1 34.5 million t; Jan-Feb 2023 1109.6万吨",
      "world", "primary aluminium output (tonnes)", "2021-2023 and parts of years",
      "The bound 'above 70 million tonnes' contains 70.593 (consistent). Forecast vs outcome, other years and partial periods: different_basis.",
      [M(al(4,"en"), 9, "reaching 70.593 million tonnes", "70.593 million tonnes", 70.593e6, T, "y23"),
       M(al(5,"en"), 9, "reaching 70.593 million tonnes", "70.593 million tonnes", 70.593e6, T, "y23"),
       M(al(4,"en"), 5, "annual output above 70 million tonnes", "70 million tonnes", 70e6, T, "y23", qualifier="over", note="headline"),
       M(al(5,"en"), 5, "annual output above 70 million tonnes", "70 million tonnes", 70e6, T, "y23", qualifier="over", note="headline"),
       M(al(6,"en"), 4, "estimated to stand at 70.01 million tonnes", "70.01 million tonnes", 70.01e6, T, "fc23"),
       M(al(4,"en"), 9, "stand at 69.038 million tonnes", "69.038 million tonnes", 69.038e6, T, "y22"),
       M(al(5,"en"), 9, "stand at 69.038 million tonnes", "69.038 million tonnes", 69.038e6, T, "y22"),
       M(al(4,"en"), 9, "from 67.092 million tonnes in 2021", "67.092 million tonnes", 67.092e6, T, "y21"),
       M(al(5,"en"), 9, "from 67.092 million tonnes in 2021", "67.092 million tonnes", 67.092e6, T, "y21"),
       M(al(6,"en"), 3, "production to 64.516 million tonnes", "64.516 million tonnes", 64.516e6, T, "jn23"),
       M(al(6,"en"), 3, "output was at 63.119 million tonnes", "63.119 million tonnes", 63.119e6, T, "jn22"),
       M(al(4,"en"), 10, "H2 output at 36.08 million tonnes", "36.08 million tonnes", 36.08e6, T, "h2_23"),
       M(al(5,"en"), 11, "H2 output at 36.08 million tonnes", "36.08 million tonnes", 36.08e6, T, "h2_23"),
       M(al(4,"en"), 10, "from 34.5 million tonnes in H1", "34.5 million tonnes", 34.5e6, T, "h1_23"),
       M(al(5,"en"), 11, "from 34.5 million tonnes in H1", "34.5 million tonnes", 34.5e6, T, "h1_23"),
       M(al(13,"hans"), 4, "全球原铝产量累计达到1109.6万吨", "1109.6万吨", 1109.6e4, T, "jf23")],
      {**cross((3, 4), (1, 2), K)})

group("al_world_growth_annual", "aluminium", "Growth of world aluminium output (IAI): 2023 +2.25% (two), 2022 +3% (two), Jan-Nov 2023 +2.21%, Jan-Feb 2023 +2.90%, H2 vs H1 2023 +4.58% (two)",
      "world", "growth of primary aluminium output (percent)", "2022 / 2023 / partial periods",
      "Same figures agree; different periods are different_basis (2.25% vs 2.21% look-alikes).",
      [M(al(4,"en"), 9, "annual increase of 2.25 per cent", "2.25 per cent", 2.25, PC, "y23"),
       M(al(5,"en"), 9, "annual increase of 2.25 per cent", "2.25 per cent", 2.25, PC, "y23"),
       M(al(4,"en"), 9, "had grown by 3 per cent", "3 per cent", 3.0, PC, "y22"),
       M(al(5,"en"), 9, "had grown by 3 per cent", "3 per cent", 3.0, PC, "y22"),
       M(al(6,"en"), 3, "a 2.21 per cent rise", "2.21 per cent", 2.21, PC, "jn23"),
       M(al(13,"hans"), 4, "同比增长2.90%", "2.90%", 2.9, PC, "jf23"),
       M(al(4,"en"), 10, "up by 4.58 per cent from 34.5", "4.58 per cent", 4.58, PC, "h2vh1"),
       M(al(5,"en"), 11, "up by 4.58 per cent from 34.5", "4.58 per cent", 4.58, PC, "h2vh1")])

group("al_world_month", "aluminium", "World monthly primary aluminium output (IAI): December 2023 6.04 million t (two) vs 604.1萬噸; December 2022 5.92 million t vs 591.9萬噸; November 2023 5.893 million t (alcircle, first release) vs 5.85 million t (yuenseng, unlabelled) and 585.0萬噸 (announced revision); October 2023 6.12, November 2022 5.737, AL Circle's required December 5.494; February 2023 5.273 million t (three) = 527.3万吨 and the rounded 5.27 mln t, February 2022 5.135, January 2023 revised 5.823; August 2021 5.699 million t = 569.9萬噸, July 2021 revised 5.733 = 573.3萬噸",
      "world", "monthly primary aluminium output (tonnes)", "Jul-Aug 2021, Feb 2022/2023, Oct-Dec 2023",
      "6.04 and 5.92 million t round 604.1 and 591.9萬噸 (rounding); 5.27 mln rounds 5.273 (rounding); alloyrefractory's '5.273,000 tonnes' is read as 5,273,000 (consistent). November 2023: 5.893 (first) vs yuenseng's unlabelled 5.85: a silent revision (conflict); 5.85 = the announced revision 585.0萬噸 (consistent); 5.893 vs the announced revision: different_basis. Other months different_basis.",
      [M(al(4,"en"), 10, "stood at 6.04 million tonnes", "6.04 million tonnes", 6.04e6, T, "d23"),
       M(al(5,"en"), 11, "stood at 6.04 million tonnes", "6.04 million tonnes", 6.04e6, T, "d23"),
       M(al(17,"hant"), 3, "至604.1萬(wàn)噸", "604.1萬(wàn)噸", 604.1e4, T, "d23"),
       M(al(5,"en"), 15, "year-on-year from 5.92 million tonnes", "5.92 million tonnes", 5.92e6, T, "d22"),
       M(al(17,"hant"), 3, "去年同期為591.9萬(wàn)噸", "591.9萬(wàn)噸", 591.9e4, T, "d22"),
       M(al(5,"en"), 15, "month-on-month from 5.85 million tonnes", "5.85 million tonnes", 5.85e6, T, "n23"),
       M(al(6,"en"), 5, "to 5.893 million tonnes", "5.893 million tonnes", 5.893e6, T, "n23"),
       M(al(17,"hant"), 3, "前一個(gè)月修正后為585.0萬(wàn)噸", "585.0萬(wàn)噸", 585.0e4, T, "n23_rev"),
       M(al(6,"en"), 5, "versus 6.12 million tonnes in October 2023", "6.12 million tonnes", 6.12e6, T, "o23"),
       M(al(6,"en"), 5, "from 5.737 million tonnes", "5.737 million tonnes", 5.737e6, T, "n22"),
       M(al(6,"en"), 4, "need to reach 5.494 million tonnes in December", "5.494 million tonnes", 5.494e6, T, "need_d23"),
       M(al(7,"en"), 5, "was 5.273 million tonnes", "5.273 million tonnes", 5.273e6, T, "f23"),
       M(al(8,"en"), 9, "to 5.273 million tonnes", "5.273 million tonnes", 5.273e6, T, "f23"),
       M(al(8,"en"), 5, "to 5.27 mln T in February", "5.27 mln T", 5.27e6, T, "f23", note="headline"),
       M(al(7,"en"), 3, "to 5.273,000 tonnes in February", "5.273,000 tonnes", 5.273e6, T, "f23", note="as written '5.273,000'; read as 5,273,000"),
       M(al(13,"hans"), 3, "全球原铝产量总计达到527.3万吨", "527.3万吨", 527.3e4, T, "f23"),
       M(al(7,"en"), 5, "5.135 million tonnes in the same month last year", "5.135 million tonnes", 5.135e6, T, "f22"),
       M(al(7,"en"), 5, "a revised 5.823 million tonnes", "5.823 million tonnes", 5.823e6, T, "j23_rev"),
       M(al(10,"en"), 6, "amounted to 5.699 million tons", "5.699 million tons", 5.699e6, T, "a21"),
       M(al(16,"hant"), 3, "8月份全球原鋁產量降至569.9萬噸", "569.9萬噸", 569.9e4, T, "a21"),
       M(al(10,"en"), 6, "revised 5.733 million tons in the previous month", "5.733 million tons", 5.733e6, T, "jul21_rev"),
       M(al(16,"hant"), 3, "7月份產量修正后為573.3萬噸", "573.3萬噸", 573.3e4, T, "jul21_rev")],
      {**cross((1, 2), (3,), R), (4, 5): R, (6, 7): C, (6, 8): K, **cross((14,), (12, 13, 15, 16), R)})

group("al_world_month_growth", "aluminium", "Change in world monthly aluminium output (IAI): February 2023 +2.7% (three) vs +2.69% (119.255); December 2023 y/y +2.03% (yuenseng) vs +2.1% (mengjiyuan); November 2023 y/y +2.7%; month-on-month December +3.25%, November -3.7%, February -9.45%",
      "world", "change in monthly primary aluminium output (percent)", "Feb 2023 / Nov 2023 / Dec 2023",
      "2.7% rounds 2.69% (rounding). December: 2.03% vs 2.1% are two precise figures that do not round to each other (conflict; rounding as alt, since 604.1/591.9 gives 2.06%). November's +2.7% is a look-alike of February's (different_basis); month-on-month rates are another measure (different_basis).",
      [M(al(7,"en"), 3, "rose 2.7 per cent year-on-year", "2.7 per cent", 2.7, PC, "f23"),
       M(al(8,"en"), 5, "rises 2.7% y/y", "2.7%", 2.7, PC, "f23", note="headline"),
       M(al(8,"en"), 9, "rose 2.7% year on year", "2.7%", 2.7, PC, "f23"),
       M(al(13,"hans"), 3, "同比上涨2.69%", "2.69%", 2.69, PC, "f23"),
       M(al(5,"en"), 15, "grew 2.03 per cent year-on-year", "2.03 per cent", 2.03, PC, "d23"),
       M(al(17,"hant"), 3, "同比增長(zhǎng)2.1%", "2.1%", 2.1, PC, "d23"),
       M(al(6,"en"), 5, "grew by 2.7 per cent from 5.737", "2.7 per cent", 2.7, PC, "n23"),
       M(al(5,"en"), 15, "rose 3.25 per cent month-on-month", "3.25 per cent", 3.25, PC, "mom_d23"),
       M(al(6,"en"), 5, "fell month-on-month by 3.7 per cent", "3.7 per cent", -3.7, PC, "mom_n23"),
       M(al(13,"hans"), 3, "环比下滑9.45%", "9.45%", -9.45, PC, "mom_f23")],
      {**cross((4,), (1, 2, 3), R), (5, 6): (C, R)})

group("al_world_daily", "aluminium", "World average daily aluminium output (IAI): February 2023 188,300 t (two), January 187,800 t (two), February 2022 183,400 t; December 2023 194,900 t = 19.49萬噸, November 195,000 t = 19.5萬噸",
      "world", "average daily primary aluminium output (tonnes)", "Jan-Feb 2023 / Feb 2022 / Nov-Dec 2023",
      "Same figures agree across scripts (consistent); other months different_basis.",
      [M(al(7,"en"), 5, "February was 188,300 tons", "188,300 tons", 188300.0, T, "f23"),
       M(al(13,"hans"), 5, "日均产量增至188,300吨/天", "188,300吨/天", 188300.0, T, "f23"),
       M(al(7,"en"), 5, "compared with 187,800 tons a month earlier", "187,800 tons", 187800.0, T, "j23"),
       M(al(13,"hans"), 5, "前一个月日均产量为187,800吨/天", "187,800吨/天", 187800.0, T, "j23"),
       M(al(13,"hans"), 5, "前一年同期为183,400吨/天", "183,400吨/天", 183400.0, T, "f22"),
       M(al(5,"en"), 15, "was 194,900 tonnes", "194,900 tonnes", 194900.0, T, "d23"),
       M(al(17,"hant"), 3, "日均產(chǎn)量為19.49萬(wàn)噸", "19.49萬(wàn)噸", 19.49e4, T, "d23"),
       M(al(5,"en"), 15, "from 195,000 tonnes in the previous month", "195,000 tonnes", 195000.0, T, "n23"),
       M(al(17,"hant"), 3, "前一個(gè)月為19.5萬(wàn)噸", "19.5萬(wàn)噸", 19.5e4, T, "n23")])

group("al_nonferrous_output", "aluminium", "China's output of ten non-ferrous metals (NBS): 2023 74.7 million t (three); December 2023 6.59 million t (three); August 2021 5.3 million t = 530萬噸 (two); Jan-Aug 2021 43.16 million t = 4316萬噸 (two); March 2024 6.67 million t; Q1 2024 19.45 million t",
      "China", "output of ten non-ferrous metals (tonnes)", "2021 / 2023 / 2024 periods",
      "Same figures agree; other periods different_basis.",
      [M(al(1,"en"), 6, "rose 7.1% to 74.7 million tons", "74.7 million tons", 74.7e6, T, "y23"),
       M(al(2,"en"), 12, "rose 7.1% to 74.7 million tons", "74.7 million tons", 74.7e6, T, "y23"),
       M(al(3,"en"), 8, "was 74.7 million tons", "74.7 million tons", 74.7e6, T, "y23"),
       M(al(1,"en"), 6, "a year earlier to 6.59 million tons", "6.59 million tons", 6.59e6, T, "d23"),
       M(al(2,"en"), 13, "a year earlier to 6.59 million tons", "6.59 million tons", 6.59e6, T, "d23"),
       M(al(3,"en"), 8, "increase to 6.59 million tons", "6.59 million tons", 6.59e6, T, "d23"),
       M(al(9,"en"), 3, "5.3 million tons of ten non-ferrous metals", "5.3 million tons", 5.3e6, T, "a21"),
       M(al(14,"hant"), 8, "十種有色金屬產(chǎn)量為530萬噸", "530萬噸", 530e4, T, "a21"),
       M(al(15,"hant"), 5, "十種有色金屬產(chǎn)量為530萬噸", "530萬噸", 530e4, T, "a21"),
       M(al(9,"en"), 3, "43.16 million tons from January to August", "43.16 million tons", 43.16e6, T, "ja21"),
       M(al(14,"hant"), 8, "1-8月產(chǎn)量為4316萬噸", "4316萬噸", 4316e4, T, "ja21"),
       M(al(15,"hant"), 5, "1-8月產(chǎn)量為4316萬噸", "4316萬噸", 4316e4, T, "ja21"),
       M(al(11,"en"), 6, "a record 6.67 million tonnes in March", "6.67 million tonnes", 6.67e6, T, "m24"),
       M(al(11,"en"), 6, "rose by 7.0% to 19.45 million tonnes", "19.45 million tonnes", 19.45e6, T, "q124")])

group("al_nonferrous_growth", "aluminium", "Growth of China's ten non-ferrous metals output: 2023 +7.1% (two), December 2023 +7.3% (three), August 2021 +0.4% (three), Jan-Aug 2021 +9.1% (three), March 2024 +7.1%, Q1 2024 +7.0%",
      "China", "growth of non-ferrous metals output (percent)", "2021 / 2023 / 2024 periods",
      "Same figures agree; other periods (March 2024's 7.1% a look-alike of 2023's) different_basis.",
      [M(al(1,"en"), 6, "rose 7.1%", "7.1%", 7.1, PC, "y23"),
       M(al(2,"en"), 12, "rose 7.1%", "7.1%", 7.1, PC, "y23"),
       M(al(1,"en"), 6, "Output in December increased 7.3%", "7.3%", 7.3, PC, "d23"),
       M(al(2,"en"), 13, "Output in December increased 7.3%", "7.3%", 7.3, PC, "d23"),
       M(al(3,"en"), 8, "December witnessing a 7.3%", "7.3%", 7.3, PC, "d23"),
       M(al(9,"en"), 3, "in August increased 0.4% year-on-year", "0.4%", 0.4, PC, "a21"),
       M(al(14,"hant"), 8, "同比增長0.4%", "0.4%", 0.4, PC, "a21"),
       M(al(15,"hant"), 5, "同比增長0.4%", "0.4%", 0.4, PC, "a21"),
       M(al(9,"en"), 3, "an increase of 9.1% year-on-year", "9.1%", 9.1, PC, "ja21"),
       M(al(14,"hant"), 8, "同比增長9.1%", "9.1%", 9.1, PC, "ja21"),
       M(al(15,"hant"), 5, "同比增長9.1%", "9.1%", 9.1, PC, "ja21"),
       M(al(11,"en"), 6, "marking a 7.1% increase", "7.1%", 7.1, PC, "m24"),
       M(al(11,"en"), 6, "rose by 7.0%", "7.0%", 7.0, PC, "q124")])

# ============================================================ tea: CTMA (中国茶叶流通协会), NBS, customs, FirsdTea / ITC
group("tea_china_output", "tea", "China's tea output: 2023 CTMA 333.95万吨 (two) vs FirsdTea's 3.3 mmt (two; rounding); 2022 约318.1万吨 vs 3.2 mmt (rounding); 2021 CTMA 306.32萬噸 (突破300萬噸) vs NBS bulletin 318萬噸 (four) and the estimates 302.94万吨 (two, from NBS's 297万吨 +2%) and 298.86萬噸 (from 293萬噸); 2020 NBS 297万吨 (two) vs the 14th five-year plan's 293萬噸 and the back-computed 293.63萬噸, CTMA 274萬噸 = 2.74 million t vs xteenz's '2.74 thousand metric tons'; 2016 235万吨 vs niulan5's 2.8亿吨; 2014 209.19萬噸",
      "China", "tea output (tonnes)", "2014, 2016, 2020-2023",
      "CTMA's dry-tea (干毛茶) output and the NBS's tea output are different series (different_basis), as are the page's own estimates 302.94 / 298.86萬噸 and the back-computed 293.63萬噸. Same series: 3.3 / 3.2 mmt round 333.95 / 318.1万吨 (rounding); the bounds 突破300萬噸 contain 306.32, 318 and 302.94 (consistent); 297 vs 293萬噸 for 2020 are two official figures that disagree (conflict; the page notes 兩個部門的數據略有不同); '2.74 thousand metric tons' contradicts 274萬噸 = 2.74 million t (conflict); 2.8亿吨 for 2016 contradicts 235万吨 (conflict).",
      [M(te(8,"hans"), 7, "干毛茶总产量为333.95万吨", "333.95万吨", 333.95e4, T, "y23_ctma"),
       M(te(9,"hans"), 3, "干毛茶总产量为333.95万吨", "333.95万吨", 333.95e4, T, "y23_ctma"),
       M(te(2,"en"), 18, "50.6 percent, or 3.3 mmt", "3.3 mmt", 3.3e6, T, "y23_ctma"),
       M(te(3,"en"), 7, "50.6 percent, or 3.3 mmt", "3.3 mmt", 3.3e6, T, "y23_ctma"),
       M(te(10,"hans"), 4, "茶叶产量约有318.1万吨", "318.1万吨", 318.1e4, T, "y22_ctma", qualifier="approx"),
       M(te(1,"en"), 26, "with China producing 3.2 mmt", "3.2 mmt", 3.2e6, T, "y22_ctma"),
       M(te(16,"hant"), 17, "全國干毛茶總產量306.32萬噸", "306.32萬噸", 306.32e4, T, "y21_ctma"),
       M(te(16,"hant"), 15, "中國茶葉產量突破300萬噸", "300萬噸", 300e4, T, "y21_ctma", qualifier="over"),
       M(te(17,"hant"), 9, "茶葉產(chǎn)量318萬(wàn)噸", "318萬(wàn)噸", 318e4, T, "y21_nbs"),
       M(te(17,"hant"), 3, "318萬(wàn)噸!中國", "318萬(wàn)噸", 318e4, T, "y21_nbs", note="breadcrumb headline"),
       M(te(17,"hant"), 5, "318萬(wàn)噸!中國", "318萬(wàn)噸", 318e4, T, "y21_nbs", note="headline"),
       M(te(17,"hant"), 23, "茶葉產(chǎn)量318萬(wàn)噸", "318萬(wàn)噸", 318e4, T, "y21_nbs"),
       M(te(17,"hant"), 5, "首次突破300萬(wàn)噸大關(guān)", "300萬(wàn)噸", 300e4, T, "y21_nbs", qualifier="over"),
       M(te(17,"hant"), 11, "首次突破300萬(wàn)噸大關(guān)", "300萬(wàn)噸", 300e4, T, "y21_nbs", qualifier="over"),
       M(te(17,"hant"), 19, "2021年全國(guó)茶葉產(chǎn)量為302.94萬(wàn)噸", "302.94萬(wàn)噸", 302.94e4, T, "est21_297"),
       M(te(11,"hans"), 11, "应该为302.94万吨", "302.94万吨", 302.94e4, T, "est21_297"),
       M(te(17,"hant"), 19, "首次超過(guò)300萬(wàn)噸", "300萬(wàn)噸", 300e4, T, "est21_297", qualifier="over"),
       M(te(11,"hans"), 11, "首次突破茶叶产量300万吨大关", "300万吨", 300e4, T, "est21_297", qualifier="over"),
       M(te(11,"hans"), 3, "2021年我国茶叶产量突破300万吨", "300万吨", 300e4, T, "est21_297", qualifier="over", note="headline; rests on the estimate"),
       M(te(11,"hans"), 13, "2021年突破300万吨", "300万吨", 300e4, T, "est21_297", qualifier="over"),
       M(te(17,"hant"), 21, "即為298.86萬(wàn)噸", "298.86萬(wàn)噸", 298.86e4, T, "est21_293"),
       M(te(11,"hans"), 11, "2020年全国茶叶产量为297万吨", "297万吨", 297e4, T, "y20_nbs"),
       M(te(17,"hant"), 19, "2020年全國(guó)茶葉產(chǎn)量為297萬(wàn)噸", "297萬(wàn)噸", 297e4, T, "y20_nbs"),
       M(te(17,"hant"), 21, "2020年全國(guó)茶葉產(chǎn)量為293萬(wàn)噸", "293萬(wàn)噸", 293e4, T, "y20_nbs", note="十四五全國種植業發展規劃"),
       M(te(17,"hant"), 23, "2020年茶葉產(chǎn)量為293.63萬(wàn)噸", "293.63萬(wàn)噸", 293.63e4, T, "derived20", note="back-computed from 318 / 1.083"),
       M(te(15,"hant"), 13, "中國茶葉產(chǎn)量為274萬噸", "274萬噸", 274e4, T, "y20_ctma"),
       M(te(5,"en"), 11, "generating 2.74 million metric tons in 2020", "2.74 million metric tons", 2.74e6, T, "y20_ctma"),
       M(te(6,"en"), 3, "China produced 2.74 thousand metric tons", "2.74 thousand metric tons", 2740.0, T, "y20_ctma", note="as written (thousand for million)"),
       M(te(12,"hans"), 8, "中国产茶量235万吨", "235万吨", 235e4, T, "y16"),
       M(te(13,"hans"), 5, "中国茶叶产量达到了2.8亿吨", "2.8亿吨", 2.8e8, T, "y16"),
       M(te(16,"hant"), 17, "干毛茶產量僅為209.19萬噸", "209.19萬噸", 209.19e4, T, "y14"),
       M(te(11,"hans"), 13, "2014年突破200万吨", "200万吨", 200e4, T, "y14", qualifier="over")],
      {**cross((3, 4), (1, 2), R), (5, 6): R, (7, 8): K, **cross((13, 14), (9, 10, 11, 12), K),
       **cross((17, 18, 19, 20), (15, 16), K), **cross((24,), (22, 23), C), **cross((28,), (26, 27), C),
       (29, 30): C, (31, 32): K})

group("tea_china_growth", "tea", "Growth of China's tea output: 2023 CTMA 4.98% (two) vs '5 percent' (two); 2022 3.9%; 2021 CTMA 2.6%; 2021 NBS bulletin 增產8.3% (two) vs the NBS monthly table's 2% (two); 2016 4.5% (yunnanlong) vs 4.2% (niulan5)",
      "China", "year-on-year growth of tea output (percent)", "2016, 2021-2023",
      "5 percent rounds 4.98% (rounding). The NBS bulletin's 8.3% and the NBS table's 2% for 2021 disagree (conflict; the page itself points it out). 4.5% vs 4.2% for 2016: conflict. CTMA vs NBS series and other years: different_basis.",
      [M(te(8,"hans"), 7, "增幅4.98%", "4.98%", 4.98, PC, "y23_ctma"),
       M(te(9,"hans"), 3, "增幅4.98%", "4.98%", 4.98, PC, "y23_ctma"),
       M(te(2,"en"), 18, "increasing their production by 5 percent", "5 percent", 5.0, PC, "y23_ctma"),
       M(te(3,"en"), 7, "increasing its production by 5 percent", "5 percent", 5.0, PC, "y23_ctma"),
       M(te(1,"en"), 28, "production grew by 3.9 percent", "3.9 percent", 3.9, PC, "y22_ctma"),
       M(te(16,"hant"), 17, "增幅2.6%", "2.6%", 2.6, PC, "y21_ctma"),
       M(te(17,"hant"), 9, "增產(chǎn)8.3%", "8.3%", 8.3, PC, "y21_nbs"),
       M(te(17,"hant"), 23, "增產(chǎn)8.3%", "8.3%", 8.3, PC, "y21_nbs"),
       M(te(17,"hant"), 17, "茶葉產(chǎn)量同比增長(zhǎng)2%", "2%", 2.0, PC, "y21_nbs"),
       M(te(11,"hans"), 11, "比2020年增长2%", "2%", 2.0, PC, "y21_nbs"),
       M(te(12,"hans"), 8, "同比上升4.5%", "4.5%", 4.5, PC, "y16"),
       M(te(13,"hans"), 5, "同比增长了4.2%", "4.2%", 4.2, PC, "y16")],
      {**cross((3, 4), (1, 2), R), **cross((7, 8), (9, 10), C), (11, 12): C})

group("tea_china_world_share", "tea", "China's share of world tea output: 2023 50.6% (two); 2020 45.57% (CTMA) vs 'approximately 45%' and 'roughly 45 percent'; 2016 43%",
      "China", "share of world tea production (percent)", "2016 / 2020 / 2023",
      "'approximately 45%' / 'roughly 45 percent' round 45.57% (rounding); other years different_basis.",
      [M(te(2,"en"), 18, "accounted for 50.6 percent", "50.6 percent", 50.6, PC, "y23"),
       M(te(3,"en"), 7, "accounted for 50.6 percent", "50.6 percent", 50.6, PC, "y23"),
       M(te(15,"hant"), 13, "占全球的45.57%", "45.57%", 45.57, PC, "y20"),
       M(te(5,"en"), 11, "approximately 45% of the global tea production", "45%", 45.0, PC, "y20", qualifier="approx"),
       M(te(6,"en"), 3, "roughly 45 percent", "45 percent", 45.0, PC, "y20", qualifier="approx"),
       M(te(12,"hans"), 8, "占总产量43%", "43%", 43.0, PC, "y16")],
      {**cross((4, 5), (3,), R)})

group("tea_world_output", "tea", "World tea production: 2023 6.6 million t (two); 2022 6.4 million t (three) vs trade4go's 6.7 mmt; 2016 546.3万吨",
      "world", "tea production (tonnes)", "2016 / 2022 / 2023",
      "6.7 vs 6.4 mmt for 2022: conflict. Other years different_basis.",
      [M(te(2,"en"), 18, "to 6.6 million metric tons", "6.6 million metric tons", 6.6e6, T, "y23"),
       M(te(3,"en"), 7, "to 6.6 million metric tonnes", "6.6 million metric tonnes", 6.6e6, T, "y23"),
       M(te(2,"en"), 18, "from 6.4 to", "6.4", 6.4e6, T, "y22"),
       M(te(3,"en"), 7, "from 6.4 to", "6.4", 6.4e6, T, "y22"),
       M(te(1,"en"), 26, "2022 global tea production at 6.4 mmt", "6.4 mmt", 6.4e6, T, "y22"),
       M(te(7,"en"), 3, "reaching 6.7 mmt in 2022", "6.7 mmt", 6.7e6, T, "y22"),
       M(te(12,"hans"), 7, "全球茶叶产量546.3万吨", "546.3万吨", 546.3e4, T, "y16")],
      {**cross((6,), (3, 4, 5), C)})

group("tea_world_growth", "tea", "Growth of world tea production: 2023 +3.2% (two); 2022 -1.1%; trade4go's decade average 3.2% a year; 2016 +3.4%",
      "world", "growth of tea production (percent)", "2016 / 2022 / 2023 / averages",
      "Same figures agree; the decade average (a look-alike 3.2%) and other periods are different_basis.",
      [M(te(2,"en"), 18, "rose by 3.2 percent over the previous year", "3.2 percent", 3.2, PC, "y23"),
       M(te(3,"en"), 7, "rose by 3.2 percent over the previous year", "3.2 percent", 3.2, PC, "y23"),
       M(te(1,"en"), 26, "declined by 1.1 percent", "1.1 percent", -1.1, PC, "y22"),
       M(te(7,"en"), 3, "steadily risen by 3.2% annually", "3.2%", 3.2, PC, "avg_decade"),
       M(te(12,"hans"), 7, "同比上升3.4%", "3.4%", 3.4, PC, "y16")])

group("tea_india_share", "tea", "India's share of world tea production: 2023 20.7% (two); 2022 21%; 2016 22.7%",
      "India", "share of world tea production (percent)", "2016 / 2022 / 2023",
      "Same figures agree; other years different_basis.",
      [M(te(2,"en"), 18, "20.7 percent of global production", "20.7 percent", 20.7, PC, "y23"),
       M(te(3,"en"), 7, "20.7 percent of global production", "20.7 percent", 20.7, PC, "y23"),
       M(te(1,"en"), 26, "1.34 mmt (21%)", "21%", 21.0, PC, "y22"),
       M(te(12,"hans"), 9, "占全球茶叶总产量22.7%", "22.7%", 22.7, PC, "y16")])

group("tea_kenya_share", "tea", "Kenya's share of world tea production: 2023 8.6% (two); 2022 8.3%; 2016 8.7%",
      "Kenya", "share of world tea production (percent)", "2016 / 2022 / 2023",
      "Same figures agree; other years different_basis.",
      [M(te(2,"en"), 18, "8.6 percent of the world", "8.6 percent", 8.6, PC, "y23"),
       M(te(3,"en"), 8, "8.6 percent of the world", "8.6 percent", 8.6, PC, "y23"),
       M(te(1,"en"), 26, "Kenya (8.3%)", "8.3%", 8.3, PC, "y22"),
       M(te(12,"hans"), 10, "占全球茶叶总产量8.7%", "8.7%", 8.7, PC, "y16")])

group("tea_top3_share", "tea", "Share of the top three producers (China, India, Kenya) in 2023: 80% (two)",
      "China + India + Kenya", "share of world tea production (percent)", "2023",
      "Same figure (consistent).",
      [M(te(2,"en"), 18, "account for 80 percent", "80 percent", 80.0, PC, "y23"),
       M(te(3,"en"), 8, "accounted for 80 percent", "80 percent", 80.0, PC, "y23")])

group("tea_producer_output", "tea", "Tea output of India, Kenya and Sri Lanka: India 2022 1.34 mmt, 2016 123.9万吨; Kenya 2016 47.5万吨; Sri Lanka 2016 29.3万吨, 2023 256 million kilos (forbestea)",
      "India / Kenya / Sri Lanka", "tea output (tonnes)", "2016 / 2022 / 2023",
      "Different countries and years: different_basis throughout (look-alikes for a checker that ignores the subject).",
      [M(te(1,"en"), 26, "volume- 1.34 mmt", "1.34 mmt", 1.34e6, T, "india_y22"),
       M(te(12,"hans"), 9, "印度茶叶产量123.9万吨", "123.9万吨", 123.9e4, T, "india_y16"),
       M(te(12,"hans"), 10, "肯尼亚茶叶产量47.5万吨", "47.5万吨", 47.5e4, T, "kenya_y16"),
       M(te(12,"hans"), 11, "斯里兰卡茶叶产量29.3万吨", "29.3万吨", 29.3e4, T, "sl_y16"),
       M(te(19,"en"), 11, "increased by 1.7% to 256 million kilos", "256 million kilos", 256000.0, T, "sl_y23", note="256 million kg")])

group("tea_india_growth", "tea", "Growth of India's tea output: 2023 +2% (two); 2016 +2.5%",
      "India", "growth of tea output (percent)", "2016 / 2023",
      "Same figures agree; other years different_basis.",
      [M(te(2,"en"), 18, "increased their yield by 2 percent", "2 percent", 2.0, PC, "y23"),
       M(te(3,"en"), 7, "increased its yield by 2 percent", "2 percent", 2.0, PC, "y23"),
       M(te(12,"hans"), 9, "同比上升2.5 %", "2.5 %", 2.5, PC, "y16")])

group("tea_srilanka_growth", "tea", "Change in Sri Lanka's tea output: 2023 +1.8% (FirsdTea, two) vs +1.7% (forbestea); 2022 -16%; 2016 -11.1%",
      "Sri Lanka", "change in tea output (percent)", "2016 / 2022 / 2023",
      "1.8% vs 1.7% for 2023: conflict. Other years different_basis.",
      [M(te(2,"en"), 18, "Ceylon tea production increased by 1.8 percent", "1.8 percent", 1.8, PC, "y23"),
       M(te(3,"en"), 9, "Ceylon tea production increased by 1.8 percent", "1.8 percent", 1.8, PC, "y23"),
       M(te(1,"en"), 26, "showing a 16 percent decline", "16 percent", -16.0, PC, "y22"),
       M(te(12,"hans"), 11, "同比下降11.1%", "11.1%", -11.1, PC, "y16"),
       M(te(19,"en"), 11, "Tea production, overall, increased by 1.7%", "1.7%", 1.7, PC, "y23")],
      {**cross((5,), (1, 2), C)})

group("tea_argentina_growth", "tea", "Change in Argentina's tea output in 2023: -4.5% (two)",
      "Argentina", "change in tea output (percent)", "2023",
      "Same figure (consistent).",
      [M(te(2,"en"), 18, "decreased by 4.5 percent", "4.5 percent", -4.5, PC, "y23"),
       M(te(3,"en"), 9, "decreased by 4.5 percent", "4.5 percent", -4.5, PC, "y23")])

group("tea_green_share", "tea", "Green tea's share of China's tea output: 2023 57.91% (CTMA) vs 57.9% (two); 2022 58.2% (FirsdTea) vs CTMA's ratio 58.28; 2021 60.38%; 2016 niulan5's 42.9%",
      "China", "green tea share of tea output (percent)", "2016 / 2021 / 2022 / 2023",
      "57.9% rounds 57.91% (rounding). 2022: 58.2% is not the rounding of 58.28 (58.3): conflict, rounding as alt (a truncation). Other years different_basis.",
      [M(te(8,"hans"), 9, "绿茶产量仍占比最大,为57.91%", "57.91%", 57.91, PC, "y23"),
       M(te(2,"en"), 20, "57.9 percent, or 1.9 mmt", "57.9 percent", 57.9, PC, "y23"),
       M(te(3,"en"), 12, "57.9 percent, or 1.9 mmt", "57.9 percent", 57.9, PC, "y23"),
       M(te(1,"en"), 28, "over half (58.2%)", "58.2%", 58.2, PC, "y22"),
       M(te(18,"hant"), 9, "比例為58.28", "58.28", 58.28, PC, "y22", note="ratio 58.28:15.15:... (percent shares)"),
       M(te(16,"hant"), 23, "占總產量的60.38%", "60.38%", 60.38, PC, "y21"),
       M(te(13,"hans"), 9, "占据了总产量的42.9%", "42.9%", 42.9, PC, "y16")],
      {**cross((2, 3), (1,), R), (4, 5): (C, R)})

group("tea_black_share", "tea", "Black tea's share of China's tea output: 2022 15.2% (FirsdTea) vs 15.15 (CTMA ratio); 2021 14.18%",
      "China", "black tea share of tea output (percent)", "2021 / 2022",
      "15.2 rounds 15.15 (rounding); 2021 different_basis.",
      [M(te(1,"en"), 28, "Black tea stood at 15.2 percent", "15.2 percent", 15.2, PC, "y22"),
       M(te(18,"hant"), 9, ":15.15:", "15.15", 15.15, PC, "y22"),
       M(te(16,"hant"), 23, "占總產量的14.18%", "14.18%", 14.18, PC, "y21")],
      {(1, 2): R})

group("tea_dark_share", "tea", "Dark tea's share of China's tea output: 2022 13.4% (FirsdTea) = 13.40 (CTMA ratio); 2021 12.95%",
      "China", "dark tea share of tea output (percent)", "2021 / 2022",
      "Same figure (consistent); 2021 different_basis.",
      [M(te(1,"en"), 28, "dark tea at 13.4 percent", "13.4 percent", 13.4, PC, "y22"),
       M(te(18,"hant"), 9, ":13.40:", "13.40", 13.4, PC, "y22"),
       M(te(16,"hant"), 23, "占總產量的12.95%", "12.95%", 12.95, PC, "y21")])

group("tea_green_output", "tea", "China's green tea output: 2023 1.9 mmt (two); 2022 185.38萬t; 2021 184.94萬噸",
      "China", "green tea output (tonnes)", "2021 / 2022 / 2023",
      "Same figure agrees; other years different_basis.",
      [M(te(2,"en"), 20, "or 1.9 mmt of China", "1.9 mmt", 1.9e6, T, "y23"),
       M(te(3,"en"), 12, "or 1.9 mmt of", "1.9 mmt", 1.9e6, T, "y23"),
       M(te(18,"hant"), 9, "綠茶產(chǎn)量185.38萬t", "185.38萬t", 185.38e4, T, "y22"),
       M(te(16,"hant"), 23, "綠茶184.94萬噸", "184.94萬噸", 184.94e4, T, "y21")])

group("tea_exports", "tea", "China's tea exports (customs): 2023 36.75万吨 (two) = 367,500 tons (CTMA English) = 367.5 million kilos (forbestea); 2022 375,300 t; 2020 36.66萬噸",
      "China", "tea export volume (tonnes)", "2020 / 2022 / 2023",
      "Same figure agrees; other years different_basis (36.66 vs 36.75万吨 look-alikes).",
      [M(te(8,"hans"), 13, "出口总量36.75万吨", "36.75万吨", 36.75e4, T, "y23"),
       M(te(9,"hans"), 4, "出口总量36.75万吨", "36.75万吨", 36.75e4, T, "y23"),
       M(te(4,"en"), 9, "exported 375,300 tonnes of tea", "375,300 tonnes", 375300.0, T, "y22"),
       M(te(15,"hant"), 17, "出口數(shù)量達(dá)36.66萬噸", "36.66萬噸", 36.66e4, T, "y20"),
       M(te(14,"en"), 7, "tea exports totaled 367,500 tons in 2023", "367,500 tons", 367500.0, T, "y23"),
       M(te(19,"en"), 5, "to 367.5 million kilos", "367.5 million kilos", 367500.0, T, "y23", note="367.5 million kg")])

group("tea_exports_growth", "tea", "Change in China's tea export volume: 2023 -2.06% (two; jsjiuding's 省略 for 减少) vs CTMA English's -2.05% and forbestea's -2%; 2022 +1.59% (two); 2020 -7.7%",
      "China", "change in tea export volume (percent)", "2020 / 2022 / 2023",
      "2.05% vs 2.06%: two precise figures for the same change (conflict); -2% rounds both (rounding). Other years different_basis.",
      [M(te(8,"hans"), 13, "同比减少2.06%", "2.06%", -2.06, PC, "y23"),
       M(te(9,"hans"), 4, "同比省略2.06%", "2.06%", -2.06, PC, "y23", note="省略 (spun text) for 减少"),
       M(te(4,"en"), 3, "up 1.59 pct in 2022", "1.59 pct", 1.59, PC, "y22", note="headline"),
       M(te(4,"en"), 9, "up 1.59 percent year on year", "1.59 percent", 1.59, PC, "y22"),
       M(te(15,"hant"), 17, "同比減少7.7%", "7.7%", -7.7, PC, "y20"),
       M(te(14,"en"), 7, "a 2.05% year-over-year decrease", "2.05%", -2.05, PC, "y23"),
       M(te(19,"en"), 5, "Export volume also declined by 2%", "2%", -2.0, PC, "y23")],
      {**cross((6,), (1, 2), C), **cross((7,), (1, 2, 6), R)})

group("tea_export_value", "tea", "China's tea export value: 2023 17.39亿美元 (two) vs CTMA English's $1.741 billion, forbestea's $1.74 billion; 2022 $2.1 billion; xteenz's 'more than two-billion U.S. dollars ... annually'",
      "China", "tea export value (USD)", "2023 / typical year",
      "17.39亿 ($1.739 billion) vs $1.741 billion: two precise figures that disagree (conflict); $1.74 billion rounds both (rounding). xteenz's undated annual bound and 2022 are different_basis.",
      [M(te(8,"hans"), 13, "出口额17.39亿美元", "17.39亿美元", 17.39e8, USD, "y23"),
       M(te(9,"hans"), 4, "出口额17.39亿美元", "17.39亿美元", 17.39e8, USD, "y23"),
       M(te(6,"en"), 4, "more than two-billion U.S. dollars of tea annually", "two-billion U.S. dollars", 2e9, USD, "annual", qualifier="over"),
       M(te(14,"en"), 9, "amounted to $1.741 billion", "$1.741 billion", 1.741e9, USD, "y23"),
       M(te(19,"en"), 5, "to $1.74 billion", "$1.74 billion", 1.74e9, USD, "y23"),
       M(te(19,"en"), 5, "compared to $2.1 billion in sales recorded in 2022", "$2.1 billion", 2.1e9, USD, "y22")],
      {**cross((4,), (1, 2), C), **cross((5,), (1, 2, 4), R)})

group("tea_export_value_growth", "tea", "Change in China's tea export value 2023: -16.49% (two) vs -16.38% (CTMA English) and -16.3% (forbestea)",
      "China", "change in tea export value (percent)", "2023",
      "16.49% vs 16.38% vs 16.3%: precise figures that disagree (conflict); 16.3 is a truncation of 16.38 (conflict, rounding as alt).",
      [M(te(8,"hans"), 13, "同比减少16.49%", "16.49%", -16.49, PC, "y23"),
       M(te(9,"hans"), 4, "同比省略16.49%", "16.49%", -16.49, PC, "y23"),
       M(te(14,"en"), 9, "equal to a 16.38% decline", "16.38%", -16.38, PC, "y23"),
       M(te(19,"en"), 5, "fell by 16.3%", "16.3%", -16.3, PC, "y23")],
      {**cross((3, 4), (1, 2), C), (3, 4): (C, R)})

group("tea_green_export_share", "tea", "Green tea's share of China's tea exports: 2023 84.18% vs 84.2% (CTMA English); 2022 83.6%; H1 2020 84.3%; 2019 82.8%",
      "China", "green tea share of tea exports (percent)", "2019 / H1 2020 / 2022 / 2023",
      "84.2% rounds 84.18% (rounding); other periods different_basis.",
      [M(te(8,"hans"), 13, "占比84.18%", "84.18%", 84.18, PC, "y23"),
       M(te(4,"en"), 11, "amounting to 83.6 percent", "83.6 percent", 83.6, PC, "y22"),
       M(te(15,"hant"), 17, "占比提高到了84.3%", "84.3%", 84.3, PC, "h1_20"),
       M(te(15,"hant"), 17, "占出口總量的82.8%", "82.8%", 82.8, PC, "y19"),
       M(te(14,"en"), 13, "accounting for 84.2% of the total", "84.2%", 84.2, PC, "y23")],
      {(1, 5): R})

group("tea_export_price", "tea", "Average export price of China's tea in 2023: 4.73美元/千克 (jsjiuding) vs 4.74 US dollars/kg (CTMA English)",
      "China", "average tea export price (USD per kg)", "2023",
      "Two precise figures that disagree (conflict).",
      [M(te(9,"hans"), 4, "均价4.73美元/千克", "4.73美元/千克", 4.73, USD, "y23", note="per kg"),
       M(te(14,"en"), 11, "Average price reaches 4.74 US dollars/kg", "4.74 US dollars/kg", 4.74, USD, "y23", note="per kg")],
      {(1, 2): C})

group("tea_export_price_change", "tea", "Change in China's average tea export price in 2023: -14.74% (jsjiuding) vs -14.63% (CTMA English)",
      "China", "change in average tea export price (percent)", "2023",
      "Two precise figures that disagree (conflict).",
      [M(te(9,"hans"), 4, "均价4.73美元/千克,同比省略14.74%", "14.74%", -14.74, PC, "y23"),
       M(te(14,"en"), 11, "or 14.63% compared with that in 2022", "14.63%", -14.63, PC, "y23")],
      {(1, 2): C})

group("tea_green_exports", "tea", "China's green tea exports: 2022 313,900 t (Xinhua); 2023 309,400 t (CTMA English)",
      "China", "green tea export volume (tonnes)", "2022 / 2023",
      "Different years: different_basis.",
      [M(te(4,"en"), 11, "green tea exports stood at 313,900 tonnes", "313,900 tonnes", 313900.0, T, "y22"),
       M(te(14,"en"), 13, "the export of green tea reached 309,400 tons", "309,400 tons", 309400.0, T, "y23")])

group("tea_area", "tea", "China's tea plantation area: 2023 5149.76万亩 (total) and 4650.16万亩 (picked); 2022 约5000万亩; 2021 4896.09萬畝 (total) and 4374.58萬畝 (picked)",
      "China", "tea plantation area (hectares; 1 mu = 1/15 ha)", "2021 / 2022 / 2023",
      "Other years and the picked (已开采/可采摘) area vs the total area: different_basis.",
      [M(te(8,"hans"), 5, "茶园面积5149.76万亩", "5149.76万亩", MU(5149.76e4), HA, "y23"),
       M(te(9,"hans"), 3, "已开采茶园面积为4650.16万亩", "4650.16万亩", MU(4650.16e4), HA, "y23_picked"),
       M(te(10,"hans"), 4, "茶园种植面积约有5000万亩", "5000万亩", MU(5000e4), HA, "y22", qualifier="approx"),
       M(te(16,"hant"), 13, "茶園總面積為4896.09萬畝", "4896.09萬畝", MU(4896.09e4), HA, "y21"),
       M(te(16,"hant"), 13, "可采摘面積4374.58萬畝", "4374.58萬畝", MU(4374.58e4), HA, "y21_picked")])

group("tea_area_growth", "tea", "Growth of China's tea area: 2023 3.09%; 2021 3.13% (total) and 5.51% (picked)",
      "China", "growth of tea plantation area (percent)", "2021 / 2023",
      "Different years and scopes: different_basis.",
      [M(te(8,"hans"), 5, "增幅3.09%", "3.09%", 3.09, PC, "y23"),
       M(te(16,"hant"), 13, "增幅3.13%", "3.13%", 3.13, PC, "y21"),
       M(te(16,"hant"), 13, "增長率5.51%", "5.51%", 5.51, PC, "y21_picked")])

group("tea_domestic_sales", "tea", "China's domestic tea sales: 2023 240.4万吨 (two), +0.7万吨; 2020 220.16萬噸",
      "China", "domestic tea sales volume (tonnes)", "2020 / 2023",
      "Same figure agrees; 2020 different_basis.",
      [M(te(8,"hans"), 11, "内销总量240.4万吨", "240.4万吨", 240.4e4, T, "y23"),
       M(te(9,"hans"), 4, "内销总量240.4万吨", "240.4万吨", 240.4e4, T, "y23"),
       M(te(15,"hant"), 13, "國內(nèi)銷售量達(dá)220.16萬噸", "220.16萬噸", 220.16e4, T, "y20")])

group("tea_domestic_growth", "tea", "Growth of China's domestic tea sales: 2023 0.3% (two); 2020 8.69%",
      "China", "growth of domestic tea sales (percent)", "2020 / 2023",
      "Same figure agrees; 2020 different_basis.",
      [M(te(8,"hans"), 11, "增幅0.3%", "0.3%", 0.3, PC, "y23"),
       M(te(9,"hans"), 4, "增幅0.3%", "0.3%", 0.3, PC, "y23"),
       M(te(15,"hant"), 13, "增幅為8.69%", "8.69%", 8.69, PC, "y20")])

group("tea_output_value", "tea", "Value of China's dry tea output (干毛茶总产值): 2023 3296.68亿元; 2022 3180.68亿元; 2021 2928.14億元",
      "China", "dry tea output value (CNY)", "2021 / 2022 / 2023",
      "Different years: different_basis.",
      [M(te(9,"hans"), 3, "干毛茶总产值为3296.68亿元", "3296.68亿元", 3296.68e8, CNY, "y23"),
       M(te(10,"hans"), 6, "干毛茶总产值到达3180.68亿元", "3180.68亿元", 3180.68e8, CNY, "y22"),
       M(te(16,"hant"), 19, "干毛茶總產值為2928.14億元", "2928.14億元", 2928.14e8, CNY, "y21")])

group("tea_output_value_growth", "tea", "Growth of China's dry tea output value: 2023 3.65%; 2022 8.62%; 2021 11.48%",
      "China", "growth of dry tea output value (percent)", "2021 / 2022 / 2023",
      "Different years: different_basis.",
      [M(te(9,"hans"), 3, "增幅3.65%", "3.65%", 3.65, PC, "y23"),
       M(te(10,"hans"), 6, "增幅为8.62%", "8.62%", 8.62, PC, "y22"),
       M(te(16,"hant"), 19, "增幅11.48%", "11.48%", 11.48, PC, "y21")])

group("tea_output_increment", "tea", "Increase in China's tea output: 2023 15.8万吨 (two; jsjiuding's 延长 for 增长); 2021 7.71萬噸; 2016 10万吨",
      "China", "year-on-year increase in tea output (tonnes)", "2016 / 2021 / 2023",
      "Same figure agrees; other years different_basis.",
      [M(te(8,"hans"), 7, "同比增长15.8万吨", "15.8万吨", 15.8e4, T, "y23"),
       M(te(9,"hans"), 3, "同比延长15.8万吨", "15.8万吨", 15.8e4, T, "y23"),
       M(te(16,"hant"), 17, "比上年增加7.71萬噸", "7.71萬噸", 7.71e4, T, "y21"),
       M(te(12,"hans"), 8, "比2015年增加10万吨", "10万吨", 10e4, T, "y16")])

# ============================================================ nuclear power: CNEA (中国核能行业协会) blue books, NEA, NNSA, NBS, WNA / IAEA
group("nk_uc_capacity", "nuclear", "Capacity of China's reactors under construction: CNEA 2025 report 3365万千瓦 (two) = 33.65 million kW (sputnik twice) 'at present', myship's 3370万千瓦 'at end-2024' vs NNSA's 32.31 GW (end-2024); 2024 report 3030萬千瓦 = 30.3 million kW; 2023 report 2681萬千瓦; August 2022 24.19 million kW; end-2025 4221.6万千瓦",
      "China", "capacity under construction (GW)", "Aug 2022 / 2023, 2024, 2025 reports / end-2024 / end-2025",
      "End-2024: NNSA 32.31 GW vs CNEA 3370万千瓦 (33.7 GW), two official figures for the same date (conflict). 3370万 vs 3365万 'at present': dated differently by the texts (end-2024 vs April 2025) but 3370 is 3365 rounded (rounding, different_basis as alt). Earlier reports and end-2025: different_basis.",
      [M(nk(10,"hans"), 15, "总装机容量达到3365万千瓦", "3365万千瓦", 33.65, GW, "a25"),
       M(nk(15,"hant"), 3, "總裝機容量達到3365萬千瓦", "3365萬千瓦", 33.65, GW, "a25"),
       M(nk(5,"en"), 8, "total capacity of 33.65 million kilowatts", "33.65 million kilowatts", 33.65, GW, "a25"),
       M(nk(5,"en"), 13, "total capacity of 33.65 million kilowatts", "33.65 million kilowatts", 33.65, GW, "a25"),
       M(nk(9,"hans"), 4, "总装机容量3370万千瓦", "3370万千瓦", 33.7, GW, "e24"),
       M(nk(3,"en"), 47, "total installed power of 32.31 GW", "32.31 GW", 32.31, GW, "e24"),
       M(nk(16,"hant"), 16, "總裝機容量3030萬千瓦", "3030萬千瓦", 30.3, GW, "r24"),
       M(nk(7,"en"), 3, "totaling an incredible 30.3 million kilowatts", "30.3 million kilowatts", 30.3, GW, "r24"),
       M(nk(17,"hant"), 12, "總裝機容量2681萬千瓦", "2681萬千瓦", 26.81, GW, "r23"),
       M(nk(2,"en"), 3, "total installed capacity of 24.19 million kilowatts", "24.19 million kilowatts", 24.19, GW, "a22"),
       M(nk(14,"hans"), 9, "总装机容量4221.6万千瓦", "4221.6万千瓦", 42.216, GW, "e25")],
      {(5, 6): C, **cross((5,), (1, 2, 3, 4), (R, D))})

group("nk_uc_units", "nuclear", "Number of China's reactors under construction: 28 (CNEA 2025 report: k42n, sputnik Chinese, sputnik English twice; myship 'at end-2024') vs NNSA's 27 at end-2024; the Ministry of Ecology and Environment's 27 (January 2026) vs CNNC's 35 at end-2025; 2024 report 26 (three); 2023 report 24; August 2022 23",
      "China", "reactors under construction (count)", "2022-2026",
      "End-2024: NNSA 27 vs CNEA 28 (conflict). 28 'at present' vs 28 'at end-2024': same count (consistent). MEE's 27 in January 2026 vs CNNC's 35 at end-2025: a month apart and far apart (conflict; different_basis as alt, the dates and counting rules differ). Other reports: different_basis.",
      [M(nk(10,"hans"), 15, "在建核电机组共28台", "28台", 28.0, CNT, "a25"),
       M(nk(15,"hant"), 3, "在建核電機組共28台", "28台", 28.0, CNT, "a25"),
       M(nk(5,"en"), 8, "China has 28 nuclear power units under construction", "28", 28.0, CNT, "a25"),
       M(nk(5,"en"), 13, "China has 28 nuclear power units under construction", "28", 28.0, CNT, "a25"),
       M(nk(9,"hans"), 4, "在建核电机组28台", "28台", 28.0, CNT, "e24"),
       M(nk(3,"en"), 47, "There are 27 additional plants under-construction", "27", 27.0, CNT, "e24"),
       M(nk(19,"hant"), 11, "目前正在興建27座反應爐", "27座", 27.0, CNT, "j26"),
       M(nk(14,"hans"), 9, "我国在建核电机组35台", "35台", 35.0, CNT, "e25"),
       M(nk(16,"hant"), 12, "中國在建核電機組26台,在建機組數量", "26台", 26.0, CNT, "r24"),
       M(nk(16,"hant"), 16, "中國在建核電機組26台,總裝機容量", "26台", 26.0, CNT, "r24"),
       M(nk(7,"en"), 3, "building a whopping 26 nuclear power units", "26", 26.0, CNT, "r24"),
       M(nk(17,"hant"), 12, "中國在建核電機組24台", "24台", 24.0, CNT, "r23"),
       M(nk(2,"en"), 3, "23 nuclear power units under construction", "23", 23.0, CNT, "a22")],
      {(5, 6): C, **cross((5,), (1, 2, 3, 4), K), (7, 8): (C, D)})

group("nk_op_capacity", "nuclear", "Installed capacity of China's operating reactors: CNEA 2025 report 6096万千瓦 'at present' (four) = 60.96 million (sputnik); myship's end-2024 commercial 5976万千瓦; NNSA end-2024 60.88 GW vs NBS 2024 60.83 GW; GEM 58.1 GW; 2023 5703万千瓦; 2023 report 5682萬千瓦; August 2022 55.59 million kW; end-2025 6225.894万千瓦; NEA target for end-2025 6500万千瓦; January 2026 'about 64GW'; 2030 forecasts 110百萬瓩 / 110 gigawatts / wongcw's 1.1億度",
      "China", "installed nuclear capacity in operation (GW)", "2022-2026 and 2030 forecast",
      "NNSA 60.88 vs NBS 60.83 GW for end-2024: two official figures (conflict; different_basis as alt). CNEA's commercial-operation 5976万千瓦 vs the NNSA / NBS operating capacity: conflict, different_basis as alt (commercial operation vs grid-connected). wongcw's '1.1億度' (kWh for kW) is read as 1.1億千瓦 = 110 GW (consistent, conflict as alt). Other dates, GEM's undated tracker, targets and forecasts: different_basis.",
      [M(nk(10,"hans"), 15, "总装机容量达6096万千瓦", "6096万千瓦", 60.96, GW, "a25"),
       M(nk(15,"hant"), 3, "總裝機容量達6096萬千瓦", "6096萬千瓦", 60.96, GW, "a25"),
       M(nk(11,"hans"), 9, "总装机容量为6096万千瓦", "6096万千瓦", 60.96, GW, "a25"),
       M(nk(18,"hant"), 4, "裝置容量6096萬千瓦", "6096萬千瓦", 60.96, GW, "a25"),
       M(nk(5,"en"), 14, "total installed capacity of 60.96 million", "60.96 million", 60.96, GW, "a25", note="cut off before 'kilowatts'"),
       M(nk(9,"hans"), 4, "总装机容量5976万千瓦", "5976万千瓦", 59.76, GW, "e24"),
       M(nk(3,"en"), 47, "The installed power sits at 60.88 GW", "60.88 GW", 60.88, GW, "e24"),
       M(nk(3,"en"), 49, "total installed power of 60.83 GW", "60.83 GW", 60.83, GW, "e24"),
       M(nk(4,"en"), 6, "total operational capacity of 58.1 GW", "58.1 GW", 58.1, GW, "gem"),
       M(nk(13,"hans"), 9, "额定装机容量5703万千瓦", "5703万千瓦", 57.03, GW, "y23"),
       M(nk(17,"hant"), 14, "總裝機容量5682萬千瓦", "5682萬千瓦", 56.82, GW, "r23"),
       M(nk(2,"en"), 3, "total installed capacity of 55.59 million kilowatts", "55.59 million kilowatts", 55.59, GW, "a22"),
       M(nk(14,"hans"), 7, "总装机容量6225.894万千瓦", "6225.894万千瓦", 62.25894, GW, "e25"),
       M(nk(12,"hans"), 11, "在运核电装机将达到6500万千瓦", "6500万千瓦", 65.0, GW, "target_e25"),
       M(nk(19,"hant"), 15, "總發電容量約64GW", "64GW", 64.0, GW, "j26", qualifier="approx"),
       M(nk(19,"hant"), 11, "2030年達到110百萬瓩", "110百萬瓩", 110.0, GW, "fc30"),
       M(nk(19,"hant"), 11, "110 gigawatts", "110 gigawatts", 110.0, GW, "fc30"),
       M(nk(18,"hant"), 6, "預計2030年核電在運載機達1.1億度", "1.1億度", 110.0, GW, "fc30", note="as written 度 (kWh); read as 1.1億千瓦")],
      {(7, 8): (C, D), **cross((6,), (7, 8), (C, D)), **cross((18,), (16, 17), (K, C))})

group("nk_op_units", "nuclear", "Number of China's operating reactors: CNEA 2025 report 58 commercial units 'at present' (five); myship's 57 at end-2024 vs NNSA's 58 operating at end-2024; GEM 58; 2023 55 (two); 2023 report 54; August 2022 53; end-2025 59 grid-connected; January 2026 about 60",
      "China", "reactors in operation (count)", "2022-2026",
      "End-2024: CNEA's 57 in commercial operation vs NNSA's 58 operating: conflict, different_basis as alt (Zhangzhou 1 was grid-connected but not yet commercial). Other dates different_basis (58 now = 58 NNSA end-2024 by value only).",
      [M(nk(10,"hans"), 15, "商运核电机组达到58台", "58台", 58.0, CNT, "a25"),
       M(nk(15,"hant"), 3, "商運核電機組達到58台", "58台", 58.0, CNT, "a25"),
       M(nk(11,"hans"), 9, "商运核电机组数量达到了58台", "58台", 58.0, CNT, "a25"),
       M(nk(18,"hant"), 4, "中國商運核電機組58台", "58台", 58.0, CNT, "a25"),
       M(nk(5,"en"), 14, "China has 58 nuclear power units in commercial operation", "58", 58.0, CNT, "a25"),
       M(nk(9,"hans"), 4, "我国商运核电机组57台", "57台", 57.0, CNT, "e24"),
       M(nk(3,"en"), 47, "there are 58 nuclear power-plants operating", "58", 58.0, CNT, "e24"),
       M(nk(4,"en"), 7, "with 58 to France’s 56", "58", 58.0, CNT, "gem"),
       M(nk(13,"hans"), 9, "数量达到55台", "55台", 55.0, CNT, "y23"),
       M(nk(7,"en"), 5, "there are 55 commercial nuclear power units", "55", 55.0, CNT, "y23"),
       M(nk(17,"hant"), 14, "中國有商運核電機組54台", "54台", 54.0, CNT, "r23"),
       M(nk(2,"en"), 3, "China has 53 commercial nuclear power units", "53", 53.0, CNT, "a22"),
       M(nk(14,"hans"), 7, "并网运行的核电机组59台", "59台", 59.0, CNT, "e25"),
       M(nk(19,"hant"), 15, "目前全國約有60座核電廠投入運轉", "60座", 60.0, CNT, "j26", qualifier="approx")],
      {(6, 7): (C, D)})

group("nk_total_units", "nuclear", "China's reactors in operation, under construction and approved: 102 (CNEA 2025 report: k42n, sputnik, China Daily; NEA in December 2024); 112 at end-2025",
      "China", "reactors in operation, under construction and approved (count)", "end-2024 / end-2025",
      "Same figure agrees; end-2025 different_basis.",
      [M(nk(10,"hans"), 11, "核电机组共102台", "102台", 102.0, CNT, "e24"),
       M(nk(12,"hans"), 11, "核准在建核电机组102台", "102台", 102.0, CNT, "e24"),
       M(nk(5,"en"), 12, "China has 102 nuclear power units", "102", 102.0, CNT, "e24"),
       M(nk(6,"en"), 14, "the country had 102 nuclear reactors", "102", 102.0, CNT, "e24"),
       M(nk(14,"hans"), 11, "核电机组共有112台", "112台", 112.0, CNT, "e25")])

group("nk_total_capacity", "nuclear", "Capacity of China's reactors in operation, under construction and approved: 1.13亿千瓦 = 113 million kW (four); NEA's May 2025 'operational ... and under construction exceeds 120 million kilowatts'; 1.26亿千瓦 at end-2025",
      "China", "capacity in operation, under construction and approved (GW)", "end-2024 / May 2025 / end-2025",
      "Same figure agrees; the NEA's bound is another scope and date (different_basis); end-2025 different_basis.",
      [M(nk(10,"hans"), 11, "装机容量达到1.13亿千瓦", "1.13亿千瓦", 113.0, GW, "e24"),
       M(nk(12,"hans"), 11, "装机1.13亿千瓦", "1.13亿千瓦", 113.0, GW, "e24"),
       M(nk(5,"en"), 12, "total installed capacity of 113 million kilowatts", "113 million kilowatts", 113.0, GW, "e24"),
       M(nk(6,"en"), 14, "combined installed capacity of 113 million kilowatts", "113 million kilowatts", 113.0, GW, "e24"),
       M(nk(1,"en"), 4, "exceeds 120 million kilowatts", "120 million kilowatts", 120.0, GW, "nea_m25", qualifier="over"),
       M(nk(14,"hans"), 11, "总装机容量1.26亿千瓦", "1.26亿千瓦", 126.0, GW, "e25")])

group("nk_approved_uc_units", "nuclear", "Reactors approved or under construction (CNEA, April 2025): 44 (two)",
      "China", "reactors approved or under construction (count)", "April 2025",
      "Same figure (consistent).",
      [M(nk(11,"hans"), 9, "还有44台机组已经核准在建", "44台", 44.0, CNT, "a25"),
       M(nk(18,"hant"), 4, "核准在建機組44台", "44台", 44.0, CNT, "a25")])

group("nk_approved_uc_capacity", "nuclear", "Capacity approved or under construction (CNEA, April 2025): 5235万千瓦 (yxiu) vs wongcw's 5235萬瓦",
      "China", "capacity approved or under construction (GW)", "April 2025",
      "As written 5235萬瓦 is 52.35 MW, not 52.35 GW (conflict); the evident reading is 5235萬千瓦 (consistent as alt).",
      [M(nk(11,"hans"), 9, "装机容量达到5235万千瓦", "5235万千瓦", 52.35, GW, "a25"),
       M(nk(18,"hant"), 4, "裝置容量5235萬瓦", "5235萬瓦", 0.05235, GW, "a25", note="as written 萬瓦 (watts)")],
      {(1, 2): (C, K)})

group("nk_generation", "nuclear", "China's nuclear generation: 2024 CNEA 4447亿千瓦时 (four) vs sputnik's '444.7 million kilowatt-hours', the NEA's 450.9 billion kWh and the NBS's 450.85 TWh; 2023 4333.71億千瓦時 vs 4334亿千瓦时 and 'about 433.4 billion kWh'; 2022 4177.8億度",
      "China", "nuclear electricity generation (kWh)", "2022 / 2023 / 2024",
      "2024: '444.7 million kilowatt-hours' is a thousandfold slip for 444.7 billion (conflict). CNEA 4447亿 vs NEA 450.9 billion / NBS 450.85 TWh: official figures for the same year that disagree by 1.4% (conflict). 450.9 rounds 450.85 (rounding). 2023: 4334亿 and 433.4 billion round 4333.71億 (rounding). Other years different_basis.",
      [M(nk(9,"hans"), 4, "核电累计发电量4447亿千瓦时", "4447亿千瓦时", 4.447e11, KWH, "y24"),
       M(nk(10,"hans"), 27, "累计发电量达到4447亿千瓦时", "4447亿千瓦时", 4.447e11, KWH, "y24"),
       M(nk(15,"hant"), 5, "累計發電量達到4447億千瓦時", "4447億千瓦時", 4.447e11, KWH, "y24"),
       M(nk(18,"hant"), 4, "核電發電量4,447億千瓦時", "4,447億千瓦時", 4.447e11, KWH, "y24"),
       M(nk(5,"en"), 8, "reached 444.7 million kilowatt-hours", "444.7 million kilowatt-hours", 4.447e8, KWH, "y24", note="as written (million for billion)"),
       M(nk(1,"en"), 5, "generation reached 450.9 billion kWh", "450.9 billion kWh", 4.509e11, KWH, "y24"),
       M(nk(3,"en"), 49, "They produced 450.85 TWh", "450.85 TWh", 4.5085e11, KWH, "y24"),
       M(nk(16,"hant"), 18, "2023年達到4333.71億千瓦時", "4333.71億千瓦時", 4.33371e11, KWH, "y23"),
       M(nk(13,"hans"), 9, "核电发电量4334亿千瓦时", "4334亿千瓦时", 4.334e11, KWH, "y23"),
       M(nk(7,"en"), 5, "reached about 433.4 billion kWh", "433.4 billion kWh", 4.334e11, KWH, "y23", qualifier="approx"),
       M(nk(17,"hant"), 16, "發電量為4177.8億度", "4177.8億度", 4.1778e11, KWH, "y22")],
      {**cross((5,), (1, 2, 3, 4), C), **cross((6, 7), (1, 2, 3, 4, 5), C), (6, 7): R, **cross((8,), (9, 10), R)})

group("nk_gen_growth", "nuclear", "Growth of China's nuclear generation: 2024 +3.7% (NEA); 2022 +2.5% (CNEA)",
      "China", "growth of nuclear generation (percent)", "2022 / 2024",
      "Different years: different_basis.",
      [M(nk(1,"en"), 5, "marking a 3.7 percent year-on-year increase", "3.7 percent", 3.7, PC, "y24"),
       M(nk(17,"hant"), 16, "同比增加2.5%", "2.5%", 2.5, PC, "y22")])

group("nk_gen_share", "nuclear", "Nuclear share of China's electricity generation: 2024 CNEA 4.72% (five) vs NEA 4.5% and NBS 4.47%, 'under 5%' (Nikkei); celt's undated 5%; 2023 4.86%; 2022 约4.7%; August 2022 about 5%, a decade earlier about 2%; forecasts 10%左右 by 2035 and 10% by 2040",
      "China", "nuclear share of electricity generation (percent)", "2012-2024 and forecasts",
      "2024: CNEA's 4.72% vs the NEA's 4.5% and the NBS's 4.47% disagree (conflict); 4.5 rounds 4.47 (rounding); 不到5% contains all (consistent). celt's 'grown to a 5% share' carries no date (different_basis). Other years and forecasts different_basis.",
      [M(nk(9,"hans"), 4, "占全国累计发电量的4.72%", "4.72%", 4.72, PC, "y24"),
       M(nk(10,"hans"), 27, "占全国发电量的4.72%", "4.72%", 4.72, PC, "y24"),
       M(nk(15,"hant"), 5, "佔全國發電量的4.72%", "4.72%", 4.72, PC, "y24"),
       M(nk(18,"hant"), 4, "佔全國總發電量的4.72%", "4.72%", 4.72, PC, "y24"),
       M(nk(5,"en"), 8, "accounting for 4.72%", "4.72%", 4.72, PC, "y24"),
       M(nk(1,"en"), 5, "accounting for 4.5 percent", "4.5 percent", 4.5, PC, "y24"),
       M(nk(3,"en"), 49, "which is 4.47% of the nation's total", "4.47%", 4.47, PC, "y24"),
       M(nk(19,"hant"), 13, "此一佔比不到5%", "5%", 5.0, PC, "y24", qualifier="under"),
       M(nk(8,"en"), 5, "grown to a 5% share", "5%", 5.0, PC, "undated"),
       M(nk(13,"hans"), 9, "占全国累计发电量的4.86%", "4.86%", 4.86, PC, "y23"),
       M(nk(17,"hant"), 16, "約佔全國總發電量的4.7%", "4.7%", 4.7, PC, "y22", qualifier="approx"),
       M(nk(2,"en"), 3, "has reached about 5%", "5%", 5.0, PC, "a22", qualifier="approx"),
       M(nk(2,"en"), 3, "from about 2% a decade ago", "2%", 2.0, PC, "y12", qualifier="approx"),
       M(nk(13,"hans"), 11, "占比将达到10%左右", "10%", 10.0, PC, "fc35", qualifier="approx"),
       M(nk(19,"hant"), 13, "核電將佔能源結構的10%", "10%", 10.0, PC, "fc40")],
      {**cross((6, 7), (1, 2, 3, 4, 5), C), (6, 7): R, **cross((8,), (1, 2, 3, 4, 5, 6, 7), K)})

group("nk_capacity_share", "nuclear", "Nuclear share of China's installed power capacity: 2022 2.2%; 2024 1.82%",
      "China", "nuclear share of installed capacity (percent)", "2022 / 2024",
      "Different years: different_basis.",
      [M(nk(17,"hant"), 16, "佔全國電力裝機總量的2.2%", "2.2%", 2.2, PC, "y22"),
       M(nk(3,"en"), 49, "comprising 1.82% of the nation's total", "1.82%", 1.82, PC, "y24")])

group("nk_world_reactors", "nuclear", "Nuclear reactors operating worldwide in 2024: CNEA's 417 (yxiu, twice) vs WNA-based 'about 440' (celt)",
      "world", "operating nuclear reactors (count)", "2024",
      "417 lies outside 'about 440' (conflict); the two count differently (IAEA-style operating vs WNA 'operable' including idle units), so different_basis is defensible (alt).",
      [M(nk(11,"hans"), 5, "共有417台在运核电机组", "417台", 417.0, CNT, "y24"),
       M(nk(11,"hans"), 7, "共有417台在运核电机组", "417台", 417.0, CNT, "y24"),
       M(nk(8,"en"), 3, "about 440 nuclear power reactors", "440", 440.0, CNT, "y24", qualifier="approx")],
      {**cross((3,), (1, 2), (C, D))})

group("nk_world_capacity", "nuclear", "World operating nuclear capacity in 2024: 接近4亿千瓦 (CNEA) vs about 390 GW (celt); GEM's tracker total over 1,405 GW (all statuses)",
      "world", "nuclear capacity (GW)", "2024",
      "'close to 400 GW' contains 'about 390 GW' (consistent); GEM's tracker counts all statuses (different_basis).",
      [M(nk(11,"hans"), 7, "总装机容量已接近4亿千瓦", "4亿千瓦", 400.0, GW, "y24", qualifier="under"),
       M(nk(8,"en"), 3, "combined capacity of about 390 gigawatts", "390 gigawatts", 390.0, GW, "y24", qualifier="approx"),
       M(nk(4,"en"), 6, "over 1,405 gigawatts (GW)", "1,405 gigawatts", 1405.0, GW, "gem_tracker", qualifier="over")],
      {(1, 2): K})

group("nk_world_share", "nuclear", "Nuclear share of world electricity: 2024 9% (CNEA) vs 'about one-tenth' (celt); mid-1990s about 17%",
      "world", "nuclear share of world electricity (percent)", "2024 / mid-1990s",
      "'about one-tenth' rounds 9% (rounding); the mid-1990s is another period.",
      [M(nk(11,"hans"), 7, "占据了全球总发电量的9%", "9%", 9.0, PC, "y24"),
       M(nk(8,"en"), 3, "about one-tenth of the world’s electricity", "one-tenth", 10.0, PC, "y24", qualifier="approx"),
       M(nk(8,"en"), 3, "down from about 17% in the mid-1990s", "17%", 17.0, PC, "y1995", qualifier="approx")],
      {(1, 2): R})

group("nk_us_france", "nuclear", "US and French nuclear fleets: US 94 units at end-2024 (NNSA) and end-2025 (CNNC); US capacity 96.95 GW (end-2024), 9695.2万千瓦 (end-2025), 102.5 GW (GEM); France 63.02 GW (end-2024), 6300万千瓦 (end-2025), 64.0 GW (GEM)",
      "United States / France", "nuclear fleet (count / GW)", "end-2024 / end-2025 / GEM",
      "Different countries, dates and sources: different_basis throughout (96.95 GW vs 9695.2万千瓦 and 63.02 GW vs 6300万千瓦 are look-alikes a year apart).",
      [M(nk(3,"en"), 47, "the US which has 94", "94", 94.0, CNT, "us_units_e24"),
       M(nk(14,"hans"), 7, "仅次于美国的94台", "94台", 94.0, CNT, "us_units_e25"),
       M(nk(3,"en"), 47, "after US' 96.95 GW", "96.95 GW", 96.95, GW, "us_e24"),
       M(nk(14,"hans"), 7, "美国9695.2万千瓦", "9695.2万千瓦", 96.952, GW, "us_e25"),
       M(nk(4,"en"), 6, "United States with its 102.5 GW in operation", "102.5 GW", 102.5, GW, "us_gem"),
       M(nk(3,"en"), 47, "France's 63.02 GW", "63.02 GW", 63.02, GW, "fr_e24"),
       M(nk(14,"hans"), 7, "法国6300万千瓦", "6300万千瓦", 63.0, GW, "fr_e25"),
       M(nk(4,"en"), 6, "behind France’s at 64.0 GW", "64.0 GW", 64.0, GW, "fr_gem")])

group("nk_lead_years", "nuclear", "Years China has led in capacity under construction: 18 consecutive years (CNEA 2025 report: myship, k42n, sputnik Chinese, sputnik English twice; NNSA 18th) vs 19th year at end-2025",
      "China", "consecutive years leading in capacity under construction (years)", "2024 / 2025",
      "Same figure agrees; end-2025 different_basis.",
      [M(nk(9,"hans"), 4, "连续18年保持全球第一", "18年", 18.0, YRS, "e24"),
       M(nk(10,"hans"), 15, "连续18年保持世界第一", "18年", 18.0, YRS, "e24"),
       M(nk(15,"hant"), 3, "連續18年保持世界第一", "18年", 18.0, YRS, "e24"),
       M(nk(5,"en"), 8, "for 18 consecutive years", "18", 18.0, YRS, "e24"),
       M(nk(5,"en"), 13, "for 18 consecutive years", "18", 18.0, YRS, "e24"),
       M(nk(3,"en"), 47, "ranked first for the 18th consecutive year", "18th", 18.0, YRS, "e24"),
       M(nk(14,"hans"), 9, "连续第19年位居全球第一位", "第19年", 19.0, YRS, "e25")])

group("nk_approvals_units", "nuclear", "Reactors approved in China: 2024 11 units (k42n, sputnik, NEA); 2025 10 (CNNC; Nikkei 'April: 10 reactors at 5 sites')",
      "China", "reactors approved in the year (count)", "2024 / 2025",
      "Same figures agree; other year different_basis.",
      [M(nk(10,"hans"), 23, "合计11台机组", "11台", 11.0, CNT, "y24"),
       M(nk(15,"hant"), 4, "合計11台機組", "11台", 11.0, CNT, "y24"),
       M(nk(12,"hans"), 11, "5个项目的11台机组", "11台", 11.0, CNT, "y24"),
       M(nk(14,"hans"), 11, "我国共核准10台核电机组", "10台", 10.0, CNT, "y25"),
       M(nk(19,"hant"), 13, "建造10座反應爐", "10座", 10.0, CNT, "y25")])

group("nk_approvals_projects", "nuclear", "Nuclear projects approved in China: 2024 5 (three); 2023 5; 2025's approvals at 5 sites",
      "China", "nuclear projects approved in the year (count)", "2023 / 2024 / 2025",
      "Same figures agree; other years different_basis.",
      [M(nk(10,"hans"), 23, "核准5个核电项目", "5个", 5.0, CNT, "y24"),
       M(nk(15,"hant"), 4, "核准5個核電項目", "5個", 5.0, CNT, "y24"),
       M(nk(12,"hans"), 11, "江苏徐圩等5个项目", "5个", 5.0, CNT, "y24"),
       M(nk(16,"hant"), 16, "新核准5個核電項目", "5個", 5.0, CNT, "y23"),
       M(nk(19,"hant"), 13, "批准在5個地點", "5個", 5.0, CNT, "y25")])

group("nk_new_starts", "nuclear", "Construction starts: China 2023 5 units (two); since 2022 (2023 report) 6; 2025 9 FCDs in China (CNNC) vs 7 large reactors started in China in 2025 (WNA/IAEA via Nikkei)",
      "China", "reactor construction starts (count)", "2022-2025",
      "2025: CNNC's 9 first-concrete pours vs Nikkei's 7 large reactors in China: different scopes (all units vs large reactors; different_basis). Other periods different_basis.",
      [M(nk(16,"hant"), 16, "新開工5台核電機組", "5台", 5.0, CNT, "y23"),
       M(nk(13,"hans"), 5, "全年新开工核电机组5台", "5台", 5.0, CNT, "y23"),
       M(nk(17,"hant"), 14, "新開工核電機組6台", "6台", 6.0, CNT, "since22"),
       M(nk(14,"hans"), 9, "全国有9台核电机组实现核岛浇筑第一罐混凝土", "9台", 9.0, CNT, "y25_all"),
       M(nk(19,"hant"), 7, "其中7座位於中國", "7座", 7.0, CNT, "y25_large")])

group("nk_co2", "nuclear", "CO2 avoided by China's nuclear generation: 2024 3.34亿吨 (four, CNEA) vs NEA's about 370 million t; 2023 约3.4亿吨; 2022 近3.1億噸",
      "China", "CO2 emissions avoided (tonnes)", "2022 / 2023 / 2024",
      "CNEA vs NEA equivalence estimates use different methods (different_basis); other years different_basis.",
      [M(nk(9,"hans"), 4, "年度等效减排二氧化碳约3.34亿吨", "3.34亿吨", 3.34e8, T, "y24_cnea", qualifier="approx"),
       M(nk(10,"hans"), 27, "减少二氧化碳排放3.34亿吨", "3.34亿吨", 3.34e8, T, "y24_cnea"),
       M(nk(15,"hant"), 5, "減少二氧化碳排放3.34億噸", "3.34億噸", 3.34e8, T, "y24_cnea"),
       M(nk(18,"hant"), 4, "二氧化碳3.34億噸", "3.34億噸", 3.34e8, T, "y24_cnea"),
       M(nk(1,"en"), 5, "about 370 million tonnes of carbon dioxide", "370 million tonnes", 370e6, T, "y24_nea", qualifier="approx"),
       M(nk(13,"hans"), 9, "年度等效减排二氧化碳约3.4亿吨", "3.4亿吨", 3.4e8, T, "y23", qualifier="approx"),
       M(nk(17,"hant"), 18, "減少排放二氧化碳近3.1億噸", "3.1億噸", 3.1e8, T, "y22", qualifier="under")],
      {**cross((1,), (2, 3, 4), K)})

group("nk_coal", "nuclear", "Standard coal saved by China's nuclear generation: 2024 1.27亿吨 (two, CNEA) vs NEA's approximately 140 million t; 2023 超過1.3億噸 = 'over 130 million tonnes'; 2022 近1.2億噸",
      "China", "standard coal saved (tonnes)", "2022 / 2023 / 2024",
      "CNEA vs NEA: different methods (different_basis). 2023 bounds agree (consistent).",
      [M(nk(10,"hans"), 27, "减少燃烧标准煤1.27亿吨", "1.27亿吨", 1.27e8, T, "y24_cnea"),
       M(nk(15,"hant"), 5, "減少燃燒標準煤1.27億噸", "1.27億噸", 1.27e8, T, "y24_cnea"),
       M(nk(1,"en"), 5, "approximately 140 million tonnes of standard coal", "140 million tonnes", 140e6, T, "y24_nea", qualifier="approx"),
       M(nk(16,"hant"), 18, "標準煤超過1.3億噸", "1.3億噸", 1.3e8, T, "y23", qualifier="over"),
       M(nk(7,"en"), 6, "by over 130 million tonnes", "130 million tonnes", 130e6, T, "y23", qualifier="over"),
       M(nk(17,"hant"), 18, "標準煤近1.2億噸", "1.2億噸", 1.2e8, T, "y22", qualifier="under")])

group("nk_hours", "nuclear", "Average utilisation hours of China's nuclear units: 2024 7797; 2023 7661",
      "China", "average utilisation hours (hours)", "2023 / 2024",
      "Different years: different_basis.",
      [M(nk(9,"hans"), 4, "平均利用小时数为7797小时", "7797小时", 7797.0, HRS, "y24"),
       M(nk(13,"hans"), 9, "平均利用小时数为7661小时", "7661小时", 7661.0, HRS, "y23")])

group("nk_investment", "nuclear", "Investment in nuclear construction: 2024 1469亿元; 2023 949亿元",
      "China", "nuclear construction investment (CNY)", "2023 / 2024",
      "Different years: different_basis (1469 - 949 = 520亿元 as the text says).",
      [M(nk(9,"hans"), 4, "投资完成额1469亿元", "1469亿元", 1469e8, CNY, "y24"),
       M(nk(13,"hans"), 5, "投资完成额949亿元人民币", "949亿元", 949e8, CNY, "y23")])

group("nk_equipment", "nuclear", "Main nuclear equipment delivered in 2024: 114 sets (three)",
      "China", "main equipment sets delivered (count)", "2024",
      "Same figure (consistent).",
      [M(nk(9,"hans"), 5, "累计交付114台套", "114台套", 114.0, CNT, "y24"),
       M(nk(10,"hans"), 31, "累计交付114台套", "114台套", 114.0, CNT, "y24"),
       M(nk(15,"hant"), 6, "累計交付114台套", "114台套", 114.0, CNT, "y24")])

group("nk_localisation", "nuclear", "Localisation of key nuclear main equipment in 2024: 100% (three)",
      "China", "domestic share of key main equipment (percent)", "2024",
      "Same figure (consistent).",
      [M(nk(9,"hans"), 5, "主设备100%国产化", "100%", 100.0, PC, "y24"),
       M(nk(10,"hans"), 31, "主设备100%国产化", "100%", 100.0, PC, "y24"),
       M(nk(15,"hant"), 6, "主設備100%國產化", "100%", 100.0, PC, "y24")])

group("nk_wano", "nuclear", "Chinese units with a full WANO index score: 2023 33; 2022 37",
      "China", "units with full WANO score (count)", "2022 / 2023",
      "Different years: different_basis.",
      [M(nk(16,"hant"), 20, "中國有33台機組", "33台", 33.0, CNT, "y23"),
       M(nk(17,"hant"), 18, "中國有37台機組", "37台", 37.0, CNT, "y22")])

group("nk_approval_streak", "nuclear", "Consecutive years with 10 or more approvals: 3 years (2024; two) vs 4 years (2025)",
      "China", "consecutive years with 10+ approvals (years)", "2024 / 2025",
      "Same figure agrees; the later year different_basis.",
      [M(nk(10,"hans"), 23, "已连续3年核准", "3年", 3.0, YRS, "y24"),
       M(nk(15,"hant"), 4, "已連續3年核准", "3年", 3.0, YRS, "y24"),
       M(nk(14,"hans"), 11, "连续4年核准", "4年", 4.0, YRS, "y25")])

# ============================================================ singles: claims stated once
single(al(3,"en"), 5, "futures prices up by 9.1% in 2023", "9.1%", 9.1, PC)
single(al(3,"en"), 7, "increase by approximately 1 million tons", "1 million tons", 1e6, T, qualifier="approx")
single(al(6,"en"), 8, "generated 506,000 tonnes of primary aluminium", "506,000 tonnes", 506000.0, T)
single(al(6,"en"), 8, "the output was 2.3 per cent down", "2.3 per cent", -2.3, PC)
single(al(6,"en"), 8, "an increase of 1.2 per cent", "1.2 per cent", 1.2, PC)
single(al(11,"en"), 4, "reaching 2,444 yuan per ton", "2,444 yuan", 2444.0, CNY, note="per tonne")
single(al(12,"en"), 15, "to stand at 73.88 per cent", "73.88 per cent", 73.88, PC)
single(al(12,"en"), 15, "year-on-year to 928,400 tonnes", "928,400 tonnes", 928400.0, T)
single(al(12,"en"), 15, "rose by 9.6 per cent month-on-month", "9.6 per cent", 9.6, PC)
single(al(13,"hans"), 6, "环比下滑9.36%", "9.36%", -9.36, PC)
single(te(4,"en"), 13, "accounting for 25.52 percent", "25.52 percent", 25.52, PC)
single(te(5,"en"), 11, "over 6.6 billion kilograms in 2021", "6.6 billion kilograms", 6.6e6, T, qualifier="over", note="world consumption; look-alike of 6.6 million t production")
single(te(6,"en"), 5, "around 95 percent of respondents", "95 percent", 95.0, PC, qualifier="approx")
single(te(7,"en"), 3, "a marginal 1.6% increase in total tea production", "1.6%", 1.6, PC)
single(te(7,"en"), 3, "hitting 6.5 mmt in 2022", "6.5 mmt", 6.5e6, T, note="world consumption")
single(te(7,"en"), 3, "Total tea imports reached USD 7.3 billion", "USD 7.3 billion", 7.3e9, USD)
single(te(9,"hans"), 4, "中国进口茶叶3.90万吨", "3.90万吨", 3.9e4, T)
single(te(9,"hans"), 4, "进口额1.46亿美元", "1.46亿美元", 1.46e8, USD)
single(te(9,"hans"), 4, "内销总额3346.7亿元", "3346.7亿元", 3346.7e8, CNY)
single(te(12,"hans"), 12, "越南茶叶产量16.5万吨", "16.5万吨", 16.5e4, T)
single(te(14,"en"), 7, "a decrease of 0.77 million tons", "0.77 million tons", 770000.0, T, note="as written; 36.75万 / (1 - 2.05%) implies about 0.77万 t")
single(te(14,"en"), 9, "with a $341 million less than in 2022", "$341 million", 341e6, USD)
single(te(14,"en"), 15, "China’s tea exports reached 31,600 tons", "31,600 tons", 31600.0, T)
single(te(19,"en"), 11, "export value increase to $1.31 billion", "$1.31 billion", 1.31e9, USD)
single(te(19,"en"), 14, "The 11-month volume was 511 million kilos", "511 million kilos", 511000.0, T)
single(te(19,"en"), 17, "accounted for 64% of global demand", "64%", 64.0, PC)
single(te(15,"hant"), 17, "綠茶出口達(dá)30.39萬噸", "30.39萬噸", 30.39e4, T)
single(te(16,"hant"), 23, "紅茶43.45萬噸", "43.45萬噸", 43.45e4, T)
single(te(18,"hant"), 11, "綠茶產(chǎn)值2058.19億元", "2058.19億元", 2058.19e8, CNY)
single(te(11,"hans"), 13, "2006年,我国茶叶产量首次突破100万吨", "100万吨", 100e4, T, qualifier="over")
single(nk(3,"en"), 51, "the goal of 200 GW by 2035", "200 GW", 200.0, GW)
single(nk(3,"en"), 51, "produced by 150 additional reactors", "150", 150.0, CNT)
single(nk(8,"en"), 4, "accounts for about 30% of global electricity generation from nuclear power", "30%", 30.0, PC, qualifier="approx")
single(nk(8,"en"), 4, "Ten countries account for 83%", "83%", 83.0, PC)
single(nk(8,"en"), 5, "(63% of total generation)", "63%", 63.0, PC)
single(nk(8,"en"), 6, "more than 50% of its electricity", "50%", 50.0, PC, qualifier="over")
single(nk(9,"hans"), 4, "较上年增长520亿元", "520亿元", 520e8, CNY)
single(nk(11,"hans"), 7, "达到了2.8万亿度", "2.8万亿度", 2.8e12, KWH)
single(nk(13,"hans"), 11, "相应减排二氧化碳约9亿吨", "9亿吨", 9e8, T, qualifier="approx")
single(nk(14,"hans"), 7, "装机容量121.2万千瓦", "121.2万千瓦", 1.212, GW)
single(nk(14,"hans"), 9, "印度在建6台核电机组总装机容量为476.8万千瓦", "476.8万千瓦", 4.768, GW)
single(nk(14,"hans"), 9, "总装机容量1103.3万千瓦", "1103.3万千瓦", 11.033, GW)
single(nk(17,"hant"), 18, "佔世界滿分機組的50%", "50%", 50.0, PC)
single(nk(18,"hant"), 7, "82.18%達到優秀值", "82.18%", 82.18, PC)
single(nk(19,"hant"), 9, "全球共有63座核電廠動工", "63座", 63.0, CNT)
single(nk(19,"hant"), 9, "其中超過90%皆由中國和俄羅斯興建", "90%", 90.0, PC, qualifier="over")

# ============================================================ non-claims: dates, counters, phone numbers, titles, spam, chart axes
single(al(1,"en"), 4, "BEIJING, Jan 17 (Reuters)", not_a_claim=True, kind="date")
single(al(2,"en"), 8, "China in 2018 set", not_a_claim=True, kind="date")
single(al(4,"en"), 7, "Views : 81", not_a_claim=True, kind="page_furniture", note="view counter")
single(al(4,"en"), 8, "Update time : 2024-01-25 19:34:41", not_a_claim=True, kind="date")
single(al(5,"en"), 13, "Global Aluminium Industry Outlook 2024", not_a_claim=True, kind="title")
single(al(8,"en"), 3, " date 2023-03-20", not_a_claim=True, kind="date")
single(al(8,"en"), 7, "March 20, 2023 — 07:06 am EDT", not_a_claim=True, kind="date")
single(al(9,"en"), 3, "on September 15", not_a_claim=True, kind="date")
single(al(10,"en"), 4, "Views : 197", not_a_claim=True, kind="page_furniture", note="view counter")
single(al(12,"en"), 9, "(31 calendar days)", not_a_claim=True, kind="calendar")
single(al(14,"hant"), 3, "電話:400-876-1009", not_a_claim=True, kind="phone_number")
single(al(14,"hant"), 6, "據(jù)外電9月15日消息", not_a_claim=True, kind="date")
single(te(1,"en"), 5, "2 0 2 3 C h i n a", not_a_claim=True, kind="title", note="letter-spaced title")
single(te(1,"en"), 10, "Tea & Coffee Trade Journal June 2023", not_a_claim=True, kind="date")
single(te(4,"en"), 5, "Xinhua) 15:55, March 07, 2023", not_a_claim=True, kind="date")
single(te(5,"en"), 13, "the 3rd century AD", not_a_claim=True, kind="date")
single(te(8,"hans"), 15, "位居前10位", not_a_claim=True, kind="rank")
single(te(9,"hans"), 4, "600cc全讯白菜网", not_a_claim=True, kind="spam", note="spam link text spliced into a sentence")
single(te(10,"hans"), 3, "全讯800cc大白菜", not_a_claim=True, kind="spam")
single(te(10,"hans"), 5, "138全讯白菜官方免费下载地址", not_a_claim=True, kind="spam")
single(te(11,"hans"), 5, "2022-04-09 22:55:14热度:96°C", not_a_claim=True, kind="page_furniture", note="timestamp and popularity counter")
single(te(14,"en"), 5, "February 6, 2024 No Comments", not_a_claim=True, kind="date")
single(te(19,"en"), 20, "the February 2022 invasion", not_a_claim=True, kind="date")
single(te(15,"hant"), 7, "2022-12-11 06:28", not_a_claim=True, kind="date")
single(te(15,"hant"), 7, "點(diǎn)擊:139", not_a_claim=True, kind="page_furniture", note="click counter")
single(te(16,"hant"), 5, "2022-09-15 11:29:50", not_a_claim=True, kind="date")
single(te(17,"hant"), 13, "02", not_a_claim=True, kind="section_number")
single(te(17,"hant"), 7, "2022年2月28日", not_a_claim=True, kind="date")
single(te(18,"hant"), 4, "2023-05-09 09:36", not_a_claim=True, kind="date")
single(nk(1,"en"), 3, "20250501", not_a_claim=True, kind="url")
single(nk(2,"en"), 3, "On September 14", not_a_claim=True, kind="date")
single(nk(3,"en"), 5, "100", not_a_claim=True, kind="chart_axis")
single(nk(3,"en"), 10, "2012", not_a_claim=True, kind="chart_axis")
single(nk(3,"en"), 36, "0.5", not_a_claim=True, kind="chart_axis")
single(nk(5,"en"), 3, " date 2025-04-27", not_a_claim=True, kind="date")
single(nk(6,"en"), 4, "China Daily / 2025-04 / 29 / Page003", not_a_claim=True, kind="date")
single(nk(6,"en"), 8, "Updated: 2025-04-29 00:00", not_a_claim=True, kind="date")
single(nk(8,"en"), 7, "June 27, 2024", not_a_claim=True, kind="date")
single(nk(8,"en"), 7, "https://tinyurl.com/2s3u42wz", not_a_claim=True, kind="url")
single(nk(9,"hans"), 6, "0 条", not_a_claim=True, kind="page_furniture", note="comment counter")
single(nk(10,"hans"), 9, "发布日期:2025-05-22 15:21    点击次数:146", not_a_claim=True, kind="page_furniture", note="date and click counter")
single(nk(12,"hans"), 5, "日期:[2024-12-16]  版次:[A02]", not_a_claim=True, kind="page_furniture", note="date and page number")
single(nk(14,"hans"), 5, "2026-01-29 12:05", not_a_claim=True, kind="date")
single(nk(14,"hans"), 7, "我国[1]大陆", not_a_claim=True, kind="footnote_marker")
single(nk(16,"hant"), 8, "2024-04-15 18:12", not_a_claim=True, kind="date")
single(nk(17,"hant"), 8, "2023-04-26 17:26", not_a_claim=True, kind="date")
single(nk(18,"hant"), 7, "(INES)2級", not_a_claim=True, kind="scale_level")
single(nk(19,"hant"), 3, " date 2026-01-18", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh14.toml", "corpus-fresh14")
