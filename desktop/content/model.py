"""Immutable content model of an article: sections made of paragraphs and bullet lists.

Every piece of text a reader sees is a *passage* (a heading, a paragraph or one
list item). Passages are numbered in reading order; search hits, export and the
reading pane all speak in passage numbers, so they always agree.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of running text, kept exactly as written."""

    text: str


@dataclass(frozen=True)
class BulletList:
    """An unordered list; each item is one passage."""

    items: tuple[str, ...]


Block = Paragraph | BulletList


class PassageKind(enum.Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"


@dataclass(frozen=True)
class Passage:
    """A unit of displayed text, addressed by its index in reading order."""

    index: int
    section_id: str
    kind: PassageKind
    text: str


@dataclass(frozen=True)
class Section:
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


@dataclass(frozen=True)
class Article:
    title: str
    date: dt.date
    source: str
    language: str
    sections: tuple[Section, ...]
    _passages: tuple[Passage, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_passages", tuple(self._build_passages()))

    def _build_passages(self) -> Iterator[Passage]:
        index = 0
        for section in self.sections:
            if section.heading_in_text:
                yield Passage(index, section.id, PassageKind.HEADING, section.heading)
                index += 1
            for block in section.blocks:
                texts = block.items if isinstance(block, BulletList) else (block.text,)
                kind = PassageKind.LIST_ITEM if isinstance(block, BulletList) else PassageKind.PARAGRAPH
                for text in texts:
                    yield Passage(index, section.id, kind, text)
                    index += 1

    @property
    def passages(self) -> tuple[Passage, ...]:
        """Every heading, paragraph and list item, in reading order."""
        return self._passages

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def section_ids(self) -> tuple[str, ...]:
        return tuple(section.id for section in self.sections)
