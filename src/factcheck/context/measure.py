"""Measure and object: what kind of number a figure is, and what it is a number of.

Measure (→ share | growth | change | multiple | level | percent | relative), read from the figure's own phrase, then its
clause, then its sentence:

- a percentage is a *share* only with a share cue: 占, 份额, 市占率, "share", "accounts for", "of the global";
- a change word makes it a *growth* rate: rose, fell, up, climbing, increase, 增长, 下降, 季增, 同比;
  "rose to 24%", "rose from 36% to 36.9%" and 增至24% state levels, not a change;
- with its base: yoy (同比, 年增, year-on-year), qoq (环比, 季增, quarter-on-quarter), mom (环比 by month);
- percentage points are a *change*; a multiple (3倍, 3x) a *multiple*; money, counts and physical
  quantities a *level* ("revenue of $5bn"), or a *change* right after a change word ("up $2bn");
- a percentage of a past level is *relative* to it, with that base: "88 percent of pre-pandemic levels" (vs
  2019), "96% of 2019 levels", 恢复到2019年水平的98%, 疫情前水平的87%; the year compared with is not its period;
- a percentage with no cue stays *percent*: it never meets a share or a growth rate.

Object (→ concept keys and words): what the measure is *of*, from the figure's own phrase, then its clause,
then its sentence, then its heading, never from a neighbouring figure's phrase or from a name: "64.1% of
cloud revenue" → cloud, revenue; "晶圆代工市占率" → 晶圆, 代工 (words no table knows are kept, as Latin
stems and Chinese character pairs); "share of global refined output" → refining, output. Terms of
concepts.toml make zh-Hans, zh-Hant and English meet (出货量 = shipments).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Context
from ..quickinit import quick_init
from .names import _HAN, Mention, english_word
from .period import _CN_M, _month, since_year
from .vocab import Vocab
from .view import ASIDE_WORDS, CAUSE_AFTER, PAIR_FIGURES, PAIR_WORDS, RESPECTIVELY, View, clause_bounds, lower, view_of

# "rose from 36% to 36.9%", "增至24%", "从36%上升到": the figures are the levels before and after
_LEVEL_GAP = re.compile(r"(?:^|\s|\b)(?:to|from)\b|[至到从由]|达到|^\s*达")
_LEVEL_GAP_QTY = re.compile(_LEVEL_GAP.pattern + r"|\b(?:at|reach|reaches|reached|reaching|hit|hits|hitting|totaling|"
                            r"totalling|totaled|totalled)\b")
_COMPARED = re.compile(r"\s*(more|higher|greater|larger|lower|less|fewer|smaller)\s+than\b|\s*(above|below)\s+"
                       r"(?:the\s+)?(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|q[1-4]\s+)?"
                       r"(?:19|20)\d{2}|last|a\s+year|pre-pandemic|its|their|the\s+same)")
# ("6.1% above December 2023 levels", "3% below Q4 2023": a month's or a quarter's level too)
# 比最初的估计高出15%, 較去年少5%: a percentage more or less than what 比/较 names is a change against it
_COMPARED_CN = re.compile(r"(?:比(?![例重率])|较|較)[^，,。；;%]{0,20}?(高出|多出|高了|多了|低了|少了|高|多|低|少)\s*$")
# (another measured thing between a rate word and an amount reached: the amount is that thing's level, "returned to
# growth … with total shipments reaching 147.6 million units"; "降幅达到120万台", "growth reached $2 billion" stay changes)
_THING_BETWEEN = re.compile(r"\b(?:with|while|as)\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|overall\s+|annual\s+)?[a-z]+|[，,][^，,。；;]{0,12}?(?:量|额|数|收入|业绩|销售)"
                            r"|\d\s*(?:%|％|percent|per cent)")  # (the rate stated already: "以22%的增幅达到209.37亿美元")
_RATE_STATED = re.compile(r"\d\s*(?:%|％|percent|per cent)\s*(?:的|of)?\s*$")  # "以22%的增幅达到209.37亿美元"
# a change named as a rate: "年增率达31.7%", "增速达到5%", "the growth rate reached 5%" is the change itself
_RATE = re.compile(r"[率幅速度]$|^growth$|rate$|^rate of growth$")
_FROM = re.compile(r"(?:从|由|\bfrom\b)[^，,。;；%\d]{0,8}$")
_TO = re.compile(r"\s*(?:到|至|\bto\b)")
# "从2021年的154%降至2024年的36.8%", "from 154% in 2021 to 36.8% in 2024": two ends of one quantity's path
_FROM_END = re.compile(r"(?:从|由|\bfrom)[^，,。；;%]{0,10}$")
_TO_END = re.compile(r"[^，,。；;%]{0,12}?(?:降至|升至|增至|减至|跌至|涨至|增加至|下降至|上升至|至|到|\s+to)\s*[^，,。；;%]{0,10}")
_MORE_OF = re.compile(r"\s+(more|fewer|less|additional|extra)\s+(?!than\b|or\b|and\b|of\b)[a-z]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_WORD = re.compile(r"[a-z][a-z\-]+")


@quick_init
@dataclass(frozen=True)
class Measure:
    kind: str  # share, growth, change, multiple, level, percent, relative ("96% of 2019 levels")
    base: str | None  # yoy, qoq, mom, or "vs YEAR"
    down: bool = False  # a growth or change its own word says is a fall ("fell 1%", 同比下滑了1%): negative


def from_to(low: str, first: tuple[int, int], second: tuple[int, int], ss: int) -> bool:
    """The two figures are the ends of a "from … to …" (年成长率从2021年的154%降至2024年的36.8%): the same kind of
    figure, whatever the words between say."""
    return bool(_FROM_END.search(low, max(ss, first[0] - 12), first[0]) and _TO_END.fullmatch(low, first[1], second[0]))


# "by" right before a percentage, a hedge between ("by as much as 6.6%", "by nearly 7%", "by over 15%")
_BY_PERCENT = re.compile(r"(?<![a-z])by\s+(?:(?:as much as|as little as|nearly|almost|about|around|some|roughly|over|"
                         r"more than|less than|just over|just under|close to|a further|another)\s+)?$")


def _near(vocab: Vocab, cue: str, low: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The cue words in low[a:b], leaving out those inside a longer term of concepts.toml (the 增 of 新增, newly
    added; the 增加 of 增加值, value added)."""
    if b <= a:
        return []
    found = vocab.cue(cue).find(low, a, b)
    if not found:
        return found
    terms = [(s, e) for s, e, _ in vocab.concept_match.find(low, a, b)]
    return [c for c in found if not any(s <= c[0] and c[1] <= e and e - s > c[1] - c[0] for s, e in terms)]


# a capitalised word right before, in the same run of names: "Kerepa Falls is 120 m high" (not "Output Falls 5%",
# a headline's verb right before its figure)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s$")
_FIGURE_NEXT = re.compile(r"\s*(?:(?:by|to|nearly|almost|about|around|over|some|roughly|more\s+than|less\s+than)\s+)?"
                          r"[\d$€£¥]", re.I)  # ("Tesla Profit Falls Nearly 50%")


def _kind_in_name(text: str, c: tuple[int, int, str], vocab: Vocab) -> bool:
    """A change word that is a landmark's kind word (cues.toml subject.landmark_kinds_last: "falls") written as
    the last word of a name ("Angel Falls", "Kerepa Falls is 120 m high"): part of the name, no fall (read on the
    text as written, whose offsets the lower-cased copy keeps)."""
    if c[2] not in vocab.cues.get("subject.landmark_kinds_last", ()):
        return False
    return text[c[0]:c[0] + 1].isupper() and bool(_CAPITALISED_BEFORE.search(text, max(0, c[0] - 40), c[0])) and \
        not _FIGURE_NEXT.match(text, c[1])


# a noun a change word describes ("the main growth driver at $43.2 billion", "a growth market worth $5 billion"):
# the amount is no change
_NOUN_AFTER_CHANGE = re.compile(r"[\"'”’]?\s*(?:drivers?|engines?|markets?|stor(?:y|ies)|sectors?|areas?|"
                                r"opportunit(?:y|ies)|potential|prospects?|momentum|trajectory|segments?)\b")


