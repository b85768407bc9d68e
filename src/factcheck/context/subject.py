"""Subject: who or what a figure is about.

Forms it reads (→ the subject of the figure):

- the nearest name before the figure in its sentence, known or not: "Lenovo shipped 15.2 million units"
  → Lenovo; "Samsung led with 41%, ahead of SK hynix at 32%" → SK hynix for 32%; an unknown name closer to
  the figure wins over a known one further away;
- else the first name after it in its clause: "24.1% for Lenovo" → Lenovo; in a phrase opening the sentence
  with "with" or "having", the subject of the clause after its comma: "With 5.2 million units shipped, Lenovo
  led" → Lenovo ("…, the country …" → the one country the sentence before names);
- a comparator: "是美国的3倍" → China/US when another name precedes (A is 3× B);
- respectively: "A和B分别为5.1%和3.9%", "A and B had 5.3% and 3.9% respectively" → in order; and the
  same without the word: "Boeing and Airbus delivered 528 and 735 aircraft" → Boeing 528, Airbus 735;
- a name in the figure's own phrase comes first: "28 deliveries for Boeing and 46 for Airbus";
- a pronoun or definite description (its, the company, the firm, 该公司, 公司, 其) → the subject of the
  sentence before ("Lenovo led the market. Its share reached 24.1%" → Lenovo);
- a figure alone in parentheses → the name right before them ("美国（28%）和中国（26%）"); right after another
  figure ("orders of 90.78 million CGT (58%)"), whom that one is about; after a word that is not a name
  ("已超美(21.3%)") the subject is unknown and the figure is not grouped;
- a nationality adjective before a plural of firms or producers ("Chinese shipyards", "South Korean
  chipmakers", 中资银行: cues.toml subject.collective) → the nation: the nation's firms taken together;
- a table cell → its row header ("| Lenovo | 24.1% |" → Lenovo), unless the row is a total;
- the rest of the world, all other markets, 其他国家 in the figure's clause → "(others)", as a table's Others row;
- nationality adjectives qualify and never make a subject ("the Korean memory maker" → no subject Korea);
- sources are not subjects ("according to IDC", "Canalys data show": see source.py);
- a place named with its market and no one else: "The U.S. market recovered from its slump and reached
  4.9 GW", 美国市场达到4.9吉瓦 → US (the caller makes a market figure's place its subject);
- no name at all: in a document about one place (most of its place names are one country or region: a
  Macau statistics release saying 入境旅客共34,928,650人次), that place; else the figure is about a market or
  sector (subject None), which its object and scope say.
"""
from __future__ import annotations

import functools
import re

from .names import Mention
from .period import enclosure
from .view import CAUSE_AFTER, PAIR_FIGURES, PAIR_WORDS, RESPECTIVELY, View, compared_with, list_end

_RATIO_VERB = re.compile(r"(?:是|为|相当于|等于|约为|达到|达|仅为|只有|不到|超过|高于|低于)\s*$")
_TOTAL_ROW = re.compile(r"^(?:total|all|合计|总计|总和|全球|worldwide|global|grand total)\b", re.I)
_COUNTRY_PRONOUNS = frozenset({"the country", "the country's", "this country", "this country's", "the nation",
                               "the nation's", "the kingdom", "该国"})
# a part of a country or a union of them: "China's GDP grew 5.2%. The province's GDP grew 6.1%" is no figure of
# China's, nor "the bloc's exports" Germany's (a city or a port may be a country: Singapore)
_NO_COUNTRY_PRONOUNS = frozenset({"the province", "the province's", "the bloc", "the bloc's"})
_REST = re.compile(r"\b(?:the\s+)?rest\s+of\s+the\s+(?:world|market|industry)\b|\ball\s+other\s+(?:markets|countries|"
                   r"regions|economies|brands|vendors|companies|players|makers|manufacturers)\b|世界其他地区|其[他它余]"
                   r"(?:市场|国家|地区|经济体|品牌|厂商)")
_OTHERS_ROW = re.compile(r"^(?:others?|其他|其它)\b", re.I)  # the rest of a table: neither the market nor a name


def parallel(text: str, sentence: tuple[int, int], mentions: list[Mention],
             spans: list[tuple[int, int]]) -> dict[int, str]:
    """"Boeing and Airbus delivered 528 and 735 aircraft", 中国和美国分别…: two names joined by and/和, then two
    figures joined by and/和: the first figure is the first name's."""
    out: dict[int, str] = {}
    ss, se = sentence
    names = [m for m in mentions if m.role == "entity" and ss <= m.start < se]
    figs = [k for k, (s, e) in enumerate(spans) if ss <= s < se]
    for a, b in zip(names, names[1:]):
        if a.name == b.name or not PAIR_WORDS.fullmatch(text, a.end, b.start):
            continue
        after = [k for k in figs if spans[k][0] >= b.end]
        if len(after) >= 2:
            k1, k2 = after[0], after[1]
            between = [m for m in names if b.end <= m.start < spans[k2][0]]
            if not between and PAIR_FIGURES.fullmatch(text, spans[k1][1], spans[k2][0]) and \
                    _alike(text[slice(*spans[k1])], text[slice(*spans[k2])]):
                out.setdefault(k1, a.name)
                out.setdefault(k2, b.name)
    return out


def _alike(a: str, b: str) -> bool:
    """Two figures written alike, as a pair of figures of two names is ("528 and 735", "1万台和6000台"): both in
    digits or neither ("a base diameter of 15 km and two distinct peaks" are no pair)."""
    return any(ch.isdigit() for ch in a) == any(ch.isdigit() for ch in b)


def respectively(view_text: str, low: str, sentence: tuple[int, int], mentions: list[Mention],
                 spans: list[tuple[int, int]]) -> dict[int, str]:
    """A和B分别为5.1%和3.9%, A、B份额依次为…; A and B ... respectively: the i-th figure belongs to the i-th name."""
    out: dict[int, str] = {}
    ss, se = sentence
    for m in RESPECTIVELY.finditer(low[ss:se]):
        at = ss + m.start()
        en = m.group() == "respectively"
        names: list[str] = []
        for x in mentions:
            if x.role == "entity" and ss <= x.start < se and x.name not in names and (x.start < at or en):
                if en and x.start > at:
                    continue
                names.append(x.name)
        figs = [k for k, (s, e) in enumerate(spans) if ss <= s < se and (s > at or en)]
        if en and len(figs) > len(names) >= 2:  # "… compared to 480 and 663, respectively": the last ones
            figs = [k for k in figs if spans[k][0] < at][-len(names):]
        if len(names) >= 2 and len(names) == len(figs):
            for k, name in zip(figs, names):
                out[k] = name
    return out


_WORLD_AVERAGES = r"全球平均|世界平均|global average|world average|worldwide average"
_MARKET_FIGURE = re.compile(r"(?:市场平均|行业平均|产业平均|市场整体|整体市场|全行业|行业整体|产业整体|大盘|market average|"
                            + _WORLD_AVERAGES + r"|"
                            r"industry average|overall market|wider market|broader market|market as a whole|"
                            r"market overall|(?<!share )(?:for|of) the (?:[\w-]+ ){0,3}(?:industry|market|sector)(?:'s|’s)?|"
                            r"(?:industry|market|sector)(?:'s|’s)? (?:revenue|sales|shipments|output|size|value))"
                            r"[^，,。;；]{0,16}$")
_WORLD_AVERAGE = re.compile(_WORLD_AVERAGES)
_MARKET_WORDS = ("市场", "行业", "产业", "大盘", "market", "industry", "sector", "平均", "average")  # one in every
# _MARKET_FIGURE ("高于全球平均22.3%的回收率", "above the global average of 22.3%": the world's, not the region's)
_HAS_MARKET_WORD = re.compile("|".join(_MARKET_WORDS))  # (one search for any of them)
# "the $107B (cloud) market"; never "a 19% market share" (whoever holds it)
_MARKET_AFTER = re.compile(r"^\s*(?:(?!of\b|in\b|the\b|for\b|to\b)[a-z-]+\s+){0,2}market\b(?![\s-]*(?:share|position|leader))")


