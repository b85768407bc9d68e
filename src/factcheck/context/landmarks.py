"""Landmarks: the Chinese names of mountains, rivers, lakes, seas, reefs, dams and temples no alias table lists.

Forms it reads (→ the name, in English, as an English page writes it):

- a feature or structure CC-CEDICT names in English (data/landmarks.tsv, tools/gen_landmarks.py): 三峡大坝 →
  Three Gorges Dam, 死海 → Dead Sea, 马里亚纳海沟 → Mariana Trench, 富士山 → Mount Fuji, 京杭大运河 → Grand Canal;
  so "三峡大坝高185米" and "the Three Gorges Dam is 181 m high" name one subject;
- the longest name at a place: 青海湖 (Qinghai Lake), not 青海 (the province), in 青海湖面积;

and not:

- a name read across a word's edge, where a name the alias table knows crosses it: 广东海域 is 广东 and 海域, no
  East China Sea (东海); nor one inside an organisation's name: 三峡集团 is a company, not the Three Gorges;
- a name the alias table knows: the table's name stays (its cross-language entries are its own).

A name the page gives as its landmark's deepest point, or a mountain's highest, is the landmark for its depth or
height (`part_names`): "The deepest place of the trench … is the Challenger Deep, 10,994 meters deep",
其最深处挑战者深渊(Challenger Deep)深度约10,984米, "the Mariana Trench's deepest point, Challenger Deep, is roughly 11
kilometers": the trench's depth, as "the Mariana Trench is 11,034 m deep" says; not a name beside a superlative of
somewhere else ("Mount Everest, the highest peak in the world"), nor another thing's ("the Tanggula Mountains; its
highest peak, Geladandong").

One landmark written three ways is one name: "Titicaca Lake" is Lake Titicaca as the table writes it (`ordered`,
`key`); "Titicaca" alone, on a page that opens with Lake Titicaca, is the lake (`base`; _Doc.landmark_named).

A building's name may carry the place it is of: "Leaning Tower of Pisa", "Grand Canal of China" is the name; "Leaning
Tower" and "Tower of Pisa", on its page or another, name it in part (`short`, `part_of`; context/names_across.py).

In English, "Mt"/"Mt." opening a name is "Mount" ("Mt. Everest", "Mt Fuji": ABBREVIATED, read by
names._clean_name).

The list is extended by adding lines to the file in a checkout (Chinese name, a tab, the English name); `--tables`
does not read it yet.
"""
from __future__ import annotations

import re
from functools import lru_cache

# "Mt Everest", "Mt. Fuji": the kind word abbreviated
ABBREVIATED = {"Mt": "Mount", "Mt.": "Mount"}


def read_names(file: str) -> dict[str, str]:
    """A data file of names, Chinese (Simplified) → English: a line each, a tab between ('#' opens a comment)."""
    from importlib.resources import files

    out = {}
    for line in (files("factcheck") / "data" / file).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            han, english = line.split("\t", 1)
            out[han.strip()] = english.strip()
    return out


def table() -> dict[str, str]:
    """Chinese name (Simplified) → English name; a peak's name also without its 峰 when three characters or more are
    left (冈仁波齐 for 冈仁波齐峰, Mount Gang Rinpoche), a mountain's without its 山 when four or more are left
    (乞力马扎罗 for 乞力马扎罗山; not 冈底斯, nor a kind of two characters, 雪山, 火山, 神山, 名山: 玉龙雪 is no name),
    where no other name shortens so."""
    return _tables()[0]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    """table(), and the names it adds without their kind character (landmarks.tsv read once)."""
    names = read_names("landmarks.tsv")
    short: dict[str, set[str]] = {}
    for han, english in names.items():
        if (han[-1] == "峰" and len(han) >= 4) or (han[-1] == "山" and len(han) >= 5 and han[-2] not in "雪火神名"):
            short.setdefault(han[:-1], set()).add(english)
    added = {han: next(iter(en)) for han, en in short.items() if len(en) == 1 and han not in names}
    names.update(added)
    return names, frozenset(added)


@lru_cache(maxsize=None)
def matcher(names_of):
    """The longest-first matcher of a names table (`names_of`: the function that reads it, cached)."""
    from .vocab import Matcher

    return Matcher(names_of())


def find(low: str) -> list[tuple[int, int, str]]:
    """The landmarks named in a (normalised, lower-cased) text: (start, end, English name)."""
    names = table()
    return [(s, e, names[w]) for s, e, w in find_written(low)]


