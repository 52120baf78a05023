"""Reads the article source format (TOML metadata + a strict Markdown subset).

Why not a Markdown library: the body is deliberately *not* Markdown. Text is
shown exactly as written, so ``*``, ``_``, backslashes, ``<tags>`` and
quotes stay literal characters; a Markdown parser would interpret them and
break the promise that every character reaches the reader unchanged. The
subset is three kinds of line, which a line-based reader handles with exact
line numbers for every error. See docs/content-format.md.
"""

from __future__ import annotations

import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from desktop.content.errors import ContentError, os_problem
from desktop.content.formats import format_of  # the package itself is a table of names: the readers load lazily
from desktop.content.model import Article, Block, BulletList, Paragraph, Section
from desktop.content.regular_file import NotRegularFileError, TooLargeError, open_regular, read_regular_status

if TYPE_CHECKING:
    import datetime as dt
    import os
    from collections.abc import Callable, Iterator
    from contextlib import AbstractContextManager
    from typing import BinaryIO

    from desktop.content.formats import epub, web_page
    from desktop.content.formats.build import ArticleBuilder
    from desktop.content.model import Images

FENCE = "+++"  # opens and closes the metadata (named in MESSAGES too)
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
"""The most text an article holds, and the largest article, text or web page file read
(docs/reliability.md): a classic epic is 10 to 20 MiB, a long novel 2 to 5, a news article 50 KiB.

An EPUB's text is held to it too, counted as the book is read, not its file's size. The
reading pane builds a long text in slices and its search index is built in the background,
so a book of this size opens as fast as a bare text window shows it (docs/benchmarks.md)."""
MAX_BOOK_FILE_BYTES = 128 * 1024 * 1024
"""The largest EPUB file read: its pictures may take far more room than its text."""
HEADING_RE = re.compile(r"^## (?P<text>.*\S)\s+\{#(?P<id>[^}\s]*)\}\s*$")
HEADING_LIKE_RE = re.compile(r"^#{1,6}(?: |$)")
"""A line meant as a heading: hashes, then a space. #хэштег (no space) is a paragraph."""
SECTION_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ICON_RE = re.compile(r"^[a-z0-9]+\.[a-z0-9-]+$")
TOML_LINE_RE = re.compile(r"at line (\d+)")

# Characters that end a paragraph wherever they stand; a text holding one would not be one paragraph.
LINE_BREAKS = re.compile("[\r\n\u2029]")
ARTICLE_KEYS = {"title", "date", "source", "language", "sections"}
SECTION_KEYS = {"id", "label", "icon", "heading"}


class _SectionSpec(NamedTuple):  # not a dataclass: ``dataclasses`` is not imported before a book's first paint
    id: str
    label: str
    icon: str
    heading: str | None
    line: int


FIRST_SCREEN_TEXT = 8 * 1024
"""Characters of a book's text read before its window first paints (``open_article``): more
than a screen shows (a 4K screen at the smallest size: about 100 lines of 72); the rest is
appended a moment after."""


def load_article(path: str | Path) -> Article:
    """Load an article source file; raises ContentError (also for unreadable files).

    Only a regular file of at most MAX_ARTICLE_BYTES (an EPUB: MAX_BOOK_FILE_BYTES) is read,
    checked before reading: a pipe would block forever, a device such as /dev/zero never ends.
    An EPUB is not read whole: only its directory and the files its text needs (its pictures
    are read when shown).
    """
    if not isinstance(path, Path):  # a Path is not made again: a library import loads thousands
        path = Path(path)
    kind = format_of(path)
    if kind == "epub":
        from desktop.content.formats import epub

        with _open_book(path) as (file, date), _book_errors(path):
            return _book_article(epub.read_epub(file, MAX_ARTICLE_BYTES, pictures=path), path, date)
    data, modified = _read_dated(path)
    return _parse_bytes(data, path, kind, modified, path.parent if kind == "web" else None)


