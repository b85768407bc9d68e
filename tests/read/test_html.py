"""read/html.py: the visible text of the main content, inline markup removed without breaking a figure,
entities decoded, tables as rows with headers; positions in the HTML source."""
from __future__ import annotations

from helpers_read import at, by_text, claims_of, same_findings

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta property="article:published_time" content="2025-03-04T08:00:00Z">
  <title>PC market: 2025 in 12 charts</title>
  <style>.bar { width: 100%; margin: 12px; } @media (max-width: 640px) { .bar { width: 50% } }</style>
  <script>var ratio = 0.75; var width = 300; window.dataLayer = [{"share": 88}];</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/top-10">Top 10</a> <a href="/2024">2024 archive</a></nav>
  <header class="site"><span>Subscribe for $9.99 a month</span></header>
  <main>
    <article>
      <h1>Lenovo extends its lead</h1>
      <p>Lenovo held <strong>70</strong>% of the
         global PC market in 2024, according to <a href="https://idc.com/r/2024/55">IDC</a>.</p>
      <p>HP&nbsp;Inc. held 20&#37; of the global PC market in 2024 &amp; Dell held 15%.</p>
      <table>
        <thead><tr><th>Vendor</th><th>Q1 2025 share</th></tr></thead>
        <tbody><tr><td>Acer</td><td><em>8.5</em>%</td></tr></tbody>
      </table>
    </article>
    <aside>Related: 5 reasons PCs are back</aside>
  </main>
  <footer>© 2025 Example News · 123 Main Street · page 3 of 12</footer>
</body>
</html>
"""

PLAIN = """Lenovo extends its lead
Lenovo held 70% of the global PC market in 2024, according to IDC.
HP Inc. held 20% of the global PC market in 2024 & Dell held 15%.

| Vendor | Q1 2025 share |
| --- | --- |
| Acer | 8.5% |
"""


def test_only_the_articles_figures_at_their_place_in_the_source(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    cs = by_text(claims_of(p))
    assert sorted(cs) == ["15%", "20%", "70%", "8.5%"]
    assert (cs["70%"].line, cs["70%"].column) == (16, 30)
    assert at(PAGE, cs["70%"].line, cs["70%"].column).startswith("70</strong>%")
    assert at(PAGE, cs["20%"].line, cs["20%"].column).startswith("20&#37;")
    assert at(PAGE, cs["8.5%"].line, cs["8.5%"].column).startswith("8.5</em>%")


def test_inline_markup_is_no_hedge(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    c = by_text(claims_of(p))["70%"]
    assert c.qualifier is None and c.value == 70 and c.subject == "Lenovo"


def test_a_conflict_across_html_and_text_is_found(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "note.txt").write_text("Lenovo held 75% of the global PC market in 2024.\n", encoding="utf-8")
    from factcheck.pipeline import run_scan

    run = run_scan([str(tmp_path)])
    verdicts = {f.verdict for f in run.findings if {c.text for c in f.claims} == {"70%", "75%"}}
    assert verdicts == {"conflict"}


def test_table_cells_take_their_headers(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    acer = by_text(claims_of(p))["8.5%"]
    assert acer.subject == "Acer" and acer.period == "2025-Q1" and acer.context.measure == "share"


def test_same_findings_as_the_same_text_in_a_txt(tmp_path):
    html, txt = tmp_path / "a.html", tmp_path / "a.txt"
    html.write_text(PAGE, encoding="utf-8")
    txt.write_text(PLAIN, encoding="utf-8")
    same_findings(claims_of(html), claims_of(txt))
