"""A data folder that cannot be written (read-only media, a full disk): the window starts, shows the notes
and the library, and says what cannot be saved. Real file systems: a tmpfs remounted read-only, or filled."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.library import Library
from desktop.ui.resources import bundled_article
from desktop.userdata.anchors import make_anchor
from desktop.userdata.annotations import AnnotationStore, new_annotation
from desktop.userdata.keys import BUNDLED_KEY
from tests.helpers.mounts import fill, remount_read_only, small_tmpfs
from tests.unit.library.conftest import write_text_article

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="mounts a tmpfs")


@pytest.mark.parametrize("trouble", ["read-only media", "full disk"])
def test_the_window_starts_shows_the_notes_and_says_they_cannot_be_saved(
    make_window, qtbot, monkeypatch, tmp_path, trouble
):
    with small_tmpfs(tmp_path / "media", size="4m") as media:
        monkeypatch.setenv("XDG_DATA_HOME", str(media))
        from desktop.ui.paths import data_dir, notes_path

        article = bundled_article()
        store = AnnotationStore(notes_path())
        store.put(new_annotation(BUNDLED_KEY, article, make_anchor([p.text for p in article.passages], 2, 0, 7)))
        store.close()
        library = Library(data_dir())
        library.add_bundled(BUNDLED_KEY, lambda: article)
        library.add_file(write_text_article(tmp_path / "steppe.txt", "Дала туралы", "Қазақ даласы кең."))
        library.close()
        if trouble == "read-only media":
            remount_read_only(media)
        else:
            fill(media)
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(f"{title}: {text}"))
        window = make_window()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert told[0].startswith("Белгілер сақталмайды") and "өзгерістер сақталмайды" in told[0]
        qtbot.waitUntil(lambda: [a.quote for a in window.annotations.annotations] == ["Reuters"], timeout=5000)
        qtbot.waitUntil(window.library.idle, timeout=5000)
        assert {entry.title for entry in window.library.entries()} == {article.title, "Дала туралы"}
        window.library.record_reading(BUNDLED_KEY, 0.5)  # a write the library cannot make: not told again
        assert [problem for problem in window.library.reported if "library" in problem] == [
            next(problem for problem in window.library.reported if "library.sqlite is open for reading only" in problem)
        ], "told once"
        assert not [path for path in media.rglob("*") if ".broken-" in path.name]
        window.close()


def test_a_portable_copy_on_read_only_media_starts_and_reads_its_notes(make_window, qtbot, monkeypatch, tmp_path):
    from desktop import portable
    from desktop.ui.instance import RunningReader
    from desktop.ui.paths import data_dir, notes_path

    with small_tmpfs(tmp_path / "stick", size="4m") as stick:
        (stick / portable.MARKER).write_text("portable\n")
        monkeypatch.setattr(portable, "executable_dir", lambda: stick)
        assert data_dir() == stick / portable.DATA_FOLDER
        article = bundled_article()
        store = AnnotationStore(notes_path())
        store.put(new_annotation(BUNDLED_KEY, article, make_anchor([p.text for p in article.passages], 2, 0, 7)))
        store.close()
        remount_read_only(stick)
        running = RunningReader(data_dir())
        assert running.claim() and running.unwritable, "a lock that cannot be written is not another reader"
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
        window = make_window()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert "өзгерістер сақталмайды" in told[0]
        qtbot.waitUntil(lambda: [a.quote for a in window.annotations.annotations] == ["Reuters"], timeout=5000)
        window.close()
        running.release()
