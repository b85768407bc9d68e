"""Source: who says so. Attribution is recorded on the claim, never taken for its subject.

Forms it reads (→ source):

- a cue before a name: "according to Gartner", "data from Omdia", "per Canalys", "(Source: Statista)",
  据IEA, 根据集邦咨询, 来源：Counterpoint → the name;
- a cue after a name: "IDC said", "Canalys data show", "Omdia estimates", 集邦咨询数据显示, 克拉克森研究报告指出,
  某某研究数据显示 → the name;
- a research firm of the alias table (kind = "research") named in the sentence, with no cue;
- a sentence without one inherits the source of the sentence before it in its paragraph.
"""
from __future__ import annotations

import re

from . import landmarks
from .names import Mention, legal_end, publishes
from .vocab import Vocab

_PRODUCT_GAP = re.compile(r"[\s)）]*(?:[A-Z][\w\-]*\s+){0,3}")  # ") Worldwide Quarterly "
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_STOP = re.compile(r"[，,。;；:：]")
_BREAK = re.compile(r"[，,。;；]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z&·\-]{2,12}$")
# what the source is, written between the cue and its name: "according to consultancy Artisan Gateway", "data from
# the market research firm Omdia", "according to leading U.K.-based analytics firm Gower Street"
_DESCRIPTOR = re.compile(r"\s*(?:(?:[a-z][a-z\-]*|\S+-based)\s+){0,4}(?:firm|consultancy|consultant|agency|institute|"
                         r"provider|tracker|analyst|analysts|group|company|researcher|organi[sz]ation|association|"
                         r"body|bureau|ministry|regulator|platform|house|bank|broker|adviser|advisor|think tank|"
                         r"office|administration|council|commission|authority)\s+")


# what the cue says was released, and when, before its publisher: "according to data released last Friday by
# Cochilco", "according to figures published on Monday by the ministry", "according to research published in
# Lancet Public Health", "according to a study in the journal Nature"
_OWNERS_GAP = re.compile(r"['’]s\s+|\s*的?")
# between an owner and its report's name: a year and the words of its title ("HUD's 2023 Annual Homeless Assessment
# Report (AHAR)", HUD的2023年年度无家可归评估报告(AHAR)), up to the report's name or its short form in brackets
_OWNERS_REPORT_GAP = re.compile(r"(?:['’]s|\s*的)?\s*(?:(?:19|20)\d{2}\s*年?\s*)?(?:(?:[A-Z][\w\-]*\s+){0,5}|(?:(?!据)[\u4e00-\u9fff]){0,16})"
                                r"(?:[Rr]eport|报告|報告|[Ss]urvey|调查|調查|[Aa]ssessment|评估|評估)?\s*[(（]?\s*")


def owners_of(text: str, srcs: list, mentions: list) -> frozenset:
    """The bodies that own a source the sentence cites ("the CDC's Morbidity and Mortality Weekly Report", "the
    UN's Food and Agriculture Organization"): publishers, no subject of the figures. A place owning one ("China's
    National Bureau of Statistics") stays a subject: a national body's figures are its country's."""
    if not srcs:
        return frozenset()
    return frozenset(m for m in mentions if m.kind not in ("country", "region") and m not in srcs and any(
        _owns(text, m, p, True) for p in srcs))


def _owns(text: str, m, p, report: bool = False) -> bool:
    """Mention m names the body research source p belongs to, right before it ("the UN's FAO", 联合国的粮农组织);
    `report`: or whose report p is (_owns_report)."""
    return p.role == "research" and p.start > m.end and bool(_OWNERS_GAP.fullmatch(text, m.end, p.start) or (
        report and _owns_report(text, m, p)))


