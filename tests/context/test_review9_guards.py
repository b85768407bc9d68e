"""Review 9: look-alikes of today's rules (4cd7bf8..704950c), written for the review.

Each case states the right reading, as a careful reader would give it. Cases marked xfail (strict) fail today:
the reason says what the rule gives and why it is wrong; the others pass and keep the rule's form (some are
positive cases: the rule fires where it should).
"""
from __future__ import annotations

import pytest

from factcheck.compare import pair_verdict
from factcheck.group import explain, group_claims
from helpers import annotated, frames, xf


def _find(claims, path, text):
    return next(c for c in claims if c.path == path and c.text == text)


def check(x, facet: str, op: str, want) -> bool:
    got = getattr(x, facet)
    if op == "eq":
        return got == want
    if op == "ne":
        return got != want
    if op == "has":
        return want in got
    if op == "lacks":
        return want not in got
    if op == "endswith":
        return bool(got) and got.endswith(want)
    raise ValueError(op)


# -- facets of one figure ---------------------------------------------------------------------------------------------

FACETS = [
    # 6. "the country" / "the nation" / 该国: the country a nationality adjective or place before it names
    ("Data from a Japanese trade group showed the country's car exports rose 16% in 2023 to 4.42 million.\n",
     "4.42 million", "subject", "eq", "Japan"),
    ("2024年，日本汽车出口增长16%，该国汽车出口量达到442万辆。\n", "442万辆", "subject", "eq", "Japan"),
    ("India's economy grew 8.4% in 2024, and the nation's exports rose 5%.\n", "5%", "subject", "eq", "India"),
    # (fixed in review 9: 'the country' / 该国 took the last place named before it, a destination or an origin)
    ("Vietnam's shipments to the United States jumped 25% in 2024, and the country's trade surplus reached "
     "$104 billion.\n", "$104 billion", "subject", "eq", "Vietnam"),
    ("China's imports of Brazilian soybeans rose 10% in 2024, while the country's total soybean imports reached "
     "105 million tonnes.\n", "105 million tonnes", "subject", "eq", "China"),
    ("2024年越南对美国出口增长25%，该国贸易顺差达到1040亿美元。\n", "1040亿美元", "subject", "eq", "Vietnam"),
    ("2024年，越南對美國出口增長25%，該國貿易順差達到1040億美元。\n", "1040億美元", "subject", "eq", "Vietnam"),
    ("2024年，中国进口巴西大豆增长10%，该国大豆进口总量达到1.05亿吨。\n", "1.05亿吨", "subject", "eq", "China"),
    # names.py: a dateline ending in a colon is no part of the object
    ("New Delhi, Feb 27 - India's GDP grew 8.4% in the October-December quarter.\n", "8.4%", "words", "lacks", "feb"),
    # (with a colon too: a dateline opening the block is no word of its first clause, round 32)
    ("New Delhi, Feb 27 : India's GDP grew 8.4% in the October-December quarter.\n", "8.4%", "words", "lacks", "feb"),

    # 3. periods: a compared figure's period, a later modal clause, a base before 'to', 'to reach'
    ("Exports rose 16 percent from a year earlier to 4.42 million units in 2023.\n", "4.42 million", "period", "eq",
     "2023"),
    ("2023年出口量较上年同期增长16%至442万辆。\n", "442万辆", "period", "eq", "2023"),
    ("Sales rose from 4 million in 2022 to 5 million in 2024.\n", "4 million", "period", "eq", "2022"),
    ("Shipments fell 5% to 60 million units in 2024, to the lowest level since 2015.\n", "60 million", "period", "eq",
     "2024"),
    ("2024年第三季度出货量为5000万台，同比增长10%，预计第四季度将继续增长。\n", "5000万台", "period", "eq", "2024-Q3"),
    # (fixed in review 9: _dates_a_compared gave the closing period, set off by a comma, to '45 million' only)
    ("Apple shipped 50 million iPhones, up from 45 million, in the third quarter.\n", "50 million", "period", "eq",
     "?-Q3"),
    ("Battery installations rose 37.9% to 190.9 GWh, compared to the 40.6% seen in the first five months of this "
     "year.\n", "37.9%", "period", "eq", None),
    ("Shipments reached 5 million units, up 10%, in the first quarter, which could signal a recovery.\n", "5 million", "period", "eq", "?-Q1"),
    xf("Revenue fell to $3 billion from $3.5 billion a year earlier, and the company expects a rebound in 2025.\n",
       "$3 billion", "period", "ne", "2025",
       reason="a later clause of what may come ('expects a rebound in 2025') dates the figure: 'expects' is no "
              "modal to _expected_later"),
    xf("Smartphone shipments in the third quarter were 300 million, up 2%, while analysts expect 2025 to be flat.\n",
       "2%", "period", "ne", "2025", reason="'analysts expect 2025' dates the growth before it"),
    ("Analysts said smartphone shipments would climb 4% in 2025 to reach 1.26 billion units.\n", "1.26 billion",
     "basis", "has", "forecast"),
    ("IDC sees shipments, which dropped 3% in 2023, climbing 4% in 2025 to reach 1.26 billion units.\n",
     "1.26 billion", "basis", "has", "forecast"),
    ("Global EV sales, which rose 25% last year, are on track to reach 20 million in 2025.\n", "20 million", "basis",
     "has", "forecast"),
    ("Smartphone shipments dropped 3% in 2023 to reach 1.17 billion units.\n", "1.17 billion", "basis", "lacks",
     "forecast"),
    ("预计2025年全球智能手机出货量将增长4%，达到12.6亿部。\n", "4%", "basis", "has", "forecast"),
    # (the level the forecast change reaches, 达到, keeps the forecast mark its change has)
    ("预计2025年全球智能手机出货量将增长4%，达到12.6亿部。\n", "12.6亿部", "basis", "has", "forecast"),

    # 2. a yearless quarter/half as the reporting period; where a change starts in a borrowed period
    ("今年第三季度\n\n第3季全球智能手机出货量增长5%。\n\n三星出货5800万台。\n", "5800万台", "period", "eq", "?-Q3"),
    ("2024年上半年\n\n全国汽车销量增长6%。\n\n2023年全年销量为3009万辆。\n", "6%", "period", "eq", "2024-H1"),
    ("2024年上半年\n\n全国汽车销量增长6%。\n\n2023年全年销量为3009万辆。\n", "3009万辆", "period", "eq", "2023"),
    ("2024年第三季\n\n失業率在此期間從7.7%下降到7.3%。\n", "7.7%", "period", "eq", "2024-Q2"),
    ("2024年第三季\n\n失業率在此期間從7.7%下降到7.3%。\n", "7.3%", "period", "eq", "2024-Q3"),
    xf("上半年\n\n全國汽車銷量增長6%。\n\n去年全年銷量為3009萬輛。\n", "3009萬輛", "period", "ne", "?-H1",
       reason="去年全年 (last year's total) takes the yearless half of the paragraphs before as its period"),
    xf("第二季财报\n\n台积电第二季营收季增10%。\n\n去年全年营收为2.16万亿元新台币。\n", "2.16万亿元新台币", "period", "ne",
       "?-Q2", reason="去年全年 (last year's total) takes the yearless quarter of the paragraphs before"),
    xf("第三季\n\n全球手机出货量增长5%。\n\n2023年全年出货量为11.7亿部。\n", "5%", "period", "endswith", "Q3",
       reason="a quarter heading with no year: the quarter's growth is dated the later paragraph's full year 2023"),
    xf("Q3 update\n\nGlobal PC shipments rose 5%.\n\nFor all of 2023, shipments totaled 260 million units.\n", "5%",
       "period", "endswith", "Q3",
       reason="a quarter heading with no year: the quarter's growth is dated the later paragraph's full year 2023"),

    # 4. a cause after a figure ends its phrase; a level linked to the change before it
    ("In 2024, US consumers spent $45 billion on premium smartphones.\n", "$45 billion", "topics", "has",
     "smartphone"),
    # (fixed in review 9: 'on higher' of 'higher-end' was read as a cause and cut the object)
    ("In 2024, US consumers spent 20% more on higher-end smartphones.\n", "20%", "topics", "has", "smartphone"),
    xf("The government will spend $5 billion in 2025 on stronger flood defences.\n", "$5 billion", "words", "has",
       "flood", reason="'on stronger' after spending is what the money buys, not a cause: the object is cut"),
    ("China's soybean imports rose 6% to 105 million tonnes in 2024 thanks to lower prices.\n", "105 million tonnes",
     "topics", "has", "soybeans"),
    # (strict xfails until a topic named once in a demand stopped being the page's topic, session of 2026-12-01)
    ("Acme's revenue rose 12% to $3 billion in 2024 on strong demand for its memory chips.\n", "$3 billion",
     "topics", "lacks", "memory"),
    ("Sales rose 10% to $2 billion in 2024 amid a rebound in smartphone demand.\n", "$2 billion", "topics", "lacks",
     "smartphone"),
    ("2024年营收增长12%至30亿美元，主要受存储芯片需求强劲推动。\n", "30亿美元", "topics", "lacks", "memory"),
    # (a strict xfail until the level after 至 read its change's phrase: measure._linked_phrase)
    ("2024年，受需求疲软影响，韩国半导体设备支出下降7%至199亿美元。\n", "199亿美元", "topics", "has", "spending"),
    ("Exports of rice rose 20% in 2024 due to strong demand from Africa.\n", "20%", "subject", "eq", None),
    ("营收季减约7.1%，为97.2亿美元。\n", "97.2亿美元", "topics", "has", "revenue"),
    ("營收季減約7.1%，為97.2億美元。\n", "97.2億美元", "topics", "has", "revenue"),
    ("Revenue fell 7%, to $19.9 billion, in the third quarter of 2024.\n", "$19.9 billion", "period", "eq", "2024-Q3"),

    # 1./9. tables copied out one cell a line; a row of a concept is an object row
    ("2024年销量排名\n品牌\n销量\n同比\n比亚迪\n427万辆\n41%\n特斯拉\n179万辆\n-1%\n吉利\n217万辆\n32%\n", "179万辆",
     "subject", "eq", "Tesla"),
    ("2024年銷量排名\n品牌\n銷量\n同比\n比亞迪\n427萬輛\n41%\n特斯拉\n179萬輛\n-1%\n", "41%", "measure", "eq",
     "growth"),
    ("2024年存储芯片厂商营收排名\n|厂商\n|营收（亿美元）\n|份额\n|三星\n|500\n|40%\n|长江存储\n|50\n|4%\n|美光\n|250\n|20%\n",
     "50", "subject", "eq", "YMTC"),
    ("Global semiconductor equipment ranking, 2024\n|Company\n|Revenue\n|Share\n|Applied Materials\n|$27.2B\n|18%\n"
     "|Screen Semiconductor Solutions\n|$3.5B\n|2%\n|Kokusai Electric\n|$1.6B\n|1%\n", "$3.5B", "subject", "eq",
     "Screen Semiconductor Solutions"),
    # (fixed in review 9: a cell of 亿美元 was no figure to _stacked, the table not read)
    ("2024年全球半导体设备厂商排名\n|厂商\n|营收\n|份额\n|应用材料\n|272亿美元\n|18%\n|中微半导体\n|13亿美元\n|1%\n"
     "|北方华创\n|42亿美元\n|3%\n", "18%", "subject", "eq", "应用材料"),
    xf("2024年全球半导体设备厂商排名\n|厂商\n|营收\n|份额\n|应用材料\n|272亿美元\n|18%\n|中微半导体\n|13亿美元\n|1%\n"
     "|北方华创\n|42亿美元\n|3%\n", "13亿美元", "subject", "eq", "中微半导体",
       reason="row_object: a company the vocabulary does not know whose name holds a concept word (半导体) is "
              "read as a row of a kind of thing: no subject, topic 'chips'"),
    ("Menu\nCoffee\nTea\nCake\nLatte\n$4.50\nMocha\n$4.75\nScone\n$3.25\n", "$4.50", "words", "lacks", "cake"),
    # (round 56 dropped every firm's page topic and this passed; the review showed segments losing theirs, "SK hynix …
    # DRAM revenue", and only the page's own firm drops it now)
    xf("Revenue by segment, 2024\n|Segment\n|Revenue\n|Growth\n|Memory\n|$60B\n|80%\n|Logic\n|$20B\n|5%\n", "$20B",
       "topics", "lacks", "memory", reason="the object row 'Memory' lends 'memory' to the next row ('Logic')"),

    # 7. vocabulary
    ("Samsung's share of the global TV market was 28.3% in 2024.\n", "28.3%", "topics", "has", "tv"),
    ("2024年，全球OLED电视出货量增长50%。\n", "50%", "basis", "has", "OLED"),
    ("Adobe's billings rose 12% to $5.2 billion in 2024.\n", "$5.2 billion", "topics", "has", "revenue"),
    ("Revenue hit an all-time high of $35 billion in 2024.\n", "$35 billion", "words", "lacks", "all-time"),
]


