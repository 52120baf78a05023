"""A book's content documents (XHTML, SVG) read as a book: everything the author wrote is kept.

Unlike a saved web page, a book has no clutter to strip: nothing is dropped for its class
name, and ``<header>``, ``<footer>``, ``<aside>``, captions and text outside paragraphs are
the author's text. Only what a reader never sees is left out: elements marked ``hidden``,
scripts, styles, the document's ``<head>``, ``<rp>`` and MathML annotations.

What a book is made of is kept as the content model's blocks: headings at six levels, line
breaks and ``<pre>`` as verse (lines kept), lists with their nesting, tables with header
cells, figures with their pictures, captions and text alternatives, and footnotes (an
``<aside epub:type="footnote">``, an endnote list item) with their references, listed where
the chapter ends.

The document is read as a stream of start, end and text events, by expat when it is
well-formed XML, else from the tree ``html_tree`` builds as a browser would (and the reader
is told). A walker keeps what it needs in explicit stacks: no recursion over the document,
however deep its nesting.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote
from xml.parsers import expat

from desktop.content.formats.build import ArticleBuilder, TextTooLargeError
from desktop.content.model import Cell, Figure, Note, NoteRef, Notes, Paragraph, Table, Verse


class _LazyPattern:
    """A pattern compiled when it is first used (``re`` keeps it): most books never need these,
    and a book's first screen is read before the window paints."""

    __slots__ = ("_flags", "_pattern")

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        return getattr(re.compile(self._pattern, self._flags), name)


def _lazy(pattern: str | bytes, flags: int = 0) -> Any:
    return _LazyPattern(pattern, flags)


