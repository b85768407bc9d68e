"""Stage 5, group: claims about the same quantity, across files, scripts and languages.

Blocking keeps this sub-quadratic: claims are bucketed by an exact key from their frame (unit, subject as
subject_key spells it, measure, forecast, adjusted, a former value ("the previous measurement"), subset, and the
system a physical figure is written in: metric or imperial, so that "1.6 million km² (620,000 sq mi)" is never an
alarm; a cluster of one system joins the other's where they disagree throughout: "19 feet" against 7 m is a
conflict). No table entity is required: a named company the alias table does not know is a subject like any
other, and a figure about a market (no one named) is grouped by its object.
Inside a bucket a claim joins a cluster only when every facet agrees:

- period: equal, or a year and an as-of month in it, or undated beside a single dated cluster (where it fits
  several, the one of the period its document opens with, if exactly one is);
- a figure that names no one and says neither when nor where ("55 million people live with dementia") makes no
  cluster of its own: it joins the one cluster it fits, and only when no member conflicts with it (a figure
  retold, rounded or not; one that disagrees may be another year's);
- an amount that names no one joins the one named subject's cluster that retells it (its object's words alike,
  its value consistent or rounded: 早稻产量563.5亿斤 on a page naming China elsewhere, against China's 2817.4万吨);
- one document's different values never share a cluster (they are two quantities), unless the document
  quotes two sources on one quantity ("Omdia puts it at 36.9%, Counterpoint at 36%");
- scope (global, a country) and qualifiers (nationality adjectives) do not conflict;
- two levels (counts, money, tonnes) more than 1.3x apart are two quantities, unless the factor is exactly 10,
  100, 1,000 or 10,000 (a slipped scale is a conflict: 万 written for 亿 is 10,000), or both are one named thing's
  length, area or volume saying which dimension it is, up to 2x (West Lake's mean depth, 2.27 m and 1.5 m: sources
  measuring one thing disagree further than sources counting a market); two shares more than 1.5x
  and a point apart likewise (sources that state one quantity rarely disagree by that much: beyond it the
  frames met only because neither says enough); two growth rates both 2x and ten points apart likewise;
- change bases agree (yoy never meets qoq); stated bases (capacity, output) do not keep figures apart: the
  reason names them, and a reviewer decides (a 92% share of capacity beside a 91% share of output is worth a
  look);
- the objects are similar: concept keys weigh double, words no vocabulary knows count when both statements are
  in one script, and unmatched words on either side count against (so "total compute" does not meet "AI
  compute", while "compute" meets "AI compute" only at the threshold); a word naming only the dimension two
  figures' unit states (area, cover, 面积 for km² and hectares; cues.toml object.dimension) is passed over where
  one side says it and the other does not ("mangrove forests cover" against "the mangrove forest area"), never
  to nothing; where neither side names a topic the
  table knows, words each side has alone weigh double, and two sets of words with none in common are two
  topics (进口牛肉 vs 进口猪肉: beef and pork are in no table); a topic one side names against words of the other's
  own, in one language, weighs two and a half times (进口铁矿石 vs 进口牛肉);
- or, where the objects' words do not meet, the values anchor them: two documents' levels written with two or
  more significant digits (shares and growth rates with three), within 1% of each other, whose objects name no
  two different things, are one figure retold (1320.7亿件 and "132 billion parcels"; 4,974.5 tonnes and 4974吨):
  a term no table or dictionary pairs across languages still meets its translation. Never in one language where
  each side names something the other does not (进口铁矿石 and 进口铜精矿), never where the two name different
  counted things (产量 and "sold": makers publish both within 1%), and never for prices (two days' prices are
  often within 1%). On a page of a new domain (measured on the read corpora without their domain vocabulary)
  this is most of what meets; see the README.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from .model import Claim

OBJECT_SIMILARITY = 0.6
SAME_DOCUMENT_SIMILARITY = 0.8  # two sources quoted in one document: their objects must match closely


@dataclass(frozen=True)
class Group:
    members: tuple[int, ...]  # indices into the claim list, in claim order
    subject: str
    metric: str
    unit: str
    period: str | None


_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]{3,})")
# a count's noun named by its sentence: "the number of pandas", "the population of porpoises", "the porpoise population"
# (the noun may follow one word of its own: "the number of wild pandas")
_NUMBER_OF = re.compile(r"\b(?:numbers?|population|count)\s+of\s+(?:the\s+)?([a-z]{3,})(?:\s+([a-z]{3,}))?|"
                        r"\b([a-z]{3,})\s+(?:population|numbers)\b")
_HAN_AFTER = re.compile(r"([\u4e00-\u9fff]{2})")


def _counts_its_word(c: Claim) -> bool:
    """A count followed by a word of its own object counts that word: "132 billion parcels", "1,267 stations",
    5500多万痴呆症患者 (a noun no vocabulary knows, read from the figure's phrase, not a bare number)."""
    from .context.measure import stem

    at = c.sentence.find(c.text)
    if at < 0:
        return False
    low = c.sentence.lower()
    if any(stem(g) in c.context.words for n in _NUMBER_OF.finditer(low) for g in n.groups() if g):
        return True  # "The number of pandas living in the wild has climbed to 1590": a count says what it counts
    m = _WORD_AFTER.match(low, at + len(c.text))
    if m:
        return stem(m.group(1)) in c.context.words
    # (in Chinese the counted noun follows the number directly: 5500多万痴呆症患者, its first two characters a word
    # of the object)
    h = _HAN_AFTER.match(c.sentence, at + len(c.text))
    if h is None:
        return False
    from .knowledge import to_simplified

    return to_simplified(h.group(1)) in c.context.words


POPULATION_COUNT = 100_000  # a count this large of no one named is a population's (people, cases, deaths)


def _a_populations_count(c: Claim) -> bool:
    """A count of no one named, dated, said in two words or more of its phrase or followed by the word it counts,
    at a population's size: "1.25 million TB deaths in 2023", "down from the 1.32 million recorded in 2022" after
    them, "An estimated 8.2 million strokes in 2021" (not "About 537 million adults … in 2021": adults with what?).
    (A size threshold, not a reading: two unnamed videos' page views in one year are compared too.) Undated, it
    counts too where nothing says who, when or where (it then only joins a cluster it retells: unanchored)."""
    size = c.value if c.value is not None else c.low  # (a range's low end: "between 63 and 273 million")
    if not (c.context.period or unanchored(c)) or abs(size or 0) < POPULATION_COUNT:
        return False
    if len(c.context.words) + min(1, len(subsets(c.context.basis))) >= 2:
        return True  # ("287,000 maternal deaths": a part of a population, as "female", is a word of its phrase)
    return _counts_its_word(c) and not _people_only(c.context.words)


def _people_only(words: tuple[str, ...]) -> bool:
    """The object's one word names people in general (cues.toml object.people: adults, children)."""
    return all(w in _people_stems() for w in words)


@functools.lru_cache(maxsize=1)
def _people_stems() -> frozenset[str]:
    from .context import vocab
    from .context.measure import people_stems

    return people_stems(vocab())


def _words(a: Claim, b: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """Two figures' object words as matching reads them: less a word naming only the dimension their unit states
    where one side says it and the other does not ("mangrove forests cover 137,760 km²" against "the mangrove
    forest area was 137,800 km²": both measure mangrove forest; cues.toml object.dimension)."""
    wa, wb = frozenset(a.context.words), frozenset(b.context.words)
    from .context.measure import DIMENSION_OF

    if a.unit not in DIMENSION_OF or b.unit != a.unit or wa == wb:
        return wa, wb
    from .context import vocab
    from .context.measure import without_dimension

    V = vocab()
    return (without_dimension(wa, a.unit, _simplified_low(a.sentence), V, wb),
            without_dimension(wb, b.unit, _simplified_low(b.sentence), V, wa))


@functools.lru_cache(maxsize=8192)
def _simplified_low(sentence: str) -> str:
    """A sentence in lower case and Simplified characters, as object words are read."""
    if sentence.isascii():
        return sentence.lower()
    from .knowledge import to_simplified

    return to_simplified(sentence.lower())


def block_key(c: Claim) -> tuple | None:
    ctx = c.context
    if ctx is None or c.kind in ("rank",) or ctx.how in ("flattened-table", "unknown"):
        return None
    if not ctx.topics and not ctx.words:
        return None  # nothing says what is measured
    if ctx.subject is None and ctx.measure == "percent":
        return None  # a market figure needs a known object and a known kind of number
    if c.unit == "count" and c.per is None and not c.noun and not ctx.topics and not (
            (ctx.subject or ctx.scope) and (_counts_its_word(c) or ctx.period)) and not _a_populations_count(c):
        return None  # a bare number: too little to say what it counts (a word of its own counted for no one
        # named and nowhere, "a survey of 1,000 respondents", "the city opened 1,267 stations", is still too little;
        # a rate, "13.7 per 100,000", is no bare number)
    # (a rate meets only rates per the same base: "13.7 deaths per 100,000" is no count of deaths)
    return (c.unit, subject_key(ctx.subject), ctx.measure, "forecast" in ctx.basis, "adjusted" in ctx.basis,
            "former" in ctx.basis, subsets(ctx.basis), unit_system(c), c.per)


_NAME_GAPS = re.compile(r"[\s.\-‐‑–]+")


# letters whose accents NFKD does not take off ("Đà Nẵng" is "Da Nang", "Łódź" "Lodz", "Øresund" "Oresund")
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "ħ": "h",
                               "Ħ": "H", "ŧ": "t", "Ŧ": "T"})


