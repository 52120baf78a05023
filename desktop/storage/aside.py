"""Names for damaged files set aside: never the name of one set aside before.

A damaged store or settings file is moved to ``<name>.<label>-<time>`` and kept for the
reader (or someone helping them) to recover. Two set aside within the same second, or on
a clock set back, would otherwise share that name, and the rename would replace the first.
"""

from __future__ import annotations

import time

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def aside_path(path: Path, label: str, companions: tuple[str, ...] = ()) -> Path:
    """``<name>.<label>-<time>``, or ``…-2``, ``…-3`` when taken (with any of ``companions``:
    suffixes of files moved with it, such as SQLite's ``-wal`` and ``-shm``)."""
    from pathlib import Path  # here: a store opens without pathlib, and sets a file aside rarely

    base = f"{path.name}.{label}-{time.strftime('%Y%m%d-%H%M%S')}"
    candidate, number = path.with_name(base), 1
    while any(Path(f"{candidate}{suffix}").exists() for suffix in ("", *companions)):
        number += 1
        candidate = path.with_name(f"{base}-{number}")
    return candidate