def joined_names(text: str, named: list[Mention]) -> str | None:
    """"AWS, Microsoft and Google", "AWS、微软和谷歌": the names of a sentence joined by and/和/、, as one."""
    for k in range(len(named) - 1, 0, -1):
        got = _joined(text, named[:k], named[k], asides=True)
        if got:
            return got
    return None


def _joined(text: str, before: list[Mention], last: Mention, asides: bool = False) -> str | None:
    """The names of `before` joined with `last` by commas and "and" (A, B and C; A、B和C; with `asides`, a
    bracket between them: 亚马逊网络服务(AWS)、微软), sorted and joined by "+"; None for one name or for names
    never joined by a conjunction ("Unlike Samsung, Zentrix shipped")."""
    chain = [last]
    for m in reversed(before):
        gap = text[m.end:chain[0].start]
        if not (_AND.fullmatch(gap) or (m.name == chain[0].name and not gap.strip())  # 微软Azure: one name
                or (asides and _ASIDE_GAP.fullmatch(gap))):
            break
        chain.insert(0, m)
    names = sorted({m.name for m in chain})
    joined = any(_CONJUNCTION.search(text[x.end:y.start]) for x, y in zip(chain, chain[1:]))
    return "+".join(names) if len(names) >= 2 and joined else None


_ASIDE_GAP = re.compile(r"\s*[(（][^()（）]{0,12}[)）]\s*(?:,|，|、|and|和|与|及)?\s*")


_AND = re.compile(r"\s*[)）]?\s*(?:,|，|、|&|and|, and|和|与|及|以及)\s*(?:the\s+)?")  # "Europe and the Americas"


def _coordinated(v: View, usable: list[Mention], last: Mention) -> str | None:
    """The names of the figure's sentence joined with `last` (see `_joined`)."""
    before = [m for m in usable if m.role == "entity" and m.end <= last.start and m.start >= v.ss]
    return _joined(v.text, before, last)


_CONJUNCTION = re.compile(r"\band\b|&|和|与|及|、")
_EACH_APART = re.compile(r"\b(?:tied|each|both|respectively)\b|各|均|分别|分別")


def market_before(v: View) -> bool:
    """"global revenue for the DRAM industry reached $27bn", "63% of the $107B market", "高于市场平均的9.4%":
    the market's figure, whoever else the sentence names."""
    before, after = v.low[max(v.cs, v.s - 60):v.s], v.low[v.e:v.e + 30]
    # (each pattern only where a word every match of it holds is there)
    return bool((_HAS_MARKET_WORD.search(before) and _MARKET_FIGURE.search(before))
                or ("market" in after and _MARKET_AFTER.match(after)))


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _phrase_opened_by(v: View, usable: list[Mention], opened: int) -> Mention | None:
    """The name that opens the Chinese noun phrase ending at `opened` (a bracket), when one does: Han characters
    only between them, none of them a verb of being or having, 的 or a word of exclusion (非洲以外地区: not
    Africa's), and nothing before the name but a mark of punctuation, a year or the sentence's start. (In English
    a verb may stand between a name and its bracket: "South Korea counted overnight visitors (18,884)".)"""
    names = [m for m in usable if m.role == "entity" and m.end <= opened]
    if not names:
        return None
    m = names[-1]
    if not _HAN_PHRASE.fullmatch(v.text, m.end, opened) or _NOT_ITS_PHRASE.search(v.text, m.end, opened):
        return None
    if m.start == v.ss or _PHRASE_OPENS.search(v.text, max(v.ss, m.start - 8), m.start):
        return m
    return None


_HAN_PHRASE = re.compile(r"[\u4e00-\u9fff]+\s*")
# a verb of being or having, 的 (the name qualifies a noun: 德国制造的汽车), or an exclusion (以外, 之外, 除)
_NOT_ITS_PHRASE = re.compile(r"[是为為有的除]|以外|之外")
_PHRASE_OPENS = re.compile(r"(?:^|[,，、;；:：。(（]|\d{4}\s*年\s*[,，]?)\s*$")
# the word before a figure in brackets that is no label of what it counts: a rank, a manner, a verb of change
_NO_LABEL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
                              r"|slightly|sharply|significantly|marginally|modestly|strongly|steadily|substantially|"
                              r"considerably|dramatically|moderately|rapidly|gradually|rose|fell|grew|declined|increased|"
                              r"decreased|dropped|climbed|gained|jumped|slipped|slid|dipped|surged|soared|plunged|"
                              r"rebounded|recovered)\s*$", re.I)


