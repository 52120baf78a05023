"""The command line finds the data folder the window uses, without asking Qt."""

from __future__ import annotations

import pytest

from desktop import locations


@pytest.mark.parametrize("xdg", ["set", "unset", "relative"])
def test_the_data_folder_is_the_one_qt_gives_the_window(qapp, monkeypatch, tmp_path, xdg):
    from desktop.ui import paths

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg == "unset":
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    elif xdg == "relative":
        monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert locations.data_dir() == paths.data_dir()
    assert locations.notes_path() == paths.notes_path()