@functools.lru_cache(maxsize=4096)
def subject_key(name: str | None) -> str:
    """Two spellings of one name that differ only in letter case, stops, hyphens, spaces or accents are one subject:
    "MOUNT Everest" and "Mount Everest", "St. Petersburg" and "St Petersburg", "Hapag-Lloyd" and "Hapag Lloyd",
    "Hạ Long Bay", "Ha Long Bay" and "Halong Bay", "Nestlé" and "Nestle"; and a landmark's kind word however it is
    spelt or placed ("Mt. Huangshan", "Huangshan Mountain" and "Mount Huang"; "Mogao Grottoes" and "Mogao Caves":
    landmarks.spelled) ("" for no one named)."""
    if not name:
        return ""
    from .context.landmarks import spelled

    bare = "".join(ch for ch in unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
                   if not unicodedata.combining(ch))
    return _NAME_GAPS.sub("", spelled(bare)).casefold()


def _converted(a: Claim, b: Claim) -> bool:
    """Two point figures of two systems that agree at the fewer significant digits of the two (a whole number's
    trailing zeros are none): "53,200 sq mi" is 137,760 km² converted and rounded to three figures, though its
    zeros, read as written digits, would make it disagree. A figure in two units ("5 ft 2 in") is written to its
    last part's precision, which its first digits do not tell: never taken for a rounded conversion."""
    if a.value is None or b.value is None or _compound(a) or _compound(b):
        return False
    n = min(_significant_digits(a), _significant_digits(b))
    return _to_figures(a.value, n) == _to_figures(b.value, n)


# offset units: a temperature's difference ("3 °F above normal") reads as a temperature, which no other
# system's figure can be set against
_TEMPERATURE = ("degree_Celsius", "degree_Fahrenheit", "kelvin")


def _compound(c: Claim) -> bool:
    """A figure written in two parts ("5 ft 2 in"): two runs of digits (compare's, where "1,800" is one)."""
    from .compare import _DIGITS

    return len(_DIGITS.findall(c.text)) > 1


# units of the imperial and US customary systems (pint's names, as written_unit has them; a unit's name is read
# whole: "mile ** 2", "troy_ounce", but "metric_ton" is metric)
_IMPERIAL = frozenset(("mile", "foot", "inch", "yard", "acre", "pound", "ounce", "troy_ounce", "fluid_ounce",
                       "gallon", "imperial_gallon", "US_liquid_gallon", "pint", "quart", "bushel", "short_ton",
                       "long_ton", "ton", "stone", "hundredweight", "degree_Fahrenheit", "nautical_mile", "knot",
                       "fathom", "mil", "pound_force", "pound_force_per_square_inch", "inch_Hg", "horsepower",
                       "british_thermal_unit", "oil_barrel"))
_UNIT_NAME = re.compile(r"[A-Za-z_]+")


def unit_system(c: Claim) -> str:
    """The system of measurement a physical figure is written in: "imperial" (miles, acres, pounds, troy
    ounces, °F: _IMPERIAL), else "" (metric and China's market units, 斤 and 亩, which Chinese pages convert to
    and from metric ones; and every figure of no physical unit). A figure and its conversion ("1.6 million km²
    (620,000 sq mi)") state one amount twice, and readers quote either: figures meet those written in their own
    system, so a conversion's rounding is never an alarm (a conflict within each system still is, and across the
    two: _systems_meet_where_they_disagree)."""
    written = getattr(c, "written_unit", None) or ""
    if not written or written == c.unit:
        return ""
    return "imperial" if any(w in _IMPERIAL for w in _UNIT_NAME.findall(written)) else ""


def unanchored(c: Claim) -> bool:
    """No one named, and nothing says when or where ("55 million people live with dementia"): such a figure makes no
    cluster of its own; it joins a cluster made of figures that name someone or say when or where, where no member
    conflicts with it and it fits only that one (as an undated figure is placed: by its page's period, a value its
    page states, or a clearly better match where it fits several)."""
    ctx = c.context
    return ctx.subject is None and not (ctx.period or ctx.scope)


def _per(c: Claim) -> str:
    """What a rate is stated per, in words ("per 100,000"), or "none"."""
    return f"per {c.per:,.0f}" if c.per else "none"


def subsets(basis: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of a whole a figure is about (concepts.toml role "subset": the top ten)."""
    if not basis:
        return ()
    from .context import vocab

    return tuple(sorted(b for b in basis if b in vocab().subsets))


_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


def _han(c: Claim) -> bool:
    """The claim's sentence is written in Chinese: a Han character among its first 200 (one search, not a test
    per character: each pair of claims compared asks of both)."""
    return _HAN_CHAR.search(c.sentence, 0, 200) is not None


QUANTITY_WEIGHT, TOPIC_WEIGHT, MODIFIER_WEIGHT, WORD_WEIGHT = 3.0, 2.0, 1.0, 0.5


def _weights() -> dict[str, float]:
    from .context import vocab

    by_role = {"quantity": QUANTITY_WEIGHT, "basis": TOPIC_WEIGHT, "topic": TOPIC_WEIGHT}
    return {k: by_role.get(r, MODIFIER_WEIGHT) for k, r in vocab().roles.items()}


@functools.lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The names of the countries and regions the alias table knows."""
    from .context import vocab

    return frozenset(e.name for e in vocab().entities.values() if e.kind in ("country", "region"))


def _roles() -> dict[str, str]:
    from .context import vocab

    return vocab().roles


def _resolved(keys: set[str], other: set[str]) -> set[str]:
    """A word meaning one of several quantities ("sales": revenue or unit sales) read as the one the other side
    names ("sales grew 25%" and 销量增长25%)."""
    from .context import vocab

    either = vocab().either
    for k in [k for k in keys if k in either]:
        meant = [q for q in either[k] if q in other]
        if meant:
            keys = (keys - {k}) | {meant[0]}
    return keys


_MARKET_VALUE = frozenset({"revenue", "sales", "spending", "market_size"})
_PUBLIC_FINANCE = re.compile(r"budget|fiscal|federal|government|\btax|treasury|预算|預算|财政|財政|税|稅|政府", re.I)


def _as_market(keys: set[str], c: Claim) -> set[str]:
    """A place's or a market's money, or its growth: what is sold in a place is what buyers there spend
    ("equipment spending in Korea fell 7% to $19.9 billion", "sales to Korea", 韩国设备支出): revenue, sales and
    spending are one quantity where no company is the subject (a company's revenue is never its spending)."""
    x = c.context
    if x.subject is not None and x.subject not in _places():
        return keys
    if c.kind != "money" and x.measure not in ("growth", "change"):
        return keys
    if _PUBLIC_FINANCE.search(c.sentence or ""):
        return keys  # a government's receipts are not its outlays (一般公共预算收入 and 支出, federal revenue)
    hit = keys & _MARKET_VALUE
    return (keys - hit) | {"revenue"} if hit else keys


