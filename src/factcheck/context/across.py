"""Figures read against each other, after each has its own frame: what a figure's own words leave unsaid, a
figure beside it says.

- ellipsis: "SK hynix's share of the global DRAM market rose from 36% in Q4 2024 to 36.9% in Q1 2025. During
  the same period, Samsung's share fell from 38.6% to 34.4%." The second sentence's figures take the object
  of the same kind of figure in the sentence before, and figure for figure its periods; "Airbus' delivery of
  766 aircraft was twice Boeing's 348": the figure before it in its sentence;
- a change that names nothing measures the level before it: "Lenovo shipped 15.2 million units, up 10.8%";
  "海外实际销售收入达到185亿美元，同比增长8%";
- a change in a sentence that opens by pointing at "the figure" (这一数字) is the change of the level before it;
- a unit left unsaid is the unit of the figure it continues: "recover 2.6 million bags to 30.1 million",
  "US$5 billion, up from 4.2 billion", "up 550,000 b/d to 12.41 million barrels" (a rate's "per day" too);
- a figure alone in brackets right after another of its kind restates it in another unit or currency, and is
  about what that one is about: 比2023年增加1109万吨(222亿斤), "1.79 billion mu (approximately 119.3 million
  hectares)", "$7.7bn (RMB54.9b)";
- a table's bare money takes the scale the text states for the same figures: "|Korea |$19.94" under a text
  that says Korea's "fell 7% to USD 19.9 billion" is 19.94 billion dollars.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Claim
from .measure import metric, participle_at, stem
from .vocab import Vocab


def _after_its_level(out: list[Claim], sent: list[int], i: int) -> bool:
    """A change right after a level that names what it measures, in one sentence, changes that level
    ("邮政函件业务累计完成9.7亿件，同比增长2.7%"): it takes no frame from the sentence before."""
    k = sent.index(i)
    if k == 0 or out[i].context.measure not in ("growth", "change"):
        return False
    x = out[sent[k - 1]].context
    return x.measure == "level" and bool(x.topics or x.words)


def ellipsis(out: list[Claim], order: list[tuple[int, int, int]], V: Vocab, lent: set[int] = frozenset(),
             lent_period: set[int] = frozenset(), unsaid: set[int] = frozenset()) -> None:
    """A figure whose own words name nothing it measures, in a sentence that repeats the frame of the one
    before: "SK hynix's share of the global DRAM market rose from 36% in Q4 2024 to 36.9% in Q1 2025. During
    the same period, Samsung's share fell from 38.6% to 34.4%." The figures take the object of the same kind
    of figure in the sentence before (same block or the one before it); figure for figure, periods too, when
    both sentences give as many."""
    sentences: list[tuple[int, list[int]]] = []  # (block, claim indices), in document order
    last = None
    for i, bi, ss in order:
        if (bi, ss) != last:
            sentences.append((bi, []))
            last = (bi, ss)
        sentences[-1][1].append(i)
    empty = lambda x: not x.topics and not x.words
    # (a percentage alone in brackets after a name names nothing it measures, whatever topics its sentence lends
    # it: "the United States (37.84%)")
    listed = lambda c: c.context.measure == "percent" and not c.context.words and _bracketed(c)
    filled: set[int] = set()  # levels that took the object of the sentence before
    for n, (bi, sent) in enumerate(sentences):
        if not any(i in lent or empty(out[i].context) or listed(out[i]) for i in sent):
            continue  # (none of its figures is bare: none takes a frame below, and a frame taken is never empty)
        for kind in ("level", "share", "growth", "change", "percent", "relative"):
            if kind in ("growth", "change"):
                # "2019年165.9万吨，同比增长近60%": a change right after a level the sentence before lent its
                # object (above) changes that level
                for k, i in enumerate(sent[1:], start=1):
                    j = sent[k - 1]
                    if out[i].context.measure == kind and j in filled and out[j].context.measure == "level" and \
                            out[j].context.words and not out[i].context.words and \
                            set(out[i].context.topics) <= set(out[j].context.topics):
                        a = out[j].context
                        reframe(out, i, replace(out[i].context, topics=a.topics, words=a.words), V)
            bare = [i for i in sent if out[i].context.measure == kind and (empty(out[i].context) or i in lent)
                    and not _after_its_level(out, sent, i)]
            in_list = [i for i in sent if listed(out[i])] if kind == "percent" else []
            if len(in_list) > 1:
                firsts = [j for j in sent[:sent.index(in_list[0])] if out[j].context.measure in ("share", "growth")
                          and not empty(out[j].context) and j not in lent and out[j].unit == "percent"]
                if firsts and all(out[i].context.subject not in (None, out[firsts[-1]].context.subject)
                                  for i in in_list):
                    # "Kazakhstan contributed to 13.22% of the total hash rate, right after the United States
                    # (37.84%) and China (21.11%)": other names, each with its figure alone in brackets, after a
                    # figure of the sentence that says what it measures: each is of that
                    for i in in_list:
                        take_frame(out, i, firsts[-1], V, with_period=True, over=i in lent_period)
                    continue
            if not bare:
                continue
            # a bare percentage ("三星则从38.6%降至34.4%") repeats whichever kind the sentence before stated
            kinds = ("share", "growth") if kind == "percent" else (kind,)
            same = [j for j in sent[:sent.index(bare[0])] if out[j].context.measure in kinds
                    and not empty(out[j].context) and j not in lent and out[j].unit == out[bare[0]].unit]
            if same and len(bare) == 1:
                # "Airbus' delivery of 766 aircraft was twice Boeing's 348": the figure before it in the sentence
                take_frame(out, bare[0], same[-1], V, with_period=True, over=bare[0] in lent_period)
                continue
            if same and len(bare) > 1 and all(not empty(out[j].context) or j in bare for j in sent
                                              if out[j].context.measure in kinds and out[j].unit == out[same[-1]].unit
                                              and sent.index(j) > sent.index(same[-1])) and \
                    all(out[i].context.period for i in bare):
                # "2010年共有333头犀牛被猎杀,2012年增至668头,2013年则达到创纪录的1004头": a series of dated figures
                # after one that names what it counts, in one sentence: each is of that (its own period kept)
                for i in bare:
                    take_frame(out, i, same[-1], V, with_period=False, over=i in lent_period)
                continue
            ants: list[int] = []
            for m in range(n - 1, max(-1, n - 3), -1):
                pb, prev = sentences[m]
                if pb < bi - 1:
                    break
                ants = [j for j in prev if out[j].context.measure in kinds and not empty(out[j].context)
                        and j not in lent and out[j].unit == out[bare[0]].unit]
                ants = [j for j in ants if out[j].context.measure == out[ants[-1]].context.measure]
                if len(bare) == 1 and len(ants) > 1:
                    # "中国进口牛肉量达103.9万吨，首次超过100万吨。2019年165.9万吨": the figure that says what it
                    # measures in its own phrase, not a bound the sentence adds
                    ants = [j for j in ants if j not in unsaid][-1:] or ants
                if ants:
                    break
            if not ants:
                continue
            pairs = zip(bare, ants) if len(ants) == len(bare) else ((i, ants[-1]) for i in bare)
            for i, j in pairs:
                take_frame(out, i, j, V, with_period=len(ants) == len(bare), over=i in lent_period)
                filled.add(i)


def _bracketed(c: Claim) -> bool:
    """A figure alone in brackets in its sentence, written there once: "the United States (37.84%)", "Hungary (44% )",
    美国（37.84%）(not where the same figure stands elsewhere in the sentence too; a sentence cut short says nothing)."""
    return c.sentence.count(c.text) == 1 and not c.sentence.endswith("…") and \
        re.search(r"[(（]\s*" + re.escape(c.text) + r"\s*[)）]", c.sentence) is not None


def take_frame(out: list[Claim], i: int, j: int, V: Vocab, with_period: bool, over: bool = False) -> None:
    """Claim i repeats the frame of claim j: its object, kind of number and base, and what it leaves unsaid of
    scope and (with_period) period; `over`: its period was only lent by the document or a paragraph before."""
    x, a = out[i].context, out[j].context
    per = (x.period if not over else None) or (a.period if with_period else None) or x.period
    reframe(out, i, replace(x, topics=a.topics, words=a.words, period=per, scope=x.scope or a.scope,
                             measure=a.measure, base=x.base or a.base), V, period=per)


def headline_restated(out: list[Claim], order: list[tuple[int, int, int]], headings: set[int], V: Vocab) -> None:
    """A headline's figure with no period that the text below restates, value for value, with one: "全球 8.28 億人
    面臨饑餓" over "2021年,全球受饑餓影響人數增加到8億2800萬人" is 2021's. Only a figure written with three or more
    significant digits (a coincidence of 10% or 2 million is no restatement), of the same unit and kind of number,
    of the headline's subject when it names one ("India's population hits 1.43 billion" is not restated by
    "China's population was 1.43 billion in 2022"), and only where every restatement below has the same period."""
    for i, bi, _ in order:
        c = out[i]
        if bi not in headings or c.context is None or c.context.period is not None or c.value is None or \
                _digits(c) < 3:
            continue
        periods = {out[j].context.period for j, bj, _ in order
                   if j != i and bj not in headings and out[j].context is not None and out[j].value == c.value
                   and out[j].low == c.low and out[j].high == c.high and out[j].unit == c.unit
                   and out[j].context.measure == c.context.measure
                   and c.context.subject in (None, out[j].context.subject)}
        periods.discard(None)
        if len(periods) == 1:
            per = periods.pop()
            reframe(out, i, replace(c.context, period=per), V, period=per)


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _digits(c: Claim) -> int:
    """The significant digits of a figure's number as written in digits (8.28億: three; 2 million and 2,000: one;
    a number in Chinese numerals: none)."""
    m = _WRITTEN_NUMBER.search(c.text)
    if not m:
        return 0
    whole, _, frac = m.group().replace(",", "").partition(".")
    return len((whole + frac).lstrip("0")) if frac else len(whole.lstrip("0").rstrip("0"))


def reframe(out: list[Claim], i: int, ctx, V: Vocab, **fields) -> None:
    """Claim i takes the frame ctx, its metric (the frame in words) written again."""
    ctx = replace(ctx, metric=metric(ctx, V))
    out[i] = replace(out[i], metric=ctx.metric, context=ctx, **fields)


# what may stand between a figure with its unit and a bare one that leaves the unit unsaid
_ELIDING = re.compile(r"(?:\s+(?:in|for)\s+(?:19|20)\d{2}(?:/\d{2})?)?\s*[,，、]?\s*(?:(?:up |down )?(?:to|from)|reaching|and|or|versus|vs\.?|compared (?:with|to)|against|"
                      r"(?:from|than|versus|compared with)\s+(?:the\s+)?(?:previous|prior|last|year-earlier)?\s*"
                      r"(?:[a-z]+['’]s)?|至|到|达到|达|增至|降至|减至|增加至|下降至|及|和|与|或|"
                      r"(?:较|比|相比|相较)于?(?:上年|去年|上季|前一年|上一年)?(?:同期)?的?)\s*", re.I)


_DIGITS_ONLY = re.compile(r"\d+(?:\.\d+)?")  # a number of digits alone, no scale word or unit
# one name's figure in brackets to the next one's: "Asia … (24.9 Mt), followed by the Americas (13.1), Europe (12)"
_BRACKET_ITEM = (r"\s*[)）]\s*[,，、;；]?\s*(?:(?:followed by|then|and|while|with|ahead of)\s+)?(?:the\s+)?"
                 r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}\s*[(（]\s*")
# (past items whose bare integer was read as no figure: "…, Europe (12), Africa (2.9)")
_NAMED_BRACKETS = re.compile(r"(?:" + _BRACKET_ITEM + r"\d+(?:\.\d+)?)*" + _BRACKET_ITEM)


def elided_units(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]], V: Vocab) -> None:
    """"recover 2.6 million bags to 30.1 million", "US$5 billion, up from 4.2 billion": a bare number right
    after a figure with a unit, joined by to/from/and/至, is in that unit; "增加55万桶/日，至1,241万桶", "up
    550,000 b/d to 12.41 million barrels": so is a rate's "per day" left unsaid; so past a rate comparing the
    two ("1.75 million tons, a 23% decline from the previous season's 2.3 million", 175万吨，较上年的230万); and
    the first end of a span written before its unit ("from 168.2 million to 178 million bags", 从3万增至5万吨); and
    a list of names, each with a figure in brackets, the first with a unit ("Asia (24.9 Mt), followed by the
    Americas (13.1), Africa (2.9)"), each of the first one's kind and object ("remittances grew for South Asia
    (7.2%), East Asia and the Pacific (3%)")."""
    for k in range(1, len(idxs)):
        c, p = out[idxs[k]], out[idxs[k - 1]]
        if c.written_value is None:
            continue
        if p.kind == "percent" and k >= 2 and _bare(c) and _RATE_FROM.fullmatch(text, spans[k - 1][1], spans[k][0]) \
                and _BESIDE_RATE.fullmatch(text, spans[k - 2][1], spans[k - 1][0]):
            # "plummet to 1.75 million tons, a 23% decline from the previous season's 2.3 million": the rate
            # between compares the two levels
            p = out[idxs[k - 2]]
        elif _NAMED_BRACKETS.fullmatch(text, spans[k - 1][1], spans[k][0]) and \
                _BRACKET_OPEN.fullmatch(text, max(0, spans[k - 1][0] - 2), spans[k - 1][0]):
            if _bare(c) and _has_unit(p) and p.written_value and _DIGITS_ONLY.fullmatch(text, *spans[k]):
                out[idxs[k]] = _in_unit_of(c, p, as_written=True)  # (its scale too: "(13.1)" after "(24.9 Mt)")
                x, y = out[idxs[k]].context, p.context
                if x is not None and y is not None and not (x.topics or x.words):  # and what the list measures
                    reframe(out, idxs[k], replace(x, topics=y.topics, words=y.words), V)
            elif c.unit == p.unit and (x := c.context) is not None and (y := p.context) is not None and \
                    x.measure in ("percent", y.measure) and (not (x.topics or x.words) and (y.topics or y.words) or
                                                             x.measure == "percent" and x.topics == y.topics):
                # "remittance inflows grew for South Asia (7.2%), East Asia and the Pacific (3%), and Sub-Saharan
                # Africa (1.9%)": each name's figure is of the kind and the object of the first ("exports grew for
                # … (7.2%), … (3%)": of its kind, where each names that object already)
                own = bool(x.topics or x.words)
                reframe(out, idxs[k], replace(x, topics=x.topics if own else y.topics, words=x.words if own else y.words,
                                               measure=y.measure, base=x.base or y.base), V)
            continue
        elif not _ELIDING.fullmatch(text, spans[k - 1][1], spans[k][0]):
            continue
        if not p.written_value:
            continue
        bare = _bare(c) and _has_unit(p) and not _counts_a_noun(text, spans[k][1])
        per_time = c.kind == "physical" and p.written_unit.startswith(c.written_unit + " / ")
        if bare or per_time:
            out[idxs[k]] = _in_unit_of(c, p)
    for k in range(len(idxs) - 1):
        c, n = out[idxs[k]], out[idxs[k + 1]]
        # "rose from 168.2 million to 178 million bags", 从3万到5万吨: the first end of a span takes the unit
        # written once, after the second
        if c.written_value is not None and n.written_value and _bare(c) and _has_unit(n) and \
                _SPAN_TO.fullmatch(text, spans[k][1], spans[k + 1][0]) and \
                _SPAN_FROM.search(text, max(0, spans[k][0] - 12), spans[k][0]):
            out[idxs[k]] = _in_unit_of(c, n)


# a bracket holding one figure, perhaps "about" it: "(222亿斤)", "(approximately 119.3 million hectares)", （约合…）
# (past a length's dimension adjective: "108m tall (354 ft)", "1708m wide (5604 ft)")
_BRACKET_OPEN = re.compile(r"(?:\s+(?:tall|high|long|deep|wide))?\s*[(（]\s*(?:(?:约合|約合|折合|约|約|合|即|或|approximately|approx\.?|about|around|roughly|or|"
                           r"some|c\.|ca\.|~)\s*)?", re.I)
_BRACKET_CLOSE = re.compile(r"\s*[)）]")


def restated_in_brackets(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]], V: Vocab) -> None:
    """比2023年增加1109万吨(222亿斤), "1.79 billion mu (approximately 119.3 million hectares)": a figure alone in
    brackets right after another of the same kind (the same quantity in another unit: equal within 3% once
    converted; or money in another currency) restates it, and takes its whole frame, what its own few words
    cannot say; so does a percentage in brackets after a hedged one it falls within ("less than one quarter
    (22.3%)"). "(2023: 1.2%)", "(up 10%)" or "(from 3%)" hold more than a figure: asides, never restatements."""
    for k in range(1, len(idxs)):
        c, p = out[idxs[k]], out[idxs[k - 1]]
        hedged = c.unit == p.unit == "percent" and _within_hedge(c, p)
        if p.context is None or c.context is None or not hedged and (
                c.kind != p.kind or c.kind not in ("physical", "money")):
            continue
        if not _BRACKET_OPEN.fullmatch(text, spans[k - 1][1], spans[k][0]) or \
                not _BRACKET_CLOSE.match(text, spans[k][1]):
            continue  # (the figure's own span may hold its "about": 約合10.9億斤)
        # ("less than one quarter (22.3%)", "about a third (32%)": the exact figure of a hedged one, already judged)
        if not hedged and c.kind == "physical" and not _same_amount(c, p):
            continue
        if not hedged and c.kind == "money" and c.unit == p.unit and c.value and p.value and \
                abs(c.value - p.value) > 0.03 * abs(p.value):
            continue  # (the same currency twice: the same sum, or not a restatement)
        reframe(out, idxs[k], p.context, V, period=p.period)


