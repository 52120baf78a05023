"""Reading articles from files people have: plain text, saved web pages and EPUB books.

Each format has its own module and a well-kept parser (the standard library's html.parser,
zipfile and ElementTree: never regular expressions over markup); all of them build the same
content model through ``build.ArticleBuilder``. Markup is read to find the text and its
structure, and then dropped: what reaches the reader is text, shown as text.
"""

from __future__ import annotations

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

SUFFIXES = {".md": "article", ".txt": "text", ".html": "web", ".htm": "web", ".xhtml": "web", ".epub": "epub"}
"""File name endings the reader opens, and the format each one is read as."""


def format_of(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())
