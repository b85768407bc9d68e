"""Round 58: mechanisms read off corpus-fresh62 (opened this round: Xiaomi's, Tencent's and Nvidia's results; business
statistics). A change word that is no noun after a figure; a fiscal year's quarter written "Q4 FY2025"; a page naming
no firm whose address names one the tables know; a firm's "Total revenue". Third step: "the 12 months ended Dec. 31"
is the year, "full-year" after a quarter its year, and who says a sentence's figures in a clause closing it ("…, the
company said") whose they are. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, measure", [
    # "up" after a figure is no noun of change: the figure is a level, the percentage after it its growth
    ("Revenue is $39.331 billion up 78% YoY.\n", "$39.331 billion", "level"),
    # near miss: a change word before the figure makes it the change ("revenue rose $2 billion")
    ("Revenue rose $2 billion in 2024.\n", "$2 billion", "change"),
    # near miss (review 59): "down on" a base is the change measured against it
    ("Pre-tax profit of £450 million was £30 million down on the previous year.\n", "£30 million", "change"),
])
def test_a_change_word_that_is_no_noun(text, figure, measure):
    assert frames(text)[figure].context.measure == measure


@pytest.mark.parametrize("text, figure, period", [
    # a fiscal year's quarter written after its quarter reads as "fiscal Q4 2025" and 2025财年第四季度 do
    ("Kerepa Q4 FY2025 revenue reached $39.3 billion.\n", "$39.3 billion", "2025-Q4"),
    ("Kerepa revenue for Q4 FY25 was $39.3 billion.\n", "$39.3 billion", "2025-Q4"),
    ("Kerepa fiscal Q4 2025 revenue reached $39.3 billion.\n", "$39.3 billion", "2025-Q4"),
    # near miss: the fiscal year alone stays the fiscal year
    ("Kerepa's FY2025 revenue was $130.5 billion.\n", "$130.5 billion", "FY2025"),
])
def test_a_fiscal_years_quarter(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_page_naming_no_firm_whose_address_names_one_twice():
    # the path names the firm twice and says the page gives results ("earnings")
    text = ("Source: https://board.example.org/r/intel/threads/77ab/intel_q3_2024_earnings_recap\n\n"
            "Highlights\n\n  • Total revenue came in at $13.3 billion, down 6% YoY\n")
    assert frames(text)["$13.3 billion"].context.subject == "Intel"


@pytest.mark.parametrize("address", [
    # near miss: named once in the path, it may be one topic among others
    "https://board.example.org/r/markets/threads/77ab/intel_and_the_chip_market",
    # near miss (review 59): named twice by a path that says nothing of results, on a page whose text never names it
    "https://news.example.org/world/amazon/amazon-rainforest-logging-cost",
])
def test_an_address_that_names_no_pages_firm(address):
    text = f"Source: {address}\n\nHighlights\n\n  • Total revenue came in at $13.3 billion, down 6% YoY\n"
    assert frames(text)["$13.3 billion"].context.subject not in ("Intel", "Amazon")


@pytest.mark.parametrize("text, figure, subject", [
    # a firm's "Total revenue" on a page about it is its own
    ("Kerepa Inc. Reports Fourth Quarter Results\n\nKerepa reported strong results.\n\n"
     "Total revenue was $1.2 billion in 2023.\n", "$1.2 billion", "Kerepa"),
    # near miss: a total of a market's segment stays the market's
    ("Kerepa Inc. Reports Fourth Quarter Results\n\nKerepa reported strong results.\n\n"
     "Total streaming revenues grew 11.5% in 2023.\n", "11.5%", None),
    # near miss (review 59): the total of many firms is no firm's
    ("Kerepa Inc. Reports Fourth Quarter Results\n\nKerepa reported strong results.\n\n"
     "Total revenues of the top 10 chipmakers reached $400 billion in 2023.\n", "$400 billion", None),
])
def test_a_firms_total(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, period", [
    # a year named by the day it ends, its year unwritten: the year the text is about, never December alone
    ("Kerepa's net profit totaled $2.1 billion in the 12 months ended Dec. 31, its report for 2023 said.\n",
     "$2.1 billion", "2023"),
    ("In 2023 Kerepa had sales of $9 billion for the year ended 31 December.\n", "$9 billion", "2023"),
    # near miss: a quarter ending with December stays a month's figure when only the month is named
    ("Kerepa shipped 3 million units in December 2023.\n", "3 million", "2023-12"),
    # "full-year" after a quarter: that quarter's year, not the quarter
    ("Kerepa's Q4 2023 revenue was $39.3 billion. Full-year revenue soared to $130.5 billion.\n",
     "$130.5 billion", "2023"),
    # near miss: the quarter's own figure keeps its quarter
    ("Kerepa's Q4 2023 revenue was $39.3 billion. Full-year revenue soared to $130.5 billion.\n",
     "$39.3 billion", "2023-Q4"),
])
def test_a_year_named_by_its_end_or_as_the_full_year(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_who_says_the_figures_in_a_closing_clause():
    text = ("Source: https://news.example.org/business/kerepa-posts-record-annual-report\n\n"
            "Net profit totaled $2.1 billion in 2023, up 35 percent, the Shenzhen-based company said on Tuesday.\n"
            "Kerepa's phone business logged $1.2 billion in revenue. Kerepa shipped 16 million phones.\n")
    got = frames(text)
    assert got["$2.1 billion"].context.subject == "Kerepa"
    assert got["35 percent"].context.subject == "Kerepa"


def test_a_closing_clause_of_someone_else_saying():
    # near miss: an analyst who says the market's figure does not make it a firm's (no firm's page)
    text = "Global phone shipments rose 7 percent in 2023, the research firm said on Tuesday.\n"
    assert frames(text)["7 percent"].context.subject is None


def test_hard_wrapped_chinese_lines_are_one_paragraph():
    # a line after a comma goes on with the sentence, however short ("联想" is no heading); a figure's line the next
    # opens going on from (",较上一季度…", "(创历史新高),…") is no heading nor a row of a spaced table; the line
    # after a clause closed with a semicolon keeps its sentence's subject
    text = ("细看财报数据,\n联想\n第三季度营收为 157 亿美元\n(创历史新高),较上一季度增长 6%,较去年同期增长 21%;\n"
            "净利润为 6.9 亿美元\n,较上一季度增长 4%;\n")
    got = frames(text)
    assert [got[f].context.subject for f in ("157 亿美元", "6%", "6.9 亿美元", "4%")] == ["Lenovo"] * 4
    assert got["6%"].context.base == "qoq"


@pytest.mark.parametrize("text, kinds", [
    # near miss: a short line above a longer one that opens a sentence of its own is a heading
    ("联想\n第三季度营收为157亿美元,较去年同期增长21%。\n", ["heading", "prose"]),
    ("细看财报数据,\n联想\n第三季度营收为 157 亿美元\n(创历史新高),较上一季度增长 6%;\n", ["prose"]),
    # near miss: a table spaced with single spaces stays a table
    ("排名 品牌 出货量\n1 联想 6.2\n2 惠普 4.8\n", ["row", "row", "row"]),
])
def test_wrapped_lines_headings_and_spaced_rows(text, kinds):
    assert _kinds(text) == kinds


def _kinds(text: str) -> list[str]:
    """The kinds of the blocks the layout reads in `text` (heading, prose, row …)."""
    from factcheck.context import layout
    from factcheck.normalize import normalize_text

    return [b.kind for b in layout.build(normalize_text(text)).blocks]


@pytest.mark.parametrize("text, figure, period", [
    # the fiscal year written before its quarter, glued or not, and a fiscal year's 财季
    ("Kerepa FY25Q4 revenue was $39.3 billion.\n", "$39.3 billion", "2025-Q4"),
    ("Kerepa 4Q FY2025 revenue was $39.3 billion.\n", "$39.3 billion", "2025-Q4"),
    ("联想公布了2025财年第三财季的财报,营收达到157亿美元。\n", "157亿美元", "2025-Q3"),
    ("2024年联想第三财季营收157亿美元。\n", "157亿美元", "2024-Q3"),
    # near miss: the fiscal year alone stays the fiscal year
    ("联想2025财年营收达到690亿美元。\n", "690亿美元", "FY2025"),
])
def test_a_fiscal_quarter_written_otherwise(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, base", [
    ("联想营收为157亿美元,较上一季度增长6%。\n", "qoq"),
    ("联想营收为157亿美元,比上个月增长6%。\n", "mom"),
    ("Kerepa revenue grew 6% compared with the previous quarter.\n", "qoq"),
    # near miss: a year back stays year on year
    ("联想营收为157亿美元,较去年同期增长6%。\n", "yoy"),
])
def test_the_period_before_as_a_base(text, base):
    assert frames(text)["6%"].context.base == base


def test_a_market_expectation_is_no_market_figure():
    # on a page about a firm, its revenue beside "the market's expectation" of it stays its own
    text = ("Source: https://notes.example.tw/n/1234\n\n聯想FY24Q3表現亮眼\n聯想FY24Q3營運成績:\n"
            "- 營收達 157 億美元 (季增 6.2%,年增 20.9%),高於 某券商預估的 150 億美元,也高於市場預期的 152 億美元。\n")
    got = frames(text)
    assert got["157 億美元"].context.subject == "Lenovo"
    assert got["157 億美元"].context.period == "2024-Q3"


def test_a_market_figure_on_a_firms_page_stays_the_markets():
    # near miss: the market's own figure in the sentence keeps it the market's
    text = ("Source: https://notes.example.tw/n/1234\n\n聯想FY24Q3表現亮眼\n聯想FY24Q3營運成績:\n"
            "- 全球PC市場出貨量達 6,400 萬台,年增 1.4%。\n")
    assert frames(text)["6,400 萬台"].context.subject != "Lenovo"


@pytest.mark.parametrize("text, period", [
    # a bare quarter on a page dated after it: the quarter the paragraphs before named with its year, not the one
    # before the page's date (nor, on an undated page, the page's usual year)
    ("2025年2月20日电 联想公布截至2024年12月31日的2025财年第三季度业绩,公司营收185亿美元,同比增长20%。\n\n增长动能\n\n"
     "第三季度该部门营收120亿美元,同比增长15%。\n", "2025-Q3"),
    ("联想2025财年第四季度营收185亿美元。\n\n业务\n\n第四季度该部门营收120亿美元。\n\n展望\n\n"
     "公司预计2026年营收增长,2026年利润增长,2026年出货增长。\n", "2025-Q4"),
    # near miss: another quarter before it does not lend its year; the page's date still rules
    ("2025年2月20日电 联想公布2025财年第二季度业绩,公司营收185亿美元。\n\n增长动能\n\n第四季度该部门营收120亿美元。\n",
     "2024-Q4"),
])
def test_a_bare_quarter_the_paragraphs_before_named(text, period):
    assert frames(text)["120亿美元"].context.period == period


# -- the second review's near misses ---------------------------------------------------------------------------------

_FIRM_PAGE = ("Source: https://news.example.org/business/kerepa-posts-record-annual-report\n\n"
              "Kerepa Inc. reports record results. Kerepa shipped 16 million phones.\n\n")


@pytest.mark.parametrize("sentence, figure, subject", [
    # a market's figure said by the company stays the market's
    ("The global smartphone market grew 7 percent in 2023, the company said.\n", "7 percent", None),
    # a research firm saying it is no firm reporting its own
    ("Average selling prices rose 5 percent to $310, the research firm said on Tuesday.\n", "5 percent", None),
    # a place the sentence before named is not whose a company's figure is
    ("Exports from Vietnam rose 12 percent in 2023. Revenue grew 8 percent to $3 billion, the company said.\n",
     "8 percent", "Kerepa"),
])
def test_a_closing_speaker_that_is_no_firm_reporting(sentence, figure, subject):
    assert frames(_FIRM_PAGE + sentence)[figure].context.subject == subject


@pytest.mark.parametrize("sentence, figure", [
    # a firm's total named with its period or its figure after "for" or "of" is still its own
    ("Total revenue for FY24 was $1.2 billion.\n", "$1.2 billion"),
    ("Total revenue for H1 2024 was $1.2 billion.\n", "$1.2 billion"),
    ("Total revenue of $20.4 billion was a record for the year.\n", "$20.4 billion"),
])
def test_a_firms_total_with_its_period_or_figure(sentence, figure):
    assert frames(_FIRM_PAGE + sentence)[figure].context.subject == "Kerepa"


def test_up_on_last_years_figure_is_a_level():
    # "up on last year's £420 million": the figure is the level, the base its own figure
    got = frames("The group reported sales of £450 million up on last year's £420 million.\n")
    assert got["£450 million"].context.measure == "level"


@pytest.mark.parametrize("text, kinds", [
    # a line wedged between two pieces of a sentence, the next opening with a comma again, is a page's furniture
    ("加拿大研究發現,\n香港房貸專案\n,全球每年約有一億隻鯊魚死亡。\n", ["prose", "heading", "prose"]),
    # a table spaced with single spaces whose rows each close with a comma stays a table
    ("排名 厂商 出货量 份额\n1 三星 5750万台 19.4%,\n2 苹果 5000万台 16.9%,\n3 小米 4200万台 14.1%,\n",
     ["row", "row", "row", "row"]),
    # an English heading with a figure over its unit in brackets stays a heading
    ("Revenue 2024\n(in millions of dollars)\nApple 391,035\n", ["heading", "heading", "prose"]),
])
def test_wrapped_lines_near_misses(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, figure, period", [
    # the full year after a fiscal year's quarter is that fiscal year (the second review's fifth defect)
    ("Kerepa Q4 FY2025 revenue was $39.3 billion. Full-year revenue soared to $130.5 billion.\n",
     "$130.5 billion", "FY2025"),
    ("联想公布了2025财年第四财季的财报,营收达到157亿美元。全年的收入为690亿美元。\n", "690亿美元", "FY2025"),
    # near miss: after a calendar quarter it is the calendar year
    ("Kerepa Q4 2025 revenue was $39.3 billion. Full-year revenue soared to $130.5 billion.\n",
     "$130.5 billion", "2025"),
])
def test_the_full_year_after_a_fiscal_quarter(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, period", [
    # "the year prior" and "the year before" closing a figure's phrase are the year before the sentence's
    ("Kerepa posted a loss of $400 million in 2024, against a profit of $433 million the year prior.\n", "2023"),
    ("Kerepa posted a loss of $400 million in 2024, against a profit of $433 million the year before.\n", "2023"),
])
def test_the_year_prior(text, period):
    assert frames(text)["$433 million"].context.period == period


def test_the_year_before_last_is_not_the_year_before():
    # near miss: "the year before last" is two years back, never read as the year before
    text = "Kerepa posted a loss of $400 million in 2024, against a profit of $433 million the year before last.\n"
    assert frames(text)["$433 million"].context.period != "2023"


# -- the third review's near misses ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, period", [
    # "fiscal" right before the quarter's span makes it a fiscal quarter too
    ("Kerepa fiscal Q4 2025 revenue was $39.2 billion. Full-year revenue soared to $130.4 billion.\n",
     "$130.4 billion", "FY2025"),
    # a quarter the page also writes as a calendar one (another firm's) leaves the full year a calendar year
    ("Nvidia revenue for Q4 FY2025 was $39.3 billion.\n\nSeparately, Kerepa Inc. reported revenue of $10.2 billion "
     "for Q4 2025.\n\nFor the full year, Kerepa revenue rose 12% to $38.1 billion.\n", "$38.1 billion", "2025"),
])
def test_fiscal_or_calendar_full_year(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("sentence, figure, subject", [
    # research words outside the speaker's own phrase do not make it a research firm
    ("Revenue rose 9 percent to $3.3 billion, driven by data center sales, the company said.\n", "$3.3 billion",
     "Kerepa"),
    # "total" alone marks no market where the company speaks
    ("Total shipments rose 7 percent to 41 million units, the company said.\n", "41 million", "Kerepa"),
    # a firm's total for a year stays its own
    ("Total revenue for 2024 was $1.2 billion.\n", "$1.2 billion", "Kerepa"),
])
def test_a_closing_speaker_and_a_firms_totals(sentence, figure, subject):
    assert frames(_FIRM_PAGE + sentence)[figure].context.subject == subject


def test_down_on_last_years_figure_without_a_figure_after_is_a_change():
    got = frames("The group reported sales of £450 million, £30 million down on last year's figure.\n")
    assert got["£30 million"].context.measure == "change"


@pytest.mark.parametrize("text, kinds", [
    # an English line after a comma goes on too (a dateline wrapped after its city)
    ("Johannesburg,\nSouth Africa, 25 September 2016 (IUCN) –\nThe meeting opened.\n", ["prose"]),
    # hard-wrapped Chinese prose whose lines close with commas is no spaced table
    ("英伟达第四季度营收为 393 亿美元,\n数据中心业务营收为 356 亿美元,\n游戏业务营收为 25 亿美元,\n净利润为 220 亿美元。\n",
     ["prose"]),
    # a line without a figure that the next goes on from is no heading either
    ("英伟达第四季度数据中心业务营收创历史新高\n,数据中心业务营收同比增长93%。\n", ["prose"]),
])
def test_wrapped_lines_third_review(text, kinds):
    assert _kinds(text) == kinds


def test_an_english_figure_line_above_brackets_with_a_figure_goes_on():
    # "revenue of $39.3 billion" / "(up 78% …)": one sentence (the third review's last defect); "Revenue 2024" over
    # "(in millions of dollars)" stays a heading (test_wrapped_lines_near_misses)
    assert _kinds("Kerepa reported revenue of $39.3 billion\n(up 78% from a year earlier) on Tuesday.\n") == ["prose"]


def test_the_year_before_right_after_a_compared_figure():
    # "compared to a profit of $433 million the year before": the year before is that figure's own, though the
    # clause names 2024 before it (the second review's sixth defect)
    text = "Kerepa posted a loss of $400 million in 2024 compared to a profit of $433 million the year before.\n"
    got = frames(text)
    assert (got["$400 million"].context.period, got["$433 million"].context.period) == ("2024", "2023")
