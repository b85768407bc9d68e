"""Review 11: look-alikes of the last hour's rules (43b7dfb..bf50e47), written for the review.

Each case states the right reading, as a careful reader would give it. Cases marked xfail (strict) fail today:
the reason says what the rule gives and why it is wrong; the others pass and keep the rule's form (some are
positive cases: the rule fires where it should).
"""
from __future__ import annotations

import pytest

from helpers import compared, frames, xf


# -- 1. across.counts_share_their_noun: a bare count after a count and its noun, joined by to/and -----------------

@pytest.mark.parametrize("text, fig, word", [
    ("Norway registered 4,800 beekeepers in 2020 and 5,900 in 2023.\n", "5,900", "beekeeper"),
    ("Norway's beekeepers kept from 98,000 beehives in 2020 to 120,000 in 2023.\n", "120,000", "beehive"),
    # a noun of two words, and 'compared with' (no joining word of the pattern): the sentence's words still say it
    ("Norway registered from 4,800 licensed beekeepers in 2020 to 5,900 in 2023.\n", "5,900", "beekeeper"),
    ("Norway registered 5,900 beekeepers in 2023, compared with 4,800 in 2020.\n", "4,800", "beekeeper"),
])
def test_a_bare_count_takes_the_noun_of_the_count_before(text, fig, word):
    assert word in frames(text)[fig].context.words


def test_a_count_with_a_noun_of_its_own_keeps_it():
    f = frames("Norway registered 5,900 beekeepers in 2023 and 120,000 beehives.\n")
    assert "beehive" in f["120,000"].context.words


@pytest.mark.parametrize("text, fig", [
    # another's count: the second figure is Sweden's
    ("Norway registered 5,900 beekeepers in 2023 and Sweden 14,000.\n", "14,000"),
])
def test_another_subjects_count_is_its_own(text, fig):
    assert frames(text)[fig].context.subject == "Sweden"


# -- 2. group.block_key: a count with no noun after it, someone's or somewhere's, in a named period ---------------

@pytest.mark.parametrize("a, b, want", [
    ("Norway's licensed beekeepers numbered 5,900 in 2023.\n",
     "Norway's licensed beekeepers numbered 6,100 in 2023.\n", True),
    ("挪威持证养蜂人2023年共计5900。\n", "挪威持證養蜂人2023年共計6100。\n", True),
    # two things counted, their own words apart: not compared
    ("Norway's licensed beekeepers numbered 5,900 in 2023.\n",
     "Norway's registered beehives numbered 6,100 in 2023.\n", False),
    # nothing says what is counted: too little
    xf("Norway's total rose to 5,900 in 2023.\n", "Norway's total rose to 6,100 in 2023.\n", False,
       reason="any word of the figure's own ('total') passes with a subject and a period, though it says not what "
              "is counted (the rule asks the period instead of, not beside, a word the count is followed by)"),
    # no period named: still a bare number
    ("Norway's licensed beekeepers numbered 5,900.\n", "Norway's licensed beekeepers numbered 6,100.\n", False),
])
def test_a_bare_count_is_compared_only_with_its_words_someone_and_a_period(a, b, want):
    assert compared(a, b) is want


# -- 3. subject.pronouns: the port, the city, the province, the bloc carry the place named before -----------------

@pytest.mark.parametrize("text, fig, want", [
    ("Rotterdam handled 13.4 million TEU in 2023. The port's throughput fell 7%.\n", "7%", "Rotterdam"),
    ("The EU's exports fell 1.4% in 2023. The bloc's imports fell 2.1%.\n", "2.1%", "EU"),
    ("深圳2023年GDP为3.46万亿元。该市常住人口为1779万人。\n", "1779万人", "Shenzhen"),
    ("深圳2023年GDP為3.46兆元。該市常住人口為1779萬人。\n", "1779萬人", "Shenzhen"),
    # (fixed in review 11: a province or a bloc is no country; they carried China and Germany)
    ("China's GDP grew 5.2% in 2023. The province's GDP grew 6.1%.\n", "6.1%", None),
    ("Germany's exports fell 1.4% in 2023. The bloc's exports fell 2.1%.\n", "2.1%", None),
    xf("Shenzhen's GDP reached 3.46 trillion yuan in 2023, overtaking Guangzhou. "
       "The city's population was 17.79 million.\n", "17.79 million", "Shenzhen",
       reason="'the city' takes the last place named (Guangzhou, the one overtaken), not the sentence's subject"),
])
def test_a_place_description_carries_the_place_before(text, fig, want):
    assert frames(text)[fig].context.subject == want