def _objects(a: Claim, b: Claim) -> tuple[set[str], set[str]]:
    """The concept keys of both sides, each read against the other (see _resolved, _as_market)."""
    x, y = a.context, b.context
    return (_as_market(_resolved(set(x.topics), set(y.topics)), a),
            _as_market(_resolved(set(y.topics), set(x.topics)), b))


def _two_things(a: Claim, b: Claim, roles_apart: tuple[str, ...] = ("quantity", "topic")) -> bool:
    """Each side names a quantity, or a topic, and they share none: revenue never meets shipments, coffee output
    never meets cocoa output, nor grain output cereal output."""
    return _named_apart(*_objects(a, b), _kind_of(_roles()), roles_apart)


def _kind_of(roles: dict[str, str]):
    """A concept key's role, a domain counted as a topic."""
    return lambda k: "topic" if roles.get(k) == "domain" else roles.get(k)


def _named_apart(ka: set[str], kb: set[str], kind, roles_apart: tuple[str, ...]) -> bool:
    for role in roles_apart:
        ra, rb = {k for k in ka if kind(k) == role}, {k for k in kb if kind(k) == role}
        if ra and rb and not ra & rb:
            return True
    return False


def similarity(a: Claim, b: Claim, weights: dict[str, float] | None = None) -> float:
    """How alike two objects are, 0..1 (see the module docstring)."""
    w = weights if weights is not None else _weights()
    roles = _roles()
    ka, kb = _objects(a, b)
    kind = _kind_of(roles)
    if _named_apart(ka, kb, kind, ("quantity", "topic")):
        return 0.0
    wa, wb = _words(a, b)
    if _han(a) == _han(b) or not (_han(a) or _han(b)):
        # each side names a qualifier the other lacks ("total compute" vs "AI compute"): two quantities
        ka_mod = {k for k in ka if w.get(k) == MODIFIER_WEIGHT}
        kb_mod = {k for k in kb if w.get(k) == MODIFIER_WEIGHT}
        ma = ka_mod | {t for t in wa if t.isascii()}
        mb = kb_mod | {t for t in wb if t.isascii()}
        if ma - mb and mb - ma and (ka_mod - kb_mod or kb_mod - ka_mod):  # words alone only weigh against
            return 0.0
    if not ka or not kb:
        num = den = 0.0
    else:
        # a quantity the other side leaves unsaid weighs a quarter: "Lenovo's PC share" is its share of PC
        # shipments; a topic left unsaid weighs in full ("output" is not "rare-earth refining output")
        unsaid = lambda k: kind(k) == "quantity" and not any(kind(o) == "quantity" for o in (kb if k in ka else ka))
        # a topic one side names where the other names no topic but words of its own (进口铁矿石 vs 进口牛肉:
        # beef is no entry of the table): two topics, the unknown one written in words; it weighs two and a half
        # times (across languages words cannot be compared: "mobile phone" may be 手机)
        own_a, own_b = (wa - wb, wb - wa) if _han(a) == _han(b) else ((), ())
        other_named = lambda k: kind(k) == "topic" and (own_b if k in ka else own_a) and \
            not any(kind(o) == "topic" for o in (kb if k in ka else ka))
        num = 2 * sum(w.get(k, TOPIC_WEIGHT) for k in ka & kb)
        den = num + sum(w.get(k, TOPIC_WEIGHT) * (0.25 if unsaid(k) else 2.5 if other_named(k) else 1.0)
                        for k in ka ^ kb)
    if _han(a) == _han(b):
        # where no topic is named, words each side has alone name two topics the table does not know
        # (进口牛肉量 vs 猪肉进口量): they weigh as much as shared ones
        apart = 2 if wa - wb and wb - wa and not any(kind(k) == "topic" for k in ka | kb) else 1
        if apart == 2 and _one_size(a, b, ka & kb, kind):
            apart = 1  # ("Mount Fuji … its conical symbol, 3776 meters high" and "its official height, 3,776.24 m")
        elif apart == 2 and not wa & wb:
            return 0.0
        elif apart == 1 and wa & wb and (wa <= wb or wb <= wa) and _sizes_of_one(a, b) and a.unit != "meter" and \
                not (wa ^ wb) & _zone_words():
            apart = 0.25  # (风景名胜区面积七百二十平方公里 and 總面積約620km² of one valley: the words one side adds
            # describe the one area both name; not a length's, whose words may name a part: 东边的山峰海拔5621米)
        num += 2 * WORD_WEIGHT * len(wa & wb)
        den += 2 * WORD_WEIGHT * len(wa & wb) + apart * WORD_WEIGHT * len(wa ^ wb)
    else:  # Chinese words no table knows meet English ones through the dictionary (票房: box office)
        from .gloss import meet

        zh, en = (wa, wb) if _han(a) else (wb, wa)
        # (Latin words in the Chinese text meet the English ones as written: DRAM市场 and "DRAM market")
        latin_zh, latin_en = {w for w in zh if w.isascii()}, {w for w in en if w.isascii()}
        direct = latin_zh & latin_en
        shared, unshared = meet({w for w in zh if not w.isascii()}, latin_en - direct)
        shared += len(direct)
        unshared += len(latin_zh - direct)
        num += 2 * WORD_WEIGHT * shared
        den += 2 * WORD_WEIGHT * shared + (WORD_WEIGHT * unshared if shared else 0.0)
    return num / den if den else 0.0



def _one_size(a: Claim, b: Claim, shared: set[str], kind) -> bool:
    """Two lengths, areas or volumes of one named thing that name one quantity (its height, its area): the other
    words each side says describe the thing, they name no two things ("its conical symbol", "its official
    height")."""
    return _sizes_of_one(a, b) and any(kind(k) == "quantity" for k in shared)


def _zone_words() -> frozenset[str]:
    """Words that make an area a zone of the thing, not the thing (cues.toml object.zone_words: 流域, 核心, 缓冲,
    "basin", "core"): a basin's area never meets the lake's by the words one side adds."""
    from .context.vocab import vocab

    return frozenset(vocab().cues.get("object.zone_words", ()))


def _sizes_of_one(a: Claim, b: Claim) -> bool:
    """Two lengths, two areas or two volumes of one named thing."""
    return bool(a.context.subject) and subject_key(a.context.subject) == subject_key(b.context.subject) and \
        a.unit == b.unit and a.unit in ("meter", "meter ** 2", "meter ** 3")


ANCHOR_DIGITS = 2  # a level written with at least this many significant digits on both sides (a rate: three)
ANCHOR_GAP = 0.01  # and no further apart than this (relative): one figure, retold


def _anchored(a: Claim, b: Claim) -> bool:
    """Two levels of two documents, each written with two or more significant digits (two shares or growth
    rates: three), within 1% of each other, whose objects name no two different things: the value says they are
    one figure retold (1320.7亿件 and "132 billion parcels", 4,974.5 tonnes and 4974吨), even where their words do
    not meet (a Chinese term the dictionary glosses otherwise, an English paraphrase)."""
    if a.path == b.path or a.unit != b.unit or a.context.measure != b.context.measure or \
            a.context.measure not in ("level", "share", "growth"):
        return False
    if a.value is None or b.value is None or a.value == 0 or b.value == 0 or (a.value > 0) != (b.value > 0):
        return False
    if _han(a) == _han(b) and _words_apart(a, b):
        return False  # in one language, words that do not meet name two things (进口铁矿石, 进口铜精矿 11.8亿吨)
    if "price" in a.context.topics or "price" in b.context.topics:
        return False  # prices move in narrow bands: two days' prices are often within 1% ($12,875 and $12,415 a ton)
    if abs(a.value - b.value) > ANCHOR_GAP * max(abs(a.value), abs(b.value)):
        return False
    digits = ANCHOR_DIGITS if a.context.measure == "level" else 3
    if _significant_digits(a) < digits or _significant_digits(b) < digits:
        return False
    # (nor two things named, a quantity or a topic each, nor two counted things, as a quantity or a basis: output
    # against sales or consumption, 产量 against "sold": makers publish both within 1% of each other)
    ka, kb = _objects(a, b)
    roles = _roles()
    if _named_apart(ka, kb, _kind_of(roles), ("quantity", "topic")):
        return False
    ca, cb = ({k for k in keys if roles.get(k) in ("quantity", "basis")} for keys in (ka, kb))
    return not (ca and cb and not ca & cb)


