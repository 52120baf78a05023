"""Highlights and notes in the window: make, colour, note, undo, both alphabets, kept across runs."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolTip

from desktop.content.latin import to_latin
from desktop.ui import note_dialog, themes
from desktop.ui.mainwindow import MainAction
from desktop.ui.paths import notes_path
from desktop.ui.themes import Theme
from desktop.userdata.annotations import AnnotationStore
from tests.helpers.qt import problems_told


def select(window, passage: int, word: str) -> None:
    """Select a word of a passage in the reading pane, as a reader's drag would."""
    pane = window.reading_pane
    start = pane.passage_text(passage).index(word)
    cursor = pane.passage_cursor(passage, start, start + len(word))
    pane.setTextCursor(cursor)


def stored():
    store = AnnotationStore(notes_path())
    try:
        return store.stored("bundled")
    finally:
        store.close()


def painted(window) -> list[tuple[str, str]]:
    """(selected text, background colour) of each highlight the pane draws."""
    return [
        (s.cursor.selectedText(), s.format.background().color().name()) for s in window.reading_pane.extraSelections()
    ]


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.annotations.store is not None, timeout=3000)
    return window


def test_ctrl_h_highlights_the_selection_and_it_is_stored(window):
    select(window, 2, "Reuters")
    window.action(MainAction.HIGHLIGHT).trigger()
    yellow = themes.ANNOTATION_COLORS[Theme.LIGHT]["yellow"]
    assert painted(window) == [("Reuters", yellow)]
    (annotation,) = stored()
    assert (annotation.quote, annotation.passage, annotation.section_id) == ("Reuters", 2, "west")


def test_undo_and_redo_a_highlight(window):
    select(window, 2, "Reuters")
    window.action(MainAction.HIGHLIGHT).trigger()
    window.action(MainAction.UNDO).trigger()
    assert stored() == [] and painted(window) == []
    window.action(MainAction.REDO).trigger()
    assert [a.quote for a in stored()] == ["Reuters"] and len(painted(window)) == 1


def tooltip_on(window, passage: int, offset: int) -> str:
    """Hover the viewport over a character of a passage: the tooltip's text as the reader sees it."""
    pane = window.reading_pane
    viewport = pane.viewport()
    QToolTip.hideText()
    spot = pane.cursorRect(pane.passage_cursor(passage, offset, offset + 1)).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, spot, viewport.mapToGlobal(spot)))
    return QTextDocumentFragment.fromHtml(QToolTip.text()).toPlainText() if QToolTip.isVisible() else ""


def test_a_note_is_written_on_the_highlight_and_shown_on_hover(window, monkeypatch):
    select(window, 2, "Reuters")
    monkeypatch.setattr(note_dialog, "ask_note", lambda *args: ("маңызды <b>дереккөз</b>", True))
    window.action(MainAction.NOTE).trigger()  # highlights the selection first
    (annotation,) = stored()
    assert annotation.note == "маңызды <b>дереккөз</b>"
    mark = window.reading_pane.mark_at(2, 3)
    assert mark is not None and mark.note == "маңызды <b>дереккөз</b>"
    assert tooltip_on(window, 2, 40) == ""  # no note there
    assert tooltip_on(window, 2, 3) == "маңызды <b>дереккөз</b>"  # shown as text, not markup
    window.action(MainAction.UNDO).trigger()
    assert stored()[0].note == ""


def test_cancelling_the_note_dialog_leaves_no_new_highlight(window, monkeypatch):
    select(window, 2, "Reuters")
    asked = []
    monkeypatch.setattr(note_dialog, "ask_note", lambda _parent, quote, note: asked.append(quote) or ("", False))
    window.action(MainAction.NOTE).trigger()
    assert asked == ["Reuters"]  # the dialog quotes the words it is about
    assert stored() == [] and painted(window) == []
    assert window.annotations.undo_stack.count() == 0


def test_the_note_editor_is_named_quotes_the_text_tabs_out_and_accepts_on_ctrl_enter(window, qtbot):
    from desktop.ui.note_dialog import NoteDialog

    dialog = NoteDialog("Reuters агенттігі", "", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.editor.hasFocus)
    assert dialog.editor.accessibleName() == "Ескертпе"
    assert "Reuters агенттігі" in dialog.editor.accessibleDescription()
    assert dialog.quote.text() == "«Reuters агенттігі»"
    qtbot.keyClicks(dialog.editor, "ok")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)
    assert dialog.editor.toPlainText() == "ok" and not dialog.editor.hasFocus()
    dialog.editor.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text() == "ok"


