"""Definite descriptions by a name's head noun: a thing named once in full is then "the dam", "the lake".

Forms it reads (→ the name the description stands for):

- a name of two or more words whose last word is an ordinary English noun, then "the" and that noun, later in the
  document: "The Three Gorges Dam was finished in 2006. The dam is 181 m high" → Three Gorges Dam for 181 m;
  "Great Barrier Reef … the reef's coral cover", "Qinghai Lake … the lake covers 4,317 km²", "Leopard National
  Park … the park's area";
- the possessive too: "the park's total area";
- the latest such name before the description: "Lake Baikal … Qinghai Lake … the lake" → Qinghai Lake (a head
  is the name's last word, so "Lake Baikal" has none: "baikal" is no noun);

and not:

- a place the alias table knows or a name read as a place ("United States" → "the states", "Hong Kong Tourism
  Board" stays the board's only when read as a body): countries, regions and cities have their own pronouns
  ("the country", "the city": cues.toml subject.pronouns);
- a source, a publication or a person ("Living Planet Report" → "the report" is who says so, not whom a figure is
  about): only names read as the subject of a figure (role entity); nor a body's name ("Hong Kong Tourism Board …
  the board previously stated", "State Forestry Administration … The administration said"): who says so;
- "the dam" before the name is written, nor one naming another thing by its phrase ("the sea of Galilee",
  "the lake's" is the lake's, "the lake of fire" is not);
- a description with words between "the" and its noun ("the new dam", "the upper lake"): the words may say it is
  another one;
- a head a capitalised run ends with that names no thing ("Global", "Report" as a title's word are kept out by
  role; "Year", "Data" by _NOT_HEADS).

In Chinese, a landmark's name (landmarks.py) lends the word for its kind that ends it (cues.toml
subject.feature_heads): "三峡大坝的建设始于1994年。大坝全长约2335米" → Three Gorges Dam for 2335米; with a
demonstrative before it any such word, "这座大坝", "该湖", "此湖"; bare only a word of two characters or more
opening a clause (大坝, 运河, 瀑布: 湖 alone is too often another lake or a lake's part, 湖面, 湖区).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import to_simplified
from . import landmarks
from .names import Mention, english_word

_WORD_END = re.compile(r"[A-Za-z][a-z]+$")
# last words of a capitalised run that name no thing a figure is about ("Global Music Report" is a source's; "Fiscal
# Year", "Annual Data")
_NOT_HEADS = frozenset({"year", "years", "data", "global", "world", "report", "index", "survey", "outlook",
                        "review", "update", "day", "week", "month", "quarter", "time", "times", "news", "post",
                        "daily", "today", "online", "group", "company", "firm", "country", "city", "province",
                        "state", "states", "nation", "kingdom", "bloc", "port", "bank", "platform", "brand",
                        "board", "committee", "authority", "department", "center", "centre", "foundation", "society",
                        "union", "team", "club", "party"})
_PLACES = frozenset({"country", "region", "city"})


@dataclass(frozen=True)
class Head:
    """A name that later descriptions may stand for: its head noun (lower case), the name and its kind."""
    head: str
    name: str
    kind: str


def head_of(written: str, m: Mention, bodies: tuple[str, ...] = (), feature_heads: tuple[str, ...] = ()) \
        -> Head | None:
    """The head a mention's name lends descriptions ("Three Gorges Dam" → dam, 三峡大坝 → 大坝), or None; not a
    body's (`bodies`, cues.toml source.bodies: "the board said", "the administration reported" is who says so)."""
    if m.role != "entity" or m.kind in _PLACES:
        return None
    if not written.isascii():
        if m.kind != "named" or to_simplified(written) not in landmarks.table():
            return None
        han = to_simplified(written)
        head = max((h for h in feature_heads if han.endswith(h) and len(han) > len(h)), key=len, default=None)
        return Head(head, m.name, m.kind) if head else None
    words = written.split()
    if len(words) < 2:
        return None
    last = _WORD_END.search(words[-1])
    if last is None or last.group() != words[-1]:
        return None  # ("Lake Baikal's", "Route 66": no noun ends it)
    head = last.group().lower()
    if last.group() in bodies or head in _NOT_HEADS or len(head) < 3 or not english_word(head):
        return None
    return Head(head, m.name, m.kind)


def heads_in(text: str, mentions: list[Mention], bodies: tuple[str, ...] = (),
             feature_heads: tuple[str, ...] = ()) -> list[tuple[int, Head]]:
    """The heads a block's mentions lend, with where each name ends."""
    out = []
    for m in mentions:
        h = head_of(text[m.start:m.end], m, bodies, feature_heads)
        if h is not None:
            out.append((m.end, h))
    return out


def _pattern(heads: tuple[str, ...]) -> re.Pattern:
    latin = [h for h in heads if h.isascii()]
    han = sorted((h for h in heads if not h.isascii()), key=len, reverse=True)
    alts = []
    if latin:
        alts.append(r"(?<![\w\-])the\s+(" + "|".join(map(re.escape, latin)) + r")(?:['’]s)?(?![\w\-])(?!\s+of\b)")
    if han:
        words = "|".join(map(re.escape, han))
        alts.append(_DEMONSTRATIVE + "(" + words + ")")
        long = "|".join(map(re.escape, [h for h in han if len(h) >= 2]))
        if long:
            alts.append(r"(?:^|(?<=[。，,；;：:！？!?\n]))\s*(" + long + ")")
    return re.compile("|".join(alts))


# this, that, the said before a Chinese noun, with a measure word or none: 这座大坝, 该湖, 此湖, 这条运河
_DEMONSTRATIVE = r"(?:这|該|该|此|那)(?:一|座|条|個|个|片|道|处)?"


_PATTERNS: dict[tuple[str, ...], re.Pattern] = {}


def described(low: str, before: dict[str, Head], here: list[tuple[int, Head]],
              mentions: list[Mention]) -> list[Mention]:
    """The descriptions in a block (its lower-case text) that stand for a name written before: `before`, the
    latest name per head from the blocks before; `here`, the block's own names with where each ends. Not where
    a mention already is."""
    heads = set(before) | {h.head for _, h in here}
    if not heads or ("the" not in low and low.isascii()):
        return []
    key = tuple(sorted(heads))
    pat = _PATTERNS.get(key)
    if pat is None:
        pat = _PATTERNS[key] = _pattern(key)
    out = []
    for m in pat.finditer(low):
        s, e = m.span()
        if any(o.start < e and s < o.end for o in mentions):
            continue
        word = next(g for g in m.groups() if g)
        own = [h for end, h in here if end <= s and h.head == word]
        h = own[-1] if own else before.get(word)
        if h is not None:
            out.append(Mention(s, e, h.name, "entity", h.kind))
    return out
