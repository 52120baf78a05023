"""The bundled article read without Qt: the same bytes Qt reads, and damage is an error, not a crash."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

from desktop import bundled
from desktop.bundled import ResourceError, read_resource
from tests.helpers.paths import ROOT

QRC = ROOT / "resources" / "oqyrman.qrc"


def _qrc_files() -> list[str]:
    return [str(element.text) for element in ET.parse(QRC).getroot().iter("file")]


def test_every_file_reads_as_its_source_and_the_article_as_qt_reads_it(qapp):
    """The fonts are stored, the article is zlib-compressed: both read as the sources they were built from."""
    from desktop.ui import resources

    data = bundled.RESOURCE_FILE.read_bytes()
    for name in _qrc_files():
        if name.endswith(".qm"):  # compressed with zstd (Qt reads them): the article is what matters
            continue
        assert read_resource(data, name) == (ROOT / "resources" / name).read_bytes(), name
    assert read_resource(data, bundled.ARTICLE_PATH) == resources.read_resource(f":/{bundled.ARTICLE_PATH}")


def test_the_bundled_article_is_the_one_the_window_shows(qapp):
    from desktop.ui import resources

    assert bundled.bundled_article() == resources.bundled_article()
    assert bundled.first_bundled_key() == resources.first_bundled_key() == "bundled"


def test_a_file_that_is_not_there_is_named():
    data = bundled.RESOURCE_FILE.read_bytes()
    for missing in ("content/nothing.json", "nothing/article.json", "content/article.json/deeper"):
        with pytest.raises(ResourceError, match="no resource"):
            read_resource(data, missing)
    with pytest.raises(ResourceError, match="is a folder"):
        read_resource(data, "content")


@pytest.mark.parametrize("cut", [0, 3, 19, 20, 200, 1000])
def test_a_cut_short_or_foreign_file_is_a_resource_error(cut):
    data = bundled.RESOURCE_FILE.read_bytes()
    with pytest.raises(ResourceError):
        read_resource(data[:cut], bundled.ARTICLE_PATH)
    with pytest.raises(ResourceError, match="not a Qt resource file"):
        read_resource(b"PK\x03\x04" + data[4:], bundled.ARTICLE_PATH)


def test_offsets_pointing_outside_the_file_are_refused():
    data = bytearray(bundled.RESOURCE_FILE.read_bytes())
    struct.pack_into(">I", data, 8, len(data) + 10)  # the tree's offset, past the end
    with pytest.raises(ResourceError):
        read_resource(bytes(data), bundled.ARTICLE_PATH)


def test_a_zstd_compressed_article_gets_a_message_that_says_how_to_build_it():
    """Python 3.11 has no zstd: the build must compile the article with zlib, and says so if not."""
    data = bytearray(bundled.RESOURCE_FILE.read_bytes())
    _magic, _version, tree, _payload, _names = struct.unpack_from(">4sIIII", data)
    for node in range(64):  # set the zstd flag on the article's node
        offset = tree + node * 14
        if offset + 14 > len(data):
            break
        flags = struct.unpack_from(">H", data, offset + 4)[0]
        if flags & 0x01:
            struct.pack_into(">H", data, offset + 4, 0x04)
    with pytest.raises(ResourceError, match="zstd"):
        read_resource(bytes(data), bundled.ARTICLE_PATH)


@pytest.mark.parametrize("text", ["content", "article.json", "Қазақ", "𝄞 нота"])
def test_names_are_compared_in_the_utf16_qt_stores_them_in(text):
    from desktop.bundled import _utf16be

    assert _utf16be(text) == text.encode("utf-16-be")
