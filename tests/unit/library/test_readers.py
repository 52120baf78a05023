"""A large import reads and prepares its files in other processes: the same library as reading them in the
importing process, the same reports, and no process left behind when the import is killed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.library import Library, reading
from desktop.library.tokens import unpack
from tests.helpers.paths import SEED_COPY
from tests.unit.library.conftest import write_text_article

WORDS = (
    "алма", "бота", "дала", "жыра", "көше", "мата", "нөкер", "отан", "сана", "тау", "үміт", "шам",
    "Ресей", "Ресейге", "ресейлік", "Қазақстан", "Қазақстанның", "сапарына", "сапар", "тепе-теңдік",
)  # fmt: skip
QUERIES = ("Ресей", "сапарына", "Қазақстан", "тепе-теңдік", '"алма бота"', "дала тау", "cfgfh")


def _folder(tmp_path: Path, count: int = 60, *, others: bool = True) -> Path:
    """``count`` articles of the words above in changing orders, with a broken one, an empty one, a file that is
    not an article, and a link to another file of the folder (its key comes twice)."""
    folder = tmp_path / "saved"
    for number in range(count):
        words = [WORDS[(number * 7 + step * 3) % len(WORDS)] for step in range(5 + number % 9)]
        paragraphs = [" ".join(words[index:] + words[:index]).capitalize() + "." for index in range(1 + number % 4)]
        write_text_article(folder / f"{number:03d}.txt", f"Мақала {number} {words[0]}", *paragraphs)
    if not others:
        return folder
    (folder / "050-broken.md").write_text("+++\ntitle = \n", encoding="utf-8")
    (folder / "051-empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "052-photo.jpg").write_bytes(b"\xff\xd8\xff")
    os.symlink(folder / "003.txt", folder / "zz-link.txt")
    return folder


def _counting_readers(monkeypatch: pytest.MonkeyPatch, readers: int) -> list[int]:
    """Imports use ``readers`` reader processes; the list grows by how many each import started."""
    started: list[int] = []
    start = reading.ReaderPool._start

    def counted(pool: reading.ReaderPool) -> None:
        start(pool)
        started.append(len(pool._workers))

    monkeypatch.setattr(reading, "READERS", readers)
    monkeypatch.setattr(reading.ReaderPool, "CHUNK", 3)  # many lists, answered out of turn
    monkeypatch.setattr(reading.ReaderPool, "AHEAD", 4)  # and not all of them given at once
    monkeypatch.setattr(reading.ReaderPool, "HELD", 4)
    monkeypatch.setattr(reading.ReaderPool, "READ_UNTIL_READY", False)  # the readers read, however small the import
    monkeypatch.setattr(reading.ReaderPool, "_start", counted)
    return started


def _built(tmp_path: Path, folder: Path, name: str, readers: int, monkeypatch: pytest.MonkeyPatch) -> dict:
    started = _counting_readers(monkeypatch, readers)
    library = Library(tmp_path / name)
    try:
        report = library.add_paths([folder])
    finally:
        library.close()
    assert started == ([readers] if readers else [])
    return {"added": report.added, "unchanged": report.unchanged, "skipped": report.skipped} | _contents(
        tmp_path / name
    )


def _contents(data: Path) -> dict:
    """The catalogue's entries, what a few searches find, and the index's stored words and keys, by word."""
    library = Library(data)
    try:
        entries = [(e.key, e.title, e.source, e.words, e.text_hash, e.file_size) for e in library.entries()]
        found = []
        for query in QUERIES:
            result = library.search(query, limit=100)
            found.append(
                (result.total_articles, result.passages, result.page, [(h.article, h.hit) for h in result.hits])
            )
    finally:
        library.close()
    index = sqlite3.connect(data / "library-index.sqlite")
    try:
        words = dict(index.execute("SELECT id, word FROM words"))
        stored = [
            (
                passage,
                text,
                [words[number] for number in unpack(tokens, len(text))[0]],
                list(unpack(tokens, len(text))[1]),
            )
            for passage, text, tokens in index.execute("SELECT id, text, tokens FROM passages ORDER BY id")
        ]
        keys = sorted((key, words[word]) for key, word in index.execute("SELECT key, word FROM word_keys"))
    finally:
        index.close()
    return {"entries": entries, "found": found, "stored": stored, "keys": keys}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="links")
def test_reader_processes_make_the_same_library_and_report_as_reading_here(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    here = _built(tmp_path, folder, "here", 0, monkeypatch)
    there = _built(tmp_path, folder, "there", 2, monkeypatch)
    assert len(here["added"]) == 60 and len(here["skipped"]) == 3, "the broken, empty and other files are named"
    assert here["unchanged"] == [folder / "zz-link.txt"], "the link's file was added under its own name first"
    for part in here:
        assert there[part] == here[part], part
    assert all(total for total, *_rest in here["found"][:4])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_a_reader_killed_half_way_leaves_its_files_and_the_rest_to_the_importing_process(tmp_path, monkeypatch):
    import multiprocessing

    folder = _folder(tmp_path)
    here = _built(tmp_path, folder, "here", 0, monkeypatch)
    _counting_readers(monkeypatch, 2)
    killed: list[int] = []

    def progress(done: int, _total: int, _path: Path) -> bool:
        if done == 7:
            victim = multiprocessing.active_children()[0]
            os.kill(victim.pid, signal.SIGKILL)
            victim.join(10)
            killed.append(victim.pid)
        return True

    library = Library(tmp_path / "there")
    try:
        report = library.add_paths([folder], progress)
    finally:
        library.close()
    assert killed
    assert (report.added, report.unchanged, report.skipped) == (here["added"], here["unchanged"], here["skipped"])
    there = _contents(tmp_path / "there")
    for part in there:
        assert there[part] == here[part], part


@pytest.mark.parametrize("readers", [0, 2])
def test_a_file_the_window_adds_while_a_folder_import_reads_ahead_is_found_unchanged_not_added_twice(
    tmp_path, monkeypatch, readers
):
    """Files are planned ahead of the batch that writes them; another connection (the window's) may add one of
    them between two batches: it is found there when written, as a file read in turn would be."""
    from desktop.library import catalogue

    folder = _folder(tmp_path, 30, others=False)
    _counting_readers(monkeypatch, readers)
    monkeypatch.setattr(catalogue, "BATCH_FILES", 4)
    window = Library(tmp_path / "data")
    library = Library(tmp_path / "data")

    def progress(done: int, _total: int, _path: Path) -> bool:
        if done == 8:  # between two batches, files up to the 20th planned ahead (with readers)
            window.add_file(folder / "012.txt")
        return True

    try:
        report = library.add_paths([folder], progress)
        assert report.unchanged == [folder / "012.txt"]
        assert len(report.added) == 29 and library.count() == 30
    finally:
        library.close()
        window.close()


def test_an_index_written_by_another_analyser_is_rebuilt_by_readers_as_it_is_built_here(tmp_path, monkeypatch):
    folder = _folder(tmp_path, 30, others=False)
    built = _built(tmp_path, folder, "data", 0, monkeypatch)
    with sqlite3.connect(tmp_path / "data" / "library-index.sqlite") as db:
        db.execute("UPDATE meta SET value = 'an older analyser' WHERE name = 'format'")
    started = _counting_readers(monkeypatch, 2)
    library = Library(tmp_path / "data")
    try:
        assert library.index.stale
        changed = library.refresh()
        assert len(changed) == 30 and not library.index.stale
        assert started == [2]
    finally:
        library.close()
    again = _contents(tmp_path / "data")
    for part in again:
        assert again[part] == built[part], part


def test_an_import_that_finds_its_files_unchanged_starts_no_reader(library, tmp_path, monkeypatch):
    folder = _folder(tmp_path, 10, others=False)
    monkeypatch.setattr(reading, "READERS", 2)
    library.add_paths([folder])

    def must_not_start(self):
        raise AssertionError("a reader was started")

    monkeypatch.setattr(reading.ReaderPool, "_start", must_not_start)
    report = library.add_paths([folder])
    assert len(report.unchanged) == 10 and not report.added


def test_a_reader_that_cannot_start_leaves_the_files_to_the_importing_process(library, tmp_path, monkeypatch):
    folder = _folder(tmp_path, 10, others=False)
    monkeypatch.setattr(reading, "READERS", 2)

    def cannot(*_args, **_kwargs):
        raise OSError("no more processes")

    monkeypatch.setattr("multiprocessing.context.SpawnContext.Process", cannot)
    report = library.add_paths([folder])
    assert len(report.added) == 10 and library.search("сапарына").total_articles


def _clocks(monkeypatch: pytest.MonkeyPatch, *readings: reading.CpuClocks | None) -> None:
    """The processor clocks read these values, one after the other, with no wait between them."""
    values = iter(readings)
    monkeypatch.setattr(reading, "cpu_clocks", lambda: next(values))
    monkeypatch.setattr(reading, "SAMPLE_SECONDS", 0)


def test_a_large_import_uses_the_free_cores_and_a_small_one_a_busy_machine_or_a_frozen_build_none(monkeypatch):
    monkeypatch.setattr(reading, "READERS", None)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    idle = (reading.CpuClocks(100.0, 500.0, 7.0), reading.CpuClocks(100.0, 500.4, 7.0))
    _clocks(monkeypatch, *idle)
    assert reading.reader_processes(reading.POOL_MIN_FILES) == 2
    assert reading.reader_processes(reading.POOL_MIN_FILES - 1) == 0, "the clocks are not even read"
    _clocks(monkeypatch, reading.CpuClocks(100.0, 500.0, 7.0), reading.CpuClocks(100.2, 500.2, 7.0))
    assert reading.reader_processes(10_000) == 1, "one core busy elsewhere"
    _clocks(monkeypatch, reading.CpuClocks(100.0, 500.0, 7.0), reading.CpuClocks(100.38, 500.02, 7.0))
    assert reading.reader_processes(10_000) == 0, "every core busy: readers would only take turns"
    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    _clocks(monkeypatch, reading.CpuClocks(0.0, 0.0, 0.0), reading.CpuClocks(0.0, 3.2, 0.0))
    assert reading.reader_processes(10_000) == reading.MAX_READERS
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert reading.reader_processes(10_000) == 0, "one core: nothing to gain"
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert reading.reader_processes(10_000) == 0, "the bundle has no multiprocessing"


def test_the_cores_free_for_readers_are_those_free_now_not_the_last_minutes_and_not_the_importers_own(monkeypatch):
    """The load average lags a minute and counts the importing process's own work: the clocks decide."""
    monkeypatch.setattr(reading, "READERS", None)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (2.4, 1.9, 1.0))  # the work just done, or this process's
    _clocks(monkeypatch, reading.CpuClocks(100.0, 500.0, 7.0), reading.CpuClocks(100.01, 500.39, 7.0))
    assert reading.reader_processes(10_000) == 2, "the machine is free now"
    _clocks(monkeypatch, reading.CpuClocks(100.0, 500.0, 7.0), reading.CpuClocks(100.2, 500.2, 7.2))
    assert reading.reader_processes(10_000) == 2, "the core busy was this process's own"
    _clocks(monkeypatch, reading.CpuClocks(100.0, 500.0, 7.0), reading.CpuClocks(100.4, 500.0, 7.2))
    assert reading.reader_processes(10_000) == 1, "one core this process's, the other another program's"


