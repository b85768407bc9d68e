"""Which language and script a document is written in: en, zh-Hans, zh-Hant, mixed or unknown."""
from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect(text: str, sample: int = 20_000) -> str:
    from .normalize import to_simplified

    t = text[:sample]
    han = _HAN.findall(t)
    latin_words = len(_LATIN_WORD.findall(t))
    if not han and not latin_words:
        return "unknown"
    if not han or latin_words > 3 * len(han):
        return "en"
    hans = "".join(han)
    changed = sum(map(str.__ne__, hans, to_simplified(hans)))  # characters OpenCC changes
    script = "zh-Hant" if changed >= max(3, len(hans) // 50) else "zh-Hans"
    if latin_words > len(han) // 2:
        return "mixed"
    return script