# -- 4. extract._CNY_AFTER: a bare 元 amount with (人民幣 … right after it -----------------------------------------

@pytest.mark.parametrize("text, fig, unit", [
    ("大陸2023年社會消費品零售總額47兆1495億元(人民幣，下同)。\n", "47兆1495億元", "CNY"),
    ("2023年社会消费品零售总额47.1万亿元（人民币，下同）。\n", "47.1万亿元", "CNY"),
    xf("台積電2023年營收2兆1617億元(人民幣約4800億元)。\n", "2兆1617億元", "TWD",
       reason="a bracket opening with 人民幣 and a figure converts the amount: the amount is NT dollars"),
    xf("台積電2023年營收2兆1617億元(約人民幣4800億元)。\n", "2兆1617億元", "TWD",
       reason="a conversion in brackets (約人民幣…) makes the bare 元 of a Taiwan company yuan: the line names 人民幣"),
])
def test_the_yuan_named_in_brackets(text, fig, unit):
    assert frames(text)[fig].unit == unit


# -- 5. names._LEAD_WORD: 不包括/除了 before a Chinese organisation drop it; 包括/其中/以及 are no part of it ----------

@pytest.mark.parametrize("text, fig, want", [
    ("除了工商银行，建设银行营收增长3%。\n", "3%", "建设银行"),
    # (CC-CEDICT names 工商银行 in English, not 建设银行 alone: context/organisations.py)
    ("工商银行以及建设银行营收增长3%。\n", "3%", "Industrial and Commercial Bank of China+建设银行"),
    # (fixed in review 11: 其 stops the walk back, so 其中 left 中 in the name; 扣除 leaves out as 除 does;
    # 除夕 is New Year's Eve, no leaving out)
    ("其中招商银行净利润增长6%。\n", "6%", "招商银行"),
    ("扣除國泰世華銀行後，淨利增長4%。\n", "4%", None),
    ("除夕夜招商银行信用卡交易额达50亿元。\n", "50亿元", "招商银行"),
    xf("除了工商银行营收增长5%以外，建设银行营收也增长3%。\n", "5%", "工商银行",
       reason="除了…以外 around a figure of the body's own ('besides ICBC's 5%'): the body is dropped"),
    # (包括…在內: the body is one of the group's, whose figure it is; read since round 26's examples rule)
    ("包括工商銀行在內，六大行淨利潤增長2%。\n", "2%", None),
])
def test_words_before_a_chinese_organisation(text, fig, want):
    assert frames(text)[fig].context.subject == want


# -- 6. a place after 在/in in an earlier clause, after a company, is not the subject -------------------------------

@pytest.mark.parametrize("text, fig, subject, scope", [
    ("vivo不僅在台灣躍升為第三大品牌，全球智慧型手機市佔率也達9.2%。\n", "9.2%", "vivo", "global"),
    ("vivo不仅在台湾跃升为第三大品牌，全球智能手机市场份额也达9.2%。\n", "9.2%", "vivo", "global"),
    xf("三星在印度继续保持领先，智能手机市场份额为20%。\n", "20%", "Samsung", "India",
       reason="the share is Samsung's in India (the clause names no other place): India is dropped, no scope"),
    xf("三星在印度繼續保持領先，當地市佔率為20%。\n", "20%", "Samsung", "India",
       reason="當地 keeps the place, but as the subject: India's share, not Samsung's share in India"),
])
def test_a_place_in_an_earlier_clause_after_a_company(text, fig, subject, scope):
    c = frames(text)[fig].context
    assert (c.subject, c.scope) == (subject, scope)


@pytest.mark.xfail(strict=True, reason="misfire: ', where' keeps India, but the company before it stays the "
                                       "subject and India no scope: the market's shipments read as Apple's")
def test_a_where_clause_is_about_the_place():
    c = frames("Apple invested $1 billion in India, where smartphone shipments rose 30% in 2023.\n")["30%"].context
    assert c.subject == "India" or c.scope == "India"
