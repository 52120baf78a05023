"""The library: the bundled articles and the files a reader added, with what is known of each.

Two SQLite stores in the user's data folder:

- ``library.sqlite``, the catalogue: one row per article (where it is, title, source, date,
  length, the hash of its text, the file's size and time when it was read, reading progress,
  alphabet, when it was last read). Small, checked on open, migrated like the notes store.
- ``library-index.sqlite``, the search index (``index.LibraryIndex``): rebuilt from the
  articles whenever it is damaged (found on open, or later when a search, a list or a removal
  fails on it), missing or written by another analyser.

Opening the library reads neither: ``refresh`` compares each file's size and modification
time with the catalogue and reads a file again only when they changed. Removing an article
forgets it; the user's file is never touched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from desktop.content.errors import ContentError
from desktop.content.formats import SUFFIXES
from desktop.library.index import LibraryIndex, LibraryResult, Translation
from desktop.records import TYPE_CHECKING, NamedTuple
from desktop.search.engine import SearchOptions
from desktop.search.normalize import fold
from desktop.storage.database import Database, StorageError, timestamp
from desktop.userdata.keys import article_key

if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from desktop.content import Article
    from desktop.content.loader import BookOpening
    from desktop.library.reading import Answer, ReadArticle

CATALOGUE_FILE = "library.sqlite"
INDEX_FILE = "library-index.sqlite"
MAX_FOLDER_FILES = 200_000
"""A folder import reads at most this many article files (a whole disk dropped by mistake is not read)."""
BATCH_FILES = 500
BATCH_SECONDS = 0.5
"""Articles written with one commit: at most this many, or as many as are read in this time (a
batch holds the stores' write lock: the window's own small writes wait at most that long)."""
MAX_FOLDER_ENTRIES = 200_000
"""…and looks at no more files than this in all, article files or not (nor is it walked for an hour)."""

MIGRATIONS = (
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        path TEXT,
        bundled INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        date TEXT NOT NULL,
        language TEXT NOT NULL,
        words INTEGER NOT NULL,
        text_hash TEXT NOT NULL,
        file_size INTEGER,
        file_mtime_ns INTEGER,
        added TEXT NOT NULL,
        last_read TEXT,
        progress REAL NOT NULL DEFAULT 0,
        latin INTEGER,
        missing INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE INDEX articles_by_date ON articles (date, id);
    CREATE INDEX articles_by_last_read ON articles (last_read, id)
    """,
    """
    CREATE INDEX articles_by_missing ON articles (missing)
    """,
)
"""Version 2: the library page's usual orders (newest first, last read first) read 200 rows from
an index instead of sorting every article. Version 3: the articles that are there are counted
from an index (``needs_refresh``, asked before every search from the command line), not by
reading every row."""

COLUMNS = (
    "id, key, path, bundled, title, source, date, language, words, text_hash, file_size, file_mtime_ns, "
    "added, last_read, progress, latin, missing"
)


class Entry(NamedTuple):
    """One article of the library, as the catalogue knows it (no text)."""

    id: int
    key: str
    path: str | None
    bundled: bool
    title: str
    source: str
    date: str
    language: str
    words: int
    text_hash: str
    file_size: int | None
    file_mtime_ns: int | None
    added: str
    last_read: str | None
    progress: float
    latin: bool | None
    """The alphabet chosen for this article; None: the reader's general choice."""
    missing: bool
    """The file is gone (moved, deleted, on a drive not plugged in): kept, shown as missing."""

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Entry:
        values = list(row)
        values[3] = bool(values[3])
        values[15] = None if values[15] is None else bool(values[15])
        values[16] = bool(values[16])
        return cls(*values)

    def as_dict(self) -> dict[str, object]:
        return dict(zip(self._fields, self, strict=True))


class AddReport:
    """What adding files or folders did, file by file (written out: ``dataclasses`` costs a command's start)."""

    __slots__ = ("added", "skipped", "unchanged", "updated")

    def __init__(self) -> None:
        self.added: list[Path] = []
        self.updated: list[Path] = []
        self.unchanged: list[Path] = []
        self.skipped: list[tuple[Path, str]] = []
        """Files not added, each with the reason in words."""

    @property
    def entries(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)