def find_written(low: str) -> list[tuple[int, int, str]]:
    """The landmarks named in a text, as written there (Simplified): (start, end, Chinese name); a name without its
    kind character not before a word of a place or a facility (乞力马扎罗地区, 冈仁波齐大本营, 各拉丹冬西部: the region,
    the camp, the land around it)."""
    found = matcher(table).find(low)
    if not found:
        return found
    short = _tables()[1]
    return [(s, e, w) for s, e, w in found if w not in short or not _PLACE_AFTER.match(low, e)]


_PLACE_AFTER = re.compile(r"(?:地区|地區|一带|一帶|周边|周邊|附近|大本营|大本營|国家公园|國家公園|保护区|保護區|机场|機場|"
                          r"[东西南北東][部麓侧側坡]|[县縣省市镇鎮乡鄉村州])")



# the deepest or highest point of something: "deepest place", "highest known point", "highest peak", 最深处, 最深點,
# 最高峰, 主峰 (normalised text: Simplified, lower case)
_EXTREME_POINT = re.compile(r"(?:deepest|highest)\s+(?:known\s+)?(?:point|place|part|peak|summit|spot|portion|"
                            r"section)(?![a-z])|最(?:深|高)(?:处|点|峰|的地方)|第一高峰|主峰|顶峰")
# the kind words of a landmark whose highest point is its height (a lake's highest peak is a mountain's)
_MOUNTAIN = re.compile(r"\b(?:mount|mt\.?|mountain|mountains|peak|volcano)\b", re.I)
# before the point, words making it the landmark's: "its deepest point", 其最深处, the landmark's name with "'s" or 的;
# "the" where no other name comes before it in its sentence ("Mount Olympus has 52 peaks. The highest peak, Mytikas")
_ITS = re.compile(r"(?:\bits\s+|\bthe\s+|其|整座山的|整个湖的)$")
# (a mention may hold its own "'s"; a Chinese name right before the point is its owner: 黄山最高峰, 黄山第一高峰)
_OWNED = re.compile(r"(?:(?<=['’]s)|['’]s)\s+|\s*的\s*")
# after the point, the landmark it is of: "the deepest place of the trench", "the highest point on the mountain"
_OF = re.compile(r"\s+(?:of|in|on)\s+(?:the\s+)?")
# between the point (or its landmark after it) and the name it is: "… is the Challenger Deep", ", Challenger Deep",
# "at a point called the Challenger Deep", 其最深处挑战者深渊(Challenger Deep), 最高峰为基博峰(也称乌呼鲁峰)
_THEN_NAME = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*|\s+(?:is|was)\s+|\s+(?:is\s+)?(?:called|known\s+as|named)\s+|"
                        r"[,，:：]?\s*(?:也|又|亦)?被?(?:称为|称作|叫做|叫|名为|为|是|即)?\s*"
                        r"(?:[\u4e00-\u9fff]{1,8}\s*[(（]\s*)?)(?:the\s+|a\s+point\s+called\s+(?:the\s+)?)?$")
# between a name and the point after it: "Challenger Deep in the Mariana Trench is the deepest known point", 基博峰是
# 整座山的最高点, "Uhuru Peak, the highest point"
_NAME_THEN = re.compile(r"\s*[)）]?\s*(?:,\s*(?:the\s+)?|\s+(?:in\s+[^,.;]{1,40}?\s+)?(?:is|was)\s+(?:the\s+)?|"
                        r"(?:是|为)\s*(?:[\u4e00-\u9fff]{1,8}的)?)$")


_STOP = re.compile(r"[。！？!?]|\.\s")  # a sentence's end


def _named_before(low: str, at: int, named, landmark: str) -> bool:
    """The sentence before the one `at` is in names `landmark`."""
    ends = [m.end() for m in _STOP.finditer(low, 0, at)]
    if not ends:
        return False
    start = ends[-2] if len(ends) > 1 else 0
    return any(m.name == landmark and start <= m.start and m.end <= ends[-1] for m in named)


