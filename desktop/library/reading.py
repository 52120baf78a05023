"""An article made ready for the library: what the catalogue lists of it and its index rows, from the file alone.

Reading, parsing and cutting an article into numbered words needs neither store, so a large
import does it in other processes (``ReaderPool``) while this one writes; a small one, and
every single article, does it here (``Library`` with the index's own preparer).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator

from desktop.library.index import BODY, Prepared, Preparer, Translation, encoded
from desktop.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess
    from pathlib import Path
    from typing import TypeVar

    from desktop.content import Article

    _T = TypeVar("_T")


class ReadArticle(NamedTuple):
    """What the catalogue writes of an article, and its index rows."""

    title: str
    source: str
    date: str
    language: str
    text_hash: str
    prepared: Prepared

    @property
    def words(self) -> int:
        return self.prepared.words


def read_article(
    article: Article, prepare: Preparer | None = None, prepared: Prepared | None = None, hashed: str | None = None
) -> ReadArticle:
    """The article's catalogue values and its rows (``prepared``, or made by ``prepare``); ``hashed``: its
    ``text_hash`` when the caller has it."""
    if hashed is None:
        from desktop.userdata.hashing import text_hash  # an import's, not a search's: off the command's start

        hashed = text_hash(article)
    if prepared is None:
        assert prepare is not None
        prepared = prepare.prepare(article)
    return ReadArticle(article.title, article.source, article.iso_date, article.language, hashed, prepared)


def encoded_text_hash(prepared: Prepared) -> str:
    """``text_hash`` of the article whose rows were ``encoded``: its passages' UTF-8 are already there, each
    followed by a zero byte as ``text_hash`` hashes them (not encoded a second time)."""
    import hashlib

    passages = [
        text if isinstance(text, bytes) else text.encode() for slot, _section, text in prepared.rows if slot >= BODY
    ]
    passages.append(b"")
    return hashlib.sha256(b"\x00".join(passages)).hexdigest()


def _read_file(path: Path, preparer: Preparer) -> tuple[ReadArticle, tuple[int, int] | None] | None:
    """A file made ready, with its size and time taken after it was read; None when it could not be (the
    importing process reads it again itself and reports why, as it does the files it reads)."""
    from desktop.content import load_article

    try:
        article = load_article(path)
        prepared = encoded(preparer.prepare(article))
        read = read_article(article, prepared=prepared, hashed=encoded_text_hash(prepared))
    except Exception:  # noqa: BLE001 - told to the importing process by reading the file again there
        return None
    try:
        status = os.stat(path)
    except OSError:
        return read, None
    return read, (status.st_size, status.st_mtime_ns)


def _ignore_interrupts() -> None:
    """Ctrl+C in a terminal reaches the readers too: the importing process answers it (its readers then stop
    with their pipes), a reader neither stops on its own nor prints a traceback."""
    import signal  # here, not at the top: the command line's search imports this module, never this

    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """Ctrl+C ignored for the moment a reader is started from the main thread: the reader inherits it (on POSIX
    a process started ignoring it keeps ignoring it), so even its first imports are not interrupted."""
    import signal
    import threading

    main = threading.current_thread() is threading.main_thread()
    previous = signal.getsignal(signal.SIGINT) if main and hasattr(signal, "SIGINT") else None
    if previous is None:  # not the main thread, or a handler Python did not set and could not set again
        yield
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _serve(connection: Connection) -> None:
    """A reader process: lists of paths in, their ``_read_file`` results out, until told to stop or the importing
    process is gone (its end of the pipe closed, or its sentinel: it never waits on a dead parent).

    With each list come the words the other readers handed over since the last one (with their
    keys): this one does not work out their keys again.
    """
    from multiprocessing import parent_process
    from multiprocessing.connection import wait

    _ignore_interrupts()
    preparer = Preparer(keys=True)
    parent = parent_process()
    watched: list[Connection | int] = [connection] if parent is None else [connection, parent.sentinel]
    with contextlib.suppress(EOFError, OSError, KeyboardInterrupt):
        while connection in wait(watched):
            message = connection.recv()
            if message is None:
                return
            paths, known = message
            preparer.know(known)
            connection.send([_read_file(path, preparer) for path in paths])


Answer = tuple[ReadArticle, "tuple[int, int] | None", Translation]
"""A file read in a reader process: the article made ready, the file's size and time after reading, and the
translation of that process's word numbers (which has taken the article's new words)."""


class ReaderPool:
    """Files read and prepared in other processes, handed back in the order they were asked for.

    Each reader process has one list of paths at a time (asked, answered, asked again: each
    pipe holds at most one message each way, so neither side ever waits on the other's
    writing); answers wait here until they are wanted, up to ``AHEAD`` lists beyond the one
    being handed back. The processes are started with ``spawn`` (as on every system) and stop
    when told (``close``), when this process's end of their pipe closes, or when it dies. A
    reader that fails is not replaced: what it had and what comes after is read here.
    """

    CHUNK = 16
    """Paths in one list: one message each way for that many files."""
    AHEAD = 4
    """Lists taken ahead of the one being handed back, per process."""

    def __init__(self, processes: int, translation: Callable[[], Translation]) -> None:
        self._processes = processes
        self._translation = translation
        self._workers: list[tuple[BaseProcess, Connection, Translation]] = []
        self.broken = False
        """A reader process failed (or could not start): the files not yet read are read by the caller."""
        self._heard: list[str] = []
        """The words the readers handed over, in the order they came."""
        self._told: list[int] = [0] * processes
        """How many of them each reader was told (it need not work out their keys)."""

    def _start(self) -> None:
        """The processes started, when the first file is to be read (an import of unchanged files starts none)."""
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        try:
            for _number in range(self._processes):
                ours, theirs = context.Pipe()
                process = context.Process(target=_serve, args=(theirs,), daemon=True, name="oqyrman-reader")
                with _interrupts_ignored():  # a reader ignores Ctrl+C from its first instruction on
                    process.start()
                theirs.close()
                self._workers.append((process, ours, self._translation()))
        except (OSError, ValueError, RuntimeError):  # no process to be had: the files are read here
            self.close()
            self.broken = True

    def __enter__(self) -> ReaderPool:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def close(self) -> None:
        """The processes told to stop, and ended if they do not within a second."""
        for _process, connection, _translation in self._workers:
            with contextlib.suppress(OSError, ValueError):
                connection.send(None)
            connection.close()
        for process, _connection, _translation in self._workers:
            process.join(1.0)
            if process.is_alive():
                process.terminate()
                process.join(1.0)
        self._workers = []

    def read(self, items: Iterable[tuple[_T, Path | None]]) -> Iterator[tuple[_T, Answer | None]]:
        """Each item with its path's answer (None: no path, or read here), in the items' order.

        Items are taken from ``items`` ahead of the one handed back, so the caller's work to
        make them is done ahead too.
        """
        from multiprocessing.connection import wait

        source = iter(items)
        chunks: dict[int, list[tuple[_T, Path | None]]] = {}
        answers: dict[int, list[Answer | None]] = {}
        holding: dict[int, int] = {}  # worker -> the chunk it has
        taken = 0  # chunks taken from the items
        handed = 0  # the chunk handed back next
        exhausted = False

        def ask() -> None:
            nonlocal taken, exhausted
            while not exhausted and taken < handed + self.AHEAD * max(1, self._processes) + 1:
                idle = [worker for worker in range(len(self._workers)) if worker not in holding]
                if not idle and self._workers:
                    return
                chunk = list(itertools.islice(source, self.CHUNK))
                if not chunk:
                    exhausted = True
                    return
                chunks[taken] = chunk
                paths = [path for _item, path in chunk if path is not None]
                if paths and not self._workers and not self.broken:
                    self._start()
                    idle = list(range(len(self._workers)))
                if not paths or self.broken:
                    answers[taken] = [None] * len(paths)
                else:
                    try:
                        heard = self._heard
                        self._workers[idle[0]][1].send((paths, heard[self._told[idle[0]] :]))
                        self._told[idle[0]] = len(heard)
                        holding[idle[0]] = taken
                    except (OSError, ValueError):
                        self._fail(holding, answers, chunks)
                        answers[taken] = [None] * len(paths)
                taken += 1

        def receive(timeout: float | None) -> None:
            if not holding:
                return
            ready = wait([self._workers[worker][1] for worker in holding], timeout)
            for worker in [worker for worker in holding if self._workers[worker][1] in ready]:
                _process, connection, translation = self._workers[worker]
                try:
                    results = connection.recv()
                except (EOFError, OSError):
                    self._fail(holding, answers, chunks)
                    return
                for result in results:
                    if result is not None:
                        translation.take(result[0].prepared)
                        self._heard += result[0].prepared.new_words
                answers[holding.pop(worker)] = [
                    None if result is None else (result[0], result[1], translation) for result in results
                ]

        while True:
            ask()
            if handed not in chunks:
                return
            while handed not in answers:
                receive(None)
                ask()
            if holding:
                receive(0)
            found = iter(answers.pop(handed))
            for item, path in chunks.pop(handed):
                yield item, None if path is None else next(found)
            handed += 1

    def _fail(
        self,
        holding: dict[int, int],
        answers: dict[int, list[Answer | None]],
        chunks: dict[int, list[tuple[_T, Path | None]]],
    ) -> None:
        """A reader failed: every chunk still out is answered None (read by the caller), and so are the rest."""
        self.broken = True
        for number in holding.values():
            answers[number] = [None] * sum(path is not None for _item, path in chunks[number])
        holding.clear()
        self.close()


MAX_READERS = 4
READERS: int | None = None
"""Reader processes for an import (None: one per core the machine has free, up to MAX_READERS, for
POOL_MIN_FILES files or more; 0: none, every file read in the importing process)."""
POOL_MIN_FILES = 2000
"""Fewer files are read in the importing process: starting the readers (an interpreter and the
analyser each) and handing their work over costs more than they save on a few seconds' import."""
SAMPLE_SECONDS = 0.2
"""How long the machine's processor clocks are watched before an import chooses its readers: 20 clock
ticks a core on Linux, a moment against the import of 2,000 files or more it decides."""


