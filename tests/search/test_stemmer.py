"""The light Kazakh stemmer."""

import pytest

from desktop.search.stemmer import stem


@pytest.mark.parametrize(
    ("forms", "stem_"),
    [
        (["сапар", "сапары", "сапарын", "сапарды", "сапарына", "сапарда", "сапардан", "сапармен"], "сапар"),
        (["ел", "елдің"], None),  # too short to strip: stems stay distinct rather than over-match
        (["қала", "қалалар", "қалаларда", "қалалардың", "қаласы", "қаласының"], "қала"),  # plural, possessive
        (["мектеп", "мектептер", "мектептерге", "мектебі"], "мектеп"),  # front harmony, п/б
        (["агенттік", "агенттігі"], "агенттік"),  # к/г alternation
        (["кітап", "кітабы"], "кітап"),  # п/б alternation
        (["бақ", "бағы"], "бақ"),  # қ/ғ alternation
        (["мәскеу", "мәскеуге", "мәскеумен"], "мәскеу"),  # a noun ending in у keeps it
        (["тоқаев", "тоқаевтың"], "тоқаев"),  # a name takes back suffixes after е
        (["саласы", "саласындағы"], "сала"),
    ],
)
def test_forms_of_a_word_share_a_stem(forms, stem_):
    stems = {stem(form) for form in forms if len(form) > 2}
    if stem_ is None:
        assert stem(forms[0]) != stem(forms[1])
    else:
        assert stems == {stem_}


@pytest.mark.parametrize(("short", "long"), [("ат", "ата"), ("ол", "олар"), ("ай", "айтты"), ("ал", "алды")])
def test_short_words_do_not_swallow_longer_ones(short, long):
    assert stem(short) != stem(long)


@pytest.mark.parametrize("word", ["reuters", "2025", "le", "", "csis"])
def test_non_kazakh_words_are_left_alone(word):
    assert stem(word) == word
