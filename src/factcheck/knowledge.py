"""The knowledge tables (number words, units, hedges, non-claim cues) as loaded from the TOML data files.

The files live in `factcheck/data/`; they are read once per process. Matching happens on normalised text
(NFKC, Simplified), so table entries are normalised the same way when loaded.
"""
from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class KnowledgeError(ValueError):
    """A data table that cannot be used; the message names the file (and line where TOML says)."""


@dataclass(frozen=True)
class UnitForm:
    form: str  # as matched (lower-case unless exact)
    kind: str  # percent, percentage_points, times, money, physical, count
    unit: str  # ISO code, pint expression, "percent", "times", "count"
    factor: float
    exact: bool  # case-sensitive
    not_followed_by: tuple[str, ...] = ()
    factor_below: float | None = None  # apply `factor` only to numbers below this (九折 vs 五五折)
    standalone: bool = False  # must end the phrase: no word follows ("2 in" but not "30000 in 2009")
    tail_digit: bool = False  # 七成六: a single digit after the unit adds points
    standalone_ok: tuple[str, ...] = ()  # words that may follow a standalone form ("2 in thick")

    @property
    def ends_latin(self) -> bool:
        return self.form[-1] in LATIN


def glued_code(text: str, start: int, end: int) -> bool:
    """text[start:end] is a code of three or more capitals right after a lower-case letter: a word whose space the
    page lost before the code ("Total revenueswereRMB660.3 billion"), the case change marking the boundary."""
    return end - start >= 3 and start > 0 and text[start - 1].islower() and text[start:end].isupper() and \
        text[start:end].isalpha()


def _norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def to_simplified(word: str) -> str:
    from .normalize import to_simplified as conv

    return conv(word)


def _simplify(words: list[str]) -> list[str]:
    return [to_simplified(w) for w in words]


def load_toml(path: Path | str, text: str | None = None) -> dict:
    try:
        if text is None:
            text = Path(path).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"{path}: {exc}") from None
    except RecursionError:
        raise KnowledgeError(f"{path}: not valid TOML: nested too deeply") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from None


def _data(name: str) -> dict:
    res = resources.files("factcheck") / "data" / name
    return load_toml(f"factcheck/data/{name}", res.read_text(encoding="utf-8"))


def _word_follows(text: str, end: int) -> bool:
    rest = text[end:end + 3].lstrip(" ")
    return bool(rest) and (rest[0].isalnum()) and text[end:end + 1] in (" ", "") or (end < len(text) and text[end].isalnum())


def _power_digit(form: str, text: str, end: int) -> bool:
    """A 2 or 3 right after a quotient unit is its power (m/s2, kg/m3: NFKC writes ² and ³ as digits), not a code."""
    return "/" in form and text[end] in "23" and not text[end + 1:end + 2].isdigit()


