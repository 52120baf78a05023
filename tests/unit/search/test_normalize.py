"""Folding: what the text and the query have in common before they are compared."""

import pytest

from desktop.search.normalize import fold, tokenize


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ҚАЗАҚСТАН", "қазақстан"),  # case
        ("ӘҒҚҢӨҰҮҺІ", "әғқңөұүһі"),  # every Kazakh-specific capital
        ("қауіп\u00adсіздік", "қауіпсіздік"),  # soft hyphen
        ("қауіп\u200bсіздік", "қауіпсіздік"),  # zero-width space
        ("са\u0301пар", "сапар"),  # stress mark
        ("и\u0306", "й"),  # the breve of Й is a letter, not a stress mark
        ("е\u0308", "ё"),
        ("жаңа\u00a0тарау", "жаңа тарау"),  # no-break space
        ("«тыныш»", '"тыныш"'),  # Kazakh quotes
        ("“тыныш”", '"тыныш"'),
        ("сапар – екіжақты", "сапар - екіжақты"),  # en dash
        ("Қaзaқcтaн", "қазақстан"),  # Latin a, c inside a Cyrillic word
        ("Ресeй", "ресей"),  # Latin e
        ("тәуeлсiз", "тәуелсіз"),  # Latin i is Kazakh і
        ("Le Monde", "le monde"),  # Latin words stay Latin
    ],
)
def test_folding(text, folded):
    assert fold(text).text == folded


def test_every_folded_character_maps_back_to_the_original():
    text = "Қaзақ\u00adстан\u00a0«тепе-теңдік» са\u0301пар"
    folded = fold(text)
    for token in tokenize(folded.text):
        start, end = folded.original_span(token.start, token.end)
        original = text[start:end].replace("\u00ad", "").replace("\u0301", "")
        assert fold(original).text == token.text


def test_hyphens_join_compound_words():
    tokens = tokenize(fold("тепе-теңдік және көлік-логистика").text)
    assert [(t.text, t.joined_to_next) for t in tokens] == [
        ("тепе", True),
        ("теңдік", False),
        ("және", False),
        ("көлік", True),
        ("логистика", False),
    ]


def test_the_fast_paths_classes_are_the_case_blind_ones_they_stand_for():
    """The pattern that sends text to the full fold is written without re.IGNORECASE (cheaper to compile):
    each of its classes matches the same characters as the case-blind class it stands for."""
    import re
    import sys

    from desktop.search import normalize

    pairs = (
        ("[\u00ad\u200b-\u200d\u2060\ufeff\u180e\u0300-\u036fİ]", normalize._DROPPED_OR_MARK),
        ("[a-zəö]", normalize._LATIN),
        ("[\u0400-\u052f]", normalize._CYRILLIC),
    )
    characters = "".join(map(chr, range(sys.maxunicode + 1)))
    for case_blind, written_out in pairs:
        assert re.findall(case_blind, characters, re.IGNORECASE) == re.findall(written_out, characters)
