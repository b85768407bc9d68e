"""Names a page declares for one thing: the other names it gives a subject are that subject, on the page and, through
the names pages share, across pages.

Forms it reads (→ the names it makes one):

- a Chinese name with a Latin-script name in brackets after it: 艾尔斯岩石(Ayers Rock), 奥扬特普伊山(Auyan Tepui),
  京那峇鲁公园(Kinabalu Park); a country or region the alias table knows opening the Chinese run only locates it
  (澳大利亚艾尔斯岩石(Ayers Rock) declares 艾尔斯岩石), and the run starts after the last word that joins or says
  (當地原住民稱其為烏魯魯(Uluru) declares 烏魯魯);
- a name, then a word that gives another name (cues.toml subject.also_named: 又名, 又称, 亦称, 也被称为, 又译 …) and
  the other names, 、 between them: 安赫尔瀑布亦称丘伦梅鲁瀑布, 艾爾斯岩石(Ayers Rock)又名艾爾斯岩、艾爾斯巨石; 称其为
  or 称之为 ("calls it") names the first name its sentence declares or opens with;
- in English, a name, then "also known as", "known locally as", "also called", "formerly" (subject.also_named_en)
  and another name: "Uluru, also known as Ayers Rock", "the West Lake is also known as Qiantanghu Lake";

and not:

- an English gloss of a term (净利润(Net Profit), 自由现金流(Free Cash Flow)): a name in brackets has a word no English
  dictionary lists, ends with a landmark's kind word (Angel Falls, Ayers Rock) or glosses a Chinese run that is no
  common word and holds no term (泡泡玛特(Pop Mart)); not an acronym (个人电脑(PC), 高频宽
  (HBM): a term's as often as a name's); nor a Chinese term the concept table knows, nor a unit after a number (990
  亿美元 (Q1));
- a stock code or a year in brackets (联发科(2454)): names.py reads those;
- a country or a region the alias table knows: its names are the table's (澳大利亚(Australia) declares nothing);
- a pronoun after the word (俗称为我们…).

On the page, a Chinese name so declared is a name wherever the page writes it, and so is its stem with another word
for the same kind of thing after it (subject.kind_synonyms: 艾尔斯岩石, 艾尔斯岩, 艾尔斯巨石 are one rock; never
京那巴鲁山 and 京那巴鲁公园, a mountain and a park); every name of a set is the set's first Latin-script name (a name the
alias table or the landmark table knows wins: 维多利亚湖(VictoriaNyanza) is Lake Victoria). A figure whose subject has
other names carries them (Context.aka); `unify` makes the names that figures across pages share one subject, the one
most figures are filed under.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..model import Claim
from . import landmarks
from .vocab import Vocab

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# the words after which a Chinese name starts: joining words, verbs of saying, location words (its run starts after the
# last of them: 当地原住民称其为乌鲁鲁 → 乌鲁鲁; 位于澳大利亚中北部的艾丽斯斯普林斯 → 艾丽斯斯普林斯)
_BEFORE_NAME = re.compile(r".*(?:的|在|和|与|及|是|为|于|从|向|被|把|由|该|也|都|即|或|并|称|叫|名|其|之|到|达|至|经|自|往|过)")
_LATIN_NAME = r"[A-Z][A-Za-zÀ-ÿ0-9'’\-]*(?:[ \-](?:of |de |la |the )?[A-Za-z][A-Za-zÀ-ÿ0-9'’\-]*){0,5}"
_HAN_GLOSSED = re.compile(r"([\u4e00-\u9fff]{2,16})\s*[(（]\s*(?:[A-Z][a-z]+\s*[:：]\s*)?(" + _LATIN_NAME + r")\s*[)）]")
_PRONOUN_FIRST = re.compile(r"[我你他她它]")
_PRONOUNS_EN = frozenset({"It", "Its", "This", "That", "These", "Those", "They", "He", "She", "The", "A", "An"})
_PEOPLE = ("族", "人", "语", "文")
_DIRECTION_HAN = re.compile(r"[东南西北中]+部?")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


@dataclass(frozen=True)
class Declared:
    """The sets of names one page declares: each name (lower case) → the page's one name for its set, and the set."""

    one: dict  # name, lower case (Chinese: Simplified, as normalised) -> the page's name for its set
    names: dict  # the page's name -> every name of its set, as written (sorted)
    han: re.Pattern | None  # the set's Chinese names and their kind synonyms, as they may be written

    def aka(self, subject: str | None) -> tuple[str, ...]:
        """The other names of a subject the page declares ((): none)."""
        if not subject or subject not in self.names:
            return ()
        return tuple(n for n in self.names[subject] if n != subject)