def _words_apart(a: Claim, b: Claim) -> bool:
    """Each side names something, a concept or a word, the other does not (one language)."""
    wa, wb = _words(a, b)
    wa, wb = wa | set(a.context.topics), wb | set(b.context.topics)
    return bool(wa - wb and wb - wa)


def likeness(a: Claim, b: Claim, weights: dict[str, float] | None = None) -> float:
    """How alike two figures' objects are (similarity), at least the threshold where their values anchor them
    (_anchored)."""
    sim = similarity(a, b, weights)
    return max(sim, OBJECT_SIMILARITY) if sim < OBJECT_SIMILARITY and _anchored(a, b) else sim


def anchored_only(a: Claim, b: Claim) -> str | None:
    """What `why` says of two figures whose objects met only by their values (_anchored); None otherwise."""
    sim = similarity(a, b)
    if sim >= OBJECT_SIMILARITY or not _anchored(a, b):
        return None
    return (f"objects met by their values: {a.text} and {b.text} are within {ANCHOR_GAP:.0%} "
            f"(their words alone: similarity {sim:.2f} < {OBJECT_SIMILARITY})")


def _period_compatible(p: str | None, q: str | None, held: bool = True) -> bool:
    """Equal periods, or a year and an as-of month in it ("2025" and "2025-05 (as of)") for an amount held at
    a time (`held`: a share, capacity, users): a share held as of May 2025 is a 2025 figure; shipments in May
    are not the year's, nor are sales to date (截至11月14日, "as of November 14") the year's sales."""
    if p is None or q is None or p == q:
        return True
    if p.startswith("?-") or q.startswith("?-"):  # "Q1" in a document that never says which year
        return p[p.index("-"):] == q[q.index("-"):] if "-" in p and "-" in q else False
    if not held:
        return False
    if p.removesuffix(AS_OF) == q.removesuffix(AS_OF):
        return True  # an amount held in a month is the amount as of then: "in December 2024", "as of end-2024"
    short, long_ = sorted((p, q), key=len)
    return len(short) == 4 and long_.startswith(short + "-") and long_.endswith(AS_OF)


def _held(c: Claim) -> bool:
    """A figure of an amount held at a time (a share, a stock such as capacity or users), not a flow."""
    from .context import vocab

    x = c.context
    return x.measure in ("share", "percent") or any(k in vocab().stocks for k in x.topics)


AS_OF = " (as of)"


def _apart(a: Claim, b: Claim) -> str | None:
    """The facet, besides the blocking key, that keeps two figures apart, in words; None when they agree."""
    x, y = a.context, b.context
    if x.period and y.period and not _period_compatible(x.period, y.period, _held(a) and _held(b)):
        return f"period differs: {x.period} vs {y.period}"
    if x.scope and y.scope and x.scope != y.scope and not (
            x.subject and subject_key(x.subject) == subject_key(y.subject) and
            {x.scope, y.scope} <= {"global", "domestic"} and x.measure != "share" and x.subject in _places()):
        # (China's own figure is China's, "global" or "domestic" said near it: only a share has a whole to name)
        return f"scope differs: {x.scope} vs {y.scope}"
    if x.subject and (x.scope or y.scope) and not (x.scope and y.scope) and \
            (x.scope or y.scope) not in ("global", "domestic", "regional"):
        # a company's figure in one country's market ("In the US, Apple retained 49%") is not its figure
        # where no market is named (its worldwide one)
        return f"scope differs: {x.scope or 'unstated'} vs {y.scope or 'unstated'}"
    if x.modifiers and y.modifiers and x.modifiers != y.modifiers:
        return f"qualifiers differ: {', '.join(x.modifiers)} vs {', '.join(y.modifiers)}"
    if x.base and y.base and _base(x.base, x.period or x.period_hint) != _base(y.base, y.period or y.period_hint):
        return f"change base differs: {x.base} vs {y.base}"
    ba, bb = _age_band(x.basis), _age_band(y.basis)
    if ba and bb and ba != bb:
        # ("children under 5" and "under 15", 16-24岁 and 25-29岁 youth unemployment: two groups; a figure naming
        # no band may be either's)
        return f"age band differs: {ba} vs {bb}"
    return None


def _age_band(basis: tuple[str, ...]) -> str | None:
    """The age band a figure's basis names (context.basis: "ages <5"), or None."""
    return next((b for b in basis if b.startswith("ages ")), None)


def _base(base: str, period: str | None) -> str:
    """A change on the year before the figure's own is a change year on year ("up 25.5% from 2022" of a 2023
    figure is its yoy growth)."""
    if base.startswith("vs ") and period and period[:4].isdigit() and base[3:] == str(int(period[:4]) - 1) and \
            (len(period) == 4 or period.endswith(AS_OF)):
        return "yoy"  # (not of a quarter or a month: 2025年一季度…较2024年四季度下降8% compares with the quarter before)
    if base.startswith("vs ") and period and re.fullmatch(r"\d{4}-(?:\d\d|Q[1-4]|H[12])", period) and \
            base[3:] == f"{int(period[:4]) - 1}{period[4:]}":
        return "yoy"  # 相比2023年12月下降了0.9% of December 2024, "up from Q4 2023" of Q4 2024: the same month a year on
    if base.startswith("vs ") and len(base) == 10 and period and re.match(r"\d{4}-\d\d", period):
        # 2025年1月…较2024年12月 (较去年12月底: "vs prev-12"): on the month before the figure's own, month on month
        year, month = int(period[:4]), int(period[5:7])
        before = (year - 1, 12) if month == 1 else (year, month - 1)
        said = (year - 1 if base[3:7] == "prev" else int(base[3:7]), int(base[8:10]))
        if said == before:
            return "mom"
    return base


LEVEL_RATIO_MAX = 1.3  # levels further apart than this measure different things (unless a scale slip)
SHARE_RATIO_MAX = 1.5  # shares further apart than this (and more than a point apart) are shares of different things
GROWTH_RATIO_MAX, GROWTH_POINTS_MAX = 2.0, 10.0  # growth rates both this many times and points apart: two changes


def _size(c: Claim) -> float:
    if c.value is not None:
        return abs(c.value)
    ends = [abs(x) for x in (c.low, c.high) if x is not None]
    return sum(ends) / len(ends) if ends else 0.0


def _magnitudes_apart(a: Claim, b: Claim) -> bool:
    """Two levels far apart in size are two quantities: 3.2 nights per trip and 1.4 billion arrivals, or 460 and
    549 billion yuan of two years' box office, share a frame only because neither says enough. A factor of
    exactly 10, 100, 1,000 or 10,000 is kept together: a slipped scale (168.2 million bags written as 1,682
    million, 1320亿件 as 1320万件) is a conflict worth a look. Two shares likewise (28% and 45.2% of a market
    are two things' shares), unless they are within a point (1.2% and 2% of one market are two estimates).
    Growth rates that differ both twice over and by more than ten points (62% and 2.9%, 31% and 0.2%) are two
    changes; trackers that disagree on one change (11% and 1.5%, 2.8% and 0.2%) stay compared. Amounts of change
    more than twice apart (a fall of 2.08 million and a rise of 820,000 people) are two changes (on the read
    corpora this parted 2 must-report pairs, 36x and 2.75x apart, and 20 false ones)."""
    kinds = {a.context.measure, b.context.measure}
    if kinds not in ({"level"}, {"share"}, {"growth"}, {"change"}):
        return False
    x, y = _size(a), _size(b)
    if x == 0 or y == 0:
        return False
    ratio = max(x, y) / min(x, y)
    if kinds == {"change"}:
        # (a slipped scale, 208万 and 2080万 people, is a conflict as for levels)
        if ratio <= GROWTH_RATIO_MAX or a.unit != b.unit:
            return False
        return not _slipped(a, b, ratio)
    if kinds == {"growth"}:
        return ratio > GROWTH_RATIO_MAX and abs(x - y) > GROWTH_POINTS_MAX and a.unit == b.unit == "percent"
    if kinds == {"share"}:
        return ratio > SHARE_RATIO_MAX and abs(x - y) > 1.0
    if ratio <= (MEASURED_RATIO_MAX if _one_named_dimension(a, b) else LEVEL_RATIO_MAX):
        return False
    return not _slipped(a, b, ratio)