def _owns_report(text: str, m, p) -> bool:
    """Mention m names the body whose report p is, a year and words of its title between ("HUD's 2023 Annual
    Homeless Assessment Report (AHAR)", "CLIA's 2024 State of the Cruise Industry report"): who publishes it, and
    who says so rather than the report's title."""
    # (not a company's own report: "Microsoft's 2024 Sustainability Report found its emissions rose 29%")
    return p.role == "research" and p.start > m.end and m.kind != "company" and bool(
        p.start - m.end <= 48 and (text[m.end:p.start].lstrip().startswith(("'s", "’s", "的")) or
                                   text.endswith(("'s", "’s"), m.start, m.end))
        and _OWNERS_REPORT_GAP.fullmatch(text, m.end, p.start)
        # (a report: its word in the gap or right after the name, not "IFR's President Marina Bill")
        and bool(_REPORT_WORD.search(text, m.end, min(len(text), p.end + 10))))


_REPORT_WORD = re.compile(r"\b(?:[Rr]eports?|[Ss]urveys?|[Aa]ssessments?|[Ss]tud(?:y|ies)|[Oo]utlook|[Rr]eview)\b|"
                          r"报告|報告|调查|調查|评估|評估|研究|白皮书|白皮書|蓝皮书|藍皮書")


_RELEASED_BY = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:(?:latest|new|preliminary|official|provisional|final|recent)\s+)?"
                          r"(?:(?:data|figures|statistics|estimates|numbers|reports?)\s+(?:[\w\-]+\s+){0,5}?(?:by|from|of)"
                          # (research "of" is whom it studied: "a survey of Brazilian farmers")
                          r"|(?:research|stud(?:y|ies)|analys[ie]s|papers?|surveys?|findings)\s+(?:[\w\-]+\s+){0,5}?"
                          r"(?:by|from|(?:published|appearing|appeared)\s+in))\s+"
                          r"(?:the\s+)?(?:(?:journal|magazine)\s+)?")


