"""The window's side of the library: opens the stores, runs long work off the GUI thread, says what changed.

Reads (the list, search) and small writes (reading progress) use the GUI thread's own
``Library``; adding files and re-reading changed ones run in a ``QThreadPool`` worker with
its own SQLite connections (WAL lets both work at once), reporting progress by signals, so
the reader keeps reading while a folder of articles is indexed.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop.storage.errors import StorageError

if TYPE_CHECKING:  # the library (and the search engine under it) is imported after the first paint
    from collections.abc import Callable, Mapping, Sequence
    from pathlib import Path

    from desktop.content import Article
    from desktop.content.loader import BookOpening
    from desktop.library import AddReport, Entry, Library, LibraryResult
    from desktop.search import SearchOptions

log = logging.getLogger(__name__)
FILTER_SLICE = 200
"""Articles whose filter text is folded in one turn of the event loop (about 25 ms)."""
FILTER_BUDGET_SECONDS = 0.02
"""How long a filter typed before the titles are all folded may fold them itself before it waits for the slices."""


def _emit(signal: object, *values: object) -> None:
    """Emit from the worker; a window already gone (the program quitting) has nobody left to tell."""
    try:
        signal.emit(*values)  # type: ignore[attr-defined]
    except RuntimeError:  # "Signal source has been deleted"
        log.debug("library job: the window is gone; result dropped")


class _JobSignals(QObject):
    progress = Signal(int, int, str)
    """Done, total (0 when not known yet), the file being read."""
    finished = Signal(object)
    """The job's result (an AddReport, or the entries a refresh changed), or a StorageError."""


def _import_library_here() -> None:
    """The library's modules (and the search engine's under them) imported on the thread that makes a job, the GUI
    thread, not by the job on its worker: imported on a worker while the GUI thread imported some of them too, each
    thread could hold a module the other waited for, and Python's import fails on one of them ("partially
    initialized module"). Already imported, this costs a dictionary lookup."""
    import desktop.library.catalogue
    import desktop.library.reading  # the catalogue imports it only where articles are written  # noqa: F401


class _Job(QRunnable):
    """One piece of library work on a worker thread, with a Library of its own."""

    def __init__(self, folder: Path, bundled: dict[str, Callable[[], Article]], work: Callable[..., object]) -> None:
        super().__init__()
        _import_library_here()
        self.folder, self.bundled, self.work = folder, bundled, work
        self.signals = _JobSignals()

    def run(self) -> None:
        from desktop.library import Library

        try:
            library = Library(self.folder, check=False)  # the GUI thread's library checked it on open
            try:
                for key, load in self.bundled.items():
                    library.know_bundled(key, load)
                result = self.work(library, lambda *values: _emit(self.signals.progress, *values))
            finally:
                library.close()
        except StorageError as error:
            result = error
        except Exception as error:  # reported in the window, never lost in a thread
            log.exception("library work failed")
            result = StorageError(f"{type(error).__name__}: {error}")
        _emit(self.signals.finished, result)


class _SearchSignals(QObject):
    found = Signal(object, object, object)
    """The page (a LibraryResult, or None when it must be asked again on the GUI thread), its
    articles' entries, and the index's resets seen by the worker."""


class _SearchJob(QRunnable):
    """One page of a library search, on a worker thread with its own connections.

    SQLite works without Python's lock, so the window keeps drawing and taking keys while
    50,000 articles are grouped and ranked.
    """

    def __init__(self, folder: Path, query: str, options: SearchOptions, offset: int, limit: int) -> None:
        super().__init__()
        _import_library_here()
        self.setAutoDelete(False)
        self.folder, self.query, self.options, self.offset, self.limit = folder, query, options, offset, limit
        self.signals = _SearchSignals()

    def run(self) -> None:
        from desktop.library import Library

        try:
            library = Library(self.folder, check=False)
            try:
                library.rebuild_when_damaged = False
                result = library.search(self.query, self.options, offset=self.offset, limit=self.limit)
                entries = library.entries_with_ids(result.articles)
                resets = library.index.resets
            finally:
                library.close()
        except Exception:  # the GUI thread searches again, and reports what it finds
            log.exception("library search in the background failed")
            result, entries, resets = None, {}, 0
        _emit(self.signals.found, None if resets else result, entries, resets)


