"""Building an Article from headings and paragraphs found in a file of any format."""

from __future__ import annotations

import unicodedata
from itertools import repeat
from typing import TYPE_CHECKING

from desktop.content.model import Article, Block, BulletList, Images, Paragraph, Section, Verse

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

LABEL_LENGTH = 40
MAX_LIST_DEPTH = 8
"""Lists nested deeper than this keep their items at this depth (the indent would outrun the column)."""
SECTION_ICON = "fa6s.file-lines"
LEAD_ICON = "fa6s.book-open"


def clean(text: str) -> str:
    """One line of text: runs of whitespace (line breaks included) become one space; NFC.

    A paragraph whose only whitespace is single spaces (once its line breaks are spaces) is
    kept as it is: checking that (``isprintable`` is false for every other whitespace
    character) takes half the time of splitting it into words and joining them, the
    difference between 0.1 and 0.2 s on a 32 MiB book. ``str.split`` finds the same
    whitespace as the pattern ``\\s`` (Unicode's). Such a paragraph with a space at either end
    (a text's first and last paragraphs keep the line ends around them) only loses those
    spaces: its words joined again are the words between them (``strip`` returns the text
    itself when it has none).
    """
    text = unicodedata.normalize("NFC", text)
    if "\n" in text:
        text = text.replace("\n", " ")
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    return " ".join(text.split())


def label_for(heading: str) -> str:
    return heading if len(heading) <= LABEL_LENGTH else heading[: LABEL_LENGTH - 1].rstrip() + "…"