def sources(text: str, low: str, sentence: tuple[int, int], mentions: list[Mention], vocab: Vocab,
            strong_only: bool = False) -> list[Mention]:
    """The mentions of a sentence that are sources: research firms, names after an attribution cue
    ("according to X", 据X) and, unless `strong_only`, names before one ("X said": a company stating its own
    figures is both their source and their subject)."""
    ss, se = sentence
    inside = [m for m in mentions if ss <= m.start and m.end <= se and m.role in ("entity", "research", "instrument")]
    if not inside:  # (every source is one of them: a sentence naming no one has none)
        return []
    out = [m for m in inside if m.role == "research"]
    introduced = []  # (the first name each cue introduces: a co-source may be joined to it, below)
    for e in _cue_ends(text, low, ss, se, vocab):
        nxt = _after_cue(text, e, inside)
        introduced += nxt[:1]
        if len(nxt) > 1 and nxt[0].kind in ("country", "region") and \
                _OWNERS_GAP.fullmatch(text, nxt[0].end, nxt[1].start):
            nxt = nxt[1:]  # "according to Vietnam's Agriculture Ministry": the ministry says so, of its country
        if nxt and nxt[0].kind in ("country", "region", "city") and _PUBLISHED_IN.search(low, max(ss, e - 16), e):
            continue  # "figures published in Germany", "shortages appeared in Britain": where, not who says so
        if nxt and nxt[0] not in out:
            out.append(nxt[0])
    # "WWF chief scientist Jane Doe: “…”", 世界自然基金会科学家李明:“…”: whoever is named before the colon that
    # opens a quotation says what it quotes (not a firm: its own figures are also its own; nor a place, which names
    # the speaker's country: 美國眾議員方文忠:「…」; nor whom a question is put to: "Question to Jensen Huang:")
    out += [m for m in inside if m not in out and m.kind not in ("company", "country", "region", "city") and
            _SPEAKS_COLON.match(text, m.end) and not _ADDRESSED.search(text, max(ss, m.start - 12), m.start)]
    for s, e, w in ([] if strong_only else vocab.cue("source.after").find(low, ss, se)):
        prev = [m for m in inside if m.end <= s and s - m.end <= 8]
        # (a lake or a mountain says nothing: 日内瓦湖法语称莱芒湖 is what French calls it)
        if prev and prev[-1] not in out and prev[-1].name not in landmarks.english_names():
            gap = text[prev[-1].end:s]
            if not _BREAK.search(gap) and not _PASSIVE_GAP.fullmatch(gap):
                out.append(prev[-1])
    if not strong_only:
        # "the WWF published a temporary assessment that claimed 3 billion animals …": who publishes a study or
        # a report says so, as one who says it (not "released its results": a firm's own accounts)
        out += [m for m in inside if m not in out and _PUBLISHES.match(text, m.end) and
                m.kind not in ("country", "region", "city") and not _GOVERNED.search(text, max(ss, m.start - 12), m.start)]
    out.sort(key=lambda m: m.start)
    # "the UN's Food and Agriculture Organization", 联合国的粮农组织: the body that says so, not the one it belongs to
    out = [o for o, nxt in zip(out, out[1:] + [None]) if nxt is None or not _owns(text, o, nxt)]
    # "HUD's 2023 Annual Homeless Assessment Report (AHAR) found": the body whose report it is says so, first
    out += [m for m in inside if m not in out and m.kind not in ("country", "region", "city") and
            any(_owns_report(text, m, p) and not _OWNERS_GAP.fullmatch(text, m.end, p.start) for p in out)]
    out.sort(key=lambda m: m.start)
    # "A recent University of Maryland and Auburn University survey found": a body joined by "and" to one that
    # says so says it with it, where the two open an attribution (the first a cue introduces: "according to a
    # global census issued by the World Wildlife Fund and the Global Tiger Forum") or name whose study it is (a
    # word of research right after them); not a place or a firm ("Samsung and SK hynix said", 泽恩公司和博兰集团
    # 表示: each of its own figures), nor a list ("如YouTube、Twitch")
    for m in inside:
        if m in out or _firm_or_place(text, m):
            continue
        for o in out:
            first, last = (m, o) if m.start < o.start else (o, m)
            if not _firm_or_place(text, o) and _joined(text, first.end, last.start) and (
                    _STUDY_AFTER.match(text, last.end) or first in introduced):
                out.append(m)
                break
    out.sort(key=lambda m: m.start)
    # "IDC Worldwide Quarterly Mobile Phone Tracker", "Canalys Smartphone Analysis": a name nobody knows written
    # right after a source is its product, part of the attribution (not who the figure is about)
    for m in inside:
        if m.kind == "named" and m not in out and any(0 <= m.start - o.end <= 40 and _PRODUCT_GAP.fullmatch(
                text, o.end, m.start) for o in out):
            out.append(m)
    # "Maoyan Research Institute, a subsidiary of Maoyan Entertainment, recorded …": a name in an apposition
    # describing a source is part of the attribution
    for o in list(out):
        app = _APPOSITION.match(text, o.end)
        if app:
            out += [m for m in inside if app.start() < m.start and m.end < app.end() and m not in out]
    # 政府间发展管理局(IGAD)表示, "the Intergovernmental Authority on Development (IGAD) said": the name and its
    # short form in brackets are one source (the cue next to either makes both so; a firm's ticker, 空中客车(EADSY)
    # 官网, stays: a company quoted on its own figures is their subject)
    for o in [o for o in out if o.kind != "company"]:
        out += [m for m in inside if m not in out and m.name == o.name and
                (_RESTATED_GAP.fullmatch(text, o.end, m.start) or _RESTATED_GAP.fullmatch(text, m.end, o.start))]
    return sorted(out, key=lambda m: m.start)


