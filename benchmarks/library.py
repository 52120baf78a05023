"""The library at 100, 1,000 and 10,000 articles: index build, re-open, search latency, size, memory.

Articles are generated from the bundled article's own words (seeded, so every run builds the
same library) and written as .txt files, as a reader's folder of saved articles would be.
For each size:

- build: ``Library.add_paths`` on the folder, in a fresh process (articles per second, peak memory);
- search: library-scope queries (Kazakh forms, a phrase, two words, keyboard layout, Latin, a typo),
  each run several times: median and p95 latency;
- size: the catalogue and the index on disk;
- re-open: ``oqyrman --self-test --real-settings`` (the window's start, then the library opened
  and every file checked) with this library, against the same start with the bundled article
  alone, alternating, in one run: the ratio of the medians.

    python benchmarks/library.py [--sizes 100 1000 10000] [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import machine_line, time_alternating

ROOT = Path(__file__).resolve().parent.parent
QUERIES = (
    "Ресей", "Қазақстан", "сапарына", "Тоқаев", "экономика", "ресейлік", "Мәскеуге", "АҚШ",
    '"стратегиялық серіктестік"', "Қазақстан Ресей", "cfgfh", "Batys", "кауипсиздик", "Рессей", "энергия",
)  # fmt: skip
TARGET_REOPEN = 1.2
TARGET_P95_MS = 50.0


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


def build_and_search(articles: Path, data: Path, repeats: int) -> dict[str, object]:
    """In this process: build the library from ``articles`` into ``data``, then time the queries."""
    from desktop.library import Library
    from desktop.ui.resources import bundled_article
    from desktop.userdata.keys import BUNDLED_KEY

    library = Library(data)
    library.add_bundled(BUNDLED_KEY, bundled_article)
    started = time.perf_counter()
    report = library.add_paths([articles])
    build = time.perf_counter() - started
    if report.skipped:
        raise SystemExit(f"skipped: {report.skipped[:3]}")
    times: list[float] = []
    hits: dict[str, int] = {}
    for query in QUERIES:
        library.search(query)  # the first search of a word warms the analyser's caches
    for _ in range(repeats):
        for query in QUERIES:
            start = time.perf_counter()
            result = library.search(query)
            times.append(time.perf_counter() - start)
            hits[query] = len(result.hits)
    library.close()
    times.sort()
    return {
        "articles": len(report.added),
        "build_s": round(build, 2),
        "articles_per_s": round(len(report.added) / build, 1),
        "search_median_ms": round(statistics.median(times) * 1000, 2),
        "search_p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 2),
        "catalogue_mib": round((data / "library.sqlite").stat().st_size / 2**20, 2),
        "index_mib": round((data / "library-index.sqlite").stat().st_size / 2**20, 2),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "hits": hits,
    }


def _self_test(home: Path) -> list[str]:
    return ["env", f"XDG_DATA_HOME={home / 'data'}", f"XDG_CONFIG_HOME={home / 'config'}", "QT_QPA_PLATFORM=offscreen",
            sys.executable, "-m", "desktop", "--self-test", "--real-settings"]  # fmt: skip


def _library_home(home: Path) -> Path:
    return home / "data" / "Oqyrman" / "Oqyrman"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--runs", type=int, default=9, help="re-open runs per library (alternating)")
    parser.add_argument("--repeats", type=int, default=5, help="times each query is searched")
    parser.add_argument("--build", nargs=2, metavar=("ARTICLES", "DATA"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(json.dumps(build_and_search(Path(args.build[0]), Path(args.build[1]), args.repeats)))
        return 0

    print(machine_line())
    with tempfile.TemporaryDirectory(prefix="oqyrman-library-bench-") as scratch_name:
        scratch = Path(scratch_name)
        alone = scratch / "alone"
        for home in (alone,):
            subprocess.run(_self_test(home), check=True, cwd=ROOT, capture_output=True)  # bundled article indexed once
        print(f"{'articles':>8} {'build s':>8} {'art/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'index MiB':>9} "
              f"{'peak MiB':>8} {'re-open':>8}")  # fmt: skip
        rows = []
        for size in args.sizes:
            articles, home = scratch / f"articles-{size}", scratch / f"home-{size}"
            generate(articles, size)
            data = _library_home(home)
            data.mkdir(parents=True)
            out = subprocess.run(
                [sys.executable, __file__, "--build", str(articles), str(data), "--repeats", str(args.repeats)],
                check=True, cwd=ROOT, capture_output=True, text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )  # fmt: skip
            figures = json.loads(out.stdout)
            times = time_alternating({"alone": _self_test(alone), "library": _self_test(home)}, args.runs, ROOT)
            ratio = statistics.median(times["library"]) / statistics.median(times["alone"])
            figures["reopen_ratio"] = round(ratio, 2)
            figures["reopen_median_s"] = round(statistics.median(times["library"]), 3)
            figures["alone_median_s"] = round(statistics.median(times["alone"]), 3)
            rows.append(figures)
            print(
                f"{size:>8} {figures['build_s']:>8} {figures['articles_per_s']:>7} {figures['search_median_ms']:>7} "
                f"{figures['search_p95_ms']:>7} {figures['index_mib']:>9} {figures['peak_rss_mib']:>8} {ratio:>7.2f}x"
            )
        print()
        for figures in rows:
            size = figures["articles"]
            reopen = "within" if figures["reopen_ratio"] <= TARGET_REOPEN else "OVER"
            print(
                f"{size} articles: re-open {figures['reopen_median_s']} s against {figures['alone_median_s']} s "
                f"alone = {figures['reopen_ratio']}x ({reopen} the {TARGET_REOPEN}x target)"
            )
        largest = rows[-1]
        verdict = "within" if largest["search_p95_ms"] <= TARGET_P95_MS else "OVER"
        print(
            f"search p95 at {largest['articles']} articles: {largest['search_p95_ms']} ms "
            f"({verdict} the {TARGET_P95_MS:.0f} ms target)"
        )
        print("hits per query at the largest size:", json.dumps(largest["hits"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
