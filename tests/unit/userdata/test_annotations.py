"""Highlights, notes and bookmarks: one transaction per action, undo, and re-anchoring on a changed file."""

import dataclasses

import pytest

from desktop.content import Paragraph
from desktop.userdata.anchors import make_anchor
from desktop.userdata.annotations import AnnotationStore, new_annotation, text_hash


@pytest.fixture
def store(tmp_path):
    store = AnnotationStore(tmp_path / "notes.sqlite")
    yield store
    store.close()


def _anchor(article, passage: int, word: str):
    texts = [p.text for p in article.passages]
    start = texts[passage].index(word)
    return make_anchor(texts, passage, start, start + len(word))


def test_a_highlight_with_a_note_is_stored_with_its_section_and_the_texts_hash(store, article):
    made = new_annotation("bundled", article, _anchor(article, 2, "Reuters"), color="green", note="маңызды дереккөз")
    store.put(made)
    (stored,) = store.stored("bundled")
    assert stored == made
    assert (stored.section_id, stored.quote, stored.color, stored.note) == (
        "west",
        "Reuters",
        "green",
        "маңызды дереккөз",
    )
    assert stored.text_hash == text_hash(article)


def test_annotations_come_in_document_order_and_per_article(store, article):
    store.put(new_annotation("bundled", article, _anchor(article, 8, "Ресейге")))
    store.put(new_annotation("bundled", article, _anchor(article, 0, "Президенті"), kind="bookmark", name="Кіріспе"))
    store.put(new_annotation("/tmp/other.md", article, _anchor(article, 2, "Reuters")))
    assert [a.quote for a in store.stored("bundled")] == ["Президенті", "Ресейге"]
    assert [a.kind for a in store.stored("bundled")] == ["bookmark", "highlight"]
    assert len(store.stored()) == 3


def test_changing_colour_style_note_and_name(store, article):
    made = new_annotation("bundled", article, _anchor(article, 2, "Reuters"))
    store.put(made)
    changed = store.update(made.uuid, color="pink", style="underline", note="жаңа ескертпе")
    assert (changed.color, changed.style, changed.note) == ("pink", "underline", "жаңа ескертпе")
    assert changed.modified >= made.modified
    with pytest.raises(ValueError):
        store.update(made.uuid, color="rainbow")
    with pytest.raises(ValueError):
        store.update(made.uuid, quote="not editable")


def test_a_deletion_can_be_undone(store, article):
    made = new_annotation("bundled", article, _anchor(article, 2, "Reuters"), note="сақта")
    store.put(made)
    removed = store.delete(made.uuid)
    assert store.stored() == []
    store.put(removed)
    assert store.stored() == [made]


def test_merging_adds_only_what_is_new(store, article):
    made = new_annotation("bundled", article, _anchor(article, 2, "Reuters"))
    store.put(made)
    other = dataclasses.replace(made, uuid="another-id", note="басқа")
    assert store.merge([made, other]) == 1
    assert store.merge([made, other]) == 0
    assert len(store.stored()) == 2


def test_a_changed_article_file_moves_annotations_with_their_words_and_lists_the_lost_ones(store, article):
    store.put(new_annotation("/a.md", article, _anchor(article, 2, "Reuters"), note="көшеді"))
    store.put(new_annotation("/a.md", article, _anchor(article, 3, "Financial Times"), note="жоғалады"))
    lead = article.sections[0]
    edited_lead = lead._replace(blocks=(Paragraph("Жаңа бірінші абзац."), *lead.blocks))
    west = article.sections[1]
    without_ft = west._replace(blocks=tuple(b for b in west.blocks if "Financial" not in b.text))
    changed = article.replace(sections=(edited_lead, without_ft, *article.sections[2:]))
    placed = store.for_article("/a.md", changed)
    moved, lost = placed
    assert moved.found and changed.passages[moved.passage].text[moved.start : moved.end] == "Reuters"
    assert moved.passage == 3 and moved.note == "көшеді"
    assert not lost.found and lost.quote == "Financial Times" and lost.note == "жоғалады"
    assert len(store.stored("/a.md")) == 2  # nothing dropped from the store


def test_the_texts_hash_is_the_sha256_of_each_passage_and_a_zero_byte_however_it_is_read(monkeypatch, article):
    """Stored with every annotation: reading the text in runs must not change a byte of it."""
    import hashlib

    from desktop.userdata import hashing

    expected = hashlib.sha256(b"".join(p.text.encode("utf-8") + b"\x00" for p in article.passages)).hexdigest()
    assert text_hash(article) == expected
    for run in (1, 7, 500):
        monkeypatch.setattr(hashing, "HASH_RUN_CHARS", run)
        assert text_hash(article) == expected