def open_article(path: str | Path) -> tuple[Article, BookOpening | None]:
    """The article of a file; of a long EPUB, text or web page, its first sections and what reads the rest.

    A book's window paints once its first screen is read: the documents of the spine are read
    in order (a long one a piece at a time), or a text's paragraphs, until they hold
    ``FIRST_SCREEN_TEXT`` characters; the rest is read by ``BookOpening.read_more`` after the
    paint (it adds sections, and blocks to the last one). The whole book
    (``BookOpening.article``) is exactly what ``load_article`` gives, and an error is the same
    ContentError, raised when the part that causes it is read.
    """
    path = Path(path)
    kind = format_of(path)
    if kind == "text":
        return _open_text(path)
    if kind == "web":
        return _open_web_page(path)
    if kind != "epub":
        return load_article(path), None
    from desktop.content.formats import epub

    with _open_book(path, keep_open=True) as (file, modified), _book_errors(path):
        reader = epub.BookReader(file, MAX_ARTICLE_BYTES, pictures=path)
        while reader.read_piece(READ_PIECE):  # a long first chapter: its first pieces
            if reader.builder.size() >= FIRST_SCREEN_TEXT:
                first = reader.first_sections(path.stem, modified, path.name)
                if first is not None and _text_size(first) >= FIRST_SCREEN_TEXT:
                    whole = lambda: _book_article(reader.finish(), path, modified)  # noqa: E731
                    return first, BookOpening(reader, path, whole, file)
        book = reader.finish()  # a short book: read whole, its file closed
        file.close()
        return _book_article(book, path, modified), None


