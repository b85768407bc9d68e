"""Hand annotation of corpus-fresh31, written as data; emits gold.d/fresh31.toml (then run
corpus/check_gold.py --dir corpus-fresh31 --build).

Three domains: food waste (UNEP's Food Waste Index Reports 2021 (2019 data: 931 million tonnes, 17%, 121 / 74 kg per
person, 61 / 26 / 13 percent by sector, 54 countries) and 2024 (2022 data: 1.05 billion tonnes, 19%, 132 / 79 kg, 60 / 28 /
12 percent), FAO's 2011 estimate of 1.3 billion tonnes and its commodity shares, FAO's SOFA 2019 food-loss index (14%,
13.8%), the Global Panel's 2018 retelling, WRAP's 2015 report, Eurostat's 2022 EU figures, Taiwan's own figures; `fwa-*`),
child labour (the ILO / UNICEF global estimates for 2000, 2008, 2012, 2016, 2020 and 2024 as released in 2010, 2013, 2017,
2021 and 2025: children in child labour and in hazardous work, the rise 2016-2020 and the fall since 2020, sector and
regional figures, the risk to 2022; `chl-*`) and the WWF / ZSL Living Planet Index (the Living Planet Reports 2012, 2014,
2016, 2018, 2020, 2022 and 2024: the average decline since 1970, freshwater / terrestrial / marine and regional declines,
populations and species monitored, the 2020 projection; `lpi-*`).

Every mention carries a basis tag (data year / report vintage / measure, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿 = 1e12, 兆 = 1e12, 成 = 10 percent. Units: persons, percent,
percentage_points, count, tonnes, kg, USD, TWD, CNY, times, pounds, years.
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

FWA, CHL, LPI = "food-waste", "child-labour", "living-planet-index"
T, KG, TWD, TM = "tonnes", "kg", "TWD", "times"


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ food waste (UNEP Food Waste Index, FAO)
ms = [
    F("fwa", 1, "1.05 billion tonnes of food waste were generated", 1.05e9, T, "y22"),
    F("fwa", 2, "or about 1.05 billion metric tons", 1.05e9, T, "y22", q="approx"),
    F("fwa", 3, "more than 1,050 million tons were wasted", 1.05e9, T, "y22", q="over"),
    F("fwa", 3, "in 2022, 1,050 million tons of food waste", 1.05e9, T, "y22"),
    F("fwa", 14, "2022年全球食物浪费超10亿吨", 10e8, T, "y22", q="over", note="headline"),
    F("fwa", 14, "2022年全球浪费了10.5亿吨食物", 10.5e8, T, "y22"),
    F("fwa", 15, "相当于约10.5亿吨粮食", 10.5e8, T, "y22", q="approx"),
    F("fwa", 4, "estimated 931 million tonnes of food were wasted", 931e6, T, "y19"),
    F("fwa", 5, "More than 900 million tonnes of food", 900e6, T, "y19", q="over"),
    F("fwa", 5, "An estimated 931 million tonnes of food", 931e6, T, "y19"),
    F("fwa", 6, "shows 931 million tonnes of food were wasted", 931e6, T, "y19", nth=1),
    F("fwa", 6, "shows 931 million tonnes of food were wasted", 931e6, T, "y19", nth=2),
    F("fwa", 6, "around 931 million tonnes of food waste", 931e6, T, "y19", q="approx"),
    F("fwa", 7, "931 Million Tonnes of Food", 931e6, T, "y19", vt="931 Million", step=1e6),
    F("fwa", 7, "equivalent to 931 million tonnes", 931e6, T, "y19"),
    F("fwa", 7, "Wasted in 2019: 931 million tonnes", 931e6, T, "y19"),
    F("fwa", 7, "An estimated 931 million tonnes of food", 931e6, T, "y19"),
    F("fwa", 13, "some 931 million heaps of food", 931e6, T, "y19", q="approx", note="spun text: 'heaps' for tonnes"),
    F("fwa", 18, "全球食物浪費逾9億噸", 9e8, T, "y19", q="over", nth=1),
    F("fwa", 18, "全球食物浪費逾9億噸", 9e8, T, "y19", q="over", nth=2),
    F("fwa", 18, "約9.31億噸的食物垃圾", 9.31e8, T, "y19", q="approx"),
    F("fwa", 19, "浪費食品超9億噸", 9e8, T, "y19", q="over"),
    F("fwa", 19, "浪費的食品高達9.31億噸", 9.31e8, T, "y19"),
    F("fwa", 11, "1.3 billion dozens", 1.3e9, T, "fao", note="spun text: 'dozens' for tonnes; the FAO 1.3 billion tonnes retold by the Global Panel"),
    F("fwa", 12, "Each year 1.3bn tonnes of food", 1.3e9, T, "fao"),
    F("fwa", 16, "全球每年浪费13亿吨食物", 13e8, T, "fao", nth=1, note="headline"),
    F("fwa", 16, "全球每年浪费13亿吨食物", 13e8, T, "fao", nth=3),
    F("fwa", 20, "全球每年約有 13 億噸的食物", 13e8, T, "fao", q="approx"),
    F("fwa", 21, "全球食物浪費達13億噸", 13e8, T, "fao"),
    F("fwa", 21, "每年約有13億噸", 13e8, T, "fao", q="approx"),
]
G("fwa_total", FWA, "Food wasted a year: 2022 1.05 billion tonnes / 10.5亿吨 (UNEP 2024; seven, with 'over 1,050 million' and the headline's 超10亿); "
  "2019 931 million tonnes / 9.31億噸 (UNEP 2021; sixteen, with 'more than 900 million' and 逾9億 / 超9億); FAO's 1.3 billion tonnes / 13亿吨 (seven)",
  "world", "food wasted a year (tonnes)", "2011 / 2019 / 2022",
  "Same report consistent (the hedges hold); the two UNEP releases and FAO's 2011 estimate different_basis.", ms)

ms = [
    F("fwa", 2, "An estimated 19% of the food produced", 19.0, PC, "y22", note="'of the food produced' for 'available to consumers'"),
    F("fwa", 15, "生产粮食的19%", 19.0, PC, "y22"),
    F("fwa", 4, "highlights 17 per cent of total global food production", 17.0, PC, "y19"),
    F("fwa", 5, "or 17 per cent of total food available", 17.0, PC, "y19"),
    F("fwa", 6, "around 17 percent of total global food production", 17.0, PC, "y19", q="approx"),
    F("fwa", 7, "about 17% of the total available food", 17.0, PC, "y19", q="approx"),
    F("fwa", 7, "or 17% of total food available", 17.0, PC, "y19"),
    F("fwa", 13, "concerning 17% of food accessible", 17.0, PC, "y19", q="approx", note="spun text: 'concerning' for 'about'"),
    F("fwa", 18, "全球糧食總產量的17%", 17.0, PC, "y19"),
    F("fwa", 19, "約占可供消費食品總量的17%", 17.0, PC, "y19", q="approx"),
]
G("fwa_share", FWA, "Share of food available to consumers that is wasted: 2022 19% (two); 2019 17% (eight)", "world",
  "share of food wasted (percent)", "2019 / 2022", "Same year consistent; the two releases different_basis.", ms)

ms = [
    F("fwa", 1, "equating to 132 kg per capita", 132, KG, "y22"),
    F("fwa", 3, "132 kilograms per capita", 132, KG, "y22"),
    F("fwa", 14, "人均浪费食物132公斤", 132, KG, "y22"),
    F("fwa", 4, "121 kgs of consumer food", 121, KG, "y19"),
    F("fwa", 5, "121 kilograms of consumer-level food", 121, KG, "y19"),
    F("fwa", 7, "121 kilograms", 121, KG, "y19"),
    F("fwa", 19, "每人平均浪費了121公斤", 121, KG, "y19"),
]
G("fwa_per_capita", FWA, "Food wasted per person a year (households, food service, retail): 2022 132 kg (three); 2019 121 kg (four)", "world",
  "food wasted per person (kg a year)", "2019 / 2022", "Same year consistent; the two releases different_basis.", ms)

ms = [
    F("fwa", 3, "Each person wasted 79 kilograms", 79, KG, "y22", note="the household figure, written for 'each person'"),
    F("fwa", 15, "每人每年浪费约79公斤", 79, KG, "y22", q="approx", note="AP's wording: the household figure, as 'each person'"),
    F("fwa", 4, "74 kgs waste is generated from the households", 74, KG, "y19"),
    F("fwa", 5, "with 74 kilograms of this", 74, KG, "y19"),
    F("fwa", 7, "74 kilograms", 74, KG, "y19"),
]
G("fwa_household_per_capita", FWA, "Household food waste per person a year: 2022 79 kg (two, both written as 'each person'); 2019 74 kg (three)", "world",
  "household food waste per person (kg a year)", "2019 / 2022", "Same year consistent; the two releases different_basis.", ms)

ms = [
    F("fwa", 1, "60 per cent of food wastage", 60.0, PC, "y22"),
    F("fwa", 2, "— 60% — came in households", 60.0, PC, "y22"),
    F("fwa", 3, "60% coming from homes", 60.0, PC, "y22"),
    F("fwa", 3, "Of the total food wasted, 60%", 60.0, PC, "y22"),
    F("fwa", 14, "60%来源于家庭层面", 60.0, PC, "y22"),
    F("fwa", 15, "佔比有60%", 60.0, PC, "y22"),
    F("fwa", 6, "61 percent came from households", 61.0, PC, "y19"),
    F("fwa", 18, "其中61%來自家庭", 61.0, PC, "y19"),
    F("fwa", 19, "占浪費總量的60%以上", 60.0, PC, "y19", q="at_least"),
]
G("fwa_household_share", FWA, "Households' share of food waste: 2022 60% (six); 2019 61% (two) and 60%以上", "world", "household share of food waste (percent)",
  "2019 / 2022", "Same year consistent (60%以上 holds 61%); the two releases different_basis.", ms)

ms = [
    F("fwa", 3, "28% from food services", 28.0, PC, "y22"),
    F("fwa", 14, "饮食服务行业占28%", 28.0, PC, "y22"),
    F("fwa", 15, "约28%来自食品服务", 28.0, PC, "y22", q="approx"),
    F("fwa", 4, "26 per cent from foo waste", 26.0, PC, "y19"),
    F("fwa", 6, "26 percent from food service", 26.0, PC, "y19"),
    F("fwa", 18, "26%來自食品服務", 26.0, PC, "y19"),
    F("fwa", 19, "約為26%", 26.0, PC, "y19", q="approx"),
]
G("fwa_foodservice_share", FWA, "Food service's share of food waste: 2022 28% (three); 2019 26% (four)", "world", "food-service share of food waste (percent)",
  "2019 / 2022", "Same year consistent; the two releases different_basis.", ms)

ms = [
    F("fwa", 3, "12% from retail", 12.0, PC, "y22"),
    F("fwa", 14, "零售业占12%", 12.0, PC, "y22"),
    F("fwa", 15, "约12%来自零售商", 12.0, PC, "y22", q="approx"),
    F("fwa", 4, "13 per cent waste", 13.0, PC, "y19"),
    F("fwa", 6, "13 percent from retail", 13.0, PC, "y19"),
    F("fwa", 18, "13%來自零售", 13.0, PC, "y19"),
    F("fwa", 19, "和13%", 13.0, PC, "y19"),
]
G("fwa_retail_share", FWA, "Retail's share of food waste: 2022 12% (three); 2019 13% (four)", "world", "retail share of food waste (percent)",
  "2019 / 2022", "Same year consistent; the two releases different_basis.", ms)

pairgrp("fwa_household_food_share", FWA, "Share of food available at consumption wasted in households (2019): 11% (four)", "world",
        "household waste as a share of food available (percent)", "2019",
        [F("fwa", 4, "the 11 percent of the total food", 11.0, PC, "a"), F("fwa", 5, "discard 11 per cent of the total food", 11.0, PC, "a"),
         F("fwa", 7, "which discard 11% of the total food", 11.0, PC, "a"), F("fwa", 18, "(家庭11%", 11.0, PC, "a")])
pairgrp("fwa_foodservice_food_share", FWA, "Share of food available wasted in food service (2019): 5% (three)", "world",
        "food-service waste as a share of food available (percent)", "2019",
        [F("fwa", 5, "waste 5 per cent", 5.0, PC, "a"), F("fwa", 7, "waste 5% and", 5.0, PC, "a"), F("fwa", 18, "餐飲服務5%", 5.0, PC, "a")])
pairgrp("fwa_retail_food_share", FWA, "Share of food available wasted in retail (2019): 2% (three)", "world",
        "retail waste as a share of food available (percent)", "2019",
        [F("fwa", 5, "and 2 per cent respectively", 2.0, PC, "a"), F("fwa", 7, "2% respectively", 2.0, PC, "a"), F("fwa", 18, "零售2%)", 2.0, PC, "a")])

ms = [
    F("fwa", 2, "generates 8 to 10 percent of global", [8.0, 10.0], PC, "fw", vt="8 to 10 percent", step=1.0),
    F("fwa", 3, "generates 8 to 10% of global emissions", [8.0, 10.0], PC, "fw", vt="8 to 10%", step=1.0),
    F("fwa", 5, "8–10 per cent of global greenhouse", [8.0, 10.0], PC, "fw", vt="8–10 per cent", step=1.0),
    F("fwa", 14, "年度排放量的8%至10%", [8.0, 10.0], PC, "fw", vt="8%至10%", step=1.0),
    F("fwa", 15, "排放量的8至10%", [8.0, 10.0], PC, "fw", vt="8至10%", step=1.0),
    F("fwa", 17, "产生全球8%至10%的温室气体", [8.0, 10.0], PC, "fw", vt="8%至10%", step=1.0),
    F("fwa", 18, "排放量的8-10%", [8.0, 10.0], PC, "fw", vt="8-10%", step=1.0),
    F("fwa", 19, "全球排放總量的8%—10%", [8.0, 10.0], PC, "fw", vt="8%—10%", step=1.0),
    F("fwa", 20, "約占全球溫室氣體排放量的 8%", 8.0, PC, "fao15", q="approx", note="FAO's earlier single figure"),
    F("fwa", 13, "accountable for 10% of world emissions", 10.0, PC, "wwf", note="WWF's 2021 figure (food loss on farms included)"),
]
G("fwa_ghg_share", FWA, "Food loss and waste's share of greenhouse-gas emissions: 8-10% (eight, UNEP / FAO); FAO's earlier 約8%; 10%", "world",
  "share of greenhouse-gas emissions (percent)", "2015-2024", "The 8-10% range consistent; the single figures from other estimates different_basis.", ms)

ms = [F("fwa", 1, "over 1 billion meals daily", 1e9, CNT, "a", q="over"), F("fwa", 2, "Over 1 billion meals are wasted", 1e9, CNT, "a", q="over"),
      F("fwa", 15, "每天至少浪费10亿份餐点", 10e8, CNT, "a", q="at_least")]
pairgrp("fwa_meals_a_day", FWA, "Meals wasted a day in households (2022): over 1 billion (two), 至少10亿", "world", "meals wasted a day", "2022", ms,
        "The bounds agree (consistent).")
pairgrp("fwa_meals_per_hungry", FWA, "Meals a day for each person affected by hunger (2022): 1.3 (two)", "world", "meals a day per hungry person", "2022",
        [F("fwa", 3, "1.3 meals a day", 1.3, CNT, "a"), F("fwa", 14, "每天提供1.3顿饭", 1.3, CNT, "a")])

ms = [
    F("fwa", 1, "while 783 million people suffered", 783e6, P, "y22"),
    F("fwa", 2, "at a time when 783 million people", 783e6, P, "y22"),
    F("fwa", 14, "仍有约7.83亿人遭受饥饿", 7.83e8, P, "y22", q="approx"),
    F("fwa", 15, "逾7.8亿人面临长期饥饿", 7.8e8, P, "y22", q="over", nth=1),
    F("fwa", 15, "逾7.8亿人面临长期饥饿", 7.8e8, P, "y22", q="over", nth=2),
    F("fwa", 15, "全球有7.83亿人面临长期饥饿", 7.83e8, P, "y22"),
    F("fwa", 6, "About 690 million people went hungry", 690e6, P, "y19", q="approx"),
    F("fwa", 19, "全球有6.9億人食不果腹", 6.9e8, P, "y19"),
    F("fwa", 20, "全球飢餓人數約 8.2億人", 8.2e8, P, "y18", q="approx"),
    F("fwa", 22, "可餵飽8億7000萬名挨餓民眾", 8.7e8, P, "fao12", vt="8億7000萬", step=1e7),
    F("fwa", 22, "餵飽全球8億7000萬挨餓民眾", 8.7e8, P, "fao12", vt="8億7000萬", step=1e7),
    F("fwa", 21, "全球卻有10億人口正在挨餓", 10e8, P, "fao10"),
]
G("fwa_hunger", FWA, "People facing hunger cited beside food waste: 2022 783 million / 7.83亿 (four) and 逾7.8亿 (two); 2019 690 million / 6.9億; 2018 8.2億; "
  "FAO's 8億7000萬 (two); 10億", "world", "people facing hunger", "2010-2022",
  "Same year consistent (the bounds hold); other years and reports different_basis.", ms)

ms = [F("fwa", 5, "identified in 54 countries", 54, CNT, "a"), F("fwa", 7, "identified in 54 countries", 54, CNT, "a"),
      F("fwa", 19, "覆蓋全球54個國家和地區", 54, CNT, "a"), F("fwa", 2, "up from 52 countries", 52, CNT, "a")]
pairgrp("fwa_countries_2021", FWA, "Countries with food-waste data in the 2021 Food Waste Index Report: 54 (three) vs africanews' 52", "UNEP",
        "countries with data", "2021", ms, "52 against 54 conflict.")
pairgrp("fwa_datapoints_2021", FWA, "Food-waste data points in the 2021 report: 152 (three)", "UNEP", "data points", "2021",
        [F("fwa", 5, "152 food waste data points", 152, CNT, "a"), F("fwa", 7, "152 food waste data points", 152, CNT, "a"),
         F("fwa", 19, "的152個數據收集點", 152, CNT, "a")])
ms = [F("fwa", 4, "equals to 23 million fully loaded", 23e6, CNT, "a"), F("fwa", 5, "that of 23 million fully loaded", 23e6, CNT, "a"),
      F("fwa", 7, "that of 23 million fully-loaded", 23e6, CNT, "a"), F("fwa", 19, "可裝滿2300多萬輛", 2300e4, CNT, "a", q="over", vt="2300多萬")]
pairgrp("fwa_trucks", FWA, "40-tonne trucks the 2019 food waste would fill: 23 million (three), 2300多萬", "world", "trucks", "2019", ms, "The bound holds (consistent).")
pairgrp("fwa_circle_earth", FWA, "Times the line of trucks would circle the Earth: 7 (scitechdaily) vs 9圈左右 (the equator, China News)", "world",
        "times around the Earth", "2019",
        [F("fwa", 7, "circle the Earth 7 times", 7, TM, "a"), F("fwa", 19, "可繞赤道9圈左右", 9, TM, "a", q="approx")],
        "9 against 7 conflict (the UNEP release says seven times).")

ms = [F("fwa", 4, "India is 50 kg per capita", 50, KG, "a"), F("fwa", 6, "which is 50 kg per capita", 50, KG, "a")]
pairgrp("fwa_india_pc", FWA, "Household food waste per person in India (2019): 50 kg (two)", "India", "household food waste per person (kg a year)", "2019", ms)
ms = [F("fwa", 4, "equals 68,760,163 tonnes per year", 68760163, T, "a"), F("fwa", 6, "about 68.7 million tonnes a year", 68.7e6, T, "a", q="approx")]
pairgrp("fwa_india_total", FWA, "Household food waste in India (2019): 68,760,163 tonnes vs 'about 68.7 million'", "India", "household food waste (tonnes a year)", "2019", ms,
        "68.7 is not a correct rounding of 68.76 million; 'about' makes it defensible (conflict, consistent as alt).", {(1, 2): CK})
ms = [F("fwa", 4, "capita per year which accounts for 91,646,213 tonnes", 91646213, T, "a", nth=1, note="a garbled sentence (the China figure repeated)"),
      F("fwa", 4, "which accounts for 91,646,213 tonnes", 91646213, T, "a", nth=2)]
pairgrp("fwa_china_total", FWA, "Household food waste in China (2019): 91,646,213 tonnes (twice in gktoday)", "China", "household food waste (tonnes a year)", "2019", ms)

ms = [
    F("fwa", 8, "14% of food is lost right after harvest", 14.0, PC, "a", note="headline"),
    F("fwa", 8, "around 14 percent of the world’s food", 14.0, PC, "a", q="approx"),
    F("fwa", 9, "About 14 percent of the world's food", 14.0, PC, "a", q="approx"),
    F("fwa", 9, "the world average (13.8 percent)", 13.8, PC, "a"),
    F("fwa", 13, "14% of food production is lost", 14.0, PC, "a"),
]
G("fwa_loss_share", FWA, "Share of food lost between harvest and retail (FAO SOFA 2019, 2016 data): 13.8% (statista), 'about / around 14 percent' (two), plain 14% (two)",
  "world", "food lost after harvest before retail (percent)", "2016", "Plain 14% rounds 13.8% (rounding); the hedged 14 hold it (consistent).", ms)
pairgrp("fwa_loss_csa", FWA, "Food loss in Central and Southern Asia (FAO 2019): 20.7% and 'over 20%'", "Central and Southern Asia", "food lost after harvest (percent)", "2016",
        [F("fwa", 9, "(20.7 percent)", 20.7, PC, "a"), F("fwa", 10, "over 20% in Central and South Asia", 20.0, PC, "a", q="over")], "The bound holds (consistent).")
pairgrp("fwa_loss_nae", FWA, "Food loss in North America and Europe (FAO 2019): 15.7% and 'over 15%'", "North America and Europe", "food lost after harvest (percent)", "2016",
        [F("fwa", 9, "(15.7 percent)", 15.7, PC, "a"), F("fwa", 10, "over 15% in North America and Europe", 15.0, PC, "a", q="over")], "The bound holds (consistent).")

ms = [F("fwa", 11, "staggering40 to 50 percentof food", [40.0, 50.0], PC, "gp18", vt="40 to 50 percent", step=1.0),
      F("fwa", 12, "about 45% of all fruit and vegetables", 45.0, PC, "fao", q="approx")]
pairgrp("fwa_fruit_veg", FWA, "Share of fruit and vegetables lost or wasted: 40 to 50 percent (Global Panel retelling) and about 45% (FAO)", "world",
        "share lost or wasted (percent)", "2011", ms, "The range holds 45% (consistent).", {(1, 2): K})
pairgrp("fwa_fish", FWA, "Share of fish and seafood lost or wasted: 35% (two)", "world", "share lost or wasted (percent)", "2011",
        [F("fwa", 11, "35 percentof all seafood", 35.0, PC, "a", vt="35 percent", step=1.0), F("fwa", 12, "35% of fish and seafood", 35.0, PC, "a")])
pairgrp("fwa_cereals", FWA, "Share of cereals lost or wasted: 30% (two)", "world", "share lost or wasted (percent)", "2011",
        [F("fwa", 11, "wastage30 percentof cereals", 30.0, PC, "a", vt="30 percent", step=1.0), F("fwa", 12, "30% of cereals", 30.0, PC, "a")])
pairgrp("fwa_dairy", FWA, "Share of dairy lost or wasted: 20% (two)", "world", "share lost or wasted (percent)", "2011",
        [F("fwa", 11, "20 percentof annual dairy", 20.0, PC, "a", vt="20 percent", step=1.0), F("fwa", 12, "20% of dairy products", 20.0, PC, "a")])
ms = [F("fwa", 12, "20% of meat", 20.0, PC, "fao"), F("fwa", 11, "and25 percentof all centre", 25.0, PC, "gp18", vt="25 percent", step=1.0, note="spun text: 'centre' for meat"),
      F("fwa", 16, "25%的肉类没有上过餐桌", 25.0, PC, "gp18")]
pairgrp("fwa_meat", FWA, "Share of meat lost or wasted: 20% (FAO's list) vs 25% (the Global Panel's 2018 report, two)", "world", "share of meat lost or wasted (percent)", "2011 / 2018",
        ms, "Two reports (different_basis, conflict as alt).", X(ms, DC, ["fao"], ["gp18"]))

ms = [F("fwa", 11, "990 billion dollar bill", 990e9, USD, "gp18", vt="990 billion"), F("fwa", 21, "約9400億美元的經濟損失", 9400e8, USD, "fao", q="approx")]
pairgrp("fwa_cost", FWA, "Yearly cost of food loss and waste: 990 billion dollars (Global Panel retelling) and 約9400億美元 (FAO)", "world", "economic loss (USD a year)", "2014-2018",
        ms, "Different estimates (different_basis).")
ms = [F("fwa", 22, "每年製造33億公噸溫室氣體", 33e8, T, "fao13"), F("fwa", 23, "碳排放量高達44億噸", 44e8, T, "fao15", note="attributed to the 2011 FAO report")]
pairgrp("fwa_carbon", FWA, "Greenhouse gases from food waste a year: 33億公噸 (FAO 2013, via ltn) and 44億噸 (dayes)", "world", "greenhouse gases (tonnes CO2e a year)",
        "2013 / 2015", ms, "Two FAO vintages (different_basis, conflict as alt).", {(1, 2): DC})
ms = [F("fwa", 19, "大約30億人無力負擔健康飲食", 30e8, P, "y19", q="approx"), F("fwa", 16, "全球30亿人食物缺乏或饮食不均衡", 30e8, P, "gp18")]
pairgrp("fwa_3bn", FWA, "People who cannot afford a healthy diet (UNEP 2021, 約30億) and people with deficient or unbalanced diets (Global Panel, 30亿)", "world",
        "people (diet)", "2018 / 2019", ms, "Different measures (different_basis).")
pairgrp("fwa_eu_pc", FWA, "Food waste per person in the EU (2022): 逾132公斤 (headline and body)", "European Union", "food waste per person (kg a year)", "2022",
        [F("fwa", 17, "欧盟人均浪费逾132公斤粮食", 132, KG, "a", q="over"), F("fwa", 17, "平均每人浪费逾132公斤粮食", 132, KG, "a", q="over")])
pairgrp("fwa_eu_total", FWA, "Food waste in the EU (2022): 5920万吨 (twice)", "European Union", "food waste (tonnes)", "2022",
        [F("fwa", 17, "欧盟总计产生5920万吨食物垃圾", 5920e4, T, "a"), F("fwa", 17, "欧盟5920万吨食物垃圾覆盖", 5920e4, T, "a")])
pairgrp("fwa_twd", FWA, "Yearly value of food wasted in New Taiwan dollars (ltn): 12.5兆元 (headline) and 逾12.5兆台幣", "world", "value of food wasted (TWD a year)", "2015",
        [F("fwa", 22, "全球每年浪費12.5兆元食物", 12.5e12, TWD, "a", vt="12.5兆"), F("fwa", 22, "(逾12.5兆台幣)", 12.5e12, TWD, "a", q="over", vt="12.5兆")])
pairgrp("fwa_pop_2050", FWA, "World population in 2050 (icdf): 約91億 (twice)", "world", "population", "2050",
        [F("fwa", 20, "約接近 91 億人", 91e8, P, "a", q="approx", vt="91 億"), F("fwa", 20, "才能提供 91 億人", 91e8, P, "a", vt="91 億")])
pairgrp("fwa_taiwan_loss", FWA, "Taiwan's food loss and waste rate: 17% (twice, dayes)", "Taiwan", "share of food supply lost (percent)", "2010s",
        [F("fwa", 23, "至少有17%的糧食耗損", 17.0, PC, "a", q="at_least"), F("fwa", 23, "乘以17%的浪費比例", 17.0, PC, "a")])
pairgrp("fwa_apac_pop", FWA, "Asia-Pacific's share of world population (ettoday): 4成 (headline) and 近4成", "Asia-Pacific", "share of world population (percent)", "2019",
        [F("fwa", 21, "亞太區佔全球4成人口", 40.0, PC, "a", vt="4成"), F("fwa", 21, "全球近4成人口居住", 40.0, PC, "a", q="under", vt="4成")],
        "The hedge holds (consistent).")

S("fwa", 2, "with 194 datapoints", value=194, unit=CNT)
S("fwa", 2, "across 93 countries", value=93, unit=CNT)
S("fwa", 2, "by just 7 kg/capita/year", value=7, unit=KG)
S("fwa", 2, "about 30 percent of global warming", value=30.0, unit=PC, q="approx")
S("fwa", 3, "(631 million tons)", value=631e6, unit=T)
S("fwa", 4, "USA is 59 kg per capita", value=59, unit=KG)
S("fwa", 4, "equals the 19,359,951 tonnes", value=19359951, unit=T)
S("fwa", 4, "In China household waste is 64 kg", value=64, unit=KG)
S("fwa", 7, "(267 pounds)", value=267, unit="pounds")
S("fwa", 7, "(163 pounds)", value=163, unit="pounds")
S("fwa", 9, "(25.3 percent)", value=25.3, unit=PC)
S("fwa", 9, "(21.6 percent)", value=21.6, unit=PC)
S("fwa", 9, "(5.8 percent)", value=5.8, unit=PC)
S("fwa", 9, "(8.9 percent)", value=8.9, unit=PC)
S("fwa", 9, "(7.8 percent)", value=7.8, unit=PC)
S("fwa", 11, "some 670 million tonnes", value=670e6, unit=T, q="approx")
S("fwa", 11, "some 630 million tonnes", value=630e6, unit=T, q="approx")
S("fwa", 14, "是航空业排放量的5倍", vt="5", value=5, unit=TM)
S("fwa", 15, "(约174 磅)", vt="174", value=174, unit="pounds", q="approx")
S("fwa", 16, "总价值1万亿美元", value=1e12, unit=USD)
S("fwa", 16, "(约合6.95万亿元人民币)", vt="6.95万亿", value=6.95e12, unit="CNY", q="approx")
S("fwa", 17, "占比54%", value=54.0, unit=PC)
S("fwa", 17, "每位居民浪费72公斤", value=72, unit=KG)
S("fwa", 17, "其余46%的食物垃圾", value=46.0, unit=PC)
S("fwa", 17, "餐饮生产商产生的食物垃圾占比19%", value=19.0, unit=PC)
S("fwa", 17, "每位居民浪费25公斤", value=25, unit=KG)
S("fwa", 17, "占比11%", value=11.0, unit=PC)
S("fwa", 17, "每位居民浪费15公斤", value=15, unit=KG)
S("fwa", 17, "分销商产生的食物垃圾占比8%", value=8.0, unit=PC)
S("fwa", 17, "每位居民浪费11公斤", value=11, unit=KG)
S("fwa", 17, "初级生产商产生的食物垃圾占比8%", value=8.0, unit=PC)
S("fwa", 17, "每位居民浪费10公斤", value=10, unit=KG)
S("fwa", 17, "可养活12.6亿饥饿人口", value=12.6e8, unit=P)
S("fwa", 20, "成長 30%", value=30.0, unit=PC)
S("fwa", 20, "須提升 70%", value=70.0, unit=PC)
S("fwa", 20, "須增加 50%", value=50.0, unit=PC)
S("fwa", 20, "多達 7 億人", vt="7 億", value=7e8, unit=P)
S("fwa", 20, "口數 9.2%)", value=9.2, unit=PC)
S("fwa", 21, "等14個APEC經濟體", value=14, unit=CNT)
S("fwa", 21, "60餘位公私部門代表", vt="60", value=60, unit=P, q="over")
S("fwa", 22, "可能高達4000億美元", value=4000e8, unit=USD)
S("fwa", 22, "減少20~50%的食物浪費", vt="20~50%", value=[20.0, 50.0], unit=PC)
S("fwa", 22, "節省1200~3000億美元", vt="1200~3000億", value=[1200e8, 3000e8], unit=USD)
S("fwa", 22, "浪費掉6000萬公噸的食物", value=6000e4, unit=T)
S("fwa", 22, "價值約1620億美元", value=1620e8, unit=USD, q="approx")
S("fwa", 22, "約3200萬公噸的食物", value=3200e4, unit=T, q="approx")
S("fwa", 22, "每年還得花15億美元", value=15e8, unit=USD)
S("fwa", 22, "溫布利體育館9次", vt="9", value=9, unit=TM)
S("fwa", 22, "每年恐高達6000億美元", value=6000e8, unit=USD)
S("fwa", 22, "約能減少25%的食物浪費", value=25.0, unit=PC, q="approx")
S("fwa", 23, "產生96公斤廚餘", value=96, unit=KG)
S("fwa", 23, "可獲得567公斤糧食", value=567, unit=KG)
S("fwa", 23, "飲食花費為176,000元", vt="176,000", value=176000, unit=TWD)
NC("fwa", 1, " date 2024-03-28", "date")
NC("fwa", 2, "(Mar. 27)", "date")
NC("fwa", 2, "The 172-page long report", "page_count")
NC("fwa", 4, "Food Waste Index Report-2021", "report_title")
NC("fwa", 5, "Goal 12.3", "goal_number")
NC("fwa", 5, "in March 2021", "date")
NC("fwa", 6, "on March 04, 2021", "date")
NC("fwa", 6, "report on SDG 12.3", "goal_number")
NC("fwa", 8, "ROME 19 October 2019", "dateline")
NC("fwa", 10, "Oct 22nd, 2019", "date")
NC("fwa", 14, "发布时间:2024-12-01 05:39:31", "date")
NC("fwa", 14, "新华社内罗毕3月27日电", "dateline")
NC("fwa", 14, "《食物浪费指数报告2024》", "report_title")
NC("fwa", 15, "03-29 12:11", "date")
NC("fwa", 16, "2018-11-15 北京日报5780", "date")
NC("fwa", 16, "评论 0", "comment_count")
NC("fwa", 17, "发布时间:2024-12-07 17:57:30", "date")
NC("fwa", 17, "布鲁塞尔9月27日电", "dateline")
NC("fwa", 17, "将每年9月29日定为", "date")
NC("fwa", 18, "2021年03月09日", "date")
NC("fwa", 18, "《2021年糧食浪費指數報告》", "report_title")
NC("fwa", 19, "2021-03-05 15:08:02", "date")
NC("fwa", 19, "聯合國環境規劃署4日發布", "date")
NC("fwa", 20, "2019 年 FAO《世界糧食安全與營養狀況》", "report_title")
NC("fwa", 21, "2019年7月25~26日", "date")
NC("fwa", 22, "25日公布最新報告", "date")
NC("fwa", 23, "2011年聯合國農糧組織報告", "date")

# ============================================================ child labour (ILO / UNICEF global estimates)
ms = [
    F("chl", 1, "rises to 160M", 160e6, P, "y20"),
    F("chl", 1, "to reach 160 million", 160e6, P, "y20"),
    F("chl", 2, "More than 160M children", 160e6, P, "y20", q="over"),
    F("chl", 2, "More than 160 million children are in", 160e6, P, "y20", q="over"),
    F("chl", 3, "has risen by 160 million children laborers", 160e6, P, "y20", note="'risen by' for 'risen to': the total"),
    F("chl", 8, "down from 160 million four years ago", 160e6, P, "y20"),
    F("chl", 12, "目前世界上仍有1.6亿名童工", 1.6e8, P, "y20", nth=1),
    F("chl", 12, "目前世界上仍有1.6亿名童工", 1.6e8, P, "y20", nth=2),
    F("chl", 12, "目前世界上仍有1.6亿名童工", 1.6e8, P, "y20", nth=3),
    F("chl", 12, "升至1.6亿", 1.6e8, P, "y20"),
    F("chl", 13, "全球至少1.6亿儿童被迫当童工", 1.6e8, P, "y20", q="at_least"),
    F("chl", 13, "全球至少有1.6亿五岁以上", 1.6e8, P, "y20", q="at_least"),
    F("chl", 13, "在从事童工劳动的1.6亿儿童中", 1.6e8, P, "y20"),
    F("chl", 18, "全球童工人數達1.6億", 1.6e8, P, "y20"),
    F("chl", 18, "達到1.6億", 1.6e8, P, "y20"),
    F("chl", 19, "全球童工增至1億6000萬名", 1.6e8, P, "y20", vt="1億6000萬", step=1e7),
    F("chl", 19, "1億6000萬名童工", 1.6e8, P, "y20", vt="1億6000萬", step=1e7),
    F("chl", 4, "Nearly 138 million children were engaged", 138e6, P, "y24", q="under"),
    F("chl", 5, "Of the 138 million children in child labour", 138e6, P, "y24"),
    F("chl", 5, "The report estimates that 138 million children", 138e6, P, "y24"),
    F("chl", 6, "Nearly 138 million children worldwide", 138e6, P, "y24", q="under"),
    F("chl", 7, "nearly 138 million children were engaged", 138e6, P, "y24", q="under"),
    F("chl", 7, "of the 138 million children,", 138e6, P, "y24"),
    F("chl", 8, "Nearly 138 million children worldwide", 138e6, P, "y24", q="under"),
    F("chl", 8, "“Today, nearly 138 million children", 138e6, P, "y24", q="under"),
    F("chl", 14, "2024年全球仍有近1.38亿儿童", 1.38e8, P, "y24", q="under"),
    F("chl", 14, "全球范围仍有近1.38亿儿童", 1.38e8, P, "y24", q="under"),
    F("chl", 14, "降至1.38亿", 1.38e8, P, "y24"),
    F("chl", 16, "全球范围仍有近1.38亿儿童", 1.38e8, P, "y24", q="under"),
    F("chl", 16, "降至1.38亿", 1.38e8, P, "y24"),
    F("chl", 17, "with 138 million children performing", 138e6, P, "y24"),
    F("chl", 17, "有1.38亿儿童从事损害", 1.38e8, P, "y24"),
    F("chl", 9, "There are 152 million children worldwide", 152e6, P, "y16"),
    F("chl", 9, "Of the 152 million children in child labour", 152e6, P, "y16"),
    F("chl", 9, "in 2016, 151 million children are in child labour", 151e6, P, "y16"),
    F("chl", 10, "With 152 million child labourers", 152e6, P, "y16"),
    F("chl", 11, "Around 168m children around the world", 168e6, P, "y12", vt="168m", step=1e6, q="approx", nth=1),
    F("chl", 11, "Around 168m children around the world", 168e6, P, "y12", vt="168m", step=1e6, q="approx", nth=2),
    F("chl", 15, "全世界有1.68亿童工", 1.68e8, P, "y12", note="the 2015 report (2012 data)"),
    F("chl", 20, "(5-17歲)1.68億人", 1.68e8, P, "y12"),
    F("chl", 21, "全世界童工數量增加了2.15億", 2.15e8, P, "y08", note="'increased by' for the total"),
    F("chl", 22, "全球仍有2.15億兒童被迫淪為童工", 2.15e8, P, "y08"),
    F("chl", 6, "were at 246 million", 246e6, P, "y00"),
    F("chl", 14, "从2.46亿", 2.46e8, P, "y00"),
    F("chl", 16, "从2.46亿", 2.46e8, P, "y00"),
    F("chl", 17, "when 246 million children were engaged", 246e6, P, "y00"),
    F("chl", 17, "当时有24600万儿童", 24600e4, P, "y00"),
    F("chl", 20, "分別為2.46億", 2.46e8, P, "y00"),
]
G("chl_total", CHL, "Children in child labour worldwide: 2020 160 million / 1.6亿 (seventeen, with 'more than' and 至少); 2024 138 million / 1.38亿 (fifteen, mostly 'nearly'); "
  "2016 152 million (three) vs childlabour2017's 151 million; 2012 168 million (four); 2008 2.15億 (two); 2000 246 million / 2.46亿 (six)", "world",
  "children in child labour (persons)", "2000-2024",
  "Same estimate consistent (the bounds hold); 151 against 152 million conflict; the estimate years different_basis.", ms)

ms = [
    F("chl", 3, "A full 79 million children", 79e6, P, "y20"),
    F("chl", 13, "全世界至少有7900万儿童从事危险工作", 7900e4, P, "y20", q="at_least"),
    F("chl", 18, "達到7900萬", 7900e4, P, "y20"),
    F("chl", 19, "成為 7900萬人", 7900e4, P, "y20"),
    F("chl", 4, "around 54 million in hazardous work", 54e6, P, "y24", q="approx"),
    F("chl", 5, "54 million work in hazardous conditions", 54e6, P, "y24"),
    F("chl", 6, "with around 54 million involved", 54e6, P, "y24", q="approx"),
    F("chl", 7, "around 54 million are involved", 54e6, P, "y24", q="approx"),
    F("chl", 8, "with 54 million of them", 54e6, P, "y24"),
    F("chl", 14, "其中约5400万从事危险工作", 5400e4, P, "y24", q="approx"),
    F("chl", 14, "其中约5400万儿童从事可能", 5400e4, P, "y24", q="approx"),
    F("chl", 16, "其中约5400万儿童从事", 5400e4, P, "y24", q="approx"),
    F("chl", 9, "nearly half of them, 73 million, are", 73e6, P, "y16"),
    F("chl", 9, "Nearly half of the 73 million children", 73e6, P, "y16"),
    F("chl", 9, "(73 million)", 73e6, P, "y16"),
    F("chl", 15, "其中8500万童工从事", 8500e4, P, "y12"),
    F("chl", 22, "其中1.15億人更從事危險工作", 1.15e8, P, "y08"),
]
G("chl_hazardous", CHL, "Children in hazardous work: 2020 79 million / 7900万 (four); 2024 54 million / 5400万 (eight); 2016 73 million (three); 2012 8500万; 2008 1.15億",
  "world", "children in hazardous work (persons)", "2008-2024", "Same estimate consistent; the estimate years different_basis.", ms)

ms = [F("chl", 20, "其中50.8%的童工從事危險", 50.8, PC, "y12"), F("chl", 20, "和69.4%", 69.4, PC, "y00")]
pairgrp("chl_hazardous_share", CHL, "Share of child labourers in hazardous work: 50.8% (2012), 69.4% (2000)", "world", "share in hazardous work (percent)", "2000 / 2012", ms,
        "Different years (different_basis).")
ms = [F("chl", 12, "从16%", 16.0, PC, "y00"), F("chl", 20, "人、16%", 16.0, PC, "y00"),
      F("chl", 12, "下降到9.6%", 9.6, PC, "y20"), F("chl", 13, "占比10%", 10.0, PC, "y20"),
      F("chl", 20, "總?cè)藬?shù)的10.6%", 10.6, PC, "y12")]
G("chl_share", CHL, "Share of children in child labour: 2020 9.6% (workercn) and 10% (boshuokiln); 2000 16% (two); 2012 10.6%", "world",
  "share of children in child labour (percent)", "2000-2020", "10% rounds 9.6% (rounding); years different_basis.", ms)

ms = [F("chl", 1, "has risen 8.4 million", 8.4e6, P, "a"), F("chl", 3, "increased by 8.4 million", 8.4e6, P, "a"),
      F("chl", 18, "增加了840萬", 840e4, P, "a"), F("chl", 19, "有840萬名兒童被迫成為童工", 840e4, P, "a")]
pairgrp("chl_rise_2016_2020", CHL, "Rise in child labourers 2016-2020: 8.4 million / 840萬 (four)", "world", "increase in child labourers (persons)", "2016-2020", ms)
ms = [
    F("chl", 1, "while 9 million more children", 9e6, P, "a"),
    F("chl", 18, "900萬兒童面臨風險", 900e4, P, "a", note="headline"),
    F("chl", 18, "還有900萬兒童面臨", 900e4, P, "a"),
    F("chl", 18, "全球將有900萬兒童面臨", 900e4, P, "a"),
    F("chl", 19, "將再增加900萬兒童", 900e4, P, "a"),
    F("chl", 2, "could rise by 8.9 million", 8.9e6, P, "a"),
    F("chl", 13, "可能会增加890万", 890e4, P, "a"),
]
G("chl_risk_2022", CHL, "Children who could be pushed into child labour by the end of 2022: 8.9 million / 890万 (two) vs 9 million / 900萬 (five)", "world",
  "additional child labourers at risk (persons)", "2020-2022", "9 million rounds 8.9 million (rounding).", ms)
pairgrp("chl_haz_rise", CHL, "Rise in children in hazardous work since 2016: 6.5 million / 650萬 (three)", "world", "increase in hazardous work (persons)", "2016-2020",
        [F("chl", 3, "up 6.5 million", 6.5e6, P, "a"), F("chl", 18, "增加了650萬", 650e4, P, "a"), F("chl", 19, "增加了650萬", 650e4, P, "a")])
pairgrp("chl_ssa_rise", CHL, "Rise in child labourers in sub-Saharan Africa 2016-2020: 1660萬 (two)", "sub-Saharan Africa", "increase in child labourers (persons)", "2016-2020",
        [F("chl", 18, "童工新增1660萬", 1660e4, P, "a"), F("chl", 19, "迫使1660萬兒童", 1660e4, P, "a")])

ms = [F("chl", 12, "占70%", 70.0, PC, "y20"), F("chl", 13, "儿童工作的儿童70%", 70.0, PC, "y20"),
      F("chl", 18, "佔70%", 70.0, PC, "y20"), F("chl", 19, "的70%", 70.0, PC, "y20"),
      F("chl", 6, "comprising 61 per cent", 61.0, PC, "y24"), F("chl", 7, "accounting for 61% of cases", 61.0, PC, "y24")]
pairgrp("chl_agri_share", CHL, "Agriculture's share of child labour: 2020 70% (four); 2024 61% (two)", "world", "agriculture share (percent)", "2020 / 2024", ms,
        "Same year consistent; years different_basis.")
ms = [F("chl", 12, "(1.12亿),其次", 1.12e8, P, "a"), F("chl", 18, "(1.12億),其次", 1.12e8, P, "a"),
      F("chl", 19, "大約1億1200萬人", 1.12e8, P, "a", vt="1億1200萬", step=1e6, q="approx")]
pairgrp("chl_agri_n", CHL, "Child labourers in agriculture (2020): 1.12亿 (three)", "world", "child labourers in agriculture (persons)", "2020", ms)
ms = [F("chl", 12, "分别占20%", 20.0, PC, "y20"), F("chl", 18, "分別佔20%", 20.0, PC, "y20"),
      F("chl", 6, "at 27 per cent", 27.0, PC, "y24"), F("chl", 7, "services (27%)", 27.0, PC, "y24")]
pairgrp("chl_services_share", CHL, "Services' share of child labour: 2020 20% (two); 2024 27% (two)", "world", "services share (percent)", "2020 / 2024", ms,
        "Same year consistent; years different_basis.")
ms = [F("chl", 12, "和10%;", 10.0, PC, "y20"), F("chl", 18, "和10%;", 10.0, PC, "y20"),
      F("chl", 6, "at 13 per cent", 13.0, PC, "y24"), F("chl", 7, "industry (13%)", 13.0, PC, "y24")]
pairgrp("chl_industry_share", CHL, "Industry's share of child labour: 2020 10% (two); 2024 13% (two)", "world", "industry share (percent)", "2020 / 2024", ms,
        "Same year consistent; years different_basis.")
pairgrp("chl_services_n", CHL, "Child labourers in services (2020): 3140万 (two)", "world", "child labourers in services (persons)", "2020",
        [F("chl", 12, "服务业(3140万)", 3140e4, P, "a"), F("chl", 18, "服務業(3140萬)", 3140e4, P, "a")])
pairgrp("chl_industry_n", CHL, "Child labourers in industry (2020): 1650万 (two)", "world", "child labourers in industry (persons)", "2020",
        [F("chl", 12, "工业(1650万)", 1650e4, P, "a"), F("chl", 18, "工業(1650萬)", 1650e4, P, "a")])

ms = [F("chl", 4, "reduction of over 20 million children since 2020", 20e6, P, "a", q="over"),
      F("chl", 6, "decreased by over 20 million since 2020", 20e6, P, "a", q="over"),
      F("chl", 7, "a decrease of over 22 million", 22e6, P, "a", q="over"),
      F("chl", 8, "declined by over 20 million since 2020", 20e6, P, "a", q="over"),
      F("chl", 14, "减少了2200多万", 2200e4, P, "a", q="over", vt="2200多万"),
      F("chl", 16, "减少了2200多万", 2200e4, P, "a", q="over", vt="2200多万"),
      F("chl", 5, "a 12 million decrease from 2020", 12e6, P, "a")]
G("chl_fall_since_2020", CHL, "Fall in child labourers 2020-2024: 'over 20 million' (three), 'over 22 million' / 2200多万 (three) vs shafaqna's '12 million decrease'", "world",
  "decrease in child labourers (persons)", "2020-2024", "The bounds agree (consistent); 12 million against them conflict.", ms)
pairgrp("chl_fall_since_2000", CHL, "Fall in child labourers since 2000: over 100 million (two)", "world", "decrease in child labourers (persons)", "2000-2024",
        [F("chl", 5, "reduced by over 100 million", 100e6, P, "a", q="over"), F("chl", 8, "over 100 million fewer children", 100e6, P, "a", q="over")])
pairgrp("chl_speedup", CHL, "Acceleration needed to end child labour by 2025: 11 times (three)", "world", "required acceleration (times)", "2025",
        [F("chl", 8, "by at least 11 times", 11, TM, "a", q="at_least"), F("chl", 17, "11 times faster", 11, TM, "a"), F("chl", 17, "快11倍", 11, TM, "a")])

ms = [F("chl", 12, "绝对数量达到7200万人", 7200e4, P, "y16", note="given as current in 2022; the 2016 estimate's regional figures"),
      F("chl", 10, "72.1 million African children", 72.1e6, P, "y16")]
pairgrp("chl_africa", CHL, "Child labourers in Africa (the 2016 estimate): 7200万 (workercn, given as current) and 72.1 million (globalmarch)", "Africa",
        "child labourers (persons)", "2016", ms, "7200万 rounds 72.1 million (rounding).")
ms = [F("chl", 13, "数量达到4140万", 4140e4, P, "y20"), F("chl", 10, "31.5 million in hazardous work", 31.5e6, P, "y16")]
pairgrp("chl_africa_haz", CHL, "Children in hazardous work in Africa: 4140万 (2020) and 31.5 million (2016)", "Africa", "children in hazardous work (persons)", "2016 / 2020", ms,
        "Different estimate years (different_basis).")
ms = [F("chl", 12, "绝对数量达到6200万人", 6200e4, P, "a517"), F("chl", 10, "estimated 62 million children aged 5-14", 62e6, P, "a514")]
pairgrp("chl_asia", CHL, "Child labourers in Asia and the Pacific: 6200万 (workercn, ages 5-17) and 62 million aged 5-14 (globalmarch)", "Asia and the Pacific",
        "child labourers (persons)", "2016", ms, "Different age ranges (different_basis).")
ms = [F("chl", 12, "童工发生率为7%", 7.0, PC, "y16"), F("chl", 6, "from 6 per cent", 6.0, PC, "y20")]
pairgrp("chl_asia_rate", CHL, "Child labour rate in Asia and the Pacific: 7% (workercn, the 2016 estimate) and 6 per cent in 2020 (the 2025 report)", "Asia and the Pacific",
        "child labour rate (percent)", "2016 / 2020", ms, "Different years (different_basis).")
ms = [F("chl", 12, "童工数量减少了8550万", 8550e4, P, "y0020"), F("chl", 19, "童工人數減少9400萬", 9400e4, P, "y0016")]
pairgrp("chl_fall_2000", CHL, "Fall in child labourers since 2000: 8550万 (2000-2020) and 9400萬 (2000-2016)", "world", "decrease in child labourers (persons)",
        "2000-2016 / 2000-2020", ms, "Different spans (different_basis).")
ms = [F("chl", 12, "美洲(1100万)", 1100e4, P, "y20"), F("chl", 10, "of which 11 million are in child labour", 11e6, P, "lac")]
pairgrp("chl_americas", CHL, "Child labourers in the Americas (2020, 1100万) and in Latin America (globalmarch, 11 million)", "Americas", "child labourers (persons)", "2016 / 2020", ms,
        "Different regions and years (different_basis).")
ms = [F("chl", 13, "9700万是男孩", 9700e4, P, "y20"), F("chl", 9, "88 million are boys", 88e6, P, "y16"), F("chl", 20, "男童工9977萬人", 9977e4, P, "y12")]
pairgrp("chl_boys", CHL, "Boys in child labour: 9700万 (2020), 88 million (2016), 9977萬 (2012)", "world", "boys in child labour (persons)", "2012-2020", ms, "Different years (different_basis).")
ms = [F("chl", 13, "6300万是女孩", 6300e4, P, "y20"), F("chl", 9, "64 million are girls", 64e6, P, "y16"), F("chl", 20, "女童工6819萬人", 6819e4, P, "y12")]
pairgrp("chl_girls", CHL, "Girls in child labour: 6300万 (2020), 64 million (2016), 6819萬 (2012)", "world", "girls in child labour (persons)", "2012-2020", ms, "Different years (different_basis).")
ms = [F("chl", 11, "–120m of them aged 5-14", 120e6, P, "a", vt="120m", step=1e6, nth=1), F("chl", 11, "–120m of them aged 5-14", 120e6, P, "a", vt="120m", step=1e6, nth=2),
      F("chl", 20, "的童工共12億人", 12e8, P, "a", note="1.2億 meant")]
pairgrp("chl_5_14_2012", CHL, "Child labourers aged 5-14 in 2012: 120 million (just-style, twice) vs caixin's 12億", "world", "child labourers aged 5-14 (persons)", "2012", ms,
        "12億 against 120 million conflict (a decimal point lost).")
ms = [F("chl", 21, "亞太國家童工最多達11億", 11e8, P, "a", note="headline; 1.136億 meant"), F("chl", 21, "已經超過11億", 11e8, P, "a", q="over"),
      F("chl", 21, "童工數量達到11.36億", 11.36e8, P, "a")]
pairgrp("chl_asia_2008", CHL, "Child labourers in Asia and the Pacific (2008), as written by gupiaobar: 11億 (headline), 超過11億, 11.36億", "Asia and the Pacific",
        "child labourers (persons)", "2008", ms, "The headline's 11億 rounds 11.36億 in the same story (rounding, consistent as alt); the bound holds.", {(1, 3): RK})

S("chl", 2, "for the 1.5 billion children", value=1.5e9, unit=P)
S("chl", 6, "to 3 per cent since 2020", value=3.0, unit=PC)
S("chl", 8, "rose by 230 million", value=230e6, unit=P)
S("chl", 9, "16 million are between 12 and 14", value=16e6, unit=P)
S("chl", 9, "37 million are aged 15 to 17", value=37e6, unit=P)
S("chl", 9, "comprises 17 interrelated goals", value=17, unit=CNT)
S("chl", 9, "169 associated targets", value=169, unit=CNT)
S("chl", 10, "40 million people in modern slavery", value=40e6, unit=P)
S("chl", 10, "estimated 17.5 million children", value=17.5e6, unit=P)
S("chl", 12, "欧洲和中亚(600万)", value=600e4, unit=P)
S("chl", 12, "阿拉伯国家(100万)", value=100e4, unit=P)
S("chl", 12, "美洲为5%", value=5.0, unit=PC)
S("chl", 12, "欧洲及中亚为4.1%", value=4.1, unit=PC)
S("chl", 12, "阿拉伯国家为3%", value=3.0, unit=PC)
S("chl", 13, "数量为2220万", value=2220e4, unit=P)
S("chl", 17, "an estimated 1.5 million children", value=1.5e6, unit=P)
S("chl", 18, "可能會達到4600萬", value=4600e4, unit=P)
S("chl", 18, "農村地區的童工現象(14%)", value=14.0, unit=PC)
S("chl", 18, "城市地區(5%)", value=5.0, unit=PC)
S("chl", 19, "全球有28%的5至11歲兒童", value=28.0, unit=PC)
S("chl", 19, "以及35%的12至14歲", value=35.0, unit=PC)
S("chl", 20, "童工總數(shù)下降了31.6%", value=31.6, unit=PC)
S("chl", 20, "下降5.4個(gè)百分點(diǎn)", value=5.4, unit=PP)
S("chl", 20, "比例下降18.6個(gè)百分點(diǎn)", value=18.6, unit=PP)
S("chl", 20, "童工的比例為12.2%", value=12.2, unit=PC)
S("chl", 20, "高了3.3個(gè)百分點(diǎn)", value=3.3, unit=PP)
S("chl", 20, "男性童工中55.2%", value=55.2, unit=PC)
S("chl", 20, "女童工中44.4%", value=44.4, unit=PC)
S("chl", 20, "兒童的比例為9.9%", value=9.9, unit=PC)
S("chl", 21, "數量減少了15%", value=15.0, unit=PC)
S("chl", 21, "人數減少了24%", value=24.0, unit=PC)
S("chl", 21, "數量減少了10%", value=10.0, unit=PC)
S("chl", 21, "比例下降至31%", value=31.0, unit=PC)
S("chl", 21, "男童工數量增長了7%", value=7.0, unit=PC)
S("chl", 21, "約為1.277億人", value=1.277e8, unit=P, q="approx")
S("chl", 21, "人數出現20%的增加", value=20.0, unit=PC)
S("chl", 21, "達到了6.2億", value=6.2e8, unit=P, note="62 million meant")
S("chl", 22, "有20%至30%的孩子", vt="20%至30%", value=[20.0, 30.0], unit=PC)
NC("chl", 2, "in the past 20 years", "duration")
NC("chl", 2, "from 2012 onwards", "date")
NC("chl", 2, "since 2010 that present", "date")
NC("chl", 3, "by the end of 2022", "date")
NC("chl", 4, "The 15-year-old boy", "age")
NC("chl", 5, " date 2025-01-01", "date")
NC("chl", 7, "the 113th session", "ordinal")
NC("chl", 8, "on June 12", "date")
NC("chl", 9, "are aged 5 to 11", "age_band")
NC("chl", 9, "In September 2015", "date")
NC("chl", 9, "Under goal 8.7", "goal_number")
NC("chl", 10, "Target 8.7", "goal_number")
NC("chl", 12, "2022-06-13 02:07", "date")
NC("chl", 12, "第90届国际劳工大会", "ordinal")
NC("chl", 12, "特别是5岁至11岁年龄组", "age_band")
NC("chl", 13, "半岛电视台6月12日报道", "date")
NC("chl", 14, "中新社北京6月12日电", "dateline")
NC("chl", 15, "本篇文章159字", "word_count")
NC("chl", 15, "读完约1分钟", "duration")
NC("chl", 15, "禁止雇用16岁以下的童工", "age_threshold")
NC("chl", 15, "《2015年世界童工报告》", "report_title")
NC("chl", 16, "中新社北京6月12日电", "dateline")
NC("chl", 17, "Sustainable Development Goal 8.7", "goal_number")
NC("chl", 17, "可持续发展目标8.7", "goal_number")
NC("chl", 18, "2021-06-10 13:18:00", "date")
NC("chl", 18, "中新網6月10日電", "dateline")
NC("chl", 18, "5至17歲兒童", "age_band")
NC("chl", 19, "中廣新聞 2021-06-12 10:35", "date")
NC("chl", 19, "因為2019冠狀病毒疾病", "name")
NC("chl", 19, "疫情進入第2年", "ordinal")
NC("chl", 20, "ad9_210*60", "ad_size")
NC("chl", 20, "2016年06月16日 13:41:00", "date")
NC("chl", 21, "時間:2010-05-12 16:55", "date")
NC("chl", 21, "《世界報》5月11日消息", "date")
NC("chl", 22, "19世紀的英國工業", "ordinal")
NC("chl", 22, "第90屆國際勞工大會", "ordinal")
S("chl", 22, "175國批准", value=175, unit=CNT)

# ============================================================ Living Planet Index (WWF / ZSL Living Planet Reports)
ms = [
    F("lpi", 4, "describes a 73% decline", 73.0, PC, "v24"),
    F("lpi", 11, "平均下降了73%", 73.0, PC, "v24"),
    F("lpi", 11, "野生动物种群规模锐减7成", 70.0, PC, "v24", vt="7成", nth=1, note="headline; 7成 = 70%"),
    F("lpi", 11, "野生动物种群规模锐减7成", 70.0, PC, "v24", vt="7成", nth=2),
    F("lpi", 12, "减少了 73%(ZZ)", 73.0, PC, "v24"),
    F("lpi", 12, "平均规模减少了 73%。", 73.0, PC, "v24"),
    F("lpi", 1, "an average of 69% between 1970 and 2018", 69.0, PC, "v22"),
    F("lpi", 10, "平均下降 69%", 69.0, PC, "v22", note="headline"),
    F("lpi", 10, "平均下降了69 %", 69.0, PC, "v22", vt="69 %"),
    F("lpi", 17, "平均下降了69%", 69.0, PC, "v22"),
    F("lpi", 17, "這個數字是68%", 68.0, PC, "v20"),
    F("lpi", 5, "an average of 68% between 1970 and 2016", 68.0, PC, "v20"),
    F("lpi", 15, "在半世紀內平均減少68%", 68.0, PC, "v20", note="headline"),
    F("lpi", 15, "在半世紀內平均減少了68%", 68.0, PC, "v20"),
    F("lpi", 15, "種群數量平均下降了68%", 68.0, PC, "v20"),
    F("lpi", 15, "平均下降68%的部分原因", 68.0, PC, "v20"),
    F("lpi", 17, "四年前是60%", 60.0, PC, "v18"),
    F("lpi", 18, "人類已消滅60%動物", 60.0, PC, "v18", note="headline"),
    F("lpi", 18, "人類自1970年代消滅60%動物", 60.0, PC, "v18"),
    F("lpi", 18, "消滅了野生動物60%的族群量", 60.0, PC, "v18"),
    F("lpi", 18, "野生動物平均下降了60%", 60.0, PC, "v18"),
    F("lpi", 6, "Living Planet Report 2016: 58% decline", 58.0, PC, "v16"),
    F("lpi", 6, "declined by 58 per cent", 58.0, PC, "v16"),
    F("lpi", 7, "reveals a 58 percent fall", 58.0, PC, "v16"),
    F("lpi", 7, "the 58 percent number", 58.0, PC, "v16"),
    F("lpi", 8, "in abundance by 58% between", 58.0, PC, "v16"),
    F("lpi", 8, "totaling 58% between", 58.0, PC, "v16"),
    F("lpi", 9, "found that 58% have already declined", 58.0, PC, "v16"),
    F("lpi", 13, "间下降了58%", 58.0, PC, "v16"),
    F("lpi", 19, "較1970年代減少了58%", 58.0, PC, "v16"),
    F("lpi", 19, "的數量已經減少了58%", 58.0, PC, "v16"),
    F("lpi", 20, "爬行動物的數(shù)量減少了58%", 58.0, PC, "v16"),
    F("lpi", 13, "物种的多样性下降了52%", 52.0, PC, "v14"),
    F("lpi", 14, "平均减少了52%", 52.0, PC, "v14"),
    F("lpi", 16, "野生動物數目卻減少了52%", 52.0, PC, "v14"),
    F("lpi", 16, "減少了百分之52%", 52.0, PC, "v14", vt="52%"),
    F("lpi", 18, "四年前下降幅度是52%", 52.0, PC, "v14"),
    F("lpi", 16, "較二年前報告的28%", 28.0, PC, "v12"),
]
G("lpi_decline", LPI, "Average decline of monitored wildlife populations since 1970 (Living Planet Index) by report: 2024 73% (four) and 7成 (the sina headline, twice); "
  "2022 69% (four); 2020 68% (six); 2018 60% (five); 2016 58% (eleven); 2014 52% (five); 2012 28%", "world", "decline in the Living Planet Index since 1970 (percent)",
  "1970-2008 .. 1970-2020", "Same report consistent; the headline's 7成 rounds 73% in the same story (rounding, consistent as alt); reports different_basis.", ms)

ms = [
    F("lpi", 2, "an 85% decline", 85.0, PC, "v24"), F("lpi", 3, "with an 85 percent reduction", 85.0, PC, "v24"),
    F("lpi", 4, "freshwater populations fell 85%", 85.0, PC, "v24"), F("lpi", 11, "淡水生物种群平均减少了85%", 85.0, PC, "v24"),
    F("lpi", 12, "下降最严重,下降了 85%", 85.0, PC, "v24"),
    F("lpi", 10, "平均下降了 83%", 83.0, PC, "v22"), F("lpi", 17, "平均減少了83%", 83.0, PC, "v22"),
    F("lpi", 5, "declining 84% on average", 84.0, PC, "v20"), F("lpi", 15, "減幅最大,達到84%", 84.0, PC, "v20"),
    F("lpi", 6, "freshwater species declined by 81%", 81.0, PC, "v16"), F("lpi", 8, "81% declines in freshwater", 81.0, PC, "v16"),
    F("lpi", 13, "的数量下降了81%", 81.0, PC, "v16"),
    F("lpi", 16, "淡水生物劇減了高達76%", 76.0, PC, "v14"),
]
G("lpi_freshwater", LPI, "Decline of freshwater populations since 1970: 2024 85% (five); 2022 83% (two); 2020 84% (two); 2016 81% (three); 2014 76%", "world",
  "decline of freshwater populations (percent)", "1970-2010 .. 1970-2020", "Same report consistent; reports different_basis.", ms)
ms = [F("lpi", 2, "terrestrial species (69%)", 69.0, PC, "v24"), F("lpi", 3, "terrestrial populations at 69 percent", 69.0, PC, "v24"),
      F("lpi", 4, "land populations dropped 69%", 69.0, PC, "v24"), F("lpi", 11, "陆地生物种群减少了69%", 69.0, PC, "v24"),
      F("lpi", 12, "陆地种群(69%)", 69.0, PC, "v24"), F("lpi", 8, "38% declines in terrestrial", 38.0, PC, "v16"),
      F("lpi", 16, "陸地及海洋生物減少了39%", 39.0, PC, "v14", note="land and marine together")]
G("lpi_terrestrial", LPI, "Decline of terrestrial populations: 2024 69% (five); 2016 38%; 2014 39% (land and marine)", "world", "decline of terrestrial populations (percent)",
  "1970-2010 .. 1970-2020", "Same report consistent; reports different_basis.", ms)
ms = [F("lpi", 2, "marine life (56%)", 56.0, PC, "v24"), F("lpi", 3, "marine populations at 56 percent", 56.0, PC, "v24"),
      F("lpi", 4, "marine populations decreased by 56%", 56.0, PC, "v24"), F("lpi", 11, "海洋生物种群减少了56%", 56.0, PC, "v24"),
      F("lpi", 12, "海洋种群(56%)", 56.0, PC, "v24"), F("lpi", 6, "marine species by 36%", 36.0, PC, "v16"), F("lpi", 8, "36% declines in marine", 36.0, PC, "v16")]
G("lpi_marine", LPI, "Decline of marine populations: 2024 56% (five); 2016 36% (two)", "world", "decline of marine populations (percent)", "1970-2012 / 1970-2020",
  "Same report consistent; reports different_basis.", ms)
ms = [F("lpi", 2, "a decline of 95% in Latin America", 95.0, PC, "v24"), F("lpi", 3, "experienced a 95 percent drop", 95.0, PC, "v24"),
      F("lpi", 11, "降幅高达95%", 95.0, PC, "v24"), F("lpi", 12, "下降了 95%", 95.0, PC, "v24"),
      F("lpi", 10, "平均下降了 94%之多", 94.0, PC, "v22"), F("lpi", 17, "在48年里下降了94%", 94.0, PC, "v22"),
      F("lpi", 5, "average decline of 94%", 94.0, PC, "v20"),
      F("lpi", 16, "失去了83%的野生動物", 83.0, PC, "v14"), F("lpi", 16, "拉丁美洲,高達83%", 83.0, PC, "v14")]
G("lpi_latam", LPI, "Decline in Latin America and the Caribbean: 2024 95% (four); 2022 94% (two); 2020 94%; 2014 83% (two)", "Latin America and the Caribbean",
  "decline of monitored populations (percent)", "1970-2010 .. 1970-2020", "Same report consistent; reports different_basis.", ms)
ms = [F("lpi", 2, "decline of 76% in Africa", 76.0, PC, "v24"), F("lpi", 3, "Africa at 76 percent", 76.0, PC, "v24"),
      F("lpi", 11, "非洲地区,下降了76%", 76.0, PC, "v24"), F("lpi", 12, "非洲(76%)", 76.0, PC, "v24"), F("lpi", 17, "非洲以66%的降幅", 66.0, PC, "v22")]
G("lpi_africa", LPI, "Decline in Africa: 2024 76% (four); 2022 66%", "Africa", "decline of monitored populations (percent)", "1970-2018 / 1970-2020",
  "Same report consistent; reports different_basis.", ms)
ms = [F("lpi", 2, "60% in Asia and the Pacific", 60.0, PC, "v24"), F("lpi", 3, "the Asia–Pacific region at 60 percent", 60.0, PC, "v24"),
      F("lpi", 11, "亚洲和太平洋地区下降了60%", 60.0, PC, "v24"), F("lpi", 12, "亚洲及太平洋地区(60%)", 60.0, PC, "v24"), F("lpi", 17, "亞太地區(55%)", 55.0, PC, "v22")]
G("lpi_asia_pacific", LPI, "Decline in Asia and the Pacific: 2024 60% (four); 2022 55%", "Asia and the Pacific", "decline of monitored populations (percent)", "1970-2018 / 1970-2020",
  "Same report consistent; reports different_basis.", ms)
ms = [F("lpi", 2, "39% in North America", 39.0, PC, "v24"), F("lpi", 12, "北美 (39%)", 39.0, PC, "v24"),
      F("lpi", 3, "and 35 percent declines", 35.0, PC, "v24", note="'Europe and North America recorded 39 percent and 35 percent ... respectively': the regions swapped"),
      F("lpi", 17, "北美(20%)", 20.0, PC, "v22")]
G("lpi_north_america", LPI, "Decline in North America: 2024 39% (two) vs the sinopec page's 35% (regions swapped); 2022 20%", "North America",
  "decline of monitored populations (percent)", "1970-2018 / 1970-2020", "35 against 39 conflict; reports different_basis.", ms)
ms = [F("lpi", 2, "35% in Europe and Central Asia", 35.0, PC, "v24"), F("lpi", 12, "欧洲和中亚 (35%)", 35.0, PC, "v24"),
      F("lpi", 3, "recorded 39 percent", 39.0, PC, "v24", note="regions swapped"), F("lpi", 17, "則下降了18%", 18.0, PC, "v22")]
G("lpi_europe", LPI, "Decline in Europe (and Central Asia): 2024 35% (two) vs the sinopec page's 39% (regions swapped); 2022 18%", "Europe and Central Asia",
  "decline of monitored populations (percent)", "1970-2018 / 1970-2020", "39 against 35 conflict; reports different_basis.", ms)

ms = [
    F("lpi", 2, "Tracking almost 35,000 vertebrate species", 35000, CNT, "v24", q="under", note="populations, written as species"),
    F("lpi", 4, "Across 35,000 groups", 35000, CNT, "v24"),
    F("lpi", 11, "近3.5万个种群", 3.5e4, CNT, "v24", q="under"),
    F("lpi", 12, "近 35,000 个种群", 35000, CNT, "v24", q="under"),
    F("lpi", 1, "nearly 32,000 populations", 32000, CNT, "v22", q="under"),
    F("lpi", 10, "近3.2万个种群", 3.2e4, CNT, "v22", q="under"),
    F("lpi", 18, "1萬6704種哺乳動物", 16704, CNT, "v18", vt="1萬6704", step=1, note="populations, written as species"),
    F("lpi", 7, "Assessment of 14,152 populations", 14152, CNT, "v16"),
    F("lpi", 7, "data from 14,152 monitored population", 14152, CNT, "v16"),
    F("lpi", 8, "from 14.152 monitored populations", 14152, CNT, "v16", vt="14.152", step=1, note="thousands written with a point"),
    F("lpi", 9, "more than 14,000 different populations", 14000, CNT, "v16", q="over"),
    F("lpi", 20, "中14152個群落", 14152, CNT, "v16"),
    F("lpi", 13, "数量超过14,200的种类", 14200, CNT, "v16", q="over"),
    F("lpi", 16, "約10,380個生物族群", 10380, CNT, "v14", q="approx"),
    F("lpi", 11, "物种中9014个种群", 9014, CNT, "old", note="an older index description"),
]
G("lpi_populations", LPI, "Wildlife populations in the index: 2024 'almost / nearly 35,000' (four); 2022 'nearly 32,000' (two); 2018 1萬6704; 2016 14,152 (four) and "
  "'more than 14,000' vs secretchina's 'over 14,200'; 2014 約10,380; an older description's 9014", "Living Planet Index", "populations monitored (count)", "2014-2024",
  "Same report consistent (the bounds hold); 'over 14,200' against 14,152 conflict; reports different_basis.", ms)
ms = [
    F("lpi", 4, "of 5,495 species", 5495, CNT, "v24"),
    F("lpi", 11, "包括了5495个物种", 5495, CNT, "v24"),
    F("lpi", 12, "5,495 种两栖动物", 5495, CNT, "v24"),
    F("lpi", 1, "of 5,230 vertebrate species", 5230, CNT, "v22"),
    F("lpi", 10, "包括5230个物种", 5230, CNT, "v22"),
    F("lpi", 18, "涵蓋4000多種物種", 4000, CNT, "v18", q="over"),
    F("lpi", 7, "3,706 species of mammals", 3706, CNT, "v16"),
    F("lpi", 7, "3,706 vertebrate species (mammals", 3706, CNT, "v16"),
    F("lpi", 8, "of 3,706 vertebrate species", 3706, CNT, "v16"),
    F("lpi", 20, "監(jiān)測3706種脊椎動物", 3706, CNT, "v16"),
    F("lpi", 9, "over 3,000 vertebrate species", 3000, CNT, "v16", q="over"),
    F("lpi", 13, "对3,700种哺乳动物", 3700, CNT, "v16"),
    F("lpi", 19, "涵蓋3700種野生動物", 3700, CNT, "v16"),
    F("lpi", 16, "全球3,038種", 3038, CNT, "v14"),
    F("lpi", 11, "对2688个分布", 2688, CNT, "old"),
]
G("lpi_species", LPI, "Vertebrate species in the index: 2024 5,495 (three); 2022 5,230 (two); 2018 4000多; 2016 3,706 (four), 'over 3,000' and 3,700 (two); 2014 3,038; "
  "an older description's 2688", "Living Planet Index", "species monitored (count)", "2014-2024",
  "Same report consistent; 3,700 rounds 3,706 (rounding); reports different_basis.", ms)

pairgrp("lpi_projection", LPI, "Projected decline by 2020 (LPR 2016): 67% (two)", "world", "projected decline by 2020 (percent)", "1970-2020",
        [F("lpi", 7, "fallen by 67 percent", 67.0, PC, "a"), F("lpi", 9, "decline by 67% by 2020", 67.0, PC, "a")])
ms = [F("lpi", 7, "the average 2 percent drop", 2.0, PC, "a"), F("lpi", 8, "an average of 2% annually", 2.0, PC, "a"),
      F("lpi", 9, "an annual rate of 2%", 2.0, PC, "a"), F("lpi", 20, "年均減少2%左右", 2.0, PC, "a", q="approx")]
pairgrp("lpi_annual", LPI, "Average yearly decline 1970-2012 (LPR 2016): 2% (four)", "world", "average yearly decline (percent)", "1970-2012", ms)
ms = [F("lpi", 6, "capacity of 1.6 Earths", 1.6, CNT, "v16"), F("lpi", 9, "1.6 Earths were needed", 1.6, CNT, "v16"), F("lpi", 16, "需要1.5個地球", 1.5, CNT, "v14")]
pairgrp("lpi_earths", LPI, "Earths needed to meet humanity's demand: 1.6 (LPR 2016, two); 1.5 (LPR 2014)", "world", "Earths needed", "2012 / 2014", ms,
        "Same report consistent; reports different_basis.")
pairgrp("lpi_dolphin", LPI, "Decline of Amazon pink river dolphins: 65% (two)", "Amazon", "decline (percent)", "2024",
        [F("lpi", 3, "fell by 65 percent", 65.0, PC, "a"), F("lpi", 4, "dolphins declined 65%", 65.0, PC, "a")])

S("lpi", 1, "Written by 89 authors", value=89, unit=CNT)
S("lpi", 2, "Almost 200 countries", value=200, unit=CNT, q="under")
S("lpi", 2, "setting aside 30% of the planet", value=30.0, unit=PC)
S("lpi", 4, "Sacramento River declined 88%", value=88.0, unit=PC)
S("lpi", 4, "Reef Marine Park declined 57%", value=57.0, unit=PC)
S("lpi", 6, "accounted for 58.1%", value=58.1, unit=PC)
S("lpi", 6, "only 10.5 %", vt="10.5 %", value=10.5, unit=PC)
S("lpi", 8, "has added 668 species", value=668, unit=CNT)
S("lpi", 8, "3,772 different populations", value=3772, unit=CNT)
S("lpi", 9, "capacity by 75% by 2020", value=75.0, unit=PC)
S("lpi", 11, "上涨4个百分点", value=4.0, unit=PP)
S("lpi", 15, "每年減少4%", value=4.0, unit=PC)
S("lpi", 16, "全球人口卻從37億", value=37e8, unit=P)
S("lpi", 16, "暴增至70億", value=70e8, unit=P)
S("lpi", 16, "自然可再生能力的50%", value=50.0, unit=PC)
S("lpi", 16, "則為56%", value=56.0, unit=PC)
S("lpi", 16, "及36%。", vt="36%", value=36.0, unit=PC)
S("lpi", 16, "失去了80%的同伴", value=80.0, unit=PC)
S("lpi", 18, "由全球59位科學家", value=59, unit=P)
S("lpi", 18, "摧毀了83%的哺乳動物", value=83.0, unit=PC)
S("lpi", 18, "地球仍須700萬年康復", value=700e4, unit="years")
S("lpi", 19, "全球脊椎動物總量的6%", value=6.0, unit=PC)
S("lpi", 19, "僅有15%的土地", value=15.0, unit=PC)
S("lpi", 19, "超過300種哺乳動物", value=300, unit=CNT, q="over")
S("lpi", 20, "減少了11.1萬隻", value=11.1e4, unit=CNT)
S("lpi", 20, "只有41.5萬隻", value=41.5e4, unit=CNT)
NC("lpi", 1, "since 1998", "date")
NC("lpi", 2, "commencing 21st October", "date")
NC("lpi", 2, "the Cop16 biodiversity summit", "name")
NC("lpi", 2, "a 2022 UN Agreement", "date")
NC("lpi", 5, "COVID-19 pandemic", "name")
NC("lpi", 6, "assessed in 2013", "date")
NC("lpi", 8, "27 October 2016", "date")
NC("lpi", 9, "the 2030 Sustainable Development Goals", "date")
NC("lpi", 10, "丁长青/100083", "postcode")
NC("lpi", 10, "Tel 010-62336869", "phone_number")
NC("lpi", 10, "于10月13日发布了", "date")
NC("lpi", 11, "2024年10月12日 13:44", "date")
NC("lpi", 11, "2024年6月17日", "date")
NC("lpi", 11, "在1970至2020年的50年间", "duration")
NC("lpi", 12, "kasonlo2024-10-16 17:37:06", "date")
NC("lpi", 13, "【看中国2016年10月28日讯】", "date")
NC("lpi", 14, "《每日电讯报》9月29日报道", "date")
NC("lpi", 14, "过去40年里", "duration")
NC("lpi", 15, "央視新聞客戶端 | 2020-09-11 10:20:30", "date")
NC("lpi", 16, "9月30日公布了", "date")
NC("lpi", 17, "1970年至2018年期間", "date")
NC("lpi", 18, "《Living Planet 2018》", "report_title")
NC("lpi", 19, "刊登於 2016-10-28", "date")
NC("lpi", 19, "在過去20年數量大大減少", "duration")
NC("lpi", 20, "2016年10月28日 06:37:14", "date")
NC("lpi", 20, "自2006年起", "date")
NC("lpi", 20, "ad9_210*60", "ad_size")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh31.toml", "corpus-fresh31")
