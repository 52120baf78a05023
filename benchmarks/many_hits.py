"""A common word in a long book: the engine's search and the grouping of its tens of thousands of hits.

The book is benchmarks/book.py's (the bundled article's words, seeded), of ``--size`` MiB; its index
is built once, then the search for «Ресейге» (75,035 hits at 64 MiB) and ``group_by_section`` of
its hits are timed ``--rounds`` times in CPU time (the machine is shared), a full garbage
collection before each (the window collects on a timer of its own, not in the middle of a
search: ``desktop/ui/collector.py``). With
``--against CHECKOUT`` (another checkout of the project, e.g. ``git archive REF | tar -x -C DIR``),
that checkout's engine and grouping are timed in turn with these, in the same process, on the
same index: a ratio the machine's load hits alike.

    python benchmarks/many_hits.py [--size 64] [--rounds 7] [--against DIR]
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from book import generate
from timing import machine_line

from desktop.content import load_article
from desktop.search import engine, grouping

QUERY = "Ресейге"
METHODS = ("search", "_rank", "_materialize")


def module_from(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=64, help="MiB of text")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--against", type=Path, help="another checkout, timed in turn with this one")
    args = parser.parse_args()
    print(machine_line())
    variants = {"this": ({name: engine.SearchIndex.__dict__[name] for name in METHODS}, grouping.group_by_section)}
    if args.against is not None:
        other = module_from(args.against / "desktop" / "search" / "engine.py", "engine_against")
        other_grouping = module_from(args.against / "desktop" / "search" / "grouping.py", "grouping_against")
        variants["against"] = (
            {name: other.SearchIndex.__dict__[name] for name in METHODS},
            other_grouping.group_by_section,
        )
    with tempfile.TemporaryDirectory(prefix="oqyrman-hits-") as scratch:
        path = Path(scratch) / "book.txt"
        generate(path, args.size)
        article = load_article(path)
    started = time.perf_counter()
    index = engine.SearchIndex.from_article(article)
    print(f"{args.size} MiB: {len(article.passages)} passages, index built in {time.perf_counter() - started:.1f} s")
    searches: dict[str, list[float]] = {name: [] for name in variants}
    groupings: dict[str, list[float]] = {name: [] for name in variants}
    found: dict[str, list[tuple]] = {}
    for _ in range(args.rounds):
        for name, (methods, group) in variants.items():
            for method, function in methods.items():
                setattr(engine.SearchIndex, method, function)
            gc.collect()
            started = time.process_time()
            result = index.search(QUERY)
            searches[name].append(time.process_time() - started)
            ordered = result.in_document_order()
            gc.collect()
            started = time.process_time()
            group(ordered)
            groupings[name].append(time.process_time() - started)
            found[name] = [tuple(hit) for hit in result.hits]
    if args.against is not None and found["this"] != found["against"]:
        print("the two checkouts found different hits")
        return 1
    print(f"«{QUERY}»: {len(found['this'])} hits; CPU time, medians of {args.rounds}, in turn")
    for what, table in (("the engine's search", searches), ("group_by_section", groupings)):
        medians = {name: statistics.median(times) * 1000 for name, times in table.items()}
        line = ", ".join(f"{name} {median:.1f} ms" for name, median in medians.items())
        ratio = f" (this / against {medians['this'] / medians['against']:.2f})" if "against" in medians else ""
        print(f"  {what}: {line}{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
