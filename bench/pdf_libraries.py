"""Which PDF library reads analysts' PDFs best: pypdf, pdfminer.six, pypdfium2 on generated PDFs with Chinese
(Simplified and Traditional) and English text, a table, a two-column page, running headers and page numbers.

    pip install pypdf pdfminer.six reportlab    # the two candidates not chosen are not dependencies
    python bench/pdf_libraries.py

Quality: the share of paragraphs whose characters come out complete and in order (whitespace ignored), the
share of table rows whose cells come out on one line in order, and whether the left column of a two-column page
comes before the right one. Speed: pages per second, one process."""
from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "read"))
from docgen import make_pdf  # noqa: E402

EN = ["Lenovo shipped 15.2 million PCs in the first quarter of 2025, a market share of 24.1%.",
      "HP Inc. followed with 12.0 million units, up 6.5% from a year earlier, according to IDC.",
      "Global DRAM revenue reached US$27.1 billion in Q2 2025, with SK hynix holding 36.2% of the market."]
HANS = ["根据国际数据公司的统计，2025年第一季度全球个人电脑出货量为6320万台，同比增长4.9%。",
        "中金预测，到2030年中国AI基建的累计投资将超过10万亿人民币，约占全球的三成。"]
HANT = ["台積電第二季營收達9338億新台幣，年增38.6%，毛利率為58.6%。",
        "香港旅遊發展局表示，2024年訪港旅客約4450萬人次，按年上升31%。"]
TABLE = [["Vendor", "Q1 2025 shipments (M)", "Share"], ["Lenovo", "15.2", "24.1%"], ["HP Inc.", "12.0", "19.0%"],
         ["Dell", "9.8", "15.5%"]]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def extract(lib: str, path: Path) -> list[str]:
    if lib == "pypdf":
        import pypdf

        return [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]
    if lib == "pdfminer.six":
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer

        return ["".join(e.get_text() for e in page if isinstance(e, LTTextContainer)) for page in extract_pages(path)]
    if lib == "pypdfium2":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
        out = [pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf))]
        pdf.close()
        return out
    raise ValueError(lib)


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    paras = (EN + HANS + HANT) * 3
    one = make_pdf(tmp / "one.pdf", paras, header="Market Monitor | 2025年第二季", footer=True, table=TABLE,
                   page_break_every=7)
    two = make_pdf(tmp / "two.pdf", EN * 2 + HANS, columns=2, header="Two columns", footer=True)
    big = make_pdf(tmp / "big.pdf", paras * 10, header="Market Monitor", footer=True, page_break_every=6)
    print(f"{'library':14} {'paragraphs':>10} {'table rows':>10} {'2-column':>9} {'pages/s':>8}")
    for lib in ("pypdf", "pdfminer.six", "pypdfium2"):
        text = squash("".join(extract(lib, one)))
        para_ok = sum(squash(p) in text for p in set(paras)) / len(set(paras))
        pages = extract(lib, one)
        lines = [ln for p in pages for ln in p.splitlines()]
        rows_ok = sum(any(re.search(r"\s*".join(map(re.escape, "".join(r).replace(" ", ""))), squash(ln))
                          and all(c in ln for c in r) for ln in lines) for r in TABLE[1:]) / (len(TABLE) - 1)
        t2 = squash("".join(extract(lib, two)))
        left, right = squash(EN[0]), squash(HANS[0])
        cols_ok = left in t2 and right in t2 and t2.index(left) < t2.index(right)
        n = len(extract(lib, big))
        t0 = time.perf_counter()
        for _ in range(3):
            extract(lib, big)
        rate = 3 * n / (time.perf_counter() - t0)
        print(f"{lib:14} {para_ok:>10.0%} {rows_ok:>10.0%} {str(cols_ok):>9} {rate:>8.0f}")


if __name__ == "__main__":
    main()
