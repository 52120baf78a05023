"""The article: a pure-Python content model, its source-format loader and exporters.

Nothing in this package imports Qt, so the command line and the tests use it
directly and fast.
"""

from desktop.content.loader import ContentError, load_article, parse_article
from desktop.content.model import Article, BulletList, Paragraph, Passage, PassageKind, Section

__all__ = [
    "Article",
    "BulletList",
    "ContentError",
    "Paragraph",
    "Passage",
    "PassageKind",
    "Section",
    "load_article",
    "parse_article",
]
