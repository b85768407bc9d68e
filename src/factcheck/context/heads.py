"""Definite descriptions by a name's head noun: a thing named once in full is then "the dam", "the lake".

Forms it reads (→ the name the description stands for):

- a name of two or more words whose last word is an ordinary English noun, then "the" and that noun, later in the
  document: "The Three Gorges Dam was finished in 2006. The dam is 181 m high" → Three Gorges Dam for 181 m;
  "Great Barrier Reef … the reef's coral cover", "Qinghai Lake … the lake covers 4,317 km²", "Leopard National
  Park … the park's area";
- the possessive too: "the park's total area";
- the latest such name before the description: "Lake Baikal … Qinghai Lake … the lake" → Qinghai Lake; a name
  opening with its kind lends it too ("Qinghai Lake … Lake Baikal, in Siberia, … the lake" → Lake Baikal;
  "Mount X" lends "mountain");

and not:

- a place the alias table knows or a name read as a place ("United States" → "the states", "Hong Kong Tourism
  Board" stays the board's only when read as a body): countries, regions and cities have their own pronouns
  ("the country", "the city": cues.toml subject.pronouns);
- a source, a publication or a person ("Living Planet Report" → "the report" is who says so, not whom a figure is
  about): only names read as the subject of a figure (role entity); nor a body's name ("Hong Kong Tourism Board …
  the board previously stated", "State Forestry Administration … The administration said"): who says so;
- a name the thing is compared with ("exceeded only by Lake Superior", "larger than Lake Michigan");
- "the dam" before the name is written, nor one naming another thing by its phrase ("the sea of Galilee",
  "the lake's" is the lake's, "the lake of fire" is not);
- a description with words between "the" and its noun ("the new dam", "the upper lake"): the words may say it is
  another one; nor one whose noun a noun follows ("the exchange rate", "the park service", "the reserve
  requirement"): a compound, another thing; what follows must be a verb, an auxiliary, a preposition or a stop;
- a head a capitalised run ends with that names no thing ("Global", "Report" as a title's word are kept out by
  role; "Year", "Data" by _NOT_HEADS).

In Chinese, a landmark's name (landmarks.py) lends the word for its kind that ends it (cues.toml
subject.feature_heads): "三峡大坝的建设始于1994年。大坝全长约2335米" → Three Gorges Dam for 2335米; with a
demonstrative before it any such word, "这座大坝", "该湖", "此湖"; bare a word of two characters or more
opening a clause (大坝, 运河, 瀑布), or one of one character cues.toml subject.bare_feature_heads lists (湖长636公里,
湖最深处达1642米, 湖面海拔456米: the lake's; 塔高56米: the tower's; not 湖北, 湖南, 湖州, 湖泊, nor 湖区, the land
around it, nor 塔吉克, 塔里木; 海 and 山 open 海拔, 海外, 山东), and only for
a landmark of its block or the block before, with no power station named between ("三峡大坝坝高181米。白鹤滩水
电站…大坝最大坝高289米" is the other dam's). Not a demonstrative inside a word (因此, 如此, 彼此), nor a
one-character word a character follows that makes it another (该峰值, 此山区: 峰值, 山区).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import landmarks
from .names import _NEXT_LOWER_WORD, _PLACE_KINDS, Mention, _acts, _simplified, english_word
from .view import COMPARED_WITH

_WORD_END = re.compile(r"[A-Za-z][a-z]+$")
# last words of a capitalised run that name no thing a figure is about ("Global Music Report" is a source's; "Fiscal
# Year", "Annual Data")
_NOT_HEADS = frozenset({"year", "years", "data", "global", "world", "report", "index", "survey", "outlook",
                        "review", "update", "day", "week", "month", "quarter", "time", "times", "news", "post",
                        "daily", "today", "online", "group", "company", "firm", "country", "city", "province",
                        "state", "states", "nation", "kingdom", "bloc", "port", "bank", "platform", "brand",
                        "board", "committee", "authority", "department", "center", "centre", "foundation", "society",
                        "union", "team", "club", "party"})
# a name opening with its kind: "Lake Baikal", "Mount Elbrus", "Mt. Fuji"
KIND_FIRST = {"lake": "lake", "mount": "mountain", "mt": "mountain", "mt.": "mountain"}


@dataclass(frozen=True)
class Head:
    """A name that later descriptions may stand for: its head noun (lower case), the name and its kind."""
    head: str
    name: str
    kind: str


def head_of(written: str, m: Mention, bodies: tuple[str, ...] = (), feature_heads: tuple[str, ...] = (),
            kinds: tuple[str, ...] = ()) -> Head | None:
    """The head a mention's name lends descriptions ("Three Gorges Dam" → dam, 三峡大坝 → 大坝; "Leaning Tower of
    Pisa" → tower, its kind word before the place it is of, `kinds`: cues.toml subject.landmark_kinds_last), or
    None; not a body's (`bodies`, cues.toml source.bodies: "the board said", "the administration reported" is who
    says so)."""
    if m.role != "entity" or m.kind in _PLACE_KINDS:
        return None
    if not written.isascii():
        han = _simplified(written)
        if m.kind != "named" or han not in landmarks.table():
            return None
        head = max((h for h in feature_heads if han.endswith(h) and len(han) > len(h)), key=len, default=None)
        return Head(head, m.name, m.kind) if head else None
    words = written.split()
    if len(words) < 2:
        said = m.name.split()  # ("Namtso is a lake … The lake lies at 4,718 m": the name read with the kind the
        # sentence says it is, names._landmark_said)
        if m.kind == "named" and len(said) == 2 and said[0] == written and said[1].lower() in kinds:
            return Head(landmarks.kept_kind(said[1].lower()), m.name, m.kind)
        return None
    if words[0].lower() in KIND_FIRST and words[0][0].isupper():
        return Head(landmarks.kept_kind(KIND_FIRST[words[0].lower()]), m.name, m.kind)
    k = landmarks.kind_of_at([w.lower() for w in words], kinds)
    if k is not None and words[k][:1].isupper():
        return Head(landmarks.kept_kind(words[k].lower()), m.name, m.kind)  # ("the Leaning Tower of Pisa … the
        # tower": its kind word)
    last = _WORD_END.search(words[-1])
    if last is None or last.group() != words[-1]:
        return None  # ("Lake Baikal's", "Route 66": no noun ends it)
    head = last.group().lower()
    if landmarks.kept_kind(head) != head:  # ("Mogao Grottoes … the caves": one kind, spelt two ways)
        return Head(landmarks.kept_kind(head), m.name, m.kind)
    if last.group() in bodies or head in _NOT_HEADS or len(head) < 3 or not english_word(head):
        return None
    return Head(head, m.name, m.kind)


def heads_in(text: str, mentions: list[Mention], bodies: tuple[str, ...] = (),
             feature_heads: tuple[str, ...] = (), kinds: tuple[str, ...] = ()) -> list[tuple[int, Head]]:
    """The heads a block's mentions lend, with where each name ends."""
    out = []
    for m in mentions:
        h = head_of(text[m.start:m.end], m, bodies, feature_heads, kinds)
        # (a name a thing is compared with lends it no description: "the largest lake in Africa, exceeded only by
        # Lake Superior … The lake's maximum depth" is Lake Victoria's)
        if h is not None and not COMPARED_WITH.search(text, max(0, m.start - 24), m.start):
            out.append((m.end, h))
    return out