class FormIndex:
    """Forms indexed by first character (ASCII letters lower-cased) for longest-first matching at a position."""

    def __init__(self, forms: list[UnitForm]):
        self.forms = tuple(forms)  # every form, in table order (for readers of the whole table)
        by_first: dict[str, list[UnitForm]] = {}
        by_last: dict[str, list[UnitForm]] = {}
        # (lower-cased as lookups are: ASCII letters only, so that "Ω" is found under "Ω", not "ω")
        ascii_lower = lambda ch: ch.lower() if ch in LATIN else ch
        for f in forms:
            by_first.setdefault(ascii_lower(f.form[0]), []).append(f)
            by_last.setdefault(ascii_lower(f.form[-1]), []).append(f)
        for lst in (*by_first.values(), *by_last.values()):
            lst.sort(key=lambda f: -len(f.form))
        self.by_first = by_first
        self.by_last = by_last
        # by the first two characters (lower-cased), longest first, then the one-character forms: a lookup tries
        # only the forms that can start there (m has some 80 forms, m² and mg a few each)
        by_two: dict[str, list[UnitForm]] = {}
        for first, lst in by_first.items():
            for f in lst:
                if len(f.form) > 1:
                    two = f.form[:2]
                    by_two.setdefault("".join(c.lower() if c in LATIN else c for c in two), []).append(f)
        singles = {first: [f for f in lst if len(f.form) == 1] for first, lst in by_first.items()}
        self._singles = {k: tuple(v) for k, v in singles.items() if v}
        self._by_two = {k: tuple(v) + self._singles.get(k[0], ()) for k, v in by_two.items()}

    def match_before(self, text: str, low: str, end: int) -> UnitForm | None:
        """The longest form ending at `end` (exclusive) and not glued to a Latin letter before it."""
        if end <= 0:
            return None
        for f in self.by_last.get(low[end - 1], ()):
            start = end - len(f.form)
            if start < 0:
                continue
            src = text if f.exact else low
            if src.startswith(f.form, start):
                if f.form[0] in LATIN and start > 0 and text[start - 1] in LATIN and not glued_code(text, start, end):
                    continue
                return f
        return None

    def match(self, text: str, low: str, pos: int) -> UnitForm | None:
        """The longest form starting at `pos`. `low` is `text` with ASCII letters lower-cased."""
        if pos >= len(text):
            return None
        cands = self._by_two.get(low[pos:pos + 2])
        for f in cands if cands is not None else self._singles.get(low[pos], ()):
            end = pos + len(f.form)
            src = text if f.exact else low
            if src.startswith(f.form, pos):
                if f.ends_latin and end < len(text) and text[end] in LATIN:
                    continue
                if f.form[0] in LATIN and end < len(text) and (text[end].isdigit() and not _power_digit(f.form, text, end)
                                                              or len(f.form) == 1 and pos > 0
                                                              and text[pos - 1] == " " and text[end] == "-"
                                                              and text[end + 1:end + 2].isdigit()):
                    continue  # L-202, m212: the letters start a code, not a unit (5kg-10kg is a range)
                if f.not_followed_by and any(text.startswith(w, end) for w in f.not_followed_by):
                    continue
                if f.standalone and _word_follows(text, end) and not (
                        f.standalone_ok and low[end:].lstrip(" ").startswith(f.standalone_ok)) and not (
                        pos > 0 and text[pos - 1].isdigit() and not _YEAR_AFTER.match(text, end)):
                    continue  # (glued to the digits it is the unit whatever follows: the 6ft 2in forward)
                return f
        return None


_YEAR_AFTER = re.compile(r" (?:1[89]|20)\d\d(?!\d)")  # "rose 300in 2009": a lost space, not inches