@pytest.mark.parametrize("text, figure, facet, op, want", FACETS)
def test_a_figures_frame(text, figure, facet, op, want):
    assert check(frames(text)[figure].context, facet, op, want)


# -- 5. grouping: a market's money; restatements --------------------------------------------------------------------

@pytest.mark.parametrize("a, fa, b, fb, meet", [
    ("In 2024, Korea's equipment spending fell 7% to $19.9 billion.\n", "$19.9 billion",
     "In 2024, equipment sales to Korea fell 7% to $19.5 billion.\n", "$19.5 billion", True),
    ("2024年，韩国半导体设备支出下降至195亿美元。\n", "195亿美元",
     "In 2024, equipment spending in Korea fell to $19.9 billion.\n", "$19.9 billion", True),
    ("In 2024, Samsung's capital spending was $40 billion.\n", "$40 billion",
     "In 2024, Samsung's sales were $42 billion.\n", "$42 billion", False),
    ("2024年，美国军费开支增至9160亿美元。\n", "9160亿美元", "2024年，美国对外军售增至3180亿美元。\n", "3180亿美元", False),
    ("2024年全国一般公共预算收入21.97万亿元。\n", "21.97万亿元", "2024年全国一般公共预算支出28.46万亿元。\n", "28.46万亿元", False),
    ("In 2024, US federal revenue was $4.9 trillion.\n", "$4.9 trillion", "In 2024, US federal spending was $6.8 trillion.\n", "$6.8 trillion", False),
])
def test_two_pages_meet(a, fa, b, fb, meet):
    cs = annotated([("a.txt", a), ("b.txt", b)])
    assert (explain(_find(cs, "a.txt", fa), _find(cs, "b.txt", fb)) is None) == meet


