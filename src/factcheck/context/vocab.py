"""The vocabularies the facets read, loaded once from data files: entities (aliases.toml), what is measured
(concepts.toml) and cues (cues.toml). Users extend them with their own TOML files ([aliases.NAME],
[concepts.KEY], [cues.SECTION]). Matching is on normalised text: NFKC, Simplified, Latin lower-cased on word
boundaries.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from importlib import resources

from ..fsutil import read_text
from ..knowledge import LATIN, KnowledgeError, load_toml, to_simplified

ROLES = {"quantity", "topic", "domain", "basis", "scope", "modifier", "adjustment", "subset"}


@dataclass(frozen=True)
class Concept:
    key: str
    role: str  # topic, domain, basis, scope, modifier, adjustment, subset
    label: str
    within: str | None = None  # the broader topic this one is part of: notebook within pc, dram within memory
    parts: tuple[str, ...] = ()  # a compound naming two measured things at once: 产销 is production and sales
    either: tuple[str, ...] = ()  # a word meaning one of several quantities: "sales" is revenue or unit sales
    # the one of `either` a figure in money means, the first of the others any other figure (消费: spending for
    # 消费8万亿元, consumption for 消费了1200亿份)
    money: str | None = None
    stock: bool = False  # an amount held (capacity, users): a rise in it is an addition
    stage: bool = False  # a stage of a project (under construction, in operation): no quantity of its own


@dataclass(frozen=True)
class Entity:
    name: str  # canonical
    kind: str  # country, region, company, organisation, research
    adjective: bool = False  # "Chinese", "American": qualifies, never a subject
    country: str | None = None  # the country a national body reports on (海关总署, the EIA): aliases.toml `country`
    world: bool = False  # a region of the world (Europe, Asia, the EU): aliases.toml `world`


_KEEP = 4096  # texts remembered: every block of a long document, so each facet's scan of a block is made once


class _Windows:
    """Matches found once in a whole text, then cut to the windows the facets ask about (they ask about many
    windows of one block). Texts are remembered by identity, a long document's blocks all at once."""

    def __init__(self):
        self._seen: dict[int, tuple[str, list, list]] = {}  # id -> (text, found, starts)
        # the text asked about last, as kept in _seen: the facets ask about one block many times in a row
        self._last: tuple[str, list, list] = ("", [], [])

    def find(self, low: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Matches inside [start, end)."""
        seen = self._last
        if seen[0] is not low:
            seen = self._seen.get(id(low))
            if seen is None or seen[0] is not low:
                found = self._scan(low)
                if len(self._seen) >= _KEEP:
                    self._seen.pop(next(iter(self._seen)))
                seen = self._seen[id(low)] = (low, found, [f[0] for f in found])
            self._last = seen
        if end is None:
            end = len(low)
        found, starts = seen[1], seen[2]
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if j <= i:
            return []
        # the matches starting in [start, end), less one that runs past `end`: matches of one scan do not overlap,
        # so only the last can (written out here, not in a helper: the facets ask many times per figure)
        out = found[i:j]
        if out[-1][1] > end:
            out.pop()
        return out

    def _scan(self, low: str) -> list[tuple[int, int, str]]:
        raise NotImplementedError


class Matcher(_Windows):
    """Longest-first matching of a word list on normalised, lower-cased text, on Latin word boundaries."""

    def __init__(self, words):
        super().__init__()
        words = {w for w in words if w}
        self.re = re.compile(trie_pattern(words)) if words else None

    def _scan(self, low: str) -> list[tuple[int, int, str]]:
        if self.re is None:
            return []
        out = [(m.start(), m.end(), m.group()) for m in self.re.finditer(low) if on_word(low, m.start(), m.end())]
        # (a word opening with 年, 季 or 月 only in a text holding one: most hold none, and the test is per match)
        if ("年" in low or "季" in low or "月" in low) and \
                any(w[0] in _PERIOD_ENDS and _closes_period(low, s) for s, _, w in out):
            out = self._after_periods(low, out)
        return out

    def find_from(self, low: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Matches of a scan starting at `start` and ending before `end`, not remembered: the words after a place a
        whole-text scan's match ran across (measure._terms_of). Word edges are those of the whole text."""
        out = []
        for m in (self.re.finditer(low, start) if self.re is not None else ()):
            if m.end() > end:
                break
            if on_word(low, m.start(), m.end()):
                out.append((m.start(), m.end(), m.group()))
        return out

    def _after_periods(self, low: str, out: list) -> list:
        """2023年增加, 2024年产量, 比上一季减少, 12月增长: the 年, 季 or 月 closes a period; the word starts after
        it ("增加", "产量", "减少", not 年增, 年产量 or 季减, which the period then hides): the scan from there again."""
        kept: list = []
        pos = 0
        for s, e, w in out:
            if s < pos:
                continue  # (overlapped by a word the scan again found)
            if w[0] in _PERIOD_ENDS and _closes_period(low, s):
                pos = s + 1
                for m in self.re.finditer(low, s + 1):  # (again up to where the hidden word ended)
                    if m.start() >= e:
                        break
                    if on_word(low, m.start(), m.end()):
                        kept.append((m.start(), m.end(), m.group()))
                        pos = m.end()
                continue
            kept.append((s, e, w))
            pos = e
        return kept


_PERIOD_ENDS = frozenset("年季月")
_BEFORE_PERIOD_END = frozenset("0123456789一二三四五六七八九十〇零两上下本首末")


def _closes_period(low: str, s: int) -> bool:
    """The 年, 季 or 月 at s ends a period (2023年, 上一季, 第三季, 12月), not begins a word (年增 after a noun)."""
    return s > 0 and low[s - 1] in _BEFORE_PERIOD_END


_GROUP = 48  # branches per group at the top of a trie pattern (see trie_pattern)


def trie_pattern(words) -> str:
    """One regular expression for a word list, as a trie: at each position it finds the longest word there, as
    a longest-first alternation would, but without trying every word in turn (a few thousand terms). At its
    top, where a word list starts with a few hundred characters, the branches go in groups of _GROUP, each
    behind a look-ahead for its first characters: the regex engine tries the branches of an alternation one by
    one, and passes over a group whose first characters are not there with one test (the same matches: no two
    branches start with one character)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict, top: bool = False) -> str:
        end = "" in node
        firsts = sorted(ch for ch in node if ch != "")
        branches = [re.escape(ch) + emit(node[ch]) for ch in firsts]
        if not branches:
            return ""
        if top and len(branches) > 2 * _GROUP:  # (fewer: one alternation is as quick)
            # (behind one look-ahead for every first character: most places of a text start no word, and are
            # passed over with one test rather than one a group)
            body = "(?=[" + "".join(map(re.escape, firsts)) + "])(?:" + "|".join("(?=[" + "".join(map(re.escape, firsts[k:k + _GROUP])) + "])(?:" +
                                    "|".join(branches[k:k + _GROUP]) + ")" for k in range(0, len(branches), _GROUP)) + ")"
        else:
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    return emit(trie, top=True)


def on_word(text: str, s: int, e: int) -> bool:
    """A Latin match stands on word boundaries ("us" not inside "plus", "ai" not inside "said")."""
    if text[s] in LATIN and s > 0 and text[s - 1] in LATIN:
        return False
    if text[e - 1] in LATIN and e < len(text) and text[e] in LATIN:
        return False
    return True


class CueView:
    """One cue list (or several), read from a single scan of the text for all cue lists at once (the facets
    ask a dozen lists about the same block: one pass instead of twelve). Where words of two lists overlap at
    one place, the longer is found, as inside one list."""

    def __init__(self, names: frozenset[str], shared: "_SharedCues"):
        self.names = names
        self.shared = shared
        # the key of its matches in the shared split of a text: a single list's own name (the split holds every
        # list with a match in the text under its name, so a list missing there has none); several lists' set
        self.key = next(iter(names)) if len(names) == 1 else names
        # the text asked about last and this list's (matches, starts) in it: the facets ask about one block
        # many times in a row (a pure function of the text, as the shared split it is read from)
        self._last: tuple[str, list, list] = ("", [], [])

    def find(self, low: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Matches inside [start, end)."""
        last = self._last
        if last[0] is low:
            found, starts = last[1], last[2]
        else:
            seen = self.shared._split.get(id(low))  # the usual case, inline: asked tens of times per figure
            if seen is not None and seen[0] is low:
                entry = seen[1].get(self.key)
                if entry is None:
                    entry = _NO_MATCHES if self.key is not self.names else self.shared.of(low, self.names)
            else:
                entry = self.shared.of(low, self.names)
            found, starts = entry
            self._last = (low, found, starts)
        if not starts:
            return []
        if end is None:
            end = len(low)
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if j <= i:
            return []
        out = found[i:j]  # (the matches in [start, end), as _Windows.find cuts them)
        if out[-1][1] > end:
            out.pop()
        return out


_NO_MATCHES: tuple[list, list[int]] = ([], [])  # (never handed out: find returns slices of it, or a new [])


class _SharedCues(_Windows):
    """The scan of all cue lists, split once per text into each list's matches."""

    def __init__(self, lists_of: dict[str, frozenset[str]]):
        super().__init__()
        self.matcher = Matcher(lists_of)
        self.lists_of = lists_of
        self._split: dict[int, tuple[str, dict]] = {}

    def _scan(self, low: str) -> list[tuple[int, int, str]]:
        return self.matcher._scan(low)

    def of(self, low: str, names: frozenset[str]) -> tuple[list, list[int]]:
        seen = self._split.get(id(low))
        if seen is None or seen[0] is not low:
            by: dict[str, list] = {}
            for f in self.find(low):
                for n in self.lists_of[f[2]]:
                    by.setdefault(n, []).append(f)
            if len(self._split) >= _KEEP:
                self._split.pop(next(iter(self._split)))
            seen = self._split[id(low)] = (low, {})
            seen[1].update((n, (fs, [f[0] for f in fs])) for n, fs in by.items())
        split = seen[1]
        if names not in split:  # several lists read as one: their matches merged in text order
            some = [split[n] for n in names if n in split]
            if len(some) == 1:  # (matches of one list only: already in text order, each once)
                split[names] = some[0]
            else:
                fs = sorted({f for got in some for f in got[0]})
                split[names] = (fs, [f[0] for f in fs])
        return split[names]


@dataclass(frozen=True)
class Vocab:
    entities: dict[str, Entity]  # normalised lower-case form -> entity
    entity_match: Matcher
    concepts: dict[str, Concept]
    concept_match: Matcher
    labels: dict[str, str]
    roles: dict[str, str]  # concept key -> role
    within: dict[str, str]  # concept key -> the broader topic it is part of
    either: dict[str, tuple[str, ...]]  # concept key -> the quantities it may mean ("sales": revenue, unit sales)
    money_reading: dict[str, str]  # concept key -> the one of its `either` a figure in money means
    stocks: frozenset[str]  # concept keys of amounts held (capacity, users, reserves)
    stages: frozenset[str]  # concept keys of the stages of a project (under construction, in operation)
    subsets: frozenset[str]  # labels of the concepts of role "subset" (top: 前十, top 10), the basis markers they set
    cues: dict[str, tuple[str, ...]]  # "measure.share" -> normalised lower-case words
    cue_match: dict[str, CueView]
    not_names: frozenset[str]
    corporate_suffixes: frozenset[str]
    bodies: tuple[str, ...]  # last words / endings of bodies that publish figures (source.bodies)
    org_suffixes: tuple[str, ...]
    upper_only: frozenset[str]
    abbreviations: dict[str, Entity]  # one-character place names after a verb of travel: 来台, 访港, 赴日
    ignore_words: frozenset[str]  # words that are never part of an object  # short all-capital aliases ("US", "HP", "IDC") match only in capitals ("us" is a word)
    # names that are also ordinary words match only capitalised (aliases.toml `capitalised`: "Chile", not "chile
    # peppers"; "Turkey", not "turkey prices")
    capital_only: frozenset[str] = frozenset()

    def case_fits(self, w: str, written: str) -> bool:
        """Whether the alias w (normalised) may stand for an entity as `written` in the text."""
        if w in self.upper_only:
            return written.isupper()
        return w not in self.capital_only or written[:1].isupper()

    def entity(self, name: str) -> "Entity | None":
        """The alias table's entity for a name as written (any script, any case), or None (kept per name: the
        facets ask about the same subjects figure after figure, and _norm converts to Simplified, which is slow;
        the table does not change once loaded)."""
        seen = self.__dict__.get("_entity_of")
        if seen is None:
            seen = self.__dict__["_entity_of"] = {}
        got = seen.get(name, seen)
        if got is seen:
            got = seen[name] = self.entities.get(_norm(name))
        return got

    def in_common_noun(self, low: str, s: int, e: int) -> bool:
        """Whether the name found at low[s:e] is inside a word that holds it and is no name (cues.toml
        subject.common_nouns: 所有大陆 is every continent, not mainland China)."""
        return any(a <= s and e <= b for a, b, _ in self.cue("subject.common_nouns").find(low, max(0, s - 6), e + 6))

    def cue_set(self, name: str) -> frozenset[str]:
        """The words of one cue list, lower case, as a set (for lists of keys or words tested whole, not found in
        text; read once)."""
        sets = self.__dict__.setdefault("_cue_sets", {})
        got = sets.get(name)
        if got is None:
            got = sets[name] = frozenset(w.lower() for w in self.cues.get(name, ()))
        return got

    def cue(self, name: str | tuple[str, ...]) -> CueView:
        """The matcher of one cue list, or of several read as one."""
        view = self.cue_match.get(name)
        if view is None:
            names = (name,) if isinstance(name, str) else name
            some = next(iter(self.cue_match.values()), None)
            shared = some.shared if some else _SharedCues({})
            view = self.cue_match[name] = CueView(frozenset(names), shared)
        return view


def _norm(w: str) -> str:
    return to_simplified(str(w)).lower().replace("’", "'")


def _where(name: str, text: str | None, section: str, key: str) -> str:
    """file:line of a table header ([key] or [section.key]) for an error message."""
    if text:
        pat = re.compile(rf"^[ \t]*\[[ \t]*(?:{re.escape(section)}\.)?\"?{re.escape(key)}\"?[ \t]*\]", re.M)
        m = pat.search(text)
        if m:
            return f"{name}:{text.count(chr(10), 0, m.start()) + 1}"
    return name


def _flatten(prefix: str, table: dict, out: dict[str, list[str]], where: str) -> None:
    for k, v in table.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            _flatten(key, v, out, where)
        elif isinstance(v, list) and all(isinstance(x, str) for x in v):
            out.setdefault(key, []).extend(v)
        else:
            raise KnowledgeError(f"{where}: [cues] {key} must be a list of words")


# cue lists only ever read as lists (startswith, endswith, membership), never looked for in a text
_LIST_ONLY = frozenset(("source.describe_han", "source.refer_han", "object.people_participles",
                        "subject.compound_endings", "subject.lone_not_names", "subject.defined_terms",
                        "subject.person_roles",
                        "object.dimension.area", "object.dimension.volume", "subject.division_words",
                        "subject.demonym_endings", "subject.instrument_heads",
                        "subject.work_before_title", "period.former_nouns", "subject.bare_feature_heads",
                        "subject.landmark_kinds_first", "subject.landmark_kinds_last",
                        "subject.where_words", "subject.superlatives"))


def build(alias_docs, concept_docs, cue_docs) -> Vocab:
    """A vocabulary from parsed TOML documents, the package's own first: lists of (name, data, text)."""
    entities: dict[str, Entity] = {}
    abbreviations: dict[str, Entity] = {}
    upper: set[str] = set()
    capital: set[str] = set()
    for name, doc, text in alias_docs:
        for canon, entry in doc.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("aliases"), list):
                raise KnowledgeError(f"{_where(name, text, 'aliases', canon)}: [{canon}] needs a list `aliases`")
            if not all(str(a).strip() for a in entry["aliases"]):
                raise KnowledgeError(f"{_where(name, text, 'aliases', canon)}: [{canon}] has an empty alias")
            kind = str(entry.get("kind", "company"))
            home = entry.get("country")
            if home is not None and not (isinstance(home, str) and home.strip()):
                raise KnowledgeError(f"{_where(name, text, 'aliases', canon)}: [{canon}] `country` must be a name")
            capitalised = entry.get("capitalised", [])
            if not isinstance(capitalised, list):
                raise KnowledgeError(f"{_where(name, text, 'aliases', canon)}: [{canon}] `capitalised` must be a list")
            for a in [canon, *entry["aliases"], *capitalised]:
                entities[_norm(a)] = Entity(canon, kind, country=home, world=entry.get("world") is True)
                if a.isascii() and a.isupper() and len(a) <= 5:
                    upper.add(_norm(a))
                elif a in capitalised:
                    capital.add(_norm(a))
            for a in entry.get("adjectives", []):
                entities[_norm(a)] = Entity(canon, kind, adjective=True)
            for a in entry.get("abbreviations", []):
                abbreviations[_norm(a)] = Entity(canon, kind)
    concepts: dict[str, Concept] = {}
    for name, doc, text in concept_docs:
        for key, entry in doc.items():
            where = _where(name, text, "concepts", key)
            if not isinstance(entry, dict) or not isinstance(entry.get("terms"), list):
                raise KnowledgeError(f"{where}: [{key}] needs a list `terms`")
            role = entry.get("role", "topic")
            if role not in ROLES:
                raise KnowledgeError(f"{where}: [{key}] role {role!r} is not one of {sorted(ROLES)}")
            either = tuple(entry.get("either", ()))
            money = entry.get("money")
            if money is not None and money not in either:
                raise KnowledgeError(f"{where}: [{key}] `money` must be one of its `either`")
            c = Concept(key, role, entry.get("label", key), entry.get("within"), tuple(entry.get("parts", ())),
                        either, money, bool(entry.get("stock", False)), bool(entry.get("stage", False)))
            for t in entry["terms"]:
                concepts[_norm(t)] = c
    raw: dict[str, list[str]] = {}
    for name, doc, _ in cue_docs:
        _flatten("", doc, raw, name)
    cues = {k: tuple(sorted({_norm(w) for w in v}, key=len, reverse=True)) for k, v in raw.items()}
    keep_case = ("subject.not_names", "subject.corporate_suffixes", "source.bodies")
    # (lists read as lists, never scanned for in a text: kept out of the one scan of all cue lists, where their
    # words would take the places of other lists' words)
    scanned = {k: v for k, v in cues.items() if k not in keep_case and k not in _LIST_ONLY}
    return Vocab(
        entities=entities,
        entity_match=Matcher(entities),
        concepts=concepts,
        concept_match=Matcher(concepts),
        labels={c.key: c.label for c in concepts.values()},
        roles={c.key: c.role for c in concepts.values()},
        within={c.key: c.within for c in concepts.values() if c.within},
        either={c.key: c.either for c in concepts.values() if c.either},
        money_reading={c.key: c.money for c in concepts.values() if c.money},
        stocks=frozenset(c.key for c in concepts.values() if c.stock),
        stages=frozenset(c.key for c in concepts.values() if c.stage),
        subsets=frozenset(c.label for c in concepts.values() if c.role == "subset"),
        cues={k: v for k, v in cues.items() if k not in keep_case},
        cue_match=_cue_views(scanned),
        not_names=frozenset(raw.get("subject.not_names", [])),
        corporate_suffixes=frozenset(raw.get("subject.corporate_suffixes", [])),
        bodies=tuple(to_simplified(w) for w in raw.get("source.bodies", [])),
        org_suffixes=tuple(sorted({to_simplified(w) for w in raw.get("subject.org_suffixes", [])}, key=len,
                                  reverse=True)),
        upper_only=frozenset(upper),
        capital_only=frozenset(capital),
        abbreviations=abbreviations,
        ignore_words=frozenset(cues.get("object.ignore", ())),
    )


