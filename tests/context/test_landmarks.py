"""data/landmarks.tsv (tools/gen_landmarks.py from CC-CEDICT): well-formed rows, the landmarks pages name, and none of
the headwords the generator must leave out (works of art, towns, other languages' terms, the moon's)."""
from __future__ import annotations

import re

import pytest

from factcheck.context import landmarks


def test_every_row_is_a_chinese_name_and_an_english_one():
    table = landmarks.table()
    assert len(table) > 400
    for han, english in table.items():
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,}", han), han
        assert re.fullmatch(r"[A-Z][\w'’.\- ]+", english), (han, english)


@pytest.mark.parametrize("han, english", [
    ("三峡大坝", "Three Gorges Dam"), ("死海", "Dead Sea"), ("咸海", "Aral Sea"), ("马里亚纳海沟", "Mariana Trench"),
    ("富士山", "Mount Fuji"), ("长江", "Yangtze River"), ("青海湖", "Qinghai Lake"), ("京杭大运河", "Grand Canal"),
    # a building's name keeps the place it is of; a river's does not ("Tarim River of Xinjiang")
    ("比萨斜塔", "Leaning Tower of Pisa"), ("塔里木河", "Tarim River"),
    # a palace or a temple the dictionary names bare, then describes ("Potala, winter palace of Dalai Lamas")
    ("布达拉宫", "Potala Palace"), ("大昭寺", "Jokhang Temple"),
    # a later sense, where the senses before it only spell the name ("Xihu or West lake (place name)/West Lake in
    # Hangzhou", "Madeira/the Madeira Islands")
    ("西湖", "West Lake"), ("马德拉群岛", "Madeira Islands"),
    # a city with its article is no town; a cross-reference is no sense ("the Forbidden City/the Imperial Palace in
    # Beijing/same as 故宫"); ("abbr. for …", "same as …")
    ("紫禁城", "Forbidden City"), ("阿穆尔河", "Amur River"),
    # a feature named twice, bare and with its kind ("Namtso or Lake Nam (officially Nam Co), mountain lake at
    # Nakchu"): the first name with that kind, as English pages write it
    ("纳木错", "Lake Namtso"), ("伊洛瓦底江", "Irrawaddy River"),
])
def test_the_landmarks_pages_name(han, english):
    assert landmarks.table()[han] == english


@pytest.mark.parametrize("han", [
    "少年宫",  # "Children's Palace": a kind of building
    "开普敦",  # Cape Town: a city
    "盐湖城",  # Salt Lake City
    "西海",  # the Yellow Sea in Korean usage
    "澄海",  # a lunar mare (and a district)
    "珠山",  # an abbreviation (and a district)
    "罗得岛",  # a US state
    "断背山",  # a film
    "湖区",  # "Lake District", also the common word "lake area"
    # a later sense naming a feature, after one naming something else: a park and a city (北海, "Beihai, park in
    # Beijing/the North Sea"), a country (尼日尔, Niger), a county (红河, Honghe)
    "北海", "尼日尔", "红河",
])
def test_headwords_the_generator_leaves_out(han):
    assert han not in landmarks.table()
