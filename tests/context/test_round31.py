"""Round 31: rules read off real pages (corpus-fresh34 opened for reading), each with the near misses that must
stay apart. Sentences are written for these tests, in the forms those pages use."""
from __future__ import annotations

import pytest

from helpers import claims, frames


def _subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.context.subject for c in claims(text)}


# ---------------------------------------------------------------- the page's place against the world

CONGO_PAGE = ("A local paper reports on snakebite in the Democratic Republic of the Congo, where clinics lack "
              "antivenom. Doctors in Congo say the roads are the problem.\n"
              "Worldwide, snakebite is a neglected disease. Globally, the WHO counts bites every year; the "
              "world's figures are uncertain.\n"
              "Snakebite envenoming causes as many as 400,000 amputations and other permanent disabilities.\n")


def test_a_page_speaking_of_the_world_more_than_of_its_place_gives_figures_naming_no_one_to_no_place():
    assert _subjects(CONGO_PAGE)["as many as 400,000"] is None


@pytest.mark.parametrize("page, figure, subject", [
    # the world a place is ranked in is no world the page is about
    ("China is the world's largest car market. China is also the world's biggest exporter of cars, and the world's "
     "top EV maker.\nCar sales reached 31.4 million units in 2024, up 4.5%.\n", "31.4 million", "China"),
    ("台灣是全球晶片製造重鎮，台灣的台積電是全球最大晶圓代工廠，全球市占率超過六成，全球第一。\n去年出口成長9.9%，達4,750億美元。\n",
     "9.9%", "Taiwan"),
    # nor is a name that holds the word: World War II, the World Heritage list
    ("Japan marks 80 years since World War II ended. Japan's World War II veterans number few, and the World "
     "Heritage site at Hiroshima draws crowds.\nThe population fell 0.5% in 2024.\n", "0.5%", "Japan"),
])
def test_the_world_a_place_is_ranked_in_or_named_for_takes_no_place_from_its_page(page, figure, subject):
    assert _subjects(page)[figure] == subject


def test_a_page_naming_its_place_as_often_as_the_world_keeps_that_place():
    # "China remains No 1 worldwide … ranked first in the world": the world is what China is ranked in
    page = ("China remains No 1 worldwide in express delivery volume.\n"
            "China's express delivery volume has ranked first in the world for 11 consecutive years.\n"
            "The volume of express deliveries increased to 175.08 billion in 2024.\n")
    assert _subjects(page)["175.08 billion"] == "China"


# ---------------------------------------------------------------- a name after another figure is that one's

@pytest.mark.parametrize("text, figure, subject", [
    ("Rabies kills more than 60 000 people a year worldwide with more than 95% of deaths occurring in Africa.",
     "more than 60 000", None),
    ("Rabies kills more than 60 000 people a year worldwide with more than 95% of deaths occurring in Africa.",
     "more than 95%", "Africa"),
    # a name right after the figure, no figure between, stays the figure's
    ("The vaccine reached 24.1% for Lenovo and 20% for HP.", "24.1%", "Lenovo"),
    # the other end of the figure's own path does not stop it
    ("Exports rose 12% to $45 billion in Vietnam.", "12%", "Vietnam"),
    ("Unemployment fell to 3.9% from 4.1% in the US.", "3.9%", "US"),
])
def test_a_name_after_the_figure_past_another_figure_is_that_ones(text, figure, subject):
    assert _subjects(text)[figure] == subject


# ---------------------------------------------------------------- a pronoun after a sentence about the world

@pytest.mark.parametrize("text, figure, subject", [
    # its, 其, "the company" after a sentence about the world still carry the name before
    ("Indonesia produced 9.1 million tonnes of nickel last year. Global demand rose 8%. Its exports rose 20%.",
     "20%", "Indonesia"),
    ("Apple sold 232 million iPhones in 2024. The world's smartphone market grew 6%. The company's revenue rose 2%.",
     "2%", "Apple"),
    ("印尼去年生產了910萬噸鎳。全球需求大增。其出口增長20%。", "20%", "Indonesia"),
])
def test_a_pronoun_after_a_sentence_about_the_world_takes_the_name_before(text, figure, subject):
    assert _subjects(text)[figure] == subject


