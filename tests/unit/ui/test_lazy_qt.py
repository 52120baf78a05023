"""desktop.ui.lazy_qt: PySide6's Qt namespace, built on first use, and enum properties set by their keys."""

import pytest
from PySide6.QtCore import Qt as PySideQt
from PySide6.QtWidgets import QLabel

from desktop.ui import lazy_qt
from desktop.ui.lazy_qt import ItemDataRole, Qt, set_enum_property


def test_members_are_pyside6s_own():
    assert Qt.AlignmentFlag.AlignCenter is PySideQt.AlignmentFlag.AlignCenter
    assert Qt.Key is PySideQt.Key
    assert lazy_qt.built()


def test_names_qt_does_not_have_are_an_attribute_error():
    with pytest.raises(AttributeError):
        _ = Qt.NoSuchEnum
    with pytest.raises(AttributeError):
        _ = Qt.__wrapped__


@pytest.mark.parametrize(
    "name",
    [
        "DisplayRole", "DecorationRole", "ToolTipRole", "ForegroundRole",
        "AccessibleTextRole", "AccessibleDescriptionRole", "UserRole",
    ],
)  # fmt: skip
def test_item_data_roles_have_qts_values(name):
    assert getattr(ItemDataRole, name) == getattr(PySideQt.ItemDataRole, name).value


def test_an_enum_property_is_set_by_its_keys(qapp):
    label = QLabel()
    set_enum_property(label, "textFormat", "PlainText")
    set_enum_property(label, "alignment", "AlignRight|AlignTop")
    assert label.textFormat() == PySideQt.TextFormat.PlainText
    assert label.alignment() == PySideQt.AlignmentFlag.AlignRight | PySideQt.AlignmentFlag.AlignTop


@pytest.mark.parametrize(("name", "keys"), [("textFormat", "Bold"), ("textFromat", "PlainText")])
def test_a_wrong_property_or_key_raises(qapp, name, keys):
    with pytest.raises(ValueError, match=name):
        set_enum_property(QLabel(), name, keys)
