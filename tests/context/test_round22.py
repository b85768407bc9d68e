"""Rules of the round that opened corpus-fresh25 (forced displacement, HIV, hunger) for reading: each case a form
read on real pages, written anew, with a near miss that must keep its old reading."""
from __future__ import annotations

import pytest

from helpers import claims, frames


@pytest.mark.parametrize("text, figure, period", [
    # a year after a comparative (高于, 低于, "compared to the end of") is what the figure is compared with
    ("全球网民约有5.2亿,高于2019年的4.1亿。\n", "5.2亿", None),
    ("全国网民约有5.2亿，低於2019年的6.1億。\n", "5.2亿", None),
    # (a page dated by its report: "now" is that date, not the year compared with)
    ("据2024年5月的报告,目前全球约有5.2亿网民,高于2019年的4.1亿。\n", "5.2亿", "2024-05"),
    ("At the end of 2022, 51.3 million people were online. This is an increase of 9 million people compared to "
     "the end of 2021.\n", "9 million", "2022"),
    # near misses: the compared figure keeps its year; a year the figure is in keeps dating it
    ("目前全球约有5.2亿网民,高于2019年的4.1亿。\n", "4.1亿", "2019"),
    # (the page's usual year only ever compared with by 高于: the page is the next year's, so 今年 is 2024)
    ("今年一季度GDP增长5.3%，高于2023年全年的5.2%。\n", "5.3%", "2024-Q1"),
    ("2023年全球约有5.2亿网民,高于2019年的4.1亿。\n", "5.2亿", "2023"),
])
def test_a_year_after_a_comparative_is_a_base(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, source", [
    # words that describe the report are not who wrote it
    ("最新报告显示,全球约有5.2亿网民。\n", None),
    ("年度报告显示,全球约有5.2亿网民。\n", None),
    ("联合国最新报告显示,全球约有5.2亿网民。\n", "United Nations"),
    ("麦肯锡最新一期报告显示,全球约有5.2亿网民。\n", "麦肯锡"),
    ("近日发布的报告显示,全球约有5.2亿网民。\n", None),
    # (a word pointing back leaves a common noun, no name: 该机构 is the body named before)
    ("该机构最新报告显示,全球约有5.2亿网民。\n", None),
    ("有关部门数据显示,全球约有5.2亿网民。\n", None),
    # near misses: a name that starts like a describing word keeps it whole
    ("统计局周三公布的数据显示,全国约有5.2亿网民。\n", "统计局"),
    ("周三公布的数据显示,全国约有5.2亿网民。\n", None),
    ("新华社报告显示,全球约有5.2亿网民。\n", "Xinhua"),
    ("某某研究数据显示,全球约有5.2亿网民。\n", "某某研究"),
])
def test_a_describing_word_is_no_source(text, source):
    assert frames(text)["5.2亿"].context.source == source


def test_a_list_only_cue_takes_no_place_in_the_scan():
    """Words of lists read only as lists (describe_han: 这份, 近日 …) are not looked for in the text, where they
    would take the places of other lists' words: 这份成绩单 keeps no object word 这份."""
    from factcheck.context.vocab import vocab

    V = vocab()
    assert "source.describe_han" not in V.cue_match and "这份" in V.cues["source.describe_han"]


@pytest.mark.parametrize("text, figure, words", [
    # a past participle right after a bare count stands for the people it counts
    ("The agency says 117 million displaced, a record.\n", "117 million", {"displaced", "people"}),
    ("The floods left some 300 injured in the province.\n", "some 300", {"injured", "people"}),
])
def test_a_participle_after_a_bare_count_is_its_object(text, figure, words):
    assert words <= set(frames(text)[figure].context.words)


