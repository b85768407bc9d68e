"""Plain data passed between the pipeline stages. Every stage takes and returns these frozen dataclasses."""
from __future__ import annotations

from dataclasses import dataclass, field

from .quickinit import quick_init


@dataclass(frozen=True)
class Document:
    """A source file as text. For plain text, `text` is exactly the file's characters (line endings kept);
    for other formats it is the text a reader sees (lines for matching) and `origin` maps it back to the file."""

    path: str  # as the user named it or as found under a named folder, with "/" separators
    text: str
    encoding: str
    sha256: str
    size: int
    origin: object | None = None  # read.origin.Origin: where each character of `text` stands in the file
    format: str = "text"  # text, markdown, html, pdf, docx
    date: str | None = None  # the document's own date (Markdown front matter `date:`), ISO


@dataclass(frozen=True)
class Skipped:
    """A file the reader could not use, and why (one line, for a warning)."""

    path: str
    reason: str
    kind: str  # "binary", "encoding", "unreadable", "too_large", "unsupported", "empty", "no_text"


@dataclass(frozen=True)
class ReadResult:
    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]


@quick_init
@dataclass(frozen=True)
class Context:
    """What a figure is about (filled by the context stage, one facet a module: see factcheck/context/)."""

    subject: str | None  # an entity (canonical or as written); None: a market or sector
    topics: tuple[str, ...]  # the object: concept keys, sorted
    measure: str | None  # share, growth, change, multiple, level, percent, relative (a percentage of a past level)
    basis: tuple[str, ...]  # capacity / output, adjusted, top, forecast
    scope: str | None  # global, domestic, a country
    modifiers: tuple[str, ...]  # qualifiers: nationality adjectives
    period: str | None  # 2025, 2025-Q2, 2025-H1, 2025-05, FY2024, 2020..2024
    metric: str | None  # human-readable: "global PC shipments share"
    words: tuple[str, ...] = ()  # the object's words no vocabulary knows (Latin stems, Chinese character pairs)
    base: str | None = None  # what a change is measured against: yoy, qoq, mom, "vs 2019"
    source: str | None = None  # who says so
    how: str | None = None  # how the subject was found: named, pronoun, table, comparator, respectively, item, market
    period_hint: str | None = None  # an undated figure: the period its document opens with (a preference only)
    aka: tuple[str, ...] = ()  # the subject's other names its page declares ("Uluru, also known as Ayers Rock")


@quick_init
@dataclass(frozen=True)
class Claim:
    """One numeric claim. Positions refer to the original file: 1-based line, 1-based code-point columns,
    `end_column` one past the last character."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    written_value: float | None
    written_unit: str
    qualifier: str | None
    sentence: str
    kind: str  # percent, percentage_points, times, money, physical, count, ratio, rank
    subject: str | None = None
    metric: str | None = None
    period: str | None = None
    noun: str | None = field(default=None)  # counted noun or unit word as written ("家", "个基站")
    decimals: int = 0  # digits after the point as written: the precision of the figure
    written_low: float | None = None  # low and high in the written unit (8- to 16-meter: 8 and 16 meter)
    written_high: float | None = None
    per: float | None = None  # the base a rate is stated per ("13.7 deaths per 100,000", 每10万人中有26.6人: 100000)
    page: int | None = None  # PDF: the page; `line` is then the line on that page
    cell: str | None = None  # Word: the table cell ("table 1, row 2, column 3"); `line` is the paragraph
    context: Context | None = None


def renamed(claims: list[Claim], names: dict[str, str]) -> list[Claim]:
    """The claims, each whose subject `names` maps filed under the name it maps to (the claim's and its frame's)."""
    from dataclasses import replace

    return [replace(c, subject=names[c.context.subject], context=replace(c.context, subject=names[c.context.subject]))
            if c.context is not None and c.context.subject in names else c for c in claims]


def position(c: Claim) -> str:
    """Where a person finds the figure: FILE:LINE:COL, or FILE:pPAGE:LINE:COL in a PDF."""
    page = f"p{c.page}:" if c.page is not None else ""
    return f"{c.path}:{page}{c.line}:{c.column}"
