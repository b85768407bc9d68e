"""Basis and scope: on what footing a figure is stated.

Forms it reads (→ basis markers and scope):

- scope: 全球/世界/global/worldwide/"the world's" → global; 国内/domestic → domestic; a country named with
  its market ("中国市场", "the China market", "in China's market", "Chinese market", "the North American cruise
  market") or "in <country>" right after the figure → that country; conflicting scopes never meet;
- capacity vs output (产能 vs 产量, "capacity" vs "production"): stated bases must agree;
- adjusted figures (调整后, "inflation-adjusted", PPP) meet only adjusted ones;
- subsets (前十, "top 10"; not 前10个月, a span of time) meet only the same subset; a firm's segment or brand is one
  (concepts.toml segment): 分部, 板块, "segment" after a business's words ("the pharmaceutical segment"), "other" in its
  phrase (其他品牌, "the other front-end segment"), a brand after a name (凯睿品牌, "the Zelnor brand"); but not all of
  them ("across all of its business segments", 各品牌, 三大核心业务板块), a market's ("the smartphone market segment",
  "This segment", 全球电视品牌出货量, "the DRAM segment" where no firm owns it), the brand that is the firm ("China's top
  liquor brand"), a brand's worth (品牌价值, "brand value") nor the brands a whole includes (包括…品牌在内的);
- nationality adjectives ("Chinese shipbuilders", "Korean memory makers") qualify the figure: the
  qualifier must agree like a scope does.
"""
from __future__ import annotations

import re

from ..extract.ages import age_band
from dataclasses import dataclass

from ..quickinit import quick_init
from .names import _HAN, Mention
from .vocab import Vocab
from .view import View, lower

# (read with match in the 12 characters after a name: text[m.end:m.end + 12], without copying them)
_MARKET_AFTER = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:市场|市場|market)")


_REGION_AFTER = re.compile(r"\s*(?:地区|地區|region)")


def names_a_region(text: str, m: Mention) -> bool:
    """A country or region named as a region ("the Asia-Pacific region", 中东地区)."""
    return m.kind in ("country", "region") and bool(_REGION_AFTER.match(text, m.end, m.end + 12))


_IN_BEFORE = re.compile(r"(?:\bin\s+(?:the\s+)?|在)$", re.I)


def names_a_place_in(text: str, m: Mention) -> bool:
    """A country or region after "in" or 在 ("a 1.3% drop in China", "苹果在中国的出货量"): where a figure holds
    (the caller checks that a company or pronoun of the figure's clause, named before it, is its subject)."""
    return m.kind in ("country", "region") and bool(_IN_BEFORE.search(text, max(0, m.start - 8), m.start))


def names_a_market(text: str, m: Mention) -> bool:
    """A country or region named with its market ("中国市场", "the China market"): a scope, not a subject."""
    return m.kind in ("country", "region") and bool(_MARKET_AFTER.match(text, m.end, m.end + 12) or
                                                     _MARKET_OF_AFTER.match(text, m.end, m.end + 30))


# a country's market of one thing ("the North American cruise market", "China's smartphone market"): its market
_MARKET_OF_AFTER = re.compile(r"(?:'s|’s)?\s+[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?\s+market\b")


_FRONTED = re.compile(r"\s*(?:[-*•]\s*)?(?:in|within|across|for)\s+(?:the\s+)?(?:mainland\s+)?$|\s*在\s*$", re.I)
_FRONTED_END = re.compile(r"\s*(?:market|市场|地区|region)?\s*[,，]")


# a part of the whole set before a sentence: "In high-income countries, 93 percent …", 在农村地区，…
_FRONTED_PART = re.compile(r"\s*(?:[-*•]\s*)?(?:in|across|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\s*在\s*$", re.I)
_FIRST_CLAUSE = re.compile(r"[^,，:：;；]*[,，:：]\s*")  # from a fronted part to the clause right after it
_LABEL_START = re.compile(r"\s*(?:[-*•]\s*)?")
_LABEL_END = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*[:：]")
_FRONTED_PART_END = re.compile(r"[\w\s-]{0,20}?[,，]|[^，,。]{0,6}?(?:中|里)?\s*[,，]")


