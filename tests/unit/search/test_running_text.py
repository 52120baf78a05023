"""The analyser on hand-annotated running prose (tests/data/kazakh/running_text.txt).

Every word of the text carries its lemma and class, written by hand; the analyser is
measured as a reader uses search: any form of a word must find all its other forms and
its dictionary form, and words of different lemmas must not meet (homographs aside).
"""

from __future__ import annotations

from desktop.search.morphology import verb_evidence, word_keys_with_verbs
from tests.helpers import gold

TOKENS = gold.running_text()
TARGETS = {"N": 0.98, "V": 0.95, "ADJ": 0.95, "LOAN": 0.97}
VERBS = verb_evidence(sorted({token.form for token in TOKENS}) + sorted({token.lemma for token in TOKENS}))
"""What a search over this text knows of its verbs beyond the lexicon (as ``SearchIndex`` does)."""


def same_word(a: str, b: str) -> bool:
    return bool(word_keys_with_verbs(a, VERBS) & word_keys_with_verbs(b, VERBS))


def test_the_running_text_is_as_long_as_promised():
    assert len(TOKENS) >= 1500
    assert {token.pos for token in TOKENS} >= set(TARGETS)


def test_any_form_finds_the_others_and_words_stay_apart():
    scores = gold.score_running_text(same_word, TOKENS)
    for pos in sorted(scores.recall):
        print(f"\n{pos:5} recall {scores.recall[pos]:.4f}, lemmas with every form found {scores.complete[pos]:.3f}")
    print(f"\nprecision {scores.precision:.4f}; false matches: {scores.false_matches}")
    print(f"\nverbs known from the text: {sorted(VERBS)}")
    short = {pos: scores.recall[pos] for pos, target in TARGETS.items() if scores.recall[pos] < target}
    assert not short, (short, {pos: scores.misses.get(pos) for pos in short})
    assert scores.precision >= 0.97, scores.false_matches