@functools.lru_cache(maxsize=256)
def _pattern(heads: tuple[str, ...], bare_ones: tuple[str, ...] = ()) -> re.Pattern:
    latin = [h for h in heads if h.isascii()]
    han = sorted((h for h in heads if not h.isascii()), key=len, reverse=True)
    alts = []
    if latin:
        alts.append(r"(?<![\w\-])the\s+(" + "|".join(map(re.escape, latin)) + r")(?:['’]s)?(?![\w\-])(?!\s+of\b)")
    if han:
        words = "|".join(map(re.escape, han))
        alts.append(_DEMONSTRATIVE + "(" + words + ")" + _NOT_A_WORD_AFTER)
        long = "|".join(map(re.escape, [h for h in han if len(h) >= 2]))
        if long:
            alts.append(r"(?:^|(?<=[。，,；;：:！？!?\n]))\s*(" + long + ")")
        one = "|".join(re.escape(h) + _BARE_NEXT.get(h, _NOT_BARE_NEXT)
                       for h in han if len(h) == 1 and h in bare_ones)
        if one:  # (湖长636公里, 湖最深处达1642米: not 湖北, 湖南, 湖州, 湖泊, nor the land around it, 湖区; 塔高56米)
            alts.append(r"(?:^|(?<=[。，,；;：:！？!?\n]))\s*(" + one + r")")
    return re.compile("|".join(alts))


