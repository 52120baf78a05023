"""Oqyrman: an offline desktop reader for Kazakh-language articles."""

__version__ = "0.1.0"
