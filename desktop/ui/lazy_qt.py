"""``Qt``, PySide6's namespace of Qt's global enums, built when a member is first used.

Why not ``from PySide6.QtCore import Qt``: the first time anything names that namespace,
PySide6 builds a Python ``enum`` type for each of its 93 enums (``Qt.Key`` alone has 469
members): about 15 ms under Python 3.11, an eighth of what a bare ``QTextBrowser`` window
takes to reach its first paint. The reader's first screen needs none of them, so the
window's modules import this ``Qt`` instead, and nothing on the way to the first paint
uses a member (``tests/window/test_startup.py`` checks that, and says where if it does).

The members are PySide6's own: ``Qt.AlignmentFlag.AlignCenter is QtCore.Qt.AlignmentFlag.AlignCenter``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

__all__ = ["ItemDataRole", "Qt", "built", "set_enum_property"]


class _LazyNamespace:
    """Looks each name up in ``PySide6.QtCore.Qt`` once, then keeps it as its own attribute."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and introspection ask for these: not Qt's
            raise AttributeError(name)
        from PySide6 import QtCore

        value = getattr(QtCore.Qt, name)  # noqa: TID251 - the one place it is named
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return "<PySide6.QtCore.Qt, built on first use>"


class ItemDataRole:
    """Qt's item data roles as the ints Qt passes a model's ``data()``, for models painted before
    the first paint: ``Qt::ItemDataRole``'s values, fixed by Qt's API (a test compares them with PySide6's)."""

    DisplayRole = 0
    DecorationRole = 1
    ToolTipRole = 3
    ForegroundRole = 9
    AccessibleTextRole = 11
    AccessibleDescriptionRole = 12
    UserRole = 256


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Set a Qt property of enum or flags type by its keys (``"NoFocus"``, ``"AlignLeft|AlignTop"``).

    Qt's meta-object system converts the keys, so the Qt namespace is not built; for the
    widgets made before the first paint. A wrong name or key raises, rather than being ignored.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no property {name!r} taking {keys!r}")


def built() -> bool:
    """Whether PySide6 has built its Qt namespace in this process (by anyone's use)."""
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and "Qt" in vars(core)


if TYPE_CHECKING:
    from PySide6.QtCore import Qt  # noqa: TID251 - what this module stands for
else:
    Qt = _LazyNamespace()
