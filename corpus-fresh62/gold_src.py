"""Hand annotation of corpus-fresh62, written as data; emits gold.d/fresh62.toml (then run
corpus/check_gold.py --dir corpus-fresh62 --build).

Three company-results domains (news / business statistics): Xiaomi's 2024 annual results / 小米集团2024年业绩 /
小米集團2024年業績 (`xmi-*`), Tencent's 2024 annual results / 腾讯2024年业绩 / 騰訊2024年業績 (`tcn-*`) and Nvidia's
fiscal-2025 (Q4 FY25) results / 英伟达2025财年业绩 / 輝達2025財年業績 (`nvd-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; money in CNY / USD / HKD
units (yuan, dollars), shares and growth rates in percent, vehicles and phones as counts. Declines are negative.
Years, fiscal labels (FY25, Q4 2024, 第四季度) that only date a keyed figure are not keyed separately.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, R, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, PP, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, auto  # noqa: E402
from goldrules import ANY as ANY_  # noqa: E402

load(HERE)

goldrules.install()

XMI, TCN, NVD = "xiaomi-2024-results", "tencent-2024-results", "nvidia-fy2025-results"
Y, U, HK = "CNY", "USD", "HKD"


def EITHER(ms):
    """Different polls of one forecast: every different-value pair different_basis, auto's verdict as alt."""
    out = {}
    for i, a in enumerate(ms):
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if a["value"] != b["value"]:
                v = auto(a, b)
                out[(i + 1, j + 1)] = (D, v) if v in (C, R) else K
    return out


# ============================================================ Xiaomi 2024
ms = [
    F("xmi", 1, "to CNY365.9 billion", 365.9e9, Y),
    F("xmi", 2, "to record CNY365.9 billion", 365.9e9, Y),
    F("xmi", 3, "Total Revenue: RMB 365.9 billion", 365.9e9, Y),
    F("xmi", 4, "hitting RMB 365.9 billion", 365.9e9, Y),
    F("xmi", 7, "年增35%至3,659亿元", 3659e8, Y, vt="3,659亿"),
    F("xmi", 8, "全年总收入达到了3659亿元", 3659e8, Y),
    F("xmi", 9, "總收入達 3659 億元", 3659e8, Y),
    F("xmi", 10, "收入3,659.06億元", 3659.06e8, Y),
    F("xmi", 11, "以总收入3659亿元", 3659e8, Y),
    F("xmi", 13, "全年总营收达到了3659亿元", 3659e8, Y),
]
G("xmi_rev_2024", XMI, "Xiaomi's 2024 revenue: RMB 365.9 billion / 3659亿 on nine pages against am730's 3,659.06億",
  "Xiaomi Corporation", "total revenue", "2024",
  "365.9 billion = 3659亿; each rounds 3,659.06億: rounding.", ms)
ms = [
    F("xmi", 1, "($50.6 billion)", 50.6e9, U),
    F("xmi", 2, "(USD50.6 billion)", 50.6e9, U),
    F("xmi", 4, "($50.7 billion)", 50.7e9, U),
]
G("xmi_rev_2024_usd", XMI, "Xiaomi's 2024 revenue in dollars: $50.6 billion twice against ctol's $50.7 billion",
  "Xiaomi Corporation", "total revenue (USD conversion)", "2024", "50.6 against 50.7 (same precision): conflict.", ms)
ms = [
    F("xmi", 1, "increased 35 per cent", 35, PC),
    F("xmi", 2, "Revenue climbed 35 percent", 35, PC),
    F("xmi", 3, "(+35.0% YoY)", 35.0, PC),
    F("xmi", 4, "impressive 35% year-over-year", 35, PC),
    F("xmi", 7, "小米全年营收年增35%", 35, PC),
    F("xmi", 8, "增长了35%", 35, PC),
    F("xmi", 9, "同比增長 35.0%", 35.0, PC),
    F("xmi", 10, "升35%,創歷史新高", 35, PC),
    F("xmi", 11, "同比增长35%的业绩", 35, PC),
    F("xmi", 13, "高达35.0%", 35.0, PC),
]
G("xmi_rev_growth_2024", XMI, "Growth of Xiaomi's 2024 revenue: 35% / 35.0% on ten pages", "Xiaomi Corporation",
  "total revenue, year-on-year growth", "2024", "Consistent (35 and 35.0 are the same value).", ms)
ms = [
    F("xmi", 2, "to record CNY27.2 billion", 27.2e9, Y),
    F("xmi", 3, "RMB 27.2 billion", 27.2e9, Y),
    F("xmi", 4, "RMB 27.2 billion", 27.2e9, Y),
    F("xmi", 7, "年增41%至272亿元", 272e8, Y, vt="272亿"),
    F("xmi", 8, "净利润为272亿元", 272e8, Y),
    F("xmi", 9, "經調整凈利潤為 272 億元", 272e8, Y),
    F("xmi", 10, "經調整利潤錄272.35億元", 272.35e8, Y),
    F("xmi", 10, "經調整淨利潤272億元", 272e8, Y),
    F("xmi", 11, "经调整净利润达到272亿元", 272e8, Y),
    F("xmi", 13, "达到了272亿元", 272e8, Y),
]
G("xmi_adjnp_2024", XMI, "Xiaomi's 2024 adjusted net profit: RMB 27.2 billion / 272亿 on nine pages against am730's 272.35億",
  "Xiaomi Corporation", "adjusted net profit (non-IFRS)", "2024",
  "27.2 billion = 272亿; each rounds 272.35億: rounding (am730's own 272 against its 272.35: rounding inside one page, "
  "consistent as alt).", ms)
ms = [
    F("xmi", 2, "soaring 41 percent", 41, PC),
    F("xmi", 3, "(+41.3% YoY)", 41.3, PC),
    F("xmi", 4, "up 41.3%", 41.3, PC),
    F("xmi", 7, "经调整溢利年增41%", 41, PC),
    F("xmi", 8, "同比增长41.3%", 41.3, PC),
    F("xmi", 9, "同比增長 41.3%", 41.3, PC),
    F("xmi", 10, "漲41.3%", 41.3, PC),
    F("xmi", 10, "增長41.3%", 41.3, PC),
    F("xmi", 11, "同比增长41.3%", 41.3, PC),
]
G("xmi_adjnp_growth_2024", XMI, "Growth of the 2024 adjusted net profit: 41.3% on six pages against 41% twice",
  "Xiaomi Corporation", "adjusted net profit, year-on-year growth", "2024", "41 rounds 41.3: rounding.", ms)
ms = [
    F("xmi", 2, "Net profit totaled CNY23.6 billion", 23.6e9, Y),
    F("xmi", 9, "凈利潤為 236 億元", 236e8, Y),
    F("xmi", 10, "去年純利235.784億元", 235.784e8, Y),
]
G("xmi_np_2024", XMI, "Xiaomi's 2024 net profit: 23.6 billion / 236億 against am730's 235.784億", "Xiaomi Corporation",
  "net profit (profit for the year)", "2024", "23.6 billion = 236億, both round 235.784億: rounding.", ms)
ms = [
    F("xmi", 2, "up 35 percent from the previous year", 35, PC),
    F("xmi", 9, "同比增長 34.9%", 34.9, PC),
    F("xmi", 10, "按年大升34.9%", 34.9, PC),
]
G("xmi_np_growth_2024", XMI, "Growth of the 2024 net profit: yicai's 35% against 34.9% twice", "Xiaomi Corporation",
  "net profit, year-on-year growth", "2024", "35 rounds 34.9: rounding.", ms)
ms = [
    F("xmi", 1, "to CNY109 billion", 109e9, Y),
    F("xmi", 3, "RMB 109.0 billion", 109.0e9, Y),
    F("xmi", 4, "surpassing RMB 100 billion", 100e9, Y, q="over"),
    F("xmi", 7, "首次单季突破1千亿元大关", 1e11, Y, vt="1", q="over", step=1e11),  # audit: was a single
    F("xmi", 7, "至人民币(下同)1,090亿元", 1090e8, Y, vt="1,090亿"),
    F("xmi", 9, "公司總收入達 1090 億元", 1090e8, Y),
    F("xmi", 10, "收入1,090.05億元", 1090.05e8, Y),
]
G("xmi_q4_rev", XMI, "Xiaomi's Q4 2024 revenue: 109 billion / 109.0 / 1,090亿 against am730's 1,090.05億; ctol's 'surpassing 100 billion' and chinatimes' '突破1千亿元'",
  "Xiaomi Corporation", "revenue", "2024 Q4",
  "109, 109.0 and 1,090亿 are one value and round 1,090.05億: rounding. 'Surpassing 100 billion' and '突破1千亿元' "
  "hold them all: consistent.", ms)
ms = [
    F("xmi", 1, "revenue 48.8 per cent", 48.8, PC),
    F("xmi", 3, "(+48.8% YoY)", 48.8, PC),
    F("xmi", 4, "a 48.8% YoY increase", 48.8, PC),
    F("xmi", 7, "营收年增48.8%", 48.8, PC),
    F("xmi", 9, "同比增長 48.8%", 48.8, PC),
    F("xmi", 10, "多48.8%", 48.8, PC),
]
G("xmi_q4_rev_growth", XMI, "Growth of Q4 2024 revenue: 48.8% six times", "Xiaomi Corporation",
  "revenue, year-on-year growth", "2024 Q4", "Consistent.", ms)
ms = [
    F("xmi", 1, "to CNY9 billion", 9e9, Y),
    F("xmi", 9, "凈利潤為 90 億元", 90e8, Y),
    F("xmi", 10, "小米純利89.95億元", 89.95e8, Y),
]
G("xmi_q4_np", XMI, "Q4 2024 net profit: 9 billion / 90億 against am730's 89.95億", "Xiaomi Corporation", "net profit",
  "2024 Q4", "9 billion = 90億; both round 89.95億: rounding.", ms)
ms = [
    F("xmi", 1, "rose 90.4 per cent", 90.4, PC),
    F("xmi", 9, "同比大幅增長 90.4%", 90.4, PC),
    F("xmi", 10, "升90.4%", 90.4, PC),
]
G("xmi_q4_np_growth", XMI, "Growth of Q4 2024 net profit: 90.4% three times", "Xiaomi Corporation",
  "net profit, year-on-year growth", "2024 Q4", "Consistent.", ms)
ms = [
    F("xmi", 3, "RMB 8.3 billion", 8.3e9, Y),
    F("xmi", 7, "年增69%至83.16亿元", 83.16e8, Y, vt="83.16亿"),
    F("xmi", 9, "經調整凈利潤為 83 億元", 83e8, Y),
    F("xmi", 10, "經調整利潤錄83.16億元", 83.16e8, Y),
    F("xmi", 10, "經調整淨利潤83億元", 83e8, Y),
]
G("xmi_q4_adjnp", XMI, "Q4 2024 adjusted net profit: 83.16亿 twice against 8.3 billion and 83億 twice", "Xiaomi Corporation",
  "adjusted net profit (non-IFRS)", "2024 Q4",
  "8.3 billion = 83億; both round 83.16億: rounding (am730's 83 against its own 83.16: rounding inside one page).", ms)
