"""Highlights, notes and bookmarks, kept in SQLite and anchored to an article's text.

One transaction per user action; an annotation belongs to an article by its key (the
bundled article, or a file's path) and remembers the hash of the text it was made on, so
a changed article file is noticed and its annotations are found again by their quote
(``anchors.relocate``), or listed as not found in this version, never dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.content import Article
from desktop.storage.database import Database, timestamp
from desktop.userdata import hashing
from desktop.userdata.anchors import Anchor, relocate

text_hash = hashing.text_hash
"""Where the store's users find it (it lives apart, for the library's import to use without the store)."""

COLORS = ("yellow", "green", "blue", "pink")
STYLES = ("highlight", "underline")
KINDS = ("highlight", "bookmark")

MIGRATIONS = (
    # 1: highlights (with their notes) and bookmarks, anchored by passage, offsets and quote
    """
    CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        article_key TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('highlight', 'bookmark')),
        passage INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        section_id TEXT NOT NULL,
        color TEXT,
        note TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        modified TEXT NOT NULL
    );
    CREATE INDEX annotations_by_article ON annotations (article_key, passage, start)
    """,
    # 2: a highlight may be drawn as an underline instead of a colour
    """
    ALTER TABLE annotations ADD COLUMN style TEXT NOT NULL DEFAULT 'highlight'
    """,
)

FIELDS = (
    "uuid", "article_key", "text_hash", "kind", "passage", "start", "end", "quote", "prefix", "suffix",
    "section_id", "color", "style", "note", "name", "created", "modified",
)  # fmt: skip
COLUMNS = ", ".join(f'"{name}"' for name in FIELDS)  # "end" is an SQL keyword: every name quoted


@dataclass(frozen=True)
class Annotation:
    uuid: str
    article_key: str
    text_hash: str
    kind: str
    passage: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    section_id: str
    color: str | None
    style: str
    note: str
    name: str
    created: str
    modified: str
    found: bool = True
    """False when the article changed and the quote is no longer in it ("not found in this version")."""

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.passage, self.start, self.end, self.quote, self.prefix, self.suffix)

    def as_row(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in FIELDS)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELDS}


def new_annotation(
    article_key: str,
    article: Article,
    anchor: Anchor,
    *,
    kind: str = "highlight",
    color: str | None = "yellow",
    style: str = "highlight",
    note: str = "",
    name: str = "",
    fingerprint: str | None = None,
) -> Annotation:
    """A new annotation on this text, not yet stored (``fingerprint``: the text's hash, if known)."""
    if kind not in KINDS or style not in STYLES or (color is not None and color not in COLORS):
        raise ValueError(f"unknown kind, style or colour: {kind}, {style}, {color}")
    now = timestamp()
    return Annotation(
        str(uuid.uuid4()), article_key, fingerprint or text_hash(article), kind,
        anchor.passage, anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix,
        article.passages[anchor.passage].section_id,
        color if kind == "highlight" else None, style, note, name, now, now,
    )  # fmt: skip


class AnnotationStore:
    """The reader's annotations, in one SQLite file (notes.sqlite in the user's data folder)."""

    def __init__(self, path: Path | str) -> None:
        self.database = Database(path, MIGRATIONS)

    @property
    def problem(self) -> str | None:
        return self.database.problem

    def close(self) -> None:
        self.database.close()

    # -- writing: one transaction per action --------------------------------------------------
    def _insert(self, annotations: Iterable[Annotation]) -> int:
        marks = ", ".join("?" for _ in FIELDS)
        with self.database.transaction() as connection:
            cursor = connection.executemany(
                f"INSERT OR IGNORE INTO annotations ({COLUMNS}) VALUES ({marks})",
                [annotation.as_row() for annotation in annotations],
            )
            return cursor.rowcount

    def update(self, annotation_id: str, **changes: str | None) -> Annotation:
        """Change the note, colour, style or name of one annotation."""
        allowed = {"note", "color", "style", "name"}
        if not changes or set(changes) - allowed:
            raise ValueError(f"only {', '.join(sorted(allowed))} can change")
        if "color" in changes and changes["color"] not in COLORS:
            raise ValueError(f"unknown colour {changes['color']}")
        if "style" in changes and changes["style"] not in STYLES:
            raise ValueError(f"unknown style {changes['style']}")
        assignments = ", ".join(f"{name} = ?" for name in changes)
        with self.database.transaction() as connection:
            connection.execute(
                f"UPDATE annotations SET {assignments}, modified = ? WHERE uuid = ?",
                [*changes.values(), timestamp(), annotation_id],
            )
        return self.get(annotation_id)

    def delete(self, annotation_id: str) -> Annotation:
        """Remove one annotation; returns it, so the removal can be undone with ``put``."""
        annotation = self.get(annotation_id)
        with self.database.transaction() as connection:
            connection.execute("DELETE FROM annotations WHERE uuid = ?", (annotation_id,))
        return annotation

    def put(self, annotation: Annotation) -> None:
        """Store an annotation: a new one (``new_annotation``), or one deleted and brought back (undo)."""
        self._insert([annotation])

    def merge(self, annotations: Iterable[Annotation]) -> int:
        """Add annotations not already here (by their id), all in one transaction; how many were new."""
        return self._insert(annotations)

    # -- reading -------------------------------------------------------------------------------
    def get(self, annotation_id: str) -> Annotation:
        row = self.database.connection.execute(
            f"SELECT {COLUMNS} FROM annotations WHERE uuid = ?",
            (annotation_id,),
        ).fetchone()
        if row is None:
            raise KeyError(annotation_id)
        return Annotation(*row)

    def stored(self, article_key: str | None = None) -> list[Annotation]:
        """As stored, in document order (all articles when no key is given)."""
        query = f"SELECT {COLUMNS} FROM annotations"
        parameters: tuple[str, ...] = ()
        if article_key is not None:
            query += " WHERE article_key = ?"
            parameters = (article_key,)
        query += ' ORDER BY article_key, passage, start, "end", created'
        return [Annotation(*row) for row in self.database.connection.execute(query, parameters)]

    def counts(self) -> dict[str, int]:
        """How many annotations each article has (for the library's list)."""
        rows = self.database.connection.execute("SELECT article_key, count(*) FROM annotations GROUP BY article_key")
        return {key: int(count) for key, count in rows}

    def for_article(self, article_key: str, article: Article, fingerprint: str | None = None) -> list[Annotation]:
        """This article's annotations placed in its current text; those that cannot be are ``found=False``.

        ``fingerprint``: the article's ``text_hash`` when the caller has it (hashing a long text costs).
        """
        current = fingerprint or text_hash(article)
        texts = [passage.text for passage in article.passages]
        placed = []
        for annotation in self.stored(article_key):
            if annotation.text_hash == current:
                placed.append(annotation)
                continue
            anchor = relocate(annotation.anchor, texts)
            if anchor is None:
                placed.append(replace(annotation, found=False))
            else:
                section = article.passages[anchor.passage].section_id
                placed.append(
                    replace(annotation, passage=anchor.passage, start=anchor.start, end=anchor.end,
                            prefix=anchor.prefix, suffix=anchor.suffix, section_id=section)
                )  # fmt: skip
        return sorted(placed, key=lambda a: (not a.found, a.passage, a.start))
