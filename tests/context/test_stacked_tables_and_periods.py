"""Tables copied out one cell a line (layout.py), a reporting period without its year carried to the paragraphs
after it, where a change starts when its period is borrowed, and the period of a figure compared with."""
from __future__ import annotations

from factcheck.context.layout import build
from factcheck.normalize import normalize_text

from helpers import frames

BARS = ("Memory sales by maker, in US$ billions\n|Maker\n|2024\n|2023\n|Growth\n"
        "|Acme\n|$41.20\n|$30.05\n|37%\n|Borealis\n|$22.70\n|$19.90\n|14%\n|Corvid\n|$9.10\n|$10.40\n|-13%\n")


def test_a_table_copied_out_one_cell_a_line_reads_as_rows():
    got = frames(BARS)
    a, b = got["$41.20"].context, got["$19.90"].context
    assert (a.subject, a.period) == ("Acme", "2024")
    assert (b.subject, b.period) == ("Borealis", "2023")
    growth = got["-13%"].context
    assert growth.subject == "Corvid" and growth.measure == "growth"


def test_its_rows_are_blocks_whose_lines_keep_their_numbers():
    blocks = build(normalize_text(BARS)).blocks
    rows = [b for b in blocks if b.kind == "row"]
    assert len(rows) == 4  # the header and three rows
    assert [p.line for p in rows[1].pieces] == [6, 7, 8, 9]
    assert [rows[1].cell_text(k) for k in range(4)] == ["Acme", "$41.20", "$30.05", "37%"]


def test_a_chinese_table_one_cell_a_line_with_blank_lines_and_unit_lines():
    text = ("表1 各地区产量\n\n\n播种面积\n\n(千公顷)\n\n总产量\n\n(万吨)\n\n甲省\n\n1234.5\n\n678.9\n\n"
            "乙省\n\n2345.6\n\n789.1\n\n丙省\n\n3456.7\n\n890.2\n")
    got = frames(text)
    c = got["789.1"]
    assert c.context.subject == "乙省"
    assert c.unit == "metric_ton" and round(c.value) == 7891000  # 万吨 from its column's unit line


def test_cards_and_prose_are_no_stacked_table():
    # figure over label (cards), and a list of short labels: neither is a table of rows
    cards = "63.2M\nunits shipped\n75%\nshare of notebooks\n12%\nannual growth\n"
    assert not any(b.kind == "row" for b in build(normalize_text(cards)).blocks)
    labels = "Products\nServices\nPricing\nContact us\n"
    assert not any(b.kind == "row" for b in build(normalize_text(labels)).blocks)


def test_a_quarter_without_its_year_dates_the_paragraphs_after_it():
    # no year anywhere: still a quarter's figures, never the year's
    text = ("第3季全球设备销售256亿美元，季减1%。\n\n"
            "韩国销售38.5亿美元，季减32%，年减19%。\n")
    got = frames(text)
    assert got["38.5亿美元"].context.period == "?-Q3"
    text = "Third-quarter sales reached $25.6 billion.\n\nKorea's sales were $3.85 billion, down 19%.\n"
    assert frames(text)["$3.85 billion"].context.period == "?-Q3"


def test_a_quarter_without_its_year_takes_the_year_its_paragraph_names_before_it():
    text = ("2025年，全球手机市场回暖。第二季出货量年增1%。\n"
            "目前三星居首，出货量达5800万支，年增7.9%。\n")
    assert frames(text)["5800万支"].context.period == "2025-Q2"


def test_where_a_change_starts_in_a_borrowed_period_is_the_period_before():
    text = ("2025年第二季，全球代工市场营收增长。\n"
            "在此期间，甲公司的市占率从7.7%下降到7.3%。\n")
    got = frames(text)
    assert got["7.3%"].context.period == "2025-Q2"
    assert got["7.7%"].context.period == "2025-Q1"
    text = "In Q2 2025 foundry revenue rose.\nDuring the period Acme's share fell from 7.7% to 7.3%.\n"
    got = frames(text)
    assert (got["7.7%"].context.period, got["7.3%"].context.period) == ("2025-Q1", "2025-Q2")


def test_a_period_after_a_figure_compared_with_dates_that_figure():
    text = ("In the first half of 2025 battery installations grew.\n"
            "Acme's installations rose 37.9% to 190.9 GWh, though growth slowed compared to the 40.6% seen in "
            "the first five months of this year.\n")
    got = frames(text)
    assert got["190.9 GWh"].context.period == "2025-H1"
    assert got["37.9%"].context.period == "2025-H1"
    assert got["40.6%"].context.period == "2025-01..05"
    # a period after the change's own level still dates the change
    got = frames("Acme's revenue rose 5% to $120 million in 2024.\n")
    assert got["5%"].context.period == "2024" and got["$120 million"].context.period == "2024"
    # and a period after a level the change started from is that level's ("fell 5% from $120 million in 2023")
    got = frames("Acme's revenue in 2024 fell 5%, compared with $120 million in 2023.\n")
    assert got["5%"].context.period == "2024"


STATS = ("Output by crop, national statistics office\n\n表1 2024年全国作物面积和产量情况\n\n\n播种面积\n\n(千公顷)\n\n"
         "总产量\n\n(万吨)\n\n全年粮食\n\n1000. 5\n\n700. 1\n\n一、 分季节\n\n1、 夏粮\n\n300. 2\n\n150. 4\n\n"
         "2、 秋粮\n\n600. 3\n\n500. 6\n")


def test_a_stacked_table_of_kinds_of_things_with_sections_and_a_caption():
    got = frames(STATS)
    total, summer = got["700. 1"], got["150. 4"]
    # rows name kinds of grain, not someone: the row is what is measured, with its column's header
    assert "grain" in total.context.topics and "output" in total.context.topics
    assert total.unit == "metric_ton" and round(total.value) == 7001000
    # a numbered row label ("1、 夏粮") still lines up with the header that leaves out the label column
    assert summer.unit == "metric_ton" and "output" in summer.context.topics
    assert "sown_area" in got["300. 2"].context.topics
    # the caption ("表1 2024年全国…") dates and scopes the cells; 全国 in a Simplified Chinese page is China
    assert total.context.period == "2024" and total.context.scope == "domestic"
    assert total.context.subject == "China"


def test_a_period_in_a_later_clause_of_what_may_come_dates_nothing_before_it():
    text = ("Imports were strong in 2020.\n"
            "China's imports rose 11.7% to a record 67.4mn tons, and 2021 may be the year China overtakes Japan.\n")
    got = frames(text)
    assert got["67.4mn tons"].context.period != "2021" and got["11.7%"].context.period != "2021"
    # a period in the figure's own clause still dates it
    got = frames("Imports were strong in 2020.\nChina's imports may reach 70mn tons in 2021.\n")
    assert got["70mn tons"].context.period == "2021"
