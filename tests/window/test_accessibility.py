"""What a screen reader gets: the window walked through Qt's accessibility interface, in three languages.

The walk reads what AT-SPI (Linux), UI Automation (Windows) and NSAccessibility (macOS) are given:
every control a reader can reach has a name, in the interface's language; a counter says its numbers;
a list box is named by a label (on Linux Qt names a list box by its value).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtGui import QAccessible, QAccessibleInterface

from desktop.ui.mainwindow import MainAction
from tests.helpers.qt import search_for, type_text

QT_OWN_STRINGS = pytest.mark.skipif(
    tuple(int(part) for part in qVersion().split(".")[:2]) < (6, 11),
    reason="Qt's own Kazakh strings and its file dialog's labels are Qt 6.11's: older Qt lacks some of them",
)

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.List,
    Role.Tree, Role.Table, Role.Slider, Role.SpinBox, Role.ButtonMenu, Role.ButtonDropDown, Role.PageTab,
    Role.MenuItem, Role.Grip,
}  # fmt: skip
"""Roles a reader acts on. Scroll bars are left out: Qt names them by their orientation and value."""
ITEM_HOLDERS = {Role.List, Role.Tree, Role.Table, Role.MenuBar}
"""Their children are the article's or the library's own words (or menus, checked by their own test)."""
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
NAMES_NOT_TRANSLATED = {
    "OK",
    "Qt",
    "Oqyrman",
    "PDF",
    "HTML",
    "JSON",
    "Markdown",
    "EPUB",
    "Ctrl",
    "Shift",
    "Alt",
    "Enter",
}
"""Names and keys that read the same in every language."""


@dataclass
class Node:
    """What a screen reader is told of one object (no reference to Qt's interface is kept: Qt deletes them)."""

    role: QAccessible.Role
    name: str
    path: str
    labels: list[str]
    """The names of the labels tied to it (its "labelled by" relation)."""
    shown: str
    """A label's text as it is drawn."""


def walk(root: QAccessibleInterface) -> list[Node]:
    """Every visible object under ``root`` (items of lists and tables left out), breadth first."""
    found = []
    queue = [(root, root.text(QAccessible.Text.Name) or "window")]
    while queue:
        interface, path = queue.pop(0)
        if interface.state().invisible:
            continue
        role = interface.role()
        name = interface.text(QAccessible.Text.Name)
        labels = [other.text(QAccessible.Text.Name) for other, _ in interface.relations(QAccessible.RelationFlag.Label)]
        widget = interface.object() if role == Role.StaticText else None
        shown = widget.text() if widget is not None and hasattr(widget, "text") else name
        node = Node(role, name, f"{path} > {role.name} «{name}»", labels, shown)
        found.append(node)
        if role not in ITEM_HOLDERS:
            for row in range(interface.childCount()):
                child = interface.child(row)
                if child is not None and child.isValid():
                    queue.append((child, node.path))
    return found


def problems(nodes: list[Node], language: str) -> list[str]:
    """What a screen-reader user would miss or hear wrong, one line each."""
    found = []
    for node in nodes[1:]:  # the window itself is named by its title: the article's
        if node.role == Role.ComboBox:
            names = [label for label in node.labels if label.strip()]
            if not names and (sys.platform.startswith("linux") or not node.name):
                found.append(f"a list box without a label: {node.path}")
        elif node.role in INTERACTIVE:
            if not node.name.strip():
                found.append(f"no name: {node.path}")
            names = [node.name]
        elif node.role == Role.StaticText:
            missing = [n for n in re.findall(r"\d+", node.shown) if n not in node.name]
            if missing:
                found.append(f"a counter without its numbers {missing}: {node.path} shows «{node.shown}»")
            names = [node.name] if node.shown != node.name else []  # a label showing the article's words is content
        else:
            names = []
        for name in names:
            words = [w for w in LATIN_WORD.findall(name.replace("&", "")) if w not in NAMES_NOT_TRANSLATED]
            if language == "en" and CYRILLIC.search(name):
                found.append(f"not in English: {node.path}")
            elif language != "en" and words and not CYRILLIC.search(name):
                found.append(f"not translated ({words}): {node.path}")
    return found


def accessible(widget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_control_of_the_reading_page_is_named_in_the_interface_language(
    make_window, qtbot, interface_language, language
):
    interface_language(language)
    window = make_window()
    search_for(window, qtbot, "сапар")
    window.action(MainAction.NEXT_SECTION).trigger()
    window.action(MainAction.NOTES_PANEL).trigger()
    qtbot.waitUntil(window.notes_dock.isVisible)
    nodes = walk(accessible(window))
    roles = {node.role for node in nodes}
    assert {Role.ComboBox, Role.EditableText, Role.List, Role.Tree, Role.PushButton} <= roles, "the walk reached them"
    assert problems(nodes, language) == []


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_control_of_the_library_page_is_named_in_the_interface_language(
    make_window, qtbot, interface_language, language
):
    interface_language(language)
    window = make_window()
    window.action(MainAction.LIBRARY).trigger()
    qtbot.waitUntil(lambda: window.library_page.built_view is not None and window.library_page.built_view.isVisible())
    qtbot.waitUntil(lambda: window.library_page.built_view.model.rowCount() > 0, timeout=5000)
    nodes = walk(accessible(window))
    assert Role.Table in {node.role for node in nodes}
    assert problems(nodes, language) == []
    table = accessible(window.library_page.built_view.table)
    cells = [table.child(i) for i in range(table.childCount())]
    headers = [c.text(QAccessible.Text.Name) for c in cells if c.role() in (Role.RowHeader, Role.ColumnHeader)]
    assert headers and all(headers), "every row and column header is named"


@QT_OWN_STRINGS
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_note_dialog_is_named_in_the_interface_language(qapp, qtbot, interface_language, language):
    from desktop.ui.note_dialog import NoteDialog

    interface_language(language)
    dialog = NoteDialog("Reuters агенттігі", "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    assert problems(walk(accessible(dialog)), language) == []


def test_the_walk_finds_what_a_screen_reader_would_miss(make_window, interface_language):
    """The checks above can fail: an unnamed button, an English name in Kazakh, a counter without numbers."""
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QToolButton

    window = make_window()
    bare = QToolButton(window.statusBar())
    english = QPushButton("Close", window.statusBar())
    counter = QLabel("3 / 9", window.statusBar())
    counter.setAccessibleName("Табылғандар")
    unlabelled = QComboBox(window.statusBar())
    unlabelled.addItem("Барлығы")
    for widget in (bare, english, counter, unlabelled):
        window.statusBar().addWidget(widget)
    found = "\n".join(problems(walk(accessible(window)), "kk"))
    assert "no name" in found and "not translated (['Close'])" in found
    assert "a counter without its numbers ['3', '9']" in found and "a list box without a label" in found


def test_the_hit_counter_and_the_sidebar_say_their_numbers(make_window, qtbot):
    window = make_window()
    search_for(window, qtbot, "сапар")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    total = len(window.search.hits)
    assert accessible(window.search_bar.counter).text(QAccessible.Text.Name) == f"2-нәтиже, барлығы {total}"
    sidebar = accessible(window.sidebar)
    names = [sidebar.child(row).text(QAccessible.Text.Name) for row in range(sidebar.childCount())]
    counts = window.search.result.counts_by_section()
    europe = window.section_model.row_of("europe")
    assert names[europe].endswith(f"({counts.get('europe', 0)})")


def test_the_reading_pane_says_the_articles_language(make_window):
    window = make_window()
    interface = accessible(window.reading_pane)
    attributes = interface.attributesInterface() if hasattr(interface, "attributesInterface") else None
    if attributes is None or not hasattr(QAccessible, "Attribute"):  # Qt 6.8 brought them
        pytest.skip("this Qt gives no attributes to screen readers")
    locale = attributes.attributeValue(QAccessible.Attribute.Locale)
    assert isinstance(locale, QLocale) and locale.language() == QLocale.Language.Kazakh


def test_each_highlight_in_the_list_says_its_kind_and_colour(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.annotations.store is not None, timeout=3000)
    pane = window.reading_pane
    pane.setTextCursor(pane.passage_cursor(2, 0, 7))
    window.marking.highlight_selection("green")
    pane.setTextCursor(pane.passage_cursor(3, 0, 7))
    window.marking.highlight_selection("yellow", "underline")
    window.action(MainAction.NOTES_PANEL).trigger()
    view = window.notes.panel.view
    names = [accessible(view).child(row).text(QAccessible.Text.Name) for row in range(accessible(view).childCount())]
    assert names[0].startswith("Белгі, жасыл: ") and names[1].startswith("Астын сызу: ")


@QT_OWN_STRINGS
def test_qt_own_buttons_and_menus_speak_kazakh(make_window, interface_language):
    interface_language("kk")
    window = make_window()
    menu = window.reading_pane.createStandardContextMenu()
    texts = [action.text() for action in menu.actions() if action.text()]
    assert any("Көшіру" in text for text in texts), texts


def test_options_undo_redo_bookmarks_and_hints_are_read_out_not_only_shown(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.annotations.store is not None, timeout=3000)
    told = []
    window.announced.connect(told.append)
    window.action(MainAction.RELATED).trigger()
    window.action(MainAction.FORM_ONLY).trigger()
    window.action(MainAction.FORM_ONLY).trigger()
    assert told == ["Түбірлес сөздер ізделмейді", "Тек осы тұлғасы ізделеді", "Сөздің барлық тұлғалары ізделеді"]
    told.clear()
    window.reading_pane.setTextCursor(window.reading_pane.passage_cursor(2, 0, 0))
    window.action(MainAction.HIGHLIGHT).trigger()
    pane = window.reading_pane
    pane.setTextCursor(pane.passage_cursor(2, 0, 7))
    window.action(MainAction.HIGHLIGHT).trigger()
    window.action(MainAction.UNDO).trigger()
    window.action(MainAction.REDO).trigger()
    window.action(MainAction.BOOKMARK).trigger()
    assert told[0] == "Алдымен мәтіннен бір бөлікті белгілеңіз"
    assert told[1:3] == ["Кері қайтарылды: Белгілеу", "Қайта жасалды: Белгілеу"]
    assert told[3].startswith("Бетбелгі қойылды: ")
    assert window.statusBar().currentMessage() == told[3], "and still shown"


def test_moving_the_caret_into_a_highlight_says_its_colour_and_note(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.annotations.store is not None, timeout=3000)
    pane = window.reading_pane
    pane.setTextCursor(pane.passage_cursor(2, 10, 20))
    window.marking.highlight_selection("blue")
    window.annotations.change(window.annotations.annotations[0].uuid, "note", note="маңызды")
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    pane.setTextCursor(pane.passage_cursor(2, 8, 8))
    told = []
    window.announced.connect(told.append)
    for _ in range(3):
        qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert told == ["Белгі, көк, ескертпесі бар: маңызды"], "said once, on the way in"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_text_and_the_sidebar_show_a_clear_mark_while_they_have_the_focus(make_window, qtbot, theme):
    from desktop.ui import themes
    from desktop.ui.focus_ring import RING_WIDTH
    from desktop.ui.themes import Theme

    window = make_window()
    window.appearance.apply_theme(Theme(theme))
    accent = themes.COLORS[Theme(theme)].accent
    for widget, other in ((window.reading_pane, window.sidebar), (window.sidebar, window.reading_pane)):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        image = window.grab().toImage()
        top_left = widget.mapTo(window, widget.rect().topLeft())
        middle_of_left_edge = top_left + type(top_left)(RING_WIDTH // 2, widget.height() // 2)
        assert image.pixelColor(middle_of_left_edge).name() == accent, f"{widget.objectName()} is marked"
        other_edge = other.mapTo(window, other.rect().topLeft()) + type(top_left)(0, other.height() // 2)
        assert image.pixelColor(other_edge).name() != accent, f"{other.objectName()} is not"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_control_the_keys_reach_shows_the_same_clear_mark_while_it_has_the_focus(make_window, qtbot, theme):
    """Qt's own mark on a field, a list box or a list is its selection colour, hardly seen against the page."""
    from desktop.ui import themes
    from desktop.ui.focus_ring import RING_WIDTH
    from desktop.ui.themes import Theme

    window = make_window()
    window.appearance.apply_theme(Theme(theme))
    accent = themes.COLORS[Theme(theme)].accent
    search_for(window, qtbot, "сапар")
    window.library_page.show_library(True)
    view = window.library_page.library_view
    qtbot.waitUntil(view.table.isVisible)
    controls = [window.search_bar.scope, window.search_box, view.filter_text, view.sort, view.add_button, view.table]
    for widget in controls:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        qtbot.wait(20)
        image = window.grab().toImage()
        top_left = widget.mapTo(window, widget.rect().topLeft())
        left_edge = top_left + type(top_left)(RING_WIDTH // 2, widget.height() // 2)
        assert image.pixelColor(left_edge).name() == accent, f"{type(widget).__name__} is marked"
    window.library_page.show_library(False)
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    image = window.grab().toImage()
    top_left = window.sidebar.mapTo(window, window.sidebar.rect().topLeft())
    assert image.pixelColor(top_left + type(top_left)(0, window.sidebar.height() // 2)).name() != accent, "one mark"


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_controls_speak_the_interface_language_and_the_text_kazakh(
    make_window, qtbot, interface_language, language
):
    """A screen reader picks its voice by the locale: the article's words shown apart from the text are Kazakh too."""
    from desktop.ui.note_dialog import NoteDialog

    interface_language(language)
    window = make_window()
    assert window.search_box.locale().name().startswith(language)
    assert window.reading_pane.locale().language() == QLocale.Language.Kazakh
    window.action(MainAction.NEXT_SECTION).trigger()
    qtbot.waitUntil(lambda: window.navigation.section_label.text() != "")
    assert window.navigation.section_label.locale().language() == QLocale.Language.Kazakh, "the section's heading"
    dialog = NoteDialog("Reuters агенттігі", "", window)
    qtbot.addWidget(dialog)
    assert dialog.quote.locale().language() == QLocale.Language.Kazakh, "the words a note is about"
    assert dialog.editor.locale().name().startswith(language), "the note is the reader's own"


@QT_OWN_STRINGS
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_qts_file_dialog_speaks_the_interface_language(qapp, qtbot, interface_language, language):
    """Qt's own translation lacks some of its labels in some languages: the project's fills them in."""
    from PySide6.QtWidgets import QFileDialog

    interface_language(language)
    dialog = QFileDialog(None, "Oqyrman")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog Qt draws (offscreen has no other)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    found = [line for line in problems(walk(accessible(dialog)), language) if not line.startswith("no name")]
    assert found == []  # its unnamed size grip is Qt's


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_counter_says_how_much_of_the_text_is_indexed(qapp, qtbot, interface_language, language):
    from desktop.ui.search.bar import SearchBar

    interface_language(language)
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_progress(42)
    name = accessible(bar.counter).text(QAccessible.Text.Name)
    assert "42%" in name and bar.counter.text() == "42%"
    if language == "kk":
        assert name == "Мәтін индекстелуде: 42%"
    assert problems(walk(accessible(bar)), language) == []


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_control_of_the_print_preview_is_named_in_the_interface_language(
    qapp, qtbot, article, interface_language, language
):
    from desktop.ui.printing import preview_dialog

    interface_language(language)
    dialog = preview_dialog(None, article, "Noto Sans")
    qtbot.addWidget(dialog)
    dialog.resize(1400, 800)  # every button of its toolbar in view, none behind the overflow button
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    nodes = walk(accessible(dialog))
    assert {Role.ComboBox, Role.EditableText, Role.PushButton} & {node.role for node in nodes}, "the walk reached them"
    assert problems(nodes, language) == []


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_search_typed_is_read_out_with_how_much_it_found(make_window, qtbot, announced, interface_language, language):
    """The counter is seen; a reader who listens is told what the search found once it is answered."""
    interface_language(language)
    window = make_window()
    search_for(window, qtbot, "сапар")
    total = len(window.search.hits)
    said = [message for message in announced if str(total) in message and "сапар" in message]
    assert len(said) == 1, announced
    if language == "kk":
        assert said == [f"«сапар»: {total} нәтиже"]
    announced.clear()
    search_for(window, qtbot, "жжжжж")
    assert len(announced) == 1 and "жжжжж" in announced[0], announced
    if language == "en":
        assert not CYRILLIC.search(announced[0].replace("жжжжж", "")), announced


def test_a_search_that_waits_for_the_book_says_so_once_and_then_what_it_found(
    make_window, qtbot, announced, held, tmp_path
):
    from tests.helpers.books import long_book

    window = make_window()
    assert window.files.open_path(long_book(tmp_path / "кітап.epub", 40))
    assert window.article_view.reading  # the rest of the book is held back
    window.search_box.setFocus()
    for query in ("е", "ек", "екінші"):  # typed on while it waits: told once
        window.search_box.setText(query)
        qtbot.wait(250)
    waiting = [message for message in announced if "индекс" in message]
    assert len(waiting) == 1, announced
    rest = window.article_view.rest
    with qtbot.waitSignal(window.articleWhole, timeout=10_000):
        rest._timer.start()
    qtbot.waitUntil(lambda: window.search.result is not None, timeout=10_000)
    assert announced[-1] == f"«екінші»: {len(window.search.hits)} нәтиже"


@pytest.mark.parametrize("language", ["kk", "en"])
def test_a_library_search_is_read_out_with_its_totals_and_its_list_header_is_named(
    make_window, qtbot, announced, interface_language, language
):
    header = {"kk": "Кітапханадан табылғандар", "en": "Found in the library"}[language]
    interface_language(language)
    window = make_window()
    qtbot.waitUntil(window.library.idle, timeout=5000)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "сапар")
    qtbot.waitUntil(lambda: window.library_page.results is not None, timeout=5000)
    panel = window.library_page.results
    qtbot.waitUntil(lambda: any(panel.summary.text() in message for message in announced), timeout=5000)
    tree = accessible(panel.view)
    children = [tree.child(row) for row in range(tree.childCount())]
    assert [child.text(QAccessible.Text.Name) for child in children if child.role() == Role.ColumnHeader] == [header]


def test_what_the_status_bar_says_of_the_library_is_read_out_too(make_window, qtbot, announced, tmp_path):
    """Seen in the status bar only, a removal, an import's count or a rebuilt index was never heard."""
    from tests.unit.library.conftest import write_text_article

    window = make_window()
    qtbot.waitUntil(window.library.idle, timeout=5000)
    path = write_text_article(tmp_path / "steppe.txt", "Дала туралы", "Қазақ даласы кең.")
    with qtbot.waitSignal(window.library.added, timeout=10_000):
        window.library_page.add_to_library([path])
    assert "Кітапханаға қосылды: 1, жаңартылды: 0, өзгермеген: 0" in announced
    qtbot.waitUntil(window.library.idle, timeout=5000)
    window.library_page.show_library(True)
    view = window.library_page.library_view
    row = next(row for row in range(view.model.rowCount()) if view.model.entry(row).title == "Дала туралы")
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "«Дала туралы» кітапханадан алынды; файлы орнында қалды" in announced
    window.library_page.tell_index_rebuilt("damaged")
    assert announced[-1] == "Іздеу индексі зақымдалған: мақалалардан қайта құрылуда"


def test_ctrl_i_away_from_a_word_says_so_aloud(make_window, qtbot, announced):
    window = make_window()
    pane = window.reading_pane
    passage = next(p for p in window.display.passages if " – " in p.text)
    dash = passage.text.index(" – ") + 1
    pane.setTextCursor(pane.passage_cursor(passage.index, dash, dash + 1))
    window.action(MainAction.WORD_CARD).trigger()
    assert announced[-1] == "Сөздің үстіне курсорды қойыңыз."


def test_a_search_waiting_for_the_rest_of_a_book_counts_the_book_being_read(make_window, qtbot, held, tmp_path):
    """Not "0%" for as long as the book is read: its index cannot be built before."""
    from tests.helpers.books import long_book

    window = make_window()
    assert window.files.open_path(long_book(tmp_path / "кітап.epub", 40))
    window.search_box.setFocus()
    window.search_box.setText("екінші")
    counter = window.search_bar.counter
    read = window.article_view.rest.percent  # the first sections are read: the book is that far
    qtbot.waitUntil(lambda: counter.text() == f"{read}%")
    assert accessible(counter).text(QAccessible.Text.Name) == f"Кітап оқылуда: {read}%"
    window.article_view.rest.progressed.emit(40)
    assert counter.text() == "40%"
    assert accessible(counter).text(QAccessible.Text.Name) == "Кітап оқылуда: 40%"


def test_typing_again_while_a_book_is_read_keeps_counting_the_book(make_window, qtbot, held, tmp_path, monkeypatch):
    """A second search typed before the book is read says how much of the book is read, not "indexing 0%"."""
    from desktop.ui.mainwindow.book_opening import RestOfBook
    from tests.helpers.books import long_book

    window = make_window()
    assert window.files.open_path(long_book(tmp_path / "кітап.epub", 40))
    monkeypatch.setattr(RestOfBook, "percent", property(lambda _rest: 40))
    window.search_box.setFocus()
    window.search_box.setText("екінші")
    counter = window.search_bar.counter
    qtbot.waitUntil(lambda: counter.text() == "40%")
    window.search_box.setText("екіншісі")  # typed on
    window.search.search_now()  # Enter: it waits for the book as the first did
    assert counter.text() == "40%"
    assert accessible(counter).text(QAccessible.Text.Name) == "Кітап оқылуда: 40%"


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" (Alt and it), as Qt reads it; None without one."""
    import re

    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_alt_letter_of_the_window_leads_to_one_place(make_window, qtbot, interface_language, language):
    """Two menus, or a menu and a field's label, on the same letter: Alt and it goes to neither at once."""
    from collections import Counter

    from PySide6.QtWidgets import QLabel

    interface_language(language)
    window = make_window()
    window.action(MainAction.NOTES_PANEL).trigger()
    window.library_page.show_library(True)
    qtbot.waitUntil(window.notes_dock.isVisible)
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    letters = Counter(letter for letter in map(_mnemonic, texts) if letter)
    assert [letter for letter, count in letters.items() if count > 1] == [], texts


@contextlib.contextmanager
def focus_landings() -> Iterator[list]:
    """Every widget the focus lands on while the block runs, in order: a screen reader reads each one out."""
    from PySide6.QtWidgets import QApplication

    passed: list = []

    def focused(_old, new) -> None:
        if new is not None:
            passed.append(new)

    QApplication.instance().focusChanged.connect(focused)
    try:
        yield passed
    finally:
        QApplication.instance().focusChanged.disconnect(focused)


def test_the_focus_goes_straight_to_the_library_and_back_to_the_text(make_window, qtbot):
    """A screen reader reads every control the focus passes: none between the text and the library's table."""
    window = make_window()
    window.reading_pane.setFocus()
    qtbot.waitUntil(window.reading_pane.hasFocus)
    with focus_landings() as passed:
        window.action(MainAction.LIBRARY).trigger()
        view = window.library_page.built_view
        qtbot.waitUntil(lambda: view is not None and view.table.hasFocus())
        assert passed == [view.table]
        passed.clear()
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)
        qtbot.waitUntil(window.reading_pane.hasFocus)
        assert passed == [window.reading_pane]


def expansion_states(view) -> list[tuple[bool, bool]]:
    """(expandable, expanded) of each row of a tree view (its header left out), as a screen reader is told them."""
    tree = accessible(view)
    cells = [tree.child(row) for row in range(tree.childCount())]
    states = [cell.state() for cell in cells if cell.role() != Role.ColumnHeader]
    return [(bool(state.expandable), bool(state.expanded)) for state in states]


def test_a_hit_in_the_results_is_not_said_to_be_expanded(make_window, qtbot):
    """Only a section's row holds hits: a hit's row is neither expandable nor expanded (Orca said "expanded")."""
    window = make_window()
    search_for(window, qtbot, "сапар")
    states = expansion_states(window.searching.results_panel.view)
    sections, hits = states.count((True, True)), states.count((False, False))
    assert sections > 0 and hits == len(window.search.hits)
    assert (False, True) not in states, "a row with nothing in it is said to be expanded"


def test_a_hit_in_the_library_results_is_not_said_to_be_expanded(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(window.library.idle, timeout=5000)
    window.search_bar.set_scope("library")
    search_for(window, qtbot, "сапар")
    qtbot.waitUntil(lambda: window.library_page.results is not None, timeout=5000)
    view = window.library_page.results.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=5000)
    states = expansion_states(view)
    assert (True, True) in states and (False, False) in states
    assert (False, True) not in states, "a row with nothing in it is said to be expanded"


@pytest.mark.parametrize(
    ("language", "no_highlights"), [("kk", "Белгі жоқ"), ("ru", "Пометок нет"), ("en", "No notes")]
)
def test_a_blank_cell_of_the_library_says_what_it_means(
    make_window, qtbot, interface_language, language, no_highlights
):
    """A cell drawn blank (no highlights, never read) was read out as nothing: it is named."""
    from desktop.ui.library.model import Column

    interface_language(language)
    window = make_window()
    window.action(MainAction.LIBRARY).trigger()
    view = window.library_page.built_view
    qtbot.waitUntil(lambda: view is not None and view.model.rowCount() > 0, timeout=5000)
    table = accessible(view.table)
    cells = [table.child(i) for i in range(table.childCount())]
    cells = [cell for cell in cells if cell.role() == Role.Cell]
    assert len(cells) == view.model.rowCount() * view.model.columnCount()
    assert all(cell.text(QAccessible.Text.Name) for cell in cells), "every cell is named"
    assert view.model.data(view.model.index(0, Column.NOTES)) == "", "drawn blank"
    assert cells[Column.NOTES].text(QAccessible.Text.Name) == no_highlights


@pytest.mark.parametrize(("language", "name"), [("kk", "Кітапханаға қосылуда"), ("en", "Adding to the library")])
def test_the_library_progress_bar_says_what_it_counts_and_how_far(
    make_window, qtbot, interface_language, language, name
):
    from PySide6.QtWidgets import QProgressBar

    interface_language(language)
    window = make_window()
    window.library_page.show_library_progress(3, 10, "steppe.txt")
    bar = window.statusBar().findChild(QProgressBar)
    qtbot.waitUntil(bar.isVisible)
    interface = accessible(bar)
    assert interface.role() == Role.ProgressBar
    assert interface.text(QAccessible.Text.Name) == name
    assert interface.valueInterface().currentValue() == 3
    assert interface.valueInterface().maximumValue() == 10


def test_a_list_opened_by_its_key_takes_the_focus_and_gives_it_back_to_the_text(make_window, qtbot):
    """Ctrl+Shift+M and Ctrl+Shift+F showed their list and left the focus where it was: nothing was heard."""
    window = make_window()
    search_for(window, qtbot, "сапар")
    assert window.search_box.hasFocus(), "a search leaves the focus in the search box"
    window.action(MainAction.NOTES_PANEL).trigger()
    qtbot.waitUntil(window.notes.panel.view.hasFocus)
    with focus_landings() as passed:
        window.action(MainAction.NOTES_PANEL).trigger()
        qtbot.waitUntil(window.reading_pane.hasFocus)
        assert not window.notes_dock.isVisible()
        assert passed == [window.reading_pane], "closed, it gives the focus to the text, past no other control"
        window.action(MainAction.RESULTS).trigger()
        assert not window.results_dock.isVisible()
        window.action(MainAction.RESULTS).trigger()
        qtbot.waitUntil(window.searching.results_panel.view.hasFocus)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("kk", ("Латын әліпбиі: қосулы", "Бөлімдер тізімі: өшірулі")),
        ("ru", ("Латинский алфавит: включено", "Список разделов: выключено")),
        ("en", ("Latin alphabet: on", "Section list: off")),
    ],
)
def test_a_toggle_pressed_by_its_key_says_its_new_state(make_window, announced, interface_language, language, said):
    """Ctrl+L changed the alphabet of the whole text, F9 hid the sections, and a screen reader said nothing."""
    interface_language(language)
    window = make_window()
    window.action(MainAction.LATIN).trigger()
    window.action(MainAction.SIDEBAR).trigger()
    assert announced[-2:] == list(said)
    for name in (MainAction.CITE, MainAction.EXPORT_HIGHLIGHTS):
        action = window.action(name)
        action.trigger()
        assert announced[-1].startswith(action.text() + ": "), name


def test_f3_or_enter_with_nothing_found_says_so_again(make_window, qtbot, announced):
    """They moved to no hit and said nothing: a screen-reader user could not tell a dead key from no hits."""
    window = make_window()
    search_for(window, qtbot, "жжжж")
    qtbot.waitUntil(lambda: any("ештеңе табылмады" in message for message in announced), timeout=3000)
    said = announced[-1]
    announced.clear()
    window.action(MainAction.FIND_NEXT).trigger()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert announced == [said, said]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("kk", "сапар, мәтінде 9 рет: сапарды, сапары, сапарын"),
        ("ru", "сапар, в тексте 9 раз: сапарды, сапары, сапарын"),
        ("en", "сапар, 9 times in the text: сапарды, сапары, сапарын"),
    ],
)
def test_a_word_offered_under_the_search_box_is_read_as_words(make_window, qtbot, interface_language, language, said):
    """Drawn "сапар  ·  9  ·  сапарды, …", it was read with its dots and a bare number."""
    interface_language(language)
    window = make_window()
    window.search_box.setFocus()
    type_text(window.search_box, "сап")
    popup = window.searching.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    offered = accessible(popup)
    items = [offered.child(row) for row in range(offered.childCount())]
    names = [item.text(QAccessible.Text.Name) for item in items if item.role() == Role.ListItem]
    assert names[0] == said
    assert "·" in window.searching.completer.words.index(0, 0).data(), "as drawn"


def test_the_caret_stays_on_its_letter_when_the_alphabet_changes(make_window, qtbot):
    """The caret is where a screen reader reads: Ctrl+L sent it to the title (seen over AT-SPI)."""
    window = make_window()
    pane = window.reading_pane
    passage = next(p.index for p in window.display.passages if "Reuters" in p.text)
    offset = window.display.passages[passage].text.index("Reuters") + 3
    pane.setTextCursor(pane.passage_cursor(passage, offset, offset))
    window.action(MainAction.LATIN).trigger()
    shown = pane.position_of(pane.textCursor().position())
    assert shown is not None and shown[0] == passage
    assert window.display.passages[passage].text[shown[1] : shown[1] + 4] == "ters"
    window.action(MainAction.LATIN).trigger()
    assert pane.position_of(pane.textCursor().position()) == (passage, offset)
