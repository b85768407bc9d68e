"""Hand annotation of corpus-fresh35, written as data; emits gold.d/fresh35.toml (then run
corpus/check_gold.py --dir corpus-fresh35 --build).

Three domains: rhino poaching in South Africa (the Department of Environmental Affairs' yearly counts: 13 in 2007, 83 in
2008, 333 in 2010, 668 in 2012, 1,004 in 2013 (AFP's 1,020), the record 1,215 in 2014 (827 in Kruger), 1,175 in 2015 (826
in Kruger) and their retellings; South Africa's share of the world's rhinos; its and the world's rhino numbers; `rhi-*`),
elephant poaching (the Great Elephant Census of August 2016: 352,271 savannah elephants in 18 countries, 144,000 / 30% lost
2007-2014, 8% a year, 84% in protected areas, 93%, 81 aircraft, 286 crew, the flight distance; IUCN's African Elephant
Status Report of September 2016: about 415,000 elephants, 111,000 fewer, 93,000 / 18,000, 275 estimates; older and other
figures; `ele-*`) and cholera (the global burden estimates of Ali et al. 2012 and 2015 and WHO's older 3-5 million /
100,000-120,000; WHO's reported counts for 2013, 2015, 2022, 2023 and 2024; the Haiti outbreak as retold at Ban Ki-moon's
apology of December 2016 and in its first weeks of November 2010; `chr-*`).

Every mention carries a basis tag (estimate / report vintage / measure, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Ranges carry values [lo, hi]. Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 千 = 1e3.
Units: count, persons, percent, USD, minutes, km, per_100_elephants.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, P, USD, DC, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

RHI, ELE, CHR = "rhino-poaching", "elephant-poaching", "cholera"
MIN, KM = "minutes", "km"


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ rhino poaching
ms = [
    F("rhi", 4, "rhino from 1,004 in 2013", 1004, CNT, "a"),
    F("rhi", 8, "2013 saw 1,004 slaughtered", 1004, CNT, "a"),
    F("rhi", 12, "共有1004头犀牛死于偷猎", 1004, CNT, "a"),
    F("rhi", 13, "2013年则达到创纪录的1004头", 1004, CNT, "a"),
    F("rhi", 3, "with 1,020 killed in 2013", 1020, CNT, "a", note="AFP's figure"),
    F("rhi", 16, "从2013年的1215起", 1215, CNT, "a", note="the 2014 count given as 2013's"),
]
G("rhi_sa_2013", RHI, "Rhinos poached in South Africa in 2013: 1,004 / 1004 (four), ambitionias' (AFP) 1,020 and siudz's 1215 (the 2014 count put on 2013)",
  "South Africa", "rhinos poached", "2013", "1,020 and 1215 against 1,004 (and each other) conflict.", ms)

pairgrp("rhi_sa_2014", RHI, "Rhinos poached in South Africa in 2014: the record 1,215 (fifteen)", "South Africa", "rhinos poached", "2014",
        [F("rhi", 1, "1215. According", 1215, CNT, "a"), F("rhi", 1, "1215. That’s more", 1215, CNT, "a"),
         F("rhi", 2, "All-told, 1,215 rhinos", 1215, CNT, "a"), F("rhi", 3, "a total of 1,215 rhinos", 1215, CNT, "a"),
         F("rhi", 4, "Record 1,215 rhino poached", 1215, CNT, "a"), F("rhi", 4, "as 1,215 animals were killed", 1215, CNT, "a"),
         F("rhi", 4, "A record 1,215 rhinos were poached", 1215, CNT, "a"), F("rhi", 4, "the number of 1,215 rhinos", 1215, CNT, "a"),
         F("rhi", 5, "record number of 1,215", 1215, CNT, "a"), F("rhi", 6, "a record 1,215 poached", 1215, CNT, "a"),
         F("rhi", 7, "a record 1,215 in 2014", 1215, CNT, "a"), F("rhi", 8, "last year 1,215 were killed", 1215, CNT, "a"),
         F("rhi", 9, "down from 1,215 in 2014", 1215, CNT, "a")])

ms = [
    F("rhi", 5, "There were 1,175 cases in 2015", 1175, CNT, "a"),
    F("rhi", 6, "that 1,175 rhinos were poached", 1175, CNT, "a"),
    F("rhi", 7, "stabilisation to 1,175 deaths", 1175, CNT, "a"),
    F("rhi", 11, "Last year, 1,175 rhinos were poached", 1175, CNT, "a"),
    F("rhi", 17, "去年則是1175頭", 1175, CNT, "a"),
    F("rhi", 9, "about 1,160 reported cases", 1160, CNT, "a", q="approx", note="a conservation group's count before the official one"),
    F("rhi", 9, "had killed 1,500 rhinos there in 2015", 1500, CNT, "a", note="Prince Harry, no source"),
]
G("rhi_sa_2015", RHI, "Rhinos poached in South Africa in 2015: the official 1,175 (five), csmonitor's 'about 1,160' and Prince Harry's 1,500",
  "South Africa", "rhinos poached", "2015", "'about 1,160' and 1,500 against 1,175 and each other conflict.", ms)

pairgrp("rhi_sa_2007", RHI, "Rhinos poached in South Africa in 2007: 13 (seven)", "South Africa", "rhinos poached", "2007",
        [F("rhi", 2, "just 13 rhinos were killed", 13, CNT, "a"), F("rhi", 3, "Just 13 were killed in 2007", 13, CNT, "a"),
         F("rhi", 5, "when 13 rhinos were poached", 13, CNT, "a"), F("rhi", 7, "from 13 in 2007", 13, CNT, "a"),
         F("rhi", 8, "just 13 rhinos were poached", 13, CNT, "a"), F("rhi", 11, "the 13 killed in 2007", 13, CNT, "a"),
         F("rhi", 17, "犀牛只有13頭", 13, CNT, "a")])
pairgrp("rhi_sa_2008", RHI, "Rhinos poached in South Africa in 2008: 83 (two)", "South Africa", "rhinos poached", "2008",
        [F("rhi", 8, "this jumped to 83", 83, CNT, "a"), F("rhi", 17, "2008年是83頭", 83, CNT, "a")])
pairgrp("rhi_sa_2010", RHI, "Rhinos poached in South Africa in 2010: 333 (two)", "South Africa", "rhinos poached", "2010",
        [F("rhi", 13, "2010年共有333头犀牛被猎杀", 333, CNT, "a"), F("rhi", 14, "分别为333", 333, CNT, "a", note="list of yearly counts whose years are missing")])
pairgrp("rhi_sa_2012", RHI, "Rhinos poached in South Africa in 2012: 668 (five)", "South Africa", "rhinos poached", "2012",
        [F("rhi", 8, "In 2012, 668 were killed", 668, CNT, "a"), F("rhi", 13, "2012年增至668头", 668, CNT, "a"),
         F("rhi", 14, "668只", 668, CNT, "a"), F("rhi", 15, "2012年全年创下的668头", 668, CNT, "a"),
         F("rhi", 20, "在2012年也有668頭", 668, CNT, "a")])

ms = [
    F("rhi", 2, "poaching deaths—827—occurred", 827, CNT, "a"),
    F("rhi", 3, "— 827 of which were", 827, CNT, "a"),
    F("rhi", 6, "2014’s total of 827", 827, CNT, "a"),
    F("rhi", 21, "當時有800多頭犀牛", 800, CNT, "a", q="over"),
    F("rhi", 19, "2014年被盜獵544隻犀牛", 544, CNT, "a"),
]
G("rhi_kruger_2014", RHI, "Rhinos poached in Kruger National Park in 2014: 827 (three), 800多, and china.com.cn's 544", "Kruger National Park", "rhinos poached", "2014",
  "544 against 827 and 800多 conflict; 800多 holds 827.", ms)
pairgrp("rhi_kruger_2015", RHI, "Rhinos poached in Kruger in 2015: 826 (two)", "Kruger National Park", "rhinos poached", "2015",
        [F("rhi", 5, "Most cases (826)", 826, CNT, "a"), F("rhi", 6, "recorded 826 rhinos", 826, CNT, "a")])
pairgrp("rhi_kruger_white", RHI, "White rhinos in Kruger (2015 survey): 8,400-9,300 (three)", "Kruger National Park", "white rhinos", "2015",
        [F("rhi", 5, "between 8,400 to 9,300", [8400, 9300], CNT, "a", vt="8,400 to 9,300", step=100),
         F("rhi", 7, "home to 8,400-9,300 animals", [8400, 9300], CNT, "a", vt="8,400-9,300", step=100),
         F("rhi", 11, "between 8,400 and 9,300 rhinos", [8400, 9300], CNT, "a", vt="8,400 and 9,300", step=100)])
pairgrp("rhi_arrests_2014", RHI, "Rhino-poaching arrests in South Africa in 2014: BBC's 258 against Scientific American's 386", "South Africa", "arrests", "2014",
        [F("rhi", 5, "there were 258 arrests", 258, CNT, "a"), F("rhi", 2, "went up to 386", 386, CNT, "a")], "258 against 386 (conflict).")
pairgrp("rhi_increase_2014", RHI, "Rise in rhino poaching 2013-2014: 21 percent (two)", "South Africa", "rise in rhinos poached", "2014",
        [F("rhi", 2, "an increase of 21 percent", 21.0, PC, "a"), F("rhi", 4, "a 21 percent increase", 21.0, PC, "a")])

ms = [
    F("rhi", 1, "over 90 percent of the world’s", 90.0, PC, "a", q="over"),
    F("rhi", 2, "approximately 80 percent of the world’s rhinos", 80.0, PC, "a", q="approx"),
    F("rhi", 5, "has 80% of the world's rhino", 80.0, PC, "a"),
    F("rhi", 12, "其中85%生活在南非", 85.0, PC, "a"),
    F("rhi", 13, "占全球总数80%左右", 80.0, PC, "a", q="approx"),
    F("rhi", 8, "73% of the world's rhino population", 73.0, PC, "str", note="Save the Rhino International"),
    F("rhi", 10, "73% of all wild rhinos worldwide", 73.0, PC, "str"),
    F("rhi", 17, "將近70%以南非為家", 70.0, PC, "n16", q="under"),
    F("rhi", 16, "占全球犀牛种群的90%以上", 90.0, PC, "n23", q="at_least", note="2023 article"),
]
G("rhi_sa_share", RHI, "South Africa's share of the world's rhinos, 2014-2016: 80% (three, two hedged), mybook's 85% and earthtouch's 'over 90 percent'; "
  "Save the Rhino's 73% (two); e-info's 將近70% (2016) and siudz's 90%以上 (2023)", "South Africa", "share of the world's rhinos", "2014-2016",
  "80 / 85 / over 90 conflict; the named 73% and the later figures different_basis (conflict defensible).", ms,
  X(ms, DC, ["str"], ["a", "n16", "n23"]), X(ms, DC, ["n16"], ["a", "n23"]), X(ms, DC, ["n23"], ["a"]))

ms = [
    F("rhi", 14, "其中大约21000只住在南非", 21000, CNT, "y13", q="approx"),
    F("rhi", 15, "估计约有22000头", 22000, CNT, "y13", q="approx"),
    F("rhi", 20, "南非犀牛剩不到2萬頭", 2e4, CNT, "y13", q="under"),
    F("rhi", 20, "僅剩2萬頭的南非犀牛", 2e4, CNT, "y13"),
    F("rhi", 8, "around 20,700 rhinos still living", 20700, CNT, "y15", q="approx"),
    F("rhi", 7, "There are nearly 20,000 across", 20000, CNT, "w16", q="under", note="white rhinos, 2016 survey"),
    F("rhi", 16, "南非拥有约1.8万头白犀牛", 1.8e4, CNT, "w23", q="approx"),
]
G("rhi_sa_pop", RHI, "Rhinos in South Africa: 2013 figures 大约21000, 约22000, 不到2萬 / 2萬 (anntw); 2015's 'around 20,700'; white rhinos 'nearly 20,000' (2016) and 约1.8万 (2023)",
  "South Africa", "rhinos living", "2013-2023", "不到2萬 against 21000 and 22000 conflict; other years different_basis.", ms)

ms = [
    F("rhi", 17, "全球僅餘2萬9500頭犀牛", 29500, CNT, "y16", vt="2萬9500", step=100),
    F("rhi", 18, "大約只剩下2萬5千隻", 25000, CNT, "y16", q="approx", vt="2萬5千", step=1000),
    F("rhi", 12, "全球大约有犀牛2.8万头", 2.8e4, CNT, "y14", q="approx"),
    F("rhi", 21, "約有18000頭野生犀牛", 18000, CNT, "y21", q="approx"),
]
G("rhi_world_pop", RHI, "Rhinos in the world: e-info's 2萬9500 against TVBS's 大約2萬5千 (both 2016); mybook's 约2.8万 (2014); xuehua's 約18000 (2021)",
  "world", "rhinos living", "2014-2021", "29,500 against about 25,000 in 2016 conflict; other years different_basis.", ms)
pairgrp("rhi_africa_pop", RHI, "Rhinos in Africa in 2013: 大约25000 and 大约2万多 (twice)", "Africa", "rhinos living", "2013",
        [F("rhi", 14, "非洲大约有25000只犀牛", 25000, CNT, "a", q="approx"),
         F("rhi", 15, "在非洲一共有大约2万多头犀牛", 2e4, CNT, "a", q="over", nth=1),
         F("rhi", 15, "在非洲一共有大约2万多头犀牛", 2e4, CNT, "a", q="over", nth=2)], "2万多 holds 25000 (consistent).")

S("rhi", 1, "That’s 211 more animals", value=211, unit=CNT)
S("rhi", 2, "from 343 in 2013", value=343, unit=CNT)
S("rhi", 2, "were up from 133 to 174", vt="133", value=133, unit=CNT)
S("rhi", 2, "27 rhinos were killed", value=27, unit=CNT)
S("rhi", 2, "a list of 323 wanted poachers", value=323, unit=P)
S("rhi", 2, "at least 24 rhinos", value=24, unit=CNT, q="at_least")
S("rhi", 2, "only about 100 and 35", vt="100", value=100, unit=CNT, q="approx")
S("rhi", 4, "200 kms north east", value=200, unit=KM)
S("rhi", 5, "317 poachers had been arrested", value=317, unit=P)
S("rhi", 6, "at least 116 rhinos", value=116, unit=CNT, q="at_least")
S("rhi", 6, "over the 100 poached in 2014", value=100, unit=CNT)
S("rhi", 8, "Record 393 rhinos killed", value=393, unit=CNT)
S("rhi", 8, "a record 393 rhinos were killed", value=393, unit=CNT)
S("rhi", 8, "up 18% on the same time", value=18.0, unit=PC)
S("rhi", 8, "Some 290 of these", value=290, unit=CNT, q="approx")
S("rhi", 10, "769 animals have been killed", value=769, unit=CNT)
S("rhi", 10, "with 489 animals being killed", value=489, unit=CNT)
S("rhi", 10, "been 103 Rhino’s poached", value=103, unit=CNT)
S("rhi", 10, "KwaZulu-Natal on 65", value=65, unit=CNT)
S("rhi", 10, "where 12 Rhino’s have been poached", value=12, unit=CNT)
S("rhi", 10, "compared to 5 last year", value=5, unit=CNT)
S("rhi", 10, "home to 83% of Africa’s rhinos", value=83.0, unit=PC)
S("rhi", 11, "40 fewer than in 2014", value=40, unit=CNT)
S("rhi", 11, "202 poachers were arrested", value=202, unit=P)
S("rhi", 11, "another 115 were arrested", value=115, unit=P)
S("rhi", 12, "达到了190亿美元", value=190e8, unit=USD)
S("rhi", 12, "国民生产总值的3倍", value=3, unit="times")
S("rhi", 13, "今年以来共损失95头犀牛", value=95, unit=CNT)
S("rhi", 13, "已有44名盗猎者被捕", value=44, unit=P)
S("rhi", 13, "售价高达每磅2.7万美元", value=2.7e4, unit=USD)
S("rhi", 13, "从40年前的130万头", value=130e4, unit=CNT)
S("rhi", 13, "减少到如今的40万头", value=40e4, unit=CNT)
S("rhi", 13, "每年5%到10%的速度", vt="5%到10%", value=[5.0, 10.0], unit=PC)
S("rhi", 14, "每年有946只犀牛", value=946, unit=CNT)
S("rhi", 14, "330名偷猎者被捕", value=330, unit=P)
S("rhi", 14, "946只偷猎死亡的犀牛中有573只", vt="573", value=573, unit=CNT)
S("rhi", 14, "有127人在克鲁格", value=127, unit=P)
S("rhi", 14, ",448,", vt="448", value=448, unit=CNT)
S("rhi", 14, "有2395只犀牛遭毒手", value=2395, unit=CNT)
S("rhi", 14, "上升了近3倍", value=3, unit="times", q="under")
S("rhi", 15, "南非有704头犀牛遭偷猎", value=704, unit=CNT)
S("rhi", 15, "将有超过1000头犀牛被杀", value=1000, unit=CNT, q="over")
S("rhi", 16, "约500头黑犀牛", value=500, unit=CNT, q="approx")
S("rhi", 16, "大象种群则约为3万头", value=3e4, unit=CNT, q="approx")
S("rhi", 16, "2022年的约394起", vt="394", value=394, unit=CNT, q="approx")
S("rhi", 16, "全球偷猎总数的80%以上", value=80.0, unit=PC, q="at_least")
S("rhi", 16, "约450起大象偷猎事件", value=450, unit=CNT, q="approx")
S("rhi", 17, "白犀牛現餘約2萬400頭", vt="2萬400", value=20400, unit=CNT, q="approx")
S("rhi", 17, "黑犀牛約5250頭", value=5250, unit=CNT, q="approx")
S("rhi", 17, "南非有6200頭犀牛", value=6200, unit=CNT)
S("rhi", 17, "割下多達2公斤的角", value=2, unit="kg", q="under")
S("rhi", 17, "每公斤6500美元", value=6500, unit=USD)
S("rhi", 17, "頂著10公斤大角", value=10, unit="kg")
S("rhi", 17, "就有500名莫三比克盜獵者", value=500, unit=P)
S("rhi", 17, "大約有9000頭犀牛", value=9000, unit=CNT, q="approx")
S("rhi", 18, "每天盜獵死3隻", value=3, unit=CNT)
S("rhi", 18, "犀牛孤兒院40人", value=40, unit=P)
S("rhi", 18, "犀牛總數消失95%", value=95.0, unit=PC)
S("rhi", 18, "平均每天有3隻犀牛", value=3, unit=CNT)
S("rhi", 18, "高達1338頭犀牛", value=1338, unit=CNT)
S("rhi", 18, "至少超過5940頭犀牛", value=5940, unit=CNT, q="over")
S("rhi", 19, "2015年749隻犀牛被獵殺", value=749, unit=CNT)
S("rhi", 19, "2015年已有749隻犀牛", value=749, unit=CNT)
S("rhi", 19, "去年同期的716隻", value=716, unit=CNT)
S("rhi", 19, "共有12個盜獵團夥", value=12, unit=CNT)
S("rhi", 19, "在200萬公頃", value=200e4, unit="hectares")
S("rhi", 19, "共逮捕138名盜獵者", value=138, unit=P)
S("rhi", 19, "同期逮捕81名", value=81, unit=P)
S("rhi", 21, "下降了約70%", value=70.0, unit=PC, q="approx")
S("rhi", 21, "其他18個主要公園", value=18, unit=CNT)
S("rhi", 21, "2010年的10000多頭", vt="10000", value=10000, unit=CNT, q="over")
S("rhi", 21, "現在的不到4000頭", value=4000, unit=CNT, q="under")
S("rhi", 21, "其中有3549頭白犀牛", value=3549, unit=CNT)
S("rhi", 21, "268頭黑犀牛", value=268, unit=CNT)
S("rhi", 21, "佔30%左右", value=30.0, unit=PC, q="approx")
S("rhi", 21, "產下10只幼崽", value=10, unit=CNT)
S("rhi", 21, "佔地近19500平方公里", value=19500, unit="km**2", q="under")
NC("rhi", 1, "Rhino Tracker January 2015 2015 01 09", "date")
NC("rhi", 4, "January 22, 2015", "date")
NC("rhi", 4, "March 23, 2013", "date")
NC("rhi", 5, "Version 0 of 1", "version")
NC("rhi", 5, "extinct within 10 years", "duration")
NC("rhi", 9, "gone down since 2008", "date")
NC("rhi", 10, "truewan june 14", "date")
NC("rhi", 12, "2月13日,打击", "date")
NC("rhi", 12, "20年后,犀牛就将灭绝", "duration")
NC("rhi", 14, "12月20日电", "date")
NC("rhi", 14, "4年间", "duration")
NC("rhi", 15, "Oct 1st 2013, 21:25", "date")
NC("rhi", 15, "周二(10月1日)", "date")
NC("rhi", 15, "在未来10年绝种", "duration")
NC("rhi", 17, "1800年代前", "date")
NC("rhi", 17, "AK-47步槍", "name")
NC("rhi", 18, "2016/12/20 19:40", "date")
NC("rhi", 18, "每8小時就有1隻", "duration")
NC("rhi", 18, "預估在2026年", "date")
NC("rhi", 19, "2015-09-01 11:19:00", "date")
NC("rhi", 20, "2013/10/21 17:33", "date")
NC("rhi", 20, "點閱 5781 次", "view_count")
NC("rhi", 20, "不及死亡犀牛數量的3分之1", "fraction")

# ============================================================ elephant poaching
pairgrp("ele_gec_total", ELE, "Savannah elephants counted by the Great Elephant Census (2016): 352,271 / 35萬2271 (six) and wildhood's 'approximately 350 000'",
        "18 African countries", "savannah elephants counted", "2014-2015",
        [F("ele", 1, "a population of 352,271", 352271, CNT, "a"), F("ele", 2, "to be 352,271", 352271, CNT, "a"),
         F("ele", 3, "a population of 352,271 elephants", 352271, CNT, "a"), F("ele", 15, "共记录到352271头大象", 352271, CNT, "a"),
         F("ele", 16, "共实际记录到352271头象", 352271, CNT, "a"),
         F("ele", 20, "大象總計35萬2271頭", 352271, CNT, "a", vt="35萬2271", step=1),
         F("ele", 9, "approximately 350 000 individuals", 350000, CNT, "a", q="approx", vt="350 000")], "The hedge holds 352,271 (consistent).")

ms = [
    F("ele", 1, "decreased by an estimated 144,000", 144000, CNT, "a"),
    F("ele", 2, "or 144,000 animals", 144000, CNT, "a"),
    F("ele", 16, "相当于144000头象", 144000, CNT, "a"),
    F("ele", 15, "7年死去14万头", 14e4, CNT, "a"),
    F("ele", 19, "七年少14萬頭", 14e4, CNT, "a"),
    F("ele", 19, "相當於減少了14萬頭大象", 14e4, CNT, "a"),
    F("ele", 19, "相當於14萬頭大象", 14e4, CNT, "a"),
    F("ele", 15, "约144000头大象死去", 144000, CNT, "a", q="approx"),
    F("ele", 20, "減少約14萬4000頭", 144000, CNT, "a", q="approx", vt="14萬4000", step=1000),
    F("ele", 3, "a drop of nearly 150,000", 150000, CNT, "a", q="under"),
]
G("ele_gec_decline", ELE, "Savannah elephants lost 2007-2014 (GEC): 144,000 (three plain, two 约), the headlines' and ebc's 14万 / 14萬 (four) and lizhi's 'nearly 150,000'",
  "15 African countries", "decline in savannah elephants", "2007-2014", "14万 rounds 144,000 (rounding); the hedges hold it.", ms)
pairgrp("ele_gec_pct", ELE, "Share of savannah elephants lost 2007-2014 (GEC): 30% (nine, one 'as much as')", "15 African countries", "decline in savannah elephants (%)", "2007-2014",
        [F("ele", 2, "by as much as 30 per cent", 30.0, PC, "a", q="under"), F("ele", 2, "declined by 30 per cent", 30.0, PC, "a"),
         F("ele", 4, "showed a 30 percent decline", 30.0, PC, "a"), F("ele", 9, "a loss of 30% of the population", 30.0, PC, "a"),
         F("ele", 15, "非洲草原象减少了30%", 30.0, PC, "a"), F("ele", 16, "种群数量减少了30%", 30.0, PC, "a"),
         F("ele", 19, "大象數量減少了30%", 30.0, PC, "a"), F("ele", 20, "大象數量減少了30%", 30.0, PC, "a"),
         F("ele", 20, "相當減少30%", 30.0, PC, "a")], "The bound holds 30% (consistent).")
pairgrp("ele_gec_rate", ELE, "Yearly decline of savannah elephants (GEC): 8% (five, one 'about')", "Africa", "yearly decline of savannah elephants", "2016",
        [F("ele", 1, "shrinking by 8% per year", 8.0, PC, "a"), F("ele", 3, "by about 8 percent each year", 8.0, PC, "a", q="approx"),
         F("ele", 16, "每年减少8%", 8.0, PC, "a"), F("ele", 19, "每年減少百分之8", 8.0, PC, "a"), F("ele", 20, "以年度8%的比例減少", 8.0, PC, "a")])
pairgrp("ele_gec_protected", ELE, "Share of counted elephants in protected areas (GEC): 84% (four)", "18 African countries", "share in protected areas", "2014-2015",
        [F("ele", 1, "Though 84% of elephants", 84.0, PC, "a"), F("ele", 2, "that 84 per cent of the population", 84.0, PC, "a"),
         F("ele", 16, "记录到的个体84%", 84.0, PC, "a"), F("ele", 19, "雖然有84%分布", 84.0, PC, "a")])
pairgrp("ele_gec_coverage", ELE, "Share of the surveyed countries' savannah elephants the GEC counted: 93% (four hedged); Wikipedia's 93% of the known range",
        "18 African countries", "share of savannah elephants covered", "2014-2015",
        [F("ele", 1, "approximately 93% of all savannah", 93.0, PC, "a", q="approx"), F("ele", 2, "at least 93 per cent", 93.0, PC, "a", q="at_least"),
         F("ele", 15, "代表了所在国至少93%的种群", 93.0, PC, "a", q="at_least"), F("ele", 16, "代表了上述国家至少93%的种群", 93.0, PC, "a", q="at_least"),
         F("ele", 4, "represents 93% of the elephants known range", 93.0, PC, "range")], "Same figure; the share of the range different_basis.")
pairgrp("ele_gec_countries", ELE, "Countries surveyed by the GEC: 18 (thirteen)", "Africa", "countries surveyed", "2014-2015",
        [F("ele", 1, "study sites in 18 countries", 18, CNT, "a"), F("ele", 2, "completed 18 country surveys", 18, CNT, "a"),
         F("ele", 2, "within the 18 countries", 18, CNT, "a"), F("ele", 3, "in the 18 countries surveyed", 18, CNT, "a"),
         F("ele", 4, "in 18 African countries for", 18, CNT, "a"), F("ele", 4, "18 countries surve", 18, CNT, "a"),
         F("ele", 9, "remaining in 18 African countries", 18, CNT, "a"), F("ele", 15, "在调查涉及的18个非洲国家", 18, CNT, "a"),
         F("ele", 16, "在18个国家", 18, CNT, "a"), F("ele", 19, "在調查的18個國家當中", 18, CNT, "a"),
         F("ele", 19, "飛越18個非洲國家", 18, CNT, "a"), F("ele", 19, "統計的非洲18國", 18, CNT, "a"),
         F("ele", 20, "從非洲18個國家的上空", 18, CNT, "a")])
pairgrp("ele_gec_repeat", ELE, "GEC countries with repeat counts: 15 (four)", "Africa", "countries with repeat counts", "2007-2014",
        [F("ele", 2, "in 15 GEC countries", 15, CNT, "a"), F("ele", 4, "in 15 of", 15, CNT, "a"),
         F("ele", 19, "其中有15國", 15, CNT, "a"), F("ele", 19, "其中有15個國家", 15, CNT, "a")])
ms = [
    F("ele", 15, "飞行距离达到463000公里", 463000, KM, "a"),
    F("ele", 20, "總飛行距離達到46萬3000公里", 463000, KM, "a", vt="46萬3000", step=1000),
    F("ele", 17, "总飞行距离达45.9万公里", 45.9e4, KM, "a"),
    F("ele", 4, "a distance of over 500000 km", 500000, KM, "a", q="over"),
]
G("ele_gec_distance", ELE, "Distance flown by the GEC: 463000 / 46萬3000 km, hellopover's 45.9万 km and Wikipedia's 'over 500000 km'",
  "Africa", "distance flown (km)", "2014-2016", "459,000 and 'over 500000' against 463,000 and each other conflict.", ms)
pairgrp("ele_gec_aircraft", ELE, "Aircraft used by the GEC: 81 (three)", "Africa", "aircraft", "2014-2016",
        [F("ele", 15, "多达81架小型飞机", 81, CNT, "a", q="under"), F("ele", 19, "出動81架飛機", 81, CNT, "a"), F("ele", 20, "81架飛機", 81, CNT, "a")])
pairgrp("ele_gec_crew", ELE, "Crew of the GEC: 286 (three)", "Africa", "crew members", "2014-2016",
        [F("ele", 4, "286 crew members", 286, P, "a"), F("ele", 19, "和286名機組人員", 286, P, "a"), F("ele", 20, "286名機組員", 286, P, "a")])
pairgrp("ele_gec_cost", ELE, "Cost of the GEC: US$7 million / 700萬美元", "Africa", "cost (USD)", "2014-2016",
        [F("ele", 4, "a cost of US$7 million", 7e6, USD, "a"), F("ele", 20, "出資700萬美元", 700e4, USD, "a")])

pairgrp("ele_iucn_total", ELE, "African elephants (IUCN African Elephant Status Report 2016): about 415,000 (six, with 41.5万 / 41萬5000)", "Africa", "elephants", "2015",
        [F("ele", 5, "thought to be about 415,000", 415000, CNT, "a", q="approx"), F("ele", 6, "at around 415,000", 415000, CNT, "a", q="approx"),
         F("ele", 7, "database is 415,000 individuals", 415000, CNT, "a"), F("ele", 8, "The IUCN estimates 415,000", 415000, CNT, "a"),
         F("ele", 18, "合计约为41.5万头", 41.5e4, CNT, "a", q="approx"),
         F("ele", 21, "大約是41萬5000頭", 415000, CNT, "a", q="approx", vt="41萬5000", step=1000)])
pairgrp("ele_iucn_decline", ELE, "Decline of African elephants 2006-2015 (IUCN 2016): 111,000 (three, one 'up to')", "Africa", "decline in elephants", "2006-2015",
        [F("ele", 5, "closer to 111,000", 111000, CNT, "a"), F("ele", 6, "a decline of 111,000", 111000, CNT, "a"),
         F("ele", 7, "to be up to 111,000", 111000, CNT, "a", q="under")])
pairgrp("ele_iucn_93k", ELE, "Estimate for 2015 below 2006 (IUCN 2016): 93,000 (two)", "Africa", "difference in estimates", "2006-2015",
        [F("ele", 5, "are 93,000 lower than", 93000, CNT, "a"), F("ele", 7, "which is 93,000 elephants less", 93000, CNT, "a")])
pairgrp("ele_iucn_18k", ELE, "Elephants from previously uncounted populations (IUCN 2016): 18,000 (two)", "Africa", "elephants newly counted", "2015",
        [F("ele", 5, "includes 18,000 from", 18000, CNT, "a"), F("ele", 7, "includes 18,000 individuals", 18000, CNT, "a")])
pairgrp("ele_iucn_estimates", ELE, "New or updated estimates in the IUCN 2016 report: 275 (three, one 'more than')", "Africa", "population estimates", "2016",
        [F("ele", 5, "275 new or updated", 275, CNT, "a", q="over"), F("ele", 6, "based on 275 estimates", 275, CNT, "a"),
         F("ele", 7, "from 275 new or updated", 275, CNT, "a")], "The bound holds 275 (consistent).")
pairgrp("ele_range_states", ELE, "African elephant range states: 37 (two)", "Africa", "range states", "2016",
        [F("ele", 5, "populations across their 37", 37, CNT, "a"), F("ele", 15, "非洲大陆37个国家", 37, CNT, "a")])
pairgrp("ele_forest_decline", ELE, "Fall of forest elephants over 31 years (IUCN 2021): 'more than 86%' / 86%以上", "Africa", "decline in forest elephants", "1990-2021",
        [F("ele", 8, "more than 86% during", 86.0, PC, "a", q="over"), F("ele", 18, "下降了86%以上", 86.0, PC, "a", q="at_least")])
pairgrp("ele_savanna_decline", ELE, "Fall of savanna elephants over 50 years (IUCN 2021): 'at least 60%' / 至少60%", "Africa", "decline in savanna elephants", "1971-2021",
        [F("ele", 8, "at least 60% over the past 50 years", 60.0, PC, "a", q="at_least"), F("ele", 18, "至少减少了60%", 60.0, PC, "a", q="at_least")])
ms = [
    F("ele", 11, "1.3 million elephants in 1979", 1.3e6, CNT, "y79"),
    F("ele", 4, "By 1979, an estimated 600,000", 600000, CNT, "y79"),
    F("ele", 17, "大象的数量为大约60万头", 60e4, CNT, "y79", q="approx", note="'10 years after' the 1969 count"),
    F("ele", 17, "估计大象有130万头", 130e4, CNT, "y69"),
]
G("ele_pop_1979", ELE, "African elephants around 1979: maraelephantproject's 1.3 million against Wikipedia's 600,000 and hellopover's 大约60万; hellopover's 130万 of 1969",
  "Africa", "elephants", "1979", "1.3 million against 600,000 conflict; the 1969 count different_basis.", ms,
  X(ms, DC, ["y69"], ["y79"]))
pairgrp("ele_every_15", ELE, "One elephant poached every 15 minutes (two)", "Africa", "interval between elephants poached", "current",
        [F("ele", 11, "one elephant killed every 15 minutes", 15, MIN, "a"), F("ele", 12, "every 15 minutes by poachers", 15, MIN, "a")])
pairgrp("ele_killed_year", ELE, "Elephants poached a year: about 20 000 (WWF Sweden) / 約2萬 (VOA); Save the Elephants' 38,000", "Africa", "elephants poached a year", "current",
        [F("ele", 9, "about 20 000 animals", 20000, CNT, "a", q="approx", vt="20 000"), F("ele", 23, "每年約有2萬頭非洲象", 2e4, CNT, "a", q="approx"),
         F("ele", 11, "estimate that 38,000 elephants", 38000, CNT, "ste")], "Same estimate consistent; other estimates different_basis.")

S("ele", 3, "around 12 for every 100 live", vt="12", value=12, unit="per_100_elephants", q="approx")
S("ele", 3, "There, 83 carcasses", value=83, unit="per_100_elephants")
S("ele", 4, "as many as 20 million African elephants", value=20e6, unit=CNT, q="under")
S("ele", 4, "around a 97% decrease", value=97.0, unit=PC, q="approx")
S("ele", 4, "a group of 90 scientists", value=90, unit=P)
S("ele", 4, "in over 10,000 hours", value=10000, unit="hours", q="over")
S("ele", 5, "over 180 of these", value=180, unit=CNT, q="over")
S("ele", 5, "an additional 117,000 to", value=117000, unit=CNT)
S("ele", 5, "135,000 elephants in areas", value=135000, unit=CNT)
S("ele", 7, "declined by 93,000 – 111,000 elephants", vt="93,000 – 111,000", value=[93000, 111000], unit=CNT)
S("ele", 7, "additional 117,000 to 135,000 elephants", vt="117,000 to 135,000", value=[117000, 135000], unit=CNT)
S("ele", 10, "makes up 60 percent", value=60.0, unit=PC)
S("ele", 10, "approximately 293,000", value=293000, unit=CNT, q="approx")
S("ele", 10, "over 70 percent of those", value=70.0, unit=PC, q="over")
S("ele", 10, "decreased nearly 50 percent", value=50.0, unit=PC, q="under")
S("ele", 10, "home to 9 percent", value=9.0, unit=PC)
S("ele", 11, "$1,100 a kilogram", value=1100, unit=USD)
S("ele", 11, "make $200 per kilogram", value=200, unit=USD)
S("ele", 11, "between $200,000 and $600,000", vt="$200,000", value=200000, unit=USD)
S("ele", 12, "almost 170,000 elephants", value=170000, unit=CNT, q="under")
S("ele", 12, "around 30,000 remain", value=30000, unit=CNT, q="approx")
S("ele", 13, "about 500,000 elephants", value=500000, unit=CNT, q="approx")
S("ele", 13, "an estimated 22,000 elephants", value=22000, unit=CNT)
S("ele", 13, "70 percent of the ivory", value=70.0, unit=PC)
S("ele", 14, "numbers just 600,000", value=600000, unit=CNT)
S("ele", 14, "by about 38,000 a year", value=38000, unit=CNT, q="approx")
S("ele", 15, "目前仅剩40万", value=40e4, unit=CNT)
S("ele", 15, "约有23000头大象", value=23000, unit=CNT, q="approx")
S("ele", 15, "在40万头左右", value=40e4, unit=CNT, q="approx")
S("ele", 15, "飞行了9700个小时", value=9700, unit="hours")
S("ele", 15, "相当于406天", value=406, unit="days")
S("ele", 17, "地月距离的1.25倍", value=1.25, unit="times")
S("ele", 19, "燒毀100噸以上象牙", value=100, unit="tonnes", q="at_least")
S("ele", 21, "涵蓋13萬4425種物種", vt="13萬4425", value=134425, unit=CNT)
S("ele", 21, "其中3萬7480種", vt="3萬7480", value=37480, unit=CNT)
S("ele", 22, "2006年55萬頭", value=55e4, unit=CNT)
S("ele", 22, "2013年的47萬頭", value=47e4, unit=CNT)
S("ele", 23, "降低80%", value=80.0, unit=PC)
S("ele", 23, "查獲165支象牙", value=165, unit=CNT)
S("ele", 23, "重達360公斤", value=360, unit="kg")
S("ele", 23, "約440萬美元", value=440e4, unit=USD, q="approx")
S("ele", 23, "達到40萬噸", value=40e4, unit="tonnes")
S("ele", 23, "有70%最後皆銷往中國", value=70.0, unit=PC)
NC("ele", 2, " 2016-09-01 06:13:36.0", "date")
NC("ele", 3, "微信号:1290712928", "phone_number")
NC("ele", 3, "started in 2014", "date")
NC("ele", 4, "on 31 August 2016 at", "date")
NC("ele", 4, "released on 31 August 2016 in", "date")
NC("ele", 4, "in the 1800s", "date")
NC("ele", 5, "25 September 2016 (IUCN)", "date")
NC("ele", 5, "the 17th meeting", "ordinal")
NC("ele", 6, "worst status of the animal's population in 25 years", "duration")
NC("ele", 7, "23 September 2016:", "date")
NC("ele", 7, "(CITES CoP17)", "name")
NC("ele", 8, " date 2021-03-25", "date")
NC("ele", 10, "told 10 News", "name")
NC("ele", 11, "2015 China Report", "report_title")
NC("ele", 11, "within 15 years", "duration")
NC("ele", 12, "12 February 2014", "date")
NC("ele", 13, "highest level recorded in 16 years", "duration")
NC("ele", 14, "Within 15 years", "duration")
NC("ele", 15, "9月1日,一项", "date")
NC("ele", 16, "2016年8月31日", "date")
NC("ele", 16, "1. 2007-2014年间", "list")
NC("ele", 20, "從2013年12月起", "date")
NC("ele", 20, "飛機調查3年", "duration")
NC("ele", 21, "2021年03月30日", "date")
NC("ele", 22, "專家23日在波札那", "date")
NC("ele", 23, " date 2017-12", "date")

# ============================================================ cholera
W15, W12, WHO = "ali15", "ali12", "who_old"
ms = [
    F("chr", 1, "roughly 1.3 to 4.0 million cases", [1.3e6, 4.0e6], P, W15, q="approx", vt="1.3 to 4.0 million", step=1e5),
    F("chr", 2, "An estimated 1.3 million to 4 million", [1.3e6, 4.0e6], P, W15, vt="1.3 million to 4 million", step=1e5),
    F("chr", 14, "约有 130-400 万病例", [1.3e6, 4.0e6], P, W15, q="approx", vt="130-400 万", step=1e5),
    F("chr", 5, "(uncertainty range: 1.4–4.3)", [1.4e6, 4.3e6], P, W12, vt="1.4–4.3", step=1e5),
    F("chr", 15, "140万到430万例", [1.4e6, 4.3e6], P, W12, vt="140万到430万", step=1e5),
    F("chr", 3, "an estimated 3–5 million cholera cases", [3e6, 5e6], P, WHO, vt="3–5 million", step=1e6),
]
G("chr_cases_range", CHR, "Cholera cases a year as a range: Ali et al. 2015's 1.3 to 4.0 million (three), Ali et al. 2012's 1.4-4.3 million (two), WHO's older 3-5 million",
  "world", "cholera cases a year (range)", "current", "Same estimate consistent; estimates different_basis.", ms)
ms = [
    F("chr", 1, "21 000 to 143 000 deaths", [21000, 143000], P, W15, vt="21 000 to 143 000", step=1000),
    F("chr", 2, "between 21,000 and 143,000 deaths", [21000, 143000], P, W15, vt="21,000 and 143,000", step=1000),
    F("chr", 14, "有 21,000-143,000 例死亡", [21000, 143000], P, W15, vt="21,000-143,000", step=1000),
    F("chr", 5, "(uncertainty range: 28 000 to 142 000)", [28000, 142000], P, W12, vt="28 000 to 142 000", step=1000),
    F("chr", 15, "28 000例至142000例", [28000, 142000], P, W12, vt="28 000例至142000", step=1000),
    F("chr", 3, "There are 100 000–120 000 deaths", [100000, 120000], P, WHO, vt="100 000–120 000", step=10000),
]
G("chr_deaths_range", CHR, "Cholera deaths a year as a range: Ali 2015's 21,000-143,000 (three), Ali 2012's 28,000-142,000 (two), WHO's older 100 000-120 000",
  "world", "cholera deaths a year (range)", "current", "Same estimate consistent; estimates different_basis.", ms)
pairgrp("chr_cases_point", CHR, "Cholera cases a year as one figure: Reuters' (WHO 2017) 2.9 million against Ali 2012's 2.8 million in endemic countries", "world",
        "cholera cases a year", "current",
        [F("chr", 4, "an estimated 2.9 million cases", 2.9e6, P, "w17"), F("chr", 5, "An estimated 2.8 million cholera cases", 2.8e6, P, W12)],
        "Two estimates (different_basis).")
pairgrp("chr_deaths_point", CHR, "Cholera deaths a year as one figure: Reuters' 95,000 against Ali 2012's 'about 91 000' in endemic countries", "world",
        "cholera deaths a year", "current",
        [F("chr", 4, "and 95,000 deaths", 95000, P, "w17"), F("chr", 5, "Every year about 91 000 people", 91000, P, W12, q="approx", vt="91 000", step=1000)],
        "Two estimates (different_basis).")
ms = [F("chr", 4, "As many as 1.2 billion people", 1.2e9, P, "w17", q="under"), F("chr", 5, "About 1.4 billion people", 1.4e9, P, W12, q="approx")]
G("chr_at_risk", CHR, "People at risk of cholera: Reuters' 'as many as 1.2 billion' (2017) against Ali 2012's 'about 1.4 billion'", "world", "people at risk", "current",
  "Two estimates (different_basis; conflict defensible).", ms, X(ms, DC, ["w17"], [W12]))
ms = [F("chr", 7, "there were 472 697 cases", 472697, CNT, "a", vt="472 697"), F("chr", 6, "a total of 473,000 cases", 473000, CNT, "a")]
G("chr_cases_2022", CHR, "Cholera cases reported to WHO for 2022: 472 697 (reliefweb) and sputnik's 473,000", "world", "cholera cases reported", "2022",
  "473,000 rounds 472,697 (rounding).", ms)
pairgrp("chr_deaths_2023", CHR, "Cholera deaths reported for 2023: WHO's final 'over 4000' and the January 2024 situation report's preliminary 'more than 4300'", "world",
        "cholera deaths reported", "2023",
        [F("chr", 8, "over 4000 people died", 4000, P, "final", q="over"), F("chr", 7, "more than 4300 deaths", 4300, P, "prelim", q="over")],
        "Final against preliminary data (different_basis).")
pairgrp("chr_countries_2023", CHR, "Countries reporting cholera in 2023: WHO's final 45 against the preliminary 30", "world", "countries reporting cholera", "2023",
        [F("chr", 9, "in just 45 countries and regions", 45, CNT, "final"), F("chr", 7, "cases were reported in 30 countries", 30, CNT, "prelim")],
        "Final against preliminary data (different_basis).")
pairgrp("chr_countries_2022", CHR, "Countries reporting cholera in 2022: 'more than 29' (WHO, 16 December 2022) and 30 (WHO, February 2023)", "world",
        "countries reporting cholera", "2022",
        [F("chr", 21, "超過29國通報病例", 29, CNT, "dec22", q="over"), F("chr", 17, "30个国家报告了霍乱病例", 30, CNT, "feb23")],
        "Counts of different dates (different_basis).")
ms = [
    F("chr", 10, "claimed around 9,300 lives", 9300, P, "a", q="approx"),
    F("chr", 11, "killing at least 10,000 people", 10000, P, "a", q="at_least"),
    F("chr", 12, "the lives of more than 9,000 Haitians", 9000, P, "a", q="over"),
    F("chr", 13, "the lives of more than 9000 people", 9000, P, "a", q="over"),
    F("chr", 16, "造成9千人死亡", 9000, P, "a", vt="9千", step=1000),
    F("chr", 18, "至少8400人死亡", 8400, P, "a", q="at_least"),
    F("chr", 22, "killing at least 9000", 9000, P, "a", q="at_least"),
]
G("chr_haiti_deaths", CHR, "Cholera deaths in Haiti since October 2010, as told at Ban Ki-moon's apology (December 2016): 'around 9,300', the Daily Beast's 'at least 10,000', "
  "'more than 9,000' (two), 9千, 至少8400; factrepublic's 'at least 9000'", "Haiti", "cholera deaths since 2010", "2010-2016",
  "'at least 10,000' against 'around 9,300' and 9千 conflict; the other bounds hold.", ms)
ms = [
    F("chr", 10, "infected over 800,000 people", 800000, P, "a", q="over"),
    F("chr", 12, "afflicted nearly 800,000 people", 800000, P, "a", q="under"),
    F("chr", 13, "an estimated 788000 people", 788000, P, "a"),
    F("chr", 16, "80万患病", 80e4, P, "a"),
    F("chr", 18, "共計約70萬海地人", 70e4, P, "a", q="approx"),
    F("chr", 22, "which infected 800,000 people", 800000, P, "a"),
]
G("chr_haiti_cases", CHR, "People sickened by cholera in Haiti since 2010, as told in December 2016: 'over 800,000', 'nearly 800,000', 788000, 80万, crntt's 約70萬; "
  "factrepublic's 800,000", "Haiti", "cholera cases since 2010", "2010-2016",
  "80万 / 800,000 round 788000 (rounding); 約70萬 against 788000, 80万 / 800,000 and 'over 800,000' conflict; 788000 against 'over 800,000' conflict.", ms)
pairgrp("chr_haiti_forecast", CHR, "UN forecast of people sickened in Haiti (November 2010): 20萬 (four)", "Haiti", "forecast cholera cases", "2010-2011",
        [F("chr", 19, "或已殃及20萬人", 20e4, P, "a"), F("chr", 19, "可能已經有20萬人被感染", 20e4, P, "a"),
         F("chr", 20, "可能將導(dǎo)致20萬", 20e4, P, "a"), F("chr", 20, "預(yù)測(cè)這次海地霍亂疫情將導(dǎo)致20萬", 20e4, P, "a"), F("chr", 20, "這20萬(wàn)人將出現(xiàn)", 20e4, P, "a")])
pairgrp("chr_haiti_deaths_nov2010", CHR, "Cholera deaths in Haiti by 12-13 November 2010: 'more than 800' (two)", "Haiti", "cholera deaths", "November 2010",
        [F("chr", 19, "已經造成超過800人死亡", 800, P, "a", q="over"), F("chr", 20, "超過(guò)800人", 800, P, "a", q="over")])
ms = [
    F("chr", 19, "需要1.64億美元", 1.64e8, USD, "a", vt="1.64億", step=1e6),
    F("chr", 19, "($164 million)", 164e6, USD, "a"),
    F("chr", 20, "至少需要投入1億6390萬", 163.9e6, USD, "a", q="at_least", vt="1億6390萬", step=1e4),
]
G("chr_haiti_funding", CHR, "Funding the UN said Haiti needed against cholera for a year (November 2010): 1.64億美元 ($164 million) and 至少1億6390萬美元",
  "Haiti", "funding needed (USD)", "2010-2011", "The bound 'at least 163.9 million' holds 164 million (consistent).", ms)

S("chr", 3, "the 178 000–589 000 cases", vt="178 000–589 000", value=[178000, 589000], unit=CNT)
S("chr", 4, "by 90 percent by 2030", vt="90 percent", value=90.0, unit=PC)
S("chr", 4, "more than 40 countries", value=40, unit=CNT, q="over")
S("chr", 4, "an estimated $2 billion a year", value=2e9, unit=USD)
S("chr", 4, "nearly 700,000 suspected cases", value=700000, unit=CNT, q="under")
S("chr", 4, "more than 2,000 deaths", value=2000, unit=P, q="over")
S("chr", 4, "cost $6 per person", value=6, unit=USD)
S("chr", 4, "in 20 affected countries", value=20, unit=CNT)
S("chr", 4, "more than 675,000 cases a year", value=675000, unit=CNT, q="over")
S("chr", 5, "an estimated 87 000 cholera cases", vt="87 000", value=87000, unit=CNT)
S("chr", 5, "and 2500 people die", value=2500, unit=P)
S("chr", 6, "a cumulative total of 145 900", vt="145 900", value=145900, unit=CNT)
S("chr", 6, "and 1766 deaths", value=1766, unit=P)
S("chr", 6, "reported from 24 countries", value=24, unit=CNT)
S("chr", 7, "over 708 200 cases", vt="708 200", value=708200, unit=CNT, q="over")
S("chr", 7, "and 2349 deaths", value=2349, unit=P)
S("chr", 7, "more than 10 000 cases", vt="10 000", value=10000, unit=CNT, q="over")
S("chr", 7, "with 17 countries reporting cholera", value=17, unit=CNT)
S("chr", 7, "with 40 900 cases", vt="40 900", value=40900, unit=CNT)
S("chr", 7, "and 775 deaths", value=775, unit=P)
S("chr", 8, "increased by 13 per cent", value=13.0, unit=PC)
S("chr", 8, "deaths by 71 per cent", value=71.0, unit=PC)
S("chr", 8, "an increase from 44 the previous year", value=44, unit=CNT)
S("chr", 8, "and 35 in 2021", value=35, unit=CNT)
S("chr", 8, "a 32 per cent decrease", value=32.0, unit=PC)
S("chr", 8, "a 125 per cent increase", value=125.0, unit=PC)
S("chr", 8, "over 10,000 suspected", value=10000, unit=CNT, q="over")
S("chr", 8, "with 22 countries currently", value=22, unit=CNT)
S("chr", 8, "342 800 cases", vt="342 800", value=342800, unit=CNT)
S("chr", 8, "and 2400 deaths", value=2400, unit=P)
S("chr", 9, "rose by 50 percent globally", value=50.0, unit=PC)
S("chr", 9, "up by 5 percent", value=5.0, unit=PC)
S("chr", 9, "nearly 560,000 infections", value=560000, unit=CNT, q="under")
S("chr", 9, "across 60 countries", value=60, unit=CNT)
S("chr", 9, "More than 6,000 people died", value=6000, unit=P, q="over")
S("chr", 9, "accounted for 98 percent", value=98.0, unit=PC)
S("chr", 9, "increased from 1.4 percent", value=1.4, unit=PC)
S("chr", 9, "to 1.9 percent in 2024", vt="1.9 percent", value=1.9, unit=PC)
S("chr", 9, "with 31 countries", value=31, unit=CNT)
S("chr", 12, "requested 400 million U.S. dollars", value=400e6, unit=USD)
S("chr", 14, "在 50 个国家流行", value=50, unit=CNT)
S("chr", 14, "有 172,454 例霍乱病例", value=172454, unit=CNT)
S("chr", 14, "死亡 1304 例", value=1304, unit=P)
S("chr", 14, "病死率为 0.8%", value=0.8, unit=PC)
S("chr", 14, "以 5000 例/天", value=5000, unit=CNT)
S("chr", 14, "报告了 503,484 例疑似病例", value=503484, unit=CNT)
S("chr", 14, "和 1975 例死亡", value=1975, unit=P)
S("chr", 15, "病例129 064例", vt="129 064", value=129064, unit=CNT)
S("chr", 15, "死亡2102例", value=2102, unit=P)
S("chr", 15, "为1.63%", value=1.63, unit=PC)
S("chr", 15, "下降47%", value=47.0, unit=PC)
S("chr", 15, "(从48个下降到47个)", vt="48", value=48, unit=CNT)
S("chr", 17, "有23个国家在2021年", vt="23", value=23, unit=CNT)
S("chr", 17, "至少有18个国家报告了长期疫情", value=18, unit=CNT, q="at_least")
S("chr", 17, "有14个在2021年", vt="14", value=14, unit=CNT)
S("chr", 17, "平均为1.9%", value=1.9, unit=PC)
S("chr", 17, "(非洲为2.9%)", value=2.9, unit=PC)
S("chr", 21, "其中16國持續爆發疫情", value=16, unit=CNT)
S("chr", 19, "1萬1千人住院", vt="1萬1千", value=11000, unit=P)
S("chr", 20, "確診病例超過(guò)1.3萬(wàn)例", vt="1.3萬", value=1.3e4, unit=CNT, q="over")
S("chr", 22, "which killed 200,000 people", value=200000, unit=P)
NC("chr", 1, "(Ali 2015)", "citation")
NC("chr", 1, "Sack. 2015.", "citation")
NC("chr", 1, "Diseases 9 (6).", "citation")
NC("chr", 3, "10 facts on cholera", "title")
NC("chr", 4, " date 2017-10-03", "date")
NC("chr", 4, "for up to three years", "duration")
NC("chr", 6, "From 1 January 2024 to 28 April 2024", "date")
NC("chr", 7, "Data as of 31 January 2024", "date")
NC("chr", 7, "From 1 January to 31 December 2023", "date")
NC("chr", 8, "as of August 22", "date")
NC("chr", 9, " date 2025-09-14", "date")
NC("chr", 12, "Xinhua, December 2, 2016", "date")
NC("chr", 12, "over two years", "duration")
NC("chr", 13, "on 1 December 2016", "date")
NC("chr", 13, "on 12 January 2010", "date")
NC("chr", 14, "[5] 目前认为", "footnote_marker")
NC("chr", 14, "从 2017 年 4 月 27 日到 8 月 13日", "date")
NC("chr", 14, "这次暴发是 2 年严重冲突", "duration")
NC("chr", 15, "2013年全球报告霍乱", "date")
NC("chr", 17, "截至2023年2月1日", "date")
NC("chr", 17, "(3至30年之间)", "duration")
NC("chr", 18, "2016-12-02 10:50:57", "date")
NC("chr", 18, "中評社北京12月2日電", "date")
NC("chr", 19, "【新唐人2010年11月13日訊】", "date")
NC("chr", 19, "自從3週前爆發以來", "duration")
NC("chr", 19, "海地1個世紀以來", "duration")
NC("chr", 20, "中新網(wǎng)11月14日電", "date")
NC("chr", 20, "截至13日", "date")
NC("chr", 21, "資料來源:WHO ,2022/12/16", "date")
NC("chr", 21, "最後更新日期 2022/12/23", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh35.toml", "corpus-fresh35")
