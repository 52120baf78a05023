"""Exporting annotations (Markdown, HTML, JSON) and importing JSON: escaped, checked, all or nothing."""

import json

import pytest
from markdown_it import MarkdownIt

from desktop.userdata import notes_io
from desktop.userdata.anchors import make_anchor
from desktop.userdata.annotations import AnnotationStore


@pytest.fixture
def store(tmp_path):
    store = AnnotationStore(tmp_path / "notes.sqlite")
    yield store
    store.close()


@pytest.fixture
def annotated(store, article):
    texts = [p.text for p in article.passages]
    start = texts[2].index("Reuters")
    store.add("bundled", article, make_anchor(texts, 2, start, start + 7), note="<b>1. маңызды</b> & *белгі*")
    start = texts[8].index("Ресейге")
    store.add("bundled", article, make_anchor(texts, 8, start, start + 7), color="blue")
    return store.for_article("bundled", article)


def test_json_round_trips_into_an_empty_store(tmp_path, article, annotated):
    exported = notes_io.to_json(article, annotated)
    document = json.loads(exported)
    assert document["article"] == {"title": article.title, "source": "BAQ.KZ", "date": "2025-11-15"}
    fresh = AnnotationStore(tmp_path / "other.sqlite")
    assert fresh.merge(notes_io.from_json(exported.encode(), "bundled", article)) == 2
    assert [a.as_dict() for a in fresh.stored("bundled")] == [a.as_dict() for a in annotated]
    assert fresh.merge(notes_io.from_json(exported.encode(), "bundled", article)) == 0  # no duplicates


def test_markdown_shows_quote_and_note_literally(article, annotated):
    markdown = notes_io.to_markdown(article, annotated)
    rendered = MarkdownIt("commonmark").render(markdown)
    assert "&lt;b&gt;1. маңызды&lt;/b&gt; &amp; *белгі*" in rendered  # no list, no bold, no emphasis
    assert "<blockquote>\n<p>Reuters</p>" in rendered


def test_html_escapes_everything(article, annotated):
    page = notes_io.to_html(article, annotated)
    assert "&lt;b&gt;1. маңызды&lt;/b&gt; &amp; *белгі*" in page and "<b>1." not in page
    assert page.count('<section class="annotation highlight"') == 2 and 'data-color="blue"' in page


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: b"\xff\xfe", "not UTF-8"),
        (lambda d: b"{not json", "not valid JSON"),
        (lambda d: json.dumps({"format": "something else"}).encode(), "not an Oqyrman notes file"),
        (lambda d: json.dumps({**d, "version": 9}).encode(), "version 9"),
        (lambda d: json.dumps({**d, "article": {**d["article"], "title": "Басқа мақала"}}).encode(), "another article"),
        (lambda d: json.dumps({**d, "annotations": "many"}).encode(), "must be a list"),
        (lambda d: json.dumps({**d, "annotations": [1]}).encode(), "annotation 1 is not an object"),
        (lambda d: json.dumps({**d, "annotations": [{**d["annotations"][0], "start": -1}]}).encode(), "whole numbers"),
        (lambda d: json.dumps({**d, "annotations": [{**d["annotations"][0], "color": "gold"}]}).encode(), "colour"),
        (lambda d: json.dumps({**d, "annotations": [{**d["annotations"][0], "quote": "x"}]}).encode(), "offsets"),
        (lambda d: b" " * (notes_io.MAX_IMPORT_BYTES + 1), "larger than"),
    ],
)
def test_a_bad_import_file_says_what_is_wrong_and_adds_nothing(store, article, annotated, mutate, message):
    document = json.loads(notes_io.to_json(article, annotated))
    document["annotations"][0]["uuid"] = "new-one"
    before = store.stored()
    with pytest.raises(notes_io.NotesFileError, match=message):
        store.merge(notes_io.from_json(mutate(document), "bundled", article))
    assert store.stored() == before


def test_an_import_with_one_bad_entry_adds_none_of_the_good_ones(store, article, annotated):
    document = json.loads(notes_io.to_json(article, annotated))
    good = {**document["annotations"][0], "uuid": "fresh-1"}
    bad = {**document["annotations"][1], "uuid": "fresh-2", "kind": "scribble"}
    data = json.dumps({**document, "annotations": [good, bad]}).encode()
    with pytest.raises(notes_io.NotesFileError, match="annotation 2"):
        store.merge(notes_io.from_json(data, "bundled", article))
    assert "fresh-1" not in {a.uuid for a in store.stored()}