def test_a_sentence_naming_no_one_but_a_firm_by_pronoun_still_hands_it_on():
    # "The company topped the global shipment tab": "the company" is Lenovo, whatever "global" says
    text = ("Lenovo recorded shipments of 15.2 million units. The company topped the global shipment tab with over "
            "16 million units in Q4 2024. Its YoY rate rose by 10.4%.")
    assert _subjects(text)["10.4%"] == "Lenovo"


# ---------------------------------------------------------------- world words and sources

def test_the_planets_reef_area_is_the_worlds():
    f = frames("From January 2023 to April 2025, 83.7% of the planet's coral reef area has experienced "
               "bleaching-level heat stress, as per data from the U.S. National Oceanic and Atmospheric "
               "Administration (NOAA).")
    assert f["83.7%"].context.scope == "global"
    assert f["83.7%"].context.subject is None


def test_a_paper_that_cites_is_a_source_not_a_subject():
    text = ("I decided to track down the WHO statistics that The Guardian cites,\n"
            "The World Health Organization (WHO) estimates that about 5 million snakebites occur each year.\n")
    f = frames(text)
    assert f["about 5 million"].context.subject is None
    assert f["about 5 million"].context.source == "WHO"


@pytest.mark.parametrize("text, figure, subject", [
    # 所有大陆 is every continent, not 大陆 (mainland China)
    ("狂犬病发生在除南极洲以外的所有大陆,估计每年有59000人死于该病,主要集中在亚洲和非洲。", "59000人", None),
    ("狂犬病發生在除南極洲以外的所有大陸,估計每年有59000人死於該病。", "59000人", None),
    ("大陸架面積約為130萬平方公里。", "約為130萬平方公里", None),
    # 大陆 alone is mainland China
    ("去年大陸出口增長5.9%。", "5.9%", "China"),
])
def test_a_word_holding_a_place_name_is_no_mention_of_it(text, figure, subject):
    assert _subjects(text)[figure] == subject


# ---------------------------------------------------------------- N more: an amount added

@pytest.mark.parametrize("text, figure, kind", [
    ("This represents about 11 million more cases in 2023 compared to 2022.", "about 11 million", "change"),
    ("There were 2 million fewer visitors than in 2019.", "2 million", "change"),
    ("Births fell: there were 1.2 million fewer babies born in 2023 than a year earlier.", "1.2 million", "change"),
    # a gap between two groups is no change in time
    ("There are 3.5 million more women than men in Russia.", "3.5 million", "level"),
    # a bound, not an amount added
    ("Patients with 2 or more doses numbered 1,200.", "2 or more", "level"),
    ("An estimated 263 million cases were recorded in 2023.", "An estimated 263 million", "level"),
])
def test_an_amount_more_or_fewer_is_a_change(text, figure, kind):
    assert frames(text)[figure].context.measure == kind


# ---------------------------------------------------------------- the base of a change: the figure's own

@pytest.mark.parametrize("text, figure, base", [
    # a base fronted in another figure's clause is that one's
    ("On a month-on-month basis, the output was 2.3 per cent down, while on a year-on-year calculation, the "
     "production edged an increase of 1.2 per cent.", "2.3 per cent", "mom"),
    ("On a month-on-month basis, the output was 2.3 per cent down, while on a year-on-year calculation, the "
     "production edged an increase of 1.2 per cent.", "1.2 per cent", "yoy"),
    # the sentence's opening phrase is said of all its figures, and one base said once of every clause
    ("On a year-on-year basis, exports grew 4.1%, while imports fell 2.2%.", "2.2%", "yoy"),
    ("Industrial output rose 5.6% year on year in May, while retail sales rose 3.7%.", "3.7%", "yoy"),
    ("社会消费品零售总额同比增长3.7%，其中餐饮收入增长5.4%。", "5.4%", "yoy"),
    # of two bases, the figure's own clause's
    ("Year on year, car sales rose 4.5%, and month on month, they fell 8%.", "8%", "mom"),
    ("Year on year, car sales rose 4.5%, and month on month, they fell 8%.", "4.5%", "yoy"),
    # a span of years, or a year another figure is of, is no year compared against
    ("Exports rose 7% year on year in the period from 2023 to 2024.", "7%", "yoy"),
    ("Sales rose 9% year on year, versus 2023's 4% gain.", "9%", "yoy"),
    # the year the figure's clause compares against, the nearest, before a base word elsewhere in the sentence
    ("Cruise lines embarked 31.7 million passengers, an increase of +55.4% on 2022 and a growth of +6.8% on 2019 "
     "when it had recorded the previous all-time annual peak.", "6.8%", "vs 2019"),
    ("Cruise lines embarked 31.7 million passengers, an increase of +55.4% on 2022 and a growth of +6.8% on 2019 "
     "when it had recorded the previous all-time annual peak.", "55.4%", "vs 2022"),
])
def test_the_base_of_a_change_is_read_from_its_own_clause_first(text, figure, base):
    assert frames(text)[figure].context.base == base


