"""Start-up time and peak memory: ``oqyrman --self-test`` against reference PySide6 windows.

The programs run as fresh processes, alternating, in the same run, so the machine's noise
hits them alike. The figure that matters is the ratio of the medians of the time from
starting the process to the window's first paint (what a reader waits for).

- bare QTextBrowser: the article's plain text in a PySide6 QTextBrowser, nothing else;
- same widgets: plain PySide6 putting together what the reader's first screen shows (menu
  bar, a toolbar with a search box, the list of sections, the article's HTML in the bundled
  font, a status bar) and nothing else: against it, the reader's own code is measured;
  against the bare window, what those widgets cost.

Each program prints, as its last line, a JSON object whose ``clocks`` are
``time.perf_counter()`` readings at each step (modules imported, application made, window
built, first paint); the clock is system-wide, so the steps are timed from just before the
process was started, and printed as a table. The whole run, to the exit, is printed too, and
the memory pages each program had first touched by its first paint (minor page faults, where
the system counts them): a cost of time that instruction counts do not see.

    python benchmarks/startup.py [--runs 15] [--instructions] [--oqyrman CMD...]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import Run, machine_line, time_runs

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.35
"""The reader's first paint may take at most this many times the bare window's."""

# Both reference programs report the same steps as the self-test's JSON line: their
# modules imported, the application made, the window built, the first paint; and, as it
# does, the memory pages first touched by the first paint (desktop.ui.app.minor_faults).
FAULTS = r"""
report = {}
def minor_faults():
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt
"""

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
clocks = {"modules": time.perf_counter()}
app = QApplication(sys.argv)
clocks["application"] = time.perf_counter()
class Browser(QTextBrowser):
    def paintEvent(self, event):
        super().paintEvent(event)
        if "first_paint" not in clocks:
            clocks["first_paint"] = time.perf_counter()
            report["minor_faults"] = minor_faults()
            QTimer.singleShot(0, app.quit)
text = open(sys.argv[1], encoding="utf-8").read()
browser = Browser()
browser.setPlainText(text)
browser.resize(1100, 760)
clocks["window"] = time.perf_counter()
browser.show()
app.exec()
import json
print(json.dumps({"clocks": clocks, **report}))
"""

SAME_WIDGETS_WINDOW = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QMainWindow, QSplitter, QTextBrowser, QToolBar
clocks = {"modules": time.perf_counter()}
html_file, labels_file, fonts = sys.argv[1], sys.argv[2], Path(sys.argv[3])
app = QApplication([sys.argv[0], "-style", "Fusion"])
for name in ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"):
    QFontDatabase.addApplicationFont(str(fonts / name))
clocks["application"] = time.perf_counter()
class Browser(QTextBrowser):
    def paintEvent(self, event):
        super().paintEvent(event)
        if "first_paint" not in clocks:
            clocks["first_paint"] = time.perf_counter()
            report["minor_faults"] = minor_faults()
            QTimer.singleShot(0, app.quit)
window = QMainWindow()
browser = Browser()
font = QFont("Noto Serif")
font.setPointSizeF(12)
browser.document().setDefaultFont(font)
browser.setHtml(open(html_file, encoding="utf-8").read())
sections = QListView()
sections.setModel(QStringListModel(json.loads(open(labels_file, encoding="utf-8").read()), sections))
splitter = QSplitter(Qt.Orientation.Horizontal)
splitter.addWidget(sections)
splitter.addWidget(browser)
splitter.setSizes([240, 860])
window.setCentralWidget(splitter)
toolbar = QToolBar()
toolbar.addWidget(QLineEdit())
window.addToolBar(toolbar)
for title in ("File", "Edit", "View", "Search", "Go", "Help"):
    window.menuBar().addMenu(title)
