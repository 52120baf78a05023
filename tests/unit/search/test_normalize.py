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
    each of its classes matches the same characters as the case-blind class it stands for (but the ASCII i and I,
    which fold one for one)."""
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
        found = re.findall(case_blind, characters, re.IGNORECASE)
        if written_out == normalize._DROPPED_OR_MARK:
            found = [character for character in found if character not in "Ii"]
        assert found == re.findall(written_out, characters)


def test_the_fast_path_folds_as_the_full_fold_wherever_it_is_taken():
    """Text the pattern lets through is folded in one step (punctuation, then casefold): the same text and spans as
    the fold character by character, for every character alone, beside a Cyrillic and a Latin letter, inside
    words of both scripts, and in mixed texts."""
    import random
    import sys
    import unicodedata

    from desktop.search import normalize

    def agrees(text: str) -> bool:
        if normalize._needs_full_fold_by_hand(text) or any(unicodedata.combining(c) for c in text):
            return True  # a mark outside U+0300-U+036F (Cyrillic titlo, other scripts'): kept by the fast path
        fast, full = normalize.fold(text), normalize._full_fold(text)
        return (fast.text, list(fast.starts), list(fast.ends)) == (full.text, list(full.starts), list(full.ends))

    for code in [*range(0x10000), *range(0x10000, sys.maxunicode + 1, 97)]:  # every letter of living scripts
        character = chr(code)
        for text in (character, f"ә{character}", f"{character}ә", f"a{character}", f"Reuters {character} Іле"):
            assert agrees(text), (hex(code), text)
    telling = [*"IiİıΙιaAzZәӘіІ -'«»`\t", "\u0301", "\u00ad", "\u0306", "\u0308"]
    chooser = random.Random(11)
    for _ in range(20000):
        assert agrees("".join(chooser.choice(telling) for _ in range(chooser.randrange(1, 12))))
    for text in ("Reuters агенттігі", "CSIS талдаушысы", "Financial Times пен Der Spiegel", "II ғасыр", "Iле"):
        assert agrees(text)


def test_the_fast_path_checked_by_hand_finds_what_its_pattern_finds():
    """A query's first words are checked character by character, not by the compiled pattern: the same answer for
    every character alone, every pair of the characters the pattern tells apart, and mixed texts."""
    import random
    import re
    import sys

    from desktop.search import normalize

    pattern = re.compile(normalize._NEEDS_FULL_FOLD)
    by_hand = normalize._needs_full_fold_by_hand
    for code in range(sys.maxunicode + 1):
        assert by_hand(chr(code)) == bool(pattern.search(chr(code))), hex(code)
    edges = "\u03ff\u0400\u0416\u052f\u0530\u1c7f\u1c80\u1c87\u1c88"
    telling = sorted(normalize._LATIN_CHARACTERS | normalize._DROPPED_OR_MARK_CHARACTERS) + list(edges + "әӘ 1-'ÄäöüЁ")
    for first in telling:
        for second in telling:
            assert by_hand(first + second) == bool(pattern.search(first + second)), (first, second)
    chooser = random.Random(7)
    for _ in range(20000):
        text = "".join(chooser.choice(telling) for _ in range(chooser.randrange(1, 12)))
        assert by_hand(text) == bool(pattern.search(text)), text
    assert set(re.findall(normalize._LATIN, "".join(map(chr, range(0x10000))))) == normalize._LATIN_CHARACTERS
    marks = set(re.findall(normalize._DROPPED_OR_MARK, "".join(map(chr, range(0x10000)))))
    assert marks == normalize._DROPPED_OR_MARK_CHARACTERS


def test_a_querys_words_are_folded_without_compiling_the_pattern_and_many_texts_with_it():
    import subprocess
    import sys

    code = (
        "from desktop.search import normalize\n"
        "from desktop.search.normalize import fold\n"
        "assert fold('Мәскеуге сапары').text == 'мәскеуге сапары'\n"
        "assert fold('Mәскеу').text == 'мәскеу' and fold('сапа\u0301р').text == 'сапар'\n"
        "assert normalize._FastPath.pattern is None\n"
        "for number in range(normalize.HAND_CHECKS):\n"
        "    fold(f'{number}-тарау')\n"
        "assert normalize._FastPath.pattern is not None\n"
        "assert fold('Mәскеу').text == 'мәскеу' and fold('сапа\u0301р').text == 'сапар'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
