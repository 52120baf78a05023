"""Small EPUB books written by hand for tests: a package around chapters of our own XHTML."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

XHTML = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="kk">'
    "<head><title>Тарау</title><style>p {{ color: red }}</style></head><body>{body}</body></html>"
)


def png(width: int, height: int, rgb: tuple[int, int, int] = (200, 60, 40)) -> bytes:
    """A PNG of one colour, written out here so that no image library is needed to make one."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def chapter(body: str) -> str:
    """A well-formed XHTML content document around ``body``."""
    return XHTML.format(body=body)


def package(
    items: list[tuple[str, ...]],
    spine: list[str],
    *,
    metadata: str = "",
    title: str = "Сынақ кітабы",
    spine_attrs: str = "",
) -> str:
    """An OPF: manifest ``items`` (id, href, media type[, other attributes]), ``spine`` itemrefs as written."""
    manifest = "".join(
        f'<item id="{item[0]}" href="{item[1]}" media-type="{item[2]}" {item[3] if len(item) > 3 else ""}/>'
        for item in items
    )
    itemrefs = "".join(spine)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:7</dc:identifier>'
        f"<dc:title>{title}</dc:title><dc:language>kk</dc:language>{metadata}</metadata>"
        f"<manifest>{manifest}</manifest><spine{spine_attrs}>{itemrefs}</spine></package>"
    )


def book(path: Path, chapters: dict[str, str | bytes], extra: dict[str, str | bytes] | None = None) -> Path:
    """An EPUB whose spine is ``chapters`` (file name under OEBPS/ -> content document), in order."""
    items = [(f"c{number}", name, "application/xhtml+xml") for number, name in enumerate(chapters)]
    opf = package(items, [f'<itemref idref="c{number}"/>' for number in range(len(chapters))])
    files: dict[str, str | bytes] = {"OEBPS/content.opf": opf}
    files |= {f"OEBPS/{name}": text for name, text in chapters.items()}
    return write(path, files | (extra or {}))


def write(path: Path, files: dict[str, str | bytes], container: str = CONTAINER) -> Path:
    """The EPUB at ``path``: the mimetype first and stored, the container, then ``files``."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container)
        for name, data in files.items():
            archive.writestr(name, data)
    return path


BOOKS = Path(__file__).parents[1] / "data" / "books"


def from_folder(name: str, path: Path) -> Path:
    """The EPUB at ``path`` zipped from the hand-written book ``tests/data/books/<name>``: its
    mimetype first and stored, then its other files (sorted: the same archive every time)."""
    folder = BOOKS / name
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "mimetype")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", (folder / "mimetype").read_bytes(), compress_type=zipfile.ZIP_STORED)
        for file in files:
            archive.writestr(file.relative_to(folder).as_posix(), file.read_bytes())
    return path


def claiming(data: bytes, name: str, size: int) -> bytes:
    """The archive with ``name``'s unpacked size given as ``size`` in both of its headers (a lie)."""
    patched = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    struct.pack_into("<L", patched, info.header_offset + 22, size)
    central = patched.find(b"PK\x01\x02")
    while central != -1:
        length = struct.unpack_from("<H", patched, central + 28)[0]
        if patched[central + 46 : central + 46 + length] == name.encode():
            struct.pack_into("<L", patched, central + 24, size)
            return bytes(patched)
        central = patched.find(b"PK\x01\x02", central + 4)
    raise AssertionError("no central directory entry")


LONG_BOOK_WORDS = (
    "Қазақстан Республикасының Президенті мемлекеттік сапармен Мәскеуге барып, екі ел арасындағы "
    "стратегиялық серіктестік пен одақтастық қатынастарды нығайту туралы келісімдерге қол қойды. "
)


def long_book(path: Path, chapters: int = 30, *, broken: int | None = None, missing: int | None = None) -> Path:
    """A book of many chapters, each a heading, paragraphs, a stanza, a figure with its picture and
    a reference to its endnote in the last document (as books put their notes); ``broken``: that
    chapter is not well-formed XHTML, ``missing``: the spine names that chapter, not in the archive."""
    files: dict[str, str | bytes] = {"OEBPS/images/figure.png": png(40, 30)}
    items = [("figure", "images/figure.png", "image/png")]
    notes = []
    for number in range(1, chapters + 1):
        paragraphs = "".join(f"<p>{number}.{line} {LONG_BOOK_WORDS * 3}</p>" for line in range(1, 4))
        body = (
            f"<h2>{number}-тарау</h2>{paragraphs}"
            f'<p>Ескерту{number}<a epub:type="noteref" href="notes.xhtml#n{number}">{number}</a> бар.</p>'
            f'<p class="verse">Бірінші жол {number},<br/>екінші жол {number}.</p>'
            f'<figure><img src="images/figure.png" alt="Сурет {number}"/>'
            f"<figcaption>{number}-сурет</figcaption></figure>"
        )
        text = chapter(body) if number != broken else chapter(body).replace("</p>", "", 1)
        items.append((f"c{number}", f"c{number}.xhtml", "application/xhtml+xml"))
        if number != missing:
            files[f"OEBPS/c{number}.xhtml"] = text
        notes.append(f'<aside epub:type="endnote" id="n{number}"><p>{number}-ескерту мәтіні.</p></aside>')
    items.append(("notes", "notes.xhtml", "application/xhtml+xml"))
    files["OEBPS/notes.xhtml"] = chapter("<h2>Ескертулер</h2>" + "".join(notes))
    spine = [f'<itemref idref="c{number}"/>' for number in range(1, chapters + 1)] + ['<itemref idref="notes"/>']
    files["OEBPS/content.opf"] = package(items, spine, title="Ұзын кітап", metadata="<dc:date>2024-05-17</dc:date>")
    return write(path, files)


def every_kind_of_block() -> tuple:
    """One block of each kind a book's section holds, with footnote references and their notes."""
    from desktop.content.model import BulletList, Cell, Figure, Note, NoteRef, Notes, Paragraph, Table, Verse

    return (
        Paragraph("Мәтін[1].", (NoteRef(5, 8, "a#n1"),)),
        Verse(("бір жол", "екі жол"), False, (NoteRef(0, 3, "a#n1", 1),)),
        Verse(("  код",), True),
        BulletList(("Бір", "Ішкі"), (0, 1), True),
        Table(((Cell("Қала", True), Cell("")), (Cell("Алматы"), Cell("2")))),
        Figure("OEBPS/p.png", "Сурет", "Жазуы"),
        Figure("OEBPS/q.png", "Жазусыз сурет", ""),
        Notes((Note("a#n1", "Ескерту."),)),
    )
