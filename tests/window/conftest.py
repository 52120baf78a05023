"""Fixtures shared by the window's tests."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from desktop.ui.mainwindow.book_opening import RestOfBook


@pytest.fixture
def announced(monkeypatch):
    """What was announced to screen readers (each QAccessibleAnnouncementEvent's message)."""
    told: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Announcement:
            told.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return told


@pytest.fixture
def interface_language(qapp):
    """Installs the interface language it is called with; Kazakh again after the test."""
    from desktop.ui import translations

    yield translations.install
    translations.install("kk")


@pytest.fixture
def held(monkeypatch):
    """The rest of a book is not read until the test lets it (``let_read``): the reader acts first."""
    starts: list[RestOfBook] = []

    def hold(rest: RestOfBook) -> None:
        starts.append(rest)

    monkeypatch.setattr(RestOfBook, "start", hold)
    return starts
