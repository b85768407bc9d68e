"""Names in a block of text: every span that names an entity, before any facet decides what it is.

Forms it reads:

- entries of the alias table, in any script (台积电, 台積電, TSMC → TSMC; "Chinese" → an adjective of China);
- English proper-noun sequences and acronyms: "Dell Technologies", "SK hynix" (alias), "AMD", "Hapag-Lloyd";
  corporate endings are dropped ("Lenovo Group Ltd." → "Lenovo"), and so are capitalised words that are not
  names (sentence starts such as "The", months, "Q1"); a capitalised word that the document also writes in
  lower case ("Shipments rose") is a sentence start, not a name; in a Title Case heading only words the
  document names elsewhere count;
- Chinese organisation names ending in 公司/集团/股份/银行/航空… (中国船舶集团, 长荣海运股份有限公司 → 长荣海运)
  and names before a stock code (联发科(2454), 腾讯控股(00700.HK); a short name and the firm's other listings in its
  brackets, 凯睿股份有限公司(凯睿,600999.SH,0999.HK), are no names nor places, never "(国家统计局,2023)", a note's year);
- a Chinese name opening its clause before a date or a measure, or before publishing its results (凯睿体育发布2024年
  业绩, 凯睿股份:2024年年度报告摘要), which may end with an ordinary word after an own word that is none (体育) or open
  with its country's name (中国移动发布…, 中国神华发布…; not 中国市场, 中国政府), then a firm wherever the page writes it;
- a work in title marks: 《哪吒之魔童闹海》 (a film, a book, a game) is a name; a report's title
  (《2024年中国游戏产业报告》, 《世界旅游业晴雨表》: a publication's ending, or a body's) is a source;
- a legal or policy instrument a word governs ("thanks to the Montreal Protocol", 印证了《蒙特利尔议定书》, 自《长江
  保护法》实施以来: cues.toml subject.instrument_heads) is no one: its words are neither a subject nor object words
  (it may still be who says so: 据《中国生物多样性红色名录》); opening its clause it is a name ("The Paris Agreement
  has 195 signatories");
- everyone but a name: "non-OPEC supply", 非内地旅客, 非欧佩克 → "non-OPEC", "non-Mainland China" (非洲, Africa,
  is a name of the table, never 非 and 洲);
- pronouns and definite descriptions (its, the company, 该公司, 公司, 其): resolved by the subject facet.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..quickinit import quick_init
from . import landmarks, organisations
from .layout import GLUED_OPENING
from .vocab import Entity, Vocab

# (a letter first, then the test that none runs before it, so that the scan skips to the letters; then a capital's
# word, or lower case before a capital: "iPhone")
# (Latin letters with their accents: "Máximo Pacheco", "São Paulo", "Nestlé")
# (and the Latin Extended letters: Vietnamese "Hà Nội", "Đồng Nai", Polish "Łódź", Turkish "İzmir")
_EXTENDED = [chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
_UP = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in _EXTENDED if ch.isupper())
_LO = "a-zß-öø-ÿ" + "".join(ch for ch in _EXTENDED if ch.islower())
_PROPER = re.compile(rf"[{_UP}{_LO}](?<![{_UP}{_LO}0-9&’'].)(?:(?<=[{_UP}])[{_UP}{_LO}0-9&’'.\-]*"
                     rf"|(?<=[{_LO}])[{_LO}]*[{_UP}][{_UP}{_LO}0-9\-]*)"
                     rf"(?:\s(?:[{_UP}][{_UP}{_LO}0-9&’'.\-]*|&|of(?=\s[{_UP}])|de|hynix))*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_STOP_HAN = set("的在和与及据是为将对从向被把由该但而也都已于等即约达占以至较同今去其此这那或并让使令给跟称说指因所则月年日季度期间里内外"
                "第前后上下每各仅超逾近共总合累计同比环比增减降升涨跌由于至于")
# a stock code in brackets: (2454), (00700.HK), (NASDAQ: AAPL), (HK09992); one with its market may have more words
# after it in its brackets: (600519.SH,下称“茅台”) (a bare number only closes them: "(2024, 第3期)" is no code)
# (a short name may come first in its brackets, before a code with its market: 凯睿股份有限公司(凯睿,600999.SH,0999.HK);
# not before a bare number, a note's year: 相关数据(国家统计局,2023))
_CODE = (r"[（(]\s*(?:[\u4e00-\u9fff]{2,8}\s*[,，、]\s*(?=\d{4,6}\s*[.-]\s*[A-Z]))?(?:\d{4,6}\s*[)）]|(?:(?:HK|SH|SZ|US|TW)\s*[.:：]?\s*\d{4,6}(?:\s*\.\s*[A-Z]{1,2})?"
         r"|\d{4,6}\s*[.-]\s*[A-Z]{1,2}|[A-Z]{1,5}\s*[.-]\s*(?:US|HK|SH|SZ|TW|KS|T)"
         r"|(?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK|TWSE|KRX)\s*[:：]\s*[A-Z0-9.]{1,8})\s*[)）,，;；])")
# the other listings of a firm after its first code, in the same brackets: (凯睿,600999.SH,0999.HK)
_MORE_CODES = re.compile(r"(?<=[,，;；])(?:\s*(?:\d{4,6}\s*\.\s*[A-Z]{1,2}|[A-Z]{1,5}\s*\.\s*[A-Z]{1,2})\s*[,，;；)）])+")
# (a Hong Kong listing's share mark between them is no part of the name: 美团-W(03690), 快手-WR(81024))
SHARE_MARKS = frozenset({"SWR", "WR", "SW", "UW", "W", "S", "B", "R", "P", "U"})
SHARE_MARK = "-(?:" + "|".join(sorted(SHARE_MARKS, key=lambda m: (-len(m), m))) + ")"  # (the longest first)
# (丨, a stroke pages set between a dateline and a name, is no part of it: 财联社5月9日丨凯睿体育(02099.HK))
_STOCK = re.compile(r"([\u4e00-\u4e27\u4e29-\u9fffA-Za-z·]{2,12})(?:" + SHARE_MARK + r"(?![A-Za-z]))?\s*" + _CODE)
_STOCK_CODE = re.compile(_CODE)  # every match of _STOCK ends with one: a block without one has no name before a code
_GENERIC_ORG = {"上市", "母", "子", "该", "本", "这家", "一家", "两家", "多家", "各", "航空", "科技", "投资", "控股", "管理",
                "研究", "咨询", "外国", "国有", "民营", "跨国", "大型", "中小", "企业", "其", "同", "此", "分", "合资",
                "独资", "新", "老", "旗下", "全资", "母公司", "子公司", "公司", "集团",
                # a scope or a kind before 航空/银行 … (全球航空客运量, 国内银行): a term, not a name
                "全球", "全国", "国内", "海外", "境内", "境外", "民用", "民航", "通用", "商业"}
# a number of firms before 公司: 三家公司, 10家公司 (three companies), no name
_COUNTED = re.compile(r"(?:[零一二两三四五六七八九十百千几数]+|\d+)家$")  # (searched: 上述两家, 前五家)
_PRONOUN_NOT = ("其中", "其他", "其它", "尤其", "极其", "其实", "与其", "其余", "其次", "及其", "公司债")


@quick_init
@dataclass(frozen=True, eq=False)  # one object per place in a block: compared and hashed by identity (fast)
class Mention:
    start: int
    end: int
    name: str  # canonical (alias table) or as written, normalised
    role: str  # entity, adjective, pronoun, research, locator (a country that locates its province: _locators),
    # instrument (a treaty, a law, a plan: _instrument; its words are no object words, and it is no one),
    # yardstick (a place a size is likened to, "the size of Texas": _yardsticks)
    kind: str  # country, region, company, organisation, research, named (open world), pronoun, plural


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")
_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_FIGURES = re.compile(r"(?<![\w.,])\d[\d.,]*")


def clean_name(name: str, vocab: Vocab) -> str:
    """"Lenovo Group Ltd.'s" → "Lenovo Group"; the alias table then normalises it. (A pure function of the name
    and the vocabulary's corporate endings: kept per vocabulary, as names come back in every block.)"""
    seen = vocab.__dict__.setdefault("_clean_names", {})
    got = seen.get(name)
    if got is None:
        got = seen[name] = _clean_name(name, vocab)
    return got


def _clean_name(name: str, vocab: Vocab) -> str:
    name = _POSSESSIVE.sub("", name.strip(" .,-"))  # "Lenovo's", "EVs'"
    words = name.split()
    k = next((k for k in range(2, len(words) - 1) if words[k] == "of" and
              words[k - 1].rstrip(".,") in vocab.corporate_suffixes), None)
    if k is not None and (place := alias(" ".join(words[k + 1:]), vocab)) is not None and \
            place.kind in ("country", "region"):
        words = words[:k]  # "Volkswagen AG of Germany": where the firm is from is no part of its name
    while words and words[-1].rstrip(".,") in vocab.corporate_suffixes and len(words) > 1:
        words.pop()
    if len(words) > 1 and words[1][:1].isupper() and words[1] != "of":
        words[0] = landmarks.ABBREVIATED.get(words[0], words[0])  # "Mt. Everest", "Mt Fuji": Mount
    return " ".join(words).strip(" .,")


def alias(name: str, vocab: Vocab):
    """The alias table's entity for a name as written (any script), or None."""
    seen = vocab.__dict__.setdefault("_aliased", {})  # name as written -> its entity: OpenCC once per name
    if name not in seen:
        from ..knowledge import to_simplified

        seen[name] = vocab.entities.get(to_simplified(name).lower())
    return seen[name]


# "it" standing for nothing: "it is expected that generation will exceed…", "it is likely that", "it has been
# reported that" (an impersonal passive or adjective before "that"; before "to" it stands for something: "Tesla …
# It is expected to deliver 2.1 million")
EXPLETIVE_IT = re.compile(r"\s+(?:is|was|has been|had been|will be|would be|may be|could be)\s+(?:\w+ly\s+)?"
                           r"(?:expected|estimated|projected|forecast|predicted|anticipated|believed|thought|reported|"
                           r"said|known|feared|hoped|likely|unlikely|possible|clear|understood|"
                           r"important|necessary|true|worth noting|noteworthy)\s+that\b")


# one capital letter and a hyphen before an ordinary word: "E-waste", "E-commerce", "X-ray", "T-shirt", however
# capitalised, are things, never names
_LETTER_PREFIXED = re.compile(r"[A-Z]-[a-z]{3,}s?")
# a time of day's am or pm run into the next word, as a page's date line prints it ("9:04 amDecember 18, 2023"): no
# name, nor is the word glued to it one ("iPhone", "eBay", "easyJet" keep theirs: no am or pm before the capital)
_CLOCK_GLUED = re.compile(r"(?:am|pm|AM|PM)[A-Z][a-z]+")


def proper_nouns(text: str, vocab: Vocab, lower_words: frozenset[str], title: bool,
                 known: frozenset[str], starts: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """English proper-noun sequences of one sentence: (start, end, name as written). `lower_words`: words the
    document writes in lower case (a capitalised one is an ordinary word at a sentence start); `starts`:
    capitalised words seen only at sentence starts, names only when they do what a company does ("Transsion
    ranked fifth") and the vocabulary does not know them ("Shipments rose")."""
    out = []
    endings = vocab.cues.get("subject.adjective_endings", ())
    # token -> whether it is no name: a pure function of the token and the vocabulary, kept per vocabulary (the
    # same capitalised words come back in every block)
    seen: dict[str, bool] = vocab.__dict__.setdefault("_not_name", {})

    def not_name(t: str) -> bool:
        got = seen.get(t)
        if got is None:
            w = _POSSESSIVE.sub("", t.rstrip(".,"))  # "Today's": a time word's
            got = seen[t] = w in vocab.not_names or all(p in vocab.not_names for p in w.split("-")) or \
                bool(_DIGIT.search(w)) or w.lower().endswith(endings) or bool(_LETTER_PREFIXED.fullmatch(w)) or \
                bool(_CLOCK_GLUED.fullmatch(w))
        return got

    titles = frozenset(vocab.cues.get("subject.person_titles", ()))
    portfolios = frozenset(vocab.cues.get("subject.portfolios", ()))
    for ms, me in _proper_runs(text, vocab):
        runs = _sentences_apart([(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text, ms, me)])
        for run in (part for run in runs for part in _legal_split(run)):
            for toks, owner in _title_split(run, titles):
                if owner in _OFFICE_TITLES:  # "Foreign Minister Wang Yi", "China's Commerce Secretary": the
                    # title's portfolio, no name (not "Kenya Power CEO": a firm's name)
                    k = len(toks)
                    while k and toks[k - 1][2].rstrip(".,").lower() in portfolios:
                        k -= 1
                    if k < len(toks) and (k == 0 or toks[k - 1][2].endswith(("'s", "’s")) or
                                          alias(clean_name(text[toks[0][0]:toks[k - 1][1]], vocab), vocab)):
                        toks = toks[:k]  # (the country or the body before it stays: "US Commerce Secretary")
                        if not toks:
                            continue
                _one_proper(text, toks, vocab, lower_words, title, known, starts, not_name, out, owner)
    return _bodies_joined(text, out, vocab)


_WORLD_WORDS = frozenset({"World", "Global", "International", "Worldwide"})  # no names alone, the start of many

# the legal endings a firm's name stops at ("Kerepa Inc. Reports Unaudited Fourth Quarter … Results": Kerepa Inc.,
# then the headline's words); "Group", "Holdings", "Company" go on ("Group Chief Executive"), and so does an ending
# before another ("Co., Ltd.")
_LEGAL_ENDS = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "PLC", "LLC", "N.V.", "S.A.", "AG", "NV"})


_LEGAL_AFTER = re.compile(r",?\s+(?:" + "|".join(re.escape(x) for x in sorted(_LEGAL_ENDS, key=len, reverse=True)) +
                          r")(?![\w])")
# (a headline's verb after it: "Kerepa Inc. Reports …"; not a photo credit, "Glow Images, Inc./Getty Images")
_LEGAL_THEN_WORD = re.compile(_LEGAL_AFTER.pattern + r"\s+[A-Za-z]")


def publishes(text: str, e: int) -> bool:
    """The Chinese name ending at e publishes its results (SELF_REPORT_NEXT: 蔚来发布2023年Q4及全年财报)."""
    return _SELF_REPORTING.match(text, e) is not None


def legal_end(text: str, e: int) -> int:
    """Where a name ending at e ends with the legal ending written after it ("Kerepa Inc."), or e."""
    m = _LEGAL_AFTER.match(text, e)
    return m.end() if m else e


def _legal_split(run: list) -> list[list]:
    """A run of capitalised tokens parted after each legal ending that another capitalised word follows (not "of":
    "Volkswagen AG of Germany" is Volkswagen's, which _clean_name reads)."""
    parts, k = [], 0
    for i, t in enumerate(run[:-1]):
        if i > k and t[2].rstrip(",") in _LEGAL_ENDS and run[i + 1][2][:1].isupper() and \
                run[i + 1][2].rstrip(".,") not in _LEGAL_ENDS and run[i + 1][2].rstrip(",") not in ("Co.", "Co", "Limited"):
            parts.append(run[k:i + 1])
            k = i + 1
    return parts + [run[k:]] if parts else [run]


_DIGIT_BEFORE = re.compile(r"\d\s?$")