def _fronted_subset(low: str, v: View, a: int, b: int) -> bool:
    """A subset term at [a, b) in a phrase that opens the figure's sentence, before its clause ("In high-income
    countries, 93 percent of the population is online", 在农村地区，…): the figures of the sentence are of that
    part."""
    if not (v.ss <= a and b <= v.cs) or not _FIRST_CLAUSE.fullmatch(low, b, v.cs):
        return False  # (only the first clause after it: "…, compared with 67% worldwide" is the world's)
    if _LABEL_START.fullmatch(low, v.ss, a) and _LABEL_END.match(low, b):
        return True  # "- High-income countries: 93% of the population is online" (a list's label)
    return bool(_FRONTED_PART.fullmatch(low, v.ss, a)) and bool(_FRONTED_PART_END.match(low, b))


# the opening of a sentence before its subject: "The main waterfall is 67 m high and 83.3 m wide", 其中主瀑高67米
_SUBJECT_OPENS = re.compile(r"\s*(?:[-*•]\s*)?(?:(?:the|its|their)\s+)?|\s*(?:其中|而)?[，,]?\s*")


# after the subset term, up to the figure: its verb and the figure itself, or a first size then "and" ("…is 67 m (220
# ft) high and 83.3 m wide"), a figure written # (the words of a predicate, no other subject's)
_HEDGE = r"(?:(?:about|some|nearly|around|roughly|approximately)\s+)?"
_PREDICATE_TO = re.compile(r"\s*(?:is|was|are|were|measures|measured|stands|stood|reaches|reached)\s+" + _HEDGE +
                           r"(?:#(?:\s*[(（][^()（）]{0,30}[)）])?\s+[a-z]+\s*(?:,|,?\s+and)\s+" + _HEDGE + r")*"
                           # (其中主瀑高67米,宽83.3米: short clauses of its sizes, each its own figure; not 宽度更是惊人,
                           # 达到了101米, a clause without one before it)
                           r"|(?:[^，,。；;#]{0,3}#[^，,。；;#]{0,3}[，,])*[^，,。；;#]{0,3}")


_CLAUSE_OPENED = re.compile(r"(?:^|[，,：:；;]|其中)\s*$")  # (…，其中主瀑高67米: a Chinese clause opening with it)


def _heads_sentence(low: str, v: View, a: int, b: int) -> bool:
    """A subset term at [a, b) is the subject the sentence opens with, and only its predicate stands between it and
    the figure ("The main waterfall is 67 m high and 83.3 m wide": both figures are the main fall's; not "The male
    population was 720 million, surpassing the female population that was 689 million", nor "Female breast cancer
    ranked second (2.3 million cases), followed by colorectal cancer (1.9 million)")."""
    if not (v.ss <= a and b <= v.s and (_SUBJECT_OPENS.fullmatch(low, v.ss, a) or
                                        _HAN.match(low, a) and _CLAUSE_OPENED.search(low, max(v.ss, a - 3), a))):
        return False
    between = low[b:v.s]
    for s, e in sorted(v.spans, reverse=True):
        if b <= s and e <= v.s:
            between = between[:s - b] + "#" + between[e - b:]
    return bool(_PREDICATE_TO.fullmatch(between))


def fronted_place(v: View, mentions: list[Mention]) -> str | None:
    """A country or region set before its sentence ("In the US, Apple retained 49%", "在印度，vivo以21%居首"):
    where the figures of the sentence hold, when someone else is their subject (the caller checks)."""
    for m in mentions:
        if v.ss <= m.start < v.s and m.kind in ("country", "region") and \
                _FRONTED.fullmatch(v.low, v.ss, m.start) and _FRONTED_END.match(v.low, m.end):
            return m.name
    return None


@quick_init
@dataclass(frozen=True)
class Basis:
    markers: frozenset[str]  # capacity, output, adjusted, top
    scope: str | None  # global, domestic, or a country
    qualifiers: frozenset[str]  # nationality adjectives
    # the scope is only the whole of a share ("51% of the global installations", 占全球55.1%): the world's share
    # of the world is all of it, so a part restating an amount just given is someone's even where no one is named
    # (the caller checks that it restates one: context._part_restated)
    of_whole: bool = False


