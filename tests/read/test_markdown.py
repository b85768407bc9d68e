"""read/markdown.py: code, comments, link targets, footnote markers are not text; emphasis and blockquote
markers are not part of a figure; pipe tables feed the context stage; front matter dates the document."""
from __future__ import annotations

from helpers_read import at, by_text, claims_of, same_findings

NOTE = """---
title: "PC market notes 2019"
date: 2024-05-02
tags: [pc, 99]
---
# PC market

> Lenovo held 70% of the global PC market this year.

HP held **20**% of the global PC market, says [IDC](https://idc.com/2023/55-percent).[^1]

Install with `pip install factcheck==3.5` and run it.

```python
share = 45  # 45%
```

<!-- draft: Dell held 33% -->

| Vendor | Q1 2024 share |
|---|---|
| Dell | *17.5%* |

[^1]: IDC, May 2024.
"""

PLAIN = """# PC market

Lenovo held 70% of the global PC market this year.

HP held 20% of the global PC market, says IDC.

| Vendor | Q1 2024 share |
|---|---|
| Dell | 17.5% |
"""


def test_only_prose_figures_at_their_place_in_the_file(tmp_path):
    p = tmp_path / "note.md"
    p.write_text(NOTE, encoding="utf-8")
    cs = by_text(claims_of(p))
    assert sorted(cs) == ["17.5%", "20%", "70%"]
    for text, c in cs.items():
        assert at(NOTE, c.line, c.column).startswith(text[:2])
    assert (cs["70%"].line, cs["70%"].column) == (8, 15)
    assert at(NOTE, cs["20%"].line, cs["20%"].column).startswith("20**% of")
    assert cs["20%"].end_column == cs["20%"].column + 5  # "20**%": the span covers the figure as written


def test_blockquote_and_emphasis_markers_are_not_hedges(tmp_path):
    p = tmp_path / "note.md"
    p.write_text(NOTE, encoding="utf-8")
    cs = by_text(claims_of(p))
    assert cs["70%"].qualifier is None and cs["70%"].value == 70
    assert cs["20%"].qualifier is None and cs["20%"].value == 20


def test_table_cells_take_their_row_and_column_headers(tmp_path):
    p = tmp_path / "note.md"
    p.write_text(NOTE, encoding="utf-8")
    dell = by_text(claims_of(p))["17.5%"]
    assert dell.subject == "Dell" and dell.period == "2024-Q1" and dell.context.measure == "share"


def test_front_matter_date_is_the_documents_date(tmp_path):
    p = tmp_path / "note.md"
    p.write_text(NOTE, encoding="utf-8")
    assert by_text(claims_of(p))["70%"].period == "2024"  # "this year" of a note dated 2024-05-02
    undated = tmp_path / "undated.md"
    undated.write_text(NOTE.replace("date: 2024-05-02", "date: 2021-01-01"), encoding="utf-8")
    assert by_text(claims_of(undated))["70%"].period == "2021"


def test_same_findings_as_the_same_text_in_a_txt(tmp_path):
    md, txt = tmp_path / "a.md", tmp_path / "a.txt"
    md.write_text(NOTE, encoding="utf-8")
    txt.write_text(PLAIN, encoding="utf-8")
    same_findings(claims_of(md), claims_of(txt))