def measure(v: View, unit: str, vocab: Vocab, header: str = "") -> Measure:
    low = v.low
    # (the base, _base(v, vocab), is read only where a change is returned: most figures are levels or shares)
    if unit == "percentage_points":
        own = [c for a, b in ((v.ws, v.we), (v.cs, v.ce)) for c in _near(vocab, "measure.change", low, a, b)]
        return Measure("change", _base(v, vocab), _falls(own, v, vocab))
    if unit == "times":
        return Measure("multiple", None)
    if unit == "percent":
        of_level = _OF_LEVEL.match(low, v.e) or _LEVEL_OF.search(low, max(v.ss, v.s - 16), v.s)
        if of_level and of_level.re is _OF_LEVEL and of_level.group(1) and \
                _near(vocab, "measure.share", low, max(v.cs, v.s - 40), v.s):
            of_level = None  # "a share of 54.7% of 2022's total filings": a part of that year's whole
        if of_level:  # "88 percent of pre-pandemic levels", 恢复到2019年水平的98%: a level against a past one
            past = next(g for g in of_level.groups() if g)
            return Measure("relative", "vs 2019" if past in ("pre-pandemic", "pre-covid", "疫情前") else f"vs {past}")
        more = _COMPARED.match(low, v.e)
        if more:  # "about 11% more than in 2023", "4% less than in 2019": a change against what follows
            return Measure("growth", _base(v, vocab), (more.group(1) or more.group(2)) in ("lower", "less", "fewer", "smaller", "below"))
        more = _COMPARED_CN.search(low, max(v.cs, v.s - 30), v.s)
        if more:
            return Measure("growth", _base(v, vocab), more.group(1)[0] in "低少")
        if _BY_PERCENT.search(low, max(v.ss, v.s - 40), v.s) and not _PERCENT_OF.match(low, v.e):
            # "rocketed by 6.6%", "outpaced rivals by 3%": a percentage after "by" is a change, whatever the verb
            # (not "used by 40% of households": a part of a whole)
            own = _near(vocab, "measure.change", low, max(v.ss, v.s - 40), v.s)
            return Measure("growth", _base(v, vocab), _falls(own, v, vocab))
    elif unit not in ("times", "percentage_points") and (more := _MORE_OF.match(low, v.e)) and \
            not _THAN_OTHERS.search(low, more.end(), v.ce):
        # "about 11 million more cases in 2023 compared to 2022", "500 fewer deaths": an amount added or taken
        # away, not a level ("2 or more" is a bound the extractor reads whole; "500 more than" a comparison; "3.5
        # million more women than men" a gap between two groups, no change in time)
        return Measure("change", _base(v, vocab), more.group(1) in ("fewer", "less"))
    # (every window lies in the sentence: one look at it for both lists spares the six below where it has none)
    windows = [(v.ws, v.we), (v.cs, v.ce), (v.ss, v.se)] if vocab.cue(_CHANGE_OR_SHARE).find(low, v.ss, v.se) else []
    gap = _LEVEL_GAP if unit == "percent" else _LEVEL_GAP_QTY
    for a, b in windows:
        change = [c for c in _near(vocab, "measure.change", low, a, b) if not _kind_in_name(v.text, c, vocab)]
        shared = _near(vocab, "measure.share", low, a, b)
        if shared and change:  # the "up" of "made up", a share verb: no change
            change = [c for c in change if not any(s <= c[0] and c[1] <= e and e - s > c[1] - c[0]
                                                   for s, e, _ in shared)]
        said = change
        # "rose to 24%", "增至24%", "rise a tad at 174.9 million bags": the figure is the level reached
        # (a rate word before a rate reached is the rate's: "growth reached 5%"; an amount reached after it is no
        # rate, "returned to growth … with total shipments reaching 147.6 million units")
        change = [c for c in change if not (c[1] <= v.s and gap.search(low[c[1]:v.s]) and
                                            not (_RATE.search(c[2]) and (unit == "percent" or not (
                                                _THING_BETWEEN.search(low, c[1], v.s) or
                                                _RATE_STATED.search(low, max(v.ss, c[0] - 12), c[0])))))
                  and not (c[0] >= v.e and _FROM.search(low[max(v.ss, v.s - 12):v.s])
                           and _TO.match(low, c[1]))  # "从去年同期的14.2%下降到13.3%": the level before
                  # "expected to decline 1% and reach $51.9 billion": the change word is the other figure's
                  and not _across_figure(c, v)
                  # "Xiaomi at 15% with no growth": a change in a with-phrase after the figure is another statement
                  and not (c[0] >= v.e and _WITH_AFTER.fullmatch(low, v.e, c[0]))
                  # "AWS leads at 29%, while Microsoft and Google rise": another clause's verb, after it
                  and not ((a, b) == (v.ss, v.se) and c[0] >= v.ce)]
        share = [c for c in shared
                 if not (c[2] in ("held", "holds", "hold") and _AT_LEVEL.match(low, c[1]))
                 # "the growth rate of global chip sales was 12%": what a change is of, no part of a whole
                 and not any(x[1] <= c[0] and not low[x[1]:c[0]].strip() for x in said)]
        if unit == "percent":
            if change and not (share and _closer(share, change, v)):
                return Measure("growth", _base(v, vocab), _falls(change, v, vocab))
            if share:
                return Measure("share", None)
        elif change and (a, b) == (v.ws, v.we) and any(
                (c[1] <= v.s and not _NOUN_AFTER_CHANGE.match(low, c[1])) or
                c[2].isascii() and (c[2] not in _NO_NOUNS or _ON_BASE.match(low, c[1])) and
                _GLUED.fullmatch(low, v.e, c[0]) for c in change):
            # (a change word before the figure, or an English noun glued after it: "the 11.1-mmt increase", "a 2 GW
            # rise"; 6,930万台增长9.4%: a Chinese verb after a figure is the next figure's)
            return Measure("change", _base(v, vocab), _falls(change, v, vocab))
        if (a, b) == (v.ws, v.we) and (change or share):
            break
    if unit == "percent" and (_PERCENT_OF.match(low, v.e) or _PERCENT_ARE.match(low, v.e) and
                              _CLAUSE_HEAD.fullmatch(low, v.cs, v.s) or _part_of_zh(low, v, vocab)):
        # "rose to 89% of new car sales": a part of a whole it names; "16% are obese", 16%患有肥胖症: the part
        # of a people that is or has something, the percentage heading its clause ("Tariffs of 10% were levied"
        # is a rate)
        return Measure("share", None)
    if header:
        hl = header.lower()
        if unit == "percent":
            if vocab.cue("measure.change").find(hl):
                return Measure("growth", _base(v, vocab) or _base_text(hl, vocab))
            if vocab.cue("measure.share").find(hl):
                return Measure("share", None)
    return Measure("percent" if unit == "percent" else "level", None)


# a percentage of a past level: "88 percent of pre-pandemic levels", "96% of 2019 levels", 2019年水平的98%,
# 疫情前水平的88% (pre-pandemic means 2019, the last full year before it)
_OF_LEVEL = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:((?:19|20)\d{2})['’]s\s+|((?:19|20)\d{2})\s+|"
                       r"(pre-pandemic|pre-covid)\s+)(?:levels?|figures?|totals?|volumes?|numbers?|peaks?|arrivals|"
                       r"visitors|passengers|traffic|capacity|demand|sales|output)\b")
_LEVEL_OF = re.compile(r"(?:((?:19|20)\d{2})\s*年?(?:同期)?|(疫情前))的?\s*(?:水平|水准|同期)的?\s*$"
                       # (or the year alone after a verb of recovering or equalling: 恢复至2019年的93.9%, 相当于2019年
                       # 同期的97.6%, 入境人数为2019年的97%; never "从2019年的40%", "变为2023年的35%", "最高的是2021年的
                       # 8.1%", where the year dates the figure)
                       r"|(?:恢复|回升|回到|相当于|(?<![变降升增成的减涨跌])(?:是|为))(?:至|到)?\s*((?:19|20)\d{2})\s*年"
                       r"(?:同期)?的\s*$")


# "a decrease of 8 million units or 2.8%": a figure joined by "or" restates the one before it
_GLUED = re.compile(r"[\s-]{0,2}")  # between a figure and the change noun right after it
# (words of change that are no nouns: "Total Revenue is $39.331 billion up 78% YoY" is a level, then its growth;
# but "£30 million down on the previous year" is the change, the base it is measured against after "on")
_NO_NOUNS = frozenset({"up", "down"})
_ON_BASE = re.compile(r"\s+on\s+(?:the\s+)?(?:last|previous|prior|a|same|\d{4})\b"
                      r"(?!\s*(?:year|quarter|month|period)?['’]s\s*[£$€¥\d])")  # (not "up on last year's £420 million")
_OR_RESTATES = re.compile(r"\s*(?:[a-z]+\s+)?,?\s*(?:or|或|即)\s*(?:about\s+|around\s+|roughly\s+|less than\s+|more than\s+)?")


_LISTED = re.compile(r"\s*(?:和|及|与|、|and)\s*")
_JOINED_FIGURES = re.compile(r"\s*(?:和|及|与|、|,|，|and|or|to|至)\s*")
_CHANGE_THEN = re.compile(r"\s*(?:by\s+|of\s+|about\s+|nearly\s+|almost\s+|some\s+)?")
_CONJUNCTION = re.compile(r"\b(?:and|but|while|whereas)\b")
_RIGHT_AFTER_FIGURE = re.compile(r"\s*(?:[a-z\-]+\s+){0,2}")  # "7% annual growth", "2% year-on-year decline"


def _across_figure(c: tuple[int, int, str], v: View) -> bool:
    """Another figure stands between a change word and this figure (the word is that one's), unless this one
    restates the one before it ("fell by 8 million units, or 2.8%")."""
    between = [(fs, fe) for fs, fe in v.spans if c[1] <= fs and fe <= v.s]
    if between:
        # "rose 5% and 3%", 分别增长5%和3%: figures listed after one change word share it
        chain = between + [(v.s, v.e)]
        if all(_LISTED.fullmatch(v.low, x[1], y[0]) for x, y in zip(chain, chain[1:])):
            return False
        return not _OR_RESTATES.fullmatch(v.low, between[-1][1], v.s)
    # "Apple at 16% with a 2% decline": a change word after another figure that follows this one is that one's;
    # "a 7% annual growth, followed by Apple at 16%": so is one written right after another figure before it
    # ("6%和15%的同比增速", "43% and 50% increases": figures joined in a list share it)
    return any(v.e <= fs and fe <= c[0] and not _JOINED_FIGURES.fullmatch(v.low, v.e, fs) for fs, fe in v.spans) or \
        (c[2].isascii() and any(fe <= c[0] and (fs, fe) != (v.s, v.e) and _RIGHT_AFTER_FIGURE.fullmatch(v.low, fe, c[0])
                                and not (_CONJUNCTION.search(v.low, fe, c[0]) and _CHANGE_THEN.fullmatch(v.low, c[1], v.s))
                                for fs, fe in v.spans))
    # (a conjunction between opens the next statement when the change word leads right to this figure: "414
    # million tons and up 1.9%" is the 1.9%'s rise; "3% and rising, while unemployment stood at 4%" the 3%'s)


# "held at 6.2%", "holds at": a level kept, not a share held; "89% of new car sales": a part of the whole named
_AT_LEVEL = re.compile(r"\s+at\b")
_CLAUSE_HEAD = re.compile(r"[\s,，;；]*(?:(?:and|but|while|whereas|yet|with)\s+)?(?:(?:only|just|about|around|nearly|"
                          r"almost|some|over|roughly|more than|less than|fewer than)\s+)?")
_PERCENT_ARE = re.compile(r"\s+(?:are|were)\s+(?!(?:expected|forecast|projected|estimated|likely|set|due|seen|"
                          r"up|down|from|in|at|for|to|the|a|an)\b)[a-z]|\s*(?:患有|罹患)")
# (past an aside in brackets: "Only 22.3 per cent (13.8 billion kg) of the e-waste generated")
_PERCENT_OF = re.compile(r"\s*(?:[(（][^()（）]{1,40}[)）]\s*)?of\s+(?:the\s+|all\s+|total\s+|its\s+|their\s+)?"
                         r"(?!(?:19|20)\d{2}\b)[a-z]")
