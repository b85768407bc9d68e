"""Round 47: mechanisms read off corpus-fresh50 (opened this round: the Terracotta Army, the Potala Palace, the Leaning
Tower of Pisa). A building is a landmark as a mountain or a lake is: a tower, a palace, a pagoda, a cathedral, a
castle, a bridge, a pyramid; its name may carry the place it is of ("Leaning Tower of Pisa", "Grand Canal of China"),
which other pages leave out."""
from __future__ import annotations

import pytest

from helpers import frames


@pytest.mark.parametrize("text, figure, subject", [
    # (verbatim, corpus-fresh50/pot-07-hans.txt: a palace the dictionary names bare, "Potala, winter palace …")
    ("布达拉宫海拔3700米,占地总面积36万平方米,建筑总面积13万平方米。\n", "3700米", "Potala Palace"),
    # (verbatim, corpus-fresh50/pis-07-hans.txt, cut: the tower's one-character kind word, bare, opening a clause)
    ("比萨斜塔是圆柱形造型,8层白色大理石砌成,每层都有拱门装饰。塔高56米,地基3米深。\n", "56米", "Leaning Tower"),
    # the name without the place it is of, as most pages write it
    ("The Leaning Tower of Pisa is 55.86 m tall on its low side.\n", "55.86 m", "Leaning Tower"),
    ("The Grand Canal of China is roughly 1,770 km long.\n", "roughly 1,770 km", "Grand Canal"),
])
def test_a_building_is_a_landmark(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_page_about_a_building_lends_it_the_sizes_naming_no_one():
    # (after corpus-fresh50/pis-01-en.txt: the tower named in part, "the Tower of Pisa")
    text = ("The Leaning Tower of Pisa is the campanile of Pisa Cathedral.\n\n"
            "The Tower of Pisa was built in three stages over 199 years.\n\n"
            "The height is 55.86 m from the ground on the low side.\n")
    assert frames(text)["55.86 m"].context.subject == "Leaning Tower"


@pytest.mark.parametrize("text, figure, subject", [
    # 塔 opening another name: Tajikistan, the Tarim
    ("比萨斜塔很有名。塔吉克斯坦面积14.31万平方公里。\n", "14.31万平方公里", "Tajikistan"),
    # a company called after a tower is no landmark: its revenue is its own, not a page's building's
    ("Tower Semiconductor reported revenue of $1.44 billion in 2024.\n", "$1.44 billion", "Tower Semiconductor"),
])
def test_the_buildings_guards(text, figure, subject):
    assert frames(text)[figure].context.subject == subject
