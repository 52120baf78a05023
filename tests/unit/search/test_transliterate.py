"""Cyrillic ↔ Latin and the Latin skeleton search compares."""

import pytest

from desktop.search.transliterate import keyboard_fallback, latin_skeleton, to_latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Қазақстан", "Qazaqstan"),
        ("Мәскеу", "Mäskeu"),
        ("теңдік", "teñdık"),
        ("ғана", "ğana"),
        ("Шығыс", "Şyğys"),
        ("Ұлттық", "Ūlttyq"),
        ("Үкімет", "Ükımet"),
        ("Өзбекстан", "Özbekstan"),
        ("Иран", "İran"),
        ("Іле", "Ile"),
        ("Һ", "H"),
        ("Reuters", "Reuters"),
    ],
)
def test_official_2021_latin(cyrillic, latin):
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("letter", "typed"),
    [("қ", "к"), ("ғ", "г"), ("ң", "н"), ("ә", "а"), ("ө", "о"), ("ұ", "у"), ("ү", "у"), ("һ", "х"), ("і", "и")],
)
def test_keyboard_fallback_of_each_of_the_nine_letters(letter, typed):
    assert keyboard_fallback(letter) == typed


@pytest.mark.parametrize(
    ("spellings", "skeleton"),
    [
        (["Qazaqstan", "kazakstan", "Kazakhstan", "QAZAQSTAN"], "kazakstan"),
        (["Mäskeu", "maskeu"], "maskeu"),
        (["teñdık", "tendik", "tengdik"], "tendik"),
        (["Şyğys", "shygys", "shyghys"], "sigis"),
        (["jaña", "zhana", "zhanga"], "jana"),
    ],
)
def test_official_and_informal_latin_share_a_skeleton(spellings, skeleton):
    assert {latin_skeleton(s) for s in spellings} == {skeleton}
