"""Re-anchoring a stale highlight in one book-long paragraph: linear in the text, bounded.

    python benchmarks/anchors.py [--megabytes 1 2 4]

A paragraph of one common sentence repeated (the quote occurs in every sentence) with one
occurrence set apart by its context; the article changed before the highlight, so every
occurrence is a candidate. Prints the time of ``relocate`` at each size, with the context
intact (found by one search) and with the context edited (every occurrence weighed, up to
MAX_CANDIDATES), and the time per megabyte: equal times per megabyte mean linear.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.userdata.anchors import MAX_CANDIDATES, make_anchor, relocate

SENTENCE = "Қазақ даласы кең және әдемі. "
MARKED = "Ерекше белгі: Қазақ даласы кең, бұл жер ерекше. "


def paragraph(megabytes: float) -> str:
    repeats = int(megabytes * 1e6 / len(SENTENCE.encode("utf-8")))
    return SENTENCE * (repeats * 3 // 4) + MARKED + SENTENCE * (repeats - repeats * 3 // 4)


def timed(anchor, texts) -> tuple[float, object]:
    started = time.perf_counter()
    found = relocate(anchor, texts)
    return time.perf_counter() - started, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, nargs="+", default=[1.0, 2.0, 4.0])
    args = parser.parse_args()
    print(f"relocate, one paragraph; at most {MAX_CANDIDATES:,} occurrences weighed")
    for size in args.megabytes:
        old = paragraph(size)
        start = old.index("даласы кең, бұл")
        anchor = make_anchor([old], 0, start, start + len("даласы"))
        intact, found = timed(anchor, ["Кіріспе. " + old])
        assert found is not None
        edited, found = timed(anchor, ["Кіріспе. " + old.replace("Ерекше белгі:", "Басқа белгі:")])
        assert found is not None
        count = old.count("даласы")
        print(
            f"{size:4.1f} MB, {count:>7,} occurrences: context intact {intact * 1000:7.1f} ms, "
            f"context edited {edited * 1000:7.1f} ms ({edited / size * 1000:.0f} ms per MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
