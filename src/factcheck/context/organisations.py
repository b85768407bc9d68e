"""Organisations: the Chinese names of firms, brands, airlines and banks no alias table lists, with the names English
news gives them (data/organisations.tsv, tools/gen_organisations.py, from CC-CEDICT).

Forms it reads (→ the name, in English):

- 国泰航空2024年股东应占溢利为98.88亿港元 → Cathay Pacific, as "Cathay Pacific posted a profit of HK$9.88 billion"
  names it; 鸿海 → Foxconn; 丰田 → Toyota; 必和必拓 → BHP Billiton;

and not:

- a headword that is a common word too (小米 is millet, 联想 "to associate", 吉利 "lucky"): the generator keeps none;
- a name the alias table knows: the table's name stays (names.find reads it first);
- a name read across a word's edge where an alias-table name or an organisation ending crosses it (names.find).

The list is extended by adding lines to the file in a checkout (Chinese name, a tab, the English name).
"""
from __future__ import annotations

from functools import lru_cache

from . import landmarks


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Chinese name (Simplified) → English name."""
    return landmarks.read_names("organisations.tsv")


def find(low: str) -> list[tuple[int, int, str]]:
    """The organisations named in a (normalised, lower-cased) text: (start, end, English name)."""
    names = table()
    return [(s, e, names[w]) for s, e, w in landmarks.matcher(table).find(low)]
