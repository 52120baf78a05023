"""ZIP members are unpacked against a byte budget, whatever size the archive claims for them."""

import io
import random
import struct
import tracemalloc
import zipfile

import pytest

from desktop.content.formats.zip_members import BoundedZip, OverBudgetError, ZipMemberError
from tests.helpers.books import claiming

METHODS = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
MIB = 1024 * 1024


def _archive(members: dict[str, bytes], method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("method", METHODS)
def test_each_method_unpacks_a_member_to_its_bytes(method):
    text = "Абай жолы. ".encode() * 1000
    book = BoundedZip(_archive({"a.xhtml": text}, method), member_limit=MIB, total_limit=MIB)
    assert book.read("a.xhtml") == text


@pytest.mark.parametrize("method", METHODS)
def test_a_member_that_claims_74_bytes_and_inflates_past_the_limit_stops_at_the_limit(method):
    bomb = claiming(_archive({"bomb.xhtml": b"\0" * (8 * MIB)}, method), "bomb.xhtml", 74)
    book = BoundedZip(bomb, member_limit=MIB, total_limit=64 * MIB)
    tracemalloc.start()
    try:
        with pytest.raises(OverBudgetError):
            book.read("bomb.xhtml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * MIB  # a few times the 1 MiB limit (buffers), never the 8 MiB it would become


@pytest.mark.parametrize("method", METHODS)
def test_reads_together_are_held_to_the_archives_total(method):
    chapter = b"x" * (600 * 1024)
    book = BoundedZip(_archive({"a": chapter, "b": chapter}, method), member_limit=MIB, total_limit=MIB)
    assert book.read("a") == chapter
    with pytest.raises(OverBudgetError):
        book.read("b")  # 1.2 MiB in all
    with pytest.raises(OverBudgetError):
        book.read("a")  # a second read of the same member counts again


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_member_smaller_than_it_claims_is_damaged_not_trusted(method):
    lying = claiming(_archive({"a": b"short text"}, method), "a", 5000)
    with pytest.raises(ZipMemberError, match="damaged"):
        BoundedZip(lying, member_limit=MIB, total_limit=MIB).read("a")


def test_a_member_whose_bytes_were_changed_fails_its_checksum():
    data = bytearray(_archive({"a": b"stored text here"}, zipfile.ZIP_STORED))
    position = data.find(b"stored text here")
    data[position] ^= 0x20
    with pytest.raises(ZipMemberError, match="damaged"):
        BoundedZip(bytes(data), member_limit=MIB, total_limit=MIB).read("a")


def test_a_member_of_a_method_the_reader_does_not_unpack_is_named():
    data = bytearray(_archive({"a": b"text"}, zipfile.ZIP_STORED))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("a")
    struct.pack_into("<H", data, info.header_offset + 8, 9)  # deflate64, in both headers
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 10, 9)
    with pytest.raises(ZipMemberError, match="method 9"):
        BoundedZip(bytes(data), member_limit=MIB, total_limit=MIB).read("a")


def test_a_missing_member_and_a_file_that_is_no_zip_are_named():
    with pytest.raises(ZipMemberError, match="not a ZIP"):
        BoundedZip(b"PK not really", member_limit=MIB, total_limit=MIB)
    book = BoundedZip(_archive({"a": b"1"}, zipfile.ZIP_STORED), member_limit=MIB, total_limit=MIB)
    with pytest.raises(ZipMemberError, match="b is not in the archive"):
        book.read("b")


@pytest.mark.parametrize("method", METHODS)
def test_the_head_of_a_member_is_read_without_unpacking_the_rest(method):
    data = bytes(range(256)) * 4096  # 1 MiB
    book = BoundedZip(_archive({"picture": data}, method), member_limit=MIB, total_limit=MIB)
    assert book.read_head("picture", 1000) == data[:1000]
    assert book.left >= MIB - 1001


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_member_whose_compressed_bytes_are_garbled_is_named_not_a_crash(method):
    data = bytearray(_archive({"a": "Абай жолы, бірінші кітап. ".encode() * 400}, method))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("a")
    start = info.header_offset + 30 + len("a") + 20
    data[start : start + 40] = bytes(40)
    with pytest.raises(ZipMemberError):
        BoundedZip(bytes(data), member_limit=MIB, total_limit=MIB).read("a")


def test_an_archive_split_over_several_files_is_named_as_such():
    data = bytearray(_archive({"a": b"text"}, zipfile.ZIP_STORED))
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 4, 1, 1)  # this is disk 2 of a spanned archive
    with pytest.raises(ZipMemberError, match="split over several files"):
        BoundedZip(bytes(data), member_limit=MIB, total_limit=MIB)


def test_an_archive_that_says_it_holds_a_million_files_is_refused_before_its_directory_is_read():
    data = bytearray(_archive({"a": b"text"}, zipfile.ZIP_STORED))
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 0xFFFE, 0xFFFE)  # more entries than any book
    with pytest.raises(ZipMemberError, match="more than 20,000 files"):
        BoundedZip(bytes(data), member_limit=MIB, total_limit=MIB)


class _CountingFile(io.BytesIO):
    """An archive's file that counts the bytes read from it."""

    read_bytes = 0

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        self.read_bytes += len(data)
        return data


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_the_head_of_a_member_in_a_file_reads_its_first_bytes_alone(method):
    photograph = random.Random(7).randbytes(MIB)  # does not compress, as a photograph does not
    file = _CountingFile(_archive({"picture": photograph}, method))
    book = BoundedZip(file, member_limit=2 * MIB, total_limit=2 * MIB)
    file.read_bytes = 0
    assert book.read_head("picture", 4096) == photograph[:4096]
    assert file.read_bytes < 16 * 1024
    assert book.read("picture") == photograph  # and the whole member is still there to read


def test_the_head_of_a_damaged_deflated_member_is_named_as_a_read_names_it():
    data = bytearray(_archive({"picture": b"\x89PNG" + b"x" * 5000}, zipfile.ZIP_DEFLATED))
    start = data.index(b"picture") + len(b"picture")
    data[start : start + 8] = b"\xff" * 8  # the stream's first bytes
    book = BoundedZip(_CountingFile(bytes(data)), member_limit=MIB, total_limit=MIB)
    with pytest.raises(ZipMemberError, match="picture cannot be unpacked"):
        book.read_head("picture", 100)