def part_names(low: str, mentions, landmark: str) -> dict[str, str]:
    """The names a block (normalised, lower case) gives as the deepest or highest point of `landmark`, the page's,
    with the dimension they stand for ("depth", "height"):
    a point the text makes the landmark's (its, 其, the landmark's name or a description of it before it or after
    "of"; or the landmark named between the name and the point: "X in the Mariana Trench is the deepest known
    point"), and the name beside it."""
    named = [m for m in mentions if m.role == "entity" and m.kind not in ("country", "region")]
    if not any(m.name != landmark for m in named):
        return {}
    out: dict[str, str] = {}
    for p in _EXTREME_POINT.finditer(low):
        dimension = "depth" if ("deep" in p.group() or "深" in p.group()) else "height"
        if dimension == "height" and not _MOUNTAIN.search(landmark):
            continue  # ("Lake Titicaca …; its highest peak, Illimani": a mountain's, no height of the lake)
        s, e = p.span()
        owner = [m for m in named if m.name == landmark and (
            _OWNED.fullmatch(low, m.end, s) or _OF.fullmatch(low, e, m.start) or
            (m.end == s and "\u4e00" <= low[s - 1] <= "\u9fff"))]
        its = _ITS.search(low, max(0, s - 6), s)
        # (its, 其: the landmark's when the name nearest before it in the sentence is the landmark, or there is none:
        # "The Yangtze River originates in the Tanggula Mountains; its highest peak, Geladandong" is the mountains')
        said = [m for m in mentions if its and m.role == "entity" and m.end <= its.start() and
                not _STOP.search(low, m.end, its.start())]
        # ("the highest peak" bare: where the sentence before names the landmark, "Mount Olympus has 52 peaks. The
        # highest peak, Mytikas"; not "Kangchenjunga contains five peaks. The highest peak, Kangchenjunga Main")
        bare = its is not None and its.group().startswith("the")
        linked = bool(owner) or bool(its and (not said or said[-1].name == landmark) and
                                     (not bare or _named_before(low, its.start(), named, landmark)))
        tail = max([e] + [m.end for m in owner if m.start >= e])
        for m in named:
            if m.name == landmark:
                continue
            if m.start >= tail:
                if linked and _THEN_NAME.fullmatch(low, tail, m.start):
                    out[m.name] = dimension
            elif m.end <= s and _NAME_THEN.fullmatch(low, m.end, s) and (linked or any(
                    o.name == landmark and m.end <= o.start and o.end <= s for o in named)):
                out[m.name] = dimension
    return out


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    """The landmark table's English names."""
    return frozenset(table().values())


@lru_cache(maxsize=1)
def _spelled_names() -> frozenset[str]:
    return frozenset(spelled(n) for n in english_names())


def known(name: str) -> bool:
    """The landmark table names it in English, its kind word spelt or placed any way ("Geneva Lake", Lake Geneva)."""
    return spelled(name) in _spelled_names()


@lru_cache(maxsize=1)
def _chinese_by_english() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for han, english in table().items():
        out.setdefault(english, []).append(han)
    return {english: tuple(hans) for english, hans in out.items()}


def chinese_names(english: str) -> tuple[str, ...]:
    """The landmark table's Chinese names (Simplified) of an English name: 比萨斜塔 for the Leaning Tower of Pisa."""
    return _chinese_by_english().get(english, ())


def ordered(name: str, first: tuple[str, ...]) -> str:
    """A landmark's name with a kind word that may open it first: "Titicaca Lake" is "Lake Titicaca" (`first`: those
    kind words, cues.toml subject.landmark_kinds_first)."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in first and words[0].lower() not in first:
        words = words[-1:] + words[:-1]
    return " ".join(words)


def kind_of_at(words: list[str], last: tuple[str, ...]) -> int | None:
    """Where a landmark's kind word stands before "of" and the place it is of, in a name's lower-case words
    ("leaning tower of pisa" -> 1, "palace of westminster" -> 0), or None."""
    return next((k for k in range(len(words) - 2) if words[k] in last and words[k + 1] == "of"), None)


def part_of(short: str, long: str, last: tuple[str, ...]) -> bool:
    """`short` is the landmark `long` named in part, its kind word kept: "Leaning Tower" and "Tower of Pisa" are the
    Leaning Tower of Pisa (not "Pisa", the town, nor "Leaning", no name)."""
    lw, sw = long.lower().split(), short.lower().split()
    k = kind_of_at(lw, last)
    if k is None or len(sw) < 2 or len(sw) >= len(lw):
        return False
    return any(lw[i:i + len(sw)] == sw for i in range(max(0, k - len(sw) + 1), min(k, len(lw) - len(sw)) + 1))


def short(name: str, last: tuple[str, ...]) -> str:
    """A landmark's name without the place it is of, where a word comes before its kind word: "Leaning Tower of Pisa"
    -> "Leaning Tower", "Grand Canal of China" -> "Grand Canal", as pages naming it in part write it (not "Tower of
    London" nor "Palace of Westminster", which need it). The full name stays the name (the Great Pyramid of Giza is
    not that of Cholula): this is what a page, or another page, names it in part (_Doc.named_in_part,
    names_across)."""
    words = name.split()
    k = kind_of_at([w.lower() for w in words], last)
    return " ".join(words[:k + 1]) if k else name


def key(name: str, first: tuple[str, ...]) -> str:
    """A landmark's name however its kind word is placed, lower case: "Titicaca Lake" and "Lake Titicaca" are "lake
    titicaca"."""
    return ordered(name, first).lower()


