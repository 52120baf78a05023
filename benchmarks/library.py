"""The library at 1,000, 10,000 and 50,000 articles, side by side with plain SQLite FTS5.

Articles are generated from the bundled article's own words (seeded, so every run builds the
same library) and written as .txt files, as a reader's folder of saved articles would be.
For each size, in a fresh process:

- build: ``Library.add_paths`` on the folder, then a plain FTS5 table (``unicode61``, title
  and body columns, one transaction) of the same files: seconds, and the ratio; and the CPU
  time of each (on a shared machine, the other processes' work lengthens the seconds, much
  less the CPU time; ours counts the reader processes that read and prepare the files, and
  the importing process's own share is shown apart; the project's modules are compiled
  beforehand, as an installed copy has them, so no reader compiles them at its start; the
  files are read once before either build, so both read them from the file cache);
- size: our index on disk against the plain FTS5 file (the catalogue is reported apart);
- search in process: 15 queries (forms, a phrase, two words, keyboard layout, Latin, a typo)
  each a page of 20 articles with hits and the exact totals, as the window asks, against
  plain FTS5's top 100 with snippets and its count (prefix queries): p50 / p95, also by kind
  of query (one word, several words, a phrase) and in the thread's CPU time;
- inflected recall: articles found for сапарына, against the prefix query's;
- exact counts (at the smallest size): every query's article count compared with an
  article-by-article search of every article (its title, source, headings and text);
- the library page: ``LibraryView`` filled from the library and painted (offscreen), against
  a bare QTableView over a QStandardItemModel with the first 200 titles;
- the command line: ``oqyrman search сапарына --scope library --json --limit 20`` against the
  ``sqlite3`` shell asked the same of the plain table: the top 20 articles (by FTS5's rank) with
  a snippet each, and the exact number of matching articles, for the stem's prefix (``сапар*``:
  what a plain user must type to find the inflected forms; ``сапарына*`` finds nothing). Median
  of a few runs each, alternating; both with a warm file cache. ``oqyrman`` is the command a
  user has: the project installed as the README installs it (``pip install .``, not the
  editable install a developer works in, whose import hook alone took 12 ms of each start),
  into a scratch virtual environment, with its modules compiled by the install, started by
  the script pip writes. The search needs no Qt: the environment has the project without its
  dependencies, and rapidfuzz (the "did you mean" of a query that finds nothing), so a search
  that imported Qt would fail here.

    python benchmarks/library.py [--sizes 1000 10000] [--repeats 5] [--cli-runs 5] [--readers N]
    python benchmarks/library.py --cli-only FOLDER [--sizes …] [--cli-runs 11]   # the command line alone, on
        the libraries a run with --keep FOLDER built (FOLDER/home-N, FOLDER/plain-N.sqlite), read only
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import machine_line

ROOT = Path(__file__).resolve().parent.parent
QUERIES = (
    "Ресей", "Қазақстан", "сапарына", "Тоқаев", "экономика", "ресейлік", "Мәскеуге", "АҚШ",
    '"стратегиялық серіктестік"', "Қазақстан Ресей", "cfgfh", "Batys", "кауипсиздик", "Рессей", "энергия",
)  # fmt: skip
PLAIN_QUERIES = {query: " ".join(f'"{word}"*' for word in query.replace('"', "").split()) for query in QUERIES}
"""What a plain FTS5 user would type: each word as a prefix (a phrase loses its quotes)."""
CLI_QUERY = "сапарына"
CLI_PLAIN_QUERY = '"сапар"*'
"""The plain table's equivalent of CLI_QUERY: the stem as a prefix (its own prefix finds none of its forms)."""
TARGETS = {"build": 3.0, "size": 1.5, "p95_ms": 50.0, "cli": 2.0, "page_ms": 100.0}


