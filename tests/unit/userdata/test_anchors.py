"""Anchors found again in a changed text, by quote and context; gone quotes reported."""

import pytest

from desktop.userdata.anchors import make_anchor, relocate

TEXTS = [
    "Reuters агенттігі бұл сапарды айқын көрінісі деп сипаттайды.",
    "Financial Times келіссөздерді жаңа кезең деп бағалады.",
    "Le Monde сапарды маңызды қадам деп атады.",
]


def _word(passage: int, word: str):
    start = TEXTS[passage].index(word)
    return make_anchor(TEXTS, passage, start, start + len(word))


def test_an_unchanged_text_keeps_the_anchor():
    anchor = _word(2, "сапарды")
    assert anchor.quote == "сапарды" and relocate(anchor, TEXTS) == anchor


def test_a_paragraph_inserted_before_moves_the_anchor_with_its_words():
    anchor = _word(1, "келіссөздерді")
    changed = ["Жаңа кіріспе абзац.", *TEXTS]
    moved = relocate(anchor, changed)
    assert (moved.passage, changed[moved.passage][moved.start : moved.end]) == (2, "келіссөздерді")


def test_the_occurrence_with_the_matching_context_wins():
    anchor = _word(2, "сапарды")  # the second "сапарды", in Le Monde's sentence
    changed = ["Кіріспе.", *TEXTS]
    moved = relocate(anchor, changed)
    assert moved.passage == 3 and changed[3].startswith("Le Monde")


def test_words_edited_around_the_quote_still_find_it():
    anchor = _word(0, "айқын")
    changed = [TEXTS[0].replace("Reuters агенттігі", "Reuters"), TEXTS[1], TEXTS[2]]
    moved = relocate(anchor, changed)
    assert changed[moved.passage][moved.start : moved.end] == "айқын"


def test_a_quote_that_is_gone_is_reported_as_none():
    anchor = _word(1, "Financial Times")
    assert relocate(anchor, [TEXTS[0], TEXTS[2]]) is None


@pytest.mark.parametrize(("passage", "start", "end"), [(5, 0, 1), (0, 10, 5), (0, 0, 999), (-1, 0, 1)])
def test_offsets_outside_the_text_are_refused(passage, start, end):
    with pytest.raises(ValueError):
        make_anchor(TEXTS, passage, start, end)
