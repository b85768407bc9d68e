"""Stage 2, normalise for matching only: NFKC, Traditional -> Simplified (OpenCC), whitespace.

The original text is never changed. Each normalised line carries an index back to the original
columns, so every span found on the normalised text maps to the exact characters as written.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class NormLine:
    number: int  # 1-based line number in the file
    original: str  # the line as written, without its line ending
    text: str  # normalised, for matching only
    index: tuple[int, ...] | None  # index[i]: original column (0-based) of text[i]; len(text)+1 entries; None = same

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to a half-open span of `original`."""
        if self.index is None:
            return start, end
        s = self.index[start]
        return s, (self.index[end - 1] + 1 if end > start else s)


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported only when text is normalised, never at start-up

    # (hk2s: t2s and Hong Kong's variant characters too, 衞 for 衛 in 世界衞生組織, 綫 for 線; on the corpora
    # and both extraction yardsticks it changed no other reading)
    return opencc.OpenCC("hk2s")


# Applied before NFKC, one character for one: odd spaces become " " (tabs stay: they separate columns), and the full-width comma becomes "、"
# rather than NFKC's ",", so that "100，200" (a list in Chinese prose) is not read as 100200.
_PRE = str.maketrans({"\u3000": " ", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": " ",
                      "\uff0c": "\u3001", "\x00": " ",
                      **{chr(c): "\ufffd" for c in range(0xD800, 0xE000)}})  # lone surrogates: not text
# the characters _PRE maps other than the full-width comma: most lines have none, and a search for them is many
# times faster than translating every character of the line (the comma alone is one str.replace)
_PRE_ODD = re.compile("[\u3000\u00a0\u202f\u2009\u200b\x00\ud800-\udfff]")


def _pre(line: str) -> str:
    """`line.translate(_PRE)`, done as a replace of the full-width comma and a translation only where another
    character of _PRE occurs.

    >>> _pre("美国，中国\u3000100")
    '美国、中国 100'
    """
    if "\uff0c" in line:
        line = line.replace("\uff0c", "\u3001")
    return line.translate(_PRE) if _PRE_ODD.search(line) else line


# The full-width forms most Chinese lines hold (：（）；？！ …), each a compatibility character whose NFKC form is
# one ASCII character. Replacing them first leaves the NFKC of the line as it was (NFKC composes the
# compatibility decomposition, which a replaced character already is) but lets NFKC's quick check pass on most
# lines, where the full algorithm would decompose and recompose every character.
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")
_FULL_WIDTH_ASCII = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}


def _ascii_form(m: re.Match) -> str:
    return _FULL_WIDTH_ASCII[m.group()]


