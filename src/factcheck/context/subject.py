"""Subject: who or what a figure is about.

Forms it reads (→ the subject of the figure):

- the nearest name before the figure in its sentence, known or not: "Lenovo shipped 15.2 million units"
  → Lenovo; "Samsung led with 41%, ahead of SK hynix at 32%" → SK hynix for 32%; an unknown name closer to
  the figure wins over a known one further away;
- else the first name after it in its clause: "24.1% for Lenovo" → Lenovo;
- a comparator: "是美国的3倍" → China/US when another name precedes (A is 3× B);
- respectively: "A和B分别为5.1%和3.9%", "A and B had 5.3% and 3.9% respectively" → in order;
- a pronoun or definite description (its, the company, the firm, 该公司, 公司, 其) → the subject of the
  sentence before ("Lenovo led the market. Its share reached 24.1%" → Lenovo);
- a table cell → its row header ("| Lenovo | 24.1% |" → Lenovo), unless the row is a total;
- nationality adjectives qualify and never make a subject ("the Korean memory maker" → no subject Korea);
- sources are not subjects ("according to IDC", "Canalys data show": see source.py);
- no name at all: the figure is about a market or sector (subject None), which its object and scope say.
"""
from __future__ import annotations

import re

from .names import Mention
from .view import View

_TOTAL_ROW = re.compile(r"^(?:total|others?|all|合计|总计|总和|其他|其它|全球|worldwide|global|grand total)\b", re.I)


def carried(mentions: list[Mention]) -> str | None:
    """The name a sentence hands on to the next one's pronouns: its first named entity."""
    for m in mentions:
        if m.role == "entity":
            return m.name
    return None


def respectively(view_text: str, low: str, sentence: tuple[int, int], mentions: list[Mention],
                 spans: list[tuple[int, int]]) -> dict[int, str]:
    """A和B分别为5.1%和3.9%; A and B ... respectively: the i-th figure belongs to the i-th name."""
    out: dict[int, str] = {}
    ss, se = sentence
    for m in re.finditer(r"分别|respectively", low[ss:se]):
        at = ss + m.start()
        en = m.group() == "respectively"
        names: list[str] = []
        for x in mentions:
            if x.role == "entity" and ss <= x.start < se and x.name not in names and (x.start < at or en):
                if en and x.start > at:
                    continue
                names.append(x.name)
        figs = [k for k, (s, e) in enumerate(spans) if ss <= s < se and (s > at or en)]
        if len(names) >= 2 and len(names) == len(figs):
            for k, name in zip(figs, names):
                out[k] = name
    return out


def subject(v: View, mentions: list[Mention], carry: str | None, unit: str, row_header: str | None,
            row_entity: str | None) -> tuple[str | None, str]:
    """(subject, how): how = named, pronoun, comparator, table, market."""
    if v.block.kind == "row" and row_header is not None:
        if _TOTAL_ROW.match(row_header) or not row_header:
            return None, "market"
        return row_entity or row_header, "table"
    usable = [m for m in mentions if m.role in ("entity", "pronoun") and v.ss <= m.start and m.end <= v.se]
    before = [m for m in usable if m.end <= v.s]
    if before:
        last = before[-1]
        gap = v.text[last.end:v.s]
        if last.role == "entity" and gap.startswith("的") and len(gap) <= 6 and unit in ("times", "percent"):
            earlier = [m for m in before[:-1] if m.role == "entity" and m.name != last.name]
            if earlier:
                return f"{earlier[-1].name}/{last.name}", "comparator"
        if last.role == "pronoun":
            named = [m for m in before if m.role == "entity"]
            if carry is None and named:
                return named[-1].name, "named"
            return (carry, "pronoun") if carry else (None, "market")
        return last.name, "named"
    after = [m for m in usable if m.start >= v.e and m.end <= v.ce]
    if after:
        first = after[0]
        if first.role == "pronoun":
            return (carry, "pronoun") if carry else (None, "market")
        return first.name, "named"
    return None, "market"
