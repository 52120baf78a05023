"""Exporting annotations (Markdown, HTML, JSON) and importing JSON: escaped, checked, all or nothing."""

import json

import pytest
from markdown_it import MarkdownIt

from desktop.userdata import notes_io
from desktop.userdata.anchors import make_anchor
from desktop.userdata.annotations import AnnotationStore, new_annotation


@pytest.fixture
def store(tmp_path):
    store = AnnotationStore(tmp_path / "notes.sqlite")
    yield store
    store.close()


@pytest.fixture
def annotated(store, article):
    texts = [p.text for p in article.passages]
    start = texts[2].index("Reuters")
    store.put(
        new_annotation("bundled", article, make_anchor(texts, 2, start, start + 7), note="<b>1. маңызды</b> & *белгі*")
    )
    start = texts[8].index("Ресейге")
    store.put(new_annotation("bundled", article, make_anchor(texts, 8, start, start + 7), color="blue"))
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


def _with_first(article, annotated, **changes) -> bytes:
    document = json.loads(notes_io.to_json(article, annotated))
    document["annotations"] = [{**document["annotations"][0], "uuid": "imported", **changes}]
    return json.dumps(document, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (("start", "9" * 5_000), "not valid JSON"),  # more digits than Python reads
        (("passage", str(2**63)), "whole numbers from 0"),  # too large for SQLite
        (("end", str(2**64 + 7)), "whole numbers from 0"),
        (("start", "1e400"), "whole numbers"),
        (("note", '"\\ud800 жалғыз"'), "lone surrogate"),
        (("quote", '"Reuter\\udfff"'), "lone surrogate"),
        (("name", '"\\udc80"'), "lone surrogate"),
    ],
)
def test_numbers_and_texts_a_store_cannot_hold_are_refused_in_words(store, article, annotated, raw, message):
    name, literal = raw
    document = _with_first(article, annotated).decode()
    data = json.loads(document)
    data["annotations"][0][name] = "PLACEHOLDER"
    text = json.dumps(data, ensure_ascii=False).replace('"PLACEHOLDER"', literal)
    before = store.stored()
    with pytest.raises(notes_io.NotesFileError, match=message):
        store.merge(notes_io.from_json(text.encode(), "bundled", article))
    assert store.stored() == before


@pytest.mark.parametrize(
    "changes",
    [
        {"passage": 10_000, "start": 0, "end": 7},  # no such passage
        {"passage": 2, "start": 100_000, "end": 100_007},  # beyond the passage's end
        {"passage": 2, "start": 1, "end": 8},  # inside, but not where the quote is
    ],
)
def test_an_annotation_whose_offsets_do_not_hold_its_quote_is_placed_by_its_quote_and_said(
    store, article, annotated, changes
):
    report: list[str] = []
    imported = notes_io.from_json(_with_first(article, annotated, **changes), "bundled", article, report)
    assert len(report) == 1 and report[0].startswith("annotation 1: ") and "placed where its quote is" in report[0]
    store.merge(imported)
    [placed] = [a for a in store.for_article("bundled", article) if a.uuid == "imported"]
    texts = [p.text for p in article.passages]
    assert placed.found and texts[placed.passage][placed.start : placed.end] == "Reuters"


@pytest.mark.parametrize(
    "changes",
    [{"passage": 10_000, "start": 0, "end": 7}, {"passage": 2, "start": 100_000, "end": 100_007}],
)
def test_an_annotation_whose_quote_is_not_in_the_article_is_kept_as_not_found_and_said(
    store, article, annotated, changes
):
    report: list[str] = []
    data = _with_first(article, annotated, quote="Жоқ сөз", **changes)
    store.merge(notes_io.from_json(data, "bundled", article, report))
    assert len(report) == 1 and "kept as not found" in report[0]
    [kept] = [a for a in store.for_article("bundled", article) if a.uuid == "imported"]
    assert not kept.found
    assert notes_io.export_marks(store.for_article("bundled", article))  # the export draws the others, no crash


def test_the_command_line_reports_what_it_could_not_place(tmp_path, capsys, article, annotated):
    from desktop.cli import main

    path = tmp_path / "notes.json"
    path.write_bytes(_with_first(article, annotated, passage=2, start=1, end=8))
    assert main(["notes", "import", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "1 added, 1 in all\n"
    assert "annotation 1: its quote is not the text at its offsets; placed where its quote is" in captured.err
    assert main(["export", "--format", "html", "--highlights", "--script", "latin"]) == 0


def test_a_notes_file_too_large_is_named_a_notes_file(tmp_path, capsys):
    from desktop.cli import main

    path = tmp_path / "notes.json"
    path.write_bytes(b" " * (notes_io.MAX_IMPORT_BYTES + 1))
    assert main(["notes", "import", str(path)]) == 2
    error = capsys.readouterr().err
    assert "larger than the 8 MiB a notes file may be" in error and "article" not in error
