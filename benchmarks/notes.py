"""Highlights at scale: 10,000 on the article 1,000 times over, against the same article with none.

    python benchmarks/notes.py [--scale 1000] [--highlights 10000]

Prints, measured in one run: opening the article in the window and painting it with and
without the highlights (the ratio is the figure), the time to add one highlight, and the
time to fill the notes panel. Targets (docs/benchmarks.md): ratio <= 1.1, add <= 5 ms, panel <= 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def big_article(scale: int):
    """The article's sections repeated ``scale`` times (ids made unique), as one long article."""
    from desktop.ui.resources import bundled_article

    article = bundled_article()
    sections = []
    for copy in range(scale):
        for section in article.sections:
            lead = copy == 0 and not section.heading_in_text
            sections.append(section._replace(id=f"{section.id}-{copy}", heading_in_text=not lead))
    return article.replace(sections=tuple(sections))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1000)
    parser.add_argument("--highlights", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="oqyrman-notes-bench-")
    os.environ["XDG_DATA_HOME"] = scratch

    from PySide6.QtCore import QCoreApplication

    from desktop.ui.app import create_application
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.paths import notes_path
    from desktop.ui.preferences import Preferences
    from desktop.userdata.anchors import make_anchor
    from desktop.userdata.annotations import AnnotationStore, new_annotation, text_hash

    app, family = create_application()
    article = big_article(args.scale)
    texts = [p.text for p in article.passages]
    print(f"article: {len(texts)} passages, {sum(map(len, texts)) / 1e6:.1f} M characters")

    rng = random.Random(2025)
    fingerprint = text_hash(article)
    store = AnnotationStore(notes_path())
    made = []
    for _ in range(args.highlights):
        passage = rng.randrange(len(texts))
        text = texts[passage]
        start = rng.randrange(max(1, len(text) - 12))
        made.append(
            new_annotation("bench", article, make_anchor(texts, passage, start, min(len(text), start + 10)),
                           color=rng.choice(["yellow", "green", "blue", "pink"]), fingerprint=fingerprint)
        )  # fmt: skip
    store.merge(made)
    store.close()

    def open_and_paint(key: str) -> float:
        """From show() until the highlights are loaded (after the first paint, as at a start) and painted."""
        window = MainWindow(article, Preferences(Path(scratch) / f"{key}.ini"), family, use_library=False)
        window.article_key = lambda: key  # type: ignore[method-assign]
        start = time.perf_counter()
        window.show()
        while window.annotations.key != key:
            QCoreApplication.processEvents()
        window.reading_pane.viewport().repaint()
        QCoreApplication.processEvents()
        elapsed = time.perf_counter() - start
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        return elapsed

    without, with_ = [], []
    for _ in range(args.repeat):
        without.append(open_and_paint("none"))
        with_.append(open_and_paint("bench"))
    base, marked = statistics.median(without), statistics.median(with_)
    print(f"open and paint: none {base * 1000:.0f} ms, {args.highlights} highlights {marked * 1000:.0f} ms,"
          f" ratio {marked / base:.2f} (target <= 1.1)")  # fmt: skip

    window = MainWindow(article, Preferences(Path(scratch) / "add.ini"), family, use_library=False)
    window.article_key = lambda: "bench"  # type: ignore[method-assign]
    window.show()
    window.load_annotations()
    timings = []
    for number in range(5):
        cursor = window.reading_pane.passage_cursor(number, 0, 5)
        window.reading_pane.setTextCursor(cursor)
        start = time.perf_counter()
        window.marking.highlight_selection()
        timings.append(time.perf_counter() - start)
    print(
        f"add one highlight (store, reload, repaint): median {statistics.median(timings) * 1000:.1f} ms (target <= 5)"
    )
    from desktop.ui.notes_panel import NotesPanel

    start = time.perf_counter()
    panel = NotesPanel(window.annotations, article)
    panel.resize(300, 700)
    panel.show()
    QCoreApplication.processEvents()
    rows = panel.model.rowCount()
    print(f"notes panel: {rows} rows filled and shown in {(time.perf_counter() - start) * 1000:.0f} ms (target <= 100)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
