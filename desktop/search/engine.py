"""Keyword search over an article's passages, aware of how Kazakh is written, typed and inflected.

A query word matches a text word at the best of these levels (the ranking order):

- EXACT: the same folded form (case, quotes, look-alike letters folded);
- WORD: the same word in another form: the two share a stem in the morphological
  analyser's readings (сапар → сапарына, оқу → оқымаған, мақсат → мақсатының);
- FAMILY: a related word, derived from the same root (дос → достық, оқу → оқушы);
- FALLBACK: the same letters as typed on a Russian keyboard (кауипсиздик → қауіпсіздік),
  or with the keyboard in the Latin layout (cfgfh → сапар), inflected forms included;
- LATIN: the same word in the 2021 Latin alphabet or informal ASCII (Batys → Батыс);
- TYPO: only when nothing else matched, a vocabulary word one or two edits away, with
  all its forms.

``SearchOptions`` turns the WORD and FAMILY levels off ("this form only") or the FAMILY
level alone. Several words must all occur in one passage (closer together ranks higher);
"double quotes" and hyphenated words ask for consecutive words. Every hit carries
character offsets into the passage's original text.
"""

from __future__ import annotations

import bisect
import enum
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice

from desktop.records import TYPE_CHECKING, NamedTuple
from desktop.search.morphology import (
    VERB_MARK,
    fallback_stems,
    family,
    query_reading_class,
    stems,
    verb_evidence,
    word_keys,
    word_keys_with_verbs,
)
from desktop.search.normalize import fold, has_cyrillic, tokenize
from desktop.search.transliterate import (
    is_latin_word,
    keyboard_fallback,
    latin_skeleton,
    latin_to_cyrillic,
    to_latin,
    wrong_layout_to_cyrillic,
)

if TYPE_CHECKING:
    from desktop.content import Article

MAX_QUERY_WORDS = 32  # longer input is cut here: no passage holds more words than that together
TOKEN_BITS = 32
"""Postings pack (passage << TOKEN_BITS) | token into one 64-bit integer: 2**32 words per passage
and 2**31 passages, far past what the 64 MiB article limit allows (docs/reliability.md)."""
TOKEN_MASK = (1 << TOKEN_BITS) - 1
SHORT_LIMIT = 1 << 16
"""Offsets and type numbers below this are kept in two bytes."""


_RankedHit = tuple[float, int, int, int, "Level"]  # score, passage, first token, token count, level


class Level(enum.IntEnum):
    """How a hit matched the query, best last; ``label`` is its name in JSON and the window."""

    TYPO = 1
    LATIN = 2
    FALLBACK = 3
    FAMILY = 4
    WORD = 5
    EXACT = 6

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self]


LEVEL_LABELS = {
    Level.EXACT: "exact",
    Level.WORD: "word",
    Level.FAMILY: "related",
    Level.FALLBACK: "keyboard",
    Level.LATIN: "latin",
    Level.TYPO: "typo",
}
LEVEL_SCORE = {
    Level.EXACT: 1.0,
    Level.WORD: 0.85,
    Level.FAMILY: 0.7,
    Level.FALLBACK: 0.6,
    Level.LATIN: 0.5,
    Level.TYPO: 0.3,
}
PROXIMITY_WEIGHT = 0.1


class SearchOptions(NamedTuple):
    """What counts as a match beyond the exact form."""

    inflection: bool = True
    """Other forms of the word (off: "this form only")."""
    related: bool = True
    """Related words of the same family, ranked below the word's own forms."""


class Hit(NamedTuple):
    """One match: characters [start, end) of a passage's displayed text.

    A named tuple rather than a frozen dataclass: a search may return tens of
    thousands of hits, and tuples are built several times faster.
    """

    passage: int
    section_id: str
    start: int
    end: int
    match: str
    score: float
    level: Level


