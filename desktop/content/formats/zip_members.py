"""Reading files out of a ZIP archive (an EPUB) without trusting what the archive says of them.

A member's sizes in the archive are claims: one that declares 74 bytes may inflate to
gigabytes, and the standard library's ``ZipFile.read`` unpacks bzip2 and LZMA members a
compressed chunk at a time with no limit on what one chunk becomes. So every member is
unpacked here from its raw compressed bytes, through a decompressor that is never asked for
more than the bytes left in the budget, whatever its method (stored, deflate, bzip2, LZMA),
and reading stops as soon as the budget is spent. The archive's directory is still read by
``zipfile`` (names, offsets, methods); only the unpacking is done here.
"""

from __future__ import annotations

import struct
import unicodedata
import zipfile
import zlib
from io import BytesIO
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    import bz2
    import lzma

STORED, DEFLATED, BZIP2, LZMA = 0, 8, 12, 14
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_ENCRYPTED = 0x1
_UTF8_NAMES = 0x800
_LZMA_END_MARKER = 0x2
_END_SIGNATURE = b"PK\x05\x06"
_END_RECORD = 22
_END_SEARCH = _END_RECORD + 65535  # the end record, and the longest comment after it
_SPANNING_MARKER = b"PK\x07\x08"
MAX_MEMBERS = 20_000
"""The most files an archive may say it holds (a long illustrated book has a few thousand)."""


CUT_OFF = "the archive is cut off: its end, with the list of its files, is missing"


class ZipMemberError(ValueError):
    """A member cannot be read: missing, damaged, encrypted, of an unknown method, or over the budget."""


class OverBudgetError(ZipMemberError):
    """The member unpacks to more bytes than were left to read; ``head`` holds what was unpacked."""

    def __init__(self, name: str, head: bytes = b"") -> None:
        super().__init__(name)
        self.head = head