def generate(folder: Path, count: int, seed: int = 2025) -> None:
    """``count`` articles of 4 to 9 paragraphs, 12 to 60 words each, from the bundled article's words."""
    from desktop.content import load_article

    article = load_article(ROOT / "resources" / "content" / "article.md")
    words = [word.strip('.,;:«»"()') for passage in article.passages for word in passage.text.split()]
    words = [word for word in words if word]
    chooser = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        title = " ".join(chooser.choices(words, k=chooser.randint(3, 7))).capitalize()
        paragraphs = [
            " ".join(chooser.choices(words, k=chooser.randint(12, 60))).capitalize() + "."
            for _ in range(chooser.randint(4, 9))
        ]
        (folder / f"{number:05d}.txt").write_text("\n\n".join([title, *paragraphs]) + "\n", encoding="utf-8")


def _kind(query: str) -> str:
    """A phrase, several words (each anywhere in one passage) or one word: what a library search does differs."""
    return "phrase" if query.startswith('"') else "words" if " " in query else "one word"


def _by_kind(times: list[float]) -> tuple[float, float]:
    """p50 and p95, or the median and the slowest of fewer than 20 searches (a p95 of three is their median)."""
    return (
        _percentiles(times)
        if len(times) >= 20
        else (round(statistics.median(times) * 1000, 2), round(max(times) * 1000, 2))
    )


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return round(statistics.median(times) * 1000, 2), round(times[int(0.95 * (len(times) - 1))] * 1000, 2)


def _children_cpu() -> float:
    """CPU seconds of this process's ended children (the library's reader processes)."""
    times = os.times()
    return times.children_user + times.children_system


def build_plain(articles: Path, path: Path) -> tuple[float, float]:
    """The plain FTS5 table of the same files: seconds to build it, and this process's CPU seconds."""
    path.unlink(missing_ok=True)
    started, cpu = time.perf_counter(), time.process_time()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE articles USING fts5(title, body, tokenize='unicode61')")
    with db:
        for file in sorted(articles.iterdir()):
            title, _, body = file.read_text(encoding="utf-8").partition("\n\n")
            db.execute("INSERT INTO articles VALUES (?, ?)", (title, body))
    db.close()
    return time.perf_counter() - started, time.process_time() - cpu


def plain_search(db: sqlite3.Connection, query: str) -> int:
    """Top 100 with snippets and the count, as a plain FTS5 search page would ask."""
    expression = PLAIN_QUERIES[query]
    db.execute(
        "SELECT rowid, snippet(articles, 1, '[', ']', '…', 12) FROM articles WHERE articles MATCH ? "
        "ORDER BY rank LIMIT 100",
        (expression,),
    ).fetchall()
    return int(db.execute("SELECT count(*) FROM articles WHERE articles MATCH ?", (expression,)).fetchone()[0])


def exact_counts(articles: Path, library: object) -> dict[str, tuple[int, int]]:
    """Per query: (articles the library counts, articles an article-by-article search finds)."""
    from desktop.content import load_article
    from desktop.search import SearchIndex

    indexes = []
    for file in sorted(articles.iterdir()):
        article = load_article(file)
        fields = [("", article.title), ("", article.source)] + [(s.id, s.label) for s in article.sections]
        texts = fields + [(p.section_id, p.text) for p in article.passages]
        indexes.append(SearchIndex(texts))
    counts = {}
    for query in QUERIES:
        result = library.search(query, limit=0)  # type: ignore[attr-defined]
        searched = result.suggestion or query  # a typo: the library counts the corrected query's articles
        found = sum(1 for index in indexes if index.search(searched, correct=False).hits)
        counts[query] = (result.total_articles - 1, found)  # the library also holds the bundled article
    return counts


