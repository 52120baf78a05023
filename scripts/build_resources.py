"""Compile resources/oqyrman.qrc into desktop/ui/resources_rc.py with pyside6-rcc.

Run after changing anything listed in the .qrc (the article, fonts, icons);
tests/ui/test_resources.py fails while the compiled module is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QRC = ROOT / "resources" / "oqyrman.qrc"
OUTPUT = ROOT / "desktop" / "ui" / "resources_rc.py"


def rcc_command() -> list[str]:
    """pyside6-rcc from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / ("pyside6-rcc.exe" if sys.platform == "win32" else "pyside6-rcc")
    found = str(beside) if beside.exists() else shutil.which("pyside6-rcc")
    if not found:
        sys.exit("pyside6-rcc not found: install PySide6-Essentials in this environment")
    return [found]


def main() -> int:
    subprocess.run([*rcc_command(), "-g", "python", str(QRC), "-o", str(OUTPUT)], check=True)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
