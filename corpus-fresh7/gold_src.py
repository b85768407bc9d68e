#!/usr/bin/env python3
"""Hand annotation of corpus-fresh7, written as data; emits gold.d/fresh7.toml (then run corpus/check_gold.py --dir corpus-fresh7 --build).

Every mention carries a 'basis' tag (period / scope / vintage / estimator as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Different statements of one quantity share a basis tag: two estimators of one year (CAAM vs CPCA car exports,
TrendForce vs Counterpoint TV shipments), a preliminary figure and the same body's revision (TrendForce's November
2023 estimate of 2023 TV shipments vs its January 2024 figure) are conflicts, written out explicitly.
Forecasts carry their own basis tag per vintage (a forecast vs an outcome, or two vintages of one forecast, is
different_basis; the second case carries conflict as alt_verdict). Declines are negative values.
Units: vehicles (cars exported or made), units (TV sets), USD, CNY, percent, percentage_points, inches.
Figures are read as written (a misprinted unit or a mislabelled table column is kept, with the evident reading as
alt_verdict).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

a = lambda n, s: f"autoexp-{n:02d}-{s}.txt"
s = lambda n, x: f"semieq-{n:02d}-{x}.txt"
t = lambda n, x: f"tv-{n:02d}-{x}.txt"
PC, PP, V, U, USD, CNY, IN = "percent", "percentage_points", "vehicles", "units", "USD", "CNY", "inches"
B = 1e9


# ================================================================ autoexp: China's vehicle exports, 2023 (CAAM), with Japan (JAMA)
group("cn_vehicle_exports_annual", "autoexp", "China's vehicle exports, full year 2023 (CAAM 4.91 million), with CPCA's estimate, CAAM's mid-year forecast and 2021/2022 look-alikes",
      "China", "vehicle exports (vehicles)", "2023",
      "CAAM's 2023 exports 491万辆 / 4.91 million stated ten times (consistent). CPCA's January estimate of total auto exports, 5.26 million (aplf/Reuters), is a second estimator's figure for the same year: conflict (different_basis defensible: an estimate made before the year's data were in). CAAM's July prediction '4 million ... by the end of 2023' is a forecast (different_basis). 2022 'more than 3 million' and 2021 'over 2 million' / 'first crossed 2 million' are other years.",
      [M(a(1,"hans"), 4, "2023年中国汽车出口491万辆", "491万辆", 4.91e6, V, "y23", as_of="2023"),
       M(a(2,"hant"), 4, "2023年中國(guó)汽車出口491萬輛", "491萬輛", 4.91e6, V, "y23", as_of="2023"),
       M(a(3,"hans"), 7, "中国2023年汽车出口量达491万辆", "491万辆", 4.91e6, V, "y23", as_of="2023"),
       M(a(3,"hans"), 9, "为491万辆", "491万辆", 4.91e6, V, "y23", as_of="2023"),
       M(a(4,"hans"), 6, "出口491万辆,有望", "491万辆", 4.91e6, V, "y23", as_of="2023"),
       M(a(4,"hans"), 7, "其中汽车出口491万辆", "491万辆", 4.91e6, V, "y23", as_of="2023"),
       M(a(5,"en"), 9, "increase to 4.91 million vehicles", "4.91 million vehicles", 4.91e6, V, "y23", as_of="2023"),
       M(a(6,"en"), 7, "China exported 4.91 million vehicles last year", "4.91 million vehicles", 4.91e6, V, "y23", as_of="2023"),
       M(a(9,"en"), 11, "record high of 4.91 million vehicles in 2023", "4.91 million vehicles", 4.91e6, V, "y23", as_of="2023"),
       M(a(10,"hant"), 13, "中國去年出口491萬輛汽車", "491萬輛", 4.91e6, V, "y23", as_of="2023"),
       M(a(7,"en"), 11, "estimated to hit 5.26 million units", "5.26 million units", 5.26e6, V, "y23", as_of="2023", note="CPCA estimate (Jan 9, 2024)"),
       M(a(11,"en"), 5, "predicts 4 million Chinese automobile exports", "4 million", 4e6, V, "f23", as_of="2023 forecast (CAAM, July 2023)"),
       M(a(9,"en"), 13, "exported more than 3 million vehicles in 2022", "3 million vehicles", 3e6, V, "y22", qualifier="over", as_of="2022"),
       M(a(9,"en"), 13, "over 2 million in 2021", "2 million", 2e6, V, "y21", qualifier="over", as_of="2021"),
       M(a(11,"en"), 5, "first crossed 2 million units in 2021", "2 million units", 2e6, V, "y21", qualifier="over", as_of="2021")],
      cross(range(1, 11), (11,), (C, D)))

group("cn_vehicle_exports_growth", "autoexp", "YoY growth of China's vehicle exports: 2023 (CAAM), January-November 2023, H1 2023 (two sources), and passenger-car exports (CPCA 2023, CAAM H1)",
      "China", "YoY growth of vehicle exports", "2023",
      "2023: 57.9% three times (consistent); Kyodo's '58 percent' is its rounding (rounding); AP's 'nearly 58%' and taisounds' 將近58% are bounds that contain 57.9 (consistent). January-November +58% (another period, the same number as Kyodo's). H1 2023: CAAM +75.7% vs broadkast's +76.9% (a different series for the same half-year): conflict. CPCA's cars +62% (2023) and CAAM's passenger vehicles +88.4% (H1): other scopes.",
      [M(a(3,"hans"), 9, "同比增长57.9%", "57.9%", 57.9, PC, "y23", as_of="2023"),
       M(a(4,"hans"), 7, "同比增长57.9%", "57.9%", 57.9, PC, "y23", as_of="2023"),
       M(a(9,"en"), 11, "surged 57.9 percent", "57.9 percent", 57.9, PC, "y23", as_of="2023"),
       M(a(5,"en"), 9, "a 58 percent increase", "58 percent", 58.0, PC, "y23", as_of="2023"),
       M(a(6,"en"), 7, "nearly 58% more", "58%", 58.0, PC, "y23", qualifier="under", as_of="2023"),
       M(a(10,"hant"), 13, "成長將近58%", "58%", 58.0, PC, "y23", qualifier="under", as_of="2023"),
       M(a(8,"en"), 5, "up 58% y/y", "58%", 58.0, PC, "jn23", as_of="2023-01..2023-11"),
       M(a(11,"en"), 3, "up 75.7% from last year", "75.7%", 75.7, PC, "h1_23", as_of="2023-H1", note="CAAM"),
       M(a(12,"en"), 5, "impressive 76.9% increase", "76.9%", 76.9, PC, "h1_23", as_of="2023-H1"),
       M(a(7,"en"), 9, "exports of cars jumped 62%", "62%", 62.0, PC, "cars_y23", as_of="2023", note="CPCA, passenger cars"),
       M(a(11,"en"), 3, "up 88.4%", "88.4%", 88.4, PC, "cars_h1_23", as_of="2023-H1", note="CAAM, passenger vehicles")],
      {**cross((1,2,3), (4,), (R, C)), **cross((1,2,3), (5,6), K), **cross((4,), (5,6), (K, R)), (8,9):C})

group("cn_vehicle_exports_partial_2023", "autoexp", "China's vehicle exports in part of 2023: H1 (CAAM vs broadkast) and January-November",
      "China", "vehicle exports (vehicles)", "2023-H1 / 2023-01..11",
      "H1 2023: CAAM 2.14 million (propakistani) vs 2.341 million (broadkast; the customs series): one half-year, two figures: conflict. newsflash's January-November '44120,000 units' (for 4.412 million, digits run together) is another period: different_basis.",
      [M(a(11,"en"), 3, "China shipped 2.14 million vehicles in H1 2023", "2.14 million vehicles", 2.14e6, V, "h1_23", as_of="2023-H1"),
       M(a(12,"en"), 5, "reaching 2.341 million units", "2.341 million units", 2.341e6, V, "h1_23", as_of="2023-H1"),
       M(a(8,"en"), 5, "reached 44120,000 units", "44120,000 units", 44.12e6, V, "jn23", as_of="2023-01..2023-11", note="as written; 4.412 million meant")],
      {(1,2):C})

group("cn_passenger_car_exports", "autoexp", "China's passenger-car exports: CPCA 2023 vs CAAM H1 2023",
      "China", "passenger car exports (vehicles)", "2023",
      "CPCA 3.83 million (2023) and CAAM 1.78 million passenger vehicles (H1 2023): other periods (different_basis).",
      [M(a(7,"en"), 9, "a record 3.83 million vehicles", "3.83 million vehicles", 3.83e6, V, "y23", as_of="2023"),
       M(a(11,"en"), 3, "1.78 million passenger vehicles", "1.78 million passenger vehicles", 1.78e6, V, "h1_23", as_of="2023-H1")])

group("jp_vehicle_exports", "autoexp", "Japan's vehicle exports (JAMA): 2023, forecasts of 2023, January-November 2023, H1 2023, 2022",
      "Japan", "vehicle exports (vehicles)", "2023",
      "2023: 442万(多)辆 / 4.42 million six times (consistent; 442万多 is a bound containing it). The 'about 4.3 million' expected for 2023 (CPCA via Reuters; Nikkei via newsflash) are forecasts (different_basis). January-November 399万辆 = 3.99 million (consistent); H1 2.02 million; Japanese customs' passenger cars January-November 3.5 million (another scope). 2022: taisounds' '420輛' vs propakistani's '3 million units': two statements of Japan's 2022 exports that disagree (conflict; both misstate JAMA's figure, 420輛 drops a 萬).",
      [M(a(1,"hans"), 4, "2023年日本汽车出口量442万多辆", "442万多辆", 4.42e6, V, "y23", qualifier="over", as_of="2023"),
       M(a(2,"hant"), 4, "2023年日本汽車出口量442萬多輛", "442萬多輛", 4.42e6, V, "y23", qualifier="over", as_of="2023"),
       M(a(3,"hans"), 7, "日本2023年汽车出口量为442万辆", "442万辆", 4.42e6, V, "y23", as_of="2023"),
       M(a(5,"en"), 9, "to 4.42 million vehicles", "4.42 million vehicles", 4.42e6, V, "y23", as_of="2023"),
       M(a(6,"en"), 5, "Japan exported 4.42 million vehicles in 2023", "4.42 million vehicles", 4.42e6, V, "y23", as_of="2023"),
       M(a(10,"hant"), 11, "日本在去年出口442萬輛汽車", "442萬輛", 4.42e6, V, "y23", as_of="2023"),
       M(a(7,"en"), 11, "forecast at about 4.3 million units", "4.3 million units", 4.3e6, V, "f23", qualifier="approx", as_of="2023 forecast"),
       M(a(8,"en"), 5, "expected to be only about 4.3 million units", "4.3 million units", 4.3e6, V, "f23", qualifier="approx", as_of="2023 forecast"),
       M(a(4,"hans"), 8, "日本出口量为399万辆", "399万辆", 3.99e6, V, "jn23", as_of="2023-01..2023-11"),
       M(a(8,"en"), 5, "were 3.99 million units", "3.99 million units", 3.99e6, V, "jn23", as_of="2023-01..2023-11"),
       M(a(12,"en"), 7, "amounted to 2.02 million units", "2.02 million units", 2.02e6, V, "h1_23", as_of="2023-H1"),
       M(a(7,"en"), 9, "passenger car exports at 3.5 million", "3.5 million", 3.5e6, V, "cars_jn23", as_of="2023-01..2023-11", note="Japanese customs, passenger cars"),
       M(a(10,"hant"), 15, "日本2022年汽車出口420輛", "420輛", 420.0, V, "y22", as_of="2022", note="as written (萬 missing)"),
       M(a(11,"en"), 5, "behind Japan which exported 3 million units", "3 million units", 3e6, V, "y22", as_of="2022")],
      {(13,14):C})

group("jp_vehicle_exports_growth", "autoexp", "YoY growth of Japan's vehicle exports: 2023, January-November 2023, H1 2023",
      "Japan", "YoY growth of vehicle exports", "2023",
      "+16% for 2023 three times (consistent); +15% January-November and +17% H1: other periods.",
      [M(a(5,"en"), 9, "rose 16 percent", "16 percent", 16.0, PC, "y23", as_of="2023"),
       M(a(6,"en"), 5, "up 16% from a year earlier", "16%", 16.0, PC, "y23", as_of="2023"),
       M(a(10,"hant"), 11, "比前年增加16%", "16%", 16.0, PC, "y23", as_of="2023"),
       M(a(8,"en"), 5, "up 15% y/y", "15%", 15.0, PC, "jn23", as_of="2023-01..2023-11"),
       M(a(12,"en"), 7, "signifying a 17% increase", "17%", 17.0, PC, "h1_23", as_of="2023-H1")])

group("jp_domestic_sales_2023", "autoexp", "Japan's domestic vehicle sales, 2023",
      "Japan", "domestic vehicle sales (vehicles)", "2023", "nearly 4.78 million = 將近478萬輛: consistent.",
      [M(a(6,"en"), 5, "nearly 4.78 million vehicles", "4.78 million vehicles", 4.78e6, V, "y23", qualifier="under", as_of="2023"),
       M(a(10,"hant"), 11, "國內汽車銷售量將近478萬輛", "478萬輛", 4.78e6, V, "y23", qualifier="under", as_of="2023")])

group("cn_vehicle_output_sales_2023", "autoexp", "China's vehicle production and sales, 2023 (CAAM)",
      "China", "vehicle production / sales (vehicles)", "2023",
      "Production 3016.1万辆 vs 'output exceeded 30.16 million' (a bound containing it: consistent); sales 3009.4万辆 vs 'top 30.09 million' (consistent); 产销量首次双双突破3000万辆 is a bound for both (consistent). Production vs sales: different_basis.",
      [M(a(4,"hans"), 7, "分别完成3016.1万辆", "3016.1万辆", 30.161e6, V, "prod", as_of="2023"),
       M(a(9,"en"), 15, "output exceeded 30.16 million units", "30.16 million units", 30.16e6, V, "prod", qualifier="over", as_of="2023"),
       M(a(4,"hans"), 7, "和3009.4万辆", "3009.4万辆", 30.094e6, V, "sales", as_of="2023"),
       M(a(9,"en"), 15, "top 30.09 million units", "30.09 million units", 30.09e6, V, "sales", qualifier="over", as_of="2023"),
       M(a(4,"hans"), 6, "首次双双突破3000万辆", "3000万辆", 30e6, V, "prod_and_sales", qualifier="over", as_of="2023")],
      {(1,2):K, (3,4):K, **cross((5,), (1,2,3,4), K)})

group("cn_vehicle_output_sales_growth_2023", "autoexp", "YoY growth of China's vehicle production and sales, 2023",
      "China", "YoY growth of vehicle production / sales", "2023",
      "Production +11.6% twice, sales +12% twice (consistent each); production vs sales different_basis.",
      [M(a(4,"hans"), 7, "分别增长11.6%", "11.6%", 11.6, PC, "prod", as_of="2023"),
       M(a(9,"en"), 15, "up 11.6 percent", "11.6 percent", 11.6, PC, "prod", as_of="2023"),
       M(a(4,"hans"), 7, "和12%", "12%", 12.0, PC, "sales", as_of="2023"),
       M(a(9,"en"), 15, "surged 12 percent", "12 percent", 12.0, PC, "sales", as_of="2023")])

group("cn_vehicle_export_value", "autoexp", "Value of China's vehicle exports: 2023 (CPCA estimate) vs H1 2023",
      "China", "vehicle export value (USD)", "2023",
      "about $102 billion (2023) vs USD 46.42 billion (H1 2023): other periods.",
      [M(a(7,"en"), 11, "valued at about $102 billion", "$102 billion", 102e9, USD, "y23", qualifier="approx", as_of="2023"),
       M(a(12,"en"), 5, "USD 46.42 billion in revenue", "USD 46.42 billion", 46.42e9, USD, "h1_23", as_of="2023-H1")])

# ================================================================ semieq: SEMI worldwide semiconductor equipment sales (WWSEMS), 2023 and 2024
group("semi_equip_sales_2022_2023", "semieq", "Worldwide semiconductor equipment sales: 2023 (SEMI, $106.3bn), 2022, SEMI's December 2022 forecast for 2023, and Q3 2023",
      "world", "semiconductor equipment sales (USD)", "2023",
      "2023: 1,063億美元 = US$106.3 billion (five pages): consistent. SEMI's forecast of US$100 billion for 2023 (Dec 2022) vs the outcome: different_basis. 2022: 107.6 (WWSEMS, three pages) vs US$107.4 billion (the 2022 record as given in SEMI's OEM-perspective forecast release): one year, two figures that do not round to each other: conflict (different_basis defensible: OEM-perspective total vs WWSEMS billings). Q3 2023 256億美元: another period.",
      [M(s(1,"hant"), 3, "微幅下降至1,063億美元", "1,063億美元", 106.3*B, USD, "y23", as_of="2023", note="headline"),
       M(s(2,"en"), 3, "to US$106.3 billion in 2023", "US$106.3 billion", 106.3*B, USD, "y23", as_of="2023"),
       M(s(3,"en"), 4, "to USD 106.3 billion in 2023", "USD 106.3 billion", 106.3*B, USD, "y23", as_of="2023"),
       M(s(4,"en"), 3, "to $106.3 billion", "$106.3 billion", 106.3*B, USD, "y23", as_of="2023"),
       M(s(5,"en"), 4, "from $106.3 billion in 2023", "$106.3 billion", 106.3*B, USD, "y23", as_of="2023"),
       M(s(9,"en"), 5, "forecast to reach US$100 billion in 2023", "US$100 billion", 100*B, USD, "f23", as_of="2023 forecast (SEMI, Dec 2022)"),
       M(s(2,"en"), 3, "all-time high of US$107.6 billion in 2022", "US$107.6 billion", 107.6*B, USD, "y22", as_of="2022"),
       M(s(3,"en"), 4, "record of USD 107.6 billion in 2022", "USD 107.6 billion", 107.6*B, USD, "y22", as_of="2022"),
       M(s(4,"en"), 3, "record $107.6 billion", "$107.6 billion", 107.6*B, USD, "y22", as_of="2022"),
       M(s(9,"en"), 5, "record of US$107.4 billion posted in 2022", "US$107.4 billion", 107.4*B, USD, "y22", as_of="2022", note="OEM-perspective forecast release"),
       M(s(10,"hant"), 5, "全球半導體設備銷售256億美元", "256億美元", 25.6*B, USD, "q3_23", as_of="2023-Q3")],
      cross((7,8,9), (10,), (C, D)))

group("semi_equip_sales_2024_2025", "semieq", "Worldwide semiconductor equipment sales: 2024 outcome ($117.1bn), SEMI's mid-2024 forecast, and two vintages of the 2025 forecast",
      "world", "semiconductor equipment sales (USD)", "2024",
      "2024: $117.1 billion = 1171亿美元 (twice): consistent. SEMI's July 2024 forecast $109 billion for 2024 (twice) vs the outcome: different_basis. 2025: USD 128 billion (July 2024 forecast) vs US$124 billion (December 2022 forecast, three times): two vintages of one body's forecast: different_basis (conflict defensible).",
      [M(s(5,"en"), 4, "to reach $117.1 billion in 2024", "$117.1 billion", 117.1*B, USD, "y24", as_of="2024"),
       M(s(6,"hans"), 3, "达1171亿美元", "1171亿美元", 117.1*B, USD, "y24", as_of="2024"),
       M(s(6,"hans"), 5, "达1171亿美元", "1171亿美元", 117.1*B, USD, "y24", as_of="2024"),
       M(s(8,"en"), 4, "forecast to hit $109 billion in 2024", "$109 billion", 109*B, USD, "f24_jul", as_of="2024 forecast (July 2024)"),
       M(s(8,"en"), 5, "the USD 109 billion figure", "USD 109 billion", 109*B, USD, "f24_jul", as_of="2024 forecast (July 2024)"),
       M(s(8,"en"), 5, "USD 128 billion for 2025", "USD 128 billion", 128*B, USD, "f25_jul", as_of="2025 forecast (July 2024)"),
       M(s(9,"en"), 3, "to reach US$124B in 2025", "US$124B", 124*B, USD, "f25_dec22", as_of="2025 forecast (Dec 2022)", note="headline"),
       M(s(9,"en"), 5, "new high of US$124 billion in 2025", "US$124 billion", 124*B, USD, "f25_dec22", as_of="2025 forecast (Dec 2022)"),
       M(s(9,"en"), 7, "record US$124 billion in 2025", "US$124 billion", 124*B, USD, "f25_dec22", as_of="2025 forecast (Dec 2022)")],
      cross((6,), (7,8,9), (D, C)))

group("semi_equip_sales_growth", "semieq", "YoY change of worldwide semiconductor equipment sales: 2023, 2024, forecasts, Q3 2023",
      "world", "YoY change of equipment sales", "2023 / 2024",
      "2023 -1.3% three times; 2024 +10% three times (consistent each). Forecasts: -6.1% for 2023 (Dec 2022), +3.4% for 2024 and 17% for 2025 (July 2024): different_basis. Q3 2023 -11% YoY (headline and body) and -1% QoQ: other periods/measures.",
      [M(s(2,"en"), 3, "edged down 1.3%", "1.3%", -1.3, PC, "y23", as_of="2023"),
       M(s(3,"en"), 4, "edged down 1.3%", "1.3%", -1.3, PC, "y23", as_of="2023"),
       M(s(4,"en"), 3, "fell 1.3%", "1.3%", -1.3, PC, "y23", as_of="2023"),
       M(s(9,"en"), 5, "a contraction of 6.1%", "6.1%", -6.1, PC, "f23", as_of="2023 forecast (Dec 2022)"),
       M(s(5,"en"), 4, "increased by 10% to reach", "10%", 10.0, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 3, "同比增长10%", "10%", 10.0, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 5, "同比增长10%", "10%", 10.0, PC, "y24", as_of="2024"),
       M(s(8,"en"), 4, "up 3.4% year-on-year", "3.4%", 3.4, PC, "f24_jul", as_of="2024 forecast (July 2024)"),
       M(s(8,"en"), 5, "represents a 17% rise", "17%", 17.0, PC, "f25_jul", as_of="2025 forecast (July 2024)"),
       M(s(10,"hant"), 3, "半導體設備銷售年減11%", "11%", -11.0, PC, "q3_23", as_of="2023-Q3", note="headline"),
       M(s(10,"hant"), 5, "較去年同期減少11%", "11%", -11.0, PC, "q3_23", as_of="2023-Q3"),
       M(s(10,"hant"), 5, "季減1%", "1%", -1.0, PC, "q3_23_qoq", as_of="2023-Q3 vs Q2")])

group("semi_equip_china", "semieq", "Semiconductor equipment sales to China (mainland): 2023, 2024, forecasts of 2024, H1 2024, Q3 2023",
      "China", "semiconductor equipment sales (USD)", "2023 / 2024",
      "2023: 366 億美元 = US$36.6 billion (three pages) = evertiq's table $36.60 (consistent). 2024: $49.6 billion = 496亿美元 twice (consistent). evertiq's table puts $28.27 in a column headed 2024 (it is the 2022 figure; the page mislabels the column): as written a conflict with 49.6, different_basis on the evident reading. Forecasts of 2024: 'exceed a record USD 35 billion' (July 2024) and 500億美元 (September 2024): different_basis. H1 2024 250億美元 and Q3 2023 110.6億美元: other periods.",
      [M(s(1,"hant"), 5, "來到366 億美元", "366 億美元", 36.6*B, USD, "y23", as_of="2023"),
       M(s(2,"en"), 5, "reaching US$36.6 billion", "US$36.6 billion", 36.6*B, USD, "y23", as_of="2023"),
       M(s(3,"en"), 6, "reaching USD 36.6 billion", "USD 36.6 billion", 36.6*B, USD, "y23", as_of="2023"),
       M(s(4,"en"), 4, "to $36.6 billion", "$36.6 billion", 36.6*B, USD, "y23", as_of="2023"),
       M(s(3,"en"), 15, "|$36.60", "$36.60", 36.6*B, USD, "y23", as_of="2023", note="table"),
       M(s(3,"en"), 16, "|$28.27", "$28.27", 28.27*B, USD, "y24", as_of="2024 (column label; 2022 meant)", note="table column headed 2024"),
       M(s(5,"en"), 15, "to $49.6 billion", "$49.6 billion", 49.6*B, USD, "y24", as_of="2024"),
       M(s(6,"hans"), 3, "以496亿美元设备支出", "496亿美元", 49.6*B, USD, "y24", as_of="2024"),
       M(s(6,"hans"), 5, "以496亿美元设备支出", "496亿美元", 49.6*B, USD, "y24", as_of="2024"),
       M(s(8,"en"), 6, "exceed a record USD 35 billion in 2024", "USD 35 billion", 35*B, USD, "f24_jul", qualifier="over", as_of="2024 forecast (July 2024)"),
       M(s(7,"hant"), 9, "將達(dá)到500億美元", "500億美元", 50*B, USD, "f24_sep", as_of="2024 forecast (September 2024)"),
       M(s(7,"hant"), 7, "支出達(dá)到250億美元", "250億美元", 25*B, USD, "h1_24", as_of="2024-H1"),
       M(s(10,"hant"), 9, "達110.6億美元", "110.6億美元", 11.06*B, USD, "q3_23", as_of="2023-Q3")],
      cross((6,), (7,8,9), (C, D)))

group("semi_equip_china_growth", "semieq", "YoY growth of equipment sales to China: 2023, 2024, Q3 2023 (and Q3 QoQ)",
      "China", "YoY growth of equipment sales", "2023 / 2024",
      "+29% for 2023 five times; +35% for 2024 three times; +42% for Q3 2023 three times (consistent each); +46% QoQ for Q3 2023: other measure.",
      [M(s(1,"hant"), 5, "較前一年增加29%", "29%", 29.0, PC, "y23", as_of="2023"),
       M(s(2,"en"), 5, "accelerated 29% year-over-year", "29%", 29.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 6, "accelerated 29% year-over-year", "29%", 29.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 4, "growing 29% y-o-y", "29%", 29.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 17, "|29%", "29%", 29.0, PC, "y23", as_of="2023", note="table"),
       M(s(5,"en"), 15, "investments up by 35% YoY", "35%", 35.0, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 3, "同比激增35%", "35%", 35.0, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 5, "同比激增35%", "35%", 35.0, PC, "y24", as_of="2024"),
       M(s(10,"hant"), 3, "中國增加42%", "42%", 42.0, PC, "q3_23", as_of="2023-Q3", note="headline"),
       M(s(10,"hant"), 5, "逆勢較去年同期增加42%", "42%", 42.0, PC, "q3_23", as_of="2023-Q3"),
       M(s(10,"hant"), 9, "年增42%", "42%", 42.0, PC, "q3_23", as_of="2023-Q3"),
       M(s(10,"hant"), 9, "季增46%", "46%", 46.0, PC, "q3_23_qoq", as_of="2023-Q3 vs Q2")])

group("semi_equip_korea", "semieq", "Semiconductor equipment sales to South Korea: 2023, 2024, Q3 2023",
      "South Korea", "semiconductor equipment sales (USD)", "2023 / 2024",
      "2023: 199 億美元 = US$19.9 billion (four pages) vs evertiq's table $19.94 (rounding). 2024: $20.5 billion = 205亿美元 (consistent); the table's $21.51 under the 2024 heading (the 2022 figure): conflict as written, different_basis on the evident reading. Q3 2023 38.5億美元: another period.",
      [M(s(1,"hant"), 5, "至199 億美元", "199 億美元", 19.9*B, USD, "y23", as_of="2023"),
       M(s(2,"en"), 5, "to US$19.9 billion", "US$19.9 billion", 19.9*B, USD, "y23", as_of="2023"),
       M(s(3,"en"), 6, "to USD 19.9 billion", "USD 19.9 billion", 19.9*B, USD, "y23", as_of="2023"),
       M(s(4,"en"), 4, "to $19.9 billion", "$19.9 billion", 19.9*B, USD, "y23", as_of="2023"),
       M(s(3,"en"), 19, "|$19.94", "$19.94", 19.94*B, USD, "y23", as_of="2023", note="table"),
       M(s(3,"en"), 20, "|$21.51", "$21.51", 21.51*B, USD, "y24", as_of="2024 (column label; 2022 meant)", note="table column headed 2024"),
       M(s(5,"en"), 14, "($20.5 billion in equipment spending)", "$20.5 billion", 20.5*B, USD, "y24", as_of="2024"),
       M(s(6,"hans"), 11, "至205亿美元", "205亿美元", 20.5*B, USD, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "韓國銷售38.5億美元", "38.5億美元", 3.85*B, USD, "q3_23", as_of="2023-Q3")],
      {**cross((1,2,3,4), (5,), R), **cross((6,), (7,8), (C, D))})

group("semi_equip_korea_growth", "semieq", "YoY change of equipment sales to South Korea: 2023, 2024, Q3 2023",
      "South Korea", "YoY change of equipment sales", "2023 / 2024",
      "-7% for 2023 five times; +3% for 2024 twice (consistent each); -19% for Q3 2023: another period.",
      [M(s(1,"hant"), 5, "設備支出下降 7%", "7%", -7.0, PC, "y23", as_of="2023"),
       M(s(2,"en"), 5, "fell 7%", "7%", -7.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 6, "fell 7%", "7%", -7.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 4, "which fell 7%", "7%", -7.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 21, "|-7%", "-7%", -7.0, PC, "y23", as_of="2023", note="table"),
       M(s(5,"en"), 14, "Korea – 3% increase", "3%", 3.0, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 11, "设备支出增长3%", "3%", 3.0, PC, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "年減19%", "19%", -19.0, PC, "q3_23", as_of="2023-Q3")])

group("semi_equip_taiwan", "semieq", "Semiconductor equipment sales to Taiwan: 2023, 2024, Q3 2023",
      "Taiwan", "semiconductor equipment sales (USD)", "2023 / 2024",
      "2023: 196億美元 = US$19.6 billion (four pages) vs the table's $19.62 (rounding). 2024: $16.6 billion = 166亿美元 (consistent); the table's $26.82 under 2024 (the 2022 figure): conflict as written, different_basis on the evident reading. Q3 2023 37.7億美元: another period.",
      [M(s(1,"hant"), 5, "降爲196億美元", "196億美元", 19.6*B, USD, "y23", as_of="2023"),
       M(s(2,"en"), 5, "to US$19.6 billion", "US$19.6 billion", 19.6*B, USD, "y23", as_of="2023"),
       M(s(3,"en"), 6, "to USD 19.6 billion", "USD 19.6 billion", 19.6*B, USD, "y23", as_of="2023"),
       M(s(4,"en"), 4, "to $19.6 billion", "$19.6 billion", 19.6*B, USD, "y23", as_of="2023"),
       M(s(3,"en"), 23, "|$19.62", "$19.62", 19.62*B, USD, "y23", as_of="2023", note="table"),
       M(s(3,"en"), 24, "|$26.82", "$26.82", 26.82*B, USD, "y24", as_of="2024 (column label; 2022 meant)", note="table column headed 2024"),
       M(s(5,"en"), 16, "falling to $16.6 billion", "$16.6 billion", 16.6*B, USD, "y24", as_of="2024"),
       M(s(6,"hans"), 13, "至166亿美元", "166亿美元", 16.6*B, USD, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "台灣銷售37.7億美元", "37.7億美元", 3.77*B, USD, "q3_23", as_of="2023-Q3")],
      {**cross((1,2,3,4), (5,), R), **cross((6,), (7,8), (C, D))})

group("semi_equip_taiwan_growth", "semieq", "YoY change of equipment sales to Taiwan: 2023, 2024, Q3 2023",
      "Taiwan", "YoY change of equipment sales", "2023 / 2024",
      "-27% for 2023 five times; -16% for 2024 twice (consistent each); -48% for Q3 2023: another period.",
      [M(s(1,"hant"), 5, "下滑27%", "27%", -27.0, PC, "y23", as_of="2023"),
       M(s(2,"en"), 5, "contracted 27%", "27%", -27.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 6, "contracted 27%", "27%", -27.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 4, "which fell 27%", "27%", -27.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 25, "|-27%", "-27%", -27.0, PC, "y23", as_of="2023", note="table"),
       M(s(5,"en"), 16, "16% decline", "16%", -16.0, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 13, "设备投资下滑16%", "16%", -16.0, PC, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "年減48%", "48%", -48.0, PC, "q3_23", as_of="2023-Q3")])

group("semi_equip_north_america", "semieq", "Semiconductor equipment sales to North America: 2023, 2024, Q3 2023",
      "North America", "semiconductor equipment sales (USD)", "2023 / 2024",
      "Table $12.05 (2023). 2024: $13.7 billion = 137亿美元 (consistent); the table's $10.48 under 2024 (the 2022 figure): conflict as written, different_basis on the evident reading. Q3 2023 25億美元: another period.",
      [M(s(3,"en"), 27, "|$12.05", "$12.05", 12.05*B, USD, "y23", as_of="2023", note="table"),
       M(s(3,"en"), 28, "|$10.48", "$10.48", 10.48*B, USD, "y24", as_of="2024 (column label; 2022 meant)", note="table column headed 2024"),
       M(s(5,"en"), 17, "($13.7 billion)", "$13.7 billion", 13.7*B, USD, "y24", as_of="2024"),
       M(s(6,"hans"), 15, "至137亿美元", "137亿美元", 13.7*B, USD, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "北美銷售25億美元", "25億美元", 2.5*B, USD, "q3_23", as_of="2023-Q3")],
      cross((2,), (3,4), (C, D)))

group("semi_equip_north_america_growth", "semieq", "YoY change of equipment sales to North America: 2023, 2024, Q3 2023",
      "North America", "YoY change of equipment sales", "2023 / 2024",
      "+15% for 2023 (flytronics calls it 'the US market') four times; +14% for 2024 twice (consistent each); -5% for Q3 2023: another period.",
      [M(s(2,"en"), 6, "North America rose 15%", "15%", 15.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 7, "North America rose 15%", "15%", 15.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 5, "The US market rose 15%", "15%", 15.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 29, "|15%", "15%", 15.0, PC, "y23", as_of="2023", note="table"),
       M(s(5,"en"), 17, "14% rise", "14%", 14.0, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 15, "设备投资增长14%", "14%", 14.0, PC, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "年減5%", "5%", -5.0, PC, "q3_23", as_of="2023-Q3")])

group("semi_equip_europe_growth", "semieq", "YoY change of equipment sales to Europe: 2023, 2024, Q3 2023",
      "Europe", "YoY change of equipment sales", "2023 / 2024",
      "2023: SEMI +3% (digitimes, evertiq text and table) vs flytronics' 'the EU fell 3%': opposite signs for one figure: conflict. 2024 -25% and Q3 2023 +2%: other periods.",
      [M(s(2,"en"), 6, "Europe logged a 3% increase", "3%", 3.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 7, "Europe logged a 3% increase", "3%", 3.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 37, "|3%", "3%", 3.0, PC, "y23", as_of="2023", note="table"),
       M(s(4,"en"), 5, "the EU fell 3%", "3%", -3.0, PC, "y23", as_of="2023"),
       M(s(5,"en"), 19, "25% decline", "25%", -25.0, PC, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "年增2%", "2%", 2.0, PC, "q3_23", as_of="2023-Q3")],
      cross((1,2,3), (4,), C))

group("semi_equip_europe", "semieq", "Semiconductor equipment sales to Europe: 2023, 2024, Q3 2023",
      "Europe", "semiconductor equipment sales (USD)", "2023 / 2024",
      "Table $6.46 (2023); 2024 $4.9 billion vs the table's $6.28 under 2024 (the 2022 figure): conflict as written, different_basis on the evident reading. Q3 2023 17億美元: another period.",
      [M(s(3,"en"), 35, "|$6.46", "$6.46", 6.46*B, USD, "y23", as_of="2023", note="table"),
       M(s(3,"en"), 36, "|$6.28", "$6.28", 6.28*B, USD, "y24", as_of="2024 (column label; 2022 meant)", note="table column headed 2024"),
       M(s(5,"en"), 19, "falling to $4.9 billion", "$4.9 billion", 4.9*B, USD, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "歐洲銷售17億美元", "17億美元", 1.7*B, USD, "q3_23", as_of="2023-Q3")],
      {(2,3):(C, D)})

group("semi_equip_japan", "semieq", "Semiconductor equipment sales to Japan: 2023, 2024, Q3 2023",
      "Japan", "semiconductor equipment sales (USD)", "2023 / 2024",
      "Table $7.93 (2023); 2024 $7.8 billion vs the table's $8.35 under 2024 (the 2022 figure): conflict as written, different_basis on the evident reading. Q3 2023 18.2億美元: another period.",
      [M(s(3,"en"), 31, "|$7.93", "$7.93", 7.93*B, USD, "y23", as_of="2023", note="table"),
       M(s(3,"en"), 32, "|$8.35", "$8.35", 8.35*B, USD, "y24", as_of="2024 (column label; 2022 meant)", note="table column headed 2024"),
       M(s(5,"en"), 20, "($7.8 billion in sales)", "$7.8 billion", 7.8*B, USD, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "日本銷售18.2億美元", "18.2億美元", 1.82*B, USD, "q3_23", as_of="2023-Q3")],
      {(2,3):(C, D)})

group("semi_equip_japan_growth", "semieq", "YoY change of equipment sales to Japan: 2023, 2024, Q3 2023",
      "Japan", "YoY change of equipment sales", "2023 / 2024",
      "-5% for 2023 four times (consistent); -1% for 2024 and -29% for Q3 2023: other periods.",
      [M(s(2,"en"), 6, "decreased 5%", "5%", -5.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 7, "decreased 5%", "5%", -5.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 5, "Japan fell 5%", "5%", -5.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 33, "|-5%", "-5%", -5.0, PC, "y23", as_of="2023", note="table"),
       M(s(5,"en"), 20, "1% dip", "1%", -1.0, PC, "y24", as_of="2024"),
       M(s(10,"hant"), 11, "年減29%", "29%", -29.0, PC, "q3_23", as_of="2023-Q3")])

group("semi_equip_row_growth", "semieq", "YoY change of equipment sales to the Rest of World: 2023 vs 2024",
      "Rest of World", "YoY change of equipment sales", "2023 / 2024",
      "-39% for 2023 three times (consistent); +15% for 2024: another year.",
      [M(s(2,"en"), 6, "and 39%", "39%", -39.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 7, "and 39%", "39%", -39.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 5, "RoW fell 39%", "39%", -39.0, PC, "y23", as_of="2023"),
       M(s(5,"en"), 18, "RoW – 15% increase", "15%", 15.0, PC, "y24", as_of="2024")])

group("semi_equip_top3_share", "semieq", "Share of China, Korea and Taiwan in worldwide equipment sales: 2023 vs 2024",
      "China + Korea + Taiwan", "share of world equipment sales", "2023 / 2024",
      "72% for 2023 three times (consistent); 74% for 2024: another year.",
      [M(s(1,"hant"), 5, "共佔全球設備市場72%", "72%", 72.0, PC, "y23", as_of="2023"),
       M(s(2,"en"), 4, "accounted for 72%", "72%", 72.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 5, "accounted for 72%", "72%", 72.0, PC, "y23", as_of="2023"),
       M(s(5,"en"), 13, "accounting for 74%", "74%", 74.0, PC, "y24", as_of="2024")])

group("semi_equip_china_share_2024", "semieq", "China's share of worldwide equipment sales, 2024 (cntronics, lead and body)",
      "China", "share of world equipment sales", "2024", "42.4% twice: consistent (the page repeats its lead).",
      [M(s(6,"hans"), 3, "占全球总投资的42.4%", "42.4%", 42.4, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 5, "占全球总投资的42.4%", "42.4%", 42.4, PC, "y24", as_of="2024")])

group("semi_wafer_processing_growth", "semieq", "YoY growth of wafer processing equipment sales: 2023, 2024, and the July 2024 forecast for wafer fab equipment",
      "world", "YoY growth of wafer processing equipment sales", "2023 / 2024",
      "+1% for 2023 three times; +9% for 2024 twice (consistent each). The mid-year forecast's +2.8% for 2024 is wafer fab equipment (wider scope) and a forecast: different_basis.",
      [M(s(2,"en"), 8, "wafer processing equipment sales rose 1%", "1%", 1.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 9, "wafer processing equipment rose 1%", "1%", 1.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 7, "Wafer processing equipment sales rose 1%", "1%", 1.0, PC, "y23", as_of="2023"),
       M(s(5,"en"), 7, "increasing by 9%", "9%", 9.0, PC, "y24", as_of="2024"),
       M(s(6,"hans"), 19, "销售额增长9%", "9%", 9.0, PC, "y24", as_of="2024"),
       M(s(8,"en"), 9, "Projected to increase 2.8%", "2.8%", 2.8, PC, "wfe_f24", as_of="2024 forecast (July 2024), wafer fab equipment")])

group("semi_other_front_end_growth", "semieq", "YoY growth of other front-end equipment sales: 2023 vs 2024",
      "world", "YoY growth of other front-end equipment sales", "2023 / 2024",
      "+10% for 2023 three times (consistent); +5% for 2024: another year.",
      [M(s(2,"en"), 8, "increased by 10%", "10%", 10.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 9, "grew 10%", "10%", 10.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 7, "increased by 10%", "10%", 10.0, PC, "y23", as_of="2023"),
       M(s(5,"en"), 8, "rising by 5%", "5%", 5.0, PC, "y24", as_of="2024")])

group("semi_assembly_packaging_growth", "semieq", "YoY change of assembly and packaging equipment sales: 2023, 2024, forecasts for 2024 and 2025",
      "world", "YoY change of assembly and packaging equipment sales", "2023 / 2024",
      "-30% for 2023 three times (consistent); +25% for 2024; the July 2024 forecasts +10.0% (2024) and +34.9% (2025): different_basis.",
      [M(s(2,"en"), 8, "fell 30%", "30%", -30.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 9, "decreasing 30%", "30%", -30.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 7, "equipment fell 30%", "30%", -30.0, PC, "y23", as_of="2023"),
       M(s(5,"en"), 10, "increased by 25%", "25%", 25.0, PC, "y24", as_of="2024"),
       M(s(8,"en"), 11, "increase 10.0%", "10.0%", 10.0, PC, "f24_jul", as_of="2024 forecast (July 2024)"),
       M(s(8,"en"), 11, "sales by 34.9%", "34.9%", 34.9, PC, "f25_jul", as_of="2025 forecast (July 2024)")])

group("semi_test_growth", "semieq", "YoY change of test equipment sales: 2023, 2024, forecasts for 2024 and 2025",
      "world", "YoY change of test equipment sales", "2023 / 2024",
      "-17% for 2023 three times (consistent); +20% for 2024; the July 2024 forecasts +7.4% (2024) and +30.3% (2025): different_basis.",
      [M(s(2,"en"), 8, "declined 17%", "17%", -17.0, PC, "y23", as_of="2023"),
       M(s(3,"en"), 9, "contracted 17%", "17%", -17.0, PC, "y23", as_of="2023"),
       M(s(4,"en"), 7, "fell 17%", "17%", -17.0, PC, "y23", as_of="2023"),
       M(s(5,"en"), 11, "rose by 20%", "20%", 20.0, PC, "y24", as_of="2024"),
       M(s(8,"en"), 11, "rise 7.4%", "7.4%", 7.4, PC, "f24_jul", as_of="2024 forecast (July 2024)"),
       M(s(8,"en"), 11, "rise 30.3%", "30.3%", 30.3, PC, "f25_jul", as_of="2025 forecast (July 2024)")])

group("cn_chip_equip_spend_h1_2024_cny", "semieq", "China's H1 2024 chip-equipment spending in yuan (headline bound and body)",
      "China", "equipment spending (CNY)", "2024-H1",
      "Headline 超1779億元 is a bound containing the body's 1779.40億元: consistent.",
      [M(s(7,"hant"), 5, "支出超1779億元", "1779億元", 177.9e9, CNY, "h1_24", qualifier="over", as_of="2024-H1", note="headline"),
       M(s(7,"hant"), 7, "約合人民幣1779.40億元", "1779.40億元", 177.94e9, CNY, "h1_24", qualifier="approx", as_of="2024-H1")],
      {(1,2):K})

# ================================================================ tv: global TV shipments (TrendForce, Counterpoint), 2023 and 2024
group("tv_shipments_annual", "tv", "Global TV shipments: 2023 (TrendForce November estimate, TrendForce January revision, Counterpoint) and three vintages of TrendForce's 2024 forecast",
      "world", "TV shipments (units)", "2023 / 2024",
      "2023: TrendForce's November 2023 figure 1.97億台 / 197 million (title bound 跌破1.97億台, body, goldensamplelabs) vs its January 2024 figure 'approximately 195 million' (a revision by the same body: conflict) vs Counterpoint's 223 million (another estimator: conflict). 2024 forecasts: 197 million (Nov 2023), about 196 million (Jan 2024), 1亿9,509万 = 195.09 million (Aug 2024): different vintages (different_basis, conflict defensible); 2024's 197 million is the same number as 2023's (different_basis).",
      [M(t(1,"hant"), 5, "首次跌破1.97億台", "1.97億台", 197e6, U, "y23", qualifier="under", as_of="2023", note="title; the bound is 'falls below'"),
       M(t(1,"hant"), 10, "下滑至1.97億台", "1.97億台", 197e6, U, "y23", as_of="2023"),
       M(t(2,"en"), 5, "decrease to 197 million units in 2023", "197 million units", 197e6, U, "y23", as_of="2023"),
       M(t(3,"en"), 3, "approximately 195 million units", "195 million units", 195e6, U, "y23", qualifier="approx", as_of="2023", note="TrendForce, January 2024"),
       M(t(4,"en"), 4, "to reach 223 million units", "223 million units", 223e6, U, "y23", as_of="2023", note="Counterpoint/DSCC"),
       M(t(2,"en"), 11, "to 197 million units", "197 million units", 197e6, U, "f24_nov23", as_of="2024 forecast (Nov 2023)"),
       M(t(3,"en"), 3, "about 196 million units for the whole year", "196 million units", 196e6, U, "f24_jan24", qualifier="approx", as_of="2024 forecast (Jan 2024)"),
       M(t(5,"hans"), 4, "仅剩1亿9,509万台", "1亿9,509万台", 195.09e6, U, "f24_aug24", as_of="2024 forecast (Aug 2024)"),
       M(t(7,"en"), 9, "a total of 195.09 million units", "195.09 million units", 195.09e6, U, "f24_aug24", as_of="2024 forecast (Aug 2024)")],
      {**cross((1,2,3), (4,), C), **cross((1,2,3,4), (5,), C), **cross((6,), (7,8,9), (D, C)), **cross((7,), (8,9), (D, C))})

group("tv_shipments_annual_growth", "tv", "YoY change of global TV shipments: 2023 (three estimates) and TrendForce's 2024 forecasts",
      "world", "YoY change of TV shipments", "2023 / 2024",
      "2023: TrendForce November -2.1% (twice) vs January -2.7% (revision: conflict) vs Counterpoint -3% ('drop 3%', 'three per cent'): -2.1 vs -3 conflict; -2.7 vs -3 within rounding (rounding, conflict defensible: another estimator). 2024 forecasts +0.2% (Nov 2023, twice), +0.3% (Jan 2024), -0.2% (Aug 2024, twice): vintages (different_basis, conflict defensible).",
      [M(t(1,"hant"), 10, "年減2.1%", "2.1%", -2.1, PC, "y23", as_of="2023"),
       M(t(2,"en"), 5, "decline of 2.1%", "2.1%", -2.1, PC, "y23", as_of="2023"),
       M(t(3,"en"), 3, "a 2.7% YoY decrease", "2.7%", -2.7, PC, "y23", as_of="2023", note="TrendForce, January 2024"),
       M(t(4,"en"), 3, "drop 3% in 2023", "3%", -3.0, PC, "y23", as_of="2023", note="Counterpoint, headline"),
       M(t(4,"en"), 4, "dropped three per cent", "three per cent", -3.0, PC, "y23", as_of="2023", note="Counterpoint"),
       M(t(1,"hant"), 5, "微幅成長0.2%", "0.2%", 0.2, PC, "f24_nov23", as_of="2024 forecast (Nov 2023)"),
       M(t(2,"en"), 11, "slight growth of 0.2%", "0.2%", 0.2, PC, "f24_nov23", as_of="2024 forecast (Nov 2023)"),
       M(t(3,"en"), 3, "by 0.3%", "0.3%", 0.3, PC, "f24_jan24", as_of="2024 forecast (Jan 2024)"),
       M(t(5,"hans"), 4, "仍将衰退0.2%", "0.2%", -0.2, PC, "f24_aug24", as_of="2024 forecast (Aug 2024)"),
       M(t(7,"en"), 9, "decline by 0.2%", "0.2%", -0.2, PC, "f24_aug24", as_of="2024 forecast (Aug 2024)")],
      {**cross((1,2), (3,), C), **cross((1,2), (4,5), C), **cross((3,), (4,5), (R, C)),
       **cross((6,7), (8,9,10), (D, C)), **cross((8,), (9,10), (D, C))})

group("tv_shipments_partial", "tv", "Global TV shipments in parts of a year: Q4 2023, Q1 2024 (forecast), H1 2024",
      "world", "TV shipments (units)", "quarters / halves",
      "Q4 2023 5,455萬台 = 54.55 million (consistent); Q1 2024 estimate 43.28 million; H1 2024 9,071.7万 / 9071.7萬 / 90.717 million (four pages, consistent).",
      [M(t(1,"hant"), 12, "僅達5,455萬台", "5,455萬台", 54.55e6, U, "q4_23", as_of="2023-Q4"),
       M(t(2,"en"), 5, "just 54.55 million units", "54.55 million units", 54.55e6, U, "q4_23", as_of="2023-Q4"),
       M(t(3,"en"), 3, "to 43.28 million units", "43.28 million units", 43.28e6, U, "q1_24f", as_of="2024-Q1 estimate"),
       M(t(5,"hans"), 3, "出货量为9,071.7万台", "9,071.7万台", 90.717e6, U, "h1_24", as_of="2024-H1"),
       M(t(6,"hant"), 3, "出貨量達(dá)9071.7萬(wàn)臺(tái)", "9071.7萬(wàn)臺(tái)", 90.717e6, U, "h1_24", as_of="2024-H1"),
       M(t(7,"en"), 5, "reached 90.717 million units", "90.717 million units", 90.717e6, U, "h1_24", as_of="2024-H1"),
       M(t(8,"hans"), 3, "出货量达9071.7万台", "9071.7万台", 90.717e6, U, "h1_24", as_of="2024-H1")])

group("tv_shipments_partial_growth", "tv", "Change of global TV shipments in parts of a year: Q4 2023 (YoY, QoQ), Q1 2024 (QoQ estimate), H1 2024 (YoY)",
      "world", "change of TV shipments", "quarters / halves",
      "Q4 2023 -1.7% YoY twice (consistent) and +4.7% QoQ; Q1 2024 -18.9% QoQ; H1 2024 +0.8% five times (consistent): different periods and measures otherwise.",
      [M(t(1,"hant"), 12, "年減1.7%", "1.7%", -1.7, PC, "q4_23", as_of="2023-Q4"),
       M(t(2,"en"), 5, "a 1.7% decline YoY", "1.7%", -1.7, PC, "q4_23", as_of="2023-Q4"),
       M(t(1,"hant"), 12, "出貨季成長率僅有4.7%", "4.7%", 4.7, PC, "q4_23_qoq", as_of="2023-Q4 vs Q3"),
       M(t(3,"en"), 3, "decrease by 18.9% QoQ", "18.9%", -18.9, PC, "q1_24f_qoq", as_of="2024-Q1 estimate vs 2023-Q4"),
       M(t(5,"hans"), 3, "年增0.8%", "0.8%", 0.8, PC, "h1_24", as_of="2024-H1"),
       M(t(6,"hant"), 3, "年增0.8%", "0.8%", 0.8, PC, "h1_24", as_of="2024-H1"),
       M(t(7,"en"), 3, "Grow by 0.8% in 1H24", "0.8%", 0.8, PC, "h1_24", as_of="2024-H1", note="headline"),
       M(t(7,"en"), 5, "YoY increase of 0.8%", "0.8%", 0.8, PC, "h1_24", as_of="2024-H1"),
       M(t(8,"hans"), 3, "年增0.8%", "0.8%", 0.8, PC, "h1_24", as_of="2024-H1")])

group("tv_samsung_2023", "tv", "Samsung's TV shipments, 2023 (TrendForce)",
      "Samsung Electronics", "TV shipments (units)", "2023", "3,630萬台 = 36.3 million: consistent.",
      [M(t(1,"hant"), 16, "出貨量預估達3,630萬台", "3,630萬台", 36.3e6, U, "y23", as_of="2023"),
       M(t(2,"en"), 9, "an estimated 36.3 million units", "36.3 million units", 36.3e6, U, "y23", as_of="2023")])

group("tv_samsung_2023_growth", "tv", "YoY change of Samsung's TV shipments, 2023",
      "Samsung Electronics", "YoY change of TV shipments", "2023", "-9.8% twice: consistent.",
      [M(t(1,"hant"), 16, "但年減9.8%", "9.8%", -9.8, PC, "y23", as_of="2023"),
       M(t(2,"en"), 9, "a 9.8% decrease YoY", "9.8%", -9.8, PC, "y23", as_of="2023")])

group("tv_hisense_2023", "tv", "Hisense's TV shipments, 2023 (TrendForce)",
      "Hisense", "TV shipments (units)", "2023", "2,700萬台 = 27 million: consistent.",
      [M(t(1,"hant"), 18, "分別來到2,700萬台", "2,700萬台", 27e6, U, "y23", as_of="2023"),
       M(t(2,"en"), 9, "shipments of 27 million", "27 million", 27e6, U, "y23", as_of="2023")])

group("tv_tcl_shipments", "tv", "TCL's TV shipments: 2023 and Q2 2024 (TrendForce)",
      "TCL", "TV shipments (units)", "2023 / 2024-Q2",
      "2023: 2,620萬台 = 26.2 million (consistent); Q2 2024: 668万台 (three pages) = 6.68 million (consistent); the two periods different_basis.",
      [M(t(1,"hant"), 18, "和2,620萬台", "2,620萬台", 26.2e6, U, "y23", as_of="2023"),
       M(t(2,"en"), 9, "and 26.2 million units", "26.2 million units", 26.2e6, U, "y23", as_of="2023"),
       M(t(5,"hans"), 5, "达668万台", "668万台", 6.68e6, U, "q2_24", as_of="2024-Q2"),
       M(t(6,"hant"), 3, "達(dá)到668萬(wàn)臺(tái)", "668萬(wàn)臺(tái)", 6.68e6, U, "q2_24", as_of="2024-Q2"),
       M(t(7,"en"), 13, "to reach 6.68 million units", "6.68 million units", 6.68e6, U, "q2_24", as_of="2024-Q2"),
       M(t(8,"hans"), 4, "达到668万台", "668万台", 6.68e6, U, "q2_24", as_of="2024-Q2")])

group("tv_hisense_2023_growth", "tv", "YoY growth of Hisense's TV shipments, 2023",
      "Hisense", "YoY growth of TV shipments", "2023", "+12.4% twice: consistent.",
      [M(t(1,"hant"), 18, "年增12.4%", "12.4%", 12.4, PC, "y23", as_of="2023"),
       M(t(2,"en"), 9, "up 12.4%", "12.4%", 12.4, PC, "y23", as_of="2023")])

group("tv_tcl_2023_growth", "tv", "YoY growth of TCL's TV shipments, 2023",
      "TCL", "YoY growth of TV shipments", "2023", "+16.3% twice: consistent.",
      [M(t(1,"hant"), 18, "和16.3%", "16.3%", 16.3, PC, "y23", as_of="2023"),
       M(t(2,"en"), 9, "and 16.3% YoY", "16.3%", 16.3, PC, "y23", as_of="2023")])

group("tv_samsung_share", "tv", "Samsung's market shares: all TVs 2023, OLED TVs 2023, Mini LED TVs 2024",
      "Samsung Electronics", "market share", "2023 / 2024",
      "18.5% (all TVs, 2023), 16.6% (OLED TVs, 2023), 25% (Mini LED TVs, 2024 H1): different scopes (different_basis).",
      [M(t(1,"hant"), 16, "僅剩18.5%", "18.5%", 18.5, PC, "all_y23", as_of="2023"),
       M(t(1,"hant"), 16, "出貨市占率達16.6%", "16.6%", 16.6, PC, "oled_y23", as_of="2023"),
       M(t(8,"hans"), 5, "三星仍占25%的市场份额", "25%", 25.0, PC, "miniled_24", as_of="2024")])

group("tv_share_change_pp", "tv", "Changes of market share in percentage points: Samsung all TVs 2023, Samsung Mini LED 2024, top five brands 2023",
      "TV brands", "change of market share (percentage points)", "2023 / 2024",
      "Samsung -1.2 pp (all TVs, 2023), Samsung -17 pp (Mini LED), top five +1.7 pp (2023): different scopes (different_basis).",
      [M(t(1,"hant"), 16, "減少1.2個百分點", "1.2個百分點", -1.2, PP, "samsung_all_y23", as_of="2023"),
       M(t(8,"hans"), 5, "下降了17个百分点", "17个百分点", -17.0, PP, "samsung_miniled_24", as_of="2024"),
       M(t(1,"hant"), 14, "市占率預估年增1.7個百分點", "1.7個百分點", 1.7, PP, "top5_y23", as_of="2023")])

group("tv_avg_size_increase_2024", "tv", "Increase of the average TV size, 2024 (TrendForce)",
      "world", "increase of average TV size (inches)", "2024", "1.4吋 = 1.4 inches: consistent.",
      [M(t(5,"hans"), 4, "成长1.4吋", "1.4吋", 1.4, IN, "y24", as_of="2024"),
       M(t(7,"en"), 9, "by 1.4 inches", "1.4 inches", 1.4, IN, "y24", as_of="2024")])

group("tv_avg_size_2024", "tv", "Average TV size, 2024 (TrendForce)",
      "world", "average TV size (inches)", "2024", "55.5吋 = 55.5 inches: consistent.",
      [M(t(5,"hans"), 4, "达55.5吋", "55.5吋", 55.5, IN, "y24", as_of="2024"),
       M(t(7,"en"), 9, "to 55.5 inches", "55.5 inches", 55.5, IN, "y24", as_of="2024")])

group("tv_miniled_2024", "tv", "Mini LED TV shipments forecast for 2024 (TrendForce)",
      "world", "Mini LED TV shipments (units)", "2024", "635萬臺 = 635万台: consistent.",
      [M(t(6,"hant"), 3, "達(dá)到635萬(wàn)臺(tái)", "635萬(wàn)臺(tái)", 6.35e6, U, "f24", as_of="2024 forecast"),
       M(t(8,"hans"), 5, "达到635万台", "635万台", 6.35e6, U, "f24", as_of="2024 forecast")])

group("tv_miniled_2024_growth", "tv", "Growth of Mini LED TV shipments, 2024 (TrendForce)",
      "world", "YoY growth of Mini LED TV shipments", "2024", "+55% three times: consistent.",
      [M(t(5,"hans"), 6, "带动今年出货成长55%", "55%", 55.0, PC, "f24", as_of="2024 forecast", note="section heading"),
       M(t(6,"hant"), 3, "年增55%", "55%", 55.0, PC, "f24", as_of="2024 forecast"),
       M(t(8,"hans"), 5, "将增长55%", "55%", 55.0, PC, "f24", as_of="2024 forecast")])

group("tv_miniled_cn_share_2024", "tv", "Combined Mini LED TV share of Hisense, TCL and Xiaomi, 2024",
      "Hisense + TCL + Xiaomi", "share of Mini LED TV shipments", "2024", "50% twice: consistent.",
      [M(t(6,"hant"), 3, "首次達(dá)到50%", "50%", 50.0, PC, "f24", as_of="2024 forecast"),
       M(t(8,"hans"), 5, "首次达到50%", "50%", 50.0, PC, "f24", as_of="2024 forecast")])

group("tv_oled_growth", "tv", "Change of OLED TV shipments: 2023 vs the 2024 forecast",
      "world", "YoY change of OLED TV shipments", "2023 / 2024",
      "-20% (2023) vs +15.9% (2024 forecast): different_basis.",
      [M(t(8,"hans"), 6, "出货下降了20%", "20%", -20.0, PC, "y23", as_of="2023"),
       M(t(8,"hans"), 6, "年增15.9%", "15.9%", 15.9, PC, "f24", as_of="2024 forecast")])

# ---------------------------------------------------------------- singles: claims in no group
single(a(11,"en"), 3, "534,000 new energy vehicles", "534,000", 534000.0, V, note="China NEV exports H1 2023 (CAAM)")
single(a(11,"en"), 7, "BYD shipped 81,000 vehicles", "81,000", 81000.0, V, note="BYD exports H1 2023")
single(a(11,"en"), 7, "up 1,060%", "1,060%", 1060.0, PC, note="BYD export growth H1 2023")
single(a(11,"en"), 5, "averaged 1 million per year", "1 million", 1e6, V, note="China's historical average exports")
single(a(8,"en"), 7, "exported 730,000 vehicles to Russia", "730,000", 730000.0, V, note="January-October 2023")
single(a(12,"en"), 9, "impressive 42.9%", "42.9%", 42.9, PC, note="NEV share of export value, January-April 2023")
single(a(12,"en"), 9, "(51.6%)", "51.6%", 51.6, PC, note="NEV share of export growth")
single(s(7,"hant"), 13, "它們44%的營收", "44%", 44.0, PC, note="China's share of top equipment makers' revenue")
single(s(7,"hant"), 19, "價(jià)值近260億美元", "260億美元", 26e9, USD, qualifier="under", note="China's chip-equipment imports January-July 2024 (customs)")
single(s(5,"en"), 23, "$54.9 billion in February 2025", "$54.9 billion", 54.9e9, USD, note="SIA chip sales, not equipment")
single(s(8,"en"), 9, "to USD 98 billion in 2024", "USD 98 billion", 98e9, USD, note="wafer fab equipment forecast 2024")
single(s(6,"hans"), 19, "出货量突破62台", "62台", 62.0, "count", qualifier="over", note="EUV tools shipped 2024")
single(t(1,"hant"), 18, "出貨量僅2,291萬台", "2,291萬台", 22.91e6, U, note="LG 2023")
single(t(1,"hant"), 18, "整體出貨量年衰退7.4%", "7.4%", -7.4, PC, note="LG 2023")
single(t(1,"hant"), 16, "達89萬台", "89萬台", 890000.0, U, note="Samsung QD OLED 2023")
single(t(8,"hans"), 6, "达到623万台", "623万台", 6.23e6, U, note="OLED TV forecast 2024")
single(t(4,"en"), 7, "market share to 10 per cent", "10 per cent", 10.0, PC, note="premium TV share 2023")
single(t(3,"en"), 5, "US$422 million by 2028", "US$422 million", 422e6, USD, note="bio-sensing wearables market (another topic)")
# ---------------------------------------------------------------- singles: numbers that are not claims
single(a(1,"hans"), 6, "Copyright © 2015-2025", not_a_claim=True, kind="page_furniture")
single(a(3,"hans"), 5, "发布时间:2024-11-05 18:19:19", not_a_claim=True, kind="date")
single(a(3,"hans"), 5, "来源: sp20241105", not_a_claim=True, kind="page_furniture", note="source code string")
single(a(4,"hans"), 4, "NHK)1月11日报道", not_a_claim=True, kind="date")
single(a(5,"en"), 11, "since Germany ranked top in 2016", not_a_claim=True, kind="date", note="a year")
single(a(6,"en"), 3, "date 2024-02-01", not_a_claim=True, kind="date")
single(a(7,"en"), 3, "25 January 2024", not_a_claim=True, kind="date")
single(a(8,"en"), 3, "December 29**", not_a_claim=True, kind="date")
single(a(9,"en"), 7, "January 11, 2024 | 01:40 PM", not_a_claim=True, kind="date")
single(a(10,"hant"), 7, "2024-02-01 17:54", not_a_claim=True, kind="date")
single(a(10,"hant"), 8, "圖為2012年12月", not_a_claim=True, kind="date", note="photo caption")
single(s(3,"en"), 11, "|2023", not_a_claim=True, kind="table_header")
single(s(6,"hans"), 3, "台积电3nm扩产", not_a_claim=True, kind="product_name", note="process node")
single(s(6,"hans"), 15, "英特尔18A工艺", not_a_claim=True, kind="product_name", note="process node")
single(s(8,"en"), 3, "date 2024-07-11", not_a_claim=True, kind="date")
single(s(7,"hant"), 7, "快科技9月3日消息", not_a_claim=True, kind="date")
single(s(7,"hant"), 17, "到2027年", not_a_claim=True, kind="date")
single(t(1,"hant"), 8, "28 November 2023", not_a_claim=True, kind="date")
single(t(2,"en"), 11, "UEFA Euro 2024", not_a_claim=True, kind="title", note="event name with a year")
single(t(3,"en"), 4, "January 25, 2024", not_a_claim=True, kind="date")
single(t(3,"en"), 4, "12-nanometer process", not_a_claim=True, kind="product_name", note="process node")
single(t(4,"en"), 4, "Feb 27 :", not_a_claim=True, kind="date")
single(t(6,"hant"), 3, "8月27日消息", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh7.toml", "corpus-fresh7")
