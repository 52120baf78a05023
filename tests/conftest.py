"""Shared fixtures. Qt runs offscreen; no test touches the user's own folders.

Before anything else is imported, HOME and every per-user folder point at a throw-away
folder (tests/helpers/user_folders.py), so that neither an import, nor Qt, nor a process a
test starts can write into the user's own; the user's real folders are listed first, and
the run fails if they are not the same at its end.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers import user_folders

REAL_USER_FOLDERS = user_folders.real_user_folders()
IN_A_WORKER = "PYTEST_XDIST_WORKER" in os.environ
"""A pytest-xdist worker: the process that started it lists the real folders and checks them."""
REAL_FOLDERS_BEFORE = {} if IN_A_WORKER else user_folders.listing(REAL_USER_FOLDERS)
TEST_HOME = user_folders.use_throwaway_home()

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402 - after the override above, as everything the tests import

from desktop.content import Article, load_article  # noqa: E402
from tests.helpers.paths import ARTICLE_SOURCE, SEED_COPY, SEED_MARKER  # noqa: E402


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path_factory, monkeypatch):
    """Every test gets fresh per-user folders: no test reads or writes the user's own data."""
    home = tmp_path_factory.mktemp("user")
    for variable, name in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / name))
    return home


@pytest.fixture(scope="session")
def real_user_folders() -> tuple[Path, ...]:
    """The user's own folders, as they were named before the tests' home replaced them."""
    return REAL_USER_FOLDERS


@pytest.fixture(scope="session")
def test_home() -> Path:
    """The throw-away home every test runs in (the per-test XDG folders come on top of it)."""
    return TEST_HOME


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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The whole run, every worker's tests included, left the user's own folders as they were."""
    if IN_A_WORKER:  # the process that started the workers checks once all are done
        return
    changed = user_folders.changes(REAL_FOLDERS_BEFORE, user_folders.listing(REAL_USER_FOLDERS))
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        lines = ["", "the test run changed the user's own folders:", *changed[:20]]
        if reporter is not None:
            reporter.write_line("\n".join(lines), red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