def _proper_runs(text: str, vocab: Vocab):
    """The spans of capitalised runs (_PROPER), a body's name joined across "to" after the word that ends a body's
    name ("the International Campaign to Ban Landmines", "Coalition to Stop Gun Violence": one name, not a
    campaign and a landmines body; not "Apple Plans to Cut Jobs")."""
    # (a sentence's opening word glued to the word before it, layout.GLUED_OPENING: "Emperor ThroneThe Forbidden City"
    # is two runs, "west-lakeIts water" none; the text read for them once)
    glued = [g.start() for g in GLUED_OPENING.finditer(text)]
    found = []
    for m in _PROPER.finditer(text):
        s, e = m.span()
        for g in glued[bisect.bisect_left(glued, s):bisect.bisect_left(glued, e)] if glued else ():
            if text[s].isupper():
                found.append((s, g))
            s = g
        while (dash := text.find("--", s, e)) >= 0:  # ("Investing.com-- Cathay Pacific Airways": a dateline's dash
            # ends the site's name)
            if dash > s:
                found.append((s, dash))
            s = dash + 2
            while s < e and not text[s].isalnum():
                s += 1
        if s < e:
            found.append((s, e))
    k = 0
    while k < len(found):
        s, e = found[k]
        while k + 1 < len(found) and text[e:found[k + 1][0]] == " to " and \
                _body_word(text[s:e].split()[-1], vocab):
            k += 1
            e = found[k][1]
        if not (e - s <= 4 and text.startswith("/", e) and _DIGIT_BEFORE.search(text, max(0, s - 2), s)) and \
                not (e - s <= 3 and text.startswith("$", e)) and \
                not (e - s <= 3 and text[s].islower() and _DIGIT_BEFORE.search(text, max(0, s - 2), s)):
            yield s, e  # (not "39.6 Eh/s", "120 TH/s": a unit over time written after a number; not NT$, HK$, US$:
            # a currency's letters; not "21,819 tU": a unit's letters after a number)
        k += 1


def _body_word(word: str, vocab: Vocab) -> bool:
    """A word that ends a campaign's or a body's name, which "to" and its aim may follow (Campaign, Coalition,
    Committee, Partnership …: _TO_AIM_ENDS and the bodies of cues.toml)."""
    w = word.rstrip(".,")
    return w in _TO_AIM_ENDS or w in vocab.bodies


_TO_AIM_ENDS = frozenset({"Campaign", "Coalition", "Committee", "Partnership", "Initiative", "Movement", "Alliance",
                          "Commission", "Network", "Fund", "Foundation", "Society", "Council", "Force", "Trust"})


def _organisation_end(word: str, vocab: Vocab) -> bool:
    """The last word of a body's or a firm's name (Association, Bureau, Bank, Fund, Times …: cues.toml's bodies,
    public bodies and corporate endings, and _ORG_ENDS)."""
    w = word.rstrip(".,")
    return w in _ORG_ENDS or w in vocab.bodies or w in vocab.corporate_suffixes or \
        w in vocab.cues.get("subject.public_body_endings", ())


_CENTRES = frozenset({"Center", "Centre", "Centers", "Centres"})
_ORG_ENDS = frozenset({"Bank", "Fund", "Forum", "Union", "Alliance", "Foundation", "Times", "Airlines", "Airways"})


_ABBREVIATED = frozenset({"corp", "bros", "dept", "govt", "assn", "intl", "univ", "natl"})


def _sentences_apart(toks: list) -> list[list]:
    """The capitalised words of one run parted where a sentence ends: "Tea is popular in India. China is the
    biggest producer" names India, then China; a full stop after a word of four letters or more that is no
    abbreviation ends a sentence ("U.S. Steel", "St. Louis", "Co. Ltd" go on)."""
    runs, cur = [], []
    for t in toks:
        cur.append(t)
        w = t[2]
        if w.endswith(".") and len(w) >= 5 and w[:-1].isalpha() and w[:-1].lower() not in _ABBREVIATED:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _bodies_joined(text: str, out: list, vocab: Vocab) -> list:
    """"Ministry of Agriculture and Rural Development", "Department of Industry and Trade", "Agriculture and Rural
    Development Ministry": a body named "X of A and B" or "A and B X" is one name (two names joined by "and"
    elsewhere stay two: "Apple and Samsung"), and so is a publication's title "A and B Report" ("the Migration and
    Development Brief", "the Morbidity and Mortality Weekly Report"); so are a body "of the" its field ("the International Federation of
    the Phonographic Industry") and a report's title "X of (the) Y" ("the State of the Cruise Industry report")."""
    bodies = vocab.cues.get("subject.public_body_endings", ())
    k = 0
    while k + 1 < len(out):
        (s1, e1, n1), (s2, e2, n2) = out[k], out[k + 1]
        # Ministry of A, Institute for A: a body's name goes on
        body_of = any(f" {w} " in n1 and any(x.lower() in bodies or _organisation_end(x, vocab) or x in _CENTRES
                                             for x in n1.split(f" {w} ")[0].split()) for w in ("of", "for"))
        if text[e1:s2] == " and " and (body_of or n2.split()[-1].lower() in bodies
                                       or n2.split()[-1].lower() in _PUBLICATIONS_EN
                                       or len(n2.split()) >= 2 and (m := _PUBLICATION_AFTER.match(text, e2))
                                       and m.group().lstrip()[:1].isupper()) or \
                text[e1:s2] in (" of ", " of the ") and (_PUBLICATION_AFTER.match(text, e2) or
                                                          n2.split()[-1].lower() in _PUBLICATIONS_EN) or \
                text[e1:s2] == " of the " and _organisation_end(n1.split()[-1], vocab) and not _a_place(n2, vocab) or \
                text[e1:s2] == " for " and (_organisation_end(n1.split()[-1], vocab) or n1.split()[-1] in _CENTRES) \
                and not _a_place(n2, vocab) or \
                text[e1:s2] == " on " and _field_of_body(text, n1, n2, e2, bodies, vocab):
            # ("the Institute for Health Metrics and Evaluation", "Centers for Disease Control and Prevention",
            # "the Intergovernmental Authority on Development"; not "the FAA on Boeing")
            # (or a report's title: "the State of the Cruise Industry report"; or a body "of the" its field: "the
            # International Federation of the Phonographic Industry", "Ministry of the Interior")
            out[k:k + 2] = [(s1, e2, clean_name(text[s1:e2], vocab))]
        else:
            k += 1
    return out


def _field_of_body(text: str, body: str, field: str, end: int, bodies: tuple, vocab: Vocab) -> bool:
    """"the Intergovernmental Authority on Development (IGAD)", "the Commission on Human Rights": a public body's
    name goes on with "on" and its field, of two words or more or spelled by the acronym after it; a name after
    "on" that is known, owned ("on Google's Android") or a single word ("the Health Ministry on WeChat", "the FAA
    on Boeing") is what the body speaks of, not its name."""
    if body.split()[-1].lower() not in bodies or _a_place(field, vocab) or alias(field, vocab) is not None or \
            text.startswith(("'s", "’s"), end) or "'s" in field or "’s" in field:
        return False
    if len(field.split()) >= 2:
        return True
    acronym = _ACRONYM_AFTER.match(text, end)
    return bool(acronym) and spells((body + " on " + field).split(), acronym.group(1))


_ACRONYM_AFTER = re.compile(r"\s*[(（]\s*([A-Z]{2,8})\s*[)）]")


def _a_place(name: str, vocab: Vocab) -> bool:
    """The name is a country or a region the alias table knows ("the Council of the European Union" names the
    union's council: the place stays a name of its own)."""
    ent = alias(name, vocab)
    return ent is not None and ent.kind in ("country", "region")


def _title_split(toks: list, titles: frozenset[str]) -> list[tuple[list, str | bool]]:
    """"Codelco CEO Rubén Alvarado", "Executive Director of Plusmining": a person's title (cues.toml
    subject.person_titles, one word or two) parts the names before and after it. Each part with the title that
    follows it, or False (the name of whom the person works for: Codelco)."""
    parts, cur, i = [], [], 0
    while i < len(toks):
        w = toks[i][2].lower().rstrip(".,")
        two = f"{w} {toks[i + 1][2].lower().rstrip('.,')}" if i + 1 < len(toks) else ""
        n = 2 if two in titles else (1 if w in titles else 0)
        if n:
            if cur:
                parts.append((cur, two if n == 2 else w))  # (the title: truthy, whom the person works for)
            cur, i = [], i + n
            while i < len(toks) and toks[i][2] in ("of", "at", "&"):
                i += 1
        else:
            cur.append(toks[i])
            i += 1
    if cur:
        parts.append((cur, False))
    return parts


def _one_proper(text: str, toks: list, vocab: Vocab, lower_words: frozenset[str], title: bool,
                known: frozenset[str], starts: frozenset[str], not_name, out: list, owner: bool = False) -> None:
    """One proper-noun sequence's tokens: its name appended to `out`, if it is one (proper_nouns)."""
    while toks and (not_name(toks[0][2]) or toks[0][2] in ("of", "&", "de")) and not (
            toks[0][2] in _WORLD_WORDS and len(toks) > 1 and (_organisation_end(toks[-1][2], vocab) or any(
                t[2] == "to" and _body_word(p[2], vocab) for p, t in zip(toks, toks[1:])))):
        toks.pop(0)  # ("Chairman of Codelco": Codelco; but "World Steel Association", "Global Times" whole)
    if toks and toks[0][2] in landmarks.ABBREVIATED and _DIGIT_BEFORE.search(text, max(0, toks[0][0] - 24),
                                                                              toks[0][0]):
        toks.pop(0)  # "fell to 0.4 Mt. China produced …": megatonnes, then a name (no "Mount China")
    if toks and _POSSESSIVE.sub("", toks[-1][2]).lower() == "year" and len(toks) > 1:
        return  # "The Chinese New Year holiday", "Lunar New Year": a feast, no one's figure (the time word would go
        # below and leave "Chinese New")
    while toks and (not_name(toks[-1][2]) or toks[-1][2] in ("of", "&", "de") or toks[-1][2].endswith("-")):
        toks.pop()  # ("Low- and middle-income countries": a word left hanging by its hyphen is half a compound)
    endings = vocab.cues.get("subject.adjective_endings", ())
    cut = [i for i, t in enumerate(toks[:-1]) if t[2].lower().rstrip(".,").endswith(endings)]
    if cut:  # "The Hong Kong-listed CMOC Group": what the words up to the describing one say is no part of the name
        toks = toks[cut[-1] + 1:]
    toks, owned_by = _after_owner_place(text, toks, vocab)
    if owned_by:  # "Merck's Keytruda": the maker is a name of its own, then its product
        _one_proper(text, owned_by, vocab, lower_words, title, known, starts, not_name, out)
    if not toks:
        return
    if len(toks) == 1 and toks[0][2].rstrip(".,").lower() in vocab.cues.get("subject.lone_not_names", ()):
        return  # "…in 2022, Up 82% from 2010": a title-cased word alone (Up Bank, Niagara Falls are names)
    if len(toks) == 1 and toks[0][2].endswith(("'s", "’s")) and \
            (head := _EPONYM_HEAD.match(text, toks[0][1])) and \
            head.group(1) in vocab.cues.get("subject.eponym_heads", ()):
        return  # "Alzheimer's disease", "Down's syndrome": a term named after someone, no one's figure
    if len(toks) == 1 and toks[0][2].lower().rstrip(".,").endswith(vocab.cues.get("subject.compound_endings", ())):
        return  # "HIV-related deaths": a compound adjective alone, no name ("Smoke-Free Alliance" stays one)
    if _POSSESSIVE.sub("", toks[-1][2]).lower() in vocab.cues.get("subject.events", ()):
        return  # "the Spring Festival travel rush", "Golden Week": an event, no one's figure
    s, e = toks[0][0], toks[-1][1]
    if len(toks) == 1 and s >= 2 and text[s - 1] == "-" and _HAN.match(text[s - 2]) and toks[0][2] in SHARE_MARKS:
        return  # 快手-WR, 百度集团-SWR: a Hong Kong listing's share mark after the firm's name, no name
    name = clean_name(text[s:e], vocab)
    if not name or len(name) < 2 or name.lower() in vocab.cues.get("subject.defined_terms", ()):
        return  # ("the Reporting Period": a report's own term for its time span, cues.toml subject.defined_terms)
    if sum(1 for t in name.split() if len(t) >= 3 and t.isupper() and t.isalpha()) >= 3:
        return  # "COFFEE REPORT AND OUTLOOK": a title in capitals, not a name
    first = name.split()[0]
    if len(toks) == 1 and not owner and not first.isupper() and not any(ch.isupper() for ch in first[1:]) and \
            not _corporate_after(text, e, vocab) and not _ET_AL.match(text, e) and \
            (first.lower() in lower_words or (first.lower() in starts and not _a_doer(text, e, first, vocab)
                                              and _landmark_said(text, e, first, vocab) is None
                                              and not (toks[0][2].endswith(("'s", "’s")) and first.lower()
                                                       not in vocab.cues.get("subject.common_possessives", ())))):
        # ("Zentria's net income grew": a possessive at a sentence start is a name's, unless the document
        # writes the word in lower case too)
        return  # a sentence start or an ordinary word in capitals ("Shipments rose"); "Hapag-Lloyd" is a name
    if len(toks) == 1 and not owner and first.endswith("s") and first[1:].islower() and \
            _AFTER_NUMBER.search(text, max(0, s - 16), s) and _COUNTED_END.match(text, e) and english_word(first):
        # "72 million Sharks killed annually": the noun a figure counts, in capitals and ending what it counts, is
        # no name ("300 Nike stores", "70 million Windows users": a name before the noun counted)
        return
    head = toks[0][2]
    if len(toks) > 1 and (head[1:].islower() or (len(head) >= 4 and head.isalpha() and head.isupper()
                                                 and alias(head, vocab) is None)) \
            and _opens_sentence(text, s) and alias(name, vocab) is None:
        k = 1
        if toks[1][2] == "of" and len(toks) > 2:
            # "Exports of Indonesian palm oil", "Exports of Japan": a measure word opening the sentence and the
            # nationality or the place after "of" (never "Bank of China": a name)
            adj = alias(clean_name(text[toks[2][0]:e], vocab), vocab)
            k = 2 if adj is not None and (adj.adjective or _a_term(head, vocab)) else 1
        rest = clean_name(text[toks[k][0]:e], vocab)
        # "Official Japan LNG import stats …": Japan; "BUSINESS China imports 2 mln tonnes": a section's
        # label in capitals before a name the table knows
        if rest and alias(rest, vocab) is not None:
            s, name = toks[k][0], rest
    if title and name not in known and not _LEGAL_THEN_WORD.match(text, e):
        return  # (a name with its legal ending is one in a headline too: "Kerepa Inc. Reports … Results")
    if _LABEL_AFTER.match(text, e) and _LABEL_BEFORE.search(text, 0, s) and alias(name, vocab) is None:
        return  # "Core Insights - Global shipments…", "[2] Company Performance - Samsung…": a section label
    if alias(name, vocab) is None and (_a_term(name, vocab) or " " in name and name.isascii() and
                                       not _LEGAL_AFTER.match(text, e) and all_terms(name, vocab)):
        return  # a term in capitals ("Personal Computer (PC)", "Cloud Infrastructure"), not a name; nor a measure's
        # label ("2023A Net Profit: 138.6 billion CNY")
    if name in _unit_symbols():
        return  # "144.5 million tonnes (Mt)", "GW", "TWh": a unit symbol as written, not a name
    if name in _currency_codes() and (_DIGIT_NEXT.match(text, e) or _DIGIT_BEFORE.search(text, 0, s)):
        return  # "amounted to MOP 42.20 billion", "42.20 billion MOP": a figure's currency (ETH Zurich is a name)
    if _abbreviates_words(text, s, e) and not group_or_body(text[max(0, s - 80):s - 1], name, vocab):
        return  # "crude palm oil (CPO)", "liquefied natural gas (LNG)": a term's abbreviation, not a name
    while e > s and text[e - 1] in ".,":
        e -= 1
    if len(toks) == 1 and " " not in name and alias(name, vocab) is None and \
            (kind := _landmark_said(text, e, name, vocab)) is not None:
        name = f"{name} {kind.title()}"  # "Taklamakan is one of the largest sandy deserts": the Taklamakan Desert
    out.append((s, e, name))