def _open_text(path: Path) -> tuple[Article, BookOpening | None]:
    """A plain-text file: read whole (its bytes), a long one's first paragraphs made an article
    to show, and the rest decoded and cut by the BookOpening."""
    from desktop.content.formats import plain_text

    data, modified = _read_dated(path)
    if len(data) < 4 * FIRST_SCREEN_TEXT:  # a short text: read whole at once
        return parse_article_bytes(data, path, modified), None
    with _text_errors(path):  # a UTF-16 text is decoded whole as its reader is made
        reader = plain_text.TextReader(data, path.stem)

    def whole() -> Article:
        if not reader.builder.has_text():
            raise ContentError("no_text", 0, str(path))
        return reader.builder.build(reader.title, modified, path.name)

    with _text_errors(path):
        while reader.read_piece(READ_PIECE // 8):
            first = reader.builder.build_so_far(reader.title, modified, path.name)
            if first is not None and _text_size(first) >= FIRST_SCREEN_TEXT:
                return first, BookOpening(reader, path, whole, errors=_text_errors)
    return whole(), None


LONG_PAGE_BYTES = 1024 * 1024
"""A saved web page larger than this is opened in two steps (``_open_web_page``); a smaller one, a news
page with its scripts, is read whole at once as before."""
FIRST_LOOKS = (64 * 1024, 256 * 1024, 1024 * 1024)
"""Bytes of a long page parsed when its article so far is looked for, before its window first paints."""
FIRST_PART_TEXT = 2 * FIRST_SCREEN_TEXT
"""Characters of a long page's article shown before its first paint, about: two screens, whatever its first
look found (the window lays out all of it in that event)."""
FIRST_LOOK_SECONDS = 0.035
"""What the open of a long page may take before its first paint (with the window's own part of that event,
some 15 ms, within 50). Parsing and looking cost about as much per byte (0.17 and 0.18 ms a KiB on a page
of documentation), so a look's time is foreseen from the one before: a look at 256 KiB takes 80 to 100 ms
from the open. When it would go over, the article of the first 64 KiB is shown even if it fills less
than a screen (its first lines), the rest added once the page is read; when that article has no text at
all (a page whose article begins after 150 KiB of menus), the page's head alone (its title, date and
source), the next looks taken in steps after the paint (``BookOpening.sooner``)."""


def _open_web_page(path: Path) -> tuple[Article, BookOpening | None]:
    """A saved web page: a long one parsed until its article so far fills a screen, shown; the rest of
    it parsed, and its article found in the whole page, by the BookOpening. The whole article is found
    afresh (it need not begin with what was shown: the window then shows it anew)."""
    from desktop.content.formats import web_page

    data, modified = _read_dated(path)
    if len(data) <= LONG_PAGE_BYTES:
        return parse_article_bytes(data, path, modified, pictures_folder=path.parent), None
    reader = web_page.PageReader(data, path.parent)

    def whole() -> Article:
        assert reader.page is not None
        return _web_article(*reader.page, path, modified)

    with _text_errors(path):
        started = time.perf_counter()
        looks = iter(FIRST_LOOKS)
        look = next(looks, None)
        while look is not None and reader.read_piece() and reader.parsing:
            if reader.parsed >= look:
                info, builder, images = reader.first_part(FIRST_PART_TEXT)
                look = next(looks, None)
                foreseen = (time.perf_counter() - started) * (look or 0) / reader.parsed  # the open, next look
                if builder.has_text():  # at the last look, any text: the rest is read after the paint all the same
                    first = _web_article(info, builder, images, path, modified)
                    if _text_size(first) >= FIRST_SCREEN_TEXT or look is None or foreseen > FIRST_LOOK_SECONDS:
                        return first, BookOpening(reader, path, whole, errors=_text_errors, hold_collector=True)
                elif look is not None and foreseen > FIRST_LOOK_SECONDS:  # its article begins further on
                    reader.look_for_first_part((look, *looks), FIRST_PART_TEXT)

                    def sooner() -> Article | None:
                        found = reader.take_first_found()
                        return None if found is None else _web_article(*found, path, modified)

                    opening = BookOpening(reader, path, whole, errors=_text_errors, hold_collector=True, sooner=sooner)
                    return _page_head(info, path, modified), opening
        while reader.read_piece():  # no text at all in its first part (or a short page): read whole
            pass
    return whole(), None


def _web_article(
    info: web_page.PageInfo, builder: ArticleBuilder, images: Images | None, path: Path, modified: dt.date
) -> Article:
    """A saved page's article, titled, dated and sourced from its metadata, else its file."""
    if not builder.has_text():
        raise ContentError("no_text", 0, str(path))
    title, date, source = info.title or path.stem, info.date or modified, info.source or path.name
    return builder.build(title, date, source, images=images)


def _page_head(info: web_page.PageInfo, path: Path, modified: dt.date) -> Article:
    """A long page's title, date and source, its text not found yet: a lead section of no blocks, which the
    article found later begins when it begins with its lead (``model.begins``)."""
    from desktop.content.formats.build import LEAD_ICON, clean, label_for

    title = clean(info.title or path.stem)
    lead = Section("s1", label_for(title), title, LEAD_ICON, (), heading_in_text=False)
    return Article(title, info.date or modified, clean(info.source or path.name), "kk", (lead,))


@contextmanager
def _text_errors(path: Path) -> Iterator[None]:
    """A plain text's or a saved page's errors as the ContentError each one is."""
    try:
        yield
    except ValueError as error:  # a TextFormatError or TextTooLargeError; any other raised as it is
        raise _text_error(path, error) from None


def _text_error(path: Path, error: ValueError) -> ContentError:
    """The ContentError of a ``TextFormatError`` (not text; a page too large or too deep to read) or a
    ``TextTooLargeError``; any other error raised again."""
    from desktop.content.formats.build import TextTooLargeError
    from desktop.content.formats.plain_text import TextFormatError

    if isinstance(error, TextTooLargeError):
        return ContentError("text_too_large", 0, str(path), limit=_mebibytes(error.limit))
    if isinstance(error, TextFormatError):
        return ContentError("bad_text", 0, str(path), reason=str(error))
    raise error


READ_PIECE = 64 * 1024
"""Characters of a chapter's markup read at a time after the paint (a few milliseconds): a long
chapter is read over several slices, not in one."""


def _text_size(article: Article) -> int:
    return sum(len(passage.text) for passage in article.passages)


class PieceReader(Protocol):
    """Reads a book a piece at a time (``epub.BookReader``, ``plain_text.TextReader``)."""

    @property
    def progress(self) -> tuple[int, int]: ...

    def read_piece(self, size: int) -> bool: ...


class BookOpening:
    """The rest of a book whose first sections are on screen, read a document (or a piece of its text) at a time.

    Holds an EPUB's file open until the book is read (``close`` lets it go sooner).

    ``hold_collector`` (a saved page): from its first slice until it is done or closed, the window's
    collections wait (``gc_pause.hold``; ``release`` then freezes what was made). A page's tree grows by
    hundreds of thousands of objects as it is parsed, and each full collection meanwhile walks all of
    them on the GUI thread: 100 to 170 ms at a time at 7 MiB. The reader takes its tree apart itself once
    done with it (``web_page.PageReader``), so none of it is left to collect, or to freeze.
    """

    def __init__(
        self,
        reader: PieceReader,
        path: Path,
        whole: Callable[[], Article],
        file: BinaryIO | None = None,
        *,
        errors: Callable[[Path], AbstractContextManager[None]] | None = None,
        hold_collector: bool = False,
        sooner: Callable[[], Article | None] | None = None,
    ) -> None:
        self._reader = reader
        self._hold_collector = hold_collector
        self._holding = False
        self._file: BinaryIO | None = file
        self._closed = False
        self._path = path
        self._whole = whole
        """The whole book's article, once the reader has read all of it (the ContentError it would raise)."""
        self._errors = errors or _book_errors
        self._all_read = False
        self._article: Article | None = None
        self._sooner = sooner

    def sooner(self) -> Article | None:
        """More of the book to show before all of it is read, once it is found (a long page shown by its
        head alone: its article's beginning, looked for in the slices of ``read_more``); else None."""
        return self._sooner() if self._sooner is not None and self._article is None else None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def progress(self) -> float:
        """How much of the book is read, from 0 to 1 (counted in its documents)."""
        done, total = self._reader.progress
        return 1.0 if self._article is not None or not total else done / total

    @property
    def done(self) -> bool:
        return self._article is not None

    def read_more(self, seconds: float) -> bool:
        """Read on for about ``seconds`` (a piece of a document at least); True once the whole book is read.

        Raises the ContentError ``load_article`` raises for the book (and lets its file go).
        """
        if self._article is not None:
            return True
        if self._closed:
            raise ValueError("the book was closed before it was read")
        import time

        started = time.perf_counter()
        if self._hold_collector and not self._holding:
            from desktop import gc_pause

            gc_pause.hold()
            self._holding = True
        try:
            with self._errors(self._path):
                while not self._all_read:
                    self._all_read = not self._reader.read_piece(READ_PIECE)
                    if time.perf_counter() - started >= seconds:
                        return False  # the whole book's article (tens of milliseconds) made in the next slice
                self._article = self._whole()
        except BaseException:
            self.close()
            raise
        self.close()
        return True

    def article(self) -> Article:
        """The whole book (what is left of it read first)."""
        while not self.read_more(60.0):
            pass
        assert self._article is not None
        return self._article

    def close(self) -> None:
        """Let the book go, what is left of it unread (an EPUB's file: its pictures are read from it again if shown)."""
        self._closed = True
        if self._holding:
            from desktop import gc_pause

            self._holding = False
            gc_pause.release()
        if self._file is not None:
            self._file.close()
            self._file = None


@contextmanager
def _open_book(path: Path, *, keep_open: bool = False) -> Iterator[tuple[BinaryIO, str]]:
    """The book's file opened (a regular file of at most MAX_BOOK_FILE_BYTES) and its date (ISO
    text, as ``date.fromtimestamp`` gives it: ``datetime`` is not imported before the first
    paint); closed after the block, unless ``keep_open`` and no error left it."""
    try:
        file = open_regular(path, MAX_BOOK_FILE_BYTES)
    except NotRegularFileError:
        raise ContentError("not_regular_file", 0, str(path)) from None
    except TooLargeError as error:
        size = _mebibytes(error.size) if error.size is not None else f"> {_mebibytes(MAX_BOOK_FILE_BYTES)}"
        raise ContentError("too_large", 0, str(path), size=size, limit=_mebibytes(MAX_BOOK_FILE_BYTES)) from None
    except OSError as error:
        raise ContentError("unreadable", 0, str(path), **os_problem(error)) from None
    closing = True
    try:
        yield file, time.strftime("%Y-%m-%d", time.localtime(path.stat().st_mtime))
        closing = not keep_open
    except OSError as error:
        raise ContentError("unreadable", 0, str(path), **os_problem(error)) from None
    finally:
        if closing:
            file.close()


@contextmanager
def _book_errors(path: Path) -> Iterator[None]:
    """An EPUB's errors as the ContentError each one is."""
    from desktop.content.formats import epub
    from desktop.content.formats.build import TextTooLargeError

    try:
        yield
    except epub.EpubError as error:
        raise ContentError("bad_epub", 0, str(path), reason=str(error)) from None
    except TextTooLargeError as error:
        raise ContentError("text_too_large", 0, str(path), limit=_mebibytes(error.limit)) from None


def _book_article(book: epub.Book, path: Path, modified: dt.date | str) -> Article:
    if not book.builder.has_text(headings_count=True):
        raise ContentError("no_text", 0, str(path))
    return book.builder.build(
        book.title or path.stem,
        book.date or modified,
        book.source or path.name,
        keep_bare_headings=True,
        images=book.images,
        notices=book.notices,
    )


def parse_article_bytes(
    data: bytes, path: str | Path, modified: dt.date, *, pictures_folder: Path | None = None
) -> Article:
    """An article from a file's bytes; its name says the format, ``modified`` dates a file that does not.

    A saved web page's pictures are read from ``pictures_folder`` (the folder the file is in), only when given.

    How a collection build reads the articles compiled into it, and how ``load_article`` reads a file.
    """
    path = Path(path)
    return _parse_bytes(data, path, format_of(path), modified, pictures_folder)


def _parse_bytes(data: bytes, path: Path, kind: str | None, modified: dt.date, pictures_folder: Path | None) -> Article:
    """``parse_article_bytes`` of a path already made a ``Path`` and its format known: a library import reads
    thousands of files, and each ``Path`` made again, its suffix and parent worked out again, cost more
    than reading a short file's bytes."""
    if kind is None:
        raise ContentError("unsupported_format", 0, str(path), suffix=path.suffix or path.name)
    if kind != "article":
        return _load_other_format(kind, data, path, modified, pictures_folder)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ContentError("not_utf8", line, str(path)) from None
    return parse_article(text, origin=str(path))


def _load_other_format(
    kind: str, data: bytes, path: Path, modified: dt.date, pictures_folder: Path | None = None
) -> Article:
    """A plain-text file, a saved web page or an EPUB book, as an article.

    Only the format's own reader is imported: a book's first paint waits for its text, and the
    EPUB and web readers take 30 ms to import.
    """
    if kind == "web":
        from desktop.content.formats import web_page

        with _text_errors(path):
            return _web_article(*web_page.read_saved_page(data, pictures_folder), path, modified)
    if kind != "text":
        with _book_errors(path):
            from desktop.content.formats import epub

            return _book_article(epub.read_epub(data, MAX_ARTICLE_BYTES), path, modified)
    # Imported so, as a module: from a package, ``_handle_fromlist`` (Python) runs; from a module, its missing
    # ``__path__`` is an error made and dropped. A library import reads thousands of texts.
    import desktop.content.formats.plain_text as text_format

    try:  # not ``_text_errors``: a context manager made for each file
        title, builder = text_format.read_text(data, path.stem)
    except ValueError as error:  # a TextFormatError or TextTooLargeError, told apart when one comes
        raise _text_error(path, error) from None
    if not builder.has_text():
        raise ContentError("no_text", 0, str(path))
    return builder.build(title, modified, path.name)


def _read_dated(path: Path) -> tuple[bytes, dt.date]:
    """An article file's bytes (``read_regular_file``) and the day it was last changed, from the status of the
    file as it was read; ContentError when it cannot be read."""
    import datetime as dt

    try:
        data, status = _read_regular_status(path, MAX_ARTICLE_BYTES)
        return data, dt.date.fromtimestamp(status.st_mtime)
    except OSError as error:
        raise ContentError("unreadable", 0, str(path), **os_problem(error)) from None


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ContentError for anything else."""
    return _read_regular_status(path, limit)[0]


def _read_regular_status(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """``read_regular_file``'s bytes and the file's status as it was read (``regular_file.read_regular_status``)."""
    try:
        return read_regular_status(path, limit)
    except NotRegularFileError:
        raise ContentError("not_regular_file", 0, str(path)) from None
    except TooLargeError as error:
        size = _mebibytes(error.size) if error.size is not None else f"> {_mebibytes(limit)}"
        raise ContentError("too_large", 0, str(path), size=size, limit=_mebibytes(limit)) from None


def _mebibytes(size: int) -> str:
    return f"{size / 1048576:.1f} MiB" if size >= 1048576 else f"{size / 1024:.0f} KiB"


def parse_article(text: str, origin: str = "<article>") -> Article:
    """Parse the source format into an Article, validating as it goes."""
    lines = text.removeprefix("\ufeff").split("\n")
    lines = [line.removesuffix("\r") for line in lines]
    if not lines or lines[0].strip() != FENCE:
        raise ContentError("no_opening_fence", 1, origin)
    try:
        closing = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise ContentError("no_closing_fence", 1, origin) from None

    front_lines = lines[1:closing]
    meta = _parse_front_matter(front_lines, origin)
    specs = _section_specs(meta, front_lines, origin)
    sections = _parse_body(lines, closing + 1, specs, origin)
    return Article(
        title=meta["title"],
        date=meta["date"],
        source=meta["source"],
        language=meta["language"],
        sections=sections,
    )


def _key_line(front_lines: list[str], key: str, start: int = 0) -> int:
    """Best line number for a metadata key (1-based in the file), for error messages."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for offset, line in enumerate(front_lines[start:], start):
        if pattern.match(line):
            return offset + 2
    return start + 2 if start else 1


def _parse_front_matter(front_lines: list[str], origin: str) -> dict[str, Any]:
    import tomllib  # here, not at the top: the window starts without reading any TOML (docs/benchmarks.md)

    try:
        meta = tomllib.loads("\n".join(front_lines))
    except RecursionError:
        raise ContentError("too_deep", 2, origin) from None
    except tomllib.TOMLDecodeError as error:
        found = TOML_LINE_RE.search(str(error))
        line = int(found.group(1)) + 1 if found else len(front_lines) + 1  # "at end of document"
        reason = re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)", "", str(error)).strip().rstrip(".")
        raise ContentError("invalid_toml", line, origin, reason=reason) from None

    unknown = sorted(set(meta) - ARTICLE_KEYS)
    if unknown:
        raise ContentError("unknown_key", _key_line(front_lines, unknown[0]), origin, key=unknown[0])
    for key in ("title", "source", "language"):
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ContentError("empty_text", _key_line(front_lines, key), origin, key=key)
        _check_one_line(value, _key_line(front_lines, key), origin)
    import datetime as dt  # tomllib has imported it

    if not isinstance(meta.get("date"), dt.date) or isinstance(meta.get("date"), dt.datetime):
        raise ContentError("bad_date", _key_line(front_lines, "date"), origin)
    return meta


