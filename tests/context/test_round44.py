"""Round 44: mechanisms read off corpus-fresh47 (opened this round: the Mariana Trench, Mount Kilimanjaro, Lake
Titicaca). Where a landmark lies is not whose its length is; a page's deepest point is its landmark; a ranking is no
scope of a landmark's height; a length in metres is no year."""
from __future__ import annotations

from helpers import frames

# --- where a thing lies (subject.where_named) ---


def test_a_place_after_in_is_where_a_lake_lies_not_whose_height_it_is():
    # (verbatim from britannica's Lake Titicaca, corpus-fresh47/ttc-02-en.txt)
    f = frames("Lake Titicaca is the world's highest lake navigable to large vessels, lying at 3,810m above sea level "
               "in the Andes Mountains of South America, astride the border between Peru to the west and Bolivia to "
               "the east.")
    assert f["3,810m"].context.subject == "Lake Titicaca"


def test_places_in_a_fronted_phrase_of_where_it_is_situated():
    # (verbatim, corpus-fresh47/ttc-05-en.txt, under a title naming the lake)
    f = frames("Lake Titicaca\n\nSituated in Peru and Bolivia, at an altitude of 3,812 m, Lake Titicaca is the highest "
               "navigable lake in the world.\n")
    assert f["3,812 m"].context.subject == "Lake Titicaca"


def test_the_whole_a_superlative_ranks_within_in_chinese():
    # (verbatim, corpus-fresh47/kil-16-hant.txt, cut: the page names its mountain again later)
    f = frames("乞力馬扎羅山位于赤道與3°S之間的坦桑尼亞東北部,臨近肯尼亞。是非洲第一高峰,海拔5 895米,被稱作非洲的“珠穆朗瑪峰”,也被稱作"
               "“非洲屋脊”。乞力馬扎羅山的“孤”為這個國家公園平添勝景與魅力。\n")
    assert f["5 895米"].context.subject == "Mount Kilimanjaro"


def test_a_place_alone_keeps_its_figure():
    # no other name: the area is the forest's in Brazil, which the sentence names alone
    f = frames("The area of forest in Brazil reached 4.9 million km².")
    assert f["4.9 million km²"].context.subject == "Brazil"


# --- a page's deepest or highest point is its landmark (landmarks.part_names, _Doc.parts) ---

# (verbatim from oylaindia.org's geography page, corpus-fresh47/mrt-01-en.txt)
TRENCH = ("Mariana Trench\n\n"
          "The Mariana Trench lies in the northwestern Pacific Ocean near the Mariana Islands, which, in fact, gave the "
          "trench its name. The deepest place of the trench (and the entire surface of the Earth) is the Challenger "
          "Deep, 10,994 meters deep, which is almost 1,000 metres below the average depth of the Trench.\n")


def test_the_deepest_place_of_the_trench_is_the_trench_for_its_depth():
    assert frames(TRENCH)["10,994 meters"].context.subject == "Mariana Trench"


def test_its_deepest_point_named_in_chinese():
    # (verbatim, corpus-fresh47/mrt-08-hans.txt, cut)
    f = frames("马里亚纳海沟(Mariana Trench)是地球已知的海洋最深处,位于西太平洋。其最深处挑战者深渊(Challenger Deep)深度约"
               "10,984米(珠穆朗玛峰高度仅为8,848米),海沟全长约2,550公里,因邻近的马里亚纳群岛得名。")
    assert f["约10,984米"].context.subject == "Mariana Trench"


def test_the_landmarks_possessive_point_then_its_name():
    # (verbatim, corpus-fresh47/mrt-12-en.txt, cut)
    f = frames("The Mariana Trench is the deepest oceanic trench on Earth, located in the western Pacific Ocean near "
               "the Mariana Islands. In summary, the Mariana Trench's deepest point, Challenger Deep, is roughly 11 "
               "kilometers (about 7 miles) below the ocean surface, making it the deepest known point in Earth's "
               "oceans")
    assert f["roughly 11 kilometers"].context.subject == "Mariana Trench"


def test_not_another_landmarks_superlative():
    # Everest is the highest peak in the world, not Kilimanjaro's highest point
    f = frames("Mount Kilimanjaro\n\nMount Kilimanjaro is a dormant volcano in Tanzania. Mount Kilimanjaro is "
               "climbed by many. Mount Everest, the highest peak in the world, is 8,849 m high.\n")
    assert f["8,849 m"].context.subject == "Mount Everest"


def test_not_on_a_page_about_no_landmark():
    f = frames("Shares rose. The deepest point, Challenger Deep, is 10,994 m deep.")
    assert f["10,994 m"].context.subject == "Challenger Deep"


# --- a landmark's height ranked somewhere has no scope ---

def test_a_ranking_in_the_world_or_a_continent_is_no_scope_of_a_height():
    # (verbatim, corpus-fresh47/kil-04-en.txt, cut)
    f = frames("Mount Kilimanjaro with its three volcanic cones, Kibo, Mawenzi, and Shira, is a dormant volcanic "
               "mountain in Tanzania. It’s also ‘the highest mountain in Africa and the highest solitary mountain in "
               "the world at 5,895 meters (19.341 feet) above sea level.")
    assert f["5,895 meters"].context.scope is None


def test_the_highest_lake_in_the_world_four_words_apart():
    # (verbatim, corpus-fresh47/ttc-01-en.txt, cut)
    f = frames("Lake Titicaca is the highest commercially navigable lake in the world, at 3,812 m (12,507 feet) above "
               "sea level.")
    assert f["3,812 m"].context.scope is None


def test_a_market_figure_keeps_its_world_scope():
    f = frames("Global smartphone shipments rose 5% to 300 million units.")
    assert f["300 million"].context.scope == "global"


# --- a length in metres is no year ---

def test_two_thousand_metres_is_no_year():
    # (verbatim, corpus-fresh47/ttc-12-hant.txt, cut)
    f = frames("的的喀喀湖面積有8330平方公里,海拔3812米,水深平均100米,最深處可達256米。是南美洲海拔最高、面積最大的淡水湖,也是"
               "世界海拔2000米以上面積最大的淡水湖。")
    assert {f[k].context.period for k in ("8330平方公里", "3812米", "100米")} == {None}


def test_a_year_before_a_figure_is_still_a_year():
    f = frames("2019年产量为165.9万吨。")
    assert f["165.9万吨"].context.period == "2019"