def _abbreviates_words(text: str, s: int, e: int) -> bool:
    """An acronym in brackets right after words in lower case that spell it ("50.07 million tons crude palm oil
    (CPO)", "antimicrobial resistance (AMR)"); a name's acronym follows the name's capitals ("Malaysian Palm Oil
    Board (MPOB)")."""
    acronym = text[s:e]
    if acronym.endswith("s") and acronym[:-1].isupper():
        acronym = acronym[:-1]  # "low- and middle-income countries (LMICs)": a plural acronym
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6) or \
            text[s - 1:s] not in ("(", "（") or text[e:e + 1] not in (")", "）"):
        return False
    words = re.findall(r"[A-Za-z]+", text[max(0, s - 80):s - 1])
    return any(all(w[0].islower() for w in words[-k:]) and spells(words[-k:], acronym)
               for k in range(2, min(2 * len(acronym), len(words)) + 1))


def group_or_body(spelled: str, acronym: str, vocab: Vocab) -> bool:
    """"landlocked developing countries (LLDCs)", "small island developing states (SIDS)": a group of countries,
    whom its figures are about (a name), unless the vocabulary knows the group as a term ("LMICs", concepts.toml);
    "the ministry of health (MOH)", "the central bank (CBN)": a body's name in lower case."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", spelled[-80:])][-2 * len(acronym):]
    if any(w in vocab.cues.get("subject.body_heads", ()) for w in words):
        return True
    return bool(words) and words[-1] in vocab.cues.get("subject.country_group_heads", ()) and \
        not vocab.concept_match.find(acronym.lower())


_EPONYM_HEAD = re.compile(r"\s+([a-z]+)(?![\w-])")
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "to"})  # the small words an acronym may leave out


def spells(words: list[str], acronym: str) -> bool:
    """Whether the words spell the acronym: each word (but the small ones, which may) gives its initial and maybe
    more of its letters in order ("foreign direct investment": FDI; "antimicrobial resistance": AMR; "low- and
    middle-income": LMI)."""
    words, ab = [w.lower() for w in words], acronym.lower()

    def go(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(ab)
        w = words[i]
        if w in _SMALL_WORDS and go(i + 1, j):
            return True
        if j >= len(ab) or w[0] != ab[j]:
            return False
        k, pos = j + 1, 1
        while True:
            if go(i + 1, k):
                return True
            p = w.find(ab[k], pos) if k < len(ab) else -1
            if p < 0:
                return False
            k, pos = k + 1, p + 1

    return go(0, 0)


def _after_owner_place(text: str, toks: list, vocab: Vocab) -> tuple[list, list]:
    """"Chile's Codelco", "South Korea's LG Energy Solution": a place's possessive before a name says where the
    name is from; the name is the words after it (the place is found as a place). "Merck's Keytruda", "Amazon's
    AWS": a firm's possessive before a name is its maker's or owner's, a name of its own (the second list); the
    figure after them is the product's. A firm's whole name stays ("McDonald's Corp", "Moody's Investors
    Service": the possessive is the name's own)."""
    for i in range(len(toks) - 1):
        if _POSSESSIVE.search(toks[i][2]):
            ent = alias(_POSSESSIVE.sub("", text[toks[0][0]:toks[i][1]]), vocab)
            if ent is None or ent.kind not in ("country", "region", "city"):
                if ent is not None and ent.kind in ("person", "research") or \
                        _organisation_end(toks[-1][2], vocab) or \
                        any(english_word(_POSSESSIVE.sub("", t[2]).strip(".,")) for t in toks[i + 1:]):
                    return toks, []  # ("Apple's Services", "Dick's Sporting Goods", "UBS's Paul Donovan")
                return toks[i + 1:], toks[:i + 1]
            # (a public body stays whole: "China's Ministry of Education" is China's national body)
            bodies = vocab.cues.get("subject.public_body_endings", ())
            return (toks if any(t[2].lower() in bodies for t in toks[i + 1:]) else toks[i + 1:]), []
    return toks, []


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The English words of CC-CEDICT's glosses (data/english_words.txt.gz, tools/gen_english_words.py)."""
    import gzip
    from importlib.resources import files

    with gzip.open(files("factcheck") / "data" / "english_words.txt.gz", "rt", encoding="utf-8") as f:
        return frozenset(f.read().split())


def english_word(word: str) -> bool:
    """An ordinary English word ("Services", "Pizza", "Overview", "Paul"), singular or plural, not a coined
    name ("Keytruda", "Movora"), which no dictionary lists."""
    w = word.lower()
    words = _english_words()
    return w in words or (w.endswith("s") and (w[:-1] in words or (w.endswith("es") and w[:-2] in words)))


# what may follow the noun a figure counts where that noun ends the counted phrase ("72 million Sharks killed")
_COUNTED_END = re.compile(r"\s*(?:[,.;:!?)]|$|(?:are|were|is|was|have|had|die[sd]?|each|every|per|a|an|in|of|for|from|"
                          r"on|at|to|by|annually|worldwide|globally|[a-z]+ed)\b)", re.I)
# a number right before a word (not a year, "The 2024 State of the Tea Industry report", nor a date's digits)
_AFTER_NUMBER = re.compile(r"(?:(?<![\d.,\-/])(?!(?:1[89]|20)\d\d\b)\d(?:[\d.,]*\d)?|\b(?:hundred|thousand|million|billion|"
                           r"trillion|dozen))\s+$", re.I)


def _opens_sentence(text: str, s: int) -> bool:
    """Position s is the first word of a sentence (where any word is written with a capital)."""
    before = text[max(0, s - 6):s].rstrip(" \t\"'“‘(")
    return not before and s <= 6 or before[-1:] in (".", "!", "?", "\n", ":")


def all_terms(name: str, V: Vocab) -> bool:
    """Every word of the name is a word of a term the concepts know ("Net Profit", "Revenue" in a report's capitals):
    a measure's label, no firm."""
    low = name.lower()
    covered = sum(e - s for s, e, _ in V.concept_match.find(low))
    return covered > 0 and covered >= len(low.replace(" ", "").replace("-", ""))


def _a_term(name: str, vocab: Vocab) -> bool:
    """The name, lower-cased, is a term of concepts.toml as a whole (what a scan of it alone would find: the
    whole of it as one match)."""
    low = name.lower()
    return len(low) == len(name) and low in vocab.concepts


_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=1)
def _unit_symbols() -> frozenset[str]:
    """Unit forms of units.toml written with a capital and no space ("Mt", "GW", "TWh", "MMbbl"), as written:
    "HP" is a company where "hp" is horsepower."""
    from ..knowledge import _data

    forms = (f for table in _data("units.toml").values() if isinstance(table, list)
             for u in table if isinstance(u, dict) for f in u.get("forms", []))
    return frozenset(f for f in forms if f.isascii() and " " not in f and any(c.isupper() for c in f) and len(f) <= 6)


@functools.lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """The unit table's currency codes in capitals (MOP, SEK, USD)."""
    from ..knowledge import knowledge

    K = knowledge()
    return frozenset(f.unit for f in K.prefix_units.forms + K.suffix_units.forms
                     if f.kind == "money" and f.unit.isascii() and f.unit.isupper())


_DIGIT_NEXT = re.compile(r"\s?\d")
_DIGIT_BEFORE = re.compile(r"\d(?:\s?(?:billion|million|thousand|bn|m|k|trillion))?\s$")

_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")  # (read in the 30 characters after a word)
# words between a subject and its verb
_BEFORE_A_VERB = frozenset({"alone", "also", "itself", "still", "again", "reportedly", "has", "have", "had"})
_RESULTS_VERBS = frozenset({"sold", "shipped", "delivered", "reported", "posted", "booked", "earned", "generated",
                            "produced", "recorded", "exported", "sells", "ships", "delivers", "reports", "posts"})


_ET_AL = re.compile(r"\s+et\s+al\b")  # "Harlow et al. estimated": an author's name, at a sentence start too


def _a_doer(text: str, e: int, word: str, vocab: Vocab) -> bool:
    """A capitalised word at a sentence start that the vocabulary does not know, before a verb of what a company
    does (cues.toml subject.verbs: "Transsion ranked fifth", "Zentrix shipped 4 million"): a name."""
    nxt = _NEXT_LOWER_WORD.match(text, e, e + 30)
    if nxt and nxt.group(1) in _BEFORE_A_VERB:
        # ("Toyota alone sold 10.31 million", "Zentrix also shipped": a verb of a firm's results only after the word
        # between, not "Economists had expected", "Consumers also spent", "Gasoline alone made up")
        nxt = _NEXT_LOWER_WORD.match(text, nxt.end(), nxt.end() + 30)
        if not nxt or nxt.group(1) not in _RESULTS_VERBS:
            return False
    if not nxt or nxt.group(1) not in vocab.cues.get("subject.verbs", ()):
        return False  # (the cheap test first: the vocabulary scans below are of a new short text each time)
    low = word.lower()
    return not (vocab.concept_match.find(low) or any(vocab.cue(n).find(low) for n in _KNOWN_CUES))


@functools.lru_cache(maxsize=4)
def _landmark_said_re(kinds: tuple[str, ...]) -> re.Pattern:
    words = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    # (another name between, after "or" or in brackets: "Namtso (Namco) is a lake", "Namtso or Lake Nam (officially:
    # Namco; …) is a mountain lake")
    return re.compile(r"(?:\s+or\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?(?:\s*[(（][^()（）]{1,160}[)）])?"
                      r"\s+(?:is|was)\s+(?:one\s+of\s+)?(?:the|a|an)\s+"
                      r"(?:[a-z\-]+\s+){0,4}?(" + words +
                      r")(?:s|es)?\b(?!\s+(?:" + words + r")\b)")  # (the last kind word: "a mountain lake" is a lake)


def _landmark_said(text: str, e: int, word: str, vocab: Vocab) -> str | None:
    """The kind word ("desert") a sentence says the capitalised word opening it is a landmark of (cues.toml
    subject.landmark_kinds_last: "Taklamakan is one of the largest sandy deserts in the world", "Kerepa is a
    volcano", "Namtso (Namco) is a lake"): a name, that landmark; None for a word the vocabulary or the common
    sentence openers know ("This is the largest lake", "Here is a bridge")."""
    m = _landmark_said_re(tuple(vocab.cues.get("subject.landmark_kinds_last", ()))).match(text, e, e + 260)
    if m is None:
        return None
    low = word.lower()
    if low in _COMMON_STARTS or vocab.concept_match.find(low) or any(vocab.cue(n).find(low) for n in _KNOWN_CUES):
        return None
    return m.group(1)


_COMMON_STARTS = frozenset({"this", "that", "it", "here", "there", "what", "which", "who", "one", "each", "none",
                            "nothing", "everything", "something", "today", "now", "then", "another", "such"})


# a label opening a line or following a reference mark, then a spaced dash: a section, not a name
_LABEL_AFTER = re.compile(r"\s+[-–—]\s+")
_LABEL_BEFORE = re.compile(r"(?:^|\]|[.!?])\s*(?:[A-Z][\w&'\-]*\s+){0,3}$")
# a lower-case word (group 1) opening the text, or a sentence: (?:^|[.!?]\s+)(word) in two patterns, so that the
# scan does not try the ^ at every character
_LOWER_START = re.compile(r"([a-z][a-z0-9]{1,20})(?=\s)")
_LOWER_AFTER_STOP = re.compile(r"[.!?]\s+([a-z][a-z0-9]{1,20})(?=\s)")


def _lower_starts(text: str):
    """The matches of _LOWER_START at the start of the text, then of _LOWER_AFTER_STOP after it."""
    first = _LOWER_START.match(text)
    if first:
        yield first
    yield from _LOWER_AFTER_STOP.finditer(text, first.end() if first else 0)


_KNOWN_CUES = ("measure.change", "measure.share", "period.forecast", "object.ignore")


@functools.lru_cache(maxsize=4)
def _suffix_re(suffixes: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(x) for x in suffixes))


# words before an organisation's name that are no part of it: group 1 leaves the body out (不包括, 除了)
# (扣除 leaves out too; 除夕 is New Year's Eve, no leaving out; 其 stops the walk back, so 其中 leaves its 中)
# (a verb of causing before 公司 is no part of a name: 带动公司营收增长 is "drove the company's revenue up")
# (nor a conjunction opening the clause: 尽管航空供应链瓶颈持续 is "although the airline supply chain …")
_LEAD_WORD = re.compile(r"(不包括|不包含|不含|除了|扣除|除(?!夕))|除夕夜?|包括|包含|其中|以及"
                        r"|尽管|儘管|虽然|雖然|由于|由於|因为|因為|即使|並且|但是|如果|发布|公布|宣布|发表"
                        r"|带动|帶動|推动|推動|拉动|拉動|帮助|幫助|促使|导致|導致|使得|推升|助力|支撑|支撐|提振|拖累|带领|帶領")


# a passive's mark inside the characters before an ending: the name starts after it (日本的捕鲸行动遭国际捕鲸委员会
# 批评, 被世界卫生组织列为; not a name's own characters: none of these starts a word of a name)
_PASSIVE_MARK = re.compile(r"遭到|遭受|遭|被|受到")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# (a joining word between two endings parts two names: 工商银行以及建设银行, 中国银行和农业银行; so does a
# subsidiary's 子: 泽恩集团子公司; a verb takes more than the two characters allowed: 泽恩公司收购京东集团)
_JOINS = re.compile(r"以及|[和与與及跟同暨子]|旗下")


# what 会 starts as a word, after an ending in 会 (基金会, 协会): 会计, 会同, 会员, 会议, 会谈, 会见, 会商, 会展
_HUI_WORDS = frozenset("计同员议谈见商展")