def _roles(vocab: Vocab, low: str, a: int, b: int, role: str, terms: list | None = None) -> set[str]:
    """The keys of the concepts of `role` in low[a:b]; `terms`, when given, are the (start, end, concept) of a
    window holding [a, b) (a figure's sentence: read once for all its windows)."""
    if terms is None:
        return {vocab.concepts[w].key for s, e, w in vocab.concept_match.find(low, a, b)
                if vocab.concepts[w].role == role}
    return {c.key for s, e, c in terms if a <= s and e <= b and c.role == role}


# a scope word in a ranking ("领跑全球", "全球领先", "位居全球第一", "the world's largest", "world leader", "has
# ranked first in the world"): where the subject stands, not where the figure is counted (an acute accent for an
# apostrophe, "world´s", is a space and a combining accent once normalised)
_SUPERLATIVES = "largest|biggest|highest|tallest|deepest|longest|lowest|widest|oldest|greatest"
_SUPERLATIVE = r"(?:" + _SUPERLATIVES + r")"
_RANKING = re.compile(r"(?:领跑|领先|位居|稳居|居于)(?:全球|世界|全国|国内)|(?:全球|世界|全国|国内)(?:领先|第[一二三四五六七八九十\d]|首位|之首|前列)"
                      # (世界最高的可航行湖泊, 世界上最深的海沟, "the highest navigable lake in the world": a ranking)
                      r"|(?:全球|世界|全世界)上?的?最(?:高|大|深|长|低|宽|古老)"
                      r"|" + _SUPERLATIVE + r"(?:\s+[a-z\-]+){0,4}\s+(?:in|on)\s+(?:the\s+)?(?:world|earth|planet)\b(?!['’]?s?\s+market)"
                      r"|world(?:['’´]|\s?\u0301)?s?\s+(?:" + _SUPERLATIVES + r"|leading|top|leader|no\.?\s*1)|world\s+leader"
                      r"|(?:rank(?:s|ed)?|placed|came)\s+(?:first|second|third|top|no\.?\s*\d+|\d+(?:st|nd|rd|th))\s+"
                      r"(?:in|among)\s+the\s+world"
                      # (a title the thing holds: 世界遗产, "a World Heritage site", 世界七大奇迹)
                      r"|世界(?:文化|自然|文化与自然|文化和自然)?遗产|world\s+heritage|世界[七八]大奇[迹景观]")


# a world scope word naming the whole a share is of ("51% of the global installations", 占全球55.1%, 占据了全球总发电量的
# 9%): where it is the only one, the part is someone's, not the world's (the world's share of the world is all of it)
_WHOLE_OF_SHARE = re.compile(r"(?:(?:%|percent|per\s+cent|share|proportion|fraction|half|third|quarter)\s+of\s+"
                             r"(?:the\s+)?|(?:占|佔)(?:据|據)?了?\s*)$")


def _whole_of_share(low: str, s: int) -> bool:
    """The scope term starting at s names the whole of a share."""
    return bool(_WHOLE_OF_SHARE.search(low, max(0, s - 24), s))


# a scope word that a crossing takes (跨区域人员流动量, "inter-regional trips", 跨地区): movement between regions,
# no region the figure is counted in
_CROSSING = re.compile(r"(?:跨|inter-?|cross-)$")


def _crossing(low: str, s: int) -> bool:
    """The scope term starting at s is the object of a crossing (跨区域, inter-regional)."""
    return bool(_CROSSING.search(low, max(0, s - 6), s))


def _ranked(low: str, s: int, e: int) -> bool:
    """The scope term at [s, e) is part of a ranking phrase."""
    return any(m.start() <= s and e <= m.end() for m in _RANKING.finditer(low, max(0, s - 60), e + 12))


# "WSTS has adjusted its forecast upwards", 调整为: a verb (a forecast revised), not an adjusted basis
_ADJUSTED_VERB = re.compile(r"\s+(?:its|their|the|our|his|her|a|an|this|that|these|those|up|upward|upwards|down|"
                            r"downward|downwards)\b|\s*(?:为|為|至|到)")
