"""The folded forms search compares: keyboard fallback, Latin skeletons, Latin → Cyrillic.

``to_latin`` (in desktop.content.latin) follows the Kazakh Latin alphabet approved in 2021 (the
presidential decree amending Decree No. 569 of 26 October 2017, as presented
by the government on 28 January 2021): Ä Ğ Q Ñ Ö Ū Ü Ş, І → I ı, И/Й → İ i.
Letters that alphabet does not list are written as the government's
transliteration guidance does: Ц → ts, Ч → ch, Щ → şş, Ю → iu, Я → ia,
Ё → io, Ъ and Ь are omitted.

``latin_skeleton`` folds any Latin spelling — the official one, the 2017/2018
drafts and informal ASCII (kazakstan, maskeu, sh/zh/ng) — to one plain form,
so that queries typed in any of them meet the Cyrillic text.
"""

from __future__ import annotations

import unicodedata

from desktop.content.latin import to_latin
from desktop.search.normalize import has_cyrillic

__all__ = [
    "is_latin_word",
    "keyboard_fallback",
    "latin_skeleton",
    "latin_to_cyrillic",
    "to_latin",
    "wrong_layout_to_cyrillic",
]

KEYBOARD_FALLBACK = str.maketrans(
    {"қ": "к", "ғ": "г", "ң": "н", "ә": "а", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
)
"""What a Russian keyboard types for the nine Kazakh letters it lacks."""

# Latin to (lenient) Cyrillic, for stemming Latin queries; digraphs first.
LATIN_DIGRAPHS = (("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "қ"), ("gh", "ғ"), ("ng", "ң"), ("ts", "ц"))
LATIN_TO_CYRILLIC = {
    "a": "а", "ä": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ",
    "h": "х", "i": "и", "ı": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о",
    "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү",
    "v": "в", "w": "у", "x": "х", "y": "ы", "z": "з", "á": "ә", "ó": "ө", "ú": "ү", "ý": "й", "ń": "ң",
    "ǵ": "ғ", "'": "",
}  # fmt: skip

SKELETON_DIGRAPHS = (("sh", "s"), ("ch", "c"), ("zh", "j"), ("kh", "k"), ("gh", "g"), ("ng", "n"), ("ts", "c"))
SKELETON_LETTERS = str.maketrans({"q": "k", "y": "i", "ı": "i", "w": "u", "x": "h", "'": None})


_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбюё"
WRONG_LAYOUT = str.maketrans(_QWERTY + _QWERTY.upper(), _JCUKEN + _JCUKEN.upper())
"""The key a Cyrillic letter sits on, in the Latin (QWERTY) layout: what is typed when the
layout switch was forgotten. Kazakh layouts keep the Russian letters on these keys and add
the nine Kazakh letters elsewhere, so the result is read like a Russian-keyboard fallback."""


def wrong_layout_to_cyrillic(text: str) -> str:
    """What was meant when Cyrillic was typed with the Latin layout on: cfgfh → сапар."""
    return text.translate(WRONG_LAYOUT)


def keyboard_fallback(word: str) -> str:
    return word.translate(KEYBOARD_FALLBACK)


def latin_to_cyrillic(word: str) -> str:
    """A lenient reading of a Latin-script (official or informal) word in Cyrillic."""
    word = unicodedata.normalize("NFC", word.casefold())
    for digraph, letter in LATIN_DIGRAPHS:
        word = word.replace(digraph, letter)
    return "".join(LATIN_TO_CYRILLIC.get(char, char) for char in word)


def latin_skeleton(word: str) -> str:
    """A plain ASCII-ish form that all Latin spellings of a Kazakh word share."""
    word = word.casefold().replace("ı", "i")
    decomposed = unicodedata.normalize("NFD", word)
    word = "".join(char for char in decomposed if not unicodedata.combining(char))
    for digraph, letter in SKELETON_DIGRAPHS:
        word = word.replace(digraph, letter)
    return word.translate(SKELETON_LETTERS)


def is_latin_word(word: str) -> bool:
    return any(
        (char.isalpha() and char.isascii()) or "\u00c0" <= char <= "\u024f" for char in word
    ) and not has_cyrillic(word)
