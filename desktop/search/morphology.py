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
- a stem lexicon (``desktop.search.lexicon``, from the Kazakh Hunspell dictionary) then
  judges the readings: a nominal ending on a verb-only stem, a listed causative cut into
  a shorter verb + voice, an unknown stem where a known one explains the word are ruled
  out; the bare converb and aorist are read on known verbs only. Every reading left is
  kept (an ambiguous word has several analyses, all of them searched), and its stem
  carries its class into search (``word_keys``: a verb stem ends in "-"). A stem the
  lexicon does not know is any string of at least two letters with a vowel.

A separate, lighter pass strips derivational suffixes (-лық, -шы, -сыз, -лы, -лас,
-ушы) to find a word's family: related words, ranked below the same word.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

# The module itself, not a name of the package: ``from desktop.search import`` waits for the package's own
# import, and one thread importing the package (its __init__ imports the engine, which imports this) while
# another imports the engine would each wait for the other (an ImportError in one of them).
import desktop.search.lexicon as lexicon  # noqa: PLR0402
from desktop.records import TYPE_CHECKING, NamedTuple
from desktop.search.grammar import (
    AMBIGUOUS_CLASS_OF_LETTER,
    ATTRIBUTIVE_STEMS,
    BACK_VOWELS,
    CLASS_OF_LETTER,
    CONTRACTIONS,
    DERIVATION,
    EITHER_VOWELS,
    FRONT,
    FRONT_VOWELS,
    GLIDE_SPELLINGS,
    INFLECTION,
    IRREGULAR,
    MIN_STEM,
    NOT_CONVERBS,
    NOT_PASSIVES,
    OPEN_TWO_LETTER_STEMS,
    PRESENT_AUXILIARIES,
    PRESENT_PERSONS,
    PRONOUN_PLURALS,
    UNVOICED_STEM_ENDINGS,
    VOICED_BEFORE_VOWEL,
    VOWEL_DROPPING_STEMS,
    VOWELS,
    Suffix,
)
from desktop.search.normalize import has_cyrillic
from desktop.search.transliterate import keyboard_fallback

if TYPE_CHECKING:
    from typing import TypeVar

    _Result = TypeVar("_Result")

MAX_FAMILY_DEPTH = 2
LOAN_CONSONANTS = frozenset("бвгдзклмнпрстфхцчшщ")
"""A consonant before a final к or кт marks a loanword that takes either harmony (банк, факт)."""
STEM_SLOTS = {"NSTEM": "noun", "VSTEM": "verb"}


class Morph(NamedTuple):
    """One suffix as written in a word."""

    text: str
    tag: str
    name: str
    lexical: bool = False
    """Read only on a stem known as a verb (``Suffix.lexical``)."""


class Analysis(NamedTuple):
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


