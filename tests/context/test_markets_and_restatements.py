"""What a market's figures are, across pages: a place's spending is the sales made there, a table's bare money
takes the scale its text states, one page restates its own figure to more digits, a subset of a market (OLED
TVs) is not the market, a cause after a figure is not its object, and a past change "to reach" a level is no
forecast."""
from __future__ import annotations

from factcheck.context import annotate
from factcheck.extract import extract_document
from factcheck.group import explain, group_claims
from factcheck.model import Document

from helpers import frames


def annotated(docs):
    out = []
    for path, text in docs:
        d = Document(path, text, "utf-8", "", len(text))
        out += annotate(d, extract_document(d))
    return out


def _find(claims, path, text):
    return next(c for c in claims if c.path == path and c.text == text)


def test_a_places_spending_is_the_sales_made_there():
    cs = annotated([("a.txt", "In 2023, equipment spending in Korea fell 7% to $19.9 billion.\n"),
                    ("b.txt", "In 2023, sales of equipment to Korea dropped 7% to $19.5 billion.\n"),
                    ("c.txt", "In 2023, 韩国半导体设备支出下降至195亿美元。\n")])
    a, b, c = _find(cs, "a.txt", "$19.9 billion"), _find(cs, "b.txt", "$19.5 billion"), _find(cs, "c.txt", "195亿美元")
    assert explain(a, b) is None and explain(a, c) is None
    # a company's revenue is never its spending
    cs = annotated([("a.txt", "In 2023, Acme's revenue rose to $9.9 billion.\n"),
                    ("b.txt", "In 2023, Acme's spending rose to $9.5 billion.\n")])
    assert explain(_find(cs, "a.txt", "$9.9 billion"), _find(cs, "b.txt", "$9.5 billion")) is not None


def test_a_tables_bare_money_takes_the_scale_its_text_states():
    text = ("Spending in Korea fell 7% to USD 19.9 billion in 2023, and spending in Japan rose 2% to "
            "USD 7.9 billion.\n\nEquipment spending by region\n|Region\n|2023\n|2022\n|Korea\n|$19.94\n|$21.51\n|Japan\n|$7.93\n|$7.78\n")
    got = frames(text)
    assert got["$19.94"].value == 19.94e9 and got["$7.78"].value == 7.78e9
    assert got["$19.94"].written_value == 19.94  # as written
    # a table whose text states no figure of its rows keeps its numbers as written
    got = frames("|Region\n|2023\n|2022\n|Korea\n|$19.94\n|$21.51\n|Japan\n|$7.93\n|$7.78\n")
    assert got["$19.94"].value == 19.94


def test_one_page_restating_its_figure_to_more_digits_is_one_quantity():
    text = ("Spending in Korea fell 7% to USD 19.9 billion in 2023, and spending in Japan rose 2% to "
            "USD 7.9 billion.\n\nEquipment spending by region\n|Region\n|2023\n|2022\n|Korea\n|$19.94\n|$21.51\n|Japan\n|$7.93\n|$7.78\n")
    other = "In 2023 equipment spending in Korea was $20.5 billion, says another tracker.\n"
    cs = annotated([("a.txt", text), ("b.txt", other)])
    korea = [g for g in group_claims(cs) if any(cs[i].text == "$19.94" for i in g.members)]
    assert korea and {cs[i].text for i in korea[0].members} >= {"$19.94", "USD 19.9 billion", "$20.5 billion"}
    # two different figures of one page (20% and 24%) stay two quantities
    cs = annotated([("a.txt", "In 2023, Acme's share was 20% and later 24%.\n")])
    assert explain(_find(cs, "a.txt", "20%"), _find(cs, "a.txt", "24%")) is not None


def test_oled_tvs_are_a_part_of_the_tv_market():
    cs = annotated([("a.txt", "Global TV shipments fell 3% in 2023.\n"),
                    ("b.txt", "2023年OLED电视出货下降了20%。\n"),
                    ("c.txt", "2023年全球电视出货量年减2.1%。\n")])
    tv, oled, zh = _find(cs, "a.txt", "3%"), _find(cs, "b.txt", "20%"), _find(cs, "c.txt", "2.1%")
    assert "tv" in tv.context.topics and "tv" in zh.context.topics
    assert explain(tv, zh) is None
    assert explain(tv, oled) is not None


