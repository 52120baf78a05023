"""Moved to ``desktop.storage.aside``; kept so older imports work."""

from desktop.storage.aside import aside_path

__all__ = ["aside_path"]
