"""The one sanitiser for text people and CI logs read: documents' sentences, file names, ledger notes, messages.

Control characters (C0 including newline and carriage return, DEL, C1), bidirectional controls (embeddings,
overrides, isolates, marks) and line/paragraph separators become visible escapes (`\\x1b`, `\\u202e`, `\\n`),
so no input can clear a screen, set a window title, start a new line (`::add-mask::` in a GitHub log) or
reorder what is shown. A file name that is not valid UTF-8 (its undecodable bytes arrive as lone surrogates)
shows those bytes as `\\xNN`. Tabs become spaces.
"""
from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": " "}


def _escape(m: re.Match) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    n = ord(ch)
    if 0xDC80 <= n <= 0xDCFF:  # a byte of a non-UTF-8 file name (surrogateescape)
        return f"\\x{n - 0xDC00:02x}"
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def clean(text: str) -> str:
    """`text` with every unsafe character replaced by a visible escape (one line, printable, encodable)."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text
