"""Round 45: mechanisms read off corpus-fresh48 (opened this round: Victoria Falls, Mount Fuji, the golden
snub-nosed monkey). A year that dates an event is no page's period; a destination is no subject; a multiple's
standard is compared with, not handed on; "it is" a thing's size is the thing's; a waterfall's 落差 is its height;
a conversion after a dimension adjective restates its figure."""
from __future__ import annotations

import pytest

from helpers import compared, frames


# --- a year dating an event is no page's one period (cues.toml period.events) ---


def test_a_year_of_listing_does_not_date_a_pages_sizes():
    # (verbatim, corpus-fresh48/vfl-13-hant.txt, cut)
    f = frames("維多利亞瀑布又稱莫西奧圖尼亞瀑布,位於非洲贊比西河中游,尚比亞與辛巴威接壤處。寬1,700多米(5,500多英尺),"
               "最高處108米(355英尺),為世界著名瀑布奇觀之一。歐洲探險家,戴維·利文斯敦1855年在旅途中發現它,並以英國女王的名字"
               "為其命名。維多利亞瀑布1989年被列入《世界遺產目錄》。\n")
    assert f["108米"].context.period is None


def test_an_inscription_year_in_english():
    f = frames("Mt. Fuji, a symbol of Japan is the highest conical mountain with the height of 3776 meters. Located on "
               "the border of Yamanashi and Shizuoka prefecture, it was registered as UNESCO world heritage site in "
               "2013.\n")
    assert f["3776 meters"].context.period is None


@pytest.mark.parametrize("text, figure, period", [
    # a report's one year still dates its figures
    ("In 2023 the park welcomed visitors from 40 countries.\n\nTicket revenue was $12 million.\n", "$12 million", "2023"),
    # a year beside the event's still makes two: no one period
    ("BEIJING, March 12, 2025 — In 1998 the first turbine was built, in 2001 the second.\n\nTotal capacity was "
     "521 GW.\n", "521 GW", None),
])
def test_event_years_guards(text, figure, period):
    assert frames(text)[figure].context.period == period


# --- where something goes is no subject ---


def test_a_drop_into_a_gorge_is_the_falls_height():
    # (verbatim, corpus-fresh48/vfl-05-en.txt)
    f = frames("The Victoria Falls is the largest curtain of water in the world at a width of 1, 708 meters and a drop "
               "of between 90m and 107m into the Zambezi Gorge and an average of 550,000 cubic meters of water falling "
               "every minute.")
    assert f["90m and 107m"].context.subject == "Victoria Falls"


def test_a_name_before_the_figure_still_wins_over_a_destination():
    f = frames("Chinese firms invested $2 billion into Brazil in 2024.")
    assert f["$2 billion"].context.subject != "Brazil"


# --- the standard of a multiple is compared with (view.compared_with) ---


def test_the_name_a_thing_is_twice_the_height_of_is_not_handed_on():
    # (verbatim, corpus-fresh48/vfl-01-en.txt, cut)
    f = frames("Victoria Falls is neither the widest nor highest waterfall in the world, but it’s the world’s largest "
               "sheet of falling water. It is twice the height of North America’s Niagara Falls, and is only rivalled "
               "by Iguazu Falls in South America. It is 108m tall (354 ft) and 1708m wide (5604 ft).")
    assert (f["108m"].context.subject, f["1708m"].context.subject) == ("Victoria Falls", "Victoria Falls")


def test_a_chinese_multiple_of_another_falls():
    # (verbatim, corpus-fresh48/vfl-09-hans.txt, cut)
    f = frames("维多利亚瀑布是世界着名大瀑布,位于津巴布韦西北部与赞比亚交界处的赞比西河中段。\n"
               "瀑布总宽1688米,是美国和加拿大间尼亚加拉瀑布的一倍半,最大落差108米,是尼亚加拉瀑布的两倍。\n")
    assert f["108米"].context.subject == "Victoria Falls"


