"""A Kazakh morphological analyser for search: every reading of a word as stem + suffixes.

Kazakh is agglutinative: сапар, сапары, сапарын, сапарына are one word, and оқу
(to read) is also оқыды, оқып, оқитын, оқымаған, оқылған. Search needs, for each word
of the text and of the query, the stems it can be read as; two words are the same word
when they share one. No Kazakh analyser can be installed from the package index without
a separately downloaded toolchain (and the one that exists is GPL), and Snowball and ICU
have no Kazakh stemmer, so this one is ours, kept small:

- the grammar is data, in ``desktop.search.grammar`` (each suffix with the rule that
  picks its forms); this module only reads words against it;
- words are read right to left, suffix by suffix, each one allowed only after the
  slots the grammar lets stand before it (a case after a possessive, never the other
  way round), with vowel harmony by the last vowel (loanwords included), consonant
  assimilation, the п/б, к/г, қ/ғ voicing at the stem's end, the vowel that drops in
  мұрын → мұрны, and the ы/і + й → и, ы/і + у → у contractions of verb stems;
- every reading the grammar allows is kept (an ambiguous word has several analyses,
  all of them searched); none is guessed away. Without a dictionary, a stem is any
  string of at least two letters with a vowel.

A separate, lighter pass strips derivational suffixes (-лық, -шы, -сыз, -лы, -лас,
-ушы) to find a word's family: related words, ranked below the same word.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from desktop.search.grammar import (
    AMBIGUOUS_CLASS_OF_LETTER,
    BACK_VOWELS,
    CLASS_OF_LETTER,
    CONTRACTIONS,
    DERIVATION,
    EITHER_VOWELS,
    FRONT,
    FRONT_VOWELS,
    INFLECTION,
    IRREGULAR,
    MIN_STEM,
    OPEN_TWO_LETTER_STEMS,
    UNVOICED_STEM_ENDINGS,
    VOICED_BEFORE_VOWEL,
    VOWELS,
    Suffix,
)
from desktop.search.normalize import has_cyrillic
from desktop.search.transliterate import keyboard_fallback

MAX_FAMILY_DEPTH = 2
STEM_SLOTS = {"NSTEM": "noun", "VSTEM": "verb"}


@dataclass(frozen=True)
class Morph:
    """One suffix as written in a word."""

    text: str
    tag: str
    name: str


@dataclass(frozen=True)
class Analysis:
    """One reading of a word: its stem, whether that is a noun or verb stem, and the suffixes."""

    stem: str
    pos: str
    morphs: tuple[Morph, ...] = ()

    def describe(self) -> str:
        """``сапар (noun) + ы (possessive 3rd person) + на (dative)``."""
        parts = [f"{self.stem} ({'as written' if self.pos == 'word' else self.pos})"]
        parts += [f"{morph.text} ({morph.name})" for morph in self.morphs]
        return " + ".join(parts)


_Readings = dict[tuple[str, str, tuple[Morph, ...]], None]
"""(stem, part of speech, suffixes) of each reading found, in the order found (a dict as an ordered set)."""


@dataclass(frozen=True)
class _Form:
    """A suffix form as written: the text, its suffix, the sound classes it follows, harmony."""

    text: str
    suffix: Suffix
    classes: frozenset[str]
    harmony: str | None  # "back", "front" or None when written the same either way


class Grammar:
    """The suffix tables compiled for reading words right to left in one alphabet.

    ``Grammar()`` reads Kazakh Cyrillic. ``Grammar(fallback=True)`` reads words typed
    without the nine Kazakh letters (on a Russian keyboard, or transliterated from Latin):
    the suffix forms are folded the same way and harmony, which the folding blurs, is
    not checked.
    """

    def __init__(self, fallback: bool = False) -> None:
        self.fallback = fallback
        self._fold = keyboard_fallback if fallback else _identity
        self.inflection = self._compile(INFLECTION)
        self.derivation = self._compile(DERIVATION)
        self.irregular = {self._fold(word): reading for word, reading in IRREGULAR.items()}
        self.contractions = tuple(
            (self._fold(letter), self._fold(start), tuple(dict.fromkeys(self._fold(v) for v in lost)))
            for letter, start, lost in CONTRACTIONS
        )
        self.longest = max(len(text) for table in (self.inflection, self.derivation) for text in table)

    def _compile(self, suffixes: tuple[Suffix, ...]) -> dict[str, list[_Form]]:
        """Written form -> the suffixes it can be, with the sound classes each follows."""
        by_text: dict[str, list[_Form]] = defaultdict(list)
        for suffix in suffixes:
            classes_of: dict[tuple[str, str | None], set[str]] = defaultdict(set)
            for sound_class, back in suffix.forms.items():
                front = back.translate(FRONT)
                if back == front or not suffix.harmony:
                    classes_of[(back, None)].add(sound_class)
                else:
                    classes_of[(back, "back")].add(sound_class)
                    classes_of[(front, "front")].add(sound_class)
            for (text, harmony), classes in classes_of.items():
                folded = self._fold(text)
                by_text[folded].append(_Form(folded, suffix, frozenset(classes), None if self.fallback else harmony))
        return dict(by_text)


def _identity(text: str) -> str:
    return text


# -- sounds ------------------------------------------------------------------------------------
def sound_classes(text: str) -> tuple[str, ...]:
    """The classes of the sound text ends in (two for и, ю, which end in a glide)."""
    last = text[-1:]
    if last in AMBIGUOUS_CLASS_OF_LETTER:
        return AMBIGUOUS_CLASS_OF_LETTER[last]
    if last == "у" and len(text) > 1 and text[-2] not in VOWELS:
        return ("G",)  # су, ту: у after a consonant is a vowel, but takes the glide's endings
    found = CLASS_OF_LETTER.get(last)
    return (found,) if found else ()


def harmony_of(text: str) -> str | None:
    """'back' or 'front' by the last vowel that decides; None when none does (и, у, ю alone)."""
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char in BACK_VOWELS:
            return "back"
        if char == "е" and index and text[index - 1] in VOWELS:
            return None  # -аев, -оев in names is read [jev]: Тоқаевтың and Тоқаевке are both written
        if char in FRONT_VOWELS:
            return "front"
        if char in EITHER_VOWELS and not (char == "у" and index and text[index - 1] in VOWELS):
            return None  # и, ю, and у as a vowel: loanwords take either form
    return None


def _is_stem(text: str) -> bool:
    if len(text) < MIN_STEM or not text.isalpha() or not any(char in VOWELS for char in text):
        return False
    return len(text) > MIN_STEM or text[-1] not in VOWELS or text in OPEN_TWO_LETTER_STEMS


def _is_vowel_at(text: str, index: int) -> bool:
    """Whether text[index] is a vowel; у and и after a vowel are glides (тау, ауыз)."""
    char = text[index]
    if char in "уи" and index and text[index - 1] in VOWELS:
        return False
    return char in VOWELS


def _starts_with_vowel(text: str) -> bool:
    return text[:1] in VOWELS


# -- reading a word ------------------------------------------------------------------------
class Analyser:
    """Reads words against a Grammar; results are cached per word."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self.analyse = lru_cache(maxsize=131072)(self._analyse)
        self.stems = lru_cache(maxsize=131072)(self._stems)
        self.family = lru_cache(maxsize=131072)(self._family)

    # Inflection
    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        """Every reading of a folded (lower-case) word; the word itself, unanalysed, first."""
        if not has_cyrillic(word):
            return (Analysis(word, "other"),)
        irregular = self.grammar.irregular.get(word)
        if irregular is not None:
            stem, pos = irregular
            return (Analysis(stem, pos),)
        found: _Readings = {(word, "word", ()): None}
        self._read(word, frozenset(), (), found)
        return tuple(Analysis(stem, pos, morphs) for stem, pos, morphs in found)

    def _read(self, left: str, allowed: frozenset[str], right: tuple[Morph, ...], found: _Readings) -> None:
        """Read suffixes off the end of ``left``; ``allowed`` is what the suffix to its right accepts."""
        if right:
            for slot, pos in STEM_SLOTS.items():
                if slot in allowed:
                    for stem in self._stem_candidates(left, right[0].text):
                        found[(stem, pos, right)] = None
        for length in range(1, min(self.grammar.longest, len(left) - 1) + 1):
            written = left[-length:]
            rest = left[:-length]
            for form in self.grammar.inflection.get(written, ()):
                self._try(form, written, rest, allowed=allowed, right=right, found=found)
            for form, stem in self._contracted(written, rest, self.grammar.inflection):
                if form.suffix.left & STEM_SLOTS.keys():
                    self._try(form, written, stem, allowed=allowed, right=right, found=found, contracted=True)

    def _contracted(self, written: str, rest: str, table: dict[str, list[_Form]]) -> list[tuple[_Form, str]]:
        """Suffix forms written contracted with a stem's last vowel (оқиды, оқу), with that stem."""
        found = []
        for letter, suffix_start, lost_vowels in self.grammar.contractions:
            if written[0] != letter or not rest or _is_vowel_at(rest, len(rest) - 1):
                continue
            harmony = None if self.grammar.fallback else harmony_of(rest)
            vowels = lost_vowels if harmony is None else lost_vowels[:1] if harmony == "back" else lost_vowels[1:]
            for form in table.get(suffix_start + written[1:], ()):
                found += [(form, rest + vowel) for vowel in vowels]
        return found

    def _try(
        self,
        form: _Form,
        written: str,
        rest: str,
        *,
        allowed: frozenset[str],
        right: tuple[Morph, ...],
        found: _Readings,
        contracted: bool = False,
    ) -> None:
        """Read ``written`` as this suffix form after ``rest``, then go on leftwards."""
        suffix = form.suffix
        if right and suffix.tag not in allowed:
            return
        if not right and not suffix.final:
            return
        if not self._fits(form, rest):
            return
        morph = Morph(written, suffix.tag, suffix.name)
        left_slots = suffix.left if not contracted else suffix.left & STEM_SLOTS.keys()
        self._read(rest, left_slots, (morph, *right), found)

    def _stem_candidates(self, text: str, next_suffix: str) -> list[str]:
        """The stems a word's beginning can be, given the suffix written after it."""
        if not _is_stem(text):
            return []
        candidates = [text]
        if _starts_with_vowel(next_suffix):
            last = text[-1]
            if last in VOICED_BEFORE_VOWEL:
                candidates.append(text[:-1] + VOICED_BEFORE_VOWEL[last])
            if len(text) >= 3 and not _is_vowel_at(text, len(text) - 1) and not _is_vowel_at(text, len(text) - 2):
                # мұрын → мұрны, ауыз → аузы, ерін → ерні: the dropped vowel comes back
                harmony = harmony_of(text)
                vowels = {"back": "ы", "front": "і"}.get(harmony or "", "ыі")
                candidates += [text[:-1] + vowel + text[-1] for vowel in vowels]
        return candidates

    def _stems(self, word: str) -> frozenset[str]:
        """The stems of every reading of a word."""
        return frozenset(analysis.stem for analysis in self.analyse(word))

    # Derivation
    def _family(self, word: str) -> frozenset[str]:
        """Stems and the roots they are derived from (достығы → достық, дос)."""
        found = set(self.stems(word))
        frontier = set(found)
        for _ in range(MAX_FAMILY_DEPTH):
            roots: set[str] = set()
            for stem in frontier:
                roots |= self._roots(stem)
            frontier = roots - found
            found |= roots
        return frozenset(found)

    def _roots(self, stem: str) -> set[str]:
        roots: set[str] = set()
        for length in range(1, min(self.grammar.longest, len(stem) - 1) + 1):
            written, rest = stem[-length:], stem[:-length]
            readings = [(form, rest) for form in self.grammar.derivation.get(written, ())]
            readings += self._contracted(written, rest, self.grammar.derivation)
            for form, root in readings:
                if self._fits(form, root):
                    roots.update(self._stem_candidates(root, form.text))
        return roots

    def _fits(self, form: _Form, rest: str) -> bool:
        """Whether a suffix form may follow rest: its sound, its harmony, its voicing."""
        if not set(sound_classes(rest)) & form.classes:
            return False
        if form.harmony is not None:
            rest_harmony = harmony_of(rest)
            if rest_harmony is not None and rest_harmony != form.harmony:
                return False
        if self.grammar.fallback or not _starts_with_vowel(form.text) or len(rest) < 2:
            return True
        return not (rest[-1] in UNVOICED_STEM_ENDINGS and _is_vowel_at(rest, len(rest) - 2))  # жақ + ы is жағы


ANALYSER = Analyser(Grammar())
FALLBACK_ANALYSER = Analyser(Grammar(fallback=True))


def analyse(word: str) -> tuple[Analysis, ...]:
    """Every reading of a folded Cyrillic Kazakh word (the word itself first)."""
    return ANALYSER.analyse(word)


def stems(word: str) -> frozenset[str]:
    """The stems a folded word can be read as; two words are the same word when these meet."""
    return ANALYSER.stems(word)


def family(word: str) -> frozenset[str]:
    """A word's stems and the roots they derive from; two words are related when these meet."""
    return ANALYSER.family(word)


def fallback_stems(word: str) -> frozenset[str]:
    """Stems of a word typed without the nine Kazakh letters, in that same spelling."""
    return FALLBACK_ANALYSER.stems(word)