class CpuClocks(NamedTuple):
    """A reading of the processor clocks: the whole machine's (every core's seconds, since it started) and
    this process's own."""

    busy: float
    """Seconds the machine's cores spent running anything."""
    idle: float
    """Seconds they spent idle (or waiting for a disk: free to run a reader)."""
    own: float
    """Seconds this process ran (every thread of it)."""


def cpu_clocks() -> CpuClocks | None:
    """The clocks now, from Linux's ``/proc/stat``; None where there is no such file (or it cannot be read)."""
    try:
        with open("/proc/stat", "rb") as file:
            fields = file.readline().split()
        ticks = [int(field) for field in fields[1:9]]  # user nice system idle iowait irq softirq steal
        per_second = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError):
        return None
    if fields[:1] != [b"cpu"] or len(ticks) < 5 or per_second <= 0:
        return None
    idle = ticks[3] + ticks[4]
    times = os.times()
    return CpuClocks((sum(ticks) - idle) / per_second, idle / per_second, times.user + times.system)


def busy_elsewhere(before: CpuClocks, after: CpuClocks, cores: int) -> float | None:
    """How many cores other processes kept busy between two readings (None: no time passed on the clocks).

    This process's own work between them is not counted: it is the caller's, which the readers
    take over or wait for, not another program's.
    """
    elapsed = (after.busy - before.busy) + (after.idle - before.idle)
    if elapsed <= 0:
        return None
    others = (after.busy - before.busy) - (after.own - before.own)
    return max(0.0, min(float(cores), cores * others / elapsed))


