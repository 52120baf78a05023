"""Reading search results in tests."""

from __future__ import annotations

from desktop.search import SearchIndex, SearchOptions


def matches(index: SearchIndex, query: str) -> list[str]:
    """The matched text of every hit, in document order."""
    return [hit.match for hit in index.search(query).in_document_order()]


def matches_with(index: SearchIndex, query: str, options: SearchOptions) -> list[str]:
    """Like ``matches``, with search options."""
    return [hit.match for hit in index.search(query, options=options).in_document_order()]