def chinese_orgs(text: str, vocab: Vocab) -> list[tuple[int, int, str]]:
    """Chinese organisation names by their ending, and names before a stock code."""
    out = []
    found = list(_suffix_re(vocab.org_suffixes).finditer(text))
    for k, m in enumerate(found):
        suffix = m.group()
        if suffix.endswith("会") and text[m.end():m.end() + 1] in _HUI_WORDS:
            continue  # 私募基金会计 (会计, accounting), 产业基金会同 (会同, jointly with), 基金会员: 会 starts a word
        between = text[m.end():found[k + 1].start()] if k + 1 < len(found) else ""
        if 0 < len(between) <= 2 and _HAN_RUN.fullmatch(between) and not _JOINS.search(between):
            continue  # 国际航空运输协会: the name goes on to a later ending (航空 … 协会), which reads it whole
        s = at = m.start()
        # (back over the Han characters before it, _HAN's range tested in place)
        while s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _STOP_HAN and at - s < 8:
            s -= 1
        core = text[s:m.start()]
        if core.startswith("中") and len(core) >= 3 and s > 0 and text[s - 1] == "其":
            s -= 1  # 其中招商银行: 其中 is no part of the name (其 stopped the walk back; 其中国银行 is
            # 其 and 中国银行)
            core = text[s:m.start()]
        if core.startswith("且") and s > 0 and text[s - 1] in "而并並":
            s += 1  # 而且中国移动…: 而 stopped the walk back, 且 is the rest of the conjunction
            core = text[s:m.start()]
        lead = _LEAD_WORD.match(core)
        if lead:  # "(不包括邮政储蓄银行直接营业收入)": a body left out is no one a figure is about; 包括 is no part
            if lead.group(1):  # of a name
                continue
            s += lead.end()
            core = text[s:m.start()]
        marks = list(_PASSIVE_MARK.finditer(core))
        if marks:  # 鲸行动遭国际捕鲸委员会: the passive's agent is the name, not what it acted on
            s += marks[-1].end()
            core = text[s:m.start()]
        inner = next((x for x in vocab.org_suffixes if core.endswith(x) and len(core) > len(x)), None)
        if inner and (core[:-len(inner)] in _GENERIC_ORG or _COUNTED.search(core[:-len(inner)])):
            continue  # 全球航空公司, 国内银行业: a scope and a kind of firm, no name (四家航空公司: four airlines)
        if len(core) >= 2 and core not in _GENERIC_ORG and not _COUNTED.search(core) and \
                not _overlaps([(a, b) for a, b, _ in out], s, m.end()):
            out.append((s, m.end(), core if suffix in ("公司", "有限公司", "股份有限公司", "有限责任公司", "股份公司",
                                                        "集团", "控股", "控股集团") else core + suffix))
    for s, e, name in coded(text, vocab):
        if not _overlaps([(a, b) for a, b, _ in out], s, e):
            out.append((s, e, name))
    return out


def coded(text: str, vocab: Vocab) -> list[tuple[int, int, str]]:
    """The names written before a stock code, (start, end, name): 联发科(2454), 泡泡玛特(HK09992), 贵州茅台股份有限公司
    (600519.SH) (the name without its legal ending)."""
    out = []
    for m in (_STOCK.finditer(text) if _STOCK_CODE.search(text) else ()):  # (the code first: few blocks have one)
        s, e = m.start(1), m.end(1)
        while s < e and (text[s] in _STOP_HAN or not (_HAN.match(text[s]) or text[s].isalpha())):
            s += 1
        name = text[s:e]
        if _YEAR_IN_BRACKETS.search(m.group()) and (_publication(name) or vocab.concept_match.find(name.lower())):
            continue  # Science期刊(2015), 中国核能发展报告(2025): a publication and its year, no firm and its code;
            # 全年营收(2023): a measure and its year (金沙中國(1928) is a firm and its code)
        if (cut := _LAST_DESCRIBER.search(name)) and len(name) - cut.end() >= 2:
            s, name = s + cut.end(), name[cut.end():]  # 潮玩品牌泡泡玛特, 富士康母公司鸿海, 平台如腾讯: the name after them
        for suf in vocab.org_suffixes:
            if name.endswith(suf) and len(name) > len(suf) + 1 and suf in ("公司", "有限公司", "股份有限公司", "集团", "控股"):
                name = name[: -len(suf)]
                break
        if len(name) >= 2:
            out.append((s, e, name))
    return out


def with_coded(text: str, found: list[Mention], coded: frozenset[str], vocab: Vocab) -> list[Mention]:
    """The mentions of a text, with each name of `coded` (written before a stock code somewhere on the page) that it
    writes where no mention is, or only a shorter one inside it: a firm's name (2024年泡泡玛特实现营收 after
    泡泡玛特(HK09992); 中国移动营业收入 after 中国移动发布2024年年报, not China); not where a term runs on past the name's end
    (2023年中国移动支付规模: mobile payments, China's)."""
    added = []
    terms = None
    for name in coded:
        k = text.find(name)
        while k >= 0:
            e = k + len(name)
            # (a name read inside it is part of it: 中国 of 中国凯睿, the firm the page says publishes its results)
            inside = any(k <= m.start and m.end <= e and m.end - m.start < e - k for m in found)
            if inside and terms is None:
                terms = vocab.concept_match.find(text.lower())
            if not any(m.start < e and k < m.end and not (k <= m.start and m.end <= e and m.end - m.start < e - k)
                       for m in found) and not any(a < e and k < z for a, z in added) and \
                    (len(name) > 2 or _stands_alone(text, k, e)) and \
                    not (inside and any(k < a < e < z for a, z, _ in terms)):
                added.append((k, e))
            k = text.find(name, e)
    if not added:
        return found
    kept = [m for m in found if not any(a <= m.start and m.end <= z for a, z in added)]
    return sorted(kept + [_coded_mention(a, z, text[a:z], vocab) for a, z in added], key=lambda m: m.start)


def _stands_alone(text: str, s: int, e: int) -> bool:
    """A two-character name written at text[s:e] as a word: not Han on one side, opening a clause or after a date,
    or before a date or a measure (_CLAUSE_NEXT); not inside other words (甜美的果实 holds no 美的)."""
    return s == 0 or not _HAN.match(text[s - 1]) or text[s - 1] in "年月日" or e >= len(text) or \
        not _HAN.match(text[e]) or _CLAUSE_NEXT.match(text, e) is not None


def _coded_mention(s: int, e: int, name: str, vocab: Vocab) -> Mention:
    """The mention of a name written before a stock code: the alias table's name for it, or the English one
    organisations.tsv gives it (鴻海: Foxconn), else itself."""
    ent = alias(name, vocab)
    if ent is not None:
        return Mention(s, e, ent.name, "entity", ent.kind)
    from ..knowledge import to_simplified

    english = organisations.table().get(to_simplified(name))
    return Mention(s, e, english, "entity", "company") if english else Mention(s, e, name, "entity", "named")


# the last word before a coded name that describes it or governs it: 潮玩品牌泡泡玛特(09992.HK), 母公司鸿海(2317.TW),
# 游戏分发平台如腾讯(00700.HK)
_LAST_DESCRIBER = re.compile(r".*(?:品牌|巨头|巨頭|龙头|龍頭|公司|集团|集團|企业|企業|旗下|厂商|廠商|平台|如|包括|和|与|與|及|、)")


def code_after(text: str, e: int) -> bool:
    """A stock code in brackets right after position e, or after one space: 腾讯(00700.HK), "Cathay Pacific (HK:0293)"."""
    return _STOCK_CODE.match(text, e + 1 if text[e:e + 1] == " " else e) is not None


def in_code(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] lies inside a stock code in brackets: the market of "(HK09992)", "(600519.SH" is no place."""
    return any(m.start() < s and e <= m.end() for m in _STOCK_CODE.finditer(text, max(0, s - 12), e + 30))


_BRACKETED_END = re.compile(r"\s*[(（][^()（）]{1,20}[)）]$")  # (a title's edition or years: 计划(2020—2025年))
# what governs an instrument's name before it: a preposition, the article and a year ("thanks to the 1987 Montreal
# Protocol", "Under the Ottawa Convention", "Results from the Paris Agreement"); at a clause's start it is the
# clause's own subject ("The Paris Agreement has 195 signatories")
_GOVERNED_EN = re.compile(r"\b(?:to|under|since|from|by|after|before|through|signed|ratified|joined|adopted)\s+"
                          r"(?:the\s+)?(?:(?:19|20)\d{2}\s+)?$", re.I)
# (not "of", "at" or "in": "membership of the Southern Baptist Convention", "delegates at the Democratic National
# Convention" are a body's and an event's)
_CLAUSE_OPEN = "。，,；;：:、！？!?「」“”\"（(《》"


def _instrument(text: str, s: int, name: str, vocab: Vocab) -> bool:
    """The name at text[s:] is a legal or policy instrument that a word before it governs: its last English word,
    or the end of a title in 《》 less its bracketed years, is one of cues.toml subject.instrument_heads, and a
    preposition (English) or any word (Chinese: 印证了《蒙特利尔议定书》, 自《长江保护法》实施以来) stands right before
    it, with no space between (新华社北京12月5日电 《长江保护法》…: a dateline); not a work after its kind
    (电影《流浪地球计划》: cues.toml subject.work_before_title)."""
    heads = vocab.cues.get("subject.instrument_heads", ())
    if not _HAN.search(name):
        words = name.split()
        return len(words) >= 2 and words[-1].rstrip(".,").lower() in heads and \
            bool(_GOVERNED_EN.search(text, max(0, s - 30), s))
    if s == 0 or text[s - 1].isspace() or text[s - 1] in _CLAUSE_OPEN or _simplified(text[max(0, s - 4):s]).endswith(
            tuple(vocab.cues.get("subject.work_before_title", ()))):
        return False  # (nothing, a space or a clause's opening right before it: it opens its clause)
    return _simplified(_TITLE_YEAR.sub("", _BRACKETED_END.sub("", name))).endswith(
        tuple(h for h in heads if not h.isascii()))


_YEAR_IN_BRACKETS = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*[)）]$")


def _publication(name: str) -> bool:
    """The name, in either script, ends like a publication's (报告, 期刊, 學報 …)."""
    from ..knowledge import to_simplified

    return to_simplified(name).lower().endswith(_PUBLICATIONS)


_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?\b|\$|元|币|cents?\b)")
# a place's name opening a newspaper's or a broadcaster's: 香港商报, 经济日报, "China Daily", "the Japan Times",
# "Hong Kong Free Press": who says so, not the place
_PRESS_AFTER = re.compile(r"(?:(?:商|日|时|晚|早|文汇|大公|明|经济|工商|联合)报(?![告道价关表])|新闻网|新闻社|电视台|广播电台|卫视"
                          # (a quoted outlet that reports: 台湾“中央社”8月25日报道称, 日本“共同社”报道)
                          r"|[“\"「][^”\"」\n]{1,8}[”\"」](?=\s*(?:\d{1,2}月\d{1,2}日|\d{1,2}日)?\s*(?:报道|报导|援引|引述|称)))")  # on `low`
_QUOTED_END = re.compile(r"[“\"「]([^”\"」\n]{1,8})[”\"」]$")
_PRESS_AFTER_EN = re.compile(r" (?:Daily|Times|Post|Morning Post|Herald|Tribune|Journal|Gazette|Free Press|Standard|"
                             r"News(?: (?:Global|Network|Agency|Service|Online|Wire|Daily))?)\b")  # Caribbean News Global


def press_end(text: str, low: str, e: int) -> int:
    """Where a newspaper's or broadcaster's name ends when a place's name ending at e opens it (香港商报, "China
    Daily"); 0 when none does."""
    m = _PRESS_AFTER.match(low, e) or _PRESS_AFTER_EN.match(text, e)
    return m.end() if m else 0


_TITLE_YEAR = re.compile(r"\s*[(（]?(?:19|20)\d{2}(?:\s*年度?版?|\s*版)?[)）]?$")  # the edition closing a title
WORK_TITLE = re.compile(r"《([^《》\n]{1,40})》")  # (period.py: a number inside one is part of a name)
# the endings of a publication's title: 《2024年中国游戏产业报告》 says who says so, it is not what a figure is about
# (a newspaper or a magazine too: 《华尔街日报》引述…)
_PUBLICATIONS = ("报告", "报告书", "白皮书", "蓝皮书", "年鉴", "公报", "晴雨表", "展望", "统计资料", "报", "刊", "杂志",
                 "report", "outlook", "review", "barometer", "survey", "yearbook", "bulletin", "journal", "times")
