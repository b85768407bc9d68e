"""Hand annotation of corpus-fresh40, written as data; emits gold.d/fresh40.toml (then run
corpus/check_gold.py --dir corpus-fresh40 --build).

Three domains: wild giant pandas (China's fourth national survey of February 2015: 1,864 wild pandas at the end of 2013,
268 / 16.8% more than the third survey's 1,596 (china.org.cn's 2004 story: 'at least 1,590' and 1590; secretchina's 1600),
habitat 2.58 million hectares / 258万公顷 against environmentalgeography's 2.57 million, up 11.8%, Sichuan's 1,387 / 74.4%
against people.cn's 1,347, 375 pandas in captivity, 67 reserves (27 new), 1,246 in reserves / 66.8%; the first survey's
2,459 against people.cn's 2,000, the second's 1,114 against china.org.cn's 1,110; later counts of captive pandas; `pnd-*`),
the Yangtze finless porpoise (the basin-wide surveys: about 1,800 in 2006 (1,225 in the main stream), 1,045 in 2012 against
'about 1,040', WWF's 1040 and people.cn's 'just 1,000' (about 500 / 505 in the main stream, 450 in Poyang, 90 in Dongting),
the yearly decline of 13.7% against WWF's 'almost 13' and yibada's 'nearly 14', 1,012 in 2017 (445 / 110 / 457), 1,249 in
2022 (595 / 492 / 162, 23.42%), 1,426 in 2025 (177 more); `fps-*`) and mangroves (China's area: 2.2万 ha in 2000
(o-abroad's '8,300 hectares'), 2.9万 / 29,000 ha in 2019 with 7,000 more in twenty years, 2.7万 ha / 40.60万亩 in the third
land survey, 3.03万 / 30,300 ha in 2025 against 19741211's 3万, 55% protected against Wang et al.'s 67%, the 2025 plan of
18,800 ha / 1.88万 / 28.2万亩; the world: Giri et al.'s 137,760 km2 (137,800; 13.8 million ha) and 53,290 / 53,190 / 53,200
square miles, 12.3% less than thought (12%), 118 against 117 countries, 75% in 15 countries, 35% lost, 1-2% a year; the
Global Mangrove Alliance's 136,000 km2 (2016) and 147,256 km2 (2020); `mgv-*`).

Every mention carries a basis tag (survey / year / measure / source, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Ranges carry values [lo, hi]. Values as written: 万/萬 = 1e4, 亿 = 1e8, 亩/畝 = 1/15 hectare, M =
1e6. Units: count, percent, hectares, km**2, square_miles, km, days, years, kg, tonnes, USD.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, USD, DC, CD, CK, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

PND, FPS, MGV = "giant-panda-census", "yangtze-finless-porpoise", "mangroves"
HA, KM2, MI2, KM, DAYS = "hectares", "km**2", "square_miles", "km", "days"
MU = 1 / 15  # hectares per mu (亩 / 畝)


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ giant pandas
ms = [
    F("pnd", 1, "total population of 1,864", 1864, CNT, "a"),
    F("pnd", 3, "to a total of 1,864", 1864, CNT, "a"),
    F("pnd", 4, "hitting a total of 1,864", 1864, CNT, "a"),
    F("pnd", 5, "to a total of 1,864", 1864, CNT, "a", nth=1, note="photo caption"),
    F("pnd", 5, "to a total of 1,864", 1864, CNT, "a", nth=2, note="photo caption, doubled"),
    F("pnd", 5, "to a total of 1,864", 1864, CNT, "a", nth=3),
    F("pnd", 6, "to a total of 1,864", 1864, CNT, "a"),
    F("pnd", 7, "there were 1,864 giant pandas", 1864, CNT, "a"),
    F("pnd", 8, "Now 1,864 reasons", 1864, CNT, "a", note="headline"),
    F("pnd", 8, "to a total of 1,864", 1864, CNT, "a", nth=1, note="photo caption"),
    F("pnd", 8, "to a total of 1,864", 1864, CNT, "a", nth=2),
    F("pnd", 10, "evidence of 1,864 pandas", 1864, CNT, "a"),
    F("pnd", 11, "estimates that 1,864 pandas", 1864, CNT, "a"),
    F("pnd", 12, "has reached 1,864", 1864, CNT, "a"),
    F("pnd", 13, "已增至1864只", 1864, CNT, "a"),
    F("pnd", 14, "全国共有野生大熊猫1864只", 1864, CNT, "a"),
    F("pnd", 14, "数量达到1864只", 1864, CNT, "a"),
    F("pnd", 15, "数量达到1864只", 1864, CNT, "a"),
    F("pnd", 16, "数量约为1864只", 1864, CNT, "a", q="approx"),
    F("pnd", 16, "| 约1864只 |", 1864, CNT, "a", q="approx", note="table"),
    F("pnd", 17, "增加到了1,864只", 1864, CNT, "a"),
    F("pnd", 18, "種群數量達1864隻", 1864, CNT, "a"),
    F("pnd", 19, "現存1864隻", 1864, CNT, "a", note="headline"),
    F("pnd", 19, "達到1,864隻", 1864, CNT, "a"),
    F("pnd", 20, "公布的1,864隻", 1864, CNT, "a"),
    F("pnd", 21, "野生種群增至1864隻", 1864, CNT, "a"),
    F("pnd", 21, "達到1800多隻", 1800, CNT, "a", q="over", note="as of July 2021"),
    F("pnd", 17, "大约有2,060头", 2060, CNT, "w16", q="approx", note="'2016年数据'"),
]
G("pnd_wild_2013", PND, "Wild giant pandas at the end of 2013 (fourth national survey): 1,864 (27 mentions); wikiwand's 2,060 of '2016 data'",
  "China", "wild giant pandas", "end-2013", "The survey count restated (consistent; '1800多' holds it); the 2016 figure is another basis.", ms)
pairgrp("pnd_increase_count", PND, "Increase in wild pandas since the third survey: 268 (15 mentions)", "China",
        "increase in wild giant pandas", "2003-2013",
        [F("pnd", 1, "a growth of 268 pandas", 268, CNT, "a"),
         F("pnd", 3, "has grown by 268", 268, CNT, "a"),
         F("pnd", 4, "It has gained 268 individuals", 268, CNT, "a"),
         F("pnd", 5, "has grown by 268", 268, CNT, "a", nth=1),
         F("pnd", 5, "has grown by 268", 268, CNT, "a", nth=2),
         F("pnd", 5, "has grown by 268", 268, CNT, "a", nth=3),
         F("pnd", 6, "has grown by 268", 268, CNT, "a"),
         F("pnd", 7, "an increase of 268", 268, CNT, "a"),
         F("pnd", 8, "population up by 268", 268, CNT, "a", note="headline"),
         F("pnd", 8, "has grown by 268", 268, CNT, "a", nth=1),
         F("pnd", 8, "has grown by 268", 268, CNT, "a", nth=2),
         F("pnd", 13, "增加268只", 268, CNT, "a"),
         F("pnd", 14, "增加了268只", 268, CNT, "a")])
pairgrp("pnd_increase_pct", PND, "Rise in wild pandas since the third survey: 16.8% (eight), 'nearly 17 percent' / 近17% (five)", "China",
        "increase in wild giant pandas", "2003-2013",
        [F("pnd", 2, "a 16.8% increase", 16.8, PC, "a"),
         F("pnd", 4, "risen by 16.8 percent", 16.8, PC, "a"),
         F("pnd", 7, "or 16.8 percent", 16.8, PC, "a"),
         F("pnd", 11, "That’s a 16.8% increase", 16.8, PC, "a"),
         F("pnd", 13, "增长16.8%", 16.8, PC, "a"),
         F("pnd", 14, "增长了16.8%", 16.8, PC, "a"),
         F("pnd", 19, "增長16.8%", 16.8, PC, "a"),
         F("pnd", 1, "grew by nearly 17 percent", 17.0, PC, "a", q="under"),
         F("pnd", 3, "increased by nearly 17 percent", 17.0, PC, "a", q="under"),
         F("pnd", 4, "rises by nearly 17 percent", 17.0, PC, "a", q="under", note="headline"),
         F("pnd", 15, "增加了近17%", 17.0, PC, "a", q="under"),
         F("pnd", 20, "增加了近17%", 17.0, PC, "a", q="under")],
        "'Nearly 17' holds 16.8 (consistent).")
ms = [
    F("pnd", 2, "a population of 1,596", 1596, CNT, "a"),
    F("pnd", 10, "reported 1,596 pandas", 1596, CNT, "a"),
    F("pnd", 11, "the number grew to 1,596", 1596, CNT, "a"),
    F("pnd", 12, "numbering 1,596 wild pandas", 1596, CNT, "a"),
    F("fps", 15, "数量为1596只", 1596, CNT, "a", note="a porpoise blog citing the panda survey"),
    F("pnd", 9, "at least 1,590 in the wild", 1590, CNT, "a", q="at_least", note="china.org.cn, 2004"),
    F("pnd", 9, "has climbed to 1590", 1590, CNT, "a"),
    F("pnd", 22, "數量為1600只", 1600, CNT, "a", note="secretchina (AP), June 2004"),
]
G("pnd_wild_third", PND, "Wild pandas in the third survey (1998-2002): 1,596 (five) against china.org.cn's 1590 and secretchina's 1600", "China",
  "wild giant pandas", "third survey (published 2004)", "1590 against 1,596 (conflict); 1600 rounds both (rounding); 'at least 1,590' holds them.", ms)
ms = [
    F("pnd", 2, "decline to 1,114 pandas", 1114, CNT, "a"),
    F("pnd", 7, "had dropped to 1,114", 1114, CNT, "a"),
    F("pnd", 11, "evidence of 1,114", 1114, CNT, "a"),
    F("pnd", 17, "40年前的1,114只", 1114, CNT, "a"),
    F("pnd", 9, "a sharp rise from 1,110 reported in 1988", 1110, CNT, "a"),
    F("pnd", 9, "from 1,110 reported in 1988,", 1110, CNT, "a", nth=2),
    F("pnd", 20, "統計數從1,216隻", 1216, CNT, "ad", note="taiwannews: 'adult pandas' of 1985-1988"),
]
G("pnd_wild_second", PND, "Wild pandas in the second survey (1985-1988): 1,114 (four) against china.org.cn's 1,110 (twice); taiwannews' 1,216 adults",
  "China", "wild giant pandas", "second survey (1985-1988)", "1,110 rounds 1,114 (rounding); the adults' count another measure.", ms,
  X(ms, DC, ["a"], ["ad"]))
ms = [
    F("pnd", 2, "a wild population of 2,459", 2459, CNT, "a"),
    F("pnd", 11, "found 2,459 giant pandas", 2459, CNT, "a"),
    F("pnd", 12, "counted 2,459 wild pandas", 2459, CNT, "a"),
    F("pnd", 7, "indicated that 2,000 giant pandas", 2000, CNT, "a", note="people.cn: 'The first survey in 1976'"),
]
G("pnd_wild_first", PND, "Wild pandas in the first survey (1974-1977): 2,459 (three) against people.cn's 2,000", "China", "wild giant pandas",
  "first survey (1974-1977)", "A written 2,000 covers 2,459 by the kit's rule (rounding).", ms)
ms = [
    F("pnd", 7, "There were 375 giant pandas in captivity", 375, CNT, "a"),
    F("pnd", 18, "圈養大熊貓種群數量達到375隻", 375, CNT, "a"),
    F("pnd", 19, "種群數量達到375隻", 375, CNT, "a"),
    F("pnd", 8, "More than 400 pandas live in captivity", 400, CNT, "cctv", q="over", note="CCTV, March 2015"),
]
G("pnd_captive_2013", PND, "Pandas in captivity at the end of 2013: 375 (three); CCTV's 'more than 400' of March 2015", "China",
  "giant pandas in captivity", "end-2013", "The survey count restated (consistent); CCTV's figure is of a later date (different_basis, conflict as alt).", ms,
  X(ms, DC, ["a"], ["cctv"]))
pairgrp("pnd_captive_increase", PND, "Rise in captive pandas since the third survey: 211 (four)", "China", "increase in captive giant pandas",
        "2003-2013",
        [F("pnd", 5, "in captivity grew by 211", 211, CNT, "a"), F("pnd", 6, "in captivity grew by 211", 211, CNT, "a"),
         F("pnd", 7, "an increase of 211", 211, CNT, "a"), F("pnd", 19, "增加211隻", 211, CNT, "a")])
ms = [
    F("pnd", 7, "to 2.58 million hectares", 2.58e6, HA, "a"),
    F("pnd", 10, "to 2.58 million hectares", 2.58e6, HA, "a"),
    F("pnd", 13, "栖息地面积258万公顷", 2.58e6, HA, "a"),
    F("pnd", 14, "达到258万公顷", 2.58e6, HA, "a"),
    F("pnd", 18, "面積為258萬公頃", 2.58e6, HA, "a"),
    F("pnd", 19, "面積258萬公頃", 2.58e6, HA, "a"),
    F("pnd", 4, "covers 2.57 million hectares", 2.57e6, HA, "a", note="environmentalgeography (mongabay)"),
]
G("pnd_habitat", PND, "Wild panda habitat at the end of 2013: 2.58 million ha / 258万公顷 (six) against environmentalgeography's 2.57 million",
  "China", "giant panda habitat area", "end-2013", "2.57 against 2.58 million hectares (conflict).", ms)
pairgrp("pnd_habitat_growth", PND, "Growth of panda habitat since 2003: 11.8% (six), 'nearly 12 percent'", "China", "increase in habitat area",
        "2003-2013",
        [F("pnd", 2, "an 11.8% expansion", 11.8, PC, "a"), F("pnd", 7, "expanded by 11.8 percent", 11.8, PC, "a"),
         F("pnd", 10, "increased by 11.8%", 11.8, PC, "a"), F("pnd", 13, "栖息地面积增加11.8%", 11.8, PC, "a"),
         F("pnd", 14, "增长了11.8%", 11.8, PC, "a"), F("pnd", 19, "棲息地面積增長11.8%", 11.8, PC, "a"),
         F("pnd", 3, "increased by nearly 12 percent", 12.0, PC, "a", q="under")],
        "'Nearly 12' holds 11.8 (consistent).")
pairgrp("pnd_potential_habitat", PND, "Potential panda habitat: 91万公顷 (two)", "China", "potential giant panda habitat", "end-2013",
        [F("pnd", 13, "潜在栖息地91万公顷", 9.1e5, HA, "a"), F("pnd", 18, "潛在棲息地91萬公頃", 9.1e5, HA, "a")])
ms = [
    F("pnd", 12, "Sichuan: 1,387 wild pandas", 1387, CNT, "a"),
    F("pnd", 14, "1387只野生", 1387, CNT, "a", note="headline"),
    F("pnd", 14, "四川省共有1387只", 1387, CNT, "a"),
    F("pnd", 19, "其中四川1,387隻", 1387, CNT, "a"),
    F("pnd", 7, "at 1,347, accounting", 1347, CNT, "a", vt="1,347", note="people.cn (Xinhua)"),
]
G("pnd_sichuan", PND, "Wild pandas in Sichuan at the end of 2013: 1,387 (four) against people.cn's 1,347", "Sichuan", "wild giant pandas",
  "end-2013", "1,347 against 1,387 (conflict).", ms)
pairgrp("pnd_sichuan_share", PND, "Sichuan's share of the wild pandas: 74.4% (three)", "Sichuan", "share of wild giant pandas", "end-2013",
        [F("pnd", 14, "占全国74.4%", 74.4, PC, "a", note="headline"), F("pnd", 14, "总数的74.4%", 74.4, PC, "a"),
         F("pnd", 19, "佔野生大熊貓總數74.4%", 74.4, PC, "a")])
pairgrp("pnd_in_reserves", PND, "Wild pandas living in nature reserves: 1,246 (three)", "China", "wild giant pandas in reserves", "end-2013",
        [F("pnd", 2, "1,246 wild giant pandas", 1246, CNT, "a"), F("pnd", 3, "found that 1,246 wild giant pandas", 1246, CNT, "a"),
         F("pnd", 8, "The survey shows 1,246", 1246, CNT, "a")])
pairgrp("pnd_in_reserves_share", PND, "Share of wild pandas in reserves: 66.8% (two), 'nearly 67 percent'", "China",
        "share of wild giant pandas in reserves", "end-2013",
        [F("pnd", 13, "66.8%的野生大熊猫", 66.8, PC, "a"), F("pnd", 15, "保护了66.8%的", 66.8, PC, "a"),
         F("pnd", 1, "nearly 67 percent of wild giant pandas", 67.0, PC, "a", q="under")],
        "'Nearly 67' holds 66.8 (consistent).")
pairgrp("pnd_reserves", PND, "Panda nature reserves: 67 (seven)", "China", "giant panda nature reserves", "2013-2018",
        [F("pnd", 1, "to 67, according", 67, CNT, "a", vt="67"), F("pnd", 2, "there are 67 panda nature reserves", 67, CNT, "a"),
         F("pnd", 3, "there are 67 panda nature reserves", 67, CNT, "a"), F("pnd", 8, "There are 67 panda reserves", 67, CNT, "a"),
         F("pnd", 10, "the country’s 67 nature reserves", 67, CNT, "a"), F("pnd", 15, "大熊猫自然保护区67个", 67, CNT, "a"),
         F("pnd", 19, "目前達67處", 67, CNT, "a")])
ms = [
    F("pnd", 2, "an increase of 27 such reserves", 27, CNT, "a"),
    F("pnd", 3, "an increase of 27 since 2003", 27, CNT, "a"),
    F("pnd", 5, "set up 27 new preservation areas", 27, CNT, "a"),
    F("pnd", 6, "set up 27 new preservation areas", 27, CNT, "a"),
    F("pnd", 8, "an increase of 27 since", 27, CNT, "a"),
    F("pnd", 10, "including 27 reserves", 27, CNT, "a"),
    F("pnd", 19, "新建保護區27處", 27, CNT, "a"),
    F("pnd", 9, "founded 27 giant panda reserves", 27, CNT, "t04", note="all reserves in 2004"),
]
G("pnd_new_reserves", PND, "New panda reserves since the third survey: 27 (seven); china.org.cn's 27 reserves in all (2004)", "China",
  "new giant panda reserves", "2003-2013", "The same count (consistent); the 2004 total is another measure.", ms)
pairgrp("pnd_survey_area", PND, "Area searched by the fourth survey: 4.36 million ha / 近436万公顷", "China", "survey area", "2011-2014",
        [F("pnd", 7, "covered 4.36 million hectares", 4.36e6, HA, "a"), F("pnd", 10, "combing 4.36 million hectares", 4.36e6, HA, "a"),
         F("pnd", 14, "面积近436万公顷", 4.36e6, HA, "a", q="under")])
pairgrp("pnd_survey_staff", PND, "People taking part in the fourth survey: 2,000 / 'over 2,000' / 2000余人", "China", "survey staff", "2011-2014",
        [F("pnd", 7, "It took 2,000 people", 2000, CNT, "a"), F("pnd", 12, "with over 2,000 staff", 2000, CNT, "a", q="over"),
         F("pnd", 14, "投入2000余人", 2000, CNT, "a", q="over")], "The hedges hold 2,000 (consistent).")
pairgrp("pnd_counties", PND, "Counties with wild pandas: 49 (six)", "China", "counties with wild pandas", "end-2013",
        [F("pnd", 7, "covering 49 counties", 49, CNT, "a"), F("pnd", 12, "49 counties,", 49, CNT, "a"),
         F("pnd", 13, "49个县", 49, CNT, "a"), F("pnd", 14, "49个县", 49, CNT, "a"), F("pnd", 18, "49個縣", 49, CNT, "a"),
         F("pnd", 19, "49個縣", 49, CNT, "a")])
pairgrp("pnd_townships", PND, "Townships with wild pandas: 196 (four)", "China", "townships with wild pandas", "end-2013",
        [F("pnd", 12, "habitats cover 196 townships", 196, CNT, "a"), F("pnd", 13, "196个乡镇", 196, CNT, "a"),
         F("pnd", 14, "196个乡镇", 196, CNT, "a"), F("pnd", 18, "196個鄉鎮", 196, CNT, "a")])
pairgrp("pnd_cities", PND, "Cities (prefectures) with wild pandas: 17 (five)", "China", "prefectures with wild pandas", "end-2013",
        [F("pnd", 12, "and 17 cities", 17, CNT, "a"), F("pnd", 13, "三省的17个市", 17, CNT, "a"), F("pnd", 14, "三省的17个市", 17, CNT, "a"),
         F("pnd", 18, "三省的17個市", 17, CNT, "a"), F("pnd", 19, "三省的17個市", 17, CNT, "a")])
pairgrp("pnd_protected_2004", PND, "Wild pandas under protection in 2004: 'at least 95 percent' / 近95%", "China",
        "share of wild pandas protected", "2004",
        [F("pnd", 9, "At least 95 percent", 95.0, PC, "a", q="at_least"), F("pnd", 22, "近95%", 95.0, PC, "a", q="under")],
        "Two hedges whose ranges touch (consistent by the kit's rule).")
pairgrp("pnd_captive_2004", PND, "Pandas in captivity in 2004: 161 (twice)", "China", "giant pandas in captivity", "2004",
        [F("pnd", 9, "and 161 raised in captivity", 161, CNT, "a"), F("pnd", 9, "Of the 161 pandas", 161, CNT, "a")])

# panda singles and non-claims
S("pnd", 2, "approximately 33.2% of pandas", value=33.2, unit=PC, q="approx")
S("pnd", 3, "The remaining 618 pandas", value=618, unit=CNT)
S("pnd", 5, "319 hydropower stations", value=319, unit=CNT)
S("pnd", 5, "1,339 kilometers", value=1339, unit=KM)
S("pnd", 6, "319 hydropower stations", value=319, unit=CNT)
S("pnd", 6, "832 miles of roads", value=832, unit="miles")
S("pnd", 7, "some 223 giant pandas", value=223, unit=CNT, q="approx")
S("pnd", 7, "including 166 males", value=166, unit=CNT)
S("pnd", 7, "and 209 females", value=209, unit=CNT)
S("pnd", 7, "or 128.7 percent", value=128.7, unit=PC)
S("pnd", 7, "42 adults and cubs", value=42, unit=CNT)
S("pnd", 7, "collaborated with 17 zoos", value=17, unit=CNT)
S("pnd", 7, "60,000 days", value=60000, unit=DAYS)
S("pnd", 9, "more than 1,750 giant pandas", value=1750, unit=CNT, q="over")
S("pnd", 9, "some 70 percent were artificially bred", value=70.0, unit=PC, q="approx")
S("pnd", 9, "protect 32 counties", value=32, unit=CNT)
S("pnd", 9, "At least 90 percent", value=90.0, unit=PC, q="at_least")
S("pnd", 10, "around 72% larger", value=72.0, unit=PC, q="approx")
S("pnd", 12, "20,513 transect lines", value=20513, unit=CNT)
S("pnd", 12, "11,901 vegetation quad-rats", value=11901, unit=CNT)
S("pnd", 13, "每平方公里0.072只", value=0.072, unit="per_square_km")
S("pnd", 14, "分布县数量比“三调”增加4个", vt="4", value=4, unit=CNT)
S("pnd", 15, "种群数量为518只", value=518, unit=CNT)
S("pnd", 15, "总面积达336万公顷", value=3.36e6, unit=HA)
S("pnd", 15, "覆盖了53.8%", value=53.8, unit=PC)
S("pnd", 16, "圈养大熊猫数量为678只", value=678, unit=CNT)
S("pnd", 16, "| 约678只 |", value=678, unit=CNT, q="approx")
S("pnd", 16, "总计超过2500只", value=2500, unit=CNT, q="over")
S("pnd", 16, "| 超过2500只 |", value=2500, unit=CNT, q="over")
S("pnd", 18, "已經達到800隻以上", value=800, unit=CNT, q="at_least")
S("pnd", 18, "數量達808隻，「有效", value=808, unit=CNT)
S("pnd", 18, "數量達808隻，有效", value=808, unit=CNT)
S("pnd", 18, "總面積達4194.26平方公里", value=4194.26, unit=KM2)
S("pnd", 19, "新增面積118萬公頃", value=1.18e6, unit=HA)
S("pnd", 19, "先後有3隻人工繁育大熊貓", vt="3", value=3, unit=CNT)
S("pnd", 20, "縮減了1.7%", value=1.7, unit=PC)
S("pnd", 20, "都少了13%", value=13.0, unit=PC)
S("pnd", 20, "多了逾2.7倍", value=2.7, unit="times", q="over")
S("pnd", 20, "30個孤立熊貓群", value=30, unit=CNT)
S("pnd", 21, "數量達到600隻", value=600, unit=CNT)
S("pnd", 21, "增長率提高12倍", value=12, unit="times")
S("pnd", 22, "比預計多出40%", value=40.0, unit=PC)
S("pnd", 21, "體重80-120千克", vt="80-120", value=[80, 120], unit="kg")
NC("pnd", 1, "since its inception in 1961", "date")
NC("pnd", 2, "conducted between 1974 and 1977", "date")
NC("pnd", 2, "The second survey (1985-1988)", "date")
NC("pnd", 3, "April 17, 2008", "date")
NC("pnd", 3, "Over the last 12 years", "duration")
NC("pnd", 4, "(March 2, by Jeremy Hance)", "date")
NC("pnd", 5, "In this  Jan. 28, 2013 file photo", "date")
NC("pnd", 7, "CHENGDU, Feb. 28 --", "date")
NC("pnd", 7, "by June 2014 .", "date")
NC("pnd", 8, "[flagallery gid=91]", "page_furniture")
NC("pnd", 8, "In this Oct. 30, 2012 file photo", "date")
NC("pnd", 9, "over the past 15 years", "duration")
NC("pnd", 9, "baby pandas under 18 months old", "age")
NC("pnd", 10, "on 28 February", "date")
NC("pnd", 10, "conducted in 1998–2002", "date")
NC("pnd", 11, "The first survey (1974-77)", "date")
NC("pnd", 12, "On February 28, 2015", "date")
NC("pnd", 12, "since the early 19705", "garbled_number")
NC("pnd", 12, "I,I 14", "garbled_number")
NC("pnd", 12, "the first years of the 20005", "garbled_number")
NC("pnd", 12, "accounted For 74.496", "garbled_number")
NC("pnd", 12, "contains 78.796", "garbled_number")
NC("pnd", 13, "(野生大熊猫数量2020)", "page_furniture")
NC("pnd", 13, "到2021年1月", "date")
NC("pnd", 14, "于2011年10月正式启动", "date")
NC("pnd", 14, "3年中", "duration")
NC("pnd", 14, "18市(州)62县", "count_of_surveyed_units")
NC("pnd", 15, "截至2017年底", "date")
NC("pnd", 16, "截至2024年", "date")
NC("pnd", 17, "David, 1869", "date")
NC("pnd", 17, "(2016年数据[2])", "date")
NC("pnd", 18, " date 2025-11-21", "date")
NC("pnd", 18, "約占大熊貓國家公園總面積的1/5", "fraction")
NC("pnd", 19, "5.39.217.76: s9 m5 s7 u% B", "page_furniture")
NC("pnd", 20, " date 2017-09", "date")
NC("pnd", 20, "於2016年9月宣布", "date")
NC("pnd", 20, "未來80年", "duration")
NC("pnd", 21, "至少800萬年", "duration")
NC("pnd", 21, "截至2019年11月", "date")
NC("pnd", 21, "延長近10歲", "age")
NC("pnd", 15, "2016世界自然保护联盟", "date")

# ============================================================ Yangtze finless porpoise
pairgrp("fps_total_2022", FPS, "Yangtze finless porpoises in the 2022 survey: 1,249 (seven), 约1249头, 超過1200頭", "Yangtze", "finless porpoises",
        "2022",
        [F("fps", 1, "porpoises at 1,249", 1249, CNT, "a"),
         F("fps", 4, "1,249 over the last", 1249, CNT, "a"),
         F("fps", 12, "种群数量约为1249头", 1249, CNT, "a", q="approx"),
         F("fps", 14, "种群数量约为1249头", 1249, CNT, "a", q="approx"),
         F("fps", 18, "种群数量为1249头", 1249, CNT, "a", nth=1, note="caption"),
         F("fps", 18, "种群数量为1249头", 1249, CNT, "a", nth=2, note="caption, doubled"),
         F("fps", 19, "種群數量為1249頭", 1249, CNT, "a"),
         F("fps", 19, "到超過1200頭", 1200, CNT, "a", q="over")],
        "The count restated ('超過1200' holds it: consistent).")
pairgrp("fps_rise_2022", FPS, "Rise from 2017 to 2022: 'more than 20 percent', 23.42%", "Yangtze", "increase in finless porpoises", "2017-2022",
        [F("fps", 1, "more than 20 percent", 20.0, PC, "a", q="over"), F("fps", 19, "數量增加23.42%", 23.42, PC, "a")],
        "'More than 20' holds 23.42 (consistent).")
pairgrp("fps_main_2022", FPS, "Porpoises in the Yangtze main stream, 2022: 595 (two)", "Yangtze main stream", "finless porpoises", "2022",
        [F("fps", 4, "595 were spotted", 595, CNT, "a"), F("fps", 12, "长江干流约595头", 595, CNT, "a", q="approx")])
pairgrp("fps_poyang_2022", FPS, "Porpoises in Poyang Lake, 2022: 492 (two)", "Poyang Lake", "finless porpoises", "2022",
        [F("fps", 4, "492 in Poyang Lake", 492, CNT, "a"), F("fps", 12, "鄱阳湖约492头", 492, CNT, "a", q="approx")])
pairgrp("fps_dongting_2022", FPS, "Porpoises in Dongting Lake, 2022: 162 (two)", "Dongting Lake", "finless porpoises", "2022",
        [F("fps", 4, "162 in Dongting Lake", 162, CNT, "a"), F("fps", 12, "洞庭湖约162头", 162, CNT, "a", q="approx")])
pairgrp("fps_total_2017", FPS, "Yangtze finless porpoises in the 2017 survey: 1,012 (fourteen)", "Yangtze", "finless porpoises", "2017",
        [F("fps", 2, "A survey has found 1,012", 1012, CNT, "a"),
         F("fps", 4, "from 1,012", 1012, CNT, "a"),
         F("fps", 7, "only 1,012 finless porpoises", 1012, CNT, "a"),
         F("fps", 8, "to 1012 individuals", 1012, CNT, "a"),
         F("fps", 10, "an estimated 1,012", 1012, CNT, "a", q="approx"),
         F("fps", 13, "科考估算长江江豚约有1012头 极度", 1012, CNT, "a", q="approx", note="headline"),
         F("fps", 13, "  科考估算长江江豚约有1012头", 1012, CNT, "a", q="approx", note="sub-headline"),
         F("fps", 13, "数量约为1012头", 1012, CNT, "a", q="approx"),
         F("fps", 13, "这1012头长江江豚", 1012, CNT, "a"),
         F("fps", 14, "2017年的1012头", 1012, CNT, "a"),
         F("fps", 16, "仅剩约1012头", 1012, CNT, "a", q="approx"),
         F("fps", 19, "、1012頭", 1012, CNT, "a"),
         F("fps", 20, "約1012頭", 1012, CNT, "a", q="approx"),
         F("fps", 23, "僅剩約1012頭", 1012, CNT, "a", q="approx")])
pairgrp("fps_main_2017", FPS, "Porpoises in the main stream, 2017: 445 (five)", "Yangtze main stream", "finless porpoises", "2017",
        [F("fps", 7, "There are 445 in", 445, CNT, "a"), F("fps", 8, "to 445)", 445, CNT, "a"),
         F("fps", 10, "only 445 finless porpoises", 445, CNT, "a"), F("fps", 13, "干流约有445头", 445, CNT, "a", q="approx"),
         F("fps", 13, "种群数量约是445头", 445, CNT, "a", q="approx"), F("fps", 13, "降为445头", 445, CNT, "a")])
pairgrp("fps_dongting_2017", FPS, "Porpoises in Dongting Lake, 2017: 110 (three)", "Dongting Lake", "finless porpoises", "2017",
        [F("fps", 2, "about 110 Yangtze finless porpoises", 110, CNT, "a", q="approx"), F("fps", 8, "to 110)", 110, CNT, "a"),
         F("fps", 13, "洞庭湖约为110头", 110, CNT, "a", q="approx")])
pairgrp("fps_poyang_2017", FPS, "Porpoises in Poyang Lake, 2017: 457 (three)", "Poyang Lake", "finless porpoises", "2017",
        [F("fps", 2, "and 457 in Poyang Lake", 457, CNT, "a"), F("fps", 8, "to 457)", 457, CNT, "a"),
         F("fps", 13, "鄱阳湖约为457头", 457, CNT, "a", q="approx")])
ms = [
    F("fps", 7, "A survey by the ministry in 2012 found 1,045", 1045, CNT, "a"),
    F("fps", 9, "survey found 1,045 porpoises", 1045, CNT, "a"),
    F("fps", 19, "、1045頭", 1045, CNT, "a"),
    F("fps", 22, "種群數量為1045頭", 1045, CNT, "a"),
    F("fps", 3, "shrank to about 1,040", 1040, CNT, "a", q="approx"),
    F("fps", 5, "around 1,040 in 2012", 1040, CNT, "a", q="approx"),
    F("fps", 20, "約1040頭", 1040, CNT, "a", q="approx"),
    F("fps", 8, "from 1040 in 2012", 1040, CNT, "a", note="WWF"),
    F("fps", 6, "dropped to just 1,000", 1000, CNT, "a", note="people.cn (China Daily), March 2013"),
    F("fps", 5, "an estimated 1,000 finless porpoises", 1000, CNT, "a", q="approx", note="yibada, November 2015: 'currently'"),
    F("fps", 15, "仅剩1000多头", 1000, CNT, "a", q="over"),
    F("fps", 21, "降至約1000條", 1000, CNT, "a", q="approx", note="mingpao, 2016: 'the latest report'"),
]
G("fps_total_2012", FPS, "Yangtze finless porpoises in the 2012 survey: 1,045 (four), 'about 1,040' (three) against WWF's plain 1040 and people.cn's 'just 1,000'",
  "Yangtze", "finless porpoises", "2012", "A plain 1040 or 1,000 rounds 1,045 (rounding); the hedges hold the figure (consistent).", ms)
ms = [
    F("fps", 6, "declining by 13.7 percent a year", 13.7, PC, "a"),
    F("fps", 7, "declining by 13.7 percent a year", 13.7, PC, "a"),
    F("fps", 13, "大概是13.7%", 13.7, PC, "a", q="approx"),
    F("fps", 5, "nearly 14 percent per year", 14.0, PC, "a", q="under"),
    F("fps", 8, "almost 13 per cent per year", 13.0, PC, "a", q="under", note="WWF"),
]
G("fps_decline_rate", FPS, "Yearly fall of the porpoise population 2006-2012: 13.7% (three), 'nearly 14 percent' against WWF's 'almost 13 per cent'",
  "Yangtze", "yearly decline of finless porpoises", "2006-2012", "'Almost 13' excludes 13.7 (conflict); 'nearly 14' holds it (consistent).", ms)
ms = [
    F("fps", 7, "dropped by more than 50 percent", 50.0, PC, "a", q="over"),
    F("fps", 3, "about 14 percent less than six years previously", 14.0, PC, "a", q="approx", note="ihb (Xinhua)"),
    F("fps", 9, "declined by 13.7 per cent over the past six years", 13.7, PC, "a", note="thewaterhub"),
]
G("fps_decline_0612", FPS, "Fall of the porpoise population 2006-2012 in all: 'more than 50 percent' against ihb's 'about 14 percent' and thewaterhub's 13.7 per cent",
  "Yangtze", "decline of finless porpoises", "2006-2012", "14 and 13.7 per cent against 'more than 50' (conflict).", ms)
pairgrp("fps_decline_rate_2006", FPS, "Yearly fall six years before 2012: 5 percent (two)", "Yangtze", "yearly decline of finless porpoises",
        "to 2006", [F("fps", 6, "compared with 5 percent", 5.0, PC, "a"), F("fps", 7, "compared with 5 percent", 5.0, PC, "a")])
pairgrp("fps_total_2006", FPS, "Yangtze finless porpoises in the 2006 survey: about 1,800 (five)", "Yangtze", "finless porpoises", "2006",
        [F("fps", 5, "compared to 1,800 in 2006", 1800, CNT, "a"), F("fps", 19, "從1800頭", 1800, CNT, "a"),
         F("fps", 20, "約1800頭", 1800, CNT, "a", q="approx"), F("fps", 21, "2006年的1800條", 1800, CNT, "a"),
         F("fps", 17, "~1,800 只", 1800, CNT, "a", q="approx")])
pairgrp("fps_main_2006", FPS, "Porpoises in the main stream, 2006: 1,225 (four)", "Yangtze main stream", "finless porpoises", "2006",
        [F("fps", 6, "down from 1,225 in 2006", 1225, CNT, "a"), F("fps", 7, "down from 1,225 in 2006", 1225, CNT, "a"),
         F("fps", 10, "down from 1,225 in 2006", 1225, CNT, "a"), F("fps", 13, "估算有1225头", 1225, CNT, "a")])
pairgrp("fps_main_2012", FPS, "Porpoises in the main stream, 2012: 505 (three), about 500 (four)", "Yangtze main stream", "finless porpoises", "2012",
        [F("fps", 8, "fell (505", 505, CNT, "a"), F("fps", 13, "降到了505头", 505, CNT, "a"), F("fps", 13, "这5年从505头", 505, CNT, "a"),
         F("fps", 6, "was about 500", 500, CNT, "a", q="approx"),
         F("fps", 7, "there were about 500 porpoises", 500, CNT, "a", q="approx", note="China Daily dates it 2006 by a slip ('down from 1,225 in 2006')"),
         F("fps", 15, "江豚种群约为500头", 500, CNT, "a", q="approx"), F("fps", 17, "~500 只", 500, CNT, "a", q="approx")],
        "'About 500' holds 505 (consistent).")
pairgrp("fps_poyang_2012", FPS, "Porpoises in Poyang Lake, 2012: 450 (four)", "Poyang Lake", "finless porpoises", "2012",
        [F("fps", 8, "Poyang Lake (450", 450, CNT, "a"),
         F("fps", 15, "鄱阳湖约为450头", 450, CNT, "a", q="approx"), F("fps", 21, "大約有450條", 450, CNT, "a", q="approx"),
         F("fps", 22, "鄱陽湖有450頭", 450, CNT, "a")])
pairgrp("fps_dongting_2012", FPS, "Porpoises in Dongting Lake, 2012: 90 (two)", "Dongting Lake", "finless porpoises", "2012",
        [F("fps", 8, "Lake (from 90", 90, CNT, "a"),
         F("fps", 15, "洞庭湖约为90头", 90, CNT, "a", q="approx")])
ms = [
    F("fps", 14, "20世纪90年代的2700头", 2700, CNT, "a"),
    F("fps", 16, "数量有2700多头", 2700, CNT, "a", q="over", note="'1991年'"),
    F("fps", 17, ">2,500 只", 2500, CNT, "a", q="over"),
    F("fps", 20, "種群數量約2550頭", 2550, CNT, "ms", q="approx", note="the main stream only"),
]
G("fps_total_1990s", FPS, "Yangtze finless porpoises in the 1990s: 2700 / 2700多 / >2,500; handmsg's 約2550 in the main stream", "Yangtze",
  "finless porpoises", "1990s", "The hedges hold 2700 (consistent); the main stream is another scope.", ms)
ms = [
    F("fps", 24, "僅剩約1,200隻", 1200, CNT, "a", q="approx", note="BBC, 2025"),
    F("fps", 17, "野外个体估计不足 1,000", 1000, CNT, "a", q="under", note="i133: '目前普遍估计'"),
    F("fps", 17, "目前普遍估计:<1,000", 1000, CNT, "a", q="under"),
]
G("fps_current", FPS, "The porpoises 'now': BBC's 約1,200 against i133's 'under 1,000' (twice)", "Yangtze", "finless porpoises",
  "current estimate", "'Under 1,000' against about 1,200 (conflict).", ms)
pairgrp("fps_total_2025", FPS, "Yangtze finless porpoises in 2025: 1,426 (three)", "Yangtze", "finless porpoises", "2025",
        [F("fps", 11, "reaching 1,426 individuals", 1426, CNT, "a"), F("fps", 14, "已经恢复到1426头", 1426, CNT, "a"),
         F("fps", 14, "2025年恢复到1426头", 1426, CNT, "a")])
pairgrp("fps_rise_2025", FPS, "Rise from 2022 to 2025: 177 (two)", "Yangtze", "increase in finless porpoises", "2022-2025",
        [F("fps", 11, "increase of 177 porpoises", 177, CNT, "a"), F("fps", 14, "增加177头", 177, CNT, "a")])
ms = [
    F("fps", 13, "历时52天", 52, DAYS, "a"),
    F("fps", 8, "the 49-day survey", 49, DAYS, "a", note="WWF"),
    F("fps", 3, "The 40-day expedition", 40, DAYS, "p", note="planned, at the start"),
    F("fps", 9, "last about 40 days", 40, DAYS, "p", q="approx", note="planned"),
]
G("fps_days_2017", FPS, "Length of the 2017 survey: 52 days (Xinhua) against WWF's 49; 40 days planned (two)", "Yangtze", "survey length", "2017",
  "49 against 52 days (conflict); the plan is another basis (conflict as alt).", ms, X(ms, DC, ["a"], ["p"]))
pairgrp("fps_length_2017", FPS, "Stretch of river covered in 2017: 1,669 km (two)", "Yangtze", "survey length", "2017",
        [F("fps", 10, "a 1,669 km", 1669, KM, "a"), F("fps", 13, "宜昌至上海1669公里", 1669, KM, "a")])
pairgrp("fps_trip_2012", FPS, "Round trip of the 2012 and 2017 surveys: 3,400 km (two)", "Yangtze", "survey distance", "2012-2017",
        [F("fps", 6, "3,400-km expedition", 3400, KM, "a"), F("fps", 9, "The 3,400km round trip", 3400, KM, "a")])
# porpoise singles and non-claims
S("fps", 1, "found 99 pairs", value=99, unit=CNT)
S("fps", 3, "A total of 165 Yangtze", value=165, unit=CNT)
S("fps", 3, "identified 102 finless porpoises", value=102, unit=CNT)
S("fps", 3, "a 1,300 kilometers round-trip", value=1300, unit=KM)
S("fps", 5, "from 22 to 50", vt="22", value=22, unit=CNT)
S("fps", 5, "physical examinations of 49 porpoises", value=49, unit=CNT)
S("fps", 5, "counted more than 50 living", value=50, unit=CNT, q="over")
S("fps", 5, "a 21-km traffic-free section", value=21, unit=KM)
S("fps", 6, "visually identified 380 individual", value=380, unit=CNT)
S("fps", 6, "assessed at about 540", value=540, unit=CNT, q="approx")
S("fps", 6, "with 67 percent of the total", value=67.0, unit=PC)
S("fps", 7, "567 in the Dongting and Poyang lakes", value=567, unit=CNT)
S("fps", 9, "involve 32 members", value=32, unit=CNT)
S("fps", 10, "(1,040 miles)", value=1040, unit="miles")
S("fps", 10, "10 dead porpoises", value=10, unit=CNT)
S("fps", 10, "A total of 1,085 animals", value=1085, unit=CNT)
S("fps", 10, "738 of the protected species", value=738, unit=CNT)
S("fps", 10, "only 102 seeing improvements", value=102, unit=CNT)
S("fps", 14, "迁地保护群体超过150头", value=150, unit=CNT, q="over")
S("fps", 14, "数量超过10头", value=10, unit=CNT, q="over")
S("fps", 14, "监测到鱼类351种", value=351, unit=CNT)
S("fps", 14, "比禁渔前增加43种", value=43, unit=CNT)
S("fps", 15, "圈养大熊猫种群数量已达317只", value=317, unit=CNT)
S("fps", 16, "以每年5%-10%的速度", vt="5%-10%", value=[5.0, 10.0], unit=PC)
S("fps", 19, "年均增長率為4.3%", value=4.3, unit=PC)
S("fps", 20, "來自全國的120名科考隊員", value=120, unit=CNT)
S("fps", 20, "走遍了1600公里", value=1600, unit=KM)
S("fps", 20, "跌破7.11米", value=7.11, unit="metres")
S("fps", 22, "江豚數從47降為0", vt="47", value=47, unit=CNT)
S("fps", 22, "觀測到47頭長江江豚", value=47, unit=CNT)
S("fps", 22, "今年第12頭死亡江豚", value=12, unit=CNT)
S("fps", 23, "最多的有過87頭", value=87, unit=CNT)
S("fps", 24, "使22萬名漁民失業", value=2.2e5, unit=CNT)
NC("fps", 1, "compared to 2017", "date")
NC("fps", 2, "in 2016. (Photo/Xinhua)", "date")
NC("fps", 3, "WUHAN, Nov. 25 (Xinhua)", "date")
NC("fps", 3, "On November 10, a scientific", "date")
NC("fps", 4, "2023-02-28 16:02:27", "date")
NC("fps", 4, "published on February 28, 2023", "date")
NC("fps", 4, "once every five years since 2006", "date")
NC("fps", 5, "on June 3, 2007.", "date", nth=1)
NC("fps", 5, "on Nov. 19 at the", "date")
NC("fps", 5, "set up in 1992", "date")
NC("fps", 6, "44-day", "duration")
NC("fps", 7, "Updated: 2018-08-10 07:00", "date")
NC("fps", 7, "on Aug 2.", "date")
NC("fps", 7, "for 25 million years", "duration")
NC("fps", 8, "Posted on 26 July 2018", "date")
NC("fps", 8, "between 2006-2012", "date")
NC("fps", 8, "a 10-year plan", "duration")
NC("fps", 9, "every 50 km", "interval")
NC("fps", 11, "effective January 1, 2021", "date")
NC("fps", 11, "approximately 25 million years", "duration")
NC("fps", 13, "2018-07-25 07:25:32", "date")
NC("fps", 13, "2017年11月10日至12月31日", "date")
NC("fps", 14, "2026-02-01 02:27:18", "date")
NC("fps", 14, "中新社北京1月30日电", "date")
NC("fps", 14, "自2021年1月1日起", "date")
NC("fps", 15, "(2013-03-31 21:13:57)", "date")
NC("fps", 15, "328日终于在武汉发布", "garbled_number")
NC("fps", 16, "估计再过10-15年", "duration")
NC("fps", 17, "体长约 2 米", "body_size")
NC("fps", 18, "(2021年5月11日摄", "date", nth=1)
NC("fps", 20, "距船200米", "distance")
NC("fps", 20, "離岸300米", "distance")
NC("fps", 20, "角度30度", "angle")
NC("fps", 22, "2020-11-28 中國新聞網", "date")
NC("fps", 22, "2013年12月", "date")
NC("fps", 23, "2018年4月11日被升級", "date")
NC("fps", 23, "壽命約20 年", "age")
NC("fps", 24, "距離長江河岸僅5公里", "distance")
NC("fps", 24, "已經過了22年", "duration")

# ============================================================ mangroves
ms = [
    F("mgv", 14, "21世纪初的2.2万公顷", 2.2e4, HA, "a"),
    F("mgv", 18, "本世纪初的2.2万公顷", 2.2e4, HA, "a"),
    F("mgv", 21, "2000年減少到2.2萬公頃", 2.2e4, HA, "a"),
    F("mgv", 3, "from 8,300 hectares since the beginning", 8300, HA, "a", note="o-abroad: the increase read as the starting area"),
    F("mgv", 19, "减少到约 1.86 万公顷", 1.86e4, HA, "pku", q="approx", note="another study (Peking University journal)"),
]
G("mgv_china_2000", MGV, "China's mangroves at the start of the century: 2.2万公顷 (three) against o-abroad's 8,300 ha; the PKU study's 1.86万",
  "China", "mangrove area", "2000", "8,300 against 22,000 ha (conflict); the other study is another basis (conflict as alt).", ms,
  X(ms, DC, ["a"], ["pku"]))
ms = [
    F("mgv", 15, "alt=\"我国红树林面积达到3.03万公顷", 3.03e4, HA, "a", note="image caption"),
    F("mgv", 15, "我国红树林面积达到3.03万公顷 呈现", 3.03e4, HA, "a", nth=1, note="headline"),
    F("mgv", 15, "已达3.03万公顷", 3.03e4, HA, "a"),
    F("mgv", 22, "面積達(dá)到3.03萬公頃", 3.03e4, HA, "a", note="headline"),
    F("mgv", 22, "已達(dá)3.03萬公頃", 3.03e4, HA, "a"),
    F("mgv", 2, "has reached 30,300 hectares", 30300, HA, "a"),
    F("mgv", 3, "has reached 30,300 hectares", 30300, HA, "a"),
    F("mgv", 18, "恢复增长至3万公顷", 3e4, HA, "a", note="19741211 (Beijing Youth Daily), World Wetlands Day 2025"),
]
G("mgv_china_2024", MGV, "China's mangroves in February 2025: 3.03万 / 30,300 ha (seven) against 19741211's 3万", "China", "mangrove area",
  "2024 (announced 2 February 2025)", "3万 rounds 3.03万 (rounding).", ms)
pairgrp("mgv_china_rise_2024", MGV, "Rise in China's mangroves since 2000, as told in 2025: 0.83万 / 8,300 ha (three)", "China",
        "increase in mangrove area", "2000-2024",
        [F("mgv", 15, "增加了约0.83万公顷", 8300, HA, "a", q="approx"), F("mgv", 22, "增加了約0.83萬公頃", 8300, HA, "a", q="approx"),
         F("mgv", 2, "up approximately 8,300 hectares", 8300, HA, "a", q="approx")])
ms = [
    F("mgv", 21, "面積增至2.9萬公頃", 2.9e4, HA, "a", nth=1, note="headline"),
    F("mgv", 21, "我國紅樹林面積增至2.9萬公頃,", 2.9e4, HA, "a"),
    F("mgv", 21, "面積增加到2.9萬公頃", 2.9e4, HA, "a"),
    F("mgv", 1, "total area of 29,000 hectares", 29000, HA, "a"),
    F("mgv", 19, "已恢复至 2.8 万公顷", 2.8e4, HA, "pku", note="the PKU study: 2020"),
]
G("mgv_china_2019", MGV, "China's mangroves in 2019: 2.9萬公頃 / 29,000 ha (four); the PKU study's 2.8万 for 2020", "China", "mangrove area",
  "2019", "The figure restated (consistent); the other study and year are another basis (conflict as alt).", ms, X(ms, DC, ["a"], ["pku"]))
pairgrp("mgv_china_rise_2019", MGV, "Rise in China's mangroves in twenty years, as told in 2020: 7,000 ha (three)", "China",
        "increase in mangrove area", "2000-2019",
        [F("mgv", 1, "by 7,000 hectares", 7000, HA, "a"), F("mgv", 16, "面积增加7000公顷", 7000, HA, "a"),
         F("mgv", 21, "面積增加7000公頃", 7000, HA, "a")])
ms = [
    F("mgv", 14, "恢复到2.7万公顷", 2.7e4, HA, "a"),
    F("mgv", 17, "红树林地面积40.60万亩。自然", 406000 * MU, HA, "a", vt="40.60万", mult=MU, note="summary"),
    F("mgv", 17, "我国现有红树林地面积40.60万亩。", 406000 * MU, HA, "a", vt="40.60万", mult=MU, nth=2),
    F("mgv", 23, "紅樹林地面積40.60萬畝", 406000 * MU, HA, "a", vt="40.60萬", mult=MU),
]
G("mgv_china_tlus", MGV, "China's mangroves in the third land survey: 40.60万亩 (three) and whb's 2.7万公顷", "China", "mangrove area",
  "third national land survey (2019), told 2022", "2.7万公顷 rounds 40.60万亩 = 27,067 ha (rounding).", ms)
S("mgv", 14, "增加了5000公顷左右", value=5000, unit=HA, q="approx")
ms = [
    F("mgv", 1, "Currently, 55 percent", 55.0, PC, "a"),
    F("mgv", 21, "目前我國55%的紅樹林", 55.0, PC, "a"),
    F("mgv", 14, "中国55%以上的红树林", 55.0, PC, "a", q="at_least", note="2022"),
    F("mgv", 13, "By 2019, 67% of the mangrove forests", 67.0, PC, "a", note="Wang et al. 2020"),
]
G("mgv_china_protected", MGV, "Share of China's mangroves protected (2019): 55% (two), 55%以上, against Wang et al.'s 67%", "China",
  "share of mangroves protected", "2019", "67% against 55% (conflict); '55%以上' holds 67 (consistent).", ms)
pairgrp("mgv_world_protected", MGV, "World average share of mangroves protected: 25% (two)", "world", "share of mangroves protected", "2019",
        [F("mgv", 1, "world average of 25 percent", 25.0, PC, "a"), F("mgv", 21, "世界25%的平均水平", 25.0, PC, "a")])
pairgrp("mgv_world_lost", MGV, "Share of the world's mangroves lost: 35% (three; 1980-2000 in treehugger)", "world", "share of mangroves lost",
        "since 1980",
        [F("mgv", 1, "About 35 percent of mangroves", 35.0, PC, "a", q="approx"), F("mgv", 21, "全球35%的紅樹林", 35.0, PC, "a"),
         F("mgv", 6, "35% of mangrove forests were lost", 35.0, PC, "a")])
pairgrp("mgv_world_rate", MGV, "Yearly loss of the world's mangroves: 1%-2% (two)", "world", "yearly mangrove loss", "2020",
        [F("mgv", 1, "from 1 percent to 2 percent", [1.0, 2.0], PC, "a", vt="1 percent to 2 percent", step=1.0),
         F("mgv", 21, "每年1%-2%", [1.0, 2.0], PC, "a", vt="1%-2%", step=1.0)])
ms = [
    F("mgv", 5, "(137,760 square kilometers)", 137760, KM2, "a"),
    F("mgv", 7, "as 137,760 km2", 137760, KM2, "a"),
    F("mgv", 8, "was 137,800 square kilometres", 137800, KM2, "a"),
    F("mgv", 12, "covered 13.8 million ha", 138000, KM2, "a", mult=0.01, note="hectares: 13.8 million ha = 138,000 km2"),
]
G("mgv_giri_km2", MGV, "World mangrove area in 2000 (Giri et al. 2011): 137,760 km2 (two) against 137,800 km2 and 13.8 million ha", "world",
  "mangrove area", "2000", "137,800 and 13.8 million ha round 137,760 (rounding).", ms)
ms = [
    F("mgv", 5, "approximately 53,290 square miles", 53290, MI2, "a", q="approx"),
    F("mgv", 6, "approximately 53,190 square miles", 53190, MI2, "a", q="approx"),
    F("mgv", 8, "(53,200 sq mi)", 53200, MI2, "a"),
]
G("mgv_giri_mi2", MGV, "World mangrove area in square miles: democraticunderground's 53,290, treehugger's 53,190, Wikipedia's 53,200", "world",
  "mangrove area", "2000", "53,290 against 53,190 and 53,200 (conflict); 53,200 rounds 53,190 (consistent by the kit's hedge rule).", ms)
ms = [
    F("mgv", 5, "12.3 percent less area", 12.3, PC, "a"),
    F("mgv", 6, "there are 12.3% fewer", 12.3, PC, "a"),
    F("mgv", 6, "Earth Has 12% Fewer", 12.0, PC, "a", note="headline"),
    F("mgv", 7, "12% less (approx.)", 12.0, PC, "a", q="approx"),
]
G("mgv_less_than_thought", MGV, "How much less mangrove than previously estimated: 12.3% (two) against treehugger's headline 12%", "world",
  "mangrove area below the earlier estimate", "2000", "A plain 12% rounds 12.3 (rounding); '12% (approx.)' holds it.", ms)
ms = [
    F("mgv", 6, "some 118 countries", 118, CNT, "a", q="approx"),
    F("mgv", 7, "covering 118 countries", 118, CNT, "a"),
    F("mgv", 8, "spanning 118 countries", 118, CNT, "a"),
    F("mgv", 9, "are found in 117 countries", 117, CNT, "a"),
    F("mgv", 9, "across 117 countries", 117, CNT, "a"),
]
G("mgv_countries", MGV, "Countries and territories with mangroves (Giri et al.): 118 (three) against wikizero's 117 (twice)", "world",
  "countries with mangroves", "2000-2010", "117 against 118 (conflict).", ms)
pairgrp("mgv_top15", MGV, "Share of mangroves in the top 15 countries: 75% (three)", "world", "share of mangroves in 15 countries", "2000",
        [F("mgv", 5, "reveals that 75 percent", 75.0, PC, "a"), F("mgv", 7, "approximately 75% of mangroves", 75.0, PC, "a", q="approx"),
         F("mgv", 9, "approximately 75% of the global", 75.0, PC, "a", q="approx")])
pairgrp("mgv_giri_protected", MGV, "Share of the world's mangroves protected (Giri): ~6.9 percent, 'just under 7%'", "world",
        "share of mangroves protected", "2000",
        [F("mgv", 5, "~6.9 percent is protected", 6.9, PC, "a", q="approx"), F("mgv", 6, "just under 7%", 7.0, PC, "a", q="under")],
        "'Just under 7' holds 6.9 (consistent).")
pairgrp("mgv_asia", MGV, "Asia's share of the world's mangroves: 42% (two)", "Asia", "share of mangroves", "2000",
        [F("mgv", 5, "with 42 percent", 42.0, PC, "a"), F("mgv", 6, "Asia has 42%", 42.0, PC, "a")])
pairgrp("mgv_africa", MGV, "Africa's share: 21% (two)", "Africa", "share of mangroves", "2000",
        [F("mgv", 5, "Africa with 21 percent", 21.0, PC, "a"), F("mgv", 6, "while 21% are found in Africa", 21.0, PC, "a")])
pairgrp("mgv_americas", MGV, "North and Central America's share: 15% (two)", "North and Central America", "share of mangroves", "2000",
        [F("mgv", 5, "with 15 percent", 15.0, PC, "a"), F("mgv", 6, "15% in North", 15.0, PC, "a")])
pairgrp("mgv_oceania", MGV, "Oceania's share: 12% (two)", "Oceania", "share of mangroves", "2000",
        [F("mgv", 5, "Oceania with 12 percent", 12.0, PC, "a"), F("mgv", 6, "12% in Oceania", 12.0, PC, "a")])
pairgrp("mgv_s_america", MGV, "South America's share: 11% (two)", "South America", "share of mangroves", "2000",
        [F("mgv", 5, "South America with 11 percent", 11.0, PC, "a"), F("mgv", 6, "11% in South America", 11.0, PC, "a")])
ms = [
    F("mgv", 10, "nearly 20% of these forests", 20.0, PC, "gma16", q="under"),
    F("mgv", 11, "Indonesia alone accounting for 21%", 21.0, PC, "gma20"),
    F("mgv", 9, "between 26% and 29%", [26.0, 29.0], PC, "giri", vt="26% and 29%", step=1.0),
]
G("mgv_indonesia", MGV, "Indonesia's share of the world's mangroves by map: nearly 20% (GMA 2021), 21% (GMA 2024), 26-29% (Giri)", "Indonesia",
  "share of mangroves", "2000-2020", "Different maps and years (different_basis, conflict as alt).", ms,
  X(ms, DC, ["gma16"], ["gma20", "giri"]), X(ms, DC, ["gma20"], ["giri"]))
ms = [
    F("mgv", 4, "create 18,800 ha by 2025", 18800, HA, "a", note="headline"),
    F("mgv", 4, "restored 18,800 hectares", 18800, HA, "a"),
    F("mgv", 14, "营造和修复红树林1.88万公顷", 18800, HA, "a"),
    F("mgv", 17, "红树林面积28.2万亩", 282000 * MU, HA, "a", vt="28.2万", mult=MU),
    F("mgv", 23, "紅樹林面積28.2萬畝", 282000 * MU, HA, "a", vt="28.2萬", mult=MU),
]
G("mgv_plan_2025", MGV, "Mangroves to be created and restored by 2025: 18,800 ha / 1.88万公顷 / 28.2万亩", "China", "mangrove creation and restoration target",
  "2020-2025", "The same target (consistent; 28.2万亩 = 18,800 ha).", ms)
pairgrp("mgv_planted_5y", MGV, "Mangroves planted in five years, as told in 2025: 'over 8,800' / 8800多 ha (four)", "China", "mangroves planted",
        "2020-2024",
        [F("mgv", 2, "planted over 8,800 hectares", 8800, HA, "a", q="over"), F("mgv", 3, "more than 8,800 hectares", 8800, HA, "a", q="over"),
         F("mgv", 15, "营造红树林8800多公顷", 8800, HA, "a", q="over"), F("mgv", 22, "營造紅樹林8800多公頃", 8800, HA, "a", q="over")])
pairgrp("mgv_restored_5y", MGV, "Mangroves restored in five years: 8,200 ha (four)", "China", "mangroves restored", "2020-2024",
        [F("mgv", 2, "an additional 8,200 hectares", 8200, HA, "a"), F("mgv", 3, "an additional 8,200 hectares", 8200, HA, "a"),
         F("mgv", 15, "修复红树林8200公顷", 8200, HA, "a"), F("mgv", 22, "修復(fù)紅樹林8200公頃", 8200, HA, "a")])
pairgrp("mgv_wetland_area", MGV, "China's wetland area: 'over 56.35 million hectares' (two)", "China", "wetland area", "2024",
        [F("mgv", 2, "over 56.35 million hectares", 56.35e6, HA, "a", q="over"), F("mgv", 3, "over 56.35 million hectares", 56.35e6, HA, "a", q="over")])
pairgrp("mgv_wetland_reserves", MGV, "China's wetland nature reserves: 'more than' / 'over' 2,200 (two)", "China", "wetland nature reserves", "2024",
        [F("mgv", 2, "More than 2,200 wetland", 2200, CNT, "a", q="over"), F("mgv", 3, "over 2,200 natural reserves", 2200, CNT, "a", q="over")])
S("mgv", 2, "More than 1 million hectares", value=1e6, unit=HA, q="over")
pairgrp("mgv_tropical_share", MGV, "Mangroves' share of the world's tropical forests: 0.7% (two)", "world", "share of tropical forest", "2000",
        [F("mgv", 7, "accounts for 0.7% of total tropical forests", 0.7, PC, "a"), F("mgv", 16, "全球热带森林面积的0.7%", 0.7, PC, "a")])
ms = [
    F("mgv", 16, "每年1%增长", 1.0, PC, "a", note="headline"),
    F("mgv", 16, "现在以每年1%的速度增长", 1.0, PC, "a"),
    F("mgv", 13, "increased by 1.8% per year", 1.8, PC, "w", note="Wang et al.: the average since 2001"),
]
G("mgv_china_growth", MGV, "Yearly growth of China's mangroves: 1% 'now' (hxcsw, twice) against Wang et al.'s 1.8% a year since 2001", "China",
  "yearly growth of mangrove area", "2001-2020", "Another period and source (different_basis, conflict as alt).", ms, X(ms, DC, ["a"], ["w"]))
ms = [
    F("mgv", 10, "Today there are 136,000km2", 136000, KM2, "gma16", note="GMA 2021: the 2016 map"),
    F("mgv", 11, "It maps 147,256 km²", 147256, KM2, "gma20", note="GMW v4.0: 2020"),
]
G("mgv_gma_area", MGV, "World mangrove area by the Global Mangrove Alliance: 136,000 km2 (2016 map) and 147,256 km2 (2020, GMW v4.0)", "world",
  "mangrove area", "2016-2020", "Different maps and years (different_basis, conflict as alt).", ms, X(ms, DC, ["gma16"], ["gma20"]))

# mangrove singles and non-claims
S("mgv", 2, "903 national wetland parks", value=903, unit=CNT)
S("mgv", 2, "2.4 million hectares", value=2.4e6, unit=HA)
S("mgv", 4, "9050ha of mangrove forests", value=9050, unit=HA)
S("mgv", 4, "and 9750ha will be rehabilitated", value=9750, unit=HA)
S("mgv", 4, "China has 37 kinds", value=37, unit=CNT)
S("mgv", 5, "at least $1.6 billion", value=1.6e9, unit=USD, q="at_least")
S("mgv", 7, "was 181,077 km2", value=181077, unit=KM2)
S("mgv", 7, "about 154,704.5 km2", value=154704.5, unit=KM2, q="approx")
S("mgv", 7, "about 14.5% less", value=14.5, unit=PC, q="approx")
S("mgv", 10, "some 4.3% of mangroves", value=4.3, unit=PC, q="approx")
S("mgv", 10, "100 authors", value=100, unit=CNT)
S("mgv", 10, "(over 40 locales)", value=40, unit=CNT, q="over")
S("mgv", 11, "a remarkable 394 tonnes", value=394, unit="tonnes")
S("mgv", 11, "over 650 tonnes per hectare", value=650, unit="tonnes", q="over")
S("mgv", 11, "Over 5,700 plant and animal species", value=5700, unit=CNT, q="over")
S("mgv", 11, "across 21 phyla", value=21, unit=CNT)
S("mgv", 11, "by 15-20%", vt="15-20%", value=[15.0, 20.0], unit=PC)
S("mgv", 11, "over 70% in some areas", value=70.0, unit=PC, q="over")
S("mgv", 11, "nearly 800 billion young fish", value=8e11, unit=CNT, q="under")
S("mgv", 12, "down from 19.8 million ha in 1980", value=19.8e6, unit=HA)
S("mgv", 12, "15.9 million ha in 1990", value=15.9e6, unit=HA)
S("mgv", 12, "about 2 per cent per year", value=2.0, unit=PC, q="approx")
S("mgv", 12, "and 1 per cent per year", value=1.0, unit=PC)
S("mgv", 12, "approximately 150,000 ha per year", value=150000, unit=HA, q="approx")
S("mgv", 13, "lost about 50% of its mangrove forests", value=50.0, unit=PC, q="approx")
S("mgv", 13, "Of the 26 mangrove species", value=26, unit=CNT)
S("mgv", 13, "About 53% of the existing", value=53.0, unit=PC, q="approx")
S("mgv", 13, "decreased by 53.1%", value=53.1, unit=PC)
S("mgv", 13, "from 21.8 Tg C", value=21.8, unit="Tg")
S("mgv", 13, "to 10.2 Tg C", value=10.2, unit="Tg")
S("mgv", 14, "我国现有6个国家级红树林自然保护区", vt="6", value=6, unit=CNT)
S("mgv", 16, "可以降低浪高66%", value=66.0, unit=PC)
S("mgv", 16, "全球陆地面积的0.1%", value=0.1, unit=PC)
S("mgv", 16, "全球80%的捕鱼量", value=80.0, unit=PC)
S("mgv", 16, "热带森林的将近6倍", value=6, unit="times", q="under")
S("mgv", 19, "1970 年代的 4.88 万公顷", value=4.88e4, unit=HA)
S("mgv", 19, "碳储量增加至 24.1 Mt CO2e", value=24.1, unit="Mt")
S("mgv", 19, "由 45.7 Mt CO2e", value=45.7, unit="Mt")
S("mgv", 19, "减至 15.4 Mt CO2e", value=15.4, unit="Mt")
S("mgv", 19, "有 15 种不同程度地濒危", value=15, unit=CNT)
S("mgv", 19, "超过 210 亿吨 CO2", value=2.1e10, unit="tonnes", q="over")
S("mgv", 19, "面积减少 80 万公顷", value=8e5, unit=HA)
S("mgv", 20, "总面积20278.8公顷", value=20278.8, unit=HA)
S("mgv", 20, "红树林有林面积7228公顷", value=7228, unit=HA)
S("mgv", 20, "约占全国红树林总面积的33%", value=33.0, unit=PC, q="approx")
S("mgv", 20, "已种红树林约1500公顷", value=1500, unit=HA, q="approx")
S("mgv", 21, "紅樹林面積約5萬公頃", value=5e4, unit=HA, q="approx")
NC("mgv", 2, "BEIJING, Feb. 2 (Xinhua)", "date")
NC("mgv", 2, "since late 2012", "date")
NC("mgv", 3, "Since the end of 2012", "date")
NC("mgv", 4, " date 2020-09-14", "date")
NC("mgv", 5, "at 30 meters spatial resolution", "resolution")
NC("mgv", 9, "Global mangrove distribution, 2011 [1]", "date")
NC("mgv", 9, "In the last 50 years", "duration")
NC("mgv", 9, "nutrients[4][5][6])", "footnote_marker")
NC("mgv", 10, "On July 26 2021", "date")
NC("mgv", 11, "The State Of The World’s Mangroves 2024:", "title")
NC("mgv", 11, "(GMW v4.0)", "version")
NC("mgv", 11, "in the top meter of soil", "depth")
NC("mgv", 12, "(Giri et al. 2011)", "citation")
NC("mgv", 12, "(FAO 2003)", "citation")
NC("mgv", 13, "Xiamen 361102", "postcode")
NC("mgv", 13, "Tel.: +86-136-6603-7893", "phone_number")
NC("mgv", 13, "Received: 19 November 2019", "date")
NC("mgv", 14, "第十四届缔约方大会", "ordinal")
NC("mgv", 14, "面向2030/2050的全球红树林保护", "date")
NC("mgv", 15, "2月2日是世界湿地日", "date")
NC("mgv", 16, "6月8日是第12个“世界海洋日”", "date")
NC("mgv", 17, "发布日期:2022-03-16", "date")
NC("mgv", 17, "浏览次数:96", "page_furniture")
NC("mgv", 18, "第29个世界湿地日", "ordinal")
NC("mgv", 19, "有助于 2060 年实现碳中和[5]", "date")
NC("mgv", 20, "20年来,湛江", "duration")
NC("mgv", 21, "新華社北京6月8日電", "date")
NC("mgv", 21, "20世紀(jì)50年代", "date")
NC("mgv", 22, "【新華社北京2月2日電】", "date")
NC("mgv", 23, "(2020—2025年)", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh40.toml", "corpus-fresh40")
