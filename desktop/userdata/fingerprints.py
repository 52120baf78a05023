"""An article's text fingerprint, apart from the annotations store so a library search need not import it."""

from __future__ import annotations

import hashlib

from desktop.content import Article


def text_hash(article: Article) -> str:
    """Identifies the text an annotation was made on (any change to any passage changes it)."""
    digest = hashlib.sha256()
    for passage in article.passages:
        digest.update(passage.text.encode("utf-8") + b"\x00")
    return digest.hexdigest()
