#!/usr/bin/env python3
"""Hand annotation of corpus-fresh26, written as data; emits gold.d/fresh26.toml (then run
corpus/check_gold.py --dir corpus-fresh26 --build).

Three domains: road-traffic deaths (the WHO Global Status Reports on Road Safety of 2009, 2015, 2018 and 2023 and the
WHO fact sheet, as released and retold: deaths a year, the rate per 100,000, the fall since 2010, shares of deaths by
road-user type and by income group, injuries, `road-*`), tuberculosis (the WHO Global Tuberculosis Reports 2013 and
2023-2025: people newly diagnosed, people falling ill, deaths, MDR/RR-TB, the case gap, shares by sex and country,
China's figures, `tb-*`) and malaria (the World Malaria Reports 2014, 2017, 2022-2025: cases, deaths, Africa's shares,
incidence and mortality rates, funding, cases and deaths averted, `mal-*`).

Every mention carries a basis tag (data year / report vintage / scope, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto`, which follows fresh24's and fresh25's
conventions: a rounded restatement is rounding (TB deaths in 2022: the 2023 report's '1.3 million' / 130万 against the
2024 report's 1.32 million / 132万, which rounds to it); inside one page the same pattern is 'either'; a figure that is
not a correct rounding, or two figures of the same precision that disagree, is conflict (Africa's share of malaria
cases in 2024: 'approximately 94 percent' vs 'approximately 95 percent'); a bound or hedged figure ('over', 'about',
'approximately', 'nearly', '约', '超过', '逾', '以上', '多') that contains the other figure is consistent, one that does
not is conflict. Later report vintages of the same year whose figures do not agree to rounding are different_basis
with conflict as alt (malaria deaths in 2020: 625 000 in the 2022 report vs 622 000 in the 2024 report; 2023 cases 263
vs 273 million; TB incidence in 2022: 10.6 vs 10.7 million).
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, '2億8200萬' = 2.82e8, lakh = 1e5, '1/4' = 25 percent, '2/3' = 66.67
percent; declines negative only where the text gives a signed change. Units: persons, percent, USD, count,
per_100k_people, per_1000, times.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: /work/main/corpus/goldsrc.py)
from goldkit import CNT, PC, P, USD, DC, DR, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: /work/main/corpus/goldkit.py)

load(HERE)

ROAD, TB, MAL = "road-traffic-deaths", "tuberculosis", "malaria"
R100K, R1K, T = "per_100k_people", "per_1000", "times"

# ============================================================ road-traffic deaths (WHO)
ms = [
    F("road", 1, "annual road traffic deaths to 1.19 million", 1.19e6, P, "g23"),
    F("road", 2, "about 1.19 million people died", 1.19e6, P, "g23", q="approx"),
    F("road", 3, "by five percent to 1.19 million", 1.19e6, P, "g23"),
    F("road", 4, "an estimated 1.19 million road traffic deaths", 1.19e6, P, "g23"),
    F("road", 6, "approximately 1.19 million people are killed", 1.19e6, P, "g23", q="approx"),
    F("road", 20, "approximately 1.19 million people", 1.19e6, P, "g23", q="approx"),
    F("road", 7, "2021年全球约有119万人", 119e4, P, "g23", q="approx"),
    F("road", 8, "2021年全球约有119万人", 119e4, P, "g23", q="approx"),
    F("road", 9, "每年约有119万人", 119e4, P, "g23", q="approx", nth=1, note="headline"),
    F("road", 9, "每年约有119万人", 119e4, P, "g23", q="approx", nth=2),
    F("road", 10, "降低至每年119万人", 119e4, P, "g23"),
    F("road", 5, "an estimated 1.35 million people die", 1.35e6, P, "g18"),
    F("road", 13, "每年高达135万人", 135e4, P, "g18", nth=1, note="headline"),
    F("road", 13, "死者、年間135万人に", 135e4, P, "g18", note="Japanese half of the headline"),
    F("road", 13, "每年高达135万人", 135e4, P, "g18", nth=2),
    F("road", 13, "每年造成约135万人死亡", 135e4, P, "g18", q="approx"),
    F("road", 14, "死亡的人口約135萬人", 135e4, P, "g18", q="approx", note="headline"),
    F("road", 14, "全球每年約有135萬人", 135e4, P, "g18", q="approx"),
    F("road", 14, "135萬人是什麼概念", 135e4, P, "g18"),
    F("road", 19, "approximately 1.3 million people were killed", 1.3e6, P, "g18", q="approx", note="'in 2016' (the 2018 report's year)"),
    F("road", 11, "全球每年125万人命丧", 125e4, P, "g15", note="headline"),
    F("road", 11, "每年仍有约125万人", 125e4, P, "g15", q="approx"),
    F("road", 12, "每年约有125万人", 125e4, P, "g15", q="approx"),
    F("road", 16, "每年125萬人死於交通意外", 125e4, P, "g15", nth=1, note="headline"),
    F("road", 16, "每年125萬人死於交通意外", 125e4, P, "g15", nth=2, note="repeated headline"),
    F("road", 16, "每年約125萬人喪命", 125e4, P, "g15", q="approx"),
    F("road", 17, "每年125萬人死於交通事故", 125e4, P, "g15", note="headline"),
    F("road", 17, "大約125萬人死於", 125e4, P, "g15", q="approx"),
    F("road", 18, "Each year, 1.25 million people die", 1.25e6, P, "g15"),
    F("road", 15, "全球每年有127萬(wàn)人死于道路交通事故", 127e4, P, "g09", nth=1, note="headline"),
    F("road", 15, "全球每年有127萬(wàn)人死于道路交通事故", 127e4, P, "g09", nth=2),
]
G("road_deaths", ROAD, "Road-traffic deaths a year worldwide (WHO): 2023 report 1.19 million (for 2021; eleven mentions incl. 119万); 2018 "
  "report 1.35 million (eight incl. 135万 / 135萬 and the Japanese 年間135万人) and autospt's 'approximately 1.3 million ... in 2016'; 2015 "
  "report 1.25 million (nine incl. 125万 / 125萬); 2009 report 127萬 (two)", "world", "road-traffic deaths a year", "2009-2023 reports",
  "Same report consistent ('approximately 1.3 million' holds 1.35 million at its edge); other reports different_basis.", ms)

S("road", 13, "较2015年的上一份报告增加了10万人", vt="10万", value=10e4, unit=P)

ms = [F("road", 2, "equivalent to 15 deaths per 100,000 people", 15, R100K, "g23"),
      F("road", 4, "a rate of 15 road traffic deaths per 100 000", 15, R100K, "g23"),
      F("road", 7, "每10万人中有15人", 15, R100K, "g23", vt="15"),
      F("road", 8, "每10万人中有15人", 15, R100K, "g23", vt="15")]
G("road_rate", ROAD, "Road-traffic death rate 2021 (2023 report): 15 per 100,000 (four)", "world", "road-traffic deaths per 100,000 people", "2021",
  "Same figure.", ms)

ms = [F("road", 13, "每10万人中有26.6人", 26.6, R100K, "africa18", vt="26.6"),
      F("road", 14, "非洲美10萬人中就有26.6人", 26.6, R100K, "africa18", vt="26.6"),
      F("road", 13, "每10万人中有9.3人", 9.3, R100K, "europe18", vt="9.3"),
      F("road", 14, "每10萬人約只有9.3人", 9.3, R100K, "europe18", vt="9.3", q="approx")]
G("road_region_rate", ROAD, "Road-traffic death rates in the 2018 report: Africa 26.6 per 100,000 (two), Europe 9.3 (two)", "Africa / Europe",
  "road-traffic deaths per 100,000 people", "2018 report", "Same region consistent; Africa vs Europe different_basis.", ms)

ms = [F("road", 2, "fell by 5 percent", 5.0, PC, "since10"),
      F("road", 4, "fell by 5% worldwide", 5.0, PC, "since10"),
      F("road", 4, "has fallen 5% since 2010", 5.0, PC, "since10"),
      F("road", 7, "死亡人数减少了5%", 5.0, PC, "since10"),
      F("road", 8, "死亡人数减少了5%", 5.0, PC, "since10"),
      F("road", 10, "道路交通死亡人数每年下降5%", 5.0, PC, "annual10", nth=1, note="导读 summary; a fall 'every year' since 2010"),
      F("road", 10, "道路交通死亡人数每年下降5%", 5.0, PC, "annual10", nth=2, note="written as a fall 'every year' since 2010")]
G("road_fall_since_2010", ROAD, "Fall of road-traffic deaths 2010-2021: 5% (five); autoweekly's '每年下降5%' (a yearly fall; summary and body)", "world",
  "fall in road-traffic deaths since 2010 (percent)", "2010-2021", "Same figure; autoweekly's yearly rate is another measure (different_basis).", ms)

ms = [F("road", 2, "an increase of nearly 1 billion people", 1e9, P, "a", q="under"),
      F("road", 7, "全球人口增加了近10亿", 10e8, P, "a", q="under"),
      F("road", 8, "全球人口增加了近10亿", 10e8, P, "a", q="under")]
G("road_pop_increase", ROAD, "World population increase 2010-2021: 'nearly 1 billion' = 近10亿 (three)", "world", "population increase", "2010-2021",
  "Same figure.", ms)

ms = [F("road", 4, "In 108 countries", 108, CNT, "a"), F("road", 10, "有108个国家", 108, CNT, "a")]
G("road_108", ROAD, "Countries with falling road deaths 2010-2021: 108 (two)", "world", "countries with fewer road deaths", "2010-2021", "Same figure.", ms)
ms = [F("road", 4, "10 countries in four regions", 10, CNT, "a"), F("road", 10, "日本、俄罗斯等10个国家", 10, CNT, "a")]
G("road_10_countries", ROAD, "Countries that halved road deaths 2010-2021: 10 (two; edriving spells 'Ten')", "world", "countries that cut road deaths by half",
  "2010-2021", "Same figure.", ms)
ms = [F("road", 3, "by over 50 per cent", 50.0, PC, "a", q="over"),
      F("road", 4, "the target of a 50% reduction", 50.0, PC, "a"),
      F("road", 10, "减少50%以上", 50.0, PC, "a", q="at_least")]
G("road_halved", ROAD, "The cut achieved by the ten countries: 'over 50 per cent' / 'a 50% reduction' / '50%以上'", "ten countries",
  "fall in road deaths 2010-2021 (percent)", "2010-2021", "Bounds that hold the figure (consistent).", ms)
ms = [F("road", 3, "over 3,200 per day", 3200, P, "a", q="over"), F("road", 10, "每天死亡人数超过3200人", 3200, P, "a", q="over")]
G("road_per_day", ROAD, "Road deaths a day: 'over 3,200' (two)", "world", "road-traffic deaths a day", "2023 report", "Same bound.", ms)

ms = [F("road", 4, "92% of deaths occur in low- and middle-income", 92.0, PC, "g23"),
      F("road", 9, "全世界92%的道路死亡", 92.0, PC, "g23"),
      F("road", 11, "90%的道路交通死亡发生在", 90.0, PC, "g15"),
      F("road", 12, "中低收入国家的居民约占90%", 90.0, PC, "g15", q="approx"),
      F("road", 16, "全球90%道路交通死亡發生在", 90.0, PC, "g15"),
      F("road", 17, "90%的道路交通死亡發生在", 90.0, PC, "g15"),
      F("road", 15, "全球道路交通死亡事故的90%", 90.0, PC, "g09", note="'低收入國家' (low-income)")]
G("road_lmic_deaths", ROAD, "Share of road deaths in low- and middle-income countries: 2023 report 92% (two); 2015 report 90% (five); 2009 report 90% "
  "(low-income countries)", "low- and middle-income countries", "share of road-traffic deaths (percent)", "2009-2023 reports",
  "Same report consistent; other reports different_basis.", ms)

ms = [F("road", 9, "仅占全世界总量的约60%", 60.0, PC, "g23", q="approx"),
      F("road", 20, "around 60% of the world's vehicles", 60.0, PC, "g23", q="approx"),
      F("road", 11, "只拥有世界54%的车辆", 54.0, PC, "g15"),
      F("road", 12, "只有世界约54%的车辆", 54.0, PC, "g15", q="approx"),
      F("road", 16, "車輛僅佔全世界54%", 54.0, PC, "g15"),
      F("road", 17, "只擁有世界54%的車輛", 54.0, PC, "g15")]
G("road_lmic_vehicles", ROAD, "Low- and middle-income countries' share of the world's vehicles: 约60% / 'around 60%' (fact sheet, 2023); 54% (2015 report, five)",
  "low- and middle-income countries", "share of the world's vehicles (percent)", "2015-2023", "Same report consistent; 2015 vs 2023 different_basis.", ms)

ms = [F("road", 3, "53 percent of all road traffic fatalities", 53.0, PC, "g23"),
      F("road", 15, "其中46%為", 46.0, PC, "g09"),
      F("road", 18, "Nearly half (49%)", 49.0, PC, "g15")]
G("road_vulnerable", ROAD, "Vulnerable road users' share of deaths: 53% (2023 report), 49% (2015 report), 46% (2009 report)", "vulnerable road users",
  "share of road-traffic deaths (percent)", "2009-2023 reports", "Different reports (different_basis).", ms)

ms = [F("road", 14, "有1/4的死亡人口為機車騎士", 25.0, PC, "g18", vt="1/4", step=5.0),
      F("road", 14, "佔了整體人數的28%", 28.0, PC, "g18"),
      F("road", 11, "占所有道路交通死亡的23%", 23.0, PC, "g15"),
      F("road", 12, "骑摩托车的约占23%", 23.0, PC, "g15", q="approx"),
      F("road", 4, "three-wheeler users who make up 21%", 21.0, PC, "g23")]
G("road_motorcycle", ROAD, "Motorcyclists' share of road deaths: yahoo's '1/4' and '28%' (riders and passengers) for the 2018 report on one page; "
  "23% (2015 report, two); powered two- and three-wheelers 21% (2023 report)", "motorcyclists", "share of road-traffic deaths (percent)",
  "2015-2023 reports", "yahoo's quarter vs 28% on one page: conflict (a quarter is not 28%); other reports different_basis.", ms,
  {(1, 2): C})

ms = [F("road", 11, "分别占全球死亡的22%", 22.0, PC, "ped15", vt="22%"),
      F("road", 12, "所占比例分别为22%", 22.0, PC, "ped15", vt="22%"),
      F("road", 4, "pedestrians who make up 23%", 23.0, PC, "ped23"),
      F("road", 11, "和4%。", 4.0, PC, "cyc15", vt="4%"),
      F("road", 12, "和4%。", 4.0, PC, "cyc15", vt="4%"),
      F("road", 4, "Cyclists account for 6%", 6.0, PC, "cyc23"),
      F("road", 14, "行人及自行車約占交通事故死亡人數的26%", 26.0, PC, "pedcyc18", q="approx")]
G("road_ped_cyc", ROAD, "Pedestrians' and cyclists' shares of road deaths: pedestrians 22% (2015, two) vs 23% (2023); cyclists 4% (2015, two) vs 6% "
  "(2023); pedestrians and cyclists together 約26% (2018)", "pedestrians / cyclists", "share of road-traffic deaths (percent)", "2015-2023 reports",
  "Same report and road user consistent; otherwise different_basis.", ms)

ms = [F("road", 3, "fell slightly to 30 per cent", 30.0, PC, "a"), F("road", 4, "vehicle occupants represent 30%", 30.0, PC, "a")]
G("road_car_share", ROAD, "Car and four-wheeler occupants' share of road deaths (2023 report): 30% (two)", "four-wheel vehicle occupants",
  "share of road-traffic deaths (percent)", "2023 report", "Same figure.", ms)

ms = [F("road", 9, "国内生产总值的3%", 3.0, PC, "a"), F("road", 20, "costing countries 3% of their annual", 3.0, PC, "a"),
      F("road", 16, "平均約3%國內生產毛額損失", 3.0, PC, "a", q="approx")]
G("road_gdp", ROAD, "Cost of road crashes: 3% of GDP (three)", "world", "cost of road crashes (percent of GDP)", "WHO", "Same figure.", ms)

ms = [F("road", 5, "more than 50 million people are injured", 50e6, P, "g18o", q="over"),
      F("road", 19, "between 20 and 50 million people suffer", [20e6, 50e6], P, "g18", vt="20 and 50 million", step=1e6),
      F("road", 6, "Between 20 and 50 million are injured", [20e6, 50e6], P, "g23", vt="20 and 50 million", step=1e6),
      F("road", 20, "between 20 and 50 million people with", [20e6, 50e6], P, "g23", vt="20 and 50 million", step=1e6),
      F("road", 18, "as many as 50 million people are injured", 50e6, P, "g15", q="under")]
G("road_injured", ROAD, "People injured in road crashes a year: un-ilibrary's 'more than 50 million' vs 'between 20 and 50 million' (2018 report's "
  "figure, autospt; and the 2023 figure, lfgss and the fact-sheet copy); 'as many as 50 million' (2015)", "world", "people injured a year",
  "2015-2023 reports", "'More than 50 million' lies outside 'between 20 and 50 million' for the same report (conflict); against the 2023 range "
  "different_basis with conflict as alt; 'as many as 50 million' holds the range.", ms,
  {(1, 2): C, (1, 3): DC, (1, 4): DC, (3, 4): K, (2, 3): D, (2, 4): D})

ms = [F("road", 11, "79个国家的绝对死亡人数", 79, CNT, "a"), F("road", 12, "79个国家和地区", 79, CNT, "a"),
      F("road", 17, "79個國家的絕對死亡人數", 79, CNT, "a"),
      F("road", 11, "而68个国家的死亡人数", 68, CNT, "b"), F("road", 12, "68个国家和地区", 68, CNT, "b"),
      F("road", 17, "而68個國家的死亡人數", 68, CNT, "b")]
G("road_79_68", ROAD, "2015 report: deaths fell in 79 countries (three) and rose in 68 (three)", "countries", "countries with falling / rising road deaths",
  "2012-2015", "Same figures; falling vs rising different_basis.", ms)
ms = [F("road", 11, "6700万辆客车", 6700e4, CNT, "a"), F("road", 16, "6700萬輛客車", 6700e4, CNT, "a"),
      F("road", 11, "近50%产于这些国家", 50.0, PC, "b", q="under"), F("road", 16, "近50%產於這些國家", 50.0, PC, "b", q="under"),
      F("road", 11, "世界80%国家销售", 80.0, PC, "c"), F("road", 16, "世界80%國家銷售", 80.0, PC, "c")]
G("road_cars_2014", ROAD, "2015 report: 6700万 passenger cars made in 2014 (two), 近50% of them in low- and middle-income countries (two), 80% of "
  "countries selling unsafe vehicles (two)", "world", "cars produced in 2014 / shares", "2014-2015", "Same figures; different measures different_basis.", ms)

# road: singles
S("road", 3, "28 percent of global road traffic deaths", vt="28 percent", value=28.0, unit=PC)
S("road", 3, "25 percent in the Western Pacific", vt="25 percent", value=25.0, unit=PC)
S("road", 3, "19 percent in the African Region", vt="19 percent", value=19.0, unit=PC)
S("road", 3, "12 per cent in the Region of the Americas", vt="12 per cent", value=12.0, unit=PC)
S("road", 3, "11 per cent in the Eastern Mediterranean", vt="11 per cent", value=11.0, unit=PC)
S("road", 4, "rose 15% in India", vt="15%", value=15.0, unit=PC)
S("road", 4, "has fallen 16% since 2010", vt="16%", value=16.0, unit=PC)
S("road", 4, "the 13% rise in global population", vt="13%", value=13.0, unit=PC)
S("road", 4, "has fallen 41% since 2010", vt="41%", value=41.0, unit=PC)
S("road", 4, "the 160% increase", vt="160%", value=160.0, unit=PC)
S("road", 4, "while 3% of deaths are among users of micro-mobility", vt="3%", value=3.0, unit=PC)
S("road", 4, "less than 1% of all motor vehicles", vt="1%", value=1.0, unit=PC, q="under")
S("road", 10, "另有35个国家", vt="35", value=35, unit=CNT)
S("road", 10, "每分钟造成2人死亡", vt="2", value=2, unit=P)
S("road", 11, "比例从15%上升至20%", vt="20%", value=20.0, unit=PC)
S("road", 13, "下降的48个国家", vt="48", value=48, unit=CNT)
S("road", 14, "分別為44%以及36%", vt="44%", value=44.0, unit=PC)
S("road", 14, "台灣2300萬的人口", vt="2300萬", value=2300e4, unit=P)
S("road", 14, "總和超過2100萬輛", vt="2100萬", value=2100e4, unit=CNT, q="over")
S("road", 14, "機車數量更高達1370萬輛", vt="1370萬", value=1370e4, unit=CNT)
S("road", 20, "For every 1% increase in mean speed", vt="1%", value=1.0, unit=PC)
S("road", 20, "there is a 4% increase in fatal crash risk", vt="4%", value=4.0, unit=PC)
S("road", 20, "is 4.5 times more likely to die", vt="4.5", value=4.5, unit=T)
# road: not claims
NC("road", 1, "Road Safety 2021-2030", "period_label")
NC("road", 1, "GSRRS 2023 data collection", "report_title")
NC("road", 2, "GENEVA, Dec. 13 (Xinhua)", "dateline")
NC("road", 2, "the 12th leading cause of death", "rank")
NC("road", 4, "and is the 12th leading cause", "rank")
S("road", 6, "one person every 23 seconds", vt="23", value=23, unit="seconds")
NC("road", 7, "发布时间:2024-11-15 17:17:53", "date")
NC("road", 7, "sp20241115", "identifier")
NC("road", 7, "也是全年龄段人群第12大死因", "rank")
NC("road", 8, "发布时间:2024-11-22 11:10:09", "date")
NC("road", 9, "2024-06-29 17:00:18", "date")
NC("road", 9, "(A/RES/74/299)", "identifier")
NC("road", 10, "12月13日发布的《2023年道路安全全球现状报告》", "report_title", nth=1)
NC("road", 11, "2015-10-20 09:25:13", "date")
NC("road", 12, "地址:http://www.0317jhgd.com//dfqcxw/10277.html", "url")
NC("road", 13, "《2018年全球道路安全状况报告》", "report_title")
NC("road", 15, "時間:2009-06-16 13:38", "date")
NC("road", 16, "到2020年減少一半", "target_date")
NC("road", 17, "2015-10-19 23:21", "date")
NC("road", 18, "Decade of Action for Road Safety 2011-2020", "period_label")
NC("road", 20, "the 2030 Agenda for Sustainable Development", "report_title")

# ============================================================ tuberculosis (WHO Global TB Reports)
ms = [
    F("tb", 1, "over 8 million people were diagnosed", 8e6, P, "y23", q="over"),
    F("tb", 2, "8.2 million people were newly diagnosed", 8.2e6, P, "y23"),
    F("tb", 4, "Approximately 8.2 million cases were diagnosed", 8.2e6, P, "y23", q="approx"),
    F("tb", 5, "to 8.2 million. WHO", 8.2e6, P, "y23"),
    F("tb", 7, "a record 8.2 million new diagnoses", 8.2e6, P, "y23"),
    F("tb", 16, "新增病例达到历史新高820万例", 820e4, P, "y23", nth=1, note="summary line"),
    F("tb", 16, "新增病例达到历史新高820万例", 820e4, P, "y23", nth=2),
    F("tb", 17, "去年约有820万人被新诊断", 820e4, P, "y23", q="approx"),
    F("tb", 22, "去年有超过800万人被诊断", 800e4, P, "y23", q="over"),
    F("tb", 2, "from the 7.5 million new TB cases reported in 2022", 7.5e6, P, "y22"),
    F("tb", 5, "rose significantly from 7.5 million", 7.5e6, P, "y22"),
    F("tb", 7, "up from 7.5 million in 2022", 7.5e6, P, "y22"),
    F("tb", 9, "7.5 million people across the world were diagnosed", 7.5e6, P, "y22"),
    F("tb", 10, "全球共有750萬(wàn)人被診斷", 750e4, P, "y22"),
    F("tb", 11, "全球共有750万人被诊断", 750e4, P, "y22"),
    F("tb", 12, "全球共有750萬人被診斷", 750e4, P, "y22"),
    F("tb", 16, "较2022年的750万", 750e4, P, "y22"),
    F("tb", 17, "高于2022年报告的750万人", 750e4, P, "y22"),
    F("tb", 21, "全球共有750万人被诊断", 750e4, P, "y22"),
    F("tb", 3, "Approximately 8.3 million individuals were newly diagnosed", 8.3e6, P, "y24", q="approx"),
    F("tb", 18, "確診人數再度上升、達830萬人", 830e4, P, "y24", note="photo caption on the date line"),
    F("tb", 18, "約有830萬人被新診斷", 830e4, P, "y24", q="approx"),
]
G("tb_diagnosed", TB, "People newly diagnosed with TB (notified): 2023 8.2 million (eight incl. 820万; finanznachrichten's 'over 8 million', "
  "creaders' 超过800万); 2022 7.5 million (ten incl. 750万 / 750萬); 2024 8.3 million = 830萬 (three)", "world", "people newly diagnosed with TB",
  "2022-2024", "Same year consistent (the 'over 8 million' bounds hold 8.2 million); other years different_basis.", ms)

ms = [
    F("tb", 4, "10.8 million people fell ill", 10.8e6, P, "y23"),
    F("tb", 5, "closer to 10.8 million", 10.8e6, P, "y23", q="approx"),
    F("tb", 6, "10.8 million cases in 2023", 10.8e6, P, "y23"),
    F("tb", 7, "with 10.8 million people becoming ill", 10.8e6, P, "y23"),
    F("tb", 8, "an estimated 10.8 million in 2023", 10.8e6, P, "y23"),
    F("tb", 13, "估计新发病例达1 080.00万例", 1080e4, P, "y23", vt="1 080.00万", step=100.0),
    F("tb", 14, "2023年全球新增结核病患者1080万例", 1080e4, P, "y23"),
    F("tb", 16, "全球感染人数却攀升至1080万人", 1080e4, P, "y23"),
    F("tb", 17, "达到1080万人", 1080e4, P, "y23"),
    F("tb", 6, "compared to 10.7 million in 2022", 10.7e6, P, "y22_r24", note="the 2024 report's figure for 2022"),
    F("tb", 9, "an estimated 10.6 million individuals", 10.6e6, P, "y22_r23"),
    F("tb", 10, "2022年全球估計(jì)有1060萬(wàn)人", 1060e4, P, "y22_r23"),
    F("tb", 11, "2022年全球估计有1060万人", 1060e4, P, "y22_r23"),
    F("tb", 12, "2022年全球估計有1060萬人", 1060e4, P, "y22_r23"),
    F("tb", 15, "2022年全球新增结核病患者1060万例", 1060e4, P, "y22_r23"),
    F("tb", 21, "2022年全球1060万人患结核病", 1060e4, P, "y22_r23", note="headline"),
    F("tb", 21, "2022年全球估计有1060万人", 1060e4, P, "y22_r23"),
    F("tb", 9, "slightly up from 10.3 million in 2021", 10.3e6, P, "y21"),
    F("tb", 10, "比2021年的1030萬(wàn)人", 1030e4, P, "y21"),
    F("tb", 11, "比2021年的1030万人", 1030e4, P, "y21"),
    F("tb", 12, "比2021年的1030萬人", 1030e4, P, "y21"),
    F("tb", 21, "比2021年的1030万人", 1030e4, P, "y21"),
    F("tb", 19, "全球去年估計有1070萬人", 1070e4, P, "y24"),
    F("tb", 20, "一共有860萬人", 860e4, P, "y12"),
    F("tb", 20, "這860萬人並不是正確的數字", 860e4, P, "y12"),
]
ix = [i + 1 for i, m in enumerate(ms)]
G("tb_incidence", TB, "People who fell ill with TB (estimated incidence): 2023 10.8 million (nine incl. 1080万 and nikpc's '1 080.00万'); 2022 10.6 "
  "million in the 2023 report (seven incl. 1060万 / 1060萬) vs 10.7 million in the 2024 report (warpnews); 2021 10.3 million (five); 2024 "
  "1070萬; 2012 860萬 (two)", "world", "people who fell ill with TB", "2012-2024",
  "Same year consistent; 2022 as revised in the 2024 report (10.7 million) vs the 2023 report's 10.6 million: different_basis with conflict as "
  "alt (a later vintage); other years different_basis.", ms, X(ms, DC, ["y22_r23"], ["y22_r24"]))

ms = [
    F("tb", 1, "about 1.25 million died", 1.25e6, P, "y23", q="approx"),
    F("tb", 2, "1.25 million TB deaths in 2023", 1.25e6, P, "y23"),
    F("tb", 3, "down slightly from 1.25 million in 2023", 1.25e6, P, "y23"),
    F("tb", 5, "to 1.25 million in 2023", 1.25e6, P, "y23"),
    F("tb", 6, "1.25 million deaths in 2023", 1.25e6, P, "y23"),
    F("tb", 7, "TB deaths fell slightly to 1.25 million", 1.25e6, P, "y23"),
    F("tb", 8, "to 1.25 million in 2023", 1.25e6, P, "y23"),
    F("tb", 13, "死亡人数降至125.00万例", 125e4, P, "y23", vt="125.00万"),
    F("tb", 14, "全球结核病死亡人数约125万例", 125e4, P, "y23", q="approx"),
    F("tb", 16, "下降至2023年的125万人", 125e4, P, "y23"),
    F("tb", 17, "降至2023年的125万人", 125e4, P, "y23"),
    F("tb", 18, "低於前一年的125萬人", 125e4, P, "y23"),
    F("tb", 22, "去年约有125万人死于结核病", 125e4, P, "y23", q="approx"),
    F("tb", 2, "down from the 1.32 million recorded in 2022", 1.32e6, P, "y22", note="the 2024 report's figure for 2022"),
    F("tb", 5, "from 1.32 million in 2022", 1.32e6, P, "y22"),
    F("tb", 6, "down from 1.32 million in 2022", 1.32e6, P, "y22"),
    F("tb", 8, "decreased from 1.32 million in 2022", 1.32e6, P, "y22"),
    F("tb", 16, "自2022年的132万人", 132e4, P, "y22"),
    F("tb", 17, "从2022年的132万人", 132e4, P, "y22"),
    F("tb", 9, "was 1.3 million in 2022", 1.3e6, P, "y22", note="the 2023 report's figure"),
    F("tb", 10, "2022年全球130萬(wàn)人死于", 130e4, P, "y22", note="headline"),
    F("tb", 10, "2022年全球有130萬(wàn)人", 130e4, P, "y22", nth=1),
    F("tb", 10, "2022年全球有130萬(wàn)人", 130e4, P, "y22", nth=2),
    F("tb", 11, "2022年全球有130万人", 130e4, P, "y22", nth=1),
    F("tb", 11, "2022年全球有130万人", 130e4, P, "y22", nth=2),
    F("tb", 12, "2022年全球有130萬人", 130e4, P, "y22"),
    F("tb", 15, "全球结核病死亡人数约130万例", 130e4, P, "y22", q="approx"),
    F("tb", 21, "130万人死于结核相关疾病", 130e4, P, "y22", note="headline"),
    F("tb", 21, "有130万人死于与结核病相关的疾病", 130e4, P, "y22"),
    F("tb", 9, "a slight decrease from 1.4 million in 2021", 1.4e6, P, "y21"),
    F("tb", 10, "比2021年的140萬(wàn)人", 140e4, P, "y21"),
    F("tb", 11, "比2021年的140万人", 140e4, P, "y21"),
    F("tb", 12, "比2021年的140萬人", 140e4, P, "y21"),
    F("tb", 21, "低于2021年的140万", 140e4, P, "y21"),
    F("tb", 3, "decreased to 1.23 million globally", 1.23e6, P, "y24"),
    F("tb", 18, "在2024年降至123萬人", 123e4, P, "y24"),
    F("tb", 19, "估計去年奪走123萬條生命", 123e4, P, "y24"),
    F("tb", 20, "奪走了130萬條的生命", 130e4, P, "y12"),
]
G("tb_deaths", TB, "TB deaths: 2023 1.25 million (thirteen incl. 125万 / 125萬 and nikpc's 125.00万); 2022 1.32 million in the 2024 report (six incl. "
  "132万) vs 1.3 million = 130万 / 130萬 in the 2023 report (ten; 约130万 once); 2021 1.4 million (five); 2024 1.23 million = 123萬 (three); "
  "2012 130萬", "world", "TB deaths", "2012-2024",
  "2022: the 2023 report's 1.3 million / 130万 is the 2024 report's 1.32 million / 132万 rounded (rounding; the hedged 约130万 holds it: "
  "consistent; inside one page the pattern would be 'either'); other years different_basis.", ms)

ms = [F("tb", 7, "the estimated 400,000 MDR/RR-TB cases", 400000, P, "y23"),
      F("tb", 13, "耐药病例仍达40.00万例", 40e4, P, "y23", vt="40.00万"),
      F("tb", 14, "全球有约40万例耐多药", 40e4, P, "y23", q="approx"),
      F("tb", 16, "多重耐药性结核病的40万人中", 40e4, P, "y23"),
      F("tb", 22, "耐多药结核病的40万人当中", 40e4, P, "y23"),
      F("tb", 9, "approximately 4,10,000 people developed", 410000, P, "y22", q="approx"),
      F("tb", 10, "2022年估計(jì)有41萬(wàn)人", 41e4, P, "y22"),
      F("tb", 11, "2022年估计有41万人", 41e4, P, "y22"),
      F("tb", 12, "2022年估計有41萬人", 41e4, P, "y22"),
      F("tb", 15, "全球有约41万例耐多药", 41e4, P, "y22", q="approx")]
G("tb_mdr", TB, "People who developed MDR/RR-TB: 2023 400,000 = 40万 (five); 2022 410,000 (indianawaaz's '4,10,000') = 41万 (five)", "world",
  "people with MDR/RR-TB", "2022-2023", "Same year consistent; 2022 vs 2023 different_basis.", ms)

ms = [F("tb", 7, "narrowed to 2.7 million", 2.7e6, P, "y23"), F("tb", 8, "decreased to approximately 2.7 million", 2.7e6, P, "y23", q="approx"),
      F("tb", 17, "缩小至约270万例", 270e4, P, "y23", q="approx"),
      F("tb", 7, "from 4 million in 2020-21", 4e6, P, "y2021"), F("tb", 8, "levels of approximately 4 million", 4e6, P, "y2021", q="approx"),
      F("tb", 17, "疫情期间约400万例", 400e4, P, "y2021", q="approx")]
G("tb_gap", TB, "Gap between estimated and reported TB cases: 2023 2.7 million = 约270万 (three); 2020-2021 4 million = 约400万 (three)", "world",
  "gap between estimated and notified TB cases", "2020-2023", "Same period consistent; other period different_basis.", ms)

ms = [F("tb", 1, "55 percent were men", 55.0, PC, "men"), F("tb", 2, "55 percent of people who developed TB were men", 55.0, PC, "men"),
      F("tb", 4, "men accounted for 55% of cases", 55.0, PC, "men"), F("tb", 5, "55% of TB cases affected men", 55.0, PC, "men"),
      F("tb", 8, "55% of people who developed tuberculosis", 55.0, PC, "men"), F("tb", 16, "成年男性患者占55%", 55.0, PC, "men"),
      F("tb", 1, "33 percent were women", 33.0, PC, "women"), F("tb", 2, "33 percent were women", 33.0, PC, "women"),
      F("tb", 4, "women 33%", 33.0, PC, "women"), F("tb", 5, "33% affected women", 33.0, PC, "women"),
      F("tb", 8, "33% were women", 33.0, PC, "women"), F("tb", 16, "女性33%", 33.0, PC, "women"),
      F("tb", 1, "12 percent were children", 12.0, PC, "children"), F("tb", 2, "12 percent were children", 12.0, PC, "children"),
      F("tb", 4, "young adolescents 12%", 12.0, PC, "children"), F("tb", 5, "12% affected children", 12.0, PC, "children"),
      F("tb", 8, "12% were children", 12.0, PC, "children"), F("tb", 16, "儿童和青少年则为12%", 12.0, PC, "children")]
G("tb_sex_shares", TB, "Shares of people who developed TB in 2023: men 55%, women 33%, children and young adolescents 12% (six each)", "world",
  "share of people with TB by sex / age (percent)", "2023", "Same group consistent; men vs women vs children different_basis.", ms)

ms = [F("tb", 2, "combining for 56% of the burden", 56.0, PC, "a"), F("tb", 4, "Pakistan representing 56%", 56.0, PC, "a"),
      F("tb", 16, "占全球整体病例的56%", 56.0, PC, "a")]
G("tb_top5", TB, "Share of TB cases in India, Indonesia, China, the Philippines and Pakistan, 2023: 56% (three)", "five countries",
  "share of global TB cases (percent)", "2023", "Same figure.", ms)

ms = [F("tb", 2, "India (26%)", 26.0, PC, "in23"), F("tb", 19, "印度（25%）", 25.0, PC, "in24"), F("tb", 20, "印度所佔人數有26%", 26.0, PC, "in12"),
      F("tb", 2, "China (6.8%)", 6.8, PC, "cn23"), F("tb", 14, "占全球发病数的6.8%", 6.8, PC, "cn23"),
      F("tb", 15, "占全球发病数的7.1%", 7.1, PC, "cn22"), F("tb", 19, "中國（6.5%）", 6.5, PC, "cn24"), F("tb", 20, "其次是中國的12%", 12.0, PC, "cn12"),
      F("tb", 2, "Indonesia (10%)", 10.0, PC, "id23"), F("tb", 19, "印尼（10%）", 10.0, PC, "id24"),
      F("tb", 2, "the Philippines (6.8%)", 6.8, PC, "ph23"), F("tb", 19, "菲律賓（6.8%）", 6.8, PC, "ph24"),
      F("tb", 2, "Pakistan (6.3%)", 6.3, PC, "pk23"), F("tb", 19, "巴基斯坦（6.3%）", 6.3, PC, "pk24")]
G("tb_country_shares", TB, "Countries' shares of global TB cases: India 26% (2023) / 25% (2024) / 26% (2012); China 6.8% (2023, two) / 7.1% (2022) / "
  "6.5% (2024) / 12% (2012); Indonesia, the Philippines and Pakistan 2023 vs 2024", "India / China / Indonesia / Philippines / Pakistan",
  "share of global TB cases (percent)", "2012-2024", "Same country and year consistent; otherwise different_basis.", ms)

ms = [F("tb", 8, "which bear 98 percent of the burden", 98.0, PC, "a"), F("tb", 17, "承担98%的结核病负担", 98.0, PC, "a")]
G("tb_lmic", TB, "Low- and middle-income countries' share of the TB burden: 98% (two)", "low- and middle-income countries", "share of TB burden (percent)",
  "2023", "Same figure.", ms)
ms = [F("tb", 10, "挽救了7500多萬(wàn)人的生命", 7500e4, P, "a", vt="7500", mult=1e4, step=1e6, q="over"),
      F("tb", 11, "挽救了7500多万人的生命", 7500e4, P, "a", vt="7500", mult=1e4, step=1e6, q="over"),
      F("tb", 12, "挽救了7500多萬人的生命", 7500e4, P, "a", vt="7500", mult=1e4, step=1e6, q="over"),
      F("tb", 21, "挽救了7500多万人的生命", 7500e4, P, "a", vt="7500", mult=1e4, step=1e6, q="over")]
G("tb_lives_saved", TB, "Lives saved by TB efforts since 2000 (2023 report): 7500多万 (four)", "world", "lives saved since 2000", "2000-2022", "Same bound.", ms)
ms = [F("tb", 11, "汇总从192个国家", 192, CNT, "r23"), F("tb", 12, "匯總從192個國家", 192, CNT, "r23"),
      F("tb", 3, "drawn from data in 184 countries", 184, CNT, "r25"), F("tb", 18, "最新報告根據184個國家", 184, CNT, "r25")]
G("tb_countries", TB, "Countries and areas whose data the report compiles: 192 (2023 report, two), 184 (2025 report, two)", "WHO TB reports",
  "countries reporting", "2023-2025 reports", "Same report consistent; other report different_basis.", ms)
ms = [F("tb", 2, "30 mostly low- and middle-income countries", 30, CNT, "a"), F("tb", 5, "concentrated in 30 high-burden countries", 30, CNT, "a"),
      F("tb", 14, "在30个结核病高负担国家中", 30, CNT, "a"), F("tb", 15, "在30个结核病高负担国家中", 30, CNT, "a")]
G("tb_30", TB, "High-burden countries: 30 (four)", "world", "high-burden countries", "WHO list", "Same figure.", ms)
ms = [F("tb", 13, "新发病例2023年降至74.10万", 74.1e4, P, "cn23", vt="74.10万"), F("tb", 14, "中国新增病例数为74.1万例", 74.1e4, P, "cn23"),
      F("tb", 15, "中国新增病例数为74.8万例", 74.8e4, P, "cn22"),
      F("tb", 14, "中国结核病死亡数估算为2.7万例", 2.7e4, P, "cnd23"), F("tb", 15, "中国结核病死亡数估算为3万例", 3e4, P, "cnd22")]
G("tb_china", TB, "China's TB: new cases 74.1万 (2023, two) vs 74.8万 (2022); deaths 2.7万 (2023) vs 3万 (2022)", "China", "TB cases / deaths",
  "2022-2023", "Same year consistent; other years and measures different_basis.", ms)
ms = [F("tb", 7, "treatment success reached 68%", 68.0, PC, "succ"), F("tb", 13, "治疗成功率68.00%", 68.0, PC, "succ", vt="68.00%"),
      F("tb", 7, "only 44% of", 44.0, PC, "cov"), F("tb", 13, "耐药TB治疗覆盖率为44.00%", 44.0, PC, "cov", vt="44.00%")]
G("tb_mdr_treatment", TB, "MDR/RR-TB in 2023: treatment success 68% (two); share diagnosed and treated 44% (two)", "MDR/RR-TB", "treatment success / coverage (percent)",
  "2023", "Same measure consistent; success vs coverage different_basis.", ms)
ms = [F("tb", 14, "发病率累计下降8.3%", 8.3, PC, "i23"), F("tb", 15, "发病率累计下降8.7%", 8.7, PC, "i22"),
      F("tb", 14, "死亡人数净减少23%", 23.0, PC, "d23"), F("tb", 15, "死亡人数净减19%", 19.0, PC, "d22")]
G("tb_since_2015", TB, "Falls since 2015: incidence -8.3% (to 2023) vs -8.7% (to 2022); deaths -23% (to 2023) vs -19% (to 2022)", "world",
  "fall since 2015 (percent)", "2015-2023", "Different end years (different_basis).", ms)
ms = [F("tb", 13, "8个高负担国家", 8, CNT, "y23"), F("tb", 19, "集中在8個國家", 8, CNT, "y24"),
      F("tb", 13, "占全球2/3以上", 66.67, PC, "s23", vt="2/3", step=5.0, q="at_least"), F("tb", 19, "全球2/3結核病的病例", 66.67, PC, "s24", vt="2/3", step=5.0)]
G("tb_eight", TB, "Eight countries with two thirds of TB cases: 8 / '2/3以上' (2023, nikpc) and 8 / 2/3 (2024, udn)", "eight countries",
  "count and share of global TB cases", "2023-2024", "Different years (different_basis).", ms)

# tuberculosis: singles
S("tb", 2, "the 320,000 COVID deaths", vt="320,000", value=320000, unit=P)
S("tb", 2, "bear 87% of the global TB burden", vt="87%", value=87.0, unit=PC)
S("tb", 2, "27 lakh TB cases", vt="27 lakh", value=2.7e6, unit=P)
S("tb", 2, "25.1 lakh persons were diagnosed", vt="25.1 lakh", value=2.51e6, unit=P)
S("tb", 2, "coverage to 89 percent in 2023", vt="89 percent", value=89.0, unit=PC)
S("tb", 2, "from 72 percent in 2015", vt="72 percent", value=72.0, unit=PC)
S("tb", 2, "from 237 per lakh population", vt="237", value=237, unit=R100K)
S("tb", 2, "to 195 per lakh population", vt="195", value=195, unit=R100K)
S("tb", 2, "a 17.7 percent decline", vt="17.7 percent", value=17.7, unit=PC)
S("tb", 4, "current TB funding at $5.7 billion", vt="$5.7 billion", value=5.7e9, unit=USD)
S("tb", 4, "only 26% of the required amount", vt="26%", value=26.0, unit=PC)
S("tb", 5, "now at 134 new cases per 100,000 people", vt="134", value=134, unit=R100K)
S("tb", 9, "responsible for over 60% of the global reductions", vt="60%", value=60.0, unit=PC, q="over")
S("tb", 13, "发病率52/10万", vt="52", value=52, unit=R100K)
S("tb", 13, "耐药病例全球占比从14.00%降至7.30%", vt="7.30%", value=7.3, unit=PC)
S("tb", 13, "减至2023年的0.66%", vt="0.66%", value=0.66, unit=PC)
S("tb", 13, "增长到2023年的75.00%", vt="75.00%", value=75.0, unit=PC)
S("tb", 13, "预防性治疗人数增至470.00万", vt="470.00万", value=470e4, unit=P)
S("tb", 13, "快速检测诊断覆盖率达48.00%", vt="48.00%", value=48.0, unit=PC)
S("tb", 13, "治疗人数回升至56.50万", vt="56.50万", value=56.5e4, unit=P)
S("tb", 13, "覆盖率提升至74.00%", vt="74.00%", value=74.0, unit=PC)
S("tb", 14, "中国约有2.9万例", vt="2.9万", value=2.9e4, unit=P, q="approx")
S("tb", 15, "仍有约49%的结核病患者", vt="49%", value=49.0, unit=PC, q="approx")
S("tb", 16, "逐年下降至2023年的每十万人口28人", vt="28", value=28, unit=R100K)
S("tb", 18, "僅佔去年實際罹病人數估計值的78%", vt="78%", value=78.0, unit=PC)
S("tb", 18, "約有4分之1人口", vt="4分之1", value=25.0, unit=PC, q="approx")
S("tb", 19, "比2023年下降3%", vt="3%", value=3.0, unit=PC)
S("tb", 19, "其中男性580萬", vt="580萬", value=580e4, unit=P)
S("tb", 19, "女性370萬", vt="370萬", value=370e4, unit=P)
S("tb", 19, "兒童120萬", vt="120萬", value=120e4, unit=P)
S("tb", 19, "奈及利亞（4.8%）", vt="4.8%", value=4.8, unit=PC)
S("tb", 19, "去年死亡人數高達15萬人", vt="15萬", value=15e4, unit=P)
S("tb", 20, "比2011年略少10萬人左右", vt="10萬", value=10e4, unit=P, q="approx")
S("tb", 20, "可能接近50萬人", vt="50萬", value=50e4, unit=P, q="under")
S("tb", 20, "其中有17萬人死亡", vt="17萬", value=17e4, unit=P)
S("tb", 20, "至少要花費3萬美金", vt="3萬", value=3e4, unit=USD, q="at_least")
S("tb", 20, "已減少了45%", vt="45%", value=45.0, unit=PC)
# tuberculosis: not claims
NC("tb", 1, " date 2024-10-30 ", "date")
NC("tb", 1, "recorded by the agency since 1995", "date")
NC("tb", 2, "Global Tuberculosis (TB) Report 2024:", "report_title")
NC("tb", 3, " date 2025-11-12", "date")
NC("tb", 9, "The WHO Global Tuberculosis Report 2023 provides", "report_title")
NC("tb", 10, "發(fā)布時(shí)間:2023-11-08 08:38:00", "date")
NC("tb", 10, "新華社日內(nèi)瓦11月7日電", "dateline")
NC("tb", 11, "星期二(11月7日)", "date")
NC("tb", 12, "發布時間:2023年11月7日", "date")
NC("tb", 13, "世界卫生组织2020—2024年全球TB报告", "report_title")
NC("tb", 14, "ISSN 2096-2738 CN 11-9370/R", "identifier")
NC("tb", 14, "Issue (6): 92-97", "page_range")
NC("tb", 14, "doi: 10.19871/j.cnki.xfcrbzz.2024.06.016", "identifier")
NC("tb", 14, "新疆 乌鲁木齐 830001", "postcode")
NC("tb", 14, "广东 深圳 518020", "postcode")
NC("tb", 14, "Email:18999918582@189.com", "email")
NC("tb", 14, "(SKL-HIDCA-2024-BF2)", "identifier")
NC("tb", 14, "收稿日期:2024-11-02", "date")
NC("tb", 15, "Email:840045813@qq.com", "email")
NC("tb", 15, "(2020B1111170014)", "identifier")
NC("tb", 15, "2023, Vol. 8", "volume")
NC("tb", 16, "世界卫生组织(WHO)29日指出", "date", nth=1)
NC("tb", 17, "中央社 2024-10-30 08:52", "date")
NC("tb", 17, "COVID-19(2019冠状病毒疾病)", "label")
NC("tb", 19, "日內瓦12日綜合外電報導", "dateline")
NC("tb", 20, "根據2013年肺結核年度報告", "report_title")
NC("tb", 21, "发表于 2023年12月", "date")
NC("tb", 21, "《祝您健康》2023年12期", "issue")
NC("tb", 22, "星期二(10月29日)", "date")

# ============================================================ malaria (WHO World Malaria Reports)
ms = [
    F("mal", 1, "an estimated 263 million cases", 263e6, P, "y23"),
    F("mal", 2, "was estimated at 263 million", 263e6, P, "y23"),
    F("mal", 3, "climbed to an estimated 263 million", 263e6, P, "y23"),
    F("mal", 4, "an estimated 263 million infections", 263e6, P, "y23"),
    F("mal", 5, "reached approximately 263 million", 263e6, P, "y23", q="approx"),
    F("mal", 16, "疟疾病例约为2.63亿例", 2.63e8, P, "y23", q="approx"),
    F("mal", 17, "瘧疾病例約為2.63億例", 2.63e8, P, "y23", q="approx"),
    F("mal", 24, "瘧疾病例約爲2.63億例", 2.63e8, P, "y23", q="approx"),
    F("mal", 25, "Malaria cases surge to 263 million", 263e6, P, "y23", note="headline"),
    F("mal", 25, "reaching an estimated 263 million", 263e6, P, "y23"),
    F("mal", 25, "Malaria Cases: 263 million in 2023", 263e6, P, "y23"),
    F("mal", 11, "rose from 273 million", 273e6, P, "y23_r25", note="the 2025 report's figure for 2023"),
    F("mal", 7, "surged to 249 million in 2022", 249e6, P, "y22_r23"),
    F("mal", 8, "reaching 249 million", 249e6, P, "y22_r23"),
    F("mal", 8, "to 249 million. This", 249e6, P, "y22_r23", vt="249 million"),
    F("mal", 9, "there were estimated 249 million", 249e6, P, "y22_r23"),
    F("mal", 10, "an estimated 249 million malaria cases", 249e6, P, "y22_r23"),
    F("mal", 25, "up from 252 million in 2022", 252e6, P, "y22_r24", note="the 2024 report's figure for 2022"),
    F("mal", 8, "from 233 million", 233e6, P, "y19_r23"),
    F("mal", 8, "cases were at 233 million", 233e6, P, "y19_r23", nth=1),
    F("mal", 8, "cases were at 233 million", 233e6, P, "y19_r23", nth=2),
    F("mal", 9, "level of 233 million in 2019", 233e6, P, "y19_r23"),
    F("mal", 6, "232 million in 2019", 232e6, P, "y19_r22"),
    F("mal", 6, "reached 247 million in 2021", 247e6, P, "y21"),
    F("mal", 22, "全球疟疾病例数达2.47亿", 2.47e8, P, "y21"),
    F("mal", 6, "245 million in 2020", 245e6, P, "y20"),
    F("mal", 11, "an estimated 282 million cases", 282e6, P, "y24"),
    F("mal", 11, "to an estimated 282 million", 282e6, P, "y24"),
    F("mal", 12, "an estimated 282 million cases", 282e6, P, "y24"),
    F("mal", 13, "estimates 282 million malaria cases", 282e6, P, "y24"),
    F("mal", 14, "an estimated 282 million cases", 282e6, P, "y24"),
    F("mal", 15, "an estimated 282 million cases", 282e6, P, "y24"),
    F("mal", 18, "約2億8200萬瘧疾確診病例", 2.82e8, P, "y24", vt="2億8200萬", step=1e4, q="approx"),
    F("mal", 23, "全球疟疾感染病例数达到2.82亿例", 2.82e8, P, "y24"),
    F("mal", 19, "全球估計(jì)有2.16億例", 2.16e8, P, "y16"),
    F("mal", 20, "2010年估計21,600萬人感染", 21600e4, P, "y10"),
    F("mal", 21, "2013年约有1.98亿疟疾病例", 1.98e8, P, "y13", q="approx"),
]
G("mal_cases", MAL, "Malaria cases worldwide: 2023 263 million in the 2024 report (eleven incl. 约2.63亿) vs 273 million in the 2025 report; 2022 249 "
  "million in the 2023 report (six) vs 252 million in the 2024 report (read.pk); 2019 233 million (2023 report, four) vs 232 million (2022 report); "
  "2021 247 million = 2.47亿; 2020 245 million; 2024 282 million (eight incl. 2億8200萬 / 2.82亿); 2016 2.16億; 2010 21,600萬; 2013 1.98亿",
  "world", "malaria cases", "2010-2024",
  "Same year and report consistent; the same year in a later report (273 vs 263 million, 252 vs 249 million, 232 vs 233 million): "
  "different_basis with conflict as alt; other years different_basis.", ms,
  X(ms, DC, ["y23"], ["y23_r25"]), X(ms, DC, ["y22_r23"], ["y22_r24"]), X(ms, DC, ["y19_r23"], ["y19_r22"]))

ms = [
    F("mal", 1, "597 000 malaria deaths", 597000, P, "y23", vt="597 000"),
    F("mal", 2, "was estimated at 597 000", 597000, P, "y23", vt="597 000"),
    F("mal", 3, "deaths tallied at 597,000", 597000, P, "y23"),
    F("mal", 4, "remained high at 597,000", 597000, P, "y23"),
    F("mal", 5, "decreased to around 597,000", 597000, P, "y23", q="approx"),
    F("mal", 16, "死亡的人数达到59.7万", 59.7e4, P, "y23"),
    F("mal", 17, "達到59.7萬", 59.7e4, P, "y23"),
    F("mal", 24, "人數達到59.7萬", 59.7e4, P, "y23"),
    F("mal", 25, "there were 597,000 deaths", 597000, P, "y23"),
    F("mal", 25, "Deaths: 597,000", 597000, P, "y23"),
    F("mal", 23, "从2023年的59.8万人", 59.8e4, P, "y23_r25", note="the 2025 report's figure for 2023"),
    F("mal", 8, "608,000 malaria deaths in 2022", 608000, P, "y22_r23"),
    F("mal", 10, "leading to 608,000 deaths", 608000, P, "y22_r23"),
    F("mal", 16, "2022年的死亡人数60万人", 60e4, P, "y22_r24", note="the 2024 report's figure for 2022"),
    F("mal", 17, "2022年的死亡人數(shù)60萬人", 60e4, P, "y22_r24"),
    F("mal", 24, "2022年的死亡人數60萬人", 60e4, P, "y22_r24"),
    F("mal", 8, "compared to 576,000 in 2019", 576000, P, "y19_r23"),
    F("mal", 6, "stood at 568 000", 568000, P, "y19_r22", vt="568 000"),
    F("mal", 6, "compared to 625 000 in the first year", 625000, P, "y20_r22", vt="625 000"),
    F("mal", 22, "死亡数达到625000例", 625000, P, "y20_r22"),
    F("mal", 2, "decreased from 622 000", 622000, P, "y20_r24", vt="622 000"),
    F("mal", 6, "an estimated 619 000 malaria deaths", 619000, P, "y21", vt="619 000"),
    F("mal", 22, "略下降至619000例", 619000, P, "y21"),
    F("mal", 11, "and 610,000 deaths in 2024", 610000, P, "y24", vt="610,000"),
    F("mal", 12, "with 610,000 deaths", 610000, P, "y24"),
    F("mal", 13, "about 610,000 deaths", 610000, P, "y24", q="approx"),
    F("mal", 14, "an estimated 610000 deaths", 610000, P, "y24"),
    F("mal", 15, "and 610 000 deaths in 2024", 610000, P, "y24", vt="610 000"),
    F("mal", 18, "和61萬人死亡", 61e4, P, "y24"),
    F("mal", 23, "全球约61万人死于疟疾", 61e4, P, "y24", q="approx", note="headline"),
    F("mal", 23, "致死的人数约为61万人", 61e4, P, "y24", q="approx"),
    F("mal", 23, "升至2024年的61万人左右", 61e4, P, "y24", q="approx"),
    F("mal", 19, "瘧疾死亡病例44.5萬(wàn)", 44.5e4, P, "y16"),
    F("mal", 20, "約造成65.5萬人死亡", 65.5e4, P, "y10", q="approx"),
    F("mal", 21, "58.4万死亡病例", 58.4e4, P, "y13"),
]
G("mal_deaths", MAL, "Malaria deaths: 2023 597,000 in the 2024 report (ten incl. 59.7万) vs 59.8万 in the 2025 report; 2022 608,000 (2023 report, two) "
  "vs 60万 (2024 report, three); 2019 576,000 (2023 report) vs 568 000 (2022 report); 2020 625 000 (2022 report, two) vs 622 000 (2024 report); "
  "2021 619 000 (two); 2024 610,000 (nine incl. 61萬 / 约61万); 2016 44.5萬; 2010 約65.5萬; 2013 58.4万", "world", "malaria deaths", "2010-2024",
  "Same year and report consistent; the same year in another report: different_basis with conflict as alt (60万 against 608,000 is the 2024 "
  "report's 600 000, not 608,000 rounded); other years different_basis.", ms,
  X(ms, DC, ["y23"], ["y23_r25"]), X(ms, DC, ["y22_r23"], ["y22_r24"]), X(ms, DC, ["y19_r23"], ["y19_r22"]), X(ms, DC, ["y20_r22"], ["y20_r24"]))

ms = [F("mal", 1, "about 11 million more cases", 11e6, P, "y23", q="approx"),
      F("mal", 2, "an increase of 11 million cases", 11e6, P, "y23"),
      F("mal", 3, "a substantial increase of 11 million", 11e6, P, "y23"),
      F("mal", 4, "up by 11 million", 11e6, P, "y23"),
      F("mal", 5, "an increase of about 11 million", 11e6, P, "y23", q="approx"),
      F("mal", 16, "比2022年增加约1100万例", 1100e4, P, "y23", q="approx"),
      F("mal", 17, "比2022年增加約1100萬例", 1100e4, P, "y23", q="approx"),
      F("mal", 24, "比2022年增加約1100萬例", 1100e4, P, "y23", q="approx"),
      F("mal", 25, "rose by 11 million in 2023", 11e6, P, "y23"),
      F("mal", 14, "an increase of almost 9 million", 9e6, P, "y24", q="under"),
      F("mal", 15, "roughly 9 million more cases", 9e6, P, "y24", q="approx"),
      F("mal", 7, "levels by 16 million", 16e6, P, "since19"),
      F("mal", 8, "Cases rose by 16 million", 16e6, P, "since19"),
      F("mal", 9, "by 16 million cases", 16e6, P, "since19")]
G("mal_case_increase", MAL, "Rise in malaria cases: 2023 over 2022 11 million (nine incl. 约1100万); 2024 over 2023 'almost' / 'roughly 9 million'; "
  "2022 over 2019 16 million (three)", "world", "increase in malaria cases", "2019-2024", "Same period consistent; other periods different_basis.", ms)

ms = [F("mal", 2, "an estimated 94% of malaria cases", 94.0, PC, "c23"),
      F("mal", 5, "Africa accounted for 94% of global malaria cases", 94.0, PC, "c23"),
      F("mal", 16, "约占全球疟疾病例的94%", 94.0, PC, "c23", q="approx"),
      F("mal", 17, "約占全球瘧疾病例的94%", 94.0, PC, "c23", q="approx"),
      F("mal", 24, "約佔全球瘧疾病例的94%", 94.0, PC, "c23", q="approx"),
      F("mal", 7, "accounting for 94% of cases", 94.0, PC, "c22"),
      F("mal", 8, "with 94% of malaria cases globally", 94.0, PC, "c22"),
      F("mal", 10, "Sub-Saharan Africa bore 94% of global malaria cases", 94.0, PC, "c22"),
      F("mal", 11, "approximately 95 percent of cases", 95.0, PC, "c24", q="approx"),
      F("mal", 12, "Approximately 94 percent of cases", 94.0, PC, "c24", q="approx"),
      F("mal", 18, "確診案例占全球94%", 94.0, PC, "c24"),
      F("mal", 1, "Approximately 95% of the deaths", 95.0, PC, "d23", q="approx"),
      F("mal", 2, "with 95% of estimated malaria deaths", 95.0, PC, "d23"),
      F("mal", 5, "95% of malaria deaths in 2023", 95.0, PC, "d23"),
      F("mal", 16, "约占全球疟疾致死人数的95%", 95.0, PC, "d23", q="approx"),
      F("mal", 17, "約占全球瘧疾致死人數(shù)的95%", 95.0, PC, "d23", q="approx"),
      F("mal", 24, "約佔全球瘧疾致死人數的95%", 95.0, PC, "d23", q="approx"),
      F("mal", 7, "95% of global malaria deaths in 2022", 95.0, PC, "d22"),
      F("mal", 8, "and 95% of deaths", 95.0, PC, "d22"),
      F("mal", 10, "and 95% of deaths in 2022", 95.0, PC, "d22"),
      F("mal", 11, "95 percent of deaths in 2024", 95.0, PC, "d24"),
      F("mal", 12, "95 percent of deaths occurred", 95.0, PC, "d24"),
      F("mal", 13, "Roughly 95% of deaths", 95.0, PC, "d24", q="approx"),
      F("mal", 18, "死亡人數占比達95%", 95.0, PC, "d24")]
G("mal_africa_share", MAL, "Africa's (the WHO African Region's) shares of malaria cases and deaths: cases 94% (2023, five; 2022, three); 2024 "
  "'approximately 94 percent' (bio-h) and 94% (udn) vs gulf-times' 'approximately 95 percent'; deaths 95% (2022, 2023, 2024; thirteen)",
  "WHO African Region", "share of malaria cases / deaths (percent)", "2022-2024",
  "2024 cases: 'approximately 95 percent' against 'approximately 94 percent' / 94% (conflict: two figures of the same precision); otherwise the "
  "same year and measure consistent, other years and measures different_basis; the two hedged 2024 figures ('approximately 95' vs "
  "'approximately 94 percent') conflict with consistent as alt.", ms, {(9, 10): (C, K)})

ms = [F("mal", 16, "(2.46亿例)", 2.46e8, P, "c23"), F("mal", 17, "(2.46億例)", 2.46e8, P, "c23"), F("mal", 24, "(2.46億例)", 2.46e8, P, "c23"),
      F("mal", 23, "非洲全年疟疾感染病例达2.65亿例", 2.65e8, P, "c24"),
      F("mal", 16, "(56.9万例)", 56.9e4, P, "d23"), F("mal", 17, "(56.9萬例)", 56.9e4, P, "d23"), F("mal", 24, "(56.9萬例)", 56.9e4, P, "d23"),
      F("mal", 23, "死亡病例为57.9万例", 57.9e4, P, "d24")]
G("mal_africa_num", MAL, "Africa's malaria cases and deaths: 2023 2.46亿 cases and 56.9万 deaths (three each); 2024 2.65亿 and 57.9万", "WHO African Region",
  "malaria cases / deaths", "2023-2024", "Same year and measure consistent; otherwise different_basis.", ms)

ms = [F("mal", 2, "an incidence of 60.4 cases per 1000", 60.4, R1K, "i23"),
      F("mal", 4, "to 60.4 in 2023", 60.4, R1K, "i23"),
      F("mal", 25, "2023: 60.4 cases per 1,000", 60.4, R1K, "i23"),
      F("mal", 2, "from 58.6 cases per 1000", 58.6, R1K, "i22"),
      F("mal", 4, "from 58 in 2015", 58, R1K, "i15_r24"),
      F("mal", 25, "2015: 58 cases per 1,000", 58, R1K, "i15_r24"),
      F("mal", 11, "between 2015 and 2024 from 59", 59, R1K, "i15_r25", vt="59", note="written 'per 100,000'"),
      F("mal", 11, "to 64 cases per 100,000", 64, R1K, "i24", vt="64", note="written 'per 100,000'"),
      F("mal", 2, "a mortality rate of 13.7 per 100 000", 13.7, R100K, "m23"),
      F("mal", 4, "Deaths per 100,000 people at risk stood at 13.7", 13.7, R100K, "m23"),
      F("mal", 25, "Mortality: 13.7 deaths per 100,000", 13.7, R100K, "m23"),
      F("mal", 2, "14.9 deaths per 100 000", 14.9, R100K, "m20"),
      F("mal", 11, "decreased slightly from 14.9", 14.9, R100K, "m15", vt="14.9"),
      F("mal", 11, "to 13.8 per 100,000", 13.8, R100K, "m24")]
G("mal_rates", MAL, "Malaria incidence (cases per 1,000 at risk): 2023 60.4 (three), 2022 58.6, 2015 58 (2024 report, two) vs 59 (2025 report, written "
  "'per 100,000'), 2024 64; mortality (per 100,000 at risk): 2023 13.7 (three), 2020 14.9, 2015 14.9, 2024 13.8", "world",
  "malaria incidence / mortality rate", "2015-2024", "Same year consistent; 2015 incidence 58 vs 59 from two reports different_basis with conflict "
  "as alt; other years different_basis.", ms, X(ms, DC, ["i15_r24"], ["i15_r25"]))

ms = [F("mal", 3, "which stands at $4 billion", 4e9, USD, "f23"), F("mal", 4, "only $4 billion was available", 4e9, USD, "f23"),
      F("mal", 5, "estimated at $4 billion in 2023", 4e9, USD, "f23"),
      F("mal", 5, "from $4.1 billion in 2022", 4.1e9, USD, "f22"),
      F("mal", 10, "was $3.5 billion in 2022", 3.5e9, USD, "f22"),
      F("mal", 12, "only $3.9 billion has been allocated", 3.9e9, USD, "f24"),
      F("mal", 13, "reached $3.9 billion in 2024", 3.9e9, USD, "f24"),
      F("mal", 3, "half of the $8.3 billion required", 8.3e9, USD, "n23"), F("mal", 4, "short of the $8.3 billion required", 8.3e9, USD, "n23"),
      F("mal", 5, "a target of $8.3 billion", 8.3e9, USD, "n23"),
      F("mal", 12, "a planned budget of $9.3 billion", 9.3e9, USD, "n24"),
      F("mal", 13, "a need exceeding $9 billion", 9e9, USD, "n24", q="over")]
G("mal_funding", MAL, "Malaria funding: 2023 $4 billion (three); 2022 $4.1 billion (reportify) vs gitnux's $3.5 billion; 2024 $3.9 billion (two); "
  "needed: 2023 $8.3 billion (three), 2024 $9.3 billion vs 'exceeding $9 billion'", "world", "malaria funding (USD)", "2022-2024",
  "2022: $3.5 billion vs $4.1 billion (conflict); 'exceeding $9 billion' holds $9.3 billion; other years and measures different_basis.", ms)

ms = [F("mal", 1, "an estimated 2.2 billion cases", 2.2e9, P, "c2023"), F("mal", 15, "2.3 billion malaria cases", 2.3e9, P, "c2024"),
      F("mal", 12, "approximately 170 million cases", 170e6, P, "c2024", q="approx", note="'since 2000' on this page"),
      F("mal", 13, "prevented 170 million cases", 170e6, P, "c24only", note="'in 2024'"),
      F("mal", 1, "and 12.7 million deaths have been averted", 12.7e6, P, "d2023"), F("mal", 15, "14 million deaths have been averted", 14e6, P, "d2024"),
      F("mal", 10, "averted an estimated 1.7 billion cases", 1.7e9, P, "itn")]
G("mal_averted", MAL, "Malaria cases and deaths averted since 2000: 2.2 billion / 12.7 million (to 2023) and 2.3 billion / 14 million (to 2024); bio-h's "
  "'since 2000 ... approximately 170 million cases' vs particle's 170 million in 2024 alone; gitnux's 1.7 billion by nets 2000-2022", "world",
  "malaria cases / deaths averted", "2000-2024", "bio-h's 170 million 'since 2000' against 2.3 billion since 2000: conflict (it is the 2024 figure); "
  "other periods and scopes different_basis.", ms, {(2, 3): C})

ms = [F("mal", 5, "with 46 countries certified", 46, CNT, "apr25"), F("mal", 15, "with 47 countries and one territory", 47, CNT, "dec25")]
G("mal_free", MAL, "Countries certified malaria-free: 46 (reportify, April 2025) vs 47 and one territory (December 2025; bio-h spells 'Forty-seven')",
  "world", "countries certified malaria-free", "2025", "Different dates (different_basis).", ms)
ms = [F("mal", 7, "Nigeria (27%)", 27.0, PC, "ng22"), F("mal", 10, "Nigeria had 27% of global malaria cases", 27.0, PC, "ng22"),
      F("mal", 2, "Nigeria (26%)", 26.0, PC, "ng23"),
      F("mal", 7, "the Democratic Republic of the Congo (12%)", 12.0, PC, "cd22"), F("mal", 10, "54 million cases, 12% of global", 12.0, PC, "cd22"),
      F("mal", 2, "the Democratic Republic of the Congo (13%)", 13.0, PC, "cd23"),
      F("mal", 7, "Uganda (5%)", 5.0, PC, "ug22"), F("mal", 2, "Uganda (5%)", 5.0, PC, "ug23"),
      F("mal", 7, "and Mozambique (4%)", 4.0, PC, "mz22"), F("mal", 2, "and Mozambique (4%)", 4.0, PC, "mz23")]
G("mal_country_shares", MAL, "Countries' shares of malaria cases: Nigeria 27% (2022, two) vs 26% (2023); DRC 12% (2022, two) vs 13% (2023); Uganda "
  "5% and Mozambique 4% in both years", "Nigeria / DRC / Uganda / Mozambique", "share of global malaria cases (percent)", "2022-2023",
  "Same country and year consistent; other years different_basis.", ms)
ms = [F("mal", 10, "accounting for 76% of all malaria deaths in the African region", 76.0, PC, "a"),
      F("mal", 10, "represented about 80% of all malaria deaths in Africa", 80.0, PC, "a", q="approx"),
      F("mal", 18, "5歲以下兒童占死亡人數高達75%", 75.0, PC, "y24"),
      F("mal", 23, "约占所有疟疾死亡病例的75%", 75.0, PC, "y24", q="approx")]
G("mal_under5", MAL, "Children under five's share of malaria deaths in Africa: gitnux 76% and 'about 80%' (2022) on one page; 75% / 约75% (2024)",
  "children under five", "share of malaria deaths in Africa (percent)", "2022-2024",
  "gitnux's 76% vs 'about 80%' for the same year: conflict with consistent as alt ('about'); 2024 consistent; across years different_basis.", ms,
  {(1, 2): (C, K)})
ms = [F("mal", 8, "now 7% higher than before the pandemic", 7.0, PC, "a"), F("mal", 8, "now 7% higher than prior to the pandemic", 7.0, PC, "a")]
G("mal_7pct", MAL, "2022 cases against 2019: 7% higher (twice on one page)", "world", "increase in malaria cases 2019-2022 (percent)", "2019-2022",
  "Same figure.", ms)
ms = [F("mal", 9, "with 167 million cases", 167e6, P, "c"),
      F("mal", 9, "saw an estimated 167 million malaria cases", 167e6, P, "c"),
      F("mal", 9, "and 426,000 deaths recorded", 426000, P, "d"),
      F("mal", 9, "and 426,000 deaths in 2022", 426000, P, "d")]
G("mal_hbc", MAL, "The 11 highest-burden countries in 2022: 167 million cases, 426,000 deaths (twice each on one page)", "11 high-burden countries",
  "malaria cases / deaths", "2022", "Same figures; cases vs deaths different_basis.", ms)
ms = [F("mal", 14, "from 80 malaria-endemic countries", 80, CNT, "r25"), F("mal", 15, "across 80 countries", 80, CNT, "r25"),
      F("mal", 2, "the disease in 83 countries", 83, CNT, "r24")]
G("mal_endemic", MAL, "Malaria-endemic countries covered: 80 (2025 report, two) vs 83 (2024 report)", "WHO World Malaria Reports", "countries covered",
  "2024-2025 reports", "Different reports (different_basis).", ms)
ms = [F("mal", 12, "introduced in 24 countries", 24, CNT, "a"), F("mal", 13, "vaccines introduced in 24 countries", 24, CNT, "a")]
G("mal_vaccine", MAL, "Countries that introduced malaria vaccines by 2025: 24 (two)", "world", "countries using malaria vaccines", "2025", "Same figure.", ms)
ms = [F("mal", 15, "with 11 countries accounting for about two thirds", 11, CNT, "a"), F("mal", 9, "in the 11 most affected countries", 11, CNT, "a")]
G("mal_11", MAL, "High-burden countries: 11 (two)", "world", "high-burden countries", "WHO", "Same figure.", ms)

# malaria: singles
S("mal", 2, "a 57% increase in incidence", vt="57%", value=57.0, unit=PC)
S("mal", 2, "rising to 17.9 cases per 1000", vt="17.9", value=17.9, unit=R1K)
S("mal", 5, "25 countries reporting fewer than 10 cases", vt="25", value=25, unit=CNT)
S("mal", 5, "a reduction of 11,000", vt="11,000", value=-11000, unit=P)
S("mal", 5, "only 48% of the required funds", vt="48%", value=48.0, unit=PC)
S("mal", 5, "increases of 3.1% and 3.9%", vt="3.1%", value=3.1, unit=PC)
S("mal", 5, "over 2,000 health officials", vt="2,000", value=2000, unit=P, q="over")
S("mal", 5, "in 85 countries", vt="85", value=85, unit=CNT)
S("mal", 5, "over 100 million patients", vt="100 million", value=100e6, unit=P, q="over")
S("mal", 7, "India accounted for a staggering 66%", vt="66%", value=66.0, unit=PC)
S("mal", 7, "almost 46% of cases in the region", vt="46%", value=46.0, unit=PC, q="under")
S("mal", 7, "about 94% of all malaria deaths in the WHO South-East Asia", vt="94%", value=94.0, unit=PC, q="approx")
S("mal", 10, "99.7% of malaria cases", vt="99.7%", value=99.7, unit=PC)
S("mal", 10, "estimated at 67 million cases", vt="67 million", value=67e6, unit=P)
S("mal", 10, "India accounted for 2% of global cases", vt="2%", value=2.0, unit=PC)
S("mal", 10, "but 47% of cases outside Africa", vt="47%", value=47.0, unit=PC)
S("mal", 10, "protected 3.2% of at-risk population", vt="3.2%", value=3.2, unit=PC)
S("mal", 10, "reached 49 million children", vt="49 million", value=49e6, unit=P)
S("mal", 10, "$12 billion USD annually", vt="$12 billion", value=12e9, unit=USD)
S("mal", 10, "219 million school days", vt="219 million", value=219e6, unit=CNT)
S("mal", 10, "could save 500,000 lives", vt="500,000", value=500000, unit=P)
S("mal", 10, "detected in 78 countries", vt="78", value=78, unit=CNT)
S("mal", 12, "chemoprophylaxis in 20", vt="20", value=20, unit=CNT)
S("mal", 13, "pyrethroid resistance reported in 48 countries", vt="48", value=48, unit=CNT)
S("mal", 14, "which is 3% more than in 2023", vt="3%", value=3.0, unit=PC)
S("mal", 14, "responsible for 58% of this global increase", vt="58%", value=58.0, unit=PC)
S("mal", 14, "Ethiopia with about +2.9 million", vt="+2.9 million", value=2.9e6, unit=P, q="approx")
S("mal", 14, "Yemen with about +378,000", vt="+378,000", value=378000, unit=P, q="approx")
S("mal", 14, "which is 12000 more than in 2023", vt="12000", value=12000, unit=P)
S("mal", 14, "malaria deaths rose by 5.5%", vt="5.5%", value=5.5, unit=PC)
S("mal", 14, "falling from 239 million", vt="239 million", value=239e6, unit=P)
S("mal", 14, "cases have surged by 22.6%", vt="22.6%", value=22.6, unit=PC)
S("mal", 14, "identified in 42 countries", vt="42", value=42, unit=CNT)
S("mal", 19, "比2015年增加了500萬(wàn)", vt="500萬", value=500e4, unit=P)
S("mal", 19, "全球瘧疾發(fā)病率下降18%", vt="18%", value=18.0, unit=PC)
S("mal", 20, "全球尚有99國有瘧疾傳播", vt="99", value=99, unit=CNT)
S("mal", 20, "約56萬死者為5歲以下兒童", vt="56萬", value=56e4, unit=P, q="approx")
S("mal", 20, "非洲地區降幅達33%", vt="33%", value=33.0, unit=PC)
S("mal", 21, "全球约32亿人", vt="32亿", value=32e8, unit=P, q="approx")
S("mal", 21, "世卫组织非洲区域降低了54%", vt="54%", value=54.0, unit=PC)
S("mal", 21, "从2000年的1.73亿", vt="1.73亿", value=1.73e8, unit=P)
S("mal", 22, "较2019年增加了10%", vt="10%", value=10.0, unit=PC)
S("mal", 22, "各年度占比均在94.73%以上", vt="94.73%", value=94.73, unit=PC, q="at_least")
# malaria: not claims
NC("mal", 3, " date 2024-12-11", "date")
NC("mal", 5, "2016-2030 Global Malaria Technical Strategy", "period_label")
NC("mal", 5, "Ren Min Ri Bao·2025-04-27 22:11", "date")
NC("mal", 5, "[2][3] - The WHO's", "footnote_marker")
NC("mal", 6, "World Malaria Report 2022", "report_title", nth=1)
NC("mal", 7, "RTS,S/AS01", "product_name")
NC("mal", 7, "R21/Matrix-M", "product_name")
NC("mal", 10, "a 48-hour erythrocytic cycle", "duration")
NC("mal", 10, "between 9 PM and 4 AM", "time")
NC("mal", 11, "World Malaria Report 2025 on December 4, 2025", "date")
NC("mal", 14, "Strategy for Malaria 2016-2030", "period_label")
NC("mal", 15, "On Dec. 4, 2025", "date")
NC("mal", 16, "中新社北京12月11日电", "dateline")
NC("mal", 16, "加拿大28全包组合打法", "spam")
NC("mal", 17, "Copyright ? 2001-2025", "copyright")
NC("mal", 18, " date 2025-12-04", "date")
NC("mal", 18, "日內瓦4日綜合外電報導", "dateline")
NC("mal", 19, "《2017年世界瘧疾報(bào)告》", "report_title")
NC("mal", 20, "資料來源:WHO ,2012/4/24", "date")
NC("mal", 20, "最後更新日期 2019/6/10", "date")
NC("mal", 21, "《全球疟疾报告2014》", "report_title")
NC("mal", 22, "表1-1 2010—2020年", "table_label")
NC("mal", 23, "中新社北京12月4日电", "dateline")
NC("mal", 23, "“2025年世界疟疾报告”", "report_title")
NC("mal", 24, "综合?极速赛车在线注册平台?历史数据与走势", "spam")

if ERRS:
    for e in ERRS:
        print("quote error:", e)
    sys.exit(1)
if __name__ == "__main__":
    emit(HERE / "gold.d" / "fresh26.toml", "corpus-fresh26")