def subject(v: View, mentions: list[Mention], carry: str | None, unit: str, row_header: str | None,
            row_entity: str | None, together: str | None = None,
            markets: list[Mention] = (), places: list[Mention] = (),
            speaking: str | None = None) -> tuple[str | None, str]:
    """(subject, how): how = named, pronoun, comparator, table, market ("(others)": the rest of a table or of the
    world). `markets`: places named with their market ("the U.S. market"), which a pronoun after them in the
    sentence stands for; `places`: the countries and regions the sentence names, as names, adjectives or sources
    ("the country" stands for one of them)."""
    if row_header is not None:  # a table cell (a row, or a row of a flattened table)
        if _TOTAL_ROW.match(row_header) or not row_header:
            return None, "market"
        if _OTHERS_ROW.match(row_header):
            return "(others)", "table"
        return row_entity or row_header, "table"
    usable = [m for m in mentions if m.role in ("entity", "pronoun") and v.ss <= m.start and m.end <= v.se]
    usable = [m for m in usable if not (m.end <= v.s and located_in(v.text, m, usable, v.ss) and
                                        _CLAUSE_BREAK.search(v.text, m.end, v.s) and not _APPOSED.match(v.text, m.end))]
    if any(m.end <= v.s for m in usable[1:]):
        # "its worldwide vehicle sales, including those of subsidiaries Daihatsu Motor Co. and Hino Motors Ltd., rose
        # 7.2 pct", 包括子公司日野和大发在内,其销量增长7.2%: the names of an aside that includes them are not whose
        # the figure after it is, where someone is named before the aside
        usable = [m for m in usable if not _in_aside(v, m, usable)]
    if unit and LENGTH_UNIT.match(unit):
        # "about 100km away from Tokyo", 位于东京西南方约80公里处, 距离东京约100公里: the place a distance is
        # measured from is no one whose length it is
        usable = [m for m in usable if not measured_from(v, m)]
    # (the text before the figure right-stripped and the text after it left-stripped, read where they end and
    # start without copying them: a block is read once per figure)
    text, k, j = v.text, v.s, v.e
    while k and text[k - 1].isspace():
        k -= 1
    while j < len(text) and text[j].isspace():
        j += 1
    if k and text[k - 1] in "(（" and text[j:j + 1] in (")", "）"):
        # "美国（28%）和中国（26%）": a figure alone in parentheses belongs to the word before them
        opened = k - 1
        named = [m for m in usable if m.role == "entity" and m.end <= opened and not v.text[m.end:opened].strip()]
        if named:  # ("Latin America and the Caribbean (8%)": the names joined before it, together; not names
            # tied or each with it, "Apple and Dell (9%) tied")
            joint = None if _EACH_APART.search(v.low, v.ss, v.se) else _coordinated(v, usable, named[-1])
            return joint or named[-1].name, "named"
        if not any(e == len(v.text[:opened].rstrip()) for _, e in v.spans) and \
                not _NO_LABEL_BEFORE.search(v.text, max(v.ss, opened - 24), opened):
            # a figure in brackets after a word that names no one: the market's (不过夜旅客(18,884,882人次)),
            # unless the noun phrase before the brackets opens with a name (2023年,非洲疟疾确诊病例数量(2.46亿例):
            # Africa's; not 部分領先的中國企業(18%), whose name is inside its phrase); after a rank, a manner or a
            # verb of change it is the clause's own, whoever the clause is about ("South Korea was a distant third
            # (3.8%)", "but declined slightly (-4.2%)")
            opening = _phrase_opened_by(v, usable, opened)
            if opening is not None:
                return opening.name, "named"
            return None, "market"
        # "Chinese shipyards' orders amounted to 90.78 million CGT (58%)": a figure in brackets after another
        # figure restates it, and is about whom that one is about
    if _REST.search(v.low, v.cs, v.s) or _REST.search(v.low, v.ws, v.we):
        # "exports from the rest of the world grew 2%", "$27.5 billion for all other markets combined", 其他国家:
        # the others', as a table's Others row is (no one the sentence names, nor the whole market)
        return "(others)", "named"
    if market_before(v):
        # "高于市场平均的9.4%", "the industry average of 4%": the market's figure; in one place the sentence names
        # before it and no one else ("In China, electricity use of the tertiary industry rose 9.6%"), that place's
        before = [m for m in usable if m.role == "entity" and m.end <= v.s]
        where = {m.name for m in before if m.kind in ("country", "region")}
        if len(where) == 1 and all(m.kind in ("country", "region") for m in before) and \
                not _WORLD_AVERAGE.search(v.low, max(v.cs, v.s - 40), v.s):
            return where.pop(), "named"
        return None, "market"  # ("Europe's rate is above the global average of 22.3%": the world's)
    # 以36%压过三星电子: the one overtaken; "市场份额为70%韩国船厂…" (a comma left out): a Chinese name right
    # after a figure starts the next clause (a Chinese subject comes before its figure)
    # "Apple at 16% with a 2% decline, and Xiaomi at 15%": a name after the figure that has a figure of its own
    # right after it is that one's
    # (a clause of time opening with a name after the figure: "Poliovirus cases worldwide have dropped by 99.9
    # percent since the Global Polio Eradication Initiative (GPEI) began in 1988" is no one's figure in it)
    placed = _main_after_placed_phrase(v, usable, unit)
    if placed is not None:
        return _whose(placed, carry)
    time_at = next((m.start for m in usable if m.start >= v.e and _in_time_clause(v, m)), len(v.text))
    own = [m for m in usable if v.ws <= m.start and m.end <= v.we and m.role == "entity"
           and not (m.start >= v.e and (_HAN.search(v.text[v.e:m.start])
                                        or (not v.text[v.e:m.start].strip() and _HAN.match(v.text[m.start]))
                                        or (any(m.end <= fs <= m.end + 12 for fs, _ in v.spans) and
                                            not _IN_NAME.fullmatch(v.text, v.e, m.start))
                                        or _WITH_BEFORE.search(v.low, v.e, m.start)
                                        or _into(v, m, unit)
                                        or m.start >= time_at))]
    if own and not (own[-1].end <= v.s and v.text[own[-1].end:v.s].startswith("的")):
        # a name in the figure's own phrase: "46 for Airbus", "HP at 20.2%" (not "是美国的3倍": a comparator)
        near = [m for m in own if m.end <= v.s] or own
        pick = near[-1] if near[-1].end <= v.s else near[0]
        if pick.end <= v.s and (ahead := _ranked_against(v, usable, pick)) is not None:
            return ahead.name, "named"
        chain = _coordinated(v, usable, pick) if pick.end <= v.s else None
        head = _apposed_to(v, [m for m in usable if m.end <= v.s], pick) if pick.end <= v.s and not chain else None
        return chain or (head or pick).name, "named"
    before = [m for m in usable if m.end <= v.s]
    if before and before[-1].role == "entity" and _LIST_GAP.fullmatch(v.text, before[-1].end, v.s):
        # "73% were installed in Asia, 15% in Europe and 10% in the Americas": in a list of figures each with
        # its place after it, the name before closes the item before; this figure's is the one right after it
        after = next((m for m in usable if m.start >= v.e and m.role == "entity"), None)
        if after is not None and _IN_NAME.fullmatch(v.text, v.e, after.start):
            return after.name, "named"
    if before:
        last = before[-1]
        gap = v.text[last.end:v.s]
        if last.role == "entity" and gap.startswith("的") and len(gap) <= 6 and unit in ("times", "percent") \
                and _RATIO_VERB.search(v.text[max(v.ss, last.start - 4):last.start]):
            # "是美国的3倍", "仅为中国的4%": A is 3x B; but "超越三星电子的34.4%" is Samsung's own share
            earlier = [m for m in before[:-1] if m.role == "entity" and m.name != last.name]
            if earlier:
                return f"{earlier[-1].name}/{last.name}", "comparator"
        if last.kind == "plural":  # they, 它们, 三者: the names joined before it in the sentence, else those
            here = joined_names(v.text, [m for m in before if m.role == "entity"])  # of the sentence before
            if here or together:
                return here or together, "pronoun"
        if last.role == "pronoun" and last.name in _COUNTRY_PRONOUNS:
            # "Data from a Japanese trade organization showed the country's car exports rose 16%": the country
            # a nationality adjective or a place before it in the sentence names
            named = [m for m in places if v.ss <= m.start and m.end <= last.start]
            if named:  # (the first: the one the sentence is about, before a destination or an origin after it)
                return named[0].name, "pronoun"
        if last.role == "pronoun":
            named = [m for m in _not_compared([m for m in before if m.role == "entity"], v)
                     if not _governed_in_clause_before(v, m, last)]
            if named and last.name in ("其", "它") and \
                    (opener := _topic_over(v, [m for m in before if m is not last], named[-1])) is not None:
                # Keytruda一直担任着默沙东业绩的顶梁柱角色,其…2021年销售业绩为171.86亿美元: 其 goes on about the
                # sentence's topic, not a name an earlier clause governs
                return _whose(opener, carry)
            if named:  # "Lenovo continued its run … a share of 24.1%": the antecedent in the sentence
                return named[-1].name, "named"
            if any(v.ss <= m.start and m.end <= last.start for m in markets):
                return None, "market"  # "The U.S. market recovered from its slump": the place's market's
            return _whose(last, carry)
        if _HAN.match(v.text, last.start) and compared_with(v.text, last.start, v.ss) and \
                (brk := _CLAUSE_BREAK.search(v.text, last.end, v.s)) and not _LATTER.match(v.text, brk.end()):
            # 面积…相当于我国海南岛的总面积,并且…总蓄水量达到23.6万亿立方米: a name a Chinese sentence compares its
            # thing with owns no figure of a clause after it (not one "后者" opens: 少于比亚迪,后者交付了302万辆);
            # the first name or pronoun of the sentence does (印度超越日本,仅次于美国和中国,GDP达3.7万亿美元: India's).
            # (English keeps its relative clauses: "behind Apple, which held 25%" is Apple's.)
            rest = _not_compared([m for m in before if m.role in ("entity", "pronoun") and m.start >= v.ss], v)
            if rest:
                return (rest[0].name, "named") if rest[0].role == "entity" else _whose(rest[0], carry)
            return (carry, "pronoun") if carry else (None, "market")
        opener = _topic_over(v, before, last)
        if opener is not None:  # 京杭大运河贯通了海河、黄河…五大水系,全长约1797公里: the canal's, not the rivers'
            return _whose(opener, carry)
        host = _bracket_host(v, [m for m in before if m.role == "entity" and m.end <= last.start and m.start >= v.ss],
                             last)
        if host is not None:  # "Mount Kilimanjaro (Tanzania and Kenya border) rises to 5,895 m": the mountain's
            return host.name, "named"
        chain = _coordinated(v, usable, last)
        if chain:  # "AWS, Microsoft and Google capture 63%": the three together
            return chain, "named"
        head = _apposed_to(v, before, last)
        if head is not None:  # "Xinjiang, China's largest cotton-producing region, saw a 3.3 percent increase"
            return head.name, "named"
        return last.name, "named"
    # (not past a cause: "rose 20% in 2024 due to strong demand from Africa" is not Africa's figure)
    ce = list_end(v)  # (the items of a list of figures share the clause after the last)
    cause = CAUSE_AFTER.search(v.low, v.e, ce)
    # (nor into a clause of time opening with a name, as above; "since 2014" dates a change)
    # (nor a name past "with": "39.9 million people were living with HIV", "compared with Samsung", "208 units
    # per 10,000 employees with Germany, Sweden and Switzerland ranking in the top ten")
    # (nor past another figure opening a phrase of its own: "kills more than 60 000 people a year worldwide with
    # more than 95% of deaths occurring in Africa" names Africa for the 95%; "rose 12% to $45 billion in Vietnam",
    # "fell to 3.9% from 4.1% in the US": the other end of the figure's own path does not stop it)
    stop = min([fs for fs, _ in v.spans if v.e <= fs < ce and _OWN_PHRASE.search(v.low, v.e, fs)] +
               [cause.start() if cause else ce, time_at])
    after = [m for m in usable if m.start >= v.e and m.end <= stop and not _WITH_BEFORE.search(v.low, v.e, m.start)
             and not _into(v, m, unit)]
    if after:
        return _whose(after[0], carry)
    if speaking:
        # "Net profit totaled CNY23.6 billion …, up 35 percent …, the Beijing-based company said yesterday": the firm
        # a description saying a sentence's figures in a clause closing it stands for, where no one else is named,
        # is whose they are (`speaking`, read by the caller from closing_speaker: never a place, a market or a
        # research firm; not "it says" after a source: an agency's estimate is the market's)
        return speaking, "pronoun"
    main = _after_fronted_phrase(v, usable)
    if main is not None:
        return _whose(main, carry)
    return None, "market"


