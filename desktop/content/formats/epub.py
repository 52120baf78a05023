"""EPUB books (.epub): chapters in reading order, from the package's spine and navigation.

The container names the package document (OPF); its manifest and spine give the chapters in
reading order, its metadata the title, date and publisher. Chapter titles come from the EPUB 3
navigation document or the EPUB 2 NCX, else from each chapter's first heading. Chapters are
XHTML, read with the web-page reader's tree (html.parser).

The archive's own sizes are not trusted: every file in it is unpacked against a running
budget (``zip_members``), at most 16 MiB for one file and 64 MiB for all the reads of one
book together, and the book's text is counted as it is built and held to the article limit
(``MAX_ARTICLE_BYTES``) like every other format's.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from xml.etree import ElementTree

from desktop.content.formats.build import ArticleBuilder, clean
from desktop.content.formats.web_page import Element, collect_blocks, parse, prune
from desktop.content.formats.zip_members import BoundedZip, OverBudgetError, ZipMemberError

MAX_MEMBER = 16 * 1024 * 1024
MAX_TOTAL = 64 * 1024 * 1024
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


class _Book:
    def __init__(self, data: bytes) -> None:
        try:
            self.zip = BoundedZip(data, member_limit=MAX_MEMBER, total_limit=MAX_TOTAL)
        except ZipMemberError as error:
            raise EpubError(str(error)) from None

    def read(self, name: str) -> bytes:
        if name not in self.zip:
            raise EpubError(f"it names {name}, which is not in the archive")
        try:
            return self.zip.read(name)
        except OverBudgetError:
            raise EpubError("its files unpack to more than the reader accepts") from None
        except ZipMemberError as error:
            raise EpubError(str(error)) from None

    def xml(self, name: str) -> ElementTree.Element:
        try:
            return ElementTree.fromstring(self.read(name))
        except ElementTree.ParseError as error:
            raise EpubError(f"{name} is not well-formed XML: {error}") from None


def read_epub(data: bytes, text_limit: int | None = None) -> tuple[str, dt.date | None, str, ArticleBuilder]:
    """The book's title, date, publisher and text; ``text_limit`` bounds its text (TextTooLargeError)."""
    book = _Book(data)
    container = book.xml("META-INF/container.xml")
    rootfile = container.find(".//container:rootfile", NS)
    if rootfile is None or not rootfile.get("full-path"):
        raise EpubError("META-INF/container.xml names no package document")
    opf_path = rootfile.get("full-path", "")
    opf = book.xml(opf_path)
    base = posixpath.dirname(opf_path)
    title = clean(opf.findtext(".//dc:title", "", NS))
    date = _date(opf.findtext(".//dc:date", "", NS))
    source = clean(opf.findtext(".//dc:publisher", "", NS) or opf.findtext(".//dc:creator", "", NS))
    manifest = {
        item.get("id", ""): (posixpath.normpath(posixpath.join(base, item.get("href", ""))), item)
        for item in opf.findall(".//opf:manifest/opf:item", NS)
    }
    spine = [ref.get("idref", "") for ref in opf.findall(".//opf:spine/opf:itemref", NS)]
    if not spine:
        raise EpubError("its package document has no spine (no reading order)")
    names = _chapter_names(book, opf, manifest)
    builder = ArticleBuilder(text_limit)
    for idref in spine:
        if idref not in manifest:
            raise EpubError(f"the spine names {idref!r}, which the manifest lacks")
        path, _item = manifest[idref]
        body = _body(parse(book.read(path).decode("utf-8", "replace")))
        name = names.get(path)
        if name:
            builder.heading(name)
        collect_blocks(body, builder, name or "")
    return title, date, source, builder


def _body(root: Element) -> Element:
    bodies = [element for element in root.iter() if element.tag == "body"]
    return prune(bodies[0] if bodies else root)


def _chapter_names(
    book: _Book, opf: ElementTree.Element, manifest: dict[str, tuple[str, ElementTree.Element]]
) -> dict[str, str]:
    """Chapter file -> its title, from the EPUB 3 nav document or the EPUB 2 NCX."""
    names: dict[str, str] = {}
    for path, item in manifest.values():
        if "nav" in (item.get("properties") or "").split():
            nav = book.xml(path)
            for link in nav.iter(f"{{{NS['xhtml']}}}a"):
                target = posixpath.normpath(
                    posixpath.join(posixpath.dirname(path), (link.get("href") or "").split("#")[0])
                )
                names.setdefault(target, clean("".join(link.itertext())))
            return names
    toc = opf.find(".//opf:spine", NS)
    ncx_id = toc.get("toc") if toc is not None else None
    if ncx_id and ncx_id in manifest:
        path = manifest[ncx_id][0]
        for point in book.xml(path).iter(f"{{{NS['ncx']}}}navPoint"):
            label = clean(point.findtext("ncx:navLabel/ncx:text", "", NS))
            content = point.find("ncx:content", NS)
            if content is not None:
                src = posixpath.normpath(
                    posixpath.join(posixpath.dirname(path), (content.get("src") or "").split("#")[0])
                )
                names.setdefault(src, label)
    return names


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10]) if text.strip() else None
    except ValueError:
        return None
