"""desktop.ui.feature_scan: PySide6 no longer reads the source of each module imported after it.

Each check runs in a fresh interpreter: PySide6's import watch and its table live as long as
the process, and pytest-qt has loaded PySide6 long before any test here.
"""

import json
import os
import subprocess
import sys
import textwrap
import types

import pytest

from desktop.ui import feature_scan
from tests.helpers.paths import ROOT

# A module whose source names PySide6, as the window's modules do; PySide6 would read it.
WATCHED_MODULE = "from PySide6.QtCore import QObject\n\nNAMES_SWITCHED = hasattr(QObject, 'object_name')\n"
# A module that switches a feature: PySide6 must still give it snake_case names.
SWITCHING_MODULE = (
    "from PySide6.QtCore import QObject\n"
    "from __feature__ import snake_case  # noqa\n\n"
    "NAMES_SWITCHED = hasattr(QObject, 'object_name')\n"
)

IMPORT_AND_REPORT = """
import json, linecache, sys
{setup}
import watched_module, switching_module
from desktop.ui.feature_scan import feature_table

table = feature_table()
print(json.dumps({{
    "read": sorted(name for name in linecache.cache if name.endswith("_module.py")),
    "entries": {{name: table.get(name) for name in ("watched_module", "switching_module")}},
    "switched": {{"watched": watched_module.NAMES_SWITCHED, "switching": switching_module.NAMES_SWITCHED}},
}}))
"""


def run_python(code: str, folder) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=folder, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def modules_folder(tmp_path):
    (tmp_path / "watched_module.py").write_text(WATCHED_MODULE, encoding="utf-8")
    (tmp_path / "switching_module.py").write_text(SWITCHING_MODULE, encoding="utf-8")
    return tmp_path


def test_pyside6_alone_reads_the_source_of_each_module_imported_after_it(modules_folder):
    """What the module is for: if this fails, PySide6 reads no sources any more and it can go."""
    report = run_python(IMPORT_AND_REPORT.format(setup="import PySide6.QtCore"), modules_folder)
    sources = [modules_folder / "switching_module.py", modules_folder / "watched_module.py"]
    assert report["read"] == [str(source) for source in sources]
    assert report["entries"]["watched_module"] == 0  # the word "PySide6" was found in its source


def test_after_the_ui_package_no_module_source_is_read(modules_folder):
    report = run_python(IMPORT_AND_REPORT.format(setup="import desktop.ui"), modules_folder)
    assert report["read"] == []
    assert report["entries"]["watched_module"] == feature_scan.IGNORED


def test_a_module_that_switches_a_feature_still_gets_it(modules_folder):
    report = run_python(IMPORT_AND_REPORT.format(setup="import desktop.ui"), modules_folder)
    assert report["switched"] == {"watched": False, "switching": True}
    assert report["entries"]["switching_module"] != feature_scan.IGNORED


def test_the_windows_start_reads_no_source_of_the_reader(tmp_path):
    code = textwrap.dedent("""
        import contextlib, io, json, linecache
        from desktop.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--self-test"])
        print(json.dumps({"code": code, "read": [name for name in linecache.cache if "desktop" in name]}))
    """)
    report = run_python(code, tmp_path)
    assert report == {"code": 0, "read": []}


def test_a_pyside6_without_the_table_is_left_as_it_is(monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", types.ModuleType("PySide6.support.feature"))
    finders = list(sys.meta_path)
    assert feature_scan.feature_table() is None
    assert feature_scan.spare_source_scans() is False
    assert sys.meta_path == finders


def test_the_finder_is_put_in_place_once(monkeypatch):
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    assert feature_scan.spare_source_scans() is True
    assert feature_scan.spare_source_scans() is True
    ours = [finder for finder in sys.meta_path if isinstance(finder, feature_scan._EnterBeforeLoading)]
    assert len(ours) == 1
    assert sys.meta_path[0] is ours[0]
