"""The library's search index: every article's passages, titles and headings, found by the search engine's keys.

What is stored, once each:

- ``words``: every distinct word of the library (folded, as search compares words), with a
  number. The analyser runs once per new word, never per occurrence: a library of 10,000
  articles holds a few tens of thousands of distinct words and millions of occurrences.
- ``word_keys``: each word's keys but its own form (stems, family roots, keyboard and Latin
  spellings: ``engine.text_keys``), kind-prefixed, pointing at the word's number.
- ``passages``: each passage's text, the one place it is read from (snippets, hits), with its
  words as numbers and their character spans (``tokens.pack``: 8 bytes a word), keyed by
  ``article << 32 | slot``: slot 0 is the title, 1 the source, 2… the section headings (their
  section id beside them) and BODY + n the article's passage n.
- ``passage_words``: a contentless FTS5 table whose documents are the body passages' distinct
  word numbers, with no positions (``detail='none'``) nor sizes (``columnsize=0``);
  ``field_words`` the same for titles, sources and headings; ``article_words`` one document
  per article (rowid: the article) of every word in it, title to last passage.

A query word is looked up in ``words`` and ``word_keys`` (the words it finds, each with the
level it finds them at), then FTS5 finds the passages holding, for every query word, one of
its words. So the number of matching passages and articles is exact, counted by SQLite
without reading a passage; only a page of articles is read back, and its hits are found in
the stored words (``tokens.passage_hits``) by the article search's rules: exact levels and
character offsets, never folding the text again. Phrases (quoted or hyphenated) need the
words' order, which FTS5 does not keep here: their candidate passages' words are checked.

Ranking: articles whose title holds the query first, then those with it in the source or a
section heading, then body hits; within each, articles found there by the words' own forms
before those found there only by related words or other spellings, then in the order they
were added. A one-word query (most are) is answered without grouping its matches: the
counts are FTS5's (articles from ``article_words``, passages from ``passage_words``), the
title and heading tiers come from the small ``field_words``, and the page's body articles
are the first ones ``article_words`` gives in rowid order, so reading stops with the page.
Several words must be in one passage (or one title, source, heading): the distinct articles
of their matches are counted in SQL, and their page is read in rowid order in the same way.

The index is a separate store from the catalogue: it can always be rebuilt from the
articles, so a damaged one is set aside and rebuilt, and its pages are not all read on
every start (``full_check=False``). Damage found later, when a read or a write fails
("malformed", or a failed ``quick_check``), is handled the same way at that moment: the file
is set aside, an empty index takes its place (``resets`` counts it) and the call is made again
on it; the library then indexes its articles again.
"""

from __future__ import annotations

import contextlib
import sqlite3
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter

from desktop import __version__
from desktop.library.tokens import (
    KIND_PREFIX,
    WordNumbers,
    pack_numbers,
    passage_hits,
    phrase_pairs,
    unpack,
    word_keys,
)
from desktop.records import TYPE_CHECKING, NamedTuple
from desktop.search.engine import (
    LEVEL_SCORE,
    Hit,
    Level,
    SearchOptions,
    parse_query,
    query_keys,
)
from desktop.storage.database import Database, StorageError, is_damage, unwritable_reason

if TYPE_CHECKING:
    from pathlib import Path
    from typing import TypeVar
    from weakref import WeakSet

    from desktop.content import Article

    _T = TypeVar("_T")

INDEX_FORMAT = f"5/{__version__}"  # 5: fields and articles in FTS5 tables of their own
"""Written into the index; another value (a new analyser) means every article's keys are computed again."""
SLOT_BITS = 32
SLOT_MASK = (1 << SLOT_BITS) - 1
TITLE, SOURCE, FIRST_HEADING = 0, 1, 2
BODY = 1 << 24
"""Slot of an article's passage 0; headings take the slots below it (16 million of them at most)."""
FIELDS = {TITLE: "title", SOURCE: "source"}
MAX_PASSAGES_PER_ARTICLE = 200
"""Matching passages of one article read back for a page; more are counted, not shown."""
PAGE_ARTICLES = 50
"""Articles in a page when no limit is given."""

