"""layout.py: hard-wrapped lines, Markdown and aligned tables, stat cards, headings, flattened tables."""
from __future__ import annotations

import pytest

from factcheck.context.layout import build
from factcheck.normalize import normalize_text

from helpers import frames


def test_a_hard_wrapped_sentence_reads_as_one_with_positions_of_the_lines():
    text = "According to Canalys, Lenovo shipped\n15.2 million units in the first quarter\nof 2025.\n"
    c = frames(text)["15.2 million"]
    assert (c.line, c.column) == (2, 1)
    assert c.context.subject == "Lenovo" and c.context.source == "Canalys"
    assert c.context.period == "2025-Q1" and "shipments" in c.context.topics


def test_a_line_that_ends_its_sentence_ends_its_paragraph():
    blocks = build(normalize_text("Lenovo led.\nHP followed\nwith 20%.\n")).blocks
    assert [b.text for b in blocks] == ["Lenovo led.", "HP followed with 20%."]


def test_markdown_table_cells_take_row_and_column_headers():
    text = ("## PC vendors, Q1 2025\n\n| Vendor | Market share | Shipments (m) |\n|---|---|---|\n"
            "| Lenovo | 24.1% | 15.2 |\n| HP Inc. | 20.2% | 12.8 |\n| Total | 100% | 63.2 |\n")
    got = frames(text)
    assert got["24.1%"].context.subject == "Lenovo" and got["24.1%"].context.measure == "share"
    assert got["20.2%"].context.subject == "HP"
    assert got["100%"].context.subject is None  # a total row is the market
    assert got["24.1%"].context.period == "2025-Q1"  # from the caption that ends with it
    assert "shipments" in got["15.2"].context.topics


def test_aligned_plain_table():
    text = "Vendor      Share 3Q25\nLenovo      25.5%\nHP          19.8%\n"
    got = frames(text)
    assert got["25.5%"].context.subject == "Lenovo" and got["25.5%"].context.period == "2025-Q3"
    assert got["25.5%"].context.measure == "share"


def test_a_stat_card_reads_its_label_line():
    got = frames("63.2M\nPC units shipped worldwide in Q1 2025\n")
    c = got["63.2M"]
    assert "shipments" in c.context.topics and c.context.period == "2025-Q1" and c.context.scope == "global"


def test_a_flattened_table_is_read_back_into_cells():
    # rows that lost their line breaks: runs of figures after a row header; column labels start with a period
    line = ("Top vendors, Worldwide PC Shipments (shipments are in millions of units) Company 3Q25 Shipments "
            "3Q25 Market Share 3Q25/3Q24 Growth 1. Lenovo 19.4 25.5% 17.3% 2. HP Inc 15.0 19.8% 10.7% 3. Dell "
            "10.1 13.3% 2.6% 4. Apple 6.8 9.0% 13.7% Total 75.9 100.0%\n")  # the total row lacks its last cell
    got = frames(line)
    share, units, growth = got["25.5%"].context, got["19.4"], got["17.3%"].context
    assert (share.subject, share.measure, share.period) == ("Lenovo", "share", "2025-Q3")
    assert "pc" in share.topics  # from the caption
    assert units.value == 19.4e6 and "shipments" in units.context.topics  # the table's stated unit
    assert growth.measure == "growth" and got["13.3%"].context.subject == "Dell"
    assert got["75.9"].context.subject is None  # the total row is the market
    assert got["75.9"].context.period == "2025-Q3" and got["75.9"].value == 75.9e6
    assert got["2"].context.how == "flattened-table"  # the next row's number is no cell


def test_a_flattened_table_without_readable_labels_is_not_grouped():
    from factcheck.group import block_key

    line = ("Company Shipments Share Growth Lenovo 19.4 25.5% 17.3% HP Inc 15.0 19.8% 10.7% Dell 10.1 13.3% 2.6% "
            "Apple 6.8 9.0% 13.7%\n")
    assert all(block_key(c) is None for c in frames(line).values())


def test_a_list_run_into_one_line_is_one_sentence_an_item():
    # "概况 - 项目 [1] - 项目": each item is a sentence; the period the list named first holds for the items
    line = ("全球PC市场概况 - 2025年第三季度全球PC出货量同比增长6.8%,达到7200万台 [1] - 行业增长的主要驱动因素是设备更新需求 "
            "[1] - 联想出货量同比增长17%至1940万台,市场份额26.7%\n")
    got = frames(line)
    assert "shipments" in got["1940万台"].context.topics  # not "demand" from the item before
    assert got["1940万台"].context.period == "2025-Q3"
    assert got["26.7%"].context.subject == "Lenovo"