# a report's noun after a work's title: 《孕产妇死亡率趋势》的报告, 《世界能源展望》报告显示 (the title is a publication's)
_REPORT_AFTER_TITLE = re.compile(r"\s*(?:的|之)?\s*(?:报告|報告|白皮书|白皮書|蓝皮书|藍皮書|研究报告|研究報告|年鉴|年鑑|"
                                 r"调查报告|調查報告|report\b|study\b|survey\b)", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")


def currency_after(low: str, end: int, start: int | None = None) -> bool:
    """A place's name ending at `end` names a currency: "US$", "U.S. dollars", "Hong Kong dollars", 港元; or, given
    its `start`, a short form (US, HK, NZ) stands in brackets right after an amount of money: "$818 billion (US)"
    ("$4.2 billion (Vietnam)" is Vietnam's amount)."""
    return bool(_CURRENCY_AFTER.match(low, end)) or start is not None and end - start <= 4 and \
        low[end:end + 1] in (")", "）") and bool(_MONEY_BEFORE.search(low, max(0, start - 40), start))


# an amount of money and an opening bracket: "$818 billion (", "€3bn ("
_MONEY_BEFORE = re.compile(r"[$€£¥]\s?\d[\d.,]*(?:\s*(?:[a-z]+|[mbk]n?))?\s*[(（]\s*$")


_PHOTO_CREDIT = re.compile(r"(?i)[(（]\s*(?:photo|file photo|photo credit|image|picture)s?\s*[:：][^()（）\n]{1,60}[)）]"
                           r"|(?:图片来源|圖片來源|摄影|攝影)\s*[:：]\s*[^()（）\n。；，,]{1,20}")


def addresses(text: str) -> list[tuple[int, int]]:
    """Where a text writes web or mail addresses (neither names nor periods: ".../2021/03/18/…")."""
    if "@" not in text and "www." not in text and "://" not in text:  # (every address has one of them)
        return []
    return [m.span() for m in _URL.finditer(text)]
_DATELINE = re.compile(r"^[^\n—–]{0,80}?(?:\d{1,2},?\s+(?:19|20)\d{2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日)"
                       r"(?:\s*[/(（][^)）]{0,30}[)）])?\s*(?:[—–]|--|-\s|电|電)")


_DATELINE_ENDS = ("—", "–", "-", "电", "電")
# a news agency's dispatch of a day, ending a dateline (新华社北京4月16日电, 经济通通讯社5日专讯, 中央社台北3日讯)
_DISPATCH = re.compile(r"\d{1,2}日(?:电|专讯|讯)$")
_ISO_DATE_FIRST = re.compile(r"\s*(?:[a-z]+\s+)?(?:19|20)\d{2}-\d{2}-\d{2}\s+")


# a place in capitals opening a story: "MADRID:", "IVORY COAST- ", "SEOUL, March 3 (Reuters) -", "HONG KONG, Jan. 16 (Xinhua) --"
_CAPS_DATELINE = re.compile(r"\s*[A-Z][A-Z.'\- ]{2,}[A-Z.](?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                            r"(?:\s*\([^()]{1,30}\))?\s*(?::|\s(?:--?|–|—)|(-|–|—))\s")


# a place in capitals in brackets before a dash: "(NEW YORK) — " (not a body the alias table knows: "(UNICEF) — ")
_BRACKETED_PLACE = re.compile(r"\s*\(([A-Z][A-Z.'\- ]{2,}[A-Z.])\)\s*(?:--?|–|—)\s")


# a publisher in two to four capitalised words and a dash, after the date a page opens with, before the story's
# first word: " date 2024-02-04 Shafaqna Science- According to …" (one word and a dash is no dateline: "NVIDIA-
# Revenue rose"; nor, with no date before, a name heading its story: "Saudi Aramco - Net income fell 12%")
_TITLE_DATELINE = re.compile(r"\s*[A-Z][A-Za-z.'&]+(?:\s+[A-Z][A-Za-z.'&]+){1,3}\s*(?:--?|–|—)\s+(?=[A-Z])")


# a place in capitalised words and a day with no year: "Los Angeles, January 5 -", "New York, Jan. 5 (AP) --"
_PLACE_DATELINE = re.compile(r"\s*[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,3},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                             r"Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*\([^()]{1,30}\))?\s*(?:[—–]|--|-\s|:\s)"
                             # (a release's date, then where it was issued: "2023年12月18日,华盛顿:")
                             r"|\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]\s*[\u4e00-\u9fff]{2,6}\s*[:：]")


# a news credit in brackets opening a story: （德国之声中文网）, （中央社記者…）, (法新社)
_CREDIT = re.compile(r"\s*[(（][^()（）\d]{0,24}(?:网|網|社|报|報|台|讯|訊|电|電|记者|記者)[^()（）]{0,20}[)）]"
                     # (and one in black brackets, dated or an outlet's: 【看中国2016年10月28日讯】, 【亞洲文旅網訊】; not
                     # a heading, 【日本核电】)
                     r"|\s*【[^【】\n]{0,40}(?:日|网|網|社|报|報|台)(?:讯|訊|电|電)】"
                     # (and a reporter's byline in brackets: 【台灣醒報記者方家敏綜合報導】, 〔記者鄭琪芳／台北報導〕:
                     # where it was filed is not what the story is about)
                     r"|\s*[【〔\[][^【】〔〕\[\]\n]{0,24}(?:记者|記者)[^【】〔〕\[\]\n]{0,24}(?:报导|報導|报道|報道)[】〕\]]")
# a reporter's or a translator's credit right after a dateline: (看中国记者柳成荫编译)
_CREDIT_AFTER = re.compile(r"\s*[(（][^()（）\n]{0,30}(?:记者|記者|编译|編譯|报道|報導)[^()（）\n]{0,20}[)）]")


def dateline_end(text: str, vocab: Vocab | None = None) -> int:
    """End of a dateline ("Dubai, United Arab Emirates, April 16, 2025 —", 新华社北京4月16日电, "MADRID:", "(NEW YORK) —"
    (`vocab`: to tell a body the alias table knows, "(UNICEF) —", from a place)) or of a
    news credit in brackets (（德国之声中文网）): its place is where the news was filed or who filed it, not what
    it is about."""
    # (every dateline of _DATELINE ends with a dash or 电: the slow pattern only in a text holding one)
    # (after a date the page opens with: "2026-01-14 MENAFN - Caribbean News Global)")
    dated = _ISO_DATE_FIRST.match(text)
    caps = _CAPS_DATELINE.match(text, dated.end() if dated else 0)
    if caps and caps.group(1) and " " not in caps.group(0).strip():
        caps = None  # "NVIDIA- Revenue rose": a dash glued to one word is no dateline ("IVORY COAST- " is)
    if not caps and text[:8].lstrip().startswith("(") and (b := _BRACKETED_PLACE.match(text)) and not (
            vocab is not None and (ent := alias(b.group(1), vocab)) is not None and
            ent.kind not in ("country", "region", "city")):
        caps = b
    m = (_DATELINE.match(text) if any(x in text for x in _DATELINE_ENDS) else None) or caps \
        or _PLACE_DATELINE.match(text) or _CREDIT.match(text) or (dated and _TITLE_DATELINE.match(text, dated.end())) \
        or ("--" in text[:40] and _DASH_CREDIT.match(text))
    if not m:
        return 0
    # (a second place in capitals after the first: "VIETNAM, December 28 - HÀ NỘI — Disbursement of …")
    city = _CITY_AFTER.match(text, m.end())
    end = city.end() if city else m.end()
    while (more := _CREDIT_AFTER.match(text, end)) and more.end() > end:
        end = more.end()  # (and a credit right after it: 【看中国2016年10月28日讯】(看中国记者柳成荫编译))
    return end


# a wire's or a site's name before a double dash opening a story ("Investing.com-- Cathay Pacific Airways reported",
# "CNN -- That's 28 girls every minute"): who filed it
_DASH_CREDIT = re.compile(r"\s*[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}\s?--\s*(?=\S)")
_CITY_AFTER = re.compile(rf"[{_UP}][{_UP}.'\- ]{{1,30}}[{_UP}.]\s*(?:--?|–|—)\s")


def find(text: str, low: str, vocab: Vocab, lower_words: frozenset[str], known: frozenset[str],
         title: bool = False, starts: frozenset[str] = frozenset(), line: int | None = None) -> list[Mention]:
    """Every mention in a text (a block), sorted by position; a dateline's places are left out (`line`: where
    the dateline ends, when the caller has read it)."""
    out: list[Mention] = []
    line = dateline_end(text, vocab) if line is None else line
    taken = Taken(len(text))
    if line:
        taken.append((0, line))
    for span in addresses(text):  # addresses are not names
        taken.append(span)
    if "(" in text or "（" in text:  # nor is a stock code's market ("(HK09992)", "(600519.SH": no Hong Kong, no SH)
        for m in _STOCK_CODE.finditer(text):
            more = _MORE_CODES.match(text, m.end())  # (and the other listings in its brackets: ,0999.HK))
            taken.append((m.start() + 1, more.end() if more else m.end()))
    if ":" in text or "：" in text:  # nor who took a photo ("(Photo: KIM DUNG)", 图片来源：新华社)
        for m in _PHOTO_CREDIT.finditer(text):
            taken.append(m.span())
    if "《" in text:  # a work in title marks (《哪吒之魔童闹海》票房): a name; a report's title is who says so
        for m in WORK_TITLE.finditer(text):
            name, ent = m.group(1).strip(), alias(m.group(1).strip(), vocab)
            if _DISPATCH.search(_simplified(name)):
                taken.append(m.span())  # 《经济通通讯社5日专讯》: a dateline in title marks, who filed the news
                continue
            if name.lower() in _PUBLICATIONS:
                continue  # 《报告》: the report the text named before, whose publisher the paragraph carries
            if ent is not None:  # 《路透社》: a name the table knows
                out.append(Mention(m.start(), m.end(), ent.name, _role(ent), ent.kind))
            elif _TITLE_YEAR.sub("", name).lower().endswith(_PUBLICATIONS) or _REPORT_AFTER_TITLE.match(text, m.end()):
                # (《全球音乐报告2019》 too; and a title a report noun follows: 名为《孕产妇死亡率趋势》的报告)
                out.append(Mention(m.start(), m.end(), name, "research", "research"))
            else:
                got = _open(m.start(), m.end(), name, vocab)
                if got.role == "entity" and _instrument(text, m.start(), name, vocab):
                    # 《蒙特利尔议定书》, 《长江保护法》: a text of rules or aims, nobody's figure (one that reports, as
                    # a publication does, stays who says so)
                    got = Mention(m.start(), m.end(), name, "instrument", "instrument")
                out.append(got)
            taken.append(m.span())
    orgs = chinese_orgs(text, vocab) if not text.isascii() else []
    matches = vocab.entity_match.find(low)
    places = [(s, e) for s, e, w in matches if vocab.entities[w].kind in ("country", "region")]
    countries = {(s, e) for s, e, w in matches if vocab.entities[w].kind == "country"}
    proper = proper_nouns(text, vocab, lower_words, title, known, starts) \
        if not text.isascii() or text != low else []  # (ASCII: a capital where its lower case differs)
    for s, e, name in proper:  # "thanks to the Montreal Protocol": an instrument, nobody's figure (nor is its place)
        if _instrument(text, s, name, vocab) and not taken.overlaps(s, e) and alias(name, vocab) is None:
            out.append(Mention(s, e, name, "instrument", "instrument"))
            taken.append((s, e))
    for s, e, name in proper:  # "SolarPower Europe", "Japan Airlines": a name that has a place in it is no place
        inner = [(a, b) for a, b in places if s <= a and b <= e and (a, b) != (s, e)]
        if not inner:
            continue  # (no place inside it: read as a name below)
        if (ent := _place_as_written(name, vocab)) is not None and not taken.overlaps(s, e):
            out.append(Mention(s, e, ent.name, _role(ent), ent.kind))  # "Yunnan Province": Yunnan, said in full
            taken.append((s, e))
            continue
        # (unless its other words only say which part of the place: "Western Europe", "the South of France")
        rest = " ".join(text[x:y] for x, y in zip([s] + [b for _, b in inner], [a for a, _ in inner] + [e])).split()
        # (nor a place's own firm: "South Korea's LG Energy Solution")
        if len(name.split()) >= 2 and alias(name, vocab) is None and not taken.overlaps(s, e) and inner and \
                not all(w.lower().strip(".,") in _DIRECTIONS for w in rest) and \
                not any(w.startswith(("'s", "’s")) for w in rest):
            out.append(_open(s, e, name, vocab))
            taken.append((s, e))
    for s, e, name in orgs:  # 中国汽车工业协会, 中国光伏行业协会: an organisation named after a place is not the place
        # (a country and an ending alone, 中资银行, 美国银行, stay the country's: its firms together, as the table
        # says; a province's or a city's name and an ending, 海南航空, 北京银行, are a company)
        inner = [(a, b) for a, b in places if s <= a and b <= e and (a, b) != (s, e)]
        if alias(name, vocab) is None and inner and not taken.overlaps(s, e) and \
                not any(len(name) - (b - a) <= _suffix_len(name, vocab) for a, b in inner if (a, b) in countries):
            out.append(_open(s, e, name, vocab))
            taken.append((s, e))
    terms = vocab.concept_match.find(low) if not text.isascii() else []
    # (the terms found do not overlap and are in text order: their starts and their ends both sorted)
    term_starts, term_ends = [a for a, _, _ in terms], [b for _, b, _ in terms]
    if not text.isascii():  # 三峡大坝, 死海, 青海湖: a landmark's name, in English (before the places: 青海湖 is no 青海)
        for s, e, name in _landmarks(low, vocab):
            if taken.overlaps(s, e) or any(a < s < b < e or (a <= s and e <= b and b - a > e - s)
                                           for a, b, _ in matches) or \
                    any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in orgs) or \
                    any(a < s < b < e for a, b, _ in terms):
                continue  # (广东海域: 广东 and 海域, read first; 三峡集团, 长江存储: a company; a term read first
                # across its start, not one it starts: 三峡大坝高185米 is the dam's, its 坝高 a height)
            ent = alias(name, vocab)
            out.append(Mention(s, e, ent.name, _role(ent), ent.kind) if ent else Mention(s, e, name, "entity", "named"))
            taken.append((s, e))
    if not text.isascii():  # 国泰航空, 鸿海, 丰田: a firm CC-CEDICT names, in English (context/organisations.py)
        for s, e, name in organisations.find(low):
            if e - s == 2 and not _short_firm_fits(text, low, s, e, vocab):
                continue  # (台北21日电, 原油日产30余吨, 完美的, 京东方, 国泰金: two characters inside other words)
            if taken.overlaps(s, e) or any(a < e and s < b for a, b, _ in matches) or \
                    any(a <= s and e <= b and (a, b) != (s, e) and not _firm_tail(low, e, b, vocab)
                        for a, b, _ in orgs) or \
                    any(a < s < b < e or s < a < e < b for a, b, _ in terms):
                continue  # (a name the alias table knows, read first; a longer organisation's name, unless it ends
                # with this one and its ending, 丰田集团, whatever the run read before it: 外界就一直关注丰田集团; a term
                # read across its edge)
            e += len(next((x for x in vocab.org_suffixes if low.startswith(x, e)), ""))  # 京东集团: one name
            out.append(Mention(s, e, name, "entity", "company"))
            taken.append((s, e))
        # 泡泡玛特2024年营收…: a name no table knows, opening its clause before a date or a measure; 安赫尔瀑布是…: a
        # landmark's, by its kind word, before what a page says of it
        for s, e in _clause_names(text, low, vocab, matches, terms) + _feature_names(text, vocab, matches, terms) + \
                _introduced_features(text, vocab, matches, terms):
            if not taken.overlaps(s, e):
                known_as = organisations.table().get(low[s:e])  # (中国电信: China Telecom, as the table names it)
                out.append(Mention(s, e, known_as, "entity", "company") if known_as else
                           Mention(s, e, text[s:e], "entity", "named"))
                taken.append((s, e))
    for s, e, w in matches:
        if not vocab.case_fits(w, text[s:e]) or taken.overlaps(s, e):
            continue
        if not w.isascii() and vocab.in_common_noun(low, s, e):
            continue  # 除南极洲以外的所有大陆: every continent, not mainland China
        if terms and not w.isascii() and _crossed(terms, term_starts, term_ends, s, e):
            continue  # 航空客运量: a term read across the name's edge (空客 is Airbus, 客运量 passenger traffic)
        if currency_after(low, e, s):
            taken.append((s, e))
            continue  # "U.S. dollars", "US$", "Hong Kong dollars", 港元: a currency, not the place
        ent = vocab.entities[w]
        press = press_end(text, low, e) if ent.kind in ("country", "region", "city") else 0
        if press:
            quoted = _QUOTED_END.search(text, s, press)  # (台湾“中央社”: the outlet is 中央社)
            out.append(Mention(s, press, quoted.group(1) if quoted else text[s:press], "research", "research"))
            taken.append((s, press))
            continue
        if ent.kind in ("country", "region", "city") and _is_seat(text, low, s, vocab):
            taken.append((s, e))
            continue  # "headquartered in Gland, Switzerland", 总部设在瑞士: where a body sits, whose figure it is not
        role = _role(ent)
        if ent.kind == "country" and not w.isascii() and (q := _qualified(vocab).match(low, e)) and \
                not _COUNTED_AFTER.match(low, q.end()):
            role = "adjective"  # 英国非政府组织, 美国研究人员: the country says whose they are, like "British"
        if not w.isascii() and low.startswith(descent(vocab), e):
            role = "adjective"  # 非洲裔, 亚裔, 华裔: people of that descent, whom the place describes (African-American)
        if role == "adjective" and _collective(vocab).match(low, e) and not _OWNER_BEFORE.search(text, max(0, s - 4), s):
            # (not "Apple's Chinese sales": a company's sales in that country, the company's figure)
            role = "entity"  # "Chinese shipyards received …": the nation's firms together, the nation's figure
        out.append(Mention(s, e, ent.name, role, ent.kind))
        taken.append((s, e))
    for s, e, ent in _travel_places(low, vocab):
        if not taken.overlaps(s, e):
            out.append(Mention(s, e, ent.name, "entity", ent.kind))
            taken.append((s, e))
    for s, e, name in orgs:
        if not taken.overlaps(s, e):
            ent = alias(name, vocab)
            out.append(_open(s, e, name, vocab) if ent is None else Mention(s, e, ent.name, "entity", ent.kind))
            taken.append((s, e))
    for s, e, name in proper:
        if taken.overlaps(s, e):
            continue
        if _seated(vocab).search(low, max(0, s - 24), s) and not low[max(0, s - 24):s].rstrip().endswith(","):
            taken.append((s, e))
            continue  # "headquartered in Gland, Switzerland": a town where a body sits, no subject either
        if _MEANING_BEFORE.search(low, max(0, s - 24), s) and text[e:e + 2].lstrip(".,")[:1] in _CLOSING_QUOTES:
            taken.append((s, e))
            continue  # '"am Co" means "Heavenly Lake."': what a word means, naming nothing a figure is about
        ent = alias(name, vocab) or _place_as_written(name, vocab)
        if ent is None and _JOURNAL_BEFORE.search(text, max(0, s - 12), s):
            out.append(Mention(s, e, name, "research", "research"))  # "in the journal Nature Medicine": who says so
        elif ent is None:
            out.append(_open(s, e, name, vocab, text[e:e + 16]))
        else:
            out.append(Mention(s, e, ent.name, _role(ent), ent.kind))
        taken.append((s, e))
    for m in _lower_starts(text):  # "vivo ranked fourth": a brand written in lower case opens a sentence
        s, e = m.span(1)
        if not taken.overlaps(s, e) and _a_doer(text, e, m.group(1), vocab):
            ent = alias(m.group(1), vocab)
            out.append(Mention(s, e, ent.name if ent else m.group(1), "entity", ent.kind if ent else "named"))
            taken.append((s, e))
    for s, e, w in vocab.cue("subject.pronouns").find(low):
        if taken.overlaps(s, e) or text.startswith(_PRONOUN_NOT, s) or text.startswith(_PRONOUN_NOT, max(0, s - 1)):
            continue
        if w == "it" and EXPLETIVE_IT.match(low, e):
            continue  # "it is expected that …", "it is likely that": an empty subject, standing for no one
        if w == "该" and low.startswith(_RESEARCH_AFTER_ZH, e):
            continue  # 据该研究机构统计: a research body described, who says so, no firm named before
        if low.startswith("-", e) and w.isascii():
            continue  # "the three-year survey": a word of a compound adjective, no pronoun
        out.append(Mention(s, e, w, "pronoun", "plural" if w in vocab.cues.get("subject.plural", ()) else "pronoun"))
        taken.append((s, e))
    if "“" in text or '"' in text or "「" in text:
        for s, e, w in vocab.cue("subject.first_person").find(low):
            if not taken.overlaps(s, e) and _quoted(text, s):
                out.append(Mention(s, e, w, "pronoun", "pronoun"))
                taken.append((s, e))
    if "the " in low:
        for m in _descriptions(vocab).finditer(low):  # (over a nationality adjective: "the Chilean state-owned miner")
            inside = [o for o in out if o.start < m.end() and m.start() < o.end and o.role != "adjective"]
            acts = _acts(low, m.end(), vocab) or low[m.end() - 1] == "s" and low[m.end() - 2] in "'’"
            if inside and acts and all(m.start() <= o.start and o.kind in ("country", "region", "city") and
                                       _BASED.match(low, o.end) for o in inside):
                # ("the Beijing-based toys company": the place where it sits only qualifies the firm described)
                out = [o for o in out if o not in inside]  # (nor says what the figure is of: no "Beijing profit")
                inside = []
            if not inside and acts:
                # (a possessive owns the noun after it: "the carmaker's sales")
                # (the noun alone is the mention: the words before it still say what the figure is of)
                out.append(Mention(m.start(1), m.end(), "the " + m.group(1), "pronoun", "pronoun"))
                taken.append(m.span(1))
    if "这" in low or "该" in low or "此" in low:
        for m in _descriptions_zh(vocab).finditer(low):
            # 这间日本汽车巨头, 该美国车企: a description of a firm, as "the Japanese automaker" is; the country in it
            # only qualifies it (no name but a country's inside it)
            inside = [o for o in out if o.start < m.end() and m.start() < o.end]
            if all(m.start() <= o.start and o.end <= m.end() and (o.kind in ("country", "region") or
                                                                  o.role == "pronoun") for o in inside):
                # (该 of 该日本车企 is the description's own word)
                out = [Mention(o.start, o.end, o.name, "adjective", o.kind) if o in inside else o for o in out
                       if not (o in inside and o.role == "pronoun")]
                out.append(Mention(m.start(), m.end(), "该公司", "pronoun", "pronoun"))
                taken.append(m.span())
    if "non" in low or "非" in low:  # (every match of _NON holds one)
        out = [_negated(low, m) for m in out]
    out = [_person(text, low, m, vocab) if m.kind == "named" else m for m in out]
    out.sort(key=lambda m: m.start)
    return _yardsticks(low, _restated(text, _located(low, _parts_of_places(low, _locators(low, out, vocab), vocab),
                                                     vocab)))