def closing_speaker(v: View, usable: list[Mention]) -> Mention | None:
    """The description that says the sentence's figures in a clause closing it, after the figure ("…, the
    Beijing-based company said yesterday."), or None."""
    return next((m for m in usable if m.start >= v.e and m.role == "pronoun" and m.name.startswith("the ") and
                 _SPEAKER_OPENS.search(v.low, v.ss, m.start) and _SPEAKER_CLOSES.fullmatch(v.low, m.end, v.se)), None)


# a clause of saying closing a sentence after the one who says it ("…, the company said on Tuesday.")
_SPEAKER_CLOSES = re.compile(r"\s+(?:said|says|reported|announced|stated)(?:\s+(?:on\s+)?[a-z]+)?\s*[.!]?[\"”’]?\s*")
_SPEAKER_OPENS = re.compile(r"[,，]\s*(?:[a-z][\w-]*\s+){0,3}$")


# what opens an aside of what a whole includes or leaves out; the legal endings and the joining words of the names
# in it; what closes it before the figure
_INCLUDING_OPENS = re.compile(r"\b(?:including|excluding|such\s+as|along\s+with|together\s+with)\b|包括|不包括|包含", re.I)
_INCLUDING_GAP = re.compile(r"[^,;:。，；：!?！？()（）]*")
_LEGAL_ENDINGS = re.compile(r"(?:\s*(?:Co|Corp|Inc|Ltd|Plc|LLC|AG|SA|Group)\b\.?)*")
_NAMES_JOINED = re.compile(r"\s*(?:,|，|、|和|及|与|與|\band\b|\bor\b)\s*(?:[a-z][\w\-]*\s+){0,3}")  # ("Hino and
# small-car maker Daihatsu")
_THOSE_OF = re.compile(r"\s+(?:those|that)\s+of\b", re.I)
_INCLUDING_CLOSES = re.compile(r"\s*(?:在内)?\s*[,，]")


def _in_aside(v: View, m: Mention, usable: list[Mention]) -> bool:
    """The name m, before the figure, stands in an aside of names that opens with "including" (包括) after someone
    the sentence names first (or before someone named after it) and closes with a comma before the figure ("its
    sales, including those of Daihatsu Motor Co. and Hino Motors Ltd., rose 7.2%"; 包括子公司日野和大发在内,其销量);
    not "New markets such as India stand out, as its luxury market …", where a verb follows the name."""
    if m.role != "entity" or m.end > v.s:
        return False
    opener = None
    for o in _INCLUDING_OPENS.finditer(v.text, v.ss, m.start):
        opener = o
    if opener is None or not _INCLUDING_GAP.fullmatch(v.text, opener.end(), m.start):
        return False
    names = [o for o in usable if o.role == "entity" and m.start <= o.start and o.end <= v.s]
    p = _LEGAL_ENDINGS.match(v.text, m.end).end()
    while True:  # (past the names joined after it: "Daihatsu Motor Co. and Hino Motors Ltd.,", "truck unit Hino
        # and small-car maker Daihatsu,")
        joined = _NAMES_JOINED.match(v.text, p)
        nxt = next((o for o in names if joined and o.start == joined.end()), None)
        if nxt is None:
            break
        p = _LEGAL_ENDINGS.match(v.text, nxt.end).end()
    close = _INCLUDING_CLOSES.match(v.text, p, v.s)
    if close is None:
        return False
    if _THOSE_OF.match(v.text, opener.end()):
        return True  # ("Worldwide sales, including those of subsidiaries Daihatsu Motor Co. and Hino Motors Ltd., rose
        # 4.4%": a part of another's whole, whoever it is)
    before = any(o.end <= opener.start() for o in usable if o is not m)
    after = any(close.end() <= o.start and o.end <= v.s for o in usable)
    return before or after


# a rival a ranking sets the sentence's subject against ("Russia is behind Kazakhstan with an 11% share", "Xiaomi
# trails Apple with 14%", "came in third after Apple with 14%")
_RIVAL_BEFORE = re.compile(r"\b(?:behind|after|ahead\s+of|trails|trailing|trailed|overtaking|overtook|overtakes|"
                           r"surpassing|surpassed|surpasses|outpacing|outpaced|outpaces)\s+(?:the\s+)?$")


_WITH_AFTER_RIVAL = re.compile(r"(?:\s+(?:inc|corp|co|ltd|plc|llc)\.?)?\s+with\s+"
                               r"(?:(?:a|an|only|just|about|around|nearly|roughly|some)\s+)?")


def _ranked_against(v: View, usable: list[Mention], pick: Mention) -> Mention | None:
    """The name opening the sentence, when the name nearest before the figure is the rival a ranking sets it
    against, with no figure nor clause break between them: "Russia is behind Kazakhstan with an 11% share" is
    Russia's. Not "Samsung led with 20%, ahead of Apple with 17%" (Apple's: a figure and a comma between)."""
    if not _RIVAL_BEFORE.search(v.low, max(v.ss, pick.start - 24), pick.start) or \
            not _WITH_AFTER_RIVAL.fullmatch(v.low, pick.end, v.s):
        return None  # (only "… behind Y with N": not "behind Samsung's 20%", "behind Apple at 17%", "after Toyota
        # cut prices by 10%")
    opener = next((m for m in usable if m.start >= v.ss and m.role == "entity"), None)
    if opener is None or opener.end > pick.start or opener.name == pick.name:
        return None
    lead = v.text[v.ss:opener.start]
    if not _OPENS_SENTENCE.fullmatch(lead) and not (lead.rstrip().endswith((",", "，")) and not any(
            v.ss <= fs < opener.start for fs, _ in v.spans)):
        return None  # (an opening phrase may come first: "Meanwhile, Russia is behind …", "In the third quarter, …")
    if _CLAUSE_BREAK.search(v.text, opener.end, pick.start) or any(opener.end <= fs < pick.start for fs, _ in v.spans):
        return None
    return opener