NAMESPACE_PREFIXES = {
    "http://www.idpf.org/2007/ops": "epub:",
    "http://www.w3.org/1999/xlink": "xlink:",
    "http://www.w3.org/XML/1998/namespace": "xml:",
}
SKIPPED = frozenset(
    {"head", "script", "style", "template", "rp", "annotation", "annotation-xml", "epub:case", "iframe"}
)
"""Never shown as text: an epub:switch shows its epub:default, the form every reader understands; what
an ``<iframe>`` holds is never shown (HTML gives it no content: the framed document is the content)."""
BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
     "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
     "tfoot", "tr", "td", "th", "ul", "svg", "legend", "menu", "noscript", "search"}
)  # fmt: skip
HEADINGS = {f"h{level}": level for level in range(1, 7)}
NOTE_TYPES = frozenset({"footnote", "endnote", "rearnote", "note", "doc-footnote", "doc-endnote"})
NOTE_LISTS = frozenset({"footnotes", "endnotes", "rearnotes", "doc-endnotes", "doc-footnotes"})
NOTEREF_TYPES = frozenset({"noteref", "doc-noteref"})
BACKLINK_TYPES = frozenset({"backlink", "doc-backlink"})
MAX_MARK = 4
"""The longest note reference written in brackets when the book does not bracket it."""
SVG_TEXT = frozenset({"text", "tspan", "textpath", "foreignobject"})
"""Where an SVG drawing holds text a reader sees (a foreignObject holds XHTML)."""
MATH_OPERATORS = {"msup": ("^",), "msub": ("_",), "msubsup": ("_", "^"), "mfrac": ("/",), "mroot": ("√",)}
DEFAULT_QUOTES = ("“”", "‘’")
QUOTES = {
    **dict.fromkeys(("kk", "ru", "uk", "be", "ky", "uz", "tt", "ba"), ("«»", "„“")),
    **dict.fromkeys(("de", "cs", "sk"), ("„“", "‚‘")),
    **dict.fromkeys(("fr", "es", "it", "pt", "tr"), ("«»", "“”")),
}
"""Quotation marks for <q> (outer, nested) by language, as browsers draw them."""
MAX_DOCUMENT_CHARACTERS = 16 * 1024 * 1024
"""The most text one content document may give (as large as the largest file a book holds)."""
END_TAG_SEARCH = 256  # how far up the open elements an end tag is looked for (both parsers match them)
_SPACES = re.compile(r"\s+")
_DISPLAY_NONE: re.Pattern[str] = _lazy(r"(?:^|;)\s*display\s*:\s*none\b", re.IGNORECASE)
"""An element its own style hides (style="display: none"): no reader shows it."""
_KEPT_LINES: re.Pattern[str] = _lazy(
    r"(?:^|;)\s*white-space\s*:\s*(pre-line|pre-wrap|pre|break-spaces)\b", re.IGNORECASE
)
"""An element whose own style keeps the lines of its text, as <pre> does."""
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
"""Control characters that are not whitespace: no text shows them (and XML does not allow them)."""
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_META_CHARSET: re.Pattern[bytes] = _lazy(rb"""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def decode(data: bytes) -> str:
    """A content document's text: its byte-order mark, else its XML declaration's or meta
    encoding, else UTF-8 (UTF-16 without a mark is known by its first character)."""
    for mark, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(mark):
            return data[len(mark) :].decode(encoding, "replace")
    if data.startswith(b"<\0"):
        return data.decode("utf-16-le", "replace")
    if data.startswith(b"\0<"):
        return data.decode("utf-16-be", "replace")
    head = data[:1024]
    found = _XML_ENCODING.match(head.lstrip()) or _META_CHARSET.search(head)
    encoding = "utf-8"
    if found:
        try:
            named = codecs.lookup(found.group(1).decode("ascii")).name
        except LookupError:
            named = "utf-8"
        if not named.startswith(("utf-16", "utf-32")):  # a mark-less UTF-16 declaration is read as written
            encoding = named
    return data.decode(encoding, "replace")


# Plain classes, not dataclasses: a book's first screen is read before the window paints, and
# ``dataclasses`` (with the methods each one compiles) is not otherwise imported by then.
class _Line:
    __slots__ = ("pieces",)

    def __init__(self) -> None:
        self.pieces: list[tuple[str, str | None]] = []
        """Text pieces in order, each with the footnote it refers to (or None)."""


class _Table:
    __slots__ = ("caption", "cell", "header", "rows")

    def __init__(self) -> None:
        self.rows: list[list[Cell]] = []
        self.caption: list[str] = []
        self.cell: list[str] | None = None
        self.header = False


class _Figure:
    __slots__ = ("caption", "pictures")

    def __init__(self) -> None:
        self.pictures: list[tuple[str, str]] = []
        self.caption: list[str] = []


class _Note:
    __slots__ = ("id", "texts")

    def __init__(self, id: str) -> None:
        self.id = id
        self.texts: list[str] = []


class _Frame:
    """An open element and what it changed, undone when it closes."""

    __slots__ = (
        "closing", "keeps_lines", "lang", "link", "math_children", "note", "note_list", "ruby_text", "separator",
        "skip", "tag",
    )  # fmt: skip

    def __init__(self, tag: str, *, skip: bool = False) -> None:
        self.tag = tag
        self.skip = skip
        self.note = False
        self.link = False
        self.math_children = -1
        self.ruby_text = False
        self.note_list = False
        self.closing = ""
        """Text written when the element closes (an mfenced's closing bracket)."""
        self.separator = ""
        """Text written between the element's children (an mfenced's separator)."""
        self.lang = ""
        """The language the element names (xml:lang, lang), "" when it names none."""
        self.keeps_lines = False
        """Its style keeps the lines of its text (white-space: pre, pre-wrap, pre-line)."""


PictureNamer = Callable[[str], str]
"""Turns a picture's href, as a document writes it, into its name in the book ("" when it is none)."""


class ChapterWalker:
    """Turns one content document's events into blocks on the builder; keeps its footnotes for its end.

    ``resolve`` turns an href of this document into the key of what it names ("path#id"),
    and ``picture`` a picture's href into its name in the book (or "" when it is not one).
    """

    def __init__(
        self,
        builder: ArticleBuilder,
        resolve: Callable[[str], str],
        picture: PictureNamer,
        anchors: dict[str, tuple[str, int]] | None = None,
        embedded: Callable[[str], str | None] | None = None,
    ) -> None:
        self.builder = builder
        self._anchors = dict(anchors or {})  # id -> (label, level): places the table of contents names
        self._resolve = resolve
        self._picture = picture
        self._embedded = embedded
        """Gives the markup of a document of the book an <iframe> shows (None when it is none)."""
        self._embedding = False
        self._stack: list[_Frame] = []
        self._skipping = 0
        self._lines: list[_Line] = [_Line()]
        self._ref: str | None = None
        self._ref_start = 0
        self._headings: list[int] = []
        self._pre = 0
        self._pre_lines: list[bool] = []
        """For each element whose style keeps lines: does it collapse spaces too (pre-line)?"""
        self._lists: list[bool] = []  # ordered?
        self._items = 0
        self._item_texts: list[list[str]] = []
        """The text of each open list item so far: an item of several paragraphs is one item."""
        self._tables: list[_Table] = []
        self._figures: list[_Figure] = []
        self._captions = 0
        self._notes: list[_Note] = []
        self._note_lists = 0
        self._open_notes: list[_Note] = []
        self._svg = 0
        self._svg_text = 0
        self._svg_titles: list[str] = []
        """Each open drawing's <title> (else the one of the drawing around it): a picture it holds
        without alt text is named by it."""
        self._in_svg_title = False
        self._svg_title: list[str] = []  # the text of the <title> being read
        self._math = 0
        self._languages: list[str] = []  # the languages open elements name, innermost last
        self._quotes = 0  # open <q> elements
        self._navs = 0  # open <nav> elements
        self._pending: list[Figure] = []
        self._characters = 0
        self.notes: list[Note] = []

    # -- events --------------------------------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self._skipping:
            self._stack.append(_Frame(tag, skip=True))
            self._skipping += 1
            return
        frame = _Frame(tag)
        self._stack.append(frame)
        if tag == "iframe":  # shows another document of the book (its own content is never shown)
            self._embed(attrs.get("src") or "")
        style = attrs.get("style", "")
        if (
            tag in SKIPPED
            or "hidden" in attrs
            or (tag == "math" and attrs.get("alttext"))
            or (style and _DISPLAY_NONE.search(style))
        ):
            if tag == "math":
                self._text(attrs["alttext"])
            frame.skip = True
            self._skipping = 1
            return
        language = (attrs.get("xml:lang") or attrs.get("lang") or "").strip().lower()
        if language:
            frame.lang = language
            self._languages.append(language)
        self._math_operator()
        if tag == "math":
            self._math += 1
        if tag in MATH_OPERATORS:
            frame.math_children = 0
        elif tag == "mfenced":  # brackets drawn around its children, separated by commas
            self._text(attrs.get("open", "("))
            frame.closing = attrs.get("close", ")")
            frame.separator = (attrs.get("separators", ",").strip() or " ")[0]
            frame.math_children = 0
        # What the element is, by its epub:type and its DPUB-ARIA role (the ARIA role "note" is a
        # callout, not a footnote: it stays in the text).
        types = set(attrs.get("epub:type", "").lower().split())
        types |= {role for role in attrs.get("role", "").lower().split() if role.startswith("doc-")}
        if types & BACKLINK_TYPES:  # a note's way back to its reference ("↩"): the pane has its own
            frame.skip = True
            self._skipping = 1
            return
        if tag in BLOCKS:
            self._flush()
        if self._anchors and attrs.get("id") in self._anchors:
            self._name_place(tag, attrs["id"])
        if tag in HEADINGS:
            self._headings.append(HEADINGS[tag])
        elif tag == "pre":
            self._pre += 1
            self._pre_lines.append(False)
        elif style and tag in BLOCKS and (kept := _KEPT_LINES.search(style)):  # a poem set with newlines
            self._pre += 1
            self._pre_lines.append(kept.group(1).lower() == "pre-line")
            frame.keeps_lines = True
        elif tag in {"ul", "ol"}:
            self._emit_item()  # the text of the item this list is nested in comes first
            # A navigation document's lists are shown without numbers (EPUB gives them no list style).
            self._lists.append(tag == "ol" and not self._navs)
        elif tag == "li":
            self._items += 1
            self._item_texts.append([])
        elif tag == "table":
            self._tables.append(_Table())
        elif tag == "tr" and self._tables:
            self._tables[-1].rows.append([])
        elif tag in {"td", "th"} and self._tables:
            self._tables[-1].cell, self._tables[-1].header = [], tag == "th"
        elif tag == "figure":
            self._figures.append(_Figure())
        elif tag == "figcaption":
            self._captions += 1
        elif tag == "svg":
            self._svg += 1
            self._svg_titles.append(self._svg_titles[-1] if self._svg_titles else "")  # the outer one's, so far
        elif tag == "title" and len(self._stack) > 1 and self._stack[-2].tag == "svg" and not self._svg_text:
            self._in_svg_title = True
            self._svg_title = []
        elif tag in SVG_TEXT and self._svg:
            if tag == "text" and not self._svg_text:
                self._flush()  # each text element of a drawing is a line of its own
            self._svg_text += 1
        elif tag == "q":  # quotation marks a browser draws around it, in its language's style
            language = self._languages[-1] if self._languages else ""
            outer, inner = QUOTES.get(language.partition("-")[0], DEFAULT_QUOTES)
            marks = inner if self._quotes else outer
            self._quotes += 1
            self._text(marks[0])
            frame.closing = marks[1]
        elif tag == "nav":
            self._navs += 1
        elif tag == "rt":
            frame.ruby_text = True
            self._text(" (")
        elif tag == "br":
            self._lines.append(_Line())
        elif tag in {"img", "image"}:
            self._image(attrs)
        elif (tag == "a" and types & NOTEREF_TYPES) or (tag == "a" and self._noteref_by_place(attrs)):
            self._begin_ref(attrs.get("href") or attrs.get("xlink:href") or "")
            frame.link = True
        if types & NOTE_LISTS:
            self._note_lists += 1
            frame.note_list = True
        if types & NOTE_TYPES or (self._note_lists and tag == "li" and attrs.get("id")):
            self._flush()
            note = _Note(self._note_id(attrs.get("id", "")))
            self._notes.append(note)
            self._open_notes.append(note)
            frame.note = True

    def end(self, tag: str) -> None:
        depth = self._matching(tag)
        if depth is None:
            return
        while len(self._stack) > depth:
            self._close(self._stack.pop())

    def data(self, text: str) -> None:
        self._characters += len(text)
        if self._characters > MAX_DOCUMENT_CHARACTERS:  # entities that expand far past the file
            raise TextTooLargeError(MAX_DOCUMENT_CHARACTERS)
        if self._in_svg_title and not self._skipping:
            self._svg_title.append(text)
        if self._skipping or (self._svg and not self._svg_text) or (self._math and not text.strip()):
            return  # (the layout of a MathML formula's source is no text of it)
        self._text(text)

    def finish(self) -> None:
        """The document ended: what is still open closes, its footnotes are listed."""
        while self._stack:
            self._close(self._stack.pop())
        self._flush()
        notes = tuple(Note(note.id, text) for note in self._notes if (text := " ".join(note.texts)))
        if notes:
            self.builder.block(Notes(notes), " ".join(note.text for note in notes))
        self.notes += notes

    def _embed(self, src: str) -> None:
        """The document an <iframe> shows, read in its place: one level deep (an iframe in it is
        not followed), so that no document is read inside itself."""
        if self._embedding or self._embedded is None or not src:
            return
        markup = self._embedded(src)
        if not markup:
            return
        self._flush()
        self._embedding = True
        depth = len(self._stack)
        try:
            markup, problem = readable_xml(markup)
            if problem is None:
                _feed_xml(markup, self)
            else:
                _feed_lenient(markup, self)
        except expat.ExpatError:
            pass  # what was read of it stays; the rest of the chapter goes on
        except ValueError as error:
            if not is_tree_limit(error):
                raise  # only html_tree.TreeLimitError is expected
        finally:
            while len(self._stack) > depth:
                self._close(self._stack.pop())
            self._embedding = False
        self._flush()

    # -- closing -------------------------------------------------------------------------
    def _matching(self, tag: str) -> int | None:
        for depth in range(len(self._stack) - 1, max(-1, len(self._stack) - 1 - END_TAG_SEARCH), -1):
            if self._stack[depth].tag == tag:
                return depth
        return None

    def _close(self, frame: _Frame) -> None:
        tag = frame.tag
        if frame.skip:
            self._skipping -= 1
            return
        if frame.link:
            self._end_ref()
        if frame.ruby_text:
            self._text(")")
        if frame.closing:
            self._text(frame.closing)
        if frame.lang and self._languages:
            self._languages.pop()
        if tag == "q" and self._quotes:
            self._quotes -= 1
        if tag == "nav" and self._navs:
            self._navs -= 1
        if tag == "math" and self._math:
            self._math -= 1
        if tag in BLOCKS:
            self._flush()
        if frame.note and self._open_notes:
            self._open_notes.pop()
        if frame.note_list:
            self._note_lists -= 1
        if tag in HEADINGS and self._headings:
            self._headings.pop()
        elif tag == "pre" or frame.keeps_lines:
            self._pre -= 1
            if self._pre_lines:
                self._pre_lines.pop()
        elif tag in {"ul", "ol"} and self._lists:
            self._lists.pop()
        elif tag == "li":
            self._items -= 1
            self._emit_item()
            if self._item_texts:
                self._item_texts.pop()
        elif tag in {"td", "th"} and self._tables and self._tables[-1].cell is not None:
            table = self._tables[-1]
            if not table.rows:
                table.rows.append([])
            table.rows[-1].append(Cell(" ".join(table.cell or ()), table.header))
            table.cell = None
        elif tag == "table" and self._tables:
            self._end_table(self._tables.pop())
        elif tag == "figure" and self._figures:
            self._end_figure(self._figures.pop())
        elif tag == "figcaption":
            self._captions -= 1
        elif tag == "svg":
            self._svg -= 1
            if self._svg_titles:
                self._svg_titles.pop()
        elif tag == "title" and self._in_svg_title:
            self._in_svg_title = False
            if self._svg_titles and (title := clean_line(" ".join(self._svg_title))):
                self._svg_titles[-1] = title
        elif tag in SVG_TEXT and self._svg_text:
            self._svg_text -= 1
            if tag == "text" and not self._svg_text:
                self._flush()

    def _end_table(self, table: _Table) -> None:
        rows = tuple(tuple(row) for row in table.rows if row)
        if self._tables and self._tables[-1].cell is not None:  # a table inside a cell: its text joins the cell
            self._tables[-1].cell += [" ".join(cell.text for cell in row) for row in rows]
            return
        if table.caption:
            self.builder.paragraph(" ".join(table.caption))
        if any(cell.text for row in rows for cell in row):
            self.builder.block(Table(rows), " ".join(cell.text for row in rows for cell in row))

    def _end_figure(self, figure: _Figure) -> None:
        caption = " ".join(figure.caption)
        pictures = figure.pictures or ([("", "")] if caption else [])
        for number, (image, alt) in enumerate(pictures):
            last = number == len(pictures) - 1
            self.builder.block(Figure(image, alt, caption if last else ""), caption if last else "")

    # -- text ----------------------------------------------------------------------------
    def _text(self, text: str) -> None:
        self._lines[-1].pieces.append((text, self._ref))

    def _math_operator(self) -> None:
        """Inside a MathML script or fraction, its second (and third) child is written after an operator."""
        if self._stack and len(self._stack) > 1:
            parent = self._stack[-2]
            if parent.separator and parent.math_children >= 0:
                parent.math_children += 1
                if parent.math_children > 1:
                    self._text(parent.separator)
                return
            operators = MATH_OPERATORS.get(parent.tag)
            if operators and parent.math_children >= 0:
                parent.math_children += 1
                if 2 <= parent.math_children <= len(operators) + 1:
                    self._text(operators[parent.math_children - 2])

    def _name_place(self, tag: str, id_: str) -> None:
        """A place the table of contents names, where a block starts (a block element, or an anchor
        before a paragraph's first word), starts a section of that name in the sidebar; the
        text's own heading, if one comes first, names it instead (the sidebar's name is dropped).
        Inside a table, list, figure, note or heading, or in the middle of a line, it is not."""
        label, level = self._anchors.pop(id_)
        if tag not in BLOCKS and any(text.strip() for line in self._lines for text, _ in line.pieces):
            return
        if self._pending or self._headings or self._lists or self._tables or self._figures or self._open_notes:
            return
        if self._captions or self._pre or self._svg:
            return
        self.builder.heading(label, min(level, 6), in_text=False)

    def _note_id(self, id_: str) -> str:
        """The note's key ("path#id"): a reference opens the first note of an id, as a link goes to the
        first element of it; a later note with the same id (or none) is listed, never opened by one."""
        key = self._resolve("#" + id_)
        if id_ and all(note.id != key for note in self._notes):
            return key
        return f"{key}\x00{len(self._notes)}"  # no href resolves to this

    def _noteref_by_place(self, attrs: dict[str, str]) -> bool:
        """A link to a place in a document, written as a superscript: a note reference by its looks."""
        href = attrs.get("href", "")
        return "#" in href and any(frame.tag == "sup" for frame in self._stack[-3:])

    def _begin_ref(self, href: str) -> None:
        self._ref = self._resolve(href)
        self._ref_start = len(self._lines[-1].pieces)

    def _end_ref(self) -> None:
        ref, self._ref = self._ref, None
        pieces = self._lines[-1].pieces
        label = "".join(text for text, _ in pieces[self._ref_start :]).strip()
        if ref is None or not label:
            return
        # A mark (1, *, †, iv) is bracketed lest it join its word ("Мәтін1"); words are left as written.
        if not label.startswith(("[", "(")) and len(label) <= MAX_MARK and not any(c.isspace() for c in label):
            pieces.insert(self._ref_start, ("[", ref))
            pieces.append(("]", ref))

    def _image(self, attrs: dict[str, str]) -> None:
        name = self._picture(attrs.get("src") or attrs.get("xlink:href") or attrs.get("href") or "")
        alt = clean_line(attrs.get("alt", ""))
        if not alt and self._svg_titles:  # a drawing made of a picture: its title names the picture
            alt = self._svg_titles[-1]
        if not name and not alt:
            return
        if self._headings and not self._figures:
            # A title set as a picture: its text alternative is the heading's text, and the
            # picture follows the heading (without the alternative, said once).
            self._text(alt)
            if name:
                self._pending.append(Figure(name, ""))
            return
        if self._figures:
            self._figures[-1].pictures.append((name, alt))
        elif any(text.strip() for line in self._lines for text, _ in line.pieces):
            self._pending.append(Figure(name, alt))  # a picture inside a paragraph follows the paragraph
        else:
            self._flush()
            self.builder.block(Figure(name, alt), "")

    def _emit_item(self) -> None:
        """The open list item's text so far becomes an item of its list."""
        if self._item_texts and self._item_texts[-1] and self._lists:
            self.builder.list_item(" ".join(self._item_texts[-1]), len(self._lists) - 1, self._lists[-1])
            self._item_texts[-1] = []

    def _flush(self) -> None:
        """The text gathered since the last block boundary becomes a block, by where it stands."""
        self._flush_text()
        if self._pending:
            self._emit_item()  # a picture inside an item follows the item's text
        pending, self._pending = self._pending, []
        for figure in pending:
            self.builder.block(figure, "")

    def _flush_text(self) -> None:
        lines, self._lines = self._lines, [_Line()]
        if self._pre:
            self._flush_preformatted(lines)
            return
        texts = [_clean_pieces(line.pieces) for line in lines]
        while texts and not texts[-1][0]:
            texts.pop()
        while texts and not texts[0][0]:
            texts.pop(0)
        if not texts:
            return
        joined = " ".join(text for text, _ in texts)
        if self._open_notes:
            self._open_notes[-1].texts.append(joined)
        elif self._tables and self._tables[-1].cell is not None:
            self._tables[-1].cell.append(joined)
        elif self._tables and self._stack_has("caption"):
            self._tables[-1].caption.append(joined)
        elif self._captions and self._figures:
            self._figures[-1].caption.append(joined)
        elif self._headings:
            self.builder.heading(joined, self._headings[-1])
        elif self._items and self._lists and self._item_texts:
            self._item_texts[-1].append(joined)  # one item, however many paragraphs it holds
        elif len(texts) > 1:
            self._verse(texts)
        else:
            text, refs = texts[0]
            self.builder.block(Paragraph(text, tuple(refs)), text)

    def _verse(self, texts: list[tuple[str, list[NoteRef]]]) -> None:
        """Lines kept as written; an empty line (two breaks) starts another stanza."""
        stanza: list[tuple[str, list[NoteRef]]] = []
        for text, refs in [*texts, ("", [])]:
            if text:
                stanza.append((text, refs))
            elif stanza:
                lines = tuple(line for line, _ in stanza)
                refs_in = tuple(ref._replace(line=number) for number, (_, r) in enumerate(stanza) for ref in r)
                self.builder.block(Verse(lines, False, refs_in), " ".join(lines))
                stanza = []

    def _flush_preformatted(self, lines: list[_Line]) -> None:
        text = "".join(piece for line in lines for piece in ("\n", *(text for text, _ in line.pieces)))[1:]
        # Every character that ends a line anywhere (U+2028, U+2029, form feed…) ends a row here:
        # a passage is one line of the pane.
        rows = [_CONTROLS.sub("", row) for row in unicodedata.normalize("NFC", text).splitlines()]
        if self._pre_lines and self._pre_lines[-1]:  # pre-line: lines kept, spaces collapsed
            rows = [" ".join(row.split()) for row in rows]
        if rows and not rows[0].strip():
            rows.pop(0)
        while rows and not rows[-1].strip():
            rows.pop()
        stanza: list[str] = []
        for row in [*rows, ""]:
            if row.strip():
                stanza.append(row.rstrip())
            elif stanza:
                self.builder.block(Verse(tuple(stanza), True), " ".join(stanza))
                stanza = []

    def _stack_has(self, tag: str) -> bool:
        return any(frame.tag == tag for frame in self._stack)


def clean_line(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _clean_pieces(pieces: list[tuple[str, str | None]]) -> tuple[str, list[NoteRef]]:
    """One line of text from its pieces (whitespace runs made one space, NFC) and where its references fall."""
    out: list[str] = []
    length = 0
    refs: list[NoteRef] = []
    current: str | None = None
    start = 0
    spaced = True  # the text so far is empty or ends with a space (pieces may be empty)
    for text, ref in pieces:
        piece = _SPACES.sub(" ", _CONTROLS.sub("", unicodedata.normalize("NFC", text)))
        if spaced and piece.startswith(" "):
            piece = piece[1:]
        if piece:
            spaced = piece.endswith(" ")
        if ref != current:
            if current is not None:
                refs.append(NoteRef(start, length, current))
            current, start = ref, length
        out.append(piece)
        length += len(piece)
    if current is not None:
        refs.append(NoteRef(start, length, current))
    text = "".join(out)
    stripped = text.rstrip()
    lead = len(text) - len(text.lstrip())
    text = stripped.lstrip()
    kept = [
        NoteRef(max(0, ref.start - lead), min(len(text), ref.end - lead), ref.note)
        for ref in refs
        if ref.end - lead > max(0, ref.start - lead)
    ]
    return text, [ref for ref in kept if ref.end > ref.start]


# -- the two parsers ---------------------------------------------------------------------
def _local(name: str) -> str:
    namespace, _, local = name.rpartition("}")
    return (NAMESPACE_PREFIXES.get(namespace, "") + local).lower() if namespace else local.lower()


class _ForbiddenDeclarationError(Exception):
    """An entity the reader does not expand: the lenient reader reads the document instead."""


EXPAT_LIMITS_AMPLIFICATION = expat.version_info >= (2, 4, 0)
"""expat stops a document whose entities expand past 100 times its size (from 2.4.0 on)."""


def well_formed_problem(markup: str) -> str | None:
    """None when the document is well-formed XML, else what is wrong.

    Entities a document declares itself (``<!ENTITY mdash "&#8212;">``, as some book makers
    write) are expanded when they are text and expat bounds their expansion. An external
    entity is never read: a reference to one stands for nothing (no handler asks for its
    file), as EPUB requires, and the rest of the document is read as XML. A parameter
    entity is not expanded either; a document that declares one is read leniently.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.EntityDeclHandler = _check_entity
    try:
        parser.Parse(markup, True)
    except expat.ExpatError as error:
        return f"line {error.lineno}: {expat.ErrorString(error.code)}"
    except _ForbiddenDeclarationError:
        return "it declares entities the reader does not expand"
    return None


_NAMED_REFERENCE: re.Pattern[str] = _lazy(r"&([A-Za-z][A-Za-z0-9]{1,31});")
XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def readable_xml(markup: str) -> tuple[str, str | None]:
    """The document as the XML reader should read it, with None when it is well-formed, else
    with what is wrong (``well_formed_problem``).

    HTML's named character references (``&nbsp;``, ``&mdash;``) written with no DTD to declare
    them are what many books' only fault is: they are written as numeric references instead,
    and the document is read as XML when that is its only fault.
    """
    problem = well_formed_problem(markup)
    if problem is None or "undefined entity" not in problem:
        return markup, problem
    import html.entities  # here: a well-formed book never needs HTML's 2,000 names (6 ms to import)

    def numeric(found: re.Match[str]) -> str:
        text = html.entities.html5.get(found.group(1) + ";") if found.group(1) not in XML_ENTITIES else None
        return "".join(f"&#{ord(character)};" for character in text) if text else found.group(0)

    fixed = _NAMED_REFERENCE.sub(numeric, markup)
    return (fixed, None) if well_formed_problem(fixed) is None else (markup, problem)


def _check_entity(
    _name: str, parameter: bool, value: str | None, _base: str | None, system: str | None, *_rest: object
) -> None:
    if system is not None and not parameter:
        return  # an external entity: declared, never read (its references are dropped)
    if parameter or value is None or not EXPAT_LIMITS_AMPLIFICATION:
        raise _ForbiddenDeclarationError


def walk_xml(markup: str, walker: ChapterWalker) -> None:
    """Feed a well-formed document's events to the walker (``well_formed_problem`` said None)."""
    _feed_xml(markup, walker)
    walker.finish()


def _skipped_entity(walker: ChapterWalker) -> Callable[[str, bool], None]:
    """What an entity expat does not know is: HTML's (``&nbsp;``), or nothing; HTML's 2,000 names
    are imported only when one is met."""

    def skipped(name: str, _is_parameter: bool) -> None:
        import html.entities

        walker.data(html.entities.html5.get(name + ";", ""))

    return skipped


def walk_xml_in_pieces(markup: str, walker: ChapterWalker, piece: int) -> Iterator[None]:
    """``walk_xml`` a piece of about ``piece`` characters at a time, pausing (yielding) after each:
    a long chapter is read in slices. Each piece ends before a tag, so no text between two tags
    reaches the walker in more pieces than it does read at once."""
    parser = _xml_parser(walker)
    start = 0
    while start < len(markup):
        end = markup.find("<", start + piece)
        end = len(markup) if end < 0 else end
        parser.Parse(markup[start:end], False)
        start = end
        yield
    parser.Parse("", True)
    walker.finish()


def _feed_xml(markup: str, walker: ChapterWalker) -> None:
    _xml_parser(walker).Parse(markup, True)


def _xml_parser(walker: ChapterWalker) -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.EntityDeclHandler = _check_entity
    parser.StartElementHandler = lambda name, attrs: walker.start(
        _local(name), {_local(key): value for key, value in attrs.items()}
    )
    parser.EndElementHandler = lambda name: walker.end(_local(name))
    parser.CharacterDataHandler = walker.data
    # XHTML's named entities (&nbsp;) are declared in a DTD expat does not read.
    parser.SkippedEntityHandler = _skipped_entity(walker)
    return parser


_DOCTYPE_SUBSET: re.Pattern[str] = _lazy(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.DOTALL | re.IGNORECASE)
_TEXT_ENTITY: re.Pattern[str] = _lazy(
    r"""<!ENTITY\s+([A-Za-z_][\w.-]{0,63})\s+(["'])"""
    r"""((?:[^"'&%<]|&#[0-9]{1,7};|&#x[0-9A-Fa-f]{1,6};){0,1024})\2\s*>"""
)
_EXTERNAL_ENTITY: re.Pattern[str] = _lazy(r"<!ENTITY\s+([A-Za-z_][\w.-]{0,63})\s+(?:SYSTEM|PUBLIC)\b")
_ENTITY_REFERENCE: re.Pattern[str] = _lazy(r"&([A-Za-z_][\w.-]{0,63});")


def _internal_subset_read(markup: str) -> str:
    """The document without its DOCTYPE's internal subset (an HTML reader would show its end as
    text), each text entity it declares written out where it is used, as XML would: once (an
    entity's value names no other), and within the document's text budget. An external entity is
    never read: its reference shows nothing."""
    head = markup.find("<!DOCTYPE", 0, 4096)
    found = _DOCTYPE_SUBSET.match(markup, head) if head >= 0 else None
    if found is None:
        return markup
    import html

    subset = found.group(1)
    entities = {name: "" for name in _EXTERNAL_ENTITY.findall(subset)}  # never read: shown as nothing
    entities |= {name: html.unescape(value) for name, _quote, value in _TEXT_ENTITY.findall(subset)}
    rest = markup[found.end() :]
    budget = [MAX_DOCUMENT_CHARACTERS - len(rest)]

    def expand(reference: re.Match[str]) -> str:
        value = entities.get(reference.group(1))
        if value is None or budget[0] < len(value):
            return reference.group(0)
        budget[0] -= len(value)
        return value

    if entities:
        rest = _ENTITY_REFERENCE.sub(expand, rest)
    return markup[:head] + "<!DOCTYPE html>" + rest


def walk_lenient(markup: str, walker: ChapterWalker) -> None:
    """Feed a document that is not well-formed to the walker, built as a browser builds HTML
    (``html_tree``: implied end tags, a depth cap); TreeLimitError when it is too large."""
    _feed_lenient(markup, walker)
    walker.finish()


def is_tree_limit(error: BaseException) -> bool:
    """Whether ``error`` is ``html_tree.TreeLimitError`` (named so that a book read as XML never
    imports ``html_tree`` and ``html.parser``: 9 ms before the first paint)."""
    from desktop.content.formats import html_tree

    return isinstance(error, html_tree.TreeLimitError)


def _feed_lenient(markup: str, walker: ChapterWalker) -> None:
    from desktop.content.formats import html_tree  # only for a document that is not well-formed

    for node, entering in html_tree.parse(_internal_subset_read(markup)).walk():
        if isinstance(node, str):
            walker.data(node)
        elif node.tag == "#document":
            continue
        elif entering:
            walker.start(node.tag, dict(node.attrs))
            if node.tag in html_tree.VOID:
                walker.end(node.tag)
        elif node.tag not in html_tree.VOID:
            walker.end(node.tag)


def book_path(folder: str, href: str) -> str:
    """A (percent-decoded) href of a document in ``folder`` as a path in the book, resolved as a URL is
    inside the container: a leading / starts at the book's root, and .. never climbs above it."""
    return posixpath.normpath("/" + posixpath.join(folder, href)).lstrip("/")


def resolver(document: str) -> Callable[[str], str]:
    """Turns an href of ``document`` (a path in the book) into "path#id" (percent-encoding undone)."""
    folder = posixpath.dirname(document)

    def resolve(href: str) -> str:
        target, _, fragment = href.partition("#")
        path = document if not target else book_path(folder, unquote(target))
        return f"{path}#{unquote(fragment)}"

    return resolve
