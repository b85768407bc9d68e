"""Stage 3, find numbers and units: documents in, claims out.

    numerals     number cores (Arabic, Chinese, English words)
    quantities   scale words, units, currency, signs, fractions, hedges around a core
    ranges       two quantities joined into low/high
    nonclaims    dates, codes, list numbers, labels, names: numbers that are not claims
    units        pint conversion to the canonical unit
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import replace

from ..knowledge import Knowledge, knowledge
from ..model import Claim, Document
from ..normalize import NormLine, normalize_text
from . import nonclaims, units
from .numerals import Core
from .quantities import LineParser, Quantity
from .ranges import join_compounds, join_ranges

_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?=\s|$)")


@functools.lru_cache(maxsize=4)
def _half_pattern(K: Knowledge) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w, _ in K.half_share))


def _half_shares(parser: LineParser, K: Knowledge, taken: list[Quantity]) -> list[Quantity]:
    """逾半, 过半数, more than half: a share of 50 percent."""
    out = []
    quals = dict(K.half_share)
    for m in _half_pattern(K).finditer(parser.low):
        if any(q.start < m.end() and m.start() < q.end for q in taken):
            continue
        if m.group()[0] in "abcdefghijklmnopqrstuvwxyz" and m.start() > 0 and parser.low[m.start() - 1].isalpha():
            continue
        core = Core(m.start(), m.end(), 0.5, script="cn")
        out.append(Quantity(m.start(), m.end(), 0.5, "ratio", "ratio", quals[m.group()], core, has_unit=True))
    return out


@functools.lru_cache(maxsize=4)
def _start_pattern(K: Knowledge) -> re.Pattern:
    cn = "".join(sorted(set(K.cn_digits) | set(K.cn_small) | set(K.cn_big)))
    words = sorted(set(K.en_ones) | set(K.en_tens) | set(K.en_negative) | {"a", "an", "half", "quarter"},
                   key=len, reverse=True)
    return re.compile(r"\d|[" + re.escape(cn) + r"]|(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])")


def _in_mask(masks: list[tuple[int, int, str]], starts: list[int], p: int) -> int | None:
    """End of the furthest-reaching mask covering p, or None (masks are sorted by start and may nest)."""
    ends = [e for _, e, _ in masks[:bisect.bisect_right(starts, p)] if e > p]
    return max(ends) if ends else None


def quantities_in_line(text: str, K: Knowledge) -> list[Quantity]:
    """All quantities on one normalised line, ranges joined; rejected ones carry their reason."""
    pat = _start_pattern(K)
    parser = LineParser(text, K)
    if not pat.search(parser.low) and not ("半" in text or "half" in parser.low):
        return []
    masks = nonclaims.masked_spans(text, K)
    starts = [m[0] for m in masks]
    out: list[Quantity] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = pat.search(parser.low, pos)
        if not m:
            break
        p = m.start()
        mend = _in_mask(masks, starts, p) if masks else None
        if mend is not None:
            pos = max(mend, p + 1)
            continue
        core = parser.core_at(p)
        if core is None or core.end <= p:
            pos = m.end()
            continue
        parser.floor = out[-1].end if out else 0
        q = parser.quantity(core)
        if q is None:
            pos = core.end
            continue
        if out and q.start < out[-1].end:
            q = _trim_start(q, out[-1].end)
        out.append(q)
        pos = max(q.end, core.end)
    if K.half_share:
        halves = _half_shares(parser, K, out)
        if halves:
            out = sorted(out + halves, key=lambda q: q.start)
    return join_ranges(join_compounds(out, text, functools.partial(_unit_factor, K)), text)


def _unit_factor(K: Knowledge, unit: str) -> float | None:
    """Size of a physical unit in its canonical unit (for 5 ft 2 in), None when pint cannot tell."""
    try:
        _, _, factor = units.resolve(unit, K.canonical_units)
    except Exception:
        return None
    return factor if factor == factor else None


def _trim_start(q: Quantity, start: int) -> Quantity:
    return replace(q, start=max(q.start, min(start, q.core.start)))


def sentence_bounds(text: str) -> list[int]:
    """Offsets just after each sentence end in a line (computed once per line)."""
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def _sentence(line: NormLine, bounds: list[int], s: int, e: int) -> str:
    """The sentence of the original line around original columns [s, e)."""
    i = bisect.bisect_right(bounds, s)
    start = bounds[i - 1] if i else 0
    j = bisect.bisect_right(bounds, e)
    end = bounds[j] if j < len(bounds) else len(line.original)
    sent = line.original[start:end].strip()
    return sent if len(sent) <= 400 else sent[:400] + "…"


def _round(x: float | None) -> float | None:
    if x is None or isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    r = float(f"{x:.12g}")
    return r


def to_claim(path: str, line: NormLine, q: Quantity, K: Knowledge, bounds: list[int]) -> Claim | None:
    s, e = line.to_original(q.start, q.end)
    is_range = q.low is not None and q.high is not None and (q.value != q.value)
    value = None if is_range else q.value
    low, high = (q.low, q.high) if is_range else (None, None)
    qualifier = q.qualifier
    if not is_range:
        if qualifier in ("over", "at_least"):
            low = value
        elif qualifier in ("under", "at_most"):
            high = value
        elif qualifier == "exact":
            low = high = value
    if qualifier == "exact":
        qualifier = None
    unit, written_unit = q.unit, q.unit
    written_value = q.written_value if q.written_value is not None and not is_range else value
    if q.kind == "physical":
        try:
            if is_range:
                low, unit, written_unit = units.convert(q.low, q.unit, K.canonical_units)
                high, _, _ = units.convert(q.high, q.unit, K.canonical_units)
            else:
                value, unit, written_unit = units.convert(q.value, q.unit, K.canonical_units)
                if low is not None:
                    low = value
                if high is not None:
                    high = value
        except Exception:  # an unknown unit expression in a user table: keep the figure as written
            unit = written_unit = q.unit
    elif q.kind == "ratio":
        unit, written_unit = "percent", "ratio"
        value = None if value is None else value * 100.0
        low = None if low is None else low * 100.0
        high = None if high is None else high * 100.0
    return Claim(
        path=path, line=line.number, column=s + 1, end_line=line.number, end_column=e + 1,
        text=line.original[s:e], value=_round(value), low=_round(low), high=_round(high), unit=unit,
        written_value=_round(written_value), written_unit=written_unit, qualifier=qualifier,
        sentence=_sentence(line, bounds, s, e), kind=q.kind, noun=q.noun, decimals=q.core.decimals,
    )


def extract_lines(path: str, lines: list[NormLine], K: Knowledge | None = None) -> list[Claim]:
    K = K or knowledge()
    claims: list[Claim] = []
    for line in lines:
        if not line.text.strip():
            continue
        bounds: list[int] | None = None
        for q in quantities_in_line(line.text, K):
            if q.rejected:
                continue
            if bounds is None:
                bounds = sentence_bounds(line.original)
            if nonclaims.superscript_at(line.original, *line.to_original(q.core.start, q.core.end)):
                continue  # footnote markers such as ¹¹ (NFKC turned them into digits)
            c = to_claim(path, line, q, K, bounds)
            if c is not None:
                claims.append(c)
    return claims


def extract_document(doc: Document, K: Knowledge | None = None) -> list[Claim]:
    return extract_lines(doc.path, normalize_text(doc.text), K)