MIGRATIONS = (
    """
    CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE indexed (article INTEGER PRIMARY KEY, text_hash TEXT NOT NULL);
    CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL,
        number INTEGER NOT NULL,
        section_id TEXT NOT NULL,
        text TEXT NOT NULL,
        words TEXT NOT NULL,
        spans BLOB NOT NULL
    );
    CREATE INDEX passages_by_article ON passages (article, number);
    CREATE TABLE sections (article INTEGER NOT NULL, id TEXT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (article, id));
    CREATE VIRTUAL TABLE passage_keys USING fts5(
        keys, content='', detail='none', tokenize='unicode61 remove_diacritics 0'
    );
    CREATE VIRTUAL TABLE passage_terms USING fts5vocab(passage_keys, 'row')
    """,
    """
    DROP TABLE passage_terms;
    DROP TABLE passage_keys;
    DROP TABLE sections;
    DROP TABLE passages;
    DELETE FROM indexed;
    UPDATE meta SET value = 'migrated' WHERE name = 'format';
    CREATE TABLE words (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
    CREATE TABLE word_keys (key TEXT NOT NULL, word INTEGER NOT NULL, PRIMARY KEY (key, word)) WITHOUT ROWID;
    CREATE TABLE passages (id INTEGER PRIMARY KEY, section_id TEXT NOT NULL, text TEXT NOT NULL, tokens BLOB NOT NULL);
    CREATE VIRTUAL TABLE passage_words USING fts5(words, content='', detail='none', tokenize='ascii')
    """,
    """
    DELETE FROM indexed;
    DELETE FROM passages;
    INSERT INTO passage_words (passage_words) VALUES ('delete-all');
    UPDATE meta SET value = 'migrated' WHERE name = 'format';
    CREATE VIRTUAL TABLE field_words USING fts5(words, content='', detail='none', tokenize='ascii');
    CREATE VIRTUAL TABLE article_words USING fts5(words, content='', detail='none', tokenize='ascii')
    """,
    """
    DELETE FROM indexed;
    DELETE FROM passages;
    DROP TABLE passage_words;
    DROP TABLE field_words;
    DROP TABLE article_words;
    UPDATE meta SET value = 'migrated' WHERE name = 'format';
    CREATE VIRTUAL TABLE passage_words USING fts5(words, content='', detail='none', tokenize='ascii', columnsize=0);
    CREATE VIRTUAL TABLE field_words USING fts5(words, content='', detail='none', tokenize='ascii', columnsize=0);
    CREATE VIRTUAL TABLE article_words USING fts5(words, content='', detail='none', tokenize='ascii', columnsize=0)
    """,
)
"""Version 2 replaced the per-occurrence keys by per-word keys: the old index is emptied (it is
derived data) and every article indexed again; the catalogue is another store and untouched.
Version 3 keeps titles, sources and headings apart from the body (``field_words``) and adds a
document per article (``article_words``), emptied and indexed again the same way. Version 4
stores no document sizes (``columnsize=0``): nothing ranks by them (no ``bm25`` or ``rank``:
the order is the tiers' and the articles'), and a row of sizes per passage was written for
every one of them; the word tables are made again empty and every article indexed again."""
WORD_TABLES = ("passage_words", "field_words", "article_words")
_INSERT_DOCUMENT = {table: f"INSERT INTO {table} (rowid, words) VALUES (?, ?)" for table in WORD_TABLES}
"""Each word table's insert, made once: the statement cache is looked up by the text, which a string made
for each article hashes again."""
PAGE_RUN_GAP = 128
MAP_BYTES = 1 << 30
"""The index is read through a memory map of up to this many bytes: a search reads thousands of
scattered pages (a phrase's candidate passages), each a system call and a copy into SQLite's
cache without one (figures in docs/benchmarks.md). Only the index is mapped: it is read far more
than written, and it can be rebuilt (SQLite cannot turn a failed read of a mapped page into an
error; the catalogue, the reader's own data, is read the usual way)."""
"""A page's articles this close in number are read with one FTS5 range query, not one each: a
query's seek into every word's postings costs more than reading the few articles between."""


class LibraryHit(NamedTuple):
    """A hit in one article of the library; ``hit.passage`` is the passage's number in that article."""

    article: int
    hit: Hit
    text: str
    """The whole passage (or title, source, heading), for a snippet."""
    field: str = "text"
    """Where the hit is: "title", "source", "heading" (``hit.passage`` is -1) or "text"."""


class LibraryResult(NamedTuple):
    """A page of a library search. Its dictionaries are read, never changed (the defaults are shared)."""

    query: str
    hits: tuple[LibraryHit, ...]
    """The page's hits, grouped by article (in ``page`` order), in document order within one."""
    suggestion: str | None = None
    sections: dict[tuple[int, str], str] = {}  # noqa: RUF012 - read, never changed
    """(article, section id) -> the section's label, for the articles of the page."""
    passages: int = 0
    """How many passages of the whole library match (exact; titles and headings not counted)."""
    complete: bool = True
    """False when some article of the page has more matching passages than were read back."""
    total_articles: int = 0
    """How many articles match in all (exact)."""
    page: tuple[int, ...] = ()
    """The articles of this page, best first."""
    offset: int = 0
    """How many better-ranked articles came before this page."""
    matches: dict[int, int] = {}  # noqa: RUF012 - read, never changed
    """Article of the page -> how many of its passages, title and headings match."""
    fields: int = 0
    """How many titles, sources and section headings of the whole library match (exact): with ``passages``, every
    place a hit is listed at."""

    @property
    def articles(self) -> list[int]:
        return list(self.page)

    @property
    def more(self) -> bool:
        """Whether articles after this page match too."""
        return self.offset + len(self.page) < self.total_articles


def _repeats_title(label: str, title: str) -> bool:
    """A section named after the article (a plain text's one section: its title, maybe shortened with
    an ellipsis) is not a heading of its own: its words are found in the title."""
    return label == title or (label.endswith("…") and title.startswith(label[:-1].rstrip()))


def _document(ids: Iterable[int]) -> str:
    """A passage's FTS5 document: its distinct words' numbers (terms are stored once, in the dictionary)."""
    return " ".join(map(str, sorted(set(ids))))


def _documents(rows: Iterable[tuple[int, Sequence[int]]], article_id: int) -> dict[str, list[tuple[int, str]]]:
    """Each FTS5 table's documents for an article's passages, given as (passage id, word numbers)."""
    documents: dict[str, list[tuple[int, str]]] = {table: [] for table in WORD_TABLES}
    every: set[int] = set()
    for passage, ids in rows:
        if ids:
            table = "passage_words" if passage & SLOT_MASK >= BODY else "field_words"
            documents[table].append((passage, _document(ids)))
            every.update(ids)
    if every:
        documents["article_words"].append((article_id, _document(every)))
    return documents


def _picked(values: list[_T], positions: Sequence[int]) -> tuple[_T, ...]:
    """``values`` at these positions, as ``tuple(values[p] for p in positions)``: picked by one ``itemgetter``
    in C, not a call per position through ``map`` (a word's translated number and its text cost about a
    third less, and an article has hundreds of each).

    An ``itemgetter`` of one position gives the value, not a tuple of one, and of none cannot be
    made: those are picked one by one.
    """
    if len(positions) > 1:
        picked: tuple[_T, ...] = itemgetter(*positions)(values)
        return picked
    return tuple(values[position] for position in positions)


def _bound(text: str | bytes) -> str | bytearray:
    """A value for SQLite as Python's ``sqlite3`` binds it without asking for an adapter: ``bytes`` is looked up in
    its adapters and asked for ``__adapt__`` and ``__conform__`` on every row (two failed attribute look-ups,
    one an exception made and dropped: more than copying a passage's bytes), a ``bytearray`` is not."""
    return text if isinstance(text, str) else bytearray(text)


