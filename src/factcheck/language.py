"""Which language and script a document is written in: en, zh-Hans, zh-Hant, mixed or unknown."""
from __future__ import annotations

import re

_NOT_HAN = re.compile(r"[^\u3400-\u9fff]+")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


# the last text detected and its answer: the pipeline and the context stage both ask about one document's text
# (the same str object, in turn); a pure function of (text, sample), so the answer kept is the answer
_last: tuple[str, int, str] | None = None


def detect(text: str, sample: int = 20_000) -> str:
    """The language and script of a text (its first `sample` characters); read once for the same text object
    asked twice in a row."""
    global _last
    if _last is not None and _last[0] is text and _last[1] == sample:
        return _last[2]
    got = _detect(text, sample)
    _last = (text, sample, got)
    return got


def _detect(text: str, sample: int) -> str:
    from .normalize import to_simplified

    t = text[:sample]
    hans = _NOT_HAN.sub("", t)  # the Han characters, in order
    latin_words = len(_LATIN_WORD.findall(t))
    if not hans and not latin_words:
        return "unknown"
    if not hans or latin_words > 3 * len(hans):
        return "en"
    # Traditional when OpenCC changes enough of the characters
    script = "zh-Hant" if _changes_at_least(hans, to_simplified(hans), max(3, len(hans) // 50)) else "zh-Hans"
    if latin_words > len(hans) // 2:
        return "mixed"
    return script


def _changes_at_least(a: str, b: str, k: int, chunk: int = 256) -> bool:
    """At least k of the places of a and b (up to the shorter's end) hold different characters: compared a
    slice at a time (most slices of a Simplified text are equal), counted only in the slices that differ, and
    no further than the k-th difference."""
    n = 0
    for i in range(0, min(len(a), len(b)), chunk):
        x, y = a[i:i + chunk], b[i:i + chunk]
        if x != y:
            n += sum(map(str.__ne__, x, y))
            if n >= k:
                return True
    return False