# before a name, a preposition that governs it inside its clause: the name is an object, not whose a later clause is
# about ("the highest mountain in Europe", "on the border of Karachay-Cherkessia"); not an agent ("followed by SMIC",
# "overtaken by Huawei": whom the clause goes on about), nor a preposition opening its clause ("while in Europe, close
# to 66 million adults …", ", in Y,": a phrase of place standing first)
_GOVERNED_BEFORE = re.compile(r"\b(?:in|of|on|at|to|from|into|onto|near|between|across|along|by|through|towards?|via|"
                              r"over|under|beyond|around|past|within|throughout)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$")
_AGENT_OR_FRONTED = re.compile(r"(?:\b[a-z]+(?:ed|en)\s+by|(?:^|[,;:]|\b(?:but|while|whereas|and|yet|we|i))\s*(?:in|at|on|"
                               r"over|by|from|across|throughout|within))\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$")
# a Chinese verb that governs the name after it (南达杭州, 贯通了海河、黄河, 位于…, 坐落在…, 属于高加索山系的大高加索
# 山脉, 收购京东集团): the last such verb of the name's clause, with a few characters of its object's phrase between (not 是, 为:
# 其次是五粮液 puts the clause's subject last; nor a time word, a connective or a rank: 2019年中国绿茶出口, 其中伏尔加河…)
_GOVERNS_ZH = re.compile(r"(?:了|着|著(?!名|作)|于|於|在|过|過|达|達|至|到|经|經|越|入|向|从|從|起|通|连|連|接|邻|鄰|跨|穿|购|購)"
                         r"[^，,。；;:：()（）\d%]{0,10}$")
# a place that a superlative ranks within: 京那巴鲁山…,也是马来西亚联邦境内最高峰,高度为海拔4,095.2公尺 (the mountain's
# height: the country only says where it is highest), 婆罗洲最高峰, 中国境内最长的河流
_WITHIN_SUPERLATIVE = re.compile(r"(?:联邦|境内|国内|全国|全境|地区)*(?:的)?最")
# a figure's clause that goes on about the name the clause before ends with ("ahead of Airbus, which delivered 735",
# 少于比亚迪,后者交付了302万辆; 三星在印度投资建厂,当地手机出货量增长10%: the place's), or an aside describing that
# name ("near Siem Reap, a city of 250,000 people", "home to", "one of")
_ABOUT_THE_LAST = re.compile(r"[\s,，;；]*(?:(?:which|who|whose|where|there|locally|the latter|a|an|home to|one of|"
                             r"the (?:[a-z\-]+(?:['’]s)?\s+)?(?:capital|city|town|country|region|province|state|port|"
                             r"largest|biggest|world['’]s))\b|后者|後者|其中|该|該|这|這|那(?!么|麼)|当地|當地)", re.I)
_REPORTS = re.compile(r"\b(?:that|says?|said|shows?|showed|announce[sd]?|reports?|reported|according|warn(?:s|ed)?)\b|"
                      r"显示|顯示|表示|指出|宣布|公布|(?<![又亦也别俗简通旧或并])称(?!为|之为|其为)|报道|報導|报导|据|據|"
                      r"披露|说|說|警告")  # (not 又称, 俗称, 称为: another name, no one saying)
_EMPTY_IT = re.compile(r"it\s+(?:is|was|has\s+been)\s+(?:in|at|on|from|known|said|believed|thought|estimated|likely|"
                       r"possible|expected)\b")
# a place visitors go to: whose arrivals the figures are ("the largest source of visitors to Hong Kong, with 34
# million visits": Hong Kong's arrivals from the mainland)
_VISITORS_TO = re.compile(r"\b(?:visitors?|tourists?|arrivals?|travell?ers?|visits?)\s+(?:to|in)\s+(?:the\s+)?$")
# (after a time word that opens a Chinese sentence: 近年来Keytruda一直担任着…)
_OPENS_SENTENCE = re.compile(r"[\s“\"'「『]*(?:the\s+)?(?:(?:近年来|近年來|近些年|多年来|多年來|目前|如今|当前|當前|此前|至今)"
                             r"[,，]?)?", re.I)
# a clause break (not a comma grouping a number's thousands: "1,000 kilometres"), or "with" opening a phrase
_BREAK_OR_WITH = re.compile(r"(?<!\d)[,，]|[,，](?!\d)|[;；]|\bwith\b")
# what a sentence opening with a phrase of place is ("Located in the Caucasus Mountains …, it is …")
_PLACED = re.compile(r"[\s\"“]*(?:located|situated|lying|set|nestled|perched|found|based|sitting|standing|rising|"
                     r"towering|soaring)\b")
# a name that opens a longer noun phrase: 约旦大裂谷的死海, 以色列湖沼地质学研究机构, "Shanghai's port" (not a verb
# before the 的: 华为位于深圳的总部)
_MODIFIES = re.compile(r"(?:(?![是为為于於在位有])[\u4e00-\u9fff]){0,8}的|['’]s\b|\s+(?:port|area|unit|office)\b")


def _governed_in_clause_before(v: View, m: Mention, pronoun: Mention) -> bool:
    """A name after a preposition in a phrase of place opening the sentence, before the clause a pronoun opens: no
    antecedent of it ("Located in the Caucasus Mountains in southwestern former USSR, it is 18,481 ft high": it is
    the mountain the sentence before named, not the USSR). Not "In Indonesia, it is 50.9 percent": a place that
    opens the sentence is where the figure is."""
    if m.start < v.ss or not _PLACED.match(v.low, v.ss):
        return False
    brk = _CLAUSE_BREAK.search(v.text, m.end, pronoun.start)
    return brk is not None and not v.text[brk.end():pronoun.start].strip() and \
        bool(_GOVERNED_BEFORE.search(v.low, max(v.ss, m.start - 40), m.start))