# a count and its percentage in one pair of brackets: "(2.3 million cases, 11.6%)", (248.0万,12.4%), （96.8万，占4.9%）
# (the count's noun: up to three words, each its run of characters, so that a long run is read once)
_COUNT_THEN_PERCENT = re.compile(r"(?:\s*[^\s\d,，、;；()（）%]+(?:\s+[^\s\d,，、;；()（）%]+){0,2})?\s*[,，、]\s*(?:占|or\s+)?")
_OPENS_BRACKET = re.compile(r"[(（]\s*$")


def shares_beside_counts(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]],
                         V: Vocab) -> None:
    """"Breast cancer ranked second (2.3 million cases, 11.6%)", 肺癌(248.0万,12.4%): a percentage beside a count,
    the two alone in one pair of brackets, is that count's share of the whole it belongs to: it takes the count's
    object, its own words being none (a percentage that says what it measures keeps its frame; a signed one,
    "(50260件申請,-0.6%)", is a change, and so is one beside a change, 减少(23万,11%))."""
    for k in range(1, len(idxs)):
        c, p = out[idxs[k]], out[idxs[k - 1]]
        if c.unit != "percent" or p.unit != "count" or p.context is None or c.context is None or \
                p.context.measure != "level" or c.text.lstrip().startswith(("+", "-", "−")) or \
                c.context.topics or c.context.words or c.context.measure not in ("share", "percent"):
            continue
        if not _OPENS_BRACKET.search(text, max(0, spans[k - 1][0] - 3), spans[k - 1][0]) or \
                not _COUNT_THEN_PERCENT.fullmatch(text, spans[k - 1][1], spans[k][0]) or \
                not _BRACKET_CLOSE.match(text, spans[k][1]):
            continue
        x = p.context
        reframe(out, idxs[k], replace(c.context, topics=x.topics, words=x.words, measure="share",
                                       subject=c.context.subject or x.subject), V)