@pytest.mark.parametrize("text, figure, word", [
    # near misses: a verb of change after a count, a count with its own noun
    ("Sales of 5 million declined by 3% in 2024.\n", "5 million", "declined"),
    ("It had 5 million tonnes exported to Ruritania.\n", "5 million tonnes", "exported"),
    # a participle that counts things, not people: no "people" for phones shipped or flights cancelled
    ("Smartphone shipments reached 1.2 billion in 2023, compared with 1.1 billion shipped in 2022.\n",
     "1.1 billion", "people"),
    ("Airlines cancelled 5,000 flights on Monday, with 1,200 cancelled at Heathrow alone.\n", "1,200", "people"),
    ("Revenue was 5 billion, with 2 billion earned in China.\n", "2 billion", "people"),
    # (a count naming its own people does not share the one before's: 20,000 injured are none killed)
    ("The earthquake left 6,000 killed and 20,000 injured.\n", "20,000", "killed"),
    # (多于 compares, it names nothing the figure measures)
    ("2024年企业数量为150万家，多于2020年的120万家。\n", "120万家", "多于"),
])
def test_a_change_verb_after_a_count_is_no_object(text, figure, word):
    assert word not in frames(text)[figure].context.words


@pytest.mark.parametrize("text, figure", [
    # a disease is what a figure counts, never who reports it
    ("In 2023, 39.9 million people were living with HIV worldwide.\n", "39.9 million"),
    ("2024年全球共有87%感染者知道自己感染HIV。\n", "87%"),
    ("TB killed 1.25 million people in 2023.\n", "1.25 million"),
])
def test_a_disease_is_no_subject(text, figure):
    ctx = frames(text)[figure].context
    assert ctx.subject is None


@pytest.mark.parametrize("text, figure, subject", [
    # a disease compound describes, it names no one ('-related', '-positive' end adjectives)
    ("HIV-related deaths fell to 630,000 in 2023.\n", "630,000", None),
    ("Kenya's HIV-positive population was 1.4 million in 2023.\n", "1.4 million", "Kenya"),
])
def test_a_disease_compound_is_no_subject(text, figure, subject):
    assert frames(text)[figure].context.subject == subject


@pytest.mark.parametrize("text, source", [
    # a compound inside a capitalised name is part of it
    ("Smoke-Free Alliance said 1.2 million people died in 2023.\n", "Smoke-Free Alliance"),
    ("The Campaign for Tobacco-Free Kids said 1.2 million people died in 2023.\n", "Tobacco-Free Kids"),
])
def test_a_name_with_a_free_compound_stays_whole(text, source):
    assert frames(text)["1.2 million"].context.source == source


_BODY = "據7月6日發佈的2022年報告稱,2021年,全球受饑餓影響人數增加到{}人,較2020年增加4600萬人。"


@pytest.mark.parametrize("text, figure, period", [
    # a headline's figure with no period takes the one the text below restates it with
    ("全球 8.28 億人面臨饑餓\n\n" + _BODY.format("8億2800萬") + "\n", "8.28 億人", "2021"),
    # near misses: too few digits to be one figure retold; restatements of two periods
    ("全球 8 億人面臨饑餓\n\n" + _BODY.format("8億") + "\n", "8 億人", None),
    ("全球 8.28 億人面臨饑餓\n\n" + _BODY.format("8億2800萬") + "2020年也有8.28億人。\n", "8.28 億人", None),
    # (another's figure of the same value restates nothing: India's headline is not China's 2022)
    ("India's population hits 1.43 billion\n\nIn 2021, India had 1.41 billion people. China's population was "
     "1.43 billion in 2022. By 2023 India overtook China.\n", "1.43 billion", None),
])
def test_a_headline_takes_the_period_of_its_restatement(text, figure, period):
    headline = next(c for c in claims(text) if c.text == figure)  # (the first of the figure's mentions)
    assert headline.context.period == period
    assert headline.period == period


_TABLE = ("| Airline profit forecasts 2025 and 2026 | ||\n|---|---|---|\n| Region | 2025 net profit (est) | "
          "2026 net profit (est) |\n| Ruritania | $13.2bn | $14.0bn |\n| Total | $39.5bn | $41.0bn |\n")


