"""EPUB books (.epub): the book's content documents in reading order, read as a book.

The container names the package document (OPF; the first rootfile); its manifest and spine
give the content documents in reading order (items marked linear="no" after the others),
its metadata the title, authors, publisher and date. A spine item the reader cannot show
(another media type, or a scripted document) is replaced by its manifest fallback; SVG
content documents are read for their text. Each document is read by ``book_text`` (its
encoding from its byte-order mark or declaration; hrefs percent-decoded), leniently when it
is not well-formed, and a missing or broken one is skipped and named: the rest of the book
opens. A chapter without a heading of its own is named in the sidebar from the EPUB 3
navigation document or the EPUB 2 NCX; the navigation's labels are never added to the text.

The archive's own sizes are not trusted: every file in it is unpacked against a running
budget (``zip_members``), at most 16 MiB for one file and 128 MiB for all the reads of one
book together, and the book's text is counted as it is built and held to the article limit
(``MAX_ARTICLE_BYTES``) like every other format's. Pictures are not read with the text:
``EpubImages`` reads one when the reading pane shows it.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
import unicodedata
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple
from urllib.parse import unquote
from xml.etree import ElementTree

from desktop.content.formats import book_text
from desktop.content.formats.build import ArticleBuilder, clean
from desktop.content.formats.zip_members import (
    BZIP2,
    DEFLATED,
    LZMA,
    STORED,
    BoundedZip,
    OverBudgetError,
    ZipMemberError,
)

if TYPE_CHECKING:
    import datetime as dt

    from desktop.content.model import Article

MAX_MEMBER = 16 * 1024 * 1024
MAX_TOTAL = 128 * 1024 * 1024
"""All the reads of one book: room for the markup around the most text an article holds (64 MiB)."""
MAX_FALLBACKS = 16
MAX_EMBEDDED = 1024 * 1024
"""The most bytes the documents a book's iframes show may take, all together."""
OPF_TYPE = "application/oebps-package+xml"
MAX_INLINE_PICTURE = 1024 * 1024
"""A picture written into a chapter as a data: URL is shown up to this many characters of it."""
MAX_SPINE = 10_000
"""The most content documents read from one book (a long book has a few hundred chapters)."""
CONTENT_TYPES = frozenset({"application/xhtml+xml", "image/svg+xml", "text/html", "text/x-oeb1-document"})
LOOSE_TYPES = frozenset({"", "application/xml", "text/xml", "application/octet-stream"})
"""Media types that say too little: a document of one is known by its name."""
PICTURE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/svg+xml", "image/webp", "image/bmp"})
NS = {
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}


class EpubError(ValueError):
    """The file is not an EPUB this reader can read, with the reason."""


class _MissingError(EpubError):
    """A file the book names is missing or damaged: the book may still open without it."""


class _Book:
    def __init__(self, data: bytes | BinaryIO) -> None:
        try:
            self.zip = BoundedZip(data, member_limit=MAX_MEMBER, total_limit=MAX_TOTAL)
        except ZipMemberError as error:
            raise EpubError(str(error)) from None
        self._loose: dict[str, str] | None = None

    def member(self, name: str) -> str | None:
        """The archive's own name for the file ``name`` names: itself, else the one file that differs
        only in what careless book makers change (letter case, Unicode normalization, %-escapes kept
        in the archive, backslashes, a leading /); None when there is none. Never a web address."""
        if _is_remote(name):
            return None
        if name in self.zip:
            return name
        if self._loose is None:
            self._loose = {}
            for member in self.zip.names():
                self._loose.setdefault(_loose_key(member), member)
                written = _utf8_read_as_cp437(member)
                if written is not None:
                    self._loose.setdefault(_loose_key(written), member)
        return self._loose.get(_loose_key(name))

    def read(self, name: str) -> bytes:
        """The file's bytes; _MissingError when it is not there or damaged, EpubError past the budget."""
        if _is_remote(name):
            raise _MissingError(f"it names {name}, on the network, which is never fetched")
        member = self.member(name)
        if member is None:
            raise _MissingError(f"it names {name}, which is not in the archive")
        name = member
        try:
            return self.zip.read(name)
        except OverBudgetError:
            raise EpubError("its files unpack to more than the reader accepts") from None
        except ZipMemberError as error:
            raise _MissingError(str(error)) from None

    def xml(self, name: str) -> ElementTree.Element:
        try:
            return ElementTree.fromstring(book_text.decode(self.read(name)))
        except ElementTree.ParseError as error:
            raise EpubError(f"{name} is not well-formed XML: {error}") from None


