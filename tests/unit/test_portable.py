"""Portable mode: a marker beside the program keeps settings, notes and caches beside it."""

import pytest

from desktop import portable

XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


@pytest.fixture
def program_dir(tmp_path, monkeypatch):
    """A pretend frozen program's folder; the XDG variables portable mode sets are put back after."""
    import os

    monkeypatch.setattr(portable, "executable_dir", lambda: tmp_path)
    saved = {variable: os.environ.get(variable) for variable in XDG}
    yield tmp_path
    for variable, value in saved.items():
        if value is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = value


def test_without_the_marker_the_reader_is_installed_normally(program_dir):
    assert portable.data_root() is None
    assert portable.enter_portable_mode() is None


def test_with_the_marker_everything_goes_beside_the_program(program_dir, qapp, monkeypatch):
    import os

    from desktop.ui.paths import data_dir
    from desktop.ui.preferences import default_settings_path

    (program_dir / portable.MARKER).write_text("portable\n")
    root = portable.enter_portable_mode()
    assert root == program_dir / portable.DATA_FOLDER
    assert os.environ["XDG_CACHE_HOME"] == str(root / "cache")  # fontconfig and Qt caches too
    assert default_settings_path() == root / "settings.ini"
    assert data_dir() == root


def test_running_from_source_is_never_portable(monkeypatch):
    monkeypatch.delattr("sys.frozen", raising=False)
    assert portable.executable_dir() is None