def _nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), faster on lines of full-width punctuation.

    >>> _nfkc("占比（１２．５％）：")
    '占比(12.5%):'
    """
    if _FULL_WIDTH.search(text):
        text = _FULL_WIDTH.sub(_ascii_form, text)
    return unicodedata.normalize("NFKC", text)


def _per_char(chars: list[str], index: list[int], fn) -> tuple[list[str], list[int]]:
    out_chars: list[str] = []
    out_index: list[int] = []
    for ch, ix in zip(chars, index):
        for piece in fn(ch):
            out_chars.append(piece)
            out_index.append(ix)
    return out_chars, out_index


# "１１１，１１１": between full-width digits the full-width comma is a thousands separator after all
_FW_GROUP = re.compile(r"(?<=[０-９])、(?=[０-９]{3}(?![０-９]))")
_FW_DIGIT = re.compile("[０-９]")  # (a cheap test before _FW_GROUP's search, which tries every position)


# a pronunciation gloss after a character, 产(chǎn)业(yè), is not text to match (a tone mark tells it from "(GW)")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])\([a-zü]*[{_TONED}][a-zü{_TONED}]*\)")


def normalize_line(original: str, number: int = 1) -> NormLine:
    nfkc, index, ascii_ = _before_t2s(original)
    if ascii_:
        return NormLine(number, original, nfkc, None)
    return _after_t2s(number, original, nfkc, index, _t2s().convert(nfkc))


def _before_t2s(original: str) -> tuple[str, list[int] | None, bool]:
    """The line up to its Traditional -> Simplified conversion: (text, index or None, the text is ASCII and
    final)."""
    text = _pre(original)
    if "、" in text and _FW_DIGIT.search(text) and _FW_GROUP.search(text):
        text = _FW_GROUP.sub(",", text)
    if text.isascii():
        return text, None, True
    index: list[int] | None = None
    nfkc = _nfkc(text)
    if len(nfkc) != len(text):
        chars, idx = _per_char(list(text), list(range(len(text))), lambda c: unicodedata.normalize("NFKC", c))
        nfkc, index = "".join(chars), idx
    return nfkc, index, False


def _after_t2s(number: int, original: str, nfkc: str, index: list[int] | None, conv: str) -> NormLine:
    """The NormLine of a line whose NFKC text `nfkc` OpenCC converted to `conv`."""
    if len(conv) != len(nfkc):
        idx = index if index is not None else list(range(len(nfkc)))
        chars, index = _per_char(list(nfkc), idx, _t2s().convert)
        conv = "".join(chars)
    if "(" in conv and _PINYIN.search(conv):
        idx = index if index is not None else list(range(len(conv)))
        keep = [True] * len(conv)
        for m in _PINYIN.finditer(conv):
            keep[m.start():m.end()] = [False] * (m.end() - m.start())
        conv = "".join(ch for ch, k in zip(conv, keep) if k)
        index = [ix for ix, k in zip(idx, keep) if k]
    if index is None:
        return NormLine(number, original, conv, None)
    index.append(len(original))
    return NormLine(number, original, conv, tuple(index))


def split_lines(text: str) -> list[str]:
    """Lines as the file has them ("\\n" separated), each without its "\\r\\n" or "\\n" ending."""
    lines = text.split("\n")
    return [ln[:-1] if ln.endswith("\r") else ln for ln in lines]


def normalize_text(text: str) -> list[NormLine]:
    """`[normalize_line(ln, i) for i, ln in enumerate(split_lines(text), start=1)]`, with one OpenCC call for
    all the lines that need one: joined by newlines, which no dictionary word holds, each line converts as it
    would alone (and should the pieces not come back one for one, each is converted alone)."""
    raws = split_lines(text)
    firsts = [_before_t2s(ln) for ln in raws]
    todo = [nfkc for nfkc, _, ascii_ in firsts if not ascii_]
    convs = _t2s().convert("\n".join(todo)).split("\n") if todo else []
    if len(convs) != len(todo):
        convs = [_t2s().convert(t) for t in todo]
    it = iter(convs)
    return [NormLine(i, ln, nfkc, None) if ascii_ else _after_t2s(i, ln, nfkc, index, next(it))
            for i, (ln, (nfkc, index, ascii_)) in enumerate(zip(raws, firsts), start=1)]


def to_simplified(text: str) -> str:
    """NFKC + Traditional -> Simplified, for matching words (not positions)."""
    return _t2s().convert(unicodedata.normalize("NFKC", text))


class LazyLines:
    """The normalised lines of a text for the pipeline, in bounded memory: a line is normalised when first
    needed and kept only if it holds text. Indexing (`lines[n - 1]`) gives any line; iterating yields only
    the lines with text (in order), which is all that extraction and context look at: 20 MB of newlines
    cost a list of references, not twenty million objects."""

    def __init__(self, text: str):
        self._raw = split_lines(text)
        self._kept: dict[int, NormLine] = {}

    def __len__(self) -> int:
        return len(self._raw)

    def __getitem__(self, i: int) -> NormLine:
        if i < 0:
            i += len(self._raw)
        nl = self._kept.get(i)
        if nl is None:
            nl = normalize_line(self._raw[i], i + 1)
            if nl.text.strip():
                self._kept[i] = nl
        return nl

    def __iter__(self):
        for i, raw in enumerate(self._raw):
            if raw.strip():
                nl = self[i]
                if nl.text.strip():
                    yield nl
