"""Kazakh-aware keyword search (pure Python, no Qt): folding, transliteration, morphology, index."""

from desktop.search.engine import Completion, Hit, Level, SearchIndex, SearchOptions, SearchResult

__all__ = ["Completion", "Hit", "Level", "SearchIndex", "SearchOptions", "SearchResult"]