def test_a_table_states_the_unit_of_its_bare_numbers():
    # the caption's scale and a column's (%) make bare cells what they are
    text = ("Table 1: PC Vendor Unit Shipment Estimates for 1Q25 (Thousands of Units)\n"
            "Company | 1Q25 Shipments | 1Q25 Market Share (%) |\n"
            "Lenovo | 15,275 | 25.9 |\n"
            "HP Inc. | 12,761 | 21.6 |\n")
    got = frames(text)
    assert got["15,275"].value == 15_275_000 and got["15,275"].context.subject == "Lenovo"
    assert got["25.9"].unit == "percent" and got["25.9"].context.measure == "share"
    # zh-Hans: 单位：万台
    zh = frames("2025年第一季度出货量（单位：万台）\n| 厂商 | 出货量 |\n|---|---|\n| 联想 | 1520 |\n| 惠普 | 1280 |\n")
    assert zh["1520"].value == 15_200_000


def test_a_full_stop_inside_a_closing_quote_ends_the_sentence():
    from factcheck.context.layout import sentence_ends
    text = 'He said "travel will grow due to visa facilitation." It reported receipts of USD1.4 trillion.'
    assert text.index('"', 10) + 1 in sentence_ends(text)  # after the closing quote
    got = frames('He said "demand will grow due to visa facilitation." It reported receipts of USD1.4 trillion '
                 'in 2023.\n')["USD1.4 trillion"].context
    assert "facilitation" not in got.words


def test_a_sentence_glued_to_the_word_before_it_starts_at_its_opening_word():
    # a caption or a link run into the text: the sentence starts at "The" / "Its", and the glued word is no name
    from factcheck.context.layout import sentence_ends
    text = "Old Town Main SquareThe Cloth Hall is 108 metres long. lake-viewIts shore runs 12 km."
    ends = set(sentence_ends(text))
    assert {text.index("The "), text.index("Its ")} <= ends
    got = frames("Photo: lake-viewIts shore runs 12 km around the water.\n")["12 km"].context
    assert got.subject != "lake-viewIts"
    assert frames("Old Town Main SquareThe Cloth Hall is 108 metres long.\n")["108 metres"].context.subject == \
        "Cloth Hall"
    # not a name's own capital: "iPhone", "eBay", "McDonald"
    text = "Apple sold the iPhone 15 here. eBay grew. McDonald's and InBev rose. LinkedIn revenue was $1.3 billion."
    assert not {text.index("Phone"), text.index("Bay"), text.index("Donald"), text.index("Bev"), text.index("In ")} & \
        set(sentence_ends(text))
    assert frames("LinkedIn revenue was $1.3 billion, up 37 percent.\n")["$1.3 billion"].context.subject == "LinkedIn"


def test_a_full_stop_glued_to_a_capitalised_word_ends_the_sentence():
    from factcheck.context.layout import sentence_ends
    text = "thanks to HBM3E shipments.SK hynix held 36 percent. It rose.The firm grew in 2022/23.Output fell."
    ends = sentence_ends(text)
    assert {text.index(x) + 1 for x in (".SK", ".The", ".Output")} <= set(ends)
    assert all(text[e - 1] == "." for e in ends)


def test_a_line_much_shorter_than_the_one_below_is_a_title_not_a_wrapped_line():
    text = ("The big three grab two-thirds of the cloud market in Q3\n"
            "Cloud dominance intensifies as AWS, Microsoft and Google capture 63% of the $107B market in the third "
            "quarter of 2025, with AWS at 29%.\n")
    layout = build(normalize_text(text))
    assert [b.kind for b in layout.blocks] == ["heading", "prose"]
    # lines filled to one width are one wrapped paragraph
    text = ("Cloud dominance intensifies as AWS, Microsoft and Google capture\n"
            "63% of the market in the third quarter of 2025, with AWS at 29%\n"
            "and Microsoft at 20%.\n")
    assert [b.kind for b in build(normalize_text(text)).blocks] == ["prose"]


def test_two_spaces_after_a_full_stop_are_no_columns():
    text = ("Demand is weakest at the lower end of the market, where price sensitivity is highest.  As a result, "
            "Apple grew 5.0% in Q2 2025.\n")
    assert build(normalize_text(text)).blocks[0].kind == "prose"
    assert frames(text)["5.0%"].context.subject == "Apple"
    # an aligned table still is one
    assert build(normalize_text("Samsung    57.5    19%\nApple      44.8    16%\n")).blocks[0].kind == "row"


def test_a_chinese_table_spaced_with_single_spaces():
    text = ("排名 品牌 出货量(百万部) 同比增长\n1 三星 57.5 7%\n2 苹果 44.8 2%\n3 小米 42.4 N/A\n")
    blocks = build(normalize_text(text)).blocks
    assert [b.kind for b in blocks] == ["row"] * 4
    got = frames(text)
    # the row header is the name after the rank; the column header scales its bare numbers and says the measure
    assert got["57.5"].context.subject == "Samsung" and got["57.5"].value == 57.5e6
    assert got["7%"].context.measure == "growth"
    # Chinese prose with a space or two is no table
    assert build(normalize_text("三星 出货量 5750万部。\n苹果出货量4480万部。\n")).blocks[0].kind == "prose"