def build_and_search(articles: Path, data: Path, plain: Path, repeats: int, check: bool) -> dict[str, object]:
    """In this process: build both, then time the queries on both."""
    from desktop.library import Library, reading
    from desktop.ui.resources import bundled_article
    from desktop.userdata.keys import BUNDLED_KEY

    chosen: list[int] = []
    begin = reading.ReaderPool._begin

    def counted(pool: reading.ReaderPool) -> None:  # the readers the import chose, for the report
        begin(pool)
        if pool._processes is not None:
            chosen.append(pool._processes)

    reading.ReaderPool._begin = counted  # type: ignore[method-assign]
    library = Library(data)
    library.add_bundled(BUNDLED_KEY, bundled_article)
    for file in articles.iterdir():  # both builds read the files from the cache: the first to read them paid for the
        file.read_bytes()  # disk (ours, first: 3.7x to 3.8x with the cache dropped, 2.7x warm, the same tree)
    load = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    started, cpu, readers = time.perf_counter(), time.process_time(), _children_cpu()
    report = library.add_paths([articles])
    build, build_cpu = time.perf_counter() - started, time.process_time() - cpu
    readers_cpu = _children_cpu() - readers  # the reader processes, ended (and waited for) before add_paths returns
    if report.skipped:
        raise SystemExit(f"skipped: {report.skipped[:3]}")
    plain_build, plain_build_cpu = build_plain(articles, plain)
    db = sqlite3.connect(plain)
    ours: list[float] = []
    ours_cpu: list[float] = []
    theirs: list[float] = []
    by_kind: dict[str, list[float]] = {}
    totals: dict[str, list[int]] = {}
    for query in QUERIES:  # the first search of a word warms the analyser's caches
        library.search(query, limit=20)
        plain_search(db, query)
    for _ in range(repeats):
        for query in QUERIES:
            start, cpu = time.perf_counter(), time.thread_time()
            result = library.search(query, limit=20)
            ours.append(time.perf_counter() - start)
            ours_cpu.append(time.thread_time() - cpu)
            by_kind.setdefault(_kind(query), []).append(ours[-1])
            start = time.perf_counter()
            plain_count = plain_search(db, query)
            theirs.append(time.perf_counter() - start)
            totals[query] = [result.total_articles, result.passages, plain_count]
    counts = exact_counts(articles, library) if check else {}
    library.close()
    db.close()
    index_size = (data / "library-index.sqlite").stat().st_size
    return {
        "articles": len(report.added),
        "build_s": round(build, 2),
        "plain_build_s": round(plain_build, 2),
        "build_cpu_s": round(build_cpu + readers_cpu, 2),
        "build_main_cpu_s": round(build_cpu, 2),
        "readers": chosen[-1] if chosen else 0,
        "load": load,
        "plain_build_cpu_s": round(plain_build_cpu, 2),
        "index_mib": round(index_size / 2**20, 1),
        "plain_mib": round(plain.stat().st_size / 2**20, 1),
        "catalogue_mib": round((data / "library.sqlite").stat().st_size / 2**20, 1),
        "search_ms": _percentiles(ours),
        "search_by_kind_ms": {kind: _by_kind(times) for kind, times in by_kind.items()},
        "search_cpu_ms": _percentiles(ours_cpu),
        "plain_search_ms": _percentiles(theirs),
        "totals": totals,
        "counts": counts,
    }


