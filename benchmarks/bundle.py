"""Size of the PyInstaller bundles and installers, and the frozen app's start against the source run.

    python benchmarks/bundle.py [--runs 11] [--sizes-only]

Run after ``python packaging/build.py`` (and ``--collection …`` for a branded build: every
bundle in dist/ and every installer is reported, each against the budget). Start-up is
timed as in startup.py, to the first paint and to the exit: fresh processes, alternating,
medians compared within one run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import machine_line, time_runs

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE_BUDGET_MIB = 110  # the one-directory bundle
INSTALLER_BUDGET_MIB = 32  # each installer (.deb, setup.exe, .dmg)


def verdict(size_mib: float, budget_mib: int) -> str:
    return f"budget {budget_mib} MiB, {'within' if size_mib <= budget_mib else 'OVER'}"


def tree_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def installers() -> list[Path]:
    return sorted(p for pattern in ("*.deb", "*-setup.exe", "*.dmg") for p in DIST.glob(pattern))


def bundles() -> list[Path]:
    """dist/oqyrman and any branded build's dist/<slug>: folders holding a program of their own name."""
    return sorted(
        folder
        for folder in DIST.iterdir()
        if folder.is_dir() and any((folder / f"{folder.name}{ext}").is_file() for ext in ("", ".exe"))
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--sizes-only", action="store_true")
    args = parser.parse_args()
    bundle = DIST / "oqyrman"
    if not bundle.is_dir():
        sys.exit("no dist/oqyrman: run python packaging/build.py first")

    print(machine_line())
    for folder in bundles():
        size, count = tree_size(folder)
        size_mib = size / 2**20
        budget = verdict(size_mib, BUNDLE_BUDGET_MIB)
        print(f"bundle dist/{folder.name}: {size_mib:.1f} MiB in {count} files ({budget})")
        if folder != bundle:
            continue
        biggest = sorted(
            (
                (p.stat().st_size, p.relative_to(folder))
                for p in folder.rglob("*")
                if p.is_file() and not p.is_symlink()
            ),
            reverse=True,
        )[:8]
        for file_size, name in biggest:
            print(f"   {file_size / 2**20:6.1f} MiB  {name}")
    for installer in installers():
        size_mib = installer.stat().st_size / 2**20
        print(f"installer {installer.name}: {size_mib:.1f} MiB ({verdict(size_mib, INSTALLER_BUDGET_MIB)})")
    if args.sizes_only:
        return 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True)
    commands = {
        "frozen": [str(bundle / "oqyrman"), "--self-test"],
        "source": [sys.executable, "-m", "desktop", "--self-test"],
    }
    samples = time_runs(commands, args.runs, ROOT)
    to_paint, whole = {}, {}
    for name, runs in samples.items():
        to_paint[name] = statistics.median(run.first_paint for run in runs if run.first_paint is not None)
        whole[name] = statistics.median(run.whole for run in runs)
        print(
            f"start {name:7s} --self-test: first paint median {to_paint[name] * 1000:6.1f} ms, "
            f"whole run {whole[name] * 1000:6.1f} ms, over {args.runs} runs"
        )
    print(f"frozen / source, to the first paint: {to_paint['frozen'] / to_paint['source']:.2f}")
    print(f"frozen / source, whole run: {whole['frozen'] / whole['source']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