class LibraryController(QObject):
    """The library's stores for the window, and its long work in the background."""

    changed = Signal()
    """Articles were added, removed, re-read or their progress changed."""
    problem = Signal(str)
    """A store was found damaged and set aside (a new one took its place): to tell the reader."""
    indexRebuilt = Signal(str)
    """The search index was damaged, set aside, and is being rebuilt from the articles."""
    unavailable = Signal(str)
    """The library cannot be opened or written (read-only folder, full disk): reading goes on."""
    busy = Signal(int, int, str)
    """Background work: done, total, what is being read; (0, 0, "") when it is over."""
    added = Signal(object)
    """An AddReport, when adding files or folders is over."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._library: Library | None = None
        self._bundled: dict[str, Callable[[], Article]] = {}
        self._jobs: list[_Job] = []
        self._tried = False
        self._index_resets = 0
        self.reported: list[str] = []
        """Every problem told so far (the self-test reports them)."""
        self.problem.connect(self.reported.append)
        self.unavailable.connect(self.reported.append)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer at a time: jobs run in the order asked
        self.search_pool = QThreadPool(self)
        self.search_pool.setMaxThreadCount(1)  # searches read: they run beside a long import
        self._searches: list[_SearchJob] = []
        self._filter_timer: QTimer | None = None
        self._filter_after = 0
        """The last article whose filter text is folded (``prepare_filter``)."""
        self._filter_prepared = False
        """Every article's filter text is folded (or could not be: a filter then folds what it needs itself)."""
        app = QCoreApplication.instance()
        if app is not None:  # a quit while a folder is being read lets the worker finish its article first
            app.aboutToQuit.connect(self.close)

    @property
    def library(self) -> Library | None:
        """The GUI thread's library, opened on first use; None when it cannot be opened (said once)."""
        if self._library is None:
            from desktop.library import Library

            self._tried = True
            try:
                self._library = Library(self.folder)
            except StorageError as error:
                self.unavailable.emit(str(error))
                return None
            if self._library.catalogue.problem:
                self.problem.emit(self._library.catalogue.problem)
            read_only = self._library.catalogue.read_only or self._library.index.database.read_only
            if read_only:  # the list and search work; adding and removing say why they cannot
                self.unavailable.emit(read_only)
            if self._library.index.problem:  # rebuilt from the articles: said, but no dialog needed
                self.reported.append(self._library.index.problem)
                self.indexRebuilt.emit(self._library.index.problem)
            self._library.rebuild_when_damaged = False  # in the background instead (see _guard)
            self._index_resets = self._library.index.resets
            self._add_bundled(self._library)
        return self._library

    def _add_bundled(self, library: Library) -> None:
        try:
            for key, load in self._bundled.items():
                library.add_bundled(key, load)
        except StorageError as error:
            self._unavailable(error)

    def _guard(self, action: Callable[[Library], object]) -> object | None:
        library = self._library
        if library is None:
            return None
        try:
            return action(library)
        except StorageError as error:
            self._unavailable(error)
            return None
        finally:
            if library.index.resets != self._index_resets:  # found damaged in use: replaced, now refilled
                self._index_resets = library.index.resets
                if library.index.problem:
                    self.reported.append(library.index.problem)
                    self.indexRebuilt.emit(library.index.problem)
                self._start(lambda library, progress: library.refresh(lambda done, total: progress(done, total, "")))

    def _unavailable(self, error: StorageError) -> None:
        """Tell a failure, except a write refused by a library open for reading only: said once, when it opened."""
        library = self._library
        if error.unwritable and library is not None and library.catalogue.read_only:
            log.info("library: %s", error)
            return
        self.unavailable.emit(str(error))

    def open(self, bundled: dict[str, Callable[[], Article]]) -> None:
        """Open the stores, add the bundled articles, and bring the rest in step with the files (in the background)."""
        self._bundled = dict(bundled)
        if self.library is None:
            return
        self._start(lambda library, progress: library.refresh(lambda done, total: progress(done, total, "")))

    def idle(self) -> bool:
        """Opened (or found impossible to open), with no work running in the background."""
        return self._tried and not self._jobs

    def close(self) -> None:
        for job in self._searches:
            self.search_pool.tryTake(job)
        self.search_pool.waitForDone()
        self.pool.waitForDone()
        if self._library is not None:
            self._library.close()
            self._library = None

    # -- reading -------------------------------------------------------------------------
    def entries(self) -> list[Entry]:
        result = self._guard(lambda library: library.entries())
        return result if isinstance(result, list) else []

    def count(self) -> int:
        result = self._guard(lambda library: library.count())
        return result if isinstance(result, int) else 0

    def entries_with_ids(self, ids: list[int]) -> dict[int, Entry]:
        result = self._guard(lambda library: library.entries_with_ids(ids))
        return result if isinstance(result, dict) else {}

    def entry(self, key_or_id: str | int) -> Entry | None:
        from desktop.library import Entry

        result = self._guard(lambda library: library.entry(key_or_id))
        return result if isinstance(result, Entry) else None

    def load(self, entry: Entry) -> Article:
        """Raises ContentError when the file cannot be read any more."""
        library = self.library
        if library is None:
            raise StorageError("the library cannot be opened")
        return library.load(entry)

    def open_entry(self, entry: Entry) -> tuple[Article, BookOpening | None]:
        """``load`` as the window shows it: a long book's first sections and what reads the rest
        (``Library.open_entry``)."""
        library = self.library
        if library is None:
            raise StorageError("the library cannot be opened")
        return library.open_entry(entry)

    def listing(
        self, *, sort: str, descending: bool, words: Sequence[str], offset: int, limit: int, notes: Mapping[str, int]
    ) -> list[Entry]:
        """A page of the library page's rows (see ``Library.listing``); none when the library cannot be read."""
        result = self._guard(
            lambda library: library.listing(
                sort=sort, descending=descending, words=words, offset=offset, limit=limit, notes=notes
            )
        )
        return result if isinstance(result, list) else []

    def listing_count(self, words: Sequence[str] = ()) -> int:
        result = self._guard(lambda library: library.listing_count(words))
        return result if isinstance(result, int) else 0

    def filter_ready(self) -> bool:
        """Whether a filter can be answered now: ``prepare_filter``'s slices are done, or are taken here for up
        to FILTER_BUDGET_SECONDS and so get done (a library of some thousands). Otherwise the filter waits for
        the slices (a few hundred ms at 50,000 articles) rather than folding every title left at once, the
        window stopped meanwhile."""
        if self._filter_prepared or self._filter_timer is None:
            return True
        ends = time.monotonic() + FILTER_BUDGET_SECONDS
        while self._filter_timer is not None and not self._filter_prepared and time.monotonic() < ends:
            self._filter_timer.stop()
            self._filter_slice()
        return self._filter_prepared or self._filter_timer is None

    def prepare_filter(self) -> None:
        """The library page's filter made ready a slice at a time on the idle event loop, not at the first letter."""
        if self._filter_timer is not None:
            return  # already under way (or done: a changed article is folded again when it is filtered)

        timer = self._filter_timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(self._filter_slice)
        timer.start()

    def _filter_slice(self) -> None:
        """Fold the next FILTER_SLICE articles' filter texts; the next slice in an event of its own."""
        after = self._guard(lambda library: library.prepare_filter(self._filter_after, FILTER_SLICE))
        if not isinstance(after, int):  # no library to read now: tried again when the page is next shown
            self._filter_timer = None
            return
        self._filter_after = after
        if not after:
            self._filter_prepared = True
        elif self._filter_timer is not None:
            self._filter_timer.start()

    def search_in_background(
        self,
        query: str,
        options: SearchOptions,
        done: Callable[[LibraryResult, dict[int, Entry]], None],
        *,
        offset: int = 0,
        limit: int = 20,
    ) -> None:
        """A page of a search on a worker thread; ``done(result, entries)`` on the GUI thread.

        A search asked for later replaces one not started yet. A worker that finds the index
        damaged, or fails, leaves it to this thread's library, which replaces and rebuilds a
        damaged index as a search here does.
        """
        from desktop.library import LibraryResult

        if self.library is None:
            done(LibraryResult(query, ()), {})
            return
        for waiting in list(self._searches):
            if self.search_pool.tryTake(waiting):
                self._searches.remove(waiting)
        job = _SearchJob(self.folder, query, options, offset, limit)

        def found(result: LibraryResult | None, entries: dict[int, Entry], _resets: int) -> None:
            if job in self._searches:
                self._searches.remove(job)
            if result is None:  # damaged, or failed: as a search on this thread goes
                result = self.search(query, options, offset=offset, limit=limit)
                entries = self.entries_with_ids(list(result.articles))
            done(result, entries)

        job.signals.found.connect(found)
        self._searches.append(job)
        self.search_pool.start(job)

    def searching(self) -> bool:
        """A search is running, or waiting to run, on the worker thread."""
        return bool(self._searches)

    def search(self, query: str, options: SearchOptions, *, offset: int = 0, limit: int | None = None) -> LibraryResult:
        """A page of matching articles (``limit`` from ``offset``) with the whole library's counts."""
        from desktop.library import LibraryResult

        result = self._guard(lambda library: library.search(query, options, offset=offset, limit=limit))
        return result if isinstance(result, LibraryResult) else LibraryResult(query, ())

    # -- writing -------------------------------------------------------------------------
    def record_reading(self, key: str, progress: float, latin: bool | None = None) -> None:
        self._guard(lambda library: library.record_reading(key, progress, latin))

    def remove(self, entry_id: int) -> Entry | None:
        from desktop.library import Entry

        removed = self._guard(lambda library: library.remove(entry_id))
        if removed is not None:
            self.changed.emit()
        return removed if isinstance(removed, Entry) else None

    def add_paths(self, paths: list[Path]) -> None:
        """Add files and folders in the background; ``added`` reports what happened."""
        if self.library is None:
            return

        def work(library: Library, progress: Callable[[int, int, str], None]) -> AddReport:
            def each_file(done: int, total: int, path: Path) -> bool:
                progress(done, total, path.name)
                return True

            return library.add_paths(paths, each_file)

        self._start(work, report=True)

    def _start(self, work: Callable[..., object], report: bool = False) -> None:
        job = _Job(self.folder, self._bundled, work)
        job.setAutoDelete(False)  # kept in self._jobs until its result arrived
        job.signals.progress.connect(self.busy)
        job.signals.finished.connect(lambda result, j=job: self._finished(j, result, report))
        self._jobs.append(job)
        self.pool.start(job)

    def _finished(self, job: _Job, result: object, report: bool) -> None:
        from desktop.library import AddReport

        self._jobs.remove(job)
        try:
            self.busy.emit(0, 0, "")
        except RuntimeError:  # the window closed while the job ran: there is no one left to tell
            return
        if isinstance(result, StorageError):
            self._unavailable(result)
            return
        self.changed.emit()
        if report and isinstance(result, AddReport):
            self.added.emit(result)