ms = [
    F("xmi", 3, "(+69.4% YoY)", 69.4, PC),
    F("xmi", 7, "经调整净利年增69%", 69, PC),
    F("xmi", 9, "同比增長 69.4%", 69.4, PC),
    F("xmi", 10, "增69.4%,勝預期", 69.4, PC),
    F("xmi", 10, "升69.4%", 69.4, PC),
]
G("xmi_q4_adjnp_growth", XMI, "Growth of Q4 2024 adjusted net profit: 69.4% four times against chinatimes' 69%",
  "Xiaomi Corporation", "adjusted net profit, year-on-year growth", "2024 Q4", "69 rounds 69.4: rounding.", ms)
ms = [
    F("xmi", 2, "to 168.5 million units", 168.5e6, CNT),
    F("xmi", 3, "168.6 million units", 168.6e6, CNT),
    F("xmi", 6, "全球出貨量 1.685 億臺", 1.685e8, CNT, vt="1.685 億"),
    F("xmi", 9, "全球出貨量達到 1.69 億部", 1.69e8, CNT, vt="1.69 億"),
    F("xmi", 11, "全球出货量达1.69亿台", 1.69e8, CNT, vt="1.69亿"),
]
G("xmi_phone_ship_2024", XMI, "Xiaomi's 2024 smartphone shipments: 168.5 million = 1.685亿 against simpleisgood's 168.6 million; 1.69亿 twice",
  "Xiaomi Corporation", "global smartphone shipments (units)", "2024",
  "168.5 million = 1.685億. 168.6 against 168.5 (both to 0.1 million): conflict. 1.69亿 (to 1 million) rounds "
  "168.5 and 168.6: rounding.", ms)
ms = [
    F("xmi", 2, "jumped nearly 16 percent", 16, PC, q="under"),
    F("xmi", 3, "(+15.7% YoY)", 15.7, PC),
    F("xmi", 6, "同比增長 15.7%", 15.7, PC),
    F("xmi", 9, "同比增 15.7%", 15.7, PC),
]
G("xmi_phone_ship_growth_2024", XMI, "Growth of 2024 smartphone shipments: 15.7% three times and 'nearly 16'",
  "Xiaomi Corporation", "smartphone shipments, year-on-year growth", "2024", "'Nearly 16' holds 15.7: consistent.", ms)
ms = [
    F("xmi", 2, "logged CNY191.8 billion", 191.8e9, Y),
    F("xmi", 3, "RMB 191.8 billion", 191.8e9, Y),
    F("xmi", 6, "業(yè)務(wù)收入 1918 億元", 1918e8, Y),
    F("xmi", 9, "全年營收達 1918 億元", 1918e8, Y),
    F("xmi", 10, "智能手機業務收入1,918億元", 1918e8, Y),
    F("xmi", 11, "业务收入1918亿元", 1918e8, Y),
]
G("xmi_phone_rev_2024", XMI, "Xiaomi's 2024 smartphone revenue: 191.8 billion / 1918亿 six times", "Xiaomi Corporation",
  "smartphone revenue", "2024", "Consistent.", ms)
ms = [
    F("xmi", 2, "up 22 percent from 2023", 22, PC),
    F("xmi", 3, "(+21.8% YoY)", 21.8, PC),
    F("xmi", 6, "同比增長 21.8%", 21.8, PC),
    F("xmi", 9, "同比增長 21.8%", 21.8, PC),
    F("xmi", 10, "升21.8%", 21.8, PC),
    F("xmi", 11, "同比增长21.8%", 21.8, PC),
]
G("xmi_phone_rev_growth_2024", XMI, "Growth of 2024 smartphone revenue: 21.8% five times against yicai's 22%",
  "Xiaomi Corporation", "smartphone revenue, year-on-year growth", "2024", "22 rounds 21.8: rounding.", ms)
ms = [
    F("xmi", 2, "market share of 13.8 percent", 13.8, PC),
    F("xmi", 6, "市場份額 13.8%", 13.8, PC),
    F("xmi", 9, "市場 13.8%", 13.8, PC),
]
G("xmi_phone_share_2024", XMI, "Xiaomi's 2024 global smartphone market share: 13.8% three times", "Xiaomi Corporation",
  "global smartphone market share", "2024", "Consistent.", ms)
ms = [
    F("xmi", 4, "RMB 333.2 billion", 333.2e9, Y),
    F("xmi", 5, "generating RMB333.2 billion", 333.2e9, Y),
    F("xmi", 6, "分部全年收入 3332 億元", 3332e8, Y),
    F("xmi", 10, "分部收入3,332億元", 3332e8, Y),
]
G("xmi_seg_phone_aiot_2024", XMI, "Revenue of the 'Smartphone × AIoT' segment in 2024: 333.2 billion / 3332億 four times",
  "Xiaomi Corporation (Smartphone × AIoT segment)", "segment revenue", "2024", "Consistent.", ms)
ms = [
    F("xmi", 4, "a 22.9% increase", 22.9, PC),
    F("xmi", 5, "an increase of 22.9%", 22.9, PC),
    F("xmi", 6, "同比增長 22.9%", 22.9, PC),
    F("xmi", 10, "增長22.9%", 22.9, PC),
]
G("xmi_seg_phone_aiot_growth_2024", XMI, "Growth of the 'Smartphone × AIoT' segment in 2024: 22.9% four times",
  "Xiaomi Corporation (Smartphone × AIoT segment)", "segment revenue, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("xmi", 4, "RMB 32.8 billion", 32.8e9, Y, basis="seg"),
    F("xmi", 6, "全年收入 328 億元", 328e8, Y, basis="amb"),
    F("xmi", 8, "实现了321亿元的收入", 321e8, Y, basis="ev"),
    F("xmi", 10, "智能電動汽車收入321億人幣", 321e8, Y, basis="ev"),
    F("xmi", 10, "去年總收入328億元", 328e8, Y, basis="seg"),
    F("xmi", 10, "智能電動汽車收入321億元", 321e8, Y, basis="ev"),
    F("xmi", 11, "贡献收入328亿元", 328e8, Y, basis="seg"),
    F("xmi", 12, "(328 亿元)", 328e8, Y, basis="amb"),
    F("xmi", 13, "创新业务收入达到了328亿元", 328e8, Y, basis="seg"),
]
G("xmi_ev_rev_2024", XMI, "Xiaomi's 2024 EV revenue: the segment 'smart EV and other new initiatives' 328亿 (32.8 billion) against smart EVs alone 321亿; wsalc and nnzcw give 328 as the EV business's",
  "Xiaomi Corporation (smart EVs)", "revenue", "2024",
  "am730 gives both: segment 328, of which smart EVs 321 and other 7. Segment against EV-only: different_basis. "
  "wsalc ('小米智能電動汽車業務...全年收入 328 億元') and nnzcw ('汽车业务收入...328 亿元') name the EV business and give "
  "the segment's figure: against 321 conflict as written (different_basis as alt), against the segment's 328 "
  "consistent.", ms,
  V(basis("amb"), basis("ev"), (C, D)), V(basis("amb"), basis("seg"), K))
ms = [
    F("xmi", 6, "凈虧損 62 億元", 62e8, Y),
    F("xmi", 8, "去年共亏损62亿元", 62e8, Y),
    F("xmi", 10, "經調整淨虧損62億元", 62e8, Y),
    F("xmi", 11, "全年经调整净亏损62亿元", 62e8, Y),
]
G("xmi_ev_loss_2024", XMI, "Adjusted net loss of the EV and new-initiatives segment in 2024: 62亿 four times",
  "Xiaomi Corporation (smart EV and other new initiatives)", "adjusted net loss", "2024", "Consistent.", ms)
ms = [
    F("xmi", 7, "经调整净亏损7亿元", 7e8, Y),
    F("xmi", 10, "經調整淨虧損7億元", 7e8, Y),
]
G("xmi_ev_loss_q4", XMI, "Adjusted net loss of the EV segment in Q4 2024: 7亿 twice",
  "Xiaomi Corporation (smart EV and other new initiatives)", "adjusted net loss", "2024 Q4", "Consistent.", ms)
ms = [
    F("xmi", 6, "交付新車136854臺", 136854, CNT),
    F("xmi", 6, "交付量達(dá) 13.6854 萬輛", 136854, CNT, vt="13.6854 萬"),
    F("xmi", 8, "交付了136,854台新车", 136854, CNT),
    F("xmi", 11, "交付量136,854辆", 136854, CNT),
    F("xmi", 12, "实现13.69 万辆交付量", 136900, CNT, vt="13.69 万"),
    F("xmi", 13, "全年交付量达到了136854台", 136854, CNT),
]
G("xmi_deliv_2024", XMI, "Xiaomi's 2024 car deliveries: 136,854 five times against nnzcw's 13.69万",
  "Xiaomi Corporation (SU7 cars)", "vehicle deliveries", "2024", "13.69万 rounds 136,854: rounding.", ms)
ms = [
    F("xmi", 6, "提升至35萬臺", 35e4, CNT),
    F("xmi", 8, "上调至35万台", 35e4, CNT),
    F("xmi", 11, "上调至35万辆", 35e4, CNT),
    F("xmi", 13, "提升至350000台", 350000, CNT),
]
G("xmi_deliv_target_2025", XMI, "Xiaomi's raised 2025 delivery target: 35万 / 350000 four times", "Xiaomi Corporation",
  "vehicle delivery target", "2025", "Consistent.", ms)
ms = [
    F("xmi", 6, "全年1萬臺銷量", 1e4, CNT),
    F("xmi", 8, "全年1万台的销量", 1e4, CNT),
    F("xmi", 11, "全年1万台销量", 1e4, CNT),
    F("xmi", 12, "全年 1 万台", 1e4, CNT, vt="1 万"),
]
G("xmi_ultra_target", XMI, "SU7 Ultra's full-year sales target met early: 1万 four times", "Xiaomi SU7 Ultra",
  "full-year sales target (units)", "2025 (target met early)", "Consistent.", ms)
ms = [
    F("xmi", 11, "平均售价达234,479元", 234479, Y),
    F("xmi", 12, "平均售价达 23.45 万元", 23.45e4, Y, vt="23.45 万"),
]
G("xmi_car_asp", XMI, "Average selling price (both pages attach it to the SU7 Ultra sentence): 234,479元 against 23.45万元",
  "Xiaomi cars (as written: the SU7 Ultra sentence)", "average selling price", "2024", "23.45万 rounds 234,479: rounding.", ms)
ms = [
    F("xmi", 1, "to CNY51.3 billion", 51.3e9, Y),
    F("xmi", 7, "年增16%至513亿元", 513e8, Y, vt="513亿"),
]
G("xmi_q4_phone_rev", XMI, "Q4 2024 smartphone revenue: 51.3 billion = 513亿", "Xiaomi Corporation", "smartphone revenue",
  "2024 Q4", "Consistent.", ms)
ms = [
    F("xmi", 1, "Smartphone sales increased 16 per cent", 16, PC),
    F("xmi", 7, "业务收入年增16%", 16, PC),
]
G("xmi_q4_phone_rev_growth", XMI, "Growth of Q4 2024 smartphone revenue: 16% twice", "Xiaomi Corporation",
  "smartphone revenue, year-on-year growth", "2024 Q4", "Consistent.", ms)
