"""The article as shown: the Latin spelling's offsets to the written text and back, checked by hand."""

from typing import NamedTuple

import pytest

from desktop.content.loader import parse_article
from desktop.content.shown import ShownArticle

SOURCE = """\
+++
title = "Сынақ"
date = 2025-01-02
source = "Test"
language = "kk"

[[sections]]
id = "lead"
label = "Кіріспе"
heading = "Кіріспе"
icon = "fa6s.book-open"
+++
Щучинск пен Юрий, Қазақстан.
"""
# Written by hand from the 2021 alphabet: Щ→Şş, у→u, ч→ch, и→i, н→n, с→s, к→k; Ю→Iu, р→r, и→i, й→i.
SHOWN = "Şşuchinsk pen Iurii, Qazaqstan."


class FakeHit(NamedTuple):
    passage: int
    start: int
    end: int
    match: str


@pytest.fixture
def written():
    return parse_article(SOURCE)


def test_as_written_every_offset_is_itself(written):
    shown = ShownArticle(written)
    assert shown.text is written and not shown.latin
    assert shown.shown_span(0, 3, 7) == shown.written_span(0, 3, 7) == (3, 7)
    hits = [FakeHit(0, 0, 7, "Щучинск")]
    assert shown.shown_hits(hits) is hits


def test_in_latin_the_text_and_the_spans_follow_the_spelling(written):
    shown = ShownArticle(written, latin=True)
    assert shown.text.passages[0].text == SHOWN
    assert shown.shown_span(0, 0, 7) == (0, 9)  # Щучинск is nine Latin letters
    assert shown.shown_span(0, 12, 16) == (14, 19)  # Юрий: Iurii
    assert shown.shown_words(0, 14, 19) == "Iurii"
    assert shown.shown_span(0, 18, 27) == (21, 30)  # Қазақстан, after both


def test_a_latin_selection_goes_back_to_the_written_letters_and_widens_a_cut_one(written):
    shown = ShownArticle(written, latin=True)
    assert shown.written_span(0, 21, 30) == (18, 27)
    assert shown.written_span(0, 1, 9) == (0, 7), "half of şş is the whole Щ"


def test_hits_are_shown_where_and_as_they_are_read(written):
    shown = ShownArticle(written, latin=True)
    (hit,) = shown.shown_hits([FakeHit(0, 12, 16, "Юрий")])
    assert hit == FakeHit(0, 14, 19, "Iurii")
