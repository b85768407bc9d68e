"""The page's headword: the thing a page that opens by defining it is about.

Encyclopedic and explanatory pages open with what they are about and what it is, and then state its figures
without naming it again:

- "Chinese sturgeon is an anadromous fish … Adults grow up to 5 m long" → Chinese sturgeon;
- "Lake Titicaca is located in the Andes" → Lake Titicaca (the alias table's name where it knows one);
- 中华鲟是古老的大型淡水鱼类。…体长可达3米 → 中华鲟; 中華鱘(學名:Acipenser sinensis):是硬骨魚綱… → 中华鲟 (a
  gloss in brackets between the name and its definition is passed over, cues.toml subject.headword_glosses; the
  name is kept in Simplified characters, so the two scripts meet).

The opening is the start of one of the page's first three blocks (a title or a date line may come before it): a noun phrase of one to five English words or two to eight Chinese characters, then a copula
(cues.toml subject.headword_copulas: "is a", "are among", "is located", 是, 位于, 属于). Not a headword:

- a phrase the page does not name again (an opening said in passing: "Deadly floods are a …" once);
- pronouns, determiners, time words and function characters ("It is a …", "This is the …", "July was the …",
  这是, 目前是, 就是; an adverb closing the phrase is dropped: 雪豹原本是 → 雪豹);
- a survey, a report or a study (subject.headword_not: "The Great Elephant Census was an Africa-wide census"
  is about the elephants it counts);
- a country, a region, a company or a body the alias table knows: the page's place and the carried subject
  speak for those, and a page opening "Lenovo is the world's largest PC maker" names the market's figures as
  the market's.

Where a figure names no one and no place stands for it, it is the headword's (context.annotate's fallbacks),
ahead of the place the page names most (a page about a lake in Peru: the lake's figures, not Peru's).
"""
from __future__ import annotations

import re

from .vocab import Vocab

# words that open a sentence without naming a thing
_NOT_EN = frozenset({
    "it", "this", "that", "these", "those", "there", "here", "what", "which", "who", "he", "she", "they", "we",
    "you", "i", "one", "each", "both", "all", "some", "many", "most", "such", "today", "now", "its", "their", "his",
    "her", "our", "my", "your", "another", "other", "any", "no", "every", "so", "but", "and", "if", "when", "while",
    "as", "though", "although", "because", "since", "yet", "also", "still",
    # (a month or a day opening a sentence is when, not what: "July was the busiest month")
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# characters never part of a headword: function words, pronouns, time words, verbs of saying
_NOT_HAN = frozenset("的了这這那其它他她我你们們也就还還但而都又才却卻在于於对對从從据據以被把将將与與和及或若要只正总總凡"
                     "不已更很如所此该該每各某今去明昨年月日时時曾即乃便倒硬像算自确確说說称稱指表示显顯为為")
# adverbs that may close the phrase before 是 (雪豹原本是…: the snow leopard, once)
_ADVERB_END = ("原本", "本来", "一直", "曾经", "已经", "通常", "主要", "目前", "其实", "实际", "原来", "依然", "仍然",
               "本身")


def _canonical(words: list[str]) -> str:
    """An English headword as every page writes it alike: each word capitalised ("Chinese sturgeon", "Chinese
    Sturgeon" → "Chinese Sturgeon")."""
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _patterns(vocab: Vocab) -> tuple[re.Pattern, re.Pattern]:
    """The English and Chinese openings, built once per vocabulary from its cue lists."""
    got = vocab.__dict__.get("_headword_patterns")
    if got is None:
        copulas = sorted(vocab.cues.get("subject.headword_copulas", ()), key=len, reverse=True)
        en = [re.escape(c).replace(r"\ ", r"\s+") for c in copulas if c.isascii()]
        zh = [re.escape(c) for c in copulas if not c.isascii()]
        glosses = "|".join(re.escape(g) for g in vocab.cues.get("subject.headword_glosses", ()))
        gloss = rf"\s*(?:[(（](?:{glosses})[^()（）]{{0,80}}[)）])?" if glosses else ""
        got = (re.compile(r"(?:the\s+|an?\s+)?((?:[a-z][\w'\-]*\s+){0,4}[a-z][\w'\-]*)\s*(?:\([^()]{1,80}\))?\s*,?\s+"
                          rf"(?:{'|'.join(en) or '(?!)'})\b"),
               re.compile(rf"([\u4e00-\u9fff]{{2,8}}?){gloss}\s*[:：]?\s*(?:{'|'.join(zh) or '(?!)'})"))
        vocab.__dict__["_headword_patterns"] = got
    return got


def find(openings: list[str], lows: str, vocab: Vocab) -> str | None:
    """The headword of a page whose first blocks open with `openings` (the start of each, in Simplified
    characters, as `lows` is; at most three), `lows` the whole page lower-cased; None where no
    opening defines a thing. The name: the alias table's where it knows the phrase, else the phrase (an English
    one with each word capitalised, _canonical)."""
    from .names import alias

    en, zh = _patterns(vocab)
    refused = vocab.cues.get("subject.headword_not", ())
    for text in openings:
        text = text.strip()
        found = zh.match(text)
        if found is not None:
            name = found.group(1)
            if _NOT_HAN.intersection(name):
                continue
            for end in _ADVERB_END:
                if name.endswith(end) and len(name) >= len(end) + 2:
                    name = name[:-len(end)]
            if lows.count(name) < 2:
                continue
        else:
            found = en.match(text.lower())
            if found is None:
                continue
            start, end = found.span(1)
            words = text[start:end].split()
            if any(w.lower() in _NOT_EN for w in words) or not any(w[0].isupper() for w in words):
                continue
            name = " ".join(words)
            if len(re.findall(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])", lows)) < 2:
                continue
            name = _canonical(words)
        if any(name.lower().endswith(w) for w in refused):
            return None
        ent = alias(name, vocab)
        if ent is not None:
            if ent.kind in ("country", "region", "company", "organisation", "research") or ent.adjective:
                return None
            return ent.name
        return name
    return None