# what a place is named for when a size is likened to it: "the size of Texas", "twice the size of France", "as large as
# Belgium", 相当于3个中国大小, 相当于两个上海 (a count of it, in Chinese: not "相当于中国GDP的3%", China's)
_YARDSTICK_BEFORE = re.compile(r"(?:\bsize\s+of|\bas\s+(?:large|big|vast)\s+as)\s+(?:the\s+)?$|"
                               r"(?:相当于|约等于)\s*[0-9.一二两三四五六七八九十半几]+\s*个\s*$")
# and what ends its phrase right after it: "the size of Texas." / "the size of Switzerland, about …" (not "the size of
# China's economy", "as big as France's 3 million tonnes", "the size of the US economy": the place owns a figure)
_YARDSTICK_AFTER = re.compile(r"\s*(?:$|[,.;:!?)）。，；、]|大小|那么大|(?:and|or|in|at|with|but|combined)\b|[—–-])")


def _yardsticks(low: str, out: list[Mention]) -> list[Mention]:
    """The mentions, with a place (or a name no table knows; not a firm) a size is likened to made a yardstick: no
    subject, carried to no sentence after it ("This is approximately the size of North America. The largest hole …
    28.4 million square kilometers" is nobody's in North America; "Forests the size of Switzerland, about 4.1
    million hectares"; 相当于3个中国大小). `low` is lower-cased and Simplified."""
    def likened(m: Mention) -> bool:
        return m.role == "entity" and m.kind in ("country", "region", "city", "named") and \
            bool(_YARDSTICK_BEFORE.search(low, max(0, m.start - 24), m.start)) and bool(_YARDSTICK_AFTER.match(low, m.end))

    flagged = [likened(m) for m in out]
    if not any(flagged):
        return out
    return [Mention(m.start, m.end, m.name, "yardstick", m.kind) if f else m for m, f in zip(out, flagged)]


# between a country and one of its provinces it only locates: "southwest China's Yunnan", "Yunnan, southwest
# China", "Yunnan province of southwest China", "Yunnan Province, China", 中国云南
_DIRECTION_WORD = r"(?:the\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
_DIRECTION = r"(?:" + _DIRECTION_WORD + r")?"
_LOCATES_BEFORE = re.compile(r"(?:['’]s\s+|\s*)" + _DIRECTION + r"$")
# (after the province, a comma alone is no locator: "Yunnan, China and Laos" is a list; a division word or a direction
# says it is one: "Yunnan Province, China", "Yunnan, southwest China")
_LOCATES_AFTER = re.compile(r"\s*(?:(?:province|prefecture|autonomous region|region|state)\s*(?:,|\bof\b|\bin\b)\s*"
                            + _DIRECTION + r"|(?:\bof\b|\bin\b)\s*" + _DIRECTION
                            + r"|,\s*" + _DIRECTION_WORD + r")$")


_LIST_GAP = re.compile(r"\s*(?:,|、|&|\band\b|\bor\b|和|及|与|與)\s*(?:and\s+)?")
_DIVISION_COMMA = re.compile(r"\s*,\s*" + _DIRECTION + "$")
_DIVISIONS = (" province", " prefecture", " region", " autonomous", " state", " county")


def _locators(low: str, out: list[Mention], vocab: Vocab) -> list[Mention]:
    """The mentions, with a country named only to locate one of its own provinces next to it made a locator: no
    subject, no qualifier, no word of the object ("southwest China's Yunnan province are home to …" is Yunnan's
    figure, not China's; "Yunnan, southwest China"; 中国云南). The province is what the sentence is about."""
    if len(out) < 2:
        return out
    locating = set()
    for k, m in enumerate(out):
        if m.kind != "country" or m.role != "entity":
            continue
        if k + 1 < len(out) and out[k + 1].role == "entity" and _LIST_GAP.fullmatch(low, m.end, out[k + 1].start):
            continue  # "Yunnan Province, China and Laos": a list of places, each named for itself
        for r in out[max(0, k - 1):k + 2]:
            if r is m or r.kind != "region" or r.role != "entity":
                continue
            ent = vocab.entity(r.name)
            if ent is None or ent.country != m.name:
                continue
            if r.start >= m.end and _LOCATES_BEFORE.fullmatch(low, m.end, r.start):
                locating.add(id(m))
            elif m.start >= r.end and (_LOCATES_AFTER.fullmatch(low, r.end, m.start) or (
                    _DIVISION_COMMA.fullmatch(low, r.end, m.start) and low[r.start:r.end].endswith(_DIVISIONS))):
                locating.add(id(m))  # ("Yunnan Province, China": the province said with its word, then a comma)
    return [Mention(m.start, m.end, m.name, "locator", m.kind) if id(m) in locating else m for m in out] \
        if locating else out


def _parts_of_places(low: str, out: list[Mention], vocab: Vocab) -> list[Mention]:
    """The mentions, with a Chinese place named with a part of it or its language after it made a locator (cues.toml
    subject.place_parts): "越南北部广宁省…的海湾,…面积1,500平方公里" is a bay in northern Vietnam, not Vietnam's
    area; 越南语作Vinh Ha Long names the language. Not a place standing alone (越南面积), nor an English one ("northern
    Vietnam" is read by _locators and the verbs of location)."""
    parts = tuple(vocab.cues.get("subject.place_parts", ()))
    if not parts or not any(m.kind in _PLACE_KINDS for m in out):
        return out
    hit = {id(m) for m in out if m.kind in _PLACE_KINDS and m.role == "entity" and _HAN.match(low, m.start)
           and low.startswith(parts, m.end)}
    return [Mention(m.start, m.end, m.name, "locator", m.kind) if id(m) in hit else m for m in out] if hit else out


# between a place named to say where a thing is and the next one: a list (、, and), or a place inside it ("中国湖北省宜昌市",
# "China's Hubei province", "Yichang, Hubei"); a division word may end one
_PLACE_GAP = re.compile(r"(?:\s*(?:省|市|县|縣|区|區|州|自治区|province|prefecture|region|county|city|state))?"
                        r"(?:\s*(?:,|、|&|\band\b|和|及|与|與)\s*(?:and\s+)?(?:the\s+)?|['’]s\s+|\s*)")
_LOCATION_OPEN = re.compile(r"\s*(?:the\s+)?(?:(?:border|borders|frontier)\s+(?:of|between|with)\s+(?:the\s+)?)?")
_PLACE_KINDS = ("country", "region", "city")


def _landmarks(low: str, vocab: Vocab) -> list[tuple[int, int, str]]:
    """The landmarks of a text (landmarks.find), less those a word right after makes part of another name (cues.toml
    subject.landmark_not_before: 黄山市, 美国西海岸, 长江电力) or a direction or a crossing before it
    (subject.landmark_not_after: 南咸海, 跨太平洋; an ocean keeps its part, 南太平洋); a basin or a belt named after
    one is that place (长江流域 → Yangtze River Basin)."""
    after = tuple(vocab.cues.get("subject.landmark_not_before", ()))
    before = tuple(vocab.cues.get("subject.landmark_not_after", ()))
    out = []
    for s, e, name in landmarks.find(low):
        if s and low[s - 1] in before and not low.endswith("洋", s, e):
            continue
        part = next((w for w in _LANDMARK_PARTS if low.startswith(w, e)), None)
        if part:  # 长江流域: the Yangtze River Basin, a place of its own
            out.append((s, e + len(part), f"{name} {_LANDMARK_PARTS[part]}"))
        elif not low.startswith(after, e):
            out.append((s, e, name))
    return out


def industry_of(name: str, vocab: Vocab) -> str | None:
    """The word for an industry that ends a Chinese firm's name after two or more characters of its own (恒瑞医药 →
    医药, 丰田汽车 → 汽车: cues.toml subject.industry_words), or None."""
    return next((w for w in vocab.cues.get("subject.industry_words", ()) if name.endswith(w) and
                 len(name) - len(w) >= 2), None)


def _firm_tail(low: str, e: int, b: int, vocab: Vocab) -> bool:
    """low[e:b] is nothing but a firm's endings (集团 of 丰田集团, 股份有限公司); not an industry word, which may name
    another firm of the group (长荣海运 is Evergreen Marine, not 长荣)."""
    words = tuple(vocab.org_suffixes)
    while e < b:
        w = next((x for x in words if low.startswith(x, e) and e + len(x) <= b), None)
        if w is None:
            return False
        e += len(w)
    return True


def _short_firm_fits(text: str, low: str, s: int, e: int, vocab: Vocab) -> bool:
    """A two-character firm's name (鸿海, 丰田, 国泰) read where it stands as a word: opening a clause or after a
    joining word, and before a date, what a firm reports, an organisation's ending or no Chinese character at all
    (鸿海2023年营收, 鸿海集团, "丰田、本田"); not inside other words: a dateline's 日电 (台北21日电), 日产 ("daily
    output", 原油日产30余吨), 美的 in 完美的, 京东 in 京东方, 国泰 in 国泰金."""
    # (a firm's ending or its industry after it makes it the firm's name whatever stands before: 日本丰田汽车集团,
    # 让丰田集团旗下车型; not 京东方, 国泰金控)
    if low.startswith(tuple(vocab.org_suffixes), e) or low.startswith(tuple(vocab.cues.get("subject.industry_words", ())), e):
        return True  # (丰田汽车)
    before = text[s - 1] if s else "\n"
    if _HAN.match(before) and before not in "据由和与及、跟同或把被将令":
        return False
    return not _HAN.match(text, e) or bool(_CLAUSE_NEXT.match(text, e))


# a Chinese name opening a clause, right before a date or what a firm reports (泡泡玛特2024年营收130.4亿元, 蔚来11月
# 交付新车15,959辆, 鸿海第四季营收, 蔚来收入493亿元), or publishing its results (美团公布了全年业绩, 理想汽车公布2023年
# 第四季度及全年财报: SELF_REPORT_NEXT): two to six characters after a clause's start
# (or a report's title after the name and a colon: 凯睿股份:2024年年度报告摘要)
SELF_REPORT_NEXT = (r"(?:(?:公布|发布|披露|交出)了?[^，。,;；：:“”]{0,24}?(?:年报|财报|业绩|年度报告|季报|中报|半年报|"
                    r"财务业绩)|[:：]\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:年度报告|年报|半年度报告|中期报告|季度报告|业绩公告))")
_NEXT = (r"\s*(?:(?:19|20)\d{2}\s*年(?!代)|(?:今|去|前|明)年|上半年|下半年|前三季|第[一二三四1-4]季|[一二三四1-4]季度|"
         r"\d{1,2}\s*月(?!\d)|全年|营收|营业收入|营业总收入|总收入|收入|净利润|净利|净亏损|亏损|销量|交付|出货|市值|股价|"
         r"毛利率|收益|溢利|营运收入|实现营业|" + SELF_REPORT_NEXT + ")")
_SELF_REPORTING = re.compile(r"\s*" + SELF_REPORT_NEXT)
_CLAUSE_NEXT = re.compile(_NEXT)
# (a text's start, or after a clause's end; or a space after a percentage, where a headline ends with its figure and
# runs into its body: "净利增35% 凯睿体育发布2024年业绩" (not a byline's space, 责任编辑 王晓明); or after 丨 or |, a
# stroke set between a dateline and a name)
_CLAUSE_START = r"(?:^|(?<=[。！？；，,;:：\n」』”\"）)\]】丨|])|(?<=[%％]\s))\s*"
_CLAUSE_NAME = re.compile(_CLAUSE_START + r"(?:[-•·*]\s*|\d{1,2}\s*[、.．]\s*)?"
                          r"([\u4e00-\u9fff]{2,6}?)(?=" + _NEXT + ")")