def _within_hedge(c: Claim, p: Claim) -> bool:
    """A percentage c inside what a hedged one p says: below "less than one quarter", above "more than half",
    within a tenth of "about a third"."""
    if c.value is None or p.value is None or c.qualifier is not None:
        return False
    if p.qualifier in ("under", "at_most"):
        return 0.5 * p.value <= c.value <= p.value
    if p.qualifier in ("over", "at_least"):
        return p.value <= c.value <= 1.5 * p.value
    return p.qualifier == "approx" and abs(c.value - p.value) <= 0.1 * abs(p.value)


def _same_amount(c: Claim, p: Claim) -> bool:
    """Two physical figures state one amount, within 3% (rounded in another unit: 65.7公斤/公顷（4.4公斤/亩）), 6% when
    the second says "about"."""
    if not c.value or not p.value:
        return False
    value = c.value
    if c.unit != p.unit:
        from pint.errors import PintError

        from ..extract.units import registry

        try:
            ureg = registry()
            value = float(ureg.Quantity(c.value, ureg.Unit(c.unit)).to(ureg.Unit(p.unit)).magnitude)
        except PintError:  # (units of two dimensions, or a name pint does not know)
            return False
    # (written "about" it, a restatement rounds more: "1.3 million tonnes (about 3 billion pounds)")
    return abs(value - p.value) <= (0.06 if c.qualifier == "approx" else 0.03) * abs(p.value)


