"""Immutable content model of an article: sections made of paragraphs and bullet lists.

Every piece of text a reader sees is a *passage* (a heading, a paragraph or one
list item). Passages are numbered in reading order; search hits, export and the
reading pane all speak in passage numbers, so they always agree.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import datetime as dt

# Named tuples and one written-out class, not frozen dataclasses: the window needs the model
# before its first paint, and creating a dataclass compiles its methods when the module is
# imported (what that costs: docs/benchmarks.md, "What the content modules leave off the start").
# A named tuple is made without compiling, is as immutable, and is compared and hashed by value too.


class Paragraph(NamedTuple):
    """One paragraph of running text, kept exactly as written."""

    text: str


class BulletList(NamedTuple):
    """An unordered list; each item is one passage."""

    items: tuple[str, ...]


Block = Paragraph | BulletList


class PassageKind(enum.Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"


class Passage(NamedTuple):
    """A unit of displayed text, addressed by its index in reading order."""

    index: int  # type: ignore[assignment]  # the passage's number; it hides tuple.index, which nothing here calls
    section_id: str
    kind: PassageKind
    text: str


class Section(NamedTuple):
    """A part of the article shown as one entry of the sidebar.

    ``heading_in_text`` is False for the lead section: its heading names it in
    the sidebar and tooltips but is not part of the article's text.
    """

    id: str
    label: str
    heading: str
    icon: str
    blocks: tuple[Block, ...]
    heading_in_text: bool = True


class Article:
    """A whole article: its metadata, its sections, and the passages they make, numbered once.

    Written out because it keeps a value worked out from its fields (the passages), which a
    named tuple cannot hold. Immutable like the others, and equal when its fields are.
    """

    __slots__ = ("_date", "language", "passages", "sections", "source", "title")

    title: str
    _date: dt.date | str
    source: str
    language: str
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    """Every heading, paragraph and list item, in reading order."""

    def __init__(
        self, title: str, date: dt.date | str, source: str, language: str, sections: tuple[Section, ...]
    ) -> None:
        """``date`` may also be a valid date's ISO text (YYYY-MM-DD), made a date when first read.

        The bundled article gives it so: the window's first page shows the date as that text
        (``iso_date``) and needs no date object, and under Python 3.11 importing ``datetime``
        runs its whole pure-Python twin before taking the C one (cost: docs/benchmarks.md).
        """
        fields = {"title": title, "_date": date, "source": source, "language": language, "sections": sections}
        for name, value in fields.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "passages", tuple(_passages_of(sections)))

    def replace(
        self,
        *,
        title: str | None = None,
        source: str | None = None,
        date: dt.date | None = None,
        language: str | None = None,
        sections: tuple[Section, ...] | None = None,
    ) -> Article:
        """The same article with these fields changed (its passages numbered again)."""
        return Article(
            self.title if title is None else title,
            self._date if date is None else date,
            self.source if source is None else source,
            self.language if language is None else language,
            self.sections if sections is None else sections,
        )

    @property
    def date(self) -> dt.date:
        date = self._date
        if isinstance(date, str):
            import datetime as dt  # see __init__

            date = dt.date.fromisoformat(date)
            object.__setattr__(self, "_date", date)
        return date

    @property
    def iso_date(self) -> str:
        """The date as the reader shows it, YYYY-MM-DD (without making a date of ISO text)."""
        date = self._date
        return date if isinstance(date, str) else date.isoformat()

    def _fields(self) -> tuple[str, str, str, str, tuple[Section, ...]]:
        # The date as text: the same for a date and its ISO text, and comparing makes no date object.
        return self.title, self.iso_date, self.source, self.language, self.sections

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Article(title={self.title!r}, date={self.date!r}, source={self.source!r}, "
            f"language={self.language!r}, sections=<{len(self.sections)} sections>)"
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an Article cannot be changed (its {name}); make another with replace()")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"an Article cannot be changed (its {name})")

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def section_ids(self) -> tuple[str, ...]:
        return tuple(section.id for section in self.sections)


def _passages_of(sections: tuple[Section, ...]) -> Iterator[Passage]:
    index = 0
    for section in sections:
        if section.heading_in_text:
            yield Passage(index, section.id, PassageKind.HEADING, section.heading)
            index += 1
        for block in section.blocks:
            texts = block.items if isinstance(block, BulletList) else (block.text,)
            kind = PassageKind.LIST_ITEM if isinstance(block, BulletList) else PassageKind.PARAGRAPH
            for text in texts:
                yield Passage(index, section.id, kind, text)
                index += 1
