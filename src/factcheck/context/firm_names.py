"""One firm named with and without the words that describe its business, across the documents of a run.

Forms it reads (a subject whose last words are all describing words, cues.toml subject.firm_descriptors, after a
name the run also writes alone → that name):

- "Hon Hai Precision Industry", "Hon Hai Technology" → "Hon Hai" (where some page says "Hon Hai");
- "Kerepa Electronics" → "Kerepa";
- "Kerepa Sports Products", "Kerepa Sporting Goods" → "Kerepa" (what a firm sells, cues.toml
  subject.firm_descriptors_goods, after a name that is no ordinary English word: "Air Products", "Fox Sports" stay);
- 凯睿国际, 凯睿控股 → 凯睿 (cues.toml subject.firm_descriptors_zh);
- "Kerepa-W", 凯睿-W → "Kerepa", 凯睿 (a Hong Kong listing's share mark);

and not:

- a name the run never writes alone ("Hon Hai Precision Industry" stays itself on a run with no "Hon Hai");
- a name with a word that is not a describing word ("Toyota Tsusho", "Samsung Biologics": other firms of a group);
- a head of fewer than three letters ("LG Electronics" stays itself beside "LG");
- a head that is a place ("China Airlines" stays itself beside "China").

Read after every document's context, over all the claims of a run."""
from __future__ import annotations

import re

from ..model import Claim, renamed
from .names import SHARE_MARK, _a_place, english_word
from .vocab import vocab


def unify(claims: list[Claim]) -> list[Claim]:
    """The claims, each firm's name with describing words after it replaced by the name alone, where the run writes
    that name alone too (module docstring)."""
    V = vocab()
    subjects = {c.context.subject for c in claims if c.context is not None and c.context.subject}
    alias = {}
    for s in subjects:
        h = head(s, V)
        if h != s and h in subjects:
            alias[s] = h
    return renamed(claims, alias) if alias else claims


def head(name: str, V) -> str:
    """The name without the describing words after it ("Hon Hai Precision Industry" → "Hon Hai"); the name itself
    where nothing is left of three letters or more."""
    if (cls := _SHARE_CLASS.search(name)) is not None and cls.start() >= 2:
        return head(name[:cls.start()], V)  # ("Meituan-W", 美团-W, "Kuaishou-W": a Hong Kong listing's share mark)
    if not name.isascii():
        return _head_zh(name, V)
    words = V.cue_set("subject.firm_descriptors")
    goods = V.cue_set("subject.firm_descriptors_goods")
    parts = name.split()

    def kept(endings: frozenset[str]) -> int:  # (how many words are left once the endings are dropped)
        k = len(parts)
        while k > 1 and parts[k - 1].lower().rstrip(".,") in endings:
            k -= 1
        return k
    k = kept(words | goods)
    if k < len(parts) and english_word(parts[k - 1]):
        k = kept(words)  # (what a firm sells after an ordinary word is part of its name: "Air Products", "Fox Sports")
    h = " ".join(parts[:k])
    if len(h.replace(" ", "")) < 3 or h != name and _a_place(h, V):
        return name  # ("China Airlines" is no China's)
    return h


_SHARE_CLASS = re.compile(SHARE_MARK + "$")  # (a Hong Kong listing's share mark ending the name)


def _head_zh(name: str, V) -> str:
    """A Chinese name without the describing words after it (cues.toml subject.firm_descriptors_zh: 泡泡玛特国际 →
    泡泡玛特, 腾讯控股 → 腾讯); the name itself where fewer than two characters or a place are left (中国国际)."""
    from ..knowledge import to_simplified

    ends = sorted(V.cues.get("subject.firm_descriptors_zh", ()), key=len, reverse=True)
    h = to_simplified(name)  # (the same length: OpenCC maps character by character here)
    while (end := next((e for e in ends if h.endswith(e) and len(h) > len(e)), None)) is not None:
        h = h[:-len(end)]
    if len(h) < 2 or len(h) == len(name) or _a_place(h, V):
        return name
    return name[:len(h)]