NONE = Declared({}, {}, None)


def read(texts: list[str], V: Vocab) -> Declared:
    """The names the blocks of one page (normalised text) declare one (module docstring)."""
    pairs: list[tuple[str, str]] = []
    for text in texts:
        if not text.isascii() and ("(" in text or "（" in text or any(ch in text for ch in "名称译叫")):
            pairs += _chinese_pairs(text, V)  # (a gloss in brackets, or a word that gives another name)
        if "as " in text or "formerly" in text:
            pairs += _english_pairs(text, V)
    if not pairs:
        return NONE
    parent: dict[str, str] = {}
    written: dict[str, str] = {}
    order: dict[str, int] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        for n in (a, b):
            k = n.lower()
            if k not in parent:
                parent[k], written[k], order[k] = k, n, len(order)
        ra, rb = root(a.lower()), root(b.lower())
        if ra != rb:
            parent[max(ra, rb, key=order.get)] = min(ra, rb, key=order.get)
    sets: dict[str, list[str]] = {}
    for k in parent:
        sets.setdefault(root(k), []).append(k)
    from .names import alias

    one, names, han = {}, {}, []
    for members in sets.values():
        members.sort(key=order.get)
        known = [e.name for k in members if (e := alias(written[k], V)) is not None] + \
            [landmarks.table()[k] for k in members if k in landmarks.table()]  # (维多利亚湖: Lake Victoria)
        latin = [written[k] for k in members if written[k].isascii()]
        name = known[0] if known else latin[0] if latin else written[members[0]]
        for k in members:
            one[k] = name
        names[name] = tuple(sorted({written[k] for k in members} | {name}))
        han += [(written[k], name) for k in members if not written[k].isascii()]
    for form, name in _han_forms(han, V).items():
        one.setdefault(form, name)
    forms = [k for k in one if not k.isascii()]
    pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))) if forms else None
    return Declared(one, names, pattern)


def _han_forms(han: list[tuple[str, str]], V: Vocab) -> dict[str, str]:
    """Each declared Chinese name's stem with another word for its kind after it → the set's name (艾尔斯岩石 →
    艾尔斯岩, 艾尔斯巨石), and a firm's own word without its industry's (福斯汽车 → 福斯)."""
    from .names import industry_of

    out = {}
    for n, name in han:
        industry = industry_of(n, V)
        if industry:  # 福斯汽车(Volkswagen), then 福斯今年销量…: the firm's own word names it too
            out.setdefault(n[:-len(industry)].lower(), name)
        if (key := _stem_kind(n, V)) is not None:
            stem, line = key
            for k in _synonyms(V)[line]:
                out.setdefault((stem + k).lower(), name)
    return out


def _synonyms(V: Vocab) -> list[tuple[str, ...]]:
    got = V.__dict__.get("_kind_synonyms")
    if got is None:
        got = V.__dict__["_kind_synonyms"] = [tuple(sorted(s.split(), key=len, reverse=True))
                                              for s in V.cues.get("subject.kind_synonyms", ())]
    return got


def _a_place(name: str, V: Vocab) -> bool:
    from .names import alias

    e = alias(name, V)
    return e is not None and e.kind in ("country", "region")


