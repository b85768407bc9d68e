"""One landmark a Chinese page names in Chinese and an English page spells in pinyin or translates word for word is
one subject, where no table pairs the names.

Forms it reads (a Chinese name no table knows, its kind word last: cues.toml subject.feature_heads; → the English
name the run writes, which it is filed under):

- the whole name in pinyin, spaced or not: 莲花峰 → "Lian Hua Feng", "Lianhuafeng";
- its stem in pinyin and its kind in English (cues.toml subject.kind_english): 天都峰 → "Tiandu Peak", 莲花峰 →
  "Lianhua Peak", 玉屏峰 → "Yuping Peak";
- its stem translated by CC-CEDICT, the word its first sense opens with, and its kind in English: 莲花峰 → "Lotus
  Peak" (莲花, "lotus flower"; not "Flower Peak");

and not:

- an English name two Chinese names would both give (天都峰 and 天督峰 beside "Tiandu Peak"): which it is, the
  names do not say. Several English names one Chinese name gives ("Lian Hua Feng", "Lianhua Peak", "Lotus Peak") are
  that one thing's, filed under the one the run writes most;
- a stem of one character, or a translation of a stem the dictionary does not list as one word;
- a name the tables know (read where it is found: landmarks.tsv, aliases.toml), nor a name in Latin letters; nor an
  English name the alias table knows (黑龙江 and Heilongjiang, the province).

Every reading of a character counts (都 du or dou; ü as u or v), tones are not written. Read after anchored, over all the claims of
a run."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Claim, renamed
from .vocab import vocab

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{3,12}")
_LETTERS = re.compile(r"[^a-z]")


def spells(han: str, letters: str) -> bool:
    """`letters` (lower case, nothing but a-z) is `han` in pinyin, any reading of each character."""
    from ..gloss import readings as _readings

    readings = _readings()
    ends = {0}
    for ch in han:
        options = readings.get(ch)
        if not options:
            return False
        ends = {e + len(r) for e in ends for r in options if letters.startswith(r, e)}
        if not ends:
            return False
    return len(letters) in ends


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(Chinese kind word, its English words), longest Chinese first (cues.toml subject.kind_english), read once."""
    lines = [line.split() for line in vocab().cues.get("subject.kind_english", ())]
    return tuple(sorted(((w[0], tuple(w[1:])) for w in lines if len(w) > 1), key=lambda x: -len(x[0])))


_SENSE_WORD = re.compile(r"[a-z][a-z\-]*")


@lru_cache(maxsize=4096)
def _translated(stem: str) -> str | None:
    """The word a Chinese stem's first CC-CEDICT sense opens with ("lotus" for 莲花, "lotus flower (Nelumbo …)"), or
    None for a stem the dictionary does not list."""
    from ..gloss import first_sense

    sense = first_sense(stem)
    if sense is None:
        return None
    m = _SENSE_WORD.search(sense.lower())
    return m.group() if m else None


def english_spellings(han: str, english: str) -> bool:
    """`english` spells or translates the Chinese landmark name `han` (module docstring)."""
    words = english.lower().split()
    if spells(han, _LETTERS.sub("", english.lower())):
        return True
    for kind, names in _kinds():
        if not han.endswith(kind) or len(han) - len(kind) < 2:
            continue
        stem = han[:-len(kind)]
        if words[-1] in names and len(words) >= 2:
            rest = words[:-1]
        elif words[0] in names and len(words) >= 2:
            rest = words[1:]
        else:
            return False
        if spells(stem, "".join(_LETTERS.sub("", w) for w in rest)):
            return True
        # (the stem translated: the first word of its first sense, "Lotus Peak"; not "Flower Peak")
        return len(rest) == 1 and _translated(stem) == rest[0]
    return False


def unify(claims: list[Claim]) -> list[Claim]:
    """The claims, each Chinese landmark name no table knows replaced by the one English name of the run that spells
    or translates it (module docstring)."""
    han = {c.context.subject for c in claims if c.context is not None and c.context.subject and
           _HAN_NAME.fullmatch(c.context.subject)}
    if not han:
        return claims
    kinds = tuple(k for k, _ in _kinds())
    han = {h for h in han if h.endswith(kinds)}
    V = vocab()
    latin = {c.context.subject for c in claims if c.context is not None and c.context.subject and
             c.context.subject.isascii() and any(ch.isalpha() for ch in c.context.subject) and
             c.context.subject.lower() not in V.entities}  # (not a name the alias table knows: Heilongjiang, the
    # province, is not the Heilong River)
    if not han or not latin:
        return claims
    letters = {e: {w[0] for w in e.lower().split() if w[:1].isalpha()} for e in latin}
    found = {h: [e for e in latin if letters[e] & _initials(h) and english_spellings(h, e)] for h in han}
    taken: dict[str, int] = {}
    for es in found.values():
        for e in set(es):
            taken[e] = taken.get(e, 0) + 1
    counts: dict[str, int] = {}
    for c in claims:
        if c.context is not None and c.context.subject in latin:
            counts[c.context.subject] = counts.get(c.context.subject, 0) + 1
    alias = {}
    for h, es in found.items():
        if not es or any(taken[e] > 1 for e in es):
            continue
        name = min(es, key=lambda e: (-counts[e], e))  # (the spelling the run writes most: "Lotus Peak")
        alias.update({x: name for x in (h, *es) if x != name})
    if not alias:
        return claims
    return renamed(claims, alias)


def _initials(han: str) -> set[str]:
    """The letters an English name of `han` may open a word with: its first character's readings', and its stem's
    translation's (a quick sieve before english_spellings)."""
    from ..gloss import readings

    out = {r[0] for r in readings().get(han[0], ())}
    for kind, _ in _kinds():
        if han.endswith(kind) and len(han) - len(kind) >= 2 and (t := _translated(han[:-len(kind)])):
            out.add(t[0])
    return out

