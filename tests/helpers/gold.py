"""Readers for the hand-written Kazakh gold data in tests/data/kazakh (see its README)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

GOLD = Path(__file__).resolve().parent.parent / "data" / "kazakh"


def _lines(name: str) -> list[str]:
    text = (GOLD / name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def paradigms() -> dict[str, list[str]]:
    """Lemma -> its forms (the lemma itself not repeated)."""
    table = {}
    for line in _lines("paradigms.txt"):
        lemma, forms = line.split(":")
        table[lemma.strip()] = forms.split()
    return table


def verbs() -> list[str]:
    """The paradigms' verbs: the section after the '-- verbs' comment."""
    text = (GOLD / "paradigms.txt").read_text(encoding="utf-8")
    section = text.split("# -- verbs", 1)[1]
    return [line.split(":")[0] for line in section.splitlines()[1:] if ":" in line and not line.startswith("#")]


def pairs(name: str) -> list[tuple[str, str]]:
    """(word, other) from a file of pairs; a third column, if any, is left out."""
    return [(line.split()[0], line.split()[1]) for line in _lines(name)]


def homographs(name: str) -> set[tuple[str, str]]:
    """The pairs of a families file marked "homograph"."""
    return {(line.split()[0], line.split()[1]) for line in _lines(name) if line.split()[2:] == ["homograph"]}


class Token(NamedTuple):
    """One annotated word of the running text: its form, lemma, class and other real lemmas."""

    form: str
    lemma: str
    pos: str
    others: tuple[str, ...]

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset((self.lemma, *self.others))


def running_text() -> list[Token]:
    """running_text.txt: ``form/lemma/CLASS[/other,lemmas]`` words, "=" for a lemma that is the form."""
    tokens = []
    for line in _lines("running_text.txt"):
        for item in line.split():
            form, lemma, pos, *rest = item.split("/")
            form = form.casefold()
            lemma = form if lemma == "=" else lemma.casefold()
            others = tuple(other.casefold() for other in rest[0].split(",")) if rest else ()
            tokens.append(Token(form, lemma, pos, others))
    return tokens


class Scores(NamedTuple):
    recall: dict[str, float]
    """Per class: the share of (form, other form or lemma) pairs of one lemma that meet."""
    complete: dict[str, float]
    """Per class: the share of lemmas all of whose forms meet each other and the lemma."""
    misses: dict[str, list[tuple[str, str]]]
    precision: float
    """Of the pairs of different words that meet, the share that are really one word."""
    false_matches: list[tuple[str, str]]


def score_running_text(same_word: Callable[[str, str], bool], tokens: list[Token]) -> Scores:
    """Recall from any form and precision of word-level matches over the running text's vocabulary."""
    forms_of: dict[tuple[str, str], set[str]] = {}
    lemmas_of: dict[str, set[str]] = {}
    for token in tokens:
        forms_of.setdefault((token.lemma, token.pos), set()).add(token.form)
        lemmas_of.setdefault(token.form, set()).update(token.lemmas)
    pairs_by_class: dict[str, list[bool]] = {}
    complete_by_class: dict[str, list[bool]] = {}
    misses: dict[str, list[tuple[str, str]]] = {}
    true_matches = 0
    for (lemma, pos), forms in forms_of.items():
        words = sorted(forms | {lemma})
        results = []
        for index, word in enumerate(words):
            for other in words[index + 1 :]:
                met = same_word(word, other)
                results.append(met)
                true_matches += met
                if not met:
                    misses.setdefault(pos, []).append((word, other))
        pairs_by_class.setdefault(pos, []).extend(results)
        complete_by_class.setdefault(pos, []).append(all(results))
    vocabulary = sorted(lemmas_of)
    false_matches = []
    for index, word in enumerate(vocabulary):
        for other in vocabulary[index + 1 :]:
            if not lemmas_of[word] & lemmas_of[other] and same_word(word, other):
                false_matches.append((word, other))
    recall = {pos: sum(results) / len(results) for pos, results in pairs_by_class.items() if results}
    complete = {pos: sum(results) / len(results) for pos, results in complete_by_class.items()}
    precision = true_matches / (true_matches + len(false_matches))
    return Scores(recall, complete, misses, precision, false_matches)