def test_a_cause_after_a_figure_is_not_what_it_measures():
    got = frames("Chip equipment sales by region\n\nEquipment spending in Korea fell 7% to USD 19.9 billion on "
                 "softer demand and the memory market inventory correction.\n")
    x = got["USD 19.9 billion"].context
    assert "memory" not in x.topics and "demand" not in x.topics and "spending" in x.topics
    got = frames("Chip equipment sales\n\nRevenue rose 15% to $9 billion, driven by strong memory demand.\n")
    assert "memory" not in got["$9 billion"].context.topics


def test_a_level_linked_to_the_change_before_it_measures_what_changed():
    got = frames("第一季甲公司出货量较上季缩减，导致营收季减约7.1%，为97.2亿美元。\n")
    assert "revenue" in got["97.2亿美元"].context.topics
    assert "shipments" not in got["97.2亿美元"].context.topics


def test_a_past_change_to_reach_a_level_is_no_forecast():
    got = frames("Global TV shipments dropped three per cent in 2023 to reach 223 million units.\n")
    assert "forecast" not in got["223 million"].context.basis
    got = frames("Global TV shipments are expected to reach 230 million units in 2025.\n")
    assert "forecast" in got["230 million"].context.basis


def test_a_dateline_ending_in_a_colon_names_no_subject():
    got = frames("New Delhi, Feb 27 : Global TV shipments dropped three per cent in 2023.\n")
    assert got["three per cent"].context.subject is None


def test_the_country_is_the_one_a_nationality_adjective_before_it_names():
    text = ("China's vehicle exports rose in 2023.\n"
            "Data from a Japanese trade group showed the country's car exports in 2023 rose 16 percent from a "
            "year earlier to 4.42 million vehicles.\n")
    got = frames(text)
    assert got["16 percent"].context.subject == "Japan" and got["4.42 million"].context.subject == "Japan"
    # the level a change ended at is of the change's year, not of the base it started from
    assert got["4.42 million"].context.period == "2023"
    got = frames("数据显示，日本行业团体称该国汽车出口增长16%。\n")
    assert got["16%"].context.subject == "Japan"


def test_words_that_say_how_remarkable_a_figure_is_say_nothing_of_what_it_measures():
    got = frames("In 2022 sales reached an all-time high of $107.6 billion, an impressive 5% increase.\n")
    assert not {"all-time", "time", "impressive"} & set(got["$107.6 billion"].context.words)


def test_one_amount_written_in_two_units_on_one_page_is_one_quantity():
    cs = annotated([("a.txt", "2024年全国粮食播种面积119319千公顷(178979万亩)。\n"),
                    ("b.txt", "2024年中国粮食播种面积17.85亿亩。\n")])
    groups = group_claims(cs)
    area = [g for g in groups if any(cs[i].text == "178979万亩" for i in g.members)]
    assert area and {cs[i].text for i in area[0].members} == {"119319千公顷", "178979万亩", "17.85亿亩"}


def test_per_unit_output_is_a_yield_and_husked_rice_is_rice():
    got = frames("2024年全国每公顷单位产量较去年提高1.1%。稻米产量年增0.7%，达2.09亿吨。\n")
    assert "crop_yield" in got["1.1%"].context.topics
    assert "rice" in got["2.09亿吨"].context.topics
    got = frames("全國每公頃單位產量較去年提高1.1%。\n")
    assert "crop_yield" in got["1.1%"].context.topics


def test_a_rise_by_a_multiple_in_chinese_is_a_percentage_rise():
    got = frames("上半年猪肉进口212.3万吨，增加1.4倍。\n")
    c = got["1.4倍"]
    assert (c.unit, c.value, c.context.measure) == ("percent", 140.0, "growth")
    assert c.written_value == 1.4  # as written
    got = frames("上半年豬肉進口增長了2倍。\n")
    assert got["2倍"].value == 200.0
    # "是…的3倍", 增长到3倍: a multiple, not a rise
    got = frames("中国产量是美国的3倍。\n")
    assert got["3倍"].unit == "times"
