"""Hand annotation of corpus-fresh75, written as data; emits gold.d/fresh75.toml (then run
corpus/check_gold.py --dir corpus-fresh75 --build).

Three public-statistics domains (not company results): Hong Kong International Airport traffic / 香港国际机场 /
香港國際機場 (2024 year, December 2024, the first half of 2024 and the 12 months to June 2024, July / August /
October 2024, the 2023 year; `hkg-*`), China's durian imports / 榴莲 / 榴蓮 / 榴槤 (2020, 2021, 2023, 2024 and
January-April 2024 Thai shipments; `dur-*`) and the China-Europe Railway Express / 中欧班列 / 中歐班列 (January-April,
January-June and January-November 2023, Q1 2024, 2024, the 2016 and 2023 yearly totals; `cer-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; passengers in persons, flight
movements and trains as counts, cargo and durians in tonnes (kilograms converted with mult=1e-3), containers in TEU,
dollars in USD, yuan in CNY, baht in THB; growth and decline rates as unsigned percent.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

HKG, DUR, CER = "hong-kong-airport-traffic", "china-durian-imports", "china-europe-railway-express"
P, T, TEU, USD, CNY, THB, HA, KG = "persons", "tonnes", "units", "USD", "CNY", "THB", "hectares", "kilograms"
OK = "Consistent."

# ============================================================ Hong Kong International Airport
# ---- 2024 (calendar year)
G("hkg_2024_pax", HKG, "HKIA passengers in 2024: 53.1 million twice = 5310万 / 5310萬 (cns twice)",
  "Hong Kong International Airport", "passenger volume", "2024", OK, [
    F("hkg", 1, "handled 53.1 million passengers", 53.1e6, P),
    F("hkg", 2, "HKIA handled 53.1 million passengers", 53.1e6, P),
    F("hkg", 6, "香港机场2024年客运量达5310万人次", 53.1e6, P),
    F("hkg", 6, "香港国际机场客运量达5310万人次", 53.1e6, P),
    F("hkg", 9, "機場客運量達5310萬人次", 53.1e6, P),
  ])
G("hkg_2024_pax_growth", HKG, "Growth of 2024 passengers: around 34.3% four times and cns' headline 'over 30%' (增逾三成)",
  "Hong Kong International Airport", "passenger volume growth", "2024",
  "Same value: consistent; '增逾三成' (over 30%) holds 34.3: consistent.", [
    F("hkg", 1, "up around 34.3 percent", 34.3, PC, q="approx"),
    F("hkg", 2, "increases of around 34.3%", 34.3, PC, q="approx"),
    F("hkg", 6, "增加约34.3%", 34.3, PC, q="approx"),
    F("hkg", 9, "增加約34.3%", 34.3, PC, q="approx"),
    F("hkg", 6, "同比增逾三成", 30, PC, vt="三成", step=10, q="over"),
  ])
G("hkg_2024_flights", HKG, "Flight movements in 2024: 363,305 against 'over 363,000' and 超过36.3万 twice",
  "Hong Kong International Airport", "flight movements", "2024", "The 'over' figures hold 363,305: consistent.", [
    F("hkg", 1, "over 363,000 flight movements", 363000, CNT, q="over"),
    F("hkg", 2, "363,305 flight movements", 363305, CNT),
    F("hkg", 6, "超过36.3万架次", 363000, CNT, q="over"),
    F("hkg", 9, "超過36.3萬架次", 363000, CNT, q="over"),
  ])
G("hkg_2024_flights_growth", HKG, "Growth of 2024 flight movements: 31.6% four times", "Hong Kong International Airport",
  "flight movements growth", "2024", OK, [
    F("hkg", 1, "34.3 percent and 31.6 percent", 31.6, PC),
    F("hkg", 2, "34.3% and 31.6%", 31.6, PC),
    F("hkg", 6, "34.3%和31.6%", 31.6, PC),
    F("hkg", 9, "34.3%和31.6%", 31.6, PC),
  ])
G("hkg_2024_cargo", HKG, "Cargo throughput in 2024: 4.9 million tons / tonnes = 490万吨 / 490萬噸 (twice)",
  "Hong Kong International Airport", "cargo throughput", "2024", OK, [
    F("hkg", 1, "hit 4.9 million tons", 4.9e6, T),
    F("hkg", 2, "to 4.9 million tonnes", 4.9e6, T),
    F("hkg", 6, "总货运量为490万吨", 4.9e6, T),
    F("hkg", 9, "總貨運量為490萬噸", 4.9e6, T),
    F("hkg", 11, "處理貨物達490萬噸", 4.9e6, T),
  ])
G("hkg_2024_cargo_growth", HKG, "Growth of 2024 cargo: 14% four times and trbusiness' 14.0%", "Hong Kong International Airport",
  "cargo throughput growth", "2024", "Same value (14 = 14.0): consistent.", [
    F("hkg", 1, "up 14 percent", 14, PC),
    F("hkg", 2, "annual growth of 14.0%", 14.0, PC),
    F("hkg", 6, "按年增长14%", 14, PC),
    F("hkg", 9, "按年增長14%", 14, PC),
    F("hkg", 11, "按年增長14%", 14, PC),
  ])
# ---- December 2024
G("hkg_dec24_flights", HKG, "Flight movements in December 2024: 33,550 four times", "Hong Kong International Airport",
  "flight movements", "December 2024", OK, [
    F("hkg", 1, "flight movements reached 33,550", 33550, CNT),
    F("hkg", 2, "by 12.5% to 33,550", 33550, CNT),
    F("hkg", 6, "飞机起降量达33550架次", 33550, CNT),
    F("hkg", 9, "飛機起降量達33550架次", 33550, CNT),
  ])
G("hkg_dec24_flights_growth", HKG, "Growth of December 2024 flight movements: 12.5% four times", "Hong Kong International Airport",
  "flight movements growth", "December 2024", OK, [
    F("hkg", 1, "a 12.5 percent increase", 12.5, PC),
    F("hkg", 2, "year-on-year by 12.5%", 12.5, PC),
    F("hkg", 6, "按年增加12.5%", 12.5, PC),
    F("hkg", 9, "按年增加12.5%", 12.5, PC),
  ])
G("hkg_dec24_pax", HKG, "Passengers in December 2024: 5.1 million twice = 510万 / 510萬", "Hong Kong International Airport",
  "passenger volume", "December 2024", OK, [
    F("hkg", 1, "totaled 5.1 million", 5.1e6, P),
    F("hkg", 2, "year on year to 5.1 million", 5.1e6, P),
    F("hkg", 6, "当月客运量为510万人次", 5.1e6, P),
    F("hkg", 9, "量為510萬人次", 5.1e6, P),
  ])
G("hkg_dec24_pax_growth", HKG, "Growth of December 2024 passengers: 18.3% four times", "Hong Kong International Airport",
  "passenger volume growth", "December 2024", OK, [
    F("hkg", 1, "up 18.3 percent", 18.3, PC),
    F("hkg", 2, "increased 18.3%", 18.3, PC),
    F("hkg", 6, "按年增加18.3%", 18.3, PC),
    F("hkg", 9, "按年增加18.3%", 18.3, PC),
  ])
G("hkg_dec24_cargo", HKG, "Cargo in December 2024: 446,000 tonnes = 44.6万吨", "Hong Kong International Airport",
  "cargo throughput", "December 2024", OK, [
    F("hkg", 2, "to 446,000 tonnes", 446000, T),
    F("hkg", 6, "当月货运量为44.6万吨", 446000, T),
  ])
G("hkg_dec24_cargo_growth", HKG, "Growth of December 2024 cargo: 6.6% twice", "Hong Kong International Airport",
  "cargo throughput growth", "December 2024", OK, [
    F("hkg", 2, "increased by 6.6%", 6.6, PC),
    F("hkg", 6, "按年增长6.6%", 6.6, PC),
  ])
NC("hkg", 1, "Jan. 21 (Xinhua)", "date")
NC("hkg", 1, "movements in 2024", "date")
NC("hkg", 1, "In December 2024", "date")
NC("hkg", 1, "The year 2024", "date")
NC("hkg", 2, "date 2025-01-22", "date")
NC("hkg", 2, "growth in 2024", "date")
NC("hkg", 2, "compared to 2023", "date")
NC("hkg", 2, "throughput for 2024", "date")
NC("hkg", 2, "For December 2024", "date")
NC("hkg", 2, "Cargo throughput in December 2024", "date")
S("hkg", 2, "a 6.8% increase recorded in exports", value=6.8, unit=PC)
NC("hkg", 2, "cargo traffic in 2024", "date")
S("hkg", 2, "up 20.2%", value=20.2, unit=PC)
NC("hkg", 2, "compared with 2023", "date")
NC("hkg", 2, "“2024 was", "date")
S("hkg", 2, "for the 13th time", value=13, unit=CNT)
NC("hkg", 2, "since 2010", "date")
NC("hkg", 6, "1月22日电", "date")
NC("hkg", 6, "21日晚公布,2024年", "date")
NC("hkg", 6, "分别较2023年", "date")
NC("hkg", 6, "2024年12月", "date")
NC("hkg", 6, "表示,2024年是", "date")
NC("hkg", 6, "在11月正式启用", "date")
NC("hkg", 9, "1月21日電", "date")
NC("hkg", 9, "21日公布,2024年", "date")
NC("hkg", 9, "分別比2023年", "date")
NC("hkg", 9, "2024年12月", "date")
NC("hkg", 9, "表示,2024年是", "date")
NC("hkg", 9, "在11月正式啟用", "date")
NC("hkg", 11, "4月14日", "date")
NC("hkg", 11, "公布2024年", "date")
NC("hkg", 11, "自2010年以來", "date")
S("hkg", 11, "第14次", value=14, unit=CNT)
NC("hkg", 11, "2024年香港國際機場", "date")

# ---- first half of 2024 and the 12 months to June 2024
G("hkg_h124_pax", HKG, "Passengers in the first half of 2024: 25.3 million = 2530萬 (headline and text)",
  "Hong Kong International Airport", "passenger volume", "H1 2024", OK, [
    F("hkg", 3, "to 25.3 million", 25.3e6, P),
    F("hkg", 10, "客運量2530萬人次 同比", 25.3e6, P),
    F("hkg", 10, "客運量為2530萬人次", 25.3e6, P),
  ])
G("hkg_h124_pax_growth", HKG, "Growth of H1 2024 passengers: 52.8% three times", "Hong Kong International Airport",
  "passenger volume growth", "H1 2024", OK, [
    F("hkg", 3, "increased by 52.8%", 52.8, PC),
    F("hkg", 10, "同比躍升52.8%", 52.8, PC),
    F("hkg", 10, "同期躍升52.8%", 52.8, PC),
  ])
G("hkg_h124_flights", HKG, "Flight movements in H1 2024: 174,745 against 17.47萬", "Hong Kong International Airport",
  "flight movements", "H1 2024", "17.47萬 rounds 174,745: rounding.", [
    F("hkg", 3, "by 47.1% to 174,745", 174745, CNT),
    F("hkg", 10, "至17.47萬架次", 174700, CNT),
  ])
G("hkg_h124_flights_growth", HKG, "Growth of H1 2024 flight movements: 47.1% twice", "Hong Kong International Airport",
  "flight movements growth", "H1 2024", OK, [
    F("hkg", 3, "grew by 47.1%", 47.1, PC),
    F("hkg", 10, "同比上升47.1%", 47.1, PC),
  ])
G("hkg_h124_cargo", HKG, "Cargo in H1 2024: 2.4 million tonnes = 240萬噸", "Hong Kong International Airport",
  "cargo throughput", "H1 2024", OK, [
    F("hkg", 3, "rise to 2.4 million tonnes", 2.4e6, T),
    F("hkg", 10, "至240萬噸", 2.4e6, T),
  ])
G("hkg_h124_cargo_growth", HKG, "Growth of H1 2024 cargo: 17.9% twice", "Hong Kong International Airport",
  "cargo throughput growth", "H1 2024", OK, [
    F("hkg", 3, "a 17.9% rise", 17.9, PC),
    F("hkg", 10, "同比增加17.9%", 17.9, PC),
  ])
G("hkg_jun24_pax", HKG, "Passengers in June 2024: 4.3 million = 430萬 (aviation24's June paragraph, people.cn's '2024年6月 ... 達到430萬人次')",
  "Hong Kong International Airport", "passenger volume", "June 2024", OK, [
    F("hkg", 3, "4.3 million passengers in June", 4.3e6, P),
    F("hkg", 10, "達到430萬人次", 4.3e6, P),
  ])
G("hkg_export_growth_jun24", HKG, "Export cargo growth (June 2024 in aviation24, placed in the H1 paragraph by people.cn): 24.9% twice",
  "Hong Kong International Airport", "export cargo growth", "June 2024", OK, [
    F("hkg", 3, "with a 24.9% increase", 24.9, PC),
    F("hkg", 10, "同期增加24.9%", 24.9, PC),
  ])
G("hkg_12m_jun24_pax", HKG, "Passengers in the 12 months to June 2024: 48.2 million = 4820萬", "Hong Kong International Airport",
  "passenger volume", "12 months to June 2024", OK, [
    F("hkg", 3, "to 48.2 million", 48.2e6, P),
    F("hkg", 10, "至4820萬人次", 48.2e6, P),
  ])
G("hkg_12m_jun24_pax_growth", HKG, "Growth of 12-month passengers to June 2024: 125.9% twice", "Hong Kong International Airport",
  "passenger volume growth", "12 months to June 2024", OK, [
    F("hkg", 3, "surged by 125.9%", 125.9, PC),
    F("hkg", 10, "上升125.9%", 125.9, PC),
  ])
G("hkg_12m_jun24_flights", HKG, "Flight movements in the 12 months to June 2024: 332,040 against 33.2萬",
  "Hong Kong International Airport", "flight movements", "12 months to June 2024", "33.2萬 rounds 332,040: rounding.", [
    F("hkg", 3, "by 69.9% to 332,040", 332040, CNT),
    F("hkg", 10, "至33.2萬架次", 332000, CNT),
  ])
G("hkg_12m_jun24_flights_growth", HKG, "Growth of 12-month flight movements to June 2024: 69.9% against 近69.9%",
  "Hong Kong International Airport", "flight movements growth", "12 months to June 2024", OK, [
    F("hkg", 3, "increased by 69.9%", 69.9, PC),
    F("hkg", 10, "增長近69.9%", 69.9, PC, q="under"),
  ])
G("hkg_12m_jun24_cargo", HKG, "Cargo in the 12 months to June 2024: 4.7 million tonnes = 470萬噸", "Hong Kong International Airport",
  "cargo throughput", "12 months to June 2024", OK, [
    F("hkg", 3, "to 4.7 million tonnes", 4.7e6, T),
    F("hkg", 10, "至470萬噸", 4.7e6, T),
  ])
G("hkg_12m_jun24_cargo_growth", HKG, "Growth of 12-month cargo to June 2024: 14.8% twice", "Hong Kong International Airport",
  "cargo throughput growth", "12 months to June 2024", OK, [
    F("hkg", 3, "grew by 14.8%", 14.8, PC),
    F("hkg", 10, "增加14.8%", 14.8, PC),
  ])
G("hkg_jul21_daily", HKG, "Passengers on 21 July 2024: over 171,000 = 超過17.1萬", "Hong Kong International Airport",
  "daily passenger volume", "21 July 2024", OK, [
    F("hkg", 3, "over 171,000 passengers", 171000, P, q="over"),
    F("hkg", 10, "超過17.1萬人次", 171000, P, q="over"),
  ])
NC("hkg", 3, "statistics for June 2024", "date")
S("hkg", 3, "a 29.1% increase", value=29.1, unit=PC)
NC("hkg", 3, "from June 2023", "date")
S("hkg", 3, "up by 32.3%", value=32.3, unit=PC)
S("hkg", 3, "to 29,590", value=29590, unit=CNT)
NC("hkg", 3, "first half of 2024", "date")
NC("hkg", 3, "Over a 12-month period", "duration")
NC("hkg", 3, "On 21 July", "date")
NC("hkg", 3, "by the end of 2024", "date")
NC("hkg", 10, "2024年上半年香港", "date")
NC("hkg", 10, "2024年07月25日14:35", "date")
NC("hkg", 10, "7月24日電", "date")
NC("hkg", 10, "24日公布,2024年上半年", "date")
NC("hkg", 10, "相較2023年同期", "date")
NC("hkg", 10, "表示,2024年6月", "date")
NC("hkg", 10, "均較2023年同期", "date")
NC("hkg", 10, "2024年上半年,貨運量", "date")
NC("hkg", 10, "較2023年同期增加", "date")
NC("hkg", 10, "在6月增長", "date")
NC("hkg", 10, "過去12個月", "duration")
NC("hkg", 10, "7月21日", "date")
NC("hkg", 10, "在2024年底前", "date")
S("hkg", 10, "連續9年", value=9, unit="years")

# ---- July 2024
NC("hkg", 4, "date 2024-08-22", "date")
NC("hkg", 4, "23 August 2024", "date")
S("hkg", 4, "around 4.8 million passengers", value=4.8e6, unit=P, q="approx")
S("hkg", 4, "a 24.7% year-on-year", value=24.7, unit=PC)
NC("hkg", 4, "statistics for July 2024", "date")
S("hkg", 4, "increased to 31,100", value=31100, unit=CNT)
S("hkg", 4, "up 29.3%", value=29.3, unit=PC)
NC("hkg", 4, "compared to July 2023", "date")
S("hkg", 4, "up 14.6%", value=14.6, unit=PC)
S("hkg", 4, "to 414,000 tonnes", value=414000, unit=T)
S("hkg", 4, "exceeded 170,000 on peak days", value=170000, unit=P, q="over")
NC("hkg", 4, "On 28 July", "date")
S("hkg", 4, "handled 173,000 passengers", value=173000, unit=P)
S("hkg", 4, "increasing by 16.8%", value=16.8, unit=PC)
S("hkg", 4, "over 30 million", value=30e6, unit=P, q="over")
S("hkg", 4, "increased to 205,830", value=205830, unit=CNT)
S("hkg", 4, "growth of 47.5%", value=47.5, unit=PC)
S("hkg", 4, "and 44.1%", value=44.1, unit=PC)
NC("hkg", 4, "same period of 2023", "date")
S("hkg", 4, "increase of 17.4%", value=17.4, unit=PC)
S("hkg", 4, "about 2.8 million tonnes", value=2.8e6, unit=T, q="approx")

# ---- August 2024
G("hkg_aug24_pax", HKG, "Passengers in August 2024: about 4.92 million = 约492万", "Hong Kong International Airport",
  "passenger volume", "August 2024", OK, [
    F("hkg", 5, "about 4.92 million passengers", 4.92e6, P, q="approx"),
    F("hkg", 8, "达约492万人次", 4.92e6, P, q="approx"),
  ])
G("hkg_aug24_pax_growth", HKG, "Growth of August 2024 passengers: Xinhua's 23% against cusdn's (jiemian's) 20%",
  "Hong Kong International Airport", "passenger volume growth", "August 2024",
  "20 (whole percent, written beside 6%) against 23: conflict.", [
    F("hkg", 5, "a 23 percent year-on-year", 23, PC),
    F("hkg", 8, "分别上升20%", 20, PC, step=1),
  ])
G("hkg_aug24_cargo", HKG, "Cargo in August 2024: 406,000 tons = 40.6万公吨", "Hong Kong International Airport",
  "cargo throughput", "August 2024", OK, [
    F("hkg", 5, "to 406,000 tons", 406000, T),
    F("hkg", 8, "货运量为40.6万公吨", 406000, T),
  ])
G("hkg_aug24_cargo_growth", HKG, "Growth of August 2024 cargo: Xinhua's 10.6% against cusdn's 6%", "Hong Kong International Airport",
  "cargo throughput growth", "August 2024", "6 against 10.6: conflict.", [
    F("hkg", 5, "up 10.6 percent", 10.6, PC),
    F("hkg", 8, "及6%", 6, PC),
  ])
G("hkg_aug18_daily", HKG, "Passengers on 18 August 2024: 174,600 against 超越17万 (over 170,000)", "Hong Kong International Airport",
  "daily passenger volume", "18 August 2024", "The 'over' figure holds 174,600: consistent.", [
    F("hkg", 5, "handled 174,600 passengers", 174600, P),
    F("hkg", 8, "超越17万人次", 170000, P, q="over"),
  ])
NC("hkg", 5, "2024-09-23 22:39:00", "date")
NC("hkg", 5, "Sept. 23 (Xinhua)", "date")
NC("hkg", 5, "In August 2024", "date")
S("hkg", 5, "exceeded 170,000 on peak days", value=170000, unit=P, q="over")
NC("hkg", 5, "On Aug. 18", "date")
S("hkg", 5, "by 14.6 percent", value=14.6, unit=PC)
NC("hkg", 8, "2024年09月24日快讯", "date")
NC("hkg", 8, "8月客货运量", "date")
NC("hkg", 8, "9月23日公布", "date")
NC("hkg", 8, "2024年8月份", "date")
NC("hkg", 8, "较2023年8月", "date")
S("hkg", 8, "同比增加21%", value=21, unit=PC)
S("hkg", 8, "至31 605架次", vt="31 605", value=31605, unit=CNT)
NC("hkg", 8, "8月18日", "date")

# ---- October 2024 (cns via 0dqlz)
NC("hkg", 7, "11月19日电", "date")
NC("hkg", 7, "19日公布", "date")
NC("hkg", 7, "今年10月", "date")
S("hkg", 7, "客运量达455万人次", value=4.55e6, unit=P)
S("hkg", 7, "近3.2万架次", value=32000, unit=CNT, q="under")
S("hkg", 7, "增加21.3%", value=21.3, unit=PC)
S("hkg", 7, "及20.3%", value=20.3, unit=PC)
NC("hkg", 7, "表示,10月", "date")
NC("hkg", 7, "据统计,10月", "date")
S("hkg", 7, "上升12.7%", value=12.7, unit=PC)
S("hkg", 7, "至44.2万吨", value=442000, unit=T)
S("hkg", 7, "同比增加15.6%", value=15.6, unit=PC)
NC("hkg", 7, "今年首10个月", "duration")
S("hkg", 7, "约4400万人次", value=44e6, unit=P, q="approx")
S("hkg", 7, "近29.9万架次", value=299000, unit=CNT, q="under")
NC("hkg", 7, "较2023年同期", "date")
S("hkg", 7, "跃升38.6%", value=38.6, unit=PC)
S("hkg", 7, "及36.7%", value=36.7, unit=PC)
S("hkg", 7, "增加15.4%", value=15.4, unit=PC)
S("hkg", 7, "至403万吨", value=4.03e6, unit=T)
NC("hkg", 7, "过去12个月", "duration")
S("hkg", 7, "至5160万人次", value=51.6e6, unit=P)
S("hkg", 7, "跃升51.5%", value=51.5, unit=PC)
S("hkg", 7, "攀升43.8%", value=43.8, unit=PC)
S("hkg", 7, "约35.6万架次", value=356000, unit=CNT, q="approx")
S("hkg", 7, "增长15.9%", value=15.9, unit=PC)
S("hkg", 7, "至490万吨", value=4.9e6, unit=T, note="12 months to October 2024, not the 2024 year")

# ---- 2023 (calendar year) and the 2023 Christmas peak
G("hkg_2023_pax", HKG, "HKIA passengers in 2023: aviation24's 40 million against the secretary's 3950萬",
  "Hong Kong International Airport", "passenger volume", "2023", "40 million rounds 3950萬: rounding.", [
    F("hkg", 12, "handled 40 million passengers", 40e6, P),
    F("hkg", 13, "機場客運量達3950萬人次", 39.5e6, P),
  ])
G("hkg_2023_flights", HKG, "Flight movements in 2023: 276,000 against 27萬6千多 (over 276,000)",
  "Hong Kong International Airport", "flight movements", "2023", "The '-odd' figure holds 276,000: consistent.", [
    F("hkg", 12, "and 276,000 flight movements", 276000, CNT),
    F("hkg", 13, "倍增至27萬6千多架次", 276000, CNT, vt="27萬6千多", step=1000, q="over"),
  ])
G("hkg_2023_cargo", HKG, "Cargo in 2023: 4.3 million tonnes against 433萬公噸", "Hong Kong International Airport",
  "cargo throughput", "2023", "4.3 million rounds 433萬: rounding.", [
    F("hkg", 12, "reaching 4.3 million tonnes", 4.3e6, T),
    F("hkg", 13, "至433萬公噸", 4.33e6, T),
  ])
G("hkg_2023_cargo_growth", HKG, "Growth of 2023 cargo: 3.2% against 3%", "Hong Kong International Airport",
  "cargo throughput growth", "2023", "3 rounds 3.2: rounding.", [
    F("hkg", 12, "annual growth of 3.2%", 3.2, PC),
    F("hkg", 13, "輕微上升3%", 3, PC),
  ])
NC("hkg", 12, "date 2024-01-23", "date")
NC("hkg", 12, "In 2023, Hong Kong", "date")
S("hkg", 12, "approximately 600%", value=600, unit=PC, q="approx")
S("hkg", 12, "600% and 100%", value=100, unit=PC)
NC("hkg", 12, "compared to 2022", "date")
NC("hkg", 12, "In December 2023", "date")
S("hkg", 12, "increased 1.7 times", value=1.7, unit="times")
S("hkg", 12, "year-on-year to 4.3 million", value=4.3e6, unit=P)
S("hkg", 12, "recovering to 80% of", value=80, unit=PC)
S("hkg", 12, "rose by 89%", value=89, unit=PC)
S("hkg", 12, "year-on-year to 30,000", value=30000, unit=CNT)
S("hkg", 12, "surpassing 80% of", value=80, unit=PC, q="over")
S("hkg", 12, "increased by 19.3%", value=19.3, unit=PC)
S("hkg", 12, "to 418,000 tonnes", value=418000, unit=T)
S("hkg", 12, "a substantial 33.4% increase", value=33.4, unit=PC)
NC("hkg", 12, "by the end of 2024", "date")
NC("hkg", 13, "在2023年12月", "date")
S("hkg", 13, "疫情前的七成", vt="七成", value=70, unit=PC)
S("hkg", 13, "升約7倍", value=7, unit="times", q="approx")
NC("hkg", 13, "在12月22日及23日", "date")
S("hkg", 13, "超過16萬人次旅客", value=160000, unit=P, q="over")
NC("hkg", 13, "12月23日更", "date")
S("hkg", 13, "錄得16.4萬人次", value=164000, unit=P)
S("hkg", 13, "飛機起降量1034架次", value=1034, unit=CNT)
NC("hkg", 13, "於2035年起", "date")
S("hkg", 13, "每年1億2000萬人次", vt="1億2000萬", value=120e6, unit=P)
S("hkg", 13, "和1000萬公噸", value=10e6, unit=T)

# ============================================================ China's durian imports
# ---- 2023
G("dur_2023_volume", DUR, "China's fresh durian imports in 2023: 1.426 million tonnes twice = 142.6万吨, 'some 1.43 million', and hkcna's 142萬噸",
  "China", "fresh durian imports (volume)", "2023",
  "'some 1.43 million' holds 1.426: consistent; 142萬 (a truncation of 142.6萬) against 1.426 and 1.43: conflict.", [
    F("dur", 1, "imported 1.426 million tonnes", 1.426e6, T),
    F("dur", 2, "some 1.43 million tons", 1.43e6, T, q="approx"),
    F("dur", 3, "imported 1.426 million tons", 1.426e6, T),
    F("dur", 7, "进口量为142.6万吨", 1.426e6, T),
    F("dur", 10, "共進口142萬噸", 1.42e6, T),
  ])
G("dur_2023_value", DUR, "Value of 2023 durian imports: US$6.72 billion (title and text) against $6.7 billion",
  "China", "fresh durian imports (value)", "2023", "6.7 rounds 6.72: rounding.", [
    F("dur", 2, "value of $6.7 billion", 6.7e9, USD),
    F("dur", 3, "Imported US$6.72 Billion", 6.72e9, USD, vt="6.72 Billion", step=0.01e9),
    F("dur", 3, "reached a whopping US$6.72 billion", 6.72e9, USD),
  ])
G("dur_2023_value_growth", DUR, "Growth of 2023 durian import value: 66% three times", "China",
  "fresh durian imports (value) growth", "2023", OK, [
    F("dur", 3, "A Massive 66% Jump", 66, PC),
    F("dur", 3, "increase of 66 percent", 66, PC),
    F("dur", 5, "explosive 66 per cent", 66, PC),
  ])
G("dur_2023_thai_volume", DUR, "Imports from Thailand in 2023: 929,000 tonnes twice = 92.9万吨", "China",
  "fresh durian imports from Thailand (volume)", "2023", OK, [
    F("dur", 1, "929,000 tonnes", 929000, T),
    F("dur", 3, "929,000 tons", 929000, T),
    F("dur", 7, "泰国鲜榴莲92.9万吨", 929000, T),
  ])
G("dur_2023_thai_share", DUR, "Thailand's share of 2023 imports: 65.15% twice against hkcna's 65.19%; SCMP's 68% (of imports, evidently by value)",
  "China", "Thailand's share of durian imports", "2023",
  "65.19 against 65.15: conflict. SCMP's 68 matches the value share (its 2024 share 57 matches 4 of 6.99 billion): different_basis, conflict as alt.", [
    F("dur", 1, "accounting for 65.15 percent", 65.15, PC),
    F("dur", 7, "进口总量的65.15%", 65.15, PC),
    F("dur", 10, "泰國進口占65.19%", 65.19, PC),
    F("dur", 5, "accounting for 68 per cent", 68, PC, basis="value"),
  ], OTHER({"value"}))
G("dur_jan_apr24_thai", DUR, "Thai durian exports to China, January-April 2024: 225,204 tons against 'over 225,000'",
  "Thailand", "fresh durian exports to China", "January-April 2024", "The 'over' figure holds 225,204: consistent.", [
    F("dur", 2, "reached 225,204 tons", 225204, T),
    F("dur", 3, "over 225,000 tons", 225000, T, q="over"),
  ])
NC("dur", 1, "10:06, May 14, 2024", "date")
NC("dur", 1, "April 26, 2024", "date")
NC("dur", 1, "in 2023, China", "date")
NC("dur", 2, "date 2024-06-12", "date")
NC("dur", 2, "As of 2023", "date")
S("dur", 2, "around 5-6 kilograms", vt="5-6", value=[5, 6], unit=KG, q="approx")
S("dur", 2, "about 500 million durians", value=500e6, unit=CNT, q="approx")
S("dur", 2, "produce 900,000 tons", value=900000, unit=T)
S("dur", 2, "at 300,000 tons", value=300000, unit=T)
NC("dur", 2, "on April 9", "date")
S("dur", 2, "over 1 million tons", value=1e6, unit=T, q="over")
S("dur", 2, "110,000 hectares", value=110000, unit=HA)
NC("dur", 2, "hectares in 2023", "date")
S("dur", 2, "24 per cent", value=24, unit=PC)
NC("dur", 3, "Durians In 2023", "date")
NC("dur", 3, "In 2023, China’s", "date")
S("dur", 3, "US$16.85 billion", value=16.85e9, unit=USD)
S("dur", 3, "up 15 percent", value=15, unit=PC)
S("dur", 3, "7.524 million tons", value=7.524e6, unit=T)
S("dur", 3, "up 3 percent", value=3, unit=PC)
NC("dur", 3, "market in 2022", "date")
NC("dur", 3, "in 2023, China imported", "date")
S("dur", 3, "493,000 tons", value=493000, unit=T)
NC("dur", 3, "four months of 2024", "date")
NC("dur", 7, "2023年中国", "date")
NC("dur", 7, "今年3月", "date")
NC("dur", 7, "2017年至2023年", "date")
S("dur", 7, "51.7亿林吉特", value=51.7e8, unit="MYR")
S("dur", 7, "约合79.6亿元人民币", value=79.6e8, unit=CNY, q="approx")
S("dur", 7, "其中73%", value=73, unit=PC)
NC("dur", 10, "5月6日電", "date")
S("dur", 10, "達4.8萬噸", value=48000, unit=T)
S("dur", 10, "其中3.5萬噸", value=35000, unit=T)
S("dur", 10, "1.3萬噸來自泰國", value=13000, unit=T)
S("dur", 10, "增長了48.1%", value=48.1, unit=PC)
S("dur", 10, "下降了59.5%", value=59.5, unit=PC)
NC("dur", 10, "中國2023年", "date")
S("dur", 10, "越南進口占34.55%", value=34.55, unit=PC)
S("dur", 10, "菲律賓則占0.26%", value=0.26, unit=PC)
NC("dur", 10, "2023年之前", "date")
NC("dur", 10, "2022年泰國", "date")
S("dur", 10, "超過95%", value=95, unit=PC, q="over")
NC("dur", 10, "同年8月", "date")

# ---- 2024
G("dur_2024_volume", DUR, "China's durian imports in 2024: 1.56 million tons against SCMP's 15.6 billion kilograms and ltn's 1560萬噸 (ten times as much)",
  "China", "durian imports (volume)", "2024",
  "15.6 billion kg = 1560萬噸 = 15.6 million tonnes: consistent with each other; against 1.56 million: conflict (kept as written).", [
    F("dur", 4, "imported 1.56 million tons", 1.56e6, T),
    F("dur", 5, "15.6 billion kilograms", 15.6e6, T, mult=1e-3),
    F("dur", 11, "進口了1560萬噸", 15.6e6, T),
  ])
G("dur_2024_value", DUR, "Value of 2024 durian imports: US$6.99 billion = 69.9億美元, 'roughly USD 7 billion', 'nearly US$7 billion'",
  "China", "durian imports (value)", "2024", "The hedged 7 billion figures hold 6.99: consistent.", [
    F("dur", 4, "roughly USD 7 billion", 7e9, USD, q="approx"),
    F("dur", 5, "nearly US$7 billion", 7e9, USD, q="under"),
    F("dur", 5, "high of US$6.99 billion", 6.99e9, USD),
    F("dur", 11, "價值高達69.9億美元", 6.99e9, USD),
  ])
G("dur_2024_volume_growth", DUR, "Growth of 2024 import volume: 9.4% twice", "China", "durian imports (volume) growth", "2024", OK, [
    F("dur", 4, "up 9.4% in volume", 9.4, PC),
    F("dur", 5, "up 9.4 per cent", 9.4, PC),
  ])
G("dur_2024_value_growth", DUR, "Growth of 2024 import value: 4% against 4.1%", "China", "durian imports (value) growth", "2024",
  "4 rounds 4.1: rounding.", [
    F("dur", 4, "4% in value", 4, PC),
    F("dur", 5, "rose 4.1 per cent", 4.1, PC),
  ])
G("dur_2024_thai_value", DUR, "Value of 2024 imports from Thailand: 'over USD 4 billion' against US$4 billion", "China",
  "durian imports from Thailand (value)", "2024", "The 'over' figure holds 4: consistent.", [
    F("dur", 4, "over USD 4 billion", 4e9, USD, q="over"),
    F("dur", 5, "total value of US$4 billion", 4e9, USD),
  ])
G("dur_2024_thai_value_decline", DUR, "Decline of 2024 imports from Thailand by value: 12% twice", "China",
  "durian imports from Thailand (value) decline", "2024", OK, [
    F("dur", 4, "12% decrease in value", 12, PC),
    F("dur", 5, "a 12 per cent decline", 12, PC),
  ])
G("dur_2024_thai_share", DUR, "Thailand's share of 2024 imports: SCMP's 57 per cent (market share) = ltn's 57% (of volume, as ltn says)",
  "China", "Thailand's share of durian imports", "2024", OK, [
    F("dur", 5, "dropped to 57 per cent", 57, PC),
    F("dur", 11, "進口總量的57%", 57, PC),
  ])
S("dur", 4, "nearly 810,000 tons", value=810000, unit=T, q="under")
S("dur", 4, "a 13% decrease", value=13, unit=PC)
NC("dur", 4, "when compared to 2023.", "date")
NC("dur", 4, "of durian in 2024, valued", "date")
NC("dur", 4, "in value from 2023", "date")
NC("dur", 4, "from Vietnam in 2024", "date")
S("dur", 4, "a 49% increase", value=49, unit=PC)
S("dur", 4, "a 38% increase", value=38, unit=PC)
NC("dur", 4, "value compared to 2023", "date")
S("dur", 4, "was 738,000 tons", value=738000, unit=T)
S("dur", 4, "USD 2.94 billion", value=2.94e9, unit=USD)
S("dur", 4, "USD 4,957 per ton", value=4957, unit=USD, note="price per tonne")
NC("dur", 4, "per ton in 2024", "date")
S("dur", 4, "a 4.9% decrease", value=4.9, unit=PC)
NC("dur", 4, "decrease from 2023", "date")
NC("dur", 5, "Created at 2025-01-23 03:31:34", "date")
NC("dur", 5, "Updated at 2025-01-23 07:09:05", "date")
NC("dur", 5, "4 hours ago", "page furniture")
NC("dur", 5, "records in 2024", "date")
NC("dur", 5, "kilograms of durian in 2024", "date")
NC("dur", 5, "observed in 2023", "date")
S("dur", 5, "almost US$160 million", value=160e6, unit=USD, q="under")
S("dur", 5, "a 12 per cent year-on-year increase", value=12, unit=PC)
S("dur", 5, "a 7.6 per cent increase", value=7.6, unit=PC)
NC("dur", 5, "of imports in 2023", "date")
NC("dur", 11, "明年或2027年", "date")
S("dur", 11, "下降15%", value=15, unit=PC)
S("dur", 11, "至70萬8190噸", vt="70萬8190", value=708190, unit=T)
NC("dur", 11, "今年8月", "date")
S("dur", 11, "約有6萬英畝", value=60000, unit="acres", q="approx")
S("dur", 11, "2萬4281公頃", vt="2萬4281", value=24281, unit=HA)
S("dur", 11, "超過4000英畝", value=4000, unit="acres", q="over")
S("dur", 11, "和41.5%", value=41.5, unit=PC)
S("dur", 11, "出口量72%", value=72, unit=PC)

# ---- 2020 (Thailand's ministry of agriculture)
G("dur_2020_thai_volume", DUR, "Imports from Thailand in 2020: 575,000 tons twice = 57.5萬噸", "China",
  "fresh durian imports from Thailand (volume)", "2020", OK, [
    F("dur", 6, "reported that in 2020, China imported 575,000 tons", 575000, T),
    F("dur", 6, "Agriculture, China imported 575,000 tons", 575000, T),
    F("dur", 9, "進口了57.5萬噸", 575000, T),
  ])
G("dur_2020_thai_value_cny", DUR, "Value in yuan: about RMB 14.7 billion twice = 約合147億元人民幣", "China",
  "fresh durian imports from Thailand (value, CNY)", "2020", OK, [
    F("dur", 6, "about RMB 14.7 billion", 14.7e9, CNY, q="approx"),
    F("dur", 6, "about 14.7 billion yuan", 14.7e9, CNY, q="approx"),
    F("dur", 9, "約合147億元人民幣", 147e8, CNY, q="approx"),
  ])
G("dur_2020_thai_value_thb", DUR, "Value in baht: 69 billion = 690億泰銖", "China", "fresh durian imports from Thailand (value, THB)",
  "2020", OK, [
    F("dur", 6, "69 billion baht", 69e9, THB),
    F("dur", 9, "總額690億泰銖", 690e8, THB),
  ])
G("dur_2020_thai_growth", DUR, "Growth of 2020 imports from Thailand: 78% twice", "China",
  "fresh durian imports from Thailand growth", "2020", OK, [
    F("dur", 6, "an increase of 78%", 78, PC),
    F("dur", 9, "同比增長78%", 78, PC),
  ])
G("dur_2020_top9_count", DUR, "Number of the largest imported fruits named: 9 twice", "China", "fruits in the top group", "2020", OK, [
    F("dur", 6, "these 9 fruits", 9, CNT),
    F("dur", 9, "這9種水果", 9, CNT),
  ])
G("dur_2020_top9_share", DUR, "Share of the nine fruits in 2020 fruit imports: 78% twice", "China",
  "share of nine fruits in fruit imports", "2020", OK, [
    F("dur", 6, "account for 78%", 78, PC),
    F("dur", 9, "進口總額的78%", 78, PC),
  ])
G("dur_2020_durian_share", DUR, "Durian's share of 2020 fruit imports: 23% twice", "China", "durian share of fruit imports", "2020", OK, [
    F("dur", 6, "accounts for 23%", 23, PC),
    F("dur", 9, "就占進口總額的23%", 23, PC),
  ])
G("dur_2020_thai_origin_share", DUR, "Share of fresh durians from Thailand: more than 90% = 90%以上", "China",
  "share of fresh durian imports from Thailand", "2020", OK, [
    F("dur", 6, "more than 90%", 90, PC, q="over"),
    F("dur", 9, "而90%以上", 90, PC, q="over"),
  ])
NC("dur", 6, "in 2020 China’s imports", "date")
NC("dur", 6, "Thailand in 2020", "date")
NC("dur", 6, "Starting in 2019", "date")
NC("dur", 9, "透露,2020年", "date")
NC("dur", 9, "從2019年開始", "date")
NC("dur", 9, "即便是2020年", "date")
NC("dur", 9, "增長。2020年", "date")

# ---- 2021 (chinae)
NC("dur", 8, "2021年,我国", "date")
S("dur", 8, "进口榴莲42.1亿美元", value=42.1e8, unit=USD)
NC("dur", 8, "比2020年增长82.4%", "date")
S("dur", 8, "增长82.4%", value=82.4, unit=PC)
S("dur", 8, "进口82.2万吨", value=822000, unit=T)
NC("dur", 8, "比2020年增长42.7%", "date")
S("dur", 8, "增长42.7%", value=42.7, unit=PC)
S("dur", 8, "达134.7亿美元", value=134.7e8, unit=USD)
S("dur", 8, "增长30.9%", value=30.9, unit=PC)
S("dur", 8, "达702.7万吨", value=7.027e6, unit=T)
S("dur", 8, "增长11.5%", value=11.5, unit=PC)

# ============================================================ China-Europe Railway Express
# ---- January-April 2023
G("cer_jan_apr23_trains", CER, "Trains in January-April 2023: 5,611 = 5611列 twice", "China-Europe Railway Express",
  "train trips", "January-April 2023", OK, [
    F("cer", 1, "to 5,611 trips", 5611, CNT),
    F("cer", 2, "開行5611列", 5611, CNT),
    F("cer", 3, "开行5611列", 5611, CNT),
  ])
G("cer_jan_apr23_trains_growth", CER, "Growth of January-April 2023 trains: 17% three times", "China-Europe Railway Express",
  "train trips growth", "January-April 2023", OK, [
    F("cer", 1, "increased by 17 percent", 17, PC),
    F("cer", 2, "同比分別增長17%", 17, PC),
    F("cer", 3, "同比分别增长17%", 17, PC),
  ])
G("cer_jan_apr23_teu", CER, "Containers in January-April 2023: about 609,000 TEU = 60.9万 twice", "China-Europe Railway Express",
  "containers carried", "January-April 2023", OK, [
    F("cer", 1, "About 609,000", 609000, TEU, q="approx"),
    F("cer", 2, "運送貨物60.9萬", 609000, TEU),
    F("cer", 3, "运送货物60.9万标箱", 609000, TEU),
  ])
G("cer_jan_apr23_teu_growth", CER, "Growth of January-April 2023 containers: 32% three times", "China-Europe Railway Express",
  "containers carried growth", "January-April 2023", OK, [
    F("cer", 1, "up 32 percent", 32, PC),
    F("cer", 2, "17%、32%", 32, PC),
    F("cer", 3, "17%、32%", 32, PC),
  ])
G("cer_apr23_trains", CER, "Trains in April 2023: 1,459 = 1459列 twice", "China-Europe Railway Express", "train trips", "April 2023", OK, [
    F("cer", 1, "year on year to 1,459", 1459, CNT),
    F("cer", 2, "單月開行1459列", 1459, CNT),
    F("cer", 3, "单月开行1459列", 1459, CNT),
  ])
G("cer_apr23_trains_growth", CER, "Growth of April 2023 trains: 25% three times", "China-Europe Railway Express",
  "train trips growth", "April 2023", OK, [
    F("cer", 1, "surged 25 percent", 25, PC),
    F("cer", 2, "同比分別增長25%,、45%", 25, PC, vt="25%"),
    F("cer", 3, "同比分别增长25%、45%", 25, PC, vt="25%"),
  ])
G("cer_apr23_teu", CER, "Containers in April 2023: about 160,000 TEU = 16万 twice", "China-Europe Railway Express",
  "containers carried", "April 2023", OK, [
    F("cer", 1, "about 160,000 TEU", 160000, TEU, q="approx"),
    F("cer", 2, "運送貨物16萬", 160000, TEU),
    F("cer", 3, "运送货物16万标箱", 160000, TEU),
  ])
G("cer_apr23_teu_growth", CER, "Growth of April 2023 containers: 45% three times", "China-Europe Railway Express",
  "containers carried growth", "April 2023", OK, [
    F("cer", 1, "an increase of 45 percent", 45, PC),
    F("cer", 2, ",、45%", 45, PC),
    F("cer", 3, "25%、45%", 45, PC),
  ])
G("cer_jan_apr23_west", CER, "Growth of January-April 2023 trains on the western corridor: 25% twice", "China-Europe Railway Express",
  "western corridor train trips growth", "January-April 2023", OK, [
    F("cer", 2, "同比分別增長25%、9%", 25, PC, vt="25%"),
    F("cer", 3, "同比分别增长25%、9%", 25, PC, vt="25%"),
  ])
G("cer_jan_apr23_central", CER, "Growth on the central corridor: 9% twice", "China-Europe Railway Express",
  "central corridor train trips growth", "January-April 2023", OK, [
    F("cer", 2, "25%、9%", 9, PC),
    F("cer", 3, "25%、9%", 9, PC),
  ])
G("cer_jan_apr23_east", CER, "Growth on the eastern corridor: 10% twice", "China-Europe Railway Express",
  "eastern corridor train trips growth", "January-April 2023", OK, [
    F("cer", 2, ",、10%", 10, PC, step=1),
    F("cer", 3, "9%、10%", 10, PC, step=1),
  ])
G("cer_jan_apr23_loaded", CER, "Share of loaded containers, January-April 2023: 100% twice", "China-Europe Railway Express",
  "loaded-container rate", "January-April 2023", OK, [
    F("cer", 2, "重箱率100%", 100, PC, step=1),
    F("cer", 3, "重箱率100%", 100, PC, step=1),
  ])
G("cer_apr23_departure_cities", CER, "Domestic departure cities at the end of April 2023: 109 twice", "China-Europe Railway Express",
  "domestic departure cities", "end of April 2023", OK, [
    F("cer", 1, "had reached 109", 109, CNT),
    F("cer", 2, "城市達109個", 109, CNT),
  ])
G("cer_apr23_eu_cities", CER, "European cities reached at the end of April 2023: 211 three times", "China-Europe Railway Express",
  "European cities served", "end of April 2023", OK, [
    F("cer", 1, "links to 211 cities", 211, CNT),
    F("cer", 2, "國家211個城市", 211, CNT),
    F("cer", 3, "国家211个城市", 211, CNT),
  ])
G("cer_apr23_eu_countries", CER, "European countries reached at the end of April 2023: 25 three times", "China-Europe Railway Express",
  "European countries served", "end of April 2023", OK, [
    F("cer", 1, "in 25 European countries", 25, CNT),
    F("cer", 2, "歐洲25個國家", 25, CNT),
    F("cer", 3, "欧洲25个国家", 25, CNT),
  ])
NC("cer", 1, "May 20 (Xinhua)", "date")
NC("cer", 1, "four months of 2023", "date")
NC("cer", 1, "20-foot", "unit name")
NC("cer", 2, "5月20日電", "date")
NC("cer", 2, "記者20日", "date")
NC("cer", 2, "今年1至4月份", "date")
NC("cer", 2, "其中4月份", "date")
NC("cer", 2, "通道1至4月份", "date")
NC("cer", 2, "截至2023年4月底", "date")
NC("cer", 3, "今年1至4月份", "date")
NC("cer", 3, "其中4月份", "date")
NC("cer", 3, "通道1至4月份", "date")
NC("cer", 3, "截至2023年4月底", "date")
S("cer", 3, "国内城市达34个", value=34, unit=CNT)

# ---- January-June 2023
G("cer_h123_trains", CER, "Trains in January-June 2023: 8641列 twice", "China-Europe Railway Express", "train trips", "H1 2023", OK, [
    F("cer", 4, "累计开行8641列", 8641, CNT),
    F("cer", 5, "累計開行8641列", 8641, CNT),
  ])
G("cer_h123_teu", CER, "Containers in January-June 2023: 93.6万 twice", "China-Europe Railway Express", "containers carried", "H1 2023", OK, [
    F("cer", 4, "发送货物93.6万标箱", 936000, TEU),
    F("cer", 5, "貨物93.6萬標箱", 936000, TEU),
  ])
G("cer_h123_trains_growth", CER, "Growth of H1 2023 trains: 16% twice", "China-Europe Railway Express", "train trips growth", "H1 2023", OK, [
    F("cer", 4, "增长16%、30%", 16, PC, vt="16%"),
    F("cer", 5, "增長16%、30%", 16, PC, vt="16%"),
  ])
G("cer_h123_teu_growth", CER, "Growth of H1 2023 containers: 30% twice", "China-Europe Railway Express", "containers carried growth",
  "H1 2023", OK, [
    F("cer", 4, "16%、30%", 30, PC, step=1),
    F("cer", 5, "16%、30%", 30, PC, step=1),
  ])
G("cer_h123_out_trains", CER, "Outbound trains in H1 2023: 4620列 twice", "China-Europe Railway Express", "outbound train trips", "H1 2023", OK, [
    F("cer", 4, "去程4620列", 4620, CNT, step=1),
    F("cer", 5, "去程4620列", 4620, CNT, step=1),
  ])
G("cer_h123_out_teu", CER, "Outbound containers in H1 2023: 49.9万 twice", "China-Europe Railway Express", "outbound containers", "H1 2023", OK, [
    F("cer", 4, "49.9万标箱", 499000, TEU),
    F("cer", 5, "49.9萬標箱", 499000, TEU),
  ])
G("cer_h123_out_trains_growth", CER, "Growth of outbound trains: 16% twice", "China-Europe Railway Express", "outbound train trips growth",
  "H1 2023", OK, [
    F("cer", 4, "增长16%、29%", 16, PC, vt="16%"),
    F("cer", 5, "增長16%、29%", 16, PC, vt="16%"),
  ])
G("cer_h123_out_teu_growth", CER, "Growth of outbound containers: 29% twice", "China-Europe Railway Express", "outbound containers growth",
  "H1 2023", OK, [
    F("cer", 4, "16%、29%", 29, PC),
    F("cer", 5, "16%、29%", 29, PC),
  ])
G("cer_h123_ret_trains", CER, "Return trains in H1 2023: 4021列 twice", "China-Europe Railway Express", "return train trips", "H1 2023", OK, [
    F("cer", 4, "回程4021列", 4021, CNT),
    F("cer", 5, "回程4021列", 4021, CNT),
  ])
G("cer_h123_ret_teu", CER, "Return containers in H1 2023: 43.7万 twice", "China-Europe Railway Express", "return containers", "H1 2023", OK, [
    F("cer", 4, "43.7万标箱", 437000, TEU),
    F("cer", 5, "43.7萬標箱", 437000, TEU),
  ])
G("cer_h123_ret_trains_growth", CER, "Growth of return trains: 16% twice", "China-Europe Railway Express", "return train trips growth",
  "H1 2023", OK, [
    F("cer", 4, "增长16%、31%", 16, PC, vt="16%"),
    F("cer", 5, "增長16%、31%", 16, PC, vt="16%"),
  ])
G("cer_h123_ret_teu_growth", CER, "Growth of return containers: 31% twice", "China-Europe Railway Express", "return containers growth",
  "H1 2023", OK, [
    F("cer", 4, "16%、31%", 31, PC),
    F("cer", 5, "16%、31%", 31, PC),
  ])
G("cer_jul23_cumulative", CER, "Cumulative trains by early July 2023: over 7.3万列 twice", "China-Europe Railway Express",
  "cumulative train trips", "to early July 2023", OK, [
    F("cer", 4, "超过7.3万列", 73000, CNT, q="over"),
    F("cer", 5, "超過7.3萬列", 73000, CNT, q="over"),
  ])
G("cer_jul23_eu_cities", CER, "European cities reached by early July 2023: 216 twice", "China-Europe Railway Express",
  "European cities served", "early July 2023", OK, [
    F("cer", 4, "国家216个城市", 216, CNT),
    F("cer", 5, "國家216個城市", 216, CNT),
  ])
G("cer_jul23_eu_countries", CER, "European countries reached by early July 2023: 25 twice", "China-Europe Railway Express",
  "European countries served", "early July 2023", OK, [
    F("cer", 4, "欧洲25个国家", 25, CNT),
    F("cer", 5, "歐洲25個國家", 25, CNT),
  ])
NC("cer", 4, "今年1至6月,中欧班列", "date")
S("cer", 4, "690万标箱", value=6.9e6, unit=TEU)
NC("cer", 4, "今年1至6月,西", "date")
S("cer", 4, "4324列", value=4324, unit=CNT)
S("cer", 4, "1563列", value=1563, unit=CNT)
S("cer", 4, "2754列", value=2754, unit=CNT)
S("cer", 4, "增长19%", value=19, unit=PC)
S("cer", 4, "19%、24%", value=24, unit=PC)
S("cer", 4, "24%、7%", value=7, unit=PC)
NC("cer", 5, "今年1至6月", "date")

# ---- January-November 2023
G("cer_jan_nov23_trains", CER, "Trains in January-November 2023: 16145列 = 16,145", "China-Europe Railway Express", "train trips",
  "January-November 2023", OK, [
    F("cer", 6, "累計開行16145列", 16145, CNT),
    F("cer", 7, "a total of 16,145", 16145, CNT),
  ])
G("cer_jan_nov23_teu", CER, "Containers in January-November 2023: 174.9萬 = 1.749 million", "China-Europe Railway Express",
  "containers carried", "January-November 2023", OK, [
    F("cer", 6, "174.9萬標準箱", 1.749e6, TEU),
    F("cer", 7, "1.749 million", 1.749e6, TEU),
  ])
G("cer_jan_nov23_trains_growth", CER, "Growth of January-November 2023 trains: 7% twice", "China-Europe Railway Express",
  "train trips growth", "January-November 2023", OK, [
    F("cer", 6, "增長7%", 7, PC),
    F("cer", 7, "increase of 7%", 7, PC),
  ])
G("cer_jan_nov23_teu_growth", CER, "Growth of January-November 2023 containers: 19% twice", "China-Europe Railway Express",
  "containers carried growth", "January-November 2023", OK, [
    F("cer", 6, "7%、19%", 19, PC),
    F("cer", 7, "and 19%", 19, PC),
  ])
G("cer_dec23_eu_cities", CER, "European cities reached, late 2023: 217 twice", "China-Europe Railway Express", "European cities served",
  "December 2023", OK, [
    F("cer", 6, "國家217個城市", 217, CNT),
    F("cer", 7, "reach 217 cities", 217, CNT),
  ])
G("cer_dec23_eu_countries", CER, "European countries reached, late 2023: 25 twice", "China-Europe Railway Express",
  "European countries served", "December 2023", OK, [
    F("cer", 6, "歐洲25個國家", 25, CNT),
    F("cer", 7, "in 25 European countries", 25, CNT),
  ])
NC("cer", 6, "今年1至11月", "date")
S("cer", 6, "綜合重箱率100%", value=100, unit=PC)
NC("cer", 6, "已超2022年總運量", "date")
NC("cer", 6, "截至11月28日", "date")
S("cer", 6, "數量突破3000列", value=3000, unit=CNT, q="over")
NC("cer", 6, "為2013年以來", "date")
S("cer", 6, "首次年內突破3000列", value=3000, unit=CNT, q="over")
NC("cer", 7, "first 11 months", "duration")
NC("cer", 7, "values for 2022", "date")

# ---- Q1 2024
NC("cer", 8, "date 2024-04-14", "date")
NC("cer", 8, "quarter (Q1) of 2024", "date")
S("cer", 8, "A total of 4,541", value=4541, unit=CNT)
NC("cer", 8, "three months of 2024", "date")
S("cer", 8, "up 9 percent", value=9, unit=PC)
S("cer", 8, "About 493,000", value=493000, unit=TEU, q="approx")
S("cer", 8, "up10 percent", value=10, unit=PC, step=1)
S("cer", 8, "some 87,000", value=87000, unit=CNT, q="approx")
S("cer", 8, "for 222 citiesacross", value=222, unit=CNT)
S("cer", 8, "across 25 European", value=25, unit=CNT)

# ---- 2024 (amigonews) and the 9万列 milestone (May 2024)
NC("cer", 9, "In 2024, the China", "date")
S("cer", 9, "a whopping 19,000 train trips", value=19000, unit=CNT)
S("cer", 9, "a stellar 10% increase", value=10, unit=PC)
S("cer", 9, "over 2 million TEUs", value=2e6, unit=TEU, q="over")
S("cer", 9, "with a 9% year-on-year", value=9, unit=PC)
NC("cer", 9, "launch in 2011", "date")
S("cer", 9, "connecting 227 cities", value=227, unit=CNT)
S("cer", 9, "across 25 European countries", value=25, unit=CNT)
S("cer", 9, "over 100 cities", value=100, unit=CNT, q="over")
S("cer", 9, "in 11 Asian countries", value=11, unit=CNT)
S("cer", 10, "9万列!", value=90000, unit=CNT)
NC("cer", 10, "2024年5月25日上午", "date")
NC("cer", 10, "X8157次", "train number")
S("cer", 10, "累计开行达到9万列", value=90000, unit=CNT)
S("cer", 10, "超870万标箱", value=8.7e6, unit=TEU, q="over")
S("cer", 10, "超3800亿美元", value=3800e8, unit=USD, q="over")
NC("cer", 10, "2016年至2023年", "date")
S("cer", 10, "由1702列", value=1702, unit=CNT)
S("cer", 10, "超1.7万列", value=17000, unit=CNT, q="over")
S("cer", 10, "由80亿美元", value=80e8, unit=USD)
S("cer", 10, "至567亿美元", value=567e8, unit=USD)
S("cer", 10, "5万余种", value=50000, unit=CNT, q="over")
NC("cer", 10, "2023年以来", "date")
S("cer", 10, "欧洲25个国家", value=25, unit=CNT)
S("cer", 10, "223个城市", value=223, unit=CNT)
S("cer", 10, "11个亚洲国家", value=11, unit=CNT)
S("cer", 10, "超过100个城市", value=100, unit=CNT, q="over")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh75.toml", "corpus-fresh75")