LISTING_SORTS = {
    "title": "casefold(title)", "source": "casefold(source)", "date": "date", "words": "words",
    "progress": "progress", "notes": "notes(key)", "last_read": "last_read",
}  # fmt: skip
"""The library page's sort keys as SQL (casefold and notes are Python functions the connection knows;
an article never read sorts as the oldest, NULL being SQLite's smallest value)."""


def load_article(path: Path | str) -> Article:
    """The article in a file. The loader, and ``text_hash`` below, are imported when first used: a search
    that reads no file needs neither (about 11 ms of a command's start, with their own imports)."""
    from desktop.content.loader import load_article as load

    return load(path)


def text_hash(article: Article) -> str:
    from desktop.userdata.hashing import text_hash as hash_of

    return hash_of(article)


def _casefold(text: str | None) -> str:
    return (text or "").casefold()


def _stat(path: Path | str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _resolved(path: Path, folders: dict[str, str]) -> str:
    """``str(path.resolve())``, each folder resolved once: a file that is not a link is its resolved folder's file.

    Folders and files are held as text: a ``Path`` made for each file's folder and for the file
    in the resolved folder was most of planning a file (each one hashed, joined and made text
    again, its attributes computed on first use behind a caught ``AttributeError``), and the
    text is what the catalogue keys a file by and what a reader process is handed.
    """
    if path.name in ("", "..") or os.path.islink(path):
        return str(path.resolve())
    folder_text, name = os.path.split(str(path))  # str(path): already made when its name was checked
    folder = folders.get(folder_text)
    if folder is None:
        folder = folders[folder_text] = str(path.parent.resolve())
    return os.path.join(folder, name)


_NOT_UTF8 = "[\udc80-\udcff]"
"""The lone surrogates Python keeps a name's bytes that are not UTF-8 as."""
_not_utf8: Callable[[str], object] | None = None


def _not_text(path: Path) -> bool:
    """A name with bytes that are not UTF-8 (Python keeps them as lone surrogates): no store can hold it.

    Looked for by one search in C (the pattern compiled when a file is first checked, not when
    a search imports the module), not a Python step per character: a folder of 10,000 files
    took 38 steps a file.
    """
    global _not_utf8  # noqa: PLW0603 - compiled once, when first needed
    if _not_utf8 is None:
        import re

        _not_utf8 = re.compile(_NOT_UTF8).search
    return _not_utf8(str(path)) is not None


def article_files(paths: Iterable[Path], report: AddReport) -> Iterator[Path]:
    """The article files named, and those inside the folders named (in name order); the rest go to ``report``.

    A folder import reads at most MAX_FOLDER_FILES article files and looks at no more than
    MAX_FOLDER_ENTRIES files in all: a whole disk of photos dropped by mistake is not walked
    for an hour, nor its every file listed as skipped. Links to folders are followed, each
    folder read once (a link back to a folder already read is named, not followed round a
    loop); a subfolder that cannot be read and a name that is not UTF-8 are named too.
    """
    from pathlib import Path  # here, as in the other methods that read files: a search opens without pathlib

    seen = looked_at = 0
    read_folders: set[tuple[int, int]] = set()

    def unreadable(error: OSError) -> None:
        report.skipped.append((Path(error.filename or "?"), f"the folder cannot be read: {error.strerror or error}"))

    for path in paths:
        if path.is_dir():
            for folder, dirs, files in os.walk(path, onerror=unreadable, followlinks=True):
                try:
                    status = os.stat(folder)
                except OSError as error:
                    report.skipped.append((Path(folder), f"the folder cannot be read: {error.strerror or error}"))
                    dirs[:] = []
                    continue
                if (status.st_dev, status.st_ino) in read_folders:
                    report.skipped.append((Path(folder), "a link to a folder already read (not followed again)"))
                    dirs[:] = []
                    continue
                read_folders.add((status.st_dev, status.st_ino))
                dirs.sort()
                dirs[:] = [name for name in dirs if not name.startswith(".")]
                folder_path = Path(folder)
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    file = folder_path / name
                    looked_at += 1
                    if looked_at > MAX_FOLDER_ENTRIES:
                        report.skipped.append(
                            (file, f"more than {MAX_FOLDER_ENTRIES:,} files in the folder: the rest were not looked at")
                        )
                        return
                    if file.suffix.lower() not in SUFFIXES:
                        report.skipped.append((file, f"not an article file ({file.suffix or 'no extension'})"))
                        continue
                    if _not_text(file):
                        report.skipped.append((file, "its name is not valid UTF-8 text"))
                        continue
                    seen += 1
                    if seen > MAX_FOLDER_FILES:
                        report.skipped.append((file, f"more than {MAX_FOLDER_FILES:,} files: the rest were not read"))
                        return
                    yield file
        elif _not_text(path):
            report.skipped.append((path, "its name is not valid UTF-8 text"))
        else:
            yield path


def _write_entry(
    db: sqlite3.Connection, key: str, path: Path | str | None, values: tuple[object, ...], existing: Entry | None
) -> int:
    """An article's catalogue row written (``values``: title to file time, as the columns go), in the transaction
    that is open: its id."""
    if existing is not None:
        db.execute(
            "UPDATE articles SET title = ?, source = ?, date = ?, language = ?, words = ?, text_hash = ?, "
            "file_size = ?, file_mtime_ns = ?, missing = 0 WHERE id = ?",
            (*values, existing.id),
        )
        return existing.id
    cursor = db.execute(
        "INSERT INTO articles (key, path, bundled, title, source, date, language, words, text_hash, "
        "file_size, file_mtime_ns, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (key, None if path is None else str(path), int(path is None), *values, timestamp()),
    )
    return int(cursor.lastrowid or 0)


class _Planned(NamedTuple):
    """A file to read and write: its key, resolved path and the entry it has (None: a new one)."""

    key: str
    path: str
    """The path resolved (the key's own text)."""
    existing: Entry | None
    batch: int
    """The batch the entry was read in: planned ahead, before another program (the window) could write."""


class Library:
    """The catalogue and its search index, kept in step."""

    def __init__(self, folder: Path | str, *, check: bool = True, trust_checked: bool = False) -> None:
        """``check=False``: the catalogue was just checked by another connection (a background job's);
        ``trust_checked``: not checked again when unchanged since its checks passed (the command line)."""
        catalogue = os.path.join(folder, CATALOGUE_FILE)  # not a Path: a search opens without pathlib
        self.catalogue = Database(catalogue, MIGRATIONS, full_check=check, trust_checked=trust_checked)
        try:
            self.index = LibraryIndex(os.path.join(folder, INDEX_FILE))
        except StorageError:
            self.catalogue.close()
            raise
        self.problems = [problem for problem in (self.catalogue.problem, self.index.problem) if problem]
        """Stores found damaged and set aside (on open, or the index later), to tell the reader."""
        self.rebuild_when_damaged = True
        """A search that finds the index damaged indexes every article again before it answers;
        False: the caller does (the window, in the background), told by ``index.resets``."""
        self._resets_seen = self.index.resets
        self._resets_refreshed = 0  # an index replaced on open is filled by the first refresh or search
        self._batches = 0
        """Batches begun: a file planned in an earlier one has its entry read again when it is written."""
        self._bundled: dict[str, Callable[[], Article]] = {}
        self._notes: Mapping[str, int] = {}
        self._haystacks: dict[int, tuple[tuple[str, ...], str]] = {}
        self.catalogue.connection.create_function("casefold", 1, _casefold, deterministic=True)
        self.catalogue.connection.create_function("haystack", 5, self._haystack)
        self.catalogue.connection.create_function("notes", 1, lambda key: self._notes.get(key, 0))

    def close(self) -> None:
        self.catalogue.close()
        self.index.close()

    # -- the catalogue ---------------------------------------------------------------------
    def entries(self) -> list[Entry]:
        """Every article: the bundled ones first, then in the order they were added."""
        rows = self.catalogue.connection.execute(f"SELECT {COLUMNS} FROM articles ORDER BY bundled DESC, id")
        return [Entry.from_row(row) for row in rows]

    def listing(
        self,
        *,
        sort: str = "date",
        descending: bool = True,
        words: Sequence[str] = (),
        offset: int = 0,
        limit: int = 200,
        notes: Mapping[str, int] | None = None,
    ) -> list[Entry]:
        """A page of the articles, sorted and filtered by SQLite: what the library page shows.

        ``sort`` is a key of LISTING_SORTS (``notes`` sorts by the counts given); ``words``,
        folded, must each be in the title, source, date or path. Ties go by id, so pages never
        overlap or skip.
        """
        self._notes = notes or {}
        where, parameters = self._listing_filter(words)
        direction = "DESC" if descending else "ASC"
        rows = self.catalogue.connection.execute(
            f"SELECT {COLUMNS} FROM articles{where} ORDER BY {LISTING_SORTS[sort]} {direction}, id {direction} "
            "LIMIT ? OFFSET ?",
            (*parameters, max(0, limit), max(0, offset)),
        )
        return [Entry.from_row(row) for row in rows]

    def listing_count(self, words: Sequence[str] = ()) -> int:
        """How many articles ``listing`` would give in all with these words."""
        where, parameters = self._listing_filter(words)
        return int(self.catalogue.connection.execute(f"SELECT count(*) FROM articles{where}", parameters).fetchone()[0])

    @staticmethod
    def _listing_filter(words: Sequence[str]) -> tuple[str, list[str]]:
        if not words:
            return "", []
        clauses = " AND ".join("instr(haystack(id, title, source, date, path), ?) > 0" for _word in words)
        return f" WHERE {clauses}", list(words)

    def prepare_filter(self, after_id: int = 0, count: int = 200) -> int:
        """Fold the filter's text of up to ``count`` articles after ``after_id`` before a filter asks for it.

        The window calls it a slice at a time while the library page is idle: folded at the first
        letter typed, 10,000 articles' texts stopped it for 1.2 s. Returns the last id folded, or 0
        once every article's text is folded.
        """
        rows = self.catalogue.connection.execute(
            "SELECT id, title, source, date, path FROM articles WHERE id > ? ORDER BY id LIMIT ?", (after_id, count)
        ).fetchall()
        for row in rows:
            self._haystack(*row)
        return rows[-1][0] if len(rows) == count else 0

    def _haystack(self, entry_id: int, title: str, source: str, date: str, path: str | None) -> str:
        """The folded text the filter looks in, folded once per article (and again when it changes)."""
        fields = (title, source, date, path or "")
        cached = self._haystacks.get(entry_id)
        if cached is None or cached[0] != fields:
            cached = (fields, fold(" ".join(fields)).text)
            self._haystacks[entry_id] = cached
        return cached[1]

    def entries_with_ids(self, ids: Iterable[int]) -> dict[int, Entry]:
        """Some articles by id (those of a search's hits), without reading the whole catalogue."""
        wanted = sorted(set(ids))
        found: dict[int, Entry] = {}
        for start in range(0, len(wanted), 500):  # under SQLite's limit on parameters
            chunk = wanted[start : start + 500]
            rows = self.catalogue.connection.execute(
                f"SELECT {COLUMNS} FROM articles WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            )
            found.update((row[0], Entry.from_row(row)) for row in rows)
        return found

    def entry(self, key_or_id: str | int) -> Entry | None:
        column = "id" if isinstance(key_or_id, int) else "key"
        row = self.catalogue.connection.execute(
            f"SELECT {COLUMNS} FROM articles WHERE {column} = ?", (key_or_id,)
        ).fetchone()
        return Entry.from_row(row) if row else None

    def find(self, text: str) -> Entry | None:
        """An article by id, key, path or file name (for the command line).

        An id is ASCII digits only ("٣" and "²" are digits to Python, and name no article) and
        no larger than SQLite's integers; a text that is not UTF-8 names nothing stored.
        """
        from pathlib import Path

        if _not_text(Path(text)):
            return None
        if text.isascii() and text.isdigit() and len(text) <= 18 and (entry := self.entry(int(text))) is not None:
            return entry
        entry = self.entry(text) or self.entry(article_key(Path(text)))
        if entry is not None:
            return entry
        named = [entry for entry in self.entries() if entry.path and Path(entry.path).name == text]
        return named[0] if len(named) == 1 else None

    def load(self, entry: Entry) -> Article:
        """The article's text: from the bundled resources, or read from its file again."""
        if entry.bundled:
            return self._bundled[entry.key]()
        assert entry.path is not None
        return load_article(entry.path)

    def open_entry(self, entry: Entry) -> tuple[Article, BookOpening | None]:
        """``load`` as the window shows an article: a long book's first sections, and what reads the rest
        (``loader.open_article``); anything else whole, with None."""
        if entry.bundled:
            return self.load(entry), None
        from desktop.content.loader import open_article

        assert entry.path is not None
        return open_article(entry.path)

    def _store(self, key: str, path: Path | None, article: Article, stat: tuple[int, int] | None) -> tuple[int, bool]:
        """Write the article's catalogue row and index it if its text changed: (id, whether it was new)."""
        return self._write(key, path, self._read(article), stat, self.entry(key))

    def _read(self, article: Article) -> ReadArticle:
        """The article made ready here, by the index's own preparer."""
        from desktop.library.reading import read_article  # imported where articles are written: searches never are

        return read_article(article, prepared=self.index.prepare(article))

    def _write(
        self,
        key: str,
        path: Path | str | None,
        article: ReadArticle,
        stat: tuple[int, int] | None,
        existing: Entry | None,
        *,
        translation: Translation | None = None,
    ) -> tuple[int, bool]:
        """``_store`` with the key's entry as the caller has just read it (``translation``: the words' numbers of
        an article prepared elsewhere)."""
        fingerprint = article.text_hash
        values = (
            article.title, article.source, article.date, article.language, article.words,
            fingerprint, *(stat or (None, None)),
        )  # fmt: skip
        db = self.catalogue.connection
        if db.in_transaction:  # an import's batch (``_writing`` would yield it): no generator made per article
            article_id = _write_entry(db, key, path, values, existing)
        else:
            with self._writing() as db:
                article_id = _write_entry(db, key, path, values, existing)
        if existing is None or self.index.indexed_hash(article_id) != fingerprint:  # a new one: not asked
            self.index.put_prepared(article_id, article.prepared, fingerprint, translation)
        return article_id, existing is None

    def know_bundled(self, key: str, load: Callable[[], Article]) -> None:
        """Where a bundled article comes from, for a refresh that finds it must index it again."""
        self._bundled[key] = load

    def add_bundled(self, key: str, load: Callable[[], Article]) -> Entry:
        """An article compiled into the app; indexed the first time, and again only when its text changed."""
        self._bundled[key] = load
        existing = self.entry(key)
        if existing is None or self.index.indexed_hash(existing.id) != existing.text_hash:
            self._store(key, None, load(), None)
        else:
            article = load()
            if text_hash(article) != existing.text_hash:
                self._store(key, None, article, None)
        entry = self.entry(key)
        assert entry is not None
        return entry

    def add_file(self, path: Path) -> tuple[Entry, str]:
        """Add or update one article file: (its entry, "added" | "updated" | "unchanged"); raises ContentError."""
        article_id, outcome = self._add_file(path)
        entry = self.entry(article_id)
        assert entry is not None
        return entry, outcome

    def _add_file(self, path: Path, folders: dict[str, str] | None = None) -> tuple[int, str]:
        """``add_file`` without reading the entry back: (the article's id, the outcome).

        ``folders`` remembers the folders resolved so far (an import's files share a few).
        """
        planned = self._plan(path, folders)
        return self._finish(planned, None) if isinstance(planned, _Planned) else planned

    def _plan(self, path: Path, folders: dict[str, str] | None) -> tuple[int, str] | _Planned:
        """An unchanged file's (id, "unchanged"), without opening it; otherwise what is known before reading it."""
        from pathlib import Path

        path = path if isinstance(path, Path) else Path(path)  # an import's files are Paths: not parsed again
        return self._plan_resolved(_resolved(path, folders) if folders is not None else str(path.resolve()))

    def _plan_resolved(self, path: str) -> tuple[int, str] | _Planned:
        """``_plan`` of a resolved path (as text)."""
        key = path  # article_key(path): the path is resolved already
        existing = self.entry(key)
        if (
            existing is not None
            and (existing.file_size, existing.file_mtime_ns) == _stat(path)
            and not existing.missing
            and self.index.indexed_hash(existing.id) is not None
        ):
            return existing.id, "unchanged"
        return _Planned(key, path, existing, self._batches)

    def _finish(self, planned: _Planned, answer: Answer | None) -> tuple[int, str]:
        """A planned file written: read here, or as a reader process read it (``answer``)."""
        if answer is None:
            article, stat, translation = self._read(load_article(planned.path)), _stat(planned.path), None
        else:
            article, stat, translation = answer
        key, path, existing, batch = planned
        if batch != self._batches:  # planned before this batch's write lock: another program may have written since
            again = self._plan_resolved(path)  # the entry read again; the path was resolved when planned
            if not isinstance(again, _Planned):
                return again
            existing = again.existing
        article_id, new = self._write(key, path, article, stat, existing, translation=translation)
        return article_id, "added" if new else "updated"

    def _planned(
        self, files: list[Path], folders: dict[str, str]
    ) -> Iterator[tuple[tuple[Path, tuple[int, str] | _Planned | BaseException | None], str | None]]:
        """Each file with its plan (or the error making it; None: planned when written) and the path to read ahead.

        A file whose key was planned before in this import is planned again when it is
        written (the earlier one is in the catalogue by then).
        """
        keys: set[str] = set()
        for path in files:
            try:
                planned = self._plan(path, folders)
            except (RuntimeError, OSError) as error:
                yield (path, error), None
                continue
            if not isinstance(planned, _Planned):
                yield (path, planned), None
            elif planned.key in keys:
                yield (path, None), None
            else:
                keys.add(planned.key)
                yield (path, planned), planned.path

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A catalogue transaction, or the batch's that is open (``batch``)."""
        if self.catalogue.connection.in_transaction:
            yield self.catalogue.connection
            return
        with self.catalogue.transaction() as db:
            yield db

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many articles written with one commit of each store, not two per article.

        The catalogue commits first: a process killed in between leaves articles listed and
        not indexed, which the next ``refresh`` indexes (their text hash is not the index's).
        """
        self._batches += 1
        with self.index.batch(), self.catalogue.transaction():
            yield

    def add_paths(self, paths: Iterable[Path], progress: Callable[[int, int, Path], bool] | None = None) -> AddReport:
        """Add files and folders (recursively): every readable article; the rest are reported, not raised.

        ``progress(done, total, path)`` is called before each file; returning False stops the
        import. Files are written in batches (BATCH_FILES, or BATCH_SECONDS' worth): a process
        killed during an import keeps every batch before, and adding the folder again goes on
        from there (the files already in are unchanged, not read). A large import has its files
        read and prepared by reader processes (``reading.reader_processes``) ahead of the one
        being written; what is written, and in what order, is the same.
        """
        from desktop.library.reading import ReaderPool, reader_choice, watch  # a search does not start readers

        report = AddReport()
        began = watch()  # the machine watched for free cores while the files are listed (and the first read)
        files = list(article_files(paths, report))
        outcomes = {"added": report.added, "updated": report.updated, "unchanged": report.unchanged}
        folders: dict[str, str] = {}
        readers = reader_choice(len(files), began)
        with (
            contextlib.ExitStack() as batch,
            ReaderPool(readers, self.index.translation, self.index.own_words) as pool,
        ):
            items = (  # without readers, each file is planned and read as it is written
                pool.read(self._planned(files, folders)) if readers else (((path, None), None) for path in files)
            )
            pending, started, opened = 0, time.monotonic(), False
            for done, ((path, planned), answer) in enumerate(items):
                if progress is not None and not progress(done, len(files), path):
                    break
                if not opened:
                    batch.enter_context(self.batch())
                    started, opened = time.monotonic(), True
                try:
                    if isinstance(planned, BaseException):
                        raise planned
                    if isinstance(planned, _Planned):
                        _id, outcome = self._finish(planned, answer)
                    else:
                        _id, outcome = planned or self._add_file(path, folders)
                except ContentError as error:
                    message = f"line {error.line}: {error.message}" if error.line else error.message
                    report.skipped.append((path, message))
                    continue
                except RuntimeError as error:  # Path.resolve: a link that leads round in a loop
                    report.skipped.append((path, f"cannot be read: {error}"))
                    continue
                except OSError as error:
                    report.skipped.append((path, f"cannot be read: {error.strerror or error}"))
                    continue
                outcomes[outcome].append(path)
                pending += outcome != "unchanged"
                if pending >= BATCH_FILES or time.monotonic() - started > BATCH_SECONDS:
                    batch.close()  # commits this batch
                    pending, opened = 0, False
        return report

    def remove(self, entry_id: int) -> Entry | None:
        """Forget an article (its file stays where it is); the bundled articles cannot be removed.

        One transaction across both stores: the catalogue's row is deleted, the index's
        passages are deleted and committed, and only then is the catalogue committed. An index
        that cannot be written (locked, full) rolls both back; a damaged one is replaced (see
        ``LibraryIndex``); a catalogue commit that fails after the index's leaves the article
        listed and unindexed, which the next ``refresh`` indexes again.
        """
        entry = self.entry(entry_id)
        if entry is None or entry.bundled:
            return None
        with self.catalogue.transaction() as db:
            db.execute("DELETE FROM articles WHERE id = ?", (entry_id,))
            self.index.remove(entry_id)
        self._note_index_resets()
        return entry

    def _note_index_resets(self) -> None:
        """The index's problem added to ``problems`` when it was replaced since last seen."""
        if self.index.resets != self._resets_seen:
            self._resets_seen = self.index.resets
            if self.index.problem and self.index.problem not in self.problems:
                self.problems.append(self.index.problem)

    def refresh(self, progress: Callable[[int, int], object] | None = None) -> list[Entry]:
        """Bring the catalogue and index in step with the files: the changed ones read again, missing ones marked.

        An unchanged file (same size and modification time, its text indexed) is not opened:
        a start with thousands of articles costs one ``stat`` each. Returns the entries that
        changed or became missing. An index found damaged on the way is replaced and filled
        again from every article (one more pass).
        """
        resets = self.index.resets
        changed_ids = self._refresh(progress)
        if self.index.resets != resets:
            changed_ids += self._refresh(progress)
        self._resets_refreshed = self.index.resets
        self._note_index_resets()
        return [entry for entry in map(self.entry, dict.fromkeys(changed_ids)) if entry is not None]

    def _refresh(self, progress: Callable[[int, int], object] | None) -> list[int]:
        from pathlib import Path

        if self.index.stale:
            self.index.clear()
        indexed = self.index.indexed()
        rows = self.catalogue.connection.execute(
            "SELECT id, key, path, file_size, file_mtime_ns, text_hash, missing FROM articles ORDER BY id"
        ).fetchall()
        for stale_id in set(indexed) - {row[0] for row in rows}:
            self.index.remove(stale_id)
        changed_ids: list[int] = []
        with contextlib.ExitStack() as batch:  # committed in batches, as add_paths does
            pending, started, opened = 0, time.monotonic(), False

            def writing() -> None:  # a batch is begun only when something is written: a check alone locks nothing
                nonlocal pending, started, opened
                if opened and (pending >= BATCH_FILES or time.monotonic() - started > BATCH_SECONDS):
                    batch.close()
                    pending, opened = 0, False
                if not opened:
                    batch.enter_context(self.batch())
                    started, opened = time.monotonic(), True
                pending += 1

            from desktop.library.reading import ReaderPool, reader_choice, watch

            began = watch()
            planned = [self._refresh_plan(row, indexed) for row in rows]
            to_read = [path for _plan, path in planned if path is not None]
            readers = reader_choice(len(to_read), began)
            with ReaderPool(readers, self.index.translation, self.index.own_words) as pool:
                items = pool.read(planned) if readers else ((plan, None) for plan, _path in planned)
                for number, ((row, action, stat), answer) in enumerate(items):
                    if progress is not None and number % 100 == 0:
                        progress(number, len(rows))
                    entry_id, key, path = row[:3]
                    if action == "keep":
                        continue
                    writing()
                    if action == "bundled":
                        self._store(key, None, self._bundled[key](), None)
                        continue
                    if action == "read":
                        try:
                            article = self._read(load_article(path)) if answer is None else answer[0]
                            translation = None if answer is None else answer[2]
                            self._write(key, Path(path), article, stat, self.entry(key), translation=translation)
                            changed_ids.append(entry_id)
                            continue
                        except ContentError:
                            pass
                    self._set_missing(entry_id)
                    changed_ids.append(entry_id)
        return changed_ids

    def _refresh_plan(
        self, row: tuple[Any, ...], indexed: Mapping[int, str]
    ) -> tuple[tuple[tuple[Any, ...], str, tuple[int, int] | None], Path | None]:
        """A catalogue row with what refresh does of it ("keep", "bundled", "missing" or "read", with the file's
        size and time), and the file to read ahead (None: none)."""
        entry_id, key, path, size, mtime, fingerprint, missing = row
        if path is None:
            again = key in self._bundled and indexed.get(entry_id) != fingerprint
            return (row, "bundled" if again else "keep", None), None
        stat = _stat(path)
        if stat is None:
            return (row, "keep" if missing else "missing", None), None
        if (size, mtime) == stat and indexed.get(entry_id) == fingerprint and not missing:
            return (row, "keep", stat), None
        from pathlib import Path

        return (row, "read", stat), Path(path)

    def needs_refresh(self) -> bool:
        """Whether the index lacks articles the catalogue lists as there (or was written by another analyser).

        Two counts, no file looked at: what a search asks before it answers without ``refresh``.
        """
        listed = self.catalogue.connection.execute("SELECT count(*) FROM articles WHERE missing = 0").fetchone()[0]
        return self.index.stale or self.index.indexed_count() != listed

    def count(self) -> int:
        return int(self.catalogue.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    def _set_missing(self, entry_id: int) -> None:
        """Kept in the catalogue (the file may come back), out of the index (its text cannot be shown)."""
        self._set(entry_id, missing=1)
        self.index.remove(entry_id)

    def _set(self, entry_id: int, **values: object) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        with self._writing() as db:
            db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", (*values.values(), entry_id))

    def record_reading(self, key: str, progress: float, latin: bool | None = None) -> None:
        """Where the reader is in an article (0..1), and that it was read now."""
        entry = self.entry(key)
        if entry is None:
            return
        values: dict[str, object] = {"progress": max(0.0, min(1.0, progress)), "last_read": timestamp()}
        if latin is not None:
            values["latin"] = int(latin)
        self._set(entry.id, **values)

    # -- searching -------------------------------------------------------------------------
    def search(
        self, query: str, options: SearchOptions | None = None, *, offset: int = 0, limit: int | None = None
    ) -> LibraryResult:
        """A page of ``limit`` matching articles from ``offset``, with exact counts of all that match.

        Every article whose file is there (a missing file's passages leave the index until it returns).

        An index found damaged (by this search or an earlier call) is replaced; with
        ``rebuild_when_damaged`` every article is indexed again and the search made again,
        otherwise the index as it is answers.
        """
        result = self.index.search(query, options, offset=offset, limit=limit)
        if self.index.resets != self._resets_refreshed and self.rebuild_when_damaged:
            self.refresh()
            result = self.index.search(query, options, offset=offset, limit=limit)
        self._note_index_resets()
        return result
