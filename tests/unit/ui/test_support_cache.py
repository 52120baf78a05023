"""PySide6's support code is compiled at one start and reused, unchanged, by the next ones.

Each start runs in a fresh interpreter: the cache only acts on PySide6's first import.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from desktop import branding, portable
from desktop.ui import support_cache
from tests.helpers.paths import ROOT

# Imports PySide6 as the reader does, and tells how many times the real compile() ran for
# PySide6's support modules and what those modules hold: every function's code (flags, bytecode, constants,
# names) and annotations, which the compiler flags PySide6 uses decide.
START = r"""
import builtins, json, sys, types

real_compile = builtins.compile
compiled = []

def watch(frame, event, arg):  # compile() called for PySide6's support code: by shiboken, or by the cache
    if event == "c_call" and arg is real_compile:
        if frame.f_code.co_filename == "signature_bootstrap.py" or (
            frame.f_code.co_name == "compile_support_once"
            and str(frame.f_locals["filename"]).startswith(("shibokensupport/", "signature_bootstrap.py"))
        ):
            compiled.append(frame.f_code.co_name)

def plain(value):
    if isinstance(value, types.CodeType):
        return [value.co_name, value.co_flags, value.co_code.hex(), plain(value.co_consts),
                list(value.co_names), list(value.co_varnames)]
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    if isinstance(value, frozenset):
        return sorted(repr(item) for item in value)
    if isinstance(value, bytes):
        return value.hex()
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)

def functions(namespace, module, depth=0):
    found = {}
    for name, value in sorted(vars(namespace).items()):
        if isinstance(value, types.FunctionType) and value.__module__ == module:
            found[name] = [plain(value.__code__), repr(value.__annotations__)]
        elif isinstance(value, type) and value.__module__ == module and depth == 0:
            found[name] = functions(value, module, 1)
    return found

sys.setprofile(watch)
from desktop.ui.support_cache import import_pyside6
import_pyside6()
sys.setprofile(None)
support = sorted(name for name in sys.modules if name.startswith("shibokensupport"))
modules = {name: [functions(sys.modules[name], name), repr(vars(sys.modules[name]).get("__annotations__"))]
           for name in support}
from PySide6.QtCore import QObject
try:
    QObject().setObjectName(1)  # the support code at work: it parses and lists the signatures
except TypeError as error:
    message = str(error)
print(json.dumps({"compiled": len(compiled), "modules": modules, "wrong_call": message}))
"""


def start(**environment: str) -> dict:
    """One start in a fresh interpreter; what it compiled and what PySide6's support code holds."""
    result = subprocess.run(
        [sys.executable, "-c", START],
        cwd=ROOT,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def cache_file() -> Path:
    path = support_cache.cache_path()
    assert path is not None
    assert not path.exists()  # each test has its own cache folder (tests/conftest.py)
    return path


def test_the_first_start_compiles_pysides_support_code_and_the_next_ones_compile_none(cache_file):
    first = start()
    assert first["compiled"] >= 10  # 14 modules in PySide6 6.11
    assert cache_file.is_file()
    written = cache_file.stat().st_mtime_ns
    second = start()
    assert second["compiled"] == 0
    assert cache_file.stat().st_mtime_ns == written, "a start that found everything cached writes nothing"


def test_the_cached_code_is_the_code_pyside6_compiles_itself(cache_file):
    start()
    cached = start()
    by_pyside6 = start(**{support_cache.DISABLE_VARIABLE: "1"})
    assert cached["compiled"] == 0
    assert by_pyside6["compiled"] >= 10
    assert "setObjectName(name: str, /)" in by_pyside6["wrong_call"]
    assert cached["wrong_call"] == by_pyside6["wrong_call"]
    assert set(cached["modules"]) == set(by_pyside6["modules"])
    for module, holds in by_pyside6["modules"].items():
        assert cached["modules"][module] == holds, module


def test_the_switch_leaves_pyside6_to_compile_everything_and_writes_no_cache(cache_file):
    assert start(**{support_cache.DISABLE_VARIABLE: "1"})["compiled"] >= 10
    assert not cache_file.exists()
    start(**{support_cache.DISABLE_VARIABLE: "0"})  # 0 is "no", as an empty value is
    assert cache_file.is_file()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b"not marshal data at all", id="garbage"),
        pytest.param(lambda data: data[: len(data) // 2], id="cut short"),
        pytest.param(lambda data: marshal.dumps((("another program", 1), marshal.loads(data)[1])), id="foreign"),
        pytest.param(lambda data: marshal.dumps((support_cache.FORMAT, {"shibokensupport/x.py": 1})), id="bad entries"),
    ],
)
def test_a_damaged_cache_is_compiled_over_and_written_anew(cache_file, damage):
    start()
    cache_file.write_bytes(damage(cache_file.read_bytes()))
    again = start()
    assert again["compiled"] >= 10
    assert len(support_cache.read_cache(cache_file)) == again["compiled"]
    assert start()["compiled"] == 0


