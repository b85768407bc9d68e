"""Plain text: the file's characters as they are (UTF-8, UTF-16/32 with a BOM, GB18030, Big5)."""
from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy Chinese encodings, told apart by charset-normalizer when the bytes are not UTF-8.
_LEGACY = ("big5", "gb18030")


def decode(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) or None when no supported encoding fits."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only for the rare non-UTF-8 file

    best = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None or best.encoding not in _LEGACY:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except UnicodeDecodeError:
        return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 BOM file mean binary."""
    head = data[:8192]
    if any(head.startswith(b) for b, _ in _BOMS):
        return False
    return b"\x00" in head