# --- 落差 and 最高处 name a height; 只有 names nothing ---


def test_luocha_and_the_highest_point_meet_a_height():
    assert compared("Victoria Falls is 108 metres high and 1,708 metres wide.",
                    "維多利亞瀑布位於非洲。瀑布落差106米,寬約1800米。")
    assert compared("维多利亚瀑布最高处只有108米。", "維多利亞瀑布落差106米。")


def test_a_rivers_fall_is_no_width():
    assert not compared("黄河全长5464公里,落差4480米。", "黄河河宽4000米。")


# --- a conversion after a dimension adjective restates its figure ---


def test_a_conversion_after_tall_takes_the_figures_frame():
    f = frames("Victoria Falls is the largest waterfall. It is 108m tall (354 ft) and 1708m wide (5604 ft).")
    got = [(f[k].context.subject, f[k].context.topics) for k in ("108m", "354 ft", "1708m", "5604 ft")]
    assert got[0] == got[1] and got[2] == got[3] and got[1] != got[3]


def test_a_conversion_that_is_another_amount_is_not_restated():
    f = frames("Victoria Falls is the largest waterfall. It is 108m tall (1,500 ft).")
    assert f["1,500 ft"].context != f["108m"].context


# --- guards from the review: look-alikes the rules must leave alone ---


@pytest.mark.parametrize("text, figure, period", [
    # an amount reported in the year's clause: the year is the page's, not an event's
    ("The platform registered 5 million new users in 2023.\n\nRevenue rose to $12 million.\n", "$12 million", "2023"),
    ("Some 45,000 new homes were built in 2024.\n\nThe average price was $412,000.\n", "$412,000", "2024"),
    ("2023年全国新成立企业1.2万家。\n\n实现营业收入500亿元。\n", "500亿元", "2023"),
    # (a thousands separator is no clause's end)
    ("The firm completed 1,200 projects in 2024.\n\nRevenue was $5 billion.\n", "$5 billion", "2024"),
    # a founding year is no year of the firm's head count
    ("The company was founded in 2015.\n\nIt has 3,000 employees.\n", "3,000", None),
])
def test_event_years_review_guards(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, subject", [
    # an amount that goes into a place is that place's (imports, inflows): only a length is a destination's
    ("Soybean imports of 3.2 million tonnes into China were recorded in March.", "3.2 million tonnes", "China"),
    # "half the population of" is a part of it, no comparison: its pronoun carries on
    ("Half the population of Nigeria is under 18. Its population is 220 million.", "220 million", "Nigeria"),
    # the comparator is the name before its own 的 and the multiple, not an owner further left
    ("原因是美国的劳动力成本是中国的5倍，时薪达到35美元。", "35美元", "US"),
])
def test_destinations_and_multiples_review_guards(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, topics", [
    # 高达 ("as much as") after the figure's own dimension term keeps it
    ("该隧道长度高达10.8公里。", "10.8公里", ("length",)),
    ("该湖最大深度高达1470米。", "1470米", ("depth",)),
    # a dimension says nothing of a sum: 落差 "gap" of incomes is no height
    ("城乡居民人均收入落差达到2.5万元。", "2.5万元", ("residential", "revenue")),
])
def test_dimension_review_guards(text, figure, topics):
    assert frames(text)[figure].context.topics == topics


def test_an_adjective_no_length_precedes_stays_a_word():
    assert "long" in frames("Carl Lewis's personal best in the long jump is 8.87 m.")["8.87 m"].context.words


# --- a landmark's size takes no page's one period ---


def test_a_resurvey_date_does_not_date_the_height_given_before_it():
    # (after corpus-fresh48/fuj-16-hant.txt: its remeasurement, in a paragraph of its own)
    f = frames("富士山\n\n富士山是日本最高的山峰,主峰海拔3776米。富士山是活火山。\n\n2002年8月,經日本國土地理院重新測量後,為3775.63"
               "公尺。\n")
    assert (f["3776米"].context.period, f["3775.63公尺"].context.period) == (None, "2002-08")