_COUNTRY_GROUP = re.compile(r"(?:countries|economies|国家|经济体)$")  # "27% of people in low-income countries"
_AMONG = re.compile(r"(?:among|of|in)\s+(?:the\s+)?$")
_AMONG_ZH = re.compile(r"^[^，,。；;]{0,6}?(?:之中|中)")
# after a top-N term, a span of time (前10个月, 前三季度): no subset
_RANK_OR_SPAN_AFTER = re.compile(r"个?月|個?月|年|天|日|周|週|季|小时|小時")
# what a brand's or a segment's word heads that is no part of a firm: the brand's own worth (brand value, 品牌价值)
_NOT_A_PART = re.compile(r"\s*(?:value|valuation|equity|awareness|价值|價值|影响力|影響力|知名度|力)")
# a quantifier or a count heading the segment word's own phrase: all of them, the whole ("across all of its business
# segments", "all four core segments", "the nine segments", 各品牌, 所有品牌, 三大核心业务板块)
_WHOLE_BEFORE = re.compile(r"(?:\b(?:all|each|every|both|across\s+all)\b(?:\s+of)?(?:\s+(?:its|their|the|our))?"
                           r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)(?:\s+[a-z-]+){0,3}\s*$"
                           r"|(?:各|所有|全部|多个|多個|[一二三四五六七八九十两兩\d]+\s*(?:大|个|個))[\u4e00-\u9fff]{0,4}$")
# words before "segment" that name no business ("This segment", "the largest segment")
_DETERMINERS = frozenset(("this", "that", "these", "those", "the", "its", "their", "our", "a", "an", "which", "same",
                          "largest", "biggest", "smallest", "fastest-growing", "second-largest"))
# the parts a whole includes (包括凯睿品牌和泽诺品牌在内的集团销量): the whole's figure
_INCLUDED = re.compile(r"[^，,。；;]{0,16}?在内")


def _a_named_part(low: str, a: int, b: int, mentions: list[Mention], vocab: Vocab) -> bool:
    """The segment's or brand's word at [a, b) names a part of a firm: 分部 or 板块 (游戏分部, 海外板块), "segment" after a business's
    words ("the pharmaceutical segment", "the Asia segment"), "other" in its phrase ("the other front-end segment",
    其他品牌), a brand after a name (泽诺品牌, "the Zelnor brand", 凯睿品牌: a Chinese word no dictionary lists as an ordinary
    one); not all of them ("across all of its segments", 各品牌), nor a market's (全球电视品牌出货量, "the smartphone market
    segment", "the DRAM segment": a product the concepts know), nor the whole firm's ("the brand's revenue",
    "China's top liquor brand", 国产品牌), nor the brand's own worth (品牌价值, "brand value"), nor the parts a whole
    includes (包括…品牌在内的)."""
    if _NOT_A_PART.match(low, b) or _INCLUDED.match(low, b):
        return False
    end = len(low[:a].rstrip())
    phrase = re.split(r"[，,。；;：:！？!?]", low[max(0, a - 30):a])[-1]
    if re.search(r"\bother\b|其他|其它", phrase):
        return True
    if _WHOLE_BEFORE.search(low[max(0, a - 40):a]) or re.search(r"\b(?:market|industry|sector)(?:'s|’s)?\b|市场|行业",
                                                                   phrase):
        return False  # ("across all of its business segments", 各品牌, 三大核心业务板块; a market's segment)
    word = re.search(r"([a-z][\w&'-]*|[\u4e00-\u9fff]{2})$", low[max(0, end - 20):end])
    term = low[a:b]
    if term in ("分部", "板块"):
        return True
    owned = any(m.role == "entity" and m.kind not in ("country", "region") and max(0, a - 40) <= m.start < a
                for m in mentions)
    if word is not None and not owned and any(vocab.concepts[t].role in ("topic", "domain", "subset", "modifier")
                                              for _, _, t in vocab.concept_match.find(word.group(1))):
        return False  # (a product's segment of a market, where no firm owns it: "the DRAM segment")
    if term.startswith("segment"):
        return word is not None and word.group(1) not in _DETERMINERS  # ("This segment now accounts for …": the
        # market's, no firm's)
    if any(m.role == "entity" and m.end == end and m.kind not in ("country", "region") for m in mentions):
        return True
    if word is None or not _HAN.match(word.group(1)):
        return False
    from ..gloss import common_word
    return not common_word(word.group(1))