_NONE: frozenset = frozenset()


def _beyond_level_window(a: Claim, b: Claim) -> bool:
    """Two sizes further apart than levels may be (LEVEL_RATIO_MAX): only one named thing's dimension joins them
    (MEASURED_RATIO_MAX). (Two sizes one page states this far apart are two quantities everywhere; from 1.1x apart
    was tried: 86 fewer alarms outside the keys, 5 fewer false alarms, but 23 fewer pairs found.)"""
    x, y = _size(a), _size(b)
    return x > 0 and y > 0 and max(x, y) / min(x, y) > LEVEL_RATIO_MAX


def _close(a: Claim, b: Claim) -> bool:
    """Two point figures within ANCHOR_GAP (1%) of each other: one figure, retold."""
    return a.value is not None and b.value is not None and \
        abs(a.value - b.value) <= ANCHOR_GAP * max(abs(a.value), abs(b.value))


def _pages_stating(claims: list[Claim], members: list[int]) -> dict[int, frozenset[str]]:
    """For each size (length, area, volume) among `members`: the pages that state it (a figure within 1%). Where
    one page states two sizes a frame cannot tell apart and the 2x window of one named thing's dimension would join
    ("the Burj Khalifa's 828 m … its roof at 585.7 m"), they are two quantities on every page: another page's 828 m
    and 585.7 m never meet (clash in _clusters, _beyond_level_window)."""
    sizes = [claims[i] for i in members if claims[i].unit in _SIZES and claims[i].value]
    if len(sizes) < 3 or len({c.path for c in sizes}) == len(sizes):
        return {}  # (no page states two)
    return {id(c): frozenset(o.path for o in sizes if o.unit == c.unit and _close(c, o)) for c in sizes}


_SIZES = ("meter", "meter ** 2", "meter ** 3")  # a length, an area, a volume (not a speed, "meter / second")
MEASURED_RATIO_MAX = 2.0  # a named thing's one dimension, by two sources: their disagreement may run this far


def _one_named_dimension(a: Claim, b: Claim) -> bool:
    """Two lengths, areas or volumes of one named thing, each saying which dimension it is (a concept of the quantity
    role both name: West Lake's mean depth, 2.27 m on one page and 1.5 m on another; Ha Long Bay's islands are
    counts, not this): sources measuring one thing disagree more than sources counting a market, and the frames
    say enough that the values need not."""
    if not (a.unit == b.unit and a.unit in _SIZES and a.context.subject and
            subject_key(a.context.subject) == subject_key(b.context.subject)):
        return False
    kind = _kind_of(_roles())
    ka, kb = _objects(a, b)
    return any(kind(k) == "quantity" for k in ka & kb)


def _slipped(a: Claim, b: Claim, ratio: float) -> bool:
    """Two figures a factor of 10, 100, 1,000 or 10,000 apart, exactly or as one side rounds: a slipped scale."""
    return any(abs(ratio / p - 1) < 0.01 or _slipped_rounded(a, b, p) for p in (10.0, 100.0, 1000.0, 10000.0))


def _slipped_rounded(a: Claim, b: Claim, p: float) -> bool:
    """The smaller figure times p is the larger as its digits round it: 168.2 million and 1.7 billion (a slipped
    scale on one side, a rounded figure on the other: 10.1x). Exact figures only: "over 100 million" times ten
    reaches any size."""
    from .compare import interval

    if a.value is None or b.value is None or a.qualifier or b.qualifier:
        return False
    small, large = sorted((a, b), key=_size)
    if _significant_digits(small) < 2:
        return False  # 1座 and 58台, 5台 and 55, 10 and 102: one digit rounds to anything ten times its size
    lo, hi = sorted(abs(x) * p for x in interval(small))
    lo2, hi2 = sorted(abs(x) for x in interval(large))
    return lo < hi2 and lo2 < hi  # (overlapping, not meeting at an edge: 2.6 x 10 and 27)


def _significant_digits(c: Claim) -> int:
    """The digits a figure is written with, before its scale words, less leading zeros and a whole number's
    trailing ones: 168.2 has four, 1.7 (billion) two, 10 and 5 one."""
    from .compare import _mantissa

    text = repr(abs(float(_mantissa(c))))
    if "e" in text:
        return 3
    whole, frac = text.split(".")
    frac = frac.rstrip("0")
    digits = (whole + frac).lstrip("0")
    return len(digits if frac else digits.rstrip("0"))


def group_claims(claims: list[Claim], similarity_min: float = OBJECT_SIMILARITY) -> list[Group]:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        key = block_key(c)
        if key is not None:
            blocks[key].append(i)
    _national_figures_join_their_country(claims, blocks)
    clustered = {key: _clusters(claims, members, similarity_min) if len(members) >= 2 else [list(members)]
                 for key, members in blocks.items()}
    _retold_amounts_join_the_one_named(claims, clustered, similarity_min)
    _systems_meet_where_they_disagree(claims, clustered, similarity_min)
    groups: list[Group] = []
    for key in sorted(clustered, key=repr):
        for cluster in clustered[key]:
            if len(cluster) >= 2 and _comparable(claims, cluster):
                groups.append(_make(claims, sorted(cluster)))
    groups.sort(key=lambda g: g.members[0])
    return groups


def _systems_meet_where_they_disagree(claims: list[Claim], clustered: dict[tuple, list[list[int]]],
                                      similarity_min: float) -> None:
    """A cluster of figures written in imperial units joins the one cluster of its frame written in metric
    units that it disagrees with throughout (unit_system): "rise by 19 feet" against 7 m and 7.5 m is a
    conflict across the two systems; "8.9 million square miles" beside 23.1 million km² is that figure
    converted, and stays apart. Joined where every figure of the one conflicts with every figure of the other,
    no facet keeps a pair apart, each imperial figure resembles a metric one, and no page is on both sides (a
    page's own conversion, "1.7 °C (3 °F)", is never its disagreement with itself); where it could join two
    metric clusters, the one it resembles clearly better (CLEARLY_BETTER), else neither. Never temperatures
    (_TEMPERATURE). Read against the clusters as clustering left them, so the order of files does not matter.
    (Clusters of one frame in both systems: each imperial one is set against each metric one, the values first,
    which stop most comparisons at the first pair that agrees.)"""
    from .compare import pair_verdict

    weights = _weights()
    joins: list[tuple[list[int], list[int], list[list[int]]]] = []
    for key in [k for k in clustered if k[-2] == "imperial" and not k[0].startswith(_TEMPERATURE)]:
        metric = clustered.get(key[:-2] + ("", key[-1]))
        if not metric:
            continue
        pages = {id(cl): {claims[i].path for i in cl} for cl in clustered[key] + metric}
        for ic in clustered[key]:
            fits = []
            for mc in metric:
                if pages[id(ic)] & pages[id(mc)]:
                    continue
                pairs = [(claims[i], claims[j]) for i in ic for j in mc]
                if not all(pair_verdict(a, b) == "conflict" and not _converted(a, b) for a, b in pairs):
                    continue
                if any(_apart(a, b) or _magnitudes_apart(a, b) or _two_things(a, b, ("topic",)) for a, b in pairs):
                    continue
                best = [max(likeness(claims[i], claims[j], weights) for j in mc) for i in ic]
                if min(best) >= similarity_min:
                    fits.append((sum(best) / len(best), mc))
            fits.sort(key=lambda f: -f[0])
            if len(fits) == 1 or (fits and fits[0][0] - fits[1][0] >= CLEARLY_BETTER):
                joins.append((ic, fits[0][1], clustered[key]))
    for ic, mc, home in joins:
        mc.extend(ic)
        home.remove(ic)


def _our_countries(V) -> set[str]:
    from .context.vocab import _norm

    return {ent.name for k, names in V.cues.items() if k.startswith("subject.our_country.")
            for w in names if (ent := V.entities.get(_norm(w)))}


