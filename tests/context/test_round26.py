"""Rules of round 26: each case a form read on real pages, written anew, with a near miss that must keep its old
reading."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, period", [
    # a year a sentence opens with is the paragraph's reporting year: later figures of the kind and unit take it
    # (the paragraph names another period first, so that no reading of its only period dates them)
    ("2024年4月,该机构发布了报告。据估计,2022年全球新增820万例脑卒中病例。东亚地区新增210万例。\n", "210万例", "2022"),
    ("In April 2024, the agency published its report. In 2022, some 8.2 million strokes were recorded. East Asia "
     "had 2.1 million strokes.\n", "2.1 million", "2022"),
    # near misses: a year inside a sentence is background still; a clause speaking of now is not dated by the year
    # before; nor by a year long before the page's own, one a span of time runs from, or a target
    ("The plant opened in 1998 with 300 workers and was expanded in 2005. It makes 5,400 cars a month.\n",
     "5,400", None),
    # (round 33: "In April 2024, the agency published its report" dates the release, no period of the paragraph's;
    # a sentence opening with a period of its own keeps the premise)
    ("In April 2024, the agency reviewed the sector. In 2022, the plant had 300 workers. It now employs 5,400 "
     "workers.\n", "5,400", None),
    ("In 1998 the plant opened with 300 workers, and it was expanded in 2005. It employs 5,400 workers.\n",
     "5,400", None),
    ("2015年以来,全国累计减少贫困人口5000万人,其中2019年减少1109万人。西部地区减少贫困人口2000万人。\n", "2000万人", None),
    ("In 2030, the country aims to have 500 GW of solar capacity, five times its capacity in 2015. It has installed "
     "200 GW of solar capacity.\n", "200 GW", None),
    # (and "now" elsewhere leaves the older readings alone: the whole year's month dates the figure after it)
    ("China produced 76.0 Mt of steel in December 2024, up 11.8%, and the mills built in 2019 ran at full tilt. "
     "India, now the second-largest producer, produced 13.6 Mt of steel.\n", "13.6 Mt", "2024-12"),
])
def test_a_year_a_sentence_opens_with_dates_the_paragraph(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, subject, source", [
    # a publisher's name and a dash before the story's first word is a dateline: neither the story's subject nor
    # its source
    (" date 2024-03-08 Medwire Daily- According to new estimates from the UN, reported by CNN, the number of "
     "strokes will reach 12 million by 2050, up from 8.2 million in 2021.\n", "12 million", None, "United Nations"),
    # near misses: a name in the story stays its subject; without a date before it, a name and a dash heads its
    # story
    ("Gulf Health Review – Medtronic sold 8.2 million pumps in 2021.\n", "8.2 million", "Medtronic", None),
    ("Saudi Aramco - Net income fell 12% to $121 billion in 2023.\n", "$121 billion", "Saudi Aramco", None),
])
def test_a_publisher_and_a_dash_open_a_story(text, figure, subject, source):
    got = frames(text)[figure].context
    assert (got.subject, got.source) == (subject, source)


@pytest.mark.parametrize("text, figure, counted", [
    # a population's count of no one named, dated, followed by the word it counts, is no bare number
    ("An estimated 422 million asthma cases were recorded in 2021.\n", "An estimated 422 million", True),
    ("An estimated 8.2 million strokes in 2021 were recorded.\n", "An estimated 8.2 million", True),
    # undated and placed nowhere, it is counted too, but joins only a dated figure it retells (round 30)
    ("An estimated 422 million asthma cases were recorded.\n", "An estimated 422 million", True),
    # (an age range defining the people is no figure since round 30: "adults aged 18-99 lived with asthma" counts
    # asthma's adults)
    ("About 422 million adults aged 18-99 lived with asthma in 2021.\n", "About 422 million", True),
    # near misses: small, or naming people in general alone ("adults": with what?), it still says too little
    ("About 422 million adults in 2021.\n", "About 422 million", False),
    ("About 4,200 adults took part in 2021.\n", "About 4,200", False),
])
def test_a_dated_population_followed_by_its_word_is_counted(text, figure, counted):
    from factcheck.group import block_key

    assert (block_key(frames(text)[figure]) is not None) == counted


@pytest.mark.parametrize("text, figure, measure, words", [
    # a percentage beside a count, the two alone in one pair of brackets, is the count's share of its whole
    ("Stroke ranked second (6.6 million deaths, 11.6%), followed by COPD (3.2 million deaths, 5.7%).\n", "5.7%",
     "share", ("death",)),
    ("前三位死因分别为卒中(660万,11.6%)和慢阻肺(320万,5.7%)。\n", "5.7%", "share", ("慢阻", "阻肺")),
    # near misses: a signed percentage is a change (left as it was read); one after a semicolon may be another list's figure
    ("紧随其后的是美国(59570件申请,+1.9%)和日本(50260件申请,-0.6%)。\n", "-0.6%", "percent", ()),
    ("The top categories were earwear (320.7 million shipments and 4.5% growth) and watches (165.4 million; "
     "11.3%).\n", "11.3%", "growth", ("category", "earwear")),
    # (nor is a percentage beside a change a share)
    ("2023年脑卒中死亡人数减少(23万,11%)。\n", "11%", "percent", ()),
])
def test_a_percentage_beside_a_count_in_brackets_is_its_share(text, figure, measure, words):
    got = frames(text)[figure].context
    assert (got.measure, got.words) == (measure, words)


@pytest.mark.parametrize("text, figure, words", [
    # "statistics show", "a survey shows", "a study found": attribution, not what the figure measures
    # (the whole sayer before its "that": "customs" names whose statistics, not what is exported; round 37)
    ("China's customs statistics show that tea exports reached 370,000 tonnes in 2023.\n", "370,000 tonnes",
     ("tea",)),
    ("A Lancet study found that stroke deaths rose to 7.3 million in 2021.\n", "7.3 million", ("death", "stroke")),
    ("A Gallup survey shows that 41% of adults drink coffee daily.\n", "41%", ("adult", "daily", "drink")),
    # near miss: a survey counted is what the figure measures
    ("The institute ran 12 surveys of coffee drinkers in 2023.\n", "12", ("drinker", "institute", "ran", "survey")),
])
def test_statistics_and_surveys_that_show_are_attribution(text, figure, words):
    assert frames(text)[figure].context.words == words


@pytest.mark.parametrize("text, figure, topics, source", [
    # a foundation is a body (基金会): its 基金 is no topic of the page, and what it publishes it is the source of
    ("根据世界自然基金会发布的报告,全球野生动物种群数量自1970年以来平均下降了73%。\n2022年全球浪费了10.5亿吨食物。\n",
     "10.5亿吨", (), None),
    ("根据世界自然基金会发布的报告,全球野生动物种群数量自1970年以来平均下降了73%。\n", "73%", (), "世界自然基金会"),
    # near misses: a fund named as what is measured stays a topic; 会 starting a word after 基金 ends no name
    ("2023年政府引导基金规模达到2.7万亿元。\n", "2.7万亿元", ("funds",), None),
    ("该产业基金会同地方政府共投资500亿元。\n", "500亿元", ("funds", "investment"), None),
])
def test_a_foundation_is_a_body(text, figure, topics, source):
    got = frames(text)[figure].context
    assert (got.topics, got.source) == (topics, source)


@pytest.mark.parametrize("text, figure, period", [
    # the start of a change, after a sentence that compared with a year: that year's
    ("报告指出,2021年的数字虽高,但比2000年已大幅下降。其中新生儿死亡人数已从390万下降到230万。\n", "390万", "2000"),
    ("Deaths in 2021 were far below those of 2000. Newborn deaths fell from 3.9 million to 2.3 million.\n",
     "3.9 million", "2000"),
    # near misses: the end of the change keeps the sentence's year; with no year compared with, the year before
    ("报告指出,2021年的数字虽高,但比2000年已大幅下降。其中新生儿死亡人数已从390万下降到230万。\n", "230万", "2021"),
    ("报告指出,2021年的数字很高。其中新生儿死亡人数已从390万下降到230万。\n", "390万", "2020"),
    # (nor a month's change: "month-on-month from" starts at the month before)
    ("Macau's gaming revenue for 2023 was MOP183.06bn, a rise of 333.8 per cent compared to 2022. December's revenue "
     "was up 15.8 per cent month-on-month from MOP16.04bn to MOP18.56bn.\n", "MOP16.04bn", "2023-11"),
])
def test_a_change_starts_at_the_year_the_sentence_before_compared_with(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, reason", [
    # why a figure has no key, in words: the three reasons apart
    ("About 40% said so.\n", "About 40%", "nothing says what it measures"),
    ("Roughly 35 percent said they smoke, in a poll of adults.\n", "Roughly 35 percent",
     "no one is named, and nothing says whether the percentage is a share or a change"),
    ("About 422 million adults in 2021.\n", "About 422 million",
     "a bare number, too little to say what it counts"),
])
def test_why_names_the_reason_a_figure_has_no_key(text, figure, reason):
    from factcheck.group import block_key, explain

    c = frames(text)[figure]
    assert block_key(c) is None
    assert explain(c, c) == f"{c.text}: {reason}"


@pytest.mark.parametrize("text, figure, forecast", [
    # a target year a sentence opens with ("By 2050, …", 到2050年,…) makes every figure of the sentence expected
    ("In 2021, 537 million adults lived with diabetes. By 2050, IDF data show that 1 in 8 adults, approximately "
     "853 million, will be living with diabetes.\n", "approximately 853 million", True),
    ("2021年全球约有5.37亿成年人患糖尿病。到2050年,国际糖尿病联盟的数据显示,全球成年患者约8.53亿人。\n", "约8.53亿人", True),
    # near misses: a year already past ("By 2024, … had grown"), and a page written after the year
    ("In 2021, 537 million adults lived with diabetes. By 2024, the number had grown to 589 million adults.\n",
     "589 million", False),
])
def test_a_target_year_a_sentence_opens_with_marks_its_figures_expected(text, figure, forecast):
    assert ("forecast" in frames(text)[figure].context.basis) == forecast


@pytest.mark.parametrize("text, figure, subject", [
    # names a cue gives as examples of a group, set off from the sentence, are not whose the figure is
    ("Other shipbuilding nations, such as Japan and the Philippines, won orders of 8.38 million CGT in 2024.\n",
     "8.38 million CGT", None),
    ("2022年,全球估计有2000万新病例(包括NMSC:1996万例,不包括NMSC:1873万例)。\n", "1996万例", None),
    # near misses: an example that goes on to be its clause's subject, one with its own figure right after it,
    # names a relative clause is about, and "including" listing no names
    ("New markets such as India stand out, as its luxury market could expand to 3.5 times by 2030.\n", "3.5 times",
     "India"),
    ("Other countries saw strong growth in 2022, including India (2,618 applications, +25.4%).\n", "2,618", "India"),
    ("The market is led by brands such as Tsingtao Brewery and Yanjing Beer, which together account for 45% of "
     "sales.\n", "45%", "Tsingtao Brewery+Yanjing Beer"),
    ("Merck reported its results, including that Keytruda sales grew 18% in 2024.\n", "18%", "Keytruda"),
])
def test_names_given_as_examples_of_a_group_are_not_its_figures_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, female", [
    # 妇女 (women) names the female part of a population, as "women" and 女性 do
    ("2020年约有28.7万名妇女死于孕产相关原因。\n", "28.7万名", True),
    ("In 2020, about 287,000 women died from a maternal cause.\n", "about 287,000", True),
    # near miss: a count of everyone names no part
    ("2020年约有28.7万人死于孕产相关原因。\n", "28.7万人", False),
])
def test_women_in_chinese_are_the_female_part(text, figure, female):
    assert ("female" in frames(text)[figure].context.basis) == female


@pytest.mark.parametrize("text, figure, topics, words", [
    # what a rate is per ("per 100,000 live births", "per 1,000 people") is no part of its object
    ("The maternal mortality ratio was 223 maternal deaths per 100,000 live births in 2020.\n",
     "223 maternal deaths per 100,000", (), ("mortality",)),  # ("maternal": female, round 27)
    ("The crude death rate was 7.87 deaths per 1,000 people in 2023.\n", "7.87 deaths per 1,000", ("crude",),
     ("death",)),
    # near miss: a count of births keeps its births
    ("The country recorded 9.02 million births in 2023.\n", "9.02 million", ("births",), ()),
])
def test_a_rates_base_is_no_part_of_its_object(text, figure, topics, words):
    got = frames(text)[figure].context
    assert (got.topics, got.words) == (topics, words)
