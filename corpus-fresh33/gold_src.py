"""Hand annotation of corpus-fresh33, written as data; emits gold.d/fresh33.toml (then run
corpus/check_gold.py --dir corpus-fresh33 --build).

Three domains: drowning (WHO's first Global report on drowning of November 2014 (372,000 deaths a year, 'more than 40' an
hour, over 90% in low- and middle-income countries), WHO's 2017 and 2018 figures (360,000 in 2015, 320,000 in 2016), the
2019 estimate of 236,000 retold for World Drowning Prevention Day, WHO's first Global status report on drowning prevention
of December 2024 (300,000 in 2021, 'more than 30' an hour, 92%, the 38% fall since 2000 and its regional falls, the age
shares, 7.2 million by 2050) and China's own figures (5.7万 a year, 56%, 88 children a day); `dro-*`), viral hepatitis
(WHO's Global hepatitis report of April 2017 (325 million living with hepatitis B or C, 1.34 million deaths in 2015, 71
million with hepatitis C, 96%), the World Hepatitis Alliance's 'every 30 seconds' and 354 million, WHO's Global hepatitis
report of April 2024 (1.3 million deaths in 2022, 1.1 million in 2019, 83% / 17%, 3,500 a day, 254 / 50 million, 2.2
million new infections, 187 countries), older WHO hepatitis C figures (185 million, 350,000 deaths) and Taiwan's figures;
`hep-*`) and dengue (the 390 million infections / 3.9 billion at risk estimate, WHO's fact-sheet series of reported cases
(505,430 in 2000, 4.2 or 5.2 million in 2019), the 2023 season (over 5 million cases, 5,000 deaths in December 2023; 4.1 /
4.3 / 4.5 / 4.6 million in the Americas; 6.5 million, 7,300 deaths later), the 2024 season (7.6 million by 30 April,
3.4 million confirmed, 16,000 severe, 3,000 deaths, 90 countries; 14.4 million for the year), PAHO's 2024 counts and
Taiwan's and Hong Kong's figures; `den-*`).

Every mention carries a basis tag (estimate / report vintage / measure, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 成 = 10 percent; ranges as [lo, hi]. Units: persons,
percent, count, USD, THB, HKD, seconds, times, rank, per_100k_people.
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

DRO, HEP, DEN = "drowning", "viral-hepatitis", "dengue"
SEC, RT, RANK, TIMES = "seconds", "per_100k_people", "rank", "times"
CD = (C, D)
RD = (R, D)


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ drowning
ms = [
    F("dro", 1, "claims the lives of 372,000 people", 372000, P, "w12"),
    F("dro", 2, "resulting in 372,000 deaths per year", 372000, P, "w12"),
    F("dro", 3, "Every year, 372,000 people drown", 372000, P, "w12"),
    F("dro", 4, "claims the lives of 372 000 people", 372000, P, "w12", vt="372 000", step=1000),
    F("dro", 5, "Each year almost 372 000 people", 372000, P, "w12", q="under", vt="372 000", step=1000),
    F("dro", 12, "全世界每年有37.2万人溺水死亡", 37.2e4, P, "w12"),
    F("dro", 13, "2012年有372 000人死于溺水", 372000, P, "w12", vt="372 000", step=1000),
    F("dro", 14, "世界每年平均有37.2万人死于溺水", 37.2e4, P, "w12"),
    F("dro", 17, "世衛:每年37.2萬人被淹死", 37.2e4, P, "w12", nth=1, note="breadcrumb"),
    F("dro", 17, "世衛:每年37.2萬人被淹死", 37.2e4, P, "w12", nth=2, note="headline"),
    F("dro", 17, "世衛:每年37.2萬人被淹死", 37.2e4, P, "w12", nth=3, note="headline repeated"),
    F("dro", 18, "全球每年36萬人溺斃", 36e4, P, "w15", note="headline"),
    F("dro", 18, "每年全球有36萬人溺水死亡", 36e4, P, "w15"),
    F("dro", 18, "2015年全球估計36萬人死於溺水", 36e4, P, "w15"),
    F("dro", 6, "over 320 000 people lost their lives", 320000, P, "w16", q="over", vt="320 000", step=10000),
    F("dro", 7, "An estimated 236,000 people drown", 236000, P, "w19"),
    F("dro", 8, "an estimated 236,000 lives are lost", 236000, P, "w19"),
    F("dro", 16, "每年溺水死亡数估计为23.6万例", 23.6e4, P, "w19"),
    F("dro", 20, "全球每年估計有 236 000 人", 236000, P, "w19", vt="236 000", step=1000),
    F("dro", 11, "300,000 drowned in 2021", 300000, P, "w21", note="headline"),
    F("dro", 11, "and 300,000 perishing in 2021", 300000, P, "w21"),
    F("dro", 15, "仅在2021年就有30万人死于溺水", 30e4, P, "w21"),
    F("dro", 19, "僅2021年就有30萬人因溺水死亡", 30e4, P, "w21"),
]
G("dro_deaths_year", DRO, "Drowning deaths a year by WHO estimate: 2014 report 372,000 / 37.2万 (eleven, one 'almost'); 2015 36萬 (three); 2016 'over 320 000'; "
  "2019 236,000 / 23.6万 (four); 2021 300,000 / 30万 (four)", "world", "drowning deaths a year", "2012-2021",
  "Same estimate consistent (the hedge holds); estimates of different years different_basis.", ms)

ms = [
    F("dro", 2, "More than 40 people die, on average, every hour", 40, P, "h12", q="over"),
    F("dro", 3, "that’s 42 every hour", 42, P, "h12"),
    F("dro", 12, "每个小时就有40人因溺水", 40, P, "h12"),
    F("dro", 14, "每小时 约有42人死于溺水", 42, P, "h12", q="approx"),
    F("dro", 17, "每小時溺亡40人", 40, P, "h12", nth=1, note="breadcrumb"),
    F("dro", 17, "每小時溺亡40人", 40, P, "h12", nth=2, note="headline"),
    F("dro", 17, "每小時溺亡40人", 40, P, "h12", nth=3, note="headline repeated"),
    F("dro", 8, "or 26 per hour drives", 26, P, "h19"),
    F("dro", 9, "(an estimated 30 every hour)", 30, P, "h21"),
    F("dro", 10, "(an estimated 30 every hour)", 30, P, "h21"),
    F("dro", 11, "More than 30 people estimated to drown hourly", 30, P, "h21", q="over"),
    F("dro", 11, "with more than 30 people estimated", 30, P, "h21", q="over"),
    F("dro", 15, "估计每小时就有30多人溺水", 30, P, "h21", q="over", vt="30"),
    F("dro", 19, "估計每小時有30多人溺水", 30, P, "h21", q="over", vt="30"),
]
G("dro_per_hour", DRO, "Drowning deaths an hour: 2014 report 'more than 40', 42 (two, one 约) and 40 (four); 2019 26; 2021 report 30 / 'more than 30' / 30多 (six)",
  "world", "drowning deaths an hour", "2012-2021",
  "Plain 40 rounds 42 (rounding); the hedges hold; the estimates of different years different_basis.", ms)

ms = [
    F("dro", 2, "More than 90% of drowning deaths", 90.0, PC, "s14", q="over"),
    F("dro", 3, "Most drownings (90%)", 90.0, PC, "s14"),
    F("dro", 4, "with over 90% of these deaths", 90.0, PC, "s14", q="over"),
    F("dro", 5, "over 90% of drowning occurs", 90.0, PC, "s14", q="over"),
    F("dro", 12, "报告说,90%的溺水事件", 90.0, PC, "s14"),
    F("dro", 13, "全球91%的溺水死亡", 91.0, PC, "s14"),
    F("dro", 6, "Over 90% of drowning deaths occur", 90.0, PC, "s16", q="over"),
    F("dro", 7, "More than 90 per cent of drowning deaths", 90.0, PC, "s19", q="over"),
    F("dro", 8, "account for over 90% of unintentional", 90.0, PC, "s19", q="over"),
    F("dro", 16, "90%以上的溺水死亡", 90.0, PC, "s19", q="at_least"),
    F("dro", 9, "Close to 92% of such deaths", 92.0, PC, "s21", q="under"),
    F("dro", 10, "Close to 92% of such deaths", 92.0, PC, "s21", q="under"),
    F("dro", 19, "報告表明,92%的溺水死亡", 92.0, PC, "s21"),
]
G("dro_lmic_share", DRO, "Share of drowning deaths in low- and middle-income countries: 2014 report 'over 90%' (three), plain 90% (two) vs aikan's 91%; "
  "2016 and 2019 'over 90%' (four); 2021 'close to 92%' (two) and 92%", "world", "share of drowning deaths in LMICs (percent)", "2012-2021",
  "Plain 90% rounds 91% (rounding); the hedges hold; the estimates of different years different_basis.", ms)

pairgrp("dro_fall_2000", DRO, "Fall in the global drowning death rate since 2000 (WHO, December 2024): 38% (five)", "world", "fall in drowning death rate (percent)", "2000-2021",
        [F("dro", 9, "drowning deaths declined 38%", 38.0, PC, "a"), F("dro", 10, "drowning deaths declined 38%", 38.0, PC, "a"),
         F("dro", 11, "has dropped 38% since", 38.0, PC, "a"), F("dro", 15, "全球溺水死亡率下降了38%", 38.0, PC, "a"),
         F("dro", 19, "全球溺水死亡率下降了38%", 38.0, PC, "a")])
pairgrp("dro_europe_fall", DRO, "Fall in the drowning death rate in WHO's European Region 2000-2021: 68% (four)", "WHO European Region", "fall in drowning death rate (percent)",
        "2000-2021", [F("dro", 9, "saw a 68% drop", 68.0, PC, "a"), F("dro", 10, "saw a 68% drop", 68.0, PC, "a"),
                      F("dro", 15, "欧洲区域溺水死亡率下降了68%", 68.0, PC, "a"), F("dro", 19, "的溺水死亡率下降了68%", 68.0, PC, "a")])
pairgrp("dro_sear_fall", DRO, "Fall in the drowning death rate in WHO's South-East Asia Region 2000-2021: 48% (two)", "WHO South-East Asia Region",
        "fall in drowning death rate (percent)", "2000-2021", [F("dro", 9, "a decline of 48%", 48.0, PC, "a"), F("dro", 10, "a decline of 48%", 48.0, PC, "a")])
pairgrp("dro_africa_fall", DRO, "Fall in the drowning death rate in WHO's African Region 2000-2021: 3% (two)", "WHO African Region", "fall in drowning death rate (percent)",
        "2000-2021", [F("dro", 15, "溺水死亡率仅下降了3%", 3.0, PC, "a"), F("dro", 19, "溺水死亡率僅下降了3%", 3.0, PC, "a")])
pairgrp("dro_africa_rate", DRO, "Drowning death rate in WHO's African Region, 2021: 5.6 per 100,000 (two)", "WHO African Region", "drowning death rate (per 100,000)",
        "2021", [F("dro", 15, "每10万人中有5.6人", 5.6, RT, "a"), F("dro", 19, "每10萬人中有5.6人", 5.6, RT, "a")])
ms = [F("dro", 9, "saw 83,000 deaths", 83000, P, "a"), F("dro", 10, "saw 83,000 deaths", 83000, P, "a"),
      F("dro", 8, "recorded 70,034 drowning deaths", 70034, P, "ghe19", note="WHO Global Health Estimates 2019")]
pairgrp("dro_sear_deaths", DRO, "Drowning deaths in WHO's South-East Asia Region: 2021 83,000 (two); GHE 2019 70,034", "WHO South-East Asia Region", "drowning deaths",
        "2019 / 2021", ms, "Same estimate consistent; the two estimates different_basis.")
pairgrp("dro_sear_share", DRO, "South-East Asia Region's share of drowning deaths, 2021: 28% (two)", "WHO South-East Asia Region", "share of drowning deaths (percent)",
        "2021", [F("dro", 9, "or 28% of the global burden", 28.0, PC, "a"), F("dro", 10, "or 28% of the global burden", 28.0, PC, "a")])
pairgrp("dro_under5_share", DRO, "Share of drowning deaths among children under five, 2021: 24% (two)", "world", "share of drowning deaths, under five (percent)", "2021",
        [F("dro", 9, "drowning deaths (24%)", 24.0, PC, "a"), F("dro", 10, "drowning deaths (24%)", 24.0, PC, "a")])
pairgrp("dro_5_14_share", DRO, "Share of drowning deaths among children aged 5-14, 2021: 19% (two)", "world", "share of drowning deaths, aged 5-14 (percent)", "2021",
        [F("dro", 9, "a further 19% of deaths", 19.0, PC, "a"), F("dro", 10, "a further 19% of deaths", 19.0, PC, "a")])
pairgrp("dro_15_29_share", DRO, "Share of drowning deaths among people aged 15-29, 2021: 14% (two)", "world", "share of drowning deaths, aged 15-29 (percent)", "2021",
        [F("dro", 9, "and 14% among young people", 14.0, PC, "a"), F("dro", 10, "and 14% among young people", 14.0, PC, "a")])
pairgrp("dro_2050", DRO, "People who could drown by 2050 on current trends (WHO 2024): 'more than 7.2 million' (two)", "world", "drowning deaths to 2050 (projection)",
        "2021-2050", [F("dro", 9, "More than 7.2 million people", 7.2e6, P, "a", q="over"), F("dro", 11, "over 7.2 million people", 7.2e6, P, "a", q="over")])
pairgrp("dro_injury_share", DRO, "Drowning's share of injury deaths: 7% (two)", "world", "share of injury-related deaths (percent)", "2019",
        [F("dro", 8, "accounting for 7% of all injury-related deaths", 7.0, PC, "a"), F("dro", 16, "占所有与伤害有关死亡的7%", 7.0, PC, "a")])
pairgrp("dro_male_ratio", DRO, "Male drowning rate as a multiple of the female rate (WHO 2014): 2倍 (two)", "world", "male to female drowning rate (times)", "2012",
        [F("dro", 13, "男性溺水的可能性是女性的2倍", 2, TIMES, "a"), F("dro", 17, "男性的溺亡率是女性的2倍", 2, TIMES, "a")])
pairgrp("dro_china_deaths", DRO, "Drowning deaths a year in China: 5.7万 (three, one 约)", "China", "drowning deaths a year", "current",
        [F("dro", 16, "我国每年有5.7万人死于溺水", 5.7e4, P, "a"), F("dro", 21, "我國每年有5.7萬人溺亡", 5.7e4, P, "a"),
         F("dro", 22, "全國每年約有5.7萬人溺亡", 5.7e4, P, "a", q="approx")])
ms = [F("dro", 16, "占总数的56%", 56.0, PC, "a"), F("dro", 21, "少年兒童占了56%", 56.0, PC, "a"),
      F("dro", 22, "占比高達(dá)56.58%", 56.58, PC, "a", note="written as those under 14")]
pairgrp("dro_china_child_share", DRO, "Children's share of drowning deaths in China: 56% (two) vs aiborain's 56.58%", "China", "children's share of drowning deaths (percent)",
        "current", ms, "56% is not a rounding of 56.58% (a truncation; conflict).")
pairgrp("dro_china_daily", DRO, "Children drowning in China each day: 88 (two)", "China", "children drowning a day", "current",
        [F("dro", 16, "平均每天有88个孩子", 88, P, "a"), F("dro", 21, "平均每天有88個孩子", 88, P, "a")])

S("dro", 2, "about one person every 90 seconds", value=90, unit=SEC, q="approx")
S("dro", 2, "An average of 10 people die daily", value=10, unit=P)
S("dro", 2, "20% of them are", value=20.0, unit=PC)
S("dro", 4, "the loss of 37 000 lives every year", vt="37 000", value=37000, unit=P)
S("dro", 5, "More than 50% of these deaths", value=50.0, unit=PC, q="over")
S("dro", 5, "estimated to be $146.9B1", vt="146.9B", value=146.9e9, unit=USD)
S("dro", 5, "over 0.8% of gross national income", value=0.8, unit=PC, q="over")
S("dro", 6, "Nearly 60% of these deaths", value=60.0, unit=PC, q="under")
S("dro", 8, "an average of 650 deaths per day", value=650, unit=P)
S("dro", 8, "Drowning is the 3rd leading cause", vt="3", value=3, unit=RANK)
S("dro", 8, "are 27-32 times higher", vt="27-32", value=[27.0, 32.0], unit=TIMES)
S("dro", 10, "participation of 139 countries", value=139, unit=CNT)
S("dro", 13, "仅计入了至多50%的溺水人数", value=50.0, unit=PC)
S("dro", 13, "高于WHO数据4~5倍之多", vt="4~5", value=[4.0, 5.0], unit=TIMES)
S("dro", 13, "来自85个国家的死亡数据", value=85, unit=CNT)
S("dro", 13, "在符合数据标准的48个国家中", value=48, unit=CNT)
S("dro", 14, "我国每年因溺水身亡的少儿达2万多", vt="2万", value=2e4, unit=P, q="over")
S("dro", 15, "只有15%的国家", value=15.0, unit=PC)
S("dro", 15, "欧洲区域则为45%", value=45.0, unit=PC)
S("dro", 20, "共錄得 587 宗", vt="587", value=587, unit=CNT)
S("dro", 20, "每年平均約有 39 宗", vt="39", value=39, unit=CNT, q="approx")
S("dro", 20, "記錄的193 宗", vt="193", value=193, unit=CNT)
S("dro", 21, "每年致死14萬人", value=14e4, unit=P)
S("dro", 21, "約占全年的32%", value=32.0, unit=PC, q="approx")
S("dro", 21, "溺水案例的17.49%", value=17.49, unit=PC)
S("dro", 21, "廣西桂林3名小學生兄妹溺亡", vt="3", value=3, unit=P)
NC("dro", 2, "kids 14 and under", "age_threshold")
NC("dro", 3, "Children under 5 are particularly", "age_threshold")
NC("dro", 3, "are under 25, and", "age_threshold")
NC("dro", 4, "children aged 5–14 years", "age_band")
NC("dro", 4, "young people aged 15–29 years", "age_band")
NC("dro", 5, "younger than 25, with", "age_threshold")
NC("dro", 6, "to drowning in 2016", "date")
NC("dro", 6, "aged under 30 years", "age_threshold")
NC("dro", 7, "declared in April 2021", "date")
NC("dro", 7, "annually on 25th July", "date")
NC("dro", 8, "25th July 2024 marks", "date")
NC("dro", 8, "the 4th World Drowning", "ordinal")
NC("dro", 8, "On 28th April 2021", "date")
NC("dro", 8, "(A/RES/75/273)", "resolution_number")
NC("dro", 8, "observed on 25th July 2021", "date")
NC("dro", 8, "young people aged 1-24 years", "age_band")
NC("dro", 8, "Estimates (GHE) 2019", "date")
NC("dro", 9, "by drowning in 2021 around", "date")
NC("dro", 9, "by the year 2050", "date")
NC("dro", 10, "Friday, December 13, 2024", "date")
NC("dro", 11, "below the age of 29", "age_threshold")
NC("dro", 11, "could still die by 2050", "date")
NC("dro", 12, "时间:2014-11-18 23:50:09", "date")
NC("dro", 12, "热度:784", "view_count")
NC("dro", 12, "英国广播公司11月18日报道", "date")
NC("dro", 13, "年龄低于25岁", "age_threshold")
NC("dro", 13, "每个地区1~24岁人群", "age_band")
NC("dro", 14, "防溺水安全教育42", "stray_number")
NC("dro", 14, "2018年7月5日 7月5日下午3点左右", "date")
NC("dro", 14, "有名12岁的小孩", "age")
NC("dro", 15, "12/13/2024 | Press release", "date")
NC("dro", 15, "2000年至2021年期间", "date")
NC("dro", 16, "每年的7月25日", "date")
NC("dro", 16, "溺水是1-24岁儿童", "age_band")
NC("dro", 17, "閱讀: 927 次", "view_count")
NC("dro", 18, "發佈時間:2017/05/31 17:18", "date")
NC("dro", 18, "最後更新時間:2017/05/31 17:18", "date")
NC("dro", 18, "1至4歲稚齡", "age_band")
NC("dro", 19, "2024-12-14 10:47:00", "date")
NC("dro", 19, "日內瓦12月13日電", "date")
NC("dro", 19, "2000年至2021年間", "date")
NC("dro", 20, "2024年7月16日 (星期二)", "date")
NC("dro", 20, "過去 15 年", "duration")
NC("dro", 21, "7月22日,", "date")
NC("dro", 21, "1.溺水呈現出", "list_marker")
NC("dro", 22, "其中14歲以下的", "age_threshold")

# ============================================================ viral hepatitis
ms = [
    F("hep", 1, "325 million living with chronic", 325e6, P, "w17", note="headline"),
    F("hep", 1, "An estimated 325 million people", 325e6, P, "w17"),
    F("hep", 2, "Global hepatitis report, 2017: 325 million people", 325e6, P, "w17"),
    F("hep", 3, "‘325 million people are living", 325e6, P, "w17"),
    F("hep", 12, "病毒感染者达3.25亿", 3.25e8, P, "w17", note="headline"),
    F("hep", 12, "目前全球大约有3.25亿人", 3.25e8, P, "w17", q="approx"),
    F("hep", 12, "全球共有3.25亿人感染", 3.25e8, P, "w17"),
    F("hep", 16, "全球约3.25亿人携带", 3.25e8, P, "w17", q="approx"),
    F("hep", 5, "Hepatitis affects over 354 million people", 354e6, P, "wha21", q="over"),
    F("hep", 5, "It affects over 354 million people", 354e6, P, "wha21", q="over"),
    F("hep", 4, "Worldwide 400 million people", 400e6, P, "wha"),
    F("hep", 10, "More than 300 million people worldwide", 300e6, P, "gilead", q="over"),
    F("hep", 17, "目前全球有5亿人感染了乙型和丙型肝炎", 5e8, P, "wha08"),
]
G("hep_living_bc", HEP, "People living with chronic hepatitis B or C: WHO 2017 report 325 million / 3.25亿 (eight); WHA 2021 'over 354 million' (two); aspire's 400 million; "
  "gileadpro's 'more than 300 million'; zlnow's 5亿 (2008)", "world", "people living with hepatitis B or C", "2008-2021",
  "Same estimate consistent; different estimates different_basis.", ms)

ms = [
    F("hep", 1, "caused 1.34 million deaths in 2015", 1.34e6, P, "w17"),
    F("hep", 2, "causes 1.34 million deaths per year", 1.34e6, P, "w17"),
    F("hep", 12, "2015年,病毒性肝炎共造成134万人死亡", 134e4, P, "w17"),
    F("hep", 12, "2015年共造成134万人死亡", 134e4, P, "w17"),
    F("hep", 3, "accounting to 1.3 million lives lost each year", 1.3e6, P, "w17", note="2020 page beside the 2017 report's 325 million"),
    F("hep", 4, "Every year 1.4 million people die", 1.4e6, P, "w13"),
    F("hep", 21, "全世界每年約有140萬人死於", 140e4, P, "w13", q="approx"),
    F("hep", 7, "from 1.1 million in 2019", 1.1e6, P, "w19"),
    F("hep", 8, "from 1.1 million in 2019", 1.1e6, P, "w19"),
    F("hep", 9, "up from 1.1 million deaths in 2019", 1.1e6, P, "w19"),
    F("hep", 13, "从2019年的110万", 110e4, P, "w19"),
    F("hep", 18, "較2019年的110萬人", 110e4, P, "w19"),
    F("hep", 7, "with 1.3 million deaths per year", 1.3e6, P, "w24"),
    F("hep", 7, "to 1.3 million in 2022", 1.3e6, P, "w24"),
    F("hep", 8, "with 1.3 million deaths per year", 1.3e6, P, "w24"),
    F("hep", 8, "to 1.3 million in 2022", 1.3e6, P, "w24"),
    F("hep", 9, "with 1.3 million deaths per year in 2022", 1.3e6, P, "w24"),
    F("hep", 13, "到了2022年的130万", 130e4, P, "w24"),
    F("hep", 18, "一年導致約130萬人死亡", 130e4, P, "w24", q="approx", note="headline"),
    F("hep", 18, "在2022年導致大約130萬人死亡", 130e4, P, "w24", q="approx"),
    F("hep", 18, "2022年全球大約130萬人死", 130e4, P, "w24", q="approx"),
]
G("hep_deaths_year", HEP, "Deaths from viral hepatitis a year: WHO 2017 report 1.34 million / 134万 in 2015 (four) vs indiatoday's 1.3 million; the older 1.4 million / 約140萬; "
  "the 2024 report's 1.1 million / 110万 in 2019 (five) and 1.3 million / 130万 in 2022 (nine)", "world", "deaths from viral hepatitis a year", "2013-2022",
  "1.3 million rounds 1.34 million (rounding; different_basis defensible: the page may give a later figure); different estimates different_basis.", ms,
  {(i, 5): RD for i in range(1, 5)})

pairgrp("hep_bc_share", HEP, "Share of hepatitis deaths due to hepatitis B and C (WHO 2017): 96% (three)", "world", "share of hepatitis deaths (percent)", "2015",
        [F("hep", 1, "responsible for 96% of all deaths", 96.0, PC, "a"), F("hep", 2, "responsible for 96% of all hepatitis mortality", 96.0, PC, "a"),
         F("hep", 16, "96%的肝炎死亡病例", 96.0, PC, "a")])
pairgrp("hep_b_share_2022", HEP, "Share of 2022 hepatitis deaths due to hepatitis B: 83% (four)", "world", "share of deaths due to hepatitis B (percent)", "2022",
        [F("hep", 7, "83 per cent were caused", 83.0, PC, "a"), F("hep", 8, "83% were caused", 83.0, PC, "a"), F("hep", 9, "83 per cent were caused", 83.0, PC, "a"),
         F("hep", 18, "死亡病例83%由乙型肝炎引起", 83.0, PC, "a")])
pairgrp("hep_c_share_2022", HEP, "Share of 2022 hepatitis deaths due to hepatitis C: 17% (four)", "world", "share of deaths due to hepatitis C (percent)", "2022",
        [F("hep", 7, "17 per cent by hepatitis C", 17.0, PC, "a"), F("hep", 8, "and 17% by hepatitis C", 17.0, PC, "a"), F("hep", 9, "17 per cent by hepatitis C", 17.0, PC, "a"),
         F("hep", 18, "17%由丙型肝炎所致", 17.0, PC, "a")])
ms = [F("hep", 7, "accounts for 3,500 deaths daily", 3500, P, "w24"), F("hep", 8, "there are 3,500 people dying", 3500, P, "w24"),
      F("hep", 9, "It equates to 3500 deaths every day", 3500, P, "w24"), F("hep", 13, "平均每天达到3500人", 3500, P, "w24"),
      F("hep", 4, "save 4,000 lives a day", 4000, P, "wha")]
pairgrp("hep_daily_deaths", HEP, "Hepatitis deaths a day: WHO 2024 3,500 (four); aspire's 4,000 lives a day", "world", "deaths from viral hepatitis a day", "2022", ms,
        "Same estimate consistent; aspire's older figure different_basis.")
pairgrp("hep_every_30s", HEP, "A hepatitis death every 30 seconds (WHA 2021, WHO 2024): three", "world", "interval between hepatitis deaths (seconds)", "2021-2024",
        [F("hep", 5, "illness every 30 seconds", 30, SEC, "a"), F("hep", 6, "every 30 seconds from a hepatitis", 30, SEC, "a"),
         F("hep", 11, "one hepatitis death every 30 seconds", 30, SEC, "a")])
pairgrp("hep_new_daily", HEP, "New viral hepatitis infections a day (WHO 2024): 'more than 6,000' (three)", "world", "new infections a day", "2022",
        [F("hep", 7, "More than 6,000 people are getting", 6000, P, "a", q="over"), F("hep", 8, "More than 6000 people are getting", 6000, P, "a", q="over"),
         F("hep", 13, "平均每天超过6000人", 6000, P, "a", q="over")])
pairgrp("hep_countries_2024", HEP, "Countries with new data in the 2024 report: 187 (three) and 180多個", "WHO 2024 report", "countries", "2024",
        [F("hep", 7, "New data from 187 countries", 187, CNT, "a"), F("hep", 8, "New data from 187 countries", 187, CNT, "a"),
         F("hep", 13, "从187个国家收集", 187, CNT, "a"), F("hep", 18, "來自180多個國家", 180, CNT, "a", q="over", vt="180")],
        "The bound holds 187 (consistent).")
ms = [F("hep", 7, "254 million people live with hepatitis B", 254e6, P, "w22"), F("hep", 8, "254 million people live with hepatitis B", 254e6, P, "w22"),
      F("hep", 13, "全球有2.54亿人患有乙肝", 2.54e8, P, "w22"), F("hep", 18, "全球大約2.54億人患有乙型肝炎", 2.54e8, P, "w22", q="approx"),
      F("hep", 14, "全球大约有2.4亿人感染慢性乙型肝炎病毒", 2.4e8, P, "w15", q="approx", note="given as WHO's current figure in February 2024"),
      F("hep", 15, "其中3.5亿以上的人患有慢性感染", 3.5e8, P, "old", q="at_least"),
      F("hep", 17, "感染乙型肝炎的达4亿之多", 4e8, P, "wha08")]
pairgrp("hep_b_living", HEP, "People living with hepatitis B: WHO 2024 254 million / 2.54亿 (four); dcwnkz's 2.4亿 (dated 2024); shutu's 3.5亿以上; zlnow's 4亿 (2008)",
        "world", "people living with hepatitis B", "2008-2022", ms,
        "Same estimate consistent; older estimates different_basis (dcwnkz's 2.4亿, given as current, conflict defensible).",
        {(i, 5): DC for i in range(1, 5)})
ms = [F("hep", 7, "and 50 million with hepatitis C", 50e6, P, "w22"), F("hep", 8, "and 50 million with hepatitis C", 50e6, P, "w22"),
      F("hep", 13, "5000万人患有丙肝", 5000e4, P, "w22"), F("hep", 18, "5000萬人患有丙型肝炎", 5000e4, P, "w22"),
      F("hep", 12, "感染者总数达到7100万人", 7100e4, P, "w17"),
      F("hep", 19, "全球有1.85億人感染了丙肝病毒", 1.85e8, P, "old"),
      F("hep", 15, "约有1.3至1.7亿人为慢性丙型肝炎", [1.3e8, 1.7e8], P, "older", q="approx", vt="1.3至1.7亿", step=1e7),
      F("hep", 14, "其中约有1000万人感染慢性丙型", 1000e4, P, "w15", q="approx", note="given as WHO's current figure in February 2024")]
pairgrp("hep_c_living", HEP, "People living with hepatitis C: WHO 2024 50 million / 5000万 (four); WHO 2017 7100万; older 1.85億 and 1.3至1.7亿; dcwnkz's 1000万 (dated 2024)",
        "world", "people living with hepatitis C", "2010-2022", ms,
        "Same estimate consistent; different estimates different_basis (dcwnkz's 1000万, given as current, conflict defensible).",
        {(i, 8): DC for i in range(1, 5)})
ms = [F("hep", 8, "there were 2.2 million new infections", 2.2e6, P, "y22"), F("hep", 13, "全球新增近220万", 220e4, P, "y22", q="under"),
      F("hep", 18, "新增病毒性肝炎感染者220萬人", 220e4, P, "y22"),
      F("hep", 8, "down from 2.5 million in 2019", 2.5e6, P, "y19"), F("hep", 18, "低于2019年的250萬人", 250e4, P, "y19")]
pairgrp("hep_new_infections", HEP, "New viral hepatitis infections: 2022 2.2 million / 220万 (three, one 近); 2019 2.5 million / 250萬 (two)", "world", "new infections a year",
        "2019 / 2022", ms, "Same year consistent (the hedge holds); the two years different_basis.")
pairgrp("hep_b_new", HEP, "New hepatitis B infections in 2022: 1.2 million / 120万 (two)", "world", "new hepatitis B infections", "2022",
        [F("hep", 8, "These include 1.2 million new hepatitis B", 1.2e6, P, "a"), F("hep", 13, "乙肝患者新增120万", 120e4, P, "a")])
pairgrp("hep_c_new", HEP, "New hepatitis C infections in 2022: 'nearly 1 million' / 近100万 (two)", "world", "new hepatitis C infections", "2022",
        [F("hep", 8, "nearly 1 million new hepatitis C", 1e6, P, "a", q="under"), F("hep", 13, "丙肝患者新增近100万", 100e4, P, "a", q="under")])
pairgrp("hep_children_share", HEP, "Share of chronic hepatitis B and C among children (WHO 2024): 12% (three)", "world", "share among children (percent)", "2022",
        [F("hep", 7, "with 12 per cent among children", 12.0, PC, "a"), F("hep", 8, "with 12% among children", 12.0, PC, "a"), F("hep", 13, "另有12%出现在", 12.0, PC, "a")])
pairgrp("hep_men_share", HEP, "Men's share of hepatitis B and C cases (WHO 2024): 58% (three)", "world", "share of cases among men (percent)", "2022",
        [F("hep", 7, "Men account for 58 per cent", 58.0, PC, "a"), F("hep", 8, "Men account for 58% of all cases", 58.0, PC, "a"),
         F("hep", 13, "所有感染病例的58%", 58.0, PC, "a")])
ms = [F("hep", 19, "每年大約有35萬(wàn)人死于丙型肝炎", 35e4, P, "old", q="approx", vt="35萬"),
      F("hep", 20, "每年有超過35萬人死於C型肝炎", 35e4, P, "old", q="over"),
      F("hep", 15, "估计每年有35万人因与丙型肝炎", 35e4, P, "old", q="approx"),
      F("hep", 10, "approximately 290 000 people died from hepatitis C", 290000, P, "w19", q="approx", vt="290 000", step=10000)]
pairgrp("hep_c_deaths", HEP, "Hepatitis C deaths a year: older WHO figure 35萬 (three: 约, 超過); WHO's 2019 estimate 'approximately 290 000'", "world", "hepatitis C deaths a year",
        "2012-2019", ms, "The older figure's hedges agree (consistent); the 2019 estimate different_basis.")
ms = [F("hep", 1, "results in 686,000 deaths per year", 686000, P, "a"),
      F("hep", 15, "每年有50至70万人死于乙型肝炎", [50e4, 70e4], P, "old", vt="50至70万", step=1e4),
      F("hep", 17, "1百万患者死于乙肝", 1e6, P, "wha08", vt="1百万", step=1e6)]
pairgrp("hep_b_deaths", HEP, "Hepatitis B deaths a year: doherty's 686,000; shutu's 50至70万; zlnow's 1百万 (2008)", "world", "hepatitis B deaths a year", "2008-2015", ms,
        "Three estimates (different_basis).")
pairgrp("hep_target_infections", HEP, "Target cut in new hepatitis infections by 2030 (GHSS): 90% (two)", "world", "target reduction in new infections (percent)", "2030",
        [F("hep", 2, "reducing new infections by 90%", 90.0, PC, "a"), F("hep", 3, "reducing new hepatitis infections by 90%", 90.0, PC, "a")])
pairgrp("hep_target_deaths", HEP, "Target cut in hepatitis deaths by 2030 (GHSS): 65% (two)", "world", "target reduction in deaths (percent)", "2030",
        [F("hep", 2, "mortality by 65%", 65.0, PC, "a"), F("hep", 3, "deaths by 65% between", 65.0, PC, "a")])
pairgrp("hep_vietnam", HEP, "People with hepatitis C in Vietnam (2012): 200萬 (two, one 大約)", "Vietnam", "people with hepatitis C", "2012",
        [F("hep", 20, "越南200萬人染C肝", 200e4, P, "a", note="headline"), F("hep", 20, "越南大約有200萬人感染C型肝炎", 200e4, P, "a", q="approx")])

S("hep", 2, "roughly 4% of the world’s population", value=4.0, unit=PC, q="approx")
S("hep", 3, "only 10 % of people", vt="10 %", value=10.0, unit=PC)
S("hep", 3, "and 19% living with hepatitis C", value=19.0, unit=PC)
S("hep", 3, "an estimated 4.5 million premature deaths", value=4.5e6, unit=P)
S("hep", 11, "Nearly 220 million with hepatitis B", value=220e6, unit=P, q="under")
S("hep", 11, "another 36 million people with hepatitis C", value=36e6, unit=P)
S("hep", 12, "近175万人新感染了丙肝病毒", value=175e4, unit=P, q="under")
S("hep", 15, "全世界约有20亿人已感染乙型", value=20e8, unit=P, q="approx")
S("hep", 16, "人口总数的7.18%", value=7.18, unit=PC, q="approx")
S("hep", 16, "阳性率为0.7%~3.1%", vt="0.7%~3.1%", value=[0.7, 3.1], unit=PC)
S("hep", 17, "是艾滋病感染人群数量的10倍", value=10, unit=TIMES)
S("hep", 17, "每年有1千万至3千万人口感染", vt="1千万至3千万", value=[1e7, 3e7], unit=P)
S("hep", 17, "世界上80%的肝癌", value=80.0, unit=PC)
S("hep", 18, "只有13%被確診", value=13.0, unit=PC)
S("hep", 18, "3%接受了抗病毒治療", value=3.0, unit=PC)
S("hep", 19, "北美和南美大約有1000萬(wàn)", vt="1000萬", value=1000e4, unit=P, q="approx")
S("hep", 19, "歐洲大約有900萬(wàn)", vt="900萬", value=900e4, unit=P, q="approx")
S("hep", 19, "西太地區(qū)大約有6100萬(wàn)", vt="6100萬", value=6100e4, unit=P, q="approx")
S("hep", 19, "其中中國(guó)有4000萬(wàn)", vt="4000萬", value=4000e4, unit=P)
S("hep", 19, "東南亞大約有3200萬(wàn)", vt="3200萬", value=3200e4, unit=P, q="approx")
S("hep", 19, "非洲大約有3200萬(wàn)", vt="3200萬", value=3200e4, unit=P, q="approx")
S("hep", 20, "死亡率接近4%", value=4.0, unit=PC, q="under")
S("hep", 20, "每年大概有300萬到400萬人", vt="300萬到400萬", value=[300e4, 400e4], unit=P, q="approx")
S("hep", 20, "大約150萬C型肝炎感染者", value=150e4, unit=P, q="approx")
S("hep", 21, "所訂8個全球公共衛生活動", vt="8", value=8, unit=CNT)
S("hep", 21, "有超過92%的世界衛生組織會員國", value=92.0, unit=PC, q="over")
S("hep", 21, "覆蓋率已達98.0%", value=98.0, unit=PC)
S("hep", 21, "及97.4%,另", value=97.4, unit=PC)
S("hep", 21, "均更達到99.6%", value=99.6, unit=PC)
S("hep", 21, "及99.5%。", value=99.5, unit=PC)
S("hep", 22, "每年約有13,000人死於", value=13000, unit=P, q="approx")
S("hep", 22, "約佔死亡人數8%", value=8.0, unit=PC, q="approx")
S("hep", 22, "發生的第2位", vt="2", value=2, unit=RANK)
S("hep", 22, "每年約有8,000人死於肝癌", value=8000, unit=P, q="approx")
S("hep", 22, "11,000多人罹患肝癌", vt="11,000", value=11000, unit=P, q="over")
S("hep", 22, "約有70%的人為B型", value=70.0, unit=PC, q="approx")
S("hep", 22, "有15-20%發生肝硬化", vt="15-20%", value=[15.0, 20.0], unit=PC)
S("hep", 22, "每年有3-5%會變成肝癌", vt="3-5%", value=[3.0, 5.0], unit=PC)
S("hep", 22, "(有效樣本3,022人)", value=3022, unit=P)
S("hep", 22, "仍有3成未前往就醫", vt="3成", value=30.0, unit=PC)
NC("hep", 1, "16 May 2017", "date")
NC("hep", 1, "The WHO Global hepatitis report, 2017 indicates", "report_title")
NC("hep", 2, "April 22nd, 2017Overview", "date")
NC("hep", 2, "In May 2016, the World", "date")
NC("hep", 2, "on viral hepatitis 2016–2021", "date")
NC("hep", 2, "between 2015 and 2030", "date")
NC("hep", 3, " date 2020-07-28 According", "date")
NC("hep", 3, "every year on July 28 across", "date")
NC("hep", 3, "countries by 2030 by vaccination", "date")
NC("hep", 4, "World Hepatitis Day is on 28 July", "date")
NC("hep", 5, "observed on July 28 each year", "date", nth=1)
NC("hep", 5, "Hepatitis B virus in 1967", "date")
NC("hep", 5, "amid the COVID-19 pandemic", "name")
NC("hep", 5, "  1. Hepatitis A, B and C", "list_marker")
NC("hep", 5, "  3. Viral Hepatitis causes", "list_marker")
NC("hep", 6, "each year on 28 July", "date")
NC("hep", 6, "the current COVID-19 crisis", "name")
NC("hep", 7, " date 2024-04-09", "date")
NC("hep", 7, "among people 30 and 54 years old", "age_band")
NC("hep", 7, "the epidemic by 2030", "date")
NC("hep", 8, "people 30-54 years old", "age_band")
NC("hep", 8, "under 18 years of age", "age_threshold")
NC("hep", 9, "Global hepatitis report 2024", "report_title")
NC("hep", 9, "Hepatitis Report (9 April)", "date")
NC("hep", 10, "WHO estimated that in 2019", "date")
NC("hep", 11, " date 2024-07-21", "date")
NC("hep", 11, "World Hepatitis Day (July 28)", "date")
NC("hep", 12, "世界卫生组织21日在日内瓦", "date")
NC("hep", 12, "《2017年全球肝炎报告》", "report_title")
NC("hep", 13, "有一半来自于30岁至54岁", "age_band")
NC("hep", 13, "世界卫生组织9日发佈", "date")
NC("hep", 14, "张风江养护说 2024-02-05 14:56:05", "date")
NC("hep", 14, " 7月28日是世界肝炎日", "date")
NC("hep", 17, "将于2008年5月19日", "date")
NC("hep", 17, "为期5年的世界肝炎日运动", "duration")
NC("hep", 18, "發(fā)布時間:2024-04-11 09:02:00", "date")
NC("hep", 18, "日內(nèi)瓦4月9日電", "date")
NC("hep", 18, "截至2022年底", "date")
NC("hep", 20, "【新唐人2012年8月3日訊】", "date")
NC("hep", 20, "至2012年7月為止", "date")
NC("hep", 21, "2014年 第30卷 第14期", "date")
NC("hep", 21, "選定7月28日作為", "date")
NC("hep", 21, "於當年10月1日", "date")
NC("hep", 21, "WHA63.18 號決議", "resolution_number")
NC("hep", 21, "臺灣於1984年首開先例", "date")
NC("hep", 21, "B型肝炎疫苗第2劑及第3劑", "ordinal")
NC("hep", 21, "2013年9月入學", "date")
NC("hep", 22, "103年衛生福利部新聞", "date")
NC("hep", 22, "國民健康署於102年", "date")
NC("hep", 22, "全國25-64歲民眾", "age_band")

# ============================================================ dengue
ms = [F("den", 1, "around 390 million cases of dengue", 390e6, P, "bhatt", q="approx"),
      F("den", 11, "每年发生 3.9 亿例感染", 3.9e8, P, "bhatt", vt="3.9 亿"),
      F("den", 17, "每年約有3.9億人感染登革熱", 3.9e8, P, "bhatt", q="approx"),
      F("den", 18, "每年約有3.9億例登革熱感染", 3.9e8, P, "bhatt", q="approx"),
      F("den", 2, "up to 400 million people", 400e6, P, "cdc", q="under"),
      F("den", 10, "some 50-100 million new infections", [50e6, 100e6], P, "old", vt="50-100 million", step=1e6)]
pairgrp("den_infections", DEN, "Dengue infections a year: 390 million / 3.9亿 (Bhatt 2013, four); CDC's 'up to 400 million'; WHO's older 50-100 million", "world",
        "dengue infections a year", "2010-", ms, "Same estimate consistent; different estimates different_basis.")
pairgrp("den_at_risk", DEN, "People at risk of dengue: 3.9 billion / 39亿 (three, one 约, one 約近)", "world", "people at risk of dengue", "2012-",
        [F("den", 2, "3.9 billion people are at risk", 3.9e9, P, "a"), F("den", 11, "全世界大约 39 亿人", 39e8, P, "a", q="approx", vt="39 亿"),
         F("den", 17, "約近39億人生活在", 39e8, P, "a", q="under")], "The hedges hold (consistent).")
pairgrp("den_severe", DEN, "Severe dengue cases a year: 50万 (two)", "world", "severe dengue cases a year", "2012-",
        [F("den", 11, "50 万例发展为重度疾病", 50e4, P, "a", vt="50 万"), F("den", 17, "其中約50萬人為嚴重登革熱", 50e4, P, "a", q="approx")])
pairgrp("den_cfr", DEN, "Case fatality of severe dengue: 2.5% (two)", "world", "case fatality (percent)", "2012-",
        [F("den", 11, "病死率为 2.5%", 2.5, PC, "a"), F("den", 17, "有約2.5%的病例死亡", 2.5, PC, "a", q="approx")])
ms = [F("den", 11, "9600 万例表现为", 9600e4, P, "bhatt", vt="9600 万"), F("den", 2, "Only 100 million", 100e6, P, "cdc")]
pairgrp("den_symptomatic", DEN, "Symptomatic dengue cases a year: Bhatt's 9600万 vs CDC's 100 million", "world", "symptomatic dengue cases a year", "2010-", ms,
        "Two estimates (different_basis; a rounding if read as one).", {(1, 2): (D, R)})
ms = [F("den", 2, "found in 129 countries", 129, CNT, "w"), F("den", 20, "全球有129個國家", 129, CNT, "w"),
      F("den", 11, "在 128 个国家或地区流行", 128, CNT, "brady"),
      F("den", 17, "超過100個國家中流行", 100, CNT, "old", q="over"), F("den", 10, "in more than 100 countries", 100, CNT, "old", q="over")]
pairgrp("den_countries", DEN, "Countries where dengue is found: 129 (two) vs njbinbin's 128; older 'more than 100' (two)", "world", "countries with dengue", "2012-2019", ms,
        "Same count consistent; 128 (Brady 2012) against 129 different_basis with conflict defensible; the older bound different_basis.",
        {(1, 3): DC, (2, 3): DC})
pairgrp("den_30fold", DEN, "Rise in dengue incidence over 50 years: 30 times (three)", "world", "rise in dengue incidence (times)", "50 years",
        [F("den", 2, "There are 30 times as many", 30, TIMES, "a"), F("den", 10, "has increased 30-fold", 30, TIMES, "a", vt="30"),
         F("den", 18, "增加了30倍", 30, TIMES, "a")])
ms = [F("den", 3, "to 4.2 million in 2019", 4.2e6, P, "fs20"), F("den", 20, "共錄得520萬宗病例", 520e4, P, "fs22")]
pairgrp("den_reported_2019", DEN, "Dengue cases reported to WHO in 2019: livemint's 4.2 million vs now.com's 520萬", "world", "dengue cases reported", "2019", ms,
        "WHO's fact sheet gave 4.2 million and later 5.2 million: different_basis (two vintages), conflict defensible.", {(1, 2): DC})
ms = [F("den", 20, "今年登革熱個案已逾500萬宗", 500e4, P, "dec23", q="over", note="headline"),
      F("den", 20, "今年全球登革熱病例超過500萬宗", 500e4, P, "dec23", q="over"),
      F("den", 20, "全球已錄得逾500萬宗感染病例", 500e4, P, "dec23", q="over"),
      F("den", 21, "共呈報(bào)了逾650萬宗病例", 650e4, P, "final23", q="over", vt="650萬")]
pairgrp("den_global_2023", DEN, "Dengue cases worldwide in 2023: WHO December 2023 逾500萬 (three); the final 逾650萬", "world", "dengue cases reported", "2023", ms,
        "Same report consistent; the final count different_basis.")
ms = [F("den", 9, "and 5,000 deaths", 5000, P, "dec23"),
      F("den", 20, "造成至少5000人死亡", 5000, P, "dec23", q="at_least", note="headline"),
      F("den", 20, "相關死亡個案超過5000宗", 5000, P, "dec23", q="over"),
      F("den", 21, "和7300多宗登革熱相關(guān)死亡", 7300, P, "final23", q="over")]
pairgrp("den_deaths_2023", DEN, "Dengue deaths worldwide in 2023: WHO December 2023 5,000 / 至少 / 超過5000 (three); the final 7300多", "world", "dengue deaths", "2023", ms,
        "The bounds hold 5,000 (consistent); the final count different_basis.")
ms = [F("den", 14, "今年报告超400万例", 400e4, P, "dec23", q="over", note="headline"),
      F("den", 14, "报告了400多万例登革热病例", 400e4, P, "dec23", q="over", vt="400", step=1e6),
      F("den", 22, "報告了400多萬例登革熱病例", 400e4, P, "dec23", q="over", vt="400", step=1e6),
      F("den", 20, "有約410萬宗", 410e4, P, "dec23", q="approx"),
      F("den", 4, "record 4.3 million cases in 2023", 4.3e6, P, "final23"),
      F("den", 5, "a significant number of 4.5 million cases", 4.5e6, P, "final23"),
      F("den", 6, "annual rate of 4.6 million cases", 4.6e6, P, "final23"),
      F("den", 7, "annual high of 4.6 million cases", 4.6e6, P, "final23"),
      F("den", 12, "超过2023年全年创纪录的450万例", 450e4, P, "final23"),
      F("den", 13, "超过去年全年创纪录的450万例", 450e4, P, "final23")]
pairgrp("den_americas_2023", DEN, "Dengue cases in the Americas in 2023: December 2023 逾400万 (three) and 約410萬; the full-year record as retold in 2024: cidrap's 4.3 million, "
        "4.5 million / 450万 (three) and 4.6 million (two)", "Americas", "dengue cases reported", "2023", ms,
        "The December bounds agree (consistent); the full-year figures disagree at the same precision (conflict); the two vintages different_basis.")
pairgrp("den_americas_deaths_2023", DEN, "Dengue deaths in the Americas in 2023 (PAHO, December 2023): 2000多 (two)", "Americas", "dengue deaths", "2023",
        [F("den", 14, "致2000多人死亡", 2000, P, "a", q="over"), F("den", 22, "致2000多人死亡", 2000, P, "a", q="over")])
ms = [F("den", 4, "more than 7.6 million cases", 7.6e6, P, "apr24", q="over"),
      F("den", 5, "reports of 7.6 million cases", 7.6e6, P, "apr24"),
      F("den", 6, "more than 7.6 million dengue cases", 7.6e6, P, "apr24", q="over"),
      F("den", 7, "WHO Reports Over 7.6 Million Cases", 7.6e6, P, "apr24", q="over", vt="7.6 Million", step=1e5, note="headline"),
      F("den", 7, "reported over 7.6 million dengue cases", 7.6e6, P, "apr24", q="over"),
      F("den", 19, "累計通報767萬例", 767e4, P, "may24")]
pairgrp("den_cases_2024_apr", DEN, "Dengue cases reported worldwide in 2024 by 30 April: 7.6 million (five, four 'more than'); by 27 May 767萬", "world", "dengue cases reported",
        "2024 (to April / May)", ms, "Same count consistent; the later count different_basis.")
ms = [F("den", 5, "a total of 3.4 million cases confirmed", 3.4e6, P, "apr24"), F("den", 6, "including 3.4 million confirmed cases", 3.4e6, P, "apr24"),
      F("den", 7, "including 3.4 million confirmed cases", 3.4e6, P, "apr24"), F("den", 19, "其中357萬例確診", 357e4, P, "may24"),
      F("den", 19, "全球357萬例確診", 357e4, P, "may24", note="headline")]
pairgrp("den_confirmed_2024_apr", DEN, "Confirmed dengue cases in 2024: 3.4 million by 30 April (three); 357萬 by 27 May (two)", "world", "confirmed dengue cases", "2024 (to April / May)",
        ms, "Same count consistent; the later count different_basis.")
ms = [F("den", 4, "includes 16,000 severe infections", 16000, P, "apr24"), F("den", 5, "Over 16,000 of those cases", 16000, P, "apr24", q="over"),
      F("den", 6, "over 16,000 severe cases", 16000, P, "apr24", q="over"), F("den", 7, "over 16,000 severe cases", 16000, P, "apr24", q="over"),
      F("den", 19, "1.6萬嚴重病例", 1.6e4, P, "may24")]
pairgrp("den_severe_2024_apr", DEN, "Severe dengue cases in 2024: 16,000 / 'over 16,000' by 30 April (four); 1.6萬 by 27 May", "world", "severe dengue cases", "2024 (to April / May)",
        ms, "The bounds hold (consistent); the later count different_basis.")
ms = [F("den", 4, "and more than 3,000 deaths, the", 3000, P, "apr24", q="over"), F("den", 5, "and 3,000 have been fatal", 3000, P, "apr24"),
      F("den", 6, "and more than 3,000 deaths.", 3000, P, "apr24", q="over"), F("den", 7, "and more than 3,000 deaths.", 3000, P, "apr24", q="over"),
      F("den", 19, "造成3680人死亡", 3680, P, "may24"), F("den", 19, "全球通報的3680例", 3680, P, "may24")]
pairgrp("den_deaths_2024_apr", DEN, "Dengue deaths in 2024: 3,000 / 'more than 3,000' by 30 April (four); 3680 by 27 May (two)", "world", "dengue deaths", "2024 (to April / May)",
        ms, "The bounds hold (consistent); the later count different_basis.")
pairgrp("den_countries_2024", DEN, "Countries with active dengue transmission in 2024: 90 (five)", "world", "countries with dengue transmission", "2024",
        [F("den", 4, "So far this year, 90 countries", 90, CNT, "a"), F("den", 5, "from across 90 countries", 90, CNT, "a"),
         F("den", 6, "Currently, 90 countries have active", 90, CNT, "a"), F("den", 7, "Currently, 90 countries have reported", 90, CNT, "a"),
         F("den", 19, "全球90個國家", 90, CNT, "a")])
pairgrp("den_cases_2024", DEN, "Dengue cases reported worldwide in 2024 (full year): 14434584 (WHO WER) and 超過1300萬 (HK商報)", "world", "dengue cases reported", "2024",
        [F("den", 8, "reports of 14434584 cases", 14434584, P, "a"), F("den", 21, "更錄得超過1300萬宗個案", 1300e4, P, "a", q="over")], "The bound holds (consistent).")
pairgrp("den_paho_apr18", DEN, "Dengue cases in the Americas in 2024 by 18 April (PAHO): 超过 / 突破520万 (four)", "Americas", "dengue cases reported", "2024 (to 18 April)",
        [F("den", 12, "已监测到超过520万例", 520e4, P, "a", q="over"), F("den", 12, "已突破520万例", 520e4, P, "a", q="over"),
         F("den", 13, "已监测到超过520万例", 520e4, P, "a", q="over"), F("den", 13, "目前已突破520万例", 520e4, P, "a", q="over")])
pairgrp("den_paho_apr18_deaths", DEN, "Dengue deaths in the Americas in 2024 by 18 April (PAHO): 超过1800 (two)", "Americas", "dengue deaths", "2024 (to 18 April)",
        [F("den", 12, "死亡病例超过1800例", 1800, P, "a", q="over"), F("den", 13, "死亡病例超过1800例", 1800, P, "a", q="over")])
pairgrp("den_paho_mar28", DEN, "Dengue cases in the Americas in 2024 by late March (PAHO): 超过350万 and 约350万", "Americas", "dengue cases reported", "2024 (to 28 March)",
        [F("den", 12, "已确认有超过350万人", 350e4, P, "a", q="over"), F("den", 13, "确诊病例约为350万例", 350e4, P, "a", q="approx")], "The hedges overlap (consistent).")
pairgrp("den_paho_mar28_deaths", DEN, "Dengue deaths in the Americas in 2024 by late March (PAHO): 超过1000 (two)", "Americas", "dengue deaths", "2024 (to 28 March)",
        [F("den", 12, "超过1000人死亡", 1000, P, "a", q="over"), F("den", 13, "死亡病例超过1000例", 1000, P, "a", q="over")])
ms = [F("den", 19, "其中8成在巴西", 80.0, PC, "a", vt="8成", note="headline"),
      F("den", 19, "約82%集中在巴西", 82.0, PC, "a", q="approx", nth=1), F("den", 19, "約82%集中在巴西", 82.0, PC, "a", q="approx", nth=2),
      F("den", 19, "約82%集中在巴西", 82.0, PC, "a", q="approx", nth=3)]
pairgrp("den_brazil_share", DEN, "Brazil's share of 2024 dengue cases (udn): the headline's 8成 and 約82% (three)", "Brazil", "share of dengue cases (percent)", "2024", ms,
        "The headline's 8成 holds 約82% (consistent).")
ms = [F("den", 15, "(2 997 097例)", 2997097, P, "a", vt="2 997 097", step=1), F("den", 15, "共报告了2 997 097例", 2997097, P, "a", vt="2 997 097", step=1),
      F("den", 15, "今年已报告近300万疑似", 300e4, P, "a", q="under")]
pairgrp("den_americas_2023h1", DEN, "Dengue cases in the Americas to 1 July 2023 (ithc): 2 997 097 (twice) and 近300万", "Americas", "dengue cases reported", "2023 (to 1 July)",
        ms, "The hedge holds (consistent).")
pairgrp("den_americas_2023h1_deaths", DEN, "Dengue deaths in the Americas to 1 July 2023 (ithc): 1302 (twice)", "Americas", "dengue deaths", "2023 (to 1 July)",
        [F("den", 15, "同期报告了1302例死亡", 1302, P, "a"), F("den", 15, "其中1302例死亡", 1302, P, "a")])
pairgrp("den_americas_2023h1_cfr", DEN, "Case fatality in the Americas to 1 July 2023 (ithc): 0.04% (twice)", "Americas", "case fatality (percent)", "2023 (to 1 July)",
        [F("den", 15, "病死率为0.04%。", 0.04, PC, "a"), F("den", 15, "病死率为0.04%,累计", 0.04, PC, "a")])
pairgrp("den_hk_week", DEN, "Imported dengue cases in Hong Kong, 21-27 March 2025: 1 (three)", "Hong Kong", "dengue cases", "2025-03",
        [F("den", 21, "過去一周本港錄得1宗", 1, CNT, "a", nth=1, note="headline"), F("den", 21, "過去一周本港錄得1宗", 1, CNT, "a", nth=2, note="headline repeated"),
         F("den", 21, "錄得1宗外地傳入", 1, CNT, "a")])

S("den", 2, "That’s 50% of the world’s", value=50.0, unit=PC)
S("den", 2, "(25%) of them", value=25.0, unit=PC)
S("den", 2, "and 40,000", value=40000, unit=P)
S("den", 2, "(0.04%) will die", value=0.04, unit=PC)
S("den", 2, "70% higher if you live in Asia", value=70.0, unit=PC)
S("den", 2, "estimated to be US$9bn", value=9e9, unit=USD)
S("den", 3, "from about 500,000 in 2000", value=500000, unit=P, q="approx")
S("den", 4, "have already topped 7 million", value=7e6, unit=P, q="over")
S("den", 4, "data from 103 countries", value=103, unit=CNT)
S("den", 4, "In Africa, 13 countries", value=13, unit=CNT)
S("den", 8, "7718585 laboratory-confirmed", value=7718585, unit=P)
S("den", 8, "52738 severe", value=52738, unit=P)
S("den", 8, "and 11201 deaths", value=11201, unit=P)
S("den", 8, "more than 90% of the global total", value=90.0, unit=PC, q="over")
S("den", 8, "over 10 million cases", value=10e6, unit=P, q="over")
S("den", 8, "and 6321 deaths", value=6321, unit=P)
S("den", 8, "Argentina (581 559 cases)", vt="581 559", value=581559, unit=P)
S("den", 8, "Mexico (558 846)", vt="558 846", value=558846, unit=P)
S("den", 8, "more than 1 million cases", value=1e6, unit=P, q="over")
S("den", 10, "Close to 75% of the global population", value=75.0, unit=PC, q="under")
S("den", 11, "240 万例转诊到医院", vt="240 万", value=240e4, unit=P)
S("den", 11, "病例超过 238 万例", vt="238 万", value=238e4, unit=P, q="over")
S("den", 11, "近 150 万例", vt="150 万", value=150e4, unit=P, q="under")
S("den", 11, "其中 1,032 人死亡", vt="1,032", value=1032, unit=P)
S("den", 11, "超过 375,000 例", vt="375,000", value=375000, unit=P, q="over")
S("den", 11, "报告了 1,061 例", vt="1,061", value=1061, unit=P)
S("den", 12, "上升至6159160例", value=6159160, unit=P)
S("den", 12, "死亡病例上升至4250例", value=4250, unit=P)
S("den", 12, "另有2730名死亡病例", value=2730, unit=P)
S("den", 12, "高出2.5至6倍", vt="2.5至6", value=[2.5, 6.0], unit=TIMES)
S("den", 12, "同期的5.7倍", value=5.7, unit=TIMES)
S("den", 13, "就增长了48%", value=48.0, unit=PC)
S("den", 15, "全年登记的280万例", value=280e4, unit=P)
S("den", 15, "45%得到实验室确认", value=45.0, unit=PC)
S("den", 15, "每10万人口305例", vt="305", value=305, unit=RT)
S("den", 15, "有1 348 234例", vt="1 348 234", value=1348234, unit=P)
S("den", 15, "为2 376 522例", vt="2 376 522", value=2376522, unit=P)
S("den", 15, "秘鲁188 326例", vt="188 326", value=188326, unit=P)
S("den", 15, "居民862例", vt="862", value=862, unit=RT)
S("den", 15, "居民268例", vt="268", value=268, unit=RT)
S("den", 15, "居民59例", vt="59", value=59, unit=RT)
S("den", 16, "确诊病例超过2万人", value=2e4, unit=P, q="over")
S("den", 16, "合计为4万人", value=4e4, unit=P)
S("den", 16, "全台死亡病例218人", value=218, unit=P)
S("den", 16, "台南市占112人", value=112, unit=P)
S("den", 16, "骤升为20%以上", value=20.0, unit=PC, q="at_least")
S("den", 17, "無症狀(約占75%)", value=75.0, unit=PC, q="approx")
S("den", 17, "只有9個國家經歷過", value=9, unit=CNT)
S("den", 17, "佔全球疾病負擔的70%", value=70.0, unit=PC)
S("den", 18, "將為現在的2.6倍", value=2.6, unit=TIMES)
S("den", 19, "通報42萬例疑似", value=42e4, unit=P)
S("den", 19, "巴拉圭25.7萬例", value=25.7e4, unit=P)
S("den", 19, "秘魯近20萬例", value=20e4, unit=P, q="under")
S("den", 19, "單單巴西即通報630萬例", value=630e4, unit=P)
S("den", 19, "其中304萬例確診", value=304e4, unit=P)
S("den", 19, "分別有77.3%", value=77.3, unit=PC)
S("den", 19, "和82.3%在巴西", value=82.3, unit=PC)
S("den", 19, "累計通報540萬例", value=540e4, unit=P)
S("den", 19, "其中3254人證實", value=3254, unit=P)
S("den", 19, "另外2786例疑似", value=2786, unit=P)
S("den", 20, "高達10萬泰銖", value=10e4, unit="THB")
S("den", 20, "折合約2萬港元", value=2e4, unit="HKD", q="approx")
S("den", 20, "已有超過13萬宗", value=13e4, unit=P, q="over")
S("den", 20, "錄得超過30萬宗個案", value=30e4, unit=P, q="over")
S("den", 21, "今年錄得8宗外地傳入", value=8, unit=CNT)
S("den", 21, "2024年共錄得161宗", value=161, unit=CNT)
S("den", 21, "包括156宗外地傳入", value=156, unit=CNT)
S("den", 21, "2023年則錄得62宗", value=62, unit=CNT)
S("den", 21, "全球80多個國家", value=80, unit=CNT, q="over")
S("den", 22, "病例約160萬例", value=160e4, unit=P, q="approx")
S("den", 22, "死亡94例", value=94, unit=P)
NC("den", 2, "population.1", "footnote_marker")
NC("den", 2, "50 years ago.3", "footnote_marker")
NC("den", 2, "Before 1970, only", "date")
NC("den", 2, "worldwide.4", "footnote_marker")
NC("den", 2, "DENV-1, DENV-2", "name")
NC("den", 4, "over the past 5 years", "duration")
NC("den", 5, " date 2024-05-31", "date")
NC("den", 6, "On May 30, the WHO", "date")
NC("den", 6, "As of April 30, 2024", "date")
NC("den", 7, "As of April 30, 2024", "date")
NC("den", 8, "progress – 2024 update", "report_title")
NC("den", 8, "in all 6 regions", "count_of_regions")
NC("den", 10, "(Figure 2-1)", "figure_number")
NC("den", 10, "Control, 2012 - 2020", "date")
NC("den", 10, "In the last 50 years", "duration")
NC("den", 11, "2016 年,世界范围内", "date")
NC("den", 11, "[6]Sharp TM", "footnote_marker")
NC("den", 12, "当地时间2024年4月17日", "date")
NC("den", 12, "中文名:2024年登革热疫情", "title")
NC("den", 13, "4月4日,在巴西圣保罗", "date", nth=1)
NC("den", 13, "上月28日该组织", "date")
NC("den", 14, "刘奕17739761747", "phone_number")
NC("den", 14, "李瑞15981879377", "phone_number")
NC("den", 14, "当地时间12月13日", "date")
NC("den", 15, "截至2023年7月1日", "date")
NC("den", 15, "每3至5年发生", "duration")
NC("den", 15, "南锥地区2每", "footnote_marker")
NC("den", 15, "安第斯次区域3每", "footnote_marker")
NC("den", 15, "墨西哥4每", "footnote_marker")
NC("den", 16, "◷ 2024-12-22 18:29:39", "date")
NC("den", 16, "及1942年发生全岛性", "date")
NC("den", 17, "在1970年之前", "date")
NC("den", 18, "發布日期|2017-05-03", "date")
NC("den", 18, "人氣點閱:11", "view_count")
NC("den", 18, "在過去50年間", "duration")
NC("den", 19, "2024年截至5月27日", "date")
NC("den", 20, "2020至22年因為新冠疫情", "date")
NC("den", 21, "2025-03-28 16:40:50", "date")
NC("den", 21, "在過去20年", "duration")
NC("den", 22, "當地時間2023年12月13日", "date")
NC("den", 22, "[80]", "footnote_marker")
NC("den", 22, "為期180天", "duration")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh33.toml", "corpus-fresh33")
