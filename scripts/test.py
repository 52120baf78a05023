"""Install what the tests need and run them all: ``python3 scripts/test.py [pytest args]``.

Creates ``.venv`` beside the project (if missing), installs the project with
its test extra, and on Debian/Ubuntu installs the system libraries Qt needs
when they are missing (as root, else it prints the command to run). Tests run
offscreen, so no display is needed, and in parallel (pytest-xdist): give ``-n 0``
to run them in one process, ``-m "not slow"`` to leave out the slow ones.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("OQYRMAN_VENV", ROOT / ".venv"))

# What PySide6's Qt libraries load on Linux, offscreen or under X11 (xvfb for screenshots).
DEBIAN_PACKAGES = [
    "libegl1",
    "libgl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libdbus-1-3",
    "xvfb",
]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def missing_debian_packages() -> list[str]:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return []
    missing = []
    for package in DEBIAN_PACKAGES:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
        )
        if "install ok installed" not in probe.stdout:
            missing.append(package)
    return missing


def ensure_system_libraries() -> None:
    missing = missing_debian_packages()
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        print(f"Qt needs these system packages: sudo {' '.join(command)}", file=sys.stderr)
        return
    print(f"installing {' '.join(missing)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def ensure_environment() -> Path:
    if not venv_python().exists():
        print(f"creating {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    python = str(venv_python())
    subprocess.run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"], check=True)
    return venv_python()


def parallel_arguments(argv: list[str]) -> list[str]:
    """pytest-xdist's workers, unless the arguments choose (``-n``, ``--dist``, ``-p``).

    Two per core: many tests wait on timers and on processes they start, and a second worker
    uses the core meanwhile. ``worksteal`` lets a free worker take tests queued for a busy one,
    so the slow tests do not end the run on one worker.
    """
    if any(arg.startswith(("-n", "--numprocesses", "--dist", "-p")) for arg in argv):
        return []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return ["-n", str(min(8, max(2, 2 * cores))), "--dist", "worksteal"]


def main(argv: list[str]) -> int:
    ensure_system_libraries()
    python = ensure_environment()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [str(python), "-m", "pytest", *parallel_arguments(argv), *argv]
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