ms = [
    F("xmi", 1, "to 42.7 million units", 42.7e6, CNT),
    F("xmi", 7, "年增5.3%至4,270万支", 4270e4, CNT, vt="4,270万"),
]
G("xmi_q4_ship", XMI, "Q4 2024 smartphone shipments: 42.7 million = 4,270万", "Xiaomi Corporation",
  "smartphone shipments (units)", "2024 Q4", "Consistent.", ms)
ms = [
    F("xmi", 1, "rising 5.3 per cent", 5.3, PC),
    F("xmi", 7, "出货量年增5.3%", 5.3, PC),
]
G("xmi_q4_ship_growth", XMI, "Growth of Q4 2024 shipments: 5.3% twice", "Xiaomi Corporation",
  "smartphone shipments, year-on-year growth", "2024 Q4", "Consistent.", ms)
ms = [
    F("xmi", 1, "to CNY1,138", 1138, Y),
    F("xmi", 9, "創下 1138 元", 1138, Y),
]
G("xmi_phone_asp", XMI, "Smartphone average selling price: 1,138 twice (mobileworldlive in its Q4 paragraph, mvmtv for 2024)",
  "Xiaomi smartphones", "average selling price", "2024", "Same value: consistent.", ms)
ms = [
    F("xmi", 3, "Gross Profit Margin: 20.9%", 20.9, PC),
    F("xmi", 10, "毛利率20.9%", 20.9, PC),
]
G("xmi_gm_2024", XMI, "Xiaomi's 2024 gross margin: 20.9% twice", "Xiaomi Corporation", "gross profit margin", "2024",
  "Consistent.", ms)
ms = [
    F("xmi", 2, "gross profit margin of 12.6 percent", 12.6, PC),
    F("xmi", 10, "毛利率12.6%", 12.6, PC),
]
G("xmi_phone_gm_2024", XMI, "2024 smartphone gross margin: 12.6% twice", "Xiaomi smartphones", "gross profit margin",
  "2024", "Consistent.", ms)
ms = [
    F("xmi", 7, "至57.65港币", 57.65, HK),
    F("xmi", 10, "收報57.65港元", 57.65, HK),
]
G("xmi_close_mar18", XMI, "Xiaomi's closing share price on 18 March 2025: HK$57.65 twice", "Xiaomi (1810.HK)",
  "closing share price", "18 March 2025", "Consistent.", ms)
ms = [
    F("xmi", 7, "股价收涨3.3%", 3.3, PC),
    F("xmi", 10, "或3.3%", 3.3, PC),
]
G("xmi_close_chg_mar18", XMI, "Its rise that day: 3.3% twice", "Xiaomi (1810.HK)", "share price change", "18 March 2025",
  "Consistent.", ms)
ms = [
    F("xmi", 9, "連續 18 個季度", 18, CNT),
    F("xmi", 2, "for the 18th consecutive year", 18, CNT, basis="year"),
]
G("xmi_top3_run", XMI, "Xiaomi's run in the global top three: 'for 18 consecutive quarters' against yicai's '18th consecutive year'",
  "Xiaomi Corporation", "consecutive periods in the global top three of smartphone shipments", "through 2024",
  "Quarters against years: a different unit (yicai's 'year' is likely its slip for quarter); different_basis.", ms)
# xmi singles and non-claims
S("xmi", 1, "ASP rose 5.2 per cent", value=5.2, unit=PC)
S("xmi", 2, "(USD3.3 billion)", vt="3.3 billion", value=3.3e9, unit=U)
NC("xmi", 2, "in the 12 months ended", "duration")
NC("xmi", 2, "Dec. 31", "date")
S("xmi", 2, "up from 12.8 percent", value=12.8, unit=PC)
S("xmi", 3, "(up from 17.0% in 2023)", vt="17.0%", value=17.0, unit=PC)
NC("xmi", 3, "Annual and Q4 Highlights", "date")
NC("xmi", 3, "results in 2024.", "date", nth=1)
NC("xmi", 3, "results in 2024.", "date", nth=2)
NC("xmi", 3, "Xiaomi 2024 investor", "date", nth=1)
NC("xmi", 3, "Xiaomi 2024 investor", "date", nth=2)
NC("xmi", 3, "1. Smartphones", "list_number")
NC("xmi", 4, "On March 18", "date")
S("xmi", 4, "($3.77 billion)", vt="$3.77 billion", value=3.77e9, unit=U)
S("xmi", 4, "($46.2 billion)", vt="$46.2 billion", value=46.2e9, unit=U)
S("xmi", 4, "($4.55 billion)", vt="$4.55 billion", value=4.55e9, unit=U)
S("xmi", 4, "($13.9 billion)", vt="$13.9 billion", value=13.9e9, unit=U, q="over")
S("xmi", 5, "(priced RMB3,000 and above)", vt="3,000", value=3000, unit=Y, q="at_least")
S("xmi", 5, "constituting 23.3%", value=23.3, unit=PC)
S("xmi", 5, "3.0 percentage points", vt="3.0", value=3.0, unit=PP)
NC("xmi", 6, "小米SU7 Ultra", "name")
NC("xmi", 6, "SU7 系列", "name")
NC("xmi", 7, "小米集团18日", "date")
S("xmi", 7, "市场预期的65.36亿元", value=65.36e8, unit=Y)
NC("xmi", 7, "小米港股18日", "date")
S("xmi", 7, "年内累计大涨69.56%", value=69.56, unit=PC)
NC("xmi", 7, "综合陆媒18日", "date")
S("xmi", 7, "收入年增51.7%", value=51.7, unit=PC)
S("xmi", 7, "至309亿元", value=309e8, unit=Y)
S("xmi", 7, "总收入为167亿元", value=167e8, unit=Y)
S("xmi", 7, "电动车收入163亿元", value=163e8, unit=Y)
S("xmi", 7, "其他相关业务收入3亿元", value=3e8, unit=Y)
NC("xmi", 8, "小米SU7 Ultra", "name")
S("xmi", 8, "提升至300亿元", value=300e8, unit=Y)
S("xmi", 8, "亏损约4.53万元", value=4.53e4, unit=Y, q="approx")
S("xmi", 9, "售價 4000 至", value=4000, unit=Y)
S("xmi", 9, "至 6000 元", value=6000, unit=Y)
NC("xmi", 10, "小米集團(1810)", "stock_code")
S("xmi", 10, "毛利765.6億元", value=765.6e8, unit=Y)
S("xmi", 10, "升33.2%", value=33.2, unit=PC)
S("xmi", 10, "少0.3個百分點", value=-0.3, unit=PP)
S("xmi", 10, "升1.85港元", value=1.85, unit=HK)
S("xmi", 10, "毛利224.55億元", value=224.55e8, unit=Y)
S("xmi", 10, "增43.8%", value=43.8, unit=PC)
NC("xmi", 10, "adblk6", "page_furniture")
S("xmi", 10, "收入341億元", value=341e8, unit=Y)
S("xmi", 10, "漲13.3%", value=13.3, unit=PC)
S("xmi", 10, "毛利率76.6%", value=76.6, unit=PC)
S("xmi", 10, "升2.5個百分點", value=2.5, unit=PP)
S("xmi", 10, "其他相關業務收入7億元", value=7e8, unit=Y)
S("xmi", 10, "毛利率為18.5%", value=18.5, unit=PC)
NC("xmi", 11, "3月18日", "date")
S("xmi", 11, "达到1041亿元", value=1041e8, unit=Y)
S("xmi", 11, "同比增长30%", value=30, unit=PC)
NC("xmi", 11, "SU7 Ultra", "name")
S("xmi", 11, "从30万辆", value=30e4, unit=CNT)
S("xmi", 11, "增长超150%", value=150, unit=PC, q="over")
NC("xmi", 12, "SU7 Ultra", "name")
S("xmi", 12, "仅 9%", value=9, unit=PC)
S("xmi", 12, "——66%", value=66, unit=PC)
NC("xmi", 12, "SU7 大定", "name")
NC("xmi", 13, "Q4单季度", "date")
NC("xmi", 13, "小米SU7的", "name")
S("xmi", 13, "连续5个月", value=5, unit="months")
S("xmi", 13, "超过20000台", value=20000, unit=CNT, q="over")
NC("xmi", 13, "小米SU7 Ultra", "name")
S("xmi", 13, "超过了19000台", value=19000, unit=CNT, q="over")

# ============================================================ Tencent 2024
ms = [
    F("tcn", 1, "RMB660.3 billion", 660.3e9, Y),
    F("tcn", 2, "660.257 billion yuan", 660.257e9, Y),
    F("tcn", 3, "RMB 660.3 billion", 660.3e9, Y),
    F("tcn", 4, "8% to 660.3 billion yuan", 660.3e9, Y),
    F("tcn", 5, "全年收入达6,602.57亿元", 6602.57e8, Y),
    F("tcn", 6, "營收超6600億元", 6600e8, Y, q="over"),
    F("tcn", 6, "實現營收6602.57億元", 6602.57e8, Y),
    F("tcn", 7, "全年總收入為6602.57億元", 6602.57e8, Y),
    F("tcn", 8, "人民币6,603 亿元", 6603e8, Y, vt="6,603 亿"),
]
G("tcn_rev_2024", TCN, "Tencent's 2024 revenue: 660.257 billion / 6602.57億 on four pages against 660.3 billion / 6,603亿 on four; hcjjw's 'over 6600億'",
  "Tencent Holdings", "total revenue", "2024",
  "660.3 billion = 6,603亿, both round 660.257 billion: rounding. 'Over 6600億' holds all: consistent.", ms)
ms = [
    F("tcn", 1, "(USD91.9 billion", 91.9e9, U, vt="91.9 billion"),
    F("tcn", 3, "(US$91.9 billion)", 91.9e9, U, vt="91.9 billion"),
]
G("tcn_rev_2024_usd", TCN, "2024 revenue in dollars: US$91.9 billion twice", "Tencent Holdings", "total revenue (USD)",
  "2024", "Consistent.", ms)
ms = [
    F("tcn", 1, "Revenues: +8% YoY", 8, PC),
    F("tcn", 1, "up 8% over", 8, PC),
    F("tcn", 2, "growth of 8%", 8, PC),
    F("tcn", 3, "up 8% YoY", 8, PC),
    F("tcn", 4, "revenue grew 8%", 8, PC),
    F("tcn", 5, "同比增长8%", 8, PC),
    F("tcn", 6, "同比增8%", 8, PC),
    F("tcn", 7, "同比增長8%", 8, PC),
    F("tcn", 8, "同比增长8%", 8, PC),
]
G("tcn_rev_growth_2024", TCN, "Growth of Tencent's 2024 revenue: 8% nine times", "Tencent Holdings",
  "total revenue, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("tcn", 2, "172.446 billion yuan", 172.446e9, Y),
    F("tcn", 3, "RMB 172.4 billion", 172.4e9, Y),
    F("tcn", 4, "reaching 172.5 billion yuan", 172.5e9, Y),
    F("tcn", 5, "第四季度收入1,724.46亿元", 1724.46e8, Y),
    F("tcn", 6, "營收1724.46億元", 1724.46e8, Y),
    F("tcn", 7, "總收入為1724.46億元", 1724.46e8, Y),
]
G("tcn_q4_rev", TCN, "Tencent's Q4 2024 revenue: 172.446 billion / 1724.46億 four times, mitrade's 172.4 billion, jiemian's 172.5 billion",
  "Tencent Holdings", "revenue", "2024 Q4",
  "172.4 rounds 172.446: rounding. 172.5 is not a rounding of 172.446 (which rounds to 172.4): conflict with each, and "
  "with 172.4.", ms)
