"""scripts/screenshot.py, which draws the README's pictures, still draws the window."""

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.helpers.paths import ROOT

pytestmark = pytest.mark.slow  # the screenshot script started as a process


def test_the_screenshot_script_draws_the_window_at_the_size_asked(tmp_path, own_user_folders):
    picture = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "scripts/screenshot.py", "--theme", "dark", "--search", "Ресей", "--size", "900x600",
         "-o", str(picture)],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (900, 600)
    assert not (own_user_folders / "data").exists()  # its notes and library live in its scratch folder