def _bare(c: Claim) -> bool:
    return c.kind == "count" and not c.noun


# The word right after a bare English figure, when it is a plural noun the figure counts: "16,000 tonnes and
# fewer than 17 players", "5 kg and at least 3 people": the figure counts players, never 17 tonnes. Only a plural
# (or a noun counted as one: people, aircraft) blocks the unit; a figure whose unit is left unsaid is followed by
# its period, a preposition, a participle or the end of the clause ("to 30.1 million in 2023", "from 4.2 billion
# a year earlier", "the previous season's 2.3 million recorded output", "to 40.5 million due to ...").
_PLURAL_NOUNS = frozenset("""people persons children men women staff police cattle sheep aircraft personnel
    livestock poultry fish deer""".split())
_NOT_PLURAL = frozenset("""is was has does as its this thus plus less unless various previous was us yes bus
    gas news series species means thanks perhaps towards afterwards besides always sometimes nevertheless whereas
    regardless nowadays overseas elsewhere backwards forwards upwards downwards outwards""".split())
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z'-]*)(?![\w.]*\d)")


def _counts_a_noun(text: str, end: int) -> bool:
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    w = m.group(1)
    if w in _PLURAL_NOUNS:
        return True
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s"))
            and w not in _NOT_PLURAL)


def _has_unit(p: Claim) -> bool:
    return p.kind in ("physical", "money") and "degree" not in p.unit and "kelvin" not in p.unit