def _tier(slot: int | None) -> int:
    """0 for the title, 1 for the source or a heading, 2 for the body (3: no slot)."""
    return 3 if slot is None else 0 if slot == TITLE else 1 if slot < BODY else 2


def _runs(articles: Iterable[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of articles whose numbers are at most PAGE_RUN_GAP apart."""
    runs: list[tuple[int, int]] = []
    for article in sorted(set(articles)):
        if runs and article - runs[-1][1] <= PAGE_RUN_GAP:
            runs[-1] = (runs[-1][0], article)
        else:
            runs.append((article, article))
    return runs


def _adjacent(pairs: list[bytes], values: dict[str, str | bytes]) -> str:
    """SQL true for a passage whose stored words may hold one of these pairs side by side ('' for no pairs).

    Each pair's first word is looked for once: a passage holds the phrase there when the next
    word is one of its pairs' seconds, and can hold it elsewhere only when that word comes again,
    the rarer case, where every pair is looked for. A candidate passage holds the first word, so
    this reads each one's words about once instead of once per pair (a phrase of forms has
    several); it lets through every passage the plain search for each pair would.
    """
    by_first: dict[bytes, list[bytes]] = defaultdict(list)
    for pair in pairs:
        by_first[pair[:4]].append(pair)
    tests = []
    for number, (first, its_pairs) in enumerate(by_first.items()):
        values[f"first{number}"] = first
        values.update((f"next{number}_{index}", pair[4:]) for index, pair in enumerate(its_pairs))
        values.update((f"pair{number}_{index}", pair) for index, pair in enumerate(its_pairs))
        at = f"instr(tokens, :first{number})"
        following = ", ".join(f":next{number}_{index}" for index in range(len(its_pairs)))
        anywhere = " OR ".join(f"instr(tokens, :pair{number}_{index})" for index in range(len(its_pairs)))
        tests.append(
            f"({at} > 0 AND (substr(tokens, {at} + 4, 4) IN ({following})"
            f" OR (instr(substr(tokens, {at} + 1), :first{number}) > 0 AND ({anywhere}))))"
        )
    return " OR ".join(tests)


def _holds(ids: array[int], groups: list[list[dict[int, Level]]]) -> bool:
    """Whether a passage's words hold every group, a group's words following each other: whether
    ``passage_hits`` finds any hit, without making them (a phrase's candidates are only counted).

    Each place of a group's first word is found by ``array.index`` (in C), and only there are
    the words after it compared.
    """
    present: set[int] | None = None
    for group in groups:
        if len(group) == 1:
            present = set(ids) if present is None else present
            if present.isdisjoint(group[0]):
                return False
            continue
        width, last = len(group), len(ids) - len(group)
        found = False
        for number in group[0]:
            start = 0
            while not found:
                try:
                    position = ids.index(number, start)
                except ValueError:
                    break
                if position > last:
                    break
                found = all(ids[position + offset] in group[offset] for offset in range(1, width))
                start = position + 1
            if found:
                break
        if not found:
            return False
    return True


class _Lookup(NamedTuple):
    """What a query's words match in the vocabulary: per query word, word number -> level."""

    levels: list[dict[int, Level]]
    groups: list[list[dict[int, Level]]]
    """The same, by the query's groups (a phrase, a hyphenated word or one word each)."""
    phrase: bool
    """Some words must follow each other: FTS5 candidates are checked in memory."""


class Prepared(NamedTuple):
    """An article's index rows with its words numbered in a ``Preparer``'s own vocabulary: all the work of
    indexing that needs no index, so it can be done in another process (``library.reading``).

    The rows' numbers are in one array (a few objects per article to hand from one process to
    another, not a few per row), row after row: ``counts`` says how many each has.
    """

    rows: tuple[tuple[int, str, str | bytes], ...]
    """(slot, section id, text) of each row; the text may be UTF-8 bytes (``encoded``), as it is stored."""
    ids: array[int]
    """Every row's word numbers, in order."""
    counts: tuple[int, ...]
    spans: tuple[bytes, ...]
    """Each row's spans as ``tokens.pack`` stores them."""
    distinct: array[int]
    """Every row's distinct word numbers (its FTS5 document), row after row."""
    distinct_counts: tuple[int, ...]
    every: array[int]
    """The distinct word numbers of the whole article (its ``article_words`` document)."""
    words: int
    """How many words its passages have (``tokens.WORD``'s count: the catalogue's length)."""
    first: int
    """The preparer's number of ``new_words[0]``: the words it numbered are handed over in order, once."""
    new_words: list[str]
    keys: dict[str, tuple[str, ...]] | None
    """The new words' keys, when worked out with them (in another process); otherwise the index does."""


def _rows(article: Article) -> list[tuple[int, str, str]]:
    """(slot, section id, text) of each of an article's rows: title, source, headings, passages."""
    rows: list[tuple[int, str, str]] = [(TITLE, "", article.title), (SOURCE, "", article.source)]
    headings = article.sections[: BODY - FIRST_HEADING]
    rows += [
        (FIRST_HEADING + n, s.id, s.label) for n, s in enumerate(headings) if not _repeats_title(s.label, article.title)
    ]
    rows += [(BODY + p.index, p.section_id, p.text) for p in article.passages]
    return rows


class Preparer:
    """Articles made into ``Prepared`` rows, their words numbered in this object's vocabulary."""

    def __init__(self, *, keys: bool = False) -> None:
        self._numbers = WordNumbers()
        self._keys = keys
        """Whether the new words' keys are worked out here (away from the index, in another process)."""
        self._handed = 0
        self._known: set[str] = set()
        """Words whose keys the index has from elsewhere (another preparer): not worked out again."""

    def know(self, words: Iterable[str]) -> None:
        """Words another preparer handed over with their keys, earlier in the import: their keys are not needed."""
        self._known.update(words)

    def prepare(self, article: Article) -> Prepared:
        numbers = self._numbers
        rows = _rows(article)
        ids: array[int] = array("I")
        distinct: array[int] = array("I")
        counts, distinct_counts, spans = [], [], []
        every: set[int] = set()
        words = 0
        for slot, _section_id, text in rows:
            row_ids, row_spans, count = numbers.numbered(text)
            row_distinct = set(row_ids)
            every.update(row_distinct)
            ids += row_ids
            distinct.extend(row_distinct)
            counts.append(len(row_ids))
            distinct_counts.append(len(row_distinct))
            spans.append(row_spans)
            if slot >= BODY:
                words += count
        first, self._handed = self._handed, len(numbers.words)
        new_words = numbers.words[first:]
        known = self._known
        keys = {word: word_keys(word) for word in new_words if word not in known} if self._keys else None
        return Prepared(
            tuple(rows), ids, tuple(counts), tuple(spans), distinct, tuple(distinct_counts),
            array("I", every), words, first, new_words, keys,
        )  # fmt: skip


def encoded(prepared: Prepared) -> Prepared:
    """The rows' texts as UTF-8 bytes, for another process: SQLite stores them as they are (text to UTF-8 once,
    where they were read), and the importing process neither decodes them nor encodes them again."""
    return prepared._replace(rows=tuple((slot, section, str(text).encode()) for slot, section, text in prepared.rows))


class Translation:
    """A ``Preparer``'s word numbers -> the index's: its words in its order, each looked up or added once."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.keys: dict[str, tuple[str, ...]] = {}
        self.numbers: list[int] = []
        self.texts: list[str] = []
        """The numbers as FTS5 documents hold them."""

    def take(self, prepared: Prepared) -> None:
        """The words a prepared article numbered first (handed over once, in order)."""
        if prepared.first != len(self.words):
            raise ValueError(f"words handed over out of order: {prepared.first}, {len(self.words)} known")
        self.words += prepared.new_words
        if prepared.keys:
            self.keys.update(prepared.keys)

    def forget(self) -> None:
        """The index's numbers may have changed (a rolled-back transaction): looked up again when next needed."""
        self.numbers.clear()
        self.texts.clear()


class LibraryIndex:
    """The FTS5 store of the library's passages."""

    def __init__(self, path: Path | str) -> None:
        self.database = Database(path, MIGRATIONS, full_check=False, rebuildable=True, trust_checked=True)
        self._vocabulary: list[str] | None = None
        self._numbers: dict[str, int] = {}
        """Word -> number, for the words seen by this connection (a cache of ``words``)."""
        self._translations: WeakSet[Translation] | None = None
        """Translations handed out for readers' preparers (made with the first: a search never needs one)."""
        self._preparer = Preparer()
        self._translation = Translation()
        """The translation of this index's own preparer's numbers."""
        self.resets = 1 if self.database.problem else 0
        """How many times the file was found damaged (on open or in use) and an empty index took its place."""
        self.stale = False
        """Written by another version of the analyser: every article must be indexed again."""
        self._checked(self._read_format)
        self._tune()

    def _tune(self) -> None:
        """The connection's settings, on open and on the empty index that replaces a damaged one."""
        db = self.database.connection
        db.execute("PRAGMA synchronous=NORMAL")  # derived data: a lost last commit is re-done
        db.execute(f"PRAGMA mmap_size={MAP_BYTES}").fetchall()

    def _read_format(self) -> None:
        row = self.database.connection.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        self.stale = row is not None and row[0] != INDEX_FORMAT
        if row is None and self.database.read_only is None:
            with self.database.transaction() as db:
                db.execute("INSERT INTO meta VALUES ('format', ?)", (INDEX_FORMAT,))

    def _checked(self, work: Callable[[], _T]) -> _T:
        """``work()``; when it finds the file damaged, the file is set aside and ``work()`` runs on an empty index.

        Any other failure (a lock, a full disk, a read-only folder) is raised as a StorageError,
        the index left as it is.
        """
        try:
            return work()
        except sqlite3.DatabaseError as error:
            damage = self.database.damage_found(error)
            if damage is None:
                raise StorageError(
                    f"cannot use {self.database.path}: {error}", unwritable=unwritable_reason(error)
                ) from None
        except StorageError as error:
            if error.damage is None:
                raise
            damage = error.damage
        try:
            self.database.replace_damaged(damage)
        except (OSError, sqlite3.Error) as error:
            raise StorageError(f"cannot replace the damaged {self.database.path}: {error}") from None
        self.resets += 1
        self._vocabulary = None
        self._forget_numbers()
        self._tune()
        self._read_format()
        return work()

    @property
    def problem(self) -> str | None:
        return self.database.problem

    def close(self) -> None:
        self.database.close()

    # -- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A transaction, or the batch's that is open (``batch``)."""
        if self.database.connection.in_transaction:
            yield self.database.connection
            return
        try:
            with self.database.transaction() as db:
                yield db
        except BaseException:
            self._forget_numbers()  # numbers given inside the rolled-back transaction are not in the file
            raise

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many articles' writes in one transaction (one commit, not one per article).

        A process killed during a batch loses that batch alone: the articles it held are not
        recorded as indexed, so the next refresh indexes them again.
        """
        if self.database.connection.in_transaction:
            yield
            return
        try:
            with self.database.transaction():
                yield
        except BaseException:
            self._forget_numbers()  # numbers given inside the rolled-back batch are not in the file
            raise

    def indexed(self) -> dict[int, str]:
        """Article id -> the hash of the text the index holds for it."""
        return self._checked(
            lambda: dict(self.database.connection.execute("SELECT article, text_hash FROM indexed").fetchall())
        )

    def indexed_hash(self, article_id: int) -> str | None:
        """The hash of the text indexed for one article (None: not indexed)."""

        def read() -> str | None:
            row = self.database.connection.execute("SELECT text_hash FROM indexed WHERE article = ?", (article_id,))
            found = row.fetchone()
            return str(found[0]) if found else None

        return self._checked(read)

    def put(self, article_id: int, article: Article, text_hash: str) -> None:
        """Index an article (replacing what was indexed for that id), in one transaction (or the batch's)."""
        self.put_prepared(article_id, self.prepare(article), text_hash)

    def prepare(self, article: Article) -> Prepared:
        """An article's rows for ``put_prepared`` (with no translation: this index's own preparer's)."""
        prepared = self._preparer.prepare(article)
        self._translation.take(prepared)
        return prepared

    def own_words(self) -> list[str]:
        """The words numbered by this index's own preparer (articles prepared here), in order: their keys are
        worked out here, not where another preparer meets them."""
        return self._translation.words

    def translation(self) -> Translation:
        """A translation for another ``Preparer``'s numbers (one per preparer), kept right across rollbacks."""
        from weakref import WeakSet  # imported here: a search's start does not need it

        translation = Translation()
        if self._translations is None:
            self._translations = WeakSet()
        self._translations.add(translation)
        return translation

    def put_prepared(
        self, article_id: int, prepared: Prepared, text_hash: str, translation: Translation | None = None
    ) -> None:
        """``put`` of an article prepared by ``prepare`` (``translation`` None) or by another preparer, whose
        translation has taken its words (``Translation.take``, every prepared article's, indexed or not)."""
        translation = translation or self._translation
        self._checked(lambda: self._put(article_id, prepared, text_hash, translation))

    def _put(self, article_id: int, prepared: Prepared, text_hash: str, translation: Translation) -> None:
        db = self.database.connection
        if db.in_transaction:  # an import's batch (``_writing`` would yield it): no generator made per article
            self._write_rows(db, article_id, prepared, text_hash, translation)
        else:
            with self._writing() as db:
                self._write_rows(db, article_id, prepared, text_hash, translation)
        self._vocabulary = None

    def _write_rows(
        self, db: sqlite3.Connection, article_id: int, prepared: Prepared, text_hash: str, translation: Translation
    ) -> None:
        """An article's rows written in the transaction that is open (its old rows out first)."""
        base = article_id << SLOT_BITS
        self._delete(db, article_id)
        if len(translation.numbers) < len(translation.words):
            self._resolve(db, translation)
        data = bytearray(pack_numbers(array("I", _picked(translation.numbers, prepared.ids))))  # see _bound
        texts = _picked(translation.texts, prepared.distinct)
        stored = []
        documents: dict[str, list[tuple[int, str]]] = {table: [] for table in WORD_TABLES}
        at = seen = 0
        for (slot, section_id, passage_text), count, spans, distinct in zip(
            prepared.rows, prepared.counts, prepared.spans, prepared.distinct_counts, strict=True
        ):
            stored.append((base | slot, section_id, _bound(passage_text), data[4 * at : 4 * (at + count)] + spans))
            at += count
            if distinct:
                table = "passage_words" if slot >= BODY else "field_words"
                documents[table].append((base | slot, " ".join(texts[seen : seen + distinct])))
                seen += distinct
        if prepared.every:
            documents["article_words"].append((article_id, " ".join(_picked(translation.texts, prepared.every))))
        db.executemany(  # a text given as UTF-8 bytes is stored as text, unchanged (CAST of a str: nothing)
            "INSERT INTO passages (id, section_id, text, tokens) VALUES (?, ?, CAST(? AS TEXT), ?)", stored
        )
        for table, rows in documents.items():
            if rows:
                db.executemany(_INSERT_DOCUMENT[table], rows)
        db.execute("INSERT OR REPLACE INTO indexed VALUES (?, ?)", (article_id, text_hash))

    def _forget_numbers(self) -> None:
        """Numbers given in a transaction that did not commit (or in a file set aside) are not in the file."""
        self._numbers.clear()
        self._translation.forget()
        for translation in self._translations or ():
            translation.forget()

    def _resolve(self, db: sqlite3.Connection, translation: Translation) -> None:
        """The index's numbers of a translation's words not yet translated: a word new to the library is numbered
        and its keys stored (worked out here unless the preparer did), all with a few statements."""
        pending = translation.words[len(translation.numbers) :]
        numbers = self._numbers
        unknown = [word for word in pending if word not in numbers]
        for start in range(0, len(unknown), 500):  # under SQLite's limit on parameters
            chunk = unknown[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            numbers.update(db.execute(f"SELECT word, id FROM words WHERE word IN ({marks})", chunk))
        new = [word for word in dict.fromkeys(unknown) if word not in numbers]
        if new:
            last = int(db.execute("SELECT coalesce(max(id), 0) FROM words").fetchone()[0])
            numbers.update(zip(new, range(last + 1, last + 1 + len(new)), strict=True))
            db.executemany("INSERT INTO words (id, word) VALUES (?, ?)", [(numbers[word], word) for word in new])
            keys = translation.keys
            db.executemany(
                "INSERT OR IGNORE INTO word_keys VALUES (?, ?)",
                [(key, numbers[word]) for word in new for key in (keys[word] if word in keys else word_keys(word))],
            )
        for word in pending:
            translation.keys.pop(word, None)
        translated = list(map(numbers.__getitem__, pending))
        translation.numbers += translated
        translation.texts += map(str, translated)

    def _delete(self, db: sqlite3.Connection, article_id: int) -> None:
        """An article's passages out of the table and the FTS5 index (its documents made again from its words)."""
        base = article_id << SLOT_BITS
        rows = db.execute(
            "SELECT id, length(text), tokens FROM passages WHERE id BETWEEN ? AND ?", (base, base | SLOT_MASK)
        ).fetchall()
        if not rows:
            return
        numbered = [(passage, unpack(data, length)[0]) for passage, length, data in rows]
        for table, documents in _documents(numbered, article_id).items():
            db.executemany(f"INSERT INTO {table} ({table}, rowid, words) VALUES ('delete', ?, ?)", documents)
        db.execute("DELETE FROM passages WHERE id BETWEEN ? AND ?", (base, base | SLOT_MASK))

    def remove(self, article_id: int) -> None:
        def remove() -> None:
            with self._writing() as db:
                self._delete(db, article_id)
                db.execute("DELETE FROM indexed WHERE article = ?", (article_id,))

        self._checked(remove)
        self._vocabulary = None

    def clear(self) -> None:
        """Forget every article (before a rebuild); the new format is recorded."""
        self._checked(self._clear)

    def _clear(self) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM passages")
            db.execute("DELETE FROM indexed")
            db.execute("DELETE FROM word_keys")
            db.execute("DELETE FROM words")
            for table in WORD_TABLES:
                db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (INDEX_FORMAT,))
        self.stale = False
        self._vocabulary = None
        self._forget_numbers()

    def indexed_count(self) -> int:
        """How many articles the index holds (one count, no passage read)."""
        count = "SELECT count(*) FROM indexed"
        return self._checked(lambda: int(self.database.connection.execute(count).fetchone()[0]))

    def size(self) -> tuple[int, int]:
        """(articles, passages) in the index."""

        def count() -> tuple[int, int]:
            db = self.database.connection
            articles = db.execute("SELECT count(*) FROM indexed").fetchone()[0]
            passages = db.execute("SELECT count(*) FROM passages WHERE (id & ?) >= ?", (SLOT_MASK, BODY)).fetchone()
            return articles, passages[0]

        return self._checked(count)

    # -- searching -------------------------------------------------------------------------
    def search(
        self, query: str, options: SearchOptions | None = None, *, offset: int = 0, limit: int | None = None
    ) -> LibraryResult:
        """A page of ``limit`` articles from ``offset`` (best first) with their hits; never raises on any input.

        The counts are of the whole library. A damaged index found here is replaced by an
        empty one (no hits; ``resets`` tells the library to index its articles again).
        """
        page = (max(0, offset), PAGE_ARTICLES if limit is None else max(0, limit))
        return self._checked(lambda: self._search_corrected(query, options or SearchOptions(), page))

    def _search_corrected(self, query: str, options: SearchOptions, page: tuple[int, int]) -> LibraryResult:
        result = self._search(query, options, page)
        if result.total_articles or not isinstance(query, str):
            return result
        corrected = self._corrected(query, options)
        if corrected is None:
            return result
        typo = self._search(corrected, options, page)
        if not typo.total_articles:
            return result
        score = LEVEL_SCORE[Level.TYPO]
        hits = tuple(found._replace(hit=found.hit._replace(level=Level.TYPO, score=score)) for found in typo.hits)
        return LibraryResult(
            query, hits, corrected, typo.sections, typo.passages, typo.complete,
            typo.total_articles, typo.page, typo.offset, typo.matches,
        )  # fmt: skip

    def _word_levels(self, word: str, options: SearchOptions, layout: str | None) -> dict[int, Level]:
        """The library's words a query word finds, each with the best level it finds it at."""
        db = self.database.connection
        by_key: dict[str, Level] = {}
        exact: dict[str, Level] = {}
        for kind, key, level in query_keys(word, options, layout):
            if not key:
                continue
            if kind == "exact":
                exact[key] = max(level, exact.get(key, level))
            else:
                prefixed = KIND_PREFIX[kind] + key
                by_key[prefixed] = max(level, by_key.get(prefixed, level))
        levels: dict[int, Level] = {}
        if exact:
            marks = ", ".join("?" * len(exact))
            for found, number in db.execute(f"SELECT word, id FROM words WHERE word IN ({marks})", [*exact]):
                levels[number] = exact[found]
        if by_key:
            marks = ", ".join("?" * len(by_key))
            for key, number in db.execute(f"SELECT key, word FROM word_keys WHERE key IN ({marks})", [*by_key]):
                if levels.get(number, 0) < by_key[key]:
                    levels[number] = by_key[key]
        return levels

    def _lookup(self, query: str, options: SearchOptions) -> _Lookup | None:
        """Every query word's library words; None when some word finds none (nothing can match)."""
        groups: list[list[dict[int, Level]]] = []
        for group in parse_query(query):
            layouts: list[str | None] = [*group.layout_words] if group.layout_words else [None] * len(group.words)
            groups.append([])
            for word, layout in zip(group.words, layouts, strict=True):
                found = self._word_levels(word, options, layout)
                if not found:
                    return None
                groups[-1].append(found)
        if not groups:
            return None
        levels = [word for group in groups for word in group]
        return _Lookup(levels, groups, any(len(group) > 1 for group in groups))

    @staticmethod
    def _expression(levels: list[dict[int, Level]], least: Level = Level.TYPO) -> str | None:
        """FTS5: every query word (AND) by any of its library words found at ``least`` or better (OR)."""
        parts = []
        for word_levels in levels:
            tokens = sorted(str(number) for number, level in word_levels.items() if level >= least)
            if not tokens:
                return None
            parts.append("(" + " OR ".join(tokens) + ")")
        return " AND ".join(parts)

    @staticmethod
    def _matches(parameter: str) -> str:
        """SQL: the ids of the body passages, titles, sources and headings matching ``:parameter``."""
        return (
            f"SELECT rowid AS id FROM passage_words WHERE passage_words MATCH :{parameter} "
            f"UNION ALL SELECT rowid AS id FROM field_words WHERE field_words MATCH :{parameter}"
        )

    def _matching_articles(self, expression: str) -> list[tuple[int, int, int]]:
        """(article, matching body passages, lowest matching slot) of every article with a matching passage."""
        rows = self.database.connection.execute(
            f"SELECT id >> :bits, sum((id & :mask) >= :body), min(id & :mask) FROM ({self._matches('full')}) "
            "GROUP BY 1",
            {"bits": SLOT_BITS, "mask": SLOT_MASK, "body": BODY, "full": expression},
        )
        return [(int(a), int(n), int(s)) for a, n, s in rows]

    def _checked_phrase(self, lookup: _Lookup, expression: str) -> list[tuple[int, int, int, int]]:
        """(article, matching body passages, lowest matching slot, matching fields) of every article where a candidate
        passage
        of a phrase holds it in order (its words checked; SQLite first leaves out the candidates
        whose stored words hold no pair of the phrase's first two words side by side)."""
        db = self.database.connection
        found: dict[int, set[int]] = defaultdict(set)  # article -> slots of its passages with hits
        values: dict[str, str | bytes] = {"full": expression}
        adjacent = _adjacent(phrase_pairs(lookup.groups), values)
        rows = db.execute(
            f"SELECT id, length(text), tokens FROM passages WHERE id IN ({self._matches('full')})"
            + (f" AND ({adjacent})" if adjacent else ""),
            values,
        )
        for passage, length, data in rows:
            if _holds(unpack(data, length)[0], lookup.groups):
                found[passage >> SLOT_BITS].add(passage & SLOT_MASK)
        return [
            (article, body, min(slots), len(slots) - body)
            for article, slots in found.items()
            for body in (sum(slot >= BODY for slot in slots),)
        ]

    def _search(self, query: str, options: SearchOptions, page: tuple[int, int]) -> LibraryResult:
        empty = LibraryResult(query if isinstance(query, str) else "", ())
        lookup = self._lookup(query, options) if isinstance(query, str) else None
        expression = self._expression(lookup.levels) if lookup else None
        if lookup is None or expression is None:
            return empty
        strong_expression = self._expression(lookup.levels, Level.WORD)
        try:
            if lookup.phrase:
                chosen, articles, passages, fields = self._ranked_phrase(lookup, expression, strong_expression, page)
            else:
                one_word = len(lookup.levels) == 1
                chosen, articles, passages, fields = self._ranked_words(
                    expression, strong_expression, page, one_word=one_word
                )
        except sqlite3.OperationalError as error:  # an expression FTS5 cannot read: no hits rather than an error
            if is_damage(error):
                raise
            return empty
        if not articles:
            return empty
        hits, sections, matches, complete = self._page(lookup, expression, chosen)
        return LibraryResult(
            query, hits, None, sections, passages, complete, articles, tuple(chosen), page[0], matches, fields,
        )  # fmt: skip

    def _ranked_words(
        self, expression: str, strong_expression: str | None, page: tuple[int, int], *, one_word: bool
    ) -> tuple[list[int], int, int, int]:
        """(the page's articles best first, matching articles, matching passages, matching fields), reading no more
        than the page needs.

        The counts: one word is in an article when it is in one of its passages (or its
        title, source, headings), so FTS5 counts the articles in ``article_words`` and the body
        passages in ``passage_words``; several words must share a passage, so the distinct articles
        of their matches are counted in SQL (nothing read back). The ranking: the title and
        heading tiers are read from ``field_words`` (titles are short); the body tier's articles
        come in rowid order, those found by the words' own forms first, skipping the first
        two tiers' articles, and reading stops when the page is full.
        """
        db = self.database.connection
        values = {"bits": SLOT_BITS, "mask": SLOT_MASK, "body": BODY, "full": expression}
        if one_word:
            count = "SELECT count(*) FROM {0} WHERE {0} MATCH :full"
            articles = int(db.execute(count.format("article_words"), values).fetchone()[0])
            passages = int(db.execute(count.format("passage_words"), values).fetchone()[0]) if articles else 0
        else:
            counted = (  # DISTINCT: no sorter, no groups made; a body row counts itself (no arithmetic per row)
                "SELECT count(DISTINCT article), count(body) FROM ("
                "SELECT rowid >> :bits AS article, 1 AS body FROM passage_words WHERE passage_words MATCH :full "
                "UNION ALL SELECT rowid >> :bits, NULL FROM field_words WHERE field_words MATCH :full)"
            )
            found, total = db.execute(counted, values).fetchone()
            articles, passages = int(found), int(total)
        if not articles:
            return [], 0, 0, 0
        fields = "SELECT rowid FROM field_words WHERE field_words MATCH ? ORDER BY rowid"
        lowest: dict[int, int] = {}
        in_fields = 0  # every matching title, source and heading is read here: counted as they come
        for (rowid,) in db.execute(fields, (expression,)):
            lowest.setdefault(rowid >> SLOT_BITS, rowid & SLOT_MASK)  # rowid order: an article's lowest slot first
            in_fields += 1
        strong_lowest: dict[int, int] = {}
        if strong_expression == expression:
            strong_lowest = lowest
        elif strong_expression is not None and lowest:
            for (rowid,) in db.execute(fields, (strong_expression,)):
                strong_lowest.setdefault(rowid >> SLOT_BITS, rowid & SLOT_MASK)

        def rank(article: int) -> tuple[int, bool, int]:
            tier = _tier(lowest[article])
            return tier, _tier(strong_lowest.get(article)) != tier, article

        offset, limit = page
        ranked_by_fields = sorted(lowest, key=rank)
        chosen = ranked_by_fields[offset : offset + limit]
        skip = max(0, offset - len(ranked_by_fields))
        if strong_expression is None or strong_expression == expression:
            body = [expression]
        elif one_word:  # an article holds the word's own forms or not: the rest are exactly these
            body = [strong_expression, f"({expression}) NOT ({strong_expression})"]
        else:  # an article with a passage by the own forms and another without is listed once, with the first
            body = [strong_expression, expression]
        table, shift = ("article_words", 0) if one_word else ("passage_words", SLOT_BITS)
        seen = set(lowest)
        for found_by in body:
            if len(chosen) >= limit:
                break
            rows = db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid", (found_by,))
            for (rowid,) in rows:
                article = rowid >> shift
                if article in seen:
                    continue
                seen.add(article)
                if skip:
                    skip -= 1
                    continue
                chosen.append(article)
                if len(chosen) >= limit:
                    break
            rows.close()
        return chosen, articles, passages, in_fields

    def _ranked_phrase(
        self, lookup: _Lookup, expression: str, strong_expression: str | None, page: tuple[int, int]
    ) -> tuple[list[int], int, int, int]:
        """As ``_ranked_words``, for a query with a phrase: its candidate passages are checked, then ranked here."""
        matching = self._checked_phrase(lookup, expression)
        strong: dict[int, int] | None
        if strong_expression == expression:
            strong = None
        elif strong_expression is None:
            strong = {}
        else:  # a ranking signal: unchecked
            strong = {article: lowest for article, _passages, lowest in self._matching_articles(strong_expression)}

        def rank(row: tuple[int, int, int, int]) -> tuple[int, bool, int]:
            article, _passages, lowest, _fields = row
            tier = _tier(lowest)
            return tier, strong is not None and _tier(strong.get(article)) != tier, article

        from heapq import nsmallest  # only a phrase ranks this way: imported here, not by every search

        offset, limit = page
        chosen = nsmallest(offset + limit, matching, key=rank)[offset:]
        return (
            [row[0] for row in chosen],
            len(matching),
            sum(row[1] for row in matching),
            sum(row[3] for row in matching),
        )

    def _page(
        self, lookup: _Lookup, expression: str, articles: list[int]
    ) -> tuple[tuple[LibraryHit, ...], dict[tuple[int, str], str], dict[int, int], bool]:
        """The hits of a page's articles, from their matching passages' stored words.

        The candidates are read from FTS5 by rowid range, one range per run of close article
        numbers; a phrase's candidates are checked for the words' order, the others all match.
        """
        db = self.database.connection
        wanted = set(articles)
        candidates: dict[int, list[int]] = {article: [] for article in articles}
        for first, last in _runs(articles):
            bounds = (expression, first << SLOT_BITS, (last << SLOT_BITS) | SLOT_MASK)
            for table in ("field_words", "passage_words"):
                rows = db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ?", bounds)
                for (rowid,) in rows:
                    if rowid >> SLOT_BITS in wanted:
                        candidates[rowid >> SLOT_BITS].append(rowid)
        hits: list[LibraryHit] = []
        matches: dict[int, int] = {}
        complete = True
        prefetched: dict[int, list[tuple[int, str, str, bytes]]] = defaultdict(list)
        if not lookup.phrase:  # every candidate matches: the first ones of every article in one query
            shown_ids = [
                rowid for article in articles for rowid in sorted(candidates[article])[:MAX_PASSAGES_PER_ARTICLE]
            ]
            for row in self._passages(sorted(shown_ids)):
                prefetched[row[0] >> SLOT_BITS].append(row)
        for article in articles:
            ids = sorted(candidates[article])
            if not lookup.phrase and len(ids) > MAX_PASSAGES_PER_ARTICLE:
                complete = False  # counted, the first ones read
            matched = 0 if lookup.phrase else len(ids)
            shown = 0
            read = self._passages(ids) if lookup.phrase else iter(prefetched[article])
            for passage, section_id, text, data in read:
                found = passage_hits(*unpack(data, len(text)), lookup.groups)
                if not found:
                    continue  # a phrase's words, not in order
                if lookup.phrase:
                    matched += 1
                shown += 1
                if shown > MAX_PASSAGES_PER_ARTICLE:
                    complete = False
                    continue
                slot = passage & SLOT_MASK
                number, kind = (slot - BODY, "text") if slot >= BODY else (-1, FIELDS.get(slot, "heading"))
                for hit in found:
                    match = Hit(number, section_id, hit.start, hit.end, text[hit.start : hit.end], hit.score, hit.level)
                    hits.append(LibraryHit(article, match, text, kind))
            matches[article] = matched
        return tuple(hits), self._labels(articles), matches, complete

    def _labels(self, articles: list[int]) -> dict[tuple[int, str], str]:
        """(article, section id) -> the section's label, for these articles (their headings' rows)."""
        sections: dict[tuple[int, str], str] = {}
        for start in range(0, len(articles), 200):  # two parameters each, under SQLite's limit
            chunk = articles[start : start + 200]
            ranges = [
                bound
                for article in chunk
                for bound in (article << SLOT_BITS | FIRST_HEADING, article << SLOT_BITS | (BODY - 1))
            ]
            rows = self.database.connection.execute(
                "SELECT id, section_id, text FROM passages WHERE "
                + " OR ".join("id BETWEEN ? AND ?" for _article in chunk),
                ranges,
            )
            sections.update(((passage >> SLOT_BITS, section_id), label) for passage, section_id, label in rows)
        return sections

    def _passages(self, ids: list[int]) -> Iterator[tuple[int, str, str, bytes]]:
        """(id, section id, text, tokens) of these passages, in id order."""
        for start in range(0, len(ids), 500):  # under SQLite's limit on parameters
            chunk = ids[start : start + 500]
            yield from self.database.connection.execute(
                f"SELECT id, section_id, text, tokens FROM passages WHERE id IN ({', '.join('?' * len(chunk))}) "
                "ORDER BY id",
                chunk,
            )

    def _corrected(self, query: str, options: SearchOptions) -> str | None:
        """The query with each word unknown to the library replaced by its closest library word.

        Only the words the search reads are corrected (``parse_query`` keeps the first
        MAX_QUERY_WORDS): a pasted page of text costs no more than a 32-word query, and a word
        that comes back is looked up once.
        """
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        words = [word for group in parse_query(query) for word in group.words]
        if not words:
            return None
        if self._vocabulary is None:
            rows = self.database.connection.execute("SELECT word FROM words").fetchall()
            self._vocabulary = [word for (word,) in rows]
        corrected: dict[str, str | None] = {}
        for word in dict.fromkeys(words):
            if self._word_levels(word, options, None):
                corrected[word] = word
                continue
            if len(word) < 4:
                return None
            found = process.extractOne(
                word, self._vocabulary, scorer=Levenshtein.distance, score_cutoff=1 if len(word) <= 7 else 2
            )
            if found is None:
                return None
            corrected[word] = found[0]
        replaced = [corrected[word] or word for word in words]
        return " ".join(replaced) if replaced != words else None
