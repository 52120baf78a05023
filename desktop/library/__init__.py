"""The library of articles: a catalogue and a search index across all of them, in SQLite (no Qt).

``catalogue`` knows which articles there are (the bundled ones and the files a reader added)
and keeps the index in step with the files; ``index`` finds words across every article with
the rules of the article search.

The names below are imported when first asked for: a reader process of an import
(``reading``) needs the index's preparer, not the catalogue and its stores.
"""

from __future__ import annotations

import sys

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.library.catalogue import AddReport, Entry, Library
    from desktop.library.index import LibraryHit, LibraryResult

__all__ = ["AddReport", "Entry", "Library", "LibraryHit", "LibraryResult"]

_HOMES = {"AddReport": "catalogue", "Entry": "catalogue", "Library": "catalogue"}


def __getattr__(name: str) -> object:
    """A name of ``__all__``, imported from its module when first asked for (by ``__import__`` and the module's
    entry in ``sys.modules``: importing ``importlib``, with ``warnings``, would cost a library search 0.4 ms)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = f"desktop.library.{_HOMES.get(name, 'index')}"
    __import__(module)
    return getattr(sys.modules[module], name)
