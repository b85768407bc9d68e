"""period.py: quarters written ten ways, halves, months, fiscal and crop years, as-of dates, bases, forecasts."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, period", [
    ("Revenue was $5 billion in Q2 2025.\n", "$5 billion", "2025-Q2"),
    ("Revenue was $5 billion in Q2'25.\n", "$5 billion", "2025-Q2"),
    ("Revenue was $5 billion in Q2 of 2025.\n", "$5 billion", "2025-Q2"),
    ("Revenue was $5 billion in 2Q25.\n", "$5 billion", "2025-Q2"),
    ("Revenue was $5 billion in the second quarter of 2025.\n", "$5 billion", "2025-Q2"),
    ("2025年第二季度营收50亿元。\n", "50亿元", "2025-Q2"),
    ("2025年二季度营收50亿元。\n", "50亿元", "2025-Q2"),
    ("2025年Q2营收50亿元。\n", "50亿元", "2025-Q2"),
    ("2025年第2季營收50億元。\n", "50億元", "2025-Q2"),
    ("Revenue was $5 billion in H1 2025.\n", "$5 billion", "2025-H1"),
    ("Revenue was $5 billion in the first half of 2025.\n", "$5 billion", "2025-H1"),
    ("2025年上半年营收50亿元。\n", "50亿元", "2025-H1"),
    ("Revenue was $5 billion in May 2025.\n", "$5 billion", "2025-05"),
    ("2025年5月营收50亿元。\n", "50亿元", "2025-05"),
    ("Revenue was $5 billion in FY2024.\n", "$5 billion", "FY2024"),
    ("2024财年营收50亿元。\n", "50亿元", "FY2024"),
    ("World output reached 178 million bags in 2023/24.\n", "178 million bags", "2023/24"),
    ("截至2025年5月，美国占全球算力的75%。\n", "75%", "2025-05 (as of)"),
    # a calendar year named apart from a fiscal one, and a whole year of months or quarters: the year
    ("Revenue was $5 billion in CY2024.\n", "$5 billion", "2024"),
    ("Output reached 1,882.6 million tonnes in CY'24.\n", "1,882.6 million tonnes", "2024"),
    ("Revenue was $5 billion in calendar year 2024.\n", "$5 billion", "2024"),
    ("2024年1-12月全国粗钢产量10.05亿吨。\n", "10.05亿吨", "2024"),
    ("2024年1至12月全國粗鋼產量10.05億噸。\n", "10.05億噸", "2024"),
    ("Output from January to December 2024 was 1,005 million tonnes.\n", "1,005 million tonnes", "2024"),
    # a quarter named by the month it ends (a calendar quarter's last month), a half written with a hyphen
    ("Sales rose 5% in the three months to June 2025.\n", "5%", "2025-Q2"),
    ("Sales rose 5% in the quarter ended June 30, 2025.\n", "5%", "2025-Q2"),
    ("Sales rose 5% in the September quarter of 2025.\n", "5%", "2025-Q3"),
    ("Sales rose 5% in the March quarter.\n", "5%", "?-Q1"),
    ("Revenue for the quarter ended January 26, 2025 was $39 billion.\n", "$39 billion", "2025-01"),
    ("Sales rose 5% in the first-half of 2025.\n", "5%", "2025-H1"),
    # months named as a quarter: "the April-June quarter of 2025"
    ("In the April-June quarter of 2025, Zentria posted sales of $5.25 billion.\n", "$5.25 billion", "2025-Q2"),
])
def test_period_forms(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # the first quarters or months of a year counted together, never the last of them alone
    ("2024年前3季中国新接订单量占全球74.7%。\n", "74.7%", "2024-Q1-Q3"),
    ("2024年前三季度新接訂單量佔74.7%。\n", "74.7%", "2024-Q1-Q3"),
    ("China took 74.7% of new orders in the first three quarters of 2024.\n", "74.7%", "2024-Q1-Q3"),
    ("China took 74.7% of new orders in the first nine months of 2024.\n", "74.7%", "2024-Q1-Q3"),
    ("2024年1至9月中国新接订单量占全球74.7%。\n", "74.7%", "2024-Q1-Q3"),
    ("2024年前10个月全球新船订单5416万CGT。\n", "5416万CGT", "2024-01..10"),
    ("In the first ten months of 2024, orders reached 54.16 million CGT.\n", "54.16 million CGT", "2024-01..10"),
    ("2024年前两季营收50亿元。\n", "50亿元", "2024-H1"),
    # the third quarter alone stays the third quarter
    ("2024年第三季营收50亿元。\n", "50亿元", "2024-Q3"),
])
def test_the_first_quarters_or_months_of_a_year_together(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_quarter_without_its_year_takes_the_documents_date():
    text = "2025-08-14 台北讯\n\n今年第二季营收50亿元。\n"
    assert frames(text)["50亿元"].context.period == "2025-Q2"
    text = "Shipments in Q4 2024 were 20 million.\nIn Q1, shipments were 18 million.\n"
    assert frames(text)["18 million"].context.period == "2024-Q1"


@pytest.mark.parametrize("text, figure, period", [
    # an undated page that only looks back reports on the year it names from the next one
    ("Record renewable installations in 2024\n\nChina added 277 GW of solar last year.\n", "277 GW", "2024"),
    ("2024年光伏装机创新高\n\n去年全国新增光伏装机277吉瓦。\n", "277吉瓦", "2024"),
    ("2024年光伏裝機創新高\n\n去年全國新增光伏裝機277吉瓦。\n", "277吉瓦", "2024"),
    # one that says "this year" is written in the year it names
    ("Record renewable installations in 2024\n\nChina will add 277 GW of solar this year, more than last year.\n",
     "277 GW", "2024"),
    ("2024年光伏装机\n\n今年全国新增光伏装机277吉瓦,高于去年。\n", "277吉瓦", "2024"),
])
def test_an_undated_page_that_looks_back_is_written_the_year_after(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_comparison_base_is_not_the_figures_period():
    got = frames("2025年第三季度出货量7580万台，相较于2024年同期的6930万台增长9.4%。\n")
    assert got["7580万台"].context.period == "2025-Q3"
    assert got["9.4%"].context.period == "2025-Q3"
    assert got["6930万台"].context.period == "2024-Q3"  # the base, 2024年同期: the same quarter of 2024
    got = frames("In 2024, revenue rose 12% compared with 2019.\n")
    assert got["12%"].context.period == "2024"


@pytest.mark.parametrize("unit", ["tonnes", "billion tonnes", "million metric"])
def test_the_year_of_a_level_compared_with_does_not_date_the_paragraphs_after(unit):
    # "down from 1.879 billion tonnes in 2023": the level's year is a comparison base, so the document names
    # one period, 2024, which holds for the next paragraph's undated figures
    got = frames(f"Output in 2024 was 1,863 {unit}, down from 1,879 {unit} in 2023.\n\n"
                 "Zentria Steel saw a 1.4% decrease in production.\n")
    assert got["1.4%"].context.period == "2024"


def test_the_period_right_after_a_figure_binds_to_it():
    got = frames("Its share rose from 36 percent in the fourth quarter of 2024 to 36.9 percent in the first "
                 "quarter of 2025.\n")
    assert got["36 percent"].context.period == "2024-Q4"
    assert got["36.9 percent"].context.period == "2025-Q1"


def test_forecast_by_the_figures_own_verb():
    assert "forecast" in frames("预计2030年市场规模将达到500亿元。\n")["500亿元"].context.basis
    assert "forecast" in frames("Shipments are expected to reach 70 million in 2026.\n")["70 million"].context.basis
    assert "forecast" not in frames("Shipments reached 70 million, and the firm expects growth.\n")["70 million"].context.basis
    assert "forecast" not in frames("By 2021, its share had risen to 40%.\n")["40%"].context.basis
    # a noun of forecasting before the figure marks it as well as a verb does
    assert "forecast" in frames("Analysts' median prediction was a deficit of 380,000 tons.\n")["380,000 tons"].context.basis
    assert "forecast" in frames("Official projections put output at 12.1 million tons.\n")["12.1 million tons"].context.basis


def test_a_change_against_a_base_year_is_a_figure_of_the_later_year():
    got = frames("2024年來台旅客人數達786萬人次,相較2023年成長21.13%。\n")
    assert got["21.13%"].context.period == "2024" and got["21.13%"].context.base == "vs 2023"
    # a level introduced by the base is the base period's own figure
    assert frames("出货量达7580万台,相较于2024年同期的6930万台增长。\n")["6930万台"].context.period == "2024"


def test_a_period_attached_to_an_earlier_figure_dates_only_that_one():
    got = frames("戴爾在2025年第3季市占率從去年同期的14.2%下降到13.3%。\n")
    assert got["14.2%"].context.period.startswith("2024") and got["13.3%"].context.period == "2025-Q3"
    got = frames("SK海力士2025年第一季市占率从去年第四季的36%升至36.9%。\n")
    assert got["36%"].context.period == "2024-Q4" and got["36.9%"].context.period == "2025-Q1"


def test_a_span_of_months_that_is_a_quarter_or_half_is_that_quarter_or_half():
    got = frames("The DRAM market totalled $26.33 billion in the January–March period of 2025.\n")
    assert got["$26.33 billion"].context.period == "2025-Q1"
    assert frames("2025年1-6月出货量达1200万台。\n")["1200万台"].context.period == "2025-H1"


def test_the_same_period_last_year_is_the_sentences_quarter_or_half_a_year_back():
    got = frames("戴爾在2025年第3季市占率從去年同期的14.2%下降到13.3%。\n")
    assert got["14.2%"].context.period == "2024-Q3" and got["14.2%"].context.measure == "share"
    assert frames("2025年联想上半年出货量较去年同期的1500万台增长。\n")["1500万台"].context.period == "2024-H1"


@pytest.mark.parametrize("text, figure, period", [
    ("SK hynix held 36% in Q1 2025, below the 36.6% of the previous quarter.\n", "36.6%", "2024-Q4"),
    ("Revenue was $5 billion in the third quarter of 2025, against $4 billion a year earlier.\n", "$4 billion",
     "2024-Q3"),
    ("2025年第二季度营收为320亿美元，上一季为300亿美元。\n", "300亿美元", "2025-Q1"),
    ("2025年第二季營收為320億美元，上季為300億美元。\n", "300億美元", "2025-Q1"),
    # a change against the previous quarter is a figure of its own quarter
    ("The DRAM market shrank 9% from the previous quarter in Q1 2025.\n", "9%", "2025-Q1"),
])
def test_a_relative_period_is_the_sentences_own_period_shifted(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_relative_period_in_another_clause_dates_what_it_is_next_to():
    got = frames("2025年第二季度,三大厂商保持了上一季度的排名,合计市场份额达65%。\n")
    assert got["65%"].context.period == "2025-Q2"


def test_a_paragraph_without_a_period_takes_the_quarter_of_the_paragraph_before():
    text = ("In Q1 2025, Lenovo shipped 15.2 million units, up from 13.7 million in Q1 2024.\n\n"
            "In Q1 2025, Lenovo held 24.1%.\n\n"
            "HP followed with a share of 20.2%.\n")
    assert frames(text)["20.2%"].context.period == "2025-Q1"
    # a bare year in the paragraph before is as often background: it dates nothing after it
    text = "The company was founded in 1984 and listed in 1990.\n\nIt holds 24.1% of the market.\n"
    assert frames(text)["24.1%"].context.period is None


@pytest.mark.parametrize("text, figure, period", [
    ("In 2024, shipyards received orders of 65.8 million CGT.\n\nChinese yards took 46.45 million CGT for the year.\n",
     "46.45 million CGT", "2024"),
    ("Revenue in the third quarter of 2025 was $5 billion. Margins for the quarter rose to 40%.\n", "40%",
     "2025-Q3"),
    ("2024年第三季度，联想出货量1940万台，当季市占率达25.5%。\n", "25.5%", "2024-Q3"),
    ("2024年第三季度，聯想出貨量1940萬台，當季市佔率達25.5%。\n", "25.5%", "2024-Q3"),
    # an anaphoric period scopes its whole sentence (not only the figure it is written next to), and holds on
    # in the paragraph after it
    ("In 2024, shipyards received orders of 65.8 million CGT.\n\nChinese yards took 46.45 million CGT (1,711 "
     "vessels) for the year, with a market share of 70%. Korean yards had 10.98 million CGT.\n", "70%", "2024"),
    ("In 2024, shipyards received orders of 65.8 million CGT.\n\nChinese yards took 46.45 million CGT (1,711 "
     "vessels) for the year, with a market share of 70%. Korean yards had 10.98 million CGT.\n",
     "10.98 million CGT", "2024"),
    ("Revenue in the third quarter of 2025 was $5 billion.\n\nDuring the quarter, margins were 40% and "
     "costs (up 3%) were $2 billion.\n", "$2 billion", "2025-Q3"),
    # "the year to date", "the year ended …" are periods of their own, not a reference back
    ("In 2023 sales fell. In 2024 they rose. Sales for the year to date rose 5%.\n", "5%", "?-YTD"),
])
def test_an_anaphoric_period_is_the_period_last_named(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_since_is_a_starting_point_not_the_period_of_the_paragraph():
    text = ("2025年第三季度，全球PC出货量达到7590万台，实现自2023年四季度以来的连续增长。\n\n"
            "其中，联想出货量达到1940万台。\n")
    assert frames(text)["1940万台"].context.period == "2025-Q3"


@pytest.mark.parametrize("text, figure, period", [
    ("2025年10月16日\n\n聯想今年第3季市佔率達25.5%；戴爾在第3季僅年增2.6%，市佔率也從去年同期的14.2%下降到13.3%。\n",
     "13.3%", "2025-Q3"),
    ("2025年10月16日\n\n联想今年第3季市占率达25.5%；戴尔在第3季仅年增2.6%，市占率也从去年同期的14.2%下降到13.3%。\n",
     "2.6%", "2025-Q3"),
    ("Lenovo led in Q3 2025. In Q3, Dell grew 2.6%, while its share slipped from 14.2% a year earlier to 13.3%.\n",
     "13.3%", "2025-Q3"),
])
def test_a_quarter_without_its_year_takes_the_year_stated_before_it_not_a_base_after_it(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_paragraph_of_bases_does_not_hide_the_quarter_stated_before_it():
    text = ("In Q1 2025, Lenovo held 24.1% of shipments.\n\n"
            "Though its shipments fell compared to Q4, its growth rate rose.\n\n"
            "HP followed with a share of 20.2%.\n")
    assert frames(text)["20.2%"].context.period == "2025-Q1"


def test_a_month_without_its_year_does_not_unseat_the_paragraphs_one_dated_period():
    text = ("根據IDC數據，2025年第一季度全球PC出貨量達到6320萬臺，高於IDC 2月份預測的6240萬臺。"
            "聯想以24.1%的市場份額位居全球第一。\n")
    assert frames(text)["24.1%"].context.period == "2025-Q1"


def test_a_datelines_date_is_when_the_news_was_filed_not_the_figures_period():
    text = ("NEEDHAM, Mass., August 8, 2025 – Global smartphone shipments increased 1.4% year-over-year to 296.5 "
            "million units in the second quarter of 2025.\n")
    got = frames(text)
    assert got["1.4%"].context.period == got["296.5 million"].context.period == "2025-Q2"


@pytest.mark.parametrize("text, figure, period", [
    # 目前, currently: the quarter the report is about, when the paragraphs before name one in the document's year
    ("2025年6月30日\n\n2025年第二季全球手机出货量年增1%。\n\n目前市占第一仍为三星，市占率19.7%。\n", "19.7%", "2025-Q2"),
    ("June 30, 2025\n\nGlobal shipments grew 1% in Q2 2025.\n\nSamsung currently holds 19.7% of the market.\n",
     "19.7%", "2025-Q2"),
    # else the document's year
    ("2025年6月30日\n\n目前三星市占率为19.7%。\n", "19.7%", "2025"),
])
def test_now_is_the_period_the_report_is_about(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_span_of_months_from_january_is_a_reporting_period_for_the_list_after_it():
    text = ("From January to November 2025, global battery installations reached 1,046 GWh.\n\n"
            "Top suppliers by installation volume:\n\n"
            "1. CATL recorded 400 GWh of installations.\n"
            "2. BYD reached 175.2 GWh.\n"
            "3. LG Energy Solution achieved 96.9 GWh.\n"
            "4. CALB delivered 50.9 GWh.\n")
    got = frames(text)
    assert got["1,046 GWh"].context.period == "2025-01..11"  # "from" opens the span: no comparison base
    assert got["50.9 GWh"].context.period == "2025-01..11"
    # a year range after "from" is still a trajectory's start, not the figure's period
    got = frames("The market will grow from $184 billion in 2022 to $213 billion in 2027.\n")
    assert got["$213 billion"].context.period == "2027"


@pytest.mark.parametrize("text, figure, period", [
    # "the same period last year" is a relative base (a year back), not the sentence's own period
    ("In the first half of 2025, BYD installed 89.9 GWh.\n\nIts installation volume increased by 58.4% "
     "year-on-year to 89.8 GWh, compared to the same period last year.\n", "58.4%", "2025-H1"),
    ("In the first half of 2025, BYD installed 89.9 GWh.\n\nIts installation volume increased by 58.4% "
     "year-on-year to 89.8 GWh, compared to the same period last year.\n", "89.8 GWh", "2025-H1"),
    ("Revenue in Q2 2025 was $5 billion, against $4 billion in the same quarter a year earlier.\n", "$4 billion",
     "2024-Q2"),
])
def test_the_same_period_last_year_is_a_relative_base(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_year_in_brackets_is_no_period_the_document_lends():
    text = "全年总量：全球粗钢产量18.494亿吨，同比下降2.0%（2024年为18.868亿吨）。\n"
    got = frames(text)
    assert got["18.868亿吨"].context.period == "2024"
    assert got["18.494亿吨"].context.period is None  # not 2024: the bracket compares with it


@pytest.mark.parametrize("text, figure, period", [
    # a change "on" a period is against it: the period compared with, not the figure's
    ("Middle East: 95 million arrivals in 2024, up 32% on 2019.\n", "32%", "2024"),
    ("China produced 76.0 Mt in December 2024, up 11.8% on December 2023.\n", "11.8%", "2024-12"),
    # "on" before a date that is no comparison stays the date
    ("Shares rose 4% on 3 March 2025.\n", "4%", "2025-03"),
])
def test_a_change_on_a_period_is_against_it(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_sentence_of_figures_of_the_kind_an_earlier_sentence_dated_takes_its_period():
    got = frames("China produced 76.0 Mt in December 2024, up 11.8% on December 2023. India produced 13.6 Mt, "
                 "up 9.5%.\n")
    assert got["13.6 Mt"].context.period == "2024-12" and got["9.5%"].context.period == "2024-12"
    got = frames("2025年第二季度，小米出货4240万部，同比增长2%。vivo出货2640万部，同比增长1%。\n")
    assert got["2640万部"].context.period == "2025-Q2"
    # a bare year is as often background: not lent
    got = frames("Since 1949 the share rose to 60%. Refining held 91%.\n")
    assert got["91%"].context.period != "1949"


def test_the_date_of_a_level_compared_with_is_not_the_changes():
    got = frames("By the end of 2024, China's installed PV capacity had reached 886.66 GW, up 277.17 GW from "
                 "609.49 GW at the end of 2023.\n")
    assert got["277.17 GW"].context.period == "2024" and got["609.49 GW"].context.period == "2023"
    # each figure of a from/to pair keeps its own period
    got = frames("SK hynix's share rose from 36 percent in the fourth quarter of 2024 to 36.9 percent in the first "
                 "quarter of 2025.\n")
    assert [got[f].context.period for f in ("36 percent", "36.9 percent")] == ["2024-Q4", "2025-Q1"]


def test_a_year_compared_with_at_a_sentence_end_does_not_date_the_next_sentence_as_a_base():
    got = frames("The nation added 216.88 GW in 2023, up 148% from 2022. In 2022, the country added 87.41 GW of solar.\n")
    assert got["216.88 GW"].context.period == "2023" and got["87.41 GW"].context.period == "2022"


@pytest.mark.parametrize("text, figure, period", [
    # the level of the year before, compared with: that year's own figure
    ("2024年中国新增光伏277吉瓦,高于上一年的217吉瓦。\n", "217吉瓦", "2023"),
    ("2024年中國新增光伏277吉瓦,高於前一年的217吉瓦。\n", "217吉瓦", "2023"),
    ("China added 277 GW of solar in 2024, up from 217 GW in the previous year.\n", "217 GW", "2023"),
])
def test_the_level_of_the_year_before_is_that_years(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_change_on_the_figure_of_a_period_is_against_it():
    got = frames("China's total PV capacity reached 886.66GW at the end of 2024, an increase of 45.5% on the figure at "
                 "the end of 2023 when cumulative installations stood at 609.49GW.\n")
    assert got["45.5%"].context.period == "2024" and got["609.49GW"].context.period == "2023"


@pytest.mark.parametrize("text, figure, period", [
    ("In December Boeing logged 142 gross orders.\nBoeing delivered 348 jets in 2024.\n", "142", "2024-12"),
    ("Exports fell 3% in March, customs data showed in 2025.\n", "3%", "2025-03"),
    ("Since June the company has hired 400 people. Revenue in 2024 was $5 billion.\n", "400", "2024-06"),
])
def test_a_month_after_a_preposition_is_that_month_of_the_sentences_year(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_may_alone_is_no_month():
    got = frames("Output may reach 5 million tonnes, analysts said in 2025.\n")
    assert got["5 million tonnes"].context.period != "2025-05"


@pytest.mark.parametrize("text, figure, hint", [
    # a report opens with its period; a figure further on that names none leans to it
    # (a document naming one period only dates every figure with it: these name two)
    ("China installs record amount of solar in 2024\n\nThe NEA said 2023 had been a record year too.\n\n"
     "The total installed solar capacity was 887 GW.\n", "887 GW", "2024"),
    ("2024年全国风电新增装机再创新高\n\n国家能源局表示，2023年风电发展势头良好。\n\n海上风电累计装机4000万千瓦。\n",
     "4000万千瓦", "2024"),
    ("2024年全國風電新增裝機再創新高\n\n國家能源局表示，2023年風電發展勢頭良好。\n\n海上風電累計裝機4000萬千瓦。\n",
     "4000萬千瓦", "2024"),
])
def test_an_undated_figure_leans_to_the_period_its_document_opens_with(text, figure, hint):
    c = frames(text)[figure]
    assert c.context.period is None and c.context.period_hint == hint


@pytest.mark.parametrize("text, figure", [
    # never a year to come, history, a relative year or a comparison base
    ("Wind capacity will double by 2030, the agency says.\n\nTotal capacity was 521 GW.\n", "521 GW"),
    ("BEIJING, March 12, 2025 — In 1998 the first turbine was built, in 2001 the second.\n\nTotal capacity was 521 GW.\n",
     "521 GW"),
    ("去年风电发展势头良好。\n\n海上风电累计装机约4000万千瓦。\n", "约4000万千瓦"),
    ("Capacity grew 9% compared with 2023.\n\nTotal capacity was 521 GW.\n", "521 GW"),
])
def test_no_lead_period_from_targets_history_relative_years_or_bases(text, figure):
    c = frames(text)[figure]
    assert c.context.period is None and c.context.period_hint is None


def test_an_address_is_no_period_and_a_page_without_a_date_has_no_history_cut():
    # the digits of a link are not when its figures hold
    text = ("Source: https://example.com/2021/03/18/story/\n\nChina doubles wind installations in 2020\n\n"
            "In 2019 it added 26 GW.\n\nChina added 52 GW of new capacity.\n")
    assert frames(text)["52 GW"].context.period_hint == "2020"
    # a page that states no date of its own: the year it names most (2013, twice) does not make its lead's
    # year (2014) one to come
    text = ("More than 50 GW was added worldwide during 2014, 40% more than in 2013.\n\n"
            "The previous record was in 2012, against 2013's slump.\n\nChina added 23.3 GW.\n")
    assert frames(text)["23.3 GW"].context.period_hint == "2014"


def test_the_date_in_a_reports_title_is_no_lead_period():
    text = ("根據SNE Research發佈的《2026年1月全球每月電動汽車及電池追蹤報告》，2025年全球電池總量達到1,187GWh，"
            "較2024年增長31.7%。\n\nLG新能源排名全球第三，裝機量108.8GWh。\n")
    assert frames(text)["108.8GWh"].context.period_hint == "2025"


@pytest.mark.parametrize("text, figure, period", [
    # twelve months across two years run as a marketing or fiscal year
    ("Consumption reached 177 million bags in the twelve months from October 2023 to September 2024.\n",
     "177 million bags", "2023/24"),
    ("2023年10月至2024年9月全球咖啡消费量达1.77亿袋。\n", "1.77亿袋", "2023/24"),
    ("2023年10月至2024年9月全球咖啡消費量達1.77億袋。\n", "1.77億袋", "2023/24"),
    # months of one year, the first written with its 月
    ("2024年1月至3月全球咖啡消费量达1.77亿袋。\n", "1.77亿袋", "2024-Q1"),
    ("2024年1月至11月全球咖啡消费量达1.77亿袋。\n", "1.77亿袋", "2024-01..11"),
])
def test_spans_of_months(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # 全年 (the whole year) refers back to the year the text last named
    ("国家电影局公布2023年电影行业指标：\n\n全年电影票房为549.15亿元。\n", "549.15亿元", "2023"),
    ("國家電影局公布2023年電影行業指標：\n\n全年電影票房為549.15億元。\n", "549.15億元", "2023"),
    # never to a year written after it (a comparison in brackets)
    ("全年总量：全球粗钢产量18.494亿吨（2024年为18.868亿吨）。\n", "18.494亿吨", None),
    # a date counted up to: the figures to date, not the year's
    ("截至11月14日，2023年全国电影票房突破500亿元。\n", "突破500亿元", "2023-11 (as of)"),
    ("截至11月14日，2023年全國電影票房突破500億元。\n", "突破500億元", "2023-11 (as of)"),
    ("As of November 14, the 2023 box office reached 50 billion yuan.\n", "50 billion yuan", "2023-11 (as of)"),
    ("As of November 14, 2023, the box office reached 50 billion yuan.\n", "50 billion yuan", "2023-11 (as of)"),
])
def test_the_whole_year_and_dates_counted_up_to(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # a time stamp says when the page was written, not the figure's period
    ("date 2024-01-04 Zentria took $7.7bn at the box office in 2023.\n", "$7.7bn", "2023"),
    ("2024/01/04 Zentria took $7.7bn at the box office in 2023.\n", "$7.7bn", "2023"),
    ("发布时间 2024-01-04 10:00:23 Zentria 2023年票房为549亿元。\n", "549亿元", "2023"),
])
def test_a_time_stamp_is_not_a_figures_period(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # a month later in the year than the page's own date is the one before it
    ("Source: https://example.org/2021/2/5/lng\n\nZentria's LNG imports for December were 6.5mn tons.\n",
     "6.5mn tons", "2020-12"),
    ("February 5, 2021\n\nZentria's LNG imports for December were 6.5mn tons.\n", "6.5mn tons", "2020-12"),
    ("2021年2月5日\n\nZentria 12月液化天然气进口650万吨。\n", "650万吨", "2020-12"),
    # not when the sentence names the page's year, nor for a month before the page's date
    ("February 5, 2021\n\nZentria's LNG imports for January were 6.5mn tons.\n", "6.5mn tons", "2021-01"),
])
def test_a_month_after_the_pages_date_is_last_years(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # the period of a change "from A to B" dates B; A is the level of the period before
    ("In the second quarter of 2025 the firm's share fell from 21.5% to 19.8%.\n", "21.5%", "2025-Q1"),
    ("In the second quarter of 2025 the firm's share fell from 21.5% to 19.8%.\n", "19.8%", "2025-Q2"),
    ("In the first quarter of 2025 its share fell from 21.5% to 19.8% year-on-year.\n", "21.5%", "2024-Q1"),
    ("The company's market share rose from 12% to 15% in 2024.\n", "12%", "2023"),
    ("The company's market share rose from 12% to 15% in 2024.\n", "15%", "2024"),
    ("2025年第二季度，该公司市占率从21.5%降至19.8%。\n", "21.5%", "2025-Q1"),
    ("2025年第二季度，该公司市占率从21.5%降至19.8%。\n", "19.8%", "2025-Q2"),
    ("2025年第二季，該公司市佔率同比由21.5%降至19.8%。\n", "21.5%", "2024-Q2"),
    # a period of its own still dates the figure a change starts from
    ("Its share rose from 36 percent in the fourth quarter of 2024 to 36.9 percent in the first quarter of 2025.\n",
     "36 percent", "2024-Q4"),
    # a range is no change: both bounds are the period's
    ("In 2024 prices ranged from $5 to $7 a kilogram.\n", "$5 to $7", "2024"),
])
def test_a_change_from_a_level_dates_its_start_in_the_period_before(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # a change with no period of its own, after a change whose ends were dated, runs between the same periods
    ("Acme's share rose from 20% in the third quarter of 2024 to 22% in the fourth quarter of 2024, while "
     "Bolt's fell from 31% to 29%.\n", "31%", "2024-Q3"),
    ("Acme's share rose from 20% in the third quarter of 2024 to 22% in the fourth quarter of 2024, while "
     "Bolt's fell from 31% to 29%.\n", "29%", "2024-Q4"),
    ("甲公司的市占率从去年第三季的20%上升到今年第一季的22%，乙公司市占率则从同期的31%降至29%。\n", "31%", "?-Q3"),
    ("甲公司的市占率从2024年第三季的20%上升到2025年第一季的22%，乙公司市占率则从同期的31%降至29%。\n", "31%", "2024-Q3"),
    ("甲公司的市佔率從2024年第三季的20%上升到2025年第一季的22%，乙公司市佔率則從31%降至29%。\n", "29%", "2025-Q1"),
])
def test_a_change_after_a_dated_change_runs_between_the_same_periods(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # a month the text does not name: a month's figure, whatever year the page is from
    ("China imported 6.90 million tonnes of LNG last month, up 5.5 percent from a year earlier.\n",
     "6.90 million tonnes", "?-M"),
    ("Sales this month reached 120,000 cars.\n", "120,000", "?-M"),
    ("Exports rose 4% over the past month.\n", "4%", "?-M"),
    ("中国上月进口液化天然气690万吨。\n", "690万吨", "?-M"),
    ("中國上個月進口液化天然氣690萬噸。\n", "690萬噸", "?-M"),
    ("本月销量达12万辆。\n", "12万辆", "?-M"),
    # look-alikes: a comparison with last month is a base; words that hold 上月 or 本月 are no period
    ("The company said last month that its revenue rose 10% in 2024.\n", "10%", "2024"),
    ("2024年日本月度出口增长3%。\n", "3%", "2024"),
    ("2024年线上月活跃用户达5亿。\n", "5亿", "2024"),
    ("2024年成本月均上涨3%。\n", "3%", "2024"),
])
def test_a_month_the_text_does_not_name_is_a_months_figure(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_figure_of_a_month_the_text_does_not_name_never_meets_the_years():
    from factcheck.group import explain

    month = frames("China imported 6.90 million tonnes of LNG last month, up 5.5 percent from a year earlier.\n",
                   "a.txt")
    year = frames("China imported 81.4 million tonnes of LNG in 2021, up 17.8 percent from a year earlier.\n", "b.txt")
    assert "period" in explain(month["5.5 percent"], year["17.8 percent"])
    assert "period" in explain(month["6.90 million tonnes"], year["81.4 million tonnes"])


def test_the_previous_month_is_a_base_not_a_month_the_text_does_not_name():
    f = frames("China's imports of iron ore in December 2022 fell 8.1% from the previous month to 90.86 million "
               "tonnes.\n")
    assert f["90.86 million tonnes"].context.period == "2022-12"


@pytest.mark.parametrize("text, figure, period", [
    # a year right before its figure dates it; a year that opens a month or a day does not stand alone
    ("2018年，中国进口牛肉103.9万吨。2019年165.9万吨，2020年212万吨。\n", "165.9万吨", "2019"),
    ("2018年，中國進口牛肉103.9萬噸。2019年165.9萬噸，2020年212萬噸。\n", "212萬噸", "2020"),
    ("2019年12月进口牛肉20万吨。\n", "20万吨", "2019-12"),
    ("2019年1-9月进口牛肉120万吨。\n", "120万吨", "2019-Q1-Q3"),
])
def test_a_year_right_before_its_figure_dates_it(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # the year so far: never the year's nor a month's
    ("US soybeans made up 16.8 million tons of China's year-to-date imports, up more than 15% from last year.\n",
     "more than 15%", "?-YTD"),
    ("Sales so far this year reached $5 billion.\n", "$5 billion", "?-YTD"),
    ("今年以来，中国进口大豆8618万吨。\n", "8618万吨", "?-YTD"),
    ("年初至今，中國進口大豆8618萬噸。\n", "8618萬噸", "?-YTD"),
    # a month's name alone, its year the sentence's or the paragraph's; "may" and "march" are words too
    ("China imported 9.91 million tonnes of meat in 2020. December imports jumped 24% to 964,000 tonnes.\n",
     "964,000 tonnes", "2020-12"),
    ("Sales reached $5 billion in 2024. Prices may rise 5% next quarter.\n", "$5 billion", "2024"),
])
def test_the_year_so_far_and_a_months_name_alone(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, base", [
    # a sequential change (环比, "sequentially") of a month's figure is month-on-month; of a quarter's, qoq
    ("2022年12月份全国生产铁矿石7861.2万吨，同比下降2.4%，环比下降1.2%。\n", "1.2%", "mom"),
    ("2022年12月份全國生產鐵礦石7861.2萬噸，同比下降2.4%，環比下降1.2%。\n", "1.2%", "mom"),
    ("In December 2022, output fell 1.2% sequentially.\n", "1.2%", "mom"),
    ("2025年第二季度营收50亿元，环比增长3%。\n", "3%", "qoq"),
])
def test_a_sequential_change_runs_against_the_period_before_of_its_kind(text, figure, base):
    assert frames(text)[figure].context.base == base


@pytest.mark.parametrize("text, figure, period", [
    # a paragraph that introduces what follows with a colon gives the items below it its year (not the year the
    # page named first)
    ("国家统计局关于粮食产量数据的公告\n\n2023年全国粮食总产量69541万吨。\n\n根据调查,2024年全国粮食播种面积和总产量"
     "分别如下:\n\n一、全国粮食播种面积119319千公顷,比2023年增加351千公顷。\n", "351千公顷", "2024"),
    ("國家統計局關於糧食產量數據的公告\n\n2023年全國糧食總產量69541萬噸。\n\n根據調查,2024年全國糧食播種面積和總產量"
     "分別如下：\n\n一、全國糧食播種面積119319千公頃,比2023年增加351千公頃。\n", "119319千公頃", "2024"),
    ("Grain report\n\nIn 2023 output was 695 million tonnes.\n\nIn 2024, the national figures were as follows:\n\n"
     "Grain output rose by 11.1 million tonnes compared with 2023.\n", "11.1 million tonnes", "2024"),
])
def test_a_paragraph_ending_in_a_colon_dates_what_follows(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_paragraph_not_introducing_what_follows_does_not_date_it_with_a_bare_year():
    # a year in a paragraph that ends with a full stop may be background ("started in 2024"): not carried
    text = ("Grain report\n\nIn 2023 output was 695 million tonnes.\n\nThe programme started in 2024.\n\n"
            "Grain output rose by 11.1 million tonnes compared with 2023.\n")
    assert frames(text)["11.1 million tonnes"].context.period is None


@pytest.mark.parametrize("text, figure, period", [
    # "for the full year", "for the whole year" refer back to the year the text last named
    ("Shipments grew 1.7% for the full year 2023 while falling in 4Q23. Hearables declined 0.8% for the full year.\n",
     "0.8%", "2023"),
    ("Shipments fell 18.9% in the first quarter of 2024, but could rise 0.3% for the whole year.\n", "0.3%", "2024"),
    # 2024年上半 is the first half without its 年 (Taiwanese reports); 上半场 is a match's first half, no period
    ("2024年上半全球电视出货量为9,071.7万台,年增0.8%。\n", "0.8%", "2024-H1"),
    ("2024年上半全球電視出貨量為9,071.7萬台,年增0.8%。\n", "0.8%", "2024-H1"),
    ("2024年下半,出货量增长7%。\n", "7%", "2024-H2"),
    ("2024年上半场比赛进球3个。\n", "3个", "2024"),
])
def test_full_year_and_a_half_written_short(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, want", [
    # a month without its year takes the page's, not that of the base it is compared with
    ("Source: https://x.blog/2026/02/08/a\n\n人民银行公布,截至1月底,外汇储备为33990.8亿美元,较去年12月底增加412.1亿美元。\n",
     "33990.8亿美元", "2026-01 (as of)"),
    ("Source: https://x.blog/2026/02/08/a\n\n人民銀行公布,截至1月底,外滙儲備為33990.8億美元,較去年12月底增加412.1億美元。\n",
     "412.1億美元", "2026-01 (as of)"),
    ("Source: https://x.blog/2026/02/08/a\n\n2月份出口同比增长5%，较去年12月份加快2个百分点。\n", "5%", "2026-02"),
])
def test_a_yearless_month_never_takes_the_year_of_its_comparison_base(text, figure, want):
    assert frames(text)[figure].context.period == want


@pytest.mark.parametrize("text, figure, want", [
    # a month of a year named relative to the page's date
    ("2025年1月15日\n\n其中去年12月訪港旅客量錄得426萬人次。\n", "426萬人次", "2024-12"),
    ("2025年1月15日\n\n今年3月份出口增长5%。\n", "5%", "2025-03"),
    # no page date: which year is unknown, no month is guessed
    ("去年12月访港旅客量录得426万人次。\n", "426万人次", None),
])
def test_a_month_of_last_year_or_this_year(text, figure, want):
    assert frames(text)[figure].context.period == want


@pytest.mark.parametrize("text, figure, forecast", [
    # the figure's own verb in the past says what happened, whatever was expected earlier in its clause
    ("Last year, Airbus cut its delivery target twice and ultimately only delivered 661 jets.\n", "661", False),
    ("A backlog of delayed projects led to a record 148.1% surge in 2023.\n", "148.1%", False),
    # "projects" is the noun where a verb of its own or a preposition follows it
    ("The floor space of housing projects fell 7.7% to 5.9 billion square meters in 2023.\n",
     "5.9 billion square meters", False),
    ("Projects under construction tumbled 20.4% to 953.8 million square meters in 2023.\n",
     "953.8 million square meters", False),
    # a forecast right before the figure stays one
    ("Airbus expects to deliver 820 jets in 2025.\n", "820", True),
    ("The IEA projects demand to rise 3% in 2026.\n", "3%", True),
    ("Shipments are projected 5% higher in 2026.\n", "5%", True),
])
def test_a_figure_whose_own_verb_is_past_is_no_forecast(text, figure, forecast):
    assert ("forecast" in frames(text)[figure].context.basis) is forecast


@pytest.mark.parametrize("text, figure, want", [
    # a span of days: from a month's start, those months; across months from inside one, its year (a season)
    ("2025年1月1日至6月30日，出口增长5%。\n", "5%", "2025-H1"),
    ("2025年1月1日至11月14日，全国电影票房500亿元。\n", "500亿元", "2025-01..11"),
    ("2025年1月14日至2月22日，全社会跨区域人员流动量90.2亿人次。\n", "90.2亿人次", "2025"),
    # a bracket after a span of time says when it was: the sentence's period
    ("春运40天(2025年1月14日至2月22日)，全社会跨区域人员流动量90.2亿人次。\n", "90.2亿人次", "2025"),
    ("春運40天（2025年1月14日至2月22日），全社會跨區域人員流動量90.2億人次。\n", "90.2億人次", "2025"),
    # other brackets stay asides: a season's months, a base
    ("World coffee production in the 2024/25 season (July/June) is estimated at 174.9 mln bags.\n",
     "174.9 mln bags", "2024/25"),
    ("出口增长5%（2024年为3%）。\n", "5%", None),
])
def test_spans_of_days_and_the_brackets_that_date_a_span(text, figure, want):
    assert frames(text)[figure].context.period == want


@pytest.mark.parametrize("text, figure, forecast", [
    # a verb after "to" or a modal is what is expected, not a past the figure reports
    ("Semiconductor equipment revenues are forecast to hit $109 billion in 2024.\n", "$109 billion", True),
    ("Analysts say sales will hit 5 million units in 2027.\n", "5 million", True),
    # (a past "hit" still cancels an earlier cue: the figure's own verb)
    ("Despite the forecast, sales hit 5 million units in 2024.\n", "5 million", False),
])
def test_a_verb_after_to_or_a_modal_is_no_past(text, figure, forecast):
    assert ("forecast" in frames(text)[figure].context.basis) is forecast


@pytest.mark.parametrize("text, figure, forecast", [
    # the change of a level expected is expected too
    ("Semiconductor equipment revenues are forecast to hit $109 billion in 2024 – that's up 3.4% year-on-year.\n",
     "3.4%", True),
    ("预计2025年全球半导体设备销售额将达到1280亿美元，同比增长17%。\n", "17%", True),
    # (the change of a level reached is not)
    ("Semiconductor equipment revenues hit $106 billion in 2023, up 1.3% year-on-year.\n", "1.3%", False),
])
def test_the_change_of_a_forecast_level_is_a_forecast(text, figure, forecast):
    assert ("forecast" in frames(text)[figure].context.basis) is forecast


def test_a_period_right_after_a_past_record_dates_that_record_not_a_later_clause():
    text = ("Imports rose 22.6 percent to a record US$483.61 billion in 2025, smashing the previous record of "
            "US$428.1 billion in 2022, while the trade surplus was up 95.0 percent from a year earlier to a record "
            "US$157.14 billion.\n")
    got = frames(text)
    assert got["US$428.1 billion"].context.period == "2022"
    assert got["95.0 percent"].context.period == "2025"
    assert got["US$157.14 billion"].context.period == "2025"


@pytest.mark.parametrize("text, figure, want", [
    # Taiwan's Minguo years: 114 年 is 2025, 民國113年 2024, with or without a space before 年
    ("財政部公布，114 年 12 月出口金額達 624.8 億美元。\n", "624.8 億美元", "2025-12"),
    ("114 年第四季單季出口值達 1,881.1 億美元。\n", "1,881.1 億美元", "2025-Q4"),
    ("民國113年全年出口4750億美元。\n", "4750億美元", "2024"),
    ("114年全年出超金額來到1,571.4億美元。\n", "1,571.4億美元", "2025"),
    # (a duration is no year: 有113年歷史, 長達120年)
    ("該公司有113年歷史，營收達50億元。\n", "50億元", None),
])
def test_minguo_years(text, figure, want):
    got = frames(text)
    assert got[figure].context.period == want
    if want:  # (the year is no figure; a duration is one)
        assert not any(k.startswith(("114", "113", "12")) and k != figure for k in got)
    else:
        assert "113年" in got


@pytest.mark.parametrize("text, figure", [
    # on a Simplified page a 3-digit number before 年 is no Minguo year
    ("建党100年之际，全国GDP达到114万亿元。\n", "114万亿元"),
    ("这是100年一遇的洪水，损失达50亿元。\n", "50亿元"),
])
def test_no_minguo_years_on_a_simplified_page(text, figure):
    assert frames(text)[figure].context.period is None


def test_a_page_dated_by_minguo_years_reads_last_year_from_them():
    # a page on 114年 statistics that says 去年 (and never 今年) is written in 115 (2026): its 去年 is 2025
    text = ("交通部觀光署公布114年旅客出入境統計，去年高達1894萬餘人次出國。\n\n"
            "根據觀光署113年的調查，推算去年全台旅客出國要花費1兆522億元。\n")
    got = frames(text)
    assert got["1894萬餘人次"].context.period == "2025"
    assert got["1兆522億元"].context.period == "2025"


def test_the_year_before_last():
    got = frames(" date 2026-01-15 中國去年全年順差首度突破一兆美元，超越前年九九三〇億美元。\n")
    assert got["九九三〇億美元"].context.period == "2024"
    assert got["突破一兆美元"].context.period == "2025"
    # (前 ending another word is no year: 目前年产量)
    assert frames(" date 2026-01-15 目前年产量为500万吨。\n")["500万吨"].context.period != "2024"


def test_a_bracket_dating_a_span_of_time_is_the_pages_one_period():
    # the list items after a span's bracket take its year, not a later month the page names
    text = ("春运40天(2025年1月14日至2月22日),全社会跨区域人员流动量90.2亿人次,比2024年同期增长7.1%。其中:\n"
            "●铁路旅客发送量5.1亿人次,同比增长6.1%;\n"
            "●民航旅客发送量9020万人次,同比增长6.2%。\n\n"
            "2月22日是春运最后一天。\n")
    got = frames(text)
    assert got["5.1亿人次"].context.period == "2025" and got["9020万人次"].context.period == "2025"


# -- a whole year's figure dates the figures listed after it; 仅次于 names a comparison; 单季 is the month's quarter --

def test_a_whole_years_figure_dates_the_figures_listed_after_it():
    f = frames("統計顯示，2025年12月出口624.8億美元；2025年全年出口6407.5億美元，年增34.9%；進口4836.1億美元，"
               "出超1571.37億美元。\n")
    assert (f["4836.1億美元"].context.period, f["1571.37億美元"].context.period) == ("2025", "2025")


def test_second_only_to_a_month_is_no_period_of_the_figure():
    f = frames("2025年12月出口624.8億美元，為歷年單月次高，僅次於2025年11月，並較上年同月增43.4%。\n")
    assert f["43.4%"].context.period == "2025-12"


@pytest.mark.parametrize("text, fig, want", [
    ("2025年12月出口金額達624.8億美元，單季出口1,881.1億美元，較上年同季大增49.4%。\n", "1,881.1億美元", "2025-Q4"),
    ("2025年5月出口金額达500亿美元，单季出口1,400亿美元。\n", "1,400亿美元", "2025-Q2"),
])
def test_a_single_quarter_after_a_month_is_that_months_quarter(text, fig, want):
    assert frames(text)[fig].context.period == want


@pytest.mark.parametrize("text, fig, want", [
    ("The world sugar market could record a deficit of 4.8 million tonnes in 2024/2025, compared to a surplus of "
     "1.3 million tonnes in the previous season.\n", "1.3 million tonnes", "2023/24"),
    ("The world coffee output for 2024-25 is forecast at 174.9 million bags, up 6.9 million bags on the previous "
     "year’s 168 million bags.\n", "168 million bags", "2023/24"),
])
def test_the_previous_season_or_year_of_a_season_is_the_season_before(text, fig, want):
    assert frames(text)[fig].context.period == want


def test_the_previous_season_of_a_page_about_one_season():
    text = ("Ivory Coast's cocoa output for 2023/24 is forecast at 1.80 million tons.\n\n"
            "In Ivory Coast, cocoa production is expected to plummet to 1.75 million tons, a 23% decline from the "
            "previous season’s 2.3 million recorded output.\n")
    assert frames(text)["2.3 million"].context.period == "2022/23"


def test_the_previous_season_after_a_year_is_not_guessed():
    text = "Sugar output rose in 2024, compared with 30 million tonnes in the previous season.\n"
    assert frames(text)["30 million tonnes"].context.period != "2023"


def test_a_clause_opening_with_a_participle_goes_on_with_the_one_before():
    # "…will increase by 540,000 b/d in 2023, averaging 12.4 million b/d": what the first clause expects, the
    # participle's figure is expected too, and of what the first clause measures
    got = frames("We forecast that crude oil production in Norway will increase by 40,000 b/d in 2023, averaging "
                 "2.1 million b/d for the year.")
    c = got["2.1 million b/d"]
    assert "forecast" in c.context.basis and c.context.subject == "Norway"
    got = frames("In 2025, wafer fab equipment sales are projected to expand 14.7%, reaching USD 113 billion.")
    assert got["14.7%"].context.measure == "growth"
    assert "wafer fab" in got["USD 113 billion"].context.basis


@pytest.mark.parametrize("text, figure, period", [
    # the level right after "from" a change on a base is the base period's level
    ("World aluminium output in December 2023 rose 3.25 per cent month-on-month from 5.85 million tonnes.\n",
     "5.85 million tonnes", "2023-11"),
    ("World aluminium output in December 2023 grew 2.03% year-on-year from 5.92 million tonnes.\n",
     "5.92 million tonnes", "2022-12"),
    ("Revenue in Q1 2025 rose 4% quarter-on-quarter from $5.1 billion.\n", "$5.1 billion", "2024-Q4"),
    ("Output in January 2024 rose 2% month-on-month from 3.1 million tonnes.\n", "3.1 million tonnes", "2023-12"),
    # a change from one level to another: the ends are read as before
    ("In 2024 output rose 5% year-on-year, from 3.6 million tonnes to 3.8 million tonnes.\n",
     "3.8 million tonnes", "2024"),
])
def test_the_level_a_change_on_a_base_starts_from(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, period", [
    # "the previous month", "a month earlier", 前一个月: the month before the sentence's own
    ("World output in December 2023 was 194,900 tonnes a day, down from 195,000 tonnes in the previous month.\n",
     "195,000 tonnes", "2023-11"),
    ("2024年3月日均产量为11.49万吨，前一个月为11.2万吨。\n", "11.2万吨", "2024-02"),
    ("Imports in January 2024 were 3.1 million tonnes, against 2.9 million tonnes a month earlier.\n",
     "2.9 million tonnes", "2023-12"),
    # the sentence's own figure keeps its month
    ("World output in December 2023 was 194,900 tonnes a day, down from 195,000 tonnes in the previous month.\n",
     "194,900 tonnes", "2023-12"),
])
def test_the_previous_month_is_the_month_before(text, figure, period):
    assert frames(text)[figure].context.period == period


def test_a_page_naming_its_year_only_as_a_comparison_base_is_written_the_year_after():
    # "this year ... down from 2022": the page is 2023's, its "this year" 2023
    text = ("China's cotton output this year stood at 5.618 million tonnes, down from 2022, official data showed.\n\n"
            "The yearly output was 6.1 percent lower than last year.\n")
    assert frames(text)["5.618 million tonnes"].context.period == "2023"
    # a page naming the year as its own keeps it
    text = "China's cotton output stood at 5.618 million tonnes in 2022, official data showed.\n"
    assert frames(text)["5.618 million tonnes"].context.period == "2022"


@pytest.mark.parametrize("text, figure, period", [
    # the year of an event before the figure's is no period of it
    ("In 2020, nickel output rose to 2.5 million tonnes after falling in 2019.\n", "2.5 million tonnes", "2020"),
    ("In 2024, exports rose to $3 billion after dropping 5% in 2023.\n", "$3 billion", "2024"),
    # a change "on" a year is a change against it
    ("Output reached 100,000 tonnes in 2021. This is an 18 per cent increase on 2020.\n", "18 per cent", "2021"),
])
def test_an_earlier_year_after_after_or_on_is_not_the_figures(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, expected", [
    ("By 2024, an estimated 3.4 billion people will play games.\n", "an estimated 3.4 billion", True),
    ("Some 3.4 billion people are expected to play games in 2026.\n", "Some 3.4 billion", True),
    ("Some 3.4 billion people will play games in 2026.\n", "Some 3.4 billion", True),
    # (a past verb after the figure is no forecast)
    ("Some 3.3 billion people played games in 2023.\n", "Some 3.3 billion", False),
])
def test_the_figures_own_verb_after_it_in_the_future_marks_a_forecast(text, figure, expected):
    assert ("forecast" in frames(text)[figure].context.basis) is expected


def test_a_year_in_a_relative_clause_after_the_figure_does_not_date_it():
    got = frames("Nickel supply surged in 2022. Supply rose 23% to 187,060 tonnes, which erased the deficit seen "
                 "in 2021.\n")
    assert got["187,060 tonnes"].context.period != "2021"


@pytest.mark.parametrize("text, figure", [
    # (review) a future verb after a conjunction or a reported clause is not the figure's own
    ("In the 2024 survey, 45% said they will buy an EV.\n", "45%"),
    ("Tesla delivered 1.8 million and investors will be pleased.\n", "1.8 million"),
])
def test_a_future_verb_that_is_not_the_figures_own_marks_no_forecast(text, figure):
    assert "forecast" not in frames(text)[figure].context.basis


@pytest.mark.parametrize("text, figure, period", [
    ("Registered FDI reached $36.6 billion in 2023, up 32.1 percent over the same period in 2022.\n",
     "32.1 percent", "2023"),
    ("Exports rose 5% compared with the same quarter of 2023 to $90 billion in Q1 2024.\n", "5%", "2024-Q1"),
])
def test_the_same_period_of_an_earlier_year_is_a_base(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure", [
    ("Fourth-quarter sales in 2024 reached $170.9 billion.\n", "$170.9 billion"),
    ("SIA said third quarter revenue in 2024 was $166 billion.\n", "$166 billion"),
])
def test_a_quarters_noun_before_its_year(text, figure):
    assert frames(text)[figure].context.period[4:] in ("-Q4", "-Q3")
    assert frames(text)[figure].context.period[:4] == "2024"


def test_a_month_naming_when_an_estimate_was_published_is_not_the_figures_period():
    got = frames("In 2023 the OIV gave a November estimate of 244 million hectoliters. Its June forecast was "
                 "lower.\n")
    assert got["244 million hectoliters"].context.period == "2023"


def test_the_year_an_earlier_event_began_is_no_figures_period():
    got = frames("Spending exceeded 5 trillion yen for the first time since it began compiling such data in 2010.\n")
    assert got["exceeded 5 trillion yen"].context.period != "2010"


@pytest.mark.parametrize("text, figure", [
    ("世界半导体贸易统计组织预估,2024年全球半导体销售额有望达6112亿美元,同比增长16%。\n", "16%"),
    ("EIA預計,美國2023年原油產量將增加55萬桶/日,達到1241萬桶/日,創歷史新高。\n", "1241萬桶/日"),
])
def test_a_forecast_verb_before_a_comma_speaks_for_the_clauses_after_it(text, figure):
    assert "forecast" in frames(text)[figure].context.basis


def test_a_past_verb_before_a_comma_marks_no_forecast():
    assert "forecast" not in frames("统计局表示,2024年全国粮食产量达到70650万吨,同比增长1.6%。\n")["1.6%"].context.basis


@pytest.mark.parametrize("text, period", [
    ("As of 2024 Oct 31, there were 58 reactors in operation.\n", "2024-10 (as of)"),
    ("As of 31 October 2024, there were 58 reactors in operation.\n", "2024-10 (as of)"),
    ("As of Nov. 30, 2024, there were 58 reactors in operation.\n", "2024-11 (as of)"),
    # (as of a day late in December: the year's)
    ("As of 2024 Dec 31, there were 58 reactors in operation.\n", "2024"),
])
def test_as_of_dates_written_day_first_or_year_first(text, period):
    assert frames(text)["58"].context.period == period


@pytest.mark.parametrize("text, figure, want", [
    # a page stating no date of its own is dated by its address, where a news site files a story by date
    ("Source: https://www.example.com/2024/09/09/trade.html\n\n今年前8个月出口增长5%。\n", "5%", "2024-01..08"),
    ("Source: https://www.example.com/2024-09-09/trade.html\n\nExports rose 5% this year.\n", "5%", "2024"),
    ("Source: https://big5.example.cn/amp/20250427/1065204133.html\n\n消息稱，目前，在建核電機組共28台。\n", "28台", "2025"),
    # an address with no date in it dates nothing; a date the page states wins over its address
    ("Source: https://www.example.com/news/1065204133.html\n\n今年前8个月出口增长5%。\n", "5%", "?-01..08"),
    ("2023年5月1日\nSource: https://www.example.com/2024/09/09/trade.html\n\n今年出口增长5%。\n", "5%", "2023"),
])
def test_a_page_is_dated_by_its_address_when_it_states_no_date(text, figure, want):
    assert frames(text)[figure].context.period == want


@pytest.mark.parametrize("text, figure, want", [
    # a period after a later figure that the sentence compares with (a past record, "above the …") dates that
    # figure; this one keeps the year its paragraph named
    ("2024 was a monumental year for Japan's tourism industry. With 36.8 million foreign visitors, the country "
     "surpassed its previous record of 31.8 million set in 2019.\n", "36.8 million", "2024"),
    ("2024 was a record year. Sales reached 5.2 million units, above the 4.9 million sold in 2019.\n",
     "5.2 million", "2024"),
    ("2024 was a record year. Sales reached 5.2 million units, exceeding the 4.9 million sold in 2019.\n",
     "5.2 million", "2024"),
    # (the compared figure keeps it; and a period after figures listed together dates them all)
    ("2024 was a record year. Sales reached 5.2 million units, above the 4.9 million sold in 2019.\n",
     "4.9 million", "2019"),
    ("Exports and imports rose 5% and 7% in 2023.\n", "5%", "2023"),
])
def test_a_period_after_a_figure_compared_with_dates_that_figure(text, figure, want):
    assert frames(text)[figure].context.period == want


@pytest.mark.parametrize("text, figure, want", [
    # a quarter or half named without its year that starts after the page's month is last year's
    ("Source: https://example.com/news/20250115/a.html\n\nGDP grew 7.55 percent in the fourth quarter, the office "
     "said.\n", "7.55 percent", "2024-Q4"),
    ("2026-02-28\n\n四季度增长4.5%。\n", "4.5%", "2025-Q4"),
    ("Source: https://example.com/news/20250115/a.html\n\nGDP grew 7.55 percent in the second half.\n",
     "7.55 percent", "2024-H2"),
    # (not one that has begun, nor one expected)
    ("Source: https://example.com/news/20250815/a.html\n\nGDP grew 7.55 percent in the second quarter.\n",
     "7.55 percent", "2025-Q2"),
    ("Source: https://example.com/news/20250115/a.html\n\nGDP is expected to grow 7 percent in the fourth quarter.\n",
     "7 percent", "2025-Q4"),
])
def test_a_quarter_after_the_pages_month_is_last_years(text, figure, want):
    assert frames(text)[figure].context.period == want


@pytest.mark.parametrize("text, figure", [
    # a length or a width of 2000 m is no year, for the figure nor for the page ("目前": the page's year)
    ("The rock is 3,600 m long and 2000 m wide.\n", "3,600 m"),
    ("艾尔斯巨石是目前世界上最大的巨石。长3600米,宽约2000米。\n", "3600米"),
])
def test_a_length_of_two_thousand_is_no_year(text, figure):
    assert frames(text)[figure].context.period is None