def busy_cores(cores: int) -> float:
    """How many of the machine's cores other processes are keeping busy now.

    On Linux, the processor clocks watched for SAMPLE_SECONDS, this process's own share left
    out. The load average is the wrong signal where there is better: it lags a minute behind
    (a machine that has just gone quiet still looks busy) and it counts the caller's own work,
    such as the files it just listed or the import before this one, so a machine free for the
    readers looked full and an import ran alone on one core of two. Elsewhere the one-minute
    load average is what there is (macOS and the BSDs), and on Windows, which has none, the
    machine is taken as idle.
    """
    before = cpu_clocks()
    if before is not None:
        time.sleep(SAMPLE_SECONDS)
        after = cpu_clocks()
        busy = None if after is None else busy_elsewhere(before, after, cores)
        if busy is not None:
            return busy
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): taken as idle
        return 0.0


def reader_processes(files: int) -> int:
    """How many reader processes an import of ``files`` files uses (0: it reads them itself).

    As many as the machine has cores free now (``busy_cores``), up to MAX_READERS: readers on
    a machine already busy only make every process wait its turn, and their own work (each
    starts an interpreter, and hands its articles over) makes the import cost more CPU time,
    not less. None in a frozen build: the bundle leaves ``multiprocessing`` out.
    """
    if getattr(sys, "frozen", False):
        return 0
    if READERS is not None:
        return READERS
    cores = os.cpu_count() or 1
    if cores < 2 or files < POOL_MIN_FILES:
        return 0
    return max(0, min(cores, MAX_READERS, round(cores - busy_cores(cores))))