def _topic_over(v: View, before: list[Mention], last: Mention) -> Mention | None:
    """The name or pronoun that opens the sentence, when the name nearest before the figure is an object in an
    earlier clause (right after a preposition or a verb that governs it, or after the names joined to it) and the
    figure's clause names no one: a clause with no subject of its own goes on about the sentence's subject.
    "Elbrus is the highest mountain in Europe and Russia, reaching a height of 5,642 meters" → Elbrus;
    京杭大运河贯通了海河、黄河、淮河、长江、钱塘江五大水系,全长约1797公里 → the canal; 它北起北京,南达杭州,全长1747公里 → what
    它 stands for; "Elbrus is located on the border of Karachay-Cherkessia and Kabardino-Balkaria with … two
    peaks with heights of 5621 and 5642 meters" → Elbrus. Not a clause about the name before it ("ahead of Airbus,
    which delivered 735", 后者, "near Siem Reap, a city of 250,000 people"), nor a name that opens its own clause
    ("Samsung led, SK hynix was second, at 32%"; "followed by SMIC with USD 2.21 billion"), nor a name that opens
    no clause of the sentence ("在中国,…"), nor an opener that only qualifies a longer name (约旦大裂谷的死海)."""
    if last.role != "entity":
        return None
    breaks = [m for m in _BREAK_OR_WITH.finditer(v.low, last.end, v.s)
              if not any(fs <= m.start() < fe for fs, fe in v.spans)]
    if not breaks or any(m.group() != "with" and _ABOUT_THE_LAST.match(v.low, m.end()) for m in breaks):
        return None
    earlier = [m for m in before if m.end <= last.start and m.start >= v.ss]
    # (the name a gloss in brackets follows: 吴哥窟位于柬埔寨暹粒省(Siem Reap Province),距离首都金边约300公里)
    head = _bracket_host(v, [m for m in earlier if m.role == "entity"], last) or last
    # (the first of the names joined to it: "in Europe and Russia")
    for m in reversed([m for m in earlier if m.end <= head.start]):
        if m.role != "entity" or not _AND.fullmatch(v.text, m.end, head.start):
            break
        head = m
    opener = next((m for m in before if m.start >= v.ss), None)
    if opener is None or opener.end > head.start or opener.name == last.name or \
            not _OPENS_SENTENCE.fullmatch(v.text, v.ss, opener.start) or _MODIFIES.match(v.low, opener.end):
        return None
    if "\n" in v.text[opener.end:head.start] or _EMPTY_IT.match(v.low, opener.start) or \
            v.low[opener.start:opener.end] in ("its", "their", "his", "her"):
        return None  # (a line of its own before it: a wire tag, a heading; "It is in Asia that …": no one; "Their
        # habitat … stretches to the edge of the park, covering over 11,000 square kilometers": a possessive
        # qualifies a noun, the sentence's subject, which is no one named)
    if not v.text[opener.end:head.start].strip(" 的和与與及、,，") or _REPORTS.search(v.low, opener.end, head.start):
        return None  # (中国的华为: one noun phrase; "The report announces that the number of students at U.S.
        # colleges reached …": a clause of what someone reports has a subject of its own)
    at = head.start
    if head is last and (enclosed := enclosure(v.text, last.start, last.end)) is not None and \
            opener.end <= enclosed[0] and enclosed[1] < v.s and _HAN.match(v.text, enclosed[0] - 1):
        at = enclosed[0]  # (a gloss of a Chinese name no table knows: 柬埔寨暹粒省(Siem Reap Province))
    if _HAN.match(v.text, at) or at < head.start:
        marks = [m.end() for m in _CLAUSE_BREAK.finditer(v.text, opener.end, at)]
        lead = v.text[marks[-1] if marks else opener.end:at]
        return opener if _GOVERNS_ZH.search(lead) or _WITHIN_SUPERLATIVE.match(v.text, last.end) else None
    window = max(v.ss, head.start - 40)
    if not _GOVERNED_BEFORE.search(v.low, window, head.start) or _AGENT_OR_FRONTED.search(v.low, window, head.start) \
            or _VISITORS_TO.search(v.low, window, head.start):
        return None
    return opener


_TIME_CLAUSE = re.compile(r"\s(?:since|after|before|when|until|ever since)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}$")
# what a body did that dates something: it began, was set up, stopped ("since the Global Polio Eradication Initiative
# (GPEI) began in 1988"); not what a country or a firm does in its market ("when China joined the WTO", "after Apple
# reported earnings": its own figure)
_ORG_EVENT = re.compile(r"\s*(?:\([^()]{1,16}\)\s*)?(?:began|started|was\s+(?:founded|launched|created|established|set\s+up|"
                        r"formed)|stopped|ended|came\s+into\s+(?:force|being|effect))\b")


def _in_time_clause(v: View, m: Mention) -> bool:
    """The name opens a clause of time after the figure and what it did there dates the figure's change."""
    return bool(_TIME_CLAUSE.search(v.text, max(v.e, m.start - 40), m.start) and _ORG_EVENT.match(v.text, m.end))


# what opens another figure's own phrase between a figure and a later one (not "to", "from", "and": one path)
_OWN_PHRASE = re.compile(r"\b(?:with|while|whereas|of which|of whom|including)\b|其中|[;；]")
# "with" and the phrase it governs up to a name (searched between a figure and a name after it), not past a
# preposition opening another phrase ("living with HIV in South Africa": South Africa's)
_WITH_BEFORE = re.compile(r"\bwith\s(?:(?!\b(?:in|at|from|across|throughout|among|for|by)\b)[^;])*$")

# where something goes, right before a name after a length: "a drop of 108 m into the Zambezi Gorge", "plunges 100
# metres into the gorge": the name is the destination, never whose length it is (not an amount: "imports of 3.2
# million tonnes into China", "FDI of $36.6 billion flowed into Vietnam" are the destination's)
_INTO_BEFORE = re.compile(r"\b(?:into|onto|towards?)\s+(?:the\s+)?$")
LENGTH_UNIT = re.compile(r"meter(?: \*\* [23])?$")  # a length, an area, a volume


# the place a distance runs from: after the figure, "100 km (away) from Tokyo", "60 miles south-west of Tokyo";
# before it, 东京西南方约80公里, 距离东京约100公里, 离市区30公里
_FROM_BEFORE = re.compile(r"\b(?:from|(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ward)?\s+of)\s+(?:the\s+)?$")
_DIRECTION_AFTER = re.compile(r"\s*(?:以|的)?[东西南北]{1,2}(?:方向|方|面|部|边)?\s*(?:约|大约|近|逾)?\s*$")
_DISTANCE_BEFORE = re.compile(r"(?:距离|距|离|相距)\s*$")


# a verb of where a thing lies, then words of its clause up to the place: 位于新疆南疆的塔里木盆地, "located inside the
# Tarim Basin in Southern Xinjiang", "lies in", "situated near"
_LOCATED = re.compile(r"(?:位于|位於|坐落于|坐落在|地处|地處|\b(?:located|situated|lies|lying|nestled)\b)[^,，。;；.!?]{0,30}$",
                      re.I)


# a place's own phrase after it: "located near Siem Reap, a city of 250,000 people", "near La Paz, which sits at 3,640
# m" (the figure is the place's)
_APPOSED = re.compile(r"\s*[,，]\s*(?:a|an|the|which|who|where|whose|home|its)\b", re.I)


def located_in(text: str, m: Mention, named: list[Mention], ss: int) -> bool:
    """A place named after a verb of where a thing lies, the thing (a name or a pronoun) named before the verb in its
    sentence: where it lies, not what the sentence is about ("塔克拉玛干沙漠位于新疆南疆的塔里木盆地中心,…面积达33万平方
    公里": the desert's area, a clause later; the caller keeps a figure of the place's own phrase, "located near Siem
    Reap, a city of 250,000 people", or of its clause, 位于湖北省的清江水布垭大坝高233米). names._located already makes
    a country, region or city right after such a verb (cues.toml subject.located) a locator; this reads any name
    within the verb's clause, by its own list of verbs: the two belong in one mechanism (not yet merged: merging
    changes which figures each reads)."""
    if m.role != "entity":
        return False
    verb = _LOCATED.search(text, max(ss, m.start - 40), m.start)
    return verb is not None and any(o.start < verb.start() and o.end <= verb.start() for o in named if o is not m)


def measured_from(v: View, m: Mention) -> bool:
    """The name is where a length figure's distance is measured from (_FROM_BEFORE, _DIRECTION_AFTER,
    _DISTANCE_BEFORE), no figure between."""
    if m.start >= v.e:
        return bool(_FROM_BEFORE.search(v.low, max(v.e, m.start - 24), m.start)) and \
            not any(v.e <= fs < m.start for fs, _ in v.spans)
    if m.end > v.s:
        return False
    return bool(_DIRECTION_AFTER.fullmatch(v.text, m.end, v.s) or
                (_DISTANCE_BEFORE.search(v.text, max(v.ss, m.start - 4), m.start) and
                 len(v.text[m.end:v.s].strip()) <= 4))


def _into(v: View, m: Mention, unit: str | None) -> bool:
    """The name after a length figure is where something goes (_INTO_BEFORE right before it); or the whole a
    thing named before covers part of ("It covers an area of 270,000 km2 of the Tarim Basin": the desert's area)."""
    if not unit or not LENGTH_UNIT.match(unit):
        return False
    return bool(_INTO_BEFORE.search(v.low, max(v.e, m.start - 16), m.start)) or \
        bool(_OF_AFTER.fullmatch(v.text, v.e, m.start) and _COVERS_BEFORE.search(v.low, v.cs, v.s))


