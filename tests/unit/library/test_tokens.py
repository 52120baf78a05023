"""The library's stored words: the article search's words and spans, folded a piece at a time."""

from __future__ import annotations

import pytest

from desktop.library.tokens import PieceTokenizer, pack, unpack
from desktop.search.engine import passage_tokens

TRICKY = (
    "Тепе-теңдік  сақталды — «Ресей» мен АҚШ.",
    "О'Брайен және d'Artagnan; ҚАЗАҚСТАН\u00a0Республикасы",
    "Cапар (Latin C) мен Kазақ: аралас әріптер",
    "жа\u00adңа сөз\u200bдер және е\u0301кпін",
    " \u0301басында белгі, соңында-\n- сызықша ",
    "1991 жылы 16 желтоқсан, 3,5 %",
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


@pytest.mark.parametrize("length", [10, 70_000])
def test_words_and_spans_read_back_as_written(length):
    ids = [0, 7, 2**32 - 1, 12]
    spans = [0, 3, 4, 9, length - 9, length - 2, length - 2, length]
    assert [list(part) for part in unpack(pack(ids, spans, length), length)] == [ids, spans]


@pytest.mark.parametrize("text", TRICKY)
def test_the_catalogue_counts_the_words_search_reads_in_the_raw_text(text):
    from desktop.library.catalogue import _WORD
    from desktop.search.normalize import tokenize

    assert _WORD.findall(text) == [token.text for token in tokenize(text)]
