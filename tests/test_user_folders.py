"""A test run never touches the user's own folders: HOME and every per-user folder point at a
throw-away home before anything is imported (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import user_folders
from tests.helpers.paths import ROOT


def test_the_tests_run_in_a_throwaway_home(test_home, real_user_folders, tmp_path_factory):
    """Each per-user folder is in the throw-away home, or in the test's own (tests/conftest.py)."""
    folders = real_user_folders
    assert Path.home() == test_home and folders
    own = tmp_path_factory.getbasetemp()
    for variable in (*user_folders.XDG_FOLDERS, *user_folders.WINDOWS_FOLDERS, "XDG_RUNTIME_DIR"):
        path = Path(os.environ[variable])
        assert path.is_relative_to(test_home) or path.is_relative_to(own), variable
        assert not any(path.is_relative_to(folder) for folder in folders), variable


@pytest.mark.slow
def test_a_reader_started_by_a_test_writes_into_the_throwaway_home_and_not_the_users(test_home, real_user_folders):
    """Started without the per-test folders, the reader finds its folders from HOME: the throw-away one."""
    folders = real_user_folders
    before = user_folders.listing(folders)
    env = {key: value for key, value in os.environ.items() if key not in user_folders.XDG_FOLDERS}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for command in (["--self-test", "--real-settings"], ["notes", "list"]):
        started = subprocess.run(
            [sys.executable, "-m", "desktop", *command], cwd=ROOT, env=env, capture_output=True, check=False
        )
        assert started.returncode == 0, started.stderr
    written = user_folders.listing((test_home,))
    assert any(path.endswith("settings.ini") for path in written), "the reader saved no settings: nothing was tested"
    assert user_folders.changes(before, user_folders.listing(folders)) == []
