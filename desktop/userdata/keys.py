"""How an article is named in the settings and the store (kept light: read at start-up)."""

from __future__ import annotations

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

BUNDLED_KEY = "bundled"
"""The key of the article compiled into the app; a file's key is its resolved path."""


def article_key(source: Path | None) -> str:
    """Names an article in the settings and the store: the bundled one, or a file by its path."""
    return BUNDLED_KEY if source is None else str(source.resolve())