ms = [
    F("tcn", 3, "(US$24 billion)", 24e9, U, vt="24 billion"),
    F("tcn", 4, "(US$23.9 billion)", 23.9e9, U, vt="23.9 billion"),
]
G("tcn_q4_rev_usd", TCN, "Q4 2024 revenue in dollars: US$24 billion against US$23.9 billion", "Tencent Holdings",
  "revenue (USD)", "2024 Q4", "24 rounds 23.9: rounding.", ms)
ms = [
    F("tcn", 2, "an increase of 11%", 11, PC),
    F("tcn", 3, "up 11% YoY", 11, PC),
    F("tcn", 4, "up 11% year on year", 11, PC),
    F("tcn", 6, "同比增長11%", 11, PC),
    F("tcn", 7, "同比增長11%", 11, PC),
]
G("tcn_q4_rev_growth", TCN, "Growth of Q4 2024 revenue: 11% five times", "Tencent Holdings",
  "revenue, year-on-year growth", "2024 Q4", "Consistent.", ms)
ms = [
    F("tcn", 3, "RMB 194.1 billion", 194.1e9, Y),
    F("tcn", 4, "68% to 194.1 billion yuan", 194.1e9, Y),
    F("tcn", 6, "應占盈利1940.73億元", 1940.73e8, Y),
    F("tcn", 8, "归母净利润达1,941 亿元", 1941e8, Y, vt="1,941 亿"),
    F("tcn", 9, "净利润19407亿", 19407e8, Y),
    F("tcn", 5, "全年净利润达1,964.67亿元", 1964.67e8, Y, basis="total"),
]
G("tcn_np_2024", TCN, "Tencent's 2024 profit attributable to equity holders: 1940.73億 against 194.1 billion twice and 1,941亿; sdjxyggl's title '19407亿'; 93dd's 1,964.67亿 is the profit for the year",
  "Tencent Holdings", "profit attributable to equity holders (IFRS net profit)", "2024",
  "194.1 billion = 1,941亿, both round 1940.73億: rounding. sdjxyggl's '19407亿' is ten times the figure: conflict "
  "with each. 93dd's 1,964.67亿 is the profit for the year (年度盈利, minority interests included): different_basis, "
  "with auto's verdict as alt (OTHER).", ms, OTHER({"total"}))
ms = [
    F("tcn", 3, "up 68% YoY", 68, PC),
    F("tcn", 4, "net profit surged 68%", 68, PC),
    F("tcn", 6, "比上年增長68%", 68, PC),
    F("tcn", 8, "及68%", 68, PC),
    F("tcn", 9, "同比大涨68%", 68, PC),
    F("tcn", 5, "同比大增66%", 66, PC, basis="total"),
]
G("tcn_np_growth_2024", TCN, "Growth of the 2024 attributable profit: 68% five times; 93dd's 66% for the profit for the year",
  "Tencent Holdings", "profit attributable to equity holders, year-on-year growth", "2024",
  "Consistent; 93dd's 66% (profit for the year): different_basis with conflict as alt (OTHER).", ms, OTHER({"total"}))
ms = [
    F("tcn", 5, "非国际财务报告准则净利润2,227.03亿元", 2227.03e8, Y),
    F("tcn", 6, "2227.03億元", 2227.03e8, Y),
    F("tcn", 8, "净利润增至2,227 亿元", 2227e8, Y, vt="2,227 亿"),
    F("tcn", 9, "2227亿元", 2227e8, Y),
]
G("tcn_nonifrs_np_2024", TCN, "Non-IFRS attributable profit 2024: 2,227.03亿 twice against 2,227亿 twice", "Tencent Holdings",
  "non-IFRS profit attributable to equity holders", "2024", "2,227 rounds 2,227.03: rounding.", ms)
ms = [
    F("tcn", 5, "增41%", 41, PC),
    F("tcn", 6, "同比增41%", 41, PC),
    F("tcn", 8, "增幅41%", 41, PC),
    F("tcn", 9, "同比增长41%", 41, PC),
]
G("tcn_nonifrs_np_growth_2024", TCN, "Its growth: 41% four times", "Tencent Holdings",
  "non-IFRS attributable profit, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("tcn", 4, "30% to 55.3 billion yuan", 55.3e9, Y, basis="amb"),
    F("tcn", 6, "應占盈利553.1億元", 553.1e8, Y),
    F("tcn", 3, "RMB 51.3 billion", 51.3e9, Y, basis="ifrs"),
]
G("tcn_q4_nonifrs_np", TCN, "Q4 2024 net profit: jiemian's unqualified 'net profit' 55.3 billion against hcjjw's non-IFRS 553.1億 and mitrade's IFRS 51.3 billion",
  "Tencent Holdings", "profit attributable to equity holders (non-IFRS; mitrade's IFRS apart)", "2024 Q4",
  "55.3 billion rounds 553.1億: rounding. jiemian says only 'net profit' (its full-year 'net profit' 194.1 is the IFRS "
  "figure): against mitrade's 'Net profit (IFRS)' 51.3, conflict as written with different_basis as alt (audit). "
  "IFRS against non-IFRS: different_basis.", ms,
  V(basis("amb"), basis("a"), R), V(basis("amb"), basis("ifrs"), (C, D)))
ms = [
    F("tcn", 4, "Net profit jumped 30%", 30, PC, basis="amb"),
    F("tcn", 6, "同比增長30%", 30, PC),
    F("tcn", 3, "up 90% YoY", 90, PC, basis="ifrs"),
]
G("tcn_q4_nonifrs_np_growth", TCN, "Its growth: 30% twice; mitrade's IFRS net profit up 90%", "Tencent Holdings",
  "profit attributable to equity holders, growth", "2024 Q4",
  "Consistent; jiemian's unqualified 30% against mitrade's IFRS 90%: conflict with different_basis as alt (audit).", ms,
  V(basis("amb"), basis("a"), K), V(basis("amb"), basis("ifrs"), (C, D)))
ms = [
    F("tcn", 1, "RMB237.8 billion", 237.8e9, Y),
    F("tcn", 2, "237.811 billion yuan", 237.811e9, Y),
    F("tcn", 7, "經營盈利為2378.11億元", 2378.11e8, Y),
]
G("tcn_nonifrs_op_2024", TCN, "Non-IFRS operating profit 2024: 237.811 billion / 2378.11億 against the release's 237.8 billion",
  "Tencent Holdings", "non-IFRS operating profit", "2024", "237.8 rounds 237.811: rounding.", ms)
ms = [
    F("tcn", 1, "operating profit: +24% YoY", 24, PC),
    F("tcn", 1, "up 24% YoY", 24, PC),
    F("tcn", 2, "up 24% year-on-year", 24, PC),
    F("tcn", 7, "同比增長24%", 24, PC),
]
G("tcn_nonifrs_op_growth_2024", TCN, "Its growth: 24% four times", "Tencent Holdings", "non-IFRS operating profit, growth",
  "2024", "Consistent.", ms)
ms = [
    F("tcn", 2, "59.475 billion yuan", 59.475e9, Y),
    F("tcn", 7, "經營盈利為594.75億元", 594.75e8, Y),
]
G("tcn_q4_nonifrs_op", TCN, "Q4 2024 non-IFRS operating profit: 59.475 billion = 594.75億", "Tencent Holdings",
  "non-IFRS operating profit", "2024 Q4", "Consistent.", ms)
ms = [
    F("tcn", 2, "up 21% year-on-year", 21, PC),
    F("tcn", 7, "同比增長21%", 21, PC),
]
G("tcn_q4_nonifrs_op_growth", TCN, "Its growth: 21% twice", "Tencent Holdings", "non-IFRS operating profit, growth",
  "2024 Q4", "Consistent.", ms)
ms = [
    F("tcn", 1, "gross profit: +19% YoY", 19, PC),
    F("tcn", 1, "up 19% YoY", 19, PC),
    F("tcn", 8, "分别录得19%", 19, PC),
]
G("tcn_gp_growth_2024", TCN, "Growth of 2024 gross profit: 19% three times", "Tencent Holdings",
  "gross profit, year-on-year growth", "2024", "Consistent.", ms)
ms = [
    F("tcn", 2, "70.69 billion yuan", 70.69e9, Y),
    F("tcn", 6, "研發投入707億元", 707e8, Y),
    F("tcn", 6, "研發投入達706.9億元", 706.9e8, Y),
    F("tcn", 7, "研發投入達706.9億元", 706.9e8, Y),
    F("tcn", 9, "研发开支707亿元", 707e8, Y),
]
G("tcn_rnd_2024", TCN, "Tencent's 2024 R&D spending: 70.69 billion / 706.9億 three times against 707億 twice (once as hcjjw's own heading)",
  "Tencent Holdings", "R&D expenditure", "2024",
  "707 rounds 706.9: rounding (hcjjw's heading against its own text: rounding inside one page, consistent as alt).", ms)
ms = [
    F("tcn", 2, "340.3 billion yuan", 340.3e9, Y),
    F("tcn", 7, "累計投入達3403億元", 3403e8, Y),
]
G("tcn_rnd_7y", TCN, "Cumulative R&D over seven years: 340.3 billion = 3403億", "Tencent Holdings",
  "cumulative R&D expenditure", "seven years to 2024", "Consistent.", ms)
ms = [
    F("tcn", 2, "at least 80 billion Hong Kong dollars", 80e9, HK, q="at_least"),
    F("tcn", 5, "至少回购800亿港元", 800e8, HK, q="at_least"),
    F("tcn", 7, "至少800億港元", 800e8, HK, q="at_least"),
]
G("tcn_buyback_2025", TCN, "Planned 2025 share buybacks: at least HK$80 billion three times", "Tencent Holdings",
  "share repurchases (plan)", "2025", "Consistent.", ms)
ms = [
    F("tcn", 2, "about 41 billion Hong Kong dollars", 41e9, HK, q="approx"),
    F("tcn", 5, "全年派息约410亿港元", 410e8, HK, q="approx"),
    F("tcn", 7, "約410 億港元", 410e8, HK, q="approx", vt="410 億"),
    F("tcn", 9, "全年派息320亿港元", 320e8, HK, basis="paid2024"),
]
G("tcn_dividend_total", TCN, "Total cash dividend proposed for 2024 (paid 2025): about HK$41 billion three times; sdjxyggl's HK$32 billion paid in 2024",
  "Tencent Holdings", "total cash dividend", "for 2024 (payable 2025)",
  "Consistent. sdjxyggl's '全年派息320亿港元' is the dividend paid during 2024: different_basis, conflict as alt (OTHER).",
  ms, OTHER({"paid2024"}))
