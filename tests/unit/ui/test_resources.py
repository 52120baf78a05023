"""The compiled Qt resources match their sources (the compiled module is never stale)."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QDirIterator

from desktop.ui.resources import bundled_article, read_resource
from tests.helpers.paths import ROOT

QRC = ROOT / "resources" / "oqyrman.qrc"


def _qrc_files() -> list[str]:
    return [element.text for element in ET.parse(QRC).getroot().iter("file")]


def test_every_file_in_the_qrc_is_compiled_with_identical_bytes(qapp):
    for name in _qrc_files():
        assert read_resource(f":/{name}") == (ROOT / "resources" / name).read_bytes(), (
            f"{name} changed since desktop/ui/oqyrman.rcc was built: run scripts/build_resources.py"
        )


def test_nothing_stale_is_left_in_the_compiled_resources(qapp):
    """Only our own folders are compared: Qt itself registers resources under other names."""
    ours = {name.split("/")[0] for name in _qrc_files()}
    compiled = set()
    for folder in ours:
        iterator = QDirIterator(f":/{folder}", QDirIterator.IteratorFlag.Subdirectories)
        while iterator.hasNext():
            path = iterator.next()
            if iterator.fileInfo().isFile():
                compiled.add(path.removeprefix(":/"))
    assert compiled == set(_qrc_files())


def test_the_bundled_article_is_the_source_article(article):
    assert bundled_article() == article


def test_the_compiled_resource_file_is_what_the_build_script_makes_now(tmp_path):
    """Byte for byte: format 1 carries no file times, so only a changed source changes it."""
    rcc = Path(sys.executable).parent / ("pyside6-rcc.exe" if sys.platform == "win32" else "pyside6-rcc")
    fresh = tmp_path / "oqyrman.rcc"
    subprocess.run([str(rcc), "--binary", "--format-version", "1", str(QRC), "-o", str(fresh)], check=True)
    assert fresh.read_bytes() == (ROOT / "desktop" / "ui" / "oqyrman.rcc").read_bytes(), (
        "desktop/ui/oqyrman.rcc is stale: run scripts/build_resources.py"
    )
