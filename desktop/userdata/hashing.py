"""The hash of an article's text that an annotation remembers, apart from the annotations' store.

A library import works it out for every file it reads, in reader processes too: this module
imports no more than ``hashlib``, not the store's dataclasses, UUIDs and database.
"""

from __future__ import annotations

import hashlib

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.content import Article

HASH_RUN_CHARS = 1 << 20
"""Passages are hashed in runs of about this many characters: one encoding and one digest update
per run instead of per passage (a long book has tens of thousands), and sha256 lets other
threads run while it digests a run."""


def text_hash(article: Article) -> str:
    """Identifies the text an annotation was made on (any change to any passage changes it).

    The SHA-256 of every passage's UTF-8 followed by a zero byte: stored with each annotation,
    so these bytes never change."""
    digest = hashlib.sha256()
    run: list[str] = []
    size = 0
    for passage in article.passages:
        run.append(passage.text)
        size += len(passage.text)
        if size >= HASH_RUN_CHARS:
            run.append("")
            digest.update("\x00".join(run).encode("utf-8"))
            run, size = [], 0
    if run:
        run.append("")
        digest.update("\x00".join(run).encode("utf-8"))
    return digest.hexdigest()
