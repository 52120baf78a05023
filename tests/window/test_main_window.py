"""The main window: themes, remembered state, menus, keyboard and accessibility."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from desktop.ui import themes
from desktop.ui.mainwindow import MainAction
from desktop.ui.preferences import DEFAULT_FONT_SIZE
from desktop.ui.themes import Theme


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.SEPIA])
def test_themes_recolour_the_window_and_the_text(make_window, theme):
    window = make_window()
    window.appearance.apply_theme(theme)
    colors = themes.COLORS[theme]
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base).name() == colors.base
    assert palette.color(QPalette.ColorRole.Text).name() == colors.text
    assert window.appearance.theme_actions[theme].isChecked()
    assert colors.accent in window.reading_pane.document().defaultStyleSheet()


def test_dark_theme_text_contrasts_with_its_background():
    def luminance(hex_color: str) -> float:
        r, g, b = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    for colors in themes.COLORS.values():
        assert abs(luminance(colors.text) - luminance(colors.base)) > 0.55


def test_follow_the_system_resolves_to_light_or_dark(make_window, monkeypatch):
    window = make_window()
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: True)
    window.appearance.apply_theme(Theme.SYSTEM)
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == themes.COLORS[Theme.DARK].base
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: False)
    window.appearance.on_system_scheme_changed(Qt.ColorScheme.Light)
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == themes.COLORS[Theme.LIGHT].base


def test_theme_change_keeps_the_reading_position(make_window):
    window = make_window()
    window.navigation.go_to_section("russia")
    before = window.reading_pane.verticalScrollBar().value()
    window.appearance.apply_theme(Theme.DARK)
    assert window.reading_pane.verticalScrollBar().value() == before


def test_state_is_remembered_across_runs(make_window, settings_path):
    first = make_window()
    first.resize(760, 560)  # the offscreen screen is 800x600
    first.splitter.setSizes([300, 460])
    first.appearance.apply_theme(Theme.SEPIA)
    first.reading_pane.zoom_in()
    first.reading_pane.zoom_in()
    first.navigation.go_to_section("europe")
    fraction = first.reading_pane.scroll_fraction()
    first.close()

    second = make_window(path=settings_path, theme=None)
    assert second.appearance.theme() is Theme.SEPIA
    assert second.reading_pane.font_size() == DEFAULT_FONT_SIZE + 2
    assert abs(second.size().width() - 760) <= 4
    assert second.splitter.sizes()[0] == 300
    assert second.reading_pane.scroll_fraction() == pytest.approx(fraction, abs=0.01)
    assert second.reading_pane.current_section() == "europe"


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff\xfe garbage \x81\x82[[[ \n=\n",
        b"[reader]\ntheme=neon\nfont_size=huge\nscroll=7\n[window]\ngeometry=not-bytes\n",
        b"[reader]\nfont_size=1e400\nscroll=-1\n",
    ],
)
def test_damaged_settings_mean_defaults_and_a_warning_never_a_crash(make_window, settings_path, content, caplog):
    settings_path.write_bytes(content)
    window = make_window(path=settings_path, theme=None)
    assert window.appearance.theme() is Theme.SYSTEM
    assert window.reading_pane.font_size() == DEFAULT_FONT_SIZE
    assert window.reading_pane.current_section() == "intro"
    assert any(record.levelname == "WARNING" for record in caplog.records)
    window.close()
    assert settings_path.exists()


def test_a_file_qt_cannot_parse_is_kept_aside_not_overwritten(settings_path, qapp, caplog):
    from desktop.ui.preferences import Preferences
    from desktop.ui.themes import Theme

    damaged = b"[unterminated\n\x00\x00"
    settings_path.write_bytes(damaged)
    preferences = Preferences(settings_path)
    assert preferences.theme is Theme.SYSTEM
    preferences.theme = Theme.DARK
    assert preferences.sync()
    aside = list(settings_path.parent.glob("settings.ini.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert Preferences(settings_path).theme is Theme.DARK
    assert "damaged" in caplog.text


def test_unwritable_settings_do_not_crash(make_window, tmp_path, caplog):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    window = make_window(path=blocked / "settings.ini", theme=None)
    assert window.appearance.theme() is Theme.SYSTEM and window.isVisible()
    window.navigation.go_to_section("europe")
    assert window.close()
    assert not window.preferences.sync()  # reported, not raised
    assert blocked.read_text() == "a file where a folder should be"


def test_every_action_has_a_shortcut_and_is_in_a_menu(make_window):
    window = make_window()
    in_menus = {action for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()}
    for action in window.actions():
        if action is window.action(MainAction.ABOUT_QT):
            continue
        assert action.shortcuts(), action.text()
        texts = [sequence.toString() for sequence in action.shortcuts()]
        assert len(texts) == len(set(texts)), f"{action.text()}: a repeated key is ambiguous"
        assert action in in_menus, action.text()


def test_sidebar_and_text_have_accessible_names_and_tab_between_them(make_window, qtbot):
    window = make_window()
    assert window.sidebar.accessibleName()
    assert window.reading_pane.accessibleName()
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)
    assert window.reading_pane.hasFocus()
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Tab)
    assert not window.reading_pane.hasFocus()


def test_menus_are_translatable_kazakh_by_default(make_window):
    window = make_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Файл", "&Өңдеу", "&Көрініс", "&Іздеу", "Ө&ту", "&Анықтама"]


def test_export_from_the_window_writes_the_file(make_window, tmp_path, article):
    from desktop.content.export import to_markdown

    window = make_window()
    target = tmp_path / "out.md"
    assert window.files.export_to(target, "markdown")
    assert target.read_text(encoding="utf-8") == to_markdown(article)


def test_export_to_an_unwritable_place_shows_a_dialog(make_window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = make_window()
    assert not window.files.export_to(tmp_path / "missing-folder" / "out.txt", "text")
    assert shown and "missing-folder" in shown[0]


def test_about_names_version_source_and_licenses(make_window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    make_window().action(MainAction.ABOUT).trigger()
    assert "0.1.0" in shown[0] and "BAQ.KZ" in shown[0] and "Open Font License" in shown[0]


def test_the_reading_position_is_written_while_reading_not_only_on_close(make_window, qtbot, settings_path):
    from desktop.ui.preferences import Preferences

    window = make_window()
    window.navigation.go_to_section("europe")
    qtbot.waitUntil(lambda: Preferences(settings_path).position("bundled")[0] == "europe", timeout=3000)
    assert window.isVisible()  # saved while the window is still open


def test_the_window_shows_the_application_icon(make_window):
    window = make_window()
    icon = window.windowIcon()
    assert not icon.isNull()
    assert icon.cacheKey() == QApplication.windowIcon().cacheKey(), "one icon, set once on the application"


def test_a_second_window_leaves_the_application_icon_as_the_first_gave_it(make_window):
    first = make_window()
    given = QApplication.windowIcon().cacheKey()
    second = make_window()
    assert second.started
    assert QApplication.windowIcon().cacheKey() == given
    assert first.windowIcon().cacheKey() == second.windowIcon().cacheKey() == given


def test_settings_that_cannot_be_written_are_announced_once_while_reading_goes_on(make_window, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the settings folder should be", encoding="utf-8")
    window = make_window(path=blocked / "settings.ini")
    window.session.save_position()
    assert str(blocked / "settings.ini") in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.session.save_position()
    assert window.statusBar().currentMessage() == ""  # told once, not at every scroll


def test_a_status_message_is_never_drawn_over_the_section_label(make_window, qtbot):
    """Qt hides the label for a message, but shows it again when the bar lays itself out anew
    (the library's progress bar coming and going does that): the window keeps it hidden."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    class WithoutStatusTips(QObject):
        """A pointer over an action would replace the message with the action's (empty) tip."""

        def eventFilter(self, _watched, event) -> bool:
            return event.type() == QEvent.Type.StatusTip

    window = make_window()
    tips_kept_out = WithoutStatusTips(window)
    window.installEventFilter(tips_kept_out)
    bar = window.statusBar()
    bar.showMessage("Сақталды: /tmp/article.txt")
    bar.addPermanentWidget(QLabel("·"))  # the bar lays itself out again
    qtbot.wait(50)
    assert bar.currentMessage() and not window.navigation.section_label.isVisible()
    bar.clearMessage()
    assert window.navigation.section_label.isVisible()


def test_the_readme_keys_table_agrees_with_the_menus(make_window):
    """The key a menu shows for an action is the one the README names; a Ctrl key the README names is an action's."""
    import re

    from tests.helpers.paths import ROOT

    window = make_window()
    keys_of = {action: [s.toString() for s in action.shortcuts()] for action in window.actions()}
    table = re.search(r"\| Keys \| Action \|\n\|---\|---\|\n((?:\|.*\|\n)+)", (ROOT / "README.md").read_text("utf-8"))
    assert table is not None
    listed = set()
    arrows = {"↓": "Down", "↑": "Up", "←": "Left", "→": "Right"}
    for row in table.group(1).splitlines():
        cell = row.split("|")[1].replace(" (or ", ", ").replace(")", "")
        for arrow, name in arrows.items():
            cell = cell.replace(arrow, name)
        listed |= {key.strip() for part in cell.split(",") for key in part.split("/") if key.strip()}
    for key in sorted(k for k in listed if k.startswith("Ctrl+")):  # other keys may be a widget's own (Esc)
        owners = [action for action, keys in keys_of.items() if key in keys]
        assert owners, f"the README lists {key}, which no action has"
        for action in owners:
            shown = action.shortcut().toString()
            assert shown in listed, f"{action.text()}: the menu shows {shown}, the README does not"


def test_a_closed_window_is_freed_with_its_parts(qtbot, article, reading_font, settings_path):
    """Nothing that outlives the window (the application, its signals) keeps it or its parts alive."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences

    def closed() -> weakref.ref:
        window = MainWindow(article, Preferences(settings_path), reading_font, use_library=False)
        window.show()
        qtbot.waitUntil(lambda: window.started)
        window.action(MainAction.NOTES_PANEL).trigger()  # the parts built on first use, too
        window.search_box.setText("сапар")
        window.close()
        window.deleteLater()
        return weakref.ref(window)

    gone = closed()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert gone() is None
