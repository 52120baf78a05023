"""Kazakh-aware keyword search (pure Python, no Qt): folding, transliteration, stemming, index."""

from desktop.search.engine import Hit, Level, SearchIndex, SearchResult

__all__ = ["Hit", "Level", "SearchIndex", "SearchResult"]
