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
from collections.abc import Callable, Iterable, Iterator, Sequence

from desktop.library.index import BODY, Prepared, Preparer, Translation, encoded
from desktop.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import queue
    import threading
    from collections import deque
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


def _read_file(path: Path | str, preparer: Preparer) -> tuple[ReadArticle, tuple[int, int] | None] | None:
    """A file made ready, with its size and time taken after it was read; None when it could not be (the
    importing process reads it again itself and reports why, as it does the files it reads).

    ``load_article`` is taken from its module, not the package: the package hands it out by its
    ``__getattr__``, two imports in Python for every file read. The module is imported as itself: a
    name imported from a module makes Python look for the module's ``__path__``, an error made and
    dropped for every file."""
    import desktop.content.loader as article_loader

    try:
        article = article_loader.load_article(path)
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
    process is gone.

    The lists are taken off the pipe as they come, by a thread of their own (``_take_lists``):
    the importing process gives a reader its next lists while it works on one, so it need not
    wait to be asked again between two, and the importing process's writes of them never wait
    on a reader that is itself writing an answer (a list may be larger than the pipe holds).
    The answers are written by another thread (``_send_answers``): an answer (100 to 200 KB for
    16 files) is more than the pipe holds, and the importing process reads it only between the
    files it writes, not while it commits a batch; the reader goes on with its next list
    meanwhile instead of waiting for the pipe. It holds at most the answers to the lists it was
    given and the importing process has not read (``ReaderPool.HELD``), pickled.
    With each list come the words the other readers handed over since the last one, and those
    the importing process numbered itself (their keys are worked out there): this one does not
    work out their keys again. It says when it is ready (None) before its first answer. It
    ends with ``os._exit``: its memory (every piece of text it has seen) goes back to the system
    at once, as it would after a crash, while this process writes its last answers; freed
    object by object it took 0.3 s at 10,000 files, which the importing process waited for.
    """
    import pickle
    import queue
    import threading

    _ignore_interrupts()
    lists: queue.SimpleQueue[tuple[list[Path | str], list[str]] | None] = queue.SimpleQueue()
    answers: queue.SimpleQueue[bytes] = queue.SimpleQueue()
    stop = threading.Event()
    threading.Thread(target=_take_lists, args=(connection, lists, stop), name="lists", daemon=True).start()
    preparer = Preparer(keys=True)
    import desktop.content.loader  # noqa: F401 - imported before it says it is ready, not with its first list

    with contextlib.suppress(OSError, KeyboardInterrupt):  # the importing process gone before this one was ready
        connection.send(None)  # ready: until then the importing process reads the files itself
        sender = threading.Thread(
            target=_send_answers, args=(connection, answers, lists, stop), name="answers", daemon=True
        )
        sender.start()
        while (message := lists.get()) is not None and not stop.is_set():
            paths, known = message
            preparer.know(known)
            read = [_read_file(path, preparer) for path in paths]
            answers.put(pickle.dumps(read, pickle.HIGHEST_PROTOCOL))  # pickled here: the sender only writes
    # The answers not yet written are left: told to stop, every one wanted has been read; or the
    # importing process is gone, or stopped without them.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    os._exit(0)


def _send_answers(
    connection: Connection,
    answers: queue.SimpleQueue[bytes],
    lists: queue.SimpleQueue[tuple[list[Path | str], list[str]] | None],
    stop: threading.Event,
) -> None:
    """A reader's answers written in the order they were made, each as fast as the importing process reads it,
    for as long as the reader lives; when the pipe fails (the importing process gone, or its end closed),
    ``stop`` is set and the reader woken with None, so it prepares no more lists."""
    try:
        with contextlib.suppress(OSError):
            while True:
                connection.send_bytes(answers.get())
    finally:
        stop.set()
        lists.put(None)


def _take_lists(
    connection: Connection, lists: queue.SimpleQueue[tuple[list[Path | str], list[str]] | None], stop: threading.Event
) -> None:
    """A reader's lists as they come, until it is told to stop or the importing process is gone (its end of the
    pipe closed, or its sentinel: a reader never waits on a dead parent); then ``stop`` is set, so the lists
    not begun are left, and the reader is woken with None."""
    from multiprocessing import parent_process
    from multiprocessing.connection import wait

    parent = parent_process()
    watched: list[Connection | int] = [connection] if parent is None else [connection, parent.sentinel]
    try:
        with contextlib.suppress(EOFError, OSError):
            while connection in wait(watched):
                message = connection.recv()
                if message is None:
                    return
                lists.put(message)
    finally:
        stop.set()
        lists.put(None)


Answer = tuple[ReadArticle, "tuple[int, int] | None", Translation]
"""A file read in a reader process: the article made ready, the file's size and time after reading, and the
translation of that process's word numbers (which has taken the article's new words)."""


class ReaderPool:
    """Files read and prepared in other processes, handed back in the order they were asked for.

    The readers are chosen when the first file is to be read, or as soon as they can be after
    (``processes``: the machine's clocks watched long enough), and they take a moment to start:
    until one says it is ready, the caller reads the files itself, as it does without readers.
    Each reader process is given up to ``HELD`` lists of paths at a time: it begins the next as
    soon as it has prepared one, not when this process next looks at its pipe (which it does
    between the chunks it hands back, and not while it commits a batch), its answer written
    meanwhile by a thread of its own as this process reads it. Answers wait here until
    they are wanted, up to ``AHEAD`` lists per process beyond the one being handed back. A
    reader takes its lists off the pipe as they come (``_take_lists``), so giving it one never
    waits on its answers being read. The processes are started with ``spawn`` (as on every
    system) and stop when told (``close``), when this process's end of their pipe closes, or
    when it dies. A reader that fails is not replaced: what it had and what comes after is read
    here.
    """

    CHUNK = 16
    """Paths in one list: one message each way for that many files."""
    AHEAD = 12
    """Lists taken ahead of the one being handed back, per process: their answers wait here (with
    two readers, 25 lists of 16 files at most: the importing process's peak memory at 10,000
    articles 66 MB, 64 MB with four)."""
    HELD = 12
    """Lists one reader process has been given and not answered, at most: enough to keep it
    busy while this process writes the chunks before them and commits a batch (up to 0.1 s at
    10,000 articles, 0.2 s on a loaded machine; a list is 5 to 10 ms of a reader's work). With
    four, the importing process waited 0.6 to 1.7 s in all for answers in a 10,000-article
    import, with twelve 0.06 to 0.8 s."""
    READ_UNTIL_READY = True
    """Whether the caller reads the files itself until a reader is ready (False: it waits for one)."""

    def __init__(
        self,
        processes: int | Callable[[], int | None],
        translation: Callable[[], Translation],
        known: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        """``processes``: how many readers, or what tells it when it can (None: not yet; the files are read by
        the caller meanwhile); ``known``: the words the caller numbered itself, in order, whose keys it has."""
        self._choose = processes if callable(processes) else lambda: processes
        self._processes: int | None = None
        """How many readers, once chosen."""
        self._translation = translation
        self._known = known
        self._workers: list[tuple[BaseProcess, Connection, Translation]] = []
        self._ready: list[bool] = []
        """Which readers said they are ready: lists go to them alone."""
        self.broken = False
        """A reader process failed (or could not start): the files not yet read are read by the caller."""
        self._heard: list[str] = []
        """The words the readers handed over, in the order they came."""
        self._told: list[tuple[int, int]] = []
        """How many of them, and of the caller's own words, each reader was told (it need not work out their
        keys)."""
        self._stopped = False

    def _begin(self) -> None:
        """The readers chosen, if they can be now, and started."""
        self._processes = self._choose()
        if self._processes:
            self._start()

    def _start(self) -> None:
        """The processes started, when the first file is to be read (an import of unchanged files starts none)."""
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        try:
            for _number in range(self._processes or 0):
                ours, theirs = context.Pipe()
                process = context.Process(target=_serve, args=(theirs,), daemon=True, name="oqyrman-reader")
                with _interrupts_ignored():  # a reader ignores Ctrl+C from its first instruction on
                    process.start()
                theirs.close()
                self._workers.append((process, ours, self._translation()))
                self._ready.append(False)
                self._told.append((0, 0))
        except (OSError, ValueError, RuntimeError):  # no process to be had: the files are read here
            self.close()
            self.broken = True

    def __enter__(self) -> ReaderPool:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def _stop(self) -> None:
        """The processes told to stop (once), not waited for: they end while this process writes their last
        answers."""
        if self._stopped:
            return
        self._stopped = True
        for _process, connection, _translation in self._workers:
            with contextlib.suppress(OSError, ValueError):
                connection.send(None)

    def close(self) -> None:
        """The processes told to stop, and ended if they do not within a second."""
        self._stop()
        for _process, connection, _translation in self._workers:
            connection.close()
        for process, _connection, _translation in self._workers:
            process.join(1.0)
            if process.is_alive():
                process.terminate()
                process.join(1.0)
        self._workers, self._ready, self._told = [], [], []

    def read(self, items: Iterable[tuple[_T, Path | str | None]]) -> Iterator[tuple[_T, Answer | None]]:
        """Each item with its path's answer (None: no path, or read here), in the items' order.

        Items are taken from ``items`` ahead of the one handed back, so the caller's work to
        make them is done ahead too.
        """
        from collections import deque
        from multiprocessing.connection import wait

        source = iter(items)
        chunks: dict[int, list[tuple[_T, Path | str | None]]] = {}
        answers: dict[int, list[Answer | None]] = {}
        holding: dict[int, deque[int]] = {}  # worker -> the chunks it has, in the order it was given them
        taken = 0  # chunks taken from the items
        handed = 0  # the chunk handed back next
        exhausted = False

        def free() -> int | None:
            """The ready reader with the fewest lists, if it may have another."""
            ready = [worker for worker in range(len(self._workers)) if self._ready[worker]]
            worker = min(ready, key=lambda number: len(holding.get(number, ())), default=None)
            return worker if worker is not None and len(holding.get(worker, ())) < self.HELD else None

        def ask() -> None:
            nonlocal taken, exhausted
            while not exhausted and taken < handed + self.AHEAD * max(1, self._processes or 0) + 1:
                worker = free()
                if worker is None and taken > handed:
                    return  # no reader to give a list now; the one to hand back next is given or read here
                chunk = list(itertools.islice(source, self.CHUNK))
                if not chunk:
                    exhausted = True
                    return
                chunks[taken] = chunk
                paths = [path for _item, path in chunk if path is not None]
                if paths and self._processes is None and not self.broken:
                    self._begin()
                while paths and worker is None and not self.READ_UNTIL_READY and self._workers:
                    receive(None)  # a reader's word that it is ready
                    worker = free()
                if not paths or worker is None or self.broken:  # read here: no reader (yet), or none is ready
                    answers[taken] = [None] * len(paths)
                else:
                    try:
                        heard, known = self._heard, self._known()
                        told_heard, told_known = self._told[worker]
                        words = heard[told_heard:] + list(known[told_known:])
                        self._workers[worker][1].send((paths, words))
                        self._told[worker] = (len(heard), len(known))
                        holding.setdefault(worker, deque()).append(taken)
                    except (OSError, ValueError):
                        self._fail(holding, answers, chunks)
                        answers[taken] = [None] * len(paths)
                taken += 1

        def receive(timeout: float | None) -> None:
            watched = [worker for worker in range(len(self._workers)) if holding.get(worker) or not self._ready[worker]]
            if not watched:
                return
            ready = wait([self._workers[worker][1] for worker in watched], timeout)
            for worker in watched:
                _process, connection, translation = self._workers[worker]
                if connection not in ready:
                    continue
                try:
                    if not self._ready[worker]:
                        connection.recv()  # it says it is ready
                        self._ready[worker] = True
                        continue
                    while True:  # every answer it has written (a reader writes the next as this one is read)
                        results = connection.recv()
                        for result in results:
                            if result is not None:
                                translation.take(result[0].prepared)
                                self._heard += result[0].prepared.new_words
                        answers[holding[worker].popleft()] = [
                            None if result is None else (result[0], result[1], translation) for result in results
                        ]
                        if not holding[worker] or not connection.poll():
                            break
                except (EOFError, OSError):
                    self._fail(holding, answers, chunks)
                    return

        while True:
            ask()
            if handed not in chunks:
                self._stop()
                return
            while handed not in answers:
                receive(None)
                ask()
            receive(0)
            if exhausted and not any(holding.values()):  # every file answered: the readers' work is done
                self._stop()
            found = iter(answers.pop(handed))
            for item, path in chunks.pop(handed):
                yield item, None if path is None else next(found)
            handed += 1

    def _fail(
        self,
        holding: dict[int, deque[int]],
        answers: dict[int, list[Answer | None]],
        chunks: dict[int, list[tuple[_T, Path | str | None]]],
    ) -> None:
        """A reader failed: every chunk still out is answered None (read by the caller), and so are the rest."""
        self.broken = True
        for held in holding.values():
            for number in held:
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


class Watch(NamedTuple):
    """The processor clocks as an import began (before it listed its files), and when: the cores free for its
    readers are those the machine kept free from then on."""

    clocks: CpuClocks | None
    began: float


def watch() -> Watch:
    return Watch(cpu_clocks(), time.monotonic())


def busy_cores(cores: int, since: Watch | None = None) -> float:
    """How many of the machine's cores other processes are keeping busy now.

    On Linux, the processor clocks watched for SAMPLE_SECONDS (from ``since``, when given: the
    caller's own work meanwhile, such as listing its files, is no one else's), this process's own
    share left out. The load average is the wrong signal where there is better: it lags a minute behind
    (a machine that has just gone quiet still looks busy) and it counts the caller's own work,
    such as the files it just listed or the import before this one, so a machine free for the
    readers looked full and an import ran alone on one core of two. Elsewhere the one-minute
    load average is what there is (macOS and the BSDs), and on Windows, which has none, the
    machine is taken as idle.
    """
    watched = since or watch()
    if watched.clocks is not None:
        time.sleep(max(0.0, SAMPLE_SECONDS - (time.monotonic() - watched.began)))
        after = cpu_clocks()
        busy = None if after is None else busy_elsewhere(watched.clocks, after, cores)
        if busy is not None:
            return busy
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows): taken as idle
        return 0.0


def _set_readers(files: int) -> int | None:
    """The readers for ``files`` files when the machine's load has no say (None: it has)."""
    if getattr(sys, "frozen", False):
        return 0
    if READERS is not None:
        return READERS
    if (os.cpu_count() or 1) < 2 or files < POOL_MIN_FILES:
        return 0
    return None


def reader_processes(files: int, since: Watch | None = None) -> int:
    """How many reader processes an import of ``files`` files uses (0: it reads them itself).

    As many as the machine has cores free now (``busy_cores``), up to MAX_READERS: readers on
    a machine already busy only make every process wait its turn, and their own work (each
    starts an interpreter, and hands its articles over) makes the import cost more CPU time,
    not less. None in a frozen build: the bundle leaves ``multiprocessing`` out.
    """
    readers = _set_readers(files)
    if readers is not None:
        return readers
    cores = os.cpu_count() or 1
    return max(0, min(cores, MAX_READERS, round(cores - busy_cores(cores, since))))


def reader_choice(files: int, since: Watch) -> int | Callable[[], int | None]:
    """``reader_processes`` for a ``ReaderPool``: the number, or when the machine's load decides, what gives it
    once the clocks have been watched SAMPLE_SECONDS since ``since`` (None before: the importing process
    reads the files meanwhile, rather than wait)."""
    readers = _set_readers(files)
    if readers is not None:
        return readers

    def choose() -> int | None:
        return None if time.monotonic() - since.began < SAMPLE_SECONDS else reader_processes(files, since)

    return choose