_RESTATED_GAP = re.compile(r"\s*[(（]\s*")
_JOINED = re.compile(r"\s*(?:,?\s*and|&|和|与|與|及|、)\s*(?:the\s+)?")
# (the first's short form in brackets between them: "the National Oceanic and Atmospheric Administration (NOAA) and
# NASA", 国际能源署(IEA)和经合组织)
_SHORT_FORM = re.compile(r"\s*[(（]\s*[A-Z][A-Z&.\-]{1,11}\s*[)）]")  # (an acronym: not "(Tuesday)")


def _joined(text: str, end: int, start: int) -> bool:
    """Two names joined by "and" (和, 与, 、), the first's short form in brackets between them or not."""
    short = _SHORT_FORM.match(text, end, start)
    return bool(_JOINED.fullmatch(text, short.end() if short else end, start))


_NOT_COSOURCES = ("company", "country", "region", "city")
_STUDY_AFTER = re.compile(r"['’]?s?\s*(?:joint\s+)?(?:survey|study|report|research|analysis|研究|调查|调研|报告)", re.I)


def _firm_or_place(text: str, m) -> bool:
    """A mention that is a company or a place, or a Chinese name found by a firm's ending (泽恩公司, 博兰集团: the
    name may stop before the ending or take it in)."""
    return m.kind in _NOT_COSOURCES or text.startswith(("公司", "集团"), m.end) or \
        text[max(0, m.end - 2):m.end] in ("公司", "集团", "控股")


# (not a firm's own accounts: "published an annual report showing revenue of …", "a sustainability report")
_PUBLISHES = re.compile(r",?\s+(?:(?:has|have|had|recently|just|also)\s+)?(?:published|released|issued|unveiled|put out)\s+"
                        r"(?:a|an|the)\s+(?!(?:[\w\-]+\s+){0,3}?(?:annual|interim|quarterly|financial|earnings|results|"
                        r"sustainability|esg|integrated)\b)(?:[\w\-]+\s+){0,4}?(?:report|assessment|study|survey|analysis|"
                        r"paper|review|tally|census|audit)s?\b")
# a name governed by a preposition is no one who publishes ("Researchers in Japan published a study")
_GOVERNED = re.compile(r"\b(?:in|from|at|of|by|for|with)\s+(?:the\s+)?$")
_PUBLISHED_IN = re.compile(r"\b(?:published|appeared|appearing) in(?: the journal)?$")
# "flows to LMICs are estimated to have reached": a verb in the passive says nothing of who estimates
_PASSIVE_GAP = re.compile(r"\s+(?:is|are|was|were|be|been|being|has been|have been|had been)\s+", re.I)


def _cue_ends(text: str, low: str, ss: int, se: int, vocab: Vocab):
    """Where each attribution cue before a name ("according to", "per", 据) of the sentence [ss, se) ends."""
    for s, e, w in vocab.cue("source.before").find(low, ss, se):
        if w == "per" and not _CAPITAL_NEXT.match(text, e, e + 2):
            continue  # ("per tonne": no attribution)
        if w == "据" and s > 0 and _HAN.match(text, s - 1) and text[s - 1] not in "根另又而并":
            continue  # 数据, 证据: not an attribution
        yield e


def _after_cue(text: str, e: int, inside: list[Mention]) -> list[Mention]:
    """The mentions a source cue ending at e introduces: close after it, or after what is released and a
    description of the publisher ("according to data released last Friday by", "data from the market research
    firm"), in its clause."""
    return [m for m in inside if m.start >= e and not _STOP.search(text, e, m.start)
            and not text.startswith("-based", m.end)  # "U.K.-based analytics firm X": where X is, not X
            and (m.start - e <= 12 or m.start - e <= 48 and (_DESCRIPTOR.fullmatch(text, e, m.start)
                                                               or _RELEASED_BY.fullmatch(text, e, m.start)))]


