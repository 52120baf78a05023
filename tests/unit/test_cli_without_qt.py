"""The command's text commands start without Qt: their start is Python's plus the project's modules.

Each command runs in a fresh interpreter with ``-X importtime``, which lists every module
imported; none may be PySide6's or shiboken6's.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers.paths import ROOT
from tests.unit.library.conftest import write_text_article

QT_MODULES = ("PySide6", "shiboken6", "shibokensupport")


def _imported(arguments: list[str], env: dict[str, str], *flags: str) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, *flags, "-X", "importtime", "-m", "desktop", *arguments],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    modules = set()
    for line in done.stderr.decode("utf-8", "replace").splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            modules.add(line.rsplit("|", 1)[1].strip())
    return done.returncode, modules


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    environment.pop("QT_QPA_PLATFORM", None)
    return environment


def test_the_text_commands_import_no_qt(env, tmp_path):
    added = write_text_article(tmp_path / "a.txt", "Ресей туралы", "Ресеймен келіссөз басталды.")
    commands = [
        (["add", str(added)], 0),
        (["search", "сапар"], 0),
        (["search", "Ресей", "--scope", "library", "--json"], 0),
        (["library", "list", "--json"], 0),
        (["library", "remove", "a.txt"], 0),
        (["analyze", "мақсатының"], 0),
        (["export", "--format", "text"], 0),
        (["export", "--format", "html", "--script", "latin", "-o", str(tmp_path / "a.html")], 0),
        (["export", "--format", "markdown", "--highlights"], 2),
        (["notes", "list", "--json"], 0),
        (["notes", "export", "--format", "markdown"], 0),
        (["--open", str(added), "search", "Ресей"], 0),
    ]
    for arguments, code in commands:
        returned, modules = _imported(arguments, env)
        assert returned == code, arguments
        assert "desktop.cli" in modules, arguments  # the listing is read
        assert not {name for name in modules if name.split(".")[0] in QT_MODULES}, arguments


def test_a_library_search_imports_neither_the_article_loader_nor_the_notes(env, tmp_path):
    """It reads no article file and writes nothing: what reading files or annotations needs stays out of its start,
    and so do ``dataclasses`` (with ``inspect``: about 10 ms with the classes it made), ``typing`` (its named
    tuples are made by ``desktop.records``), the article model and the exporters, and ``argparse`` (with gettext and
    ``locale``: a search written plainly is read without it)."""
    added = write_text_article(tmp_path / "a.txt", "Ресей туралы", "Ресеймен келіссөз басталды.")
    assert _imported(["add", str(added)], env)[0] == 0
    returned, modules = _imported(["search", "Ресей", "--scope", "library", "--json"], env)
    assert returned == 0
    assert "desktop.library.index" in modules  # the listing is read
    assert not modules & {
        "desktop.content.loader",
        "desktop.userdata.annotations",
        "desktop.search.snippets",
        "dataclasses",
        "typing",
        "desktop.content.model",
        "desktop.content.export",
        "argparse",
        "gettext",
    }


def test_a_library_search_opens_its_stores_without_pathlib_or_argparse(env, tmp_path):
    """``pathlib`` (with ``urllib.parse`` and ``ipaddress``) and ``argparse`` (with gettext) were a sixth of the
    installed command's instructions: a search written plainly is read, and its stores found and opened, without
    them; its JSON is written without ``json`` (``desktop.json_text``), and the build's readers are not imported.
    Run without ``site``: a development install's import hook imports ``pathlib`` itself."""
    added = write_text_article(tmp_path / "a.txt", "Ресей туралы", "Ресеймен келіссөз басталды.")
    assert _imported(["add", str(added)], env)[0] == 0
    env["PYTHONPATH"] = str(ROOT)
    returned, modules = _imported(["search", "Ресей", "--scope", "library", "--json"], env, "-S")
    assert returned == 0
    assert "desktop.library.index" in modules  # the listing is read
    assert not modules & {"pathlib", "urllib.parse", "ipaddress", "argparse", "gettext", "json"}
    assert not modules & {"desktop.library.reading", "heapq", "weakref"}  # the build's readers: nothing a search uses
    assert "struct" not in modules  # a phrase's pairs and the bundled article's resources, neither read here
    assert not modules & {"desktop.cli_language", "errno"}  # the words of errors, when there is one to tell
    returned, modules = _imported(["--open", str(added), "search", "Ресей"], env, "-S")  # and when it is needed
    assert returned == 0
    assert "pathlib" in modules


def test_the_window_and_pdf_do_import_qt(env, tmp_path):
    """The check can fail: a PDF is typeset by Qt, and the listing shows it."""
    env["QT_QPA_PLATFORM"] = "offscreen"
    returned, modules = _imported(["export", "--format", "pdf", "-o", str(tmp_path / "a.pdf")], env)
    assert returned == 0
    assert "PySide6.QtGui" in modules


def test_the_library_and_the_brand_are_found_without_importlib():
    """``importlib`` (with ``warnings``) was a tenth of a command's own start, for one lookup each. (``python -m``
    imports it itself: the installed command does not.)"""
    code = (
        "import sys\n"
        "import desktop.branding, desktop.library\n"
        "assert desktop.library.Library.__module__ == 'desktop.library.catalogue'\n"
        "assert desktop.library.LibraryHit.__module__ == 'desktop.library.index'\n"
        "assert desktop.branding.current() == desktop.branding.DEFAULT\n"
        "assert not {'importlib', 'warnings'} & set(sys.modules), sorted(sys.modules)\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-S", "-c", code], cwd=ROOT, env=environment, check=True)
