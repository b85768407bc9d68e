"""Hand annotation of corpus-fresh43, written as data; emits gold.d/fresh43.toml (then run
corpus/check_gold.py --dir corpus-fresh43 --build).

Three domains: the Great Pacific Garbage Patch (its area: 1.6 million km2 / 160万平方公里 against everything3's '1.6 square
kilometers'; 620,000 / 62万 square miles against 617,763 / 61万7763 and 'more than 600,000', the 2009 page's 524,000; 1.8
trillion pieces against plasticearth's 8 trillion; 80,000 tons / 8萬噸 against 79,000 / 7.9万 / 79 thousand, the old
1000萬噸, 'up to 88 thousand', the ranges 79,000-87,000 and 4.5-12.9万; 92% of the mass from larger pieces; 46% fishing
nets; about 20% tsunami debris; 44 against 40 times Taiwan; `gpg-*`), Amur tigers and leopards in China (the national park:
27 / 42 at the start, 50 / 60 in 2021, about 70 / 80 in 2023-2024; cubs 20 / 15 / 35; the park 1.41万 km2 against the pilot's
1.46万 and 1.4万; the animals' range 1.1 million ha / 11,000 km2, about 78% against about / over 80% of the park; China's
wild tigers about 30 against about 50 and 50-60; the world's Amur tigers about 500, 'less than 500', 500-600; the world's
Amur leopards about 50, about 30, 84, less than 60, fewer than 35, around 100, 19 to 26 in 2017; `amt-*`) and the Chinese
sturgeon (its age: 1.4亿年 / 140 million years against 1.5亿年 and 'more than 200 million years'; the migration of 3000多
km / 3,000 km and the round trip of 5000多 km; breeding adults: more than 10,000 in the 1970s, 2176 in the 1980s, 57 in
2010, about 100 in 2014, 500 in 2007; spawning grounds 16 against 19; the 800 km reach; the maximum length 5 m against 3 m and
200 cm; the maximum weight 600 kg against 500 kg; the common weight 50-300 kg against 200-500 kg; a lifespan of 40 years;
releases 5.3 million / 5.04 million / 700万; `cst-*`).

Every mention carries a basis tag (survey / year / measure / source, as read from the text). Pair verdicts: explicit
entries win; otherwise a different basis is different_basis, the same basis and the same value consistent; every
same-basis pair with different values gets a verdict from goldkit's `auto` (a rounded restatement is rounding; a figure
that is not a correct rounding, or two of the same precision that disagree, is conflict; a hedge that holds the other
figure is consistent). Ranges carry values [lo, hi] and a basis of their own, with explicit verdicts across bases.
Values as written: 万/萬 = 1e4, 亿/億 = 1e8, million = 1e6, trillion = 1e12; tons (short or metric as the page says) keyed
as tonnes; 斤 = 0.5 kg; cm as metres where the group is in metres. Units: count, percent, times, km**2, square_miles,
hectares, tonnes, kg, meter, cm, km, miles, years.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
from goldsrc import C, K, D, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, DC, CD, CK, DR, F, S, NC, G, X, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)

load(HERE)

GPG, AMT, CST = "great-pacific-garbage-patch", "amur-tigers-leopards-china", "chinese-sturgeon"
KM2, MI2, HA, T, KG, M, CM, KM, YR, TIMES = ("km**2", "square_miles", "hectares", "tonnes", "kg", "meter", "cm", "km",
                                              "years", "times")


def P(a, b, v):
    """One explicit pair verdict (1-based mention numbers)."""
    return {(min(a, b), max(a, b)): v}


# ============================================================ Great Pacific Garbage Patch
ms = [
    F("gpg", 1, "It measures 1.6 millions square kilometers", 1.6e6, KM2),
    F("gpg", 5, "达到160万平方公里", 1.6e6, KM2),
    F("gpg", 6, "達到160萬平方公里", 1.6e6, KM2),
    F("gpg", 13, "面积超160万平方公里", 1.6e6, KM2, q="over"),
    F("gpg", 15, "约合160万平方公里", 1.6e6, KM2, q="approx"),
    F("gpg", 16, "What is 1.6 million square kilometres", 1.6e6, KM2),
    F("gpg", 18, "at more than 1.6 million square kilometers", 1.6e6, KM2, q="over"),
    F("gpg", 11, "estimated to be 1.6 square kilometers", 1.6, KM2, note="'1.6 square kilometers' as written (the million is missing)"),
]
G("gpg_area_km2", GPG, "Area of the Great Pacific Garbage Patch: 1.6 million km2 / 160万平方公里 (seven mentions) against everything3's '1.6 square kilometers'",
  "Great Pacific Garbage Patch", "area", "2018 study (The Ocean Cleanup)",
  "All give 1.6 million km2 (hedges hold it: consistent); everything3's '1.6 square kilometers' drops the million and disagrees with every other mention (conflict).",
  ms)

ms = [
    F("gpg", 5, "(62万平方英里)", 6.2e5, MI2),
    F("gpg", 6, "(62萬平方英里)", 6.2e5, MI2),
    F("gpg", 9, "spreads across 620,000 square miles", 6.2e5, MI2),
    F("gpg", 10, "more than 600,000 square miles", 6e5, MI2, q="over"),
    F("gpg", 15, "spans 617,763 sq miles", 617763, MI2),
    F("gpg", 15, "达到61万7763平方英里", 617763, MI2, vt="61万7763", step=1.0),
    F("gpg", 18, "(617,763 square miles)", 617763, MI2),
    F("gpg", 19, "Texas, 524,000 square miles", 524000, MI2, "old", note="a 2009 page: the patch before the 2018 study"),
]
G("gpg_area_mi2", GPG, "Area in square miles: 620,000 / 62万 (three) against 617,763 / 61万7763 (three), 'more than 600,000'; the 2009 page's 524,000",
  "Great Pacific Garbage Patch", "area", "2018 study (The Ocean Cleanup); 2009 page",
  "620,000 and 62万 round 617,763 (rounding); 'more than 600,000' holds it (consistent); the 2009 page's 524,000 is an older description (different_basis, conflict defensible).",
  ms, X(ms, DC, ["old"], ["a"]))

ms = [
    F("gpg", 1, "contains 8 trillion pieces", 8e12, CNT),
    F("gpg", 2, "about 1.8 trillion individual pieces", 1.8e12, CNT, q="approx"),
    F("gpg", 3, "contains about 1.8 trillion pieces", 1.8e12, CNT, q="approx"),
    F("gpg", 8, "in the form of 1.8 trillion pieces", 1.8e12, CNT),
    F("gpg", 8, "totals over 1.8 trillion pieces", 1.8e12, CNT, q="over"),
    F("gpg", 9, "spread across 1.8 trillion pieces", 1.8e12, CNT),
    F("gpg", 17, "around 1.8 trillion pieces", 1.8e12, CNT, q="approx"),
    F("gpg", 18, "at least 1.8 trillion pieces", 1.8e12, CNT, q="at_least"),
]
G("gpg_pieces", GPG, "Pieces of plastic in the patch: 1.8 trillion (seven mentions) against plasticearth's 8 trillion",
  "Great Pacific Garbage Patch", "pieces of plastic", "2018 study",
  "All give the study's 1.8 trillion (consistent); plasticearth's '8 trillion' drops the '1.' (conflict; against 'over' / 'at least 1.8 trillion' it is logically held, so conflict with consistent defensible).",
  ms, P(1, 5, CK), P(1, 8, CK))

ms = [
    F("gpg", 1, "approximately 80,000 tons", 8e4, T, q="approx"),
    F("gpg", 4, "around 80,000 tons of debris", 8e4, T, q="approx"),
    F("gpg", 8, "the 80,000 metric tons", 8e4, T),
    F("gpg", 17, "weighing 80,000 tons", 8e4, T),
    F("gpg", 7, "重達8萬噸", 8e4, T),
    F("gpg", 15, "at least 79,000 tons", 7.9e4, T, q="at_least"),
    F("gpg", 15, "至少7.9万吨", 7.9e4, T, q="at_least"),
    F("gpg", 18, "weighing 79 thousand metric tons", 7.9e4, T, vt="79 thousand", step=1000.0),
    F("gpg", 12, "垃圾多達1000萬噸", 1e7, T, note="an older press figure"),
    F("gpg", 20, "up to 88 THOUSAND TONS", 8.8e4, T, vt="88 THOUSAND", step=1000.0, q="under"),
    F("gpg", 9, "79,000 to 87,000 tons", [79000, 87000], T, "r", vt="79,000 to 87,000", step=1000.0),
    F("gpg", 5, "含有4.5-12.9万吨", [45000, 129000], T, "ci", vt="4.5-12.9万", step=1000.0),
    F("gpg", 6, "含有4.5-12.9萬噸", [45000, 129000], T, "ci", vt="4.5-12.9萬", step=1000.0),
]
G("gpg_mass", GPG, "Plastic in the patch: 80,000 tons / 8萬噸 against 79,000 / 7.9万 / 79 thousand tons, 'up to 88 thousand', the old 1000萬噸; ranges 79,000-87,000 and 4.5-12.9万",
  "Great Pacific Garbage Patch", "mass of plastic", "2018 study",
  "79 thousand rounds to 80,000 / 8萬 (rounding); hedges that hold the other figure are consistent; 1000萬噸 (10 million) disagrees with all of them (conflict; against 'at least 79,000' it is logically held: conflict with consistent defensible); 'up to 88 thousand' holds 80,000 (consistent) and logically 79 thousand (conflict by the written precision, consistent defensible); the ranges (79,000-87,000; the 4.5-12.9万 interval) are other statements of the estimate (different_basis), except against 1000萬噸, which lies a hundred times above them (conflict, different_basis defensible).",
  ms, P(9, 6, CK), P(9, 7, CK), P(8, 10, CK), P(9, 11, CD), P(9, 12, CD), P(9, 13, CD))

ms = [
    F("gpg", 7, "比台灣還大44倍", 44, TIMES),
    F("gpg", 14, "面積台灣40倍大", 40, TIMES),
]
G("gpg_taiwan", GPG, "The patch against Taiwan's area: 44 times (glarity) against 40 times (c77s77)", "Great Pacific Garbage Patch",
  "area as a multiple of Taiwan", "current", "40 holds 44 as a one-figure rounding (rounding).", ms)

ms = [
    F("gpg", 1, "explains how 92% of the pollution", 92, PC),
    F("gpg", 5, "有92%的质量", 92, PC),
    F("gpg", 6, "有92%的質量", 92, PC),
    F("gpg", 18, "but that 92% of the total plastic mass", 92, PC),
    F("gpg", 9, "make up over 75% of the weight", 75, PC, "b", q="over"),
]
G("gpg_large_share", GPG, "Share of the mass in larger pieces: 92% (four); 'over 75%' for pieces over 2 inches", "Great Pacific Garbage Patch",
  "share of plastic mass in larger pieces", "2018 study",
  "92% four times (consistent); 'over 75%' is the share of pieces over 2 inches, another cut (different_basis).", ms)

ms = [
    F("gpg", 9, "lines alone at 46%", 46, PC),
    F("gpg", 11, "About 46% of the garbage patch", 46, PC, q="approx"),
    F("gpg", 18, "estimated that 46% of the plastic mass", 46, PC),
]
G("gpg_nets", GPG, "Share of fishing nets: 46% (three)", "Great Pacific Garbage Patch", "share of plastic mass from fishing nets",
  "2018 study", "Same figure (consistent).", ms)

ms = [
    F("gpg", 8, "about 20 percent of the trash", 20, PC, q="approx"),
    F("gpg", 9, "makes up about 20% of the larger trash", 20, PC, q="approx"),
]
G("gpg_tsunami", GPG, "Debris from the 2011 tsunami: about 20% (twice)", "Great Pacific Garbage Patch", "share of debris from the 2011 tsunami",
  "2018 study", "Same figure (consistent).", ms)

ms = [
    F("gpg", 3, "study using 30 vessels", 30, CNT, "s"),
    F("gpg", 8, "Using 30 vessels", 30, CNT, "s"),
    F("gpg", 18, "expedition that involved 18 vessels", 18, CNT, "e"),
]
G("gpg_vessels", GPG, "Vessels of the survey: 30 (the study, twice) against 18 (the 2015 expedition, businessinsider)", "The Ocean Cleanup survey",
  "vessels", "2015-2018", "30 twice (consistent); 18 for 'a 2015 expedition' against 30 for the study: conflict, different_basis defensible.",
  ms, X(ms, CD, ["s"], ["e"]))

ms = [
    F("gpg", 15, "kills more than 100,000 whales", 1e5, CNT, q="over"),
    F("gpg", 15, "导致超过10万头鲸", 1e5, CNT, q="over"),
]
G("gpg_ghost_gear_kills", GPG, "Whales, dolphins and seals killed by ghost gear each year: more than 100,000 / 超过10万 (one bilingual page)",
  "ghost gear", "marine mammals killed a year", "current", "Same figure (consistent).", ms)
ms = [
    F("gpg", 15, "More than 8 million tons of plastic", 8e6, T, q="over"),
    F("gpg", 15, "有超过800万吨塑料", 8e6, T, q="over"),
]
G("gpg_ocean_input", GPG, "Plastic dumped into the oceans each year: more than 8 million tons / 超过800万吨 (one bilingual page)",
  "world oceans", "plastic entering a year", "current", "Same figure (consistent).", ms)

S("gpg", 3, "between 4 and 16 times the mass", vt="4 and 16", value=[4, 16], unit=TIMES)
S("gpg", 6, "停留長達50多年", value=50, unit=YR, q="over")
S("gpg", 8, "(0.5 centimeters in diameter)", value=0.5, unit=CM)
S("gpg", 8, "a list of 200,000 people", value=2e5, unit=CNT)
S("gpg", 9, "smaller than 0.2 inches", value=0.2, unit="inches", q="under")
S("gpg", 9, "make up 94% of the pieces", value=94, unit=PC)
S("gpg", 9, "only 8% of the weight", value=8, unit=PC)
S("gpg", 9, "About 80% of the plastic comes from land", value=80, unit=PC, q="approx")
S("gpg", 9, "while 20% comes from ships", value=20, unit=PC)
S("gpg", 12, "面積是英國的6倍", value=6, unit=TIMES)
S("gpg", 12, "最多能發現26塊塑膠碎片", value=26, unit=CNT)
S("gpg", 13, "是日本的3倍大", value=3, unit=TIMES, nth=1)
S("gpg", 13, "每年还以8%的速度长大", value=8, unit=PC)
S("gpg", 13, "掏出100公斤塑料垃圾", value=100, unit=KG)
S("gpg", 18, "collected 1,136,145 pieces", value=1136145, unit=CNT)
S("gpg", 18, "a total of 668 kg", value=668, unit=KG)
S("gpg", 18, "consisted of 99.9% plastic", value=99.9, unit=PC)
S("gpg", 18, "that 1.7 trillion of the pieces", value=1.7e12, unit=CNT)
S("gpg", 19, "Located 1,000 miles west of California", value=1000, unit="miles")
S("gpg", 19, "or 1,000 miles north of Hawaii", value=1000, unit="miles")
NC("gpg", 5, "西经135度线(135°W)", "coordinate")
NC("gpg", 7, "回答於 : 2024-02-13", "date")
NC("gpg", 8, " date 2018-03-23", "date")
NC("gpg", 8, "57 mins ago", "page_furniture")
NC("gpg", 8, "a C-130 Hercules airplane", "aircraft_name")
NC("gpg", 10, "0 Comments", "page_furniture")
NC("gpg", 12, "過去60年間", "duration")
NC("gpg", 13, "掘密探索 2025-08-24 14:42:18", "date")
NC("gpg", 14, "台灣醒報 - 1 天前", "page_furniture")
NC("gpg", 17, "on March 23, 2018", "date")
NC("gpg", 18, "next slide will load in 15 seconds", "page_furniture")
NC("gpg", 18, "with a Hercules C-130 aircraft", "aircraft_name")

# ============================================================ Amur tigers and leopards in China
ms = [
    F("amt", 3, "增长至50只", 50, CNT, "y21"),
    F("amt", 6, "增长至50只", 50, CNT, "y21"),
    F("amt", 13, "增加到50隻", 50, CNT, "y21"),
    F("amt", 23, "野生東北虎的數量已達50只", 50, CNT, "y21"),
    F("amt", 1, "目前东北虎数量70只左右", 70, CNT, "y24", q="approx"),
    F("amt", 4, "野生东北虎达到 70 只左右", 70, CNT, "y24", q="approx"),
    F("amt", 10, "around 70 wild Siberian tigers", 70, CNT, "y24", q="approx"),
    F("amt", 12, "around 70 Siberian tigers", 70, CNT, "y24", q="approx"),
    F("amt", 14, "around 70 wild Siberian tigers", 70, CNT, "y24", q="approx"),
    F("amt", 16, "around 70 wild Siberian tigers", 70, CNT, "y24", q="approx"),
]
G("amt_park_tigers", AMT, "Wild Amur tigers in the Northeast China Tiger and Leopard National Park: 50 (October 2021 / April 2022, four) and about 70 (2023-2024, six)",
  "Northeast China Tiger and Leopard National Park", "wild Amur (Siberian) tigers", "2021-2022; 2023-2024",
  "Each count agrees with its restatements (consistent); 50 and about 70 are counts of different years (different_basis).", ms)
ms = [
    F("amt", 3, "和60只,监测", 60, CNT, "y21"),
    F("amt", 6, "和60只,监测", 60, CNT, "y21"),
    F("amt", 1, "东北豹数量80只左右", 80, CNT, "y24", q="approx"),
    F("amt", 10, "80 wild Amur leopards living", 80, CNT, "y24", q="approx"),
    F("amt", 12, "80 wild Amur leopards living", 80, CNT, "y24", q="approx"),
    F("amt", 14, "80 wild Amur leopards living", 80, CNT, "y24", q="approx"),
    F("amt", 16, "80 wild Amur leopards roaming", 80, CNT, "y24", q="approx"),
]
G("amt_park_leopards", AMT, "Wild Amur leopards in the park: 60 (2021, twice) and about 80 (2023-2024, five)",
  "Northeast China Tiger and Leopard National Park", "wild Amur leopards", "2021; 2023-2024",
  "Each count agrees with its restatements (consistent); 60 and 80 are different years (different_basis).", ms)
ms = [
    F("amt", 3, "之初的27只", 27, CNT),
    F("amt", 6, "之初的27只", 27, CNT),
    F("amt", 13, "由27隻", 27, CNT),
    F("amt", 14, "in China was 27", 27, CNT),
]
G("amt_start_tigers", AMT, "Wild Amur tigers at the start (the pilot's start / 2015): 27 (four)", "Northeast China Tiger and Leopard National Park / China",
  "wild Amur tigers at the start", "2015-2017", "Same figure (consistent).", ms)
ms = [
    F("amt", 3, "和42只分别", 42, CNT),
    F("amt", 6, "和42只分别", 42, CNT),
    F("amt", 14, "42, respectively", 42, CNT, vt="42"),
]
G("amt_start_leopards", AMT, "Wild Amur leopards at the start: 42 (three)", "Northeast China Tiger and Leopard National Park / China",
  "wild Amur leopards at the start", "2015-2017", "Same figure (consistent).", ms)
ms = [
    F("amt", 3, "野生虎豹总量达110只", 110, CNT),
    F("amt", 6, "野生虎豹总量达110只", 110, CNT),
]
G("amt_total_2021", AMT, "Wild tigers and leopards together in 2021: 110 (twice)", "Northeast China Tiger and Leopard National Park",
  "wild tigers and leopards", "October 2021", "Same figure (consistent).", ms)
ms = [
    F("amt", 3, "新繁殖幼虎10只以上", 10, CNT, q="over"),
    F("amt", 6, "新繁殖幼虎10只以上", 10, CNT, q="over"),
]
G("amt_cubs_2021_tigers", AMT, "New tiger cubs during the pilot: more than 10 (twice)", "Northeast China Tiger and Leopard National Park",
  "tiger cubs", "2017-2021", "Same figure (consistent).", ms)
ms = [
    F("amt", 3, "幼豹7只以上", 7, CNT, q="over"),
    F("amt", 6, "幼豹7只以上", 7, CNT, q="over"),
]
G("amt_cubs_2021_leopards", AMT, "New leopard cubs during the pilot: more than 7 (twice)", "Northeast China Tiger and Leopard National Park",
  "leopard cubs", "2017-2021", "Same figure (consistent).", ms)
ms = [
    F("amt", 8, "over 20 Siberian tiger cubs", 20, CNT, q="over"),
    F("amt", 9, "more than 20 Siberian tiger cubs", 20, CNT, q="over"),
    F("amt", 15, "more than 20 Siberian tiger cubs", 20, CNT, q="over"),
    F("amt", 10, "birth of 20 tiger cubs", 20, CNT),
    F("amt", 14, "In 2023, 20 tiger cubs", 20, CNT),
    F("amt", 16, "birth of 20 tiger cubs", 20, CNT),
    F("amt", 12, "20 new Siberian tiger cubs", 20, CNT),
    F("amt", 4, "野生东北虎幼崽去年新增 20 只", 20, CNT),
]
G("amt_cubs_2023_tigers", AMT, "Tiger cubs born in 2023: 20 / more than 20 (eight)", "Northeast China Tiger and Leopard National Park",
  "tiger cubs born", "2023", "Same figure (consistent).", ms)
ms = [
    F("amt", 8, "more than 15 Amur leopard cubs", 15, CNT, q="over"),
    F("amt", 9, "more than 15 Amur leopard cubs", 15, CNT, q="over"),
    F("amt", 15, "over 15 Amur leopard cubs", 15, CNT, q="over"),
    F("amt", 10, "15 leopard cubs", 15, CNT),
    F("amt", 14, "15 leopard cubs were born", 15, CNT),
    F("amt", 16, "15 leopard cubs, indicating", 15, CNT),
    F("amt", 12, "15 Amur leopard cubs were born", 15, CNT),
]
G("amt_cubs_2023_leopards", AMT, "Leopard cubs born in 2023: 15 / more than 15 (seven)", "Northeast China Tiger and Leopard National Park",
  "leopard cubs born", "2023", "Same figure (consistent).", ms)
ms = [
    F("amt", 8, "more than 35 cubs", 35, CNT, q="over"),
    F("amt", 9, "more than 35 cubs born", 35, CNT, q="over"),
    F("amt", 15, "over 35 cubs born", 35, CNT, q="over"),
    F("amt", 15, "35 cubs born in China's", 35, CNT),
]
G("amt_cubs_2023_total", AMT, "Cubs born in 2023 in all: 35 / more than 35 (four)", "Northeast China Tiger and Leopard National Park",
  "cubs born", "2023", "Same figure (consistent).", ms)

ms = [
    F("amt", 4, "保护面积达 1.41 万平方公里", 1.41e4, KM2, "park"),
    F("amt", 23, "守護著1.41萬平方千米", 1.41e4, KM2, "park"),
    F("amt", 7, "覆盖面积达1.46万平方公里", 1.46e4, KM2, "pilot"),
    F("amt", 2, "试点区面积达1.4万平方公里", 1.4e4, KM2, "pilot"),
]
G("amt_park_area", AMT, "Area of the national park: 1.41万 km2 (the park, twice) against the pilot's 1.46万 (huotuhuo) and 1.4万 (drbdp's 试点区)",
  "Northeast China Tiger and Leopard National Park", "area", "pilot (2017) / park (2021)",
  "The park's 1.41万 twice (consistent); for the pilot area 1.4万 does not round 1.46万 (conflict); the pilot's and the established park's areas are different quantities (different_basis; 1.4万 against 1.41万 could be a rounding, 1.46万 against 1.41万 a conflict).",
  ms, X(ms, DC, ["park"], ["pilot"]), P(4, 1, DR), P(4, 2, DR))

ms = [
    F("amt", 8, "exceeding 1.1 million hectares", 1.1e6, HA, q="over"),
    F("amt", 9, "exceeds 1.1 million hectares", 1.1e6, HA, q="over"),
    F("amt", 15, "exceeding 1.1 million hectares", 1.1e6, HA, q="over"),
]
G("amt_range_ha", AMT, "The animals' range in the park: more than 1.1 million hectares (three)", "Northeast China Tiger and Leopard National Park",
  "area used by tigers and leopards", "2023-2024", "Same figure (consistent).", ms)
ms = [
    F("amt", 10, "covering over 11,000 square kilometers", 1.1e4, KM2, q="over"),
    F("amt", 12, "more than 11 thousand square kilometers", 1.1e4, KM2, vt="11 thousand", step=1000.0, q="over"),
    F("amt", 14, "covering over 11,000 square kilometers", 1.1e4, KM2, q="over"),
    F("amt", 16, "covers over 11,000 square kilometers", 1.1e4, KM2, q="over"),
]
G("amt_range_km2", AMT, "The animals' range in the park: more than 11,000 km2 (four)", "Northeast China Tiger and Leopard National Park",
  "area used by tigers and leopards", "2023-2024", "Same figure (consistent).", ms)
ms = [
    F("amt", 8, "approximately 78%", 78, PC, q="approx"),
    F("amt", 9, "around 78%", 78, PC, q="approx"),
    F("amt", 1, "超过公园总面积的80%", 80, PC, q="over"),
    F("amt", 10, "approximately 80 percent", 80, PC, q="approx"),
    F("amt", 12, "about 80%", 80, PC, q="approx"),
    F("amt", 14, "about 80 percent", 80, PC, q="approx"),
    F("amt", 16, "about 80 percent", 80, PC, q="approx"),
]
G("amt_range_share", AMT, "Share of the park used by the animals: about 78% (twice) against about 80% (four) and 'more than 80%' (163.com)",
  "Northeast China Tiger and Leopard National Park", "share of the park's area in the animals' range", "2023-2024",
  "'About 80%' holds 'about 78%' (consistent); 'more than 80%' does not hold about 78% (conflict).", ms)

ms = [
    F("amt", 2, "数量约30只", 30, CNT, "c", q="approx"),
    F("amt", 5, "野生东北虎的数量约为50只", 50, CNT, "c", q="approx"),
    F("amt", 7, "数量约为50-60只", [50, 60], CNT, "cr", vt="50-60", step=10.0),
    F("amt", 7, "较21世纪初的不足20只", 20, CNT, "o1", q="under"),
    F("amt", 11, "estimated 18 to 22 in Heilongjiang and Jilin", [18, 22], CNT, "o2", vt="18 to 22", step=1.0),
]
G("amt_china_tigers", AMT, "Wild Amur tigers in China: about 30 (drbdp) against about 50 (NFGA, 2024) and about 50-60 (2021 data); early-2000s figures fewer than 20 and 18 to 22",
  "China", "wild Amur tigers", "current; early 2000s",
  "About 30 disagrees with about 50 and 50-60 (conflict); about 50 lies in 50-60 (consistent); the early-2000s figures are another period (different_basis).",
  ms, X(ms, C, ["c"], ["cr"]), P(2, 3, K))

ms = [
    F("amt", 8, "around 500 individuals", 500, CNT, "a", q="approx"),
    F("amt", 9, "around 500 Siberian tigers", 500, CNT, "a", q="approx"),
    F("amt", 18, "approximately 500 specimens", 500, CNT, "a", q="approx"),
    F("amt", 11, "Less than 500 Siberian tigers", 500, CNT, "a", q="under"),
    F("amt", 7, "全球野生东北虎的数量约为500-600只", [500, 600], CNT, "r", vt="500-600", step=100.0),
]
G("amt_world_tigers", AMT, "The world's wild Amur tigers: about 500 (three), less than 500, about 500-600 (WWF figure on huotuhuo)",
  "world", "wild Amur tigers", "current",
  "About 500 and 'less than 500' overlap (consistent); 500-600 against about 500: conflict, consistent defensible (the range starts at 500).",
  ms, X(ms, CK, ["a"], ["r"]))

ms = [
    F("amt", 19, "the total population is about 50", 50, CNT, "u", q="approx"),
    F("amt", 18, "in the region of 30 live specimens", 30, CNT, "u", q="approx"),
    F("amt", 20, "only 84 remaining", 84, CNT, "u"),
    F("amt", 11, "Amur leopard is less than 60", 60, CNT, "u", q="under"),
    F("amt", 24, "only around 100 of the animals", 100, CNT, "u", q="approx"),
    F("amt", 25, "fewer than 35 of these cats", 35, CNT, "u", q="under"),
    F("amt", 21, "estimated 19 to 26 surviving leopards", [19, 26], CNT, "d17", vt="19 to 26", step=1.0),
    F("amt", 24, "just 30 of these recognisable predators", 30, CNT, "d00"),
]
G("amt_world_leopards", AMT, "The world's wild Amur leopards: about 50, about 30, 84, less than 60, around 100, fewer than 35 (undated pages); 19 to 26 'in 2017'; 30 at the turn of the century",
  "world", "wild Amur leopards", "current (pages of 2008-2024); 2017; about 2000",
  "Undated 'current' estimates that disagree are conflicts (about 50 / 30 / 84 / fewer than 35 against each other; 84 against 'less than 60'); hedges that overlap are consistent ('less than 60' and about 50); around 100 disagrees with about 50 and 'less than 60' (conflict) and with 84 (conflict, consistent defensible: the kit's precision for '100' would hold 84); 'less than 60' and 'fewer than 35' hold about 30 logically (conflict with consistent defensible); the dated figures (19 to 26 in 2017, 30 about 2000) are other years (different_basis, conflict defensible for 2017).",
  ms, P(2, 4, CK), P(4, 6, CK), P(5, 1, C), P(5, 4, C), P(5, 3, CK), X(ms, DC, ["d17"], ["u"]), X(ms, D, ["d00"], ["u", "d17"]))

ms = [
    F("amt", 26, "eight to 12 in the wild in China", [8, 12], CNT, "d15", vt="eight to 12", step=1.0),
    F("amt", 27, "fewer than 7 to 12 individuals in China", [7, 12], CNT, "u", vt="7 to 12", step=1.0),
]
G("amt_china_leopards", AMT, "Wild Amur leopards in China: eight to 12 (2015) against 'fewer than 7 to 12' (undated)", "China", "wild Amur leopards",
  "2015; undated", "A dated count against an undated one (different_basis, conflict defensible).", ms, X(ms, DC, ["d15"], ["u"]))
ms = [
    F("amt", 26, "a further 57 over the border in Russia", 57, CNT, "d15"),
    F("amt", 27, "20 to 24 in Russia", [20, 24], CNT, "u", vt="20 to 24", step=1.0),
]
G("amt_russia_leopards", AMT, "Wild Amur leopards in Russia: 57 (2015) against 20 to 24 (undated)", "Russia", "wild Amur leopards",
  "2015; undated", "A dated count against an undated one (different_basis, conflict defensible).", ms, X(ms, DC, ["d15"], ["u"]))
ms = [
    F("amt", 17, "over 120 adult animals", 120, CNT, q="over"),
    F("amt", 21, "as many as 120", 120, CNT, q="under"),
]
G("amt_land_of_leopard", AMT, "Leopards in Russia's Land of the Leopard park: over 120 adults (2023) and 'as many as 120' (2019)", "Land of the Leopard National Park",
  "Amur leopards", "2019-2023", "The same figure from both sides (consistent).", ms)
ms = [
    F("amt", 5, "保护了397种野生脊椎动物", 397, CNT),
    F("amt", 23, "保護了397種野生脊椎動物", 397, CNT),
]
G("amt_vertebrates", AMT, "Wild vertebrate species protected in the park: 397 (twice)", "Northeast China Tiger and Leopard National Park",
  "wild vertebrate species", "2022-2024", "Same figure (consistent).", ms)
ms = [
    F("amt", 5, "3890多种野生植物", 3890, CNT, q="over"),
    F("amt", 23, "3890多種野生植物", 3890, CNT, q="over"),
]
G("amt_plants", AMT, "Wild plant species protected in the park: more than 3890 (twice)", "Northeast China Tiger and Leopard National Park",
  "wild plant species", "2022-2024", "Same figure (consistent).", ms)
ms = [
    F("amt", 12, "19 ancient nature reserves", 19, CNT),
    F("amt", 14, "19 former nature reserves", 19, CNT),
]
G("amt_reserves", AMT, "Former nature reserves merged into the park: 19 (twice)", "Northeast China Tiger and Leopard National Park",
  "former nature reserves", "2017", "Same figure (consistent).", ms)
ms = [
    F("amt", 12, "restore 2,200 hectares of forests", 2200, HA),
    F("amt", 14, "restore 2,200 hectares (22", 2200, HA),
]
G("amt_restored", AMT, "Forest restored in the park: 2,200 hectares (twice)", "Northeast China Tiger and Leopard National Park",
  "forest restored", "recent years", "Same figure (consistent).", ms)

S("amt", 2, "建立超过20个自然保护区", value=20, unit=CNT, q="over")
S("amt", 2, "覆盖面积达350万公顷", value=3.5e6, unit=HA)
S("amt", 4, "2010 年约为 3200 只", value=3200, unit=CNT, q="approx")
S("amt", 4, "已增加到约 5500 只", value=5500, unit=CNT, q="approx")
S("amt", 4, "每 200 平方公里", value=200, unit=KM2)
S("amt", 4, "一般 300 - 500 平方千米", vt="300 - 500", value=[300, 500], unit=KM2)
S("amt", 4, "可超过 1000 平方千米", value=1000, unit=KM2, q="over")
S("amt", 8, "encompassing over 1.4 million hectares", value=1.4e6, unit=HA, q="over")
S("amt", 11, "more than 200 automatic monitoring cameras", value=200, unit=CNT, q="over")
S("amt", 11, "there were over 30 tigers and leopards", value=30, unit=CNT, q="over")
S("amt", 14, "(22 square kilometers)", value=22, unit=KM2)
S("amt", 14, "from 33 percent", value=33, unit=PC)
S("amt", 14, "to nearly 50 percent", value=50, unit=PC, q="under")
S("amt", 17, "increased by 40%", value=40, unit=PC)
S("amt", 17, "has grown by 60%", value=60, unit=PC)
S("amt", 17, "population at 750 animals", value=750, unit=CNT)
S("amt", 18, "approximately 1,000 square miles", value=1000, unit=MI2, q="approx")
S("amt", 22, "通常一胎產1到4隻幼崽", vt="1到4", value=[1, 4], unit=CNT)
S("amt", 23, "共有6800多名巡護員", value=6800, unit=CNT, q="over")
NC("amt", 2, "时间:09-17人气:30", "page_furniture")
NC("amt", 3, "2021-10-13 13:08", "date")
NC("amt", 5, "发布时间:2024-04-24 09:12", "date")
NC("amt", 6, "2021-10-13 09:58", "date")
NC("amt", 15, "April 02, 2024", "date")
NC("amt", 15, "5 Articles", "page_furniture")
NC("amt", 17, "19 Oct 2023 12:10", "date")
NC("amt", 21, "Posted on : 2019-05-26 08:56 KST", "date")
NC("amt", 23, "發布日期: 2022-04-21 18:38:55", "date")
NC("amt", 27, "since 1996 classes it", "date")

# ============================================================ Chinese sturgeon
ms = [
    F("cst", 5, "距今約1.4億年", 1.4e8, YR, q="approx"),
    F("cst", 13, "about 140 million years ago", 1.4e8, YR, q="approx"),
    F("cst", 14, "existed for more than 140 million years", 1.4e8, YR, q="over"),
    F("cst", 16, "existed for more than 140 million years", 1.4e8, YR, q="over"),
    F("cst", 11, "existed for more than 140 million years", 1.4e8, YR, q="over"),
    F("cst", 6, "existed for over 140 million years", 1.4e8, YR, q="over"),
    F("cst", 15, "around for nearly 140 million years", 1.4e8, YR, q="under"),
    F("cst", 18, "已有1.4亿年历史", 1.4e8, YR),
    F("cst", 19, "已有1.4亿年历史", 1.4e8, YR),
    F("cst", 21, "现在是1.4亿年前", 1.4e8, YR),
    F("cst", 10, "最早出现在1.5亿年前", 1.5e8, YR),
    F("cst", 17, "200 million years.", 2e8, YR, q="over", note="'more than' ends the line before"),
    F("cst", 8, "more than 100 million years ago", 1e8, YR, q="over"),
]
G("cst_age", CST, "Age of the Chinese sturgeon (its lineage): 1.4亿年 / 140 million years (ten, some hedged) against 1.5亿年 (85l) and 'more than 200 million years' (china.org.cn 2007); 'more than 100 million years'",
  "Chinese sturgeon", "age of the species / lineage", "current",
  "The 1.4亿 / 140 million mentions agree (consistent); 1.5亿 and 'more than 200 million' disagree with them and with each other (conflict); against 'more than 140 million' the two are logically held (conflict with consistent defensible); 'more than 100 million' holds them all (consistent).",
  ms, *[P(i, 11, CK) for i in (3, 4, 5, 6)], *[P(i, 12, CK) for i in (3, 4, 5, 6)])

ms = [
    F("cst", 1, "溯游搏击3000多公里", 3000, KM, q="over"),
    F("cst", 4, "歷經3000多千米", 3000, KM, q="over"),
    F("cst", 5, "3000多公里的溯流博擊", 3000, KM, q="over"),
    F("cst", 20, "从海洋上游3000多千米", 3000, KM, q="over"),
    F("cst", 7, "(3,000 kilometers)", 3000, KM),
]
G("cst_migration", CST, "The spawning migration up the Yangtze: more than 3000 km (four) and 3,000 km (discovermagazine)", "Chinese sturgeon",
  "length of the spawning migration", "historical", "Same figure (consistent).", ms)
ms = [
    F("cst", 20, "往返路径长达5000多千米", 5000, KM, q="over"),
    F("cst", 13, "more than 5,000 kilometers", 5000, KM, q="over"),
]
G("cst_round_trip", CST, "The round trip: more than 5000 km (twice)", "Chinese sturgeon", "length of the round trip", "historical",
  "Same figure (consistent).", ms)

ms = [
    F("cst", 1, "能繁殖的中华鲟个体超过1万尾", 1e4, CNT, "70s", q="over"),
    F("cst", 13, "more than 10,000 breeding populations", 1e4, CNT, "70s", q="over"),
    F("cst", 21, "每年有10000多条中华鲟", 1e4, CNT, "80s", q="over"),
]
G("cst_adults_1970s", CST, "Breeding adults in the 1970s: more than 10,000 (twice); tanmizhi puts 10000多 in the 1980s", "Yangtze River",
  "breeding Chinese sturgeon", "1970s / 1980s",
  "The 1970s figure twice (consistent); tanmizhi dates the same figure to the 1980s, when the others give 2176 (different_basis, conflict defensible).",
  ms, X(ms, DC, ["70s"], ["80s"]))
ms = [
    F("cst", 1, "骤减到2176尾", 2176, CNT),
    F("cst", 13, "it dropped to 2176", 2176, CNT),
    F("cst", 9, "Chinese sturgeon was 2176 (946", 2176, CNT),
    F("cst", 17, "2,176 in the early stages", 2176, CNT),
]
G("cst_stock_1983", CST, "Spawning stock after the Gezhouba closure (1983): 2176 (four)", "Yangtze River", "spawning Chinese sturgeon",
  "early 1980s", "Same figure (consistent).", ms)
ms = [
    F("cst", 6, "reduced to about 100", 100, CNT, "y14", q="approx"),
    F("cst", 11, "dwindled to about 100", 100, CNT, "y14", q="approx"),
    F("cst", 1, "2010年估算只剩57尾", 57, CNT, "y10"),
    F("cst", 17, "to just 500 now", 500, CNT, "y07"),
]
G("cst_stock_recent", CST, "Chinese sturgeon left: about 100 (2014, twice), 57 (2010 estimate), 500 (2007)", "Yangtze River",
  "wild / spawning Chinese sturgeon", "2007; 2010; 2014", "About 100 twice (consistent); the other figures are other years (different_basis).", ms)

ms = [
    F("cst", 10, "由原来的16处", 16, CNT),
    F("cst", 8, "more than 16 Chinese sturgeon spawning grounds", 16, CNT, q="over"),
    F("cst", 7, "one of 19 possible spawning sites", 19, CNT),
]
G("cst_spawning_grounds", CST, "Spawning grounds before the dams: 16 (85l), more than 16 (laitimes), 19 (discovermagazine)", "Yangtze River",
  "historical spawning grounds", "before 1981",
  "16 against 19 (conflict); 'more than 16' holds 16 (consistent) and logically 19 (conflict with consistent defensible).",
  ms, P(2, 3, CK))
ms = [
    F("cst", 10, "由原来的800公里", 800, KM),
    F("cst", 8, "800-kilometer section", 800, KM),
]
G("cst_spawning_reach", CST, "The spawning reach before the dams: 800 km (twice)", "Yangtze River", "length of the spawning reach",
  "before 1981", "Same figure (consistent).", ms)

ms = [
    F("cst", 4, "最大個體體長5米", 5, M),
    F("cst", 20, "最大成鱼体长5米多", 5, M, q="over"),
    F("cst", 13, "a maximum length of 200 cm", 2, M, vt="200", mult=0.01),
    F("cst", 18, "体长可达3米", 3, M),
    F("cst", 19, "体长可达3米", 3, M),
]
G("cst_max_length", CST, "Maximum length of the Chinese sturgeon: 5 m (twice) against 3 m (twice) and 200 cm (sayfamous)", "Chinese sturgeon",
  "maximum body length", "current", "5 m, 3 m and 200 cm disagree (conflict); 5 m and '5米多' agree, 3 m twice (consistent).", ms)
ms = [
    F("cst", 4, "體重可達600千克", 600, KG),
    F("cst", 5, "可達(dá)600千克", 600, KG),
    F("cst", 13, "a maximum weight of 500 kg", 500, KG),
    F("cst", 18, "体重500公斤以上", 500, KG, q="over"),
]
G("cst_max_weight", CST, "Maximum weight: 600 kg (twice) against 500 kg (sayfamous); gzjll's 'over 500 kg'", "Chinese sturgeon",
  "maximum body weight", "current", "600 against 500 (conflict); 'over 500 kg' holds both (consistent).", ms)
ms = [
    F("cst", 4, "體重50-300千克", [50, 300], KG, "c", vt="50-300", step=50.0),
    F("cst", 5, "常見個(gè)體50-300千克", [50, 300], KG, "c", vt="50-300", step=50.0),
    F("cst", 6, "weighs between 200 kg to 500 kg", [200, 500], KG, "t", vt="200 kg to 500 kg", step=100.0),
    F("cst", 19, "体重超过200公斤", 200, KG, "o", q="over"),
]
G("cst_common_weight", CST, "Usual weight: 50-300 kg (twice) against techtimes' 200-500 kg on average; kfkhr's 'over 200 kg'", "Chinese sturgeon",
  "usual body weight", "current",
  "50-300 twice (consistent); 200-500 kg 'on average' disagrees with the usual 50-300 kg (conflict); 'over 200 kg' beside '可达3米' is a size statement of another kind (different_basis).",
  ms, X(ms, C, ["c"], ["t"]))
ms = [
    F("cst", 4, "最長壽命可達40齡", 40, YR),
    F("cst", 5, "最長壽命可達(dá)40齡", 40, YR),
    F("cst", 20, "最长寿命可达40年", 40, YR),
    F("cst", 13, "longest life span of 40 years", 40, YR),
    F("cst", 21, "寿命一般在40年以上", 40, YR, "typ", q="over"),
]
G("cst_lifespan", CST, "Longest lifespan: 40 years (four); tanmizhi's usual lifespan of over 40 years", "Chinese sturgeon", "lifespan",
  "current", "The maximum four times (consistent); the usual lifespan is another measure (different_basis).", ms)
ms = [
    F("cst", 4, "長大到15釐米左右", 15, CM, q="approx"),
    F("cst", 5, "長大到15厘米左右", 15, CM, q="approx"),
    F("cst", 21, "大约15厘米长", 15, CM, q="approx"),
]
G("cst_juvenile", CST, "Size at which the young go to sea: about 15 cm (three)", "Chinese sturgeon", "length of juveniles leaving for the sea",
  "current", "Same figure (consistent).", ms)
ms = [
    F("cst", 14, "released nearly 5.3 million Chinese sturgeon", 5.3e6, CNT, "y22", q="under"),
    F("cst", 16, "released more than 5.04 million Chinese sturgeon", 5.04e6, CNT, "y21", q="over"),
    F("cst", 1, "累计超过了700万尾", 7e6, CNT, "all", q="over"),
]
G("cst_released", CST, "Captive-bred Chinese sturgeon released in all: nearly 5.3 million (CTGC, 2022), more than 5.04 million (CTG, 2021), more than 700万 (all releases, hongwu)",
  "Yangtze River", "Chinese sturgeon released", "to 2021; to 2022; to date",
  "Running totals of different dates and scopes (different_basis).", ms)
ms = [
    F("cst", 6, "since records began 32 years ago", 32, YR),
    F("cst", 11, "since records began 32 years ago", 32, YR),
]
G("cst_records", CST, "Years of records when natural spawning first failed (2013): 32 (twice)", "Gezhouba spawning ground",
  "years of records", "2014", "Same figure (consistent).", ms)


S("cst", 2, "每年平均捕捞517尾", value=517, unit=CNT)
S("cst", 2, "连续3年没有发现产卵行为", value=3, unit=YR)
S("cst", 3, "少于 200 萬粒", value=2e6, unit=CNT, q="under")
S("cst", 3, "年均產卵量 1531.9 萬粒", value=1.5319e7, unit=CNT)
S("cst", 4, "常見個體體長0.4-1.3米", vt="0.4-1.3", value=[0.4, 1.3], unit=M)
S("cst", 6, "441 pounds to 1,100 pounds", vt="441 pounds to 1,100", value=[441, 1100], unit="pounds")
S("cst", 7, "nearly 1,900 miles", value=1900, unit="miles", q="under")
S("cst", 9, "including 161 from the reaches", value=161, unit=CNT)
S("cst", 9, "annual catches of about 100 individuals", value=100, unit=CNT, q="approx")
S("cst", 9, "We tagged 57 adults", value=57, unit=CNT)
S("cst", 9, "about 1000 individuals", value=1000, unit=CNT, q="approx")
S("cst", 10, "缩减到7公里", value=7, unit=KM)
S("cst", 10, "面积也只有0.4平方公里", value=0.4, unit=KM2)
S("cst", 10, "误捕放流的中华鲟就达155尾", value=155, unit=CNT)
S("cst", 10, "减少到1-2处", vt="1-2", value=[1, 2], unit=CNT)
NC("cst", 6, "between Oct. 31 and Dec. 28", "date")
S("cst", 13, "average body length of about 40 cm", value=40, unit=CM, q="approx")
S("cst", 13, "Early Triassic 230 million years ago", value=2.3e8, unit=YR)
S("cst", 14, "Approximately 230,000 captive-bred", value=2.3e5, unit=CNT, q="approx")
S("cst", 15, "About 41 thousand artificially", vt="41 thousand", value=4.1e4, unit=CNT, q="approx")
S("cst", 15, "10 to 15 centimeters in length", vt="10 to 15", value=[10, 15], unit=CM)
S("cst", 15, "released 210 thousand artificially", vt="210 thousand", value=2.1e5, unit=CNT)
S("cst", 16, "A total of 10,000 captive-bred", value=1e4, unit=CNT)
S("cst", 16, "total weight of 13,130 kg", value=13130, unit=KG)
S("cst", 16, "in 332 conservation areas", value=332, unit=CNT)
S("cst", 17, "More than 100,000 Chinese sturgeon", value=1e5, unit=CNT, q="over")
S("cst", 17, "weighing 350 kg", value=350, unit=KG)
S("cst", 17, "and 150 kg respectively", value=150, unit=KG)
S("cst", 17, "Some 60,000 fries", value=6e4, unit=CNT, q="approx")
S("cst", 17, "about 0.3 meters long", value=0.3, unit=M, q="approx")
S("cst", 21, "每年能捕获500多条", value=500, unit=CNT, q="over")
S("cst", 21, "每条都有400多斤", value=200, unit=KG, mult=0.5, q="over")
S("cst", 21, "现在每年的中华鲟不到30条", value=30, unit=CNT, q="under")
NC("cst", 2, "Gray, 1835", "author_year")
S("cst", 3, "時隔 3 年以后", value=3, unit=YR)
NC("cst", 10, "1986-1996年间", "date")
NC("cst", 13, "more than 1,000 BC", "date")
NC("cst", 14, "10:52, April 10, 2022", "date")
NC("cst", 14, "in the 65th sturgeon release event", "ordinal")
NC("cst", 15, "(CRI January 10, 2004)", "date")
NC("cst", 16, "A 10-year fishing ban", "policy_name")
NC("cst", 18, "时间:01-19人气:10", "page_furniture")
NC("cst", 19, "时间:01-17人气:30", "page_furniture")
NC("cst", 20, "每年10—11月", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh43.toml", "corpus-fresh43")