_THAN_OTHERS = re.compile(r"\bthan\s+(?!in\b|at\b|during\b|last\b|a\s+year\b|a\s+decade\b|the\s+(?:previous|prior|"
                          r"same|year|month|quarter)\b|(?:19|20)\d{2}\b|expected\b|forecast\b|before\b|earlier\b|"
                          r"planned\b|a\s+(?:month|quarter)\b)[a-z]")
_MONTH_NAMED = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月")
_PERCENT_DE = re.compile(r"\s*的\s*([\u4e00-\u9fff]{2,10})")


def _part_of_zh(low: str, v: View, vocab: Vocab) -> bool:
    """高达99%的人类感染病例, 83.7%的珊瑚生长区: N%的 and a noun is that part of the noun's whole, as "99% of
    human cases" is; not a rate or a level the noun names anywhere in it (以22%的增幅, 5%的关税, 8%的优惠存款利率,
    0.5%的存款准备金率, 5%的低位: cues.toml measure.change, object.rate_nouns, a noun in 率)."""
    m = _PERCENT_DE.match(low, v.e)
    if m is None:
        return False
    at = m.start(1)
    return not (vocab.cue(("measure.change", "object.rate_nouns")).find(low, at, m.end(1)) or "率" in m.group(1))


_WITH_AFTER = re.compile(r"\s*,?\s*(?:and\s+)?with\s+(?:(?:a|an|no|zero|flat|little|slight|modest|its|their)\s+)?"
                         r"(?:[a-z\-]+\s+){0,2}")


_GAP_WORDS = re.compile(r"(?:\s|[,，、;；.。]|and|while|whereas|with|at|和|而|则|为|是|占)*")


# after the figure, a place it is of: "…, 60% in Asia and the Pacific, 39% in North America"
_GAP_AFTER = re.compile(r"(?:\s|[,，、;；.。]|and|in|for|the|respectively|alone)*")
_IN_PLACE = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?")
_ITEM_OPENS = re.compile(r"[\s,，;；]*(?:and\s*)?")  # before a list item's figure: "…, 55% in Africa and 20% in Europe"


def gapped(v: View, mentions: list[Mention]) -> bool:
    """The figure's clause holds only a name and the figure ("…, Apple 16%", "，苹果16%", "…, 39% in North
    America"): a verb left out. (Read from the figure before it in the clause: "55% in Africa and 20% in Europe".)"""
    cs = max([fe for _, fe in v.spans if v.cs <= fe <= v.s] + [v.cs])
    names = [m for m in mentions if cs <= m.start and m.end <= v.s and m.role == "entity"]
    while names and _IN_PLACE.fullmatch(v.low, cs, names[0].start):
        cs, names = names[0].end, names[1:]  # (the place of the figure before: "55% in Africa and 20% …")
    if not names:
        end = min([fs for fs, _ in v.spans if fs >= v.e] + [v.ce])  # (up to the next figure: "58% in Asia and 31%")
        after = [m for m in mentions if v.e <= m.start and m.end <= end and m.role == "entity"]
        # (the names after it are places: "Apple 16%" names a holder, "16% in Europe" where)
        return bool(after) and all(m.kind in ("country", "region") for m in after) and \
            bool(_ITEM_OPENS.fullmatch(v.low, cs, v.s)) and \
            bool(_GAP_AFTER.fullmatch(v.low[v.e:after[0].start] + " ".join(
                v.low[x.end:y.start] for x, y in zip(after, after[1:])) + v.low[after[-1].end:end]))
    rest = v.low[cs:names[0].start] + v.low[names[-1].end:v.s] + v.low[v.e:v.ce]
    return bool(_GAP_WORDS.fullmatch(rest))


def _falls(change: list[tuple[int, int, str]], v: View, vocab: Vocab) -> bool:
    """The change word nearest the figure says it fell (cues.toml measure.down: fell, declined, 下滑, 减少)."""
    down = vocab.cues.get("measure.down", ())
    neutral = _neutral(vocab)
    change = [c for c in change if c[2] not in neutral]
    if not change:
        return False
    nearest = min(change, key=lambda c: min(abs(c[0] - v.e), abs(v.s - c[1])))
    return nearest[2] in down


def _neutral(vocab: Vocab) -> frozenset[str]:
    """The change words that say no direction: year-on-year does, 年减 and 季减 do not (the words of the base
    lists not in measure.down), read once per vocabulary."""
    got = vocab.__dict__.get("_neutral_changes")
    if got is None:
        down = vocab.cues.get("measure.down", ())
        got = frozenset({w for b in _BASES for w in vocab.cues.get(b, ()) if w not in down} | {"change"})
        vocab.__dict__["_neutral_changes"] = got
    return got


def _closer(share, change, v: View) -> bool:
    dist = lambda c: min(abs(c[0] - v.e), abs(v.s - c[1]))
    return min(map(dist, share)) < min(map(dist, change))


_BASES = ("measure.base.yoy", "measure.base.qoq", "measure.base.mom")
_CHANGE_OR_SHARE = ("measure.change", "measure.share")


# (behind a look-ahead for its first characters: the scan passes over the others with one test)
_VS_YEAR = re.compile(r"(?=[较比相cfvt%p])(?:较|比|相比|\b(?:compared with|compared to|from|versus|vs\.?|than(?: in| that of| those of)?)\b|"
                      r"(?:%|percent|per cent)"
                      r"\s+(?:over|on)\b)\s*((?:19|20)\d{2})(?!\d|[,.]\d|\s*(?:[a-z]+\s+)?(?:units|people|tons|tonnes)"
                      # (not a span, "from 2023 to 2024", nor a year another figure is of, "versus 2023's 4% gain")
                      r"|['’]s\b|\s*(?:to|-|–|—|至|到)\s*(?:19|20)?\d{2})\s*年?")


_YEAR_END = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:末|底)|(?:end|close) of (?:19|20)\d{2}|(?:19|20)\d{2}\s*year-end")


# a change on a month of last year or of a year named (较去年12月底, 比上年11月末, 较2024年12月): against that
# month, not a year before: "vs 2024-12", "vs prev-12" (group.py reads it against the figure's own month: on
# the month before, a change month on month)
_SINCE_MONTH = re.compile(r"(?:较|比|相比)\s*(去年|上年|(?:19|20)\d{2}\s*年)\s*" + _CN_M + r"\s*月")


def _base(v: View, vocab: Vocab) -> str | None:
    m = _SINCE_MONTH.search(v.low, v.cs, v.ce)
    if m:
        year = m.group(1)[:4] if m.group(1)[:1].isdigit() else "prev"
        return f"vs {year}-{_month(m.group(2)):02d}"
    if vocab.cue("measure.base.since_year_end").find(v.low, v.cs, v.ce):
        # 比上年末增加: since the end of last year; at a year's end (2024年末…比上年末) that is a year on year change,
        # at 6月末 the change so far this year
        return "yoy" if _YEAR_END.search(v.low, v.ss, v.se) else None
    m = _vs_year(v)
    if m and v.ws <= m.start() and m.end(1) <= v.we:
        # ("a growth of +6.8% on 2019 when it had recorded the previous all-time annual peak": the year in the
        # figure's own phrase before a base word further off)
        return _against(v, m)
    # (the windows lie in the sentence: one look at it first, most sentences have none)
    windows = ((v.ws, v.we), (v.cs, v.ce), (v.ss, v.se)) if vocab.cue(_BASES).find(v.low, v.ss, v.se) else ()
    for a, b in windows:
        if not _near(vocab, _BASES, v.low, a, b):  # one look for all three, most windows have none
            continue
        if (a, b) != (v.ss, v.se):
            for key in ("yoy", "qoq", "mom"):
                if _near(vocab, f"measure.base.{key}", v.low, a, b):
                    return key
            continue
        if m:
            break  # (a year the clause compares against before a base word in another clause)
        found = [(c, key) for key in ("yoy", "qoq", "mom") for c in _near(vocab, f"measure.base.{key}", v.low, a, b)
                 if not _MONTH_NAMED.match(v.low, c[1])]  # (较去年12月底: since a month, not a year back)
        if len({key for _, key in found}) >= 2:
            # two bases in one sentence ("On a month-on-month basis, the output was 2.3 per cent down, while on a
            # year-on-year calculation, … 1.2 per cent"): a base in another figure's clause is that one's, and of
            # the rest the nearest is the figure's (one base said once holds for every clause of its sentence)
            found = [(c, key) for c, key in found if not _others_clause(v, c[0])]
            found.sort(key=lambda f: max(f[0][0] - v.e, v.s - f[0][1], 0))
        if found:
            return found[0][1]
    if m is None and (since := since_year(v.low, v)):
        return f"vs {since}"  # "a reduction of over 20 million since 2020", 自2020年以来…减少了2200多万
    return _against(v, m) if m else None


def _against(v: View, m: re.Match) -> str:
    """The base a year compared against names: 较2024年同期 is the same period a year before (year on year),
    whatever the period is; else "vs 2024"."""
    return "yoy" if v.low.startswith("同期", m.end()) else f"vs {m.group(1)}"


def _vs_year(v: View) -> re.Match | None:
    """The year the figure's clause compares against, the one nearest the figure ("an increase of +55.4% on 2022
    and a growth of +6.8% on 2019": 2019 for the 6.8%)."""
    # (from the figure before it in its sentence, if any: "环比下降1.9%,比2024年同期(星期二)增长15.4%" compares the
    # 15.4% with 2024 across the bracket)
    start = max([e for _, e in v.spans if v.ss <= e <= v.s], default=v.cs)
    found = list(_VS_YEAR.finditer(v.low, min(start, v.cs), v.ce))
    return min(found, key=lambda m: max(m.start() - v.e, v.s - m.end(), 0)) if found else None


def _others_clause(v: View, at: int) -> bool:
    """Position `at` is in another figure's clause: the clause holding it, or (a phrase of no figure inside the
    sentence: ", while on a year-on-year basis,") the first clause after it that holds a figure, holds another
    figure and not this one."""
    clauses = clause_bounds(v.low, v.ss, v.se)
    k = next((i for i, (a, b) in enumerate(clauses) if a <= at < b), None)
    if k is None:
        return False
    for i, (a, b) in enumerate(clauses[k:], k):
        if any(a <= fs < b for fs, _ in v.spans):
            # (the sentence's opening phrase of no figure is said of all: "On a year-on-year basis, exports grew
            # 4.1%, while imports fell 2.2%")
            return not a <= v.s < b and not (k == 0 and i > 0)
    return False


