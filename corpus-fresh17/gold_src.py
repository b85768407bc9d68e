#!/usr/bin/env python3
"""Hand annotation of corpus-fresh17, written as data; emits gold.d/fresh17.toml (then run corpus/check_gold.py --dir corpus-fresh17 --build).

Every mention carries a 'basis' tag (year / month / quarter / estimate vintage / compiler as read from the text). Pair
verdicts: explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
Conventions (as corpus-fresh9 .. fresh16): different sources' statements of one quantity share a basis tag; a rounded or
truncated restatement is rounding (JNTO's 36,869,900 ~ 36.87 million vs 36.8 million / 3700万 / 3687万 for 2024;
25,066,100 vs 25.07 million for 2023; 1.8289萬億日元 vs 1.8 trillion yen; 62.2 vs 62 per cent; 283.1 million litres vs
2.8亿升); two precise figures of the same precision that disagree are conflict (Kyodo's 6.96 / 2.43 / 2.05 million vs
Jiji's 6.95 / 2.42 / 2.04 million visitors in 2023, rounding as alt; nippon.com's 25.06 million vs 25.07 million;
240.7 vs 241.6 billion USD of FDI-sector imports in 2024; sggp's US$20.19 billion vs einpresswire's 'over $36.6 billion'
of newly registered capital in 2023; siudz's two 2023 trade profiles; worldmetrics' generated 20.7 million visitors);
a first release and a silently restated figure are conflict with different_basis as alt (JTA's 2023 spending 5.29
trillion yen preliminary vs 5.31 trillion yen final; 2024 8.14 vs 8兆1257亿日圆; OIV's 214 mhl vs 2.19亿百升 for 1961);
forecast vintages and first estimates against outcomes are different_basis (OIV's November 2023 estimate 244.1 mhl vs
the April 2024 figure 237 mhl; November 2024 231 mhl vs April 2025 2.258亿百升; 2017 estimate 246.7億升 vs 248 mhl;
Japan's 2024 forecasts 35 million / 8 trillion yen; Vietnam's 782 billion USD trade forecast); a bound (more than /
over / topping / exceeded / 突破 / 超过 / 以上) that contains the figure is consistent. Japan's Immigration Services
Agency counts (36.78 million = 3678萬 foreign nationals entering in 2024, 31.19 million in 2019, +42 percent) are another
compiler's measure: different_basis, with conflict as alt where the text calls them plainly 'foreign visitors'.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 兆 / 萬億 / 万亿 = 1e12, 千萬 = 1e7, 成 = 10 percent, 8成 = 80 percent, 一成七 = 17
percent, Chinese numerals read as numbers (九二○○億 = 9200億); decimal commas read as decimal points (sitelocationadviser's
'25,35 billion'); '1.539 projects' read as 1539; wine volumes in litres (1 hl = 100 l, 1 mhl = 1e8 l = 1億升, 1萬百升 = 1e6
l, 1億百升 = 1e10 l). Units: persons, JPY, USD, CNY, HKD, percent, litres, count, years.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, among, cross, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

jp = lambda n, s: f"jp-{n:02d}-{s}.txt"
vn = lambda n, s: f"vn-{n:02d}-{s}.txt"
wn = lambda n, s: f"wine-{n:02d}-{s}.txt"
PC, P, JPY, USD, CNY, HKD, L, CNT, YRS = ("percent", "persons", "JPY", "USD", "CNY", "HKD", "litres", "count", "years")
MHL = 1e8   # litres in a million hectolitres (= 1億升)


def I(ms, *keys):
    """1-based indexes of the mentions whose key k is in keys."""
    return tuple(i + 1 for i, m in enumerate(ms) if m.get("k") in keys)


# ============================================================ Japan: visitor arrivals (JNTO) and spending (JTA)
ms = [M(jp(9, "en"), 4, "a record-breaking 36.87 million inbound visitors", "36.87 million", 36.87e6, P, "jnto24", k="a"),
      M(jp(10, "en"), 15, "some 36.87 million overseas guests", "36.87 million", 36.87e6, P, "jnto24", qualifier="approx", k="a", note="spun text"),
      M(jp(13, "en"), 3, "up from 36,870,148 in the previous year", "36,870,148", 36870148.0, P, "jnto24", k="x"),
      M(jp(2, "en"), 9, "more than 36.8 million foreign visitors", "36.8 million", 36.8e6, P, "jnto24", qualifier="over", k="b"),
      M(jp(3, "en"), 6, "With 36.8 million foreign visitors", "36.8 million", 36.8e6, P, "jnto24", k="t"),
      M(jp(3, "en"), 4, "Over 36 Million Visitors", "36 Million", 36e6, P, "jnto24", qualifier="over", k="b", note="headline"),
      M(jp(19, "hans"), 3, "外国游客入境人数达 3700 万", "3700 万", 3700e4, P, "jnto24", k="r", note="headline"),
      M(jp(19, "hans"), 5, "导读 2024 年,日本在旅游业方面取得了令人瞩目的成就,外国游客入境人数创下了 3700 万", "3700 万", 3700e4, P, "jnto24", k="r"),
      M(jp(19, "hans"), 7, "入境人数创下了 3700 万的纪录,这一数字充分彰显了日本作为全球热门旅游目的地的魅力", "3700 万", 3700e4, P, "jnto24", k="r"),
      M(jp(18, "hans"), 3, "超过2024年的3687万人次", "3687万", 3687e4, P, "jnto24", k="a"),
      M(jp(1, "en"), 3, "a record-high 36.78 million foreign visitors", "36.78 million", 36.78e6, P, "imm24", k="i", note="Immigration Services Agency"),
      M(jp(16, "hant"), 3, "訪日外國人達到3678萬人次", "3678萬", 3678e4, P, "imm24", k="i", note="headline"),
      M(jp(16, "hant"), 8, "入境日本的人數約為3678萬人次", "3678萬", 3678e4, P, "imm24", qualifier="approx", k="j")]
p = {**cross(I(ms, "a"), I(ms, "x"), R), **cross(I(ms, "b"), I(ms, "a", "x", "t", "r"), K),
     **cross(I(ms, "t"), I(ms, "a", "x"), (R, C)), **cross(I(ms, "t"), I(ms, "r"), (R, C)),
     **cross(I(ms, "r"), I(ms, "a", "x"), R),
     **cross(I(ms, "i"), I(ms, "a", "x", "b", "t", "r"), (D, C)), (4, 6): K}
group("jp_arrivals_2024", "japan-tourism", "Foreign visitor arrivals to Japan in 2024: JNTO's 36,870,148 = 36.87 million (two) = 3687万, restated as 36.8 million (note.com), 3700万 (shooba, three times) and the bounds 'more than 36.8 million' / 'Over 36 Million'; the Immigration Services Agency's 36.78 million = 3678萬 foreign nationals entering",
      "Japan", "foreign visitor arrivals (persons)", "2024",
      "36.87 million and 3687万 round 36,870,148 (rounding); 36.8 million truncates it (rounding, conflict as alt); 3700万 rounds it (rounding); the bounds contain it (consistent). The Immigration Services Agency's count of foreign nationals entering (including re-entries) is another compiler's measure: different_basis, conflict as alt where the text calls it plainly 'foreign visitors' / 訪日外國人.",
      ms, p)

ms = [M(jp(3, "en"), 4, "Up 47.1% Year-on-Year", "47.1%", 47.1, PC, "jnto", k="j", note="headline"),
      M(jp(3, "en"), 6, "an impressive 47.1% increase", "47.1%", 47.1, PC, "jnto", k="j"),
      M(jp(10, "en"), 15, "up 47.1 % from the earlier yr", "47.1 %", 47.1, PC, "jnto", k="j"),
      M(jp(1, "en"), 3, "a 42-percent increase", "42-percent", 42.0, PC, "imm", k="i")]
group("jp_arrivals_growth_2024", "japan-tourism", "Growth of visitor arrivals to Japan in 2024 over 2023: JNTO 47.1% (three) vs the Immigration Services Agency's 42 percent",
      "Japan", "growth of foreign visitor arrivals (percent)", "2024 vs 2023",
      "47.1% restated (consistent); the immigration count's 42 percent is another compiler's measure (different_basis, conflict as alt).",
      ms, {**cross(I(ms, "i"), I(ms, "j"), (D, C))})

ms = [M(jp(9, "en"), 4, "a 15.6 percent increase compared to 2019", "15.6 percent", 15.6, PC, "jnto"),
      M(jp(2, "en"), 11, "15 percent higher than the 2019 record", "15 percent", 15.0, PC, "jnto")]
group("jp_arrivals_vs2019_2024", "japan-tourism", "2024 visitor arrivals against 2019: 15.6 percent (chinadaily) vs NHK's '15 percent'",
      "Japan", "change of visitor arrivals 2024 vs 2019 (percent)", "2024 vs 2019",
      "15 percent truncates 15.6 percent (rounding, conflict as alt).", ms, {(1, 2): (R, C)})

ms = [M(jp(5, "en"), 16, "record high of 31.88 million", "31.88 million", 31.88e6, P, "jnto19", k="a"),
      M(jp(6, "en"), 7, "2019 record high of 31.88 million", "31.88 million", 31.88e6, P, "jnto19", k="a"),
      M(jp(7, "en"), 14, "a record high 31.88 million arrivals", "31.88 million", 31.88e6, P, "jnto19", k="a"),
      M(jp(9, "en"), 4, "previous high of 31.88 million", "31.88 million", 31.88e6, P, "jnto19", k="a"),
      M(jp(17, "hant"), 7, "2019年的3188萬人次", "3188萬", 3188e4, P, "jnto19", k="a"),
      M(jp(3, "en"), 6, "previous record of 31.8 million set in 2019", "31.8 million", 31.8e6, P, "jnto19", k="t"),
      M(jp(8, "en"), 8, "peaked at 31.8 million in 2019", "31.8 million", 31.8e6, P, "jnto19", k="t", note="generated statistics page"),
      M(jp(1, "en"), 4, "previous record of 31.19 million set in 2019", "31.19 million", 31.19e6, P, "imm19", k="i")]
group("jp_arrivals_2019", "japan-tourism", "Visitor arrivals to Japan in 2019 (the pre-pandemic record): JNTO's 31.88 million (four) = 3188萬 vs '31.8 million' (two); the Immigration Services Agency's 31.19 million",
      "Japan", "foreign visitor arrivals (persons)", "2019",
      "31.8 million truncates 31.88 million (rounding, conflict as alt); 3188萬 = 31.88 million (consistent); the immigration count is another compiler's measure (different_basis, conflict as alt: the text calls it 'the previous record').",
      ms, {**cross(I(ms, "t"), I(ms, "a"), (R, C)), **cross(I(ms, "i"), I(ms, "a", "t"), (D, C))})

ms = [M(jp(5, "en"), 16, "from the previous year to 25,066,100", "25,066,100", 25066100.0, P, "y23", k="x"),
      M(jp(7, "en"), 14, "last year’s total of 25,066,100", "25,066,100", 25066100.0, P, "y23", k="x"),
      M(jp(15, "hant"), 4, "訪日外國人達到2506.61萬人次", "2506.61萬", 2506.61e4, P, "y23", k="x"),
      M(jp(6, "en"), 3, "jump over 6-fold to 25.07 million", "25.07 million", 25.07e6, P, "y23", k="r", note="headline"),
      M(jp(6, "en"), 5, "more than six-fold to 25.07 million in 2023", "25.07 million", 25.07e6, P, "y23", k="r"),
      M(jp(7, "en"), 8, "jump over 6-fold to 25.07 mil.", "25.07 mil.", 25.07e6, P, "y23", k="r", note="headline"),
      M(jp(7, "en"), 10, "more than sixfold to 25.07 million in 2023", "25.07 million", 25.07e6, P, "y23", k="r"),
      M(jp(12, "en"), 8, "the approximately 25.07 million in 2023", "25.07 million", 25.07e6, P, "y23", qualifier="approx", k="r"),
      M(jp(4, "en"), 3, "rise to 25.06 mil.", "25.06 mil.", 25.06e6, P, "y23", k="t", note="headline"),
      M(jp(4, "en"), 13, "rose to 25.06 million in 2023", "25.06 million", 25.06e6, P, "y23", k="t"),
      M(jp(8, "en"), 5, "Japan saw 20.7 million foreign tourists", "20.7 million", 20.7e6, P, "y23", k="w", note="generated statistics page")]
group("jp_arrivals_2023", "japan-tourism", "Visitor arrivals to Japan in 2023: JNTO's 25,066,100 (two) = 2506.61萬, restated as 25.07 million (five) and nippon.com's 25.06 million (twice); worldmetrics' 20.7 million",
      "Japan", "foreign visitor arrivals (persons)", "2023",
      "25.07 million rounds 25,066,100 (rounding). 25.06 million is a truncation disagreeing with 25.07 at the same precision: conflict, rounding as alt (against 25,066,100 too). worldmetrics' 20.7 million disagrees with everything: conflict.",
      ms, {**cross(I(ms, "r"), I(ms, "x"), R), **cross(I(ms, "t"), I(ms, "x", "r"), (C, R)),
           **cross(I(ms, "w"), I(ms, "x", "r", "t"), C)})

ms = [M(jp(5, "en"), 16, "reaching some 80 pct of the record high", "80 pct", 80.0, PC, "y23", qualifier="approx", k="a"),
      M(jp(15, "hant"), 4, "大約8成水平", "8成", 80.0, PC, "y23", qualifier="approx", k="a"),
      M(jp(8, "en"), 5, "60% of 2019's pre-pandemic level", "60%", 60.0, PC, "y23", k="w")]
group("jp_arrivals_2023_share2019", "japan-tourism", "2023 visitor arrivals as a share of 2019: some 80 pct (Jiji) = 大約8成 (People's Daily) vs worldmetrics' 60%",
      "Japan", "2023 arrivals as a share of 2019 (percent)", "2023",
      "80 pct = 8成 (consistent); worldmetrics' 60% disagrees (conflict).", ms, {**cross(I(ms, "w"), I(ms, "a"), C)})

group("jp_arrivals_2023_vs2019", "japan-tourism", "2023 visitor arrivals 21.4 percent below 2019 (Kyodo, twice)",
      "Japan", "change of visitor arrivals 2023 vs 2019 (percent)", "2023",
      "Same figure restated (consistent).",
      [M(jp(6, "en"), 7, "still 21.4 percent lower than the 2019 record", "21.4 percent", -21.4, PC, "y23"),
       M(jp(7, "en"), 14, "still 21.4 percent lower than the pre-pandemic", "21.4 percent", -21.4, PC, "y23")])

ms = [M(jp(4, "en"), 13, "grew to a record 5.29 trillion yen", "5.29 trillion yen", 5.29e12, JPY, "a23", k="p"),
      M(jp(6, "en"), 5, "a record 5.29 trillion yen", "5.29 trillion yen", 5.29e12, JPY, "a23", k="p"),
      M(jp(7, "en"), 10, "a record 5.29 trillion yen", "5.29 trillion yen", 5.29e12, JPY, "a23", k="p"),
      M(jp(5, "en"), 10, "totaled 5,292.3 billion yen in 2023", "5,292.3 billion yen", 5292.3e9, JPY, "a23", k="x"),
      M(jp(15, "hant"), 3, "消費額為5.2923萬億日元", "5.2923萬億日元", 5.2923e12, JPY, "a23", k="x"),
      M(jp(11, "en"), 5, "some 5.3 trillion yen", "5.3 trillion yen", 5.3e12, JPY, "a23", qualifier="approx", k="s"),
      M(jp(12, "en"), 7, "the 5.3 trillion yen in the whole of 2023", "5.3 trillion yen", 5.3e12, JPY, "a23", k="s"),
      M(jp(10, "en"), 9, "file of 5.31 trillion yen in 2023", "5.31 trillion yen", 5.31e12, JPY, "a23", k="f", note="JTA's final figure, not announced as a revision in the text"),
      M(jp(8, "en"), 7, "JPY 4.2 trillion in 2023", "JPY 4.2 trillion", 4.2e12, JPY, "a23", k="w", note="'international tourism revenue', generated statistics page"),
      M(jp(5, "en"), 10, "topping 5 trillion yen for the first time", "5 trillion yen", 5e12, JPY, "a23", qualifier="over", k="b"),
      M(jp(6, "en"), 11, "exceeded 5 trillion yen", "5 trillion yen", 5e12, JPY, "a23", qualifier="over", k="b"),
      M(jp(15, "hant"), 3, "首次突破5萬億日元", "5萬億日元", 5e12, JPY, "a23", qualifier="over", k="b")]
group("jp_spending_2023", "japan-tourism", "Spending by foreign visitors to Japan in 2023: JTA's preliminary 5,292.3 billion yen = 5.2923萬億日元 = 5.29 trillion (three) = 'some 5.3 trillion' (two); the final 5.31 trillion (Xinhua via japannews24); worldmetrics' JPY 4.2 trillion; bounds 'topping / exceeded 5 trillion' / 突破5萬億",
      "Japan", "spending by foreign visitors (JPY)", "2023",
      "5.29 and 5.3 trillion round 5,292.3 billion (rounding); the bounds contain it (consistent). 5.31 trillion is JTA's later final figure, not announced as such: conflict, different_basis as alt (5.3 rounds it: rounding). worldmetrics' 4.2 trillion disagrees (conflict; different_basis as alt: 'international tourism revenue').",
      ms, {**cross(I(ms, "p"), I(ms, "x"), R), **cross(I(ms, "s"), I(ms, "p", "x"), R),
           **cross(I(ms, "f"), I(ms, "p", "x"), (C, D)), **cross(I(ms, "f"), I(ms, "s"), R),
           **cross(I(ms, "w"), I(ms, "p", "x", "s", "f", "b"), (C, D)),
           **cross(I(ms, "b"), I(ms, "p", "x", "s", "f"), K)})

ms = [M(jp(4, "en"), 13, "($35.8 billion)", "$35.8 billion", 35.8e9, USD, "a23", k="a"),
      M(jp(6, "en"), 5, "($35.8 billion)", "$35.8 billion", 35.8e9, USD, "a23", k="a"),
      M(jp(7, "en"), 10, "($36 billion)", "$36 billion", 36e9, USD, "a23", k="r")]
group("jp_spending_2023_usd", "japan-tourism", "2023 visitor spending converted to dollars: $35.8 billion (two) vs $36 billion",
      "Japan", "spending by foreign visitors (USD conversion)", "2023",
      "$36 billion rounds $35.8 billion (rounding).", ms, {**cross(I(ms, "r"), I(ms, "a"), R)})

ms = [M(jp(9, "en"), 7, "a record-breaking 8.14 trillion yen", "8.14 trillion yen", 8.14e12, JPY, "a24", k="a"),
      M(jp(10, "en"), 9, "eight.14 trillion yen", "eight.14 trillion yen", 8.14e12, JPY, "a24", k="a", note="spun text: 'eight.14'"),
      M(jp(3, "en"), 11, "visitor spending of ¥8.1 trillion", "¥8.1 trillion", 8.1e12, JPY, "a24", k="r"),
      M(jp(2, "en"), 15, "surpassed 8 trillion yen", "8 trillion yen", 8e12, JPY, "a24", qualifier="over", k="b"),
      M(jp(18, "hans"), 11, "历史新高的8兆1257亿日圆", "8兆1257亿日圆", 8.1257e12, JPY, "a24", k="f", note="JTA's final figure for 2024"),
      M(jp(11, "en"), 5, "about 8 trillion yen in 2024", "8 trillion yen", 8e12, JPY, "fc24", qualifier="approx", k="e"),
      M(jp(12, "en"), 16, "visitor spending will total 8 trillion yen", "8 trillion yen", 8e12, JPY, "fc24", k="e"),
      M(jp(14, "hans"), 3, "年消费额8兆日元", "8兆日元", 8e12, JPY, "fc24", k="e")]
group("jp_spending_2024", "japan-tourism", "Spending by foreign visitors to Japan in 2024: JTA's preliminary 8.14 trillion yen (two, one spun as 'eight.14') vs note.com's ¥8.1 trillion, NHK's 'surpassed 8 trillion', the final 8兆1257亿日圆 (stheadline); the July / October 2024 estimates of (about) 8 trillion yen (three)",
      "Japan", "spending by foreign visitors (JPY)", "2024 (outcome and estimates)",
      "8.1 rounds 8.14 (rounding); the bound contains it (consistent); 8兆1257亿 is the later final figure, not announced as such: conflict with different_basis as alt (8.1 rounds it: rounding). The in-year estimates are different_basis against the outcome.",
      ms, {**cross(I(ms, "r"), I(ms, "a"), R), **cross(I(ms, "b"), I(ms, "a", "r", "f"), K),
           **cross(I(ms, "f"), I(ms, "a"), (C, D)), **cross(I(ms, "f"), I(ms, "r"), R)})

ms = [M(jp(9, "en"), 7, "($52 billion)", "$52 billion", 52e9, USD, "a24", k="a"),
      M(jp(2, "en"), 15, "or 52 billion dollars", "52 billion dollars", 52e9, USD, "a24", k="a"),
      M(jp(10, "en"), 9, "about 51.8 billion U.S.", "51.8 billion", 51.8e9, USD, "a24", qualifier="approx", k="x")]
group("jp_spending_2024_usd", "japan-tourism", "2024 visitor spending converted to dollars: $52 billion (two) vs about 51.8 billion U.S. {dollars}",
      "Japan", "spending by foreign visitors (USD conversion)", "2024",
      "52 rounds 51.8 (rounding).", ms, {**cross(I(ms, "x"), I(ms, "a"), R)})

group("jp_spending_growth_2024", "japan-tourism", "Growth of 2024 visitor spending: 53.4% over 2023 (two) and 69.1% over 2019 (two)",
      "Japan", "growth of spending by foreign visitors (percent)", "2024 vs 2023 / vs 2019",
      "Same figures agree; the two comparison years are different_basis.",
      [M(jp(3, "en"), 11, "a 53.4% increase from 2023", "53.4%", 53.4, PC, "yoy"),
       M(jp(10, "en"), 9, "surged 53.4 % yr on yr", "53.4 %", 53.4, PC, "yoy"),
       M(jp(3, "en"), 11, "a staggering 69.1% increase compared to 2019", "69.1%", 69.1, PC, "vs19"),
       M(jp(9, "en"), 7, "a 69.1 percent increase from 2019", "69.1 percent", 69.1, PC, "vs19")])

group("jp_spending_per_visitor", "japan-tourism", "Spending per foreign visitor: 227,242 yen in 2024 (two); 212,000 yen = 21.2萬日元 in 2023; 223,000 yen for January-September 2024; 2019's 159,000 yen",
      "Japan", "spending per visitor (JPY)", "2019 / 2023 / Jan-Sep 2024 / 2024",
      "Same periods agree (212,000 = 21.2萬); other periods different_basis.",
      [M(jp(9, "en"), 9, "rose to 227,242 yen", "227,242 yen", 227242.0, JPY, "y24"),
       M(jp(10, "en"), 13, "to 227,242 yen", "227,242 yen", 227242.0, JPY, "y24"),
       M(jp(5, "en"), 20, "rose to 212,000 yen in 2023", "212,000 yen", 212000.0, JPY, "y23"),
       M(jp(15, "hant"), 6, "人均消費金額為21.2萬日元", "21.2萬日元", 21.2e4, JPY, "y23"),
       M(jp(12, "en"), 15, "spending per visitor was 223,000 yen", "223,000 yen", 223000.0, JPY, "q3_24"),
       M(jp(5, "en"), 20, "from 159,000 yen in 2019", "159,000 yen", 159000.0, JPY, "y19")])

group("jp_spending_per_visitor_growth", "japan-tourism", "Growth of 2024 spending per visitor: 6.8 percent (two)",
      "Japan", "growth of spending per visitor (percent)", "2024",
      "Same figure restated (consistent).",
      [M(jp(9, "en"), 9, "an increase of 6.8 percent", "6.8 percent", 6.8, PC, "y24"),
       M(jp(10, "en"), 13, "rose 6.8 % yr on yr", "6.8 %", 6.8, PC, "y24")])

ms = [M(jp(10, "en"), 15, "December alone noticed 3.49 million", "3.49 million", 3.49e6, P, "d24"),
      M(jp(3, "en"), 20, "Sees Over 3.4 Million Visitors", "3.4 Million", 3.4e6, P, "d24", qualifier="over"),
      M(jp(5, "en"), 18, "stood at 2,734,000", "2,734,000", 2734000.0, P, "d23", k="x"),
      M(jp(6, "en"), 15, "December alone was 2.73 million", "2.73 million", 2.73e6, P, "d23", k="r"),
      M(jp(11, "en"), 11, "to some 3.14 million", "3.14 million", 3.14e6, P, "jun24", qualifier="approx", k="j"),
      M(jp(14, "hans"), 3, "来日外国人数量达到了314万", "314万", 314e4, P, "jun24", k="j"),
      M(jp(17, "hant"), 7, "6月的訪日客人數約314萬人次", "314萬", 314e4, P, "jun24", qualifier="approx", k="j"),
      M(jp(12, "en"), 9, "more than 2.87 million tourists", "2.87 million", 2.87e6, P, "sep24", qualifier="over")]
group("jp_arrivals_month", "japan-tourism", "Monthly visitor arrivals: December 2024 3.49 million vs 'Over 3.4 Million'; December 2023 2,734,000 vs 2.73 million; June 2024 3.14 million = 314万 = 314萬; September 2024 more than 2.87 million",
      "Japan", "monthly foreign visitor arrivals (persons)", "Dec 2023 / Jun 2024 / Sep 2024 / Dec 2024",
      "The bound contains 3.49 million (consistent); 2.73 million rounds 2,734,000 (rounding); June figures agree; other months different_basis.",
      ms, {**cross(I(ms, "r"), I(ms, "x"), R), (1, 2): K})

group("jp_arrivals_h1", "japan-tourism", "Visitor arrivals in January-June 2024: around 17.78 million = 约1778万 = 1778萬 (twice); January-June 2019 1663萬",
      "Japan", "foreign visitor arrivals in the first half (persons)", "H1 2024 / H1 2019",
      "Same half-year agrees; 2019 is another period (different_basis).",
      [M(jp(11, "en"), 11, "around 17.78 million", "17.78 million", 17.78e6, P, "h1_24", qualifier="approx"),
       M(jp(14, "hans"), 3, "日本访客人数约为1778万人", "1778万", 1778e4, P, "h1_24", qualifier="approx"),
       M(jp(17, "hant"), 4, "累計約1778萬人次", "1778萬", 1778e4, P, "h1_24", qualifier="approx"),
       M(jp(17, "hant"), 5, "訪日客累計1778萬人次", "1778萬", 1778e4, P, "h1_24"),
       M(jp(17, "hant"), 6, "為1663萬人次", "1663萬", 1663e4, P, "h1_19")])

group("jp_spending_partial_2024", "japan-tourism", "Visitor spending in parts of 2024: April-June 2兆1000亿日元 = 2兆1000億日圓; January-June about 3.9 trillion yen; January-September 5.8 trillion yen; July-September '1.94 billion yen' (asahi, for 1.94 trillion)",
      "Japan", "spending by foreign visitors in part of the year (JPY)", "Q2 / H1 / Q3 / Jan-Sep 2024",
      "The two Q2 figures agree; other periods different_basis.",
      [M(jp(14, "hans"), 3, "达到了2兆1000亿日元", "2兆1000亿日元", 2.1e12, JPY, "q2"),
       M(jp(17, "hant"), 5, "約2兆1000億日圓", "2兆1000億日圓", 2.1e12, JPY, "q2", qualifier="approx"),
       M(jp(11, "en"), 13, "about 3.9 trillion yen", "3.9 trillion yen", 3.9e12, JPY, "h1", qualifier="approx"),
       M(jp(12, "en"), 7, "Travelers spent 5.8 trillion yen", "5.8 trillion yen", 5.8e12, JPY, "jan_sep"),
       M(jp(12, "en"), 12, "came to 1.94 billion yen", "1.94 billion yen", 1.94e9, JPY, "q3", note="'billion' for trillion")])

group("jp_forecast_2024", "japan-tourism", "In-year forecasts of 2024 visitor arrivals: 35 million (two) = 3500万",
      "Japan", "forecast of foreign visitor arrivals (persons)", "2024 (forecast)",
      "Same forecast restated (consistent).",
      [M(jp(11, "en"), 13, "may reach 35 million in 2024", "35 million", 35e6, P, "fc24"),
       M(jp(12, "en"), 16, "visitor numbers in 2024 will reach 35 million", "35 million", 35e6, P, "fc24"),
       M(jp(14, "hans"), 3, "最多将达到3500万人", "3500万", 3500e4, P, "fc24")])

group("jp_target_2030_visitors", "japan-tourism", "Japan's 2030 target of 60 million foreign visitors (five) = 6000万人",
      "Japan", "target for foreign visitor arrivals (persons)", "2030 (target)",
      "Same target restated (consistent).",
      [M(jp(2, "en"), 17, "attracting 60 million foreign visitors", "60 million", 60e6, P, "t30"),
       M(jp(9, "en"), 10, "attract 60 million inbound visitors", "60 million", 60e6, P, "t30"),
       M(jp(10, "en"), 17, "attracting 60 million annual guests", "60 million", 60e6, P, "t30"),
       M(jp(11, "en"), 9, "attracting 60 million visitors", "60 million", 60e6, P, "t30"),
       M(jp(13, "en"), 3, "foreign visitors to 60 million", "60 million", 60e6, P, "t30"),
       M(jp(14, "hans"), 3, "年访客数量达到6000万人", "6000万", 6000e4, P, "t30")])

group("jp_target_2030_spending", "japan-tourism", "Japan's 2030 target of 15 trillion yen of visitor spending (four) = 15兆日元; NHK's '95 billion dollars'",
      "Japan", "target for visitor spending (JPY)", "2030 (target)",
      "Same target restated (consistent); the dollar conversion is in another unit (different_basis).",
      [M(jp(9, "en"), 10, "15 trillion yen by 2030", "15 trillion yen", 15e12, JPY, "t30"),
       M(jp(10, "en"), 17, "15 trillion yen in spending", "15 trillion yen", 15e12, JPY, "t30"),
       M(jp(11, "en"), 9, "total spending of 15 trillion yen", "15 trillion yen", 15e12, JPY, "t30"),
       M(jp(13, "en"), 3, "total spending to 15 trillion yen", "15 trillion yen", 15e12, JPY, "t30"),
       M(jp(14, "hans"), 3, "年消费额达到15兆日元", "15兆日元", 15e12, JPY, "t30"),
       M(jp(2, "en"), 17, "spend 95 billion dollars", "95 billion dollars", 95e9, USD, "t30_usd")])

ms = [M(jp(6, "en"), 9, "South Korea at 6.96 million", "6.96 million", 6.96e6, P, "kr", k="kk"),
      M(jp(7, "en"), 16, "South Korea at 6.96 million", "6.96 million", 6.96e6, P, "kr", k="kk"),
      M(jp(5, "en"), 24, "South Korea at 6.95 million", "6.95 million", 6.95e6, P, "kr", k="kj"),
      M(jp(6, "en"), 9, "Taiwan at 4.20 million", "4.20 million", 4.2e6, P, "tw"),
      M(jp(7, "en"), 16, "Taiwan at 4.20 million", "4.20 million", 4.2e6, P, "tw"),
      M(jp(5, "en"), 24, "Taiwan was second at 4.2 million", "4.2 million", 4.2e6, P, "tw"),
      M(jp(6, "en"), 9, "second at 2.43 million", "2.43 million", 2.43e6, P, "cn", k="ck"),
      M(jp(7, "en"), 16, "China at 2.43 million", "2.43 million", 2.43e6, P, "cn", k="ck"),
      M(jp(5, "en"), 24, "mainland China at 2.42 million", "2.42 million", 2.42e6, P, "cn", k="cj"),
      M(jp(7, "en"), 16, "Hong Kong at 2.11 million", "2.11 million", 2.11e6, P, "hk"),
      M(jp(5, "en"), 24, "Hong Kong at 2.11 million", "2.11 million", 2.11e6, P, "hk"),
      M(jp(7, "en"), 20, "jumped to 2.05 million", "2.05 million", 2.05e6, P, "us", k="uk"),
      M(jp(5, "en"), 24, "United States at 2.04 million", "2.04 million", 2.04e6, P, "us", k="uj")]
group("jp_arrivals_2023_country", "japan-tourism", "2023 visitors to Japan by country: South Korea 6.96 million (Kyodo, two) vs 6.95 million (Jiji); Taiwan 4.20 = 4.2 million; China 2.43 (two) vs 2.42 million; Hong Kong 2.11 (two); United States 2.05 vs 2.04 million",
      "Japan (by origin)", "foreign visitor arrivals by country (persons)", "2023",
      "Kyodo rounds JNTO's counts, Jiji truncates them: same precision, different values: conflict with rounding as alt. Other countries are different_basis.",
      ms, {**cross(I(ms, "kk"), I(ms, "kj"), (C, R)), **cross(I(ms, "ck"), I(ms, "cj"), (C, R)),
           **cross(I(ms, "uk"), I(ms, "uj"), (C, R))})

ms = [M(jp(2, "en"), 13, "were each about 58 percent higher than 2019", "58 percent", 58.0, PC, "kr_us", qualifier="approx", k="a", note="South Korea and the US each"),
      M(jp(9, "en"), 5, "rose by about 58 percent each", "58 percent", 58.0, PC, "kr_us", qualifier="approx", k="a", note="South Korea and the US each"),
      M(jp(3, "en"), 15, "A massive increase of 249.8% compared to 2019", "249.8%", 249.8, PC, "kr_us", k="k", note="South Korea"),
      M(jp(3, "en"), 16, "A 65.1% increase over 2019", "65.1%", 65.1, PC, "kr_us", k="u", note="United States"),
      M(jp(2, "en"), 13, "dropped by 27.2 percent", "27.2 percent", -27.2, PC, "cn"),
      M(jp(9, "en"), 5, "declined by 27.2 percent", "27.2 percent", -27.2, PC, "cn")]
group("jp_arrivals_2024_country_vs2019", "japan-tourism", "2024 visitors by country against 2019: South Korea and the US 'each about 58 percent' higher (two) vs note.com's South Korea +249.8% and United States +65.1%; mainland China -27.2 percent (two)",
      "Japan (by origin)", "change of visitor arrivals 2024 vs 2019 by country (percent)", "2024 vs 2019",
      "note.com's 249.8% (South Korea) and 65.1% (US) disagree with 'about 58 percent' for each (conflict); they are different countries from each other (different_basis). China's -27.2 percent agrees.",
      ms, {**cross(I(ms, "k", "u"), I(ms, "a"), C), (3, 4): D})

ms = [M(jp(7, "en"), 24, "the largest portion of 34.6 percent", "34.6 percent", 34.6, PC, "acc_share"),
      M(jp(15, "hant"), 5, "佔34.6%", "34.6%", 34.6, PC, "acc_share"),
      M(jp(7, "en"), 24, "or 1.8 trillion yen", "1.8 trillion yen", 1.8e12, JPY, "acc", k="r1"),
      M(jp(15, "hant"), 5, "住宿費居首,為1.8289萬億日元", "1.8289萬億日元", 1.8289e12, JPY, "acc", k="x1"),
      M(jp(7, "en"), 24, "stood at 1.4 trillion yen", "1.4 trillion yen", 1.4e12, JPY, "shop", k="r2"),
      M(jp(15, "hant"), 5, "購物支出為1.3954萬億日元", "1.3954萬億日元", 1.3954e12, JPY, "shop", k="x2"),
      M(jp(7, "en"), 24, "and 1.2 trillion yen", "1.2 trillion yen", 1.2e12, JPY, "dine", k="r3"),
      M(jp(15, "hant"), 5, "餐飲費為1.1957萬億日元", "1.1957萬億日元", 1.1957e12, JPY, "dine", k="x3")]
group("jp_spending_2023_items", "japan-tourism", "2023 visitor spending by item: accommodation 34.6 percent (two) and 1.8 trillion yen vs 1.8289萬億日元; shopping 1.4 trillion vs 1.3954萬億; food and drink 1.2 trillion vs 1.1957萬億",
      "Japan", "spending by foreign visitors by item (JPY / percent)", "2023",
      "Kyodo's one-decimal trillions round the People's Daily's figures (rounding); different items are different_basis.",
      ms, {**cross(I(ms, "r1"), I(ms, "x1"), R), **cross(I(ms, "r2"), I(ms, "x2"), R), **cross(I(ms, "r3"), I(ms, "x3"), R)})

group("jp_spending_2023_share", "japan-tourism", "Shares of 2023 visitor spending by origin: Taiwan 14.7 percent (two); mainland China 14.4 pct; South Korea 14.1 pct",
      "Japan (by origin)", "share of visitor spending (percent)", "2023",
      "Taiwan's share restated (consistent); other origins different_basis.",
      [M(jp(7, "en"), 22, "comprising 14.7 percent", "14.7 percent", 14.7, PC, "tw"),
       M(jp(5, "en"), 22, "accounted for 14.7 pct", "14.7 pct", 14.7, PC, "tw"),
       M(jp(5, "en"), 22, "came next at 14.4 pct", "14.4 pct", 14.4, PC, "cn"),
       M(jp(5, "en"), 22, "South Korea at 14.1 pct", "14.1 pct", 14.1, PC, "kr")])

group("jp_arrivals_2025", "japan-tourism", "Visitor arrivals to Japan in 2025: some 42.7 million = 4270万 = 约4,270萬 and the bounds 'exceeding 40 million' / 突破4000万 / 突破4千萬",
      "Japan", "foreign visitor arrivals (persons)", "2025",
      "Same figure in three languages (consistent); the bounds contain it (consistent).",
      [M(jp(13, "en"), 3, "some 42.7 million in 2025", "42.7 million", 42.7e6, P, "y25", qualifier="approx"),
       M(jp(18, "hans"), 3, "估计达到4270万人次", "4270万", 4270e4, P, "y25", qualifier="approx"),
       M(jp(20, "hant"), 3, "達約4,270萬人次", "4,270萬", 4270e4, P, "y25", qualifier="approx"),
       M(jp(13, "en"), 3, "exceeding 40 million for the first time", "40 million", 40e6, P, "y25", qualifier="over"),
       M(jp(18, "hans"), 23, "史上首次突破4000万人次", "4000万", 4000e4, P, "y25", qualifier="over"),
       M(jp(20, "hant"), 3, "首次突破4千萬人次", "4千萬", 4000e4, P, "y25", qualifier="over")],
      {**cross((1, 2, 3), (4, 5, 6), K)})

group("jp_spending_2025", "japan-tourism", "Visitor spending in 2025: some 9.5 trillion yen = 约9.5兆日圆 = 9.5萬億日圓 (twice)",
      "Japan", "spending by foreign visitors (JPY)", "2025",
      "Same figure restated (consistent).",
      [M(jp(13, "en"), 3, "some 9.5 trillion yen", "9.5 trillion yen", 9.5e12, JPY, "y25", qualifier="approx"),
       M(jp(18, "hans"), 11, "预计约为9.5兆日圆", "9.5兆日圆", 9.5e12, JPY, "y25", qualifier="approx"),
       M(jp(20, "hant"), 3, "消費總額破紀錄達9.5萬億日圓", "9.5萬億日圓", 9.5e12, JPY, "y25"),
       M(jp(20, "hant"), 3, "總額亦破紀錄達9.5萬億日圓", "9.5萬億日圓", 9.5e12, JPY, "y25")])

group("jp_china_dec_2025", "japan-tourism", "Visitors from China in December 2025: down about 45 percent (four) to about 330,000 = 約33萬",
      "Japan (from China)", "visitors from China (persons / change in percent)", "December 2025",
      "Same figures in three languages (consistent); the change and the level are different quantities (different_basis).",
      [M(jp(13, "en"), 3, "plunged about 45 pct", "45 pct", -45.0, PC, "chg", qualifier="approx"),
       M(jp(18, "hans"), 3, "较前年同月减少约45%", "45%", -45.0, PC, "chg", qualifier="approx"),
       M(jp(18, "hans"), 15, "比前年同月相比减少45％", "45％", -45.0, PC, "chg"),
       M(jp(20, "hant"), 3, "減少約45%", "45%", -45.0, PC, "chg", qualifier="approx"),
       M(jp(13, "en"), 3, "to about 330,000", "330,000", 330000.0, P, "lvl", qualifier="approx"),
       M(jp(20, "hant"), 3, "只有約33萬人次", "33萬", 33e4, P, "lvl", qualifier="approx")])

# ============================================================ Vietnam: FDI and trade
ms = [M(vn(1, "en"), 3, "estimated at 25.35 billion USD", "25.35 billion USD", 25.35e9, USD, "y24"),
      M(vn(1, "en"), 6, "about 25.35 billion USD", "25.35 billion USD", 25.35e9, USD, "y24", qualifier="approx"),
      M(vn(2, "en"), 5, "estimated at USD 25.35 billion", "USD 25.35 billion", 25.35e9, USD, "y24"),
      M(vn(2, "en"), 8, "estimated at 25,35 billion USD", "25,35 billion USD", 25.35e9, USD, "y24", note="decimal comma"),
      M(vn(3, "en"), 3, "estimated at 25.35 billion USD", "25.35 billion USD", 25.35e9, USD, "y24"),
      M(vn(3, "en"), 10, "estimated to reach 25.35 billion USD", "25.35 billion USD", 25.35e9, USD, "y24"),
      M(vn(7, "en"), 5, "$25.35 billion last year", "$25.35 billion", 25.35e9, USD, "y24"),
      M(vn(4, "en"), 5, "some 23.18 billion dollars were disbursed", "23.18 billion dollars", 23.18e9, USD, "y23", qualifier="approx"),
      M(vn(5, "en"), 9, "around US$23.18 billion", "US$23.18 billion", 23.18e9, USD, "y23", qualifier="approx"),
      M(vn(6, "en"), 3, "reached US$23.18 billion in 2023", "US$23.18 billion", 23.18e9, USD, "y23"),
      M(vn(7, "en"), 5, "$23.18 billion in 2023", "$23.18 billion", 23.18e9, USD, "y23"),
      M(vn(7, "en"), 5, "$22.4 billion in 2022", "$22.4 billion", 22.4e9, USD, "y22"),
      M(vn(7, "en"), 5, "$19.74 billion in 2021", "$19.74 billion", 19.74e9, USD, "y21"),
      M(vn(7, "en"), 5, "a record high at $27.62 billion", "$27.62 billion", 27.62e9, USD, "y25", k="a"),
      M(vn(7, "en"), 6, "Of the $27.62 billion", "$27.62 billion", 27.62e9, USD, "y25", k="a"),
      M(vn(12, "hans"), 6, "FDI到位资金达276亿美元以上", "276亿美元", 276e8, USD, "y25", qualifier="at_least", k="b")]
group("vn_fdi_disbursed", "vietnam-fdi", "Disbursed (realised) FDI in Vietnam: 25.35 billion USD in 2024 (seven, one with a decimal comma '25,35'); 23.18 billion in 2023 (four); 22.4 billion in 2022; 19.74 billion in 2021; 27.62 billion in 2025 (twice) and 276亿美元以上",
      "Vietnam", "disbursed FDI (USD)", "2021-2025",
      "Same years agree (the decimal comma read as a point; 276亿以上 contains 27.62 billion); other years different_basis.",
      ms, {**cross(I(ms, "b"), I(ms, "a"), K)})

group("vn_fdi_disbursed_growth", "vietnam-fdi", "Growth of disbursed FDI: 9.4% in 2024 (six, one '9,4%'); 3.5 percent in 2023 (three); 9 percent in 2025 (two)",
      "Vietnam", "growth of disbursed FDI (percent)", "2023 / 2024 / 2025",
      "Same years agree; other years different_basis.",
      [M(vn(1, "en"), 3, "an increase of 9.4% compared to 2023. Cumulatively", "9.4%", 9.4, PC, "y24"),
       M(vn(1, "en"), 6, "an increase of 9.4% compared to 2023. This", "9.4%", 9.4, PC, "y24"),
       M(vn(2, "en"), 5, "a 9.4% increase compared to 2023", "9.4%", 9.4, PC, "y24"),
       M(vn(2, "en"), 8, "up 9,4% over the same period", "9,4%", 9.4, PC, "y24", note="decimal comma"),
       M(vn(3, "en"), 3, "up 9.4% over the same period in 2023", "9.4%", 9.4, PC, "y24"),
       M(vn(3, "en"), 10, "up 9.4% year-on-year", "9.4%", 9.4, PC, "y24"),
       M(vn(4, "en"), 5, "an increase of 3.5 percent", "3.5 percent", 3.5, PC, "y23"),
       M(vn(5, "en"), 9, "up 3.5 percent over the year 2022", "3.5 percent", 3.5, PC, "y23"),
       M(vn(6, "en"), 3, "up 3.5 per cent year-on-year", "3.5 per cent", 3.5, PC, "y23"),
       M(vn(7, "en"), 5, "up 9 per cent from the previous year", "9 per cent", 9.0, PC, "y25"),
       M(vn(12, "hans"), 6, "同比增长9%", "9%", 9.0, PC, "y25")])

ms = [M(vn(1, "en"), 3, "reached nearly 38.23 billion USD, a 3% decrease compared to 2023. The", "38.23 billion USD", 38.23e9, USD, "y24", qualifier="under"),
      M(vn(1, "en"), 12, "reached nearly 38.23 billion USD", "38.23 billion USD", 38.23e9, USD, "y24", qualifier="under"),
      M(vn(2, "en"), 10, "reached USD 38,23 billion", "USD 38,23 billion", 38.23e9, USD, "y24", note="decimal comma"),
      M(vn(3, "en"), 3, "reached 38.23 billion USD, a slight", "38.23 billion USD", 38.23e9, USD, "y24"),
      M(vn(3, "en"), 16, "reached 38.23 billion USD this year", "38.23 billion USD", 38.23e9, USD, "y24"),
      M(vn(7, "en"), 4, "had reached $38.42 billion", "$38.42 billion", 38.42e9, USD, "y25", k="a"),
      M(vn(7, "en"), 8, "foreign investment of $38.42 billion in 2025", "$38.42 billion", 38.42e9, USD, "y25", k="a"),
      M(vn(12, "hans"), 6, "FDI注册资本总额超过384亿美元", "384亿美元", 384e8, USD, "y25", qualifier="over", k="b"),
      M(vn(4, "en"), 3, "around 36.6 billion U.S. dollars", "36.6 billion", 36.6e9, USD, "y23", qualifier="approx", k="r"),
      M(vn(5, "en"), 3, "neared US$36.61 billion", "US$36.61 billion", 36.61e9, USD, "y23", qualifier="under", k="s"),
      M(vn(6, "en"), 5, "to nearly $36.62 billion", "$36.62 billion", 36.62e9, USD, "y23", qualifier="under", k="e")]
group("vn_fdi_registered", "vietnam-fdi", "Total registered FDI (new, additional and share purchases) in Vietnam: 38.23 billion USD in 2024 (five, one '38,23'); 38.42 billion in 2025 (two) and 超过384亿; 2023: around 36.6 billion (Xinhua) vs 'neared US$36.61 billion' (sggp) vs 'nearly $36.62 billion' (einpresswire)",
      "Vietnam", "registered FDI (USD)", "2023 / 2024 / 2025",
      "Same figures agree; 超过384亿 contains 38.42 billion (consistent). For 2023 the FIA's 36.61 and 36.62 billion (both 'nearly') disagree at the same precision: conflict with rounding as alt; 36.6 rounds both (rounding).",
      ms, {**cross(I(ms, "b"), I(ms, "a"), K), **cross(I(ms, "r"), I(ms, "s", "e"), R), **cross(I(ms, "s"), I(ms, "e"), (C, R))})

ms = [M(vn(1, "en"), 3, "a 3% decrease compared to 2023. The capital", "3%", -3.0, PC, "y24"),
      M(vn(1, "en"), 12, "a 3% decrease compared to 2023.", "3%", -3.0, PC, "y24"),
      M(vn(2, "en"), 10, "a decrease of 3% compared", "3%", -3.0, PC, "y24"),
      M(vn(3, "en"), 3, "a slight 3% year-on-year decrease", "3%", -3.0, PC, "y24"),
      M(vn(3, "en"), 16, "slight decrease of 3%", "3%", -3.0, PC, "y24"),
      M(vn(7, "en"), 4, "up 0.5 per cent on-year", "0.5 per cent", 0.5, PC, "y25"),
      M(vn(12, "hans"), 6, "同比增长0.5%", "0.5%", 0.5, PC, "y25"),
      M(vn(4, "en"), 3, "a rise of 32.1 percent year on year", "32.1 percent", 32.1, PC, "y23", k="x"),
      M(vn(5, "en"), 3, "up 32.1 percent over the same period in 2022", "32.1 percent", 32.1, PC, "y23", k="x"),
      M(vn(6, "en"), 5, "a significant increase of 32 per cent", "32 per cent", 32.0, PC, "y23", k="r")]
group("vn_fdi_registered_growth", "vietnam-fdi", "Change of registered FDI: -3% in 2024 (five); +0.5 per cent in 2025 (two); 2023 +32.1 percent (two) vs einpresswire's 32 per cent",
      "Vietnam", "change of registered FDI (percent)", "2023 / 2024 / 2025",
      "32 per cent rounds 32.1 percent (rounding); other figures agree within their years.",
      ms, {**cross(I(ms, "r"), I(ms, "x"), R)})

ms = [M(vn(5, "en"), 11, "there were 3,188 newly registered projects", "3,188", 3188.0, CNT, "n23_proj"),
      M(vn(6, "en"), 7, "Up to 3,188 new foreign-invested projects", "3,188", 3188.0, CNT, "n23_proj"),
      M(vn(5, "en"), 11, "the total value of nearly US$20.19 billion", "US$20.19 billion", 20.19e9, USD, "n23_cap", qualifier="under", k="s"),
      M(vn(6, "en"), 7, "a total registered capital of over $36.6 billion", "$36.6 billion", 36.6e9, USD, "n23_cap", qualifier="over", k="e", note="the year's total registered FDI given as the new projects' capital"),
      M(vn(5, "en"), 11, "an increase of 56.6 percent", "56.6 percent", 56.6, PC, "n23_proj_g", k="x1"),
      M(vn(6, "en"), 7, "up 57 per cent and 62 per cent", "57 per cent", 57.0, PC, "n23_proj_g", k="r1"),
      M(vn(5, "en"), 11, "up 62.2 percent over the same period last year", "62.2 percent", 62.2, PC, "n23_cap_g", k="x2"),
      M(vn(6, "en"), 7, "57 per cent and 62 per cent, respectively", "62 per cent", 62.0, PC, "n23_cap_g", k="r2"),
      M(vn(5, "en"), 15, "Vietnam had 1,262 projects", "1,262", 1262.0, CNT, "a23_proj"),
      M(vn(6, "en"), 9, "At the same time, 1,262 operating projects", "1,262", 1262.0, CNT, "a23_proj"),
      M(vn(5, "en"), 15, "more than US$7.88 billion", "US$7.88 billion", 7.88e9, USD, "a23_cap", qualifier="over"),
      M(vn(6, "en"), 9, "by over $7.88 billion", "$7.88 billion", 7.88e9, USD, "a23_cap", qualifier="over"),
      M(vn(5, "en"), 15, "down to 22.1 percent", "22.1 percent", -22.1, PC, "a23_cap_g", k="x3"),
      M(vn(6, "en"), 9, "down 22 per cent in terms of capital", "22 per cent", -22.0, PC, "a23_cap_g", k="r3"),
      M(vn(5, "en"), 17, "more than US$8.5 billion", "US$8.5 billion", 8.5e9, USD, "s23_cap", qualifier="over", k="b"),
      M(vn(6, "en"), 9, "66 per cent to $8.5 billion", "$8.5 billion", 8.5e9, USD, "s23_cap", k="c"),
      M(vn(5, "en"), 17, "increasing 65.7 percent", "65.7 percent", 65.7, PC, "s23_cap_g", k="x4"),
      M(vn(6, "en"), 9, "a yearly hike of 66 per cent", "66 per cent", 66.0, PC, "s23_cap_g", k="r4")]
group("vn_fdi_2023_components", "vietnam-fdi", "Components of 2023 registered FDI (FIA): 3,188 new projects (two) with nearly US$20.19 billion (sggp) vs 'over $36.6 billion' (einpresswire), +56.6 vs 57 per cent, +62.2 vs 62 per cent; 1,262 projects adding over 7.88 billion (two), -22.1 vs 22 per cent; share purchases over / to 8.5 billion, +65.7 vs 66 per cent",
      "Vietnam", "newly registered / additional / share-purchase FDI (USD, count, percent)", "2023",
      "einpresswire rounds the FIA's rates to whole per cents (rounding) but gives the year's total (over $36.6 billion) as the new projects' capital, against sggp's nearly US$20.19 billion: conflict. 'more than 8.5' contains 8.5 (consistent).",
      ms, {**cross(I(ms, "s"), I(ms, "e"), C), **cross(I(ms, "x1"), I(ms, "r1"), R), **cross(I(ms, "x2"), I(ms, "r2"), R),
           **cross(I(ms, "x3"), I(ms, "r3"), R), **cross(I(ms, "x4"), I(ms, "r4"), R), **cross(I(ms, "b"), I(ms, "c"), K)})

group("vn_fdi_2023_manufacturing", "vietnam-fdi", "Registered FDI in processing-manufacturing in 2023: 23.5 billion (two), 64.2 percent of the total (two), +39.9 percent (Xinhua) vs einpresswire's 40 per cent",
      "Vietnam", "registered FDI in manufacturing (USD, percent)", "2023",
      "40 per cent rounds 39.9 percent (rounding); the rest agrees.",
      [M(vn(4, "en"), 9, "receiving 23.5 billion dollars", "23.5 billion dollars", 23.5e9, USD, "cap"),
       M(vn(6, "en"), 15, "with over $23.5 billion", "$23.5 billion", 23.5e9, USD, "cap", qualifier="over"),
       M(vn(4, "en"), 9, "or 64.2 percent of the total FDI capital", "64.2 percent", 64.2, PC, "share"),
       M(vn(6, "en"), 15, "equivalent to 64.2 per cent of the total", "64.2 per cent", 64.2, PC, "share"),
       M(vn(4, "en"), 9, "up 39.9 percent year on year", "39.9 percent", 39.9, PC, "growth"),
       M(vn(6, "en"), 15, "up 40 per cent year-on-year", "40 per cent", 40.0, PC, "growth")],
      {(5, 6): R})

group("vn_fdi_2023_origin_count", "vietnam-fdi", "Countries and territories investing in Vietnam in 2023: 111 (two)",
      "Vietnam", "number of investing countries and territories (count)", "2023",
      "Same figure restated (consistent).",
      [M(vn(4, "en"), 13, "came from 111 countries and regions", "111", 111.0, CNT, "y23"),
       M(vn(6, "en"), 19, "Among 111 countries", "111", 111.0, CNT, "y23")])

ms = [M(vn(1, "en"), 14, "New Registrations: 3,375 new investment projects", "3,375", 3375.0, CNT, "new24", k="x"),
      M(vn(3, "en"), 18, "There were 3,375 projects worth", "3,375", 3375.0, CNT, "new24", k="x"),
      M(vn(2, "en"), 12, "with 1.539 projects", "1.539", 1539.0, CNT, "new24", k="s", note="'1.539' with a point as thousands separator; the adjusted-capital project count given as the new projects'"),
      M(vn(3, "en"), 19, "There were 1,539 projects had their capital added", "1,539", 1539.0, CNT, "adj24"),
      M(vn(2, "en"), 12, "worth 19,7 billion USD", "19,7 billion USD", 19.7e9, USD, "new24_cap", note="decimal comma"),
      M(vn(3, "en"), 18, "projects worth 19.7 billion USD", "19.7 billion USD", 19.7e9, USD, "new24_cap"),
      M(vn(2, "en"), 12, "down 7,6% in value", "7,6%", -7.6, PC, "new24_cap_g"),
      M(vn(3, "en"), 18, "down 7.6% in value", "7.6%", -7.6, PC, "new24_cap_g"),
      M(vn(1, "en"), 14, "an increase of 1.8% compared to 2", "1.8%", 1.8, PC, "new24_proj_g"),
      M(vn(2, "en"), 12, "up 1,8% in number", "1,8%", 1.8, PC, "new24_proj_g"),
      M(vn(3, "en"), 18, "up 1.8% in number", "1.8%", 1.8, PC, "new24_proj_g")]
group("vn_fdi_2024_new", "vietnam-fdi", "Newly registered FDI in 2024: 3,375 new projects (two) vs sitelocationadviser's '1.539 projects' (the adjusted-capital count, 1,539 in mpi); 19.7 billion USD = 19,7 (decimal comma), -7.6%, +1.8% in number",
      "Vietnam", "newly registered FDI projects and capital (count, USD, percent)", "2024",
      "'1.539 projects' given as the number of new projects disagrees with 3,375 (conflict); it equals the adjusted-capital projects (different_basis). The rest agrees.",
      ms, {**cross(I(ms, "s"), I(ms, "x"), C)})

ms = [M(vn(1, "en"), 8, "estimated at nearly 290.9 billion USD", "290.9 billion USD", 290.9e9, USD, "exp", qualifier="under"),
      M(vn(3, "en"), 12, "estimated at about 290.9 billion USD", "290.9 billion USD", 290.9e9, USD, "exp", qualifier="approx"),
      M(vn(1, "en"), 8, "an increase of 12.3% compared to 2023", "12.3%", 12.3, PC, "exp_g"),
      M(vn(3, "en"), 12, "up 12.3% year-on-year", "12.3%", 12.3, PC, "exp_g"),
      M(vn(1, "en"), 8, "accounting for nearly 71.7% of total export turnover", "71.7%", 71.7, PC, "exp_share", qualifier="under"),
      M(vn(3, "en"), 12, "accounting for 71.7% of export turnover", "71.7%", 71.7, PC, "exp_share"),
      M(vn(1, "en"), 8, "exports reached over 289.2 billion USD", "289.2 billion USD", 289.2e9, USD, "exp_xoil", qualifier="over"),
      M(vn(3, "en"), 12, "was over 289.2 billion USD", "289.2 billion USD", 289.2e9, USD, "exp_xoil", qualifier="over"),
      M(vn(1, "en"), 9, "estimated at nearly 240.7 billion USD", "240.7 billion USD", 240.7e9, USD, "imp", qualifier="under", k="g"),
      M(vn(3, "en"), 13, "sector attained 241.6 billion USD", "241.6 billion USD", 241.6e9, USD, "imp", k="m"),
      M(vn(1, "en"), 9, "an increase of 15.1% compared to 2023", "15.1%", 15.1, PC, "imp_g"),
      M(vn(3, "en"), 13, "an increase of 15.1% over the previous period", "15.1%", 15.1, PC, "imp_g"),
      M(vn(1, "en"), 10, "a trade surplus of nearly 50.3 billion USD", "50.3 billion USD", 50.3e9, USD, "bal", qualifier="under"),
      M(vn(3, "en"), 14, "a trade surplus of about 50.3 billion USD", "50.3 billion USD", 50.3e9, USD, "bal", qualifier="approx"),
      M(vn(1, "en"), 10, "recorded a trade surplus of over 25.5 billion USD", "25.5 billion USD", 25.5e9, USD, "dom_bal", qualifier="over", k="g2", note="'surplus'"),
      M(vn(3, "en"), 14, "had a trade deficit of over 25.5 billion USD", "25.5 billion USD", -25.5e9, USD, "dom_bal", qualifier="over", k="m2", note="'deficit'")]
group("vn_fdi_sector_trade_2024", "vietnam-fdi", "Trade of Vietnam's FDI sector in 2024 (MPI): exports 290.9 billion USD (+12.3%, 71.7% of the total; over 289.2 billion excluding crude oil), imports nearly 240.7 (gilimexip) vs 241.6 billion (mpi), +15.1%, surplus 50.3 billion; the domestic sector's balance: gilimexip's 'trade surplus of over 25.5 billion' vs mpi's 'trade deficit of over 25.5 billion'",
      "Vietnam (FDI sector)", "FDI-sector exports, imports and balances (USD, percent)", "2024",
      "240.7 vs 241.6 billion for the same imports: conflict. The domestic sector's 25.5 billion is a surplus in one text and a deficit in the other: conflict. The rest agrees ('nearly' / 'about' the same figure: consistent).",
      ms, {**cross(I(ms, "g"), I(ms, "m"), C), **cross(I(ms, "g2"), I(ms, "m2"), C)})

group("vn_fdi_export_share", "vietnam-fdi", "Share of foreign-invested firms in Vietnam's exports: 约78% (2025, vnanet) vs 70-75% (vnanet, '出口仍高度依赖外资领域')",
      "Vietnam (FDI sector)", "share of exports (percent)", "2025 / current",
      "The 70-75% range in a 2025 overview and the 78% for 2025 are hard to reconcile but the range is given without a year: different_basis, conflict as alt.",
      [M(vn(12, "hans"), 9, "外资企业贡献了全国约78%的出口额", "78%", 78.0, PC, "y25", qualifier="approx"),
       M(vn(14, "hans"), 21, "约占出口总额的70-75%", "70-75%", [70.0, 75.0], PC, "cur", qualifier="approx")],
      {(1, 2): (D, C)})

ms = [M(vn(8, "en"), 5, "to $405.53 billion", "$405.53 billion", 405.53e9, USD, "y24"),
      M(vn(9, "en"), 5, "exports brought in US$384 billion", "US$384 billion", 384e9, USD, "to_dec14"),
      M(vn(10, "en"), 15, "Exports are projected at US$449.41 billion", "US$449.41 billion", 449.41e9, USD, "y25", k="c"),
      M(vn(13, "hans"), 7, "出口额达4494.1亿美元", "4494.1亿美元", 4494.1e8, USD, "y25", k="c"),
      M(vn(11, "en"), 3, "Exports surge to around 475 billion USD in 2025", "475 billion USD", 475e9, USD, "y25", qualifier="approx", k="n"),
      M(vn(11, "en"), 7, "Exports surge to around 475 billion USD in 2025", "475 billion USD", 475e9, USD, "y25", qualifier="approx", k="n", note="photo caption"),
      M(vn(11, "en"), 8, "Exports surge to around 475 billion USD in 2025", "475 billion USD", 475e9, USD, "y25", qualifier="approx", k="n", note="photo caption repeated"),
      M(vn(11, "en"), 10, "estimated at approximately 475 billion USD", "475 billion USD", 475e9, USD, "y25", qualifier="approx", k="n"),
      M(vn(14, "hans"), 9, "增长至2025年的约4750亿美元", "4750亿美元", 4750e8, USD, "y25", qualifier="approx", k="n"),
      M(vn(14, "hans"), 9, "出口额从2020年的2815亿美元", "2815亿美元", 2815e8, USD, "y20")]
group("vn_exports", "vietnam-trade", "Vietnam's exports: 2024 $405.53 billion (GSO) and US$384 billion to 14 December; 2025: the customs authority's projection US$449.41 billion = 4494.1亿美元 vs about 475 billion USD (nhandan, four times) = 约4750亿美元; 2020 2815亿美元",
      "Vietnam", "exports (USD)", "2020 / 2024 / 2025",
      "For 2025 the customs projection of 25 December (449.41 billion) and the later estimate (about 475 billion) disagree: conflict, different_basis as alt (estimate vintages). Other periods different_basis.",
      ms, {**cross(I(ms, "c"), I(ms, "n"), (C, D))})

ms = [M(vn(8, "en"), 5, "Exports in 2024 grew 14.3 percent", "14.3 percent", 14.3, PC, "y24"),
      M(vn(9, "en"), 5, "an increase of nearly 14.5%", "14.5%", 14.5, PC, "to_dec14", qualifier="under"),
      M(vn(13, "hans"), 7, "出口额达4494.1亿美元，增长18%", "18%", 18.0, PC, "y25", k="c"),
      M(vn(11, "en"), 10, "up 17% compared with 2024", "17%", 17.0, PC, "y25", k="n"),
      M(vn(17, "hant"), 5, "對全球出口反較二○二四年成長一成七", "一成七", 17.0, PC, "y25", k="n")]
group("vn_exports_growth", "vietnam-trade", "Growth of Vietnam's exports: 2024 14.3 percent (GSO) and nearly 14.5% to 14 December; 2025 18% (customs projection, vnanet) vs 17% (nhandan) = 一成七 (udn)",
      "Vietnam", "growth of exports (percent)", "2024 / 2025",
      "For 2025, 18% (with the 449.41 billion projection) vs 17% (with the 475 billion estimate): conflict, different_basis as alt; 17% = 一成七 (consistent). Partial-year figures are different_basis.",
      ms, {**cross(I(ms, "c"), I(ms, "n"), (C, D))})

group("vn_imports_2025", "vietnam-trade", "Vietnam's imports in 2025 (customs projection): US$470.59 billion = 4705.9亿美元",
      "Vietnam", "imports (USD)", "2025",
      "Same figure in two languages (consistent).",
      [M(vn(10, "en"), 15, "imports are estimated at US$470.59 billion", "US$470.59 billion", 470.59e9, USD, "y25"),
       M(vn(13, "hans"), 7, "进口额达4705.9亿美元", "4705.9亿美元", 4705.9e8, USD, "y25")])

group("vn_trade_total", "vietnam-trade", "Vietnam's total merchandise trade: 2025 about US$920 billion (twice) = 约9200亿美元 = udn's 突破九二○○億美元, with the bounds 'surpassed US$900 billion' / 首次达到9000亿美元; 2024 7860亿美元 vs the December forecast US$782 billion, US$745 billion to 14 December and the 'US$800 billion mark'",
      "Vietnam", "import-export turnover (USD)", "2024 / 2025",
      "The 2025 figures agree (Chinese numerals read as 9200億; bounds contain 920 billion). The 2024 forecast, partial-year total and round mark are different_basis against the outcome.",
      [M(vn(10, "en"), 7, "expected to reach around US$920 billion", "US$920 billion", 920e9, USD, "y25", qualifier="approx"),
       M(vn(10, "en"), 15, "will reach about US$920 billion", "US$920 billion", 920e9, USD, "y25", qualifier="approx"),
       M(vn(13, "hans"), 7, "越南进出口总额估计达到约9200亿美元", "9200亿美元", 9200e8, USD, "y25", qualifier="approx"),
       M(vn(17, "hant"), 3, "貿易金額突破九二○○億美元", "九二○○億美元", 9200e8, USD, "y25", qualifier="over"),
       M(vn(10, "en"), 7, "has surpassed US$900 billion", "US$900 billion", 900e9, USD, "y25", qualifier="over"),
       M(vn(13, "hans"), 3, "进出口总额首次达到9000亿美元", "9000亿美元", 9000e8, USD, "y25", qualifier="at_least"),
       M(vn(13, "hans"), 21, "到2024年已增至7860亿美元", "7860亿美元", 7860e8, USD, "y24"),
       M(vn(9, "en"), 3, "a record high of US$782 billion this year", "US$782 billion", 782e9, USD, "fc24"),
       M(vn(9, "en"), 4, "turnover fetched US$745 billion", "US$745 billion", 745e9, USD, "to_dec14"),
       M(vn(9, "en"), 7, "may hit the US$800 billion mark", "US$800 billion", 800e9, USD, "mark24")],
      {**cross((1, 2, 3, 4), (5, 6), K), **cross((4,), (1, 2, 3), K)})

ms = [M(vn(15, "hans"), 5, "2023年越南货物贸易总额约为6680亿美元", "6680亿美元", 6680e8, USD, "tot", qualifier="approx", k="ta"),
      M(vn(15, "hans"), 13, "到2023年的近6680亿美元", "6680亿美元", 6680e8, USD, "tot", qualifier="under", k="ta"),
      M(vn(16, "hans"), 5, "越南全国进出口总额约为6,500亿美元", "6,500亿美元", 6500e8, USD, "tot", qualifier="approx", k="tb"),
      M(vn(16, "hans"), 9, "越南全国进出口总额达到约6,500亿美元", "6,500亿美元", 6500e8, USD, "tot", qualifier="approx", k="tb"),
      M(vn(15, "hans"), 5, "出口额约3710亿美元", "3710亿美元", 3710e8, USD, "exp", qualifier="approx", k="ea"),
      M(vn(16, "hans"), 9, "出口额约为3,700亿美元", "3,700亿美元", 3700e8, USD, "exp", qualifier="approx", k="eb"),
      M(vn(15, "hans"), 5, "进口额约3280亿美元", "3280亿美元", 3280e8, USD, "imp", qualifier="approx", k="ia"),
      M(vn(16, "hans"), 9, "进口额约为2,800亿美元", "2,800亿美元", 2800e8, USD, "imp", qualifier="approx", k="ib"),
      M(vn(15, "hans"), 5, "贸易顺差达430亿美元", "430亿美元", 430e8, USD, "bal", k="ba"),
      M(vn(16, "hans"), 9, "贸易顺差约900亿美元", "900亿美元", 900e8, USD, "bal", qualifier="approx", k="bb")]
group("vn_trade_2023", "vietnam-trade", "Vietnam's 2023 trade in two generated siudz articles: total 约6680亿 (twice) vs 约6,500亿 (twice); exports 约3710亿 vs 约3,700亿; imports 约3280亿 vs 约2,800亿; surplus 430亿 vs 约900亿",
      "Vietnam", "2023 import-export turnover, exports, imports, balance (USD)", "2023",
      "Both claim GSO data: 6680 vs 6500, 3280 vs 2800 and 430 vs 900 billion are conflicts; 3,700亿 rounds 3710亿 (rounding).",
      ms, {**cross(I(ms, "ta"), I(ms, "tb"), C), **cross(I(ms, "ea"), I(ms, "eb"), R),
           **cross(I(ms, "ia"), I(ms, "ib"), C), **cross(I(ms, "ba"), I(ms, "bb"), C)})

# ============================================================ wine: OIV world production / consumption, countries, China's imports
ms = [M(wn(1, "en"), 11, "a mid-range estimate of 244.1 mhl", "244.1 mhl", 244.1e8, L, "nov23", k="a"),
      M(wn(2, "en"), 7, "a mid-range estimate at 244.1mhl", "244.1mhl", 244.1e8, L, "nov23", k="a"),
      M(wn(3, "en"), 5, "Output reached 244.1 million hectoliters", "244.1 million hectoliters", 244.1e8, L, "nov23", k="a"),
      M(wn(13, "hant"), 15, "(取中間值為244.1億升)", "244.1億升", 244.1e8, L, "nov23", k="a"),
      M(wn(4, "en"), 6, "a November estimate of 244 million hectoliters", "244 million hectoliters", 244e8, L, "nov23", k="r"),
      M(wn(1, "en"), 11, "between 241.7 million and 246.6 million hectolitres", "241.7 million and 246.6 million", [241.7e8, 246.6e8], L, "nov23", k="g"),
      M(wn(2, "en"), 7, "between 241.7mhl and 246.6mhl", "241.7mhl and 246.6mhl", [241.7e8, 246.6e8], L, "nov23", k="g"),
      M(wn(13, "hant"), 15, "241.7億升至246.6億升", "241.7億升至246.6億升", [241.7e8, 246.6e8], L, "nov23", k="g"),
      M(wn(4, "en"), 6, "The OIV now expects 237 hectoliters of wine", "237 hectoliters", 237e8, L, "a23", k="f", note="'million' missing; read as 237 mhl"),
      M(wn(5, "en"), 5, "revised its 2022 wine production estimate down to 237 million hectolitres", "237 million hectolitres", 237e8, L, "a23", k="c", note="says '2022' for the 2023 figure"),
      M(wn(7, "en"), 4, "some 237 million hectolitres", "237 million hectolitres", 237e8, L, "a23", qualifier="approx", k="f"),
      M(wn(6, "en"), 3, "a significant decrease of 10% to 237.3 million hectoliters", "237.3 million hectoliters", 237.3e8, L, "a23", k="p")]
group("wine_production_2023", "wine", "World wine production 2023 (OIV): the November 2023 first estimate 244.1 mhl (four, 244.1億升 once) = 'a November estimate of 244 million', range 241.7-246.6 mhl (three); the April 2024 figure 237 mhl (three: seventyfive's '237 hectoliters', connectingregion's 'its 2022 ... estimate', terradaily) vs tridge's 237.3 mhl",
      "world", "wine production (litres)", "2023 (first estimate and April 2024 figure)",
      "244 rounds 244.1 (rounding); the range contains the mid-range figure (consistent). 237 rounds 237.3 (rounding). The first estimate and the later figure are different_basis (seventyfive calls it a revision). seventyfive's missing 'million' and connectingregion's '2022' are slips a reader corrects: consistent with the other 237 figures, conflict / different_basis as alt.",
      ms, {**cross(I(ms, "r"), I(ms, "a"), R), **cross(I(ms, "g"), I(ms, "a", "r"), K),
           **cross(I(ms, "p"), I(ms, "f", "c"), R), (9, 11): (K, C), (9, 10): (K, C), (10, 11): (K, D)})

ms = [M(wn(1, "en"), 13, "This would be 7% lower than last year", "7%", -7.0, PC, "nov23"),
      M(wn(2, "en"), 9, "This represents a decrease of 7%", "7%", -7.0, PC, "nov23"),
      M(wn(3, "en"), 5, "down 7 percent from last year", "7 percent", -7.0, PC, "nov23"),
      M(wn(13, "hant"), 15, "這一數字下降了7%", "7%", -7.0, PC, "nov23"),
      M(wn(5, "en"), 5, "10% below 2022 production levels", "10%", -10.0, PC, "a23"),
      M(wn(6, "en"), 3, "a significant decrease of 10%", "10%", -10.0, PC, "a23")]
group("wine_production_2023_change", "wine", "Change of world wine production 2023 vs 2022: -7% in the November 2023 estimate (four) vs -10% in the April 2024 figures (two)",
      "world", "change of wine production (percent)", "2023 vs 2022",
      "Same vintages agree; the two vintages are different_basis.", ms)

ms = [M(wn(1, "en"), 13, "it had fallen to 214 mhl", "214 mhl", 214e8, L, "y1961", k="a"),
      M(wn(2, "en"), 11, "since 1961 (214 mhl)", "214 mhl", 214e8, L, "y1961", k="a"),
      M(wn(13, "hant"), 15, "1961年(214億升)", "214億升", 214e8, L, "y1961", k="a"),
      M(wn(16, "hans"), 13, "1961年(2.19亿百升)", "2.19亿百升", 2.19e10, L, "y1961", k="b")]
group("wine_production_1961", "wine", "World wine production in 1961 (the low the 2023 / 2024 figures are compared with): 214 mhl (three, 214億升 once) vs wbo529's 2.19亿百升 (219 mhl, from the April 2025 report)",
      "world", "wine production (litres)", "1961",
      "219 vs 214 mhl for the same year, not announced as a revision of the series: conflict, different_basis as alt.",
      ms, {**cross(I(ms, "b"), I(ms, "a"), (C, D))})

ms = [M(wn(2, "en"), 11, "production volume of 2017 (248 mhl)", "248 mhl", 248e8, L, "a17"),
      M(wn(13, "hant"), 19, "全球葡萄酒產量約為248億升", "248億升", 248e8, L, "a17", qualifier="approx"),
      M(wn(14, "hant"), 12, "總產(chǎn)量預(yù)計(jì)為246.7億升", "246.7億升", 246.7e8, L, "fc17"),
      M(wn(14, "hant"), 18, "246.7億升為中間值", "246.7億升", 246.7e8, L, "fc17"),
      M(wn(15, "hant"), 9, "全球葡萄酒產量降至2億4,670百升", "2億4,670百升", 246.7e8, L, "fc17", note="'萬' missing: 2億4,670萬百升 meant"),
      M(wn(14, "hant"), 18, "在243.3-250.1億升之間", "243.3-250.1億升", [243.3e8, 250.1e8], L, "fc17")]
group("wine_production_2017", "wine", "World wine production 2017: the November 2017 estimate 246.7億升 (twice) = tvboxnow's '2億4,670百升', range 243.3-250.1億升; the final 248 mhl = 248億升 quoted in November 2023",
      "world", "wine production (litres)", "2017 (estimate and final)",
      "The estimate restated (consistent; the range contains it); estimate vs final are different_basis.", ms, {**cross((3, 4, 5), (6,), K)})

ms = [M(wn(14, "hant"), 8, "2017年葡萄酒數(shù)據(jù):全球產(chǎn)量下降8.2%", "8.2%", -8.2, PC, "fc17"),
      M(wn(14, "hant"), 12, "相比2016年下降8.2%", "8.2%", -8.2, PC, "fc17"),
      M(wn(14, "hant"), 15, "全球葡萄酒產(chǎn)量下降8.2%", "8.2%", -8.2, PC, "fc17"),
      M(wn(14, "hant"), 23, "全球葡萄酒產(chǎn)量下降8.2%", "8.2%", -8.2, PC, "fc17"),
      M(wn(15, "hant"), 7, "造成今年全球葡萄酒產量下降8.2%", "8.2%", -8.2, PC, "fc17")]
group("wine_production_2017_change", "wine", "Change of world wine production 2017 vs 2016 (November 2017 estimate): -8.2% (five)",
      "world", "change of wine production (percent)", "2017",
      "Same figure restated (consistent).", ms)

ms = [M(wn(8, "en"), 11, "between 227 million and 235 million hectolitres", "227 million and 235 million", [227e8, 235e8], L, "nov24", k="g"),
      M(wn(9, "en"), 3, "between 227 and 235 million hectoliters", "227 and 235 million", [227e8, 235e8], L, "nov24", k="g"),
      M(wn(10, "en"), 4, "between 227 million and 235 million hl", "227 million and 235 million", [227e8, 235e8], L, "nov24", k="g"),
      M(wn(9, "en"), 4, "an average production of 231 million hectolitres", "231 million hectolitres", 231e8, L, "nov24", k="m"),
      M(wn(10, "en"), 4, "reaching just 231 million hl", "231 million hl", 231e8, L, "nov24", k="m"),
      M(wn(10, "en"), 4, "a mid-range estimate of 231 million hl", "231 million hl", 231e8, L, "nov24", k="m"),
      M(wn(16, "hans"), 13, "预估为2.258亿百升", "2.258亿百升", 2.258e10, L, "a24", k="x"),
      M(wn(17, "hans"), 4, "2024年全球葡萄酒产量降至2.26亿百升", "2.26亿百升", 2.26e10, L, "a24", k="r"),
      M(wn(7, "en"), 3, "most likely below 250 million hectolitres", "250 million hectolitres", 250e8, L, "may24", qualifier="under")]
group("wine_production_2024", "wine", "World wine production 2024 (OIV): the November 2024 estimate 227-235 mhl (three) with mid-range 231 mhl (three); the April 2025 figure 2.258亿百升 (wbo529) vs 2.26亿百升 (accesspath); the May 2024 indication 'below 250 million'",
      "world", "wine production (litres)", "2024 (estimates and April 2025 figure)",
      "The range contains the mid-range figure (consistent); 2.26 rounds 2.258亿百升 (rounding). Estimate vintages and the later figure are different_basis.",
      ms, {**cross(I(ms, "g"), I(ms, "m"), K), **cross(I(ms, "r"), I(ms, "x"), R)})

ms = [M(wn(9, "en"), 4, "it is 2% less than in 2023", "2%", -2.0, PC, "nov24"),
      M(wn(16, "hans"), 13, "进一步下降4.8%", "4.8%", -4.8, PC, "a24"),
      M(wn(17, "hans"), 4, "同比下滑4.8%", "4.8%", -4.8, PC, "a24"),
      M(wn(8, "en"), 13, "13 percent lower than the ten-year average", "13 percent", -13.0, PC, "vs10y"),
      M(wn(9, "en"), 4, "13% less than the average of the previous 10 years", "13%", -13.0, PC, "vs10y")]
group("wine_production_2024_change", "wine", "Change of world wine production 2024: -2% vs 2023 in the November 2024 estimate; -4.8% in the April 2025 figures (two); 13 percent below the ten-year average (two)",
      "world", "change of wine production (percent)", "2024",
      "Same bases agree; estimate vs later figure and vs-2023 vs vs-average are different_basis.", ms)

ms = [M(wn(14, "hant"), 20, "分別下降23%", "23%", -23.0, PC, "it17"),
      M(wn(15, "hant"), 11, "義大利的葡萄酒產量下滑23%", "23%", -23.0, PC, "it17"),
      M(wn(3, "en"), 9, "its output fell 12 percent", "12 percent", -12.0, PC, "it23_nov"),
      M(wn(4, "en"), 7, "a staggering 23 percent decrease", "23 percent", -23.0, PC, "it23"),
      M(wn(5, "en"), 6, "marking a 23% decrease", "23%", -23.0, PC, "it23"),
      M(wn(11, "en"), 5, "will recover eight percent", "eight percent", 8.0, PC, "it24_coldiretti"),
      M(wn(16, "hans"), 17, "较2023年大增15%", "15%", 15.0, PC, "it24")]
group("wine_italy_change", "wine", "Change of Italy's wine production: 2017 -23% (two); 2023 -12% (November 2023 estimate) vs -23% (April 2024, two); 2024 Coldiretti +8% ('eight percent') vs OIV +15%",
      "Italy", "change of wine production (percent)", "2017 / 2023 / 2024",
      "Same year and compiler agree; 2017's -23% and 2023's -23% are different years; estimate vintages and Coldiretti vs OIV are different_basis.", ms)

group("wine_italy_volume", "wine", "Italy's wine production: 2024 OIV November estimate 41 million hl vs Coldiretti's 41-42 million hl vs the April 2025 figure 4410万百升; 2023 38.3 million hl",
      "Italy", "wine production (litres)", "2023 / 2024",
      "Coldiretti's range contains 41 million (consistent, different compilers but one estimate season); the later OIV figure and 2023 are different_basis.",
      [M(wn(10, "en"), 4, "an estimated production of 41 million hl", "41 million hl", 41e8, L, "nov24"),
       M(wn(11, "en"), 5, "between 41 million and 42 million hectolitres", "41 million and 42 million", [41e8, 42e8], L, "nov24"),
       M(wn(16, "hans"), 17, "产量为4410万百升", "4410万百升", 4410e6, L, "a24"),
       M(wn(5, "en"), 6, "Italy’s production of 38.3 million hectolitres", "38.3 million hectolitres", 38.3e8, L, "a23")],
      {(1, 2): K})

ms = [M(wn(14, "hant"), 20, "23%、19%和", "19%", -19.0, PC, "fr17"),
      M(wn(15, "hant"), 11, "法國則是下跌19%", "19%", -19.0, PC, "fr17"),
      M(wn(9, "en"), 7, "will fall by 23%", "23%", -23.0, PC, "fr24_nov"),
      M(wn(11, "en"), 6, "French production will fall 18 percent", "18 percent", -18.0, PC, "fr24_ministry"),
      M(wn(16, "hans"), 17, "同比大幅下降23.5%", "23.5%", -23.5, PC, "fr24", k="x"),
      M(wn(17, "hans"), 4, "法国减产幅度达24%", "24%", -24.0, PC, "fr24", k="r")]
group("wine_france_change", "wine", "Change of France's wine production: 2017 -19% (two); 2024 OIV November estimate -23%, the agriculture ministry's -18%, the April 2025 figure -23.5% (wbo529) vs accesspath's 24%",
      "France", "change of wine production (percent)", "2017 / 2024",
      "24% rounds 23.5% (rounding); estimate vintages and the ministry's forecast are different_basis.",
      ms, {**cross(I(ms, "r"), I(ms, "x"), R)})

group("wine_france_volume", "wine", "France's wine production in 2024: the agriculture ministry's 39.3 million hl (forecast) vs the April 2025 figure 3610万百升",
      "France", "wine production (litres)", "2024",
      "A national forecast and the later OIV figure are different_basis.",
      [M(wn(11, "en"), 6, "to 39.3 million hectolitres", "39.3 million hectolitres", 39.3e8, L, "ministry"),
       M(wn(16, "hans"), 17, "产量为3610万百升", "3610万百升", 3610e6, L, "a24")])

group("wine_spain_change_2017", "wine", "Change of Spain's wine production in 2017: -15% (two)",
      "Spain", "change of wine production (percent)", "2017",
      "Same figure restated (consistent).",
      [M(wn(14, "hant"), 20, "19%和15%", "15%", -15.0, PC, "es17"),
       M(wn(15, "hant"), 13, "西班牙今年的葡萄酒產量下降15%", "15%", -15.0, PC, "es17")])

ms = [M(wn(10, "en"), 4, "Argentina was a brighter spot, with production increased by 23%", "23%", 23.0, PC, "ar", k="a1"),
      M(wn(17, "hans"), 4, "23%与5%", "5%", 5.0, PC, "ar", k="a2", note="accesspath gives Australia 23% and Argentina 5%"),
      M(wn(10, "en"), 4, "Volumes were up 5% in Australia", "5%", 5.0, PC, "au", k="u1"),
      M(wn(17, "hans"), 4, "澳大利亚与阿根廷产量分别增长23%", "23%", 23.0, PC, "au", k="u2")]
group("wine_south_2024", "wine", "Change of 2024 wine production in Argentina and Australia: beveragejournal (OIV November estimate) Argentina +23%, Australia +5% vs accesspath (April 2025 report) Australia +23%, Argentina +5%",
      "Argentina / Australia", "change of wine production (percent)", "2024",
      "The two texts swap the countries' rates: conflict for each country, different_basis as alt (estimate vs later report).",
      ms, {**cross(I(ms, "a1"), I(ms, "a2"), (C, D)), **cross(I(ms, "u1"), I(ms, "u2"), (C, D))})

group("wine_consumption", "wine", "World wine consumption: 221 million hl in 2023 (three), -2.6% (three); 2.14亿百升 in 2024, -3.3%",
      "world", "wine consumption (litres, percent)", "2023 / 2024",
      "The 2023 figures agree; 2024 is another year (different_basis).",
      [M(wn(4, "en"), 4, "221 million hectoliters of wine were consumed", "221 million hectoliters", 221e8, L, "c23"),
       M(wn(5, "en"), 4, "reached 221 million hectolitres in 2023", "221 million hectolitres", 221e8, L, "c23"),
       M(wn(6, "en"), 3, "by 2.6% to 221 million hectoliters", "221 million hectoliters", 221e8, L, "c23"),
       M(wn(17, "hans"), 5, "2024年全球葡萄酒消费量达2.14亿百升", "2.14亿百升", 2.14e10, L, "c24"),
       M(wn(4, "en"), 4, "which is 2.6 percent less than in 2022", "2.6 percent", -2.6, PC, "g23"),
       M(wn(5, "en"), 4, "a 2.6% decrease from 2022", "2.6%", -2.6, PC, "g23"),
       M(wn(6, "en"), 3, "global demand for wine also declined by 2.6%", "2.6%", -2.6, PC, "g23"),
       M(wn(17, "hans"), 5, "同比下降3.3%", "3.3%", -3.3, PC, "g24")])

group("wine_years_low", "wine", "'Lowest in N years' for world wine production: 60 years for 2023 (three), 63-year low for 2024, 50 years for 2017 (two)",
      "world", "years since a lower production (years)", "2017 / 2023 / 2024",
      "Same year agrees; other years different_basis.",
      [M(wn(1, "en"), 9, "its lowest level in 60 years in 2023", "60 years", 60.0, YRS, "y23"),
       M(wn(2, "en"), 3, "the smallest in the last 60 years", "60 years", 60.0, YRS, "y23"),
       M(wn(13, "hant"), 12, "產量降至60年最低", "60年", 60.0, YRS, "y23"),
       M(wn(10, "en"), 4, "fell to a 63-year low", "63-year", 63.0, YRS, "y24"),
       M(wn(15, "hant"), 7, "並且是50年來葡萄酒產量最少的1年", "50年", 50.0, YRS, "y17"),
       M(wn(14, "hant"), 18, "近50年來全球葡萄酒總產(chǎn)量的歷史新低", "50年", 50.0, YRS, "y17", qualifier="under")])

group("wine_coverage", "wine", "Coverage of OIV's first estimates: 29 countries (three) accounting for 94% of 2022 production (2023 estimate, two) and 85 percent of 2023 production (2024 estimate, two)",
      "world", "coverage of the first estimate (count, percent)", "2023 / 2024 estimates",
      "Same estimates agree; the two estimates' coverage shares are different_basis.",
      [M(wn(2, "en"), 7, "which account for 94% of global production in 2022", "94%", 94.0, PC, "cov23"),
       M(wn(13, "hant"), 19, "占全球葡萄酒產量的94%", "94%", 94.0, PC, "cov23"),
       M(wn(8, "en"), 11, "29 countries representing 85 percent", "85 percent", 85.0, PC, "cov24"),
       M(wn(9, "en"), 3, "which account for 85 percent of global production", "85 percent", 85.0, PC, "cov24"),
       M(wn(13, "hant"), 19, "該報告來自29個國家", "29", 29.0, CNT, "n"),
       M(wn(8, "en"), 11, "from 29 countries", "29", 29.0, CNT, "n"),
       M(wn(9, "en"), 3, "in 29 countries", "29", 29.0, CNT, "n")])

ms = [M(wn(12, "en"), 11, "The total import volume reached 283.1 million liters", "283.1 million liters", 283.1e6, L, "vol", k="x"),
      M(wn(18, "hans"), 5, "葡萄酒进口量为2.8亿升", "2.8亿升", 2.8e8, L, "vol", k="r"),
      M(wn(12, "en"), 11, "a 13.7% boost in volume", "13.7%", 13.7, PC, "vol_g", k="g1"),
      M(wn(18, "hans"), 3, "葡萄酒进口量增长13.6%", "13.6%", 13.6, PC, "vol_g", k="g2", note="headline"),
      M(wn(18, "hans"), 5, "2.8亿升,同比增长13.6%", "13.6%", 13.6, PC, "vol_g", k="g2"),
      M(wn(12, "en"), 11, "amounting to 11,477.4 million yuan", "11,477.4 million yuan", 11477.4e6, CNY, "val_cny", k="v1"),
      M(wn(18, "hans"), 5, "折合人民币约115.83亿元", "115.83亿元", 115.83e8, CNY, "val_cny", qualifier="approx", k="v2", note="conversion of 15.9亿美元"),
      M(wn(12, "en"), 11, "a 39.6% increase in value", "39.6%", 39.6, PC, "val_g_cny"),
      M(wn(18, "hans"), 5, "同比大增37.2%", "37.2%", 37.2, PC, "val_g_usd"),
      M(wn(12, "en"), 11, "from 1.6 million liters to 78.6 million", "78.6 million", 78.6e6, L, "au_vol", k="a1"),
      M(wn(12, "en"), 15, "Australia recorded 78.6 million liters", "78.6 million liters", 78.6e6, L, "au_vol", k="a1"),
      M(wn(18, "hans"), 7, "澳大利亚葡萄酒进口量为7854万升", "7854万升", 7854e4, L, "au_vol", k="a2"),
      M(wn(12, "en"), 11, "from 24.7 million yuan to 4,239.9 million", "4,239.9 million", 4239.9e6, CNY, "au_val", k="b1"),
      M(wn(12, "en"), 15, "Australia posting 4,240 million yuan", "4,240 million yuan", 4240e6, CNY, "au_val", k="b2"),
      M(wn(18, "hans"), 7, "折合人民币约42.84亿元", "42.84亿元", 42.84e8, CNY, "au_val", qualifier="approx", k="b3", note="conversion of 5.88亿美元")]
group("wine_china_imports_2024", "wine", "China's wine imports in 2024: customs (vinetur) 283.1 million litres, +13.7%, 11,477.4 million yuan, +39.6% in yuan, Australia 78.6 million litres (twice) and 4,239.9 = 4,240 million yuan; the CFNA (tangjiu) 2.8亿升, +13.6% (twice), 15.9亿美元 'about 115.83亿元', +37.2% in dollars, Australia 7854万升 and 'about 42.84亿元'",
      "China", "wine imports (litres, CNY, percent)", "2024",
      "2.8亿升 rounds 283.1 million litres (rounding); 4,240 rounds 4,239.9 million yuan (rounding). 13.7% vs 13.6% and 78.6 million vs 7854万 litres disagree at the same precision (conflict; different_basis / rounding as alt: two compilers of customs data). The yuan values converted from dollars ('折合...约') disagree with the customs yuan values (conflict, different_basis as alt). Growth in yuan vs in dollars is different_basis.",
      ms, {**cross(I(ms, "r"), I(ms, "x"), R), **cross(I(ms, "g1"), I(ms, "g2"), (C, D)), **cross(I(ms, "v1"), I(ms, "v2"), (C, D)),
           **cross(I(ms, "a1"), I(ms, "a2"), (C, R)), (13, 14): R, **cross(I(ms, "b3"), I(ms, "b1", "b2"), (C, D))})

group("wine_export_price", "wine", "Average price of internationally traded wine: 3.62 euros per litre in 2023 (tridge) vs 3.60欧元/升 in 2024 (accesspath)",
      "world", "average export price (EUR per litre)", "2023 / 2024",
      "Different years (different_basis).",
      [M(wn(6, "en"), 3, "increased by 2% to 3.62", "3.62", 3.62, "EUR_per_litre", "y23"),
       M(wn(17, "hans"), 6, "平均出口价格攀升至3.60欧元/升", "3.60欧元/升", 3.60, "EUR_per_litre", "y24")])

# ============================================================ singles: figures stated once
single(jp(1, "en"), 7, "approximately 8.63 million arrivals", "8.63 million", 8.63e6, P, qualifier="approx", note="immigration count, South Korea 2024")
single(jp(2, "en"), 13, "up 23.6 percent", "23.6 percent", 23.6, PC)
single(jp(5, "en"), 12, "the previous record of 4.8 trillion yen", "4.8 trillion yen", 4.8e12, JPY)
single(jp(6, "en"), 13, "more than tripled to 9.62 million", "9.62 million", 9.62e6, P)
single(jp(7, "en"), 18, "compared with 9.59 million in 2019", "9.59 million", 9.59e6, P)
single(jp(7, "en"), 22, "the most amount of money at 778.6 billion yen", "778.6 billion yen", 778.6e9, JPY)
single(jp(9, "en"), 4, "by nearly 5 million", "5 million", 5e6, P, qualifier="under")
single(jp(9, "en"), 8, "accounted for 65.7 percent", "65.7 percent", 65.7, PC)
single(jp(11, "en"), 11, "jumped 51.2 pct from a year before", "51.2 pct", 51.2, PC)
single(jp(12, "en"), 11, "Chinese visitors totaled 652,300", "652,300", 652300.0, P)
single(jp(12, "en"), 8, "about 26.88 million visitors", "26.88 million", 26.88e6, P, qualifier="approx")
single(jp(13, "en"), 3, "rose 30 pct to some 9.1 million", "9.1 million", 9.1e6, P, qualifier="approx")
single(jp(14, "hans"), 3, "约合924亿人民币", "924亿", 924e8, CNY, qualifier="approx")
single(jp(15, "hant"), 3, "(1元 ≒ 20.6日元)", "20.6日元", 20.6, JPY, note="exchange rate per yuan")
single(jp(16, "hant"), 10, "新入境人數約為3402萬人次", "3402萬", 3402e4, P, qualifier="approx")
single(jp(16, "hant"), 12, "日本人的出境人數約為1301萬人次", "1301萬", 1301e4, P, qualifier="approx")
single(jp(17, "hant"), 5, "約新台幣4383億元", "4383億元", 4383e8, "TWD", qualifier="approx")
single(jp(18, "hans"), 11, "约4,676 亿港元", "4,676 亿港元", 4676e8, HKD, qualifier="approx")
single(jp(20, "hant"), 3, "比2024年多580萬", "580萬", 580e4, P)
single(vn(1, "en"), 6, "accounting for 16.5% of the total social investment capital", "16.5%", 16.5, PC)
single(vn(2, "en"), 8, "reached USD 20,62 billion", "USD 20,62 billion", 20.62e9, USD, note="decimal comma")
single(vn(2, "en"), 13, "reached the value of 4,54 billion USD", "4,54 billion USD", 4.54e9, USD, note="decimal comma")
single(vn(4, "en"), 13, "over 6.9 billion dollars", "6.9 billion dollars", 6.9e9, USD, qualifier="over")
single(vn(7, "en"), 8, "newly registered capital amounted to $17.32 billion", "$17.32 billion", 17.32e9, USD)
single(vn(8, "en"), 6, "a trade surplus of $24.77 billion", "$24.77 billion", 24.77e9, USD)
single(vn(8, "en"), 3, "grew 7.09 percent last year", "7.09 percent", 7.09, PC)
single(vn(13, "hans"), 11, "贸易顺差预计达到212亿美元", "212亿美元", 212e8, USD)
single(vn(13, "hans"), 15, "达到约6630亿美元", "6630亿美元", 6630e8, USD, qualifier="approx")
single(vn(15, "hans"), 15, "2023年越南GDP约为4300亿美元", "4300亿美元", 4300e8, USD, qualifier="approx")
single(vn(17, "hant"), 3, "經濟成長達到百分之八點二", "百分之八點二", 8.2, PC)
single(vn(17, "hant"), 3, "一五三二億美元", "一五三二億美元", 1532e8, USD)
single(wn(5, "en"), 4, "with consumption plummeting by 25%", "25%", -25.0, PC)
single(wn(6, "en"), 3, "exports falling by 6.3% in volume", "6.3%", -6.3, PC)
single(wn(10, "en"), 4, "forecast to produce 23.6 million hl", "23.6 million hl", 23.6e8, L)
single(wn(14, "hant"), 18, "下降比例達(dá)8.2個(gè)百分點(diǎn)", "8.2個(gè)百分點(diǎn)", 8.2, "percentage_points", note="the 8.2% decline called percentage points")
single(wn(14, "hant"), 20, "歐盟的葡萄酒產(chǎn)量預(yù)計(jì)為140.7億升", "140.7億升", 140.7e8, L)
single(wn(15, "hant"), 11, "來到3,930萬百升", "3,930萬百升", 3930e6, L)
single(wn(15, "hant"), 15, "來到2,330萬百升", "2,330萬百升", 2330e6, L)
single(wn(16, "hans"), 21, "产量约为260万百升", "260万百升", 260e6, L, qualifier="approx")
single(wn(17, "hans"), 4, "西班牙下降17%", "17%", -17.0, PC)
single(wn(17, "hans"), 6, "出口总值359亿欧元", "359亿欧元", 359e8, "EUR")
single(wn(18, "hans"), 7, "同比增长5042.1%", "5042.1%", 5042.1, PC)

# ============================================================ non-claims: dates, ids, addresses, counters, list numbers
single(jp(1, "en"), 3, "Jan. 24 (Xinhua)", not_a_claim=True, kind="date")
single(jp(1, "en"), 8, "Go to Forum >>0 Comment(s)", not_a_claim=True, kind="page_furniture", note="comment counter")
single(jp(2, "en"), 7, "Jan 16 (NHK)", not_a_claim=True, kind="date")
single(jp(3, "en"), 5, "1. Overview", not_a_claim=True, kind="section_number")
single(jp(5, "en"), 4, "675305", not_a_claim=True, kind="identifier")
single(jp(5, "en"), 5, "Thu, 01/18/2024 - 01:35", not_a_claim=True, kind="date")
single(jp(7, "en"), 5, "304 North Cardinal St.", not_a_claim=True, kind="address")
single(jp(7, "en"), 6, "MA 02124", not_a_claim=True, kind="postal_code")
single(jp(8, "en"), 7, "11. Japan's", not_a_claim=True, kind="list_number")
single(jp(10, "en"), 7, "Jan. 15 (Xinhua)", not_a_claim=True, kind="date")
single(jp(11, "en"), 3, " date 2024-07-19", not_a_claim=True, kind="date")
single(jp(12, "en"), 4, "October 17, 2024 at 12:09 JST", not_a_claim=True, kind="date")
single(jp(15, "hant"), 3, "人民網東京1月19日電", not_a_claim=True, kind="date")
single(jp(16, "hant"), 5, "2025年01月26日17:00", not_a_claim=True, kind="date")
single(jp(17, "hant"), 3, "發布時間:2024/7/18 20:17", not_a_claim=True, kind="date")
single(jp(18, "hans"), 3, " date 2026-01-20", not_a_claim=True, kind="date")
single(jp(20, "hant"), 3, "2026年01月20日", not_a_claim=True, kind="date")
single(vn(2, "en"), 7, "1. FDI Disbursement:", not_a_claim=True, kind="section_number")
single(vn(3, "en"), 8, "1.1. FDI performance:", not_a_claim=True, kind="section_number")
single(vn(4, "en"), 3, " date 2024-01-01", not_a_claim=True, kind="date")
single(vn(5, "en"), 3, "as of December 20, 2023", not_a_claim=True, kind="date")
single(vn(6, "en"), 3, "VIETNAM, December 28", not_a_claim=True, kind="date")
single(vn(9, "en"), 4, "as of December 14", not_a_claim=True, kind="date")
single(vn(10, "en"), 9, "today, December 25", not_a_claim=True, kind="date")
single(vn(12, "hans"), 3, " date 2026-01-15", not_a_claim=True, kind="date")
single(vn(13, "hans"), 21, "于2025年12月22日至26日期间", not_a_claim=True, kind="date")
single(vn(17, "hant"), 5, "「三○一關稅」", not_a_claim=True, kind="name", note="Section 301 tariffs")
single(wn(1, "en"), 7, "November 07, 2023", not_a_claim=True, kind="date")
single(wn(2, "en"), 3, " date 2023-11-09", not_a_claim=True, kind="date")
single(wn(8, "en"), 7, "Saturday, 30 Nov 2024", not_a_claim=True, kind="date")
single(wn(8, "en"), 21, "established in 1924", not_a_claim=True, kind="date")
single(wn(12, "en"), 7, "2025-02-27", not_a_claim=True, kind="date")
single(wn(13, "hant"), 13, "2023-11-13 16:41", not_a_claim=True, kind="date")
single(wn(14, "hant"), 10, "時(shí)間:2017-12-16", not_a_claim=True, kind="date")
single(wn(14, "hant"), 10, "點(diǎn)擊: 245次", not_a_claim=True, kind="page_furniture", note="view counter")
single(wn(15, "hant"), 7, "$ K/ E) R) S% o+ _3 K$ s", not_a_claim=True, kind="page_furniture", note="forum anti-copy noise")
single(wn(15, "hant"), 10, "2 r$ Z2 v8 g2 I0 @& jtvb now", not_a_claim=True, kind="page_furniture", note="forum anti-copy noise")
single(wn(15, "hant"), 5, "[時事討論] OIV", not_a_claim=True, kind="title")
single(wn(16, "hans"), 5, "2025-04-27 09:23", not_a_claim=True, kind="date")
single(wn(16, "hans"), 10, "1全球葡萄酒产量", not_a_claim=True, kind="section_number")
single(wn(16, "hans"), 19, "TOP20葡萄酒生产国2019-2024年产量变化", not_a_claim=True, kind="title")
single(wn(18, "hans"), 4, "糖酒会,云平台|2025-02-212月18日", not_a_claim=True, kind="date", note="date glued to '2月18日'")

emit(HERE / "gold.d" / "fresh17.toml", "corpus-fresh17")