def test_where_the_clocks_cannot_be_read_the_load_average_decides_and_without_one_the_machine_counts_as_idle(
    monkeypatch,
):
    monkeypatch.setattr(reading, "READERS", None)
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.setattr(os, "getloadavg", lambda: (2.9, 0.5, 0.5))
    _clocks(monkeypatch, None)
    assert reading.reader_processes(10_000) == 1
    _clocks(monkeypatch, reading.CpuClocks(1.0, 1.0, 0.0), reading.CpuClocks(1.0, 1.0, 0.0))
    assert reading.reader_processes(10_000) == 1, "no time passed on the clocks: the load average"

    def no_load_average() -> tuple[float, float, float]:
        raise OSError("no load average")

    monkeypatch.setattr(os, "getloadavg", no_load_average)
    _clocks(monkeypatch, None)
    assert reading.reader_processes(10_000) == 4


def test_the_clocks_are_read_from_the_system_where_it_has_them():
    clocks = reading.cpu_clocks()
    if not Path("/proc/stat").exists():
        assert clocks is None
        return
    assert clocks is not None and clocks.busy > 0 and clocks.idle >= 0
    assert clocks.own == pytest.approx(sum(os.times()[:2]), abs=0.5)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes' states from /proc")
def test_an_import_killed_with_sigkill_leaves_no_reader_running_and_is_finished_by_adding_again(tmp_path):
    folder = _folder(tmp_path, 40)
    data = tmp_path / "data"
    pids = tmp_path / "pids"
    script = textwrap.dedent(
        f"""
        import multiprocessing, os, signal
        from pathlib import Path
        from desktop.library import Library, catalogue, reading
        catalogue.BATCH_FILES = 7
        reading.READERS = 2
        reading.ReaderPool.CHUNK = 2
        reading.ReaderPool.AHEAD = reading.ReaderPool.HELD = 4  # the readers still at work at the 25th file
        reading.ReaderPool.READ_UNTIL_READY = False
        library = Library(Path({str(data)!r}))
        def progress(done, total, path):
            if done == 25:  # three batches committed, the readers busy ahead
                Path({str(pids)!r}).write_text(" ".join(str(p.pid) for p in multiprocessing.active_children()))
                os.kill(os.getpid(), signal.SIGKILL)
            return True
        library.add_paths([Path({str(folder)!r})], progress)
        """
    )
    killed = subprocess.run([sys.executable, "-c", script], env=os.environ.copy(), timeout=120, check=False)
    assert killed.returncode == -signal.SIGKILL
    readers = [int(pid) for pid in pids.read_text().split()]
    assert len(readers) == 2
    deadline = time.monotonic() + 10
    while any(map(_running, readers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, readers)), "a reader outlived the import"

    library = Library(data)
    try:
        kept = library.count()
        assert kept == 21, "every committed batch is kept, the one being written is not"
        report = library.add_paths([folder])
        assert len(report.added) + len(report.unchanged) == 41
        assert library.index.size()[0] == 40
        assert library.search("сапарына").total_articles == sum(
            "сапар" in path.read_text(encoding="utf-8") for path in folder.glob("0*.txt")
        )
    finally:
        library.close()