def test_a_report_page_still_dates_its_undated_figures():
    f = frames("In 2024 the Panama Canal handled 9,900 transits.\n\nThe canal is 82 km long.\n\nCargo totalled "
               "423 million tonnes.\n")
    assert f["423 million tonnes"].context.period == "2024"


# --- asides that name another thing are not whose the figure is (subject._apposed_to, _bracket_host) ---


def test_an_aside_of_a_thing_of_a_place_leaves_the_thing_the_subject():
    # (verbatim, corpus-fresh48/fuj-01-en.txt: the aside left unclosed)
    f = frames("Mt. Fuji, a symbol of Japan is the highest conical mountain with the height of 3776 meters.")
    assert f["3776 meters"].context.subject == "Mount Fuji"


def test_a_name_glossing_another_in_brackets_is_no_subject():
    # (verbatim, corpus-fresh48/fuj-10-en.txt, cut)
    f = frames("Mount Fuji (富士山 Fujisan, IPA: [ɸɯꜜdʑisaɴ] (About this soundlisten)), located on Honshū, is the highest "
               "volcano in Japan at 3,776.24 m (12,389 ft), 2nd-highest peak of an island (volcanic) in Asia.")
    assert f["3,776.24 m"].context.subject == "Mount Fuji"


@pytest.mark.parametrize("text, figure, subject", [
    ("Lenovo, a rival of HP, shipped 15.2 million PCs.", "15.2 million", "Lenovo"),
    ("Taiwan Semiconductor Manufacturing Co. (TSMC) had a share of 64%.", "64%", "TSMC"),
    ("The deal (announced by Microsoft) was worth $5 billion.", "$5 billion", "Microsoft"),
    ("美国（28%）和中国（26%）", "26%", "China"),
    # a possessive aside still hands the figure to the name it describes
    ("Xinjiang, China's largest cotton-producing region, saw a 3.3 percent increase.", "3.3 percent", "Xinjiang"),
])
def test_asides_guards(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


# --- "the country's tallest peak" ranks within a place ---


def test_a_place_pronoun_before_a_superlative_is_where_the_thing_ranks():
    # (verbatim, corpus-fresh48/fuj-08-en.txt)
    f = frames("Japan’s Mt. Fuji is an active volcano about 100 kilometers southwest of Tokyo. Commonly called "
               "“Fuji-san,” it’s the country’s tallest peak, at 3,776 meters.")
    assert f["3,776 meters"].context.subject == "Mount Fuji"


def test_a_place_pronoun_alone_before_a_superlative_is_still_the_place():
    f = frames("Japan is an island nation. The country’s tallest peak is 3,776 meters high.")
    assert f["3,776 meters"].context.subject == "Japan"


# --- a superlative ranking a landmark's kind: no object word, and its dimension ---


def test_the_highest_mountain_is_a_height_and_no_object_mountain():
    # (verbatim, corpus-fresh48/fuj-02-en.txt, cut)
    f = frames("At 3776 meters (12290 feet) Mount Fuji is the highest mountain in Japan.")
    assert (f["3776 meters"].context.topics, f["3776 meters"].context.words) == (("height",), ())
    assert compared("At 3776 meters (12290 feet) Mount Fuji is the highest mountain in Japan.",
                    "Mt. Fuji is the tallest mountain in Japan.  It’s 3776 meters tall.")


@pytest.mark.parametrize("text, figure, topic", [
    # the figure's own adjective says which length, whatever the superlative
    ("Lake Baikal, the deepest lake in the world, is 636 km long.", "636 km", "length"),
    # largest: an area as often as a length, no dimension
    ("Victoria Falls is the largest waterfall in the world, 1,708 m across.", "1,708 m", None),
])
def test_ranked_dimension_guards(text, figure, topic):
    topics = frames(text)[figure].context.topics
    assert (topic in topics) if topic else not {"height", "depth", "length", "width"} & set(topics)


@pytest.mark.xfail(strict=True, reason="known cost of a landmark's size taking no page year: a dated news story of a "
                   "changing size loses its year (keeping a year named before the figure cost 24 pairs of the opened keys)")
def test_a_dated_story_of_a_changing_size_keeps_its_year():
    f = frames("Lake Mead hits record low (July 2022)\n\nLake Mead is the largest reservoir in the US. Its water level "
               "fell to 317 m.\n")
    assert f["317 m"].context.period == "2022-07"


# --- guards from the second review ---


@pytest.mark.parametrize("text, figure, subject", [
    # an aside naming a market: the company owns the figure, not the market's place
    ("Sales in Japan, the home market of Toyota, fell 5%.", "5%", "Toyota"),
    # a capitalised word inside the aside
    ("Profits at Jaguar Land Rover, the British arm of Tata Motors, rose 20%.", "20%", "Jaguar Land Rover"),
    # names joined inside brackets glossing a name: the name before them
    ("Mount Kilimanjaro (Tanzania and Kenya border) rises to 5,895 m.", "5,895 m", "Mount Kilimanjaro"),
    ("The Caspian Sea (bordered by Russia, Iran and Kazakhstan) covers 371,000 square kilometers.",
     "371,000 square kilometers", "Caspian Sea"),
])
def test_asides_second_review_guards(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure", [
    # a distance, an elevation, a trail: no size of the thing the superlative ranks
    ("Mount Fuji, the highest mountain in Japan, lies 100 km southwest of Tokyo.", "100 km"),
    ("The deepest lake in the world, Lake Baikal, lies at 456 m above sea level.", "456 m"),
    ("Visitors climb 5 km of trail to reach the top of the tallest mountain in the park.", "5 km"),
])
def test_ranked_dimension_second_review_guards(text, figure):
    assert not {"height", "depth", "length", "width"} & set(frames(text)[figure].context.topics)


