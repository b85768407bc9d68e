#!/usr/bin/env python3
"""Hand annotation of corpus-fresh30, written as data; emits gold.d/fresh30.toml (then run
corpus/check_gold.py --dir corpus-fresh30 --build).

Three domains: maternal mortality (the UN MMEIG 'Trends in Maternal Mortality' reports of November 2015 (1990-2015),
September 2019 (2000-2017), February 2023 (2000-2020) and April 2025 (2000-2023), the WHO fact sheet in its 2014 and 2025
vintages and a 2012 World Bank blog (2010): deaths a year, deaths a day, the fall since 1990 / 2000, the ratio per 100,000
live births, regional shares, the SDG and MDG targets; `mat-*`), out-of-school children (UNESCO / UIS / GEM figures
released in 2018, 2019, September 2022, September 2023, October 2024 and June 2025 (data for 2016, 2017, 2018, 2021,
2023, 2025), the GEM 2017/8 report, UNICEF's 2018 count for ages 5-17, the 2013/4 EFA report: children and youth out of
school, by level and region, income-group rates, targets; `sch-*`) and plastics (the OECD Global Plastics Outlook of
February 2022 (2019 use, waste, recycling, incineration, landfill, 2060 projection), the Geyer / Jambeck / Law study in
Science Advances of July 2017 (8.3 billion tonnes made to 2015, 6.3 billion tonnes of waste, 9 / 12 / 79 percent, 2050),
PlasticsEurope's yearly world output, UNEP's 2018 report, the OECD 2018 report, ocean inputs; `pla-*`).

Every mention carries a basis tag (data year / report vintage / measure, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). The same year's figure in different report vintages is different_basis with conflict as alt.
Figures in US short tons are different_basis against metric tonnes. Values as written: 万/萬 = 1e4, 亿/億 = 1e8,
万亿/萬億 = 1e12, 兆 = 1e12. Units: persons, percent, percentage_points, count, tonnes, kg, USD, minutes, times,
per_100k_live_births, ratio_1_in.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, P, USD, DC, CD, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
from goldsrc import cross  # noqa: E402

load(HERE)

MAT, SCH, PLA = "maternal-mortality", "out-of-school", "plastics"
MMR = "per_100k_live_births"
T = "tonnes"
R1 = "ratio_1_in"

# ============================================================ maternal mortality (UN MMEIG)
ms = [
    F("mat", 1, "An estimated 287,000 maternal deaths", 287000, P, "y20"),
    F("mat", 2, "an estimated 287,000 women globally", 287000, P, "y20"),
    F("mat", 3, "we estimate that 287,000 women", 287000, P, "y20"),
    F("mat", 4, "around 287.000 maternal deaths", 287000, P, "y20", vt="287.000", step=1000, q="approx",
      note="thousands written with a point"),
    F("mat", 14, "2020年全球约有28.7万名孕产妇死亡", 28.7e4, P, "y20", q="approx"),
    F("mat", 22, "2020年約有28.7萬名婦女", 28.7e4, P, "y20", q="approx"),
    F("mat", 15, "孕产妇死亡数为27万人", 27e4, P, "y20", note="the 2023 report says 287,000"),
    F("mat", 14, "比2016年的30.9万例", 30.9e4, P, "y16"),
    F("mat", 15, "生效时的30.9万人", 30.9e4, P, "y16"),
    F("mat", 4, "from the 309 deaths recorded in 2016", 309000, P, "y16", vt="309", step=1000, note="written '309 deaths'; read as 309,000 (the thousands word is missing)"),
    F("mat", 6, "estimates that 260,000 women died", 260000, P, "y23"),
    F("mat", 7, "an estimated 260,000 women died", 260000, P, "y23"),
    F("mat", 8, "About 260 000 women died", 260000, P, "y23", vt="260 000", q="approx"),
    F("mat", 16, "约有26万名妇女", 26e4, P, "y23", q="approx"),
    F("mat", 18, "全球约有26万名女性", 26e4, P, "y23", q="approx"),
    F("mat", 12, "an estimated 295,000 women died", 295000, P, "y17"),
    F("mat", 9, "that number was down to 303,000", 303000, P, "y15"),
    F("mat", 9, "But 303,000 is still", 303000, P, "y15"),
    F("mat", 10, "to about 303,000 in 2015", 303000, P, "y15", q="approx"),
    F("mat", 11, "around 303 thousand in 2015", 303000, P, "y15", vt="303 thousand", step=1000, q="approx"),
    F("mat", 13, "an estimated 303,000 in 2015", 303000, P, "y15"),
    F("mat", 19, "2015年的303000", 303000, P, "y15"),
    F("mat", 20, "死亡人数为30.3万人", 30.3e4, P, "y15"),
    F("mat", 17, "2013年,28.9万名妇女", 28.9e4, P, "y13"),
    F("mat", 21, "年死亡总数达到28.7万", 28.7e4, P, "y10", note="2010 estimate (2012 report)"),
    F("mat", 10, "from approximately 532,000 in 1990", 532000, P, "y90", q="approx"),
    F("mat", 11, "from about 532 thousand in 1990", 532000, P, "y90", vt="532 thousand", step=1000, q="approx"),
    F("mat", 13, "from about 532,000 in 1990", 532000, P, "y90", q="approx"),
    F("mat", 19, "从1990年的532 000人", 532000, P, "y90", vt="532 000"),
    F("mat", 20, "比1990年的53.2万人", 53.2e4, P, "y90"),
    F("mat", 2, "the estimated 446,000 maternal deaths", 446000, P, "y00v23", note="2000, 2023 report"),
    F("mat", 7, "the estimated 443,000 maternal deaths in 2000", 443000, P, "y00v25"),
    F("mat", 12, "compared with 451,000 at the turn", 451000, P, "y00v19"),
]
G("mat_deaths", MAT, "Maternal deaths worldwide: 2020 287,000 / 28.7万 (six) vs 029car's 27万; 2016 30.9万 (two) and sulinformacao's '309 deaths' (read as thousands); "
  "2023 260,000 / 26万 (five); 2017 295,000; 2015 303,000 / 30.3万 (seven); 2013 28.9万; 2010 28.7万; 1990 532,000 / 53.2万 (five); "
  "2000 by report vintage 446,000 (2023), 443,000 (2025), 451,000 (2019)",
  "world", "maternal deaths (persons)", "1990-2023",
  "Same year consistent (hedges hold); 27万 against 28.7万 (2020) conflict; '309 deaths' read as 309,000; other years different_basis; "
  "2000 in three report vintages different_basis with conflict as alt.",
  ms, X(ms, DC, ["y00v23"], ["y00v25", "y00v19"]), X(ms, DC, ["y00v25"], ["y00v19"]))

ms = [
    F("mat", 2, "almost 800 maternal deaths every day", 800, P, "y20", q="under"),
    F("mat", 3, "almost 800 deaths a day", 800, P, "y20", q="under"),
    F("mat", 5, "nearly 800 women died every day", 800, P, "y20", q="under"),
    F("mat", 8, "over 700 women died", 700, P, "y23", q="over"),
    F("mat", 16, "每天有700多名妇女", 700, P, "y23", q="over"),
    F("mat", 17, "每天,约有800名妇女", 800, P, "y13", q="approx"),
    F("mat", 17, "全世界每天约有800名妇女", 800, P, "y13", q="approx"),
    F("mat", 21, "全球每天有800名妇女", 800, P, "y10"),
]
G("mat_per_day", MAT, "Maternal deaths a day: 2020 'almost 800' (three); 2023 'over 700' (two); 2013 约800 (two); 2010 800", "world",
  "maternal deaths per day (persons)", "2010-2023", "Same year consistent; years different_basis.", ms)

ms = [F("mat", 2, "1 woman dies every 2 minutes", 2, "minutes", "y20"), F("mat", 3, "a death every 2 minutes", 2, "minutes", "y20"),
      F("mat", 8, "almost every 2 minutes in 2023", 2, "minutes", "y23", q="under")]
G("mat_every_minutes", MAT, "One maternal death every 2 minutes (2020, two; 2023 'almost')", "world", "interval between maternal deaths (minutes)",
  "2020 / 2023", "Same figure; years different_basis.", ms)

ms = [
    F("mat", 2, "about 70 per cent of global maternal deaths", 70.0, PC, "y20", q="approx"),
    F("mat", 4, "about 70% of all maternal deaths", 70.0, PC, "y20", q="approx"),
    F("mat", 14, "约70%的孕产妇死亡", 70.0, PC, "y20", q="approx"),
    F("mat", 8, "around 70% of maternal deaths", 70.0, PC, "y23", q="approx"),
    F("mat", 16, "孕产妇死亡的70%左右", 70.0, PC, "y23", q="approx"),
    F("mat", 18, "仍占全球的约70%", 70.0, PC, "y23", q="approx"),
    F("mat", 11, "(66 percent)", 66.0, PC, "y15"),
    F("mat", 19, "撒哈拉以南非洲地区占大约66%", 66.0, PC, "y15", q="approx"),
    F("mat", 21, "近56%的死亡案例", 56.0, PC, "y10", q="under"),
]
G("mat_ssa_share", MAT, "Sub-Saharan Africa's share of maternal deaths: about 70% (2020, three; 2023, three); 66% (2015, two); 近56% (2010)",
  "sub-Saharan Africa", "share of maternal deaths (percent)", "2010-2023", "Same year consistent; years different_basis.", ms)

ms = [
    F("mat", 2, "accounted for nearly 17 per cent", 17.0, PC, "csa20", q="under", note="Central and Southern Asia"),
    F("mat", 8, "around 17%", 17.0, PC, "sa23", q="approx"),
    F("mat", 16, "南亚约占17%", 17.0, PC, "sa23", q="approx"),
    F("mat", 19, "南亚占22%", 22.0, PC, "sa15"),
    F("mat", 21, "29%发生在南亚地区", 29.0, PC, "sa10"),
]
G("mat_sa_share", MAT, "South Asia's share of maternal deaths: 17% (2023, two; Central and Southern Asia 2020); 22% (2015); 29% (2010)",
  "southern Asia", "share of maternal deaths (percent)", "2010-2023", "Same year and region consistent; otherwise different_basis.", ms)

def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent)."):
    G(gid, topic, desc, subject, metric, period, why, ms)

pairgrp("mat_ssa_sa_deaths", MAT, "Maternal deaths in sub-Saharan Africa and southern Asia 2023: 225 000 / 22.5万", "sub-Saharan Africa and southern Asia",
        "maternal deaths (persons)", "2023", [F("mat", 8, "(225 000)", 225000, P, "a", vt="225 000"), F("mat", 16, "(22.5万)", 22.5e4, P, "a")])
pairgrp("mat_ssa_deaths", MAT, "Maternal deaths in sub-Saharan Africa 2023: 182 000 / 18.2万", "sub-Saharan Africa", "maternal deaths (persons)", "2023",
        [F("mat", 8, "(182 000)", 182000, P, "a", vt="182 000"), F("mat", 16, "(18.2万)", 18.2e4, P, "a")])
pairgrp("mat_sa_deaths", MAT, "Maternal deaths in southern Asia 2023: 43 000 / 4.3万", "southern Asia", "maternal deaths (persons)", "2023",
        [F("mat", 8, "(43 000)", 43000, P, "a", vt="43 000"), F("mat", 16, "(4.3万)", 4.3e4, P, "a")])
pairgrp("mat_ssa_sa_share", MAT, "Share of maternal deaths in sub-Saharan Africa and southern Asia 2023: around 87% (two)", "sub-Saharan Africa and southern Asia",
        "share of maternal deaths (percent)", "2023", [F("mat", 8, "around 87%", 87.0, PC, "a", q="approx"), F("mat", 16, "87%左右", 87.0, PC, "a", q="approx")])
pairgrp("mat_lmic_share", MAT, "Share of maternal deaths in low- and lower-middle-income countries 2023: 92% and 'just over 90%' (two each)", "low- and lower-middle-income countries",
        "share of maternal deaths (percent)", "2023",
        [F("mat", 8, "Approximately 92%", 92.0, PC, "a", q="approx"), F("mat", 16, "约有92%", 92.0, PC, "a", q="approx"),
         F("mat", 8, "Just over 90%", 90.0, PC, "a", q="over"), F("mat", 16, "超过90%发生在", 90.0, PC, "a", q="over")],
        why="92% and 'over 90%' agree (the bound holds).")
pairgrp("mat_ee_fall", MAT, "Fall in the MMR of eastern Europe 2000-2023: 75% (two)", "eastern Europe", "decline in maternal mortality ratio (percent)", "2000-2023",
        [F("mat", 8, "a decline of 75%", 75.0, PC, "a"), F("mat", 16, "分别下降了75%", 75.0, PC, "a")])
pairgrp("mat_sa_fall", MAT, "Fall in the MMR of southern Asia 2000-2023: 71% (two)", "southern Asia", "decline in maternal mortality ratio (percent)", "2000-2023",
        [F("mat", 8, "and 71% (from", 71.0, PC, "a"), F("mat", 16, "和71%(每10万", 71.0, PC, "a")])
pairgrp("mat_sa_mmr", MAT, "Southern Asia's MMR: 405 (2000) and 117 (2023), two each", "southern Asia", "maternal mortality ratio", "2000 / 2023",
        [F("mat", 8, "MMR of 405", 405, MMR, "y00"), F("mat", 16, "人数从405", 405, MMR, "y00"),
         F("mat", 8, "down to 117", 117, MMR, "y23"), F("mat", 16, "降至117", 117, MMR, "y23")], why="Same year consistent; years different_basis.")

ms = [
    F("mat", 6, "decreased by 40% globally", 40.0, PC, "a"),
    F("mat", 7, "Maternal deaths fell 40% globally", 40.0, PC, "a"),
    F("mat", 7, "declined 40% between 2000 and 2023 as access", 40.0, PC, "a", nth=1),
    F("mat", 7, "Maternal deaths declined 40% across", 40.0, PC, "a"),
    F("mat", 7, "declined 40% between 2000 and 2023 as access", 40.0, PC, "a", nth=2),
    F("mat", 8, "dropped by about 40% worldwide", 40.0, PC, "a", q="approx"),
    F("mat", 16, "下降约40%", 40.0, PC, "a", q="approx"),
    F("mat", 18, "间全球孕产妇死亡率下降40%", 40.0, PC, "a"),
    F("mat", 18, "全球孕产妇死亡率下降了40%", 40.0, PC, "a"),
    F("mat", 5, "fell by 34.3%", 34.3, PC, "y0020"),
]
G("mat_fall_since_2000", MAT, "Fall in maternal mortality 2000-2023: 40% (nine); 2000-2020: 34.3%", "world", "decline in maternal mortality (percent)",
  "2000-2023", "Same span consistent; the 2000-2020 span different_basis.", ms)

ms = [
    F("mat", 9, "The 44% drop in maternal mortality rates", 44.0, PC, "ratio"),
    F("mat", 11, "has fallen by 44 percent since 1990", 44.0, PC, "ratio"),
    F("mat", 13, "ratio fell by 44 per cent", 44.0, PC, "ratio"),
    F("mat", 19, "下降了近44%", 44.0, PC, "ratio", q="under"),
    F("mat", 20, "死亡率下降了44%", 44.0, PC, "ratio"),
    F("mat", 10, "maternal death had dropped 43 percent", 43.0, PC, "count"),
    F("mat", 10, "was down 43 percent", 43.0, PC, "count"),
    F("mat", 19, "人数降低43%", 43.0, PC, "count"),
    F("mat", 20, "下降了44%,即", 44.0, PC, "count", note="the number of deaths, as written"),
    F("mat", 22, "死亡人數減少44%", 44.0, PC, "count"),
]
G("mat_fall_1990_2015", MAT, "Fall 1990-2015: the ratio 44% (five); the number of deaths 43% (three) vs baonghean's and UNFPA's op-ed's 44%",
  "world", "decline in maternal mortality 1990-2015 (percent)", "1990-2015",
  "Ratio and count are different measures (different_basis); 44% given for the count against 43% conflict.", ms)

ms = [F("mat", 17, "下降了近50%", 50.0, PC, "a", q="under"), F("mat", 17, "世界各地的孕产妇死亡率下降了45%", 45.0, PC, "a")]
G("mat_fall_1990_2013", MAT, "Fall in the MMR 1990-2013 (2014 fact sheet): 近50% and 45%", "world", "decline in maternal mortality ratio (percent)", "1990-2013",
  "The hedge holds 45% (consistent).", ms)

ms = [
    F("mat", 10, "about 216 maternal deaths", 216, MMR, "y15"),
    F("mat", 11, "ratio (MMR) of 216", 216, MMR, "y15"),
    F("mat", 13, "ratio of 216 maternal deaths", 216, MMR, "y15"),
    F("mat", 19, "2015年的216", 216, MMR, "y15"),
    F("mat", 19, "十万分之216,是", 216, MMR, "y15"),
    F("mat", 20, "25年后的十万分之216", 216, MMR, "y15"),
    F("mat", 10, "down from 385 in 1990", 385, MMR, "y90"),
    F("mat", 11, "down from 385 in 1990", 385, MMR, "y90"),
    F("mat", 13, "down from 385 in 1990", 385, MMR, "y90"),
    F("mat", 19, "从1990年的385", 385, MMR, "y90"),
    F("mat", 20, "1990年的十万分之385", 385, MMR, "y90"),
    F("mat", 5, "to 223 maternal deaths in 2020", 223, MMR, "y20"),
    F("mat", 12, "now stands at 211", 211, MMR, "y17"),
    F("mat", 5, "from 339 maternal deaths", 339, MMR, "y00v23"),
    F("mat", 12, "compared with 342 in 2000", 342, MMR, "y00v19"),
    F("mat", 6, "from 328 deaths per 100,000", 328, MMR, "y00v25"),
]
G("mat_mmr", MAT, "Global maternal mortality ratio per 100,000 live births: 2015 216 (six); 1990 385 (five); 2020 223; 2017 211; 2000 by vintage 339 (2023), "
  "342 (2019), 328 (2025)", "world", "maternal mortality ratio", "1990-2020",
  "Same year consistent; years different_basis; 2000 in three vintages different_basis with conflict as alt.", ms,
  X(ms, DC, ["y00v23"], ["y00v19", "y00v25"]), X(ms, DC, ["y00v19"], ["y00v25"]))

ms = [F("mat", 9, "from 95 to", 95, MMR, "y90"), F("mat", 10, "from 90 deaths per 100,000", 90, MMR, "y90"),
      F("mat", 20, "从十万分之95", 95, MMR, "y90"),
      F("mat", 9, "27 deaths per 100,000", 27, MMR, "y15"), F("mat", 10, "only 27 per 100,000", 27, MMR, "y15"),
      F("mat", 20, "十万分之27", 27, MMR, "y15"), F("mat", 19, "是27,这也就是", 27, MMR, "y15")]
G("mat_east_asia", MAT, "Eastern Asia's MMR: 1990 95 (two) vs easternmorningherald's 90; 2015 27 (four)", "eastern Asia", "maternal mortality ratio",
  "1990 / 2015", "90 against 95 conflict; same year otherwise consistent; years different_basis.", ms, cross([2], [1, 3], C))

ms = [F("mat", 6, "to less than 70 by 2030", 70, MMR, "a", q="under"), F("mat", 9, "set at 70 deaths per 100,000", 70, MMR, "a"),
      F("mat", 20, "每10万新生儿70例以下", 70, MMR, "a", q="under"),
      F("mat", 10, "less than 60 per 100,000", 60, MMR, "a", q="under")]
G("mat_sdg_target", MAT, "SDG target for the global MMR by 2030: under 70 (three) vs easternmorningherald's 'less than 60'", "world", "SDG 3.1 target (per 100,000 live births)",
  "2030", "60 against 70 conflict.", ms, cross([4], [1, 2, 3], C))

ms = [F("mat", 9, "99% of maternal deaths", 99.0, PC, "y15"), F("mat", 11, "about 99 percent", 99.0, PC, "y15", q="approx"),
      F("mat", 19, "孕产妇死亡占全球约99%", 99.0, PC, "y15", q="approx"), F("mat", 20, "99%的死亡发生在", 99.0, PC, "y15"),
      F("mat", 17, "所有孕产妇死亡有99%发生", 99.0, PC, "y13"), F("mat", 17, "(99%)", 99.0, PC, "y13"),
      F("mat", 21, "超过99%的产妇", 99.0, PC, "y10", q="over"), F("mat", 21, "其中99%以上", 99.0, PC, "y10", q="at_least")]
G("mat_developing_share", MAT, "Share of maternal deaths in developing countries: 99% (2015, four; 2013, two; 2010 'over 99%', two)", "developing countries",
  "share of maternal deaths (percent)", "2010-2015", "Same year consistent; years different_basis.", ms)

ms = [F("mat", 10, "by at least 75 percent by 2015", 75.0, PC, "a", q="at_least"), F("mat", 11, "by at least 75 percent between", 75.0, PC, "a", q="at_least"),
      F("mat", 20, "的人数减少75%", 75.0, PC, "a"), F("mat", 22, "死亡率降低75%", 75.0, PC, "a")]
G("mat_mdg_target", MAT, "MDG 5 target: cut maternal mortality by three quarters 1990-2015 (75%, four)", "world", "MDG 5 target (percent)", "1990-2015",
  "Same figure.", ms)
pairgrp("mat_mdg_countries", MAT, "Countries that met the MDG 5 target: 9 (two)", "world", "countries meeting MDG 5", "2015",
        [F("mat", 11, "only 9 countries achieved", 9, CNT, "a"), F("mat", 20, "只有9个国家", 9, CNT, "a")])
pairgrp("mat_europe_na_rise", MAT, "Rise in the MMR of Europe and Northern America 2016-2020: 17% (two)", "Europe and Northern America",
        "increase in maternal mortality ratio (percent)", "2016-2020", [F("mat", 1, "increased by 17% from 2016", 17.0, PC, "a"), F("mat", 4, "by 17%", 17.0, PC, "a")])
pairgrp("mat_lac_rise", MAT, "Rise in the MMR of Latin America and the Caribbean 2016-2020: 15% (two)", "Latin America and the Caribbean",
        "increase in maternal mortality ratio (percent)", "2016-2020", [F("mat", 1, "they increased by 15%", 15.0, PC, "a"), F("mat", 4, "15%, respectively", 15.0, PC, "a")])
pairgrp("mat_countries", MAT, "Countries and territories covered: 185 (2023 report), 195 (2025 report)", "MMEIG", "countries covered", "2023 / 2025",
        [F("mat", 1, "185 countries and territories", 185, CNT, "v23"), F("mat", 7, "195 countries and territories", 195, CNT, "v25")],
        why="Different reports (different_basis).")

S("mat", 1, "rose in 17 countries", value=17, unit=CNT)
S("mat", 1, "25% of maternal deaths in the U.S.", value=25.0, unit=PC)
S("mat", 3, "increased by 75 percent", value=75.0, unit=PC)
S("mat", 3, "roughly 12 maternal deaths", value=12, unit=MMR, q="approx")
S("mat", 3, "to 21 maternal deaths", value=21, unit=MMR)
S("mat", 5, "largest decline of 95.5%", value=95.5, unit=PC)
S("mat", 5, "by 35%", value=35.0, unit=PC)
S("mat", 5, "South Asia by 16%", value=16.0, unit=PC)
S("mat", 7, "$8 million", value=8e6, unit=USD)
S("mat", 10, "Less than 10 countries", value=10, unit=CNT, q="under")
S("mat", 10, "by 78 percent to 90 percent", vt="78 percent to 90 percent", value=[78.0, 90.0], unit=PC)
S("mat", 10, "about 7.5 percent per year", value=7.5, unit=PC, q="approx")
S("mat", 10, "the 2.3 percent pace", value=2.3, unit=PC)
S("mat", 13, "from 918 maternal deaths", value=918, unit=MMR)
S("mat", 13, "to 407 per 100,000", value=407, unit=MMR)
S("mat", 13, "a drop of 56 per cent", value=56.0, unit=PC)
S("mat", 13, "a 1:52 lifetime risk", vt="1:52", value=52, unit=R1)
S("mat", 14, "9个国家中", value=9, unit=CNT)
S("mat", 14, "超过100万孕产妇", value=100e4, unit=P, q="over")
pairgrp("mat_ssa_fall", MAT, "Fall in the MMR of sub-Saharan Africa 2000-2023: 40% (two)", "sub-Saharan Africa", "decline in maternal mortality ratio (percent)", "2000-2023",
        [F("mat", 8, "reduction in MMR of 40%", 40.0, PC, "a"), F("mat", 16, "也大幅降低了40%", 40.0, PC, "a")])
pairgrp("mat_ssa_mmr", MAT, "Sub-Saharan Africa's MMR: 545 (2020), 546 (2015)", "sub-Saharan Africa", "maternal mortality ratio", "2015 / 2020",
        [F("mat", 3, "545 maternal deaths", 545, MMR, "y20"), F("mat", 19, "地区高达546", 546, MMR, "y15")], why="Different years (different_basis).")
S("mat", 16, "每10万活产346例", value=346, unit=MMR)
S("mat", 16, "每10万活产10例", value=10, unit=MMR)
S("mat", 17, "每年仅下降2.6%", value=2.6, unit=PC)
S("mat", 17, "5.5%的年降低率", value=5.5, unit=PC)
S("mat", 19, "从1990年的1:73", vt="1:73", value=73, unit=R1)
S("mat", 19, "2015年的1:180", vt="1:180", value=180, unit=R1)
S("mat", 19, "十万分之106", value=106, unit="per_100k_people")
S("mat", 19, "累及占去接近90%", value=90.0, unit=PC, q="under")
S("mat", 19, "发达地区仅有12/10万", vt="12", value=12, unit=MMR)
S("mat", 19, "发展中地区平均239", value=239, unit=MMR)
S("mat", 19, "546换算成百分比是0.546%", vt="0.546%", value=0.546, unit=PC)
S("mat", 20, "(下降了近72%)", value=72.0, unit=PC, q="under")
S("mat", 20, "已下降了近45%", value=45.0, unit=PC, q="under")
S("mat", 21, "达到了500/100000", vt="500", value=500, unit=MMR)
S("mat", 21, "南亚地区,220/100000", vt="220", value=220, unit=MMR)
S("mat", 21, "约占全球总数的85%", value=85.0, unit=PC, q="approx")
S("mat", 22, "短缺90萬名助產士", value=90e4, unit=P)
S("mat", 22, "超過60%的意外懷孕", value=60.0, unit=PC, q="over")
S("mat", 22, "約有45%的墮胎", value=45.0, unit=PC, q="approx")
NC("mat", 5, " date 2023-02-23", "date")
NC("mat", 5, "GENEVA, FEBRUARY 23", "dateline")
NC("mat", 7, "April 09, 2025", "date")
NC("mat", 7, "3 min read", "duration")
NC("mat", 7, "over 1,000 maternal deaths per 100,000", "threshold")
NC("mat", 7, "less than 20 maternal deaths per 100,000", "threshold")
NC("mat", 11, "Geneva, Nov 12", "dateline")
NC("mat", 11, "over the next 15 years", "duration")
NC("mat", 12, "T: 01243 786993", "phone_number")
NC("mat", 12, "October 1, 2019", "date")
NC("mat", 13, "Trends in Maternal Mortality: 1990 to 2015", "report_title")
NC("mat", 14, "环球时报 2023-02-24 09:13", "date")
NC("mat", 15, "发布时间:2023-02-24 09:03:46", "date")
NC("mat", 15, "导读联合国新闻2月23日消息", "date")
NC("mat", 17, "实况报道 第348号", "fact_sheet_number")
NC("mat", 17, "2014年5月", "date")
S("mat", 17, "通过的8个千年发展目标", value=8, unit=CNT)
NC("mat", 18, "发布时间:2025-04-07 23:38:00", "date")
NC("mat", 18, "0次浏览", "view_count")
NC("mat", 18, "新华社日内瓦4月7日电", "dateline")
NC("mat", 19, "20~40岁", "age_band")
NC("mat", 20, "联合国11月12日发布", "date")
NC("mat", 21, "5月 2012", "date")
NC("mat", 22, "2004年南亞大海嘯", "date")
NC("mat", 22, "2010年海地大地震", "date")

# ============================================================ out-of-school children (UNESCO UIS / GEM)
ms = [
    F("sch", 1, "figures show 244 million", 244e6, P, "y21"),
    F("sch", 1, "methodology, 244 million children", 244e6, P, "y21"),
    F("sch", 2, "*244m children", 244e6, P, "y21", vt="244m", step=1e6),
    F("sch", 2, "that 244 million children and youth aged", 244e6, P, "y21"),
    F("sch", 3, "announced that 244 million children", 244e6, P, "y21"),
    F("sch", 3, "Of the 244 million out-of-school", 244e6, P, "y21"),
    F("sch", 5, "244 million of children are still", 244e6, P, "y21", note="the Director-General's 2022 statement, quoted in 2023"),
    F("sch", 4, "250 million children now out of school", 250e6, P, "y23"),
    F("sch", 4, "bringing the total to 250 million", 250e6, P, "y23"),
    F("sch", 5, "now totaling 250 million", 250e6, P, "y23"),
    F("sch", 6, "a total of 250 million", 250e6, P, "y23"),
    F("sch", 16, "全球有超过2.5亿学龄儿童失学,我们", 2.5e8, P, "y23", q="over"),
    F("sch", 16, "目前,全球有超过2.5亿", 2.5e8, P, "y23", q="over"),
    F("sch", 18, "全球有2.5亿少年儿童失学", 2.5e8, P, "y23"),
    F("sch", 7, "251 million children and youth remain", 251e6, P, "y24"),
    F("sch", 14, "报告:全球仍有2.51亿", 2.51e8, P, "y24"),
    F("sch", 14, "仍有2.51亿学龄人口失学。", 2.51e8, P, "y24"),
    F("sch", 14, "致使2.51亿学龄人口失学", 2.51e8, P, "y24"),
    F("sch", 19, "致使2.51億學齡人口失學", 2.51e8, P, "y24"),
    F("sch", 8, "272 million kids worldwide", 272e6, P, "y25"),
    F("sch", 8, "Over 272 million children across", 272e6, P, "y25", q="over"),
    F("sch", 8, "over 272 million children out of school by 2025", 272e6, P, "y25", q="over"),
    F("sch", 8, "over 272 million children worldwide are", 272e6, P, "y25", q="over"),
    F("sch", 9, "Over 272 Million Children", 272e6, P, "y25", q="over", vt="272 Million", step=1e6, nth=1),
    F("sch", 9, "Over 272 Million Children", 272e6, P, "y25", q="over", vt="272 Million", step=1e6, nth=2),
    F("sch", 9, "more than 272 million children and youth", 272e6, P, "y25", q="over"),
    F("sch", 10, "258m remained out of school", 258e6, P, "y18", vt="258m", step=1e6),
    F("sch", 10, "roughly 258 million children", 258e6, P, "y18", q="approx"),
    F("sch", 11, "About 258 million children and youth", 258e6, P, "y18", q="approx"),
    F("sch", 15, "全球仍有约2.58亿", 2.58e8, P, "y18", q="approx"),
    F("sch", 20, "2018年仍有約2.6億兒童失學", 2.6e8, P, "y18", q="approx"),
    F("sch", 12, "About 262 million children and youth", 262e6, P, "y17", q="approx"),
    F("sch", 12, "still about 262 million", 262e6, P, "y17", q="approx"),
    F("sch", 13, "About 263 million children", 263e6, P, "y16", q="approx"),
    F("sch", 21, "全球2.64億兒童無法上學", 2.64e8, P, "gem17", note="GEM 2017/8 report"),
    F("sch", 21, "全球2.64億6歲至17歲", 2.64e8, P, "gem17"),
    F("sch", 22, "全球共有3.03億", 3.03e8, P, "unicef", note="UNICEF, ages 5-17"),
    F("sch", 3, "more than 400 million children were not enrolled", 400e6, P, "y00", q="over"),
]
G("sch_out_of_school", SCH, "Children and youth out of school worldwide: 244 million (2021 data, Sept 2022; seven); 250 million / 2.5亿 (Sept 2023; seven); "
  "251 million / 2.51亿 (GEM Oct 2024; five); 272 million (June 2025; seven); 258 million / 约2.6億 (2018; five); 262 million (2017, two); "
  "263 million (2016); GEM 2017/8 2.64億 (two); UNICEF's 3.03億 (ages 5-17); over 400 million (2000)", "world",
  "children and youth out of school (persons)", "2000-2025",
  "Same release consistent (hedges hold); each release / year / body different_basis.", ms)

pairgrp("sch_ssa", SCH, "Out-of-school children in sub-Saharan Africa (2021): 98 million (three)", "sub-Saharan Africa", "children out of school (persons)", "2021",
        [F("sch", 1, "with 98 million children", 98e6, P, "a"), F("sch", 2, "atv98 million", 98e6, P, "a"), F("sch", 3, "98 million, making up", 98e6, P, "a")])
pairgrp("sch_csa", SCH, "Out-of-school children in Central and Southern Asia (2021): 85 million (two)", "Central and Southern Asia", "children out of school (persons)", "2021",
        [F("sch", 1, "Southern Asia with 85 million", 85e6, P, "a"), F("sch", 2, "Southern Asia with 85 million", 85e6, P, "a")])
pairgrp("sch_nigeria", SCH, "Out-of-school children in Nigeria (2021): 20 million (thisdaylive) vs 20.2 million (tellerreport)", "Nigeria", "children out of school (persons)", "2021",
        [F("sch", 2, "in Nigeria at 20 million", 20e6, P, "a"), F("sch", 3, "Nigeria (20.2 million)", 20.2e6, P, "a")], why="20 million rounds 20.2 million (rounding).")
ms = [F("sch", 5, "6 million out-of-school children since 2021", 6e6, P, "a"), F("sch", 5, "increase of 6 million out-of-school", 6e6, P, "a"),
      F("sch", 5, "with a 6 million increase", 6e6, P, "a"), F("sch", 6, "education has increased by 6 million", 6e6, P, "a"),
      F("sch", 6, "school has increased by 6 million", 6e6, P, "a"), F("sch", 6, "has risen by 6 million since 2021", 6e6, P, "a")]
pairgrp("sch_rise_2021_2023", SCH, "Rise in out-of-school children since 2021 (Sept 2023): 6 million (six)", "world", "increase in children out of school (persons)", "2021-2023", ms)
pairgrp("sch_58m", SCH, "Children who would be in school if countries were on track with SDG 4 targets: 58 million (two)", "world", "children (persons)", "2023",
        [F("sch", 4, "58 million more children", 58e6, P, "a"), F("sch", 5, "58 million additional students", 58e6, P, "a")])
pairgrp("sch_teachers", SCH, "Primary teachers who would have been trained: at least 1.7 million (two)", "world", "teachers (persons)", "2023",
        [F("sch", 4, "at least 1.7 million more primary", 1.7e6, P, "a", q="at_least"), F("sch", 5, "at least 1.7 million more trained", 1.7e6, P, "a", q="at_least")])
pairgrp("sch_141", SCH, "Countries that committed at the Transforming Education Summit: 141 (two)", "world", "countries", "2022",
        [F("sch", 4, "141 countries committed", 141, CNT, "a"), F("sch", 5, "141 nations pledged", 141, CNT, "a")])
ms = [F("sch", 8, "(78 million)", 78e6, P, "y25"), F("sch", 9, ": 78 million", 78e6, P, "y25"),
      F("sch", 11, "59 million children of primary", 59e6, P, "y18"), F("sch", 12, "64 million children of primary", 64e6, P, "y17"),
      F("sch", 13, "63 million children of primary", 63e6, P, "y16"),
      F("sch", 21, "超過6000萬小學適齡兒童", 6000e4, P, "gem17", q="over"), F("sch", 21, "其中包括6100萬小學", 6100e4, P, "gem17")]
pairgrp("sch_primary", SCH, "Out-of-school children of primary age: 78 million (2025, two); 59 million (2018); 64 million (2017); 63 million (2016); GEM 2017/8 6100萬 / 'over 6000萬'",
        "world", "children of primary age out of school (persons)", "2016-2025", ms, why="Same year consistent (the bound holds); years different_basis.")
ms = [F("sch", 8, "(64 million)", 64e6, P, "y25"), F("sch", 9, ": 64 million", 64e6, P, "y25"),
      F("sch", 11, "62 million of lower", 62e6, P, "y18"), F("sch", 12, "61 million of lower", 61e6, P, "y17"), F("sch", 13, "61 million of lower", 61e6, P, "y16")]
pairgrp("sch_lower_secondary", SCH, "Out-of-school adolescents of lower-secondary age: 64 million (2025, two); 62 million (2018); 61 million (2017, 2016)", "world",
        "adolescents of lower-secondary age out of school (persons)", "2016-2025", ms, why="Same year consistent; years different_basis.")
ms = [F("sch", 9, ": 130 million", 130e6, P, "y25"), F("sch", 11, "138 million of upper", 138e6, P, "y18"),
      F("sch", 12, "138 million of upper", 138e6, P, "y17"), F("sch", 13, "139 million of upper", 139e6, P, "y16")]
pairgrp("sch_upper_secondary", SCH, "Out-of-school youth of upper-secondary age: 130 million (2025); 138 million (2018, 2017); 139 million (2016)", "world",
        "youth of upper-secondary age out of school (persons)", "2016-2025", ms, why="Years different_basis.")
pairgrp("sch_primary_rate", SCH, "Share of primary-age children out of school (2025): 11% (two)", "world", "out-of-school rate, primary age (percent)", "2025",
        [F("sch", 8, "11% of children at the primary", 11.0, PC, "a"), F("sch", 9, "(11%)", 11.0, PC, "a")])
pairgrp("sch_lower_secondary_rate", SCH, "Share of lower-secondary-age adolescents out of school (2025): 15% (two)", "world", "out-of-school rate, lower-secondary age (percent)", "2025",
        [F("sch", 8, "15% of lower secondary", 15.0, PC, "a"), F("sch", 9, "(15%)", 15.0, PC, "a")])
pairgrp("sch_rise_2025", SCH, "Rise over the previous estimate (June 2025): over 21 million (two)", "world", "increase in children out of school (persons)", "2025",
        [F("sch", 8, "increase of more than 21 million", 21e6, P, "a", q="over"), F("sch", 9, "a rise of over 21 million", 21e6, P, "a", q="over")])
pairgrp("sch_target_gap", SCH, "Shortfall against national targets by 2025: 75 million (two)", "world", "shortfall (persons)", "2025",
        [F("sch", 8, "targets of 75 million students", 75e6, P, "a"), F("sch", 9, "by 75 million students", 75e6, P, "a")])
pairgrp("sch_population_revision", SCH, "Out-of-school children added by the population revision: 13 million (two)", "world", "children (persons)", "2025",
        [F("sch", 8, "add another 13 million", 13e6, P, "a"), F("sch", 9, "accounting for 13 million more", 13e6, P, "a")])
pairgrp("sch_new_data", SCH, "Out-of-school children added by new enrolment data: 8 million (two)", "world", "children (persons)", "2025",
        [F("sch", 8, "adds 8 million", 8e6, P, "a"), F("sch", 9, "added 8 million", 8e6, P, "a")])
pairgrp("sch_low_income_primary", SCH, "Primary-age children out of school in low-income countries (2018): 19% (two)", "low-income countries", "out-of-school rate (percent)", "2018",
        [F("sch", 10, "19 per cent of primary-age", 19.0, PC, "a"), F("sch", 15, "19%的小学年龄段", 19.0, PC, "a")])
pairgrp("sch_high_income_primary", SCH, "Primary-age children out of school in high-income countries (2018): 2% (two)", "high-income countries", "out-of-school rate (percent)", "2018",
        [F("sch", 10, "just 2pc", 2.0, PC, "a"), F("sch", 15, "只有2%", 2.0, PC, "a")])
pairgrp("sch_low_income_youth", SCH, "Youth aged 15-17 out of school in low-income countries (2018): about 61% (two)", "low-income countries", "out-of-school rate (percent)", "2018",
        [F("sch", 10, "About 61pc", 61.0, PC, "a", q="approx"), F("sch", 15, "约有61%", 61.0, PC, "a", q="approx")])
pairgrp("sch_high_income_youth", SCH, "Youth aged 15-17 out of school in high-income countries (2018): 8% (two)", "high-income countries", "out-of-school rate (percent)", "2018",
        [F("sch", 10, "compared to 8pc", 8.0, PC, "a"), F("sch", 15, "则为8%", 8.0, PC, "a")])
pairgrp("sch_low_income_rate", SCH, "School-age children and youth out of school in low-income countries: 33% (three)", "low-income countries", "out-of-school rate (percent)", "2023-2024",
        [F("sch", 14, "低收入国家有33%", 33.0, PC, "a"), F("sch", 16, "这一比例高达33%", 33.0, PC, "a"), F("sch", 19, "低收入國家有33%", 33.0, PC, "a")])
pairgrp("sch_high_income_rate", SCH, "School-age children and youth out of school in high-income countries: 3% (two)", "high-income countries", "out-of-school rate (percent)", "2023-2024",
        [F("sch", 16, "仅有3%的儿童", 3.0, PC, "a"), F("sch", 19, "比例僅為3%", 3.0, PC, "a")])
pairgrp("sch_enrolment_rise", SCH, "More children and youth in school since 2015 (GEM 2024): 1.1亿 (two)", "world", "increase in enrolment (persons)", "2015-2024",
        [F("sch", 14, "增加了1.1亿", 1.1e8, P, "a"), F("sch", 19, "增加了1.1億", 1.1e8, P, "a")])
pairgrp("sch_completers_rise", SCH, "More adolescents completing secondary school than in 2015: 4000万 (two)", "world", "increase in completers (persons)", "2015-2024",
        [F("sch", 14, "增加了4000万人", 4000e4, P, "a"), F("sch", 19, "增加了4000萬", 4000e4, P, "a")])
ms = [F("sch", 14, "失学人口仅减少1%,全球", 1.0, PC, "a"), F("sch", 14, "同期失学人口仅减少1%", 1.0, PC, "a"),
      F("sch", 19, "失學人口僅減少1%,且", 1.0, PC, "a"), F("sch", 19, "同期失學人口僅減少1%", 1.0, PC, "a")]
pairgrp("sch_fall_since_2015", SCH, "Fall in the out-of-school population since 2015 (GEM 2024): 1% (four)", "world", "decline in children out of school (percent)", "2015-2024", ms)
pairgrp("sch_budget_share", SCH, "Countries' education spending as a share of public spending, threshold 15% (two)", "world", "share of public spending (percent)", "2024",
        [F("sch", 14, "总额比例不到15%", 15.0, PC, "a", q="under"), F("sch", 19, "總額比例不到15%", 15.0, PC, "a", q="under")])
pairgrp("sch_gdp_share", SCH, "Countries' education spending as a share of GDP, threshold 4% (two)", "world", "share of GDP (percent)", "2024",
        [F("sch", 14, "占国内生产总值不到4%", 4.0, PC, "a", q="under"), F("sch", 19, "(GDP)不到4%", 4.0, PC, "a", q="under")])
pairgrp("sch_cost", SCH, "Yearly cost of out-of-school and under-educated children by 2030: 10万亿美元 (two)", "world", "economic loss (USD a year)", "2030",
        [F("sch", 18, "每年10万亿美元", 10e12, USD, "a"), F("sch", 19, "每年10萬億美元", 10e12, USD, "a")])
pairgrp("sch_never_school", SCH, "Primary-age children who will never set foot in school (2019 release): 12 million / 1200万", "world", "children (persons)", "2018",
        [F("sch", 10, "12m primary school-age", 12e6, P, "a", vt="12m", step=1e6), F("sch", 15, "1200万小学适龄儿童", 1200e4, P, "a")])

S("sch", 3, "40% of the total", value=40.0, unit=PC)
S("sch", 3, "Ethiopia (10.5)", vt="10.5", value=10.5e6, unit=P, note="in millions")
S("sch", 3, "Congo (5.9)", vt="5.9", value=5.9e6, unit=P, note="in millions")
S("sch", 3, "Kenya (1.8)", vt="1.8", value=1.8e6, unit=P, note="in millions")
S("sch", 3, "(+2.5% in primary", vt="+2.5%", value=2.5, unit=PC)
S("sch", 3, "+3.9 in complementary", vt="+3.9", value=3.9, unit=PC, note="written without %")
S("sch", 5, "with 80% of them", value=80.0, unit=PC)
S("sch", 5, "70% pledging", value=70.0, unit=PC)
S("sch", 5, "25% vowing", value=25.0, unit=PC)
S("sch", 6, "to 87 percent", value=87.0, unit=PC)
S("sch", 6, "to 58 percent", value=58.0, unit=PC)
S("sch", 6, "less than 3 percentage points", value=3.0, unit=PP, q="under")
S("sch", 6, "less than 5 percentage points", value=5.0, unit=PP, q="under")
S("sch", 6, "declined by 10 percent", value=10.0, unit=PC)
S("sch", 6, "enroll 1.4 million people", value=1.4e6, unit=P)
S("sch", 9, "by 49 million", value=49e6, unit=P)
S("sch", 9, "(a 3.1% rise)", value=3.1, unit=PC)
S("sch", 9, "(31%)", value=31.0, unit=PC)
S("sch", 12, "At least 2.2 million children", value=2.2e6, unit=P, q="at_least")
pairgrp("sch_disability_countries", SCH, "Countries in the UIS paper on education and disability: 49 (two)", "UIS", "countries analysed", "2018",
        [F("sch", 12, "for 49 countries", 49, CNT, "a"), F("sch", 13, "for 49 countries", 49, CNT, "a")])
S("sch", 15, "仅60%的青少年", value=60.0, unit=PC)
S("sch", 15, "900万小学学龄段女孩", value=900e4, unit=P)
S("sch", 15, "约为300万", value=300e4, unit=P, q="approx")
S("sch", 15, "有400万生活在", value=400e4, unit=P)
S("sch", 16, "在全球79个最贫困的国家", value=79, unit=CNT)
S("sch", 16, "约1000亿美元", value=1000e8, unit=USD, q="approx")
S("sch", 17, "从1.07亿人", value=1.07e8, unit=P, note="primary age, 1999")
S("sch", 17, "下降到5700万人", value=5700e4, unit=P, note="primary age, 2011")
S("sch", 17, "在204个国家和地区中", value=204, unit=CNT)
S("sch", 17, "有147个国家公布", value=147, unit=CNT)
S("sch", 17, "其余57个没有公布", value=57, unit=CNT)
S("sch", 17, "14个国家的失学儿童人数", value=14, unit=CNT)
S("sch", 17, "在100万人以上", value=100e4, unit=P, q="at_least")
S("sch", 18, "比例降低10%", value=10.0, unit=PC)
S("sch", 18, "提高1%至2%", vt="1%至2%", value=[1.0, 2.0], unit=PC)
S("sch", 20, "91%以上的學生", value=91.0, unit=PC, q="at_least")
S("sch", 20, "近16億兒童和青年失學", value=16e8, unit=P, q="under")
S("sch", 20, "約有3.69億", value=3.69e8, unit=P, q="approx")
S("sch", 21, "小學畢業率為83%", value=83.0, unit=PC)
S("sch", 21, "初中69%", value=69.0, unit=PC)
S("sch", 21, "降至45%", value=45.0, unit=PC)
S("sch", 21, "只有17%的國家", value=17.0, unit=PC)
S("sch", 21, "66%的國家", value=66.0, unit=PC)
S("sch", 21, "生產總值的4,7%", vt="4,7%", value=4.7, unit=PC, note="decimal comma")
S("sch", 21, "公共財政的14,1%", vt="14,1%", value=14.1, unit=PC, note="decimal comma")
S("sch", 21, "還有390億美元的缺口", value=390e8, unit=USD)
S("sch", 22, "達1.04億人", value=1.04e8, unit=P)
S("sch", 22, "不到4%的人道主義", value=4.0, unit=PC, q="under")
S("sch", 22, "增加到13億以上", value=13e8, unit=P, q="at_least")
NC("sch", 1, "Paris, August 31, 2022", "dateline")
NC("sch", 1, "between the ages of 6 and 18", "age_band")
NC("sch", 2, " date 2022-09-02", "date")
NC("sch", 3, "aged 6-18", "age_band")
NC("sch", 5, "Geneva, 19 September 2023", "dateline")
NC("sch", 5, "71", "comment_count", nth=1)
NC("sch", 6, "Monitoring Report 2023", "report_title")
NC("sch", 8, "between 6 to 17 years old", "age_band")
NC("sch", 9, "New Delhi, June 15", "dateline")
NC("sch", 9, "(ages 12–14)", "age_band")
NC("sch", 9, "(ages 15–17)", "age_band")
NC("sch", 10, "Today's Paper | April 29, 2024", "date")
NC("sch", 10, "Published 16 Sep, 2019 06:55am", "date")
NC("sch", 10, "Published in Dawn, September 16th, 2019", "date")
NC("sch", 10, "aged 6 to 17 years", "age_band")
NC("sch", 11, "22/09/2021", "date")
NC("sch", 11, "08/07/2021", "date")
NC("sch", 13, "28/03/2018", "date")
NC("sch", 13, "07/11/2017", "date")
NC("sch", 13, "for reference year 2016", "date")
NC("sch", 14, "2024-11-01 17:10:47", "date")
NC("sch", 14, "当地时间10月31日", "date")
NC("sch", 15, "13/09/2019", "date")
NC("sch", 15, "(6-17岁)", "age_band")
NC("sch", 17, "发布时间:2015-09-08", "date")
NC("sch", 17, "电话:86275776", "phone_number")
NC("sch", 17, "传真:025-86275721", "phone_number")
NC("sch", 17, "邮编:210036", "postcode")
NC("sch", 17, "苏公网安备 32010602010084号", "licence_number")
NC("sch", 17, "许可证号:1010420", "licence_number")
NC("sch", 18, "发布时间:2024-11-14 15:42:10", "date")
NC("sch", 18, "新华社巴黎6月17日电", "dateline")
NC("sch", 18, "在18岁前结婚", "age_band")
NC("sch", 19, "2024-11-01 17:34", "date")
NC("sch", 19, "香港中通社11月1日電", "dateline")
NC("sch", 20, "2021-06-16 16:10", "date")
NC("sch", 20, "【010-60910566-1260】", "phone_number")
NC("sch", 20, "目標4:", "goal_number")
NC("sch", 21, "2017年11月5日", "date")
NC("sch", 22, "新華社聯合國9月19日電", "dateline")
NC("sch", 22, "第73屆聯合國大會", "ordinal")

# ============================================================ plastics (OECD, Geyer et al., PlasticsEurope, UNEP)
ms = [
    F("pla", 1, "460 million tonnes of plastics were used in 2019", 460e6, T, "y19"),
    F("pla", 3, "to reach 460 million tonnes", 460e6, T, "y19"),
    F("pla", 5, "to 460 million tonnes", 460e6, T, "y19"),
    F("pla", 12, "大约为4.6亿吨", 4.6e8, T, "y19", q="approx"),
    F("pla", 17, "為大約4.6億噸", 4.6e8, T, "y19", q="approx"),
    F("pla", 6, "over 400 million metric tons in 2015", 400e6, T, "y15", q="over"),
    F("pla", 14, "2015 年增加到了 4 亿吨", 4e8, T, "y15", vt="4 亿"),
    F("pla", 21, "達3.69億噸", 3.69e8, T, "y15", note="attributed to Geyer et al."),
    F("pla", 15, "仅2016年就生产了3亿3500万吨", 3.35e8, T, "y16", vt="3亿3500万", step=1e6),
    F("pla", 9, "360 million metric tonnes of new plastic was produced in 2018", 360e6, T, "y18"),
    F("pla", 9, "the world produced 360 million metric tonnes", 360e6, T, "y18"),
    F("pla", 11, "to more than 390 million tonnes", 390e6, T, "y21", q="over"),
]
G("pla_production", PLA, "World plastics production / use a year: 2019 460 million tonnes / 4.6亿吨 (OECD, five); 2015 'over 400 million' and 4亿吨 (Geyer et al.) vs "
  "sustainobserver's 3.69億噸; 2016 3亿3500万吨; 2018 360 million (two); 2021 'more than 390 million'", "world", "plastics produced a year (tonnes)", "2015-2021",
  "Same year consistent (hedges hold); 3.69億 against 'over 400 million' conflict and against the rounded 4亿 rounding; years different_basis.", ms)
pairgrp("pla_1950", PLA, "World plastics production in 1950: 2 million tonnes / 200万吨 (three)", "world", "plastics produced a year (tonnes)", "1950",
        [F("pla", 6, "from 2 million metric tons in 1950", 2e6, T, "a"), F("pla", 9, "2 million metric tonnes of new plastic", 2e6, T, "a"),
         F("pla", 14, "还只有 200 万吨", 200e4, T, "a", vt="200 万")])
pairgrp("pla_2060", PLA, "Plastics a year by 2060 (OECD): 1.2 billion tonnes / 12亿吨 (four)", "world", "plastics a year (tonnes)", "2060",
        [F("pla", 5, "to 1.2 billion tonnes", 1.2e9, T, "a"), F("pla", 12, "年产量将达到12亿吨", 12e8, T, "a"),
         F("pla", 13, "年产量将达到12亿吨", 12e8, T, "a"), F("pla", 17, "年產量將達到12億噸", 12e8, T, "a")])

ms = [
    F("pla", 1, "to 353 million tonnes", 353e6, T, "y19"),
    F("pla", 3, "to 2019 to 353 million tonnes", 353e6, T, "y19"),
    F("pla", 4, "to 460Mt in 2019", 460e6, T, "y19", vt="460Mt", step=1e6, note="sapt gives 234 -> 460 Mt as plastic waste (the OECD's production figures)"),
    F("pla", 12, "超过3.5亿吨", 3.5e8, T, "y19", q="over"),
    F("pla", 17, "超過3.5億噸", 3.5e8, T, "y19", q="over"),
    F("pla", 18, "全球每年産生3億噸塑膠垃圾", 3e8, T, "y15", note="headline"),
    F("pla", 18, "2015年達到3.02億噸", 3.02e8, T, "y15"),
]
G("pla_waste", PLA, "Plastic waste generated a year: 2019 353 million tonnes (two), 'over 3.5亿吨' (two) vs sapt's 460Mt; 2015 3.02億噸 and the headline's 3億噸 (OECD 2018)",
  "world", "plastic waste a year (tonnes)", "2015 / 2019",
  "460 against 353 conflict; the hedges hold; the 2015 headline's 3億 rounds 3.02億 in the same story (rounding, consistent as alt); years different_basis.", ms)

ms = [
    F("pla", 1, "Less than 10 percent of the plastic", 10.0, PC, "oecd", q="under"),
    F("pla", 2, "Only 9% of plastic waste is recycled", 9.0, PC, "oecd"),
    F("pla", 3, "Globally only 9% of plastic", 9.0, PC, "oecd"),
    F("pla", 4, "Only 9% is currently", 9.0, PC, "oecd"),
    F("pla", 12, "其中不到10%得到回收", 10.0, PC, "oecd", q="under"),
    F("pla", 17, "其中不到10%得到回收", 10.0, PC, "oecd", q="under"),
    F("pla", 6, "only 9 percent was recycled", 9.0, PC, "geyer"),
    F("pla", 7, "only 9% has been recycled", 9.0, PC, "geyer"),
    F("pla", 8, "about 9 percent has been recycled", 9.0, PC, "geyer", q="approx"),
    F("pla", 9, "only 9 percent of the plastic ever generated", 9.0, PC, "geyer"),
    F("pla", 14, "只有 9% 回收了", 9.0, PC, "geyer"),
    F("pla", 15, "塑料垃圾9%被再利用", 9.0, PC, "geyer"),
    F("pla", 16, "只有9%被回收", 9.0, PC, "geyer"),
    F("pla", 20, "但僅9%有被回收", 9.0, PC, "geyer"),
    F("pla", 20, "僅9%被回收。", 9.0, PC, "geyer"),
    F("pla", 21, "其中僅9%獲得回收利用", 9.0, PC, "geyer"),
]
G("pla_recycled", PLA, "Share of plastic waste recycled: OECD 2019 9% / 'less than 10%' (six); all plastic waste to 2015 (Geyer et al., UNEP) 9% (ten)", "world",
  "share of plastic waste recycled (percent)", "2015 / 2019", "Same basis consistent (the bounds hold); the two studies different_basis.", ms)
ms = [F("pla", 1, "19 percent was incinerated", 19.0, PC, "oecd"), F("pla", 2, "another 19% is incinerated", 19.0, PC, "oecd"),
      F("pla", 3, "19% is incinerated", 19.0, PC, "oecd"), F("pla", 4, "(another 19%)", 19.0, PC, "oecd"),
      F("pla", 6, "12 percent was incinerated", 12.0, PC, "geyer"), F("pla", 7, "Only 12% has been incinerated", 12.0, PC, "geyer"),
      F("pla", 8, "12 percent incinerated", 12.0, PC, "geyer"), F("pla", 15, "12%被焚烧炉", 12.0, PC, "geyer"), F("pla", 16, "12%被焚烧", 12.0, PC, "geyer")]
G("pla_incinerated", PLA, "Share of plastic waste incinerated: OECD 2019 19% (four); Geyer et al. to 2015 12% (five)", "world", "share incinerated (percent)", "2015 / 2019",
  "Same basis consistent; the studies different_basis.", ms)
ms = [F("pla", 1, "almost 50 percent went", 50.0, PC, "oecd", q="under"), F("pla", 2, "50% ends up in landfill", 50.0, PC, "oecd"),
      F("pla", 3, "50% ends up in landfill", 50.0, PC, "oecd"), F("pla", 4, "(almost 50%)", 50.0, PC, "oecd", q="under"),
      F("pla", 6, "79 percent accumulated", 79.0, PC, "geyer"), F("pla", 7, "– 79% –", 79.0, PC, "geyer"),
      F("pla", 8, "remaining 79 percent", 79.0, PC, "geyer"), F("pla", 15, "剩下的79%", 79.0, PC, "geyer"), F("pla", 16, "79%则积聚", 79.0, PC, "geyer")]
G("pla_landfill", PLA, "Share of plastic waste landfilled: OECD 2019 50% (four); in landfills or the environment, Geyer et al. 79% (five)", "world",
  "share landfilled (percent)", "2015 / 2019", "Same basis consistent; landfill only against landfill-or-environment different_basis.", ms)
pairgrp("pla_mismanaged", PLA, "Share of plastic waste dumped, burned in the open or leaked (OECD 2019): 22% (two)", "world", "share mismanaged (percent)", "2019",
        [F("pla", 2, "22% goes into uncontrolled", 22.0, PC, "a"), F("pla", 3, "22% goes into uncontrolled", 22.0, PC, "a")])
pairgrp("pla_collected", PLA, "Share of plastic waste collected for recycling: 15% (OECD 2022, 2019); 15%左右 (OECD 2018, 2015)", "world",
        "share collected for recycling (percent)", "2015 / 2019",
        [F("pla", 3, "15% of plastic waste is collected", 15.0, PC, "y19"), F("pla", 18, "僅為整體的15%左右", 15.0, PC, "y15", q="approx")],
        why="Different reports and years (different_basis).")

ms = [
    F("pla", 6, "8.3 billion metric tons of plastics", 8.3e9, T, "geyer"),
    F("pla", 7, "it has created 8.3 billion metric tons", 8.3e9, T, "geyer"),
    F("pla", 7, "Of the 8.3 billion metric tons", 8.3e9, T, "geyer"),
    F("pla", 8, "8300 million metric tons", 8.3e9, T, "geyer"),
    F("pla", 15, "约83亿吨塑料", 83e8, T, "geyer", q="approx"),
    F("pla", 17, "大約83億噸塑料制品", 83e8, T, "geyer", q="approx"),
    F("pla", 19, "人類已製造83億公噸的塑膠", 83e8, T, "geyer"),
    F("pla", 10, "We've Made 9.1 Billion Tons", 9.1e9, T, "ust", vt="9.1 Billion", step=1e8, note="US short tons"),
    F("pla", 14, "生产了 90 亿吨塑料", 90e8, T, "ust", vt="90 亿", note="US short tons"),
    F("pla", 14, "超过 90 亿吨", 90e8, T, "ust", q="over", vt="90 亿"),
    F("pla", 16, "人类共生产了91亿吨以上的塑胶", 91e8, T, "ust", q="at_least", nth=1),
    F("pla", 16, "Over 9.1 Billion Tons", 9.1e9, T, "ust", q="over", vt="9.1 Billion", step=1e8),
    F("pla", 16, "已经有超过91亿吨塑胶", 91e8, T, "ust", q="over"),
    F("pla", 20, "人類每年製造90億噸塑膠", 90e8, T, "unep", note="written as a yearly figure; UNEP's 9 billion tonnes ever made"),
    F("pla", 20, "全球製造的90億噸塑膠中", 90e8, T, "unep"),
]
G("pla_ever_made", PLA, "Plastics made since the 1950s: 8.3 billion metric tons / 83亿吨 (Geyer et al., to 2015; seven); the same study in US tons 9.1 billion / 91亿 / "
  "solidot's 90亿 (six); UNEP's 90億噸 (to 2017; two)", "world", "plastics ever made (tonnes)", "1950-2017",
  "Same basis consistent (hedges hold); the plain 90亿 rounds 9.1 billion (rounding); metric against short tons and the later UNEP total different_basis.", ms)
ms = [F("pla", 6, "6.3 billion tons of which", 6.3e9, T, "geyer"), F("pla", 7, "6.3 billion metric tons have become", 6.3e9, T, "geyer"),
      F("pla", 8, "approximately 6300 MT", 6.3e9, T, "geyer", q="approx", vt="6300", step=1e8, note="MT = million metric tons"),
      F("pla", 15, "丢弃了63亿吨塑料垃圾", 63e8, T, "geyer"),
      F("pla", 14, "扔掉了 70 亿吨", 70e8, T, "ust", vt="70 亿"), F("pla", 16, "近70亿吨塑胶垃圾", 70e8, T, "ust", q="under")]
G("pla_waste_ever", PLA, "Plastic waste generated to 2015 (Geyer et al.): 6.3 billion metric tons / 63亿吨 (four); in US tons 70亿 / 近70亿 (two)", "world",
  "plastic waste ever generated (tonnes)", "1950-2015", "Same basis consistent; metric against short tons different_basis.", ms)
ms = [F("pla", 6, "roughly 12 billion metric tons", 12e9, T, "geyer", q="approx"), F("pla", 8, "about 12,000 MT", 12e9, T, "geyer", q="approx", vt="12,000", step=1e9),
      F("pla", 18, "預測到2050年達到約120億噸", 120e8, T, "geyer", q="approx"),
      F("pla", 14, "还将生产 130 亿吨", 130e8, T, "ust", vt="130 亿", note="US short tons; written as 'produce'")]
G("pla_2050_waste", PLA, "Plastic waste in landfills or the environment by 2050: about 12 billion tonnes / 約120億噸 (three); solidot's 130亿 (US tons)", "world",
  "plastic waste by 2050 (tonnes)", "2050", "Same basis consistent; short tons different_basis.", ms)
ms = [F("pla", 19, "每年有800萬公噸塑膠垃圾", 800e4, T, "a"), F("pla", 20, "每年約有800萬公噸", 800e4, T, "a", q="approx"),
      F("pla", 21, "2015年約有1100萬噸", 1100e4, T, "a", q="approx", note="attributed to Jambeck et al. 2015"),
      F("pla", 8, "from 4 to 12 million MT", [4e6, 12e6], T, "range", vt="4 to 12 million")]
G("pla_ocean", PLA, "Plastic entering the ocean a year: 800万公噸 (two, Jambeck et al.) vs sustainobserver's 約1100萬噸 for the same study; 'from 4 to 12 million' (a range)",
  "world", "plastic entering the ocean a year (tonnes)", "2010s", "1100萬 against 800萬 conflict; the range different_basis.", ms)
for gid, desc, q2, q4, v in (("pla_us_per_person", "Plastic waste per person in the United States: 221 kg (two)", "221 kg in the United States", "221kg in the US", 221),
                             ("pla_europe_per_person", "Plastic waste per person in European OECD countries: 114 kg (two)", "114 kg in European", "114kg in European", 114),
                             ("pla_japan_korea_per_person", "Plastic waste per person in Japan and Korea: 69 kg (two)", "to 69 kg", "to 69kg", 69)):
    pairgrp(gid, PLA, desc, desc.split(":")[0].split(" in ")[-1], "plastic waste per person a year (kg)", "2019",
            [F("pla", 2, q2, v, "kg", "a"), F("pla", 4, q4, v, "kg", "a")])
pairgrp("pla_ghg_share", PLA, "Plastics' share of greenhouse-gas emissions: 3.4% (OECD) and 大约3%", "world", "share of greenhouse-gas emissions (percent)", "2019",
        [F("pla", 3, "3.4% of global greenhouse gas", 3.4, PC, "a"), F("pla", 17, "大約3%", 3.0, PC, "a", q="approx")], why="The hedge holds 3.4% (consistent).")
pairgrp("pla_packaging", PLA, "Packaging: 40% of plastic waste (OECD) and 40% of plastics used (yd166)", "world", "packaging share (percent)", "2019",
        [F("pla", 3, "40% coming from packaging", 40.0, PC, "waste"), F("pla", 15, "40%的塑料用于包装", 40.0, PC, "use")],
        why="Share of waste against share of use (different_basis).")

S("pla", 2, "a 2.2% decrease", value=2.2, unit=PC)
S("pla", 2, "from 6.8 million tonnes (Mt) in 2000", value=6.8e6, unit=T)
S("pla", 2, "to 29.1 Mt in 2019", vt="29.1 Mt", value=29.1e6, unit=T)
S("pla", 2, "only 6% of the size", value=6.0, unit=PC)
S("pla", 2, "cause 14% of overall", value=14.0, unit=PC)
S("pla", 2, "11% of macroplastics", value=11.0, unit=PC)
S("pla", 2, "35% of microplastics", value=35.0, unit=PC)
S("pla", 3, "40% of that is disposed", value=40.0, unit=PC)
S("pla", 3, "12% from consumer goods", value=12.0, unit=PC)
S("pla", 3, "11% from clothing", value=11.0, unit=PC)
S("pla", 4, "from 234 million tons (Mt) in 2000", value=234e6, unit=T, note="given as plastic waste; the OECD's production figure")
S("pla", 5, "increased 230-fold", vt="230", value=230, unit="times")
S("pla", 11, "rose 4%", value=4.0, unit=PC)
S("pla", 11, "(reaching 32%", value=32.0, unit=PC)
S("pla", 11, "reached 57.2 million tonnes", value=57.2e6, unit=T)
S("pla", 11, "(hitting 15%)", value=15.0, unit=PC)
S("pla", 14, "以 8.4% 的年增长率", value=8.4, unit=PC)
S("pla", 16, "从1960年时的不到1%", value=1.0, unit=PC, q="under")
S("pla", 16, "2005年时的10%以上", value=10.0, unit=PC, q="at_least")
S("pla", 17, "其中60%被填埋", value=60.0, unit=PC)
S("pla", 17, "超過100萬只海鳥", value=100e4, unit=CNT, q="over")
S("pla", 17, "10萬多頭", value=10e4, unit=CNT, q="over")
S("pla", 17, "增至6倍多", vt="6", value=6, unit="times", q="over")
S("pla", 17, "在20億噸左右", value=20e8, unit=T, q="approx")
S("pla", 18, "每年超過3億噸流入環境中", value=3e8, unit=T, q="over")
S("pla", 18, "約5000萬噸", value=5000e4, unit=T, q="approx")
S("pla", 18, "增至6倍", vt="6", value=6, unit="times")
S("pla", 18, "回收率接近30%", value=30.0, unit=PC, q="under")
S("pla", 19, "91%的塑膠未進入回收系統", value=91.0, unit=PC)
S("pla", 19, "每天使用5億隻吸管", value=5e8, unit=CNT)
S("pla", 19, "將近200萬個", value=200e4, unit=CNT, q="under")
S("pla", 19, "1000億個塑膠袋", value=1000e8, unit=CNT)
S("pla", 19, "售出100萬個塑膠瓶", value=100e4, unit=CNT)
S("pla", 19, "售出5000億個", value=5000e8, unit=CNT)
S("pla", 20, "高達5兆個", vt="5兆", value=5e12, unit=CNT, note="兆 = 1e12 (Taiwan usage)")
S("pla", 21, "95國齊聲減產", value=95, unit=CNT)
S("pla", 21, "超過90個會員國", value=90, unit=CNT, q="over")
S("pla", 21, "全球73%的海洋魚類", value=73.0, unit=PC)
pairgrp("pla_ocean_cost", PLA, "Yearly economic losses from plastic pollution: 約130億美元 (OECD 2018), 近130億美元 (UNEP 2021)", "world", "economic losses (USD a year)", "2018 / 2021",
        [F("pla", 18, "約130億美元", 130e8, USD, "oecd18", q="approx"), F("pla", 21, "近130億美元", 130e8, USD, "unep21", q="under")],
        why="Different reports (different_basis).")
S("pla", 21, "約15萬噸", value=15e4, unit=T, q="approx")
NC("pla", 1, " date 2022-03", "date")
NC("pla", 2, "smaller than 5 mm", "threshold")
NC("pla", 3, " date 2022-12-07", "date")
NC("pla", 4, "smaller than 5mm", "threshold")
NC("pla", 5, " date 2024-10-29", "date")
NC("pla", 7, "March 12, 2015", "date")
NC("pla", 7, "published on July 19", "date")
NC("pla", 7, "more than 400 years", "duration")
NC("pla", 8, "Science Advances (July 2017)", "citation")
NC("pla", 8, "50 years or longer", "duration")
NC("pla", 9, " date 2021-12", "date")
NC("pla", 10, "Published On 07/19/2017", "date")
NC("pla", 10, "4:05 PM EDT", "time")
NC("pla", 11, "1  sur  81", "page_count")
NC("pla", 11, "the Facts 2022", "report_title")
NC("pla", 11, "2 PLASTICS EUROPE", "page_number")
NC("pla", 11, "3 PLASTICS EUROPE", "page_number")
NC("pla", 11, "EU27+3", "region_code")
NC("pla", 12, "2022-06-07 08:41:53", "date")
NC("pla", 13, "新华社6月4日报道", "date")
NC("pla", 14, "(39396)", "user_id")
NC("pla", 14, "2017年07月20日 19时56分", "date")
NC("pla", 15, "100年间", "duration")
NC("pla", 17, "2022-06-07 12:15:12", "date")
NC("pla", 18, "2018/08/06", "date")
NC("pla", 18, "(2017年9月,Kyodo)", "date")
NC("pla", 19, "2018/03/23", "date")
NC("pla", 20, "2017年的報告", "date")
NC("pla", 21, "Science期刊(2015)", "citation")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh30.toml", "corpus-fresh30")