def _section_specs(meta: dict[str, Any], front_lines: list[str], origin: str) -> list[_SectionSpec]:
    entries = meta.get("sections")
    if not isinstance(entries, list) or not entries:
        raise ContentError("no_sections", len(front_lines) + 1, origin)
    header_lines = [i + 2 for i, line in enumerate(front_lines) if line.strip() == "[[sections]]"]
    specs: list[_SectionSpec] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries):
        line = header_lines[number] if number < len(header_lines) else _key_line(front_lines, "sections")
        front_index = line - 2
        if not isinstance(entry, dict):
            raise ContentError("section_not_table", line, origin, kind=_kind_of(entry))
        unknown = sorted(set(entry) - SECTION_KEYS)
        if unknown:
            raise ContentError(
                "unknown_section_key", _key_line(front_lines, unknown[0], front_index), origin, key=unknown[0]
            )
        for key in ("id", "label", "icon"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ContentError("section_needs", line, origin, key=key)
        section_id = entry["id"]
        if not SECTION_ID_RE.match(section_id):
            raise ContentError(
                "bad_section_id",
                _key_line(front_lines, "id", front_index),
                origin,
                id=section_id,
            )
        if section_id in seen:
            raise ContentError("duplicate_section", _key_line(front_lines, "id", front_index), origin, id=section_id)
        seen.add(section_id)
        if not ICON_RE.match(entry["icon"]):
            raise ContentError(
                "bad_icon",
                _key_line(front_lines, "icon", front_index),
                origin,
                icon=entry["icon"],
            )
        heading = entry.get("heading")
        if heading is not None and (not isinstance(heading, str) or not heading.strip()):
            raise ContentError("empty_heading", _key_line(front_lines, "heading", front_index), origin)
        if heading is not None and number > 0:
            raise ContentError(
                "heading_not_lead",
                _key_line(front_lines, "heading", front_index),
                origin,
            )
        for key in ("label", "heading"):
            if isinstance(entry.get(key), str):
                _check_one_line(entry[key], _key_line(front_lines, key, front_index), origin)
        specs.append(_SectionSpec(section_id, entry["label"], entry["icon"], heading, line))
    return specs


def _kind_of(value: object) -> str:
    """How a TOML value is named in a message: "a number", "a list"…"""
    kinds = ((bool, "true or false"), ((int, float), "a number"), (str, "a text"), (list, "a list"))
    for types, name in kinds:
        if isinstance(value, types):
            return name
    import datetime as dt

    return "a date or time" if isinstance(value, (dt.date, dt.time)) else "a value of another kind"


def _check_one_line(text: str, line: int, origin: str) -> None:
    found = LINE_BREAKS.search(text)
    if found:
        raise ContentError("line_break_in_text", line, origin, char=f"U+{ord(found.group()):04X}")


def _parse_body(lines: list[str], first: int, specs: list[_SectionSpec], origin: str) -> tuple[Section, ...]:
    sections: list[Section] = []
    pending = list(specs)
    current: _SectionSpec | None = None
    heading = ""
    heading_in_text = True
    blocks: list[Block] = []
    list_items: list[str] = []

    def close_list() -> None:
        if list_items:
            blocks.append(BulletList(tuple(list_items)))
            list_items.clear()

    def close_section(line_number: int) -> None:
        close_list()
        if current is None:
            return
        if not blocks:
            raise ContentError("empty_section", line_number, origin, id=current.id)
        sections.append(Section(current.id, current.label, heading, current.icon, tuple(blocks), heading_in_text))
        blocks.clear()

    for index in range(first, len(lines)):
        line = lines[index]
        number = index + 1
        _check_one_line(line, number, origin)
        if not line.strip():
            close_list()
            continue
        if HEADING_LIKE_RE.match(line):
            found = HEADING_RE.match(line)
            if not line.startswith("## ") or line.startswith("###"):
                raise ContentError("bad_heading_level", number, origin)
            if not found:
                raise ContentError("heading_without_id", number, origin)
            close_section(number)
            if not pending:
                raise ContentError("undeclared_section", number, origin, id=found["id"])
            expected = pending.pop(0)
            if found["id"] != expected.id:
                raise ContentError("wrong_section_order", number, origin, expected=expected.id, id=found["id"])
            if expected.heading is not None:
                raise ContentError(
                    "lead_has_heading_line",
                    number,
                    origin,
                    id=expected.id,
                )
            current, heading, heading_in_text = expected, found["text"], True
            continue
        if current is None:
            lead = pending[0]
            if lead.heading is None:
                raise ContentError(
                    "lead_needs_heading",
                    number,
                    origin,
                    id=lead.id,
                )
            current, heading, heading_in_text = pending.pop(0), lead.heading, False
        if line.startswith("- "):
            item = line[2:]
            if not item.strip():
                raise ContentError("empty_list_item", number, origin)
            list_items.append(item)
        elif line.strip() == "-":
            raise ContentError("empty_list_item", number, origin)
        else:
            close_list()
            blocks.append(Paragraph(line))
    close_section(len(lines))
    if pending:
        raise ContentError(
            "missing_section",
            pending[0].line,
            origin,
            id=pending[0].id,
        )
    return tuple(sections)