def _is_remote(href: str) -> bool:
    """Whether an href names something on the network (or any URL with a scheme): never read."""
    return href.startswith("//") or ":" in href.split("/", maxsplit=1)[0]


def _utf8_read_as_cp437(name: str) -> str | None:
    """The name a zip tool wrote in UTF-8 without saying so (ZIP then reads it as code page 437:
    "╤é╨░╤Ç╨░╤â" for "тарау"), or None when it reads as it was written."""
    if name.isascii():
        return None
    try:
        return name.encode("cp437").decode("utf-8")
    except UnicodeError:
        return None


def _loose_key(name: str) -> str:
    return unicodedata.normalize("NFC", unquote(name.replace("\\", "/"))).lstrip("/").casefold()


class Item(NamedTuple):
    path: str
    media_type: str
    properties: frozenset[str]
    fallback: str


class Book(NamedTuple):
    """What an EPUB gives the loader: its metadata, its text, its pictures and what was skipped."""

    title: str
    date: dt.date | str | None
    """The book's date, as its ISO text when that is all it is (no ``datetime`` before the first paint)."""
    source: str
    builder: ArticleBuilder
    images: EpubImages | None
    notices: tuple[str, ...]
    cover: str
    """The cover picture's name in the book (from the package metadata), or ""."""


def read_epub(data: bytes | BinaryIO, text_limit: int | None = None, *, pictures: Path | None = None) -> Book:
    """The book in ``data`` (its bytes, or an open file of it); ``text_limit`` bounds its text
    (TextTooLargeError); EpubError when it cannot be read at all. Its pictures are read from
    ``pictures`` (the book's file) when given, else from ``data``'s bytes."""
    reader = BookReader(data, text_limit, pictures=pictures)
    while reader.read_next():
        pass
    return reader.finish()