# (its object and year may come first: "produced 419,539 tons of copper in 2023, up 51% from 276,992 in 2022")
_BESIDE_RATE = re.compile(r"(?:\s+of\s+[a-z][a-z\- ]{0,30}?)?(?:\s+(?:in|for)\s+(?:19|20)\d{2})?"
                          r"\s*[,，]?\s*(?:a|an|or|with|down|up|falling|rising|dropping|climbing)?\s*", re.I)
_RATE_FROM = re.compile(r"\s*(?:[a-z]+\s+)?(?:from|than|compared (?:with|to)|versus|on)\s+(?:the\s+|its\s+)?"
                        r"(?:previous|prior|last|year-earlier|year-ago)?\s*(?:[a-z]+['’]s)?\s*"
                        r"|\s*(?:较|比|从|由)\s*(?:上年|去年|上季|前一年|同期)?(?:同期)?(?:的)?\s*", re.I)
_SPAN_TO = re.compile(r"\s*(?:to|and|至|到|增至|降至)\s*", re.I)
_SPAN_FROM = re.compile(r"(?:\bfrom|\bbetween|从|由)\s*$", re.I)


def _in_unit_of(c: Claim, p: Claim, as_written: bool = False) -> Claim:
    """Claim c's written number in p's unit (p's own factor from written to canonical; `as_written`: from p's
    digits as written, its scale word too: 13.1 after "24.9 Mt" is 13.1 Mt)."""
    base = p.written_value
    if as_written:
        from ..compare import _mantissa

        base = _mantissa(p)
    f = p.value / base if p.value is not None and base else 1.0
    scale = lambda x: x * f if isinstance(x, (int, float)) else x
    low = c.written_low if c.written_low is not None else c.low
    high = c.written_high if c.written_high is not None else c.high
    return replace(c, kind=p.kind, unit=p.unit, written_unit=p.written_unit, value=scale(c.written_value),
                   low=scale(low), high=scale(high))


# what joins a forecast figure to the next: the level a change reaches ("is expected to grow 6.8% to $1.1
# trillion"), or a further change listed after a level ("to $989.8bn in 2024, and another 6.8% in 2025")
_GOES_ON = re.compile(r"\s*(?:in\s+(?:19|20)\d{2}\s+)?(?:to|至|到|达到|達到|reaching|to reach|to average|averaging)\s*"
                      r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?|\s*(?:in\s+(?:19|20)\d{2}\s*)?,?\s*(?:and|with)\s+"
                      r"(?:another|a further)\s+"
                      # (the next year's figure listed after it: "will average 12.4 million b/d in 2023 and 12.8
                      # million b/d in 2024")
                      r"|(?:\s*\([^()]{1,12}\))?\s+in\s+(?P<year>(?:19|20)\d{2})\s*,?\s*and\s+", re.I)


def expected_goes_on(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]], V: Vocab) -> None:
    """"The industry is expected to surpass $1 trillion in 2025, increasing 6.8% to $1.1 trillion": the level a
    forecast change reaches is expected too, as is a further change listed right after a forecast figure ("set
    to grow 7.8% in 2024 to $989.8bn, and another 6.8% in 2025 to $1.1trillion"). (changes_take_their_quantity
    reads the mirror: the change of a level expected.)"""
    for k in range(1, len(idxs)):
        c, p = out[idxs[k]], out[idxs[k - 1]]
        x, y = c.context, p.context
        if x is None or y is None or "forecast" not in y.basis or "forecast" in x.basis or x.subject != y.subject:
            continue
        m = _GOES_ON.fullmatch(text, spans[k - 1][1], spans[k][0])
        if m and m.group("year") and not (x.period and x.period[:4].isdigit() and x.period[:4] > m.group("year")):
            continue  # (a further year's only: "12.4 million b/d in 2025, and 11.9 million b/d in 2023" is past)
        if m:
            reframe(out, idxs[k], replace(x, basis=tuple(sorted(set(x.basis) | {"forecast"}))), V)


# "from 83.36 billion packages in 2020 to 175.08 billion in 2024": the noun after the first end, then to/and
_NOUN_THEN_TO = re.compile(r"\s+([a-z]{3,})(?:\s+(?:in|for)\s+(?:19|20)\d{2}(?:/\d{2})?)?\s*[,，]?\s*"
                           r"(?:(?:up |down )?to|and|versus|vs\.?)\s+", re.I)