def test_colours_follow_the_theme(window):
    select(window, 2, "Reuters")
    window.marking.highlight_selection("green")
    window.appearance.apply_theme(Theme.DARK)
    assert painted(window) == [("Reuters", themes.ANNOTATION_COLORS[Theme.DARK]["green"])]


def test_highlights_stay_on_their_words_in_the_latin_alphabet_both_ways(window):
    select(window, 2, "сапарды")
    window.action(MainAction.HIGHLIGHT).trigger()
    window.set_latin_script(True)
    assert [text for text, _colour in painted(window)] == [to_latin("сапарды")]
    select(window, 2, to_latin("Қазақстанның"))  # made in Latin, stored as written
    window.action(MainAction.HIGHLIGHT).trigger()
    assert {a.quote for a in stored()} == {"Қазақстанның", "сапарды"}
    window.set_latin_script(False)
    assert {text for text, _colour in painted(window)} == {"Қазақстанның", "сапарды"}


def test_highlights_come_back_in_the_next_session(make_window, qtbot):
    first = make_window()
    qtbot.waitUntil(lambda: first.annotations.store is not None, timeout=3000)
    select(first, 2, "Reuters")
    first.marking.highlight_selection("blue")
    first.close()
    second = make_window()
    qtbot.waitUntil(lambda: len(painted(second)) == 1, timeout=3000)
    assert painted(second)[0][0] == "Reuters"


def _entries(menu: QMenu) -> set[str]:
    return {action.text() for action in menu.actions()}


def test_the_context_menu_offers_colours_for_a_selection_and_changes_for_a_highlight(window):
    select(window, 2, "Reuters")
    point = window.reading_pane.cursorRect(window.reading_pane.textCursor()).center()
    assert {"Белгілеу", "Ескертпе қосу…"} <= _entries(window.marking.text_menu(point))
    window.marking.highlight_selection()
    cursor = window.reading_pane.textCursor()
    cursor.clearSelection()
    window.reading_pane.setTextCursor(cursor)
    on_mark = window.reading_pane.cursorRect(window.reading_pane.passage_cursor(2, 2, 3)).center()
    assert {"Түсі", "Ескертпе…", "Белгіні өшіру", "Дереккөзімен көшіру"} <= _entries(window.marking.text_menu(on_mark))


def test_no_selection_says_what_to_do(window):
    cursor = window.reading_pane.textCursor()
    cursor.clearSelection()
    window.reading_pane.setTextCursor(cursor)
    assert not window.marking.highlight_selection()
    assert "белгілеңіз" in window.statusBar().currentMessage()


def test_a_store_that_cannot_be_written_is_told_and_marks_stay_in_memory(make_window, qtbot, monkeypatch, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(title))
    window = make_window()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert told == ["Белгілер сақталмайды"]
    select(window, 2, "Reuters")
    window.marking.highlight_selection()
    assert painted(window)[0][0] == "Reuters"  # kept in memory while the store is unavailable
    assert len(told) == 1  # told once


def test_select_helper_selects_exactly_the_word(window):
    select(window, 2, "Reuters")
    assert window.reading_pane.textCursor().selectedText() == "Reuters"
    assert window.reading_pane.selected_span() == (2, 0, 7)
    cursor = window.reading_pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    window.reading_pane.setTextCursor(cursor)
    assert window.reading_pane.selected_span()[:2] == (2, 0)  # cut to the passage it starts in


def test_ctrl_b_bookmarks_the_place_and_the_go_menu_returns_to_it(window, qtbot):
    window.navigation.go_to_section("russia")
    window.action(MainAction.BOOKMARK).trigger()
    (bookmark,) = [a for a in stored() if a.kind == "bookmark"]
    assert bookmark.name == "Ресей сарапшылары: екі түрлі көзқарас"  # named by the heading at the top
    assert bookmark.section_id == "russia"
    window.navigation.go_to_section("intro")
    window.marking.fill_bookmarks_menu(window.bookmarks_menu)
    (entry,) = window.bookmarks_menu.actions()
    assert entry.text() == bookmark.name
    entry.trigger()
    qtbot.waitUntil(lambda: window.reading_pane.current_section() == "russia", timeout=2000)
    pane = window.reading_pane
    assert pane.position_of(pane.textCursor().position()) == (bookmark.passage, 0), "the caret went there too"
    window.action(MainAction.UNDO).trigger()
    assert [a for a in stored() if a.kind == "bookmark"] == []


def test_a_bookmark_at_a_paragraph_is_named_by_its_section_and_first_six_words(window, qtbot):
    paragraph = next(p for p in window.display.passages if p.section_id == "russia" and p.kind.value == "paragraph")
    window.reading_pane.scroll_passage_to_top(paragraph.index)
    window.action(MainAction.BOOKMARK).trigger()
    (bookmark,) = [a for a in stored() if a.kind == "bookmark"]
    assert bookmark.name == "Ресей сарапшылары: Бір топ ресейлік сарапшы бұл сапар"  # the seed, line 15