def attributed(text: str, low: str, sentence: tuple[int, int], mentions: list[Mention],
               vocab: Vocab) -> list[Mention]:
    """Descriptions of a research body a source cue introduces ("according to the latest report of the market
    research company", 据该研究机构): who says so, never whom the figures are about (nor the firm a pronoun would
    stand for)."""
    ss, se = sentence
    inside = [m for m in mentions if ss <= m.start and m.end <= se and m.role == "pronoun"]
    if not inside:
        return []
    out = []
    for e in _cue_ends(text, low, ss, se, vocab):
        nxt = [m for m in inside if e <= m.start <= e + 60 and not _STOP.search(text, e, m.start)][:1]
        if nxt and _RESEARCH.search(low, e, nxt[0].end):
            out += nxt  # ("according to the company": the company's own figure, which it says and is about)
    return out


# what a research body is called when it is not named: "the market research company", "the consultancy", 该研究机构
_RESEARCH = re.compile(r"research|analy[st]|consult|tracker|statistic|研究|调研|調研|咨询|諮詢|统计|統計")


_SPEECH = r"(?:says|said|adds|added|explains|explained|notes|noted|reports|reported|writes|wrote|told\s+\w+)"
# (a title and a name of a few characters or words between: 眾議員方文忠, "chief scientist Jane Doe")
_SPEAKS_COLON = re.compile(r"(?:\s?[^\s，。,.;；:：「」“”\"!?！？()（）]{1,12}){0,4}\s?[:：]\s*[「“\"『]")
# (not whom a question is put to or something is told: "Question to Jensen Huang:", 告诉英国广播公司:)
_ADDRESSED = re.compile(r"(?:\b(?:to|for|asked|asks|ask|told|tells)\s+(?:the\s+)?|告诉|告訴|问|問|向|对|對)$", re.I)
_AFTER_QUOTE = re.compile(r"[”\"’],?\s*$")
_SPEAKS = re.compile(rf"\s+{_SPEECH}\b")
_SPEAKS_THAT = re.compile(rf"\s+{_SPEECH}\s+that\b")


def speaker(text: str, m: Mention) -> bool:
    """A name that speaks: right after a quotation with a verb of saying ("…,” Bill adds"), or before "says that"
    ("The Houston Chronicle reports that the U.S. produced …"): who says so, not whom it is about."""
    return bool(_SPEAKS_THAT.match(text, m.end) or (
        _SPEAKS.match(text, m.end) and _AFTER_QUOTE.search(text, max(0, m.start - 4), m.start)))


_APPOSITION = re.compile(r",\s+(?:a|an|the)\s[^,;.\d]{0,80},(?=\s+(?:recorded|reported|said|says|estimated|"
                         r"estimates|found|showed|shows|noted|announced|stated|data|figures)\b)")
_OWN_WORDS = re.compile(r"\s+\w+\s+(?:that\s+)?(?:it|its|we|our)\b(?!\s+to\b)")  # (not "predicting it to cause")


def self_report(text: str, m: Mention, vocab: Vocab) -> bool:
    """A company or country stating its own figure ("Airbus said it delivered", "Lenovo reported revenue"):
    named in the alias table as one, or followed by "it"/"its"/"we" after its verb."""
    if m.kind in ("company", "country", "region", "organisation"):
        return True
    return bool(_OWN_WORDS.match(text[m.end:m.end + 30]) or _OWN_ACCOUNTS.match(text, m.end, m.end + 60) or
                not text.isascii() and (_OWN_ACCOUNTS_ZH.match(text, m.end, m.end + 60) or
                                        _OWN_REPORT_ZH.match(text, m.end, m.end + 30)))


# a firm's own report after its name (根据凯睿2023年年度财报披露, 据凯睿年报): what it says of itself
_OWN_REPORT_ZH = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:年度|半年度|中期|第[一二三四]季度)?\s*(?:财报|財報|年报|年報|"
                            r"财务报告|財務報告|业绩公告|業績公告)")