def counts_share_their_noun(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]],
                            V: Vocab) -> None:
    """"increased from 83.36 billion packages in 2020 to 175.08 billion in 2024": a bare count right after a
    count and its noun, joined by to/and, counts the same thing (its object is the first one's)."""
    for k in range(1, len(idxs)):
        c, p = out[idxs[k]], out[idxs[k - 1]]
        x, y = c.context, p.context
        if not (_bare(c) and p.kind == "count" and x is not None and y is not None and not x.topics
                and (y.topics or y.words) and x.subject == y.subject):
            continue
        m = _NOUN_THEN_TO.fullmatch(text, spans[k - 1][1], spans[k][0])
        if m and stem(m.group(1).lower()) in y.words and \
                not participle_at(text[spans[k][1]:spans[k][1] + 40].lower(), 0, V):
            # (not a count that names its own people: "6,000 killed and 20,000 injured" are no 20,000 killed)
            reframe(out, idxs[k], replace(x, topics=y.topics, words=tuple(sorted(set(x.words) | set(y.words)))), V)


_CARRIED_PARTS = frozenset({"per capita"})  # basis markers a change takes from the level it changes


def changes_take_their_quantity(out: list[Claim], idxs: list[int], V: Vocab, unsaid: set[int] = frozenset(),
                                same_sentence: set[int] = frozenset()) -> None:
    """"Lenovo shipped 15.2 million units, up 10.8%": a growth rate whose own words name nothing measures the
    quantity of the figure before it in the paragraph (same subject, a level); right after that level in its
    sentence ("海外实际销售收入达到185亿美元,同比增长8%"), it measures it even when a clause further away
    named a topic (`unsaid`: own phrase silent; `same_sentence`: the level before it is in its sentence)."""
    prev = None
    for k, i in enumerate(idxs):
        x = out[i].context
        named = prev is not None and bool(prev.context.topics or prev.context.words)
        borrow = not x.topics or (i in same_sentence and named and
                                  (i in unsaid or set(x.topics) <= set(prev.context.topics)))
        if x.measure in ("growth", "change") and borrow and prev is not None and prev.context.subject == x.subject:
            p = prev.context
            per = x.period or p.period
            # (a phrase of its own silent, its words are a heading's or a neighbour's: the level's replace them;
            # "邮政函件业务累计完成9.7亿件，同比增长2.7%")
            words = p.words if i in unsaid and i in same_sentence else tuple(sorted(set(x.words) | set(p.words)))
            # (and the part it is of: 人均国内生产总值为9.57万元,较上年名义增长5.3% is per-capita growth)
            parts = tuple(sorted(set(x.basis) | (set(p.basis) & _CARRIED_PARTS)))
            reframe(out, i, replace(x, topics=p.topics, words=words, period=per, basis=parts), V, period=per)
        x = out[i].context
        if x.measure in ("growth", "change") and i in same_sentence and k > 0 and prev is out[idxs[k - 1]] and \
                "forecast" in prev.context.basis and "forecast" not in x.basis and prev.context.subject == x.subject:
            # "revenues are forecast to hit $109 billion in 2024 – that's up 3.4%": the change of a level
            # expected is expected too
            reframe(out, i, replace(x, basis=tuple(sorted(set(x.basis) | {"forecast"}))), V)
        if x.measure == "level" and (x.topics or x.words):
            prev = out[i]


# a growth rate and the money level it reaches ("grew 5.9 per cent … to US$3.58 trillion", 增长7.1%至25.45万亿元),
# or the level it follows ("exports of $3.58 trillion, up 5.9%", 出口25.45万亿元，增长7.1%)
_TO_MONEY_LEVEL = re.compile(r"(?:\bto|\bat|\breaching|\bhitting|至|达到|达|為|为)\s*(?:a\s+(?:record\s+)?)?$", re.I)
_PER_UNIT = re.compile(r"\s+(?:a|an|per|each)\s+[a-z]|\s*/\s*[a-z\u4e00-\u9fff]|\s*每", re.I)  # "a ton", /吨
_EACH = re.compile(r"每")  # 每吨12960美元: a price
_LEVEL_THEN = re.compile(r"^\s*(?:\([^()]{0,30}\))?\s*[,，、]\s*(?:an?\s+)?(?:up|down|rising|falling|a rise of|a fall of|"
                         r"an? (?:increase|decrease|drop|decline|growth) of|同比|较上年|比上年)?\s*(?:增长|下降|上升|减少)?\s*$", re.I)


# between a change and the level it reached: "rocketed by 6.6% to a record $12,960", "up 6.78% at $12,955.5",
# "rose 0.7% to 6,327.80", 上涨6.6%至12,960美元, 涨1.2%，报12,960美元
_TO_LEVEL = re.compile(r"\s*(?:,\s*)?(?:to|at|reaching|hitting|to reach|to hit|and closed at|closing at|settling at|"
                       r"至|到|达到|达|报|，报|,报)\s*(?:(?:a|an|the)\s+)?(?:(?:new|fresh|record|all-time|historic|"
                       r"record-breaking)\s+)*(?:(?:high|low|peak)\s+(?:of\s+)?)?(?:of\s+)?(?:每吨|每噸)?\s*", re.I)