@dataclass(frozen=True, eq=False)  # identity hash: one instance per process, usable as a cache key
class Knowledge:
    cn_digits: dict[str, int]
    cn_small: dict[str, int]
    cn_big: dict[str, float]
    cn_point: frozenset[str]
    negative_words: tuple[str, ...]  # 负, "minus ", "negative ": before a number, its sign
    cn_vague: frozenset[str]
    en_ones: dict[str, int]
    en_tens: dict[str, int]
    en_hundred: frozenset[str]
    en_scales: dict[str, float]
    en_fractions: dict[str, float]
    en_negative: frozenset[str]
    en_point: frozenset[str]
    en_article: frozenset[str]
    suffix_scales: dict[str, float]
    suffix_units: FormIndex
    prefix_units: FormIndex  # money prefixes ($, US$, 新台币 ...)
    canonical_units: tuple[str, ...]
    hedges_before_by_last: dict[str, tuple[tuple[str, str], ...]]
    hedges_after: tuple[tuple[str, str], ...]
    hedge_fillers: tuple[str, ...]
    comparative_before: tuple[str, ...]
    comparative_after: tuple[tuple[str, str], ...]
    half_share: tuple[tuple[str, str | None], ...]  # (word, qualifier), longest first
    labels_before: tuple[str, ...]
    names_after: tuple[str, ...]
    rank_before: tuple[str, ...]
    rank_after: tuple[str, ...]
    name_phrases: tuple[str, ...]
    months: tuple[str, ...]  # English month names and abbreviations, longest first
    time_frame_before: tuple[str, ...]
    time_frame_after: tuple[str, ...]
    cn_tens: dict[str, int] = None  # 廿 = 20, 卅 = 30
    cn_formal: frozenset[str] = frozenset()  # 壹贰叁…: formal digits that also spell words
    cn_not_positional: frozenset[str] = frozenset()  # 两, 俩
    cn_counted_after_digit: tuple[str, ...] = ()  # 岁, 个…: a measure word after 万5 makes the 5 a count of its own
    figure_words: tuple[tuple[str, float, str, str | None], ...] = ()  # (word, value, unit, qualifier), longest first
    half_not_after: tuple[str, ...] = ()
    growth_multiple: re.Pattern | None = None  # 增长1.7倍: a growth verb before N倍 (a rise of N×100 %)
    ambiguous: dict[str, tuple[UnitForm | None, tuple[str, ...]]] = None  # form -> (reading when cued, cues)
    multiple_words: frozenset[str] = frozenset()  # 3 times larger / as much: a multiple, not occurrences
    not_comparative: frozenset[str] = frozenset()
    not_units: frozenset[str] = frozenset()  # words pint knows that are nouns here (points, quarters)
    prefixed_symbol: re.Pattern | None = None  # 3 μs, 5 nF, 66 kDa: an SI prefix glued to a base symbol
    prefixed_parts: tuple[dict, dict] = ({}, {})  # prefix -> factor, base -> pint unit
    symbol_by_script: dict[str, str] = None  # ¥: CNY on a Chinese line, JPY elsewhere
    letter_scales: dict[str, float] = None  # £2.1m, 1.2m tons: scale letters where no unit can be meant
    counted_nouns: frozenset[str] = frozenset()  # 5m people: nouns a scale letter counts
    bound_modal: re.Pattern | None = None  # 最多可容纳两千人: a superlative bound, a modal, a short verb
    counted_adjectives: frozenset[str] = frozenset()  # 2m more people: one adjective between
    amount_words: tuple[str, ...] = ()  # sales surpass 12m each: a scale letter with no noun counts millions
    length_words: tuple[str, ...] = ()  # ... unless the line speaks of a length (12m high, a 100m sprint)
    letter_function_words: frozenset[str] = frozenset()  # words that may follow such a letter (12m each)
    temperature_letters: frozenset[str] = frozenset()  # 40C, 32F: temperatures when a cue is on the line
    temperature_cues: tuple[str, ...] = ()
    angle_cues: tuple[str, ...] = ()  # turn 45 degrees: an angle (else bare English degrees are a temperature)
    resolution_words: frozenset[str] = frozenset()  # 4K TVs, 8K video: a display resolution, not a thousand
    mask_labels: tuple[str, ...] = ()  # the labels whose numbers are masked as whole tokens (图1-1, Figure 3.2)
    hedges_before_scale: tuple[tuple[str, str], ...] = ()  # 破万, 上万人: hedge characters before a bare scale
    unit_labels: tuple[str, ...] = ()  # 单位：万元: a unit label, not a figure
    rule_words_after: tuple[str, ...] = ()  # 80/20法则, the 4% rule
    name_words_before: tuple[str, ...] = ()  # S&P 500, 财富500强
    rate_base_before: tuple[str, ...] = ()  # "per 100,000 people", 每10万人: the base of a rate
    model_words_after: re.Pattern | None = None  # 737 Max, 767 Freighters: a model name
    product_nouns_en: frozenset[str] = frozenset()  # the 8088 chip, a 747 jetliner: a model's number
    product_nouns_zh: tuple[str, ...] = ()  # 737客机, 8088芯片 (no measure word)
    product_verbs: frozenset[str] = frozenset()  # the 486 was: 'the', a number and a singular verb
    rank_prefix: tuple[str, ...] = ()  # 前三, top 10%
    rank_prefix_not_after: tuple[str, ...] = ()  # 目前, 此前: words that end in 前
    time_of_day: tuple[str, ...] = ()  # 下午3点
    weekday_before: tuple[str, ...] = ()  # 星期三, 周五
    unit_words: tuple[str, ...] = ()  # 四周 "all around": a numeral and a unit spelling a word
    unit_words_time_before: tuple[str, ...] = ()  # 为期四周: a word of time makes it the figure
    unit_words_time_after: tuple[str, ...] = ()  # 四周后
    lone_before: frozenset[str] = frozenset()  # a lone numeral between these stands as a number
    lone_after: frozenset[str] = frozenset()


_CJK_NAME = re.compile(r"[\u3400-\u9fff]")


