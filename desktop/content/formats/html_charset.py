"""The character set of a saved web page: its byte-order mark, what the page declares, else a careful guess.

Browsers save a page in the bytes it came in, so a Kazakh or Russian page may be UTF-8,
UTF-16, windows-1251, kz1048 (RK1048, the Kazakh Windows code page: ә ғ қ ң ө ұ ү һ) or
KOI8-R. In order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) settles it;
2. else what the page declares in its first 16 KiB: ``<meta charset>``, ``<meta http-equiv=
   "Content-Type" content="…; charset=…">`` or an XML declaration's ``encoding``; labels are
   read as browsers read them (``latin1`` and ``us-ascii`` mean windows-1252, ``x-cp1251`` is
   windows-1251, a UTF-16 label in bytes that hold a meta tag means UTF-8). A declaration is
   believed unless the bytes contradict it: a page that says UTF-8 but is not valid UTF-8 is
   guessed, and one that says a single-byte set but is valid UTF-8 with non-ASCII letters
   is UTF-8 (converted by a tool that left the old tag; text in a single-byte set is
   practically never valid UTF-8);
3. else valid UTF-8 is UTF-8, bytes with zeros in many odd (or even) places and next to none
   in the others are UTF-16 (its markup is ASCII), and
   otherwise each of windows-1251, kz1048, KOI8-R and windows-1252 is tried and the one whose
   words look like words wins: one alphabet per word, the case of a word's letters as text
   has it (``слово``, ``Слово``, ``СЛОВО``, not ``сЛОВО``), no drawing symbols or control
   characters. windows-1251 and kz1048 differ in 16 bytes only: where such bytes stand in
   words, Kazakh letters win over the Serbian, Macedonian and Ukrainian ones in their place.

Only the standard library's codecs are used.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

PRESCAN = 16 * 1024
"""How far into the file a declaration is looked for (browsers look at 1 KiB; saved pages put long scripts first)."""
GUESS_SAMPLE = 64 * 1024
"""How much of a page a guess reads: enough words to tell, and quick on a 4 MiB file."""
GUESS_WORDS = 600
"""Words with letters beyond ASCII a guess weighs per reading: a few hundred tell the readings apart."""
GUESSES = ("cp1251", "kz1048", "koi8_r", "cp1252")
"""Tried in this order; the first of equal scores wins."""
LABELS = {
    "utf8": "utf-8", "unicode11utf8": "utf-8", "unicode20utf8": "utf-8", "xunicode20utf8": "utf-8",
    "windows1251": "cp1251", "cp1251": "cp1251", "xcp1251": "cp1251",
    "kz1048": "kz1048", "rk1048": "kz1048", "strk10482002": "kz1048",
    "koi8r": "koi8_r", "koi8": "koi8_r", "cskoi8r": "koi8_r", "koi": "koi8_r", "koi8u": "koi8_u", "koi8ru": "koi8_u",
    "iso88591": "cp1252", "latin1": "cp1252", "usascii": "cp1252", "ascii": "cp1252", "windows1252": "cp1252",
    "cp1252": "cp1252", "l1": "cp1252", "iso885915": "iso8859_15",
    "iso88595": "iso8859_5", "cyrillic": "iso8859_5", "ibm866": "cp866", "cp866": "cp866", "866": "cp866",
    "xmaccyrillic": "mac_cyrillic", "maccyrillic": "mac_cyrillic",
    "utf16": "utf-8", "utf16le": "utf-8", "utf16be": "utf-8", "unicode": "utf-8",
}  # fmt: skip
"""Labels as browsers map them (the WHATWG Encoding standard), by the label's letters and digits."""
NOT_WEB_CODECS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7", "undefined"})
"""Python codecs no browser reads a page in: a page that names one is guessed instead."""
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META = re.compile(rb"<meta\b[^>]*>", re.I)
_CHARSET_ATTR = re.compile(rb"""\bcharset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']""", re.I)
_FOREIGN_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")
"""A word with a letter beyond ASCII."""
_ODD_CHARACTER = re.compile(r"[^\x00-\x7f\w\s]")
"""A character beyond ASCII that is not a letter, digit or space (a symbol, a control, U+FFFD)."""
_KAZAKH = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһ")
_FOREIGN_CYRILLIC = frozenset("ЂђЃѓЉљЊњЌќЋћЏџЎўЈҐґЄєЅѕЇї")
"""Letters of windows-1251 that neither Kazakh nor Russian use: where kz1048 has Kazakh letters."""


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the character set the page declares, or None (no declaration, or one unknown)."""
    head = _without_comments(data[:PRESCAN])
    found = _XML_DECLARATION.match(head)
    labels = [found.group(1)] if found else []
    for meta in _META.finditer(head):
        charset = _CHARSET_ATTR.search(meta.group())
        if charset:
            labels.append(charset.group(1))
    for label in labels:
        codec = codec_for(label.decode("ascii", "replace"))
        if codec is not None:
            return codec
    return None


def _without_comments(head: bytes) -> bytes:
    """The bytes outside <!-- comments -->, found in one pass (an unclosed comment runs to the end)."""
    kept: list[bytes] = []
    position = 0
    while True:
        start = head.find(b"<!--", position)
        if start < 0:
            kept.append(head[position:])
            return b"".join(kept)
        kept.append(head[position:start])
        end = head.find(b"-->", start + 4)
        if end < 0:
            return b"".join(kept)
        position = end + 3


def codec_for(label: str) -> str | None:
    """The Python codec for a charset label, or None; only codecs that keep ASCII as ASCII (as a meta tag needs)."""
    key = re.sub(r"[^0-9a-z]", "", label.lower())
    if key in LABELS:
        return LABELS[key]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in NOT_WEB_CODECS:
        return None
    if "utf-16" in name or "utf-32" in name or "utf_16" in name or "utf_32" in name:
        return "utf-8"
    try:
        return name if "<meta>".encode(name) == b"<meta>" else None
    except (UnicodeError, LookupError):
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, the codec it was read with); never fails: a byte no codec reads becomes U+FFFD."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace"), codec
    declared = declared_charset(data)
    is_utf8 = _is_utf8(data)
    if declared == "utf-8" and is_utf8:
        return data.decode("utf-8"), "utf-8"
    if declared not in (None, "utf-8"):
        assert declared is not None
        if is_utf8 and not data.isascii():
            return data.decode("utf-8"), "utf-8"
        try:
            return data.decode(declared, "replace"), declared
        except (UnicodeError, LookupError):  # a codec Python has but cannot read this page with
            pass
    if is_utf8:
        return data.decode("utf-8"), "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, "replace"), utf16
    return guess(data)


class NotUtf8Error(ValueError):
    """Bytes that read as UTF-8 so far are not UTF-8 further on: the page is decoded otherwise, from its start."""


def decode_html_pieces(data: bytes, size: int) -> Iterator[str]:
    """``decode_html``'s text in pieces (of about ``size`` bytes), each decoded when it is asked for.

    A page with a byte-order mark is read in its codec; one that would be read as UTF-8 when its
    bytes are UTF-8 (no declaration, a UTF-8 one, or any with letters beyond ASCII) is read as
    UTF-8 until its bytes say otherwise: then NotUtf8Error, and the caller starts again from
    ``decode_html`` (which then reads it whole). Any other page is decoded whole first.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            yield from _pieces(codecs.getincrementaldecoder(codec)("replace"), data, len(bom), size)
            return
    declared = declared_charset(data)
    if declared in (None, "utf-8") or not data.isascii():
        try:
            yield from _pieces(codecs.getincrementaldecoder("utf-8")("strict"), data, 0, size)
        except UnicodeDecodeError:
            raise NotUtf8Error("not UTF-8 past its first bytes") from None
        return
    text = decode_html(data)[0]
    for start in range(0, len(text), size):
        yield text[start : start + size]


