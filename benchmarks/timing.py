"""Shared by the benchmarks: time whole programs as fresh processes, alternating."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path


def machine_line() -> str:
    return f"machine: {platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"


@dataclass
class Run:
    """One run of a program: its wall time, and when each step it reported was reached."""

    whole: float
    """Seconds from just before the process was started to its exit."""
    steps: dict[str, float] = field(default_factory=dict)
    """Seconds from just before the process was started to each reported clock."""
    minor_faults: int | None = None
    """Memory pages first touched by the first paint, when the program reported them."""

    @property
    def first_paint(self) -> float | None:
        return self.steps.get("first_paint")


def time_alternating(commands: dict[str, list[str]], runs: int, cwd: Path) -> dict[str, list[float]]:
    """Wall times (s) of each command, run in turn so the machine's noise hits all alike.

    One untimed run of each first warms the file cache.
    """
    return {name: [run.whole for run in samples] for name, samples in time_runs(commands, runs, cwd).items()}


def time_runs(commands: dict[str, list[str]], runs: int, cwd: Path) -> dict[str, list[Run]]:
    """Each command's runs, alternating, with the steps it reported.

    A program reports its steps in the last line of its output, a JSON object with
    ``clocks``: ``time.perf_counter()`` readings by name (``first_paint`` among them). That
    clock is system-wide on Linux, macOS and Windows, so the time from just before the
    process was started to each reading includes the interpreter's own start.
    """

    def run(name: str) -> Run:
        start = time.perf_counter()
        finished = subprocess.run(commands[name], check=True, cwd=cwd, capture_output=True, text=True)
        whole = time.perf_counter() - start
        lines = finished.stdout.strip().splitlines()
        try:
            report = json.loads(lines[-1]) if lines else {}
            clocks = report["clocks"]
        except (ValueError, KeyError, TypeError):
            report, clocks = {}, {}
        faults = report.get("minor_faults")
        return Run(
            whole,
            {name: clock - start for name, clock in clocks.items()},
            faults if isinstance(faults, int) else None,
        )

    for name in commands:
        run(name)
    samples: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name in commands:
            samples[name].append(run(name))
    return samples
