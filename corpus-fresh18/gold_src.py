#!/usr/bin/env python3
"""Hand annotation of corpus-fresh18, written as data; emits gold.d/fresh18.toml (then run corpus/check_gold.py --dir corpus-fresh18 --build).

Every mention carries a 'basis' tag (year / partial period / as-of date / compiler / scope, as read from the text). Pair
verdicts: explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9 .. fresh17): different sources' statements of one quantity share a basis tag; a rounded or
truncated restatement is rounding (FAO's 1.625亿吨 vs 约1.62亿吨; 87.5 million vs 0.88亿吨; 7116.17万吨 vs 'roughly 71
million tons'; 6690.29万吨 vs 66.9 MMT; 4333.71亿千瓦时 vs 4334亿 / 433.4 billion kWh; NBS 111735万平方米 vs '1.12 billion
square meters', 95376万 vs 953.8 million, 9716.1 billion vs 9.72 trillion yuan ...); two precise figures of the same
precision that disagree are conflict (WNA's 392 GWe vs businessgreen's 382GW; 2545 vs 2544 TWh for 2022; Xinhua's -7.8
percent vs Reuters' / bactf's -6.8% for January-October 2023 sales area; 7.28 trillion vs '727.9 billion yuan' of
residential investment; 925.79 million vs '92.579 million square meters'; 'RMB11.7 billion' vs 116622亿元 of sales;
sputnik's '444.7 million kilowatt-hours' vs 4447亿千瓦时; sfen's 369 GWe vs WNA's 398 GWe for 2024; 'Three' vs 'four' new
Chinese grid connections in 2024; 'about one fifth' vs 'about a quarter' of the economy); two compilers' figures for one
quantity are conflict with different_basis as alt (the NEA's 450.9 billion kWh / 4.5 percent / 140 and 370 million tonnes
vs the CNEA's 4447亿千瓦时 / 4.72% / 1.27亿吨 / 3.34亿吨 for China's 2024 nuclear generation; WNISR's 2,677 TWh vs WNA's
2,667 TWh for 2024); a later restatement of a finer figure (WNA 2025's '82% in 2023' vs 81.5%) is rounding with
different_basis as alt; partial periods (January-February, -May, -June, -July, -September, -October, -November), other
years, as-of dates (CNEA blue books of April 2023 / April 2024 / end-2024 / April 2025), other scopes (residential vs all
commercial buildings; marine vs total aquatic output; aquaculture vs all production; consumption vs production shares)
and other measures (IAEA's median capacity factor vs WNA's average) are different_basis. A bound (more than / over /
above / at least / 超过 / 近) that contains the figure is consistent. CCTV's '2022年约达1.6亿吨' (FAO's 2021 apparent
consumption) against 1.625亿吨 / 162.5 million for 2021 is different_basis with rounding as alt.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 兆 = 1e12; 千瓦 = kW (capacities in W), 千瓦时 / 度 = kWh (TWh = 1e9 kWh);
declines are negative percentages; decimal comma '87, 5 million' read as 87.5 million; iora's '4. 4%' read as 4.4%;
word numbers ('nine per cent', 'Three', 'four', 'one gigawatt', 'one fifth', 'a quarter') keyed where they are the
figure. Units: tonnes, kg (per capita per year), percent, percentage_points, USD, CNY, SGD, count, kWh, W, square_metres,
hours, years, months, points, persons.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

fi = lambda n, s: f"fish-{n:02d}-{s}.txt"
nu = lambda n, s: f"nuc-{n:02d}-{s}.txt"
pr = lambda n, s: f"prop-{n:02d}-{s}.txt"
T, KG, PC, PP, USD, CNY, CNT, KWH, W, SQM, H, YRS, PTS, P = ("tonnes", "kg", "percent", "percentage_points", "USD", "CNY",
                                                            "count", "kWh", "W", "square_metres", "hours", "years",
                                                            "points", "persons")


def I(ms, *keys):
    """1-based indexes of the mentions whose key k is in keys."""
    return tuple(i + 1 for i, m in enumerate(ms) if m.get("k") in keys)


# ============================================================ fisheries: FAO SOFIA world figures
group("fish_total_production", "fisheries", "World fisheries and aquaculture production: SOFIA 2024's 223.2 million tonnes for 2022 (five English, five Chinese as 2.232亿吨 / 億噸); SOFIA 2022's 214 million tons = 2.14亿吨 for 2020; SOFIA 2020's 179 million tonnes for 2018",
      "world", "fisheries and aquaculture production (tonnes)", "2022 / 2020 / 2018",
      "Restatements of one year agree (consistent); other years are different_basis.",
      [M(fi(1, "en"), 5, "an all-time record of 223.2 million tonnes in 2022", "223.2 million tonnes", 223.2e6, T, "y22"),
       M(fi(2, "en"), 8, "produced 223.2 million tons in 2022", "223.2 million tons", 223.2e6, T, "y22"),
       M(fi(3, "en"), 5, "surged to 223.2 million tonnes", "223.2 million tonnes", 223.2e6, T, "y22"),
       M(fi(4, "en"), 5, "peaked at 223.2 million tonnes", "223.2 million tonnes", 223.2e6, T, "y22"),
       M(fi(4, "en"), 9, "production: 223.2 million tonnes", "223.2 million tonnes", 223.2e6, T, "y22"),
       M(fi(10, "hans"), 5, "总产量激增至2.232亿吨", "2.232亿吨", 2.232e8, T, "y22"),
       M(fi(11, "hans"), 3, "产量增至2.232亿吨", "2.232亿吨", 2.232e8, T, "y22"),
       M(fi(12, "hant"), 8, "產量達 2.232 億噸", "2.232 億噸", 2.232e8, T, "y22", note="summary"),
       M(fi(12, "hant"), 11, "產量增至 2.232 億噸", "2.232 億噸", 2.232e8, T, "y22"),
       M(fi(13, "hant"), 5, "激增至2.232億噸", "2.232億噸", 2.232e8, T, "y22"),
       M(fi(5, "en"), 4, "reached a record 214 million tons", "214 million tons", 214e6, T, "y20"),
       M(fi(6, "en"), 3, "reaching 214 million tons in 2020", "214 million tons", 214e6, T, "y20"),
       M(fi(15, "hans"), 24, "总产量达2.14亿吨", "2.14亿吨", 2.14e8, T, "y20"),
       M(fi(7, "en"), 7, "an estimated 179 million tonnes in 2018", "179 million tonnes", 179e6, T, "y18", note="fish production (excludes algae)")])

group("fish_total_growth", "fisheries", "Growth of world fisheries and aquaculture production 2022 over 2020: 4.4 percent (ten statements, iora's '4. 4%')",
      "world", "growth of fisheries and aquaculture production (percent)", "2022 vs 2020",
      "Same figure restated (consistent); iora's '4. 4%' is the same 4.4% with a stray space.",
      [M(fi(1, "en"), 5, "a 4.4 percent increase from 2020", "4.4 percent", 4.4, PC, "g"),
       M(fi(2, "en"), 8, "an increase of 4.4% compared to 2020", "4.4%", 4.4, PC, "g"),
       M(fi(3, "en"), 5, "a 4.4% increase from the year 2020", "4.4%", 4.4, PC, "g"),
       M(fi(4, "en"), 5, "an increase of 4. 4% compared to 2020", "4. 4%", 4.4, PC, "g", note="stray space inside the number"),
       M(fi(10, "hans"), 5, "比2020年增长4.4%", "4.4%", 4.4, PC, "g"),
       M(fi(11, "hans"), 3, "比2020年增长4.4%", "4.4%", 4.4, PC, "g"),
       M(fi(12, "hant"), 3, "漁業產量增長 4.4%", "4.4%", 4.4, PC, "g", note="headline"),
       M(fi(12, "hant"), 8, "增長 4.4%", "4.4%", 4.4, PC, "g"),
       M(fi(12, "hant"), 11, "比 2020 年增長 4.4%", "4.4%", 4.4, PC, "g"),
       M(fi(13, "hant"), 5, "比2020年增長4.4%", "4.4%", 4.4, PC, "g")])

group("fish_aquatic_animals", "fisheries", "World production of aquatic animals: 185.4 million tonnes in 2022 (five) = 1.854亿吨; 178 million tons for 2020; projections 202 million tons for 2030 (SOFIA 2022) and 2.05亿吨 for 2032 (SOFIA 2024)",
      "world", "production of aquatic animals (tonnes)", "2022 / 2020 / 2030 / 2032",
      "Restatements of 2022 agree; 2020 and the projections are different_basis.",
      [M(fi(1, "en"), 5, "185.4 million tonnes (live weight equivalent)", "185.4 million tonnes", 185.4e6, T, "y22"),
       M(fi(2, "en"), 8, "185.4 million tons of aquatic animals", "185.4 million tons", 185.4e6, T, "y22"),
       M(fi(3, "en"), 5, "185.4 million tonnes of aquatic animals", "185.4 million tonnes", 185.4e6, T, "y22"),
       M(fi(4, "en"), 5, "185.4 million tons of aquatic animals", "185.4 million tons", 185.4e6, T, "y22"),
       M(fi(4, "en"), 10, "Aquatic animals: 185.4 million tons", "185.4 million tons", 185.4e6, T, "y22"),
       M(fi(10, "hans"), 5, "水生动物产量为1.854亿吨", "1.854亿吨", 1.854e8, T, "y22"),
       M(fi(6, "en"), 3, "178 million tons of seafood", "178 million tons", 178e6, T, "y20"),
       M(fi(5, "en"), 7, "projected to reach 202 million tons in 2030", "202 million tons", 202e6, T, "p30"),
       M(fi(11, "hans"), 7, "达到2.05亿吨", "2.05亿吨", 2.05e8, T, "p32")])

group("fish_algae", "fisheries", "World algae production: 37.8 million tonnes in 2022 (five) = 3780万吨; 36 million tons in 2020",
      "world", "algae production (tonnes)", "2022 / 2020",
      "Restatements of 2022 agree; 2020 is different_basis.",
      [M(fi(1, "en"), 5, "37.8 million tonnes (wet weight) of algae", "37.8 million tonnes", 37.8e6, T, "y22"),
       M(fi(2, "en"), 8, "37.8 million tons of algae", "37.8 million tons", 37.8e6, T, "y22"),
       M(fi(3, "en"), 5, "37.8 million tonnes of algae", "37.8 million tonnes", 37.8e6, T, "y22"),
       M(fi(4, "en"), 5, "37.8 million tons of algae", "37.8 million tons", 37.8e6, T, "y22"),
       M(fi(4, "en"), 11, "Algae: 37.8 million tons", "37.8 million tons", 37.8e6, T, "y22"),
       M(fi(10, "hans"), 5, "藻类产量为3780万吨", "3780万吨", 3780e4, T, "y22"),
       M(fi(6, "en"), 3, "36 million tons of algae", "36 million tons", 36e6, T, "y20")])

group("fish_aquaculture_total", "fisheries", "World aquaculture production (animals and algae) in 2022: 130.9 million tonnes (four) = 1.309亿吨 / 億噸 (four)",
      "world", "aquaculture production (tonnes)", "2022",
      "Same figure restated (consistent).",
      [M(fi(1, "en"), 7, "a new record of 130.9 million tonnes", "130.9 million tonnes", 130.9e6, T, "y22"),
       M(fi(2, "en"), 8, "reached 130.9 million tons", "130.9 million tons", 130.9e6, T, "y22"),
       M(fi(3, "en"), 9, "output reached 130.9 million tonnes", "130.9 million tonnes", 130.9e6, T, "y22"),
       M(fi(4, "en"), 12, "World aquaculture production: 130.9 million tonnes", "130.9 million tonnes", 130.9e6, T, "y22"),
       M(fi(10, "hans"), 8, "创纪录的1.309亿吨", "1.309亿吨", 1.309e8, T, "y22"),
       M(fi(11, "hans"), 3, "创纪录的1.309亿吨", "1.309亿吨", 1.309e8, T, "y22"),
       M(fi(12, "hant"), 11, "創紀錄的 1.309 億噸", "1.309 億噸", 1.309e8, T, "y22"),
       M(fi(13, "hant"), 9, "創紀錄的1.309億噸", "1.309億噸", 1.309e8, T, "y22")])

ms = [M(fi(1, "en"), 7, "94.4 million tonnes of aquatic animals", "94.4 million tonnes", 94.4e6, T, "y22"),
      M(fi(2, "en"), 8, "94.4 million tons were aquatic animals", "94.4 million tons", 94.4e6, T, "y22"),
      M(fi(3, "en"), 9, "94.4 million tonnes being aquatic animals", "94.4 million tonnes", 94.4e6, T, "y22"),
      M(fi(10, "hans"), 8, "水生动物养殖产量达9440万吨", "9440万吨", 9440e4, T, "y22"),
      M(fi(6, "en"), 4, "a record 87, 5 million tons", "87, 5 million tons", 87.5e6, T, "y20", k="x", note="decimal comma with a space: 87.5 million"),
      M(fi(15, "hans"), 24, "水产养殖产量达0.88亿吨", "0.88亿吨", 0.88e8, T, "y20", k="r", note="called aquaculture production; SOFIA 2022's 87.5 million tonnes of aquatic animals"),
      M(fi(7, "en"), 10, "Aquaculture production reached 82 million tonnes in 2018", "82 million tonnes", 82e6, T, "y18")]
group("fish_aquaculture_animals", "fisheries", "World aquaculture production of aquatic animals: 94.4 million tonnes in 2022 (three) = 9440万吨; 2020's '87, 5 million tons' (agriculture.vn) vs 0.88亿吨 (weihengag); 82 million tonnes in 2018",
      "world", "aquaculture production of aquatic animals (tonnes)", "2022 / 2020 / 2018",
      "2022 restatements agree; 0.88亿吨 rounds 87.5 million (rounding); other years different_basis.",
      ms, {**cross(I(ms, "x"), I(ms, "r"), R)})

group("fish_aquaculture_share", "fisheries", "Aquaculture's share: 51% of aquatic animal production in 2022 (three); 40.89% of total production in 2020 (weihengag); 46 percent of total production in 2018",
      "world", "aquaculture share of production (percent)", "2022 / 2020 / 2018",
      "2022 restatements agree; other years (and the share of total production including algae) different_basis.",
      [M(fi(2, "en"), 8, "accounting for 51% of the total aquatic animal production", "51%", 51.0, PC, "y22"),
       M(fi(3, "en"), 9, "constituting 51% of the total production", "51%", 51.0, PC, "y22"),
       M(fi(10, "hans"), 8, "占水生动物总产量的51%", "51%", 51.0, PC, "y22"),
       M(fi(15, "hans"), 24, "比重达40.89%", "40.89%", 40.89, PC, "y20"),
       M(fi(7, "en"), 11, "Aquaculture accounted for 46 percent of total production", "46 percent", 46.0, PC, "y18")])

group("fish_top10_share", "fisheries", "Share of the top ten aquaculture producers in 2022: 89.8% (three) and 'over 89.8%' (bizcommunity)",
      "world", "top-10 share of aquaculture production (percent)", "2022",
      "Same figure; the bound contains it (consistent).",
      [M(fi(2, "en"), 9, "accounting for 89.8% of total production", "89.8%", 89.8, PC, "y22"),
       M(fi(3, "en"), 13, "producing over 89.8% of the total", "89.8%", 89.8, PC, "y22", qualifier="over"),
       M(fi(10, "hans"), 11, "占水产养殖总产量的89.8%", "89.8%", 89.8, PC, "y22"),
       M(fi(13, "hant"), 11, "佔水產養殖總產量的89.8%", "89.8%", 89.8, PC, "y22")])

group("fish_capture_2022", "fisheries", "World capture fisheries production in 2022: 92.3 million tonnes (two)",
      "world", "capture fisheries production (tonnes)", "2022",
      "Same figure (consistent).",
      [M(fi(2, "en"), 11, "production in 2022 at 92.3 million tons", "92.3 million tons", 92.3e6, T, "y22"),
       M(fi(4, "en"), 13, "Global capture fisheries: 92.3 million tonnes", "92.3 million tonnes", 92.3e6, T, "y22")])

ms = [M(fi(2, "en"), 10, "consumption reached 162.5 million tons", "162.5 million tons", 162.5e6, T, "y21", k="x", note="'farmed animal consumption' for FAO's apparent consumption of aquatic animal foods"),
      M(fi(13, "hant"), 15, "全球表觀消費量為1.625億噸", "1.625億噸", 1.625e8, T, "y21", k="x"),
      M(fi(14, "hans"), 11, "飙升至约1.62亿吨", "1.62亿吨", 1.62e8, T, "y21", qualifier="approx", k="r"),
      M(fi(11, "hans"), 5, "2022年约达1.6亿吨", "1.6亿吨", 1.6e8, T, "y22t", qualifier="approx", k="t", note="CCTV attributes FAO's 2021 figure to 2022"),
      M(fi(12, "hant"), 8, "表觀消費量約 1.6 億噸", "1.6 億噸", 1.6e8, T, "y22t", qualifier="approx", k="t", note="summary; the line is about 2022"),
      M(fi(12, "hant"), 11, "2022 年約達 1.6 億噸", "1.6 億噸", 1.6e8, T, "y22t", qualifier="approx", k="t"),
      M(fi(6, "en"), 8, "more than 157 million tons", "157 million tons", 157e6, T, "y20", qualifier="over", note="used for direct human consumption"),
      M(fi(7, "en"), 8, "156 million tonnes of the overall total was used for human consumption", "156 million tonnes", 156e6, T, "y18"),
      M(fi(14, "hans"), 11, "相较于1961年的2800万吨", "2800万吨", 2800e4, T, "y61")]
group("fish_consumption_total", "fisheries", "World (apparent) consumption of aquatic animal foods: 162.5 million = 1.625億噸 vs FAO's Chinese page '约1.62亿吨' for 2021; CCTV's '2022年约达1.6亿吨' (twice more in qinca); 157 million tons (2020), 156 million tonnes (2018), 2800万吨 (1961)",
      "world", "consumption of aquatic animal foods (tonnes)", "2021 / 2022 as stated / 2020 / 2018 / 1961",
      "约1.62亿吨 truncates 1.625亿吨 (rounding). CCTV's 约1.6亿吨 for 2022 is FAO's 2021 figure under another year: different_basis as written, rounding as alt. Other years different_basis.",
      ms, {**cross(I(ms, "r"), I(ms, "x"), R), **cross(I(ms, "t"), I(ms, "x", "r"), (D, R))})

group("fish_per_capita", "fisheries", "World per-capita consumption of aquatic foods: 20.7 kg in 2022 (two), 20.2 kg in 2020 (two), 20.5 kg in 2018, 21.3公斤 projected for 2032",
      "world", "per-capita consumption of aquatic foods (kg per year)", "2022 / 2020 / 2018 / 2032",
      "Same-year statements agree; other years different_basis.",
      [M(fi(2, "en"), 10, "to 20.7 kg in 2022", "20.7 kg", 20.7, KG, "y22"),
       M(fi(13, "hant"), 15, "2022年的20.7公斤", "20.7公斤", 20.7, KG, "y22"),
       M(fi(5, "en"), 8, "about 20.2 kg (44.5 pounds) per capita in 2020", "20.2 kg", 20.2, KG, "y20", qualifier="approx"),
       M(fi(6, "en"), 7, "reaching 20.2 kg per capita", "20.2 kg", 20.2, KG, "y20"),
       M(fi(7, "en"), 8, "an estimated 20.5 kg per capita", "20.5 kg", 20.5, KG, "y18"),
       M(fi(11, "hans"), 7, "人均表观消费量将达到21.3公斤", "21.3公斤", 21.3, KG, "p32")])

group("fish_per_capita_1960s", "fisheries", "Per-capita consumption in the early years: 9.1 kg in 1961 (two) vs 9.9 kg, the 1960s average",
      "world", "per-capita consumption of aquatic foods (kg per year)", "1961 / 1960s average",
      "1961 restated (consistent); the decade average is another period (different_basis).",
      [M(fi(2, "en"), 10, "from 9.1 kg in 1961", "9.1 kg", 9.1, KG, "y61"),
       M(fi(13, "hant"), 15, "由1961年的9.1公斤", "9.1公斤", 9.1, KG, "y61"),
       M(fi(5, "en"), 8, "the average of 9.9 kg (21.8 pounds)", "9.9 kg", 9.9, KG, "d60")])

group("fish_aquaculture_value", "fisheries", "First-sale value of aquaculture production: USD 313 billion in 2022 (two) vs USD $250 billion in 2018",
      "world", "value of aquaculture production (USD)", "2022 / 2018",
      "2022 restated (consistent); 2018 different_basis.",
      [M(fi(1, "en"), 7, "valued at USD 313 billion", "USD 313 billion", 313e9, USD, "y22"),
       M(fi(4, "en"), 17, "aquaculture production: USD 313 billion", "USD 313 billion", 313e9, USD, "y22"),
       M(fi(7, "en"), 10, "with a value of USD $250 billion", "USD $250 billion", 250e9, USD, "y18")])

group("fish_firstsale_value", "fisheries", "First-sale value of all fisheries and aquaculture production: USD 472 billion (2022), about $424 billion (2020), USD $401 billion (2018)",
      "world", "first-sale value of production (USD)", "2022 / 2020 / 2018",
      "Different years (different_basis).",
      [M(fi(4, "en"), 16, "production: USD 472 billion", "USD 472 billion", 472e9, USD, "y22"),
       M(fi(5, "en"), 4, "valued at about $424 billion", "$424 billion", 424e9, USD, "y20", qualifier="approx"),
       M(fi(7, "en"), 7, "first sale value of USD $401 billion", "USD $401 billion", 401e9, USD, "y18")])

group("fish_vs_1990s", "fisheries", "2020 aquatic animal production against the 1990s average: 'over 60%' / 'more than 60%' higher (two)",
      "world", "2020 production vs 1990s average (percent)", "2020",
      "Same bound restated (consistent).",
      [M(fi(5, "en"), 6, "over 60% higher than the average in the 1990s", "60%", 60.0, PC, "y20", qualifier="over"),
       M(fi(6, "en"), 4, "more than 60% higher than the average level of the 1990s", "60%", 60.0, PC, "y20", qualifier="over")])

group("fish_asia_share", "fisheries", "Asia's share: 70 percent of aquatic animal production in 2022 (two) vs 71% of apparent consumption in 2021 and 91.6% of aquaculture (2020)",
      "Asia", "share (percent)", "2022 / 2021 / 2020",
      "Production share restated (consistent); consumption and aquaculture shares are other measures (different_basis).",
      [M(fi(1, "en"), 5, "Asian countries produced 70 percent", "70 percent", 70.0, PC, "prod22"),
       M(fi(4, "en"), 14, "Asia (70 percent)", "70 percent", 70.0, PC, "prod22"),
       M(fi(14, "hans"), 11, "亚洲的水生动物食品消费量占全球总量的比重为71%", "71%", 71.0, PC, "cons21"),
       M(fi(5, "en"), 9, "producing 91.6% of the global total", "91.6%", 91.6, PC, "aq20")])

group("fish_china_share", "fisheries", "China's share: 36 percent of world aquatic animal production in 2022 (two) vs 36% of apparent consumption in 2021 (a look-alike)",
      "China", "share of world total (percent)", "2022 / 2021",
      "Production share restated (consistent); the consumption share is another measure (different_basis).",
      [M(fi(1, "en"), 5, "China remained the major producer (36 percent)", "36 percent", 36.0, PC, "prod22"),
       M(fi(4, "en"), 15, "China (36 percent)", "36 percent", 36.0, PC, "prod22"),
       M(fi(14, "hans"), 11, "其中中国一国就占36%", "36%", 36.0, PC, "cons21")])

group("fish_europe_share", "fisheries", "Europe's share: 9 percent of aquatic animal production in 2022 (two) vs 10% of consumption in 2021",
      "Europe", "share of world total (percent)", "2022 / 2021",
      "Production share restated (consistent); consumption share different_basis.",
      [M(fi(1, "en"), 5, "Europe and Latin America and the Caribbean (9 percent each)", "9 percent", 9.0, PC, "prod22"),
       M(fi(4, "en"), 14, "Europe (9 percent)", "9 percent", 9.0, PC, "prod22"),
       M(fi(14, "hans"), 11, "欧洲(10%)", "10%", 10.0, PC, "cons21")])

group("fish_africa_share", "fisheries", "Africa's share: 7 percent of aquatic animal production in 2022 (two) vs 8% of consumption in 2021",
      "Africa", "share of world total (percent)", "2022 / 2021",
      "Production share restated (consistent); consumption share different_basis.",
      [M(fi(1, "en"), 5, "Africa (7 percent)", "7 percent", 7.0, PC, "prod22"),
       M(fi(4, "en"), 14, "Africa (7 percent)", "7 percent", 7.0, PC, "prod22"),
       M(fi(14, "hans"), 11, "非洲(8%)", "8%", 8.0, PC, "cons21")])

group("fish_india_share", "fisheries", "India's share of aquatic animal production in 2022: 8 percent (two)",
      "India", "share of world production (percent)", "2022",
      "Same figure (consistent).",
      [M(fi(1, "en"), 5, "India (8 percent)", "8 percent", 8.0, PC, "prod22"),
       M(fi(4, "en"), 15, "India (8 percent)", "8 percent", 8.0, PC, "prod22")])

group("fish_protein_animal", "fisheries", "Aquatic foods' share of animal protein: 15% (SOFIA 2024, two) vs about 17% (SOFIA 2022, two)",
      "world", "share of animal protein supplied by aquatic foods (percent)", "SOFIA 2024 / SOFIA 2022",
      "Same edition agrees; the two editions are different_basis.",
      [M(fi(2, "en"), 10, "provide 15% of the world's high-quality animal protein", "15%", 15.0, PC, "s24"),
       M(fi(13, "hant"), 17, "佔比分別為15%", "15%", 15.0, PC, "s24"),
       M(fi(5, "en"), 5, "about 17% of global animal protein", "17%", 17.0, PC, "s22", qualifier="approx"),
       M(fi(6, "en"), 8, "about 17% of animal protein", "17%", 17.0, PC, "s22", qualifier="approx")])

group("fish_protein_total", "fisheries", "Aquatic foods' share of all protein: 6% (two)",
      "world", "share of total protein (percent)", "SOFIA 2024",
      "Same figure (consistent).",
      [M(fi(2, "en"), 10, "6% of total protein", "6%", 6.0, PC, "s24"),
       M(fi(13, "hant"), 17, "15%和6%", "6%", 6.0, PC, "s24")])

group("fish_direct_use_share", "fisheries", "Share used directly for food: 89% of aquaculture products (jircas, 2022) vs 89% of aquatic animal production (agriculture.vn, 2020)",
      "world", "share used for direct human consumption (percent)", "2022 / 2020",
      "Same value, different scope and year (different_basis).",
      [M(fi(2, "en"), 10, "89% of all aquaculture products are consumed directly", "89%", 89.0, PC, "aq22"),
       M(fi(6, "en"), 8, "equivalent to 89% of aquatic animal production", "89%", 89.0, PC, "all20")])

group("fish_employment", "fisheries", "Employment in the primary sector: 6180萬人 in 2022 vs 6280萬人 in 2020",
      "world", "employment in fisheries and aquaculture (persons)", "2022 / 2020",
      "Different years (different_basis).",
      [M(fi(13, "hant"), 21, "估計為6180萬人", "6180萬人", 6180e4, P, "y22"),
       M(fi(13, "hant"), 21, "2020年的6280萬人", "6280萬人", 6280e4, P, "y20")])

# ============================================================ fisheries: China
ms = [M(fi(16, "hans"), 8, "全国水产品总产量7116.17万吨", "7116.17万吨", 7116.17e4, T, "y23", k="x"),
      M(fi(9, "en"), 5, "roughly 71 million tons in 2023", "71 million tons", 71e6, T, "y23", qualifier="approx", k="r"),
      M(fi(17, "hans"), 20, "全国水产品总产量6690.29万吨", "6690.29万吨", 6690.29e4, T, "y21", k="x21"),
      M(fi(8, "en"), 7, "up from the 66.9 MMT in 2021", "66.9 MMT", 66.9e6, T, "y21", k="r21"),
      M(fi(8, "en"), 7, "expected to reach 67.5 million metric tons (MMT)", "67.5 million metric tons", 67.5e6, T, "f22", note="USDA estimate for 2022"),
      M(fi(9, "en"), 5, "from 4.5 million metric tons in 1980", "4.5 million metric tons", 4.5e6, T, "y80"),
      M(fi(18, "en"), 11, "total seafood output of 64.6 million tons in 2021", "64.6 million tons", 64.6e6, T, "y21", k="c21", note="BeeData (农小蜂) study"),
      M(fi(18, "en"), 11, "the 56.03 million tons it produced in 2011", "56.03 million tons", 56.03e6, T, "y11")]
group("fish_china_output", "fisheries", "China's total aquatic products output: 7116.17万吨 in 2023 vs statista's 'roughly 71 million tons'; 2021 6690.29万吨 (MARA bulletin) vs USDA's 66.9 MMT vs BeeData's 64.6 million tons (seafoodsource); USDA's 67.5 MMT expected for 2022; 4.5 million metric tons in 1980; 56.03 million tons in 2011",
      "China", "aquatic products output (tonnes)", "2023 / 2021 / 2022 estimate / 1980 / 2011",
      "71 million rounds 7116.17万 and 66.9 MMT rounds 6690.29万 (rounding). BeeData's 64.6 million tons 'total seafood output' for 2021 disagrees with both (conflict; different_basis as alt: a consultancy's own series). Other years and the estimate different_basis.",
      ms, {**cross(I(ms, "x"), I(ms, "r"), R), **cross(I(ms, "x21"), I(ms, "r21"), R), **cross(I(ms, "c21"), I(ms, "x21", "r21"), (C, D))})

group("fish_china_growth", "fisheries", "Growth of China's aquatic output: total +3.64% in 2023 vs marine output +3.64% (a look-alike of another scope); 2021 total +2.16% (MARA bulletin) vs BeeData's 'contraction of 1.3 percent'",
      "China", "growth of aquatic output (percent)", "2023 / 2021",
      "2021: +2.16% vs -1.3 percent disagree (conflict; different_basis as alt: a consultancy's own series). Other scope or year different_basis.",
      [M(fi(16, "hans"), 8, "7116.17万吨,同比增长3.64%", "3.64%", 3.64, PC, "tot23"),
       M(fi(16, "hans"), 8, "3585.32万吨,同比增长3.64%", "3.64%", 3.64, PC, "mar23"),
       M(fi(17, "hans"), 20, "比上年增长2.16%", "2.16%", 2.16, PC, "tot21"),
       M(fi(18, "en"), 11, "a contraction of 1.3 percent from 2020", "1.3 percent", -1.3, PC, "tot21", note="BeeData (农小蜂) study")],
      {(3, 4): (C, D)})

group("fish_china_aquaculture", "fisheries", "China's aquaculture output: 5394.41万吨 in 2021 (+3.26%) vs USDA's 54.6 MMT expected for 2022 (+1.2 percent)",
      "China", "aquaculture output (tonnes, percent)", "2021 / 2022 estimate",
      "Different years (different_basis).",
      [M(fi(17, "hans"), 20, "养殖产量5394.41万吨", "5394.41万吨", 5394.41e4, T, "y21"),
       M(fi(8, "en"), 7, "to reach 54.6 MMT in 2022", "54.6 MMT", 54.6e6, T, "f22")])

group("fish_china_aquaculture_growth", "fisheries", "Growth of China's aquaculture output: +3.26% in 2021 vs USDA's expected +1.2 percent for 2022",
      "China", "growth of aquaculture output (percent)", "2021 / 2022 estimate",
      "Different years (different_basis).",
      [M(fi(17, "hans"), 20, "同比增长3.26%", "3.26%", 3.26, PC, "y21"),
       M(fi(8, "en"), 7, "expected to increase 1.2 percent", "1.2 percent", 1.2, PC, "f22")])

group("fish_china_capture", "fisheries", "China's wild catch: 13 MMT in 2021 and 12.9 MMT expected for 2022 (USDA); 13 million metric tons in 2020 and the target below 10 million by 2025 (statista); 'around 13 to 15 million tons'",
      "China", "capture production (tonnes)", "2021 / 2022 estimate / 2020 / 2025 target / long-run range",
      "Different years or a target (different_basis).",
      [M(fi(8, "en"), 7, "from the 13 MMT in 2021", "13 MMT", 13e6, T, "y21"),
       M(fi(8, "en"), 7, "decline slightly to 12.9 MMT", "12.9 MMT", 12.9e6, T, "f22"),
       M(fi(9, "en"), 5, "from 13 million metric tons in 2020", "13 million metric tons", 13e6, T, "y20"),
       M(fi(9, "en"), 5, "below 10 million metric tons until 2025", "10 million metric tons", 10e6, T, "t25", qualifier="under"),
       M(fi(9, "en"), 5, "at around 13 to 15 million tons", "13 to 15 million tons", [13e6, 15e6], T, "range", qualifier="approx")])

group("fish_china_distant_water", "fisheries", "China's distant-water catch: the cap 'around 2.3 million metric tons' = '230万吨左右' vs 232.23万吨 caught in 2023 and 236.20万吨 forecast for 2024",
      "China", "distant-water fisheries output (tonnes)", "target / 2023 / 2024 forecast",
      "The target restated (consistent); outcome and forecast different_basis.",
      [M(fi(9, "en"), 5, "around 2.3 million metric tons annually", "2.3 million metric tons", 2.3e6, T, "cap", qualifier="approx"),
       M(fi(16, "hans"), 11, "总产量控制在230万吨左右", "230万吨", 230e4, T, "cap", qualifier="approx"),
       M(fi(16, "hans"), 11, "2023年全国远洋渔业产量232.23万吨", "232.23万吨", 232.23e4, T, "y23"),
       M(fi(16, "hans"), 11, "将达到236.20万吨", "236.20万吨", 236.20e4, T, "f24")])

# ============================================================ nuclear: world (IAEA, WNA, WNISR)
ms = [M(nu(2, "en"), 7, "supplied more than 2600 TWh", "2600 TWh", 2600e9, KWH, "y23", qualifier="over", k="b"),
      M(nu(3, "en"), 3, "over 2,600 terawatt hours in 2023", "2,600 terawatt hours", 2600e9, KWH, "y23", qualifier="over", k="b"),
      M(nu(4, "en"), 3, "generation rose to 2602 TWh", "2602 TWh", 2602e9, KWH, "y23", k="x"),
      M(nu(4, "en"), 4, "generation to 2602 TWh in 2023", "2602 TWh", 2602e9, KWH, "y23", k="x"),
      M(nu(4, "en"), 3, "up from 2544 TWh in 2022", "2544 TWh", 2544e9, KWH, "y22", k="a"),
      M(nu(4, "en"), 4, "up from 2544 TWh in 2022", "2544 TWh", 2544e9, KWH, "y22", k="a"),
      M(nu(5, "en"), 7, "nuclear energy was 2545 TWh", "2545 TWh", 2545e9, KWH, "y22", k="c"),
      M(nu(6, "en"), 4, "A record 2667 TWh of electricity", "2667 TWh", 2667e9, KWH, "y24", k="w"),
      M(nu(21, "en"), 5, "totalling 2,667 TWh", "2,667 TWh", 2667e9, KWH, "y24", k="w", note="headline"),
      M(nu(21, "en"), 16, "generated 2,667 TWh of electricity in 2024", "2,667 TWh", 2667e9, KWH, "y24", k="w"),
      M(nu(22, "en"), 3, "a Historic Record of 2,667 TWh in 2024", "2,667 TWh", 2667e9, KWH, "y24", k="w", note="headline"),
      M(nu(22, "en"), 5, "electricity generation with 2,667 TWh", "2,667 TWh", 2667e9, KWH, "y24", k="w"),
      M(nu(22, "en"), 7, "a new record in 2024: 2,667 TWh", "2,667 TWh", 2667e9, KWH, "y24", k="w"),
      M(nu(19, "hant"), 5, "去年創下2.677兆度", "2.677兆度", 2.677e12, KWH, "y24", k="s", note="WNISR"),
      M(nu(19, "hant"), 5, "（2,677 TWh）", "2,677 TWh", 2677e9, KWH, "y24", k="s", note="WNISR"),
      M(nu(6, "en"), 4, "the previous record of 2660 TWh", "2660 TWh", 2660e9, KWH, "y06"),
      M(nu(21, "en"), 16, "previous record of 2,660 TWh in 2006", "2,660 TWh", 2660e9, KWH, "y06"),
      M(nu(22, "en"), 7, "the previous high of 2,660 TWh", "2,660 TWh", 2660e9, KWH, "y06")]
group("nuc_world_generation", "nuclear", "World nuclear generation: 2023 'more than 2600 TWh' / 'over 2,600' and 2602 TWh (twice); 2022 2544 TWh (twice) vs 2545 TWh (WNA 2023 report); 2024 2,667 TWh (six, WNA) vs WNISR's 2.677兆度 = 2,677 TWh; the 2006 record 2,660 TWh (three)",
      "world", "nuclear electricity generation (kWh)", "2022 / 2023 / 2024 / 2006",
      "Bounds contain 2602 (consistent). 2544 vs 2545 TWh disagree at the same precision (conflict, rounding as alt: two WNA reports). WNISR's 2,677 TWh vs WNA's 2,667 TWh for 2024: two compilers disagree (conflict, different_basis as alt). Other years different_basis.",
      ms, {**cross(I(ms, "b"), I(ms, "x"), K), **cross(I(ms, "a"), I(ms, "c"), (C, R)), **cross(I(ms, "w"), I(ms, "s"), (C, D))})

group("nuc_world_generation_change", "nuclear", "Change in world nuclear generation: +58 TWh in 2023 (two) vs +66 TWh in 2024",
      "world", "change in nuclear generation (kWh)", "2023 / 2024",
      "2023 restated (consistent); 2024 different_basis.",
      [M(nu(2, "en"), 7, "up 58 TWh from 2022", "58 TWh", 58e9, KWH, "y23"),
       M(nu(3, "en"), 7, "increased by 58 terawatt house (TWh)", "58 terawatt house", 58e9, KWH, "y23", note="'house' for hours"),
       M(nu(6, "en"), 5, "an increase of 66 TWh", "66 TWh", 66e9, KWH, "y24")])

group("nuc_generation_growth_pct", "nuclear", "Growth of world nuclear generation in percent: IAEA +2.6 per cent in 2023 vs WNA -4.2% in 2022",
      "world", "growth of nuclear generation (percent)", "2023 / 2022",
      "Different years (different_basis).",
      [M(nu(1, "en"), 4, "rose by 2.6 per cent last year", "2.6 per cent", 2.6, PC, "y23"),
       M(nu(5, "en"), 7, "down 4.2% on the previous year", "4.2%", -4.2, PC, "y22")])

group("nuc_france_extra", "nuclear", "Additional French generation: 42 TWh in 2023 vs 40 TWh in 2024",
      "France", "additional nuclear generation (kWh)", "2023 / 2024",
      "Different years (different_basis).",
      [M(nu(2, "en"), 7, "contributing an additional 42 TWh", "42 TWh", 42e9, KWH, "y23"),
       M(nu(6, "en"), 5, "an additional 40 TWh of generation in France", "40 TWh", 40e9, KWH, "y24")])

group("nuc_world_share", "nuclear", "Nuclear share of world electricity: WNA 9% for 2023 (three, one as 'nine per cent') vs IAEA 'almost 10 percent' (2023), 'around 10%' (2022) and WNISR's 9% (2024)",
      "world", "nuclear share of world electricity (percent)", "2023 / 2022 / 2024",
      "WNA's 2023 share restated (consistent); IAEA's figure is another compiler's (different_basis); other years different_basis.",
      [M(nu(2, "en"), 7, "generating 9% of the world's electricity", "9%", 9.0, PC, "y23"),
       M(nu(3, "en"), 11, "provided nine per cent", "nine per cent", 9.0, PC, "y23", note="word number"),
       M(nu(4, "en"), 3, "now representing 9% of the world’s electricity", "9%", 9.0, PC, "y23"),
       M(nu(4, "en"), 4, "now accounts for 9% of the world’s electricity", "9%", 9.0, PC, "y23"),
       M(nu(1, "en"), 4, "almost 10 percent of the world’s electricity", "10 percent", 10.0, PC, "y23i", qualifier="under"),
       M(nu(5, "en"), 7, "around 10% of the world’s electricity", "10%", 10.0, PC, "y22", qualifier="approx"),
       M(nu(19, "hant"), 11, "恐自去年的9%", "9%", 9.0, PC, "y24w")])

ms = [M(nu(2, "en"), 9, "reaching 81.5% in 2023", "81.5%", 81.5, PC, "y23", k="x"),
      M(nu(3, "en"), 9, "reach 81.5 per cent overall in 2023", "81.5 per cent", 81.5, PC, "y23", k="x"),
      M(nu(4, "en"), 3, "reaching 81.5% in 2023", "81.5%", 81.5, PC, "y23", k="x"),
      M(nu(4, "en"), 4, "reaching 81.5% in 2023", "81.5%", 81.5, PC, "y23", k="x"),
      M(nu(6, "en"), 8, "up from 82% in 2023", "82%", 82.0, PC, "y23", k="r", note="WNA 2025 report, 410 generating reactors"),
      M(nu(22, "en"), 15, "compared to 82% in 2023", "82%", 82.0, PC, "y23", k="r"),
      M(nu(6, "en"), 8, "in 2024 was 83%", "83%", 83.0, PC, "y24"),
      M(nu(22, "en"), 15, "stood at 83%", "83%", 83.0, PC, "y24"),
      M(nu(1, "en"), 5, "median capacity factor of 88 per cent", "88 per cent", 88.0, PC, "med23", note="IAEA median, not average")]
group("nuc_capacity_factor", "nuclear", "Average capacity factor of the world fleet: 81.5% in 2023 (four, WNA 2024) vs '82% in 2023' (WNA 2025 report, two); 83% in 2024 (two); IAEA's median 88 per cent for 2023",
      "world", "capacity factor (percent)", "2023 / 2024",
      "82% rounds 81.5% (rounding; different_basis as alt: the 2025 report's restatement over generating reactors). 2024 different_basis; IAEA's median is another measure (different_basis).",
      ms, {**cross(I(ms, "r"), I(ms, "x"), (R, D))})

group("nuc_capacity_factor_change", "nuclear", "Change of the average capacity factor in 2023: +1% (three) = 'one per cent'",
      "world", "change of capacity factor (percent)", "2023",
      "Same figure (consistent).",
      [M(nu(2, "en"), 9, "increased by 1%, reaching", "1%", 1.0, PC, "y23"),
       M(nu(3, "en"), 9, "increased by one per cent", "one per cent", 1.0, PC, "y23", note="word number"),
       M(nu(4, "en"), 3, "saw a 1% increase", "1%", 1.0, PC, "y23"),
       M(nu(4, "en"), 4, "increased by 1%, reaching", "1%", 1.0, PC, "y23")])

group("nuc_cf_over80", "nuclear", "Capacity factors over 80% (two statements)",
      "world", "capacity factor floor (percent)", "past 20 years",
      "Same bound (consistent).",
      [M(nu(2, "en"), 9, "over 80% capacity factors", "80%", 80.0, PC, "x", qualifier="over"),
       M(nu(4, "en"), 5, "capacity factors above 80%", "80%", 80.0, PC, "x", qualifier="over")])

group("nuc_cf_years", "nuclear", "Period of capacity factors above 80%: 'the past 20 years' vs 'over 20 years'",
      "world", "years", "to 2023",
      "The bound contains the figure (consistent).",
      [M(nu(2, "en"), 9, "for the past 20 years", "20 years", 20.0, YRS, "x"),
       M(nu(4, "en"), 5, "For over 20 years", "20 years", 20.0, YRS, "x", qualifier="over")])

ms = [M(nu(2, "en"), 7, "to 392 GWe", "392 GWe", 392e9, W, "y23", k="a"),
      M(nu(3, "en"), 7, "global capacity to 382GW", "382GW", 382e9, W, "y23", k="b"),
      M(nu(6, "en"), 7, "total capacity of 398 GWe", "398 GWe", 398e9, W, "y24", k="c"),
      M(nu(22, "en"), 11, "A total capacity of 369 GWe", "369 GWe", 369e9, W, "y24", k="d", note="heading"),
      M(nu(22, "en"), 13, "an installed capacity of 369 GWe", "369 GWe", 369e9, W, "y24", k="d"),
      M(nu(21, "en"), 22, "net generating capacity of 376 GW", "376 GW", 376e9, W, "y25i", note="IAEA, 2025")]
group("nuc_world_capacity", "nuclear", "World nuclear capacity: WNA 392 GWe for 2023 vs businessgreen's 382GW; WNA 398 GWe at end-2024 vs sfen's 369 GWe (twice); IAEA's 376 GW net in 2025",
      "world", "operable nuclear capacity (W)", "2023 / 2024 / 2025",
      "382 vs 392 and 369 vs 398 GWe disagree (conflict). IAEA's 2025 net capacity is another compiler and date (different_basis).",
      ms, {**cross(I(ms, "a"), I(ms, "b"), C), **cross(I(ms, "c"), I(ms, "d"), C)})

ms = [M(nu(2, "en"), 7, "a 1 GWe drop", "1 GWe", -1e9, W, "y23"),
      M(nu(3, "en"), 7, "a 1GW drop", "1GW", -1e9, W, "y23"),
      M(nu(6, "en"), 7, "up 6 GWe on 2023", "6 GWe", 6e9, W, "y24", k="a"),
      M(nu(22, "en"), 13, "one gigawatt more than in 2023", "one gigawatt", 1e9, W, "y24", k="b", note="word number")]
group("nuc_world_capacity_change", "nuclear", "Change in world capacity: -1 GWe in 2023 (two); 2024 +6 GWe (WNA) vs 'one gigawatt more' (sfen)",
      "world", "change in nuclear capacity (W)", "2023 / 2024",
      "2023 restated (consistent); 2024's +6 vs +1 GW disagree (conflict); years different_basis.",
      ms, {**cross(I(ms, "a"), I(ms, "b"), C)})

group("nuc_world_reactors", "nuclear", "Number of reactors: WNA 439 (2023) and 440 operable (end-2024, twice) and 439 (mid-2025); operating reactors 416 (IAEA, three statements) vs WNISR 408 (two); 410 that generated in 2024; 448 in 2019",
      "world", "number of power reactors (count)", "2023 / 2024 / 2025 / 2019",
      "Same compiler and date agree (consistent); other dates and other definitions (operable vs operating vs WNISR's) are different_basis.",
      [M(nu(3, "en"), 11, "the world's 439 nuclear reactors", "439", 439.0, CNT, "wna23"),
       M(nu(6, "en"), 7, "the 440 operable nuclear reactors", "440", 440.0, CNT, "wna24"),
       M(nu(22, "en"), 13, "reached 440 units in service", "440", 440.0, CNT, "wna24"),
       M(nu(20, "hant"), 10, "全球共計達439座", "439座", 439.0, CNT, "wna25"),
       M(nu(20, "hant"), 10, "運轉中反應爐(416座)", "416座", 416.0, CNT, "op25"),
       M(nu(20, "hant"), 11, "共計達416座", "416座", 416.0, CNT, "op25"),
       M(nu(21, "en"), 22, "416 nuclear power reactors are operating", "416", 416.0, CNT, "op25"),
       M(nu(20, "hant"), 8, "反應爐總數為408座", "408座", 408.0, CNT, "wnisr25"),
       M(nu(20, "hant"), 11, "WNISR-2025統計值(408座)", "408座", 408.0, CNT, "wnisr25"),
       M(nu(6, "en"), 8, "the 410 reactors that generated electricity in 2024", "410", 410.0, CNT, "gen24"),
       M(nu(22, "en"), 13, "(448 reactors)", "448", 448.0, CNT, "y19")])

group("nuc_world_under_construction", "nuclear", "Reactors under construction worldwide: 64 (WNA, August 2024) vs 70 (WNA, 2025)",
      "world", "reactors under construction (count)", "2024 / 2025",
      "Different dates (different_basis).",
      [M(nu(3, "en"), 15, "of 64 nuclear reactors currently under construction", "64", 64.0, CNT, "a24"),
       M(nu(21, "en"), 26, "currently 70 reactors under construction", "70", 70.0, CNT, "a25")])

group("nuc_china_grid_2024", "nuclear", "Chinese reactors connected to the grid in 2024: 'four in China' (WNA preface) vs 'Three of these were located in China' (energyinst)",
      "China", "grid connections (count)", "2024",
      "The two texts disagree on the same report's figure (conflict).",
      [M(nu(6, "en"), 6, "four in China", "four", 4.0, CNT, "y24", note="word number"),
       M(nu(21, "en"), 18, "Three of these were located in China", "Three", 3.0, CNT, "y24", note="word number")],
      {(1, 2): C})

group("nuc_world_co2", "nuclear", "CO2 avoided by nuclear in 2023: 2.1 billion tonnes (two)",
      "world", "CO2 emissions avoided (tonnes)", "2023",
      "Same figure (consistent).",
      [M(nu(2, "en"), 10, "avoid 2.1 billion tonnes", "2.1 billion tonnes", 2.1e9, T, "y23"),
       M(nu(3, "en"), 11, "avoid 2.1 billion tonnes of CO2", "2.1 billion tonnes", 2.1e9, T, "y23")])

group("nuc_countries", "nuclear", "Countries with operating nuclear plants in mid-2025: 31 (WNISR) = 31 (IAEA)",
      "world", "countries with operating reactors (count)", "2025",
      "Same figure (consistent).",
      [M(nu(20, "hant"), 7, "全球共有31個國家", "31個", 31.0, CNT, "y25"),
       M(nu(21, "en"), 22, "operating in 31 countries", "31", 31.0, CNT, "y25")])

group("nuc_wnisr_44", "nuclear", "WNISR 2025: 44 more reactors needed to 2030 vs 44 of 45 construction starts built by Chinese or Russian firms (a look-alike in one text)",
      "world", "reactors (count)", "to 2030 / 2020-2025",
      "Same value, different quantities (different_basis).",
      [M(nu(19, "hant"), 5, "再啟動44座", "44座", 44.0, CNT, "need30"),
       M(nu(19, "hant"), 7, "44座是由中國或俄羅斯國營企業", "44座", 44.0, CNT, "starts")])

# ============================================================ nuclear: China (CNEA blue books, NEA, approvals)
group("nuc_china_uc_count", "nuclear", "Chinese units under construction: 24 (April 2023, two), 26 (April 2024 / end-2023, four incl. CGTN's 'construction of 26 new'), 28 (end-2024 / April 2025, four); WNA's '30 in China alone' (August 2024)",
      "China", "nuclear units under construction (count)", "2023 / 2024 / 2025",
      "Same blue book agrees; other dates different_basis; WNA's 30 is another compiler at a later date (different_basis, conflict as alt against the CNEA's 26).",
      [M(nu(12, "hant"), 12, "中國在建核電機組24台", "24台", 24.0, CNT, "a23"),
       M(nu(7, "en"), 9, "has 24 nuclear power units under construction", "24", 24.0, CNT, "a23"),
       M(nu(13, "hant"), 3, "我國在建核電機組26臺", "26臺", 26.0, CNT, "a24"),
       M(nu(13, "hant"), 4, "我國在建核電機組26臺", "26臺", 26.0, CNT, "a24"),
       M(nu(14, "hans"), 5, "在建核电机组26台", "26台", 26.0, CNT, "a24", note="'截至2023年底'"),
       M(nu(8, "en"), 3, "construction of 26 new nuclear power units", "26", 26.0, CNT, "a24", note="'new' for units under construction"),
       M(nu(15, "hans"), 4, "在建核电机组28台", "28台", 28.0, CNT, "a25", note="end-2024"),
       M(nu(16, "hant"), 3, "在建核電機組共28台", "28台", 28.0, CNT, "a25"),
       M(nu(9, "en"), 8, "China has 28 nuclear power units under construction", "28", 28.0, CNT, "a25"),
       M(nu(9, "en"), 13, "China has 28 nuclear power units under construction", "28", 28.0, CNT, "a25"),
       M(nu(3, "en"), 15, "with 30 in China alone", "30", 30.0, CNT, "wna24")],
      {**cross((3, 4, 5, 6), (11,), (D, C))})

ms = [M(nu(12, "hant"), 12, "總裝機容量2681萬千瓦", "2681萬千瓦", 2.681e10, W, "a23"),
      M(nu(7, "en"), 9, "26.81 million kilowatts", "26.81 million kilowatts", 2.681e10, W, "a23"),
      M(nu(13, "hant"), 4, "總裝機容量3030萬千瓦", "3030萬千瓦", 3.03e10, W, "a24"),
      M(nu(14, "hans"), 5, "总装机容量3030万千瓦", "3030万千瓦", 3.03e10, W, "a24"),
      M(nu(8, "en"), 3, "an impressive 30.3 million kilowatts", "30.3 million kilowatts", 3.03e10, W, "a24"),
      M(nu(15, "hans"), 4, "总装机容量3370万千瓦", "3370万千瓦", 3.37e10, W, "e24", k="e"),
      M(nu(16, "hant"), 3, "總裝機容量達到3365萬千瓦", "3365萬千瓦", 3.365e10, W, "a25", k="n"),
      M(nu(9, "en"), 8, "a total capacity of 33.65 million kilowatts", "33.65 million kilowatts", 3.365e10, W, "a25", k="n"),
      M(nu(9, "en"), 13, "a total capacity of 33.65 million kilowatts", "33.65 million kilowatts", 3.365e10, W, "a25", k="n")]
group("nuc_china_uc_capacity", "nuclear", "Capacity of Chinese units under construction: 2681萬 = 26.81 million kW (2023); 3030万 (two) = 30.3 million kW (2024); 3370万千瓦 at end-2024 (myship) vs 3365萬 = 33.65 million kW (April 2025, three)",
      "China", "capacity under construction (W)", "2023 / 2024 / end-2024 / April 2025",
      "Same blue book agrees. myship's 3370万 'at end-2024' vs 3365万 'at present' in reports of the same blue book on the same day, for the same 28 units: conflict, with different_basis as alt (two as-of dates). Other dates different_basis.",
      ms, {**cross(I(ms, "e"), I(ms, "n"), (C, D))})

group("nuc_china_commercial_units", "nuclear", "Chinese commercial units: 54 (April 2023, two), 55 (end-2023, two), 56 (August 2024), 57 (end-2024), 58 (April 2025, two)",
      "China", "nuclear units in commercial operation (count)", "2023 / 2024 / 2025",
      "Same date agrees; dates differ (different_basis).",
      [M(nu(12, "hant"), 14, "商運核電機組54台", "54台", 54.0, CNT, "a23"),
       M(nu(7, "en"), 15, "54 commercial nuclear power units", "54", 54.0, CNT, "a23"),
       M(nu(14, "hans"), 4, "数量达到55台", "55台", 55.0, CNT, "e23"),
       M(nu(8, "en"), 4, "there are 55 commercial nuclear power units", "55", 55.0, CNT, "e23"),
       M(nu(11, "en"), 5, "56 reactors currently in operation", "56", 56.0, CNT, "m24"),
       M(nu(15, "hans"), 4, "商运核电机组57台", "57台", 57.0, CNT, "e24"),
       M(nu(16, "hant"), 3, "商運核電機組達到58台", "58台", 58.0, CNT, "a25"),
       M(nu(9, "en"), 14, "China has 58 nuclear power units in commercial operation", "58", 58.0, CNT, "a25")])

group("nuc_china_commercial_capacity", "nuclear", "Capacity of Chinese commercial units: 5682萬 = 56.82 million kW (2023); 5703万 (end-2023); 5976万 (end-2024); 6096萬 = 60.96 million (April 2025)",
      "China", "commercial nuclear capacity (W)", "2023 / end-2023 / end-2024 / 2025",
      "Same date agrees; dates differ (different_basis).",
      [M(nu(12, "hant"), 14, "總裝機容量5682萬千瓦", "5682萬千瓦", 5.682e10, W, "a23"),
       M(nu(7, "en"), 15, "56.82 million kWs", "56.82 million kWs", 5.682e10, W, "a23"),
       M(nu(14, "hans"), 4, "额定装机容量5703万千瓦", "5703万千瓦", 5.703e10, W, "e23"),
       M(nu(15, "hans"), 4, "总装机容量5976万千瓦", "5976万千瓦", 5.976e10, W, "e24"),
       M(nu(16, "hant"), 3, "總裝機容量達6096萬千瓦", "6096萬千瓦", 6.096e10, W, "a25"),
       M(nu(9, "en"), 14, "total installed capacity of 60.96 million", "60.96 million", 6.096e10, W, "a25", note="cut before 'kilowatts'")])

group("nuc_china_total_scale", "nuclear", "China's nuclear scale: 113 million kilowatts in operation, under construction and approved (CNEA) vs 'exceeded 120 million kilowatts' in operation and under construction (NEA)",
      "China", "nuclear capacity in operation and under construction (W)", "2025",
      "Different scopes and compilers (different_basis).",
      [M(nu(9, "en"), 12, "113 million kilowatts", "113 million kilowatts", 1.13e11, W, "cnea"),
       M(nu(10, "en"), 5, "exceeded 120 million kilowatts", "120 million kilowatts", 1.2e11, W, "nea", qualifier="over")])

ms = [M(nu(13, "hant"), 5, "2023年達到4333.71億千瓦時", "4333.71億千瓦時", 4333.71e8, KWH, "y23", k="x"),
      M(nu(14, "hans"), 4, "核电发电量4334亿千瓦时", "4334亿千瓦时", 4334e8, KWH, "y23", k="r"),
      M(nu(8, "en"), 5, "approximately 433.4 billion kilowatt-hours in 2023", "433.4 billion kilowatt-hours", 433.4e9, KWH, "y23", qualifier="approx", k="r"),
      M(nu(12, "hant"), 16, "發電量為4177.8億度", "4177.8億度", 4177.8e8, KWH, "y22"),
      M(nu(15, "hans"), 4, "核电累计发电量4447亿千瓦时", "4447亿千瓦时", 4447e8, KWH, "y24", k="c"),
      M(nu(16, "hant"), 5, "累計發電量達到4447億千瓦時", "4447億千瓦時", 4447e8, KWH, "y24", k="c"),
      M(nu(9, "en"), 8, "reached 444.7 million kilowatt-hours", "444.7 million kilowatt-hours", 444.7e6, KWH, "y24", k="s", note="million for billion"),
      M(nu(10, "en"), 9, "reached 450.9 billion kilowatt-hours", "450.9 billion kilowatt-hours", 450.9e9, KWH, "y24", k="n", note="NEA")]
group("nuc_china_generation", "nuclear", "China's nuclear generation: 2023 4333.71億千瓦時 vs 4334亿 / 'approximately 433.4 billion kWh'; 2022 4177.8億度; 2024 CNEA 4447亿 (two) vs sputnik's '444.7 million kilowatt-hours' vs the NEA's 450.9 billion kWh",
      "China", "nuclear electricity generation (kWh)", "2023 / 2022 / 2024",
      "4334亿 and 433.4 billion round 4333.71亿 (rounding). Sputnik's 444.7 million is a thousandfold off (conflict). The NEA's 450.9 billion vs the CNEA's 4447亿: two compilers disagree (conflict, different_basis as alt). Other years different_basis.",
      ms, {**cross(I(ms, "r"), I(ms, "x"), R), **cross(I(ms, "s"), I(ms, "c", "n"), C), **cross(I(ms, "n"), I(ms, "c"), (C, D))})

ms = [M(nu(14, "hans"), 4, "占全国累计发电量的4.86%", "4.86%", 4.86, PC, "y23"),
      M(nu(15, "hans"), 4, "占全国累计发电量的4.72%", "4.72%", 4.72, PC, "y24", k="c"),
      M(nu(16, "hant"), 5, "佔全國發電量的4.72%", "4.72%", 4.72, PC, "y24", k="c"),
      M(nu(9, "en"), 8, "accounting for 4.72% of the country's total energy production", "4.72%", 4.72, PC, "y24", k="c"),
      M(nu(10, "en"), 9, "accounting for 4.5 percent", "4.5 percent", 4.5, PC, "y24", k="n", note="NEA"),
      M(nu(12, "hant"), 16, "約佔全國總發電量的4.7%", "4.7%", 4.7, PC, "y22", qualifier="approx"),
      M(nu(11, "en"), 5, "around 5% of total electricity demand", "5%", 5.0, PC, "m24", qualifier="approx")]
group("nuc_china_share", "nuclear", "Nuclear share of China's electricity: 4.86% (2023); 4.72% for 2024 (CNEA, three) vs 4.5 percent (NEA); about 4.7% (2022); 'around 5% of total electricity demand' (2024, capacity basis)",
      "China", "nuclear share of electricity generation (percent)", "2023 / 2024 / 2022",
      "The NEA's 4.5 vs the CNEA's 4.72 percent for 2024: two compilers disagree (conflict, different_basis as alt). Other years or measures different_basis.",
      ms, {**cross(I(ms, "n"), I(ms, "c"), (C, D))})

ms = [M(nu(13, "hant"), 5, "減少燃燒標準煤超過1.3億噸", "1.3億噸", 1.3e8, T, "y23", qualifier="over"),
      M(nu(8, "en"), 5, "by over 130 million tonnes", "130 million tonnes", 130e6, T, "y23", qualifier="over"),
      M(nu(12, "hant"), 18, "減少燃燒標準煤近1.2億噸", "1.2億噸", 1.2e8, T, "y22", qualifier="under"),
      M(nu(16, "hant"), 5, "減少燃燒標準煤1.27億噸", "1.27億噸", 1.27e8, T, "y24", k="c"),
      M(nu(10, "en"), 9, "approximately 140 million tonnes of standard coal", "140 million tonnes", 140e6, T, "y24", qualifier="approx", k="n", note="NEA")]
group("nuc_china_coal_saved", "nuclear", "Standard coal saved by China's nuclear generation: 'over 1.3億噸' = 'over 130 million tonnes' (2023); 近1.2億噸 (2022); 2024 1.27億噸 (CNEA) vs 'approximately 140 million tonnes' (NEA)",
      "China", "standard coal saved (tonnes)", "2023 / 2022 / 2024",
      "2023 restated (consistent). 2024: two compilers disagree (conflict, different_basis as alt). Years different_basis.",
      ms, {**cross(I(ms, "n"), I(ms, "c"), (C, D))})

ms = [M(nu(14, "hans"), 4, "年度等效减排二氧化碳约3.4亿吨", "3.4亿吨", 3.4e8, T, "y23", qualifier="approx"),
      M(nu(12, "hant"), 18, "減少排放二氧化碳近3.1億噸", "3.1億噸", 3.1e8, T, "y22", qualifier="under"),
      M(nu(15, "hans"), 4, "年度等效减排二氧化碳约3.34亿吨", "3.34亿吨", 3.34e8, T, "y24", qualifier="approx", k="c"),
      M(nu(16, "hant"), 5, "減少二氧化碳排放3.34億噸", "3.34億噸", 3.34e8, T, "y24", k="c"),
      M(nu(10, "en"), 9, "about 370 million tonnes of carbon dioxide", "370 million tonnes", 370e6, T, "y24", qualifier="approx", k="n", note="NEA")]
group("nuc_china_co2", "nuclear", "CO2 avoided by China's nuclear generation: 约3.4亿吨 (2023); 近3.1億噸 (2022); 2024 3.34亿吨 (CNEA, two) vs 'about 370 million tonnes' (NEA)",
      "China", "CO2 emissions avoided (tonnes)", "2023 / 2022 / 2024",
      "2024: two compilers disagree (conflict, different_basis as alt); years different_basis.",
      ms, {**cross(I(ms, "n"), I(ms, "c"), (C, D))})

group("nuc_china_hours", "nuclear", "Average utilisation hours of Chinese nuclear units: 7661 (2023) vs 7797 (2024)",
      "China", "average utilisation hours (hours)", "2023 / 2024",
      "Different years (different_basis).",
      [M(nu(14, "hans"), 4, "平均利用小时数为7661小时", "7661小时", 7661.0, H, "y23"),
       M(nu(15, "hans"), 4, "平均利用小时数为7797小时", "7797小时", 7797.0, H, "y24")])

group("nuc_china_investment", "nuclear", "Investment completed in Chinese nuclear construction: 949亿元 in 2023 (two) vs 1469亿元 in 2024 (two)",
      "China", "nuclear construction investment (CNY)", "2023 / 2024",
      "Same year agrees; years different_basis.",
      [M(nu(14, "hans"), 3, "2023年国内核电建设投资949亿元", "949亿元", 949e8, CNY, "y23", note="headline"),
       M(nu(14, "hans"), 5, "核电工程建设投资完成额949亿元", "949亿元", 949e8, CNY, "y23"),
       M(nu(15, "hans"), 4, "投资完成额1469亿元", "1469亿元", 1469e8, CNY, "y24"),
       M(nu(18, "hant"), 6, "投資完成額1469億元", "1469億元", 1469e8, CNY, "y24")])

group("nuc_china_investment_increase", "nuclear", "Increase of that investment in 2024: 520亿元 (two)",
      "China", "increase of nuclear construction investment (CNY)", "2024",
      "Same figure (consistent).",
      [M(nu(15, "hans"), 4, "较上年增长520亿元", "520亿元", 520e8, CNY, "y24"),
       M(nu(18, "hant"), 6, "較上一年增長520億元", "520億元", 520e8, CNY, "y24")])

group("nuc_china_approved_units", "nuclear", "Nuclear units approved by the State Council: 11 in August 2024 (five statements); 10 in April 2025 (three); 10 since 2022 (to April 2023, two)",
      "China", "nuclear units approved (count)", "2024 / 2025 / 2022-23",
      "Same approval round agrees; rounds differ (different_basis).",
      [M(nu(11, "en"), 3, "China approved 11 nuclear reactors", "11", 11.0, CNT, "y24"),
       M(nu(11, "en"), 5, "all 11 units", "11", 11.0, CNT, "y24"),
       M(nu(17, "hans"), 6, "共涉及11台核电机组", "11台", 11.0, CNT, "y24"),
       M(nu(17, "hans"), 6, "这11台核电机组", "11台", 11.0, CNT, "y24"),
       M(nu(16, "hant"), 4, "合計11台機組", "11台", 11.0, CNT, "y24"),
       M(nu(18, "hant"), 4, "共10台機組", "10台", 10.0, CNT, "y25", note="headline"),
       M(nu(18, "hant"), 5, "共計10台新機組", "10台", 10.0, CNT, "y25"),
       M(nu(18, "hant"), 6, "、10台新機組", "10台", 10.0, CNT, "y25"),
       M(nu(7, "en"), 13, "approved 10 new nuclear power units", "10", 10.0, CNT, "s22"),
       M(nu(12, "hant"), 14, "新核准核電機組10台", "10台", 10.0, CNT, "s22")])

group("nuc_china_approved_projects", "nuclear", "Nuclear projects approved: 5 in 2024 (two), 5 in 2025, 5 in 2023",
      "China", "nuclear projects approved (count)", "2024 / 2025 / 2023",
      "Same year agrees; years different_basis.",
      [M(nu(17, "hans"), 3, "中国又核准5个核电项目", "5个", 5.0, CNT, "y24"),
       M(nu(16, "hant"), 4, "中國核准5個核電項目", "5個", 5.0, CNT, "y24"),
       M(nu(18, "hant"), 4, "上馬5個核電工程", "5個", 5.0, CNT, "y25"),
       M(nu(13, "hant"), 4, "2023年我國新核準5個核電項目", "5個", 5.0, CNT, "y23")])

group("nuc_approval_investment", "nuclear", "Investment in the approved units: 'at least 220 billion yuan' (islamtimes) and '超过2000亿元' (shayuweb) for the 2024 round; '超過2000億元' for the 2025 round",
      "China", "investment in approved units (CNY)", "2024 / 2025",
      "The two 2024 bounds are compatible (consistent); 2025 different_basis.",
      [M(nu(11, "en"), 5, "at least 220 billion yuan", "220 billion yuan", 220e9, CNY, "y24", qualifier="at_least"),
       M(nu(17, "hans"), 6, "总投资超过2000亿元", "2000亿元", 2000e8, CNY, "y24", qualifier="over"),
       M(nu(18, "hant"), 5, "投資總額超過2000億元", "2000億元", 2000e8, CNY, "y25", qualifier="over")],
      {(1, 2): K})

group("nuc_approval_streak", "nuclear", "Consecutive years of 10+ approvals: 連續3年 (as of 2024) vs 連續4年 (as of 2025)",
      "China", "consecutive years with 10 or more approvals (years)", "2024 / 2025",
      "Different dates (different_basis).",
      [M(nu(16, "hant"), 4, "已連續3年核准", "3年", 3.0, YRS, "y24"),
       M(nu(18, "hant"), 6, "已連續4年每年核准", "4年", 4.0, YRS, "y25")])

group("nuc_china_new_starts", "nuclear", "Chinese construction starts: 5 units in 2023 (two) vs 6 units since 2022 (to April 2023)",
      "China", "nuclear construction starts (count)", "2023 / 2022-23",
      "Same year agrees; other period different_basis.",
      [M(nu(13, "hant"), 4, "新開工5臺核電機組", "5臺", 5.0, CNT, "y23"),
       M(nu(14, "hans"), 5, "全年新开工核电机组5台", "5台", 5.0, CNT, "y23"),
       M(nu(12, "hant"), 14, "新開工核電機組6台", "6台", 6.0, CNT, "s22")])

group("nuc_china_wano_full", "nuclear", "Chinese units with a full WANO index score: 33 in 2023 (two) vs 37 in 2022",
      "China", "units with a full WANO score (count)", "2023 / 2022",
      "Same year agrees; years different_basis.",
      [M(nu(13, "hant"), 6, "我國有33臺機組", "33臺", 33.0, CNT, "y23"),
       M(nu(14, "hans"), 5, "共有33台机组", "33台", 33.0, CNT, "y23"),
       M(nu(12, "hant"), 18, "中國有37台機組", "37台", 37.0, CNT, "y22")])

group("nuc_china_equipment", "nuclear", "Main nuclear equipment sets delivered: 54台套 in 2023 vs 114台套 in 2024 (two)",
      "China", "main equipment sets delivered (count)", "2023 / 2024",
      "Same year agrees; years different_basis.",
      [M(nu(14, "hans"), 6, "累计交付54台套", "54台套", 54.0, CNT, "y23"),
       M(nu(15, "hans"), 5, "累计交付114台套", "114台套", 114.0, CNT, "y24"),
       M(nu(16, "hant"), 6, "累計交付114台套", "114台套", 114.0, CNT, "y24")])

group("nuc_china_localisation", "nuclear", "Localisation of key main equipment in 2024: 100% (two)",
      "China", "localisation rate (percent)", "2024",
      "Same figure (consistent).",
      [M(nu(15, "hans"), 5, "主设备100%国产化", "100%", 100.0, PC, "y24"),
       M(nu(16, "hant"), 6, "主設備100%國產化", "100%", 100.0, PC, "y24")])

group("nuc_china_uc_years", "nuclear", "Years China has led in capacity under construction: 18 (four)",
      "China", "consecutive years (years)", "2025",
      "Same figure (consistent).",
      [M(nu(15, "hans"), 4, "连续18年保持全球第一", "18年", 18.0, YRS, "y25"),
       M(nu(16, "hant"), 3, "連續18年保持世界第一", "18年", 18.0, YRS, "y25"),
       M(nu(9, "en"), 8, "for 18 consecutive years", "18", 18.0, YRS, "y25"),
       M(nu(9, "en"), 13, "for 18 consecutive years", "18", 18.0, YRS, "y25")])

# ============================================================ property: NBS national real-estate data (2023, 2024, partial periods)
group("prop_invest_growth_2023", "property", "Growth of real-estate development investment, 2023 and its partial periods: -9.6% for 2023 (five); -10.0% for 2022; -9.4% Jan-Nov (three); -9.3% Jan-Oct (four); -9.1% Jan-Sep (two); -7.9per cent H1 and -7.2per cent Jan-May",
      "China", "growth of real-estate development investment (percent)", "2023 and partial periods",
      "Same period agrees (consistent); other periods different_basis.",
      [M(pr(1, "en"), 5, "Investment Drops 9.6%", "9.6%", -9.6, PC, "y23", note="headline"),
       M(pr(1, "en"), 11, "dropped 9.6% in 2023", "9.6%", -9.6, PC, "y23"),
       M(pr(2, "hant"), 16, "比上年下降9.6%", "9.6%", -9.6, PC, "y23"),
       M(pr(3, "en"), 12, "the 9.6 percent drop in 2023", "9.6 percent", -9.6, PC, "y23"),
       M(pr(10, "en"), 5, "widening the 9.6% fall seen in 2023", "9.6%", -9.6, PC, "y23"),
       M(pr(1, "en"), 11, "a slide of 10.0% for the previous year", "10.0%", -10.0, PC, "y22"),
       M(pr(1, "en"), 11, "a year-over-year (YoY) decrease of 9.4%", "9.4%", -9.4, PC, "n11"),
       M(pr(5, "en"), 7, "down 9.4 percent year on year", "9.4 percent", -9.4, PC, "n11"),
       M(pr(6, "en"), 5, "down 9.4 percent year on year", "9.4 percent", -9.4, PC, "n11"),
       M(pr(7, "en"), 9, "down 9.3% year on year", "9.3%", -9.3, PC, "o10"),
       M(pr(7, "en"), 13, "down 9.3 percent year on year", "9.3 percent", -9.3, PC, "o10"),
       M(pr(8, "en"), 5, "fell 9.3% from a year earlier", "9.3%", -9.3, PC, "o10"),
       M(pr(16, "en"), 7, "decreased by 9.3%year", "9.3%", -9.3, PC, "o10"),
       M(pr(8, "en"), 5, "after dropping 9.1% in January-September", "9.1%", -9.1, PC, "s9"),
       M(pr(16, "en"), 7, "decreased by 9.1%year", "9.1%", -9.1, PC, "s9"),
       M(pr(17, "en"), 10, "Property investment fell 7.9per cent", "7.9per cent", -7.9, PC, "h1"),
       M(pr(17, "en"), 10, "slumping 7.2per cent in January-May", "7.2per cent", -7.2, PC, "m5")])

group("prop_invest_growth_2024", "property", "Growth of real-estate development investment, 2024 and partial periods: -10.6% for 2024 (four); -10.4% Jan-Nov (two); -10.3% Jan-Oct; -10.2% Jan-Jul (three); -10.1% H1; -9 percent / -9.0% Jan-Feb (four)",
      "China", "growth of real-estate development investment (percent)", "2024 and partial periods",
      "Same period agrees (9 percent = 9.0%: consistent); other periods different_basis.",
      [M(pr(9, "en"), 5, "investment drops 10.6% in 2024", "10.6%", -10.6, PC, "y24", note="headline"),
       M(pr(9, "en"), 11, "fell 10.6% in 2024", "10.6%", -10.6, PC, "y24"),
       M(pr(10, "en"), 5, "Property investment dropped 10.6% in 2024", "10.6%", -10.6, PC, "y24"),
       M(pr(11, "hant"), 13, "比上年下降10.6%", "10.6%", -10.6, PC, "y24"),
       M(pr(9, "en"), 11, "tumbling 10.4% year-on-year in the first eleven months", "10.4%", -10.4, PC, "n11"),
       M(pr(12, "en"), 5, "fell 10.4% in the first eleven months of 2024", "10.4%", -10.4, PC, "n11"),
       M(pr(12, "en"), 6, "the fall was 10.3%", "10.3%", -10.3, PC, "o10"),
       M(pr(13, "en"), 5, "falls 10.2% in January-July 2024", "10.2%", -10.2, PC, "j7", note="headline"),
       M(pr(14, "hans"), 3, "同比下落10.2%", "10.2%", -10.2, PC, "j7", note="headline"),
       M(pr(14, "hans"), 6, "同比下落10.2%", "10.2%", -10.2, PC, "j7"),
       M(pr(15, "en"), 3, "fell 10.1% in the first half of 2024", "10.1%", -10.1, PC, "h1"),
       M(pr(3, "en"), 3, "down 9 pct in first two months", "9 pct", -9.0, PC, "f2", note="headline"),
       M(pr(3, "en"), 6, "fell 9 percent year on year", "9 percent", -9.0, PC, "f2"),
       M(pr(4, "hans"), 5, "同比下降9.0%", "9.0%", -9.0, PC, "f2"),
       M(pr(4, "hans"), 7, "同比下降9.0%", "9.0%", -9.0, PC, "f2")])

group("prop_invest_level", "property", "Real-estate development investment: 110913億元 = RMB11.0913 trillion (2023); RMB 10.4045 trillion (Jan-Nov 2023); 100280億元 (2024); 1.1842 trillion yuan = 11842亿元 (Jan-Feb 2024, three); 60877亿元 (Jan-Jul 2024, two)",
      "China", "real-estate development investment (CNY)", "2023 / 2024 and partial periods",
      "Same period agrees (consistent); periods differ (different_basis).",
      [M(pr(2, "hant"), 16, "全國房地產開發投資110913億元", "110913億元", 1.10913e13, CNY, "y23"),
       M(pr(1, "en"), 11, "totaled RMB11.0913 trillion", "RMB11.0913 trillion", 1.10913e13, CNY, "y23"),
       M(pr(6, "en"), 5, "amounted to RMB 10.4045 trillion", "RMB 10.4045 trillion", 1.04045e13, CNY, "n11"),
       M(pr(11, "hant"), 13, "全國房地產開發投資100280億元", "100280億元", 1.0028e13, CNY, "y24"),
       M(pr(3, "en"), 6, "to 1.1842 trillion yuan", "1.1842 trillion yuan", 1.1842e12, CNY, "f2"),
       M(pr(4, "hans"), 3, "全国房地产开发投资11842亿元", "11842亿元", 1.1842e12, CNY, "f2", note="headline"),
       M(pr(4, "hans"), 5, "开发投资11842亿元", "11842亿元", 1.1842e12, CNY, "f2"),
       M(pr(4, "hans"), 7, "开发投资11842亿元", "11842亿元", 1.1842e12, CNY, "f2"),
       M(pr(14, "hans"), 3, "投资60877亿元", "60877亿元", 6.0877e12, CNY, "j7", note="headline"),
       M(pr(14, "hans"), 6, "投资60877亿元", "60877亿元", 6.0877e12, CNY, "j7")])

group("prop_invest_usd", "property", "Dollar conversions of investment: US$1.56 trillion (2023), $1.5 trillion (Jan-Nov 2023), about 167 billion U.S. dollars (Jan-Feb 2024)",
      "China", "real-estate development investment (USD)", "2023 / Jan-Nov 2023 / Jan-Feb 2024",
      "Different periods (different_basis).",
      [M(pr(1, "en"), 11, "(US$1.56 trillion)", "US$1.56 trillion", 1.56e12, USD, "y23"),
       M(pr(6, "en"), 5, "($1.5 trillion)", "$1.5 trillion", 1.5e12, USD, "n11"),
       M(pr(3, "en"), 6, "about 167 billion U.S. dollars", "167 billion U.S. dollars", 167e9, USD, "f2", qualifier="approx")])

ms = [M(pr(2, "hant"), 16, "住宅投資83820億元", "83820億元", 8.382e12, CNY, "y23"),
      M(pr(1, "en"), 11, "RMB8,382 billion of them came from residential buildings", "RMB8,382 billion", 8.382e12, CNY, "y23"),
      M(pr(5, "en"), 9, "amounted to 7.89 trillion yuan", "7.89 trillion yuan", 7.89e12, CNY, "n11"),
      M(pr(7, "en"), 15, "came in at 7.28 trillion yuan", "7.28 trillion yuan", 7.28e12, CNY, "o10", k="x"),
      M(pr(16, "en"), 7, "727.9 billion yuan in residential investment", "727.9 billion yuan", 727.9e9, CNY, "o10", k="c", note="billion for trillion (72790亿元)"),
      M(pr(11, "hant"), 13, "住宅投資76040億元", "76040億元", 7.604e12, CNY, "y24"),
      M(pr(4, "hans"), 7, "住宅投资8823亿元", "8823亿元", 8.823e11, CNY, "f2"),
      M(pr(14, "hans"), 6, "住宅投资46230亿元", "46230亿元", 4.623e12, CNY, "j7")]
group("prop_resid_invest_level", "property", "Residential investment: 83820億元 = RMB8,382 billion (2023); 7.89 trillion yuan (Jan-Nov 2023); Jan-Oct 2023 7.28 trillion yuan (Xinhua) vs bactf's '727.9 billion yuan'; 76040億元 (2024); 8823亿元 (Jan-Feb 2024); 46230亿元 (Jan-Jul 2024)",
      "China", "residential investment (CNY)", "2023 / 2024 and partial periods",
      "bactf's 727.9 billion is a tenth of 7.28 trillion (conflict). Same period agrees; periods differ (different_basis).",
      ms, {**cross(I(ms, "x"), I(ms, "c"), C)})

group("prop_resid_invest_growth", "property", "Growth of residential investment: -9.3% (2023, two); -9 percent (Jan-Nov 2023); -8.8 (Jan-Oct 2023, two); -10.5% (2024); -9.7% (Jan-Feb 2024); -10.6% (Jan-Jul 2024)",
      "China", "growth of residential investment (percent)", "2023 / 2024 and partial periods",
      "Same period agrees; periods differ (different_basis).",
      [M(pr(1, "en"), 11, "with a 9.3% YoY drop", "9.3%", -9.3, PC, "y23"),
       M(pr(2, "hant"), 16, "83820億元,下降9.3%", "9.3%", -9.3, PC, "y23"),
       M(pr(5, "en"), 9, "down 9 percent year on year", "9 percent", -9.0, PC, "n11"),
       M(pr(7, "en"), 15, "down 8.8 percent year on year", "8.8 percent", -8.8, PC, "o10"),
       M(pr(16, "en"), 7, "decreased by 8.8%", "8.8%", -8.8, PC, "o10"),
       M(pr(11, "hant"), 13, "76040億元,下降10.5%", "10.5%", -10.5, PC, "y24"),
       M(pr(4, "hans"), 7, "8823亿元,下降9.7%", "9.7%", -9.7, PC, "f2"),
       M(pr(14, "hans"), 6, "46230亿元,下落10.6%", "10.6%", -10.6, PC, "j7")])

ms = [M(pr(2, "hant"), 26, "商品房銷售面積111735萬平方米", "111735萬平方米", 1.11735e9, SQM, "y23", k="x"),
      M(pr(1, "en"), 15, "stood at 1.12 billion square meters", "1.12 billion square meters", 1.12e9, SQM, "y23", k="r"),
      M(pr(6, "en"), 7, "a total area of 1.00509 billion m2", "1.00509 billion m2", 1.00509e9, SQM, "n11", k="xn"),
      M(pr(5, "en"), 11, "to 1.01 billion square meters", "1.01 billion square meters", 1.01e9, SQM, "n11", k="rn"),
      M(pr(7, "en"), 17, "to 925.79 million square meters", "925.79 million square meters", 925.79e6, SQM, "o10", k="xo"),
      M(pr(16, "en"), 5, "was 92.579 million square meters", "92.579 million square meters", 92.579e6, SQM, "o10", k="co", note="a tenth of 92579万平方米")]
group("prop_sales_area_2023", "property", "Floor area of commercial buildings sold: 111735萬平方米 vs '1.12 billion square meters' (2023); 1.00509 billion m2 vs 1.01 billion (Jan-Nov 2023); 925.79 million (Xinhua) vs bactf's '92.579 million square meters' (Jan-Oct 2023)",
      "China", "floor area sold (square metres)", "2023 / Jan-Nov / Jan-Oct 2023",
      "1.12 billion rounds 111735万 and 1.01 billion rounds 1.00509 billion (rounding); 92.579 million is a tenth of 925.79 million (conflict); periods differ (different_basis).",
      ms, {**cross(I(ms, "x"), I(ms, "r"), R), **cross(I(ms, "xn"), I(ms, "rn"), R), **cross(I(ms, "xo"), I(ms, "co"), C)})

ms = [M(pr(1, "en"), 5, "Sales down 8.5%", "8.5%", -8.5, PC, "y23", note="headline"),
      M(pr(1, "en"), 15, "down 8.5% YoY", "8.5%", -8.5, PC, "y23"),
      M(pr(2, "hant"), 26, "比上年下降8.5%", "8.5%", -8.5, PC, "y23"),
      M(pr(1, "en"), 15, "residential buildings sold fell 8.2%", "8.2%", -8.2, PC, "y23r"),
      M(pr(2, "hant"), 26, "住宅銷售面積下降8.2%", "8.2%", -8.2, PC, "y23r"),
      M(pr(5, "en"), 11, "shrank 8 percent year on year", "8 percent", -8.0, PC, "n11"),
      M(pr(6, "en"), 7, "down 8.0 percent year on year", "8.0 percent", -8.0, PC, "n11"),
      M(pr(7, "en"), 17, "shrank 7.8 percent year on year", "7.8 percent", -7.8, PC, "o10", k="x"),
      M(pr(8, "en"), 3, "fell 6.8% year-on-year in January-October", "6.8%", -6.8, PC, "o10", k="c", note="the residential figure, called property sales"),
      M(pr(16, "en"), 5, "Sales area decreased by 6.8%", "6.8%", -6.8, PC, "o10", k="c"),
      M(pr(8, "en"), 3, "a 7.5% slide in the first nine months of 2023", "7.5%", -7.5, PC, "s9"),
      M(pr(17, "en"), 8, "down 5.3per cent", "5.3per cent", -5.3, PC, "h1"),
      M(pr(17, "en"), 8, "a 0.9per cent fall in the first five months", "0.9per cent", -0.9, PC, "m5")]
group("prop_sales_area_growth_2023", "property", "Growth of floor area sold, 2023: -8.5% (three) and residential -8.2% (two); -8 percent = -8.0 percent (Jan-Nov); Jan-Oct -7.8 percent (Xinhua) vs -6.8% (Reuters, bactf); -7.5% Jan-Sep; -5.3per cent H1; -0.9per cent Jan-May",
      "China", "growth of floor area sold (percent)", "2023 and partial periods",
      "Same period agrees. Jan-Oct: Reuters' and bactf's -6.8% (NBS's residential figure) vs Xinhua's -7.8 percent for all commercial buildings: conflict, different_basis as alt. Residential vs all and other periods different_basis.",
      ms, {**cross(I(ms, "x"), I(ms, "c"), (C, D))})

ms = [M(pr(2, "hant"), 26, "商品房銷售額116622億元", "116622億元", 1.16622e13, CNY, "y23", k="x"),
      M(pr(1, "en"), 15, "to around RMB11.7 billion", "RMB11.7 billion", 1.17e10, CNY, "y23", qualifier="approx", k="c", note="billion for trillion"),
      M(pr(5, "en"), 13, "to 10.53 trillion yuan", "10.53 trillion yuan", 1.053e13, CNY, "n11"),
      M(pr(7, "en"), 19, "to 9.72 trillion yuan", "9.72 trillion yuan", 9.72e12, CNY, "o10", k="r"),
      M(pr(16, "en"), 5, "were 9716.1 billion yuan", "9716.1 billion yuan", 9716.1e9, CNY, "o10", k="xo")]
group("prop_sales_value_2023", "property", "Sales of commercial buildings: 116622億元 (2023) vs tmtpost's 'around RMB11.7 billion'; 10.53 trillion yuan (Jan-Nov); 9716.1 billion (bactf) vs 9.72 trillion yuan (Xinhua) (Jan-Oct)",
      "China", "sales of commercial buildings (CNY)", "2023 / Jan-Nov / Jan-Oct 2023",
      "RMB11.7 billion is a thousandth of 116622亿元 (conflict); 9.72 trillion rounds 9716.1 billion (rounding); periods differ (different_basis).",
      ms, {**cross(I(ms, "x"), I(ms, "c"), C), **cross(I(ms, "r"), I(ms, "xo"), R)})

group("prop_sales_value_growth_2023", "property", "Growth of sales value, 2023: -6.5% (two) and residential -6.0% (two); -5.2 percent (Jan-Nov); -4.9 (Jan-Oct, two) and residential -3.7% (two); residential -3.2% (Jan-Sep)",
      "China", "growth of sales value (percent)", "2023 and partial periods",
      "Same period and scope agree; residential vs all and other periods different_basis.",
      [M(pr(1, "en"), 15, "slumped 6.5% YoY", "6.5%", -6.5, PC, "y23"),
       M(pr(2, "hant"), 26, "116622億元,下降6.5%", "6.5%", -6.5, PC, "y23"),
       M(pr(2, "hant"), 26, "住宅銷售額下降6.0%", "6.0%", -6.0, PC, "y23r"),
       M(pr(10, "en"), 11, "the 6.0% contraction marked in 2023", "6.0%", -6.0, PC, "y23r", note="'home sales'"),
       M(pr(5, "en"), 13, "dropped 5.2 percent year on year", "5.2 percent", -5.2, PC, "n11"),
       M(pr(7, "en"), 19, "dropped 4.9 percent year on year", "4.9 percent", -4.9, PC, "o10"),
       M(pr(16, "en"), 5, "a decrease of 4.9%", "4.9%", -4.9, PC, "o10"),
       M(pr(16, "en"), 3, "Chinese residential sales fell 3.7%year", "3.7%", -3.7, PC, "o10r"),
       M(pr(16, "en"), 5, "residential sales fell 3.7%.Previously", "3.7%", -3.7, PC, "o10r"),
       M(pr(16, "en"), 5, "residential sales decreased by 3.2%year", "3.2%", -3.2, PC, "s9r")])

group("prop_sales_area_growth_2024", "property", "Growth of floor area sold, 2024: -12.9% (three) and residential -14.1%; -14.3% Jan-Nov (two); -15.8% Jan-Oct; -18.6% Jan-Jul (three); -19.0% H1 (three); -20.3% Jan-May; -20.5 Jan-Feb (three)",
      "China", "growth of floor area sold (percent)", "2024 and partial periods",
      "Same period agrees; residential vs all and other periods different_basis.",
      [M(pr(9, "en"), 5, "sales slump 12.9%", "12.9%", -12.9, PC, "y24", note="headline"),
       M(pr(9, "en"), 13, "dropped 12.9% last year", "12.9%", -12.9, PC, "y24"),
       M(pr(11, "hant"), 21, "比上年下降12.9%", "12.9%", -12.9, PC, "y24"),
       M(pr(11, "hant"), 21, "住宅銷售面積下降14.1%", "14.1%", -14.1, PC, "y24r"),
       M(pr(9, "en"), 13, "a 14.3% decline in the January-November period", "14.3%", -14.3, PC, "n11"),
       M(pr(12, "en"), 7, "fell 14.3% from a year earlier", "14.3%", -14.3, PC, "n11"),
       M(pr(12, "en"), 8, "15.8% drop in January-October", "15.8%", -15.8, PC, "o10"),
       M(pr(13, "en"), 6, "fell 18.6% from a year earlier", "18.6%", -18.6, PC, "j7"),
       M(pr(13, "en"), 7, "fell 18.6% from a year earlier", "18.6%", -18.6, PC, "j7", note="duplicated paragraph"),
       M(pr(14, "hans"), 9, "同比下落18.6%", "18.6%", -18.6, PC, "j7"),
       M(pr(13, "en"), 6, "a 19.0% slump in January-June", "19.0%", -19.0, PC, "h1"),
       M(pr(13, "en"), 7, "a 19.0% slump in January-June", "19.0%", -19.0, PC, "h1"),
       M(pr(15, "en"), 4, "fell 19.0% from a year earlier", "19.0%", -19.0, PC, "h1"),
       M(pr(15, "en"), 4, "a 20.3% slump in January-May", "20.3%", -20.3, PC, "m5"),
       M(pr(3, "en"), 8, "fell 20.5 percent year on year", "20.5 percent", -20.5, PC, "f2"),
       M(pr(4, "hans"), 5, "同比下降20.5%", "20.5%", -20.5, PC, "f2"),
       M(pr(4, "hans"), 10, "11369万平方米,同比下降20.5%", "20.5%", -20.5, PC, "f2")])

group("prop_sales_area_2024", "property", "Floor area of new commercial buildings sold: 97385萬平方米 (2024); 113.69 million square meters = 11369万平方米 (Jan-Feb 2024, three); 54149万 (Jan-Jul 2024)",
      "China", "floor area sold (square metres)", "2024 and partial periods",
      "Same period agrees; periods differ (different_basis).",
      [M(pr(11, "hant"), 21, "新建商品房銷售面積97385萬平方米", "97385萬平方米", 9.7385e8, SQM, "y24"),
       M(pr(3, "en"), 8, "to 113.69 million square meters", "113.69 million square meters", 1.1369e8, SQM, "f2"),
       M(pr(4, "hans"), 5, "新建商品房销售面积11369万平方米", "11369万平方米", 1.1369e8, SQM, "f2"),
       M(pr(4, "hans"), 10, "新建商品房销售面积11369万平方米", "11369万平方米", 1.1369e8, SQM, "f2"),
       M(pr(14, "hans"), 9, "销售面积54149万浅薄米", "54149万浅薄米", 5.4149e8, SQM, "j7", note="'浅薄米' for 平方米")])

group("prop_sales_value_2024", "property", "Sales of new commercial buildings: 96750億元 (2024); 1.0566 trillion yuan = 10566亿元 (Jan-Feb 2024); 53330亿元 (Jan-Jul 2024)",
      "China", "sales of new commercial buildings (CNY)", "2024 and partial periods",
      "Same period agrees; periods differ (different_basis).",
      [M(pr(11, "hant"), 21, "新建商品房銷售額96750億元", "96750億元", 9.675e12, CNY, "y24"),
       M(pr(3, "en"), 10, "to 1.0566 trillion yuan", "1.0566 trillion yuan", 1.0566e12, CNY, "f2"),
       M(pr(4, "hans"), 10, "新建商品房销售额10566亿元", "10566亿元", 1.0566e12, CNY, "f2"),
       M(pr(14, "hans"), 9, "新建商品房销售额53330亿元", "53330亿元", 5.333e12, CNY, "j7")])

group("prop_sales_value_growth_2024", "property", "Growth of sales value, 2024: all -17.1% vs residential -17.6% (NBS) = WSJ's 'Home sales by value tumbled 17.6%'; -29.3 Jan-Feb (two); -24.3% Jan-Jul",
      "China", "growth of sales value (percent)", "2024 and partial periods",
      "Same scope and period agree; residential vs all and other periods different_basis.",
      [M(pr(11, "hant"), 21, "96750億元,下降17.1%", "17.1%", -17.1, PC, "y24"),
       M(pr(11, "hant"), 21, "住宅銷售額下降17.6%", "17.6%", -17.6, PC, "y24r"),
       M(pr(10, "en"), 11, "Home sales by value tumbled 17.6%", "17.6%", -17.6, PC, "y24r"),
       M(pr(3, "en"), 10, "fell 29.3 percent year on year", "29.3 percent", -29.3, PC, "f2"),
       M(pr(4, "hans"), 10, "10566亿元,下降29.3%", "29.3%", -29.3, PC, "f2"),
       M(pr(14, "hans"), 9, "53330亿元,下落24.3%", "24.3%", -24.3, PC, "j7")])

group("prop_starts_growth_2023", "property", "Growth of new construction starts (floor area), 2023: -20.4% (four) and residential -20.9% (three); -21.2 percent Jan-Nov; -23.2% Jan-Oct (two) and residential -23.6%; -23.4% Jan-Sep; -24.3per cent H1; -22.6per cent Jan-May",
      "China", "growth of new construction starts (percent)", "2023 and partial periods",
      "Same period and scope agree; residential vs all and other periods different_basis.",
      [M(pr(1, "en"), 7, "tumbled 20.4%", "20.4%", -20.4, PC, "y23", note="standfirst"),
       M(pr(1, "en"), 13, "tumbled 20.4%", "20.4%", -20.4, PC, "y23"),
       M(pr(2, "hant"), 20, "95376萬平方米,下降20.4%", "20.4%", -20.4, PC, "y23"),
       M(pr(10, "en"), 9, "the 20.4% decline recorded in 2023", "20.4%", -20.4, PC, "y23"),
       M(pr(1, "en"), 7, "a yearly decrease of 20.9%", "20.9%", -20.9, PC, "y23r"),
       M(pr(1, "en"), 13, "a YoY decrease of 20.9%", "20.9%", -20.9, PC, "y23r"),
       M(pr(2, "hant"), 20, "69286萬平方米,下降20.9%", "20.9%", -20.9, PC, "y23r"),
       M(pr(6, "en"), 9, "decreased by 21.2 percent", "21.2 percent", -21.2, PC, "n11"),
       M(pr(8, "en"), 7, "fell 23.2% year-on-year", "23.2%", -23.2, PC, "o10"),
       M(pr(16, "en"), 9, "a decrease of 23.2%", "23.2%", -23.2, PC, "o10"),
       M(pr(16, "en"), 9, "a decrease of 23.6%", "23.6%", -23.6, PC, "o10r"),
       M(pr(8, "en"), 7, "a 23.4% slump in the first nine months", "23.4%", -23.4, PC, "s9"),
       M(pr(17, "en"), 12, "fell 24.3per cent", "24.3per cent", -24.3, PC, "h1"),
       M(pr(17, "en"), 12, "a 22.6per cent drop in the first five months", "22.6per cent", -22.6, PC, "m5")])

group("prop_starts_growth_2024", "property", "Growth of new construction starts, 2024: -23.0% (four) and residential -23.0% (two, a look-alike of another scope); -23.0% Jan-Nov; -22.6% Jan-Oct; -23.2% Jan-Jul (two) and residential -23.7%; -23.7% H1 (two); -24.2% Jan-May; -29.7% Jan-Feb",
      "China", "growth of new construction starts (percent)", "2024 and partial periods",
      "Same period and scope agree; residential vs all and other periods different_basis, even where the values coincide.",
      [M(pr(9, "en"), 15, "declined 23.0% in 2024", "23.0%", -23.0, PC, "y24"),
       M(pr(10, "en"), 9, "construction starts dropped 23.0%", "23.0%", -23.0, PC, "y24"),
       M(pr(11, "hant"), 9, "73893萬平方米,下降23.0%", "23.0%", -23.0, PC, "y24", note="summary"),
       M(pr(11, "hant"), 17, "73893萬平方米,下降23.0%", "23.0%", -23.0, PC, "y24"),
       M(pr(11, "hant"), 9, "53660萬平方米,下降23.0%", "23.0%", -23.0, PC, "y24r", note="summary"),
       M(pr(11, "hant"), 17, "53660萬平方米,下降23.0%", "23.0%", -23.0, PC, "y24r"),
       M(pr(12, "en"), 9, "declined 23.0% on year", "23.0%", -23.0, PC, "n11"),
       M(pr(12, "en"), 10, "22.6% drop in January-October", "22.6%", -22.6, PC, "o10"),
       M(pr(13, "en"), 8, "fell 23.2% on year", "23.2%", -23.2, PC, "j7"),
       M(pr(14, "hans"), 7, "43733万浅薄米,下落23.2%", "23.2%", -23.2, PC, "j7"),
       M(pr(14, "hans"), 7, "31684万浅薄米,下落23.7%", "23.7%", -23.7, PC, "j7r"),
       M(pr(13, "en"), 8, "a 23.7% drop in the first half of the year", "23.7%", -23.7, PC, "h1"),
       M(pr(15, "en"), 5, "fell 23.7% on year", "23.7%", -23.7, PC, "h1"),
       M(pr(15, "en"), 5, "a 24.2% drop in the first five months", "24.2%", -24.2, PC, "m5"),
       M(pr(4, "hans"), 8, "9429万平方米,下降29.7%", "29.7%", -29.7, PC, "f2")])

ms = [M(pr(2, "hant"), 20, "房屋新開工面積95376萬平方米", "95376萬平方米", 9.5376e8, SQM, "y23", k="x"),
      M(pr(1, "en"), 7, "to 953.8 million square meters", "953.8 million square meters", 953.8e6, SQM, "y23", k="r"),
      M(pr(1, "en"), 13, "to 953.8 million square meters", "953.8 million square meters", 953.8e6, SQM, "y23", k="r"),
      M(pr(4, "hans"), 8, "房屋新开工面积9429万平方米", "9429万平方米", 9.429e7, SQM, "f2"),
      M(pr(14, "hans"), 7, "房屋新开工面积43733万浅薄米", "43733万浅薄米", 4.3733e8, SQM, "j7"),
      M(pr(11, "hant"), 17, "房屋新開工面積73893萬平方米", "73893萬平方米", 7.3893e8, SQM, "y24")]
group("prop_starts_area", "property", "Floor area of new construction starts: 95376萬平方米 vs '953.8 million square meters' (2023, twice in tmtpost); 73893萬 (2024); 9429万 (Jan-Feb 2024); 43733万 (Jan-Jul 2024)",
      "China", "floor area of new construction starts (square metres)", "2023 / 2024 and partial periods",
      "953.8 million rounds 95376万 (rounding); periods differ (different_basis).",
      ms, {**cross(I(ms, "x"), I(ms, "r"), R)})

ms = [M(pr(2, "hant"), 20, "住宅新開工面積69286萬平方米", "69286萬平方米", 6.9286e8, SQM, "y23", k="x"),
      M(pr(1, "en"), 13, "or 692.9 million square meters", "692.9 million square meters", 692.9e6, SQM, "y23", k="r"),
      M(pr(11, "hant"), 17, "住宅新開工面積53660萬平方米", "53660萬平方米", 5.366e8, SQM, "y24")]
group("prop_resid_starts_area", "property", "Residential construction starts: 69286萬平方米 vs 692.9 million square meters (2023); 53660萬 (2024)",
      "China", "floor area of residential starts (square metres)", "2023 / 2024",
      "692.9 million rounds 69286万 (rounding); 2024 different_basis.",
      ms, {**cross(I(ms, "x"), I(ms, "r"), R)})

ms = [M(pr(2, "hant"), 20, "房屋竣工面積99831萬平方米", "99831萬平方米", 9.9831e8, SQM, "y23", k="x"),
      M(pr(1, "en"), 13, "to 998.3 million square meters", "998.3 million square meters", 998.3e6, SQM, "y23", k="r"),
      M(pr(11, "hant"), 17, "房屋竣工面積73743萬平方米", "73743萬平方米", 7.3743e8, SQM, "y24")]
group("prop_completions_area", "property", "Floor area completed: 99831萬平方米 vs 998.3 million square meters (2023); 73743萬 (2024)",
      "China", "floor area completed (square metres)", "2023 / 2024",
      "998.3 million rounds 99831万 (rounding); 2024 different_basis.",
      ms, {**cross(I(ms, "x"), I(ms, "r"), R)})

group("prop_completions_growth", "property", "Growth of floor area completed: +17.0% in 2023 (two) and residential +17.2% (two); -27.7% in 2024",
      "China", "growth of floor area completed (percent)", "2023 / 2024",
      "Same scope and year agree; residential and 2024 different_basis.",
      [M(pr(2, "hant"), 20, "99831萬平方米,增長17.0%", "17.0%", 17.0, PC, "y23"),
       M(pr(1, "en"), 13, "increased 17.0% YoY", "17.0%", 17.0, PC, "y23"),
       M(pr(2, "hant"), 20, "72433萬平方米,增長17.2%", "17.2%", 17.2, PC, "y23r"),
       M(pr(1, "en"), 13, "grew 17.2%", "17.2%", 17.2, PC, "y23r"),
       M(pr(11, "hant"), 17, "73743萬平方米,下降27.7%", "27.7%", -27.7, PC, "y24")])

ms = [M(pr(2, "hant"), 20, "住宅竣工面積72433萬平方米", "72433萬平方米", 7.2433e8, SQM, "y23", k="x"),
      M(pr(1, "en"), 13, "grew 17.2% to 724.3 million square meters", "724.3 million square meters", 724.3e6, SQM, "y23", k="r")]
group("prop_resid_completions_area", "property", "Residential floor area completed in 2023: 72433萬平方米 vs 724.3 million square meters",
      "China", "residential floor area completed (square metres)", "2023",
      "724.3 million rounds 72433万 (rounding).", ms, {(1, 2): R})

ms = [M(pr(2, "hant"), 20, "房屋施工面積838364萬平方米", "838364萬平方米", 8.38364e9, SQM, "y23", k="x"),
      M(pr(1, "en"), 13, "around 8.38 billion square meters", "8.38 billion square meters", 8.38e9, SQM, "y23", qualifier="approx", k="r"),
      M(pr(16, "en"), 9, "was 822.895 million square meters", "822.895 million square meters", 822.895e6, SQM, "o10", note="a tenth of 822895万平方米"),
      M(pr(11, "hant"), 17, "房屋施工面積733247萬平方米", "733247萬平方米", 7.33247e9, SQM, "y24")]
group("prop_under_construction_area", "property", "Floor area under construction: 838364萬平方米 vs 'around 8.38 billion square meters' (2023); bactf's '822.895 million square meters' (Jan-Oct 2023); 733247萬 (2024)",
      "China", "floor area under construction (square metres)", "2023 / Jan-Oct 2023 / 2024",
      "8.38 billion rounds 838364万 (rounding); periods differ (different_basis).",
      ms, {**cross(I(ms, "x"), I(ms, "r"), R)})

group("prop_under_construction_growth", "property", "Growth of floor area under construction: -7.2% in 2023 (two); -7.2 percent Jan-Nov 2023 (look-alike); -7.3% Jan-Oct 2023; -12.7% in 2024",
      "China", "growth of floor area under construction (percent)", "2023 / partial periods / 2024",
      "Same period agrees; periods differ (different_basis).",
      [M(pr(2, "hant"), 20, "838364萬平方米,比上年下降7.2%", "7.2%", -7.2, PC, "y23"),
       M(pr(1, "en"), 13, "with a 7.2% YoY decline", "7.2%", -7.2, PC, "y23"),
       M(pr(6, "en"), 9, "declined by 7.2 percent", "7.2 percent", -7.2, PC, "n11"),
       M(pr(16, "en"), 9, "a year -on -year decrease of 7.3%", "7.3%", -7.3, PC, "o10"),
       M(pr(11, "hant"), 17, "733247萬平方米,比上年下降12.7%", "12.7%", -12.7, PC, "y24")])

ms = [M(pr(2, "hant"), 20, "住宅施工面積589884萬平方米", "589884萬平方米", 5.89884e9, SQM, "y23", k="x"),
      M(pr(1, "en"), 13, "fell 7.7% to 5.9 billion square meters", "5.9 billion square meters", 5.9e9, SQM, "y23", k="r"),
      M(pr(16, "en"), 9, "was 5793.61 million square meters", "5793.61 million square meters", 5793.61e6, SQM, "o10")]
group("prop_resid_under_construction", "property", "Residential floor area under construction: 589884萬平方米 vs 5.9 billion square meters (2023); 5793.61 million (Jan-Oct 2023)",
      "China", "residential floor area under construction (square metres)", "2023 / Jan-Oct 2023",
      "5.9 billion rounds 589884万 (rounding); Jan-Oct different_basis.",
      ms, {**cross(I(ms, "x"), I(ms, "r"), R)})

group("prop_funds_2023", "property", "Growth of funds raised by developers, 2023: -13.6% for 2023; -11.0% Jan-Oct; -13.5% Jan-Sep; -9.8per cent H1; -6.6per cent Jan-May",
      "China", "growth of developers' funds (percent)", "2023 and partial periods",
      "Periods differ (different_basis).",
      [M(pr(2, "hant"), 36, "127459億元,比上年下降13.6%", "13.6%", -13.6, PC, "y23"),
       M(pr(8, "en"), 9, "down 11.0% year-on-year", "11.0%", -11.0, PC, "o10"),
       M(pr(8, "en"), 9, "a 13.5% fall in January-September", "13.5%", -13.5, PC, "s9"),
       M(pr(17, "en"), 14, "down 9.8per cent on year", "9.8per cent", -9.8, PC, "h1"),
       M(pr(17, "en"), 14, "a 6.6per cent slide in January-May", "6.6per cent", -6.6, PC, "m5")])

group("prop_funds_2024", "property", "Growth of funds raised by developers, 2024: -17.0% (two); -18.0% Jan-Nov (two); -19.2% Jan-Oct; -21.3% Jan-Jul (two); -22.6% H1 (two); -24.3% Jan-May; -24.1% Jan-Feb",
      "China", "growth of developers' funds (percent)", "2024 and partial periods",
      "Same period agrees; periods differ (different_basis).",
      [M(pr(9, "en"), 19, "declined 17.0% last year", "17.0%", -17.0, PC, "y24"),
       M(pr(11, "hant"), 29, "107661億元,比上年下降17.0%", "17.0%", -17.0, PC, "y24"),
       M(pr(9, "en"), 19, "an 18.0% fall in January-November", "18.0%", -18.0, PC, "n11"),
       M(pr(12, "en"), 11, "were down 18.0%", "18.0%", -18.0, PC, "n11"),
       M(pr(12, "en"), 12, "19.2% fall in January-October", "19.2%", -19.2, PC, "o10"),
       M(pr(13, "en"), 9, "were down 21.3%", "21.3%", -21.3, PC, "j7"),
       M(pr(14, "hans"), 12, "61901亿元,同比下落21.3%", "21.3%", -21.3, PC, "j7"),
       M(pr(13, "en"), 9, "a 22.6% fall in January-June", "22.6%", -22.6, PC, "h1"),
       M(pr(15, "en"), 6, "were down 22.6%", "22.6%", -22.6, PC, "h1"),
       M(pr(15, "en"), 6, "a 24.3% fall in January-May", "24.3%", -24.3, PC, "m5"),
       M(pr(4, "hans"), 13, "16193亿元,同比下降24.1%", "24.1%", -24.1, PC, "f2")])

group("prop_climate_index", "property", "NBS real-estate climate index: 93.42 for November 2023 (two); 93.4 for October 2023 (two); 93.36 for December 2023; 92.13 for February 2024; 92.22 for July 2024",
      "China", "real-estate development climate index (points)", "monthly",
      "Same month agrees; months differ (different_basis).",
      [M(pr(5, "en"), 17, "93.42 points in November", "93.42", 93.42, PTS, "n23"),
       M(pr(6, "en"), 11, "stood at 93.42", "93.42", 93.42, PTS, "n23"),
       M(pr(6, "en"), 11, "up from 93.4 recorded in October", "93.4", 93.4, PTS, "o23"),
       M(pr(7, "en"), 23, "93.4 points in October", "93.4", 93.4, PTS, "o23"),
       M(pr(2, "hant"), 43, "為93.36", "93.36", 93.36, PTS, "d23"),
       M(pr(4, "hans"), 15, "为92.13", "92.13", 92.13, PTS, "f24"),
       M(pr(14, "hans"), 14, "为92.22", "92.22", 92.22, PTS, "j24")])

group("prop_inventory", "property", "Floor area for sale (inventory): 67295萬平方米 (+19.0%) at end-2023; 75327萬 (+10.6%, a look-alike of the 2024 investment fall) at end-2024; 75969万 (end-February 2024); 73926万 (end-July 2024)",
      "China", "floor area for sale (square metres)", "end-2023 / end-2024 / Feb / Jul 2024",
      "Dates differ (different_basis).",
      [M(pr(2, "hant"), 30, "商品房待售面積67295萬平方米", "67295萬平方米", 6.7295e8, SQM, "e23"),
       M(pr(11, "hant"), 25, "商品房待售面積75327萬平方米", "75327萬平方米", 7.5327e8, SQM, "e24"),
       M(pr(4, "hans"), 11, "商品房待售面积75969万平方米", "75969万平方米", 7.5969e8, SQM, "f24"),
       M(pr(14, "hans"), 10, "商品房待售面积73926万浅薄米", "73926万浅薄米", 7.3926e8, SQM, "j24")])

group("prop_inventory_growth", "property", "Growth of floor area for sale: +19.0% (end-2023), +10.6% (end-2024), +15.9% (February 2024), +14.5% (July 2024)",
      "China", "growth of floor area for sale (percent)", "end-2023 / end-2024 / Feb / Jul 2024",
      "Dates differ (different_basis).",
      [M(pr(2, "hant"), 30, "67295萬平方米,比上年增長19.0%", "19.0%", 19.0, PC, "e23"),
       M(pr(11, "hant"), 25, "比上年末增長10.6%", "10.6%", 10.6, PC, "e24"),
       M(pr(4, "hans"), 11, "75969万平方米,同比增长15.9%", "15.9%", 15.9, PC, "f24"),
       M(pr(14, "hans"), 10, "73926万浅薄米,同比增长14.5%", "14.5%", 14.5, PC, "j24")])

group("prop_home_prices_mom", "property", "Month-on-month change of new-home prices in 70 cities: -0.2% in November 2024 (WSJ calculation = Reuters '-0.2% m/m'); -0.08% in December 2024",
      "China", "new-home price change month on month (percent)", "November / December 2024",
      "November agrees (consistent); December different_basis.",
      [M(pr(10, "en"), 17, "the 0.2% fall recorded in November", "0.2%", -0.2, PC, "n24"),
       M(pr(12, "en"), 17, "fell -0.2% m/m", "-0.2%", -0.2, PC, "n24"),
       M(pr(10, "en"), 17, "dropped 0.08% month-on-month in December", "0.08%", -0.08, PC, "d24")])

group("prop_economy_share", "property", "Property's share of China's economy: 'about one fifth' (WSJ via investorfactcheck) vs 'about a quarter' (Reuters via todayonline)",
      "China", "property sector share of the economy (percent)", "current",
      "The two shares disagree (conflict); both are hedged, so a reader could see different definitions (different_basis as alt).",
      [M(pr(10, "en"), 7, "about one fifth of the Chinese economy", "one fifth", 20.0, PC, "x", qualifier="approx", note="word number"),
       M(pr(17, "en"), 16, "about a quarter of the economy", "a quarter", 25.0, PC, "x", qualifier="approx", note="word number")],
      {(1, 2): (C, D)})

# ============================================================ singles: figures stated once
single(fi(1, "en"), 5, "38 percent in inland waters", "38 percent", 38.0, PC)
single(fi(5, "en"), 3, "about 811 million people", "811 million", 811e6, P, qualifier="approx")
single(fi(5, "en"), 10, "declined to 64.6% in 2019", "64.6%", 64.6, PC)
single(fi(6, "en"), 7, "an average annual rate of 3.0% since 1961", "3.0%", 3.0, PC)
single(fi(8, "en"), 7, "Seafood imports surged in 2022 to 4.1 MMT", "4.1 MMT", 4.1e6, T)
single(fi(11, "hans"), 7, "2032年表观消费量将增长12%", "12%", 12.0, PC)
single(fi(11, "hans"), 7, "到2032年将增长10%", "10%", 10.0, PC)
single(fi(15, "hans"), 24, "全球水生动物出口总额为1510亿美元", "1510亿美元", 1510e8, USD)
single(fi(16, "hans"), 5, "海洋渔业增加值4618亿元", "4618亿元", 4618e8, CNY)
single(fi(17, "hans"), 16, "全国渔民人均纯收入23442.13元", "23442.13元", 23442.13, CNY)
single(nu(9, "en"), 12, "102 nuclear power units", "102", 102.0, CNT)
single(nu(10, "en"), 9, "a 3.7 percent year-on-year increase", "3.7 percent", 3.7, PC)
single(nu(11, "en"), 5, "($31 billion)", "$31 billion", 31e9, USD)
single(nu(12, "hant"), 16, "佔全國電力裝機總量的2.2%", "2.2%", 2.2, PC)
single(nu(12, "hant"), 18, "佔世界滿分機組的50%", "50%", 50.0, PC)
single(nu(18, "hant"), 6, "同比增長54.79%", "54.79%", 54.79, PC)
single(nu(21, "en"), 12, "(630 MWe RAPPS-7)", "630 MWe", 630e6, W)
single(nu(22, "en"), 17, "an average rate of 90%", "90%", 90.0, PC)
single(pr(1, "en"), 7, "accounted for about 72.6% of them", "72.6%", 72.6, PC, qualifier="approx")
single(pr(3, "en"), 12, "narrowed by 0.6 percentage points", "0.6 percentage points", 0.6, PP)
single(pr(10, "en"), 21, "dropped 5.7% in December", "5.7%", -5.7, PC)
single(pr(16, "en"), 5, "about S $ 1806.7 billion", "S $ 1806.7 billion", 1806.7e9, "SGD", qualifier="approx")

# ============================================================ non-claims: dates, ids, counters, phone numbers, section and unit numbers
single(fi(2, "en"), 4, "1046. The State", not_a_claim=True, kind="identifier", note="article number")
single(fi(3, "en"), 3, " date 2024-06-10", not_a_claim=True, kind="date")
single(fi(4, "en"), 8, "1 Production", not_a_claim=True, kind="section_number")
single(fi(11, "hans"), 16, "1042463605@qq.com", not_a_claim=True, kind="email")
single(fi(12, "hant"), 5, "2024年06月08日 08:00 62", not_a_claim=True, kind="page_furniture", note="date, time and a view counter")
single(fi(14, "hans"), 13, "表112021年", not_a_claim=True, kind="table_number", note="table 11 glued to the year 2021")
single(fi(15, "hans"), 15, "4527 阅读", not_a_claim=True, kind="page_furniture", note="view counter")
single(fi(17, "hans"), 8, "发布时间:2023-02-21 15:28", not_a_claim=True, kind="date")
single(fi(18, "en"), 28, "+1 207-842-5500", not_a_claim=True, kind="phone_number")
single(fi(18, "en"), 28, "ME 04101", not_a_claim=True, kind="postal_code")
single(nu(7, "en"), 5, "0", not_a_claim=True, kind="page_furniture", note="comment counter")
single(nu(12, "hant"), 8, "2023-04-26 17:26", not_a_claim=True, kind="date")
single(nu(13, "hant"), 8, "010-65363056", not_a_claim=True, kind="phone_number")
single(nu(15, "hans"), 6, "0 条", not_a_claim=True, kind="page_furniture", note="comment counter")
single(nu(18, "hant"), 6, "福建霞浦核電一期(1、2號機組)", not_a_claim=True, kind="unit_number")
single(nu(20, "hant"), 6, "1.核電廠營運國家減少", not_a_claim=True, kind="section_number")
single(nu(21, "en"), 3, "ISSN 2753-7757", not_a_claim=True, kind="identifier")
single(nu(21, "en"), 7, "2/9/2025", not_a_claim=True, kind="date")
single(pr(2, "hant"), 5, "010-59231580", not_a_claim=True, kind="phone_number")
single(pr(2, "hant"), 16, "詳見附注6", not_a_claim=True, kind="footnote_marker")
single(pr(4, "hans"), 4, "2024-03-19 05:35:06", not_a_claim=True, kind="date")
single(pr(9, "en"), 3, "AIRLINK 202.60 Increased By ▲ 1.70 (0.85%)", not_a_claim=True, kind="page_furniture", note="stock ticker")
single(pr(12, "en"), 20, "since May 2023", not_a_claim=True, kind="date")
single(pr(17, "en"), 5, "Picture taken August 12, 2019", not_a_claim=True, kind="date")

emit(HERE / "gold.d" / "fresh18.toml", "corpus-fresh18")