def test_a_distance_from_a_place_is_a_distance_of_that_place():
    # (verbatim, corpus-fresh48/fuj-04-en.txt and fuj-08-en.txt, cut)
    a = frames("Mt. Fuji is the tallest mountain in Japan.  It’s 3776 meters tall.  Mt. Fuji is about 100km away from "
               "Tokyo.")["about 100km"].context
    b = frames("Japan’s Mt. Fuji is an active volcano about 100 kilometers southwest of Tokyo.")[
        "about 100 kilometers"].context
    assert (a.subject, a.topics, a.words) == (b.subject, b.topics, b.words) == ("Mount Fuji", ("distance",), ("tokyo",))


@pytest.mark.parametrize("text, figure, topics", [
    ("贝加尔湖是世界上最深的湖泊,达1642米。", "1642米", ("depth",)),
    ("乞力马扎罗山是非洲最高的山峰,达5895米。", "5895米", ("height",)),
    # a distance in the sentence of a superlative is none of its dimension
    ("富士山是日本最高的山,距离东京约100公里。", "约100公里", ()),
])
def test_a_chinese_superlative_of_a_landmark_kind_names_the_dimension(text, figure, topics):
    assert frames(text)[figure].context.topics == topics


def test_a_thing_of_its_kind_in_a_place_is_not_the_places():
    # (verbatim, corpus-fresh48/fuj-12-hans.txt, cut)
    f = frames("富士山(日语:ⓘ/ふじさん Fujisan)是日本一座横跨静冈县和山梨县的活火山,位于东京西南方约80公里处,主峰海拔3776米,"
               "是日本国内的最高峰。")
    assert f["3776米"].context.subject == "Mount Fuji"


def test_a_place_with_a_thing_of_no_landmark_kind_keeps_its_figure():
    assert frames("中国一座城市的人口为500万。")["500万"].context.subject == "China"