class BookReader:
    """Reads a book a content document at a time, so that its first screen can be shown before the rest is read.

    Made, it has read the container, the package document and the table of contents (the
    spine, the chapters' names); ``read_next`` reads the next document of the spine,
    ``first_sections`` makes the article of what is read so far (the sections no document to
    come can change), and ``finish`` makes the book exactly as ``read_epub`` does. Every
    document is read against the same budgets in the same order, so the book is the same
    whichever way it was read.
    """

    def __init__(self, data: bytes | BinaryIO, text_limit: int | None = None, *, pictures: Path | None = None) -> None:
        book = self._book = _Book(data)
        self._data: bytes | Path | None = data if isinstance(data, bytes) else pictures
        notices: list[str] = []
        self.notices = notices
        other_methods = book.zip.methods() - {STORED, DEFLATED}
        if other_methods:  # EPUB allows Deflate alone; the book is read all the same, and that is said
            named = ", ".join(sorted({BZIP2: "bzip2", LZMA: "LZMA"}.get(m, f"method {m}") for m in other_methods))
            notices.append(f"its files are compressed with {named}, which EPUB does not allow (only Deflate)")
        opf_path = _package_path(book, notices)
        opf = self._opf = _package(book, opf_path)
        manifest = self._manifest = _manifest(opf, posixpath.dirname(opf_path))
        self.title = clean(opf.findtext(".//title", ""))
        self.date = _date(opf.findtext(".//date", ""))
        authors = ", ".join(filter(None, (clean(e.text or "") for e in opf.iterfind(".//creator"))))
        self.source = ", ".join(filter(None, (authors, clean(opf.findtext(".//publisher", "")))))
        itemrefs = list(opf.iterfind(".//spine/itemref"))
        # Items marked linear="no" (notes, a cover page) come after the rest, in their order.
        itemrefs.sort(key=lambda ref: (ref.get("linear") or "yes").strip() == "no")
        idrefs = [ref.get("idref", "") for ref in itemrefs]
        if not idrefs:
            idrefs = [key for key, item in manifest.items() if _is_content(item) and "nav" not in item.properties]
            if not idrefs:
                raise EpubError("its package document has no spine (no reading order)")
            notices.append("its package document has no spine: its content documents are read in the manifest's order")
        if len(idrefs) > MAX_SPINE:
            notices.append(
                f"its spine names {len(idrefs):,} documents: those after the first {MAX_SPINE:,} are left out"
            )
            del idrefs[MAX_SPINE:]
        self._idrefs = idrefs
        self._next = 0
        self._reading: Iterator[None] | None = None  # the document being read a piece at a time
        self._names = names = _chapter_names(book, opf, manifest)
        self._anchors: dict[str, dict[str, tuple[str, int]]] = {}  # document -> id -> a place the contents names
        for key, value in names.items():
            document, _, fragment = key.partition("#")
            if fragment:
                self._anchors.setdefault(document, {})[fragment] = value
        self.builder = ArticleBuilder(text_limit)
        self._notes: set[str] = set()
        self._embedded_budget = [MAX_EMBEDDED]
        self._images: EpubImages | None = None

    @property
    def progress(self) -> tuple[int, int]:
        """How many of the spine's documents are read, of how many."""
        return self._next, len(self._idrefs)

    def read_next(self) -> bool:
        """Read the next document of the spine (a missing or broken one is skipped and named);
        False when all were read. EpubError past the budgets, TextTooLargeError past the text limit."""
        if self._reading is not None:  # the rest of a document read a piece at a time
            for _ in self._reading:
                pass
            self._reading = None
            return True
        if self._next >= len(self._idrefs):
            return False
        idref = self._idrefs[self._next]
        self._next += 1
        for _ in self._read(idref):
            pass
        return True

    def read_piece(self, piece: int) -> bool:
        """Read on for about ``piece`` characters of a well-formed document's markup (at least a
        document's start), as ``read_next`` reads it; False when all were read."""
        if self._reading is None:
            if self._next >= len(self._idrefs):
                return False
            idref = self._idrefs[self._next]
            self._next += 1
            self._reading = self._read(idref, piece)
        if next(self._reading, True) is True:  # the document is read
            self._reading = None
        return True

    def _read(self, idref: str, piece: int | None = None) -> Iterator[None]:
        manifest, notices, builder = self._manifest, self.notices, self.builder
        item = _readable(manifest, idref)
        if item is None:
            notices.append(f"the spine names {idref!r}, which has no readable content document: skipped")
            return
        try:
            markup = book_text.decode(self._book.read(item.path))
        except _MissingError as error:
            notices.append(f"{error}: skipped")
            return
        if item.path in self._names:  # names the chapter in the sidebar, should it have no heading of its own
            label, level = self._names[item.path]
            builder.heading(label, min(level, 6), in_text=False)
        walker = book_text.ChapterWalker(
            builder,
            book_text.resolver(item.path),
            _picture_names(item.path, manifest, self._book),
            self._anchors.get(item.path, {}),
            _embedded_documents(item.path, manifest, self._book, self._embedded_budget),
        )
        markup, problem = book_text.readable_xml(markup)
        if problem is None and piece is not None:
            yield from book_text.walk_xml_in_pieces(markup, walker, piece)
        elif problem is None:
            book_text.walk_xml(markup, walker)
        else:
            try:
                book_text.walk_lenient(markup, walker)
            except ValueError as error:
                if not book_text.is_tree_limit(error):
                    raise
                notices.append(f"{item.path} is larger than the reader accepts ({error}): skipped")
                return
            if item.media_type != "text/html":  # an HTML document is not XML: read as HTML, nothing to say
                notices.append(f"{item.path} is not well-formed XHTML ({problem}): read leniently")
        self._notes.update(note.id for note in walker.notes)

    def images(self) -> EpubImages:
        """The book's pictures (one reader for the first screen and the whole book)."""
        if self._images is None:
            self._images = EpubImages(self._data)
        return self._images

    def first_sections(self, default_title: str, modified: dt.date | str, default_source: str) -> Article | None:
        """The article of the documents read so far, as the whole book will begin (what comes next
        adds sections, and blocks to the last one); None when there is none yet. A footnote
        reference to a note not read yet is text until the book is whole."""
        return self.builder.build_so_far(
            self.title or default_title,
            self.date or modified,
            self.source or default_source,
            keep_bare_headings=True,
            images=self.images(),
            notes=self._notes,
        )

    def finish(self) -> Book:
        """The whole book, once every document was read."""
        while self.read_next():  # what is left, when the caller did not read it all
            pass
        builder = self.builder
        builder.keep_refs(self._notes)
        skipped = [notice for notice in self.notices if notice.endswith(": skipped")]
        if skipped and not builder.has_text(headings_count=True):  # say why, rather than "no text"
            raise EpubError(f"none of its content documents can be read ({skipped[0]})")
        cover = _cover(self._opf, self._manifest)
        cover_name = self._book.member(cover) or "" if cover else ""
        return Book(self.title, self.date, self.source, builder, self.images(), tuple(self.notices), cover_name)