def publishes_results(text: str, m: Mention) -> bool:
    """The name publishes its own results where it stands: "NIO Inc. Reports Unaudited Fourth Quarter and Full Year
    2023 Financial Results", "Eli Lilly reported revenue of …", 蔚来公司公布未经审计的第四季度和2023年全年财务业绩 (not
    a firm that is only said to be one, nor one that only speaks: "Airbus said it delivered")."""
    e = legal_end(text, m.end)  # ("NIO Inc. Reports …": past its legal ending)
    return bool(_OWN_ACCOUNTS.match(text, e, e + 60) or _OWN_RESULTS.match(text, e, e + 90) or
                not text.isascii() and (_OWN_ACCOUNTS_ZH.match(text, e, e + 60) or publishes(text, e)))


# a firm's own accounts after its verb: "Eli Lilly reported revenue of $45 billion", "X posted a net loss of …",
# "Cathay Pacific reported slight profit growth"
# (an analyst "reported shipments of" the market's is no firm's account)
# (not "sales": a tracker or a trade body reports a market's sales, "CAAM reported total sales of 31.4 million")
_OWN_ACCOUNTS = re.compile(r"\s+(?:reported|reports|posted|posts|booked|books|recorded|records|announced|announces)\s+"
                           r"(?:[a-z\d][\w%.\-]*\s+){0,5}"  # ("a record net", "slight", "a 1% rise in annual")
                           r"(?:revenues?|profits?|income|earnings|loss|losses|ebitda|turnover)\b", re.I)


# a firm's results after its verb: "NIO Inc. Reports Unaudited Fourth Quarter and Full Year 2023 Financial Results",
# "Hon Hai Announces FY2023 & 4Q23 Financial Results"
_OWN_RESULTS = re.compile(r"\s+(?:reports|reported|announces|announced|posts|posted|releases|released)\s+"
                          r"(?:[\w&'’.-]+\s+){0,8}results\b", re.I)


# and in Chinese, a firm publishing its own report: 五粮液(000858)发布2023年年报, 泡泡玛特3月26日公布了全年业绩,
# 台积电昨日公布第三季财报 (its code in brackets and a date may stand between)
_OWN_ACCOUNTS_ZH = re.compile(r"\s*(?:[（(][^()（）]{1,30}[)）])?(?:[^，。,;；：:“”\s]{0,10}?"
                              r"(?:发布|公布|披露|交出|發布|發佈|公佈)了?[^，。,;；：:“”]{0,24}?"
                              r"(?:年报|财报|业绩|年度报告|季报|中报|半年报|年報|財報|業績|季報)"
                              r"|\s*公告\s*[,，:：])")  # (or its filing: 国泰航空(00293)公告,2024年全年,股东应占溢利…)


def _described(name: str, words: tuple[str, ...]) -> str:
    """The name without the words that describe the report at either end: 联合国最新 → 联合国, 最新 → ''."""
    trimmed = True
    while trimmed and name:
        trimmed = False
        for w in words:
            if name.startswith(w) or name.endswith(w):
                name = name[len(w):] if name.startswith(w) else name[:-len(w)]
                trimmed = True
    return name


def unnamed_source(text: str, low: str, sentence: tuple[int, int], vocab: Vocab) -> str | None:
    """A Chinese source no table knows: the Han name right before 数据显示/报告指出/统计 (据某某研究数据显示)."""
    ss, se = sentence
    for s, e, w in vocab.cue("source.after").find(low, ss, se):
        if w in ("数据显示", "报告显示", "报告指出", "统计显示"):
            m = _HAN_NAME.search(text[max(ss, s - 12):s])
            if m:
                name = re.sub(r"^(?:据|根据|而|另据|此外|同时)", "", m.group())
                if name.startswith(vocab.cues["source.refer_han"]):
                    return None  # 该机构最新报告显示: the body named before, not one called 机构
                name = _described(name, vocab.cues["source.describe_han"])
                if len(name) >= 2:
                    return name
    return None
