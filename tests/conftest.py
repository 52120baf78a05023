"""Shared fixtures. Qt runs offscreen; no test touches the user's own settings."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

from desktop.content import Article, load_article
from tests.helpers.paths import ARTICLE_SOURCE, SEED_COPY, SEED_MARKER


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path_factory, monkeypatch):
    """Every test gets fresh per-user folders: no test reads or writes the user's own data."""
    home = tmp_path_factory.mktemp("user")
    for variable, name in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / name))
    return home


@pytest.fixture(scope="session")
def article() -> Article:
    return load_article(ARTICLE_SOURCE)


@pytest.fixture(scope="session")
def seed_lines() -> list[str]:
    """The canonical article text, one paragraph per line, without the date marker."""
    lines = SEED_COPY.read_text(encoding="utf-8").split("\n")
    assert lines[0].startswith(SEED_MARKER)
    lines[0] = lines[0].removeprefix(SEED_MARKER)
    return lines


@pytest.fixture(scope="session")
def qapp():
    """The application as the reader creates it (style, fonts), shared by all Qt tests."""
    from desktop.ui.app import create_application

    app, _family = create_application(["oqyrman-tests"])
    return app


@pytest.fixture
def reading_font(qapp) -> str:
    from desktop.ui.resources import register_fonts

    return register_fonts()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, article, reading_font, settings_path):
    """Build a shown main window over fresh (or given) settings."""
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences
    from desktop.ui.themes import Theme

    def make(start_section: str | None = None, path: Path = settings_path, theme: Theme | None = Theme.LIGHT):
        prefs = Preferences(path)
        if theme is not None and prefs.theme is Theme.SYSTEM and not path.exists():
            prefs.theme = theme
        window = MainWindow(article, prefs, reading_font, start_section=start_section)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.started)  # keys, docks and notes come after the first paint
        window.restore_reading_position()
        return window

    return make
