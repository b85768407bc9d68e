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

In English, "Mt"/"Mt." opening a name is "Mount" ("Mt. Everest", "Mt Fuji": ABBREVIATED, read by
names._clean_name).

The list is extended by adding lines to the file in a checkout (Chinese name, a tab, the English name); `--tables`
does not read it yet.
"""
from __future__ import annotations

from functools import lru_cache

# "Mt Everest", "Mt. Fuji": the kind word abbreviated
ABBREVIATED = {"Mt": "Mount", "Mt.": "Mount"}


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Chinese name (Simplified) → English name."""
    from importlib.resources import files

    out = {}
    for line in (files("factcheck") / "data" / "landmarks.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            han, english = line.split("\t", 1)
            out[han.strip()] = english.strip()
    return out


@lru_cache(maxsize=1)
def _matcher():
    from .vocab import Matcher

    return Matcher(table())


def find(low: str) -> list[tuple[int, int, str]]:
    """The landmarks named in a (normalised, lower-cased) text: (start, end, English name)."""
    names = table()
    return [(s, e, names[w]) for s, e, w in _matcher().find(low)]


def find_written(low: str) -> list[tuple[int, int, str]]:
    """The landmarks named in a text, as written there (Simplified): (start, end, Chinese name)."""
    return _matcher().find(low)
