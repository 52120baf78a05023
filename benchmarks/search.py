"""Search latency on the article and on a synthetic corpus about 1,000 times its size.

The large corpus is generated from the article's own words (fixed seed): each
synthetic passage copies the length of a real one and draws its words from
the article's vocabulary with the article's frequencies, so word forms,
inflections and hit densities are realistic.

    python benchmarks/search.py [--scale 1000] [--repeat 20]
    python benchmarks/search.py --first-search 15   # the first search after start, fresh processes
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.content import load_article
from desktop.search import SearchIndex
from desktop.search.morphology import ANALYSER
from desktop.search.normalize import fold, tokenize

QUERIES = [
    "сапар",  # stem: сапары, сапарын, сапарды
    "Қазақстан",  # the most frequent word
    "агенттік",  # alternation
    "кауипсиздик",  # Russian keyboard
    "Batys",  # Latin
    "Qazaqstannyñ",  # official Latin, inflected
    "maskeu",  # informal ASCII
    "Le Monde",  # two words
    '"жаңа тарау"',  # phrase
    "тепе-теңдік",  # compound
    "Ресей Қазақстан байланыс",  # three words
    "декларцияға",  # typo → suggestion
    "zzzzqqqq",  # nothing, typo search over the whole vocabulary
    "ат",  # short, must not over-match
    "оқу",  # a verb's dictionary form, read as a verb stem
    "саясаты",  # an inflected query: every form of саясат
    "қауіп",  # related words only (қауіпсіздік)
    "cfgfh",  # сапар typed in the Latin layout
]


def synthetic_passages(article, scale: int, seed: int = 2025) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    words = [w for p in article.passages for w in p.text.split()]
    passages = []
    for _ in range(scale):
        for passage in article.passages:
            length = len(passage.text.split())
            passages.append((passage.section_id, " ".join(rng.choice(words) for _ in range(length))))
    return passages


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(index: SearchIndex, repeat: int, limit: int | None) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {q: [] for q in QUERIES}
    for _ in range(repeat):
        for query in QUERIES:
            start = time.perf_counter()
            index.search(query, limit=limit)
            times[query].append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, index: SearchIndex, times: dict[str, list[float]], limit: int | None) -> None:
    everything = [t for samples in times.values() for t in samples]
    shown = "all hits" if limit is None else f"top {limit} hits (ranked over all)"
    print(f"\n{name}: {len(index)} passages; {shown}")
    print(f"  {'query':28s} {'hits':>7s} {'median ms':>10s} {'p95 ms':>8s}")
    for query, samples in times.items():
        total = index.search(query).total
        print(f"  {query:28s} {total:7d} {statistics.median(samples):10.3f} {percentile(samples, 0.95):8.3f}")
    print(f"  all queries: median {statistics.median(everything):.3f} ms, p95 {percentile(everything, 0.95):.3f} ms")


ANALYSER_CACHES = (ANALYSER.judge, ANALYSER.analyse, ANALYSER.stems, ANALYSER.keys, ANALYSER.family)


FIRST_SEARCH = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from desktop.content import load_article
article = load_article(sys.argv[2])
clocks = [(time.perf_counter(), time.process_time())]
from desktop.search import SearchIndex
clocks.append((time.perf_counter(), time.process_time()))
from desktop.search import lexicon
lexicon.load()
clocks.append((time.perf_counter(), time.process_time()))
SearchIndex.from_article(article).search("сапар")
clocks.append((time.perf_counter(), time.process_time()))
steps = ("import", "lexicon", "index and search")
spans = dict(zip(steps, zip(clocks, clocks[1:])))
spans["all"] = (clocks[0], clocks[-1])
print(json.dumps({step: [(b[0] - a[0]) * 1000, (b[1] - a[1]) * 1000] for step, (a, b) in spans.items()}))
"""
"""The window's first search, in a fresh process: the engine imported, the stem lexicon read (at the
first word analysed), the article indexed and the query answered."""


def first_search(runs: int) -> None:
    """The first search after start, in fresh processes: wall and CPU milliseconds (medians)."""
    import json
    import subprocess

    article = ROOT / "resources" / "content" / "article.md"
    command = [sys.executable, "-c", FIRST_SEARCH, str(ROOT), str(article)]
    results = [
        json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout) for _ in range(runs)
    ]
    print(f"first search on the article, {runs} fresh processes (medians, wall / CPU ms):")
    for step in results[0]:
        wall = statistics.median(result[step][0] for result in results)
        cpu = statistics.median(result[step][1] for result in results)
        print(f"  {step:18s} {wall:8.1f} {cpu:8.1f}")


def analyser_throughput(article, rounds: int = 5) -> None:
    """Words/s of the morphological analyser on distinct words, with its cache cleared each round."""
    words = sorted({token.text for p in article.passages for token in tokenize(fold(p.text).text)})
    gold = ROOT / "tests" / "data" / "kazakh" / "paradigms.txt"
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if ":" in line and not line.startswith("#"):
                words += fold(line.replace(":", " ")).text.split()
    words = sorted(set(words))
    best = float("inf")
    for _ in range(rounds):
        for cache in ANALYSER_CACHES:
            cache.cache_clear()
        start = time.perf_counter()
        for word in words:
            ANALYSER.family(word)
        best = min(best, time.perf_counter() - start)
    readings = sum(len(ANALYSER.analyse(word)) for word in words) / len(words)
    print(
        f"analyser: {len(words)} distinct words (article and gold paradigms), "
        f"{len(words) / best:,.0f} words/s with stems and family, cold cache (best of {rounds}); "
        f"{readings:.1f} readings per word"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--first-search", type=int, metavar="RUNS", help="only time the first search after start")
    args = parser.parse_args()
    if args.first_search:
        first_search(args.first_search)
        return 0
    article = load_article(ROOT / "resources" / "content" / "article.md")
    print(f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")

    analyser_throughput(article)
    for cache in ANALYSER_CACHES:
        cache.cache_clear()
    start = time.perf_counter()
    small = SearchIndex.from_article(article)
    print(f"article index build: {(time.perf_counter() - start) * 1000:.2f} ms")
    report("article", small, measure(small, args.repeat, None), None)

    passages = synthetic_passages(article, args.scale)
    characters = sum(len(text) for _, text in passages)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    large = SearchIndex(passages)
    build = time.perf_counter() - start
    growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    print(
        f"\nlarge corpus: {len(passages)} passages, {characters / 1e6:.1f} M characters; "
        f"index build {build:.2f} s, peak memory +{growth:.0f} MiB"
    )
    report("large corpus", large, measure(large, max(3, args.repeat // 4), 100), 100)
    report("large corpus", large, measure(large, max(2, args.repeat // 10), None), None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