class _Part:
    """A heading and the blocks after it (a plain class: ``dataclasses`` is not imported before
    a book's first paint)."""

    __slots__ = ("blocks", "heading", "in_text", "level")

    def __init__(self, heading: str | None, level: int = 1, in_text: bool = True) -> None:
        self.heading = heading
        self.blocks: list[Block] = []
        self.level = level
        self.in_text = in_text


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
        self._levels: list[int] = []
        self._ordered = False
        self._limit = limit
        self._size = 0

    def _count(self, text: str) -> None:
        if self._limit is not None:
            self._size += len(text.encode("utf-8", "surrogatepass"))
            if self._size > self._limit:
                raise TextTooLargeError(self._limit)

    def size(self) -> int:
        """The bytes of text counted so far (UTF-8; only when there is a limit)."""
        return self._size

    def heading(self, text: str, level: int = 1, *, in_text: bool = True) -> None:
        """A heading starts a section; ``in_text`` False names one (in the sidebar) that the text does not show."""
        text = clean(text)
        if text:
            if in_text:
                self._count(text)
            self._close_list()
            self._parts.append(_Part(text, level=level, in_text=in_text))

    def block(self, block: Block, text: str) -> None:
        """A block made by the reader of a format, its texts already clean; ``text`` is what is counted."""
        self._count(text)
        self._close_list()
        self._parts[-1].blocks.append(block)

    def section_is_empty(self) -> bool:
        """Whether nothing was added since the last heading (or the start)."""
        return not self._parts[-1].blocks and not self._items

    def paragraph(self, text: str) -> None:
        text = clean(text)
        if text:
            self._count(text)
            self._close_list()
            self._parts[-1].blocks.append(Paragraph(text))

    def paragraphs(self, texts: Iterable[str]) -> None:
        """Paragraphs in order, as ``paragraph`` adds each one; for a text's paragraphs, found all at once
        (a library import adds a few hundred thousand: one call a paragraph cost more than its cleaning)."""
        cleaned = [text for text in map(clean, texts) if text]
        if not cleaned:
            return
        if self._limit is not None:
            for text in cleaned:
                self._count(text)
        self._close_list()
        # Each made by ``tuple.__new__`` in C, as Paragraph(text) makes it, without its Python ``__new__``.
        self._parts[-1].blocks += map(tuple.__new__, repeat(Paragraph), zip(cleaned, repeat(())))

    def list_item(self, text: str, level: int = 0, ordered: bool = False) -> None:
        """An item of a list (``level`` deep in nested lists); a change of kind at the top starts another list."""
        text = clean(text)
        if text:
            self._count(text)
            if self._items and level == 0 and ordered != self._ordered:
                self._close_list()
            if not self._items:
                self._ordered = ordered
                level = 0
            self._items.append(text)
            level = min(level, MAX_LIST_DEPTH)  # deeper lists are shown at the deepest indent
            self._levels.append(min(level, self._levels[-1] + 1) if self._levels else 0)

    def _close_list(self) -> None:
        if self._items:
            levels = tuple(self._levels) if any(self._levels) else ()
            self._parts[-1].blocks.append(BulletList(tuple(self._items), levels, self._ordered))
            self._items, self._levels, self._ordered = [], [], False

    def has_text(self, *, headings_count: bool = False) -> bool:
        """Whether there is text; with ``headings_count``, a heading alone is text (a book's title page)."""
        self._close_list()
        # A loop, not any() over a generator: a generator closed early has an exception raised in it.
        for part in self._parts:  # noqa: SIM110
            if part.blocks or (headings_count and part.in_text and part.heading):
                return True
        return False

    def keep_refs(self, notes: set[str]) -> None:
        """Footnote references that name no footnote of the book stay text, not links."""
        for part in self._parts:
            for number, block in enumerate(part.blocks):
                if isinstance(block, (Paragraph, Verse)) and block.refs:
                    refs = tuple(ref for ref in block.refs if ref.note in notes)
                    part.blocks[number] = block._replace(refs=refs)

    def build(
        self,
        title: str,
        date: dt.date | str,
        source: str,
        language: str = "kk",
        *,
        keep_bare_headings: bool = False,
        images: Images | None = None,
        notices: tuple[str, ...] = (),
    ) -> Article:
        """The article; sections without text are left out, a heading with no text after it too,
        unless ``keep_bare_headings`` (a book's part title before its first chapter's)."""
        self._close_list()
        return _article(
            self._parts, title, date, source, language, keep_bare_headings=keep_bare_headings, images=images,
            notices=notices,
        )  # fmt: skip

    def build_so_far(
        self,
        title: str,
        date: dt.date | str,
        source: str,
        *,
        keep_bare_headings: bool = False,
        images: Images | None = None,
        notes: set[str] | None = None,
    ) -> Article | None:
        """The article of what was added so far, as ``build`` would make it now; None when it has
        no section. What is built is left as it is (a list still open is a block of a copy), so
        what comes next may only add sections, and blocks to the last one (or change the list it
        ends with). ``notes``: the footnotes known so far (``keep_refs``), in a copy of the blocks.

        A book's first screen is shown from it before the rest of the book is read."""
        parts = []
        for number, part in enumerate(self._parts):
            copy = _Part(part.heading, part.level, part.in_text)
            copy.blocks = [
                block._replace(refs=tuple(ref for ref in block.refs if ref.note in notes))
                if notes is not None and isinstance(block, (Paragraph, Verse)) and block.refs
                else block
                for block in part.blocks
            ]
            if number == len(self._parts) - 1 and self._items:
                levels = tuple(self._levels) if any(self._levels) else ()
                copy.blocks.append(BulletList(tuple(self._items), levels, self._ordered))
            parts.append(copy)
        article = _article(parts, title, date, source, keep_bare_headings=keep_bare_headings, images=images)
        return article if article.sections else None


def _article(
    parts: list[_Part],
    title: str,
    date: dt.date | str,
    source: str,
    language: str = "kk",
    *,
    keep_bare_headings: bool,
    images: Images | None,
    notices: tuple[str, ...] = (),
) -> Article:
    title = clean(title)
    sections: list[Section] = []
    for part in parts:
        if not part.blocks and not (keep_bare_headings and part.heading is not None and part.in_text):
            continue
        number = len(sections) + 1
        if part.heading is None:
            sections.append(Section(f"s{number}", label_for(title), title, LEAD_ICON, tuple(part.blocks), False))
        else:
            sections.append(
                Section(
                    f"s{number}",
                    label_for(part.heading),
                    part.heading,
                    SECTION_ICON,
                    tuple(part.blocks),
                    part.in_text,
                    part.level,
                )
            )
    return Article(
        title=title,
        date=date,
        source=clean(source),
        language=language,
        sections=tuple(sections),
        images=images,
        notices=notices,
    )
