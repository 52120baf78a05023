"""Immutable content model of an article: sections made of paragraphs, lists and what books add.

Every piece of text a reader sees is a *passage* (a heading, a paragraph, one list item,
one line of verse, one table cell, a figure's caption, a footnote). Passages are numbered
in reading order; search hits, export and the reading pane all speak in passage numbers, so
they always agree. Pictures are not passages: they have no words to find.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    import datetime as dt

# Named tuples and one written-out class, not frozen dataclasses: the window needs the model
# before its first paint, and creating a dataclass compiles its methods when the module is
# imported (what that costs: docs/benchmarks.md, "What the content modules leave off the start").
# A named tuple is made without compiling, is as immutable, and is compared and hashed by value too.


class NoteRef(NamedTuple):
    """A reference to a footnote: characters [start, end) of a text (its line's, in verse) mark it."""

    start: int
    end: int
    note: str
    """The footnote's id (``Note.id``) in the same article."""
    line: int = 0
    """In verse, the line the reference stands in."""


class Paragraph(NamedTuple):
    """One paragraph of running text, kept exactly as written."""

    text: str
    refs: tuple[NoteRef, ...] = ()


class BulletList(NamedTuple):
    """A list; each item is one passage. ``levels`` gives each item's nesting (0 at the top; empty: all 0)."""

    items: tuple[str, ...]
    levels: tuple[int, ...] = ()
    ordered: bool = False

    def level(self, index: int) -> int:
        return self.levels[index] if self.levels else 0


class Verse(NamedTuple):
    """Lines that keep their breaks (a stanza of a poem, a preformatted text); each line is a passage.

    ``preformatted`` lines also keep their spaces, as written.
    """

    lines: tuple[str, ...]
    preformatted: bool = False
    refs: tuple[NoteRef, ...] = ()


class Cell(NamedTuple):
    text: str
    header: bool = False


class Table(NamedTuple):
    """Rows of cells; a cell with text is a passage, row by row. Header cells say so."""

    rows: tuple[tuple[Cell, ...], ...]


class Figure(NamedTuple):
    """A picture with its caption (a passage, when there is one) and its text alternative.

    ``image`` names the picture in the article's ``images`` (empty when it cannot be shown);
    ``alt`` is what a screen reader says of it.
    """

    image: str
    alt: str
    caption: str = ""


class Note(NamedTuple):
    id: str
    text: str


class Notes(NamedTuple):
    """Footnotes, listed where a chapter ends; each is a passage, opened from its references."""

    notes: tuple[Note, ...]


Block = Paragraph | BulletList | Verse | Table | Figure | Notes


class PassageKind(enum.Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    VERSE_LINE = "verse-line"
    TABLE_CELL = "table-cell"
    CAPTION = "caption"
    NOTE = "note"


def block_texts(block: Block) -> Iterator[tuple[PassageKind, str]]:
    """The passages a block makes, in reading order (the one order the pane and exports follow)."""
    if isinstance(block, Paragraph):
        yield PassageKind.PARAGRAPH, block.text
    elif isinstance(block, BulletList):
        for item in block.items:
            yield PassageKind.LIST_ITEM, item
    elif isinstance(block, Verse):
        for line in block.lines:
            yield PassageKind.VERSE_LINE, line
    elif isinstance(block, Table):
        for row in block.rows:
            for cell in row:
                if cell.text:
                    yield PassageKind.TABLE_CELL, cell.text
    elif isinstance(block, Figure):
        if block.caption:
            yield PassageKind.CAPTION, block.caption
    else:
        for note in block.notes:
            yield PassageKind.NOTE, note.text


def block_passage_count(block: Block) -> int:
    """How many passages ``block_texts`` gives for a block, counted without making them: the reading pane
    counts a book's blocks (tens of thousands) to place a window of it."""
    if isinstance(block, Paragraph):
        return 1
    if isinstance(block, BulletList):
        return len(block.items)
    if isinstance(block, Verse):
        return len(block.lines)
    if isinstance(block, Table):
        return sum(1 for row in block.rows for cell in row if cell.text)
    if isinstance(block, Figure):
        return 1 if block.caption else 0
    return len(block.notes)


def map_block_texts(block: Block, change: Callable[[str], str]) -> Block:
    """The same block with every text (alternative texts too) changed by ``change``.

    Note references keep their places: only a change that keeps lengths (or none) keeps them exact.
    """
    if isinstance(block, Paragraph):
        return block._replace(text=change(block.text))
    if isinstance(block, BulletList):
        return block._replace(items=tuple(change(item) for item in block.items))
    if isinstance(block, Verse):
        return block._replace(lines=tuple(change(line) for line in block.lines))
    if isinstance(block, Table):
        return Table(tuple(tuple(cell._replace(text=change(cell.text)) for cell in row) for row in block.rows))
    if isinstance(block, Figure):
        return block._replace(alt=change(block.alt), caption=change(block.caption))
    return Notes(tuple(note._replace(text=change(note.text)) for note in block.notes))


class Images(Protocol):
    """Where an article's pictures come from (an EPUB's archive), read only when one is shown."""

    def read(self, name: str) -> bytes | None:
        """The picture's bytes, or None when it cannot be read (missing, damaged, too large)."""

    def head(self, name: str, size: int = 65536) -> bytes | None:
        """The picture's first bytes (its dimensions are in them), without reading the rest."""


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
    level: int = 1
    """Its heading's rank, 1 (a part or chapter) to 6: the sidebar indents deeper ones."""


class Article:
    """A whole article: its metadata, its sections, and the passages they make, numbered once.

    Written out because it keeps a value worked out from its fields (the passages), which a
    named tuple cannot hold. Immutable like the others, and equal when its fields are.
    """

    __slots__ = ("_date", "images", "language", "notices", "passages", "sections", "source", "title")

    title: str
    _date: dt.date | str
    source: str
    language: str
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    """Every heading, paragraph and list item, in reading order."""
    images: Images | None
    """Where its figures' pictures are read from (not part of its value)."""
    notices: tuple[str, ...]
    """What was left out or read leniently while it was read (a broken chapter), to tell the reader."""

    def __init__(
        self,
        title: str,
        date: dt.date | str,
        source: str,
        language: str,
        sections: tuple[Section, ...],
        *,
        images: Images | None = None,
        notices: tuple[str, ...] = (),
    ) -> None:
        """``date`` may also be a valid date's ISO text (YYYY-MM-DD), made a date when first read.

        The bundled article gives it so: the window's first page shows the date as that text
        (``iso_date``) and needs no date object, and under Python 3.11 importing ``datetime``
        runs its whole pure-Python twin before taking the C one (cost: docs/benchmarks.md).
        """
        # Each field set by its slot's own descriptor: the class's ``__setattr__`` refuses (it is immutable),
        # and ``object.__setattr__`` looks the name up again for every field.
        _set_title(self, title)
        _set_date(self, date)
        _set_source(self, source)
        _set_language(self, language)
        _set_sections(self, sections)
        _set_images(self, images)
        _set_notices(self, notices)
        _set_passages(self, _passages_of(sections))

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
            images=self.images,
            notices=self.notices,
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


(_set_title, _set_date, _set_source, _set_language, _set_sections, _set_images, _set_notices, _set_passages) = (
    vars(Article)[name].__set__
    for name in ("title", "_date", "source", "language", "sections", "images", "notices", "passages")
)
"""``Article.__init__``'s setters: its slots' own descriptors, called as they are."""


def notes_of(article: Article) -> list[Note]:
    """Every footnote of the article in reading order: ``note:<n>`` links name the n-th."""
    return [
        note
        for section in article.sections
        for block in section.blocks
        if isinstance(block, Notes)
        for note in block.notes
    ]


def begins(first: Article, whole: Article) -> bool:
    """Whether ``whole`` is ``first`` grown at its end: the same title, source and date, the same
    sections but the last, and the last one's blocks followed by more (or more sections after it).

    A book's first sections always begin the whole book; a long web page's article so far need not
    begin the article found in the whole page (the window then shows that from its start)."""
    if (first.title, first.source, first.iso_date) != (whole.title, whole.source, whole.iso_date):
        return False
    if not first.sections:  # nothing was shown yet: anything with the same head goes on from it
        return True
    last, kept = len(first.sections) - 1, whole.sections[: len(first.sections)]
    if len(kept) != len(first.sections) or kept[:last] != first.sections[:last]:
        return False
    before, after = first.sections[last], kept[last]
    return before._replace(blocks=()) == after._replace(blocks=()) and (
        after.blocks[: len(before.blocks)] == before.blocks
    )


def _passages_of(sections: tuple[Section, ...]) -> tuple[Passage, ...]:
    """The sections' passages numbered in reading order (``block_texts``'s order).

    A paragraph, nearly every block of an article, is taken as it is and not through a generator of
    its texts, and each passage made by ``tuple.__new__`` rather than the named tuple's own ``__new__``
    (a Python function): a library import makes the passages of thousands of articles. The kinds are
    looked up once: a member looked up on its enum goes through ``EnumType``'s attribute hook. (A
    section of paragraphs alone made by ``map`` in C took more: docs/benchmarks.md.)"""
    passages: list[Passage] = []
    add = passages.append
    paragraph_kind = _PARAGRAPH
    for section in sections:
        section_id = section.id
        if section.heading_in_text:
            add(_new_passage(Passage, (len(passages), section_id, _HEADING, section.heading)))
        for block in section.blocks:
            if type(block) is Paragraph:
                add(_new_passage(Passage, (len(passages), section_id, paragraph_kind, block.text)))
            else:
                for kind, text in block_texts(block):
                    add(_new_passage(Passage, (len(passages), section_id, kind, text)))
    return tuple(passages)


_new_passage = tuple.__new__
_HEADING = PassageKind.HEADING
_PARAGRAPH = PassageKind.PARAGRAPH