class _Form(NamedTuple):
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
        irregular = dict(IRREGULAR)
        for auxiliary, stem in PRESENT_AUXILIARIES.items():
            front = harmony_of(auxiliary) == "front"
            for person in PRESENT_PERSONS:
                irregular[auxiliary + (person.translate(FRONT) if front else person)] = (stem, "verb")
        self.irregular = {self._fold(word): reading for word, reading in irregular.items()}
        self.contractions = tuple(
            (self._fold(letter), self._fold(start), tuple(dict.fromkeys(self._fold(v) for v in lost)))
            for letter, start, lost in CONTRACTIONS
        )
        self.contraction_letters = frozenset(letter for letter, _start, _lost in self.contractions)
        self.longest = max(len(text) for table in (self.inflection, self.derivation) for text in table)

    def _compile(self, suffixes: tuple[Suffix, ...]) -> dict[str, list[_Form]]:
        """Written form -> the suffixes it can be, with the sound classes each follows.

        A suffix's forms are grouped by text before each text's front form is made: 506 forms are 155 texts
        (made on import, every command's start: ``Grammar()`` 0.58 ms so, 0.72 ms form by form)."""
        by_text: dict[str, list[_Form]] = {}
        fold, fallback = self._fold, self.fallback
        for suffix in suffixes:
            classes_of_text: dict[str, list[str]] = {}
            for sound_class, back in suffix.forms.items():
                if back in classes_of_text:
                    classes_of_text[back].append(sound_class)
                else:
                    classes_of_text[back] = [sound_class]
            classes_of: dict[tuple[str, str | None], list[str]] = {}
            for back, classes in classes_of_text.items():
                front = back.translate(FRONT)
                keys = ((back, None),) if back == front or not suffix.harmony else ((back, "back"), (front, "front"))
                for key in keys:  # two back texts can share a front one (-қа, -ка: -ке)
                    if key in classes_of:
                        classes_of[key].extend(classes)
                    else:
                        classes_of[key] = list(classes)
            for (text, harmony), classes in classes_of.items():
                folded = fold(text)
                form = _Form(folded, suffix, frozenset(classes), None if fallback else harmony)
                if folded in by_text:
                    by_text[folded].append(form)
                else:
                    by_text[folded] = [form]
        return by_text


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
    """'back' or 'front' by the last vowel that decides; None when none does (и, у, ю alone).

    Loanwords ending in a consonant and к (банк, танк) or кт (факт) take front endings too
    (банкі, банкте, фактілер): after such a cluster either harmony is read.
    """
    cluster = text[:-1] if text.endswith("кт") else text
    if cluster[-1:] == "к" and cluster[-2:-1] in LOAN_CONSONANTS:
        return None
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
    if len(text) < MIN_STEM or VOWELS.isdisjoint(text) or not text.isalpha():
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
def _read_wholly(method: Callable[[str], _Result]) -> Callable[[str], _Result]:
    """``method`` run again if the lexicon was found damaged while it ran (a block read then failed its check): a
    word is read wholly with the lexicon or wholly without it, never half and half."""

    def read(word: str) -> _Result:
        found = lexicon.Lexicon.damage_found
        result = method(word)
        if lexicon.Lexicon.damage_found == found:
            return result
        return method(word)  # the lexicon now answers as an empty one: a block cannot be found damaged again

    return read


