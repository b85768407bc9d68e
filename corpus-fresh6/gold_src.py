#!/usr/bin/env python3
"""Hand annotation of corpus-fresh6, written as data; emits gold.d/fresh6.toml (then run corpus/check_gold.py --dir corpus-fresh6 --build).

Every mention carries a 'basis' tag (period / scope / vintage as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Different statements of one quantity share a basis tag: a preliminary figure and the same body's revision (WGC's first
and revised central-bank quarters, NBS's July and December summer-grain numbers) are conflicts, written out explicitly.
Forecasts carry their own basis tag (a forecast vs an outcome is different_basis).
Units are normalised: 斤 (jin) = 0.5 kg, so X亿斤 = X * 5e4 tonnes; 亩 (mu) = 1/15 hectare; 公斤/亩 * 15 = kg per hectare;
千瓦时 = kWh. Figures are read as written (a misprinted unit or sign is kept, with the evident reading as alt_verdict).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

g = lambda n, s: f"gold-{n:02d}-{s}.txt"
r = lambda n, s: f"grain-{n:02d}-{s}.txt"
p = lambda n, s: f"power-{n:02d}-{s}.txt"
PC, PP, T, N, HA, KH, KWH, USD, MO = "percent", "percentage_points", "tonnes", "count", "hectares", "kg / hectare", "kWh", "USD", "months"
J = lambda yi: yi * 5e4          # X亿斤 -> tonnes
MU = lambda mu: mu / 15.0        # mu -> hectares


# ================================================================ gold: World Gold Council, Gold Demand Trends 2024
group("gold_total_demand", "gold", "Total global gold demand (including OTC), full year 2024, with the 2023 and 2025 totals as look-alikes",
      "world", "total gold demand (tonnes)", "2024",
      "WGC's 2024 total: 4,974t (zawya press release, qq twice, on.cc, wanbiaoku); theprint's summary gives 4,974.5 metric tons, of which 4,974 is the rounding (rounding). wanbiaoku's 4899吨 is 2023 and etnet's 5002噸 is 2025: other years.",
      [M(g(1,"en"), 3, "record high of 4,974t", "4,974t", 4974.0, T, "y24", as_of="2024"),
       M(g(2,"en"), 5, "a record high of 4,974.5 metric tons", "4,974.5 metric tons", 4974.5, T, "y24", as_of="2024"),
       M(g(6,"hans"), 3, "需求总量达4974吨", "4974吨", 4974.0, T, "y24", as_of="2024", note="AI summary at the head of the page"),
       M(g(6,"hans"), 14, "达 4974吨", "4974吨", 4974.0, T, "y24", as_of="2024"),
       M(g(7,"hant"), 8, "達到4,974噸", "4,974噸", 4974.0, T, "y24", as_of="2024"),
       M(g(9,"hans"), 6, "全球黄金交易总量为4974吨", "4974吨", 4974.0, T, "y24", as_of="2024"),
       M(g(9,"hans"), 6, "较2023年的4899吨", "4899吨", 4899.0, T, "y23", as_of="2023"),
       M(g(10,"hant"), 7, "達到5002噸", "5002噸", 5002.0, T, "y25", as_of="2025")],
      cross((2,), (1,3,4,5,6), R))

group("gold_total_demand_growth", "gold", "YoY growth of total global gold demand, 2024 (and 2025)",
      "world", "YoY growth of total gold demand", "2024",
      "theprint (WGC): +1% in 2024; on.cc: 按年增長1.5% (which is what 4,974 over the first-published 2023 total 4,899 gives; WGC's +1% is against its revised 2023 base). Two statements of one growth rate that do not round to each other at the precision written: conflict (rounding defensible: 1.5 vs 1). etnet's 增長約1% is 2025.",
      [M(g(2,"en"), 5, "increased by 1% to a record high", "1%", 1.0, PC, "y24", as_of="2024"),
       M(g(7,"hant"), 8, "按年增長1.5%", "1.5%", 1.5, PC, "y24", as_of="2024"),
       M(g(10,"hant"), 7, "需求增長約1%", "1%", 1.0, PC, "y25", qualifier="approx", as_of="2025")],
      {(1,2):(C,R)})

group("cb_gold_annual", "gold", "Central banks' net gold purchases by year: 2024 (1,045t, 'over 1,000t'), 2022 as first published and as revised, 2023, 2025",
      "world central banks", "net gold purchases (tonnes)", "2022-2025",
      "2024: 1,045t three times; the 'over 1,000t for the third year' bounds (five pages) contain it (consistent). 2022: qq's 1136吨 (the WGC figure first published) vs bullionstar's 1082 tonnes (WGC's revised series): one quantity, two vintages of one source: conflict. 2023 1049 tonnes and 2025 863噸: other years.",
      [M(g(1,"en"), 5, "bringing the annual total for central banks to 1,045t", "1,045t", 1045.0, T, "y24", as_of="2024"),
       M(g(6,"hans"), 15, "2024年全球央行购金总量达到1045吨", "1045吨", 1045.0, T, "y24", as_of="2024"),
       M(g(7,"hant"), 10, "達1,045噸", "1,045噸", 1045.0, T, "y24", as_of="2024"),
       M(g(1,"en"), 5, "with purchases exceeding 1,000t", "1,000t", 1000.0, T, "y24", qualifier="over", as_of="2024"),
       M(g(2,"en"), 5, "purchased over 1,000 tons of gold", "1,000 tons", 1000.0, T, "y24", qualifier="over", as_of="2024"),
       M(g(6,"hans"), 15, "连续第三年购金量超过1000吨", "1000吨", 1000.0, T, "y24", qualifier="over", as_of="2024"),
       M(g(7,"hant"), 10, "購買量超過1,000噸", "1,000噸", 1000.0, T, "y24", qualifier="over", as_of="2024"),
       M(g(9,"hans"), 8, "连续第三年购金量超过1000吨", "1000吨", 1000.0, T, "y24", qualifier="over", as_of="2024"),
       M(g(3,"en"), 19, "net buying 1082 tonnes of gold", "1082 tonnes", 1082.0, T, "y22", as_of="2022", note="WGC revised series (bullionstar, Nov 2024)"),
       M(g(6,"hans"), 15, "2022年时全球央行购金1136吨", "1136吨", 1136.0, T, "y22", as_of="2022", note="WGC figure as first published"),
       M(g(3,"en"), 19, "net buying 1049 tonnes", "1049 tonnes", 1049.0, T, "y23", as_of="2023"),
       M(g(10,"hant"), 15, "去年環球央行增持黃金863噸", "863噸", 863.0, T, "y25", as_of="2025")],
      {**cross((1,2,3), (4,5,6,7,8), K), (9,10):C})

group("cb_gold_quarterly_2024", "gold", "Central banks' net gold purchases by quarter of 2024, first published and revised",
      "world central banks", "quarterly net gold purchases (tonnes)", "2024 quarters",
      "Q1 2024: 290 tonnes in WGC's Q1 report (scrapmonster; 新華社 via todaymg, headline and body) vs 305 tonnes in WGC's Q3 report (bullionstar): a revision of one source's figure: conflict. Q3 2024: 186 tonnes (Q3 2024 report) vs 199.5 tonnes (the year-earlier quarter in the Q3 2025 report, bmbusinessnews): conflict. Q2 203 and Q4 333: other quarters.",
      [M(g(4,"en"), 9, "totalled 290 tonnes during the initial quarter of 2024", "290 tonnes", 290.0, T, "q1", as_of="2024-Q1"),
       M(g(8,"hant"), 3, "淨購入黃金290噸", "290噸", 290.0, T, "q1", as_of="2024-Q1", note="headline"),
       M(g(8,"hant"), 5, "今年一季度全球央行淨購入黃金290噸", "290噸", 290.0, T, "q1", as_of="2024-Q1"),
       M(g(3,"en"), 15, "305 tonnes of gold in Q1", "305 tonnes", 305.0, T, "q1", as_of="2024-Q1", note="revised (Q3 2024 report)"),
       M(g(3,"en"), 15, "203 tonnes in Q2", "203 tonnes", 203.0, T, "q2", as_of="2024-Q2"),
       M(g(3,"en"), 15, "186 tonnes in Q3", "186 tonnes", 186.0, T, "q3", as_of="2024-Q3"),
       M(g(5,"en"), 3, "the 199.5 tonnes bought in the identical interval", "199.5 tonnes", 199.5, T, "q3", as_of="2024-Q3", note="year-earlier quarter in the Q3 2025 report"),
       M(g(1,"en"), 5, "reaching 333t", "333t", 333.0, T, "q4", as_of="2024-Q4")],
      {**cross((1,2,3), (4,), C), (6,7):C})

group("cb_gold_ytd", "gold", "Central banks' net gold purchases in the first nine months: 2024 (two vintages), 2022, 2023, 2025",
      "world central banks", "net gold purchases January-September (tonnes)", "Jan-Sep",
      "January-September 2024: 694 tonnes (Q3 2024 report, bullionstar) vs 724 tonnes (Q3 2025 report, bmbusinessnews): conflict (a revision). 833 (2023), 700 (2022), 634 (2025): other years.",
      [M(g(3,"en"), 15, "added a net 694 tonnes", "694 tonnes", 694.0, T, "js24", as_of="2024-01..2024-09"),
       M(g(5,"en"), 5, "724 tonnes purchased within the first three quarters of 2024", "724 tonnes", 724.0, T, "js24", as_of="2024-01..2024-09", note="revised"),
       M(g(3,"en"), 17, "added a net 833 tonnes", "833 tonnes", 833.0, T, "js23", as_of="2023-01..2023-09"),
       M(g(3,"en"), 17, "bought a combined 700 tonnes", "700 tonnes", 700.0, T, "js22", as_of="2022-01..2022-09"),
       M(g(5,"en"), 5, "central banks have added 634 tonnes", "634 tonnes", 634.0, T, "js25", as_of="2025-01..2025-09")],
      {(1,2):C})

group("cb_gold_growth_quarter", "gold", "YoY growth of central banks' quarterly gold purchases: Q1 2024 and Q3 2025",
      "world central banks", "YoY growth of quarterly net purchases", "quarters",
      "Q1 2024 同比增長1% (headline and body): consistent. Q3 2025 +10%: another quarter.",
      [M(g(8,"hant"), 3, "同比增長1%", "1%", 1.0, PC, "q1", as_of="2024-Q1", note="headline"),
       M(g(8,"hant"), 5, "同比增長1%", "1%", 1.0, PC, "q1", as_of="2024-Q1"),
       M(g(5,"en"), 3, "climbed 10% year-on-year", "10%", 10.0, PC, "q3_25", as_of="2025-Q3")])

group("gold_q1_2024_total", "gold", "Global gold demand in Q1 2024, excluding and including OTC",
      "world", "quarterly gold demand (tonnes)", "2024-Q1",
      "1102噸 excludes OTC, 1238噸 includes OTC and other sources: two scopes stated side by side (different_basis).",
      [M(g(8,"hant"), 7, "達1102噸", "1102噸", 1102.0, T, "ex_otc", as_of="2024-Q1"),
       M(g(8,"hant"), 7, "達到1238噸", "1238噸", 1238.0, T, "incl_otc", as_of="2024-Q1")])

group("gold_q1_2024_total_growth", "gold", "YoY change of global gold demand in Q1 2024, excluding and including OTC",
      "world", "YoY change of quarterly gold demand", "2024-Q1",
      "-5% excluding OTC vs +3% including OTC: two scopes (different_basis).",
      [M(g(8,"hant"), 7, "同比減少5%", "5%", -5.0, PC, "ex_otc", as_of="2024-Q1"),
       M(g(8,"hant"), 7, "總需求同比增長3%", "3%", 3.0, PC, "incl_otc", as_of="2024-Q1")])

group("gold_investment", "gold", "Global gold investment demand: 2024 (and 2025)",
      "world", "gold investment demand (tonnes)", "2024",
      "1,180t / 1,180噸 / 1180吨: consistent. 2175噸 is 2025.",
      [M(g(1,"en"), 7, "to 1,180t", "1,180t", 1180.0, T, "y24", as_of="2024"),
       M(g(7,"hant"), 12, "至1,180噸", "1,180噸", 1180.0, T, "y24", as_of="2024"),
       M(g(9,"hans"), 14, "达到了1180吨", "1180吨", 1180.0, T, "y24", as_of="2024"),
       M(g(10,"hant"), 19, "至2175噸", "2175噸", 2175.0, T, "y25", as_of="2025")])

group("gold_investment_growth", "gold", "YoY growth of global gold investment demand: 2024 (and 2025)",
      "world", "YoY growth of gold investment", "2024",
      "+25% three times: consistent. +84% is 2025.",
      [M(g(1,"en"), 7, "increased 25% year-on-year", "25%", 25.0, PC, "y24", as_of="2024"),
       M(g(7,"hant"), 12, "總投資增長25%", "25%", 25.0, PC, "y24", as_of="2024"),
       M(g(9,"hans"), 14, "总体投资增长了25%", "25%", 25.0, PC, "y24", as_of="2024"),
       M(g(10,"hant"), 19, "總需求急升84%", "84%", 84.0, PC, "y25", as_of="2025")])

group("gold_bar_coin", "gold", "Global bar and coin demand: 2024, Q1 2024, 2025",
      "world", "bar and coin demand (tonnes)", "2024",
      "1,186t = 1186吨 (2024): consistent. 312.3噸 (Q1 2024) and 1374噸 (2025): other periods.",
      [M(g(1,"en"), 7, "at 1,186t in 2024", "1,186t", 1186.0, T, "y24", as_of="2024"),
       M(g(6,"hans"), 6, "为1186吨", "1186吨", 1186.0, T, "y24", as_of="2024"),
       M(g(8,"hant"), 9, "金條和金幣需求爲312.3噸", "312.3噸", 312.3, T, "q1", as_of="2024-Q1"),
       M(g(10,"hant"), 11, "至1374噸", "1374噸", 1374.0, T, "y25", as_of="2025")])

group("gold_jewellery", "gold", "Global jewellery consumption: 2024 and Q1 2024",
      "world", "jewellery consumption (tonnes)", "2024",
      "1,877t = 1877吨 (2024): consistent. 479噸 is Q1 2024.",
      [M(g(1,"en"), 9, "to 1,877t", "1,877t", 1877.0, T, "y24", as_of="2024"),
       M(g(6,"hans"), 5, "至1877吨", "1877吨", 1877.0, T, "y24", as_of="2024"),
       M(g(8,"hant"), 9, "金飾消費需求爲479噸", "479噸", 479.0, T, "q1", as_of="2024-Q1")])

group("gold_jewellery_growth", "gold", "YoY change of jewellery demand: world 2024, Q1 2024, 2025; India 2024",
      "world", "YoY change of jewellery demand", "2024",
      "World 2024 -11% three times: consistent. Q1 2024 -2% (world) and India's 2024 -2% (another scope) are the same number for different quantities; 2025 -18%: different_basis.",
      [M(g(1,"en"), 9, "decreasing by 11%", "11%", -11.0, PC, "y24", as_of="2024"),
       M(g(6,"hans"), 5, "金饰消费量下降11%", "11%", -11.0, PC, "y24", as_of="2024"),
       M(g(7,"hant"), 13, "需求量較去年同期下跌11%", "11%", -11.0, PC, "y24", as_of="2024"),
       M(g(8,"hant"), 9, "同比下跌2%", "2%", -2.0, PC, "q1", as_of="2024-Q1"),
       M(g(10,"hant"), 11, "金飾需求跌18%", "18%", -18.0, PC, "y25", as_of="2025"),
       M(g(1,"en"), 9, "dropping just 2% in 2024", "2%", -2.0, PC, "india24", as_of="2024", note="India")])

group("china_jewellery_growth", "gold", "YoY change of China's gold jewellery demand: 2024 vs 2025",
      "China", "YoY change of jewellery demand", "2024 / 2025",
      "-24% in 2024 (WGC) and 中國購買量跌24% in 2025: the same number for two years (different_basis).",
      [M(g(1,"en"), 9, "China (down 24% year-on-year)", "24%", -24.0, PC, "y24", as_of="2024"),
       M(g(10,"hant"), 11, "中國購買量跌24%", "24%", -24.0, PC, "y25", as_of="2025")])

group("gold_technology", "gold", "Gold used in technology: 2024, Q4 2024, Q1 2024",
      "world", "technology gold demand (tonnes)", "2024",
      "326t (year), 84t (Q4), 79噸 (Q1): different periods.",
      [M(g(1,"en"), 11, "netting at 326t", "326t", 326.0, T, "y24", as_of="2024"),
       M(g(1,"en"), 11, "demand reaching 84t", "84t", 84.0, T, "q4", as_of="2024-Q4"),
       M(g(8,"hant"), 9, "科技用金需求增至79噸", "79噸", 79.0, T, "q1", as_of="2024-Q1")])

group("gold_technology_growth", "gold", "YoY growth of technology gold demand: 2024 vs Q1 2024",
      "world", "YoY growth of technology demand", "2024",
      "+7% (2024) vs 同比增長10% (Q1 2024): different periods.",
      [M(g(1,"en"), 11, "a 7% year-on-year increase", "7%", 7.0, PC, "y24", as_of="2024"),
       M(g(8,"hant"), 9, "同比增長10%", "10%", 10.0, PC, "q1", as_of="2024-Q1")])

group("gold_demand_value", "gold", "Total value of gold demand, 2024",
      "world", "value of gold demand (USD)", "2024", "$382bn = 3820亿美元: consistent.",
      [M(g(1,"en"), 3, "total value of demand at $382bn", "$382bn", 382e9, USD, "y24", as_of="2024"),
       M(g(6,"hans"), 14, "3820亿美元", "3820亿美元", 382e9, USD, "y24", as_of="2024")])

group("poland_gold_2024", "gold", "National Bank of Poland's gold purchases, 2024",
      "National Bank of Poland", "net gold purchases (tonnes)", "2024", "90噸 = 90吨: consistent.",
      [M(g(7,"hant"), 11, "去年增90噸黃金儲備", "90噸", 90.0, T, "y24", as_of="2024"),
       M(g(9,"hans"), 8, "增加了90吨黄金储备", "90吨", 90.0, T, "y24", as_of="2024")])

group("turkey_gold_2024", "gold", "Central Bank of Turkey's gold purchases, 2024",
      "Central Bank of the Republic of Türkiye", "net gold purchases (tonnes)", "2024", "75噸 = 75吨: consistent.",
      [M(g(7,"hant"), 11, "則增75噸黃金儲備", "75噸", 75.0, T, "y24", as_of="2024"),
       M(g(9,"hans"), 11, "黄金储备增加了75吨", "75吨", 75.0, T, "y24", as_of="2024")])

group("pboc_gold_share", "gold", "Gold's share of the People's Bank of China's reserves: Q1 2024 vs October 2022",
      "People's Bank of China", "gold share of total reserves", "2024-Q1 / 2022-10",
      "4.6% (twice, Q1 2024) and 3.2% (twice, October 2022): each restated once (consistent), the two dates different_basis.",
      [M(g(4,"en"), 5, "increased to 4.6%", "4.6%", 4.6, PC, "q1_24", as_of="2024-03"),
       M(g(4,"en"), 17, "increased to 4.6%", "4.6%", 4.6, PC, "q1_24", as_of="2024-03"),
       M(g(4,"en"), 5, "compared with 3.2% share", "3.2%", 3.2, PC, "oct22", as_of="2022-10"),
       M(g(4,"en"), 17, "compared with 3.2% share", "3.2%", 3.2, PC, "oct22", as_of="2022-10")])

group("pboc_buying_streak", "gold", "Length of the People's Bank of China's run of monthly gold purchases",
      "People's Bank of China", "consecutive months of gold purchases", "to 2024-03 / to 2024-04",
      "'the 17th straight month' counts to March 2024 (Q1 report); 连续18个月 (2022年11月至2024年4月) is the whole run to April 2024: different end dates (different_basis). qq states 18 twice (consistent).",
      [M(g(4,"en"), 17, "This is the 17th straight month", "17th", 17.0, MO, "to_mar24", as_of="2022-11..2024-03"),
       M(g(6,"hans"), 4, "中国央行连续18个月增持黄金", "18个月", 18.0, MO, "to_apr24", as_of="2022-11..2024-04", note="AI summary"),
       M(g(6,"hans"), 16, "中国央行连续18个月", "18个月", 18.0, MO, "to_apr24", as_of="2022-11..2024-04")])

# ================================================================ grain: China's grain output, 2024 (NBS), with 2025 and forecasts
YG = J(14130)  # 2024 grain output in tonnes (706.5 million)
group("cn_grain_output_2024", "grain", "China's total grain output, 2024 (NBS, December 2024), with the MARA forecast and 2025 as look-alikes",
      "China", "grain output (tonnes)", "2024",
      "70650万吨 = 14130亿斤 = 1.413 trillion jin = 706.5 million tons (consistent); the table's 70649.9 (万吨) is the unrounded figure (rounding). Bounds 突破/迈上1.4万亿斤, 'exceeded the 700-million-ton threshold', 'surpassed 700 mmt' contain 706.5 (consistent). bg3's headline 1.413億噸 (141.3 million tonnes) puts 億噸 where the figure is 1.413万亿斤: as written a conflict with every 2024 figure, its own body included. MARA's October projection (700 million, 'expected to exceed 700 mln') is a forecast: different_basis. 2025: 7億1488萬噸 (twice) and its 斤 form 1兆4,298億斤 (= 71490萬噸, a rounding).",
      [M(r(1,"hans"), 16, "全国粮食总产量70650万吨", "70650万吨", YG, T, "y24", as_of="2024"),
       M(r(1,"hans"), 16, "(14130亿斤)", "14130亿斤", YG, T, "y24", as_of="2024"),
       M(r(1,"hans"), 43, "70649. 9", "70649. 9", 706.499e6, T, "y24", as_of="2024", note="table, 万吨; the page's own space after the point"),
       M(r(2,"hans"), 16, "2024年中国粮食总产量14130亿斤", "14130亿斤", YG, T, "y24", as_of="2024"),
       M(r(2,"hans"), 6, "年产量首次突破1.4万亿斤", "1.4万亿斤", J(14000), T, "y24", qualifier="over", as_of="2024", note="headline"),
       M(r(2,"hans"), 14, "年产量首次突破1.4万亿斤", "1.4万亿斤", J(14000), T, "y24", qualifier="over", as_of="2024", note="headline repeated"),
       M(r(2,"hans"), 16, "首次迈上1.4万亿斤新台阶", "1.4万亿斤", J(14000), T, "y24", qualifier="at_least", as_of="2024"),
       M(r(3,"hant"), 3, "糧食總產量達1.413億噸", "1.413億噸", 141.3e6, T, "y24", as_of="2024", note="headline; 億噸 for 万亿斤"),
       M(r(3,"hant"), 5, "全年糧食總產量14130.0億斤", "14130.0億斤", YG, T, "y24", as_of="2024"),
       M(r(4,"hant"), 5, "2024年全國糧食總產量14130億斤", "14130億斤", YG, T, "y24", as_of="2024"),
       M(r(4,"hant"), 5, "初次邁上1。4萬億斤新臺階", "1。4萬億斤", J(14000), T, "y24", qualifier="at_least", as_of="2024", note="the page writes 。 for the decimal point"),
       M(r(5,"en"), 3, "surpassing 1.4 trillion jin", "1.4 trillion jin", J(14000), T, "y24", qualifier="over", as_of="2024"),
       M(r(5,"en"), 3, "(706.5 million tons)", "706.5 million tons", YG, T, "y24", as_of="2024"),
       M(r(5,"en"), 4, "total grain production reached 1.413 trillion jin", "1.413 trillion jin", YG, T, "y24", as_of="2024"),
       M(r(5,"en"), 4, "exceeded the 700-million-ton threshold", "700-million-ton", 700e6, T, "y24", qualifier="over", as_of="2024"),
       M(r(6,"en"), 7, "to 706.5 million metric tons", "706.5 million metric tons", YG, T, "y24", as_of="2024"),
       M(r(6,"en"), 7, "surpassed 700 mmt for the first time", "700 mmt", 700e6, T, "y24", qualifier="over", as_of="2024"),
       M(r(9,"en"), 3, "expected to exceed 700 mln tonnes", "700 mln tonnes", 700e6, T, "f24", qualifier="over", as_of="2024 forecast (MARA, October 2024)", note="headline"),
       M(r(9,"en"), 6, "record high of 700 million tonnes this year", "700 million tonnes", 700e6, T, "f24", as_of="2024 forecast (MARA, October 2024)"),
       M(r(10,"hant"), 6, "糧食產量預計為7億1488萬噸", "7億1488萬噸", 714.88e6, T, "y25", as_of="2025"),
       M(r(10,"hant"), 14, "全中國糧食總產量7億1488萬噸", "7億1488萬噸", 714.88e6, T, "y25", as_of="2025"),
       M(r(10,"hant"), 14, "（1兆4,298億斤", "1兆4,298億斤", J(14298), T, "y25", as_of="2025")],
      {**cross((1,2,4,9,10,13,14,16), (3,), R),
       **cross((1,2,3,4,9,10,13,14,16), (5,6,7,11,12,15,17), K), **among((5,6,7,11,12,15,17), K),
       **cross((1,2,3,4,5,6,7,9,10,11,12,13,14,15,16,17), (8,), C),
       (20,22):R, (21,22):R})

group("cn_grain_output_growth_2024", "grain", "YoY growth of China's grain output, 2024 (and 2025)",
      "China", "YoY growth of grain output", "2024",
      "NBS +1.6% (announcement, 人民网, 觀點網 headline and body, ecns): consistent. The dimsums blog's 'Production rose 1.3 percent to 706.5 million metric tons' disagrees (1.3% is the yield growth in the same paragraph): conflict. 2025: +1.2% three times.",
      [M(r(1,"hans"), 16, "(222亿斤),增长1.6%", "1.6%", 1.6, PC, "y24", as_of="2024"),
       M(r(2,"hans"), 16, "增长1.6%", "1.6%", 1.6, PC, "y24", as_of="2024"),
       M(r(3,"hant"), 3, "同比增長1.6%", "1.6%", 1.6, PC, "y24", as_of="2024", note="headline"),
       M(r(3,"hant"), 5, "增長1.6%", "1.6%", 1.6, PC, "y24", as_of="2024"),
       M(r(5,"en"), 4, "rising by 1.6 percent year-on-year", "1.6 percent", 1.6, PC, "y24", as_of="2024"),
       M(r(6,"en"), 7, "Production rose 1.3 percent", "1.3 percent", 1.3, PC, "y24", as_of="2024", note="blog"),
       M(r(10,"hant"), 6, "較去年增長1.2%", "1.2%", 1.2, PC, "y25", as_of="2025"),
       M(r(10,"hant"), 8, "達到1.2%的增長比率", "1.2%", 1.2, PC, "y25", as_of="2025"),
       M(r(10,"hant"), 14, "（168億斤），增長1.2%", "1.2%", 1.2, PC, "y25", as_of="2025")],
      cross((1,2,3,4,5), (6,), C))

group("cn_grain_output_increase_2024", "grain", "Year-on-year increase of China's grain output in tonnes, 2024 (and 2025)",
      "China", "YoY increase of grain output (tonnes)", "2024",
      "1109万吨 = 221.8亿斤 (人民网, 觀點網, the spun page's 221。8億斤, ecns' equivalent): consistent; the announcement's (222亿斤) and the blog's 11.1-mmt are roundings of it. 2025: 838萬噸 and its (168億斤) rounding.",
      [M(r(1,"hans"), 16, "比2023年增加1109万吨", "1109万吨", 11.09e6, T, "y24", as_of="2024"),
       M(r(1,"hans"), 16, "(222亿斤)", "222亿斤", J(222), T, "y24", as_of="2024"),
       M(r(2,"hans"), 16, "比上年增加221.8亿斤", "221.8亿斤", J(221.8), T, "y24", as_of="2024"),
       M(r(3,"hant"), 5, "比上年增加221.8億斤", "221.8億斤", J(221.8), T, "y24", as_of="2024"),
       M(r(4,"hant"), 5, "比上年添加221。8億斤", "221。8億斤", J(221.8), T, "y24", as_of="2024", note="。 for the decimal point"),
       M(r(6,"en"), 9, "the 11.1-mmt increase in grain output", "11.1-mmt", 11.1e6, T, "y24", as_of="2024"),
       M(r(10,"hant"), 8, "比去年增加838萬噸", "838萬噸", 8.38e6, T, "y25", as_of="2025"),
       M(r(10,"hant"), 14, "比2024年增加838萬噸", "838萬噸", 8.38e6, T, "y25", as_of="2025"),
       M(r(10,"hant"), 14, "（168億斤）", "168億斤", J(168), T, "y25", as_of="2025")],
      {**cross((1,3,4,5), (2,6), R), (2,6):R, (7,9):R, (8,9):R})

SG_JUL, SG_DEC = 149.78e6, 149.89e6
group("cn_summer_grain_2024", "grain", "China's summer grain output, 2024: NBS July release vs NBS December figure (revised after actual wheat yields in Gansu, Ningxia, Xinjiang)",
      "China", "summer grain output (tonnes)", "2024",
      "July: 14978萬噸 = 149.78 million tonnes (Xinhua English, wam-like restatement in MARA's October briefing), with 2996億斤 its rounding (headline and body). December: 2997.8亿斤 = 299.78 billion jin = table 14989.0 (万吨). One body's preliminary and revised figure for one quantity: conflict for every July/December pair.",
      [M(r(7,"en"), 9, "summer grain output totaled 149.78 million tonnes", "149.78 million tonnes", SG_JUL, T, "y24", as_of="2024", note="NBS, July 2024"),
       M(r(8,"hant"), 3, "總產量達2996億斤", "2996億斤", J(2996), T, "y24", as_of="2024", note="headline, July"),
       M(r(8,"hant"), 5, "夏糧總產量14978萬噸", "14978萬噸", SG_JUL, T, "y24", as_of="2024", note="July"),
       M(r(8,"hant"), 5, "(2996億斤)", "2996億斤", J(2996), T, "y24", as_of="2024", note="July"),
       M(r(9,"en"), 10, "summer grain output totaling 149.78 million tonnes", "149.78 million tonnes", SG_JUL, T, "y24", as_of="2024", note="MARA, October, quoting the July figure"),
       M(r(1,"hans"), 60, "14989. 0", "14989. 0", SG_DEC, T, "y24", as_of="2024", note="December table, 万吨"),
       M(r(2,"hans"), 22, "中国夏粮产量2997.8亿斤", "2997.8亿斤", J(2997.8), T, "y24", as_of="2024", note="December"),
       M(r(3,"hant"), 5, "全國夏糧產量2997.8億斤", "2997.8億斤", J(2997.8), T, "y24", as_of="2024", note="December"),
       M(r(5,"en"), 5, "The summer grain harvest totaled 299.78 billion jin", "299.78 billion jin", J(2997.8), T, "y24", as_of="2024", note="December")],
      {**cross((1,3,5), (2,4), R), **cross((1,2,3,4,5), (6,7,8,9), C), **cross((6,), (7,8,9), K)})

group("cn_summer_grain_increase_2024", "grain", "YoY increase of China's summer grain output, 2024: July vs December",
      "China", "YoY increase of summer grain output (tonnes)", "2024",
      "July: 362.7萬噸 (72.5億斤), 'nearly 3.63 million tonnes' (Xinhua), 'about 3.63 million tonnes' (MARA): consistent/rounding. December: 增加74.8亿斤 = 3.74 million tonnes (人民网, 觀點網, ecns 7.48 billion jin): consistent. July vs December: conflict (revision).",
      [M(r(7,"en"), 9, "nearly 3.63 million tonnes", "3.63 million tonnes", 3.63e6, T, "y24", qualifier="under", as_of="2024", note="July"),
       M(r(8,"hant"), 5, "比上年增加362.7萬噸", "362.7萬噸", 3.627e6, T, "y24", as_of="2024", note="July"),
       M(r(8,"hant"), 5, "(72.5億斤)", "72.5億斤", J(72.5), T, "y24", as_of="2024", note="July"),
       M(r(9,"en"), 10, "up about 3.63 million tonnes", "3.63 million tonnes", 3.63e6, T, "y24", qualifier="approx", as_of="2024", note="MARA quoting July"),
       M(r(2,"hans"), 22, "比上年增加74.8亿斤", "74.8亿斤", J(74.8), T, "y24", as_of="2024", note="December"),
       M(r(3,"hant"), 5, "比上年增加74.8億斤", "74.8億斤", J(74.8), T, "y24", as_of="2024", note="December"),
       M(r(5,"en"), 5, "an increase of 7.48 billion jin", "7.48 billion jin", J(74.8), T, "y24", as_of="2024", note="December")],
      {**among((1,2,3,4), R), (1,2):(K,R), (1,4):K, **cross((1,2,3,4), (5,6,7), C)})

group("cn_summer_grain_growth_2024", "grain", "YoY growth of China's summer grain output, 2024 (July release)",
      "China", "YoY growth of summer grain output", "2024", "'up 2.5 percent' = 增長2.5%: consistent.",
      [M(r(7,"en"), 9, "up 2.5 percent or nearly", "2.5 percent", 2.5, PC, "y24", as_of="2024"),
       M(r(8,"hant"), 5, "(72.5億斤),增長2.5%", "2.5%", 2.5, PC, "y24", as_of="2024")])

group("cn_summer_grain_area_2024", "grain", "China's summer grain sown area, 2024",
      "China", "summer grain sown area (hectares)", "2024",
      "26.613 million hectares = 26613千公頃 = (39920萬畝): consistent; the December table's 26613.1 is the unrounded figure (rounding).",
      [M(r(7,"en"), 11, "rose to 26.613 million hectares", "26.613 million hectares", 26.613e6, HA, "y24", as_of="2024"),
       M(r(8,"hant"), 9, "夏糧播種面積26613千公頃", "26613千公頃", 26.613e6, HA, "y24", as_of="2024"),
       M(r(8,"hant"), 9, "(39920萬畝)", "39920萬畝", 26.613e6, HA, "y24", as_of="2024", note="39920萬畝 / 15 = 26.613 million ha"),
       M(r(1,"hans"), 58, "26613. 1", "26613. 1", 26.6131e6, HA, "y24", as_of="2024", note="table, 千公顷")],
      cross((1,2,3), (4,), R))

group("cn_summer_grain_yield_2024", "grain", "China's summer grain yield per hectare, 2024: July vs December",
      "China", "summer grain yield (kg per hectare)", "2024",
      "July: 5,628 kg = 5628.0公斤/公頃 = (375.2公斤/畝): consistent. December table: 5632.2 (公斤/公顷), revised with the output: conflict with the July figure.",
      [M(r(7,"en"), 13, "reached 5,628 kilograms", "5,628 kilograms", 5628.0, KH, "y24", as_of="2024", note="July"),
       M(r(8,"hant"), 9, "單位面積產量5628.0公斤/公頃", "5628.0公斤/公頃", 5628.0, KH, "y24", as_of="2024", note="July"),
       M(r(8,"hant"), 9, "(375.2公斤/畝)", "375.2公斤/畝", 5628.0, KH, "y24", as_of="2024", note="375.2 * 15"),
       M(r(1,"hans"), 62, "5632. 2", "5632. 2", 5632.2, KH, "y24", as_of="2024", note="December table")],
      cross((1,2,3), (4,), C))

group("cn_early_rice_2024", "grain", "China's early rice output, 2024",
      "China", "early rice output (tonnes)", "2024",
      "563.5亿斤 (人民网, 觀點網) = 28.175 million t; table 2817.4 (万吨): rounding; MARA's 'around 28.2 million tonnes': rounding.",
      [M(r(2,"hans"), 22, "早稻产量563.5亿斤", "563.5亿斤", J(563.5), T, "y24", as_of="2024"),
       M(r(3,"hant"), 5, "早稻產量563.5億斤", "563.5億斤", J(563.5), T, "y24", as_of="2024"),
       M(r(1,"hans"), 68, "2817. 4", "2817. 4", 28.174e6, T, "y24", as_of="2024", note="table, 万吨"),
       M(r(9,"en"), 10, "at around 28.2 million tonnes", "28.2 million tonnes", 28.2e6, T, "y24", qualifier="approx", as_of="2024", note="MARA, October")],
      {**cross((1,2), (3,4), R), (3,4):R})

group("cn_early_rice_change_2024", "grain", "YoY change of China's early rice output, 2024",
      "China", "YoY change of early rice output (tonnes)", "2024",
      "NBS: 略减3.3亿斤 = -165,000 t (人民网, 觀點網): consistent. The dimsums blog: 'fell 600,000 metric tons': conflict.",
      [M(r(2,"hans"), 22, "比上年略减3.3亿斤", "3.3亿斤", -J(3.3), T, "y24", as_of="2024"),
       M(r(3,"hant"), 5, "比上年略減3.3億斤", "3.3億斤", -J(3.3), T, "y24", as_of="2024"),
       M(r(6,"en"), 9, "early-season rice fell 600,000 metric tons", "600,000 metric tons", -600e3, T, "y24", as_of="2024", note="blog")],
      cross((1,2), (3,), C))

YA = J(10568.7)
group("cn_autumn_grain_2024", "grain", "China's autumn grain output, 2024",
      "China", "autumn grain output (tonnes)", "2024",
      "10568.7亿斤 (人民网, 觀點網, the spun page's 10568。7億斤) = 1.05687 trillion jin (ecns): consistent; the table's 52843.4 (万吨) is 1,000 t off the converted 52843.5: rounding.",
      [M(r(2,"hans"), 22, "全国秋粮产量10568.7亿斤", "10568.7亿斤", YA, T, "y24", as_of="2024"),
       M(r(3,"hant"), 5, "全國秋糧產量10568.7億斤", "10568.7億斤", YA, T, "y24", as_of="2024"),
       M(r(4,"hant"), 7, "全國秋糧產量10568。7億斤", "10568。7億斤", YA, T, "y24", as_of="2024", note="。 for the decimal point"),
       M(r(5,"en"), 7, "autumn grain production amounted to 1.05687 trillion jin", "1.05687 trillion jin", YA, T, "y24", as_of="2024"),
       M(r(1,"hans"), 76, "52843. 4", "52843. 4", 528.434e6, T, "y24", as_of="2024", note="table, 万吨")],
      cross((1,2,3,4), (5,), R))

group("cn_autumn_grain_increase_2024", "grain", "YoY increase of China's autumn grain output, 2024",
      "China", "YoY increase of autumn grain output (tonnes)", "2024",
      "150.3亿斤 (three Chinese pages, one with 。) = 15.03 billion jin: consistent.",
      [M(r(2,"hans"), 22, "比上年增加150.3亿斤", "150.3亿斤", J(150.3), T, "y24", as_of="2024"),
       M(r(3,"hant"), 5, "比上年增加150.3億斤", "150.3億斤", J(150.3), T, "y24", as_of="2024"),
       M(r(4,"hant"), 7, "比上年添加150。3億斤", "150。3億斤", J(150.3), T, "y24", as_of="2024"),
       M(r(5,"en"), 7, "increase of 15.03 billion jin", "15.03 billion jin", J(150.3), T, "y24", as_of="2024")])

group("cn_autumn_grain_growth_2024", "grain", "YoY growth of China's autumn grain output, 2024",
      "China", "YoY growth of autumn grain output", "2024",
      "增长1.4% (three Chinese pages; the spun page writes 增加1。4%) = 'a 1.4-percent increase': consistent.",
      [M(r(2,"hans"), 22, "增长1.4%", "1.4%", 1.4, PC, "y24", as_of="2024"),
       M(r(3,"hant"), 5, "增長1.4%", "1.4%", 1.4, PC, "y24", as_of="2024"),
       M(r(4,"hant"), 7, "增加1。4%", "1。4%", 1.4, PC, "y24", as_of="2024"),
       M(r(5,"en"), 7, "a 1.4-percent increase", "1.4-percent", 1.4, PC, "y24", as_of="2024")])

group("cn_grain_area_2024", "grain", "China's grain sown area, 2024 (and 2025)",
      "China", "grain sown area (hectares)", "2024",
      "119319千公顷 = (178979万亩): consistent; the table's 119319.1 is the unrounded figure, 17.90亿亩 and ecns' 1.79 billion mu (approximately 119.3 million hectares) are roundings (rounding). 2025: 1億1,940.9萬公頃 (17億9,113萬畝): another year.",
      [M(r(1,"hans"), 12, "全国粮食播种面积119319千公顷", "119319千公顷", 119.319e6, HA, "y24", as_of="2024"),
       M(r(1,"hans"), 12, "(178979万亩)", "178979万亩", 119.319e6, HA, "y24", as_of="2024", note="178979万亩 / 15"),
       M(r(1,"hans"), 41, "119319. 1", "119319. 1", 119.3191e6, HA, "y24", as_of="2024", note="table, 千公顷"),
       M(r(2,"hans"), 18, "中国粮食播种面积17.90亿亩", "17.90亿亩", MU(17.90e8), HA, "y24", as_of="2024"),
       M(r(5,"en"), 7, "rising to 1.79 billion mu", "1.79 billion mu", MU(17.9e8), HA, "y24", as_of="2024"),
       M(r(5,"en"), 7, "(approximately 119.3 million hectares)", "119.3 million hectares", 119.3e6, HA, "y24", qualifier="approx", as_of="2024"),
       M(r(10,"hant"), 10, "糧食播種面積1億1,940.9萬公頃", "1億1,940.9萬公頃", 119.409e6, HA, "y25", as_of="2025"),
       M(r(10,"hant"), 10, "（17億9,113萬畝）", "17億9,113萬畝", MU(17.9113e8), HA, "y25", as_of="2025")],
      {**cross((1,2), (3,4,5,6), R), **cross((3,), (4,5,6), R), (4,6):R, (5,6):R, (7,8):R})

group("cn_grain_area_increase_2024", "grain", "YoY increase of China's grain sown area, 2024 (and 2025)",
      "China", "YoY increase of grain sown area (hectares)", "2024",
      "351千公顷 vs (526万亩) = 350,667 ha vs 525.8万亩 = 5.258 million mu = 350,533 ha: all one figure at different roundings (rounding; 525.8万亩 = 5.258 million mu consistent). 2025: 9萬公頃.",
      [M(r(1,"hans"), 12, "比2023年增加351千公顷", "351千公顷", 351e3, HA, "y24", as_of="2024"),
       M(r(1,"hans"), 12, "(526万亩)", "526万亩", MU(526e4), HA, "y24", as_of="2024"),
       M(r(2,"hans"), 18, "比上年增加525.8万亩", "525.8万亩", MU(525.8e4), HA, "y24", as_of="2024"),
       M(r(5,"en"), 7, "increasing by 5.258 million mu", "5.258 million mu", MU(525.8e4), HA, "y24", as_of="2024"),
       M(r(10,"hant"), 10, "比2024年增加9萬公頃", "9萬公頃", 90e3, HA, "y25", as_of="2025")],
      {**cross((1,2), (3,4), R), (1,2):R})

group("cn_grain_area_growth", "grain", "YoY growth of China's grain sown area, 2024 and 2025",
      "China", "YoY growth of grain sown area", "2024",
      "+0.3% (announcement, 人民网, blog): consistent; 2025 +0.1%: another year.",
      [M(r(1,"hans"), 12, "(526万亩),增长0.3%", "0.3%", 0.3, PC, "y24", as_of="2024"),
       M(r(2,"hans"), 18, "增长0.3%", "0.3%", 0.3, PC, "y24", as_of="2024"),
       M(r(6,"en"), 7, "increased by 0.3%", "0.3%", 0.3, PC, "y24", as_of="2024"),
       M(r(10,"hant"), 10, "（135萬畝），增長0.1%", "0.1%", 0.1, PC, "y25", as_of="2025")])

group("cn_cereal_area", "grain", "China's cereal (谷物) sown area, 2024 and 2025",
      "China", "cereal sown area (hectares)", "2024 / 2025",
      "2024: 100458千公顷 = (150687万亩) = table 100458.0 (consistent); 15.07亿亩 is a rounding. 2025: 1億61.9萬公頃 (15億928萬畝). uanalyze's '全國穀物播種面積…至1.194億公頃' for the same year (2025 by its other figures) is the whole grain area (1億1,940.9萬公頃) under the cereal label: as written a conflict with 1億61.9萬公頃 (different_basis on the evident reading).",
      [M(r(1,"hans"), 12, "谷物[1]播种面积100458千公顷", "100458千公顷", 100.458e6, HA, "y24", as_of="2024"),
       M(r(1,"hans"), 12, "(150687万亩)", "150687万亩", MU(150687e4), HA, "y24", as_of="2024"),
       M(r(1,"hans"), 91, "100458. 0", "100458. 0", 100.458e6, HA, "y24", as_of="2024", note="table"),
       M(r(2,"hans"), 18, "全国谷物播种面积15.07亿亩", "15.07亿亩", MU(15.07e8), HA, "y24", as_of="2024"),
       M(r(10,"hant"), 10, "穀物播種面積1億61.9萬公頃", "1億61.9萬公頃", 100.619e6, HA, "y25", as_of="2025"),
       M(r(10,"hant"), 10, "（15億928萬畝）", "15億928萬畝", MU(15.0928e8), HA, "y25", as_of="2025"),
       M(r(11,"hant"), 3, "至1.194億公頃", "1.194億公頃", 119.4e6, HA, "y25", as_of="2025 (the page's 今年)", note="labelled 穀物; the grain-area figure")],
      {(1,2):K, (1,3):K, (2,3):K, **cross((1,2,3), (4,), R), (5,6):R, (5,7):(C,D), (6,7):(C,D)})

group("cn_cereal_area_growth", "grain", "YoY growth of China's cereal sown area, 2024 and 2025",
      "China", "YoY growth of cereal sown area", "2024 / 2025",
      "2024 +0.5% (announcement, 人民网): consistent. 2025 +0.2% (worldjournal) vs uanalyze's 穀物播種面積僅年增 0.1% (the grain-area growth under the cereal label): conflict as written, different_basis on the evident reading.",
      [M(r(1,"hans"), 12, "(797万亩),增长0.5%", "0.5%", 0.5, PC, "y24", as_of="2024"),
       M(r(2,"hans"), 18, "增长0.5%", "0.5%", 0.5, PC, "y24", as_of="2024"),
       M(r(10,"hant"), 10, "（241萬畝），增長0.2%", "0.2%", 0.2, PC, "y25", as_of="2025"),
       M(r(11,"hant"), 3, "僅年增 0.1%", "0.1%", 0.1, PC, "y25", as_of="2025 (the page's 今年)")],
      {(3,4):(C,D)})

group("cn_grain_yield", "grain", "China's grain yield per hectare, 2024 and 2025",
      "China", "grain yield (kg per hectare)", "2024 / 2025",
      "2024: 5921公斤/公顷; (395公斤/亩) = 5925, 394.7公斤/亩 = 5920.5 and the table's 5921.1 are roundings of one figure. 2025: 5,987公斤/公頃 and (399公斤/畝) = 5985 (rounding).",
      [M(r(1,"hans"), 14, "全国粮食单位面积产量5921公斤/公顷", "5921公斤/公顷", 5921.0, KH, "y24", as_of="2024"),
       M(r(1,"hans"), 14, "(395公斤/亩)", "395公斤/亩", 5925.0, KH, "y24", as_of="2024"),
       M(r(1,"hans"), 45, "5921. 1", "5921. 1", 5921.1, KH, "y24", as_of="2024", note="table"),
       M(r(2,"hans"), 20, "全国粮食单产394.7公斤/亩", "394.7公斤/亩", 5920.5, KH, "y24", as_of="2024"),
       M(r(10,"hant"), 12, "糧食單位面積產量5,987公斤/公頃", "5,987公斤/公頃", 5987.0, KH, "y25", as_of="2025"),
       M(r(10,"hant"), 12, "（399公斤/畝）", "399公斤/畝", 5985.0, KH, "y25", as_of="2025")],
      {**among((1,2,3,4), R), (5,6):R})

group("cn_grain_yield_growth", "grain", "YoY growth of China's grain yield, 2024 and 2025",
      "China", "YoY growth of grain yield", "2024 / 2025",
      "2024 +1.3% (announcement, 人民网, blog): consistent. 2025 +1.1% (worldjournal, uanalyze): consistent.",
      [M(r(1,"hans"), 14, "(5.1公斤/亩),增长1.3%", "1.3%", 1.3, PC, "y24", as_of="2024"),
       M(r(2,"hans"), 20, "增长1.3%", "1.3%", 1.3, PC, "y24", as_of="2024"),
       M(r(6,"en"), 7, "average yield increased 1.3 percent", "1.3 percent", 1.3, PC, "y24", as_of="2024"),
       M(r(10,"hant"), 12, "（4.4公斤/畝），增長1.1%", "1.1%", 1.1, PC, "y25", as_of="2025"),
       M(r(11,"hant"), 3, "每公頃單位產量則較去年提高 1.1%", "1.1%", 1.1, PC, "y25", as_of="2025 (the page's 今年)")])

group("cn_grain_yield_increase_2024", "grain", "YoY increase of China's grain yield, 2024",
      "China", "YoY increase of grain yield (kg per hectare)", "2024",
      "75.8公斤/公顷 vs (5.1公斤/亩) = 76.5 kg/ha and 人民网's 每亩…增加5.1公斤: the mu figure is a rounding of the hectare figure.",
      [M(r(1,"hans"), 14, "增加75.8公斤/公顷", "75.8公斤/公顷", 75.8, KH, "y24", as_of="2024"),
       M(r(1,"hans"), 14, "(5.1公斤/亩)", "5.1公斤/亩", 76.5, KH, "y24", as_of="2024"),
       M(r(2,"hans"), 20, "每亩产量比上年增加5.1公斤", "5.1公斤", 76.5, KH, "y24", as_of="2024")],
      {(1,2):R, (1,3):R})

group("cn_cereal_output", "grain", "China's cereal output, 2024 (and 2025)",
      "China", "cereal output (tonnes)", "2024",
      "65229万吨 (announcement) = table 65228.7 (rounding) = (13046亿斤) and ecns' 1.3046 trillion jin (652.3 million t, roundings). 2025: 6億6,021萬噸.",
      [M(r(1,"hans"), 16, "其中谷物产量65229万吨", "65229万吨", 652.29e6, T, "y24", as_of="2024"),
       M(r(1,"hans"), 16, "(13046亿斤)", "13046亿斤", J(13046), T, "y24", as_of="2024"),
       M(r(1,"hans"), 93, "65228. 7", "65228. 7", 652.287e6, T, "y24", as_of="2024", note="table"),
       M(r(5,"en"), 6, "total cereal output reached 1.3046 trillion jin", "1.3046 trillion jin", J(13046), T, "y24", as_of="2024"),
       M(r(10,"hant"), 14, "其中穀物產量6億6,021萬噸", "6億6,021萬噸", 660.21e6, T, "y25", as_of="2025")],
      {(1,2):R, (1,3):R, (1,4):R, (2,3):R, (3,4):R})

group("cn_cereal_output_increase", "grain", "YoY increase of China's cereal output, 2024 (and 2025)",
      "China", "YoY increase of cereal output (tonnes)", "2024",
      "1086万吨 vs (217亿斤) = 10.85 million t and ecns' 21.71 billion jin = 10.855 million t: roundings of one figure. 2025: 792萬噸.",
      [M(r(1,"hans"), 16, "比2023年增加1086万吨", "1086万吨", 10.86e6, T, "y24", as_of="2024"),
       M(r(1,"hans"), 16, "(217亿斤)", "217亿斤", J(217), T, "y24", as_of="2024"),
       M(r(5,"en"), 6, "increase of 21.71 billion jin", "21.71 billion jin", J(217.1), T, "y24", as_of="2024"),
       M(r(10,"hant"), 14, "比2024年增加792萬噸", "792萬噸", 7.92e6, T, "y25", as_of="2025")],
      {(1,2):R, (1,3):R, (2,3):R})

group("cn_corn_output", "grain", "China's corn output, 2024 and 2025",
      "China", "corn output (tonnes)", "2024 / 2025",
      "2024: table 29491.7 (万吨) vs the blog's 294.92 mmt: rounding. uanalyze's 3億噸 is 2025.",
      [M(r(1,"hans"), 117, "29491. 7", "29491. 7", 294.917e6, T, "y24", as_of="2024", note="table"),
       M(r(6,"en"), 9, "corn production reached a record 294.92 mmt", "294.92 mmt", 294.92e6, T, "y24", as_of="2024"),
       M(r(11,"hant"), 3, "玉米產量升至3億噸", "3億噸", 300e6, T, "y25", as_of="2025 (the page's 今年)")],
      {(1,2):R})

group("cn_corn_output_growth", "grain", "YoY growth of China's corn output: 2024 vs 2025",
      "China", "YoY growth of corn output", "2024 / 2025",
      "+2.1% in 2024 (blog) and 年增 2.1% in 2025 (uanalyze): the same number for two years (different_basis).",
      [M(r(6,"en"), 9, "(up 2.1 percent)", "2.1 percent", 2.1, PC, "y24", as_of="2024"),
       M(r(11,"hant"), 3, "年增 2.1%", "2.1%", 2.1, PC, "y25", as_of="2025 (the page's 今年)")])

group("cn_rice_output", "grain", "China's rice output, 2024 and 2025",
      "China", "rice output (tonnes)", "2024 / 2025",
      "2024: table 20753.5 vs blog 207.54 mmt: rounding. 2025: 2.09億噸.",
      [M(r(1,"hans"), 101, "20753. 5", "20753. 5", 207.535e6, T, "y24", as_of="2024", note="table"),
       M(r(6,"en"), 9, "rice (207.54 mmt)", "207.54 mmt", 207.54e6, T, "y24", as_of="2024"),
       M(r(11,"hant"), 3, "達2.09億噸", "2.09億噸", 209e6, T, "y25", as_of="2025 (the page's 今年)")],
      {(1,2):R})

group("cn_wheat_output", "grain", "China's wheat output, 2024 and 2025 (and the July 2024 figure)",
      "China", "wheat output (tonnes)", "2024 / 2025",
      "2024: table 14009.9 vs blog 140.1 mmt: rounding. July's 小麥產量13822萬噸 is the summer-harvest wheat in the preliminary release (summer wheat only; the December total adds spring wheat and the later revisions): different_basis. 2025: 約1.4億噸.",
      [M(r(1,"hans"), 109, "14009. 9", "14009. 9", 140.099e6, T, "y24", as_of="2024", note="table"),
       M(r(6,"en"), 9, "wheat (140.1 mmt)", "140.1 mmt", 140.1e6, T, "y24", as_of="2024"),
       M(r(8,"hant"), 5, "其中小麥產量13822萬噸", "13822萬噸", 138.22e6, T, "jul24", as_of="2024 (July, summer grain wheat)"),
       M(r(11,"hant"), 3, "約1.4億噸", "1.4億噸", 140e6, T, "y25", qualifier="approx", as_of="2025 (the page's 今年)")],
      {(1,2):R})

group("heilongjiang_grain_change_2024", "grain", "Change of Heilongjiang's grain output, 2024",
      "Heilongjiang", "YoY change of grain output (tonnes)", "2024",
      "人民网: 黑龙江…粮食增产42.7亿斤 (+2.135 million t). The spun copy (szyhc) replaces 增产 by 減產 and drops the province: 糧食減產42。7億斤 (-2.135 million t). Opposite signs for one quantity: conflict.",
      [M(r(2,"hans"), 24, "粮食增产42.7亿斤", "42.7亿斤", J(42.7), T, "y24", as_of="2024"),
       M(r(4,"hant"), 6, "糧食減產42。7億斤", "42。7億斤", -J(42.7), T, "y24", as_of="2024", note="spun text: 減產 for 增产")],
      {(1,2):C})

group("provinces_grain_up_2024", "grain", "Number of Chinese provinces whose grain output rose in 2024",
      "China", "provinces with higher grain output (count)", "2024",
      "人民网: 31个省(区、市)中,有26个粮食增产. The spun copy: 有26個糧食減產 (26 provinces with lower output): the same number with the opposite meaning. As written two different metrics (different_basis); a reader sees one claim contradicted (conflict).",
      [M(r(2,"hans"), 24, "有26个粮食增产", "26个", 26.0, N, "up", as_of="2024"),
       M(r(4,"hant"), 6, "有26個糧食減產", "26個", 26.0, N, "down", as_of="2024", note="spun text")],
      {(1,2):(D,C)})

# ================================================================ power: China's electricity consumption (全社会用电量)
group("cn_power_consumption", "power", "China's total electricity consumption: 2024, 2025 (outcome and forecasts), 2023, 2022, January-September 2024",
      "China", "total electricity consumption (kWh)", "2022-2025",
      "2024: 98521億千瓦時 (中評社) = 98521亿千瓦时 (runfine): consistent. 2025 outcome: 10.4 trillion kWh (Xinhua) vs Business Times' 'The 10.37 kWh milestone' (trillion missing; evidently 10.37 trillion): rounding (conflict defensible, as written). 'surpassing 10 trillion' bounds contain it. 2025 forecasts: CEC (January 2025) 10.4万亿千瓦时, and the 2023 power-development report's 9.8万亿至10.2万亿: forecasts vs the outcome are different_basis. 2023: 9.22 trillion (Xinhua) vs 9.2 trillion (generationt): rounding. 2022 8.6萬億 and January-September 2024 7.41 trillion: other periods.",
      [M(p(1,"hant"), 3, "全社會用電量98521億千瓦時", "98521億千瓦時", 9.8521e12, KWH, "y24", as_of="2024"),
       M(p(2,"hans"), 3, "全社会用电量98521亿千瓦时", "98521亿千瓦时", 9.8521e12, KWH, "y24", as_of="2024"),
       M(p(3,"en"), 9, "hit 10.4 trillion kilowatt-hours last year", "10.4 trillion kilowatt-hours", 10.4e12, KWH, "y25", as_of="2025"),
       M(p(4,"en"), 7, "The 10.37 kWh milestone", "10.37 kWh", 10.37e12, KWH, "y25", as_of="2025", note="as written 10.37 kWh; evidently trillion"),
       M(p(3,"en"), 7, "surpassing 10 trillion kilowatt-hours for the first time", "10 trillion kilowatt-hours", 10e12, KWH, "y25", qualifier="over", as_of="2025"),
       M(p(3,"en"), 11, "surpass the 10-trillion-kWh mark", "10-trillion-kWh", 10e12, KWH, "y25", qualifier="over", as_of="2025"),
       M(p(4,"en"), 5, "surpassing 10 trillion kilowatt-hours", "10 trillion kilowatt-hours", 10e12, KWH, "y25", qualifier="over", as_of="2025"),
       M(p(5,"hans"), 5, "预计2025年全国全社会用电量10.4万亿千瓦时", "10.4万亿千瓦时", 10.4e12, KWH, "f25_cec", as_of="2025 forecast (CEC, January 2025)"),
       M(p(9,"hant"), 3, "9.8萬億至10.2萬億千瓦時", "9.8萬億至10.2萬億千瓦時", [9.8e12, 10.2e12], KWH, "f25_eppei", as_of="2025 forecast (中國電力發展報告2023)"),
       M(p(6,"en"), 11, "Power usage reached 9.22 trillion kilowatt-hours", "9.22 trillion kilowatt-hours", 9.22e12, KWH, "y23", as_of="2023"),
       M(p(7,"en"), 5, "Electricity use reached 9.2 trillion kilowatt-hours", "9.2 trillion kilowatt-hours", 9.2e12, KWH, "y23", as_of="2023"),
       M(p(9,"hant"), 3, "全社會用電量達到8.6萬億千瓦時", "8.6萬億千瓦時", 8.6e12, KWH, "y22", as_of="2022"),
       M(p(8,"en"), 14, "climbed 7.9 percent to 7.41 trillion kWh", "7.41 trillion kWh", 7.41e12, KWH, "js24", as_of="2024-01..2024-09")],
      {(3,4):(R,C), **cross((3,4), (5,6,7), K), **among((5,6,7), K), (10,11):R})

group("cn_power_consumption_growth", "power", "YoY growth of China's electricity consumption: 2024, 2025 (outcome and CEC forecast), 2023, 2022, January-September 2024",
      "China", "YoY growth of electricity consumption", "2022-2025",
      "2024 +6.8% (hant, hans): consistent. 2025 outcome +5% (Xinhua, Business Times): consistent; CEC's January 2025 forecast 6%左右 (three times on its page) is a forecast: different_basis. 2023: 6.7 percent (Xinhua, headline and body) and generationt's 'almost 7%' (a bound that 6.7 satisfies: consistent, rounding defensible). 2022 +3.6% and January-September 2024 +7.9%: other periods.",
      [M(p(1,"hant"), 3, "同比增長6.8%", "6.8%", 6.8, PC, "y24", as_of="2024"),
       M(p(2,"hans"), 3, "同比增长6.8%", "6.8%", 6.8, PC, "y24", as_of="2024"),
       M(p(3,"en"), 9, "a year-on-year increase of 5 percent", "5 percent", 5.0, PC, "y25", as_of="2025"),
       M(p(4,"en"), 5, "climbed 5 per cent to a record high", "5 per cent", 5.0, PC, "y25", as_of="2025"),
       M(p(5,"hans"), 3, "量预计同比增长6%左右", "6%", 6.0, PC, "f25", qualifier="approx", as_of="2025 forecast (CEC)", note="headline"),
       M(p(5,"hans"), 4, "全国全社会电量同比增长6%左右", "6%", 6.0, PC, "f25", qualifier="approx", as_of="2025 forecast (CEC)"),
       M(p(5,"hans"), 5, "10.4万亿千瓦时,同比增长6%左右", "6%", 6.0, PC, "f25", qualifier="approx", as_of="2025 forecast (CEC)"),
       M(p(6,"en"), 5, "China's power use up 6.7 pct in 2023", "6.7 pct", 6.7, PC, "y23", as_of="2023", note="headline"),
       M(p(6,"en"), 9, "rose 6.7 percent year on year in 2023", "6.7 percent", 6.7, PC, "y23", as_of="2023"),
       M(p(7,"en"), 3, "increased by almost 7% in 2023", "7%", 7.0, PC, "y23", qualifier="under", as_of="2023"),
       M(p(9,"hant"), 3, "同比增長3.6%", "3.6%", 3.6, PC, "y22", as_of="2022"),
       M(p(8,"en"), 14, "climbed 7.9 percent", "7.9 percent", 7.9, PC, "js24", as_of="2024-01..2024-09")],
      {(8,10):(K,R), (9,10):(K,R)})

group("cn_power_secondary", "power", "Electricity consumption of China's secondary industry, 2024",
      "China", "secondary-industry electricity consumption (kWh)", "2024",
      "63874億千瓦時 (中評社) vs 6.39万亿千瓦时 (runfine): rounding.",
      [M(p(1,"hant"), 3, "第二產業用電量63874億千瓦時", "63874億千瓦時", 6.3874e12, KWH, "y24", as_of="2024"),
       M(p(2,"hans"), 5, "第二产业全年用电量6.39万亿千瓦时", "6.39万亿千瓦时", 6.39e12, KWH, "y24", as_of="2024")],
      {(1,2):R})

group("cn_power_tertiary", "power", "Electricity consumption of China's tertiary industry, 2024",
      "China", "tertiary-industry electricity consumption (kWh)", "2024",
      "18348億千瓦時 (中評社) vs 1.83万亿千瓦时 (runfine): rounding.",
      [M(p(1,"hant"), 3, "第三產業用電量18348億千瓦時", "18348億千瓦時", 1.8348e12, KWH, "y24", as_of="2024"),
       M(p(2,"hans"), 8, "第三产业用电量1.83万亿千瓦时", "1.83万亿千瓦时", 1.83e12, KWH, "y24", as_of="2024")],
      {(1,2):R})

group("cn_power_manufacturing", "power", "Electricity consumption of China's manufacturing, 2024",
      "China", "manufacturing electricity consumption (kWh)", "2024", "4.79萬億千瓦時 = 4.79万亿千瓦时: consistent.",
      [M(p(1,"hant"), 5, "製造業用電量4.79萬億千瓦時", "4.79萬億千瓦時", 4.79e12, KWH, "y24", as_of="2024"),
       M(p(2,"hans"), 5, "制造业用电量4.79万亿千瓦时", "4.79万亿千瓦时", 4.79e12, KWH, "y24", as_of="2024")])

group("cn_power_secondary_mfg_growth", "power", "YoY growth of electricity use: secondary industry (2024, 2023, September 2024) and manufacturing (2024)",
      "China", "YoY growth of secondary-industry / manufacturing electricity use", "2024",
      "Secondary industry 2024 +5.1% (hant, hans): consistent; manufacturing 2024 +5.1% (hant, hans) is the same number for a narrower scope (different_basis). Secondary 2023: 6.5 percent (Xinhua) = generationt's '6. 5%' (the page's own space): consistent. September 2024 +3.6%: another period.",
      [M(p(1,"hant"), 3, "63874億千瓦時,同比增長5.1%", "5.1%", 5.1, PC, "sec24", as_of="2024"),
       M(p(2,"hans"), 5, "6.39万亿千瓦时,同比增长5.1%", "5.1%", 5.1, PC, "sec24", as_of="2024"),
       M(p(1,"hant"), 5, "4.79萬億千瓦時,同比增長5.1%", "5.1%", 5.1, PC, "mfg24", as_of="2024"),
       M(p(2,"hans"), 5, "4.79万亿千瓦时,同比增长5.1%", "5.1%", 5.1, PC, "mfg24", as_of="2024"),
       M(p(6,"en"), 13, "rose by 6.5 percent", "6.5 percent", 6.5, PC, "sec23", as_of="2023"),
       M(p(7,"en"), 5, "sectors by 6. 5%", "6. 5%", 6.5, PC, "sec23", as_of="2023"),
       M(p(8,"en"), 12, "3.6 percent year-on-year", "3.6 percent", 3.6, PC, "sep24", as_of="2024-09")])

group("cn_power_tertiary_growth", "power", "YoY growth of tertiary-industry electricity use: 2024, 2023, September 2024",
      "China", "YoY growth of tertiary-industry electricity use", "2024",
      "2024 +9.9% (hant, hans): consistent. 2023 12.2% (Xinhua, generationt): consistent. September 2024 12.7%: another period.",
      [M(p(1,"hant"), 3, "18348億千瓦時,同比增長9.9%", "9.9%", 9.9, PC, "y24", as_of="2024"),
       M(p(2,"hans"), 8, "同比增长9.9%", "9.9%", 9.9, PC, "y24", as_of="2024"),
       M(p(6,"en"), 13, "6.5 percent and 12.2 percent", "12.2 percent", 12.2, PC, "y23", as_of="2023"),
       M(p(7,"en"), 5, "6. 5% and 12.2%", "12.2%", 12.2, PC, "y23", as_of="2023"),
       M(p(8,"en"), 12, "increased by 12.7 percent", "12.7 percent", 12.7, PC, "sep24", as_of="2024-09")])

group("cn_power_primary_growth", "power", "YoY growth of primary-industry electricity use: 2024, 2023, September 2024",
      "China", "YoY growth of primary-industry electricity use", "2024",
      "2024 +6.3%; 2023 11.5% (Xinhua = generationt: consistent); September 2024 6.4%: other periods.",
      [M(p(1,"hant"), 3, "1357億千瓦時,同比增長6.3%", "6.3%", 6.3, PC, "y24", as_of="2024"),
       M(p(6,"en"), 13, "increased by 11.5 percent", "11.5 percent", 11.5, PC, "y23", as_of="2023"),
       M(p(7,"en"), 5, "increased by 11.5%", "11.5%", 11.5, PC, "y23", as_of="2023"),
       M(p(8,"en"), 12, "up 6.4 percent", "6.4 percent", 6.4, PC, "sep24", as_of="2024-09")])

group("cn_power_residential", "power", "China's residential electricity consumption: 2024, 2023, September 2024",
      "China", "residential electricity consumption (kWh)", "2024",
      "2024 14942億千瓦時; 2023 1.35 trillion (Xinhua = generationt: consistent); September 2024 132.3 billion: other periods.",
      [M(p(1,"hant"), 3, "城鄉居民生活用電量14942億千瓦時", "14942億千瓦時", 1.4942e12, KWH, "y24", as_of="2024"),
       M(p(6,"en"), 15, "to 1.35 trillion kilowatt-hours", "1.35 trillion kilowatt-hours", 1.35e12, KWH, "y23", as_of="2023"),
       M(p(7,"en"), 7, "increase to 1.35 trillion kilowatt-hours", "1.35 trillion kilowatt-hours", 1.35e12, KWH, "y23", as_of="2023"),
       M(p(8,"en"), 14, "hitting 132.3 billion kWh", "132.3 billion kWh", 132.3e9, KWH, "sep24", as_of="2024-09")])

group("cn_power_contribution_2024", "power", "Contributions of the sectors to the growth of China's electricity consumption, 2024",
      "China", "contribution to consumption growth", "2024",
      "1.3%, 49.7%, 26.3%, 22.7% (primary, secondary, tertiary, residential) on both pages: each consistent; across sectors different_basis.",
      [M(p(1,"hant"), 4, "分別為1.3%", "1.3%", 1.3, PC, "pri", as_of="2024"),
       M(p(2,"hans"), 4, "孝敬率永诀为1.3%", "1.3%", 1.3, PC, "pri", as_of="2024"),
       M(p(1,"hant"), 4, "、49.7%", "49.7%", 49.7, PC, "sec", as_of="2024"),
       M(p(2,"hans"), 4, "、49.7%", "49.7%", 49.7, PC, "sec", as_of="2024")])

group("cn_power_hightech_growth_2024", "power", "YoY growth of electricity use by high-tech and equipment manufacturing, 2024",
      "China", "YoY growth of high-tech manufacturing electricity use", "2024", "10.3% on both pages: consistent.",
      [M(p(1,"hant"), 5, "高技術及裝備製造業用電量同比增長10.3%", "10.3%", 10.3, PC, "y24", as_of="2024"),
       M(p(2,"hans"), 5, "用电量同比增长10.3%", "10.3%", 10.3, PC, "y24", as_of="2024")])

group("cn_power_consumer_goods_growth_2024", "power", "YoY growth of electricity use by consumer-goods manufacturing, 2024",
      "China", "YoY growth of consumer-goods manufacturing electricity use", "2024", "5.7% on both pages: consistent.",
      [M(p(1,"hant"), 6, "消費品製造業用電量同比增長5.7%", "5.7%", 5.7, PC, "y24", as_of="2024"),
       M(p(2,"hans"), 6, "销耗品制造业用电量同比增长5.7%", "5.7%", 5.7, PC, "y24", as_of="2024")])

# ---------------------------------------------------------------- singles: claims in no group
single(g(1,"en"), 13, "reaching a new record high of 4,794t", "4,794t", 4794.0, T, note="total gold supply 2024")
single(g(1,"en"), 13, "Total gold supply increased 1%", "1%", 1.0, PC, note="gold supply growth 2024")
single(g(4,"en"), 17, "reported addition of 27 tonnes", "27 tonnes", 27.0, T, note="PBOC purchases Q1 2024")
single(g(4,"en"), 17, "has risen to 2,262 tonnes", "2,262 tonnes", 2262.0, T, note="PBOC gold holdings end-Q1 2024")
single(g(5,"en"), 6, "rose to 221 tonnes, up 134%", "221 tonnes", 221.0, T, note="gold ETF investment Q3 2025")
single(g(6,"hans"), 5, "中国市场金饰消费总额为2615亿元", "2615亿元", 261.5e9, "CNY", note="China jewellery spending 2024")
single(g(8,"hant"), 13, "一季度全球金礦產量達893噸", "893噸", 893.0, T, note="mine production Q1 2024")
single(g(8,"hant"), 17, "平均金價達到每盎司2070美元", "2070美元", 2070.0, USD, note="LBMA PM average Q1 2024, per ounce")
single(g(9,"hans"), 15, "从15%降至6%", "6%", 6.0, PC, note="India gold import duty after July 2024")
single(r(2,"hans"), 24, "粮食增产42.2亿斤", "42.2亿斤", J(42.2), T, note="Xinjiang grain output increase 2024")
single(r(6,"en"), 13, "with an increase of 521,800 hectares", "521,800 hectares", 521800.0, HA, note="corn area increase 2024")
single(r(7,"en"), 15, "nearly 37.86 million tonnes", "37.86 million tonnes", 37.86e6, T, qualifier="under", note="Henan summer grain 2024")
single(r(9,"en"), 12, "about 82.5 percent of the autumn crops", "82.5 percent", 82.5, PC, qualifier="approx", note="autumn harvest progress, 24 October 2024")
single(p(1,"hant"), 7, "充換電服務業2024年用電量811億千瓦時", "811億千瓦時", 81.1e9, KWH, note="EV charging services 2024")
single(p(2,"hans"), 7, "四大高载能行业用电量同比增长2.2%", "2.2%", 2.2, PC, note="four energy-intensive industries 2024")
single(p(2,"hans"), 3, "扶持0.1个百分点", "0.1个百分点", 0.1, PP, note="growth 6.8% vs 6.7% in 2023")
single(p(5,"hans"), 5, "最高用电负荷15.5亿千瓦左右", "15.5亿千瓦", 1550.0, "GW", qualifier="approx", note="2025 peak load forecast (CEC)")
single(p(8,"en"), 12, "to 847.5 billion kilowatt-hours", "847.5 billion kilowatt-hours", 847.5e9, KWH, note="September 2024 consumption")
single(p(8,"en"), 12, "climbed by 8.5 percent", "8.5 percent", 8.5, PC, note="September 2024 growth")
# ---------------------------------------------------------------- singles: numbers that are not claims
single(g(1,"en"), 3, " date 2025-02-05", not_a_claim=True, kind="date")
single(g(3,"en"), 7, "Comments 0 Comments", not_a_claim=True, kind="page_furniture", note="comment counter")
single(g(3,"en"), 11, "Hungarian central bank, September 2024", not_a_claim=True, kind="date", note="attribution of a quote")
single(g(6,"hans"), 3, "1.2024年全球黄金", not_a_claim=True, kind="list_marker", note="list number 1. run into the year 2024")
single(g(6,"hans"), 9, "2025年2月2日,江苏常州", not_a_claim=True, kind="date", note="photo caption")
single(g(7,"hant"), 5, "2025年02月05日 16:00", not_a_claim=True, kind="date")
single(g(9,"hans"), 4, "c93db968e10531b57831b338c773141bee606324", not_a_claim=True, kind="file_name", note="image hash")
single(g(10,"hant"), 3, "29/01/2026 16:03", not_a_claim=True, kind="date")
single(r(1,"hans"), 3, "客服热线:13552441705", not_a_claim=True, kind="phone_number")
single(r(1,"hans"), 7, "浏览:3 评论:0", not_a_claim=True, kind="page_furniture", note="view and comment counters")
single(r(1,"hans"), 20, "2024年12月13日", not_a_claim=True, kind="date")
single(r(2,"hans"), 9, "2024-12-13 21:11:04", not_a_claim=True, kind="date")
single(r(4,"hant"), 3, "發布日期:2025-01-30 14:23", not_a_claim=True, kind="date")
single(r(6,"en"), 3, "Sunday, December 15, 2024", not_a_claim=True, kind="date")
single(r(9,"en"), 4, "Views:0", not_a_claim=True, kind="page_furniture")
single(p(3,"en"), 5, "13:12, January 17, 2026", not_a_claim=True, kind="date")
single(p(5,"hans"), 3, "电王中王493333WWW量", not_a_claim=True, kind="spam_insert", note="spam domain run into the headline")
single(p(5,"hans"), 8, "班级共有28人左右", not_a_claim=True, kind="page_furniture", note="unrelated text pasted after the article (not about power)")
single(p(8,"en"), 23, "Copyright ©1999-2024", not_a_claim=True, kind="page_furniture")
single(p(8,"en"), 25, "[京ICP证040655号]", not_a_claim=True, kind="licence_number")
single(p(9,"hant"), 3, "展報告2023》", not_a_claim=True, kind="title", note="report title with a year")

emit(HERE / "gold.d" / "fresh6.toml", "corpus-fresh6")
