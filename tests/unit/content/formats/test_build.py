"""A line of text as the formats' readers keep it: white space of every kind made one space, NFC."""

from __future__ import annotations

import pytest

from desktop.content.formats.build import clean


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
