"""A copyright line is told by plain-text pieces first (``web_page._is_legal``): exactly the lines the
regular expression ``_LEGAL`` finds, never one more or one less (a block's kind decides the article,
whose text keys the reader's notes)."""

from __future__ import annotations

import random
import re

import pytest

from desktop.content.formats import web_page
from desktop.content.formats.web_page import _LEGAL, LEGAL_ANCHORS, _is_legal
from tests.helpers.web_gold import pages

EVERY_CHARACTER = "".join(map(chr, range(0x110000)))

ALTERNATIVE_EXAMPLES = [
    "©",
    "(c) 2024",
    "Copyright",
    "All rights reserved",
    "Все права защищены",
    "Барлық құқықтар қорғалған",
    "Перепечатка материалов только с разрешения",
    "Материалдарды көшіріп басқанда сілтеме",
]
"""A match of each of ``_LEGAL``'s alternatives, in its order."""

EDGE_CASES = [
    "",
    "(c)",
    "(c)2024",
    "(C)\n2024",
    "(c) 202",
    "(c)  2024",
    "x(c)\u00a02024y",
    "(ｃ) 2024",
    "COPYRIGHT 2025 BAQ.KZ",
    "copyrİght",
    "İ copyright",
    "İstanbul (c) 2024",
    "copy right",
    "all  rights reserved",
    "ALL RIGHTS RESERVED",
    "all rightſ reſerved",
    "all rights reserved\n",
    "all rights\nreserved",
    "ᲀсе праᲀа защищены",
    "все права ЗАЩИЩЕНЫ",
    "все  права защищены",
    "барлық құқықтар қорғалған",
    "БАРЛЫҚ ҚҰҚЫҚТАР ҚОРҒАЛҒАН",
    "перепечатка разрешени",
    "перепечатка " + "ы" * 40 + "разрешения",
    "перепечатка " + "ы" * 41 + "разрешения",
    "перепечатка ы\nразрешения",
    "материалдарды " + "ы" * 60 + "сілтеме",
    "материалдарды " + "ы" * 61 + "сілтеме",
    "МАТЕРИАЛДАРДЫ сілтеме",
    "маᲄериалдарды сілтеме",
    "ериалдарды сілтеме",
    "Σ copyright Σ",
    "a © b",
]


def test_each_letter_of_the_pieces_is_matched_ignoring_case_only_by_letters_that_lower_case_to_it():
    letters = sorted({letter for anchor, _offset in LEGAL_ANCHORS for letter in anchor})
    for letter in letters:
        matched = re.findall(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE)
        assert matched and all(character.lower() == letter for character in matched), letter


def test_each_alternative_holds_its_piece_at_its_place():
    alternatives = _LEGAL.pattern.split("|")
    assert len(alternatives) == len(LEGAL_ANCHORS) == len(ALTERNATIVE_EXAMPLES)
    for alternative, (anchor, offset), example in zip(alternatives, LEGAL_ANCHORS, ALTERNATIVE_EXAMPLES, strict=True):
        assert re.compile(alternative, re.IGNORECASE).match(example), alternative
        assert example.lower()[offset : offset + len(anchor)] == anchor, alternative
        literal_start = re.sub(r"\\(.)", r"\1", alternative.split("\\s")[0].split(".{")[0])
        assert literal_start[offset : offset + len(anchor)] == anchor, alternative  # before any part of variable length


def test_hand_written_edge_cases_are_told_as_the_expression_tells_them():
    found = [text for text in EDGE_CASES if _is_legal(text)]
    assert found == [text for text in EDGE_CASES if _LEGAL.search(text)]
    assert {"all rightſ reſerved", "ᲀсе праᲀа защищены", "copyrİght", "(C)\n2024"} <= set(found)  # as re folds case
    assert not {"(c) 202", "copy right", "перепечатка ы\nразрешения", "ериалдарды сілтеме"} & set(found)


def _random_text(generator: random.Random) -> str:
    """Pieces of matches, cut and joined, in mixed case, with the characters that fold unusually."""
    pieces = [*ALTERNATIVE_EXAMPLES, " ", "\n", "2024", "(", ")", "c", "İ", "ı", "ſ", "K", "ᲀ", "ᲄ", "ᲃ", "Σ", "x"]
    parts = []
    for _ in range(generator.randint(1, 8)):
        piece = generator.choice(pieces)
        if generator.random() < 0.5:
            start = generator.randint(0, len(piece))
            piece = piece[start : generator.randint(start, len(piece))]
        parts.append(piece.upper() if generator.random() < 0.3 else piece)
    return "".join(parts)


def test_many_texts_are_told_as_the_expression_tells_them():
    generator = random.Random(2026)
    texts = [_random_text(generator) for _ in range(30_000)]
    told = [_is_legal(text) for text in texts]
    assert told == [bool(_LEGAL.search(text)) for text in texts]
    assert 1000 < sum(told) < len(texts) - 1000  # both kinds, many of each


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_every_block_of_the_hand_marked_pages_is_told_as_the_expression_tells_it(page):
    from desktop.content.formats.html_charset import decode_html

    document = web_page.parse(decode_html(page.html.read_bytes())[0])
    blocks, _order = web_page.finished(web_page._block_steps(document))
    for block in blocks:
        assert _is_legal(block.text) == bool(_LEGAL.search(block.text)), block.text