class Analyser:
    """Reads words against a Grammar; results are cached per word.

    The stem lexicon's blocks are read as words need them: if one is found damaged, every word read is forgotten
    and every word from then on is read without the lexicon, as if it had been refused at the start.
    """

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        # judge, keys and family ask the lexicon (family of several words); analyse and stems are judge's readings
        self.judge = lru_cache(maxsize=131072)(_read_wholly(self._judge))
        self.analyse = lru_cache(maxsize=131072)(self._analyse)
        self.stems = lru_cache(maxsize=131072)(self._stems)
        self.family = lru_cache(maxsize=131072)(_read_wholly(self._family))
        self.keys = lru_cache(maxsize=131072)(_read_wholly(self._keys))
        lexicon.on_damage(self.forget)

    def forget(self) -> None:
        """Forget every word read: the lexicon they were read with was found damaged."""
        for cached in (self.judge, self.analyse, self.stems, self.family, self.keys):
            cached.cache_clear()

    # Inflection
    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        """Every reading of a folded (lower-case) word the lexicon allows; the word itself first."""
        return self.judge(word).allowed

    def _judge(self, word: str) -> Judgement:
        """Every reading the grammar finds, split into those the lexicon allows and those it rules out."""
        if not has_cyrillic(word):
            return Judgement((Analysis(word, "other"),), ())
        irregular = self.grammar.irregular.get(word)
        if irregular is not None and irregular[1] == "pronoun":
            return Judgement((Analysis(*irregular),), ())
        found: _Readings = {(word, "word", ()): None}
        if irregular is not None:
            found[(*irregular, ())] = None
        self._read(word, frozenset(), (), found)
        for stem, pos, morphs in list(found):
            if stem in PRONOUN_PLURALS and pos in ("noun", "word"):
                found[(PRONOUN_PLURALS[stem], "pronoun", morphs)] = None
        return self._decide(word, [Analysis(stem, pos, morphs) for stem, pos, morphs in found], frozenset())

    def _decide(self, word: str, readings: list[Analysis], verbs: frozenset[str]) -> Judgement:
        """Rule out the readings the lexicon contradicts; ``verbs`` are stems the reader's articles show as verbs."""
        if self.grammar.fallback:
            return Judgement(tuple(readings), ())
        known = lexicon.load()
        allowed: list[Analysis] = []
        ruled_out: list[tuple[Analysis, str]] = []
        for reading in readings:
            reason = _contradiction(word, reading, known, verbs)
            if reason:
                ruled_out.append((reading, reason))
            else:
                allowed.append(reading)
        return Judgement(*_prefer_known(word, allowed, ruled_out, known, verbs))

    def with_verbs(self, word: str, verbs: frozenset[str]) -> tuple[Analysis, ...]:
        """The readings of a word when ``verbs`` are also known as verb stems (the reader's own articles)."""
        judgement = self.judge(word)
        if not verbs or not judgement.ruled_out:
            return judgement.allowed
        readings = [*judgement.allowed, *(reading for reading, _reason in judgement.ruled_out)]
        return self._decide(word, readings, verbs).allowed

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
            contracted = self._contracted(written, rest, self.grammar.inflection)
            if not self.grammar.fallback:
                contracted += self._glided(written, rest)
            for form, stem in contracted:
                if form.suffix.left & STEM_SLOTS.keys():
                    self._try(form, written, stem, allowed=allowed, right=right, found=found, contracted=True)

    def _contracted(self, written: str, rest: str, table: dict[str, list[_Form]]) -> list[tuple[_Form, str]]:
        """Suffix forms written contracted with a stem's last vowel (оқиды, оқу), with that stem."""
        found: list[tuple[_Form, str]] = []
        if written[0] not in self.grammar.contraction_letters:
            return found
        for letter, suffix_start, lost_vowels in self.grammar.contractions:
            if written[0] != letter or not rest or _is_vowel_at(rest, len(rest) - 1):
                continue
            harmony = None if self.grammar.fallback else harmony_of(rest)
            vowels = lost_vowels if harmony is None else lost_vowels[:1] if harmony == "back" else lost_vowels[1:]
            for form in table.get(suffix_start + written[1:], ()):
                found += [(form, rest + vowel) for vowel in vowels]
        return found

    def _glided(self, written: str, rest: str) -> list[tuple[_Form, str]]:
        """Suffix forms whose у or а is written ю, я after a stem's й or и (қою, тыяды, кию, қияды)."""
        found: list[tuple[_Form, str]] = []
        if written[0] not in "юя":
            return found
        for letter, suffix_start in GLIDE_SPELLINGS:
            if written[0] != letter or not rest or rest[-1] not in VOWELS:
                continue
            stem = rest if rest[-1] == "и" else rest + "й"
            for form in self.grammar.inflection.get(suffix_start + written[1:], ()):
                found.append((form, stem))
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
        morph = Morph(written, suffix.tag, suffix.name, suffix.lexical)
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
                for vowel in "ыі":
                    restored = text[:-1] + vowel + text[-1]
                    if (
                        restored in VOWEL_DROPPING_STEMS
                        or restored[:-1] + VOICED_BEFORE_VOWEL.get(restored[-1], restored[-1]) in VOWEL_DROPPING_STEMS
                    ):
                        candidates.append(restored)
        elif next_suffix[:1] == "т" and text.endswith("с") and len(text) >= 5:
            candidates.append(text + "т")  # журналист + тер is written журналистер
        if len(text) >= 4 and text[-1] in "смлн" and text[-2] != text[-1] and text + text[-1] in lexicon.load().nominal:
            candidates.append(text + text[-1])  # процесс, класс, грамм: процесі, класқа, грамы
        return candidates

    def _stems(self, word: str) -> frozenset[str]:
        """The stems of every reading of a word."""
        return frozenset(analysis.stem for analysis in self.analyse(word))

    def _keys(self, word: str) -> frozenset[str]:
        """The stems of every reading, a verb stem marked with a final hyphen (жаз- "write" is not жаз "summer")."""
        return _keys_of(word, self.analyse(word), frozenset())

    # Derivation
    def _family(self, word: str) -> frozenset[str]:
        """Keys of the stems and of the roots they are derived from (достығы → достық, дос; оқушы → оқы-)."""
        found = set(self.keys(word))
        frontier = set(found)
        for _ in range(MAX_FAMILY_DEPTH):
            roots: set[str] = set()
            for key in frontier:
                roots |= self._roots(key)
            frontier = roots - found
            found |= roots
        return frozenset(found)

    def _roots(self, key: str) -> set[str]:
        """Keys of the roots a stem derives from: a noun's or a verb's, as the suffix takes."""
        if key.endswith(VERB_MARK):
            return set()  # the derivational suffixes read here make nouns and adjectives
        roots: set[str] = set()
        stem = key
        for length in range(1, min(self.grammar.longest, len(stem) - 1) + 1):
            written, rest = stem[-length:], stem[:-length]
            readings = [(form, rest) for form in self.grammar.derivation.get(written, ())]
            readings += self._contracted(written, rest, self.grammar.derivation)
            for form, root in readings:
                if self._fits(form, root):
                    mark = VERB_MARK if "VSTEM" in form.suffix.left else ""
                    roots.update(candidate + mark for candidate in self._stem_candidates(root, form.text))
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


