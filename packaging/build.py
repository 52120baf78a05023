"""Build the bundle and the installer of the current platform, then smoke-test the bundle.

    python packaging/build.py [--bundle-only]
                                         # Linux: dist/oqyrman/, dist/oqyrman_<version>_<arch>.deb and
                                         #        dist/oqyrman-<version>-linux-<arch>-portable.tar.gz
                                         # Windows: dist/oqyrman/, dist/oqyrman-<version>-setup.exe and a
                                         #          -portable.zip
                                         # macOS: dist/Oqyrman.app and dist/Oqyrman-<version>.dmg

Run it from an environment with the dev extra installed (``pip install -e '.[dev]'``).
Each step prints how long it took.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import APP_NAME, __version__  # noqa: E402

DIST = ROOT / "dist"


def step(name: str, command: list[str], **kwargs) -> subprocess.CompletedProcess:
    print(f"== {name}: {' '.join(command)}", flush=True)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, check=True, **kwargs)
    print(f"== {name}: {time.perf_counter() - start:.1f} s", flush=True)
    return result


def executable() -> Path:
    if sys.platform == "darwin":
        return DIST / f"{APP_NAME}.app" / "Contents" / "MacOS" / "oqyrman"
    return DIST / "oqyrman" / ("oqyrman.exe" if sys.platform == "win32" else "oqyrman")


def smoke_test(program: Path) -> None:
    """The frozen app opens its window, searches and exports exactly as from source."""
    env = {**os.environ}
    result = step("frozen self-test", [str(program), "--self-test"], capture_output=True, text=True, env=env)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"   first paint {report['first_paint_ms']} ms, font {report['font_family']}", flush=True)
    found = step("frozen search", [str(program), "search", "Batys", "--json"], capture_output=True, env=env)
    assert json.loads(found.stdout)["hits"], "search found nothing in the frozen app"
    # A misspelt query goes through rapidfuzz, whose unused parts the bundle leaves out.
    typo = step("frozen typo search", [str(program), "search", "Рессей", "--json"], capture_output=True, env=env)
    corrected = json.loads(typo.stdout)
    assert corrected["suggestion"] == "Ресей" and corrected["hits"], corrected
    exported = step("frozen export", [str(program), "export", "--format", "text"], capture_output=True, env=env)
    source = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--format", "text"], cwd=ROOT, capture_output=True, check=True
    )
    assert exported.stdout == source.stdout, "the frozen export differs from the source export"
    with tempfile.TemporaryDirectory() as data:  # the notes store (SQLite) opens and lists in the frozen app
        notes = step(
            "frozen notes",
            [str(program), "notes", "list"],
            capture_output=True,
            env={**env, "XDG_DATA_HOME": data, "APPDATA": data, "LOCALAPPDATA": data},
        )
        assert notes.stdout.strip().endswith(b"0 annotations"), notes.stdout


def build_installer() -> None:
    """The installer of the platform this runs on."""
    if sys.platform.startswith("linux"):
        step("deb", [sys.executable, "packaging/linux/build_deb.py"])
        step("portable archive", [sys.executable, "packaging/portable.py"])
    elif sys.platform == "win32":
        step("installer", ["makensis", f"-DVERSION={__version__}", "packaging/windows/oqyrman.nsi"])
        step("portable archive", [sys.executable, "packaging/portable.py"])
    elif sys.platform == "darwin":
        step("dmg", ["bash", "packaging/macos/build_dmg.sh", __version__])


def main() -> int:
    bundle_only = "--bundle-only" in sys.argv[1:]  # CI on every push: no installer, no NSIS needed
    started = time.perf_counter()
    for stale in (DIST / "oqyrman", DIST / f"{APP_NAME}.app"):
        shutil.rmtree(stale, ignore_errors=True)
    step("icons", [sys.executable, "packaging/make_icons.py"])
    step("bundle", [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"])
    smoke_test(executable())
    if not bundle_only:
        build_installer()
    print(f"== all: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