def _national_figures_join_their_country(claims: list[Claim], blocks: dict[tuple, list[int]]) -> None:
    """A national figure whose country the page never names (全國糧食總產量 on a Traditional Chinese page, whose
    全國 may be China's or Taiwan's) is compared with the one country's figures of its kind: it moves from the
    market's block to that country's, when one country has a block of its key, or of several exactly one holds a
    figure of a like object (China's grain output, not Türkiye's gold reserves, both in tonnes)."""
    from .context import vocab

    V = vocab()
    weights = _weights()
    # (the places whose 全国 it may be: the nations, and those 我國 names in a script, cues.toml our_country)
    countries_known = {subject_key(e.name) for e in V.entities.values() if e.kind == "country"} | \
        {subject_key(n) for n in _our_countries(V)}
    by_rest: dict[tuple, list[tuple]] = defaultdict(list)
    for key in blocks:
        if key[1] in countries_known:
            by_rest[(key[0],) + key[2:]].append(key)
    for key in [k for k in blocks if k[1] == ""]:
        countries = by_rest.get((key[0],) + key[2:], [])
        if not countries:
            continue
        # (a Chinese page's 全国 only: an English "nationwide" on a page naming no country is as often a US
        # page's, or one about a state)
        moving: dict[tuple, list[int]] = defaultdict(list)
        for i in blocks[key]:
            if claims[i].context.scope == "domestic" and _han(claims[i]):
                alike = [k for k in countries if any(similarity(claims[i], claims[j], weights) >= OBJECT_SIMILARITY
                                                     for j in blocks[k])]
                if len(alike) == 1 or len(countries) == 1:
                    moving[alike[0] if len(alike) == 1 else countries[0]].append(i)
        for country, idxs in moving.items():
            blocks[country] = sorted(blocks[country] + idxs)
        gone = {i for idxs in moving.values() for i in idxs}
        if gone:
            blocks[key] = [i for i in blocks[key] if i not in gone]


def _retold_amounts_join_the_one_named(claims: list[Claim], clustered: dict[tuple, list[list[int]]],
                                       similarity_min: float) -> None:
    """Amounts that name no one ("The total import volume reached 283.1 million liters", 早稻产量563.5亿斤 on a page
    that names its country elsewhere) join the one cluster of a named subject's figures of their kind that retells
    them: a point figure on each side, written with two significant digits or more and no bound, hedge or range
    ("more than 10,000", "around 3 million", "between 0.4 and 0.6 million" fit too much), whose objects say two
    things or more and match (values alone never join: "Exports reached 282,000 tonnes" says too little to be
    anyone's cashew exports); every value of both clusters consistent or rounded (a value that disagrees may be
    another place's or another year's: they stay apart), no facet apart either way, and no page's two values in one
    cluster. Where two subjects' clusters fit (China's and the world's tea output), none is chosen, and where two
    unnamed clusters would join one named cluster they do not agree with each other, neither does (so the order
    the files come in decides nothing). Amounts only: an unnamed growth rate or share fits too many series of a
    page. A cluster stating a scope (global, domestic, a country) keeps it, and figures that say neither who, when
    nor where are placed by _clusters. Named clusters are looked up by the size of their values, so a block of
    thousands costs no more than its near sizes."""
    from .compare import pair_verdict

    weights = _weights()

    def plain(c: Claim) -> bool:  # (a point figure that can retell one: no bound, hedge or range; two digits)
        return c.value is not None and c.qualifier is None and _significant_digits(c) >= 2

    def said(c: Claim) -> bool:  # (an object of two words or more)
        return len(c.context.topics) + len(c.context.words) >= 2

    near: dict[tuple, dict[int, list[list[int]]]] = defaultdict(lambda: defaultdict(list))
    for key, cls in clustered.items():
        if key[1] and key[2] == "level":
            for cl in cls:
                for band in {_band(claims[j]) for j in cl if plain(claims[j])}:
                    near[(key[0],) + key[2:]][band].append(cl)

    def agree(cl: list[int], other: list[int]) -> bool:
        for i in cl:
            a = claims[i]
            for j in other:
                b = claims[j]
                if _apart(a, b) or _apart(b, a) or _magnitudes_apart(a, b) or _two_things(a, b, ("topic",)) or \
                        (a.path == b.path and (a.value, a.low, a.high) != (b.value, b.low, b.high)) or \
                        pair_verdict(a, b) == "conflict":
                    return False
        return True

    def fits(cl: list[int], other: list[int]) -> bool:
        best = [similarity(claims[i], claims[j], weights) for i in cl if said(claims[i])
                for j in other if plain(claims[j])]
        return bool(best) and max(best) >= similarity_min and agree(cl, other)

    unnamed = [k for k in clustered if k[1] == "" and k[2] == "level"]
    chosen: dict[int, tuple[list[int], list[list[int]]]] = {}  # id of a named cluster -> it, the unnamed that fit only it
    for key in unnamed:
        bands = near.get((key[0],) + key[2:], {})
        for cl in clustered[key]:
            if any(claims[i].context.scope or not plain(claims[i]) for i in cl) or \
                    all(unanchored(claims[i]) for i in cl):
                continue
            candidates = {id(o): o for i in cl for d in (-1, 0, 1) for o in bands.get(_band(claims[i]) + d, [])}
            hosts = [o for o in candidates.values() if fits(cl, o)]
            if len(hosts) == 1:
                chosen.setdefault(id(hosts[0]), (hosts[0], []))[1].append(cl)
    joined = set()
    for host, guests in chosen.values():
        if all(agree(x, y) for n, x in enumerate(guests) for y in guests[n + 1:]):
            for cl in guests:
                host.extend(cl)
                joined.add(id(cl))
    for key in unnamed:
        clustered[key] = [cl for cl in clustered[key] if id(cl) not in joined]


def _band(c: Claim) -> int:
    """A point figure's size in bands of a quarter of a power of ten (values within 1.3x of each other are in one
    band or the next)."""
    size = abs(c.value)
    return int(math.floor(math.log10(size) * 4)) if size > 0 else -10 ** 6


BOUND_NEAR = 0.15  # a bound this close to a figure of its page is that figure's mark, said twice


def _bound_and_figure(a: Claim, b: Claim) -> bool:
    """One of two figures of a page is a bound close to the other, which keeps it ("passes 50 GW for the first
    time" … "51,473 MW", "remained above $3.3 trillion" … "$3.3991 trillion"): one quantity said twice, not two
    values."""
    if (a.qualifier in _BOUNDS) == (b.qualifier in _BOUNDS) or a.value is None or b.value is None:
        return False
    from .compare import pair_verdict

    return abs(a.value - b.value) <= BOUND_NEAR * max(abs(a.value), abs(b.value)) and \
        pair_verdict(a, b) == "consistent"


CLEARLY_BETTER = 0.2  # an undated figure fitting several clusters joins the best when it leads the next by this
AGGLOMERATE_MAX = 400  # larger blocks are clustered greedily: all pairs of a block would cost too much


