"""One thing a Chinese page names in Chinese and an English page in English, no table and no page pairing the names,
is one subject where the figures the pages state of it say so.

Forms it reads (→ the English name):

- a Chinese name no table knows whose figures, on its pages, repeat two or more figures an English name's figures
  repeat on other pages: the same unit, values within half a percent, each written to three significant digits or
  more (安赫尔瀑布 979米, 807米 beside Angel Falls' 979 m and 807 m; 厄尔普鲁士峰 5642米, 5621米 beside Mount
  Elbrus' 5,642 m and 5,621 m): the two names are one thing's, filed under the English one;
- where several English names share such figures, the one whose pages repeat them most often, strictly (Angel
  Falls over Auyan-tepui, the mountain it falls from, named beside some of its heights);

and not:

- a place the alias table knows: a mountain's height beside its country's figures (京那巴鲁山 and Malaysia) names
  no country;
- a tie (京那巴鲁山's height beside both Mount Kinabalu's and Low's Peak's, its summit): which it is, the figures
  do not say;
- figures of one page only, percentages, years, or figures of fewer digits (two things 100 km² each, two shares of
  12%, say nothing);
- a name in Latin letters on both sides (read by group.subject_key and names_across), nor two Chinese names.

Read after names_across and declared, over all the claims of a run."""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from ..model import Claim, renamed
from .vocab import vocab

_HAN = re.compile(r"[\u4e00-\u9fff]")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NOT_ANCHORS = ("percent", "year", "percentage_points", "times")
MIN_SHARED = 2  # figures two names share, at least
MIN_DIGITS = 3  # significant digits of each
CLOSE = 0.005  # relative gap of two values that are one figure


def _digits(text: str) -> int:
    """Significant digits of a figure's number as written ("4,095.2公尺" 5, "979米" 3, "3,000 m" 1)."""
    m = _NUMBER.search(text)
    if m is None:
        return 0
    s = m.group().replace(",", "")
    if "." in s:
        return len(s.replace(".", "").lstrip("0"))
    return len(s.lstrip("0").rstrip("0"))


def _anchors(claims: list[Claim]) -> list[tuple[str, str, float, str]]:
    """(subject, unit, value, path) of the figures precise enough to anchor a name."""
    out = []
    for c in claims:
        s = c.context.subject if c.context is not None else None
        if not s or c.value is None or c.value == 0 or c.unit in _NOT_ANCHORS or _digits(c.text) < MIN_DIGITS:
            continue
        if c.unit == "count" and float(c.value).is_integer() and 1000 <= c.value <= 2100:
            continue  # (a year read as a count)
        out.append((s, c.unit, abs(c.value), c.path))  # (a drop's sign is no figure of its own)
    return out


def unify(claims: list[Claim]) -> list[Claim]:
    """The claims of a run, each Chinese name whose figures another page states of one English name filed under that
    name (module docstring)."""
    anchors = _anchors(claims)
    han = defaultdict(list)
    latin = defaultdict(list)
    for s, unit, value, path in anchors:
        (han if _HAN.search(s) else latin)[s].append((unit, value, path))
    if not han or not latin:
        return claims
    V = vocab()
    by_unit = defaultdict(list)  # unit -> sorted (value, name, path) of the Latin names' figures, places left out
    for s, figures in latin.items():
        if (e := V.entity(s)) is not None and e.kind in ("country", "region", "city"):
            continue
        for unit, value, path in figures:
            by_unit[unit].append((value, s, path))
    for rows in by_unit.values():
        rows.sort()
    name = {}
    for h, mine in han.items():
        if V.entity(h) is not None:
            continue
        hits = defaultdict(set)  # Latin name -> the Chinese name's figures it repeats
        repeats = defaultdict(set)  # Latin name -> its figures that repeat them
        for unit, value, path in mine:
            rows = by_unit.get(unit, ())
            lo, hi = value * (1 - CLOSE), value * (1 + CLOSE)
            for k in range(bisect.bisect_left(rows, (lo,)), len(rows)):
                v, s, p = rows[k]
                if v > hi:
                    break
                if p != path:
                    hits[s].add((unit, value))
                    repeats[s].add(k)
        # (two figures of each side: two Chinese values one English figure repeats, 212亿美元 and 约合212.88亿美元,
        # are one anchor)
        shared = Counter({s: len(repeats[s]) for s, f in hits.items()
                          if len(f) >= MIN_SHARED and len(repeats[s]) >= MIN_SHARED})
        top = shared.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            name[h] = top[0][0]
    if not name:
        return claims
    return renamed(claims, name)