ms = [
    F("tcn", 2, "increased by 32%", 32, PC, basis="total"),
    F("tcn", 7, "現金紅利增加32%", 32, PC, basis="total"),
    F("tcn", 5, "(同比增32%)", 32, PC),
    F("tcn", 9, "再增32%", 32, PC),
]
G("tcn_dividend_growth", TCN, "Dividend increase: 32% (total cash dividends on futunn / hcjjw, the dividend per share on 93dd / sdjxyggl)",
  "Tencent Holdings", "dividend, year-on-year increase", "for 2024", "Same value: consistent.", ms,
  V(basis("total"), basis("a"), K))
ms = [
    F("tcn", 2, "at least 121 billion", 121e9, HK, q="at_least", vt="121 billion"),
    F("tcn", 7, "最少達1210億港元", 1210e8, HK, q="at_least"),
]
G("tcn_returns_2025", TCN, "Total shareholder returns planned for 2025: at least HK$121 billion = 1210億 twice (audit: were two singles)",
  "Tencent Holdings", "total shareholder returns (plan: dividends and buybacks)", "2025", "Consistent.", ms)
ms = [
    F("tcn", 5, "每股4.50港元", 4.50, HK),
    F("tcn", 9, "每股4.5港元", 4.5, HK),
]
G("tcn_dps", TCN, "Final dividend per share: HK$4.50 = 4.5", "Tencent Holdings", "final dividend per share", "for 2024",
  "Consistent.", ms)
ms = [
    F("tcn", 5, "回购约1,120亿港元", 1120e8, HK, q="approx"),
    F("tcn", 9, "回购1120亿港元股份", 1120e8, HK),
]
G("tcn_buyback_2024", TCN, "Share buybacks in 2024: HK$1,120亿 twice", "Tencent Holdings", "share repurchases", "2024",
  "Consistent.", ms)
ms = [
    F("tcn", 6, "突破767億元", 767e8, Y, q="over"),
    F("tcn", 9, "至767亿元", 767e8, Y),
]
G("tcn_capex_2024", TCN, "2024 capital expenditure: 767亿 twice (once 'over')", "Tencent Holdings", "capital expenditure",
  "2024", "Consistent.", ms)
ms = [
    F("tcn", 6, "同比增長221%", 221, PC),
    F("tcn", 9, "同比激增221%", 221, PC),
]
G("tcn_capex_growth_2024", TCN, "Its growth: 221% twice", "Tencent Holdings", "capital expenditure, growth", "2024",
  "Consistent.", ms)
ms = [
    F("tcn", 4, "rose 7% to 319.2 billion yuan", 319.2e9, Y),
    F("tcn", 8, "全年收入3,192 亿元", 3192e8, Y, vt="3,192 亿"),
    F("tcn", 9, "全年收入3192亿元", 3192e8, Y),
]
G("tcn_vas_2024", TCN, "Value-added services revenue 2024: 319.2 billion / 3,192亿 three times", "Tencent Holdings (VAS)",
  "segment revenue", "2024", "Consistent.", ms)
ms = [
    F("tcn", 4, "which includes gaming, rose 7%", 7, PC),
    F("tcn", 8, "(+7%),其中", 7, PC),
    F("tcn", 9, "同比增长7%", 7, PC),
]
G("tcn_vas_growth_2024", TCN, "Its growth: 7% three times", "Tencent Holdings (VAS)", "segment revenue, growth", "2024",
  "Consistent.", ms)
ms = [
    F("tcn", 4, "to 139.7 billion yuan", 139.7e9, Y),
    F("tcn", 8, "至1,397亿元", 1397e8, Y),
    F("tcn", 9, "**1397亿元**", 1397e8, Y),
]
G("tcn_domgames_2024", TCN, "Domestic games revenue 2024: 139.7 billion / 1,397亿 three times", "Tencent (domestic games)",
  "revenue", "2024", "Consistent.", ms)
ms = [
    F("tcn", 4, "domestic gaming revenue grew 10%", 10, PC),
    F("tcn", 8, "游戏收入增长10%", 10, PC),
    F("tcn", 9, "同比增长10%。", 10, PC),
]
G("tcn_domgames_growth_2024", TCN, "Its growth: 10% three times", "Tencent (domestic games)", "revenue growth", "2024",
  "Consistent.", ms)
ms = [
    F("tcn", 4, "climbed 9% to 58 billion yuan", 58e9, Y),
    F("tcn", 8, "游戏收入580 亿元", 580e8, Y, vt="580 亿"),
]
G("tcn_intlgames_2024", TCN, "International games revenue 2024: 58 billion = 580亿", "Tencent (international games)",
  "revenue", "2024", "Consistent.", ms)
ms = [
    F("tcn", 4, "Overseas gaming revenue climbed 9%", 9, PC),
    F("tcn", 8, "(+9%)", 9, PC),
]
G("tcn_intlgames_growth_2024", TCN, "Its growth: 9% twice", "Tencent (international games)", "revenue growth", "2024",
  "Consistent.", ms)
ms = [
    F("tcn", 8, "社交网络收入1,215亿元", 1215e8, Y),
    F("tcn", 10, "1215", 1215e8, Y, mult=1e8),
]
G("tcn_social_2024", TCN, "Social networks revenue 2024: 1,215亿 twice", "Tencent (social networks)", "revenue", "2024",
  "Consistent.", ms)
ms = [
    F("tcn", 8, "(+2%)", 2, PC),
    F("tcn", 10, "2.5%", 2.5, PC),
]
G("tcn_social_growth_2024", TCN, "Its growth: inews' 2% against 51haodu's 2.5%", "Tencent (social networks)",
  "revenue growth", "2024", "2 rounds 2.5 (at the edge): rounding.", ms)
ms = [
    F("tcn", 4, "20% to 121.4 billion yuan", 121.4e9, Y),
    F("tcn", 8, "至1,214亿元", 1214e8, Y),
    F("tcn", 10, "1314", 1314e8, Y, mult=1e8, q="over"),
]
G("tcn_ads_2024", TCN, "Marketing services (online advertising) revenue 2024: 121.4 billion = 1,214亿 against 51haodu's 'over 1314亿'",
  "Tencent (marketing services / online advertising)", "revenue", "2024",
  "'Over 1314' does not hold 1,214: conflict with both (a 1 for a 2).", ms)
ms = [
    F("tcn", 4, "revenue rising 20%", 20, PC),
    F("tcn", 8, "同比增长20%", 20, PC),
    F("tcn", 10, "19.6%", 19.6, PC),
]
G("tcn_ads_growth_2024", TCN, "Its growth: 20% twice against 19.6%", "Tencent (marketing services)", "revenue growth",
  "2024", "20 rounds 19.6: rounding.", ms)
ms = [
    F("tcn", 4, "to 212 billion yuan", 212e9, Y),
    F("tcn", 8, "企业服务收入2,120亿元", 2120e8, Y),
]
G("tcn_fintech_2024", TCN, "FinTech and business services revenue 2024: 212 billion = 2,120亿", "Tencent (FinTech and business services)",
  "revenue", "2024", "Consistent.", ms)
ms = [
    F("tcn", 4, "a 4% increase", 4, PC),
    F("tcn", 8, "(+4%)", 4, PC),
]
G("tcn_fintech_growth_2024", TCN, "Its growth: 4% twice", "Tencent (FinTech and business services)", "revenue growth",
  "2024", "Consistent.", ms)
ms = [
    F("tcn", 3, "Value-Added Services: +7%", 7, PC),
    F("tcn", 5, "收入同比增7%", 7, PC),
    F("tcn", 6, "同比增長14%", 14, PC),
]
G("tcn_q4_vas_growth", TCN, "Q4 2024 value-added services growth: hcjjw's 14% against 7% on mitrade ('grew in Q4') and 93dd (under its Q4 line)",
  "Tencent (VAS)", "revenue growth", "2024 Q4",
  "7 against 14: conflict (mitrade and 93dd give the full-year rate under a Q4 heading).", ms)
ms = [
    F("tcn", 3, "Advertising: +20%", 20, PC),
    F("tcn", 5, "大幅增长20%", 20, PC),
    F("tcn", 6, "同比增長17%", 17, PC),
    F("tcn", 10, "17.5%", 17.5, PC),
]
G("tcn_q4_ads_growth", TCN, "Q4 2024 advertising growth: 17% and 17.5% against 20% on mitrade and 93dd",
  "Tencent (marketing services)", "revenue growth", "2024 Q4",
  "17 rounds 17.5 (at the edge): rounding. 20 against 17 / 17.5: conflict.", ms)
ms = [
    F("tcn", 3, "Business Services: +4%", 4, PC),
    F("tcn", 5, "收入同比增4%", 4, PC),
    F("tcn", 6, "同比增長3%", 3, PC),
]
G("tcn_q4_fintech_growth", TCN, "Q4 2024 FinTech growth: hcjjw's 3% against 4% on mitrade and 93dd",
  "Tencent (FinTech and business services)", "revenue growth", "2024 Q4", "4 against 3: conflict.", ms)
ms = [
    F("tcn", 6, "營銷服務收入350億元", 350e8, Y),
    F("tcn", 10, "350", 350e8, Y, mult=1e8),
]
G("tcn_q4_ads", TCN, "Q4 2024 advertising revenue: 350亿 twice", "Tencent (marketing services)", "revenue", "2024 Q4",
  "Consistent.", ms)
ms = [
    F("tcn", 3, "EPS (IFRS): RMB 20.938", 20.938, Y),
    F("tcn", 8, "至20.938 元", 20.938, Y),
]
G("tcn_eps_2024", TCN, "2024 basic EPS: RMB 20.938 twice", "Tencent Holdings", "basic earnings per share", "2024",
  "Consistent.", ms)