def _base_text(text: str, vocab: Vocab) -> str | None:
    for key in ("yoy", "qoq", "mom"):
        if vocab.cue(f"measure.base.{key}").find(text):
            return key
    return None


# ---------------------------------------------------------------- object


def stem(w: str) -> str:
    w = w.strip("-")
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("es", "e"), ("s", "")):
        if w.endswith(suf) and len(w) > 4 and not w.endswith("ss") and not (
                suf == "s" and w.endswith(("us", "is")) and not english_word(w[:-1])):
            # (no plural: "census", "poliovirus", "analysis"; "taxis", "menus" are)
            w = w[: -len(suf)] + rep
            break
    return w


# words that say what happened or who says so, never what is measured: one view of six cue lists
_NOT_OBJECT = ("measure.change", "measure.share", "measure.base.yoy", "measure.base.qoq", "measure.base.mom",
               "period.forecast", "source.after", "source.before", "object.ignore")


def words_of(text: str, low: str, a: int, b: int, vocab: Vocab, skip: list[tuple[int, int]]) -> tuple[set, set]:
    """Concept keys and other words of text[a:b], leaving out the spans in `skip` (names, figures, periods)."""
    busy = bytearray(b - a + 1)
    for s, e in skip:
        if s < b and a < e:
            s = max(s, a)
            busy[s - a:e - a] = b"\x01" * (e - s)
    keys = _terms_of(low, a, b, vocab, busy)
    _mark_not_object(low, a, b, vocab, busy)
    return keys, _other_words(low, a, b, busy, vocab)


# a past participle right before a noun is an adjective ("imported beer"): one before an amount is the verb
_ADJECTIVE_USE = re.compile(r"\s+(?!(?:about|around|nearly|almost|some|over|more|less|roughly|approximately|just|"
                            r"a|an|the|up|down|by|to|in|from|only|at|a record|an estimated|record|its|their|us)\b)"
                            r"[a-z]")


# a verb of saying or finding right after a term (a name of a few characters may come between in Chinese:
# 研究者沃姆表示)
_SAYS_AFTER = re.compile(r"\s*(?:们|們|[\u4e00-\u9fff]{2,3}(?=表示|指出|认为|認為|估计|估計|发现|發現|说|說))?\s*"
                         r"(?:(?:have|had|also|now)\s+)?(?:表示|指出|认为|認為|估计|估計|估算|发现|發現|警告|预测|預測|称|稱|说|說|"
                         r"said|say|says|found|find|finds|estimated?|estimates|warn(?:ed|s)?|believe[sd]?|calculated|"
                         r"concluded)(?![a-z])")


def _terms_of(low: str, a: int, b: int, vocab: Vocab, busy: bytearray, found: list | None = None) -> set:
    """The concept keys of low[a:b] outside the places `busy` marks (one byte a character from a: names, figures,
    periods), which then marks the terms as places no other word is read in (_mark_not_object marks the rest,
    only where a window's other words are read: most windows are read for their keys alone). `found`: the
    terms of the window, when the caller has read them."""
    keys: set[str] = set()
    concepts = vocab.concepts
    items = list(vocab.concept_match.find(low, a, b) if found is None else found)
    k = 0
    while k < len(items):
        s, e, w = items[k]
        k += 1
        if busy.find(1, s - a, e - a) >= 0:  # (every match holds a character)
            after = busy.rfind(1, s - a, e - a) + a + 1
            if after < e:
                # a term crossing a name's end (珠穆朗玛峰高度: 峰高, 三峡大坝高度: 坝高) hid the term after the
                # name: the words after it are read again
                # (a scan of the rest, not remembered: the whole text's scan holds no match overlapping its own)
                items[k:] = vocab.concept_match.find_from(low, after, b)
            continue
        c = concepts[w]
        if w in ("imported", "exported") and _ADJECTIVE_USE.match(low, e):
            continue  # "imported beer", "Imported cars": what is sold, not the imports ("imported 1.1 billion" are)
        if c.role == "topic" and _SAYS_AFTER.match(low, e):
            # 研究者沃姆表示, 科學家表示, "scientists estimate": who says so, not what is counted
            busy[s - a:e - a] = b"\x01" * (e - s)
            continue
        if c.parts:  # 产销 alone ("产销均超1200万辆") is both, as "production and sales" is
            keys.update(c.parts)
        elif c.role in _OBJECT_ROLES:
            keys.add(c.key)
        busy[s - a:e - a] = b"\x01" * (e - s)
    return _roll_up(keys, vocab) if keys else keys


def _mark_not_object(low: str, a: int, b: int, vocab: Vocab, busy: bytearray) -> None:
    """Marks in `busy` (after _terms_of) the words of low[a:b] that say what happened or who says so
    (_NOT_OBJECT), outside the places already marked: no other word is read there."""
    for s, e, w in vocab.cue(_NOT_OBJECT).find(low, a, b):  # (they do not overlap one another)
        if busy.find(1, s - a, e - a) < 0:
            busy[s - a:e - a] = b"\x01" * (e - s)


_OBJECT_ROLES = frozenset(("quantity", "topic", "domain", "modifier", "basis"))
_FREE = re.compile(rb"\x00+")  # a run of places `busy` leaves free


def _other_words(low: str, a: int, b: int, busy: bytearray, vocab: Vocab) -> set[str]:
    """The words of low[a:b] in the places `busy` leaves free: Latin stems and pairs of Chinese characters."""
    words: set[str] = set()
    kept = _kept_words(vocab)
    # the free pieces read as one text, a NUL between them (no word runs across one): one scan for each kind
    free = "\x00".join([low[a + m.start():a + m.end()] for m in _FREE.finditer(busy, 0, b - a)])
    for g in _LATIN_WORD.findall(free):
        w = kept.get(g)
        if w is None:
            w = kept[g] = _word_kept(g, vocab)
        if w:
            words.add(w)
    for run in (_HAN_RUN.findall(free) if not free.isascii() else ()):  # (Han characters are not ASCII)
        words.update(map(str.__add__, run, run[1:]))  # its pairs of characters
    if "ing" in free:
        words.update(_nouns_in_ing(low, a, b, busy, vocab))
    if "ed " in free:
        for m in _PARTICLE_VERB.finditer(low, a, b):  # "the 29.9 billion yuan raked in", "stocks piled up to"
            words.discard(stem(m.group(1)))
    return words


_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?![A-Za-z0-9])")  # TB, HR: too short for _other_words
_LOWER = re.compile(r"[a-z]")


def _acronyms(text: str, a: int, b: int, busy: bytearray, vocab: Vocab) -> frozenset[str]:
    """The two-letter acronyms in capitals of text[a:b] in the places `busy` leaves free ("TB-related deaths":
    tb), which _other_words, reading lower-cased text, cannot tell from "of" or "to"; not a name's ("US"), and none
    in a window written all in capitals ("NO DEATHS WERE RECORDED": its "NO" is a word)."""
    if not _LOWER.search(text, a, b):
        return frozenset()
    return frozenset(m.group().lower() for m in _ACRONYM.finditer(text, a, b)
                     if busy.find(1, m.start() - a, m.end() - a) < 0 and m.group().lower() not in vocab.upper_only
                     and m.group().lower() not in vocab.ignore_words)


# a short past verb and its particle: what a sentence does ("raked in", "piled up"), where "fixed broadband" is a kind
_PARTICLE_VERB = re.compile(r"\b([a-z]{3}ed)\s+(?:in|up|down|out|off|away|back)\b")


# a word in -ing naming a thing: before what is measured ("streaming revenue", "shipping volumes") or after "from" or
# "of" ("revenue from advertising"); what a sentence does is followed by other words ("rising 5%", "edging up")
_ING = re.compile(r"\b(?:(from|of)\s+)?([a-z]{3,}ing)\b(?=(\s+)?)")


# -ing words that never name a thing measured, and what closes a noun phrase after one ("revenue from streaming,")
_ING_NOT_NOUN = frozenset(("including", "excluding", "according", "following", "regarding", "concerning", "during",
                           "nothing", "something", "anything", "everything"))
_ING_CLOSES = re.compile(r"\s*(?:[,.;:)]|$|and\b|or\b|in\b|on\b|at\b|for\b|was\b|were\b|is\b|are\b|rose\b|fell\b|"
                         r"grew\b)")
# a verb opening a clause ("…, driving inflation", "after raising prices", "by boosting sales"): no thing measured
_ING_CLAUSE_BEFORE = re.compile(r"(?:[,;]|\b(?:after|before|by|while|when|without|despite|since|is|was|were|are|"
                                r"been))\s*$")


def _nouns_in_ing(low: str, a: int, b: int, busy: bytearray, vocab: Vocab) -> set[str]:
    """The words in -ing of low[a:b] that name a thing: right before what is measured ("streaming revenue") where no
    clause opens before them, or closing a phrase after "from" or "of" ("revenue from streaming rose")."""
    out = set()
    for m in _ING.finditer(low, a, b):
        s, e = m.span(2)
        if busy.find(1, s - a, e - a) >= 0 or _word_kept(m.group(2), vocab) or stem(m.group(2)) in vocab.ignore_words:
            continue
        if s > 0 and low[s - 1] == "-":
            continue  # "record-setting sales", "fast-growing demand": part of a compound adjective, no thing
        after = e + len(m.group(3) or "")
        if m.group(2) in _ING_NOT_NOUN:
            continue
        if m.group(1) and _ING_CLOSES.match(low, e):
            out.add(stem(m.group(2)))  # "revenue from streaming", "the share of advertising"
        elif m.group(3) and not _ING_CLAUSE_BEFORE.search(low, max(0, s - 12), s) and any(
                ts == after and vocab.roles.get(vocab.concepts[w].key) in ("quantity", "topic", "domain")
                for ts, _, w in vocab.concept_match.find(low, after, min(b, after + 40))):
            out.add(stem(m.group(2)))  # "streaming revenue", "advertising spending"
    return out


