"""Folders and files for the stores: made readable by their owner alone, whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.storage.database import Database
from desktop.storage.private import create_private_file, create_private_folder


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_missing_folders_are_made_for_their_owner_alone_and_existing_ones_stay(tmp_path):
    tmp_path.chmod(0o755)
    create_private_folder(tmp_path / "a" / "b" / "c")
    assert [_mode(tmp_path / part) for part in ("a", "a/b", "a/b/c")] == [0o700] * 3
    assert _mode(tmp_path) == 0o755


def test_a_folder_named_relatively_or_as_text_is_made_the_same_way(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    create_private_folder("x/y")
    create_private_folder(str(tmp_path / "z"))
    create_private_folder("")  # the current folder: there already
    assert _mode(tmp_path / "x") == _mode(tmp_path / "x" / "y") == _mode(tmp_path / "z") == 0o700


def test_a_file_in_a_folders_place_is_not_a_folder(tmp_path):
    (tmp_path / "taken").write_text("")
    with pytest.raises(NotADirectoryError):
        create_private_folder(tmp_path / "taken")
    with pytest.raises(OSError):
        create_private_folder(tmp_path / "taken" / "inside")


def test_a_private_file_is_made_once(tmp_path):
    create_private_file(str(tmp_path / "store"))
    assert _mode(tmp_path / "store") == 0o600
    (tmp_path / "store").write_text("kept")
    create_private_file(tmp_path / "store")
    assert (tmp_path / "store").read_text() == "kept"


def test_a_store_named_as_text_is_named_as_a_path_and_opened_in_a_new_folder(tmp_path):
    named = f"{tmp_path}//new/./store.sqlite"
    database = Database(named, ["CREATE TABLE t (x INTEGER)"])
    try:
        assert database.path == Path(named) == tmp_path / "new" / "store.sqlite"
        assert database.file == named
        assert _mode(tmp_path / "new") == 0o700 and _mode(tmp_path / "new" / "store.sqlite") == 0o600
        assert database.version == 1
    finally:
        database.close()
