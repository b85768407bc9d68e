"""Markdown: the prose of a `.md` file, line for line, without what is not text.

Left out (their characters vanish, the columns of what stays are kept in the map):
code blocks and code spans, HTML comments and tags, link targets (`[IDC](https://…/2025)` reads "IDC"),
images, reference definitions, footnote markers (`[^3]`), blockquote markers (`> 70%` is "70%", never
"over 70%"), emphasis delimiters (`**70**%` is "70%"), backslash escapes, thematic breaks, setext underlines.
Kept: heading marks (`# `), list markers and pipe tables (`| Vendor | Share |`), which the context stage reads
as structure. Front matter (`---` … `---` at the top) is metadata: its `date:` is the document's date.

Each line of the text handed on is the same line of the file, so positions are the file's line and column.
"""
from __future__ import annotations

import html as _html
import re

from .origin import Builder, Origin

_TOKEN = re.compile(r"""
  (?P<code>(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`))
| (?P<comment><!--.*?(?:-->|$))
| (?P<image>!\[[^\]]*\]\([^)]*\))
| (?P<fnref>\[\^[^\]\s]+\])
| (?P<linkopen>\[)(?=[^\]\[]*\](?:\([^)]*\)|\[[^\]]*\]))
| (?P<linktail>\](?:\([^)]*\)|\[[^\]]*\]))
| (?P<autolink><(?:https?|ftp|mailto):[^>\s]*>)
| (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
| (?P<escape>\\(?=[!-/:-@\[-`{-~]))
| (?P<entity>&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
| (?P<emph>\*+|_+|~~+)
""", re.X)
_QUOTE = re.compile(r"^(?:[ ]{0,3}>[ ]?)+")
_FOOTDEF = re.compile(r"^[ ]{0,3}\[\^[^\]\s]+\]:[ ]?")
_REFDEF = re.compile(r"^[ ]{0,3}\[[^\]^][^\]]*\]:\s*\S+")
_RULE = re.compile(r"^[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_DATE = re.compile(r"""^date\s*:\s*["']?((?:19|20)\d{2}(?:-\d{1,2}(?:-\d{1,2})?)?)""", re.I)


def _front_matter(lines: list[str]) -> tuple[int, str | None]:
    """(number of front-matter lines, its date) for YAML (`---`) or TOML (`+++`) front matter."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0, None
    fence = lines[0].strip()
    date = None
    for i in range(1, min(len(lines), 200)):
        s = lines[i].strip()
        if s == fence or (fence == "---" and s == "..."):
            return i + 1, date
        m = _DATE.match(s.replace("=", ":", 1) if fence == "+++" else s)
        if m and date is None:
            date = m.group(1)
    return 0, None


def _skipped_lines(text: str, lines: list[str]) -> set[int]:
    """0-based numbers of lines inside code blocks and HTML comment, script or style blocks (markdown-it)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    out: set[int] = set()
    for tok in md.parse(text):
        if tok.map is None:
            continue
        a, b = tok.map
        if tok.type in ("fence", "code_block"):
            out.update(range(a, b))
        elif tok.type == "html_block":
            head = tok.content.lstrip().lower()
            if head.startswith(("<!--", "<script", "<style", "<pre", "<?", "<![cdata")):
                out.update(range(a, b))
        elif tok.type == "hr":
            out.update(range(a, b))
    return out


def _emphasis(line: str, s: int, e: int) -> bool:
    """A run of * _ ~ at [s, e) is an emphasis delimiter (to drop), not a literal (3 * 4, snake_case, a bullet)."""
    before = line[s - 1] if s > 0 else " "
    after = line[e] if e < len(line) else " "
    if before.isspace() and after.isspace():
        return False
    if before.isalnum() and after.isalnum():
        return line[s] == "~"  # intraword * and _ stay (3*4, snake_case); ~~ strikes through
    return True


def read(text: str) -> tuple[str, Origin, str | None]:
    raw = text.split("\n")
    raw = [ln[:-1] if ln.endswith("\r") else ln for ln in raw]
    n_front, date = _front_matter(raw)
    body = ["" if i < n_front else ln for i, ln in enumerate(raw)]
    skip = _skipped_lines("\n".join(body), body) if any(body) else set()
    b = Builder()
    in_comment = False
    for i, line in enumerate(body):
        number = i + 1
        if i < n_front or i in skip or _RULE.match(line) or _REFDEF.match(line):
            b.end_line(keep_empty=True)
            continue
        pos = 0
        if in_comment:
            close = line.find("-->")
            if close < 0:
                b.end_line(keep_empty=True)
                continue
            in_comment, pos = False, close + 3
        m = _QUOTE.match(line, pos) if pos == 0 else None
        if m:
            pos = m.end()
        m = _FOOTDEF.match(line, pos)
        if m:
            pos = m.end()
        while pos < len(line):
            t = _TOKEN.search(line, pos)
            if t is None:
                b.add(line[pos:], number, pos)
                break
            b.add(line[pos:t.start()], number, pos)
            kind = "code" if t.group("code") else t.lastgroup
            if kind == "comment" and not t.group().endswith("-->"):
                in_comment = True
            elif kind == "entity":
                b.add(_html.unescape(t.group()), number, t.start())
            elif kind == "emph" and not _emphasis(line, t.start(), t.end()):
                b.add(t.group(), number, t.start())
            pos = t.end()
        b.end_line(keep_empty=True)
    out, origin = b.result()
    return out, origin, date
