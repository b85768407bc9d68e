"""Hand annotation of corpus-fresh73, written as data; emits gold.d/fresh73.toml (then run
corpus/check_gold.py --dir corpus-fresh73 --build).

Three news / business-statistics domains, all company results: Fast Retailing (Uniqlo) annual and quarterly results /
迅销 / 迅銷 (FY2018 to August 2018, FY2022, FY2023, FY2025 and Q1 FY2026; `frt-*`), Nike's results / 耐克 / 耐吉
(fiscal 2025 to May 2025, Q1 fiscal 2025, Q2 fiscal 2026; `nke-*`) and Honda Motor's annual results / 本田 (the years
to March 2024 and March 2025; `hmc-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8, 万亿/萬億/兆 = 1e12; yen in JPY,
dollars in USD (cents as 0.01 USD), yuan in CNY, NT$ in TWD; growth and decline rates as unsigned percent; basis
points as percentage_points (100 bp = 1 pp).
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

FRT, NKE, HMC = "fast-retailing-results", "nike-results", "honda-results"
JPY, USD, CNY, TWD, YRS = "JPY", "USD", "CNY", "TWD", "years"
OK = "Consistent."

# ============================================================ Fast Retailing (Uniqlo)
# ---- FY2018 (to August 2018)
G("frt_fy18_revenue", FRT, "Fast Retailing revenue FY2018: 2.13 trillion yen = 21300亿 = 2.13万亿 on three pages, and nikkei's 'broke 2万亿 for the first time'",
  "Fast Retailing", "revenue", "FY2018 (to August 2018)",
  "Same value: consistent; '首次突破2万亿' (over 2 trillion; audit: was a single without its hedge) holds 2.13: consistent.", [
    F("frt", 1, "sales of 2.13 trillion yen", 2.13e12, JPY),
    F("frt", 2, "集团总收益为21300亿日元", 21300e8, JPY),
    F("frt", 3, "达到2.13万亿日元", 2.13e12, JPY),
    F("frt", 3, "首次突破2万亿日元大关", 2e12, JPY, q="over"),
  ])
G("frt_fy18_revenue_growth", FRT, "Growth of FY2018 revenue: 14.4% twice against nikkei's 14%", "Fast Retailing",
  "revenue growth", "FY2018", "14 rounds 14.4: rounding.", [
    F("frt", 1, "up 14.4 percent", 14.4, PC),
    F("frt", 2, "同比增长14.4%", 14.4, PC),
    F("frt", 3, "销售收入增长14%", 14, PC),
  ])
G("frt_fy18_op", FRT, "FY2018 operating profit: 236.21 billion yen against 2362亿 twice", "Fast Retailing",
  "operating profit", "FY2018", "2362亿 rounds 236.21 billion: rounding.", [
    F("frt", 1, "236.21 billion yen", 236.21e9, JPY),
    F("frt", 2, "经营溢利总额为2362亿日元", 2362e8, JPY),
    F("frt", 3, "达到2362亿日元", 2362e8, JPY),
  ])
G("frt_fy18_op_growth", FRT, "Growth of FY2018 operating profit: 33.9% twice against 34%", "Fast Retailing",
  "operating profit growth", "FY2018", "34 rounds 33.9: rounding.", [
    F("frt", 1, "climbed 33.9 percent", 33.9, PC),
    F("frt", 2, "同比增长33.9%", 33.9, PC),
    F("frt", 3, "营业利润增长34%", 34, PC),
  ])
G("frt_fy18_net", FRT, "FY2018 net profit: 154.81 billion yen against 1548亿", "Fast Retailing", "net profit",
  "FY2018", "1548亿 rounds 154.81 billion: rounding.", [
    F("frt", 1, "a record 154.81 billion yen", 154.81e9, JPY),
    F("frt", 3, "达到1548亿日元", 1548e8, JPY),
  ])
G("frt_fy18_net_growth", FRT, "Growth of FY2018 net profit: 29.8% against 30%", "Fast Retailing", "net profit growth",
  "FY2018", "30 rounds 29.8: rounding.", [
    F("frt", 1, "rose 29.8 percent", 29.8, PC),
    F("frt", 3, "净利润同比增长30%", 30, PC),
  ])
G("frt_fy19_fc_revenue", FRT, "FY2019 revenue forecast: 2.30 trillion yen against 2.3万亿", "Fast Retailing",
  "revenue forecast", "FY2019 (forecast made in October 2018)", "Same value: consistent.", [
    F("frt", 1, "pegged at 2.30 trillion yen", 2.30e12, JPY),
    F("frt", 3, "达到2.3万亿日元", 2.3e12, JPY),
  ])
G("frt_fy19_fc_revenue_growth", FRT, "FY2019 forecast revenue growth: 8.0% against 8%", "Fast Retailing",
  "revenue growth forecast", "FY2019", "Same value: consistent.", [
    F("frt", 1, "up 8.0 percent", 8.0, PC),
    F("frt", 3, "销售额预计同比增长8%", 8, PC),
  ])
G("frt_fy19_fc_net", FRT, "FY2019 net profit forecast: 165 billion yen = 1650亿", "Fast Retailing", "net profit forecast",
  "FY2019", OK, [
    F("frt", 1, "to 165 billion yen", 165e9, JPY),
    F("frt", 3, "达到1650亿日元", 1650e8, JPY),
  ])
G("frt_fy19_fc_net_growth", FRT, "FY2019 forecast net profit growth: 6.6% against 7%", "Fast Retailing",
  "net profit growth forecast", "FY2019", "7 rounds 6.6: rounding.", [
    F("frt", 1, "a 6.6 percent increase", 6.6, PC),
    F("frt", 3, "净利润增长7%", 7, PC),
  ])
G("frt_fy18_japan_rev", FRT, "Uniqlo Japan revenue FY2018: 8647亿 twice", "Uniqlo Japan", "revenue", "FY2018", OK, [
    F("frt", 2, "总收益为8647亿日元", 8647e8, JPY),
    F("frt", 3, "达到8647亿日元", 8647e8, JPY),
  ])
G("frt_fy18_japan_rev_growth", FRT, "Uniqlo Japan revenue growth FY2018: 6.7% against 7%", "Uniqlo Japan",
  "revenue growth", "FY2018", "7 rounds 6.7: rounding.", [
    F("frt", 2, "同比增长6.7%", 6.7, PC),
    F("frt", 3, "销售额增长7%", 7, PC),
  ])
G("frt_fy18_japan_sss", FRT, "Uniqlo Japan same-store sales growth FY2018: 6.2% against 6%", "Uniqlo Japan",
  "same-store sales growth", "FY2018", "6 rounds 6.2: rounding.", [
    F("frt", 2, "同比增长6.2%", 6.2, PC),
    F("frt", 3, "现有店销售额增长6%", 6, PC),
  ])
G("frt_fy18_overseas_rev", FRT, "Uniqlo International revenue FY2018: 8963亿 twice", "Uniqlo International",
  "revenue", "FY2018", OK, [
    F("frt", 2, "总收益达到8963亿日元", 8963e8, JPY),
    F("frt", 3, "达到8963亿日元", 8963e8, JPY),
  ])
G("frt_fy18_overseas_rev_growth", FRT, "Uniqlo International revenue growth FY2018: 26.6% against 27%",
  "Uniqlo International", "revenue growth", "FY2018", "27 rounds 26.6: rounding.", [
    F("frt", 2, "同比增长26.6%", 26.6, PC),
    F("frt", 3, "销售额增长27%,达到8963", 27, PC),
  ])
NC("frt", 1, "date 2018-10-11", "date")
S("frt", 1, "($1.38 billion)", value=1.38e9, unit=USD)
S("frt", 1, "a 14.3 percent rise", value=14.3, unit=PC)
S("frt", 1, "to 270 billion yen", value=270e9, unit=JPY)
NC("frt", 2, "10月11日晚间", "date")
NC("frt", 2, "2018年度业绩报告", "date")
NC("frt", 2, "2017年9月-2018年8月期间", "date")
S("frt", 2, "约1310.9亿人民币", value=1310.9e8, unit=CNY, q="approx")
S("frt", 2, "约145.3亿人民币", value=145.3e8, unit=CNY, q="approx")
S("frt", 2, "经营溢利为1190亿日元", value=1190e8, unit=JPY)
S("frt", 2, "同比增长24.1%", value=24.1, unit=PC)
S("frt", 2, "同比增长8.4%", value=8.4, unit=PC)
S("frt", 2, "经营溢利达1188亿日元", value=1188e8, unit=JPY)
S("frt", 2, "同比增长62.6%", value=62.6, unit=PC)
S("frt", 3, "连续2财年创出利润新高", value=2, unit=YRS)
NC("frt", 3, "2018/10/12", "date")
NC("frt", 3, "10月11日发布", "date")
NC("frt", 3, "2018年财年(截至2018年8月)", "date")
S("frt", 3, "连续2个财年", value=2, unit=YRS)
S("frt", 3, "约占海外销售额5成", vt="5成", value=50, unit=PC, q="approx")
S("frt", 3, "中国市场增长27%", value=27, unit=PC)
S("frt", 3, "店铺数增加78家", value=78, unit=CNT)
S("frt", 3, "达到633家", value=633, unit=CNT)
S("frt", 3, "店铺减少4家", value=4, unit=CNT)
S("frt", 3, "降至827家", value=827, unit=CNT)
S("frt", 3, "电商销售也额增长29%", value=29, unit=PC)
S("frt", 3, "占到优衣库日本国内业务的7%", value=7, unit=PC)
NC("frt", 3, "2019财年销售额", "date")
S("frt", 3, "连续3年创造利润新高", value=3, unit=YRS)
NC("frt", 3, "2019财年的海外营业利润", "date")

# ---- FY2023 (to August 2023)
ms = [
    F("frt", 4, "on sales of 2.77 trillion yen", 2.77e12, JPY),
    F("frt", 5, "至2.76萬億日元", 2.76e12, JPY),
    F("frt", 12, "至2.76万亿日元", 2.76e12, JPY),
    F("frt", 13, "至27665亿日元", 27665e8, JPY),
]
G("frt_fy23_revenue", FRT, "FY2023 revenue: nippon.com's 2.77 trillion yen and jiemian's 27665亿 against 2.76万亿 twice",
  "Fast Retailing", "revenue", "FY2023 (to August 2023)",
  "2.77 rounds 27665亿 (2.7665 trillion): rounding. 2.76 (truncated) holds neither: conflict with both.", ms)
G("frt_fy23_revenue_growth", FRT, "FY2023 revenue growth: 20.2% four times", "Fast Retailing", "revenue growth",
  "FY2023", OK, [
    F("frt", 4, "up 20.2 percent", 20.2, PC),
    F("frt", 5, "同比上漲20.2%", 20.2, PC),
    F("frt", 12, "同比上涨20.2%", 20.2, PC),
    F("frt", 13, "同比增长20.2%", 20.2, PC),
  ])
G("frt_fy23_revenue_cny", FRT, "FY2023 revenue in yuan: 约1354亿 twice against 约合1350亿", "Fast Retailing",
  "revenue (converted to CNY)", "FY2023", "Two 'about' figures whose ranges meet (1345-1355 and 1353.5-1354.5): consistent.", [
    F("frt", 5, "約1354億元", 1354e8, CNY, q="approx"),
    F("frt", 12, "约1354亿元", 1354e8, CNY, q="approx"),
    F("frt", 13, "约合人民币1350亿元", 1350e8, CNY, q="approx"),
  ])
G("frt_fy23_op", FRT, "FY2023 operating profit: 381.09 billion yen against 3810億 four times", "Fast Retailing",
  "operating profit", "FY2023", "3810亿 rounds 381.09 billion: rounding.", [
    F("frt", 4, "to 381.09 billion yen", 381.09e9, JPY),
    F("frt", 5, "至3810億日元", 3810e8, JPY),
    F("frt", 6, "達(dá)3810億日元", 3810e8, JPY),
    F("frt", 12, "至3810亿日元", 3810e8, JPY),
    F("frt", 13, "至3810亿日元", 3810e8, JPY),
  ])
G("frt_fy23_op_growth", FRT, "FY2023 operating profit growth: 28.2% five times", "Fast Retailing",
  "operating profit growth", "FY2023", OK, [
    F("frt", 4, "rose 28.2 percent", 28.2, PC),
    F("frt", 5, "上漲28.2%", 28.2, PC),
    F("frt", 6, "增長(zhǎng)28.2%", 28.2, PC),
    F("frt", 12, "上涨28.2%", 28.2, PC),
    F("frt", 13, "增长28.2%", 28.2, PC),
  ])
G("frt_fy23_op_cny", FRT, "FY2023 operating profit in yuan: 约186亿 three times", "Fast Retailing",
  "operating profit (converted to CNY)", "FY2023", OK, [
    F("frt", 5, "約186億元", 186e8, CNY, q="approx"),
    F("frt", 12, "约186亿元", 186e8, CNY, q="approx"),
    F("frt", 13, "约合人民币186亿元", 186e8, CNY, q="approx"),
  ])
G("frt_fy23_net", FRT, "FY2023 net profit: 296.23 billion yen against 2962億 four times", "Fast Retailing",
  "net profit (attributable to owners of the parent)", "FY2023", "2962亿 rounds 296.23 billion: rounding.", [
    F("frt", 4, "net profit of 296.23 billion yen", 296.23e9, JPY),
    F("frt", 5, "至2962億日元", 2962e8, JPY),
    F("frt", 6, "純利2962億日元", 2962e8, JPY),
    F("frt", 12, "至2962亿日元", 2962e8, JPY),
    F("frt", 13, "至2962亿日元", 2962e8, JPY),
  ])
G("frt_fy23_net_growth", FRT, "FY2023 net profit growth: 8.4% five times", "Fast Retailing", "net profit growth",
  "FY2023", OK, [
    F("frt", 4, "rising 8.4 percent", 8.4, PC),
    F("frt", 5, "增長8.4%", 8.4, PC),
    F("frt", 6, "同比增長(zhǎng)8.4%", 8.4, PC),
    F("frt", 12, "增长8.4%", 8.4, PC),
    F("frt", 13, "增长8.4%", 8.4, PC),
  ])
G("frt_fy23_net_cny", FRT, "FY2023 net profit in yuan: 约145亿 three times", "Fast Retailing",
  "net profit (converted to CNY)", "FY2023", OK, [
    F("frt", 5, "約145億元", 145e8, CNY, q="approx"),
    F("frt", 12, "约145亿元", 145e8, CNY, q="approx"),
    F("frt", 13, "约合人民币145亿元", 145e8, CNY, q="approx"),
  ])
G("frt_fy23_overseas_rev", FRT, "Uniqlo International revenue FY2023: 1.44万亿 twice against 14371亿 twice",
  "Uniqlo International", "revenue", "FY2023", "1.44万亿 rounds 14371亿: rounding.", [
    F("frt", 5, "至1.44萬億日元", 1.44e12, JPY),
    F("frt", 6, "收益達(dá)14371億日元", 14371e8, JPY),
    F("frt", 12, "至1.44万亿日元", 1.44e12, JPY),
    F("frt", 13, "至14371亿日元", 14371e8, JPY),
  ])
G("frt_fy23_overseas_rev_growth", FRT, "Uniqlo International revenue growth FY2023: 28.5% four times",
  "Uniqlo International", "revenue growth", "FY2023", OK, [
    F("frt", 5, "同比上漲28.5%", 28.5, PC),
    F("frt", 6, "同比增長(zhǎng)28.5%", 28.5, PC),
    F("frt", 12, "同比上涨28.5%", 28.5, PC),
    F("frt", 13, "同比增长28.5%", 28.5, PC),
  ])
G("frt_fy23_overseas_rev_cny", FRT, "Uniqlo International revenue FY2023 in yuan: 约703亿 twice against jiemian's 约合701亿",
  "Uniqlo International", "revenue (converted to CNY)", "FY2023",
  "'About 703' and 'about 701' (ranges 702.5-703.5 and 700.5-701.5) do not meet: conflict.", [
    F("frt", 5, "約703億元", 703e8, CNY, q="approx"),
    F("frt", 12, "约703亿元", 703e8, CNY, q="approx"),
    F("frt", 13, "约合人民币701亿元", 701e8, CNY, q="approx"),
  ])
G("frt_fy23_overseas_share", FRT, "Uniqlo International's share of group revenue FY2023: over 50% three times",
  "Uniqlo International", "share of group revenue", "FY2023", OK, [
    F("frt", 5, "占比首次超過50%", 50, PC, q="over"),
    F("frt", 12, "占比首次超过50%", 50, PC, q="over"),
    F("frt", 13, "占比首次超过50%", 50, PC, q="over"),
  ])
G("frt_fy23_overseas_op", FRT, "Uniqlo International operating profit FY2023: 2269亿 twice", "Uniqlo International",
  "operating profit", "FY2023", OK, [
    F("frt", 6, "經(jīng)營(yíng)溢利2269億日元", 2269e8, JPY),
    F("frt", 13, "至2269亿日元", 2269e8, JPY),
  ])
G("frt_fy23_overseas_op_growth", FRT, "Uniqlo International operating profit growth FY2023: 43.3% against jiemian's 43.4%",
  "Uniqlo International", "operating profit growth", "FY2023", "43.3 against 43.4 (both to 0.1): conflict.", [
    F("frt", 6, "同比增長(zhǎng)43.3%", 43.3, PC),
    F("frt", 13, "经营溢利增长43.4%", 43.4, PC),
  ])
G("frt_fy23_overseas_op_share", FRT, "Uniqlo International's share of group operating profit FY2023: 60% twice",
  "Uniqlo International", "share of group operating profit", "FY2023", OK, [
    F("frt", 6, "占比亦達(dá)到60%", 60, PC),
    F("frt", 13, "经营溢利占比达到60%", 60, PC),
  ])
G("frt_fy23_gc_rev", FRT, "Greater China revenue FY2023: 6202亿 four times", "Uniqlo Greater China", "revenue",
  "FY2023", OK, [
    F("frt", 5, "至6202億日元", 6202e8, JPY),
    F("frt", 6, "收益為6202億日元", 6202e8, JPY),
    F("frt", 12, "至6202亿日元", 6202e8, JPY),
    F("frt", 13, "至6202亿日元", 6202e8, JPY),
  ])
G("frt_fy23_gc_rev_growth", FRT, "Greater China revenue growth FY2023: 15.2% five times", "Uniqlo Greater China",
  "revenue growth", "FY2023", OK, [
    F("frt", 5, "收益上漲15.2%", 15.2, PC),
    F("frt", 6, "大中華區(qū)增長(zhǎng)15.2%", 15.2, PC),
    F("frt", 6, "同比增長(zhǎng)15.2%", 15.2, PC),
    F("frt", 12, "收益上涨15.2%", 15.2, PC),
    F("frt", 13, "同比增长15.2%", 15.2, PC),
  ])
G("frt_fy23_gc_rev_cny", FRT, "Greater China revenue FY2023 in yuan: 约304亿 twice against jiemian's 约合303亿",
  "Uniqlo Greater China", "revenue (converted to CNY)", "FY2023", "'About 304' and 'about 303' do not meet: conflict.", [
    F("frt", 5, "約304億元", 304e8, CNY, q="approx"),
    F("frt", 12, "约304亿元", 304e8, CNY, q="approx"),
    F("frt", 13, "约合人民币303亿元", 303e8, CNY, q="approx"),
  ])
G("frt_fy23_gc_op", FRT, "Greater China operating profit FY2023: 1043亿 four times", "Uniqlo Greater China",
  "operating profit", "FY2023", OK, [
    F("frt", 5, "經(jīng)營溢利為1043億日元", 1043e8, JPY),
    F("frt", 6, "經(jīng)營(yíng)溢利為1043億日元", 1043e8, JPY),
    F("frt", 12, "经营溢利为1043亿日元", 1043e8, JPY),
    F("frt", 13, "至1043亿日元", 1043e8, JPY),
  ])
G("frt_fy23_gc_op_growth", FRT, "Greater China operating profit growth FY2023: 25% twice = 25.0% twice", "Uniqlo Greater China",
  "operating profit growth", "FY2023", "Same value: consistent.", [
    F("frt", 5, "同比增長25%", 25, PC),
    F("frt", 6, "同比增長(zhǎng)25.0%", 25.0, PC),
    F("frt", 12, "同比增长25%", 25, PC),
    F("frt", 13, "同比增长25.0%", 25.0, PC),
  ])
G("frt_fy22_op", FRT, "FY2022 operating profit: 2973亿 twice = ¥297.3 billion", "Fast Retailing", "operating profit",
  "FY2022 (to August 2022)", OK, [
    F("frt", 6, "前一財(cái)年的2973億日元", 2973e8, JPY),
    F("frt", 7, "营业利益为2973亿日圆", 2973e8, JPY),
    F("frt", 8, "rose to ¥297.3 billion", 297.3e9, JPY),
  ])
G("frt_fy21_op", FRT, "FY2021 operating profit (the previous year on the FY2022 pages): 2490亿 = ¥249 billion",
  "Fast Retailing", "operating profit", "FY2021 (to August 2021)", OK, [
    F("frt", 7, "同期为2490亿日圆", 2490e8, JPY),
    F("frt", 8, "operating profit of ¥249 billion", 249e9, JPY),
  ])
G("frt_fy19_op", FRT, "FY2019 operating profit (the pre-pandemic record): 2630亿 = ¥263 billion", "Fast Retailing",
  "operating profit", "FY2019 (to August 2019)", OK, [
    F("frt", 7, "年度的2630亿日圆", 2630e8, JPY),
    F("frt", 8, "record figure of ¥263 billion", 263e9, JPY),
  ])
G("frt_fy23_fc_op", FRT, "FY2023 operating profit forecast (made in October 2022): 3500亿 = ¥350 billion", "Fast Retailing",
  "operating profit forecast", "FY2023 (forecast of October 2022)", OK, [
    F("frt", 7, "应该可达3500亿日圆", 3500e8, JPY),
    F("frt", 8, "operating profit of ¥350 billion", 350e9, JPY),
  ])
# FY2023 singles and non-claims
S("frt", 4, "($1.99 billion)", value=1.99e9, unit=USD)
S("frt", 4, "rise 4.6 percent", value=4.6, unit=PC)
S("frt", 4, "to 310 billion yen", value=310e9, unit=JPY)
S("frt", 4, "increase 18.1 percent", value=18.1, unit=PC)
S("frt", 4, "to 450 billion yen", value=450e9, unit=JPY)
NC("frt", 4, "sales of 3.05 t...", "truncated")
NC("frt", 5, "10月12日公布2023財年", "date")
NC("frt", 5, "截至今年8月底的12個月", "date")
NC("frt", 6, "10月12日", "date")
NC("frt", 6, "8月底止2023財(cái)年", "date")
NC("frt", 6, "2023財(cái)年迅銷(xiāo)營(yíng)業(yè)", "date")
S("frt", 6, "連續(xù)3個(gè)財(cái)年", value=3, unit=YRS)
NC("frt", 6, "2023財(cái)年迅銷(xiāo)大中華", "date")
NC("frt", 6, "COVID-19(2019冠狀病毒病)", "name")
NC("frt", 12, "迅销集团公布2023财年业绩:优衣库", "date", nth=1)
NC("frt", 12, "迅销集团公布2023财年业绩:优衣库", "date", nth=2)
NC("frt", 12, "2023-10-13 12:32:56", "date")
NC("frt", 12, "21世纪经济报道", "name")
NC("frt", 12, "10月12日傍晚", "date")
NC("frt", 12, "(06288.HK)", "stock_code")
NC("frt", 12, "公布2023财年业绩。", "date")
NC("frt", 12, "截至今年8月底的12个月", "date")
NC("frt", 13, "优衣库母公司2023财年业绩再破纪录", "date")
NC("frt", 13, "K图 06288_0", "stock_code")
NC("frt", 13, "2023财年业绩公告", "date")
NC("frt", 13, "截至2023年8月31日的12个月", "date")
S("frt", 13, "同比增长9.9%", value=9.9, unit=PC)
S("frt", 13, "达8904亿日元", value=8904e8, unit=JPY)
S("frt", 13, "约合人民币434亿元", value=434e8, unit=CNY, q="approx")
S("frt", 13, "占集团总收益的32.2%", value=32.2, unit=PC)
S("frt", 13, "同比增长9.2%", value=9.2, unit=PC)
S("frt", 13, "至1178亿日元", value=1178e8, unit=JPY)
S("frt", 13, "约合人民币57亿元", value=57e8, unit=CNY, q="approx")
S("frt", 13, "约合人民币111亿元", value=111e8, unit=CNY, q="approx")
NC("frt", 13, "2022财年及2023财年上半年", "date")
NC("frt", 13, "2023财年下半年", "date")
NC("frt", 13, "2023财年,大中华区", "date")
S("frt", 13, "约合人民币51亿元", value=51e8, unit=CNY, q="approx")
S("frt", 13, "贡献了22.4%的收益", value=22.4, unit=PC)
# FY2022 singles and non-claims
NC("frt", 7, "(东京14日讯)", "date")
NC("frt", 7, "截至8月的12个月", "date")
S("frt", 7, "约20.2亿美元", value=20.2e8, unit=USD, q="approx")
S("frt", 7, "预估值2910亿日圆", value=2910e8, unit=JPY)
NC("frt", 7, "疫前2019年度", "date")
S("frt", 7, "营业利益总计减少17%", value=17, unit=PC)
NC("frt", 7, "第4季", "date")
NC("frt", 8, "pre-pandemic year of 2019", "date")
S("frt", 8, "increase of 61%", value=61, unit=PC)
S("frt", 8, "reaching ¥273 billion", value=273e9, unit=JPY)
S("frt", 8, "rose by 7.9%", value=7.9, unit=PC)
S("frt", 8, "to ¥2.3 trillion", value=2.3e12, unit=JPY)
S("frt", 8, "increase of over 15%", value=15, unit=PC, q="over")
S("frt", 8, "a 2.8% decrease", value=2.8, unit=PC)
S("frt", 8, "to ¥810.2 billion", value=810.2e9, unit=JPY)
S("frt", 8, "rose 0.6%", value=0.6, unit=PC)
S("frt", 8, "to ¥124 billion", value=124e9, unit=JPY)
S("frt", 8, "fell by 3.3%", value=3.3, unit=PC)
S("frt", 8, "increased by 20.3%", value=20.3, unit=PC)
S("frt", 8, "to ¥1.1 trillion", value=1.1e12, unit=JPY)
S("frt", 8, "rise of 42.4%", value=42.4, unit=PC)
S("frt", 8, "to ¥158.3 billion", value=158.3e9, unit=JPY)
# FY2025 (to August 2025), nippon.com: singles
NC("frt", 9, "date 2025-10-09", "date")
NC("frt", 9, "Tokyo, Oct. 9", "date")
S("frt", 9, "rose by 9.6 pct", value=9.6, unit=PC)
S("frt", 9, "to 3,400.5 billion yen", value=3400.5e9, unit=JPY)
S("frt", 9, "by 12.6 pct", value=12.6, unit=PC)
S("frt", 9, "to 564.2 billion yen", value=564.2e9, unit=JPY)
S("frt", 9, "by 16.4 pct", value=16.4, unit=PC)
S("frt", 9, "to 433 billion yen", value=433e9, unit=JPY)
NC("frt", 9, "to August 2026", "date")
S("frt", 9, "grow 10.3 pct", value=10.3, unit=PC)
S("frt", 9, "to 3.75 trillion yen", value=3.75e12, unit=JPY)
S("frt", 9, "profit 8.1 pct", value=8.1, unit=PC)
S("frt", 9, "to 610 billion yen", value=610e9, unit=JPY)
S("frt", 9, "profit 0.5 pct", value=0.5, unit=PC)
S("frt", 9, "to 435 billion yen", value=435e9, unit=JPY)

# ---- Q1 FY2026 (September-November 2025)
G("frt_q1fy26_op", FRT, "Q1 FY2026 operating profit: cnyes' 2056億 against ltn's 2109億", "Fast Retailing",
  "operating profit", "Q1 FY2026 (September-November 2025)",
  "2056 against 2109 (both to 1億): conflict (2056億 may be the business profit; both pages call it operating profit).", [
    F("frt", 10, "達到 2056 億日元", 2056e8, JPY),
    F("frt", 11, "至2109億日圓", 2109e8, JPY),
  ])
G("frt_q1fy26_op_growth", FRT, "Q1 FY2026 operating profit growth: 34% and the headline's 近34% against ltn's 33.9%", "Fast Retailing",
  "operating profit growth", "Q1 FY2026",
  "34 rounds 33.9: rounding; '近34' (nearly 34) holds 33.9 and 34: consistent.", [
    F("frt", 10, "營業利潤激增近34%", 34, PC, q="under"),
    F("frt", 10, "營業利潤攀升 34%", 34, PC),
    F("frt", 11, "大增33.9%", 33.9, PC),
  ])
G("frt_q1fy26_rev", FRT, "Q1 FY2026 revenue: 1.028 兆 against 1兆277億", "Fast Retailing", "revenue", "Q1 FY2026",
  "1.028 trillion rounds 1兆277億 (1.0277 trillion): rounding.", [
    F("frt", 10, "至 1.028 兆日元", 1.028e12, JPY, vt="1.028", mult=1e12),
    F("frt", 11, "至1兆277億日圓", 1.0277e12, JPY, vt="1兆277億", step=1e8),
  ])
G("frt_q1fy26_rev_growth", FRT, "Q1 FY2026 revenue growth: 15% against 14.8%", "Fast Retailing", "revenue growth",
  "Q1 FY2026", "15 rounds 14.8: rounding.", [
    F("frt", 10, "營收增長 15%", 15, PC),
    F("frt", 11, "成長14.8%", 14.8, PC),
  ])
G("frt_q1fy26_net", FRT, "Q1 FY2026 net profit: 1474.5億 against 1474億", "Fast Retailing", "net profit", "Q1 FY2026",
  "1474 against 1474.5 (a half at the boundary): rounding.", [
    F("frt", 10, "達到 1474.5 億日元", 1474.5e8, JPY),
    F("frt", 11, "至1474億日圓", 1474e8, JPY),
  ])
G("frt_q1fy26_net_growth", FRT, "Q1 FY2026 net profit growth: 12% against 11.7%", "Fast Retailing", "net profit growth",
  "Q1 FY2026", "12 rounds 11.7: rounding.", [
    F("frt", 10, "淨利潤年增 12%", 12, PC),
    F("frt", 11, "增加11.7%", 11.7, PC),
  ])
G("frt_q1fy26_japan_op_growth", FRT, "Q1 FY2026 Uniqlo Japan profit growth: cnyes' 20.6% against ltn's 20.2%", "Uniqlo Japan",
  "operating profit growth", "Q1 FY2026", "20.6 against 20.2: conflict.", [
    F("frt", 10, "增長 20.6%", 20.6, PC),
    F("frt", 11, "營業利益大增20.2%", 20.2, PC),
  ])
G("frt_q1fy26_overseas_op_growth", FRT, "Q1 FY2026 Uniqlo International profit growth: cnyes' 41.6% against ltn's 38.0%",
  "Uniqlo International", "operating profit growth", "Q1 FY2026",
  "41.6 against 38.0: conflict (cnyes says 'international business profit', ltn '海外UNIQLO事業 營業利益').", [
    F("frt", 10, "增長高達 41.6%", 41.6, PC),
    F("frt", 11, "營業利益大增38.0%", 38.0, PC),
  ])
NC("frt", 10, "date 2026-01-08", "date")
NC("frt", 10, "2026-01-08 19:41", "date")
NC("frt", 10, "連續第 5 年", "ordinal")
NC("frt", 10, "截至 11 月的季度", "date")
S("frt", 10, "約 13 億美元", value=13e8, unit=USD, q="approx")
S("frt", 10, "預期的 1770 億日元", value=1770e8, unit=JPY)
S("frt", 10, "預估的 1320 億日元", value=1320e8, unit=JPY)
NC("frt", 11, "date 2026-01-09", "date")
NC("frt", 11, "其2025年9-11月", "date")
NC("frt", 11, "集團在2025年9-11月", "date")
S("frt", 11, "約新台幣2068.6億元", value=2068.6e8, unit=TWD, q="approx")
S("frt", 11, "約新台幣424.5億元", value=424.5e8, unit=TWD, q="approx")
S("frt", 11, "約新台幣296.7億元", value=296.7e8, unit=TWD, q="approx")
S("frt", 11, "成長12.2%", value=12.2, unit=PC)
S("frt", 11, "至2990億日圓", value=2990e8, unit=JPY)
S("frt", 11, "約新台幣602億元", value=602e8, unit=TWD, q="approx")
S("frt", 11, "至624億日圓", value=624e8, unit=JPY)
S("frt", 11, "約新台幣125.6億元", value=125.6e8, unit=TWD, q="approx")
S("frt", 11, "大增20.3%", value=20.3, unit=PC)
S("frt", 11, "至6038億日圓", value=6038e8, unit=JPY)
S("frt", 11, "約新台幣1215.6億元", value=1215.6e8, unit=TWD, q="approx")
S("frt", 11, "至1173億日圓", value=1173e8, unit=JPY)
S("frt", 11, "約新台幣236.1億元", value=236.1e8, unit=TWD, q="approx")

# ============================================================ Nike
# ---- fiscal 2025 (to May 31, 2025) and its fourth quarter
G("nke_fy25_rev", NKE, "Nike revenue fiscal 2025: $46.309 billion / $46,309 million against $46.3 billion twice and 463亿美元",
  "Nike, Inc.", "revenue", "fiscal 2025 (to May 31, 2025)", "46.3 rounds 46.309: rounding; 463亿 = 46.3 billion.", [
    F("nke", 1, "revenue of $46.309 billion", 46.309e9, USD),
    F("nke", 2, "were $46.3 billion", 46.3e9, USD),
    F("nke", 2, "were $46,309 million", 46309e6, USD),
    F("nke", 3, "were $46.3 billion", 46.3e9, USD),
    F("nke", 4, "全年营收463亿美元", 463e8, USD),
  ])
G("nke_fy25_rev_decline", NKE, "Decline of fiscal 2025 revenue: 10% five times", "Nike, Inc.", "revenue decline (reported)",
  "fiscal 2025", OK, [
    F("nke", 1, "a 10% decrease", 10, PC),
    F("nke", 2, "down 10% on a reported basis compared", 10, PC),
    F("nke", 2, "down 10% from", 10, PC),
    F("nke", 3, "decline of 10%", 10, PC),
    F("nke", 13, "相比2025财年10%的同比下滑", 10, PC),
  ])
G("nke_fy25_net", NKE, "Nike net income fiscal 2025: $3.219 billion against $3.2 billion", "Nike, Inc.", "net income",
  "fiscal 2025", "3.2 rounds 3.219: rounding.", [
    F("nke", 1, "net profit of $3.219 billion", 3.219e9, USD),
    F("nke", 3, "fell to $3.2 billion", 3.2e9, USD),
  ])
G("nke_fy25_net_decline", NKE, "Decline of fiscal 2025 net income: 44% twice", "Nike, Inc.", "net income decline",
  "fiscal 2025", OK, [
    F("nke", 1, "down 44%", 44, PC),
    F("nke", 3, "down 44%", 44, PC),
  ])
G("nke_q4fy25_rev", NKE, "Nike revenue Q4 fiscal 2025: $11.097 billion / $11,097 million against $11.1 billion twice and 111亿美元",
  "Nike, Inc.", "revenue", "Q4 fiscal 2025 (March-May 2025)", "11.1 rounds 11.097: rounding.", [
    F("nke", 1, "revenue was $11.097 billion", 11.097e9, USD),
    F("nke", 2, "were $11.1 billion", 11.1e9, USD),
    F("nke", 2, "to $11,097 million", 11097e6, USD),
    F("nke", 3, "came in at $11.1 billion", 11.1e9, USD),
    F("nke", 4, "第四财季耐克营收111亿美元", 111e8, USD),
  ])
G("nke_q4fy25_rev_decline", NKE, "Decline of Q4 fiscal 2025 revenue: 12% four times", "Nike, Inc.", "revenue decline (reported)",
  "Q4 fiscal 2025", OK, [
    F("nke", 1, "a 12% decline", 12, PC),
    F("nke", 2, "down 12% on a reported basis and", 12, PC),
    F("nke", 2, "decreased by 12%", 12, PC),
    F("nke", 3, "down 12% on a reported basis", 12, PC),
  ])
G("nke_q4fy25_rev_decline_cn", NKE, "Currency-neutral decline of Q4 fiscal 2025 revenue: 11% twice", "Nike, Inc.",
  "revenue decline (currency-neutral)", "Q4 fiscal 2025", OK, [
    F("nke", 2, "down 11% on a currency-neutral basis", 11, PC),
    F("nke", 3, "down 11% when adjusted", 11, PC),
  ])
NC("nke", 1, "[2][3][6]", "citation")
NC("nke", 1, "fiscal year 2025", "date")
NC("nke", 1, "[2]. - In Q4", "citation")
S("nke", 1, "dropping 86%", value=86, unit=PC)
S("nke", 1, "to $211 million", value=211e6, unit=USD)
NC("nke", 1, "[3]. Regional", "citation")
S("nke", 1, "largest drop of 21%", value=21, unit=PC)
S("nke", 1, "totaling $1.48 billion", value=1.48e9, unit=USD)
NC("nke", 1, "[5][10]", "citation")
S("nke", 1, "sales fell 11%", value=11, unit=PC)
S("nke", 1, "to $4.7 billion", value=4.7e9, unit=USD)
S("nke", 1, "a 9% decrease", value=9, unit=PC)
S("nke", 1, "to $3 billion", value=3e9, unit=USD)
S("nke", 1, "dropped 8%", value=8, unit=PC)
S("nke", 1, "to $1.58 billion", value=1.58e9, unit=USD)
NC("nke", 1, "billion [6]", "citation")
NC("nke", 2, "prior year[5]", "citation")
NC("nke", 2, "basis[6]", "citation")
S("nke", 2, "were $44.7 billion", value=44.7e9, unit=USD)
S("nke", 2, "down 9% on a reported and currency-neutral basis", value=9, unit=PC)
NC("nke", 2, "geographies[9]", "citation")
NC("nke", 2, "three months ended May 31, 2025", "date")
S("nke", 2, "compared to $12,606 million", value=12606e6, unit=USD)
NC("nke", 2, "period in 2024[18]", "date")
NC("nke", 2, "twelve months ended May 31, 2025", "date")
S("nke", 2, "from $51,362 million", value=51362e6, unit=USD)
NC("nke", 2, "previous year[18]", "citation")
NC("nke", 3, "May 31, 2025", "date")
NC("nke", 3, "fiscal year 2025", "date")
S("nke", 3, "revenues were down 9%", value=9, unit=PC)
S("nke", 3, "recorded at $10.8 billion", value=10.8e9, unit=USD)
S("nke", 3, "a decline of 11%", value=11, unit=PC)
S("nke", 3, "generated $4.4 billion", value=4.4e9, unit=USD)
S("nke", 3, "a decrease of 14%", value=14, unit=PC)
S("nke", 3, "declined to $6.4 billion", value=6.4e9, unit=USD)
S("nke", 3, "billion, down 9%", value=9, unit=PC)
S("nke", 3, "decreasing by 440 basis points", value=4.4, unit=PP, mult=0.01)
S("nke", 3, "to 40.3%", value=40.3, unit=PC)
S("nke", 3, "increased 1%", value=1, unit=PC)
S("nke", 3, "to $4.1 billion", value=4.1e9, unit=USD)
S("nke", 3, "a 15% rise", value=15, unit=PC)
S("nke", 3, "totaling $1.3 billion", value=1.3e9, unit=USD)
S("nke", 3, "amounted to $2.16", value=2.16, unit=USD)
S("nke", 3, "decrease of 42%", value=42, unit=PC)
NC("nke", 4, "6月27日", "date")
NC("nke", 4, "截至2025年5月31日的2025财年第四季度", "date")
NC("nke", 4, "耐克27日盘后", "date")
S("nke", 4, "股价涨超15%", value=15, unit=PC, q="over")

# ---- Q2 fiscal 2026 (September-November 2025)
G("nke_q2fy26_rev", NKE, "Nike revenue Q2 fiscal 2026: 124亿 / $12.4 billion three times, $12.427B, $12.43 billion and 124.3亿 twice against retail-insight's $12.42bn",
  "Nike, Inc.", "revenue", "Q2 fiscal 2026 (September-November 2025)",
  "12.4 rounds every finer figure: rounding. 12.43 rounds 12.427: rounding. 12.42 (truncated) against 12.43 and "
  "12.427: conflict.", [
    F("nke", 5, "公布值为 124 亿美元", 124e8, USD),
    F("nke", 7, "经营收入报124.3亿美元", 124.3e8, USD),
    F("nke", 8, "Revenue: $12.427B", 12.427e9, USD, vt="12.427", mult=1e9),
    F("nke", 9, "reaching $12.4 billion", 12.4e9, USD),
    F("nke", 10, "tallied $12.43 billion", 12.43e9, USD),
    F("nke", 11, "revenues of $12.42bn", 12.42e9, USD),
    F("nke", 12, "營收124.3億美元", 124.3e8, USD),
    F("nke", 13, "至124亿美元", 124e8, USD),
  ])
G("nke_q2fy26_rev_growth", NKE, "Growth of Q2 fiscal 2026 revenue: 1% five times", "Nike, Inc.", "revenue growth (reported)",
  "Q2 fiscal 2026", OK, [
    F("nke", 7, "按年增长1%", 1, PC),
    F("nke", 8, "up 1% YoY", 1, PC),
    F("nke", 10, "up 1 percent from", 1, PC),
    F("nke", 11, "Revenue increased 1%", 1, PC),
    F("nke", 13, "营收同比增长1%", 1, PC),
  ])
G("nke_q2fy26_rev_est", NKE, "Analysts' revenue estimate for Q2 fiscal 2026: 122.2亿 / $12.22 billion three times against longbridge's 122亿",
  "Nike, Inc.", "revenue (analysts' consensus estimate)", "Q2 fiscal 2026", "122 rounds 122.2: rounding.", [
    F("nke", 5, "预期值为 122 亿美元", 122e8, USD),
    F("nke", 7, "估计的122.2亿美元", 122.2e8, USD),
    F("nke", 10, "net sales of $12.22 billion", 12.22e9, USD),
    F("nke", 12, "預期的122.2億美元", 122.2e8, USD),
  ])
G("nke_q2fy26_net", NKE, "Nike net income Q2 fiscal 2026: $792 million four times", "Nike, Inc.", "net income",
  "Q2 fiscal 2026", OK, [
    F("nke", 7, "纯利录得7.92亿美元", 7.92e8, USD),
    F("nke", 8, "Net income: $792M", 792e6, USD),
    F("nke", 10, "to $792 million", 792e6, USD),
    F("nke", 11, "to $792m", 792e6, USD, vt="792", mult=1e6),
  ])
G("nke_q2fy26_net_decline", NKE, "Decline of Q2 fiscal 2026 net income: 32% three times against quarter-results' ~24.6%",
  "Nike, Inc.", "net income decline", "Q2 fiscal 2026", "'About 24.6' holds no 32: conflict.", [
    F("nke", 7, "按年下降32%", 32, PC),
    F("nke", 8, "down ~24.6% YoY", 24.6, PC, q="approx"),
    F("nke", 10, "fell 32 percent", 32, PC),
    F("nke", 11, "fell 32%", 32, PC),
  ])
G("nke_q2fy26_eps", NKE, "Nike diluted EPS Q2 fiscal 2026: $0.53 / 53 cents five times against quarter-results' $0.54",
  "Nike, Inc.", "diluted earnings per share", "Q2 fiscal 2026", "0.54 against 0.53: conflict.", [
    F("nke", 5, "公布值为 0.53 美元", 0.53, USD),
    F("nke", 7, "每股赚53美仙", 0.53, USD, vt="53", mult=0.01),
    F("nke", 8, "EPS: $0.54", 0.54, USD),
    F("nke", 10, "dropped to 53 cents", 0.53, USD, vt="53", mult=0.01),
    F("nke", 11, "(EPS) of $0.53", 0.53, USD),
    F("nke", 12, "每股盈餘0.53美元", 0.53, USD),
  ])
G("nke_q2fy26_eps_est", NKE, "Analysts' EPS estimate for Q2 fiscal 2026: 38 cents three times against longbridge's 0.3735",
  "Nike, Inc.", "EPS (analysts' consensus estimate)", "Q2 fiscal 2026",
  "0.38 does not round 0.3735 (0.37): conflict.", [
    F("nke", 5, "预期值为 0.3735 美元", 0.3735, USD),
    F("nke", 7, "预期的38美仙", 0.38, USD, vt="38", mult=0.01),
    F("nke", 10, "earnings per share of 38 cents", 0.38, USD, vt="38", mult=0.01),
    F("nke", 12, "預期的0.38美元", 0.38, USD),
  ])
G("nke_q2fy25_eps", NKE, "Nike diluted EPS a year earlier (Q2 fiscal 2025), the comparison base: rin.pw's 78 cents against quarter-results' 'roughly $0.70'",
  "Nike, Inc.", "diluted earnings per share", "Q2 fiscal 2025 (September-November 2024)",
  "'About 0.70' (0.695-0.705) holds no 0.78: conflict (audit: both were singles).", [
    F("nke", 10, "from 78 cents", 0.78, USD, vt="78", mult=0.01),
    F("nke", 8, "roughly $0.70", 0.70, USD, q="approx"),
  ])
G("nke_q2fy26_gm", NKE, "Gross margin Q2 fiscal 2026: 40.6% three times", "Nike, Inc.", "gross margin", "Q2 fiscal 2026", OK, [
    F("nke", 8, "Gross margin: 40.6%", 40.6, PC),
    F("nke", 11, "to 40.6%", 40.6, PC),
    F("nke", 13, "至40.6%", 40.6, PC),
  ])
G("nke_q2fy26_gm_drop", NKE, "Fall of the gross margin Q2 fiscal 2026: 3 percentage points = 300 basis points (six mentions)",
  "Nike, Inc.", "gross margin change", "Q2 fiscal 2026", "3 pp = 300 bp; '~~3.0' holds 3: consistent.", [
    F("nke", 7, "毛利率下降3个百分点", 3, PP),
    F("nke", 7, "毛利率下降了3个百分点", 3, PP),
    F("nke", 8, "down ~~3.0 percentage points", 3.0, PP, q="approx"),
    F("nke", 11, "narrowed by 300 basis points", 3, PP, mult=0.01),
    F("nke", 12, "毛利率降了3個百分點", 3, PP),
    F("nke", 13, "下滑300个基点", 3, PP, mult=0.01),
  ])
G("nke_q2fy26_inventory", NKE, "Inventory change at the end of Q2 fiscal 2026: down 3% twice", "Nike, Inc.",
  "inventory decline", "Q2 fiscal 2026", OK, [
    F("nke", 7, "库存跌3%", 3, PC),
    F("nke", 12, "庫存降了3%", 3, PC),
  ])
G("nke_q2fy26_na", NKE, "North America revenue Q2 fiscal 2026: 56.3亿 twice against americanfocus' 'Americas' $5.6 billion",
  "Nike North America", "revenue", "Q2 fiscal 2026", "5.6 rounds 5.63: rounding.", [
    F("nke", 7, "达到56.3亿美元", 56.3e8, USD),
    F("nke", 9, "to $5.6 billion", 5.6e9, USD),
    F("nke", 12, "達到56.3億美元", 56.3e8, USD),
  ])
G("nke_q2fy26_na_growth", NKE, "North America revenue growth Q2 fiscal 2026: 9% three times", "Nike North America",
  "revenue growth", "Q2 fiscal 2026", OK, [
    F("nke", 7, "销售额增长9%", 9, PC),
    F("nke", 9, "a 9% increase", 9, PC),
    F("nke", 12, "成長9%", 9, PC),
  ])
G("nke_q2fy26_gc", NKE, "Greater China revenue Q2 fiscal 2026: 14.2亿 twice against $1.4 billion", "Nike Greater China",
  "revenue", "Q2 fiscal 2026", "1.4 rounds 1.42: rounding.", [
    F("nke", 7, "至14.2亿美元", 14.2e8, USD),
    F("nke", 9, "to $1.4 billion", 1.4e9, USD),
    F("nke", 12, "來到14.2億美元", 14.2e8, USD),
  ])
G("nke_q2fy26_gc_decline", NKE, "Decline of Greater China revenue Q2 fiscal 2026: 17% five times against americanfocus' 16%",
  "Nike Greater China", "revenue decline", "Q2 fiscal 2026",
  "16 against 17: conflict (17% is the reported decline, 16% the currency-neutral one; americanfocus does not say so).", [
    F("nke", 7, "经营收入急降17% 料", 17, PC),
    F("nke", 7, "季度经营收入急降17%", 17, PC),
    F("nke", 7, "大中华区销售下降17%", 17, PC),
    F("nke", 9, "down 16%", 16, PC),
    F("nke", 12, "重挫17%", 17, PC),
    F("nke", 13, "同比下降17%", 17, PC),
  ])
G("nke_q2fy26_wholesale", NKE, "Wholesale revenue Q2 fiscal 2026: $7.5 billion four times", "Nike (wholesale channel)",
  "revenue", "Q2 fiscal 2026", OK, [
    F("nke", 9, "reached $7.5 billion", 7.5e9, USD),
    F("nke", 10, "were $7.5 billion", 7.5e9, USD),
    F("nke", 11, "to $7.5bn", 7.5e9, USD),
    F("nke", 12, "達75億美元", 75e8, USD),
  ])
G("nke_q2fy26_wholesale_growth", NKE, "Wholesale revenue growth Q2 fiscal 2026: 8% four times", "Nike (wholesale channel)",
  "revenue growth", "Q2 fiscal 2026", OK, [
    F("nke", 9, "up 8% year-on-year", 8, PC),
    F("nke", 10, "up 8 percent", 8, PC),
    F("nke", 11, "increased 8%", 8, PC),
    F("nke", 12, "批發收入成長8%", 8, PC),
  ])
G("nke_q2fy26_direct", NKE, "NIKE Direct revenue Q2 fiscal 2026: $4.6 billion five times", "NIKE Direct", "revenue",
  "Q2 fiscal 2026", OK, [
    F("nke", 9, "totaled $4.6 billion", 4.6e9, USD),
    F("nke", 10, "Direct revenues were $4.6 billion", 4.6e9, USD),
    F("nke", 11, "declined to $4.6bn", 4.6e9, USD),
    F("nke", 12, "來到46億美元", 46e8, USD),
    F("nke", 13, "至46亿美元", 46e8, USD),
  ])
G("nke_q2fy26_direct_decline", NKE, "Decline of NIKE Direct revenue Q2 fiscal 2026: 8% four times against americanfocus' 9%; retail-insight's currency-neutral 9%",
  "NIKE Direct", "revenue decline (reported)", "Q2 fiscal 2026",
  "9 against 8: conflict. Retail-insight's 9% is the currency-neutral rate: different_basis (conflict as alt) against "
  "the reported 8%s, the same value as americanfocus' 9% (consistent).", [
    F("nke", 9, "down 9% year-on-year", 9, PC),
    F("nke", 10, "a decline of 8 percent", 8, PC),
    F("nke", 11, "down 8% on a reported basis", 8, PC),
    F("nke", 11, "9% on a currency-neutral basis", 9, PC, basis="cc"),
    F("nke", 12, "下降8%", 8, PC),
    F("nke", 13, "耐克直营销售额下降8%", 8, PC),
  ], OTHER({"cc"}))
G("nke_q2fy26_digital_decline", NKE, "Decline of NIKE Brand Digital sales Q2 fiscal 2026: 14% twice", "NIKE Brand Digital",
  "sales decline", "Q2 fiscal 2026", OK, [
    F("nke", 10, "a 14 percent decrease", 14, PC),
    F("nke", 13, "数字销售下降14%", 14, PC),
  ])
NC("nke", 5, "营收:截至 2026 财年 Q2", "date")
NC("nke", 5, "每股收益:截至 2026 财年 Q2", "date")
NC("nke", 5, "息税前利润:截至 2026 财年 Q2", "date")
S("nke", 5, "公布值为 9.9 亿美元", value=9.9e8, unit=USD)
NC("nke", 7, "至2026年", "date")
S("nke", 7, "股价急泻10.5%", value=10.5, unit=PC)
NC("nke", 7, "2026年第二财政季度", "date")
NC("nke", 8, "Q2 FY2026", "date")
S("nke", 8, "Operating income: $1.006B", vt="1.006", value=1.006e9, unit=USD, mult=1e9)
S("nke", 8, "down about 16.8%", value=16.8, unit=PC, q="approx")
NC("nke", 9, "fiscal 2026", "date")
S("nke", 9, "fell 1%", value=1, unit=PC)
S("nke", 9, "to $3.4 billion", value=3.4e9, unit=USD)
S("nke", 9, "decreased by 4%", value=4, unit=PC)
S("nke", 9, "to $1.7 billion", value=1.7e9, unit=USD)
S("nke", 10, "over 4 percent", value=4, unit=PC, q="over")
NC("nke", 10, "fiscal 2026", "date")
S("nke", 10, "from $1.16 billion", value=1.16e9, unit=USD)
S("nke", 10, "from $12.35 billion", value=12.35e9, unit=USD)
S("nke", 10, "revenues were $12.1 billion", value=12.1e9, unit=USD)
S("nke", 10, "up 1 percent, primarily", value=1, unit=PC)
S("nke", 10, "a 3 percent decrease", value=3, unit=PC)
S("nke", 10, "were $300 million", value=300e6, unit=USD)
S("nke", 10, "down 30 percent", value=30, unit=PC)
NC("nke", 11, "fiscal 2026 second-quarter", "date")
NC("nke", 11, "30 November 2025", "date")
S("nke", 11, "across 36 leading media platforms", value=36, unit=CNT)
NC("nke", 12, "date 2025-12-19", "date")
NC("nke", 12, "18日星期四", "date")
S("nke", 12, "暴跌超過10%", value=10, unit=PC, q="over")
NC("nke", 12, "2026會計年度第2季", "date")
NC("nke", 13, "2025-12-19 03:16", "date")
NC("nke", 13, "[1][3][12]", "citation")
NC("nke", 13, "2026财年第二季度", "date")
NC("nke", 13, "相比2025财年", "date")
NC("nke", 13, "[2][5]", "citation")
S("nke", 13, "每股收益同比大幅下降32%", value=32, unit=PC)
NC("nke", 13, "[6]", "citation")
S("nke", 13, "需求创造支出同比增长13%", value=13, unit=PC)
NC("nke", 13, "[7]", "citation")
S("nke", 13, "较前一季度9%的降幅", value=9, unit=PC)
NC("nke", 13, "[8]", "citation")
NC("nke", 13, "[9]", "citation")
NC("nke", 13, "[10]", "citation")

# ---- Q1 fiscal 2025 (June-August 2024)
G("nke_q1fy25_rev", NKE, "Nike revenue Q1 fiscal 2025: 116億 / $11.6 billion against reportify's $11.59 billion", "Nike, Inc.",
  "revenue", "Q1 fiscal 2025 (June-August 2024)", "11.6 rounds 11.59: rounding.", [
    F("nke", 6, "實現營收116億美元", 116e8, USD),
    F("nke", 14, "to $11.6 billion", 11.6e9, USD),
    F("nke", 15, "to $11.59 billion", 11.59e9, USD),
  ])
G("nke_q1fy25_rev_decline", NKE, "Decline of Q1 fiscal 2025 revenue: 10% four times", "Nike, Inc.", "revenue decline (reported)",
  "Q1 fiscal 2025", OK, [
    F("nke", 6, "營收走跌10%", 10, PC),
    F("nke", 6, "不如市場預期,年減10%", 10, PC),
    F("nke", 14, "a 10% YoY decline", 10, PC),
    F("nke", 15, "Revenues fell 10%", 10, PC),
  ])
G("nke_q1fy25_gc", NKE, "Greater China revenue Q1 fiscal 2025: 16.66億 against $1.7 billion twice", "Nike Greater China",
  "revenue", "Q1 fiscal 2025", "1.7 rounds 1.666: rounding.", [
    F("nke", 6, "營收爲16.66億美元", 16.66e8, USD),
    F("nke", 14, "reached $1.7 billion", 1.7e9, USD),
    F("nke", 15, "to $1.7 billion", 1.7e9, USD),
  ])
G("nke_q1fy25_gc_decline", NKE, "Decline of Greater China revenue Q1 fiscal 2025: 4% four times against jingdaily's 3% at constant currency",
  "Nike Greater China", "revenue decline", "Q1 fiscal 2025",
  "4% four times: consistent. Jingdaily's 3% is stated on a constant-currency basis: different_basis (conflict as alt).", [
    F("nke", 6, "大中華區營收年減4%", 4, PC),
    F("nke", 6, "第一財季營收年減4%", 4, PC),
    F("nke", 6, "16.66億美元,年減4%", 4, PC),
    F("nke", 14, "a decrease of 3%", 3, PC, basis="cc"),
    F("nke", 15, "dropped 4%", 4, PC),
  ], OTHER({"cc"}))
NC("nke", 6, "公佈截至8月底的2025財年", "date")
NC("nke", 6, "發佈截至8月底的2025財年", "date")
NC("nke", 6, "10月1日", "date")
NC("nke", 14, "fiscal year 2025", "date")
S("nke", 14, "drop of 8% to", value=8, unit=PC)
S("nke", 14, "to 10% for the second", value=10, unit=PC)
S("nke", 14, "fell 6%", value=6, unit=PC)
S("nke", 14, "approximately $133.6 billion", value=133.6e9, unit=USD, q="approx")
NC("nke", 15, "[1][2][4]", "citation")
NC("nke", 15, "first-quarter fiscal 2025", "date")
S("nke", 15, "was 70 cents", vt="70", value=0.70, unit=USD, mult=0.01)
S("nke", 15, "down 26%", value=26, unit=PC)
S("nke", 15, "Estimate of 52 cents", vt="52", value=0.52, unit=USD, mult=0.01)
NC("nke", 15, "[1] - Revenues", "citation")
S("nke", 15, "Estimate of $11.65 billion", value=11.65e9, unit=USD)
S("nke", 15, "were down 9%", value=9, unit=PC)
NC("nke", 15, "[2] - NIKE", "citation")
S("nke", 15, "decreased 13%", value=13, unit=PC)
S("nke", 15, "to $4.7 billion", value=4.7e9, unit=USD)
S("nke", 15, "a 20% drop", value=20, unit=PC)
NC("nke", 15, "[3] - Wholesale", "citation")
S("nke", 15, "declined 8%", value=8, unit=PC)
S("nke", 15, "to $6.4 billion", value=6.4e9, unit=USD)
NC("nke", 15, "[3] Geographic", "citation")
S("nke", 15, "revenues declined 11%", value=11, unit=PC)
S("nke", 15, "to $4.8 billion", value=4.8e9, unit=USD)
S("nke", 15, "NIKE Direct down 11%", value=11, unit=PC)
NC("nke", 15, "[5] - EMEA", "citation")
S("nke", 15, "fell 13%", value=13, unit=PC)
S("nke", 15, "to $3.1 billion", value=3.1e9, unit=USD)
S("nke", 15, "NIKE Direct down 12%", value=12, unit=PC)
NC("nke", 15, "[6] - Greater", "citation")
S("nke", 15, "a significant 34% decrease", value=34, unit=PC)
NC("nke", 15, "[6] - APLA", "citation")
S("nke", 15, "decreased 7%", value=7, unit=PC)
S("nke", 15, "to $1.5 billion", value=1.5e9, unit=USD)
S("nke", 15, "NIKE Direct down 4%", value=4, unit=PC)

# ============================================================ Honda
# ---- year to March 2024
G("hmc_fy24_op", HMC, "Honda operating profit, year to March 2024: 1,381.9 billion yen against 1.38 trillion; the Motley Fool transcript's 'JPY 1,381.9 trillion'",
  "Honda Motor", "operating profit", "year to March 2024",
  "1.38 trillion rounds 1,381.9 billion: rounding. The transcript's 1,381.9 trillion (a unit slip, as written 1,000 times "
  "larger): conflict with both.", [
    F("hmc", 1, "to 1,381.9 billion yen", 1381.9e9, JPY),
    F("hmc", 2, "to 1.38 trillion yen", 1.38e12, JPY),
    F("hmc", 3, "JPY 1,381.9 trillion", 1381.9e12, JPY),
  ])
G("hmc_fy24_op_growth", HMC, "Operating profit growth, year to March 2024: 77 pct = 77.0 percent", "Honda Motor",
  "operating profit growth", "year to March 2024", "Same value: consistent.", [
    F("hmc", 1, "leaped 77 pct", 77, PC),
    F("hmc", 2, "soared 77.0 percent", 77.0, PC),
  ])
G("hmc_fy24_net", HMC, "Net profit, year to March 2024: 1,107.1 billion yen against 1.11 trillion", "Honda Motor",
  "net profit", "year to March 2024", "1.11 trillion rounds 1,107.1 billion: rounding.", [
    F("hmc", 1, "to 1,107.1 billion yen", 1107.1e9, JPY),
    F("hmc", 2, "a record 1.11 trillion yen", 1.11e12, JPY),
  ])
G("hmc_fy24_net_growth", HMC, "Net profit growth, year to March 2024: 70 pct = 70.0 percent", "Honda Motor",
  "net profit growth", "year to March 2024", "Same value: consistent.", [
    F("hmc", 1, "jumped 70 pct", 70, PC),
    F("hmc", 2, "rose 70.0 percent", 70.0, PC),
  ])
G("hmc_fy24_rev", HMC, "Revenue, year to March 2024: 20,428.8 billion yen against 20.43 trillion", "Honda Motor", "revenue",
  "year to March 2024", "20.43 trillion rounds 20,428.8 billion: rounding.", [
    F("hmc", 1, "to 20,428.8 billion yen", 20428.8e9, JPY),
    F("hmc", 2, "sales of 20.43 trillion yen", 20.43e12, JPY),
  ])
G("hmc_fy24_rev_growth", HMC, "Revenue growth, year to March 2024: 20.8% twice", "Honda Motor", "revenue growth",
  "year to March 2024", OK, [
    F("hmc", 1, "up 20.8 pct", 20.8, PC),
    F("hmc", 2, "up 20.8 percent", 20.8, PC),
  ])
G("hmc_fy25_fc_rev", HMC, "Revenue forecast for the year to March 2025 (made May 2024): 20.3 trillion yen twice", "Honda Motor",
  "revenue forecast", "year to March 2025 (forecast of May 2024)", OK, [
    F("hmc", 1, "to 20.3 trillion yen", 20.3e12, JPY),
    F("hmc", 2, "sales of 20.3 trillion yen", 20.3e12, JPY),
  ])
G("hmc_fy25_fc_rev_decline", HMC, "Forecast revenue decline for the year to March 2025: 0.6% twice", "Honda Motor",
  "revenue decline forecast", "year to March 2025 (forecast of May 2024)", OK, [
    F("hmc", 1, "dip 0.6 pct", 0.6, PC),
    F("hmc", 2, "down 0.6 percent", 0.6, PC),
  ])
G("hmc_fy25_fc_net", HMC, "Net profit forecast for the year to March 2025: 1 trillion yen = 1.0 trillion", "Honda Motor",
  "net profit forecast", "year to March 2025 (forecast of May 2024)", "Same value: consistent.", [
    F("hmc", 1, "to 1 trillion yen", 1e12, JPY),
    F("hmc", 2, "to 1.0 trillion yen", 1.0e12, JPY),
  ])
G("hmc_fy25_fc_net_decline", HMC, "Forecast net profit decline for the year to March 2025: 9.7% twice", "Honda Motor",
  "net profit decline forecast", "year to March 2025 (forecast of May 2024)", OK, [
    F("hmc", 1, "fall 9.7 pct", 9.7, PC),
    F("hmc", 2, "fall 9.7 percent", 9.7, PC),
  ])
NC("hmc", 1, "date 2024-05-10", "date")
NC("hmc", 1, "Tokyo, May 10", "date")
S("hmc", 2, "($7.1 billion)", value=7.1e9, unit=USD)
S("hmc", 2, "sold 4.11 million cars", value=4.11e6, unit=CNT)
NC("hmc", 2, "in fiscal 2023", "date")
S("hmc", 2, "up 11.4 percent", value=11.4, unit=PC)
S("hmc", 2, "growth of 36.2 percent", value=36.2, unit=PC)
S("hmc", 2, "up 0.3 percent", value=0.3, unit=PC)
S("hmc", 2, "to 18.82 million units", value=18.82e6, unit=CNT)
S("hmc", 2, "by 151.1 billion yen", value=151.1e9, unit=JPY)
NC("hmc", 3, "review our FY '24 financial results", "date")
NC("hmc", 3, "forecast for FY '25", "date")
NC("hmc", 3, "FY '24 operating profit", "date")

# ---- year to March 2025
G("hmc_fy25_net", HMC, "Net profit, year to March 2025: 835.8 billion yen four times", "Honda Motor",
  "net profit (attributable to owners of the parent)", "year to March 2025", OK, [
    F("hmc", 4, "to 835.8 billion yen, primarily", 835.8e9, JPY),
    F("hmc", 4, "to 835.8 billion yen, impacted", 835.8e9, JPY),
    F("hmc", 5, "profit to 835.8 billion yen", 835.8e9, JPY),
    F("hmc", 6, "at ¥835.8 billion", 835.8e9, JPY),
  ])
G("hmc_fy25_net_decline", HMC, "Decline of net profit, year to March 2025: 24.5% four times against reportify's 25% twice and ebc's 约23.6%",
  "Honda Motor", "net profit decline", "year to March 2025",
  "25 rounds 24.5: rounding. 'About 23.6' holds neither 24.5 nor 25: conflict.", [
    F("hmc", 4, "expected to decrease by 25%", 25, PC),
    F("hmc", 4, "net profit decreased by 25%", 25, PC),
    F("hmc", 5, "decreased by 24.5%", 24.5, PC),
    F("hmc", 6, "Take a 24.5% Dive", 24.5, PC),
    F("hmc", 6, "a 24.5% decrease", 24.5, PC),
    F("hmc", 7, "下跌24.5%", 24.5, PC),
    F("hmc", 8, "大幅下降约23.6%", 23.6, PC, q="approx"),
  ])
G("hmc_fy25_net_usd", HMC, "Net profit, year to March 2025, converted to dollars: daily-glance's $5.6 billion against econwatcher's $5.65 billion",
  "Honda Motor", "net profit (converted to USD)", "year to March 2025",
  "5.6 against 5.65 (a half at the boundary, as frt_q1fy26_net): rounding (audit: both were singles; keyed as the "
  "yuan conversions of the frt pages are).", [
    F("hmc", 5, "($5.6 billion)", 5.6e9, USD),
    F("hmc", 6, "($5.65 billion)", 5.65e9, USD),
  ])
G("hmc_fy25_rev", HMC, "Revenue, year to March 2025: 21.6887 trillion yen, 21.69 trillion three times (once 'nearly') and ¥21.7 trillion",
  "Honda Motor", "revenue", "year to March 2025",
  "21.69 and 21.7 round 21.6887 (and 21.7 rounds 21.69): rounding; 'nearly 21.69' holds 21.6887 and meets 21.7: consistent.", [
    F("hmc", 4, "to 21.6887 trillion yen", 21.6887e12, JPY),
    F("hmc", 5, "nearly 21.69 trillion yen", 21.69e12, JPY, q="under"),
    F("hmc", 6, "to ¥21.7 trillion", 21.7e12, JPY),
    F("hmc", 7, "至21.69萬億日元", 21.69e12, JPY),
    F("hmc", 8, "的21.69万亿日元", 21.69e12, JPY),
  ])
G("hmc_fy25_rev_growth", HMC, "Revenue growth, year to March 2025: 6.2% four times against reportify's 6%", "Honda Motor",
  "revenue growth", "year to March 2025", "6 rounds 6.2: rounding.", [
    F("hmc", 4, "increased by 6%", 6, PC),
    F("hmc", 5, "increased by 6.2%", 6.2, PC),
    F("hmc", 6, "a 6.2% growth", 6.2, PC),
    F("hmc", 7, "整體營收增長6.2%", 6.2, PC),
    F("hmc", 8, "销售额同比增长6.2%", 6.2, PC),
  ])
G("hmc_fy25_op", HMC, "Operating profit, year to March 2025: ¥1.2 trillion against 1.21萬億", "Honda Motor", "operating profit",
  "year to March 2025", "1.2 rounds 1.21: rounding.", [
    F("hmc", 6, "to ¥1.2 trillion", 1.2e12, JPY),
    F("hmc", 7, "至1.21萬億日元", 1.21e12, JPY),
  ])
G("hmc_fy25_op_decline", HMC, "Decline of operating profit, year to March 2025: 12.2% three times (ebc labels it 营业收入)",
  "Honda Motor", "operating profit decline", "year to March 2025",
  "Consistent (ebc's '营业收入却下降了12.2%' stands beside revenue growth of 6.2%: the operating-profit figure under a "
  "revenue label; kept in this group).", [
    F("hmc", 6, "fell by 12.2%", 12.2, PC),
    F("hmc", 7, "大幅下滑12.2%", 12.2, PC),
    F("hmc", 8, "下降了12.2%", 12.2, PC),
  ])
G("hmc_fy25_eps", HMC, "EPS, year to March 2025: 178.93 yen twice", "Honda Motor", "earnings per share", "year to March 2025", OK, [
    F("hmc", 6, "dropping to ¥178.93", 178.93, JPY),
    F("hmc", 7, "縮水至178.93日元", 178.93, JPY),
  ])
G("hmc_fy24_eps", HMC, "EPS, year to March 2024 (the comparison): 225.88 yen twice", "Honda Motor", "earnings per share",
  "year to March 2024", OK, [
    F("hmc", 6, "from ¥225.88", 225.88, JPY),
    F("hmc", 7, "從225.88日元", 225.88, JPY),
  ])
G("hmc_fy26_fc_net_decline", HMC, "Forecast net profit decline for the year to March 2026: 70% twice against 70.1%", "Honda Motor",
  "net profit decline forecast", "year to March 2026 (forecast of May 2025)", "70 rounds 70.1: rounding.", [
    F("hmc", 4, "further decline of 70%", 70, PC),
    F("hmc", 5, "a 70% profit decrease", 70, PC),
    F("hmc", 6, "a steep 70.1% plunge", 70.1, PC),
  ])
G("hmc_fy26_fc_rev_decline", HMC, "Forecast revenue decline for the year to March 2026: 6% twice against 6.4%", "Honda Motor",
  "revenue decline forecast", "year to March 2026 (forecast of May 2025)", "6 rounds 6.4: rounding.", [
    F("hmc", 4, "decrease by 6%", 6, PC),
    F("hmc", 5, "dropping by 6%", 6, PC),
    F("hmc", 6, "a 6.4% drop", 6.4, PC),
  ])
G("hmc_tariff_hit", HMC, "Estimated tariff hit to operating profit in the year to March 2026: 650 billion yen twice", "Honda Motor",
  "tariff impact on operating profit (estimate)", "year to March 2026", OK, [
    F("hmc", 4, "by 650 billion yen", 650e9, JPY),
    F("hmc", 5, "erase 650 billion yen", 650e9, JPY),
  ])
NC("hmc", 4, "net profit for the fiscal year 2024", "date")
NC("hmc", 4, "forecast for fiscal year 2025", "date")
S("hmc", 4, "down to 250 billion yen", value=250e9, unit=JPY)
NC("hmc", 4, "[1][2]", "citation")
NC("hmc", 4, "Group 1:", "list_number")
NC("hmc", 4, "For the fiscal year 2024, Honda's", "date")
NC("hmc", 4, "China [2]", "citation")
NC("hmc", 4, "operating profit for fiscal year 2025", "date")
S("hmc", 4, "drop by 59%", value=59, unit=PC)
S("hmc", 4, "to 500 billion yen", value=500e9, unit=JPY)
NC("hmc", 4, "[1]. - The anticipated", "citation")
NC("hmc", 4, "sales revenue for fiscal year 2025", "date")
S("hmc", 4, "to 20.3 trillion yen", value=20.3e12, unit=JPY)
S("hmc", 4, "decline by 3%", value=3, unit=PC)
S("hmc", 4, "to 3.62 million units", value=3.62e6, unit=CNT)
NC("hmc", 4, "units [1]", "citation")
S("hmc", 5, "($147 billion)", value=147e9, unit=USD)
S("hmc", 5, "exceeding 21 million units", value=21e6, unit=CNT, q="over")
S("hmc", 5, "($4.4 billion)", value=4.4e9, unit=USD)
NC("hmc", 5, "by March 2026", "date")
NC("hmc", 5, "ending in March 2026", "date")
NC("hmc", 6, "Fiscal Year 2025", "date")
NC("hmc", 6, "ending March 31, 2025", "date")
NC("hmc", 7, "Part 1", "list_number")
NC("hmc", 7, "2025財年對于本田", "date")
NC("hmc", 8, "从2021财年", "date")
S("hmc", 8, "的13.17万亿日元", value=13.17e12, unit=JPY)
NC("hmc", 8, "增至2025财年", "date")
S("hmc", 8, "增长了约64.6%", value=64.6, unit=PC, q="approx")
NC("hmc", 8, "2025财年,尽管", "date")

NC("frt", 8, "12-month period", "duration")
NC("nke", 8, "(Q2 GAAP)", "date")
NC("nke", 11, "(Q2) financial", "date")
NC("nke", 11, "Discover B2B", "name")
if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh73.toml", "corpus-fresh73")
