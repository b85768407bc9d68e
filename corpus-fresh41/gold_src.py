"""Hand annotation of corpus-fresh41, written as data; emits gold.d/fresh41.toml (then run
corpus/check_gold.py --dir corpus-fresh41 --build).

Three domains: wild Asian elephants in China (the count in the 1980s as 170 (about 170, 170頭左右) against 180 and 193,
China Daily's 170 'in the 1970s'; the count around 1990 (about / less than 180 in the 1990s against 150 'in the past 30
years'); the count 'now' (about / some / more than 300, 300多, 约300, a plain 300 against ecns' approximately 360 by 2021; 293
in 2018; about 300 in 2016; ilookchina's 200-250); the 2021 herd that walked north to Kunming: 16 at the start, 17 after a
birth, 15 on the way, 14 coming home; 500 / more than 500 km by Kunming, 400 km / 近500公里 at Eshan (300 miles), 200 km (125
miles) from home in August, 412 incidents, 56 ha against 842亩 / 561,333 m2 of crops, about / nearly 6.8 million yuan against
$1.1 million / $1.07m; 11 reserves of 509,800 ha against 'about 510,000', 'about 500,000 hectares', 'more than 7.5 million
mu' and 750万亩; the 2011-2015 losses of about 99 million yuan as $14.4 million against $14 million; `ase-*`), the Tibetan antelope (China's count of the 1980s-90s: fewer than 70,000 / 不足7万 against fedium's
20,000; 'now' (2021): about / nearly 300,000, 约30万 against ecoclub's 'estimated 150,000'; Hoh Xil: more than 200,000 / 20万
down to fewer than 20,000 / 不足2万, 20,000 in 1997, about / close to 60,000 in 2007 (200 percent more), over 70,000 / 7万多
now; Tibet's survey of 2006: 149,930 (nearly / about 150,000, headline 150,000) in 698,000 km2 against chinatibet's 710,000,
7.9% a year; 200,000 in 2011; `tba-*`) and the crested ibis (seven in 1981; more than 3,000 in 2018-19; more than 5,000 /
5000多 / 5.000 in 2020 with 4,400 in China and 4,100 in Shaanxi; 7000余 in 2021; more than 9,000 in 2022; 11,000 / 1.1万 / more
than 10,000 in 2023; Shaanxi's 6,654 against 7737 in 2023; habitat from under 5 km2 to 14,000 (2018), 15,000 (2020) and
16,000 km2 (2022-23); `ibs-*`).

Every mention carries a basis tag (survey / year / measure / source, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Ranges carry values [lo, hi] and a basis of their own. Values as written: 万/萬 = 1e4, 亩/畝 = 1/15
hectare, 倍 increase = 100 percent per 倍, square miles in their own groups except where noted. Units: count, percent, km,
miles, km**2, square_miles, hectares, CNY, USD, tonnes.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, USD, DC, CD, DR, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

ASE, TBA, IBS = "asian-elephants-china", "tibetan-antelope", "crested-ibis"
HA, KM2, MI2, KM, MI, CNY = "hectares", "km**2", "square_miles", "km", "miles", "CNY"
MU = 1 / 15  # hectares per mu (亩 / 畝)
DK = (D, K)


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ wild Asian elephants in China
ms = [
    F("ase", 2, "from about 170 in the 1980s", 170, CNT, "a", q="approx"),
    F("ase", 10, "fell to just 170 in the 1980s", 170, CNT, "a"),
    F("ase", 24, "80年代的170頭左右", 170, CNT, "a", q="approx"),
    F("ase", 6, "from 180 in the 1980s", 180, CNT, "a"),
    F("ase", 19, "从20世纪80年代的180头", 180, CNT, "a", vt="180"),
    F("ase", 11, "grown from 193 in the 1980s", 193, CNT, "a"),
    F("ase", 26, "from 170 in the 1970s", 170, CNT, "y70", note="yunnan.cn (China Daily): 'in the 1970s'"),
]
G("ase_wild_1980s", ASE, "Wild Asian elephants in China / Yunnan in the 1980s: about 170 / 170 / 170頭左右 against 180 (twice) and 193; China Daily's 170 'in the 1970s'",
  "China (Yunnan)", "wild Asian elephants", "1980s", "170 against 180 and 193, 180 against 193 (conflict); the hedged 170s hold the plain 170; China Daily's 170 'in the 1970s' is another decade (different_basis, conflict as alt with 180 and 193).", ms,
  X(ms, DC, ["y70"], ["a"]))
ms = [
    F("ase", 3, "only about 180 wild Asian elephants", 180, CNT, "a", q="approx", note="'In the 1990s'"),
    F("ase", 27, "from less than 180 in the 1990s", 180, CNT, "a", q="under"),
    F("ase", 12, "has doubled from 150", 150, CNT, "y30", note="'in the past 30 years'"),
    F("ase", 13, "past 30 years from 150", 150, CNT, "y30"),
]
G("ase_wild_1990", ASE, "Wild Asian elephants around 1990: 'about 180' / 'less than 180' in the 1990s against 150 'in the past 30 years' (twice)", "China (Yunnan)",
  "wild Asian elephants", "1990s / thirty years before 2021-22", "150 thirty years before 2021-22 falls in the 1990s: conflict with about 180 (different_basis defensible).",
  ms, X(ms, CD, ["a"], ["y30"]))
ms = [
    F("ase", 2, "to some 300 now", 300, CNT, "a", q="approx"),
    F("ase", 3, "estimated to exceed 300", 300, CNT, "a", q="over"),
    F("ase", 4, "with a population of about 300", 300, CNT, "a", q="approx"),
    F("ase", 6, "Province rising to more than 300", 300, CNT, "a", q="over"),
    F("ase", 6, "has grown to more than 300 today", 300, CNT, "a", q="over"),
    F("ase", 7, "a global population of 300", 300, CNT, "a", note="nydailynews: China's elephants called a 'global population'"),
    F("ase", 9, "has grown to about 300", 300, CNT, "a", q="approx"),
    F("ase", 11, "to some 300 today", 300, CNT, "a", q="approx"),
    F("ase", 12, "to 300 in the past 30 years", 300, CNT, "a"),
    F("ase", 13, "to more than 300, thanks", 300, CNT, "a", q="over"),
    F("ase", 14, "reached approximately 360 by 2021", 360, CNT, "a", q="approx"),
    F("ase", 15, "has grown to over 300", 300, CNT, "a", q="over"),
    F("ase", 15, "has risen to more than 300", 300, CNT, "a", q="over"),
    F("ase", 16, "数量约300头", 300, CNT, "a", q="approx"),
    F("ase", 19, "到如今的300多头", 300, CNT, "a", q="over"),
    F("ase", 20, "种群数量在300头左右", 300, CNT, "a", q="approx"),
    F("ase", 21, "野生种群约300头", 300, CNT, "a", q="approx"),
    F("ase", 24, "目前的300多頭", 300, CNT, "a", q="over"),
    F("ase", 26, "to 300, according", 300, CNT, "a", note="May 2021"),
    F("ase", 14, "from the 293", 293, CNT, "y18", note="'recorded in 2018'"),
    F("ase", 27, "to about 300 today", 300, CNT, "y16", q="approx", note="December 2016"),
    F("ase", 5, "only 200 – 250 wild elephants", [200, 250], CNT, "il", vt="200 – 250", step=1.0, note="ilookchina, April 2020"),
]
G("ase_wild_now", ASE, "Wild Asian elephants in China 'now' (2018-2025): about / some / more than 300, 300多, a plain 300 (19) against ecns' approximately 360 by 2021; 293 in 2018; ilookchina's 200-250",
  "China (Yunnan)", "wild Asian elephants", "2018-2025 ('now')",
  "Approximately 360 against about / some 300 and a plain 300 (conflict); the 'more than 300' hedges hold it; the 2018 count and ilookchina's undated-looking range are other bases (different_basis, conflict as alt).",
  ms, X(ms, DC, ["y18", "il", "y16"], ["a"]), X(ms, DC, ["y18", "y16"], ["il"]), X(ms, DC, ["y16"], ["y18"]))
pairgrp("ase_herd_north_km", ASE, "How far the herd walked north: 500km, 'more than 500', 超過400多 km by Kunming; at Eshan 近500 against China Daily's 400-km", "the 2021 herd",
        "distance walked north", "2020-2021",
        [F("ase", 1, "for 500km over weeks", 500, KM, "a"),
         F("ase", 8, "a more than 500km odyssey", 500, KM, "a", q="over"),
         F("ase", 9, "walked more than 500 km", 500, KM, "a", q="over"),
         F("ase", 22, "超過400多公里", 400, KM, "a", q="over"),
         F("ase", 25, "遷徙近500公里", 500, KM, "may", q="under", note="29 May 2021, at Eshan"),
         F("ase", 26, "on their 400-km journey", 400, KM, "may", note="31 May 2021")],
        "By Kunming (June) and after: 500 km and hedges that hold it (consistent); at Eshan (end of May): 400 against nearly 500 (conflict); the two stages are different_basis (conflict as alt).",
        {(i, j): DC for i in (1, 2, 3, 4) for j in (5, 6)})
pairgrp("ase_herd_north_mi", ASE, "How far the herd walked north, in miles: 300 (twice)", "the 2021 herd", "distance walked north", "2020-2021",
        [F("ase", 7, "made a 300 mile journey", 300, MI, "a"), F("ase", 9, "(300 miles) north", 300, MI, "a")])
pairgrp("ase_herd_home_km", ASE, "How far the herd still was from its reserve in August 2021: about 200 km (twice)", "the 2021 herd",
        "distance from the reserve", "8 August 2021",
        [F("ase", 8, "approximately 200km", 200, KM, "a", q="approx"), F("ase", 9, "about 200 km", 200, KM, "a", q="approx")])
pairgrp("ase_herd_home_mi", ASE, "How far from its reserve, in miles: 125 (three)", "the 2021 herd", "distance from the reserve", "8 August 2021",
        [F("ase", 7, "still 125 miles away", 125, MI, "a"), F("ase", 8, "(125 miles) from", 125, MI, "a"),
         F("ase", 9, "(125 miles) away", 125, MI, "a")])
pairgrp("ase_herd_start", ASE, "Elephants in the herd when it left Xishuangbanna in March 2020: 16 (two)", "the 2021 herd", "elephants in the herd",
        "March 2020",
        [F("ase", 16, "16头野象从西双版纳州", 16, CNT, "a"), F("ase", 22, "野象群起初有16頭", 16, CNT, "a")])
pairgrp("ase_herd_17", ASE, "Elephants in the herd after the birth in Pu'er, April 2021: 17 (four)", "the 2021 herd", "elephants in the herd",
        "December 2020 - April 2021",
        [F("ase", 16, "数量变成17头", 17, CNT, "a"), F("ase", 17, "17只亚洲象集体北迁", 17, CNT, "a"),
         F("ase", 17, "的17头亚洲象从普洱", 17, CNT, "a"), F("ase", 18, "的17头亚洲象从普洱", 17, CNT, "a")])
pairgrp("ase_herd_15", ASE, "Elephants walking north after two turned back (24 April 2021): 15 (nine)", "the 2021 herd", "elephants in the herd",
        "April - June 2021",
        [F("ase", 1, "A herd of 15 wild elephants", 15, CNT, "a"), F("ase", 16, "云南15头北迁野象", 15, CNT, "a"),
         F("ase", 16, "象群变成15头", 15, CNT, "a"), F("ase", 17, "凌晨,15头亚洲象", 15, CNT, "a"),
         F("ase", 18, "由15头亚洲象群组成", 15, CNT, "a"), F("ase", 18, "凌晨,15头亚洲象", 15, CNT, "a"),
         F("ase", 22, "15頭亞洲象從雲南", 15, CNT, "a"), F("ase", 25, "15頭野生亞洲象", 15, CNT, "a"),
         F("ase", 26, "The 15 roaming elephants", 15, CNT, "a")])
pairgrp("ase_herd_back2", ASE, "Elephants that turned back to Mojiang on 24 April 2021: 2 (three)", "the 2021 herd", "elephants that turned back",
        "24 April 2021",
        [F("ase", 16, "2头大象返回", 2, CNT, "a"), F("ase", 17, "其中2头于", 2, CNT, "a"), F("ase", 18, "其中2头于", 2, CNT, "a")])
pairgrp("ase_herd_eshan14", ASE, "Elephants that reached Eshan on 24 May 2021 while one lagged: 14 (three)", "the 2021 herd", "elephants in the group",
        "24 May 2021",
        [F("ase", 16, "另外14头进入", 14, CNT, "a"), F("ase", 17, "14头亚洲象迁徙到", 14, CNT, "a"), F("ase", 18, "14头亚洲象迁徙到", 14, CNT, "a")])
pairgrp("ase_herd_14", ASE, "Elephants coming home in August 2021: 14 (five)", "the 2021 herd", "elephants in the herd", "August 2021",
        [F("ase", 7, "the 14 Asian elephants", 14, CNT, "a"), F("ase", 8, "The 14 Asian elephants", 14, CNT, "a"),
         F("ase", 9, "14 Asian elephants of various", 14, CNT, "a"), F("ase", 23, "雲南14頭亞洲象", 14, CNT, "a"),
         F("ase", 23, "的14頭亞洲象安全", 14, CNT, "a")])
pairgrp("ase_herd_cases", ASE, "Incidents caused by the herd in Yuanjiang and Shiping: 412 (six)", "the 2021 herd", "incidents", "April - May 2021",
        [F("ase", 1, "wreaked havoc in 412 cases", 412, CNT, "a"), F("ase", 17, "“肇事”412起,带来", 412, CNT, "a"),
         F("ase", 17, "共“肇事”412起", 412, CNT, "a"), F("ase", 18, "40天“肇事”412起", 412, CNT, "a"),
         F("ase", 18, "共“肇事”412起", 412, CNT, "a"), F("ase", 25, "共肇事412起", 412, CNT, "a")])
ms = [
    F("ase", 1, "damaging 56 hectares", 56, HA, "a"),
    F("ase", 17, "直接破坏农作物达842亩", 842 * MU, HA, "a", vt="842", mult=MU),
    F("ase", 18, "直接破坏农作物达842亩", 842 * MU, HA, "a", vt="842", mult=MU),
    F("ase", 25, "作物達(dá)842畝", 842 * MU, HA, "a", vt="842", mult=MU),
    F("ase", 26, "damaged 561,333 square meters", 56.1333, HA, "a", vt="561,333", mult=1e-4),
]
G("ase_herd_crops", ASE, "Crops destroyed by the herd in Yuanjiang and Shiping: 842亩 (three), 561,333 square meters against hindustantimes' 56 hectares", "the 2021 herd",
  "crops destroyed", "April - May 2021", "842 mu = 561,333 m2 = 56.1 ha (consistent); 56 hectares rounds it (rounding).", ms,
  {(2, 5): K, (3, 5): K, (4, 5): K})
pairgrp("ase_herd_loss_cny", ASE, "Direct economic loss caused by the herd: about / more than 6.8 million yuan, 680万元, 近680万 (three), 'nearly 6.8 million'", "the 2021 herd",
        "direct economic loss", "April - May 2021",
        [F("ase", 1, "about 6.8 million yuan", 6.8e6, CNY, "a", q="approx"),
         F("ase", 8, "more than 6.8m yuan", 6.8e6, CNY, "a", vt="6.8m", q="over", step=1e5),
         F("ase", 17, "损失高达680万元", 6.8e6, CNY, "a"),
         F("ase", 17, "损失近680万元", 6.8e6, CNY, "a", q="under"),
         F("ase", 18, "损失近680万元", 6.8e6, CNY, "a", q="under"),
         F("ase", 25, "損失近680萬元", 6.8e6, CNY, "a", q="under"),
         F("ase", 26, "losses of nearly 6.8 million yuan", 6.8e6, CNY, "a", q="under")],
        "The hedges hold 6.8 million yuan (consistent).")
ms = [
    F("ase", 1, "($1.1 million)", 1.1e6, USD, "a"),
    F("ase", 8, "($1.07m)", 1.07e6, USD, "a", vt="1.07m", step=1e4),
]
G("ase_herd_loss_usd", ASE, "The loss in dollars: $1.1 million against $1.07m", "the 2021 herd", "direct economic loss", "April - May 2021",
  "$1.1 million rounds $1.07m (rounding).", ms)
pairgrp("ase_kunming_near", ASE, "Distance to Kunming's Jinning district on 29-30 May 2021: 不足 / 不到 50 km (two)", "the 2021 herd",
        "distance to Jinning", "29-30 May 2021",
        [F("ase", 16, "距离昆明市晋宁区不足50公里", 50, KM, "a", q="under"), F("ase", 25, "已不到50公里", 50, KM, "a", q="under")])
pairgrp("ase_kunming_city", ASE, "Distance to downtown Kunming on 29-30 May 2021: about 100 km (two)", "the 2021 herd", "distance to Kunming",
        "29-30 May 2021",
        [F("ase", 16, "距昆明城区约100公里", 100, KM, "a", q="approx"), F("ase", 25, "僅約100公里", 100, KM, "a", q="approx")])
pairgrp("ase_reserves", ASE, "Nature reserves in the elephants' range: 11 (five)", "Yunnan", "nature reserves for Asian elephants", "2021-2025",
        [F("ase", 2, "11 nature reserves with", 11, CNT, "a"), F("ase", 6, "a total of 11 nature reserves", 11, CNT, "a"),
         F("ase", 15, "host 11 nature reserves", 11, CNT, "a"), F("ase", 19, "11个自然保", 11, CNT, "a"), F("ase", 26, "established 11 nature reserves", 11, CNT, "a")])
ms = [
    F("ase", 2, "a total area of 509,800 hectares", 509800, HA, "a"),
    F("ase", 6, "(about 500,000 hectares)", 500000, HA, "a", q="approx"),
    F("ase", 6, "more than 7.5 million mu", 7.5e6 * MU, HA, "a", vt="7.5 million", mult=MU, q="over"),
    F("ase", 19, "750万亩", 7.5e6 * MU, HA, "a", vt="750万", mult=MU, note="sh-hossoni, garbled page: '总面积750万亩' in broken glyphs"),
    F("ase", 26, "a total area of about 510,000 hectares", 510000, HA, "a", q="approx"),
]
G("ase_reserves_area", ASE, "Area of the 11 reserves: 509,800 ha against 'about 500,000 hectares', 'more than 7.5 million mu' and 750万亩; China Daily's 'about 510,000 hectares'", "Yunnan",
  "area of the nature reserves", "2021-2025", "The hedges hold 509,800 ha; a plain 750万亩 (500,000 ha) does not (conflict).", ms)

ms = [
    F("ase", 27, "($14 million)", 14e6, USD, "a"),
    F("ase", 30, "(14 million U.S. dollars)", 14e6, USD, "a"),
    F("ase", 28, "($14.4 million)", 14.4e6, USD, "a"),
    F("ase", 29, "($14.4 million)", 14.4e6, USD, "a"),
]
G("ase_conflict_loss_usd", ASE, "Economic losses from wild elephants in Yunnan 2011-2015, in dollars: $14.4 million (China Daily, twice) against Xinhua's $14 million (twice)",
  "Yunnan", "economic losses from wild elephants", "2011-2015", "$14 million rounds $14.4 million (rounding).", ms)
pairgrp("ase_conflict_loss_cny", ASE, "Economic losses from wild elephants 2011-2015: about 99 million yuan (four)", "Yunnan",
        "economic losses from wild elephants", "2011-2015",
        [F("ase", n, "about 99 million yuan", 99e6, CNY, "a", q="approx") for n in (27, 28, 29, 30)])
pairgrp("ase_conflict_cases", ASE, "Cases involving wild elephants 2011-2015: more than 48,000 (four)", "Yunnan", "cases involving wild elephants",
        "2011-2015", [F("ase", n, "more than 48,000 cases", 48000, CNT, "a", q="over") for n in (27, 28, 29, 30)])
pairgrp("ase_conflict_deaths", ASE, "Deaths caused by wild elephants 2011-2015: 18 (four)", "Yunnan", "deaths caused by wild elephants", "2011-2015",
        [F("ase", n, "18 deaths", 18, CNT, "a") for n in (27, 28, 29, 30)])
pairgrp("ase_conflict_injuries", ASE, "Injuries caused by wild elephants 2011-2015: 27 (four)", "Yunnan", "injuries caused by wild elephants",
        "2011-2015", [F("ase", n, "27 injuries", 27, CNT, "a") for n in (27, 28, 29, 30)])
pairgrp("ase_menghai_2017", ASE, "Wild elephants that invaded crops in Menghai, February 2017: 14 (three)", "Menghai", "elephants in the group",
        "February 2017",
        [F("ase", 28, "14 wild Asian elephants invaded", 14, CNT, "a"), F("ase", 29, "14 wild Asian elephants invaded", 14, CNT, "a"),
         F("ase", 30, "14 hungry wild Asian elephants", 14, CNT, "a")])
S("ase", 2, "Villages in 10 areas", value=10, unit=CNT)
S("ase", 5, "in 18 countries", value=18, unit=CNT)
S("ase", 16, "临沧3个州市", value=3, unit=CNT)
S("ase", 17, "剩余1头亚洲象", value=1, unit=CNT)
S("ase", 19, "2万余亩适宜栖息地", vt="2万", value=2e4 * MU, unit=HA, mult=MU, q="over")
S("ase", 22, "路程超過300公里", value=300, unit=KM, q="over")
S("ase", 25, "雄象3頭", value=3, unit=CNT)
S("ase", 25, "幼象3頭", value=3, unit=CNT)
NC("ase", 16, "逗留6天", "duration")
NC("ase", 16, "4月24日", "date")
NC("ase", 17, "5月25日下午", "date")
NC("ase", 21, "人气:18", "page_furniture")
NC("ase", 22, "同年12月", "date")
NC("ase", 23, "“離家出走”4個月", "duration")
S("ase", 26, "7,500 hectares of land", value=7500, unit=HA)
S("ase", 26, "more than 60 deaths", value=60, unit=CNT, q="over")
S("ase", 26, "more than 170 million yuan", value=1.7e8, unit=CNY, q="over")
S("ase", 26, "($26.69 million)", value=26.69e6, unit=USD)
S("ase", 27, "more than 98 million yuan", value=98e6, unit=CNY, q="over")
NC("ase", 26, "from 2011 to 2018", "date")
NC("ase", 26, "seven in 2017", "date")
NC("ase", 27, "Updated: 2016-12-29 07:47", "date")
NC("ase", 27, "said Niu, 29,", "age")
NC("ase", 27, "about 40 minutes", "duration")
NC("ase", 28, "2017-02-10 09:14:00", "date")
NC("ase", 28, "on Jan 26", "date")
NC("ase", 28, "from 2011 to 2015", "date")
NC("ase", 29, "2017-02-10 09:22", "date")
NC("ase", 29, "on Jan 26", "date")
NC("ase", 30, "Xinhua, February 9, 2017", "date")
NC("ase", 30, "on Jan. 26", "date")
S("ase", 1, "about 20km from Kunming", value=20, unit=KM, q="approx")
S("ase", 1, "more than 360 people", value=360, unit=CNT, q="over")
S("ase", 1, "76 police cars", value=76, unit=CNT)
S("ase", 1, "18 tonnes of elephant food", value=18, unit="tonnes")
S("ase", 2, "and 14 towns", value=14, unit=CNT)
S("ase", 2, "in 12 counties", value=12, unit=CNT)
S("ase", 2, "55 townships", value=55, unit=CNT)
S("ase", 2, "employs 122 full-time", value=122, unit=CNT)
S("ase", 2, "more than 600 hectares", value=600, unit=HA, q="over")
S("ase", 2, "nearly 133 sq km", value=133, unit=KM2, q="under")
S("ase", 3, "a 241,000-hectare rainforest", value=241000, unit=HA)
S("ase", 3, "has rescued 13 wild", value=13, unit=CNT)
S("ase", 3, "caused 32 deaths", value=32, unit=CNT)
S("ase", 3, "159 injuries", value=159, unit=CNT)
S("ase", 4, "only around 140 wild", value=140, unit=CNT, q="approx", note="the 1960s")
S("ase", 4, "more than 10 injured", value=10, unit=CNT, q="over")
S("ase", 5, "“352,271 African", value=352271, unit=CNT)
S("ase", 5, "down 30% in seven years", value=30.0, unit=PC)
S("ase", 5, "around 40,000-50,000 elephants", vt="40,000-50,000", value=[40000, 50000], unit=CNT, q="approx")
S("ase", 5, "by at least 50%", value=50.0, unit=PC, q="at_least")
S("ase", 8, "more than 410 emergency", value=410, unit=CNT, q="over")
S("ase", 8, "374 vehicles", value=374, unit=CNT)
S("ase", 8, "14 drones", value=14, unit=CNT)
S("ase", 10, "as many as 500", value=500, unit=CNT)
S("ase", 14, "an increase of more than 60", value=60, unit=CNT, q="over")
S("ase", 21, "约2.5万头", value=2.5e4, unit=CNT, q="approx")
S("ase", 21, "数量约4000头", value=4000, unit=CNT, q="approx")
S("ase", 21, "人工驯养象有3000多头", value=3000, unit=CNT, q="over")
S("ase", 21, "斯里兰卡约有6000头", value=6000, unit=CNT, q="approx")
S("ase", 21, "覆盖率不足50%", value=50.0, unit=PC, q="under")
S("ase", 21, "缅甸拥有约5000头", value=5000, unit=CNT, q="approx")
S("ase", 21, "约有1200头", value=1200, unit=CNT, q="approx")
S("ase", 21, "仅剩1500头", value=1500, unit=CNT)
S("ase", 21, "数量不足100头", value=100, unit=CNT, q="under")
S("ase", 21, "老挝约有800头", value=800, unit=CNT, q="approx")
S("ase", 23, "奔襲1300公里", value=1300, unit=KM)
S("ase", 25, "成年雌象6頭", value=6, unit=CNT)
S("ase", 25, "亞成體象3頭", value=3, unit=CNT)
S("ase", 21, "等9个国家", value=9, unit=CNT)
NC("ase", 1, " date 2021-06-02", "date")
NC("ase", 1, "On the evening of May 27", "date")
NC("ase", 2, "In August, 2015", "date")
NC("ase", 3, "Established in 2008", "date")
NC("ase", 3, "from 2011 to 2017", "date")
NC("ase", 4, "01:34", "time")
NC("ase", 5, "April 8, 2020", "date")
NC("ase", 5, "According to 2017’s Great", "date")
NC("ase", 5, "on 1 January 2018", "date")
NC("ase", 6, "on July 19, 2023", "date")
NC("ase", 7, " date 2021-08-10", "date")
NC("ase", 8, "mandag 9. august 2021", "date")
NC("ase", 8, "an epic 17-month journey", "duration")
NC("ase", 10, "Updated 19:40, 22-Apr-2019", "date")
NC("ase", 10, "in 30 years’ time", "duration")
NC("ase", 12, "Since 1986", "date")
NC("ase", 13, "ended on August 8, 2021", "date")
NC("ase", 14, "recorded in 2018", "date")
NC("ase", 16, "5月29日晚", "date")
NC("ase", 16, "2020年12月", "date")
NC("ase", 17, "(距县城仅300米)", "distance")
NC("ase", 17, "5月24日晚8时", "date")
NC("ase", 18, "2021-05-28 15:14:06", "date")
NC("ase", 19, "第十四个世界大象日", "ordinal")
NC("ase", 19, "4年间新增4头", "duration")
NC("ase", 22, "在2020年3月時", "date")
NC("ase", 23, "8月20日", "date")
NC("ase", 23, "8月8日20點8分", "date")
NC("ase", 23, "第10個世界大象日", "ordinal")
NC("ase", 25, "2021-05-29 23:24:12", "date")
NC("ase", 25, "40余天時間里", "duration")

# ============================================================ Tibetan antelope
ms = [
    F("tba", 1, "from fewer than 70,000", 70000, CNT, "a", q="under"),
    F("tba", 2, "from fewer than 70,000", 70000, CNT, "a", q="under"),
    F("tba", 7, "from less than 70,000", 70000, CNT, "a", q="under"),
    F("tba", 15, "八九十年代的不足7万只", 70000, CNT, "a", q="under"),
    F("tba", 20, "八九十年代的不足7万只", 70000, CNT, "a", q="under"),
    F("tba", 21, "八九十年代的不足7万只", 70000, CNT, "a", q="under", nth=1),
    F("tba", 21, "八九十年代的不足7万只", 70000, CNT, "a", q="under", nth=2),
    F("tba", 5, "from merely 20,000 in the 1980s", 20000, CNT, "a", note="fedium"),
]
G("tba_china_low", TBA, "Tibetan antelopes in China in the 1980s-1990s: fewer than 70,000 / 不足7万 (seven) against fedium's 20,000", "China",
  "Tibetan antelopes", "1980s-1990s", "20,000 against fewer than 70,000 (conflict).", ms)
ms = [
    F("tba", 1, "to nearly 300,000 currently", 300000, CNT, "a", q="under"),
    F("tba", 2, "reaching about 300,000", 300000, CNT, "a", q="approx"),
    F("tba", 7, "to around 300,000 at present", 300000, CNT, "a", q="approx"),
    F("tba", 15, "种群增至约30万只", 300000, CNT, "a", q="approx", note="headline"),
    F("tba", 15, "目前的约30万只", 300000, CNT, "a", q="approx"),
    F("tba", 20, "目前的约30万只", 300000, CNT, "a", q="approx"),
    F("tba", 21, "增加至约30万只", 300000, CNT, "a", q="approx", nth=1),
    F("tba", 21, "增加至约30万只", 300000, CNT, "a", q="approx", nth=2),
    F("tba", 9, "An estimated 150,000 antelopes", 150000, CNT, "a", q="approx", note="ecoclub, October 2021: 'remain in the wild'"),
    F("tba", 5, "almost reached 300,000", 300000, CNT, "y19", q="under", note="'up until 2019'"),
    F("tba", 23, "目前約有30多萬只", 300000, CNT, "y24", vt="30多萬", q="over", note="2024"),
]
G("tba_china_now", TBA, "Tibetan antelopes in China 'now' (NFGA, August 2021): about / nearly 300,000, 约30万 (eight) against ecoclub's 'estimated 150,000' (2021); 2019 and 2024 figures",
  "China", "Tibetan antelopes", "2021", "150,000 against about 300,000 (conflict); the 2019 and 2024 statements are other dates (different_basis).", ms)
pairgrp("tba_hohxil_peak", TBA, "Antelopes in Hoh Xil before the poaching of the 1980s: more than 200,000 / 20万 (three)", "Hoh Xil",
        "Tibetan antelopes", "before the 1980s",
        [F("tba", 10, "from more than 200,000", 200000, CNT, "a", q="over"), F("tba", 19, "从20万只", 200000, CNT, "a"),
         F("tba", 22, "從20萬隻", 200000, CNT, "a")], "The hedge holds 20万 (consistent).")
pairgrp("tba_hohxil_low", TBA, "Antelopes left in Hoh Xil after the poaching of the 1980s: fewer than 20,000 / 不足2万 (three)", "Hoh Xil",
        "Tibetan antelopes", "1980s",
        [F("tba", 10, "to fewer than 20,000", 20000, CNT, "a", q="under"), F("tba", 19, "锐减到不足2万只", 20000, CNT, "a", q="under"),
         F("tba", 22, "鋭減到不足2萬隻", 20000, CNT, "a", q="under")])
pairgrp("tba_hohxil_1997", TBA, "Antelopes in Hoh Xil when the reserve was set up (1997): 20,000, 'about 20,000'", "Hoh Xil", "Tibetan antelopes",
        "1997", [F("tba", 8, "compared with 20,000 in 1997", 20000, CNT, "a"), F("tba", 9, "from about 20,000", 20000, CNT, "a", q="approx")],
        "The hedge holds 20,000 (consistent).")
pairgrp("tba_hohxil_2007", TBA, "Antelopes in Hoh Xil in 2007: close to / about 60,000, 60.000", "Hoh Xil", "Tibetan antelopes", "2007",
        [F("tba", 8, "is close to 60,000", 60000, CNT, "a", q="under"), F("tba", 11, "now stands at about 60,000", 60000, CNT, "a", q="approx"),
         F("tba", 17, "共达60.000头", 60000, CNT, "a", vt="60.000", step=1000)], "The hedges hold 60,000 (consistent).")
pairgrp("tba_hohxil_growth", TBA, "Growth of the Hoh Xil antelopes in ten years: 200 percent (twice), 增加了2倍", "Hoh Xil",
        "increase in Tibetan antelopes", "1997-2007",
        [F("tba", 8, "by 200 percent", 200.0, PC, "a"), F("tba", 11, "by 200 percent", 200.0, PC, "a"),
         F("tba", 17, "增加了2倍", 200.0, PC, "a", vt="2", mult=100.0)], "增加了2倍 = 200 percent more (consistent).")
pairgrp("tba_hohxil_now", TBA, "Antelopes in Hoh Xil now (2021-2022): over 70,000 / 7万多 (seven)", "Hoh Xil", "Tibetan antelopes", "2021-2022",
        [F("tba", 10, "increasing to over 70,000", 70000, CNT, "a", q="over"), F("tba", 9, "to over 70,000 inside", 70000, CNT, "a", q="over"),
         F("tba", 19, "数量已达7万多只", 70000, CNT, "a", q="over", nth=1, note="headline"),
         F("tba", 19, "数量已达7万多只", 70000, CNT, "a", q="over", nth=2),
         F("tba", 19, "已达到7万多只", 70000, CNT, "a", q="over"),
         F("tba", 22, "7萬多隻。", 70000, CNT, "a", q="over"), F("tba", 22, "已達到7萬多隻", 70000, CNT, "a", q="over")])
pairgrp("tba_hohxil_area", TBA, "Area of Hoh Xil: 45,000 km2 / 4.5万平方公里 (four)", "Hoh Xil", "area", "2007-2022",
        [F("tba", 8, "The 45,000-sq km Hoh Xil", 45000, KM2, "a"), F("tba", 10, "an area of 45,000 square kilometers", 45000, KM2, "a"),
         F("tba", 11, "The 45,000-sq km Hoh Xil", 45000, KM2, "a"), F("tba", 19, "总面积4.5万平方公里", 45000, KM2, "a")])
pairgrp("tba_shawl_price", TBA, "Price of a shahtoosh shawl: up to US$11,000 (two)", "shahtoosh", "price of a shawl", "2007-2008",
        [F("tba", 8, "US$11,000 each", 11000, USD, "a"), F("tba", 11, "up to US$11,000", 11000, USD, "a")])
pairgrp("tba_china_1997", TBA, "Tibetan antelopes in China in 1997: 90,000 (twice, one page)", "China", "Tibetan antelopes", "1997",
        [F("tba", 3, "to just 90,000 in 1997", 90000, CNT, "a"), F("tba", 3, "grown from 90,000 in 1997", 90000, CNT, "a")])
pairgrp("tba_china_2007", TBA, "Tibetan antelopes 'today' (2007-2008): around 70,000 to 100,000 (two)", "China", "Tibetan antelopes", "2007-2008",
        [F("tba", 8, "around 70,000 to 100,000 today", [70000, 100000], CNT, "a", vt="70,000 to 100,000", step=10000.0),
         F("tba", 11, "around 70,000 to 100,000 today", [70000, 100000], CNT, "a", vt="70,000 to 100,000", step=10000.0)])
ms = [
    F("tba", 4, "population grows to 150,000", 150000, CNT, "a", note="headline"),
    F("tba", 4, "grown to nearly 150,000", 150000, CNT, "a", q="under"),
    F("tba", 4, "There are now 149,930", 149930, CNT, "a"),
    F("tba", 13, "population expands to 150,000", 150000, CNT, "a", note="headline"),
    F("tba", 13, "expanded to about 150,000", 150000, CNT, "a", q="approx"),
    F("tba", 13, "currently has 149,930", 149930, CNT, "a"),
    F("tba", 14, "a total of 149,930", 149930, CNT, "a"),
    F("tba", 12, "found about 150,000 Tibetan", 150000, CNT, "a", q="approx"),
]
G("tba_tibet_2006", TBA, "Tibetan antelopes in Tibet, survey of 2006: 149,930 (three), nearly / about 150,000 against the headlines' plain 150,000",
  "Tibet", "Tibetan antelopes", "2005-2006 survey", "A plain 150,000 rounds 149,930 (rounding; on the same page consistent as alt); the hedges hold it.", ms)
ms = [
    F("tba", 4, "in a 698,000 km² area", 698000, KM2, "a"),
    F("tba", 13, "in a 698,000-sq-km area", 698000, KM2, "a"),
    F("tba", 14, "698,000 square kilometers", 698000, KM2, "a", nth=1),
    F("tba", 14, "698,000 square kilometers of which", 698000, KM2, "a"),
    F("tba", 12, "in a 710,000-square-km area", 710000, KM2, "a", note="chinatibet, 2011"),
]
G("tba_tibet_area", TBA, "Area over which the 2006 survey found the antelopes: 698,000 km2 (four) against chinatibet's 710,000", "Tibet",
  "distribution area of the Tibetan antelope", "2005-2006 survey", "710,000 against 698,000 km2 (conflict).", ms)
ms = [
    F("tba", 4, "grew by 7.9% annually", 7.9, PC, "a"),
    F("tba", 13, "growing at 7.9 percent annually", 7.9, PC, "a"),
    F("tba", 14, "increased annually by 7.9", 7.9, PC, "a"),
    F("tba", 12, "growth rate of 7 percent", 7.0, PC, "proj", note="the rate used to project 2011 from the 2006 census"),
]
G("tba_tibet_growth", TBA, "Yearly growth of Tibet's antelopes: 7.9% 1999-2005 (three); the 7 percent used for the 2011 projection",
  "Tibet", "yearly growth of Tibetan antelopes", "1999-2005", "The survey's rate restated (consistent); the projection's 7 percent is another measure (different_basis, conflict as alt).",
  ms, X(ms, DC, ["a"], ["proj"]))
pairgrp("tba_tibet_villages", TBA, "Places in the 2006 survey area: 103 villages / towns (three)", "Tibet", "villages / towns with antelopes",
        "2005-2006 survey",
        [F("tba", 4, "across 103 villages", 103, CNT, "a"), F("tba", 13, "across 103 villages", 103, CNT, "a"),
         F("tba", 14, "around 103 towns", 103, CNT, "a", note="'towns of 18 counties'")])
pairgrp("tba_tibet_towns", TBA, "Places in the 2006 survey area: 18 towns / counties (three)", "Tibet", "towns / counties with antelopes",
        "2005-2006 survey",
        [F("tba", 4, "and 18 towns in Tibet", 18, CNT, "a"), F("tba", 13, "and 18 towns,", 18, CNT, "a"),
         F("tba", 14, "of 18 counties", 18, CNT, "a")])
ms = [
    F("tba", 12, "hits 200,000 in Tibet", 200000, CNT, "y11", note="headline"),
    F("tba", 12, "has risen to 200,000", 200000, CNT, "y11"),
    F("tba", 24, "數量已接近17萬只", 170000, CNT, "y13", q="under"),
    F("tba", 6, "to more than 200,000", 200000, CNT, "y20", q="over"),
    F("tba", 18, "仅在西藏境内就已增长到30多万只", 300000, CNT, "y24", vt="30多万", q="over"),
    F("tba", 23, "種群數(shù)量超過30萬只", 300000, CNT, "y24", q="over"),
]
G("tba_tibet_later", TBA, "Tibetan antelopes in Tibet after the survey: 200,000 (2011 projection), nearly 17万 (2013), more than 200,000 (2020), 30多万 / over 30万 (2024-25)",
  "Tibet", "Tibetan antelopes", "2011-2025", "Different years (different_basis); the 2013 count below the 2011 projection is a conflict as alt.", ms,
  X(ms, DC, ["y11"], ["y13"]))
ms = [
    F("tba", 13, "About 80 percent of China's", 80.0, PC, "a", q="approx"),
    F("tba", 12, "About 80 percent of the total", 80.0, PC, "a", q="approx"),
    F("tba", 24, "中國藏羚羊種群70%", 70.0, PC, "nq", note="the Nagqu part of Qiangtang"),
]
G("tba_qiangtang_share", TBA, "Share of China's Tibetan antelopes in Qiangtang / northern Tibet: about 80 percent (two); 70% in Nagqu's part",
  "Qiangtang", "share of China's Tibetan antelopes", "2006-2013", "The 80 percent restated (consistent); Nagqu's 70% covers part of the area (different_basis, conflict as alt).",
  ms, X(ms, DC, ["a"], ["nq"]))

S("tba", 12, "the remaining 20 percent", value=20.0, unit=PC)
NC("tba", 1, "for more than 10 years", "duration")
NC("tba", 10, "over the past 20 years", "duration")
NC("tba", 24, "最后30年", "duration")
S("tba", 2, "increased by about 30 percent", value=30.0, unit=PC, q="approx")
S("tba", 3, "600,000 square kilometres", value=600000, unit=KM2)
S("tba", 3, "more than 20 billion yuan", value=2e10, unit=CNY, q="over")
S("tba", 3, "(US$2.4 billion)", value=2.4e9, unit=USD)
S("tba", 3, "level of more than 100,000", value=100000, unit=CNT, q="over")
S("tba", 6, "increased from about 50,000", nth=1, value=50000, unit=CNT, q="approx", note="Tibet's antelopes before")
S("tba", 6, "also increased from about 50,000", value=50000, unit=CNT, q="approx", note="wild donkeys")
S("tba", 6, "to about 90,000", value=90000, unit=CNT, q="approx")
S("tba", 6, "between 1,000 and 3,000", vt="1,000 and 3,000", value=[1000, 3000], unit=CNT)
S("tba", 6, "to 8,000", vt="8,000", value=8000, unit=CNT)
S("tba", 6, "increased to about 10,000", value=10000, unit=CNT, q="approx")
S("tba", 8, "Approximately 40,000", value=40000, unit=CNT, q="approx")
S("tba", 8, "around 80 percent", value=80.0, unit=PC, q="approx")
S("tba", 10, "4,600 kilometers", value=4600, unit=KM, note="an altitude given in kilometres")
S("tba", 11, "Nearly 30 campaigns", value=30, unit=CNT, q="under")
S("tba", 11, "some 70,000 kilometers", value=70000, unit=KM, q="approx")
S("tba", 12, "The team of 119 researchers", value=119, unit=CNT)
S("tba", 13, "about 70 percent of all", value=70.0, unit=PC, q="approx")
S("tba", 13, "about 80,000 of the animals", value=80000, unit=CNT, q="approx")
S("tba", 14, "449,700 square kilometers", value=449700, unit=KM2)
S("tba", 14, "stretch 1,600 kilometers", value=1600, unit=KM)
S("tba", 14, "a 60,000-Chinese-characters", value=60000, unit=CNT)
S("tba", 16, "由原来的5至7万只", vt="5至7万", value=[50000, 70000], unit=CNT)
S("tba", 16, "目前的15万只以上", value=150000, unit=CNT, q="at_least")
S("tba", 16, "目前就有近6万只", value=60000, unit=CNT, q="under")
S("tba", 17, "为10年前3倍", value=3, unit="times")
S("tba", 17, "约4.000件", vt="4.000", value=4000, unit=CNT, q="approx")
S("tba", 17, "打击了100次", value=100, unit=CNT)
S("tba", 20, "平均在20000头左右", value=20000, unit=CNT, q="approx")
S("tba", 20, "90%的藏羚羊", value=90.0, unit=PC)
S("tba", 20, "集群超过2000只", value=2000, unit=CNT, q="over")
S("tba", 23, "達到8萬到10萬只", vt="8萬到10萬", value=[80000, 100000], unit=CNT)
S("tba", 24, "25個主要繁殖點", value=25, unit=CNT)
NC("tba", 2, "compared to that in 2000", "date")
NC("tba", 3, "A 12-year investigation", "duration")
NC("tba", 4, "took 18 years", "duration")
NC("tba", 4, "from 1999 to 2005", "date")
NC("tba", 6, " date 2020-12-25", "date")
NC("tba", 7, " date 2021-08-11", "date")
NC("tba", 8, "(Xinhua News Agency August 27, 2007)", "date")
NC("tba", 9, "2021-10-05", "date")
NC("tba", 10, "for 13 consecutive years", "duration")
NC("tba", 10, "near threatened in 2016", "date")
NC("tba", 11, "(Xinhua News Agency January 14, 2008)", "date")
NC("tba", 12, "08:30, January 24, 2011", "date")
NC("tba", 12, "for 18 years", "duration")
NC("tba", 13, "Updated: 2006-07-13 18:17", "date")
NC("tba", 13, "lasted 18 years", "duration")
NC("tba", 15, "央视网 2021-08-10", "date", nth=1)
NC("tba", 16, "第05版:博览", "page_furniture")
NC("tba", 16, "7月18日在西藏", "date")
NC("tba", 18, "海拔3700-5500米", "altitude")
NC("tba", 20, "2021年8月,国家林草局", "date")
NC("tba", 20, "在1980-2005年", "date")
NC("tba", 21, "发布日期: 2021-08-14", "date")
NC("tba", 21, "时隔11年后", "duration")
NC("tba", 22, "人氣:1.75W", "page_furniture")
NC("tba", 24, "13日在拉薩", "date")

# ============================================================ crested ibis
pairgrp("ibs_1981", IBS, "Wild crested ibises found in Yangxian in May 1981: 7 (ten in figures)", "world", "wild crested ibises found", "1981",
        [F("ibs", 4, "from 7 when it was discovered", 7, CNT, "a"), F("ibs", 9, "发现7只野生朱鹮", 7, CNT, "a"),
         F("ibs", 10, "重新发现7只野生朱鹮", 7, CNT, "a"), F("ibs", 10, "被发现时的7只发展", 7, CNT, "a"),
         F("ibs", 12, "1981年的7隻", 7, CNT, "a"), F("ibs", 13, "從“7”到", 7, CNT, "a"),
         F("ibs", 14, "世界僅存的7只", 7, CNT, "a"), F("ibs", 15, "時的7只", 7, CNT, "a"),
         F("ibs", 16, "發(fā)現7只", 7, CNT, "a"), F("ibs", 11, "从7到", 7, CNT, "a")])
pairgrp("ibs_world_2018", IBS, "Crested ibises in the world in 2018-19: 'exceeded' / 'just over' 3,000 (three)", "world", "crested ibises",
        "2018-2019",
        [F("ibs", 6, "population exceeds 3,000", 3000, CNT, "a", q="over", note="headline"),
         F("ibs", 6, "has exceeded 3,000 in East Asia", 3000, CNT, "a", q="over"),
         F("ibs", 3, "just over 3,000 crested ibises", 3000, CNT, "a", q="over")])
pairgrp("ibs_world_2020", IBS, "Crested ibises in the world, June 2020: more than 5,000 / 超过5000 / 5000多 / 5.000 (six)", "world", "crested ibises",
        "June 2020",
        [F("ibs", 1, "now there are 5.000 of them", 5000, CNT, "a", vt="5.000", step=1000),
         F("ibs", 1, "more than 5,000 Crested Ibises", 5000, CNT, "a", q="over"),
         F("ibs", 8, "已超过5000只", 5000, CNT, "a", q="over"),
         F("ibs", 15, "而且目前全球5000多只朱鹮", 5000, CNT, "a", q="over"),
         F("ibs", 15, "一、全球5000多只朱鹮", 5000, CNT, "a", q="over"),
         F("ibs", 15, "現(xiàn)在的5000多只", 5000, CNT, "a", q="over")],
        "The hedges hold the plain 5.000 (consistent).")
ms = [
    F("ibs", 1, "About 4,400 of those are in China", 4400, CNT, "a", q="approx"),
    F("ibs", 8, "其中中国境内4400只", 4400, CNT, "a"),
    F("ibs", 15, "其中中國境內(nèi)4400只", 4400, CNT, "a"),
    F("ibs", 12, "從7隻增到4000隻?朱鹮究竟", 4000, CNT, "lt", vt="4000", nth=1, note="laitimes, undated: title"),
    F("ibs", 12, "從7隻增到4000隻?朱鹮究竟", 4000, CNT, "lt", vt="4000", nth=2, note="title repeated"),
    F("ibs", 12, "現在的4000多隻", 4000, CNT, "lt", q="over"),
]
G("ibs_china_2020", IBS, "Crested ibises in China, June 2020: 4,400 (three); laitimes' undated 4000 / 4000多", "China", "crested ibises", "June 2020",
  "4,400 restated (consistent); laitimes gives no date (different_basis; its plain 4000 rounds 4,400 as alt).", ms,
  X([m for m in ms], DR, ["a"], ["lt"]), {(1, 6): DK, (2, 6): DK, (3, 6): DK})
ms = [
    F("ibs", 1, "4,100 in Shaanxi province", 4100, CNT, "a"),
    F("ibs", 15, "4100只在陜西", 4100, CNT, "a", nth=1),
    F("ibs", 15, "4100只在陜西", 4100, CNT, "a", nth=2),
    F("ibs", 15, "陜西境內(nèi)4100只", 4100, CNT, "a"),
    F("ibs", 2, "has exceeded 3,300 for the first time", 3300, CNT, "may", q="over", note="CGTN, May 2020"),
]
G("ibs_shaanxi_2020", IBS, "Crested ibises in Shaanxi, June 2020: 4,100 (four); CGTN's 'exceeded 3,300' of May 2020", "Shaanxi", "crested ibises",
  "2020", "4,100 restated (consistent); the May figure is another date (different_basis).", ms)
pairgrp("ibs_world_2021", IBS, "Crested ibises in the world, May 2021: 7000 / 7000余 (four)", "world", "crested ibises", "May 2021",
        [F("ibs", 11, "7000,从秦岭", 7000, CNT, "a"), F("ibs", 11, "现在的7000余只", 7000, CNT, "a", q="over"),
         F("ibs", 13, "“7000”,從", 7000, CNT, "a"), F("ibs", 13, "已經達到7000餘隻", 7000, CNT, "a", q="over"),
         ], "The hedges hold 7000 (consistent).")
pairgrp("ibs_world_2022", IBS, "Crested ibises in the world, December 2022: more than 9,000 / 超9000 / 9000余 (three)", "world", "crested ibises",
        "December 2022",
        [F("ibs", 5, "to more than 9,000 at present", 9000, CNT, "a", q="over"), F("ibs", 9, "全球种群数量超9000只", 9000, CNT, "a", q="over"),
         F("ibs", 9, "扩展到9000余只", 9000, CNT, "a", q="over")])
pairgrp("ibs_world_2023", IBS, "Crested ibises in the world, November 2023: 11,000 / 1.1万 / 1.1万多 / more than / 突破 10,000 (seven)", "world",
        "crested ibises", "November 2023",
        [F("ibs", 4, "has reached 11,000", 11000, CNT, "a"), F("ibs", 4, "more than 10,000 worldwide", 10000, CNT, "a", q="over"),
         F("ibs", 10, "种群数量达1.1万只", 11000, CNT, "a"), F("ibs", 7, "global total now exceeds 10,000", 10000, CNT, "a", q="over"),
         F("ibs", 16, "數量突破1萬只,受危等級由“極?!", 10000, CNT, "a", q="over", vt="1萬"),
         F("ibs", 16, "數量突破1萬只,受危等級由“極危”", 10000, CNT, "a", q="over", vt="1萬"),
         F("ibs", 16, "目前為1.1萬多只", 11000, CNT, "a", q="over")],
        "The hedges hold 11,000 (consistent).")
pairgrp("ibs_china_2023", IBS, "Crested ibises in China, November 2023: more than 9,000, 9800余", "China", "crested ibises", "November 2023",
        [F("ibs", 7, "from seven to more than 9,000", 9000, CNT, "a", q="over"), F("ibs", 10, "全国朱鹮种群数量达9800余只", 9800, CNT, "a", q="over")],
        "Two hedges that can both hold (consistent).")
ms = [
    F("ibs", 7, "in Shaanxi alone now 6,654", 6654, CNT, "a", note="China Daily via shooter.haizi"),
    F("ibs", 16, "數量達7737只", 7737, CNT, "a"),
    F("ibs", 10, "野生朱鹮种群总数达6600余只", 6600, CNT, "wild", q="over", note="the wild population"),
    F("ibs", 5, "about 7,000 crested ibises live in Shaanxi", 7000, CNT, "dec22", q="approx", note="December 2022"),
]
G("ibs_shaanxi_2023", IBS, "Crested ibises in Shaanxi, November 2023: China Daily's 6,654 against Shaanxi Daily's 7737; the wild 6600余; about 7,000 in December 2022",
  "Shaanxi", "crested ibises", "November 2023",
  "6,654 against 7737 (conflict; the 6,654 may be the wild count, different_basis as alt); the wild count and the 2022 figure are other bases.", ms,
  {(1, 2): CD, (1, 3): DK})
pairgrp("ibs_habitat_1981", IBS, "Habitat when the ibises were found: less than / under / 不足 5 km2 (five)", "Yangxian", "crested ibis habitat", "1981",
        [F("ibs", 4, "less than 5 square kilometers", 5, KM2, "a", q="under"), F("ibs", 5, "from under 5 square kilometers", 5, KM2, "a", q="under"),
         F("ibs", 10, "时的不足5平方公里", 5, KM2, "a", q="under"), F("ibs", 14, "不足5平方公里擴大", 5, KM2, "a", q="under"),
         F("ibs", 16, "最初的不足5平方公里", 5, KM2, "a", q="under")])
pairgrp("ibs_habitat_2018", IBS, "Habitat in 2018: around 14,000 km2, 14000多", "Shaanxi", "crested ibis habitat", "2018",
        [F("ibs", 6, "around 14,000 square kilometers", 14000, KM2, "a", q="approx"), F("ibs", 14, "現(xiàn)在的14000多平方公里", 14000, KM2, "a", q="over")],
        "Two hedges that can both hold (consistent).")
pairgrp("ibs_habitat_2020", IBS, "Habitat in 2020: more than 15,000 km2 (May), about 5,800 sq. mi. (June)", "Shaanxi", "crested ibis habitat", "2020",
        [F("ibs", 2, "more than 15,000 square kilometers", 15000, KM2, "a", q="over"),
         F("ibs", 1, "about 5,800 sq. mi.", 5800 * 2.589988, KM2, "a", q="approx", vt="5,800", mult=2.589988)],
        "5,800 square miles = 15,022 km2 (consistent).")
pairgrp("ibs_habitat_2023", IBS, "Habitat in 2022-23: 16,000 / about 16,000 km2, 1.6万 / 约1.6万平方公里 (five)", "world", "crested ibis habitat", "2022-2023",
        [F("ibs", 4, "to 16,000 square kilometers", 16000, KM2, "a"), F("ibs", 5, "to about 16,000 square kilometers", 16000, KM2, "a", q="approx"),
         F("ibs", 9, "扩大到约1.6万平方公里", 16000, KM2, "a", q="approx"), F("ibs", 10, "扩大到1.6万平方公里", 16000, KM2, "a"),
         F("ibs", 16, "如今的1.6萬平方公里", 16000, KM2, "a")])
ms = [
    F("ibs", 14, "國內(nèi)種群數(shù)量達2600余只", 2600, CNT, "y18", q="over", note="January 2018"),
    F("ibs", 3, "including 2,500 in China", 2500, CNT, "y19", note="January 2019"),
]
G("ibs_china_2018", IBS, "Crested ibises in China: 2600余 (January 2018) against 2,500 (January 2019)", "China", "crested ibises", "2018-2019",
  "A year apart (different_basis), though the later figure is lower (conflict as alt).", ms, X(ms, DC, ["y18"], ["y19"]))
pairgrp("ibs_japan", IBS, "Crested ibises in Japan, 2018-19: about 500, 500", "Japan", "crested ibises", "2018-2019",
        [F("ibs", 6, "reached about 500", 500, CNT, "a", q="approx"), F("ibs", 3, "500 in Japan", 500, CNT, "a")])
pairgrp("ibs_korea", IBS, "Crested ibises in South Korea, 2018-19: about 300, 309", "South Korea", "crested ibises", "2018-2019",
        [F("ibs", 6, "300, respectively", 300, CNT, "a", q="approx"), F("ibs", 3, "another 309 in South Korea", 309, CNT, "a")],
        "'About 300' holds 309 (consistent).")
pairgrp("ibs_released", IBS, "Crested ibises released into the wild in Shaanxi: 560 (two)", "Shaanxi", "crested ibises released", "to 2023",
        [F("ibs", 10, "野化放归朱鹮种群560只", 560, CNT, "a"), F("ibs", 16, "野化放歸朱鹮560只", 560, CNT, "a")])
pairgrp("ibs_north_2023", IBS, "Crested ibises moved north to Yan'an and Yulin in 2023: 40 (two)", "Shaanxi", "crested ibises moved north", "2023",
        [F("ibs", 10, "40只朱鹮分别被引入", 40, CNT, "a"), F("ibs", 16, "今年,40只朱鹮北上", 40, CNT, "a")])

S("ibs", 1, "less than 2 square miles", value=2, unit=MI2, q="under")
S("ibs", 4, "has exceeded 10,000!", value=10000, unit=CNT, q="over", nth=1, note="red-crowned cranes")
S("ibs", 4, "has exceeded 10,000!", value=10000, unit=CNT, q="over", nth=2, note="red-crowned cranes, repeated")
S("ibs", 6, "About 2,500 crested ibis live in Shaanxi", value=2500, unit=CNT, q="approx")
S("ibs", 14, "中日韓3個國家", value=3, unit=CNT)
NC("ibs", 8, "扩展【2】", "page_furniture")
NC("ibs", 2, "in nearly 40 years", "duration")
pairgrp("ibs_shaanxi_cities", IBS, "Cities in Shaanxi with crested ibises, January 2018: 5 (three, one page)", "Shaanxi", "cities with crested ibises", "January 2018",
        [F("ibs", 14, "西安等5市", 5, CNT, "a", nth=n) for n in (1, 2, 3)])
pairgrp("ibs_shaanxi_counties", IBS, "Counties in Shaanxi with crested ibises, January 2018: 16 (three, one page)", "Shaanxi", "counties with crested ibises",
        "January 2018", [F("ibs", 14, "16縣(區(qū))", 16, CNT, "a", nth=n) for n in (1, 2, 3)])
S("ibs", 5, "exported 14 crested ibises", value=14, unit=CNT)
S("ibs", 5, "more than 1,000 crested ibises", value=1000, unit=CNT, q="over")
S("ibs", 7, "more than 50,000 kilometers", value=50000, unit=KM, q="over")
S("ibs", 7, "more than 260 known", value=260, unit=CNT, q="over")
S("ibs", 11, "残存的5只野生朱鹮", value=5, unit=CNT)
S("ibs", 11, "约6000万年前", value=6e7, unit="years", q="approx")
S("ibs", 14, "突破1800只", value=1800, unit=CNT, q="over")
S("ibs", 16, "種源158只", value=158, unit=CNT)
S("ibs", 16, "基地20余處", value=20, unit=CNT, q="over")
NC("ibs", 4, "After 42 years", "duration")
NC("ibs", 4, "2023 Crested Ibis Cultural", "date")
NC("ibs", 6, "2018-05-24 01:21:08", "date")
NC("ibs", 6, "on May 23, 1981", "date")
NC("ibs", 7, "In 1978, a team", "date")
NC("ibs", 7, "in 1990, when", "date")
NC("ibs", 8, "2020年06月23日10:31", "date")
NC("ibs", 8, "(2018年1月8日摄)", "date", nth=1)
NC("ibs", 9, "@2022-12-08", "date")
NC("ibs", 10, "2023年11月15日", "date")
NC("ibs", 10, "经过42年", "duration")
NC("ibs", 11, "2021年5月23日", "date")
NC("ibs", 11, "40周年", "ordinal")
NC("ibs", 12, "2016年6月", "date")
NC("ibs", 13, "40年來", "duration")
NC("ibs", 14, "2018-01-22", "date")
NC("ibs", 14, "30多年來", "duration")
NC("ibs", 15, "經(jīng)過40年的努力", "duration")
NC("ibs", 16, "2023-11-05 07:41:07", "date")
NC("ibs", 16, "雌雄性比趨近1∶1", "ratio")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh41.toml", "corpus-fresh41")
