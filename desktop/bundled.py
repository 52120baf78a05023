"""The articles compiled into the app, read without Qt: what the command line needs of them.

The window registers ``desktop/ui/oqyrman.rcc`` with Qt (``desktop.ui.resources``) and reads
the bundled article through ``QResource``. The command line searches, lists and exports that
article too, and importing PySide6 for it would cost more than the rest of a command: so the
file is read here with the standard library. Qt's resource file is a small documented format
(a header, a tree of 14-byte nodes, a names table, a data table); the article is compressed
with zlib (``compression-algorithm="zlib"`` in ``resources/oqyrman.qrc``), which Python reads.

A branded build carries its collection as a generated module that registers the articles with
Qt when imported: there, the command line reads them through ``desktop.ui.resources``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache

from desktop import branding
from desktop.records import TYPE_CHECKING
from desktop.userdata.keys import BUNDLED_KEY

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.content import Article

_RESOURCE_FILE = os.path.join(os.path.dirname(__file__), "ui", "oqyrman.rcc")
ARTICLE_PATH = "content/article.json"

_HEADER = ">4sIIII"
_NODE_SIZES = {1: 14, 2: 22, 3: 22}
"""Format 2 and 3 add an 8-byte modification time to each node."""
_COMPRESSED_ZLIB = 0x01
_DIRECTORY = 0x02
_COMPRESSED_ZSTD = 0x04
MAX_DEPTH = 32
"""Folders deeper than this are not followed (the app's own file has three levels)."""


class ResourceError(Exception):
    """The compiled resources cannot be read, or do not hold the file asked for."""


def _unpack(fmt: str, data: bytes, offset: int) -> tuple[int, ...]:
    import struct  # here, as zlib below: a library search lists the bundled article without reading it

    size = struct.calcsize(fmt)
    if offset < 0 or offset + size > len(data):
        raise ResourceError("the compiled resources are cut short")
    return struct.unpack_from(fmt, data, offset)


def _utf16be(text: str) -> bytes:
    """The text in UTF-16, big-endian, made by hand: looking the codec up imports a module, which a
    reader started by another user, or with its files moved, may not be able to read by then."""
    units: list[int] = []
    for char in text:
        code = ord(char)
        if code >= 0x10000:
            code -= 0x10000
            units += (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))
        else:
            units.append(code)
    return b"".join(unit.to_bytes(2, "big") for unit in units)


def read_resource(data: bytes, path: str) -> bytes:
    """The content of one file (``content/article.json``) in a Qt binary resource file's bytes.

    Every offset and size is checked against the data: a damaged file is a ResourceError,
    never an IndexError or a loop.
    """
    import struct
    import zlib

    header = struct.Struct(_HEADER)
    magic, version, tree, payload, names = header.unpack_from(data) if len(data) >= header.size else (b"",) * 5
    if magic != b"qres" or version not in _NODE_SIZES:
        raise ResourceError("not a Qt resource file of a known format")
    node_size = _NODE_SIZES[version]

    def name(offset: int) -> bytes:
        """A node's name as stored: UTF-16, big-endian (compared as bytes: no codec is looked up)."""
        (length,) = _unpack(">H", data, names + offset)
        start = names + offset + 6
        if start + 2 * length > len(data):
            raise ResourceError("the compiled resources are cut short")
        return data[start : start + 2 * length]

    node = 0
    parts = [part for part in path.strip("/").split("/") if part]
    if len(parts) > MAX_DEPTH:
        raise ResourceError(f"no resource {path}")
    for part in parts:
        (_name, flags) = _unpack(">IH", data, tree + node * node_size)
        if not flags & _DIRECTORY:
            raise ResourceError(f"no resource {path}")
        count, first = _unpack(">II", data, tree + node * node_size + 6)
        if count * node_size > len(data):
            raise ResourceError("the compiled resources are damaged")
        for child in range(first, first + count):
            (name_offset,) = _unpack(">I", data, tree + child * node_size)
            if name(name_offset) == _utf16be(part):
                node = child
                break
        else:
            raise ResourceError(f"no resource {path}")
    (_name, flags) = _unpack(">IH", data, tree + node * node_size)
    if flags & _DIRECTORY:
        raise ResourceError(f"{path} is a folder")
    (data_offset,) = _unpack(">I", data, tree + node * node_size + 10)
    (size,) = _unpack(">I", data, payload + data_offset)
    start = payload + data_offset + 4
    if start + size > len(data):
        raise ResourceError("the compiled resources are cut short")
    content = data[start : start + size]
    if flags & _COMPRESSED_ZSTD:
        raise ResourceError(f"{path} is compressed with zstd: compile it with zlib (resources/oqyrman.qrc)")
    if flags & _COMPRESSED_ZLIB:  # qCompress: the size, big-endian, then a zlib stream
        (expected,) = _unpack(">I", content, 0)
        inflater = zlib.decompressobj()
        try:
            content = inflater.decompress(content[4:], expected)
        except zlib.error as error:
            raise ResourceError(f"{path} cannot be decompressed: {error}") from None
        if len(content) != expected or inflater.unconsumed_tail:
            raise ResourceError(f"{path} is not the size the resources say")
    return content


def __getattr__(name: str) -> Path:
    """``RESOURCE_FILE``, the app's compiled resources, as a Path: made when asked for (a library search,
    which lists the bundled article without reading it, imports no ``pathlib``)."""
    if name != "RESOURCE_FILE":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from pathlib import Path

    return Path(_RESOURCE_FILE)


def read_bundled(path: str) -> bytes:
    """A file compiled into the app's own resources (not a branded build's collection)."""
    shown = __getattr__("RESOURCE_FILE")
    try:
        data = shown.read_bytes()
    except OSError as error:
        raise ResourceError(f"the compiled resources cannot be read: {shown}: {error.strerror}") from None
    return read_resource(data, path)


def _default_article() -> Article:
    from desktop.content import compiled  # here: a library search lists the bundled article without reading it

    return compiled.from_json(read_bundled(ARTICLE_PATH))


@cache
def bundled_articles() -> dict[str, Callable[[], Article]]:
    """Key -> loader of every article shipped inside the app, as ``desktop.ui.resources`` lists them."""
    if branding.collection_module() is not None:  # its articles are Qt resources: Qt reads them
        from desktop.ui.resources import bundled_articles as from_qt

        return from_qt()
    return {BUNDLED_KEY: _default_article}


def first_bundled_key() -> str:
    return next(iter(bundled_articles()))


def bundled_article() -> Article:
    """The article a new reader sees first: the default one, or the first of a branded collection."""
    return bundled_articles()[first_bundled_key()]()
