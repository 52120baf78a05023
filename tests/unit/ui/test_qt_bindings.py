"""The installed Qt for Python keeps Python's reference counts right.

PySide6 6.12.0 returns None from every call that returns nothing (and from an empty model
value) without a reference to it. On Python 3.11, where None is an ordinary object, a few
thousand calls (a minute of scrolling) bring its count to zero and the reader aborts;
pyproject.toml excludes that version, and this test catches any other that does the same.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel

CALLS = 1000


def _references_to_none_lost(action) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        action()
    return before - sys.getrefcount(None)


def test_calls_that_return_nothing_keep_none_alive(qapp):
    label = QLabel("сапар")
    pixmap = QPixmap(16, 16)
    painter = QPainter(pixmap)
    try:
        assert _references_to_none_lost(lambda: label.setText("сапары")) < CALLS // 10
        assert _references_to_none_lost(lambda: painter.drawLine(0, 0, 8, 8)) < CALLS // 10
    finally:
        painter.end()


def test_an_empty_model_value_keeps_none_alive(qapp):
    model = QStandardItemModel()
    model.appendRow(QStandardItem("сапар"))
    index = model.index(0, 0)
    assert _references_to_none_lost(lambda: index.data(Qt.ItemDataRole.UserRole + 7)) < CALLS // 10


PRIVATE_PYSIDE6 = ("shibokensupport", "signature_bootstrap", "__feature__", "builtins.compile", "sys.meta_path")
"""PySide6's private machinery, and the hooks through which one would reach into it: code that
depends on it breaks with any PySide6 release, and a cache of it can crash every start."""


def test_the_reader_and_its_bundle_use_only_pyside6s_public_api():
    from tests.helpers.paths import ROOT

    sources = [*(ROOT / "desktop").rglob("*.py"), *(ROOT / "packaging").rglob("*.py"), ROOT / "build.spec"]
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sources
        for name in PRIVATE_PYSIDE6
        if name in path.read_text(encoding="utf-8")
    ]
    assert not found
