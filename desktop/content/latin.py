"""Kazakh in the Latin alphabet: one table, used for reading, export and search.

The table follows the Kazakh Latin alphabet approved in 2021 (the presidential
decree amending Decree No. 569 of 26 October 2017, as presented by the
government on 28 January 2021): Ä Ğ Q Ñ Ö Ū Ü Ş, І → I ı, И and Й → İ i.
Where sources disagree or the 2021 alphabet is silent, the choices are:

- Ц → ts, Ч → ch, Щ → şş, Ё → io, Ю → iu, Я → ia: the government's transliteration
  guidance writes loanword letters with the alphabet's own letters rather than adding
  C/Ç, so every output letter is one a Kazakh keyboard in the new alphabet has;
- І → I ı (dotless) and И/Й → İ i (dotted), as the 2021 version has it (the 2017 and
  2018 drafts used I' and Ý); Һ → H like Х, since the alphabet has one H;
- Ъ and Ь are dropped, as in all official versions.
"""

from __future__ import annotations

import bisect

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.content.model import Article, Block

CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "",
    "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def to_latin(text: str) -> str:
    """Cyrillic Kazakh in the 2021 Latin alphabet; capitals stay capitals, other text is untouched."""
    return "".join(_latin_pieces(text))


def _latin_pieces(text: str) -> list[str]:
    """The Latin spelling of each character of text (empty, one or two letters)."""
    pieces = []
    for index, char in enumerate(text):
        lower = char.lower()
        latin = CYRILLIC_TO_LATIN.get(lower)
        if latin is None:
            pieces.append(char)
        elif char != lower and latin:
            if lower in ("и", "й"):
                pieces.append("İ")
            elif len(latin) > 1:
                next_char = text[index + 1] if index + 1 < len(text) else ""
                pieces.append(latin.upper() if next_char.isupper() else latin[0].upper() + latin[1:])
            else:
                pieces.append("I" if lower == "і" else latin.upper())
        else:
            pieces.append(latin)
    return pieces


def latin_offsets(text: str) -> list[int]:
    """Where each character of text starts in its Latin spelling (plus the total length at the end)."""
    offsets = [0]
    for piece in _latin_pieces(text):
        offsets.append(offsets[-1] + len(piece))
    return offsets


class LatinSpans:
    """Maps character spans of an article's passages to the same characters in its Latin spelling."""

    def __init__(self, article: Article) -> None:
        self._article = article
        self._offsets: dict[int, list[int]] = {}

    def _of(self, passage: int) -> list[int]:
        offsets = self._offsets.get(passage)
        if offsets is None:
            offsets = self._offsets[passage] = latin_offsets(self._article.passages[passage].text)
        return offsets

    def span(self, passage: int, start: int, end: int) -> tuple[int, int]:
        offsets = self._of(passage)
        return offsets[start], offsets[end]

    def cyrillic_span(self, passage: int, start: int, end: int) -> tuple[int, int]:
        """The reverse: Latin characters [start, end) of a passage back to the written ones.

        A Latin span that cuts a letter written with two (Ş for Щ is "şş") widens to the whole letter.
        """
        offsets = self._of(passage)
        first = bisect.bisect_right(offsets, start) - 1
        last = bisect.bisect_left(offsets, end)
        return max(0, first), min(len(offsets) - 1, last)


def _latin_block(block: Block) -> Block:
    """A block in Latin letters; its note references moved to the same letters' new places."""
    from desktop.content.model import Paragraph, Verse, map_block_texts  # here: search needs to_latin alone

    if isinstance(block, Paragraph) and block.refs:
        offsets = latin_offsets(block.text)
        refs = tuple(ref._replace(start=offsets[ref.start], end=offsets[ref.end]) for ref in block.refs)
        return Paragraph(to_latin(block.text), refs)
    if isinstance(block, Verse) and block.refs:
        lines = [latin_offsets(line) for line in block.lines]
        refs = tuple(ref._replace(start=lines[ref.line][ref.start], end=lines[ref.line][ref.end]) for ref in block.refs)
        return Verse(tuple(to_latin(line) for line in block.lines), block.preformatted, refs)
    return map_block_texts(block, to_latin)


def latin_article(article: Article) -> Article:
    """The same article with every text in the Latin alphabet; passages keep their numbers."""
    sections = []
    for section in article.sections:
        blocks = tuple(_latin_block(block) for block in section.blocks)
        sections.append(
            section._replace(label=to_latin(section.label), heading=to_latin(section.heading), blocks=blocks)
        )
    return article.replace(title=to_latin(article.title), sections=tuple(sections))


__all__ = ["CYRILLIC_TO_LATIN", "LatinSpans", "latin_article", "latin_offsets", "to_latin"]
