"""Kazakh Cyrillic ↔ Latin, and the folded forms search compares.

``to_latin`` follows the Kazakh Latin alphabet approved in 2021 (the
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

CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "",
    "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip

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


def to_latin(text: str) -> str:
    """Cyrillic Kazakh in the 2021 Latin alphabet; capitals stay capitals, other text is untouched."""
    out = []
    for index, char in enumerate(text):
        lower = char.lower()
        latin = CYRILLIC_TO_LATIN.get(lower)
        if latin is None:
            out.append(char)
        elif char != lower and latin:
            if lower in ("и", "й"):
                out.append("İ")
            elif len(latin) > 1:
                next_char = text[index + 1] if index + 1 < len(text) else ""
                whole_word_upper = next_char.isupper()
                out.append(latin.upper() if whole_word_upper else latin[0].upper() + latin[1:])
            else:
                out.append("I" if lower == "і" else latin.upper())
        else:
            out.append(latin)
    return "".join(out)


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
    return any((char.isalpha() and char.isascii()) or "\u00c0" <= char <= "\u024f" for char in word) and not any(
        "\u0400" <= char <= "\u052f" for char in word
    )