def _word_kept(g: str, vocab: Vocab) -> str:
    """The stem of a Latin word as an object word, or "" when it is none."""
    if len(g) > 5 and (g.endswith(("ing", "ed")) or (g.endswith("ly") and g not in _LY_NOUNS)):
        # "edging", "placing", "dropped": what a sentence does, not what it measures; "slightly",
        # "marginally", "sharply": how, not what (a shorter one may be a thing's kind: "fixed broadband")
        return ""
    w = stem(g)
    ignore = vocab.ignore_words
    return w if len(w) >= 3 and w not in ignore and g not in ignore else ""


def _kept_words(vocab: Vocab) -> dict[str, str]:
    """Latin word -> _word_kept, one table per vocabulary (a pure function of the word and the vocabulary's
    ignore_words: the same words come back in every window)."""
    got = vocab.__dict__.get("_kept_words")
    if got is None:
        got = vocab.__dict__["_kept_words"] = {}
    return got


# words ending in -ly that name a thing or a cadence, not a manner
_LY_NOUNS = frozenset({"supply", "oversupply", "undersupply", "assembly", "family", "monopoly", "anomaly", "italy",
                       "rally", "daily", "weekly", "monthly", "quarterly", "yearly"})

_UNKNOWN_MODIFIER = re.compile(r"[\u4e00-\u9fff]{1,4}")  # (归母, 扣非归母 before 净利润)
_LIST_MARK = re.compile(r"\s*(?:、|,|，|/|和|及|与|以及|or|and|, and|, or)\s*")
_LIST_MORE = re.compile(r"(?:\s*(?:、|和|及|与|以及)\s*[\u4e00-\u9fff]{1,4}|(?:,|,? and|,? or)\s+[a-z][a-z\-]+)+")


def sibling_lists(low: str, vocab: Vocab) -> tuple[tuple[int, int], ...]:
    """Where two kinds of one thing are listed ("台式机、笔记本及工作站", "DRAM/NAND"): spans whose list marks
    do not cut a figure's phrase or clause. Known by the vocabulary (concepts.toml `within`), since 、 and a
    comma join clauses as often as things; the items after the known ones ("及工作站") are taken along."""
    kinds = _kinds_of_things(vocab)
    found = [f for f in vocab.concept_match.find(low) if f[2] in kinds]
    out = []
    k = 0
    while k < len(found) - 1:
        a = found[k]
        j = k
        while j + 1 < len(found) and _LIST_MARK.fullmatch(low, found[j][1], found[j + 1][0]) and \
                vocab.within[vocab.concepts[found[j + 1][2]].key] == vocab.within[vocab.concepts[a[2]].key]:
            j += 1
        if j > k:
            more = _LIST_MORE.match(low, found[j][1])
            out.append((a[0], more.end() if more else found[j][1]))
        k = j + 1
    return tuple(out)


def _kinds_of_things(vocab: Vocab) -> frozenset[str]:
    """The terms of concepts.toml whose concept is a kind of a broader one (`within`), read once per
    vocabulary (sibling_lists looks at every term of every block)."""
    got = vocab.__dict__.get("_kinds_of_things")
    if got is None:
        got = vocab.__dict__["_kinds_of_things"] = frozenset(w for w, c in vocab.concepts.items()
                                                             if c.key in vocab.within)
    return got


def parallel_objects(low: str, sentence: tuple[int, int], spans: list[tuple[int, int]],
                     vocab: Vocab) -> dict[int, tuple[str, frozenset]]:
    """"production and sales reached 12.89 million and 12.87 million", 产量和销量分别为1288.8万辆和1286.6万辆:
    two measured things joined by and/和, then figures paired by and/和 after them: the first figure of each pair
    measures the first thing, the second the second; two topics too ("capacity of solar and wind power were 887 GW
    and 521 GW respectively", 太阳能和风电装机容量分别为…). Three things or more are listed so only with
    分别/依次/respectively in the sentence: "铜、钴、黄金产量分别约为41.95万吨、5.55万吨、18771盎司，同比增幅分别为
    51%、174%、16%": each run of as many figures, in order. {figure index: (its key, the keys of its list)}."""
    ss, se = sentence
    matched = vocab.concept_match.find(low, ss, se)
    found = [(s, e, vocab.concepts[w]) for s, e, w in matched
             if vocab.concepts[w].role in ("quantity", "basis", "topic")]
    terms = [(s, e, c.key) for s, e, c in found]
    # (a modifier of the second thing may stand between them, "revenue and net profit rose 26% and 307%": the
    # second's alone, never the first's)
    # ("revenue and adjusted net profit", 营收、归母净利润: an adjustment, or Chinese characters no vocabulary knows
    # right before the second, 归母 "attributable to the parent", are the second's too)
    modifiers = [(s, e, vocab.concepts[w].key) for s, e, w in matched
                 if vocab.concepts[w].role in ("modifier", "adjustment")]
    own_mods: dict[str, frozenset] = {}  # the first thing's key -> the modifiers of the second between them

    def joined(t1: tuple, t2: tuple) -> bool:
        if t2[0] - t1[1] > 24:
            return False
        inside = [(s, e, k) for s, e, k in modifiers if t1[1] <= s and e <= t2[0]]
        gap = "".join(" " if any(s <= k < e for s, e, _ in inside) else low[k] for k in range(t1[1], t2[0]))
        lead = PAIR_WORDS.match(gap)
        if lead is None or not (inside or lead.end() < len(gap)) or \
                gap[lead.end():].strip() and not _UNKNOWN_MODIFIER.fullmatch(gap[lead.end():].strip()):
            return False
        own_mods[t1[2]] = frozenset(k for _, _, k in inside)
        return True

    # a compound names its two things at once: 产销分别为1288.8万辆和1286.6万辆, 进出口分别增长…
    lists = [(s, e, [c.parts[0], c.parts[1]]) for s, e, c in found if len(c.parts) == 2]
    lists += [(t1[0], t2[1], [t1[2], t2[2]]) for t1, t2 in zip(terms, terms[1:])
              if t1[2] != t2[2] and (PAIR_WORDS.fullmatch(low, t1[1], t2[0]) or joined(t1, t2))]
    respectively = RESPECTIVELY.search(low, ss, se) is not None
    if len(terms) >= 3 and respectively:
        k = 0
        while k < len(terms) - 2:
            j = k
            while j + 1 < len(terms) and _LIST_MARK.fullmatch(low, terms[j][1], terms[j + 1][0]) and \
                    terms[j + 1][2] not in {t[2] for t in terms[k:j + 1]}:
                j += 1
            if j - k >= 2:
                lists.append((terms[k][0], terms[j][1], [t[2] for t in terms[k:j + 1]]))
            k = j + 1
    out: dict[int, tuple[str, frozenset]] = {}
    for _, end, keys in sorted(lists, key=lambda x: (x[0], -len(x[2]))):  # (the first list, at its longest)
        n, every = len(keys), frozenset(keys)
        figs = [k for k, (s, e) in enumerate(spans) if end <= s < se]
        run: list[int] = []
        for f in figs + [None]:
            if f is not None and run and PAIR_FIGURES.fullmatch(low, spans[run[-1]][1], spans[f][0]):
                run.append(f)
                continue
            # a run of the list's length (two figures: any two in a row) are its things in order
            chunks = [run[i:i + n] for i in range(0, len(run) - n + 1, n)] if n == 2 and not (
                len(run) % 2 and respectively) else ([run] if len(run) == n else [])
            # (a run of three after two things and "respectively": a thing the vocabulary missed, no pair)
            for chunk in chunks:
                if not any(x in out for x in chunk):
                    out.update((x, (key, every | own_mods.get(key, frozenset()) if i == 0 else every))
                               for i, (x, key) in enumerate(zip(chunk, keys)))
            run = [f] if f is not None else []
        break
    return out


# "… 12.5% and 8.3% year on year, respectively": the base of the rates may stand before the word
_THEN_RESPECTIVELY = re.compile(r"[\s,，]*(?:(?:year[- ]on[- ]year|from a year (?:earlier|ago)|yoy|y/y|over the previous "
                                r"year|compared with \d{4}|from \d{4}|in \d{4})[\s,]*)?respectively")
_OWN_RATE = re.compile(r"(?<![增减減长長涨漲降])率|占比|比重|份额|比例|占[^，,。]{0,6}的|share|(?<!growth )rate|factor|margin|"
                       r"proportion|ratio")  # (年增率, 增长率, "growth rates": changes, no rates of their own)


def _percent(low: str, span: tuple[int, int]) -> bool:
    """The figure at span is written as a percentage (12.5%, "8.3 percent", "9 per cent")."""
    return low[span[1] - 1] == "%" or low[span[0]:span[1]].endswith(("percent", "per cent"))


_PAIRED_RATES = re.compile(r"\s*(?:及|和|与|與|、|and)\s*")  # two rates joined, 34.9%及22.6%
_CHANGE_LEAD = re.compile(r"增|降|减|減|升|长|長|growth|grew|rose|fell|increase|decrease|decline|\bup\b|\bdown\b")


def respective_runs(low: str, sentence: tuple[int, int], spans: list[tuple[int, int]]) -> dict[int, int]:
    """"运输总周转量1485.2亿吨公里、旅客运输量7.3亿人次、货邮运输量898.2万吨，同比分别增长25%、17.9%、22.1%",
    "a passenger volume of 730 million and cargo volume of 8.98 million tons, with increases of 17.9 percent and
    22.1 percent, respectively": a run of figures that 分别/respectively matches, in order, to as many figures
    stated before it in the sentence, each measuring what its counterpart does. {figure in the run: its
    counterpart}; only where the sentence holds exactly as many figures before the run as in it."""
    ss, se = sentence
    said = RESPECTIVELY.search(low, ss, se) is not None
    if not said and not _PAIRED_RATES.search(low, ss, se):
        return {}
    figs = [k for k, (s, _) in enumerate(spans) if ss <= s < se]
    out: dict[int, int] = {}
    at = 0
    while at < len(figs):
        end = at
        while end + 1 < len(figs) and PAIR_FIGURES.fullmatch(low, spans[figs[end]][1], spans[figs[end + 1]][0]):
            end += 1
        run, before = figs[at:end + 1], figs[:at]
        lead = low[spans[before[-1]][1]:spans[run[0]][0]] if before else ""
        # (rates of amounts: "比重分别为75.2%、16.7%，收入比重分别为76.2%、14.1%" are two lists of shares, each its own;
        # "毛利率和净利率分别为35.2%、15.0%", "load factors were 83.2% and 70.1%": rates of their own)
        if len(run) >= 2 and len(before) == len(run) and not _OWN_RATE.search(lead) and \
                all(_percent(low, spans[k]) for k in run) and not any(_percent(low, spans[k]) for k in before):
            tail = low[spans[run[-1]][1]:min(se, spans[run[-1]][1] + 48)]
            if said and (RESPECTIVELY.search(lead) or _THEN_RESPECTIVELY.match(tail)) or \
                    len(run) == 2 and _CHANGE_LEAD.search(lead) and _PAIRED_RATES.fullmatch(
                        low, spans[run[0]][1], spans[run[1]][0]):
                # (two levels, then two rates of change joined by 及/和/and, 分别 left unsaid: "114年出口6407.5億美元、
                # 進口4836.1億美元，…年增率達34.9%及22.6%")
                out.update(zip(run, before))
        at = end + 1
    return out