def _ignores_ctrl_c(pid: int) -> bool:
    """Whether the process ignores SIGINT (the SigIgn mask of /proc/<pid>/status)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigIgn:"):
            return bool(int(line.split()[1], 16) & (1 << (signal.SIGINT - 1)))
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes' states from /proc")
def test_ctrl_c_in_a_terminal_stops_the_import_and_its_readers_without_a_traceback(tmp_path):
    """Ctrl+C reaches every process of the terminal's group: the importing one answers it; the readers ignore it
    from their first instruction (started ignoring it), so none prints a traceback, and they end with the import."""
    folder = _folder(tmp_path, 40, others=False)
    found = tmp_path / "found"
    script = textwrap.dedent(
        f"""
        import json, multiprocessing, os, signal, sys
        from pathlib import Path
        from desktop.library import Library, reading
        from tests.unit.library.test_readers import _ignores_ctrl_c
        reading.READERS = 2
        reading.ReaderPool.CHUNK = 2
        reading.ReaderPool.READ_UNTIL_READY = False
        start = reading.ReaderPool._start
        def started(pool):
            start(pool)
            readers = [process.pid for process in multiprocessing.active_children()]
            ignoring = [_ignores_ctrl_c(pid) for pid in readers]  # at once: still starting
            Path({str(found)!r}).write_text(json.dumps([readers, ignoring]))
        reading.ReaderPool._start = started
        library = Library(Path({str(tmp_path / "data")!r}))
        def progress(done, total, path):
            if done == 10:
                os.killpg(os.getpgid(0), signal.SIGINT)  # as a terminal's Ctrl+C: to the whole group
            return True
        try:
            library.add_paths([Path({str(folder)!r})], progress)
        except KeyboardInterrupt:
            sys.exit(130)
        """
    )
    stopped = subprocess.run(
        [sys.executable, "-c", script], env=os.environ.copy(), timeout=120, check=False,
        capture_output=True, text=True, start_new_session=True,
    )  # fmt: skip
    assert stopped.returncode == 130
    assert "Traceback" not in stopped.stderr, stopped.stderr
    readers, ignoring = json.loads(found.read_text())
    assert len(readers) == 2 and all(ignoring)
    deadline = time.monotonic() + 10
    while any(map(_running, readers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, readers))


def test_a_reader_hashes_the_text_from_the_bytes_it_hands_over_as_the_annotations_do(tmp_path):
    from desktop.content import load_article
    from desktop.library.index import Preparer, encoded
    from desktop.library.reading import encoded_text_hash
    from desktop.userdata.hashing import text_hash

    write_text_article(tmp_path / "a.txt", "Сапар", "Қазақстанның сапарына — тепе-теңдік.", "Ресейге ё 😀 алма.")
    articles = [load_article(tmp_path / "a.txt"), load_article(SEED_COPY)]
    for article in articles:
        prepared = Preparer().prepare(article)
        assert encoded_text_hash(encoded(prepared)) == text_hash(article)
        assert encoded_text_hash(prepared) == text_hash(article)


def _serve_noting(connection, noted: str) -> None:
    """A reader (``reading._serve``) that also writes down, in the folder ``noted``, each file it has read."""
    read_file = reading._read_file

    def noting(path, preparer):
        answer = read_file(path, preparer)
        (Path(noted) / Path(path).name).touch()
        return answer

    reading._read_file = noting
    reading._serve(connection)


def _reader(noted: Path | None = None) -> tuple[object, object]:
    """A reader process started as a pool starts one, and this process's end of its pipe; with ``noted``, it writes
    down the files it has read there."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    target, args = (reading._serve, (theirs,)) if noted is None else (_serve_noting, (theirs, str(noted)))
    process = context.Process(target=target, args=args, daemon=True)
    process.start()
    theirs.close()
    return process, ours


