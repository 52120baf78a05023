"""Shared by the benchmarks: time whole programs as fresh processes, alternating."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import time
from pathlib import Path


def machine_line() -> str:
    return f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"


def time_alternating(commands: dict[str, list[str]], runs: int, cwd: Path) -> dict[str, list[float]]:
    """Wall times (s) of each command, run in turn so the machine's noise hits all alike.

    One untimed run of each first warms the file cache.
    """
    return {name: [whole for whole, _ in samples] for name, samples in time_to_first_paint(commands, runs, cwd).items()}


def time_to_first_paint(
    commands: dict[str, list[str]], runs: int, cwd: Path
) -> dict[str, list[tuple[float, float | None]]]:
    """(whole run, start to first paint) in seconds for each run of each command, alternating.

    A command that reports its first paint prints, as the last line of its output, a JSON
    object with ``first_paint_clock``: ``time.monotonic()`` when the window first painted.
    That clock is system-wide on Linux, macOS and Windows, so the time from just before
    the process was started to that moment includes the interpreter's own start. Commands
    that report nothing get None.
    """

    def run(command: list[str]) -> tuple[float, float | None]:
        start = time.monotonic()
        finished = subprocess.run(command, check=True, cwd=cwd, capture_output=True, text=True)
        whole = time.monotonic() - start
        lines = finished.stdout.strip().splitlines()
        try:
            painted = json.loads(lines[-1])["first_paint_clock"] - start if lines else None
        except (ValueError, KeyError, TypeError):
            painted = None
        return whole, painted

    for command in commands.values():
        run(command)
    samples: dict[str, list[tuple[float, float | None]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(run(command))
    return samples