def read_cover(path: Path, limit: int = 64 * 1024 * 1024) -> bytes | None:
    """The cover picture of the EPUB at ``path``, named by its package metadata; None without one.

    Only the container, the package document and the picture are read from the file (each
    against the budget), so a library can show the covers of large books cheaply.
    """
    try:
        with path.open("rb") as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
                return None
            book = _Book(file)
            opf_path = _package_path(book, [])
            opf = _package(book, opf_path)
            cover = _cover(opf, _manifest(opf, posixpath.dirname(opf_path)))
            return book.read(cover) if cover else None
    except (OSError, EpubError):
        return None


def _package(book: _Book, path: str) -> ElementTree.Element:
    """The package document with its elements' namespaces dropped: a package written without
    the OPF namespace (or with Dublin Core under another prefix) is read all the same."""
    opf = book.xml(path)
    for element in opf.iter():
        if isinstance(element.tag, str):
            element.tag = element.tag.rpartition("}")[2]
    return opf


def _manifest(opf: ElementTree.Element, base: str) -> dict[str, Item]:
    """The manifest's items by id, each path in the archive (a fragment an href should not carry
    dropped; a web address kept as it is, never to be read)."""
    return {
        element.get("id", ""): Item(
            _item_path(base, element.get("href", "")),
            (element.get("media-type") or "").strip().lower(),
            frozenset((element.get("properties") or "").split()),
            element.get("fallback") or "",
        )
        for element in opf.iterfind(".//manifest/item")
    }


def _item_path(base: str, href: str) -> str:
    href = href.strip().partition("#")[0]
    return href if _is_remote(href) else book_text.book_path(base, unquote(href))


def _package_path(book: _Book, notices: list[str]) -> str:
    """The package document: the container's first rootfile, else the archive's first .opf file (said)."""
    try:
        container = book.xml("META-INF/container.xml")
    except EpubError as error:
        problem = str(error)
    else:
        # The first rootfile that is a package document (an EPUB 2 container may name a PDF first).
        paths = [
            book_text.book_path("", unquote(element.get("full-path", "")))
            for element in container.iterfind(".//container:rootfile", NS)
            if element.get("full-path") and (element.get("media-type") or OPF_TYPE).strip().lower() == OPF_TYPE
        ]
        path = next((found for path in paths if (found := book.member(path))), "")
        if path:
            return path
        problem = (
            f"META-INF/container.xml names {paths[0]}, which is not in the archive"
            if paths
            else "META-INF/container.xml names no package document"
        )
    found = next((name for name in book.zip.names() if name.lower().endswith(".opf")), None)
    if found is None:
        raise EpubError(problem)
    notices.append(f"{problem}; the package document {found} is read instead")
    return found


def _is_content(item: Item) -> bool:
    """A content document the reader shows: by its media type, else (none, or a loose one such as
    application/xml) by its name."""
    if item.media_type in CONTENT_TYPES:
        return True
    return item.media_type in LOOSE_TYPES and item.path.lower().endswith((".xhtml", ".html", ".htm", ".xml", ".svg"))


def _readable(manifest: dict[str, Item], idref: str) -> Item | None:
    """The spine item, or the first of its fallbacks the reader can show (a scripted one is passed over).

    An item known only by its name (a loose media type such as application/xml) is a foreign
    resource when the book gives it a fallback: the fallback is read, and the item itself only
    when no fallback can be.
    """
    seen: set[str] = set()
    by_name: Item | None = None
    item = manifest.get(idref)
    while item is not None and idref not in seen and len(seen) < MAX_FALLBACKS:
        seen.add(idref)
        if _is_content(item) and not ("scripted" in item.properties and item.fallback):
            if item.media_type in CONTENT_TYPES or not item.fallback:
                return item
            by_name = by_name or item
        idref = item.fallback
        item = manifest.get(idref)
    return by_name


