#!/usr/bin/env python3
"""Hand annotation of corpus-fresh, written as data; emits gold.d/fresh.toml (then run corpus/check_gold.py --dir corpus-fresh --build).

Every mention carries a 'basis' tag (estimator/period/scope as read from the text). Pair verdicts:
  explicit entries in `pairs` win; otherwise different basis -> different_basis, same basis and same value ->
  consistent; a same-basis pair with different values MUST be listed explicitly (the script refuses otherwise).
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
from goldsrc import C, D, K, M, R, emit, group, single  # noqa: E402  (the shared kit: corpus/goldsrc.py)

P, H, F = "phone", "battery", "foundry"
p = lambda n, s: f"phone-{n:02d}-{s}.txt"
b = lambda n, s: f"battery-{n:02d}-{s}.txt"
f = lambda n, s: f"foundry-{n:02d}-{s}.txt"

# ---------------------------------------------------------------- smartphones, Q2 2025
group("phone_total_q2_2025", "smartphones", "Worldwide smartphone shipments, Q2 2025 (Canalys, IDC preliminary and updated, an unnamed tracker), with TrendForce Q1 production",
      "Global smartphone market", "worldwide smartphone shipments (units)", "2025-Q2",
      "Canalys 288.9 million (= 2.889亿部) vs IDC 295.2 million (= 2億9520萬支) vs IDC's August update 296.5 million vs 288.7 million (reportify, unnamed tracker): conflicting estimates of one quantity. TrendForce 2.89億部 is Q1 2025 production: a look-alike of 2.889亿 on another period and basis.",
      [M(p(1,"en"), 6, "totaling 288.9 million units", "288.9 million", 288.9e6, "count", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(2,"en"), 5, "reaching 295.2 million units", "295.2 million", 295.2e6, "count", "q2", as_of="2025-Q2", note="IDC preliminary (July)"),
       M(p(3,"en"), 9, "to 296.5 million units", "296.5 million", 296.5e6, "count", "q2", as_of="2025-Q2", note="IDC, August 8 release"),
       M(p(5,"hans"), 5, "小幅下降至2.889亿部", "2.889亿部", 288.9e6, "count", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(7,"hant"), 4, "達到2億9520萬支", "2億9520萬支", 295.2e6, "count", "q2", as_of="2025-Q2", note="IDC"),
       M(p(11,"en"), 3, "decline to 288.7 million units", "288.7 million", 288.7e6, "count", "q2", as_of="2025-Q2", note="source not named"),
       M(p(10,"hant"), 3, "生產總數達2.89億部", "2.89億部", 289e6, "count", "q1prod", as_of="2025-Q1", note="TrendForce production, Q1")],
      {(1,2):C,(1,3):C,(1,5):C,(1,6):C,(2,3):C,(2,4):C,(2,6):C,(3,4):C,(3,5):C,(3,6):C,(4,5):C,(4,6):C,(5,6):C})

group("phone_growth_q2_2025", "smartphones", "Year-on-year change of worldwide smartphone shipments, Q2 2025",
      "Global smartphone market", "YoY change of worldwide smartphone shipments", "2025-Q2",
      "IDC preliminary +1.0% (restated as 年增1%) vs IDC August +1.4% vs Counterpoint +3% (English report) and +2% (Chinese report of the same Counterpoint release) vs -1% (itbear, Canalys context): conflicting. 1% (no decimal) vs 1.4% is within rounding.",
      [M(p(2,"en"), 3, "grew 1.0% YoY", "1.0%", 1.0, "percent", "q2", as_of="2025-Q2", note="IDC preliminary"),
       M(p(2,"en"), 5, "increased by 1.0% year-over-year", "1.0%", 1.0, "percent", "q2", as_of="2025-Q2"),
       M(p(3,"en"), 7, "Market Grows 1.4% in Q2 2025", "1.4%", 1.4, "percent", "q2", as_of="2025-Q2", note="IDC August"),
       M(p(3,"en"), 9, "increased 1.4% year-over-year", "1.4%", 1.4, "percent", "q2", as_of="2025-Q2"),
       M(p(4,"en"), 3, "a 3% year-on-year increase", "3%", 3.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(6,"hans"), 3, "同比增长2%", "2%", 2.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(7,"hant"), 4, "第二季出貨量年增1%", "1%", 1.0, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(8,"hans"), 3, "相比去年同期下滑了1%", "1%", -1.0, "percent", "q2", as_of="2025-Q2", note="decline; itbear, Canalys context")],
      {**{(a,c):C for a in (1,2,7) for c in (3,4)}, (1,7):K,(2,7):K,
       (7,3):(R,C),(7,4):(R,C),
       **{(a,5):C for a in (1,2,3,4,7)}, **{(a,6):C for a in (1,2,3,4,5,7)}, **{(a,8):C for a in range(1,8)}})

group("phone_samsung_units_q2_2025", "smartphones", "Samsung smartphone shipments, Q2 2025",
      "Samsung", "smartphone shipments (units)", "2025-Q2",
      "Canalys 57.5 million (5750万部, table 57.5) vs IDC 58 million (5800萬支) vs 55.3 million (unnamed tracker). IDC's table has 58.0, so 57.5 vs 58 is a conflict, though 58 could be read as 57.5 rounded half up. TrendForce 'close to 64 million' is Q1 production.",
      [M(p(1,"en"), 6, "with 57.5 million shipments", "57.5 million", 57.5e6, "count", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(2,"en"), 10, "with 58 million units shipped", "58 million", 58e6, "count", "q2", as_of="2025-Q2", note="IDC"),
       M(p(5,"hans"), 7, "三星以5750万部", "5750万部", 57.5e6, "count", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(5,"hans"), 10, "三星 57.5", "57.5", 57.5e6, "count", "q2", as_of="2025-Q2", note="table, 百万部"),
       M(p(7,"hant"), 5, "出貨量達5800萬支", "5800萬支", 58e6, "count", "q2", as_of="2025-Q2", note="IDC"),
       M(p(11,"en"), 3, "shipments of 55.3 million units", "55.3 million", 55.3e6, "count", "q2", as_of="2025-Q2"),
       M(p(10,"hant"), 3, "生產總數接近6400萬部", "6400萬部", 64e6, "count", "q1prod", qualifier="under", as_of="2025-Q1", note="TrendForce production")],
      {**{(a,c):(C,R) for a in (1,3,4) for c in (2,5)}, **{(a,6):C for a in (1,2,3,4,5)}})

group("phone_samsung_share_q2_2025", "smartphones", "Samsung share of worldwide smartphone shipments, Q2 2025",
      "Samsung", "share of worldwide smartphone shipments", "2025-Q2",
      "IDC 19.7% (two documents); Counterpoint 20% and Canalys 20% (reportify) are within rounding of 19.7; itbear's Canalys 19% conflicts with Canalys 20% and with 19.7; 19.2% (unnamed tracker) rounds to 19 but conflicts with 19.7 and 20.",
      [M(p(2,"en"), 10, "capturing 19.7% of global share", "19.7%", 19.7, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(4,"en"), 4, "capturing a 20% market share", "20%", 20.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(7,"hant"), 5, "市佔率19.7%", "19.7%", 19.7, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(8,"hans"), 4, "占据了19%的市场份额", "19%", 19.0, "percent", "q2", as_of="2025-Q2", note="Canalys per itbear"),
       M(p(9,"en"), 3, "Samsung leads with a 20% market share", "20%", 20.0, "percent", "q2", as_of="2025-Q2", note="Canalys per reportify"),
       M(p(11,"en"), 3, "holding a market share of 19.2%", "19.2%", 19.2, "percent", "q2", as_of="2025-Q2")],
      {(1,2):R,(1,4):C,(1,5):R,(1,6):C,(2,3):R,(2,4):C,(2,6):C,(3,4):C,(3,5):R,(3,6):C,(4,5):C,(4,6):R,(5,6):C})

group("phone_samsung_growth_q2_2025", "smartphones", "Samsung YoY shipment growth, Q2 2025",
      "Samsung", "YoY growth of smartphone shipments", "2025-Q2",
      "Canalys 7% (three documents, incl. table) and Counterpoint's English report 7% agree; Counterpoint's Chinese report says 8%, IDC 7.9% (7.9 rounds to 8, not 7), unnamed tracker 3.3%.",
      [M(p(1,"en"), 6, "representing a 7% year-over-year growth", "7%", 7.0, "percent", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(4,"en"), 4, "a notable 7% year-on-year surge", "7%", 7.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(5,"hans"), 7, "同比增长7%", "7%", 7.0, "percent", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(5,"hans"), 10, "57.5 7%", "7%", 7.0, "percent", "q2", as_of="2025-Q2", note="table"),
       M(p(6,"hans"), 6, "三星以出货量同比增长8%", "8%", 8.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(7,"hant"), 5, "年增7.9%", "7.9%", 7.9, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(9,"en"), 3, "a 7% annual growth", "7%", 7.0, "percent", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(11,"en"), 3, "a year-on-year increase of 3.3%", "3.3%", 3.3, "percent", "q2", as_of="2025-Q2")],
      {**{(a,5):C for a in (1,2,3,4)}, **{(a,6):C for a in (1,2,3,4)}, (5,6):R, (5,7):C, (6,7):C,
       **{(a,8):C for a in range(1,8)}})

group("phone_apple_units_q2_2025", "smartphones", "Apple iPhone shipments, Q2 2025",
      "Apple", "smartphone shipments (units)", "2025-Q2",
      "Canalys 44.8 million (4480万部, table 44.8) and the unnamed tracker's 44.8 million agree; IDC 46.4 million (4640萬支) conflicts. TrendForce 4800萬部 is Q1 production.",
      [M(p(2,"en"), 11, "Apple followed with 46.4 million shipments", "46.4 million", 46.4e6, "count", "q2", as_of="2025-Q2", note="IDC"),
       M(p(5,"hans"), 7, "苹果以4480万部", "4480万部", 44.8e6, "count", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(5,"hans"), 11, "苹果 44.8", "44.8", 44.8e6, "count", "q2", as_of="2025-Q2", note="table"),
       M(p(7,"hant"), 6, "出貨量4640萬支", "4640萬支", 46.4e6, "count", "q2", as_of="2025-Q2", note="IDC"),
       M(p(11,"en"), 3, "shipments of 44.8 million units", "44.8 million", 44.8e6, "count", "q2", as_of="2025-Q2"),
       M(p(10,"hant"), 3, "降至4800萬部", "4800萬部", 48e6, "count", "q1prod", as_of="2025-Q1", note="TrendForce production")],
      {(1,2):C,(1,3):C,(1,5):C,(2,4):C,(3,4):C,(4,5):C})

group("phone_apple_share_q2_2025", "smartphones", "Apple share of worldwide smartphone shipments, Q2 2025",
      "Apple", "share of worldwide smartphone shipments", "2025-Q2",
      "IDC 15.7% (two documents), Canalys 16% (two documents), Counterpoint 17%, unnamed tracker 15.5%. 15.7 and 15.5 both round to 16; 17 conflicts with all; 15.5 vs 15.7 conflict.",
      [M(p(2,"en"), 11, "securing a 15.7% slice", "15.7%", 15.7, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(4,"en"), 5, "with a 17% market share", "17%", 17.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(7,"hant"), 6, "市佔率15.7%", "15.7%", 15.7, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(8,"hans"), 4, "仍以16%的份额", "16%", 16.0, "percent", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(9,"en"), 3, "followed by Apple at 16%", "16%", 16.0, "percent", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(11,"en"), 3, "a market share of 15.5%", "15.5%", 15.5, "percent", "q2", as_of="2025-Q2")],
      {(1,2):C,(1,4):R,(1,5):R,(1,6):C,(2,3):C,(2,4):C,(2,5):C,(2,6):C,(3,4):R,(3,5):R,(3,6):C,(4,6):R,(5,6):R})

group("phone_apple_growth_q2_2025", "smartphones", "Apple YoY change in global shipments, Q2 2025",
      "Apple", "YoY change of smartphone shipments", "2025-Q2",
      "IDC preliminary +1.5% (three mentions) vs IDC August +5.0% vs Counterpoint +11% (English) vs +4% (Chinese report of Counterpoint) vs Canalys -2% (three mentions) vs unnamed tracker -1.8% (rounds to -2).",
      [M(p(2,"en"), 7, "achieve a 1.5% increase in global shipments", "1.5%", 1.5, "percent", "q2", as_of="2025-Q2", note="IDC preliminary"),
       M(p(3,"en"), 11, "leading to a 5.0% growth globally", "5.0%", 5.0, "percent", "q2", as_of="2025-Q2", note="IDC August"),
       M(p(4,"en"), 5, "reflecting an 11% year-on-year increase", "11%", 11.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(5,"hans"), 7, "同比下降2%", "2%", -2.0, "percent", "q2", as_of="2025-Q2", note="Canalys; decline"),
       M(p(5,"hans"), 11, "44.8 -2%", "-2%", -2.0, "percent", "q2", as_of="2025-Q2", note="table"),
       M(p(6,"hans"), 8, "其出货量同比增长4%", "4%", 4.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(7,"hant"), 6, "年增1.5%", "1.5%", 1.5, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(7,"hant"), 6, "帶動全球出貨量成長1.5%", "1.5%", 1.5, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(9,"en"), 3, "with a 2% decline", "2%", -2.0, "percent", "q2", as_of="2025-Q2", note="Canalys; decline"),
       M(p(11,"en"), 3, "a slight year-on-year decrease of 1.8%", "1.8%", -1.8, "percent", "q2", as_of="2025-Q2", note="decrease")],
      {**{(a,c):C for a,c in itertools.combinations(range(1,11),2)},
       (1,7):K,(1,8):K,(7,8):K,(4,5):K,(4,9):K,(5,9):K,(4,10):R,(5,10):R,(9,10):R})

group("phone_apple_china_q2_2025", "smartphones", "Apple shipment decline in China, Q2 2025 (IDC)",
      "Apple in China", "YoY change of shipments in China", "2025-Q2",
      "IDC preliminary 1% drop (English and Traditional Chinese) vs IDC August 1.3% drop: 1.3 rounds to 1.",
      [M(p(2,"en"), 7, "a 1% year-over-year decline in China", "1%", -1.0, "percent", "q2", as_of="2025-Q2", note="decline"),
       M(p(3,"en"), 11, "it saw a 1.3% drop in China in Q2", "1.3%", -1.3, "percent", "q2", as_of="2025-Q2", note="decline; IDC August"),
       M(p(7,"hant"), 6, "在中國的出貨量仍下滑1%", "1%", -1.0, "percent", "q2", as_of="2025-Q2", note="decline")],
      {(1,2):(R,C),(2,3):(R,C)})

group("phone_xiaomi_units_q2_2025", "smartphones", "Xiaomi smartphone shipments, Q2 2025",
      "Xiaomi", "smartphone shipments (units)", "2025-Q2",
      "Canalys 42.4 million (4240万部, table) and the unnamed tracker 42.4 million vs IDC 42.5 million: conflict. TrendForce 近4200萬部 is Q1 production.",
      [M(p(2,"en"), 12, "Xiaomi shipped 42.5 million devices", "42.5 million", 42.5e6, "count", "q2", as_of="2025-Q2", note="IDC"),
       M(p(5,"hans"), 7, "小米以4240万部", "4240万部", 42.4e6, "count", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(5,"hans"), 12, "小米 42.4", "42.4", 42.4e6, "count", "q2", as_of="2025-Q2", note="table"),
       M(p(11,"en"), 3, "with 42.4 million units shipped", "42.4 million", 42.4e6, "count", "q2", as_of="2025-Q2"),
       M(p(10,"hant"), 3, "第一季產量近4200萬部", "4200萬部", 42e6, "count", "q1prod", qualifier="under", as_of="2025-Q1", note="TrendForce production")],
      {(1,2):C,(1,3):C,(1,4):C})

group("phone_xiaomi_share_q2_2025", "smartphones", "Xiaomi share of smartphone shipments, Q2 2025 (global, with regional look-alikes)",
      "Xiaomi", "share of worldwide smartphone shipments", "2025-Q2",
      "Global: IDC 14.4%, Counterpoint 14% (rounding), Canalys 15% (two documents; conflicts with 14.4 and 14). Mainland China share 15% (Canalys), Latin America 20% and China activations 16.63% are other scopes.",
      [M(p(2,"en"), 12, "accounting for 14.4% of global shipments", "14.4%", 14.4, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(4,"en"), 6, "boasting a 14% market share", "14%", 14.0, "percent", "q2", as_of="2025-Q2", note="Counterpoint"),
       M(p(8,"hans"), 4, "则以15%的市场份额", "15%", 15.0, "percent", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(9,"en"), 3, "Xiaomi at 15% with no growth", "15%", 15.0, "percent", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(9,"en"), 3, "both have 16% and 15% shares", "15%", 15.0, "percent", "china", as_of="2025-Q2", note="Mainland China"),
       M(p(9,"en"), 3, "followed by Xiaomi at 20%", "20%", 20.0, "percent", "latam", as_of="2025-Q2", note="Latin America"),
       M(p(8,"hans"), 5, "小米以16.63%的份额", "16.63%", 16.63, "percent", "china_act", as_of="2025-Q2", note="share of new-device activations in China")],
      {(1,2):R,(1,3):C,(1,4):C,(2,3):C,(2,4):C})

group("phone_vivo_units_q2_2025", "smartphones", "vivo smartphone shipments, Q2 2025",
      "vivo", "smartphone shipments (units)", "2025-Q2",
      "Canalys 26.4 million (2640万部, table) vs IDC 27.1 million: conflict.",
      [M(p(2,"en"), 13, "vivo reached 27.1 million units", "27.1 million", 27.1e6, "count", "q2", as_of="2025-Q2", note="IDC"),
       M(p(5,"hans"), 7, "vivo以2640万部", "2640万部", 26.4e6, "count", "q2", as_of="2025-Q2", note="Canalys"),
       M(p(5,"hans"), 13, "vivo 26.4", "26.4", 26.4e6, "count", "q2", as_of="2025-Q2", note="table")],
      {(1,2):C,(1,3):C})

group("phone_vivo_share_q2_2025", "smartphones", "vivo share of worldwide smartphone shipments, Q2 2025",
      "vivo", "share of worldwide smartphone shipments", "2025-Q2",
      "IDC 9.2% (English and Traditional Chinese) vs Canalys 9% (vivo and Transsion 'each'): within rounding.",
      [M(p(2,"en"), 13, "holding 9.2% of the global share", "9.2%", 9.2, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(7,"hant"), 7, "全球市佔率也達9.2%", "9.2%", 9.2, "percent", "q2", as_of="2025-Q2", note="IDC"),
       M(p(9,"en"), 3, "Vivo and Transsion hold 9% market shares each", "9%", 9.0, "percent", "q2", as_of="2025-Q2", note="Canalys")],
      {(1,3):R,(2,3):R})

group("phone_vivo_growth_q2_2025", "smartphones", "vivo YoY shipment growth, Q2 2025 (Canalys)",
      "vivo", "YoY growth of smartphone shipments", "2025-Q2",
      "Canalys +2% restated in text, table and reportify summary.",
      [M(p(5,"hans"), 7, "同比增长2%", "2%", 2.0, "percent", "q2", as_of="2025-Q2"),
       M(p(5,"hans"), 13, "26.4 2%", "2%", 2.0, "percent", "q2", as_of="2025-Q2", note="table"),
       M(p(9,"en"), 3, "with Vivo growing by 2%", "2%", 2.0, "percent", "q2", as_of="2025-Q2")])

group("phone_transsion_units_q2_2025", "smartphones", "Transsion shipments, Q2 2025 (Canalys)",
      "Transsion", "smartphone shipments (units)", "2025-Q2",
      "Canalys 2460万部 restated as 24.6 (百万部) in the table.",
      [M(p(5,"hans"), 7, "传音以2460万部", "2460万部", 24.6e6, "count", "q2", as_of="2025-Q2"),
       M(p(5,"hans"), 14, "传音 24.6", "24.6", 24.6e6, "count", "q2", as_of="2025-Q2", note="table")])

group("phone_transsion_growth_q2_2025", "smartphones", "Transsion YoY shipment change, Q2 2025 (Canalys)",
      "Transsion", "YoY change of smartphone shipments", "2025-Q2",
      "Canalys -3% in text, table and reportify summary.",
      [M(p(5,"hans"), 7, "同比下降3%", "3%", -3.0, "percent", "q2", as_of="2025-Q2", note="decline"),
       M(p(5,"hans"), 14, "24.6 -3%", "-3%", -3.0, "percent", "q2", as_of="2025-Q2", note="table"),
       M(p(9,"en"), 3, "Transsion declining by 3%", "3%", -3.0, "percent", "q2", as_of="2025-Q2", note="decline")])

group("phone_huawei_china_share_q2_2025", "smartphones", "Huawei share of Mainland China smartphone shipments, Q2 2025 (Canalys)",
      "Huawei", "share of Mainland China smartphone shipments", "2025-Q2",
      "Canalys 18% in two English documents.",
      [M(p(1,"en"), 6, "Huawei secured an 18% market share", "18%", 18.0, "percent", "q2", as_of="2025-Q2"),
       M(p(9,"en"), 3, "Huawei leads with an 18% market share", "18%", 18.0, "percent", "q2", as_of="2025-Q2")])

group("phone_huawei_china_growth_q2_2025", "smartphones", "Huawei YoY shipment growth in Mainland China, Q2 2025 (Canalys)",
      "Huawei", "YoY growth of shipments in Mainland China", "2025-Q2",
      "Canalys +15% in two English documents.",
      [M(p(1,"en"), 6, "recording a 15% year-over-year increase", "15%", 15.0, "percent", "q2", as_of="2025-Q2"),
       M(p(9,"en"), 3, "and a 15% growth", "15%", 15.0, "percent", "q2", as_of="2025-Q2")])

# ---------------------------------------------------------------- EV batteries (SNE Research unless noted)
group("battery_total_h1_2025", "ev-batteries", "Global EV battery installations, H1 2025 (SNE), with China-only and Jan-May look-alikes",
      "Global EV battery market", "EV battery installations (GWh)", "2025-H1",
      "SNE 504.4 GWh in three documents (one with 约). China's domestic installations 299.6 GWh (CABIA, H1) and the global Jan-May 401.3 GWh are other scopes/periods.",
      [M(b(1,"en"), 5, "reached 504.4 GWh", "504.4 GWh", 504.4, "GWh", "h1", as_of="2025-H1"),
       M(b(2,"en"), 7, "reached 504.4 GWh", "504.4 GWh", 504.4, "GWh", "h1", as_of="2025-H1"),
       M(b(3,"hans"), 4, "累计约为504.4GWh", "504.4GWh", 504.4, "GWh", "h1", qualifier="approx", as_of="2025-H1"),
       M(b(4,"hans"), 4, "我国动力电池累计装车量299.6GWh", "299.6GWh", 299.6, "GWh", "cn_h1", as_of="2025-H1", note="China only, CABIA"),
       M(b(4,"hans"), 5, "总装车量达401.3GWh", "401.3GWh", 401.3, "GWh", "jan_may", as_of="2025-01..05")])

group("battery_growth_h1_2025", "ev-batteries", "YoY growth of global EV battery installations, H1 2025, with look-alikes",
      "Global EV battery market", "YoY growth of EV battery installations", "2025-H1",
      "SNE +37.3% in three documents. China domestic +47.3% (CABIA) and global Jan-May +38.5% are other scopes/periods.",
      [M(b(1,"en"), 5, "a year-on-year increase of 37.3%", "37.3%", 37.3, "percent", "h1", as_of="2025-H1"),
       M(b(2,"en"), 7, "a 37.3% increase compared to 367.4 GWh", "37.3%", 37.3, "percent", "h1", as_of="2025-H1"),
       M(b(3,"hans"), 4, "同比增长37.3%", "37.3%", 37.3, "percent", "h1", as_of="2025-H1"),
       M(b(4,"hans"), 4, "同比增长47.3%", "47.3%", 47.3, "percent", "cn_h1", as_of="2025-H1", note="China only"),
       M(b(4,"hans"), 5, "同比增长38.5%", "38.5%", 38.5, "percent", "jan_may", as_of="2025-01..05")])

group("battery_total_2025", "ev-batteries", "Global EV battery installations, full year 2025 (SNE), with the Jan-Nov figure",
      "Global EV battery market", "EV battery installations (GWh)", "2025",
      "1,187 GWh in three documents (English, two Traditional Chinese, with and without a thousands separator; '跨越' = crossed). Jan-Nov 1,046 GWh is another period.",
      [M(b(6,"en"), 7, "reached 1,187 gigawatt-hours (GWh) in 2025", "1,187 gigawatt-hours", 1187.0, "GWh", "fy", as_of="2025"),
       M(b(7,"hant"), 5, "裝車總量達1,187GWh", "1,187GWh", 1187.0, "GWh", "fy", as_of="2025"),
       M(b(8,"hant"), 3, "全球裝機量跨越1187GWh", "1187GWh", 1187.0, "GWh", "fy", as_of="2025", note="headline, 跨越 'crossed'"),
       M(b(8,"hant"), 4, "總量達到1,187GWh", "1,187GWh", 1187.0, "GWh", "fy", as_of="2025"),
       M(b(9,"en"), 4, "reached 1,046 GWh", "1,046 GWh", 1046.0, "GWh", "jan_nov", as_of="2025-01..11")])

group("battery_growth_2025", "ev-batteries", "YoY growth of global EV battery installations, 2025",
      "Global EV battery market", "YoY growth of EV battery installations", "2025",
      "+31.7% in three documents; Jan-Nov +32.6% is another period.",
      [M(b(6,"en"), 7, "a 31.7% year-on-year increase", "31.7%", 31.7, "percent", "fy", as_of="2025"),
       M(b(7,"hant"), 5, "年增率達31.7%", "31.7%", 31.7, "percent", "fy", as_of="2025"),
       M(b(8,"hant"), 5, "同比增長了31.7%", "31.7%", 31.7, "percent", "fy", as_of="2025"),
       M(b(9,"en"), 4, "year-on-year increase of 32.6%", "32.6%", 32.6, "percent", "jan_nov", as_of="2025-01..11")])

group("battery_total_2024", "ev-batteries", "Global EV battery installations, full year 2024 (SNE)",
      "Global EV battery market", "EV battery installations (GWh)", "2024",
      "capafair's SNE series ends with 899 GWh for 2024; the January 2026 SNE release gives 901.4 GWh for 2024 (two documents). Different vintages of one quantity: conflict.",
      [M(b(1,"en"), 11, "and 899 GWh", "899 GWh", 899.0, "GWh", "fy24", as_of="2024"),
       M(b(6,"en"), 7, "from 901.4 GWh in 2024", "901.4 GWh", 901.4, "GWh", "fy24", as_of="2024"),
       M(b(8,"hant"), 5, "較2024年的901.4GWh", "901.4GWh", 901.4, "GWh", "fy24", as_of="2024")],
      {(1,2):C,(1,3):C})

group("battery_catl_installs_h1_2025", "ev-batteries", "CATL EV battery installations, H1 2025, with Jan-May",
      "CATL", "EV battery installations (GWh)", "2025-H1",
      "190.9 GWh in English and Simplified Chinese; Jan-May 152.7 GWh is another period.",
      [M(b(2,"en"), 9, "to 190.9 GWh", "190.9 GWh", 190.9, "GWh", "h1", as_of="2025-H1"),
       M(b(3,"hans"), 6, "(190.9GWh)", "190.9GWh", 190.9, "GWh", "h1", as_of="2025-H1"),
       M(b(4,"hans"), 6, "宁德时代以152.7GWh的装车量", "152.7GWh", 152.7, "GWh", "jan_may", as_of="2025-01..05")])

group("battery_catl_installs_2025", "ev-batteries", "CATL EV battery installations, 2025, with Jan-Nov",
      "CATL", "EV battery installations (GWh)", "2025",
      "464.7 GWh in English and Traditional Chinese; Jan-Nov 400 GWh is another period.",
      [M(b(6,"en"), 9, "totaling 464.7 GWh in 2025", "464.7 GWh", 464.7, "GWh", "fy", as_of="2025"),
       M(b(8,"hant"), 7, "以464.7GWh的裝機量", "464.7GWh", 464.7, "GWh", "fy", as_of="2025"),
       M(b(9,"en"), 13, "CATL recorded 400 GWh", "400 GWh", 400.0, "GWh", "jan_nov", as_of="2025-01..11")])

group("battery_catl_growth_h1_2025", "ev-batteries", "CATL YoY installation growth, H1 2025",
      "CATL", "YoY growth of EV battery installations", "2025-H1",
      "37.9% in two documents; 40.6% is Jan-May. (The same page gives CATL's H1 share as 37.9% too: another quantity.)",
      [M(b(2,"en"), 9, "increasing by 37.9% year-on-year", "37.9%", 37.9, "percent", "h1", as_of="2025-H1"),
       M(b(3,"hans"), 6, "同比增长37.9%", "37.9%", 37.9, "percent", "h1", as_of="2025-H1"),
       M(b(2,"en"), 9, "the 40.6% seen in the first five months", "40.6%", 40.6, "percent", "jan_may", as_of="2025-01..05")])

group("battery_catl_growth_2025", "ev-batteries", "CATL YoY installation growth, 2025",
      "CATL", "YoY growth of EV battery installations", "2025",
      "35.7% in English and Traditional Chinese; Jan-Nov 34.5% is another period.",
      [M(b(6,"en"), 9, "up 35.7% from a year earlier", "35.7%", 35.7, "percent", "fy", as_of="2025"),
       M(b(8,"hant"), 7, "同比增長達35.7%", "35.7%", 35.7, "percent", "fy", as_of="2025"),
       M(b(9,"en"), 13, "growing 34.5% year-on-year", "34.5%", 34.5, "percent", "jan_nov", as_of="2025-01..11")])

group("battery_catl_share_h1_2025", "ev-batteries", "CATL share of global EV battery installations, H1 2025 (SNE vs TD), with Jan-May and Jan-Nov",
      "CATL", "share of global EV battery installations", "2025-H1",
      "SNE 37.9% vs 大东时代智库 (TD) 36.1% for H1 2025: two estimators disagree (conflict; a different survey basis is defensible). Jan-May 38.1% and Jan-Nov 38.2% are other periods.",
      [M(b(2,"en"), 9, "Its market share reached 37.9%", "37.9%", 37.9, "percent", "h1", as_of="2025-H1", note="SNE"),
       M(b(5,"hans"), 7, "市占率分别为36.1%", "36.1%", 36.1, "percent", "h1", as_of="2025-H1", note="TD survey"),
       M(b(4,"hans"), 6, "38.1%的全球市场份额", "38.1%", 38.1, "percent", "jan_may", as_of="2025-01..05"),
       M(b(9,"en"), 13, "holding a 38.2% market share", "38.2%", 38.2, "percent", "jan_nov", as_of="2025-01..11")],
      {(1,2):(C,D)})

group("battery_catl_share_2025", "ev-batteries", "CATL share of global EV battery installations, 2025 (and 2024)",
      "CATL", "share of global EV battery installations", "2025",
      "39.2% in three documents; 38.0% is the 2024 share.",
      [M(b(6,"en"), 9, "captured a 39.2% global market share", "39.2%", 39.2, "percent", "fy", as_of="2025"),
       M(b(7,"hant"), 7, "全球市占分別為39.2%", "39.2%", 39.2, "percent", "fy", as_of="2025"),
       M(b(8,"hant"), 8, "進一步提升至39.2%", "39.2%", 39.2, "percent", "fy", as_of="2025"),
       M(b(8,"hant"), 8, "其市場份額從38.0%", "38.0%", 38.0, "percent", "fy24", as_of="2024")])

group("battery_byd_installs_h1_2025", "ev-batteries", "BYD EV battery installations, H1 2025, with Jan-May",
      "BYD", "EV battery installations (GWh)", "2025-H1",
      "89.9 GWh in two documents; Jan-May 70 GWh is another period.",
      [M(b(2,"en"), 11, "to 89.9 GWh", "89.9 GWh", 89.9, "GWh", "h1", as_of="2025-H1"),
       M(b(3,"hans"), 7, "(89.9GWh)", "89.9GWh", 89.9, "GWh", "h1", as_of="2025-H1"),
       M(b(4,"hans"), 6, "凭借70GWh的装车量", "70GWh", 70.0, "GWh", "jan_may", as_of="2025-01..05")])

group("battery_byd_installs_2025", "ev-batteries", "BYD EV battery installations, 2025, with Jan-Nov",
      "BYD", "EV battery installations (GWh)", "2025",
      "194.8 GWh in three documents; Jan-Nov 175.2 GWh is another period.",
      [M(b(6,"en"), 11, "installing 194.8 GWh", "194.8 GWh", 194.8, "GWh", "fy", as_of="2025"),
       M(b(7,"hant"), 9, "實現194.8 GWh的動力電池裝車", "194.8 GWh", 194.8, "GWh", "fy", as_of="2025"),
       M(b(8,"hant"), 9, "裝機量為194.8GWh", "194.8GWh", 194.8, "GWh", "fy", as_of="2025"),
       M(b(9,"en"), 14, "BYD reached 175.2 GWh", "175.2 GWh", 175.2, "GWh", "jan_nov", as_of="2025-01..11")])

group("battery_byd_growth_h1_2025", "ev-batteries", "BYD YoY installation growth, H1 2025 and Jan-May",
      "BYD", "YoY growth of EV battery installations", "2025-H1",
      "H1 58.4% in two documents; Jan-May 57.1% in two documents (agreeing with each other); H1 vs Jan-May differ in period.",
      [M(b(2,"en"), 11, "increased by 58.4% year-on-year", "58.4%", 58.4, "percent", "h1", as_of="2025-H1"),
       M(b(3,"hans"), 7, "比亚迪以58.4%", "58.4%", 58.4, "percent", "h1", as_of="2025-H1"),
       M(b(2,"en"), 11, "first five months of this year (57.1%)", "57.1%", 57.1, "percent", "jan_may", as_of="2025-01..05"),
       M(b(4,"hans"), 6, "57.1%的强劲同比增长", "57.1%", 57.1, "percent", "jan_may", as_of="2025-01..05")])

group("battery_byd_growth_2025", "ev-batteries", "BYD YoY installation growth, 2025, with Jan-Nov",
      "BYD", "YoY growth of EV battery installations", "2025",
      "27.7% in three documents; Jan-Nov 31.3% is another period.",
      [M(b(6,"en"), 11, "a 27.7% increase from 2024", "27.7%", 27.7, "percent", "fy", as_of="2025"),
       M(b(7,"hant"), 9, "年增27.7%", "27.7%", 27.7, "percent", "fy", as_of="2025"),
       M(b(8,"hant"), 9, "同比增長27.7%", "27.7%", 27.7, "percent", "fy", as_of="2025"),
       M(b(9,"en"), 14, "posting 31.3% growth", "31.3%", 31.3, "percent", "jan_nov", as_of="2025-01..11")])

group("battery_byd_share_h1_2025", "ev-batteries", "BYD share of global EV battery installations, H1 2025 (SNE vs TD), with other periods",
      "BYD", "share of global EV battery installations", "2025-H1",
      "SNE 17.8% vs TD 16.6% for H1 2025 (conflict; different survey defensible). 15.4% is H1 2024, 17.4% Jan-May, 16.7% Jan-Nov.",
      [M(b(2,"en"), 11, "to 17.8% compared", "17.8%", 17.8, "percent", "h1", as_of="2025-H1", note="SNE"),
       M(b(5,"hans"), 7, "、16.6%和", "16.6%", 16.6, "percent", "h1", as_of="2025-H1", note="TD survey"),
       M(b(2,"en"), 11, "rising from 15.4%", "15.4%", 15.4, "percent", "h1_24", as_of="2024-H1"),
       M(b(4,"hans"), 6, "市场份额跃升至17.4%", "17.4%", 17.4, "percent", "jan_may", as_of="2025-01..05"),
       M(b(9,"en"), 14, "a 16.7% share", "16.7%", 16.7, "percent", "jan_nov", as_of="2025-01..11")],
      {(1,2):(C,D)})

group("battery_byd_share_2025", "ev-batteries", "BYD share of global EV battery installations, 2025",
      "BYD", "share of global EV battery installations", "2025",
      "16.4% in three documents.",
      [M(b(6,"en"), 11, "held a 16.4% market share", "16.4%", 16.4, "percent", "fy", as_of="2025"),
       M(b(7,"hant"), 7, "、16.4%、", "16.4%", 16.4, "percent", "fy", as_of="2025"),
       M(b(8,"hant"), 10, "微跌至16.4%", "16.4%", 16.4, "percent", "fy", as_of="2025")])

group("battery_korea_share", "ev-batteries", "Combined share of the three Korean battery makers: H1 2025, Jan-Nov and 2025",
      "LGES + SK On + Samsung SDI", "combined share of global EV battery installations", "2025-H1",
      "H1 2025 16.4% in English and Simplified Chinese; Jan-Nov 15.8% (Korean suppliers) and full-year 15.4% are other periods.",
      [M(b(1,"en"), 9, "in the first half was 16.4%", "16.4%", 16.4, "percent", "h1", as_of="2025-H1"),
       M(b(3,"hans"), 5, "合计市场份额为16.4%", "16.4%", 16.4, "percent", "h1", as_of="2025-H1"),
       M(b(9,"en"), 8, "Korean suppliers captured 15.8%", "15.8%", 15.8, "percent", "jan_nov", as_of="2025-01..11"),
       M(b(8,"hant"), 11, "在2025年降至15.4%", "15.4%", 15.4, "percent", "fy", as_of="2025")])

group("battery_korea_share_change", "ev-batteries", "Change in the Korean makers' combined share, H1 2025 YoY (and full year)",
      "LGES + SK On + Samsung SDI", "YoY change of combined share", "2025-H1",
      "English: down 5.4 percentage points; the Simplified Chinese page writes the same figure as '下降5.4%' (percent sign for percentage points). Read as the same figure (consistent); read literally as a relative 5.4% decline it would conflict. Full-year 2025: down 3.3 points (other period).",
      [M(b(1,"en"), 9, "down 5.4 percentage points", "5.4 percentage points", -5.4, "percentage_points", "h1", as_of="2025-H1", note="decline"),
       M(b(3,"hans"), 5, "较去年同期下降5.4%", "5.4%", -5.4, "percent", "h1", as_of="2025-H1", note="decline; % used for percentage points"),
       M(b(8,"hant"), 11, "同比下降了3.3個百分點", "3.3個百分點", -3.3, "percentage_points", "fy", as_of="2025", note="decline")],
      {(1,2):(K,C)})

group("battery_china_share_h1_2025", "ev-batteries", "Combined share of Chinese battery makers, H1 2025, with Jan-May and Jan-Nov",
      "Chinese battery makers (six in top ten)", "combined share of global EV battery installations", "2025-H1",
      "68.9% in English and Simplified Chinese; headline 'Over 68%' agrees. Jan-May '突破68.4%' and Jan-Nov 69.4% are other periods.",
      [M(b(1,"en"), 7, "six Chinese companies reached 68.9%", "68.9%", 68.9, "percent", "h1", as_of="2025-H1"),
       M(b(3,"hans"), 5, "总市场份额达68.9%", "68.9%", 68.9, "percent", "h1", as_of="2025-H1"),
       M(b(2,"en"), 3, "Account for Over 68%", "68%", 68.0, "percent", "h1", qualifier="over", as_of="2025-H1"),
       M(b(4,"hans"), 5, "整体市场份额突破68.4%", "68.4%", 68.4, "percent", "jan_may", qualifier="over", as_of="2025-01..05"),
       M(b(9,"en"), 7, "accounted for 69.4% of total installations", "69.4%", 69.4, "percent", "jan_nov", as_of="2025-01..11")],
      {(1,3):K,(2,3):K})

group("battery_china_share_2025", "ev-batteries", "Combined share of Chinese battery makers, 2025 (and 2024)",
      "Chinese battery makers", "combined share of global EV battery installations", "2025",
      "70.4% (udn) agrees with 'more than 70%' / 'over 70%' / '首次超70%'. 67.1% is 2024 (70.4 - 3.3 points = 67.1, consistent with udn's +3.3).",
      [M(b(7,"hant"), 3, "六家陸企總市占達70.4%", "70.4%", 70.4, "percent", "fy", as_of="2025"),
       M(b(7,"hant"), 3, "首次超70%", "70%", 70.0, "percent", "fy", qualifier="over", as_of="2025"),
       M(b(6,"en"), 3, "China controls over 70%", "70%", 70.0, "percent", "fy", qualifier="over", as_of="2025"),
       M(b(6,"en"), 5, "accounting for more than 70% of worldwide installations", "70%", 70.0, "percent", "fy", qualifier="over", as_of="2025"),
       M(b(1,"en"), 7, "and 67.1%", "67.1%", 67.1, "percent", "fy24", as_of="2024")],
      {(1,2):K,(1,3):K,(1,4):K})

group("battery_lg_installs_2025", "ev-batteries", "LG Energy Solution installations, 2025, with Jan-Nov",
      "LG Energy Solution", "EV battery installations (GWh)", "2025",
      "108.8 GWh in two documents; Jan-Nov 96.9 GWh is another period.",
      [M(b(6,"en"), 13, "with 108.8 GWh of installations", "108.8 GWh", 108.8, "GWh", "fy", as_of="2025"),
       M(b(8,"hant"), 12, "裝機量108.8GWh", "108.8GWh", 108.8, "GWh", "fy", as_of="2025"),
       M(b(9,"en"), 15, "achieved 96.9 GWh", "96.9 GWh", 96.9, "GWh", "jan_nov", as_of="2025-01..11")])

group("battery_lg_growth_2025", "ev-batteries", "LG Energy Solution YoY installation growth, 2025, with Jan-Nov",
      "LG Energy Solution", "YoY growth of EV battery installations", "2025",
      "11.3% in two documents; Jan-Nov 11.1% is another period.",
      [M(b(6,"en"), 13, "an 11.3% year-on-year increase", "11.3%", 11.3, "percent", "fy", as_of="2025"),
       M(b(8,"hant"), 12, "11.3%的增速", "11.3%", 11.3, "percent", "fy", as_of="2025"),
       M(b(9,"en"), 15, "up 11.1%", "11.1%", 11.1, "percent", "jan_nov", as_of="2025-01..11")])

group("battery_lg_share", "ev-batteries", "LG Energy Solution share of global EV battery installations, several periods",
      "LG Energy Solution", "share of global EV battery installations", "2025",
      "2025 9.2%, Jan-Nov 9.3%, 2024 10.9%, and TD's H1 2025 10.2%: all different periods (and TD a different survey).",
      [M(b(6,"en"), 13, "declined to 9.2%", "9.2%", 9.2, "percent", "fy", as_of="2025"),
       M(b(9,"en"), 15, "a 9.3% share", "9.3%", 9.3, "percent", "jan_nov", as_of="2025-01..11"),
       M(b(6,"en"), 13, "down from 10.9% in 2024", "10.9%", 10.9, "percent", "fy24", as_of="2024"),
       M(b(5,"hans"), 7, "和10.2%", "10.2%", 10.2, "percent", "h1_td", as_of="2025-H1", note="TD survey")])

group("battery_calb_share", "ev-batteries", "CALB share of global EV battery installations, several periods",
      "CALB", "share of global EV battery installations", "2025",
      "2025 5.3% (English and Traditional Chinese); H1 4.3% and Jan-Nov 4.9% are other periods.",
      [M(b(6,"en"), 15, "and a 5.3% share", "5.3%", 5.3, "percent", "fy", as_of="2025"),
       M(b(7,"hant"), 7, "、5.3%、", "5.3%", 5.3, "percent", "fy", as_of="2025"),
       M(b(3,"hans"), 8, "市场份额为4.3%", "4.3%", 4.3, "percent", "h1", as_of="2025-H1"),
       M(b(9,"en"), 16, "to capture 4.9%", "4.9%", 4.9, "percent", "jan_nov", as_of="2025-01..11")])

group("battery_calb_installs", "ev-batteries", "CALB installations, several periods",
      "CALB", "EV battery installations (GWh)", "2025",
      "2025 62.8 GWh, H1 21.8 GWh, Jan-Nov 50.9 GWh: different periods.",
      [M(b(6,"en"), 15, "placed fourth with 62.8 GWh", "62.8 GWh", 62.8, "GWh", "fy", as_of="2025"),
       M(b(3,"hans"), 8, "中创新航的装车量为21.8GWh", "21.8GWh", 21.8, "GWh", "h1", as_of="2025-H1"),
       M(b(9,"en"), 16, "CALB delivered 50.9 GWh", "50.9 GWh", 50.9, "GWh", "jan_nov", as_of="2025-01..11")])

group("battery_gotion_share", "ev-batteries", "Gotion share of global EV battery installations, 2025 and H1",
      "Gotion High-tech", "share of global EV battery installations", "2025",
      "2025 4.5% in English and Traditional Chinese; H1 3.6% is another period.",
      [M(b(6,"en"), 15, "Gotion High-tech at 4.5%", "4.5%", 4.5, "percent", "fy", as_of="2025"),
       M(b(7,"hant"), 7, "、4.5%、", "4.5%", 4.5, "percent", "fy", as_of="2025"),
       M(b(3,"hans"), 8, "市场份额为3.6%", "3.6%", 3.6, "percent", "h1", as_of="2025-H1")])

group("battery_eve_share", "ev-batteries", "EVE Energy share, 2025 vs H1 2025",
      "EVE Energy", "share of global EV battery installations", "2025",
      "2025 2.6% vs H1 2.7%: different periods. (SVOLT's H1 share is also 2.6%: another company.)",
      [M(b(7,"hant"), 7, "、2.6%與", "2.6%", 2.6, "percent", "fy", as_of="2025"),
       M(b(3,"hans"), 8, "市场份额为2.7%", "2.7%", 2.7, "percent", "h1", as_of="2025-H1")])

group("battery_svolt_share", "ev-batteries", "SVOLT share, 2025 vs H1 2025",
      "SVOLT", "share of global EV battery installations", "2025",
      "2025 2.4% vs H1 2.6%: different periods.",
      [M(b(7,"hant"), 7, "與2.4%", "2.4%", 2.4, "percent", "fy", as_of="2025"),
       M(b(3,"hans"), 8, "市场份额为2.6%", "2.6%", 2.6, "percent", "h1", as_of="2025-H1")])

group("battery_japan_share", "ev-batteries", "Panasonic / Japanese makers' share, H1 vs Jan-Nov 2025",
      "Panasonic (only Japanese maker in the top ten)", "share of global EV battery installations", "2025",
      "Panasonic H1 3.7% and Japanese manufacturers Jan-Nov 3.7%: same value, different periods (different_basis). SK On's 2025 3.7% is another company.",
      [M(b(3,"hans"), 5, "松下的市占率为3.7%", "3.7%", 3.7, "percent", "h1", as_of="2025-H1"),
       M(b(9,"en"), 9, "held a 3.7% share", "3.7%", 3.7, "percent", "jan_nov", as_of="2025-01..11")])

# ---------------------------------------------------------------- foundries (TrendForce unless noted)
group("foundry_top10_revenue_q2_2025", "foundry", "Top-10 foundry revenue, Q2 2025 (TrendForce), with Q3",
      "Top ten foundries", "combined foundry revenue (USD)", "2025-Q2",
      "USD 41.7 billion = 417億/亿美元 ('超過', '以上', 'over') in four documents. Q3 '接近 451 億美元' is another quarter.",
      [M(f(1,"en"), 4, "to a record USD 41.7 billion", "USD 41.7 billion", 41.7e9, "USD", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 3, "合計營收超過417億美元", "417億美元", 41.7e9, "USD", "q2", qualifier="over", as_of="2025-Q2"),
       M(f(3,"hans"), 3, "营收达到417亿美元以上", "417亿美元", 41.7e9, "USD", "q2", qualifier="at_least", as_of="2025-Q2"),
       M(f(6,"en"), 6, "to over $41.7 billion", "$41.7 billion", 41.7e9, "USD", "q2", qualifier="over", as_of="2025-Q2"),
       M(f(7,"hant"), 3, "接近 451 億美元", "451 億美元", 45.1e9, "USD", "q3", qualifier="under", as_of="2025-Q3")])

group("foundry_top10_growth_q2_2025", "foundry", "QoQ growth of top-10 foundry revenue, Q2 2025, with Q3",
      "Top ten foundries", "QoQ growth of combined foundry revenue", "2025-Q2",
      "14.6% QoQ in five mentions. hujinzicha labels it 同比 (YoY): the same TrendForce figure under a wrong label (consistent; a literal YoY reading would be a different basis). Q3 8.1% is another quarter.",
      [M(f(1,"en"), 3, "revenue surges 14.6%", "14.6%", 14.6, "percent", "q2", as_of="2025-Q2"),
       M(f(1,"en"), 4, "rose 14.6% quarter-on-quarter", "14.6%", 14.6, "percent", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 3, "季增14.6%", "14.6%", 14.6, "percent", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 3, "同比增长14.6%", "14.6%", 14.6, "percent", "q2", as_of="2025-Q2", note="labelled YoY (同比) but it is TrendForce's QoQ figure"),
       M(f(6,"en"), 6, "a quarterly growth rate of 14.6%", "14.6%", 14.6, "percent", "q2", as_of="2025-Q2"),
       M(f(7,"hant"), 3, "季增 8.1%", "8.1%", 8.1, "percent", "q3", as_of="2025-Q3")],
      {**{(a,4):(K,D) for a in (1,2,3)}, (4,5):(K,D)})

group("foundry_tsmc_revenue_q2_2025", "foundry", "TSMC foundry revenue, Q2 2025, with Q3",
      "TSMC", "quarterly foundry revenue (USD)", "2025-Q2",
      "USD 30.24 billion = 302.4億/亿美元 in four documents; Q3 '近331億美元' is another quarter.",
      [M(f(1,"en"), 5, "to USD 30.24 billion", "USD 30.24 billion", 30.24e9, "USD", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 5, "第2季營收達302.4億美元", "302.4億美元", 30.24e9, "USD", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 5, "达302.4亿美元", "302.4亿美元", 30.24e9, "USD", "q2", as_of="2025-Q2"),
       M(f(4,"hant"), 7, "達302.4億美元", "302.4億美元", 30.24e9, "USD", "q2", as_of="2025-Q2"),
       M(f(7,"hant"), 5, "營收近331億美元", "331億美元", 33.1e9, "USD", "q3", qualifier="under", as_of="2025-Q3")])

group("foundry_tsmc_growth_q2_2025", "foundry", "TSMC QoQ revenue growth, Q2 2025, with Q3",
      "TSMC", "QoQ growth of foundry revenue", "2025-Q2",
      "18.5% QoQ in four documents (hujinzicha again labels it 同比); Q3 9.3% is another quarter.",
      [M(f(1,"en"), 5, "climbing 18.5% QoQ", "18.5%", 18.5, "percent", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 5, "季增18.5%", "18.5%", 18.5, "percent", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 5, "台积电营收同比增长18.5%", "18.5%", 18.5, "percent", "q2", as_of="2025-Q2", note="labelled YoY"),
       M(f(4,"hant"), 7, "單季營收季增18.5%", "18.5%", 18.5, "percent", "q2", as_of="2025-Q2"),
       M(f(7,"hant"), 5, "季增9.3%", "9.3%", 9.3, "percent", "q3", as_of="2025-Q3")],
      {(1,3):(K,D),(2,3):(K,D),(3,4):(K,D)})

group("foundry_tsmc_share", "foundry", "TSMC foundry market share: TrendForce Q2 2025 and neighbours (Q1, Q3, 2026 forecast; Counterpoint pure-play and Foundry 2.0)",
      "TSMC", "share of foundry revenue", "2025-Q2",
      "TrendForce Q2 70.2% in six mentions ('突破70%' agrees). Q1 67.6%, Q3 71%, the 2026 forecast 75% are other periods. Counterpoint's pure-play share 71% and its Foundry 2.0 share 38% (31% a year earlier) measure other bases; 71% pure-play Q2 vs TrendForce Q3 71% is a same-value look-alike.",
      [M(f(1,"en"), 5, "Its market share hit 70.2%", "70.2%", 70.2, "percent", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 5, "市占率一舉攀升至70.2%", "70.2%", 70.2, "percent", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 5, "市占率更一举创下70.2%的纪录", "70.2%", 70.2, "percent", "q2", as_of="2025-Q2"),
       M(f(4,"hant"), 5, "一舉創下70.2%的紀錄", "70.2%", 70.2, "percent", "q2", as_of="2025-Q2"),
       M(f(4,"hant"), 7, "已經來到70.2%", "70.2%", 70.2, "percent", "q2", as_of="2025-Q2"),
       M(f(7,"hant"), 3, "由上季的 70.2%", "70.2%", 70.2, "percent", "q2", as_of="2025-Q2"),
       M(f(4,"hant"), 3, "市占率突破70%", "70%", 70.0, "percent", "q2", qualifier="over", as_of="2025-Q2"),
       M(f(4,"hant"), 7, "第一季的 67.6%", "67.6%", 67.6, "percent", "q1", as_of="2025-Q1"),
       M(f(7,"hant"), 3, "進一步提高至 71%", "71%", 71.0, "percent", "q3", as_of="2025-Q3"),
       M(f(4,"hant"), 5, "明年市占率可望衝上75%", "75%", 75.0, "percent", "fc2026", as_of="2026", note="market expectation"),
       M(f(6,"en"), 5, "with a 71% market share", "71%", 71.0, "percent", "cp_pure_q2", as_of="2025-Q2", note="Counterpoint, pure-play foundry"),
       M(f(5,"en"), 3, "TSMC market share jumps to 38%", "38%", 38.0, "percent", "cp_f2_q2", as_of="2025-Q2", note="Counterpoint Foundry 2.0"),
       M(f(5,"en"), 5, "rose from 31% a year earlier to 38%", "38%", 38.0, "percent", "cp_f2_q2", as_of="2025-Q2", note="Counterpoint Foundry 2.0"),
       M(f(5,"en"), 5, "from 31% a year earlier", "31%", 31.0, "percent", "cp_f2_q2_24", as_of="2024-Q2", note="Counterpoint Foundry 2.0")],
      {**{(a,7):K for a in range(1,7)}, **{(a,11):(D,C) for a in range(1,8)}})

group("foundry_samsung_revenue_q2_2025", "foundry", "Samsung Foundry revenue, Q2 2025, with Q3",
      "Samsung Foundry", "quarterly foundry revenue (USD)", "2025-Q2",
      "USD 3.16 billion (table 3,159 million) = '近31.6億/亿美元' in three documents; Q3 '約31.8億美元' is another quarter.",
      [M(f(1,"en"), 6, "with USD 3.16 billion in revenue", "USD 3.16 billion", 3.16e9, "USD", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 7, "第2季營收近31.6億美元", "31.6億美元", 3.16e9, "USD", "q2", qualifier="under", as_of="2025-Q2"),
       M(f(3,"hans"), 7, "营收近31.6亿美元", "31.6亿美元", 3.16e9, "USD", "q2", qualifier="under", as_of="2025-Q2"),
       M(f(7,"hant"), 7, "以約31.8億美元", "31.8億美元", 3.18e9, "USD", "q3", qualifier="approx", as_of="2025-Q3")])

group("foundry_samsung_share_q2_2025", "foundry", "Samsung Foundry market share, Q2 2025, with Q1 and Q3",
      "Samsung Foundry", "share of foundry revenue", "2025-Q2",
      "7.3% in four documents; Q1 7.7% and Q3 6.8% are other quarters.",
      [M(f(1,"en"), 6, "for a 7.3% share", "7.3%", 7.3, "percent", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 7, "市占7.3%居第二", "7.3%", 7.3, "percent", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 7, "以7.3%市占排名第二", "7.3%", 7.3, "percent", "q2", as_of="2025-Q2"),
       M(f(4,"hant"), 9, "下降到 7.3%", "7.3%", 7.3, "percent", "q2", as_of="2025-Q2"),
       M(f(4,"hant"), 9, "從 7.7%", "7.7%", 7.7, "percent", "q1", as_of="2025-Q1"),
       M(f(7,"hant"), 7, "市占6.8%", "6.8%", 6.8, "percent", "q3", as_of="2025-Q3")])

group("foundry_samsung_growth_q2_2025", "foundry", "Samsung Foundry QoQ revenue growth, Q2 2025",
      "Samsung Foundry", "QoQ growth of foundry revenue", "2025-Q2",
      "9.2% in four documents ('季度收入增長 9.2%').",
      [M(f(1,"en"), 6, "up 9.2% QoQ", "9.2%", 9.2, "percent", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 7, "季增9.2%", "9.2%", 9.2, "percent", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 7, "季增9.2%", "9.2%", 9.2, "percent", "q2", as_of="2025-Q2"),
       M(f(4,"hant"), 9, "季度收入增長 9.2%", "9.2%", 9.2, "percent", "q2", as_of="2025-Q2")])

group("foundry_smic_revenue_q2_2025", "foundry", "SMIC revenue, Q2 2025, with Q3",
      "SMIC", "quarterly foundry revenue (USD)", "2025-Q2",
      "USD 2.21 billion = 約22.1億 / 22.1亿美元左右; Q3 23.8億 is another quarter.",
      [M(f(1,"en"), 6, "SMIC with USD 2.21 billion", "USD 2.21 billion", 2.21e9, "USD", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 7, "第2季營收約22.1億美元", "22.1億美元", 2.21e9, "USD", "q2", qualifier="approx", as_of="2025-Q2"),
       M(f(3,"hans"), 9, "略降至22.1亿美元左右", "22.1亿美元", 2.21e9, "USD", "q2", qualifier="approx", as_of="2025-Q2"),
       M(f(7,"hant"), 9, "達23.8億美元", "23.8億美元", 2.38e9, "USD", "q3", as_of="2025-Q3")])

group("foundry_smic_growth_q2_2025", "foundry", "SMIC QoQ revenue change, Q2 2025, with Q3",
      "SMIC", "QoQ change of foundry revenue", "2025-Q2",
      "-1.7% QoQ in three documents (hujinzicha labels it 同比); Q3 +7.8% is another quarter.",
      [M(f(1,"en"), 6, "down 1.7% QoQ", "1.7%", -1.7, "percent", "q2", as_of="2025-Q2", note="decline"),
       M(f(2,"hant"), 7, "季減1.7%", "1.7%", -1.7, "percent", "q2", as_of="2025-Q2", note="decline"),
       M(f(3,"hans"), 9, "同比减少1.7%", "1.7%", -1.7, "percent", "q2", as_of="2025-Q2", note="decline; labelled YoY"),
       M(f(7,"hant"), 9, "營收季增7.8%", "7.8%", 7.8, "percent", "q3", as_of="2025-Q3")],
      {(1,3):(K,D),(2,3):(K,D)})

group("foundry_smic_share_q2_2025", "foundry", "SMIC market share, Q2 2025",
      "SMIC", "share of foundry revenue", "2025-Q2", "5.1% in three documents.",
      [M(f(1,"en"), 6, "down 1.7% QoQ for 5.1%", "5.1%", 5.1, "percent", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 7, "市占5.1%仍居第三", "5.1%", 5.1, "percent", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 9, "微幅减少为5.1%", "5.1%", 5.1, "percent", "q2", as_of="2025-Q2")])

group("foundry_umc_revenue_q2_2025", "foundry", "UMC revenue, Q2 2025", "UMC", "quarterly foundry revenue (USD)", "2025-Q2",
      "USD 1.9 billion = 19億美元.",
      [M(f(1,"en"), 6, "UMC posted USD 1.9 billion", "USD 1.9 billion", 1.9e9, "USD", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 5, "第2季營收19億美元", "19億美元", 1.9e9, "USD", "q2", as_of="2025-Q2")])

group("foundry_umc_growth_q2_2025", "foundry", "UMC QoQ revenue growth, Q2 2025", "UMC", "QoQ growth of foundry revenue", "2025-Q2",
      "8.2% in two documents.",
      [M(f(1,"en"), 6, "up 8.2% QoQ", "8.2%", 8.2, "percent", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 5, "季增8.2%", "8.2%", 8.2, "percent", "q2", as_of="2025-Q2")])

group("foundry_gf_revenue_q2_2025", "foundry", "GlobalFoundries revenue, Q2 2025", "GlobalFoundries", "quarterly foundry revenue (USD)", "2025-Q2",
      "USD 1.69 billion = 近16.9億/亿美元.",
      [M(f(1,"en"), 6, "GlobalFoundries reported USD 1.69 billion", "USD 1.69 billion", 1.69e9, "USD", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 7, "第2季營收近16.9億美元", "16.9億美元", 1.69e9, "USD", "q2", qualifier="under", as_of="2025-Q2"),
       M(f(3,"hans"), 11, "近16.9亿美元", "16.9亿美元", 1.69e9, "USD", "q2", qualifier="under", as_of="2025-Q2")])

group("foundry_gf_growth_q2_2025", "foundry", "GlobalFoundries QoQ revenue growth, Q2 2025", "GlobalFoundries", "QoQ growth of foundry revenue", "2025-Q2",
      "6.5% in three documents (hujinzicha labels it 同比).",
      [M(f(1,"en"), 6, "up 6.5% QoQ", "6.5%", 6.5, "percent", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 7, "季增6.5%", "6.5%", 6.5, "percent", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 11, "带动营收同比增长6.5%", "6.5%", 6.5, "percent", "q2", as_of="2025-Q2", note="labelled YoY")],
      {(1,3):(K,D),(2,3):(K,D)})

group("foundry_gf_share_q2_2025", "foundry", "GlobalFoundries market share, Q2 2025", "GlobalFoundries", "share of foundry revenue", "2025-Q2",
      "3.9% in two documents.",
      [M(f(2,"hant"), 7, "以3.9%市占排名第五", "3.9%", 3.9, "percent", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 11, "以3.9%的市占", "3.9%", 3.9, "percent", "q2", as_of="2025-Q2")])

group("foundry_huahong_revenue_q2_2025", "foundry", "HuaHong Group revenue, Q2 2025", "HuaHong Group", "quarterly foundry revenue (USD)", "2025-Q2",
      "USD 1.06 billion = 10.6亿美元.",
      [M(f(1,"en"), 7, "reported USD 1.06 billion", "USD 1.06 billion", 1.06e9, "USD", "q2", as_of="2025-Q2"),
       M(f(3,"hans"), 13, "至10.6亿美元", "10.6亿美元", 1.06e9, "USD", "q2", as_of="2025-Q2")])

group("foundry_huahong_growth_q2_2025", "foundry", "HuaHong Group QoQ revenue growth, Q2 2025", "HuaHong Group", "QoQ growth of foundry revenue", "2025-Q2",
      "About 5% in two documents.",
      [M(f(1,"en"), 7, "up about 5% QoQ", "5%", 5.0, "percent", "q2", qualifier="approx", as_of="2025-Q2"),
       M(f(3,"hans"), 13, "约季增5%", "5%", 5.0, "percent", "q2", qualifier="approx", as_of="2025-Q2")])

group("foundry_vis_revenue_q2_2025", "foundry", "Vanguard (VIS) revenue, Q2 2025", "Vanguard International (VIS)", "quarterly foundry revenue (USD)", "2025-Q2",
      "USD 379 million vs 約3.8億美元: rounding.",
      [M(f(1,"en"), 7, "revenues of USD 379 million", "USD 379 million", 379e6, "USD", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 5, "第2季營收約3.8億美元", "3.8億美元", 380e6, "USD", "q2", qualifier="approx", as_of="2025-Q2")],
      {(1,2):(R,K)})

group("foundry_psmc_revenue_q2_2025", "foundry", "PSMC revenue, Q2 2025", "PSMC", "quarterly foundry revenue (USD)", "2025-Q2",
      "USD 345 million vs 3.5億美元 (345 rounded half up to one decimal of 億): rounding.",
      [M(f(1,"en"), 7, "and USD 345 million", "USD 345 million", 345e6, "USD", "q2", as_of="2025-Q2"),
       M(f(2,"hant"), 5, "營收達3.5億美元", "3.5億美元", 350e6, "USD", "q2", as_of="2025-Q2")],
      {(1,2):R})

group("foundry_segment_growth_q2_2025", "foundry", "YoY revenue growth of foundry segments, Q2 2025 (Counterpoint)",
      "Foundry industry (Counterpoint definitions)", "YoY revenue growth", "2025-Q2",
      "Pure-play foundry +33% (headline and text) vs Foundry 2.0 +19%: different scopes.",
      [M(f(6,"en"), 3, "Revenue Increased 33% Year-on-Year", "33%", 33.0, "percent", "pure", as_of="2025-Q2"),
       M(f(6,"en"), 4, "revenue grew 33% year-on-year", "33%", 33.0, "percent", "pure", as_of="2025-Q2"),
       M(f(5,"en"), 5, "revenue grew 19% year-on-year", "19%", 19.0, "percent", "f2", as_of="2025-Q2", note="Foundry 2.0")])

# ---------------------------------------------------------------- singles
single(p(1,"en"), 4, "1 week ago", not_a_claim=True, kind="date")
single(p(3,"en"), 5, "Updated: August 14, 2025", not_a_claim=True, kind="date")
single(p(10,"hant"), 3, "6月12日", not_a_claim=True, kind="date")
single(b(2,"en"), 5, "2025-08-29 09:20:45", not_a_claim=True, kind="date")
single(f(2,"hant"), 5, "台積電（2330）", not_a_claim=True, kind="id_code")
single(b(9,"en"), 13, "1.CATL", not_a_claim=True, kind="rank_in_list")
single(p(5,"hans"), 10, "1 三星", not_a_claim=True, kind="rank_in_list")
single(p(7,"hant"), 5, "Galaxy A36", not_a_claim=True, kind="model_name")
single(f(2,"hant"), 7, "Nintendo Switch 2", not_a_claim=True, kind="model_name")
single(p(1,"en"), 6, "Apple retained a substantial 49% share", "49%", 49.0, "percent", note="Apple, US share, Canalys Q2 2025")
single(p(1,"en"), 6, "with a 21% share", "21%", 21.0, "percent", note="vivo, India share, Canalys Q2 2025")
single(p(8,"hans"), 5, "总激活量达到1141.76万台", "1141.76万台", 11417600.0, "count", note="Xiaomi activations in China, Q2 2025")
single(b(2,"en"), 7, "compared to 367.4 GWh", "367.4 GWh", 367.4, "GWh", note="H1 2024 global installations")
single(b(1,"en"), 11, "compound annual growth rate of 47.5%", "47.5%", 47.5, "percent")
single(b(8,"hant"), 6, "已達到78.3%", "78.3%", 78.3, "percent", note="top-6 concentration 2025")
single(b(6,"en"), 15, "SK On ranked sixth with a 3.7% share", "3.7%", 3.7, "percent", note="SK On 2025; look-alike of Panasonic 3.7%")
single(f(2,"hant"), 5, "市占4.4%", "4.4%", 4.4, "percent", note="UMC Q2 2025")
single(b(5,"hans"), 7, "CR3和CR5分别为63.0%", "63.0%", 63.0, "percent", note="TD, top-3 concentration H1 2025")
single(p(8,"hans"), 5, "传音和OPPO也分别以9%的市场份额", "9%", 9.0, "percent", note="Transsion and OPPO each, global Q2 2025 (Canalys context)")
single(p(7,"hant"), 3, "僅差不到1%", "1%", 1.0, "percent", qualifier="under", note="Apple-Samsung share gap, Q1 2025 (IDC)")
single(p(7,"hant"), 6, "618電商節", not_a_claim=True, kind="name")
single(f(5,"en"), 3, "as Foundry 2.0 growth", not_a_claim=True, kind="product_version")
single(p(11,"en"), 3, "a decrease of over 8 million units", "8 million", 8e6, "count", qualifier="over", note="QoQ decrease")

emit(HERE / "gold.d" / "fresh.toml", "corpus-fresh")
