#!/usr/bin/env python3
"""Hand annotation of corpus-fresh16, written as data; emits gold.d/fresh16.toml (then run corpus/check_gold.py --dir corpus-fresh16 --build).

Every mention carries a 'basis' tag (year / month / period / source stage as read from the text). Pair verdicts:
explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value -> consistent;
a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9 .. fresh15): different sources' statements of one quantity share a basis tag; a rounded
restatement is rounding, also when hedged with 约 / about (CMOC's 55,526 t vs 约5.55万吨; 419,539 t vs 41.95万吨 vs 42万吨;
760.82億立方公尺 vs 76.1 billion cubic meters; 53.78 vs 53.7 million t vs 5380万吨; 5416.5万吨 vs 5416萬噸; 119.97 vs 119.9
million t; 174% vs 170%; 21,170.43 vs 21,170 tons); two precise figures that disagree are conflict (USGS 2021 lithium growth
21% vs '18 per cent'; DRC cobalt 2020 85,855 vs 85,856 t; CMOC's quota 6,650 vs 6,500 t; LNG growth 2018 40.4% / 41% vs
'almost 38 percent'); figures of one quantity from different compilers that the texts name (USGS vs BP / WEF, Cobalt
Institute vs Darton vs the DRC ministry, BP vs IEA) are conflict with different_basis as alt (or the reverse) - 'either';
forecasts / guidance vs outcomes, other years, months, partial periods, month-on-month vs year-on-year rates, resources vs
reserves are different_basis. A bound (more than / over / almost / nearly / 超过 / 近 / 逾 / 以上 / 接近) that contains the
figure is consistent.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8; K = 1e3 ('86K metric tons'); lithium and cobalt in tonnes of metal, gas volumes
in cubic metres (unit m**3), gas imports in tonnes; prices in CNY per tonne / USD per lb. psd99's table gives 萬噸 in its
header line only (values keyed x 1e4).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

li = lambda n, s: f"lith-{n:02d}-{s}.txt"
co = lambda n, s: f"cob-{n:02d}-{s}.txt"
ga = lambda n, s: f"gas-{n:02d}-{s}.txt"
PC, T, M3, CNYT, USD, CNY, USDLB, MO, OZ = ("percent", "tonnes", "m**3", "CNY_per_tonne", "USD", "CNY", "USD_per_lb",
                                           "months", "troy_ounce")

# ============================================================ lithium: USGS / BP world and country mine production, reserves, prices
group("lith_world_2021", "lithium", "World lithium mine production in 2021: USGS 100,000 t (excluding the US; min-met, australianresources 'approximately') vs BP / Visual Capitalist total 105,984 t and the bounds 'Exceeded ... 100,000 tons' / 首次超過10萬噸 (twice, Traditional Chinese copies of the same article); 2020 82,500 t (three); 2018 95,000 t",
      "world", "lithium mine production (tonnes)", "2021 / 2020 / 2018",
      "USGS's 100,000 t excludes US output; BP's 105,984 t is another compiler's total including the US: different_basis, conflict as alt. The BP-based bounds 'exceeded 100,000' / 超過10萬噸 contain 105,984 (consistent). Other years different_basis.",
      [M(li(1,"en"), 4, "global mine production of lithium in 2021 was 100,000 tonnes", "100,000 tonnes", 100000.0, T, "y21"),
       M(li(2,"en"), 10, "approximately 100,000 tonnes of lithium was produced worldwide", "100,000 tonnes", 100000.0, T, "y21", qualifier="approx"),
       M(li(3,"en"), 33, "Total 105,984", "105,984", 105984.0, T, "y21", note="BP data"),
       M(li(3,"en"), 21, "Exceeded world lithium production 100,000 tons", "100,000 tons", 100000.0, T, "y21", qualifier="over"),
       M(li(4,"hant"), 8, "全球鋰產量首次超過10萬噸", "10萬噸", 1e5, T, "y21", qualifier="over"),
       M(li(5,"hant"), 8, "全球鋰產(chǎn)量首次超過(guò)10萬(wàn)噸", "10萬(wàn)噸", 1e5, T, "y21", qualifier="over"),
       M(li(1,"en"), 4, "a 21% increase over 2020 (82,500 tonnes)", "82,500 tonnes", 82500.0, T, "y20"),
       M(li(2,"en"), 10, "2020 when 82,500 tonnes of lithium were produced", "82,500 tonnes", 82500.0, T, "y20"),
       M(li(2,"en"), 12, "in 2018 when 95,000 tonnes were produced", "95,000 tonnes", 95000.0, T, "y18")],
      {**cross((1, 2), (3,), (D, C)), **cross((1, 2), (4, 5, 6), K), **cross((3,), (4, 5, 6), K), **among((4, 5, 6), K)})

group("lith_world_growth", "lithium", "Growth of world lithium mine production: USGS 2021 +21% (min-met headline and text) vs australianresources' '18 per cent increase' on the same 100,000 / 82,500 t; 2023 +23% (evmarketsreports)",
      "world", "growth of lithium mine production (percent)", "2021 / 2023",
      "100,000 / 82,500 = +21.2%: the 18 per cent is a wrong restatement of the same USGS figure (conflict). 2023 is another year.",
      [M(li(1,"en"), 3, "Global lithium production up 21% in 2021", "21%", 21.0, PC, "y21", note="headline"),
       M(li(1,"en"), 4, "a 21% increase over 2020", "21%", 21.0, PC, "y21"),
       M(li(2,"en"), 10, "This is an 18 per cent increase on 2020", "18 per cent", 18.0, PC, "y21"),
       M(li(8,"en"), 5, "an impressive 23% increase in worldwide lithium production", "23%", 23.0, PC, "y23")],
      {(1, 3): C, (2, 3): C})

group("lith_australia", "lithium", "Australia's lithium mine production: 2021 USGS 55,000 t (min-met, australianresources) vs BP 55,416 t; 2020 39,700 t; 2023 86,000 t (statista, miningdoc) = 86K (evmarketsreports); 2013 13,000 t",
      "Australia", "lithium mine production (tonnes)", "2013 / 2020 / 2021 / 2023",
      "USGS's rounded 55,000 vs BP's 55,416: rounding, different_basis as alt (two compilers). 86K = 86,000 (consistent). Other years different_basis.",
      [M(li(1,"en"), 8, "With 55,000 tonnes of mined lithium content", "55,000 tonnes", 55000.0, T, "y21"),
       M(li(2,"en"), 14, "Australia produced 55,000 tonnes of lithium in 2021", "55,000 tonnes", 55000.0, T, "y21"),
       M(li(3,"en"), 24, "Australia πŸ‡¦πŸ‡Ί 55,416", "55,416", 55416.0, T, "y21", note="BP data"),
       M(li(2,"en"), 14, "from the 39,700 tonnes of lithium produced in 2020", "39,700 tonnes", 39700.0, T, "y20"),
       M(li(6,"en"), 3, "with an estimated output of 86,000 metric tons", "86,000 metric tons", 86000.0, T, "y23"),
       M(li(7,"en"), 11, "whereas 86,000 metric tonnes were produced in 2023", "86,000 metric tonnes", 86000.0, T, "y23"),
       M(li(8,"en"), 6, "shows a production of 86K metric tons", "86K metric tons", 86000.0, T, "y23"),
       M(li(7,"en"), 11, "13,000 metric tonnes of lithium were produced in Australia in 2013", "13,000 metric tonnes", 13000.0, T, "y13")],
      {**cross((1, 2), (3,), (R, D))})

group("lith_australia_growth", "lithium", "Growth of Australia's lithium output in 2021: 28 per cent (australianresources headline and text)",
      "Australia", "growth of lithium mine production (percent)", "2021",
      "Same figure restated (consistent).",
      [M(li(2,"en"), 5, "Australian lithium production jumps 28 per cent in 2021", "28 per cent", 28.0, PC, "y21", note="headline"),
       M(li(2,"en"), 14, "a 28 per cent increase from the 39,700 tonnes", "28 per cent", 28.0, PC, "y21")])

group("lith_chile", "lithium", "Chile's lithium mine production: 2021 26,000 t (USGS twice, BP); 2023 44,000 t (statista, miningdoc) = 44K; 2013 13,500 t",
      "Chile", "lithium mine production (tonnes)", "2013 / 2021 / 2023",
      "Same years agree across compilers and forms (44K = 44,000); other years different_basis.",
      [M(li(1,"en"), 8, "followed by Chile (26,000 tonnes)", "26,000 tonnes", 26000.0, T, "y21"),
       M(li(2,"en"), 16, "with Chile (26,000 tonnes)", "26,000 tonnes", 26000.0, T, "y21"),
       M(li(3,"en"), 25, "Chile πŸ‡¨πŸ‡± 26,000", "26,000", 26000.0, T, "y21", note="BP data"),
       M(li(6,"en"), 3, "totaling 44,000", "44,000", 44000.0, T, "y23"),
       M(li(7,"en"), 13, "Producing 44,000 metric tonnes in 2023", "44,000 metric tonnes", 44000.0, T, "y23"),
       M(li(8,"en"), 6, "Chile follows with 44K metric tons", "44K metric tons", 44000.0, T, "y23"),
       M(li(7,"en"), 13, "from 13,500 metric tonnes in 2013", "13,500 metric tonnes", 13500.0, T, "y13")])

group("lith_china", "lithium", "China's lithium mine production: 2021 14,000 t (USGS twice, BP); 2023 33,000 t (statista) = 33K (evmarketsreports) vs miningdoc's '33,000 metric tonnes in 2016' (the text's year slip); 2013 4,000 t",
      "China", "lithium mine production (tonnes)", "2013 / 2021 / 2023 ('2016')",
      "Same years agree. miningdoc prints 2016 for the 2023 figure in a 2023 ranking: as written another year (different_basis), consistent as alt.",
      [M(li(1,"en"), 8, "China (14,000 tonnes)", "14,000 tonnes", 14000.0, T, "y21"),
       M(li(2,"en"), 16, "China (14,000 tonnes)", "14,000 tonnes", 14000.0, T, "y21"),
       M(li(3,"en"), 26, "Chinese πŸ‡¨πŸ‡³ 14,000", "14,000", 14000.0, T, "y21", note="BP data"),
       M(li(6,"en"), 3, "and 33,000 metric tons, respectively", "33,000 metric tons", 33000.0, T, "y23"),
       M(li(8,"en"), 6, "then China with 33K metric tons", "33K metric tons", 33000.0, T, "y23"),
       M(li(7,"en"), 15, "to 33,000 metric tonnes in 2016", "33,000 metric tonnes", 33000.0, T, "y16_slip", note="year slip for 2023"),
       M(li(7,"en"), 15, "From 4,000 metric tonnes in 2013", "4,000 metric tonnes", 4000.0, T, "y13")],
      {**cross((4, 5), (6,), (D, K))})

group("lith_argentina", "lithium", "Argentina's lithium mine production: 2021 USGS 6,200 t (twice) vs BP 5,967 t; 2023 9.6K t",
      "Argentina", "lithium mine production (tonnes)", "2021 / 2023",
      "Two compilers' figures for 2021 that disagree beyond rounding: conflict, different_basis as alt. 2023 different_basis.",
      [M(li(1,"en"), 8, "Argentina (6,200 tonnes)", "6,200 tonnes", 6200.0, T, "y21"),
       M(li(2,"en"), 16, "Argentina (6,200 tonnes)", "6,200 tonnes", 6200.0, T, "y21"),
       M(li(3,"en"), 27, "Argentina πŸ‡¦πŸ‡· 5,967", "5,967", 5967.0, T, "y21", note="BP data"),
       M(li(8,"en"), 6, "Argentina with 9.6K metric tons", "9.6K metric tons", 9600.0, T, "y23")],
      {**cross((1, 2), (3,), (C, D))})

group("lith_shares_2021", "lithium", "Shares of world lithium output in 2021 (BP data via Visual Capitalist): Australia 52% (table, text, two Chinese copies)",
      "Australia", "share of world lithium production (percent)", "2021",
      "Same figure everywhere (consistent).",
      [M(li(3,"en"), 24, "55,416 52%", "52%", 52.0, PC, "y21"),
       M(li(3,"en"), 35, "Australia alone produces 52% of the world’s lithium", "52%", 52.0, PC, "y21"),
       M(li(4,"hant"), 9, "就占全球的52%", "52%", 52.0, PC, "y21"),
       M(li(5,"hant"), 9, "就占全球的52%", "52%", 52.0, PC, "y21")])

group("lith_share_chile_2021", "lithium", "Chile's share of world lithium output in 2021: 25% (table, two Chinese copies)",
      "Chile", "share of world lithium production (percent)", "2021",
      "Same figure (consistent).",
      [M(li(3,"en"), 25, "26,000 25%", "25%", 25.0, PC, "y21"),
       M(li(4,"hant"), 10, "低于智利的25%", "25%", 25.0, PC, "y21"),
       M(li(5,"hant"), 10, "低于智利的25%", "25%", 25.0, PC, "y21")])

group("lith_share_china_2021", "lithium", "China's share of world lithium output in 2021: 13% (table, two Chinese copies)",
      "China", "share of world lithium production (percent)", "2021",
      "Same figure (consistent).",
      [M(li(3,"en"), 26, "14,000 13%", "13%", 13.0, PC, "y21"),
       M(li(4,"hant"), 10, "約占全球的13%", "13%", 13.0, PC, "y21", qualifier="approx"),
       M(li(5,"hant"), 10, "約占全球的13%", "13%", 13.0, PC, "y21", qualifier="approx")])

group("lith_share_top3", "lithium", "Share of the top three producers in world lithium output: 2021 about 90% (three, BP-based) vs 2023 88% (miningdoc, USGS)",
      "Australia, Chile, China", "share of world lithium production (percent)", "2021 / 2023",
      "2021 figures agree; 2023 is another year (different_basis).",
      [M(li(3,"en"), 21, "approximately 90% of it came from only three countries", "90%", 90.0, PC, "y21", qualifier="approx"),
       M(li(4,"hant"), 8, "占全球鋰產量的約90%", "90%", 90.0, PC, "y21", qualifier="approx"),
       M(li(5,"hant"), 8, "占全球鋰產(chǎn)量的約90%", "90%", 90.0, PC, "y21", qualifier="approx"),
       M(li(7,"en"), 9, "three nations made up 88% of the world’s lithium production", "88%", 88.0, PC, "y23")])

group("lith_share_us", "lithium", "US share of world lithium output in 2021: 1% (BP table, zslijia)",
      "United States", "share of world lithium production (percent)", "2021",
      "Same figure (consistent).",
      [M(li(3,"en"), 31, "900 1%", "1%", 1.0, PC, "y21"),
       M(li(4,"hant"), 11, "已降至1%", "1%", 1.0, PC, "y21")])

group("lith_atacama_lce", "lithium", "Salar de Atacama lithium resources at end-2021: 4551萬噸 LCE (two copies)",
      "Salar de Atacama", "lithium resources (tonnes LCE)", "end-2021",
      "Syndicated copies (consistent).",
      [M(li(4,"hant"), 7, "鋰資源儲量達4551萬噸", "4551萬噸", 4551e4, T, "e21"),
       M(li(5,"hant"), 7, "鋰資源儲(chǔ)量達(dá)4551萬(wàn)噸", "4551萬(wàn)噸", 4551e4, T, "e21")])

group("lith_res_bolivia", "lithium", "Bolivia's lithium resources: 21 million t (USGS, end-2021, australianresources) = gladcc's 2100万吨 called '锂金属储量' vs psd99's 2026 '玻利維亞資源量 2300 萬噸'",
      "Bolivia", "lithium resources (tonnes)", "end-2021 / 2026",
      "gladcc's 2100万吨 is the USGS resource figure although it says 储量 (reserves): different_basis as written, consistent as alt. psd99's 2300萬 is a later vintage (different_basis).",
      [M(li(2,"en"), 20, "Bolivia had 21 million tonnes of lithium resources", "21 million tonnes", 21e6, T, "res21"),
       M(li(14,"hans"), 5, "以2100万吨锂金属储量居首", "2100万吨", 2100e4, T, "gladcc_reserves"),
       M(li(15,"hant"), 16, "玻利維亞資源量 2300 萬(wàn)噸", "2300 萬(wàn)噸", 2300e4, T, "res26")],
      {(1, 2): (D, K)})

group("lith_res_chile", "lithium", "Chile's lithium reserves: 920万吨 (gladcc) = 920 萬噸 (psd99, USGS basis) vs worldpopulationreview's 'around 9 million tons'; Chile's resources 9.8 million t (end-2021)",
      "Chile", "lithium reserves (tonnes)", "current / end-2021 resources",
      "'around 9 million' is a rounded statement of 9.2 million (rounding); resources are another measure (different_basis).",
      [M(li(14,"hans"), 7, "智利:920万吨储量", "920万吨", 920e4, T, "resv"),
       M(li(15,"hant"), 5, "智利:920|24.9%", "920", 920e4, T, "resv", note="unit 萬噸 from the table header"),
       M(li(16,"en"), 19, "the largest lithium reserves, around 9 million tons", "9 million tons", 9e6, T, "resv", qualifier="approx"),
       M(li(2,"en"), 20, "Chile had 9.8 million tonnes", "9.8 million tonnes", 9.8e6, T, "res21")],
      {**cross((1, 2), (3,), R)})

group("lith_res_australia", "lithium", "Australia's lithium reserves: gladcc 790万吨 vs psd99 840 萬噸 (USGS basis, 2026); Australia's resources 7.3 million t (end-2021)",
      "Australia", "lithium reserves (tonnes)", "undated / 2026 / end-2021 resources",
      "gladcc is undated and mixes resource figures: conflict with different_basis as alt. Resources are another measure.",
      [M(li(14,"hans"), 9, "澳大利亚:790万吨储量", "790万吨", 790e4, T, "resv"),
       M(li(15,"hant"), 6, "澳大利亞:840|22.7%", "840", 840e4, T, "resv", note="unit 萬噸 from the table header"),
       M(li(2,"en"), 20, "Australia had 7.3 million tonnes", "7.3 million tonnes", 7.3e6, T, "res21")],
      {(1, 2): (C, D)})

group("lith_res_us", "lithium", "US lithium reserves: gladcc 910万吨 vs psd99 440 萬噸",
      "United States", "lithium reserves (tonnes)", "undated / 2026",
      "gladcc's 910万吨 looks like a resource figure but is called 储量: conflict with different_basis as alt.",
      [M(li(14,"hans"), 8, "美国:910万吨储量", "910万吨", 910e4, T, "resv"),
       M(li(15,"hant"), 8, "美國(guó):440|11.9%", "440", 440e4, T, "resv", note="unit 萬噸 from the table header")],
      {(1, 2): (C, D)})

group("lith_res_china", "lithium", "China's lithium reserves: gladcc 1470万吨 (after new domestic finds) vs psd99 460 萬噸 (USGS basis)",
      "China", "lithium reserves (tonnes)", "undated / 2026",
      "gladcc cites China's own enlarged figure ('实现储量大幅跃升') against USGS's: different_basis, conflict as alt.",
      [M(li(14,"hans"), 6, "中国:储量1470万吨", "1470万吨", 1470e4, T, "resv_cn"),
       M(li(15,"hant"), 7, "中國(guó):460|12.4%", "460", 460e4, T, "resv", note="unit 萬噸 from the table header")],
      {(1, 2): (D, C)})

group("lith_res_world", "lithium", "World lithium reserves: psd99 約3700 萬噸 (2026, USGS basis) vs worldpopulationreview 'around 21 million tonnes' (older USGS vintage); world resources 89 million t (end-2021)",
      "world", "lithium reserves (tonnes)", "2026 / older vintage / end-2021 resources",
      "Different vintages and measures (different_basis).",
      [M(li(15,"hant"), 4, "全球總儲(chǔ)量約3700 萬(wàn)噸", "3700 萬(wàn)噸", 3700e4, T, "resv26", qualifier="approx"),
       M(li(16,"en"), 19, "around 21 million tonnes of lithium reserves", "21 million tonnes", 21e6, T, "resv_old", qualifier="approx"),
       M(li(2,"en"), 18, "the world’s lithium resources increased to 89 million tonnes", "89 million tonnes", 89e6, T, "res21")])

group("lith_price_peak", "lithium", "Peak of China's lithium carbonate price: kallanish 'about CNY 567,500/t in November 2022' vs 21世紀經濟報道's '2022年最高接近60萬元/噸' vs cedar-test's '最高50萬元/噸' (as of June 2022)",
      "China", "lithium carbonate price peak (CNY per tonne)", "2022 / to June 2022",
      "接近60萬 (just under 600,000) contains 567,500 (consistent). cedar-test's high is the high to June 2022, before the November peak: different_basis.",
      [M(li(9,"en"), 5, "the peak at about CNY 567,500/t in November 2022", "CNY 567,500/t", 567500.0, CNYT, "peak22", qualifier="approx"),
       M(li(12,"hant"), 9, "從2022年最高接近60萬元/噸", "60萬元/噸", 600000.0, CNYT, "peak22", qualifier="under"),
       M(li(13,"hant"), 7, "增長至最高50萬元/噸", "50萬元/噸", 500000.0, CNYT, "peak_to_jun22")],
      {(1, 2): K})

group("lith_price_jan23", "lithium", "Battery-grade lithium carbonate spot price on 9 January 2023: Shanghai Steel Union (Mysteel) 492,500 yuan/t vs Shanghai Nonferrous (SMM) 491,000 yuan/t, both 'below 500,000' (twice)",
      "China", "battery-grade lithium carbonate price (CNY per tonne)", "9 January 2023",
      "Two price providers the text names for the same day: different_basis, conflict as alt. The 'below 500,000' bounds contain both (consistent).",
      [M(li(11,"en"), 9, "fell by 10,000 yuan/ton to 492,500 yuan/ton", "492,500 yuan/ton", 492500.0, CNYT, "mysteel"),
       M(li(11,"en"), 9, "fell by 10,500 yuan/ton to 491,000 yuan/ton", "491,000 yuan/ton", 491000.0, CNYT, "smm"),
       M(li(11,"en"), 9, "the price fell back to Below 500,000 yuan/ton", "500,000 yuan/ton", 500000.0, CNYT, "mysteel", qualifier="under"),
       M(li(11,"en"), 11, "fell below the 500,000 mark", "500,000", 500000.0, CNYT, "mysteel", qualifier="under")],
      {(1, 2): (D, C), (1, 3): K, (1, 4): K, (2, 3): (D, K), (2, 4): (D, K)})

group("lith_price_300k", "lithium", "Look-alike: lithium carbonate price 'breached 300,000 yuan ($66,195) per tonne' in January 2022 vs 'dropped below CNY 300,000 ($43,781.94)/tonne' in March 2023",
      "China", "lithium carbonate price (CNY per tonne)", "January 2022 / March 2023",
      "Same number, dates a year apart (different_basis); the dollar conversions differ accordingly.",
      [M(li(2,"en"), 28, "breached 300,000 yuan ($66,195) per tonne", "300,000 yuan", 300000.0, CNYT, "jan22", qualifier="over"),
       M(li(9,"en"), 3, "dropped below CNY 300,000 ($43,781.94)/tonne", "CNY 300,000", 300000.0, CNYT, "mar23", qualifier="under")])

group("lith_price_fall", "lithium", "Fall of China's lithium carbonate price from the November 2022 peak: 'more than 30 percent' (22 February 2023, industrial grade) vs 'over 50%' (24 March 2023, battery grade)",
      "China", "fall from peak (percent)", "February / March 2023",
      "Different dates and grades (different_basis).",
      [M(li(10,"en"), 5, "a pullback of more than 30 percent from the November peak", "30 percent", 30.0, PC, "feb23", qualifier="over"),
       M(li(9,"en"), 5, "declined by over 50% from the peak", "50%", 50.0, PC, "mar23", qualifier="over")])

# ============================================================ cobalt: CMOC's output, DRC output and export quotas, world supply
group("cmoc_cobalt_2023", "cobalt", "CMOC's cobalt output in 2023: 55,526 t (scmp, Reuters/nasdaq, miner.africa, longport, metalnomist) vs mysteel's rounded 约5.55万吨 and the bound '超过5.5万吨' (yujingqiu, citing Reuters)",
      "CMOC", "cobalt production (tonnes)", "2023",
      "约5.55万吨 rounds 55,526 (rounding); 超过5.5万吨 contains it (consistent).",
      [M(co(1,"en"), 5, "CMOC produced 55,526 tonnes of cobalt in 2023", "55,526 tonnes", 55526.0, T, "y23"),
       M(co(2,"en"), 3, "jumped 174% to 55,526 metric tons", "55,526 metric tons", 55526.0, T, "y23"),
       M(co(3,"en"), 4, "a cobalt output of 55,526 tons", "55,526 tons", 55526.0, T, "y23"),
       M(co(4,"en"), 14, "55,526 tons of cobalt", "55,526 tons", 55526.0, T, "y23"),
       M(co(7,"en"), 7, "compared to 55,526 tonnes in 2023", "55,526 tonnes", 55526.0, T, "y23"),
       M(co(5,"hans"), 7, "41.95万吨、5.55万吨", "5.55万吨", 5.55e4, T, "y23", qualifier="approx"),
       M(co(6,"hans"), 9, "2023年生产钴超过5.5万吨", "5.5万吨", 5.5e4, T, "y23", qualifier="over")],
      {**cross((1, 2, 3, 4, 5), (6,), R), **cross((1, 2, 3, 4, 5, 6), (7,), K)})

group("cmoc_cobalt_growth_2023", "cobalt", "Growth of CMOC's cobalt output in 2023: 174% (Reuters/nasdaq, longport's data paragraph, mysteel) vs the rounded 170% (miner.africa, longport's headline) and scmp's 'more than 170 per cent'",
      "CMOC", "growth of cobalt production (percent)", "2023",
      "170% rounds 174% (rounding); 'more than 170' contains 174 (consistent) and is read as agreeing with the rounded 170 (consistent).",
      [M(co(2,"en"), 3, "jumped 174% to", "174%", 174.0, PC, "y23"),
       M(co(4,"en"), 14, "51%, 174%, and 16%", "174%", 174.0, PC, "y23"),
       M(co(5,"hans"), 7, "51%、174%、16%", "174%", 174.0, PC, "y23"),
       M(co(3,"en"), 3, "a staggering 170% increase in cobalt production", "170%", 170.0, PC, "y23"),
       M(co(4,"en"), 8, "Cobalt production soars by 170%!", "170%", 170.0, PC, "y23", note="headline"),
       M(co(1,"en"), 3, "boosted its cobalt output by more than 170 per cent", "170 per cent", 170.0, PC, "y23", qualifier="over")],
      {**cross((1, 2, 3), (4, 5), R), **cross((1, 2, 3, 4, 5), (6,), K)})

group("cmoc_cobalt_increase_2023", "cobalt", "Increase of CMOC's cobalt output in 2023 in tonnes: 'over 35,000 tons' (longport) vs 3.52万吨 (mysteel)",
      "CMOC", "increase of cobalt production (tonnes)", "2023",
      "The bound contains 35,200 (consistent).",
      [M(co(4,"en"), 14, "an increase of over 35,000 tons", "35,000 tons", 35000.0, T, "y23", qualifier="over"),
       M(co(5,"hans"), 7, "14.25万吨、3.52万吨", "3.52万吨", 3.52e4, T, "y23")],
      {(1, 2): K})

group("cmoc_copper", "cobalt", "CMOC's copper output: 2023 419,539 t (Reuters/nasdaq, longport) vs mysteel's 约41.95万吨 vs yujingqiu's 42万吨; 2022 276,992 t vs 27.7万吨; 2024 650,161 t (metalnomist) vs metals-wire's '650,000 tons produced last year'; forecasts: 2024 guidance 52万吨~57万吨, Q3-2024 run-rate 'could hit 600,000 tons', 2025 target 600,000 to 660,000 tons",
      "CMOC", "copper production (tonnes)", "2022 / 2023 / 2024 / guidance",
      "41.95万 and 42万 round 419,539 (rounding), 42万 also rounds 41.95万; 27.7万 rounds 276,992; 650,000 rounds 650,161 (rounding). Guidance, projections and other years are different_basis.",
      [M(co(2,"en"), 13, "CMOC produced 419,539 tons of copper in 2023", "419,539 tons", 419539.0, T, "y23"),
       M(co(4,"en"), 14, "a cumulative total of 419,539 tons of copper", "419,539 tons", 419539.0, T, "y23"),
       M(co(5,"hans"), 7, "分别约为41.95万吨", "41.95万吨", 41.95e4, T, "y23", qualifier="approx"),
       M(co(6,"hans"), 7, "2023年产铜42万吨", "42万吨", 42e4, T, "y23"),
       M(co(2,"en"), 13, "up 51% from 276,992 in 2022", "276,992", 276992.0, T, "y22"),
       M(co(6,"hans"), 7, "2022年产铜27.7万吨", "27.7万吨", 27.7e4, T, "y22"),
       M(co(7,"en"), 8, "reaching 650,161 tonnes in 2024", "650,161 tonnes", 650161.0, T, "y24"),
       M(co(22,"en"), 6, "slightly down from the 650,000 tons produced last year", "650,000 tons", 650000.0, T, "y24"),
       M(co(6,"hans"), 6, "2024年计划产铜(按金属量计,下同)52万吨~57万吨", "52万吨~57万吨", [52e4, 57e4], T, "guid24"),
       M(co(9,"en"), 29, "could hit 600,000 tons for this year", "600,000 tons", 600000.0, T, "proj24"),
       M(co(22,"en"), 6, "targets copper output of 600,000 to 660,000 tons for 2025", "600,000 to 660,000 tons", [600000.0, 660000.0], T, "guid25")],
      {**cross((1, 2), (3, 4), R), (3, 4): R, (5, 6): R, (7, 8): R})

group("cmoc_copper_growth", "cobalt", "Growth of CMOC's copper output: 2023 +51% (nasdaq, miner.africa, longport, mysteel); 2024 +55% (metalnomist, copperbelt); first nine months of 2024 +78%",
      "CMOC", "growth of copper production (percent)", "2023 / 2024 / Jan-Sep 2024",
      "Same years agree; other periods different_basis.",
      [M(co(2,"en"), 13, "up 51% from", "51%", 51.0, PC, "y23"),
       M(co(3,"en"), 8, "a remarkable 51% surge in copper", "51%", 51.0, PC, "y23"),
       M(co(4,"en"), 14, "growth rates of 51%", "51%", 51.0, PC, "y23"),
       M(co(5,"hans"), 7, "同比增幅分别为51%", "51%", 51.0, PC, "y23"),
       M(co(7,"en"), 8, "a 55% increase year-on-year", "55%", 55.0, PC, "y24"),
       M(co(23,"en"), 7, "boosted copper output by 55% in 2024", "55%", 55.0, PC, "y24"),
       M(co(9,"en"), 29, "in the first nine months rose 78%", "78%", 78.0, PC, "m9_24")])

group("cmoc_copper_increase_2023", "cobalt", "Increase of CMOC's copper output in 2023 in tonnes: 'over 140,000 tons' (longport) vs 14.25万吨 (mysteel)",
      "CMOC", "increase of copper production (tonnes)", "2023",
      "The bound contains 142,500 (consistent).",
      [M(co(4,"en"), 14, "an increase of over 140,000 tons", "140,000 tons", 140000.0, T, "y23", qualifier="over"),
       M(co(5,"hans"), 7, "较去年分别增加14.25万吨", "14.25万吨", 14.25e4, T, "y23")],
      {(1, 2): K})

group("kfm_monthly_copper", "cobalt", "Monthly copper output of CMOC's KFM mine at the end of 2023: '去年12月产铜近1.5万吨' (mysteel) vs '每月铜产量1.4万吨左右' (yujingqiu)",
      "KFM", "monthly copper production (tonnes)", "December 2023 / typical month end-2023",
      "One names December, the other a typical month, both hedged: different_basis, conflict as alt (近1.5万 does not contain 1.4万左右).",
      [M(co(5,"hans"), 5, "KFM去年12月产铜近1.5万吨", "1.5万吨", 1.5e4, T, "dec23", qualifier="under"),
       M(co(6,"hans"), 7, "每月铜产量1.4万吨左右", "1.4万吨", 1.4e4, T, "month_typ", qualifier="approx")],
      {(1, 2): (D, C)})

group("cmoc_gold_2023", "cobalt", "CMOC's gold output in 2023: 18,771 ounces (longport) = 18771盎司 (mysteel); growth 16% (both)",
      "CMOC", "gold production", "2023",
      "Same figures (consistent); ounces vs growth different_basis.",
      [M(co(4,"en"), 14, "and 18,771 ounces of gold", "18,771 ounces", 18771.0, OZ, "oz"),
       M(co(5,"hans"), 7, "18771盎司,较去年", "18771盎司", 18771.0, OZ, "oz"),
       M(co(4,"en"), 14, "and 16% respectively", "16%", 16.0, PC, "g"),
       M(co(5,"hans"), 7, "174%、16%", "16%", 16.0, PC, "g")])

group("cmoc_cobalt_2024", "cobalt", "CMOC's cobalt output in 2024: 114,165 t (metalnomist, metals-wire) vs reportify's rounded 11.42万吨; guidance 6万吨~7万吨 (yujingqiu), '6万吨以上', '70,000 tons at the high end' / '70 000 t'; first nine months 84,722 t = '84 722 t'; 2025 target 100,000-120,000 t",
      "CMOC", "cobalt production (tonnes)", "2024 / Jan-Sep 2024 / guidance 2024 / target 2025",
      "11.42万 rounds 114,165 (rounding). The guidance figures agree with each other (the range's top is 70,000; '6万吨以上' is inside it) and differ in stage from the outcome (different_basis); the nine-month figure and the 2025 target are other periods.",
      [M(co(7,"en"), 7, "reaching 114,165 tonnes (metal equivalent)", "114,165 tonnes", 114165.0, T, "y24"),
       M(co(22,"en"), 5, "an unprecedented output of 114,165 tons in 2024", "114,165 tons", 114165.0, T, "y24"),
       M(co(8,"hans"), 8, "洛阳钼业2024年钴产量11.42万吨", "11.42万吨", 11.42e4, T, "y24"),
       M(co(6,"hans"), 6, "产钴6万吨~7万吨", "6万吨~7万吨", [6e4, 7e4], T, "guid24"),
       M(co(6,"hans"), 9, "钴产量继续提升至6万吨以上", "6万吨", 6e4, T, "guid24", qualifier="at_least"),
       M(co(9,"en"), 25, "was 70,000 tons at the high end", "70,000 tons", 70000.0, T, "guid24"),
       M(co(10,"en"), 3, "full-year guidance of 70 000 t", "70 000 t", 70000.0, T, "guid24"),
       M(co(9,"en"), 25, "produced 84,722 tons of cobalt", "84,722 tons", 84722.0, T, "m9_24"),
       M(co(10,"en"), 3, "produced 84 722 t of cobalt", "84 722 t", 84722.0, T, "m9_24"),
       M(co(22,"en"), 5, "between 100,000 and 120,000 tons of cobalt this year", "100,000 and 120,000 tons", [100000.0, 120000.0], T, "tgt25")],
      {(1, 3): R, (2, 3): R, **cross((4,), (5, 6, 7), K), **cross((5,), (6, 7), K)})

group("cmoc_net_income", "cobalt", "Look-alike growth rates of CMOC's net income: Q3 2024 +64% (investintellect) vs full-year 2024 +64% (copperbelt) vs the preliminary 2024 range 55% to 72% (metals-wire)",
      "CMOC", "growth of net income (percent)", "Q3 2024 / 2024",
      "The quarter is another period (different_basis); the preliminary range contains the final 64% but is another stage (different_basis).",
      [M(co(9,"en"), 31, "third-quarter net income rose 64%", "64%", 64.0, PC, "q3_24"),
       M(co(23,"en"), 5, "net income surged 64% to 13.5 billion yuan", "64%", 64.0, PC, "y24"),
       M(co(22,"en"), 8, "surged by 55% to 72% year-on-year", "55% to 72%", [55.0, 72.0], PC, "prelim24")])

group("cmoc_net_income_cny", "cobalt", "CMOC's 2024 net income: 13.5 billion yuan (copperbelt, final) vs the preliminary 12.8 billion to 14.2 billion yuan (metals-wire); analysts' estimate 12.3 billion yuan; Q3 2024 2.9 billion yuan",
      "CMOC", "net income (CNY)", "2024 / Q3 2024",
      "Preliminary range, estimate and final result are different stages (different_basis); the quarter is another period.",
      [M(co(23,"en"), 5, "to 13.5 billion yuan ($1.9 billion)", "13.5 billion yuan", 13.5e9, CNY, "y24"),
       M(co(22,"en"), 8, "reaching between 12.8 billion yuan ($1.76 billion) and 14.2 billion yuan", "12.8 billion yuan ($1.76 billion) and 14.2 billion yuan", [12.8e9, 14.2e9], CNY, "prelim24"),
       M(co(23,"en"), 5, "analysts’ estimates of 12.3 billion yuan", "12.3 billion yuan", 12.3e9, CNY, "est24"),
       M(co(9,"en"), 31, "to 2.9 billion yuan ($410 million)", "2.9 billion yuan", 2.9e9, CNY, "q3_24")])

group("glencore_2023_guidance", "cobalt", "Glencore's 2023 cobalt guidance: 'as much as 42,000 tonnes' (scmp), 34,000 to 42,000 tons (Reuters/nasdaq), 'up to 42,000 tons' (miner.africa)",
      "Glencore", "cobalt production guidance (tonnes)", "2023",
      "The upper end agrees with the range (consistent).",
      [M(co(1,"en"), 5, "forecast output of as much as 42,000 tonnes", "42,000 tonnes", 42000.0, T, "g23", note="upper end"),
       M(co(2,"en"), 7, "guidance of 34,000 to 42,000 tons", "34,000 to 42,000 tons", [34000.0, 42000.0], T, "g23"),
       M(co(3,"en"), 5, "an output of up to 42,000 tons", "42,000 tons", 42000.0, T, "g23", note="upper end")],
      {(1, 2): K, (2, 3): K})

group("cmoc_2023_misc", "cobalt", "CMOC 2023 details repeated in scmp and miner.africa: guidance beaten by more than 20 per cent / over 20%",
      "CMOC", "excess over own guidance (percent)", "2023",
      "Same bound (consistent).",
      [M(co(1,"en"), 5, "by more than 20 per cent", "20 per cent", 20.0, PC, "y23", qualifier="over"),
       M(co(3,"en"), 5, "production guidance by over 20%", "20%", 20.0, PC, "y23", qualifier="over")])

group("kisanfu_cost", "cobalt", "Cost of CMOC's Kisanfu mine: US$1.8 billion (scmp) = $1.8 billion (miner.africa)",
      "Kisanfu", "mine cost (USD)", "—",
      "Same figure (consistent).",
      [M(co(1,"en"), 7, "the US$1.8 billion Kisanfu mine", "US$1.8 billion", 1.8e9, USD, "c"),
       M(co(3,"en"), 6, "CMOC’s $1.8 billion Kisanfu mine", "$1.8 billion", 1.8e9, USD, "c")])

group("cobalt_price_fall", "cobalt", "Falls of cobalt prices: 2023 '30 per cent slump' (scmp) = 'approximately 30%' (miner.africa); 2022 'more than 60%' (CME contract, Cobalt Institute release) vs 'over 60% from their June peak' (Darton); 2024 average -25.48% (reportify)",
      "world", "fall of cobalt prices (percent)", "2022 / 2023 / 2024",
      "2023 figures agree; the 2022 bounds are measured over different spans (different_basis); 2024 is another year.",
      [M(co(1,"en"), 7, "a 30 per cent slump in prices", "30 per cent", 30.0, PC, "y23"),
       M(co(3,"en"), 6, "down by approximately 30%", "30%", 30.0, PC, "y23", qualifier="approx"),
       M(co(11,"en"), 11, "prices fell more than 60% to $15 a lb", "60%", 60.0, PC, "y22_cme", qualifier="over"),
       M(co(12,"en"), 6, "fallen over 60% from their June peak", "60%", 60.0, PC, "y22_peak", qualifier="over"),
       M(co(8,"hans"), 8, "同比下降25.48%", "25.48%", -25.48, PC, "y24")])

group("cobalt_price_usd", "cobalt", "Cobalt price in USD per lb: $15 a lb (CME, spring 2023) vs 2024 average 11.26美元/磅 vs the February 2025 nine-year low '跌破10美元/磅'",
      "world", "cobalt price (USD per lb)", "2023 / 2024 / 2025",
      "Different dates (different_basis).",
      [M(co(11,"en"), 11, "to $15 a lb", "$15 a lb", 15.0, USDLB, "y23"),
       M(co(8,"hans"), 8, "2024年金属钴价格为11.26美元/磅", "11.26美元/磅", 11.26, USDLB, "y24"),
       M(co(17,"hant"), 9, "跌破10美元/磅", "10美元/磅", 10.0, USDLB, "feb25", qualifier="under")])

group("drc_cobalt_2020", "cobalt", "DRC cobalt output in 2020: central bank 85,855 t (Reuters, 中國礦業報 85855噸) vs vfchemical's 85,856 t",
      "DRC", "cobalt production (tonnes)", "2020",
      "Two precise figures that differ by one tonne: conflict.",
      [M(co(14,"en"), 3, "produced 85,855 tonnes of cobalt in 2020", "85,855 tonnes", 85855.0, T, "y20"),
       M(co(16,"hant"), 11, "的鈷產(chǎn)量為85855噸", "85855噸", 85855.0, T, "y20"),
       M(co(15,"en"), 12, "cobalt production rose to 85,856 tonnes", "85,856 tonnes", 85856.0, T, "y20")],
      {(1, 3): C, (2, 3): C})

group("drc_growth_2020", "cobalt", "Growth of DRC output in 2020: cobalt +10% (Reuters, 中國礦業報); copper +11.8% (both); look-alike: copper sales +10% in H1 2021 (vfchemical)",
      "DRC", "growth (percent)", "2020 / H1 2021",
      "Same figures agree; copper vs cobalt and H1 2021 sales are different quantities / periods (different_basis).",
      [M(co(14,"en"), 3, "up 10% from 2019", "10%", 10.0, PC, "co20"),
       M(co(16,"hant"), 11, "比2019年增長(zhǎng)10%", "10%", 10.0, PC, "co20"),
       M(co(14,"en"), 3, "copper production also jumping 11.8% year-on-year", "11.8%", 11.8, PC, "cu20"),
       M(co(16,"hant"), 11, "銅產(chǎn)量也同比增長(zhǎng)11.8%", "11.8%", 11.8, PC, "cu20"),
       M(co(15,"en"), 6, "rose 10% in the first half of 2021", "10%", 10.0, PC, "cu_sales_h121")])

group("drc_copper_2020", "cobalt", "DRC copper output in 2020: 1.587 million t (Reuters, vfchemical) = 158.7萬噸 (中國礦業報)",
      "DRC", "copper production (tonnes)", "2020",
      "Same figure (consistent).",
      [M(co(14,"en"), 7, "Copper production hit 1.587 million tonnes in 2020", "1.587 million tonnes", 1.587e6, T, "y20"),
       M(co(15,"en"), 12, "a record 1.587 million tonnes of copper production", "1.587 million tonnes", 1.587e6, T, "y20"),
       M(co(16,"hant"), 13, "2020年銅產(chǎn)量達(dá)到158.7萬(wàn)噸", "158.7萬(wàn)噸", 158.7e4, T, "y20")])

group("drc_cobalt_q1_2023", "cobalt", "DRC cobalt output in Q1 2023 (Ministry of Mines): headline 21,170 tons vs 21,170.43 tonnes (twice) in the text",
      "DRC", "cobalt production (tonnes)", "Q1 2023",
      "The headline rounds the precise figure (rounding).",
      [M(co(13,"en"), 3, "The DRC produced 21,170 tons of cobalt", "21,170 tons", 21170.0, T, "q1_23", note="headline"),
       M(co(13,"en"), 4, "produced 21,170.43 tonnes of cobalt", "21,170.43 tonnes", 21170.43, T, "q1_23"),
       M(co(13,"en"), 5, "exported abroad, 21,170.43 tons of cobalt", "21,170.43 tons", 21170.43, T, "q1_23")],
      {(1, 2): R, (1, 3): R})

group("drc_cobalt_2022", "cobalt", "DRC cobalt output in 2022 by compiler: Cobalt Institute 145,000 t vs the DRC Ministry of Mines 115,371 t vs Darton 'more than 111,000 tonnes'; zhifanghao's USGS-based 130000吨 under a '2023年更新' title",
      "DRC", "cobalt production (tonnes)", "2022 / '2023'",
      "Cobalt Institute vs the ministry: conflict, different_basis as alt (different compilers). Darton's bound contains both (consistent). zhifanghao's undated '2023' list is read as another period (different_basis).",
      [M(co(11,"en"), 9, "Congo’s share of that was 145,000 tonnes of cobalt", "145,000 tonnes", 145000.0, T, "y22"),
       M(co(13,"en"), 6, "had produced 115,371 tons of cobalt", "115,371 tons", 115371.0, T, "y22"),
       M(co(12,"en"), 5, "produced more than 111,000 tonnes of cobalt in 2022", "111,000 tonnes", 111000.0, T, "y22", qualifier="over"),
       M(co(21,"hans"), 17, "开采产量:130000吨", "130000吨", 130000.0, T, "y23_as_written")],
      {(1, 2): (C, D), (1, 3): K, (2, 3): K})

group("world_cobalt_2022", "cobalt", "World cobalt supply / production in 2022: Cobalt Institute 198,000 t vs Darton 187,060 t; look-alike: Cobalt Institute's 2022 demand 187,000 t; zhifanghao's USGS-based 19万吨 printed as '2023年'",
      "world", "cobalt production / supply (tonnes)", "2022 / '2023'",
      "198,000 vs 187,060: two compilers (conflict, different_basis as alt). Demand is another quantity; zhifanghao's figure is labelled 2023 (different_basis).",
      [M(co(11,"en"), 9, "Total cobalt production last year was 198,000 tonnes", "198,000 tonnes", 198000.0, T, "y22"),
       M(co(12,"en"), 4, "a 23% rise to 187,060 tonnes", "187,060 tonnes", 187060.0, T, "y22"),
       M(co(11,"en"), 9, "global demand rose 13% to 187,000 tonnes in 2022", "187,000 tonnes", 187000.0, T, "demand22"),
       M(co(21,"hans"), 11, "2023年的产量达到19万吨", "19万吨", 19e4, T, "y23_as_written")],
      {(1, 2): (C, D)})

group("drc_share", "cobalt", "DRC's share of world cobalt output: 2022 Cobalt Institute 73% vs Darton 75%; hstong 75.86% (latest) vs 'over 70%' (batterymetalsafrica, 2025); zhifanghao '70%左右'",
      "DRC", "share of world cobalt production (percent)", "2022 / latest",
      "73% vs 75% for 2022 from two compilers: conflict, different_basis as alt. 'over 70%' contains 75.86% (consistent). zhifanghao's '2023' figure is another period (different_basis).",
      [M(co(11,"en"), 9, "145,000 tonnes of cobalt or 73%", "73%", 73.0, PC, "y22"),
       M(co(12,"en"), 5, "responsible for 75% of global supply", "75%", 75.0, PC, "y22"),
       M(co(17,"hant"), 8, "佔全球產量75.86%", "75.86%", 75.86, PC, "latest"),
       M(co(19,"en"), 5, "supplies over 70% of the world’s cobalt", "70%", 70.0, PC, "latest", qualifier="over"),
       M(co(21,"hans"), 19, "占全球产量的比例高达70%左右", "70%", 70.0, PC, "y23_as_written", qualifier="approx")],
      {(1, 2): (C, D), (3, 4): K})

group("cob_australia", "cobalt", "Australia's cobalt output: Cobalt Institute 2022 7,000 t and 2021 5,900 t vs zhifanghao's 5900吨 printed as 2023 and its 5295吨 for the 'previous' year",
      "Australia", "cobalt production (tonnes)", "2021 / 2022 / '2023'",
      "Different years as written (different_basis); zhifanghao's 5900 is a look-alike of the Cobalt Institute's 2021 figure.",
      [M(co(11,"en"), 8, "Australia produced 7,000 tonnes of cobalt last year", "7,000 tonnes", 7000.0, T, "y22"),
       M(co(11,"en"), 8, "5,900 tonnes in 2021", "5,900 tonnes", 5900.0, T, "y21"),
       M(co(21,"hans"), 25, "澳大利亚开采产量:5900吨", "5900吨", 5900.0, T, "y23_as_written"),
       M(co(21,"hans"), 27, "相比2023年的5295吨", "5295吨", 5295.0, T, "prev_as_written")])

group("drc_quota_q4_2025", "cobalt", "DRC cobalt export quota for the rest of 2025 (16 October - 31 December): 18125噸 (hstong) = 18,125 tonnes (fastmarkets, batterymetalsafrica) vs reportify's 'slightly over 18,000 tons'",
      "DRC", "cobalt export quota (tonnes)", "Q4 2025",
      "Same figure; the bound contains it (consistent).",
      [M(co(17,"hant"), 11, "出口上限為18125噸", "18125噸", 18125.0, T, "q4_25"),
       M(co(18,"en"), 13, "A maximum of 18,125 tonnes", "18,125 tonnes", 18125.0, T, "q4_25"),
       M(co(19,"en"), 9, "allocates 18,125 metric tons", "18,125 metric tons", 18125.0, T, "q4_25"),
       M(co(20,"en"), 6, "allowing only slightly over 18,000 tons", "18,000 tons", 18000.0, T, "q4_25", qualifier="over")],
      {**cross((1, 2, 3), (4,), K)})

group("drc_quota_annual", "cobalt", "DRC annual cobalt export quota for 2026-2027: 96600噸 (hstong) = 96,600 tons (batterymetalsafrica, reportify); base quota 87000噸 = 87,000 tonnes (fastmarkets)",
      "DRC", "annual cobalt export quota (tonnes)", "2026-2027",
      "Same figures agree; total vs base quota different_basis.",
      [M(co(17,"hant"), 12, "年度配額鎖定96600噸", "96600噸", 96600.0, T, "total"),
       M(co(19,"en"), 9, "caps annual exports at 96,600 tons from 2026", "96,600 tons", 96600.0, T, "total"),
       M(co(20,"en"), 6, "a maximum annual export of 96,600 tons", "96,600 tons", 96600.0, T, "total"),
       M(co(17,"hant"), 12, "其中87000噸為", "87000噸", 87000.0, T, "base"),
       M(co(18,"en"), 21, "a base quota of 87,000 tonnes permitted", "87,000 tonnes", 87000.0, T, "base")])

group("drc_quota_monthly", "cobalt", "Look-alike monthly quotas of 7,250 t: November and December 2025 (hstong) vs the 2026-2027 base quota per month (fastmarkets); October 2025 3625噸",
      "DRC", "monthly cobalt export quota (tonnes)", "Oct / Nov / Dec 2025 / 2026-2027",
      "Same number for different periods (different_basis); November and December 2025 agree.",
      [M(co(17,"hant"), 11, "11月7250噸", "7250噸", 7250.0, T, "nov25"),
       M(co(17,"hant"), 11, "12月7250噸", "7250噸", 7250.0, T, "dec25"),
       M(co(18,"en"), 21, "This equals 7,250 tonnes per month", "7,250 tonnes", 7250.0, T, "base_month"),
       M(co(17,"hant"), 11, "10月3625噸", "3625噸", 3625.0, T, "oct25")])

group("drc_quota_companies", "cobalt", "Q4 2025 quota allocations: CMOC 6,650 tons (batterymetalsafrica) vs 6,500 tons (reportify); Glencore 3,925 tons (both)",
      "CMOC / Glencore", "cobalt export quota (tonnes)", "Q4 2025",
      "CMOC's 6,650 vs 6,500: conflict. Glencore's figure agrees.",
      [M(co(19,"en"), 9, "at 6,650 tons and", "6,650 tons", 6650.0, T, "cmoc"),
       M(co(20,"en"), 6, "approvals for 6,500 tons and", "6,500 tons", 6500.0, T, "cmoc"),
       M(co(19,"en"), 9, "and 3,925 tons, respectively", "3,925 tons", 3925.0, T, "glencore"),
       M(co(20,"en"), 6, "6,500 tons and 3,925 tons", "3,925 tons", 3925.0, T, "glencore")],
      {(1, 2): C})

group("drc_quota_pct", "cobalt", "DRC quota system: 10% royalty (batterymetalsafrica, reportify) and 10% strategic reserve / quota (both)",
      "DRC", "royalty / strategic share (percent)", "2025-2027",
      "Same figures agree; royalty vs strategic share are different quantities (different_basis).",
      [M(co(19,"en"), 7, "once a 10% royalty is paid", "10%", 10.0, PC, "royalty"),
       M(co(20,"en"), 6, "a royalty fee of 10%", "10%", 10.0, PC, "royalty"),
       M(co(19,"en"), 9, "ARECOMS retains 10% for a strategic reserve", "10%", 10.0, PC, "strategic"),
       M(co(20,"en"), 6, "A 10% \"strategic quota\"", "10%", 10.0, PC, "strategic")])

group("drc_ban_months", "cobalt", "Length of the DRC cobalt export ban: '8-month' (reportify) = '近8個月' (hstong) at the October 2025 lifting vs '总禁令期达7个月' after the June extension (reportify.cn); extensions of 3 months in June (both Chinese pages)",
      "DRC", "duration (months)", "Feb-Oct 2025 / Feb-Sep 2025",
      "'近8個月' and '8-month' describe one ban (consistent); the 7 months counted in June is another span (different_basis). The June extension of 3 months agrees.",
      [M(co(20,"en"), 6, "lift an 8-month cobalt export ban", "8-month", 8.0, MO, "full"),
       M(co(17,"hant"), 10, "持續近8個月的出口禁令", "8個月", 8.0, MO, "full", qualifier="under"),
       M(co(8,"hans"), 8, "总禁令期达7个月", "7个月", 7.0, MO, "to_sep"),
       M(co(8,"hans"), 8, "临时禁令延长3个月", "3个月", 3.0, MO, "ext_june"),
       M(co(17,"hant"), 9, "6月延期3個月", "3個月", 3.0, MO, "ext_june")])

# ============================================================ China's natural gas: NDRC apparent consumption, NBS output, customs imports (total, LNG, pipeline)
group("gas_consumption", "gas", "China's apparent natural gas consumption: 2023 394.53 bcm; December 2023 37.65 bcm; Jan-Apr 2024 143.73 bcm; April 2024 35.46 bcm; 2009 874.5億立方公尺; 2008 807億; 2007 67.3 bcm (BP via chinadaily) vs 69.5 bcm (IEA); 2006 55.6 bcm (BP, twice)",
      "China", "natural gas consumption (m**3)", "2006-2009 / 2023 / months of 2023-2024",
      "Same periods agree; BP's 67.3 bcm vs the IEA's 69.5 bcm for 2007: two compilers (conflict, different_basis as alt). Other periods different_basis.",
      [M(ga(1,"en"), 5, "stood at 394.53 billion cubic meters", "394.53 billion cubic meters", 394.53e9, M3, "y23"),
       M(ga(1,"en"), 7, "reaching 37.65 billion cubic meters", "37.65 billion cubic meters", 37.65e9, M3, "dec23"),
       M(ga(5,"en"), 21, "totaled 143.73 billion cubic meters", "143.73 billion cubic meters", 143.73e9, M3, "ja24"),
       M(ga(5,"en"), 23, "to total 35.46 billion cubic meters", "35.46 billion cubic meters", 35.46e9, M3, "apr24"),
       M(ga(14,"hant"), 5, "天然氣總消費量為874.5億立方公尺", "874.5億立方公尺", 874.5e8, M3, "y09"),
       M(ga(14,"hant"), 7, "2008年中國天然氣消費量807億立方公尺", "807億立方公尺", 807e8, M3, "y08"),
       M(ga(15,"en"), 18, "China consumed 67.3 billion cubic meters of gas in 2007", "67.3 billion cubic meters", 67.3e9, M3, "y07"),
       M(ga(17,"en"), 5, "attained 69.5 bcm", "69.5 bcm", 69.5e9, M3, "y07"),
       M(ga(15,"en"), 20, "This compared to 55.6 billion cubic meters in 2006", "55.6 billion cubic meters", 55.6e9, M3, "y06"),
       M(ga(16,"en"), 10, "China used 55.6 billion cubic meters of gas in 2006", "55.6 billion cubic meters", 55.6e9, M3, "y06")],
      {(7, 8): (C, D)})

group("gas_consumption_growth", "gas", "Growth of China's apparent gas consumption: 2023 +7.6% (headline and text); December 2023 +9.5%; Jan-Apr 2024 +11.9%; April 2024 +11.8%; 2009 +11.5% (twice); 2007 +19.9% (BP) vs +23.8% (IEA); 2006 +21.6% (twice)",
      "China", "growth of natural gas consumption (percent)", "2006-2009 / 2023 / 2024",
      "Same periods agree; the 2007 rates of BP and the IEA disagree (conflict, different_basis as alt). Other periods different_basis.",
      [M(ga(1,"en"), 3, "consumption up 7.6 pct in 2023", "7.6 pct", 7.6, PC, "y23", note="headline"),
       M(ga(1,"en"), 5, "up 7.6 percent year on year", "7.6 percent", 7.6, PC, "y23"),
       M(ga(1,"en"), 7, "rose 9.5 percent compared with the same period of 2022", "9.5 percent", 9.5, PC, "dec23"),
       M(ga(5,"en"), 21, "up 11.9 percent year on year", "11.9 percent", 11.9, PC, "ja24"),
       M(ga(5,"en"), 23, "consumption rose by 11.8 percent", "11.8 percent", 11.8, PC, "apr24"),
       M(ga(14,"hant"), 3, "但用量也成長11.5%", "11.5%", 11.5, PC, "y09"),
       M(ga(14,"hant"), 5, "比2008年增長11.5%", "11.5%", 11.5, PC, "y09"),
       M(ga(15,"en"), 18, "an annual increase of 19.9 percent", "19.9 percent", 19.9, PC, "y07"),
       M(ga(17,"en"), 5, "consumption increased by 23.8%", "23.8%", 23.8, PC, "y07"),
       M(ga(15,"en"), 20, "up 21.6 percent from the previous year", "21.6 percent", 21.6, PC, "y06"),
       M(ga(16,"en"), 11, "of 21.6 percent from a year earlier", "21.6 percent", 21.6, PC, "y06")],
      {(8, 9): (C, D)})

group("gas_output", "gas", "China's natural gas output: 2023 229.7 bcm (two); Jan-Apr 2024 83 bcm; October 2017 124.1億 (two copies); Jan-Oct 2017 1211.2億 (two); 2009 830億立方公尺; 2008 760.82億立方公尺 vs 76.1 billion cubic meters (chinadaily) and the CPCIA's forecast 'likely hit 76 billion'; 2007 69.31 bcm; 2006 58.55 bcm",
      "China", "natural gas production (m**3)", "2006-2009 / 2017 / 2023 / 2024",
      "76.1 bcm rounds 760.82億 (rounding); the forecast made in February 2008 is another stage (different_basis). Other periods different_basis.",
      [M(ga(1,"en"), 7, "China produced 229.7 billion cubic meters of natural gas in 2023", "229.7 billion cubic meters", 229.7e9, M3, "y23"),
       M(ga(2,"en"), 7, "The country produced 229.7 billion cubic meters", "229.7 billion cubic meters", 229.7e9, M3, "y23"),
       M(ga(5,"en"), 25, "The country produced 83 billion cubic meters", "83 billion cubic meters", 83e9, M3, "ja24"),
       M(ga(10,"hant"), 4, "天然氣產量124.1億立方米", "124.1億立方米", 124.1e8, M3, "oct17"),
       M(ga(11,"hans"), 15, "天然气产量124.1亿立方米", "124.1亿立方米", 124.1e8, M3, "oct17"),
       M(ga(10,"hant"), 4, "天然氣產量1211.2億立方米", "1211.2億立方米", 1211.2e8, M3, "jo17"),
       M(ga(11,"hans"), 15, "天然气产量1211.2亿立方米", "1211.2亿立方米", 1211.2e8, M3, "jo17"),
       M(ga(14,"hant"), 4, "2009年中國共生產天然氣830億立方公尺", "830億立方公尺", 830e8, M3, "y09"),
       M(ga(14,"hant"), 7, "2008年天然氣總產量為760.82億立方公尺", "760.82億立方公尺", 760.82e8, M3, "y08"),
       M(ga(15,"en"), 8, "to 76.1 billion cubic meters in 2008", "76.1 billion cubic meters", 76.1e9, M3, "y08"),
       M(ga(16,"en"), 8, "output would likely hit 76 billion", "76 billion", 76e9, M3, "fc08", qualifier="approx"),
       M(ga(16,"en"), 4, "to 69.31 billion cubic meters", "69.31 billion cubic meters", 69.31e9, M3, "y07"),
       M(ga(16,"en"), 6, "output jumped 19.2 percent to 58.55 billion cubic", "58.55 billion", 58.55e9, M3, "y06")],
      {(9, 10): R})

group("gas_output_growth", "gas", "Growth of China's natural gas output: 2023 +5.8% (headline, two texts); Jan-Apr 2024 +5%; October 2017 +15.4% (two); Jan-Oct 2017 +9.7% (two); 2009 +7.7% (twice); 2008 +12.3% (hant forum, chinadaily headline, text and four 'Related readings' repeats); 2007 +23.1% (two); 2006 +19.2%",
      "China", "growth of natural gas production (percent)", "2006-2009 / 2017 / 2023 / 2024",
      "Same periods agree; other periods different_basis (the 5.8% of 2023 output is also a look-alike of nothing else here).",
      [M(ga(1,"en"), 7, "up 5.8 percent from 2022", "5.8 percent", 5.8, PC, "y23"),
       M(ga(2,"en"), 4, "China's natural gas output up 5.8 pct in 2023", "5.8 pct", 5.8, PC, "y23", note="headline"),
       M(ga(2,"en"), 7, "up 5.8 percent from a year earlier", "5.8 percent", 5.8, PC, "y23"),
       M(ga(5,"en"), 25, "an increase of 5 percent from a year earlier", "5 percent", 5.0, PC, "ja24"),
       M(ga(10,"hant"), 4, "124.1億立方米,同比增長15.4%", "15.4%", 15.4, PC, "oct17"),
       M(ga(11,"hans"), 15, "124.1亿立方米,同比增长15.4%", "15.4%", 15.4, PC, "oct17"),
       M(ga(10,"hant"), 4, "1211.2億立方米,同比增長9.7%", "9.7%", 9.7, PC, "jo17"),
       M(ga(11,"hans"), 15, "1211.2亿立方米,同比增长9.7%", "9.7%", 9.7, PC, "jo17"),
       M(ga(14,"hant"), 3, "天然氣產量較前年增加7.7%", "7.7%", 7.7, PC, "y09"),
       M(ga(14,"hant"), 4, "與2008年相比,增長7.7%", "7.7%", 7.7, PC, "y09"),
       M(ga(14,"hant"), 7, "比2007年增長12.3%", "12.3%", 12.3, PC, "y08"),
       M(ga(15,"en"), 4, "China's natural gas output up 12.3% in 2008", "12.3%", 12.3, PC, "y08", note="headline"),
       M(ga(15,"en"), 8, "rose 12.3 percent year on year", "12.3 percent", 12.3, PC, "y08"),
       M(ga(15,"en"), 13, "China's natural gas output up 12.3% in 2008", "12.3%", 12.3, PC, "y08", note="related-readings link"),
       M(ga(15,"en"), 14, "China's natural gas output up 12.3% in 2008", "12.3%", 12.3, PC, "y08", note="related-readings link"),
       M(ga(15,"en"), 10, "down from 23.1 percent in 2007", "23.1 percent", 23.1, PC, "y07"),
       M(ga(16,"en"), 3, "rose 23.1 percent last year", "23.1 percent", 23.1, PC, "y07"),
       M(ga(16,"en"), 6, "output jumped 19.2 percent", "19.2 percent", 19.2, PC, "y06")])

group("gas_output_daily_oct17", "gas", "China's average daily gas output in October 2017: 4.0億立方米 (two copies), up 0.3億 from September (two)",
      "China", "daily natural gas production (m**3)", "October 2017",
      "Same figures (consistent); level vs change different_basis.",
      [M(ga(10,"hant"), 4, "日均生產4.0億立方米", "4.0億立方米", 4.0e8, M3, "lvl"),
       M(ga(11,"hans"), 15, "日均生产4.0亿立方米", "4.0亿立方米", 4.0e8, M3, "lvl"),
       M(ga(10,"hant"), 4, "比9月份增加0.3億立方米", "0.3億立方米", 0.3e8, M3, "chg"),
       M(ga(11,"hans"), 15, "比9月份增加0.3亿立方米", "0.3亿立方米", 0.3e8, M3, "chg")])

group("gas_imports", "gas", "China's natural gas imports (pipeline + LNG, tonnes): 2023 119.97 million t (NBS via people.cn; lngprime 'about 119.97') vs portnews' 119.9mn; December 2023 12.65 mt; Jan-Apr 2024 43 mt; Jan-Aug 2024 87.12 mt; August 2024 11.76 mt; 2018 90.39 mt (oilprice) vs 9038.5萬噸 (ameriflorida); December 2018 9.23 mt; October 2017 581萬噸 (two); Jan-Oct 2017 5416萬噸 (NBS, two copies) vs 5416.5萬噸 (MOFCOM, two copies)",
      "China", "natural gas imports (tonnes)", "2017 / 2018 / 2023 / 2024 and months",
      "119.9 and 9038.5萬 vs 90.39 and 5416 vs 5416.5萬 are rounded restatements (rounding). Other periods different_basis.",
      [M(ga(2,"en"), 8, "A total of 119.97 million tonnes of natural gas was imported in 2023", "119.97 million tonnes", 119.97e6, T, "y23"),
       M(ga(3,"en"), 19, "to about 119.97 million tonnes in 2023", "119.97 million tonnes", 119.97e6, T, "y23", qualifier="approx"),
       M(ga(4,"en"), 11, "China imported 119.9mn tonnes of natural gas", "119.9mn tonnes", 119.9e6, T, "y23"),
       M(ga(2,"en"), 9, "the country imported 12.65 million tonnes of natural gas", "12.65 million tonnes", 12.65e6, T, "dec23"),
       M(ga(5,"en"), 27, "China also imported 43 million tonnes of natural gas", "43 million tonnes", 43e6, T, "ja24"),
       M(ga(4,"en"), 7, "reached 87.12mn tonnes during the January-August period", "87.12mn tonnes", 87.12e6, T, "jaug24"),
       M(ga(4,"en"), 9, "the imports were 11.76mn tonnes", "11.76mn tonnes", 11.76e6, T, "aug24"),
       M(ga(6,"en"), 11, "from 2017 to 90.39 million tons", "90.39 million tons", 90.39e6, T, "y18"),
       M(ga(9,"hant"), 6, "進口天然氣9038.5萬噸", "9038.5萬噸", 9038.5e4, T, "y18"),
       M(ga(6,"en"), 11, "China imported a total 9.23 million tons of gas", "9.23 million tons", 9.23e6, T, "dec18"),
       M(ga(10,"hant"), 5, "10月份,進口天然氣581萬噸", "581萬噸", 581e4, T, "oct17"),
       M(ga(11,"hans"), 17, "10月份,进口天然气581万吨", "581万吨", 581e4, T, "oct17"),
       M(ga(10,"hant"), 5, "1-10月份,進口天然氣5416萬噸", "5416萬噸", 5416e4, T, "jo17"),
       M(ga(11,"hans"), 17, "1-10月份,进口天然气5416万吨", "5416万吨", 5416e4, T, "jo17"),
       M(ga(12,"hans"), 11, "我国天然气进口5416.5万吨", "5416.5万吨", 5416.5e4, T, "jo17"),
       M(ga(13,"hant"), 14, "我國天然氣進口5416.5萬噸", "5416.5萬噸", 5416.5e4, T, "jo17")],
      {(1, 2): K, (1, 3): R, (2, 3): R, (8, 9): R, **cross((13, 14), (15, 16), R)})

group("gas_imports_growth", "gas", "Growth of China's gas imports: 2023 +9.9% (three); December 2023 +23%; Jan-Apr 2024 +20.7%; Jan-Aug 2024 +12.3% vs portnews' headline 'up 12%'; 2018 +31.9% (ameriflorida) vs 'almost 32 percent' (oilprice); December 2018 +17%; October 2017 +52.1% (two); Jan-Oct 2017 +24.9% (two NBS copies, MOFCOM thrice in ce.cn, once in xfafinance)",
      "China", "growth of natural gas imports (percent)", "2017 / 2018 / 2023 / 2024 and months",
      "The headline 12% rounds 12.3% (rounding); 'almost 32 percent' contains 31.9% (consistent). Other periods different_basis.",
      [M(ga(2,"en"), 8, "up 9.9 percent year on year", "9.9 percent", 9.9, PC, "y23"),
       M(ga(3,"en"), 19, "China’s gas imports rose by 9.9 percent", "9.9 percent", 9.9, PC, "y23"),
       M(ga(4,"en"), 11, "a 9.9% increase compared to the previous year", "9.9%", 9.9, PC, "y23"),
       M(ga(2,"en"), 9, "increasing by 23 percent year on year", "23 percent", 23.0, PC, "dec23"),
       M(ga(5,"en"), 27, "up 20.7 percent year on year", "20.7 percent", 20.7, PC, "ja24"),
       M(ga(4,"en"), 7, "up 12.3% year/year", "12.3%", 12.3, PC, "jaug24"),
       M(ga(4,"en"), 5, "Chinese gas imports up 12% in January-August", "12%", 12.0, PC, "jaug24", note="headline"),
       M(ga(9,"hant"), 6, "同比大幅增長31.9%", "31.9%", 31.9, PC, "y18"),
       M(ga(6,"en"), 11, "soared by almost 32 percent from 2017", "32 percent", 32.0, PC, "y18", qualifier="under"),
       M(ga(6,"en"), 11, "up 17 percent on the year in December", "17 percent", 17.0, PC, "dec18"),
       M(ga(10,"hant"), 5, "581萬噸,同比增長52.1%", "52.1%", 52.1, PC, "oct17"),
       M(ga(11,"hans"), 17, "581万吨,同比增长52.1%", "52.1%", 52.1, PC, "oct17"),
       M(ga(10,"hant"), 5, "5416萬噸,同比增長24.9%", "24.9%", 24.9, PC, "jo17"),
       M(ga(11,"hans"), 17, "5416万吨,同比增长24.9%", "24.9%", 24.9, PC, "jo17"),
       M(ga(12,"hans"), 5, "今年前10月天然气进口同比增24.9%", "24.9%", 24.9, PC, "jo17", note="headline"),
       M(ga(12,"hans"), 9, "今年前10月我国天然气进口同比增24.9%", "24.9%", 24.9, PC, "jo17"),
       M(ga(12,"hans"), 11, "同比增长了24.9%", "24.9%", 24.9, PC, "jo17"),
       M(ga(13,"hant"), 14, "同比增長了24.9%", "24.9%", 24.9, PC, "jo17")],
      {(6, 7): R, (8, 9): K})

group("gas_lng_imports", "gas", "China's LNG imports: 2018 53.78 million tons (oilprice, Reuters calculation) vs 53.7 million tonnes (mozambiqueminingpost) vs 5380万吨 (scholarmate); December 2018 6.29 mt (two); 2023 about 71.32 mt; 2022 about 63.44 mt (customs, lngprime) vs MEES's 63.8mn tons; 2021 78.93 mt; December 2023 8.40 mt; November 2023 6.80 mt; Jan-Oct 2017 2909.2万吨 (two); Jan-May 2019 2390万吨; 2019 projection 6843万吨",
      "China", "LNG imports (tonnes)", "2017-2023 and months",
      "53.7 and 5380万 round 53.78 (and each other: rounding). For 2022, MEES's 63.8 vs the customs' 63.44: conflict, different_basis as alt. Other periods and the projection are different_basis.",
      [M(ga(6,"en"), 5, "at 53.78 million tons of the fuel", "53.78 million tons", 53.78e6, T, "y18"),
       M(ga(7,"en"), 7, "China imported 53.7 million tonnes of LNG in 2018", "53.7 million tonnes", 53.7e6, T, "y18"),
       M(ga(8,"hans"), 5, "达到5380万吨", "5380万吨", 5380e4, T, "y18"),
       M(ga(6,"en"), 3, "at 6.29 million tons or 25 percent more", "6.29 million tons", 6.29e6, T, "dec18"),
       M(ga(7,"en"), 11, "rose 25.9 percent to 6.29 million tonnes", "6.29 million tonnes", 6.29e6, T, "dec18"),
       M(ga(3,"en"), 7, "China received about 71.32 million tonnes", "71.32 million tonnes", 71.32e6, T, "y23", qualifier="approx"),
       M(ga(3,"en"), 9, "about 63.44 million tonnes of LNG in 2022", "63.44 million tonnes", 63.44e6, T, "y22", qualifier="approx"),
       M(ga(18,"en"), 3, "versus China’s 63.8mn tons", "63.8mn tons", 63.8e6, T, "y22"),
       M(ga(3,"en"), 11, "record 78.93 million tonnes in 2021", "78.93 million tonnes", 78.93e6, T, "y21"),
       M(ga(3,"en"), 13, "China received about 8.40 million tonnes", "8.40 million tonnes", 8.40e6, T, "dec23", qualifier="approx"),
       M(ga(3,"en"), 17, "reaching 6.80 million tonnes", "6.80 million tonnes", 6.80e6, T, "nov23"),
       M(ga(12,"hans"), 11, "LNG进口2909.2万吨", "2909.2万吨", 2909.2e4, T, "jo17"),
       M(ga(13,"hant"), 14, "LNG進口2909.2萬噸", "2909.2萬噸", 2909.2e4, T, "jo17"),
       M(ga(8,"hans"), 5, "达到2390万吨", "2390万吨", 2390e4, T, "jmay19"),
       M(ga(8,"hans"), 5, "2019年中国LNG进口量将达到6843万吨", "6843万吨", 6843e4, T, "proj19")],
      {(1, 2): R, (1, 3): R, (2, 3): R, (7, 8): (C, D)})

group("gas_lng_growth", "gas", "Growth of China's LNG imports: 2018 +40.4% (scholarmate, customs) vs '41-percent' (oilprice, Reuters calculation) vs 'almost 38 percent' (mozambiqueminingpost); December 2018 '25 percent more than in the previous month' (oilprice) vs 'rose 25.9 percent' (mozambique, comparison unstated); 2023 +12.6% (headline and text); December 2023 +28.4%; November 2023 +6.6%; Jan-Oct 2017 +47.7% (two); Jan-May 2019 +20.4%",
      "China", "growth of LNG imports (percent)", "2017-2023 and months",
      "41% rounds 40.4% (rounding); 'almost 38 percent' is contradicted by 40.4% / 41% (53.7 / 38.1 = +41%): conflict. December 2018: a month-on-month 25% vs an unstated 25.9%: rounding with different_basis as alt. Other periods different_basis.",
      [M(ga(8,"hans"), 5, "同比上涨40.4%", "40.4%", 40.4, PC, "y18"),
       M(ga(6,"en"), 5, "representing a 41-percent increase over 2017", "41-percent", 41.0, PC, "y18"),
       M(ga(7,"en"), 7, "a rise of almost 38 percent compared to 2017", "38 percent", 38.0, PC, "y18", qualifier="under"),
       M(ga(6,"en"), 3, "25 percent more than in the previous month", "25 percent", 25.0, PC, "dec18"),
       M(ga(7,"en"), 11, "Chinese LNG imports rose 25.9 percent", "25.9 percent", 25.9, PC, "dec18"),
       M(ga(3,"en"), 3, "China’s LNG imports increased 12.6 percent in 2023", "12.6 percent", 12.6, PC, "y23", note="headline"),
       M(ga(3,"en"), 5, "imports rose 12.6 percent in 2023", "12.6 percent", 12.6, PC, "y23"),
       M(ga(3,"en"), 13, "a rise of 28.4 percent compared to December 2022", "28.4 percent", 28.4, PC, "dec23"),
       M(ga(3,"en"), 17, "a rise of 6.6 percent on the year", "6.6 percent", 6.6, PC, "nov23"),
       M(ga(12,"hans"), 11, "创下了历史的新高,同比增长47.7%", "47.7%", 47.7, PC, "jo17"),
       M(ga(13,"hant"), 14, "創下了歷史的新高,同比增長47.7%", "47.7%", 47.7, PC, "jo17"),
       M(ga(8,"hans"), 5, "同比增长20.4%达到2390万吨", "20.4%", 20.4, PC, "jmay19")],
      {(1, 2): R, (1, 3): C, (2, 3): C, (4, 5): (R, D)})

group("gas_pipeline_imports", "gas", "China's pipeline gas imports: Jan-Oct 2017 气态天然气2507.3万吨 (two copies) +5.9% (two); 2023 48.65 mt +6.2%",
      "China", "pipeline gas imports", "Jan-Oct 2017 / 2023",
      "Same figures agree; other periods and level vs growth different_basis.",
      [M(ga(12,"hans"), 11, "气态天然气2507.3万吨", "2507.3万吨", 2507.3e4, T, "jo17"),
       M(ga(13,"hant"), 14, "氣態天然氣2507.3萬噸", "2507.3萬噸", 2507.3e4, T, "jo17"),
       M(ga(3,"en"), 21, "to 48.65 million tonnes", "48.65 million tonnes", 48.65e6, T, "y23"),
       M(ga(12,"hans"), 11, "2507.3万吨,同比增长5.9%", "5.9%", 5.9, PC, "jo17_g"),
       M(ga(13,"hant"), 14, "2507.3萬噸,同比增長5.9%", "5.9%", 5.9, PC, "jo17_g"),
       M(ga(3,"en"), 21, "rose by 6.2 percent in January-December", "6.2 percent", 6.2, PC, "y23_g")])

group("gas_energy_share", "gas", "Target share of natural gas in China's energy consumption: 5.3 percent by / in 2010 from 2.8 percent in 2005 (chinadaily, china.org.cn; the latter breaks '2.8' / 'percent' across lines); coal's 'about 70 percent' (both)",
      "China", "share of total energy consumption (percent)", "2005 / 2010 target / current",
      "Same figures agree; target, base year and coal share are different quantities (different_basis).",
      [M(ga(15,"en"), 22, "to 5.3 percent by 2010", "5.3 percent", 5.3, PC, "t2010"),
       M(ga(16,"en"), 14, "consumption to 5.3 percent in 2010", "5.3 percent", 5.3, PC, "t2010"),
       M(ga(15,"en"), 22, "from 2.8 percent in 2005", "2.8 percent", 2.8, PC, "y2005"),
       M(ga(16,"en"), 14, "in 2010 from 2.8", "2.8", 2.8, PC, "y2005", note="'percent' on the next line"),
       M(ga(15,"en"), 24, "accounts for about 70 percent of total energy consumption", "70 percent", 70.0, PC, "coal", qualifier="approx"),
       M(ga(16,"en"), 16, "for about 70 percent of total energy consumption", "70 percent", 70.0, PC, "coal", qualifier="approx")])

group("gas_pipeline_capacity", "gas", "Annual capacity of the second west-east pipeline / Central Asia line: 30 billion cubic meters (chinadaily, china.org.cn)",
      "China", "pipeline capacity (m**3 per year)", "—",
      "Same figure (consistent).",
      [M(ga(15,"en"), 30, "annual capacity of 30 billion cubic meters", "30 billion cubic meters", 30e9, M3, "c"),
       M(ga(16,"en"), 24, "annual transport capacity of 30 billion cubic", "30 billion", 30e9, M3, "c")])

group("gas_oil_dependency", "gas", "China's oil import dependency in 2018: 逼近70% vs 69.8% (ameriflorida, same report)",
      "China", "oil import dependency (percent)", "2018",
      "The bound contains the figure (consistent).",
      [M(ga(9,"hant"), 5, "石油對外依存度逼近70%", "70%", 70.0, PC, "y18", qualifier="under"),
       M(ga(9,"hant"), 6, "石油對外依存度升至69.8%", "69.8%", 69.8, PC, "y18")],
      {(1, 2): K})

# ============================================================ singles: figures stated once
single(li(1,"en"), 5, "estimated to be 93,000 tonnes", "93,000 tonnes", 93000.0, T)
single(li(1,"en"), 5, "a 33% increase from 70,000 tonnes in 2020", "33%", 33.0, PC)
single(li(2,"en"), 20, "Argentina had 19 million tonnes", "19 million tonnes", 19e6, T)
single(li(2,"en"), 28, "escalated to 382,500 yuan ($84,423) per tonne", "382,500 yuan", 382500.0, CNYT)
single(li(3,"en"), 27, "5,967 6%", "6%", 6.0, PC)
single(li(4,"hant"), 10, "價值約56億美元的鋰資產", "56億美元", 56e8, USD, qualifier="approx")
single(li(4,"hant"), 10, "全球60% 的鋰電池提煉能力", "60%", 60.0, PC)
single(li(4,"hant"), 12, "占到57%", "57%", 57.0, PC)
single(li(8,"en"), 6, "Brazil with 4.9K metric tons", "4.9K metric tons", 4900.0, T)
single(li(8,"en"), 13, "accounting for an estimated 87% of consumption", "87%", 87.0, PC)
single(li(9,"en"), 3, "to CNY 292,000/t on 24 March", "CNY 292,000/t", 292000.0, CNYT)
single(li(9,"en"), 3, "down 11.24% on-week", "11.24%", -11.24, PC)
single(li(9,"en"), 7, "to CNY 375,000/t", "CNY 375,000/t", 375000.0, CNYT)
single(li(10,"en"), 5, "fell below 400,000 yuan ($58,000) per ton", "400,000 yuan", 400000.0, CNYT, qualifier="under")
single(li(12,"hant"), 9, "下降到2024年的8萬元/噸", "8萬元/噸", 80000.0, CNYT)
single(li(13,"hant"), 7, "逆風增長43%", "43%", 43.0, PC)
single(li(15,"hant"), 10, "加拿大:160|4.3%", "160", 160e4, T, note="unit 萬噸 from the table header")
single(li(16,"en"), 18, "a mixture that is 55% lithium chloride", "55%", 55.0, PC)
single(co(4,"en"), 14, "the company produced 15,635 tons of molybdenum", "15,635 tons", 15635.0, T)
single(co(5,"hans"), 13, "全球2022年铜矿产量(金属量)2192.2万吨", "2192.2万吨", 2192.2e4, T)
single(co(6,"hans"), 7, "年处理矿石可达2000万吨", "2000万吨", 2000e4, T)
single(co(7,"en"), 10, "China imported 172,580 tonnes of cobalt metal equivalent", "172,580 tonnes", 172580.0, T)
single(co(7,"en"), 10, "approximately 98.7% of these imports", "98.7%", 98.7, PC, qualifier="approx")
single(co(8,"hans"), 8, "(同比+105.61%)", "105.61%", 105.61, PC)
single(co(8,"hans"), 8, "电解钴价最高涨至25万元/吨", "25万元/吨", 25e4, CNYT)
single(co(9,"en"), 31, "Revenues rose 16% to 51.9 billion yuan", "51.9 billion yuan", 51.9e9, CNY)
single(co(11,"en"), 6, "surged to 9,500 tonnes in 2022", "9,500 tonnes", 9500.0, T)
single(co(11,"en"), 12, "electric vehicles accounted for 74,000 tonnes", "74,000 tonnes", 74000.0, T)
single(co(12,"en"), 9, "account for 78% of refined cobalt output", "78%", 78.0, PC)
single(co(15,"en"), 8, "sales of cobalt - 44,654 tons", "44,654 tons", 44654.0, T)
single(co(17,"hant"), 12, "9600噸為", "9600噸", 9600.0, T)
single(co(23,"en"), 5, "Revenue rose 14% to 213 billion yuan", "213 billion yuan", 213e9, CNY)
single(ga(2,"en"), 9, "16.4 percentage points higher", "16.4 percentage points", 16.4, "percentage_points")
single(ga(3,"en"), 29, "Japan imported some 59.85 million tonnes", "59.85 million tonnes", 59.85e6, T)
single(ga(7,"en"), 9, "imported a record 44 million tonnes of the chilled fuel", "44 million tonnes", 44e6, T)
single(ga(8,"hans"), 5, "日本的进口量则减少1%至8290万吨", "8290万吨", 8290e4, T)
single(ga(9,"hant"), 6, "對外依存度升至45.3%", "45.3%", 45.3, PC)
single(ga(9,"hant"), 9, "中國天然氣進口量約為1430億立方米", "1430億立方米", 1430e8, M3, qualifier="approx")
single(ga(14,"hant"), 5, "天然氣供需缺口超過40億立方公尺", "40億立方公尺", 40e8, M3, qualifier="over")
single(ga(14,"hant"), 11, "將向中國輸送58億立方公尺天然氣", "58億立方公尺", 58e8, M3)
single(ga(18,"en"), 3, "Japan imported 32.62mn tons of LNG", "32.62mn tons", 32.62e6, T)
single(ga(18,"en"), 3, "Japan was top for 2022 with 72.0mn tons", "72.0mn tons", 72.0e6, T)

# ============================================================ non-claims: dates, axis labels, codes, counters, page furniture
single(li(3,"en"), 5, "(1995-2021)", not_a_claim=True, kind="date")
single(li(4,"hant"), 6, "20世紀90年代", not_a_claim=True, kind="date")
single(li(6,"en"), 15, "(January 29, 2024)", not_a_claim=True, kind="date")
single(li(7,"en"), 9, "(issued Jan 2024)", not_a_claim=True, kind="date")
single(li(11,"en"), 7, "2023-01-10 15:08:14", not_a_claim=True, kind="date")
single(li(12,"hant"), 5, "2024-07-23 07:36:29", not_a_claim=True, kind="date")
single(li(12,"hant"), 5, "21世紀(jì)經(jīng)濟(jì)報(bào)道", not_a_claim=True, kind="publication_name")
single(li(13,"hant"), 5, "【中圖分類號】TK01", not_a_claim=True, kind="classification_code")
single(li(13,"hant"), 6, "10.16619/j.cnki.rmltxsqy.2022.13.008", not_a_claim=True, kind="doi")
single(li(15,"hant"), 3, "(2026 最新,USGS 口徑)", not_a_claim=True, kind="date")
single(li(16,"en"), 5, "10,000", not_a_claim=True, kind="chart_axis_label")
single(li(16,"en"), 13, "90,000", not_a_claim=True, kind="chart_axis_label")
single(li(16,"en"), 14, "in the 1790s", not_a_claim=True, kind="date")
single(co(2,"en"), 3, "603993.SS", not_a_claim=True, kind="stock_code")
single(co(2,"en"), 3, " date 2024-01-04", not_a_claim=True, kind="date")
single(co(4,"en"), 4, "2024.01.05 02:07", not_a_claim=True, kind="date")
single(co(4,"en"), 16, "(December 15, 2023)", not_a_claim=True, kind="date")
single(co(6,"hans"), 4, "2718次浏览", not_a_claim=True, kind="page_furniture", note="view counter")
single(co(6,"hans"), 4, "2024年01月23日 8:38", not_a_claim=True, kind="date")
single(co(8,"hans"), 7, "2025-06-27 18:31", not_a_claim=True, kind="date")
single(co(8,"hans"), 8, "[6]", not_a_claim=True, kind="footnote_marker")
single(co(9,"en"), 22, "October 29, 20242 Mins Read", not_a_claim=True, kind="date", note="date glued to the reading time")
single(co(16,"hant"), 9, "2021年03月31日 15:00", not_a_claim=True, kind="date")
single(co(17,"hant"), 4, "2025-10-20 13:40", not_a_claim=True, kind="date")
single(co(17,"hant"), 7, "據24潮產業研究院(TTIR)", not_a_claim=True, kind="organisation_name")
single(co(20,"en"), 4, "财联社·2025-10-12 01:00", not_a_claim=True, kind="date")
single(co(21,"hans"), 15, "  1. 刚果民主共和国", not_a_claim=True, kind="list_number")
single(ga(2,"en"), 5, "14:46, January 20, 2024", not_a_claim=True, kind="date")
single(ga(4,"en"), 3, "2024 September 11 10:51", not_a_claim=True, kind="date")
single(ga(8,"hans"), 5, "\"十三五\"规划", not_a_claim=True, kind="plan_name")
single(ga(9,"hant"), 4, "2016/9/18 15:35:09", not_a_claim=True, kind="date")
single(ga(9,"hant"), 4, "瀏覽次數(shù) :12", not_a_claim=True, kind="page_furniture", note="view counter")
single(ga(10,"hant"), 3, "國家統計局11月14公布", not_a_claim=True, kind="date")
single(ga(11,"hans"), 8, "时间:2017-11-15 08:35:38", not_a_claim=True, kind="date")
single(ga(12,"hans"), 7, "2017年12月07日 19:13", not_a_claim=True, kind="date")
single(ga(13,"hant"), 8, "2017-12-07 13:39", not_a_claim=True, kind="date")
single(ga(14,"hant"), 3, "N1 f3 r$ x8", not_a_claim=True, kind="spam_noise", note="forum watermark noise")
single(ga(14,"hant"), 4, "* T4 `, p#", not_a_claim=True, kind="spam_noise")
single(ga(14,"hant"), 6, "5.39.217.77:8898", not_a_claim=True, kind="ip_address")
single(ga(14,"hant"), 8, "8 R* f, ?0 n2 G& d4 z( N", not_a_claim=True, kind="spam_noise")
single(ga(15,"en"), 6, "Updated: 2009-01-31 16:30", not_a_claim=True, kind="date")
single(ga(15,"en"), 14, "Nation to double natural gas output by 2015", not_a_claim=True, kind="link_text")
single(ga(16,"en"), 32, "(Xinhua News Agency February 8, 2008)", not_a_claim=True, kind="date")
single(ga(18,"en"), 5, "(MEES, 21 July). (CONTINUED - 173 WORDS)", not_a_claim=True, kind="page_furniture")

emit(HERE / "gold.d" / "fresh16.toml", "corpus-fresh16")
