"""Round 53: mechanisms read off corpus-fresh56 (opened this round: the Yarlung Tsangpo Grand Canyon, Lake Geneva,
Mount Olympus). A page that names no landmark enough to be about it is about the one its address is titled with
("Source: https://everything2.com/title/Lake+Geneva"); a named thing's figure in square or cubic metres that names
nothing it measures is its area or its volume."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("address", [
    "https://example.org/title/Lake+Kerepa",
    "https://example.org/wiki/Kerepa_Lake",
    "https://example.org/places/kerepa-lake.html",
])
def test_a_page_naming_no_landmark_is_about_the_one_its_address_is_titled_with(address):
    name = "Lake Kerepa" if "Lake+" in address else "Kerepa Lake"
    f = frames(f"Source: {address}\n\n{name} lies in the hills.\n\nThe area is 581 km², and it is 310 m deep.\n")
    assert f["581 km²"].context.subject in ("Lake Kerepa", "Kerepa Lake")


@pytest.mark.parametrize("address", [
    "https://example.org/2016/10/04/kerepa-see-lake-kerepa-holiday-2009/",  # a headline's slug, not a title
    "https://example.org/title/Kerepa+Report",  # no landmark's kind word
    "https://example.org/title/About+Kerepa+Lake",  # a name the page never writes (review of round 53)
])
def test_an_address_that_is_no_landmarks_name_lends_nothing(address):
    f = frames(f"Source: {address}\n\nThe area is 581 km², of which 347 km² is in the north.\n")
    assert f["581 km²"].context.subject not in ("Lake Kerepa", "Kerepa Lake")


def test_a_landmark_the_page_names_wins_over_its_address():
    f = frames("Source: https://example.org/title/Lake+Kerepa\n\nLake Tovora is deep. Lake Tovora covers 581 km².\n")
    assert f["581 km²"].context.subject == "Lake Tovora"


@pytest.mark.parametrize("text, figure, words", [
    ("Lake Kerepa is 372 m high. It is 580,03 km².\n", "580,03 km²", ("area",)),
    ("青海湖海拔3196米,4317平方公里。\n", "4317平方公里", ("面积",)),
])
def test_a_named_things_bare_area_is_its_area(text, figure, words):
    assert frames(text)[figure].context.words == words


def test_a_bare_area_naming_no_one_stays_bare():
    # (no one named: nothing says whose, and an area word alone would join it to any area)
    assert frames("It is 580 km².\n")["580 km²"].context.words == ()


def test_the_highest_peak_named_on_a_page_about_a_mountain_is_its_height():
    f = frames("Mount Kerepa\nMount Kerepa is the highest mountain in the region. Mount Kerepa has 52 peaks. The highest "
               "peak, Kerepos, meaning \"nose\", rises to 2,917 metres.\n")
    assert f["2,917 metres"].context.subject == "Mount Kerepa"


def test_the_highest_peak_after_another_name_in_its_sentence_is_not_the_pages():
    # ("the highest peak" of whatever the sentence named before it: not the page's mountain)
    f = frames("Mount Kerepa\nMount Kerepa is the highest mountain in the region. Mount Kerepa has 52 peaks. Across the "
               "Tovora Range the highest peak, Kerepos, rises to 2,917 metres.\n")
    assert f["2,917 metres"].context.subject != "Mount Kerepa"


# (third step) A lake named after a town abroad on its shore, which the dictionary does not list, is "Lake" and the
# town's name (tools/gen_landmarks.py _lakes_of_towns); not a river's, an island's, a school's or a prefecture's name
# with 湖 after it, nor a Chinese town's.
@pytest.mark.parametrize("han, english", [("苏黎世湖", "Lake Zurich"), ("卢塞恩湖", "Lake Lucerne")])
def test_a_lake_named_after_a_town_abroad(han, english):
    from factcheck.context import landmarks

    assert landmarks.table()[han] == english


@pytest.mark.parametrize("han", ["东京大学湖", "底格里斯河湖", "福冈县湖", "圣诞岛湖", "杭州湖"])
def test_no_lake_of_a_school_a_river_a_prefecture_an_island_or_a_chinese_town(han):
    from factcheck.context import landmarks

    assert han not in landmarks.table()


def test_a_town_lakes_figures_are_the_lakes():
    f = frames("苏黎世湖呈新月形,面积为88平方公里,最深处136米。\n")
    assert f["88平方公里"].context.subject == "Lake Zurich"
    assert f["136米"].context.subject == "Lake Zurich"


def test_a_landmark_is_never_the_source_of_what_it_is_called():
    # 称 after a name makes it a source ("X称": X says); a lake or a mountain says nothing
    f = frames("苏黎世湖德语称Zürichsee,面积为88平方公里。\n")
    assert f["88平方公里"].context.source is None


# Guards from the review of round 53 (sentences written for these tests, each of a kind seen misread)
def test_an_address_naming_what_the_page_never_writes_lends_nothing():
    f = frames("Source: https://example.org/facts/about-kerepa-lake/\n\nKerepa Lake lies in the hills.\n\n"
               "The area is 581 km².\n")
    assert f["581 km²"].context.subject != "About Kerepa Lake"


def test_the_highest_peak_after_a_sentence_about_another_mountain_is_not_the_pages():
    f = frames("Mount Kerepa\nMount Kerepa is the highest mountain in the region. Mount Kerepa has 12 peaks. Tovora, "
               "120 km to the east, contains five peaks. The highest peak, Tovora Main, rises to 3,586 m.\n")
    assert f["3,586 m"].context.subject != "Mount Kerepa"


@pytest.mark.parametrize("text, figure", [
    ("Lake Kerepa has an area of 580 km² (of which 345 km² in Tovoria and 235 km² in Melania).\n", "345 km²"),
    ("Lake Kerepa has an area of 580 km² (of which 345 km² in Tovoria and 235 km² in Melania).\n", "235 km²"),
    ("Over 17 million hectares had burned in Australia by March.\n", "Over 17 million hectares"),
    ("Chile was the top supplier at 94 million liters.\n", "94 million liters"),
])
def test_a_part_a_countrys_land_or_litres_are_no_area_or_volume(text, figure):
    assert frames(text)[figure].context.words not in (("area",), ("volume",))