def _roll_up(keys: set[str], vocab: Vocab) -> set[str]:
    """Two kinds of one thing named together are the thing: "desktops, laptops, and workstations" are PCs,
    "DRAM and NAND" memory (the `within` of concepts.toml)."""
    parents = [vocab.within[k] for k in keys if k in vocab.within]
    whole = {p for p in parents if parents.count(p) >= 2}
    return {k for k in keys if vocab.within.get(k) not in whole} | whole if whole else keys


# a verb of saying or finding and its "that": who says so, then what they say ("satellites reveal that mangrove
# forests cover 53,290 square miles", "the survey found that 1,864 pandas live in the wild")
_SAYER_THAT = re.compile(r"\b(?:shows?|showed|shown|reveals?|revealed|finds?|found|says?|said|estimates?|estimated|"
                         r"indicates?|indicated|suggests?|suggested|reports?|reported|notes?|noted|concludes?|"
                         r"concluded|calculates?|calculated|confirms?|confirmed|warns?|warned)\s+that\s")


def _own_windows(v: View) -> tuple[tuple[int, int], ...]:
    """The figure's own phrase, less a sayer before its "that": the words before a verb of saying or finding and
    its "that" say who says so, not what is measured; but what a census, survey or count is "of", it measures ("A
    census of wild pandas found that there are 1,864 in the wild": the "of" phrase, then what is said)."""
    last = None
    if "that" in v.low[v.ws:v.s]:
        for last in _SAYER_THAT.finditer(v.low, v.ws, v.s):
            pass
    if last is None:
        return ((v.ws, v.we),)
    of = v.low.rfind(" of ", v.ws, last.start())
    return ((of + 4, last.start()), (last.end(), v.we)) if of >= 0 else ((last.end(), v.we),)


_COMPOUND_BEFORE = re.compile(r"(?<![a-z\-])(?:[a-z][a-z\-]+\s+){1,3}$")
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s*$")


def _compound_before(low: str, a: int, b: int, keys: frozenset, vocab: Vocab) -> frozenset[str]:
    """The stems of the words of low[a:b] right before a term of a quantity (no mark between): the noun it is of
    ("wild panda population", "finless porpoise numbers"), up to three words, nearest first, up to the first that
    is no object word ("the largest wild panda population": wild, panda)."""
    out: set[str] = set()
    for s, _, w in vocab.concept_match.find(low, a, b):
        if vocab.roles.get(vocab.concepts[w].key) != "quantity" or vocab.concepts[w].key not in keys:
            continue
        m = _COMPOUND_BEFORE.search(low, max(a, s - 48), s)
        if m is None or _FIGURE_BEFORE.search(low, max(a, m.start() - 12), m.start()):
            continue  # ("223 deaths per 100,000 live births … 385": the noun of a rate's base, no thing counted)
        for g in reversed(m.group().split()):
            kept = _word_kept(g, vocab)
            if not kept or g in vocab.cues.get("object.before_terms", ()):
                break  # (at the first word that is no object word, or says which amount: "the total population")
            out.add(kept)
    return frozenset(out)


# a side of a thing, named by where it lies ("on the low side", "the north bank", "the upper end")
_SIDE = re.compile(r"\b(low|lower|high|higher|upper|north|south|east|west|northern|southern|eastern|western|left|"
                   r"right)\s+(side|end|bank|face|slope)\b")


def object_of(v: View, vocab: Vocab, mentions: list[Mention], periods: list[tuple[int, int]],
              header: str = "", heading: str = "", memo: dict | None = None,
              count: bool = False) -> tuple[frozenset, frozenset, str]:
    """(concept keys, words, where): the object from the own phrase, else the clause, the sentence, the heading
    (`count`: the figure is a count, whose quantity's noun before it says what it counts).
    `memo`, one per block and the same `mentions` and `periods`, keeps what a window of the block says: the
    figures of one clause or sentence read the same windows (and, under "views", each figure's view)."""
    memo = {} if memo is None else memo

    def read(a: int, b: int, also: tuple = (), words: bool = False) -> tuple[frozenset, frozenset | None]:
        """The keys of a window, and its other words if asked for (most windows are read for their keys)."""
        key = (a, b, also)
        got = memo.get(key)
        if got is None:
            # (a window holding no term has no keys: its places are marked only if its words are asked for)
            terms = vocab.concept_match.find(v.low, a, b)
            busy = _busy_of(v, mentions, periods, memo, a, b, also) if terms else None
            got = memo[key] = [frozenset(_terms_of(v.low, a, b, vocab, busy, terms)) if terms else frozenset(), None,
                               busy]
        if words and got[1] is None:  # (its words read when first asked for, past the words of _NOT_OBJECT)
            if got[2] is None:
                got[2] = _busy_of(v, mentions, periods, memo, a, b, also)
            _mark_not_object(v.low, a, b, vocab, got[2])
            got[1] = frozenset(_other_words(v.low, a, b, got[2], vocab)) | _acronyms(v.text, a, b, got[2], vocab)
        return got[0], got[1]

    def domains() -> frozenset:
        key = ("domains", v.ss, v.se)
        if key not in memo:
            memo[key] = frozenset(_domains(v, vocab))
        return memo[key]

    windows = _own_windows(v)
    own_keys, own_words = read(*windows[0], words=True)
    for a, b in windows[1:]:
        keys, words = read(a, b, words=True)
        own_keys, own_words = own_keys | keys, own_words | words
    # "55.86 m from the ground on the low side and 56.70 m on the high side": which side a size is measured on is
    # part of what it measures (no "high" or "low" is otherwise: "a record high of")
    sides = {f"{m.group(1)}-{m.group(2)}" for a, b in windows for m in _SIDE.finditer(v.low, a, b)}
    if sides:
        own_words = own_words | sides
    head = _participle_head(v, vocab)
    if head:  # (the people it counts: "117 million displaced" are displaced people)
        own_words = own_words | {head, "people"}
    if not own_keys and own_words and own_words - _WHOLE_WORDS <= people_stems(vocab) and own_words - _WHOLE_WORDS:
        # "138 million children … are still engaged in child labour", "537 million adults live with diabetes": a
        # count of people in general is of what its clause says they are or do
        # (past an aside in dashes to the clause after it: "138 million children – a 12 million decrease – are
        # still engaged in child labour", the other figures' own phrases left out)
        end = v.ce
        while end < v.se and v.text[end] == " ":
            end += 1
        if end < v.se and v.text[end] in _DASHES and (shut := v.text.find(v.text[end], end + 1, v.se)) > 0:
            end = min([k for k in (v.text.find(",", shut, v.se), v.text.find(";", shut, v.se)) if k > 0] + [v.se])
        ck, cw = read(v.cs, end, _neighbour_phrases(v, memo), words=True)
        # (and the people a participle says they are: "108.4 million people were displaced")
        were = _PEOPLE_WERE.search(v.low, v.e, end)
        if were and were.group(1) in vocab.cues.get("object.people_participles", ()):
            cw = cw | {stem(were.group(1))}
        own_keys, own_words = ck, own_words | cw
    if own_keys or own_words:  # the usual case: the figure's own phrase says what it measures
        if own_keys and not any(vocab.roles.get(k) == "quantity" for k in own_keys):
            # "Boeing delivered 54 aircraft": the verb of its clause says which quantity of aircraft
            ck, _ = read(v.cs, v.ce)
            own_keys = own_keys | {k for k in ck if vocab.roles.get(k) == "quantity"}
        elif own_keys and all(vocab.roles.get(k) in ("quantity", "basis", "modifier", "scope") for k in own_keys):
            # "純電動車(BEV)銷售約1,110萬輛": the clause says what the sales are of
            ck, _ = read(v.cs, v.ce)
            own_keys = own_keys | {k for k in ck if vocab.roles.get(k) in ("topic", "domain")}
        return own_keys | domains(), own_words, "phrase"
    mine = _neighbour_phrases(v, memo)
    places = _places(v, memo)[1:]
    # the other figures' phrases are read last: "X holds 74.5% of global AI compute, while China has 14%"
    # then a neighbour's phrase whole ("笔记本(包括移动工作站)出货量增长4%,达到5720万台": the level after a
    # change measures what the change did), nearest first, before its pieces
    whole = [(a, b, "sentence", ()) for a, b in sorted(mine, key=lambda p: (p[1] > v.s, abs(p[0] - v.s)))]
    tries = [(a, b, where, mine) for a, b, where in places] + whole + [(a, b, where, ()) for a, b, where in places]
    if whole and whole[0][1] <= v.cs and _LINKED_LEVEL.match(v.low, v.cs) and \
            not any(s < v.cs and e > whole[0][1] for s, e in v.spans if (s, e) != (v.s, v.e)):
        # "营收季减约7.1%，为97.2亿美元", "revenue fell 7%, to $19.9 billion": a level linked to the change right
        # before it measures what the change did (before any clause further back)
        # (after the clause, and the clause before it if any: never a clause after it, "…, while new births fell")
        k = 2 if len(places) > 1 and places[1][1] <= v.cs else 1
        tries = tries[:k] + [whole[0]] + tries[k:]
    linked = _linked_phrase(v, memo.setdefault("views", {}))
    if linked:
        # "Total deaths rose 6.6% to 11.1 million, while new births fell", "the total number of people dropped
        # by 2.08 million, or 0.15%, to 1.409 billion": a level right after its change, in the same clause,
        # measures what the change did: that phrase, words and all, before any other clause
        tries = tries[:1] + [(*linked, "linked", ())] + tries[1:]
    clause_words: frozenset = frozenset()
    for a, b, where, also in tries:
        keys, words = read(a, b, also, words=where == "linked")
        if where == "linked" and (keys or words):
            return keys | domains(), words, "sentence"  # (as the change's own phrase reads: 死亡人口 → population, 死亡)
        if keys:  # the terms of the clause or a neighbour clause; the other words there say what happened
            # (but, for a count, those naming what its quantity is of, right before it: "the largest wild panda
            # population, at 1,347" counts wild pandas; money and rates are left to their terms, since across
            # languages a word more meets more of another year's rates)
            before = _compound_before(v.low, a, b, keys, vocab) if count else frozenset()
            return keys | domains(), (read(a, b, also, words=True)[1] & before) if before else frozenset(), where
        if where == "clause" and not clause_words:
            clause_words = read(a, b, also, words=True)[1]
    if clause_words:  # no vocabulary word anywhere: the unknown words of the figure's clause
        return domains(), clause_words, "clause"
    if _CONTINUING.match(v.low, v.cs) and (before := [(a, b) for a, b, w in places if w == "sentence" and b <= v.cs]):
        # "Global measles deaths also saw a substantial rise, increasing by 43% from 95,000": a clause going on
        # from the one before it (an -ing verb, "up", "down") measures what that clause names
        a, b = before[0]
        words = read(a, b, (), words=True)[1]
        if words:  # (with what a heading or a column header says it is: "Green tea … declining from $1.4 billion"
            # under "China's tea exports")
            keys = next((k for text in (header, heading) if text and (
                k := frozenset(words_of(text, lower(text), 0, len(text), vocab, [])[0]))), frozenset())
            return keys | domains(), words, "sentence"
    for text, where in ((header, "header"), (heading, "heading")):
        if text:
            low = lower(text)
            keys, words = words_of(text, low, 0, len(text), vocab, [])
            if keys:  # a caption's other words ("Table 1: Gartner Data Snapshot") say nothing of this cell
                return frozenset(keys), frozenset(), where
            if words:
                return frozenset(), frozenset(words), where
    return frozenset(), frozenset(), ""