window.statusBar().showMessage(" ")
window.resize(1100, 760)
clocks["window"] = time.perf_counter()
window.show()
app.exec()
print(json.dumps({"clocks": clocks, **report}))
"""

STEPS = {
    "main": "Python started, command line read",
    "modules": "(the rest of the) modules imported",
    "application": "the application (style, fonts)",
    "window": "the window built (settings read)",
    "first_paint": "shown, to the first paint",
}


def peak_rss_kib(command: list[str]) -> int:
    """Peak RSS of one run, measured by a fresh helper process so the figures do not mix."""
    code = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *command],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--instructions", action="store_true",
        help="also count instructions with valgrind's callgrind (repeatable on a noisy machine; slow)",
    )  # fmt: skip
    parser.add_argument(
        "--oqyrman", default=f"{shlex.quote(sys.executable)} -m desktop", help="command that starts the reader"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Installed apps run from bytecode (pip and PyInstaller compile it); do the same here.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True)
    scratch = ROOT / "build" / "bench"
    scratch.mkdir(parents=True, exist_ok=True)
    text_file = scratch / "article.txt"
    subprocess.run([*shlex.split(args.oqyrman), "export", "-o", str(text_file)], check=True, cwd=ROOT)
    html_file, labels_file = scratch / "article.html", scratch / "sections.json"
    sys.path.insert(0, str(ROOT))
    from desktop.content import compiled
    from desktop.content.export import html_body

    article = compiled.from_json((ROOT / "resources" / "content" / "article.json").read_bytes())
    html_file.write_text(html_body(article), encoding="utf-8")
    labels_file.write_text(json.dumps([section.label for section in article.sections]), encoding="utf-8")
    scripts = {"bare_window.py": FAULTS + BARE_WINDOW, "same_widgets_window.py": FAULTS + SAME_WIDGETS_WINDOW}
    for name, code in scripts.items():
        (scratch / name).write_text(code, encoding="utf-8")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(scratch / name)], check=True)

    ours, bare, same = "oqyrman --self-test", "bare QTextBrowser", "same widgets"
    commands = {
        ours: [*shlex.split(args.oqyrman), "--self-test"],
        bare: [sys.executable, str(scratch / "bare_window.py"), str(text_file)],
        same: [
            sys.executable, str(scratch / "same_widgets_window.py"),
            str(html_file), str(labels_file), str(ROOT / "resources" / "fonts"),
        ],
    }  # fmt: skip
    samples = time_runs(commands, args.runs, ROOT)

    print(machine_line())
    print(f"runs: {args.runs} each, alternating, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
    to_paint, whole = {}, {}
    for name, runs in samples.items():
        paints = [run.first_paint for run in runs if run.first_paint is not None]
        if len(paints) != len(runs):
            sys.exit(f"{name} did not report its first paint")
        to_paint[name] = statistics.median(paints)
        whole[name] = statistics.median(run.whole for run in runs)
        peak = peak_rss_kib(commands[name]) / 1024
        print(
            f"{name:26s} first paint: median {to_paint[name] * 1000:6.1f} ms, min {min(paints) * 1000:6.1f} ms   "
            f"whole run: median {whole[name] * 1000:6.1f} ms   peak RSS {peak:6.1f} MiB"
        )
    print_steps(samples)
    ratio = to_paint[ours] / to_paint[bare]
    print(f"start-up ratio oqyrman / bare, to the first paint: {ratio:.2f} (target <= {TARGET:.2f})")
    # The programs run in rounds, one after the other: a round's ratio shares the machine's load
    # of that moment, so their spread shows how far one run's ratio can be trusted.
    pairs = zip(samples[ours], samples[bare], strict=True)
    rounds = [ours_run.first_paint / bare_run.first_paint for ours_run, bare_run in pairs]
    if len(rounds) >= 4:
        low, middle, high = statistics.quantiles(rounds, n=4)
        print(f"  each round's ratio: median {middle:.2f}, middle half {low:.2f} to {high:.2f}")
    print(f"  same widgets / bare (what the first screen's widgets cost): {to_paint[same] / to_paint[bare]:.2f}")
    print(f"  oqyrman / same widgets (the reader's own code): {to_paint[ours] / to_paint[same]:.2f}")
    print_faults(samples, ours, bare)
    print(f"whole-run ratio oqyrman / bare, to the process's exit: {whole[ours] / whole[bare]:.2f}")
    if args.instructions:
        counts = {name: instructions(command) for name, command in commands.items()}
        for name, (to_first_paint, in_all) in counts.items():
            counted = f"{to_first_paint / 1e9:6.3f} G instructions to the first paint ({in_all / 1e9:.3f} G in all)"
            print(f"{name:26s} {counted}")
        firsts = {name: count[0] for name, count in counts.items()}
        print(f"instructions to the first paint, oqyrman / bare: {firsts[ours] / firsts[bare]:.2f}; "
              f"same widgets / bare: {firsts[same] / firsts[bare]:.2f}")  # fmt: skip
    return 0


def print_faults(samples: dict[str, list[Run]], ours: str, bare: str) -> None:
    """Memory pages first touched by the first paint (minor page faults), where counted.

    Each costs the kernel a few microseconds (about 3 on a virtual machine) that instruction
    counts do not see: with the instructions, they tell where time goes.
    """
    medians = {}
    for name, runs in samples.items():
        counts = [run.minor_faults for run in runs if run.minor_faults is not None]
        if counts:
            medians[name] = statistics.median(counts)
    if not medians:
        return
    shown = ", ".join(f"{name} {count:.0f}" for name, count in medians.items())
    print(f"  memory pages first touched by the first paint (median): {shown}")
    if ours in medians and bare in medians:
        print(f"    oqyrman - bare: {medians[ours] - medians[bare]:+.0f} pages")


def _previous_step(run: Run, step: str) -> float:
    """When the step before this one ended, in this run (0: the process's start)."""
    earlier = list(STEPS)[: list(STEPS).index(step)]
    return max((run.steps[name] for name in earlier if name in run.steps), default=0.0)


def print_steps(samples: dict[str, list[Run]]) -> None:
    """Where the time to the first paint goes: the median of each step, per program (ms)."""
    print(f"\n{'step (median ms)':36s}" + "".join(f"{name:>27s}" for name in samples))
    for step, label in STEPS.items():
        cells = []
        for runs in samples.values():
            durations = [run.steps[step] - _previous_step(run, step) for run in runs if step in run.steps]
            cells.append(f"{statistics.median(durations) * 1000:27.1f}" if durations else f"{'-':>27s}")
        print(f"{label:36s}" + "".join(cells))
    print()


FIRST_PAINT_FUNCTION = "QTextBrowser::paintEvent*"
"""Where callgrind takes its first count: all three programs show their text in a QTextBrowser."""


def instructions(command: list[str]) -> tuple[int, int]:
    """Instructions to the first paint and in the whole run, counted by callgrind.

    Counts are the same on a busy or an idle machine. Callgrind writes what was counted
    until the text browser's first paint event to a file of its own (``--dump-before``),
    and the rest to another at the exit. Python's string hashing is given a fixed seed:
    with a random one, how dictionaries and sets fill moves a count by a few million.
    """
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--dump-before={FIRST_PAINT_FUNCTION}",
             f"--callgrind-out-file={scratch}/out", *command],
            cwd=ROOT, env=environment, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        parts = sorted(Path(scratch).glob("out*"), key=lambda path: (len(path.name), path.name))
        totals = [_callgrind_total(path) for path in parts]
    if len(totals) < 2:
        sys.exit(f"callgrind saw no first paint ({FIRST_PAINT_FUNCTION} was never called)")
    first_part = next(total for path, total in zip(parts, totals, strict=True) if path.name == "out.1")
    return first_part, sum(totals)


def _callgrind_total(path: Path) -> int:
    found = re.search(r"^(?:summary|totals): (\d+)", path.read_text(errors="replace"), re.MULTILINE)
    if not found:
        sys.exit(f"callgrind wrote no total in {path.name}")
    return int(found.group(1))


if __name__ == "__main__":
    raise SystemExit(main())