# "covers 270,000 km2 (100,000 sq mi) of the Tarim Basin", "occupying 40% of"…: a part of the whole named after it
_OF_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）]\s*)?of\s+(?:the\s+)?")
_COVERS_BEFORE = re.compile(r"\b(?:cover(?:s|ed|ing)?|occup(?:y|ies|ied|ying)|spans?|spanning|takes?\s+up|taking\s+up)\b")


_CLAUSE_BREAK = re.compile(r"[,，;；]")
_LATTER = re.compile(r"\s*(?:后者|後者)")  # the latter: the name the clause before ended with


def _not_compared(named: list[Mention], v: View) -> list[Mention]:
    """The names of a sentence before a pronoun that it may stand for: not one the sentence compares its thing
    with, nor a place that one is "in" ("it is exceeded in size only by Lake Superior in North America, its area
    being 26,828 square miles": its = it, the thing the sentence before named)."""
    out, compared = [], None
    for m in named:
        if m.start >= v.ss and compared_with(v.text, m.start, v.ss):
            compared = m
        elif not (compared is not None and _IN_NAME.fullmatch(v.text, compared.end, m.start)):
            out.append(m)
    return out


def _whose(m: Mention, carry: str | None) -> tuple[str | None, str]:
    """A name's own figure; a pronoun's is the subject carried from before, where it may stand for it."""
    if m.role == "pronoun":
        return (carry, "pronoun") if _carries(m, carry) else (None, "market")
    return m.name, "named"


def _after_fronted_phrase(v: View, usable: list[Mention]) -> Mention | None:
    """"With 36.8 million foreign visitors, the country surpassed its record": a phrase opening the sentence with
    the figure is about the name or pronoun that opens the clause after its comma. The figure must be what that
    subject has ("With 36.8 million visitors"), not a circumstance ("With oil prices at $80 a barrel, Nigeria
    expects …"): two words at most between the opening word and the figure, none "at", no comma."""
    opener = _FRONTED.match(v.low, v.ss)
    if opener is None:
        return None
    lead = v.low[opener.end():v.s]
    if len(lead.split()) > 2 or " at " in f" {lead} " or "," in v.text[v.ss:v.s]:
        return None
    comma = v.text.find(",", v.e, v.se)
    if comma < 0:
        return None
    main = next((m for m in usable if comma < m.start <= comma + 6), None)
    return main if main is not None and not v.text[comma + 1:main.start].strip(" ").isalpha() else None


def _main_after_placed_phrase(v: View, usable: list[Mention], unit: str | None) -> Mention | None:
    """"Perched on top of Hongshan Mountain in the center of Lhasa, 3,650 meters above sea level, Potala Palace was
    first built in 641": a phrase of place opening the sentence (_PLACED) with the figure in it is about the name
    or pronoun that opens the main clause after it (a name right after a comma, a verb right after the name), not
    the places the phrase names. Not a figure of the main clause ("Located in Lhasa, the palace is 117 m high")."""
    if not _PLACED.match(v.low, v.ss) or not LENGTH_UNIT.match(unit or "") or \
            _RELATIVE_BEFORE.search(v.low, v.ss, v.s) or _APPOSITION_BEFORE.search(v.low, v.ss, v.s):
        # (a size that places it: an elevation, a distance; not "Located in Xinjiang, which covers 1.66 million
        # square kilometres, Kanas Lake is …", nor "Located in Pisa, a city of 90,000 people, …")
        return None
    if any(v.e <= m.start <= v.e + 3 and "," not in v.text[v.e:m.start] for m in usable):
        return None  # ("Located near the 828-metre Burj Khalifa, the Dubai Mall …": the figure is that name's)
    for m in usable:
        if m.start < v.ss or m.start >= v.se:
            continue
        if _COMMA_BEFORE.search(v.text, max(v.ss, m.start - 6), m.start) and _VERB_AFTER.match(v.low, m.end):
            return m if m.start >= v.e and "." not in v.text[v.e:m.start] else None
    return None


# a relative clause the figure is in, an aside after a place: about that place
_RELATIVE_BEFORE = re.compile(r"[,，]\s*(?:which|that|where|whose|who)\b[^,，]*$")
_APPOSITION_BEFORE = re.compile(r"[,，]\s*(?:a|an|the)\s+[^,，]*\b(?:of|with)\s+[^,，]*$")
# a name opening a main clause: after a comma (and "the"), a verb after it ("…, Potala Palace was first built")
_COMMA_BEFORE = re.compile(r"[,，]\s*(?:the\s+)?$", re.I)
_VERB_AFTER = re.compile(r"\s+(?:is|was|are|were|has|had|have|stands|stood|rises|rose|sits|sat|lies|lay|covers|"
                         r"measures|reaches|towers|remains|serves|served|became|held|holds|dominates|has\s+been)\b|\s+(?:first\s+)?"
                         r"(?:built|founded|constructed|completed)\b")


# a phrase that opens a sentence and is about the subject of the clause after it ("With 36.8 million visitors, …",
# "Having shipped 5 million units, …")
_FRONTED = re.compile(r"\s*(?:with|having)\s")


_LIST_GAP = re.compile(r"\s*[,，、;；]\s*(?:and\s+)?|\s+and\s+|\s*[和及]\s*")  # between two items of a list
_IN_NAME = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?")  # "15% in Europe" ("20% from Brazil": a partner)
# an aside of what a name is, ending with a name ("Mt. Fuji, a symbol of Japan", "Lenovo, a rival of HP")
_APPOSITION_OF = re.compile(r",\s+(?:a|an|the)\s+(?!(?:[\w\-]+\s+){0,2}markets?\b)(?:[A-Za-z\-]+\s+){1,3}of\s+(?:the\s+)?")


def _bracket_host(v: View, earlier: list[Mention], last: Mention) -> Mention | None:
    """The name right before the brackets `last` sits in, when they close before the figure and hold no figure
    ("Mount Fuji (富士山 Fujisan, IPA: [ɸɯꜜdʑisaɴ]), located on Honshū, is … at 3,776.24 m": a gloss of the name, no
    one else's figure); None else."""
    enclosed = enclosure(v.text, last.start, last.end)
    if enclosed is None or enclosed[0] < v.ss or enclosed[1] >= v.s or \
            any(enclosed[0] < fs < last.start for fs, _ in v.spans):
        return None
    return next((m for m in reversed(earlier) if m.end <= enclosed[0] and not v.text[m.end:enclosed[0]].strip()), None)


_APPOSITION_OPENS = re.compile(r",\s+(?:the\s+|a\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")


def _apposed_to(v: View, before: list[Mention], last: Mention) -> Mention | None:
    """The name an aside after it describes, when the name nearest the figure is a possessive inside that aside
    ("Xinjiang, China's largest cotton-producing region, saw …": Xinjiang's figure, not China's), or ends an aside
    of "a … of" it ("Mt. Fuji, a symbol of Japan is the highest conical mountain with the height of 3776 meters":
    Mount Fuji's, the aside closed or not), or sits in brackets glossing it ("Mount Fuji (富士山 Fujisan, IPA: …),
    located on Honshū, is … at 3,776.24 m"); None else."""
    if last.role != "entity":
        return None
    earlier = [m for m in before if m.role == "entity" and m.end <= last.start and m.start >= v.ss]
    host = _bracket_host(v, earlier, last)
    if host is not None:
        return host
    if earlier and _APPOSITION_OF.fullmatch(v.text, earlier[-1].end, last.start) and \
            not _POSSESSIVE_AFTER.match(v.text, last.end):
        return earlier[-1]
    if not _POSSESSIVE_AFTER.match(v.text, last.end):
        return None
    if not earlier or not _APPOSITION_OPENS.search(v.text, earlier[-1].end, last.start):
        return None
    if earlier[-1].end < last.start - 8 or "," not in v.text[last.end:v.s]:
        return None  # (the aside opens right before the possessive and closes before the figure)
    return earlier[-1]


