"""Hand annotation of corpus-fresh37, written as data; emits gold.d/fresh37.toml (then run
corpus/check_gold.py --dir corpus-fresh37 --build).

Three domains: wild tiger numbers (the WWF / Global Tiger Forum census of April 2016 with its 3,890 tigers of 2014, the
2010 low of 3,200, the 100,000 of 1900; IUCN's July 2022 assessment of 3,726-5,578, 40% more than 2015; India's tiger
estimation reports of 2018 (2,967, 2,226 in 2014, 33%, India's share of the world's tigers) and of 2022 (3,167 in April,
3,682 revised in July, about 75%); `tgr-*`), sharks killed by fishing and for their fins (Worm et al. 2013: about 100
million a year, 100 million in 2000, 97 million in 2010, 63-273 million; Clarke et al. 2006: 26-73 million for the fin
trade, the '73 million' and its retellings; sharks killed an hour; Pacoureau et al. 2021: oceanic sharks and rays down 71%
since 1970; `shk-*`) and polio eradication (the 350,000 cases in 125 countries of 1988, the fall of 'over 99%' and later
99.9%, the yearly counts of wild polio cases: 223 in 2012, 406 / 416 in 2013, 359 in 2014, 2018 and 2019 country counts;
`pol-*`).

Every mention carries a basis tag (estimate / report vintage / date / measure, as read from the text). Pair verdicts:
explicit entries win; otherwise a different basis is different_basis, the same basis and the same value consistent;
every same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a
figure that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the
other figure is consistent). Ranges carry values [lo, hi] and their own basis tags, so that `auto` never sees a list;
their verdicts are given with `X`. Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 千 = 1e3, 百 = 1e2. Units: count,
persons, percent, USD, CNY, TWD, times, kg, years, minutes.
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

TGR, SHK, POL = "wild-tigers", "shark-killing", "polio-eradication"
TIMES = "times"


def pairgrp(gid, topic, desc, subject, metric, period, ms, why="Same figure (consistent).", *prs):
    G(gid, topic, desc, subject, metric, period, why, ms, *prs)


# ============================================================ wild tigers
pairgrp("tgr_world_2014", TGR, "Wild tigers in the world in the census of April 2016 (data of 2014): 3,890 / 3890 (eight, two 'about' / 'around'), "
        "cellsaddle's 约3,900", "world", "wild tigers", "2014",
        [F("tgr", 1, "there were 3,890 known tigers", 3890, CNT, "a"),
         F("tgr", 2, "about 3,890 tigers have been counted", 3890, CNT, "a", q="approx"),
         F("tgr", 11, "around 3890 tigers exist", 3890, CNT, "a", q="approx"),
         F("tgr", 12, "2014年時達到3890只", 3890, CNT, "a"),
         F("tgr", 12, "世界野生虎數量為3890只", 3890, CNT, "a"),
         F("tgr", 13, "2014年时达到3890只", 3890, CNT, "a"),
         F("tgr", 13, "世界野生虎数量为3890只", 3890, CNT, "a"),
         F("tgr", 15, "最新數字為3890隻", 3890, CNT, "a"),
         F("tgr", 19, "当前全球估计值约为3,900", 3900, CNT, "a", q="approx")],
        "The hedges hold 3,890 (consistent).")

ms = [
    F("tgr", 1, "showed only 3,200 tigers", 3200, CNT, "a"),
    F("tgr", 2, "an all-time low of about 3,200", 3200, CNT, "a", q="approx"),
    F("tgr", 11, "an estimated 3200 in 2012", 3200, CNT, "a", note="the 2010 estimate, dated 2012 in the quoted pronouncement"),
    F("tgr", 12, "2010年野生虎數量為3200只", 3200, CNT, "a"),
    F("tgr", 13, "2010年野生虎数量为3200只", 3200, CNT, "a"),
    F("tgr", 15, "2010年的3200隻", 3200, CNT, "a"),
    F("tgr", 16, "估計全球僅存3200隻虎", 3200, CNT, "a", note="WWF's estimate as the page's current figure"),
    F("tgr", 17, "现存野生数量仅剩3000头", 3000, CNT, "a", note="headline of March 2014, before the 2016 census"),
    F("tgr", 17, "数量大约只有3000头", 3000, CNT, "a", q="approx"),
]
G("tgr_world_2010", TGR, "Wild tigers in the world at the 2010 low (WWF): 3,200 (seven, one 'about', one dated 2012) and tqiantu's 3000 of March 2014 "
  "(headline; 大约 in the body)", "world", "wild tigers", "2010",
  "The plain 3000 rounds 3,200 (rounding); 大约3000 and 'about 3,200' hold it (consistent).", ms)

pairgrp("tgr_world_1900", TGR, "Wild tigers about 1900: over / around 100,000, 10万 / 10萬 (seven)", "world", "wild tigers", "about 1900",
        [F("tgr", 1, "over 100,000 tigers roamed", 100000, CNT, "a", q="over"),
         F("tgr", 7, "down from around 100,000", 100000, CNT, "a", q="approx"),
         F("tgr", 12, "當時的野生虎數量超過10萬只", 10e4, CNT, "a", q="over"),
         F("tgr", 13, "当时的野生虎数量超过10万只", 10e4, CNT, "a", q="over"),
         F("tgr", 15, "相較於1900年的10萬隻", 10e4, CNT, "a"),
         F("tgr", 16, "虎的數量約有10萬隻", 10e4, CNT, "a", q="approx"),
         F("tgr", 17, "有10万头老虎", 10e4, CNT, "a")],
        "The hedges hold 100,000 (consistent).")

ms = [
    F("tgr", 3, "between 3,726 and 5,578 wild tigers", [3726, 5578], CNT, "r", vt="3,726 and 5,578", step=1),
    F("tgr", 8, "An estimated 3,726 to 5,578 tigers", [3726, 5578], CNT, "r", vt="3,726 to 5,578", step=1),
    F("tgr", 3, "there may be 5,578 tigers", 5578, CNT, "hi", q="under", note="the upper bound of the range"),
]
G("tgr_iucn_2022", TGR, "Wild tigers in IUCN's assessment of July 2022: 3,726 to 5,578 (two) and wionews' 'may be 5,578' (the upper bound)", "world",
  "wild tigers", "2022", "The same range (consistent); the upper bound against the range different_basis.", ms)
pairgrp("tgr_iucn_rise", TGR, "IUCN's 2022 figure against the 2015 estimate: 40% more (four)", "world", "rise in the tiger estimate since 2015", "2015-2022",
        [F("tgr", 3, "which is 40 per cent more", 40.0, PC, "a"), F("tgr", 3, "which is a 40 per cent increase", 40.0, PC, "a"),
         F("tgr", 8, "There are 40% more tigers", 40.0, PC, "a"), F("tgr", 8, "up 40% from 2015", 40.0, PC, "a")])
pairgrp("tgr_russia", TGR, "Wild tigers in Russia / Siberia in the 2016 census: 433 (two)", "Russia", "wild tigers", "2014-2016",
        [F("tgr", 2, "including 433 in Siberia", 433, CNT, "a"), F("tgr", 7, "an estimated 433 tigers in Russia", 433, CNT, "a", q="approx")])

ms = [
    F("tgr", 4, "The country now has 2,967 tigers", 2967, CNT, "a"),
    F("tgr", 4, "India now has 2,967 tigers and", 2967, CNT, "a"),
    F("tgr", 5, "India has 2,967 tigers", 2967, CNT, "a"),
    F("tgr", 5, "2,967 tigers in India", 2967, CNT, "a"),
    F("tgr", 5, "there are 2,967 tigers in the country", 2967, CNT, "a"),
    F("tgr", 6, "up from 2,967 in 2018", 2967, CNT, "a"),
    F("tgr", 7, "a population of 2,967 tigers", 2967, CNT, "a"),
    F("tgr", 8, "from 2,967 in 2018", 2967, CNT, "a"),
    F("tgr", 8, "rises to nearly 3,000", 3000, CNT, "a", q="under"),
    F("tgr", 8, "an estimated 2,967 wild tigers", 2967, CNT, "a", q="approx"),
    F("tgr", 9, "from 2,967 in 2018", 2967, CNT, "a"),
    F("tgr", 14, "印度現在有 2967 隻野生老虎", 2967, CNT, "a"),
    F("tgr", 14, "印度 2018 年有 2967 隻野生老虎", 2967, CNT, "a", vt="2967"),
    F("tgr", 21, "a population of around 3,000 tigers", 3000, CNT, "a", q="approx"),
    F("tgr", 21, "increasing to 2,967 in 2018", 2967, CNT, "a"),
    F("tgr", 22, "India now has around 3000 tigers", 3000, CNT, "a", q="approx"),
    F("tgr", 22, "to 2,967 in 2018", 2967, CNT, "a"),
    F("tgr", 23, "now has nearly 3,000 tigers", 3000, CNT, "a", q="under"),
]
G("tgr_india_2018", TGR, "India's tigers in the 2018 estimation report: 2,967 (fourteen) and the Prime Minister's 'around / nearly 3,000' (four)", "India",
  "wild tigers", "2018", "The hedges hold 2,967 (consistent).", ms)

ms = [
    F("tgr", 7, "a population of 2,226", 2226, CNT, "a"),
    F("tgr", 12, "印度有野生虎2226只", 2226, CNT, "a"),
    F("tgr", 13, "印度有野生虎2226只", 2226, CNT, "a"),
    F("tgr", 14, "比 2014 年的 2226 隻", 2226, CNT, "a", vt="2226"),
    F("tgr", 21, "From earlier 2,226 in 2014", 2226, CNT, "a"),
    F("tgr", 23, "and 2,226 in 2014", 2226, CNT, "a"),
    F("tgr", 22, "increased from 1,400 in 2014", 1400, CNT, "a", note="scoopwhoop; every other source says 2,226"),
]
G("tgr_india_2014", TGR, "India's tigers in the 2014 estimation: 2,226 (six) against scoopwhoop's 1,400", "India", "wild tigers", "2014",
  "1,400 against 2,226 (conflict).", ms)
pairgrp("tgr_india_2010", TGR, "India's tigers in the 2010 estimation: 1,706 (four)", "India", "wild tigers", "2010",
        [F("tgr", 14, "2010 年的 1706 隻", 1706, CNT, "a", vt="1706"), F("tgr", 20, "人口的最新身材置于1,706人", 1706, CNT, "a"),
         F("tgr", 20, "使总虎口人口为1,706人", 1706, CNT, "a"), F("tgr", 23, "were at 1,706 in 2010", 1706, CNT, "a")])
pairgrp("tgr_india_2006", TGR, "India's tigers in the 2006 estimation: 1411 (taronews) and cmb2b's 1,411 (dated 2008)", "India", "wild tigers", "2006",
        [F("tgr", 14, "2006 年的 1411 隻", 1411, CNT, "a", vt="1411"), F("tgr", 20, "估计的1,411只老虎处", 1411, CNT, "a", note="dated 2008 in the page")])

ms = [
    F("tgr", 4, "has been a 33 per cent", 33.0, PC, "a"),
    F("tgr", 14, "比 2014 年增加 33 %", 33.0, PC, "a", vt="33 %"),
    F("tgr", 21, "an upward shift of 33 per cent", 33.0, PC, "a"),
    F("tgr", 22, "has seen a 33 percent rise", 33.0, PC, "a"),
    F("tgr", 7, "a 25% increase since 2014", 25.0, PC, "a", note="quizzclub"),
]
G("tgr_india_growth_2018", TGR, "Rise of India's tigers from 2014 to 2018: 33% (four) against quizzclub's 25%", "India", "rise in tigers", "2014-2018",
  "25% against 33% (conflict).", ms)

ms = [
    F("tgr", 5, "constitutes 70 per cent of the global number", 70.0, PC, "a"),
    F("tgr", 14, "占全球野生老虎的 76 %", 76.0, PC, "a", vt="76 %"),
    F("tgr", 8, "accounting for around 80 percent", 80.0, PC, "a", q="approx"),
]
G("tgr_india_share_2018", TGR, "India's share of the world's wild tigers with the 2018 count: awamkasach's 70%, taronews' 76% and 'around 80 percent'",
  "India", "share of the world's wild tigers", "2018", "70% against 76% and around 80% (conflict); around 80% holds 76% (consistent).", ms)
pairgrp("tgr_india_share_2022", TGR, "India's share of the world's wild tigers with the 2022 count: (approximately) 75% (five) and 'more than 70%'", "India",
        "share of the world's wild tigers", "2022",
        [F("tgr", 6, "home to approximately 75%", 75.0, PC, "a", q="approx"),
         F("tgr", 8, "home to 75 per cent of global numbers", 75.0, PC, "a"),
         F("tgr", 8, "approximately 75 per cent of the world's", 75.0, PC, "a", q="approx"),
         F("tgr", 8, "Become Home to 75%", 75.0, PC, "a"),
         F("tgr", 8, "a staggering 75%", 75.0, PC, "a"),
         F("tgr", 9, "more than 70% of the global", 70.0, PC, "a", q="over")],
        "'More than 70%' holds 75% (consistent).")

ms = [
    F("tgr", 6, "now placed at 3,682", 3682, CNT, "rev"),
    F("tgr", 6, "There are 3,682 tigers now in India", 3682, CNT, "rev"),
    F("tgr", 8, "India has 3682 tigers", 3682, CNT, "rev"),
    F("tgr", 8, "to 3,682 in 2022", 3682, CNT, "rev"),
    F("tgr", 10, "The estimated number of 3,582", 3582, CNT, "rev", note="eviltoast's average; the report's is 3,682"),
    F("tgr", 6, "Pegged at 3,167 in Apr", 3167, CNT, "min"),
    F("tgr", 9, "with 3,167 tigers on its soil", 3167, CNT, "min"),
    F("tgr", 9, "increased to 3,167 in 2022", 3167, CNT, "min"),
    F("tgr", 10, "between 3,167 and 3,925", [3167, 3925], CNT, "rng", vt="3,167 and 3,925", step=1),
]
G("tgr_india_2022", TGR, "India's tigers in the 2022 estimation: the revised average of July 2023, 3,682 (four), against eviltoast's 3,582; the April "
  "minimum 3,167 (three) and the range 3,167-3,925", "India", "wild tigers", "2022",
  "3,582 against 3,682 (conflict); the minimum, the average and the range different_basis.", ms)
pairgrp("tgr_bhutan", TGR, "Rise of Bhutan's tigers since 2015: 27% (twice)", "Bhutan", "rise in tigers", "2015-2022",
        [F("tgr", 8, "tiger numbers grow by 27%", 27.0, PC, "a"), F("tgr", 8, "by 27% since 2015", 27.0, PC, "a")])
pairgrp("tgr_india_reserves", TGR, "India's tiger reserves (2018): 53 (twice)", "India", "tiger reserves", "2018",
        [F("tgr", 5, "spread out in 53 tiger reserves", 53, CNT, "a"), F("tgr", 5, "across 53 tiger reserves", 53, CNT, "a")])

S("tgr", 1, "almost 700 tigers", value=700, unit=CNT, q="under")
S("tgr", 2, "ministers from 13 countries", value=13, unit=CNT)
S("tgr", 6, "a rise of almost 24%", value=24.0, unit=PC, q="under")
S("tgr", 7, "a 30% increase since 2011", value=30.0, unit=PC)
S("tgr", 7, "back to about 1,440", value=1440, unit=CNT, q="approx")
S("tgr", 7, "pledged $153 million", value=153e6, unit=USD)
S("tgr", 7, "up to 200,000 villagers", value=200000, unit=P, q="under")
S("tgr", 7, "An additional 8 new tiger reserves", value=8, unit=CNT)
S("tgr", 7, "between 3,062 and 3,948 mature animals", vt="3,062 and 3,948", value=[3062, 3948], unit=CNT)
S("tgr", 7, "189 in Thailand", value=189, unit=CNT)
S("tgr", 7, "250 in Malaysia", value=250, unit=CNT)
S("tgr", 8, "an annual rise of 6 per cent", value=6.0, unit=PC)
S("tgr", 8, "an estimated 131 tigers", value=131, unit=CNT, q="approx")
S("tgr", 8, "with about 2,500 left", value=2500, unit=CNT, q="approx")
S("tgr", 11, "a doubling to “6000+”", vt="6000", value=6000, unit=CNT, q="over")
S("tgr", 14, "達 526 隻", vt="526", value=526, unit=CNT)
S("tgr", 14, "有 524 隻", vt="524", value=524, unit=CNT)
S("tgr", 14, "有 442 隻", vt="442", value=442, unit=CNT)
S("tgr", 18, "使虎分布区缩减超93%", vt="93%", value=93.0, unit=PC, q="over")
S("tgr", 18, "现存野生虎约4500只", value=4500, unit=CNT, q="approx")
S("tgr", 18, "马来亚虎现存不足150只", value=150, unit=CNT, q="under")
S("tgr", 19, "已帮助造成94%的老虎网罗人", value=94.0, unit=PC)
S("tgr", 20, "2008年的12%的数量增加了", vt="12%", value=12.0, unit=PC)
S("tgr", 20, "在野外的3,000到5,000人之间", vt="3,000到5,000", value=[3000, 5000], unit=CNT)
NC("tgr", 2, "in an April 10 statement", "date")
NC("tgr", 2, "from the 2010 low by 2022", "date")
NC("tgr", 3, "over the 2015 estimate", "date")
NC("tgr", 4, "in the 4th cycle", "ordinal")
NC("tgr", 5, "2,967", "tag", nth=1)
NC("tgr", 7, "Then, just 5 years later", "duration")
NC("tgr", 7, "(July 29th)", "date")
NC("tgr", 9, " date 2023-04", "date")
NC("tgr", 9, "commemorate 50 years of Project Tiger", "duration")
NC("tgr", 11, "日期:2019-03-07 01:11:14", "date")
NC("tgr", 12, "據新華社4月11日消息", "date")
NC("tgr", 12, "比4年前普查時", "duration")
NC("tgr", 13, "( 2016年04月12日 12版)", "date")
NC("tgr", 14, "擁有全球3/4野生老虎", "fraction")
NC("tgr", 14, "在 12 年之間", "duration")
NC("tgr", 15, "— WWF (@WWF) 2016年4月11日", "date")
NC("tgr", 15, "在這1世紀以來", "duration")
NC("tgr", 16, "每年的7月29日是全球老虎日", "date")
NC("tgr", 17, "2014-3-4 13:05点阅:8985", "date")
NC("tgr", 17, "盘点老虎6个亚种", "name")
NC("tgr", 19, "在2022年9月在俄罗斯", "date")
NC("tgr", 20, "2011年3月28日21:25:1 GMT", "date")
NC("tgr", 20, "被认为是70岁的平均人口", "garbled")
NC("tgr", 21, " date 2019-07-29", "date")
NC("tgr", 23, "July 29 is International Tiger Day", "date")
NC("tgr", 23, "We completed this target 4 years early", "duration")

# ============================================================ sharks
ms = [
    F("shk", 1, "100 Million Sharks Killed Each Year", 100e6, CNT, "yr", vt="100 Million", step=100e6),
    F("shk", 1, "puts annual shark deaths at 100 million", 100e6, CNT, "yr"),
    F("shk", 2, "a average of approximately 100 million", 100e6, CNT, "yr", q="approx"),
    F("shk", 4, "nearly 100 million sharks are estimated", 100e6, CNT, "yr", q="under"),
    F("shk", 16, "本文摘要:最近,环保人士表示,世界上每年约有1亿只鲨鱼", 1e8, CNT, "yr", q="approx"),
    F("shk", 16, "最近,环保人士表示,世界上每年约有1亿只鲨鱼被杀死,三分之一的鲨鱼物种濒临灭绝。很多", 1e8, CNT, "yr", q="approx"),
    F("shk", 25, "100 Million", 100e6, CNT, "yr", vt="100 Million", step=100e6, note="title of the abstract page"),
    F("shk", 23, "每年大約有7900萬(wàn)鯊魚(yú)被殺", 7900e4, CNT, "yr", q="approx", vt="7900萬", note="WildAid's figure as told in 2011"),
    F("shk", 18, "每年全球有1百万条鲨鱼被捕杀", 1e6, CNT, "yr", vt="1百万", step=1e6, note="one million: every other source gives tens of millions"),
    F("shk", 1, "100 million sharks were killed in 2000", 100e6, CNT, "w2000"),
    F("shk", 1, "and 97 million in 2010", 97e6, CNT, "w2010"),
    F("shk", 16, "2010年约有9700万条鲨鱼被捕杀", 9700e4, CNT, "w2010", q="approx"),
    F("shk", 17, "2010年约有9700万条鲨鱼被杀害", 9700e4, CNT, "w2010", q="approx"),
    F("shk", 22, "2010年這數字略減為9700萬隻", 9700e4, CNT, "w2010"),
]
G("shk_killed_year", SHK, "Sharks killed a year (all causes): about / nearly 100 million, 约1亿 (seven; Worm et al. 2013 as retold), WildAid's 约7900萬 and icbw's "
  "1百万; Worm's 100 million for 2000 and 97 million / 9700万 for 2010 (four)", "world", "sharks killed a year", "2000-2010",
  "1百万 against every other figure (conflict); 约7900萬 against 'nearly 100 million' (conflict), held by the coarse 100 million "
  "(consistent by the kit's rule); the years 2000 and 2010 different_basis.", ms,
  {(4, 9): C})  # 'nearly 100 million' against 1百万: the kit's band for a written 100 million reaches down to 0

ms = [
    F("shk", 1, "between 63 million and 273 million", [63e6, 273e6], CNT, "r", vt="63 million and 273 million", step=1e6),
    F("shk", 2, "Between 63 and 273 Million", [63e6, 273e6], CNT, "r", vt="63 and 273 Million", step=1e6),
    F("shk", 2, "is between 63 and 273 million", [63e6, 273e6], CNT, "r", vt="63 and 273 million", step=1e6),
    F("shk", 4, "anywhere between 63 and 273 million", [63e6, 273e6], CNT, "r", vt="63 and 273 million", step=1e6),
    F("shk", 22, "應該為6300萬隻到2.7億隻", [6300e4, 2.7e8], CNT, "r27", vt="6300萬隻到2.7億", step=1e7),
    F("shk", 17, "甚至可能高达2.73亿", 2.73e8, CNT, "hi", q="under"),
]
G("shk_killed_range", SHK, "Range of sharks killed a year (Worm et al. 2013): 63 to 273 million (four), yes99's 6300萬 to 2.7億; sdyjmm's 'as high as 2.73亿'",
  "world", "sharks killed a year (range)", "2010", "2.7億 rounds 273 million (rounding); the upper bound alone different_basis.", ms,
  X(ms, R, ["r"], ["r27"]))

ms = [
    F("shk", 5, "73 Million sharks are killed as a result of finning", 73e6, CNT, "fin", vt="73 Million", step=1e6),
    F("shk", 6, "Up to 73 million sharks", 73e6, CNT, "fin", q="under"),
    F("shk", 9, "Over 73 million sharks are killed", 73e6, CNT, "fin", q="over"),
    F("shk", 4, "around 73 million shark mortalities", 73e6, CNT, "fin", q="approx"),
    F("shk", 10, "72 million Sharks killed annually", 72e6, CNT, "fin"),
    F("shk", 19, "每年有7200萬隻海中霸王", 7200e4, CNT, "fin"),
    F("shk", 19, "每年7300萬鯊魚", 7300e4, CNT, "fin"),
    F("shk", 19, "每年有7千多萬隻的鯊魚", 7e7, CNT, "fin", q="over", vt="7千多萬", step=1e7),
    F("shk", 20, "全球每年約消耗7千萬隻鯊魚", 7e7, CNT, "fin", q="approx", vt="7千萬", step=1e7),
    F("shk", 20, "Globally, 70 million sharks", 70e6, CNT, "fin"),
    F("shk", 3, "the estimations are at about 100 millions", 100e6, CNT, "fin", q="approx", vt="100 million", note="given as the sharks killed for their fins"),
]
G("shk_killed_fins", SHK, "Sharks killed a year for their fins: 73 million (Clarke et al. 2006's upper figure; 73 / 7300萬, 'up to', 'over', 'around'), "
  "72 million / 7200萬 (two), 7千多萬, 約7千萬 and 70 million (spca), scubashooters' 'about 100 millions'", "world", "sharks killed for fins a year", "current",
  "72 against 73 million (conflict); the plain 70 million rounds 72 / 73 million (rounding); the hedges hold their figures (consistent).", ms)

ms = [
    F("shk", 8, "About 26 to 73 million sharks", [26e6, 73e6], CNT, "c", vt="26 to 73 million", step=1e6, q="approx"),
    F("shk", 25, "between 26 million and 73 million sharks", [26e6, 73e6], CNT, "c", vt="26 million and 73 million", step=1e6),
    F("shk", 25, "每年就杀死2600万至7300万条鲨鱼", [2600e4, 7300e4], CNT, "c", vt="2600万至7300万", step=1e6),
    F("shk", 7, "Every year, 23-70 Million sharks", [23e6, 70e6], CNT, "h", vt="23-70 Million", step=1e6, note="hawaiisharkencounters"),
]
G("shk_fins_range", SHK, "Range of sharks killed a year for the fin trade (Clarke et al. 2006): 26 to 73 million (three) against hawaiisharkencounters' 23-70 Million",
  "world", "sharks killed for fins a year (range)", "2006", "23-70 against 26-73 million (conflict).", ms, X(ms, C, ["c"], ["h"]))

ms = [
    F("shk", 5, "That’s 8,333 sharks killed every hour", 8333, CNT, "f"),
    F("shk", 19, "一小時有8773隻鯊魚被殺害", 8773, CNT, "f", note="with 7300萬 a year (8,333 an hour)"),
    F("shk", 3, "That’s 11,416 sharks killed every hour", 11416, CNT, "h100", note="from 100 million a year"),
]
G("shk_per_hour", SHK, "Sharks killed an hour: 8,333 (shark-facts, from 73 million a year) against 8773 (Congressman Fong, beside 7300萬); 11,416 from 100 million a year",
  "world", "sharks killed an hour", "current", "8773 against 8,333 (conflict); the 100-million basis different_basis.", ms)

ms = [
    F("shk", 12, "have declined by 71% since 1970", 71.0, PC, "a"),
    F("shk", 13, "has declined by 71% owing", 71.0, PC, "a"),
    F("shk", 14, "数量已经减少了71%", 71.0, PC, "a"),
    F("shk", 14, "数量减少了至少71%", 71.0, PC, "a", q="at_least"),
    F("shk", 15, "鲨鱼数量减少了71%", 71.0, PC, "a"),
    F("shk", 11, "dropped more than 70% between", 70.0, PC, "a", q="over"),
    F("shk", 21, "在半世紀內減少了近 70%", 70.0, PC, "a", q="under", vt="70%", note="National Geographic Taiwan's headline"),
]
G("shk_decline_1970", SHK, "Decline of oceanic sharks and rays since 1970 (Pacoureau et al., Nature, January 2021): 71% (five, one 'at least'), 'more than 70%', "
  "natgeomedia's 近 70% (nearly 70%)", "world", "decline in oceanic sharks and rays", "1970-2018",
  "近 70% against 71% (conflict: 'nearly 70%' is below 71%); 'more than 70%' holds 71% (consistent).", ms)
pairgrp("shk_species_31", SHK, "Oceanic shark and ray species assessed: 31 (three)", "world", "oceanic shark and ray species", "2021",
        [F("shk", 11, "of the 31 species", 31, CNT, "a"), F("shk", 13, "for all 31 oceanic species", 31, CNT, "a"),
         F("shk", 14, "所有31种海洋鲨鱼", 31, CNT, "a")])
pairgrp("shk_one_in_15", SHK, "Sharks killed by fishing each year: one in 15 (three)", "world", "share killed a year (one in N)", "2010",
        [F("shk", 1, "about one in 15 sharks", 15, CNT, "a", q="approx"), F("shk", 2, "one in 15 sharks dies", 15, CNT, "a"),
         F("shk", 22, "全球平均每15隻鯊魚", 15, CNT, "a")])
pairgrp("shk_exploitation", SHK, "Exploitation rates in Worm et al. 2013: 6.4% to 7.9% (two)", "world", "sharks caught a year (percent)", "2010",
        [F("shk", 2, "range from 6.4% to 7.9%", [6.4, 7.9], PC, "a", vt="6.4% to 7.9%", step=0.1),
         F("shk", 16, "大约有6.4%到7.9%的鲨鱼", [6.4, 7.9], PC, "a", q="approx", vt="6.4%到7.9%", step=0.1)])
pairgrp("shk_decline_30y", SHK, "Decline of the world's sharks in 30 years: 90% (three)", "world", "decline in sharks", "30 years",
        [F("shk", 20, "全球鯊魚總數量30年來減少了90%", 90.0, PC, "a"), F("shk", 20, "have been depleted by 90%", 90.0, PC, "a"),
         F("shk", 24, "下降了90%", 90.0, PC, "a")])
pairgrp("shk_decline_15y", SHK, "Decline of some shark species in 15 years (spca): 70% (twice)", "hammerhead and white sharks", "decline", "15 years",
        [F("shk", 20, "數量15年來減少了70%", 70.0, PC, "a"), F("shk", 20, "have decreased by 70%", 70.0, PC, "a")])
pairgrp("shk_taiwan_5y", SHK, "Sharks killed in Taiwan in five years (spca): 3千多萬 / 'approximate 30 million plus'", "Taiwan", "sharks killed", "five years",
        [F("shk", 20, "屠殺了3千多萬隻鯊魚", 3e7, CNT, "a", q="over", vt="3千多萬", step=1e7),
         F("shk", 20, "an approximate 30 million plus sharks", 30e6, CNT, "a", q="over")])
pairgrp("shk_iucn_species", SHK, "Shark and related species in IUCN's 2009 report: 1,045 (twice)", "world", "species assessed", "2009",
        [F("shk", 20, "全球1,045個鯊魚", 1045, CNT, "a"), F("shk", 20, "out of 1045 shark", 1045, CNT, "a")])
pairgrp("shk_iucn_threatened", SHK, "Of them threatened: 17% (twice)", "world", "species threatened", "2009",
        [F("shk", 20, "已有17%面臨滅絕威脅", 17.0, PC, "a"), F("shk", 20, "17% are threatened", 17.0, PC, "a")])
pairgrp("shk_iucn_endangered", SHK, "Of them endangered: 13% (twice)", "world", "species endangered", "2009",
        [F("shk", 20, "13%瀕臨滅絕", 13.0, PC, "a"), F("shk", 20, "13% are endangered", 13.0, PC, "a")])
ms = [
    F("shk", 4, "sharks kill on average 12 humans per year", 12, P, "a"),
    F("shk", 16, "被鲨鱼杀死的人不会超过10人", 10, P, "a", q="under"),
]
G("shk_humans_killed", SHK, "People killed by sharks a year: vizya's 'on average 12' against sjzhthb's 'no more than 10'", "world", "people killed by sharks a year",
  "current", "12 against at most 10 (conflict).", ms)

S("shk", 2, "rebound rates for 62 sharks", value=62, unit=CNT)
S("shk", 2, "is 4.9%. Three", vt="4.9%", value=4.9, unit=PC)
S("shk", 2, "Additionally, 48% of shark species", value=48.0, unit=PC)
S("shk", 2, "almost 100 publications", value=100, unit=CNT, q="under")
S("shk", 3, "3 sharks a second", value=3, unit=CNT)
S("shk", 5, "139 Sharks are killed every 10 minutes", vt="139", value=139, unit=CNT)
S("shk", 7, "10.3 million kgs", value=10.3e6, unit="kg")
S("shk", 11, "And 24", vt="24", value=24, unit=CNT)
S("shk", 13, "from 57 abundance time-series datasets", value=57, unit=CNT)
S("shk", 13, "for 18 oceanic shark and ray species", value=18, unit=CNT)
S("shk", 13, "an 18-fold increase", value=18, unit=TIMES)
S("shk", 18, "小鲨鱼10元一斤", value=10, unit="CNY")
S("shk", 18, "大鲨鱼干30元一斤", value=30, unit="CNY")
S("shk", 18, "鱼翅的年产值达到12亿美金", value=12e8, unit=USD)
S("shk", 19, "這碗要價3千台幣", vt="3千", value=3000, unit="TWD")
S("shk", 19, "每天抓了最多100隻鯊魚", value=100, unit=CNT, q="under")
S("shk", 23, "剩下95%以上的鯊魚(yú)體", vt="95%", value=95.0, unit=PC, q="at_least")
S("shk", 23, "超過(guò)50%都是被中國(guó)人吃掉了", vt="50%", value=50.0, unit=PC, q="over")
S("shk", 23, "在中國(guó)16座城市", vt="16", value=16, unit=CNT)
NC("shk", 11, " date 2021-01-28", "date")
NC("shk", 11, "The last 50 years", "duration")
NC("shk", 13, "high seas1,2,3", "footnote_marker")
NC("shk", 13, "Sustainable Development Goals4,5", "footnote_marker")
NC("shk", 14, "参考消息网2月2日报道", "date")
NC("shk", 14, "周刊网站1月27日报道", "date")
NC("shk", 14, "但27日发表的一篇论文", "date")
NC("shk", 18, "8 \\, j+ k& z- z3 H; ?7 J", "garbage")
NC("shk", 18, "4 p$ \\* {4 w1 o3 z8 {; j0 P", "garbage")
NC("shk", 18, "2017年12月3日,在青岛市", "date")
NC("shk", 19, "第3大的獵捕國", "rank")
NC("shk", 19, "從2003年開始設立鯊魚保育區", "date")
NC("shk", 20, "(1-3年才1-2隻寶寶 - EAST)", "range_life_history")
NC("shk", 21, "Feb. 17 2021", "date")
NC("shk", 23, "近20年", "duration")

# ============================================================ polio
ms = [
    F("pol", 1, "from 350,000 cases in 1988", 350000, CNT, "a"),
    F("pol", 2, "there were an estimated 350,000 cases", 350000, CNT, "a", q="approx"),
    F("pol", 3, "from an estimated 350 000 cases", 350000, CNT, "a", q="approx", vt="350 000"),
    F("pol", 4, "from an estimated 350,000 cases", 350000, CNT, "a", q="approx"),
    F("pol", 6, "down from 350,000 cases in 1988", 350000, CNT, "a"),
    F("pol", 7, "affecting 350,000", 350000, CNT, "a"),
    F("pol", 11, "there were about 345,000 cases", 345000, CNT, "a", q="approx", note="the Washington Post's graphic (CDC, WHO)"),
    F("pol", 14, "每年造成35万多名儿童瘫痪", 35e4, CNT, "a", q="over", vt="35万多"),
    F("pol", 15, "病例超过35万", 35e4, CNT, "a", q="over"),
    F("pol", 18, "每年全世界有超過 35 萬個新病例", 35e4, CNT, "a", q="over", vt="35 萬", step=1e4),
    F("pol", 20, "1987年報告的30萬例", 30e4, CNT, "y87", note="the cases reported in 1987"),
]
G("pol_cases_1988", POL, "Polio cases in 1988, when the Global Polio Eradication Initiative began: (an estimated) 350,000 (six), over 35万 (three), "
  "the Washington Post's 'about 345,000'; guishuji's 30萬 reported in 1987", "world", "polio cases a year", "1988",
  "'About 345,000' against 'over 35万' (conflict); the plain and estimated 350,000 hold both (consistent); the 1987 count different_basis "
  "(conflict defensible).", ms, X(ms, DC, ["y87"], ["a"]))
pairgrp("pol_countries_1988", POL, "Countries where polio was endemic in 1988: 125 / 'more than 125' (nine)", "world", "polio-endemic countries", "1988",
        [F("pol", 1, "a presence in 125 countries", 125, CNT, "a"), F("pol", 2, "Disappear From 125 Countries", 125, CNT, "a"),
         F("pol", 2, "wiped out of more than 125 countries", 125, CNT, "a", q="over"), F("pol", 3, "down from more than 125 in 1988", 125, CNT, "a", q="over"),
         F("pol", 4, "down from 125 in 1988", 125, CNT, "a"), F("pol", 7, "people in 125 countries", 125, CNT, "a"),
         F("pol", 14, "全球超过125个国家", 125, CNT, "a", q="over"), F("pol", 15, "在125个国家被发现", 125, CNT, "a"),
         F("pol", 18, "流行於 125 個國家", 125, CNT, "a", vt="125")],
        "'More than 125' holds 125 (consistent).")

ms = [
    F("pol", 2, "dropped by more than 99 percent", 99.0, PC, "c99", q="over"),
    F("pol", 2, "decreased by more than 99 percent", 99.0, PC, "c99", q="over"),
    F("pol", 3, "Polio cases have decreased by over 99%", 99.0, PC, "c99", q="over"),
    F("pol", 3, "polio cases have decreased by over 99%,", 99.0, PC, "c99", q="over"),
    F("pol", 4, "decreased by more than 99 percent since 1988", 99.0, PC, "c99", q="over"),
    F("pol", 9, "reduced incidence rates by more than 99%", 99.0, PC, "c99", q="over"),
    F("pol", 14, "使脊髓灰质炎病例减少了99%以上", 99.0, PC, "c99", q="at_least"),
    F("pol", 16, "患病人数已经下降 99%", 99.0, PC, "c99", vt="99%"),
    F("pol", 1, "has fallen 99.999%", 99.999, PC, "c999"),
    F("pol", 5, "have dropped by 99.9 percent", 99.9, PC, "c999"),
    F("pol", 8, "reduced polio cases by 99.9%", 99.9, PC, "c999"),
    F("pol", 18, "病例銳減 99.9%", 99.9, PC, "c999", vt="99.9%"),
]
G("pol_decline", POL, "Fall in polio cases since 1988: 'over 99%' / 99% (eight, 2010-2015 statements) and, from 2019, 99.9% (three) against the NY Daily "
  "News' 99.999%", "world", "fall in polio cases since 1988", "1988-2024",
  "99.999% against 99.9% (conflict); the earlier 'over 99%' statements different_basis from the later ones.", ms)
ms = [
    F("pol", 4, "to 406 reported cases in 2013", 406, CNT, "a", note="the Columbus Dispatch's WHO fact box (March 2014)"),
    F("pol", 6, "polio affected 416 people", 416, CNT, "a"),
    F("pol", 9, "rose to 416 cases", 416, CNT, "a"),
]
G("pol_cases_2013", POL, "Wild polio cases in 2013: 416 (CDC's MMWR via Medscape; the Wikipedia copy) against the Dispatch's 406", "world", "polio cases", "2013",
  "406 against 416 (conflict).", ms)
pairgrp("pol_cases_2012", POL, "Wild polio cases in 2012: 223 (three)", "world", "polio cases", "2012",
        [F("pol", 9, "there were 223 cases", 223, CNT, "a"), F("pol", 10, "from 223 in 2012", 223, CNT, "a"),
         F("pol", 11, "when 223 cases were registered", 223, CNT, "a")])
ms = [
    F("pol", 9, "in 5 countries", 5, CNT, "a"),
    F("pol", 10, "infections rose from 4", 4, CNT, "a"),
]
G("pol_countries_2012", POL, "Countries reporting polio cases in 2012: Medscape's 5 against the Atlantic's 4", "world", "countries with polio cases", "2012",
  "4 against 5 (conflict).", ms)
pairgrp("pol_countries_2013", POL, "Countries reporting polio cases in 2013: 8 (two)", "world", "countries with polio cases", "2013",
        [F("pol", 9, "in 8 countries", 8, CNT, "a"), F("pol", 10, "to 8.", 8, CNT, "a")])
ms = [
    F("pol", 2, "there were 359 reported cases", 359, CNT, "fin", note="'last year' in October 2015"),
    F("pol", 21, "去年同期(9國341例)", 341, CNT, "d23", vt="341", note="to 23 December 2014"),
    F("pol", 7, "to 206 cases in three endemic countries", 206, CNT, "o14", note="as of 14 October 2014, endemic countries"),
]
G("pol_cases_2014", POL, "Wild polio cases in 2014: 359 (the year), 341 (to 23 December), 206 (endemic countries, to 14 October)", "world", "polio cases", "2014",
  "Counts of different dates and scopes (different_basis; conflict defensible between the year and 23 December).", ms, X(ms, DC, ["fin"], ["d23"]))
pairgrp("pol_pak_2018", POL, "Wild polio cases in Pakistan in 2018: 12 (three)", "Pakistan", "polio cases", "2018",
        [F("pol", 12, "and 12 cases were reported", 12, CNT, "a"), F("pol", 13, "there were 12 Wild Polio cases", 12, CNT, "a"),
         F("pol", 17, "和巴基斯坦12例", 12, CNT, "a")])
pairgrp("pol_afg_2018", POL, "Wild polio cases in Afghanistan in 2018: 21 (two)", "Afghanistan", "polio cases", "2018",
        [F("pol", 13, "compared to 21 in 2018", 21, CNT, "a"), F("pol", 17, "阿富汗21例", 21, CNT, "a")])
pairgrp("pol_pak_2019", POL, "Wild polio cases in Pakistan in 2019: 134 (the year) and 53 (to 12 July)", "Pakistan", "polio cases", "2019",
        [F("pol", 12, "WPV1 cases rise to 134", 134, CNT, "fin"), F("pol", 13, "53 cases have been reported in 2019", 53, CNT, "jul")],
        "Different dates (different_basis).")
pairgrp("pol_afg_2019", POL, "Wild polio cases in Afghanistan in 2019: 28 (the year), 13 (to 16 July) and cogdm's 20 (a later date)", "Afghanistan", "polio cases", "2019",
        [F("pol", 12, "Afghanistan reported 28 WPV1 cases", 28, CNT, "fin"), F("pol", 13, "there has been 13 new polio cases", 13, CNT, "jul"),
         F("pol", 17, "分别达到20例", 20, CNT, "oct")],
        "Different dates (different_basis).")
pairgrp("pol_prevented", POL, "Cases of paralysis prevented (Rotary, October 2019): more than 18 million / 1,800 萬", "world", "paralysis cases prevented", "1988-2019",
        [F("pol", 8, "prevented more than 18 million cases", 18e6, CNT, "a", q="over"), F("pol", 18, "防止 1,800 萬件", 1800e4, CNT, "a", vt="1,800 萬", step=1e6)],
        "'More than 18 million' holds 1,800萬 (consistent).")
pairgrp("pol_children", POL, "Children immunized (Rotary, October 2019): more than 2.5 billion / 超過 25 億", "world", "children immunized", "1988-2019",
        [F("pol", 8, "immunize more than 2.5 billion children", 2.5e9, CNT, "a", q="over"),
         F("pol", 18, "讓超過 25 億名兒童", 25e8, CNT, "a", q="over", vt="25 億", step=1e8)])
pairgrp("pol_deaths_paralysed", POL, "Share of the paralysed who die: 5 to 10 percent (two)", "polio patients", "paralysed who die (percent)", "current",
        [F("pol", 4, "5 to 10 per-cent die", [5.0, 10.0], PC, "a", vt="5 to 10", step=1),
         F("pol", 16, "5-10% 的患者", [5.0, 10.0], PC, "a", vt="5-10%", step=1)])

S("pol", 1, "to fewer than 40 today", value=40, unit=CNT, q="under")
S("pol", 3, "to 1352 reported cases in 2010", vt="1352", value=1352, unit=CNT)
S("pol", 5, "inflicted 20,000 patients in 1952", vt="20,000", value=20000, unit=P)
S("pol", 6, "Approximately 90% to 95% of infections", vt="90% to 95%", value=[90.0, 95.0], unit=PC, q="approx")
S("pol", 6, "Another 5 to 10% of people", vt="5 to 10%", value=[5.0, 10.0], unit=PC)
S("pol", 6, "In about 0.5% of cases", value=0.5, unit=PC, q="approx")
S("pol", 6, "about 2% to 5% of children", vt="2% to 5%", value=[2.0, 5.0], unit=PC, q="approx")
S("pol", 6, "15% to 30% of adults", vt="15% to 30%", value=[15.0, 30.0], unit=PC)
S("pol", 7, "where 19 people have been reported", value=19, unit=P)
S("pol", 7, "1 case per 2.4 million doses", vt="2.4 million", value=2.4e6, unit=CNT)
S("pol", 8, "more than 120 countries become polio-free", vt="120", value=120, unit=CNT, q="over")
S("pol", 9, "an 86% increase", value=86.0, unit=PC)
S("pol", 9, "a 60% increase in WPV cases", value=60.0, unit=PC)
S("pol", 9, "a total of 82 WPV cases", value=82, unit=CNT)
S("pol", 9, "compared with 34 cases", value=34, unit=CNT)
S("pol", 10, "the annual number of cases rose 70 percent", vt="70 percent", value=70.0, unit=PC)
S("pol", 10, "where 20 workers ahve been killed", vt="20", value=20, unit=P)
S("pol", 12, "Khyber Pakhtunkhwa (91)", vt="91", value=91, unit=CNT)
S("pol", 12, "Sindh (24)", vt="24", value=24, unit=CNT)
S("pol", 12, "Balochistan (11)", vt="11", value=11, unit=CNT)
S("pol", 12, "Punjab (8)", vt="8", value=8, unit=CNT)
S("pol", 12, "when 54,", vt="54", value=54, unit=CNT)
S("pol", 12, "In 2014, Pakistan saw 306 cases", vt="306", value=306, unit=CNT)
S("pol", 12, "more than 20,000 cases a year", value=20000, unit=CNT, q="over")
S("pol", 12, "bringing the global total to 156", vt="156", value=156, unit=CNT)
S("pol", 13, "over 75,000 children were paralyzed", value=75000, unit=P, q="over")
S("pol", 14, "9.45亿美元的资金缺口", value=9.45e8, unit=USD)
S("pol", 14, "在24个高危国家", value=24, unit=CNT)
S("pol", 14, "导致瘫痪的儿童将达20万", value=20e4, unit=P)
S("pol", 14, "全球只有55起报告病例", value=55, unit=CNT)
S("pol", 15, "只检测过19箱子野生", vt="19", value=19, unit=CNT)
S("pol", 15, "的53例脊髓灰质炎病毒循环", vt="53", value=53, unit=CNT)
S("pol", 16, "减少 2000 例以上", vt="2000", value=2000, unit=CNT, q="at_least")
S("pol", 17, "上周新增了4例1型", vt="4", value=4, unit=CNT)
S("pol", 17, "和80例", value=80, unit=CNT)
S("pol", 17, "共报告了33例WPV1病例", vt="33", value=33, unit=CNT)
S("pol", 19, "有58,000 個病例通報", vt="58,000", value=58000, unit=CNT)
S("pol", 19, "3,145 人死亡", vt="3,145", value=3145, unit=P)
S("pol", 19, "21,269 人終生永久殘障痲痹", vt="21,269", value=21269, unit=P)
S("pol", 19, "有多達50 萬人", vt="50 萬", value=50e4, unit=P, q="under")
S("pol", 19, "的166 個會員國", vt="166", value=166, unit=CNT)
S("pol", 21, "共2國累計70例WPV1病例", vt="70", value=70, unit=CNT)
S("pol", 21, "約下降80%", value=80.0, unit=PC, q="approx")
S("pol", 21, "分布於巴基斯坦(73%)", vt="73%", value=73.0, unit=PC)
S("pol", 21, "及阿富汗(27%)", vt="27%", value=27.0, unit=PC)
NC("pol", 1, " date 2019-10-25", "date")
NC("pol", 1, "In the last 30 years", "duration")
NC("pol", 3, "10 facts on immunization", "list")
NC("pol", 4, "younger than 5 years", "age")
NC("pol", 4, "One in 200 infections", "fraction")
NC("pol", 5, "Polio-Free Countries, 2024", "date")
NC("pol", 6, "symptoms.[1]", "footnote_marker")
NC("pol", 7, "as of 14 October 2014", "date")
NC("pol", 8, "Since 1985, Rotary", "date")
NC("pol", 9, "June 02, 2014", "date")
NC("pol", 9, "the May 30 issue", "date")
NC("pol", 11, "Published on October 29, 2013, 4:42 p.m.", "date")
NC("pol", 12, "in from 2015-2018", "date")
NC("pol", 13, "on August 20, 2016", "date")
NC("pol", 13, "reported on July 12th", "date")
NC("pol", 14, "2012年05月25日 09:01:12", "date")
NC("pol", 14, "新华网日内瓦5月24日电", "date")
NC("pol", 16, "第 219 课", "list")
NC("pol", 19, "2014-15 國際扶輪社長", "date")
NC("pol", 19, "為所有5 歲以下兒童", "age")
NC("pol", 20, "希望在15年內", "duration")
NC("pol", 21, "資料來源:GPEI ,2015/12/24", "date")
NC("pol", 21, "最後更新日期 2015/12/28", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh37.toml", "corpus-fresh37")
