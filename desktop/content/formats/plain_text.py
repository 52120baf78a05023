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
    """(title, body) of a plain-text file.

    The text is cut with string searches, never split into all its lines: a 32 MiB book has
    half a million of them.
    """
    text = decode(data)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = fallback_title
    found = NOT_SPACE.search(text)
    if found is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _is_title(text[start:end]):
            title = clean(text[start:end])
            text = text[end + 1 :]
    body = text.strip("\n")
    blocks = BLANK_LINE.split(body) if BLANK_LINE.search(body) else body.split("\n")
    builder = ArticleBuilder()
    for block in blocks:
        builder.paragraph(block)
    return title, builder


def _is_title(line: str) -> bool:
    """A short first line that does not end a sentence is the title."""
    text = line.strip()
    return len(text) <= TITLE_LENGTH and not text.endswith((".", "!", "?", ",", ";", ":"))