def test_a_reader_takes_its_next_lists_while_its_answer_waits_to_be_read(tmp_path):
    """The importing process gives a reader more lists before it reads the answers: a list, however large (words
    heard from the others), is taken off the pipe at once even while the reader waits to write its answer."""
    import threading

    from desktop.content import load_article

    paragraph = " ".join(WORDS * 20)
    paths = [
        write_text_article(tmp_path / f"{number}.txt", f"Мақала {number}", *[paragraph] * 40) for number in range(8)
    ]  # about 2 MB of answer
    process, connection = _reader()
    try:
        assert connection.recv() is None, "it says it is ready"
        connection.send((paths, []))  # an answer larger than a pipe holds: the reader waits for it to be read
        heard = [f"сөз{number}" for number in range(200_000)]  # a few megabytes: more than a pipe holds too
        sent = threading.Event()

        def send_more() -> None:
            connection.send((paths[:2], heard))
            sent.set()

        threading.Thread(target=send_more, daemon=True).start()
        assert sent.wait(20), "giving the reader its next list waited on its answer being read"
        first, second = connection.recv(), connection.recv()
        assert [read.title for read, _stat in first] == [load_article(path).title for path in paths]
        assert [read.title for read, _stat in second] == [read.title for read, _stat in first[:2]]
        assert not second[0][0].prepared.new_words, "its words were numbered with the first list"
        connection.send(None)
        process.join(10)
        assert process.exitcode == 0
    finally:
        if process.is_alive():  # held up: neither side would write again
            process.kill()
            process.join(10)
        connection.close()


