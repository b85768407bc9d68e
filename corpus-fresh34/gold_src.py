"""Hand annotation of corpus-fresh34, written as data; emits gold.d/fresh34.toml (then run
corpus/check_gold.py --dir corpus-fresh34 --build).

Three domains: rabies (the GARC / WHO estimate of about 59,000 deaths a year (Hampson et al. 2015) and its retellings:
'every 9 minutes', 160 a day, 95% in Asia and Africa, 99% from dogs, 40% children, 150 countries, US$8.6 billion; WHO's
older 55,000; China's reported counts; `rab-*`), snakebite envenoming (WHO's 5.4 million bites, 1.8-2.7 million
envenomings, 81,000-138,000 (81 410-137 880) deaths and 400,000 disabilities, the 2019 strategy's 7,400 bites and 220-380
deaths a day; the GBD 2019 study in Nature Communications (63,400 deaths, 51,100 in India, 0.8 / 4.0 per 100,000); the
Million Death Study's 45,900 Indian deaths in 2005; `snk-*`) and coral bleaching (the fourth global bleaching event: ICRI's
84% / 82 countries of April 2025 and NOAA's 83.7% / 68.2% / 'over 83 countries', NOAA's April 2024 figures (54%, 20 / 35 /
56%), the 53-54 countries of April 2024; the GCRMN's Status of Coral Reefs of the World: 2020 (14% lost 2009-2018, 11,700
km2, 8% in 1998, 73 countries, 12,000 sites, 5% / 95%, 0.2% / 25%, US$2.7 trillion and 36 billion); the Great Barrier
Reef's 2016 die-off (29%, 22%, 67% in the north, 6% / 1%, 430 / 435 miles); `crl-*`).

Every mention carries a basis tag (estimate / report vintage / measure, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Ranges carry their own basis tags so that `auto` never sees a list; their verdicts are given with
`X`. Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿 = 1e12, 兆 = 1e12, 成 = 10 percent. Units: persons, percent, count,
USD, CNY, TWD, minutes, miles, km**2, degrees_celsius, per_100k_people, rank, times.
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

RAB, SNK, CRL = "rabies", "snakebite", "coral-bleaching"
MIN, RT, MI, KM2, DEG, TWD, CNY = "minutes", "per_100k_people", "miles", "km**2", "degrees_celsius", "TWD", "CNY"
CD = (C, D)


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ rabies
ms = [
    F("rab", 1, "kills 59,000 people every year: report", 59000, P, "g"),
    F("rab", 1, "kills about 59,000 people globally", 59000, P, "g", q="approx"),
    F("rab", 3, "An estimated 59,000 people die", 59000, P, "g"),
    F("rab", 4, "killing 59,000 people and countless", 59000, P, "g"),
    F("rab", 6, "More than 59,000 people die of rabies", 59000, P, "g", q="over"),
    F("rab", 7, "rabies still kills about 60 000 people", 60000, P, "g", q="approx", vt="60 000"),
    F("rab", 9, "Rabies kills more than 60 000 people", 60000, P, "g", q="over", vt="60 000"),
    F("rab", 10, "~59,000 estimated deaths", 59000, P, "g", q="approx"),
    F("rab", 10, "Of 59,000 global rabies mortality", 59000, P, "g"),
    F("rab", 11, "导致全球 5.9万人 死亡", 5.9e4, P, "g"),
    F("rab", 12, "估计每年有59000人死于该病", 59000, P, "g"),
    F("rab", 17, "全球每年5.9萬人因狂犬病而死", 5.9e4, P, "g"),
    F("rab", 17, "全球每年約有59000人死於狂犬病", 59000, P, "g", q="approx"),
    F("rab", 18, "全世界每年約有5萬9000人死於狂犬病", 59000, P, "g", q="approx", vt="5萬9000", step=1000),
    F("rab", 22, "accounting around 59 000 die", 59000, P, "g", q="approx", vt="59 000"),
    F("rab", 2, "Rabies Kills 55,000 People Every Year", 55000, P, "w55"),
    F("rab", 2, "kills 55,000 people every year.", 55000, P, "w55"),
    F("rab", 5, "more than 55 000 people die of rabies", 55000, P, "w55", q="over", vt="55 000"),
]
G("rab_deaths_year", RAB, "Human rabies deaths a year: the 59,000 estimate (GARC / WHO, 2015) as 59,000 / 5.9万 / 5萬9000 (twelve, with 'about', '~', 約 and "
  "'more than 59,000'), 'about 60 000' (WHO Zero by 30) and ebervet's 'more than 60 000'; WHO's older 55,000 (three)", "world", "human rabies deaths a year", "current",
  "The hedges hold 59,000 (consistent); 'more than 60 000' is not held by 59,000 (conflict); the older 55,000 different_basis.", ms)

ms = [
    F("rab", 6, "dying of rabies every 9 minutes", 9, MIN, "g", q="approx"),
    F("rab", 11, "每9分钟就有1人因这病丧命", 9, MIN, "g", nth=1),
    F("rab", 11, "每9分钟就有1人因这病丧命", 9, MIN, "g", nth=2),
    F("rab", 11, "相当于每9分钟世界上就有1人", 9, MIN, "g"),
    F("rab", 18, "即平均每9分鐘就有1人", 9, MIN, "g"),
    F("rab", 17, "平均每10分鐘就有1人因狂犬病", 10, MIN, "g"),
    F("rab", 20, "平均每10分鐘有1人死於狂犬病", 10, MIN, "w55", note="WHO's figure of 2013, before the 59,000 estimate"),
]
G("rab_every_minutes", RAB, "One rabies death every N minutes: 9 minutes with the 59,000 estimate (five), knowing's 每10分鐘 beside 59000, uho's 每10分鐘 of 2013",
  "world", "interval between rabies deaths", "current", "knowing's 10 minutes beside 59,000 a year is not a rounding of 9 (conflict); uho's older figure different_basis.", ms)

ms = [
    F("rab", 3, "which transmit 95 per cent of rabies cases", 95.0, PC, "a"),
    F("rab", 4, "99% of human fatalities are the result", 99.0, PC, "a"),
    F("rab", 5, "Dogs are the source of 99% of human", 99.0, PC, "a"),
    F("rab", 7, "up to 99% are acquired from the bite", 99.0, PC, "a", q="under"),
    F("rab", 10, "with more than 99% of human deaths caused by dog", 99.0, PC, "a", q="over"),
    F("rab", 13, "高达99%的人类感染病例由狗传播", 99.0, PC, "a"),
    F("rab", 21, "人類染狂犬病近99%是被染疫犬隻咬傷", 99.0, PC, "a", q="under"),
    F("rab", 21, "人類感染狂犬病的案例,近99%是被", 99.0, PC, "a", q="under"),
]
G("rab_dog_share", RAB, "Share of human rabies transmitted by dogs: 99% (three plain, 'more than 99%', 'up to 99%', 近99% twice) and business-standard's 95 per cent",
  "world", "share of human rabies cases transmitted by dogs", "current", "95 per cent against plain or 'more than' 99% is conflict; 'up to' / 近99% hold 95 (consistent).", ms)

pairgrp("rab_asia_africa", RAB, "Share of rabies deaths in Asia and Africa: 95% (two), 'more than 95%' (three), 95%以上", "Asia and Africa", "share of human rabies deaths", "current",
        [F("rab", 4, "95% of rabies deaths occurring in Asia", 95.0, PC, "a"),
         F("rab", 5, "More than 95% of human deaths occur in Asia", 95.0, PC, "a", q="over"),
         F("rab", 5, "but more than 95% of human deaths", 95.0, PC, "a", q="over"),
         F("rab", 10, ">95% of reported cases in Asia", 95.0, PC, "a", q="over"),
         F("rab", 11, "但95%以上的人类死亡病例", 95.0, PC, "a", q="at_least"),
         F("rab", 17, "其中95%發生在亞洲及非洲", 95.0, PC, "a")], "The bounds hold 95% (consistent).")

pairgrp("rab_children", RAB, "Children under 15 among bite victims (40%, WHO) and among deaths (40%, 'over 40%')", "world", "share of children under 15", "current",
        [F("rab", 5, "40% of people who are bitten", 40.0, PC, "bit"),
         F("rab", 13, "15岁以下儿童占40%", 40.0, PC, "bit"),
         F("rab", 7, "of whom over 40% are children", 40.0, PC, "dth", q="over"),
         F("rab", 12, "其中 40%是15岁以下的儿童", 40.0, PC, "dth")],
        "Same measure consistent; bite victims against deaths different_basis.")

pairgrp("rab_countries", RAB, "Countries and territories with rabies: 150 / 'more than 150' / 150多", "world", "countries with rabies", "current",
        [F("rab", 5, "more than 150 countries", 150, CNT, "a", q="over"),
         F("rab", 10, ">150 countries & territories", 150, CNT, "a", q="over"),
         F("rab", 11, "在全球150个国家流行", 150, CNT, "a"),
         F("rab", 13, "全球150多个国家和地区", 150, CNT, "a", q="over"),
         F("rab", 19, "全球150多個國家和地區", 150, CNT, "a", q="over")], "The bounds hold 150 (consistent).")

ms = [
    F("rab", 8, "Roughly 36% of the world’s rabies deaths", 36.0, PC, "a", q="approx"),
    F("rab", 22, "accounting for 35% of all deaths", 35.0, PC, "garc"),
    F("rab", 2, "(about 85 percent) occur in India", 85.0, PC, "vv", q="approx"),
]
G("rab_india_share", RAB, "India's share of the world's rabies deaths: healthtap's 'roughly 36%' (WHO's figure), GARC's 35% (pediatriconcall) and villagevoice's 'about 85 percent'",
  "India", "share of world rabies deaths", "current", "36% against GARC's 35% conflict with different_basis as alt (two estimates); 85 percent against both conflict.", ms,
  X(ms, CD, ["a"], ["garc"]), X(ms, C, ["vv"], ["a", "garc"]))

# rabies singles
S("rab", 1, "or 160 people per day", value=160, unit=P)
S("rab", 2, "roughly 6,000 reported cases", value=6000, unit=CNT, q="approx")
S("rab", 2, "there are 3.5 million dog bites", value=3.5e6, unit=CNT)
S("rab", 2, "rabies is 100 percent preventable", value=100.0, unit=PC)
S("rab", 3, "with around 90 per cent of these", value=90.0, unit=PC, q="approx")
S("rab", 5, "more than 15 million people worldwide", value=15e6, unit=P, q="over")
S("rab", 5, "prevent 327 000 rabies deaths", vt="327 000", value=327000, unit=P)
S("rab", 5, "More than 99% of all human deaths", value=99.0, unit=PC, q="over")
S("rab", 6, "where some 3 billion people", value=3e9, unit=P, q="approx")
S("rab", 9, "more than 95% of deaths occurring in Africa", value=95.0, unit=PC, q="over")
S("rab", 10, ">3.3 billion people at risk", value=3.3e9, unit=P, q="over")
S("rab", 10, "20,000 deaths i.e.", value=20000, unit=P)
S("rab", 11, "约170只犬也因此丧生", value=170, unit=CNT, q="approx")
S("rab", 11, "损失约为86亿美元", value=86e8, unit=USD, q="approx")
S("rab", 11, "全国狂犬病报告发病290例", value=290, unit=CNT)
S("rab", 11, "死亡276人", value=276, unit=P)
S("rab", 11, "死亡率超过97%", value=97.0, unit=PC, q="over")
S("rab", 11, "死亡数第4位", value=4, unit="rank")
S("rab", 14, "狂犬病发病数就达2466例", value=2466, unit=CNT)
S("rab", 14, "年均2400人以上", value=2400, unit=P, q="at_least")
S("rab", 15, "死亡人数达5,200多例", value=5200, unit=P, q="over")
S("rab", 15, "降至约3,500例", value=3500, unit=P, q="approx")
S("rab", 15, "仅有200例", value=200, unit=P)
S("rab", 15, "报告了3,300例死亡", value=3300, unit=P)
S("rab", 15, "和猫(5%)", value=5.0, unit=PC)
S("rab", 16, "共报告发病2213例", value=2213, unit=CNT)
S("rab", 16, "报告死亡2131人", value=2131, unit=P)
S("rab", 16, "分别下降10.26%", value=10.26, unit=PC)
S("rab", 16, "和10.20%。", value=10.20, unit=PC)
S("rab", 16, "广东(330例)", value=330, unit=CNT)
S("rab", 16, "占全国病例总数的56.57%", value=56.57, unit=PC)
S("rab", 19, "有70%以上的犬貓接種疫苗", value=70.0, unit=PC, q="at_least")
NC("rab", 2, "a vaccine since 1885", "date")
NC("rab", 5, "children under 15 years of age", "age_threshold")
NC("rab", 6, "October 1, 2015", "date")
NC("rab", 6, "under the age of 15", "age_threshold")
NC("rab", 7, "rabies by 2030: United", "date")
NC("rab", 10, "human rabies deaths (2015)", "date")
NC("rab", 11, "9月28日是“世界狂犬病日”", "date")
NC("rab", 11, "全球要在2030年实现", "date")
NC("rab", 11, "国家卫生健康委2020年6月发布", "date")
NC("rab", 11, "《2019年我国卫生健康事业发展统计公报》", "report_title")
NC("rab", 12, "在公元前4世纪", "date")
NC("rab", 12, "1885法国科学家", "date")
NC("rab", 13, "· 1、狂犬病", "list")
NC("rab", 13, "· 7、世卫组织", "list")
NC("rab", 13, "到2030年人类狂犬病零死亡", "date")
NC("rab", 14, "2009年09月28日16:56", "date")
NC("rab", 15, "1987-1989年期间", "date")
NC("rab", 15, "3.2011年,狂犬病", "list")
NC("rab", 15, "于2003年联合发布", "date")
NC("rab", 16, "时间:2011-04-26", "date")
NC("rab", 17, "2019-09-27 18:00", "date")
NC("rab", 17, "逝世紀念日(9/28)", "date")
NC("rab", 17, "在2007年,將巴斯德", "date")
NC("rab", 18, " date 2025-09-17", "date")
NC("rab", 18, "2025/09/17 08:52", "date")
NC("rab", 18, "處3萬元以上15萬元以下罰鍰", "threshold")
NC("rab", 18, "每位飼主最多以2隻寵物為限", "threshold")
NC("rab", 19, "on 30 Sep 2019", "date")
NC("rab", 19, "1961年至2012年", "date")
NC("rab", 20, "臺灣自1959年起", "date")
NC("rab", 20, "清洗傷口15分鐘", "duration")
NC("rab", 20, "潛伏期約3至8週", "duration")
NC("rab", 21, "台北20日電", "date")
NC("rab", 21, "犬隻僅在民國102年", "date")
NC("rab", 21, "(編輯:管中維)1130920", "date")
NC("rab", 22, "the standard 10-day period", "duration")

# ============================================================ snakebite
W, WA, WB = "w", "w_a", "w_b"
ms = [
    F("snk", 1, "between 81,000 and 138,000 deaths. A bite", [81000, 138000], P, W, vt="81,000 and 138,000", step=1000),
    F("snk", 1, "between 81,000 and 138,000 deaths occur", [81000, 138000], P, W, vt="81,000 and 138,000", step=1000),
    F("snk", 2, "claiming 81,000-138,000 lives", [81000, 138000], P, W, vt="81,000-138,000", step=1000),
    F("snk", 3, "That means 81,000 to 138,000 deaths", [81000, 138000], P, W, vt="81,000 to 138,000", step=1000),
    F("snk", 6, "Between 81,000 and 138,000 people die", [81000, 138000], P, W, vt="81,000 and 138,000", step=1000),
    F("snk", 16, "估计有 81,000 至 138,000 人死亡", [81000, 138000], P, W, vt="81,000 至 138,000", step=1000),
    F("snk", 21, "估計有 81,000 至 138,000 人死亡", [81000, 138000], P, W, vt="81,000 至 138,000", step=1000),
    F("snk", 12, "每年约有81 410至137 880人死于蛇咬伤", [81410, 137880], P, WA, q="approx", vt="81 410至137 880", step=10),
    F("snk", 18, "每年約有 8 至 14 萬人因蛇咬喪命", [8e4, 14e4], P, WB, q="approx", vt="8 至 14 萬", step=1e4),
]
G("snk_deaths_range", SNK, "Snakebite deaths a year, WHO's range: 81,000-138,000 (seven), 约81 410至137 880 (WHO's Chinese fact sheet), cup's 約 8 至 14 萬",
  "world", "snakebite deaths a year (range)", "current", "The approximate ranges are held by the plain ones and hold them (consistent).", ms,
  X(ms, K, [W], [WA, WB]), X(ms, K, [WA], [WB]))

ms = [
    F("snk", 4, "Up to 138 000 deaths", 138000, P, "ub", q="under", vt="138 000"),
    F("snk", 5, "as many as 138,000 deaths", 138000, P, "ub", q="under"),
    F("snk", 22, "每年造成多達 10 萬人喪生", 1e5, P, "ub", q="under", vt="10 萬", step=1e5),
    F("snk", 7, "of envenoming and 130,000 deaths", 130000, P, "s"),
    F("snk", 20, "其中,12萬人因此喪命", 12e4, P, "s"),
    F("snk", 22, "其中約有 10 萬人喪命", 1e5, P, "s", q="approx", vt="10 萬", step=1e5),
    F("snk", 11, "more than 100,000 of them die", 100000, P, "s", q="over"),
    F("snk", 13, "有超过10万人致死", 10e4, P, "s", q="over"),
    F("snk", 6, "Upwards of 80,000 people die", 80000, P, "s", q="over", nth=1),
    F("snk", 6, "Upwards of 80,000 people die", 80000, P, "s", q="over", nth=2),
    F("snk", 10, "snakes kill around 100,000 people a year", 100000, P, "old", q="approx", note="a WHO-sponsored study's estimate (2008)"),
]
G("snk_deaths_point", SNK, "Snakebite deaths a year given as one figure: upper bounds 'up to' / 'as many as' 138,000 and wikiest's 多達 10 萬; point figures 130,000 "
  "(scienceafrica), 12萬 (outputnews), 約10萬, 'more than 100,000', 超过10万, 'upwards of 80,000' (two); the 2008 study's 'around 100,000'",
  "world", "snakebite deaths a year", "current", "130,000 against 12萬 conflict; 多達 10 萬 against 'up to 138,000' conflict; the other bounds hold; upper bounds against point figures different_basis.", ms)

ms = [
    F("snk", 1, "as many as 400,000 amputations", 400000, P, "a", q="under"),
    F("snk", 2, "causing 400,000 cases of permanent disability", 400000, P, "a"),
    F("snk", 3, "And 400,000 serious injuries", 400000, P, "a"),
    F("snk", 7, "Some 400,000 people end up", 400000, P, "a", q="approx"),
    F("snk", 11, "as many as 400,000 endure", 400000, P, "a", q="under"),
    F("snk", 16, "多达 40 万人永久残疾", 40e4, P, "a", q="under"),
    F("snk", 21, "多達 40 萬人永久殘疾", 40e4, P, "a", q="under"),
    F("snk", 20, "每年導致40萬人截肢", 40e4, P, "a"),
    F("snk", 20, "還有40萬人被迫截肢", 40e4, P, "a"),
    F("snk", 22, "約 40 萬人留下殘疾", 40e4, P, "a", q="approx"),
    F("snk", 18, "高達 45 萬人因身中蛇毒", 45e4, P, "a"),
    F("snk", 13, "约有30万人不得不被截肢", 30e4, P, "sbs", q="approx", note="SBS's figure; the source is not named"),
]
G("snk_disabilities", SNK, "Amputations and permanent disabilities from snakebite a year: WHO's 400,000 / 40萬 (ten, with 'as many as', 'some', 多达, 約), "
  "cup's 高達 45 萬 and SBS's 约30万", "world", "snakebite amputations and permanent disabilities a year", "current",
  "45 萬 against plain and 'as many as' 400,000 conflict ('some' / 約 40 萬 hold it); SBS's 30万 conflict with different_basis as alt.", ms,
  X(ms, DC, ["sbs"], ["a"]))

pairgrp("snk_bites", SNK, "People bitten by snakes a year: 5.4 million / 540萬 (four, one 'about'), 'about 5m' / 'about 5 million' / 'About 5M', 至少500萬",
        "world", "people bitten by snakes a year", "current",
        [F("snk", 1, "about 5m snake bites", 5e6, P, "a", q="approx", vt="5m", step=1e6),
         F("snk", 1, "about 5 million snakebites", 5e6, P, "a", q="approx"),
         F("snk", 7, "about 5.4 million people are bitten", 5.4e6, P, "a", q="approx"),
         F("snk", 11, "Affecting About 5M People", 5e6, P, "a", q="approx"),
         F("snk", 12, "全世界每年有540万人被蛇咬伤", 540e4, P, "a"),
         F("snk", 18, "每年有 540 萬人被蛇咬傷", 540e4, P, "a"),
         F("snk", 20, "全球每年至少有500萬人遭遇蛇咬", 500e4, P, "a", q="at_least")], "The hedges hold 5.4 million (consistent).")

pairgrp("snk_envenomed", SNK, "People envenomed (bitten by venomous snakes) a year, given as one figure: 2.7 million / 270萬 (eight, with 'up to', 多达, 约, 'nearly 3 million')",
        "world", "people envenomed by snakes a year", "current",
        [F("snk", 1, "up to 2.7 million envenomings", 2.7e6, P, "a", q="under"),
         F("snk", 5, "Nearly 3 million people are bitten", 3e6, P, "a", q="under"),
         F("snk", 6, "about 2.7 million people overall", 2.7e6, P, "a", q="approx"),
         F("snk", 13, "每年有270万人被毒蛇咬伤", 270e4, P, "a"),
         F("snk", 14, "累计约有270万例/年", 270e4, P, "a", q="approx"),
         F("snk", 16, "每年有多达 270 万人遭受蛇毒侵害", 270e4, P, "a", q="under"),
         F("snk", 21, "每年有多達 270 萬人遭受蛇毒侵害", 270e4, P, "a", q="under"),
         F("snk", 18, "當中 270 萬次為毒蛇所噬", 270e4, P, "a"),
         F("snk", 22, "全球每年約有 270 萬人遭受毒蛇咬傷", 270e4, P, "a", q="approx")], "The bounds hold 2.7 million (consistent).")

pairgrp("snk_envenomed_range", SNK, "Envenomings a year as WHO's range 1.8-2.7 million / 180万至270万 (three)", "world", "people envenomed by snakes a year (range)", "current",
        [F("snk", 2, "affects 1.8-2.7 million people", [1.8e6, 2.7e6], P, "a", vt="1.8-2.7 million", step=1e5),
         F("snk", 7, "estimated 1.8-2.7 million cases", [1.8e6, 2.7e6], P, "a", vt="1.8-2.7 million", step=1e5),
         F("snk", 12, "其中有180万至270万例中毒", [180e4, 270e4], P, "a", vt="180万至270万", step=1e4)])

pairgrp("snk_bitten_day", SNK, "People bitten a day (WHO 2019): 'some 7,400', 'almost 7400', 近7,400", "world", "people bitten by snakes a day", "current",
        [F("snk", 3, "some 7,400 people will have been bitten", 7400, P, "a", q="approx"),
         F("snk", 4, "Almost 7400 people every day", 7400, P, "a", q="under"),
         F("snk", 14, "近7,400人/天被毒蛇咬伤", 7400, P, "a", q="under")], "The bounds agree (consistent).")
pairgrp("snk_deaths_day", SNK, "Snakebite deaths a day (WHO 2019): 220 to 380 (three)", "world", "snakebite deaths a day", "current",
        [F("snk", 3, "and 220 to 380 of them will die", [220, 380], P, "a", vt="220 to 380", step=10),
         F("snk", 4, "and 220–380 people die", [220, 380], P, "a", vt="220–380", step=10),
         F("snk", 14, "其中220-380人死亡", [220, 380], P, "a", vt="220-380", step=10)])
pairgrp("snk_at_risk", SNK, "People at risk of venomous snakebite: 5.8 billion (globalhealthnow) against southcn's 5.8亿多", "world", "people at risk of snakebite", "current",
        [F("snk", 3, "5.8 billion people are at risk", 5.8e9, P, "a"),
         F("snk", 14, "全球每年5.8亿多人面临遭遇毒蛇的风险", 5.8e8, P, "a", q="over")], "5.8亿 (580 million) is not 5.8 billion (conflict).")

ms = [
    F("snk", 8, "responsible for 63,000 deaths every year", 63000, P, "a"),
    F("snk", 8, "More than 63,000 people died", 63000, P, "a", q="over"),
    F("snk", 8, "Globally: 63,400", 63400, P, "a"),
    F("snk", 9, "63,400 people (95%", 63400, P, "a"),
    F("snk", 9, "caused over 63,000 deaths", 63000, P, "a", q="over"),
    F("snk", 17, "有63400人被蛇咬伤", 63400, P, "a"),
    F("snk", 19, "有6萬3400人被蛇咬傷", 63400, P, "a", vt="6萬3400", step=100),
]
G("snk_gbd_deaths_2019", SNK, "Snakebite deaths in 2019 (GBD 2019, Nature Communications 2022): 63,400 / 6萬3400 (four), 'over 63,000' (two) and expressdigest's headline 63,000",
  "world", "snakebite deaths", "2019", "The headline's 63,000 rounds 63,400 (rounding; inside its own page rounding with consistent as alt); 'over 63,000' holds it.", ms)
ms = [
    F("snk", 8, "The vast majority (51,000)", 51000, P, "a"),
    F("snk", 8, "India: 51,100", 51100, P, "a"),
    F("snk", 17, "其中估计有51100人来自印度", 51100, P, "a"),
    F("snk", 19, "其中估計有5萬1100人來自印度", 51100, P, "a", vt="5萬1100", step=100),
]
G("snk_gbd_india_2019", SNK, "Snakebite deaths in India in 2019 (GBD): 51,100 / 5萬1100 (three) and expressdigest's 51,000", "India", "snakebite deaths", "2019",
  "51,000 rounds 51,100 (rounding).", ms)
pairgrp("snk_gbd_rate_world", SNK, "Global age-standardised snakebite death rate 2019: 0.8 per 100,000 (three)", "world", "snakebite deaths per 100,000", "2019",
        [F("snk", 9, "ASMR) of 0.8 deaths", 0.8, RT, "a"),
         F("snk", 17, "全球每10万人中0.8人", 0.8, RT, "a"),
         F("snk", 19, "全球每10萬人中0.8人", 0.8, RT, "a")])
ms = [
    F("snk", 9, "equal to an ASMR of 4.0 per 100,000", 4.0, RT, "a"),
    F("snk", 17, "死亡人数比例为每10万人中4人", 4, RT, "a"),
    F("snk", 19, "死亡人數比例為每10萬人中4人", 4, RT, "a"),
]
G("snk_gbd_rate_india", SNK, "India's snakebite death rate 2019: 4.0 per 100,000 (the paper) and 每10万人中4人 (the two Xinhua copies)", "India", "snakebite deaths per 100,000", "2019",
  "4 rounds 4.0 (rounding).", ms)
pairgrp("snk_india_2005", SNK, "Snakebite deaths in India (Million Death Study, 2005): 45900 (two), 'around 46,000', 'more than 45,000'", "India", "snakebite deaths a year", "2005",
        [F("snk", 15, "有45900人被蛇咬而身亡", 45900, P, "a"),
         F("snk", 15, "每年死于蛇咬伤的人数为45900人", 45900, P, "a"),
         F("snk", 10, "discovered around 46,000 people", 46000, P, "a", q="approx"),
         F("snk", 11, "more than 45,000 people died", 45000, P, "a", q="over")], "The hedges hold 45,900 (consistent).")
pairgrp("snk_india_20yr", SNK, "Snakebite deaths in India over 20 years: 120萬 (the caption twice)", "India", "snakebite deaths", "2000-2019",
        [F("snk", 19, "印度境內估計有120萬人", 120e4, P, "a", nth=1), F("snk", 19, "印度境內估計有120萬人", 120e4, P, "a", nth=2)])
pairgrp("snk_colombia_bites", SNK, "People bitten by venomous snakes in Colombia a year: 约 5,000 (two)", "Colombia", "people bitten a year", "current",
        [F("snk", 16, "每年约有 5,000 人被毒蛇咬伤", 5000, P, "a", q="approx"), F("snk", 21, "每年約有 5,000 人被毒蛇咬傷", 5000, P, "a", q="approx")])
pairgrp("snk_colombia_deaths", SNK, "Snakebite deaths in Colombia a year: 20 至 40 (two)", "Colombia", "snakebite deaths a year", "current",
        [F("snk", 16, "其中 20 至 40 名被咬伤者", [20, 40], P, "a", vt="20 至 40", step=10), F("snk", 21, "其中 20 至 40 名被咬傷者", [20, 40], P, "a", vt="20 至 40", step=10)])
pairgrp("snk_colombia_untreated", SNK, "Victims in Colombia needing antivenom who are not treated: 约有 20% (two)", "Colombia", "share untreated", "current",
        [F("snk", 16, "但约有 20% 需要", 20.0, PC, "a", q="approx"), F("snk", 21, "但約有 20% 需要", 20.0, PC, "a", q="approx")])

S("snk", 1, "greater than 70% especially", value=70.0, unit=PC, q="over")
S("snk", 2, "WHO targets 50% reduction", value=50.0, unit=PC)
S("snk", 3, "with a $100 million investment", value=100e6, unit=USD)
S("snk", 4, "400 000", vt="400 000", value=400000, unit=P)
S("snk", 4, "-50% of deaths", value=-50.0, unit=PC)
S("snk", 5, "an £80 million", vt="80 million", value=80e6, unit="GBP")
S("snk", 5, "($100 million) program", value=100e6, unit=USD)
S("snk", 6, "approximately $100 million to fight", value=100e6, unit=USD, q="approx")
S("snk", 8, "rates in 204 countries", value=204, unit=CNT)
S("snk", 8, "Pakistan:  2,070", value=2070, unit=P)
S("snk", 8, "Nigeria: 1,460", value=1460, unit=P)
S("snk", 8, "Democratic Republic of Congo: 545", value=545, unit=P)
S("snk", 9, "represents a 36% (2–49) decrease", value=36.0, unit=PC)
S("snk", 10, "the figure was only 1000", value=1000, unit=P)
S("snk", 10, "death toll there was about 6000", value=6000, unit=P, q="approx")
S("snk", 10, "more than 50,000 men, women", value=50000, unit=P, q="over")
S("snk", 10, "likely 200,000 or possibly more", value=200000, unit=P)
S("snk", 12, "在亚洲,每年有多达200万人被蛇毒害", value=200e4, unit=P, q="under")
S("snk", 12, "每年估计有43.5万至58万起", vt="43.5万至58万", value=[43.5e4, 58e4], unit=CNT)
S("snk", 13, "有80%的人从未去医院", value=80.0, unit=PC)
S("snk", 13, "毒蛇咬伤案例的40%是儿童", value=40.0, unit=PC)
S("snk", 13, "受蛇咬伤的人中有10%在受伤后", value=10.0, unit=PC)
S("snk", 14, "约70%左右", value=70.0, unit=PC, q="approx")
S("snk", 15, "全国11.4万起案例", value=11.4e4, unit=CNT)
S("snk", 15, "马哈拉施特拉邦以24437例", value=24437, unit=CNT)
S("snk", 15, "2015年只有8554人死于蛇咬伤", value=8554, unit=P)
S("snk", 15, "对110万户家庭", value=110e4, unit=CNT)
S("snk", 18, "每年卻有約 32,000 人因此喪生", value=32000, unit=P, q="approx")
NC("snk", 2, "over the next 12 years", "duration")
NC("snk", 2, "levels…” (5/6).", "date")
NC("snk", 3, "on November 11,2016", "date")
NC("snk", 3, "After 24 hours", "duration")
NC("snk", 3, "announced on May 16", "date")
NC("snk", 3, "morbidity by 2030.", "date")
NC("snk", 4, "resolution WHA71.5", "name")
NC("snk", 4, "on 23 May 2019", "date")
NC("snk", 4, "WHO’s 13th General Programme", "ordinal")
NC("snk", 5, " date 2019-05-24", "date")
NC("snk", 5, "museum of venomous snakes in Lima in 2016", "date")
NC("snk", 7, "children-aged 10–14 years", "age_band")
NC("snk", 7, "In March 2017", "date")
NC("snk", 7, "the 72nd session", "ordinal")
NC("snk", 8, "from 1990 to 2019. Pictured", "date")
NC("snk", 9, "Global Burden of Disease 2019 study", "name")
NC("snk", 9, "(NTD) list in 2013", "date")
NC("snk", 12, "2023年9月12日", "date")
NC("snk", 13, "在2030年前将因蛇咬死亡率", "date")
NC("snk", 14, "南方医科大学第五附属医院", "ordinal")
NC("snk", 15, "在6月至9月平均每天", "date")
NC("snk", 15, "2017年,联邦卫生部整理了全国4月至10月", "date")
NC("snk", 16, "超过 25 年后才掌握", "duration")
NC("snk", 17, "新华社新德里11月7日电", "date")
NC("snk", 18, "通常會出現 3 種危及性命的症狀", "count_words")
NC("snk", 19, "希望到2030年將全球", "date")
NC("snk", 20, "11歲的比阿特麗斯", "age")
NC("snk", 20, "30分鐘後,傷口變得腫大", "duration")
NC("snk", 20, "24小時後,那根手指", "duration")
NC("snk", 20, "43分钟前", "time")
NC("snk", 22, "世界瀕危生物25選", "title")

# ============================================================ coral bleaching
ms = [
    F("crl", 1, "has affected 84% of the world's reefs", 84.0, PC, "a"),
    F("crl", 2, "impacted more than 80% of the world's coral reefs", 80.0, PC, "a", q="over"),
    F("crl", 2, "heat stress affected 84% of the world's coral reefs", 84.0, PC, "a"),
    F("crl", 3, "impacted 84% of the world’s reefs", 84.0, PC, "a"),
    F("crl", 4, "heat stress impacted 84% of coral reefs", 84.0, PC, "a"),
    F("crl", 5, "83.7% of the planet’s coral reef area", 83.7, PC, "a"),
    F("crl", 11, "全球84%的珊瑚出现白化现象", 84.0, PC, "a"),
    F("crl", 11, "已影响83.7%的珊瑚生长区", 83.7, PC, "a"),
    F("crl", 17, "全球84%的珊瑚礁已經受影響", 84.0, PC, "a"),
    F("crl", 21, "全球逾70%的珊瑚礁因嚴重海洋熱浪而白化", 70.0, PC, "a", q="over"),
]
G("crl_event4_share", CRL, "Share of the world's reefs hit by bleaching-level heat stress in the fourth event, January 2023 to March / April 2025: ICRI's 84% (six), "
  "NOAA's 83.7% (menafn and the Xinhua copy beside its 84%), 'more than 80%', 逾70%", "world", "share of reefs under bleaching-level heat stress", "2023-2025",
  "84% rounds 83.7% (rounding; inside hljnews rounding with consistent as alt); the bounds hold.", ms)

ms = [
    F("crl", 1, "affected 68%", 68.0, PC, "a"),
    F("crl", 3, "and 68% during the third event", 68.0, PC, "a"),
    F("crl", 4, "impacting 68% of coral reefs", 68.0, PC, "a"),
    F("crl", 5, "when 68.2% of the world’s reefs", 68.2, PC, "a"),
    F("crl", 6, "peaked at 56%", 56.0, PC, "n24", note="NOAA's April 2024 figure (a peak)"),
    F("crl", 23, "全球有超過75%的珊瑚面臨", 75.0, PC, "n17", q="over", note="NOAA, June 2017, since 2015"),
]
G("crl_event3_share", CRL, "Share of reefs hit in the third event (2014-2017): 68% (ICRI 2025, three), NOAA's 68.2%, NOAA's April 2024 'peaked at 56%', NOAA's June 2017 超過75%",
  "world", "share of reefs under bleaching-level heat stress", "2014-2017", "68 rounds 68.2 (rounding); the 2024 peak and the 2017 figure different_basis.", ms)
ms = [
    F("crl", 1, "21% of reefs suffered", 21.0, PC, "a"),
    F("crl", 3, "21% of reefs experienced", 21.0, PC, "a"),
    F("crl", 6, "with 20% of the ocean’s", 20.0, PC, "n24"),
]
G("crl_event1_share", CRL, "Share of reefs hit in the first event (1998): ICRI's 21% (two) and NOAA's April 2024 20%", "world", "share of reefs under bleaching-level heat stress", "1998",
  "Two vintages of NOAA's analysis (different_basis; conflict defensible).", ms, X(ms, DC, ["a"], ["n24"]))
ms = [
    F("crl", 1, "impacted 37% of reefs", 37.0, PC, "a"),
    F("crl", 3, "rising to 37% in the second event", 37.0, PC, "a"),
    F("crl", 6, "saw 35% reaching that threshold", 35.0, PC, "n24"),
]
G("crl_event2_share", CRL, "Share of reefs hit in the second event (2010): ICRI's 37% (two) and NOAA's April 2024 35%", "world", "share of reefs under bleaching-level heat stress", "2010",
  "Two vintages (different_basis; conflict defensible).", ms, X(ms, DC, ["a"], ["n24"]))

ms = [
    F("crl", 1, "across 82 countries and territories", 82, CNT, "a"),
    F("crl", 2, "With 82 countries around the world", 82, CNT, "a"),
    F("crl", 3, "with 82 countries, territories", 82, CNT, "a"),
    F("crl", 4, "in more than 80 countries", 80, CNT, "a", q="over"),
    F("crl", 5, "reefs in over 83 countries", 83, CNT, "a", q="over"),
]
G("crl_event4_countries", CRL, "Countries and territories with bleaching in the fourth event to March / April 2025: ICRI's 82 (three), 'more than 80', menafn's 'over 83'",
  "world", "countries with bleaching", "2023-2025", "'over 83' is not held by 82 (conflict); 'more than 80' holds both.", ms)
pairgrp("crl_event4_countries_2024", CRL, "Countries and territories with mass bleaching when the event was declared (April 2024): 至少54 (tvbs, three) and 超過53 / 至少53 (ktsf)",
        "world", "countries with bleaching", "2023-April 2024",
        [F("crl", 18, "範圍包含至少54 個國家和地區的珊瑚礁", 54, CNT, "a", q="at_least", nth=1),
         F("crl", 18, "範圍包含至少54 個國家和地區的珊瑚礁", 54, CNT, "a", q="at_least", nth=2),
         F("crl", 18, "共計至少有54個國家和地區", 54, CNT, "a", q="at_least"),
         F("crl", 19, "超過53個地區的珊瑚礁", 53, CNT, "a", q="over"),
         F("crl", 19, "現時至少53個國家和地區", 53, CNT, "a", q="at_least")], "The bounds agree (consistent).")

pairgrp("crl_gcrmn_loss", CRL, "Coral lost worldwide 2009-2018 (GCRMN, Status of Coral Reefs of the World: 2020): 14% (five)", "world", "share of coral lost", "2009-2018",
        [F("crl", 7, "has wiped out 14 per cent", 14.0, PC, "a"),
         F("crl", 24, "14 percent of the world's coral died off", 14.0, PC, "a"),
         F("crl", 12, "间减少14%", 14.0, PC, "a"),
         F("crl", 13, "全球有14%珊瑚礁死亡", 14.0, PC, "a"),
         F("crl", 16, "全球有14%珊瑚礁死亡", 14.0, PC, "a")])
pairgrp("crl_1998_loss", CRL, "Coral destroyed by the 1998 bleaching (GCRMN 2020): 8% and 约8% (two)", "world", "share of coral lost", "1998",
        [F("crl", 12, "导致全球珊瑚数量减少8%", 8.0, PC, "a"),
         F("crl", 13, "造成约8%的珊瑚灭亡", 8.0, PC, "a", q="approx"),
         F("crl", 16, "造成約8%的珊瑚滅亡", 8.0, PC, "a", q="approx")])
pairgrp("crl_gcrmn_countries", CRL, "Countries in the GCRMN 2020 data: 73 (two)", "world", "countries surveyed", "1978-2019",
        [F("crl", 7, "in 73 countries", 73, CNT, "a"), F("crl", 12, "汇总全球73个国家和地区", 73, CNT, "a")])
pairgrp("crl_gcrmn_sites", CRL, "Sites in the GCRMN 2020 data: 12,000 / 1.2万 / 'over 12,000'", "world", "sites surveyed", "1978-2019",
        [F("crl", 7, "gathered from 12,000", 12000, CNT, "a"), F("crl", 12, "1.2万处珊瑚礁", 1.2e4, CNT, "a"),
         F("crl", 24, "and over 12,000 sites", 12000, CNT, "a", q="over")], "The bound holds (consistent).")
pairgrp("crl_gcrmn_scientists", CRL, "Scientists of the GCRMN: more than 300 / 300多 (three)", "world", "scientists", "2021",
        [F("crl", 7, "more than 300 scientists", 300, P, "a", q="over"),
         F("crl", 13, "的300多名科学家", 300, P, "a", q="over"),
         F("crl", 16, "的300多名科學家", 300, P, "a", q="over")])
pairgrp("crl_loss_east_asia", CRL, "Coral lost in East Asia 2009-2018: 5% (three)", "East Asia", "share of coral lost", "2009-2018",
        [F("crl", 12, "东亚降幅最小,为5%", 5.0, PC, "a"), F("crl", 13, "东亚是5%", 5.0, PC, "a"), F("crl", 16, "東亞是5%", 5.0, PC, "a")])
pairgrp("crl_loss_etp", CRL, "Coral lost in the Eastern Tropical Pacific 2009-2018: 95% (four)", "Eastern Tropical Pacific", "share of coral lost", "2009-2018",
        [F("crl", 7, "to 95 per cent in the Eastern", 95.0, PC, "a"),
         F("crl", 12, "太平洋东部热带地区则高达95%", 95.0, PC, "a"),
         F("crl", 13, "热带太平洋地区东部是95%", 95.0, PC, "a"),
         F("crl", 16, "熱帶太平洋地區東部是95%", 95.0, PC, "a")])
pairgrp("crl_seafloor", CRL, "Share of the sea floor covered by reefs: 0.2% ('less than', 约 (two), plain (two))", "world", "share of sea floor covered by reefs", "current",
        [F("crl", 7, "cover less than 0.2 per cent", 0.2, PC, "a", q="under"),
         F("crl", 12, "仅覆盖全球0.2%的海底", 0.2, PC, "a"),
         F("crl", 24, "only cover 0.2 percent of the ocean floor", 0.2, PC, "a"),
         F("crl", 13, "覆盖率约达0.2%", 0.2, PC, "a", q="approx"),
         F("crl", 16, "覆蓋率約達0.2%", 0.2, PC, "a", q="approx")], "The bounds hold 0.2% (consistent).")
pairgrp("crl_species", CRL, "Share of marine species living on reefs: 'almost 25 per cent', 至少25% (three), 25 percent", "world", "share of marine species on reefs", "current",
        [F("crl", 7, "home to almost 25 per cent", 25.0, PC, "a", q="under"),
         F("crl", 12, "但至少25%的海洋物种", 25.0, PC, "a", q="at_least"),
         F("crl", 24, "habitats for 25 percent of marine life", 25.0, PC, "a"),
         F("crl", 13, "但却养育至少25%", 25.0, PC, "a", q="at_least"),
         F("crl", 16, "但卻養育至少25%", 25.0, PC, "a", q="at_least")], "The bounds touch at 25% (consistent).")
ms = [
    F("crl", 7, "coral reefs generate 2.7 trillion dollars", 2.7e12, USD, "a"),
    F("crl", 12, "估值达2.7万亿美元", 2.7e12, USD, "a"),
    F("crl", 13, "每年约达2.7兆美元", 2.7e12, USD, "a", q="approx", vt="2.7兆", step=1e11),
    F("crl", 16, "每年約達2.7兆美元", 2.7e12, USD, "a", q="approx", vt="2.7兆", step=1e11),
    F("crl", 22, "價值高達360億美元", 360e8, USD, "a"),
]
G("crl_value_year", CRL, "Yearly value of the goods and services of coral reefs: US$2.7 trillion / 2.7万亿 / 2.7兆 (GCRMN 2020, four) against ebc's 360億美元 (the tourism figure)",
  "world", "yearly value of coral reefs (USD)", "current", "360億 (36 billion) against 2.7 trillion conflict.", ms)
pairgrp("crl_value_tourism", CRL, "Yearly value of reef tourism: US$36 billion / 360亿 (four)", "world", "yearly value of reef tourism (USD)", "current",
        [F("crl", 7, "including $36 billion in tourism", 36e9, USD, "a"),
         F("crl", 12, "包括360亿美元的珊瑚礁旅游业", 360e8, USD, "a"),
         F("crl", 13, "其中包括360亿美元的观光业收益", 360e8, USD, "a"),
         F("crl", 16, "其中包括360億美元的觀光業收益", 360e8, USD, "a")])
pairgrp("crl_value_twd", CRL, "The yearly value in Taiwan dollars: 约新台币76兆元 (two)", "world", "yearly value of coral reefs (TWD)", "current",
        [F("crl", 13, "约新台币76兆元", 76e12, TWD, "a", q="approx", vt="76兆", step=1e12), F("crl", 16, "約新台幣76兆元", 76e12, TWD, "a", q="approx", vt="76兆", step=1e12)])
pairgrp("crl_loss_at_15", CRL, "Corals lost at 1.5°C of warming: 70 to 90% (three)", "world", "share of corals lost at 1.5C", "future",
        [F("crl", 13, "有70到90%的珊瑚将消失", [70.0, 90.0], PC, "a", vt="70到90%", step=10.0),
         F("crl", 16, "有70到90%的珊瑚將消失", [70.0, 90.0], PC, "a", vt="70到90%", step=10.0),
         F("crl", 21, "全世界70％～90％的珊瑚消失", [70.0, 90.0], PC, "a", vt="70％～90％", step=10.0)])
pairgrp("crl_survive_at_2", CRL, "Corals surviving at 2°C: 不到1% (two)", "world", "share of corals surviving at 2C", "future",
        [F("crl", 13, "只有不到1%的珊瑚能存活", 1.0, PC, "a", q="under"), F("crl", 16, "只有不到1%的珊瑚能存活", 1.0, PC, "a", q="under")])
pairgrp("crl_warming_now", CRL, "Warming above pre-industrial by 2021: 1.1°C (two)", "world", "warming above pre-industrial", "2021",
        [F("crl", 13, "高出摄氏1.1度", 1.1, DEG, "a"), F("crl", 16, "高出攝氏1.1度", 1.1, DEG, "a")])
pairgrp("crl_ocean_heat", CRL, "Share of excess heat absorbed by the ocean: 'almost 90 per cent', 超过90% (two), 90%", "world", "share of excess heat absorbed by the ocean", "current",
        [F("crl", 7, "Almost 90 per cent of greenhouse gas", 90.0, PC, "a", q="under"),
         F("crl", 13, "海洋吸收超过90%人类排放", 90.0, PC, "a", q="over"),
         F("crl", 16, "海洋吸收超過90%人類排放", 90.0, PC, "a", q="over"),
         F("crl", 21, "而海洋吸收90%的全球暖化熱量", 90.0, PC, "a")], "The bounds touch at 90% (consistent).")
pairgrp("crl_gbr_2016_loss", CRL, "Shallow-water corals of the Great Barrier Reef that died in 2016 (GBRMPA, May 2017): 29% (two) and the mid-2016 estimate of 22%",
        "Great Barrier Reef", "share of shallow-water corals dead", "2016",
        [F("crl", 8, "lost 29% of its corals", 29.0, PC, "a"),
         F("crl", 8, "an estimated 29% of shallow water corals", 29.0, PC, "a"),
         F("crl", 8, "up from the 22% estimated", 22.0, PC, "mid16")], "Same figure consistent; the earlier estimate different_basis.")
pairgrp("crl_gbr_north_loss", CRL, "Shallow-water corals lost in the northern Great Barrier Reef in 2016 (ARC Centre): 67% (two); engadget's 'nearly 70 percent ... bleached'; "
        "GBRMPA's 'some 70%' north of Port Douglas", "northern Great Barrier Reef", "share of shallow-water corals dead", "2016",
        [F("crl", 9, "lost 67 percent of its shallow-water corals", 67.0, PC, "a"),
         F("crl", 15, "有67%的珊瑚被覆盖", 67.0, PC, "a"),
         F("crl", 9, "Nearly 70 percent of the shallow-water corals", 70.0, PC, "bleached", q="under"),
         F("crl", 8, "where some 70% of shallow water corals died", 70.0, PC, "gbrmpa", q="approx")], "Same survey consistent; other measures and surveys different_basis.")
pairgrp("crl_gbr_north_miles", CRL, "Length of the northern stretch of the Great Barrier Reef that lost two-thirds of its coral: 430 miles (NYT) against 435 miles (engadget)",
        "northern Great Barrier Reef", "length of the stretch", "2016",
        [F("crl", 10, "430-mile northern stretch", 430, MI, "a"), F("crl", 9, "spanning 435 miles", 435, MI, "a")], "430 against 435 (conflict).")
pairgrp("crl_gbr_area", CRL, "Area of the Great Barrier Reef: 34萬8000平方公里 (cts, quoting Andrew Baird) against statista's 344,000 km²", "Great Barrier Reef", "area (km2)", "current",
        [F("crl", 20, "大堡礁占地34萬8000平方公里", 348000, KM2, "a", vt="34萬8000", step=1000), F("crl", 24, "spanning 344,000 km²", 344000, KM2, "a")],
        "348,000 against 344,000 (conflict).")
pairgrp("crl_gbr_south_loss", CRL, "Corals lost in the southern Great Barrier Reef in 2016: 1 percent, 'about 1 percent'", "southern Great Barrier Reef", "share of corals dead", "2016",
        [F("crl", 9, "and 1 percent of their corals", 1.0, PC, "a"), F("crl", 10, "only about 1 percent of the reef", 1.0, PC, "a", q="approx")])
pairgrp("crl_gbr_central_loss", CRL, "Corals lost in the central Great Barrier Reef in 2016: 6 percent, 'about 6 percent'", "central Great Barrier Reef", "share of corals dead", "2016",
        [F("crl", 9, "respectively lost just 6 percent", 6.0, PC, "a"), F("crl", 10, "the middle is about 6 percent", 6.0, PC, "a", q="approx")])

S("crl", 1, "more than 80% of all corals on a reef dying", value=80.0, unit=PC, q="over")
S("crl", 3, "the risk of over 80% of all corals", value=80.0, unit=PC, q="over")
S("crl", 6, "Some 54% of ocean waters", value=54.0, unit=PC, q="approx")
S("crl", 8, "with 400 types of coral", value=400, unit=CNT)
S("crl", 8, "1,500 species of fish", value=1500, unit=CNT)
S("crl", 8, "4,000 mollusc species", value=4000, unit=CNT)
S("crl", 9, "take 10 to 15 years to regain", vt="10 to 15", value=[10, 15], unit="years")
S("crl", 10, "saved the lower reaches of the 1,400-mile reef", value=1400, unit=MI)
S("crl", 10, "from about 900 dive surveys", value=900, unit=CNT, q="approx")
S("crl", 12, "大约11700平方公里珊瑚礁消亡", value=11700, unit=KM2, q="approx")
S("crl", 12, "将近200万个观测点", value=200e4, unit=CNT, q="under")
S("crl", 14, "93%的大堡礁正在白化", value=93.0, unit=PC)
S("crl", 14, "其中80%的部分正处于严重危险中", value=80.0, unit=PC)
S("crl", 15, "测量了大堡礁中部和南部地区51%珊瑚", value=51.0, unit=PC)
S("crl", 15, "沿着2300公里长的珊瑚礁", value=2300, unit="km")
S("crl", 17, "全球31個研究機構", value=31, unit=CNT)
S("crl", 17, "的54位科學家", value=54, unit=P)
S("crl", 20, "大堡礁北區700公里長", value=700, unit="km")
S("crl", 21, "比1850～1900年高出1.55 °C", value=1.55, unit=DEG)
S("crl", 21, "熱浪的平均溫度增加1.4°C", value=1.4, unit=DEG)
S("crl", 21, "熱浪均溫則更增加2.2°C", value=2.2, unit=DEG)
S("crl", 24, "decline of almost 21 percent", value=21.0, unit=PC, q="under")
S("crl", 24, "area with 41,000 km²", value=41000, unit=KM2)
S("crl", 22, "全球有85億人的糧食安全", value=85e8, unit=P)
S("crl", 22, "降低70%的波浪高度", value=70.0, unit=PC)
S("crl", 22, "並減少97%波浪能量", value=97.0, unit=PC)
NC("crl", 1, " date 2025-04-23", "date")
NC("crl", 1, "on Wednesday, April 23", "date")
NC("crl", 1, "\"Level 5\" reflects", "name")
NC("crl", 2, "Between January 2023 and March 2025", "date")
NC("crl", 3, "From 1 January 2023 to 30 March 2025", "date")
NC("crl", 3, "(2014-2017)1.", "footnote_marker")
NC("crl", 3, "(Levels 3-5)", "name")
NC("crl", 3, "The previous highest level, Level 2", "name")
NC("crl", 4, "Between January 2023 and April 2025", "date")
NC("crl", 4, "ended just six years earlier, in 2017", "date")
NC("crl", 5, "From January 2023 to April 2025", "date")
NC("crl", 5, "took place in 1998 and 2010", "date")
NC("crl", 7, " date 2021-10-05", "date")
NC("crl", 7, "Status of Coral Reefs of the World: 2020", "report_title")
NC("crl", 7, "spanning over 40 years", "duration")
NC("crl", 9, "events in 1998 and 2002", "date")
NC("crl", 10, "http://www.nytimes.com/2016/11/29/", "url")
NC("crl", 11, "自2023年1月1日至2025年4月20日", "date")
NC("crl", 12, "全球珊瑚礁监测网5日发布", "date")
NC("crl", 12, "发布的第6份关于", "ordinal")
NC("crl", 12, "1978年至2019年间的观测数据", "date")
NC("crl", 13, " date 2021-10 广告", "date")
NC("crl", 13, "(法新社巴黎5日电)", "date")
NC("crl", 16, "(法新社巴黎5日電)", "date")
NC("crl", 17, "新華社北京4月24日電", "date")
NC("crl", 17, "這是2024年2月11日在埃及", "date")
NC("crl", 17, "海洋上層2000米熱含量", "depth")
NC("crl", 18, "發佈時間:2024/04/16 16:03", "date")
NC("crl", 18, "最後更新時間:2024/04/16 16:03", "date")
NC("crl", 18, "30年來第4次大規模白化", "ordinal")
NC("crl", 18, "(1998年、2010年和2014至2017年)", "date")
NC("crl", 19, "正遭受第4次大規模白化", "ordinal")
NC("crl", 19, "今次是10年內第二次", "duration")
NC("crl", 20, "在過去9個月", "duration")
NC("crl", 21, " date 2025-12-05", "date")
NC("crl", 21, "2024年12月27日", "date")
NC("crl", 22, "2月全球海溫破21度創新高", "temperature_threshold")
NC("crl", 23, "中新網6月21日電", "date")
NC("crl", 24, "covering 40 years of data", "duration")
NC("crl", 24, "In 2019, live coral growth", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh34.toml", "corpus-fresh34")
