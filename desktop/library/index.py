"""The library's search index: every article's passages, found by the search engine's word keys.

Why two stages: SQLite's FTS5 finds the passages that hold any key of every query word
(the exact form, its stems, its family, its keyboard and Latin spellings: the keys
``engine.text_keys`` computes), fast over thousands of articles; then the ordinary in-memory
``SearchIndex`` is built over those passages alone and gives hits with their exact level,
phrase order and character offsets. So a library hit is found by exactly the rules an
article search uses, and the index stays a plain list of keys.

The index is a separate store from the catalogue: it can always be rebuilt from the
articles, so a damaged one is set aside and rebuilt, and its pages are not all read on
every start (``full_check=False``).
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from desktop import __version__
from desktop.content import Article
from desktop.search.engine import (
    LEVEL_SCORE,
    Hit,
    Level,
    PassageTokens,
    SearchIndex,
    SearchOptions,
    parse_query,
    passage_tokens,
    query_keys,
    text_keys,
)
from desktop.search.normalize import fold, tokenize
from desktop.userdata.database import Database

INDEX_FORMAT = f"2/{__version__}"  # 2: word keys carry the stem's class (a verb stem ends in "-")
"""Written into the index; another value (a new analyser) means every article's keys are computed again."""
KIND_PREFIX = {"exact": "e", "word": "w", "family": "f", "fallback": "k", "fallback_word": "m", "latin": "l"}
"""Each key is stored as one FTS5 term: a letter for its kind, then the key (eсапар, wсапар…)."""
MAX_CHECKED_PASSAGES = 400
"""Passages a library search reads back and checks in memory; more matching passages are counted, not shown."""

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
)
"""The keys are not stored beside the passages (a contentless FTS5 table): they are most of the
size, and are computed again from the stored words to delete a passage. That is safe because an
index written by another analyser is cleared whole (``INDEX_FORMAT``) before anything is deleted."""


class LibraryHit(NamedTuple):
    """A hit in one article of the library; ``hit.passage`` is the passage's number in that article."""

    article: int
    hit: Hit
    text: str
    """The whole passage, for a snippet."""


@dataclass(frozen=True)
class LibraryResult:
    query: str
    hits: tuple[LibraryHit, ...]
    """Grouped by article (the best matching article first), in document order within one."""
    suggestion: str | None = None
    sections: dict[tuple[int, str], str] = field(default_factory=dict)
    """(article, section id) -> the section's label, for the articles that have hits."""
    passages: int = 0
    """How many passages hold every query word by the index; ``hits`` come from the first MAX_CHECKED_PASSAGES."""
    complete: bool = True
    """False when more passages matched than were checked."""

    @property
    def articles(self) -> list[int]:
        return list(dict.fromkeys(hit.article for hit in self.hits))


def _fts_token(kind: str, key: str) -> str:
    """One key as one FTS5 token: kind letter + key, any separator (an apostrophe) made a letter (ʼ)."""
    return KIND_PREFIX[kind] + "".join(char if char.isalnum() else "\u02bc" for char in key)


def passage_keys(words: Iterable[str]) -> str:
    """The FTS5 document of one passage: every distinct key of its words, kind-prefixed."""
    keys: set[str] = set()
    for word in set(words):
        for kind, key in text_keys(word):
            if key:
                keys.add(_fts_token(kind, key))
    return " ".join(sorted(keys))


def _split(words: str) -> list[str]:
    return words.split(" ") if words else []


def _pack(spans: array[int]) -> bytes:
    """Character offsets as 32-bit little-endian integers (the same file reads on any machine)."""
    if sys.byteorder == "big":
        spans = array("I", spans)
        spans.byteswap()
    return spans.tobytes()


def _unpack(data: bytes) -> array[int]:
    spans = array("I")
    spans.frombytes(data)
    if sys.byteorder == "big":
        spans.byteswap()
    return spans


def _term(kind: str, key: str) -> str:
    """One key as an FTS5 string in a MATCH expression."""
    return '"' + _fts_token(kind, key) + '"'


