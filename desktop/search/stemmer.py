"""A light Kazakh stemmer: strips inflectional suffixes so every form of a word meets its stem.

Kazakh is agglutinative: сапар, сапары, сапарын, сапарды, сапарына are one word.
The stemmer removes, from the end, up to three layers of case, possessive,
plural and common verb endings, choosing the suffix variant that agrees with
the stem's vowels (harmony), and keeps at least MIN_STEM letters (so ат and ата,
ол and олар, ай and айтты stay apart). A stem-final к/г, қ/ғ, п/б
alternation (агенттік → агенттігі, кітап → кітабы) is folded to the voiceless
letter, on text and query alike. No Kazakh stemmer exists in Snowball or
ICU, hence this one.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.search.transliterate import keyboard_fallback

MIN_STEM = 3
MAX_LAYERS = 3

BACK_VOWELS = frozenset("аоұыя")
FRONT_VOWELS = frozenset("әөүіеэ")
VOWELS = BACK_VOWELS | FRONT_VOWELS | frozenset("иуюё")

_CASE = (
    # genitive, dative, accusative, locative, ablative, instrumental
    "ның нің дың дің тың тің ың ің "
    "ға ге қа ке на не "
    "ны ні ды ді ты ті ын ін "
    "да де та те нда нде "
    "дан ден тан тен нан нен "
    "мен бен пен ымен імен менен бенен пенен "
    # locative-attributive (саласындағы)
    "дағы дегі тағы тегі ндағы ндегі"
)
_POSSESSIVE = "ым ім ың ің ымыз іміз мыз міз ыңыз іңіз ңыз ңіз сы сі ы і"
_PLURAL = "лар лер дар дер тар тер"
_VERB = (
    "ған ген қан кен ғаны гені қаны кені "
    "ады еді йды йді атын етін йтын йтін "
    "ып іп"
)  # verbal nouns in -у are left whole: their case forms collide with nouns ending in у (Мәскеуге)
SUFFIXES: tuple[str, ...] = tuple(
    sorted({s for group in (_CASE, _POSSESSIVE, _PLURAL, _VERB) for s in group.split()}, key=len, reverse=True)
)
FALLBACK_SUFFIXES: tuple[str, ...] = tuple(sorted({keyboard_fallback(s) for s in SUFFIXES}, key=len, reverse=True))

HARMONY_FREE = frozenset(("мен", "бен", "пен", "менен", "бенен", "пенен", "ымен", "імен"))
"""The instrumental ending does not follow vowel harmony (сапармен, Ресеймен)."""

ALTERNATION = {"г": "к", "ғ": "қ", "б": "п"}


def _harmony(text: str) -> frozenset[str]:
    """The harmony classes ('back', 'front') of the vowels in text; empty for и, у alone.

    A stem may take a suffix of any class its vowels contain: loanwords and names
    (Тоқаевтың, Путинмен) do not follow the last vowel strictly.
    """
    classes = set()
    for char in text:
        if char in BACK_VOWELS:
            classes.add("back")
        elif char in FRONT_VOWELS:
            classes.add("front")
    return frozenset(classes)


def _has_vowel(text: str) -> bool:
    return any(char in VOWELS for char in text)


def _strip_once(word: str, suffixes: tuple[str, ...], check_harmony: bool) -> str | None:
    for suffix in suffixes:
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_STEM:
            continue
        stem = word[: -len(suffix)]
        if not _has_vowel(stem):
            continue
        if check_harmony and suffix not in HARMONY_FREE:
            stem_harmony, suffix_harmony = _harmony(stem), _harmony(suffix)
            if stem_harmony and suffix_harmony and not suffix_harmony <= stem_harmony:
                continue
        return stem
    return None


def _fold_alternation(stem: str) -> str:
    last = stem[-1:]
    return stem[:-1] + ALTERNATION[last] if last in ALTERNATION else stem


def _strip_layers(word: str, suffixes: tuple[str, ...], check_harmony: bool) -> str:
    for _ in range(MAX_LAYERS):
        stripped = _strip_once(word, suffixes, check_harmony)
        if stripped is None:
            break
        word = stripped
    return _fold_alternation(word)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a folded (lower-case) Cyrillic Kazakh word; other words come back unchanged."""
    if not word or not any("\u0400" <= char <= "\u052f" for char in word):
        return word
    return _strip_layers(word, SUFFIXES, check_harmony=True)


@lru_cache(maxsize=65536)
def stem_fallback(word: str) -> str:
    """The stem of a word in keyboard-fallback spelling (no ә, і, ү…), where harmony cannot be read."""
    if not word:
        return word
    return keyboard_fallback(_strip_layers(word, FALLBACK_SUFFIXES, check_harmony=False))