class BoundedZip:
    """A ZIP archive whose members are read against a running byte budget.

    ``member_limit`` bounds what one member may unpack to; ``total_limit`` bounds every
    byte unpacked from the archive, all reads together (a member read twice counts twice).
    An archive that says it holds more than MAX_MEMBERS files is refused before its
    directory is read (each entry would cost memory).
    """

    def __init__(self, data: bytes | BinaryIO, *, member_limit: int, total_limit: int) -> None:
        """``data`` is the archive's bytes, or an open file of it (only the members read are read)."""
        head, tail = _ends(data)
        if head == _SPANNING_MARKER or _spanned(tail):
            raise ZipMemberError("it is split over several files (a spanned ZIP), which cannot be joined")
        if _entries(data, tail) > MAX_MEMBERS:
            raise ZipMemberError(f"it says it holds more than {MAX_MEMBERS:,} files")
        try:
            self._zip = zipfile.ZipFile(BytesIO(data) if isinstance(data, bytes) else data)
        except zipfile.BadZipFile as error:
            if "span multiple disks" in str(error):
                raise ZipMemberError("it is split over several files (a spanned ZIP), which cannot be joined") from None
            if head != _LOCAL_SIGNATURE:
                raise ZipMemberError("not a ZIP archive, as an EPUB is") from None
            end = tail.rfind(_END_SIGNATURE)
            if end < 0 or len(tail) - end < _END_RECORD:  # a ZIP's directory is at its end: a download cut short
                raise ZipMemberError(CUT_OFF) from None
            raise ZipMemberError(f"its ZIP directory is damaged ({error})") from None
        except (OSError, ValueError, EOFError) as error:
            raise ZipMemberError(f"its ZIP directory is damaged ({error})") from None
        self._data = data
        self._normalized: dict[str, zipfile.ZipInfo] | None = None
        self._member_limit = member_limit
        self._left = total_limit

    def refill(self, budget: int) -> None:
        """Start a new budget for the reads to come (a picture read when it is shown, long after the text)."""
        self._left = budget

    @property
    def left(self) -> int:
        """How many bytes may still be unpacked from the archive."""
        return self._left

    def names(self) -> list[str]:
        return self._zip.namelist()

    def claimed_size(self, name: str) -> int:
        """The size the archive says the member unpacks to (a claim: reads are held to the budget)."""
        return self._info(name).file_size

    def methods(self) -> set[int]:
        """The compression methods the archive's files use (STORED, DEFLATED, BZIP2, LZMA…)."""
        return {info.compress_type for info in self._zip.infolist()}

    def __contains__(self, name: str) -> bool:
        try:
            self._info(name)
        except KeyError:
            return False
        return True

    def _info(self, name: str) -> zipfile.ZipInfo:
        """The member named ``name``: by its exact name, else by its name in Unicode's composed
        form (NFC), which is how books name their files whatever form the archive stored (a
        Mac's decomposed names), and a name stored as UTF-8 without the archive's UTF-8 flag is
        read as UTF-8. KeyError when there is none."""
        try:
            return self._zip.getinfo(name)
        except KeyError:
            pass
        if self._normalized is None:
            self._normalized = {}
            for info in self._zip.infolist():
                self._normalized.setdefault(unicodedata.normalize("NFC", info.filename), info)
                if not info.flag_bits & _UTF8_NAMES:
                    try:
                        utf8 = info.filename.encode("cp437").decode("utf-8")
                    except UnicodeError:
                        continue
                    self._normalized.setdefault(unicodedata.normalize("NFC", utf8), info)
        return self._normalized[unicodedata.normalize("NFC", name)]

    def _readable(self, name: str) -> zipfile.ZipInfo:
        """The member to read; ZipMemberError when there is none or it is encrypted."""
        try:
            info = self._info(name)
        except KeyError:
            raise ZipMemberError(f"{name} is not in the archive") from None
        if info.flag_bits & _ENCRYPTED:
            raise ZipMemberError(f"{name} is encrypted")
        return info

    def read(self, name: str) -> bytes:
        """The member's bytes; ZipMemberError (OverBudgetError past a limit) for anything else."""
        info = self._readable(name)
        limit = min(self._member_limit, self._left)
        if info.compress_type == STORED and info.compress_size > limit:
            raise OverBudgetError(name)  # before its bytes are even read
        raw = self._raw(info)
        data = _unpack(info, raw, limit)
        self._left -= len(data)
        if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
            raise ZipMemberError(f"{name} is damaged (its size or checksum is not the one the archive gives)")
        return data

    def read_head(self, name: str, size: int) -> bytes:
        """At most the first ``size`` bytes of the member (a picture's header), unchecked: the rest is not read."""
        info = self._readable(name)
        budget = min(size, self._left)
        if info.compress_type in (STORED, DEFLATED):
            # Only the member's first bytes are read from the archive: a book's pane reads the
            # size of each picture of its first screen before it paints (a photograph is 0.5 MiB).
            prefix = self._raw(info, budget if info.compress_type == STORED else 2 * budget + 1024)
            try:
                head = bytes(prefix[:budget]) if info.compress_type == STORED else _inflate_head(prefix, budget)
            except zlib.error:
                head = None  # read whole below, to say what is wrong with it
            if head is not None and (len(head) >= budget or len(prefix) >= info.compress_size):
                self._left -= len(head)
                return head[:size]
        try:
            data = _unpack(info, self._raw(info), budget)
        except OverBudgetError as error:
            data = error.head
        self._left -= len(data)
        return data[:size]

    def _slice(self, start: int, size: int) -> bytes | memoryview:
        if isinstance(self._data, bytes):
            return memoryview(self._data)[start : start + size]
        self._data.seek(start)
        return self._data.read(size)

    def _raw(self, info: zipfile.ZipInfo, at_most: int | None = None) -> bytes | memoryview:
        """The member's compressed bytes (their first ``at_most``), found through its local header."""
        start = info.header_offset
        header = bytes(self._slice(start, _LOCAL_HEADER.size))
        if len(header) < _LOCAL_HEADER.size:
            raise ZipMemberError(f"{info.filename} is cut off")
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL_SIGNATURE:
            raise ZipMemberError(f"{info.filename} is damaged (no local header where the directory says)")
        name_length, extra_length = fields[-2], fields[-1]
        begin = start + _LOCAL_HEADER.size + name_length + extra_length
        wanted = info.compress_size if at_most is None else min(at_most, info.compress_size)
        raw = self._slice(begin, wanted)
        if len(raw) < wanted:
            raise ZipMemberError(f"{info.filename} is cut off")
        return raw


def _ends(data: bytes | BinaryIO) -> tuple[bytes, bytes]:
    """The archive's first four bytes, and its last bytes, where the end record is."""
    if isinstance(data, bytes):
        return data[:4], data[-_END_SEARCH:]
    data.seek(0)
    head = data.read(4)
    data.seek(0, 2)
    data.seek(max(0, data.tell() - _END_SEARCH))
    return head, data.read()


def _spanned(tail: bytes) -> bool:
    """Whether the end record names another disk: one part of a split archive, which zipfile
    would read as whole (it notices spanning only in ZIP64 records)."""
    end = tail.rfind(_END_SIGNATURE)
    if end < 0 or len(tail) < end + 8:
        return False
    disk, directory_disk = struct.unpack_from("<HH", tail, end + 4)
    return disk not in (0, 0xFFFF) or directory_disk not in (0, 0xFFFF)