def _unit_forms(units: dict) -> tuple[list[UnitForm], list[UnitForm]]:
    suffix: list[UnitForm] = []
    prefix: list[UnitForm] = []

    def add(target, forms, kind, unit, factor=1.0, exact=(), factors=None, nfb=(), below=None, standalone=False,
            tail=False, ok=()):
        for form in forms:
            form = _norm(form)
            is_exact = form in exact
            f = (factors or {}).get(form, factor)
            key = form if is_exact else form.lower()
            target.append(UnitForm(key, kind, unit, float(f), is_exact, tuple(nfb), below, standalone, tail,
                                   tuple(ok)))

    for u in units.get("unit", []):
        unit = {"percent": "percent", "percentage_points": "percentage_points", "times": "times",
                "count": "count"}[u["kind"]]
        add(suffix, _simplify(u["forms"]), u["kind"], unit, u.get("factor", 1), u.get("exact", ()),
            u.get("factors"), u.get("not_followed_by", ()), u.get("factor_below"), tail=u.get("tail_digit", False))
    for m in units.get("money", []):
        add(suffix, _simplify(m.get("suffix", [])), "money", m["code"], m.get("factor", 1),
            nfb=m.get("not_followed_by", ()))
        pre = _simplify(m.get("prefix", []))
        # HK$ is also written "hk $" in tokenised text (one letter apart is an article or a possessive: a $, 's $)
        pre += [f[:-1] + " $" for f in pre if f.endswith("$") and len(f) > 2 and f[-2] != " "]  # not "a $"
        add(prefix, pre, "money", m["code"], m.get("factor", 1))
    for fam in units.get("money_family", []):  # jamaican dollars, 牙买加元: a country's words before a family noun
        for code, *names in fam["countries"]:
            forms = [f"{n} {w}" for n in names if not _CJK_NAME.search(n) for w in fam.get("en", [])]
            forms += [n + w for n in names if _CJK_NAME.search(n) for w in fam.get("zh", [])]
            add(suffix, _simplify(forms), "money", code)
    for p in units.get("physical", []):
        add(suffix, _simplify(p["forms"]), "physical", p["unit"], p.get("factor", 1), p.get("exact", ()),
            nfb=_simplify(p.get("not_followed_by", [])), standalone=p.get("standalone", False),
            ok=p.get("standalone_ok", ()))
    for w in units.get("count", {}).get("measure_words", []):
        add(suffix, _simplify([w]), "count", "count")
    return suffix, prefix


def _prefixed_symbol_pattern(table: dict) -> re.Pattern | None:
    """An SI prefix glued to a base symbol, case as written (groups pre, base); a bare base only where the table
    allows it; the table's not_forms never. The longest base wins (tCO2e before tCO2 before t)."""
    if not table.get("bases"):
        return None
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    bases, bare = alt(table["bases"]), alt(table.get("bare", []))
    nots = alt(table.get("not_forms", [])) or "(?!)"
    return re.compile(rf"(?!(?:{nots})(?![A-Za-z0-9]))(?:(?P<pre>{alt(table['prefixes'])})(?P<base>{bases})"
                      rf"|(?P<bare>{bare}))(?![A-Za-z0-9])")


def _bound_modal(hedges: dict) -> re.Pattern | None:
    """最多可容纳, 至少能省下: a superlative bound, a modal and a verb of up to two characters, ending right
    before the figure; the bound's word is group 1."""
    bounds, modals = _simplify(hedges.get("modal_after_bound", [])), _simplify(hedges.get("modals", []))
    if not bounds or not modals:
        return None
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    return re.compile(rf"({alt(bounds)})(?:{alt(modals)})[\u4e00-\u9fff]{{0,2}}\s?$")


def _hedge_pairs(table: dict) -> tuple[tuple[str, str], ...]:
    pairs = []
    for qual, words in table.items():
        for w in _simplify(words):
            pairs.append((w.lower(), qual))
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple(pairs)