# what may follow a bare one-character kind word opening a clause: for 塔 only what a tower has (塔高, 塔身, 塔顶, 塔基:
# not 塔吉克, 塔里木, 塔利班, 塔式起重机, 塔吊); for the others anything but what makes it another word (湖北, 湖泊, 湖区)
_BARE_NEXT = {"塔": "(?=[高身顶頂基底内內尖座楼樓层層重体體])"}
_NOT_BARE_NEXT = "(?![北南州泊值量人区區])"
# this, that, the said before a Chinese noun, with a measure word or none: 这座大坝, 该湖, 此湖, 这条运河 (not the 此 of
# 因此, 如此, 彼此, 从此, 为此)
_DEMONSTRATIVE = r"(?<![因如彼从為为由对對借据據在于於至])(?:这|這|該|该|此|那)(?:一|座|条|條|個|个|片|道|处|處)?"
# (nor the kind word as the start of another: 该峰值 is "this peak value", 此山区 "this mountain area")
_NOT_A_WORD_AFTER = r"(?![值量区區域面外内內部顶頂])"
# a power station named between a landmark and a bare description: the description may be that one's dam
# (not a battery-swap or a charging station, 换电站, 充电站: no dam)
_OTHER_STRUCTURE = re.compile(r"(?<![换換充])(?:电站|電站)")


_CLAUSE_STARTS = re.compile(r"[。，,；;：:！？!?\n]")
# a Chinese name of a feature opening a clause, before what it is or where it lies: two to six characters, then the
# kind (保俶塔位于宝石山上, 赞比西河全长2700公里); not a word for the one named before (这座山, 整个湖, 全塔, 主峰, 雪山:
# no name has fewer than two characters before its kind, nor opens with a demonstrative or "whole")
_FEATURE_NAME = re.compile(r"\s*((?![这這那此该該本全整各每其另])[\u4e00-\u9fff]{2,6}(?:河|江|湖|山|峰|岛|島|塔|寺|宫|宮))"
                           r"(?=位于|位於|坐落|是|高|海拔|全长|全長|长|長|面积|面積|宽|寬|深)")


def another_structure(low: str, s: int, e: int) -> bool:
    """A power station named between s and e: a bare 大坝 after it may be that one's dam, and a dam's figure after it
    that one's (三峡大坝坝高181米。白鹤滩水电站…大坝最大坝高289米)."""
    return _OTHER_STRUCTURE.search(low, s, e) is not None


def another_feature(low: str, at: int, landmark: str | None) -> bool:
    """A clause at `at` opens with the Chinese name of a feature that is not the landmark (its table name, a name
    holding it, 厄尔布鲁士山, or one ending as it does, 斜塔 of 比萨斜塔): "保俶塔位于宝石山上,塔高45.3米" on a page about
    the Leifeng Pagoda, 赞比西河全长2700公里 on one about Victoria Falls. Not 这座山, 整个湖, 全塔高71米, 主峰海拔8848米."""
    m = _FEATURE_NAME.match(low, at)
    if m is None or not landmark:
        return m is not None
    han = m.group(1)
    return not _shortens(han, landmark) and not any(cn in han for cn in landmarks.chinese_names(landmark))