def _entries(data: bytes | BinaryIO, tail: bytes) -> int:
    """How many files the archive's end record (or its ZIP64 record) says it holds; 0 if it says nothing."""
    end = tail.rfind(_END_SIGNATURE)
    if end < 0 or len(tail) < end + 12:
        return 0
    count = int(struct.unpack_from("<H", tail, end + 10)[0])
    locator = end - 20
    if count != 0xFFFF or locator < 0 or tail[locator : locator + 4] != b"PK\x06\x07":
        return count
    offset = int(struct.unpack_from("<Q", tail, locator + 8)[0])
    if isinstance(data, bytes):
        record = data[offset : offset + 40]
    else:
        data.seek(offset)
        record = data.read(40)
    if len(record) < 40 or record[:4] != b"PK\x06\x06":
        return count
    return int(struct.unpack_from("<Q", record, 32)[0])


def _unpack(info: zipfile.ZipInfo, raw: bytes | memoryview, limit: int) -> bytes:
    """The member's bytes, unpacked by its method; never more than ``limit`` + 1 bytes made."""
    method = info.compress_type
    name = info.filename
    if method == STORED:
        if len(raw) > limit:
            raise OverBudgetError(name, bytes(raw[: limit + 1]))
        return bytes(raw)
    try:
        if method == DEFLATED:
            return _inflate(raw, limit, name)
        if method == BZIP2:
            import bz2  # here: most books use deflate alone, and bz2 and lzma cost their imports

            return _drain(bz2.BZ2Decompressor(), bytes(raw), limit, name, end_needed=True)
        if method == LZMA:
            decompressor, stream = _lzma(raw, name, limit)
            return _drain(decompressor, stream, limit, name, end_needed=bool(info.flag_bits & _LZMA_END_MARKER))
    except (zlib.error, OSError, EOFError, ValueError, _lzma_error()) as error:
        if isinstance(error, ZipMemberError):
            raise
        raise ZipMemberError(f"{name} cannot be unpacked ({error})") from None
    raise ZipMemberError(f"{name} is compressed with method {method}, which the reader does not unpack")


def _lzma_error() -> type[Exception]:
    """lzma's error class, once lzma is imported (it is by then, when an LZMA member failed)."""
    import sys

    module = sys.modules.get("lzma")
    return module.LZMAError if module is not None else OSError


def _inflate_head(raw: bytes | memoryview, size: int) -> bytes:
    """The first ``size`` bytes (or fewer) a deflated stream's first bytes unpack to."""
    return zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, size)


def _inflate(raw: bytes | memoryview, limit: int, name: str) -> bytes:
    decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
    out = bytearray()
    pending: bytes | memoryview = raw
    while True:
        # max_length is at least 1 here: 0 would mean "no limit".
        out += decompressor.decompress(pending, limit + 1 - len(out))
        if len(out) > limit:
            raise OverBudgetError(name, bytes(out))
        pending = decompressor.unconsumed_tail
        if decompressor.eof or not pending:
            break
    if not decompressor.eof:
        raise ZipMemberError(f"{name} is cut off")
    return bytes(out)


def _drain(
    decompressor: bz2.BZ2Decompressor | lzma.LZMADecompressor, stream: bytes, limit: int, name: str, *, end_needed: bool
) -> bytes:
    """Unpack with a decompressor that keeps unread input itself (bzip2, LZMA), a bounded step at a time."""
    out = bytearray()
    pending = stream
    while True:
        out += decompressor.decompress(pending, limit + 1 - len(out))
        if len(out) > limit:
            raise OverBudgetError(name, bytes(out))
        pending = b""
        if decompressor.eof or decompressor.needs_input:
            break
    if end_needed and not decompressor.eof:
        raise ZipMemberError(f"{name} is cut off")
    return bytes(out)


def _lzma(raw: bytes | memoryview, name: str, limit: int) -> tuple[lzma.LZMADecompressor, bytes]:
    """A raw LZMA1 decompressor for a ZIP member (a 4-byte version and size, then 5 property bytes).

    The dictionary the member asks for is a claim too: no more than the budget is needed,
    since nothing can be copied from further back than the output reaches.
    """
    import lzma

    if len(raw) < 9:
        raise ZipMemberError(f"{name} is cut off")
    properties_size = struct.unpack("<H", raw[2:4])[0]
    if properties_size != 5:
        raise ZipMemberError(f"{name} has LZMA properties this reader does not know")
    first, dictionary = raw[4], struct.unpack("<I", raw[5:9])[0]
    if first >= 9 * 5 * 5:
        raise ZipMemberError(f"{name} has LZMA properties this reader does not know")
    pb, rest = divmod(first, 45)
    lp, lc = divmod(rest, 9)
    dictionary = min(dictionary, max(limit + 1, 4096))
    lzma_filter = {"id": lzma.FILTER_LZMA1, "dict_size": dictionary, "lc": lc, "lp": lp, "pb": pb}
    return lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[lzma_filter]), bytes(raw[9:])
