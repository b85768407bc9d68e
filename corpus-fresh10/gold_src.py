#!/usr/bin/env python3
"""Hand annotation of corpus-fresh10, written as data; emits gold.d/fresh10.toml (then run corpus/check_gold.py --dir corpus-fresh10 --build).

Every mention carries a 'basis' tag (period / scope / stage as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9): different statements of one quantity share a basis tag; a rounded restatement is
rounding; a truncation that is not a correct rounding is conflict with rounding as alt; a bound (超/逾/over/近/almost)
that contains the exact figure is consistent with it. New here: a preliminary figure released on the last day
('预计' / 'is estimated to reach', 22 February 2025; 17 February 2024) and the final count released a day or more
later describe the same quantity (same basis tag); where they disagree beyond rounding the pair is conflict with
no alt verdict: both are published as the count for the completed period, and a reader cannot reconcile them from the pages (the difference is the checker's to report). Forecasts made before the period (31 December 2024 teleconference) are a
different basis from outcomes. Other months, years, holidays and scopes are different_basis.
Units: count (trips 人次, base stations, users), USD, CNY, percent, percentage_points, months (streaks),
troy_ounce (gold holdings), index_points (dollar index), GB.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

cy = lambda n, s: f"chunyun-{n:02d}-{s}.txt"
fx = lambda n, s: f"fx-{n:02d}-{s}.txt"
fg = lambda n, s: f"fiveg-{n:02d}-{s}.txt"
PC, PP, CNT, USD, CNY, MO, OZ, IDX = ("percent", "percentage_points", "count", "USD", "CNY", "months",
                                      "troy_ounce", "index_points")
WAN, YI = 1e4, 1e8

# ============================================================ chunyun: Spring Festival travel rush (春运) 2025
group("cy_total_2025", "chunyun", "Inter-regional trips during the 40-day 2025 Spring Festival travel rush (14 Jan - 22 Feb 2025): final 90.2亿 = 9.02 billion, last-day estimate 90.25亿 = 9.03 billion, forecast about 9 billion",
      "China", "inter-regional passenger trips (全社会跨区域人员流动量)", "chunyun 2025 (40 days)",
      "Final count (23 Feb) 90.2亿 / 9.02 billion six times (consistent). The last-day estimate (22 Feb) 90.25亿 and shine's 'is estimated to reach 9.03 billion' (90.25 rounded half-up) are the same quantity: 9.03 billion vs 9.02 billion is conflict (two statements of the completed total); 90.25亿 vs 90.2亿 / 9.02 billion is rounding (90.25 -> 90.2 only by round-half-even; conflict as alt); 9.03 vs 90.25 rounding. Bounds 超90億 / 超 90 亿 (headline, tazi's intro twice) contain both (consistent). The 31 December forecast 'about 9 billion' / 'nine billion' / 90亿 is a different basis.",
      [M(cy(1,"en"), 4, "reached a record of 9.02 billion", "9.02 billion", 9.02e9, CNT, "y25", as_of="2025 chunyun"),
       M(cy(2,"en"), 3, "estimated to reach 9.03 billion", "9.03 billion", 9.03e9, CNT, "y25", as_of="2025 chunyun", note="preliminary, 22 Feb"),
       M(cy(3,"en"), 7, "reached a record of 9.02 billion", "9.02 billion", 9.02e9, CNT, "y25", as_of="2025 chunyun"),
       M(cy(4,"en"), 5, "About 9 billion inter-regional trips", "9 billion", 9e9, CNT, "fc", qualifier="approx", as_of="forecast of 31 Dec 2024"),
       M(cy(5,"en"), 5, "nine billion passenger trips", "nine billion", 9e9, CNT, "fc", as_of="forecast"),
       M(cy(6,"hans"), 3, "全社会跨区域人员流动量90.2亿人次", "90.2亿", 9.02e9, CNT, "y25", as_of="2025 chunyun"),
       M(cy(7,"hant"), 3, "動(dòng)量90.2億人次", "90.2億", 9.02e9, CNT, "y25", as_of="2025 chunyun"),
       M(cy(8,"hant"), 3, "跨區流動超90億人次", "90億", 9e9, CNT, "y25", qualifier="over", note="headline"),
       M(cy(8,"hant"), 6, "人員流動量達90.2億人次", "90.2億", 9.02e9, CNT, "y25"),
       M(cy(8,"hant"), 10, "全社會跨區域人員流動量90.2億人次", "90.2億", 9.02e9, CNT, "y25"),
       M(cy(9,"hans"), 3, "预计超 90 亿人次", "90 亿", 9e9, CNT, "y25", qualifier="over", note="intro"),
       M(cy(9,"hans"), 3, "这超 90 亿人次", "90 亿", 9e9, CNT, "y25", qualifier="over"),
       M(cy(9,"hans"), 4, "流动量为90.25亿人次", "90.25亿", 9.025e9, CNT, "y25", note="preliminary, 22 Feb"),
       M(cy(10,"hans"), 4, "流动量将达到90亿人次", "90亿", 9e9, CNT, "fc", as_of="MOT forecast")],
      {**cross((2,), (1,3,6,7,9,10), C), **cross((13,), (1,3,6,7,9,10), (R, C)), (2,13): R,
       **cross((8,11,12), (1,2,3,6,7,9,10,13), K)})

group("cy_trip_growth", "chunyun", "Year-on-year growth of inter-regional trips: 40-day chunyun 2025 +7.1%, 2025 holiday +6%, single days",
      "China", "growth of inter-regional trips (percent)", "chunyun 2025",
      "+7.1% six times for the 40-day total (consistent). The 8-day 2025 holiday's +6% (twice), 3 February 2025's +7.4% (vs the same day of 2024), 22 February's +15.4% and 16 February 2024's +34% are other periods.",
      [M(cy(1,"en"), 5, "a 7.1-percent increase", "7.1-percent", 7.1, PC, "y25"),
       M(cy(3,"en"), 9, "a 7.1-percent increase", "7.1-percent", 7.1, PC, "y25"),
       M(cy(6,"hans"), 3, "增长7.1%", "7.1%", 7.1, PC, "y25"),
       M(cy(7,"hant"), 3, "增長(zhǎng)7.1%", "7.1%", 7.1, PC, "y25"),
       M(cy(8,"hant"), 6, "增長7.1%", "7.1%", 7.1, PC, "y25"),
       M(cy(8,"hant"), 10, "增長7.1%", "7.1%", 7.1, PC, "y25"),
       M(cy(11,"hant"), 3, "同比增6%", "6%", 6.0, PC, "hol25", note="headline"),
       M(cy(11,"hant"), 7, "比去年同期增長6%", "6%", 6.0, PC, "hol25"),
       M(cy(13,"hans"), 5, "比2024年同期增长7.4%", "7.4%", 7.4, PC, "d0203", as_of="2025-02-03"),
       M(cy(6,"hans"), 9, "增长15.4%", "15.4%", 15.4, PC, "d0222", as_of="2025-02-22"),
       M(cy(14,"hant"), 17, "比2023年同期增長34%", "34%", 34.0, PC, "d0216", as_of="2024-02-16")])

group("cy_rail_2025", "chunyun", "Railway passenger trips during chunyun 2025: final 5.1亿 / 513 million, last-day estimate 51362.7万 = 513.63 million, forecast 5.1亿 / 'more than 510 million'",
      "China", "railway passenger trips", "chunyun 2025 (40 days)",
      "5.1亿 three times (final, consistent). The estimate 51362.7万 = 513.63 million (rounding) rounds to 5.1亿 (rounding). CGTN's 513 million truncates 513.63 million (conflict, rounding as alt) and rounds to 5.1亿 (rounding). The forecasts (5.1亿, 'more than 510 million', consistent with each other) are a different basis.",
      [M(cy(2,"en"), 7, "513.63 million for railways", "513.63 million", 513.63e6, CNT, "y25", note="preliminary"),
       M(cy(3,"en"), 15, "reached 513 million", "513 million", 513e6, CNT, "y25"),
       M(cy(5,"en"), 6, "more than 510 million railway", "510 million", 510e6, CNT, "fc", qualifier="over"),
       M(cy(6,"hans"), 4, "铁路旅客发送量5.1亿人次", "5.1亿", 5.1e8, CNT, "y25"),
       M(cy(7,"hant"), 4, "送量5.1億人次", "5.1億", 5.1e8, CNT, "y25"),
       M(cy(8,"hant"), 12, "鐵路旅客發送量5.1億人次", "5.1億", 5.1e8, CNT, "y25"),
       M(cy(9,"hans"), 5, "预计铁路客运量为51362.7万人次", "51362.7万", 513.627e6, CNT, "y25", note="preliminary"),
       M(cy(10,"hans"), 4, "将分别达到5.1亿人次", "5.1亿", 5.1e8, CNT, "fc")],
      {(1,7): R, **cross((1,7), (2,), (C, R)), **cross((1,7,2), (4,5,6), R), (3,8): K})

group("cy_air_2025", "chunyun", "Civil aviation passenger trips during chunyun 2025: final 9020万 = 90.2 million, estimate 9018.97万 = 90.19 million, forecast 9000万 / 'over 90 million'",
      "China", "civil aviation passenger trips", "chunyun 2025 (40 days)",
      "9020万 / 90.2 million four times (final). The estimate 9018.97万 = 90.19 million rounds to them (rounding). Forecasts 9000万 and 'over 90 million' are a different basis.",
      [M(cy(2,"en"), 7, "90.19 million for air travel", "90.19 million", 90.19e6, CNT, "y25", note="preliminary"),
       M(cy(3,"en"), 17, "recorded 90.2 million passenger trips", "90.2 million", 90.2e6, CNT, "y25"),
       M(cy(5,"en"), 6, "over 90 million civil aviation trips", "90 million", 90e6, CNT, "fc", qualifier="over"),
       M(cy(6,"hans"), 7, "民航旅客发送量9020万人次", "9020万", 90.2e6, CNT, "y25"),
       M(cy(7,"hant"), 4, "送量9020萬人次", "9020萬", 90.2e6, CNT, "y25"),
       M(cy(8,"hant"), 12, "民航旅客發送量9020萬人次", "9020萬", 90.2e6, CNT, "y25"),
       M(cy(9,"hans"), 5, "民航客运量为9018.97万人次", "9018.97万", 90.1897e6, CNT, "y25", note="preliminary"),
       M(cy(10,"hans"), 4, "和9000万人次", "9000万", 90e6, CNT, "fc")],
      {(1,7): R, **cross((1,7), (2,4,5,6), R), (3,8): K})

group("cy_water_2025", "chunyun", "Waterway passenger trips during chunyun 2025: final 3121万, estimate 3115.4万 = 31.15 million",
      "China", "waterway passenger trips", "chunyun 2025 (40 days)",
      "Final 3121万 three times; the last-day estimate 3115.4万 = 31.15 million (rounding) differs: conflict.",
      [M(cy(2,"en"), 7, "31.15 million for waterways", "31.15 million", 31.15e6, CNT, "y25", note="preliminary"),
       M(cy(6,"hans"), 6, "水路旅客发送量3121万人次", "3121万", 31.21e6, CNT, "y25"),
       M(cy(7,"hant"), 4, "送量3121萬人次", "3121萬", 31.21e6, CNT, "y25"),
       M(cy(8,"hant"), 12, "水路旅客發送量3121萬人次", "3121萬", 31.21e6, CNT, "y25"),
       M(cy(9,"hans"), 5, "水路客运量为3115.4万人次", "3115.4万", 31.154e6, CNT, "y25", note="preliminary")],
      {(1,5): R, **cross((1,5), (2,3,4), C)})

group("cy_road_2025", "chunyun", "Road trips during chunyun 2025: 83.9亿 = 8.39 billion, estimate 839027万; forecast 7.2 billion",
      "China", "road trips (公路人员流动量)", "chunyun 2025 (40 days)",
      "83.9亿 / 8.39 billion five times (consistent); the estimate 839027万 rounds to it (rounding). gmw's forecast '7.2 billion road trips' (the forecast of self-driving trips, labelled road) is a different basis.",
      [M(cy(2,"en"), 7, "About 8.39 billion trips were made by road", "8.39 billion", 8.39e9, CNT, "y25", qualifier="approx"),
       M(cy(3,"en"), 13, "about 8.39 billion trips were made by road", "8.39 billion", 8.39e9, CNT, "y25", qualifier="approx"),
       M(cy(5,"en"), 6, "7.2 billion road trips", "7.2 billion", 7.2e9, CNT, "fc"),
       M(cy(6,"hans"), 5, "公路人员流动量83.9亿人次", "83.9亿", 8.39e9, CNT, "y25"),
       M(cy(7,"hant"), 4, "動(dòng)量83.9億人次", "83.9億", 8.39e9, CNT, "y25"),
       M(cy(8,"hant"), 12, "公路人員流動量83.9億人次", "83.9億", 8.39e9, CNT, "y25"),
       M(cy(9,"hans"), 5, "公路人员流动量为839027万人次", "839027万", 8.39027e9, CNT, "y25", note="preliminary")],
      {**cross((7,), (1,2,4,5,6), R)})

group("cy_selfdrive_2025", "chunyun", "Self-driving trips during chunyun 2025: 71.7亿, estimate 716949万",
      "China", "self-driving trips (自驾 / 非营业性小客车人员出行量)", "chunyun 2025 (40 days)",
      "71.7亿 three times; the estimate 716949万 rounds to it (rounding).",
      [M(cy(6,"hans"), 5, "自驾出行量71.7亿人次", "71.7亿", 7.17e9, CNT, "y25"),
       M(cy(7,"hant"), 4, "自駕出行量71.7億人次", "71.7億", 7.17e9, CNT, "y25"),
       M(cy(8,"hant"), 12, "自駕出行量71.7億人次", "71.7億", 7.17e9, CNT, "y25"),
       M(cy(9,"hans"), 5, "小客车人员出行量为716949万人次", "716949万", 7.16949e9, CNT, "y25", note="preliminary")],
      {**cross((4,), (1,2,3), R)})

group("cy_roadcommercial_2025", "chunyun", "Commercial road passenger trips during chunyun 2025: 12.2亿, estimate 122078万",
      "China", "commercial road passenger trips (公路营业性客运量)", "chunyun 2025 (40 days)",
      "12.2亿 three times; the estimate 122078万 rounds to it (rounding).",
      [M(cy(6,"hans"), 5, "公路营业性客运量12.2亿人次", "12.2亿", 1.22e9, CNT, "y25"),
       M(cy(7,"hant"), 4, "運(yùn)量12.2億人次", "12.2億", 1.22e9, CNT, "y25"),
       M(cy(8,"hant"), 12, "公路營業性客運量12.2億人次", "12.2億", 1.22e9, CNT, "y25"),
       M(cy(9,"hans"), 5, "公路营业性客运量为122078万人次", "122078万", 1.22078e9, CNT, "y25", note="preliminary")],
      {**cross((4,), (1,2,3), R)})

group("cy_selfdrive_share", "chunyun", "Self-driving share of all inter-regional trips, chunyun 2025: 79.4%",
      "China", "share of self-driving trips", "chunyun 2025", "79.4% three times (consistent).",
      [M(cy(6,"hans"), 5, "占全社会跨区域人员量79.4%", "79.4%", 79.4, PC, "y25"),
       M(cy(7,"hant"), 4, "人員量79.4%", "79.4%", 79.4, PC, "y25"),
       M(cy(8,"hant"), 12, "人員量79.4%", "79.4%", 79.4, PC, "y25")])

group("cy_rail_growth", "chunyun", "Growth of railway trips, chunyun 2025: +6.1%", "China", "growth of railway passenger trips", "chunyun 2025",
      "+6.1% four times (consistent).",
      [M(cy(3,"en"), 15, "expanding by 6.1 percent", "6.1 percent", 6.1, PC, "y25"),
       M(cy(6,"hans"), 4, "同比增长6.1%", "6.1%", 6.1, PC, "y25"),
       M(cy(7,"hant"), 4, "增長(zhǎng)6.1%", "6.1%", 6.1, PC, "y25"),
       M(cy(8,"hant"), 12, "同比增長6.1%", "6.1%", 6.1, PC, "y25")])

group("cy_road_growth", "chunyun", "Growth of road trips, chunyun 2025: +7.2%", "China", "growth of road trips", "chunyun 2025",
      "+7.2% four times (consistent).",
      [M(cy(3,"en"), 13, "a 7.2-percent year-on-year increase", "7.2-percent", 7.2, PC, "y25"),
       M(cy(6,"hans"), 5, "同比增长7.2%", "7.2%", 7.2, PC, "y25"),
       M(cy(7,"hant"), 4, "增長(zhǎng)7.2%", "7.2%", 7.2, PC, "y25"),
       M(cy(8,"hant"), 12, "同比增長7.2%", "7.2%", 7.2, PC, "y25")])

group("cy_water_growth", "chunyun", "Growth of waterway trips, chunyun 2025: +7.6%", "China", "growth of waterway passenger trips", "chunyun 2025",
      "+7.6% three times (consistent).",
      [M(cy(6,"hans"), 6, "同比增长7.6%", "7.6%", 7.6, PC, "y25"),
       M(cy(7,"hant"), 4, "增長(zhǎng)7.6%", "7.6%", 7.6, PC, "y25"),
       M(cy(8,"hant"), 12, "同比增長7.6%", "7.6%", 7.6, PC, "y25")])

group("cy_air_growth", "chunyun", "Growth of civil aviation trips, chunyun 2025: +7.4%", "China", "growth of civil aviation passenger trips", "chunyun 2025",
      "+7.4% three times (consistent).",
      [M(cy(6,"hans"), 7, "同比增长7.4%", "7.4%", 7.4, PC, "y25"),
       M(cy(7,"hant"), 4, "增長(zhǎng)7.4%", "7.4%", 7.4, PC, "y25"),
       M(cy(8,"hant"), 12, "同比增長7.4%", "7.4%", 7.4, PC, "y25")])

group("cy_holiday_total", "chunyun", "Inter-regional trips in the 8-day Spring Festival holiday: 2025 (28 Jan - 4 Feb) 231193.88万 / 超23亿; 2024 (初一至初八, 10-17 Feb) estimate 23.11億 vs 22.93億",
      "China", "inter-regional trips in the Spring Festival holiday", "2025 holiday (8 days); 2024 holiday",
      "2025: 231193.88万 (preliminary), cnyes' 逾23億 / 超23億 are bounds that contain it (consistent). 2024 (ctstvnet, 17 Feb 2024: 預計累計23.11億 and headline 超23億) vs Yahoo HK's 累計22.93億 (title and body; the page names no year, but 初一至初八 is the 2024 holiday, 10-17 February, while 2025's ran 除夕 to 初七): conflict (two statements of the completed holiday total). 2025 vs 2024 different_basis.",
      [M(cy(11,"hant"), 3, "8天逾23億人次", "23億", 2.3e9, CNT, "hol25", qualifier="over", note="headline"),
       M(cy(11,"hant"), 7, "流動量超23億人次", "23億", 2.3e9, CNT, "hol25", qualifier="over"),
       M(cy(12,"hant"), 3, "流動量累計22.93億人次", "22.93億", 2.293e9, CNT, "hol24", note="title; year read from 初一至初八"),
       M(cy(12,"hant"), 5, "流動量累計22.93億人次", "22.93億", 2.293e9, CNT, "hol24"),
       M(cy(13,"hans"), 3, "流动量预计为231193.88万人次", "231193.88万", 2.3119388e9, CNT, "hol25"),
       M(cy(14,"hant"), 5, "人員流動超23億人次", "23億", 2.3e9, CNT, "hol24", qualifier="over", note="headline"),
       M(cy(14,"hant"), 9, "預計累計23.11億人次", "23.11億", 2.311e9, CNT, "hol24")],
      {**cross((1,2), (5,), K), (6,7): K, **cross((3,4), (6,7), C)})

group("cy_holiday_rail", "chunyun", "Railway trips in the Spring Festival holiday: 2025 9612万; 2024 estimate 9959萬 vs 9946萬",
      "China", "railway passenger trips in the Spring Festival holiday", "2025 / 2024 holiday",
      "2025: 9612万 twice (consistent). 2024: estimate 9959萬 vs Yahoo HK's 9946萬 (conflict). Years differ: different_basis.",
      [M(cy(11,"hant"), 11, "鐵路客運量9612萬人次", "9612萬", 96.12e6, CNT, "hol25"),
       M(cy(13,"hans"), 4, "铁路客运量9612万人次", "9612万", 96.12e6, CNT, "hol25"),
       M(cy(12,"hant"), 5, "鐵路客運量9946萬人次", "9946萬", 99.46e6, CNT, "hol24"),
       M(cy(14,"hant"), 15, "鐵路客運量預計累計9959萬人次", "9959萬", 99.59e6, CNT, "hol24")],
      {(3,4): C})

group("cy_holiday_road", "chunyun", "Road trips in the Spring Festival holiday: 2025 21.88億 = 218818万; 2024 estimate 21.84億 vs 21億6千多萬",
      "China", "road trips in the Spring Festival holiday", "2025 / 2024 holiday",
      "2025: 21.88億 rounds 218818万 (rounding). 2024: estimate 21.84億 vs Yahoo HK's 21億6千多萬 (21.6x億; conflict).",
      [M(cy(11,"hant"), 11, "公路人員流動量21.88億人次", "21.88億", 2.188e9, CNT, "hol25"),
       M(cy(13,"hans"), 4, "公路人员流动量218818万人次", "218818万", 2.18818e9, CNT, "hol25"),
       M(cy(12,"hant"), 5, "公路人員流動量21億6千多萬人次", "21億6千多萬", 2.16e9, CNT, "hol24", qualifier="over"),
       M(cy(14,"hant"), 15, "公路人員流動量預計累計21.84億人次", "21.84億", 2.184e9, CNT, "hol24")],
      {(1,2): R, (3,4): C})

group("cy_holiday_selfdrive", "chunyun", "Self-driving trips in the Spring Festival holiday: 2025 199529万; 2024 estimate 19.98億",
      "China", "self-driving trips in the Spring Festival holiday", "2025 / 2024 holiday",
      "Look-alike values (19.95億 vs 19.98億) for different years: different_basis.",
      [M(cy(13,"hans"), 4, "小客车人员出行量199529万人次", "199529万", 1.99529e9, CNT, "hol25"),
       M(cy(14,"hant"), 15, "小客車人員出行量預計累計19.98億人次", "19.98億", 1.998e9, CNT, "hol24")])

group("cy_holiday_commercial", "chunyun", "Commercial road trips in the Spring Festival holiday: 2025 19289万; 2024 estimate 1.86億",
      "China", "commercial road passenger trips in the Spring Festival holiday", "2025 / 2024 holiday",
      "Different years: different_basis.",
      [M(cy(13,"hans"), 4, "公路营业性客运量19289万人次", "19289万", 192.89e6, CNT, "hol25"),
       M(cy(14,"hant"), 15, "公路營業性客運量預計累計1.86億人次", "1.86億", 1.86e8, CNT, "hol24")])

group("cy_holiday_water", "chunyun", "Waterway trips in the Spring Festival holiday: 2025 935.3万; 2024 estimate 940萬 vs 941萬",
      "China", "waterway passenger trips in the Spring Festival holiday", "2025 / 2024 holiday",
      "2025: 935.3万 twice. 2024: 940萬 (estimate) vs 941萬 (conflict).",
      [M(cy(11,"hant"), 11, "水路客運量935.3萬人次", "935.3萬", 9.353e6, CNT, "hol25"),
       M(cy(13,"hans"), 4, "水路客运量935.3万人次", "935.3万", 9.353e6, CNT, "hol25"),
       M(cy(12,"hant"), 5, "水路客運量941萬人次", "941萬", 9.41e6, CNT, "hol24"),
       M(cy(14,"hant"), 15, "水路客運量預計累計940萬人次", "940萬", 9.4e6, CNT, "hol24")],
      {(3,4): C})

group("cy_holiday_air", "chunyun", "Civil aviation trips in the Spring Festival holiday: 2025 1828.58万; 2024 estimate 1804萬 vs 1799萬",
      "China", "civil aviation passenger trips in the Spring Festival holiday", "2025 / 2024 holiday",
      "2025: 1828.58万 twice. 2024: 1804萬 (estimate) vs 1799萬 (conflict).",
      [M(cy(11,"hant"), 11, "民航客運量1828.58萬人次", "1828.58萬", 18.2858e6, CNT, "hol25"),
       M(cy(13,"hans"), 4, "民航客运量1828.58万人次", "1828.58万", 18.2858e6, CNT, "hol25"),
       M(cy(12,"hant"), 5, "民航客運量1799萬人次", "1799萬", 17.99e6, CNT, "hol24"),
       M(cy(14,"hant"), 15, "民航客運量預計累計1804萬人次", "1804萬", 18.04e6, CNT, "hol24")],
      {(3,4): C})

single(cy(3,"en"), 17, "739,000 flights", "739,000", 739000.0, CNT)
single(cy(5,"en"), 6, "averaging 12.75 million trips daily", "12.75 million", 12.75e6, CNT, note="rail, forecast daily average")
single(cy(5,"en"), 6, "a 5.5 percent increase", "5.5 percent", 5.5, PC)
single(cy(10,"hans"), 3, "预计超过70亿人次", "70亿", 7e9, CNT, qualifier="over", note="first 30 days")
single(cy(10,"hans"), 5, "约为47.33亿人次", "47.33亿", 4.733e9, CNT, qualifier="approx", note="chunyun 2023")
single(cy(10,"hans"), 5, "约为84.22亿人次", "84.22亿", 8.422e9, CNT, qualifier="approx", note="chunyun 2024")
single(cy(6,"hans"), 9, "流动量18530.3万人次", "18530.3万", 185.303e6, CNT, note="22 Feb 2025")
single(cy(6,"hans"), 10, "铁路客运量1388.2万人次", "1388.2万", 13.882e6, CNT)
single(cy(13,"hans"), 5, "流动量33876.2万人次", "33876.2万", 338.762e6, CNT, note="3 Feb 2025")
single(cy(13,"hans"), 5, "发送旅客1645.4万人次", "1645.4万", 16.454e6, CNT)
single(cy(14,"hant"), 17, "約30846萬人次", "30846萬", 308.46e6, CNT, qualifier="approx")
single(cy(11,"hant"), 16, "每日客流均超3億人次", "3億", 3e8, CNT, qualifier="over")
single(cy(11,"hant"), 16, "佔比約25%", "25%", 25.0, PC, qualifier="approx")
single(cy(3,"en"), 4, "阅读次数:10087", not_a_claim=True, kind="page_furniture", note="view count")
single(cy(8,"hant"), 4, "02-24 99815", not_a_claim=True, kind="page_furniture", note="date and view count")
single(cy(14,"hant"), 3, "紫荊1997", not_a_claim=True, kind="name")
single(cy(14,"hant"), 11, "202402182601557c95ee.jpg", not_a_claim=True, kind="file_name")
single(cy(14,"hant"), 7, "发布时间:2024-02-18", not_a_claim=True, kind="date")
single(cy(4,"en"), 3, "(@ChaudhryMAli88)", not_a_claim=True, kind="handle")
single(cy(4,"en"), 9, "from Jan. 14 to Feb. 22", not_a_claim=True, kind="date")
single(cy(6,"hans"), 8, "crabby-images/70e49/", not_a_claim=True, kind="url", note="image address")
single(cy(1,"en"), 3, "date 2025-02-23", not_a_claim=True, kind="date")

# ============================================================ fx: China's foreign-exchange reserves, Dec 2025 / Jan 2026 (SAFE)
group("fx_reserves", "fx", "China's foreign-exchange reserves: end-January 2026 $3.3991 trillion = 33991億美元; end-December 2025 $3.3579 trillion = 33579億美元; November 2015 $3.44 trillion",
      "China", "foreign-exchange reserves (USD)", "end of January 2026 / end of December 2025",
      "January: $3.3991 trillion / 33991億 nine times (consistent); hkut's 33990.8億 rounds to them (rounding); etnet's 近3.4萬億 and reportify's 逾3万亿 are bounds that contain them (consistent). December: $3.3579 trillion / 33579億 four times; caixin's $3.358 trillion (three times) and etnet's 3.358萬億 round it (rounding). Months differ: different_basis; November 2015's $3.44 trillion too.",
      [M(fx(1,"en"), 3, "Reserves stood at $3.3991 trillion", "$3.3991 trillion", 3.3991e12, USD, "jan26"),
       M(fx(1,"en"), 7, "showed reserves stood at $3.3991 trillion", "$3.3991 trillion", 3.3991e12, USD, "jan26"),
       M(fx(2,"en"), 3, "reached $3.3991 trillion", "$3.3991 trillion", 3.3991e12, USD, "jan26"),
       M(fx(7,"hant"), 5, "外儲升至近3.4萬億美元", "3.4萬億美元", 3.4e12, USD, "jan26", qualifier="under", note="headline"),
       M(fx(7,"hant"), 7, "規模為33991億美元", "33991億美元", 3.3991e12, USD, "jan26"),
       M(fx(8,"hant"), 15, "外匯儲備規模33991億美元", "33991億美元", 3.3991e12, USD, "jan26", note="subheading"),
       M(fx(8,"hant"), 17, "規模為33991億美元", "33991億美元", 3.3991e12, USD, "jan26"),
       M(fx(9,"hant"), 7, "外滙儲備為33990.8億美元", "33990.8億美元", 3.39908e12, USD, "jan26"),
       M(fx(11,"hans"), 5, "规模为33991亿美元", "33991亿美元", 3.3991e12, USD, "jan26"),
       M(fx(12,"hans"), 4, "规模为33991亿美元", "33991亿美元", 3.3991e12, USD, "jan26"),
       M(fx(12,"hans"), 5, "至33991亿美元", "33991亿美元", 3.3991e12, USD, "jan26"),
       M(fx(11,"hans"), 5, "当前逾3万亿美元", "3万亿美元", 3e12, USD, "jan26", qualifier="over"),
       M(fx(3,"en"), 6, "in December to $3.358 trillion", "$3.358 trillion", 3.358e12, USD, "dec25"),
       M(fx(3,"en"), 7, "closing the year at $3.358 trillion", "$3.358 trillion", 3.358e12, USD, "dec25"),
       M(fx(3,"en"), 11, "rose to $3.358 trillion", "$3.358 trillion", 3.358e12, USD, "dec25"),
       M(fx(4,"en"), 12, "totaled $3.3579 trillion", "$3.3579 trillion", 3.3579e12, USD, "dec25"),
       M(fx(5,"en"), 3, "reached US$3.3579 trillion", "US$3.3579 trillion", 3.3579e12, USD, "dec25"),
       M(fx(6,"hant"), 5, "升至3.358萬億美元", "3.358萬億美元", 3.358e12, USD, "dec25", note="headline"),
       M(fx(6,"hant"), 7, "規模為33579億美元", "33579億美元", 3.3579e12, USD, "dec25"),
       M(fx(10,"hans"), 3, "规模为33579亿美元", "33579亿美元", 3.3579e12, USD, "dec25"),
       M(fx(4,"en"), 14, "stood at $3.44 trillion", "$3.44 trillion", 3.44e12, USD, "nov15", as_of="2015-11")],
      {**cross((8,), (1,2,3,5,6,7,9,10,11), R), **cross((4,12), (1,2,3,5,6,7,8,9,10,11), K), (4,12): K,
       **cross((13,14,15,18), (16,17,19,20), R)})

group("fx_monthly_change_usd", "fx", "Monthly change of the reserves: January 2026 +$41.2 billion = 412億; December 2025 +$11.5 billion = 115億; 2025 as a whole +$155.51 billion",
      "China", "change of foreign-exchange reserves (USD)", "January 2026 / December 2025 / 2025",
      "January +$41.2 billion / 412億 eight times, hkut's 412.1億 (rounding). December +$11.5 billion / 115億 six times. 2025: $155.51 billion vs reportify's 超1555亿 (bound, consistent). Periods differ: different_basis.",
      [M(fx(1,"en"), 3, "up $41.2 billion", "$41.2 billion", 41.2e9, USD, "jan26"),
       M(fx(1,"en"), 7, "up $41.2 billion", "$41.2 billion", 41.2e9, USD, "jan26"),
       M(fx(2,"en"), 3, "up $41.2 billion", "$41.2 billion", 41.2e9, USD, "jan26"),
       M(fx(7,"hant"), 7, "上升412億美元", "412億美元", 41.2e9, USD, "jan26"),
       M(fx(8,"hant"), 17, "上升412億美元", "412億美元", 41.2e9, USD, "jan26"),
       M(fx(9,"hant"), 7, "增加412.1億美元", "412.1億美元", 41.21e9, USD, "jan26"),
       M(fx(11,"hans"), 5, "上升412亿美元", "412亿美元", 41.2e9, USD, "jan26"),
       M(fx(12,"hans"), 4, "上升412亿美元", "412亿美元", 41.2e9, USD, "jan26"),
       M(fx(12,"hans"), 5, "上涨412亿美元", "412亿美元", 41.2e9, USD, "jan26"),
       M(fx(3,"en"), 7, "rose by $11.5 billion", "$11.5 billion", 11.5e9, USD, "dec25"),
       M(fx(3,"en"), 11, "up $11.5 billion", "$11.5 billion", 11.5e9, USD, "dec25"),
       M(fx(4,"en"), 12, "or $11.5 billion", "$11.5 billion", 11.5e9, USD, "dec25"),
       M(fx(5,"en"), 3, "increase of US$11.5 billion", "US$11.5 billion", 11.5e9, USD, "dec25"),
       M(fx(6,"hant"), 7, "上升115億美元", "115億美元", 11.5e9, USD, "dec25"),
       M(fx(10,"hans"), 3, "上升115亿美元", "115亿美元", 11.5e9, USD, "dec25"),
       M(fx(1,"en"), 9, "increasing by $155.51 billion", "$155.51 billion", 155.51e9, USD, "y25"),
       M(fx(10,"hans"), 3, "大幅增长超1555亿美元", "1555亿美元", 155.5e9, USD, "y25", qualifier="over")],
      {**cross((6,), (1,2,3,4,5,7,8,9), R), (16,17): K})

group("fx_monthly_change_pct", "fx", "Monthly change of the reserves in percent: January 2026 +1.23%; December 2025 +0.34%",
      "China", "month-on-month change of foreign-exchange reserves (percent)", "January 2026 / December 2025",
      "January +1.23% nine times; stheadline's headline 按月升1.2% rounds it (rounding). December +0.34% five times. Months differ: different_basis.",
      [M(fx(1,"en"), 3, "or 1.23%", "1.23%", 1.23, PC, "jan26"),
       M(fx(1,"en"), 7, "or 1.23%", "1.23%", 1.23, PC, "jan26"),
       M(fx(2,"en"), 3, "representing a 1.23% increase", "1.23%", 1.23, PC, "jan26"),
       M(fx(7,"hant"), 7, "升幅為1.23%", "1.23%", 1.23, PC, "jan26"),
       M(fx(8,"hant"), 5, "外匯儲備按月升1.2%", "1.2%", 1.2, PC, "jan26", note="headline"),
       M(fx(8,"hant"), 17, "升幅為1.23%", "1.23%", 1.23, PC, "jan26"),
       M(fx(9,"hant"), 7, "升幅1.23%", "1.23%", 1.23, PC, "jan26"),
       M(fx(11,"hans"), 3, "环比上升1.23%", "1.23%", 1.23, PC, "jan26", note="headline"),
       M(fx(11,"hans"), 5, "升幅为1.23%", "1.23%", 1.23, PC, "jan26"),
       M(fx(12,"hans"), 4, "升幅为1.23%", "1.23%", 1.23, PC, "jan26"),
       M(fx(3,"en"), 7, "or 0.34%", "0.34%", 0.34, PC, "dec25"),
       M(fx(4,"en"), 12, "up 0.34 percent", "0.34 percent", 0.34, PC, "dec25"),
       M(fx(5,"en"), 3, "or 0.34 percent", "0.34 percent", 0.34, PC, "dec25"),
       M(fx(6,"hant"), 7, "升幅為0.34%", "0.34%", 0.34, PC, "dec25"),
       M(fx(10,"hans"), 3, "升幅为0.34%", "0.34%", 0.34, PC, "dec25")],
      {**cross((5,), (1,2,3,4,6,7,8,9,10), R)})

group("fx_rise_streak", "fx", "Consecutive monthly rises of the reserves: December 2025 the fifth (Caixin: 'second straight month'); January 2026 the sixth",
      "China", "consecutive months of rising reserves", "December 2025 / January 2026",
      "December: China Daily 'fifth consecutive month' and etnet 連升5個月 vs Caixin 'climbed for a second straight month in December': conflict. January: sixth six times (sixth, 第六個月, 六連升, 連續6個月, 第六个月; consistent). December vs January: different_basis.",
      [M(fx(3,"en"), 6, "climbed for a second straight month", "second", 2.0, MO, "dec25"),
       M(fx(4,"en"), 10, "increased for the fifth consecutive month", "fifth", 5.0, MO, "dec25"),
       M(fx(6,"hant"), 7, "連升5個月", "5個月", 5.0, MO, "dec25"),
       M(fx(1,"en"), 6, "rose for a sixth consecutive month", "sixth", 6.0, MO, "jan26"),
       M(fx(7,"hant"), 7, "連續第六個月增加", "第六個月", 6.0, MO, "jan26"),
       M(fx(9,"hant"), 3, "儲備六連升", "六", 6.0, MO, "jan26", note="headline"),
       M(fx(9,"hant"), 5, "連續6個月上升", "6個月", 6.0, MO, "jan26"),
       M(fx(11,"hans"), 5, "已连续第六个月增加", "第六个月", 6.0, MO, "jan26")],
      {(1,2): C, (1,3): C})

group("fx_above_3p3_streak", "fx", "Consecutive months with reserves above $3.3 trillion: five at end-December 2025, six at end-January 2026",
      "China", "consecutive months with reserves above $3.3 trillion", "December 2025 / January 2026",
      "January: six three times (consistent); December: five (different_basis). Not the rise streak (fx_rise_streak), though the values coincide.",
      [M(fx(2,"en"), 3, "for the sixth consecutive month", "sixth", 6.0, MO, "jan26"),
       M(fx(11,"hans"), 5, "连续六个月处于", "六个月", 6.0, MO, "jan26"),
       M(fx(12,"hans"), 3, "连续6个月稳定在", "6个月", 6.0, MO, "jan26"),
       M(fx(10,"hans"), 3, "连续5个月处于", "5个月", 5.0, MO, "dec25")])

group("fx_gold_oz", "fx", "PBoC gold reserves: end-January 2026 74.19 million oz = 7419萬盎司; end-December 2025 74.15 million = 7415萬; end-November 74.12 million = 7412萬",
      "China", "official gold reserves (ounces)", "end of January 2026 / December 2025 / November 2025",
      "Each month's figure is restated across languages (consistent); months differ (different_basis).",
      [M(fx(1,"en"), 12, "rose to 74.19 million ounces", "74.19 million ounces", 74.19e6, OZ, "jan26"),
       M(fx(2,"en"), 7, "stood at 74.19 million ounces", "74.19 million ounces", 74.19e6, OZ, "jan26"),
       M(fx(7,"hant"), 11, "黃金儲備為7419萬盎司", "7419萬盎司", 74.19e6, OZ, "jan26"),
       M(fx(8,"hant"), 11, "1月底黃金儲備7419萬盎司", "7419萬盎司", 74.19e6, OZ, "jan26"),
       M(fx(9,"hant"), 9, "黃金儲備7419萬盎司", "7419萬盎司", 74.19e6, OZ, "jan26"),
       M(fx(11,"hans"), 5, "黄金储备为7419万盎司", "7419万盎司", 74.19e6, OZ, "jan26"),
       M(fx(12,"hans"), 6, "黄金储备报7419万盎司", "7419万盎司", 74.19e6, OZ, "jan26"),
       M(fx(3,"en"), 12, "reaching 74.15 million ounces", "74.15 million ounces", 74.15e6, OZ, "dec25"),
       M(fx(4,"en"), 18, "came in at 74.15 million ounces", "74.15 million ounces", 74.15e6, OZ, "dec25"),
       M(fx(5,"en"), 3, "to 74.15 million ounces", "74.15 million ounces", 74.15e6, OZ, "dec25"),
       M(fx(6,"hant"), 11, "12月末黃金儲備7415萬盎司", "7415萬盎司", 74.15e6, OZ, "dec25"),
       M(fx(8,"hant"), 11, "較12月底為7415萬盎司", "7415萬盎司", 74.15e6, OZ, "dec25"),
       M(fx(10,"hans"), 3, "黄金储备报7415万盎司", "7415万盎司", 74.15e6, OZ, "dec25"),
       M(fx(4,"en"), 18, "up from 74.12 million ounces", "74.12 million ounces", 74.12e6, OZ, "nov25"),
       M(fx(6,"hant"), 11, "11月末為7412萬盎司", "7412萬盎司", 74.12e6, OZ, "nov25")])

group("fx_gold_change", "fx", "Monthly increase of gold reserves: January 2026 +40,000 oz = 4萬; December 2025 +30,000 oz = 3萬",
      "China", "monthly increase of official gold reserves (ounces)", "January 2026 / December 2025",
      "January +4萬 / 40,000 six times; December +3萬 / 30,000 four times (stheadline's 分別按月增加3萬盎司 covers November and December); months differ.",
      [M(fx(1,"en"), 12, "up 40,000 ounces", "40,000 ounces", 40000.0, OZ, "jan26"),
       M(fx(2,"en"), 7, "an increase of 40,000 ounces", "40,000 ounces", 40000.0, OZ, "jan26"),
       M(fx(7,"hant"), 11, "環比增加4萬盎司", "4萬盎司", 40000.0, OZ, "jan26"),
       M(fx(8,"hant"), 11, "按月增加4萬盎司", "4萬盎司", 40000.0, OZ, "jan26"),
       M(fx(9,"hant"), 9, "按月增加4萬盎司", "4萬盎司", 40000.0, OZ, "jan26"),
       M(fx(11,"hans"), 5, "环比增加4万盎司", "4万盎司", 40000.0, OZ, "jan26"),
       M(fx(5,"en"), 3, "rose by 30,000 ounces", "30,000 ounces", 30000.0, OZ, "dec25"),
       M(fx(6,"hant"), 11, "環比增加3萬盎司", "3萬盎司", 30000.0, OZ, "dec25"),
       M(fx(10,"hans"), 3, "环比增加3万盎司", "3万盎司", 30000.0, OZ, "dec25"),
       M(fx(8,"hant"), 13, "分別按月增加3萬盎司", "3萬盎司", 30000.0, OZ, "dec25", note="November and December each")])

group("fx_gold_streak", "fx", "Consecutive months of PBoC gold purchases: 15th in January 2026, 14th in December 2025",
      "China", "consecutive months of gold purchases", "January 2026 / December 2025",
      "15 fourteen times for January, 14 eight times for December (consistent within a month); months differ.",
      [M(fx(1,"en"), 6, "for the 15th straight month", "15th", 15.0, MO, "jan26"),
       M(fx(1,"en"), 12, "a 15th consecutive monthly increase", "15th", 15.0, MO, "jan26"),
       M(fx(2,"en"), 3, "for the 15th straight month", "15th", 15.0, MO, "jan26"),
       M(fx(2,"en"), 7, "the 15th consecutive month", "15th", 15.0, MO, "jan26"),
       M(fx(7,"hant"), 5, "連續第15個月增持黃金", "第15個月", 15.0, MO, "jan26", note="headline"),
       M(fx(7,"hant"), 11, "連續第15個月增持黃金", "第15個月", 15.0, MO, "jan26"),
       M(fx(8,"hant"), 5, "中國連續第15個月增持黃金", "第15個月", 15.0, MO, "jan26", note="headline"),
       M(fx(8,"hant"), 11, "連續第15個月增持。", "第15個月", 15.0, MO, "jan26"),
       M(fx(9,"hant"), 3, "連續15個月買金", "15個月", 15.0, MO, "jan26", note="headline"),
       M(fx(9,"hant"), 5, "連續15個月增持黃金", "15個月", 15.0, MO, "jan26"),
       M(fx(9,"hant"), 9, "為第15個月增持黃金", "第15個月", 15.0, MO, "jan26"),
       M(fx(11,"hans"), 5, "连续第15个月增持黄金", "第15个月", 15.0, MO, "jan26"),
       M(fx(12,"hans"), 3, "连续第15个月增持黄金", "第15个月", 15.0, MO, "jan26"),
       M(fx(12,"hans"), 6, "连续第15个月增持黄金", "第15个月", 15.0, MO, "jan26"),
       M(fx(3,"en"), 6, "gold-buying streak to 14 months", "14 months", 14.0, MO, "dec25"),
       M(fx(3,"en"), 12, "for a 14th consecutive month", "14th", 14.0, MO, "dec25"),
       M(fx(4,"en"), 10, "for the 14th straight month", "14th", 14.0, MO, "dec25"),
       M(fx(4,"en"), 18, "its 14th consecutive month", "14th", 14.0, MO, "dec25"),
       M(fx(5,"en"), 3, "14th consecutive month", "14th", 14.0, MO, "dec25"),
       M(fx(6,"hant"), 5, "第14個月增持黃金", "第14個月", 14.0, MO, "dec25", note="headline"),
       M(fx(6,"hant"), 11, "連續第14個月增持黃金", "第14個月", 14.0, MO, "dec25"),
       M(fx(10,"hans"), 3, "为连续第14个月增持", "第14个月", 14.0, MO, "dec25")])

group("fx_dollar_index_change", "fx", "US dollar index change: December 2025 -1.1%, January 2026 -1.4%",
      "US dollar index", "monthly change (percent)", "December 2025 / January 2026",
      "January -1.4% twice (consistent); December -1.1% (different_basis).",
      [M(fx(10,"hans"), 3, "累计下跌1.1%", "1.1%", -1.1, PC, "dec25"),
       M(fx(7,"hant"), 19, "累計下跌1.4%", "1.4%", -1.4, PC, "jan26"),
       M(fx(11,"hans"), 5, "累计下跌1.4%", "1.4%", -1.4, PC, "jan26")])

group("fx_dollar_index_level", "fx", "US dollar index level: 98.3 at end-December 2025, 97.0 at end-January 2026",
      "US dollar index", "level", "end of December 2025 / January 2026",
      "January 97.0 twice (consistent); December 98.3 (different_basis).",
      [M(fx(10,"hans"), 3, "至98.3", "98.3", 98.3, IDX, "dec25"),
       M(fx(7,"hant"), 19, "至97.0", "97.0", 97.0, IDX, "jan26"),
       M(fx(11,"hans"), 5, "至97.0", "97.0", 97.0, IDX, "jan26")])

group("fx_dollar_weak_streak", "fx", "Consecutive months of a weaker dollar to January 2026: three", "US dollar index", "consecutive months of decline", "January 2026",
      "連續第三個月 twice (consistent).",
      [M(fx(7,"hant"), 19, "連續第三個月走弱", "第三個月", 3.0, MO, "jan26"),
       M(fx(11,"hans"), 5, "美元指数连续第三个月走弱", "第三个月", 3.0, MO, "jan26")])

group("fx_gold_share", "fx", "Gold's share of China's official reserves at end-November 2025: about 9.5%", "China", "share of gold in official reserves", "end of November 2025",
      "About 9.5% twice (consistent).",
      [M(fx(5,"en"), 5, "about 9.5 percent", "9.5 percent", 9.5, PC, "nov25", qualifier="approx"),
       M(fx(10,"hans"), 3, "占比约为9.5%", "9.5%", 9.5, PC, "nov25", qualifier="approx")])

group("fx_gold_share_global", "fx", "Global average share of gold in official reserves: around 15%", "world", "average share of gold in official reserves", "2025",
      "Around 15% twice (consistent).",
      [M(fx(5,"en"), 5, "around 15 percent", "15 percent", 15.0, PC, "y25", qualifier="approx"),
       M(fx(10,"hans"), 3, "15%左右的全球平均水平", "15%左右", 15.0, PC, "y25", qualifier="approx")])

single(fx(1,"en"), 9, "reserves rose in 11 months", "11 months", 11.0, MO, note="2025")
single(fx(2,"en"), 7, "the 11th straight month of low-level growth", "11th", 11.0, MO)
single(fx(3,"en"), 12, "nearly 65% in 2025", "65%", 65.0, PC, qualifier="under", note="gold price")
single(fx(7,"hant"), 11, "大漲逾12%", "12%", 12.0, PC, qualifier="over", note="gold price, January")
single(fx(6,"hant"), 11, "黃金儲備3194億美元", "3194億美元", 319.4e9, USD)
single(fx(6,"hant"), 11, "11月末為3106億美元", "3106億美元", 310.6e9, USD)
single(fx(10,"hans"), 3, "3.50%~3.75%", "3.50%~3.75%", [3.5, 3.75], PC, note="federal funds target range")
single(fx(12,"hans"), 6, "购金量达863吨", "863吨", 863.0, "tonnes")
single(fx(12,"hans"), 6, "43%的受访央行", "43%", 43.0, PC)
single(fx(4,"en"), 5, "Updated: 2026-01-07 19:53", not_a_claim=True, kind="date")
single(fx(6,"hant"), 3, "07/01/2026 16:07", not_a_claim=True, kind="date")
single(fx(8,"hant"), 8, "更新時間：12:03 2026-02-07 HKT", not_a_claim=True, kind="date")
single(fx(11,"hans"), 5, "[1] 外汇储备变动原因分析", not_a_claim=True, kind="footnote_marker")
single(fx(10,"hans"), 3, "10年期美债", not_a_claim=True, kind="name", note="bond tenor")
single(fx(12,"hans"), 6, "《2025年央行黄金储备调查》", not_a_claim=True, kind="title")
single(fx(11,"hans"), 5, "创2015年12月以来最高", not_a_claim=True, kind="date")
single(fx(4,"en"), 14, "since November 2015", not_a_claim=True, kind="date")

# ============================================================ fiveg: China's 5G base stations and users (MIIT), end-2024 and end-2025
group("fg_base_stations", "fiveg", "China's 5G base stations: end-2024 425.1万 = 4.25 million (rcrwireless: 'ended 2024 with over 4.19 million'); end-November 2024 4.191 million; end-November 2025 4.83 million; end-2025 483.8万; 2025 plan 'over 4.5 million'",
      "China", "5G base stations (count)", "end of 2024 / November 2024 / November 2025 / end of 2025",
      "End-2024: 425.1万 twice, 4.25 million twice and 425萬 (rounding among 425.1万 and the 4.25 / 425 roundings; 4.25 million and 425萬 consistent). rcrwireless's headline 'ended 2024 with over 4.19 million' is literally a true bound (consistent, conflict as alt: it gives the end-November count as the end-2024 one); its body 'With 4.19 million ... already operational' (end-November's 4.191 million, dated by the work conference) vs 4.25 million is conflict with different_basis as alt. End-November 2024 4.191 million; November 2025 4.83 million three times; end-2025 483.8万 four times (close to, but not, 4.83 million: different_basis); the 2025 plan 'over 4.5 million' is a target.",
      [M(fg(1,"hans"), 3, "已达 425.1 万个", "425.1 万", 4.251e6, CNT, "y24", note="headline"),
       M(fg(1,"hans"), 9, "5G基站数量达到425.1万个", "425.1万", 4.251e6, CNT, "y24"),
       M(fg(2,"en"), 3, "To 4.25 Million 5G Base Stations", "4.25 Million", 4.25e6, CNT, "y24", note="headline"),
       M(fg(2,"en"), 4, "has hit 4.25 million", "4.25 million", 4.25e6, CNT, "y24"),
       M(fg(3,"hant"), 6, "5G基站達到425萬個", "425萬", 4.25e6, CNT, "y24"),
       M(fg(4,"en"), 3, "ended 2024 with over 4.19 million", "4.19 million", 4.19e6, CNT, "y24", qualifier="over", note="headline"),
       M(fg(4,"en"), 5, "With 4.19 million 5G base stations", "4.19 million", 4.19e6, CNT, "y24", note="as of the work conference (end-November count)"),
       M(fg(5,"en"), 9, "reached 4.191 million", "4.191 million", 4.191e6, CNT, "nov24"),
       M(fg(9,"en"), 11, "4.83 million 5G base stations deployed", "4.83 million", 4.83e6, CNT, "nov25"),
       M(fg(10,"en"), 3, "a total of 4.83 million 5G base stations as of", "4.83 million", 4.83e6, CNT, "nov25", note="headline"),
       M(fg(10,"en"), 9, "a total of 4.83 million 5G base stations nationwide", "4.83 million", 4.83e6, CNT, "nov25"),
       M(fg(6,"hans"), 5, "我国5G基站数达483.8万个", "483.8万", 4.838e6, CNT, "y25", note="headline"),
       M(fg(6,"hans"), 9, "5G基站数达483.8万个", "483.8万", 4.838e6, CNT, "y25"),
       M(fg(7,"hant"), 8, "5G基站483.8萬座", "483.8萬", 4.838e6, CNT, "y25"),
       M(fg(8,"hant"), 7, "已建成483.8萬座", "483.8萬", 4.838e6, CNT, "y25"),
       M(fg(4,"en"), 4, "construct over 4.5 million 5G base stations in 2025", "4.5 million", 4.5e6, CNT, "plan25", qualifier="over")],
      {**cross((1,2), (3,4,5), R), **cross((6,), (1,2,3,4,5), (K, C)), **cross((7,), (1,2,3,4,5), (C, D)), (6,7): K})

group("fg_bs_net_add", "fiveg", "Net additions of 5G base stations: 87.4万 in 2024, 815,000 to end-November 2024, 579,000 to end-November 2025",
      "China", "net increase of 5G base stations", "2024 / Jan-Nov 2024 / Jan-Nov 2025", "Three different periods: different_basis.",
      [M(fg(1,"hans"), 9, "较上一年底净增87.4万个", "87.4万", 874000.0, CNT, "y24"),
       M(fg(5,"en"), 9, "up by 815,000", "815,000", 815000.0, CNT, "nov24"),
       M(fg(9,"en"), 11, "an increase of 579,000", "579,000", 579000.0, CNT, "nov25")])

group("fg_bs_share", "fiveg", "5G share of all mobile base stations: 33.6% end-2024, 33.2% end-November 2024, 37.4% end-November 2025",
      "China", "5G share of mobile base stations", "end-2024 / Nov 2024 / Nov 2025", "Three different dates: different_basis.",
      [M(fg(1,"hans"), 9, "基站总数的33.6%", "33.6%", 33.6, PC, "y24"),
       M(fg(5,"en"), 9, "accounting for 33.2 percent", "33.2 percent", 33.2, PC, "nov24"),
       M(fg(9,"en"), 11, "accounts for 37.4%", "37.4%", 37.4, PC, "nov25")])

group("fg_5g_users", "fiveg", "China's 5G mobile users: end-2024 10.14億 ('surpassed 1 billion', 突破10億); end-November 2024 1.002 billion; end-November 2025 1.19 billion ('almost 1.2 billion'); end-2025 12.04亿 (超12億, 逾12億)",
      "China", "5G mobile phone users", "end of 2024 / Nov 2024 / Nov 2025 / end of 2025",
      "Within each date the exact figure and the bounds agree (consistent): 10.14亿 with 'surpassed 1 billion' / 突破10億; 1.002 billion with 'exceeded 1 billion' (headline and body); 1.19 billion with 'almost 1.2 billion'; 12.04亿 with 超12億 (twice) / 逾12億. Dates differ: different_basis (note 'almost 1.2 billion' for November 2025 vs 超12億 for end-2025).",
      [M(fg(1,"hans"), 3, "用户 10.14 亿户", "10.14 亿", 1.014e9, CNT, "y24", note="headline"),
       M(fg(1,"hans"), 15, "用户数量达到10.14亿户", "10.14亿", 1.014e9, CNT, "y24"),
       M(fg(2,"en"), 6, "has surpassed 1 billion", "1 billion", 1e9, CNT, "y24", qualifier="over"),
       M(fg(3,"hant"), 7, "用戶數突破10億戶", "10億", 1e9, CNT, "y24", qualifier="over"),
       M(fg(5,"en"), 3, "Exceed 1 Billion In November", "1 Billion", 1e9, CNT, "nov24", qualifier="over", note="headline"),
       M(fg(5,"en"), 4, "exceeded 1 billion", "1 billion", 1e9, CNT, "nov24", qualifier="over"),
       M(fg(5,"en"), 5, "there are 1.002 billion", "1.002 billion", 1.002e9, CNT, "nov24"),
       M(fg(9,"en"), 7, "almost 1.2 billion", "1.2 billion", 1.2e9, CNT, "nov25", qualifier="under"),
       M(fg(10,"en"), 9, "reached 1.19 billion", "1.19 billion", 1.19e9, CNT, "nov25"),
       M(fg(6,"hans"), 15, "5G移动电话用户数达12.04亿户", "12.04亿", 1.204e9, CNT, "y25"),
       M(fg(7,"hant"), 6, "5G用戶規模超12億", "12億", 1.2e9, CNT, "y25", qualifier="over", note="headline"),
       M(fg(7,"hant"), 8, "5G用戶規模超12億戶", "12億", 1.2e9, CNT, "y25", qualifier="over"),
       M(fg(8,"hant"), 7, "5G用戶數逾12億戶", "12億", 1.2e9, CNT, "y25", qualifier="over")],
      {**cross((3,4), (1,2), K), **cross((5,6), (7,), K), (8,9): K, **cross((11,12,13), (10,), K)})

group("fg_5g_user_share", "fiveg", "5G share of mobile users: 56.7% end-2024, 56% end-November 2024, 65.3% end-November 2025",
      "China", "5G share of mobile phone users", "end-2024 / Nov 2024 / Nov 2025",
      "56.7% twice (end-2024, consistent); 56% (November 2024) and 65.3% twice (November 2025) are other dates.",
      [M(fg(1,"hans"), 3, "占比 56.7%", "56.7%", 56.7, PC, "y24", note="headline"),
       M(fg(1,"hans"), 15, "用户总数的56.7%", "56.7%", 56.7, PC, "y24"),
       M(fg(5,"en"), 5, "accounting for 56 percent", "56 percent", 56.0, PC, "nov24"),
       M(fg(9,"en"), 7, "(65.3% of the total)", "65.3%", 65.3, PC, "nov25"),
       M(fg(10,"en"), 9, "accounting for 65.3%", "65.3%", 65.3, PC, "nov25")])

group("fg_mobile_users", "fiveg", "All mobile users: 17.9亿 end-2024, 1.79 billion end-November 2024, 1.83 billion end-November 2025, 18.27亿 end-2025",
      "China", "mobile phone users", "end-2024 / Nov 2024 / Nov 2025 / end-2025",
      "Four dates: different_basis (17.9亿 and 1.79 billion are equal values for different months).",
      [M(fg(1,"hans"), 13, "移动电话用户总数为17.9亿户", "17.9亿", 1.79e9, CNT, "y24"),
       M(fg(5,"en"), 6, "stood at 1.79 billion", "1.79 billion", 1.79e9, CNT, "nov24"),
       M(fg(9,"en"), 7, "a total of 1.83 billion cellular connections", "1.83 billion", 1.83e9, CNT, "nov25"),
       M(fg(6,"hans"), 15, "移动电话用户规模达18.27亿户", "18.27亿", 1.827e9, CNT, "y25")])

group("fg_penetration", "fiveg", "5G population penetration end-2024: over 71%", "China", "5G user penetration of population", "end of 2024",
      "Over 71% twice (consistent).",
      [M(fg(2,"en"), 6, "exceeding 71 percent", "71 percent", 71.0, PC, "y24", qualifier="over"),
       M(fg(3,"hant"), 7, "人口普及率超過71%", "71%", 71.0, PC, "y24", qualifier="over")])

group("fg_gigabit_users", "fiveg", "Gigabit broadband users end-2024: over 200 million = 突破2億", "China", "gigabit broadband users", "end of 2024",
      "Consistent.",
      [M(fg(2,"en"), 4, "surpassing 200 million", "200 million", 2e8, CNT, "y24", qualifier="over"),
       M(fg(3,"hant"), 6, "千兆用戶突破2億", "2億", 2e8, CNT, "y24", qualifier="over")])

group("fg_5g_factories", "fiveg", "5G factories built by end-2024: more than 4,000 = 4000余家", "China", "5G factories", "end of 2024",
      "Consistent.",
      [M(fg(2,"en"), 5, "More than 4,000 5G factories", "4,000", 4000.0, CNT, "y24", qualifier="over"),
       M(fg(3,"hant"), 7, "5G工廠4000余家", "4000余", 4000.0, CNT, "y24", qualifier="over")])

group("fg_data_usage", "fiveg", "Average monthly mobile data per user, 2024: 19 GB", "China", "monthly mobile data per user", "2024",
      "Consistent.",
      [M(fg(2,"en"), 6, "at 19 GB", "19 GB", 19.0, "GB", "y24"),
       M(fg(3,"hant"), 7, "達到19個GB", "19個GB", 19.0, "GB", "y24")])

group("fg_digital_consumption", "fiveg", "Digital consumption, 2024: over 6 trillion yuan", "China", "digital consumption (CNY)", "2024",
      "Consistent.",
      [M(fg(2,"en"), 7, "exceeding 6 trillion Yuan", "6 trillion Yuan", 6e12, CNY, "y24", qualifier="over"),
       M(fg(3,"hant"), 7, "超6萬億元", "6萬億元", 6e12, CNY, "y24", qualifier="over")])

group("fg_permits", "fiveg", "Electronic value-added telecom licences issued, 2024: 23,500 = 2.35萬", "China", "electronic operating permits issued", "2024",
      "Consistent.",
      [M(fg(2,"en"), 9, "some 23,500 electronic operating permits", "23,500", 23500.0, CNT, "y24", qualifier="approx"),
       M(fg(3,"hant"), 8, "電子證照2.35萬張", "2.35萬", 23500.0, CNT, "y24")])

group("fg_telecom_revenue", "fiveg", "Telecom business revenue: 2024 1.74万亿元 (超過1.7萬億); January-November 2025 1.61 trillion yuan; 2025 1.75万亿元",
      "China", "telecom business revenue (CNY)", "2024 / Jan-Nov 2025 / 2025",
      "2024: 1.74万亿 and the bound 超過1.7萬億 (consistent). Jan-Nov 2025: 1.61tn and 'nearly CNY1.61 trillion' (consistent). 2025 full year 1.75万亿. Periods differ: different_basis.",
      [M(fg(1,"hans"), 19, "累计达到1.74万亿元", "1.74万亿元", 1.74e12, CNY, "y24"),
       M(fg(3,"hant"), 3, "累計超過1.7萬億元", "1.7萬億元", 1.7e12, CNY, "y24", qualifier="over"),
       M(fg(9,"en"), 5, "service revenues of 1.61tn yuan", "1.61tn yuan", 1.61e12, CNY, "jn25"),
       M(fg(10,"en"), 7, "nearly CNY1.61 trillion", "CNY1.61 trillion", 1.61e12, CNY, "jn25", qualifier="under"),
       M(fg(6,"hans"), 11, "完成电信业务收入1.75万亿元", "1.75万亿元", 1.75e12, CNY, "y25")],
      {(1,2): K})

group("fg_telecom_revenue_usd", "fiveg", "January-November 2025 telecom revenue in dollars: $230.6bn (telecomtv) vs $228 billion (rcrwireless)",
      "China", "telecom business revenue converted to USD", "January-November 2025",
      "Both convert the same 1.61 trillion yuan; $230.6bn vs $228 billion differ by more than rounding: conflict.",
      [M(fg(9,"en"), 5, "($230.6bn)", "$230.6bn", 230.6e9, USD, "jn25"),
       M(fg(10,"en"), 7, "($228 billion)", "$228 billion", 228e9, USD, "jn25")],
      {(1,2): C})

group("fg_revenue_growth", "fiveg", "Telecom revenue growth: 2024 +3.2%, January-November 2025 +0.9%, 2025 +0.7%",
      "China", "growth of telecom business revenue", "2024 / Jan-Nov 2025 / 2025",
      "0.9% twice (Jan-Nov 2025, consistent); other periods different_basis.",
      [M(fg(1,"hans"), 19, "较上一年增长了3.2%", "3.2%", 3.2, PC, "y24"),
       M(fg(9,"en"), 5, "increase of just 0.9%", "0.9%", 0.9, PC, "jn25"),
       M(fg(10,"en"), 7, "increase of 0.9%", "0.9%", 0.9, PC, "jn25"),
       M(fg(6,"hans"), 11, "同比增长0.7%", "0.7%", 0.7, PC, "y25")])

group("fg_volume_growth", "fiveg", "Telecom business volume growth: 2024 +10%, 2025 +9.1%", "China", "growth of telecom business volume", "2024 / 2025",
      "10% twice for 2024 (consistent); 2025's 9.1% different_basis.",
      [M(fg(1,"hans"), 19, "同比增长了10%", "10%", 10.0, PC, "y24"),
       M(fg(3,"hant"), 3, "總量同比增長10%", "10%", 10.0, PC, "y24"),
       M(fg(6,"hans"), 11, "总量同比增长9.1%", "9.1%", 9.1, PC, "y25")])

group("fg_patents", "fiveg", "China's share of declared 5G standard-essential patents: 42%", "China", "share of 5G SEP declarations", "2025",
      "42% three times (consistent).",
      [M(fg(6,"hans"), 11, "全球占比达42%", "42%", 42.0, PC, "y25"),
       M(fg(7,"hant"), 8, "全球佔比達42%", "42%", 42.0, PC, "y25"),
       M(fg(8,"hant"), 11, "已占全球的42%", "42%", 42.0, PC, "y25")])

group("fg_villages", "fiveg", "Administrative villages with 5G, end-2025: 95%", "China", "share of administrative villages with 5G", "end of 2025",
      "95% twice (consistent).",
      [M(fg(7,"hant"), 8, "以及95%的行政村", "95%", 95.0, PC, "y25"),
       M(fg(8,"hant"), 7, "及95%的行政村", "95%", 95.0, PC, "y25")])

group("fg_6g_tech", "fiveg", "6G key technologies in reserve: over 300", "China", "6G key technologies", "January 2026",
      "超300 / 逾300 (consistent).",
      [M(fg(7,"hant"), 8, "形成了超300項", "300", 300.0, CNT, "y25", qualifier="over"),
       M(fg(8,"hant"), 13, "形成了逾300項", "300", 300.0, CNT, "y25", qualifier="over")])

single(fg(1,"hans"), 9, "提升了4.5个百分点", "4.5个百分点", 4.5, PP)
single(fg(1,"hans"), 11, "达到1265万个", "1265万", 12.65e6, CNT)
single(fg(1,"hans"), 11, "4G基站数量为711.2万个", "711.2万", 7.112e6, CNT)
single(fg(1,"hans"), 13, "达到19.56亿户", "19.56亿", 1.956e9, CNT)
single(fg(1,"hans"), 13, "127.1部/百人", "127.1", 127.1, "per_100_people")
single(fg(1,"hans"), 15, "增长了9.6个百分点", "9.6个百分点", 9.6, PP)
single(fg(1,"hans"), 15, "1.67亿户", "1.67亿", 1.67e8, CNT)
single(fg(2,"en"), 7, "about 833 billion U.S. Dollars", "833 billion", 833e9, USD, qualifier="approx")
single(fg(3,"hant"), 6, "超過880萬", "880萬", 8.8e6, CNT, qualifier="over")
single(fg(3,"hant"), 6, "增長16.5%", "16.5%", 16.5, PC)
single(fg(3,"hant"), 8, "17.7萬家", "17.7萬", 177000.0, CNT)
single(fg(6,"hans"), 9, "5G基站34.4个", "34.4", 34.4, CNT, note="per 10,000 people")
single(fg(6,"hans"), 13, "7499万公里", "7499万公里", 74.99e6, "kilometre")
single(fg(6,"hans"), 15, "达28.88亿户", "28.88亿", 2.888e9, CNT)
single(fg(9,"en"), 7, "about 2.9 billion 5G users worldwide", "2.9 billion", 2.9e9, CNT, qualifier="approx")
single(fg(9,"en"), 9, "grew by 179 million", "179 million", 179e6, CNT)
single(fg(1,"hans"), 5, "阅读:42418", not_a_claim=True, kind="page_furniture", note="view count")
single(fg(1,"hans"), 5, "2025-01-26 16:00:10", not_a_claim=True, kind="date")
single(fg(6,"hans"), 7, "03版", not_a_claim=True, kind="page_number")
single(fg(7,"hant"), 4, "21/01/2026 11:18", not_a_claim=True, kind="date")
single(fg(9,"en"), 3, "MWC26", not_a_claim=True, kind="name")
single(fg(4,"en"), 7, "10-gigabit optical networks", not_a_claim=True, kind="name")
single(fg(5,"en"), 8, "5G subscriber scale", not_a_claim=True, kind="name")
single(fg(8,"hant"), 7, "第5代行動通訊", not_a_claim=True, kind="name")
single(fg(2,"en"), 4, "21st Jan, 2025", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh10.toml", "corpus-fresh10")