def test_a_header_row_without_the_label_column_names_the_columns_to_its_right():
    text = ("Crude steel production, Dec 2024\n\n"
            "| Dec 2024 (Mt) | % change Dec 24/23 | Jan-Dec 2024 (Mt) | % change Jan-Dec 24/23 | |\n"
            "| China | 76.0 | 11.8 | 1,005.1 | -1.7 | |\n"
            "| India | 13.6 | 9.5 | 149.6 | 6.3 | |\n")
    got = frames(text)
    # 76.0 is December's output in the column's unit (Mt); 11.8 is the change beside it
    assert got["76.0"].context.subject == "China" and got["76.0"].unit == "metric_ton"
    assert got["76.0"].value == 76.0e6 and got["76.0"].context.period == "2024-12"
    assert got["11.8"].unit == "percent"
    assert got["1,005.1"].value == 1005.1e6


@pytest.mark.parametrize("text, figure, period", [
    # a stat card with its label above the figure and its period below, Chinese figures with a measure word
    ("全球智能手机出货量\n3.04亿部\n2025年第二季度\n", "3.04亿部", "2025-Q2"),
    ("全球智慧型手機出貨量\n3.04億部\n2025年第二季\n", "3.04億部", "2025-Q2"),
    ("Global smartphone shipments\n304M\nQ2 2025\n", "304M", "2025-Q2"),
])
def test_a_stat_card_with_its_label_above_the_figure(text, figure, period):
    got = frames(text)[figure].context
    assert got.period == period and "shipments" in got.topics


@pytest.mark.parametrize("text, figure, period", [
    # a row header that names a period only says when, never whose
    ("| 年份 | 新车销量(万辆) |\n|---|---|\n| 2018年 | 2808 |\n| 2019年 | 2577 |\n", "2808", "2018"),
    ("| 年份 | 新車銷量(萬輛) |\n|---|---|\n| 2018年 | 2808 |\n| 2019年 | 2577 |\n", "2808", "2018"),
    ("| Quarter | Units (m) |\n|---|---|\n| Q1 2024 | 5.2 |\n| Q2 2024 | 5.6 |\n", "5.6", "2024-Q2"),
])
def test_a_row_header_naming_a_period_is_no_subject(text, figure, period):
    c = frames(text)[figure].context
    # (the Simplified table naming no place is China's: its script's home, not its row's)
    assert (c.subject is None or c.how == "document") and c.period == period


@pytest.mark.parametrize("text, figure, subject, period", [
    # a numbered item names whose figures its bullets give; the section above it, when
    ("一、2024年全球风电新增装机前三国家\n\n1. 德国:陆上风电稳步扩张\n\n  • 新增装机:约3.3吉瓦\n  • 全球份额:约4%\n\n"
     "2. 印度:海上风电起步\n\n  • 新增装机:约3.4吉瓦\n", "约3.4吉瓦", "India", "2024"),
    ("一、2024年全球风电新增装机前三国家\n\n1. 德国:陆上风电稳步扩张\n\n  • 新增装机:约3.3吉瓦\n", "约3.3吉瓦",
     "Germany", "2024"),
    ("Top markets in 2023:\n\n- Brazil:\n  - new installations: 4.2 GW\n- Mexico:\n  - new installations: 1.1 GW\n",
     "1.1 GW", "Mexico", None),
])
def test_a_nested_list_item_takes_whose_and_when_from_the_items_above_it(text, figure, subject, period):
    c = frames(text)[figure]
    assert c.context.subject == subject and c.context.how == "item"
    if period:
        assert c.context.period == period


def test_a_sub_item_of_an_item_naming_two_places_names_no_one():
    got = frames("1. 德国与法国:合计\n\n  • 新增装机:约5.1吉瓦\n")
    assert got["约5.1吉瓦"].context.subject is None


def test_items_at_one_level_are_not_nested():
    from factcheck.context.layout import parent_item

    lay = build(normalize_text("1. 德国:约3.3吉瓦\n2. 印度:约3.4吉瓦\n  • 其中海上:0.2吉瓦\n"))
    items = [k for k, b in enumerate(lay.blocks) if b.kind == "item"]
    assert [parent_item(lay.blocks, k) for k in items] == [None, None, items[1]]


@pytest.mark.parametrize("date", ["April 22, 2025", "22 Apr 2025 10:30", "2025-04-22", "2025年4月22日"])
def test_a_line_holding_a_date_alone_is_no_part_of_the_sentence_below(date):
    got = frames(f"{date}\n2024 was a record year for the chip industry. Worldwide sales reached $630.5 billion.\n")
    assert got["$630.5 billion"].context.period == "2024"
