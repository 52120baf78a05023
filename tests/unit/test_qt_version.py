"""The PySide6 range: one declaration, checked at start with a one-line message."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib

import pytest

from desktop import qt_version
from tests.helpers.paths import ROOT


def test_pyproject_declares_the_range_the_start_checks():
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert qt_version.REQUIREMENT in dependencies


def test_ci_runs_the_suite_at_the_declared_minimum():
    minimum = ".".join(map(str, qt_version.MINIMUM))
    assert f"PySide6-Essentials=={minimum}" in (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("release", [(6, 8, 1), (6, 9, 0), (6, 11, 3), (6, 12, 1), (7, 0, 0)])
def test_releases_in_the_range_are_accepted(release):
    assert qt_version.problem(release) is None


@pytest.mark.parametrize(("release", "shown"), [((6, 5, 3), "6.5.3"), ((6, 8, 0), "6.8.0"), ((6, 12, 0), "6.12.0")])
def test_a_release_outside_the_range_is_named_with_the_range_in_one_line(release, shown):
    message = qt_version.problem(release)
    assert message is not None and "\n" not in message
    assert f"PySide6 {shown} is installed" in message and "6.8.1 or newer" in message
    assert qt_version.REQUIREMENT in message


def test_the_installed_release_is_in_the_range():
    qt_version.require_supported_pyside6()


@pytest.mark.slow
@pytest.mark.parametrize("command", [["--self-test"], ["export", "--format", "pdf", "-o", "article.pdf"]])
def test_a_start_on_an_old_pyside6_says_so_in_one_line_and_exits(tmp_path, command):
    """A stand-in PySide6 package, first on the path, claims to be 6.5.3: a command that needs Qt (the
    window, a PDF) stops before using it; the text commands, which start without Qt, never ask."""
    fake = tmp_path / "PySide6"
    fake.mkdir()
    (fake / "__init__.py").write_text('__version__ = "6.5.3"\n__version_info__ = (6, 5, 3, "", "")\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *command], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 3 and result.stdout == ""
    assert result.stderr.splitlines() == [f"oqyrman: error: {qt_version.problem((6, 5, 3))}"]