def _pieces(decoder: codecs.IncrementalDecoder, data: bytes, start: int, size: int) -> Iterator[str]:
    view = memoryview(data)
    for position in range(start, len(data), size):
        yield decoder.decode(view[position : position + size], final=position + size >= len(data))
    if start >= len(data):
        yield decoder.decode(b"", final=True)


def guess(data: bytes) -> tuple[str, str]:
    """The single-byte reading whose words look most like words."""
    best: tuple[float, str] | None = None
    sample = data[:GUESS_SAMPLE]
    for codec in GUESSES:
        score = _plausibility(sample.decode(codec, "replace"))
        if best is None or score > best[0]:
            best = (score, codec)
    assert best is not None
    return data.decode(best[1], "replace"), best[1]


def _plausibility(text: str) -> float:
    """Words in one alphabet and in a case text has, minus misfits, drawing symbols and controls.

    Only words with letters beyond ASCII tell the readings apart; the first few thousand are enough.
    """
    score = 0.0
    for count, word in enumerate(_FOREIGN_WORD.findall(text)):
        if count >= GUESS_WORDS:
            break
        scripts = {_script(letter) for letter in word}
        accented = scripts == {"LATIN"} and sum(not letter.isascii() for letter in word) * 2 > len(word)
        if len(scripts) > 1 or accented or not (word.islower() or word.isupper() or word.istitle()):
            score -= 2  # "Cafй", "Ïðåçèäåíò", "пРИВЕТ": not words of any language
        else:
            score += 1
        foreign = sum(letter in _FOREIGN_CYRILLIC for letter in word)
        kazakh = sum(letter in _KAZAKH for letter in word)
        score += 0.5 * kazakh - 1.5 * foreign
    for count, character in enumerate(_ODD_CHARACTER.findall(text)):
        if count >= GUESS_WORDS:
            break
        if unicodedata.category(character) in ("So", "Cc", "Co", "Cn") or character == "\ufffd":
            score -= 1
    return score


def _script(letter: str) -> str:
    """LATIN, CYRILLIC or OTHER, by where the letter stands in Unicode."""
    point = ord(letter)
    if point < 0x250:
        return "LATIN"
    return "CYRILLIC" if 0x400 <= point < 0x530 else "OTHER"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 when most of the first bytes' even or odd places are zeros (ASCII markup in UTF-16)."""
    sample = data[: min(4096, len(data) // 2 * 2)]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.1 * half and even <= 0.01 * half:
        return "utf-16-le"
    if even > 0.1 * half and odd <= 0.01 * half:
        return "utf-16-be"
    return None