def by_last_char(pairs) -> dict[str, tuple]:
    """Index (word, ...) tuples by the word's last character, longest word first."""
    out: dict[str, list] = {}
    for p in pairs:
        out.setdefault(p[0][-1], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _ambiguous(entries: list[dict]) -> dict[str, tuple[UnitForm | None, tuple[str, ...]]]:
    """Forms with a second reading chosen when one of the cue words is on the line (pounds: GBP with money
    words, mass otherwise; K: kelvin with temperature words, thousand otherwise)."""
    out = {}
    for e in entries:
        cues = tuple(to_simplified(c).lower() for c in e["cues"])
        for form in e["forms"]:
            key = _norm(form) if form in e.get("exact", ()) else _norm(form).lower()
            alt = UnitForm(key, e["kind"], e["unit"], float(e.get("factor", 1)), form in e.get("exact", ()))
            out[key] = (alt, cues)
    return out


def _growth_multiple_pattern(table: dict) -> re.Pattern | None:
    """A growth verb, then hedges, ending where the figure starts (searched backwards by `$`)."""
    if not table.get("before"):
        return None
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(_simplify(ws), key=len, reverse=True))
    hedges = alt(table.get("hedges_between", [])) or "(?!)"
    return re.compile(rf"(?:{alt(table['before'])})\s*(?:(?:{hedges})\s*)*$")


def _figure_words(words: dict, halves: dict) -> tuple[tuple[str, float, str, str | None], ...]:
    out = [(to_simplified(w).lower(), float(v), unit, None) for w, (v, unit) in words.items()]
    out += [(to_simplified(w).lower(), 0.5, "ratio", q or None) for w, q in halves.items()]
    return tuple(sorted(out, key=lambda p: -len(p[0])))


