"""A line of text as the formats' readers keep it: white space of every kind made one space, NFC; the
paragraphs they add."""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.content.formats.build import ArticleBuilder, TextTooLargeError, clean
from desktop.content.model import BulletList, Paragraph


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Кең дала.", "Кең дала."),
        ("  Кең   дала.  ", "Кең дала."),
        ("Кең\tдала\nмен\r\nтау", "Кең дала мен тау"),
        ("Кең\u00a0дала", "Кең дала"),  # no-break space
        ("Кең\u3000дала\u2028тау\u2029өзен", "Кең дала тау өзен"),
        ("Кең\u202fдала\u205fтау\u2009өзен\x0bкөл\x0cқұм", "Кең дала тау өзен көл құм"),
        ("Кең \u00a0\t дала", "Кең дала"),
        ("жа\u00adңа", "жа\u00adңа"),  # a soft hyphen is not white space
        ("е\u0301кпін", "е́кпін"),  # NFC; no precomposed е with acute exists, so it stays two characters
        ("Ю\u0308", "Ю\u0308"),
        ("\u0410\u0306", "\u04d0"),  # А with a combining breve composes to Ӑ
    ],
)
def test_white_space_of_every_kind_becomes_one_space_and_the_text_is_nfc(text, kept):
    assert clean(text) == kept


WHITE_SPACE = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]


def test_a_space_is_the_only_white_space_that_is_printable():
    """What ``clean`` keeps a text by: a printable text's only white space is spaces."""
    assert [char for char in WHITE_SPACE if char.isprintable()] == [" "]


@given(
    st.lists(
        st.sampled_from([*WHITE_SPACE, "а", "ә", "Ю", "\u0308", "\u0301", "\u00ad", "\u200b", "x"]) | st.characters(),
        max_size=40,
    ).map("".join)
)
@settings(max_examples=600, deadline=None)
def test_a_cleaned_text_is_the_words_of_its_nfc_form_joined_by_one_space(text):
    assert clean(text) == " ".join(unicodedata.normalize("NFC", text).split())


def _blocks(builder: ArticleBuilder) -> list[object]:
    article = builder.build("Атауы", dt.date(2025, 1, 1), "x")
    return [(section.heading, block) for section in article.sections for block in section.blocks]


@pytest.mark.parametrize("after_list", [False, True])
def test_paragraphs_added_at_once_are_the_paragraphs_added_one_by_one(after_list):
    texts = ["  Бірінші\nабзац ", "", " \t ", "Екінші", "Ю\u0308 үшінші"]
    one_by_one, at_once = ArticleBuilder(), ArticleBuilder()
    for builder in (one_by_one, at_once):
        builder.heading("Бөлім")
        if after_list:
            builder.list_item("тармақ")  # a list still open: closed before the first paragraph, as one by one
    for text in texts:
        one_by_one.paragraph(text)
    at_once.paragraphs(texts)
    assert _blocks(at_once) == _blocks(one_by_one)
    assert [block for _heading, block in _blocks(at_once)][-3:] == [
        Paragraph("Бірінші абзац"),
        Paragraph("Екінші"),
        Paragraph("Ю\u0308 үшінші"),
    ]
    assert {type(block) for _heading, block in _blocks(at_once)[-3:]} == {Paragraph}  # not tuples equal to them


def test_paragraphs_of_no_text_leave_a_list_open():
    builder = ArticleBuilder()
    builder.list_item("тармақ")
    builder.paragraphs(["", "  "])
    builder.list_item("тағы бір")
    assert [block for _heading, block in _blocks(builder)] == [BulletList(("тармақ", "тағы бір"))]


def test_paragraphs_at_once_are_counted_against_the_limit():
    builder = ArticleBuilder(limit=9)
    builder.paragraphs(["сөз"])  # 6 bytes of UTF-8
    with pytest.raises(TextTooLargeError):
        builder.paragraphs(["а", "ә"])  # 2 more bytes, then 2: past 9