def _long_articles(folder: Path, count: int) -> list[Path]:
    """``count`` articles whose answers together are more than a pipe holds (2.7 MB for 8, a pipe 0.2 MB)."""
    paragraph = " ".join(WORDS * 20)
    return [
        write_text_article(folder / f"{number}.txt", f"Мақала {number}", *[paragraph] * 40) for number in range(count)
    ]


def _wait_for(condition, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return condition()


def test_a_reader_whose_answer_waits_to_be_read_goes_on_with_its_next_list(tmp_path):
    """An answer larger than the pipe holds is written as the importing process reads it, which it does only between
    the files it writes: meanwhile the reader prepares the lists it holds, and its answers still come in order."""
    from desktop.content import load_article

    long = _long_articles(tmp_path / "long", 8)
    short = [write_text_article(tmp_path / "short" / f"short-{n}.txt", f"Қысқа {n}", "Алма бота.") for n in range(3)]
    noted = tmp_path / "noted"
    noted.mkdir()
    process, connection = _reader(noted)
    try:
        assert connection.recv() is None, "it says it is ready"
        connection.send((long, []))
        connection.send((short[:2], []))
        connection.send((short[2:], []))
        assert _wait_for((noted / short[2].name).exists), "it waited for its first answer to be read"
        answers = [connection.recv() for _list in range(3)]
        assert [[read.title for read, _stat in answer] for answer in answers] == [
            [load_article(path).title for path in paths] for paths in (long, short[:2], short[2:])
        ]
        connection.send(None)
        process.join(10)
        assert process.exitcode == 0
    finally:
        if process.is_alive():
            process.kill()
            process.join(10)
        connection.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_a_reader_killed_half_way_through_writing_an_answer_leaves_its_files_to_the_importing_process(
    tmp_path, monkeypatch
):
    from desktop.library.index import Translation

    paths = _long_articles(tmp_path, 24)
    monkeypatch.setattr(reading.ReaderPool, "CHUNK", 4)
    monkeypatch.setattr(reading.ReaderPool, "READ_UNTIL_READY", False)
    with reading.ReaderPool(1, Translation) as pool:
        answered = pool.read((path, path) for path in paths)
        first = [next(answered)]  # its first answer read; it writes its next ones, more than the pipe holds
        process, connection, _translation = pool._workers[0]
        assert _wait_for(connection.poll), "it writes its next answer"
        os.kill(process.pid, signal.SIGKILL)
        process.join(10)
        rest = list(answered)
        assert pool.broken
    assert [path for path, _answer in first + rest] == paths, "every file, in order"
    assert first[0][1] is not None and first[0][1][0].title == "Мақала 0"
    assert rest[-1][1] is None, "the files after it are read by the importing process"
    assert all(
        answer is None or answer[0].title == path.read_text(encoding="utf-8").split("\n")[0] for path, answer in rest
    )


def test_the_readers_end_once_every_file_is_answered_while_the_last_are_written(tmp_path, monkeypatch):
    """The readers are told to stop when the last answer comes, not when the import ends: they end while the
    importing process writes the last files and commits."""
    import multiprocessing

    from desktop.library.index import Translation

    folder = _folder(tmp_path, 30, others=False)
    monkeypatch.setattr(reading.ReaderPool, "CHUNK", 3)
    monkeypatch.setattr(reading.ReaderPool, "READ_UNTIL_READY", False)
    items = [(path, path) for path in sorted(folder.glob("*.txt"))]
    with reading.ReaderPool(2, Translation) as pool:
        answered = pool.read(items)
        first = next(answered)
        processes = multiprocessing.active_children()
        assert len(processes) == 2 and all(process.is_alive() for process in processes)
        rest = list(answered)
        for process in processes:
            process.join(10)  # the pool is not closed yet
        assert [process.exitcode for process in processes] == [0, 0]
    assert [item for item, _answer in [first, *rest]] == [path for path, _path in items]
    assert all(answer is not None for _item, answer in [first, *rest])


def test_the_first_files_are_read_here_while_the_readers_start_and_the_rest_by_them_in_order(tmp_path, monkeypatch):
    from desktop.library.index import Translation

    folder = _folder(tmp_path, 20, others=False)
    paths = sorted(folder.glob("*.txt")) * 100
    monkeypatch.setattr(reading.ReaderPool, "CHUNK", 2)
    answers = []
    with reading.ReaderPool(2, Translation) as pool:
        for path, answer in pool.read((path, path) for path in paths):
            answers.append((path, answer))
            if answer is None:
                time.sleep(0.005)  # reading it here
    assert [path for path, _answer in answers] == paths
    read_here = [answer is None for _path, answer in answers]
    assert read_here[0], "no reader is ready as the first file is read"
    first_read_there = read_here.index(False)
    assert not any(read_here[first_read_there:]), "once a reader is ready, every later file goes to the readers"
    assert [answer[0].title for _path, answer in answers[first_read_there:]] == [
        f"Мақала {int(path.stem)} " + answer[0].title.split(" ", 2)[2] for path, answer in answers[first_read_there:]
    ]


def test_a_reader_is_told_the_words_the_importing_process_numbered_itself_and_works_out_only_the_others_keys(
    tmp_path, monkeypatch
):
    from desktop.library.index import Translation

    folder = _folder(tmp_path, 6, others=False)
    monkeypatch.setattr(reading.ReaderPool, "READ_UNTIL_READY", False)
    known = ["алма", "бота", "мақала"]
    with reading.ReaderPool(1, Translation, lambda: known) as pool:
        answers = [answer for _path, answer in pool.read((path, path) for path in sorted(folder.glob("*.txt")))]
    keys = {word for answer in answers if answer is not None for word in answer[0].prepared.keys or {}}
    words = {word for answer in answers if answer is not None for word in answer[0].prepared.new_words}
    assert {"алма", "бота", "мақала"} <= words, "its own numbers still have them"
    assert not keys & set(known)
    assert keys == words - set(known)


def test_the_cores_are_chosen_by_the_clocks_from_when_the_import_began_and_the_files_are_read_here_meanwhile(
    monkeypatch,
):
    monkeypatch.setattr(reading, "READERS", None)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(reading, "SAMPLE_SECONDS", 0.2)
    slept: list[float] = []
    monkeypatch.setattr(reading.time, "sleep", slept.append)
    began = reading.Watch(reading.CpuClocks(100.0, 500.0, 7.0), time.monotonic())
    monkeypatch.setattr(reading, "cpu_clocks", lambda: reading.CpuClocks(100.3, 500.1, 7.3))  # this process's
    choose = reading.reader_choice(10_000, began)
    assert callable(choose) and choose() is None, "not watched long enough: the importing process reads meanwhile"
    assert not slept
    listed = began._replace(began=time.monotonic() - 0.3)  # the files took longer to list than the clocks need
    choose = reading.reader_choice(10_000, listed)
    assert callable(choose) and choose() == 2, "the machine free but for this process's own work"
    assert slept == [0.0], "no wait after the listing"
    assert reading.reader_choice(reading.POOL_MIN_FILES - 1, listed) == 0, "a small import: none, nothing to watch"
    monkeypatch.setattr(reading, "READERS", 1)
    assert reading.reader_choice(10_000, listed) == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="links")
def test_an_import_whose_readers_are_chosen_by_the_clocks_makes_the_same_library_as_reading_here(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    here = _built(tmp_path, folder, "here", 0, monkeypatch)
    started = _counting_readers(monkeypatch, 2)
    monkeypatch.setattr(reading, "READERS", None)
    monkeypatch.setattr(reading, "POOL_MIN_FILES", 10)
    monkeypatch.setattr(reading, "SAMPLE_SECONDS", 0.05)
    monkeypatch.setattr(reading.ReaderPool, "READ_UNTIL_READY", True)
    monkeypatch.setattr(reading, "busy_cores", lambda _cores, _since=None: 0.0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    library = Library(tmp_path / "there")
    try:
        report = library.add_paths([folder], lambda _done, _total, _path: time.sleep(0.01) is None)
    finally:
        library.close()
    assert started == [2]
    assert (report.added, report.unchanged, report.skipped) == (here["added"], here["unchanged"], here["skipped"])
    there = _contents(tmp_path / "there")
    for part in there:
        assert there[part] == here[part], part