# -- the notes panel -------------------------------------------------------------------------------


def _rows(panel) -> list[str]:
    return [panel.model.index(row).data() for row in range(panel.model.rowCount())]


def test_the_notes_panel_lists_in_document_order_filters_and_goes_there(window, qtbot, qtmodeltester):
    select(window, 8, "Ресейге")
    window.marking.highlight_selection("blue")
    select(window, 2, "Reuters")
    window.marking.highlight_selection("green")
    window.annotations.change(window.annotations.annotations[0].uuid, "note", note="агенттік")
    window.action(MainAction.NOTES_PANEL).trigger()
    panel = window.notes.panel
    qtmodeltester.check(panel.model)
    assert _rows(panel) == ["Батыс медиасы: «Reuters» — агенттік", "АҚШ сарапшылары: «Ресейге»"]
    panel.color.setCurrentIndex(panel.color.findData("blue"))
    assert _rows(panel) == ["АҚШ сарапшылары: «Ресейге»"]
    panel.color.setCurrentIndex(0)
    panel.kind.setCurrentIndex(panel.kind.findData("note"))
    assert _rows(panel) == ["Батыс медиасы: «Reuters» — агенттік"]
    panel.kind.setCurrentIndex(0)
    panel.filter_text.setText("ресей")
    assert _rows(panel) == ["АҚШ сарапшылары: «Ресейге»"]
    panel.view.clicked.emit(panel.model.index(0))
    assert window.reading_pane.textCursor().selectedText() == "Ресейге"


def test_delete_in_the_notes_panel_removes_and_ctrl_z_brings_back(window, qtbot):
    select(window, 2, "Reuters")
    window.marking.highlight_selection()
    window.action(MainAction.NOTES_PANEL).trigger()
    panel = window.notes.panel
    panel.view.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert _rows(panel) == [] and stored() == []
    window.action(MainAction.UNDO).trigger()
    assert _rows(panel) == ["Батыс медиасы: «Reuters»"]


def test_f2_in_the_notes_panel_renames_a_bookmark_and_ctrl_z_gives_the_old_name_back(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    window.navigation.go_to_section("russia")
    window.action(MainAction.BOOKMARK).trigger()
    (bookmark,) = [a for a in stored() if a.kind == "bookmark"]
    window.action(MainAction.NOTES_PANEL).trigger()
    panel = window.notes.panel
    panel.view.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = panel.view.findChild(QLineEdit)
    assert editor is not None and editor.text() == bookmark.name  # the editor starts from the old name
    editor.selectAll()
    editor.insert("Ресейдегі  пікірлер — Қарағанды")  # QTest types only Latin-1 keys
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [a.name for a in stored()] == ["Ресейдегі пікірлер — Қарағанды"], timeout=2000)
    assert _rows(panel) == ["Ресейдегі пікірлер — Қарағанды"]
    window.marking.fill_bookmarks_menu(window.bookmarks_menu)
    assert [entry.text() for entry in window.bookmarks_menu.actions()] == ["Ресейдегі пікірлер — Қарағанды"]
    window.action(MainAction.UNDO).trigger()
    assert [a.name for a in stored()] == [bookmark.name]
    assert _rows(panel) == [bookmark.name]


def test_only_bookmarks_are_renamed_and_an_empty_name_keeps_the_old_one(window):
    select(window, 2, "Reuters")
    window.marking.highlight_selection()
    window.navigation.go_to_section("russia")
    window.action(MainAction.BOOKMARK).trigger()
    window.action(MainAction.NOTES_PANEL).trigger()
    model = window.notes.panel.model
    highlight_row, bookmark_row = model.index(0), model.index(1)
    assert not highlight_row.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(highlight_row, "басқа атау")
    assert bookmark_row.flags() & Qt.ItemFlag.ItemIsEditable
    before = sorted((a.kind, a.name) for a in stored())
    assert not model.setData(bookmark_row, "   ")
    assert sorted((a.kind, a.name) for a in stored()) == before


# -- export and import from the window ------------------------------------------------------------


def test_notes_export_from_the_window_and_import_into_another_store(window, tmp_path, monkeypatch):
    select(window, 2, "Reuters")
    window.marking.highlight_selection("pink")
    target = tmp_path / "notes.json"
    assert window.marking.export_notes_to(target, "json")
    window.action(MainAction.UNDO).trigger()
    assert stored() == []
    assert window.marking.import_notes_from(target) == 1
    assert [(a.quote, a.color) for a in stored()] == [("Reuters", "pink")]
    assert painted(window)[0][0] == "Reuters"
    assert window.marking.import_notes_from(target) == 0  # nothing twice


