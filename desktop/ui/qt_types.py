"""Type names the Qt models share."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
"""What Qt passes a model as an index: either kind."""