def _carries(pronoun: Mention, carry: str | None) -> bool:
    """Whether the pronoun may stand for the subject carried from before (the province, the bloc: no country)."""
    if not carry:
        return False
    if pronoun.name in _NO_COUNTRY_PRONOUNS:
        from .vocab import vocab

        return not any(e.name == carry and e.kind == "country" for e in vocab().entities.values())
    return True


@functools.lru_cache(maxsize=8)
def _where_patterns(words: tuple[str, ...], superlatives: tuple[str, ...],
                    kinds: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Three patterns: before a name, a word of where something lies (cues.toml subject.where_words and
    subject.located: "in the Andes", "located western Pacific Ocean", "on the border of Peru", 位于西太平洋); before a
    place, a superlative ranking a thing within it ("the second largest lake of South America", "the highest peak in
    Africa"); after a place, words making it the whole a superlative ranks a landmark within ("Africa's highest
    peak", 非洲最高的山脉, 非洲第一高峰, 南美洲海拔最高的湖, and a thing of its kind in it, 日本一座…活火山; `kinds`: the
    landmark kind words, cues.toml subject.landmark_kinds_last)."""
    latin = [re.escape(w).replace(r"\ ", r"\s+") for w in words if w.isascii()]
    han = [re.escape(w) for w in words if not w.isascii()]
    most = "|".join(re.escape(w) for w in superlatives)
    direction = r"(?:the\s+)?(?:(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+|far\s+|upper\s+|lower\s+)?"
    before = re.compile(r"\b(?:" + "|".join(latin) + r")\s+" + direction + r"$" +
                        (r"|(?:" + "|".join(han) + r")\s*$" if han else ""))
    ranked = re.compile(r"\b(?:" + most + r")(?:\s+[a-z\-]+){0,3}\s+(?:of|in|on)\s+" + direction + r"$")
    nouns = "|".join(re.escape(w) for w in kinds)
    within = re.compile(r"(?:['’]s?)?\s+(?:[a-z\-]+\s+)?(?:" + most + r")\s+(?:[a-z\-]+\s+)?(?:" + nouns + r")s?\b|"
                        r"的?(?:海拔)?(?:最(?:高|大|深|长|低)|第[一二三四五](?:高|大|深|长))的?[\u4e00-\u9fff]{0,2}?"
                        r"(?:山|峰|湖|河|江|海|沙漠|瀑布|海沟|淡水湖)"
                        # (a thing of its kind in a place: 富士山是日本一座横跨静冈县和山梨县的活火山)
                        r"|的?一[座个個条條处處][^，,。；;、\d]{0,14}?(?:山|峰|湖|河|江|海|沙漠|瀑布|海沟)")
    return before, ranked, within


# after a Chinese place, words making it the scope of a section of the thing ("在湖北境内流程858公里": the river's
# length in Hubei, not the river's)
_SECTION_AFTER = re.compile(r"\s*(?:境内|境內|段|部分|一侧|一側)")
_IN_RIGHT_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")
# after a place, a clause or an aside of its own ("La Paz, which sits at 3,640 m", "Yichang, a city covering …")
_CLAUSE_OF_ITS_OWN = re.compile(r"\s*,\s*(?:which|where|whose|a|an|the)\b|\s*[,，]\s*(?:该|这座|這座)")
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&|和|与|及|以及|、)\s*(?:the\s+)?")  # "in Peru and Bolivia"


def where_named(v: View, usable: list[Mention], cues: dict, landmark, everyone: list[Mention] = (),
                pronoun_ok: bool = False) -> tuple[list[Mention], set[str]]:
    """The names a sentence gives as where a landmark lies, or as the whole a superlative ranks it within, when the
    sentence names the landmark too (`landmark(name)`: a landmark's name, or the page's): "Lake Titicaca … lying at
    3,810m above sea level in the Andes Mountains", "Situated in Peru and Bolivia, at an altitude of 3,812 m, Lake
    Titicaca is …", "Kilimanjaro … is the highest peak in Africa at 5,892 metres", 乞力马扎罗山是非洲最高的山脉,高5963米.
    A landmark's length, area or height is the landmark's, not its place's (the caller asks for those figures only).
    Names joined to such a name by "and" ("in Peru and Bolivia") are where too. Also the names of those places among
    `everyone` the sentence names (a scope too), named or not: no scope of a landmark's length ("the highest
    mountain in Africa", "occupies a shallow depression in Africa and has a maximum depth of 84 m"). A pronoun
    stands for the landmark on a page about one (`pronoun_ok`): "It is located western Pacific Ocean and reaches a
    maximum depth at 36,070 feet".

    Not: a place that opens a noun phrase after it (位于湖北省的清江水布垭大坝高233米: the dam it has is whose the
    figure is), nor one a section of the thing is in (在湖北境内流程858公里); none on a sentence naming no landmark
    but its compared ones ("Brazil lost 2.6 million hectares of forest … compared to four million hectares per year
    in South America", "1,642 m, deeper than Lake Tanganyika")."""
    before, ranked, within = _where_patterns(
        tuple(cues.get("subject.where_words", ())) + tuple(cues.get("subject.located", ())),
        tuple(cues.get("subject.superlatives", ())), tuple(cues.get("subject.landmark_kinds_last", ())))
    sentence = [m for m in usable if m.role in ("entity", "pronoun") and v.ss <= m.start and m.end <= v.se]
    named = [m for m in everyone or sentence if m.role in ("entity", "locator") and v.ss <= m.start and m.end <= v.se]

    def ranked_within(m: Mention) -> bool:
        return m.kind in ("country", "region") and bool(
            ranked.search(v.low, max(v.ss, m.start - 60), m.start) or within.match(v.low, m.end))

    def lies_in(m: Mention) -> bool:
        if m.end <= v.s and _CLAUSE_OF_ITS_OWN.match(v.low, m.end) or \
                (m.start >= v.e and _IN_NAME.fullmatch(v.text, v.e, m.start)) or \
                (landmark(m.name) and not v.text[m.start:m.end].isascii()):
            return False  # "near La Paz, which sits at 3,640 m"; "3,600 km2 in Bolivia"; 在长江大桥 (a longer name)
        if _SECTION_AFTER.match(v.low, m.end) or any(
                o.end <= m.start and landmark(o.name) and _IN_RIGHT_AFTER.fullmatch(v.low, o.end, m.start)
                for o in named):
            return False  # "The Yangtze River in Hubei is 1,062 km long": its section there, the place its scope
        if ranked_within(m):
            return True
        return not v.low.startswith("的", m.end) and bool(before.search(v.low, max(v.ss, m.start - 40), m.start))

    places = [m for m in named if m.role == "locator" or lies_in(m)]  # (a locator: names._located's)
    for m in named:  # ("in Peru and Bolivia", 位于以色列、巴勒斯坦以及约旦的交界地方)
        if m not in places and any(_JOINED.fullmatch(v.low, p.end, m.start) for p in places):
            places.append(m)
    where = [m for m in sentence if m in places]
    rest = [m for m in sentence if m not in where and (
        (m.role == "entity" and landmark(m.name)) or (m.role == "pronoun" and pronoun_ok)) and
        not compared_with(v.text, m.start, v.ss)]
    first = min((m.start for m in rest if m.role == "entity"), default=v.s)
    # (no scope: a place that ranks it, or one named between the landmark and its figure, "The Lake occupies a
    # shallow depression in Africa and has a maximum depth of 84 m"; not "In Hubei, the Yangtze River flows for
    # 1,062 km", nor "345 km2 in Switzerland")
    return (where if rest else []), {m.name for m in places if ranked_within(m) or first < m.start < v.s}