_RELATIVE_OPENS = re.compile(r"[\s,;]*(?:which|where|who|that)\b")


_DASHES = ("–", "—")
_WHOLE_WORDS = frozenset({"total", "overall", "combined"})  # "a total of 5 million people": still people in general
_PEOPLE_WERE = re.compile(r"\b(?:are|were|was|is|been|being|remain|remained)\s+(?:still\s+|now\s+|newly\s+|forcibly\s+)?"
                          r"([a-z]+ed)\b")


def _busy_of(v: View, mentions: list[Mention], periods: list[tuple[int, int]], memo: dict, a: int, b: int,
             also: tuple) -> bytearray:
    """The places of the window [a, b) no object word is read in (_sentence_busy), and the spans `also` (the other
    figures' own phrases)."""
    busy = _sentence_busy(v, mentions, periods, memo)[a:b + 1]
    for s, e in also:
        if s < b and a < e:
            s = max(s, a)
            busy[s - a:e - a] = b"\x01" * (e - s)
    return busy


def _neighbour_phrases(v: View, memo: dict) -> tuple[tuple[int, int], ...]:
    """The own phrases of the other figures of the figure's sentence (_own_phrases)."""
    others = [(s, e) for s, e in v.spans if (s, e) != (v.s, v.e)]
    return tuple(_own_phrases(v, others, memo.setdefault("views", {})))


def people_stems(vocab: Vocab) -> frozenset[str]:
    """The stems of the words for people in general (cues.toml object.people), read once per vocabulary."""
    got = vocab.__dict__.get("_people_stems")
    if got is None:
        got = vocab.__dict__["_people_stems"] = frozenset(stem(p) for p in vocab.cues.get("object.people", ()))
    return got


def rest_of_sentence(v: View, vocab: Vocab, mentions: list[Mention], periods: list[tuple[int, int]],
                     memo: dict) -> frozenset:
    """The unknown words of an English sentence outside the figure's clause, the other figures' own phrases left
    out: what a clause of no words of its own measures ("The steepest declines in monitored wildlife populations
    are in Latin America, which experienced a 95 percent drop": wildlife populations). Asked last, when nothing
    else said what the figure is of (a Chinese sentence's other bigrams say too little to be asked)."""
    if (v.cs == v.ss and v.ce == v.se) or _HAN.search(v.low, v.ss, v.se) or not _RELATIVE_OPENS.match(v.low, v.cs):
        return frozenset()  # (only a relative clause: "during which 30% closed", "sending shares up 8%" go on
        # to something else)
    busy = _busy_of(v, mentions, periods, memo, v.ss, v.se, _neighbour_phrases(v, memo) + ((v.cs, v.ce),))
    _mark_not_object(v.low, v.ss, v.se, vocab, busy)
    return frozenset(_other_words(v.low, v.ss, v.se, busy, vocab))


# a bare count ("117 million", "1,200") and a past participle standing for what it counts, closing the phrase:
# "117 million displaced", "some 300 injured in the floods", "2 million unemployed, a record"
_MONEY_MARK = re.compile(r"[$€£¥₩₹]|(?<![a-z])(?:usd|us|eur|rmb|cny|hkd|mop|jpy|gbp|aud|cad|sgd|nt|rs|yuan|dollars?|"
                         r"euros?|yen|pounds?|won|rupees?)(?![a-z])")
_BARE_COUNT_END = re.compile(r"(?:\d|\b(?:thousand|million|billion|trillion|mn|bn|m|k))$")
_PARTICIPLE_HEAD = re.compile(r"\s+([a-z]{4,}(?:ed|en))\b(?=\s*(?:$|[,.;:)\u2014\u2013-]|\s(?:by|in|from|across|worldwide|globally|"
                              r"around|due|because|as|and|or|since|during|last|this|so|at|for|after|over)\b))")


def _participle_head(v: View, vocab: Vocab) -> str:
    """The participle right after a bare count that names whom it counts ("UNHCR reports 117 million displaced":
    displaced people): one of cues.toml object.people_participles only, so never a verb of change ("5 million
    declined by 3%"), a forecast ("37.7 million expected") nor what things undergo ("1.1 billion shipped")."""
    if not _BARE_COUNT_END.search(v.low, max(v.s, v.e - 12), v.e) or _MONEY_MARK.search(v.low, v.s, v.e):
        return ""  # (an amount of money is no count of people: "USD32.4 billion earned")
    w = participle_at(v.low, v.e, vocab)
    return stem(w) if w else ""


def participle_at(low: str, e: int, vocab: Vocab) -> str:
    """The participle of people (object.people_participles) that closes a phrase right at e of the lowered text,
    or ''."""
    m = _PARTICIPLE_HEAD.match(low, e)
    return m.group(1) if m and m.group(1) in vocab.cues.get("object.people_participles", ()) else ""


def _linked_phrase(v: View, views: dict) -> tuple[int, int] | None:
    """The own phrase of the change a level with no phrase of its own is linked to ("rose 6.6% to 11.1 million",
    "dropped by 2.08 million, or 0.15%, to 1.409 billion": past the figure that restates the change)."""
    before = sorted((k, sp) for k, sp in enumerate(v.spans) if v.ss <= sp[0] and sp[1] <= v.s)
    if not before or not _LINKED_GAP.fullmatch(v.low, before[-1][1][1], v.s):
        return None
    i = len(before) - 1
    while i > 0 and _RESTATED_GAP.fullmatch(v.low, before[i - 1][1][1], before[i][1][0]):
        i -= 1  # ", or 0.15%": the change restated, read the first statement's phrase
    o = view_of(views, v.block, v.low, v.spans, before[i][0], v.lists)
    return (o.ws, o.we) if o.we > o.ws else None


_LINK_WORDS = r"[\s,，]*(?:为|為|达到|達到|达|達|至|到|升至|降至|reaching|to reach|to)"  # a level's link to its change
_LINKED_GAP = re.compile(_LINK_WORDS + r"\s*")
_RESTATED_GAP = re.compile(r"[\s,，]*(?:or|或|即|i\.e\.)\s*")
_LINKED_LEVEL = re.compile(_LINK_WORDS + r"(?![a-z])")