def _shortens(han: str, name: str) -> bool:
    """A Chinese word ending the landmark table's Chinese name of `name` (斜塔 of 比萨斜塔, the Leaning Tower of Pisa)."""
    return any(cn.endswith(han[-k:]) for cn in landmarks.chinese_names(name) for k in range(2, len(han) + 1))


def _ends_phrase(low: str, e: int, vocab, parts: bool = True) -> bool:
    """What follows a description's noun is a verb, an auxiliary, a preposition or a stop (names._acts), a verb
    in -s ("the lake covers"), one in the past ("the reef lost") or an adverb ("the sea significantly decreased"),
    or a part of the thing (cues.toml subject.feature_parts: "the lake surface", "the dam crest"), not another noun
    ("the exchange rate", "the tiger population")."""
    if _acts(low, e, vocab):
        return True
    nxt = _NEXT_LOWER_WORD.match(low, e)  # (or an adverb before the verb: "the dam officially began")
    if nxt is None:
        return False
    w = nxt.group(1)
    if w in vocab.cues.get("subject.feature_parts", ()):  # ("the lake surface is at 4740 m"; not "the lake shore
        return _ends_phrase(low, nxt.end(1), vocab, parts=False) if parts else False  # road": another thing)
    return (w.endswith("s") and not w.endswith("ss")) or w.endswith("ly") or w in _IRREGULAR_PAST


# verbs in the past that do not end in -ed ("the reef lost 67 percent", "the lake shrank")
_IRREGULAR_PAST = frozenset({"lost", "rose", "fell", "grew", "shrank", "shrunk", "saw", "made", "took", "held",
                             "hit", "cost", "became", "began", "left", "built", "gave", "won", "drew", "ran", "stood",
                             "spent", "sold", "kept", "brought", "sank", "froze", "broke", "went", "came", "got",
                             "put", "set", "cut", "led", "met", "paid", "sent", "spread", "stretched", "dried"})


def described(low: str, before: dict[str, Head], here: list[tuple[int, Head]],
              mentions: list[Mention], vocab, near: frozenset[str] = frozenset()) -> list[Mention]:
    """The descriptions in a block (its lower-case text) that stand for a name written before: `before`, the
    latest name per head from the blocks before; `here`, the block's own names with where each ends; `near`, the
    heads whose latest name is in the block right before (a bare Chinese kind word reaches no further). Not where
    a mention already is."""
    heads = set(before) | {h.head for _, h in here}
    if not heads or ("the" not in low and low.isascii()):
        return []
    out = []
    bare = tuple(vocab.cues.get("subject.bare_feature_heads", ()))
    spelt = tuple(sorted({w for h in heads for w in (landmarks.kind_spellings(h) if h.isascii() else (h,))}))
    for m in _pattern(spelt, bare).finditer(low):
        s, e = m.span()
        if any(o.start < e and s < o.end for o in mentions):
            continue
        word = next(g for g in m.groups() if g)
        word = landmarks.kept_kind(word) if word.isascii() else word  # ("the grottoes": the caves' head)
        if word.isascii() and not m.group(0).endswith(("'s", "’s")) and not _ends_phrase(low, e, vocab):
            continue  # "the exchange rate", "the park service": the noun of a compound
        own = [(end, h) for end, h in here if end <= s and h.head == word]
        if own:
            end, h = own[-1]
        else:
            end, h = 0, before.get(word)
        if h is None:
            continue
        if not word.isascii() and m.group(0).lstrip()[:1] == word[:1]:  # (a bare kind word)
            if not own and word not in near or _OTHER_STRUCTURE.search(low, end, s):
                continue
            if any(another_feature(low, k.end(), h.name) for k in _CLAUSE_STARTS.finditer(low, end, s)):
                continue  # ("…雷峰塔…。保俶塔位于宝石山上,塔高45.3米": another tower opening a clause nearer)
        out.append(Mention(s, e, h.name, "entity", h.kind))
    return out
