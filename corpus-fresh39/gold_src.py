"""Hand annotation of corpus-fresh39, written as data; emits gold.d/fresh39.toml (then run
corpus/check_gold.py --dir corpus-fresh39 --build).

Three domains: whaling (Japan's commercial whaling quota of July 2019: 227 whales, 52 minke / japantimes' 53, 150 Bryde's
(raised by 37; 187 caught), 25 sei; its Antarctic research hunts of 333 minke whales in 2015/16 (230 females, about 90%
pregnant, 200 pregnant), 2017/18 (181 females, 122 pregnant, 114 immature against scroll's 53 juveniles) and 2018/19 (186
males, 147 females against safety4sea's 181); Norway's minke quotas (1286 a year 2010-2015, 880 in 2016, 999 in 2017 against
Xinhua's 1000, 1,278 in 2018) and catches (594 / 736 / 660 in 2013-2015, 591 in 2016, 432 in 2017); `whl-*`), honey bee
colony losses in the United States (the Bee Informed Partnership's yearly surveys: 34.1% / 34.2% in 2013-14 with a winter
23.7% / 23.2%, 42.1% / 42% in 2014-15, 45.5% (preliminary) and 50.8% / 51% in 2020-21, 39% in 2021-22, 48.2% / 48% in
2022-23; Project Apis m.'s survey of 2024-25: 62% for commercial beekeepers, sideliners 62% / 54%, 1.6 million / 160萬 /
1.7 million colonies, $600 million / $635 million / $650M+; `api-*`) and Greenland's ice loss (Sasgen et al. 2020: 532
billion tonnes in 2019 (586 billion short tons), 15% above 2012's 464, 1.5 mm of sea level, the averages of 235 (since 2003)
and 255 (2003-2016) billion tonnes; IMBIE 2019: 3.8 trillion tonnes and 10.6 mm since 1992 against 约4万亿吨 / 11毫米; IMBIE's
two ice sheets: 6.4 trillion tonnes, 17.8 / 18 mm; the rise if all the ice melted: 7 m, 7.5 m, 19 feet, 'at least 6
metres'; the share of the island under ice: 79 / 80 / 81 percent; `grl-*`).

Every mention carries a basis tag (estimate / report vintage / year / measure, as read from the text). Pair verdicts:
explicit entries win; otherwise a different basis is different_basis, the same basis and the same value consistent;
every same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a
figure that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the
other figure is consistent). Ranges carry values [lo, hi]. Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿 = 1e12,
兆 = 1e12, 成 = 10 percent, M = 1e6. Units: count, percent, percentage_points, tonnes, litres, metres, feet, mm, USD,
times, km**2, grams, kg, km, degrees_C, inches, gallons.
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

WHL, API, GRL = "whaling", "us-bee-colony-losses", "greenland-ice-loss"
T, L, M_, FT, MM, TIMES = "tonnes", "litres", "metres", "feet", "mm", "times"


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ whaling
pairgrp("whl_quota_2019", WHL, "Japan's commercial whaling quota to the end of 2019: 227 whales (ten mentions)", "Japan",
        "whaling quota", "July-December 2019",
        [F("whl", 1, "Whaling Quota At 227", 227, CNT, "a", note="headline"),
         F("whl", 1, "6-month whaling quota at 227", 227, CNT, "a"),
         F("whl", 1, "plans to catch 227 whales", 227, CNT, "a"),
         F("whl", 1, "six-month quota of 227", 227, CNT, "a"),
         F("whl", 2, "Catch Quota at 227 Whales", 227, CNT, "a", note="headline"),
         F("whl", 2, "a catch quota of 227 whales", 227, CNT, "a"),
         F("whl", 3, "set a quota of 227 whales", 227, CNT, "a"),
         F("whl", 16, "总计227头", 227, CNT, "a"),
         F("whl", 20, "上限設為227頭", 227, CNT, "a")])
ms = [
    F("whl", 1, "52 minke and", 52, CNT, "a"),
    F("whl", 2, "52 minke whales", 52, CNT, "a"),
    F("whl", 3, "with 52 minke", 52, CNT, "a"),
    F("whl", 16, "52头小鳁鲸", 52, CNT, "a"),
    F("whl", 20, "52頭小鬚鯨", 52, CNT, "a"),
    F("whl", 4, "catch quota of 53 minke whales", 53, CNT, "a", note="japantimes (Kyodo), September 2019"),
]
G("whl_quota_minke_2019", WHL, "Japan's 2019 quota of minke whales: 52 (five) against the Japan Times' 53", "Japan", "minke whale quota",
  "July-December 2019", "53 against 52 (conflict).", ms)
ms = [
    F("whl", 1, "150 Bryde's whales,", 150, CNT, "q"),
    F("whl", 2, "150 Bryde's whales and", 150, CNT, "q"),
    F("whl", 3, "150 Bryde’s and", 150, CNT, "q"),
    F("whl", 16, "150头布氏鲸", 150, CNT, "q"),
    F("whl", 20, "150頭布氏鯨", 150, CNT, "q"),
    F("whl", 4, "the initial quota of 150", 150, CNT, "q"),
    F("whl", 17, "共捕获187头布氏鲸", 187, CNT, "c", note="the catch, after the quota was raised by 37"),
]
G("whl_quota_brydes_2019", WHL, "Japan's 2019 quota of Bryde's whales: 150 (six); 187 caught (499n)", "Japan", "Bryde's whale quota",
  "July-December 2019", "The quota restated (consistent); the catch different_basis.", ms)
ms = [
    F("whl", 1, "25 sei whales.", 25, CNT, "q"),
    F("whl", 2, "25 sei whales, all", 25, CNT, "q"),
    F("whl", 3, "25 sei whales.", 25, CNT, "q"),
    F("whl", 16, "25头塞鲸", 25, CNT, "q"),
    F("whl", 20, "25隻塞鯨", 25, CNT, "q"),
    F("whl", 17, "25头塞鲸", 25, CNT, "c", note="the catch"),
]
G("whl_quota_sei_2019", WHL, "Japan's 2019 quota of sei whales: 25 (five); 25 caught (499n)", "Japan", "sei whale quota",
  "July-December 2019", "The quota restated (consistent); the catch different_basis.", ms)
pairgrp("whl_antarctic_target", WHL, "Japan's Antarctic research catch a year: 333 minke whales (annual catch, 'up to', planned)", "Japan",
        "Antarctic minke whales a year (research)", "2015-2019",
        [F("whl", 2, "333 Antarctic minke whales in the", 333, CNT, "a"),
         F("whl", 8, "kill up to 333 Antarctic minke", 333, CNT, "a", note="'up to': the programme's ceiling"),
         F("whl", 10, "plan to catch 333 minke whales", 333, CNT, "a")])
pairgrp("whl_kill_1516", WHL, "Minke whales killed in Japan's 2015/16 Antarctic hunt: 333 (nine) and 'more than 300'", "Japan",
        "minke whales killed", "2015/16",
        [F("whl", 5, "it took 333 minke whales", 333, CNT, "a"),
         F("whl", 5, "killed 333 minke whales", 333, CNT, "a"),
         F("whl", 6, "Japan kills 333 minke whales", 333, CNT, "a", note="headline"),
         F("whl", 6, "has killed 333 minke whales", 333, CNT, "a"),
         F("whl", 7, "kills 333 whales in Antarctic hunt", 333, CNT, "a", note="headline"),
         F("whl", 7, "confirmed 333 minke whales", 333, CNT, "a"),
         F("whl", 7, "slaughtered 333 minke whales", 333, CNT, "a"),
         F("whl", 7, "more than 300 minke whales", 300, CNT, "a", q="over"),
         F("whl", 21, "殺333頭鯨", 333, CNT, "a", note="headline"),
         F("whl", 21, "共捕殺333頭小鬚鯨", 333, CNT, "a")],
        "'More than 300' holds 333 (consistent).")
pairgrp("whl_females_1516", WHL, "Females among the whales of 2015/16: 230 (three)", "Japan", "female minke whales killed", "2015/16",
        [F("whl", 5, "Some 230 were female", 230, CNT, "a", q="approx"), F("whl", 6, "230 females", 230, CNT, "a"),
         F("whl", 21, "230頭母鯨", 230, CNT, "a")])
pairgrp("whl_pregnant_share_1516", WHL, "Share of the (mature) females pregnant, 2015/16: (about) 90% (four)", "Japan",
        "share of females pregnant", "2015/16",
        [F("whl", 5, "about 90% of these", 90.0, PC, "a", q="approx"), F("whl", 6, "90 percent of the latter", 90.0, PC, "a"),
         F("whl", 7, "90 percent of the mature females", 90.0, PC, "a"), F("whl", 21, "約90%", 90.0, PC, "a", q="approx")])
pairgrp("whl_pregnant_1516", WHL, "Pregnant females killed in 2015/16: 200 (two)", "Japan", "pregnant minke whales killed", "2015/16",
        [F("whl", 7, "including 200 pregnant females", 200, CNT, "a"), F("whl", 21, "包含200懷孕母鯨", 200, CNT, "a")])
pairgrp("whl_kill_1718", WHL, "Minke whales killed in Japan's 2017/18 Antarctic hunt: 333 (six)", "Japan", "minke whales killed", "2017/18",
        [F("whl", 8, "hunters caught 333 minke whales", 333, CNT, "a"),
         F("whl", 8, "Of the 333 minke whales", 333, CNT, "a"),
         F("whl", 9, "killed 333 Antarctic minke whales", 333, CNT, "a"),
         F("whl", 11, "previous season’s killing of 333", 333, CNT, "a"),
         F("whl", 19, "共333条小须鲸", 333, CNT, "a"),
         F("whl", 24, "共捕殺333頭小須鯨", 333, CNT, "a")])
ms = [
    F("whl", 8, "killed 122 pregnant minke whales", 122, CNT, "a"),
    F("whl", 8, "The killing of 122 pregnant whales", 122, CNT, "a"),
    F("whl", 9, "slaughters 122 pregnant", 122, CNT, "a", note="headline"),
    F("whl", 9, "122 of the whales killed were pregnant", 122, CNT, "a"),
    F("whl", 11, "122 of these were pregnant", 122, CNT, "a"),
    F("whl", 19, "宰杀122条怀孕鲸鱼", 122, CNT, "a"),
    F("whl", 19, "有122头在怀孕期间", 122, CNT, "a"),
    F("whl", 24, "其中122頭為懷孕母鯨", 122, CNT, "a"),
    F("whl", 11, "122 Pregnant", 122, CNT, "h", nth=1, note="headline: put on the 2018/19 hunt"),
    F("whl", 11, "122 Pregnant", 122, CNT, "h", nth=2, note="put on the 2018/19 hunt"),
]
G("whl_pregnant_1718", WHL, "Pregnant whales killed in 2017/18: 122 (eight); fullavante's headline puts 122 on the 2018/19 hunt", "Japan",
  "pregnant minke whales killed", "2017/18", "The same count (consistent); the headline's season different_basis.", ms)
pairgrp("whl_kill_1819", WHL, "Minke whales killed in Japan's 2018/19 Antarctic hunt: 333 (seven, safety4sea's and fullavante's returned fleet)",
        "Japan", "minke whales killed", "2018/19",
        [F("whl", 11, "Kill 333 Whales", 333, CNT, "a", nth=1, note="headline"),
         F("whl", 11, "Kill 333 Whales", 333, CNT, "a", nth=2),
         F("whl", 11, "after killing 333 minke whales", 333, CNT, "a"),
         F("whl", 11, "Of the 333 whales killed", 333, CNT, "a"),
         F("whl", 10, "Japanese fleet kills 333 minke whales", 333, CNT, "a", note="headline"),
         F("whl", 10, "after killing 333 minke whales", 333, CNT, "a"),
         F("whl", 10, "from the 333 killed whales", 333, CNT, "a")])
ms = [
    F("whl", 8, "181 were female", 181, CNT, "y18"),
    F("whl", 11, "181 were females", 181, CNT, "y18"),
    F("whl", 19, "181头为雌性", 181, CNT, "y18"),
    F("whl", 11, "and 147 females", 147, CNT, "y19"),
    F("whl", 10, "and 181 female", 181, CNT, "y19", note="safety4sea: 2018/19's males with 2017/18's females"),
]
G("whl_females", WHL, "Females among the whales killed: 181 in 2017/18 (three); 2018/19's 147 (fullavante) against safety4sea's 181", "Japan",
  "female minke whales killed", "2017/18-2018/19", "181 against 147 for 2018/19 (conflict); the other season different_basis.", ms)
ms = [
    F("whl", 11, "there were 186 males", 186, CNT, "y19"),
    F("whl", 10, "186 were male", 186, CNT, "y19"),
    F("whl", 19, "其中152头属雄性", 152, CNT, "y18"),
]
G("whl_males", WHL, "Males among the whales killed: 186 in 2018/19 (two); 152 in 2017/18", "Japan", "male minke whales killed",
  "2017/18-2018/19", "The same count (consistent); the other season different_basis.", ms)
ms = [
    F("whl", 9, "114 were immature", 114, CNT, "a"),
    F("whl", 19, "114条幼鲸", 114, CNT, "a"),
    F("whl", 19, "有114头幼鲸遭猎杀", 114, CNT, "a"),
    F("whl", 24, "另有114頭為幼鯨", 114, CNT, "a"),
    F("whl", 8, "53 were juvenile", 53, CNT, "a", note="scroll.in"),
]
G("whl_immature_1718", WHL, "Immature whales killed in 2017/18: 114 (four) against scroll's 53 juveniles", "Japan", "immature minke whales killed",
  "2017/18", "53 against 114 (conflict).", ms)
pairgrp("whl_adult_share_1819", WHL, "Share of the 2018/19 females that were adult: over 50% (two)", "Japan", "share of females adult", "2018/19",
        [F("whl", 10, "Over 50% of the females", 50.0, PC, "a", q="over"), F("whl", 11, "Just over 50 percent", 50.0, PC, "a", q="over")])
pairgrp("whl_hunt_days_1516", WHL, "Days at sea in 2015/16: 115 (three)", "Japan", "days of the Antarctic hunt", "2015/16",
        [F("whl", 6, "spent 115 days at sea", 115, "days", "a"), F("whl", 7, "115-day Antarctic hunt", 115, "days", "a"),
         F("whl", 21, "115天后", 115, "days", "a")])
ms = [
    F("whl", 12, "from 999 in 2017", 999, CNT, "a"),
    F("whl", 12, "last year’s quota of 999", 999, CNT, "a"),
    F("whl", 14, "a quota of 999 minke whales", 999, CNT, "a"),
    F("whl", 18, "配额为999头", 999, CNT, "a"),
    F("whl", 23, "配額上調至999隻", 999, CNT, "a", note="headline"),
    F("whl", 23, "上調到 999隻", 999, CNT, "a"),
    F("whl", 22, "提高到1000頭", 1000, CNT, "a", note="Xinhua's big5 copy, March 2017"),
    F("whl", 22, "又回升至1000頭", 1000, CNT, "a"),
]
G("whl_norway_quota_2017", WHL, "Norway's minke whale quota for 2017: 999 (six) against Xinhua's 1000 (twice)", "Norway", "minke whale quota", "2017",
  "1000 rounds 999 (rounding).", ms)
ms = [
    F("whl", 12, "up to 1,278 this year", 1278, CNT, "q"),
    F("whl", 12, "is set at 1,278 animals", 1278, CNT, "q"),
    F("whl", 18, "提高至1278头", 1278, CNT, "q"),
    F("whl", 16, "挪威1278头", 1278, CNT, "c", note="whb: given as Norway's 2018 catch"),
]
G("whl_norway_quota_2018", WHL, "Norway's minke whale quota for 2018: 1,278 (three); whb gives 1278 as the 2018 catch", "Norway", "minke whale quota",
  "2018", "The quota restated (consistent); the catch different_basis.", ms)
pairgrp("whl_norway_catch_2017", WHL, "Norway's minke whale catch in 2017: 432 (two)", "Norway", "minke whales caught", "2017",
        [F("whl", 12, "counted only 432 animals", 432, CNT, "a"), F("whl", 18, "仅为432头", 432, CNT, "a")])
pairgrp("whl_norway_quota_2016", WHL, "Norway's minke whale quota for 2016: 880 (five)", "Norway", "minke whale quota", "2016",
        [F("whl", 13, "the quota was 880 whales", 880, CNT, "a"), F("whl", 14, "last year’s quota of 880", 880, CNT, "a"),
         F("whl", 15, "at 880 animals", 880, CNT, "a"), F("whl", 22, "降爲880頭", 880, CNT, "a"), F("whl", 23, "的 880隻", 880, CNT, "a")])
pairgrp("whl_norway_quota_1015", WHL, "Norway's yearly minke quota before 2016: 1286 (two)", "Norway", "minke whale quota", "2010-2015",
        [F("whl", 15, "from the 1286 animals", 1286, CNT, "a"), F("whl", 22, "每年高達1286頭", 1286, CNT, "a")])
pairgrp("whl_norway_catch_2013", WHL, "Norway's minke catch in 2013: 594 (two)", "Norway", "minke whales caught", "2013",
        [F("whl", 13, "caught 594 whales in 2013", 594, CNT, "a", vt="594"), F("whl", 15, "594 in 2013", 594, CNT, "a", vt="594")])
pairgrp("whl_norway_catch_2014", WHL, "Norway's minke catch in 2014: 736 (two)", "Norway", "minke whales caught", "2014",
        [F("whl", 13, "736 in 2014", 736, CNT, "a", vt="736"), F("whl", 15, "736 in 2014", 736, CNT, "a", vt="736")])
pairgrp("whl_norway_catch_2015", WHL, "Norway's minke catch in 2015: 660 (two)", "Norway", "minke whales caught", "2015",
        [F("whl", 13, "660 in 2015", 660, CNT, "a", vt="660"), F("whl", 15, "660 animals were caught", 660, CNT, "a")])
pairgrp("whl_norway_stock", WHL, "Minke whales in Norwegian waters: more than 100,000 (three)", "Norway", "minke whale population", "2017-2018",
        [F("whl", 12, "more than 100,000 animals", 100000, CNT, "a", q="over"), F("whl", 18, "超过10万头鲸", 10e4, CNT, "a", q="over"),
         F("whl", 23, "超過 10萬隻", 10e4, CNT, "a", q="over", vt="10萬")])
pairgrp("whl_norway_quota_rise_2017", WHL, "Rise of Norway's quota in 2017: 10% (dq.yam, twice)", "Norway", "rise in minke quota", "2017",
        [F("whl", 23, "上調 10%的捕鯨配額", 10.0, PC, "a"), F("whl", 23, "捕鯨配額上調10%", 10.0, PC, "a")])
ms = [
    F("whl", 14, "90 per cent of the minke whales", 90.0, PC, "f", vt="90 per cent"),
    F("whl", 23, "有 90%被獵殺", 90.0, PC, "p"),
]
G("whl_norway_90", WHL, "NRK's documentary: 90 per cent of the minke whales killed are female (kcwtoday) / are pregnant females (dq.yam)", "Norway",
  "share of minke whales killed", "2017", "Two measures (different_basis).", ms)
ms = [
    F("whl", 18, "共捕杀超过1.3万头鲸", 1.3e4, CNT, "y86", q="over"),
    F("whl", 22, "總共捕殺1.18萬頭鯨魚", 1.18e4, CNT, "y93"),
]
G("whl_norway_total", WHL, "Whales killed by Norway: over 1.3万 since the 1986 ban, 1.18萬 since 1993", "Norway", "whales killed", "1986-2017",
  "Different periods (different_basis).", ms)

S("whl", 1, "caught 637 whales for research", value=637, unit=CNT)
S("whl", 2, "caught 170 minke whales", value=170, unit=CNT)
S("whl", 2, "and 134 sei whales", value=134, unit=CNT)
S("whl", 4, "with 33 of them allocated", value=33, unit=CNT)
S("whl", 4, "added 37 whales to the quota", value=37, unit=CNT)
S("whl", 6, "103 were males", value=103, unit=CNT)
S("whl", 6, "65 of those surveying", value=65, unit="days")
S("whl", 7, "an estimated 4,000 whales", value=4000, unit=CNT, q="approx")
S("whl", 7, "just 251 minke whales", value=251, unit=CNT)
S("whl", 7, "only 103 in the season before", value=103, unit=CNT)
S("whl", 8, "high [95.3%]", value=95.3, unit=PC)
S("whl", 12, "by nearly 300 animals", value=300, unit=CNT, q="under")
S("whl", 12, "Only 11 vessels", value=11, unit=CNT)
S("whl", 14, "an increase of 119 whales", value=119, unit=CNT)
S("whl", 15, "21 vessels took part", value=21, unit=CNT)
S("whl", 15, "20 participating vessels", value=20, unit=CNT)
S("whl", 16, "俄罗斯捕捞120头", value=120, unit=CNT)
S("whl", 16, "冰岛378头", value=378, unit=CNT)
S("whl", 16, "丹麦176头", value=176, unit=CNT)
S("whl", 16, "美国51头", value=51, unit=CNT)
S("whl", 16, "产量为23.3万吨", vt="23.3万", value=23.3e4, unit=T)
S("whl", 16, "吃掉2.4公斤", value=2.4, unit="kg")
S("whl", 16, "削减到3000至5000吨", vt="3000至5000", value=[3000, 5000], unit=T)
S("whl", 17, "约1430吨鲸肉", value=1430, unit=T, q="approx")
S("whl", 17, "11头小须鲸", value=11, unit=CNT)
S("whl", 17, "总计223头", value=223, unit=CNT)
S("whl", 19, "带回330头被猎杀", value=330, unit=CNT)
S("whl", 21, "4艘捕鯨船", value=4, unit=CNT)
S("whl", 22, "實際捕獲量爲591頭", value=591, unit=CNT)
S("whl", 24, "綁有30克斧榴彈", value=30, unit="grams")
S("whl", 16, "允许在年底前捕捉3种鲸鱼", vt="3", value=3, unit=CNT)
NC("whl", 20, "今(1) 日", "date")
NC("whl", 23, "Photo: Len2040", "name")
NC("whl", 8, "In 2014, the International", "date")
NC("whl", 1, "Japan Sets 6 - Month", "duration")
NC("whl", 1, "first time in 31 years", "duration")
NC("whl", 2, "Tokyo, July 1 (Jiji Press)", "date")
NC("whl", 2, "after 31 years of hiatus", "duration")
NC("whl", 2, "continues for 100 years", "duration")
NC("whl", 3, "Japan resumes commercial whaling after 31 years", "duration")
NC("whl", 3, "halted commercial whaling in 1988", "date")
NC("whl", 4, "the first time in 31 years", "duration")
NC("whl", 4, "the 41-year-old captain", "age")
NC("whl", 4, "Yoshifumi Kai, 59", "age")
NC("whl", 6, "the 2015/16 summer mission", "date")
NC("whl", 7, "Over the next 12 years", "duration")
NC("whl", 7, "In the 2013-14 season", "date")
NC("whl", 8, "in November 2017", "date")
NC("whl", 13, " date 2017-03-05", "date")
NC("whl", 14, "the 1986 moratorium", "date")
NC("whl", 14, "In the 1993 season", "date")
NC("whl", 16, "于1951年加入", "date")
NC("whl", 17, "时隔31年", "duration")
NC("whl", 17, "10月4日返回", "date")
NC("whl", 17, "出海3个月", "duration")
NC("whl", 18, "奥斯陆3月6日电", "date")
NC("whl", 19, "在12星期内", "duration")
NC("whl", 20, "中斷31年", "duration")
NC("whl", 21, "(東京26日綜合電)", "date")
NC("whl", 21, "將持續12年", "duration")
NC("whl", 22, "奧斯陸3月6日新媒體專電", "date")
NC("whl", 23, "13878", "page_furniture")
NC("whl", 23, "為期 6個月", "duration")
NC("whl", 24, "2018-06-02 18:23:12", "date")

# ============================================================ US honey bee colony losses
ms = [
    F("api", 2, "lost 48.2% of their managed hives", 48.2, PC, "a"),
    F("api", 3, "even though 48% of colonies", 48.0, PC, "a"),
    F("api", 3, "Last year’s 48% annual loss", 48.0, PC, "a"),
    F("api", 4, "with a 48% loss in 2022", 48.0, PC, "a", vt="48%"),
    F("api", 4, "the loss of 48% of colonies", 48.0, PC, "a"),
    F("api", 4, "yearly loss of 48%", 48.0, PC, "a"),
    F("api", 5, "lost an estimated 48% of their", 48.0, PC, "a", q="approx"),
    F("api", 1, "lost more than 48% of their colonies", 48.0, PC, "a", q="over"),
    F("api", 1, "Beekeepers lost nearly 50% of their managed colonies last year, the second-highest rate of loss on record. File", 50.0, PC,
      "a", q="under", vt="50%", note="photo caption"),
    F("api", 1, "-- Beekeepers lost nearly 50%", 50.0, PC, "a", q="under", vt="50%"),
]
G("api_loss_2223", API, "US colonies lost April 2022 - April 2023: 48.2% (scoop.it) against a plain 48% (five); 'an estimated 48%', 'more than "
  "48%', 'nearly 50%' (twice)", "United States", "managed honey bee colonies lost", "2022-23",
  "48% rounds 48.2% (rounding); the hedges hold both (consistent).", ms)
ms = [
    F("api", 3, "2020-2021’s 50.8% mortality rate", 50.8, PC, "f", vt="50.8%"),
    F("api", 4, "the death rate of 50.8%", 50.8, PC, "f"),
    F("api", 5, "after 2020-21's 51%", 51.0, PC, "f", vt="51%"),
    F("api", 6, "lost 45.5% of their managed honey bee colonies", 45.5, PC, "p", note="preliminary results, June 2021"),
    F("api", 7, "lost 45.5% of their managed bees", 45.5, PC, "p"),
    F("api", 8, "the 45.5% loss for the entire U.S.", 45.5, PC, "p"),
]
G("api_loss_2021", API, "US colonies lost April 2020 - April 2021: 50.8% (final, twice) and statista's 51%; the preliminary 45.5% (three)",
  "United States", "managed honey bee colonies lost", "2020-21",
  "51% rounds 50.8% (rounding); the preliminary figure different_basis (conflict defensible).", ms, X(ms, DC, ["p"], ["f"]))
pairgrp("api_loss_2122", API, "US colonies lost 2021-22: 39% (two)", "United States", "managed honey bee colonies lost", "2021-22",
        [F("api", 3, "previous year’s loss of 39%", 39.0, PC, "a"), F("api", 4, "the loss of 39% the year", 39.0, PC, "a")])
ms = [
    F("api", 3, "the 12-year average of 39.6%", 39.6, PC, "y23", vt="39.6%"),
    F("api", 4, "the 12-year average of 39.6%", 39.6, PC, "y23", vt="39.6%"),
    F("api", 6, "average annual loss rate of 39.4%", 39.4, PC, "y21"),
    F("api", 7, "The average annual loss was 39.4%", 39.4, PC, "y21"),
    F("api", 8, "average annual loss of 39.4%", 39.4, PC, "y21"),
]
G("api_avg_loss", API, "Average annual colony loss of the surveys: 39.6% (12-year average, 2023 report, twice) and 39.4% (2021 report, three)",
  "United States", "average annual colony loss", "2006-2023", "Different survey spans (different_basis).", ms)
pairgrp("api_pp_above_2021", API, "2020-21's loss above the average: 6.1 percentage points (two)", "United States", "loss above average",
        "2020-21", [F("api", 6, "6.1 percentage points higher", 6.1, PP, "a"), F("api", 8, "6.1 percentage points higher", 6.1, PP, "a")])
ms = [
    F("api", 3, "a 21% loss over the winter is acceptable", 21.0, PC, "w23"),
    F("api", 4, "a 21% loss during the winter", 21.0, PC, "w23"),
    F("api", 6, "defined at about 20%", 20.0, PC, "t21", q="approx"),
    F("api", 7, "would be around 20%", 20.0, PC, "t21", q="approx"),
    F("api", 17, "希望的18.9%的水平", 18.9, PC, "w14"),
]
G("api_acceptable", API, "Acceptable colony loss: 21% in winter (2023 survey, twice), about 20% turnover (2021, two), 18.9% (2013-14)",
  "United States", "acceptable colony loss", "2013-2023", "Different years and measures (different_basis).", ms)
ms = [
    F("api", 10, "and 34.1 %", 34.1, PC, "a", vt="34.1 %"),
    F("api", 9, "the 34.2 percent loss", 34.2, PC, "a", vt="34.2 percent"),
    F("api", 18, "2013-2014 年的 34.2%", 34.2, PC, "a", vt="34.2%"),
]
G("api_loss_1314", API, "US colonies lost April 2013 - April 2014: 34.1% (the Apidologie paper) against the USDA release's 34.2% (two)",
  "United States", "managed honey bee colonies lost", "2013-14", "34.1% against 34.2% (conflict).", ms)
ms = [
    F("api", 10, "23.7 % [95 % CI", 23.7, PC, "a", vt="23.7 %"),
    F("api", 17, "蜂群损失率为23.2%", 23.2, PC, "a"),
]
G("api_winter_1314", API, "US colonies lost over the winter of 2013-14: 23.7% (the paper) against zhfengmi's 23.2%", "United States",
  "colonies lost over winter", "2013-14", "23.2% against 23.7% (conflict).", ms)
pairgrp("api_summer_2013", API, "US colonies lost over the summer of 2013: 19.8% (two)", "United States", "colonies lost over summer", "2013",
        [F("api", 10, "Total losses reported were 19.8 %", 19.8, PC, "a", vt="19.8 %"), F("api", 22, "前一年夏季的19.8%", 19.8, PC, "a")])
ms = [
    F("api", 9, "lost 42.1 percent of their", 42.1, PC, "a", vt="42.1 percent"),
    F("api", 18, "全年损失为 42.1%", 42.1, PC, "a"),
    F("api", 18, "年度总损失为 42.1%", 42.1, PC, "a"),
    F("api", 22, "有42.1%的蜂群死亡", 42.1, PC, "a"),
    F("api", 22, "一年衰亡42%", 42.0, PC, "a", note="headline"),
]
G("api_loss_1415", API, "US colonies lost April 2014 - April 2015: 42.1% (four) and apk.tw's headline 42%", "United States",
  "managed honey bee colonies lost", "2014-15", "42% rounds 42.1% (rounding; inside apk.tw rounding or consistent).", ms)
pairgrp("api_pollination_value", API, "Crop value of honey bee pollination in the US: $15 billion (three)", "United States", "value of bee pollination",
        "current", [F("api", 1, "about $15 billion in added crop value", 15e9, USD, "a", q="approx"),
                    F("api", 7, "about $15 billion worth of crops", 15e9, USD, "a", q="approx"),
                    F("api", 17, "产值达到150亿美元", 150e8, USD, "a")])
ms = [
    F("api", 12, "an average 62 percent loss", 62.0, PC, "a", vt="62 percent"),
    F("api", 12, "more than 500 colonies lost 62%", 62.0, PC, "a", vt="62%"),
    F("api", 13, "Commercial     62%", 62.0, PC, "a"),
    F("api", 14, "they misplaced 62% of their colonies", 62.0, PC, "a", nth=1),
    F("api", 14, "they misplaced 62% of their colonies", 62.0, PC, "a", nth=2),
    F("api", 15, "an average loss of 62%", 62.0, PC, "a"),
    F("api", 21, "平均損失達 62%", 62.0, PC, "a"),
    F("api", 23, "massive losses of 62%", 62.0, PC, "a", nth=1),
    F("api", 23, "massive losses of 62%", 62.0, PC, "a", nth=2),
    F("api", 11, "in excess of 60% of their bees", 60.0, PC, "a", q="over"),
    F("api", 16, "more than 60 percent of their colonies", 60.0, PC, "a", q="over", vt="60 percent"),
    F("api", 19, "今年或锐减70%", 70.0, PC, "fc", q="under", note="Washington State University's forecast ('up to')"),
    F("api", 19, "高达70%的损失", 70.0, PC, "fc", q="under"),
    F("api", 19, "可能高达60%至70%", [60.0, 70.0], PC, "fr", vt="60%至70%", step=10),
]
G("api_commercial_2425", API, "Commercial beekeepers' colony losses June 2024 - early 2025: 62% (nine), 'in excess of' / 'more than' 60%; WSU's "
  "forecast of up to 60-70%", "United States", "commercial colonies lost", "2024-25",
  "The same figure and hedges that hold it (consistent); the forecast different_basis.", ms, X(ms, K, ["fc"], ["fr"]))
ms = [
    F("api", 12, "50 to 100 colonies lost 62%", 62.0, PC, "a", vt="62%"),
    F("api", 13, "Sideliner          54%", 54.0, PC, "a"),
]
G("api_sideliner_2425", API, "Sideline beekeepers' colony losses 2024-25: proag's 62% against mdbeekeepers' 54%", "United States",
  "sideliner colonies lost", "2024-25", "62% against 54% (conflict).", ms)
pairgrp("api_hobbyist_2425", API, "Hobbyist beekeepers' colony losses 2024-25: 50% (three)", "United States", "hobbyist colonies lost", "2024-25",
        [F("api", 11, "lost an average of 50% of their colonies", 50.0, PC, "a"), F("api", 12, "lost an average of 50%", 50.0, PC, "a"),
         F("api", 13, "Hobbyist          50%", 50.0, PC, "a")])
ms = [
    F("api", 15, "1.6 million colonies lost", 1.6e6, CNT, "a"),
    F("api", 21, "約 160 萬個蜂群", 160e4, CNT, "a", q="approx", vt="160 萬"),
    F("api", 16, "roughly 1.7 million colonies", 1.7e6, CNT, "a", q="approx"),
    F("api", 14, "misplaced 1.1 million colonies", 1.1e6, CNT, "feb", note="respondents' losses to February"),
    F("api", 14, "greater than 1 million colonies misplaced", 1e6, CNT, "feb", q="over"),
    F("api", 23, "(1.1M colonies)", 1.1e6, CNT, "feb", nth=1, vt="1.1M"),
    F("api", 23, "(1.1M colonies)", 1.1e6, CNT, "feb", nth=2, vt="1.1M"),
]
G("api_colonies_lost_2425", API, "US colonies lost 2024-25: 1.6 million (thefencepost) and 約160萬 (infinityesg) against daily8's 'roughly 1.7 million'; "
  "the respondents' 1.1 million to February (three) and 'greater than 1 million'", "United States", "colonies lost", "2024-25",
  "1.7 million against 1.6 million (conflict); the February count different_basis.", ms,
  {(2, 3): C})
ms = [
    F("api", 16, "an estimated $600 million", 600e6, USD, "a", q="approx"),
    F("api", 20, "totaling $635 million", 635e6, USD, "a"),
    F("api", 20, "共计6.35亿美元", 6.35e8, USD, "a"),
    F("api", 23, "face $650M+", 650e6, USD, "a", q="over", nth=1, vt="$650M"),
    F("api", 23, "face $650M+", 650e6, USD, "a", q="over", nth=2, vt="$650M"),
]
G("api_damage_2425", API, "Economic damage of the 2024-25 losses: 'an estimated $600 million', $635 million / 6.35亿美元, '$650M+' (twice)",
  "United States", "economic damage of colony losses", "2024-25",
  "'More than $650M' against $635 million (conflict); about $600 million holds 635 and touches 650 (consistent).", ms)
ms = [
    F("api", 11, "over 1.835 million colonies", 1.835e6, CNT, "a", q="over"),
    F("api", 12, "over 1.835 million colonies", 1.835e6, CNT, "a", q="over"),
    F("api", 15, "an estimated 1.956 million colonies", 1.956e6, CNT, "b", q="approx", note="the survey's later count (April 2025)"),
]
G("api_survey_colonies", API, "Colonies of the Project Apis m. survey's respondents: over 1.835 million (March, two); 1.956 million (April)",
  "United States", "colonies covered by the survey", "2025", "Two survey vintages (different_basis).", ms)
ms = [
    F("api", 11, "approximately 68% of the nation", 68.0, PC, "a", q="approx"),
    F("api", 12, "This represents 68%", 68.0, PC, "a"),
    F("api", 15, "approximately 72% of the", 72.0, PC, "b", q="approx"),
]
G("api_survey_share", API, "Share of the nation's bees covered by the survey: 68% (March, two); 72% (April)", "United States",
  "share of colonies covered by the survey", "2025", "Two survey vintages (different_basis).", ms)
ms = [
    F("api", 11, "gathered data from 702 beekeepers", 702, CNT, "a"),
    F("api", 12, "a survey of 702 beekeepers", 702, CNT, "a"),
    F("api", 14, "a survey of 702 U.S. beekeepers", 702, CNT, "a"),
    F("api", 14, "information from 702 beekeepers", 702, CNT, "a"),
    F("api", 15, "a total of 842 beekeepers", 842, CNT, "b"),
]
G("api_survey_beekeepers", API, "Beekeepers in the survey: 702 (March, four); 842 (April)", "United States", "survey respondents", "2025",
  "Two survey vintages (different_basis).", ms)
ms = [
    F("api", 5, "(~2.6 million colonies", 2.6e6, CNT, "n", q="approx"),
    F("api", 14, "maintained 2.7 million honey bee colonies", 2.7e6, CNT, "j24"),
]
G("api_us_colonies", API, "Honey bee colonies in the US: ~2.6 million (NASS, over 20 years), 2.7 million (January 2024)", "United States",
  "managed honey bee colonies", "2003-2024", "Different dates (different_basis).", ms)

S("api", 1, "about 1% higher than last year", vt="1%", value=1.0, unit=PC, q="approx")
S("api", 1, "at more than 24%", value=24.0, unit=PC, q="over")
S("api", 1, "More than 54% of backyard", value=54.0, unit=PC, q="over")
S("api", 1, "about 48% of commercial colonies", value=48.0, unit=PC, q="approx")
S("api", 4, "More than 100 of the food crops", value=100, unit=CNT, q="over")
S("api", 8, "lost 41.2% of their managed", value=41.2, unit=PC)
S("api", 8, "which was 58.4% in Iowa", value=58.4, unit=PC)
S("api", 10, "There were 7425 valid respondents", value=7425, unit=CNT)
S("api", 10, "(7123", value=7123, unit=CNT)
S("api", 10, "190 sideline", value=190, unit=CNT)
S("api", 10, "112 commercial beekeepers", value=112, unit=CNT)
S("api", 10, "managing 497,855 colonies", value=497855, unit=CNT)
S("api", 10, "19 % of the total US", vt="19 %", value=19.0, unit=PC)
S("api", 10, "15.1 % [95 % CI", vt="15.1 %", value=15.1, unit=PC)
S("api", 10, "44.8 %[95 % CI", vt="44.8 %", value=44.8, unit=PC)
S("api", 10, "and 51.1 %", vt="51.1 %", value=51.1, unit=PC)
S("api", 10, "years, 66 % of all beekeepers", vt="66 %", value=66.0, unit=PC)
S("api", 10, "CI 19.3–20.3 %]", vt="19.3–20.3 %", value=[19.3, 20.3], unit=PC)
S("api", 10, "CI 33.6–34.6 %]", vt="33.6–34.6 %", value=[33.6, 34.6], unit=PC)
S("api", 14, "at the least 16 scientists", value=16, unit=CNT, q="at_least")
S("api", 14, "account for 41% of complete colonies", value=41.0, unit=PC)
S("api", 14, "from 933,000 colonies", value=933000, unit=CNT)
S("api", 14, "almost 1.3 million colonies", value=1.3e6, unit=CNT, q="under")
S("api", 17, "比上年度的30.5%", vt="30.5%", value=30.5, unit=PC)
S("api", 17, "平均损失率为29.6%", vt="29.6%", value=29.6, unit=PC)
S("api", 18, "损失为 23.1%", vt="23.1%", value=23.1, unit=PC)
S("api", 18, "低约 0.6 个百分点", vt="0.6", value=0.6, unit=PP, q="approx")
S("api", 18, "低于 28.7% 的九年平均", vt="28.7%", value=28.7, unit=PC)
S("api", 19, "介于40%至50%之间", vt="40%至50%", value=[40.0, 50.0], unit=PC)
S("api", 19, "全世界有35%左右的农作物", vt="35%", value=35.0, unit=PC, q="approx")
S("api", 19, "产值接近3.5亿美元", vt="3.5亿", value=3.5e8, unit=USD, q="under")
S("api", 21, "(約 30% 左右)", vt="30%", value=30.0, unit=PC, q="approx")
S("api", 22, "已有超過60%的蜂群死亡", vt="60%", value=60.0, unit=PC, q="over")
S("api", 22, "6成蜂群死亡", vt="6成", value=60.0, unit=PC, note="headline for the states with over 60%")
S("api", 22, "失去了27.4%的蜂群", vt="27.4%", value=27.4, unit=PC)
S("api", 23, "($1b?)", vt="$1b", value=1e9, unit=USD, nth=1)
S("api", 23, "($1b?)", vt="$1b", value=1e9, unit=USD, nth=2)
S("api", 5, "pollinating over 100 different crop", vt="100", value=100, unit=CNT, q="over")
NC("api", 16, "Batch 2", "page_furniture")
NC("api", 10, "lowest reported in 8", "duration")
NC("api", 1, " date 2023-06-25", "date")
NC("api", 1, "Ahmed Amasi, 35,", "age")
NC("api", 1, "on April 16, 2016", "date")
NC("api", 1, "June 25 (UPI)", "date")
NC("api", 2, "April 1, 2022 to April 1, 2023", "date")
NC("api", 5, "over the last 20 years", "duration")
NC("api", 6, "the 15th annual nationwide survey", "ordinal")
NC("api", 7, "the 15th annual Bee Informed", "ordinal")
NC("api", 8, " date 2021-07-13", "date")
NC("api", 10, "the winter of 2006–2007", "date")
NC("api", 10, "[95 % CI 50.2", "confidence_level")
NC("api", 11, " date 2025-03-14", "date")
NC("api", 11, "(1-49 colonies)", "threshold")
NC("api", 12, "with 1 to 49 colonies", "threshold")
NC("api", 13, "2025 Feb 28", "date")
NC("api", 13, "MSBA's Feb 15, 2025 meeting", "date")
NC("api", 14, "on Feb. 28", "date")
NC("api", 14, "with 5 or extra colonies", "threshold")
NC("api", 15, " date 2025-04-28", "date")
NC("api", 15, "in nearly 20 years", "duration")
NC("api", 16, "2 days ago", "date")
NC("api", 17, "2019年04月05日 20时33分32秒", "date")
NC("api", 17, "损失率为23 2%", "garbled_number")
NC("api", 19, "人气 1470", "page_furniture")
NC("api", 19, "【大纪元2025年03月30日讯】", "date")
NC("api", 22, "查看: 206", "page_furniture")
NC("api", 22, "發表於 2015-5-18 16:34", "date")
NC("api", 22, "過去9年間第二高", "duration")

# ============================================================ Greenland ice loss
ms = [
    F("grl", 1, "532 billion metric tonnes of ice melting", 532e9, T, "a"),
    F("grl", 2, "Greenland lost 532 billion tonnes", 532e9, T, "a"),
    F("grl", 4, "Greenland lost 532 gigatonnes", 532e9, T, "a", vt="532", mult=1e9),
    F("grl", 5, "(532 billion metric tons)", 532e9, T, "a"),
    F("grl", 6, "loses 532 billion tons", 532e9, T, "a", note="headline"),
    F("grl", 6, "by 532 billion tons", 532e9, T, "a"),
    F("grl", 7, "annual record of 532 billion tons", 532e9, T, "a"),
    F("grl", 14, "净损失5320亿吨", 5320e8, T, "a"),
    F("grl", 15, "淡水达到5320亿吨", 5320e8, T, "a"),
    F("grl", 16, "融冰量达5320亿吨", 5320e8, T, "a"),
    F("grl", 16, "破融冰记录中损失了5320亿吨冰", 5320e8, T, "a"),
    F("grl", 16, "在2019年损失了5320亿吨冰", 5320e8, T, "a", vt="5320亿"),
    F("grl", 21, "約有5320億噸", 5320e8, T, "a", q="approx"),
    F("grl", 22, "5320億噸水流入大海", 5320e8, T, "a"),
    F("grl", 5, "lost 586 billion tons of ice in 2019", 586e9, T, "st", vt="586 billion", note="short tons: the page gives 532 billion metric tons"),
    F("grl", 5, "with 586 billion tons", 586e9, T, "st", note="short tons"),
    F("grl", 3, "lost 600 billion tons of ice", 600e9, T, "su", note="summer 2019, GRACE-FO study of March 2020"),
]
G("grl_loss_2019", GRL, "Greenland's ice loss in 2019 (Sasgen et al., August 2020): 532 billion tonnes / 5320亿吨 (fourteen); 586 billion short tons "
  "(twice); the 600 billion tons of the summer (another study)", "Greenland", "ice mass lost", "2019",
  "The same figure (consistent); short tons the same mass (consistent); the summer figure of another study different_basis (conflict defensible).",
  ms, X(ms, K, ["st"], ["a"]), X(ms, DC, ["su"], ["a", "st"]))
ms = [
    F("grl", 1, "yearly average loss of 235 billion", 235e9, T, "a"),
    F("grl", 5, "(235 billion", 235e9, T, "a"),
    F("grl", 15, "平均是2350亿吨", 2350e8, T, "a"),
    F("grl", 6, "annual average of 255 billion tonnes", 255e9, T, "a", note="tricksfast: 'since 2003'"),
    F("grl", 5, "loss of 259 billion tons", 259e9, T, "st", note="short tons"),
    F("grl", 7, "about 255 billion tons of ice on average", 255e9, T, "b", q="approx"),
    F("grl", 11, "about 255 billion lots of ice", 255e9, T, "b", q="approx"),
    F("grl", 16, "平均每年融化2550亿吨冰", 2550e8, T, "b"),
    F("grl", 17, "每年冰雪融化量超过2500亿吨", 2500e8, T, "yr", q="over"),
    F("grl", 10, "additional than 280 billion metric tons", 280e9, T, "k", q="over", note="King et al.: ice discharged a year"),
]
G("grl_avg_loss", GRL, "Greenland's average yearly ice loss: 235 billion tonnes since 2003 (three) against tricksfast's 255 'since 2003'; 259 billion "
  "short tons; 255 billion tonnes for 2003-2016 (three); kfkhr's 'over 2500亿吨' a year; King's 'more than 280 billion' discharged",
  "Greenland", "average yearly ice loss", "2003-2019", "255 against 235 since 2003 (conflict); short tons (consistent with 235); other periods and "
  "measures different_basis.", ms, {(1, 5): K, (2, 5): K, (3, 5): K, (4, 5): C})
pairgrp("grl_record_2012", GRL, "The earlier record loss, 2012: 464 billion tonnes / 4640亿吨", "Greenland", "ice mass lost", "2012",
        [F("grl", 1, "old record of 464 billion", 464e9, T, "a"), F("grl", 15, "淡水达到4640亿吨", 4640e8, T, "a")])
pairgrp("grl_above_2012", GRL, "2019's loss above the 2012 record: (at least) 15% (five)", "Greenland", "2019 loss above 2012", "2019",
        [F("grl", 2, "at least 15 percent above", 15.0, PC, "a", q="at_least", vt="15 percent"),
         F("grl", 4, "15 per cent more than", 15.0, PC, "a", vt="15 per cent"),
         F("grl", 11, "lost 15% more ice", 15.0, PC, "a"), F("grl", 14, "高出15%", 15.0, PC, "a"),
         F("grl", 18, "还多15%", 15.0, PC, "a")])
ms = [
    F("grl", 14, "即1.5毫米", 1.5, MM, "a"),
    F("grl", 15, "海平面上升了1.5毫米", 1.5, MM, "a"),
    F("grl", 15, "1.5毫米海平面的上升", 1.5, MM, "a"),
    F("grl", 21, "永久上升了1.5毫米", 1.5, MM, "a"),
    F("grl", 22, "永久上升了1.5毫米", 1.5, MM, "a"),
    F("grl", 3, "by 2.2 millimeters in two months", 2.2, MM, "su"),
]
G("grl_sea_level_2019", GRL, "Sea-level rise from Greenland's 2019 loss: 1.5 mm (five); 2.2 mm in two months of summer (another study)",
  "Greenland", "sea-level contribution", "2019", "The same figure (consistent); the summer figure different_basis.", ms)
pairgrp("grl_volume_2019", GRL, "Meltwater of 2019: (more than) 532 trillion litres (two)", "Greenland", "meltwater volume", "2019",
        [F("grl", 1, "more than 532 trillion litres", 532e12, L, "a", q="over"), F("grl", 5, "(532 trillion liters)", 532e12, L, "a")])
ms = [
    F("grl", 5, "(1.25 meters)", 1.25, M_, "a"),
    F("grl", 15, "被1.24米深的积水覆盖", 1.24, M_, "a"),
]
G("grl_california_depth", GRL, "Depth of water the 2019 melt would lay over California: 1.25 m against rcinet's 1.24 m", "Greenland",
  "meltwater depth over California", "2019", "1.24 against 1.25 m (conflict).", ms)
ms = [
    F("grl", 8, "lost 3.8 trillion tonnes of ice", 3.8e12, T, "a"),
    F("grl", 23, "lost 3.8 trillion tonnes of ice", 3.8e12, T, "a"),
    F("grl", 9, "lost 3.8 trillion metric tons", 3.8e12, T, "a"),
    F("grl", 14, "损失了大约4万亿吨的冰", 4e12, T, "a", q="approx"),
]
G("grl_loss_since_1992", GRL, "Greenland's ice loss since 1992 (IMBIE, December 2019): 3.8 trillion tonnes (three) and 'about 4万亿吨'", "Greenland",
  "ice mass lost", "1992-2017/2018", "'About 4 trillion' holds 3.8 (consistent).", ms)
ms = [
    F("grl", 8, "a 10.6 mm contribution", 10.6, MM, "a"),
    F("grl", 23, "a 10.6 mm contribution", 10.6, MM, "a"),
    F("grl", 9, "up by 10.6 millimeters", 10.6, MM, "a"),
    F("grl", 14, "平均上升了11毫米", 11.0, MM, "a"),
]
G("grl_sea_level_since_1992", GRL, "Sea-level rise from Greenland since 1992 (IMBIE): 10.6 mm (three) against mingle-mangle's 11毫米", "Greenland",
  "sea-level contribution", "1992-2017/2018", "11 mm rounds 10.6 mm (rounding).", ms)
pairgrp("grl_both_sheets_loss", GRL, "Greenland and Antarctica's ice loss 1992-2017 (IMBIE): 6.4 trillion tonnes (two)", "Greenland and Antarctica",
        "ice mass lost", "1992-2017",
        [F("grl", 12, "lost 6.4 trillion tonnes of ice", 6.4e12, T, "a"), F("grl", 13, "a total of 6.4 trillion tonnes", 6.4e12, T, "a")])
ms = [
    F("grl", 12, "up by 17.8 millimetres", 17.8, MM, "a"),
    F("grl", 13, "contributing 18 mm", 18.0, MM, "a"),
]
G("grl_both_sheets_sea_level", GRL, "Sea-level rise from both ice sheets 1992-2017: 17.8 mm (ESA) against Copernicus' 18 mm", "Greenland and Antarctica",
  "sea-level contribution", "1992-2017", "18 rounds 17.8 (rounding).", ms)
ms = [
    F("grl", 14, "海平面将上升7米", 7.0, M_, "m"),
    F("grl", 14, "全部融化海平面上升7米", 7.0, M_, "m", note="page title"),
    F("grl", 19, "海平面上升7公尺", 7.0, M_, "m"),
    F("grl", 16, "海平面将上升7.5米", 7.5, M_, "m"),
    F("grl", 22, "全球海平面升高7.5米", 7.5, M_, "m"),
    F("grl", 4, "at least 6 metres if it were", 6.0, M_, "m", q="at_least"),
    F("grl", 4, "at least 6 metres if it melts", 6.0, M_, "m", q="at_least"),
    F("grl", 6, "rise by 19 feet", 19.0, FT, "ft"),
]
G("grl_full_melt", GRL, "Sea-level rise if all of Greenland's ice melted: 7 m (three), 7.5 m (two), 'at least 6 metres' (twice), tricksfast's 19 feet",
  "Greenland", "sea-level rise if the ice sheet melted", "current",
  "7 m against 7.5 m (rounding by the kit's rule); 19 feet (5.8 m) against 7 and 7.5 m (conflict); 'at least 6 m' holds the metre figures, "
  "against 19 feet conflict with consistent defensible.", ms, X(ms, C, ["ft"], ["m"]), {(6, 8): CK, (7, 8): CK})
ms = [
    F("grl", 20, "全島80%都被雪覆蓋", 80.0, PC, "a"),
    F("grl", 19, "有81%地區都被冰雪覆蓋", 81.0, PC, "a"),
    F("grl", 11, "Around 79% of its surface", 79.0, PC, "a", q="approx"),
]
G("grl_ice_cover", GRL, "Share of Greenland under ice and snow: ettoday's 80% and 81% (two stories), reporter.am's 'around 79%'", "Greenland",
  "share of the island covered by ice", "current", "Three different figures (conflict).", ms)
ms = [
    F("grl", 14, "每天有300万吨水", 300e4, T, "a"),
    F("grl", 14, "1天300吨", 300, T, "a", note="page title (a dropped 万)"),
]
G("grl_daily_2019", GRL, "Meltwater a day in 2019: mingle-mangle's 300万吨 against its title's 300吨", "Greenland", "ice lost a day", "2019",
  "300 tonnes against 3 million tonnes (conflict).", ms)
ms = [
    F("grl", 7, "with 223 billion tons of ice lost", 223e9, T, "mass"),
    F("grl", 20, "高達1970億噸", 1970e8, T, "melt", note="Danish Meteorological Institute: July's melt"),
]
G("grl_july_2019", GRL, "Greenland's ice lost in July 2019: 223 billion tons (mass loss, Sasgen) and 1970億噸 (DMI's melt)", "Greenland",
  "ice lost in July", "July 2019", "Two measures (different_basis; conflict defensible).", ms, X(ms, DC, ["mass"], ["melt"]))
pairgrp("grl_daily_2022", GRL, "Greenland's melt a day in July 2022: 60亿吨 / 60億噸 (three)", "Greenland", "ice melted a day", "July 2022",
        [F("grl", 17, "单日融化量达60亿吨", 60e8, T, "a"), F("grl", 22, "單日融冰60億噸", 60e8, T, "a"), F("grl", 22, "每天有60億噸", 60e8, T, "a")])
pairgrp("grl_daily_aug_2019", GRL, "Greenland's melt on 1 August 2019: 110億噸 (twice, one page)", "Greenland", "ice melted a day", "August 2019",
        [F("grl", 20, "融冰量多達110億噸", 110e8, T, "a"), F("grl", 20, "甚至已經多達110億噸", 110e8, T, "a")])
pairgrp("grl_pools_aug_2019", GRL, "Olympic pools of that day's melt: 440萬 (twice, one page)", "Greenland", "Olympic pools of meltwater", "August 2019",
        [F("grl", 20, "相當於440萬座奧運標準規格的游泳池。", 440e4, CNT, "a", vt="440萬"),
         F("grl", 20, "相當於440萬座奧運標準規格的游泳池,", 440e4, CNT, "a", vt="440萬")])
ms = [
    F("grl", 9, "from 33 billion metric tons per year", 33e9, T, "s90"),
    F("grl", 13, "from 46 ± 37 Gt/yr", 46e9, T, "s90", vt="46", mult=1e9),
    F("grl", 9, "to 254 billion metric tons per year", 254e9, T, "dec"),
    F("grl", 13, "to 244 ± 28 Gt/yr", 244e9, T, "r17", vt="244", mult=1e9),
]
G("grl_rate", GRL, "Greenland's rate of ice loss: in the 1990s 33 (IMBIE 2019) against 46 (Copernicus / IMBIE 2020) billion tonnes a year; 254 in the "
  "last decade, 244 in 2012-2017", "Greenland", "ice loss a year", "1990s-2017",
  "33 against 46 for the 1990s (conflict); the later periods different_basis.", ms)
pairgrp("grl_sea_level_yearly", GRL, "Sea-level rise from Greenland a year: 0.8 mm (ettoday) and 'about 1 mm' (kfkhr)", "Greenland",
        "sea-level contribution a year", "current",
        [F("grl", 19, "水位上升0.8毫米", 0.8, MM, "a"), F("grl", 17, "每年上升约1毫米", 1.0, MM, "a", q="approx")],
        "'About 1 mm' holds 0.8 (consistent).")
pairgrp("grl_satellites", GRL, "Satellite missions in IMBIE's Greenland assessment: 11 (two)", "IMBIE", "satellite missions", "2019",
        [F("grl", 8, "data from 11 satellites", 11, CNT, "a"), F("grl", 9, "data from 11 different satellite missions", 11, CNT, "a")])
pairgrp("grl_hk_harbours", GRL, "Victoria Harbours of three days' melt: 1500 (title and body)", "Greenland", "Victoria Harbours of meltwater", "July 2022",
        [F("grl", 22, "1500個維港", 1500, CNT, "a"), F("grl", 22, "相當於1500個香港", 1500, CNT, "a")])

S("grl", 5, "more than 140 trillion gallons", value=140e12, unit="gallons", q="over")
S("grl", 9, "40 million more people", value=40e6, unit=CNT)
S("grl", 9, "A team of 96 polar scientists", value=96, unit=CNT)
S("grl", 9, "from 50 international organizations", value=50, unit=CNT)
S("grl", 9, "combined 26 separate surveys", value=26, unit=CNT)
S("grl", 10, "far more than 3 toes", vt="3", value=3.0, unit=FT, q="over", note="'3 feet' spun into 'toes'")
S("grl", 13, "rising from 49 ± 67 Gt/yr", vt="49", value=49e9, unit=T, mult=1e9)
S("grl", 13, "to 219 ± 43 Gt/yr", vt="219", value=219e9, unit=T, mult=1e9)
S("grl", 13, "around 460 Gt per year", vt="460", value=460e9, unit=T, mult=1e9, q="approx")
S("grl", 13, "10 times the volume of Lake Garda", value=10, unit=TIMES)
S("grl", 14, "占全球海平面上升总量的40%", vt="40%", value=40.0, unit=PC)
S("grl", 14, "面积2166313.54 平方千米", vt="2166313.54", value=2166313.54, unit="km**2")
S("grl", 14, "最低可达到-70℃", vt="-70", value=-70.0, unit="degrees_C")
S("grl", 14, "多出大约500亿吨", vt="500亿", value=500e8, unit=T, q="approx")
S("grl", 14, "总共损失了1.13万亿吨", vt="1.13万亿", value=1.13e12, unit=T)
S("grl", 14, "约45%来自", vt="45%", value=45.0, unit=PC, q="approx")
S("grl", 14, "55%来自陆地", vt="55%", value=55.0, unit=PC)
S("grl", 14, "只增加了约6000亿吨", vt="6000亿", value=6000e8, unit=T, q="approx")
S("grl", 15, "保持在980亿吨的低水平", vt="980亿", value=980e8, unit=T)
S("grl", 16, "(约3.2公里)", vt="3.2", value=3.2, unit="km", q="approx")
S("grl", 17, "300万个奥运游泳池", vt="300万", value=300e4, unit=CNT)
S("grl", 17, "冰层厚度减少约1米", vt="1", value=1.0, unit=M_, q="approx")
S("grl", 17, "流失速度加快了4倍", vt="4", value=4.0, unit=TIMES)
S("grl", 19, "估總冰量減少20億噸以上", vt="20億", value=20e8, unit=T, q="at_least")
S("grl", 19, "超過整體的40%", vt="40%", value=40.0, unit=PC, q="over")
S("grl", 19, "美國德州的2.5倍", vt="2.5", value=2.5, unit=TIMES)
S("grl", 19, "厚度超過1.6公里", vt="1.6", value=1.6, unit="km", q="over")
S("grl", 20, "大約是600億至700億噸", vt="600億至700億", value=[600e8, 700e8], unit=T, q="approx")
S("grl", 20, "整整多出了3倍", vt="3", value=3.0, unit=TIMES)
S("grl", 21, "淹水2英寸", vt="2", value=2.0, unit="inches")
S("grl", 21, "(約5.08公分)", vt="5.08", value=5.08, unit="cm", q="approx")
S("grl", 21, "失去超過85億噸", vt="85億", value=85e8, unit=T, q="over")
S("grl", 21, "更減少多達184億噸", vt="184億", value=184e8, unit=T)
S("grl", 21, "損失驚人的28兆噸冰", vt="28", value=28e12, unit=T, mult=1e12)
S("grl", 22, "填滿720萬個", vt="720萬", value=720e4, unit=CNT)
S("grl", 22, "攝氏15.6℃左右", vt="15.6", value=15.6, unit="degrees_C", q="approx")
S("grl", 22, "高6℃左右", vt="6", value=6.0, unit="degrees_C", q="approx")
S("grl", 22, "每十年升溫約0.8℃", vt="0.8", value=0.8, unit="degrees_C", q="approx")
NC("grl", 3, "Thursday, 19 March 2020", "date")
NC("grl", 8, "Sentinel-1 and Sentinel-2", "name")
NC("grl", 23, "the IPCC AR5 projections", "name")
NC("grl", 23, "between 1992 and 2100", "date")
NC("grl", 13, "between 1992 and 1997", "date")
NC("grl", 22, "從30到40年的氣候平均值", "duration")
NC("grl", 1, " date 2020-08-21", "date")
NC("grl", 2, "Until the 2000 period", "date")
NC("grl", 3, " date 2020-03-19", "date")
NC("grl", 3, "( 2 days ago )", "date")
NC("grl", 3, "Mar 19, 2020", "date")
NC("grl", 5, " date 2020-08-20", "date")
NC("grl", 5, "( 9 hours ago )", "date")
NC("grl", 6, "in 2010 and 2012", "date")
NC("grl", 7, " date 2020-08-20", "date")
NC("grl", 8, "Between 1992 and 2017", "date")
NC("grl", 9, "(December 10, 2019)", "date")
NC("grl", 9, "flooding by 2100", "date")
NC("grl", 10, " date 2020-08-15", "date")
NC("grl", 10, "20 or 30 a long time back", "duration")
NC("grl", 11, " date 2020-08-21", "date")
NC("grl", 11, "the 2nd most significant", "ordinal")
NC("grl", 13, "4 Matching Annotations", "page_furniture")
NC("grl", 13, "- May 2021", "date")
NC("grl", 13, "measurements[5]", "footnote_marker")
NC("grl", 14, "8月21日,据外媒报道", "date")
NC("grl", 14, "约3/4的地区", "fraction")
NC("grl", 15, "根据8月20日发表", "date")
NC("grl", 16, "净00亿吨", "garbled_number")
NC("grl", 16, "该报告于20日在期刊", "date")
NC("grl", 17, "时间:01-18人气:18", "page_furniture")
NC("grl", 17, "过去30年间", "duration")
NC("grl", 18, "中新网北京8月21日电", "date")
NC("grl", 19, " date 2019-06", "date")
NC("grl", 19, "7年前曾發生過", "duration")
NC("grl", 19, "提早了1個月", "duration")
NC("grl", 19, "第2大冰面", "ordinal")
NC("grl", 20, " date 2019-08", "date")
NC("grl", 20, "提早了3周左右", "duration")
NC("grl", 20, "自1950年以來", "date")
NC("grl", 21, "過去10年", "duration")
NC("grl", 22, "3天填滿", "duration")
NC("grl", 22, "7月15日至17日", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh39.toml", "corpus-fresh39")
