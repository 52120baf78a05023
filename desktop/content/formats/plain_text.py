"""Plain text (.txt): paragraphs separated by blank lines, a short first line as the title.

Files from Windows Notepad come as UTF-8 with a byte-order mark or as UTF-16 ("Unicode"),
with CRLF line ends: all are read. Without any blank line, each line is a paragraph.
"""

from __future__ import annotations

import codecs
import re

from desktop.content.formats.build import ArticleBuilder, clean

TITLE_LENGTH = 120
BLANK_LINE = re.compile(r"\n[ \t]*\n")
NOT_SPACE = re.compile(r"\S")


class TextFormatError(ValueError):
    """The file's bytes are not text this reader can decode."""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with its BOM; TextFormatError otherwise."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise TextFormatError(f"not valid {encoding.upper()} text (byte {error.start})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise TextFormatError(f"not UTF-8 or UTF-16 text (line {line})") from None


def read_text(data: bytes, fallback_title: str) -> tuple[str, ArticleBuilder]:
    """(title, body) of a plain-text file: ``TextReader`` read to its end."""
    reader = TextReader(data, fallback_title)
    reader.read_rest()
    return reader.title, reader.builder


PIECE_BYTES = 64 * 1024
"""Bytes of a UTF-8 file decoded at a time: the text held but not yet cut into paragraphs stays small."""
NEWLINE = re.compile("\n")
_NOT_NUL_OR_SPACE = re.compile(rb"[^\0 \t\r\n\x0b\x0c]")
"""A byte that is neither NUL nor white space: looked for from where the text begins, without copying the file."""


