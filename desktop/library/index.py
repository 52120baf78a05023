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
    SearchIndex,
    SearchOptions,
    parse_query,
    query_keys,
    text_keys,
)
from desktop.search.normalize import fold, tokenize
from desktop.userdata.database import Database

INDEX_FORMAT = f"1/{__version__}"
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
        keys TEXT NOT NULL
    );
    CREATE INDEX passages_by_article ON passages (article, number);
    CREATE TABLE sections (article INTEGER NOT NULL, id TEXT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (article, id));
    CREATE VIRTUAL TABLE passage_keys USING fts5(
        keys, content='passages', content_rowid='id', detail='none',
        tokenize='unicode61 remove_diacritics 0'
    );
    CREATE TRIGGER passages_added AFTER INSERT ON passages BEGIN
        INSERT INTO passage_keys (rowid, keys) VALUES (new.id, new.keys);
    END;
    CREATE TRIGGER passages_removed AFTER DELETE ON passages BEGIN
        INSERT INTO passage_keys (passage_keys, rowid, keys) VALUES ('delete', old.id, old.keys);
    END;
    CREATE VIRTUAL TABLE passage_terms USING fts5vocab(passage_keys, 'row')
    """,
)


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


def passage_keys(text: str) -> str:
    """The FTS5 document of one passage: every distinct key of its words, kind-prefixed."""
    keys: set[str] = set()
    for token in tokenize(fold(text).text):
        for kind, key in text_keys(token.text):
            if key:
                keys.add(_fts_token(kind, key))
    return " ".join(sorted(keys))


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

    def put(self, article_id: int, article: Article, text_hash: str) -> None:
        """Index an article (replacing what was indexed for that id), in one transaction."""
        rows = [
            (article_id, passage.index, passage.section_id, passage.text, passage_keys(passage.text))
            for passage in article.passages
        ]
        labels = [(article_id, section.id, section.label) for section in article.sections]
        with self.database.transaction() as db:
            db.execute("DELETE FROM passages WHERE article = ?", (article_id,))
            db.execute("DELETE FROM sections WHERE article = ?", (article_id,))
            db.executemany("INSERT INTO sections VALUES (?, ?, ?)", labels)
            db.executemany(
                "INSERT INTO passages (article, number, section_id, text, keys) VALUES (?, ?, ?, ?, ?)", rows
            )
            db.execute("INSERT OR REPLACE INTO indexed VALUES (?, ?)", (article_id, text_hash))
        self._vocabulary = None

    def remove(self, article_id: int) -> None:
        with self.database.transaction() as db:
            db.execute("DELETE FROM passages WHERE article = ?", (article_id,))
            db.execute("DELETE FROM sections WHERE article = ?", (article_id,))
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
    def search(
        self, query: str, options: SearchOptions | None = None, articles: Iterable[int] | None = None
    ) -> LibraryResult:
        """Hits in every article (or only ``articles``), with the article search's rules; never raises on any input."""
        options = options or SearchOptions()
        allowed = None if articles is None else set(articles)
        result = self._search(query, options, allowed)
        if result.hits or not isinstance(query, str):
            return result
        corrected = self._corrected(query, options)
        if corrected is None:
            return result
        typo = self._search(corrected, options, allowed)
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

    def _search(self, query: str, options: SearchOptions, allowed: set[int] | None) -> LibraryResult:
        expression = self._match_expression(query, options) if isinstance(query, str) else None
        if expression is None:
            return LibraryResult(query if isinstance(query, str) else "", ())
        db = self.database.connection
        try:
            rows = db.execute(
                "SELECT p.article, p.number, p.section_id, p.text FROM passage_keys JOIN passages AS p "
                "ON p.id = passage_keys.rowid WHERE passage_keys MATCH ? ORDER BY passage_keys.rowid",
                (expression,),
            )
            candidates: list[tuple[int, int, str, str]] = []
            total = 0
            for row in rows:
                if allowed is not None and row[0] not in allowed:
                    continue
                total += 1
                if len(candidates) < MAX_CHECKED_PASSAGES:
                    candidates.append(row)
        except sqlite3.OperationalError:  # an expression FTS5 cannot read: no hits rather than an error
            return LibraryResult(query, ())
        if not candidates:
            return LibraryResult(query, ())
        memory = SearchIndex((section_id, text) for _article, _number, section_id, text in candidates)
        found = memory.search(query, options=options, correct=False)
        by_article: dict[int, list[LibraryHit]] = defaultdict(list)
        for hit in found.hits:
            article, number, _section, text = candidates[hit.passage]
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
            if self._match_expression(word, options) and self._search(word, options, None).hits:
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