def open_page(data: Path) -> dict[str, float]:
    """In this process (offscreen Qt): the library page filled and painted, and a bare table of 200 titles."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.library import Library
    from desktop.ui.library.view import LibraryView

    app = QApplication.instance() or QApplication([])
    library = Library(data)
    titles = [entry.title for entry in library.listing(limit=200)]
    times: dict[str, list[float]] = {"page": [], "bare": []}
    for _ in range(5):
        started = time.perf_counter()
        view = LibraryView()
        view.resize(1000, 700)
        view.show_library(library, {}, None)
        view.show()
        view.repaint()
        app.processEvents()
        times["page"].append(time.perf_counter() - started)
        view.close()
        view.deleteLater()
        started = time.perf_counter()
        table = QTableView()
        model = QStandardItemModel(table)
        for title in titles:
            model.appendRow(QStandardItem(title))
        table.setModel(model)
        table.resize(1000, 700)
        table.show()
        table.repaint()
        app.processEvents()
        times["bare"].append(time.perf_counter() - started)
        table.close()
        table.deleteLater()
        app.processEvents()
    library.close()
    return {name: round(statistics.median(values) * 1000, 1) for name, values in times.items()}


def install_cli(scratch: Path) -> Path:
    """The ``oqyrman`` command of the project installed in a scratch virtual environment, as the README installs it.

    ``pip install .`` (not ``-e``): an editable install adds an import hook that searches for
    every module the command imports. pip compiles the modules as it installs them. Without
    the project's dependencies but rapidfuzz: the command line's search imports no Qt.
    """
    environment = Path(scratch) / "installed"
    shutil.rmtree(environment, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(environment)], check=True, capture_output=True)
    python = environment / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(ROOT), "rapidfuzz>=3.0"],
        check=True, capture_output=True, cwd=scratch,
    )  # fmt: skip
    return python.with_name("oqyrman")


def time_cli(command: Path, home: Path, plain: Path, runs: int) -> dict[str, float]:
    """Median milliseconds of the command line's library search and of sqlite3's equivalent query, alternating.

    Both answer the same question: the top 20 articles with a snippet each, and the exact
    number of matching articles. ``command`` is an installed ``oqyrman`` (``install_cli``),
    started as a user starts it, with none of this checkout on its path.
    """
    environment = {**os.environ, "XDG_DATA_HOME": str(home)}
    for name in ("PYTHONPATH", "PYTHONPYCACHEPREFIX", "PYTHONHOME"):
        environment.pop(name, None)
    ours = [str(command), "search", CLI_QUERY, "--scope", "library", "--json", "--limit", "20"]
    sql = (
        "SELECT rowid, snippet(articles, 1, '[', ']', '…', 12) FROM articles WHERE articles MATCH "
        f"'{CLI_PLAIN_QUERY}' ORDER BY rank LIMIT 20; "
        f"SELECT count(*) FROM articles WHERE articles MATCH '{CLI_PLAIN_QUERY}';"
    )
    theirs = ["sqlite3", str(plain), sql]
    times: dict[str, list[float]] = {"oqyrman": [], "sqlite3": []}
    for command_line in (ours, theirs):  # warm the file cache
        subprocess.run(command_line, check=True, cwd=home, env=environment, capture_output=True)
    for _ in range(runs):
        for name, command_line in (("oqyrman", ours), ("sqlite3", theirs)):
            started = time.perf_counter()
            subprocess.run(command_line, check=True, cwd=home, env=environment, capture_output=True)
            times[name].append(time.perf_counter() - started)
    return {name: round(statistics.median(values) * 1000, 1) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeats", type=int, default=5, help="times each query is searched")
    parser.add_argument("--cli-runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (generated articles are reused)")
    parser.add_argument(
        "--readers", type=int, help="reader processes for the build (default: as the library chooses by free cores)"
    )
    parser.add_argument(
        "--cli-only", type=Path, metavar="FOLDER", help="time the command line alone on libraries kept there"
    )
    parser.add_argument("--build", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--page", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        if args.readers is not None:
            from desktop.library import reading

            reading.READERS = args.readers
        articles, data, plain, check = args.build
        print(json.dumps(build_and_search(Path(articles), Path(data), Path(plain), args.repeats, check == "1")))
        return 0
    if args.page:
        print(json.dumps(open_page(args.page)))
        return 0

    print(machine_line())
    if args.cli_only:
        with tempfile.TemporaryDirectory(prefix="oqyrman-cli-bench-") as scratch_name:
            command = install_cli(Path(scratch_name))
            for size in args.sizes:
                home, plain = args.cli_only / f"home-{size}", args.cli_only / f"plain-{size}.sqlite"
                cli = time_cli(command, home, plain, args.cli_runs)
                ratio = cli["oqyrman"] / cli["sqlite3"]
                print(f"{size:,} articles: oqyrman search {cli['oqyrman']} ms, sqlite3 {cli['sqlite3']} ms = "
                      f"{ratio:.2f}x ({_verdict(ratio, TARGETS['cli'])} {TARGETS['cli']}x)", flush=True)  # fmt: skip
        return 0
    with tempfile.TemporaryDirectory(prefix="oqyrman-library-bench-") as scratch_name:
        scratch = args.keep or Path(scratch_name)
        # The build's processes (and its readers, each a new interpreter) run the project's modules from
        # bytecode, as an installed copy has them, even where PYTHONDONTWRITEBYTECODE is set: compiled once
        # here into the scratch folder, not on every start inside the timed build.
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(scratch / "pycache")}
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True, env=environment)
        command = install_cli(scratch)
        for size in args.sizes:
            articles, home = scratch / f"articles-{size}", scratch / f"home-{size}"
            if not articles.exists():
                generate(articles, size)
            shutil.rmtree(home, ignore_errors=True)
            data = home / "Oqyrman" / "Oqyrman"
            data.mkdir(parents=True)
            plain = scratch / f"plain-{size}.sqlite"
            check = "1" if size <= 1000 else "0"  # an article-by-article search of every article: small sizes only
            readers = [] if args.readers is None else ["--readers", str(args.readers)]
            out = subprocess.run(
                [sys.executable, __file__, "--build", str(articles), str(data), str(plain), check,
                 "--repeats", str(args.repeats), *readers],
                check=True, cwd=ROOT, capture_output=True, text=True, env=environment,
            )  # fmt: skip
            figures = json.loads(out.stdout)
            shown = subprocess.run(
                [sys.executable, __file__, "--page", str(data)],
                check=True, cwd=ROOT, capture_output=True, text=True, env=environment,
            )  # fmt: skip
            page = json.loads(shown.stdout)
            cli = time_cli(command, home, plain, args.cli_runs)
            report(size, figures, page, cli)
    return 0


def _verdict(value: float, target: float) -> str:
    return "within" if value <= target else "OVER"


def report(size: int, figures: dict, page: dict, cli: dict) -> None:
    build, plain_build = figures["build_s"], figures["plain_build_s"]
    size_ratio = figures["index_mib"] / figures["plain_mib"]
    (p50, p95), (plain50, plain95) = figures["search_ms"], figures["plain_search_ms"]
    print(f"\n{size:,} articles")
    print(f"  build      {build} s, plain FTS5 {plain_build} s = {build / plain_build:.2f}x "
          f"({_verdict(build / plain_build, TARGETS['build'])} {TARGETS['build']}x)")  # fmt: skip
    cpu, plain_cpu = figures["build_cpu_s"], figures["plain_build_cpu_s"]
    print(f"             CPU time {cpu} s (the importing process {figures['build_main_cpu_s']} s, the rest its "
          f"{figures.get('readers', '?')} readers), plain FTS5 {plain_cpu} s = {cpu / plain_cpu:.2f}x "
          f"(less the machine's other work than the seconds); load average {figures.get('load')}")  # fmt: skip
    print(
        f"  on disk    index {figures['index_mib']} MiB, plain FTS5 {figures['plain_mib']} MiB = {size_ratio:.2f}x "
        f"({_verdict(size_ratio, TARGETS['size'])} {TARGETS['size']}x); catalogue {figures['catalogue_mib']} MiB"
    )
    print(f"  search     p50 {p50} ms, p95 {p95} ms ({_verdict(p95, TARGETS['p95_ms'])} {TARGETS['p95_ms']:.0f} ms); "
          f"plain FTS5 p50 {plain50} ms, p95 {plain95} ms")  # fmt: skip
    kinds = ", ".join(f"{kind} {p50} / {p95}" for kind, (p50, p95) in figures.get("search_by_kind_ms", {}).items())
    print(f"             p50 / p95 by kind (ms; under 20 searches, median / slowest): {kinds}")
    if "search_cpu_ms" in figures:
        cpu50, cpu95 = figures["search_cpu_ms"]
        print(f"             CPU time p50 {cpu50} ms, p95 {cpu95} ms (the thread's own: less the machine's other work)")
    ratio = cli["oqyrman"] / cli["sqlite3"]
    print(f"  command    oqyrman search {cli['oqyrman']} ms, sqlite3 {cli['sqlite3']} ms = {ratio:.2f}x "
          f"({_verdict(ratio, TARGETS['cli'])} {TARGETS['cli']}x)")  # fmt: skip
    print(
        f"  page       library page {page['page']} ms ({_verdict(page['page'], TARGETS['page_ms'])} "
        f"{TARGETS['page_ms']:.0f} ms), bare table of 200 titles {page['bare']} ms"
    )
    print("  articles, passages, plain FTS5 articles per query:")
    for query, (articles, passages, plain_count) in figures["totals"].items():
        print(f"    {query:<28} {articles:>7,} {passages:>8,} {plain_count:>7,}")
    if figures["counts"]:
        wrong = {query: pair for query, pair in figures["counts"].items() if pair[0] != pair[1]}
        print(f"  exact counts against an article-by-article search: {wrong or 'all equal'}")


if __name__ == "__main__":
    raise SystemExit(main())