@pytest.mark.parametrize("a, b, fa, fb, together", [
    # one page restating its figure to more digits, against another page
    ("2024年，小米手机出货量1.7亿部。小米2024年手机出货量达到1.68亿部。\n", "2024年小米手机出货量为1.69亿部。\n",
     "1.7亿部", "1.68亿部", True),
    xf("In 2024, Acme's revenue grew 3% in Europe and 2.6% in Asia.\n", "Acme's revenue grew 3% in 2024.\n", "3%",
       "2.6%", False, reason="since round 28 the list's 2.6% is Acme's revenue growth (before, a bare percentage); its "
       "'in Asia' reads as the regional concept, a scope the other page's unscoped 3% does not keep apart"),
    xf("In 2024, Tesla delivered 1.8 million vehicles and produced 1.77 million vehicles.\n",
       "In 2024, Tesla delivered 1.79 million vehicles.\n", "1.8 million", "1.77 million", False,
       reason="_restated by significant figures takes 1.8 million as 1.77 million rounded: deliveries and output "
              "of one page become one quantity"),
])
def test_one_page_and_another(a, b, fa, fb, together):
    cs = annotated([("a.txt", a), ("b.txt", b)])
    gs = [{(cs[i].path, cs[i].text) for i in g.members} for g in group_claims(cs)]
    assert any({("a.txt", fa), ("a.txt", fb)} <= g for g in gs) == together