def _sentence_busy(v: View, mentions: list[Mention], periods: list[tuple[int, int]], memo: dict) -> bytearray:
    """The places of the figure's sentence no object is read in, one byte a character of the block: names,
    periods and figures (marked once per block), and what a figure includes, in brackets (once per sentence)."""
    key = ("busy", v.ss, v.se)
    got = memo.get(key)
    if got is None:
        block = memo.get("busy")
        if block is None:
            block = memo["busy"] = bytearray(len(v.low) + 1)
            for s, e in [(m.start, m.end) for m in mentions] + list(periods) + list(v.spans):
                block[s:e] = b"\x01" * (e - s)
        got = block
        for m in _ASIDE_SPAN.finditer(v.low, v.ss, v.se):  # what a figure includes is not what it measures
            if got is block:
                got = bytearray(block)
            got[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        memo[key] = got
    return got


def _domains(v: View, vocab: Vocab) -> set[str]:
    """A domain word qualifies every figure of its sentence: 稀土方面，中国掌控全球60%开采 → rare-earth mining."""
    return {vocab.concepts[w].key for s, e, w in vocab.concept_match.find(v.low, v.ss, v.se)
            if vocab.concepts[w].role == "domain"}


# a clause that goes on from the one before it: "…, increasing by 43%", "…, up 5%", "…, down from"
# (verbs of change only, and "up"/"down" before a figure, "from" or "by": "…, sending shares up 8%" and "…,
# displacing 1.2 million" measure something else, "during which" is no going on)
_CONTINUING = re.compile(r"[\s,，]*(?:(?:increas|ris|fall|declin|grow|climb|dropp|jump|soar|surg|slid|sink|"
                         r"plung|decreas|edg|gain|los|shrink|expand|doubl|tripl)ing\b|(?:up|down)\s+(?=[\d$€£¥]|"
                         r"from\b|by\b|about\b|around\b|nearly\b|some\b))"
                         # (a Chinese clause opening on what its topic, named in the clause before, will do: 全球各地患
                         # 失智症的人数,将从当前的4700万人增加两倍多)
                         r"|[\s,，]*(?:将|已经|已|预计将|从|由(?!于|此))")


def _places(v: View, memo: dict | None = None) -> list[tuple[int, int, str]]:
    """Where an object is looked for, in order: the own phrase, the clause, the clauses before it in the
    sentence (nearest first), then those after it. `memo` (one per block, its views made with the same lists)
    keeps the clauses of each sentence: its figures read the same ones."""
    # (the clause up to a cause after the figure: "fell 7% to $19.9 billion on softer demand and the memory
    # market inventory correction" measures no demand, no memory)
    cause = CAUSE_AFTER.search(v.low, v.e, v.ce)
    out = [(v.ws, v.we, "phrase"), (v.cs, cause.start() if cause else v.ce, "clause")]
    # an aside that says what a figure includes ("笔记本(包括移动工作站)", "(including workstations)") does not
    # say what a neighbouring figure measures
    key = ("clauses", v.ss, v.se)
    bounds = memo.get(key) if memo is not None else None
    if bounds is None:
        bounds = [(a, b) for a, b in clause_bounds(v.text, v.ss, v.se, v.lists) if not _ASIDE.match(v.low, a)]
        if memo is not None:
            memo[key] = bounds
    before = [(a, b) for a, b in bounds if b <= v.cs]
    # "totaling $26.33 billion, amid falling contract prices and lower HBM shipments": a cause after the figure
    # says why, not what it measures
    after = [(a, b) for a, b in bounds if a >= v.ce and not _CAUSE.match(v.low, a)]
    out += [(a, b, "sentence") for a, b in reversed(before)] + [(a, b, "sentence") for a, b in after]
    return out


_CAUSE = re.compile(r"\s*(?:主要|mainly\s+|largely\s+|partly\s+)?(?:amid|due to|owing to|because|thanks to|driven by|helped by|hurt by|on the back of|"
                    r"as a result of|fuell?ed by|由于|由於|受|得益于|得益於|因为|因為|主要因|源于|源於)")
_ASIDE_SPAN = re.compile(r"[(（]\s*" + ASIDE_WORDS + r"[^()（）]{0,40}[)）]")
_ASIDE = re.compile(r"\s*(?:包括|包含|含|不含|不包括|including|includes|excluding|except|such as|e\.g\.|如)")


def _own_phrases(v: View, others: list[tuple[int, int]], views: dict) -> list[tuple[int, int]]:
    """The own phrases of the other figures of the sentence: never read for this figure's object (`views`: the
    block's views of its figures, see view.view_of)."""
    out = []
    for k, span in enumerate(v.spans):
        if v.ss <= span[0] < v.se and span in others:  # (the sentence's first: `others` is a list)
            o = view_of(views, v.block, v.low, v.spans, k, v.lists)
            a, b = o.ws, o.we
            if a < v.we and v.ws < b:  # never this figure's own phrase
                a, b = (max(a, v.we), b) if a >= v.ws else (a, min(b, v.ws))
            if b > a:
                out.append((a, b))
    return out


# ---------------------------------------------------------------- the frame in words


def label(keys, words, V: Vocab) -> str:
    labels = [V.labels.get(k, k) for k in sorted(keys)]
    labels += sorted(words)[:4] if not keys else []
    return " ".join(labels)


def metric(x: Context, V: Vocab) -> str:
    """The frame in words: "global PC shipments share", "DRAM revenue growth (qoq)"."""
    return " ".join(w for w in (x.scope or "", " ".join(x.modifiers), label(x.topics, x.words, V),
                                " ".join(m for m in x.basis if m != "forecast"),
                                (x.measure or "") + (f" ({x.base})" if x.base else ""),
                                "(forecast)" if "forecast" in x.basis else "") if w)


def without_words(keys: frozenset, words: frozenset, phrase: str, vocab: Vocab) -> tuple[frozenset, frozenset]:
    """An object less what a phrase of it names ("live births" after "223 maternal deaths per 100,000": the noun
    of the rate's base, not what is counted): its words' stems and the concepts its terms name."""
    named = {vocab.concepts[w].key for _, _, w in vocab.concept_match.find(phrase)}
    return frozenset(keys) - named, frozenset(words) - {stem(w) for w in _LATIN_WORD.findall(phrase)}


# the dimension a unit the extractor writes already states (cues.toml object.dimension)
DIMENSION_OF = {"meter ** 2": "area", "meter ** 3": "volume"}


def without_dimension(words: frozenset, unit: str, low: str, vocab: Vocab, other: frozenset) -> frozenset:
    """An object's words less those naming only the dimension its unit states (cues.toml object.dimension) where
    the other figure's words (`other`) do not say it too: "mangrove forests cover 53,290 square miles" and "the
    total mangrove forest area was 137,800 km²" both measure mangrove forest; 红树林面积3万公顷 too, its 林面, a
    pair running into the word 面积 in its sentence `low` (lower case, Simplified), no word of it either. Never
    to nothing: "Lake Chad's area was 1,350 km²" keeps its one word. (And the pair running out of the word, 面积广's
    积广, 体积高达's 积高, is none either.)"""
    dim = DIMENSION_OF.get(unit)
    if not dim or not words:
        return words
    said = _dimension_words(vocab).get(dim, frozenset()) - other
    out = {w for w in words if w not in said}
    for w in said:
        if not w.isascii() and w in words:
            out -= {p for p in out if len(p) == 2 and (p[1] == w[0] and p + w[1:] in low or
                                                      p[0] == w[-1] and w[:-1] + p in low)}
    return words if len(out) == len(words) or not out else frozenset(out)


def _dimension_words(vocab: Vocab) -> dict[str, frozenset[str]]:
    """{dimension: the stems of its words} (cues.toml object.dimension), read once per vocabulary."""
    got = vocab.__dict__.get("_dimension_words")
    if got is None:
        got = vocab.__dict__["_dimension_words"] = {
            k.rsplit(".", 1)[1]: frozenset(stem(w) for w in ws) for k, ws in vocab.cues.items()
            if k.startswith("object.dimension.")}
    return got


def _adjectives_of(vocab: Vocab, table: str) -> dict[str, str]:
    """A cues.toml table of a length's dimension adjectives (object.length_after, object.length_before): adjective
    -> concept."""
    return {w: k.rsplit(".", 1)[1] for k, ws in vocab.cues.items() if k.startswith(table) for w in ws}


def dimensions(vocab: Vocab) -> frozenset[str]:
    """The concepts a length's dimension adjectives name (cues.toml object.length_after and length_before: length,
    height, depth, width), and their averages (object.averages: mean depth, mean width)."""
    got = vocab.__dict__.get("_dimensions")
    if got is None:
        got = vocab.__dict__["_dimensions"] = frozenset(_adjectives_of(vocab, "object.length_after.").values()) | \
            frozenset(_adjectives_of(vocab, "object.length_before.").values()) | \
            frozenset(vocab.cues.get("object.averages.concepts", ()))
    return got


def length_adjectives_said(low: str, a: int, b: int, vocab: Vocab) -> frozenset[str]:
    """The adjectives of low[a:b] that name the dimension of a length right before them (cues.toml
    object.length_after: "108 metres high and 1,708 metres wide" says high and wide; "the long jump" none)."""
    _length_after(vocab)
    return frozenset(m.group(2) for m in vocab.__dict__["_length_said"].finditer(low, a, b))


def _length_after(vocab: Vocab) -> tuple:
    """(adjective -> concept, the pattern of one right after a length, the pattern of a length then one), read once
    per vocabulary."""
    got = vocab.__dict__.get("_length_after")
    if got is None:
        words = _adjectives_of(vocab, "object.length_after.")
        alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True) or ["(?!)"]))
        # (past a conversion in brackets, or the bracket one closes: "5,315 feet (1,620 meters) deep")
        bracket = r"(?:[ \t]*[(（][^()（）]{0,30}\d[^()（）]{0,30}[)）]|[ \t]*[)）])?"
        pattern = re.compile(bracket + r"[ \t]*(" + alternatives + r")(?![\w\-])")
        vocab.__dict__["_length_said"] = re.compile(r"(\d\s*(?:m|km|metres?|meters?|kilometres?|kilometers?|ft|feet|"
                                                    r"foot|miles?|yards?)\b)" + bracket + r"[ \t]*(" + alternatives +
                                                    r")(?![\w\-])")
        got = vocab.__dict__["_length_after"] = (words, pattern)
    return got


def dimension_after(low: str, e: int, vocab: Vocab) -> str | None:
    """The dimension concept an adjective right after a length at `e` names ("181 m high" → height, "300 m deep" →
    depth: cues.toml object.length_after, the concept its noun would name, 高度/坝高; past a conversion in brackets,
    "5,315 feet (1,620 meters) deep", for both figures), or None."""
    got = _length_after(vocab)
    m = got[1].match(low, e)
    return got[0][m.group(1)] if m else None


# before a one-character dimension, a verb it ends (提高, 增长, 延长, 加深, 拓宽): a change, no dimension
_VERB_ENDING = re.compile(r"[提增延加拓升抬放拉降缩减]$")


def dimension_before(low: str, s: int, vocab: Vocab) -> str | None:
    """The dimension concept a Chinese adjective of one character right before a length at `s` names (cues.toml
    object.length_before: 高5963米 → height, 深200米 → depth; a hedge or 达, 为 between), or None."""
    got = vocab.__dict__.get("_length_before")
    if got is None:
        words = _adjectives_of(vocab, "object.length_before.")
        pattern = re.compile(r"(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True) or ["(?!)"])) +
                             r")(?:约为|约|达到|达|为|近|超过|逾|可达)?\s*$")
        got = vocab.__dict__["_length_before"] = (words, pattern)
    m = got[1].search(low, max(0, s - 6), s)
    if m is None or _VERB_ENDING.search(low, max(0, m.start() - 1), m.start()):
        return None
    return got[0][m.group(1)]
