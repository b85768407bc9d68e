"""Hand annotation of corpus-fresh36, written as data; emits gold.d/fresh36.toml (then run
corpus/check_gold.py --dir corpus-fresh36 --build).

Three domains: the desert locust upsurge of 2019-2021 in East Africa and Pakistan (the swarms' density, the food a
swarm eats in a day, the 500-fold growth forecast by June 2020 and the second wave '20 times' larger, FAO's appeals of
January / February 2020, the people whose food security was threatened, the Kenyan swarm of 2,400 km2 and 200 billion
locusts, and the 100,000 ducks China was said to send to Pakistan; `loc-*`), Australia's 2019-20 'Black Summer'
bushfires (deaths, homes and buildings destroyed, area burnt by estimate and date, deaths from smoke, WWF's animal toll
of July and December 2020 with its mammals / reptiles / birds / frogs and koalas, the January estimates, the wildlife
fund; `bsh-*`) and child marriage (UNICEF's estimates of March 2018: 12 million girls a year, 650 million women, 25
million marriages prevented, South Asia 49% to 30%, sub-Saharan Africa 38%, 150 million more by 2030; of May 2023: 640
million, 21% to 19%, 300 years; the 2014 figure of 700 million; Girls Not Brides' older 15 million; the rates a minute
and the seconds between marriages; country rates; `cmr-*`).

Every mention carries a basis tag (estimate / report vintage / date / measure, as read from the text). Pair verdicts:
explicit entries win; otherwise a different basis is different_basis, the same basis and the same value consistent;
every same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a
figure that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the
other figure is consistent). Ranges carry values [lo, hi]. Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 千 = 1e3,
百 = 1e2, 成 = 10 percent. Units: count, persons, percent, USD, AUD, hectares, acres, km**2, km, times, seconds,
years, tonnes, litres.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, P, USD, DC, CD, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

LOC, BSH, CMR = "desert-locusts", "australia-bushfires", "child-marriage"
TIMES, HA, ACRES, KM2, KM, SEC, YRS, AUD = "times", "hectares", "acres", "km**2", "km", "seconds", "years", "AUD"


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ desert locusts
ms = [
    F("loc", 10, "send an army of 10,000 ducks", 10000, CNT, "a", note="ibtimes.sg; every other source says 100,000"),
    F("loc", 11, "of 100,000 ducks to help Pakistan", 100000, CNT, "a"),
    F("loc", 12, "send 100,000 ducks to Pakistan", 100000, CNT, "a"),
    F("loc", 16, "10万鸭子出征巴基斯坦", 10e4, CNT, "a", note="headline"),
    F("loc", 16, "浙江 10万鸭子军团", 10e4, CNT, "a"),
    F("loc", 16, "10万‘鸭子军队’", 10e4, CNT, "a"),
    F("loc", 17, "10万“鸭子军队”", 10e4, CNT, "a", nth=1),
    F("loc", 17, "10万“鸭子军队”", 10e4, CNT, "a", nth=2),
    F("loc", 23, "派遣10萬隻鴨子", 10e4, CNT, "a"),
]
G("loc_ducks", LOC, "Ducks China was said (Ningbo Evening News, 26-27 February 2020) to send to Pakistan against the locusts: 100,000 / 10万 (eight) "
  "against ibtimes.sg's 10,000", "China / Pakistan", "ducks to be sent", "February 2020", "10,000 against 100,000 (conflict).", ms)

ms = [
    F("loc", 5, "made up of 150 million locusts per km2", 150e6, CNT, "a"),
    F("loc", 14, "每平方公里1亿5000万只", 1.5e8, CNT, "a", vt="1亿5000万", step=1e7),
    F("loc", 20, "每平方公里的蝗蟲數量可達1.5億隻", 1.5e8, CNT, "a", q="under"),
    F("loc", 4, "contains about 40 million locusts", 40e6, CNT, "a", q="approx"),
    F("loc", 19, "一平方公里约合有8000万只成年蝗虫", 8000e4, CNT, "a", q="approx"),
]
G("loc_density", LOC, "Desert locusts in a square kilometre of swarm: 150 million (uofk; IGAD via ntdtv; 'up to' in codingnote) against FAO's "
  "'about 40 million' and shadafang's 约8000万", "desert locust swarm", "locusts per km2", "current",
  "150 million against about 40 million and about 80 million, and 40 against 80 million (conflict).", ms)

ms = [
    F("loc", 1, "consume enough food for 35,000 people", 35000, P, "sw", note="'even a small swarm'"),
    F("loc", 6, "as about 35 000 people", 35000, P, "sw", q="approx", vt="35 000", step=1000, note="'even a very small locust swarm'"),
    F("loc", 3, "eats enough food to feed 35,000 people", 35000, P, "km", note="'a square kilometre of locusts'"),
    F("loc", 4, "as about 35,000 people", 35000, P, "km", q="approx"),
    F("loc", 5, "as about 35,000 people", 35000, P, "km", q="approx"),
    F("loc", 15, "一天可吃掉3.5万人的口粮", 3.5e4, P, "km"),
    F("loc", 19, "一天就可以吃掉3.5万人的粮食", 3.5e4, P, "km"),
    F("loc", 14, "养活2500人", 2500, P, "avg", nth=1, note="'一群蝗虫' (a swarm)"),
    F("loc", 14, "养活2500人", 2500, P, "avg", nth=2, note="'平均一群蝗虫' (an average swarm)"),
    F("loc", 25, "can eat as much food as 35,000 people, scientists", 35000, P, "sw", note="'a locust swarm' (subtitle)"),
    F("loc", 25, "can eat as much food as 35,000 people, according", 35000, P, "sw", note="'a locust swarm'"),
    F("loc", 26, "as much food as 2,500 hungry people", 2500, P, "avg", note="'a swarm of locusts'"),
]
G("loc_food_people", LOC, "People whose daily food a swarm eats in a day: 35,000 / 3.5万 for a (very) small swarm, 'a locust swarm' (standard, twice) or a 1 km2 "
  "swarm (nine) against ntdtv's 2500 for 'a swarm' / 'an average swarm' (twice) and ilovetranslation's 2,500 for 'a swarm of locusts'", "desert locust swarm", "people's food eaten a day", "current",
  "2500 against the small-swarm 35,000 conflict; against the 1 km2 figures conflict, different_basis defensible (swarm size unstated).", ms,
  X(ms, K, ["sw"], ["km"]), X(ms, C, ["sw"], ["avg"]), X(ms, CD, ["avg"], ["km"]))

pairgrp("loc_growth_june", LOC, "Forecast growth of the locust numbers by June 2020 without control: 500 times (six)", "East Africa", "growth by June (times)", "2020",
        [F("loc", 1, "could grow 500 times", 500, TIMES, "a"), F("loc", 14, "数量数月后可能暴增500倍", 500, TIMES, "a"),
         F("loc", 14, "数量可能在6月之前暴增500倍", 500, TIMES, "a"), F("loc", 21, "可能會增長 5 百倍", 500, TIMES, "a", vt="5 百", step=100),
         F("loc", 21, "could be 500 times larger", 500, TIMES, "a"), F("loc", 24, "將達到現有的500倍之巨", 500, TIMES, "a")])
pairgrp("loc_second_wave", LOC, "The second wave of spring 2020 against the first: 20 times (eight, one 'about')", "East Africa", "second wave against first (times)", "2020",
        [F("loc", 9, "about 20 times larger", 20, TIMES, "a", q="approx"), F("loc", 18, "规模翻了20倍", 20, TIMES, "a"),
         F("loc", 18, "数量将是1月份的20倍", 20, TIMES, "a"), F("loc", 22, "規模是前一波的20倍", 20, TIMES, "a", nth=1),
         F("loc", 22, "規模是前一波的20倍", 20, TIMES, "a", nth=2), F("loc", 22, "較先前大20倍", 20, TIMES, "a"),
         F("loc", 22, "規模約是前一波的20倍", 20, TIMES, "a"), F("loc", 22, "規模約比前一波大上20倍", 20, TIMES, "a")])

ms = [
    F("loc", 1, "About US$70 million is needed", 70e6, USD, "a70", q="approx"),
    F("loc", 6, "USD 70 million required by FAO", 70e6, USD, "a70"),
    F("loc", 14, "需要投入7000万美元", 7000e4, USD, "a70"),
    F("loc", 21, "預估耗費 7 千萬美元", 7e7, USD, "a70", vt="7 千萬", step=1e7),
    F("loc", 21, "estimated to cost US$70 million", 70e6, USD, "a70"),
    F("loc", 7, "late January request for $76 million", 76e6, USD, "a76"),
    F("loc", 23, "需要7600萬美元", 7600e4, USD, "a76"),
]
G("loc_appeal_jan", LOC, "FAO's January 2020 locust appeal: USD 70 million for Ethiopia, Kenya and Somalia (29 January; five) and the revised late-January "
  "request of $76 million (two)", "FAO", "locust appeal (USD)", "January 2020", "Two requests (different_basis).", ms)
pairgrp("loc_appeal_feb", LOC, "FAO's revised appeal of 26 February 2020: $138 million / 1.38億美元", "FAO", "locust appeal (USD)", "February 2020",
        [F("loc", 7, "an appeal for $138 million", 138e6, USD, "a"), F("loc", 23, "增加到1.38億美元", 1.38e8, USD, "a")])

ms = [
    F("loc", 6, "food security of another 20.1 million people", 20.1e6, P, "thr"),
    F("loc", 9, "livelihoods of more than 20 million people", 20e6, P, "thr", q="over", nth=1),
    F("loc", 9, "livelihoods of more than 20 million people", 20e6, P, "thr", q="over", nth=2),
    F("loc", 17, "已有超过2000万人陷入粮食危机", 2000e4, P, "thr", q="over"),
    F("loc", 24, "世界上2000多萬人要面臨糧食危機", 2000e4, P, "thr", q="over", vt="2000多萬"),
    F("loc", 8, "food security for 19M people", 19e6, P, "f19"),
    F("loc", 20, "導致1900萬人缺糧", 1900e4, P, "f19"),
    F("loc", 20, "1900萬人的糧食安全受到威脅", 1900e4, P, "f19"),
]
G("loc_people_threat", LOC, "People whose food security or livelihoods the locusts threatened in East Africa (early 2020): FAO's 'another 20.1 million' "
  "and 'more than 20 million' / 超过2000万 / 2000多萬 (four) against trt's 19M and codingnote's 1900萬 (two)", "East Africa", "people threatened",
  "2020", "19 million against 20.1 / over 20 million conflict, different_basis defensible (FAO's figures of different dates and phases).", ms,
  X(ms, CD, ["f19"], ["thr"]))
pairgrp("loc_food_insecure", LOC, "People in severe acute food insecurity in Ethiopia, Kenya and Somalia (January 2020): 11.9 million (twice)", "Ethiopia, Kenya, Somalia",
        "people in severe acute food insecurity", "January 2020",
        [F("loc", 6, "11.9 million people experiencing severe", 11.9e6, P, "a"), F("loc", 6, "In addition to the 11.9 million people", 11.9e6, P, "a")])
pairgrp("loc_kenya_swarm_area", LOC, "The Kenyan swarm FAO measured (January 2020): 2,400 km2 (three)", "Kenya", "swarm area (km2)", "January 2020",
        [F("loc", 2, "measured around 2,400 sq km", 2400, KM2, "a", q="approx"), F("loc", 21, "covered 2,400 square kilometers", 2400, KM2, "a"),
         F("loc", 21, "肆虐了 2 千 4 百平方公里", 2400, KM2, "a", vt="2 千 4 百", step=100)])
pairgrp("loc_kenya_swarm_count", LOC, "Locusts in that Kenyan swarm: up to / about 200 billion (three)", "Kenya", "locusts in the swarm", "January 2020",
        [F("loc", 2, "may contain up to 200 billion insects", 200e9, CNT, "a", q="under"),
         F("loc", 21, "contained about 200 billion", 200e9, CNT, "a", q="approx"),
         F("loc", 21, "共約 2 千億隻", 2e11, CNT, "a", q="approx", vt="2 千億", step=1e11)])
pairgrp("loc_count_360", LOC, "360 billion locusts: codingnote's north-east Kenya (up to) and fastread's whole East African outbreak (at least)", "Kenya / East Africa",
        "locusts", "early 2020",
        [F("loc", 20, "預計高達3600億隻", 3600e8, CNT, "ke", q="under"), F("loc", 24, "應在3600億只以上", 3600e8, CNT, "ea", q="at_least")],
        "Different scopes (different_basis).")
pairgrp("loc_multiplied", LOC, "Growth of the locust numbers since mid-2019: 64 million times (four)", "East Africa", "growth (times)", "2019-2020",
        [F("loc", 20, "蝗蟲一年暴漲6400萬倍", 6400e4, TIMES, "a"), F("loc", 20, "蝗蟲數量暴漲了6400萬倍", 6400e4, TIMES, "a"),
         F("loc", 24, "增加了6400萬倍", 6400e4, TIMES, "a"), F("loc", 24, "就是6400萬倍", 6400e4, TIMES, "a")])
pairgrp("loc_swarm_40m", LOC, "Locusts in an ordinary swarm: 4000萬 (two)", "desert locust swarm", "locusts in a swarm", "current",
        [F("loc", 20, "一個4000萬隻規模的蝗群", 4000e4, CNT, "a"), F("loc", 24, "蝗蟲群多達4000萬只", 4000e4, CNT, "a", q="under")],
        "'up to' 4000萬 holds 4000萬 (consistent).")
pairgrp("loc_duck_eats", LOC, "Locusts a duck eats in a day: 'at least 200' (two), 'up to 200', 200多 (over)", "duck", "locusts eaten a day", "current",
        [F("loc", 10, "eat at least 200 locusts a day", 200, CNT, "a", q="at_least"), F("loc", 11, "eat at least 200 locusts a day", 200, CNT, "a", q="at_least"),
         F("loc", 12, "eat up to 200 locusts", 200, CNT, "a", q="under"), F("loc", 23, "一天能吃掉200多只", 200, CNT, "a", q="over")],
        "The bounds meet at 200 (consistent by the kit's rule).")
pairgrp("loc_pesticide", LOC, "Pesticide China shipped to Pakistan in April 2020: 300,000 litres / 30万升", "China / Pakistan", "pesticide (litres)", "April 2020",
        [F("loc", 13, "A total of 300,000 liters", 300000, "litres", "a"), F("loc", 18, "中国援助的30万升农药", 30e4, "litres", "a")])
pairgrp("loc_flight", LOC, "Distance a swarm flies in a day: 150 km (three), ilovetranslation's 200 km, and 100-150 km (ntdtv)", "desert locust swarm", "distance flown a day (km)", "current",
        [F("loc", 5, "up to 150 km in one day", 150, KM, "a", q="under"), F("loc", 15, "每天可以随风飞行150公里", 150, KM, "a"),
         F("loc", 24, "能在一天之內傳播150公裏", 150, KM, "a"),
         F("loc", 26, "They can travel 200 km a day", 200, KM, "a"),
         F("loc", 14, "一天内可以飞行100到150公里", [100, 150], KM, "r", vt="100到150", step=10)],
        "200 km against 150 km (conflict); a range against single figures (different_basis).")

S("loc", 4, "more than 65 of the world’s poorest countries", value=65, unit=CNT, q="over")
S("loc", 4, "20 camels", value=20, unit=CNT)
S("loc", 4, "or 6 elephants", value=6, unit=CNT)
S("loc", 6, "485 000 ha of land", vt="485 000", value=485000, unit=HA)
S("loc", 6, "80 000 households", vt="80 000", value=80000, unit=CNT)
S("loc", 7, "an additional $15.2 million", value=15.2e6, unit=USD)
S("loc", 12, "received 520 million views", value=520e6, unit=CNT)
S("loc", 12, "over 0.3 million acres", value=0.3e6, unit=ACRES, q="over")
S("loc", 12, "(121,400 hectares)", value=121400, unit=HA)
S("loc", 12, "done on 20,000 hectares", value=20000, unit=HA)
S("loc", 13, "50 sets of equipment", value=50, unit=CNT)
S("loc", 13, "offered Pakistan 50,000 liters", value=50000, unit="litres")
S("loc", 13, "and 15 sprayers", value=15, unit=CNT)
S("loc", 13, "cleared 133 tons of pesticide", value=133, unit="tonnes")
S("loc", 13, "valued at $3.84 million", value=3.84e6, unit=USD)
S("loc", 16, "约有 8万公顷农作物", vt="8万", value=8e4, unit=HA, q="approx")
S("loc", 16, "约 46.3亿卢比", vt="46.3亿", value=46.3e8, unit="PKR", q="approx")
S("loc", 16, "每天破坏约 3.5万人的口粮", vt="3.5万", value=3.5e4, unit=P, q="approx")
S("loc", 18, "11部门单位", value=11, unit=CNT)
S("loc", 18, "能产下大约1000个卵", value=1000, unit=CNT, q="approx")
S("loc", 20, "土地高達700平方公里", value=700, unit=KM2, q="under")
S("loc", 20, "至少上百人感染、15人死亡", vt="15", value=15, unit=P)
S("loc", 20, "至少5次大規模的蝗災", value=5, unit=CNT, q="at_least")
S("loc", 23, "只收到5200萬美元的捐款", value=5200e4, unit=USD)
S("loc", 23, "其中1000萬不久前", value=1000e4, unit=USD)
S("loc", 23, "一天能吃掉70隻蝗蟲", value=70, unit=CNT)
S("loc", 24, "跨越了300公裏寬的紅海", value=300, unit=KM)
S("loc", 24, "僅僅一個蝗蟲群就長60公裏", value=60, unit=KM)
S("loc", 24, "寬40公裏", value=40, unit=KM)
S("loc", 24, "蔓延到非洲和亞洲的30多個國家", value=30, unit=CNT, q="over")
S("loc", 25, "unemployment top 100 million", value=100e6, unit=P, q="over")
S("loc", 26, "up to 15 cm", value=15, unit="cm", q="under")
NC("loc", 25, "the worst the country has seen in 25 years", "duration")
NC("loc", 1, " date 2020-01-27", "date")
NC("loc", 1, "desert locusts in Kenya in 70 years", "duration")
NC("loc", 3, " date 2020-03-05", "date")
NC("loc", 3, "hasn’t been seen in 70 years", "duration")
NC("loc", 5, "worst invasion in 25 years", "duration")
NC("loc", 5, "wind,[4] up", "footnote_marker")
NC("loc", 5, "upsurge in 2004–05", "date")
NC("loc", 6, " date 2020-01-29", "date")
NC("loc", 6, "[IPC] Phase 2", "name")
NC("loc", 7, "On February 26, FAO", "date")
NC("loc", 8, "worst locust crisis in 70 years", "duration")
NC("loc", 10, "on February 1 as locusts", "date")
NC("loc", 12, "around 20 years ago", "duration")
NC("loc", 13, "29th Apr, 2020", "date")
NC("loc", 13, "on February 23", "date")
NC("loc", 14, "【新唐人北京时间2020年01月21日讯】", "date")
NC("loc", 14, "东非爆发25年来最严重", "duration")
NC("loc", 14, "肯尼亚则是70年来没见过", "duration")
NC("loc", 15, "当地时间2月25日", "date")
NC("loc", 16, "2020-02-28 14:16", "date")
NC("loc", 16, "遭受 27年来最为严重的蝗灾", "duration")
NC("loc", 16, "当地时间 1月 31日", "date")
NC("loc", 17, "2020年02月27日 10:41", "date")
NC("loc", 17, "21世纪经济报道", "name")
NC("loc", 18, "4月26日,11部门", "date")
NC("loc", 20, "- 2020 年 2 月 12 日", "date")
NC("loc", 20, "1987年到1989年", "date")
NC("loc", 21, "過去 25 年以來", "duration")
NC("loc", 21, "肯亞 70 年來", "duration")
NC("loc", 22, "(2020年020年4月11日18:35 朱家儀更新)", "date")
NC("loc", 22, "「COVID-19」", "name")
NC("loc", 23, "一場20多年以來最嚴重的蝗災", "duration")
NC("loc", 24, "對于80後、90後、00後", "name")

# ============================================================ Australia's bushfires
ms = [
    F("bsh", 8, "* 33 deaths.", 33, P, "fin"),
    F("bsh", 9, "claimed 33 lives", 33, P, "fin"),
    F("bsh", 11, "The blazes killed 33 people", 33, P, "fin"),
    F("bsh", 13, "confirmed that 33 lives were lost", 33, P, "fin"),
    F("bsh", 17, "火灾导致33人直接死亡", 33, P, "fin"),
    F("bsh", 20, "已夺去33人生命", 33, P, "fin"),
    F("bsh", 15, "另有至少33人在山火中丧生", 33, P, "fin", q="at_least"),
    F("bsh", 20, "造成至少33人死亡", 33, P, "fin", q="at_least"),
    F("bsh", 1, "and 34 people were killed", 34, P, "fin"),
    F("bsh", 7, "There were 34 direct deaths", 34, P, "fin"),
    F("bsh", 14, "At least 19 people have been killed", 19, P, "jan", q="at_least"),
    F("bsh", 14, "至少有 19 名民眾", 19, P, "jan", q="at_least"),
    F("bsh", 22, "已有19人在野火中身亡", 19, P, "jan"),
    F("bsh", 18, "已经造成26人丧生", 26, P, "jan10"),
]
G("bsh_deaths", BSH, "People killed directly by the 2019-20 bushfires: 33 (six, two 'at least 33') against 34 (wxcentre, economistfoundation); "
  "early-January tolls 19 (three) and 26", "Australia", "people killed by the fires", "2019-20 season",
  "33 against 34 (conflict); the tolls of early January different_basis.", ms)

ms = [
    F("bsh", 1, "including 2,779 homes", 2779, CNT, "fin"),
    F("bsh", 7, "along with 3,500 homes", 3500, CNT, "fin"),
    F("bsh", 8, "* More than 3000 homes.", 3000, CNT, "fin", q="over"),
    F("bsh", 9, "destroyed more than 3000 homes", 3000, CNT, "fin", q="over"),
    F("bsh", 13, "around 3,094 houses had been lost", 3094, CNT, "fin", q="approx"),
    F("bsh", 20, "土地和2500栋房屋", 2500, CNT, "fin"),
    F("bsh", 14, "more than 1,400 homes", 1400, CNT, "j06", q="over"),
    F("bsh", 14, "超過 1,400 個家庭", 1400, CNT, "j06", q="over"),
    F("bsh", 22, "超過1,300棟房屋被燒毀", 1300, CNT, "j03", q="over"),
    F("bsh", 22, "目前澳洲受損房屋約1,300棟", 1300, CNT, "j03", q="approx"),
    F("bsh", 18, "超过2000栋房屋被烧毁", 2000, CNT, "j10", q="over"),
]
G("bsh_homes", BSH, "Homes destroyed by the 2019-20 bushfires, season totals: 2,779, 3,500, 'more than 3000' (two), 'around 3,094', 2500; "
  "early-January counts 1,400, 1,300 and 2000", "Australia", "homes destroyed", "2019-20 season",
  "The season totals disagree (2,779 / 3,500 / 3,094 / 2500 conflict; 'more than 3000' holds 3,094 and 3,500); early counts different_basis.", ms)
pairgrp("bsh_buildings", BSH, "Buildings destroyed: 'over 5,900' (wxcentre) and 9,352 (economistfoundation)", "Australia", "buildings destroyed", "2019-20 season",
        [F("bsh", 1, "Over 5,900 buildings", 5900, CNT, "a", q="over"), F("bsh", 7, "9,352 buildings were destroyed", 9352, CNT, "a")],
        "'Over 5,900' holds 9,352 (consistent).")
pairgrp("bsh_smoke_deaths", BSH, "Deaths attributed to the bushfire smoke: 417 (economistfoundation) against ABC's 445", "Australia", "deaths from smoke", "2019-20 season",
        [F("bsh", 7, "417 deaths from inhaling smoke", 417, P, "a"), F("bsh", 10, "responsible for 445 deaths", 445, P, "a")],
        "417 against 445 (conflict).")

ms = [
    F("bsh", 1, "an estimated 18.6 million hectares", 18.6e6, HA, "w186"),
    F("bsh", 17, "烧毁了超过1860万公顷土地", 1860e4, HA, "w186", q="over"),
    F("bsh", 8, "12 million hectares of land burnt", 12e6, HA, "e12"),
    F("bsh", 8, "put it at 17 million he", 17e6, HA, "e17"),
    F("bsh", 13, "over 17 million hectares", 17e6, HA, "e17", q="over"),
    F("bsh", 9, "torched 10 million hectares", 10e6, HA, "e10"),
    F("bsh", 20, "烧毁超过1000万公顷土地", 1000e4, HA, "e10", q="over"),
    F("bsh", 10, "revealed 35 million hectares", 35e6, HA, "e35"),
    F("bsh", 15, "最终过火面积约1146万公顷", 1146e4, HA, "wwf", q="approx"),
    F("bsh", 16, "总面积大约1146万公顷", 1146e4, HA, "wwf", q="approx"),
    F("bsh", 11, "destroyed some 59 million acres", 59e6, ACRES, "ac", q="approx"),
    F("bsh", 13, "(about 42.07 million acres)", 42.07e6, ACRES, "ac17", q="approx"),
    F("bsh", 18, "摧毁了约1000万公顷的土地", 1000e4, HA, "j10", q="approx"),
    F("bsh", 22, "火勢已蔓延約550萬公頃", 550e4, HA, "j03", q="approx"),
    F("bsh", 14, "12.35 million acres of land", 12.35e6, ACRES, "j06"),
    F("bsh", 14, "燒毀 1,235 萬英畝的土地", 1235e4, ACRES, "j06"),
]
G("bsh_area", BSH, "Land burnt in the 2019-20 season: 18.6 million ha / 超过1860万 (Wikipedia's figure), 12, 17 (two), 10 (two) and 35 million ha, "
  "WWF's study area 1146万 (two), 59 and 42.07 million acres; early-January figures 1000万 ha, 550萬 ha, 12.35 million acres (two)",
  "Australia", "area burnt", "2019-20 season",
  "Each estimate, measure and date its own basis (different_basis); the final-season estimates disagree (conflict defensible).", ms,
  X(ms, DC, ["w186"], ["e12", "e17", "e10", "e35"]), X(ms, DC, ["e12"], ["e17", "e10", "e35"]), X(ms, DC, ["e17"], ["e10", "e35"]),
  X(ms, DC, ["e10"], ["e35"]))

pairgrp("bsh_animals_wwf", BSH, "Animals killed or displaced, WWF's study (July / December 2020): nearly / about / some 3 billion, 30亿 (fifteen)", "Australia",
        "animals killed or displaced", "2019-20 season",
        [F("bsh", 2, "Nearly 3 billion animals", 3e9, CNT, "a", q="under"), F("bsh", 5, "Almost 3 billion animals", 3e9, CNT, "a", q="under"),
         F("bsh", 5, "Nearly 3 billion animals", 3e9, CNT, "a", q="under"), F("bsh", 6, "almost 3 billion animals", 3e9, CNT, "a", q="under"),
         F("bsh", 11, "some 3 billion animals", 3e9, CNT, "a", q="approx"), F("bsh", 12, "claimed 3 billion animals", 3e9, CNT, "a"),
         F("bsh", 13, "around 3 billion animals", 3e9, CNT, "a", q="approx"), F("bsh", 15, "约30亿动物", 30e8, CNT, "a", q="approx"),
         F("bsh", 15, "在30亿左右", 30e8, CNT, "a", q="approx"), F("bsh", 16, "近30亿动物", 30e8, CNT, "a", q="under", nth=1),
         F("bsh", 16, "近30亿动物", 30e8, CNT, "a", q="under", nth=2), F("bsh", 16, "近30亿动物", 30e8, CNT, "a", q="under", nth=3),
         F("bsh", 17, "约30亿动物", 30e8, CNT, "a", q="approx"), F("bsh", 23, "近30億隻野生動物", 30e8, CNT, "a", q="under")],
        "The hedges hold 3 billion (consistent).")
ms = [
    F("bsh", 2, "earlier estimate of 1.2 billion", 1.2e9, CNT, "wwf_jan"),
    F("bsh", 6, "earlier estimate of 1.2 billion", 1.2e9, CNT, "wwf_jan"),
    F("bsh", 18, "超过10亿只哺乳动物", 10e8, CNT, "dickman", q="over"),
    F("bsh", 19, "烧死了约10亿只动物", 10e8, CNT, "dickman", q="approx"),
    F("bsh", 20, "约10亿只动物葬身火海", 10e8, CNT, "dickman", q="approx"),
    F("bsh", 15, "就约有12.5亿动物丧生", 12.5e8, CNT, "nswvic", q="approx"),
]
G("bsh_animals_jan", BSH, "The January 2020 estimates of animals killed: WWF's 1.2 billion (as retold in July; two), Dickman's over / about 10亿 (three), "
  "12.5亿 in New South Wales and Victoria (163)", "Australia", "animals killed (January estimate)", "January 2020",
  "Different estimates and scopes (different_basis); the same estimate consistent.", ms)

ms = [F("bsh", n, "2.46 billion reptiles", 2.46e9, CNT, "jul") for n in (2, 3, 4, 6, 12)] + [
    F("bsh", 5, "2.5 billion reptiles", 2.5e9, CNT, "jul", note="onenewspage, August 2020"),
    F("bsh", 11, "2.46 billion reptiles", 2.46e9, CNT, "dec", note="the final report, December 2020"),
]
G("bsh_reptiles", BSH, "Reptiles in the fires' path (WWF): 2.46 billion (interim report of July; five), onenewspage's 2.5 billion; the final report's 2.46 billion",
  "Australia", "reptiles killed or displaced", "2019-20 season", "2.5 billion rounds 2.46 billion (rounding); final against interim report different_basis.", ms)
ms = [F("bsh", n, "180 million birds", 180e6, CNT, "jul") for n in (2, 3, 4, 5, 6)] + [
    F("bsh", 12, "181 million birds", 181e6, CNT, "jul", note="given as the July assessment's figure"),
    F("bsh", 11, "181 million birds", 181e6, CNT, "dec", note="the final report, December 2020"),
]
G("bsh_birds", BSH, "Birds in the fires' path (WWF): 180 million (interim report of July; five) against dailytimes247's 181 million given as the July figure; "
  "the final report's 181 million (axios)", "Australia", "birds killed or displaced", "2019-20 season",
  "180 and 181 million for the July report (rounding by the kit's rule); the final report different_basis.", ms)
ms = [F("bsh", n, "51 million frogs", 51e6, CNT, "jul") for n in (2, 3, 4, 5, 6)] + [
    F("bsh", 12, "53 million frogs", 53e6, CNT, "jul", note="given as the July assessment's figure"),
    F("bsh", 11, "51 million frogs", 51e6, CNT, "dec", note="the final report, December 2020"),
]
G("bsh_frogs", BSH, "Frogs in the fires' path (WWF): 51 million (interim report of July; five) against dailytimes247's 53 million given as the July figure; "
  "the final report's 51 million (axios)", "Australia", "frogs killed or displaced", "2019-20 season",
  "53 against 51 million (conflict); the final report different_basis.", ms)
pairgrp("bsh_mammals", BSH, "Mammals in the fires' path (WWF, July and December 2020): 143 million (nine)", "Australia", "mammals killed or displaced", "2019-20 season",
        [F("bsh", 2, "Almost 143 million mammals", 143e6, CNT, "a", q="under"), F("bsh", 3, "an estimated 143 million mammals", 143e6, CNT, "a", q="approx"),
         F("bsh", 4, "143 million mammals", 143e6, CNT, "a"), F("bsh", 5, "An estimated 143 million mammals", 143e6, CNT, "a", q="approx"),
         F("bsh", 6, "almost 143 million mammals", 143e6, CNT, "a", q="under"), F("bsh", 11, "displaced 143 million mammals", 143e6, CNT, "a"),
         F("bsh", 12, "143 million mammals", 143e6, CNT, "a"), F("bsh", 13, "About 143 million native mammals were lost", 143e6, CNT, "a", q="approx"),
         F("bsh", 13, "About 143 million native mammals, including", 143e6, CNT, "a", q="approx")],
        "The hedges hold 143 million (consistent).")
ms = [
    F("bsh", 11, "over 61,000 koalas", 61000, CNT, "a", q="over"),
    F("bsh", 12, "More than 60,000 koalas", 60000, CNT, "a", q="over"),
    F("bsh", 13, "says over 60,000 Koalas lost", 60000, CNT, "a", q="over"),
    F("bsh", 13, "including over 60,000 koalas, the", 60000, CNT, "a", q="over"),
    F("bsh", 13, "“Over 60,000 koalas lost!", 60000, CNT, "a", q="over"),
    F("bsh", 13, "including over 60,000 koalas were", 60000, CNT, "a", q="over"),
    F("bsh", 23, "其中包含6萬隻無尾熊", 6e4, CNT, "a"),
    F("bsh", 19, "超过3万只死亡", 3e4, CNT, "died", q="over"),
]
G("bsh_koalas", BSH, "Koalas killed, injured or displaced (WWF, December 2020): over 60,000 / 61,000 (six), yahoo's 6萬; sboyo's 'over 3万 died'",
  "Australia", "koalas affected", "2019-20 season", "The hedges and 6萬 agree (consistent); deaths against the affected different_basis.", ms)
pairgrp("bsh_koalas_nsw_share", BSH, "Share of New South Wales' koalas killed (December 2019 / January 2020): 將近30%, 30%, 至少3成", "New South Wales",
        "share of koalas killed", "2019-20 season",
        [F("bsh", 21, "將近30%的無尾熊因野火死亡", 30.0, PC, "a", q="under"), F("bsh", 21, "恐怕也有30%已經死亡", 30.0, PC, "a"),
         F("bsh", 24, "至少有 3 成喪生", 30.0, PC, "a", q="at_least", vt="3 成", step=10)])
ms = [
    F("bsh", 15, "投入3500万美元", 3500e4, USD, "usd"),
    F("bsh", 24, "撥款5000萬美金", 5000e4, USD, "usd", note="A$50 million given as US dollars"),
    F("bsh", 16, "已投入5000万澳元", 5000e4, AUD, "aud"),
]
G("bsh_wildlife_fund", BSH, "The federal wildlife-recovery fund of January 2020: A$50 million (jiangsulong), given as 3500万美元 (163) and as 5000萬美金 (13.229)",
  "Australia", "wildlife recovery fund", "2020", "3500万 against 5000萬 US dollars (conflict); the Australian-dollar figure different_basis.", ms)
pairgrp("bsh_species_113", BSH, "Species needing urgent help after the fires (February 2020): at least 113 (two)", "Australia", "species needing help", "2020",
        [F("bsh", 15, "至少113种动物", 113, CNT, "a", q="at_least"), F("bsh", 16, "至少113种动物", 113, CNT, "a", q="at_least")])
pairgrp("bsh_habitat_30", BSH, "Habitat those species lost: at least 30% (two)", "Australia", "habitat lost", "2020",
        [F("bsh", 15, "至少30%的栖息地", 30.0, PC, "a", q="at_least"), F("bsh", 16, "至少30%的栖息地", 30.0, PC, "a", q="at_least")])
pairgrp("bsh_area_dec28", BSH, "Land burnt by 28 December 2019 (ettoday): nearly 5萬 km2 (twice)", "Australia", "area burnt", "December 2019",
        [F("bsh", 21, "燒毀將近5萬平方公里的土地，造成", 5e4, KM2, "a", q="under"), F("bsh", 21, "燒毀將近5萬平方公里的土地，尤其", 5e4, KM2, "a", q="under")])
pairgrp("bsh_sydney_loss", BSH, "Sydney's daily economic loss (January 2020): about / over 3,500萬美元", "Sydney", "economic loss a day (USD)", "January 2020",
        [F("bsh", 22, "約3,500萬美元的經濟損失", 3500e4, USD, "a", q="approx"), F("bsh", 22, "損失超過3,500萬美元", 3500e4, USD, "a", q="over")])

S("bsh", 14, "Nearly 500 million animals", value=500e6, unit=CNT, q="under")
S("bsh", 1, "exceed the A$4.4 billion", value=4.4e9, unit=AUD)
S("bsh", 1, "more than A$1 billion", value=1e9, unit=AUD, q="over")
S("bsh", 1, "approximately 11,000 kilometres", value=11000, unit=KM, q="approx")
S("bsh", 1, "306 million tonnes of CO2", value=306e6, unit="tonnes")
S("bsh", 3, "(10,000 square meters)", value=10000, unit="square_metres")
S("bsh", 3, "more than 15,000 fires", value=15000, unit=CNT, q="over")
S("bsh", 4, "compiled by 10 scientists", value=10, unit=P)
S("bsh", 7, "and 5,852 outbuildings", value=5852, unit=CNT)
S("bsh", 9, "has seen 51 bushfire inquiries", value=51, unit=CNT)
S("bsh", 10, "$2.2 billion in insurance claims", value=2.2e9, unit=AUD)
S("bsh", 12, "within 30 years", value=30, unit=YRS)
S("bsh", 13, "The $300 million program", value=300e6, unit=AUD)
S("bsh", 14, "reached 70 meters high", value=70, unit="metres")
S("bsh", 15, "来自澳大利亚多所大学的10名科学家", vt="10", value=10, unit=P)
S("bsh", 16, "1澳元约合5元人民币", vt="5", value=5, unit="CNY")
S("bsh", 18, "约为9.39亿澳元", value=9.39e8, unit=AUD, q="approx")
S("bsh", 18, "约合5.82亿欧元", value=5.82e8, unit="EUR", q="approx")
S("bsh", 21, "除了3.4萬平方公里", value=3.4e4, unit=KM2)
S("bsh", 21, "當地1.5萬至2.8萬隻", vt="1.5萬至2.8萬", value=[1.5e4, 2.8e4], unit=CNT)
S("bsh", 21, "澳洲野火蔓延5個州", value=5, unit=CNT)
S("bsh", 22, "本周就有28人失蹤", value=28, unit=P)
S("bsh", 22, "燒毀的土地就有400公頃左右", value=400, unit=HA, q="approx")
S("bsh", 22, "大約28萬公頃", value=28e4, unit=HA, q="approx")
S("bsh", 22, "約為90萬公頃", value=90e4, unit=HA, q="approx")
S("bsh", 22, "濃度的11倍", value=11, unit=TIMES)
S("bsh", 22, "至少30天處於危險等級", value=30, unit="days", q="at_least")
S("bsh", 23, "逐年下滑至32萬隻", value=32e4, unit=CNT)
S("bsh", 24, "約 2.68 億港元", vt="2.68 億", value=2.68e8, unit="HKD", q="approx")
S("bsh", 24, "已有超過 7000 人聯署", vt="7000", value=7000, unit=P, q="over")
NC("bsh", 1, "As of 9 March 2020", "date")
NC("bsh", 1, "the 2009 Black Saturday fires", "date")
NC("bsh", 1, "By 7 January 2020", "date")
NC("bsh", 1, "As of 2 January 2020", "date")
NC("bsh", 2, " date 2020-07-29", "date")
NC("bsh", 2, "Australia's 2019-2020 Bushfires: The Wildlife Toll", "report_title")
NC("bsh", 3, "on February 1.", "date")
NC("bsh", 6, "on July 28, that", "date")
NC("bsh", 7, "fires in June 2019", "date")
NC("bsh", 9, " date 2020-10-28", "date")
NC("bsh", 9, "the 1939 Black Friday Royal Commission", "name")
NC("bsh", 13, "Canberra, Dec 7 (FN Bureau)", "date")
NC("bsh", 13, "over 5 years", "duration")
NC("bsh", 15, "海外网7月28日消息", "date")
NC("bsh", 17, "持续了约6个月", "duration")
NC("bsh", 17, "超过40摄氏度", "threshold")
NC("bsh", 20, "澳消防部门13日表示", "date")
NC("bsh", 21, " date 2019-12-28", "date")
NC("bsh", 21, "無尾熊忍40度高溫", "threshold")
NC("bsh", 22, " date 2020-01", "date")
NC("bsh", 23, " date 2025-11-25", "date")
NC("bsh", 23, "11月26日，是", "date")
NC("bsh", 23, "在30年內達到", "duration")

# ============================================================ child marriage
ms = [
    F("cmr", 1, "from a prevalence of 49 percent", 49.0, PC, "a"),
    F("cmr", 12, "童婚比例从49%", 49.0, PC, "a"),
    F("cmr", 16, "童婚比例從49%", 49.0, PC, "a"),
    F("cmr", 2, "going from 50%", 50.0, PC, "a"),
]
G("cmr_south_asia_before", CMR, "South Asia's child-marriage prevalence a decade before UNICEF's March 2018 estimate: 49% (three) and cjp's 50%",
  "South Asia", "girls married before 18 (percent)", "about 2008", "50% rounds 49% (rounding).", ms)
pairgrp("cmr_south_asia_2018", CMR, "South Asia's child-marriage prevalence in UNICEF's March 2018 estimate: 30% (four)", "South Asia", "girls married before 18 (percent)", "2018",
        [F("cmr", 1, "to 30 percent, it said", 30.0, PC, "a"), F("cmr", 2, "to 30%. Progress", 30.0, PC, "a"),
         F("cmr", 12, "降至30%", 30.0, PC, "a"), F("cmr", 16, "降至30%", 30.0, PC, "a")])

ms = [
    F("cmr", 6, "Nearly 1 every 2 seconds", 2, SEC, "a", q="under"),
    F("cmr", 8, "married every 2 seconds", 2, SEC, "a"),
    F("cmr", 8, "1 every 2 seconds.", 2, SEC, "a"),
    F("cmr", 9, "Every 2 seconds, a girl", 2, SEC, "a"),
    F("cmr", 10, "Every 2 seconds a girl", 2, SEC, "a"),
    F("cmr", 7, "Nearly 1 every 3 seconds", 3, SEC, "a", q="under"),
    F("cmr", 13, "全球每3秒就有一个", 3, SEC, "a"),
]
G("cmr_interval", CMR, "Seconds between two child marriages in the world: 'every 2 seconds' (five, one 'nearly') against 'nearly 1 every 3 seconds' "
  "(fillespasepouses, with the same 12 million a year) and qq's 每3秒", "world", "seconds between child marriages", "current",
  "2 against 3 seconds (conflict); the hedges hold their own figure.", ms)
ms = [
    F("cmr", 6, "That is 23 girls every minute", 23, P, "u12"),
    F("cmr", 7, "That is 23 girls every minute", 23, P, "u12"),
    F("cmr", 9, "Every minute, 30 girls", 30, P, "u12", note="no source named"),
    F("cmr", 8, "That's 28 girls every minute", 28, P, "gnb15", note="from Girls Not Brides' older 15 million a year"),
]
G("cmr_per_minute", CMR, "Girls married every minute: 23 (Girls Not Brides, 12 million a year; two) against nadafund's 30; alalam's 28 (15 million a year)",
  "world", "girls married a minute", "current", "30 against 23 (conflict); the 15-million basis different_basis.", ms)
pairgrp("cmr_per_day", CMR, "Girls married every day: nadafund's 43,000 and 99yangshengtang's 'at least 39000'", "world", "girls married a day", "current",
        [F("cmr", 9, "Every day, 43,000 young girls", 43000, P, "a"), F("cmr", 14, "全球每天至少有39000个", 39000, P, "a", q="at_least")],
        "'At least 39000' holds 43,000 (consistent).")
ms = [
    F("cmr", 1, "Some 12 million girls under 18", 12e6, P, "u12", q="approx"),
    F("cmr", 2, "is 12 million worldwide", 12e6, P, "u12"),
    F("cmr", 3, "or 12 million girls a year", 12e6, P, "u12"),
    F("cmr", 5, "affects 12 million very young people a year", 12e6, P, "u12"),
    F("cmr", 6, "Each year, 12 million girls", 12e6, P, "u12"),
    F("cmr", 7, "Each year, 12 million girls", 12e6, P, "u12"),
    F("cmr", 12, "每年仍有1200万名女孩", 1200e4, P, "u12"),
    F("cmr", 16, "每年仍有1200萬名女孩", 1200e4, P, "u12"),
    F("cmr", 17, "About 12 million girls a year", 12e6, P, "u12", q="approx"),
    F("cmr", 17, "全球每年約有1,200 萬女童", 1200e4, P, "u12", q="approx", vt="1,200 萬"),
    F("cmr", 20, "全球每年約有1200萬女孩", 1200e4, P, "u12", q="approx"),
    F("cmr", 8, "each year, 15 million girls", 15e6, P, "gnb15"),
    F("cmr", 19, "平均每年有1 420萬女孩", 1420e4, P, "unfpa", vt="1 420萬", step=1e5),
]
G("cmr_per_year", CMR, "Girls married before 18 each year: UNICEF's 12 million / 1200万 (eleven); Girls Not Brides' older 15 million (alalam, January 2018); "
  "eferrit's 1 420萬 (1.42億 in a decade)", "world", "girls married a year", "current", "Each estimate its own basis (different_basis).", ms)
ms = [
    F("cmr", 2, "around 650 million women", 650e6, P, "e18", q="approx"),
    F("cmr", 12, "全球女性有6.5亿人", 6.5e8, P, "e18"),
    F("cmr", 12, "共有6.5亿人在未成年时结婚", 6.5e8, P, "e18"),
    F("cmr", 16, "共有6.5億人在未成年時結婚", 6.5e8, P, "e18"),
    F("cmr", 18, "當(dāng)前約有6.5億女性", 6.5e8, P, "e18", q="approx"),
    F("cmr", 3, "UNICEF: 640 million cases", 640e6, P, "e23"),
    F("cmr", 3, "At least 640 million girls", 640e6, P, "e23", q="at_least"),
    F("cmr", 4, "approximately 640 million women", 640e6, P, "e23", q="approx"),
    F("cmr", 5, "There are 640 million girls", 640e6, P, "e23"),
    F("cmr", 8, "More than 700 million women", 700e6, P, "e14", q="over"),
    F("cmr", 11, "Some 700 million women", 700e6, P, "e14", q="approx"),
]
G("cmr_alive", CMR, "Women alive who were married as children: UNICEF's 650 million (2018; five), 640 million (May 2023; four), 700 million (2014; two)",
  "world", "women married as children", "current", "Each estimate its own basis (different_basis).", ms)
pairgrp("cmr_prevented", CMR, "Child marriages prevented in the decade to 2018: 25 million (six)", "world", "child marriages prevented", "2008-2018",
        [F("cmr", 1, "A total of 25 million cases", 25e6, CNT, "a"), F("cmr", 2, "decrease of 25 million fewer", 25e6, CNT, "a"),
         F("cmr", 12, "共有2500万例童婚", 2500e4, CNT, "a"), F("cmr", 16, "共有2500萬例童婚", 2500e4, CNT, "a"),
         F("cmr", 17, "there were 25 million fewer", 25e6, CNT, "a"), F("cmr", 17, "減少了2,500萬個", 2500e4, CNT, "a")])
ms = [
    F("cmr", 1, "More than 150 million girls will marry", 150e6, P, "e18", q="over"),
    F("cmr", 2, "over 150 million more girls", 150e6, P, "e18", q="over"),
    F("cmr", 12, "会有超过1.5亿名女孩", 1.5e8, P, "e18", q="over"),
    F("cmr", 16, "會有超過1.5億名女孩", 1.5e8, P, "e18", q="over"),
    F("cmr", 13, "将有超过1.2亿的女孩", 1.2e8, P, "e20", q="over"),
    F("cmr", 10, "More than 140 million girls", 140e6, P, "e20b", q="over", note="'by 2020'"),
]
G("cmr_by_2030", CMR, "Girls who will marry before 18 by 2030 without faster progress: over 150 million (UNICEF 2018; four), qq's 超过1.2亿 (2020); "
  "'more than 140 million ... by 2020' (older projection)", "world", "girls to be married", "to 2030", "Each projection its own basis (different_basis).", ms)
pairgrp("cmr_ssa", CMR, "Sub-Saharan Africa's prevalence in UNICEF's 2018 estimate: 38% (three)", "sub-Saharan Africa", "women married before 18 (percent)", "2018",
        [F("cmr", 1, "where 38 percent of women", 38.0, PC, "a"), F("cmr", 12, "仍高达38%", 38.0, PC, "a"), F("cmr", 16, "仍高達38%", 38.0, PC, "a")])
ms = [
    F("cmr", 1, "Now 21 percent of girls", 21.0, PC, "e18"),
    F("cmr", 3, "decreased from 21%", 21.0, PC, "e18", note="the estimate of five years before"),
    F("cmr", 3, "to 19% since", 19.0, PC, "e23"),
    F("cmr", 5, "reaches 19% in 2022", 19.0, PC, "e23"),
    F("cmr", 5, "in 1997, 25% of young women", 25.0, PC, "e97"),
    F("cmr", 5, "drops to 23% in 2012", 23.0, PC, "e12"),
]
G("cmr_prevalence", CMR, "Young women married before 18 worldwide: 21% (2018 estimate; two), 19% (2023 estimate; two), limnews' 25% (1997) and 23% (2012)",
  "world", "young women married before 18 (percent)", "1997-2022", "Each year's estimate its own basis (different_basis).", ms)
pairgrp("cmr_covid", CMR, "Extra child marriages COVID-19 could cause by 2030: 10 million (two)", "world", "additional child marriages", "2020-2030",
        [F("cmr", 5, "another 10 million child marriages", 10e6, CNT, "a"), F("cmr", 18, "額外出現(xiàn)1000萬起童婚", 1000e4, CNT, "a")])
pairgrp("cmr_300_years", CMR, "Years to end child marriage at the present rate (UNICEF, May 2023): 300 (four)", "world", "years to end child marriage", "2023",
        [F("cmr", 4, "take 300 years for child marriage", 300, YRS, "a", nth=1), F("cmr", 4, "take 300 years for child marriage", 300, YRS, "a", nth=2),
         F("cmr", 4, "take another 300 years", 300, YRS, "a"), F("cmr", 5, "should wait 300 years", 300, YRS, "a")])
ms = [
    F("cmr", 1, "prevalence of 76 percent", 76.0, PC, "u18"),
    F("cmr", 15, "高达76%的女孩", 76.0, PC, "u18"),
    F("cmr", 10, "Niger has the highest rate, at 75%", 75.0, PC, "old"),
    F("cmr", 19, "尼日爾:82%", 82.0, PC, "old2"),
]
G("cmr_niger", CMR, "Niger's child-marriage rate: 76% (UNICEF 2018, baonghean), 75% (wlahawogohokhra), 82% (eferrit's older list)", "Niger",
  "girls married before 18 (percent)", "current", "Different survey vintages (different_basis; conflict defensible).", ms,
  X(ms, DC, ["u18"], ["old", "old2"]), X(ms, DC, ["old"], ["old2"]))
ms = [
    F("cmr", 1, "and 67 percent respectively", 67.0, PC, "u18"),
    F("cmr", 10, "Central African Republic at 68%", 68.0, PC, "old"),
]
G("cmr_chad", CMR, "Chad's child-marriage rate: 67% (UNICEF 2018) against 68% (wlahawogohokhra)", "Chad", "girls married before 18 (percent)", "current",
  "Different survey vintages (different_basis; conflict defensible).", ms, X(ms, DC, ["u18"], ["old"]))
ms = [
    F("cmr", 1, "a rate of 59 percent", 59.0, PC, "u18"),
    F("cmr", 10, "Bangladesh, with 66%", 66.0, PC, "old"),
    F("cmr", 15, "65%的女孩在18岁前结婚", 65.0, PC, "hrw"),
    F("cmr", 19, "孟加拉國:75%", 75.0, PC, "old2"),
]
G("cmr_bangladesh", CMR, "Bangladesh's child-marriage rate: 59% (UNICEF 2018), 66% (wlahawogohokhra), 65% (HRW via baonghean), 75% (eferrit)", "Bangladesh",
  "girls married before 18 (percent)", "current", "Different sources and vintages (different_basis; conflict defensible).", ms,
  X(ms, DC, ["u18"], ["old", "hrw", "old2"]), X(ms, DC, ["old"], ["hrw", "old2"]), X(ms, DC, ["hrw"], ["old2"]))
pairgrp("cmr_india_rate", CMR, "India's child-marriage rate (UNICEF 2018): 27% (three)", "India", "girls married before 18 (percent)", "2018",
        [F("cmr", 17, "印度減至27%", 27.0, PC, "a"), F("cmr", 17, "27 percent of girls", 27.0, PC, "a"), F("cmr", 17, "國有27% 女童", 27.0, PC, "a")])
pairgrp("cmr_india_girls", CMR, "Indian girls married before 18 a year: nearly 1.5 million / 約150 萬", "India", "girls married a year", "2018",
        [F("cmr", 17, "nearly 1.5 million girls", 1.5e6, P, "a", q="under"), F("cmr", 17, "約150 萬人", 150e4, P, "a", q="approx", vt="150 萬")])
pairgrp("cmr_india_before", CMR, "India's rate a decade earlier: 47% (twice)", "India", "girls married before 18 (percent)", "about 2006",
        [F("cmr", 17, "from 47 percent a decade ago", 47.0, PC, "a"), F("cmr", 17, "10 年前的47%", 47.0, PC, "a")])

S("cmr", 1, "Central African Republic and Chad with 68 percent", vt="68 percent", value=68.0, unit=PC)
S("cmr", 3, "20 times faster", value=20, unit=TIMES)
S("cmr", 3, "child brides (20%)", value=20.0, unit=PC)
S("cmr", 3, "over 200 years away", value=200, unit=YRS, q="over")
S("cmr", 3, "in about 55 years", value=55, unit=YRS, q="approx")
S("cmr", 3, "nearly half (45%)", vt="45%", value=45.0, unit=PC)
S("cmr", 4, "South Asia (290 million girls)", vt="290 million", value=290e6, unit=P)
S("cmr", 4, "127 million brides (20%)", vt="127 million", value=127e6, unit=P)
S("cmr", 4, "95 million (15%)", vt="95 million", value=95e6, unit=P)
S("cmr", 4, "58 million (9%)", vt="58 million", value=58e6, unit=P)
S("cmr", 4, "37 million girls are affected", value=37e6, unit=P)
S("cmr", 4, "sold for $40,000", value=40000, unit=USD)
S("cmr", 4, "and 20 million in Eastern Europe", value=20e6, unit=P)
S("cmr", 10, "Guinea at 63%", value=63.0, unit=PC)
S("cmr", 10, "Mozambique at 56%", value=56.0, unit=PC)
S("cmr", 10, "Mali with 55%", value=55.0, unit=PC)
S("cmr", 10, "South Sudan with 52%", value=52.0, unit=PC)
S("cmr", 10, "Malawi at 50%", value=50.0, unit=PC)
S("cmr", 11, "(some 250 million)", value=250e6, unit=P, q="approx")
S("cmr", 15, "发展中国家高达30%的女孩", value=30.0, unit=PC, q="under")
S("cmr", 15, "高达14%的女孩在15岁前结婚", vt="14%", value=14.0, unit=PC, q="under")
S("cmr", 15, "也门高达14%的女性", vt="14%", value=14.0, unit=PC, q="under")
S("cmr", 15, "52%的女性在18岁前结婚", vt="52%", value=52.0, unit=PC)
S("cmr", 15, "29%的女孩在15岁前结婚", vt="29%", value=29.0, unit=PC)
S("cmr", 19, "估計有5100萬名", value=5100e4, unit=P)
S("cmr", 19, "有1.42億女孩", value=1.42e8, unit=P)
S("cmr", 19, "分別有42%和37%", vt="42%", value=42.0, unit=PC)
S("cmr", 19, "和37%的20至24歲", vt="37%", value=37.0, unit=PC)
S("cmr", 19, "尼泊爾:63%", value=63.0, unit=PC)
S("cmr", 19, "印度人:57%", value=57.0, unit=PC)
S("cmr", 19, "烏干達:50%", value=50.0, unit=PC)
S("cmr", 20, "占比超過90%", value=90.0, unit=PC, q="over")
S("cmr", 20, "辍學率增加70%", value=70.0, unit=PC)
S("cmr", 20, "高2倍", value=2, unit=TIMES)
S("cmr", 20, "全球GDP的1.7%", value=1.7, unit=PC)
NC("cmr", 1, "by 2030 -- a target", "date")
NC("cmr", 1, "before the age of 18 dropped", "age")
NC("cmr", 2, "before the age of 18 declining", "age")
NC("cmr", 4, "published in May 2023", "date")
NC("cmr", 4, "between the ages of 20 and 24", "age")
NC("cmr", 4, "a 14-year-old girl", "age")
NC("cmr", 5, "aged between 12 and 17", "age")
NC("cmr", 5, "between 2020 and 2030", "date")
NC("cmr", 6, "7 girls under the age of 18 have been married", "counter")
NC("cmr", 7, "71 girls under the age of 18 have been married", "counter")
NC("cmr", 8, "Tue Jan 30, 2018 09:28:10", "date")
NC("cmr", 9, "a girl under the age of 18 is married", "age")
NC("cmr", 10, "9 of the 10 countries", "fraction")
NC("cmr", 11, "were married before they were 15", "age")
NC("cmr", 12, "2018-03-07", "date")
NC("cmr", 13, "18岁高中生迎娶14岁初中生?", "age")
NC("cmr", 13, "于11月26日为双方", "date")
NC("cmr", 13, "UNICEF/UN0280307/Boro", "name")
NC("cmr", 15, "6岁的塔哈尼", "age")
NC("cmr", 15, "一位25岁的男子", "age")
NC("cmr", 16, "新華社聯合國3月6日電", "date")
NC("cmr", 17, "From 2006-2016", "date")
NC("cmr", 18, "兒童基金會(huì)8日發(fā)布", "date")
NC("cmr", 19, "01 10", "list")
NC("cmr", 19, "02之10", "list")
NC("cmr", 19, "03之10", "list")
NC("cmr", 20, "第16條第2款", "name")
NC("cmr", 20, "《民法典》第1047條", "name")
NC("cmr", 20, "《刑法》第257條", "name")
NC("cmr", 20, "女性20周歲、男性22周歲", "age")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh36.toml", "corpus-fresh36")