def _han_name(run: str, V: Vocab) -> str | None:
    """The name that ends a run of Chinese characters: after its last joining word, without a country or region
    opening it (澳大利亚艾尔斯岩石 → 艾尔斯岩石)."""
    m = _BEFORE_NAME.match(run)
    if m:
        run = run[m.end():]
    for s, e, w in V.entity_match.find(run.lower()):
        if s == 0 and e < len(run) - 1 and V.entities[w].kind in ("country", "region"):
            run = run[e:]
            break
    if len(run) < 2 or _PRONOUN_FIRST.match(run) or _DIRECTION_HAN.fullmatch(run) or run.endswith(_PEOPLE):
        return None  # (北部(Norte), 东南部(Sudeste): a part of a country, the common word; 渣卡族(Crater), 艾马拉语
        # (Aymara): a people, a language)
    terms = V.concept_match.find(run.lower())
    if any(s == 0 and e == len(run) for s, e, _ in terms):
        return None  # 装机容量(GW): a term glossed
    return run


def _no_word(han: str, V: Vocab) -> bool:
    """A Chinese run no dictionary lists as a common word and holding no term: a name, whatever the words of its
    gloss (泡泡玛特(Pop Mart), 国泰航空(Cathay Pacific); not 净利润(Net Profit))."""
    from ..gloss import common_word
    from .names import industry_of

    own = han[:len(han) - len(industry_of(han, V) or "")]  # (福斯汽车(Volkswagen): a firm's own word and its industry's)
    return not common_word(own) and not V.concept_match.find(own.lower())


def _latin_name(name: str, V: Vocab) -> bool:
    """A Latin-script name, not a term's gloss, a unit or a currency (module docstring)."""
    from .names import english_word

    words = name.replace("-", " ").split()
    if not words:
        return False
    if not any(ch.islower() for ch in name):
        return False  # an acronym (PC, HBM, Q1, CATL): a term's as often as a name's, and names.py reads a body's
    last = tuple(V.cues.get("subject.landmark_kinds_last", ())) + tuple(V.cues.get("subject.also_named_kinds", ()))
    # (an acronym's word says nothing: "LNG Carrier" is a term's gloss)
    return any(not english_word(w) for w in words if w[:1].isalpha() and not w.isupper()) or words[-1].lower() in last


