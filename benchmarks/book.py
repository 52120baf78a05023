"""Long articles (books) in the reader, side by side with a bare Qt text window.

Books of 1, 8, 32 and 64 MiB of plain text are generated from the bundled article's words
(paragraphs of 40 to 120 words, seeded) and, for each size, in fresh processes (offscreen):

- bare window: a QTextBrowser given the file's text (``setPlainText``), shown: seconds from
  before PySide6 is imported to its first paint;
- the reader: ``oqyrman --open FILE --self-test`` (load, lay out, paint): its first paint from
  its ``main``, or
  the message it refuses the file with (the article limit, ``MAX_ARTICLE_BYTES``);
- the article's search index, built on a worker thread as the window does after its first
  paint, while a 10 ms timer runs on the GUI thread: time to ready, the longest gap between
  the timer's ticks (an event-loop stall), and the first search after it is ready.

    python benchmarks/book.py [--sizes 1 8 32 64]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import machine_line

ROOT = Path(__file__).resolve().parent.parent
TARGET_PAINT = 1.5
TARGET_STALL_MS = 100.0
TARGET_FIRST_SEARCH_MS = 300.0


def generate(path: Path, mib: int, seed: int = 2025) -> None:
    from desktop.content import load_article

    article = load_article(ROOT / "resources" / "content" / "article.md")
    words = [word for passage in article.passages for word in passage.text.split()]
    chooser = random.Random(seed)
    pieces = ["Ұзақ кітап\n\n"]
    size = 0
    while size < mib * 2**20:
        paragraph = " ".join(chooser.choices(words, k=chooser.randint(40, 120))).capitalize() + "\n\n"
        pieces.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    path.write_text("".join(pieces), encoding="utf-8")


def bare(path: Path) -> float:
    """In this process: a bare QTextBrowser with the file's text, shown; seconds to its first paint.

    Counted from before PySide6 is imported, as the reader's self-test counts from its ``main``.
    """
    started = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication([])
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    browser = QTextBrowser()
    watch = Watch()
    browser.viewport().installEventFilter(watch)
    browser.setPlainText(path.read_text(encoding="utf-8"))
    browser.resize(1000, 800)
    browser.show()
    while not painted:
        app.processEvents()
    del app
    return painted[0] - started


def index(path: Path) -> dict[str, float]:
    """In this process: the window's background build of the article's index, with a 10 ms timer beside it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.content import load_article
    from desktop.ui.search.controller import SearchController

    app = QApplication([])
    article = load_article(path)
    controller = SearchController(article)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    controller.prepare()
    controller.set_query("сапарына")
    while controller.result is None:
        app.processEvents()
    ready = time.perf_counter() - started
    timer.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    search_started = time.perf_counter()
    controller.set_query("Ресейге")
    controller.search_now()
    first_search = time.perf_counter() - search_started
    del app
    return {
        "ready_s": round(ready, 2),
        "longest_stall_ms": round(max(gaps, default=0) * 1000, 1),
        "search_ms": round(first_search * 1000, 1),
        "hits": controller.result.total if controller.result else 0,
    }


def reader(path: Path, home: Path) -> dict[str, object]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
                   "XDG_CONFIG_HOME": str(home / "config")}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--open", str(path), "--self-test"],
        cwd=ROOT, env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode:
        return {"refused": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return {"first_paint_s": round(report["first_paint_ms"] / 1000, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 8, 32, 64])
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.bare:
        print(json.dumps({"bare_s": round(bare(args.bare), 2)}))
        return 0
    if args.index:
        print(json.dumps(index(args.index)))
        return 0
    print(machine_line())
    with tempfile.TemporaryDirectory(prefix="oqyrman-book-bench-") as scratch_name:
        scratch = Path(scratch_name)
        for mib in args.sizes:
            path = scratch / f"book-{mib}.txt"
            generate(path, mib)
            run = [sys.executable, __file__]
            figures = json.loads(subprocess.run([*run, "--bare", str(path)], check=True, capture_output=True,
                                                text=True, cwd=ROOT).stdout)  # fmt: skip
            figures |= reader(path, scratch / f"home-{mib}")
            if "refused" not in figures:
                figures |= json.loads(subprocess.run([*run, "--index", str(path)], check=True, capture_output=True,
                                                     text=True, cwd=ROOT).stdout)  # fmt: skip
            print(f"\n{mib} MiB: bare QTextBrowser first paint {figures['bare_s']} s")
            if "refused" in figures:
                print(f"  the reader refuses it: {figures['refused']}")
                continue
            ratio = figures["first_paint_s"] / figures["bare_s"]
            verdict = "within" if ratio <= TARGET_PAINT else "OVER"
            print(f"  the reader's first paint {figures['first_paint_s']} s = {ratio:.2f}x ({verdict} {TARGET_PAINT}x)")
            stall = "within" if figures["longest_stall_ms"] <= TARGET_STALL_MS else "OVER"
            print(f"  search index ready {figures['ready_s']} s after the build began; longest event-loop stall "
                  f"meanwhile {figures['longest_stall_ms']} ms ({stall} {TARGET_STALL_MS:.0f} ms); "
                  f"next search {figures['search_ms']} ms, {figures['hits']} hits")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