# ---------------------------------------------------------------- N%的X: a part of X

@pytest.mark.parametrize("text, figure, kind", [
    ("高达99%的人类感染病例由狗传播。", "99%", "share"),
    ("热浪已影响83.7%的珊瑚生长区。", "83.7%", "share"),
    ("熱浪已影響83.7%的珊瑚生長區。", "83.7%", "share"),
    # the size of a rate or of a value, not a part of a whole
    ("美国对其征收25%的关税。", "25%", "percent"),
    ("央行维持3%的利率不变。", "3%", "percent"),
    ("GDP增长5.2%，高于先前6.4%的预测值。", "6.4%", "percent"),
    ("公司以22%的增幅实现营收209亿美元。", "22%", "growth"),
    ("享有8%的優惠存款利率。", "8%", "percent"),
    ("失业率回落到5%的低位。", "5%", "percent"),
])
def test_a_percentage_before_de_and_a_noun_is_a_part_of_it(text, figure, kind):
    assert frames(text)[figure].context.measure == kind


# ---------------------------------------------------------------- brackets dating the span a figure is of

@pytest.mark.parametrize("text, figure, period", [
    ("During the first global bleaching event in 1998, 21% of reefs were hit, rising to 37% in the second event in "
     "2010 and 68% during the third event (2014-2017).", "68%", "2014..2017"),
    ("During the first global bleaching event in 1998, 21% of reefs were hit, rising to 37% in the second event in "
     "2010 and 68% during the third event (2014-2017).", "37%", "2010"),
    ("Reefs hit: 68% during the third event（2014-2017）.", "68%", "2014..2017"),
    # brackets of a year compared with are no period of the figure, nor a span the figure is compared with
    ("全球粗钢产量18.494亿吨(2024年为18.868亿吨)。", "18.494亿吨", None),
    ("Public debt now stands at 120% of GDP, higher than during the Asian financial crisis (1997-1998).", "120%",
     None),
])
def test_brackets_right_after_the_figures_phrase_date_the_span_it_names(text, figure, period):
    assert frames(text)[figure].context.period == period


# ---------------------------------------------------------------- a past record is no forecast

PAGE_2023 = "Published 2023-12-05\n\n{}\n"


@pytest.mark.parametrize("sentence, figure, expected", [
    # a record set before the page's date, named in a forecast's sentence, was reported
    ("The market is expected to grow 13.1 percent in 2024. If realized, it will exceed the previous record of "
     "$574.08 billion in 2022.", "$574.08 billion", False),
    # the forecast itself, and a past year's figure that is itself estimated, stay forecasts
    ("The market is expected to grow 13.1 percent in 2024. If realized, it will exceed the previous record of "
     "$574.08 billion in 2022.", "13.1 percent", True),
    ("Exports in 2022 were forecast at about 4.3 million units.", "about 4.3 million", True),
])
def test_a_record_set_before_the_pages_date_is_no_forecast(sentence, figure, expected):
    assert ("forecast" in frames(PAGE_2023.format(sentence))[figure].context.basis) is expected
