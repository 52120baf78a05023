"""Size of the PyInstaller bundle and installer, and the frozen app's start against the source run.

    python benchmarks/bundle.py [--runs 11] [--sizes-only]

Run after ``python packaging/build.py``. Start-up is timed as in startup.py: fresh
processes, alternating, medians compared within one run.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE_BUDGET_MIB = 90
INSTALLER_BUDGET_MIB = 40


def tree_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def installers() -> list[Path]:
    return sorted(p for pattern in ("*.deb", "*-setup.exe", "*.dmg") for p in DIST.glob(pattern))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--sizes-only", action="store_true")
    args = parser.parse_args()
    bundle = DIST / "oqyrman"
    if not bundle.is_dir():
        sys.exit("no dist/oqyrman: run python packaging/build.py first")

    size, count = tree_size(bundle)
    print(f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"bundle dist/oqyrman: {size / 2**20:.1f} MiB in {count} files (budget {BUNDLE_BUDGET_MIB} MiB)")
    biggest = sorted(
        ((p.stat().st_size, p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()),
        reverse=True,
    )[:8]
    for file_size, name in biggest:
        print(f"   {file_size / 2**20:6.1f} MiB  {name}")
    for installer in installers():
        size_mib = installer.stat().st_size / 2**20
        print(f"installer {installer.name}: {size_mib:.1f} MiB (budget {INSTALLER_BUDGET_MIB} MiB)")
    if args.sizes_only:
        return 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True)
    commands = {
        "frozen": [str(bundle / "oqyrman"), "--self-test"],
        "source": [sys.executable, "-m", "desktop", "--self-test"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(samples) for name, samples in times.items()}
    for name, median in medians.items():
        print(f"start {name:7s} --self-test: median {median * 1000:6.1f} ms over {args.runs} runs")
    print(f"frozen / source: {medians['frozen'] / medians['source']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