def _picture_names(document: str, manifest: dict[str, Item], book: _Book) -> book_text.PictureNamer:
    """Turns a document's picture hrefs into names in the book; a picture of a type the reader
    cannot show (a .psd) is replaced by its manifest fallback."""
    folder = posixpath.dirname(document)
    by_path = {item.path: item for item in manifest.values()}

    def name(href: str) -> str:
        href = href.strip()
        if href.startswith("data:") and _inline_picture(href) is not None:
            return href  # a picture written into the document: its own name
        if not href or _is_remote(href):
            return ""  # a web address (or a larger data: URL): nothing is fetched
        path = book_text.book_path(folder, unquote(href.partition("#")[0]))
        item, seen = by_path.get(path), 0
        while item is not None and item.media_type not in PICTURE_TYPES and item.fallback and seen < MAX_FALLBACKS:
            item, seen = manifest.get(item.fallback), seen + 1
        if item is not None and item.media_type in PICTURE_TYPES:
            path = item.path
        return book.member(path) or ""

    return name


def _embedded_documents(
    document: str, manifest: dict[str, Item], book: _Book, budget: list[int]
) -> Callable[[str], str | None]:
    """Gives the markup of a content document of the book an <iframe> of ``document`` shows,
    or None: a web address, a file that is not a content document of the manifest, one that
    cannot be read, or one past ``budget`` (the bytes all the book's iframes may still read:
    a book of many iframes must not spend the reads its chapters need)."""
    folder = posixpath.dirname(document)
    by_path = {item.path: item for item in manifest.values()}

    def markup(src: str) -> str | None:
        if _is_remote(src):
            return None  # a web address (or a data: URL): nothing is fetched
        item = by_path.get(_item_path(folder, src))
        member = book.member(item.path) if item is not None else None
        if item is None or member is None or item.path == document or not _is_content(item):
            return None
        size = book.zip.claimed_size(member)
        if size > budget[0] or size > book.zip.left // 2:
            return None
        try:
            data = book.read(item.path)
        except _MissingError:
            return None
        budget[0] -= len(data)
        return book_text.decode(data)

    return markup


def _cover(opf: ElementTree.Element, manifest: dict[str, Item]) -> str:
    """The cover picture: the EPUB 3 cover-image item, else the one EPUB 2's <meta name="cover"> names."""
    for item in manifest.values():
        if "cover-image" in item.properties:
            return item.path
    for meta in opf.iterfind(".//meta"):
        if meta.get("name") == "cover" and meta.get("content") in manifest:
            return manifest[meta.get("content", "")].path
    return ""


class EpubImages:
    """A book's pictures, unpacked one at a time when the pane shows it.

    Read from the book's bytes when it was given as bytes, else from its file, opened when the
    first picture is shown and kept open (a book listed in the library, never shown, holds no
    file open); each picture is unpacked against its own budget (16 MiB), like every file of
    the book, and checked against its checksum. ``head`` unpacks only a picture's first
    bytes, where its size is.
    """

    def __init__(self, data: bytes | Path | None) -> None:
        """``data``: the book's bytes, or its file; None: no picture can be read (an open file alone was given)."""
        self._data = data
        self._archive: BoundedZip | None = None
        self._failed = False

    def _budgeted(self) -> BoundedZip:
        if self._archive is None:
            if self._failed:
                raise ZipMemberError("the book cannot be read again")
            try:
                self._archive = BoundedZip(self._source(), member_limit=MAX_MEMBER, total_limit=MAX_MEMBER)
            except (OSError, ZipMemberError):
                self._failed = True  # moved, deleted or changed since it was opened: its pictures are not shown
                raise ZipMemberError("the book cannot be read again") from None
        self._archive.refill(MAX_MEMBER)
        return self._archive

    def _source(self) -> bytes | BinaryIO:
        if isinstance(self._data, bytes):
            return self._data
        if self._data is None:
            raise OSError("the book was given as an open file, without its path")
        file = self._data.open("rb")
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            file.close()
            raise OSError("not a regular file")
        weakref.finalize(self, file.close)  # closed with the book's pictures
        return file

    def read(self, name: str) -> bytes | None:
        """The picture's bytes, or None when it cannot be read (missing, damaged, too large)."""
        if name.startswith("data:"):
            return _inline_picture(name)
        try:
            return self._budgeted().read(name) if name else None
        except (ValueError, OSError):  # ZipMemberError; a file that changed under the reader
            return None

    def head(self, name: str, size: int = 65536) -> bytes | None:
        """The picture's first bytes (enough for its dimensions), without unpacking the rest."""
        if name.startswith("data:"):
            data = _inline_picture(name)
            return data[:size] if data is not None else None
        try:
            return self._budgeted().read_head(name, size) if name else None
        except (ValueError, OSError):
            return None


