"""Names a page declares for one thing (context/declared.py): a Chinese name with a Latin name in brackets, 又名 / 又称 /
亦称 and the other names, "also known as"; on the page one subject, across pages one subject."""
from __future__ import annotations

import pytest

from helpers import frames

from factcheck.context import declared
from factcheck.context.vocab import vocab


@pytest.mark.parametrize("text, figure, subject", [
    # (verbatim, corpus-fresh51/ulu-09-hans.txt, cut: the name glossed, then written with a shorter kind word)
    ("澳大利亚艾尔斯岩石(Ayers Rock),又名乌鲁鲁巨石。艾尔斯岩高348米,长3000米。\n", "348米", "Ayers Rock"),
    # the other name the page gives, then a figure of it
    ("澳大利亚艾尔斯岩石(Ayers Rock),又名乌鲁鲁巨石。乌鲁鲁巨石周长约9.4公里。\n", "约9.4公里", "Ayers Rock"),
    # (after corpus-fresh51/ulu-12-hant.txt: 稱其為, "calls it", names what the sentence glossed first)
    ("艾爾斯岩石(Ayers Rock)又名艾爾斯岩,當地原住民稱其為烏魯魯(Uluru)。烏魯魯高348米。\n", "348米", "Ayers Rock"),
    # English: the first name stays the page's, the other is carried
    ("Uluru, also known as Ayers Rock, rises 348 metres above the plain.\n", "348 metres", "Uluru"),
    # a name the landmark table knows wins over the gloss (维多利亚湖 is Lake Victoria)
    ("维多利亚湖(VictoriaNyanza)的面积69400平方公里。\n", "69400平方公里", "Lake Victoria"),
])
def test_a_declared_name_is_the_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


def test_a_figure_carries_the_other_names_of_its_subject():
    f = frames("澳大利亚艾尔斯岩石(Ayers Rock),又名乌鲁鲁巨石。艾尔斯岩高348米。\n")["348米"]
    assert set(f.context.aka) == {"乌鲁鲁巨石", "艾尔斯岩石"}
    assert frames("Uluru, also known as Ayers Rock, rises 348 metres.\n")["348 metres"].context.aka == ("Ayers Rock",)


@pytest.mark.parametrize("text", [
    # a unit's words after a number, and an acronym: a term's gloss, no name (corpus/a-cloud-05-hans.txt's form)
    "2025年第一季度全球云服务支出达 990 亿美元 (Q1),同比增长21%。\n",
    "年第三季度全球个人电脑(PC)出货量达到7580万台。\n",
    # an English gloss of a term: every word an English word, no landmark's kind word
    "公司净利润(Net Profit)为12亿元。\n",
    # a part of a country, the common word (corpus/c-coffee-08-hant.txt's form)
    "北部(Norte)產量為120萬袋。\n",
    # "It", the pronoun, declares nothing; nor a name inside a longer phrase (corpus-fresh50/pis-16-en.txt)
    "The mountain is 4,095 m high. It was formerly known as St. Peter's Mount.\n",
    "The leading tower of Pisa, also known as the Tower of Pisa, is 56 m tall.\n",
    # one of a kind, no name (corpus-fresh51/ulu-19-hant.txt)
    "艾爾斯巖石被稱為「世界七大奇蹟」之一,高348米。\n",
    # a description after the word, no name
    "贝加尔湖是世界上最深的淡水湖,又称西伯利亚的明眸,深1642米。\n",
])
def test_what_declares_no_name(text):
    from factcheck.normalize import normalize_text

    assert declared.read([nl.text for nl in normalize_text(text)], vocab()) is declared.NONE


def test_another_kind_with_the_same_stem_is_another_thing():
    # a mountain is never a park: 京那峇鲁公园(Kinabalu Park) does not make 京那巴鲁山 the park
    f = frames("神山位在京那峇魯公園(Kinabalu Park)內。京那峇魯山高4095米。\n")
    assert f["4095米"].context.subject != "Kinabalu Park"


def test_pages_that_share_a_declared_name_meet(tmp_path):
    from factcheck.pipeline import run_claims

    (tmp_path / "a.txt").write_text("Uluru, also known as Ayers Rock, is 3.6 km long.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ayers Rock is about 3 km long, the guide says.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("澳大利亚艾尔斯岩石(Ayers Rock)长3000米。\n", encoding="utf-8")
    run = run_claims([str(tmp_path)], with_context=True)
    subjects = {c.path.rsplit("/", 1)[-1]: c.context.subject for c in run.claims}
    assert subjects["a.txt"] == subjects["b.txt"] == subjects["c.txt"]


def test_pages_that_declare_nothing_keep_their_names(tmp_path):
    from factcheck.pipeline import run_claims

    (tmp_path / "a.txt").write_text("The rock Uluru is 3.6 km long.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ayers Rock is about 3 km long.\n", encoding="utf-8")
    run = run_claims([str(tmp_path)], with_context=True)
    assert {c.context.subject for c in run.claims} == {"Uluru", "Ayers Rock"}


# --- a Chinese landmark's name no table knows, by its kind word, opening a clause (names._feature_names) ---


@pytest.mark.parametrize("text, figure, subject", [
    # (verbatim, corpus-fresh51/anf-15-hant.txt, cut)
    ("安赫爾瀑布是一個多級瀑布。安赫爾瀑布落差979米。\n", "979米", "安赫尔瀑布"),
])
def test_a_chinese_landmark_name_opening_its_clause(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, figure, not_subject", [
    ("黄色巨石高20米。\n", "20米", "黄色巨石"),          # a common word before the kind word: a description
    ("攀登珠峰高度8848米。\n", "8848米", "攀登珠峰"),      # a verb
    ("湖面广袤如海,面积3万平方公里。\n", "3万平方公里", "湖面广袤如海"),  # a kind's own character inside
])
def test_what_ends_with_a_kind_word_and_is_no_name(text, figure, not_subject):
    assert frames(text)[figure].context.subject != not_subject


def test_a_page_naming_a_declared_name_with_another_kind_word_meets_it(tmp_path):
    from factcheck.pipeline import run_claims

    # (after corpus-fresh51/ulu-09-hans.txt and ulu-10-hans.txt: 艾尔斯巨石 on one page, 艾尔斯岩石(Ayers Rock) on another)
    (tmp_path / "a.txt").write_text("澳大利亚艾尔斯岩石(Ayers Rock)高348米。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("艾尔斯巨石高348米。\n", encoding="utf-8")
    run = run_claims([str(tmp_path)], with_context=True)
    assert {c.context.subject for c in run.claims} == {"Ayers Rock"}
