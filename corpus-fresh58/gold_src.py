"""Hand annotation of corpus-fresh58, written as data; emits gold.d/fresh58.toml (then run
corpus/check_gold.py --dir corpus-fresh58 --build).

Three news / business-statistics domains: data-centre electricity consumption / 数据中心用电量 / 數據中心用電量
(2024 global use 415 TWh on five pages against globechart's 'roughly 460'; share 1.5% against 1.7%; 2030 945 TWh;
2022 (with crypto and AI) 约460 TWh; `dce-*`), bitcoin mining hashrate shares by country / 比特币算力占比 /
比特幣算力佔比 (US August 2021 35.4% against 35%; Kazakhstan 18.1 against 18; Russia 11.2 against 11; China 2019 75.5
against 75; China in CCAF's early-2022 data 22.29 against 21.11; the first CCAF map 65.08 / 65 / 65%以上; `btc-*`)
and China's bicycle industry and exports / 中国自行车出口 (2020 exports 60.297 million = 6029.7万; Jan-Sept 2020
41.66 million = 4166万; 2020 whole-industry output 117 million against 11653.6万; Q1 2021 e-bike output 7.081 million
against 7.08 million; `bke-*`).

Every mention carries a basis tag. Pair verdicts: explicit entries win; otherwise a different basis is
different_basis, the same basis and the same value consistent; every same-basis pair with different values gets a
verdict from `auto` (corpus/goldrules.py). Values as written: 万/萬 = 1e4, 亿/億 = 1e8; TWh kept in terawatt_hour,
shares in percent, bikes as counts.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KIT = HERE.parent / "corpus"
sys.path.insert(0, str(_KIT if (_KIT / "goldkit.py").exists() else Path("/work/main/corpus")))
import goldkit  # noqa: E402
from goldsrc import C, D, K, emit  # noqa: E402  (the shared kit: corpus/goldsrc.py)
from goldkit import CNT, PC, ERRS, load  # noqa: E402  (its helpers: corpus/goldkit.py)
import goldrules  # noqa: E402  (the rules the fresh keys share: corpus/goldrules.py)
from goldrules import NC, OTHER, F, G, S, V, basis, val  # noqa: E402

load(HERE)

goldrules.install()

DCE, BTC, BKE = "data-centre-electricity", "bitcoin-hashrate-by-country", "china-bicycle-industry"
TWH, USD, CNY, EHS = "terawatt_hour", "USD", "CNY", "EH/s"

# ============================================================ data-centre electricity
ms = [
    F("dce", 2, "Data centres consumed about 415 terawatt-hours in 2024", 415, TWH, q="approx"),
    F("dce", 3, "an estimated 415 terawatt-hours of electricity in 2024", 415, TWH),
    F("dce", 4, "consumed roughly 460 TWh of electricity in 2024", 460, TWH, q="approx"),
    F("dce", 5, "estimated to be around 415 TWh", 415, TWH, q="approx"),
    F("dce", 6, "数据中心电力需求 415TWH", 415, TWH),
    F("dce", 7, "2024年的消耗量為415太瓦時", 415, TWH),
]
G("dce_global_2024_twh", DCE, "Global data-centre electricity consumption in 2024: 415 TWh on five pages against globechart's 'roughly 460'",
  "data centres worldwide", "electricity consumption", "2024",
  "415 (IEA, Energy and AI) and 'about 415' agree. 'Roughly 460' (455-465) holds none of the 415s: conflict "
  "(460 TWh is the IEA's 2022 figure for data centres, crypto and AI together, here given for 2024).", ms)
ms = [
    F("dce", 2, "roughly 1.5 percent of the world electricity", 1.5, PC, q="approx"),
    F("dce", 3, "about 1.5% of global electricity use", 1.5, PC, q="approx"),
    F("dce", 4, "about 1.7% of global power demand", 1.7, PC, q="approx"),
    F("dce", 5, "about 1.5 per cent of global consumption", 1.5, PC, q="approx"),
    F("dce", 6, "约占全球电力需求的 1.5%", 1.5, PC, q="approx"),
    F("dce", 7, "約占全球總用電量的1.5%", 1.5, PC, q="approx"),
]
G("dce_share_2024_pc", DCE, "Data centres' share of world electricity use in 2024: about 1.5% on five pages against globechart's 'about 1.7%'",
  "data centres worldwide", "share of global electricity consumption", "2024",
  "'About 1.7' and 'about 1.5' (ranges 1.65-1.75 and 1.45-1.55) do not meet: conflict.", ms)
ms = [
    F("dce", 1, "reaching approximately 945 terawatt-hours", 945, TWH, q="approx"),
    F("dce", 2, "climb to around 945 terawatt-hours by 2030", 945, TWH, q="approx"),
    F("dce", 3, "roughly 945 TWh by 2030", 945, TWH, q="approx"),
    F("dce", 5, "by 2030 to around 945 terawatt-hours", 945, TWH, q="approx"),
    F("dce", 6, "达到约 945 太瓦时", 945, TWH, q="approx"),
    F("dce", 7, "數(shù)據(jù)中心將需要945太瓦時", 945, TWH),
    F("dce", 11, "2030 年達到約 945 太瓦時", 945, TWH, q="approx"),
]
G("dce_global_2030_twh", DCE, "Projected global data-centre electricity consumption in 2030 (IEA base case): 945 TWh on seven pages",
  "data centres worldwide", "electricity consumption (IEA projection)", "2030", "Consistent.", ms)
ms = [
    F("dce", 2, "just under 3 percent of global consumption", 3, PC, q="under"),
    F("dce", 3, "just under 3% of total global consumption", 3, PC, q="under"),
]
G("dce_share_2030_pc", DCE, "Projected share of world electricity in 2030: 'just under 3%' twice", "data centres worldwide",
  "share of global electricity consumption (IEA projection)", "2030", "Consistent.", ms)
ms = [
    F("dce", 8, "2022年用電量約460TWh", 460, TWH, q="approx"),
    F("dce", 9, "consumed about 460 TWh of electricity worldwide in 2022", 460, TWH, q="approx"),
]
G("dce_global_2022_twh", DCE, "Electricity use of data centres, cryptocurrencies and AI in 2022 (IEA Electricity 2024): about 460 TWh twice",
  "data centres, cryptocurrencies and AI worldwide", "electricity consumption", "2022", "Consistent.", ms)
ms = [
    F("dce", 8, "約占全球電力需求總量2%", 2, PC, q="approx"),
    F("dce", 9, "almost 2% of total", 2, PC, q="under"),
]
G("dce_share_2022_pc", DCE, "Share of world electricity demand in 2022 (data centres, crypto and AI): 约2% and 'almost 2%'",
  "data centres, cryptocurrencies and AI worldwide", "share of global electricity demand", "2022",
  "约2 and 'almost 2' meet: consistent.", ms)
# dce-01 (2023 figures: a different period from the 2024 ones)
S("dce", 1, "consumed an estimated 415 terawatt-hours", value=415, unit=TWH)
S("dce", 1, "approximately 1.6 percent", value=1.6, unit=PC, q="approx")
S("dce", 1, "between 800 and 1,050 terawatt-hours", vt="800", value=800, unit=TWH)
S("dce", 1, "and 1,050 terawatt-hours by 2030", vt="1,050", value=1050, unit=TWH)
S("dce", 1, "consumed approximately 200 terawatt-hours in 2023", value=200, unit=TWH, q="approx")
NC("dce", 1, "In 2023, data centres", "date")
NC("dce", 1, "terawatt-hours in 2023. New", "date")
# dce-02
S("dce", 2, "by about 15 percent per year", value=15, unit=PC, q="approx")
S("dce", 2, "rising about 12 percent annually", value=12, unit=PC, q="approx")
NC("dce", 2, "since 2017", "date")
# dce-03
S("dce", 3, "rise by around 240 TWh", value=240, unit=TWH, q="approx")
S("dce", 3, "an increase of about 130%", value=130, unit=PC, q="approx")
S("dce", 3, "grow by roughly 175 TWh", value=175, unit=TWH, q="approx")
S("dce", 3, "(up 170%)", value=170, unit=PC)
S("dce", 3, "more than 45 TWh", value=45, unit=TWH, q="over")
S("dce", 3, "(up 70%)", value=70, unit=PC)
# dce-05, 06, 07, 08
NC("dce", 5, " date 2025-04-13", "date")
NC("dce", 6, "趋势预测2025-12-4", "date")
NC("dce", 6, "在 2024 年世界互联网大会", "date")
NC("dce", 7, "4月10日,國際", "date")
S("dce", 7, "占服務器電力需求的24%", value=24, unit=PC)
S("dce", 7, "總能源需求的15%", value=15, unit=PC)
S("dce", 7, "當前能源消耗的85%", value=85, unit=PC)
S("dce", 7, "將占5%左右", value=5, unit=PC, q="approx")
S("dce", 7, "將占20%以上", value=20, unit=PC, q="over")
S("dce", 8, "提升至620~1,050TWh", vt="620", value=620, unit=TWH)
S("dce", 8, "620~1,050TWh(如圖一)", vt="1,050", value=1050, unit=TWH)
NC("dce", 8, "一、資料中心", "list_number")
# dce-10 (iteamtexas, 财华香港网)
S("dce", 10, "超过8,000座资料中心", value=8000, unit=CNT, q="over")
S("dce", 10, "约33%在美国", value=33, unit=PC, q="approx")
S("dce", 10, "16%在欧洲", value=16, unit=PC)
S("dce", 10, "近10%在中国", value=10, unit=PC, q="under")
S("dce", 10, "该国总电力32%", value=32, unit=PC)
S("dce", 10, "在2022年为17%", value=17, unit=PC)
NC("dce", 10, "到了2026年", "date")
S("dce", 10, "爱尔兰目前有82座", value=82, unit=CNT)
S("dce", 10, "有14座正在建设", value=14, unit=CNT)
S("dce", 10, "另有40座", value=40, unit=CNT)
NC("dce", 10, "未来3年", "duration")

# ============================================================ bitcoin hashrate shares
ms = [
    F("btc", 1, "China controlled around 75% of the global bitcoin hashrate in September, 2019", 75, PC, q="approx"),
    F("btc", 5, "as high as 75% in 2019", 75, PC),
    F("btc", 6, "而在2019年曾高达75%", 75, PC),
    F("btc", 9, "a whopping 75.5 percent", 75.5, PC),
    F("btc", 12, "在去年 9 月甚至佔了全世界的 75.5%", 75.5, PC, basis="sep2020"),
    F("btc", 12, "比高峯期 75.5%", 75.5, PC, basis="sep2020"),
]
G("btc_china_2019_pc", BTC, "China's share of the bitcoin hashrate at its 2019 peak (September 2019, CCAF): 75.5% against 75% twice and 'around 75'",
  "China", "share of global bitcoin hashrate", "2019 (September, the CCAF peak)",
  "75 rounds 75.5: rounding. 'Around 75' (74.5-75.5) holds 75.5: consistent. unwire (July 2021) dates its 75.5% "
  "'去年 9 月' (September 2020 as written; its '高峯期 75.5%' is the same figure): different_basis, auto's verdict as alt "
  "(OTHER).", ms, OTHER({"sep2020"}))
ms = [
    F("btc", 5, "from 44% in May", 44, PC),
    F("btc", 6, "5月份的44%", 44, PC),
    F("btc", 13, "所占份额从44%降至零", 44, PC),
]
G("btc_china_may2021_pc", BTC, "China's hashrate share in May 2021: 44% three times", "China", "share of global bitcoin hashrate",
  "May 2021", "Consistent. vuink's '44% this April' is a different month (btc_china_apr2021_pc).", ms)
ms = [
    F("btc", 1, "dropped to 44% this April", 44, PC),
    F("btc", 12, "佔有率已經下跌至 46%", 46, PC),
]
G("btc_china_apr2021_pc", BTC, "China's hashrate share in April 2021: vuink's 44% against unwire's 46%", "China",
  "share of global bitcoin hashrate", "April 2021", "44 against 46 (both whole percent): conflict.", ms)
ms = [
    F("btc", 1, "rose from 17% in April", 17, PC),
    F("btc", 12, "從 4.1% 增加至 16.8%", 16.8, PC),
    F("btc", 13, "从4月的17%", 17, PC),
]
G("btc_us_apr2021_pc", BTC, "US hashrate share in April 2021: 17% twice against unwire's 16.8%", "United States",
  "share of global bitcoin hashrate", "April 2021", "17 rounds 16.8: rounding.", ms)
ms = [
    F("btc", 1, "increased from 8% to", 8, PC),
    F("btc", 12, "從 1.4% 提升至 8.2%", 8.2, PC),
]
G("btc_kz_apr2021_pc", BTC, "Kazakhstan's hashrate share in April 2021: vuink's 8% against unwire's 8.2%", "Kazakhstan",
  "share of global bitcoin hashrate", "April 2021", "8 rounds 8.2: rounding.", ms)
ms = [
    F("btc", 1, "to 35% in August", 35, PC),
    F("btc", 13, "升至8月的35%", 35, PC),
    F("btc", 2, "accounting for 35.4% of global mining activity", 35.4, PC),
    F("btc", 5, "accounted for 35.4% of the world's total", 35.4, PC),
    F("btc", 6, "约占全球哈希率的35.4%", 35.4, PC, q="approx"),
    F("btc", 9, "accounting for 35.4 percent", 35.4, PC),
    F("btc", 11, "美国:35.4%", 35.4, PC, basis="wpr2023"),
]
G("btc_us_aug2021_pc", BTC, "US share of the bitcoin hashrate, August 2021 (CCAF): 35.4% four times (once 约) against vuink's 35%; fx168's 35.4% dated 2023 (World Population Review)",
  "United States", "share of global bitcoin hashrate", "August 2021",
  "35 rounds 35.4: rounding (against agora0's 约35.4 too, by goldrules' hand rule: a coarser plain figure that rounds an 'about' figure it does not hold). "
  "fx168's list is attributed to World Population Review and dated '截至 2023 年' (a different period as written): "
  "different_basis, with auto's verdict as alt (OTHER).", ms, OTHER({"wpr2023"}))
ms = [
    F("btc", 1, "increased from 8% to 18% in the same period", 18, PC),
    F("btc", 13, "达到18%", 18, PC),
    F("btc", 2, "Kazakhstan (18.1%)", 18.1, PC),
    F("btc", 9, "increased to 18.1 percent as of August 2021", 18.1, PC),
    F("btc", 11, "哈萨克斯坦:18.1%", 18.1, PC, basis="wpr2023"),
]
G("btc_kz_aug2021_pc", BTC, "Kazakhstan's hashrate share, August 2021: 18.1% twice against 18%; fx168's 18.1% dated 2023", "Kazakhstan",
  "share of global bitcoin hashrate", "August 2021",
  "18 rounds 18.1: rounding. fx168's (2023, World Population Review): different_basis, alt by auto (OTHER).", ms,
  OTHER({"wpr2023"}))
ms = [
    F("btc", 1, "with an 11% share", 11, PC),
    F("btc", 2, "Russia (11.2%)", 11.2, PC),
    F("btc", 11, "俄罗斯:11.23%", 11.23, PC, basis="wpr2023"),
]
G("btc_ru_aug2021_pc", BTC, "Russia's hashrate share, August 2021: 11.2% against 11%; fx168's 11.23% dated 2023", "Russia",
  "share of global bitcoin hashrate", "August 2021",
  "11 rounds 11.2: rounding. fx168's 11.23 (2023, World Population Review): different_basis with rounding as alt (OTHER).",
  ms, OTHER({"wpr2023"}))
ms = [
    F("btc", 2, "Canada (9.6%)", 9.6, PC),
    F("btc", 11, "加拿大:9.55%", 9.55, PC, basis="wpr2023"),
]
G("btc_ca_aug2021_pc", BTC, "Canada's hashrate share, August 2021: 9.6% against fx168's 9.55% dated 2023", "Canada",
  "share of global bitcoin hashrate", "August 2021",
  "9.6 rounds 9.55; fx168's is dated 2023 and attributed: different_basis with rounding as alt (OTHER).", ms,
  OTHER({"wpr2023"}))
ms = [
    F("btc", 3, "controls 37.84 percent", 37.84, PC),
    F("btc", 4, "United States (37.84%)", 37.84, PC),
    F("btc", 10, "the United States (37.84%)", 37.84, PC),
    F("btc", 11, "从 4.5% 攀升至 37.8%", 37.8, PC),
]
G("btc_us_2022_pc", BTC, "US hashrate share in CCAF's data of January 2022 (the English pages say 'new' / 'latest'): 37.84% three times against fx168's 37.8%",
  "United States", "share of global bitcoin hashrate", "CCAF data release of early 2022 (January 2022)",
  "37.8 rounds 37.84: rounding.", ms)
ms = [
    F("btc", 3, "Georgia is by far the largest mining hub in the United States, accounting for over 30%", 30, PC, vt="30", q="over"),
    F("btc", 11, "2021 年 12 月占全国 30.8%", 30.8, PC),
]
G("btc_us_georgia_pc", BTC, "Georgia's share of the US hashrate (CCAF, December 2021 / 'new data'): 'over 30%' against 30.8%",
  "Georgia (US state)", "share of US bitcoin hashrate", "CCAF state data (December 2021)", "'Over 30' holds 30.8: consistent.", ms)
ms = [
    F("btc", 3, "Texas (11.22 percent)", 11.22, PC),
    F("btc", 11, "德州以 11.2% 的份额", 11.2, PC),
]
G("btc_us_texas_pc", BTC, "Texas' share of the US hashrate: 11.22% against 11.2%", "Texas (US state)", "share of US bitcoin hashrate",
  "CCAF state data (December 2021)", "11.2 rounds 11.22: rounding.", ms)
ms = [
    F("btc", 3, "Kentucky (11.22 percent)", 11.22, PC),
    F("btc", 11, "肯塔基州以 10.9% 的份额", 10.9, PC),
]
G("btc_us_kentucky_pc", BTC, "Kentucky's share of the US hashrate: cryptoshrypto's 11.22% against fx168's 10.9%",
  "Kentucky (US state)", "share of US bitcoin hashrate", "CCAF state data (December 2021)",
  "10.9 is not a rounding of 11.22: conflict (cryptoshrypto's sentence repeats Texas' 11.22 for Kentucky and leaves "
  "'(10.93 percent)' unattached: kept as written).", ms)
ms = [
    F("btc", 3, "with a 22.29 percent share", 22.29, PC),
    F("btc", 4, "China (21.11%)", 21.11, PC),
    F("btc", 10, "China (21.11%)", 21.11, PC),
]
G("btc_china_2022_pc", BTC, "China's hashrate share in the same CCAF data of early 2022: 22.29% against 21.11% twice",
  "China", "share of global bitcoin hashrate", "CCAF data release of early 2022 (January 2022)",
  "22.29 against 21.11 (both to 0.01): conflict. The three pages quote the same release (US 37.84, Kazakhstan 13.22 "
  "on all of them).", ms)
ms = [
    F("btc", 3, "has dropped to 13.22%", 13.22, PC),
    F("btc", 4, "contributed to 13.22%", 13.22, PC),
    F("btc", 10, "with a share of 13.22%", 13.22, PC),
]
G("btc_kz_2022_pc", BTC, "Kazakhstan's hashrate share in CCAF's data of early 2022: 13.22% three times", "Kazakhstan",
  "share of global bitcoin hashrate", "CCAF data release of early 2022 (January 2022)", "Consistent.", ms)
ms = [
    F("btc", 4, "contribution was 24.8 exahashes per second", 24.8, EHS),
    F("btc", 10, "24.8 Eh/s for Kazakhstan", 24.8, EHS),
]
G("btc_kz_2022_ehs", BTC, "Kazakhstan's hashrate in the same data: 24.8 EH/s twice", "Kazakhstan", "hashrate",
  "CCAF data release of early 2022 (January 2022)", "Consistent.", ms)
ms = [
    F("btc", 4, "71 Eh/s and", 71, EHS),
    F("btc", 10, "is 71 Eh/s for the US", 71, EHS),
]
G("btc_us_2022_ehs", BTC, "US hashrate in the same data: 71 EH/s twice", "United States", "hashrate",
  "CCAF data release of early 2022 (January 2022)", "Consistent.", ms)
ms = [
    F("btc", 4, "and 39.6 Eh/s, respectively", 39.6, EHS),
    F("btc", 10, "39.6 Eh/s for China", 39.6, EHS),
]
G("btc_china_2022_ehs", BTC, "China's hashrate in the same data: 39.6 EH/s twice", "China", "hashrate",
  "CCAF data release of early 2022 (January 2022)", "Consistent.", ms)
ms = [
    F("btc", 7, "中國占總算力的 65%", 65, PC),
    F("btc", 7, "佔全球總量的 65.08%", 65.08, PC),
    F("btc", 8, "占全网算力的65%以上", 65, PC, q="over"),
]
G("btc_china_map2020_pc", BTC, "China's share in CCAF's first hashrate map (published May 2020): 65.08% against abmedia's own heading 65% and yeyeya's 65%以上",
  "China", "share of global bitcoin hashrate", "CCAF's first mining map (published May 2020)",
  "The heading's 65 rounds the page's 65.08: rounding inside one page. 65%以上 holds both: consistent.", ms)
ms = [
    F("btc", 7, "第二名美國(7.24%)", 7.24, PC),
    F("btc", 8, "第二名是美国占7.24%", 7.24, PC),
]
G("btc_us_map2020_pc", BTC, "US share in the first CCAF map: 7.24% twice", "United States", "share of global bitcoin hashrate",
  "CCAF's first mining map (published May 2020)", "Consistent.", ms)
ms = [
    F("btc", 7, "俄羅斯(6.90%)", 6.90, PC),
    F("btc", 8, "俄罗斯占6.90%", 6.90, PC),
]
G("btc_ru_map2020_pc", BTC, "Russia's share in the first CCAF map: 6.90% twice", "Russia", "share of global bitcoin hashrate",
  "CCAF's first mining map (published May 2020)", "Consistent.", ms)
# audit: the September 2019 starting shares bitcoinleef and unwire both give (singles before the audit)
ms = [
    F("btc", 9, "only 4.1 percent", 4.1, PC),
    F("btc", 12, "從 4.1% 增加", 4.1, PC, basis="sep2020"),
]
G("btc_us_sep2019_pc", BTC, "US hashrate share at China's peak (September 2019): 4.1% twice (unwire's start of '同期', its peak dated '去年 9 月')",
  "United States", "share of global bitcoin hashrate", "September 2019",
  "Same value: consistent. unwire's figure is the start of the period from its peak, which it dates '去年 9 月' "
  "(September 2020 as written): different_basis like its 75.5%, same value consistent (OTHER).", ms, OTHER({"sep2020"}))
ms = [
    F("btc", 9, "just 1.4 percent", 1.4, PC),
    F("btc", 12, "從 1.4% 提升", 1.4, PC, basis="sep2020"),
]
G("btc_kz_sep2019_pc", BTC, "Kazakhstan's hashrate share at China's peak (September 2019): 1.4% twice", "Kazakhstan",
  "share of global bitcoin hashrate", "September 2019",
  "Same value: consistent (unwire's dated as its 75.5%: OTHER, same value consistent).", ms, OTHER({"sep2020"}))
# btc singles and non-claims
NC("btc", 1, "in September, 2019, according", "date")
S("btc", 1, "up from 7% in November", value=7, unit=PC)
NC("btc", 1, "in November, 2020", "date")
S("btc", 2, "Based on the 44% hashrate", value=44, unit=PC)
S("btc", 2, "holding up to 42.7 EH/s", value=42.7, unit=EHS, q="under")
NC("btc", 2, "by August 2021, the US", "date")
S("btc", 3, "(10.93 percent)", value=10.93, unit=PC)
S("btc", 3, "(9.77 percent", value=9.77, unit=PC)
S("btc", 3, "and 7.9 percent, respectively", value=7.9, unit=PC)
S("btc", 3, "accounting for 6.48 percent", value=6.48, unit=PC)
NC("btc", 4, "back in February 2021", "date")
NC("btc", 5, "October 14th", "date")
NC("btc", 6, "14/10/2021 - 10:30", "date")
S("btc", 7, "哈薩克斯坦(6.17%)", value=6.17, unit=PC)
S("btc", 7, "馬來西亞(4.33%)", value=4.33, unit=PC)
S("btc", 7, "伊朗(3.82%)", value=3.82, unit=PC)
S("btc", 7, "總計為 6.5%", value=6.5, unit=PC)
S("btc", 7, "皆不到 1%", value=1, unit=PC, q="under")
NC("btc", 8, "2020年5月发布", "date")
S("btc", 8, "其他国家占比不超过1%", value=1, unit=PC, q="under")
NC("btc", 9, "in September 2019, the Bitcoin", "date")
S("btc", 9, "plummeting to 0%", value=0, unit=PC)
NC("btc", 9, "in the summer of 2021", "date")
NC("btc", 9, "energy in September 2019, referred", "date")
NC("btc", 9, "in September 2019, but after", "date")
# btc-12 (unwire 2021), btc-13 (hasakesitana)
S("btc", 12, "跌至不足 50%", value=50, unit=PC, q="under")
NC("btc", 12, "在今年 4 月", "date")
NC("btc", 13, "参考消息网10月15日", "date")
NC("btc", 13, "网站10月13日", "date")
NC("btc", 13, "今年5月至7月间", "date")
S("btc", 13, "所占份额为3/4", vt="3/4", value=75, unit=PC)
S("btc", 13, "上升10个百分点", value=10, unit="percentage_points")
# btc-11 (fx168)
S("btc", 11, "61.1%。相比之下", value=61.1, unit=PC)
S("btc", 11, "雨季开始时的 55.1%", value=55.1, unit=PC)
S("btc", 11, "同期最低点 9.6%", value=9.6, unit=PC)
NC("btc", 11, "图 19:", "figure_number")
NC("btc", 11, "2)美国", "list_number")
S("btc", 11, "总算力的 38% 以上", value=38, unit=PC, q="over")
NC("btc", 11, "2020 年 1 月至 2022 年 1 月", "date")
S("btc", 11, "从 4.5% 攀升", value=4.5, unit=PC)
NC("btc", 11, "图 20:", "figure_number")
S("btc", 11, "采矿成本为 54,862.05 美元", vt="54,862.05", value=54862.05, unit=USD)
S("btc", 11, "利润为 -24,617.20 美元", vt="-24,617.20", value=-24617.20, unit=USD)
NC("btc", 11, "最昂贵的 10 个州", "rank")
NC("btc", 11, "图 21:", "figure_number")
NC("btc", 11, "挖矿成本 Top10", "rank")
S("btc", 11, "总成本为 14,955.14 美元", vt="14,955.14", value=14955.14, unit=USD)
S("btc", 11, "利润为 15,289.71 美元", vt="15,289.71", value=15289.71, unit=USD)
NC("btc", 11, "图 22:", "figure_number")
NC("btc", 11, "3)全球", "list_number")
NC("btc", 11, "截至 2023 年,主要", "date")
S("btc", 11, "爱尔兰:4.68%", value=4.68, unit=PC)
S("btc", 11, "马来西亚:4.58%", value=4.58, unit=PC)
S("btc", 11, "德国:4.48%", value=4.48, unit=PC)
S("btc", 11, "伊朗:3.1%", value=3.1, unit=PC)
NC("btc", 11, "2019 年,化石燃料", "date")
S("btc", 11, "发电量的 84%", value=84, unit=PC)
S("btc", 11, "水力发电占比 12%", value=12, unit=PC)
S("btc", 11, "贡献不到 2%", value=2, unit=PC, q="under")
S("btc", 11, "该国 70% 以上", value=70, unit=PC, q="over")
S("btc", 11, "由 155 座", value=155, unit=CNT)
NC("btc", 11, "截至 2022 年 1 月 1 日", "date")
NC("btc", 11, "总装机容量达到 2", "truncated")
S("btc", 10, "more than 12 months", value=12, unit="month", q="over")

# ============================================================ China's bicycle industry
ms = [
    F("bke", 1, "China exported 60.297 million bicycles", 60.297e6, CNT, vt="60.297 million"),
    F("bke", 3, "去年中国出口6029.7万辆自行车", 6029.7e4, CNT, vt="6029.7万"),
    F("bke", 4, "去年中国出口6029.7万辆自行车", 6029.7e4, CNT, vt="6029.7万"),
]
G("bke_exports_2020_units", BKE, "China's bicycle exports in 2020: 60.297 million (6029.7万) three times", "China",
  "bicycle exports (units)", "2020", "Consistent.", ms)
ms = [
    F("bke", 1, "up 14.8 percent year-on-year", 14.8, PC),
    F("bke", 3, "同比增长14.8%", 14.8, PC),
    F("bke", 4, "同比增长14.8%", 14.8, PC),
]
G("bke_exports_2020_growth_pc", BKE, "Growth of 2020 bicycle exports: 14.8% three times", "China",
  "bicycle exports, year-on-year growth", "2020", "Consistent.", ms)
ms = [
    F("bke", 1, "expected to produce 80m bikes this year", 80e6, CNT, vt="80m"),
    F("bke", 3, "自行车产量将达到8000万辆", 8000e4, CNT, vt="8000万"),
    F("bke", 4, "自行车产量将达到8000万辆", 8000e4, CNT, vt="8000万"),
    F("bke", 8, "output to reach 80 million units this year", 80e6, CNT, vt="80 million"),
]
G("bke_output_2021_forecast", BKE, "Expected bicycle output in 2021 (China Bicycle Association, May 2021): 80 million four times",
  "China", "bicycle output (forecast)", "2021", "Consistent.", ms)
ms = [
    F("bke", 1, "expected to grow by about 10%", 10, PC, q="approx"),
    F("bke", 3, "自行车出口将实现10%左右的增长", 10, PC, q="approx"),
    F("bke", 4, "自行车出口将实现10%左右的增长", 10, PC, q="approx"),
    F("bke", 8, "grow by around 10 percent", 10, PC, q="approx"),
]
G("bke_exports_2021_growth_forecast_pc", BKE, "Expected growth of exports in 2021: about 10% four times", "China",
  "bicycle (industry) exports, expected growth", "2021", "Consistent.", ms)
ms = [
    F("bke", 1, "produced 7.081 million electric bicycles", 7.081e6, CNT, vt="7.081 million"),
    F("bke", 3, "产量为708.1万辆", 708.1e4, CNT, vt="708.1万"),
    F("bke", 4, "产量为708.1万辆", 708.1e4, CNT, vt="708.1万"),
    F("bke", 8, "to 7.08 million units", 7.08e6, CNT, vt="7.08 million"),
]
G("bke_ebike_q1_2021_units", BKE, "E-bike output of major producers, Q1 2021: 7.081 million (708.1万) three times against people.cn's 7.08 million",
  "China (enterprises above designated size)", "electric bicycle output", "2021 Q1", "7.08 rounds 7.081: rounding.", ms)
ms = [
    F("bke", 1, "up 86.3 percent year on year", 86.3, PC),
    F("bke", 3, "同比增长86.3%", 86.3, PC),
    F("bke", 4, "同比增长86.3%", 86.3, PC),
    F("bke", 8, "soared 86.3 percent", 86.3, PC),
]
G("bke_ebike_q1_2021_growth_pc", BKE, "Growth of Q1 2021 e-bike output: 86.3% four times", "China",
  "electric bicycle output, year-on-year growth", "2021 Q1", "Consistent.", ms)
ms = [
    F("bke", 2, "exported a total of 41.66 million bikes", 41.66e6, CNT, vt="41.66 million"),
    F("bke", 5, "中国自行车出口4166万辆", 4166e4, CNT, vt="4166万"),
    F("bke", 9, "China exported 41.66 million bikes", 41.66e6, CNT, vt="41.66 million"),
]
G("bke_exports_jansep2020_units", BKE, "Bicycle exports January-September 2020: 41.66 million (4166万) three times", "China",
  "bicycle exports (units)", "2020 January-September", "Consistent.", ms)
ms = [
    F("bke", 2, "an increase of 3.9 percent", 3.9, PC),
    F("bke", 5, "同比增长3.9%", 3.9, PC),
    F("bke", 9, "an increase of 3.9 percent", 3.9, PC),
]
G("bke_exports_jansep2020_growth_pc", BKE, "Growth of Jan-Sept 2020 exports in units: 3.9% three times", "China",
  "bicycle exports, year-on-year growth", "2020 January-September", "Consistent.", ms)
ms = [
    F("bke", 2, "expanded 12 percent", 12, PC),
    F("bke", 5, "自行车销量同比增长12%", 12, PC, basis="h1"),
    F("bke", 9, "expanding 12 percent", 12, PC),
]
G("bke_exports_jansep2020_value_growth_pc", BKE, "Growth of Jan-Sept 2020 export value: 12% three times (caijingym garbles it as H1 sales)",
  "China", "bicycle export value, year-on-year growth", "2020 January-September",
  "Consistent (caijingym's '今年上半年,自行车销量' is a garbled rendering of the same figure; same value).", ms)
ms = [
    F("bke", 2, "to $2.43 billion", 2.43e9, USD, vt="2.43 billion"),
    F("bke", 5, "达到24.3亿美元", 24.3e8, USD, vt="24.3亿", basis="h1"),
    F("bke", 9, "to $2.43 billion", 2.43e9, USD, vt="2.43 billion"),
]
G("bke_exports_jansep2020_value_usd", BKE, "Export value January-September 2020: $2.43 billion (24.3亿美元) three times", "China",
  "bicycle export value", "2020 January-September", "Consistent (same value; see the growth group).", ms)
ms = [
    F("bke", 6, "2020年全行业总产量11653.6万辆", 11653.6e4, CNT, vt="11653.6万"),
    F("bke", 7, "production hit 117 million units in 2020", 117e6, CNT, vt="117 million"),
]
G("bke_output_2020_units", BKE, "Whole-industry output in 2020 (bicycles and e-bikes): 11653.6万 against people.cn's 117 million",
  "China (whole bicycle industry)", "output (units)", "2020", "117 million rounds 116.536 million: rounding.", ms)
ms = [
    F("bke", 6, "同比增长15.3%", 15.3, PC),
    F("bke", 7, "growing 15.3 percent", 15.3, PC),
]
G("bke_output_2020_growth_pc", BKE, "Growth of 2020 whole-industry output: 15.3% twice", "China (whole bicycle industry)",
  "output, year-on-year growth", "2020", "Consistent.", ms)
# audit: China's share of world bicycle trade, on two pages (singles before the audit)
ms = [
    F("bke", 6, "全球超过60%", 60, PC, q="over"),
    F("bke", 8, "more than 60 percent of international", 60, PC, q="over"),
]
G("bke_trade_share_pc", BKE, "China's share of international bicycle trade: 'over 60%' twice", "China",
  "share of international bicycle trade volume", "current (undated, both pages)", "Consistent.", ms)
# bke singles and non-claims
NC("bke", 3, "北京5月5日报道", "date")
NC("bke", 3, "今年1至3月", "date")
NC("bke", 4, "今年1至3月", "date")
NC("bke", 5, "1-9月,中国", "date")
S("bke", 6, "营业收入1502.7亿元", vt="1502.7亿", value=1502.7e8, unit=CNY)
S("bke", 6, "同比增长17.6%", value=17.6, unit=PC)
S("bke", 6, "利润61.2亿元", vt="61.2亿", value=61.2e8, unit=CNY)
S("bke", 6, "同比增长11.4%", value=11.4, unit=PC)
S("bke", 6, "出口额78.82亿美元", vt="78.82亿", value=78.82e8, unit=USD)
S("bke", 6, "同比增长23.1%", value=23.1, unit=PC)
S("bke", 6, "大约在3000万辆左右", vt="3000万", value=3000e4, unit=CNT, q="approx")
NC("bke", 6, "2020年总销量", "date")
NC("bke", 7, "the 2021 China Bicycle Industry Conference", "name")
S("bke", 8, "at least 20 million yuan", vt="20 million", value=20e6, unit=CNY, q="over")
S("bke", 8, "about 3.09 million U.S. dollars", vt="3.09 million", value=3.09e6, unit=USD, q="approx")
S("bke", 8, "produced 10.7 million two-wheeled bikes", vt="10.7 million", value=10.7e6, unit=CNT)
S("bke", 8, "surging 70.2 percent", value=70.2, unit=PC)
NC("bke", 8, "since 2020, as cycling", "date")

if ERRS:
    for e in ERRS:
        print("ERR", e, file=sys.stderr)
    sys.exit(1)
emit(HERE / "gold.d" / "fresh58.toml", "corpus-fresh58")
