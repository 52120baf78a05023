"""Long articles (books) in the reader, side by side with a bare Qt text window.

Books of 1, 8, 32 and 64 MiB of plain text are generated from the bundled article's words
(paragraphs of 40 to 120 words, seeded) and, for each size, in fresh processes (offscreen),
taken in turn ``--runs`` times (medians):

- bare window: a QTextBrowser given the file's text (``setPlainText``), shown: seconds from
  before PySide6 is imported to its first paint; its peak memory once its text is laid out;
- the reader: ``oqyrman --open FILE --self-test`` (load, lay out the first screen, paint): its
  first paint from its ``main``, or the message it refuses the file with (``MAX_ARTICLE_BYTES``);
- the window at work after its first paint, once (``--window``): the reading pane building
  the rest of the book in slices (of a long book, the rest of the window of it the document
  holds) and the article's search index built on a worker thread, with a 10 ms timer on the
  GUI thread: the longest gap between its ticks (an event-loop stall) until both are done, from
  the first tick and from the paint (the window's own after-paint start included), the time to
  each, the first search once the index is ready, the reader taking the scroll bar to the
  book's end (the time, and whether the book's last line is then on screen), and the
  process's peak memory.

    python benchmarks/book.py [--sizes 1 8 32 64] [--runs 3] [--formats txt html epub] [--before DIR]

``--formats`` takes the book as plain text (the default), a saved web page or an EPUB (below); the
bare window is given its plain text in each case. ``--before DIR`` also takes an older checkout's
first paint (``DIR/desktop``, as below) in turn with the reader's.

``--file-open`` times instead File → Open in a running window (the bundled article shown, the
window's start over) of a book of ``--sizes`` MiB of text as ``.txt``, ``.epub`` (200 chapters)
and ``.html`` (a saved page): from the open to the first paint of the book's text, the longest
event-loop stall (a 10 ms timer) from just before the open until the whole book is read and the
pane has built it, and that time; ``--before DIR`` runs an older checkout's ``desktop`` (for
example ``git archive REF desktop resources | tar -x -C DIR``) in the same run, taken in turn:

    python benchmarks/book.py --file-open --sizes 32 --runs 3 [--before DIR] [--formats html]

``--pages FILE…`` opens those files instead (saved pages found on the machine, say):

    python benchmarks/book.py --file-open --runs 3 --before DIR --pages $(find / -name '*.html' -size +1M | head -12)
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
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
    size = len(pieces[0].encode("utf-8"))
    while True:  # up to the size, never over it (64 MiB is the article limit)
        paragraph = " ".join(chooser.choices(words, k=chooser.randint(40, 120))).capitalize() + "\n\n"
        size += len(paragraph.encode("utf-8"))
        if size > mib * 2**20:
            break
        pieces.append(paragraph)
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


def peak_rss_mib() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def bare_memory(path: Path) -> float:
    """In this process: the bare window's peak memory (MiB) once its whole text is laid out."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication([])
    browser = QTextBrowser()
    browser.setPlainText(path.read_text(encoding="utf-8"))
    browser.resize(1000, 800)
    browser.show()
    app.processEvents()
    document = browser.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())  # all of it laid out, as it is once read
    del app
    return peak_rss_mib()


