"""The stem lexicon: which Kazakh stems are nouns or adjectives, and which are verbs.

The analyser in ``desktop.search.morphology`` reads a word into every stem + suffixes
the grammar allows; this lexicon then decides which of those readings a real word can
be: verbal endings only on verb stems, nominal endings on nominal stems, and a stem
unknown to it is not guessed when a known one explains the word.

Source: the Kazakh Hunspell dictionary (``resources/lexicon/kk_KZ.dic``, shipped
unmodified; see ``resources/lexicon/copyright``), taken under the Mozilla Public
License 1.1 of its three licences. Its entries carry affix flags that tell the classes
apart: verbs are listed in the dictionary form in -у/-ю with the verbal flags, every
other entry (nouns, adjectives, names, and many derived or inflected words) is nominal.
``compile_source`` turns it into a compact table (``lexicon.bin``: the two word lists,
sorted, as UTF-8 text: 0.44 MiB against the source's 2.1), written by
``scripts/build_resources.py`` and checked fresh by a test; ``load`` reads it once, at the
first word analysed, never at start-up. The nominal list is searched by bisection rather
than hashed into a set: that spares hashing 47,000 words at the first search; and it is kept
as the table's UTF-8 lines, never decoded into 47,000 strings (UTF-8 sorts as the text does,
so a word is encoded and looked for among the bytes): 2.7 ms to split instead of 8.4 ms to
decode and split, at every first search of a command (figures in docs/benchmarks.md).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("lexicon.bin")
SOURCE = Path(__file__).resolve().parent.parent.parent / "resources" / "lexicon" / "kk_KZ.dic"
VERB_FLAG = "M"
"""The Hunspell affix class the dictionary gives verbs (in -у/-ю); nominal entries carry A or B."""
_VOWELS = frozenset("аәеоөұүыіиуэюя")
_BACK = frozenset("аоұыя")
_FRONT = frozenset("әеөүіэ")
MISFLAGGED = frozenset(("аю", "қару", "елу"))
"""Entries the source flags as verbs that are nouns or numerals (аю "bear" is no verb ай-, қару
"weapon" no қар-, елу "fifty" no ел-)."""
_UNVOICED = {"б": "п", "г": "к", "ғ": "қ"}
MAX_TABLE_BYTES = 8 * 1024 * 1024
"""A compiled table larger than this is not the one we ship: it is not read (no lexicon)."""


class SortedWords:
    """A sorted list of words in UTF-8 with ``in`` by bisection: no hashing nor decoding of every word when loaded."""

    def __init__(self, words: list[bytes]) -> None:
        self._words = words

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        words = self._words
        try:
            encoded = word.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no word of the table
            return False
        index = bisect.bisect_left(words, encoded)
        return index < len(words) and words[index] == encoded

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Iterator[str]:
        return (word.decode("utf-8") for word in self._words)


class Lexicon:
    """Known stems by class. A stem in neither list is unknown: the grammar alone decides."""

    __slots__ = ("nominal", "verbs")

    def __init__(self, nominal: SortedWords | frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset()):
        self.nominal = nominal
        self.verbs = verbs

    def knows(self, stem: str) -> bool:
        return stem in self.nominal or stem in self.verbs

    def is_verb(self, stem: str) -> bool:
        return stem in self.verbs

    def has_family(self, word: str) -> bool:
        """Whether the lexicon lists two words derived from this one by suffixes only nouns and
        adjectives take (-лық, -лы, -сыз, -шы): қала (қалалық, қалалы), баға (бағалы, бағасыз).

        Such a word is a noun of its own, not a verb's bare converb the source happens to list
        (it lists many: бола, келе, бара, with no derived word).
        """
        front = not _BACK.intersection(word[-2:]) and bool(_FRONT.intersection(word[-3:]))
        first = "л" if word[-1:] in _VOWELS or word[-1:] in "руй" else "д" if word[-1:] in "лмнңжз" else "т"
        suffixes: tuple[str, ...] = (first + "ық", first + "ы", "сыз", "шы")
        if front:
            suffixes = tuple(suffix.replace("ы", "і") for suffix in suffixes)
        return sum(word + suffix in self.nominal for suffix in suffixes) >= 2

    def __len__(self) -> int:
        return len(self.nominal) + len(self.verbs)


def verb_stems(dictionary_form: str) -> list[str]:
    """The stems a verb's dictionary form can stand for.

    бару → бар; тыңдау → тыңда; жауу → жау; қою → қой; кию → ки; шығу → шық. After a
    consonant the -у swallows the ы/і of the few stems that end in it (оқу is оқы-,
    ``grammar.CONTRACTED_VERB_STEMS``).
    """
    if len(dictionary_form) < 2:
        return []
    stem, ending = dictionary_form[:-1], dictionary_form[-1]
    if ending == "ю":
        found = [stem if stem.endswith("и") else stem + "й"]
    elif ending != "у":
        return []
    elif stem[-1] in _VOWELS and not (stem[-1] == "у" and len(stem) > 1 and stem[-2] in _VOWELS):
        found = [stem]
    else:
        from desktop.search.grammar import CONTRACTED_VERB_STEMS

        contracted = [stem + vowel for vowel in "ыі" if stem + vowel in CONTRACTED_VERB_STEMS]
        found = contracted or [stem]
        if stem[-1] in _UNVOICED and not contracted:  # шығу is шық-: шықты, шығады
            found.append(stem[:-1] + _UNVOICED[stem[-1]])
    return [stem for stem in found if _plausible_stem(stem)]


def _plausible_stem(stem: str) -> bool:
    """A verb stem has two letters or more, and a two-letter one ending in a vowel is one of the few
    (де-, же-, су-…): the source also flags nouns in -у as verbs (тау, сау, су, ту)."""
    from desktop.search.grammar import OPEN_TWO_LETTER_STEMS

    if len(stem) < 2 or not any(char in _VOWELS for char in stem):
        return False
    return len(stem) > 2 or stem[-1] not in _VOWELS or stem in OPEN_TWO_LETTER_STEMS


def compile_source(dictionary: str) -> str:
    """The table's text from a Hunspell .dic: nominal words, a blank line, verb stems (sorted)."""
    nominal: set[str] = set()
    verbs: set[str] = set()
    lines = dictionary.lstrip("\ufeff").splitlines()[1:]  # the first line is the entry count
    for line in lines:
        word, _, flags = line.strip().partition("/")
        word = word.casefold()
        if not word or not word.isalpha():
            continue
        stems = verb_stems(word) if VERB_FLAG in flags and word not in MISFLAGGED else []
        if stems:
            verbs.update(stems)
        else:
            nominal.add(word)
    return "\n".join(sorted(nominal)) + "\n\n" + "\n".join(sorted(verbs)) + "\n"


def encode(text: str) -> bytes:
    return text.encode("utf-8")


def decode(data: bytes) -> str:
    if len(data) > MAX_TABLE_BYTES:
        raise ValueError("lexicon table larger than expected")
    return data.decode("utf-8")


def parse(data: bytes) -> Lexicon:
    """The table's two lists; a list out of order or not UTF-8 (not a table this module wrote) is refused.

    The nominal list stays UTF-8 lines; the verbs (a seventh of the words) become a set of strings.
    """
    if len(data) > MAX_TABLE_BYTES:
        raise ValueError("lexicon table larger than expected")
    nominal_bytes, separator, verbs_bytes = data.partition(b"\n\n")
    nominal = nominal_bytes.split(b"\n")
    if not separator or not verbs_bytes.endswith(b"\n") or nominal != sorted(nominal):
        raise ValueError("not a lexicon table")
    nominal_bytes.decode("utf-8")  # a UnicodeDecodeError is a ValueError: refused
    return Lexicon(SortedWords(nominal), frozenset(verbs_bytes[:-1].decode("utf-8").split("\n")))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The compiled lexicon, read once. Missing or damaged, search still works without it."""
    try:
        return parse(TABLE.read_bytes())
    except (OSError, ValueError):
        return Lexicon()
