"""PySide6 loaded without its reading the source of every module imported after it.

Once loaded, PySide6 watches every import statement, for the per-module switches of
``from __feature__ import snake_case, true_property``: the first time a module is named,
it reads the module's whole source (``inspect.getsource``) to see whether the word
"PySide6" is in it, and enters the answer in a table (0: the module may switch, -1: it is
ignored). At the window's start that reading went through 870 KB of source, the standard
library's and the reader's own, left in ``linecache``: 20 M instructions, a tenth of
what the reader's start cost beyond a bare ``QTextBrowser`` window (docs/benchmarks.md).

The reader switches no feature, so the answers change nothing: a module entered as ignored
keeps PySide6's usual names, as every module here does. PySide6 reads nothing for a module
already in its table, so :func:`spare_source_scans` enters every module as ignored before
PySide6 meets it: those loaded already, and each new one when Python looks for it. A module
that does switch a feature still gets its switch: PySide6 enters that one itself, over ours.

The table is PySide6's own (``PySide6.support.feature.pyside_feature_dict``, since 6.1; the
cost is reported upstream, napari/napari#8584, with no public switch). Should a PySide6
lack it, nothing is changed and PySide6 reads sources as before. A frozen build has no
sources to read: there PySide6 finds none, with or without this.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

IGNORED = -1
"""PySide6's entry for a module that switches no feature ("ignore this module")."""


def feature_table() -> dict[str, int] | None:
    """PySide6's table of modules and their feature switches, or None in a PySide6 without one."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


class _EnterBeforeLoading:
    """A finder that finds nothing: it enters each module Python looks for in PySide6's table.

    It is first on ``sys.meta_path``, so it sees each new module before it is loaded, and
    returns None, so the usual finders load it.
    """

    def __init__(self, table: dict[str, int]) -> None:
        self.table = table

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self.table.setdefault(fullname, IGNORED)
        return None


def spare_source_scans() -> bool:
    """Enter every module, loaded and to come, in PySide6's table; False when there is no table.

    Right after PySide6's first import (``desktop.ui`` does both), this module having been
    imported before it: PySide6 would read its source too.
    """
    import PySide6  # noqa: F401 - loaded by now: sets up PySide6's import watch and its table

    table = feature_table()
    if table is None:
        return False
    if not any(isinstance(finder, _EnterBeforeLoading) for finder in sys.meta_path):
        for name in list(sys.modules):
            table.setdefault(name, IGNORED)
        sys.meta_path.insert(0, _EnterBeforeLoading(table))
    return True