_RESEARCH_AFTER_ZH = ("研究机构", "机构", "研究公司", "调研机构", "咨询公司", "报告", "调查", "统计")
_NOT_NAME_FIRST = frozenset("全各本每多诸众该此这那其我你他她它非如一二两三四五六七八九十几数百千")  # (全行业, 六大行: a scope)
_NOT_NAME_LAST = frozenset("了到自至在着著过受随若从料称表指网报社台性权毛")  # (预测到, 贺一诚料, 央视网: a verb, a press;
# 工资性收入, 表演权收入, 博彩毛收入: a kind of income)


def _clause_names(text: str, low: str, vocab: Vocab, matches, terms) -> list[tuple[int, int]]:
    """The Chinese names no table knows that open a clause before a date or a measure (_CLAUSE_NAME): not a
    common word, nor ending with one (a CC-CEDICT word with an ordinary sense: 公司, 行业, 默沙东公布, 莫迪政府),
    nor one holding a term, a place or a function character (全国乘用车, 该公司, 国内市场), nor a scope or a verb's
    character at its edges (全行业, 预测到)."""
    if not _CLAUSE_NAME.search(text):
        return []
    from ..gloss import common_word, verb

    out = []
    for m in _CLAUSE_NAME.finditer(text):
        s, e = m.span(1)
        run = text[s:e]
        # (恒瑞医药, 安克创新, 理想汽车: a firm's own word and its industry's; the own word is read)
        industry = industry_of(run, vocab)
        own_end = e - len(industry) if industry else e
        if industry:
            run = run[:-len(industry)]
        if s and text[s - 1].isdigit():
            continue  # (13亿人: a unit's word after a number)
        # (an own word that is also a common one, 理想 of 理想汽车, names a firm where the firm publishes its results)
        # (and a name the page says publishes its results may end with an ordinary word after an own word of two
        # characters that is none: 凯睿体育发布2024年业绩, 体育 "sports"; not 财经媒体发布…, 财经 an ordinary word)
        reporting = _SELF_REPORTING.match(text, e) is not None
        own_word = industry is not None or not (common_word(run[:2]) or verb(run[:2]))
        # (a firm that publishes its results may open with its country's name, and its own word be a term's:
        # 中国移动, China Mobile)
        led = [(a, b) for a, b, w in matches if a < e and s < b and _country_led(reporting, s, e, a, b, w, vocab, low)]
        if any(ch in _STOP_HAN for ch in run) or run[0] in _NOT_NAME_FIRST or run[-1] in _NOT_NAME_LAST or \
                any(common_word(run[k:]) for k in range(len(run) - 1)
                    if not (reporting and own_word and (k == 0 if industry else k >= 2))) or \
                any(verb(run[:j]) for j in range(2, len(run))) or run in vocab.not_names or \
                any(a < e and s < b and (a, b) not in led for a, b, _ in matches) or \
                any(a < own_end and s < b and not (led and s < a and b <= e) for a, b, _ in terms) or \
                any(run.endswith(x) for x in vocab.org_suffixes) or low.startswith(tuple(vocab.org_suffixes), e):
            continue
        out.append((s, e))
    return out


def _country_led(reporting: bool, s: int, e: int, a: int, b: int, w: str, vocab: Vocab, low: str) -> bool:
    """A firm that publishes its results whose name opens with its country's (中国神华发布…业绩: 中国 and two characters or more of
    its own, no ordinary word; or an organisation's name the table knows, or its start: 中国电信, China Telecom; 中国移动 of
    中国移动通信, its own word a term's, 移动): the country's name is part of the firm's; not 中国市场, 中国企业, 中国政府, 中国经济
    (ordinary words after the country)."""
    if not (reporting and a == s and e - b >= 2 and vocab.entities[w].kind == "country"):
        return False
    from ..gloss import common_word
    own = low[b:e]
    name = low[s:e]
    if not common_word(own) or name in organisations.table():
        return True
    # (the start of a name the table holds, where the rest only says the industry or the kind of firm: 中国移动 of
    # 中国移动通信; not 中国建设 of 中国建设银行, another firm's name)
    endings = vocab.cue_set("subject.industry_words") | vocab.cue_set("subject.firm_descriptors_zh")
    return any(n.startswith(name) and n[len(name):] in endings for n in organisations.table())


# what a page says of a landmark right after its name opens a clause: 安赫尔瀑布是世界上落差最大的瀑布, 艾尔斯巨石位于…,
# 丘伦河水从…, 京那巴鲁山海拔4095米
_FEATURE_NEXT = re.compile(r"\s*(?:是|位于|地处|坐落|高|长|宽|深|海拔|落差|面积|总面积|全长|周长|占地|[,，(（])")


def _feature_names(text: str, vocab: Vocab, matches, terms) -> list[tuple[int, int]]:
    """Chinese names of landmarks no table knows, by the word for their kind that ends them (cues.toml
    subject.feature_heads and subject.kind_synonyms: 瀑布, 山, 巨石), opening a clause before what the page says of
    them (_FEATURE_NEXT): the characters before the kind word two to six, opening with no common word (黄色巨石,
    又名乌鲁鲁巨石, 攀登珠峰, 尽管乞力马扎罗山: a description, a verb, a connective; so not 莲花峰 either, which only a
    page introducing it names: _introduced_features), no function character (but those names hold: 天都峰) nor a
    kind's own character (湖面广袤如海, 河支流丘伦河), no landmark, place or term the tables know."""
    pattern, last, single = _feature_pattern(vocab)
    if not any(ch in text for ch in last):
        return []  # (no kind word's last character: most blocks)
    from ..gloss import common_word

    out = []
    for m in pattern.finditer(text):
        s, e = m.span(1)
        stem, name = m.group(2), m.group(1)
        if not (any(ch in _STOP_HAN and ch not in _IN_NAMES for ch in stem) or stem[0] in _NOT_NAME_FIRST or
                any(h in stem for h in single) or landmarks.find_written(name) or
                any(common_word(stem[:j]) for j in range(2, len(stem) + 1)) or
                common_word(name) or any(a < e and s < b for a, b, _ in matches) or
                any(a < e and s < b for a, b, _ in terms)):
            out.append((s, e))
    return out


# a landmark's name a page introduces: after a verb that gives a name (最高峰名为莲花峰, 又称天都峰), or with its size
# in brackets after it in a list (玉屏峰(1716米)和天都峰(1810米))
_INTRODUCED = r"(?:(?<=名为)|(?<=称为)|(?<=又称)|(?<=叫做)|(?<=名叫)|(?<=[:：、和与及]))"
_NAME_END = r"(?=[,，。；;(（])"
# (a size in brackets: not a stock code, 天目湖(603136), nor a year, 水库(2023年))
_FIGURE_IN_BRACKETS = re.compile(r"[(（]\s*(?:约|約)?\s*\d[\d,.]*\s*(?:米|公尺|公里|千米|平方|立方|英尺|英里|m\b|km|ft\b)")
_IN_NAMES = frozenset("都同上下内外")  # (function characters that names also hold: 天都峰, 大同, 上海)


def _introduced_features(text: str, vocab: Vocab, matches, terms) -> list[tuple[int, int]]:
    """Chinese names of landmarks no table knows, by the kind word that ends them, where the page introduces them
    (_INTRODUCED): 名为莲花峰, 天都峰(1810米) after 和. Its stem may be a common word (莲花, "lotus": a name's
    words often are), where the whole is none (not 山峰, 主峰); after a conjunction or a list's comma, only with its
    size in brackets after it (_FIGURE_IN_BRACKETS); the characters before the kind word two to four, none a function
    character (but those names hold: _IN_NAMES)."""
    if not any(w in text for w in ("名为", "称为", "又称", "叫做", "名叫", "(", "（")):
        return []
    pattern, single = _introduced_pattern(vocab)
    from ..gloss import common_word

    out = []
    for m in pattern.finditer(text):
        s, e = m.span(1)
        stem, name = m.group(2), m.group(1)
        if text[s - 1] in ":：、和与及" and not _FIGURE_IN_BRACKETS.match(text, e):
            continue
        if any(ch in _STOP_HAN and ch not in _IN_NAMES for ch in stem) or stem[0] in _NOT_NAME_FIRST or \
                any(h in stem for h in single) or landmarks.find_written(name) or common_word(name) or \
                any(a < e and s < b for a, b, _ in matches) or any(a < e and s < b for a, b, _ in terms):
            continue
        out.append((s, e))
    return out


def _introduced_pattern(vocab: Vocab) -> tuple[re.Pattern, frozenset[str]]:
    """An introduced landmark's name: a stem of two to four characters and a kind word (_INTRODUCED, _NAME_END),
    and the kind words of one character (read once a vocabulary)."""
    got = vocab.__dict__.get("_introduced_pattern")
    if got is None:
        from .declared import heads

        kinds = sorted(set(heads(vocab)), key=len, reverse=True)
        got = vocab.__dict__["_introduced_pattern"] = (
            re.compile(_INTRODUCED + r"(([\u4e00-\u9fff]{2,4}?)(?:" + "|".join(map(re.escape, kinds)) + r"))" +
                       _NAME_END), frozenset(k for k in kinds if len(k) == 1))
    return got


def _feature_pattern(vocab: Vocab) -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    """A clause's opening run, a stem of two to six characters and a kind word, before what a page says of it; the
    kind words' last characters; the kind words of one character (read once a vocabulary)."""
    got = vocab.__dict__.get("_feature_pattern")
    if got is None:
        from .declared import heads

        kinds = sorted(set(heads(vocab)), key=len, reverse=True)
        got = vocab.__dict__["_feature_pattern"] = (
            re.compile(_CLAUSE_START + r"(([\u4e00-\u9fff]{2,6}?)(?:" +
                       "|".join(map(re.escape, kinds)) + r"))(?=" + _FEATURE_NEXT.pattern + ")"),
            frozenset(k[-1] for k in kinds), frozenset(k for k in kinds if len(k) == 1))
    return got


# a place named after a landmark, by the word after its name: a basin, a belt (长江流域, 乍得湖流域, 长江经济带)
_LANDMARK_PARTS = {"流域": "Basin", "经济带": "Economic Belt"}


def _located(low: str, out: list[Mention], vocab: Vocab) -> list[Mention]:
    """The mentions, with the places named after a verb of location made locators, where a thing named before the
    verb in its sentence is what is located (cues.toml subject.located): "三峡大坝位于中国湖北省宜昌市" is where the
    dam is, "The Aral Sea lies between Kazakhstan and Uzbekistan", 死海位于约旦、巴勒斯坦和以色列之间; the thing is
    what its figures are about. Not "45% of the reactors are located in China", whose place holds the share: no
    name before the verb, a figure."""
    if len(out) < 2 or not any(m.kind in _PLACE_KINDS for m in out):
        return out
    cues = vocab.cue("subject.located").find(low)
    if not cues:
        return out
    starts = [m.start for m in out]
    locating = set()
    for a, b, _ in cues:
        k = bisect.bisect_left(starts, b)
        thing = [m for m in out[:k] if m.end <= a and m.role in ("entity", "pronoun") and m.kind not in _PLACE_KINDS
                 and not _SENTENCE_BREAK.search(low, m.end, a)]
        if not thing or k >= len(out):
            continue
        gap = _LOCATION_OPEN
        at = b
        while k < len(out) and out[k].kind in _PLACE_KINDS and out[k].role in ("entity", "adjective", "locator") and \
                gap.fullmatch(low, at, out[k].start):
            locating.add(id(out[k]))
            at, gap, k = out[k].end, _PLACE_GAP, k + 1
    return [Mention(m.start, m.end, m.name, "locator", m.kind) if id(m) in locating else m for m in out] \
        if locating else out


_SENTENCE_BREAK = re.compile(r"[。！？!?；;]|\.\s|\d")  # (a figure between: the thing is no longer the sentence's topic)


def _quoted(text: str, s: int) -> bool:
    """Position s is inside a quotation: more “ than ” before it in the block, or an odd number of straight quotes
    (「 」 alike)."""
    before = text[:s]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」") or \
        before.count('"') % 2 == 1


_NON = re.compile(r"(?:(?<![a-z])non[-\s]?|非)$")


def _negated(low: str, m: Mention) -> Mention:
    """"non-OPEC supply", 非内地旅客, 非欧佩克产油国: everyone but the name, a name of its own ("non-OPEC")."""
    if m.role not in ("entity", "adjective") or not _NON.search(low, max(0, m.start - 4), m.start):
        return m
    k = _NON.search(low, max(0, m.start - 4), m.start).start()
    return Mention(k, m.end, "non-" + m.name, "entity", "named")


def _crossed(terms: list, starts: list[int], ends: list[int], s: int, e: int) -> bool:
    """A term overlaps [s, e) without either holding the other: the terms that overlap it, found by bisection
    (those ending after s and starting before e: a run of the sorted, non-overlapping terms)."""
    for a, b, _ in terms[bisect.bisect_right(ends, s):bisect.bisect_left(starts, e)]:
        if not (a <= s and e <= b) and not (s <= a and b <= e):
            return True
    return False


# words of a place's part, not of another name: "Western Europe", "South East Asia", "Northern China"
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                         "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                         "southeastern", "southwestern", "mainland", "greater", "continental", "coastal", "rural",
                         "urban", "inland", "the", "of", "and"})


def _suffix_len(name: str, vocab: Vocab) -> int:
    return next((len(x) for x in vocab.org_suffixes if name.endswith(x)), 0)


def is_body(name: str, vocab: Vocab) -> bool:
    """A name that ends like a body publishing figures (cues.toml source.bodies): "the International Air
    Transport Association", 中国汽车工业协会, "Global Market Outlook"."""
    if name.isascii():
        words = name.split()
        if len(words) >= 2 and " ".join(words[-2:]).lower() in vocab.concepts:
            return False  # "Hollywood Box Office": a term of the vocabulary ends it ("box office"), not a body
        # (a body's word opening "X of …": Ministry of Trade, Association of Natural Rubber Producing Countries)
        return bool(words) and (words[-1] in vocab.bodies or
                                (" of " in name and any(w in vocab.bodies for w in words[1:-1] if w[0].isupper()))
                                or (" of " in name and (words[0] in ("Ministry", "Department") or
                                                        words[0] in vocab.bodies))
                                # (and "X for …": the Institute for Health Metrics and Evaluation, Centers for …)
                                or (len(words) >= 3 and words[1] == "for" and (words[0] in vocab.bodies or
                                                                               words[0] in _CENTRES)))
    return _simplified(name).endswith(vocab.bodies)


@functools.lru_cache(maxsize=4096)
def _simplified(name: str) -> str:
    """A name in Simplified characters (knowledge.to_simplified), converted once: a page names its bodies again
    and again, and the conversion is slow."""
    from ..knowledge import to_simplified

    return to_simplified(name)


def _role(ent) -> str:
    """The role of a name the alias table knows: a research firm, a nationality adjective, or an entity."""
    return "research" if ent.kind == "research" else ("adjective" if ent.adjective else "entity")


