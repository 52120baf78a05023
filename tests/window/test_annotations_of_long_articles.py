"""A long article's annotations: its hash is worked out away from the window, then they are shown."""

from desktop.ui import annotations as ui_annotations
from desktop.ui.annotations import AnnotationsController
from desktop.userdata.anchors import make_anchor
from desktop.userdata.annotations import AnnotationStore, new_annotation


def _anchor(article, passage: int, word: str):
    texts = [p.text for p in article.passages]
    start = texts[passage].index(word)
    return make_anchor(texts, passage, start, start + len(word))


def hash_held_until(monkeypatch, released):
    """The worker hashing a long article waits for ``released`` (a threading.Event): the reader acts meanwhile."""
    hash_away = ui_annotations._Hashed.hash

    def held(self, article):
        released.wait(5)
        hash_away(self, article)

    monkeypatch.setattr(ui_annotations._Hashed, "hash", held)


def test_a_long_articles_stored_highlights_are_shown_once_its_hash_is_ready(qtbot, monkeypatch, article, tmp_path):
    store_file = tmp_path / "notes.sqlite3"
    store = AnnotationStore(store_file)
    store.put(new_annotation("bundled", article, _anchor(article, 2, "Reuters"), color="green"))
    store.close()
    monkeypatch.setattr(ui_annotations, "HASH_AWAY_CHARS", 100)  # the bundled article counts as long
    controller = AnnotationsController(store_file)
    with qtbot.waitSignals([controller.changed, controller.changed], timeout=5000):
        controller.load("bundled", article)  # at once: none yet; then: the stored one
    (shown,) = controller.annotations
    assert (shown.quote, shown.color, shown.found) == ("Reuters", "green", True)
    controller.close()


def test_a_highlight_made_before_the_hash_is_ready_is_kept_once(qtbot, monkeypatch, article, tmp_path):
    import threading

    monkeypatch.setattr(ui_annotations, "HASH_AWAY_CHARS", 100)
    controller = AnnotationsController(tmp_path / "notes.sqlite3")
    highlighted = threading.Event()
    hash_held_until(monkeypatch, highlighted)  # the worker is still hashing when the reader highlights
    controller.load("bundled", article)
    start = article.passages[2].text.index("Reuters")
    with qtbot.waitSignal(controller.changed, timeout=5000):  # the stored annotations, once hashed
        controller.add_highlight(2, start, start + len("Reuters"), "blue")
        highlighted.set()
    assert [(a.quote, a.color) for a in controller.annotations] == [("Reuters", "blue")]
    controller.close()


def test_an_export_while_the_hash_is_worked_out_has_the_stored_notes(qtbot, monkeypatch, article, tmp_path):
    import threading

    from desktop.userdata import notes_io

    store_file = tmp_path / "notes.sqlite3"
    store = AnnotationStore(store_file)
    store.put(new_annotation("bundled", article, _anchor(article, 2, "Reuters"), color="green", note="агенттік"))
    store.close()
    monkeypatch.setattr(ui_annotations, "HASH_AWAY_CHARS", 100)
    exported = threading.Event()
    hash_held_until(monkeypatch, exported)  # the worker is still hashing when the reader exports
    controller = AnnotationsController(store_file)
    controller.load("bundled", article)
    assert controller.annotations == []  # not shown yet
    markdown = notes_io.EXPORTERS["markdown"](article, controller.settled())
    exported.set()
    assert "Reuters" in markdown and "агенттік" in markdown
    qtbot.wait(50)  # the worker's late answer changes nothing
    assert [a.quote for a in controller.annotations] == ["Reuters"]
    controller.close()
