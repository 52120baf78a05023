"""The library's stored words: the article search's words and spans, folded a piece at a time."""

from __future__ import annotations

import pytest

from desktop.library.tokens import (
    SHORT_TEXT,
    WORD,
    PieceTokenizer,
    WordNumbers,
    pack,
    pack_numbers,
    phrase_pairs,
    unpack,
)
from desktop.search.engine import Level, passage_tokens

TRICKY = (
    "Тепе-теңдік  сақталды — «Ресей» мен АҚШ.",
    "О'Брайен және d'Artagnan; ҚАЗАҚСТАН\u00a0Республикасы",
    "Cапар (Latin C) мен Kазақ: аралас әріптер",
    "жа\u00adңа сөз\u200bдер және е\u0301кпін",
    " \u0301басында белгі, соңында-\n- сызықша ",
    "1991 жылы 16 желтоқсан, 3,5 %",
    "бір\n\u0301екі\t\u0308үш  төрт\u2003бес \u00a0алты",
    "",
    "\t\n ",
)


@pytest.mark.parametrize("text", TRICKY)
def test_pieces_give_the_words_and_spans_of_the_whole_text(text):
    words, spans = passage_tokens(text)
    tokenizer = PieceTokenizer()
    for _twice in range(2):  # the second time from the cache
        assert tokenizer(text) == (words, list(spans))


def test_every_passage_of_the_article_gives_the_same_words(article):
    tokenizer = PieceTokenizer()
    for passage in article.passages:
        words, spans = passage_tokens(passage.text)
        assert tokenizer(passage.text) == (words, list(spans))


MANY_WORDED = "бір-екі-үш-төрт сөз бір-екі-үш-төрт-бес — алты, 1-2-3-4-5-6-7-8-9 сөз бір-екі-үш-төрт-бес"
"""Pieces of four words (the most whose starts are tabled), five and nine (repeated when asked), and of none."""


@pytest.mark.parametrize(
    "text", [*TRICKY, MANY_WORDED, "Ресей мен  «Қазақстан»\u00a0" * 3000]
)  # the last: spans past 16 bits
def test_numbered_pieces_give_the_words_spans_and_word_count_of_the_whole_text(text):
    words, spans = passage_tokens(text)
    numbers = WordNumbers()
    numbers.numbered("Ресей мен АҚШ: тепе-теңдік")  # words numbered before, some of them again in the text
    for _twice in range(2):  # the second time from the cache
        ids, packed, count = numbers.numbered(text)
        assert [numbers.words[number] for number in ids] == words
        assert list(unpack(pack_numbers(ids) + packed, len(text))[1]) == list(spans)
        assert count == len(WORD.findall(text))


@pytest.mark.parametrize("length", [SHORT_TEXT - 2, SHORT_TEXT - 1, SHORT_TEXT, SHORT_TEXT + 1])
def test_spans_of_a_text_about_as_long_as_the_table_of_starts(length):
    text = ("Қазақ сөзі, — Latin «word» " * (length // 20))[: length - 2] + " ы"  # the last word at its last character
    words, spans = passage_tokens(text)
    numbers = WordNumbers()
    ids, packed, count = numbers.numbered(text)
    assert len(text) == length
    assert [numbers.words[number] for number in ids] == words
    assert [list(part) for part in unpack(pack_numbers(ids) + packed, length)][1] == list(spans)
    assert list(spans[-2:]) == [length - 1, length]
    assert count == len(WORD.findall(text))


def test_each_new_word_is_numbered_once_in_the_order_it_comes():
    numbers = WordNumbers()
    first, _spans, _count = numbers.numbered("Дала, дала және тау-тас")
    second, _spans, _count = numbers.numbered("тас пен дала және су")
    assert numbers.words == ["дала", "және", "тау", "тас", "пен", "су"]
    assert (list(first), list(second)) == ([0, 0, 1, 2, 3], [3, 4, 0, 1, 5])


@pytest.mark.parametrize("length", [10, 70_000])
def test_words_and_spans_read_back_as_written(length):
    ids = [0, 7, 2**32 - 1, 12]
    spans = [0, 3, 4, 9, length - 9, length - 2, length - 2, length]
    assert [list(part) for part in unpack(pack(ids, spans, length), length)] == [ids, spans]


@pytest.mark.parametrize("text", TRICKY)
def test_the_catalogue_counts_the_words_search_reads_in_the_raw_text(text):
    from desktop.library.tokens import WORD as _WORD
    from desktop.search.normalize import tokenize

    assert _WORD.findall(text) == [token.text for token in tokenize(text)]


def test_a_phrases_word_pairs_are_found_in_the_stored_words_of_a_passage_that_holds_it():
    """SQLite leaves out the candidates without any pair side by side: a passage with the phrase always has one."""
    word, related = Level.WORD, Level.FAMILY
    groups = [[{5: word, 6: related}, {7: word}]]
    holds = pack([9, 6, 7, 5], [0, 1, 2, 3, 4, 5, 6, 7], 8)
    apart = pack([5, 9, 7], [0, 1, 2, 3, 4, 5], 6)
    assert any(pair in holds for pair in phrase_pairs(groups))
    assert not any(pair in apart for pair in phrase_pairs(groups))


def test_a_phrase_of_very_common_forms_is_not_prefiltered():
    many = {number: Level.FAMILY for number in range(100)}
    assert phrase_pairs([[many, many]]) == []
    assert phrase_pairs([[many, many], [{1: Level.WORD}, {2: Level.WORD}]]) != [], "the phrase with fewest pairs"