class LibraryIndex:
    """The FTS5 store of the library's passages."""

    def __init__(self, path: Path | str) -> None:
        self.database = Database(path, MIGRATIONS, full_check=False)
        self._vocabulary: list[str] | None = None
        row = self.database.connection.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        self.stale = row is not None and row[0] != INDEX_FORMAT
        """Written by another version of the analyser: every article must be indexed again."""
        if row is None:
            with self.database.transaction() as db:
                db.execute("INSERT INTO meta VALUES ('format', ?)", (INDEX_FORMAT,))

    @property
    def problem(self) -> str | None:
        return self.database.problem

    def close(self) -> None:
        self.database.close()

    # -- writing ---------------------------------------------------------------------------
    def indexed(self) -> dict[int, str]:
        """Article id -> the hash of the text the index holds for it."""
        return dict(self.database.connection.execute("SELECT article, text_hash FROM indexed").fetchall())

    def indexed_hash(self, article_id: int) -> str | None:
        """The hash of the text indexed for one article (None: not indexed)."""
        row = self.database.connection.execute("SELECT text_hash FROM indexed WHERE article = ?", (article_id,))
        found = row.fetchone()
        return str(found[0]) if found else None

    def put(self, article_id: int, article: Article, text_hash: str) -> None:
        """Index an article (replacing what was indexed for that id), in one transaction."""
        rows = []
        for passage in article.passages:
            words, spans = passage_tokens(passage.text)
            joined = " ".join(words)  # words hold no spaces: \w and apostrophes only
            rows.append((article_id, passage.index, passage.section_id, passage.text, joined, _pack(spans)))
        labels = [(article_id, section.id, section.label) for section in article.sections]
        with self.database.transaction() as db:
            self._delete(db, article_id)
            db.executemany("INSERT INTO sections VALUES (?, ?, ?)", labels)
            for row in rows:
                cursor = db.execute(
                    "INSERT INTO passages (article, number, section_id, text, words, spans) VALUES (?, ?, ?, ?, ?, ?)",
                    row,
                )
                db.execute(
                    "INSERT INTO passage_keys (rowid, keys) VALUES (?, ?)",
                    (cursor.lastrowid, passage_keys(_split(row[4]))),
                )
            db.execute("INSERT OR REPLACE INTO indexed VALUES (?, ?)", (article_id, text_hash))
        self._vocabulary = None

    @staticmethod
    def _delete(db: sqlite3.Connection, article_id: int) -> None:
        """An article's passages out of the tables and the FTS5 index (given the keys it was indexed by)."""
        passages = db.execute("SELECT id, words FROM passages WHERE article = ?", (article_id,)).fetchall()
        db.executemany(
            "INSERT INTO passage_keys (passage_keys, rowid, keys) VALUES ('delete', ?, ?)",
            [(passage_id, passage_keys(_split(words))) for passage_id, words in passages],
        )
        db.execute("DELETE FROM passages WHERE article = ?", (article_id,))
        db.execute("DELETE FROM sections WHERE article = ?", (article_id,))

    def remove(self, article_id: int) -> None:
        with self.database.transaction() as db:
            self._delete(db, article_id)
            db.execute("DELETE FROM indexed WHERE article = ?", (article_id,))
        self._vocabulary = None

    def clear(self) -> None:
        """Forget every article (before a rebuild); the new format is recorded."""
        with self.database.transaction() as db:
            db.execute("DELETE FROM passages")
            db.execute("DELETE FROM sections")
            db.execute("DELETE FROM indexed")
            db.execute("INSERT INTO passage_keys (passage_keys) VALUES ('delete-all')")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (INDEX_FORMAT,))
        self.stale = False
        self._vocabulary = None

    def size(self) -> tuple[int, int]:
        """(articles, passages) in the index."""
        db = self.database.connection
        return db.execute("SELECT count(*) FROM indexed").fetchone()[0], db.execute(
            "SELECT count(*) FROM passages"
        ).fetchone()[0]

    # -- searching -------------------------------------------------------------------------
    def search(self, query: str, options: SearchOptions | None = None) -> LibraryResult:
        """Hits in every indexed article, with the article search's rules; never raises on any input."""
        options = options or SearchOptions()
        result = self._search(query, options)
        if result.hits or not isinstance(query, str):
            return result
        corrected = self._corrected(query, options)
        if corrected is None:
            return result
        typo = self._search(corrected, options)
        if not typo.hits:
            return result
        score = LEVEL_SCORE[Level.TYPO]
        hits = tuple(found._replace(hit=found.hit._replace(level=Level.TYPO, score=score)) for found in typo.hits)
        return LibraryResult(query, hits, corrected, typo.sections, typo.passages, typo.complete)

    def _match_expression(self, query: str, options: SearchOptions) -> str | None:
        """FTS5: every query word (AND) by any of its keys (OR)."""
        words: list[str] = []
        for group in parse_query(query):
            layouts: list[str | None] = [*group.layout_words] if group.layout_words else [None] * len(group.words)
            for word, layout in zip(group.words, layouts, strict=True):
                terms = sorted({_term(kind, key) for kind, key, _level in query_keys(word, options, layout) if key})
                if terms:
                    words.append("(" + " OR ".join(terms) + ")")
        return " AND ".join(words) if words else None

    def _search(self, query: str, options: SearchOptions) -> LibraryResult:
        expression = self._match_expression(query, options) if isinstance(query, str) else None
        if expression is None:
            return LibraryResult(query if isinstance(query, str) else "", ())
        db = self.database.connection
        try:  # the matching passages' ids alone (cheap), then the text of the first ones
            ids = [
                row[0] for row in db.execute("SELECT rowid FROM passage_keys WHERE passage_keys MATCH ?", (expression,))
            ]
        except sqlite3.OperationalError:  # an expression FTS5 cannot read: no hits rather than an error
            return LibraryResult(query, ())
        if not ids:
            return LibraryResult(query, ())
        ids.sort()
        checked = ids[:MAX_CHECKED_PASSAGES]
        candidates: list[tuple[int, int, str, str, str, bytes]] = db.execute(
            "SELECT article, number, section_id, text, words, spans FROM passages "
            f"WHERE id IN ({', '.join('?' * len(checked))}) ORDER BY id",
            checked,
        ).fetchall()
        total = len(ids)
        memory = SearchIndex(
            ((row[2], row[3]) for row in candidates),
            (PassageTokens(_split(row[4]), _unpack(row[5])) for row in candidates),
        )
        found = memory.search(query, options=options, correct=False)
        by_article: dict[int, list[LibraryHit]] = defaultdict(list)
        for hit in found.hits:
            article, number, _section, text, _words, _spans = candidates[hit.passage]
            by_article[article].append(LibraryHit(article, hit._replace(passage=number), text))
        ranked = sorted(
            by_article.values(),
            key=lambda hits: (-max(found.hit.score for found in hits), -len(hits), hits[0].article),
        )
        hits = tuple(found for group in ranked for found in sorted(group, key=lambda f: (f.hit.passage, f.hit.start)))
        articles = sorted(by_article)
        marks = ", ".join("?" * len(articles))
        labels = db.execute(f"SELECT article, id, label FROM sections WHERE article IN ({marks})", articles)
        sections = {(article, section_id): label for article, section_id, label in labels}
        return LibraryResult(query, hits, None, sections, total, total <= len(candidates))

    def _corrected(self, query: str, options: SearchOptions) -> str | None:
        """The query with each word unknown to the library replaced by its closest library word."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        if self._vocabulary is None:
            rows = self.database.connection.execute(
                "SELECT term FROM passage_terms WHERE term >= 'e' AND term < 'f'"
            ).fetchall()
            self._vocabulary = [term[1:] for (term,) in rows if "\u02bc" not in term]
        words = []
        changed = False
        for token in tokenize(fold(query).text):
            word = token.text
            if self._match_expression(word, options) and self._search(word, options).hits:
                words.append(word)
                continue
            if len(word) < 4:
                return None
            found = process.extractOne(
                word, self._vocabulary, scorer=Levenshtein.distance, score_cutoff=1 if len(word) <= 7 else 2
            )
            if found is None:
                return None
            words.append(found[0])
            changed = True
        return " ".join(words) if changed else None
