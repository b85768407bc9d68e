"""Stage 4, context: what each figure is about.

For every claim: the `subject` (an entity from the alias table), the `metric` (concepts from the vocabulary,
so that zh-Hans, zh-Hant and English statements of one quantity meet), the `period` (year, month or quarter the
text attaches to it) and the `basis` (forecast vs actual, capacity vs output, scope).

Everything is read from the normalised line that holds the claim: the figure's own clause first, then its
sentence, then the nearest heading above it. Tables are data (aliases.toml, concepts.toml), loaded once.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from importlib import resources

from .fsutil import read_text
from .knowledge import LATIN, KnowledgeError, load_toml, to_simplified
from .model import Claim, Context, Document
from .normalize import NormLine, normalize_text

_SENTENCE = re.compile(r"[。！？!?；;]|\.(?=\s|$)")
_CLAUSE = re.compile(r"[，,：:、（）()]")
_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s?(?:年\s?(?:第?\s?([一二三四1-4])\s?季度|([01]?\d)\s?月|(上半年|下半年))?|年度|财年)"
    r"|(?<![\w\d])(?:FY\s?)?((?:19|20)\d{2})(?![\d%])(?:\s?(?:Q([1-4])|H([12])))?"
    r"|(?<![\w])(Q[1-4]|H[12])\s?((?:19|20)\d{2})"
)
_HEADING_PREFIX = re.compile(r"^(?:#+\s*|[一二三四五六七八九十]+、\s*|[(（]?\d{1,2}[.、)）]\s*|[(（][一二三四五六七八九十]+[)）]\s*)")
_FORECAST = ("预计", "预测", "预期", "有望", "将达到", "将达", "将超过", "将", "到20", "forecast", "projected", "expected",
             "projection", "will", "estimate to", "by 20")
_QUARTER_CN = {"一": "1", "二": "2", "三": "3", "四": "4"}


@dataclass(frozen=True)
class Concept:
    key: str
    role: str  # topic, domain, measure, basis, scope, modifier
    label: str


@dataclass(frozen=True)
class Tables:
    alias_re: re.Pattern
    alias_of: dict[str, str]  # lower-cased normalised alias -> canonical entity
    concept_re: re.Pattern
    concept_of: dict[str, Concept]
    labels: dict[str, str]  # concept key -> label
    heading_max: int = 40  # a line this short (normalised chars) can be a heading


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _where(name: str, text: str | None, section: str, key: str) -> str:
    """file:line of a table header ([key] or [section.key]) for an error message."""
    if text:
        pat = re.compile(rf"^[ \t]*\[[ \t]*(?:{re.escape(section)}\.)?\"?{re.escape(key)}\"?[ \t]*\]", re.M)
        m = pat.search(text)
        if m:
            return f"{name}:{text.count(chr(10), 0, m.start()) + 1}"
    return name


def build_tables(alias_docs: list[tuple[str, dict, str | None]],
                 concept_docs: list[tuple[str, dict, str | None]]) -> Tables:
    """Tables from parsed TOML documents (the package's own first, then the user's): (name, data, text)."""
    alias_of: dict[str, str] = {}
    for name, doc, text in alias_docs:
        for canon, entry in doc.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("aliases"), list):
                raise KnowledgeError(f"{_where(name, text, 'aliases', canon)}: [{canon}] needs a list `aliases`")
            if not all(str(a).strip() for a in entry["aliases"]):
                raise KnowledgeError(f"{_where(name, text, 'aliases', canon)}: [{canon}] has an empty alias")
            for a in [canon, *entry["aliases"]]:
                alias_of[to_simplified(str(a)).lower()] = canon
    concept_of: dict[str, Concept] = {}
    roles = {"topic", "domain", "measure", "basis", "scope", "modifier", "adjustment", "subset"}
    for name, doc, text in concept_docs:
        for key, entry in doc.items():
            where = _where(name, text, "concepts", key)
            if not isinstance(entry, dict) or not isinstance(entry.get("terms"), list):
                raise KnowledgeError(f"{where}: [{key}] needs a list `terms`")
            role = entry.get("role", "topic")
            if role not in roles:
                raise KnowledgeError(f"{where}: [{key}] role {role!r} is not one of {sorted(roles)}")
            c = Concept(key, role, entry.get("label", key))
            for t in entry["terms"]:
                concept_of[to_simplified(str(t)).lower()] = c
    return Tables(
        alias_re=re.compile(_alternation(alias_of)),
        alias_of=alias_of,
        concept_re=re.compile(_alternation(concept_of)),
        concept_of=concept_of,
        labels={c.key: c.label for c in concept_of.values()},
    )


@functools.lru_cache(maxsize=8)
def tables(user_files: tuple[str, ...] = ()) -> Tables:
    """The package tables plus any user tables: TOML files with [aliases.NAME] and/or [concepts.KEY] tables."""
    data = resources.files("factcheck") / "data"
    own = []
    for fname in ("aliases.toml", "concepts.toml"):
        text = (data / fname).read_text(encoding="utf-8")
        own.append((f"factcheck/data/{fname}", load_toml(f"factcheck/data/{fname}", text), text))
    aliases, concepts = [own[0]], [own[1]]
    for f in user_files:
        try:
            text = read_text(f)  # a regular file of bounded size only
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{f}: cannot read: {exc}") from None
        doc = load_toml(f, text)
        unknown = sorted(set(doc) - {"aliases", "concepts"} or
                         {k for k in ("aliases", "concepts") if not isinstance(doc.get(k, {}), dict)})
        if unknown:
            raise KnowledgeError(f"{_where(f, text, '', unknown[0])}: unknown table [{unknown[0]}] "
                                 "(a user table holds [aliases.NAME] and [concepts.KEY])")
        aliases.append((f, doc.get("aliases", {}), text))
        concepts.append((f, doc.get("concepts", {}), text))
    return build_tables(aliases, concepts)


def _is_word(text: str, s: int, e: int) -> bool:
    """A Latin match must stand on word boundaries ("US" not inside "USD" or "plus")."""
    if text[s] in LATIN and s > 0 and (text[s - 1] in LATIN):
        return False
    if text[e - 1] in LATIN and e < len(text) and (text[e] in LATIN):
        return False
    return True


@dataclass(frozen=True)
class _Line:
    text: str
    low: str
    sentences: list[int]  # sentence end offsets
    clauses: list[int]  # clause delimiter offsets
    aliases: list[tuple[int, int, str]]
    concepts: list[tuple[int, int, Concept]]
    years: list[tuple[int, str]]  # (offset, period)
    labels: dict[str, str]  # concept key -> label


def _scan_line(nl: NormLine, T: Tables) -> _Line:
    text = nl.text
    low = text.lower() if text.isascii() else "".join(c.lower() if c in LATIN else c for c in text)
    aliases = [(m.start(), m.end(), T.alias_of[m.group()]) for m in T.alias_re.finditer(low)
               if _is_word(low, m.start(), m.end())]
    concepts = [(m.start(), m.end(), T.concept_of[m.group()]) for m in T.concept_re.finditer(low)
                if _is_word(low, m.start(), m.end())]
    years = []
    for m in _YEAR.finditer(text):
        years.append((m.start(), _period(m)))
    return _Line(text, low, [m.end() for m in _SENTENCE.finditer(text)], [m.start() for m in _CLAUSE.finditer(text)],
                 aliases, concepts, years, T.labels)


def _period(m: re.Match) -> str:
    g = m.groups()
    if g[0]:
        y = g[0]
        if g[1]:
            return f"{y}-Q{_QUARTER_CN.get(g[1], g[1])}"
        if g[2]:
            return f"{y}-{int(g[2]):02d}"
        if g[3]:
            return f"{y}-H{'1' if g[3] == '上半年' else '2'}"
        return y
    if g[4]:
        return f"{g[4]}-Q{g[5]}" if g[5] else (f"{g[4]}-H{g[6]}" if g[6] else g[4])
    return f"{g[8]}-{g[7]}"


def _span(bounds: list[int], pos: int, end: int, length: int) -> tuple[int, int]:
    """The segment between two bounds that holds [pos, end)."""
    i = bisect.bisect_right(bounds, pos)
    start = bounds[i - 1] if i else 0
    j = bisect.bisect_left(bounds, end)
    stop = bounds[j] if j < len(bounds) else length
    return start, stop


def _in(items, a: int, b: int):
    return [x for x in items if a <= x[0] and x[1] <= b]


def _orig_to_norm(nl: NormLine, col: int) -> int:
    if nl.index is None:
        return col
    return bisect.bisect_left(nl.index, col, 0, len(nl.index) - 1)


def annotate(doc: Document, claims: list[Claim], T: Tables | None = None,
             lines: list[NormLine] | None = None) -> list[Claim]:
    """The claims of one document with subject, metric and period filled in."""
    if not claims:
        return claims
    T = T or tables()
    lines = lines or normalize_text(doc.text)
    by_line: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        by_line.setdefault(c.line, []).append(i)
    headings = _headings(lines, T)
    out = list(claims)
    for ln, idxs in by_line.items():
        nl = lines[ln - 1]
        L = _scan_line(nl, T)
        spans = [(_orig_to_norm(nl, claims[i].column - 1), _orig_to_norm(nl, claims[i].end_column - 1)) for i in idxs]
        subjects = _respectively(L, spans)
        for k, i in enumerate(idxs):
            ctx = _context(L, spans, k, claims[i], subjects.get(k), headings.get(ln))
            out[i] = replace(claims[i], subject=ctx.subject, metric=ctx.metric, period=ctx.period, context=ctx)
    return out


def _headings(lines: list[NormLine], T: Tables) -> dict[int, str | None]:
    """For each line, the period named by the nearest heading above it: a short line without sentence marks
    that starts with its period ("2024年", "## 2023 results", "二、2025年展望" after its list number). A title
    that merely mentions a year ("高盛报告:2026,…") is not a period heading."""
    out: dict[int, str | None] = {}
    current: str | None = None
    for nl in lines:
        t = _HEADING_PREFIX.sub("", nl.text.strip())
        if t and len(t) <= T.heading_max and not _SENTENCE.search(t) and not t.endswith((":", "：")):
            m = _YEAR.match(t)
            current = _period(m) if m else None  # a new heading without a period ends the old one
        out[nl.number] = current
    return out


def _respectively(L: _Line, spans: list[tuple[int, int]]) -> dict[int, str]:
    """A和B分别为5.1%和3.9%; A and B ... respectively: the i-th figure belongs to the i-th subject."""
    out: dict[int, str] = {}
    for m in re.finditer(r"分别|respectively", L.low):
        ss, se = _span(L.sentences, m.start(), m.end(), len(L.text))
        subj = []
        for a in L.aliases:
            if ss <= a[0] < se and a[2] not in subj and (a[0] < m.start() or m.group() == "respectively"):
                subj.append(a[2])
        figs = [k for k, (s, e) in enumerate(spans) if ss <= s < se and (s > m.start() or m.group() == "respectively")]
        if len(subj) >= 2 and len(subj) == len(figs):
            for k, name in zip(figs, subj):
                out[k] = name
    return out


def _context(L: _Line, spans, k: int, claim: Claim, subject: str | None, heading: str | None) -> Context:
    s, e = spans[k]
    ss, se = _span(L.sentences, s, e, len(L.text))
    cs, ce = _span(L.clauses, s, e, len(L.text))
    cs, ce = max(cs, ss), min(ce, se)
    prev_end = max([pe for ps, pe in spans if pe <= s] + [ss])
    next_start = min([ps for ps, pe in spans if ps >= e] + [se])
    # the figure's own window: up to the neighbouring figures and clause marks
    right_end = min(next_start, _next_mark(L.text, e, se))
    left_start = max(prev_end, _prev_mark(L.text, s, ss))

    if subject is None:
        subject = _subject(L, claim, ss, cs, s, e, right_end)

    right = _in(L.concepts, e, right_end)
    left = _in(L.concepts, left_start, s)
    clause = _in(L.concepts, cs, ce)
    sentence = _in(L.concepts, ss, se)
    topics = _role(right, "topic") or _role(left, "topic") or _role(clause, "topic") or _nearest_topics(L, ss, cs, se)
    topics |= _role(sentence, "domain") | _role(_in(L.concepts, _prev_sentence_start(L, ss), ss), "domain")
    basis = _role(right, "basis") or _role(left, "basis") or _role(clause, "basis")
    measure_c = _role(left + clause, "measure")
    measure = "growth" if "growth" in measure_c else ("share" if claim.unit == "percent" else None)
    scopes = _role(sentence, "scope")
    scope = next(iter(scopes)) if len(scopes) == 1 else None
    modifiers = _role(sentence, "modifier")
    if _forecast(L.low, cs, s) or _forecast(L.low, ss, s):
        basis = basis | {"forecast"}
    if _role(sentence, "adjustment"):
        basis = basis | {"adjusted"}
    if _role(clause + left + right, "subset"):
        basis = basis | {"top"}

    period = _period_for(L, ss, se, s) or heading
    metric = _metric(topics, measure, scope, modifiers, basis, L.labels)
    return Context(subject, tuple(sorted(topics)), measure, tuple(sorted(basis)), scope, tuple(sorted(modifiers)),
                   period, metric)


def _prev_sentence_start(L: _Line, ss: int) -> int:
    """Start of the sentence before the one starting at ss (on the same line), for its domain words."""
    i = bisect.bisect_left(L.sentences, ss)
    return L.sentences[i - 2] if i >= 2 else 0


def _nearest_topics(L: _Line, ss: int, cs: int, se: int) -> set[str]:
    """Topics of the nearest earlier clause of the sentence that names any ("在全球AI算力版图上，美国占74.5%");
    failing that, of the later ones."""
    marks = [m for m in L.clauses if ss <= m < cs]
    starts = [ss] + [m + 1 for m in marks]
    for a, b in reversed(list(zip(starts, marks + [cs]))):
        found = _role(_in(L.concepts, a, b), "topic")
        if found:
            return found
    return _role(_in(L.concepts, cs, se), "topic")


def _next_mark(text: str, pos: int, limit: int) -> int:
    m = re.compile(r"[，,、；;。()（）和及与]|\sand\s").search(text, pos, limit)
    return m.start() if m else limit


def _prev_mark(text: str, pos: int, limit: int) -> int:
    best = limit
    for m in re.compile(r"[，,、；;。()（）]").finditer(text, limit, pos):
        best = m.end()
    return best


def _role(found, role: str) -> set[str]:
    return {c.key for _, _, c in found if c.role == role}


def _subject(L: _Line, claim: Claim, ss: int, cs: int, s: int, e: int, right_end: int) -> str | None:
    before = [a for a in L.aliases if ss <= a[0] and a[1] <= s]
    if before:
        last = before[-1]
        # "是美国的3倍", "美国储量仅为中国的 4%": an alias followed by 的 just before the figure is the comparator
        gap = L.text[last[1]:s]
        if gap.startswith("的") and len(gap) <= 6 and claim.unit in ("times", "percent"):
            earlier = [a for a in before[:-1] if a[2] != last[2]]
            if earlier:
                return f"{earlier[-1][2]}/{last[2]}"
        return last[2]
    after = [a for a in L.aliases if e <= a[0] and a[1] <= right_end]
    return after[0][2] if after else None


def _forecast(low: str, a: int, b: int) -> bool:
    seg = low[a:b]
    return any(w in seg for w in _FORECAST)


def _period_for(L: _Line, ss: int, se: int, s: int) -> str | None:
    before = [p for off, p in L.years if ss <= off < s]
    if before:
        return before[-1]
    after = [p for off, p in L.years if s <= off < se]
    return after[0] if after else None


def _metric(topics, measure, scope, modifiers, basis, by_key: dict[str, str]) -> str | None:
    if not topics:
        return None
    labels = []
    if scope:
        labels.append(by_key.get(scope, scope))
    labels += [by_key.get(m, m) for m in sorted(modifiers)]
    labels += [by_key.get(t, t) for t in sorted(topics)]
    labels += [by_key.get(b, b) for b in sorted(basis) if b != "forecast"]
    if measure:
        labels.append(measure)
    if "forecast" in basis:
        labels.append("(forecast)")
    return " ".join(labels)