def _place_as_written(name: str, vocab: Vocab):
    """A province's or a state's name with its division word ("Yunnan Province", "Tibet Autonomous Region": the
    table's Yunnan and Tibet), or a known place's adjective ("Tibetan", "Yunnanese": an adjective entity of that
    place); None for anything else (cues.toml subject.division_words, subject.demonym_endings). A name the table
    does not know as a region keeps its word: "Mexico State" is no country, "Los Angeles County" no city, "Harris
    County" no one's surname."""
    words = name.split()
    for phrase in vocab.cues.get("subject.division_words", ()):
        n = len(phrase.split())
        if len(words) > n and " ".join(words[-n:]).lower() == phrase.lower():
            ent = alias(" ".join(words[:-n]), vocab)
            if ent is None and "autonomous" in phrase.lower() and len(words) > n + 1:
                # (an autonomous region names its people after the place: "Xinjiang Uygur Autonomous Region",
                # "Guangxi Zhuang Autonomous Region" are Xinjiang's and Guangxi's)
                ent = alias(" ".join(words[:-n - 1]), vocab)
            return ent if ent is not None and ent.kind == "region" and not ent.adjective else None
    word = name
    if len(words) != 1 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return None
    for ending in vocab.cues.get("subject.demonym_endings", ()):
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        for place in (stem, stem + "a", stem + "y"):
            ent = alias(place, vocab)
            if ent is not None and ent.kind in ("country", "region") and not ent.adjective:
                return Entity(ent.name, ent.kind, adjective=True, country=ent.country, world=ent.world)
    return None


def _open(s: int, e: int, name: str, vocab: Vocab, after: str = "") -> Mention:
    """A name no table knows: a body that publishes figures when it ends like one (cues.toml source.bodies: "the
    China Association of Automobile Manufacturers", 中国光伏行业协会, "Global Market Outlook"), a company when a
    corporate ending follows it ("Zentria Corp", "Zentria Holdings Ltd": `after`, the text after the name), else
    a name."""
    if is_body(name, vocab) or (after and (_PRESS_AFTER_EN.match(after) or _WEBSITE_AFTER.match(after) or
                                           _PUBLICATION_AFTER.match(after) or _AUTHOR_AFTER.match(after))):
        # (or a paper: "Caribbean News Global"; or a website: “AgenceEcofin”网站3月3日报道; or a report's title:
        # "the State of the Cruise Industry report"; or a study's authors or its journal: Jambeck等人, Science期刊)
        return Mention(s, e, name, "research", "research")
    if after and _corporate_after(after, 0, vocab):
        return Mention(s, e, name, "entity", "company")
    return Mention(s, e, name, "entity", "named")


# a publication's noun after a name ("the State of the Cruise Industry report"); "reports"/"surveys" only with their
# "that" ("IFPI reports that …"): "Acme Bank reports net profit of …" is a firm stating its own figure
_PUBLICATIONS_EN = ("report", "outlook", "survey", "yearbook", "barometer", "brief", "briefing")
_PUBLICATION_AFTER = re.compile(r"\s+(?:(?:" + "|".join(_PUBLICATIONS_EN) + r"|white paper)\b(?!\s+that\b)|"
                                r"(?:reports?|surveys?)\s+that\b)", re.I)
# a verb of what a word means, then an opening quotation mark ('means "Heavenly Lake"', "literally 'Black River'",
# 'translated as "Holy Mountain"')
_MEANING_BEFORE = re.compile(r"\b(?:means?|meaning|meant|literally|lit\.|translates?\s+(?:as|to)|translated\s+(?:as|to)"
                             r"|translation\s+is)\s*[:,]?\s*[\"“‘'「]$")
_CLOSING_QUOTES = frozenset('"”’\'」')
_JOURNAL_BEFORE = re.compile(r"\b(?:journal|magazine|newspaper|periodical)\s+$", re.I)
_WEBSITE_AFTER = re.compile(r"[”\"」』]?\s*(?:网站|網站)")
# what follows an author's or a journal's name: "Jambeck等人于Science期刊", "Geyer等学者", "Geyer et al." (who says so)
_AUTHOR_AFTER = re.compile(r"[”\"」』》]?\s*(?:期刊|杂志|雜誌|学报|學報|等人(?=[于於在的发發研指表认認称稱估测測,，、(（\s]|$)|"
                           r"等学者|等學者|等研究人员|等研究人員|研究团队|研究團隊|et\s+al\b)")
# (not 等人工智能公司, 等人形机器人, 等人气品牌: 人 opens another word; nor a firm's 团队)
_OWNER_BEFORE = re.compile(r"['’]s\s+$|的$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z.]*)")


def _corporate_after(text: str, e: int, vocab: Vocab) -> bool:
    """A corporate ending follows the word ending at e ("Zentria Corp reported …"): the word names a company,
    even at a sentence start."""
    m = _NEXT_WORD.match(text, e, e + 16)
    return bool(m) and m.group(1) in vocab.corporate_suffixes


class Taken:
    """The places of a text already given to a mention (one byte a character: a lookup, not a scan of a list)."""

    def __init__(self, n: int):
        self.busy = bytearray(n + 1)

    def overlaps(self, s: int, e: int) -> bool:
        return self.busy.find(1, s, max(e, s + 1)) >= 0

    def append(self, span: tuple[int, int]) -> None:
        s, e = span
        self.busy[s:e] = b"\x01" * (e - s)


_IN_BRACKETS = re.compile(r"\s*[(（]\s*$")


def _restated(text: str, out: list[Mention]) -> list[Mention]:
    """A name alone in brackets right after another names the same one: a ticker or an abbreviation
    ("空中客车(EADSY)", "International Data Corporation (IDC)", "Taiwan Semiconductor (TSMC)")."""
    for k in range(1, len(out)):
        m, prev = out[k], out[k - 1]
        if m.name == prev.name or not _IN_BRACKETS.fullmatch(text, prev.end, m.start) or \
                not re.match(r"\s*[)）]", text[m.end:m.end + 3]):
            continue
        if m.role == prev.role == "entity" and m.kind == "named":
            out[k] = Mention(m.start, m.end, prev.name, prev.role, prev.kind)
        elif prev.role == "entity" and prev.kind == "named" and m.kind != "named" and _HAN.match(text, prev.start):
            # "国际航空运输协会(IATA)": a name no table knows, restated by one the table knows, is that one
            out[k - 1] = Mention(prev.start, prev.end, m.name, m.role, m.kind)
    return out


@functools.lru_cache(maxsize=4)
def _collective_re(words: tuple[str, ...]) -> re.Pattern:
    latin = sorted((w for w in words if w.isascii()), key=len, reverse=True)
    han = sorted((w for w in words if not w.isascii()), key=len, reverse=True)
    # up to two words between ("Chinese state-owned shipyards", "South Korean memory chipmakers")
    alts = [r"(?:\s+[a-z][a-z\-]*){0,2}?\s+(?:" + "|".join(map(re.escape, latin)) + r")\b"] if latin else []
    alts += ["(?:" + "|".join(map(re.escape, han)) + ")"] if han else []
    return re.compile("|".join(alts) or "(?!)")


@functools.lru_cache(maxsize=4)
def _seated_re(words: tuple[str, ...], apposed: tuple[str, ...] = ()) -> re.Pattern:
    alts = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    if apposed:
        alts += r"|(?:^|(?<=[,;(，.!?。]))\s*(?:" + "|".join(map(re.escape, sorted(apposed, key=len, reverse=True))) + ")"
    # (a city and a comma may come between: "headquartered in Gland, Switzerland"; group 1, to be read capitalised)
    return re.compile(rf"(?:{alts})(?:\s+([a-z][a-z.'\-]*(?:\s+[a-z][a-z.'\-]*)?),)?\s*$")


def _is_seat(text: str, low: str, s: int, vocab: Vocab) -> bool:
    """The place at s follows words saying where a body sits, right after them or after a capitalised town and a
    comma ("headquartered in Gland, Switzerland"; not "Among firms headquartered in Europe, Siemens …")."""
    m = _seated(vocab).search(low, max(0, s - 40), s)
    return bool(m) and (m.group(1) is None or text[m.start(1):m.start(1) + 1].isupper())


# after a body or people a country qualifies, the word that counts them: 英国非政府组织数量 is the UK's count
_COUNTED_AFTER = re.compile(r"(?:的)?(?:数量|人数|数目|总数|数)")


def _seated(vocab: Vocab) -> re.Pattern:
    """Before a place: words saying where a body sits (cues.toml subject.seated, and subject.seated_apposed opening
    a sentence or after a comma)."""
    return _seated_re(tuple(vocab.cues.get("subject.seated", ())),
                      tuple(vocab.cues.get("subject.seated_apposed", ())))


@functools.lru_cache(maxsize=4)
def _qualified_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")


def _qualified(vocab: Vocab) -> re.Pattern:
    """After a country's Chinese name: a body or people it qualifies (cues.toml subject.qualified)."""
    return _qualified_re(tuple(vocab.cues.get("subject.qualified", ())))


def descent(vocab: Vocab) -> tuple[str, ...]:
    """After a place's Chinese name: a word saying people of its descent (cues.toml subject.descent: 裔)."""
    return tuple(vocab.cues.get("subject.descent", ()))


def _collective(vocab: Vocab) -> re.Pattern:
    """After a nationality adjective, a plural of firms or producers, or a nation's aggregate (cues.toml
    subject.collective, subject.national)."""
    return _collective_re(tuple(vocab.cues.get("subject.collective", ())) + tuple(vocab.cues.get("subject.national", ())))


@functools.lru_cache(maxsize=4)
def _descriptions_re(heads: tuple[str, ...]) -> re.Pattern:
    # (up to three words between, "the automaker" as "the Japanese automaker"; no preposition, conjunction or figure
    # among them: "the rest of the company" is not one)
    word = r"(?!(?:of|and|or|in|on|at|to|for|by|with|that|which|from|as|than|its|their)\s)[a-z][\w’'\-]*\s+"
    return re.compile(r"(?<![a-z])the\s+(?:" + word + r"){0,3}(" + "|".join(map(re.escape, heads)) +
                      r")(?:['’]s)?(?![\w\-])")


# a place's name made an adjective of where a firm sits or is listed ("Beijing-based", "Hong Kong-listed")
_BASED = re.compile(r"-(?:based|headquartered|listed)\b")


@functools.lru_cache(maxsize=4)
def _descriptions_zh_re(heads: tuple[str, ...]) -> re.Pattern:
    # (a demonstrative, then up to six characters, then the noun: 这间日本汽车巨头, 该美国车企, 这家公司)
    return re.compile(r"(?:这家|这间|这个|该|此)[\u4e00-\u9fff]{0,6}?(?:" + "|".join(map(re.escape, heads)) + ")")


def _descriptions_zh(vocab: Vocab) -> re.Pattern:
    """A Chinese description of a firm (cues.toml subject.description_heads_zh): 这间日本汽车巨头, 该美国车企."""
    return _descriptions_zh_re(tuple(vocab.cues.get("subject.description_heads_zh", ())))


def _descriptions(vocab: Vocab) -> re.Pattern:
    """A definite description with words before its noun (cues.toml subject.description_heads): "the
    state-owned company", "the world's largest miner"."""
    return _descriptions_re(tuple(vocab.cues.get("subject.description_heads", ())))


_AUXILIARY = frozenset({"is", "was", "has", "had", "have", "will", "would", "could", "also", "still", "now", "then",
                        "itself", "alone", "which", "that", "in", "on", "at", "for", "with", "from", "by", "and"})
def _acts(low: str, e: int, vocab: Vocab) -> bool:
    """A description ends its noun phrase: what follows is a verb (cues.toml subject.verbs, a past form, an
    auxiliary), a preposition or punctuation; not another noun ("the worldwide smartphone vendor rankings")."""
    nxt = _NEXT_LOWER_WORD.match(low, e)
    if nxt is None or nxt.start(1) > e + 1:
        return True  # punctuation, a line's end or the text's
    w = nxt.group(1)
    return w in _AUXILIARY or w.endswith("ed") or w in vocab.cues.get("subject.verbs", ())


@functools.lru_cache(maxsize=4)
def _titles_re(titles: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    alts = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    before = re.compile(r"(?<![a-z])(?:" + alts + r")\s+$")
    after = re.compile(r",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[a-z][\w\-]*\s+){0,2}(?:" + alts + r")(?![a-z])")
    return before, after


def _person(text: str, low: str, m: Mention, vocab: Vocab) -> Mention:
    """A name no table knows with a person's title right before it ("Chairman Máximo Pacheco", "Codelco CEO Rubén
    Alvarado") or a title or a role in apposition after it ("Juan Carlos Guajardo, Executive Director of
    Plusmining", "Britta Schaffelke, coordinator of the …"): a person, who speaks (a source), never the subject of
    a figure (cues.toml subject.person_titles; subject.person_roles after the name only: "Author Stephen King has
    sold 350 million books" is King's figure)."""
    if m.role != "entity":
        return m
    titles = tuple(vocab.cues.get("subject.person_titles", ()))
    before = _titles_re(titles)[0]
    after = _titles_re(titles + tuple(vocab.cues.get("subject.person_roles", ())))[1]  # (roles in apposition only)
    titled = before.search(low, max(0, m.start - 30), m.start)
    if titled:  # (the title and its portfolio are the person's, no words of a figure's object: "Foreign Minister")
        start = titled.start() if titled.group().strip() in _OFFICE_TITLES else m.start
        portfolios = vocab.cues.get("subject.portfolios", ())
        while (w := _WORD_BEFORE.search(low, max(0, start - 30), start)) and w.group(1) in portfolios and \
                text[w.start(1)].isupper():
            start = w.start(1)
        return Mention(start, m.end, m.name, "research", "person")
    if after.match(low, m.end):
        return Mention(m.start, m.end, m.name, "research", "person")
    if (team := _AND_TEAM.match(low, m.end)):
        # "Liu and his team found about 150,000 antelopes", "Smith and colleagues estimated": who found the figure
        return Mention(m.start, team.end(), m.name, "research", "person")
    return m


# a researcher named with those who work with them: "Liu and his team", "Smith and colleagues", "Chen and her
# co-workers"
_AND_TEAM = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+)?(?:research\s+)?(?:team|colleagues|co-?workers|"
                       r"collaborators)\b")


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
# a government office's titles, which a portfolio names before them ("Foreign Minister", "Commerce Secretary")
_OFFICE_TITLES = frozenset({"minister", "secretary", "commissioner", "prime minister", "deputy"})


def _travel_places(low: str, vocab: Vocab):
    """来台旅客, 访港旅客, 赴日游客: a place written as one character after a verb of travel (aliases.toml
    `abbreviations`, cues.toml subject.travel)."""
    if not vocab.abbreviations:
        return
    for s, e, w in vocab.cue("subject.travel").find(low):
        ent = vocab.abbreviations.get(low[e:e + 1])
        if ent is not None:
            yield e, e + 1, ent


def is_title(sentence: str) -> bool:
    """A headline in Title Case: most of its words capitalised. Never a Chinese sentence, whose only Latin words
    are names ("過去,AbbVie自體免疫藥物Humira從…Lipitor…默沙東(Merck)的Keytruda…")."""
    if len(sentence) > 160:  # (before its words are read: a long block is no title)
        return False
    if len(_HAN.findall(sentence, 0, 80)) >= 5:
        return False
    words = _WORDS.findall(sentence)
    if len(words) + len(_FIGURES.findall(sentence)) < 4:
        return False  # (a figure counts as a word: "The 39 Million Question", "The 489,000 Question")
    caps = sum(w[0].isupper() for w in words if w.lower() not in ("of", "and", "the", "in", "on", "to", "for", "a",
                                                                   "an", "by", "at", "as", "with"))
    small = sum(w.lower() in ("of", "and", "the", "in", "on", "to", "for", "a", "an", "by", "at", "as", "with")
                for w in words)
    return caps >= 0.8 * (len(words) - small)