def _chinese_pairs(text: str, V: Vocab) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    firsts: dict[int, list[tuple[int, str]]] = {}  # sentence start -> the names the sentence glosses, where
    for m in _HAN_GLOSSED.finditer(text):
        if re.search(r"\d\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # 990 亿美元 (Q1): a unit's words after a number
        han, lat = _han_name(m.group(1), V), m.group(2).strip()
        if han is None or _a_place(han, V) or _a_place(lat, V) or not any(ch.islower() for ch in lat) or \
                not (_latin_name(lat, V) or _no_word(han, V)):
            continue
        out.append((han, lat))
        firsts.setdefault(_sentence_start(text, m.start()), []).append((m.start(), han))
    for c in _also_named(V).finditer(text):
        s, e, w = c.start(), c.end(), c.group()
        before = text[_sentence_start(text, s):s].rstrip(" ,，、")
        before = re.sub(r"[(（][^()（）]*[)）]$", "", before).rstrip(" ,，、")
        # the name before: one the sentence glosses (艾爾斯岩石(Ayers Rock)又名…), else the name the sentence opens
        # with, one that ends with a word for a landmark's kind (安赫尔瀑布亦称…, 京那巴鲁山又称…), not any words
        # before the cue (…最深的淡水湖,又称…)
        x = next((h for at, h in firsts.get(_sentence_start(text, s), ()) if at < s), None)
        if x is None and not w.endswith(("其为", "之为")) and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", before) and \
                before.endswith(heads(V)):
            x = _han_name(before, V)
        if x is None:
            continue
        at = e
        while True:
            rest = text[at:at + 40]
            lead = re.match(r"[为為作做]?\s*[「“\"『]?\s*", rest)
            at += lead.end()
            run = _HAN_RUN.match(text, at)
            if run is None:
                latin = re.match(_LATIN_NAME, text[at:at + 60])
                if latin and _latin_name(latin.group().strip(), V):
                    out.append((x, latin.group().strip()))
                break
            y = run.group()
            cut = re.search(r"(?:的|是|位于|在|为|于|和|与|及|因|而|被|将|也|都)", y)
            if cut and y[cut.start()] == "的":
                break  # 又称西伯利亚的明眸: a description, no name
            y = y[:cut.start()] if cut else y
            if text.startswith("之一", run.start() + len(y)) or text.startswith("之一", run.end() + 1):
                break  # 被稱為「世界七大奇蹟」之一: one of a kind, no name
            if len(y) >= 2 and not _PRONOUN_FIRST.match(y) and not _a_place(y, V):
                out.append((x, y))
            at = run.start() + len(y)
            sep = re.match(r"\s*[」”\"』]?\s*(?:、|或|和)\s*", text[at:at + 6])
            if sep is None or (cut and cut.start() < len(run.group())):
                break
            at += sep.end()
    return [(a, b) for a, b in out if a.lower() != b.lower()]


def heads(V: Vocab) -> tuple[str, ...]:
    """The words for a landmark's kind that end its Chinese name (subject.feature_heads, subject.kind_synonyms)."""
    return tuple(V.cues.get("subject.feature_heads", ())) + tuple(w for line in V.cues.get("subject.kind_synonyms", ())
                                                                for w in line.split())


def _also_named(V: Vocab) -> re.Pattern:
    """The words that give another name (cues.toml subject.also_named), as one pattern (read once a vocabulary)."""
    got = V.__dict__.get("_also_named")
    if got is None:
        words = sorted(V.cues.get("subject.also_named", ()), key=len, reverse=True)
        got = V.__dict__["_also_named"] = re.compile("|".join(map(re.escape, words)) or "(?!)")
    return got


def _sentence_start(text: str, at: int) -> int:
    last = -1
    for m in _SENTENCE_END.finditer(text, 0, at):
        last = m.end()
    return max(last, 0)


# a firm's legal ending before a word that gives another name, read back to the name it ends
_FIRM_ENDING = re.compile(r"(?:,?\s+(?:Co|Corp|Inc|Ltd|Plc|LLC|Limited|Corporation|Company)\b\.?)+\s*,?\s*$")


def _english_pairs(text: str, V: Vocab) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for s, e, _ in V.cue("subject.also_named_en").find(text.lower()):
        ending = _FIRM_ENDING.search(text, max(0, s - 80), s)  # ("Hon Hai Precision Industry Co., Ltd., also known
        # as Foxconn": the firm's name before its legal ending)
        s = ending.start() if ending else s
        before = re.search(r"((?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)\s*(?:,|\(|\s(?:is|was|are|were))?"
                           r"\s*(?:also\s+|locally\s+|commonly\s+|sometimes\s+|otherwise\s+)?$", text[max(0, s - 80):s])
        after = re.match(r"\s*[\"“']?(?:the\s+)?(" + _LATIN_NAME + r")", text[e:e + 80])
        if before is None or after is None:
            continue
        head = text[max(0, s - 80):s][:before.start(1)]
        if re.search(r"\b(?:of|in|at|near|from|to|by)\s+$", head):
            continue  # "The leading tower of Pisa, also known as …": a name inside a longer phrase, not what is named
        x = re.sub(r"^the\s+", "", before.group(1).strip())
        if x.split()[0] in _PRONOUNS_EN:
            continue  # "It was formerly known as St. Peter's Mount": whose name, the subject facet says
        y = after.group(1).strip()
        y = re.split(r"\s+(?:in|on|at|by|for|and|or|which|that|is|was)(?:\s+|$)", y)[0]
        if x and y and x[:1].isupper() and y[:1].isupper() and not _a_place(x, V) \
                and not _a_place(y, V) and x.lower() != y.lower():
            out.append((x, y))
    return out


def mark(text: str, low: str, found: list, decl: Declared, V: Vocab) -> list:
    """A block's mentions with the page's declared names: each mention of a set under the set's one name, and the
    Chinese names the page declares where no other name is read (names.Mention)."""
    if decl is NONE:
        return found
    from .names import Mention

    out = [Mention(m.start, m.end, decl.one[m.name.lower()], m.role, m.kind)
           if m.role == "entity" and m.name.lower() in decl.one and decl.one[m.name.lower()] != m.name else m
           for m in found]
    if decl.han is not None and not text.isascii():
        added = []
        kinds = None
        for h in decl.han.finditer(low):
            s, e = h.span()
            kinds = kinds or sorted(set(heads(V)), key=len, reverse=True)
            e += next((len(k) for k in kinds if low.startswith(k, e)), 0)  # 基博峰: 基博(Kibo) and its kind word
            if any(m.start < e and s < m.end and not (s <= m.start and m.end <= e and (
                    ((m.start, m.end) != (s, e) and m.kind == "named") or m.kind == "company")) for m in out):
                continue  # (a name read there already: the table's 维多利亚湖 is Lake Victoria; but what the page
                # declares wins over the organisation table: 福斯汽车(Volkswagen) is no Fox Entertainment)
            name = decl.one[h.group()]
            out = [m for m in out if not (m.start < e and s < m.end)]
            added.append(Mention(s, e, name, "entity", "named"))
        if added:
            out = sorted(out + added, key=lambda m: m.start)
    return out


def frame(claims: list[Claim], decl: Declared) -> list[Claim]:
    """The claims of one page, each whose subject has other names carrying them (Context.aka)."""
    if decl is NONE:
        return claims
    out = []
    for c in claims:
        aka = decl.aka(c.context.subject) if c.context is not None else ()
        out.append(replace(c, context=replace(c.context, aka=aka)) if aka else c)
    return out


def _stem_kind(name: str, V: Vocab) -> tuple[str, int] | None:
    """A Chinese name's stem and the line of subject.kind_synonyms its kind word is on (艾尔斯巨石 → (艾尔斯, 0))."""
    for i, kinds in enumerate(_synonyms(V)):
        kind = next((k for k in kinds if name.endswith(k) and len(name) - len(k) >= 2), None)
        if kind is not None:
            return name[:-len(kind)], i
    return None


def unify(claims: list[Claim]) -> list[Claim]:
    """The claims of a run, the subjects that pages declare names of one subject (Context.aka) under one name: the
    name most figures of the set are filed under (the first in sort order on a tie)."""
    linked = [c for c in claims if c.context is not None and c.context.aka]
    if not linked:
        return claims
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in linked:
        a = c.context.subject.lower()
        for n in c.context.aka:
            ra, rb = root(a), root(n.lower())
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    # a Chinese name a page writes without declaring it, with the stem and the kind of one another page declares
    # (艾尔斯巨石 beside 艾尔斯岩石(Ayers Rock)): that set's
    from .vocab import vocab

    V = vocab()
    stems = {}
    for k in list(parent):
        if not k.isascii() and (key := _stem_kind(k, V)) is not None:
            stems.setdefault(key, set()).add(root(k))
    for c in claims:
        s = c.context.subject if c.context is not None else None
        if s and not s.isascii() and s.lower() not in parent and (key := _stem_kind(s, V)) in stems and \
                len(stems[key]) == 1:
            parent[s.lower()] = next(iter(stems[key]))
    counts: dict[str, Counter] = {}
    for c in claims:
        s = c.context.subject if c.context is not None else None
        if s and s.lower() in parent:
            counts.setdefault(root(s.lower()), Counter())[s] += 1
    name = {r: min(cnt, key=lambda s: (-cnt[s], s)) for r, cnt in counts.items()}
    out = []
    for c in claims:
        s = c.context.subject if c.context is not None else None
        if s and s.lower() in parent and name.get(root(s.lower()), s) != s:
            n = name[root(s.lower())]
            out.append(replace(c, subject=n, context=replace(c.context, subject=n)))
        else:
            out.append(c)
    return out