def _inline_picture(source: str) -> bytes | None:
    """A picture written into a document as a data: URL (the web reader is imported only for one)."""
    from desktop.content.formats.web_page import inline_picture

    return inline_picture(source, MAX_INLINE_PICTURE)


def _chapter_names(book: _Book, opf: ElementTree.Element, manifest: dict[str, Item]) -> dict[str, tuple[str, int]]:
    """Chapter file -> its title and its depth in the table of contents (1 at the top), from the
    EPUB 3 nav document's toc or the EPUB 2 NCX (none when they are broken); and "file#id" -> the
    same for each other place inside a chapter the contents names."""
    try:
        return _navigation_names(book, opf, manifest)
    except EpubError:
        return {}


def _navigation_names(book: _Book, opf: ElementTree.Element, manifest: dict[str, Item]) -> dict[str, tuple[str, int]]:
    """From the EPUB 3 navigation document; else (none, broken or naming nothing) from the NCX the
    spine names, or the manifest's NCX when the spine names none (as EPUB 2 readers find it)."""
    names: dict[str, tuple[str, int]] = {}
    for item in manifest.values():
        if "nav" in item.properties:
            try:
                document = book.xml(item.path)
            except EpubError:
                break
            navs = list(document.iter(f"{{{NS['xhtml']}}}nav"))
            toc = next((nav for nav in navs if "toc" in nav.get(f"{{{NS['epub']}}}type", "").split()), None)
            _collect_names(toc if toc is not None else document, "a", item.path, names)
            break
    if names:
        return names
    spine = opf.find(".//spine")
    ncx_id = spine.get("toc") if spine is not None else None
    ncx = manifest.get(ncx_id or "") or next(
        (item for item in manifest.values() if item.media_type == "application/x-dtbncx+xml"), None
    )
    if ncx is not None:
        _collect_names(book.xml(ncx.path), "navPoint", ncx.path, names)
    return names


def _collect_names(root: ElementTree.Element, kind: str, path: str, names: dict[str, tuple[str, int]]) -> None:
    """Each link's target and label, at the depth of its nesting (counted in one pass, not recursion):
    a chapter's first entry names the chapter, its other entries the places inside it they name."""
    resolve = book_text.resolver(path)
    list_tag = f"{{{NS['xhtml']}}}ol" if kind == "a" else f"{{{NS['ncx']}}}navPoint"
    depths = {root: 0}  # how many lists (or navPoints) hold each element: parents come before children
    for parent in root.iter():
        inside = depths[parent] + (parent.tag == list_tag)
        for child in parent:
            depths[child] = inside
    first: dict[str, str] = {}  # chapter -> the target that names it
    for element in root.iter(f"{{{NS['xhtml' if kind == 'a' else 'ncx']}}}{kind}"):
        if kind == "a":
            target, label = element.get("href") or "", clean("".join(element.itertext()))
            if not label:  # a link made of a picture is named by its text alternative
                label = clean(" ".join(img.get("alt") or "" for img in element.iter(f"{{{NS['xhtml']}}}img")))
        else:
            content = element.find("ncx:content", NS)
            target = content.get("src") or "" if content is not None else ""
            label = clean(element.findtext("ncx:navLabel/ncx:text", "", NS))
        if not target or not label:
            continue
        key, value = resolve(target), (label, max(1, depths[element] + (kind != "a")))
        chapter, _, fragment = key.partition("#")
        if chapter not in names:
            names[chapter], first[chapter] = value, key
        elif fragment and key != first.get(chapter):
            names.setdefault(key, value)


def _date(text: str) -> dt.date | str | None:
    """The package's date: a valid YYYY-MM-DD as that text (``Article`` makes it a date when asked),
    anything else as ``date.fromisoformat`` reads its first ten characters, None when it cannot."""
    text = text.strip()[:10]
    if not text:
        return None
    found = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", text)  # compiled when first used
    if found:
        year, month, day = (int(part) for part in found.groups())
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        days = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
        if year >= 1 and 1 <= month <= 12 and 1 <= day <= days[month - 1]:
            return text
    import datetime

    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None
