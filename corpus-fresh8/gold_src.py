#!/usr/bin/env python3
"""Hand annotation of corpus-fresh8, written as data; emits gold.d/fresh8.toml (then run corpus/check_gold.py --dir corpus-fresh8 --build).

Every mention carries a 'basis' tag (period / scope / vintage / estimator as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Different statements of one quantity share a basis tag: two estimators of one year (IDC vs Counterpoint smartwatch
growth 2023), a preliminary figure and the same body's revision (the State Post Bureau's January 2025 figure of
2024 parcels, 174.5 billion, vs its later 175.08 billion / 1750.8亿件) are conflicts, written out explicitly.
A rounded restatement of an exact figure by another source (1320亿件 / 132 billion vs 1320.7亿件) is rounding.
Forecasts carry their own basis tag per vintage (a forecast vs an outcome, or two vintages of one forecast, is
different_basis; the second case carries conflict as alt_verdict). Declines are negative values.
Units: parcels, TEU, units (devices), CNY, USD, TWD, percent, percentage_points, years (a streak), count.
Figures are read as written ('3.21 million TEUs' for Shanghai's January-August 2023 is kept as 3.21 million).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

e = lambda n, s: f"exp-{n:02d}-{s}.txt"
p = lambda n, s: f"port-{n:02d}-{s}.txt"
w = lambda n, s: f"wear-{n:02d}-{s}.txt"
PC, PP, PAR, TEU, U, USD, CNY, TWD, YR, CNT = ("percent", "percentage_points", "parcels", "TEU", "units", "USD",
                                              "CNY", "TWD", "years", "count")
B = 1e9
YI = 1e8
WAN = 1e4


# ================================================================ exp: China's express parcel volume (State Post Bureau)
group("cn_express_volume_2023", "exp", "China's express parcel volume, 2023 (SPB 1320.7亿件, 22 January 2024), with CCTV's rounded 1320亿件 and 2022",
      "China", "express parcel volume (parcels)", "2023",
      "SPB's 1320.7亿件 / 132.07 billion seven times (consistent). CCTV's 1320亿件 (reported the day before, twice) and People's Daily Online's '132 billion parcels' are the same figure rounded by other sources: rounding against 1320.7. Bounds 逾1320億件 (ettoday title) and 首次突破1200亿件 contain 1320.7 (consistent); 逾1320億件 vs the rounded 1320 is consistent with rounding as alt. 2022 1105.8億件 is another year.",
      [M(e(1,"hans"), 4, "2023年我国快递业务量累计完成1320.7亿件", "1320.7亿件", 1320.7*YI, PAR, "y23", as_of="2023"),
       M(e(2,"hant"), 3, "業務量逾1320億件", "1320億件", 1320*YI, PAR, "y23", qualifier="over", as_of="2023"),
       M(e(2,"hant"), 7, "包裹業務量累計完成1320.7億件", "1320.7億件", 1320.7*YI, PAR, "y23", as_of="2023"),
       M(e(2,"hant"), 11, "其中包裹業務量累計完成1320.7億件", "1320.7億件", 1320.7*YI, PAR, "y23", as_of="2023"),
       M(e(3,"hans"), 3, "2023年全年快递业务量达1320亿件", "1320亿件", 1320*YI, PAR, "y23", as_of="2023", note="CCTV, 21 January 2024"),
       M(e(3,"hans"), 4, "全年快递业务量达1320亿件", "1320亿件", 1320*YI, PAR, "y23", as_of="2023", note="CCTV ('预计')"),
       M(e(4,"en"), 10, "handled 132.07 billion parcels in 2023", "132.07 billion parcels", 132.07*B, PAR, "y23", as_of="2023"),
       M(e(5,"en"), 7, "hit 132 billion parcels", "132 billion parcels", 132*B, PAR, "y23", as_of="2023", note="People's Daily Online"),
       M(e(11,"hans"), 3, "快递业务量累计完成1320.7亿件", "1320.7亿件", 1320.7*YI, PAR, "y23", as_of="2023"),
       M(e(11,"hans"), 4, "2023年我国快递业务量累计完成1320.7亿件", "1320.7亿件", 1320.7*YI, PAR, "y23", as_of="2023"),
       M(e(11,"hans"), 7, "在1320.7亿件快递中", "1320.7亿件", 1320.7*YI, PAR, "y23", as_of="2023"),
       M(e(11,"hans"), 8, "首次突破1200亿件大关", "1200亿件", 1200*YI, PAR, "y23", qualifier="over", as_of="2023"),
       M(e(9,"hant"), 3, "我國快遞包裹業務量為1105.8億件", "1105.8億件", 1105.8*YI, PAR, "y22", as_of="2022")],
      {**cross((1,3,4,7,9,10,11), (5,6,8), R), **cross((2,), (1,3,4,7,9,10,11), K), **cross((2,), (5,6,8), (K, R)),
       **cross((12,), (1,2,3,4,5,6,7,8,9,10,11), K)})

group("cn_express_volume_growth_2023", "exp", "YoY growth of China's express parcel volume, 2023 (SPB +19.4%) vs People's Daily Online's +19.5%, with 2022 and postal deliveries",
      "China", "YoY growth of express parcel volume", "2023",
      "+19.4% four times (consistent); People's Daily Online's 'increase of 19.5 percent' for the same year is another statement that disagrees in the last digit (conflict). 增長近2成 ('nearly 20%') is a bound that contains both (consistent). 2022 +2.1% and the postal industry's deliveries +16.8% are other basis.",
      [M(e(1,"hans"), 4, "同比增长19.4%", "19.4%", 19.4, PC, "y23", as_of="2023"),
       M(e(2,"hant"), 3, "增長近2成", "2成", 20.0, PC, "y23", qualifier="under", as_of="2023"),
       M(e(2,"hant"), 11, "按年增長19.4%", "19.4%", 19.4, PC, "y23", as_of="2023"),
       M(e(4,"en"), 10, "up 19.4 percent", "19.4 percent", 19.4, PC, "y23", as_of="2023"),
       M(e(5,"en"), 7, "increase of 19.5 percent", "19.5 percent", 19.5, PC, "y23", as_of="2023"),
       M(e(11,"hans"), 4, "同比增长19.4%", "19.4%", 19.4, PC, "y23", as_of="2023"),
       M(e(9,"hant"), 3, "同比增長2.1%", "2.1%", 2.1, PC, "y22", as_of="2022"),
       M(e(2,"hant"), 11, "按年增長16.8%", "16.8%", 16.8, PC, "postal_y23", as_of="2023", note="postal industry deliveries (寄遞業務量)")],
      {**cross((1,3,4,6), (5,), C), **cross((2,), (1,3,4,5,6), K)})

group("cn_express_revenue_2023", "exp", "Revenue of China's express sector, 2023 (SPB 12074亿元) vs People's Daily Online's 1.2 trillion yuan, with 2022",
      "China", "express business revenue (CNY)", "2023",
      "1兆2074億元 twice and 1,207.4 billion yuan (consistent); '1.2 trillion yuan' rounds it (rounding). 2022 10566.7億元 is another year.",
      [M(e(2,"hant"), 11, "包裹業務收入累計完成1兆2074億元", "1兆2074億元", 1.2074e12, CNY, "y23", as_of="2023"),
       M(e(2,"hant"), 17, "包裹業務收入累計完成1兆2074.0億元", "1兆2074.0億元", 1.2074e12, CNY, "y23", as_of="2023"),
       M(e(4,"en"), 12, "total revenue of 1,207.4 billion yuan", "1,207.4 billion yuan", 1.2074e12, CNY, "y23", as_of="2023"),
       M(e(5,"en"), 7, "1.2 trillion yuan", "1.2 trillion yuan", 1.2e12, CNY, "y23", as_of="2023"),
       M(e(9,"hant"), 3, "快遞包裹業務收入達10566.7億元", "10566.7億元", 1.05667e12, CNY, "y22", as_of="2022")],
      cross((1,2,3), (4,), R))

group("cn_express_revenue_2023_twd", "exp", "Revenue of China's express sector, 2023, converted to New Taiwan dollars (ettoday)",
      "China", "express business revenue (TWD)", "2023",
      "Title 收入達5兆 restates 約新台幣5兆元 (consistent).",
      [M(e(2,"hant"), 3, "收入達5兆", "5兆", 5e12, TWD, "y23", as_of="2023"),
       M(e(2,"hant"), 11, "約新台幣5兆元", "新台幣5兆元", 5e12, TWD, "y23", qualifier="approx", as_of="2023")])

group("cn_express_revenue_growth_2023", "exp", "YoY growth of China's express revenue, 2023 (SPB +14.3%) vs People's Daily Online's +14.5%",
      "China", "YoY growth of express business revenue", "2023",
      "+14.3% three times (consistent); '14.5 percent' (People's Daily Online) disagrees (conflict).",
      [M(e(2,"hant"), 11, "按年增長14.3%", "14.3%", 14.3, PC, "y23", as_of="2023"),
       M(e(2,"hant"), 17, "按年增長14.3%", "14.3%", 14.3, PC, "y23", as_of="2023"),
       M(e(4,"en"), 12, "up 14.3 percent", "14.3 percent", 14.3, PC, "y23", as_of="2023"),
       M(e(5,"en"), 7, "and 14.5 percent", "14.5 percent", 14.5, PC, "y23", as_of="2023")],
      cross((1,2,3), (4,), C))

group("cn_express_volume_2024", "exp", "China's express parcel volume, 2024: SPB's January 2025 figure 174.5 billion vs its later 1750.8亿件 / 175.08 billion; 2025 target; 2020",
      "China", "express parcel volume (parcels)", "2024",
      "174.5 billion three times (Shine, China Daily twice; consistent). The State Council Information Office briefing (July 2025) gives 1750.8亿件, and China Daily's report of it 175.08 billion (consistent with each other): the same body's later figure for the same year differs from its January figure (conflict). 'surpassed the 150-billion-parcel mark' is a bound (consistent). 'could handle 190 billion parcels' is the 2025 projection; 2020 '83.36 billion' = 830多亿件 (consistent).",
      [M(e(6,"en"), 6, "handled 174.5 billion parcels in 2024", "174.5 billion parcels", 174.5*B, PAR, "y24", as_of="2024", note="SPB, 8 January 2025"),
       M(e(10,"en"), 12, "a staggering 174.5 billion packages", "174.5 billion packages", 174.5*B, PAR, "y24", as_of="2024"),
       M(e(10,"en"), 14, "reached 174.5 billion parcels", "174.5 billion parcels", 174.5*B, PAR, "y24", as_of="2024"),
       M(e(7,"en"), 7, "to 175.08 billion in 2024", "175.08 billion", 175.08*B, PAR, "y24", as_of="2024", note="July 2025 briefing"),
       M(e(8,"hans"), 9, "2024年的1750.8亿件", "1750.8亿件", 1750.8*YI, PAR, "y24", as_of="2024", note="July 2025 briefing"),
       M(e(6,"en"), 11, "surpassed the 150-billion-parcel mark", "150-billion", 150*B, PAR, "y24", qualifier="over", as_of="2024"),
       M(e(6,"en"), 21, "could handle 190 billion parcels", "190 billion parcels", 190*B, PAR, "f25", as_of="2025 projection"),
       M(e(7,"en"), 7, "from 83.36 billion packages in 2020", "83.36 billion packages", 83.36*B, PAR, "y20", as_of="2020"),
       M(e(8,"hans"), 9, "2020年的830多亿件", "830多亿件", 830*YI, PAR, "y20", qualifier="over", as_of="2020")],
      {**cross((1,2,3), (4,5), C), **cross((6,), (1,2,3,4,5), K), (8,9):K})

group("cn_express_volume_growth_2024", "exp", "YoY growth of China's express parcel volume, 2024, with the 2020-2024 average and postal deliveries",
      "China", "YoY growth of express parcel volume", "2024",
      "+21% twice (consistent); 年均增长超过20% is the 2020-2024 average; the postal industry's deliveries +19% is another scope.",
      [M(e(6,"en"), 6, "a surge of 21 percent", "21 percent", 21.0, PC, "y24", as_of="2024"),
       M(e(10,"en"), 14, "a 21 percent increase", "21 percent", 21.0, PC, "y24", as_of="2024"),
       M(e(8,"hans"), 9, "年均增长超过20%", "20%", 20.0, PC, "cagr20_24", qualifier="over", as_of="2020-2024 average"),
       M(e(6,"en"), 9, "climbed 19 percent", "19 percent", 19.0, PC, "postal_y24", as_of="2024", note="postal industry deliveries")])

group("cn_express_revenue_2024", "exp", "Revenue of China's express sector, 2024, and the 2025 projection",
      "China", "express business revenue (CNY)", "2024",
      "1.4 trillion yuan twice (consistent); 1.5 trillion yuan is the 2025 projection.",
      [M(e(6,"en"), 7, "to 1.4 trillion yuan", "1.4 trillion yuan", 1.4e12, CNY, "y24", as_of="2024"),
       M(e(10,"en"), 14, "surged to 1.4 trillion yuan", "1.4 trillion yuan", 1.4e12, CNY, "y24", as_of="2024"),
       M(e(6,"en"), 21, "business income of 1.5 trillion yuan", "1.5 trillion yuan", 1.5e12, CNY, "f25", as_of="2025 projection")])

group("cn_express_revenue_growth_2024", "exp", "YoY growth of China's express revenue, 2024",
      "China", "YoY growth of express business revenue", "2024", "+13% twice (consistent).",
      [M(e(6,"en"), 7, "expanded 13 percent", "13 percent", 13.0, PC, "y24", as_of="2024"),
       M(e(10,"en"), 14, "a 13 percent growth", "13 percent", 13.0, PC, "y24", as_of="2024")])

group("cn_express_revenue_2024_usd", "exp", "China's 2024 express revenue converted to US dollars: Shine vs China Daily",
      "China", "express business revenue (USD)", "2024",
      "US$195 billion (Shine) vs $191 billion (China Daily) for one 1.4 trillion yuan: conflict (different_basis defensible: conversions at different exchange rates).",
      [M(e(6,"en"), 7, "(US$195 billion)", "US$195 billion", 195*B, USD, "y24", as_of="2024"),
       M(e(10,"en"), 14, "($191 billion)", "$191 billion", 191*B, USD, "y24", as_of="2024")],
      {(1,2):(C, D)})

group("cn_postal_revenue", "exp", "Revenue of China's postal industry: 2020, 2023, 2024 and the 2025 projection",
      "China", "postal industry revenue (CNY)", "2020-2025",
      "2024 1.7 trillion yuan three times (consistent); 2020 1.1 trillion yuan twice (consistent); 2023 1兆5293.0億元 and the 2025 projection 1.8 trillion yuan are other years.",
      [M(e(6,"en"), 9, "to 1.7 trillion yuan", "1.7 trillion yuan", 1.7e12, CNY, "y24", as_of="2024"),
       M(e(7,"en"), 7, "1.7 trillion yuan in 2024", "1.7 trillion yuan", 1.7e12, CNY, "y24", as_of="2024"),
       M(e(8,"hans"), 9, "2024年的1.7万亿元", "1.7万亿元", 1.7e12, CNY, "y24", as_of="2024"),
       M(e(7,"en"), 7, "from 1.1 trillion yuan", "1.1 trillion yuan", 1.1e12, CNY, "y20", as_of="2020"),
       M(e(8,"hans"), 9, "2020年的1.1万亿元", "1.1万亿元", 1.1e12, CNY, "y20", as_of="2020"),
       M(e(6,"en"), 19, "to 1.8 trillion yuan", "1.8 trillion yuan", 1.8e12, CNY, "f25", as_of="2025 projection"),
       M(e(2,"hant"), 17, "累計完成1兆5293.0億元", "1兆5293.0億元", 1.5293e12, CNY, "y23", as_of="2023")])

group("cn_postal_revenue_growth", "exp", "Growth of China's postal industry revenue: 2023, 2024, 2020-2024 average, 2025 projection",
      "China", "growth of postal industry revenue", "2020-2025",
      "+13.2% (2023), +11% (2024), 年均增长11.3% (2020-2024 average), about +6% (2025 projection): all different_basis.",
      [M(e(2,"hant"), 17, "按年增長13.2%", "13.2%", 13.2, PC, "y23", as_of="2023"),
       M(e(6,"en"), 9, "revenue was up 11 percent", "11 percent", 11.0, PC, "y24", as_of="2024"),
       M(e(8,"hans"), 9, "年均增长11.3%", "11.3%", 11.3, PC, "cagr20_24", as_of="2020-2024 average"),
       M(e(6,"en"), 19, "by about 6 percent", "6 percent", 6.0, PC, "f25", qualifier="approx", as_of="2025 projection")])

group("cn_postal_deliveries", "exp", "China's postal industry deliveries (寄遞業務量): 2023 vs 2024",
      "China", "postal industry deliveries (parcels)", "2023 / 2024",
      "1624.8億件 (2023) vs 193 billion packages (2024): different_basis.",
      [M(e(2,"hant"), 11, "寄遞業務量累計完成1624.8億件", "1624.8億件", 1624.8*YI, PAR, "y23", as_of="2023"),
       M(e(6,"en"), 9, "to 193 billion packages", "193 billion packages", 193*B, PAR, "y24", as_of="2024")])

group("cn_express_rank_years", "exp", "Years in a row that China's express volume ranked first in the world: through 2023 and through 2024",
      "China", "consecutive years ranked first (years)", "2023 / 2024",
      "Ten years through 2023 (连续十年, '10 consecutive years'; consistent); 11 years through 2024 four times (consistent); 10 vs 11 are different as-of years.",
      [M(e(3,"hans"), 3, "连续十年稳居世界第一", "十年", 10.0, YR, "y23", as_of="2023"),
       M(e(4,"en"), 10, "for 10 consecutive years", "10 consecutive years", 10.0, YR, "y23", as_of="2023"),
       M(e(7,"en"), 6, "for 11 consecutive years", "11 consecutive years", 11.0, YR, "y24", as_of="2024"),
       M(e(8,"hans"), 3, "连续11年位居世界第一", "11年", 11.0, YR, "y24", as_of="2024"),
       M(e(8,"hans"), 7, "连续11年位居世界第一", "11年", 11.0, YR, "y24", as_of="2024"),
       M(e(10,"en"), 16, "for 11 straight years", "11 straight years", 11.0, YR, "y24", as_of="2024")])

group("cn_express_daily_collection", "exp", "Parcels collected per day in China, 2025",
      "China", "parcels collected daily", "2025", "'over 500 million' = 超过5亿件 (consistent).",
      [M(e(7,"en"), 6, "over 500 million express parcels", "500 million", 5e8, PAR, "d25", qualifier="over", as_of="2025-07"),
       M(e(8,"hans"), 7, "每天揽收快件超过5亿件", "5亿件", 5e8, PAR, "d25", qualifier="over", as_of="2025-07")])

group("cn_express_per_second", "exp", "Parcels per second in China: July 2025 vs November 2024",
      "China", "parcels per second", "2024-11 / 2025-07",
      "'nearly 6,000' = 近6000个 (July 2025; consistent); 'more than 5,400 parcels per second' is SPB's November 2024 figure (different_basis).",
      [M(e(7,"en"), 6, "nearly 6,000 packages", "6,000", 6000.0, PAR, "s25", qualifier="under", as_of="2025-07"),
       M(e(8,"hans"), 7, "近6000个快递", "6000个", 6000.0, PAR, "s25", qualifier="under", as_of="2025-07"),
       M(e(6,"en"), 13, "more than 5,400 parcels per second", "5,400", 5400.0, PAR, "s24", qualifier="over", as_of="2024-11")])

for gid, desc, ms in [
    ("cn_express_intl_2023", "International / Hong Kong, Macao, Taiwan express volume, 2023",
     [M(e(1,"hans"), 5, "国际/港澳台快递业务量累计完成30.7亿件", "30.7亿件", 30.7*YI, PAR, "y23", as_of="2023"),
      M(e(2,"hant"), 13, "國際/港澳台包裹業務量累計完成30.7億件", "30.7億件", 30.7*YI, PAR, "y23", as_of="2023"),
      M(e(11,"hans"), 7, "有30.7亿件", "30.7亿件", 30.7*YI, PAR, "y23", as_of="2023")]),
    ("cn_express_intl_growth_2023", "YoY growth of international express volume, 2023",
     [M(e(1,"hans"), 5, "同比增长52%", "52%", 52.0, PC, "y23", as_of="2023"),
      M(e(2,"hant"), 13, "按年增長52.0%", "52.0%", 52.0, PC, "y23", as_of="2023"),
      M(e(11,"hans"), 7, "比上年增长52%", "52%", 52.0, PC, "y23", as_of="2023")]),
    ("cn_express_intracity_2023", "Intra-city express volume, 2023",
     [M(e(1,"hans"), 5, "同城快递业务量累计完成136.4亿件", "136.4亿件", 136.4*YI, PAR, "y23", as_of="2023"),
      M(e(2,"hant"), 13, "同城包裹業務量累計完成136.4億件", "136.4億件", 136.4*YI, PAR, "y23", as_of="2023")]),
    ("cn_express_intracity_growth_2023", "YoY growth of intra-city express volume, 2023",
     [M(e(1,"hans"), 5, "同比增长6.6%", "6.6%", 6.6, PC, "y23", as_of="2023"),
      M(e(2,"hant"), 13, "按年增長6.6%", "6.6%", 6.6, PC, "y23", as_of="2023")]),
    ("cn_express_intercity_2023", "Inter-city express volume, 2023",
     [M(e(1,"hans"), 5, "异地快递业务量累计完成1153.6亿件", "1153.6亿件", 1153.6*YI, PAR, "y23", as_of="2023"),
      M(e(2,"hant"), 13, "異地包裹業務量累計完成1153.6億件", "1153.6億件", 1153.6*YI, PAR, "y23", as_of="2023")]),
    ("cn_express_intercity_growth_2023", "YoY growth of inter-city express volume, 2023",
     [M(e(1,"hans"), 5, "同比增长20.5%", "20.5%", 20.5, PC, "y23", as_of="2023"),
      M(e(2,"hant"), 13, "按年增長20.5%", "20.5%", 20.5, PC, "y23", as_of="2023")]),
    ("cn_express_share_east_2023", "Eastern region's share of express volume, 2023",
     [M(e(1,"hans"), 7, "比重分别为75.2%", "75.2%", 75.2, PC, "y23", as_of="2023"),
      M(e(2,"hant"), 19, "比重分別為75.2%", "75.2%", 75.2, PC, "y23", as_of="2023")]),
    ("cn_express_share_central_2023", "Central region's share of express volume, 2023",
     [M(e(1,"hans"), 7, "、16.7%和", "16.7%", 16.7, PC, "y23", as_of="2023"),
      M(e(2,"hant"), 19, "、16.7%和", "16.7%", 16.7, PC, "y23", as_of="2023")]),
    ("cn_express_share_west_2023", "Western region's share of express volume, 2023",
     [M(e(1,"hans"), 7, "和8.1%", "8.1%", 8.1, PC, "y23", as_of="2023"),
      M(e(2,"hant"), 19, "和8.1%", "8.1%", 8.1, PC, "y23", as_of="2023")]),
]:
    group(gid, "exp", desc + " (SPB), restated", "China", desc, "2023", "Restatements in both scripts (consistent).", ms)

# ================================================================ port: Shanghai port container throughput
group("shanghai_port_teu", "port", "Shanghai port's container throughput: 2022, 2023, 2024 (SIPG; CTS table)",
      "Shanghai port", "container throughput (TEU)", "2022-2024",
      "2023: 'exceeded 49 million TEU' = 突破4900万TEU (bounds, consistent) and 'reached 49 million' (49.158 million rounded; consistent with the bounds, rounding as alt). 2022: '47.3 million' twice = 突破4730萬標準箱 (consistent). 2024: the CTS article gives 5150萬TEU in its table and 5150.6萬TEU in its text (rounding); 'achieve ... 50 million teu' and 突破5000万标箱 (three times) are bounds that contain it (consistent). Years differ: different_basis.",
      [M(p(1,"en"), 5, "exceeded 49 million TEU last year", "49 million TEU", 49e6, TEU, "y23", qualifier="over", as_of="2023"),
       M(p(4,"hans"), 6, "突破4900万TEU", "4900万TEU", 49e6, TEU, "y23", qualifier="over", as_of="2023"),
       M(p(6,"en"), 9, "reached 49 million twenty-foot equivalent units (TEUs) in 2023", "49 million", 49e6, TEU, "y23", as_of="2023"),
       M(p(5,"en"), 3, "47.3 million twenty-foot", "47.3 million", 47.3e6, TEU, "y22", as_of="2022"),
       M(p(5,"en"), 10, "47.3 million twenty-foot", "47.3 million", 47.3e6, TEU, "y22", as_of="2022"),
       M(p(3,"hant"), 4, "突破4730萬標準箱", "4730萬標準箱", 47.3e6, TEU, "y22", qualifier="over", as_of="2022"),
       M(p(7,"hant"), 5, "上海(5150萬TEU)", "5150萬TEU", 51.5e6, TEU, "y24", as_of="2024"),
       M(p(7,"hant"), 7, "去年櫃量5150.6萬TEU", "5150.6萬TEU", 51.506e6, TEU, "y24", as_of="2024"),
       M(p(8,"en"), 5, "annual container throughput of 50 million teu in 2024", "50 million teu", 50e6, TEU, "y24", qualifier="at_least", as_of="2024"),
       M(p(9,"hans"), 3, "首破5000万标箱", "5000万标箱", 50e6, TEU, "y24", qualifier="over", as_of="2024"),
       M(p(9,"hans"), 4, "2024年集装箱吞吐量突破5000万标箱", "5000万标箱", 50e6, TEU, "y24", qualifier="over", as_of="2024"),
       M(p(9,"hans"), 6, "2024年,上海港集装箱吞吐量突破5000万标箱", "5000万标箱", 50e6, TEU, "y24", qualifier="over", as_of="2024")],
      {**cross((1,2), (3,), (K, R)), **cross((4,5), (6,), K), (7,8):R, **cross((7,8), (9,10,11,12), K),
       **cross((9,), (10,11,12), K)})

group("shanghai_port_growth", "port", "YoY growth of Shanghai port's container throughput: 2023 vs January-August 2023 (portnews 3.5% vs 上證報 3.6%)",
      "Shanghai port", "YoY growth of container throughput", "2023",
      "Full year 2023 +3.6% twice (consistent). January-August 2023: portnews '+3.5%' (headline and body) vs 上證報 同比增長3.6%: conflict. Same number 3.6 for the two periods: different_basis.",
      [M(p(1,"en"), 3, "a 3.6 percent increase in volumes", "3.6 percent", 3.6, PC, "y23", as_of="2023"),
       M(p(1,"en"), 5, "an increase of 3.6 percent", "3.6 percent", 3.6, PC, "y23", as_of="2023"),
       M(p(2,"en"), 4, "rose by 3.5%", "3.5%", 3.5, PC, "ja23", as_of="2023-01..2023-08"),
       M(p(2,"en"), 5, "throughput rose by 3.5%", "3.5%", 3.5, PC, "ja23", as_of="2023-01..2023-08"),
       M(p(3,"hant"), 4, "同比增長3.6%", "3.6%", 3.6, PC, "ja23", as_of="2023-01..2023-08")],
      cross((3,4), (5,), C))

group("shanghai_port_teu_jan_aug_2023", "port", "Shanghai port's container throughput, January-August 2023: portnews '3.21 million TEUs' vs 上證報 3214萬標準箱",
      "Shanghai port", "container throughput (TEU)", "2023-01..2023-08",
      "3.21 million TEUs (as written; 32.1 million evidently meant) vs 3214萬 = 32.14 million: conflict.",
      [M(p(2,"en"), 5, "to 3.21 million TEUs", "3.21 million TEUs", 3.21e6, TEU, "ja23", as_of="2023-01..2023-08", note="as written"),
       M(p(3,"hant"), 4, "完成集裝箱吞吐量3214萬標準箱", "3214萬標準箱", 32.14e6, TEU, "ja23", as_of="2023-01..2023-08")],
      {(1,2):C})

group("shanghai_port_rank_years", "port", "Years in a row Shanghai port ranked first in container throughput: through 2022, 2023, 2024",
      "Shanghai port", "consecutive years ranked first (years)", "2022-2024",
      "Through 2022: 13 (three times); through 2023: 14 (four times) vs orihonor's '2023年已连续13年稳居世界第一' (conflict; different_basis as alt: '2023年已连续13年' can be read as the streak standing in 2023, i.e. through 2022); through 2024: 15 (twice). Different as-of years: different_basis.",
      [M(p(5,"en"), 3, "for the 13th straight year", "13th", 13.0, YR, "y22", as_of="2022"),
       M(p(5,"en"), 8, "for the 13th consecutive year in 2022", "13th", 13.0, YR, "y22", as_of="2022"),
       M(p(3,"hant"), 4, "連續13年全球第一", "13年", 13.0, YR, "y22", as_of="2022"),
       M(p(4,"hans"), 3, "连续十四年排名全球第一", "十四年", 14.0, YR, "y23", as_of="2023"),
       M(p(4,"hans"), 6, "连续第十四年蝉联全球第一", "第十四年", 14.0, YR, "y23", as_of="2023"),
       M(p(6,"en"), 3, "for 14th Year", "14th", 14.0, YR, "y23", as_of="2023"),
       M(p(6,"en"), 9, "for 14 consecutive years", "14 consecutive years", 14.0, YR, "y23", as_of="2023"),
       M(p(9,"hans"), 6, "2023年已连续13年稳居世界第一", "13年", 13.0, YR, "y23", as_of="2023"),
       M(p(8,"en"), 5, "for 15 consecutive years", "15 consecutive years", 15.0, YR, "y24", as_of="2024"),
       M(p(7,"hant"), 7, "連續十五年領跑全球", "十五年", 15.0, YR, "y24", as_of="2024")],
      cross((8,), (4,5,6,7), (C, D)))

group("shanghai_port_connectivity_rank", "port", "Years in a row Shanghai port ranked first in UNCTAD liner connectivity: as of September 2023 vs January 2025",
      "Shanghai port", "consecutive years first in connectivity (years)", "2023 / 2024",
      "連續12年 (September 2023) vs '13 years in a row' (January 2025): different as-of dates.",
      [M(p(3,"hant"), 4, "上海港連續12年位列全球第一", "12年", 12.0, YR, "c23", as_of="2023-09"),
       M(p(8,"en"), 17, "for 13 years in a row", "13 years", 13.0, YR, "c24", as_of="2025-01")])

group("shanghai_port_cargo_growth_ja23", "port", "YoY growth of Shanghai port's cargo throughput, January-August 2023",
      "Shanghai port", "YoY growth of cargo throughput", "2023-01..2023-08", "Headline and body +10% (consistent).",
      [M(p(2,"en"), 3, "rose by 10% YoY", "10%", 10.0, PC, "ja23", as_of="2023-01..2023-08"),
       M(p(2,"en"), 5, "up 10%", "10%", 10.0, PC, "ja23", as_of="2023-01..2023-08")])

group("shanghai_port_weekly_services", "port", "Weekly liner services at Shanghai port, early 2024",
      "Shanghai port", "weekly liner services (count)", "2024-01", "over 320 three times (consistent).",
      [M(p(1,"en"), 9, "over 320 liner services weekly", "320", 320.0, CNT, "j24", qualifier="over", as_of="2024-01"),
       M(p(4,"hans"), 7, "每周班轮进出超过320个班次", "320个班次", 320.0, CNT, "j24", qualifier="over", as_of="2024-01"),
       M(p(6,"en"), 11, "over 320 weekly deliveries", "320", 320.0, CNT, "j24", qualifier="over", as_of="2024-01")])

group("shanghai_port_ports_served", "port", "Ports served by Shanghai port's routes",
      "Shanghai port", "ports connected (count)", "2024-2025", "over 700 / 700多个 five times (consistent).",
      [M(p(1,"en"), 9, "to over 700 ports worldwide", "700", 700.0, CNT, "now", qualifier="over", as_of="2024-01"),
       M(p(4,"hans"), 7, "700多个港口", "700多个", 700.0, CNT, "now", qualifier="over", as_of="2024-01"),
       M(p(6,"en"), 11, "cover over 700 ports", "700", 700.0, CNT, "now", qualifier="over", as_of="2024-01"),
       M(p(8,"en"), 17, "connecting over 700 ports", "700", 700.0, CNT, "now", qualifier="over", as_of="2025-01"),
       M(p(9,"hans"), 8, "700多个港口", "700多个", 700.0, CNT, "now", qualifier="over", as_of="2024-12")])

group("shanghai_port_countries_served", "port", "Countries and regions reached by Shanghai port's routes",
      "Shanghai port", "countries and regions (count)", "2024-2025", "more than 200 / 200多个 four times (consistent).",
      [M(p(4,"hans"), 7, "200多个国家", "200多个", 200.0, CNT, "now", qualifier="over", as_of="2024-01"),
       M(p(6,"en"), 11, "more than 200 countries", "200", 200.0, CNT, "now", qualifier="over", as_of="2024-01"),
       M(p(8,"en"), 17, "more than 200 countries", "200", 200.0, CNT, "now", qualifier="over", as_of="2025-01"),
       M(p(9,"hans"), 8, "200多个国家", "200多个", 200.0, CNT, "now", qualifier="over", as_of="2024-12")])

group("shanghai_port_intl_routes", "port", "International routes at Shanghai port, end of 2024",
      "Shanghai port", "international routes (count)", "2024-12", "nearly 350 = 近350条 (consistent).",
      [M(p(8,"en"), 17, "nearly 350 international shipping services", "350", 350.0, CNT, "now", qualifier="under", as_of="2025-01"),
       M(p(9,"hans"), 8, "近350条国际航线", "350条", 350.0, CNT, "now", qualifier="under", as_of="2024-12")])

group("shanghai_port_water_ratio_2024", "port", "Shanghai port's water-to-water transhipment ratio, 2024 (expected)",
      "Shanghai port", "water-to-water transhipment ratio", "2024", "expected 60% twice (consistent).",
      [M(p(8,"en"), 23, "expected to reach 60%", "60%", 60.0, PC, "y24", as_of="2024 (expected)"),
       M(p(9,"hans"), 10, "水水中转比例预计达60%", "60%", 60.0, PC, "y24", as_of="2024 (expected)")])

group("shanghai_shipping_centre_top3", "port", "Years Shanghai has ranked in the top three international shipping centres",
      "Shanghai", "consecutive years in the top three (years)", "2024", "five consecutive years = 连续5年 (consistent).",
      [M(p(8,"en"), 15, "for five consecutive years", "five", 5.0, YR, "y24", as_of="2024"),
       M(p(9,"hans"), 8, "连续5年稳居全球前三", "5年", 5.0, YR, "y24", as_of="2024")])

# ================================================================ wear: wearables and smartwatches (IDC, Counterpoint)
group("wearables_q3_shipments", "wear", "Worldwide wearables shipments in the third quarter (IDC): 3Q23, 3Q22, 3Q21, with 2Q23",
      "world", "wearables shipments (units)", "3Q21-3Q23",
      "148.4 million = 1.484亿台 / 1.484 億臺 (consistent); 3Q21 142.1 million and 3Q22 144.6 million restated in both scripts; 2Q23 116.3 million: other quarters.",
      [M(w(1,"en"), 9, "of 148.4 million units", "148.4 million units", 148.4e6, U, "q3_23", as_of="2023-Q3"),
       M(w(2,"en"), 3, "of 148.4 million units", "148.4 million units", 148.4e6, U, "q3_23", as_of="2023-Q3"),
       M(w(3,"hans"), 5, "达到1.484亿台", "1.484亿台", 148.4e6, U, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 4, "出貨量 1.484 億臺", "1.484 億臺", 148.4e6, U, "q3_23", as_of="2023-Q3"),
       M(w(1,"en"), 9, "3Q21 (142.1 million)", "142.1 million", 142.1e6, U, "q3_21", as_of="2021-Q3"),
       M(w(2,"en"), 5, "3Q21 (142.1 million)", "142.1 million", 142.1e6, U, "q3_21", as_of="2021-Q3"),
       M(w(3,"hans"), 7, "出货量为1.421 亿台", "1.421 亿台", 142.1e6, U, "q3_21", as_of="2021-Q3"),
       M(w(4,"hant"), 5, "出貨量為 1.421 億臺", "1.421 億臺", 142.1e6, U, "q3_21", as_of="2021-Q3"),
       M(w(1,"en"), 9, "3Q22 (144.6 million)", "144.6 million", 144.6e6, U, "q3_22", as_of="2022-Q3"),
       M(w(2,"en"), 5, "3Q22 (144.6 million)", "144.6 million", 144.6e6, U, "q3_22", as_of="2022-Q3"),
       M(w(3,"hans"), 7, "出货量为1.446 亿台", "1.446 亿台", 144.6e6, U, "q3_22", as_of="2022-Q3"),
       M(w(4,"hant"), 5, "為 1.446 億臺", "1.446 億臺", 144.6e6, U, "q3_22", as_of="2022-Q3"),
       M(w(6,"en"), 7, "shipments of 116.3 million devices", "116.3 million devices", 116.3e6, U, "q2_23", as_of="2023-Q2")])

group("wearables_growth", "wear", "YoY growth of worldwide wearables shipments (IDC): 3Q23, 2Q23, 4Q23, full year 2023, Asia/Pacific 4Q23, September 2023 forecast",
      "world", "YoY growth of wearables shipments", "2023",
      "3Q23 +2.6% four times (consistent). 2Q23 +8.5%, 4Q23 -0.9%, full year +1.7% (the same number as Asia/Pacific's 4Q23 +1.7%, another scope), and the forecast +5.6% for 2023: different_basis.",
      [M(w(1,"en"), 9, "grew 2.6% year over year", "2.6%", 2.6, PC, "q3_23", as_of="2023-Q3"),
       M(w(2,"en"), 3, "grew 2.6% year over year", "2.6%", 2.6, PC, "q3_23", as_of="2023-Q3"),
       M(w(3,"hans"), 5, "同比增长2.6%", "2.6%", 2.6, PC, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 4, "同比增長 2.6%", "2.6%", 2.6, PC, "q3_23", as_of="2023-Q3"),
       M(w(6,"en"), 7, "growth of 8.5%", "8.5%", 8.5, PC, "q2_23", as_of="2023-Q2"),
       M(w(5,"en"), 6, "declined 0.9% year over year", "0.9%", -0.9, PC, "q4_23", as_of="2023-Q4"),
       M(w(5,"en"), 8, "grow 1.7% for the full year 2023", "1.7%", 1.7, PC, "y23", as_of="2023"),
       M(w(5,"en"), 6, "grew 1.7% in Asia/Pacific", "1.7%", 1.7, PC, "apac_q4_23", as_of="2023-Q4", note="Asia/Pacific"),
       M(w(6,"en"), 17, "a 5.6% increase over 2022", "5.6%", 5.6, PC, "f23_sep", as_of="2023 forecast (September 2023)")])

group("wearables_2023_forecast", "wear", "IDC's forecasts of 2023 wearables shipments: June 2023 (504.1 million) vs September 2023 (520 million)",
      "world", "wearables shipments forecast (units)", "2023 forecast",
      "504.1 million = 5.041亿台 (June vintage; consistent); 520 million twice (September vintage; consistent). Two vintages of one forecast: different_basis, conflict as alt.",
      [M(w(6,"en"), 17, "IDC predicts that 520 million wearables", "520 million", 520e6, U, "f23_sep", as_of="2023 forecast (September 2023)"),
       M(w(6,"en"), 21, "current prediction of 520 million shipments", "520 million", 520e6, U, "f23_sep", as_of="2023 forecast (September 2023)"),
       M(w(6,"en"), 21, "rebound to 504.1 million units", "504.1 million units", 504.1e6, U, "f23_jun", as_of="2023 forecast (June 2023)"),
       M(w(7,"hans"), 8, "达到5.041亿台", "5.041亿台", 504.1e6, U, "f23_jun", as_of="2023 forecast (June 2023)")],
      cross((1,2), (3,4), (D, C)))

group("wearables_2027_forecast", "wear", "IDC's forecasts of 2027 wearables shipments: June 2023 vs September 2023",
      "world", "wearables shipments forecast (units)", "2027 forecast",
      "6.294亿部 (June) vs 625.4 million (September): two vintages (different_basis, conflict as alt).",
      [M(w(6,"en"), 19, "reach 625.4 million units", "625.4 million units", 625.4e6, U, "f27_sep", as_of="2027 forecast (September 2023)"),
       M(w(7,"hans"), 8, "到2027年出货量将达到6.294亿部", "6.294亿部", 629.4e6, U, "f27_jun", as_of="2027 forecast (June 2023)")],
      {(1,2):(D, C)})

group("wearables_cagr_forecast", "wear", "IDC's forecast CAGR of wearables shipments to 2027: June 2023 vs September 2023",
      "world", "CAGR of wearables shipments to 2027", "2023-2027 forecast",
      "5.0% (June) vs 4.7% (September): two vintages (different_basis, conflict as alt).",
      [M(w(6,"en"), 19, "compound annual growth rate of 4.7%", "4.7%", 4.7, PC, "f27_sep", as_of="2027 forecast (September 2023)"),
       M(w(7,"hans"), 8, "复合年增长率(CAGR)为5.0%", "5.0%", 5.0, PC, "f27_jun", as_of="2027 forecast (June 2023)")],
      {(1,2):(D, C)})

group("smartwatch_growth", "wear", "YoY growth of worldwide smartwatch shipments: 2023 (IDC +8.7% vs Counterpoint +5.8%), IDC's forecast, Q4 2023, Q2 2023 (Counterpoint 11% vs 11.1%)",
      "world", "YoY growth of smartwatch shipments", "2023",
      "Full year 2023: IDC +8.7% vs Counterpoint +5.8%: two estimators, conflict. IDC's September forecast +11.3% for 2023, Counterpoint's Q4 2023 +5%: other basis. Q2 2023: Counterpoint's 11% (three times) vs its model tracker's 11.1% (rounding).",
      [M(w(5,"en"), 8, "shipments increased 8.7%", "8.7%", 8.7, PC, "y23", as_of="2023", note="IDC"),
       M(w(8,"en"), 8, "moderate growth of 5.8%", "5.8%", 5.8, PC, "y23", as_of="2023", note="Counterpoint"),
       M(w(6,"en"), 17, "165.4 million; 11.3%", "11.3%", 11.3, PC, "f23", as_of="2023 forecast (IDC, September 2023)"),
       M(w(8,"en"), 8, "a 5% year-on-year increase in Q4 2023", "5%", 5.0, PC, "q4_23", as_of="2023-Q4"),
       M(w(9,"hans"), 10, "同比增长了 11%", "11%", 11.0, PC, "q2_23", as_of="2023-Q2"),
       M(w(10,"en"), 4, "shipments increased 11% YoY", "11%", 11.0, PC, "q2_23", as_of="2023-Q2"),
       M(w(10,"en"), 6, "shipments increased 11% YoY", "11%", 11.0, PC, "q2_23", as_of="2023-Q2"),
       M(w(10,"en"), 8, "increased by 11.1% YoY", "11.1%", 11.1, PC, "q2_23", as_of="2023-Q2")],
      {(1,2):C, **cross((5,6,7), (8,), R)})

group("apple_wearables_q3", "wear", "Apple's wearables shipments, 3Q23 and 3Q22 (IDC)",
      "Apple", "wearables shipments (units)", "3Q23 / 3Q22",
      "2990万 twice (3Q23); 40.8 million = 4080万 (3Q22) three times: consistent within each quarter.",
      [M(w(3,"hans"), 9, "苹果第三季度出货量为 2990 万台", "2990 万台", 29.9e6, U, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 7, "出貨量為 2990 萬臺", "2990 萬臺", 29.9e6, U, "q3_23", as_of="2023-Q3"),
       M(w(2,"en"), 7, "Apple sold 40.8 million wearable devices", "40.8 million", 40.8e6, U, "q3_22", as_of="2022-Q3"),
       M(w(3,"hans"), 9, "去年同期的4080 万台", "4080 万台", 40.8e6, U, "q3_22", as_of="2022-Q3"),
       M(w(4,"hant"), 7, "(4080 萬臺)", "4080 萬臺", 40.8e6, U, "q3_22", as_of="2022-Q3")])

group("apple_wearables_growth_q3", "wear", "YoY change of Apple's wearables shipments, 3Q23",
      "Apple", "YoY change of wearables shipments", "2023-Q3", "-26.7% four times (consistent).",
      [M(w(2,"en"), 7, "down 26.7% year-over-year", "26.7%", -26.7, PC, "q3_23", as_of="2023-Q3"),
       M(w(3,"hans"), 3, "苹果下降 26.7%", "26.7%", -26.7, PC, "q3_23", as_of="2023-Q3"),
       M(w(3,"hans"), 9, "下降了 26.7%", "26.7%", -26.7, PC, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 7, "下降了 26.7%", "26.7%", -26.7, PC, "q3_23", as_of="2023-Q3")])

group("apple_wearables_share", "wear", "Apple's share of wearables shipments, 3Q23 vs 3Q22",
      "Apple", "share of wearables shipments", "3Q23 / 3Q22", "20.2% three times (3Q23); 28.2% is 3Q22.",
      [M(w(2,"en"), 7, "with 20.2% market share", "20.2%", 20.2, PC, "q3_23", as_of="2023-Q3"),
       M(w(3,"hans"), 9, "市场占有率为 20.2%", "20.2%", 20.2, PC, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 7, "市場占有率為 20.2%", "20.2%", 20.2, PC, "q3_23", as_of="2023-Q3"),
       M(w(2,"en"), 7, "had 28.2% market share", "28.2%", 28.2, PC, "q3_22", as_of="2022-Q3")])

group("apple_wearables_share_change", "wear", "Change of Apple's wearables share, 3Q23",
      "Apple", "YoY change of share (pp)", "2023-Q3", "-8 pp twice (consistent).",
      [M(w(3,"hans"), 9, "相比去年同期下降了 8 个百分点", "8 个百分点", -8.0, PP, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 7, "相比較去年同期下降了 8 個百分點", "8 個百分點", -8.0, PP, "q3_23", as_of="2023-Q3")])

group("xiaomi_wearables_q3", "wear", "Xiaomi's wearables shipments, 3Q23 and 3Q22",
      "Xiaomi", "wearables shipments (units)", "3Q23 / 3Q22", "1160万 twice (3Q23, consistent); 850萬 is 3Q22.",
      [M(w(3,"hans"), 9, "小米第三季度出货量为 1160 万台", "1160 万台", 11.6e6, U, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 8, "出貨量為 1160 萬臺", "1160 萬臺", 11.6e6, U, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 8, "(850 萬臺)", "850 萬臺", 8.5e6, U, "q3_22", as_of="2022-Q3")])

group("xiaomi_wearables_growth_q3", "wear", "YoY growth of Xiaomi's wearables shipments, 3Q23",
      "Xiaomi", "YoY growth of wearables shipments", "2023-Q3", "+36% three times (consistent).",
      [M(w(3,"hans"), 3, "增长 36%", "36%", 36.0, PC, "q3_23", as_of="2023-Q3"),
       M(w(3,"hans"), 9, "同比增长36%", "36%", 36.0, PC, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 8, "增加了 36%", "36%", 36.0, PC, "q3_23", as_of="2023-Q3")])

group("xiaomi_wearables_share", "wear", "Xiaomi's share of wearables shipments, 3Q23",
      "Xiaomi", "share of wearables shipments", "2023-Q3", "7.8% twice.",
      [M(w(3,"hans"), 9, "市场占有率为 7.8%", "7.8%", 7.8, PC, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 8, "市場占有率為 7.8%", "7.8%", 7.8, PC, "q3_23", as_of="2023-Q3")])

group("xiaomi_wearables_share_change", "wear", "Change of Xiaomi's wearables share, 3Q23",
      "Xiaomi", "YoY change of share (pp)", "2023-Q3", "+1.9 pp twice.",
      [M(w(3,"hans"), 9, "增加了 1.9 个百分点", "1.9 个百分点", 1.9, PP, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 8, "增加了 1.9 個百分點", "1.9 個百分點", 1.9, PP, "q3_23", as_of="2023-Q3")])

group("samsung_wearables_q3", "wear", "Samsung's wearables shipments, 3Q23 and 3Q22",
      "Samsung", "wearables shipments (units)", "3Q23 / 3Q22", "1070万 twice (consistent); 1180萬 is 3Q22.",
      [M(w(3,"hans"), 9, "三星第三季度出货量为 1070 万台", "1070 万台", 10.7e6, U, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 9, "出貨量為 1070 萬臺", "1070 萬臺", 10.7e6, U, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 9, "(1180 萬臺)", "1180 萬臺", 11.8e6, U, "q3_22", as_of="2022-Q3")])

group("samsung_wearables_growth_q3", "wear", "YoY change of Samsung's wearables shipments, 3Q23",
      "Samsung", "YoY change of wearables shipments", "2023-Q3", "-9.1% twice.",
      [M(w(3,"hans"), 9, "同比下降9.1%", "9.1%", -9.1, PC, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 9, "下降了 9.1%", "9.1%", -9.1, PC, "q3_23", as_of="2023-Q3")])

group("huawei_wearables_q3", "wear", "Huawei's wearables shipments, 3Q23 vs 3Q22",
      "Huawei", "wearables shipments (units)", "3Q23 / 3Q22", "850萬 (3Q23) vs 890萬 (3Q22): different_basis.",
      [M(w(4,"hant"), 10, "出貨量為 850 萬臺", "850 萬臺", 8.5e6, U, "q3_23", as_of="2023-Q3"),
       M(w(4,"hant"), 10, "(890 萬臺)", "890 萬臺", 8.9e6, U, "q3_22", as_of="2022-Q3")])

group("india_smartwatch_growth_q2", "wear", "YoY growth of India's smartwatch shipments, Q2 2023 (Counterpoint)",
      "India", "YoY growth of smartwatch shipments", "2023-Q2", "+70% three times (consistent).",
      [M(w(9,"hans"), 12, "印度市场出货量同比增长 70%", "70%", 70.0, PC, "q2_23", as_of="2023-Q2"),
       M(w(10,"en"), 4, "soared by 70% YoY", "70%", 70.0, PC, "q2_23", as_of="2023-Q2"),
       M(w(10,"en"), 6, "soared by 70% YoY", "70%", 70.0, PC, "q2_23", as_of="2023-Q2")])

group("huawei_smartwatch_growth_q2", "wear", "YoY growth of Huawei's smartwatch shipments in China, Q2 2023 (Counterpoint)",
      "Huawei", "YoY growth of smartwatch shipments (China)", "2023-Q2", "+58% three times (consistent).",
      [M(w(9,"hans"), 3, "华为国内增长58%", "58%", 58.0, PC, "q2_23", as_of="2023-Q2"),
       M(w(9,"hans"), 12, "出货量同比增长 58%", "58%", 58.0, PC, "q2_23", as_of="2023-Q2"),
       M(w(9,"hans"), 18, "出货量增长 58%", "58%", 58.0, PC, "q2_23", as_of="2023-Q2")])

group("apple_smartwatch_growth_q2", "wear", "YoY change of Apple's smartwatch shipments, Q2 2023 (Counterpoint)",
      "Apple", "YoY change of smartwatch shipments", "2023-Q2", "-10% twice (consistent).",
      [M(w(9,"hans"), 3, "苹果同比下降10%", "10%", -10.0, PC, "q2_23", as_of="2023-Q2"),
       M(w(9,"hans"), 16, "出货量下降 10%", "10%", -10.0, PC, "q2_23", as_of="2023-Q2")])

# ---------------------------------------------------------------- singles: claims in no group
single(e(1,"hans"), 6, "包裹业务累计完成2470.2万件", "2470.2万件", 24.702e6, PAR, note="postal parcel (包裹) business 2023, not express")
single(e(4,"en"), 14, "13.26 billion deliveries", "13.26 billion", 13.26e9, PAR, note="December 2023")
single(e(4,"en"), 12, "about 169.8 billion U.S. dollars", "169.8 billion U.S. dollars", 169.8e9, USD, qualifier="approx", note="2023 revenue converted")
single(e(5,"en"), 9, "all 3,356 border villages", "3,356", 3356.0, CNT)
single(e(9,"hant"), 3, "全球快遞包裹業務總量約1892億件", "1892億件", 1892*YI, PAR, qualifier="approx", note="world 2022")
single(e(9,"hant"), 3, "業務收入約1.5萬億元", "1.5萬億元", 1.5e12, CNY, qualifier="approx", note="Asia-Pacific 2022 (look-alike of the 2025 projection)")
single(e(10,"en"), 12, "more than 124 per person", "124", 124.0, PAR, qualifier="over")
single(e(6,"en"), 13, "over 100 parcels", "100", 100.0, PAR, qualifier="over", note="per person per year")
single(e(7,"en"), 7, "($153.12 billion)", "$153.12 billion", 153.12e9, USD, note="2020 postal revenue converted")
single(p(1,"en"), 5, "1.7 million TEU higher", "1.7 million TEU", 1.7e6, TEU, note="2023 over 2022")
single(p(1,"en"), 7, "container volume of 25 million TEU", "25 million TEU", 25e6, TEU, note="Yangshan 2023")
single(p(1,"en"), 7, "an increase of 4.6 percent", "4.6 percent", 4.6, PC, note="Yangshan 2023")
single(p(2,"en"), 6, "it handled 9.55 million TEUs", "9.55 million TEUs", 9.55e6, TEU, note="Hong Kong January-August 2023")
single(p(2,"en"), 7, "handled 513.7 million tonnes", "513.7 million tonnes", 513.7e6, "tonnes", note="Shanghai cargo 2022")
single(p(5,"en"), 12, "with 4.30 million TEUs", "4.30 million TEUs", 4.3e6, TEU, note="July 2022 monthly record")
single(p(7,"hant"), 4, "達到1.832億TEU", "1.832億TEU", 183.2e6, TEU, note="world 2024 (CTS)")
single(p(7,"hant"), 5, "新加坡(4112萬TEU)", "4112萬TEU", 41.12e6, TEU, note="Singapore 2024")
single(p(8,"en"), 19, "exceed 7 milion teu", "7 milion teu", 7e6, TEU, qualifier="over", note="transhipment 2024; 'milion' as written")
single(w(5,"en"), 8, "capturing 61.3%", "61.3%", 61.3, PC, note="hearables' share 2023")
single(w(5,"en"), 8, "growing 34.9%", "34.9%", 34.9, PC, note="rings 2023")
single(w(6,"en"), 17, "earwear (320.7 million", "320.7 million", 320.7e6, U, note="2023 forecast")
single(w(8,"en"), 8, "reached 43.3 million units", "43.3 million units", 43.3e6, U, note="smartwatches Q4 2023 (Counterpoint)")
single(w(10,"en"), 8, "reaching 35 million", "35 million", 35e6, U, note="smartwatches Q2 2023")
single(w(9,"hans"), 20, "同比下滑 19%", "19%", -19.0, PC, note="Samsung smartwatches Q2 2023")
single(w(4,"hant"), 10, "下降了 4.4%", "4.4%", -4.4, PC, note="Huawei wearables 3Q23")
# ---------------------------------------------------------------- singles: numbers that are not claims
single(e(1,"hans"), 3, "时间:2024-01-23", not_a_claim=True, kind="date")
single(e(3,"hans"), 3, "快科技1月21日消息", not_a_claim=True, kind="date")
single(e(4,"en"), 5, "travel2024-06-03 16:58:35435", not_a_claim=True, kind="page_furniture")
single(e(4,"en"), 6, "13:06, January 22, 2024", not_a_claim=True, kind="date")
single(e(5,"en"), 5, "14:35, January 24, 2024", not_a_claim=True, kind="date")
single(e(6,"en"), 5, "21:13 UTC+8, 2025-01-08", not_a_claim=True, kind="date")
single(e(8,"hans"), 7, "记者在7月21日", not_a_claim=True, kind="date")
single(e(9,"hant"), 3, "央視網消息:11月22日", not_a_claim=True, kind="date")
single(e(10,"en"), 7, "Updated: 2025-01-09 08:49", not_a_claim=True, kind="date")
single(e(11,"hans"), 4, "2024-01-27 16:56:08", not_a_claim=True, kind="date")
single(p(1,"en"), 3, "date 2024-01-11", not_a_claim=True, kind="date")
single(p(2,"en"), 3, "8M’2023", not_a_claim=True, kind="period_label", note="eight months of 2023")
single(p(3,"hant"), 3, "2023-09-12 11:00:02", not_a_claim=True, kind="date")
single(p(4,"hans"), 4, "2024-01-02 12:45:00", not_a_claim=True, kind="date")
single(p(6,"en"), 5, "Jan, 04, 2024", not_a_claim=True, kind="date")
single(p(6,"en"), 7, "Week 202401", not_a_claim=True, kind="page_furniture")
single(p(7,"hant"), 8, "(中華日報航運版20250318)", not_a_claim=True, kind="page_furniture")
single(p(8,"en"), 9, "January 2, 2025", not_a_claim=True, kind="date")
single(p(8,"en"), 11, "1 Min Read", not_a_claim=True, kind="page_furniture")
single(p(9,"hans"), 4, "12月22日", not_a_claim=True, kind="date")
single(w(1,"en"), 5, "Publication date: 04 Dec 2023", not_a_claim=True, kind="date")
single(w(2,"en"), 7, "in Q3202.", not_a_claim=True, kind="period_label", note="truncated 'Q3 2022'")
single(w(3,"hans"), 3, "2023Q3", not_a_claim=True, kind="period_label")
single(w(3,"hans"), 13, "试婚100天", not_a_claim=True, kind="title", note="novel title in a spam link list")
single(w(4,"hant"), 3, "12 月 5 日消息", not_a_claim=True, kind="date")
single(w(5,"en"), 4, "reading time: 2 minutes", not_a_claim=True, kind="page_furniture")
single(w(7,"hans"), 6, "发布时间:2023-06-27 09:03", not_a_claim=True, kind="date")
single(w(8,"en"), 5, "Mar 5, 2024", not_a_claim=True, kind="date")
single(w(9,"hans"), 5, "2023-08-29 23:57:06", not_a_claim=True, kind="date")
single(w(10,"en"), 3, "September 4, 2023", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh8.toml", "corpus-fresh8")
