"""Numbers that are not claims: each case is a real sentence, and the number named must not come out as a claim
(while a real figure in the same sentence still does)."""
from __future__ import annotations

import pytest

from conftest import claims_in

# (sentence, a substring holding the non-claim, a figure that must still be found or None)
CASES = [
    ("2026年03月25日 营收增长5%", "2026年03月25日", "5%"),
    ("截至2025-09-02，占比30%", "2025-09-02", "30%"),
    ("2025年1月，美国智库发布报告", "2025年1月", None),
    ("当全球等待禁令在 5 月 15 日生效", "5 月 15 日", None),
    ("1945年二戰以后", "1945年", None),
    ("1971~1974年間增長", "1971~1974年", None),
    ("1—2 月经济数据超预期", "1—2 月", None),
    ("今(24)日公布", "(24)", None),
    ("in 2009 sales rose 12%", "2009", "12%"),
    ("电话：010-83755580", "010-83755580", None),
    ("执业编号：S0300520110001", "S0300520110001", None),
    ("证书编号 10485001", "10485001", None),
    ("寧德時代(300750,中國)股價", "300750", None),
    ("台積電（2330）漲5%", "2330", "5%"),
    ("1.美國，未來主要押寶", "1.", None),
    ("先來看三個觀點:1.美國", "1.", None),
    ("一、高级电池", "一、", None),
    ("（三）数据", "（三）", None),
    ("精炼能力¹¹，占60%", "¹¹", "60%"),
    ("六、5G网络", "5G", None),
    ("采用7nm工艺", "7nm", None),
    ("任天堂 Switch 2 的销量", "2", None),
    ("字节跳动 Seedance 2.0 模型", "2.0", None),
    ("德國人定義了工業4.0,", "4.0", None),
    ("图1-1 AI三大要素", "1-1", None),
    ("见图表 12：全球份额", "12", None),
    ("相当.....\t7", "7", None),
    ("邮箱：anquanneican@163.com", "163", None),
    ("see https://example.com/2024/report-75", "2024", None),
    ("中国“十四五”规划", "十四五", None),
    ("meeting at 2:00 pm", "2:00", None),
    ("the 21st century", "21st", None),
    ("第三章 概述", "第三", None),
    # durations that frame a period are periods, not claims
    ("过去三年，份额提高了5个百分点", "三年", "5个百分点"),
    ("in the past three years sales rose 8%", "three years", "8%"),
    ("three years ago the share was 40%", "three years", "40%"),
    ("五年来增长了30%", "五年", "30%"),
    ("近三年內營收成長50%", "三年", "50%"),  # zh-Hant: 近 frames the period even when read as a hedge
    ("within the next two years output will double", "two years", None),
    # a range of durations in a frame: both ends are the period, the first end is no bare count
    ("over the next two to three years prices will fall 5%", "two to three years", "5%"),
    ("未来三到四年内赶超对手", "三到四年", None),
    ("過去2-3年營收成長8%", "2-3年", "8%"),
    # a frame anchored after an event: 发布后的12个月内, two years after the merger
    ("报告发布日后的12个月内股价涨幅", "12个月", None),
    ("two years after the merger margins fell 3%", "two years", "3%"),
]


# A bare in / within / 内 anchors nothing: the duration is how long something takes, a figure of its own.
@pytest.mark.parametrize("sentence,span", [
    ("The mine should pay back in four years.", "four years"),
    ("Output doubled within 18 months.", "18 months"),
    ("新厂预计三年内收回成本", "三年"),
    ("工程預計兩年內完工", "兩年"),
])
def test_a_duration_without_an_anchor_is_a_claim(sentence, span):
    got = [(c.text, c.unit) for c in claims_in(sentence)]
    assert (span, "year") in got, got


@pytest.mark.parametrize("sentence,marker,figure", CASES, ids=[c[0] for c in CASES])
def test_not_a_claim(sentence, marker, figure):
    claims = claims_in(sentence)
    start = sentence.index(marker)
    end = start + len(marker)
    overlapping = [c for c in claims if c.column - 1 < end and start < c.end_column - 1]
    assert not overlapping, [(c.text, c.value, c.unit) for c in overlapping]
    if figure is not None:
        assert figure in [c.text for c in claims]


