#!/usr/bin/env python3
"""Hand annotation of corpus-fresh2, written as data; emits gold.d/fresh2.toml (then run corpus/check_gold.py --dir corpus-fresh2 --build).

Every mention carries a 'basis' tag (estimator/period/scope as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

e = lambda n, s: f"ev-{n:02d}-{s}.txt"
so = lambda n, s: f"solar-{n:02d}-{s}.txt"
st = lambda n, s: f"steel-{n:02d}-{s}.txt"
V, GW, T, PC = "vehicles", "GW", "tonnes", "percent"

# ---------------------------------------------------------------- electric vehicles, 2024
group("ev_global_sales_2024", "ev", "Worldwide EV (BEV+PHEV) sales, 2024: Rho Motion, IEA, EV-Volumes (two Taiwanese retellings), with Rho Motion's Jan-Nov year-to-date",
      "Global EV market", "EV sales (units)", "2024",
      "Rho Motion 17.1 million vs EV-Volumes 約1,776萬 (17.76 million, in two documents): two firms' estimates of one quantity that differ beyond rounding. IEA 'exceeded 17 million' is compatible with both. Rho Motion's 15.2 million is January-November year-to-date: another period.",
      [M(e(4,"en"), 5, "a total of 17.1 million EVs", "17.1 million", 17.1e6, V, "rho", as_of="2024", note="Rho Motion"),
       M(e(5,"en"), 4, "Sales exceeded 17 million globally", "17 million", 17e6, V, "iea", qualifier="over", as_of="2024", note="IEA Global EV Outlook 2025"),
       M(e(6,"hant"), 5, "全年銷量約1,776萬輛", "1,776萬輛", 17.76e6, V, "evv", qualifier="approx", as_of="2024", note="EV-Volumes"),
       M(e(7,"hant"), 4, "總計銷量約1,776萬輛", "1,776萬輛", 17.76e6, V, "evv", qualifier="approx", as_of="2024", note="EV-Volumes"),
       M(e(8,"en"), 3, "EV sales stand at 15.2 million units", "15.2 million", 15.2e6, V, "rho_ytd", as_of="2024-01..2024-11", note="Rho Motion year-to-date, published 13 Dec 2024")],
      {(1,2):K, (1,3):C, (1,4):C, (2,3):K, (2,4):K})

group("ev_global_share_2024", "ev", "EV share of worldwide new car sales, 2024",
      "Global EV market", "EV share of new car sales", "2024",
      "IEA 'above 20%' / 'over 20%' and EV-Volumes '達20%' (reached 20%) agree. EV-Volumes '近20%' (nearly 20%) literally contradicts IEA's 'above 20%', but the gap is only in the qualifier: either reading is defensible.",
      [M(e(5,"en"), 4, "share of the global car market above 20%", "20%", 20.0, PC, "iea", qualifier="over", as_of="2024"),
       M(e(6,"hant"), 5, "市售比達20%", "20%", 20.0, PC, "evv", as_of="2024"),
       M(e(7,"hant"), 4, "市售比則近20%", "20%", 20.0, PC, "evv", qualifier="under", as_of="2024"),
       M(e(9,"en"), 3, "EVs captured over 20% of the global car market", "20%", 20.0, PC, "iea", qualifier="over", as_of="2024")],
      {(1,2):K, (1,3):(K,C), (2,3):K, (2,4):K, (3,4):(K,C)})

group("ev_global_growth_2024", "ev", "Year-on-year growth of worldwide EV sales, 2024",
      "Global EV market", "YoY growth of EV sales", "2024",
      "Rho Motion +25% (headline and body) and EV-Volumes 成長25% (ARTC) agree; the Taiwan jobs portal gives 年增率約27% for the same EV-Volumes total of 1,776萬: a conflict with 25%. Rho Motion's +25% for Jan-Nov is another period.",
      [M(e(4,"en"), 3, "global EV sales up 25%", "25%", 25.0, PC, "y", as_of="2024", note="Rho Motion, headline"),
       M(e(4,"en"), 5, "global EV sales grew by 25% year on year", "25%", 25.0, PC, "y", as_of="2024", note="Rho Motion"),
       M(e(6,"hant"), 5, "成長25%", "25%", 25.0, PC, "y", as_of="2024", note="EV-Volumes (ARTC)"),
       M(e(7,"hant"), 4, "年增率約27%", "27%", 27.0, PC, "y", qualifier="approx", as_of="2024", note="EV-Volumes (taiwanjobs)"),
       M(e(8,"en"), 3, "up 25% from the same period in 2023", "25%", 25.0, PC, "ytd", as_of="2024-01..2024-11", note="Rho Motion YTD")],
      {(1,4):C, (2,4):C, (3,4):C})

group("china_ev_sales_2024", "ev", "China NEV / EV sales, 2024: CAAM NEV sales (all NEVs incl. commercial vehicles and exports) vs research firms' China EV (car) sales",
      "China", "NEV / EV sales (units)", "2024",
      "CAAM: 12.87 million (EN) = 1286.6万辆 (ZH); the headline 'surpass 12m', '超1200万辆', '破1200万辆' and '首次突破1000万辆' restate it loosely. Rho Motion 11 million, IEA 'more than 11 million' (twice) and EV-Volumes 約1,150萬 count domestic electric car sales: a different basis from CAAM's NEV total (incl. commercial vehicles and exports). Among the firms, Rho 11 million vs EV-Volumes 11.5 million is a conflict (11.5 does not round to 11 at that precision, though '11 million' could be a coarse rounding); IEA 'more than 11' is compatible with both.",
      [M(e(1,"en"), 3, "sales surpass 12m each", "12m", 12e6, V, "caam", qualifier="over", as_of="2024"),
       M(e(1,"en"), 5, "each exceeded 12 million", "12 million", 12e6, V, "caam", qualifier="over", as_of="2024"),
       M(e(1,"en"), 7, "12.87 million units", "12.87 million", 12.87e6, V, "caam", as_of="2024", note="CAAM sales"),
       M(e(2,"hans"), 3, "新能源汽车产销数量破1200万辆", "1200万辆", 12e6, V, "caam", qualifier="over", as_of="2024"),
       M(e(2,"hans"), 6, "新能源汽车产销均超1200万辆", "1200万辆", 12e6, V, "caam", qualifier="over", as_of="2024"),
       M(e(2,"hans"), 6, "和1286.6万辆", "1286.6万辆", 12.866e6, V, "caam", as_of="2024", note="CAAM sales"),
       M(e(3,"hans"), 3, "年产销首次突破1000万辆", "1000万辆", 10e6, V, "caam", qualifier="over", as_of="2024"),
       M(e(4,"en"), 7, "China with sales of 11 million in 2024", "11 million", 11e6, V, "firm", as_of="2024", note="Rho Motion"),
       M(e(5,"en"), 5, "(more than 11 million)", "11 million", 11e6, V, "firm", qualifier="over", as_of="2024", note="IEA electric cars"),
       M(e(6,"hant"), 7, "2024年中國銷量約1,150萬輛", "1,150萬輛", 11.5e6, V, "firm", qualifier="approx", as_of="2024", note="EV-Volumes"),
       M(e(9,"en"), 3, "sold more than 11 million electric cars", "11 million", 11e6, V, "firm", qualifier="over", as_of="2024", note="IEA")],
      {**{(a,c):K for a in (1,2,4,5,7) for c in (3,6)}, **{(a,c):K for a in (1,2,4,5,7) for c in (1,2,4,5,7) if a<c},
       (3,6):R, (8,10):(C,R), (8,9):K, (8,11):K, (9,10):K, (10,11):K})

group("china_nev_production_2024", "ev", "China NEV production (CAAM), 2024",
      "China", "NEV production (units)", "2024",
      "CAAM production 12.89 million (EN) vs 1288.8万辆 (ZH): the same figure at another precision.",
      [M(e(1,"en"), 7, "reached 12.89 million", "12.89 million", 12.89e6, V, "caam", as_of="2024"),
       M(e(2,"hans"), 6, "产销分别为1288.8万辆", "1288.8万辆", 12.888e6, V, "caam", as_of="2024")],
      {(1,2):R})

group("china_ev_sales_growth_2024", "ev", "Year-on-year growth of China NEV / EV sales, 2024",
      "China", "YoY growth of NEV / EV sales", "2024",
      "CAAM +35.5% (EN and ZH, consistent). Rho Motion +40% vs EV-Volumes 36.8% (China EV sales): two firms disagree. CAAM's NEV total is another basis than the firms' EV-car counts.",
      [M(e(1,"en"), 7, "35.5 percent year-on-year", "35.5 percent", 35.5, PC, "caam", as_of="2024"),
       M(e(2,"hans"), 6, "和35.5%", "35.5%", 35.5, PC, "caam", as_of="2024"),
       M(e(4,"en"), 7, "up 40% compared to 2023", "40%", 40.0, PC, "firm", as_of="2024", note="Rho Motion"),
       M(e(6,"hant"), 7, "降至2024年的36.8%", "36.8%", 36.8, PC, "firm", as_of="2024", note="EV-Volumes")],
      {(3,4):C})

group("china_nev_production_growth_2024", "ev", "Year-on-year growth of China NEV production (CAAM), 2024",
      "China", "YoY growth of NEV production", "2024",
      "34.4% in both languages.",
      [M(e(1,"en"), 7, "up 34.4 percent", "34.4 percent", 34.4, PC, "caam", as_of="2024"),
       M(e(2,"hans"), 6, "同比分别增长34.4%", "34.4%", 34.4, PC, "caam", as_of="2024")])

group("china_nev_share_2024", "ev", "NEV share of China new vehicle sales (CAAM), 2024",
      "China", "NEV share of new vehicle sales", "2024",
      "40.9% in both languages; 销量占比超40% (over 40%) is compatible.",
      [M(e(1,"en"), 7, "accounting for 40.9 percent", "40.9 percent", 40.9, PC, "caam", as_of="2024"),
       M(e(2,"hans"), 6, "占新车总销量的40.9%", "40.9%", 40.9, PC, "caam", as_of="2024"),
       M(e(3,"hans"), 3, "销量占比超40%", "40%", 40.0, PC, "caam", qualifier="over", as_of="2024")],
      {(1,3):K, (2,3):K})

group("china_nev_exports_2024", "ev", "China NEV exports, 2024 (CAAM), with IEA's electric-car export estimate",
      "China", "NEV exports (units)", "2024",
      "CAAM 1.28 million (EN) vs 128.4万辆 (ZH): rounding. IEA 'around 1.25 million' counts electric cars exported (another definition and estimator): different basis, though a reader could call it a conflict.",
      [M(e(1,"en"), 9, "to 1.28 million", "1.28 million", 1.28e6, V, "caam", as_of="2024"),
       M(e(2,"hans"), 6, "出口量为128.4万辆", "128.4万辆", 1.284e6, V, "caam", as_of="2024"),
       M(e(9,"en"), 3, "exported around 1.25 million units", "1.25 million", 1.25e6, V, "iea", qualifier="approx", as_of="2024")],
      {(1,2):R, (1,3):(D,C), (2,3):(D,C)})

group("china_nev_exports_growth_2024", "ev", "Year-on-year growth of China NEV exports (CAAM), 2024",
      "China", "YoY growth of NEV exports", "2024", "6.7% in both languages.",
      [M(e(1,"en"), 9, "rose 6.7 percent", "6.7 percent", 6.7, PC, "caam", as_of="2024"),
       M(e(2,"hans"), 6, "同比增长6.7%", "6.7%", 6.7, PC, "caam", as_of="2024")])

group("europe_ev_change_2024", "ev", "Change in European EV sales, 2024",
      "Europe", "YoY change of EV sales", "2024",
      "Rho Motion: down 3%; EV-Volumes: 減少2% (314萬 vs 323萬). Two firms disagree on one quantity (declines written as negative values).",
      [M(e(4,"en"), 7, "ended the year down 3% compared to 2023", "3%", -3.0, PC, "y", as_of="2024", note="decline; Rho Motion"),
       M(e(6,"hant"), 9, "較2023年323萬輛減少2%", "2%", -2.0, PC, "y", as_of="2024", note="decline; EV-Volumes")],
      {(1,2):C})

group("us_ev_growth_2024", "ev", "Growth of North American / US EV sales, 2024",
      "United States (and Canada)", "YoY growth of EV sales", "2024",
      "Rho Motion +9% covers the US and Canada; IEA 'about 10%' covers the United States only: different scope.",
      [M(e(4,"en"), 7, "Canada market grew by 9% in 2024", "9%", 9.0, PC, "us_ca", as_of="2024", note="Rho Motion, US+Canada"),
       M(e(5,"en"), 6, "electric car sales grew by about 10% year-on-year", "10%", 10.0, PC, "us", qualifier="approx", as_of="2024", note="IEA, US")])

group("ev_q1_2025_growth", "ev", "Year-on-year growth of global electric car sales, Q1 2025 (IEA)",
      "Global EV market", "YoY growth of EV sales", "2025-Q1", "35% in two retellings of the IEA report.",
      [M(e(5,"en"), 4, "electric car sales were up 35% year-on-year", "35%", 35.0, PC, "iea", as_of="2025-Q1"),
       M(e(9,"en"), 3, "sales surged 35% year-on-year", "35%", 35.0, PC, "iea", as_of="2025-Q1")])

group("china_nev_lead_years", "ev", "Consecutive years China led world NEV output and sales (CAAM)",
      "China", "consecutive years as world leader", "2024", "10th consecutive year = 连续十年 (twice).",
      [M(e(1,"en"), 5, "for the 10th consecutive year", "10th", 10.0, "years", "caam", as_of="2024"),
       M(e(2,"hans"), 3, "连续十年领跑全球", "十年", 10.0, "years", "caam", as_of="2024"),
       M(e(2,"hans"), 6, "连续十年全球领先", "十年", 10.0, "years", "caam", as_of="2024")])

# ---------------------------------------------------------------- solar PV
group("global_solar_additions_2024", "solar", "Worldwide new solar PV capacity, 2024: SolarPower Europe, with Ember's mid-year projection",
      "World", "new solar PV capacity installed", "2024",
      "SolarPower Europe 597 GW (three mentions, consistent). Ember's 593 GW is a projection made in 2024 for the full year ('will surpass'), another basis than SPE's reported outcome.",
      [M(so(1,"en"), 3, "a record 597 gigawatts (GW)", "597 gigawatts", 597.0, GW, "spe", as_of="2024"),
       M(so(2,"en"), 3, "capacity reached 597 GW", "597 GW", 597.0, GW, "spe", as_of="2024"),
       M(so(2,"en"), 4, "reaching a record 597 GW", "597 GW", 597.0, GW, "spe", as_of="2024"),
       M(so(3,"en"), 3, "with 593 GW of generating capacity added", "593 GW", 593.0, GW, "ember_fc", as_of="2024 (projection)")],
      {(1,4):(D,C),(2,4):(D,C),(3,4):(D,C)})

group("global_solar_growth_2024", "solar", "Year-on-year growth of worldwide new solar capacity, 2024",
      "World", "YoY growth of new solar PV capacity", "2024",
      "SolarPower Europe's release says +33% (energymagz; solarsufu's last sentence), but solarsufu also writes 'a growth rate of 36%' twice for the same 597 GW: the document contradicts itself and energymagz. Ember's +29% is a projection.",
      [M(so(1,"en"), 3, "marking a 33% increase", "33%", 33.0, PC, "spe", as_of="2024"),
       M(so(2,"en"), 3, "a growth rate of 36%", "36%", 36.0, PC, "spe", as_of="2024"),
       M(so(2,"en"), 4, "expected to be 36%", "36%", 36.0, PC, "spe", as_of="2024"),
       M(so(2,"en"), 4, "this increase is 33% higher than in 2023", "33%", 33.0, PC, "spe", as_of="2024"),
       M(so(3,"en"), 3, "This is a 29% increase", "29%", 29.0, PC, "ember_fc", as_of="2024 (projection)")],
      {(1,2):C,(1,3):C,(2,4):C,(3,4):C})

group("china_share_global_solar_2024", "solar", "China's share of worldwide new solar capacity, 2024",
      "China", "share of worldwide new solar capacity", "2024",
      "SolarPower Europe 55% vs 55.1%: rounding. Ember's 56% is a projection: different basis.",
      [M(so(1,"en"), 5, "55% of the global total", "55%", 55.0, PC, "spe", as_of="2024"),
       M(so(2,"en"), 3, "China contributed 55.1%", "55.1%", 55.1, PC, "spe", as_of="2024"),
       M(so(3,"en"), 4, "accounting for 56% of the global capacity increase", "56%", 56.0, PC, "ember_fc", as_of="2024 (projection)")],
      {(1,2):R})

group("china_solar_additions_2024", "solar", "China new solar PV capacity, 2024: NEA, CPIA, SolarPower Europe, Ember projection",
      "China", "new solar PV capacity installed", "2024",
      "NEA 277.17 GW (pv-tech, renewablefocus x4; hurriyet 'around 277 GW'). CPIA 277.57 GW (twice) vs NEA 277.17 GW: two sources for one quantity that disagree beyond rounding. 'around 277' vs 277.57 is loosely compatible. SolarPower Europe's 329 GW counts DC module capacity (NEA counts AC grid connection): different basis. Ember's 334 GW is a mid-year projection.",
      [M(so(1,"en"), 5, "accounting for 329GW of new capacity", "329GW", 329.0, GW, "spe", as_of="2024", note="SolarPower Europe (DC)"),
       M(so(3,"en"), 4, "expected to install 334 GW", "334 GW", 334.0, GW, "ember_fc", as_of="2024 (projection)"),
       M(so(4,"en"), 4, "hit 277.17GW in 2024", "277.17GW", 277.17, GW, "nea", as_of="2024"),
       M(so(5,"en"), 3, "China hits 277.17 GW", "277.17 GW", 277.17, GW, "nea", as_of="2024"),
       M(so(5,"en"), 4, "with 277.17 GW of new annual installations", "277.17 GW", 277.17, GW, "nea", as_of="2024"),
       M(so(5,"en"), 6, "up 277.17 GW from 609.49 GW", "277.17 GW", 277.17, GW, "nea", as_of="2024"),
       M(so(5,"en"), 9, "rose further to 277.17 GW in 2024", "277.17 GW", 277.17, GW, "nea", as_of="2024"),
       M(so(6,"en"), 3, "China installed 277. 57 GW", "277. 57 GW", 277.57, GW, "nea", as_of="2024", note="CPIA"),
       M(so(6,"en"), 3, "to 277. 57 GW", "277. 57 GW", 277.57, GW, "nea", as_of="2024", note="CPIA"),
       M(so(7,"en"), 7, "added around 277 gigawatts (GW)", "277 gigawatts", 277.0, GW, "nea", qualifier="approx", as_of="2024", note="NEA")],
      {**{(a,c):C for a in (3,4,5,6,7) for c in (8,9)}, **{(a,10):K for a in (3,4,5,6,7)}, (8,10):(R,K), (9,10):(R,K)})

group("china_solar_additions_growth_2024", "solar", "Year-on-year growth of China's new solar capacity, 2024",
      "China", "YoY growth of new solar PV capacity", "2024",
      "277.17/216.88 = +27.8%: pv-tech 'just under 28%' and renewablefocus '28%' agree. CPIA +28.3% (twice) is its own figure (277.57 GW): 28 vs 28.3 is within rounding, but 'just under 28%' vs 28.3% is literally a conflict. Ember's +28% is China's first seven months: another period.",
      [M(so(4,"en"), 7, "slowed down to just under 28%", "28%", 28.0, PC, "y", qualifier="under", as_of="2024"),
       M(so(5,"en"), 9, "marking a 28% year-on-year increase", "28%", 28.0, PC, "y", as_of="2024"),
       M(so(6,"en"), 3, "up 28. 3% from 2023", "28. 3%", 28.3, PC, "y", as_of="2024", note="CPIA"),
       M(so(6,"en"), 3, "installations up 28. 3% to", "28. 3%", 28.3, PC, "y", as_of="2024", note="CPIA"),
       M(so(3,"en"), 4, "showed a 28% increase compared to the same period last year", "28%", 28.0, PC, "jan_jul", as_of="2024-01..2024-07", note="Ember")],
      {(1,3):(C,R),(1,4):(C,R),(2,3):R,(2,4):R})

group("china_solar_cumulative_2024", "solar", "China cumulative solar capacity at end-2024",
      "China", "cumulative solar PV capacity", "end-2024",
      "NEA 886.66 GW (three mentions); CPIA 887 GW (twice); hurriyet 'around 887 GW'; 中新社 約8.9億千瓦 (= 890 GW, twice): one figure at different precision, hence rounding between 886.66 and the rounded forms.",
      [M(so(4,"en"), 3, "reached 886.66GW at the end of 2024", "886.66GW", 886.66, GW, "c", as_of="end-2024"),
       M(so(5,"en"), 4, "hit 886.66 GW at the end of 2024", "886.66 GW", 886.66, GW, "c", as_of="end-2024"),
       M(so(5,"en"), 6, "had reached 886.66 GW", "886.66 GW", 886.66, GW, "c", as_of="end-2024"),
       M(so(6,"en"), 3, "bringing total capacity to 887 GW", "887 GW", 887.0, GW, "c", as_of="end-2024", note="CPIA"),
       M(so(6,"en"), 3, "pushing total PV capacity to 887 GW", "887 GW", 887.0, GW, "c", as_of="end-2024", note="CPIA"),
       M(so(7,"en"), 11, "around 887 GW and 521 GW", "887 GW", 887.0, GW, "c", qualifier="approx", as_of="end-2024"),
       M(so(8,"hant"), 3, "全國太陽能發電裝機容量約8.9億千瓦", "8.9億千瓦", 890.0, GW, "c", qualifier="approx", as_of="end-2024"),
       M(so(8,"hant"), 4, "其中,太陽能發電裝機容量約8.9億千瓦", "8.9億千瓦", 890.0, GW, "c", qualifier="approx", as_of="end-2024")],
      {**{(a,c):R for a in (1,2,3) for c in (4,5,6,7,8)}, **{(a,c):R for a in (4,5,6) for c in (7,8)}})

group("china_solar_cumulative_growth_2024", "solar", "Year-on-year growth of China's cumulative solar capacity, end-2024",
      "China", "YoY growth of cumulative solar capacity", "end-2024",
      "886.66/609.49 = +45.48% (renewablefocus, twice; its first mention hangs the figure after the 277.17 GW of new installations, but it is the cumulative growth) = 45.5% (pv-tech, rounding). The NEA release as reported by 中新社 gives 45.2% (twice): a conflict with 45.48/45.5, possibly from a revised 2023 base.",
      [M(so(4,"en"), 3, "an increase of 45.5%", "45.5%", 45.5, PC, "c", as_of="end-2024"),
       M(so(5,"en"), 4, "up 45.48% year on year", "45.48%", 45.48, PC, "c", as_of="end-2024"),
       M(so(5,"en"), 6, "annual growth rate of 45.48%", "45.48%", 45.48, PC, "c", as_of="end-2024"),
       M(so(8,"hant"), 3, "同比增長45.2%", "45.2%", 45.2, PC, "c", as_of="end-2024"),
       M(so(8,"hant"), 4, "同比增長45.2%", "45.2%", 45.2, PC, "c", as_of="end-2024")],
      {(1,2):R,(1,3):R,**{(a,c):(C,D) for a in (1,2,3) for c in (4,5)}})

group("china_solar_additions_2023", "solar", "China new solar PV capacity, 2023",
      "China", "new solar PV capacity installed", "2023",
      "216.88 GW (three mentions) = 217 GW / 217吉瓦 (rounding); 'exceeded 200GW' is compatible.",
      [M(so(5,"en"), 7, "added 216.88 GW of new PV capacity in 2023", "216.88 GW", 216.88, GW, "y", as_of="2023"),
       M(so(5,"en"), 9, "installations soared to 216.88 GW in 2023", "216.88 GW", 216.88, GW, "y", as_of="2023"),
       M(so(6,"en"), 3, "raising new capacity to 216. 88 GW", "216. 88 GW", 216.88, GW, "y", as_of="2023", note="CPIA"),
       M(so(7,"en"), 7, "the 217 GW added from the previous year", "217 GW", 217.0, GW, "y", as_of="2023"),
       M(so(9,"hant"), 7, "新增光伏發電裝機容量217吉瓦", "217吉瓦", 217.0, GW, "y", as_of="2023"),
       M(so(4,"en"), 7, "new PV installations exceeded 200GW", "200GW", 200.0, GW, "y", qualifier="over", as_of="2023")],
      {**{(a,c):R for a in (1,2,3) for c in (4,5)}, **{(a,6):K for a in (1,2,3,4,5)}})

group("china_solar_additions_growth_2023", "solar", "Year-on-year growth of China's new solar capacity, 2023",
      "China", "YoY growth of new solar PV capacity", "2023",
      "148% = 148.1% = 148.12% (rounding). hk01 (citing the WSJ) writes 增幅55% right after the 217 GW of new capacity: as written it contradicts +148%; 55% is really the growth of cumulative capacity, so a different-basis reading is defensible.",
      [M(so(4,"en"), 7, "up 148% on the previous year’s new additions", "148%", 148.0, PC, "y", as_of="2023"),
       M(so(5,"en"), 7, "up 148.12% from 2022", "148.12%", 148.12, PC, "y", as_of="2023"),
       M(so(6,"en"), 3, "a record 148. 1% surge in 2023", "148. 1%", 148.1, PC, "y", as_of="2023", note="CPIA"),
       M(so(9,"hant"), 7, "增幅55%", "55%", 55.0, PC, "y", as_of="2023", note="hk01 / WSJ")],
      {(1,2):R,(1,3):R,(2,3):R,(1,4):(C,D),(2,4):(C,D),(3,4):(C,D)})

group("india_solar_additions_2024", "solar", "India new solar capacity and its growth, 2024",
      "India", "new solar PV capacity installed", "2024",
      "SolarPower Europe's 30.7 GW (outcome) vs Ember's mid-year 'plans to install 23 GW' (projection): different basis.",
      [M(so(1,"en"), 6, "annual installations to 30.7GW", "30.7GW", 30.7, GW, "spe", as_of="2024"),
       M(so(3,"en"), 5, "India plans to install 23 GW", "23 GW", 23.0, GW, "ember_fc", as_of="2024 (projection)")])

group("global_solar_cumulative_2024", "solar", "Worldwide cumulative solar capacity, end-2024",
      "World", "cumulative solar PV capacity", "end-2024",
      "SolarPower Europe: 'surpassed 2TW' and 2.2 TW (compatible). IRENA 1.87 TW vs SPE 2.2 TW / over 2 TW: two estimators disagree (solarsufu itself says 'far higher').",
      [M(so(1,"en"), 4, "surpassed 2TW by the end of 2024", "2TW", 2000.0, GW, "spe", qualifier="over", as_of="end-2024"),
       M(so(2,"en"), 4, "will reach 2.2 TW", "2.2 TW", 2200.0, GW, "spe", as_of="end-2024"),
       M(so(2,"en"), 4, "the 1.87 TW estimated by", "1.87 TW", 1870.0, GW, "irena", as_of="end-2024")],
      {(1,2):K,(1,3):C,(2,3):C})

group("china_wind_cumulative_2024", "solar", "China cumulative wind capacity, end-2024 (NEA)",
      "China", "cumulative wind capacity", "end-2024",
      "521 GW vs 約5.2億千瓦 (520 GW): rounding.",
      [M(so(7,"en"), 11, "887 GW and 521 GW respectively", "521 GW", 521.0, GW, "c", qualifier="approx", as_of="end-2024"),
       M(so(8,"hant"), 4, "風電裝機容量約5.2億千瓦", "5.2億千瓦", 520.0, GW, "c", qualifier="approx", as_of="end-2024")],
      {(1,2):R})

# ---------------------------------------------------------------- crude steel
group("world_crude_steel_2024", "steel", "World crude steel production, 2024 (worldsteel), with the 71-country total and 2025",
      "World", "crude steel production (tonnes)", "2024",
      "worldsteel's January 2025 world total 1,882.6 Mt (= 1.8826 billion) vs mine.ren's later '2024年为18.868亿吨' (1,886.8 Mt, the revised figure): preliminary vs revised of one source, a conflict. globalsteelweb's 1.863 billion tonnes conflicts with both. The 71-country total 1,839.4 (table, EN and ZH) is another scope; 18.494亿吨 is 2025.",
      [M(st(2,"en"), 3, "reaching 1,882.6 million tonnes (mnt)", "1,882.6 million tonnes", 1882.6e6, T, "world", as_of="2024", note="worldsteel, Jan 2025"),
       M(st(3,"en"), 3, "reached 1.8826 billion tons", "1.8826 billion tons", 1882.6e6, T, "world", as_of="2024"),
       M(st(4,"en"), 3, "amounted to 1.863 billion tonnes", "1.863 billion tonnes", 1863e6, T, "world", as_of="2024", note="globalsteelweb"),
       M(st(6,"hans"), 4, "2024年为18.868亿吨", "18.868亿吨", 1886.8e6, T, "world", as_of="2024", note="revised, cited in a 2025 review"),
       M(st(1,"en"), 14, "1,839.4", "1,839.4", 1839.4e6, T, "w71", as_of="2024", note="71 countries, table (Mt)"),
       M(st(5,"hans"), 19, "1,839.4", "1,839.4", 1839.4e6, T, "w71", as_of="2024", note="71国/地区总计 (百万吨)"),
       M(st(6,"hans"), 4, "全球粗钢产量18.494亿吨", "18.494亿吨", 1849.4e6, T, "y2025", as_of="2025")],
      {(1,3):C,(2,3):C,(1,4):C,(2,4):C,(3,4):C})

group("world_crude_steel_change_2024", "steel", "Year-on-year change of world crude steel production, 2024",
      "World", "YoY change of crude steel production", "2024",
      "World total -0.8% (two documents) vs globalsteelweb -0.9% for the world: conflict. The 71-country table's -0.9 is another scope; -2.0% is 2025.",
      [M(st(2,"en"), 3, "a marginal 0.8% decrease", "0.8%", -0.8, PC, "world", as_of="2024", note="decline"),
       M(st(3,"en"), 3, "a year-on-year decrease of 0.8%", "0.8%", -0.8, PC, "world", as_of="2024", note="decline"),
       M(st(4,"en"), 3, "a slight decline of 0.9% in 2024", "0.9%", -0.9, PC, "world", as_of="2024", note="decline; globalsteelweb"),
       M(st(1,"en"), 14, "-0.9", "-0.9", -0.9, PC, "w71", as_of="2024"),
       M(st(5,"hans"), 19, "-0.9", "-0.9", -0.9, PC, "w71", as_of="2024"),
       M(st(6,"hans"), 4, "同比下降2.0%", "2.0%", -2.0, PC, "y2025", as_of="2025", note="decline")],
      {(1,3):C,(2,3):C})

group("world_crude_steel_2023", "steel", "World crude steel production, 2023",
      "World", "crude steel production (tonnes)", "2023",
      "1,897.9 Mt (worldsteel, revised, as base for 2024) vs globalsteelweb 1.879 billion: conflict. smm's 18.50亿吨 is the 71-country preliminary total published in January 2024: another scope.",
      [M(st(2,"en"), 3, "the 1,897.9 mnt produced in CY’23", "1,897.9 mnt", 1897.9e6, T, "world", as_of="2023"),
       M(st(4,"en"), 3, "down from 1.879 billion tonnes in 2023", "1.879 billion tonnes", 1879e6, T, "world", as_of="2023"),
       M(st(7,"hans"), 3, "2023年世界粗钢产量为18.50亿吨", "18.50亿吨", 1850e6, T, "w71", as_of="2023")],
      {(1,2):C})

group("china_crude_steel_2024", "steel", "China crude steel production, 2024 (with 2023 and 2025 look-alikes)",
      "China", "crude steel production (tonnes)", "2024",
      "worldsteel table 1,005.1 Mt vs globalsteelweb 1.013 billion tonnes: conflict. 10.19亿吨 is 2023, 960.8 is 2025.",
      [M(st(1,"en"), 21, "1,005.1", "1,005.1", 1005.1e6, T, "y2024", as_of="2024"),
       M(st(4,"en"), 4, "amounting to 1.013 billion tonnes", "1.013 billion tonnes", 1013e6, T, "y2024", as_of="2024"),
       M(st(7,"hans"), 4, "中国2023年产量为10.19亿吨", "10.19亿吨", 1019e6, T, "y2023", as_of="2023"),
       M(st(6,"hans"), 8, "中国(960.8百万吨)", "960.8百万吨", 960.8e6, T, "y2025", as_of="2025")],
      {(1,2):C})

group("china_crude_steel_change_2024", "steel", "Year-on-year change of China crude steel production, 2024",
      "China", "YoY change of crude steel production", "2024",
      "worldsteel -1.7 vs globalsteelweb '1.4% decrease': conflict. -4.4%全年 is 2025.",
      [M(st(1,"en"), 21, "-1.7", "-1.7", -1.7, PC, "y2024", as_of="2024"),
       M(st(4,"en"), 4, "saw a 1.4% decrease in production", "1.4%", -1.4, PC, "y2024", as_of="2024", note="decline"),
       M(st(6,"hans"), 6, "-4.4%全年", "-4.4%", -4.4, PC, "y2025", as_of="2025")],
      {(1,2):C})

group("china_share_world_steel_2024", "steel", "China share of world crude steel production, 2024",
      "China", "share of world crude steel production", "2024",
      "globalsteelweb 54.4% vs mine.ren 53.3% (1,005.1 / 1,886.8): conflict. 52% is 2025.",
      [M(st(4,"en"), 4, "China still accounted for 54.4%", "54.4%", 54.4, PC, "y2024", as_of="2024"),
       M(st(6,"hans"), 8, "2024年53.3%", "53.3%", 53.3, PC, "y2024", as_of="2024"),
       M(st(6,"hans"), 8, "份额降至52%", "52%", 52.0, PC, "y2025", as_of="2025")],
      {(1,2):C})

group("india_crude_steel_2024", "steel", "India crude steel production, 2024 (with 2023 and 2025 look-alikes)",
      "India", "crude steel production (tonnes)", "2024",
      "worldsteel table 149.6 Mt vs globalsteelweb 118.2 million tonnes: conflict. 1.4亿吨 is 2023; 164.9 is 2025.",
      [M(st(1,"en"), 22, "149.6", "149.6", 149.6e6, T, "y2024", as_of="2024"),
       M(st(4,"en"), 4, "reaching 118.2 million tonnes", "118.2 million tonnes", 118.2e6, T, "y2024", as_of="2024"),
       M(st(7,"hans"), 6, "印度2023年产量为1.4亿吨", "1.4亿吨", 140e6, T, "y2023", as_of="2023"),
       M(st(6,"hans"), 8, "印度(164.9百万吨)", "164.9百万吨", 164.9e6, T, "y2025", as_of="2025")],
      {(1,2):C})

group("india_crude_steel_change_2024", "steel", "Year-on-year change of India crude steel production, 2024",
      "India", "YoY change of crude steel production", "2024",
      "worldsteel table +6.3 vs globalsteelweb +3.7%: conflict. +10.1% is 2025, +11.8% is 2023.",
      [M(st(1,"en"), 22, "| 6.3 |", "6.3", 6.3, PC, "y2024", as_of="2024"),
       M(st(4,"en"), 4, "increased its output by 3.7%", "3.7%", 3.7, PC, "y2024", as_of="2024"),
       M(st(6,"hans"), 6, "印度(+10.1%)", "+10.1%", 10.1, PC, "y2025", as_of="2025"),
       M(st(7,"hans"), 6, "印度2023年产量为1.4亿吨,同比增长11.8%", "11.8%", 11.8, PC, "y2023", as_of="2023")],
      {(1,2):C})

group("world_steel_dec_2024", "steel", "Crude steel production of the 71 reporting countries, December 2024 (and December 2025)",
      "World (71 countries)", "monthly crude steel production (tonnes)", "2024-12",
      "144.5 Mt = 144.5 million tons = 1.445亿吨 (five mentions, consistent). mine.ren's 70国产量1.396亿吨 is December 2025.",
      [M(st(1,"en"), 3, "was 144.5 million tonnes (Mt) in December 2024", "144.5 million tonnes", 144.5e6, T, "d24", as_of="2024-12"),
       M(st(1,"en"), 14, "| Total 71 countries | 144.5", "144.5", 144.5e6, T, "d24", as_of="2024-12"),
       M(st(3,"en"), 4, "produced 144.5 million tons of crude steel", "144.5 million tons", 144.5e6, T, "d24", as_of="2024-12"),
       M(st(5,"hans"), 6, "粗钢产量为1.445亿吨", "1.445亿吨", 144.5e6, T, "d24", as_of="2024-12"),
       M(st(5,"hans"), 19, "71国/地区总计 | 144.5", "144.5", 144.5e6, T, "d24", as_of="2024-12"),
       M(st(6,"hans"), 4, "70国产量1.396亿吨", "1.396亿吨", 139.6e6, T, "d25", as_of="2025-12")])

group("world_steel_dec_change", "steel", "Year-on-year change of December crude steel production (71 countries)",
      "World (71 countries)", "YoY change of monthly crude steel production", "2024-12",
      "+5.6% (four mentions, consistent); 同比下滑3.7% is December 2025.",
      [M(st(1,"en"), 3, "a 5.6% increase compared to December 2023", "5.6%", 5.6, PC, "d24", as_of="2024-12"),
       M(st(3,"en"), 4, "a year-on-year increase of 5.6%", "5.6%", 5.6, PC, "d24", as_of="2024-12"),
       M(st(5,"hans"), 6, "同比提高5.6%", "5.6%", 5.6, PC, "d24", as_of="2024-12"),
       M(st(5,"hans"), 19, "| 144.5 | 5.6 |", "5.6", 5.6, PC, "d24", as_of="2024-12"),
       M(st(6,"hans"), 4, "同比下滑3.7%", "3.7%", -3.7, PC, "d25", as_of="2025-12", note="decline")])

group("china_steel_dec_2024", "steel", "China crude steel production, December 2024 (and December 2025)",
      "China", "monthly crude steel production (tonnes)", "2024-12",
      "76.0 Mt (text and table) vs 75.97 million tons: rounding. 6818万吨 is December 2025.",
      [M(st(1,"en"), 18, "China produced 76.0 Mt in December 2024", "76.0 Mt", 76.0e6, T, "d24", as_of="2024-12"),
       M(st(1,"en"), 21, "| China | 76.0", "76.0", 76.0e6, T, "d24", as_of="2024-12"),
       M(st(3,"en"), 5, "China's crude steel output was 75.97 million tons", "75.97 million tons", 75.97e6, T, "d24", as_of="2024-12"),
       M(st(6,"hans"), 4, "(6818万吨)", "6818万吨", 68.18e6, T, "d25", as_of="2025-12")],
      {(1,3):R,(2,3):R})

group("asia_oceania_steel_2024", "steel", "Asia and Oceania crude steel production, 2024 (worldsteel table, EN and ZH)",
      "Asia and Oceania", "crude steel production (tonnes)", "2024",
      "1,357.8 Mt in both language versions of the table.",
      [M(st(1,"en"), 7, "1,357.8", "1,357.8", 1357.8e6, T, "y", as_of="2024"),
       M(st(5,"hans"), 12, "1,357.8", "1,357.8", 1357.8e6, T, "y", as_of="2024")])

group("ws71_coverage", "steel", "Share of world crude steel production covered by the 71 reporting countries (2023)",
      "worldsteel 71 countries", "coverage of world production", "2023",
      "approximately 98% = 约占...98% (consistent).",
      [M(st(1,"en"), 15, "approximately 98% of total world crude steel production", "98%", 98.0, PC, "y", qualifier="approx", as_of="2023"),
       M(st(5,"hans"), 20, "约占全球粗钢产量的98%", "98%", 98.0, PC, "y", qualifier="approx", as_of="2023")])

# ---------------------------------------------------------------- singles
single(e(8,"en"), 3, "set a new record at 1.8 million units", "1.8 million", 1.8e6, V, note="global EV sales, November 2024 (Rho Motion)")
single(e(4,"en"), 7, "over 1.3 million units sold", "1.3 million", 1.3e6, V, qualifier="over", note="global EV sales, December 2024")
single(e(6,"hant"), 9, "全年銷量約314萬輛", "314萬輛", 3.14e6, V, qualifier="approx", note="Europe EV sales 2024 (EV-Volumes)")
single(so(4,"en"), 5, "reached an astonishing 70.87GW", "70.87GW", 70.87, GW, note="China solar installed in December 2024")
single(so(7,"en"), 9, "expanded its wind power by nearly 80 GW", "80 GW", 80.0, GW, qualifier="under", note="China wind additions 2024")
single(e(2,"hans"), 4, "2025-01-13", not_a_claim=True, kind="date")
single(e(8,"en"), 3, "on 13 December 2024", not_a_claim=True, kind="date")
single(so(7,"en"), 5, "showed on Jan. 21", not_a_claim=True, kind="date")
single(st(5,"hans"), 4, "2025年1 月24日", not_a_claim=True, kind="date")
single(so(9,"hant"), 3, "美媒2月14日稱", not_a_claim=True, kind="date")
single(e(6,"hant"), 5, "詳如圖1", not_a_claim=True, kind="figure_reference")
single(st(1,"en"), 19, "Table 2.", not_a_claim=True, kind="table_number")

emit(HERE / "gold.d" / "fresh2.toml", "corpus-fresh2")
