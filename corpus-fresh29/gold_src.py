#!/usr/bin/env python3
"""Hand annotation of corpus-fresh29, written as data; emits gold.d/fresh29.toml (then run
corpus/check_gold.py --dir corpus-fresh29 --build).

Three domains: cancer (IARC's GLOBOCAN 2022 estimates released in February 2024 and the CA paper of April 2024: new cases,
deaths, the leading cancers' cases, deaths and shares, the 2050 projection; GLOBOCAN 2020, 2018 and 2012 as other years;
`can-*`), diabetes (the IDF Diabetes Atlas 8th (2017), 9th (2019), 10th (2021) and 11th (2025, for 2024) editions: adults
with diabetes, projections for 2030 / 2045 / 2050, prevalence, undiagnosed, deaths, spending, China; the NCD-RisC analysis
in The Lancet of November 2024 (2022: adults with diabetes, untreated, prevalence, countries, study size); the GBD 2021
forecast of June 2023; `dia-*`) and child mortality (the UN IGME reports of 2012, 2013, 2018, March 2024 and March 2025:
under-five deaths in 1990, 2011, 2012, 2017, 2022 and 2023, the fall since 2000 / 1990, older children and youth,
newborns, stillbirths, regional shares, projections to 2030; `chm-*`).

Every mention carries a basis tag (data year / edition / scope, as read from the text). Pair verdicts: explicit entries
win; otherwise a different basis is different_basis, the same basis and the same value consistent; every same-basis pair
with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure that is not a
correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other figure is
consistent). Projections of the same year in different editions / report vintages are different_basis with conflict as
alt; GLOBOCAN 2022 figures that differ between the CA paper (1 996.5万, 973.7万) and the later online database
(19,976,499; 9,743,832) are conflict with different_basis as alt. Values as written: 万/萬 = 1e4, 亿/億 = 1e8,
crore = 1e7. Units: persons, percent, count, USD, seconds, per_1000_live_births, per_100k_people.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, P, USD, DC, CD, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

CAN, DIA, CHM = "cancer", "diabetes", "child-mortality"
SEC, PER1K, PER100K = "seconds", "per_1000_live_births", "per_100k_people"
CRORE = 1e7

# ============================================================ cancer (IARC GLOBOCAN)
ms = [
    F("can", 1, "from the estimated 20 million cases in 2022", 20e6, P, "a"),
    F("can", 2, "from the some 20 million cases", 20e6, P, "a", q="approx"),
    F("can", 2, "nearly 20 million new cases in 2022", 20e6, P, "a", q="under"),
    F("can", 3, "nearly 20 million cancer cases were diagnosed", 20e6, P, "a", q="under"),
    F("can", 4, "An estimated 20 million new cancer cases", 20e6, P, "a"),
    F("can", 5, "from the 20 million cases diagnosed", 20e6, P, "a"),
    F("can", 6, "to 20 million new cases", 20e6, P, "a"),
    F("can", 11, "新增癌症病例约2000万例", 2000e4, P, "a", q="approx"),
    F("can", 12, "共有近2 000万例新发癌症病例", 2000e4, P, "a", q="under", vt="2 000万"),
    F("can", 13, "新增1 996.5万恶性肿瘤新发病例", 1996.5e4, P, "a", vt="1 996.5万"),
    F("can", 14, "全球估计有2000万新病例", 2000e4, P, "a"),
    F("can", 14, "包括NMSC:1996万例", 1996e4, P, "a"),
    F("can", 15, "全球 19,976,499 新病例", 19976499, P, "a"),
    F("can", 17, "新增約2000萬宗癌症病例", 2000e4, P, "a", q="approx"),
    F("can", 19, "約有2,000萬宗", 2000e4, P, "a", q="approx"),
    F("can", 20, "全球新增癌癥病例約2000萬(wàn)例", 2000e4, P, "a", q="approx", nth=1, note="摘要"),
    F("can", 20, "全球新增癌癥病例約2000萬(wàn)例", 2000e4, P, "a", q="approx", nth=2),
    F("can", 14, "不包括NMSC:1873万例", 1873e4, P, "exnmsc", note="excluding non-melanoma skin cancer"),
    F("can", 9, "estimated 19.3 million (95%", 19.3e6, P, "y20"),
    F("can", 10, "19.3 million new cancer diagnoses", 19.3e6, P, "y20"),
    F("can", 16, "2020年全球新发癌症病例1929万例", 1929e4, P, "y20"),
    F("can", 9, "(18.1 million excluding non-melanoma", 18.1e6, P, "y20ex"),
    F("can", 8, "an estimated 18.1 million new cases this year", 18.1e6, P, "y18"),
    F("can", 6, "rising from 14.1 million new cases", 14.1e6, P, "y12"),
    F("can", 8, "This was up from 14.1 million", 14.1e6, P, "y12"),
    F("can", 21, "由2012年的1400萬個", 1400e4, P, "y12"),
    F("can", 21, "上升到2200萬個", 2200e4, P, "p32", note="projection for 2032 (2014 report)"),
]
G("can_cases", CAN, "New cancer cases worldwide: 2022 20 million / 约2000万 (many) vs 1 996.5万 (CA paper), 1996万 and 19,976,499 (online database); "
  "1873万 excluding NMSC; 2020 19.3 million / 1929万; 2018 18.1 million; 2012 14.1 million / 1400萬; 2032 projection 2200萬",
  "world", "new cancer cases (persons)", "2012-2032",
  "A plain 20 million / 2000万 rounds the precise figures (rounding); hedges that hold consistent; the CA paper's 1 996.5万 / 1996万 against the "
  "database's 19,976,499 conflict with different_basis as alt; other years and the NMSC-excluded count different_basis.",
  ms, {(10, 13): CD, (12, 13): CD})

ms = [
    F("can", 1, "nearly 10 million deaths from cancer", 10e6, P, "a", q="under"),
    F("can", 2, "With nearly 10 million deaths", 10e6, P, "a", q="under"),
    F("can", 3, "and 9.7 million deaths globally", 9.7e6, P, "a"),
    F("can", 4, "close to 10 million deaths", 10e6, P, "a", q="under"),
    F("can", 6, "and 9.7 million deaths a decade later", 9.7e6, P, "a"),
    F("can", 11, "死亡病例约970万例", 970e4, P, "a", q="approx"),
    F("can", 12, "970万例死亡病例", 970e4, P, "a"),
    F("can", 13, "和973.7万死亡病例", 973.7e4, P, "a"),
    F("can", 14, "970万例癌症死亡", 970e4, P, "a"),
    F("can", 15, "全球 9,743,832 死亡", 9743832, P, "a"),
    F("can", 17, "死亡個案約有970萬宗", 970e4, P, "a", q="approx"),
    F("can", 20, "死亡病例約970萬(wàn)例", 970e4, P, "a", q="approx", nth=1),
    F("can", 20, "死亡病例約970萬(wàn)例", 970e4, P, "a", q="approx", nth=2),
    F("can", 9, "almost 10.0 million (95% UI", 10.0e6, P, "y20", q="under"),
    F("can", 10, "over 10 million cancer deaths", 10e6, P, "y20", q="over"),
    F("can", 16, "全球癌症死亡病例996万例", 996e4, P, "y20"),
    F("can", 9, "(9.9 million excluding", 9.9e6, P, "y20ex"),
    F("can", 8, "lives of 9.6 million people in 2018", 9.6e6, P, "y18"),
    F("can", 6, "and 8.2 million deaths worldwide in 2012", 8.2e6, P, "y12"),
    F("can", 8, "and 8.2 million deaths", 8.2e6, P, "y12"),
    F("can", 21, "由每年820萬人", 820e4, P, "y12"),
    F("can", 21, "升高到每年1300萬人", 1300e4, P, "p32"),
    F("can", 6, "to more than 18 million", 18e6, P, "p50", q="over"),
]
G("can_deaths", CAN, "Cancer deaths worldwide: 2022 9.7 million / 970万 vs 973.7万 (CA paper) and 9,743,832 (database), 'nearly 10 million' (three); "
  "2020 'almost 10.0 million', livemint's 'over 10 million' vs 996万; 2018 9.6 million; 2012 8.2 million / 820萬; projections 1300萬 (2032), 18 million (2050)",
  "world", "cancer deaths (persons)", "2012-2050",
  "9.7 million / 970万 round 973.7万 and 9,743,832 (rounding); 973.7万 vs 9,743,832 conflict (alt different_basis); 'over 10 million' vs 996万 "
  "conflict; hedges that hold consistent; other years different_basis.", ms, {(8, 10): CD})

ms = [
    F("can", 1, "with 2.5 million new lung cancer cases", 2.5e6, P, "a"),
    F("can", 3, "Lung cancer is the most commonly occurring cancer worldwide with 2.5 million new cases", 2.5e6, P, "a", note="caption"),
    F("can", 3, "Lung cancer was the most commonly occurring cancer worldwide with 2.5 million new cases", 2.5e6, P, "a"),
    F("can", 5, "with 2.5 million cases", 2.5e6, P, "a"),
    F("can", 11, "新增肺癌病例250万例", 250e4, P, "a"),
    F("can", 12, "有近250万例新发病例", 250e4, P, "a", q="under"),
    F("can", 13, "肺癌(248.0万", 248.0e4, P, "a"),
    F("can", 19, "肺癌新增病例達250萬宗", 250e4, P, "a"),
    F("can", 20, "新增肺癌病例250萬(wàn)例", 250e4, P, "a", nth=1),
    F("can", 20, "新增肺癌病例250萬(wàn)例", 250e4, P, "a", nth=2),
    F("can", 21, "每年平均有180萬個病例", 180e4, P, "y12", note="lung cancer cases, 2014 report"),
]
G("can_lung_cases", CAN, "New lung cancer cases 2022: 2.5 million / 250万 (nine) vs 248.0万; 近250万; the 2014 report's 180萬 a year", "world",
  "new lung cancer cases (persons)", "2012 / 2022", "2.5 million / 250万 round 248.0万 (rounding); the hedge holds; 2012 different_basis.", ms)

ms = [
    F("can", 3, "leading cause of cancer death (1.8 million deaths", 1.8e6, P, "a"),
    F("can", 4, "resulting in 1.8 million deaths", 1.8e6, P, "a"),
    F("can", 5, "the most cancer deaths – 1.8 million", 1.8e6, P, "a"),
    F("can", 11, "死亡病例180万例", 180e4, P, "a"),
    F("can", 12, "估计有180万例", 180e4, P, "a"),
    F("can", 13, "肺癌(181.7万", 181.7e4, P, "a"),
    F("can", 19, "(180萬人死亡)", 180e4, P, "a"),
    F("can", 20, "死亡病例180萬(wàn)例", 180e4, P, "a", nth=1),
    F("can", 20, "死亡病例180萬(wàn)例", 180e4, P, "a", nth=2),
    F("can", 10, "accounting for an estimated 1.8 million deaths", 1.8e6, P, "y20"),
    F("can", 9, "lung (1.79 million deaths)", 1.79e6, P, "y20"),
    F("can", 21, "每年約有160萬人死於肺癌", 160e4, P, "y12", q="approx"),
]
G("can_lung_deaths", CAN, "Lung cancer deaths: 2022 1.8 million / 180万 (eight) vs 181.7万; 2020 1.8 million (livemint) vs 1.79 million; 2012 約160萬",
  "world", "lung cancer deaths (persons)", "2012-2022", "1.8 million / 180万 round 181.7万 and 1.79 million (rounding); years different_basis.", ms)

ms = [
    F("can", 3, "accounting for 12.4% of the total new cases", 12.4, PC, "a", nth=1),
    F("can", 3, "accounting for 12.4% of the total new cases", 12.4, PC, "a", nth=2),
    F("can", 5, "or 12.4 of all cases", 12.4, PC, "a", note="written without %"),
    F("can", 12, "占全球所有癌症的12.4%", 12.4, PC, "a"),
    F("can", 13, ",12.4%)", 12.4, PC, "a"),
    F("can", 14, "占总病例的12.4%", 12.4, PC, "a"),
    F("can", 19, "佔新增病例總數的12.4%", 12.4, PC, "a"),
    F("can", 21, "占全球癌症病例13%", 13.0, PC, "y12"),
]
G("can_lung_case_share", CAN, "Lung cancer's share of new cases: 12.4% (seven, one without the %), 13% in the 2014 report", "world",
  "share of new cancer cases (percent)", "2012 / 2022", "Same figure consistent; 2012 different_basis.", ms)

ms = [
    F("can", 3, "18.7% of the total cancer deaths", 18.7, PC, "a"),
    F("can", 5, "or nearly 19 of all deaths", 19.0, PC, "a", q="under", note="written without %"),
    F("can", 12, "(18.7%)", 18.7, PC, "a"),
    F("can", 13, ",18.7%)", 18.7, PC, "a"),
    F("can", 14, "占癌症死亡总数的18.7%", 18.7, PC, "a"),
    F("can", 19, "佔癌症總死亡人數18.7%", 18.7, PC, "a"),
    F("can", 10, "(18%), and is then", 18.0, PC, "y20"),
]
G("can_lung_death_share", CAN, "Lung cancer's share of cancer deaths: 18.7% (five), shafaqna's 'nearly 19'; 2020 18%", "world", "share of cancer deaths (percent)",
  "2020 / 2022", "Same figure consistent; the hedge holds; 2020 different_basis.", ms)

def pair2(gid, desc, metric, a, b, extra=(), why="A rounded figure against the precise one (rounding)."):
    G(gid, CAN, desc, "world", metric, "2022", why, [a, b, *extra])

pair2("can_breast_cases", "New female breast cancer cases 2022: 2.3 million (hindustantimes) vs 229.6万 (CA paper)", "new breast cancer cases (persons)",
      F("can", 3, "ranked second (2.3 million cases", 2.3e6, P, "a"), F("can", 13, "女性乳腺癌(229.6万", 229.6e4, P, "a"),
      (F("can", 9, "female breast cancer (2.26 million cases)", 2.26e6, P, "y20"),))
pair2("can_colorectal_cases", "New colorectal cancer cases 2022: 1.9 million vs 192.6万", "new colorectal cancer cases (persons)",
      F("can", 3, "colorectal cancer (1.9 million cases", 1.9e6, P, "a"), F("can", 13, "结直肠癌(192.6万", 192.6e4, P, "a"))
pair2("can_prostate_cases", "New prostate cancer cases 2022: 1.5 million vs 146.7万", "new prostate cancer cases (persons)",
      F("can", 3, "prostate cancer (1.5 million cases", 1.5e6, P, "a"), F("can", 13, "前列腺癌(146.7万", 146.7e4, P, "a"))
pair2("can_stomach_cases", "New stomach cancer cases 2022: 970 000 vs 96.8万", "new stomach cancer cases (persons)",
      F("can", 3, "stomach cancer (970 000 cases", 970000, P, "a", vt="970 000", step=1e4), F("can", 13, "胃癌(96.8万", 96.8e4, P, "a"))
pair2("can_colorectal_deaths", "Colorectal cancer deaths 2022: 900 000 vs 90.4万", "colorectal cancer deaths (persons)",
      F("can", 3, "colorectal cancer (900 000 deaths", 900000, P, "a", vt="900 000", step=1e5), F("can", 13, "结直肠癌(90.4万", 90.4e4, P, "a"))
pair2("can_liver_deaths", "Liver cancer deaths 2022: 760 000 vs 75.8万; 2020 830000", "liver cancer deaths (persons)",
      F("can", 3, "liver cancer (760 000 deaths", 760000, P, "a", vt="760 000", step=1e4), F("can", 13, "肝癌(75.8万", 75.8e4, P, "a"),
      (F("can", 9, "liver (830000)", 830000, P, "y20"),), why="Rounding; 2020 different_basis.")
pair2("can_breast_deaths", "Breast cancer deaths 2022: 670 000 vs 66.6万", "breast cancer deaths (persons)",
      F("can", 3, "breast cancer (670 000 deaths", 670000, P, "a", vt="670 000", step=1e4), F("can", 13, "女性乳腺癌(66.6万", 66.6e4, P, "a"))
pair2("can_stomach_deaths", "Stomach cancer deaths 2022: 660 000 vs 66.0万; 2020 769000", "stomach cancer deaths (persons)",
      F("can", 3, "stomach cancer (660 000 deaths", 660000, P, "a", vt="660 000", step=1e4), F("can", 13, "胃癌(66.0万", 66.0e4, P, "a"),
      (F("can", 9, "stomach cancers (769000)", 769000, P, "y20"),), why="Same value consistent; 2020 different_basis.")

def shares(gid, desc, metric, ms, why="Same figure."):
    G(gid, CAN, desc, "world", metric, "2022", why, ms)

shares("can_breast_case_share", "Breast cancer's share of new cases: 11.6% (three) vs the Chinese summary's 11.5%", "share of new cases (percent)",
       [F("can", 3, ", 11.6%)", 11.6, PC, "a"), F("can", 12, "女性乳腺癌(11.6%)", 11.6, PC, "a"), F("can", 14, "其次是女性乳腺癌(11.6%)", 11.6, PC, "a"),
        F("can", 13, ",11.5%)", 11.5, PC, "a")], why="11.5 against 11.6 (same precision) conflict.")
shares("can_colorectal_case_share", "Colorectal cancer's share of new cases: 9.6% (four)", "share of new cases (percent)",
       [F("can", 3, ", 9.6%)", 9.6, PC, "a"), F("can", 12, "结直肠癌(9.6%)", 9.6, PC, "a"), F("can", 13, ",9.6%)", 9.6, PC, "a"),
        F("can", 14, "结直肠癌(9.6%)", 9.6, PC, "a")])
shares("can_prostate_case_share", "Prostate cancer's share of new cases: 7.3% (four)", "share of new cases (percent)",
       [F("can", 3, ", 7.3%)", 7.3, PC, "a"), F("can", 12, "前列腺癌(7.3%)", 7.3, PC, "a"), F("can", 13, ",7.3%)", 7.3, PC, "a"),
        F("can", 14, "前列腺癌(7.3%)", 7.3, PC, "a")])
shares("can_stomach_case_share", "Stomach cancer's share of new cases: 4.9% (four)", "share of new cases (percent)",
       [F("can", 3, ", 4.9%)", 4.9, PC, "a"), F("can", 12, "和胃癌(4.9%)", 4.9, PC, "a"), F("can", 13, ",4.9%)", 4.9, PC, "a"),
        F("can", 14, "和胃癌(4.9%)", 4.9, PC, "a")])
shares("can_colorectal_death_share", "Colorectal cancer's share of deaths: 9.3% (four); 2020 9.4%", "share of cancer deaths (percent)",
       [F("can", 3, ", 9.3%)", 9.3, PC, "a"), F("can", 12, "结直肠癌(9.3%)", 9.3, PC, "a"), F("can", 13, ",9.3%)", 9.3, PC, "a"),
        F("can", 14, "结肠直肠癌(9.3%)", 9.3, PC, "a"), F("can", 10, "colorectal (9.4%)", 9.4, PC, "y20")], why="Same figure; 2020 different_basis.")
shares("can_liver_death_share", "Liver cancer's share of deaths: 7.8% (four); 2020 8.3%", "share of cancer deaths (percent)",
       [F("can", 3, ", 7.8%)", 7.8, PC, "a"), F("can", 12, "肝癌(7.8%)", 7.8, PC, "a"), F("can", 13, ",7.8%)", 7.8, PC, "a"),
        F("can", 14, "肝癌(7.8%)", 7.8, PC, "a"), F("can", 10, "liver (8.3%)", 8.3, PC, "y20")], why="Same figure; 2020 different_basis.")
shares("can_breast_death_share", "Breast cancer's share of deaths: 6.9% (four); 2020 6.9%", "share of cancer deaths (percent)",
       [F("can", 3, ", 6.9%)", 6.9, PC, "a"), F("can", 12, "女性乳腺癌(6.9%)", 6.9, PC, "a"), F("can", 13, ",6.9%)", 6.9, PC, "a"),
        F("can", 14, "女性乳腺癌(6.9%)", 6.9, PC, "a"), F("can", 10, "female breast (6.9%)", 6.9, PC, "y20")], why="Same figure; 2020 different_basis.")
shares("can_stomach_death_share", "Stomach cancer's share of deaths: 6.8% (four); 2020 7.7%", "share of cancer deaths (percent)",
       [F("can", 3, ", 6.8%)", 6.8, PC, "a"), F("can", 12, "和胃癌(6.8%)", 6.8, PC, "a"), F("can", 13, ",6.8%)", 6.8, PC, "a"),
        F("can", 14, "和胃癌(6.8%)", 6.8, PC, "a"), F("can", 10, "stomach (7.7%)", 7.7, PC, "y20")], why="Same figure; 2020 different_basis.")

ms = [
    F("can", 1, "more than 35 million new cancer cases in 2050", 35e6, P, "a", q="over"),
    F("can", 2, "rise to more than 35 million in 2050", 35e6, P, "a", q="over"),
    F("can", 2, "“Over 35 million new cancer cases are predicted in 2050”", 35e6, P, "a", q="over"),
    F("can", 3, "rise to at least 35 million in 2050", 35e6, P, "a", q="at_least"),
    F("can", 3, "“Over 35 million new cancer cases are predicted in 2050,”", 35e6, P, "a", q="over"),
    F("can", 4, "more than 35 million new cancer cases will be detected", 35e6, P, "a", q="over"),
    F("can", 5, "will reach 35 million by 2050", 35e6, P, "a"),
    F("can", 6, "more than 35 million new cancer cases by 2050", 35e6, P, "a", q="over"),
    F("can", 7, "will rise to 35 million", 35e6, P, "a"),
    F("can", 11, "将超过3500万例", 3500e4, P, "a", q="over"),
    F("can", 12, "将达到3 500万例", 3500e4, P, "a", vt="3 500万"),
    F("can", 13, "将超过3 500万", 3500e4, P, "a", q="over", vt="3 500万"),
    F("can", 17, "將超過3500萬宗", 3500e4, P, "a", q="over"),
    F("can", 18, "達到3500 萬例", 3500e4, P, "a"),
    F("can", 18, "將超過 3500 萬", 3500e4, P, "a", q="over"),
    F("can", 19, "逾3,500萬新增癌症病例", 3500e4, P, "a", q="over"),
]
G("can_cases_2050", CAN, "New cancer cases projected for 2050: more than 35 million / 3500万 (sixteen)", "world", "new cancer cases (persons)", "2050",
  "Same figure or bound (consistent).", ms)

ms = [
    F("can", 1, "a 77% jump", 77.0, PC, "a"),
    F("can", 2, "77 percent higher", 77.0, PC, "a"),
    F("can", 2, "a 77-percent increase", 77.0, PC, "a"),
    F("can", 3, "77% higher than the cases", 77.0, PC, "a"),
    F("can", 4, "an increase of 77 per cent", 77.0, PC, "a"),
    F("can", 4, "rise more than 75% by 2050", 75.0, PC, "a", q="over"),
    F("can", 5, "an increase of 77%", 77.0, PC, "a"),
    F("can", 6, "an increase of 77% from 2022", 77.0, PC, "a"),
    F("can", 6, "rise by more than 75% by 2050", 75.0, PC, "a", q="over"),
    F("can", 7, "soar 77% by 2050", 77.0, PC, "a"),
    F("can", 7, "77 percent higher", 77.0, PC, "a"),
    F("can", 11, "比2022年增加77%", 77.0, PC, "a"),
    F("can", 17, "比2022年大增77%", 77.0, PC, "a"),
    F("can", 18, "個案料大增77%", 77.0, PC, "a"),
    F("can", 18, "將會大增77%", 77.0, PC, "a"),
    F("can", 18, "比 2022 年大增77%", 77.0, PC, "a"),
    F("can", 19, "新症病例或增加77%", 77.0, PC, "a", nth=1),
    F("can", 19, "新症病例或增加77%", 77.0, PC, "a", nth=2),
    F("can", 19, "新症病例或增加77%", 77.0, PC, "a", nth=3),
    F("can", 19, "新增病例增加77%", 77.0, PC, "a"),
]
G("can_rise_2050", CAN, "Rise in new cases 2022-2050: 77% (eighteen), 'more than 75%' (two)", "world", "increase in new cancer cases (percent)", "2022-2050",
  "Same figure; the bound holds (consistent).", ms)

ms = [F("can", 3, "Data covers 185 countries", 185, CNT, "a"), F("can", 5, "covers 185 countries", 185, CNT, "a"),
      F("can", 13, "世界185个国家或地区", 185, CNT, "a"), F("can", 14, "全球185个国家按性别", 185, CNT, "a"),
      F("can", 15, "涵盖 185 个国家", 185, CNT, "a", nth=1), F("can", 15, "涵盖 185 个国家", 185, CNT, "a", nth=2),
      F("can", 18, "報告統計球185個國家", 185, CNT, "a"), F("can", 19, "統計全球185個國家", 185, CNT, "a"),
      F("can", 9, "and 185 countries or territories", 185, CNT, "y20")]
G("can_countries", CAN, "Countries covered by GLOBOCAN: 185 (2022, eight; 2020, one)", "GLOBOCAN", "countries covered", "2020 / 2022",
  "Same figure; the 2020 edition different_basis.", ms)
ms = [F("can", 3, "and 36 cancers", 36, CNT, "a"), F("can", 5, "and 36 types of cancer", 36, CNT, "a"), F("can", 13, "36种恶性肿瘤", 36, CNT, "a"),
      F("can", 9, "for 38 cancer sites", 38, CNT, "y20")]
G("can_sites", CAN, "Cancer types covered: 36 (2022, three); 38 sites (2020)", "GLOBOCAN", "cancer types covered", "2020 / 2022",
  "Same figure; 2020 different_basis.", ms)
ms = [F("can", 21, "20年內增57%", 57.0, PC, "a"), F("can", 21, "全球癌症將激增57%", 57.0, PC, "a")]
G("can_rise_2032", CAN, "Rise in cancer cases over 20 years (2014 report): 57% (headline and body)", "world", "increase in cancer cases (percent)",
  "2012-2032", "Same figure.", ms)


R1 = "ratio_1_in"
def ratio(gid, desc, metric, ms, why="Same figure."):
    G(gid, CAN, desc, "world", metric, "2022", why, ms)

ratio("can_lifetime_risk", "Lifetime risk of developing cancer: 1 in 5 (two)", "lifetime risk of cancer (1 in N)",
      [F("can", 3, "About 1 in 5 people develop cancer", 5, R1, "a"), F("can", 18, "推算每5個人之中", 5, R1, "a")])
ratio("can_men_death_risk", "Men dying of cancer: 1 in 9 (two)", "men's lifetime risk of cancer death (1 in N)",
      [F("can", 3, "approximately 1 in 9 men", 9, R1, "a"), F("can", 18, "推算男性每9人之中", 9, R1, "a")])
ratio("can_women_death_risk", "Women dying of cancer: 1 in 12 (two)", "women's lifetime risk of cancer death (1 in N)",
      [F("can", 3, "1 in 12 women die", 12, R1, "a"), F("can", 18, "女性則每12人之中有1人", 12, R1, "a")])
ratio("can_breast_dx_high", "Breast cancer diagnosis in very-high-HDI countries: 1 in 12 women (two)", "lifetime risk of breast cancer (1 in N)",
      [F("can", 18, "每 12 名女性中就有 1 人", 12, R1, "a"), F("can", 20, "每12名女性有1人", 12, R1, "a")])
ratio("can_breast_death_high", "Breast cancer death in very-high-HDI countries: 1 in 71 women (two)", "lifetime risk of breast cancer death (1 in N)",
      [F("can", 18, "71 名女性中才有 1 人", 71, R1, "a"), F("can", 20, "每71名女性有1人", 71, R1, "a")])
ratio("can_breast_dx_low", "Breast cancer diagnosis in low-HDI countries: 1 in 27 women (two)", "lifetime risk of breast cancer (1 in N)",
      [F("can", 18, "每27 名女性才有1 人", 27, R1, "a"), F("can", 20, "每27名女性只有1人", 27, R1, "a")])
ratio("can_breast_death_low", "Breast cancer death in low-HDI countries: 1 in 48 women (two)", "lifetime risk of breast cancer death (1 in N)",
      [F("can", 18, "每48名女性就有1人", 48, R1, "a"), F("can", 20, "每48名女性就有1人", 48, R1, "a")])
S("can", 2, "more than 100 types of cancer", value=100, unit=CNT, q="over")

S("can", 2, "additional 4.8 million new cases", value=4.8e6, unit=P)
S("can", 2, "up 142 percent", value=142.0, unit=PC)
S("can", 2, "a 99-percent increase", value=99.0, unit=PC)
S("can", 3, "was 53.5 million", value=53.5e6, unit=P)
S("can", 9, "(2.21)", value=2.21e6, unit=P, vt="2.21", note="lung cancer cases 2020, in millions")
S("can", 14, "前列腺癌在118个国家", value=118, unit=CNT)
S("can", 14, "肺癌是89个国家", value=89, unit=CNT)
S("can", 14, "乳腺癌(157个国家)", value=157, unit=CNT)
S("can", 14, "112个国家乳腺癌", value=112, unit=CNT)
S("can", 14, "一半的病例(49.2%)", value=49.2, unit=PC)
S("can", 14, "死亡病例(56.1%)", value=56.1, unit=PC)
S("can", 14, "全球59.2%的人口", value=59.2, unit=PC)
S("can", 14, "发病病例(22.4%)", value=22.4, unit=PC)
S("can", 14, "死亡人数(20.4%)", value=20.4, unit=PC)
S("can", 14, "10%(9.6%)", value=9.6, unit=PC, vt="9.6%")
S("can", 14, "(包括NMSC 4万例)", value=4e4, unit=P)
S("can", 15, "每 10 万人 196.9", value=196.9, unit=PER100K)
S("can", 15, "| 中国 | 4,824,703 |", value=4824703, unit=P)
S("can", 15, "| 美国 | 2,380,189 |", value=2380189, unit=P)
S("can", 15, "| 印度 | 1,413,316 |", value=1413316, unit=P)
S("can", 15, "| 中国 | 2,574,176 |", value=2574176, unit=P)
S("can", 16, "2020年中国新发癌症病例457万例", value=457e4, unit=P)
S("can", 16, "癌症死亡病例300万例", value=300e4, unit=P)
S("can", 19, "新增病例661,044例", value=661044, unit=P)
S("can", 19, "死亡人數達348,186人", value=348186, unit=P)
S("can", 21, "乳腺癌(11.9%)", value=11.9, unit=PC)
S("can", 21, "肝癌(9.1%)", value=9.1, unit=PC)
S("can", 21, "逾60%的病例", value=60.0, unit=PC, q="over")
NC("can", 1, "date 2024-02-02", "date")
NC("can", 2, "date 2024-02-02", "date")
NC("can", 3, "date 2024-02-01", "date")
NC("can", 4, "date 2024-02-23", "date")
NC("can", 5, "date 2024-02-04", "date")
NC("can", 7, "date 2024-02-01", "date")
NC("can", 10, "date 2023-01-19", "date")
NC("can", 11, "2月2日消息", "date")
NC("can", 12, "2024, 51(5): 307-312", "citation", nth=1)
NC("can", 12, "10.3971/j.issn.1000-8578.2024.24.0437", "doi", nth=2)
NC("can", 13, "2024-11-12 19:15", "date")
NC("can", 13, "46(7):710-721", "citation")
NC("can", 14, "时间:2024-04-13", "date")
NC("can", 14, "如图 3所示", "figure_reference")
NC("can", 14, "(图4)", "figure_reference")
NC("can", 18, "2024-02-02", "date")
NC("can", 19, "日期: 2024-02-16", "date")
NC("can", 19, "1283次閱讀", "view_count")
NC("can", 20, "新華社日內(nèi)瓦2月1日電", "dateline")
NC("can", 21, "日期:02月05日", "date")
NC("can", 21, "2月4日為世界癌症日", "date")

# ============================================================ diabetes (IDF Diabetes Atlas; NCD-RisC in The Lancet; GBD)
ms = [
    F("dia", 1, "About 537 million adults aged 20-79", 537e6, P, "y21", q="approx"),
    F("dia", 2, "537 million", 537e6, P, "y21", nth=1, note="figure heading"),
    F("dia", 2, "Approximately 537 million adults", 537e6, P, "y21", q="approx"),
    F("dia", 3, "rise from 537 million in 2021", 537e6, P, "y21"),
    F("dia", 4, "537 million adults", 537e6, P, "y21"),
    F("dia", 15, "现有成人患者共5.37亿", 5.37e8, P, "y21"),
    F("dia", 15, "目前全球有5.37亿20-79岁成人", 5.37e8, P, "y21", vt="5.37亿"),
    F("dia", 5, "(589 million people)", 589e6, P, "y24"),
    F("dia", 5, "This equates to 589 million people", 589e6, P, "y24"),
    F("dia", 6, "589 million", 589e6, P, "y24", nth=1, note="figure heading"),
    F("dia", 6, "Approximately 589 million adults", 589e6, P, "y24", q="approx"),
    F("dia", 7, "589 million people between the ages", 589e6, P, "y24"),
    F("dia", 8, "589 million adults (20-79 years)", 589e6, P, "y24"),
    F("dia", 14, "总数约为5.89亿", 5.89e8, P, "y24", q="approx"),
    F("dia", 12, "It is estimated that 463 million adults", 463e6, P, "y19"),
    F("dia", 22, "4.63億成年人", 4.63e8, P, "y19"),
    F("dia", 13, "全球现有4.25亿糖尿病患者", 4.25e8, P, "y17"),
    F("dia", 12, "was 151 million", 151e6, P, "y00"),
    F("dia", 12, "by 88% to 285 million", 285e6, P, "y09"),
    F("dia", 20, "目前全球有5.29億人患有糖尿病", 5.29e8, P, "gbd21", note="GBD 2021, all ages"),
]
G("dia_adults", DIA, "Adults (20-79) with diabetes by IDF edition: 2021 537 million / 5.37亿 (seven); 2024 589 million / 约5.89亿 (seven); 2019 463 million / 4.63億; "
  "2017 4.25亿; 2000 151 million; 2009 285 million; GBD's 5.29億 (2021)", "world", "adults with diabetes (persons)", "2000-2024",
  "Same edition and year consistent; editions, years and the GBD estimate different_basis.", ms)

ms = [
    F("dia", 1, "and 783 million", 783e6, P, "v10"),
    F("dia", 2, "approximately 783 million", 783e6, P, "v10", q="approx"),
    F("dia", 2, "783 million by 2045", 783e6, P, "v10"),
    F("dia", 3, "to 786 the year 2045", 786e6, P, "v10", vt="786", step=1e6, note="'786' without 'million'"),
    F("dia", 4, "783 million by", 783e6, P, "v10"),
    F("dia", 15, "和7.83亿", 7.83e8, P, "v10"),
    F("dia", 21, "全球2045年將突破7.8億人", 7.8e8, P, "v10", q="over"),
    F("dia", 12, "reach 700 million by 2045, according", 700e6, P, "v9", nth=1, note="standfirst"),
    F("dia", 12, "reach 700 million by 2045, according", 700e6, P, "v9", nth=2),
    F("dia", 22, "將有7億成年人", 7e8, P, "v9"),
    F("dia", 13, "人数可达7亿", 7e8, P, "v8"),
]
G("dia_2045", DIA, "Adults with diabetes projected for 2045: 10th edition 783 million / 7.83亿 (five) vs medscape's '786'; '突破7.8億'; 9th edition 700 million / "
  "7億 (three); 8th edition 7亿 (caixin)", "world", "adults with diabetes (persons)", "2045",
  "786 against 783 conflict; the bound holds; editions different_basis (conflict as alt where the values differ).", ms,
  X(ms, DC, ["v10"], ["v9", "v8"]))

ms = [
    F("dia", 1, "rise to 643 million", 643e6, P, "v10"),
    F("dia", 2, "643 million by 2030", 643e6, P, "v10", nth=1, note="figure heading"),
    F("dia", 2, "643 million by 2030", 643e6, P, "v10", nth=2),
    F("dia", 2, "643m adults predicted", 643e6, P, "v10", vt="643", step=1e6),
    F("dia", 4, "rise to 643 million", 643e6, P, "v10"),
    F("dia", 15, "增至6.43亿", 6.43e8, P, "v10"),
    F("dia", 12, "to 578 million", 578e6, P, "v9"),
]
G("dia_2030", DIA, "Adults with diabetes projected for 2030: 643 million / 6.43亿 (10th edition, six); 578 million (9th edition)", "world",
  "adults with diabetes (persons)", "2030", "Same edition consistent; editions different_basis with conflict as alt.", ms, X(ms, DC, ["v10"], ["v9"]))

ms = [
    F("dia", 5, "rise to 853 million", 853e6, P, "v11"),
    F("dia", 5, "increase to 853 million by 2050", 853e6, P, "v11"),
    F("dia", 6, "approximately 853 million", 853e6, P, "v11", q="approx"),
    F("dia", 6, "853 million by 2050", 853e6, P, "v11", nth=1, note="figure heading"),
    F("dia", 6, "853 million by 2050", 853e6, P, "v11", nth=2),
    F("dia", 7, "rise to 853 million", 853e6, P, "v11"),
    F("dia", 8, "reach 853 million by 2050", 853e6, P, "v11"),
    F("dia", 20, "來到大約13億人", 13e8, P, "gbd", q="approx", note="GBD forecast, all ages"),
]
G("dia_2050", DIA, "People with diabetes projected for 2050: 853 million (IDF 11th edition, seven); GBD's 大約13億", "world", "people with diabetes (persons)", "2050",
  "Same figure; the GBD forecast (all ages) different_basis.", ms)

ms = [
    F("dia", 5, "a 45% increase from 2024", 45.0, PC, "v11"),
    F("dia", 6, "an increase of 46%.", 46.0, PC, "v11"),
    F("dia", 2, "an increase of 46%", 46.0, PC, "v10"),
    F("dia", 3, "an increase of 46%", 46.0, PC, "v10"),
    F("dia", 15, "大幅增加46%", 46.0, PC, "v10"),
]
G("dia_rise", DIA, "Projected rise in adults with diabetes: 2024-2050 digimed's 45% vs IDF's 46%; 2021-2045 46% (three)", "world",
  "increase in adults with diabetes (percent)", "2021-2050", "45 against 46 for the same span conflict; the two spans different_basis.", ms)

ms = [
    F("dia", 1, "represented 10.5%", 10.5, PC, "y21"),
    F("dia", 2, "reports that 10.5%", 10.5, PC, "y21"),
    F("dia", 15, "该年龄段人口的10.5%", 10.5, PC, "y21"),
    F("dia", 1, "(11.3%)", 11.3, PC, "p30"),
    F("dia", 15, "分别达到11.3%", 11.3, PC, "p30"),
    F("dia", 1, "(12.2%) by 2045", 12.2, PC, "p45"),
    F("dia", 15, "和12.2%", 12.2, PC, "p45"),
    F("dia", 6, "reports that 11.1%", 11.1, PC, "y24"),
    F("dia", 7, "11.1 percent of the world", 11.1, PC, "y24"),
    F("dia", 14, "总人口数的11.1%", 11.1, PC, "y24"),
    F("dia", 7, "(13.0 percent of the global population)", 13.0, PC, "p50"),
    F("dia", 12, "represent 9.3%", 9.3, PC, "y19"),
    F("dia", 22, "9.3%)", 9.3, PC, "y19"),
    F("dia", 20, "目前全球糖尿病盛行率是6.1%", 6.1, PC, "gbd21"),
    F("dia", 20, "全球糖尿病盛行率將達9.8%", 9.8, PC, "gbd50"),
    F("dia", 10, "to about 14 per cent", 14.0, PC, "l22", q="approx"),
    F("dia", 17, "上升到14%", 14.0, PC, "l22"),
    F("dia", 19, "約14%的成年人", 14.0, PC, "l22", q="approx"),
    F("dia", 10, "from approximately 7 per cent", 7.0, PC, "l90", q="approx"),
    F("dia", 17, "从7%", 7.0, PC, "l90"),
    F("dia", 19, "1990年比例為7%", 7.0, PC, "l90"),
]
G("dia_prevalence", DIA, "Diabetes prevalence: IDF 2021 10.5%, 2030 11.3%, 2045 12.2%, 2024 11.1%, 2050 13.0 percent, 2019 9.3%; GBD 6.1% / 9.8% (2050); "
  "NCD-RisC 14% (2022) and 7% (1990)", "world", "diabetes prevalence (percent)", "1990-2050",
  "Same year and source consistent; years, editions and studies different_basis.", ms)

ms = [
    F("dia", 2, "240m People living with undiagnosed", 240e6, P, "y21", vt="240", step=1e6),
    F("dia", 3, "about 240 million adults", 240e6, P, "y21", q="approx"),
    F("dia", 4, "(240 million)", 240e6, P, "y21"),
    F("dia", 5, "totaling 252 million people", 252e6, P, "y24"),
    F("dia", 8, "an estimated 252 million", 252e6, P, "y24"),
    F("dia", 14, "2.52亿人尚未意识到", 2.52e8, P, "y24"),
]
G("dia_undiagnosed", DIA, "Adults with undiagnosed diabetes: 240 million (2021, three); 252 million / 2.52亿 (2024, three)", "world",
  "adults with undiagnosed diabetes (persons)", "2021 / 2024", "Same edition consistent; editions different_basis.", ms)

ms = [
    F("dia", 3, "about 6.7 million deaths", 6.7e6, P, "y21", q="approx"),
    F("dia", 4, "Diabetes caused 6.7 million deaths", 6.7e6, P, "y21"),
    F("dia", 15, "导致了全球670万人死亡", 670e4, P, "y21"),
    F("dia", 21, "圖說:全球糖尿病正在逐漸失控,2021年因糖尿病致死的患者多達670萬人", 670e4, P, "y21", note="caption"),
    F("dia", 21, "黃建寧警示,全球糖尿病正在逐漸失控,2021年因糖尿病致死的患者多達670萬人", 670e4, P, "y21"),
    F("dia", 5, "3.4 million deaths are attributed", 3.4e6, P, "y24"),
    F("dia", 8, "over 3.4 million deaths annually", 3.4e6, P, "y24", q="over"),
]
G("dia_deaths", DIA, "Deaths attributed to diabetes: 6.7 million / 670万 (2021, five); 3.4 million (2024, two)", "world", "deaths (persons)", "2021 / 2024",
  "Same edition consistent; editions different_basis.", ms)

ms = [
    F("dia", 3, "$966 billion in US dollars", 966e9, USD, "y21"),
    F("dia", 4, "at least $966 billion", 966e9, USD, "y21", q="at_least"),
    F("dia", 12, "$760 billion in 2019", 760e9, USD, "y19"),
    F("dia", 22, "7600 億美元", 7600e8, USD, "y19"),
    F("dia", 5, "over USD 1 trillion is dedicated", 1e12, USD, "y24", q="over"),
    F("dia", 5, "Over 1 trillion USD was spent", 1e12, USD, "y24", q="over"),
]
G("dia_spending", DIA, "Health spending on diabetes: $966 billion (2021, two); $760 billion / 7600億美元 (2019, two); over USD 1 trillion (2024, two)",
  "world", "health expenditure on diabetes (USD)", "2019-2030", "Same year consistent; years different_basis.", ms)

ms = [
    F("dia", 4, "9% of the global total spent", 9.0, PC, "y21"),
    F("dia", 5, "11.9% of global health expenditure", 11.9, PC, "y24"),
    F("dia", 5, "this represents 1.2% global health expenditure", 1.2, PC, "y24"),
    F("dia", 12, "equivalent to 10% of total global health expenditure", 10.0, PC, "y19"),
]
G("dia_spending_share", DIA, "Diabetes' share of global health spending: 2024 11.9% vs digimed's own '1.2%'; 2021 9%; 2019 10%", "world",
  "share of health expenditure (percent)", "2019-2024", "11.9 against 1.2 on the same page conflict; years different_basis.", ms)

ms = [
    F("dia", 22, "110萬(wàn)兒童和青少年", 110e4, P, "y19", vt="110萬"),
    F("dia", 4, "More than 1.2 million children and adolescents", 1.2e6, P, "y21", q="over"),
    F("dia", 8, "1.8 million children and young adults under 20", 1.8e6, P, "y24"),
]
G("dia_type1_young", DIA, "Children and young people with type 1 diabetes: 110萬 (2019), more than 1.2 million (2021), 1.8 million (2024)", "world",
  "young people with type 1 diabetes (persons)", "2019-2024", "Editions different_basis.", ms)

ms = [
    F("dia", 15, "达1.41亿人", 1.41e8, P, "i21"),
    F("dia", 14, "中国成人糖尿病患者总数约为1.48亿", 1.48e8, P, "i24", q="approx"),
    F("dia", 13, "患者人数(1.14亿)", 1.14e8, P, "i17"),
    F("dia", 9, "another 148 million in China", 148e6, P, "l22"),
    F("dia", 10, "Another 14.8 crore were in China", 148e6, P, "l22", vt="14.8 crore", mult=CRORE, step=0.1 * CRORE),
]
G("dia_china", DIA, "Adults with diabetes in China: IDF 1.41亿 (2021), 约1.48亿 (2024), 1.14亿 (2017); NCD-RisC 148 million / 14.8 crore (2022, 18+)", "China",
  "adults with diabetes (persons)", "2017-2024", "Same source consistent; IDF editions and the NCD-RisC estimate different_basis.", ms)

ms = [
    F("dia", 9, "Of the 828 million adults", 828e6, P, "a"),
    F("dia", 9, "has surpassed 800 million", 800e6, P, "a", q="over"),
    F("dia", 10, "About 82.8 crore people", 828e6, P, "a", q="approx", vt="82.8 crore", mult=CRORE, step=0.1 * CRORE),
    F("dia", 10, "The number, 82.8 crore", 828e6, P, "a", vt="82.8 crore", mult=CRORE, step=0.1 * CRORE),
    F("dia", 11, "an estimated 828 million adults", 828e6, P, "a"),
    F("dia", 16, "全球有超过8亿成年人", 8e8, P, "a", q="over"),
    F("dia", 16, "全球约有8.28亿", 8.28e8, P, "a", q="approx"),
    F("dia", 17, "全球超过8亿成年", 8e8, P, "a", q="over"),
    F("dia", 17, "约有8.28亿成年人", 8.28e8, P, "a", q="approx"),
    F("dia", 18, "估计有8.28亿", 8.28e8, P, "a"),
    F("dia", 19, "目前有超過8億人", 8e8, P, "a", q="over"),
]
G("dia_ncdrisc_adults", DIA, "Adults (18+) with diabetes in 2022 (NCD-RisC, The Lancet): 828 million / 82.8 crore / 8.28亿 (seven); 'more than 800 million' (four)",
  "world", "adults with diabetes (persons)", "2022", "Same figure; the bound holds (consistent).", ms)

ms = [
    F("dia", 9, "445 million adults aged 30", 445e6, P, "a"),
    F("dia", 10, "of the 44.5 crore adults", 445e6, P, "a", vt="44.5 crore", mult=CRORE, step=0.1 * CRORE),
    F("dia", 16, "有4.45亿人没有接受治疗", 4.45e8, P, "a"),
    F("dia", 19, "也即4.45億成年人", 4.45e8, P, "a"),
]
G("dia_untreated", DIA, "Adults 30+ with untreated diabetes in 2022 (NCD-RisC): 445 million / 44.5 crore / 4.45亿 (four)", "world",
  "adults with untreated diabetes (persons)", "2022", "Same figure.", ms)
ms = [F("dia", 9, "with diabetes (59%)", 59.0, PC, "a"), F("dia", 11, "patients (59%)", 59.0, PC, "a"),
      F("dia", 16, "占总数的59%", 59.0, PC, "a"), F("dia", 17, "其中59%的30岁", 59.0, PC, "a")]
G("dia_untreated_share", DIA, "Share of adults 30+ with diabetes untreated in 2022: 59% (four)", "world", "share untreated (percent)", "2022", "Same figure.", ms)
ms = [F("dia", 11, "an increase of 630 million", 630e6, P, "a"), F("dia", 18, "较1990年增加了6.30亿", 6.30e8, P, "a")]
G("dia_increase_1990", DIA, "Increase in adults with diabetes 1990-2022 (NCD-RisC): 630 million = 6.30亿", "world", "increase in adults with diabetes (persons)",
  "1990-2022", "Same figure.", ms)
ms = [F("dia", 11, "141 million participants", 141e6, P, "a"), F("dia", 18, "共1.41亿参与者", 1.41e8, P, "a"),
      F("dia", 18, "涉及1.41亿18岁", 1.41e8, P, "a")]
G("dia_participants", DIA, "Participants in the NCD-RisC analysis: 141 million = 1.41亿 (three)", "NCD-RisC study", "participants (persons)", "1990-2022",
  "Same figure.", ms)
ms = [F("dia", 11, "from 1,108 studies", 1108, CNT, "a"), F("dia", 18, "纳入1108项", 1108, CNT, "a"), F("dia", 18, "来自1108项", 1108, CNT, "a")]
G("dia_studies", DIA, "Studies pooled by NCD-RisC: 1,108 (three)", "NCD-RisC study", "studies (count)", "1990-2022", "Same figure.", ms)
ms = [F("dia", 9, "over a quarter (212 million)", 212e6, P, "a"),
      F("dia", 10, "about 21.2 crore people", 212e6, P, "a", q="approx", vt="21.2 crore", mult=CRORE, step=0.1 * CRORE),
      F("dia", 7, "at 89.8 million", 89.8e6, P, "i24", note="IDF 2024, adults 20-79")]
G("dia_india", DIA, "Adults with diabetes in India: NCD-RisC 212 million / 21.2 crore (2022); IDF 89.8 million (2024)", "India", "adults with diabetes (persons)",
  "2022 / 2024", "Same study consistent; the IDF estimate different_basis.", ms)
ms = [F("dia", 9, "USA (42 million)", 42e6, P, "a"), F("dia", 10, "4.2 crore lived in the US", 42e6, P, "a", vt="4.2 crore", mult=CRORE, step=0.1 * CRORE)]
G("dia_usa", DIA, "Adults with diabetes in the USA (NCD-RisC 2022): 42 million = 4.2 crore", "USA", "adults with diabetes (persons)", "2022", "Same figure.", ms)
ms = [F("dia", 9, "Pakistan (36 million)", 36e6, P, "a"), F("dia", 10, "3.6 crore in Pakistan", 36e6, P, "a", vt="3.6 crore", mult=CRORE, step=0.1 * CRORE)]
G("dia_pakistan", DIA, "Adults with diabetes in Pakistan (NCD-RisC 2022): 36 million = 3.6 crore", "Pakistan", "adults with diabetes (persons)", "2022",
  "Same figure.", ms)
ms = [F("dia", 9, "Brazil (22 million)", 22e6, P, "a"), F("dia", 10, "2.2 crore in Brazil", 22e6, P, "a", vt="2.2 crore", mult=CRORE, step=0.1 * CRORE)]
G("dia_brazil", DIA, "Adults with diabetes in Brazil (NCD-RisC 2022): 22 million = 2.2 crore", "Brazil", "adults with diabetes (persons)", "2022", "Same figure.", ms)

R1 = "ratio_1_in"
ms = [F("dia", 2, "Over 90% of people", 90.0, PC, "a", q="over"), F("dia", 6, "Over 90% of people", 90.0, PC, "a", q="over"),
      F("dia", 15, "(超过90%)", 90.0, PC, "a", q="over")]
G("dia_type2_share", DIA, "Share of people with diabetes who have type 2: over 90% (three)", "world", "share with type 2 diabetes (percent)", "2021 / 2024",
  "Same bound.", ms)
ms = [F("dia", 15, "每5秒就有1人死于糖尿病,1/4", 5, SEC, "a"), F("dia", 15, "这相当于每5秒就有1人", 5, SEC, "a"),
      F("dia", 21, "平均每5秒就有1人死亡。(", 5, SEC, "a"), F("dia", 21, "平均每5秒就有1人死亡。 ", 5, SEC, "a")]
G("dia_every_seconds", DIA, "One diabetes death every 5 seconds (2021; four)", "world", "interval between diabetes deaths (seconds)", "2021", "Same figure.", ms)
ms = [F("dia", 3, "1 in 10 Adults Worldwide", 10, R1, "y21"), F("dia", 4, "(1 in 10)", 10, R1, "y21"), F("dia", 15, "每10人就有1人", 10, R1, "y21"),
      F("dia", 5, "1 in 9 adults aged 20–79", 9, R1, "y24"), F("dia", 6, "or 1 in 9 –", 9, R1, "y24")]
G("dia_one_in", DIA, "Adults with diabetes as 1 in N: 1 in 10 (2021, three); 1 in 9 (2024, two)", "world", "adults with diabetes (1 in N)", "2021 / 2024",
  "Same edition consistent; editions different_basis.", ms)
ms = [F("dia", 2, "1 in 8 adults,", 8, R1, "p45"), F("dia", 6, "1 in 8 adults,", 8, R1, "p50")]
G("dia_one_in_future", DIA, "Adults with diabetes projected as 1 in 8: 2045 (10th edition) and 2050 (11th edition)", "world", "adults with diabetes (1 in N)",
  "2045 / 2050", "Different years (different_basis).", ms)

S("dia", 3, "includes 219 data sources", value=219, unit=CNT)
S("dia", 3, "from 144 countries", value=144, unit=CNT)
S("dia", 3, "another 319 million have", value=319e6, unit=P)
S("dia", 4, "(44%) with diabetes", value=44.0, unit=PC)
S("dia", 4, "541 million adults are at increased risk", value=541e6, unit=P)
S("dia", 4, "(21 million)", value=21e6, unit=P)
S("dia", 4, "from 108 million in 1980", value=108e6, unit=P)
S("dia", 4, "there was a 3% increase", value=3.0, unit=PC)
S("dia", 4, "2 million deaths.", value=2e6, unit=P)
S("dia", 5, "with a 145% rise", value=145.0, unit=PC)
S("dia", 5, "smallest increase at 10%", value=10.0, unit=PC)
S("dia", 5, "increases of 73%", value=73.0, unit=PC)
S("dia", 5, "and 92%, respectively", value=92.0, unit=PC)
S("dia", 5, "with 21% rise", value=21.0, unit=PC)
S("dia", 5, "will have 45% rise", value=45.0, unit=PC, note="South and Central America, not the world")
S("dia", 5, "(635 million people)", value=635e6, unit=P)
S("dia", 5, "exceeding 70%", value=70.0, unit=PC, q="over")
S("dia", 6, "Over 4 in 5 adults (81%)", value=81.0, unit=PC)
S("dia", 7, "from 24.6 million in 2024", value=24.6e6, unit=P)
S("dia", 7, "to 59.5 million by 2050", value=59.5e6, unit=P)
S("dia", 7, "close to 66 million adults", value=66e6, unit=P, q="under")
S("dia", 7, "at 107 million and 215 million", value=107e6, unit=P)
S("dia", 7, "reach 156.7 million by 2050", value=156.7e6, unit=P)
S("dia", 7, "an increase of 74.5 percent", value=74.5, unit=PC)
S("dia", 7, "(42.7 percent)", value=42.7, unit=PC)
S("dia", 7, "with 28.9 percent of adults", value=28.9, unit=PC)
S("dia", 10, "(13.3 crore)", value=133e6, unit=P, vt="13.3 crore")
S("dia", 10, "over 1,500 researchers", value=1500, unit=P, q="over")
S("dia", 11, "from 175 countries", value=175, unit=CNT)
S("dia", 12, "a 10% increase in the number", value=10.0, unit=PC, note="as written; 578 against 463 million is 25%")
S("dia", 12, "around 80% -- of people", value=80.0, unit=PC, q="approx")
S("dia", 13, "比2015年增加了1000万", value=1000e4, unit=P)
S("dia", 13, "占全球近27%", value=27.0, unit=PC, q="under")
S("dia", 15, "约为13%", value=13.0, unit=PC, q="approx", note="China's prevalence")
S("dia", 18, "1990年至2022年间200个国家和地区", value=200, unit=CNT, vt="200")
S("dia", 18, "女性糖尿病患病率在131个国家", value=131, unit=CNT)
S("dia", 18, "男性在155个国家", value=155, unit=CNT)
S("dia", 19, "1990年還不到2億人", value=2e8, unit=P, q="under")
S("dia", 19, "只有5%至10%", value=[5.0, 10.0], unit=PC, vt="5%至10%")
S("dia", 20, "北非和中東地區預料將達到16.8%", value=16.8, unit=PC)
S("dia", 20, "拉丁美洲和加勒比海地區則為11.3%", value=11.3, unit=PC, note="GBD regional 2050, not IDF's 2030 world figure")
S("dia", 21, "罹患人數已突破240萬人", value=240e4, unit=P, q="over", note="Taiwan")
S("dia", 22, "2040萬(wàn)新生兒", value=2040e4, unit=P, vt="2040萬")
S("dia", 22, "(15.8%)", value=15.8, unit=PC)
S("dia", 22, "3420 萬(wàn)人", value=3420e4, unit=P, vt="3420 萬")
S("dia", 22, "730 萬(wàn)人 (21.4%)", value=730e4, unit=P, vt="730 萬")
S("dia", 22, "(8800 萬(wàn))", value=8800e4, unit=P, vt="8800 萬")
S("dia", 22, "超過(guò) 18,000 名青年", value=18000, unit=P, q="over")
NC("dia", 1, "date 2023-05", "date")
NC("dia", 2, "IDF Diabetes Atlas (2021)", "report_title")
NC("dia", 3, "December 07, 2021", "date")
NC("dia", 3, "published online December 6, 2021", "date")
NC("dia", 3, "The IDF Atlas, 10th edition", "edition_number")
NC("dia", 5, "the IDF 11th edition", "edition_number")
NC("dia", 8, "Updated 8:53 AM CDT, Mon April 7, 2025", "date")
NC("dia", 8, "First published in 2000", "date")
NC("dia", 9, "either type 1 or type 2 diabetes", "type_number")
NC("dia", 10, "date 2024-11-14", "date")
NC("dia", 10, "every year on November 14", "date")
NC("dia", 12, "date 2019-11-14", "date")
NC("dia", 12, "14th Nov, 2019", "date")
NC("dia", 13, "在12月4日世界糖尿病日", "date")
NC("dia", 14, "2025-04-10作者", "date")
NC("dia", 14, "公布了第11版", "edition_number")
NC("dia", 15, "2022-04-26", "date")
NC("dia", 15, "当地时间12月6日", "date")
NC("dia", 15, "发布了第10版", "edition_number")
NC("dia", 15, "参考资料[1]", "footnote_marker")
NC("dia", 16, "2024年11月14日是第18个", "date")
NC("dia", 17, "2024年11月14日", "date")
NC("dia", 18, "2024-11-29 17:00", "date")
NC("dia", 18, "FPG)≥7.0 mmol/L", "threshold")
NC("dia", 19, "14日發布的", "date")
NC("dia", 20, "date 2023-06", "date")
NC("dia", 22, "400-622-0089/139-6700-7000", "phone_number")

# ============================================================ child mortality (UN IGME)
ms = [
    F("chm", 1, "record low of 4.9 million in 2022", 4.9e6, P, "y22"),
    F("chm", 3, "falling to 4.9 million in 2022", 4.9e6, P, "y22"),
    F("chm", 3, "the 4.9 million lives lost", 4.9e6, P, "y22"),
    F("chm", 4, "The 4.9 million children", 4.9e6, P, "y22"),
    F("chm", 5, "falling to 4.9 million in 2022", 4.9e6, P, "y22"),
    F("chm", 5, "the 4.9 million lives lost", 4.9e6, P, "y22"),
    F("chm", 6, "4.9 million children died", 4.9e6, P, "y22"),
    F("chm", 6, "so it is 4.9 million per year", 4.9e6, P, "y22"),
    F("chm", 2, "dropped to below 5 million", 5e6, P, "y22", q="under"),
    F("chm", 6, "fewer than 5 million died", 5e6, P, "y22", q="under"),
    F("chm", 6, "reached under 5 million", 5e6, P, "y22", q="under"),
    F("chm", 10, "有 490 万儿童", 490e4, P, "y22"),
    F("chm", 10, "with 4.9 million children dying", 4.9e6, P, "y22"),
    F("chm", 11, "估计为490万人", 490e4, P, "y22"),
    F("chm", 16, "死亡人數(shù)降至490萬", 490e4, P, "y22"),
    F("chm", 17, "人數降至490萬", 490e4, P, "y22"),
    F("chm", 17, "有490萬名5歲以下", 490e4, P, "y22", vt="490萬"),
    F("chm", 7, "dropped to 4.8 million in 2023", 4.8e6, P, "y23"),
    F("chm", 8, "fell to 4.8 million in 2023", 4.8e6, P, "y23"),
    F("chm", 9, "an estimated 4.8 million children died before the age", 4.8e6, P, "y23"),
    F("chm", 9, "An estimated 4.8 million children died before reaching", 4.8e6, P, "y23"),
    F("chm", 12, "有540万年龄", 540e4, P, "y17"),
    F("chm", 12, "下降到540万", 540e4, P, "y17"),
    F("chm", 15, "降至2017年的540万", 540e4, P, "y17"),
    F("chm", 15, "to 5.4 million in 2017", 5.4e6, P, "y17"),
    F("chm", 18, "有540萬年齡", 540e4, P, "y17"),
    F("chm", 18, "下降到540萬", 540e4, P, "y17"),
    F("chm", 13, "共有660万5岁以下", 660e4, P, "y12", vt="660万"),
    F("chm", 14, "2012年的660万左右", 660e4, P, "y12", q="approx"),
    F("chm", 19, "降至690萬人", 690e4, P, "y11"),
    F("chm", 20, "去年有9,700,000名", 9700000, P, "y06"),
    F("chm", 12, "已从1260万", 1260e4, P, "y90"),
    F("chm", 14, "从1990年的1260万", 1260e4, P, "y90"),
    F("chm", 15, "从1990年的1260万", 1260e4, P, "y90"),
    F("chm", 15, "from 12.6 million in 1990", 12.6e6, P, "y90"),
    F("chm", 18, "已從1260萬", 1260e4, P, "y90"),
    F("chm", 13, "死亡数字曾是1200万", 1200e4, P, "y90", note="DW on the 2013 report"),
    F("chm", 19, "每年約有1,200萬名幼童", 1200e4, P, "y90v12", q="approx", note="2012 report, 'before 1990'"),
    F("chm", 20, "幾乎有1,300萬兒童死亡", 1300e4, P, "y90v07", q="under", note="2007 report"),
]
G("chm_under5_deaths", CHM, "Under-five deaths worldwide: 2022 4.9 million / 490万 (fourteen) and 'below 5 million' (three); 2023 4.8 million (four); 2017 540万 / "
  "5.4 million (six); 2012 660万 (two); 2011 690萬; 2006 9,700,000; 1990 1260万 / 12.6 million (five) vs DW's 1200万, the 2012 report's 約1,200萬 and the "
  "2007 report's 幾乎1,300萬", "world", "under-five deaths (persons)", "1990-2023",
  "Same year consistent (hedges hold); DW's 1200万 against 1260万 for 1990 conflict; the 2012 and 2007 reports' 1990 figures different_basis with "
  "conflict as alt; other years different_basis.", ms, X(ms, DC, ["y90"], ["y90v12", "y90v07"]))

ms = [
    F("chm", 3, "global average of 51%", 51.0, PC, "y22"),
    F("chm", 5, "falling by 51 percent", 51.0, PC, "y22"),
    F("chm", 6, "a 51% decrease since 2000", 51.0, PC, "y22"),
    F("chm", 10, "儿童死亡率下降了 51%", 51.0, PC, "y22"),
    F("chm", 10, "shows a 51% decrease", 51.0, PC, "y22"),
    F("chm", 10, "以来下降了 51%", 51.0, PC, "y22"),
    F("chm", 10, "This represents a 51% decrease", 51.0, PC, "y22"),
    F("chm", 11, "自2000年以来下降了51%", 51.0, PC, "y22"),
    F("chm", 17, "死亡率下降了51%", 51.0, PC, "y22"),
    F("chm", 9, "fallen by 52 per cent", 52.0, PC, "y23"),
]
G("chm_fall_since_2000", CHM, "Fall in the under-five mortality rate since 2000: 51% (2000-2022, nine); 52 per cent (2000-2023)", "world",
  "decline in under-five mortality rate (percent)", "2000-2023", "Same span consistent; the later span different_basis.", ms)
ms = [F("chm", 6, "a 62% drop since 1990", 62.0, PC, "a"), F("chm", 10, "以来下降了 62%", 62.0, PC, "a"),
      F("chm", 10, "a 62% drop since 1990", 62.0, PC, "a"), F("chm", 19, "大幅下降了40%", 40.0, PC, "y11", note="1990-2011")]
G("chm_fall_since_1990", CHM, "Fall since 1990: 62% (1990-2022, three); 40% (to 2011, 2012 report)", "world", "decline in under-five mortality (percent)",
  "1990-2022", "Same span consistent; other span different_basis.", ms)
ms = [F("chm", 1, "by more than 75% since 2000", 75.0, PC, "a", q="over"), F("chm", 3, "fell by more than 75%", 75.0, PC, "a", q="over"),
      F("chm", 4, "by over 75% since 2000", 75.0, PC, "a", q="over"), F("chm", 5, "by more than 75 percent", 75.0, PC, "a", q="over"),
      F("chm", 6, "fallen by more than 75%", 75.0, PC, "a", q="over"), F("chm", 11, "降低了75%以上", 75.0, PC, "a", q="at_least")]
G("chm_best_countries", CHM, "Cut in under-five mortality in Cambodia, Malawi, Mongolia, Rwanda etc. since 2000: more than 75% (six)", "best-performing countries",
  "decline in under-five mortality (percent)", "2000-2022", "Same bound.", ms)
ms = [F("chm", 3, "an additional 2.1 million children", 2.1e6, P, "y22"), F("chm", 5, "another 2.1 million children", 2.1e6, P, "y22"),
      F("chm", 17, "同年還有210萬名", 210e4, P, "y22"), F("chm", 9, "an additional 2.1 million children", 2.1e6, P, "y23")]
G("chm_5_24", CHM, "Deaths of children and youth aged 5-24: 2.1 million / 210萬 (2022, three); 2.1 million (2023)", "world", "deaths aged 5-24 (persons)",
  "2022 / 2023", "Same year consistent; years different_basis.", ms)
ms = [F("chm", 1, "represented 57% of the global total", 57.0, PC, "a"), F("chm", 16, "占全球總數(shù)的57%", 57.0, PC, "a")]
G("chm_ssa_deaths", CHM, "Sub-Saharan Africa's share of under-five deaths in 2022: 57% (two)", "sub-Saharan Africa", "share of under-five deaths (percent)", "2022",
  "Same figure.", ms)
ms = [F("chm", 1, "making up 30% of the live births", 30.0, PC, "a"), F("chm", 16, "占全球總數(shù)的30%", 30.0, PC, "a")]
G("chm_ssa_births", CHM, "Sub-Saharan Africa's share of live births in 2022: 30% (two)", "sub-Saharan Africa", "share of live births (percent)", "2022",
  "Same figure.", ms)
ms = [F("chm", 7, "remained at approximately 1.9 million", 1.9e6, P, "a", q="approx"), F("chm", 8, "slightly declined to 1.9 million", 1.9e6, P, "a")]
G("chm_stillbirths", CHM, "Stillbirths in 2023: approximately 1.9 million / 1.9 million", "world", "stillbirths (persons)", "2023", "Same figure.", ms)
ms = [F("chm", 9, "including 2.3 million newborns", 2.3e6, P, "y23"), F("chm", 9, "This includes 2.3 million newborns", 2.3e6, P, "y23"),
      F("chm", 15, "2017年,250万新生儿", 250e4, P, "y17"), F("chm", 15, "In 2017, 2.5 million newborns", 2.5e6, P, "y17"),
      F("chm", 14, "近300万婴儿", 300e4, P, "y12", q="under")]
G("chm_newborns", CHM, "Newborn deaths (first month): 2.3 million (2023, two); 250万 / 2.5 million (2017); 近300万 (2012)", "world", "newborn deaths (persons)",
  "2012-2023", "Same year consistent; years different_basis.", ms)
ms = [F("chm", 12, "由170万下降", 170e4, P, "a"), F("chm", 15, "也从170万", 170e4, P, "a"), F("chm", 15, "from 1.7 million to under", 1.7e6, P, "a"),
      F("chm", 18, "由170萬下降", 170e4, P, "a")]
G("chm_5_14_1990", CHM, "Deaths of children aged 5-14 in 1990 (2018 report): 170万 / 1.7 million (four)", "world", "deaths aged 5-14 (persons)", "1990",
  "Same figure.", ms)
ms = [F("chm", 12, "约有630万15岁以下", 630e4, P, "a", q="approx"), F("chm", 18, "全球約630萬15歲以下", 630e4, P, "a", q="approx"),
      F("chm", 18, "約有630萬15歲以下", 630e4, P, "a", q="approx")]
G("chm_under15_2017", CHM, "Deaths of children under 15 in 2017: 约630万 (three)", "world", "deaths under 15 (persons)", "2017", "Same figure.", ms)
ms = [F("chm", 4, "an estimated 35 million children", 35e6, P, "v22"), F("chm", 9, "an estimated 30 million children", 30e6, P, "v23"),
      F("chm", 12, "将有5600万5岁以下", 5600e4, P, "v17", vt="5600万"), F("chm", 18, "將有5600萬5歲以下", 5600e4, P, "v17", vt="5600萬")]
G("chm_to_2030", CHM, "Under-five deaths expected by 2030 on current trends: 35 million (2022 report), 30 million (2023 report), 5600万 (2017 report, two)", "world",
  "under-five deaths to 2030 (persons)", "to 2030", "Same report consistent; reports cover different spans (different_basis).", ms)
ms = [F("chm", 12, "每5秒钟即有", 5, SEC, "y17"), F("chm", 18, "每5秒鐘即有", 5, SEC, "y17"), F("chm", 13, "平均每5秒钟", 5, SEC, "y12"),
      F("chm", 16, "每6秒鐘就有1名", 6, SEC, "y22")]
G("chm_every_seconds", CHM, "One child death every N seconds: 5 (2017, two; 2012), 6 (2022)", "world", "interval between child deaths (seconds)", "2012-2022",
  "Same year consistent; years different_basis.", ms)

S("chm", 2, "from 76 per 1,000 live births", value=76, unit=PER1K)
S("chm", 2, "to 37 per 1,000 live births", value=37, unit=PER1K)
S("chm", 4, "59 countries will miss", value=59, unit=CNT)
S("chm", 4, "64 countries will fall short", value=64, unit=CNT)
S("chm", 6, "162 million children", value=162e6, unit=P)
S("chm", 6, "72 million of whom", value=72e6, unit=P)
S("chm", 8, "slowed by 42%", value=42.0, unit=PC)
S("chm", 8, "slowed by 53%", value=53.0, unit=PC)
S("chm", 8, "18 times more likely", value=18, unit="times")
S("chm", 8, "Nearly 80% of stillbirths", value=80.0, unit=PC, q="under")
S("chm", 9, "2.5 million children aged 1–59 months", value=2.5e6, unit=P)
S("chm", 14, "约有9000万", value=9000e4, unit=P, q="approx")
S("chm", 14, "每天夺去约6000名", value=6000, unit=P, q="approx")
S("chm", 15, "高50%", value=50.0, unit=PC)
S("chm", 15, "50% higher than", value=50.0, unit=PC)
S("chm", 16, "均占全球總數(shù)的25%左右", value=25.0, unit=PC, q="approx")
S("chm", 19, "從2000年的50萬人", value=50e4, unit=P)
S("chm", 19, "2011年的10萬人以下", value=10e4, unit=P, q="under")
S("chm", 19, "超過80%的全球幼兒夭折率", value=80.0, unit=PC, q="over")
S("chm", 19, "瘧疾就造成了50萬非洲幼童", value=50e4, unit=P)
S("chm", 20, "僅有300萬多一點兒", value=300e4, unit=P, q="over")
S("chm", 20, "下降到1000萬", value=1000e4, unit=P)
NC("chm", 1, "date 2024-03-13", "date")
NC("chm", 5, "date 2024-03-15", "date")
NC("chm", 4, "SDG under-5 mortality target", "age_band")
NC("chm", 11, "当地时间3月13日", "date")
NC("chm", 12, "新华社联合国9月18日电", "dateline")
NC("chm", 13, "2013年9月13日广告", "date")
NC("chm", 13, "周五(9月13日)", "date")
NC("chm", 14, "新华网联合国9月13日电", "dateline")
NC("chm", 14, "2013年度进展报告", "report_title")
NC("chm", 15, "14422", "segment_id")
NC("chm", 15, "14425", "segment_id")
NC("chm", 15, "14429", "segment_id")
NC("chm", 15, "5-14岁儿童", "age_band")
NC("chm", 16, "3月14日?qǐng)?bào)道", "date")
NC("chm", 16, "ts@hxnews.com", "email")
NC("chm", 17, "13日發布的", "date")
NC("chm", 18, "2018-09-18 13:40:35", "date")
NC("chm", 18, "新華社聯合國9月18日電", "dateline")
NC("chm", 19, "2012年09月13日", "date")
NC("chm", 19, "摘錄自2012年9月13日", "date")
NC("chm", 19, "過去24小時內", "duration")
NC("chm", 20, "從1960年開始", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh29.toml", "corpus-fresh29")
