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


def _book_paragraph(repeats: int, marked_at: int) -> str:
    """One paragraph of a common sentence repeated, with one occurrence set apart by its context."""
    sentence = "Қазақ даласы кең және әдемі. "
    return sentence * marked_at + "Ерекше белгі: Қазақ даласы кең, бұл жер ерекше. " + sentence * (repeats - marked_at)


def test_a_highlight_in_a_book_long_paragraph_is_found_again_by_its_context():
    """About 3.5 MB in one paragraph, the quote 120,000 times in it: the occurrence with the context wins."""
    old = _book_paragraph(120_000, 90_000)
    start = old.index("даласы кең, бұл")
    anchor = make_anchor([old], 0, start, start + len("даласы"))
    new = "Кіріспе сөз. " + old  # the file changed before the highlight: every offset moved
    moved = relocate(anchor, [new])
    assert moved is not None
    assert (moved.passage, moved.start) == (0, start + len("Кіріспе сөз. "))
    assert new[moved.start - 20 : moved.end + 5] == "Ерекше белгі: Қазақ даласы кең,"


def test_when_the_context_changed_too_the_best_matching_occurrence_still_wins():
    old = _book_paragraph(50_000, 40_000)
    start = old.index("даласы кең, бұл")
    anchor = make_anchor([old], 0, start, start + len("даласы"))
    new = "Кіріспе. " + old.replace("Ерекше белгі:", "Басқа белгі:")  # the context before it was edited
    moved = relocate(anchor, [new])
    assert new[moved.start : moved.end + 10] == "даласы кең, бұл "


def test_re_anchoring_never_copies_the_paragraph():
    """Each occurrence is weighed by the few characters around it: memory stays far below the text's size."""
    import tracemalloc

    text = "сөз " * 500_000 + "ерекше бір сөз мұнда"
    anchor = make_anchor([text], 0, len(text) - 9, len(text) - 6)  # "сөз" near the end
    moved_text = "Жаңа басы. " + text
    tracemalloc.start()
    try:
        moved = relocate(anchor, [moved_text])
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert moved is not None and moved_text[moved.start - 4 : moved.end] == "бір сөз"
    assert peak < len(text) // 10, f"{peak} bytes allocated for a {len(text)}-character passage"


def test_a_quote_found_in_many_passages_goes_to_the_nearest_with_the_same_context():
    texts = ["басқа мәтін"] * 50 + ["сөз"] * 50
    anchor = relocate(make_anchor(["x сөз"], 0, 2, 5), texts)
    assert anchor is not None and anchor.passage == 50


@pytest.mark.parametrize("edited", ["before", "after"])
def test_a_quote_found_more_often_than_weighed_is_still_placed_by_the_context_left(monkeypatch, edited):
    from desktop.userdata import anchors

    monkeypatch.setattr(anchors, "MAX_CANDIDATES", 1_000)
    old = _book_paragraph(5_000, 4_000)
    start = old.index("даласы кең, бұл")
    anchor = make_anchor([old], 0, start, start + len("даласы"))
    if edited == "before":
        new = "Кіріспе. " + old.replace("Ерекше белгі: Қазақ", "Басқа белгі: Қазақ")
    else:
        new = "Кіріспе. " + old.replace("кең, бұл жер ерекше", "кең, бұл өлке ерекше")
    moved = relocate(anchor, [new])
    assert moved is not None and moved.start == new.index("даласы кең, бұл")