def test_a_bad_notes_file_gets_a_dialog_and_adds_nothing(window, tmp_path, monkeypatch):
    bad = tmp_path / "other.json"
    bad.write_text('{"format": "oqyrman-notes", "version": 1, "article": {"title": "Басқа"}}', encoding="utf-8")
    assert window.marking.import_notes_from(bad) is None
    told = problems_told(window)
    assert told[0].startswith("Импорт сәтсіз аяқталды: ")
    assert "белгілер басқа мақалаға арналған («Басқа»)" in told[0], "in the interface's language"
    assert stored() == []


@pytest.mark.parametrize(
    ("content", "kazakh"),
    [
        ("{not json", "JSON мәтіні дұрыс емес"),
        ('{"format": "something else"}', "Oqyrman белгілерінің файлы емес"),
        ("[1, 2]", "Oqyrman белгілерінің файлы емес"),
    ],
)
def test_a_damaged_notes_file_is_told_in_the_interface_language(window, tmp_path, monkeypatch, content, kazakh):
    bad = tmp_path / "notes.json"
    bad.write_text(content, encoding="utf-8")
    assert window.marking.import_notes_from(bad) is None
    assert kazakh in problems_told(window)[0]


def test_the_search_box_also_finds_notes_listed_apart(window, qtbot):
    from tests.helpers.qt import search_for

    select(window, 2, "Reuters")
    window.marking.highlight_selection()
    window.annotations.change(window.annotations.annotations[0].uuid, "note", note="Агенттіктің ПІКІРІ маңызды")
    search_for(window, qtbot, "пікірі")
    button = window.searching.results_panel.notes_button
    assert button.isVisibleTo(window.searching.results_panel) and button.text().endswith(": 1")
    button.click()
    assert window.notes_dock.isVisible() and window.notes.panel.filter_text.text() == "пікірі"
    assert _rows(window.notes.panel) == ["Батыс медиасы: «Reuters» — Агенттіктің ПІКІРІ маңызды"]
    search_for(window, qtbot, "сапар")
    assert not button.isVisibleTo(window.searching.results_panel)


def test_html_and_pdf_exports_carry_the_highlights_and_notes_unless_turned_off(window, tmp_path):
    from desktop.ui.printing import article_document

    select(window, 2, "Reuters")
    window.marking.highlight_selection()
    key = window.annotations.annotations[0].uuid
    window.annotations.change(key, "note", note="агенттік")
    exported = tmp_path / "a.html"
    assert window.files.export_to(exported, "html")
    page = exported.read_text(encoding="utf-8")
    highlighted = '<span class="highlight" style="background-color: #fff0a0">Reuters</span>'
    assert highlighted + '<sup class="note-ref">[1]</sup>' in page
    assert '<ol class="notes"><li>агенттік</li></ol>' in page
    document = article_document(window.display, window.reading_pane.font_family(), window.marking.export_marks())
    found = document.find("Reuters")
    assert found.charFormat().background().color().name() == "#fff0a0"  # what the PDF and the printout show
    window.action(MainAction.EXPORT_HIGHLIGHTS).trigger()
    assert not window.preferences.export_highlights
    assert window.files.export_to(exported, "html")
    assert 'class="highlight"' not in exported.read_text(encoding="utf-8")


def test_the_notes_panels_right_click_menu_renames_bookmarks_and_deletes(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    select(window, 2, "Reuters")
    window.marking.highlight_selection()
    window.navigation.go_to_section("russia")
    window.action(MainAction.BOOKMARK).trigger()
    window.action(MainAction.NOTES_PANEL).trigger()
    panel = window.notes.panel
    highlight_row, bookmark_row = panel.model.index(0), panel.model.index(1)
    highlight_menu = panel.view.context_menu(highlight_row)
    assert [action.text() for action in highlight_menu.actions()] == ["Өшіру"]  # a highlight has no name to change
    bookmark_menu = panel.view.context_menu(bookmark_row)
    assert [action.text() for action in bookmark_menu.actions()] == ["Атын өзгерту…", "Өшіру"]
    bookmark_menu.actions()[0].trigger()
    assert panel.view.findChild(QLineEdit) is not None  # the name is being edited in place
    qtbot.keyClick(panel.view.findChild(QLineEdit), Qt.Key.Key_Escape)
    panel.view.setCurrentIndex(highlight_row)
    highlight_menu.actions()[0].trigger()
    assert [a.kind for a in stored()] == ["bookmark"]
    window.action(MainAction.UNDO).trigger()
    assert sorted(a.kind for a in stored()) == ["bookmark", "highlight"]