def basis(v: View, vocab: Vocab, mentions: list[Mention], header: str = "", memo: dict | None = None) -> Basis:
    """Markers, scope and qualifiers of a figure. `memo`, one per block and the same `mentions`, keeps the terms
    and names of each sentence (the figures of a sentence read the same ones)."""
    low = v.low
    # the terms and names of the sentence, read once for the windows below (all inside it)
    lo, hi = min(v.ss, v.ws, v.cs), max(v.se, v.we, v.ce, v.s)
    read = memo.get(("basis", lo, hi)) if memo is not None else None
    if read is None:
        terms = [(s, e, vocab.concepts[w]) for s, e, w in vocab.concept_match.find(low, lo, hi)]
        mentions = [m for m in mentions if lo <= m.start < hi]
        # (a scope word inside the name of a body or a firm is the name's: "the World Bank", "Global Times"; one
        # inside a region's is the region's: "Asia Pacific")
        terms = [(s, e, c) for s, e, c in terms if not (c.role == "scope" and (
                    _ranked(low, s, e) or _crossing(low, s) or
                    any(m.start <= s and e <= m.end and m.end - m.start > e - s and m.kind not in ("country", "region")
                        for m in mentions)))
                 and not (c.role == "adjustment" and _ADJUSTED_VERB.match(low, e))]
        of_role: dict[str, list] = {}  # (each window below asks for one role: only its terms are read)
        for t in terms:
            of_role.setdefault(t[2].role, []).append(t)
        read = (mentions, [m for m in mentions if names_a_market(v.text, m)], of_role)
        if memo is not None:
            memo[("basis", lo, hi)] = read
    mentions, markets, of_role = read
    basis_terms, adjustments, scope_terms = of_role.get("basis", []), of_role.get("adjustment", []), \
        of_role.get("scope", [])
    markers: set[str] = set()
    # (most sentences have no term of a role: its windows are then not read)
    for a, b in ((v.ws, v.we), (v.cs, v.ce)) if basis_terms else ():
        markers = _roles(vocab, low, a, b, "basis", basis_terms)
        if markers:
            break
    if adjustments and (_roles(vocab, low, v.ss, v.s, "adjustment", adjustments) or
                        _roles(vocab, low, v.ws, v.we, "adjustment", adjustments)):
        # "考虑到员工收入差异进行调整后，中国…是美国的12倍" (before the figure, or in its own phrase); not "…同比
        # 下降2%，尽管面临美国市场的库存调整" after it
        markers.add("adjusted")
    subset = [(a, b, c) for a, b, c in of_role.get("subset", ()) if (v.cs <= a and b <= v.ce or _fronted_subset(
        low, v, a, b) or _heads_sentence(low, v, a, b)) and low[b:b + 1] != "名" and (
            c.label != "top" or not _RANK_OR_SPAN_AFTER.match(low, b)) and (
            c.label != "segment" or _a_named_part(low, a, b, mentions, vocab))]
    if subset and not any((_AMONG.search(low[max(v.ss, a - 12):a]) or _AMONG_ZH.match(low[b:b + 12])) and a >= v.cs
                          and not _COUNTRY_GROUP.search(low, a, b) for a, b, _ in subset):
        # "前十大企业占80%": about the top ten; "前三名为日本…" ranks, it is no subset; "Lenovo grew fastest among
        # the top five", "在前五大厂商中": the top five are only the yardstick of a figure of one of them
        markers.update(c.label for _, _, c in subset)
    band = age_band(low, v.cs, v.ce)
    if band:
        markers.add(band)  # "children under 5", 16-24岁青年: a figure of that age band (no other band's)
    scope, whole = None, False
    # the sentence only before the figure's clause ends: "产销均超1200万辆，连续十年全球领先" leads the world, it
    # is no world figure; "Global sales … reached 17.1 million" is
    for a, b in ((v.ws, v.we), (v.cs, v.ce), (v.ss, v.ce)) if scope_terms or markets else ():
        scopes = _roles(vocab, low, a, b, "scope", scope_terms) if scope_terms else set()
        found = scopes | {m.name for m in markets if a <= m.start < b}
        if len(found) == 1:
            scope = found.pop()
            whole = scope == "global" and all(_whole_of_share(low, s) for s, e, c in scope_terms
                                               if a <= s and e <= b and c.key == "global")
            break
        if found:
            break
    if scope is None and header:
        hs = _roles(vocab, lower(header), 0, len(header), "scope")
        scope = hs.pop() if len(hs) == 1 else None
    quals = frozenset(m.name for m in mentions if m.role == "adjective" and v.cs <= m.start < v.ce) \
        if mentions else frozenset()
    return Basis(frozenset(markers), scope, quals, whole)