def levels_take_their_change(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]],
                             V: Vocab) -> None:
    """"Copper rocketed by 6.6% to a record $12,960 a tonne": a level that names nothing it measures, right after
    a change it ends, is the level of what that change measures (its object)."""
    for k in range(1, len(idxs)):
        i, j = idxs[k], idxs[k - 1]
        x, a = out[i].context, out[j].context
        if x is None or a is None or x.measure != "level" or x.topics or a.measure not in ("growth", "change") \
                or not a.topics:
            continue
        if _TO_LEVEL.fullmatch(text, spans[k - 1][1], spans[k][0]):
            reframe(out, i, replace(x, topics=a.topics, words=tuple(sorted(set(a.words) | set(x.words)))), V)


def changes_in_their_currency(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]],
                              V: Vocab) -> None:
    """A growth rate of a money level its own phrase states is a growth in that currency's terms: China's exports
    "grew 5.9 per cent … to US$3.58 trillion" (in dollars) and "grew by 7.1 percent to 25.45 trillion yuan" (in
    yuan) are two rates of one trade, not a disagreement. The currency qualifies the rate ("in USD terms"); a
    rate stated without its level keeps no qualifier and may meet either."""
    for k, i in enumerate(idxs):
        x = out[i].context
        ent = V.entity(x.subject) if x is not None and x.subject else None
        if x is None or x.measure not in ("growth", "change") or out[i].unit != "percent" or \
                (ent is not None and ent.kind not in ("country", "region")):
            continue  # (a company reports in one currency: a retelling's converted level changes no rate)
        j = None  # the level's place among the block's figures
        if k + 1 < len(idxs) and out[idxs[k + 1]].kind == "money":
            between = text[spans[k][1]:spans[k + 1][0]]
            if len(between) <= 40 and not re.search(r"[;；。.!?]\s", between) and _TO_MONEY_LEVEL.search(between):
                j = k + 1
        if j is None and k > 0 and out[idxs[k - 1]].kind == "money":
            between = text[spans[k - 1][1]:spans[k][0]]
            if len(between) <= 40 and _LEVEL_THEN.match(between):
                j = k - 1
        if j is None or "price" in x.topics or _PER_UNIT.match(text, spans[j][1]) or \
                _EACH.search(text, max(0, spans[j][0] - 2), spans[j][0]) or not out[idxs[j]].unit:
            continue  # (a price's rise, "up 6.6% to $12,960 a ton", 每吨: one market's quote, not a total)
        terms = f"in {out[idxs[j]].unit} terms"
        reframe(out, i, replace(x, modifiers=tuple(sorted(set(x.modifiers) | {terms}))), V)


_BARE_MONEY = re.compile(r"[|\s]*(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)[\d.,]+\s*")  # "$19.94", "US$19.94", "USD 19.94"
_SCALES = (1e3, 1e4, 1e6, 1e8, 1e9, 1e12)


def table_scale(out: list[Claim], order: list[tuple[int, int, int]], rows: dict[int, int]) -> None:
    """Money cells of a table that state no scale ("|$19.94") take the one that makes them the figures the
    document's text gives for the same subjects ("Korea … fell 7% to USD 19.9 billion"): the scale under which
    most of them agree with the text within 1%, two at least (one cell agreeing is chance: a share price of
    $131.28 beside revenue of $130.5 billion)."""
    tables: dict[int, list[int]] = {}
    for i, bi, _ in order:
        if bi in rows and out[i].kind == "money" and _BARE_MONEY.fullmatch(out[i].text):
            tables.setdefault(rows[bi], []).append(i)
    if not tables:
        return
    prose: dict[tuple, list[float]] = {}
    for i, bi, _ in order:
        c = out[i]
        if bi not in rows and c.kind == "money" and c.context.subject and isinstance(c.value, (int, float)):
            prose.setdefault((c.context.subject, c.unit), []).append(float(c.value))
    for cells in tables.values():
        def agree(scale: float) -> int:
            return sum(any(abs(out[i].value * scale - p) <= 0.01 * abs(p) for p in
                           prose.get((out[i].context.subject, out[i].unit), ()))
                       for i in cells if isinstance(out[i].value, (int, float)))
        best = max(_SCALES, key=agree)
        n = agree(best)
        if n >= 2:
            for i in cells:
                out[i] = scaled(out[i], best)


def scaled(c: Claim, factor: float) -> Claim:
    """The claim's value and bounds times `factor` (a scale a table states or the text shows; 倍 as a percentage);
    what was written stays as written."""
    f = lambda x: x * factor if isinstance(x, (int, float)) else x
    return replace(c, value=f(c.value), low=f(c.low), high=f(c.high))


# a sentence opening with the figure just given: "The figure represents a year-on-year increase of 18 percent",
# "This number is up 5%", 这一数字同比增长18%, 該數字較去年增加
_THE_FIGURE = re.compile(r"\s*[\"“‘']?\s*(?:(?:the|this|that)\s+(?:figure|number|result|total)\b(?!\s+of\b)"
                         r"(?!\s+[a-z]+\s+of\b)|(?:这一|這一|这个|這個)(?:数字|數字|数值|數值|结果|結果))", re.I)
# (not "the number of hogs", "the result of the vote")
# a sentence opening on bare numbers, after an attribution or not: "According to research published in …, numbers
# will increase from …", "The numbers are expected to double"
_BARE_NUMBERS = re.compile(r"\s*(according to [^,.;]{3,80},\s*)?(?:the\s+|these\s+|those\s+)?(?:numbers|figures|totals?)"
                           r"\s+(?:will|would|are|were|could|may|might|rose|fell|increased|decreased|have|had|is|was)\b",
                           re.I)