class SearchResult(NamedTuple):
    query: str
    hits: tuple[Hit, ...]
    suggestion: str | None = None
    total: int = 0
    """How many hits there are in all; ``hits`` may hold only the first ``limit``."""

    def counts_by_section(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for hit in self.hits:
            counts[hit.section_id] += 1
        return dict(counts)

    def in_document_order(self) -> list[Hit]:
        return sorted(self.hits, key=lambda hit: (hit.passage, hit.start))


class Completion(NamedTuple):
    """A suggestion for a search box: a word of the text with its other forms and how often they occur."""

    word: str
    occurrences: int
    forms: tuple[str, ...]


class QueryGroup:
    """Query words that must match consecutively (one word, a hyphenated word or a quoted phrase).

    Written out, not a dataclass: importing ``dataclasses`` (with ``inspect``) and making each
    class cost a command's start about 10 ms; the search's other types are named tuples.
    """

    __slots__ = ("layout_words", "surfaces", "words")

    def __init__(self, words: list[str], surfaces: list[str] | None = None, layout_words: list[str] | None = None):
        self.words = words
        self.surfaces = [] if surfaces is None else surfaces
        self.layout_words = layout_words
        """The same words as meant when typed with the keyboard in the Latin layout (cfgfh → сапар)."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QueryGroup):
            return NotImplemented
        return (self.words, self.surfaces, self.layout_words) == (other.words, other.surfaces, other.layout_words)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def __repr__(self) -> str:
        return f"QueryGroup(words={self.words!r}, surfaces={self.surfaces!r}, layout_words={self.layout_words!r})"


class PassageTokens(NamedTuple):
    """A passage's words as search compares them (folded), and where each is in the original text."""

    words: list[str]
    spans: array[int]
    """start0, end0, start1, end1 … in the passage's original text."""


def passage_tokens(text: str) -> PassageTokens:
    folded = fold(text)
    spans: array[int] = array("I")
    words: list[str] = []
    for token in tokenize(folded.text):
        start, end = folded.original_span(token.start, token.end)
        spans.extend((start, end))
        words.append(token.text)
    return PassageTokens(words, spans)


# -- keys ------------------------------------------------------------------------------------
def text_keys(word: str, verbs: frozenset[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """(index kind, key) pairs a text word is found by.

    "word" keys are the stems of the word's readings with their class (a verb stem ends in
    "-": жаз- "write" is not жаз "summer"); ``verbs`` are stems the reader's own articles
    show as verbs (``morphology.verb_evidence``), which unlock their bare converb and aorist.
    """
    yield "exact", word
    yield "fallback", keyboard_fallback(word)
    yield "latin", latin_skeleton(to_latin(word))
    for key in word_keys_with_verbs(word, verbs):
        yield "word", key
    for stem in stems(word):
        yield "fallback_word", keyboard_fallback(stem)
    for root in family(word):
        yield "family", root


def _is_kazakh_word(word: str, own_keys: frozenset[str]) -> bool:
    """Whether a word typed without the nine Kazakh letters is a Kazakh word as it stands (сол, бала,
    адам): then it is not also read as another word's letters typed on a Russian keyboard (сөл)."""
    from desktop.search import lexicon

    known = lexicon.load()
    return any(len(key.rstrip("-")) > 2 and known.knows(key.rstrip("-")) for key in own_keys)


def _fallback_keys(typed: str, level: Level, options: SearchOptions) -> list[tuple[str, str, Level]]:
    """Keys of a word typed without the Kazakh letters (a Russian keyboard, Latin letters read as Cyrillic)."""
    keys = [("fallback", typed, level)]
    if options.inflection:
        keys += [("fallback_word", stem, level) for stem in fallback_stems(typed)]
    return keys


def query_keys(
    word: str, options: SearchOptions, layout_word: str | None = None, verbs: frozenset[str] = frozenset()
) -> list[tuple[str, str, Level]]:
    """(index kind, key, level) triples to look a query word up by."""
    keys = [("exact", word, Level.EXACT)]
    own_keys = word_keys_with_verbs(word, verbs)
    if options.inflection:
        keys += [("word", key, Level.WORD) for key in own_keys]
        if options.related:
            keys += [("family", root, Level.FAMILY) for root in family(word)]
    typed_without_kazakh_letters = keyboard_fallback(word) == word
    if typed_without_kazakh_letters and not _is_kazakh_word(word, own_keys):
        keys += _fallback_keys(word, Level.FALLBACK, options)
    else:  # typed on a Kazakh keyboard: only a text typed without the letters is looked up that way
        keys.append(("fallback", keyboard_fallback(word), Level.FALLBACK))
    if layout_word:
        keys += _fallback_keys(keyboard_fallback(layout_word), Level.FALLBACK, options)
    if is_latin_word(word):
        keys.append(("latin", latin_skeleton(word), Level.LATIN))
        keys += _fallback_keys(keyboard_fallback(latin_to_cyrillic(word)), Level.LATIN, options)
    return keys


class SearchIndex:
    """An inverted index over passages (section id, text), built once per article."""

    def __init__(
        self,
        passages: Iterable[tuple[str, str]],
        tokenized: Iterable[PassageTokens] | None = None,
        verbs: frozenset[str] | None = None,
    ) -> None:
        """``tokenized``, when given, holds each passage's ``passage_tokens`` computed earlier (the
        library stores them, so a search over thousands of passages does not fold their text again).

        ``verbs``: stems known as verbs beyond the lexicon; by default those the passages themselves
        show (``morphology.verb_evidence``: a stem read with verb-only endings in two words)."""
        self._sections: list[str] = []
        self._texts: list[str] = []
        self._spans: list[array[int]] = []  # per passage: start0, end0, start1, end1 … in original text
        self._types: dict[str, int] = {}  # folded word -> type id
        self._type_words: list[str] = []
        self._postings: list[array[int]] = []  # per type: packed (passage, token)
        self._token_types: list[array[int]] = []  # per passage: the type of each token
        self._keys: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        if tokenized is None:
            for section_id, text in passages:
                self._add(section_id, text, passage_tokens(text))
        else:
            for (section_id, text), tokens in zip(passages, tokenized, strict=True):
                self._add(section_id, text, tokens)
        self.verbs = verb_evidence(self._type_words) if verbs is None else verbs
        if self.verbs:
            for type_id, word in enumerate(self._type_words):
                for key in word_keys_with_verbs(word, self.verbs) - word_keys(word):
                    self._keys["word"][key].append(type_id)
        self._keys = {kind: dict(table) for kind, table in self._keys.items()}
        self._sorted_words: list[str] | None = None  # for completion, sorted on first use
        self._fallback_vocabulary: dict[str, int] = {}
        for type_id, word in enumerate(self._type_words):
            self._fallback_vocabulary.setdefault(keyboard_fallback(word), type_id)

    @classmethod
    def from_article(cls, article: Article) -> SearchIndex:
        return cls((passage.section_id, passage.text) for passage in article.passages)

    def __len__(self) -> int:
        return len(self._texts)

    def _add(self, section_id: str, text: str, tokens: PassageTokens) -> None:
        passage = len(self._texts)
        self._sections.append(section_id)
        self._texts.append(text)
        words, spans = tokens
        token_types: array[int] = array("I")
        for position, word in enumerate(words):
            type_id = self._types.get(word)
            if type_id is None:
                type_id = self._new_type(word)
            self._postings[type_id].append((passage << TOKEN_BITS) | position)
            token_types.append(type_id)
        # Two bytes a number where they fit (a passage shorter than 64 Ki characters, the first
        # 64 Ki words of the text): a long book's index takes a third less memory.
        if len(text) < SHORT_LIMIT and spans.typecode != "H":
            spans = array("H", spans)
        if token_types and max(token_types) < SHORT_LIMIT:
            token_types = array("H", token_types)
        self._spans.append(spans)
        self._token_types.append(token_types)

    def _new_type(self, word: str) -> int:
        type_id = len(self._type_words)
        self._types[word] = type_id
        self._type_words.append(word)
        self._postings.append(array("q"))
        for kind, key in set(text_keys(word)):
            self._keys[kind][key].append(type_id)
        return type_id

    # -- querying ----------------------------------------------------------------------------
    def search(
        self, query: str, limit: int | None = None, options: SearchOptions | None = None, *, correct: bool = True
    ) -> SearchResult:
        """Hits ranked best first (then in document order); never raises on any input.

        ``correct=False`` leaves out the typo level: the library corrects a query against the
        whole library's words, not against the few passages it searches in memory.
        """
        options = options or SearchOptions()
        groups = parse_query(query)
        if not groups:
            return SearchResult(query, ())
        matches = [self._match_group(group, options) for group in groups]
        other_readings = self._other_readings(groups[0].words[0], options) if len(groups) == 1 else frozenset()
        total, ranked = self._rank(matches, other_readings)
        suggestion = None
        if not total and correct:
            corrected = [self._correct_group(group, options) for group in groups]
            if any(c is not None for c in corrected):
                typo_matches = [c[1] if c else match for c, match in zip(corrected, matches, strict=True)]
                total, ranked = self._rank(typo_matches)
                if total:
                    suggestion = " ".join(
                        c[0] if c else " ".join(g.surfaces) for c, g in zip(corrected, groups, strict=True)
                    )
        return SearchResult(query, self._materialize(islice(ranked, limit)), suggestion, total)

    def _word_levels(self, word: str, options: SearchOptions, layout_word: str | None = None) -> dict[int, Level]:
        """Vocabulary types matching a query word, each with its best level."""
        levels: dict[int, Level] = {}
        for kind, key, level in query_keys(word, options, layout_word, self.verbs):
            for type_id in self._keys.get(kind, {}).get(key, ()):
                if levels.get(type_id, 0) < level:
                    levels[type_id] = level
        return levels

    def _occurrences(self, levels: dict[int, Level]) -> dict[int, Level]:
        """Packed postings of the given types, each with its level."""
        found: dict[int, Level] = {}
        for type_id, level in levels.items():
            for posting in self._postings[type_id]:
                if found.get(posting, 0) < level:
                    found[posting] = level
        return found

    def _match_group(
        self, group: QueryGroup, options: SearchOptions, levels: list[dict[int, Level]] | None = None
    ) -> dict[int, tuple[int, Level]]:
        """Packed posting of each match's first word -> (number of words, level)."""
        layout_words: list[str | None] = [*group.layout_words] if group.layout_words else [None] * len(group.words)
        per_word = levels or [
            self._word_levels(word, options, layout_word)
            for word, layout_word in zip(group.words, layout_words, strict=True)
        ]
        first = self._occurrences(per_word[0])
        if len(group.words) == 1:
            return {posting: (1, level) for posting, level in first.items()}
        rest = [self._occurrences(word_levels) for word_levels in per_word[1:]]
        matches: dict[int, tuple[int, Level]] = {}
        for posting, level in first.items():
            worst = level
            for offset, occurrences in enumerate(rest, start=1):
                following = occurrences.get(posting + offset)
                if following is None or (posting + offset) >> TOKEN_BITS != posting >> TOKEN_BITS:
                    break
                worst = min(worst, following)
            else:
                matches[posting] = (len(group.words), worst)
        return matches

    def _correct_group(
        self, group: QueryGroup, options: SearchOptions
    ) -> tuple[str, dict[int, tuple[int, Level]]] | None:
        """Closest vocabulary words for a mistyped group: (suggestion, matches at TYPO level).

        A corrected word finds all its forms, as the word itself would. Only a word that is not
        a Kazakh word as typed is corrected into another word (кеме "ship" is not a misspelt кеше);
        the suggestions are the reader's own words, so always real ones.
        """
        levels: list[dict[int, Level]] = []
        surfaces: list[str] = []
        for word in group.words:
            type_id = self._closest_type(word)
            if type_id is None:
                return None
            corrected = self._type_words[type_id]
            own_keys = word_keys(word)
            if _is_kazakh_word(word, own_keys) and not own_keys & word_keys(corrected):
                return None  # a real word the text lacks is not "corrected" into another word
            forms = self._word_levels(corrected, SearchOptions(options.inflection, related=False))
            levels.append(dict.fromkeys(forms, Level.TYPO) | {type_id: Level.TYPO})
            surfaces.append(self._surface(type_id))
        matches = self._match_group(group, options, levels)
        return (" ".join(surfaces), matches) if matches else None

    def _closest_type(self, word: str) -> int | None:
        if len(word) < 4:
            return None
        # Imported here: only a query that found nothing needs it, and start-up stays lighter.
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        max_distance = 1 if len(word) <= 7 else 2
        found = process.extractOne(word, self._type_words, scorer=Levenshtein.distance, score_cutoff=max_distance)
        if found is not None:
            return found[2]
        fallback_words = list(self._fallback_vocabulary)
        found = process.extractOne(
            keyboard_fallback(word), fallback_words, scorer=Levenshtein.distance, score_cutoff=max_distance
        )
        return self._fallback_vocabulary[found[0]] if found is not None else None

    def _surface(self, type_id: int) -> str:
        """The word as first written in the text (original capitals and letters)."""
        posting = self._postings[type_id][0]
        passage, position = posting >> TOKEN_BITS, posting & TOKEN_MASK
        spans = self._spans[passage]
        return self._texts[passage][spans[2 * position] : spans[2 * position + 1]]

    def _other_readings(self, word: str, options: SearchOptions) -> frozenset[int]:
        """Types found at the word level only through the reading that does not fit the query's form.

        A homograph (бас "head" and бас- "press", ата "grandfather" and the converb of ату-) finds
        the forms of both; the forms of the reading the query itself is written in come first:
        the reading with the fewest suffixes, the word as the lexicon lists it first of all.
        """
        if not options.inflection:
            return frozenset()
        keys = word_keys_with_verbs(word, self.verbs)
        verb_keys = {key for key in keys if key.endswith(VERB_MARK)}
        if not verb_keys or verb_keys == keys:
            return frozenset()
        preferred = query_reading_class(word)
        fitting = {key for key in keys if key.endswith(VERB_MARK) == (preferred == "verb")} | {word}
        table = self._keys.get("word", {})
        fits = {type_id for key in fitting for type_id in table.get(key, ())}
        others = {type_id for key in keys - fitting for type_id in table.get(key, ())}
        return frozenset(others - fits - set(self._keys.get("exact", {}).get(word, ())))

    def _rank(
        self, matches: list[dict[int, tuple[int, Level]]], other_readings: frozenset[int] = frozenset()
    ) -> tuple[int, Iterator[_RankedHit]]:
        """How many hits there are, and the hits best first, produced lazily.

        Within a level, the words found only through a homograph's other reading come last.

        Only the hits asked for are built: sorting packed integers per level (one
        group) or per passage score (several groups) keeps a query over a large
        corpus fast even when it matches tens of thousands of words.
        """
        if len(matches) == 1:
            by_level: dict[Level, list[int]] = defaultdict(list)
            counts: dict[int, int] = {}
            for posting, (count, level) in matches[0].items():
                by_level[level].append(posting)
                counts[posting] = count

            demoted = {p for p in counts if self._type_of_posting(p) in other_readings} if other_readings else set()

            def single() -> Iterator[_RankedHit]:
                for level in sorted(by_level, reverse=True):
                    postings = by_level[level]
                    if demoted:  # the other reading's words after the rest, each part in order
                        ordered = sorted(p for p in postings if p not in demoted)
                        ordered += sorted(p for p in postings if p in demoted)
                    else:
                        ordered = sorted(postings)  # packed integers: no key to build for each
                    score = LEVEL_SCORE[level]
                    for posting in ordered:
                        yield score, posting >> TOKEN_BITS, posting & TOKEN_MASK, counts[posting], level

            return len(counts), single()

        passages = [{posting >> TOKEN_BITS for posting in group} for group in matches]
        shared = set.intersection(*sorted(passages, key=len))
        if not shared:
            return 0, iter(())
        occurrences: dict[int, list[list[tuple[int, int, Level]]]] = {p: [[] for _ in matches] for p in shared}
        for group_index, group in enumerate(matches):
            for posting, (count, level) in group.items():
                table = occurrences.get(posting >> TOKEN_BITS)
                if table is not None:
                    table[group_index].append((posting & TOKEN_MASK, count, level))
        scored = []
        for passage, groups in occurrences.items():
            best = sum(max(LEVEL_SCORE[o[2]] for o in group) for group in groups) / len(groups)
            scored.append((best + PROXIMITY_WEIGHT / (1 + min_window(groups)), passage))
        scored.sort(key=lambda item: (-item[0], item[1]))
        total = sum(len(group) for groups in occurrences.values() for group in groups)

        def several() -> Iterator[_RankedHit]:
            for score, passage in scored:
                for position, count, level in sorted(o for group in occurrences[passage] for o in group):
                    yield score, passage, position, count, level

        return total, several()

    def _type_of_posting(self, posting: int) -> int:
        passage, position = posting >> TOKEN_BITS, posting & TOKEN_MASK
        return self._token_types[passage][position]

    def _materialize(self, ranked: Iterable[_RankedHit]) -> tuple[Hit, ...]:
        """The hits themselves: a common word in a book has tens of thousands, so one loop over local names,
        each score rounded once, and each hit made as the tuple it is (``Hit(...)`` goes through a Python call)."""
        spans_of, texts, sections = self._spans, self._texts, self._sections
        rounded: dict[float, float] = {}
        new = tuple.__new__
        hits = []
        for score, passage, position, count, level in ranked:
            spans = spans_of[passage]
            start, end = spans[2 * position], spans[2 * (position + count) - 1]
            shown = rounded.get(score)
            if shown is None:
                shown = rounded[score] = round(score, 4)
            hits.append(new(Hit, (passage, sections[passage], start, end, texts[passage][start:end], shown, level)))
        return tuple(hits)

    def passage_text(self, passage: int) -> str:
        return self._texts[passage]

    def _lemma(self, members: list[str]) -> str:
        """What to call a group of forms: the form that is their shared stem, or its dictionary form
        (сақтап, сақтау → сақтау), or the stem itself (салаларында, саласындағы → сала)."""
        if len(members) == 1:
            return self._surface(self._types[members[0]])
        shared = frozenset.intersection(*(stems(word) for word in members))
        for stem in sorted(shared, key=len, reverse=True):
            for form in (stem, stem + "у", stem[:-1] + "у" if stem[-1:] in "ыі" else ""):
                if form in members:
                    return self._surface(self._types[form])
        for stem in sorted(shared, key=len, reverse=True):
            if len(stem) >= 3 and all(word.startswith(stem) for word in members):
                return stem
        return self._surface(self._types[min(members, key=len)])

    # -- completion --------------------------------------------------------------------------
    def completions(self, prefix: str, limit: int = 8) -> list[Completion]:
        """Words of the text that start with ``prefix``, one entry per word with its forms, most used first.

        Forms are grouped when they share a stem (сапар, сапары, сапарын); the entry is
        named by its shortest form, which is the word a search for all of them needs.
        """
        folded = fold(prefix).text.strip()
        if not folded or not any(char.isalnum() for char in folded):
            return []
        if self._sorted_words is None:
            self._sorted_words = sorted(self._types)
        words = self._sorted_words
        candidates: list[str] = []
        for position in range(bisect.bisect_left(words, folded), len(words)):
            if not words[position].startswith(folded):
                break
            candidates.append(words[position])
        groups: dict[str, list[str]] = {}
        group_of_stem: dict[str, str] = {}
        for word in sorted(candidates, key=len):
            word_stems = stems(word)
            home = next((group_of_stem[stem] for stem in word_stems if stem in group_of_stem), None)
            if home is None:
                home = word
                groups[home] = []
            groups[home].append(word)
            for stem in word_stems:
                group_of_stem.setdefault(stem, home)
        entries = []
        for members in groups.values():
            counts = {word: len(self._postings[self._types[word]]) for word in members}
            ordered = sorted(members, key=lambda word: (-counts[word], word))
            surfaces = tuple(self._surface(self._types[word]) for word in ordered)
            entries.append(Completion(self._lemma(members), sum(counts.values()), surfaces))
        entries.sort(key=lambda entry: (-entry.occurrences, entry.word.casefold()))
        return entries[:limit]


def min_window(occurrences: list[list[tuple[int, int, Level]]]) -> int:
    """Fewest other words lying between one occurrence of each group (0 when adjacent); the library ranks by it too."""
    events = sorted(
        (position, position + count - 1, group_index)
        for group_index, group in enumerate(occurrences)
        for position, count, _level in group
    )
    needed = len(occurrences)
    counts = [0] * needed
    covered = 0
    best: int | None = None
    left = 0
    for right, (_start, _end, group_index) in enumerate(events):
        counts[group_index] += 1
        covered += counts[group_index] == 1
        while covered == needed:
            span = max(event[1] for event in events[left : right + 1]) - events[left][0] + 1
            best = span if best is None else min(best, span)
            counts[events[left][2]] -= 1
            covered -= counts[events[left][2]] == 0
            left += 1
    words = sum(group[0][1] for group in occurrences)
    return max(0, (best or words) - words)


def parse_query(query: str) -> list[QueryGroup]:
    """Quoted phrases and hyphenated words become consecutive-word groups; the rest single words.

    A query with no Cyrillic letter is also read as typed with the keyboard in the Latin
    layout; when that reading has the same shape, each word carries it along.
    """
    if not isinstance(query, str):
        return []
    groups = _parse_groups(query)
    if groups and not has_cyrillic(query) and any(char.isalpha() for char in query):
        meant = _parse_groups(wrong_layout_to_cyrillic(query))
        if [len(g.words) for g in meant] == [len(g.words) for g in groups]:
            for group, meant_group in zip(groups, meant, strict=True):
                group.layout_words = meant_group.words
    return groups


def _parse_groups(query: str) -> list[QueryGroup]:
    quote_count = query.count('"') + sum(query.count(q) for q in "«»“”„")
    folded = fold(query)
    text = folded.text
    if quote_count % 2:  # an unclosed quote: read the last one as plain text
        last = text.rfind('"')
        text = text[:last] + " " + text[last + 1 :]
    groups: list[QueryGroup] = []
    for index, part in enumerate(text.split('"')):
        tokens = tokenize(part)
        if index % 2:  # inside quotes: one phrase
            if tokens:
                groups.append(QueryGroup([t.text for t in tokens], [t.text for t in tokens]))
            continue
        current: list[str] = []
        for token in tokens:
            current.append(token.text)
            if not token.joined_to_next:
                groups.append(QueryGroup(current, list(current)))
                current = []
    words = 0
    kept: list[QueryGroup] = []
    for group in groups:
        words += len(group.words)
        if words > MAX_QUERY_WORDS:
            break
        kept.append(group)
    return kept
