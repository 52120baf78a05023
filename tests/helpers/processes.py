"""Watching a reader started as a process."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path


def catches_sigterm(process: subprocess.Popen) -> bool | None:
    """Whether the process has its own SIGTERM handler yet (None: the system does not say).

    The reader installs it just after its first paint, once the rest of its start is done
    (desktop/ui/app.py): from then on it quits cleanly on a signal and answers other starts.
    """
    try:
        status = Path(f"/proc/{process.pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) >> (signal.SIGTERM - 1) & 1)