# Dates written day/month/year, page-furniture counters with a colon, references in prose, codes with a decimal
@pytest.mark.parametrize("sentence,marker,figure", [
    ("The page was updated on 1/19/2023; sales rose 5%.", "1/19/2023", "5%"),
    ("更新於 19-01-2024，出口增長3%", "19-01-2024", "3%"),
    ("03.07.2025 revenue fell 2%", "03.07.2025", "2%"),
    ("浏览次数：12,345", "12,345", None),
    ("閱讀：2381", "2381", None),
    ("Views: 3,201 · share rose to 40%", "3,201", "40%"),
    ("See note 7 for the method; margins were 12%.", "7", "12%"),
    ("as table 3 shows, output rose 4%", "3", "4%"),
    ("PM2.5浓度下降10%", "PM2.5", "10%"),
    ("14時發布的數據顯示出口增長3%", "14時", "3%"),
    ("2024.03 发布的报告显示份额为12%", "2024.03", "12%"),
    ("數據截至2023/12，增長5%", "2023/12", "5%"),
    # a unit character that is also a verb or part of a word: 升级 (upgrade), 珠三角 (a delta)
    ("受Windows 11升级潮驱动，出货增长9%", "11升", "9%"),
    ("大灣區珠三角九市旅客增加28.8%", "三角", "28.8%"),
    ("长三角地区GDP增长5%", "三角", "5%"),
    # a rank threshold with its rank word: 前三名, 前五大 (前三个月 keeps its unit, a time frame)
    ("來台旅客前三名為日本、港澳、韓國", "三名", None),
    ("全球前五大PC品牌份额达80%", "五大", "80%"),
    ("the top 3 vendors held 60%", "3", "60%"),
    # "a third", "a sixth" before a word a fraction does not take are ordinals
    ("a third party vendor raised prices 4%", "a third", "4%"),
    ("rates held for a sixth straight meeting at 5%", "a sixth", "5%"),
    ("a fifth consecutive rise of 2% in output", "a fifth", "2%"),  # (a fifth consecutive year: a run of 5 years, extract/test_runs_of_periods.py)
    # a number joined by a hyphen to a name is the rest of the name
    ("The Boeing 787-9 seats 290 passengers.", "787-9", "290"),
    # Minguo years (Taiwan): 民國113年, 114年旅客統計 are periods, not durations
    ("民國113年度總預算增加5%", "113年", "5%"),
    ("觀光署公布114年旅客統計，出國人次增加8%", "114年", "8%"),
])
def test_not_a_claim_more(sentence, marker, figure):
    test_not_a_claim(sentence, marker, figure)


@pytest.mark.parametrize("sentence,span", [
    ("Note: 40 of the firms failed", "40"),  # a note's content is prose
    ("注：5家企业未披露", "5家"),
    ("a table 3 feet wide", "3 feet"),  # a unit after a reference word makes a quantity
    ("当数量达到20时停止", "20"),  # 时 = "when", no hour
])
def test_reference_words_leave_figures(sentence, span):
    assert span in [c.text for c in claims_in(sentence)]


def test_sheng_as_a_verb_is_no_litre():
    assert [(c.text, c.unit) for c in claims_in("價格由11升至15元")] == [("11", "count"), ("15元", "CNY")]
    assert [(c.text, c.unit) for c in claims_in("油箱容量50升")] == [("50升", "meter ** 3")]


def test_a_century_or_so_is_still_a_duration():
    assert [(c.text, c.unit) for c in claims_in("這家店有113年歷史")] == [("113年", "year")]
    assert [(c.text, c.unit) for c in claims_in("長達120年的殖民統治")] == [("120年", "year")]


@pytest.mark.parametrize("sentence", ["output was cut by a third.", "a third of voters", "a third more than 2023"])
def test_a_third_as_a_fraction(sentence):
    assert [c.text for c in claims_in(sentence) if c.unit == "percent"] == ["a third"]


