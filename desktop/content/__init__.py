"""The article: a pure-Python content model, its source-format loader and exporters.

Nothing in this package imports Qt, so the command line and the tests use it
directly and fast. The loader is imported when first used (``load_article``,
``parse_article``): the window starts from the bundled article compiled in advance
(``compiled``) and needs no parser before its first paint.
"""

from __future__ import annotations

from desktop.content.errors import ContentError
from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.content.loader import load_article, parse_article
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

_FROM_THE_LOADER = ("load_article", "parse_article")
_FROM_THE_MODEL = ("Article", "BulletList", "Paragraph", "Passage", "PassageKind", "Section")
"""Imported when first asked for: the command line's library search imports the package's errors and
transliteration, never the model."""


def __getattr__(name: str) -> object:
    if name in _FROM_THE_LOADER:
        from desktop.content import loader

        return getattr(loader, name)
    if name in _FROM_THE_MODEL:
        from desktop.content import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
