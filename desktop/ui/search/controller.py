"""The search controller: owns the index and the state (query, result, current hit).

The widgets only show that state and report what the reader does. The article's index is
built on a worker thread once the window has painted (``prepare``), reporting its progress:
a long book's index takes seconds, and a search typed meanwhile is answered as soon as it is
ready, while the window keeps responding. A caller that needs the index at once (``index``)
waits for that build rather than starting another.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

if TYPE_CHECKING:
    from desktop.content import Article
    from desktop.search import Completion, Hit, SearchIndex, SearchOptions, SearchResult

DEBOUNCE_MS = 150
PROGRESS_STEPS = 50
"""How often (at most) a build reports its progress."""

log = logging.getLogger(__name__)
_RUNNING: set[_IndexJob] = set()
"""Builds on a worker thread now: stopped before the interpreter exits (a thread running Python
code while the interpreter finalizes crashes it)."""


class _CancelledError(Exception):
    pass


SWITCH_INTERVAL_S = 0.0005
"""Python's thread switch interval while an index is built: the GUI thread waits at most this long
for the interpreter after each call into Qt (5 ms by default: a window's start that makes
thousands of such calls took seconds beside a build)."""
_switching = {"builds": 0, "interval": 0.005}


def _quick_switching(on: bool) -> None:
    import sys

    if on:
        if not _switching["builds"]:
            _switching["interval"] = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        _switching["builds"] += 1
    else:
        _switching["builds"] = max(0, _switching["builds"] - 1)
        if not _switching["builds"]:
            sys.setswitchinterval(_switching["interval"])


@atexit.register
def _stop_running_builds() -> None:
    for job in list(_RUNNING):
        job.cancelled = True
    for job in list(_RUNNING):
        job.finished.wait(10)


class _IndexSignals(QObject):
    progress = Signal(int)
    """Percent of the passages indexed."""
    done = Signal(object)
    """The job, once it has built its index (or failed to)."""


class _IndexJob(QRunnable):
    """Builds one article's SearchIndex on a worker thread; ``wait`` gives it to a caller that cannot wait longer."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        # The search's modules are imported here, on the GUI thread, not by ``run``: imported on the worker while
        # the GUI thread imported some of them too (the library page's), each thread could hold a module the other
        # waited for, and Python's import failed on one of them ("partially initialized module").
        import desktop.search  # noqa: F401

        self.setAutoDelete(False)  # the controller keeps it until its result is taken
        self.article = article
        self.signals = _IndexSignals()
        self.result: SearchIndex | None = None
        self.cancelled = False
        self.finished = threading.Event()

    def run(self) -> None:
        from desktop.search import SearchIndex

        passages = self.article.passages
        step = max(1, len(passages) // PROGRESS_STEPS)

        def counted():  # the passages, with the progress told every ``step`` of them
            for number, passage in enumerate(passages):
                if number % step == 0:
                    if self.cancelled:
                        raise _CancelledError
                    self._emit(self.signals.progress, 100 * number // max(1, len(passages)))
                yield passage.section_id, passage.text

        from desktop import gc_pause

        _RUNNING.add(self)
        gc_pause.hold()  # its millions of objects stay: no collection walks them while they are made
        _quick_switching(True)
        try:
            self.result = SearchIndex(counted())
        except _CancelledError:
            pass
        except Exception:  # a bug must not leave a caller waiting forever: it builds the index itself
            log.exception("building the search index failed")
        finally:
            _quick_switching(False)
            gc_pause.release()
            if not self.cancelled:
                self._emit(self.signals.done, self)
            # Last: once it is set, the interpreter may exit (``_stop_running_builds``), so no Python code of the
            # job's may run after it (a signal emitted after it crashed the exit now and then).
            _RUNNING.discard(self)
            self.finished.set()

    @staticmethod
    def _emit(signal: object, *values: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone (quitting): nobody to tell
            signal.emit(*values)  # type: ignore[attr-defined]

    def wait(self) -> SearchIndex | None:
        self.finished.wait()
        return self.result


class SearchController(QObject):
    """Runs searches as the reader types and walks through the hits in document order."""

    resultChanged = Signal(object)
    """A new SearchResult (or None when the search was cleared)."""
    currentChanged = Signal(int)
    """The current hit's number in document order (-1 for none)."""
    indexProgress = Signal(int)
    """Percent of the article indexed while a search waits for it; 100 when it is ready."""
    indexReady = Signal()
    """The background build is over: completions asked for meanwhile can be offered now."""

    def __init__(self, article: Article, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self._article = article
        self._query = ""
        self._inflection = True
        self._related = True
        self._section: str | None = None
        self.result: SearchResult | None = None
        self.hits: list[Hit] = []
        self.current = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_when_ready)
        self._job: _IndexJob | None = None
        self._pending = False
        """A search was asked for before the index was ready: it runs when it is."""
        self._held = False
        """The article is a book's first sections: searches wait for the whole book (``release``)."""

    @property
    def index(self) -> SearchIndex:
        """The article's index: the background build's (waited for), or built now if none was started."""
        if self._index is None and self._job is not None:
            job, self._job = self._job, None
            self._index = job.wait()
        if self._index is None:
            from desktop.search import SearchIndex  # loaded with the first search, not at start-up

            self._index = SearchIndex.from_article(self._article)
        return self._index

    @property
    def ready(self) -> bool:
        """Whether a search can be answered without waiting for the index."""
        return self._index is not None

    def prepare(self) -> None:
        """Build the article's index on a worker thread (call it once the window has painted)."""
        if self._index is not None or self._job is not None or self._held:
            return  # held: the whole book's index is built once it is read (``release``)
        job = _IndexJob(self._article)
        job.signals.progress.connect(self._on_progress)
        # A bound method, not a lambda: Qt drops the connection when the controller goes with its
        # window, so a build that ends after the window closed tells nobody.
        job.signals.done.connect(self._on_built)
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _on_progress(self, percent: int) -> None:
        if self._pending:
            self.indexProgress.emit(percent)

    def _on_built(self, job: _IndexJob) -> None:
        if job is not self._job:  # another article since, or the index was taken by a caller that waited
            return
        self._job = None
        self._index = job.result  # None after a failure: ``index`` builds it on the GUI thread
        self.indexReady.emit()
        if self._pending:
            self._pending = False
            self.indexProgress.emit(100)
            self.search_now()

    def set_article(self, article: Article) -> None:
        """Search another article; the current search is cleared and its index built in the background."""
        self.clear()
        self._held = False  # a book's first sections are held again by the caller (``hold``)
        self._article = article
        self._index = None
        if self._job is not None:  # the old article's build stops at its next progress step
            self._job.cancelled = True
        self._job = None
        QTimer.singleShot(0, self.prepare)  # after the new article's first paint

    def query(self) -> str:
        return self._query

    def options(self) -> SearchOptions:
        from desktop.search import SearchOptions

        return SearchOptions(inflection=self._inflection, related=self._related)

    def set_section(self, section_id: str | None) -> None:
        """Keep only the hits in this section ("this section" scope); None: the whole article."""
        if section_id == self._section:
            return
        self._section = section_id
        if self.result is not None:
            self.search_now()

    def set_options(self, *, inflection: bool, related: bool) -> None:
        """What counts as a match; a search on screen is run again at once."""
        self._inflection, self._related = inflection, related
        if self.result is not None:
            self.search_now()

    def completions(self, prefix: str) -> list[Completion]:
        """The text's words starting with prefix, grouped by word, most used first."""
        if not prefix.strip() or self._held or (self._index is None and self._job is not None):
            return []  # offered once the index is ready, not by waiting for it while the reader types
        return self.index.completions(prefix)

    def set_query(self, text: str) -> None:
        """Search after the reader pauses typing."""
        self._query = text
        self._timer.start()

    def hold(self) -> None:
        """The article is only a book's first sections: a search waits (with its progress) for the whole book."""
        self._held = True

    @property
    def waiting(self) -> bool:
        """Whether a search the reader typed waits for the index (or for the whole book, ``hold``)."""
        return self._pending

    @property
    def held(self) -> bool:
        """Whether searches wait for the whole book (``hold`` until ``release``)."""
        return self._held

    def release(self, article: Article) -> None:
        """The whole book (``hold``): its index is built, and a search that waited is answered from it."""
        self._held = False
        self._article = article
        self._index = None
        self.prepare()

    def _search_when_ready(self) -> None:
        """The search the reader typed: now, or as soon as the background build is over."""
        if (self._held or (self._index is None and self._job is not None)) and self._query.strip():
            self._pending = True
            self.indexProgress.emit(0)
            return
        self.search_now()

    def search_now(self) -> None:
        """Search at once (waiting for the index if it is being built)."""
        self._timer.stop()
        self._pending = False
        if not self._query.strip():
            self.clear()
            return
        if self._held:  # never an answer from part of a book
            self._pending = True
            self.indexProgress.emit(0)
            return
        result = self.index.search(self._query, options=self.options())
        if self._section is not None:
            kept = tuple(hit for hit in result.hits if hit.section_id == self._section)
            result = result._replace(hits=kept, total=len(kept))
        self.result = result
        self.hits = result.in_document_order()
        self.resultChanged.emit(self.result)
        self.select(0 if self.hits else -1)

    def clear(self) -> None:
        self._timer.stop()
        self._pending = False
        self._query = ""
        self.result = None
        self.hits = []
        self.resultChanged.emit(None)
        self.select(-1)

    def select(self, number: int) -> None:
        self.current = number if 0 <= number < len(self.hits) else -1
        self.currentChanged.emit(self.current)

    def next(self) -> None:
        if self._timer.isActive():
            self.search_now()
        elif self.hits:
            self.select((self.current + 1) % len(self.hits))

    def previous(self) -> None:
        if self._timer.isActive():
            self.search_now()
        elif self.hits:
            self.select((self.current - 1) % len(self.hits))