# A house number before a street name is an address, and one capital glued to it (221B) is part of the label,
# not a billion; after a currency, or before a lower-case word (a 7B model), the letter is still a scale.
@pytest.mark.parametrize("sentence,fragment", [
    ("He lives at 10 Downing Street.", "10"),
    ("The White House is at 1600 Pennsylvania Avenue NW.", "1600"),
    ("a shop at 350 Fifth Ave. in Manhattan", "350"),
    ("She lived at 221B Baker Street.", "221B"),
    ("Flat 4B Kings Road", "4B"),
])
def test_street_addresses(sentence, fragment):
    from conftest import check_no_claim

    check_no_claim(sentence, fragment)


@pytest.mark.parametrize("sentence,span,value", [
    ("Revenue hit $3B Tuesday.", "$3B", 3e9),
    ("a 7B model", "7B", 7e9),
    ("It has 40K Followers", "40K", 4e4),
])
def test_a_capital_scale_letter_still_scales(sentence, span, value):
    from conftest import claims_in

    assert [(c.text, c.value) for c in claims_in(sentence)] == [(span, value)]


# Holidays named by their date (五一假期, 十一黄金周, 六一儿童节) and 9/11, 24/7 are names; a rank threshold in
# English may stand before a noun (a top-five finish, the top 10 firms) and is still no figure.
@pytest.mark.parametrize("sentence,fragment,figure", [
    ("五一假期出游人次达2.7亿", "五一", "2.7亿"),
    ("十一黃金周期間，國內旅遊收入7000億元", "十一", "7000億元"),
    ("六一儿童节当天客流增长20%", "六一", "20%"),
    ("Security changed after 9/11, costing $5 billion.", "9/11", "$5 billion"),
    ("The store is open 24/7 and sold 300 units.", "24/7", "300"),
    ("She had a top-five finish with 80 points.", "five", "80"),
    ("The top 10 firms hold 60% of the market.", "10", "60%"),
])
def test_date_names_and_rank_thresholds(sentence, fragment, figure):
    from conftest import check_no_claim

    check_no_claim(sentence, fragment)
    assert figure in [c.text for c in claims_in(sentence)]


def test_eleven_people_is_still_a_count():
    assert [c.value for c in claims_in("十一个人参加")] == [11]


# Times of day in news copy: N o'clock, and a four-digit 24-hour time before a time zone (1430 GMT, 0800 ET).
@pytest.mark.parametrize("sentence,fragment,figure", [
    ("We met at 5 o'clock and 40 people came.", "5", "40"),
    ("Trading halted at 0800 GMT after a 3% drop.", "0800", "3%"),
    ("Shares fell 2.5% by 1100 ET.", "1100", "2.5%"),
    ("The talks ended at 1430 UTC with 12 deals.", "1430", "12"),
])
def test_clock_times_in_news(sentence, fragment, figure):
    from conftest import check_no_claim

    check_no_claim(sentence, fragment)
    assert figure in [c.text for c in claims_in(sentence)]


# A number after a lower-case word that names a place or an item by number (page 42, room 101, gate 5, paragraph
# 3, jersey number 23) labels it; and the other end of a span of such labels (pages 10-12, notes 4 to 6,
# chapters 3 to 5) is a label too. A unit after the number still makes it a quantity; a figure elsewhere stays.
LABEL_WORDS = [
    ("The quote is on page 214 of the memoir.", []),
    ("Guests in room 512 complained.", []),
    ("Board at gate 17 by noon.", []),
    ("as set out in paragraph 6", []),
    ("He wears number 9 for the club.", []),
    ("Read pages 30-34 before class.", []),
    ("The method is in chapters 2 to 4.", []),
    ("See notes 7 and 8; output rose 12%.", ["12%"]),
    ("The report runs to 250 pages.", ["250"]),
]