def test_a_tables_bare_money_takes_the_texts_scale():
    text = ("Spending in Korea fell 7% to USD 19.9 billion in 2023, and spending in Japan rose 2% to "
            "USD 7.9 billion.\n\nEquipment spending by region\n|Region\n|2023\n|2022\n|Korea\n|$19.94\n|$21.51\n"
            "|Japan\n|$7.93\n|$7.78\n")
    assert frames(text)["$19.94"].value == 19.94e9


def test_a_share_price_table_keeps_its_numbers():
    # (was a misfire: table_scale made a share price of $131.28 into $131 billion because the text gives Nvidia's
    # revenue as $130.5 billion; one cell agreeing is chance)
    text = ("Nvidia's revenue reached $130.5 billion in fiscal 2025.\n\nStock moves\n|Stock\n|Close\n|Change\n"
            "|Nvidia\n|$131.28\n|+2.1%\n|AMD\n|$118.40\n|-0.5%\n")
    assert frames(text)["$131.28"].value == pytest.approx(131.28)


# -- 8. an 'about' figure and a plain one ----------------------------------------------------------------------------

@pytest.mark.parametrize("a, fa, b, fb, want", [
    ("Global output was about 71.99 million tonnes in 2024.\n", "about 71.99 million tonnes",
     "Global output was 72.0mn tons in 2024.\n", "72.0mn tons", "rounding"),
    ("Global output was about 5.4 billion in 2024.\n", "about 5.4 billion",
     "Global output was 5 billion in 2024.\n", "5 billion", "rounding"),
    ("Global output was nearly 1.49 billion in 2024.\n", "nearly 1.49 billion",
     "Global output was 1.5 billion in 2024.\n", "1.5 billion", "consistent"),
    ("Global output was around 1.46 billion in 2024.\n", "around 1.46 billion",
     "Global output was 1.4 billion in 2024.\n", "1.4 billion", "conflict"),
    ("2024年全球产量约为1.46亿吨。\n", "约为1.46亿吨", "2024年全球产量为1.4亿吨。\n", "1.4亿吨", "conflict"),
])
def test_verdicts(a, fa, b, fb, want):
    cs = annotated([("a.txt", a), ("b.txt", b)])
    assert pair_verdict(_find(cs, "a.txt", fa), _find(cs, "b.txt", fb)) == want
