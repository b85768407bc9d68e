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
    f = frames(f"Source: {address}\n\nThe area is 581 km², of which 347 km² is in the north.\n")
    assert f["581 km²"].context.subject in ("Lake Kerepa", "Kerepa Lake")


@pytest.mark.parametrize("address", [
    "https://example.org/2016/10/04/kerepa-see-lake-kerepa-holiday-2009/",  # a headline's slug, not a title
    "https://example.org/title/Kerepa+Report",  # no landmark's kind word
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
