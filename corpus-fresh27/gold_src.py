#!/usr/bin/env python3
"""Hand annotation of corpus-fresh27, written as data; emits gold.d/fresh27.toml (then run
corpus/check_gold.py --dir corpus-fresh27 --build).

Three domains: e-waste (the UN Global E-waste Monitors 2020 and 2024, for 2019 and 2022: e-waste generated, the
documented collection / recycling rate and mass, growth since 2010 / 2014, projections for 2030 and 2050, regions,
per-capita figures, categories, the value of resources, countries with e-waste legislation, a 2021 estimate and a 2018
figure; `ew-*`), internet use (ITU's Facts and Figures 2016, 2021, 2023 and 2024 and a 2010 release: people online and
offline, shares of the population, the COVID boost since 2019, income groups, 5G and mobile-broadband coverage, traffic
and youth / urban figures; `itu-*`) and childhood immunization and measles (the WHO/UNICEF coverage estimates (WUENIC)
released in 2017, 2018, 2022, 2023, 2024 and 2025 for 2016-2024: zero-dose and under-vaccinated children, DTP1 / DTP3 /
MCV1 / MCV2 coverage, countries at 90%, fragile settings; the WHO/CDC measles reports for 2022 and 2023: cases, deaths,
their rises, outbreak countries, children missing doses; the IA2030 scorecard; `vax-*`).

Every mention carries a basis tag (data year / report vintage / scope, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto`, which follows fresh24-fresh26's
conventions: a rounded restatement is rounding (the 2022 recycling rate: udn's 22% against 22.3%; 2019's 17 percent
against 17.4%; measles deaths in 2022: 136,000 against 136,200); inside one page the same pattern is 'either'; a figure
that is not a correct rounding, or two figures of the same precision that disagree, is conflict (growth of e-waste
since 2010: 82% against stpi's 81 %; the rise to 2030: 32% against 33%; Europe's 2019 collection rate 42% against
52.5 per cent; jang's headline 'nearly 14 million' against its own 14.3 million); a bound or hedged figure ('over',
'about', 'approximately', 'nearly', 'some', '约', '近', '超过', '以上', '多') that contains the other figure is
consistent, one that does not is conflict; two hedged figures whose ranges only touch are conflict with consistent as
alt. Later vintages of the same year whose figures differ are different_basis with conflict as alt (zero-dose children
in 2022: 14,331,000 on the IA2030 scorecard against 13.9 million in the 2023 release; people offline in 2023: 2.6
billion in Facts and Figures 2023 against the revised 2.8 billion in 2024); other compilers' forecasts for the same
year likewise (e-waste in 2050: 1.1 against 1.2 亿吨). The Global E-waste Monitor 2020's '74 Mt by 2030' (the UN press
release's own figure for the report's 74.7 Mt) is conflict with rounding as alt against 74.7 and 75.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8; tonnes throughout for e-waste (kg and Mt converted, the written figure kept as
value_text); '1/3' = 33.33 percent; ranges as [lo, hi]. Units: tonnes, kg (per capita), percent, percentage_points,
persons, count, USD, GB, times, ratio_1_in.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: /work/main/corpus/goldsrc.py)
from goldkit import CNT, PC, PP, P, USD, DC, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: /work/main/corpus/goldkit.py)

load(HERE)

EW, ITU, VAX = "e-waste", "internet-use", "immunization-measles"
T, KG, GB, TIMES = "tonnes", "kg", "GB", "times"
CR = (C, R)
CK = (C, K)
KGT = 1e-3   # tonnes per written kg

# ============================================================ e-waste (Global E-waste Monitor)
ms = [
    F("ew", 1, "A record 62 million tonnes (Mt) of e-waste", 62e6, T, "y22"),
    F("ew", 1, "The 62 million tonnes of e-waste generated in 2022", 62e6, T, "y22"),
    F("ew", 2, "A record 62 million tonnes (Mt) of e-waste", 62e6, T, "y22"),
    F("ew", 3, "62 million tonnes of e-waste were generated", 62e6, T, "y22"),
    F("ew", 4, "the world generated 62 billion kg of e-waste", 62e6, T, "y22", mult=KGT),
    F("ew", 5, "In 2022, 62 billion kg of E-waste", 62e6, T, "y22", mult=KGT),
    F("ew", 6, "a record 62 billion kilograms in 2022", 62e6, T, "y22", mult=KGT, vt="62 billion"),
    F("ew", 7, "a staggering 62 million tonnes", 62e6, T, "y22"),
    F("ew", 14, "2022年全球产生6200万吨电子垃圾", 6200e4, T, "y22", note="headline"),
    F("ew", 14, "共产生6200万吨电子垃圾", 6200e4, T, "y22"),
    F("ew", 15, "2022年全球产生6200万吨电子垃圾", 6200e4, T, "y22"),
    F("ew", 16, "创纪录的6200 万吨电子废弃物", 6200e4, T, "y22"),
    F("ew", 17, "全球電子垃圾達6200萬公噸", 6200e4, T, "y22", note="headline"),
    F("ew", 17, "多達6200萬公噸", 6200e4, T, "y22"),
    F("ew", 17, "2022年電子廢棄物達6200萬公噸", 6200e4, T, "y22"),
    F("ew", 17, "(黑線)為6200萬公噸", 6200e4, T, "y22", nth=1, note="chart caption"),
    F("ew", 17, "(黑線)為6200萬公噸", 6200e4, T, "y22", nth=2, note="doubled chart caption"),
    F("ew", 18, "已接近620億公斤", 62e6, T, "y22", mult=KGT, q="under"),
    F("ew", 8, "In 2019, we generated 53.6 Mt of WEEE", 53.6e6, T, "y19", mult=1e6),
    F("ew", 9, "A record 53.6 million metric tonnes", 53.6e6, T, "y19"),
    F("ew", 10, "a striking 53.6 Mt of e-waste", 53.6e6, T, "y19", mult=1e6),
    F("ew", 12, "53.6 million metric tons of discarded", 53.6e6, T, "y19"),
    F("ew", 13, "an estimated 53.6 million tons", 53.6e6, T, "y19"),
    F("ew", 19, "全球約有 5360 萬噸", 5360e4, T, "y19", q="approx"),
    F("ew", 20, "產(chǎn)生了約5360萬噸", 5360e4, T, "y19", q="approx"),
    F("ew", 4, "In 2010, the world generated 34 billion kg", 34e6, T, "y10", mult=KGT),
    F("ew", 5, "(compared to 34 billion kg in 2010)", 34e6, T, "y10", mult=KGT),
    F("ew", 21, "全球一年產(chǎn)生5740萬噸", 5740e4, T, "y21", note="headline; 'a year' (2021 estimate)"),
    F("ew", 21, "驚人的5740萬噸", 5740e4, T, "y21"),
    F("ew", 21, "總計大約5740萬噸", 5740e4, T, "y21", q="approx"),
    F("ew", 22, "電子垃圾總共有4850萬噸", 4850e4, T, "y18"),
]
G("ew_generated", EW, "E-waste generated worldwide: 2022 62 million tonnes / 62 billion kg / 6200万吨 (18 mentions; stpi's 'nearly 620億公斤'); "
  "2019 53.6 Mt / 5360萬噸 (seven); 2010 34 billion kg (two); 591gg's 5740萬噸 a year (2021 estimate, three); javashuo's 4850萬噸 (2018)",
  "world", "e-waste generated (tonnes)", "2010-2022", "Same year consistent (a hedge that holds the figure); other years different_basis.", ms)

ms = [
    F("ew", 1, "less than one quarter (22.3%)", 22.3, PC, "y22"),
    F("ew", 3, "only 22.3% of it", 22.3, PC, "y22"),
    F("ew", 4, "Only 22.3 per cent", 22.3, PC, "y22"),
    F("ew", 5, "with only 22.3% documented", 22.3, PC, "y22"),
    F("ew", 6, "only 22.3% of which", 22.3, PC, "y22"),
    F("ew", 7, "only 22.3 per cent of it", 22.3, PC, "y22"),
    F("ew", 14, "2022年全球仅22.3%的电子垃圾", 22.3, PC, "y22"),
    F("ew", 15, "全球只有22.3%的电子垃圾", 22.3, PC, "y22"),
    F("ew", 16, "其中只有 22.3% 的废弃物", 22.3, PC, "y22"),
    F("ew", 17, "僅22%妥善回收", 22.0, PC, "y22", note="headline"),
    F("ew", 17, "其中僅22%有妥善回收", 22.0, PC, "y22"),
    F("ew", 17, "僅22.3%被妥善回收處理", 22.3, PC, "y22"),
    F("ew", 18, "僅有22.3%被妥善回收處理", 22.3, PC, "y22"),
    F("ew", 18, "全球平均22.3%的回收率", 22.3, PC, "y22"),
    F("ew", 8, "of which only 17.4% was formally", 17.4, PC, "y19"),
    F("ew", 9, "only 17.4 per cent of e-waste", 17.4, PC, "y19"),
    F("ew", 10, "thus 17.4% compared to e-waste generated", 17.4, PC, "y19"),
    F("ew", 11, "(17.4 per cent)", 17.4, PC, "y19"),
    F("ew", 12, "Just 17 percent of that waste", 17.0, PC, "y19"),
    F("ew", 20, "電子廢棄物的17.4%", 17.4, PC, "y19"),
    F("ew", 21, "僅有17.4%的電子廢棄物", 17.4, PC, "y21", note="given for the 5740萬噸 a year (2021 estimate)"),
    F("ew", 21, "只有約17.4%的電子廢棄物", 17.4, PC, "y21", q="approx"),
    F("ew", 22, "進入循環利用的只有20%", 20.0, PC, "y18", note="2018"),
    F("ew", 14, "2030年全球电子垃圾回收率将降至20%", 20.0, PC, "p30"),
    F("ew", 15, "2030年全球电子垃圾回收率将降至20%", 20.0, PC, "p30"),
    F("ew", 17, "預期2030年回收率僅剩20%", 20.0, PC, "p30"),
]
G("ew_recycling_rate", EW, "Documented collection / recycling rate: 2022 22.3% (twelve) vs udn's 22% (headline and body); 2019 17.4% (five) vs "
  "scavengerlabs' 17 percent; 591gg's 17.4% for 2021 (two); 20% in 2018 (javashuo); 20% forecast for 2030 (three)", "world",
  "share of e-waste documented as collected and recycled (percent)", "2018-2030",
  "22% and 17% are roundings of 22.3% and 17.4% (rounding; inside udn's page 'either'); other years different_basis.", ms)

ms = [F("ew", 4, "(13.8 billion kg) of the e-waste", 13.8e6, T, "a", mult=KGT, vt="13.8 billion kg"),
      F("ew", 17, "回收量(綠線)僅1380萬公噸", 1380e4, T, "a", nth=1),
      F("ew", 17, "回收量(綠線)僅1380萬公噸", 1380e4, T, "a", nth=2),
      F("ew", 10, "recycling was 9.3 Mt", 9.3e6, T, "y19", mult=1e6),
      F("ew", 11, "only 9.3 million tonnes", 9.3e6, T, "y19"),
      F("ew", 20, "回收利用量為930萬噸", 930e4, T, "y19"),
      F("ew", 4, "growing from 8 billion kg in 2010", 8e6, T, "y10", mult=KGT)]
G("ew_recycled_mass", EW, "E-waste documented as collected and recycled: 2022 13.8 billion kg = 1380萬公噸 (three); 2019 9.3 Mt = 930萬噸 (three); "
  "2010 8 billion kg", "world", "e-waste collected and recycled (tonnes)", "2010-2022", "Same year consistent; other years different_basis.", ms)

ms = [F("ew", 1, "Up 82% from 2010", 82.0, PC, "a"),
      F("ew", 2, "Up 82% from 2010", 82.0, PC, "a"),
      F("ew", 14, "相比2010年增长了82%", 82.0, PC, "a"),
      F("ew", 15, "较2010年增长82%", 82.0, PC, "a"),
      F("ew", 16, "比 2010 年增长了 82%", 82.0, PC, "a"),
      F("ew", 18, "比2010年成長了81 %", 81.0, PC, "a", vt="81 %")]
G("ew_growth_since_2010", EW, "Growth of e-waste generated 2010-2022: 82% (five) vs stpi's '81 %'", "world", "growth of e-waste generated since 2010 (percent)",
  "2010-2022", "82 vs 81: same precision, different figures (conflict).", ms)

ms = [F("ew", 1, "On track to rise another 32%", 32.0, PC, "a"),
      F("ew", 1, "a further 33% increase", 33.0, PC, "a"),
      F("ew", 2, "On track to rise another 32%", 32.0, PC, "a"),
      F("ew", 3, "a 33% increase from 2022", 33.0, PC, "a"),
      F("ew", 14, "将比2022年增长33%", 33.0, PC, "a"),
      F("ew", 15, "将比2022年增加33%", 33.0, PC, "a")]
G("ew_rise_to_2030", EW, "Projected rise of e-waste 2022-2030: the press release's bullet '32%' (also cep2030) vs its body's '33%' (bastscrap, Xinhua)",
  "world", "projected rise of e-waste generated 2022-2030 (percent)", "2022-2030", "32 vs 33: conflict (inside unitar's page too).", ms)

ms = [F("ew", 1, "to 82 million tonnes, in 2030", 82e6, T, "p30"),
      F("ew", 1, "on track to reach 82 million tonnes by 2030", 82e6, T, "p30"),
      F("ew", 2, "to 82 million tonnes, in 2030", 82e6, T, "p30"),
      F("ew", 3, "will reach 82 million tonnes by 2030", 82e6, T, "p30"),
      F("ew", 6, "will grow to 82 billion kilograms by 2030", 82e6, T, "p30", mult=KGT, vt="82 billion"),
      F("ew", 14, "达到8200万吨", 8200e4, T, "p30"),
      F("ew", 15, "达到8200万吨", 8200e4, T, "p30"),
      F("ew", 17, "2030年電子廢棄物將增至8200萬公噸", 8200e4, T, "p30"),
      F("ew", 8, "Global volume will rise to 75 Mt by 2030", 75e6, T, "g20", mult=1e6),
      F("ew", 9, "will hit 74 million metric tonnes by 2030", 74e6, T, "g20"),
      F("ew", 10, "projected to grow to 74.7 Mt by 2030", 74.7e6, T, "g20", mult=1e6),
      F("ew", 11, "will exceed 74 million tonnes by 2030", 74e6, T, "g20", q="over"),
      F("ew", 13, "some 74 million tons of e-waste", 74e6, T, "g20", q="approx"),
      F("ew", 19, "將高達(dá) 7470 萬噸", 7470e4, T, "g20")]
pr = {}
for i in (10, 12):          # 74 / some 74 vs 74.7 / 7470萬 / 75
    for j in (9, 11, 14):
        pr[(min(i, j), max(i, j))] = CR
G("ew_2030", EW, "E-waste projected for 2030: 2024 monitor 82 million tonnes / 82 billion kg / 8200万吨 (eight); 2020 monitor 74.7 Mt = 7470萬噸, "
  "zeos' 75 Mt, the UN release's 74 million (newtelegraph), 'exceed 74' (recycling-magazine), 'some 74' (dig.watch)", "world",
  "e-waste projected for 2030 (tonnes)", "2030 (2020 / 2024 monitors)",
  "75 rounds 74.7 (rounding); 74 and 'some 74' against 74.7 / 75 conflict with rounding as alt (the release's own truncation); "
  "'exceed 74' holds them; the two monitors different_basis.", ms, pr)

ms = [F("ew", 19, "到 2050 年,甚至?xí)_(dá)到 1.1 億噸", 1.1e8, T, "unu"),
      F("ew", 22, "將達到1.2億噸", 1.2e8, T, "wef")]
G("ew_2050", EW, "E-waste projected for 2050: xuazi's 1.1 億噸 (UNU) vs javashuo's 1.2億噸 (the UN / WEF report of 2019)", "world",
  "e-waste projected for 2050 (tonnes)", "2050", "Two compilers' forecasts: different_basis, conflict as alt.", ms, {(1, 2): DC})

ms = [F("ew", 1, "leaving US $62 billion worth", 62e9, USD, "a", vt="$62 billion"),
      F("ew", 3, "resources worth $62 billion", 62e9, USD, "a"),
      F("ew", 14, "价值620亿美元的可回收资源", 620e8, USD, "a"),
      F("ew", 15, "价值620亿美元的可回收资源", 620e8, USD, "a"),
      F("ew", 17, "620億美元變成垃圾", 620e8, USD, "a"),
      F("ew", 9, "USD 57 billion worth", 57e9, USD, "y19"),
      F("ew", 21, "價值高達470多億美元", 470e8, USD, "y21", q="over", vt="470多億")]
G("ew_resources_value", EW, "Recoverable resources lost: 2022 $62 billion / 620亿美元 (five); 2019 USD 57 billion; 591gg's 470多億美元 (2021 estimate)",
  "world", "value of recoverable resources not recycled (USD)", "2019-2022", "Same year consistent; other years different_basis.", ms)

ms = [F("ew", 6, "valued at $91 billion", 91e9, USD, "a"), F("ew", 18, "估計達910億美元", 910e8, USD, "a")]
G("ew_metals_value", EW, "Value of metals in 2022 e-waste: $91 billion = 910億美元", "world", "value of metals in e-waste (USD)", "2022", "Same figure.", ms)

ms = [F("ew", 3, "rates to 60% by 2030", 60.0, PC, "a"), F("ew", 14, "回收利用率提高到60%", 60.0, PC, "a"),
      F("ew", 15, "回收利用率提高到60%", 60.0, PC, "a")]
G("ew_60_scenario", EW, "Scenario collection rate of 60% by 2030 (three)", "world", "scenario collection and recycling rate (percent)", "2030", "Same figure.", ms)
ms = [F("ew", 3, "by over $38 billion", 38e9, USD, "a", q="over"), F("ew", 14, "产生超过380亿美元", 380e8, USD, "a", q="over"),
      F("ew", 15, "产生超过380亿美元", 380e8, USD, "a", q="over")]
G("ew_38bn", EW, "Net benefit of the 60% scenario: 'over $38 billion' / 超过380亿美元 (three)", "world", "net benefit of higher recycling (USD)", "2030",
  "Same bound.", ms)

ms = [F("ew", 4, "an average of 2.3 billion kg per year", 2.3e6, T, "avg", mult=KGT, vt="2.3 billion kg"),
      F("ew", 5, "an average rate of 2.3 billion kg per year", 2.3e6, T, "avg", mult=KGT, vt="2.3 billion kg"),
      F("ew", 1, "rising by 2.6 million tonnes annually", 2.6e6, T, "now"),
      F("ew", 11, "an annual growth by 2 million tonnes", 2e6, T, "y1419"),
      F("ew", 20, "總產(chǎn)生量增加了920萬噸,每年增長近200萬噸", 200e4, T, "y1419", q="under", vt="200萬"),
      F("ew", 20, "年均增長近200萬噸", 200e4, T, "y1419", q="under"),
      F("ew", 20, "至2019年增加了920萬噸,每年增長近200萬噸", 200e4, T, "y1419", q="under", vt="200萬")]
G("ew_yearly_growth", EW, "Yearly growth of e-waste generated: 2010-2022 average 2.3 billion kg (two); the 2024 release's 'rising by 2.6 million tonnes "
  "annually'; 2014-2019 2 million tonnes / 近200萬噸 (four)", "world", "yearly growth of e-waste generated (tonnes)", "2010-2022 / 2014-2019",
  "Same period consistent; the 2010-2022 average against the current yearly rise different_basis with conflict as alt; periods different_basis.",
  ms, {(1, 3): DC, (2, 3): DC})

ms = [F("ew", 10, "grew by 9.2 Mt since 2014", 9.2e6, T, "a", mult=1e6),
      F("ew", 11, "increased by 9.2 million tonnes", 9.2e6, T, "a")]
G("ew_growth_2014_2019", EW, "Growth of e-waste generated 2014-2019: 9.2 Mt (two; hxbjgs' 920萬噸 quotes are keyed with the yearly growth on their lines)",
  "world", "growth of e-waste generated since 2014 (tonnes)", "2014-2019", "Same figure.", ms)

ms = [F("ew", 4, "at an average rate of 0.5 billion kg per year", 0.5e6, T, "a", mult=KGT, vt="0.5 billion kg"),
      F("ew", 5, "only grown 0.5 billion kg annually", 0.5e6, T, "a", mult=KGT, vt="0.5 billion kg"),
      F("ew", 10, "an annual growth of almost 0.4 Mt", 0.4e6, T, "y1419", mult=1e6, q="under"),
      F("ew", 11, "an average annual growth of 0.4 million tonnes", 0.4e6, T, "y1419"),
      F("ew", 20, "年均增長近40萬噸", 40e4, T, "y1419", q="under")]
G("ew_recycling_growth", EW, "Yearly growth of documented recycling: 2010-2022 0.5 billion kg (two); 2014-2019 'almost 0.4 Mt' / 0.4 million tonnes / 近40萬噸",
  "world", "yearly growth of documented recycling (tonnes)", "2010-2022 / 2014-2019", "Same period consistent; periods different_basis.", ms)

ms = [F("ew", 10, "It grew with 1.8 Mt since 2014", 1.8e6, T, "a", mult=1e6),
      F("ew", 11, "an increase by 1.8 million tonnes", 1.8e6, T, "a"),
      F("ew", 20, "回收量增長180萬噸", 180e4, T, "a")]
G("ew_recycling_since_2014", EW, "Growth of documented recycling 2014-2019: 1.8 Mt = 180萬噸 (three)", "world", "growth of documented recycling since 2014 (tonnes)",
  "2014-2019", "Same figure.", ms)

ms = [F("ew", 4, "or an average of 7.8 kg per capita", 7.8, KG, "y22"),
      F("ew", 18, "平均每人產生7.8公斤", 7.8, KG, "y22"),
      F("ew", 8, "(7.3 kg / capita)", 7.3, KG, "y19"),
      F("ew", 9, "averaged 7.3 kg for every", 7.3, KG, "y19"),
      F("ew", 10, "an average of 7.3 kg per capita", 7.3, KG, "y19"),
      F("ew", 20, "至2019年達(dá)7.3公斤", 7.3, KG, "y19"),
      F("ew", 20, "產(chǎn)生量為6.4公斤", 6.4, KG, "y14")]
G("ew_per_capita", EW, "E-waste per person worldwide: 2022 7.8 kg (two); 2019 7.3 kg (four); 2014 6.4公斤", "world", "e-waste per capita (kg)", "2014-2022",
  "Same year consistent; other years different_basis.", ms)

ms = [F("ew", 1, "Just 1% of rare earth element demand", 1.0, PC, "a"), F("ew", 2, "Just 1% of rare earth element demand", 1.0, PC, "a")]
G("ew_rare_earth", EW, "Share of rare-earth demand met by e-waste recycling: 1% (two)", "world", "share of rare-earth demand met by recycling (percent)", "2022",
  "Same figure.", ms)
ms = [F("ew", 1, "would fill 1.55 million 40-tonne trucks", 1.55e6, CNT, "a"), F("ew", 7, "fill around 1.55 million 40-tonne", 1.55e6, CNT, "a", q="approx")]
G("ew_trucks", EW, "Trucks the 2022 e-waste would fill: 1.55 million (two)", "world", "40-tonne trucks filled", "2022", "Same figure.", ms)
ms = [F("ew", 16, "欧洲对电子废弃物有正式文件记录的回收再利用率为 42.8%", 42.8, PC, "y22", vt="42.8%"),
      F("ew", 18, "提升到2022年的42.8%", 42.8, PC, "y22"),
      F("ew", 18, "從2010年的38.8%", 38.8, PC, "y10"),
      F("ew", 8, "spearheaded by Europe (42%)", 42.0, PC, "y19"),
      F("ew", 11, "collection of 52.5 per cent", 52.5, PC, "y19")]
G("ew_europe_rate", EW, "Europe's documented collection rate: 2022 42.8% (two), 2010 38.8%; 2019 zeos' 42% vs recycling-magazine's 52.5 per cent",
  "Europe", "documented e-waste collection rate (percent)", "2010-2022", "2019: 42 vs 52.5 conflict; other years different_basis.", ms)

for region, sub, pairs_ in [
    ("asia", "Asia", [("ew", 8, "Asia (25 Mt)", 25e6), ("ew", 9, "e-waste (24.9 Mt)", 24.9e6), ("ew", 10, "in 2019 at 24.9 Mt", 24.9e6),
                      ("ew", 11, "in Asia by 24.9 million tonnes", 24.9e6)]),
    ("americas", "the Americas", [("ew", 8, "the Americas (13 Mt)", 13e6), ("ew", 9, "the Americas (13.1)", 13.1e6), ("ew", 10, "the Americas (13.1 Mt)", 13.1e6)]),
    ("europe", "Europe", [("ew", 8, "Europe (12 Mt)", 12e6), ("ew", 9, "Europe (12)", 12e6), ("ew", 10, "Europe (12 Mt)", 12e6)]),
    ("africa", "Africa", [("ew", 8, "Africa (3 Mt)", 3e6), ("ew", 9, "Africa (2.9)", 2.9e6), ("ew", 10, "generated 2.9 Mt", 2.9e6)]),
    ("oceania", "Oceania", [("ew", 8, "Oceania (1 Mt)", 1e6), ("ew", 9, "Oceania (0.7)", 0.7e6), ("ew", 10, "and 0.7 Mt, respectively", 0.7e6)]),
]:
    ms = []
    for d, n, qt, v in pairs_:
        vt = qt[qt.index("(") + 1:].split(" ")[0].rstrip(")") if "(" in qt else None
        if "million" in qt:
            ms.append(F(d, n, qt, v, T, "a"))
        elif "Mt" in qt:
            ms.append(F(d, n, qt, v, T, "a", mult=1e6))
        else:
            ms.append(F(d, n, qt, v, T, "a", mult=1e6, vt=vt))
    G(f"ew_region_{region}", EW, f"E-waste generated in {sub} in 2019 (zeos rounds to whole Mt)", sub, "e-waste generated (tonnes)", "2019",
      "A whole-Mt figure that rounds the one-decimal figure is rounding; same figure consistent.", ms)

ms = [F("ew", 8, "in the lead at 16 kg per capita", 16.0, KG, "a", note="'Europe and Oceania ... at 16 kg': keyed as Europe's"),
      F("ew", 9, "with 16.2 kg per capita", 16.2, KG, "a"),
      F("ew", 10, "with 16.2 kg per capita", 16.2, KG, "a"),
      F("ew", 11, "in Europe with 16.2 kilogram", 16.2, KG, "a")]
G("ew_europe_per_capita", EW, "Europe's e-waste per person in 2019: 16.2 kg (three) vs zeos' 16 kg", "Europe", "e-waste per capita (kg)", "2019",
  "16 rounds 16.2 (rounding).", ms)
ms = [F("ew", 8, "the Americas - 13 kg", 13.0, KG, "a"),
      F("ew", 9, "the Americas (13.3 kg)", 13.3, KG, "a"),
      F("ew", 10, "Americas (13.3 kg per capita)", 13.3, KG, "a")]
G("ew_americas_per_capita", EW, "The Americas' e-waste per person in 2019: 13.3 kg (two) vs zeos' 13 kg", "the Americas", "e-waste per capita (kg)", "2019",
  "13 rounds 13.3 (rounding).", ms)
ms = [F("ew", 9, "Oceania came second (16.1 kg)", 16.1, KG, "a"), F("ew", 10, "Oceania was second (16.1 kg per capita)", 16.1, KG, "a")]
G("ew_oceania_per_capita", EW, "Oceania's e-waste per person in 2019: 16.1 kg (two)", "Oceania", "e-waste per capita (kg)", "2019", "Same figure.", ms)
ms = [F("ew", 8, "Asia - 5.6 kg", 5.6, KG, "a"), F("ew", 9, "Asia (5.6 kg)", 5.6, KG, "a"), F("ew", 10, "generated just 5.6", 5.6, KG, "a")]
G("ew_asia_per_capita", EW, "Asia's e-waste per person in 2019: 5.6 kg (three)", "Asia", "e-waste per capita (kg)", "2019", "Same figure.", ms)
ms = [F("ew", 8, "Africa - 2.5 kg", 2.5, KG, "a"), F("ew", 9, "Africa (2.5 kg)", 2.5, KG, "a"), F("ew", 10, "and 2.5 kg per capita", 2.5, KG, "a")]
G("ew_africa_per_capita", EW, "Africa's e-waste per person in 2019: 2.5 kg (three)", "Africa", "e-waste per capita (kg)", "2019", "Same figure.", ms)

ms = [F("ew", 9, "small equipment (17.4 Mt)", 17.4e6, T, "a", mult=1e6), F("ew", 11, "small equipment (17.4 million tonnes)", 17.4e6, T, "a")]
G("ew_small_equipment", EW, "Small equipment in 2019 e-waste: 17.4 Mt (two; the same digits as 2019's 17.4% rate)", "small equipment", "e-waste (tonnes)", "2019",
  "Same figure.", ms)
ms = [F("ew", 9, "large equipment (13.1 Mt)", 13.1e6, T, "a", mult=1e6), F("ew", 11, "large equipment (13.1 million tonnes)", 13.1e6, T, "a")]
G("ew_large_equipment", EW, "Large equipment in 2019 e-waste: 13.1 Mt (two)", "large equipment", "e-waste (tonnes)", "2019", "Same figure.", ms)
ms = [F("ew", 9, "temperature exchange equipment (10.8 Mt)", 10.8e6, T, "a", mult=1e6),
      F("ew", 11, "temperature exchange (10.8 million tonnes)", 10.8e6, T, "a")]
G("ew_temperature", EW, "Temperature-exchange equipment in 2019 e-waste: 10.8 Mt (two)", "temperature exchange equipment", "e-waste (tonnes)", "2019",
  "Same figure.", ms)
ms = [F("ew", 9, "represented 6.7 Mt", 6.7e6, T, "a", mult=1e6), F("ew", 11, "Screens and monitors (6.7 million tonnes)", 6.7e6, T, "a")]
G("ew_screens", EW, "Screens and monitors in 2019 e-waste: 6.7 Mt (two)", "screens and monitors", "e-waste (tonnes)", "2019", "Same figure.", ms)
ms = [F("ew", 9, "4.7 Mt,", 4.7e6, T, "a", mult=1e6),
      F("ew", 11, "telecommunication equipment (4.7 million tonnes)", 4.7e6, T, "a"),
      F("ew", 16, "则重达 460 万吨", 460e4, T, "y22")]
G("ew_small_it", EW, "Small IT and telecommunication equipment in e-waste: 2019 4.7 Mt (two); 2022 460 万吨 (solidot)", "small IT equipment",
  "e-waste (tonnes)", "2019 / 2022", "Same year consistent; 2022 different_basis.", ms)
ms = [F("ew", 9, "0.9 Mt respectively", 0.9e6, T, "a", mult=1e6), F("ew", 11, "lamps (0.9 million tonnes)", 0.9e6, T, "a")]
G("ew_lamps", EW, "Lamps in 2019 e-waste: 0.9 Mt (two)", "lamps", "e-waste (tonnes)", "2019", "Same figure.", ms)

ms = [F("ew", 9, "A total of 78 countries", 78, CNT, "a"), F("ew", 13, "in 2019, 78 countries were covered", 78, CNT, "a"),
      F("ew", 20, "有78個(gè)國家制定", 78, CNT, "a"), F("ew", 9, "from 61 in 2014", 61, CNT, "y14")]
G("ew_countries_law", EW, "Countries with e-waste policy or legislation: 78 in 2019 (three), 61 in 2014", "world", "countries with e-waste legislation",
  "2014 / 2019", "Same year consistent; 2014 different_basis.", ms)
ms = [F("ew", 9, "a 21 per cent increase over the past five years", 21.0, PC, "a"), F("ew", 12, "Electronic waste grew 21 percent", 21.0, PC, "a"),
      F("ew", 13, "Growth by 21% in 5 years", 21.0, PC, "a", note="headline"), F("ew", 13, "e-waste) grew by 21%", 21.0, PC, "a")]
G("ew_growth_5y", EW, "Growth of e-waste generated 2014-2019: 21% (four)", "world", "growth of e-waste generated in five years (percent)", "2014-2019",
  "Same figure.", ms)

# e-waste singles
S("ew", 11, "approximately in the EU 0.6 million tonnes per year", vt="0.6 million", value=0.6e6, unit=T)
S("ew", 10, "increases annually by 2.5 million metric tons", vt="2.5 million", value=2.5e6, unit=T)
S("ew", 11, "an average increase by 2 million tonnes per year", vt="2 million", value=2e6, unit=T, note="to 2030")
S("ew", 8, "The fate of 83% or over 44 Mt", vt="83%", value=83.0, unit=PC)
S("ew", 8, "up to 20% of e-waste is exported", vt="20%", value=20.0, unit=PC, qualifier="under")
S("ew", 8, "and 8% is disposed of", vt="8%", value=8.0, unit=PC)
S("ew", 8, "followed by Asia (12%)", vt="12%", value=12.0, unit=PC)
S("ew", 9, "to raise the percentage of countries with ewaste legislation to 50 percent", vt="50 percent", value=50.0, unit=PC)
S("ew", 16, "占到 2022 年电子废弃物的 33%", vt="33%", value=33.0, unit=PC, note="small equipment's share; not the 33% rise to 2030")
S("ew", 16, "重量达到 2040 万吨", vt="2040 万", value=2040e4, unit=T)
S("ew", 16, "分别仅有 12% 和 22%", vt="22%", value=22.0, unit=PC, note="small IT's recycling rate, not the world's 22.3%")
S("ew", 16, "重量估计达到 1400 万吨", vt="1400 万", value=1400e4, unit=T)
S("ew", 18, "已回收的貴金屬價值高達280億美元", vt="280億美元", value=280e8, unit=USD)
S("ew", 18, "(約8,500億台幣)", vt="8,500億", value=8500e8, unit="TWD")
S("ew", 18, "2022年已達301億公斤", vt="301億", value=301e8 * KGT, unit=T, mult=KGT)
S("ew", 18, "略提升至11.8%", vt="11.8%", value=11.8, unit=PC)
S("ew", 18, "2022年17.6公斤", vt="17.6", value=17.6, unit=KG)
S("ew", 18, "從2010年的13.3公斤", vt="13.3", value=13.3, unit=KG, note="Europe 2010; not the Americas' 13.3 kg of 2019")
S("ew", 18, "仍有78%的電子廢棄物", vt="78%", value=78.0, unit=PC)
S("ew", 20, "已覆蓋全球71%的人口", vt="71%", value=71.0, unit=PC)
S("ew", 20, "較2014年增長0.9公斤", vt="0.9", value=0.9, unit=KG)
S("ew", 22, "足夠堆起9座大金字塔", vt="9", value=9, unit=CNT)
NC("ew", 1, "+49 228 815 0213/4", "phone_number")
NC("ew", 1, "+41 22 730 5092", "phone_number")
NC("ew", 1, "+1 416 878 8712", "phone_number")
NC("ew", 1, "20 March 2024, Geneva / Bonn", "dateline")
NC("ew", 2, "April 11, 2024", "date")
NC("ew", 2, "1 min read", "page_furniture")
NC("ew", 7, "On 20th March, 2024", "date")
NC("ew", 10, "119 pp.", "page_count")
NC("ew", 10, "ISBN 978-92-808-9114-0", "isbn")
NC("ew", 10, "978-92-808-9115-7 (print)", "isbn")
NC("ew", 14, "2024-03-22", "date")
NC("ew", 16, "Wilson (42865)", "user_id")
NC("ew", 16, "2024年03月22日 22时14分", "date")
NC("ew", 16, "https://news.un.org/zh/story/2024/03/1127541", "url")
NC("ew", 18, "(註1)", "footnote_marker")
NC("ew", 20, "截至2019年10月,", "date", nth=1)
NC("ew", 21, "2022-11-29 15:31", "date")
NC("ew", 21, "瀏覽量:3006", "page_furniture")
NC("ew", 22, "中新網1月31日電", "dateline")

# ============================================================ internet use (ITU Facts and Figures)
ms = [
    F("itu", 1, "an estimated 5.5 billion people are using", 5.5e9, P, "y24", q="approx"),
    F("itu", 2, "there will be 5.5 billion Internet users", 5.5e9, P, "y24"),
    F("itu", 2, "internet users reached 5.5 billion in 2024", 5.5e9, P, "y24"),
    F("itu", 3, "AN estimated 5,5 billion people", 5.5e9, P, "y24", q="approx", vt="5,5 billion", step=1e8, note="decimal comma"),
    F("itu", 4, "as 5.5bn hit online", 5.5e9, P, "y24", vt="5.5bn", note="headline"),
    F("itu", 4, "An estimated 5.5 billion people are online", 5.5e9, P, "y24", q="approx"),
    F("itu", 13, "2024年全球估计有55亿人", 55e8, P, "y24", q="approx"),
    F("itu", 14, "2024年全球估计有55亿人", 55e8, P, "y24", q="approx"),
    F("itu", 15, "全球估計有55億人", 55e8, P, "y24", q="approx"),
    F("itu", 6, "approximately 5.4 billion people", 5.4e9, P, "y23", q="approx"),
    F("itu", 7, "surging to 4.9 billion in 2021", 4.9e9, P, "y21"),
    F("itu", 7, "even among the 4.9 billion counted", 4.9e9, P, "y21"),
    F("itu", 8, "surging to 4.9 billion in 2021", 4.9e9, P, "y21"),
    F("itu", 8, "even among the 4.9 billion counted", 4.9e9, P, "y21"),
    F("itu", 9, "while 4.9 billion will be online", 4.9e9, P, "y21"),
    F("itu", 9, "a record 4.9 billion individuals", 4.9e9, P, "y21"),
    F("itu", 9, "expected to increase to 4.9 billion in 2021", 4.9e9, P, "y21"),
    F("itu", 9, "among the 4.9 billion people", 4.9e9, P, "y21"),
    F("itu", 10, "Approximately 4.9 billion people", 4.9e9, P, "y21", q="approx"),
    F("itu", 11, "has risen to 4.9 billion in 2021", 4.9e9, P, "y21"),
    F("itu", 7, "from an estimated 4.1 billion in 2019", 4.1e9, P, "y19", q="approx"),
    F("itu", 8, "from an estimated 4.1 billion in 2019", 4.1e9, P, "y19", q="approx"),
    F("itu", 9, "up from 4.1 billion in 2019", 4.1e9, P, "y19"),
    F("itu", 9, "In 2019, 4.1 billion individuals", 4.1e9, P, "y19"),
    F("itu", 11, "up from 4.1 billion in 2019", 4.1e9, P, "y19"),
    F("itu", 19, "今年将超20亿", 20e8, P, "y10", q="over", note="headline (2010)"),
    F("itu", 19, "今年将超过20亿", 20e8, P, "y10", q="over"),
]
G("itu_users", ITU, "People using the Internet (ITU): 2024 5.5 billion / '5,5 billion' / 5.5bn / 55亿 (nine); 2023 5.4 billion (Facts and Figures 2023); "
  "2021 4.9 billion (eleven); 2019 4.1 billion (five); 2010 'over 2 billion' (超20亿, two)", "world", "people using the Internet", "2010-2024",
  "Same year consistent; other years different_basis.", ms)

ms = [F("itu", 1, "a significant increase of 227 million", 227e6, P, "a"),
      F("itu", 2, "a huge rise of 227 million people", 227e6, P, "a"),
      F("itu", 3, "an increase of 227 million individuals", 227e6, P, "a"),
      F("itu", 4, "an increase of 227 million individuals", 227e6, P, "a"),
      F("itu", 13, "较前一年增加2.27亿人", 2.27e8, P, "a"),
      F("itu", 14, "较前一年增加2.27亿人", 2.27e8, P, "a"),
      F("itu", 15, "較前一年增加2.27億人", 2.27e8, P, "a")]
G("itu_new_2024", ITU, "New Internet users in 2024 over revised 2023: 227 million = 2.27亿 (seven)", "world", "increase in Internet users", "2023-2024",
  "Same figure.", ms)

ms = [F("itu", 1, "reaching 68% of the world", 68.0, PC, "y24"),
      F("itu", 2, "currently reaches 68% of the world", 68.0, PC, "y24"),
      F("itu", 3, "an estimated 68 percent of the global", 68.0, PC, "y24", q="approx"),
      F("itu", 4, "an estimated 68 per cent of the global", 68.0, PC, "y24", q="approx"),
      F("itu", 13, "占总人口的68%", 68.0, PC, "y24"),
      F("itu", 14, "占总人口的68%", 68.0, PC, "y24"),
      F("itu", 6, "or 67 per cent of the world", 67.0, PC, "y23"),
      F("itu", 16, "全球使用互聯網服務的人口比例為67%", 67.0, PC, "y23"),
      F("itu", 17, "全球使用互联网服务的人口比例为67%", 67.0, PC, "y23"),
      F("itu", 9, "accounting for 63 percent of the global", 63.0, PC, "y21"),
      F("itu", 10, "or 63 per cent of the world", 63.0, PC, "y21"),
      F("itu", 9, "or 54% of the world", 54.0, PC, "y19"),
      F("itu", 19, "占人口近1/3", 33.33, PC, "y10", q="under", vt="1/3", step=1.0, note="headline (2010)"),
      F("itu", 19, "近1/3的人口", 33.33, PC, "y10", q="under", vt="1/3", step=1.0)]
G("itu_share_online", ITU, "Share of the world's population online: 2024 68% (six); 2023 67% (three); 2021 63% (two); 2019 54%; 2010 近1/3 (two). "
  "xtnichuang's copy garbles 68% / 32% as '?8%' / '?2%' (not keyed)", "world", "share of population using the Internet (percent)", "2010-2024",
  "Same year consistent; other years different_basis.", ms)

ms = [
    F("itu", 1, "or 2.6 billion people, remain offline", 2.6e9, P, "y24"),
    F("itu", 2, "According to the report, 2.6 billion people", 2.6e9, P, "y24"),
    F("itu", 3, "an estimated 2,6 billion people are offline", 2.6e9, P, "y24", q="approx", vt="2,6 billion", step=1e8, note="decimal comma"),
    F("itu", 5, "or 2.6 billion people, are offline in 2024", 2.6e9, P, "y24"),
    F("itu", 13, "估计为26亿人", 26e8, P, "y24", q="approx"),
    F("itu", 14, "估计为26亿人", 26e8, P, "y24", q="approx"),
    F("itu", 15, "估計為26億人", 26e8, P, "y24", q="approx"),
    F("itu", 3, "revised estimate of 2,8 billion for 2023", 2.8e9, P, "y23r", vt="2,8 billion", step=1e8),
    F("itu", 5, "down from an estimated 2.8 billion for 2023", 2.8e9, P, "y23r", q="approx"),
    F("itu", 6, "this leaves 2.6 billion people still offline", 2.6e9, P, "y23", note="Facts and Figures 2023"),
    F("itu", 7, "or 2.9 billion people", 2.9e9, P, "y21"),
    F("itu", 7, "Of the 2.9 billion still offline", 2.9e9, P, "y21"),
    F("itu", 7, "connect the remaining 2.9 billion", 2.9e9, P, "y21"),
    F("itu", 8, "or 2.9 billion people", 2.9e9, P, "y21"),
    F("itu", 8, "Of the 2.9 billion still offline", 2.9e9, P, "y21"),
    F("itu", 8, "connect the remaining 2.9 billion", 2.9e9, P, "y21"),
    F("itu", 9, "2.9 billion people will be offline", 2.9e9, P, "y21"),
    F("itu", 9, "or 2.9 billion people, are still offline", 2.9e9, P, "y21"),
    F("itu", 9, "the 2.9 billion people who are still without", 2.9e9, P, "y21"),
    F("itu", 10, "Of the 2.9 billion people offline", 2.9e9, P, "y21"),
    F("itu", 11, "around 2.9 billion people", 2.9e9, P, "y21", q="approx"),
    F("itu", 18, "全球仍有 39 億人", 39e8, P, "y16"),
]
G("itu_offline", ITU, "People offline: 2024 2.6 billion / '2,6 billion' / 26亿 (seven); 2023 revised 2.8 billion (two) vs Facts and Figures 2023's 2.6 billion; "
  "2021 2.9 billion (eleven); 2016 39 億", "world", "people not using the Internet", "2016-2024",
  "Same year consistent; the 2023 vintages (2.6 vs revised 2.8 billion) different_basis with conflict as alt; other years different_basis.",
  ms, {(8, 10): DC, (9, 10): DC})

ms = [F("itu", 3, "accounting for 32 percent", 32.0, PC, "y24"),
      F("itu", 5, "an estimated 32 per cent of the world", 32.0, PC, "y24", q="approx"),
      F("itu", 13, "占总人口的32%", 32.0, PC, "y24"),
      F("itu", 14, "占总人口的32%", 32.0, PC, "y24"),
      F("itu", 7, "An estimated 37 percent of the world", 37.0, PC, "y21", q="approx"),
      F("itu", 8, "An estimated 37 per cent of the world", 37.0, PC, "y21", q="approx"),
      F("itu", 9, "an estimated 37% of the world", 37.0, PC, "y21", q="approx"),
      F("itu", 11, "It is estimated that 37 percent", 37.0, PC, "y21")]
G("itu_share_offline", ITU, "Share of the world's population offline: 2024 32% (four); 2021 37% (four; the same digits as Africa's 37% online in 2023)",
  "world", "share of population not using the Internet (percent)", "2021 / 2024", "Same year consistent; other years different_basis.", ms)

ms = [F("itu", 8, "an estimated 782 million additional people", 782e6, P, "a", q="approx"),
      F("itu", 10, "with 782 million people estimated", 782e6, P, "a"),
      F("itu", 11, "an estimated 782 million more", 782e6, P, "a", q="approx"),
      F("itu", 9, "has increased by 800 million", 800e6, P, "a")]
G("itu_covid_boost", ITU, "People who came online 2019-2021: 782 million (three; urdupoint's paragraph was cut off) vs nextgenday's 800 million", "world", "new Internet users since 2019",
  "2019-2021", "800 million rounds 782 million (rounding); 'an estimated 782 million' (approx) does not hold 800 million but 800 rounds it.", ms,
  {(1, 4): R, (3, 4): R})

ms = [F("itu", 8, "an increase of 17 per cent.", 17.0, PC, "a"),
      F("itu", 10, "an increase of 17 per cent since 2019", 17.0, PC, "a"),
      F("itu", 11, "increasing connectivity by 17 percent", 17.0, PC, "a"),
      F("itu", 6, "an increase of 45 per cent since 2018", 45.0, PC, "y1823")]
G("itu_growth_share", ITU, "Growth in Internet users: 17 per cent 2019-2021 (three; urdupoint's is cut off after '17'); 45 per cent 2018-2023",
  "world", "growth in Internet users (percent)", "2019-2021 / 2018-2023", "Same period consistent; other periods different_basis.", ms)

ms = [F("itu", 7, "an estimated 96 percent live", 96.0, PC, "a", q="approx"),
      F("itu", 8, "an estimated 96 per cent live", 96.0, PC, "a", q="approx"),
      F("itu", 9, "According to the ITU, 96 percent", 96.0, PC, "a"),
      F("itu", 10, "96 per cent live in developing", 96.0, PC, "a")]
G("itu_offline_developing", ITU, "Share of the offline living in developing countries in 2021: 96 per cent (four)", "developing countries",
  "share of people offline (percent)", "2021", "Same figure.", ms)
ms = [F("itu", 12, "96 per cent of the global population is now covered", 96.0, PC, "y24"),
      F("itu", 9, "95 percent of the world’s population now lives within", 95.0, PC, "y21")]
G("itu_mbb_coverage", ITU, "Population covered by mobile broadband: 96 per cent (2024 foreword) vs 95 percent (2021)", "world",
  "population covered by mobile broadband (percent)", "2021 / 2024", "Different years (different_basis); 96 is also the offline share's digits.", ms)

for gid, sub, desc, mm in [
    ("itu_high_income", "high-income countries", "Share online in high-income countries in 2024: 93% (seven)",
     [(1, "High-income countries: 93%", None), (2, "93% of people in high-income", None), (3, "93 percent of the population", None),
      (5, "93 per cent of the population", None), (13, "2024年高收入国家估计有93%", None), (14, "2024年高收入国家估计有93%", None),
      (15, "2024年高收入國家估計有93%", None)]),
    ("itu_low_income", "low-income countries", "Share online in low-income countries in 2024: 27% (seven)",
     [(1, "Only 27% of the population", None), (2, "just 27% of people", None), (3, "only 27 percent of the population", None),
      (5, "only 27 per cent of the population", None), (13, "低收入国家仅为27%", None), (14, "低收入国家仅为27%", None),
      (15, "低收入國家僅為27%", None)]),
]:
    val = 93.0 if gid == "itu_high_income" else 27.0
    ms = [F("itu", n, qt, val, PC, "a") for n, qt, _ in mm]
    G(gid, ITU, desc, sub, "share of population using the Internet (percent)", "2024", "Same figure.", ms)

ms = [F("itu", 1, "(LDCs): 35% of people", 35.0, PC, "a"), F("itu", 2, "35% of people in LDCs", 35.0, PC, "a")]
G("itu_ldc", ITU, "Share online in least developed countries in 2024: 35% (two)", "LDCs", "share of population using the Internet (percent)", "2024",
  "Same figure.", ms)
ms = [F("itu", 1, "(LLDCs): 39% of the population", 39.0, PC, "a"), F("itu", 2, "39% of people in landlocked", 39.0, PC, "a")]
G("itu_lldc", ITU, "Share online in landlocked developing countries in 2024: 39% (two)", "LLDCs", "share of population using the Internet (percent)", "2024",
  "Same figure.", ms)
ms = [F("itu", 12, "84 per cent of the population in high-income", 84.0, PC, "a"),
      F("itu", 13, "覆盖率估计可达84%", 84.0, PC, "a", q="approx"),
      F("itu", 14, "覆盖率估计可达84%", 84.0, PC, "a", q="approx"),
      F("itu", 15, "覆蓋率估計可達(dá)84%", 84.0, PC, "a", q="approx")]
G("itu_5g_high", ITU, "5G coverage in high-income countries in 2024: 84 per cent (four)", "high-income countries", "population covered by 5G (percent)", "2024",
  "Same figure.", ms)
ms = [F("itu", 12, "5G covers only 4 per cent", 4.0, PC, "a"),
      F("itu", 13, "而低收入国家仅为4%", 4.0, PC, "a"),
      F("itu", 14, "而低收入国家仅为4%", 4.0, PC, "a"),
      F("itu", 15, "而低收入國家僅為4%", 4.0, PC, "a")]
G("itu_5g_low", ITU, "5G coverage in low-income countries in 2024: 4 per cent (four)", "low-income countries", "population covered by 5G (percent)", "2024",
  "Same figure.", ms)

for gid, desc, unit, a, b in [
    ("itu_fixed_traffic", "Fixed broadband's share of Internet traffic in 2022: 80%以上 (two)", PC,
     ("占全球互聯網流量的80%以上", 80.0, "at_least"), ("占全球互联网流量的80%以上", 80.0, "at_least")),
    ("itu_fixed_gb", "Monthly data per fixed-broadband subscription in 2022: 257GB (two)", GB,
     ("數據量為257GB", 257.0, None), ("数据量为257GB", 257.0, None)),
    ("itu_fixed_gb_lic", "Monthly data per fixed-broadband subscription in low-income countries in 2022: 161GB (two)", GB,
     ("僅為161GB", 161.0, None), ("仅为161GB", 161.0, None)),
    ("itu_europe_90", "Share online in Europe, CIS and the Americas in 2023: 约90% (two)", PC,
     ("有約90%人口", 90.0, "approx"), ("有约90%人口", 90.0, "approx")),
    ("itu_africa_37", "Share online in Africa in 2023: 37% (two)", PC,
     ("非洲只有37%的人口", 37.0, None), ("非洲只有37%的人口", 37.0, None)),
    ("itu_youth", "Share of 15-24-year-olds online in 2023: 79% (two)", PC,
     ("年輕人中有79%使用", 79.0, None), ("年轻人中有79%使用", 79.0, None)),
    ("itu_urban", "Share of city dwellers online in 2023: 81% (two)", PC,
     ("81%的城市居民", 81.0, None), ("81%的城市居民", 81.0, None)),
    ("itu_urban_rural", "Urban against rural rate of Internet use in 2023: 1.6倍 (two)", TIMES,
     ("用戶比例的1.6倍", 1.6, None), ("用户比例的1.6倍", 1.6, None)),
]:
    ms = [F("itu", 16, a[0], a[1], unit, "a", q=a[2]), F("itu", 17, b[0], b[1], unit, "a", q=b[2])]
    G(gid, ITU, desc, "world", desc.split(":")[0], "2022-2023", "Same figure (the Traditional and Simplified copies of one People's Daily story).", ms)

ms = [F("itu", 12, "12 times higher than in Europe", 12.0, TIMES, "y23"), F("itu", 12, "increased to 14 times in 2024", 14.0, TIMES, "y24")]
G("itu_cost_gap", ITU, "Mobile Internet cost in Africa against Europe: 12 times (2023), 14 times (2024)", "Africa vs Europe", "relative cost of mobile Internet",
  "2023 / 2024", "Different years (different_basis).", ms)

# ITU singles
S("itu", 4, "Nigerian internet users hitting 165million", vt="165million", value=165e6, unit=P)
S("itu", 6, "with 1.7 billion people estimated", vt="1.7 billion", value=1.7e9, unit=P)
S("itu", 6, "for more than 180 telecommunication/ICT statistics", vt="180", value=180, unit=CNT, qualifier="over")
S("itu", 12, "nearly 30 per cent of the population", vt="30 per cent", value=30.0, unit=PC, qualifier="under")
S("itu", 12, "where nearly 20 per cent have no access", vt="20 per cent", value=20.0, unit=PC, qualifier="under")
S("itu", 12, "another 28 per cent rely exclusively", vt="28 per cent", value=28.0, unit=PC)
S("itu", 17, "约2/3的人口使用互联网", vt="2/3", value=66.67, unit=PC, qualifier="approx")
S("itu", 17, "每100人只有1人", vt="1", value=1, unit=P)
S("itu", 18, "其用戶數(shù)已高達(dá) 25 億人", vt="25 億", value=25e8, unit=P)
S("itu", 18, "發(fā)達(dá)國家則為 10 億人", vt="10 億", value=10e8, unit=P)
S("itu", 18, "發(fā)達(dá)國家為 81%", vt="81%", value=81.0, unit=PC, note="developed countries 2016; not 2023's 81% urban")
S("itu", 18, "發(fā)展中國家則為 40%", vt="40%", value=40.0, unit=PC)
S("itu", 18, "更是低至 15%", vt="15%", value=15.0, unit=PC)
S("itu", 18, "約有 12 名居民", vt="12", value=12, unit=P)
S("itu", 18, "預(yù)計(jì)將超過 10%", vt="10%", value=10.0, unit=PC, qualifier="over")
S("itu", 19, "全球新增外国网友视频视频数为2.26亿", vt="2.26亿", value=2.26e8, unit=P)
S("itu", 19, "其中1.62亿用户", vt="1.62亿", value=1.62e8, unit=P)
S("itu", 19, "发达国家71%的人口", vt="71%", value=71.0, unit=PC)
S("itu", 19, "发展中国家的数字为21%", vt="21%", value=21.0, unit=PC)
S("itu", 19, "全球65%的外国网友", vt="65%", value=65.0, unit=PC)
S("itu", 19, "非洲为9.6%", vt="9.6%", value=9.6, unit=PC)
S("itu", 19, "亚太地区为21.9%", vt="21.9%", value=21.9, unit=PC)
NC("itu", 2, "Facts & Figures 2024 study", "report_title")
NC("itu", 3, " date 2024-11-28", "date")
NC("itu", 4, " date 2024-11-29", "date")
NC("itu", 6, "the years 1960, 1965, 1970", "year_list")
NC("itu", 6, "Released on 12 February 2024", "date")
NC("itu", 7, " date 2021-11-30", "date")
NC("itu", 7, "30th Nov, 2021", "dateline")
NC("itu", 8, " date 2021-12-01", "date")
NC("itu", 10, "in 2021[1]", "footnote_marker")
NC("itu", 12, "I am pleased to present you the 2024 edition", "report_title")
NC("itu", 13, "时间:2024-11-28", "date")
NC("itu", 13, "新华社日内瓦11月27日电", "dateline")
NC("itu", 14, "2024-11-28 10:54:18", "date")
NC("itu", 15, "新華社日內(nèi)瓦11月27日電", "dateline")
NC("itu", 16, "第08版", "page_number")
NC("itu", 16, "2023年11月29日", "date")
NC("itu", 17, "发布时间:2024-11-23 01:42:18", "date")
NC("itu", 17, "sp20241123", "identifier")
NC("itu", 17, "( 2023年11月29日 15 版)", "date")
NC("itu", 19, "CNET科技资讯网10月20日国际报道", "dateline")
NC("itu", 19, "浏览:1", "page_furniture")

# ============================================================ childhood immunization (WUENIC) and measles (WHO / CDC)
ms = [
    F("vax", 6, "includes 14.3 million", 14.3e6, P, "y24"),
    F("vax", 6, "more than 14 million children remain unvaccinated", 14e6, P, "y24", q="over"),
    F("vax", 6, "reveal nearly 14 million infants", 14e6, P, "y24", q="under", note="headline"),
    F("vax", 7, "including 14.3 million “zero dose”", 14.3e6, P, "y24"),
    F("vax", 9, "In 2024, 14.3 million infants", 14.3e6, P, "y24"),
    F("vax", 9, "but over 14 million infants", 14e6, P, "y24", q="over"),
    F("vax", 10, "including 14.3 million “zero-dose”", 14.3e6, P, "y24"),
    F("vax", 11, "including 14.3 million \"zero-dose\"", 14.3e6, P, "y24"),
    F("vax", 3, "to 14.5 million in 2023", 14.5e6, P, "y23"),
    F("vax", 8, "Of these, 14.5 million children", 14.5e6, P, "y23"),
    F("vax", 20, "2023年約有1450萬兒童", 1450e4, P, "y23", q="approx"),
    F("vax", 3, "from 13.9 million in 2022", 13.9e6, P, "y22b", note="2023 release"),
    F("vax", 8, "an increase from 13.9 million in 2022", 13.9e6, P, "y22b", note="2023 release"),
    F("vax", 1, "14,331,000", 14.331e6, P, "y22a", note="IA2030 scorecard, 2022 column (2022 release)"),
    F("vax", 1, "18,133,000", 18.133e6, P, "y21"),
    F("vax", 1, "12,926,000", 12.926e6, P, "y19", note="baseline (2019)"),
    F("vax", 4, "Worldwide, 12.9 million infants", 12.9e6, P, "y16", note="'in 2016'"),
]
pr = {(3, 2): CK, (3, 6): CK}
pr.update(X(ms, DC, ["y22a"], ["y22b"]))
G("vax_zero_dose", VAX, "Zero-dose children (no DTP1): 2024 14.3 million (five) with 'more than' / 'over 14 million' and jang's headline 'nearly 14 million'; "
  "2023 14.5 million / 1450萬 (three); 2022 13.9 million (2023 release, two) vs the scorecard's 14,331,000 (2022 release); 2021 18,133,000; "
  "2019 12,926,000; 2016 12.9 million", "world", "children with no DTP dose (zero-dose)", "2016-2024",
  "Same year consistent; 'nearly 14 million' against 14.3 million conflict (inside jang's page too), against 'more than 14 million' conflict with "
  "consistent as alt (ranges touch); the 2022 vintages different_basis with conflict as alt; other years different_basis.", ms, pr)

ms = [F("vax", 6, "Up to 20 million infants", 20e6, P, "y24", q="under"),
      F("vax", 7, "nearly 20 million newborns", 20e6, P, "y24", q="under"),
      F("vax", 10, "nearly 20 million infants still missed", 20e6, P, "y24", q="under"),
      F("vax", 11, "nearly 20 million infants missed", 20e6, P, "y24", q="under"),
      F("vax", 8, "leaving 21 million children unvaccinated", 21e6, P, "y23"),
      F("vax", 19, "全球共有2050萬兒童", 2050e4, P, "y22"),
      F("vax", 19, "分別為2440萬", 2440e4, P, "y21"),
      F("vax", 19, "和1840萬", 1840e4, P, "y19"),
      F("vax", 17, "全球仍有2000萬名兒童需要", 2000e4, P, "y17"),
      F("vax", 17, "百白破疫苗的1990萬名嬰幼兒", 1990e4, P, "y17"),
      F("vax", 23, "近2 000万名儿童", 2000e4, P, "y16", q="under", vt="2 000万", step=1e6, note="World Immunization Week 2017 (2016 data)")]
G("vax_under_vaccinated", VAX, "Children missing at least one DTP dose (not fully vaccinated): 2024 'nearly 20 million' (four); 2023 21 million; 2022 2050萬; "
  "2021 2440萬; 2019 1840萬; 2017 2000萬 and 1990萬 (one page); 2016 近2 000万", "world", "children missing DTP doses", "2016-2024",
  "Same year consistent; xinhua's 2000萬 rounds its own 1990萬 ('either'); other years different_basis.", ms)

ms = [F("vax", 6, "and 85% completed all three shots", 85.0, PC, "y24"),
      F("vax", 7, "and 85%-a", 85.0, PC, "y24"),
      F("vax", 9, "or 85%, completed", 85.0, PC, "y24"),
      F("vax", 11, "and 85% –", 85.0, PC, "y24", vt="85%"),
      F("vax", 3, "remained stable at 84 percent", 84.0, PC, "y23"),
      F("vax", 8, "stalled at 84 per cent", 84.0, PC, "y23"),
      F("vax", 2, "to 81 per cent", 81.0, PC, "y21"),
      F("vax", 17, "一直維持在85%", 85.0, PC, "y17", note="'since 2015'"),
      F("vax", 5, "an estimated 86 percent by the end of 2016", 86.0, PC, "y16", q="approx"),
      F("vax", 5, "to 72 percent in 2000", 72.0, PC, "y00"),
      F("vax", 5, "from 21 percent in 1980", 21.0, PC, "y80")]
G("vax_dtp3", VAX, "Global DTP3 coverage: 2024 85% (four); 2023 84% (two); 2021 81%; 2015-2017 85%; 2016 86%; 2000 72%; 1980 21%", "world",
  "DTP3 coverage (percent)", "1980-2024", "Same year consistent; other years different_basis.", ms)

ms = [F("vax", 6, "In 2024, 89% of infants", 89.0, PC, "y24"),
      F("vax", 7, "In 2024, 89% of the newborn", 89.0, PC, "y24"),
      F("vax", 9, "that 89% of infants", 89.0, PC, "y24"),
      F("vax", 10, "approximately 89 percent of infants", 89.0, PC, "y24", q="approx"),
      F("vax", 11, "In 2024, 89% of infants", 89.0, PC, "y24"),
      F("vax", 17, "覆蓋率達到90%", 90.0, PC, "y17")]
G("vax_dtp1", VAX, "Global DTP1 coverage: 2024 89% (five); 2017 90% (xinhua)", "world", "DTP1 coverage (percent)", "2017 / 2024",
  "Same year consistent; 2017 different_basis.", ms)

ms = [F("vax", 6, "(~115 million)", 115e6, P, "y24", q="approx"),
      F("vax", 7, "country of 115 million", 115e6, P, "y24"),
      F("vax", 9, "worldwide roughly 115 million", 115e6, P, "y24", q="approx"),
      F("vax", 10, "around 115 million children", 115e6, P, "y24", q="approx"),
      F("vax", 11, "about 115 million", 115e6, P, "y24", q="approx"),
      F("vax", 17, "全球約1.23億嬰幼兒", 1.23e8, P, "y17", q="approx")]
G("vax_dtp1_number", VAX, "Infants given at least one DTP dose: 2024 about 115 million (five); 2017 約1.23億", "world", "infants with DTP1", "2017 / 2024",
  "Same year consistent; 2017 different_basis.", ms)
ms = [F("vax", 7, "type 109 million", 109e6, P, "y24"),
      F("vax", 9, "Around 109 million", 109e6, P, "y24", q="approx"),
      F("vax", 11, "roughly 109 million", 109e6, P, "y24", q="approx"),
      F("vax", 3, "(108 million)", 108e6, P, "y23")]
G("vax_dtp3_number", VAX, "Infants given three DTP doses: 2024 109 million (three); 2023 108 million", "world", "infants with DTP3", "2023 / 2024",
  "Same year consistent; 2023 different_basis.", ms)

ms = [F("vax", 6, "Nearly 171,000 more children", 171e3, P, "a", q="under"),
      F("vax", 7, "about 171,000 more children", 171e3, P, "a", q="approx"),
      F("vax", 9, "with 171,000 more children", 171e3, P, "a"),
      F("vax", 10, "an additional 171,000 children", 171e3, P, "a"),
      F("vax", 11, "around 171 000 more children", 171e3, P, "a", q="approx", vt="171 000", step=1e3)]
G("vax_171000", VAX, "Additional children with a first DTP dose in 2024 over 2023: 171,000 (five; jang 'Nearly', daily star '171 000')", "world",
  "increase in children with DTP1", "2023-2024", "Same figure (hedges hold it).", ms)
ms = [F("vax", 7, "This is 4 million more", 4e6, P, "a"), F("vax", 9, "a figure 4 million above", 4e6, P, "a"),
      F("vax", 11, "That's 4 million more", 4e6, P, "a")]
G("vax_above_target", VAX, "Zero-dose children above the 2024 IA2030 target: 4 million (three; 'four million' in words elsewhere)", "world",
  "zero-dose children above target", "2024", "Same figure.", ms)
ms = [F("vax", 6, "and 1.4 million more as compared", 1.4e6, P, "a"),
      F("vax", 7, "and 1.4 million more than in 2019", 1.4e6, P, "a"),
      F("vax", 9, "has risen by 1.4 million", 1.4e6, P, "a"),
      F("vax", 11, "and 1.4 million more than in 2019", 1.4e6, P, "a")]
G("vax_since_2019", VAX, "Zero-dose children in 2024 above 2019: 1.4 million (four)", "world", "increase in zero-dose children since 2019", "2019-2024",
  "Same figure.", ms)
ms = [F("vax", 8, "reveals that 2.7 million more children", 2.7e6, P, "y23"),
      F("vax", 20, "較2022年增長60萬", 60e4, P, "y2223")]
G("vax_zero_dose_change", VAX, "Changes in zero-dose / missed children: 2.7 million more in 2023 than 2019 (ccih); 60萬 more in 2023 than 2022 (bjsatx)",
  "world", "change in children missing vaccines", "2019-2023", "Different periods (different_basis).", ms)

ms = [F("vax", 6, "Since 2019, 131 countries", 131, CNT, "dtp1"),
      F("vax", 9, "131 have maintained", 131, CNT, "dtp1"),
      F("vax", 10, "showed that 131 countries", 131, CNT, "dtp1"),
      F("vax", 5, "Globally, 131 countries achieved", 131, CNT, "dtp3_16"),
      F("vax", 5, "131 out", 131, CNT, "dtp3_16")]
G("vax_131_countries", VAX, "Countries at 90% coverage: 131 with DTP1 since 2019 (2025 release, three) and 131 with DTP3 in 2016 (UNICEF, two): the same "
  "number for another dose and year", "world", "countries with at least 90% coverage", "2016 / 2019-2024",
  "Same basis consistent; DTP1 2019-2024 against DTP3 2016 different_basis.", ms)
ms = [F("vax", 9, "Among 195 countries", 195, CNT, "a"),
      F("vax", 10, "Data from 195 countries", 195, CNT, "a"), F("vax", 5, "of 195 countries achieved", 195, CNT, "a")]
G("vax_195", VAX, "Countries with WUENIC estimates: 195 (three)", "world", "countries covered", "2016 / 2024", "Same figure.", ms)
S("vax", 9, "only 17 countries", vt="17", value=17, unit=CNT)
ms = [F("vax", 9, "47 countries are experiencing", 47, CNT, "a"), F("vax", 10, "stalled in 47 countries", 47, CNT, "a")]
G("vax_47_stalled", VAX, "Countries with stalled or falling coverage: 47 (two)", "world", "countries with stalled coverage", "2019-2024", "Same figure.", ms)
ms = [F("vax", 9, "Of these, 22 had", 22, CNT, "a"), F("vax", 10, "with 22 nations regressing", 22, CNT, "a")]
G("vax_22_regressed", VAX, "Countries that fell back below 90%: 22 (two; the same number as 2021's measles-outbreak countries)", "world",
  "countries that regressed", "2019-2024", "Same figure.", ms)
ms = [F("vax", 9, "live in 26 such nations", 26, CNT, "y24"), F("vax", 10, "live in 26 fragile", 26, CNT, "y24"),
      F("vax", 3, "live in all 31 countries with fragile", 31, CNT, "y23"), F("vax", 8, "live in 31 countries with fragile", 31, CNT, "y23")]
G("vax_fragile_countries", VAX, "Fragile / conflict-affected countries holding half of the unvaccinated: 26 (2025 release, two), 31 (2024 release, two)",
  "fragile settings", "fragile and conflict-affected countries", "2023 / 2024", "Same release consistent; the two releases different_basis.", ms)
ms = [F("vax", 6, "from 3.6 million in 2019", 3.6e6, P, "y19"), F("vax", 9, "from 3.6 million in 2019", 3.6e6, P, "y19"),
      F("vax", 6, "to 5.4 million in 2024", 5.4e6, P, "y24"), F("vax", 9, "to 5.4 million in 2024", 5.4e6, P, "y24")]
G("vax_fragile_unvaccinated", VAX, "Unvaccinated children in fragile settings: 3.6 million in 2019, 5.4 million in 2024 (two each)", "fragile settings",
  "unvaccinated children", "2019 / 2024", "Same year consistent; the two years different_basis.", ms)
ms = [F("vax", 3, "Another 6.5 million infants", 6.5e6, P, "y23"), F("vax", 4, "an estimated 6.6 million infants", 6.6e6, P, "y16", q="approx")]
G("vax_dtp_incomplete", VAX, "Infants who started but did not complete DTP: 6.5 million (2023) vs 6.6 million (2016)", "world", "infants without DTP3 after DTP1",
  "2016 / 2023", "Different years (different_basis).", ms)

ms = [F("vax", 8, "measles-containing-vaccine stalled at 83 per cent", 83.0, PC, "y23", vt="83 per cent"),
      F("vax", 13, "of the first dose, at 83%", 83.0, PC, "y22"),
      F("vax", 14, "rebounded slightly to 83% in 2022", 83.0, PC, "y22"),
      F("vax", 18, "全球第一劑麻疹疫苗的接種率為83%", 83.0, PC, "y22"),
      F("vax", 14, "dropped to 83% in 2020", 83.0, PC, "y20"),
      F("vax", 14, "further decreased to 81% in 2021", 81.0, PC, "y21"),
      F("vax", 14, "to 86% worldwide", 86.0, PC, "y19"),
      F("vax", 14, "increased from 72%", 72.0, PC, "y00")]
G("vax_mcv1", VAX, "Global first-dose measles (MCV1) coverage: 2023 83%; 2022 83% (three); 2020 83%; 2021 81%; 2019 86%; 2000 72% (look-alikes of DTP3's "
  "72% in 2000 and 86% in 2016)", "world", "MCV1 coverage (percent)", "2000-2023", "Same year consistent; other years different_basis.", ms)
ms = [F("vax", 13, "and second dose, at 74%", 74.0, PC, "a"), F("vax", 18, "第二劑疫苗接種率為74%", 74.0, PC, "a")]
G("vax_mcv2", VAX, "Global second-dose measles (MCV2) coverage in 2022: 74% (two)", "world", "MCV2 coverage (percent)", "2022", "Same figure.", ms)

ms = [F("vax", 12, "an estimated 22 million children missed", 22e6, P, "y22", q="approx"),
      F("vax", 13, "nearly 22 million did not receive", 22e6, P, "y22", q="under"),
      F("vax", 13, "over half of the 22 million children", 22e6, P, "y22"),
      F("vax", 15, "Of the 22 million children", 22e6, P, "y22"),
      F("vax", 18, "仍有近2200萬名兒童", 2200e4, P, "y22", q="under"),
      F("vax", 18, "的2200萬名兒童中", 2200e4, P, "y22"),
      F("vax", 8, "leaving nearly 22.2 million children", 22.2e6, P, "y23", q="under"),
      F("vax", 21, "全球有超过2200万儿童", 2200e4, P, "y23", q="over")]
G("vax_missed_mcv1", VAX, "Children who missed their first measles dose: 2022 22 million (six; 'nearly' / 近 hold it at the edge); 2023 'nearly 22.2 million' "
  "(ccih) and 超过2200万 (chinanews)", "world", "children missing MCV1", "2022 / 2023",
  "Same year consistent (hedges that can both hold); other years different_basis.", ms)
ms = [F("vax", 12, "an additional 11 million failing", 11e6, P, "a"), F("vax", 13, "an additional 11 million missed", 11e6, P, "a"),
      F("vax", 18, "另有1100萬名兒童", 1100e4, P, "a")]
G("vax_missed_mcv2", VAX, "Children who missed their second measles dose in 2022: 11 million = 1100萬 (three)", "world", "children missing MCV2", "2022",
  "Same figure.", ms)

ms = [F("vax", 12, "an estimated 9 million cases", 9e6, CNT, "y22", q="approx"),
      F("vax", 13, "measles cases to 9 million", 9e6, CNT, "y22"),
      F("vax", 14, "to 9.2 million in 2022", 9.2e6, CNT, "y22"),
      F("vax", 18, "病例數達到約900萬", 900e4, CNT, "y22", q="approx"),
      F("vax", 22, "病例数达到约900万", 900e4, CNT, "y22", q="approx"),
      F("vax", 14, "approximately 7.8 million in 2021", 7.8e6, CNT, "y21", q="approx"),
      F("vax", 20, "2023年達1030萬例", 1030e4, CNT, "y23"),
      F("vax", 21, "约为1030万例", 1030e4, CNT, "y23", q="approx")]
G("vax_measles_cases", VAX, "Measles cases worldwide: 2022 9 million (four incl. 约900万) vs arabtimes' 9.2 million (the MMWR figure); 2021 7.8 million; "
  "2023 1030万 (two)", "world", "measles cases", "2021-2023",
  "9 million rounds 9.2 million (rounding; 'an estimated' / 约 hold it); other years different_basis.", ms, {(1, 3): R})

ms = [F("vax", 12, "deaths soaring to 136,000", 136e3, CNT, "y22"),
      F("vax", 13, "deaths to 136 000", 136e3, CNT, "y22", vt="136 000", step=1e3),
      F("vax", 14, "to 136,200 in 2022", 136.2e3, CNT, "y22"),
      F("vax", 15, "(136,200)", 136.2e3, CNT, "y22", vt="136,200"),
      F("vax", 16, "more than 136 000 people", 136e3, CNT, "y22", q="over", vt="136 000", step=1e3),
      F("vax", 18, "死亡人數約13.6萬", 13.6e4, CNT, "y22", q="approx"),
      F("vax", 22, "死亡人数约13.6万", 13.6e4, CNT, "y22", q="approx"),
      F("vax", 14, "from 95,000 in 2021", 95e3, CNT, "y21"),
      F("vax", 21, "约有10万多人死于麻疹", 10e4, CNT, "y23", q="over")]
G("vax_measles_deaths", VAX, "Measles deaths worldwide: 2022 136,000 / 136 000 (two) vs 136,200 (two), 'more than 136 000', 约13.6万 (two); 2021 95,000; "
  "2023 约10万多", "world", "measles deaths", "2021-2023",
  "136,000 rounds 136,200 (rounding); hedges that hold it consistent; other years different_basis.", ms)

ms = [F("vax", 12, "a staggering 18% surge", 18.0, PC, "y22"),
      F("vax", 13, "have increased by 18%", 18.0, PC, "y22"),
      F("vax", 14, "an 18% increase", 18.0, PC, "y22"),
      F("vax", 15, "increased by 18 per cent", 18.0, PC, "y22"),
      F("vax", 16, "increased internationally by 18%", 18.0, PC, "y22"),
      F("vax", 18, "分別增加18%", 18.0, PC, "y22"),
      F("vax", 22, "分别增加18%", 18.0, PC, "y22"),
      F("vax", 20, "比2022年增加了20%", 20.0, PC, "y23"),
      F("vax", 21, "比2022年增加了20%", 20.0, PC, "y23")]
G("vax_cases_rise", VAX, "Rise in measles cases: 2021-2022 18% (seven); 2022-2023 20% (two)", "world", "rise in measles cases (percent)", "2021-2023",
  "Same period consistent; other period different_basis.", ms)
ms = [F("vax", 13, "deaths have increased by 43%", 43.0, PC, "a"),
      F("vax", 14, "increasing by 43%", 43.0, PC, "a"),
      F("vax", 15, "deaths went up by 43 per cent", 43.0, PC, "a"),
      F("vax", 16, "measles deaths by 43%", 43.0, PC, "a"),
      F("vax", 18, "和43%", 43.0, PC, "a"),
      F("vax", 22, "和43%", 43.0, PC, "a")]
G("vax_deaths_rise", VAX, "Rise in measles deaths 2021-2022: 43% (six)", "world", "rise in measles deaths (percent)", "2021-2022", "Same figure.", ms)

ms = [F("vax", 12, "outbreaks of measles in 37 countries", 37, CNT, "y22"),
      F("vax", 13, "The organization added that 37 countries", 37, CNT, "y22", nth=1),
      F("vax", 13, "The organization added that 37 countries", 37, CNT, "y22", nth=2),
      F("vax", 14, "to 37 in 2022", 37, CNT, "y22"),
      F("vax", 15, "while 37 countries experienced", 37, CNT, "y22"),
      F("vax", 16, "In 2022, 37 countries reported", 37, CNT, "y22"),
      F("vax", 16, "Of the 37 countries", 37, CNT, "y22"),
      F("vax", 18, "全球有37個國家", 37, CNT, "y22"),
      F("vax", 12, "from 22 affected nations", 22, CNT, "y21"),
      F("vax", 13, "compared with 22 countries in 2021", 22, CNT, "y21"),
      F("vax", 14, "from 22 in 2021", 22, CNT, "y21"),
      F("vax", 16, "compared with 22 countries in 2021", 22, CNT, "y21"),
      F("vax", 18, "2021年的22個國家", 22, CNT, "y21"),
      F("vax", 21, "全球共有57个国家", 57, CNT, "y23"),
      F("vax", 20, "其中61個國家", 61, CNT, "y2425", note="'past 12 months' (2024-25)")]
G("vax_outbreak_countries", VAX, "Countries with large or disruptive measles outbreaks: 2022 37 (eight); 2021 22 (five); 2023 57; the past 12 months to "
  "April 2025 61", "world", "countries with large or disruptive measles outbreaks", "2021-2025",
  "Same year consistent; other years different_basis.", ms)
ms = [F("vax", 13, "including 28 in Africa", 28, CNT, "a", nth=1), F("vax", 13, "including 28 in Africa", 28, CNT, "a", nth=2),
      F("vax", 16, "28 were in the WHO region for Africa", 28, CNT, "a")]
G("vax_outbreaks_africa", VAX, "Outbreak countries in Africa in 2022: 28 (three)", "Africa", "countries with measles outbreaks", "2022", "Same figure.", ms)
ms = [F("vax", 12, "stands at 66%", 66.0, PC, "a"), F("vax", 13, "rates at only 66%", 66.0, PC, "a"), F("vax", 18, "接種率只有66%", 66.0, PC, "a")]
G("vax_lic_66", VAX, "Measles vaccination coverage in low-income countries in 2022: 66% (three)", "low-income countries", "measles vaccine coverage (percent)",
  "2022", "Same figure.", ms)
ms = [F("vax", 12, "the 95% threshold", 95.0, PC, "a"), F("vax", 13, "under the 95% coverage", 95.0, PC, "a"),
      F("vax", 15, "at least 95 per cent", 95.0, PC, "a", q="at_least"), F("vax", 18, "遠低于95%", 95.0, PC, "a"),
      F("vax", 21, "要达到95%以上", 95.0, PC, "a", q="at_least")]
G("vax_95_threshold", VAX, "Two-dose coverage needed to prevent measles outbreaks: 95% (five; 'at least' / 以上)", "world",
  "coverage needed against measles outbreaks (percent)", "standing", "Same figure.", ms)

# vaccination singles
S("vax", 2, "fell 5 percentage points", vt="5 percentage points", value=5.0, unit=PP)
S("vax", 4, "almost 1 in 10", vt="1 in 10", value=10, unit="ratio_1_in", qualifier="under")
S("vax", 5, "An estimated 1 in 7 children", vt="1 in 7", value=7, unit="ratio_1_in", qualifier="approx")
S("vax", 5, "declined by 79 percent worldwide", vt="79 percent", value=79.0, unit=PC)
S("vax", 5, "by 85 percent in sub-Saharan Africa", vt="85 percent", value=85.0, unit=PC)
S("vax", 5, "41 of 59 priority countries", vt="41", value=41, unit=CNT)
S("vax", 5, "Still 64 countries", vt="64", value=64, unit=CNT)
S("vax", 6, "home to only 25% of the world’s infants", vt="25%", value=25.0, unit=PC)
S("vax", 6, "account for 50% of unvaccinated", vt="50%", value=50.0, unit=PC)
S("vax", 6, "rose from 17% in 2019", vt="17%", value=17.0, unit=PC)
S("vax", 6, "to 31% in 2024", vt="31%", value=31.0, unit=PC, note="HPV; not the 31 fragile countries")
S("vax", 13, "about 33 million children missed", vt="33 million", value=33e6, unit=P, qualifier="approx")
S("vax", 14, "representing a 68% increase", vt="68%", value=68.0, unit=PC)
S("vax", 15, "over half live in just 10 countries", vt="10", value=10, unit=CNT)
S("vax", 15, "disbursed over US$12 million", vt="US$12 million", value=12e6, unit=USD, qualifier="over")
S("vax", 17, "非洲的百白破疫苗覆蓋率一直維持在72%", vt="72%", value=72.0, unit=PC, note="Africa's DTP3 since 2010")
S("vax", 17, "約4500萬名兒童", vt="4500萬", value=4500e4, unit=P, qualifier="approx")
S("vax", 17, "另有7600萬名兒童", vt="7600萬", value=7600e4, unit=P)
S("vax", 17, "40%即", vt="40%", value=40.0, unit=PC)
S("vax", 17, "近800萬名嬰幼兒", vt="800萬", value=800e4, unit=P, qualifier="under")
S("vax", 17, "全球覆蓋率僅為28%", vt="28%", value=28.0, unit=PC)
S("vax", 17, "覆蓋率僅為44%", vt="44%", value=44.0, unit=PC)
S("vax", 19, "比上一年增加近400萬", vt="400萬", value=400e4, unit=P, qualifier="under")
S("vax", 19, "大幅下降的73個國家和地區中", vt="73", value=73, unit=CNT)
S("vax", 19, "15個已恢復至大流行前的水平", vt="15", value=15, unit=CNT)
S("vax", 19, "24個正在恢復中", vt="24", value=24, unit=CNT)
S("vax", 19, "34個國家和地區兒童免疫接種", vt="34", value=34, unit=CNT)
S("vax", 20, "138個國家報告了麻疹病例", vt="138", value=138, unit=CNT)
S("vax", 20, "5500余例疑似病例", vt="5500", value=5500, unit=CNT, qualifier="over")
S("vax", 20, "有12個國家報告了124例確診病例", vt="124", value=124, unit=CNT)
S("vax", 20, "4個國家報告了131例病例", vt="131", value=131, unit=CNT, note="yellow-fever cases; not the 131 countries")
S("vax", 20, "沖突地區的1500多萬名兒童", vt="1500多萬", value=1500e4, unit=P, qualifier="over")
S("vax", 20, "目標籌集90億美元資金", vt="90億美元", value=90e8, unit=USD)
S("vax", 20, "為5億兒童構筑免疫屏障", vt="5億", value=5e8, unit=P)
S("vax", 21, "与去年相比减少了8%", vt="8%", value=8.0, unit=PC)
S("vax", 21, "已在82个国家彻底消灭", vt="82", value=82, unit=CNT)
S("vax", 21, "美国已报告了266例麻疹病例", vt="266", value=266, unit=CNT)
NC("vax", 1, "Impact Goal 2: Promote Equity", "label")
NC("vax", 1, "Baseline (2019)20212022", "table_header")
NC("vax", 1, "Step 1) Calculate", "list_marker")
NC("vax", 1, "Step 2) Round", "list_marker")
NC("vax", 4, "DTP3) in 2016(5)", "footnote_marker")
NC("vax", 4, "eradication goals(13)", "footnote_marker")
NC("vax", 5, "saving millions of lives1", "footnote_marker")
NC("vax", 5, "between 2000 and 20152", "footnote_marker")
NC("vax", 5, "as of March 2017", "date")
NC("vax", 5, "began in 1974", "year")
NC("vax", 5, "national immunization coverage, 2016", "source_line")
NC("vax", 10, "released on July 14", "date")
NC("vax", 11, "(2026–2030)", "period_label")
NC("vax", 12, " date 2023-11-17", "date")
NC("vax", 13, " date 2023-11-17", "date")
NC("vax", 13, "20231117/worldwide", "url", nth=2)
NC("vax", 14, "20/11/2023", "date", nth=1)
NC("vax", 14, "20/11/2023", "date", nth=2)
NC("vax", 14, "NEW YORK, Nov 20", "dateline")
NC("vax", 14, "on Friday (Nov. 17)", "date")
NC("vax", 16, "in a joint report.12From", "footnote_marker")
NC("vax", 17, "2018-07-17 17:01:19", "date")
NC("vax", 17, "新華社日內瓦7月16日電", "dateline")
NC("vax", 18, "發布時間:2023-11-17 16:32:00", "date")
NC("vax", 18, "新華社日內瓦11月16日電", "dateline")
NC("vax", 18, "《2000至2022年全球消除麻疹進展》", "report_title")
NC("vax", 20, "2025-04-27 02:02:00", "date")
NC("vax", 20, "將于6月25日召開", "date")
NC("vax", 21, "浏览次数: 258", "page_furniture")
NC("vax", 21, "中新网11月15日电", "dateline")
NC("vax", 23, "(今年是04-24至04-30)", "date")

# @@END
if ERRS:
    for e in ERRS:
        print("quote error:", e)
    sys.exit(1)
if __name__ == "__main__":
    emit(HERE / "gold.d" / "fresh27.toml", "corpus-fresh27")
