"""The library of articles: a catalogue and a search index across all of them, in SQLite (no Qt).

``catalogue`` knows which articles there are (the bundled ones and the files a reader added)
and keeps the index in step with the files; ``index`` finds words across every article with
the rules of the article search.
"""

from desktop.library.catalogue import AddReport, Entry, Library
from desktop.library.index import LibraryHit, LibraryResult

__all__ = ["AddReport", "Entry", "Library", "LibraryHit", "LibraryResult"]