@pytest.mark.parametrize("sentence,texts", LABEL_WORDS, ids=[c[0] for c in LABEL_WORDS])
def test_label_words_and_label_spans(sentence, texts):
    assert [c.text for c in claims_in(sentence)] == texts


# Chinese reports date their figures to the hour: 截至18时 ("as of 18:00"), 直到22点, and opening hours 9点至17点.
# 截至, 截止, 直至, 直到 mark a time limit and 今天, 明天, 当天 a day, so an hour after them (before 时 or 点) is a
# time, whatever follows (a comma included); two hours joined by 至/到 before 点 or 时 are a span of the day. A
# number before 点 elsewhere is still counted (提出14点建议: fourteen points), and 涨到20时 is "when it reaches 20".
CN_HOURS = [
    ("截至18时，全市共报告新增病例3例。", ["18"], ["3例"], "截至 and a comma after 时"),
    ("截至昨日24時，累計確診120例。", ["24"], ["120例"], "zh-Hant: 日 and 時"),
    ("直到22点，现场仍有200人。", ["22"], ["200人"], "直到 and 点"),
    ("截至十八时，共有五人受伤。", ["十八"], ["五人"], "Chinese numerals"),
    ("博物馆营业时间为9点至17点，门票50元。", ["9", "17"], ["50元"], "a span of the day"),
    ("商場營業時間為10時至22時，共有300個攤位。", ["10", "22"], ["300個"], "zh-Hant: a span in 時"),
    ("明天8点出发，全程120公里。", ["8"], ["120公里"], "明天 before the hour"),
    ("他提出了14点建议。", [], ["14"], "a count of points stays"),
]


@pytest.mark.parametrize("sentence,times,figures,why", CN_HOURS, ids=[r[3] for r in CN_HOURS])
def test_chinese_hours_of_the_day(sentence, times, figures, why):
    texts = [c.text for c in claims_in(sentence)]
    for f in figures:
        assert f in texts, texts
    for t in times:
        assert not [x for x in texts if x.startswith(t)], texts


# Idioms (成语) and set phrases with numerals in them are words, not figures: 成千上万 is "a great many", not ten
# thousand or more; 十有八九 "most likely", not a range of eight to nine. English says "thousands upon thousands"
# and "nine times out of ten" the same way.
CN_NUMERAL_IDIOMS = [
    ("成千上万的市民涌上街头。", "成千上万"),
    ("成百上千家企业受到影响。", "成百上千"),
    ("这件事十有八九是真的。", "十有八九"),
    ("他猜得八九不离十。", "八九不离十"),
    ("社会不该分三六九等。", "三六九等"),
    ("成千上萬的市民湧上街頭。", "zh-Hant 成千上萬"),
    ("這件事十有八九是真的。", "zh-Hant 十有八九"),
    ("Thousands upon thousands of people marched.", "English"),
]


@pytest.mark.parametrize("sentence,why", CN_NUMERAL_IDIOMS, ids=[r[1] for r in CN_NUMERAL_IDIOMS])
def test_numeral_idioms_are_words(sentence, why):
    assert claims_in(sentence) == [], [(c.text, c.value) for c in claims_in(sentence)]


# 四周 is "all around" (湖的四周, 四周群山环抱): a numeral and a unit spelling a common word, four weeks only beside a
# word of time (nonclaims.toml unit_words). Sentences written for these tests.
@pytest.mark.parametrize("sentence", ["湖的四周被四座高山环绕。", "四周群山环抱,山峰终年积雪。", "瀑布四周被綠色植被環繞。",
                                      "虽然湖四周有雪山环绕,但湖水终年不冻。"])
def test_sizhou_all_around_is_no_duration(sentence):
    assert [c.text for c in claims_in(sentence) if "周" in c.text] == []


@pytest.mark.parametrize("sentence", ["为期四周的展览吸引了游客。", "股价连续四周上涨。", "工程四周内完成。", "工程耗时四周。",
                                      "三周内完成施工。"])
def test_four_weeks_beside_a_word_of_time_is_a_duration(sentence):
    assert [c.text for c in claims_in(sentence) if "周" in c.text] != []