STEM_POS = frozenset(STEM_SLOTS.values())
VERB_MARK = "-"
"""Ends a verb stem among a word's keys: nouns and verbs of the same letters (жаз, ат, ет) stay apart."""
_WORDS_OF_THEIR_OWN = frozenset(("causative", "reciprocal"))
_VERB_ONLY = frozenset(("PRES", "PTCP", "HAB", "NEG", "COND", "NEGAOR", "INTENT", "PURP", "NEGCONV"))
"""Verbal suffixes no noun's letters end in as often as the past -ды (also the accusative)."""
_NOT_ON_ENTRIES = frozenset(("negative imperative", "particle -шы", "person 1st singular (spoken)"))
"""Lexical suffixes not read on a word the lexicon lists: алма is "apple", not ал- "don't take"."""
_DERIVING = frozenset(("COMP", "SIM", "EQU", "ATTR", "VOICE", "PTCPN", "DESID"))
"""Suffixes whose letters also end words of their own (жапырақ is not жапы + -рақ)."""


class Judgement(NamedTuple):
    """A word's readings: those allowed, and those ruled out with the reason why."""

    allowed: tuple[Analysis, ...]
    ruled_out: tuple[tuple[Analysis, str], ...]


def _keys_of(word: str, readings: tuple[Analysis, ...], verbs: frozenset[str]) -> frozenset[str]:
    keys = {analysis.stem + VERB_MARK if analysis.pos == "verb" else analysis.stem for analysis in readings}
    is_verb_stem = word in lexicon.load().verbs or word in verbs
    if is_verb_stem and (len(readings) > 1 or readings[0].pos == "word"):
        keys.add(word + VERB_MARK)  # a bare verb stem is its imperative: кел, жаз, бар
    return frozenset(keys)


def _spelled_in(stem: str, word: str) -> bool:
    """Whether a word begins with the stem as written, its last п, к, қ voiced or not (кітабы)."""
    if word.startswith(stem):
        return True
    voiced = {value: key for key, value in VOICED_BEFORE_VOWEL.items()}.get(stem[-1:], "")
    return bool(voiced) and word.startswith(stem[:-1] + voiced)


