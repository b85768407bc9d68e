"""How fast the readers are, one process: PDF pages per second, HTML and Word MB per second (reader alone,
and the whole claims pipeline), and a warm rescan of 100 PDFs, which must parse none of them (asserted
through the store: every document a hit, no PDF parsed).

    python bench/formats.py            # needs the test extra (reportlab) to write the PDFs
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "read"))
from docgen import html_of, make_docx, make_pdf  # noqa: E402

PARAS = ["Lenovo shipped 15.2 million PCs in the first quarter of 2025, a market share of 24.1%, according to IDC.",
         "HP Inc. followed with 12.0 million units, up 6.5% from a year earlier; Dell shipped 9.8 million.",
         "根据国际数据公司的统计，2025年第一季度全球个人电脑出货量为6320万台，同比增长4.9%。",
         "台積電第二季營收達9338億新台幣，年增38.6%，毛利率為58.6%。",
         "Global DRAM revenue reached US$27.1 billion in Q2 2025, with SK hynix holding 36.2% of the market."]
TABLE = [["Vendor", "Q1 2025 shipments (M)", "Share"], ["Lenovo", "15.2", "24.1%"], ["HP Inc.", "12.0", "19.0%"]]


def best(fn, repeat: int = 3) -> float:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return min(out)


def pipeline(path: Path) -> int:
    from factcheck.pipeline import run_claims

    return len(run_claims([str(path)], with_context=True).claims)


def main() -> None:
    from factcheck.read import read_file

    tmp = Path(tempfile.mkdtemp(prefix="fc-formats-"))
    pdf = make_pdf(tmp / "report.pdf", (PARAS * 4 + [TABLE]) * 40, header="Market Monitor | 2025", footer=True,
                   page_break_every=21)
    import pypdfium2

    pages = len(pypdfium2.PdfDocument(str(pdf)))
    t = best(lambda: read_file(pdf))
    tp = best(lambda: pipeline(pdf), 1)
    print(f"PDF   {pages} pages, {pdf.stat().st_size / 1e6:.2f} MB: reader {pages / t:,.0f} pages/s; "
          f"with extraction and context {pages / tp:,.0f} pages/s")

    html = tmp / "page.html"
    html.write_text(html_of([p for _ in range(600) for p in (PARAS + [None])]), encoding="utf-8")
    mb = html.stat().st_size / 1e6
    t = best(lambda: read_file(html))
    tp = best(lambda: pipeline(html), 1)
    print(f"HTML  {mb:.2f} MB: reader {mb / t:.1f} MB/s; with extraction and context {mb / tp:.2f} MB/s")

    docx = make_docx(tmp / "note.docx", PARAS * 400, table=TABLE * 20)
    mb = docx.stat().st_size / 1e6
    t = best(lambda: read_file(docx))
    tp = best(lambda: pipeline(docx), 1)
    paras = len(PARAS) * 400 + len(TABLE) * 20 * len(TABLE[0])
    print(f"DOCX  {mb:.2f} MB ({paras} paragraphs and cells): reader {mb / t:.1f} MB/s ({paras / t:,.0f} paragraphs/s); "
          f"with extraction and context {mb / tp:.2f} MB/s")

    folder = tmp / "hundred"
    folder.mkdir()
    for i in range(100):
        make_pdf(folder / f"r{i:03}.pdf", [f"Vendor {i} held {i % 40 + 0.5}% of the global PC market in Q1 2025."]
                 + PARAS[:2])
    warm_rescan(folder, tmp / "claims.sqlite3")


def warm_rescan(folder: Path, store_path: Path) -> None:
    import factcheck.read.pdf as pdf_reader
    from factcheck.pipeline import run_claims
    from factcheck.store import ClaimStore, extractor_version

    parsed = []
    real = pdf_reader.read

    def counting(data):
        parsed.append(1)
        return real(data)

    pdf_reader.read = counting
    times = []
    for label in ("cold", "warm"):
        parsed.clear()
        store = ClaimStore(store_path, extractor_version())
        t0 = time.perf_counter()
        run = run_claims([str(folder)], with_context=True, store=store)
        times.append(time.perf_counter() - t0)
        print(f"100 PDFs {label}: {times[-1]:.2f} s, {len(run.claims)} claims, {len(parsed)} PDFs parsed, "
              f"store hits {store.hits}, misses {store.misses}")
        if label == "warm":
            assert store.hits == 100 and store.misses == 0 and not parsed, "a warm rescan parsed a PDF"
        store.close()
    pdf_reader.read = real


if __name__ == "__main__":
    main()