def test_a_cache_written_by_another_python_is_not_used(cache_file):
    start()
    _format, modules = marshal.loads(cache_file.read_bytes())
    other = ("oqyrman: PySide6 support code", 1, "3.99.0 (another build)", marshal.version, sys.flags.optimize)
    cache_file.write_bytes(marshal.dumps((other, modules)))
    assert start()["compiled"] == len(modules)


def test_a_cache_written_at_another_optimisation_level_is_not_used(cache_file):
    start()  # python -O (PYTHONOPTIMIZE) compiles without asserts: the same source, other code
    optimised = start(PYTHONOPTIMIZE="1")
    assert optimised["compiled"] >= 10
    assert start(PYTHONOPTIMIZE="1")["compiled"] == 0


def test_a_module_whose_source_changed_is_compiled_again_and_the_cache_mended(cache_file):
    start()
    modules = support_cache.read_cache(cache_file)
    name = next(name for name in sorted(modules) if name.endswith("mapping.py"))
    source, flags, code = modules[name]
    support_cache.write_cache(cache_file, {**modules, name: (source + b"\n# another version", flags, code)})
    assert start()["compiled"] == 1
    assert support_cache.read_cache(cache_file)[name][0] == source


def test_a_cache_folder_that_cannot_be_made_costs_nothing_but_the_cache(tmp_path, own_user_folders):
    blocked = tmp_path / "a-file-where-the-cache-folder-goes"
    blocked.write_text("not a folder", encoding="utf-8")
    first = start(XDG_CACHE_HOME=str(blocked))  # start() fails on any output to stderr
    assert first["compiled"] >= 10
    assert blocked.read_text(encoding="utf-8") == "not a folder"
    assert list(tmp_path.iterdir()) == [blocked]  # no temporary file left behind


def test_a_whole_start_with_the_cache_passes_its_self_test(cache_file):
    for _ in range(2):  # the first writes the cache, the second reads it
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--self-test"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout.strip().splitlines()[-1])["ok"]
    assert cache_file.is_file()


def test_the_cache_folder_is_where_qt_keeps_the_readers_cache(qapp):
    # The application names are the brand's (create_application): Qt's answer is the oracle.
    assert support_cache.cache_folder() == Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    )


def test_the_cache_folder_follows_each_systems_convention(monkeypatch, tmp_path):
    """Qt's documented CacheLocation: <APPNAME> is the organisation name, then the application's."""
    name = branding.current().data_name
    monkeypatch.setattr(Path, "home", lambda: tmp_path / "home")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert support_cache.cache_folder() == tmp_path / "Local" / name / name / "cache"
    monkeypatch.delenv("LOCALAPPDATA")
    assert support_cache.cache_folder() is None
    monkeypatch.setattr(sys, "platform", "darwin")
    assert support_cache.cache_folder() == tmp_path / "home" / "Library" / "Caches" / name / name
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert support_cache.cache_folder() == tmp_path / "home" / ".cache" / name / name
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the XDG rule: only absolute paths count
    assert support_cache.cache_folder() == tmp_path / "home" / ".cache" / name / name


def test_a_portable_reader_keeps_the_cache_beside_itself(monkeypatch, tmp_path):
    monkeypatch.setattr(portable, "data_root", lambda: tmp_path / "OqyrmanData")
    assert support_cache.cache_folder() == tmp_path / "OqyrmanData" / "cache"


def test_only_shibokens_own_modules_are_cached():
    assert support_cache.is_support_module("shibokensupport/signature/mapping.py")
    assert support_cache.is_support_module("signature_bootstrap.py")
    for other in ("<string>", "desktop/cli.py", "mapping.py", b"shibokensupport/x.py", None):
        assert not support_cache.is_support_module(other)


def test_the_frozen_smoke_test_looks_for_the_file_this_module_writes():
    # packaging/build.py names the file without importing this module (which would load PySide6).
    spec = importlib.util.spec_from_file_location("build_script", ROOT / "packaging" / "build.py")
    build_script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_script)
    assert build_script.CODE_CACHE_FILE == support_cache.CACHE_FILE
