"""Building an Article from headings and paragraphs found in a file of any format."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from desktop.content.model import Article, Block, BulletList, Paragraph, Section

LABEL_LENGTH = 40
SECTION_ICON = "fa6s.file-lines"
LEAD_ICON = "fa6s.book-open"
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """One line of text: runs of whitespace (line breaks included) become one space; NFC."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def label_for(heading: str) -> str:
    return heading if len(heading) <= LABEL_LENGTH else heading[: LABEL_LENGTH - 1].rstrip() + "…"


@dataclass
class _Part:
    heading: str | None
    blocks: list[Block] = field(default_factory=list)


class TextTooLargeError(ValueError):
    """The text read so far is already more than an article may hold."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class ArticleBuilder:
    """Collects headings, paragraphs and list items in reading order, then makes the Article.

    With a ``limit``, the text is counted (UTF-8 bytes) as it comes, and TextTooLargeError is
    raised once it passes the limit: a file whose parts repeat (an EPUB spine naming one
    chapter a thousand times) cannot make an article larger than a file could be.
    """

    def __init__(self, limit: int | None = None) -> None:
        self._parts: list[_Part] = [_Part(None)]
        self._items: list[str] = []
        self._limit = limit
        self._size = 0

    def _count(self, text: str) -> None:
        if self._limit is not None:
            self._size += len(text.encode("utf-8", "surrogatepass"))
            if self._size > self._limit:
                raise TextTooLargeError(self._limit)

    def heading(self, text: str) -> None:
        text = clean(text)
        if text:
            self._count(text)
            self._close_list()
            self._parts.append(_Part(text))

    def paragraph(self, text: str) -> None:
        text = clean(text)
        if text:
            self._count(text)
            self._close_list()
            self._parts[-1].blocks.append(Paragraph(text))

    def list_item(self, text: str) -> None:
        text = clean(text)
        if text:
            self._count(text)
            self._items.append(text)

    def _close_list(self) -> None:
        if self._items:
            self._parts[-1].blocks.append(BulletList(tuple(self._items)))
            self._items = []

    def has_text(self) -> bool:
        self._close_list()
        return any(part.blocks for part in self._parts)

    def build(self, title: str, date: dt.date, source: str, language: str = "kk") -> Article:
        """The article; sections without text are left out, a heading with no text after it too."""
        self._close_list()
        title = clean(title)
        sections: list[Section] = []
        for part in self._parts:
            if not part.blocks:
                continue
            number = len(sections) + 1
            if part.heading is None:
                heading = part.heading or title
                sections.append(
                    Section(f"s{number}", label_for(heading), heading, LEAD_ICON, tuple(part.blocks), False)
                )
            else:
                sections.append(
                    Section(f"s{number}", label_for(part.heading), part.heading, SECTION_ICON, tuple(part.blocks))
                )
        return Article(title=title, date=date, source=clean(source), language=language, sections=tuple(sections))
