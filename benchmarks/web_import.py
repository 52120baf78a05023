"""Saved web pages: how much of each article the importer keeps (F1, precision, recall) and how fast.

Reads every hand-marked page in tests/data/web (the page's bytes as a browser saved them, and
its body marked by hand in the .txt beside it), imports it as the reader does
(``web_page.read_web_page``) and compares the text kept with the marked body, in runs of four
words as the public article-extraction benchmarks count: precision (how much of what was kept
is the article), recall (how much of the article was kept), F1, each the mean over pages.
A page whose article is refused ("no readable text") counts as F1 0 and is named. Time is
the median over pages of the fastest of ``--repeat`` imports (decoding, parsing, extraction).

    python benchmarks/web_import.py [--repeat 5] [--pages] [--folder DIR]

``--folder`` measures another folder laid out the same way (NAME.html, NAME.txt).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import machine_line

from desktop.content.formats.web_page import read_web_page
from tests.helpers.web_gold import PAGES, pages, scores


def extracted_text(data: bytes) -> str:
    """The article's text as the reader shows it, the title (the lead section's name) left out."""
    _info, builder = read_web_page(data)
    if not builder.has_text():
        return ""
    article = builder.build("", dt.date(2000, 1, 1), "")
    return "\n".join(passage.text for passage in article.passages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", action="store_true", help="print every page's figures")
    parser.add_argument(
        "--folder", type=Path, default=PAGES, help="pages and their marked bodies (NAME.html, NAME.txt)"
    )
    args = parser.parse_args()
    rows = []
    for page in pages(args.folder):
        data = page.html.read_bytes()
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            text = extracted_text(data)
            times.append(time.perf_counter() - start)
        precision, recall, f1 = scores(text, "\n".join(page.gold))
        rows.append((page.name, precision, recall, f1, min(times) * 1000, len(data), not text))
    print(machine_line())
    if args.pages:
        for name, precision, recall, f1, ms, size, refused in rows:
            flag = "  REFUSED" if refused else ""
            print(
                f"{name:40} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  {ms:6.1f} ms  {size // 1024:4d} KiB{flag}"
            )
    refused = [row[0] for row in rows if row[6]]
    print(f"pages: {len(rows)}, refused: {len(refused)}" + (f" ({', '.join(refused)})" if refused else ""))
    print(
        f"F1 {statistics.mean(row[3] for row in rows):.3f}  "
        f"precision {statistics.mean(row[1] for row in rows):.3f}  "
        f"recall {statistics.mean(row[2] for row in rows):.3f}"
    )
    print(
        f"ms per page: median {statistics.median(row[4] for row in rows):.1f}, "
        f"max {max(row[4] for row in rows):.1f} (largest page {max(row[5] for row in rows) // 1024} KiB)"
    )


if __name__ == "__main__":
    main()