@functools.lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    num = _data("numerals.toml")
    units = _data("units.toml")
    hedges = _data("hedges.toml")
    non = _data("nonclaims.toml")
    cn, en = num["chinese"], num["english"]
    suffix, prefix = _unit_forms(units)
    return Knowledge(
        cn_digits=dict(cn["digits"]),
        cn_small=dict(cn["small_units"]),
        cn_big={k: float(v) for k, v in cn["big_units"].items()},
        cn_point=frozenset(cn["decimal_point"]),
        negative_words=tuple(_simplify(cn["negative"])) + tuple(w + " " for w in en["negative"]),
        cn_vague=frozenset(cn["vague"]),
        en_ones=dict(en["ones"]),
        en_tens=dict(en["tens"]),
        en_hundred=frozenset(en["hundred"]),
        en_scales={k: float(v) for k, v in en["scales"].items()},
        en_fractions={k: float(v) for k, v in en["fractions"].items()},
        en_negative=frozenset(en["negative"]),
        en_point=frozenset(en["decimal_point"]),
        en_article=frozenset(en["article"]),
        suffix_scales={k: float(v) for k, v in num["suffix_scales"].items()},
        suffix_units=FormIndex(suffix),
        prefix_units=FormIndex(prefix),
        canonical_units=tuple(units["canonical"]["units"]),
        hedges_before_by_last=by_last_char(_hedge_pairs(hedges["before"])),
        comparative_before=tuple(_simplify(hedges.get("comparative", {}).get("before", []))),
        comparative_after=tuple((to_simplified(w), q) for q in ("over", "under")
                                for w in hedges.get("comparative", {}).get(q, [])),
        hedges_after=_hedge_pairs(hedges["after"]),
        bound_modal=_bound_modal(hedges),
        hedge_fillers=tuple(sorted(_simplify(hedges.get("fillers", [])) + hedges.get("fillers_en", []), key=len, reverse=True)),
        half_share=tuple(sorted(((to_simplified(w).lower(), q or None) for w, q in hedges.get("half_share", {}).items()),
                                key=lambda p: -len(p[0]))),
        labels_before=tuple(sorted(_simplify(non["labels_before"] + non.get("label_words_before", [])), key=len,
                                   reverse=True)),
        mask_labels=tuple(sorted(_simplify(non["labels_before"]), key=len, reverse=True)),
        names_after=tuple(sorted(_simplify(non["names_after"]), key=len, reverse=True)),
        rank_before=tuple(_simplify(non["rank_words_before"])),
        rank_after=tuple(_simplify(non["rank_words_after"])),
        months=tuple(sorted((m.lower() for m in non["months"]), key=len, reverse=True)),
        name_phrases=tuple(sorted(_simplify(non.get("name_phrases", [])), key=len, reverse=True)),
        time_frame_before=tuple(sorted(_simplify(non.get("time_frame", {}).get("before", [])), key=len, reverse=True)),
        time_frame_after=tuple(sorted(_simplify(non.get("time_frame", {}).get("after", [])), key=len, reverse=True)),
        cn_tens=dict(cn.get("tens", {})),
        cn_formal=frozenset(_simplify(cn.get("formal", []))),
        cn_not_positional=frozenset(cn.get("not_positional", [])),
        cn_counted_after_digit=tuple(_simplify(cn.get("counted_after_digit", []))),
        figure_words=_figure_words(num.get("figure_words", {}), hedges.get("half_share", {})),
        growth_multiple=_growth_multiple_pattern(num.get("growth_multiple", {})),
        letter_scales={k: float(v) for k, v in num.get("letter_scales", {}).items()},
        counted_nouns=frozenset(num.get("counted_after_letter_scale", {}).get("nouns", [])),
        counted_adjectives=frozenset(num.get("counted_after_letter_scale", {}).get("adjectives", [])),
        amount_words=tuple(num.get("letter_scale_without_noun", {}).get("amount_words", [])),
        length_words=tuple(num.get("letter_scale_without_noun", {}).get("length_words", [])),
        letter_function_words=frozenset(num.get("letter_scale_without_noun", {}).get("function_words", [])),
        resolution_words=frozenset(num.get("letter_names", {}).get("resolution_words", [])),
        angle_cues=tuple(units.get("angle_words", {}).get("cues", [])),
        temperature_letters=frozenset(units.get("temperature_letters", {}).get("forms", [])),
        temperature_cues=tuple(to_simplified(c).lower() for c in units.get("temperature_letters", {}).get("cues", [])),
        ambiguous=_ambiguous(units.get("ambiguous", [])),
        multiple_words=frozenset(units.get("times", {}).get("multiple_words", [])),
        not_comparative=frozenset(units.get("times", {}).get("not_comparative", [])),
        not_units=frozenset(units.get("fallback", {}).get("not_units", [])),
        prefixed_symbol=_prefixed_symbol_pattern(units.get("prefixed_symbols", {})),
        prefixed_parts=(dict(units.get("prefixed_symbols", {}).get("prefixes", {})),
                        dict(units.get("prefixed_symbols", {}).get("bases", {}))),
        symbol_by_script=dict(units.get("symbol_by_script", {})),
        half_not_after=tuple(_simplify(hedges.get("half_not_after", []))),
        hedges_before_scale=_hedge_pairs(hedges.get("before_scale", {})),
        unit_labels=tuple(_simplify(non.get("unit_labels", []))),
        rule_words_after=tuple(_simplify(non.get("rule_words_after", []))),
        name_words_before=tuple(sorted(_simplify(non.get("name_words_before", [])), key=len, reverse=True)),
        rate_base_before=tuple(_simplify(non.get("rate_base_before", []))),
        model_words_after=re.compile(r"[ -](?:" + "|".join(map(re.escape, non.get("model_words_after", [])))
                                     + r")(?![A-Za-z])") if non.get("model_words_after") else None,
        product_nouns_en=frozenset(non.get("product_nouns", {}).get("en", [])),
        product_nouns_zh=tuple(sorted(_simplify(non.get("product_nouns", {}).get("zh", [])), key=len, reverse=True)),
        product_verbs=frozenset(non.get("product_nouns", {}).get("singular_verbs", [])),
        rank_prefix=tuple(_simplify(non.get("rank_prefix", []))),
        rank_prefix_not_after=tuple(_simplify(non.get("rank_prefix_not_after", []))),
        time_of_day=tuple(_simplify(non.get("time_of_day", []))),
        weekday_before=tuple(_simplify(non.get("weekday_before", []))),
        unit_words=tuple(_simplify(non.get("unit_words", []))),
        unit_words_time_before=tuple(_simplify(non.get("unit_words_time_before", []))),
        unit_words_time_after=tuple(_simplify(non.get("unit_words_time_after", []))),
        lone_before=frozenset(_simplify(cn.get("lone_before", []))),
        lone_after=frozenset(_simplify(cn.get("lone_after", []))),
    )