# tcn singles and non-claims
NC("tcn", 1, "FY2024Financial", "date")
NC("tcn", 1, "[1]", "footnote_marker")
NC("tcn", 1, "[2]", "footnote_marker")
S("tcn", 1, "(USD48.6 billion)", vt="48.6 billion", value=48.6e9, unit=U)
S("tcn", 1, "RMB349.2 billion", vt="349.2 billion", value=349.2e9, unit=Y)
S("tcn", 1, "(USD33.1 billion)", vt="33.1 billion", value=33.1e9, unit=U)
S("tcn", 1, "increased to 36%", value=36, unit=PC)
S("tcn", 1, "from 32% last year", value=32, unit=PC)
NC("tcn", 2, "On March 19th", "date")
S("tcn", 3, "(US$27 billion)", vt="27 billion", value=27e9, unit=U)
S("tcn", 3, "estimates of RMB 168.9 billion", value=168.9e9, unit=Y)
S("tcn", 3, "(US$7.1 billion)", vt="7.1 billion", value=7.1e9, unit=U)
S("tcn", 3, "EPS (IFRS): RMB 5.597", value=5.597, unit=Y)
S("tcn", 3, "Others: +44%", value=44, unit=PC)
S("tcn", 4, "contributed 197.7 billion yuan", value=197.7e9, unit=Y)
S("tcn", 4, "nearly 30% of total", value=30, unit=PC, q="under")
NC("tcn", 4, "with Q4 ad", "date")
S("tcn", 4, "jumping 60% year on year", value=60, unit=PC)
NC("tcn", 5, "1. 收入", "list_number")
NC("tcn", 5, "(2023", "date", nth=1)
NC("tcn", 5, "(2023", "date", nth=2)
S("tcn", 5, "为6,090.15亿元", value=6090.15e8, unit=Y)
S("tcn", 5, "环比增长3%", value=3, unit=PC)
S("tcn", 5, "本土游戏增长10%", value=10, unit=PC)
NC("tcn", 5, "2. 利润", "list_number")
S("tcn", 5, "全年毛利率为53%", value=53, unit=PC)
S("tcn", 5, "年48%)", value=48, unit=PC)
NC("tcn", 5, "3. 股东", "list_number")
NC("tcn", 6, "3月19日", "date")
S("tcn", 6, "增值服務收入790.2億元", value=790.2e8, unit=Y)
S("tcn", 6, "服務收入561.3億元", value=561.3e8, unit=Y)
NC("tcn", 7, "3月19日", "date")
NC("tcn", 7, "7年累計", "duration")
S("tcn", 8, "经营盈利为2,081 亿元", vt="2,081 亿", value=2081e8, unit=Y)
S("tcn", 8, "同比增长30%", value=30, unit=PC)
S("tcn", 8, "同比增长72%", value=72, unit=PC)
S("tcn", 8, "增至13.85 亿", vt="13.85 亿", value=13.85e8, unit=CNT)
S("tcn", 8, "(+3%)", value=3, unit=PC)
S("tcn", 8, "月活5.24 亿", vt="5.24 亿", value=5.24e8, unit=CNT)
S("tcn", 8, "(-5%)", value=-5, unit=PC)
S("tcn", 8, "会员数2.62亿", value=2.62e8, unit=CNT)
S("tcn", 8, "(+7%)。视频号", value=7, unit=PC)
NC("tcn", 9, "2.资本", "list_number")
NC("tcn", 9, "3.AI", "list_number")
S("tcn", 9, "(占比49%)", value=49, unit=PC)
NC("tcn", 10, "24Q4", "date", nth=1)
NC("tcn", 10, "24Q4", "date", nth=2)
S("tcn", 10, "298", value=298e8, unit=Y, mult=1e8)
S("tcn", 10, "5.7%", value=5.7, unit=PC)
NC("tcn", 10, "2025", "date", nth=1)
NC("tcn", 10, "2025", "date", nth=2)

# ============================================================ Nvidia fiscal 2025
ms = [
    F("nvd", 1, "reaching $39.3 billion", 39.3e9, U),
    F("nvd", 2, "revenue totaled $39.3bn", 39.3e9, U, vt="$39.3bn", step=1e8),
    F("nvd", 3, "revenue of $39.3 billion", 39.3e9, U),
    F("nvd", 4, "Total Revenue is $39.331 billion", 39.331e9, U),
    F("nvd", 4, "Total $35,580", 35580e6, U, mult=1e6),
    F("nvd", 5, "营收达到 393.3 亿美元", 393.3e8, U, vt="393.3 亿"),
    F("nvd", 7, "营收为 393 亿美元", 393e8, U, vt="393 亿"),
    F("nvd", 8, "公司营收393亿美元", 393e8, U),
    F("nvd", 9, "总营收393.31亿美元", 393.31e8, U),
    F("nvd", 12, "營收達 393.3 億美元", 393.3e8, U, vt="393.3 億"),
]
G("nvd_q4_rev", NVD, "Nvidia's Q4 FY2025 revenue: $39.331 billion / 393.31亿, 393.3亿 twice, $39.3 billion / 393亿 five times; the blog table's 'Total $35,580' (million)",
  "Nvidia", "revenue", "fiscal 2025 Q4 (quarter to 26 January 2025)",
  "39.3 / 393亿 round 393.3亿 and 39.331; 393.3 rounds 39.331: rounding. urbanmusicblog's table row 'Total $35,580' "
  "repeats the data-centre figure as the total: conflict with every other figure, its own summary's $39.331 billion "
  "included.", ms)
ms = [
    F("nvd", 1, "78% year-over-year", 78, PC),
    F("nvd", 2, "and 78 percent", 78, PC),
    F("nvd", 3, "growth of 78%", 78, PC),
    F("nvd", 4, "up 78% YoY", 78, PC),
    F("nvd", 4, "$18,404 78%", 78, PC, vt="78%"),
    F("nvd", 5, "增长了 78%", 78, PC),
    F("nvd", 7, "较去年同期增长 78%", 78, PC),
    F("nvd", 8, "同比增长78%", 78, PC),
    F("nvd", 9, "同比增长78%", 78, PC),
    F("nvd", 12, "年增 77.9%", 77.9, PC),
]
G("nvd_q4_rev_growth", NVD, "Year-on-year growth of Q4 FY2025 revenue: 78% on nine pages against cmoney's 77.9%", "Nvidia",
  "revenue, year-on-year growth", "fiscal 2025 Q4", "78 rounds 77.9: rounding.", ms)
ms = [
    F("nvd", 1, "up 12% sequentially", 12, PC),
    F("nvd", 2, "up 12 percent", 12, PC),
    F("nvd", 4, "Up 12% QoQ", 12, PC),
    F("nvd", 7, "较上一季度增长 12%", 12, PC),
    F("nvd", 12, "季增 12.1%", 12.1, PC),
    F("nvd", 9, "环比增长94%", 94, PC),
]
G("nvd_q4_rev_seq", NVD, "Sequential growth of Q4 FY2025 revenue: 12% four times, cmoney's 12.1%, mmssai's 94%", "Nvidia",
  "revenue, quarter-on-quarter growth", "fiscal 2025 Q4",
  "12 rounds 12.1: rounding. mmssai's 环比增长94% is no rounding of either: conflict.", ms)
ms = [
    F("nvd", 1, "soared to $130.5 billion", 130.5e9, U),
    F("nvd", 2, "totaled $130.5bn", 130.5e9, U, vt="$130.5bn", step=1e8),
    F("nvd", 4, "$130.497 billion", 130.497e9, U),
    F("nvd", 8, "全年营收1305亿美元", 1305e8, U),
    F("nvd", 9, "达1305亿美元", 1305e8, U),
    F("nvd", 9, "突破1000亿美元", 1000e8, U, q="over"),
]
G("nvd_fy_rev", NVD, "Nvidia's fiscal 2025 revenue: $130.5 billion / 1305亿 four times against $130.497 billion; 'over 1000亿'",
  "Nvidia", "revenue", "fiscal 2025", "130.5 rounds 130.497: rounding; 'over 1000亿' holds all: consistent.", ms)
ms = [
    F("nvd", 1, "a 114% increase", 114, PC),
    F("nvd", 2, "up 114 percent", 114, PC),
    F("nvd", 4, "(up 114% YoY)", 114, PC),
    F("nvd", 8, "同比暴增114%", 114, PC),
    F("nvd", 8, "同比翻倍增长114%", 114, PC),
    F("nvd", 9, "较上年同期增长114%", 114, PC),
]
G("nvd_fy_rev_growth", NVD, "Growth of fiscal 2025 revenue: 114% six times", "Nvidia", "revenue, year-on-year growth",
  "fiscal 2025", "Consistent.", ms)
ms = [
    F("nvd", 1, "contributing $35.6 billion", 35.6e9, U),
    F("nvd", 2, "totaling $35.6bn", 35.6e9, U, vt="$35.6bn", step=1e8),
    F("nvd", 3, "generated $35.6 billion", 35.6e9, U),
    F("nvd", 4, "Datacenter $35,580", 35580e6, U, mult=1e6),
    F("nvd", 5, "营收达到 355.8 亿美元", 355.8e8, U, vt="355.8 亿"),
    F("nvd", 6, "贡献355.8亿美元", 355.8e8, U),
    F("nvd", 6, "数据中心 | 355.8", 355.8e8, U, mult=1e8),
    F("nvd", 7, "356 亿美元", 356e8, U, vt="356 亿"),
    F("nvd", 8, "营收356亿美元", 356e8, U),
    F("nvd", 10, "356亿美元", 356e8, U),
    F("nvd", 11, "達356 億美元", 356e8, U, vt="356 億"),
]
G("nvd_q4_dc_rev", NVD, "Data-centre revenue in Q4 FY2025: $35,580 million = 355.8亿 on four pages against $35.6 billion / 356亿 on seven",
  "Nvidia (data centre)", "segment revenue", "fiscal 2025 Q4", "35.6 billion = 356亿, both round 355.8亿: rounding.", ms)
ms = [
    F("nvd", 1, "93% year-over-year", 93, PC),
    F("nvd", 2, "up 93 percent", 93, PC),
    F("nvd", 4, "$18,404 93%", 93, PC, vt="93%"),
    F("nvd", 5, "同比增长了 93%", 93, PC),
    F("nvd", 6, "达到93.32%", 93.32, PC),
    F("nvd", 6, "+93.32%", 93.32, PC),
    F("nvd", 7, "较去年同期增长 93%", 93, PC),
    F("nvd", 8, "同比增长93%", 93, PC),
    F("nvd", 10, "同比增长93%", 93, PC),
    F("nvd", 11, "同比增長93%", 93, PC),
]
G("nvd_q4_dc_growth", NVD, "Year-on-year growth of Q4 data-centre revenue: 93% on eight pages against souki's 93.32% (twice)",
  "Nvidia (data centre)", "segment revenue, year-on-year growth", "fiscal 2025 Q4", "93 rounds 93.32: rounding.", ms)
ms = [
    F("nvd", 1, "growing 16% sequentially", 16, PC),
    F("nvd", 2, "up 16 percent", 16, PC),
    F("nvd", 7, "较上一季度增长 16%", 16, PC),
    F("nvd", 10, "环比增长16%", 16, PC),
    F("nvd", 11, "環比增長16%", 16, PC),
]
G("nvd_q4_dc_seq", NVD, "Sequential growth of Q4 data-centre revenue: 16% five times", "Nvidia (data centre)",
  "segment revenue, quarter-on-quarter growth", "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 1, "(90.6% of total revenue)", 90.6, PC),
    F("nvd", 5, "占总营收的 90.5%", 90.5, PC),
    F("nvd", 6, "超过90%", 90, PC, q="over"),
    F("nvd", 8, "贡献了总营收的90.5%", 90.5, PC),
]
G("nvd_q4_dc_share", NVD, "Data centre's share of Q4 FY2025 revenue: 90.5% twice against boursorama's 90.6%; souki's 'over 90%'",
  "Nvidia (data centre)", "share of total revenue", "fiscal 2025 Q4",
  "90.5 against 90.6 (both to 0.1): conflict. 'Over 90' holds both: consistent.", ms)