# a figure in brackets after a year and a colon: "(2022: 290,144 units)", （2022年：29万台）: that year's value of it
_YEAR_ASIDE = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*年?\s*[:：]\s*$")


def the_figure_before(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]],
                      sentence_of, order: list[tuple[int, int, int]], V: Vocab) -> None:
    """"… the number of air passenger trips last year estimated at a record 730 million. / The figure represents a
    year-on-year increase of 18 percent": a change in a sentence that opens by pointing at "the figure" (this
    number, 这一数字) is the change of the last level stated before it, in its paragraph or the one before: it
    takes that level's subject, object and (where it names none) period. `sentence_of(k)`: the start of figure
    k's sentence in the block; `order`: (claim, block, sentence start) of the figures framed so far."""
    for k, i in enumerate(idxs):
        x = out[i].context
        if x is None:
            continue
        # ("This result is the second highest level ever recorded (2022: 290,144 units)": a year's value in brackets,
        # naming nothing it counts, is the same level's, that year)
        aside = x.measure == "level" and not x.topics and _YEAR_ASIDE.search(text, max(0, spans[k][0] - 12),
                                                                              spans[k][0])
        ss = sentence_of(k)
        # ("Numbers of people with dementia … are forecast to rise … According to research published in Lancet
        # Public Health, numbers will increase from an estimated 57.4 million in 2019 to 152.8 million in 2050": a
        # sentence opening on bare numbers, its figures naming nothing they count, counts what the one before did)
        bare = _BARE_NUMBERS.match(text, ss) if x.measure == "level" and not x.topics else None
        pointed = False
        if bare is not None:
            # (its words, if any, those of the attribution opening it: "According to a recent analysis, numbers …")
            said = text[bare.start(1):bare.end(1)].lower() if bare.group(1) else ""
            pointed = all(w in said for w in x.words)
        if x.measure not in ("growth", "change") and not aside and not pointed:
            continue
        if not pointed and (not _THE_FIGURE.match(text, ss) or any(sentence_of(n) == ss for n in range(k))):
            continue  # (the first figure of the sentence only: "the figure" points at none of its own)
        at = next((n for n, (j, _, _) in enumerate(order) if j == i), len(order))
        level = next((out[j] for j, _, sj in reversed(order[:at]) if out[j].context is not None
                      and (out[j].context.topics or out[j].context.words or not pointed)
                      and out[j].context.measure in (("level", "multiple", "growth") if pointed else ("level",))
                      and out[j].context.period != "?"), None)
        if level is None or aside and level.unit != out[i].unit:
            continue
        a = level.context
        per = x.period or a.period
        reframe(out, i, replace(x, subject=x.subject or a.subject, topics=a.topics, words=a.words, period=per,
                                 scope=x.scope or a.scope), V, period=per, subject=x.subject or a.subject)


# between a change and the first of its two ends: "an 18% increase in measles cases, rising from …", 增长18%,从…
_TO_ITS_ENDS = re.compile(r"[^.;。；]{0,60}?(?:\bfrom|从|由)\s*(?:about|around|approximately|an estimated|some|nearly|约|約)?\s*$",
                          re.I)
# between the two ends: "… in 2021 to", 增至, 增加到
_BETWEEN_ENDS = re.compile(r"(?:\s*(?:in|at the end of)\s+(?:19|20)\d{2})?\s*(?:年)?\s*(?:to|至|到|增至|降至|减至|增加到|"
                           r"增加至|上升至|下降至|减少到|减少至)\s*(?:about|around|approximately|an estimated|some|nearly|"
                           r"约|約)?\s*$", re.I)


def ends_of_a_change(out: list[Claim], idxs: list[int], text: str, spans: list[tuple[int, int]], sentence_of,
                     V: Vocab) -> None:
    """"an 18% increase in the estimated number of measles cases, rising from approximately 7.8 million in 2021
    to 9.2 million in 2022", 病例增长18%,从780万例增至920万例: the two levels a change runs from and to, naming
    nothing they measure, are levels of what the change is of: they take its object (and its subject where
    they name none). `sentence_of(k)`: the start of figure k's sentence in the block."""
    for k in range(len(idxs) - 2):
        x = out[idxs[k]].context
        if x is None or x.measure not in ("growth", "change") or not (x.topics or x.words):
            continue
        ss = sentence_of(k)
        if sentence_of(k + 1) != ss or sentence_of(k + 2) != ss or \
                not _TO_ITS_ENDS.fullmatch(text, spans[k][1], spans[k + 1][0]) or \
                not _BETWEEN_ENDS.fullmatch(text, spans[k + 1][1], spans[k + 2][0]):
            continue
        for i in (idxs[k + 1], idxs[k + 2]):
            y = out[i].context
            if y is None or y.topics or y.words or not (y.measure == "level" and out[i].unit != "percent" or
                                                        y.measure in ("share", "percent") and out[i].unit == "percent"):
                continue  # ("prevalence among men has been reduced by almost half, from 70 percent in 2000 to 37
                # percent in 2024": rates of what the change is of, as levels are)
            subj = y.subject or x.subject
            reframe(out, i, replace(y, subject=subj, topics=x.topics, words=x.words), V, subject=subj)