def _prefer_known(
    word: str,
    allowed: list[Analysis],
    ruled_out: list[tuple[Analysis, str]],
    known: lexicon.Lexicon,
    verbs: frozenset[str],
) -> tuple[tuple[Analysis, ...], tuple[tuple[Analysis, str], ...]]:
    """Drop the guesses a known reading makes needless: a stem the lexicon lacks where a shorter or
    equal one it has explains the word (қаладағы is қала's, not қалада + -ғы), a listed word cut
    into an unknown stem + a deriving suffix (жапырақ), a verb made of a nominal entry where a
    known verb explains the word (тауып is тап-'s, not тау- + -ып)."""
    stems_known = [len(r.stem) for r in allowed if r.pos in STEM_POS and _is_known(r, known, verbs)]
    shortest = min(stems_known, default=len(word) + 1)
    is_entry = word in known.nominal
    a_known_verb = any(r.pos == "verb" and (known.is_verb(r.stem) or r.stem in verbs) for r in allowed)
    dropped: dict[Analysis, str] = {}
    for reading in allowed:
        if reading.pos not in STEM_POS:
            continue
        if not _is_known(reading, known, verbs):
            if shortest <= len(reading.stem):
                dropped[reading] = "the lexicon knows a reading with a shorter stem: an unknown one is not guessed"
            elif is_entry and any(morph.tag in _DERIVING for morph in reading.morphs):
                dropped[reading] = f"{word} is a word of its own"
        elif reading.pos == "verb" and a_known_verb and not (known.is_verb(reading.stem) or reading.stem in verbs):
            dropped[reading] = f"the lexicon knows {reading.stem} as a noun, and a verb reading as a verb"
    kept = tuple(reading for reading in allowed if reading not in dropped)
    return kept, (*ruled_out, *dropped.items())


def _is_known(reading: Analysis, known: lexicon.Lexicon, verbs: frozenset[str]) -> bool:
    """Whether the lexicon has the reading's stem (a verb stem: any entry, as the source lists many
    verbs' imperatives, бар, жүгір, among its nominal entries)."""
    if reading.pos == "verb":
        return known.is_verb(reading.stem) or reading.stem in known.nominal or reading.stem in verbs
    return reading.stem in known.nominal


def _contradiction(word: str, reading: Analysis, known: lexicon.Lexicon, verbs: frozenset[str]) -> str:
    """Why the lexicon rules a reading out, or "" when it does not."""
    if reading.pos not in STEM_POS:
        return ""
    stem, morphs = reading.stem, reading.morphs
    is_verb = known.is_verb(stem) or stem in verbs
    if reading.pos == "noun" and stem in known.verbs and stem not in known.nominal:
        return f"the lexicon knows {stem} only as a verb"
    if (
        reading.pos == "noun"
        and morphs
        and morphs[0].tag == "POSS1SG"
        and morphs[0].text in ("ым", "ім")
        and stem in known.verbs
        and stem + morphs[0].text in known.nominal
        and not known.has_family(stem)  # қыз "girl" has its own (қызды, қыздық): қызым is "my daughter"
    ):
        return f"{stem + morphs[0].text} is a word of its own"  # білім, шешім, бөлім: not біл-, шеш- + "my"
    if any(morph.lexical for morph in morphs):
        if not is_verb:
            return f"{morphs[0].name} is read only on a known verb"
        if word in known.nominal and any(morph.name in _NOT_ON_ENTRIES for morph in morphs):
            return f"{word} is a word of its own"  # алма, басшы, қалам
        if morphs[-1].name == "person 1st singular (spoken)" and known.has_family(word):
            return f"{word} is a noun of its own, with words derived from it"  # қалам: қаламгер, қаламсыз
        if len(morphs) == 1 and morphs[0].tag in ("CONV", "AOR"):
            if word in NOT_CONVERBS:
                return f"{word} is an adverb or a postposition"
            if known.has_family(word):
                return f"{word} is a noun of its own, with words derived from it"  # қала: қалалық, қалалы
    if morphs and morphs[0].name == "attributive" and stem not in ATTRIBUTIVE_STEMS:
        return "the attributive -ғы is read only on nouns of time and place"
    derived = stem
    for morph in morphs:
        if morph.tag != "VOICE":
            break
        derived += morph.text
        if morph.name in _WORDS_OF_THEIR_OWN and known.knows(derived):
            return f"{derived} is a word of its own"  # жеткіз-, өндіріс: not же- or өндір- + voice
        reflexive_noun = morph.name == "reflexive" and morph.text in ("ын", "ін") and derived in known.nominal
        if derived in NOT_PASSIVES or (reflexive_noun and derived not in known.verbs):
            return f"{derived} is a word of its own"  # ерін, ақын, келін: not ер-, ақ-, кел- + voice
    return ""