@pytest.mark.parametrize("text, figure, period", [
    # a pipe table whose first row is its caption: the row of labels below it heads the columns
    (_TABLE, "$13.2bn", "2025"),
    (_TABLE, "$41.0bn", "2026"),
    # near miss: a first row of labels is the header as before
    ("| Region | 2025 net profit | 2026 net profit |\n|---|---|---|\n| Ruritania | $13.2bn | $14.0bn |\n",
     "$14.0bn", "2026"),
])
def test_a_caption_row_over_a_table_is_not_its_header(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("word, gloss", [
    # an English noun of a verb meets the verb a dictionary writes
    ("completion", "complete"), ("construction", "construct"), ("production", "produce"),
    ("consumption", "consume"), ("investment", "invest"),
])
def test_a_noun_of_a_verb_meets_its_gloss(word, gloss):
    from factcheck.gloss import _forms

    assert gloss in _forms(word)


def test_a_completed_floor_space_meets_its_chinese_term():
    from factcheck.gloss import meet

    shared, _ = meet({"竣工"}, {"completion"})
    assert shared == 1.0


_BEFORE = "In 2019 the network had 30.2 million users, the agency said.\n\n"


@pytest.mark.parametrize("text, figure, period", [
    # a sentence that opens by pointing back ("This represents …", 这意味着) is of the period the one before spoke of
    (_BEFORE + "At the end of 2022, 51.3 million people were online.\n\nThis represents an increase of 9 million "
     "people.\n", "9 million", "2022"),
    ("2019年网民为4.1亿人。\n\n2023年全国网民达5.2亿人。这意味着网民增加了4000万人。\n", "4000万人", "2023"),
    # near misses: a time of its own in the sentence; no pointer back
    (_BEFORE + "At the end of 2022, 51.3 million people were online.\n\nThis is nearly double the 26 million people "
     "who were online a decade ago.\n", "26 million", None),
    (_BEFORE + "At the end of 2022, 51.3 million people were online.\n\nThe network added 9 million people.\n",
     "9 million", None),
])
def test_a_sentence_pointing_back_takes_the_period_before(text, figure, period):
    assert frames(text)[figure].context.period == period


@pytest.mark.parametrize("text, figure, topic", [
    # 消费 alone is what is consumed or what is spent: the figure's unit says which (concepts.toml `money`)
    ("2023年全球共消费了1200亿份方便面。\n", "1200亿份", "consumption"),
    ("印尼总消费143.7亿包。\n", "143.7亿", "consumption"),
    ("2023年居民消费达8万亿元。\n", "8万亿元", "spending"),
])
def test_xiaofei_is_read_by_the_figures_unit(text, figure, topic):
    assert topic in frames(text)[figure].context.topics


@pytest.mark.parametrize("text, figure", [
    # near misses: a rate says neither (its word stays a word); 消费电子 is consumer electronics
    ("2023年消费增长了5%。\n", "5%"),
    ("2023年消费电子出货量为3亿台。\n", "3亿台"),
])
def test_xiaofei_in_a_rate_or_a_compound_is_no_quantity(text, figure):
    topics = frames(text)[figure].context.topics
    assert "consumption" not in topics and "spending" not in topics and "consumption_or_spending" not in topics


def test_a_money_reading_must_be_one_of_either():
    from factcheck.context.vocab import build
    from factcheck.knowledge import KnowledgeError

    bad = {"x": {"role": "quantity", "terms": ["x"], "either": ["a", "b"], "money": "c"}}
    with pytest.raises(KnowledgeError, match="`money` must be one of its `either`"):
        build([], [("concepts.toml", bad, "")], [])


@pytest.mark.parametrize("text, figure", [
    # food and drink are consumed by eating and drinking them
    ("韩国人平均每年吃掉79包方便面。\n", "79"),
    ("2018年中国人喝掉393.6亿升啤酒。\n", "393.6亿升"),
    ("Vietnamese ate about 4.2 billion servings of instant noodles in 2023.\n", "about 4.2 billion"),
])
def test_eating_and_drinking_are_consumption(text, figure):
    assert "consumption" in frames(text)[figure].context.topics
