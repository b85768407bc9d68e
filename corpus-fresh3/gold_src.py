#!/usr/bin/env python3
"""Hand annotation of corpus-fresh3, written as data; emits gold.d/fresh3.toml (then run corpus/check_gold.py --dir corpus-fresh3 --build).

Every mention carries a 'basis' tag (period / scope / measure as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Different estimators of one quantity (GWEC, WWEA, BNEF, Wood Mackenzie) share a basis tag: their disagreements
are conflicts, written out explicitly.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

w = lambda n, s: f"wind-{n:02d}-{s}.txt"
e = lambda n, s: f"ecom-{n:02d}-{s}.txt"
a = lambda n, s: f"air-{n:02d}-{s}.txt"
GW, PC, PP, CNY, USD, P, N, T = "GW", "percent", "percentage_points", "CNY", "USD", "persons", "count", "tonnes"

# ================================================================ wind power installations
# ---------------------------------------------------------------- 2014
group("world_wind_additions_2014", "wind", "Worldwide new wind capacity installed in 2014 (GWEC releases, a Chinese retelling, WWEA)",
      "World", "new wind capacity installed", "2014",
      "GWEC's statistics appear in three versions: 51,477 MW (India Environment Portal; energytrend 51.477GW, the same figure), 51,473 MW (gwec.net graphs page) and 51,577 MW / headline 51.6 GW (SeeNews on gwec.net). 51.6 is the rounding of 51,577; every other pair of exact figures disagrees (conflict, even the 4 MW gap between two GWEC releases: a revision). 'passes 50 GW', '首次超50GW' and WWEA's 'More than 50 GW' are compatible with all.",
      [M(w(1,"en"), 4, "51,477 MW of new wind generating capacity", "51,477 MW", 51.477, GW, "y", as_of="2014", note="GWEC"),
       M(w(2,"en"), 3, "grew by 51.6 GW in 2014", "51.6 GW", 51.6, GW, "y", as_of="2014", note="SeeNews headline"),
       M(w(2,"en"), 7, "The world installed 51,577 MW", "51,577 MW", 51.577, GW, "y", as_of="2014", note="SeeNews"),
       M(w(3,"en"), 9, "passes 50 GW for the first time", "50 GW", 50.0, GW, "y", qualifier="over", as_of="2014"),
       M(w(3,"en"), 11, "51,473 MW of new wind generating capacity", "51,473 MW", 51.473, GW, "y", as_of="2014", note="GWEC graphs page"),
       M(w(4,"hans"), 3, "新增装机容量达到51.477GW", "51.477GW", 51.477, GW, "y", as_of="2014"),
       M(w(4,"hans"), 7, "首次超50GW", "50GW", 50.0, GW, "y", qualifier="over", as_of="2014"),
       M(w(5,"en"), 3, "More than 50 GW of installed wind capacity", "50 GW", 50.0, GW, "y", qualifier="over", as_of="2014", note="WWEA")],
      {(1,2):C, (1,3):C, (1,5):C, (2,3):R, (2,5):C, (2,6):C, (3,5):C, (3,6):C, (5,6):C,
       **{(x,y):K for x in (1,2,3,5,6) for y in (4,7,8) if x < y}, **{(y,x):K for x in (1,2,3,5,6) for y in (4,7,8) if y < x}})

group("world_wind_additions_growth_2014", "wind", "Growth of the worldwide annual wind market, 2014 vs 2013",
      "World", "YoY growth of new wind capacity", "2014",
      "GWEC: 44% (five mentions in three documents, consistent). WWEA: 'the yearly amount ... is 40% greater than that of 2013': two bodies' figures for the growth of the same annual market disagree (conflict); WWEA's own 2013 base may differ, so different_basis is a defensible reading.",
      [M(w(1,"en"), 4, "represents a 44% increase", "44%", 44.0, PC, "y", as_of="2014"),
       M(w(3,"en"), 9, "Annual market grows by 44%", "44%", 44.0, PC, "y", as_of="2014"),
       M(w(3,"en"), 11, "represents a 44% increase", "44%", 44.0, PC, "y", as_of="2014"),
       M(w(4,"hans"), 3, "全球市场实现了44%年增长", "44%", 44.0, PC, "y", as_of="2014"),
       M(w(4,"hans"), 7, "全球风电新增装机年增44%", "44%", 44.0, PC, "y", as_of="2014"),
       M(w(5,"en"), 4, "which is 40% greater than that of 2013", "40%", 40.0, PC, "y", as_of="2014", note="WWEA")],
      {(x,6):(C,D) for x in range(1,6)})

group("world_wind_cumulative_2014", "wind", "Worldwide cumulative wind capacity at end-2014",
      "World", "cumulative wind capacity", "end-2014",
      "GWEC 369,553 MW (India Environment Portal) vs 369,597 MW (gwec.net graphs page): two versions of one statistic, conflict. WWEA's 'The 370 GW' is within rounding of both.",
      [M(w(1,"en"), 4, "stand at 369,553 MW", "369,553 MW", 369.553, GW, "y", as_of="end-2014"),
       M(w(3,"en"), 11, "stand at 369,597 MW", "369,597 MW", 369.597, GW, "y", as_of="end-2014"),
       M(w(5,"en"), 14, "The 370 GW of wind power installed worldwide", "370 GW", 370.0, GW, "y", as_of="end-2014", note="WWEA")],
      {(1,2):C, (1,3):R, (2,3):R})

group("china_wind_additions_2014", "wind", "China new wind capacity, 2014: GWEC (energytrend), WWEA, CWEA preliminary statistics",
      "China", "new wind capacity installed", "2014",
      "GWEC 23.351GW vs CWEA's preliminary 2319.6 萬千瓦 (23.196 GW): conflict. WWEA's 23.3 GW is not the rounding of either (23.4 / 23.2): conflict, although 23.3 is a truncation of 23.351 (rounding defensible). '首次突破2000萬千瓦' (over 20 GW) is compatible with all.",
      [M(w(4,"hans"), 4, "中国2014年新增装机容量达到23.351GW", "23.351GW", 23.351, GW, "y", as_of="2014", note="GWEC"),
       M(w(5,"en"), 7, "China added 23.3 GW", "23.3 GW", 23.3, GW, "y", as_of="2014", note="WWEA"),
       M(w(6,"hant"), 4, "新增風(fēng)電裝機(jī)容量為2319.6 萬千瓦", "2319.6 萬千瓦", 23.196, GW, "y", as_of="2014", note="preliminary (據初步統計)"),
       M(w(6,"hant"), 4, "首次突破2000萬千瓦大關(guān)", "2000萬千瓦", 20.0, GW, "y", qualifier="over", as_of="2014")],
      {(1,2):(C,R), (1,3):C, (2,3):C, (1,4):K, (2,4):K, (3,4):K})

group("china_wind_growth_2014", "wind", "China's 2014 wind additions: 45% (growth, or share of the world)",
      "China", "YoY growth of new wind capacity", "2014",
      "energytrend: China's additions 同比增长45%. The SeeNews headline 'grew by 51.6 GW in 2014, 45% in China' most naturally reads as 45% of the world's additions were in China (23.351/51.477 = 45.4%), i.e. a share, not a growth rate; but the same GWEC release gave China's growth as 45%, so consistent is defensible.",
      [M(w(4,"hans"), 4, "同比增长45%", "45%", 45.0, PC, "growth", as_of="2014"),
       M(w(2,"en"), 3, "45% in China", "45%", 45.0, PC, "share_or_growth", as_of="2014", note="ambiguous headline")],
      {(1,2):(D,K)})

group("china_wind_cumulative_2014", "wind", "China cumulative wind capacity at end-2014",
      "China", "cumulative wind capacity", "end-2014",
      "WWEA 115 GW vs CWEA 1.14609 億千瓦 (114.609 GW): rounding. 'broke 1 億千瓦 and 1.1 億千瓦' are compatible.",
      [M(w(5,"en"), 7, "reaching a total capacity of 115 GW", "115 GW", 115.0, GW, "y", as_of="end-2014", note="WWEA"),
       M(w(6,"hant"), 4, "累計(jì)裝機(jī)量達(dá)到1.14609 億千瓦", "1.14609 億千瓦", 114.609, GW, "y", as_of="end-2014"),
       M(w(6,"hant"), 4, "不但突破了1 億千瓦", "1 億千瓦", 100.0, GW, "y", qualifier="over", as_of="end-2014"),
       M(w(6,"hant"), 4, "同時(shí)還突破了1.1 億千瓦", "1.1 億千瓦", 110.0, GW, "y", qualifier="over", as_of="end-2014")],
      {(1,2):R, (1,3):K, (1,4):K, (2,3):K, (2,4):K, (3,4):K})

group("asia_wind_additions_2014", "wind", "Asia new wind capacity, 2014 (GWEC)",
      "Asia", "new wind capacity installed", "2014", "26,161 MW = 26.161GW (consistent, English and Chinese).",
      [M(w(2,"en"), 7, "including 26,161 MW in Asia", "26,161 MW", 26.161, GW, "y", as_of="2014"),
       M(w(4,"hans"), 4, "年新增装机容量26.161GW", "26.161GW", 26.161, GW, "y", as_of="2014")])

group("germany_wind_additions_2014", "wind", "Germany new wind capacity, 2014",
      "Germany", "new wind capacity installed", "2014",
      "GWEC (energytrend) 5.279GW vs WWEA 5.8 GW 'from onshore and offshore': conflict; if GWEC's figure excluded offshore it would be a different basis (the text does not say so).",
      [M(w(4,"hans"), 5, "德国5.279GW新增装机容量", "5.279GW", 5.279, GW, "y", as_of="2014", note="GWEC"),
       M(w(5,"en"), 8, "adding 5.8 GW from onshore and offshore", "5.8 GW", 5.8, GW, "y", as_of="2014", note="WWEA, onshore+offshore")],
      {(1,2):(C,D)})

group("us_wind_additions_2014", "wind", "United States new wind capacity, 2014",
      "United States", "new wind capacity installed", "2014", "GWEC 4.854GW vs WWEA 4.9 GW: rounding.",
      [M(w(4,"hans"), 6, "年新增装机达到4.854GW", "4.854GW", 4.854, GW, "y", as_of="2014"),
       M(w(5,"en"), 9, "reached 4.9 GW", "4.9 GW", 4.9, GW, "y", as_of="2014")],
      {(1,2):R})

group("brazil_wind_additions_2014", "wind", "Brazil new wind capacity, 2014",
      "Brazil", "new wind capacity installed", "2014", "GWEC 2.472GW vs WWEA 2.8 GW: conflict.",
      [M(w(4,"hans"), 6, "巴西以2.472GW新增装机容量", "2.472GW", 2.472, GW, "y", as_of="2014"),
       M(w(5,"en"), 10, "additional capacity of 2.8 GW", "2.8 GW", 2.8, GW, "y", as_of="2014")],
      {(1,2):C})

group("canada_wind_additions_2014", "wind", "Canada new wind capacity, 2014",
      "Canada", "new wind capacity installed", "2014", "GWEC 1.871GW vs WWEA 1.9 GW: rounding.",
      [M(w(4,"hans"), 6, "加拿大1.871GW的装机容量", "1.871GW", 1.871, GW, "y", as_of="2014"),
       M(w(5,"en"), 11, "Canada (1.9 GW)", "1.9 GW", 1.9, GW, "y", as_of="2014")],
      {(1,2):R})

group("sweden_wind_additions_2014", "wind", "Sweden new wind capacity, 2014",
      "Sweden", "new wind capacity installed", "2014",
      "GWEC 1.05GW ('首次超过1GW') vs WWEA 'Sweden (1 GW)': rounding; 'over 1 GW' is compatible with both.",
      [M(w(4,"hans"), 5, "瑞典装机容量首次超过1GW", "1GW", 1.0, GW, "y", qualifier="over", as_of="2014"),
       M(w(4,"hans"), 5, "达到1.05GW", "1.05GW", 1.05, GW, "y", as_of="2014"),
       M(w(5,"en"), 11, "Sweden (1 GW)", "1 GW", 1.0, GW, "y", as_of="2014")],
      {(1,2):K, (1,3):(K,R), (2,3):R})

# ---------------------------------------------------------------- 2020
group("world_wind_additions_2020", "wind", "Worldwide new wind capacity installed in 2020: GWEC, WWEA, BNEF, Wood Mackenzie",
      "World", "new wind capacity installed", "2020",
      "GWEC 93 GW (prozparity, aeeolica) = WWEA preliminary 93GW (consistent). BNEF 96.7吉瓦 (DW) and Wood Mackenzie 114吉瓦 are other estimates of the same quantity: conflicts. Wood Mackenzie's figure (with China ~72 GW) evidently counts China on the grid-connection basis, so different_basis is defensible for its pairs.",
      [M(w(7,"en"), 6, "The new wind power installation in 2020 was 93 GW", "93 GW", 93.0, GW, "y", as_of="2020", note="GWEC"),
       M(w(8,"en"), 3, "adding 93GW of new wind energy capacity", "93GW", 93.0, GW, "y", as_of="2020", note="WWEA preliminary"),
       M(w(9,"hans"), 52, "新增装机容量为96.7吉瓦", "96.7吉瓦", 96.7, GW, "y", as_of="2020", note="BNEF"),
       M(w(10,"en"), 3, "with 93 GW of new installed capacity", "93 GW", 93.0, GW, "y", as_of="2020", note="GWEC"),
       M(w(12,"hant"), 7, "創(chuàng)紀(jì)錄的114吉瓦", "114吉瓦", 114.0, GW, "y", as_of="2020", note="Wood Mackenzie")],
      {(1,3):C, (2,3):C, (3,4):C, (1,5):(C,D), (2,5):(C,D), (3,5):(C,D), (4,5):(C,D)})

group("world_wind_additions_growth_2020", "wind", "Growth of worldwide new wind installations, 2020 vs 2019 (with aeeolica's cumulative reading)",
      "World", "YoY growth of new wind capacity", "2020",
      "GWEC +53% vs BNEF 较2019年增长59% vs Wood Mackenzie 增長了82%: three estimators disagree (conflicts; WoodMac pairs could be called different basis). aeeolica writes 'Wind energy installed in the world grew by 53% in 2020, reaching 743 GW': as written this is growth of cumulative capacity (another measure, different_basis), though it is plainly GWEC's +53% for new installations misplaced (consistent with prozparity is defensible).",
      [M(w(7,"en"), 6, "a year-on-year increase of 53%", "53%", 53.0, PC, "new", as_of="2020", note="GWEC"),
       M(w(9,"hans"), 52, "较2019年增长59%", "59%", 59.0, PC, "new", as_of="2020", note="BNEF"),
       M(w(12,"hant"), 7, "同比增長了82%", "82%", 82.0, PC, "new", as_of="2020", note="Wood Mackenzie"),
       M(w(10,"en"), 3, "grew by 53% in 2020", "53%", 53.0, PC, "cum", as_of="2020", note="as written: cumulative capacity")],
      {(1,2):C, (1,3):(C,D), (2,3):(C,D), (1,4):(D,K)})

group("world_wind_cumulative_2020", "wind", "Worldwide cumulative wind capacity at end-2020 (GWEC)",
      "World", "cumulative wind capacity", "end-2020", "742,689 MW vs 743 GW: rounding.",
      [M(w(7,"en"), 6, "742,689 MW by end of 2020", "742,689 MW", 742.689, GW, "y", as_of="end-2020"),
       M(w(10,"en"), 3, "reaching 743 GW", "743 GW", 743.0, GW, "y", as_of="end-2020")],
      {(1,2):R})

group("china_wind_additions_2020", "wind", "China new wind capacity, 2020: GWEC, WWEA, BNEF, Wood Mackenzie",
      "China", "new wind capacity installed", "2020",
      "52 GW (GWEC via prozparity 52,000 MW, michelegeraci twice; WWEA 'around 52GW'): consistent. BNEF 57.8吉瓦 (three times in the DW page: description, teaser, text) conflicts with 52. Wood Mackenzie 約72吉瓦 conflicts with both (it matches China's grid-connected statistic, so different_basis is defensible).",
      [M(w(7,"en"), 10, "China’s newly wind power installation was 52,000 MW", "52,000 MW", 52.0, GW, "y", as_of="2020", note="GWEC"),
       M(w(8,"en"), 4, "built around 52GW within one year", "52GW", 52.0, GW, "y", qualifier="approx", as_of="2020", note="WWEA"),
       M(w(9,"hans"), 30, "中国2020年新增风电装机容量57.8吉瓦", "57.8吉瓦", 57.8, GW, "y", as_of="2020", note="BNEF, image caption"),
       M(w(9,"hans"), 50, "中国去年新增风电装机容量57.8吉瓦", "57.8吉瓦", 57.8, GW, "y", as_of="2020", note="BNEF, teaser"),
       M(w(9,"hans"), 52, "陆上和海上风电新增装机容量57.8吉瓦", "57.8吉瓦", 57.8, GW, "y", as_of="2020", note="BNEF"),
       M(w(11,"en"), 6, "China installed wind turbines for 52 GW of power", "52 GW", 52.0, GW, "y", as_of="2020"),
       M(w(11,"en"), 8, "with 52 GW of new capacity", "52 GW", 52.0, GW, "y", as_of="2020"),
       M(w(12,"hant"), 7, "中國占約72吉瓦", "72吉瓦", 72.0, GW, "y", qualifier="approx", as_of="2020", note="Wood Mackenzie")],
      {**{(x,y):C for x in (1,2) for y in (3,4,5)}, **{(x,y):C for x in (3,4,5) for y in (6,7)},
       **{(x,8):(C,D) for x in range(1,8)}})

group("china_share_world_wind_additions_2020", "wind", "China's share of worldwide new wind capacity, 2020",
      "China", "share of world new wind capacity", "2020",
      "prozparity: 52,000 MW 'accounting for 46%' of world additions (52/93 = 56%; 46% is Asia's share of cumulative capacity in the same article). WWEA: 'market share of 56%'. BNEF (DW, four times in page metadata and text): 近60% (57.8/96.7 = 59.8%). 46 vs 56 and 46 vs 近60 are conflicts; WWEA 56% vs BNEF 近60% are two estimators' shares of one quantity: conflict.",
      [M(w(7,"en"), 10, "accounting for 46% of the world’s new wind power", "46%", 46.0, PC, "y", as_of="2020"),
       M(w(8,"en"), 4, "a market share of 56%", "56%", 56.0, PC, "y", as_of="2020", note="WWEA"),
       M(w(9,"hans"), 9, "占全球近60%", "60%", 60.0, PC, "y", qualifier="under", as_of="2020", note="BNEF, tracking metadata"),
       M(w(9,"hans"), 19, "占全球近60%", "60%", 60.0, PC, "y", qualifier="under", as_of="2020", note="metadata x5"),
       M(w(9,"hans"), 49, "占全球近60%", "60%", 60.0, PC, "y", qualifier="under", as_of="2020", note="title"),
       M(w(9,"hans"), 52, "占全球新增风电装机容量的近60％", "60％", 60.0, PC, "y", qualifier="under", as_of="2020")],
      {(1,2):C, **{(1,x):C for x in (3,4,5,6)}, **{(2,x):C for x in (3,4,5,6)}})

group("china_wind_cumulative_2020", "wind", "China cumulative wind capacity at end-2020",
      "China", "cumulative wind capacity", "end-2020",
      "GWEC 281,384 MW (prozparity) vs WWEA 289GW vs michelegeraci 'a total of 288 GW': three figures that disagree pairwise (288 vs 289 too, at integer precision).",
      [M(w(7,"en"), 10, "cumulative wind power installations was 281,384 MW", "281,384 MW", 281.384, GW, "y", as_of="end-2020", note="GWEC"),
       M(w(8,"en"), 4, "installed wind capacity of 289GW", "289GW", 289.0, GW, "y", as_of="end-2020", note="WWEA"),
       M(w(11,"en"), 6, "for a total of 288 GW", "288 GW", 288.0, GW, "y", as_of="end-2020")],
      {(1,2):C, (1,3):C, (2,3):C})

group("us_wind_additions_2020", "wind", "United States new wind capacity, 2020",
      "United States", "new wind capacity installed", "2020",
      "GWEC 16,913 MW and WWEA 'almost 17GW' agree. BNEF 16.5吉瓦 conflicts with 16,913 MW; against 'almost 17GW' it is also a conflict (16.5 is not 'almost 17' at this precision), though a loose reader might accept it.",
      [M(w(7,"en"), 12, "United States newly wind power installation was 16,913 MW", "16,913 MW", 16.913, GW, "y", as_of="2020", note="GWEC"),
       M(w(8,"en"), 5, "grew by almost 17GW in 2020", "17GW", 17.0, GW, "y", qualifier="under", as_of="2020", note="WWEA"),
       M(w(9,"hans"), 52, "美国去年新增风电装机容量16.5吉瓦", "16.5吉瓦", 16.5, GW, "y", as_of="2020", note="BNEF")],
      {(1,2):K, (1,3):C, (2,3):(C,K)})

group("asia_share_wind_2020", "wind", "Asia / Asia-Pacific share of wind capacity, 2020: of new additions vs of the cumulative total",
      "Asia", "regional share of wind capacity", "2020",
      "michelegeraci: Asia-Pacific accounted for 60% of all new wind capacity in 2020; prozparity: Asia holds 46% of the cumulative total at end-2020. Same region, different measure (additions vs installed base): different_basis.",
      [M(w(11,"en"), 10, "accounting for 60% of all new wind capacity in 2020", "60%", 60.0, PC, "new", as_of="2020"),
       M(w(7,"en"), 6, "accounts for the largest proportion, reaching 46%", "46%", 46.0, PC, "cum", as_of="end-2020")])

# ================================================================ e-commerce (China online retail) and internet users
group("cn_online_retail_2023", "ecom", "China online retail sales (网上零售额), full year 2023",
      "China", "online retail sales (CNY)", "2023",
      "15.4万亿元 (CNNIC, Chinese) = 15.4 trillion yuan (English retelling) vs MOFCOM 15.42 trillion: rounding.",
      [M(e(1,"hans"), 7, "2023年全国网上零售额达15.4万亿元", "15.4万亿元", 15.4e12, CNY, "y", as_of="2023"),
       M(e(2,"en"), 19, "online retail sales in China reached 15.4 trillion yuan", "15.4 trillion yuan", 15.4e12, CNY, "y", as_of="2023"),
       M(e(3,"en"), 8, "to reach 15.42 trillion yuan", "15.42 trillion yuan", 15.42e12, CNY, "y", as_of="2023")],
      {(1,3):R, (2,3):R})

group("cn_online_retail_h1_2023", "ecom", "China online retail sales, first half of 2023",
      "China", "online retail sales (CNY)", "2023-H1",
      "7.16万亿元 in two Chinese pages (one a synonym-spun copy: 寰球网上零卖额) and 7.16 trillion yuan in English: consistent.",
      [M(e(6,"hans"), 4, "上半年全国网上零售额7.16万亿元", "7.16万亿元", 7.16e12, CNY, "h1", as_of="2023-H1"),
       M(e(7,"en"), 5, "online retail sales reached 7.16 trillion yuan", "7.16 trillion yuan", 7.16e12, CNY, "h1", as_of="2023-H1"),
       M(e(8,"hans"), 4, "寰球网上零卖额达7.16万亿元", "7.16万亿元", 7.16e12, CNY, "h1", as_of="2023-H1")])

group("cn_online_retail_janfeb", "ecom", "China online retail sales, January-February (2023 vs 2024)",
      "China", "online retail sales (CNY)", "Jan-Feb",
      "20544億元 is January-February 2023 (NBS); 2.15 trillion yuan is January-February 2024 (MOFCOM): same measure and months, different year: different_basis.",
      [M(e(5,"hant"), 18, "全國網上零售額20544億元", "20544億元", 2.0544e12, CNY, "jf23", as_of="2023-01..2023-02"),
       M(e(4,"en"), 3, "total sales reaching 2.15 trillion yuan", "2.15 trillion yuan", 2.15e12, CNY, "jf24", as_of="2024-01..2024-02")])

group("cn_online_retail_growth", "ecom", "YoY growth of China online retail sales: 2023, H1 2023, Jan-Feb 2023, Jan-Feb 2024",
      "China", "YoY growth of online retail sales", "2023 (and sub-periods)",
      "Full-year 2023 +11% (MOFCOM); H1 2023 +13.1% (three documents, consistent); Jan-Feb 2023 +6.2%; Jan-Feb 2024 +15.3%. Different periods: different_basis.",
      [M(e(3,"en"), 8, "a year-on-year increase of 11 percent", "11 percent", 11.0, PC, "fy23", as_of="2023"),
       M(e(6,"hans"), 4, "7.16万亿元,同比增长13.1%", "13.1%", 13.1, PC, "h1", as_of="2023-H1"),
       M(e(7,"en"), 5, "marking a year-on-year increase of 13.1%", "13.1%", 13.1, PC, "h1", as_of="2023-H1"),
       M(e(8,"hans"), 4, "7.16万亿元,同比增长13.1%", "13.1%", 13.1, PC, "h1", as_of="2023-H1"),
       M(e(5,"hant"), 18, "20544億元,同比增長6.2%", "6.2%", 6.2, PC, "jf23", as_of="2023-01..2023-02"),
       M(e(4,"en"), 3, "online retail sales surged by 15.3 percent", "15.3 percent", 15.3, PC, "jf24", as_of="2024-01..2024-02")])

group("cn_physical_online_retail", "ecom", "China online retail sales of physical goods (实物商品网上零售额): H1 2023, Jan-Feb 2023, Jan-Feb 2024",
      "China", "online retail sales of physical goods (CNY)", "2023-H1 (and Jan-Feb)",
      "H1 2023 6.06万亿元 / 6.06 trillion (three documents, consistent). Jan-Feb 2023 17476億元 and Jan-Feb 2024 1.82 trillion are other periods.",
      [M(e(6,"hans"), 4, "实物商品网上零售额6.06万亿元", "6.06万亿元", 6.06e12, CNY, "h1", as_of="2023-H1"),
       M(e(7,"en"), 5, "amounted to 6.06 trillion yuan", "6.06 trillion yuan", 6.06e12, CNY, "h1", as_of="2023-H1"),
       M(e(8,"hans"), 4, "什物商品网上零卖额6.06万亿元", "6.06万亿元", 6.06e12, CNY, "h1", as_of="2023-H1"),
       M(e(5,"hant"), 18, "實物商品網上零售額17476億元", "17476億元", 1.7476e12, CNY, "jf23", as_of="2023-01..2023-02"),
       M(e(4,"en"), 7, "totaling 1.82 trillion yuan", "1.82 trillion yuan", 1.82e12, CNY, "jf24", as_of="2024-01..2024-02")])

group("cn_physical_online_growth", "ecom", "YoY growth of online retail sales of physical goods: 2023, H1 2023, Jan-Feb 2023, Jan-Feb 2024",
      "China", "YoY growth of physical-goods online retail sales", "2023 (and sub-periods)",
      "Full-year 2023 8.4% (CNNIC report, Chinese and English); H1 2023 10.8% (three); Jan-Feb 2023 5.3%; Jan-Feb 2024 14.4%: consistent within a period, different_basis across periods.",
      [M(e(1,"hans"), 9, "实物商品网上零售额比上年增长8.4%", "8.4%", 8.4, PC, "fy23", as_of="2023"),
       M(e(2,"en"), 19, "increased by 8.4% year-on-year", "8.4%", 8.4, PC, "fy23", as_of="2023"),
       M(e(6,"hans"), 4, "6.06万亿元,同比增长10.8%", "10.8%", 10.8, PC, "h1", as_of="2023-H1"),
       M(e(7,"en"), 5, "reflecting a year-on-year increase of 10.8%", "10.8%", 10.8, PC, "h1", as_of="2023-H1"),
       M(e(8,"hans"), 4, "6.06万亿元,增长10.8%", "10.8%", 10.8, PC, "h1", as_of="2023-H1"),
       M(e(5,"hant"), 18, "17476億元,增長5.3%", "5.3%", 5.3, PC, "jf23", as_of="2023-01..2023-02"),
       M(e(4,"en"), 7, "a notable increase of 14.4 percent", "14.4 percent", 14.4, PC, "jf24", as_of="2024-01..2024-02")])

group("cn_physical_online_share", "ecom", "Share of physical-goods online sales in total retail sales of consumer goods: 2023, H1 2023, Jan-Feb 2023, Jan-Feb 2024",
      "China", "physical-goods online share of retail sales", "2023 (and sub-periods)",
      "27.6% for 2023 (three documents), 26.6% for H1 2023 (three), 22.7% for Jan-Feb 2023, 22.4% for Jan-Feb 2024: different periods, different_basis.",
      [M(e(1,"hans"), 9, "占社会消费品零售总额的比重达到27.6%", "27.6%", 27.6, PC, "fy23", as_of="2023"),
       M(e(2,"en"), 19, "accounted for 27.6 per cent", "27.6 per cent", 27.6, PC, "fy23", as_of="2023"),
       M(e(3,"en"), 12, "accounted for 27.6 percent", "27.6 percent", 27.6, PC, "fy23", as_of="2023"),
       M(e(6,"hans"), 4, "占社会消费品零售总额的比重为26.6%", "26.6%", 26.6, PC, "h1", as_of="2023-H1"),
       M(e(7,"en"), 5, "accounting for 26.6%", "26.6%", 26.6, PC, "h1", as_of="2023-H1"),
       M(e(8,"hans"), 4, "占社会消耗品零卖总和的比重为26.6%", "26.6%", 26.6, PC, "h1", as_of="2023-H1"),
       M(e(5,"hant"), 18, "占社會消費品零售總額的比重為22.7%", "22.7%", 22.7, PC, "jf23", as_of="2023-01..2023-02"),
       M(e(4,"en"), 7, "accounts for 22.4 percent", "22.4 percent", 22.4, PC, "jf24", as_of="2024-01..2024-02")])

group("cn_physical_share_change_2023", "ecom", "Change of the physical-goods online share, 2023 vs 2022",
      "China", "change of physical-goods online share", "2023", "0.4个百分点 = 0.4 percentage points (consistent).",
      [M(e(1,"hans"), 9, "占比较上年提升0.4个百分点", "0.4个百分点", 0.4, PP, "y", as_of="2023"),
       M(e(2,"en"), 19, "increasing by 0.4 percentage points", "0.4 percentage points", 0.4, PP, "y", as_of="2023")])

group("cn_physical_growth_accel_2023", "ecom", "Acceleration of physical-goods online sales growth, 2023 vs 2022",
      "China", "change of growth rate", "2023", "加快2.2个百分点 = accelerated by 2.2 percentage points (consistent).",
      [M(e(1,"hans"), 9, "增速比上年加快2.2个百分点", "2.2个百分点", 2.2, PP, "y", as_of="2023"),
       M(e(2,"en"), 19, "accelerated growth rate of 2.2 percentage points", "2.2 percentage points", 2.2, PP, "y", as_of="2023")])

group("cn_online_shoppers", "ecom", "China online shopping users (网络购物用户规模): December 2023 and June 2023",
      "China", "online shopping users", "2023-12",
      "CNNIC December 2023: 9.15亿 = 915 million (headline and body); MENAFN's 'surpassed 914 million' is compatible. The 52nd report's 8.84亿 is June 2023: different_basis.",
      [M(e(1,"hans"), 9, "我国网络购物用户规模达9.15亿人", "9.15亿人", 915e6, P, "dec23", as_of="2023-12"),
       M(e(2,"en"), 5, "China Records 915 Million Online Shopping Users", "915 Million", 915e6, P, "dec23", as_of="2023-12"),
       M(e(2,"en"), 9, "amounted to 915 million as of December 2023", "915 million", 915e6, P, "dec23", as_of="2023-12"),
       M(e(4,"en"), 11, "surpassed 914 million individuals", "914 million", 914e6, P, "dec23", qualifier="over", as_of="2023-12"),
       M(e(8,"hans"), 4, "集会购物用户领域达8.84亿东谈主", "8.84亿", 884e6, P, "jun23", as_of="2023-06")],
      {(1,4):K, (2,4):K, (3,4):K})

group("cn_shoppers_share_netizens", "ecom", "Online shoppers as a share of internet users: December 2023 and June 2023",
      "China", "online shoppers share of internet users", "2023-12",
      "83.8% (four mentions, one 'approximately') for December 2023; 82.0% for June 2023 (different_basis).",
      [M(e(1,"hans"), 9, "占网民整体的83.8%", "83.8%", 83.8, PC, "dec23", as_of="2023-12"),
       M(e(2,"en"), 5, "83.8% of the Internet Population", "83.8%", 83.8, PC, "dec23", as_of="2023-12"),
       M(e(2,"en"), 9, "83.8 per cent of the total netizens", "83.8 per cent", 83.8, PC, "dec23", as_of="2023-12"),
       M(e(4,"en"), 11, "constituting approximately 83.8 percent", "83.8 percent", 83.8, PC, "dec23", qualifier="approx", as_of="2023-12"),
       M(e(8,"hans"), 4, "占网民合座的82.0%", "82.0%", 82.0, PC, "jun23", as_of="2023-06")])

group("cn_shoppers_increase", "ecom", "Increase in online shopping users since December 2022: by December 2023 and by June 2023",
      "China", "increase in online shopping users", "2023",
      "6967万人 = 69.67 million (to December 2023, consistent); 3880万 is the increase to June 2023 (different_basis).",
      [M(e(1,"hans"), 9, "较2022年12月增长6967万人", "6967万人", 69.67e6, P, "dec23", as_of="2022-12..2023-12"),
       M(e(2,"en"), 9, "an increase of 69.67 million", "69.67 million", 69.67e6, P, "dec23", as_of="2022-12..2023-12"),
       M(e(8,"hans"), 4, "较2022年12月加多3880万东谈主", "3880万", 38.8e6, P, "jun23", as_of="2022-12..2023-06")])

group("cn_internet_users", "ecom", "China internet users (网民规模): June 2023 (52nd CNNIC report) vs December 2023 (53rd)",
      "China", "internet users", "2023",
      "10.79億 (title and body) is June 2023; 1.092 billion is December 2023: different_basis.",
      [M(e(9,"hant"), 3, "中國網民規模達10.79億人", "10.79億人", 1.079e9, P, "jun23", as_of="2023-06"),
       M(e(9,"hant"), 5, "中國網民規模達10.79億人", "10.79億人", 1.079e9, P, "jun23", as_of="2023-06"),
       M(e(2,"en"), 13, "reached 1.092 billion", "1.092 billion", 1.092e9, P, "dec23", as_of="2023-12")])

group("cn_internet_penetration", "ecom", "China internet penetration rate: June 2023 vs December 2023",
      "China", "internet penetration rate", "2023",
      "76.4% (three mentions, June 2023) vs 77.5% (December 2023): different_basis.",
      [M(e(9,"hant"), 4, "互聯網普及率已達76.4%", "76.4%", 76.4, PC, "jun23", as_of="2023-06"),
       M(e(9,"hant"), 5, "互聯網普及率76.4%", "76.4%", 76.4, PC, "jun23", as_of="2023-06"),
       M(e(9,"hant"), 8, "76.4%的互聯網普及率", "76.4%", 76.4, PC, "jun23", as_of="2023-06"),
       M(e(2,"en"), 13, "internet penetration rate of 77.5%", "77.5%", 77.5, PC, "dec23", as_of="2023-12")])

group("cn_internet_users_increase", "ecom", "Increase in China internet users: first half of 2023 vs full year 2023",
      "China", "increase in internet users", "2023",
      "1109萬 in six months (to June 2023) vs 24.8 million over 2023 (to December): different_basis.",
      [M(e(9,"hant"), 4, "半年時間裡中國網民增長1109萬人", "1109萬人", 11.09e6, P, "h1", as_of="2022-12..2023-06"),
       M(e(2,"en"), 13, "increasing by 24.8 million", "24.8 million", 24.8e6, P, "fy", as_of="2022-12..2023-12")])

group("cn_largest_online_market_years", "ecom", "Consecutive years China has been the world's largest online retail market (as of 2023)",
      "China", "consecutive years as largest online retail market", "2023",
      "连续11年 (twice) = 11 consecutive years = 11th consecutive year: consistent.",
      [M(e(1,"hans"), 3, "网上零售额连续11年稳居全球第一", "11年", 11.0, "years", "y", as_of="2023"),
       M(e(1,"hans"), 7, "连续11年稳居全球第一", "11年", 11.0, "years", "y", as_of="2023"),
       M(e(2,"en"), 19, "leading the world for 11 consecutive years", "11 consecutive years", 11.0, "years", "y", as_of="2023"),
       M(e(3,"en"), 3, "for 11th consecutive year", "11th", 11.0, "years", "y", as_of="2023"),
       M(e(3,"en"), 8, "for 11 consecutive years", "11 consecutive years", 11.0, "years", "y", as_of="2023")])

group("cn_crossborder_ecommerce", "ecom", "China cross-border e-commerce imports and exports: full year 2023 vs first half 2023",
      "China", "cross-border e-commerce trade (CNY)", "2023",
      "2.38万亿元 for 2023 vs 1.1万亿元 for H1 2023: different_basis.",
      [M(e(1,"hans"), 13, "全年跨境电商进出口总额2.38万亿元", "2.38万亿元", 2.38e12, CNY, "fy", as_of="2023"),
       M(e(8,"hans"), 5, "跨境电商出进口额达1.1万亿元", "1.1万亿元", 1.1e12, CNY, "h1", as_of="2023-H1")])

group("cn_crossborder_growth", "ecom", "YoY growth of cross-border e-commerce trade: 2023 vs H1 2023",
      "China", "YoY growth of cross-border e-commerce trade", "2023",
      "+15.6% (2023) vs +16% (H1 2023): different periods, different_basis.",
      [M(e(1,"hans"), 13, "2.38万亿元,增长15.6%", "15.6%", 15.6, PC, "fy", as_of="2023"),
       M(e(8,"hans"), 5, "1.1万亿元,同比增长16%", "16%", 16.0, PC, "h1", as_of="2023-H1")])

group("cn_rural_online_retail", "ecom", "China rural online retail sales: full year 2023 vs H1 2023",
      "China (rural)", "rural online retail sales (CNY)", "2023",
      "H1 2023 1.12万亿元 (two documents, consistent); 2.49万亿元 is the full year (different_basis).",
      [M(e(1,"hans"), 13, "农村和农产品网络零售额分别达2.49万亿元", "2.49万亿元", 2.49e12, CNY, "fy", as_of="2023"),
       M(e(6,"hans"), 8, "全国农村网络零售额达1.12万亿元", "1.12万亿元", 1.12e12, CNY, "h1", as_of="2023-H1"),
       M(e(8,"hans"), 5, "寰球农村集会零卖额达1.12万亿元", "1.12万亿元", 1.12e12, CNY, "h1", as_of="2023-H1")])

group("cn_agri_online_retail", "ecom", "China online retail sales of agricultural products: full year 2023 vs H1 2023",
      "China", "agricultural-product online retail sales (CNY)", "2023",
      "0.59万亿元 (2023) vs 0.27万亿元 (H1 2023): different_basis.",
      [M(e(1,"hans"), 13, "2.49万亿元和0.59万亿元", "0.59万亿元", 0.59e12, CNY, "fy", as_of="2023"),
       M(e(6,"hans"), 8, "全国农产品网络零售额0.27万亿元", "0.27万亿元", 0.27e12, CNY, "h1", as_of="2023-H1")])

group("cn_rural_online_growth_h1_2023", "ecom", "YoY growth of rural online retail sales, H1 2023",
      "China (rural)", "YoY growth of rural online retail sales", "2023-H1", "12.5% in both pages.",
      [M(e(6,"hans"), 8, "1.12万亿元,同比增长12.5%", "12.5%", 12.5, PC, "h1", as_of="2023-H1"),
       M(e(8,"hans"), 5, "1.12万亿元,同比增长12.5%", "12.5%", 12.5, PC, "h1", as_of="2023-H1")])

group("cn_jewelry_online_growth_h1_2023", "ecom", "YoY growth of online sales of gold/silver jewellery, H1 2023",
      "China", "YoY growth of jewellery online sales", "2023-H1", "33.5% in Chinese and English.",
      [M(e(6,"hans"), 5, "同比分别增长33.5%", "33.5%", 33.5, PC, "h1", as_of="2023-H1"),
       M(e(7,"en"), 7, "year-on-year increases of 33.5%", "33.5%", 33.5, PC, "h1", as_of="2023-H1")])

group("cn_online_catering_growth_h1_2023", "ecom", "YoY growth of online catering sales, H1 2023",
      "China", "YoY growth of online catering sales", "2023-H1", "27.9% in Chinese and English.",
      [M(e(6,"hans"), 6, "在线餐饮销售额同比增长27.9%", "27.9%", 27.9, PC, "h1", as_of="2023-H1"),
       M(e(7,"en"), 9, "Online catering sales increased by 27.9%", "27.9%", 27.9, PC, "h1", as_of="2023-H1")])

group("cn_online_tourism_growth_h1_2023", "ecom", "YoY growth of online travel products and tickets, H1 2023",
      "China", "YoY growth of online tourism sales", "2023-H1",
      "272.4% in Chinese and English. (Global Times' 237.5% for online tourism is full-year 2023 and is not in this excerpt.)",
      [M(e(6,"hans"), 6, "同比分别增长272.4%", "272.4%", 272.4, PC, "h1", as_of="2023-H1"),
       M(e(7,"en"), 9, "significant increases of 272.4%", "272.4%", 272.4, PC, "h1", as_of="2023-H1")])

group("cn_central_online_growth_h1_2023", "ecom", "YoY growth of online retail sales in central China, H1 2023",
      "Central China", "YoY growth of online retail sales", "2023-H1", "16.1% in Chinese and English.",
      [M(e(6,"hans"), 7, "同比分别增长16.1%", "16.1%", 16.1, PC, "h1", as_of="2023-H1"),
       M(e(7,"en"), 11, "year-on-year increases of 16.1%", "16.1%", 16.1, PC, "h1", as_of="2023-H1")])

group("cn_tourism_accel_h1_2023", "ecom", "Acceleration of online tourism sales growth, H1 vs Q1 2023",
      "China", "change of growth rate vs Q1", "2023-H1", "156.6 percentage points in Chinese and English.",
      [M(e(6,"hans"), 6, "比一季度分别加快156.6和50.6个百分点", "156.6", 156.6, PP, "h1", as_of="2023-H1"),
       M(e(7,"en"), 9, "These figures were 156.6 and 50.6 percentage points", "156.6", 156.6, PP, "h1", as_of="2023-H1")])

group("cn_retail_sales_growth_janfeb_2023", "ecom", "YoY growth of total retail sales of consumer goods, Jan-Feb 2023",
      "China", "YoY growth of retail sales of consumer goods", "2023-01..2023-02", "3.5% in the headline and in the body.",
      [M(e(5,"hant"), 5, "社會消費品零售總額增長3.5%", "3.5%", 3.5, PC, "jf23", as_of="2023-01..2023-02"),
       M(e(5,"hant"), 7, "77067億元,同比增長3.5%", "3.5%", 3.5, PC, "jf23", as_of="2023-01..2023-02")])

group("cn_5g_users_jun_2023", "ecom", "China 5G mobile subscribers, June 2023",
      "China", "5G mobile subscribers", "2023-06", "6.76億戶 in the subheading and in the body.",
      [M(e(9,"hant"), 7, "5G移動電話用戶達6.76億戶", "6.76億戶", 676e6, N, "jun23", as_of="2023-06"),
       M(e(9,"hant"), 10, "5G移動電話用戶達6.76億戶", "6.76億戶", 676e6, N, "jun23", as_of="2023-06")])

# ================================================================ air passenger traffic (IATA)
group("iata_total_demand_growth", "air", "Growth of global passenger demand (RPK): full year 2025 and December 2025",
      "World airlines", "YoY growth of total RPK", "2025",
      "Full-year 2025 +5.3% (English twice, Chinese once: consistent). December 2025 alone +5.6% (twice): another period, different_basis.",
      [M(a(1,"en"), 8, "rose 5.3% compared to 2024", "5.3%", 5.3, PC, "fy", as_of="2025"),
       M(a(2,"en"), 5, "increased by 5.3% compared to 2024", "5.3%", 5.3, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 13, "2025年航空旅運需求成長5.3%", "5.3%", 5.3, PC, "fy", as_of="2025"),
       M(a(1,"en"), 14, "overall demand rising 5.6% year-on-year", "5.6%", 5.6, PC, "dec", as_of="2025-12"),
       M(a(2,"en"), 9, "Passenger demand rose by 5.6% year-on-year", "5.6%", 5.6, PC, "dec", as_of="2025-12")])

group("iata_total_capacity_growth", "air", "Growth of global capacity (ASK): full year 2025 and December 2025",
      "World airlines", "YoY growth of total ASK", "2025",
      "Full-year +5.2% (twice) vs December +5.9% (twice): different_basis.",
      [M(a(1,"en"), 8, "was up 5.2% in 2025", "5.2%", 5.2, PC, "fy", as_of="2025"),
       M(a(2,"en"), 6, "rose by 5.2%", "5.2%", 5.2, PC, "fy", as_of="2025"),
       M(a(1,"en"), 14, "capacity up 5.9%", "5.9%", 5.9, PC, "dec", as_of="2025-12"),
       M(a(2,"en"), 9, "Capacity increased by 5.9%", "5.9%", 5.9, PC, "dec", as_of="2025-12")])

group("iata_total_load_factor_2025", "air", "Overall passenger load factor, full year 2025",
      "World airlines", "passenger load factor", "2025",
      "83.6% (twice); Walsh's 'pushed load factors close to 84%' is compatible.",
      [M(a(1,"en"), 8, "The overall passenger load factor (PLF) reached 83.6%", "83.6%", 83.6, PC, "fy", as_of="2025"),
       M(a(2,"en"), 6, "a record 83.6% for the year", "83.6%", 83.6, PC, "fy", as_of="2025"),
       M(a(2,"en"), 12, "pushed load factors close to 84%", "84%", 84.0, PC, "fy", qualifier="under", as_of="2025")],
      {(1,3):K, (2,3):K})

group("iata_intl_demand_growth_2025", "air", "Growth of international passenger demand (RPK), full year 2025",
      "World airlines (international)", "YoY growth of international RPK", "2025",
      "7.1% in two English and two Chinese mentions.",
      [M(a(1,"en"), 10, "International full-year demand in 2025 increased 7.1%", "7.1%", 7.1, PC, "fy", as_of="2025"),
       M(a(2,"en"), 7, "Full-year international demand rose by 7.1%", "7.1%", 7.1, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 5, "國際航線去年全年需求成長7.1%", "7.1%", 7.1, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 13, "其中國際航線成長7.1%", "7.1%", 7.1, PC, "fy", as_of="2025")])

group("iata_intl_capacity_growth_2025", "air", "Growth of international capacity (ASK), full year 2025",
      "World airlines (international)", "YoY growth of international ASK", "2025",
      "6.8% (four mentions). The Liberty Times photo caption says '去年全球航線運能增加6.8％' (worldwide routes): read literally as total capacity it would contradict the total +5.2%; in context (the first sentence of the same article) it is the international figure, so it is kept here.",
      [M(a(1,"en"), 10, "capacity rose 6.8%", "6.8%", 6.8, PC, "fy", as_of="2025"),
       M(a(2,"en"), 7, "capacity increased by 6.8%", "6.8%", 6.8, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 3, "去年全球航線運能增加6.8％", "6.8％", 6.8, PC, "fy", as_of="2025", note="photo caption"),
       M(a(3,"hant"), 5, "運能增加6.8%", "6.8%", 6.8, PC, "fy", as_of="2025")])

group("iata_intl_load_factor_2025", "air", "International passenger load factor, full year 2025",
      "World airlines (international)", "international passenger load factor", "2025", "83.5% (four mentions).",
      [M(a(1,"en"), 10, "international load factor was 83.5%", "83.5%", 83.5, PC, "fy", as_of="2025"),
       M(a(2,"en"), 8, "international load factor to a record 83.5%", "83.5%", 83.5, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 5, "全年國際航線載客率達83.5%", "83.5%", 83.5, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 7, "國際航線載客率達83.5%", "83.5%", 83.5, PC, "fy", as_of="2025")])

group("iata_load_factor_change_2025", "air", "Change of load factor vs 2024: international, domestic and overall",
      "World airlines", "change of passenger load factor", "2025",
      "International +0.2 ppt (= 年增0.2個百分點, consistent); domestic -0.1 ppt (= 下降0.1個百分點, consistent); overall +0.1 ppt. Different segments: different_basis.",
      [M(a(1,"en"), 10, "up 0.2 ppt from 2024", "0.2 ppt", 0.2, PP, "intl", as_of="2025"),
       M(a(3,"hant"), 7, "年增0.2個百分點", "0.2個百分點", 0.2, PP, "intl", as_of="2025"),
       M(a(1,"en"), 12, "down 0.1 ppt from 2024", "0.1 ppt", -0.1, PP, "dom", as_of="2025", note="decline"),
       M(a(3,"hant"), 7, "小幅下降0.1個百分點", "0.1個百分點", -0.1, PP, "dom", as_of="2025", note="decline"),
       M(a(1,"en"), 8, "up 0.1 ppt and a record", "0.1 ppt", 0.1, PP, "total", as_of="2025")])

group("iata_dom_demand_growth_2025", "air", "Growth of domestic passenger demand (RPK), full year 2025",
      "World airlines (domestic)", "YoY growth of domestic RPK", "2025", "2.4% (four mentions).",
      [M(a(1,"en"), 12, "Domestic full-year demand for 2025 rose 2.4%", "2.4%", 2.4, PC, "fy", as_of="2025"),
       M(a(2,"en"), 8, "Domestic demand grew by 2.4%", "2.4%", 2.4, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 7, "去年全年需求年增2.4%", "2.4%", 2.4, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 13, "國內航線成長2.4%", "2.4%", 2.4, PC, "fy", as_of="2025")])

group("iata_dom_capacity_growth_2025", "air", "Growth of domestic capacity (ASK), full year 2025",
      "World airlines (domestic)", "YoY growth of domestic ASK", "2025", "2.5% (three mentions).",
      [M(a(1,"en"), 12, "capacity expanded by 2.5%", "2.5%", 2.5, PC, "fy", as_of="2025"),
       M(a(2,"en"), 8, "capacity up by 2.5%", "2.5%", 2.5, PC, "fy", as_of="2025"),
       M(a(3,"hant"), 7, "運能成長2.5%", "2.5%", 2.5, PC, "fy", as_of="2025")])

group("iata_load_factor_83_7", "air", "Load factor 83.7%: domestic full-year 2025 vs overall December 2025 (look-alikes)",
      "World airlines", "passenger load factor", "2025",
      "The same value belongs to two quantities: the domestic full-year load factor (three mentions, consistent) and the overall load factor of December 2025 (twice). Across them: different_basis.",
      [M(a(1,"en"), 12, "The full-year load factor averaged 83.7%", "83.7%", 83.7, PC, "dom_fy", as_of="2025"),
       M(a(2,"en"), 8, "Domestic load factors averaged 83.7%", "83.7%", 83.7, PC, "dom_fy", as_of="2025"),
       M(a(3,"hant"), 7, "全年平均載客率為83.7%", "83.7%", 83.7, PC, "dom_fy", as_of="2025"),
       M(a(1,"en"), 14, "a load factor of 83.7%", "83.7%", 83.7, PC, "total_dec", as_of="2025-12"),
       M(a(2,"en"), 9, "the load factor stood at 83.7%", "83.7%", 83.7, PC, "total_dec", as_of="2025-12")])

group("iata_asia_pacific_growth_2025", "air", "Asia-Pacific airlines' traffic growth, 2025: international full year, total full year, December",
      "Asia-Pacific airlines", "YoY growth of RPK", "2025",
      "Liberty Times: AP international traffic +10.9% for the year and +7.5% in December; Observer24: AP (total) demand +7.8% for 2025. Different segment or period: different_basis throughout.",
      [M(a(3,"hant"), 11, "國際客運量較2024年大增10.9%", "10.9%", 10.9, PC, "intl_fy", as_of="2025"),
       M(a(2,"en"), 14, "demand rising by 7.8% in 2025", "7.8%", 7.8, PC, "total_fy", as_of="2025"),
       M(a(3,"hant"), 11, "亞太地區客運量較2024年同期成長7.5%", "7.5%", 7.5, PC, "dec", as_of="2025-12")])

group("iata_asia_pacific_load_factor", "air", "Asia-Pacific passenger load factor 84.4%: 2025 international outcome vs 2026 forecast",
      "Asia-Pacific airlines", "passenger load factor", "2025 / 2026",
      "Same value, different period: 84.4% is AP airlines' 2025 international load factor (Liberty Times) and the record AP load factor IATA expects for 2026 (reportify): different_basis.",
      [M(a(3,"hant"), 11, "到達84.4%", "84.4%", 84.4, PC, "y2025", as_of="2025"),
       M(a(6,"en"), 3, "record passenger load factor of 84.4% in 2026", "84.4%", 84.4, PC, "y2026", as_of="2026 (forecast)")])

group("iata_passengers", "air", "IATA global passenger numbers: 2024 actual, 2025 estimate, 2026 forecast, 2019 record",
      "World airlines", "passengers carried", "2025 / 2026",
      "AFP/Liberty Times (December 2025 outlook): 2024 4.77 billion (= 47億7000萬), 2025 4.98 billion (= 49億8000萬; 'just shy of the five-billion figure', 逼近50億), 2026 5.2 billion (= 52億, 'cross 5 billion in 2026', UDN 突破52億). Tourism Review writes 'IATA now predicts the industry will carry 5.2 billion passengers in 2025' and, opening, 'more than 5 billion passengers ... for the first time' while 'heading into 2025': as written these contradict the 4.98 billion 2025 estimate (conflict); they are really the 2026 forecast misdated (different_basis against 4.98, consistent against 2026's 5.2, are defensible). 4.54 billion is 2019.",
      [M(a(4,"en"), 5, "a record 5.2 billion passengers in 2026", "5.2 billion", 5.2e9, P, "y26", as_of="2026 (forecast)"),
       M(a(6,"en"), 3, "passenger traffic projected to hit 5.2 billion", "5.2 billion", 5.2e9, P, "y26", as_of="2026 (forecast)"),
       M(a(7,"hant"), 9, "2026 年旅客運輸量達到 52 億人次", "52 億人次", 5.2e9, P, "y26", as_of="2026 (forecast)"),
       M(a(8,"hant"), 3, "明年客運量將創下新高52億人次", "52億人次", 5.2e9, P, "y26", as_of="2026 (forecast)", note="photo caption"),
       M(a(8,"hant"), 5, "仍預估明年客運量將創下新高52億人次", "52億人次", 5.2e9, P, "y26", as_of="2026 (forecast)"),
       M(a(9,"hant"), 6, "2026年全球航空旅客量將突破52億人次", "52億人次", 5.2e9, P, "y26", qualifier="over", as_of="2026 (forecast)"),
       M(a(5,"en"), 3, "TO CROSS 5 BILLION PASSENGER MILESTONE IN 2026", "5 BILLION", 5e9, P, "y26", qualifier="over", as_of="2026 (forecast)"),
       M(a(4,"en"), 15, "at 4.98 billion", "4.98 billion", 4.98e9, P, "y25", as_of="2025 (estimate)"),
       M(a(8,"hant"), 15, "達到49億8000萬人次", "49億8000萬人次", 4.98e9, P, "y25", as_of="2025 (estimate)"),
       M(a(4,"en"), 15, "just shy of the five-billion figure", "five-billion", 5e9, P, "y25", qualifier="under", as_of="2025 (estimate)"),
       M(a(8,"hant"), 15, "今年客運量預計逼近50億大關", "50億", 5e9, P, "y25", qualifier="under", as_of="2025 (estimate)"),
       M(a(5,"en"), 20, "will carry 5.2 billion passengers in 2025", "5.2 billion", 5.2e9, P, "y25", as_of="2025 (as written)"),
       M(a(5,"en"), 8, "more than 5 billion passengers taken to the skies", "5 billion", 5e9, P, "y25", qualifier="over", as_of="2025 (as written: 'heading into 2025')"),
       M(a(4,"en"), 15, "up from 4.77 billion in 2024", "4.77 billion", 4.77e9, P, "y24", as_of="2024"),
       M(a(8,"hant"), 15, "去年才創下的47億7000萬人次紀錄", "47億7000萬人次", 4.77e9, P, "y24", as_of="2024"),
       M(a(5,"en"), 20, "record of 4.54 billion set in 2019", "4.54 billion", 4.54e9, P, "y19", as_of="2019")],
      {**{(x,y):K for x in range(1,8) for y in range(x+1,8)},
       (8,10):K, (8,11):K, (9,10):K, (9,11):K, (10,11):K,
       **{(x,y):(C,D) for x in (8,9,10,11) for y in (12,13)}, (12,13):K,
       **{(x,12):(D,K) for x in range(1,8)}, **{(x,13):(D,K) for x in range(1,8)}})

group("iata_passenger_growth", "air", "Growth of passenger numbers, 4.4%: 2026 forecast (and Tourism Review's '2025')",
      "World airlines", "YoY growth of passengers", "2026",
      "reportify and 鉅亨網: +4.4% for 2026 (consistent). Tourism Review attaches 'a 4.4% jump' to its '5.2 billion passengers in 2025': as written another year (different_basis); it is the same 2026 figure misdated (consistent is defensible).",
      [M(a(6,"en"), 3, "reflecting a 4.4% growth", "4.4%", 4.4, PC, "y26", as_of="2026 (forecast)"),
       M(a(7,"hant"), 9, "較 2025 年增長 4.4%", "4.4%", 4.4, PC, "y26", as_of="2026 (forecast)"),
       M(a(5,"en"), 20, "a 4.4% jump", "4.4%", 4.4, PC, "y25", as_of="2025 (as written)")],
      {(1,3):(D,K), (2,3):(D,K)})

group("iata_net_profit_2025", "air", "IATA's forecast of airline net profit for 2025: December 2025 update vs June 2025 forecast",
      "World airlines", "net profit (USD)", "2025",
      "December update: US$39.5 billion (six mentions, English and Chinese 395億美元): consistent. The US$36 billion (= 360億美元) forecast made in June (three mentions, each labelled as the earlier forecast) is an earlier vintage that the texts themselves say was revised: different_basis.",
      [M(a(4,"en"), 9, "projected to reach US$39.5 billion", "US$39.5 billion", 39.5e9, USD, "dec", as_of="2025"),
       M(a(5,"en"), 8, "record-breaking $39.5 billion", "$39.5 billion", 39.5e9, USD, "dec", as_of="2025"),
       M(a(6,"en"), 3, "up from $39.5 billion in 2025", "$39.5 billion", 39.5e9, USD, "dec", as_of="2025"),
       M(a(7,"hant"), 5, "2025 年為 395 億美元", "395 億美元", 39.5e9, USD, "dec", as_of="2025"),
       M(a(8,"hant"), 9, "今年獲利預計達395億美元", "395億美元", 39.5e9, USD, "dec", as_of="2025"),
       M(a(9,"hant"), 10, "從2025年的395億美元", "395億美元", 39.5e9, USD, "dec", as_of="2025"),
       M(a(4,"en"), 9, "up from the US$36 billion they predicted", "US$36 billion", 36e9, USD, "june", as_of="2025 (June forecast)"),
       M(a(5,"en"), 10, "from the $36 billion forecast", "$36 billion", 36e9, USD, "june", as_of="2025 (June forecast)"),
       M(a(8,"hant"), 9, "所預估的360億美元", "360億美元", 36e9, USD, "june", as_of="2025 (June forecast)")])

group("iata_net_profit_2026", "air", "IATA's forecast of airline net profit for 2026",
      "World airlines", "net profit (USD)", "2026 (forecast)", "US$41 billion = 410億美元 (five mentions).",
      [M(a(4,"en"), 13, "Profits in 2026 are projected at US$41 billion", "US$41 billion", 41e9, USD, "y", as_of="2026"),
       M(a(6,"en"), 3, "a net profit of $41 billion in 2026", "$41 billion", 41e9, USD, "y", as_of="2026"),
       M(a(7,"hant"), 5, "總淨利潤 410 億美元", "410 億美元", 41e9, USD, "y", as_of="2026"),
       M(a(8,"hant"), 13, "明年獲利估達410億美元", "410億美元", 41e9, USD, "y", as_of="2026"),
       M(a(9,"hant"), 10, "2026年的410億美元", "410億美元", 41e9, USD, "y", as_of="2026")])

group("iata_members", "air", "Number of IATA member airlines",
      "IATA", "member airlines", "2025", "around 360 = 360 = 約360間 (consistent).",
      [M(a(4,"en"), 9, "groups around 360 carriers", "360", 360.0, N, "y", qualifier="approx", as_of="2025"),
       M(a(5,"en"), 10, "speaks for 360 carriers", "360", 360.0, N, "y", as_of="2025"),
       M(a(8,"hant"), 9, "約由360間航空公司組成", "360", 360.0, N, "y", qualifier="approx", as_of="2025")])

group("iata_traffic_share", "air", "Share of global air traffic carried by IATA members",
      "IATA", "share of global air traffic", "2025", "80 percent = roughly 80% = 8成 (consistent).",
      [M(a(4,"en"), 9, "representing 80 percent of global air traffic", "80 percent", 80.0, PC, "y", as_of="2025"),
       M(a(5,"en"), 10, "roughly 80% of global air traffic", "80%", 80.0, PC, "y", qualifier="approx", as_of="2025"),
       M(a(8,"hant"), 9, "涵蓋全球8成航空運量", "8成", 80.0, PC, "y", as_of="2025")])

group("iata_revenue", "air", "IATA forecast of industry revenue: 2025 and 2026",
      "World airlines", "total revenue (USD)", "2025 / 2026",
      "2026: $1.053 trillion (Tourism Review) = 1.053 兆美元 (鉅亨網) vs reportify's $1.054 trillion: conflict at the stated precision (rounding defensible). 2025: $1.008 trillion (reportify, 鉅亨網). Tourism Review puts '$1.008 trillion next year' (2026, written in December 2025) and then '$1.053 trillion in 2026' in the next sentence: as written its 1.008 is a 2026 figure that conflicts with the 1.053; it is really the 2025 figure (different_basis / consistent defensible).",
      [M(a(6,"en"), 3, "reach $1.054 trillion in 2026", "$1.054 trillion", 1.054e12, USD, "y26", as_of="2026"),
       M(a(7,"hant"), 9, "行業總收入預計為 1.053 兆美元", "1.053 兆美元", 1.053e12, USD, "y26", as_of="2026"),
       M(a(5,"en"), 16, "to $1.053 trillion in 2026", "$1.053 trillion", 1.053e12, USD, "y26", as_of="2026"),
       M(a(6,"en"), 3, "from $1.008 trillion in 2025", "$1.008 trillion", 1.008e12, USD, "y25", as_of="2025"),
       M(a(7,"hant"), 9, "2025 年預計為 1.008 兆美元", "1.008 兆美元", 1.008e12, USD, "y25", as_of="2025"),
       M(a(5,"en"), 16, "total revenues of $1.008 trillion next year", "$1.008 trillion", 1.008e12, USD, "y26", as_of="'next year' (2026 as written)")],
      {(1,2):(C,R), (1,3):(C,R), (2,3):K, (1,6):(C,D), (2,6):(C,D), (3,6):(C,D), (4,6):(D,K), (5,6):(D,K)})

group("iata_revenue_growth_2026", "air", "Growth of industry revenue, 2026 forecast",
      "World airlines", "YoY growth of revenue", "2026", "4.5% in English and Chinese.",
      [M(a(6,"en"), 3, "a 4.5% increase from", "4.5%", 4.5, PC, "y", as_of="2026"),
       M(a(7,"hant"), 9, "增長 4.5%", "4.5%", 4.5, PC, "y", as_of="2026")])

group("iata_profit_per_passenger", "air", "Average net profit per passenger: 2026 forecast vs the 2023 peak",
      "World airlines", "net profit per passenger (USD)", "2026",
      "$7.90 (three mentions, consistent) for 2026; $8.50 (twice) is the 2023 peak: different_basis.",
      [M(a(6,"en"), 3, "estimated at $7.90", "$7.90", 7.9, USD, "y26", as_of="2026"),
       M(a(7,"hant"), 9, "平均淨利潤為 7.90 美元", "7.90 美元", 7.9, USD, "y26", as_of="2026"),
       M(a(7,"hant"), 13, "旅客賺的 7.90 美元還多", "7.90 美元", 7.9, USD, "y26", as_of="2026"),
       M(a(6,"en"), 3, "historical peak of $8.50 in 2023", "$8.50", 8.5, USD, "y23", as_of="2023"),
       M(a(7,"hant"), 9, "歷史高點 8.50 美元", "8.50 美元", 8.5, USD, "y23", as_of="2023")])

group("iata_fuel_cost_2026", "air", "Airline fuel bill, 2026 forecast",
      "World airlines", "fuel costs (USD)", "2026", "$252 billion = 2,520 億美元 (consistent).",
      [M(a(6,"en"), 3, "decrease to $252 billion in 2026", "$252 billion", 252e9, USD, "y", as_of="2026"),
       M(a(7,"hant"), 15, "小幅下降至 2,520 億美元", "2,520 億美元", 252e9, USD, "y", as_of="2026")])

group("iata_fuel_cost_change_2026", "air", "Change of the airline fuel bill, 2026 vs 2025",
      "World airlines", "YoY change of fuel costs", "2026", "-0.3% in English and Chinese.",
      [M(a(6,"en"), 3, "down 0.3% from $253 billion", "0.3%", -0.3, PC, "y", as_of="2026", note="decline"),
       M(a(7,"hant"), 15, "較 2025 年減少 0.3%", "0.3%", -0.3, PC, "y", as_of="2026", note="decline")])

group("iata_cargo_2026", "air", "Air cargo volume, 2026 forecast",
      "World airlines", "air cargo volume (tonnes)", "2026",
      "Tourism Review 71.6 million tonnes vs reportify 7.16 million tons: the same digits a factor of ten apart: conflict.",
      [M(a(5,"en"), 18, "reach 71.6 million tonnes in 2026", "71.6 million tonnes", 71.6e6, T, "y", as_of="2026"),
       M(a(6,"en"), 3, "reach 7.16 million tons in 2026", "7.16 million tons", 7.16e6, T, "y", as_of="2026")],
      {(1,2):C})

group("iata_cargo_growth_2026", "air", "Growth of air cargo volume, 2026 forecast",
      "World airlines", "YoY growth of cargo volume", "2026", "+2.4% in both.",
      [M(a(5,"en"), 18, "in 2026, a 2.4% increase", "2.4%", 2.4, PC, "y", as_of="2026"),
       M(a(6,"en"), 3, "a 2.4% increase from 2025", "2.4%", 2.4, PC, "y", as_of="2026")])

group("aviation_gdp_jobs", "air", "Aviation's contribution to global GDP",
      "Aviation", "share of global GDP", "2025", "nearly 4% = 近 4% (consistent).",
      [M(a(6,"en"), 3, "contributes nearly 4% to global GDP", "4%", 4.0, PC, "y", qualifier="under", as_of="2025"),
       M(a(7,"hant"), 11, "貢獻近 4%GDP", "4%", 4.0, PC, "y", qualifier="under", as_of="2025")])

group("aviation_jobs", "air", "Jobs supported by aviation",
      "Aviation", "jobs supported", "2025", "87 million = 8,700 萬 (consistent).",
      [M(a(6,"en"), 3, "supports 87 million jobs", "87 million", 87e6, P, "y", as_of="2025"),
       M(a(7,"hant"), 11, "創造 8,700 萬個就業機會", "8,700 萬", 87e6, P, "y", as_of="2025")])

# ---------------------------------------------------------------- singles: claims in no group
single(w(5,"en"), 4, "in 2012, when 44.6 GW was installed", "44.6 GW", 44.6, GW, note="world additions 2012 (WWEA)")
single(w(5,"en"), 13, "grew by 16% compared with the year 2013", "16%", 16.0, PC, note="growth of world cumulative wind capacity 2014 (WWEA)")
single(w(11,"en"), 10, "avoid 510 million tonnes of C02 emissions", "510 million tonnes", 510e6, T, note="CO2 avoided by Asia-Pacific wind capacity")
single(w(12,"hant"), 8, "至少需要180吉瓦的新風(fēng)能", "180吉瓦", 180.0, GW, qualifier="at_least", note="annual wind additions needed (GWEC)")
single(e(3,"en"), 8, "($2.17 trillion)", "$2.17 trillion", 2.17e12, USD, note="2023 online retail sales in USD")
single(e(5,"hant"), 7, "社會消費品零售總額77067億元", "77067億元", 7.7067e12, CNY, note="retail sales of consumer goods Jan-Feb 2023")
single(a(2,"en"), 14, "accounting for 34.5% of global passenger traffic", "34.5%", 34.5, PC, note="Asia-Pacific share of global RPK 2025")
single(a(9,"hant"), 5, "航空旅客總量將達3.09億人次", "3.09億人次", 309e6, P, note="OAG holiday-period passengers")
# ---------------------------------------------------------------- singles: numbers that are not claims
single(w(3,"en"), 22, "Annual installed global capacity 1996-2014", not_a_claim=True, kind="chart_title_year_range")
single(w(4,"hans"), 8, "2015 年 03 月 06 日 15:04", not_a_claim=True, kind="date")
single(w(6,"hant"), 4, "詳情可見圖1", not_a_claim=True, kind="figure_reference")
single(w(6,"hant"), 7, "由圖2 可以看出", not_a_claim=True, kind="figure_reference")
single(w(7,"en"), 8, "Figure 1: Total global wind power capacity", not_a_claim=True, kind="figure_reference")
single(w(9,"hans"), 5, "\"id\" : 56851816", not_a_claim=True, kind="article_id")
single(w(9,"hans"), 12, "\"x9\" : \"20210314\"", not_a_claim=True, kind="date")
single(w(9,"hans"), 32, "\"width\" : 220", not_a_claim=True, kind="image_size")
single(e(1,"hans"), 5, "2024-11-21 22:03:48", not_a_claim=True, kind="date")
single(e(1,"hans"), 7, "第53次《中国互联网络发展状况统计报告》", not_a_claim=True, kind="edition_number")
single(e(2,"en"), 3, "5 de April de 2024", not_a_claim=True, kind="date")
single(e(5,"hant"), 22, "1.指標解釋", not_a_claim=True, kind="list_number")
single(e(9,"hant"), 9, "68055塊/32", not_a_claim=True, kind="unit_descriptor", note="'/32' is the IPv6 prefix length naming the block size; only 68055 is a count")
single(a(1,"en"), 6, "SINGAPORE 2 February 2026", not_a_claim=True, kind="date")
single(a(5,"en"), 6, "0", not_a_claim=True, kind="page_furniture", note="comment counter")
single(a(6,"en"), 3, "marking a historical high [2]", not_a_claim=True, kind="footnote_marker")
single(a(7,"hant"), 3, "2025-12-10 13:39", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh3.toml", "corpus-fresh3")
