"""PySide6's own support code, compiled at one start and reused by the next ones.

The first ``import PySide6`` runs shiboken's bootstrap, which compiles the Python modules it
carries inside its library (``shibokensupport``: 14 modules, 129 KB of source) with
``compile()``, at every start: they are not files, so Python's bytecode cache never sees
them. That takes about 18 ms, more than a tenth of the reader's way to its first paint
(docs/benchmarks.md). PySide6's own way around it (``SBK_EMBED=0``) writes the sources into
the installed package, which an installed or frozen reader cannot count on being able to
write, and which would change every PySide6 program on the machine.

So while PySide6 is first imported, :func:`import_pyside6` answers shiboken's ``compile()``
calls from a file in the reader's cache folder: a module whose source and compiler flags are
byte for byte those it was cached with gets the code compiled then; anything else is compiled
exactly as PySide6 would have it compiled, and kept for the next start. The file is only
trusted for the Python that wrote it; a missing, unreadable or damaged one is compiled over.
It is a cache, not the reader's data: losing it costs one slower start.

``OQYRMAN_NO_CODE_CACHE=1`` leaves PySide6 to compile everything itself, as it does in any
other program (``benchmarks/startup.py`` times the reader both ways).
"""

from __future__ import annotations
import __future__

import builtins
import logging
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any, TypeGuard

from desktop import branding, portable
from desktop.content import atomic  # here, before PySide6: imported after it, PySide6 would read its source

log = logging.getLogger(__name__)

DISABLE_VARIABLE = "OQYRMAN_NO_CODE_CACHE"
CACHE_FILE = "pyside6-support-code.marshal"
FORMAT = ("oqyrman: PySide6 support code", 1, sys.version, marshal.version, sys.flags.optimize)
"""The file's first item: code is only valid for the Python that made it, compiled at the same
optimisation level (``python -O`` leaves out asserts)."""

INHERITED_FEATURES = (
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
)
FUTURE_FLAGS = sum(getattr(__future__, feature).compiler_flag for feature in INHERITED_FEATURES)
"""The compiler flags ``compile()`` takes over from its caller's code (CPython's PyCF_MASK;
not ``nested_scopes``, whose flag is CO_NESTED, a mark of nested functions)."""

Entry = tuple[bytes | str, int, CodeType]
"""A cached module: its source, the future flags it was compiled with, its code."""


def is_support_module(filename: object) -> TypeGuard[str]:
    """Whether a ``compile()`` call is shiboken's, for one of the modules it carries."""
    return isinstance(filename, str) and (
        filename == "signature_bootstrap.py" or filename.startswith("shibokensupport/")
    )


def cache_folder() -> Path | None:
    """Where Qt keeps the reader's cache (``QStandardPaths.CacheLocation``), worked out without Qt,
    which is what is being loaded; beside a portable reader, in its data folder."""
    root = portable.data_root()
    if root is not None:
        return root / "cache"
    name = branding.current().data_name  # Qt's organisation and application name both
    try:
        if sys.platform == "win32":
            local = os.environ.get("LOCALAPPDATA")
            return Path(local) / name / name / "cache" if local else None
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / name / name
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / name / name
    except RuntimeError:  # no home folder to be found
        return None


def cache_path() -> Path | None:
    folder = cache_folder()
    return folder / CACHE_FILE if folder is not None else None


def read_cache(path: Path) -> dict[str, Entry]:
    """The cached modules, or nothing when the file is missing, unreadable, damaged or foreign."""
    try:
        stored = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, EOFError, ValueError, TypeError) as error:
        log.debug("PySide6's support code is compiled afresh: %s cannot be read (%s)", path, error)
        return {}
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == FORMAT and isinstance(stored[1], dict)):
        return {}
    return {
        name: entry
        for name, entry in stored[1].items()
        if isinstance(name, str)
        and isinstance(entry, tuple)
        and len(entry) == 3
        and isinstance(entry[0], (bytes, str))
        and isinstance(entry[1], int)
        and isinstance(entry[2], CodeType)
    }


def write_cache(path: Path, modules: dict[str, Entry]) -> None:
    """Written as exports are (``desktop.content.atomic``): a reader starting meanwhile reads
    the old file or the new one, never half of one. A failure only costs the next start."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(path, marshal.dumps((FORMAT, modules)))
    except (OSError, ValueError) as error:
        log.debug("PySide6's support code is not cached: %s cannot be written (%s)", path, error)


def import_pyside6() -> None:
    """Import PySide6, its support code taken from the cache where it is still what PySide6 carries."""
    turned_off = os.environ.get(DISABLE_VARIABLE, "") not in ("", "0")
    path = None if turned_off or "PySide6" in sys.modules else cache_path()
    if path is None:
        import PySide6  # compiled by PySide6 itself, or already loaded

        return
    cached = read_cache(path)
    used: dict[str, Entry] = {}
    real_compile = builtins.compile

    def compile_support_once(source: Any, filename: Any, mode: str, *rest: Any, **more: Any) -> Any:  # compile()'s own
        if rest or more or mode != "exec" or not is_support_module(filename):  # not shiboken's call
            return real_compile(source, filename, mode, *rest, **more)
        # What compile() itself would take over from its caller (shiboken's importer is
        # written with ``from __future__ import annotations``), given explicitly: called from
        # here, it would take this module's flags instead.
        inherited = sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        entry = cached.get(filename)
        if entry is None or entry[1] != inherited or entry[0] != source:
            entry = (source, inherited, real_compile(source, filename, mode, inherited, True))
        used[filename] = entry
        return entry[2]

    builtins.compile = compile_support_once
    try:
        import PySide6  # noqa: F401 - shiboken compiles its support code now
    finally:
        builtins.compile = real_compile
    if used and used != cached:
        write_cache(path, used)