def window(path: Path, home: Path) -> dict[str, object]:
    """In this process: the reader's window with the book, from its first paint until the rest of the book
    is built and its search index is ready, with a 10 ms timer beside it on the GUI thread; then a search."""
    from PySide6.QtCore import QEventLoop, QPoint, QTimer

    from desktop.content import load_article
    from desktop.ui.app import create_application
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences

    app, family = create_application(offscreen_if_headless=True)
    article = load_article(path)
    window = MainWindow(
        article, Preferences(home / "settings.ini"), family, data_folder=home / "data", use_library=False
    )
    pane, search = window.reading_pane, window.search
    ticks: list[float] = []
    done: dict[str, float] = {}
    loop = QEventLoop()

    def check() -> None:
        if "built" in done and "index" in done:
            loop.quit()

    def mark(what: str) -> None:
        done.setdefault(what, time.perf_counter())
        check()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    pane.firstPainted.connect(timer.start)
    pane.firstPainted.connect(lambda: done.setdefault("painted", time.perf_counter()))
    pane.buildFinished.connect(lambda: mark("built"))
    search.indexReady.connect(lambda: mark("index"))
    window.resize(1000, 800)
    window.show()
    if not pane.building:
        mark("built")
    loop.exec()
    timer.stop()
    painted = done["painted"]
    started = time.perf_counter()  # before the search: its results dock narrows the pane
    bar = next((bar for bar in pane.children() if bar.objectName() == "bookScrollBar"), pane.verticalScrollBar())
    bar.setValue(bar.maximum())
    app.processEvents()
    app.processEvents()
    to_end = time.perf_counter() - started
    size = pane.viewport_size()
    bottom = pane.cursorForPosition(QPoint(size.width() // 2, size.height() - 60)).block().text()
    last_shown = bottom == article.passages[-1].text
    height = pane.document().documentLayout().documentSize().height()
    pane.set_scroll_fraction(0.0)  # back to the start, where the search below begins as it did
    app.processEvents()
    # From the first tick (and from the paint, below): until then the window does what it leaves
    # until after its first paint (menus, notes, the index's worker started), whatever the article.
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    from_paint = [ticks[0] - painted - timer.interval() / 1000, *gaps] if ticks else []
    started = time.perf_counter()
    search.index.search("Ресейге", options=search.options())  # the engine alone
    engine = time.perf_counter() - started
    started = time.perf_counter()
    search.set_query("Ресейге")
    search.search_now()  # and the window showing it: hits painted, listed by section, the results dock opened
    first_search = time.perf_counter() - started
    hits = search.result.total if search.result else 0
    del window, app
    return {
        "first_tick_ms": round((ticks[0] - painted) * 1000, 1) if ticks else 0.0,
        "built_s": round(done["built"] - painted, 2),
        "ready_s": round(done["index"] - painted, 2),
        "longest_stall_ms": round(max(gaps, default=0) * 1000, 1),
        "stall_from_paint_ms": round(max(from_paint, default=0) * 1000, 1),
        "to_end_ms": round(to_end * 1000, 1),
        "last_line_shown": last_shown,
        "document_px": round(height),
        "search_ms": round(first_search * 1000, 1),
        "engine_ms": round(engine * 1000, 1),
        "hits": hits,
        "window_rss_mib": peak_rss_mib(),
    }


def file_open(path: Path, home: Path) -> dict[str, object]:
    """In this process: the window up on the bundled article, then File → Open of ``path`` (as the
    dialog's choice does it), with a 10 ms timer on the GUI thread from before the open until the
    whole book is in the window (the file given to the library: ``fileOpened``) and the pane has
    built it."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    import desktop.library.catalogue  # noqa: F401 - a window's start has imported its library by then
    from desktop.bundled import bundled_article
    from desktop.ui.app import create_application
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences

    _app, family = create_application(offscreen_if_headless=True)
    shown = MainWindow(
        bundled_article(), Preferences(home / "settings.ini"), family, data_folder=home / "data", use_library=False
    )
    shown.resize(1000, 800)
    loop = QEventLoop()
    shown.startFinished.connect(loop.quit)
    shown.show()
    loop.exec()
    pane = shown.reading_pane
    ticks: list[float] = []
    cpu_ticks: list[float] = []
    """The GUI thread's own processor time at each tick: a stall of the window's own work, apart from
    the time the machine gave other processes (a loaded machine's wall-clock gaps include them)."""
    marks: dict[str, float] = {}

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "loaded" in marks:  # the book's text, not the article before
                marks.setdefault("painted", time.perf_counter())
            return False

    watch = Watch()
    pane.viewport().installEventFilter(watch)

    def check() -> None:
        ticks.append(time.perf_counter())
        cpu_ticks.append(time.thread_time())
        if "whole" in marks and not pane.building:
            marks.setdefault("done", ticks[-1])
            loop.quit()

    def open_book() -> None:
        marks["opened"] = time.perf_counter()
        shown.files.open_path(path)

    shown.files.articleLoaded.connect(lambda *_: marks.setdefault("loaded", time.perf_counter()))
    shown.files.fileOpened.connect(lambda _path: marks.setdefault("whole", time.perf_counter()))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(100, open_book)
    loop.exec()
    timer.stop()
    opened = marks["opened"]
    first = next((number for number, tick in enumerate(ticks) if tick >= opened - 0.02), len(ticks))
    kept = ticks[first:]
    gaps = [later - earlier for earlier, later in itertools.pairwise(kept)]
    cpu_gaps = [later - earlier for earlier, later in itertools.pairwise(cpu_ticks[first:])]
    longest = max(range(len(gaps)), key=gaps.__getitem__, default=0)
    passages = len(shown.article.passages)
    shown.close()
    return {
        "paint_ms": round((marks["painted"] - opened) * 1000, 1),
        "stall_ms": round(max(gaps, default=0) * 1000, 1),
        "stall_ends_ms": round((kept[longest + 1] - opened) * 1000) if gaps else 0,
        "cpu_stall_ms": round(max(cpu_gaps, default=0) * 1000, 1),
        "whole_s": round(marks["done"] - opened, 2),
        "passages": passages,
    }


def write_formats(text_book: Path, folder: Path) -> list[Path]:
    """The generated text book as a saved web page and as an EPUB of 200 chapters, besides itself."""
    import html

    sys.path.insert(0, str(ROOT))
    from tests.helpers.books import book, chapter

    paragraphs = [p for p in text_book.read_text(encoding="utf-8").split("\n\n") if p.strip()][1:]
    page = folder / f"{text_book.stem}.html"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page.write_text(
        f"<html><head><title>Ұзақ кітап</title></head><body><article><h1>Ұзақ кітап</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    count = 200
    per = -(-len(paragraphs) // count)
    chapters = {
        f"c{n:03}.xhtml": chapter(f"<h1>{n + 1}-тарау</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in part))
        for n in range(count)
        if (part := paragraphs[n * per : (n + 1) * per])
    }
    epub = book(folder / f"{text_book.stem}.epub", chapters)
    return [text_book, epub, page]


def _books_to_open(args: argparse.Namespace, scratch: Path) -> Iterator[Path]:
    """The files ``--pages`` names, else the generated books of ``--sizes`` MiB in each format."""
    if args.pages:
        yield from args.pages
        return
    for mib in args.sizes:
        text_book = scratch / f"book-{mib}.txt"
        generate(text_book, mib)
        yield from write_formats(text_book, scratch)


def main_file_open(args: argparse.Namespace) -> int:
    """File → Open in a running window, before (``--before``) and after, taken in turn."""
    print(machine_line(), f"load average {os.getloadavg()[0]:.1f}")
    versions = {"now": ROOT} | ({"before": args.before.resolve()} if args.before else {})
    with tempfile.TemporaryDirectory(prefix="oqyrman-open-bench-") as scratch_name:
        scratch = Path(scratch_name)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # from bytecode, as an installed copy runs (see main)
        for name, code in versions.items():
            os.environ["PYTHONPYCACHEPREFIX"] = str(scratch / f"pycache-{name}")
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "desktop")], check=True)
        for book_number, path in enumerate(_books_to_open(args, scratch)):
            if path.suffix[1:] not in args.formats and not args.pages:
                continue
            print(f"\n{path} ({path.stat().st_size / 2**20:.1f} MiB file):")
            figures: dict[str, list[dict]] = {name: [] for name in versions}
            for number in range(args.runs):
                for name, code in versions.items():
                    home = scratch / f"home-{name}-{book_number}-{number}"
                    home.mkdir()
                    os.environ["PYTHONPYCACHEPREFIX"] = str(scratch / f"pycache-{name}")
                    done = subprocess.run(
                        [sys.executable, __file__, "--file-open-in", str(code), str(path), str(home)],
                        check=True, capture_output=True, text=True, cwd=code,
                    )  # fmt: skip
                    figures[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
            for name, runs in figures.items():
                paint = statistics.median(run["paint_ms"] for run in runs)
                stall = statistics.median(run["stall_ms"] for run in runs)
                cpu_stall = statistics.median(run["cpu_stall_ms"] for run in runs)
                whole = statistics.median(run["whole_s"] for run in runs)
                verdict = "within" if stall <= TARGET_STALL_MS else "OVER"
                print(
                    f"  {name:6}: first paint {paint:.0f} ms after the open; longest stall {stall:.0f} ms "
                    f"({verdict} {TARGET_STALL_MS:.0f} ms), of the GUI thread's own processor time "
                    f"{cpu_stall:.0f} ms; whole book read and built {whole:.2f} s "
                    f"(medians of {len(runs)}: paint {[r['paint_ms'] for r in runs]}, "
                    f"stall {[r['stall_ms'] for r in runs]}, ending {[r['stall_ends_ms'] for r in runs]} ms "
                    f"after the open; {runs[0]['passages']} passages)"
                )
    return 0


def reader(path: Path, home: Path, code: Path = ROOT) -> dict[str, object]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
                   "XDG_CONFIG_HOME": str(home / "config")}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--open", str(path), "--self-test"],
        cwd=code, env=environment, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode:
        return {"refused": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return {"first_paint_s": round(report["first_paint_ms"] / 1000, 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 8, 32, 64])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes for each first paint (medians)")
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--bare-memory", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--window", type=Path, nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--file-open", action="store_true", help="time File → Open in a running window")
    parser.add_argument("--before", type=Path, help="an older checkout's folder, timed in turn")
    parser.add_argument("--file-open-in", type=Path, nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--pages", type=Path, nargs="+", help="with --file-open: open these files, not generated books")
    parser.add_argument(
        "--formats", nargs="+", choices=("txt", "epub", "html"), help="the book's formats (txt; with --file-open all)"
    )
    args = parser.parse_args()
    args.formats = args.formats or (["txt", "epub", "html"] if args.file_open else ["txt"])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.file_open_in:
        code, path, home = args.file_open_in
        sys.path.insert(0, str(code))  # that checkout's ``desktop`` package, not this one's
        print(json.dumps(file_open(path, home)))
        return 0
    if args.file_open:
        return main_file_open(args)
    if args.bare:
        print(json.dumps({"bare_s": round(bare(args.bare), 3)}))
        return 0
    if args.bare_memory:
        print(json.dumps({"bare_rss_mib": bare_memory(args.bare_memory)}))
        return 0
    if args.window:
        print(json.dumps(window(*args.window)))
        return 0
    print(machine_line(), f"load average {os.getloadavg()[0]:.1f}")
    run = [sys.executable, __file__]

    def helper(*arguments: object) -> dict:
        done = subprocess.run([*run, *map(str, arguments)], check=True, capture_output=True, text=True, cwd=ROOT)
        return json.loads(done.stdout.strip().splitlines()[-1])

    with tempfile.TemporaryDirectory(prefix="oqyrman-book-bench-") as scratch_name:
        scratch = Path(scratch_name)
        # Installed copies run from bytecode (pip and PyInstaller compile it): cached in the scratch
        # folder, even where PYTHONDONTWRITEBYTECODE is set (each process would compile the modules).
        os.environ["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        for code in (ROOT, *([args.before] if args.before else [])):
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "desktop")], check=True)
        for mib, suffix in itertools.product(args.sizes, args.formats):
            text_book = scratch / f"book-{mib}.txt"
            if not text_book.exists():
                generate(text_book, mib)
            path = next(book for book in write_formats(text_book, scratch) if book.suffix == f".{suffix}")
            bares: list[float] = []
            readers: list[float] = []
            befores: list[dict[str, object]] = []
            refused = None
            for number in range(args.runs):
                bares.append(helper("--bare", text_book)["bare_s"])
                if args.before:  # the older checkout's first paint, in turn
                    befores.append(reader(path, scratch / f"home-before-{mib}-{suffix}-{number}", args.before))
                opened = reader(path, scratch / f"home-{mib}-{suffix}-{number}")
                if "refused" in opened:
                    refused = opened["refused"]
                    break
                readers.append(float(opened["first_paint_s"]))
            bare_s = statistics.median(bares)
            print(f"\n{mib} MiB, {path.suffix}: bare QTextBrowser first paint {bare_s:.2f} s "
                  f"(median of {len(bares)}: {bares})")  # fmt: skip
            if refused is not None:
                print(f"  the reader refuses it: {refused}")
                continue
            first_paint = statistics.median(readers)
            ratio = first_paint / bare_s
            verdict = "within" if ratio <= TARGET_PAINT else "OVER"
            print(
                f"  the reader's first paint {first_paint:.2f} s = {ratio:.2f}x ({verdict} {TARGET_PAINT}x); {readers}"
            )
            if befores:
                firsts = [float(str(before["first_paint_s"])) for before in befores if "first_paint_s" in before]
                if firsts:
                    print(f"  before: first paint {statistics.median(firsts):.2f} s = "
                          f"{statistics.median(firsts) / bare_s:.2f}x; {firsts}")  # fmt: skip
            (scratch / f"home-{mib}-{suffix}").mkdir(exist_ok=True)
            figures = helper("--window", path, scratch / f"home-{mib}-{suffix}") | helper("--bare-memory", text_book)
            stall = "within" if figures["longest_stall_ms"] <= TARGET_STALL_MS else "OVER"
            search = "within" if figures["search_ms"] <= TARGET_FIRST_SEARCH_MS else "OVER"
            start_stall = "within" if figures["stall_from_paint_ms"] <= TARGET_STALL_MS else "OVER"
            print(
                f"  after the first paint: the rest of the book (or of its window) built in {figures['built_s']} s, "
                f"the search index ready in {figures['ready_s']} s; longest event-loop stall meanwhile "
                f"{figures['longest_stall_ms']} ms ({stall} {TARGET_STALL_MS:.0f} ms), from the first tick, "
                f"{figures['first_tick_ms']} ms after the paint; from the paint, the window's own start "
                f"included: {figures['stall_from_paint_ms']} ms ({start_stall} {TARGET_STALL_MS:.0f} ms)"
            )
            shown = "on screen" if figures["last_line_shown"] else "NOT on screen"
            print(f"  the scroll bar taken to the end: {figures['to_end_ms']} ms, the book's last line {shown}; "
                  f"the document {figures['document_px']:,} px high (Qt lays out 8,388,607 at most)")  # fmt: skip
            print(f"  next search {figures['search_ms']} ms shown in the window ({search} "
                  f"{TARGET_FIRST_SEARCH_MS:.0f} ms), of which the engine {figures['engine_ms']} ms; "
                  f"{figures['hits']} hits")  # fmt: skip
            print(f"  peak memory: the reader {figures['window_rss_mib']} MiB, the bare window "
                  f"{figures['bare_rss_mib']} MiB (its whole text laid out)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