def _clusters(claims: list[Claim], members: list[int], similarity_min: float) -> list[list[int]]:
    """Dated claims first, then each undated claim joins the one cluster it agrees with, if there is exactly
    one (or one it resembles clearly better than the others, by CLEARLY_BETTER; never one whose dated figures are
    all of another period than its page opens with). A claim agrees with a cluster when it agrees with every
    member (no facet apart, no topic named on both sides that differs) and resembles one of them. A cluster
    never holds two different values from one document: a document that gives two values for what looks like
    one quantity states two quantities the frame could not tell apart (unless it quotes two sources, or rounds
    its own figure in a headline).

    An undated figure fitting clusters of several years joins the one whose dated figures its value retells, if
    one alone (_retold_vintage).

    Dated claims are merged most-alike pair first (order does not matter); in a block too large for all pairs,
    each joins the cluster it resembles most, in order."""
    dated = [i for i in members if claims[i].context.period]
    undated = [i for i in members if not claims[i].context.period and not unanchored(claims[i])]
    adrift = [i for i in members if unanchored(claims[i])]
    weights = _weights()
    stated_on = _pages_stating(claims, members)

    def clash(c: Claim, o: Claim) -> bool:
        # (two topics named: a figure naming neither may resemble both, but they never share its cluster; two
        # quantities may: "spending" and "the market" are often one, where the vocabulary calls them two)
        if _apart(c, o) or _magnitudes_apart(c, o) or _two_things(c, o, ("topic",)):
            return True
        if stated_on and _beyond_level_window(c, o) and stated_on.get(id(c), _NONE) & stated_on.get(id(o), _NONE):
            return True  # (a page states both sizes: two quantities its frame cannot tell apart, on every page)
        if o.path != c.path or (o.value, o.low, o.high) == (c.value, c.low, c.high) or _restated(c, o):
            return False
        # (two values of one page are one quantity when it quotes two sources, or one is a bound close to the
        # other, and their objects match closely)
        two_sources = o.context.source and c.context.source and o.context.source != c.context.source
        return not ((two_sources or _bound_and_figure(c, o)) and similarity(c, o, weights) >= SAME_DOCUMENT_SIMILARITY)

    def score(i: int, cl: list[int]) -> float:
        c = claims[i]
        if any(clash(c, claims[j]) for j in cl):
            return -1.0
        best = max(likeness(c, claims[j], weights) for j in cl)
        return best if best >= similarity_min else -1.0

    def place(i: int, pool: list[list[int]], ambiguous_ok: bool) -> bool:
        scored = [(score(i, cl), k) for k, cl in enumerate(pool)]
        scored = [(sc, k) for sc, k in scored if sc >= 0]
        if not ambiguous_ok:  # (an undated figure: another vintage of a quantity three sources agree on stays out)
            scored = [(sc, k) for sc, k in scored if not _outlier_of_a_consensus(claims, i, pool[k])]
        hint = claims[i].context.period_hint
        if hint:
            # an undated figure of a page that opens with 2024 is no figure of 2025: never joins a cluster whose
            # every dated figure is of a period its page's does not hold
            scored = [(sc, k) for sc, k in scored if any(
                not claims[j].context.period or _period_compatible(hint, claims[j].context.period) for j in pool[k])]
        if len(scored) > 1 and hint and not ambiguous_ok:
            # it fits figures of several periods: the one its document opens with decides, if it names one
            # (an amount held as of the year's last month is the year's: "2022-12 (as of)" is as much 2022 as "2022")
            same = [(sc, k) for sc, k in scored if any(claims[j].context.period in (hint, f"{hint}-12{AS_OF}")
                                                       for j in pool[k])]
            named = [(sc, k) for sc, k in scored if any(claims[j].context.period and
                                                        _period_compatible(hint, claims[j].context.period)
                                                        for j in pool[k])]
            scored = same if len(same) == 1 else (named if len(named) == 1 else scored)
        if len(scored) > 1 and not ambiguous_ok:
            # its page states the same value, dated, in one of them: a headline restating its story's figure (of
            # three digits or more: a 5% or a 10 on one page may be two things)
            c = claims[i]
            if _significant_digits(c) >= 3:
                mine = [(sc, k) for sc, k in scored if any(
                    claims[j].path == c.path and claims[j].context.period and
                    (claims[j].value, claims[j].low, claims[j].high, claims[j].unit) == (c.value, c.low, c.high, c.unit)
                    for j in pool[k])]
                scored = mine if len(mine) == 1 else scored
        if len(scored) > 1 and not ambiguous_ok:
            scored = _retold_vintage(claims, claims[i], scored, pool)
        if len(scored) > 1 and not ambiguous_ok:
            # one fits clearly better than every other (the same object word for word, against a look-alike
            # that shares less of it): it is that one's
            ranked = sorted(scored, reverse=True)
            if ranked[0][0] - ranked[1][0] >= CLEARLY_BETTER or _one_period_rounded(
                    claims, claims[i], [pool[k] for _, k in scored], pool[ranked[0][1]]):
                scored = ranked[:1]
        if not scored or (not ambiguous_ok and len(scored) > 1):
            return bool(scored)
        pool[max(scored)[1]].append(i)
        return True

    def where(i: int) -> tuple:
        c = claims[i]
        return c.path, c.line, c.column

    def agglomerate(items: list[int]) -> list[list[int]]:
        if len(items) > AGGLOMERATE_MAX:
            pool: list[list[int]] = []
            for i in items:
                if not place(i, pool, True):
                    pool.append([i])
            return pool
        pairs = []
        for x, i in enumerate(items):
            for j in items[x + 1:]:
                sim = likeness(claims[i], claims[j], weights)
                if sim >= similarity_min and not clash(claims[i], claims[j]):
                    pairs.append((-sim, *sorted((where(i), where(j))), i, j))
        pairs.sort()  # most alike first; ties by position in the files, not by the order claims came in
        cluster_of = {i: [i] for i in items}
        for *_, i, j in pairs:
            a, b = cluster_of[i], cluster_of[j]
            if a is b or any(clash(claims[x], claims[y]) for x in a for y in b):
                continue
            a.extend(b)
            for y in b:
                cluster_of[y] = a
        seen, out = set(), []
        for i in items:
            cl = cluster_of[i]
            if id(cl) not in seen:
                seen.add(id(cl))
                out.append(cl)
        return out

    clusters = agglomerate(dated)
    loose_items: list[int] = []
    for i in undated:
        if place(i, clusters, False):
            continue  # joined the one dated cluster it fits, or fits several: too ambiguous to judge
        loose_items.append(i)
    loose = agglomerate(loose_items)
    if adrift and len(members) <= AGGLOMERATE_MAX:  # (each is compared with every clustered figure)
        from .compare import pair_verdict

        for i in adrift:
            # (a figure retold, exactly or rounded, joins; one that disagrees may be another year's: it stays out)
            fits = [cl for cl in clusters + loose if all(pair_verdict(claims[i], claims[j]) != "conflict" for j in cl)]
            place(i, fits, False)
    return [sorted(cl) for cl in clusters + loose]


def _outlier_of_a_consensus(claims: list[Claim], i: int, cluster: list[int]) -> bool:
    """An undated figure against three or more dated figures of other documents that all agree with one another and
    all conflict with it: another vintage of the quantity (a page's "now"), not a disagreement about it."""
    from .compare import pair_verdict

    dated = [j for j in cluster if claims[j].context.period and claims[j].path != claims[i].path]
    if len({claims[j].path for j in dated}) < 3:
        return False
    agree = all(pair_verdict(claims[a], claims[b]) == "consistent" for x, a in enumerate(dated) for b in dated[x + 1:])
    return agree and all(pair_verdict(claims[i], claims[j]) == "conflict" for j in dated)


RETOLD_DIGITS = 3  # the digits both sides need before a value may say which vintage an undated figure retells


def _retold_vintage(claims: list[Claim], c: Claim, scored: list[tuple[float, int]],
                    pool: list[list[int]]) -> list[tuple[float, int]]:
    """An undated figure fitting the dated figures of several periods, whose value agrees with every dated figure
    of one of them (the same, rounded or admitted), where no other qualifies (each holds a figure it disagrees
    with, or one written with fewer digits), is that one's retold: "China's desertification area is 2,611,600
    square kilometers" beside 2014's 2.61 million and 2019's 257.37万. Only where the undated figure and every
    dated figure of the one it picks are written with RETOLD_DIGITS digits or more (a 10%, or a cluster's "3
    million", may be any year's), and only between clusters whose years do not overlap (two of one year are two
    quantities its words could not tell apart). Judged on the dated figures alone, so two pages retelling one
    year's figure differently both join it, whichever comes first. Else `scored` as given."""
    from .compare import pair_verdict

    if _significant_digits(c) < RETOLD_DIGITS or c.value is None or c.qualifier:
        return scored
    dated = [[j for j in pool[k] if claims[j].context.period] for _, k in scored]
    years = [set().union(*(_years(claims[j].context.period) for j in d)) for d in dated]
    if any(not y for y in years) or sum(map(len, years)) != len(set().union(*years)):
        return scored  # (a year of no cluster, or one two clusters share)
    agreeing = [(sc, k) for (sc, k), d in zip(scored, dated) if all(
        _significant_digits(claims[j]) >= RETOLD_DIGITS and pair_verdict(c, claims[j]) != "conflict" for j in d)]
    return agreeing if len(agreeing) == 1 else scored


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _years(period: str) -> set[int]:
    """The years a period string covers: "2014", "2014-12 (as of)" and "FY2014" 2014; "2010..2014" 2010 to 2014."""
    got = [int(y) for y in _YEAR.findall(period)]
    if ".." in period and len(got) == 2:
        return set(range(min(got), max(got) + 1))
    return set(got)


