"""Shared by the benchmarks: time whole programs as fresh processes, alternating."""

from __future__ import annotations

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

    def run(command: list[str]) -> None:
        subprocess.run(command, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    for command in commands.values():
        run(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            run(command)
            times[name].append(time.perf_counter() - start)
    return times