class TextReader:
    """A plain-text file's title and paragraphs, read a piece at a time (a long book's first screen
    is shown before the rest is decoded and cut: ``loader.open_article``).

    Read to its end it gives what reading the file whole would: its text decoded, its line ends
    made LF, a short first line taken as the title, and the rest cut at blank lines, or at every
    line end when the text has no blank line (between its first and last lines). The text is cut
    with searches, never split into all its lines: a 32 MiB book has half a million of them.
    """

    def __init__(self, data: bytes, fallback_title: str, *, piece_bytes: int = PIECE_BYTES) -> None:
        self.title = fallback_title
        self._piece_bytes = piece_bytes
        self.builder = ArticleBuilder()
        self._data = data
        self._text = ""
        """Decoded, LF line ends, cut into paragraphs up to ``_place`` (a piece or two of the file)."""
        self._place = 0
        self._cut: re.Pattern[str] | None = None
        """What paragraphs are cut at, once known (``_start``)."""
        self._carried_cr = False
        self._in_one_piece = False
        """A UTF-8 text of one piece at most, decoded whole at once by ``_start`` (as its one piece would be)."""
        self._decoder: codecs.IncrementalDecoder | None = None
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # rare: decoded whole
            self._text, self._at = _lf(decode(data)), len(data)
            return
        self._at = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        if len(data) - self._at <= piece_bytes:  # every file of a library import, nearly
            self._in_one_piece = True
        else:
            self._decoder = codecs.getincrementaldecoder("utf-8")()

    @property
    def progress(self) -> tuple[int, int]:
        """Bytes of the file decoded, of all of them."""
        return self._at, len(self._data)

    def read_piece(self, size: int) -> bool:
        """Paragraphs of about ``size`` characters more (at least one); False once the whole text is read."""
        if self._cut is None:
            self._start()
        cut = self._cut
        assert cut is not None
        text, place, read = self._text, self._place, 0
        searched = place  # where the search for the next cut goes on from
        while read < size:
            found = cut.search(text, searched)
            if found is not None:
                self.builder.paragraph(text[place : found.start()])
                read += found.end() - place
                place = searched = found.end()
                continue
            # No cut in what is decoded: decode as much again as the paragraph so far (a paragraph of
            # megabytes is copied a few times, not once a piece), and search on from the last line end
            # (a cut begins at one: none that begins before it can end in what comes).
            more = self._decode_piece(len(text) - place)
            if more is None:  # all decoded: what is left is the last paragraph
                self.builder.paragraph(text[place:])
                self._text, self._place = "", 0
                return False
            line_end = text.rfind("\n", searched)
            searched = (len(text) if line_end < 0 else line_end) - place
            text, place = text[place:] + more, 0
        self._text, self._place = text, place  # not cut off here: a text decoded whole is not copied at each piece
        return True

    def read_rest(self) -> None:
        """Every paragraph not read yet, as ``read_piece`` reads them.

        A text decoded whole by now (every file shorter than a piece: a library import reads thousands)
        is cut by one ``re.split``, not searched for one cut at a time: the same pieces (the cuts never
        match empty text), without the interpreter's loop and slices for every paragraph."""
        if self._cut is None:
            self._start()
        cut = self._cut
        assert cut is not None
        if self._decoder is None:  # nothing left to decode, nor a CR carried
            text = self._text[self._place :] if self._place else self._text
            self.builder.paragraphs(cut.split(text))
            self._text, self._place = "", 0
            return
        while self.read_piece(len(self._data) + 1):
            pass

    def _decode_piece(self, at_least: int = 0) -> str | None:
        """The next piece of the text (LF line ends), of ``at_least`` bytes if more than a piece; None once
        all is decoded."""
        if self._decoder is None or (self._at >= len(self._data) and not self._carried_cr):
            return None
        end = min(self._at + max(self._piece_bytes, at_least), len(self._data))
        final = end >= len(self._data)
        try:
            text = self._decoder.decode(self._data[self._at : end], final)
        except UnicodeDecodeError:
            decode(self._data)  # raises the TextFormatError decoding the file whole does, with the same words
            raise
        self._at = end
        if self._carried_cr:
            text = "\r" + text
        self._carried_cr = not final and text.endswith("\r")  # a CR that a LF may follow in the next piece
        if self._carried_cr:
            text = text[:-1]
        if final:
            self._decoder = None
        return _lf(text)

    def _start(self) -> None:
        """The title, and what paragraphs are cut at: decoded as far as either needs.

        A file of NUL bytes (and spaces, line ends) is no text but a file never written, or a disk's
        image: refused as binary files are, before any of it is shown."""
        utf8 = self._decoder is not None or self._in_one_piece
        if utf8 and _NOT_NUL_OR_SPACE.search(self._data, self._at) is None:
            first = self._data.find(b"\0")
            if first >= 0:
                line = self._data[:first].count(b"\n") + 1
                raise TextFormatError(f"not UTF-8 or UTF-16 text (line {line})")
        if self._in_one_piece:  # its one piece, without a decoder kept for pieces to come (and the same errors)
            self._text, self._at, self._in_one_piece = _lf(decode(self._data)), len(self._data), False
        text = self._text
        while not _first_line_known(text) and (more := self._decode_more(text)) is not None:
            text = more
        found = NOT_SPACE.search(text)
        if found is not None:
            start = text.rfind("\n", 0, found.start()) + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if _is_title(text[start:end]):
                self.title = clean(text[start:end])
                text = text[end + 1 :]
        while (blank := _has_blank_line(text)) is None:  # paragraphs at blank lines, if there is one
            more = self._decode_more(text)
            if more is None:  # all of it decoded: looked at whole
                blank = BLANK_LINE.search(text.strip("\n")) is not None
                break
            text = more
        self._text = text
        self._cut = BLANK_LINE if blank else NEWLINE

    def _decode_more(self, text: str) -> str | None:
        """``text`` and the next piece; past two pieces, all the rest at once (a text that long with
        no line end, or no blank line, is looked at whole: it is not added to a piece at a time)."""
        if len(text) < 2 * self._piece_bytes:
            more = self._decode_piece()
            return None if more is None else text + more
        rest = list(iter(self._decode_piece, None))
        return "".join([text, *rest]) if rest else None


NOT_NEWLINE = re.compile("[^\n]")


def _first_line_known(text: str) -> bool:
    """Whether the first line with text (the title, if short) ends in ``text``."""
    found = NOT_SPACE.search(text)
    return found is not None and text.find("\n", found.start()) >= 0


def _has_blank_line(text: str) -> bool | None:
    """Whether the text (the start of the file's, after its title) has a blank line between its
    first and last lines; None when that is not known from this much of it."""
    lead = len(text) - len(text.lstrip("\n"))
    found = BLANK_LINE.search(text, lead)
    if found is not None and NOT_NEWLINE.search(text, found.end()) is not None:
        return True
    return None


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _is_title(line: str) -> bool:
    """A short first line that does not end a sentence is the title."""
    text = line.strip()
    return len(text) <= TITLE_LENGTH and not text.endswith((".", "!", "?", ",", ";", ":"))