ANALYSER = Analyser(Grammar())


@lru_cache(maxsize=1)
def _fallback_analyser() -> Analyser:
    """Built for the first query typed without the Kazakh letters, not at import."""
    return Analyser(Grammar(fallback=True))


def analyse(word: str) -> tuple[Analysis, ...]:
    """Every reading of a folded Cyrillic Kazakh word (the word itself first)."""
    return ANALYSER.analyse(word)


def stems(word: str) -> frozenset[str]:
    """The stems a folded word can be read as; two words are the same word when these meet."""
    return ANALYSER.stems(word)


def word_keys(word: str) -> frozenset[str]:
    """What search compares to tell the same word: stems with their class (verb stems end in "-")."""
    return ANALYSER.keys(word)


def word_keys_with_verbs(word: str, verbs: frozenset[str]) -> frozenset[str]:
    """``word_keys`` when ``verbs`` (``verb_evidence``) are known verb stems too."""
    if not verbs:
        return ANALYSER.keys(word)
    return _keys_of(word, ANALYSER.with_verbs(word, verbs), verbs)


def query_reading_class(word: str) -> str:
    """The class a word is most plainly read as: "noun" or "verb".

    The lexicon's own entry first (ата is listed as a noun, бару as a verb), else the reading
    with the fewest suffixes (оқыды: verb).
    """
    known = lexicon.load()
    if word in known.nominal:
        return "noun"
    if word in known.verbs:
        return "verb"
    readings = [r for r in ANALYSER.analyse(word) if r.pos in STEM_POS]
    if not readings:
        return "noun"
    return min(readings, key=lambda r: (len(r.morphs), r.pos != "noun")).pos


def judge(word: str) -> Judgement:
    """A word's readings the lexicon allows, and those it rules out with the reason (``oqyrman analyze``)."""
    return ANALYSER.judge(word)


def verb_evidence(words: Iterable[str]) -> frozenset[str]:
    """Stems unknown to the lexicon that these words (a reader's articles) show as verbs.

    A stem is a verb there when two different words read as it with verbal endings, one of
    them an ending only verbs take (the present, -ған, -атын, negation, the conditional…;
    not the past -ды, which is also the accusative): сканерледі, сканерлейді: сканерле- is a verb.
    """
    known = lexicon.load()
    seen: dict[str, int] = defaultdict(int)
    sure: set[str] = set()
    for word in words:
        verbal: set[str] = set()
        for reading in ANALYSER.analyse(word):
            if reading.pos != "verb" or known.knows(reading.stem) or len(reading.stem) < 3:
                continue
            verbal.add(reading.stem)
            if any(morph.tag in _VERB_ONLY for morph in reading.morphs):
                sure.add(reading.stem)
        for stem in verbal:
            seen[stem] += 1
    return frozenset(stem for stem in sure if seen[stem] >= 2)


def stems_with_verbs(word: str, verbs: frozenset[str]) -> frozenset[str]:
    """A word's stems when ``verbs`` (``verb_evidence``) are known verb stems too."""
    if not verbs:
        return ANALYSER.stems(word)
    return frozenset(analysis.stem for analysis in ANALYSER.with_verbs(word, verbs))


def family(word: str) -> frozenset[str]:
    """A word's stems and the roots they derive from; two words are related when these meet."""
    return ANALYSER.family(word)


def fallback_stems(word: str) -> frozenset[str]:
    """Stems of a word typed without the nine Kazakh letters, in that same spelling."""
    return _fallback_analyser().stems(word)