ms = [
    F("nvd", 2, "revenues of $115.2 billion", 115.2e9, U),
    F("nvd", 5, "全年的收入为 1151.9 亿美元", 1151.9e8, U, vt="1151.9 亿"),
    F("nvd", 8, "全年数据中心收入1152亿美元", 1152e8, U),
    F("nvd", 10, "1152亿美元", 1152e8, U),
    F("nvd", 11, "達1152 億美元", 1152e8, U, vt="1152 億"),
]
G("nvd_fy_dc_rev", NVD, "Fiscal 2025 data-centre revenue: 1151.9亿 against $115.2 billion / 1152亿 four times", "Nvidia (data centre)",
  "segment revenue", "fiscal 2025", "115.2 billion = 1152亿, both round 1151.9亿: rounding.", ms)
ms = [
    F("nvd", 2, "a 142 percent increase", 142, PC),
    F("nvd", 5, "同比增长 142%", 142, PC),
    F("nvd", 8, "同比增幅高达142%", 142, PC),
    F("nvd", 10, "(同比增长142%", 142, PC),
    F("nvd", 11, "增長142%", 142, PC),
]
G("nvd_fy_dc_growth", NVD, "Its growth: 142% five times", "Nvidia (data centre)", "segment revenue, growth", "fiscal 2025",
  "Consistent.", ms)
ms = [
    F("nvd", 5, "净利润为 220.9 亿美元", 220.9e8, U, vt="220.9 亿"),
    F("nvd", 7, "净利润为 220.9 亿美元", 220.9e8, U, vt="220.9 亿"),
    F("nvd", 9, "季度净利润220.91亿美元", 220.91e8, U),
]
G("nvd_q4_np", NVD, "Q4 FY2025 GAAP net income: 220.9亿 twice against 220.91亿", "Nvidia", "net income (GAAP)",
  "fiscal 2025 Q4", "220.9 rounds 220.91: rounding.", ms)
ms = [
    F("nvd", 5, "同比增长 80%", 80, PC),
    F("nvd", 7, "较去年同期增长 80%", 80, PC),
    F("nvd", 9, "同比增长80%", 80, PC),
    F("nvd", 3, "profit growth of 71%", 71, PC),
]
G("nvd_q4_np_growth", NVD, "Year-on-year growth of Q4 net income: 80% three times against capernaum's 'profit growth of 71%'",
  "Nvidia", "net income, year-on-year growth", "fiscal 2025 Q4",
  "71 against 80: conflict as written (71% is the growth of non-GAAP EPS).", ms)
ms = [
    F("nvd", 7, ",较上一季度增长 14%", 14, PC, nth=1),
    F("nvd", 9, "环比增长14%", 14, PC),
]
G("nvd_q4_np_seq", NVD, "Sequential growth of Q4 net income: 14% twice", "Nvidia", "net income, quarter-on-quarter growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 1, "Q4 GAAP EPS of $0.89", 0.89, U, vt="$0.89"),
    F("nvd", 4, "GAAP EPS $0.89 (up 82%", 0.89, U, vt="$0.89"),
    F("nvd", 7, "(GAAP)摊薄后每股收益为 0.89", 0.89, U),
]
G("nvd_q4_eps_gaap", NVD, "Q4 FY2025 GAAP diluted EPS: $0.89 three times", "Nvidia", "diluted EPS (GAAP)", "fiscal 2025 Q4",
  "Consistent.", ms)
ms = [
    F("nvd", 1, "(82% YoY growth)", 82, PC),
    F("nvd", 4, "(up 82% YoY", 82, PC),
    F("nvd", 7, "增长 82%", 82, PC),
]
G("nvd_q4_eps_gaap_growth", NVD, "Its growth: 82% three times", "Nvidia", "GAAP EPS, growth", "fiscal 2025 Q4",
  "Consistent.", ms)
ms = [
    F("nvd", 4, "up 14% QoQ", 14, PC),
    F("nvd", 7, "较上一季度增长 14%", 14, PC, nth=2),
]
G("nvd_q4_eps_gaap_seq", NVD, "Its sequential growth: 14% twice", "Nvidia", "GAAP EPS, quarter-on-quarter growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 4, "Non-GAAP EPS $0.89", 0.89, U, vt="$0.89"),
    F("nvd", 5, "每股收益是 0.89 美元", 0.89, U),
    F("nvd", 7, "(Non-GAAP)摊薄后每股收益为 0.89", 0.89, U),
    F("nvd", 8, "(EPS)0.89美元", 0.89, U),
    F("nvd", 9, "(EPS)为0.89美元", 0.89, U),
]
G("nvd_q4_eps_adj", NVD, "Q4 FY2025 non-GAAP (adjusted) EPS: $0.89 five times", "Nvidia", "diluted EPS (non-GAAP)",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 4, "up 71% YoY", 71, PC),
    F("nvd", 7, "增长 71%", 71, PC),
    F("nvd", 8, "同比增长71%", 71, PC),
    F("nvd", 9, "同比增长71%", 71, PC),
]
G("nvd_q4_eps_adj_growth", NVD, "Its growth: 71% four times", "Nvidia", "non-GAAP EPS, growth", "fiscal 2025 Q4",
  "Consistent.", ms)
ms = [
    F("nvd", 4, "up 10% QoQ", 10, PC),
    F("nvd", 7, "增长 10%", 10, PC),
]
G("nvd_q4_eps_adj_seq", NVD, "Its sequential growth: 10% twice", "Nvidia", "non-GAAP EPS, quarter-on-quarter growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 5, "平均预期的 0.84 美元", 0.84, U),
    F("nvd", 8, "市场预期的0.84美元", 0.84, U),
]
G("nvd_q4_eps_consensus", NVD, "Analysts' expected Q4 EPS: $0.84 twice", "Nvidia", "expected adjusted EPS (consensus)",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 4, "GAAP Gross Margin is at 73.0%", 73.0, PC),
    F("nvd", 7, "73%", 73, PC),
    F("nvd", 1, "approximately 71%", 71, PC, q="approx"),
]
G("nvd_q4_gm_gaap", NVD, "Q4 FY2025 GAAP gross margin: 73% twice against boursorama's 'approximately 71%'", "Nvidia",
  "gross margin (GAAP)", "fiscal 2025 Q4", "'About 71' (70.5-71.5) does not hold 73: conflict.", ms)
ms = [
    F("nvd", 4, "Non-GAAP Gross Margin is at 73.5%", 73.5, PC),
    F("nvd", 9, "调整后毛利率为73.5%", 73.5, PC),
]
G("nvd_q4_gm_adj", NVD, "Q4 FY2025 non-GAAP gross margin: 73.5% twice", "Nvidia", "gross margin (non-GAAP)",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 3, "estimates of $38.1 billion", 38.1e9, U, basis="capernaum"),
    F("nvd", 8, "分析师预期的382.5亿美元", 382.5e8, U),
    F("nvd", 9, "分析师预期382.5亿美元", 382.5e8, U),
    F("nvd", 12, "市場預期的 381.6 億美元", 381.6e8, U, vt="381.6 億", basis="cmoney"),
]
G("nvd_q4_rev_consensus", NVD, "Analysts' expected Q4 revenue: 382.5亿 twice, capernaum's $38.1 billion, cmoney's 381.6億",
  "Nvidia", "expected revenue (consensus)", "fiscal 2025 Q4",
  "Different polls of one expectation: different values are different_basis, with auto's verdict (conflict) as alt.",
  ms, EITHER)
ms = [
    F("nvd", 1, "$43 billion for Q1", 43e9, U),
    F("nvd", 3, "approximately $43 billion", 43e9, U, q="approx"),
]
G("nvd_q1_guide", NVD, "Revenue guidance for Q1 FY2026: about $43 billion twice", "Nvidia", "revenue guidance",
  "fiscal 2026 Q1", "Consistent.", ms)
ms = [
    F("nvd", 1, "Gaming revenue declined to $2.5 billion", 2.5e9, U),
    F("nvd", 4, "Gaming $2,544", 2544e6, U, mult=1e6),
    F("nvd", 5, "达到 25.4 亿美元", 25.4e8, U, vt="25.4 亿"),
    F("nvd", 6, "游戏 | 25.44", 25.44e8, U, mult=1e8),
    F("nvd", 10, "游戏: 25亿美元", 25e8, U),
    F("nvd", 11, "收入爲25 億美元", 25e8, U, vt="25 億"),
]
G("nvd_q4_gaming", NVD, "Q4 FY2025 gaming revenue: $2,544 million = 25.44亿 against 25.4亿 and $2.5 billion / 25亿 three times",
  "Nvidia (gaming)", "segment revenue", "fiscal 2025 Q4",
  "2.5 billion = 25亿 rounds 25.4 and 25.44; 25.4 rounds 25.44: rounding.", ms)