def _cue_views(cues: dict[str, tuple[str, ...]]) -> dict:
    lists_of: dict[str, set[str]] = {}
    for name, words in cues.items():
        for w in words:
            lists_of.setdefault(w, set()).add(name)
    shared = _SharedCues({w: frozenset(v) for w, v in lists_of.items()})
    return {name: CueView(frozenset((name,)), shared) for name in cues}


@functools.lru_cache(maxsize=8)
def vocab(user_files: tuple[str, ...] = ()) -> Vocab:
    """The package vocabularies plus any user tables ([aliases.NAME], [concepts.KEY], [cues.SECTION])."""
    data = resources.files("factcheck") / "data"
    own = {}
    for fname in ("aliases.toml", "concepts.toml", "cues.toml"):
        text = (data / fname).read_text(encoding="utf-8")
        own[fname] = (f"factcheck/data/{fname}", load_toml(f"factcheck/data/{fname}", text), text)
    aliases, concepts, cues = [own["aliases.toml"]], [own["concepts.toml"]], [own["cues.toml"]]
    for f in user_files:
        try:
            text = read_text(f)  # a regular file of bounded size only
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{f}: cannot read: {exc}") from None
        doc = load_toml(f, text)
        unknown = sorted(set(doc) - {"aliases", "concepts", "cues"} or
                         {k for k in ("aliases", "concepts", "cues") if not isinstance(doc.get(k, {}), dict)})
        if unknown:
            raise KnowledgeError(f"{_where(f, text, '', unknown[0])}: unknown table [{unknown[0]}] "
                                 "(a user table holds [aliases.NAME], [concepts.KEY] and [cues.SECTION])")
        aliases.append((f, doc.get("aliases", {}), text))
        concepts.append((f, doc.get("concepts", {}), text))
        cues.append((f, doc.get("cues", {}), text))
    return build(aliases, concepts, cues)
