"""Hand annotation of corpus-fresh32, written as data; emits gold.d/fresh32.toml (then run
corpus/check_gold.py --dir corpus-fresh32 --build).

Three domains: dementia (WHO's 2012 report and fact files (35.6 million in 2010, 7.7 million new cases, every 4 seconds,
65.7 / 75.6 million in 2030, 115.4 / 135.5 million in 2050, US$604 billion), ADI's World Alzheimer Report 2015 (46.8
million, 9.9 million new cases, every 3.2 seconds, 74.7 / 131.5 million, US$818 billion, 35%, 58 / 68 percent in LMICs),
the 'about 50 million / 152 million' estimates of WHO 2017 and ADI 2019, the GBD forecast in The Lancet Public Health of
January 2022 (57.4 million in 2019, 152.8 million in 2050), WHO's global status report of September 2021 (55.2 million, 78 /
139 million, US$1.3 / 1.7 / 2.8 trillion), Taiwan's own counts; `dem-*`), suicide (WHO's reports of September 2014 (2012
data), September 2019 (2016 data), June 2021 (2019 data) and 2024/2025 (2021 data): deaths a year, every 40 seconds, shares
in low- and middle-income countries, rates and falls, countries with strategies; `sui-*`) and antimicrobial resistance
(the O'Neill review of December 2014 (700,000 a year, 10 million a year by 2050, US$100 trillion), the GRAM study in The
Lancet of January 2022 (1.27 / 4.95 million deaths in 2019) and of September 2024 (1.14 / 4.71 million in 2021, 1.91 / 8.22
million a year in 2050, 39 / 169 million deaths 2025-2050, 92 million lives saved), WHO's GLASS report of October 2025;
`amr-*`).

Every mention carries a basis tag (estimate / report vintage / measure, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿 = 1e12, 兆 = 1e12, 成 = 10 percent. Units: persons,
percent, percentage_points, count, USD, CNY, GBP, EUR, seconds, years, times, rank, per_100k_people.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, P, USD, DC, CK, RK, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
from goldsrc import cross  # noqa: E402

load(HERE)

DEM, SUI, AMR = "dementia", "suicide", "antimicrobial-resistance"
SEC, RT, CNY, RANK = "seconds", "per_100k_people", "CNY", "rank"
CD = (C, D)


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ dementia
pairgrp("dem_people_2010", DEM, "People living with dementia in 2010 (WHO 2012 report): 35.6 million (two, one 'nearly')", "world",
        "people living with dementia", "2010",
        [F("dem", 1, "indicate 35.6 million people worldwide", 35.6e6, P, "a"),
         F("dem", 3, "Nearly 35.6 million people are currently", 35.6e6, P, "a", q="under")])

ms = [
    F("dem", 4, "over 46 million people are living", 46e6, P, "a15", q="over"),
    F("dem", 4, "46.8 million people worldwide are living", 46.8e6, P, "a15"),
    F("dem", 5, "approximately 46.8 million people", 46.8e6, P, "a15", q="approx"),
    F("dem", 14, "从当前的4700万人增加两倍多", 4700e4, P, "a15"),
    F("dem", 16, "约有4 680万阿尔茨海默病患者", 4680e4, P, "a15", q="approx", vt="4 680万", step=1e4),
    F("dem", 16, "approximately 46.8 million people with Alzheimer", 46.8e6, P, "a15", q="approx"),
    F("dem", 17, "已经达到4 680万人", 4680e4, P, "a15", vt="4 680万", step=1e4),
    F("dem", 21, "總人口為4680萬人", 4680e4, P, "a15"),
    F("dem", 23, "患病人數(shù)4600萬", 4600e4, P, "a15", vt="4600萬"),
    F("dem", 20, "全球罹患失智症人口超過4700萬人", 4700e4, P, "who15", q="over", note="WHO's figure of March 2015 (47.5 million)"),
]
G("dem_people_2015", DEM, "People living with dementia in 2015 (ADI, World Alzheimer Report 2015): 46.8 million / 4680萬 (six, with 'over 46 million'), "
  "4700万 (China Daily) and coldnoir's 4600萬; WHO's 超過4700萬 of March 2015", "world", "people living with dementia", "2015",
  "4700万 rounds 46.8 million (rounding; the hedges hold it); 4600萬 is not a rounding of 46.8 million (conflict); WHO's count different_basis.", ms)

pairgrp("dem_people_50m", DEM, "People living with dementia, the 'about 50 million' estimate (WHO 2017 / ADI 2019): four", "world",
        "people living with dementia", "2017-2019",
        [F("dem", 6, "Approximately 50 million people live", 50e6, P, "a", q="approx"),
         F("dem", 7, "there are over 50 million people", 50e6, P, "a", q="over"),
         F("dem", 15, "从5千万人", 5e7, P, "a", vt="5千万", step=1e7),
         F("dem", 18, "全世界约有5 000万人患有痴呆症", 5000e4, P, "a", q="approx", vt="5 000万", step=1e7)],
        "The bounds agree (consistent).")

ms = [
    F("dem", 8, "from an estimated 57.4 million in 2019", 57.4e6, P, "gbd"),
    F("dem", 9, "from an estimated 57 million cases in 2019", 57e6, P, "gbd"),
    F("dem", 10, "from an estimated 57 million in 2019", 57e6, P, "gbd"),
    F("dem", 11, "The report says 55.2 million people", 55.2e6, P, "who21"),
    F("dem", 12, "from the current 55 million", 55e6, P, "who21"),
    F("dem", 12, "more than 55 million people (including", 55e6, P, "who21", q="over"),
    F("dem", 13, "no fewer than 55 million people", 55e6, P, "who21", q="at_least"),
    F("dem", 19, "大約為5500 萬人", 5500e4, P, "who21", q="approx"),
]
G("dem_people_2019", DEM, "People living with dementia in 2019: GBD 57.4 million vs 57 million (two); WHO 2021 55.2 million vs 55 million, 'more than 55 million', "
  "'no fewer than 55 million', 約5500萬", "world", "people living with dementia", "2019",
  "57 rounds 57.4 and 55 rounds 55.2 (rounding); the hedges hold; the GBD and WHO estimates different_basis.", ms)

ms = [
    F("dem", 3, "double to 65.7 million by 2030", 65.7e6, P, "w12"),
    F("dem", 2, "increase to 75.6 million in 2030", 75.6e6, P, "who15"),
    F("dem", 4, "reach 74.7 million in 2030", 74.7e6, P, "a15"),
    F("dem", 5, "(74.7 million by 2030", 74.7e6, P, "a15"),
    F("dem", 11, "about 78 million in 2030", 78e6, P, "who21", q="approx"),
    F("dem", 12, "to 78 million, and by 2050", 78e6, P, "who21"),
    F("dem", 12, "rise to 78 million by 2030", 78e6, P, "who21"),
    F("dem", 19, "將增加到7800萬人", 7800e4, P, "who21"),
]
G("dem_2030", DEM, "People with dementia projected for 2030: WHO 2012 65.7 million; WHO 2015 75.6 million; ADI 2015 74.7 million (two); WHO 2021 78 million (four)",
  "world", "people with dementia in 2030 (projection)", "2030", "Same projection consistent; projections of different reports different_basis.", ms)

ms = [
    F("dem", 3, "triple to 115.4 million by 2050", 115.4e6, P, "w12"),
    F("dem", 2, "135.5 million in 2050", 135.5e6, P, "who15"),
    F("dem", 4, "risen to 131.5 million", 131.5e6, P, "a15"),
    F("dem", 4, "over 131.5 million by 2050", 131.5e6, P, "a15", q="over"),
    F("dem", 5, "131.5 million by 2050)", 131.5e6, P, "a15"),
    F("dem", 6, "rise to 132 million people by 2050", 132e6, P, "a15"),
    F("dem", 14, "达到1.32亿人", 1.32e8, P, "a15"),
    F("dem", 16, "到2050年达1.315亿", 1.315e8, P, "a15"),
    F("dem", 16, "131.1 million by 2050", 131.1e6, P, "a15", note="the page's own English rendering of 1.315亿"),
    F("dem", 21, "高達1億3150萬人", 1.315e8, P, "a15", vt="1億3150萬", step=1e5),
    F("dem", 23, "將達(dá)到1.315億", 1.315e8, P, "a15"),
]
G("dem_2050_2015", DEM, "People with dementia projected for 2050 by the 2015 report: 131.5 million / 1.315億 (six, one 'over'), 132 million / 1.32亿 (two), "
  "soolun's English 131.1 million; WHO 2012's 115.4 million and WHO 2015's 135.5 million", "world", "people with dementia in 2050 (projection)", "2050",
  "132 million rounds 131.5 (rounding); 131.1 against 131.5 / 1.315億 / 132 million conflict; other reports different_basis.", ms)

ms = [
    F("dem", 7, "increase to 152 million by 2050", 152e6, P, "e50"),
    F("dem", 15, "增加到1亿5千2百万人", 1.52e8, P, "e50", vt="1亿5千2百万", step=1e6),
    F("dem", 18, "患病人数将达到1.5亿", 1.5e8, P, "e50"),
    F("dem", 8, "to 152.8 million in 2050", 152.8e6, P, "gbd"),
    F("dem", 9, "nearly triple to 153 million by 2050", 153e6, P, "gbd"),
    F("dem", 10, "to 153 million in 2050", 153e6, P, "gbd"),
    F("dem", 11, "Nearly 140 million to have dementia", 140e6, P, "who21", q="under"),
    F("dem", 11, "says nearly 140 million people", 140e6, P, "who21", q="under"),
    F("dem", 11, "roughly 139 million in 2050", 139e6, P, "who21", q="approx"),
    F("dem", 12, "Become 139 million by 2050", 139e6, P, "who21"),
    F("dem", 12, "- to 139 million", 139e6, P, "who21"),
    F("dem", 12, "and to 139 million by 2050", 139e6, P, "who21"),
    F("dem", 19, "將增加到 1 億 3900萬人", 1.39e8, P, "who21", vt="1 億 3900萬", step=1e6),
]
G("dem_2050_later", DEM, "People with dementia projected for 2050, later estimates: 152 million (WHO 2017 / ADI 2019, two) and 1.5亿; GBD 152.8 million vs 153 million (two); "
  "WHO 2021 139 million (five) and 'nearly 140 million' (two)", "world", "people with dementia in 2050 (projection)", "2050",
  "1.5亿 rounds 152 million and 153 rounds 152.8 (rounding); the hedges hold 139; the three estimates different_basis.", ms)

pairgrp("dem_new_cases_2010", DEM, "New dementia cases a year, WHO 2012 / fact file: 'nearly 7.7 million' (two)", "world", "new cases of dementia a year", "2010",
        [F("dem", 1, "nearly 7.7 million, implying one", 7.7e6, P, "a", q="under"), F("dem", 2, "is nearly 7.7 million", 7.7e6, P, "a", q="under")])
ms = [
    F("dem", 4, "There will be 9.9 million new cases", 9.9e6, P, "a"),
    F("dem", 5, "more than 9.9 million new cases", 9.9e6, P, "a", q="over"),
    F("dem", 14, "每年将有990万人患失智症", 990e4, P, "a"),
    F("dem", 14, "新病例就多出约1000万", 1000e4, P, "a", q="approx"),
    F("dem", 17, "将新增990万名痴呆患者", 990e4, P, "a"),
    F("dem", 21, "推估今年將有990萬新增", 990e4, P, "a", nth=1),
    F("dem", 21, "推估今年將有990萬新增", 990e4, P, "a", nth=2),
    F("dem", 21, "將新增990萬個失智症患者", 990e4, P, "a"),
]
pairgrp("dem_new_cases_2015", DEM, "New dementia cases in 2015 (ADI): 9.9 million / 990萬 (seven, one 'more than') and 約1000万", "world", "new cases of dementia a year", "2015",
        ms, "The bounds hold 9.9 million (consistent).")

ms = [
    F("dem", 2, "diagnosed every 4 seconds", 4, SEC, "w12"),
    F("dem", 2, "1 new case every 4 seconds", 4, SEC, "w12"),
    F("dem", 20, "平均每4秒就新增1名", 4, SEC, "w12"),
    F("dem", 5, "one new case every 3.2 seconds", 3.2, SEC, "a15"),
    F("dem", 4, "or one every 3 seconds", 3, SEC, "a15"),
    F("dem", 17, "平均每3 s新增1人", 3, SEC, "a15"),
    F("dem", 21, "全球每3秒新增1名失智症", 3, SEC, "a15", nth=1, note="headline"),
    F("dem", 21, "全球每3秒新增1名失智症", 3, SEC, "a15", nth=2),
    F("dem", 21, "平均每3秒就有1人罹患", 3, SEC, "a15"),
    F("dem", 21, "平均每3秒就有一人罹患", 3, SEC, "a15"),
    F("dem", 21, "每3秒新增1名!全球", 3, SEC, "a15"),
    F("dem", 21, "平均每3秒新增1名。", 3, SEC, "a15"),
    F("dem", 19, "每3 秒就有一人罹患", 3, SEC, "who21"),
]
G("dem_every_seconds", DEM, "A new case of dementia every N seconds: WHO 2012 / 2015 4 seconds (three); ADI 2015 3.2 seconds vs 3 seconds (eight); heysuperlife's 3 秒 (2021)",
  "world", "interval between new cases (seconds)", "2010-2021", "3 rounds 3.2 (rounding); 3 and 4 are different estimates (different_basis).", ms)

pairgrp("dem_cost_2010", DEM, "Worldwide cost of dementia in 2010: US$604 billion / 6040億美元 (four, one dated 2012)", "world", "cost of dementia (USD a year)", "2010",
        [F("dem", 1, "US$ 604 billion in 2010", 604e9, USD, "a"), F("dem", 5, "$604 billion (US) worldwide", 604e9, USD, "a"),
         F("dem", 20, "照護成本已達6040億美元", 6040e8, USD, "a"),
         F("dem", 23, "費(fèi)用為6040億美元", 6040e8, USD, "a", note="dated 2012 on the page; the 2010 estimate")])
pairgrp("dem_cost_2015", DEM, "Worldwide cost of dementia in 2015 (ADI): US$818 billion / 8180億美元 (five)", "world", "cost of dementia (USD a year)", "2015",
        [F("dem", 4, "dementia in 2015 is US$ 818 billion", 818e9, USD, "a"), F("dem", 5, "estimates at $818 billion (US)", 818e9, USD, "a"),
         F("dem", 6, "being US$818 billion", 818e9, USD, "a"), F("dem", 21, "將高達為8180億美元", 8180e8, USD, "a"), F("dem", 23, "已達(dá)8180億美元", 8180e8, USD, "a")])
pairgrp("dem_cost_2018", DEM, "Worldwide cost of dementia reaching US$1 trillion by 2018 (ADI 2015 forecast; ADI 2019 'current'): four", "world", "cost of dementia (USD a year)", "2018",
        [F("dem", 4, "will reach US $1 trillion", 1e12, USD, "a"), F("dem", 4, "increased to $1 trillion", 1e12, USD, "a"),
         F("dem", 21, "甚至可能突破1兆美元", 1e12, USD, "a", q="over", vt="1兆", step=1e12),
         F("dem", 7, "estimated at US $1trillion", 1e12, USD, "a", vt="1trillion", step=1e12)], "The bound holds (consistent).")
pairgrp("dem_cost_2019", DEM, "Worldwide cost of dementia in 2019 (WHO 2021): US$1.3 trillion (two)", "world", "cost of dementia (USD a year)", "2019",
        [F("dem", 12, "estimated at $ 1.3 trillion", 1.3e12, USD, "a"), F("dem", 13, "estimated at US$1.3 trillion", 1.3e12, USD, "a")])
S("dem", 4, "risen to $2 trillion", value=2e12, unit=USD)
pairgrp("dem_cost_2030", DEM, "Projected cost of dementia in 2030 (WHO 2021): US$1.7 trillion (two)", "world", "cost of dementia (USD a year, projection)", "2030",
        [F("dem", 12, "increase to $ 1.7 trillion by 2030", 1.7e12, USD, "a"), F("dem", 13, "rise to US$1.7 trillion by 2030", 1.7e12, USD, "a")])
pairgrp("dem_cost_2030_care", DEM, "Projected cost of dementia with care costs (WHO 2021): US$2.8 trillion (two, one dated 2050)", "world",
        "cost of dementia with care costs (USD a year, projection)", "2030",
        [F("dem", 12, "to $ 2.8 trillion by 2050", 2.8e12, USD, "a", note="dated 2050 on the page; WHO gives it for 2030 with care costs"),
         F("dem", 13, "or US$2.8 trillion if care", 2.8e12, USD, "a")])
ms = [F("dem", 5, "represent a 35% increase", 35.0, PC, "a"), F("dem", 21, "間已增加35%", 35.0, PC, "a"), F("dem", 23, "增長了35.4%", 35.4, PC, "a")]
pairgrp("dem_cost_rise", DEM, "Rise in the cost of dementia 2010-2015: 35% (two) vs 35.4% (coldnoir)", "world", "rise in cost (percent)", "2010-2015", ms,
        "35 rounds 35.4 (rounding).")
pairgrp("dem_economy_rank", DEM, "Dementia care as an economy: 18th largest (two)", "world", "rank among economies", "2015",
        [F("dem", 5, "the 18th largest economy", 18, RANK, "a"), F("dem", 21, "全世界第18大經濟體", 18, RANK, "a")])
pairgrp("dem_apple", DEM, "Apple's market value cited (ADI 2015): US$742 billion (two)", "Apple", "market value (USD)", "2015",
        [F("dem", 5, "Apple (US $742 billion)", 742e9, USD, "a"), F("dem", 21, "APPLE(7420億美元)", 7420e8, USD, "a")])
pairgrp("dem_google", DEM, "Google's market value cited (ADI 2015): US$368 billion (two)", "Google", "market value (USD)", "2015",
        [F("dem", 5, "Google (US $368 billion)", 368e9, USD, "a"), F("dem", 21, "Google(3680億美元)", 3680e8, USD, "a")])
ms = [F("dem", 4, "in 2015, 58% of all people", 58.0, PC, "a15"), F("dem", 5, "estimated that 58% of all", 58.0, PC, "a15"),
      F("dem", 20, "有6成失智症患者", 60.0, PC, "who", vt="6成")]
pairgrp("dem_lmic_share", DEM, "Share of people with dementia in low- and middle-income countries: 58% (ADI 2015, two); WHO's 6成", "world",
        "share in low- and middle-income countries (percent)", "2015", ms, "Same report consistent; WHO's 60% different_basis.")
pairgrp("dem_lmic_2050", DEM, "Share in low- and middle-income countries by 2050 (ADI 2015): 68% (three)", "world", "share in LMICs in 2050 (percent)", "2050",
        [F("dem", 4, "and 68% in 2050", 68.0, PC, "a"), F("dem", 5, "rise to 68% by 2050", 68.0, PC, "a"), F("dem", 21, "將有高達68%的", 68.0, PC, "a")])
pairgrp("dem_education", DEM, "Cases avoided by 2050 through education (GBD): 6.2 million (two)", "world", "dementia cases", "2050",
        [F("dem", 8, "prevalence by 6.2 million", 6.2e6, P, "a"), F("dem", 9, "prevalence by 6.2 million cases", 6.2e6, P, "a")])
pairgrp("dem_risk_factors", DEM, "Extra cases by 2050 from obesity, blood sugar and smoking (GBD): 6.8 million (two)", "world", "dementia cases", "2050",
        [F("dem", 8, "additional 6.8 million people", 6.8e6, P, "a"), F("dem", 9, "extra 6.8 million dementia cases", 6.8e6, P, "a")])
pairgrp("dem_gbd_countries", DEM, "Countries in the GBD dementia forecast: 195 (newzz) vs 204 (dementiacarenews)", "GBD study", "countries", "2022",
        [F("dem", 9, "across 195 countries worldwide", 195, CNT, "a"), F("dem", 10, "for 204 countries worldwide", 204, CNT, "a")], "195 against 204 conflict.")
pairgrp("dem_china_elderly", DEM, "People aged 65 and over in China at end-2014 (soolun): 約1.37亿 and 'about 137 million'", "China", "people aged 65 and over", "2014",
        [F("dem", 16, "人口达到约1.37亿", 1.37e8, P, "a", q="approx"), F("dem", 16, "reached about 137 million", 137e6, P, "a", q="approx")])
ms = [F("dem", 20, "失智症患者 國內約23萬人", 23e4, P, "a", q="approx", note="headline"),
      F("dem", 20, "失智症患者  國內約23萬人", 23e4, P, "a", q="approx", note="headline repeated"),
      F("dem", 20, "推估國內目前失智症人口約23.9萬人", 23.9e4, P, "a", q="approx"),
      F("dem", 20, "台灣目前失智症人口約23.9萬人", 23.9e4, P, "a", q="approx"),
      F("dem", 21, "全台逾24萬人", 24e4, P, "b", q="over", nth=1), F("dem", 21, "全台逾24萬人", 24e4, P, "b", q="over", nth=2),
      F("dem", 21, "總人口數高達24.4萬人", 24.4e4, P, "b"),
      F("dem", 22, "台灣失智人口已超過24萬人", 24e4, P, "c", q="over")]
pairgrp("dem_taiwan", DEM, "People with dementia in Taiwan: March 2015 約23.9萬 (two) vs the headline's 約23萬 (two); June 2015 24.4萬 and 逾24萬 (two); December 2015 超過24萬",
        "Taiwan", "people living with dementia", "2015", ms,
        "The headline's 23萬 is not a rounding of 23.9萬 (conflict); the bounds hold 24.4萬; counts of different dates different_basis.")
pairgrp("dem_taiwan_2072", DEM, "People with dementia in Taiwan projected for 民國150年 (2061): 93萬 (two) and 破93萬", "Taiwan", "people living with dementia (projection)", "2061",
        [F("dem", 20, "將成長到93萬人", 93e4, P, "a"), F("dem", 20, "將高達93萬人", 93e4, P, "a"), F("dem", 22, "將破93萬人", 93e4, P, "a", q="over")])

pairgrp("dem_taiwan_daily", DEM, "People added to Taiwan's dementia count each day: 41 (March 2015, taiwannews) and 63 (December 2015, cts, twice)", "Taiwan",
        "new people with dementia a day", "2015", [F("dem", 20, "平均每天增加41人", 41, P, "a"), F("dem", 22, "日增達63人", 63, P, "b", note="headline"),
        F("dem", 22, "還會增加63人", 63, P, "b")], "Two estimates (different_basis).")

S("dem", 4, "rising to 63% in 2030", value=63.0, unit=PC)
S("dem", 8, "increases of 53% and", value=53.0, unit=PC)
S("dem", 8, "74% respectively", value=74.0, unit=PC)
S("dem", 11, "roughly 2.5 times the figure", value=2.5, unit="times", q="approx")
S("dem", 11, "accounting for 6.9 percent", value=6.9, unit=PC)
S("dem", 12, "8.1% of women", value=8.1, unit=PC)
S("dem", 12, "and 5.4% of men", value=5.4, unit=PC)
S("dem", 12, "accounting for 60-70% of all cases", vt="60-70%", value=[60.0, 70.0], unit=PC)
S("dem", 14, "比2010年多出近30%", value=30.0, unit=PC, q="under")
S("dem", 17, "仅仅只有21%的患者", value=21.0, unit=PC)
S("dem", 17, "只有19.6%的患者", value=19.6, unit=PC)
S("dem", 18, "痴呆症患病率高达7%", value=7.0, unit=PC)
S("dem", 18, "目前我国约有950万痴呆症患者", value=950e4, unit=P, q="approx")
S("dem", 19, "足足增加了40%", value=40.0, unit=PC)
S("dem", 19, "增加了 1.5 倍", vt="1.5", value=1.5, unit="times")
S("dem", 20, "約占全球GDP的1%", value=1.0, unit=PC, q="approx")
S("dem", 20, "有80國衛生部部長", vt="80", value=80, unit=CNT)
S("dem", 21, "(23.5萬人)", value=23.5e4, unit=P)
S("dem", 22, "65歲以上盛行率14.03%", value=14.03, unit=PC)
S("dem", 22, "五都地區僅6.57%", value=6.57, unit=PC)
S("dem", 23, "人均花費(fèi)高達(dá)13.2萬元", vt="13.2萬", value=13.2e4, unit=CNY)
S("dem", 23, "間接費(fèi)用高達(dá)9.5萬元", vt="9.5萬", value=9.5e4, unit=CNY)
S("dem", 23, "預(yù)計(jì)將達(dá)49230億元", vt="49230億", value=49230e8, unit=CNY)
NC("dem", 2, "10 facts on dementia", "title")
NC("dem", 4, "26th August 2015", "date")
NC("dem", 4, "In just 3 years' time", "duration")
NC("dem", 5, "double every 20 years", "duration")
NC("dem", 10, "(aged 40 years and older)", "age_threshold")
NC("dem", 9, "adults aged 40 and older", "age_threshold")
NC("dem", 11, "aged 65 years or older", "age_threshold")
NC("dem", 12, "over the age of 65", "age_threshold")
NC("dem", 14, "中国日报网8月26日电", "date")
NC("dem", 14, "8月25日报道称", "date")
NC("dem", 14, "《2015年全球阿尔茨海默症报告》", "report_title")
NC("dem", 15, "失智症30年后将是目前三倍", "duration")
NC("dem", 15, "不支持HTML5", "name")
NC("dem", 16, "截至2014年底", "date")
NC("dem", 16, "~([4]),全世界", "footnote_marker")
NC("dem", 16, "是21世纪全球范围", "ordinal")
NC("dem", 17, "2015年9月,央广网", "date")
NC("dem", 18, "痴呆症[1]", "footnote_marker")
NC("dem", 19, "在2021年公布的報告", "date")
NC("dem", 20, "台北21日電", "date")
NC("dem", 20, "16、17兩日舉辦", "date")
NC("dem", 20, "照護服務網。1040321", "date")
NC("dem", 20, "民國150年時", "date")
NC("dem", 21, "查看: 80", "view_count")
NC("dem", 21, "回復: 0", "comment_count")
NC("dem", 21, "發表於 2015-8-29 09:44:19", "date")
NC("dem", 21, "根據104年6月底的統計調查", "date")
NC("dem", 21, "國際失智症月(9月)", "date")
NC("dem", 22, "03/07 週六", "date")
NC("dem", 22, "2015-12-09 06:56:00", "date")
NC("dem", 23, "世界阿爾茨海默病2015年報", "report_title")
NC("dem", 23, "在2016年AAIC上", "date")

# ============================================================ suicide
ms = [F("sui", 1, "more than 800,000 people committing", 800000, P, "a", q="over"),
      F("sui", 1, "of which 800,000 are suicides", 800000, P, "a"),
      F("sui", 2, "about 800,000 deaths a year", 800000, P, "a", q="approx"),
      F("sui", 11, "全球每年有80万人死于自杀", 80e4, P, "a"),
      F("sui", 12, "全球每年大约80万人自杀", 80e4, P, "a", q="approx", note="headline"),
      F("sui", 12, "全球每年有大约80万人自杀", 80e4, P, "a", q="approx"),
      F("sui", 17, "報告:全球每年80萬人死於自殺", 80e4, P, "a", nth=1, note="breadcrumb"),
      F("sui", 17, "報告:全球每年80萬人死於自殺", 80e4, P, "a", nth=2, note="headline"),
      F("sui", 17, "稱全球每年有80萬人死於自殺", 80e4, P, "a"),
      F("sui", 17, "報告:全球每年80萬人死於自殺", 80e4, P, "a", nth=3),
      F("sui", 18, "全球每年約有80萬人死於自殺", 80e4, P, "a", q="approx")]
pairgrp("sui_deaths_2012", SUI, "Suicides a year, WHO's first report (September 2014, 2012 data): 800,000 / 80萬 (eleven, with 'more than' and 'about')", "world",
        "suicide deaths a year", "2012", ms, "The bounds agree (consistent).")
ms = [F("sui", 3, "Nearly 800,000 people commit suicide", 800000, P, "a", q="under"),
      F("sui", 13, "全球每年仍有80万人选择自杀", 80e4, P, "a"),
      F("sui", 19, "全球每年有80萬人自殺身亡", 80e4, P, "a"),
      F("sui", 20, "每年有近80萬人結束", 80e4, P, "a", q="under"),
      F("sui", 21, "每年有超過80萬人死於自殺", 80e4, P, "a", q="over", note="WHO: close to 800,000 (793,000)")]
pairgrp("sui_deaths_2016", SUI, "Suicides a year, WHO's 2019 report (2016 data, 'close to 800,000'): nearly 800,000 / 近80萬 (two), 80萬 (two) vs hkej's 超過80萬",
        "world", "suicide deaths a year", "2016", ms,
        "The plain and 'nearly' figures agree (consistent); 'over 800,000' against 'nearly 800,000' conflict, against plain 80萬 conflict with consistent as alt.",
        {(1, 5): C, (4, 5): C, (2, 5): CK, (3, 5): CK})
ms = [F("sui", 5, "More than 700 000 persons die", 700000, P, "a", q="over", vt="700 000", step=1e5),
      F("sui", 5, "Globally, 703 000 people die", 703000, P, "a", vt="703 000", step=1e3),
      F("sui", 6, "or 700,000 in exact figures", 700000, P, "a"),
      F("sui", 15, "超过70万人死于自杀", 70e4, P, "a", q="over")]
pairgrp("sui_deaths_2019", SUI, "Suicides in 2019 (WHO, June 2021): 703 000, 'more than 700 000' / 超过70万 (two) and explica's '700,000 in exact figures'", "world",
        "suicide deaths a year", "2019", ms, "700,000 rounds 703,000 (rounding); the bounds hold.")
ms = [F("sui", 7, "WHO says over 720,000 suicide deaths", 720000, P, "a", q="over"),
      F("sui", 7, "More than 720 000 people die", 720000, P, "a", q="over", vt="720 000", step=1e4),
      F("sui", 8, "lives of 727,000 people in 2021", 727000, P, "a"),
      F("sui", 9, "lives of 727,000 people worldwide", 727000, P, "a"),
      F("sui", 10, "More than 720,000 people die by suicide", 720000, P, "a", q="over"),
      F("sui", 10, "more than 720,000 lives are lost", 720000, P, "a", q="over"),
      F("sui", 16, "至2021年的717,000人", 717000, P, "a", note="attributed to 'WHO and other sources'")]
pairgrp("sui_deaths_2021", SUI, "Suicides in 2021 (WHO 2024/2025): 727,000 (two), 'more than 720,000' (four) vs researchain's 717,000", "world", "suicide deaths a year", "2021", ms,
        "The bounds hold 727,000 (consistent); 717,000 against them conflict (different_basis defensible: another compiler).",
        {(i, 7): CD for i in range(1, 7)})

ms = [F("sui", 1, "one person per 40 seconds", 40, SEC, "a"),
      F("sui", 2, "every 40 seconds—which", 40, SEC, "a"),
      F("sui", 3, "kills one person every 40 seconds", 40, SEC, "a"),
      F("sui", 3, "still dies every 40 seconds", 40, SEC, "a"),
      F("sui", 4, "still dies every 40 seconds", 40, SEC, "a"),
      F("sui", 10, "Every 40 seconds, someone", 40, SEC, "a"),
      F("sui", 11, "大约每40秒就有一人轻生", 40, SEC, "a", q="approx"),
      F("sui", 12, "全球每40秒就有一人", 40, SEC, "a"),
      F("sui", 13, "每40秒有一人自杀", 40, SEC, "a"),
      F("sui", 13, "相当于每40秒就有一人", 40, SEC, "a"),
      F("sui", 13, "每40秒便有一人因自杀", 40, SEC, "a"),
      F("sui", 14, "每40秒钟仍有一人", 40, SEC, "a"),
      F("sui", 17, "大約每40秒就有一人輕生", 40, SEC, "a", q="approx"),
      F("sui", 19, "全球平均每40秒便有一人結束自己的生命。 AP", 40, SEC, "a", nth=1, vt="40"),
      F("sui", 19, "全球平均每40秒便有一人結束自己的生命。 AP", 40, SEC, "a", nth=2, vt="40"),
      F("sui", 19, "平均每40秒便有一人結束自己的生命。各國", 40, SEC, "a", vt="40"),
      F("sui", 20, "每40秒鐘,就有一人選擇結束自己的生命。圖", 40, SEC, "a", vt="40"),
      F("sui", 20, "每40秒鐘,就有一人選擇結束自己的生命,每年", 40, SEC, "a", vt="40"),
      F("sui", 21, "相等於每40秒就有一人", 40, SEC, "a")]
pairgrp("sui_every_40s", SUI, "A suicide every 40 seconds (nineteen, 2014-2025)", "world", "interval between suicides (seconds)", "2012-2021", ms)

pairgrp("sui_lmic_2012", SUI, "Share of suicides in low- and middle-income countries, 2014 report: 75% (two)", "world", "share of suicides in LMICs (percent)", "2012",
        [F("sui", 1, "75 percent of all suicide-related deaths", 75.0, PC, "a"), F("sui", 2, "75% of suicides take place", 75.0, PC, "a")])
pairgrp("sui_lmic_2016", SUI, "Share of suicides in low- and middle-income countries, 2019 report: 79% (three)", "world", "share of suicides in LMICs (percent)", "2016",
        [F("sui", 14, "虽然世界79%的自杀", 79.0, PC, "a"), F("sui", 20, "全球79%的自殺", 79.0, PC, "a"), F("sui", 21, "差不多有79%的自殺率", 79.0, PC, "a", q="approx")])
pairgrp("sui_lmic_2021", SUI, "Share of suicides in low- and middle-income countries, 2021 data: 73% (four)", "world", "share of suicides in LMICs (percent)", "2021",
        [F("sui", 7, "and 73% of all suicides", 73.0, PC, "a"), F("sui", 8, "A total of 73% of suicides", 73.0, PC, "a"),
         F("sui", 9, "Some 73 percent of these", 73.0, PC, "a", q="approx"), F("sui", 16, "整体而言,73%的自杀事件", 73.0, PC, "a")])
ms = [F("sui", 13, "全球自杀率下降9.8%", 9.8, PC, "a"), F("sui", 19, "全球自殺比率下降了9.8%", 9.8, PC, "a"),
      F("sui", 20, "全球自殺率下降9.8%", 9.8, PC, "a"), F("sui", 3, "fell by nearly 10 percent", 10.0, PC, "a", q="under"),
      F("sui", 4, "fell by nearly 10% to", 10.0, PC, "a", q="under")]
pairgrp("sui_rate_fall", SUI, "Fall in the global suicide rate 2010-2016: 9.8% (three) and 'nearly 10%' (two)", "world", "fall in suicide rate (percent)", "2010-2016", ms,
        "The hedges hold 9.8 (consistent).")
ms = [F("sui", 13, "西太平洋地区下降19.6%", 19.6, PC, "a"), F("sui", 3, "declines of nearly 20 percent", 20.0, PC, "a", q="under"),
      F("sui", 4, "rates fell by nearly 20%", 20.0, PC, "a", q="under")]
pairgrp("sui_wpac_fall", SUI, "Fall in the suicide rate in the western Pacific 2010-2016: 19.6% and 'nearly 20%' (two)", "Western Pacific", "fall in suicide rate (percent)",
        "2010-2016", ms, "The hedges hold (consistent).")
pairgrp("sui_sea_fall", SUI, "Fall in the suicide rate in South-East Asia 2010-2016: 4.2% (two)", "South-East Asia", "fall in suicide rate (percent)", "2010-2016",
        [F("sui", 3, "decline of only 4.2 percent", 4.2, PC, "a"), F("sui", 13, "东南亚地区下降4.2%", 4.2, PC, "a")])
pairgrp("sui_americas_rise", SUI, "Rise in the suicide rate in the Americas 2010-2016: 6% (upmedia, 美國地區) and caijing99's 6个百分点 (北美)", "Americas",
        "rise in suicide rate", "2010-2016",
        [F("sui", 20, "自殺率在相同時間上升6%", 6.0, PC, "a"), F("sui", 13, "自杀率上涨6个百分点", 6.0, PP, "pp", note="percentage points, North America")],
        "Percent against percentage points (different_basis).")
ms = [F("sui", 3, "stood at 10.5 per 100,000", 10.5, RT, "r19"), F("sui", 4, "10.5 per 100,000 people", 10.5, RT, "r19"),
      F("sui", 14, "自杀率为每10万人10.5例", 10.5, RT, "r19"), F("sui", 1, "suicide rate of 11.4 per 100,000", 11.4, RT, "r14")]
pairgrp("sui_rate", SUI, "Global age-standardized suicide rate: 2016 10.5 per 100,000 (three); 2012 11.4", "world", "suicide rate (per 100,000)", "2012 / 2016", ms,
        "Same year consistent; years different_basis.")
ms = [F("sui", 6, "with 12.6 per 100,000 men", 12.6, RT, "r21"), F("sui", 15, "每10万男性中有12.6人", 12.6, RT, "r21"),
      F("sui", 16, "每十万人口12.3人", 12.3, RT, "r25"), F("sui", 1, "(15.0 for males", 15.0, RT, "r14")]
pairgrp("sui_rate_men", SUI, "Male suicide rate: 2019 12.6 per 100,000 (two); 2021 12.3; 2012 15.0", "world", "male suicide rate (per 100,000)", "2012-2021", ms,
        "Same year consistent; years different_basis.")
ms = [F("sui", 6, "compared to 5.4 per 100,000 women", 5.4, RT, "r21"), F("sui", 15, "每10万女性中有5.4人", 5.4, RT, "r21"),
      F("sui", 16, "而女性则为5.9人", 5.9, RT, "r25"), F("sui", 1, "and 8.0 for females)", 8.0, RT, "r14")]
pairgrp("sui_rate_women", SUI, "Female suicide rate: 2019 5.4 per 100,000 (two); 2021 5.9; 2012 8.0", "world", "female suicide rate (per 100,000)", "2012-2021", ms,
        "Same year consistent; years different_basis.")
pairgrp("sui_strategies_2014", SUI, "Countries with a national suicide-prevention strategy, 2014: 28 (three)", "world", "countries with strategies", "2014",
        [F("sui", 11, "目前全球只有28个国家", 28, CNT, "a"), F("sui", 12, "但全球只有28个国家", 28, CNT, "a"), F("sui", 17, "目前全球只有28個國家", 28, CNT, "a")])
pairgrp("sui_strategies_2019", SUI, "Countries with a national suicide-prevention strategy, 2019: 38 (three)", "world", "countries with strategies", "2019",
        [F("sui", 14, "拥有策略的国家总共只有38个", 38, CNT, "a"), F("sui", 19, "現時只有38個國家", 38, CNT, "a"), F("sui", 20, "全球目前僅有38個國家", 38, CNT, "a")])
pairgrp("sui_guyana_2012", SUI, "Guyana's suicide rate, 2014 report: 44.2 per 100,000 (two)", "Guyana", "suicide rate (per 100,000)", "2012",
        [F("sui", 11, "每10万人有44.2人自杀", 44.2, RT, "a"), F("sui", 17, "每10萬人有44.2人自殺", 44.2, RT, "a")])
pairgrp("sui_max_2016", SUI, "Highest national suicide rate, 2019 report: 'over 30 per 100,000' (three)", "world", "suicide rate (per 100,000)", "2016",
        [F("sui", 3, "a rate of over 30 per 100,000", 30.0, RT, "a", q="over"), F("sui", 4, "topped more than 30 per 100,000", 30.0, RT, "a", q="over"),
         F("sui", 14, "到每10万人中30余例不等", 30.0, RT, "a", q="over", vt="30")])
pairgrp("sui_target", SUI, "Target cut in suicide rates by 2020 (WHO action plan): 10% (three)", "world", "target reduction (percent)", "2020",
        [F("sui", 2, "cut the suicide rate by 10% by 2020", 10.0, PC, "a"), F("sui", 11, "将自杀率降低10%", 10.0, PC, "a"),
         F("sui", 17, "將自殺率降低10%", 10.0, PC, "a")])
pairgrp("sui_attempts_2014", SUI, "Suicide attempts for each suicide, 2014: 'more than 20' and 20 (bg3)", "world", "attempts per suicide", "2014",
        [F("sui", 1, "more than 20 others attempting", 20, CNT, "a", q="over"), F("sui", 18, "即意味着有20人自殺未遂", 20, CNT, "a")], "The bound holds (consistent).")
pairgrp("sui_attempts_2024", SUI, "Suicide attempts for each suicide, 2024: 'an estimated 20' (two)", "world", "attempts per suicide", "2024",
        [F("sui", 7, "an estimated 20 suicide attempts", 20, CNT, "a"), F("sui", 10, "an estimated 20 attempts", 20, CNT, "a")])
S("sui", 14, "为每10万人11.5例", value=11.5, unit=RT)
S("sui", 14, "从每10万人中5例", value=5, unit=RT)

S("sui", 1, "1.5 million violent deaths", value=1.5e6, unit=P)
S("sui", 12, "死亡原因第11顺位", vt="11", value=11, unit=RANK)
S("sui", 20, "之中的第2大死因", vt="2", value=2, unit=RANK)
S("sui", 20, "也是男孩的第3大死因", vt="3", value=3, unit=RANK)
S("sui", 20, "高出女性3倍之多", vt="3", value=3, unit="times", q="at_least")
S("sui", 4, "nearly 70% of suicides", value=70.0, unit=PC, q="under")
S("sui", 5, "(1.3%) in 2019", value=1.3, unit=PC)
S("sui", 7, "Almost 20% of global suicides", value=20.0, unit=PC, q="under")
S("sui", 8, "only 12% in five years", value=12.0, unit=PC)
S("sui", 8, "decreased by 35% between 2000 and 2021", value=35.0, unit=PC)
S("sui", 9, "Of the 132 countries surveyed", value=132, unit=CNT)
S("sui", 9, "68 percent reported", value=68.0, unit=PC)
S("sui", 9, "at 50 percent", value=50.0, unit=PC)
S("sui", 9, "at 49 percent", value=49.0, unit=PC)
S("sui", 9, "at just 18 percent", value=18.0, unit=PC)
S("sui", 12, "总死亡人数3565人", value=3565, unit=P)
S("sui", 12, "较上年下降8.4%", value=8.4, unit=PC)
S("sui", 16, "从2000年的762,000人", vt="762,000", value=762000, unit=P)
S("sui", 16, "减少了9.1每十万人口", vt="9.1", value=9.1, unit=RT)
S("sui", 16, "这一比例仅为1.4", value=1.4, unit="times")
S("sui", 16, "则接近4.0", value=4.0, unit="times", q="under")
S("sui", 18, "有11.73人是死於自殺", value=11.73, unit=RT)
S("sui", 18, "就有27.82人", value=27.82, unit=RT)
S("sui", 18, "分別爲6.15人", value=6.15, unit=RT)
S("sui", 18, "及4.72人", value=4.72, unit=RT)
S("sui", 21, "降低了32.7%", value=32.7, unit=PC)
S("sui", 21, "只有10%曾使用", value=10.0, unit=PC)
NC("sui", 1, "aged between 15 and 29", "age_band")
NC("sui", 1, "men over 50 are", "age_threshold")
NC("sui", 1, "highest suicide rates in 2012", "date")
NC("sui", 2, "ages 15-29", "age_band")
NC("sui", 2, "people over 70 are", "age_threshold")
NC("sui", 3, " date 2019-09-10", "date")
NC("sui", 3, "in 2016 -- the last year", "date")
NC("sui", 4, "  5. World Suicide Prevention Day (September 10)", "list_marker")
NC("sui", 4, "  1. From 2010 to 2016", "list_marker")
NC("sui", 5, "under target 3.4", "goal_number")
NC("sui", 5, "Mental Health Action Plan 2013–20202", "report_title")
NC("sui", 6, "the COVID-19 pandemic", "name")
NC("sui", 7, "February 2, 2020. Picture", "date")
NC("sui", 7, "taken February 2, 2020.", "date")
NC("sui", 8, "on Tuesday (2)", "date")
NC("sui", 8, "adopted in 2015", "date")
NC("sui", 9, "Mental Health Atlas 2024", "report_title")
NC("sui", 10, "marked annually on Sept. 10", "date")
NC("sui", 10, "among people aged 15 to 29", "age_band")
NC("sui", 11, "发布时间:2014年11月06日", "date")
NC("sui", 11, "每年9月10日为", "date")
NC("sui", 12, "根据102年国人死因", "date")
NC("sui", 12, "继99年已连续4年", "date")
NC("sui", 13, "时间:2019-09-11 11:16:31", "date")
NC("sui", 13, "中新网9月10日电", "date")
NC("sui", 14, "在9月10日世界预防自杀日", "date")
NC("sui", 14, "在15-19岁青少年中", "age_band")
NC("sui", 15, "央视游记2021-06-17 22:50:25", "date")
NC("sui", 15, "当地时间17日", "date")
NC("sui", 17, "閲讀: 927 次", "view_count")
NC("sui", 17, "世界衞生組織4日發佈", "date")
NC("sui", 18, "全球15至19歲的年輕女死者", "age_band")
NC("sui", 20, "而15至19歲的青少年", "age_band")
NC("sui", 19, "2019-09-10 19:14", "date")
NC("sui", 20, "9月10日為「世界預防自殺日」", "date")
NC("sui", 21, "2019-09-10 00:00", "date")
NC("sui", 21, "今天(9月10日)", "date")
NC("sui", 21, "17項可持續發展目標", "goal_count")
NC("sui", 21, "全文共1898字", "word_count")

# ============================================================ antimicrobial resistance
ms = [F("amr", 3, "kills over 1m people a year", 1e6, P, "a", q="over", vt="1m", step=1e6),
      F("amr", 3, "More than 1m people around the world", 1e6, P, "a", q="over", vt="1m", step=1e6),
      F("amr", 3, "calculates that 1.27m deaths", 1.27e6, P, "a", vt="1.27m", step=1e4),
      F("amr", 9, "directly responsible for 1.27 million deaths", 1.27e6, P, "a"),
      F("amr", 12, "每年导致近130万人直接死亡", 130e4, P, "a", q="under"),
      F("amr", 17, "至少有127萬人", 127e4, P, "a", q="at_least"),
      F("amr", 17, "直接導致了127萬人死亡", 127e4, P, "a")]
pairgrp("amr_direct_2019", AMR, "Deaths directly due to bacterial AMR in 2019 (GRAM, January 2022): 1.27 million / 127萬 (four), 'over 1m' (two), 近130万", "world",
        "deaths attributable to AMR", "2019", ms, "The bounds hold 1.27 million (consistent).")
ms = [F("amr", 3, "and 4.95m deaths were associated", 4.95e6, P, "a", vt="4.95m", step=1e4),
      F("amr", 9, "a further 4.95 million deaths", 4.95e6, P, "a"),
      F("amr", 12, "另外导致500万人间接死亡", 500e4, P, "a"),
      F("amr", 17, "也與同年495萬人的死亡", 495e4, P, "a")]
pairgrp("amr_assoc_2019", AMR, "Deaths associated with bacterial AMR in 2019: 4.95 million / 495萬 (three) vs baodianzixun's 500万", "world",
        "deaths associated with AMR", "2019", ms, "500万 rounds 4.95 million (rounding).")
ms = [F("amr", 1, "more than 700,000 lives a year", 700000, P, "a", q="over"),
      F("amr", 2, "even today 700,000 people a year", 700000, P, "a"),
      F("amr", 3, "previous estimates of 700,000 deaths", 700000, P, "a"),
      F("amr", 10, "全球每年有70万人死于超级细菌", 70e4, P, "a"),
      F("amr", 11, "目前每年约有70万人死于", 70e4, P, "a", q="approx")]
pairgrp("amr_oneill_now", AMR, "Deaths from resistant infections a year, the O'Neill review (December 2014): 700,000 / 70万 (five)", "world",
        "deaths from resistant infections a year", "2014", ms, "The bounds agree (consistent).")
ms = [F("amr", 2, "rise to 10 million lives a year", 10e6, P, "a"),
      F("amr", 10, "2050年全球约1000万人将死于", 1000e4, P, "a", q="approx", nth=1, note="headline"),
      F("amr", 10, "2050年全球约1000万人将死于", 1000e4, P, "a", q="approx", nth=2, note="原标题"),
      F("amr", 10, "全球每年将有1000万人因感染", 1000e4, P, "a", nth=1),
      F("amr", 10, "全球每年将有1000万人因感染", 1000e4, P, "a", nth=2),
      F("amr", 11, "全球每年将有1000万人死于", 1000e4, P, "a"),
      F("amr", 12, "或导致每年1000万人死亡", 1000e4, P, "a"),
      F("amr", 12, "可能导致多达1000万人死亡", 1000e4, P, "a")]
pairgrp("amr_oneill_2050", AMR, "Deaths a year from resistant infections by 2050, the O'Neill review: 10 million / 1000万 (seven)", "world",
        "deaths from resistant infections a year (2050 projection)", "2050", ms)
ms = [F("amr", 10, "经济损失高达100万亿美元", 100e12, USD, "a", nth=1), F("amr", 10, "经济损失高达100万亿美元", 100e12, USD, "a", nth=2),
      F("amr", 11, "螺旋上升至100万亿美元", 100e12, USD, "a"), F("amr", 12, "可能会达到100万亿美元或更多", 100e12, USD, "a", q="at_least"),
      F("amr", 2, "£69 trillion a year", 69e12, "GBP", "gbp", note="pounds")]
pairgrp("amr_oneill_cost", AMR, "Cost of resistant infections to 2050 (O'Neill): 100万亿美元 (four); conradbower's £69 trillion", "world", "cost to 2050", "2014-2050", ms,
        "Same figure consistent; pounds against dollars different_basis.")
pairgrp("amr_oneill_cny", AMR, "The O'Neill cost in yuan (ifeng): 约合人民币619万亿元 (twice)", "world", "cost to 2050 (CNY)", "2014-2050",
        [F("amr", 10, "约合人民币619万亿元", 619e12, CNY, "a", q="approx", nth=1), F("amr", 10, "约合人民币619万亿元", 619e12, CNY, "a", q="approx", nth=2)])

ms = [F("amr", 4, "kill over 39M people by 2050", 39e6, P, "a", q="over", vt="39M", step=1e6),
      F("amr", 5, "claim more than 39 million lives", 39e6, P, "a", q="over"),
      F("amr", 7, "The 39 Million Question", 39e6, P, "a", vt="39 Million", step=1e6),
      F("amr", 7, "stop you cold: 39 million", 39e6, P, "a"),
      F("amr", 8, "could kill 40 million by 2050", 40e6, P, "a", note="headline"),
      F("amr", 8, "kill nearly 40 million people", 40e6, P, "a", q="under"),
      F("amr", 9, "Superbugs forecast to kill nearly 40 million people by 2050", 40e6, P, "a", q="under", nth=1, vt="40 million"),
      F("amr", 9, "Superbugs forecast to kill nearly 40 million people by 2050", 40e6, P, "a", q="under", nth=2, vt="40 million"),
      F("amr", 9, "cause more than 39 million deaths", 39e6, P, "a", q="over"),
      F("amr", 13, "将导致全球4000万死亡", 4000e4, P, "a", note="headline"),
      F("amr", 13, "projected to cause 40M deaths", 40e6, P, "a", vt="40M", step=1e7),
      F("amr", 13, "导致全球近4000万人死亡", 4000e4, P, "a", q="under"),
      F("amr", 13, "lead to nearly 40 million deaths", 40e6, P, "a", q="under"),
      F("amr", 14, "恐致3900万人死亡", 3900e4, P, "a"),
      F("amr", 14, "将近4000万名感染者", 4000e4, P, "a", q="under"),
      F("amr", 14, "将直接造成3900万人死亡", 3900e4, P, "a"),
      F("amr", 15, "预计将导致近4000万人死亡", 4000e4, P, "a", q="under"),
      F("amr", 15, "直接导致3900万人死亡", 3900e4, P, "a"),
      F("amr", 16, "恐夺逾3900万条命", 3900e4, P, "a", q="over"),
      F("amr", 16, "直接造成逾3900万人死亡", 3900e4, P, "a", q="over"),
      F("amr", 18, "25年內(nèi)3900余萬", 3900e4, P, "a", q="over", vt="3900余萬", step=1e6),
      F("amr", 18, "可能有超過(guò)3900萬", 3900e4, P, "a", q="over", vt="3900萬"),
      F("amr", 18, "共有超過(guò)3900萬", 3900e4, P, "a", q="over", vt="3900萬")]
pairgrp("amr_deaths_to_2050", AMR, "Deaths directly due to AMR 2025-2050 (GRAM, September 2024): 39 million / 3900万 (six, plain), 'more than 39 million' / 逾3900万 (nine), "
        "'nearly 40 million' / 近4000万 (seven) and the plain 40 million / 4000万 / 40M of three headlines", "world", "deaths attributable to AMR 2025-2050", "2025-2050", ms,
        "The bounds hold 39 million (consistent); the plain 40 million rounds 39 million (rounding).")
ms = [F("amr", 4, "cause 2M yearly deaths by 2050", 2e6, P, "a", vt="2M", step=1e6),
      F("amr", 5, "to 1.91 million in 2050", 1.91e6, P, "a"),
      F("amr", 6, "could kill nearly 2 million people", 2e6, P, "a", q="under"),
      F("amr", 9, "estimate that 1.91 million people", 1.91e6, P, "a"),
      F("amr", 13, "每年有200万死因AMR", 200e4, P, "a", note="headline"),
      F("amr", 13, "with 2M annual deaths", 2e6, P, "a", vt="2M", step=1e6),
      F("amr", 13, "可能直接上升到近200万人", 200e4, P, "a", q="under"),
      F("amr", 14, "达到接近200万", 200e4, P, "a", q="under"),
      F("amr", 15, "达到每年近200万人", 200e4, P, "a", q="under"),
      F("amr", 16, "每年死亡数将达191万人", 191e4, P, "a"),
      F("amr", 19, "將達到191萬人", 191e4, P, "a")]
pairgrp("amr_direct_2050", AMR, "Deaths directly due to AMR a year in 2050 (GRAM 2024): 1.91 million / 191万 (four), 'nearly 2 million' / 近200万 (four) and the plain 2M / 200万 (three)",
        "world", "deaths attributable to AMR a year (2050)", "2050", ms, "The hedges hold 1.91 million (consistent); the plain 2 million rounds it (rounding).")
ms = [F("amr", 9, "death of 8.22 million per year", 8.22e6, P, "a"),
      F("amr", 14, "届时将达每年820万人", 820e4, P, "a"),
      F("amr", 15, "每年820万人的死亡", 820e4, P, "a"),
      F("amr", 16, "间接归因死亡数则是822万人", 822e4, P, "a"),
      F("amr", 19, "還會有822萬人", 822e4, P, "a")]
pairgrp("amr_assoc_2050", AMR, "Deaths associated with AMR a year in 2050: 8.22 million / 822万 (three) vs 820万 (two)", "world", "deaths associated with AMR a year (2050)", "2050", ms,
        "820万 rounds 822万 (rounding).")
ms = [F("amr", 5, "approximately 1.14 million in 2021", 1.14e6, P, "a", q="approx"),
      F("amr", 6, "from the 1.14 million lives lost", 1.14e6, P, "a"),
      F("amr", 9, "compared to the 1.14 million deaths", 1.14e6, P, "a"),
      F("amr", 19, "全世界有114萬人死於抗藥菌", 114e4, P, "a")]
pairgrp("amr_direct_2021", AMR, "Deaths directly due to AMR in 2021 (GRAM 2024): 1.14 million / 114萬 (four)", "world", "deaths attributable to AMR", "2021", ms)
ms = [F("amr", 9, "on the 4.71 million associated deaths", 4.71e6, P, "a"),
      F("amr", 18, "死亡人數(shù)年均達(dá)471萬", 471e4, P, "a", vt="471萬", note="written as the yearly average 1990-2021")]
pairgrp("amr_assoc_2021", AMR, "Deaths associated with AMR in 2021: 4.71 million (okpraha) and nsmo's 年均471萬", "world", "deaths associated with AMR", "2021", ms)
ms = [F("amr", 6, "a 67.5% increase", 67.5, PC, "a"),
      F("amr", 9, "an increase of almost 70 percent", 70.0, PC, "a", q="under"),
      F("amr", 14, "将较目前大增67%", 67.0, PC, "a"),
      F("amr", 15, "将上升67%", 67.0, PC, "a"),
      F("amr", 16, "年成长率分别高达68%", 68.0, PC, "a")]
pairgrp("amr_rise_direct", AMR, "Rise in direct AMR deaths 2021-2050: 67.5% vs 67% (two) and 68% (wenxuecity); 'almost 70 percent'", "world", "rise in deaths (percent)",
        "2021-2050", ms, "67 and 68 round 67.5 (rounding); 67 against 68 conflict (same precision); the hedge holds.")
ms = [F("amr", 9, "increase of nearly 75 percent", 75.0, PC, "a", q="under"),
      F("amr", 14, "增幅接近75%", 75.0, PC, "a", q="under"),
      F("amr", 15, "这一数字增加了近75%", 75.0, PC, "a", q="under"),
      F("amr", 16, "与75%", 75.0, PC, "a")]
pairgrp("amr_rise_assoc", AMR, "Rise in AMR-associated deaths 2021-2050: 'nearly 75%' (three) and 75%", "world", "rise in deaths (percent)", "2021-2050", ms, "The hedges hold (consistent).")
ms = [F("amr", 4, "decreased by almost 50%", 50.0, PC, "a", q="under"),
      F("amr", 7, "decreased by more than 50% among", 50.0, PC, "a", q="over"),
      F("amr", 8, "have decreased by more than 50%", 50.0, PC, "a", q="over"),
      F("amr", 9, "declined by 50 percent", 50.0, PC, "a"),
      F("amr", 14, "人数锐减逾50%", 50.0, PC, "a", q="over"),
      F("amr", 15, "下降了50%以上", 50.0, PC, "a", q="at_least"),
      F("amr", 19, "下降了超過50%", 50.0, PC, "a", q="over")]
pairgrp("amr_under5_fall", AMR, "Fall in AMR deaths of children under five 1990-2021: 'more than 50%' / 逾50% / 50%以上 (five), plain 50% vs the ec2 page's 'almost 50%'",
        "world", "fall in deaths of children under five (percent)", "1990-2021", ms,
        "The bounds and the plain 50% agree (consistent); 'almost 50%' against 'more than 50%' conflict.", {(1, j): C for j in (2, 3, 5, 6, 7)})
ms = [F("amr", 4, "increased by 80% over", 80.0, PC, "a"),
      F("amr", 7, "increased by more than 80% over", 80.0, PC, "a", q="over"),
      F("amr", 8, "surged by over 80%", 80.0, PC, "a", q="over"),
      F("amr", 9, "increased by more than 80 percent", 80.0, PC, "a", q="over"),
      F("amr", 14, "暴增逾80%", 80.0, PC, "a", q="over"),
      F("amr", 15, "激增了80%以上", 80.0, PC, "a", q="at_least"),
      F("amr", 19, "卻增加了80%", 80.0, PC, "a")]
pairgrp("amr_over70_rise", AMR, "Rise in AMR deaths of people 70 and over 1990-2021: 80% (two) and 'more than 80%' (five)", "world", "rise in deaths (percent)", "1990-2021", ms)
pairgrp("amr_mrsa", AMR, "MRSA deaths in 2021: 130K / 13万 (three)", "world", "deaths attributable to MRSA", "2021",
        [F("amr", 4, "which caused 130K deaths", 130000, P, "a", vt="130K", step=1e4), F("amr", 14, "达到13万人", 13e4, P, "a"),
         F("amr", 15, "达到13万人", 13e4, P, "a")])
ms = [F("amr", 13, "可以挽救9200万人的生命. Drug", 9200e4, P, "a", vt="9200万"),
      F("amr", 13, "could save 92M lives", 92e6, P, "a", vt="92M", step=1e6),
      F("amr", 13, "可以挽救9 200万人", 9200e4, P, "a", vt="9 200万", step=1e6),
      F("amr", 13, "could save 92 million lives", 92e6, P, "a"),
      F("amr", 14, "拯救9200万人性命", 9200e4, P, "a"),
      F("amr", 15, "可以挽救9200万人的生命。", 9200e4, P, "a"),
      F("amr", 16, "拯救9200万条人命", 9200e4, P, "a")]
pairgrp("amr_saved", AMR, "Lives that better care and access could save 2025-2050: 92 million / 9200万 (seven)", "world", "lives saved", "2025-2050", ms)
ms = [F("amr", 7, "Another 169 million deaths", 169e6, P, "a"),
      F("amr", 8, "a total of 169 million deaths", 169e6, P, "a"),
      F("amr", 9, "predicts that 169 million deaths", 169e6, P, "a"),
      F("amr", 14, "将达到1亿6900万", 1.69e8, P, "a", vt="1亿6900万", step=1e6),
      F("amr", 15, "并导致1.69亿人死亡", 1.69e8, P, "a"),
      F("amr", 16, "间接造成另外1.69亿人丧命", 1.69e8, P, "a"),
      F("amr", 18, "的達(dá)1.69億人", 1.69e8, P, "a")]
pairgrp("amr_assoc_to_2050", AMR, "Deaths associated with AMR 2025-2050: 169 million / 1.69亿 (seven)", "world", "deaths associated with AMR 2025-2050", "2025-2050", ms)
ms = [F("amr", 7, "analyzed 520 million individual records", 520e6, CNT, "g24"),
      F("amr", 8, "data from 520 million records", 520e6, CNT, "g24"),
      F("amr", 18, "各年齡段共5.2億人", 5.2e8, CNT, "g24"),
      F("amr", 17, "在分析了高達4.71億筆資料", 4.71e8, CNT, "g22")]
pairgrp("amr_records", AMR, "Records analysed: GRAM 2024 520 million / 5.2億 (three); GRAM 2022 4.71億", "GRAM", "records", "2022 / 2024", ms,
        "Same study consistent; the two studies different_basis.")
ms = [F("amr", 7, "and 204 countries", 204, CNT, "a"), F("amr", 8, "across 204 countries", 204, CNT, "a"),
      F("amr", 17, "搜集了204個國家", 204, CNT, "a"),
      F("amr", 18, "基于全球204個", 204, CNT, "a"), F("amr", 19, "調查了204個國家", 204, CNT, "a")]
pairgrp("amr_countries", AMR, "Countries and territories in the GRAM studies: 204 (five)", "GRAM", "countries", "2022 / 2024", ms)
ms = [F("amr", 7, "It covers 22 pathogens", 22, CNT, "g24"), F("amr", 18, "評(píng)估了22種", 22, CNT, "g24"), F("amr", 17, "與23種病原體", 23, CNT, "g22")]
pairgrp("amr_pathogens", AMR, "Pathogens assessed: GRAM 2024 22 (two); GRAM 2022 23", "GRAM", "pathogens", "2022 / 2024", ms,
        "Same study consistent; the two studies different_basis.")
ms = [F("amr", 7, "84 drug pathogen combinations", 84, CNT, "g24"), F("amr", 18, "84種病原體與藥物", 84, CNT, "g24"), F("amr", 19, "總共84種細菌", 84, CNT, "g24", note="written as 84 kinds of bacteria"),
      F("amr", 17, "88種病原體-藥物組合", 88, CNT, "g22")]
pairgrp("amr_combinations", AMR, "Pathogen-drug combinations: GRAM 2024 84 (three, one as 'bacteria'); GRAM 2022 88", "GRAM", "pathogen-drug combinations", "2022 / 2024", ms,
        "Same study consistent; the two studies different_basis.")
pairgrp("amr_regions", AMR, "GBD regions in the GRAM 2022 study: 21 (twice, ntdtv)", "GRAM", "regions", "2022",
        [F("amr", 17, "在全球21個區域", 21, CNT, "a"), F("amr", 17, "在全世界21個地區", 21, CNT, "a")])
ms = [F("amr", 4, "period exceeded 1M", 1e6, P, "a", q="over", vt="1M", step=1e6),
      F("amr", 9, "more than 1 million people died each year", 1e6, P, "a", q="over"),
      F("amr", 13, "(目前超过100万人)", 100e4, P, "a", q="over"),
      F("amr", 14, "每年全球有100万余人", 100e4, P, "a", q="over", vt="100万"),
      F("amr", 15, "全球每年有超过100万人", 100e4, P, "a", q="over"),
      F("amr", 18, "每年有超過(guò)100萬", 100e4, P, "a", q="over", vt="100萬")]
pairgrp("amr_over_1m", AMR, "Deaths directly due to AMR each year 1990-2021 'more than 1 million' (GRAM 2024; six)", "world", "deaths attributable to AMR a year", "1990-2021", ms,
        "The bounds agree (consistent).")
pairgrp("amr_who25_direct", AMR, "Deaths directly due to AMR a year, WHO October 2025: 逾1百萬 and 超過100萬", "world", "deaths attributable to AMR a year", "2025",
        [F("amr", 20, "每年直接導致逾1百萬人死亡", 1e6, P, "a", q="over", vt="1百萬", step=1e6), F("amr", 21, "每年直接造成超過100萬人死亡", 100e4, P, "a", q="over")])
pairgrp("amr_who25_assoc", AMR, "Deaths associated with AMR a year, WHO October 2025: 近5百萬 and 接近500萬", "world", "deaths associated with AMR a year", "2025",
        [F("amr", 20, "並與近5百萬人的死亡", 5e6, P, "a", q="under", vt="5百萬", step=1e6), F("amr", 21, "則接近500萬", 500e4, P, "a", q="under")])
pairgrp("amr_resist_growth", AMR, "Yearly rise in resistance 2018-2023 (WHO GLASS 2025): 5% to 15% (two)", "world", "yearly rise in resistance (percent)", "2018-2023",
        [F("amr", 20, "介於5%至15%之間", [5.0, 15.0], PC, "a", vt="5%至15%", step=1.0), F("amr", 21, "平均每年增加5%至15%", [5.0, 15.0], PC, "a", vt="5%至15%", step=1.0)])
pairgrp("amr_ecoli", AMR, "E. coli infections resistant to third-generation cephalosporins (WHO 2025): 逾40% and 超過40%", "world", "share resistant (percent)", "2023",
        [F("amr", 20, "感染逾40%", 40.0, PC, "a", q="over"), F("amr", 21, "抗藥性已超過40%", 40.0, PC, "a", q="over")])
pairgrp("amr_kpn", AMR, "K. pneumoniae infections resistant (WHO 2025): 逾55% and 55%", "world", "share resistant (percent)", "2023",
        [F("amr", 20, "感染逾55%", 55.0, PC, "a", q="over"), F("amr", 21, "更高達55%", 55.0, PC, "a")], "The bound holds (consistent).")

S("amr", 11, "约有820万人死于癌症", value=820e4, unit=P, q="approx")
S("amr", 11, "(63万亿欧元)", value=63e12, unit="EUR")
S("amr", 11, "约为3万亿美元", value=3e12, unit=USD, q="approx")
S("amr", 11, "约35年未对", value=35, unit="years", q="approx")
S("amr", 11, "每年造成至少5万人死亡", value=5e4, unit=P, q="at_least")
S("amr", 11, "将增长10倍以上", vt="10", value=10, unit="times", q="at_least")
S("amr", 12, "大约占全球GDP的1%", value=1.0, unit=PC, q="approx")
S("amr", 16, "累计1兆至3.4兆美元", vt="1兆至3.4兆", value=[1e12, 3.4e12], unit=USD)
S("amr", 18, "以及11種", value=11, unit=CNT)
S("amr", 17, "每天有3,500人", value=3500, unit=P)
S("amr", 17, "分別造成了86萬人", value=86e4, unit=P)
S("amr", 17, "和64萬人死亡", value=64e4, unit=P)
S("amr", 17, "有27.3人死亡", value=27.3, unit=RT)
S("amr", 17, "有6.5人死亡", value=6.5, unit=RT)
S("amr", 19, "約196,000例", value=196000, unit=P, q="approx")
S("amr", 19, "超過100,000例的死亡", value=100000, unit=P, q="over")
S("amr", 19, "增加了89,200例", value=89200, unit=P)
S("amr", 19, "增加了72,800例", value=72800, unit=P)
S("amr", 20, "逾4成受監測抗生素", vt="4成", value=40.0, unit=PC, q="over")
S("amr", 21, "全球22種抗生素", value=22, unit=CNT)
NC("amr", 2, "a 10 point plan", "list")
NC("amr", 3, "in the 21st century", "ordinal")
NC("amr", 3, "the Covid-19 pandemic", "name")
NC("amr", 4, "from 1990-2021", "date")
NC("amr", 4, "from 30 years prior", "duration")
NC("amr", 7, "from 1990 all the way", "date")
NC("amr", 9, "over the next 25 years", "duration")
NC("amr", 9, "according to 2022 GRAM study", "date")
NC("amr", 10, "2014年12月12日 14:14", "date")
NC("amr", 10, "2014年7月份", "date")
NC("amr", 11, "英国广播公司12月11日报道", "date")
NC("amr", 12, "网易科技报道12338人阅读", "view_count")
NC("amr", 12, "1月18日消息", "date")
NC("amr", 14, "【新唐人北京时间2024年09月17日讯】", "date")
NC("amr", 14, "未来1/4世纪", "fraction")
NC("amr", 15, "未来25年,抗药性", "duration")
NC("amr", 16, "2025至2050年,「抗生素", "date")
NC("amr", 17, "【新唐人北京時間2022年01月20日訊】", "date")
NC("amr", 18, "《柳葉刀》16日刊載", "date")
NC("amr", 19, "估算了1990-2021之間", "date")
NC("amr", 20, " date 2025-10-13", "date")
NC("amr", 20, "（WHO）13日發出", "date")
NC("amr", 21, " date 2025-10-13", "date")
NC("amr", 21, "（WHO）13日警告", "date")
NC("amr", 21, "至2023年的5年間", "duration")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh32.toml", "corpus-fresh32")