ms = [
    F("nvd", 1, "-11% YoY", -11, PC),
    F("nvd", 4, "$2,865 -11%", -11, PC, vt="-11%"),
    F("nvd", 5, "同比下滑了 11%", -11, PC),
    F("nvd", 6, "-11%", -11, PC),
    F("nvd", 10, "同比下降11%", -11, PC),
    F("nvd", 11, "同比下降11%", -11, PC),
]
G("nvd_q4_gaming_growth", NVD, "Its year-on-year change: -11% six times", "Nvidia (gaming)", "segment revenue, growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 1, "(-22% QoQ", -22, PC),
    F("nvd", 10, "环比下降22%", -22, PC),
    F("nvd", 11, "環比下降22%", -22, PC),
]
G("nvd_q4_gaming_seq", NVD, "Its sequential change: -22% three times", "Nvidia (gaming)", "segment revenue, q-o-q growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 4, "Professional Visualization $511", 511e6, U, mult=1e6),
    F("nvd", 6, "专业可视化 | 5.11", 5.11e8, U, mult=1e8),
    F("nvd", 10, "专业可视化: 5.11亿美元", 5.11e8, U),
    F("nvd", 11, "收入爲5.11 億美元", 5.11e8, U, vt="5.11 億"),
]
G("nvd_q4_provis", NVD, "Q4 FY2025 professional visualization revenue: $511 million / 5.11亿 four times", "Nvidia (professional visualization)",
  "segment revenue", "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 4, "$463 10%", 10, PC, vt="10%"),
    F("nvd", 6, "+10%", 10, PC),
    F("nvd", 10, "同比增长10%", 10, PC),
    F("nvd", 11, "同比增長10%", 10, PC),
]
G("nvd_q4_provis_growth", NVD, "Its growth: 10% four times", "Nvidia (professional visualization)", "segment revenue growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 10, "环比增长5%", 5, PC),
    F("nvd", 11, "環比增長5%", 5, PC),
]
G("nvd_q4_provis_seq", NVD, "Its sequential growth: 5% twice", "Nvidia (professional visualization)", "q-o-q growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 4, "Automotive $570", 570e6, U, mult=1e6),
    F("nvd", 6, "汽车/机器人 | 5.70", 5.70e8, U, mult=1e8),
    F("nvd", 8, "部门收入5.7亿美元", 5.7e8, U),
    F("nvd", 10, "汽车和机器人: 5.7亿美元", 5.7e8, U),
    F("nvd", 11, "收入爲5.70 億美元", 5.70e8, U, vt="5.70 億"),
]
G("nvd_q4_auto", NVD, "Q4 FY2025 automotive and robotics revenue: $570 million / 5.7亿 five times", "Nvidia (automotive and robotics)",
  "segment revenue", "fiscal 2025 Q4", "Consistent (5.7 = 5.70).", ms)
ms = [
    F("nvd", 4, "$281 103%", 103, PC, vt="103%"),
    F("nvd", 6, "+103%", 103, PC),
    F("nvd", 8, "同比增长103%", 103, PC),
    F("nvd", 10, "同比增长103%", 103, PC),
    F("nvd", 11, "同比增長103%", 103, PC),
]
G("nvd_q4_auto_growth", NVD, "Its growth: 103% five times", "Nvidia (automotive and robotics)", "segment revenue growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 10, "环比增长27%", 27, PC),
    F("nvd", 11, "環比增長27%", 27, PC),
]
G("nvd_q4_auto_seq", NVD, "Its sequential growth: 27% twice", "Nvidia (automotive and robotics)", "q-o-q growth",
  "fiscal 2025 Q4", "Consistent.", ms)
ms = [
    F("nvd", 5, "全年的游戏收入为 113.5 亿美元", 113.5e8, U, vt="113.5 亿"),
    F("nvd", 11, "達114 億美元", 114e8, U, vt="114 億"),
]
G("nvd_fy_gaming", NVD, "Fiscal 2025 gaming revenue: 113.5亿 against 114億", "Nvidia (gaming)", "segment revenue",
  "fiscal 2025", "114 rounds 113.5: rounding.", ms)
ms = [
    F("nvd", 5, "同比增长了 9%", 9, PC),
    F("nvd", 11, "收入增長9%", 9, PC),
]
G("nvd_fy_gaming_growth", NVD, "Its growth: 9% twice", "Nvidia (gaming)", "segment revenue growth", "fiscal 2025",
  "Consistent.", ms)
ms = [
    F("nvd", 5, "全年营收为 18.8 亿美元", 18.8e8, U, vt="18.8 亿"),
    F("nvd", 11, "達19 億美元", 19e8, U, vt="19 億"),
]
G("nvd_fy_provis", NVD, "Fiscal 2025 professional visualization revenue: 18.8亿 against 19億", "Nvidia (professional visualization)",
  "segment revenue", "fiscal 2025", "19 rounds 18.8: rounding.", ms)
ms = [
    F("nvd", 5, "同比增长 21%", 21, PC),
    F("nvd", 11, "收入增長21%", 21, PC),
]
G("nvd_fy_provis_growth", NVD, "Its growth: 21% twice", "Nvidia (professional visualization)", "segment revenue growth",
  "fiscal 2025", "Consistent.", ms)
ms = [
    F("nvd", 5, "全年营收为 16.9 亿美元", 16.9e8, U, vt="16.9 亿"),
    F("nvd", 11, "達17 億美元", 17e8, U, vt="17 億"),
]
G("nvd_fy_auto", NVD, "Fiscal 2025 automotive revenue: 16.9亿 against 17億", "Nvidia (automotive and robotics)",
  "segment revenue", "fiscal 2025", "17 rounds 16.9: rounding.", ms)
ms = [
    F("nvd", 5, "同比增长 55%", 55, PC),
    F("nvd", 11, "收入增長55%", 55, PC),
]
G("nvd_fy_auto_growth", NVD, "Its growth: 55% twice", "Nvidia (automotive and robotics)", "segment revenue growth",
  "fiscal 2025", "Consistent.", ms)
ms = [
    F("nvd", 5, "贡献了 110 亿美元", 110e8, U, vt="110 亿"),
    F("nvd", 8, "(四季度交付110亿美元)", 110e8, U),
]
G("nvd_q4_blackwell", NVD, "Blackwell sales in Q4 FY2025: 110亿 twice", "Nvidia (Blackwell chips)", "sales",
  "fiscal 2025 Q4", "Consistent.", ms)
# audit: the gross-margin changes urbanmusicblog writes in 'bps' (its own figures, 76.0 -> 73.0, are percentage
# points) against the same changes in 个百分点 on 51haodu and mmssai: as written 0.03 against 3 points, conflict; a unit
# slip, so different_basis is defensible (alt).
for gid, desc, a, b in [
    ("nvd_q4_gm_gaap_yoy", "Year-on-year change of Q4 GAAP gross margin: the blog's 'down 3.0 bps' against 51haodu's 下降 3 个百分点",
     F("nvd", 4, "(down 3.0 bps YoY", -0.03, PP, vt="3.0", mult=-0.01),
     F("nvd", 7, "下降 3 个百分点", -3, PP)),
    ("nvd_q4_gm_gaap_qoq", "Sequential change of Q4 GAAP gross margin: the blog's 'down 1.6 bps QoQ' against 51haodu's 下降 1.6 个百分点",
     F("nvd", 4, "down 1.6 bps QoQ", -0.016, PP, vt="1.6", mult=-0.01),
     F("nvd", 7, "下降 1.6 个百分点", -1.6, PP)),
    ("nvd_q4_gm_adj_yoy", "Year-on-year change of Q4 non-GAAP gross margin: the blog's 'down 3.2 bps' against mmssai's 下降3.2个百分点",
     F("nvd", 4, "(down 3.2 bps", -0.032, PP, vt="3.2", mult=-0.01),
     F("nvd", 9, "下降3.2个百分点", -3.2, PP)),
]:
    G(gid, NVD, desc, "Nvidia", "gross margin, change (percentage points)", "fiscal 2025 Q4",
      "0.03 / 0.016 / 0.032 points (bps as written) against 3 / 1.6 / 3.2 points: conflict as written, different_basis "
      "as alt (the blog's 'bps' is a slip for points).", [a, b], V(ANY_, ANY_, (C, D)))

# nvd singles and non-claims
NC("nvd", 1, "Q4 FY2025", "date")
NC("nvd", 1, "in Q4, growing", "date")
S("nvd", 1, "(9.4% sequential growth)", vt="9.4%", value=9.4, unit=PC)
NC("nvd", 1, "Q1 FY2026", "date")
NC("nvd", 1, "RTX 50", "name")
S("nvd", 1, "just 6.4% of total", value=6.4, unit=PC)
NC("nvd", 2, "gb200", "name")
S("nvd", 3, "forecasts of $33.5 billion", value=33.5e9, unit=U)
S("nvd", 3, "estimates of $42.7 billion", value=42.7e9, unit=U)
S("nvd", 4, "down 1.5 bps QoQ", vt="1.5", value=-0.015, unit=PP, mult=-0.01)
NC("nvd", 4, "(in Millions)", "page_furniture")
NC("nvd", 4, "Segment Fiscal Q4 2025", "date")
NC("nvd", 4, "Fiscal Q4 2024 %", "date")
S("nvd", 4, "$35,580 $18,404", vt="$18,404", value=18404e6, unit=U, mult=1e6, nth=1)
S("nvd", 4, "$2,865", value=2865e6, unit=U, mult=1e6)
S("nvd", 4, "$463", value=463e6, unit=U, mult=1e6)
S("nvd", 4, "$281", value=281e6, unit=U, mult=1e6)
S("nvd", 4, "OEM & Other $126", vt="$126", value=126e6, unit=U, mult=1e6)
S("nvd", 4, "$90", value=90e6, unit=U, mult=1e6)
S("nvd", 4, "40%", value=40, unit=PC)
S("nvd", 4, "Total $35,580 $18,404", vt="$18,404", value=18404e6, unit=U, mult=1e6)
NC("nvd", 5, "北京时间 2 月 27 日", "date")
S("nvd", 5, "上涨超过 3%", value=3, unit=PC, q="over")
NC("nvd", 5, "英伟达在 2025 财年的第四财季(Q4 FY25)交出", "date")
NC("nvd", 5, "英伟达 2025 财年第四财季的成绩单", "date")
NC("nvd", 5, "。2025 财年第四财季(Q4 FY25)的", "date")
NC("nvd", 5, "RTX 40", "name")
NC("nvd", 6, "Q4营收", "date")
NC("nvd", 7, "2025 年 1 月 26 日", "date")
S("nvd", 7, "(351 亿美元)", vt="351 亿", value=351e8, unit=U)
S("nvd", 8, "全年营收9500亿", value=9500e8, unit=Y)
NC("nvd", 8, "2月26日", "date")
NC("nvd", 8, "截至2025年1月26日", "date")
S("nvd", 8, "净利润728.8亿美元", value=728.8e8, unit=U)
S("nvd", 8, "同比飙升145%", value=145, unit=PC)
S("nvd", 9, "调整后同比增长72%", value=72, unit=PC)
S("nvd", 9, "净利润达742.65亿美元", value=742.65e8, unit=U)
S("nvd", 9, "增长130%", value=130, unit=PC)
S("nvd", 9, "毛利率75.5%", value=75.5, unit=PC)
S("nvd", 9, "上涨1.7个百分点", value=1.7, unit=PP)
S("nvd", 9, "EPS2.99美元", vt="2.99", value=2.99, unit=U)
S("nvd", 9, "营收171.08亿美元", value=171.08e8, unit=U)
S("nvd", 9, "前一年103.06亿美元", value=103.06e8, unit=U)
S("nvd", 9, "增长66%", value=66, unit=PC)
S("nvd", 9, "53%的收入", value=53, unit=PC)
NC("nvd", 10, "H100", "name")
NC("nvd", 11, "2. 細分", "list_number")
NC("nvd", 11, "(1)", "list_number")
NC("nvd", 11, "(2)", "list_number")
NC("nvd", 11, "(3)", "list_number")
NC("nvd", 11, "(4)", "list_number")
S("nvd", 12, "381.2 億美元", vt="381.2 億", value=381.2e8, unit=U)
S("nvd", 12, "3.2%,也", value=3.2, unit=PC)
S("nvd", 12, "3.1%", value=3.1, unit=PC)

# years and period labels that date no keyed figure on their line (page titles, headings, comparison bases)
NC("xmi", 4, "its 2024 annual", "date")
NC("xmi", 6, "2024年,伴隨", "date")
NC("xmi", 8, "召开的2024年", "date")
NC("xmi", 9, "並成為 2024 年", "date")
NC("tcn", 3, "FY2024 Financial Highlights", "date")
NC("tcn", 3, "Q4 2024 Financial Highlights", "date")
NC("tcn", 3, "grew in Q4", "date")
NC("tcn", 6, "發布2024年度", "date")
NC("tcn", 9, "腾讯发布2024财报", "date")
NC("tcn", 9, "根据腾讯2024年财报", "date")
NC("nvd", 2, "from Q3 2025", "date")
NC("nvd", 2, "FY24,", "date")  # audit: comparison base
NC("tcn", 1, "2023.", "date")  # audit: comparison base ('up 8% over 2023')
NC("xmi", 11, "较2024年", "date")  # audit: comparison base
NC("nvd", 5, "公布了 2025 财年第四财季的财报", "date")
NC("nvd", 12, "輝達FY25Q4大放異彩", "date")
NC("nvd", 12, "輝達FY25Q4營運", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh62.toml", "corpus-fresh62")
