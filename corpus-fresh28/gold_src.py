#!/usr/bin/env python3
"""Hand annotation of corpus-fresh28, written as data; emits gold.d/fresh28.toml (then run
corpus/check_gold.py --dir corpus-fresh28 --build).

Three domains: tobacco use (the WHO global tobacco trends reports of November 2021, January 2024 and October 2025:
tobacco users 2000-2024 and projections for 2025, the decline since 2010, prevalence by year, region and sex, the first
e-cigarette estimates, countries on track for the 30% target, deaths and second-hand-smoke deaths; `tob-*`), obesity
(the NCD-RisC / WHO analysis in The Lancet of February 2024 for 2022, the WHO fact sheet in two vintages, the GBD 2021
forecast published in 2025, the NCD-RisC study of 2016 for 2014, the GBD study in the NEJM of 2017 for 2015 and the World
Obesity Atlas 2023; `obe-*`) and forest loss (the University of Maryland / WRI Global Forest Watch tree-cover-loss data
for 2016-2024: tropical primary forest loss, tropical tree cover loss, football fields a minute, CO2 emissions,
countries; FAO's Global Forest Resources Assessments 2020 and 2025: forest area, share of land, net loss, deforestation,
expansion; `for-*`).

Every mention carries a basis tag (data year / report vintage / scope, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (conventions of fresh24-fresh27: a rounded
restatement is rounding, inside one page 'either'; a figure that is not a correct rounding, or two of the same
precision that disagree, is conflict; a hedge that holds the other figure is consistent). Later vintages of the same
quantity (tobacco users in 2000: 1.362 billion in the 2024 report against 1.38 billion in the 2025 report; the 2025
projection of the 2021 and 2024 reports; second-hand-smoke deaths 1.2 vs 1.3 million; WHO's 890 million adults (18+)
against NCD-RisC's 879 million; FAO's forest area in FRA 2020 and FRA 2025) are different_basis with conflict as alt.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8; km2 converted to hectares (mult 100), Gt / 吉吨 to tonnes. Units: persons,
percent, hectares, tonnes, count, seconds, times, ratio_1_in, rank, USD, acres, square_miles, kg.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, P, USD, DC, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

TOB, OBE, FOR = "tobacco-use", "obesity", "forest-loss"
HA, T, SEC, TIMES, R1, RANK = "hectares", "tonnes", "seconds", "times", "ratio_1_in", "rank"
CK = (C, K)
KM2 = 100.0   # hectares per written km2
GT = 1e9      # tonnes per written Gt / 吉吨

# ============================================================ tobacco use (WHO global tobacco trends reports)
ms = [
    F("tob", 1, "dropped from 1.38 billion in 2000", 1.38e9, P, "y00"),
    F("tob", 2, "from 1.38 billion people in 2000", 1.38e9, P, "y00"),
    F("tob", 3, "from about 1.38 billion in 2000", 1.38e9, P, "y00", q="approx"),
    F("tob", 4, "from 1.38 billion in 2000", 1.38e9, P, "y00"),
    F("tob", 5, "from 1.38 billion in 2000", 1.38e9, P, "y00"),
    F("tob", 12, "from 1.38 billion in 2000", 1.38e9, P, "y00"),
    F("tob", 17, "从2000年的13.8亿", 13.8e8, P, "y00"),
    F("tob", 20, "从2000年的13.8亿", 13.8e8, P, "y00"),
    F("tob", 23, "從2000年的13.8億人", 13.8e8, P, "y00"),
    F("tob", 25, "2000年的13.8億", 13.8e8, P, "y00"),
    F("tob", 6, "from 1.362 billion in 2000", 1.362e9, P, "y00v24", note="2024 report's estimate for 2000"),
    F("tob", 1, "to 1.2 billion in 2024", 1.2e9, P, "y24"),
    F("tob", 2, "to 1.2 billion in 2024", 1.2e9, P, "y24"),
    F("tob", 3, "to around 1.2 billion in 2024", 1.2e9, P, "y24", q="approx"),
    F("tob", 4, "to 1.2 billion in 2024", 1.2e9, P, "y24"),
    F("tob", 5, "to 1.2 billion in 2024", 1.2e9, P, "y24"),
    F("tob", 12, "to 1.20 billion in 2024", 1.2e9, P, "y24"),
    F("tob", 17, "降至2024年的12亿", 12e8, P, "y24"),
    F("tob", 20, "降至2024年的12亿", 12e8, P, "y24"),
    F("tob", 23, "降至2024年的12億人", 12e8, P, "y24"),
    F("tob", 25, "2024年的12億", 12e8, P, "y24"),
    F("tob", 6, "to 1.245 billion in 2022", 1.245e9, P, "y22"),
    F("tob", 7, "there are 1.25 billion adult tobacco users", 1.25e9, P, "y22"),
    F("tob", 13, "there are 1.25 billion adult tobacco users", 1.25e9, P, "y22"),
    F("tob", 14, "Globally there are 1.25 billion adult tobacco users", 1.25e9, P, "y22"),
    F("tob", 15, "Globally there are 1.25 billion adult tobacco users", 1.25e9, P, "y22", note="WAM, January 2024"),
    F("tob", 18, "全球约有12.45亿成年烟草使用者", 12.45e8, P, "y22", q="approx"),
    F("tob", 21, "全球有12.5億成年煙草使用者", 12.5e8, P, "y22"),
    F("tob", 9, "there are 1.3 billion tobacco users", 1.3e9, P, "y20"),
    F("tob", 10, "some 1.30 billion people", 1.3e9, P, "y20", q="approx"),
    F("tob", 24, "2020年全球約有13億人", 13e8, P, "y20", q="approx"),
    F("tob", 9, "compared to 1.32 billion in 2015", 1.32e9, P, "y15"),
    F("tob", 10, "down from 1.32 billion two years earlier", 1.32e9, P, "y15", note="AFP's 'two years earlier' for the report's 2015 figure"),
    F("tob", 24, "低于兩年前的13.2億人", 13.2e8, P, "y15", note="'two years earlier' as in AFP's story"),
    F("tob", 9, "drop to 1.27 billion by 2025", 1.27e9, P, "p25v21"),
    F("tob", 10, "dwindle to 1.27 billion by 2025, a WHO", 1.27e9, P, "p25v21", note="standfirst"),
    F("tob", 10, "dwindle to 1.27 billion by 2025, indicating", 1.27e9, P, "p25v21"),
    F("tob", 11, "drop to 1.27 billion by 2025", 1.27e9, P, "p25v21"),
    F("tob", 24, "人數下降至12.7億", 12.7e8, P, "p25v21", note="headline"),
    F("tob", 24, "將減少到12.7億人", 12.7e8, P, "p25v21"),
    F("tob", 24, "年將減少到12.7億,這表明", 12.7e8, P, "p25v21"),
    F("tob", 18, "预计到2025年下降至12亿", 12e8, P, "p25v24"),
]
G("tob_users", TOB, "Tobacco users worldwide (15+): 2000 1.38 billion / 13.8亿 (2025 report, ten) vs 1.362 billion (2024 report); 2024 1.2 billion / "
  "12亿 (ten); 2022 1.245 billion (semafor) vs 1.25 billion / 12.5億 (five) and 约12.45亿; 2020 1.3 billion / 约13億 (three); 2015 1.32 billion / "
  "13.2億 (three; AFP's copies say 'two years earlier'); 2025 projections 1.27 billion / 12.7億 (2021 report, seven) and 12亿 (2024 report)",
  "world", "tobacco users (persons)", "2000-2025",
  "1.25 rounds 1.245 (rounding); a hedge that holds the figure consistent; the 2000 figures of the 2024 and 2025 reports and the 2025 projections "
  "of the 2021 and 2024 reports different_basis with conflict as alt; other years different_basis.",
  ms, X(ms, DC, ["y00"], ["y00v24"]), X(ms, DC, ["p25v21"], ["p25v24"]))

ms = [F("tob", 1, "dropped by 120 million", 120e6, P, "a"),
      F("tob", 2, "120 million people have quit", 120e6, P, "a"),
      F("tob", 4, "has dropped by 120 million", 120e6, P, "a"),
      F("tob", 5, "dropped by 120 million", 120e6, P, "a"),
      F("tob", 16, "减少了1.2亿", 1.2e8, P, "a"),
      F("tob", 20, "减少了1.2亿", 1.2e8, P, "a")]
G("tob_decline_2010", TOB, "Fall in tobacco users since 2010 (2025 report): 120 million / 1.2亿 (six)", "world", "decrease in tobacco users since 2010",
  "2010-2024", "Same figure.", ms)

ms = [F("tob", 1, "a 27% drop", 27.0, PC, "a"),
      F("tob", 2, "a 27% relative decline", 27.0, PC, "a"),
      F("tob", 4, "relative decrease of 27 percent", 27.0, PC, "a"),
      F("tob", 5, "a 27% drop in relative terms", 27.0, PC, "a"),
      F("tob", 16, "相对降幅达27%", 27.0, PC, "a"),
      F("tob", 6, "down about 25% from 2010", 25.0, PC, "v24", q="approx", note="relative fall of rates 2010-2022 (2024 report)")]
G("tob_relative_drop", TOB, "Relative fall since 2010: 27% of users 2010-2024 (five); semafor's 'about 25%' fall of rates to 2022 (2024 report)", "world",
  "relative decline in tobacco use since 2010 (percent)", "2010-2024 / 2010-2022", "Same figure consistent; the 2024 report's rate different_basis.", ms)

ms = [F("tob", 1, "more than 100 million people worldwide", 100e6, P, "a", q="over"),
      F("tob", 2, "more than 100 million users", 100e6, P, "a", q="over"),
      F("tob", 3, "More than 100 million people", 100e6, P, "a", q="over"),
      F("tob", 4, "more than 100 million people currently", 100e6, P, "a", q="over"),
      F("tob", 5, "More than 100 million people worldwide", 100e6, P, "a", q="over"),
      F("tob", 16, "电子烟使用者突破1亿", 1e8, P, "a", q="over", note="subheading"),
      F("tob", 16, "全球目前有超过1亿人", 1e8, P, "a", q="over"),
      F("tob", 17, "已超过1亿", 1e8, P, "a", q="over"),
      F("tob", 20, "已超过1亿", 1e8, P, "a", q="over"),
      F("tob", 23, "超過1億人使用電子菸", 1e8, P, "a", q="over"),
      F("tob", 23, "超過1億人使用電子煙", 1e8, P, "a", q="over"),
      F("tob", 25, "全球有超過1億人使用電子煙", 1e8, P, "a", q="over")]
G("tob_ecig_users", TOB, "E-cigarette users worldwide (first WHO estimate, 2025): more than 100 million / 超过1亿 (twelve)", "world", "e-cigarette users",
  "2024", "Same bound.", ms)

ms = [F("tob", 1, "at least 86 million users", 86e6, P, "a", q="at_least"),
      F("tob", 5, "At least 86 million users", 86e6, P, "a", q="at_least"),
      F("tob", 16, "成年人至少8600万", 8600e4, P, "a", q="at_least"),
      F("tob", 17, "至少8600万成年人", 8600e4, P, "a", q="at_least"),
      F("tob", 20, "至少8600万成年人", 8600e4, P, "a", q="at_least"),
      F("tob", 23, "至少8600萬名成年人", 8600e4, P, "a", q="at_least", nth=1),
      F("tob", 23, "至少8600萬名成年人", 8600e4, P, "a", q="at_least", nth=2),
      F("tob", 25, "至少8600萬居住", 8600e4, P, "a", q="at_least")]
G("tob_ecig_adults", TOB, "Adult e-cigarette users: at least 86 million / 8600万 (eight)", "world", "adult e-cigarette users", "2024", "Same bound.", ms)

ms = [F("tob", 1, "at least 15 million children", 15e6, P, "a", q="at_least"),
      F("tob", 2, "including 15 million adolescents", 15e6, P, "a"),
      F("tob", 3, "at least 15 million aged", 15e6, P, "a", q="at_least"),
      F("tob", 5, "as many as 15 million children", 15e6, P, "a"),
      F("tob", 16, "至少有1500万", 1500e4, P, "a", q="at_least"),
      F("tob", 17, "约1500万年龄", 1500e4, P, "a", q="approx"),
      F("tob", 20, "约1500万年龄", 1500e4, P, "a", q="approx"),
      F("tob", 23, "至少1500萬名介於", 1500e4, P, "a", q="at_least", nth=1),
      F("tob", 23, "至少1500萬名介於", 1500e4, P, "a", q="at_least", nth=2),
      F("tob", 25, "以及1500萬13至15歲", 1500e4, P, "a")]
G("tob_ecig_teens", TOB, "E-cigarette users aged 13-15: at least 15 million / 1500万 (ten)", "world", "adolescent e-cigarette users", "2024",
  "Same figure and bounds that hold it.", ms)

ms = [F("tob", 2, "reducing prevalence to 6.6% by 2024", 6.6, PC, "y24"),
      F("tob", 4, "to 6.6 percent in 2024", 6.6, PC, "y24"),
      F("tob", 4, "from 11 percent in 2010", 11.0, PC, "y10")]
G("tob_women_prevalence", TOB, "Tobacco use among women: 6.6% in 2024 (two), 11 percent in 2010", "women", "prevalence of tobacco use (percent)", "2010 / 2024",
  "Same year consistent; other years different_basis.", ms)

ms = [F("tob", 4, "from 277 million in 2010", 277e6, P, "y10"),
      F("tob", 4, "to 206 million in 2024", 206e6, P, "y24"),
      F("tob", 18, "女性烟草使用者约2.24亿", 2.24e8, P, "y22", q="approx")]
G("tob_women_users", TOB, "Women using tobacco: 277 million (2010), 约2.24亿 (2022, 2024 report), 206 million (2024)", "women", "tobacco users (persons)",
  "2010-2024", "Different years (different_basis).", ms)

ms = [F("tob", 2, "highest overall prevalence at 24.1%", 24.1, PC, "y24"),
      F("tob", 6, "Europe is close behind at 25%", 25.0, PC, "y22"),
      F("tob", 13, "followed by Europe at 25.3%", 25.3, PC, "y22"),
      F("tob", 21, "其后為25.3%", 25.3, PC, "y22")]
G("tob_europe_prevalence", TOB, "Tobacco use in the WHO European Region: 2022 25.3% (two) vs semafor's 25%; 2024 24.1%", "WHO European Region",
  "prevalence of tobacco use (percent)", "2022 / 2024", "25 rounds 25.3 (rounding); 2024 different_basis.", ms)
ms = [F("tob", 6, "Southeast Asia, with 27% of over-15s", 27.0, PC, "y22"),
      F("tob", 13, "with 26.5% in Southeast Asia", 26.5, PC, "y22"),
      F("tob", 21, "為26.5%", 26.5, PC, "y22")]
G("tob_sea_prevalence", TOB, "Tobacco use in the WHO South-East Asia Region in 2022: 26.5% (two) vs semafor's 27% (the same digits as the 27% fall since 2010)",
  "WHO South-East Asia Region", "prevalence of tobacco use (percent)", "2022", "27 rounds 26.5 (rounding).", ms)
ms = [F("tob", 13, "at just over 23%", 23.0, PC, "a", q="over"), F("tob", 21, "略高于23%的水平", 23.0, PC, "a", q="over")]
G("tob_europe_2030", TOB, "Europe's projected prevalence in 2030: just over 23% (two)", "WHO European Region", "projected prevalence of tobacco use (percent)",
  "2030", "Same bound.", ms)
ms = [F("tob", 4, "from 70 percent in 2000", 70.0, PC, "y00"),
      F("tob", 12, "from 70.1% in 2000", 70.1, PC, "y00"),
      F("tob", 4, "to 37 percent in 2024", 37.0, PC, "y24"),
      F("tob", 12, "to 37.4% in 2024", 37.4, PC, "y24")]
G("tob_sea_men", TOB, "Tobacco use among men in South-East Asia: 70.1% in 2000 vs radioguaimaro's 70 percent; 37.4% in 2024 vs 37 percent", "South-East Asia, men",
  "prevalence of tobacco use (percent)", "2000 / 2024", "Whole-percent roundings (rounding); other years different_basis.", ms)
ms = [F("tob", 3, "with 17.4% of women smoking", 17.4, PC, "y24"),
      F("tob", 12, "17.4% in 2024", 17.4, PC, "y24"),
      F("tob", 10, "(18 per cent)", 18.0, PC, "y20", note="2021 report"),
      F("tob", 12, "22.3% of women in 2000", 22.3, PC, "y00")]
G("tob_europe_women", TOB, "Tobacco use among women in Europe: 17.4% in 2024 (two); 18 per cent (2021 report); 22.3% in 2000 (the same digits as the "
  "world's 22.3% of 2020)", "WHO European Region, women", "prevalence of tobacco use (percent)", "2000-2024", "Same year consistent; other years different_basis.", ms)

ms = [F("tob", 19, "(32.7%)", 32.7, PC, "y00"),
      F("tob", 19, "(22.3%)", 22.3, PC, "y20"),
      F("tob", 6, "compared to 22% in 2020", 22.0, PC, "y20"),
      F("tob", 19, "(20.4%)", 20.4, PC, "p25"),
      F("tob", 3, "at about 19% today", 19.0, PC, "y24", q="approx"),
      F("tob", 2, "Nearly 20% of adult people", 20.0, PC, "y24", q="under"),
      F("tob", 3, "roughly 23% a decade ago", 23.0, PC, "y14", q="approx")]
G("tob_prevalence", TOB, "Global prevalence of tobacco use (15+): 2000 32.7%; 2020 22.3% (199it) vs semafor's 22%; 2025 projection 20.4%; 2024 'about 19%' / "
  "'nearly 20%'; 'roughly 23% a decade ago'", "world", "prevalence of tobacco use (percent)", "2000-2025",
  "22 rounds 22.3 (rounding); 'about 19' and 'nearly 20' overlap (consistent); other years different_basis.", ms)

ms = [F("tob", 9, "two years ago only 32 countries", 32, CNT, "v19"),
      F("tob", 11, "Two years ago, only 32 countries", 32, CNT, "v19"),
      F("tob", 24, "只有 32 個國家", 32, CNT, "v19"),
      F("tob", 24, "目前有 60 個國家", 60, CNT, "v21"),
      F("tob", 6, "only 56 countries are on track", 56, CNT, "v24")]
G("tob_countries_on_track", TOB, "Countries on track for the 30% reduction: 32 (2019 report, three), 60 (2021 report; 'Sixty' in words elsewhere), 56 (2024 report)",
  "world", "countries on track for the 2025 target", "2019-2024 reports", "Different reports (different_basis).", ms)

ms = [F("tob", 6, "a 30% reduction of tobacco use", 30.0, PC, "a"),
      F("tob", 6, "reach the 30% goal", 30.0, PC, "a"),
      F("tob", 8, "a 30-percent drop", 30.0, PC, "a", vt="30"),
      F("tob", 9, "a 30 percent reduction", 30.0, PC, "a"),
      F("tob", 11, "a 30% reduction", 30.0, PC, "a"),
      F("tob", 19, "降低30%的目标", 30.0, PC, "a"),
      F("tob", 21, "達到30%的目標", 30.0, PC, "a"),
      F("tob", 24, "減少 30%", 30.0, PC, "a"),
      F("tob", 13, "reaching the 30% target", 30.0, PC, "a"),
      F("tob", 14, "the 30 per cent target", 30.0, PC, "a"),
      F("tob", 4, "meet the 30 percent target", 30.0, PC, "a")]
G("tob_target", TOB, "The voluntary global target: a 30% relative reduction of tobacco use 2010-2025 (eleven)", "world", "target reduction in tobacco use (percent)",
  "2010-2025", "Same figure.", ms)

ms = [F("tob", 19, "超过800万人死于", 800e4, P, "a", q="over", note="2019"),
      F("tob", 22, "每年仍有800多萬人", 800e4, P, "a", q="over", vt="800多萬"),
      F("tob", 24, "超過 800 萬人死亡", 800e4, P, "a", q="over", nth=1, note="subheading"),
      F("tob", 24, "導致超過 800 萬人死亡", 800e4, P, "a", q="over")]
G("tob_deaths", TOB, "Deaths from tobacco a year: more than 8 million / 800多萬 (four; 'more than eight million' in words elsewhere)", "world",
  "deaths from tobacco a year", "2019-2024", "Same bound.", ms)
ms = [F("tob", 8, "an estimated 1.3 million non-smokers", 1.3e6, P, "v24", q="approx"),
      F("tob", 14, "around 1.3 million non-smokers", 1.3e6, P, "v24", q="approx"),
      F("tob", 22, "約130萬接觸二手菸", 130e4, P, "v24", q="approx"),
      F("tob", 24, "120 萬人是接觸二手煙", 120e4, P, "v21", vt="120 萬")]
G("tob_secondhand_deaths", TOB, "Non-smokers dying from second-hand smoke: about 1.3 million (2024 stories, three) vs 120 萬 (2021 story)", "world",
  "deaths from second-hand smoke a year", "2021 / 2024", "WHO's figure as given in 2021 and 2024: different_basis with conflict as alt.", ms, X(ms, DC, ["v24"], ["v21"]))
ms = [F("tob", 8, "150 countries were successfully", 150, CNT, "a"),
      F("tob", 13, "150 countries are successfully reducing tobacco", 150, CNT, "a"),
      F("tob", 14, "150 countries are successfully reducing rates", 150, CNT, "a"),
      F("tob", 21, "150個國家正在", 150, CNT, "a"),
      F("tob", 22, "已有150個國家", 150, CNT, "a")]
G("tob_countries_reducing", TOB, "Countries successfully reducing tobacco use (2024 report): 150 (five)", "world", "countries reducing tobacco use", "2022",
  "Same figure.", ms)
ms = [F("tob", 13, "relative reduction of 35%", 35.0, PC, "a"), F("tob", 14, "relative reduction of 35 per cent", 35.0, PC, "a"),
      F("tob", 21, "相對減少了35%", 35.0, PC, "a")]
G("tob_brazil", TOB, "Brazil's relative reduction since 2010: 35% (three)", "Brazil", "relative reduction in tobacco use (percent)", "2010-2022", "Same figure.", ms)
ms = [F("tob", 8, "wait about 30 years", 30, "years", "a", q="approx"), F("tob", 22, "大約30年", 30, "years", "a", q="approx")]
G("tob_30_years", TOB, "Years between turning prevalence and turning deaths: about 30 (two)", "world", "lag (years)", "-", "Same figure.", ms)
ms = [F("tob", 10, "some 50 million tobacco users", 50e6, P, "a", q="approx"), F("tob", 24, "約5000萬煙草使用者", 5000e4, P, "a", q="approx")]
G("tob_50m", TOB, "Decrease in users 2018-2025 (2021 report): some 50 million / 約5000萬 (two)", "world", "decrease in tobacco users", "2018-2025", "Same figure.", ms)

ms = [F("tob", 6, "falling from 30% in 2000", 30.0, PC, "y00"), F("tob", 6, "U.S. rates hit 20% in 2022", 20.0, PC, "y22")]
G("tob_us_prevalence", TOB, "Tobacco use in the US: 30% in 2000, 20% in 2022 (semafor)", "United States", "prevalence of tobacco use (percent)", "2000 / 2022",
  "Different years (different_basis); 30% is also the target's digits.", ms)
ms = [F("tob", 12, "49.8% of men", 49.8, PC, "y00"), F("tob", 12, "to 30.8% and", 30.8, PC, "y24")]
G("tob_europe_men", TOB, "Tobacco use among men in Europe: 49.8% (2000), 30.8% (2024)", "WHO European Region, men", "prevalence of tobacco use (percent)",
  "2000 / 2024", "Different years (different_basis).", ms)
ms = [F("tob", 12, "from 38%", 38.0, PC, "y00"), F("tob", 12, "to 9.3%", 9.3, PC, "y24")]
G("tob_sea_women", TOB, "Tobacco use among women in South-East Asia: 38% (2000), 9.3% (2024)", "South-East Asia, women", "prevalence of tobacco use (percent)",
  "2000 / 2024", "Different years (different_basis).", ms)

S("tob", 18, "男性烟草使用者超过10亿", value=10e8, unit=P, q="over")
S("tob", 7, "approximately 149 million adults", value=149e6, unit=P, q="approx")
S("tob", 12, "over 322 million adults", value=322e6, unit=P, q="over")
S("tob", 12, "8.6 million adolescents", value=8.6e6, unit=P)
S("tob", 12, "288 million smokeless", value=288e6, unit=P)
S("tob", 12, "(80% of the global total)", value=80.0, unit=PC)
S("tob", 12, "1.8 million adult", value=1.8e6, unit=P)
S("tob", 12, "500,000 adolescent", value=500000, unit=P)
S("tob", 12, "over 40% of the world", value=40.0, unit=PC, q="over")
S("tob", 12, "high at 14.3%", value=14.3, unit=PC)
S("tob", 12, "a 30% reduction in tobacco use by 2021", value=30.0, unit=PC, note="South-East Asia's achieved reduction, not the target")
S("tob", 2, "more than 80% of tobacco users", value=80.0, unit=PC, q="over")
S("tob", 4, "(9.5 percent in 2024)", value=9.5, unit=PC)
S("tob", 4, "relative reduction of 36 percent", value=36.0, unit=PC)
S("tob", 4, "prevalence to 14 percent", value=14.0, unit=PC)
S("tob", 3, "a 25% year", value=25.0, unit=PC)
S("tob", 11, "$1.68 per capita", value=1.68, unit=USD)
S("tob", 11, "152 million tobacco users", value=152e6, unit=P)
S("tob", 16, "2034项国家调查数据", value=2034, unit=CNT)
S("tob", 16, "覆盖全球97%人口", value=97.0, unit=PC)
S("tob", 19, "对159个国家", value=159, unit=CNT)
S("tob", 19, "对183个国家", value=183, unit=CNT)
S("tob", 19, "以及178个国家", value=178, unit=CNT)
S("tob", 19, "共有165个国家", value=165, unit=CNT)
S("tob", 19, "调查了133个国家", value=133, unit=CNT)
S("tob", 19, "只有76个国家", value=76, unit=CNT)
S("tob", 23, "目前有12個國家", value=12, unit=CNT)
S("tob", 23, "成人的9倍", value=9.0, unit=TIMES)
S("tob", 10, "(45 per cent)", value=45.0, unit=PC)
NC("tob", 1, "date 2025-10-06", "date")
NC("tob", 1, "6th October, 2025", "date")
NC("tob", 6, "date 2024-01-18", "date")
NC("tob", 9, "date 2021-11-16", "date")
NC("tob", 14, "date 2024-01-17", "date")
NC("tob", 16, "date 2025-10-10", "date")
NC("tob", 23, "date 2025-10-07", "date")
NC("tob", 16, "2000 - 2024年全球烟草使用率趋势", "report_title")
NC("tob", 5, "use 2000–2024 and projections 2025–2030", "report_title")
NC("tob", 12, "Tobacco Use 2000–2024 and Projections 2025–2030", "report_title")
NC("tob", 17, "2025-10-08 06:50:22", "date")
NC("tob", 17, "6日发布", "date")
NC("tob", 18, "2024-01-17 21:10:37", "date")
NC("tob", 18, "当地时间1月16日", "date", nth=2)
NC("tob", 18, "2000至2030年全球烟草使用流行趋势报告", "report_title")
NC("tob", 19, "2000-2025年烟草流行趋势报告", "report_title")
NC("tob", 19, "指标3.a.1", "indicator_code")
NC("tob", 20, "2025年10月09日 10:56", "date")
NC("tob", 20, "15910626987", "phone_number")
NC("tob", 20, "95866527@qq.com", "email")
NC("tob", 22, "(紐約17日綜合電)", "dateline")
NC("tob", 23, "6日警告", "date")
NC("tob", 24, "2021-11-17 13:43", "date")
NC("tob", 24, "2021年11月16日", "date")
NC("tob", 25, "2024年進(jìn)行的", "date")
NC("tob", 1, "(13–15 years)", "age_range")

# ============================================================ obesity (NCD-RisC / WHO, GBD, World Obesity)
ms = [F("obe", 2, "about 880 million adults", 880e6, P, "ncd", q="approx"),
      F("obe", 3, "around 880 million adults", 880e6, P, "ncd", q="approx"),
      F("obe", 4, "nearly 880 million adults", 880e6, P, "ncd", q="under"),
      F("obe", 5, "879 million adults are obese", 879e6, P, "ncd"),
      F("obe", 15, "近8.8億成年人", 8.8e8, P, "ncd", q="under"),
      F("obe", 8, "roughly 890 million were living", 890e6, P, "who18", q="approx"),
      F("obe", 9, "8.9亿人患有肥胖症", 8.9e8, P, "who18"),
      F("obe", 9, "超过8.9亿成人患有肥胖症", 8.9e8, P, "who18", q="over"),
      F("obe", 16, "8.9億人患有肥胖癥", 8.9e8, P, "who18"),
      F("obe", 16, "超過8.9億成人患有肥胖癥", 8.9e8, P, "who18", q="over")]
G("obe_adults", OBE, "Adults living with obesity in 2022: NCD-RisC / The Lancet 879 million, 'about' / 'around' / 'nearly' 880 million, 近8.8億 (five); "
  "the WHO fact sheet's 890 million / 8.9亿 (adults 18+, five)", "world", "adults living with obesity", "2022",
  "A hedge that holds 879 consistent; the WHO fact sheet's 18+ figure against NCD-RisC's different_basis with conflict as alt.", ms,
  X(ms, DC, ["ncd"], ["who18"]))

ms = [F("obe", 2, "159 million children", 159e6, P, "a"),
      F("obe", 3, "159 million children", 159e6, P, "a"),
      F("obe", 4, "159 million children", 159e6, P, "a"),
      F("obe", 5, "around 159 million children", 159e6, P, "a", q="approx"),
      F("obe", 7, "Some 159 million children", 159e6, P, "a", q="approx"),
      F("obe", 15, "1.59億兒童", 1.59e8, P, "a"),
      F("obe", 9, "其中1.6亿患有肥胖症", 1.6e8, P, "a"),
      F("obe", 16, "其中1.6億患有肥胖癥", 1.6e8, P, "a"),
      F("obe", 17, "1.5億名兒童", 1.5e8, P, "y15"),
      F("obe", 18, "約1.077億兒童", 1.077e8, P, "y15", q="approx")]
G("obe_children", OBE, "Children and adolescents (5-19) living with obesity: 2022 159 million / 1.59億 (six) vs the WHO fact sheet's 1.6亿 / 1.6億 (two); "
  "2015 (GBD, NEJM 2017) 約1.077億 vs ktsf's 1.5億", "world", "children and adolescents living with obesity", "2015 / 2022",
  "1.6亿 rounds 159 million (rounding; a hedged 159 that 1.6亿 rounds is consistent); 1.5 vs 1.077億 conflict; years different_basis.", ms)

ms = [F("obe", 17, "當中有6億名成年人", 6e8, P, "a"),
      F("obe", 18, "6.037億成人為肥胖", 6.037e8, P, "a", q="approx")]
G("obe_adults_2015", OBE, "Adults with obesity in 2015 (GBD, NEJM 2017): 約6.037億 vs ktsf's 6億", "world", "adults living with obesity", "2015",
  "6億 rounds the hedged 6.037億 (consistent by the kit's rule for a plain figure that rounds a hedged one).", ms)

ms = [F("obe", 7, "504 million adult women", 504e6, P, "a"), F("obe", 15, "女性則佔5.04億", 5.04e8, P, "a")]
G("obe_women", OBE, "Women living with obesity in 2022: 504 million = 5.04億", "women", "adults living with obesity", "2022", "Same figure.", ms)
ms = [F("obe", 7, "374 million men", 374e6, P, "a"), F("obe", 15, "男性佔3.74億", 3.74e8, P, "a")]
G("obe_men", OBE, "Men living with obesity in 2022: 374 million = 3.74億", "men", "adults living with obesity", "2022", "Same figure.", ms)

ms = [F("obe", 1, "more than 1 billion people in the world", 1e9, P, "a", q="over"),
      F("obe", 2, "finds more than 1 billion people", 1e9, P, "a", q="over"),
      F("obe", 10, "全球肥胖人口现已超过10亿", 10e8, P, "a", q="over", nth=1, note="headline"),
      F("obe", 10, "全球肥胖人口现已超过10亿", 10e8, P, "a", q="over", nth=2),
      F("obe", 10, "全球肥胖人口已超过10亿", 10e8, P, "a", q="over"),
      F("obe", 15, "世衞最新研究顯示 全球逾10億人肥胖", 10e8, P, "a", q="over", note="headline"),
      F("obe", 15, "全球有超過10億人肥胖", 10e8, P, "a", q="over"),
      F("obe", 15, "到2030年全球將有10億人", 10e8, P, "p30", note="World Obesity Federation's earlier projection for 2030")]
G("obe_total", OBE, "People living with obesity in 2022: more than 1 billion / 超过10亿 / 逾10億 (seven; 'one billion' in words elsewhere); the World Obesity "
  "Federation's earlier projection of 10億 by 2030", "world", "people living with obesity", "2022 / 2030",
  "Same bound consistent; the 2030 projection different_basis.", ms)

ms = [F("obe", 7, "1 in 8 people", 8, R1, "a"), F("obe", 9, "世界上每8人中就有1人", 8, R1, "a"), F("obe", 16, "世界上每8人中就有1人", 8, R1, "a")]
G("obe_one_in_eight", OBE, "One in eight people living with obesity in 2022 (three; 八分之一 in words elsewhere)", "world", "share living with obesity (1 in N)",
  "2022", "Same figure.", ms)

ms = [F("obe", 1, "43% of adults were overweight", 43.0, PC, "a"),
      F("obe", 3, "43% of adults were categorised", 43.0, PC, "a"),
      F("obe", 4, "43 per cent of adults", 43.0, PC, "a"),
      F("obe", 8, "Over 43% of adults", 43.0, PC, "a", q="over", nth=1),
      F("obe", 8, "Over 43% of adults", 43.0, PC, "a", q="over", nth=2),
      F("obe", 8, "43 percent of adults being overweight", 43.0, PC, "a"),
      F("obe", 9, "有43%的18岁及以上成人超重", 43.0, PC, "a"),
      F("obe", 16, "有43%的18歲及以上成人超重", 43.0, PC, "a")]
G("obe_overweight_share", OBE, "Share of adults overweight in 2022: 43% (eight)", "world", "share of adults overweight (percent)", "2022", "Same figure.", ms)

ms = [F("obe", 6, "— 43% of adults —", 43.0, PC, "a", note="vuink gives the overweight share as the share living with obesity"),
      F("obe", 8, "16% are obese", 16.0, PC, "a", nth=1),
      F("obe", 8, "16% are obese", 16.0, PC, "a", nth=2),
      F("obe", 8, "16 percent living with obesity", 16.0, PC, "a"),
      F("obe", 9, "16%患有肥胖症", 16.0, PC, "a"),
      F("obe", 16, "16%患有肥胖癥", 16.0, PC, "a")]
G("obe_obese_share", OBE, "Share of adults living with obesity in 2022: 16% (five) vs vuink's '1 billion people — 43% of adults — were living with obesity'",
  "world", "share of adults living with obesity (percent)", "2022", "43 vs 16: conflict.", ms)

ms = [F("obe", 8, "nearly 2.5 billion adults", 2.5e9, P, "a", q="under", nth=1),
      F("obe", 8, "nearly 2.5 billion adults", 2.5e9, P, "a", q="under", nth=2),
      F("obe", 8, "about 2.5 billion adults aged", 2.5e9, P, "a", q="approx"),
      F("obe", 9, "有25亿成人(18 岁及以上)超重", 25e8, P, "a"),
      F("obe", 9, "有25亿年龄在18岁及以上", 25e8, P, "a"),
      F("obe", 16, "有25億成人", 25e8, P, "a"),
      F("obe", 16, "有25億年齡在18歲及以上", 25e8, P, "a")]
G("obe_overweight_adults", OBE, "Adults overweight in 2022 (WHO): 2.5 billion / 25亿 (seven, 'nearly' / 'about')", "world", "adults overweight", "2022",
  "Same figure and hedges that hold it.", ms)
ms = [F("obe", 9, "超过3.9亿5-19岁", 3.9e8, P, "a", q="over"),
      F("obe", 16, "超過3.9億5-19歲", 3.9e8, P, "a", q="over")]
G("obe_overweight_5_19", OBE, "Children and adolescents (5-19) overweight in 2022: over 3.9亿 / 3.9億 (two)", "world", "children 5-19 overweight", "2022", "Same bound.", ms)
ms = [F("obe", 16, "2024年,3 500萬5歲以下", 3500e4, P, "y24", vt="3 500萬"),
      F("obe", 9, "3700万5岁以下儿童超重", 3700e4, P, "y22")]
G("obe_under5", OBE, "Children under five overweight: 3 500萬 in 2024 (current fact sheet, cxbdf) vs 3700万 in 2022 (the older fact sheet copied by riverview)",
  "world", "children under five overweight", "2022 / 2024", "Different years (different_basis).", ms)

ms = [F("obe", 11, "全球21.1亿成年人", 21.1e8, P, "y21"),
      F("obe", 11, "从21.1亿", 21.1e8, P, "y21"),
      F("obe", 12, "高达 21.1 亿", 21.1e8, P, "y21", vt="21.1 亿"),
      F("obe", 11, "将飙升至近40亿", 40e8, P, "p50", q="under"),
      F("obe", 11, "到40亿", 40e8, P, "p50"),
      F("obe", 12, "将增至38.0亿", 38.0e8, P, "p50")]
G("obe_gbd_adults", OBE, "Adults (25+) overweight or obese (GBD 2021, The Lancet 2025): 21.1亿 in 2021 (three); 2050 forecast 38.0亿 (booksci) vs cardio-km's "
  "近40亿 and its restated 40亿", "world", "adults overweight or obese", "2021 / 2050",
  "'近40亿' holds 38.0 (consistent); the plain 40亿 rounds 38.0 (rounding); years different_basis.", ms)
ms = [F("obe", 11, "总人口的45.1%", 45.1, PC, "y21"), F("obe", 11, "从45.1%", 45.1, PC, "y21"),
      F("obe", 11, "成人总人口的58%", 58.0, PC, "p50"), F("obe", 11, "到58%", 58.0, PC, "p50")]
G("obe_gbd_share", OBE, "Share of adults overweight or obese (GBD): 45.1% in 2021, 58% in 2050 (each twice in cardio-km)", "world",
  "share of adults overweight or obese (percent)", "2021 / 2050", "Same year consistent; years different_basis.", ms)

ms = [F("obe", 13, "有6.41亿人肥胖", 6.41e8, P, "y14"), F("obe", 14, "升至6.41亿", 6.41e8, P, "y14"), F("obe", 14, "从1.05亿", 1.05e8, P, "y75")]
G("obe_2014_adults", OBE, "Adults with obesity (NCD-RisC, The Lancet 2016): 6.41亿 in 2014 (two), 1.05亿 in 1975", "world", "adults living with obesity",
  "1975 / 2014", "Same year consistent; years different_basis.", ms)
ms = [F("obe", 13, "从3.2%", 3.2, PC, "y75"), F("obe", 14, "男性肥胖率从3.2%", 3.2, PC, "y75"),
      F("obe", 13, "上升至10.8%", 10.8, PC, "y14"), F("obe", 14, "升至10.8%", 10.8, PC, "y14")]
G("obe_2014_men_rate", OBE, "Obesity among men (NCD-RisC 2016): 3.2% (1975) and 10.8% (2014), twice each", "men", "obesity rate (percent)", "1975 / 2014",
  "Same year consistent; years different_basis.", ms)
ms = [F("obe", 13, "从6.4%", 6.4, PC, "y75"), F("obe", 14, "女性肥胖率则从6.4%", 6.4, PC, "y75"),
      F("obe", 13, "上升至14.9%", 14.9, PC, "y14"), F("obe", 14, "升至14.9%", 14.9, PC, "y14")]
G("obe_2014_women_rate", OBE, "Obesity among women (NCD-RisC 2016): 6.4% (1975) and 14.9% (2014), twice each", "women", "obesity rate (percent)", "1975 / 2014",
  "Same year consistent; years different_basis.", ms)
ms = [F("obe", 13, "大约180个国家", 180, CNT, "a", q="approx"), F("obe", 14, "涵盖186个国家", 186, CNT, "a")]
G("obe_2016_countries", OBE, "Countries covered by the NCD-RisC study of 2016: 186 (ruixingsports) vs Xinhua's '大约180个国家和地区'", "world", "countries covered",
  "2016 study", "'About 180' does not hold 186: conflict, with consistent as alt (a loose round figure).", ms, {(1, 2): CK})

ms = [F("obe", 2, "of 222 million people", 222e6, P, "a"),
      F("obe", 3, "from 222 million participants", 222e6, P, "a", nth=1),
      F("obe", 3, "from 222 million participants", 222e6, P, "a", nth=2),
      F("obe", 6, "with 222 million participants", 222e6, P, "a"),
      F("obe", 4, "over 220 million individuals", 220e6, P, "a", q="over"),
      F("obe", 7, "more than 220 million people", 220e6, P, "a", q="over"),
      F("obe", 15, "2.2億多人", 2.2e8, P, "a", q="over")]
G("obe_participants", OBE, "People measured in the NCD-RisC analysis: 222 million (four) / more than 220 million / 2.2億多 (three)", "NCD-RisC study",
  "participants", "1990-2022", "A bound that holds 222 million consistent.", ms)
ms = [F("obe", 2, "more than 3,000 population studies", 3000, CNT, "a", q="over"),
      F("obe", 3, "used 3663 studies", 3663, CNT, "a", nth=1),
      F("obe", 3, "used 3663 studies", 3663, CNT, "a", nth=2),
      F("obe", 6, "3,663 population-based studies", 3663, CNT, "a")]
G("obe_studies", OBE, "Population studies pooled: 3663 / 3,663 (three) and 'more than 3,000'", "NCD-RisC study", "studies", "1990-2022", "Consistent.", ms)
ms = [F("obe", 3, "including 63 million aged", 63e6, P, "a", nth=1), F("obe", 3, "including 63 million aged", 63e6, P, "a", nth=2)]
G("obe_participants_5_19", OBE, "Participants aged 5-19: 63 million (twice in voiceforjustice)", "NCD-RisC study", "participants aged 5-19", "1990-2022",
  "Same figure.", ms)
ms = [F("obe", 4, "across 190 countries", 190, CNT, "a"),
      F("obe", 7, "more than 190 countries", 190, CNT, "a", q="over"),
      F("obe", 15, "190多個國家", 190, CNT, "a", q="over"),
      F("obe", 10, "收集了197个国家的数据", 197, CNT, "a"),
      F("obe", 1, "in 200 countries and territories", 200, CNT, "est", note="countries with estimates, not countries with data")]
G("obe_countries", OBE, "Countries in the NCD-RisC analysis: data from 190 / more than 190 / 190多 (three) vs 199it's 197; estimates for 200 countries and territories",
  "NCD-RisC study", "countries", "1990-2022",
  "'More than 190' holds 197 (consistent); the plain 190 against 197 conflict with consistent as alt; estimates for 200 different_basis.", ms, {(1, 4): CK})
ms = [F("obe", 4, "over 1,500 researchers", 1500, P, "a", q="over"), F("obe", 15, "1500多名研究人員", 1500, P, "a", q="over")]
G("obe_researchers", OBE, "Researchers in NCD-RisC: over 1,500 / 1500多 (two)", "NCD-RisC study", "researchers", "2024", "Same bound.", ms)
ms = [F("obe", 2, "some 70-80% of adults", [70.0, 80.0], PC, "a", vt="70-80%", q="approx", step=10.0),
      F("obe", 3, "some 70-80% of adults", [70.0, 80.0], PC, "a", vt="70-80%", q="approx", step=10.0)]
G("obe_tonga", OBE, "Obesity among adults in Tonga / American Samoa / Nauru: some 70-80% (two)", "Pacific islands", "obesity rate (percent)", "2022",
  "Same range.", ms)
ms = [F("obe", 18, "世界上51%的人將超重", 51.0, PC, "a"), F("obe", 18, "世界上51%的人或者說", 51.0, PC, "a")]
G("obe_wof_2035", OBE, "World Obesity Atlas 2023: 51% of the world overweight by 2035 (twice in guizhouymce)", "world", "share overweight (percent)", "2035",
  "Same figure.", ms)

ms = [F("obe", 17, "超過20億成年人", 20e8, P, "a", q="over", note="adults and children"), F("obe", 17, "有22億人有超重問題", 22e8, P, "a")]
G("obe_2015_overweight", OBE, "People overweight or obese in 2015 (GBD, NEJM 2017, as told by KTSF): 22億, 'more than 20億' in the lead", "world",
  "people overweight or obese", "2015", "A bound that holds 22億 (consistent).", ms)

S("obe", 3, "India ranks 182", value=182, unit=RANK)
S("obe", 3, "and 180 for men", value=180, unit=RANK)
S("obe", 3, "ranked 174", value=174, unit=RANK)
S("obe", 3, "out of 197 countries", value=197, unit=CNT, note="countries ranked; not 199it's 197 countries with data")
S("obe", 5, "around 16.8 million people", value=16.8e6, unit=P, q="approx")
S("obe", 5, "7.4 million men", value=7.4e6, unit=P)
S("obe", 5, "760,000 boys", value=760000, unit=P)
S("obe", 5, "590,000 girls", value=590000, unit=P)
S("obe", 10, "覆盖全球99%以上", value=99.0, unit=PC, q="over")
S("obe", 12, "中国以4.02亿", value=4.02e8, unit=P)
S("obe", 13, "增加到11亿", value=11e8, unit=P)
S("obe", 13, "分别占总人口的18%", value=18.0, unit=PC)
S("obe", 13, "和21%", value=21.0, unit=PC)
S("obe", 13, "近2000万成年人", value=2000e4, unit=P, q="under")
S("obe", 13, "增加1.5公斤", value=1.5, unit="kg")
S("obe", 13, "38%的男性", value=38.0, unit=PC)
S("obe", 14, "4 320万肥胖男性", vt="4 320万", value=4320e4, unit=P)
S("obe", 14, "4 640万肥胖女性", vt="4 640万", value=4640e4, unit=P)
S("obe", 14, "全球的16.3%", value=16.3, unit=PC)
S("obe", 14, "和12.4%", value=12.4, unit=PC)
S("obe", 15, "人數自1990年以來增加4倍", vt="4", value=4.0, unit=TIMES)
S("obe", 15, "肥胖率增加了4倍", vt="4", value=4.0, unit=TIMES)
S("obe", 17, "全球人口的30%", value=30.0, unit=PC)
S("obe", 17, "全球195個國家", value=195, unit=CNT)
S("obe", 17, "美國有7,940萬名", value=7940e4, unit=P)
S("obe", 17, "多達5,730萬", value=5730e4, unit=P)
S("obe", 17, "全球73個國家", value=73, unit=CNT)
S("obe", 17, "大約400萬人", value=400e4, unit=P, q="approx")
S("obe", 18, "分別為5.0%", value=5.0, unit=PC)
S("obe", 18, "和12.0%", value=12.0, unit=PC)
S("obe", 18, "超過(guò)40億人", vt="40億", value=40e8, unit=P, q="over")
S("obe", 18, "男孩將達(dá)到2.08億人", value=2.08e8, unit=P)
S("obe", 18, "女孩將達(dá)到1.75億人", value=1.75e8, unit=P)
S("obe", 18, "總值的3%", value=3.0, unit=PC)
NC("obe", 3, "published on February 29", "date")
NC("obe", 12, "2025-03-28 07:50", "date")
NC("obe", 13, "04.04.2016  20:58", "date")
NC("obe", 13, "3月31日", "date")
NC("obe", 15, "2024-03-01 13:09", "date")
NC("obe", 15, "下周一(4日)", "date")
NC("obe", 17, "date 2017-06", "date")
NC("obe", 8, "World Health Organization (2022)", "date", nth=1)
NC("obe", 8, "World Health Organization (2022)", "date", nth=2)
NC("obe", 2, "spanning 1990-2022", "period")
NC("obe", 11, "21世纪", "century")
NC("obe", 9, "患2型糖尿病", "name")
NC("obe", 16, "患2型糖尿病", "name")

# ============================================================ forest loss (GFW / UMD GLAD, FAO FRA)
ms = [F("for", 1, "totaled 3.7 million hectares", 3.7e6, HA, "y23"),
      F("for", 2, "amounted to 3.7 million hectares", 3.7e6, HA, "y23"),
      F("for", 3, "to 3.7 million hectares", 3.7e6, HA, "y23"),
      F("for", 11, "去年全球约370万公顷", 370e4, HA, "y23", q="approx", note="headline"),
      F("for", 11, "大约370万公顷热带雨林", 370e4, HA, "y23", q="approx"),
      F("for", 19, "約370萬公頃熱帶雨林遭破壞】", 370e4, HA, "y23", q="approx", nth=1, note="headline"),
      F("for", 19, "約370萬公頃熱帶雨林遭破壞】", 370e4, HA, "y23", q="approx", nth=2),
      F("for", 19, "大約370萬公頃熱帶雨林", 370e4, HA, "y23", q="approx"),
      F("for", 4, "the tropics lost 4.1 million hectares", 4.1e6, HA, "y22"),
      F("for", 12, "全球损失410万公顷", 410e4, HA, "y22"),
      F("for", 20, "全球損失410萬公頃", 410e4, HA, "y22"),
      F("for", 4, "up from 3.75 million ha", 3.75e6, HA, "y21"),
      F("for", 6, "lost 6.7 million hectares in 2024", 6.7e6, HA, "y24"),
      F("for", 7, "lost 67,000 square kilometres", 6.7e6, HA, "y24", mult=KM2),
      F("for", 14, "670万公顷的热带雨林", 670e4, HA, "y24"),
      F("for", 18, "3萬8000平方公里的原始雨林", 3.8e6, HA, "y19", vt="3萬8000", step=1e5)]
G("for_primary_loss", FOR, "Tropical primary forest loss (UMD / GFW): 2023 3.7 million ha / 约370万公顷 (eight); 2022 4.1 million ha / 410万 (three); 2021 3.75 "
  "million ha; 2024 6.7 million ha / 67,000 km2 / 670万 (three); 2019 3萬8000平方公里 (CNA)", "tropics", "primary forest lost (hectares)", "2019-2024",
  "Same year consistent (km2 converted); other years different_basis.", ms)
ms = [F("for", 5, "Around 12 million hectares", 12e6, HA, "y18", q="approx"),
      F("for", 17, "常識:1200萬公頃", 1200e4, HA, "y18", note="headline"),
      F("for", 17, "損失1200萬公頃", 1200e4, HA, "y18"),
      F("for", 21, "總面積29萬4000平方公里", 29.4e6, HA, "y17", vt="29萬4000", step=1e5),
      F("for", 21, "創紀錄的29萬7000平方公里", 29.7e6, HA, "y16", vt="29萬7000", step=1e5)]
G("for_tropical_tree_cover", FOR, "Tropical tree cover loss (GFW): 2018 12 million ha / 1200萬公頃 (three); 2017 29萬4000平方公里; 2016 29萬7000平方公里",
  "tropics", "tree cover lost (hectares)", "2016-2018", "Same year consistent; other years different_basis.", ms)

ms = [F("for", 1, "almost 10 football (soccer) fields", 10, CNT, "y23", q="under"),
      F("for", 11, "近10个标准足球场", 10, CNT, "y23", q="under"),
      F("for", 19, "近10個標準足球場", 10, CNT, "y23", q="under"),
      F("for", 4, "losing 11 football fields", 11, CNT, "y22"),
      F("for", 12, "每分钟失去11个足球场大小热带原始森林", 11, CNT, "y22", note="headline"),
      F("for", 12, "每分钟失去11个足球场大小的森林", 11, CNT, "y22"),
      F("for", 20, "每分鐘失去11個足球場大小熱帶原始森林", 11, CNT, "y22", note="headline"),
      F("for", 20, "每分鐘失去11個足球場大小的森林", 11, CNT, "y22"),
      F("for", 8, "the equivalent of 18 soccer fields", 18, CNT, "y24"),
      F("for", 14, "每分钟失去18个足球场", 18, CNT, "y24", nth=1, note="headline"),
      F("for", 14, "每分钟失去18个足球场", 18, CNT, "y24", nth=2),
      F("for", 14, "每分钟失去18个足球场", 18, CNT, "y24", nth=3),
      F("for", 14, "每分钟失去约18个足球场", 18, CNT, "y24", q="approx"),
      F("for", 5, "equivalent to 40 football fields per minute", 40, CNT, "y18"),
      F("for", 17, "每分鐘有30個足球場", 30, CNT, "y18"),
      F("for", 21, "每分鐘40座足球場", 40, CNT, "y17")]
G("for_fields_per_minute", FOR, "Football fields of forest lost a minute: 2023 'almost 10' / 近10 (three); 2022 11 (five); 2024 18 (five; 'Eighteen' in words "
  "elsewhere); 2018 greenworldwarriors' 40 vs Ming Pao's 30; 2017 40 (yes99)", "tropics", "football fields lost per minute", "2017-2024",
  "2018: 40 vs 30 conflict; same year otherwise consistent; other years different_basis (2017's 40 is the same digits as the wrong 2018 figure).", ms)
ms = [F("for", 18, "平均每6秒就有1個足球場", 6, SEC, "a"), F("for", 18, "每6秒就有一個足球場", 6, SEC, "a")]
G("for_six_seconds", FOR, "A football field of primary rainforest every 6 seconds in 2019 (twice in CNA)", "tropics", "seconds per football field lost", "2019",
  "Same figure.", ms)

ms = [F("for", 1, "2.4 gigatonnes (Gt)", 2.4e9, T, "y23", mult=GT),
      F("for", 11, "24亿吨二氧化碳", 24e8, T, "y23"),
      F("for", 19, "24億噸二氧化碳", 24e8, T, "y23"),
      F("for", 12, "2.7吉吨", 2.7e9, T, "y22", mult=GT, vt="2.7"),
      F("for", 20, "2.7吉噸", 2.7e9, T, "y22", mult=GT, vt="2.7"),
      F("for", 6, "3.1 billion tonnes of CO2", 3.1e9, T, "y24"),
      F("for", 8, "emitted 4.1 gigatons", 4.1e9, T, "fires24", mult=GT, note="all fires' emissions, not the loss of primary forest")]
G("for_co2", FOR, "CO2 from tropical primary forest loss: 2023 2.4 Gt / 24亿吨 (three); 2022 2.7吉吨 (two); 2024 3.1 billion tonnes; the NYT's 4.1 gigatons "
  "(emissions of 2024's fires)", "tropics", "CO2 emitted (tonnes)", "2022-2024",
  "Same year consistent; the fires' 4.1 Gt against 3.1 different_basis with conflict as alt; other years different_basis.", ms, X(ms, DC, ["y24"], ["fires24"]))

ms = [F("for", 1, "a 9% decrease from 2022", 9.0, PC, "a"), F("for", 2, "marks or 9% decrease", 9.0, PC, "a"), F("for", 3, "dipped 9% in 2023", 9.0, PC, "a")]
G("for_fall_2023", FOR, "Fall of tropical primary forest loss in 2023: 9% (three)", "tropics", "change in primary forest loss (percent)", "2022-2023", "Same figure.", ms)
ms = [F("for", 11, "减少约40万公顷", 40e4, HA, "a", q="approx"), F("for", 19, "減少約40萬公頃", 40e4, HA, "a", q="approx")]
G("for_fall_2023_ha", FOR, "Fall of loss in 2023: 约40万公顷 (two)", "tropics", "change in primary forest loss (hectares)", "2022-2023", "Same figure.", ms)
ms = [F("for", 7, "80 percent higher than in 2023", 80.0, PC, "a"), F("for", 14, "比2023年激增80%", 80.0, PC, "a")]
G("for_rise_2024", FOR, "Rise of tropical primary forest loss in 2024: 80% (two; 'nearly double' in words elsewhere)", "tropics",
  "change in primary forest loss (percent)", "2023-2024", "Same figure.", ms)
ms = [F("for", 1, "experienced a remarkable 36%", 36.0, PC, "a"), F("for", 3, "a 36% drop in Brazil", 36.0, PC, "a")]
G("for_brazil_2023", FOR, "Fall of Brazil's primary forest loss in 2023: 36% (two)", "Brazil", "change in primary forest loss (percent)", "2022-2023",
  "Same figure.", ms)
ms = [F("for", 12, "减少了180万公顷", 180e4, HA, "a"), F("for", 20, "減少了180萬公頃", 180e4, HA, "a")]
G("for_brazil_2022", FOR, "Brazil's primary forest loss in 2022: 180万公顷 (two)", "Brazil", "primary forest lost (hectares)", "2022", "Same figure.", ms)
ms = [F("for", 12, "占比43%", 43.0, PC, "a"), F("for", 20, "占比43%", 43.0, PC, "a")]
G("for_brazil_2022_share", FOR, "Brazil's share of 2022 tropical primary forest loss: 43% (two)", "Brazil", "share of primary forest loss (percent)", "2022",
  "Same figure.", ms)
ms = [F("for", 6, "with 2.8 million hectares destroyed", 2.8e6, HA, "a"), F("for", 15, "有280万公顷森林被毁", 280e4, HA, "a")]
G("for_brazil_2024", FOR, "Brazil's primary forest loss in 2024: 2.8 million ha = 280万公顷", "Brazil", "primary forest lost (hectares)", "2024", "Same figure.", ms)
ms = [F("for", 2, "lost 3 million to 4 million hectares", [3e6, 4e6], HA, "a", vt="3 million to 4 million", step=1e6),
      F("for", 11, "损失300万至400万公顷", [300e4, 400e4], HA, "a", vt="300万至400万", step=1e6)]
G("for_yearly_range", FOR, "Tropical forest lost each year over two decades: 3-4 million ha = 300万至400万公顷", "tropics", "forest lost a year (hectares)",
  "2002-2023", "Same range.", ms)
ms = [F("for", 2, "agreed to by 145 countries", 145, CNT, "a"), F("for", 4, "heads of 145 countries", 145, CNT, "a")]
G("for_glasgow", FOR, "Countries behind the Glasgow forest pledge: 145 (two)", "world", "countries", "2021", "Same figure.", ms)

ms = [F("for", 9, "forests cover 4.14 billion hectares", 4.14e9, HA, "f25"),
      F("for", 10, "forests occupy 4.14 billion hectares", 4.14e9, HA, "f25"),
      F("for", 13, "全球森林总面积约为41.4亿公顷", 41.4e8, HA, "f25", q="approx"),
      F("for", 16, "now some 4.1 billion hectares", 4.1e9, HA, "f20", q="approx"),
      F("for", 22, "約40.6 億公頃", 40.6e8, HA, "f20", q="approx", vt="40.6 億")]
G("for_area", FOR, "World forest area: FRA 2025 4.14 billion ha / 41.4亿 (three); FRA 2020 'some 4.1 billion' (AFP) and 約40.6億 (wikiwand)", "world",
  "forest area (hectares)", "2020 / 2025", "Same assessment consistent (hedges hold); FRA 2020 against FRA 2025 different_basis with conflict as alt.", ms,
  X(ms, DC, ["f25"], ["f20"]))
ms = [F("for", 10, "which is 32% of the planet", 32.0, PC, "f25"),
      F("for", 13, "占地球陆地面积的32%", 32.0, PC, "f25"),
      F("for", 22, "占地球陸地面積31%", 31.0, PC, "f20"),
      F("for", 16, "to 31.2 percent in 2020", 31.2, PC, "f20"),
      F("for", 16, "from 31.9 percent in 2000", 31.9, PC, "y00")]
G("for_land_share", FOR, "Forest share of land: FRA 2025 32% (two); FRA 2020 31.2 percent (AFP) vs wikiwand's 31%; 31.9 percent in 2000", "world",
  "forest share of land area (percent)", "2000-2025", "31 rounds 31.2 (rounding); assessments different_basis with conflict as alt.", ms,
  X(ms, DC, ["f25"], ["f20"]))
ms = [F("for", 9, "from 10.7 million hectares in the 1990s", 10.7e6, HA, "n90"),
      F("for", 10, "from 10.7 million hectares per year", 10.7e6, HA, "n90"),
      F("for", 13, "每年1070万公顷", 1070e4, HA, "n90"),
      F("for", 9, "to 4.12 million hectares in 2015-2025", 4.12e6, HA, "n1525"),
      F("for", 10, "to 4.12 million hectares per year", 4.12e6, HA, "n1525"),
      F("for", 13, "降至2015—2025年的412万公顷", 412e4, HA, "n1525"),
      F("for", 22, "每年減少730萬公頃", 730e4, HA, "old", note="an older FAO figure")]
G("for_net_loss", FOR, "Net forest loss a year (FRA 2025): 10.7 million ha in the 1990s (three), 4.12 million ha in 2015-2025 (three); wikiwand's older 730萬公頃",
  "world", "net forest loss a year (hectares)", "1990-2025", "Same period consistent; periods different_basis.", ms)
ms = [F("for", 9, "deforestation at 10.9 million hectares per year", 10.9e6, HA, "d1525"),
      F("for", 9, "slowed to 10.9 million hectares per year", 10.9e6, HA, "d1525"),
      F("for", 10, "fell to 10.9 million hectares", 10.9e6, HA, "d1525"),
      F("for", 10, "estimated at 10.9 million hectares per year", 10.9e6, HA, "d1525"),
      F("for", 13, "降至2015—2025年的1090万公顷", 1090e4, HA, "d1525"),
      F("for", 9, "down from 17.6 million in 1990-2000", 17.6e6, HA, "d90"),
      F("for", 10, "reached 17.6 million hectares per year", 17.6e6, HA, "d90"),
      F("for", 10, "1990-2000 (17.6 million hectares per year)", 17.6e6, HA, "d90"),
      F("for", 13, "1990—2000年的1760万公顷", 1760e4, HA, "d90"),
      F("for", 10, "(13.6 million hectares per year)", 13.6e6, HA, "d0015")]
G("for_deforestation", FOR, "Deforestation a year (FRA 2025): 10.9 million ha in 2015-2025 (five), 17.6 million in 1990-2000 (four), 13.6 million in 2000-2015",
  "world", "deforestation a year (hectares)", "1990-2025", "Same period consistent; periods different_basis.", ms)
ms = [F("for", 10, "was 9.88 million hectares per year", 9.88e6, HA, "e0015"),
      F("for", 13, "每年988万公顷", 988e4, HA, "e0015"),
      F("for", 10, "decreased to 6.78 million hectares per year", 6.78e6, HA, "e1525"),
      F("for", 13, "降至2015—2025年的678万公顷", 678e4, HA, "e1525")]
G("for_expansion", FOR, "Forest expansion a year (FRA 2025): 9.88 million ha in 2000-2015, 6.78 million in 2015-2025 (two each)", "world",
  "forest expansion a year (hectares)", "2000-2025", "Same period consistent; periods different_basis.", ms)
ms = [F("for", 9, "account for 92 percent", 92.0, PC, "a"), F("for", 13, "全球森林面积的92%", 92.0, PC, "a")]
G("for_natural_share", FOR, "Naturally regenerating forests' share: 92% (two)", "world", "share of forest area (percent)", "2025", "Same figure.", ms)
ms = [F("for", 9, "at 3.83 billion hectares", 3.83e9, HA, "a"), F("for", 13, "38.3亿公顷", 38.3e8, HA, "a")]
G("for_natural_area", FOR, "Naturally regenerating forests: 3.83 billion ha = 38.3亿公顷", "world", "forest area (hectares)", "2025", "Same figure.", ms)
ms = [F("for", 9, "by 324 million hectares", 324e6, HA, "a"), F("for", 13, "减少了3.24亿公顷", 3.24e8, HA, "a")]
G("for_natural_decline", FOR, "Decline of naturally regenerating forests since 1990: 324 million ha = 3.24亿公顷", "world", "forest area lost (hectares)", "1990-2025",
  "Same figure.", ms)
ms = [F("for", 9, "at least 1.18 billion hectares", 1.18e9, HA, "a", q="at_least"), F("for", 13, "至少11.8亿公顷", 11.8e8, HA, "a", q="at_least")]
G("for_primary_area", FOR, "Primary forests: at least 1.18 billion ha = 11.8亿公顷", "world", "primary forest area (hectares)", "2025", "Same bound.", ms)
ms = [F("for", 10, "about 20% of territories", 20.0, PC, "a", q="approx"), F("for", 13, "约20%的森林", 20.0, PC, "a", q="approx")]
G("for_protected", FOR, "Share of forests in protected areas: about 20% (two; 'one-fifth' in words elsewhere)", "world", "share of forest protected (percent)",
  "2025", "Same figure.", ms)
ms = [F("for", 10, "approximately 0.5 hectares per person", 0.5, HA, "a", q="approx"), F("for", 13, "人均0.5公顷", 0.5, HA, "a")]
G("for_per_person", FOR, "Forest per person: 0.5 ha (two)", "world", "forest area per person (hectares)", "2025", "Same figure.", ms)
ms = [F("for", 16, "减少了近1亿公顷", 1e8, HA, "a", q="under"),
      F("for", 16, "lost nearly 100 million hectares", 100e6, HA, "a", q="under"),
      F("for", 16, "almost 100 million hectares of the world", 100e6, HA, "a", q="under")]
G("for_net_loss_20y", FOR, "Net forest loss 2000-2020 (FRA 2020): nearly 100 million ha / 近1亿公顷 (three in the bilingual page)", "world",
  "net forest loss (hectares)", "2000-2020", "Same bound.", ms)

ms = [F("for", 2, "(9.1 million acres)", 9.1e6, "acres", "y23"), F("for", 4, "(10.1 million acres)", 10.1e6, "acres", "y22"),
      F("for", 4, "(9.3 million acres)", 9.3e6, "acres", "y21"), F("for", 8, "reached 16.5 million acres", 16.5e6, "acres", "y24")]
G("for_primary_loss_acres", FOR, "Tropical primary forest loss in acres (Mongabay, NYT): 9.1 million (2023), 10.1 million (2022), 9.3 million (2021), 16.5 million (2024)",
  "tropics", "primary forest lost (acres)", "2021-2024", "Different years (different_basis).", ms)
ms = [F("for", 16, "now covers 47.8 percent", 47.8, PC, "y20"), F("for", 16, "compared to 49 percent in 2015", 49.0, PC, "y15")]
G("for_cover_sea", FOR, "Forest share of land in South-East Asia (FRA 2020 via AFP): 47.8 percent in 2020, 49.0 percent in 2015", "South-East Asia",
  "forest share of land area (percent)", "2015 / 2020", "Different years (different_basis).", ms)
ms = [F("for", 16, "it covers 27.8 percent", 27.8, PC, "y20"), F("for", 16, "compared to 28.7 percent", 28.7, PC, "y15")]
G("for_cover_ssa", FOR, "Forest share of land in sub-Saharan Africa (FRA 2020 via AFP): 27.8 percent in 2020, 28.7 percent in 2015", "sub-Saharan Africa",
  "forest share of land area (percent)", "2015 / 2020", "Different years (different_basis).", ms)
ms = [F("for", 16, "it is 50.9 percent", 50.9, PC, "y20"), F("for", 16, "down from 52.5 percent", 52.5, PC, "y15")]
G("for_cover_indonesia", FOR, "Forest share of land in Indonesia (FRA 2020 via AFP): 50.9 percent in 2020, 52.5 percent in 2015", "Indonesia",
  "forest share of land area (percent)", "2015 / 2020", "Different years (different_basis).", ms)
ms = [F("for", 16, "it is 58.2 percent", 58.2, PC, "y20"), F("for", 16, "down from 59.2 percent", 59.2, PC, "y15")]
G("for_cover_malaysia", FOR, "Forest share of land in Malaysia (FRA 2020 via AFP): 58.2 percent in 2020, 59.2 percent in 2015", "Malaysia",
  "forest share of land area (percent)", "2015 / 2020", "Different years (different_basis).", ms)

S("for", 1, "and 49% decrease", value=49.0, unit=PC)
S("for", 3, "fell 39%", value=39.0, unit=PC)
S("for", 3, "surged 24%", value=24.0, unit=PC)
S("for", 3, "to 28.3 million ha", value=28.3e6, unit=HA, note="global tree cover loss 2023, not primary forest")
S("for", 3, "decreased by 4%", value=4.0, unit=PC)
S("for", 3, "Brazil – 7,523,404", vt="7,523,404", value=7523404, unit=HA)
S("for", 3, "Congo (DRC) – 2,503,722", vt="2,503,722", value=2503722, unit=HA)
S("for", 3, "Bolivia – 1,734,872", vt="1,734,872", value=1734872, unit=HA)
S("for", 4, "lost 10% more primary rainforest", value=10.0, unit=PC)
S("for", 4, "reduced by 10% each year", value=10.0, unit=PC)
S("for", 4, "more than 1 million ha", value=1e6, unit=HA, q="over")
S("for", 8, "rose by 14%", value=14.0, unit=PC)
S("for", 7, "(25,900 square miles)", value=25900, unit="square_miles")
S("for", 10, "analysis of 236 countries", value=236, unit=CNT)
S("for", 10, "about 489 million hectares", value=489e6, unit=HA, q="approx")
S("for", 13, "全球约55%的森林", value=55.0, unit=PC, q="approx")
S("for", 13, "（21.3亿公顷）", value=21.3e8, unit=HA)
S("for", 13, "增加3.65亿公顷", value=3.65e8, unit=HA)
S("for", 13, "（8.13亿公顷）", value=8.13e8, unit=HA)
S("for", 13, "人工林面积约3.12亿公顷", value=3.12e8, unit=HA, q="approx")
S("for", 13, "碳储量达7140亿吨", value=7140e8, unit=T)
S("for", 13, "影响约2.61亿公顷", value=2.61e8, unit=HA, q="approx")
S("for", 13, "约4100万公顷森林受损", value=4100e4, unit=HA, q="approx")
S("for", 15, "损失的42%", value=42.0, unit=PC)
S("for", 21, "灑下約28億美元", value=28e8, unit=USD, q="approx")
S("for", 21, "齊聚500位專家", value=500, unit=P)
S("for", 22, "超過70%的森林", value=70.0, unit=PC, q="over")
NC("for", 1, "Tropical primary forest loss, 2002-2023", "chart_title")
NC("for", 3, "Tropical primary forest loss (ha), 2019-2023", "table_header")
NC("for", 2, "date 2024-04-04", "date")
NC("for", 4, "date 2023-06-27", "date")
NC("for", 6, "began in 2002", "date")
NC("for", 11, "2024-04-05 17:19:16", "date")
NC("for", 11, "当地时间4月4日", "date")
NC("for", 12, "2023-06-28 15:56:54", "date")
NC("for", 12, "北京6月28日电", "dateline")
NC("for", 14, "体育正文 162 0", "view_count")
NC("for", 14, "21日发布", "date")
NC("for", 15, "5月21日发布", "date")
NC("for", 16, "1600626719&", "user_id")
NC("for", 16, "作者加微信97495882", "user_id")
NC("for", 17, "[2019.05.09]", "date")
NC("for", 17, "[常識天下 第151期]", "issue_number")
NC("for", 17, "【明報專訊】(1)", "list_marker")
NC("for", 18, "2020/6/2 15:59", "date")
NC("for", 18, "中央社巴黎2日", "dateline")
NC("for", 19, "1.本公司", "list_marker")
NC("for", 19, "2.實際", "list_marker")
NC("for", 19, "4月5日訊", "date")
NC("for", 20, "2023-06-28 16:24:57", "date")
NC("for", 22, "森林破壞[1]", "footnote_marker")
NC("for", 22, "熱帶地區尤甚。[7]", "footnote_marker")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh28.toml", "corpus-fresh28")