def _one_period_rounded(claims: list[Claim], c: Claim, fits: list[list[int]], best: list[int]) -> bool:
    """An undated figure fitting several clusters of one period, which its value rounds or restates in the one it
    resembles most, by the member it resembles most (84% beside 83.77%, where one page's 83% and 83.77% had to
    part): that one's. A figure in conflict with that member, or fitting clusters of two periods, stays
    ambiguous."""
    from .compare import pair_verdict

    if len({claims[j].context.period for cl in fits for j in cl} - {None}) != 1:
        return False
    weights = _weights()
    sims = [(similarity(c, claims[j], weights), j) for j in best]
    top = max(sim for sim, _ in sims)
    return any(pair_verdict(c, claims[j]) != "conflict" for sim, j in sims if sim == top)


def _decimals(x: float) -> int:
    text = repr(float(x))
    return 0 if text.endswith(".0") or "e" in text else len(text.split(".")[1])


_BOUNDS = ("over", "at_least", "under", "at_most")


def _restated(a: Claim, b: Claim) -> bool:
    """One document's headline rounding of its own figure ("增7%" above "增长6.8%"), or a hedge its figure meets
    ("nearly 60%" beside "57.8%", 近60%): one quantity, not two."""
    if a.value is None or b.value is None or a.low is not None or b.low is not None or a.value == b.value:
        return False
    for bound, exact in ((a, b), (b, a)):  # (a lower bound, "topped 50 GW", is an open range: not joined; measured
        if bound.qualifier in _BOUNDS and not exact.qualifier:  # on the corpora, joining it costs more than it finds)
            from .compare import interval

            low, high = interval(bound)
            return low <= exact.value <= high
    # (by the digits written, where both are written in digits: "USD 19.9 billion" and a table's "$19.94" in
    # billions; 1320亿件 and 1320.7亿件)
    if a.written_unit != b.written_unit and abs(a.value - b.value) <= 1e-3 * max(abs(a.value), abs(b.value)):
        return True  # one amount written in two units: 119319千公顷 (178979万亩), 70650万吨 (14130亿斤)
    if abs(a.value - b.value) <= 2e-3 * max(abs(a.value), abs(b.value)):
        return True  # its text and its table rounding one amount apart: "75.8 million units", "Total 75.9"
    fa, fb = _figures(a), _figures(b)
    if fa and fb and fa != fb:
        (fs, short), (_, long_) = sorted(((fa, a.value), (fb, b.value)))
        return _to_figures(long_, fs) == _to_figures(short, fs)
    short, long_ = sorted((a.value, b.value), key=_decimals)
    return _decimals(short) < _decimals(long_) and round(long_, _decimals(short)) == short


_DIGITS = re.compile(r"\d[\d,]*(?:\.\s?\d+)?")  # ("70649. 9": a decimal point a copy spaced out)


def _figures(c: Claim) -> int | None:
    """Figures of the number as written ("19.94" 4, "1320" 4, "0.05" 1); None without digits."""
    m = _DIGITS.search(c.text)
    if not m:
        return None
    digits = m.group().replace(",", "").replace(" ", "")
    whole, _, frac = digits.partition(".")
    sig = (whole.lstrip("0") + frac) if whole.strip("0") else frac.lstrip("0")
    return len(sig) or None


def _to_figures(x: float, n: int) -> float:
    import math

    if not x:
        return 0.0
    return round(x, n - 1 - math.floor(math.log10(abs(x))))


def _comparable(claims: list[Claim], cluster: list[int]) -> bool:
    """A group needs two documents, or one document restating one figure: one document giving different
    values ("mines 69% … refines 92%") is two quantities the context could not tell apart."""
    if len({claims[i].path for i in cluster}) >= 2 or len({claims[i].context.source for i in cluster}) >= 2:
        return True  # two documents, or one document quoting two sources
    return len({(claims[i].value, claims[i].low, claims[i].high) for i in cluster}) == 1


def _make(claims: list[Claim], members: list[int]) -> Group:
    first = claims[members[0]]
    periods = sorted({claims[i].context.period for i in members if claims[i].context.period})
    metric = max((claims[i].context.metric or "" for i in members), key=len)
    # (a group an unnamed amount joined is its named members' subject's; of its spellings, the one most of them
    # write, the first in sorted order on a tie: "Mount Everest" over "MOUNT Everest", whatever the files' order)
    spellings = Counter(claims[i].context.subject for i in members if claims[i].context.subject)
    subject = min(spellings, key=lambda n: (-spellings[n], n)) if spellings else "(market)"
    return Group(tuple(sorted(members)), subject, metric, first.unit, "/".join(periods) or None)


def explain(a: Claim, b: Claim) -> str | None:
    """The first facet that keeps two figures apart, in words, or None when they meet (for `factcheck why`)."""
    ka, kb = block_key(a), block_key(b)
    for c, k in ((a, ka), (b, kb)):
        if k is None:
            x = c.context
            if x is None:
                return f"{c.text}: no context was read"
            if x.how in ("flattened-table", "unknown"):
                return f"{c.text}: its subject cannot be told ({x.how})"
            if not x.topics and not x.words:
                return f"{c.text}: nothing says what it measures"
            if x.subject is None and x.measure == "percent":
                return f"{c.text}: no one is named, and nothing says whether the percentage is a share or a change"
            return f"{c.text}: a bare number, too little to say what it counts"
    if unanchored(a) and unanchored(b):
        return f"{a.text} and {b.text}: neither names anyone, nor says when or where"
    x, y = a.context, b.context
    checks = [("unit", a.unit, b.unit), ("rate base", _per(a), _per(b)),
              ("subject", subject_key(x.subject), subject_key(y.subject)),
              ("measure", x.measure, y.measure), ("forecast or not", "forecast" in x.basis, "forecast" in y.basis),
              ("adjusted or not", "adjusted" in x.basis, "adjusted" in y.basis),
              ("a former value or not", "former" in x.basis, "former" in y.basis),
              ("subset (top N) or not", subsets(x.basis) or "none", subsets(y.basis) or "none")]
    shown = {"subject": (x.subject or "(market)", y.subject or "(market)")}  # (as written, not as compared)
    for name, p, q in checks:
        if p != q:
            p, q = shown.get(name, (p, q))
            return f"{name} differs: {p} vs {q}"
    sa, sb = unit_system(a), unit_system(b)
    if sa != sb:
        from .compare import pair_verdict

        if a.unit.startswith(_TEMPERATURE):
            return (f"temperatures in two systems ({sa or 'metric'} vs {sb or 'metric'}): a difference written in "
                    f"one reads as a temperature, so {a.text} and {b.text} are never set against each other")
        if pair_verdict(a, b) != "conflict" or _converted(a, b):
            # (one amount in two systems, each rounded: a conversion; where they disagree their clusters join)
            return (f"units of two systems ({sa or 'metric'} vs {sb or 'metric'}) that agree: {a.text} and "
                    f"{b.text} state one amount, converted")
    differs = _apart(a, b)
    if differs:
        return differs
    sim = likeness(a, b)
    if sim < OBJECT_SIMILARITY:
        wa, wb = _words(a, b)  # (the words as matching compared them: a dimension one side alone says left out)
        return (f"objects differ: {' '.join(x.topics + tuple(sorted(wa))) or '-'} vs "
                f"{' '.join(y.topics + tuple(sorted(wb))) or '-'} "
                f"(similarity {sim:.2f} < {OBJECT_SIMILARITY})")
    if a.path == b.path and (a.value, a.low, a.high) != (b.value, b.low, b.high) and not _restated(a, b) and not (
            (x.source and y.source and x.source != y.source or _bound_and_figure(a, b)) and
            sim >= SAME_DOCUMENT_SIMILARITY):
        # (as _clusters' clash reads them: a headline's rounding of its own figure, or one amount in two units,
        # is one quantity)
        return "one document gives both values: two quantities the frame cannot tell apart"
    adrift = a if unanchored(a) else b if unanchored(b) else None
    if adrift is not None:
        from .compare import pair_verdict

        if pair_verdict(a, b) == "conflict":
            # (as _clusters places it: a figure of no one, no when and no where that disagrees may be another year's)
            return (f"{adrift.text}: no one is named, and nothing says when or where; it disagrees with "
                    f"{(b if adrift is a else a).text}, so it may be another year's figure")
    return None