def base(name: str, first: tuple[str, ...], last: tuple[str, ...]) -> str | None:
    """A landmark's name without its kind word, lower case ("Lake Titicaca", "Titicaca Lake" -> "titicaca"; "Mount
    Kilimanjaro" -> "kilimanjaro"); None for a name without one."""
    words = name.lower().split()
    if len(words) < 2:
        return None
    if words[0] in first:
        return " ".join(words[1:])
    if words[-1] in last:
        return " ".join(words[:-1])
    return None


@lru_cache(maxsize=1)
def _size_words() -> frozenset[str]:
    """cues.toml subject.kind_size_words, read once."""
    from .vocab import vocab

    return frozenset(vocab().cues.get("subject.kind_size_words", ()))


@lru_cache(maxsize=1)
def _spellings() -> tuple[dict[str, str], dict[str, tuple[str, ...]], frozenset[str]]:
    """cues.toml subject.kind_spellings (a spelling -> the kind word kept), subject.pinyin_kinds (a kind word -> the
    pinyin endings that say it) and subject.landmark_kinds_first, read once."""
    from .vocab import vocab

    cues = vocab().cues
    kept = {w: line.split()[0] for line in cues.get("subject.kind_spellings", ()) for w in line.split()}
    pinyin = {line.split()[0]: tuple(line.split()[1:]) for line in cues.get("subject.pinyin_kinds", ())}
    return kept, pinyin, frozenset(cues.get("subject.landmark_kinds_first", ()))


def spelled(name: str) -> str:
    """A landmark's name with its kind word spelt one way and placed where that kind word opens a name, and a pinyin
    ending that repeats the kind word dropped (lower case): "Mt. Huangshan", "Mount Huangshan", "Huangshan Mountain"
    and "Mount Huang" are "mount huang"; "Mogao Grottoes" is "mogao caves"; "Taihu Lake" is "lake tai"; "Huangguoshu
    Waterfall" is "huangguoshu falls"; spaced pinyin too ("Mount Huang Shan", "Tai Hu Lake"). Not a range
    ("Tianshan Mountains"), nor a pinyin ending that is the whole word or leaves one letter ("Mount Shan")."""
    words = name.lower().split()
    if len(words) < 2:
        return name.lower()
    kept, pinyin, first = _spellings()
    at = 0 if words[0] in kept or words[0] in first else len(words) - 1
    kind = kept.get(words[at], words[at])
    if at >= 2 and words[at - 1] in _size_words() and (kind in kept or kind in pinyin):
        del words[at - 1]  # ("Huangguoshu Grand Waterfall", "Detian Great Falls": the waterfall)
        at -= 1
    if kind == words[at] and words[at] not in pinyin and words[at] not in first and len(words) == len(name.split()):
        return name.lower()
    words[at] = kind
    rest = words[1:] if at == 0 else words[:at]
    joined = "".join(rest)  # ("Mount Huang Shan", "Tai Hu Lake": a spaced pinyin name, one word)
    for ending in pinyin.get(kind, ()):
        if len(rest) <= 3 and joined.endswith(ending) and len(joined) - len(ending) >= 2:
            rest = [joined[:-len(ending)]]
            break
    return " ".join([kind, *rest] if at == 0 or kind in first else [*rest, kind])


def kept_kind(word: str) -> str:
    """A kind word as one spelling (cues.toml subject.kind_spellings): "grottoes" -> "caves", "mountain" -> "mount";
    any other word as it is."""
    return _spellings()[0].get(word, word)


def kind_spellings(word: str) -> tuple[str, ...]:
    """Every spelling of a kind word, itself first ("caves" -> caves, grottoes, grottos); a word of no kind alone."""
    kept = _spellings()[0]
    k = kept.get(word)
    return (word,) if k is None else (word, *sorted(w for w, v in kept.items() if v == k and w != word))

