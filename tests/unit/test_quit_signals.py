"""Ctrl+C while the window starts is noted for the window to act on, never raised mid-start."""

import os
import signal
import sys

import pytest

from desktop import quit_signals

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture
def held():
    quit_signals.hold()
    yield
    quit_signals.release()


def test_a_held_ctrl_c_is_noted_not_raised(held):
    os.kill(os.getpid(), signal.SIGINT)  # would raise KeyboardInterrupt here if not held
    assert quit_signals.pending() == signal.SIGINT
    assert quit_signals.pending() is None  # taking it clears it


def test_nothing_is_pending_when_no_signal_came(held):
    assert quit_signals.pending() is None


def test_release_puts_the_previous_handler_back():
    before = signal.getsignal(signal.SIGINT)
    quit_signals.hold()
    assert signal.getsignal(signal.SIGINT) is not before
    quit_signals.release()
    assert signal.getsignal(signal.SIGINT) is before


def test_sigterm_keeps_its_handler_while_held():
    """Before the window handles it, SIGTERM ends the process as usual (nothing to save yet)."""
    before = signal.getsignal(signal.SIGTERM)
    quit_signals.hold()
    try:
        assert signal.getsignal(signal.SIGTERM) is before
    finally:
        quit_signals.release()


class _Stream:
    def __init__(self, terminal: bool) -> None:
        self._terminal = terminal

    def isatty(self) -> bool:
        return self._terminal


class _Closed:
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


@pytest.mark.parametrize(
    ("stdin", "stderr", "held"),
    [
        (_Stream(True), _Stream(True), True),  # a terminal
        (_Stream(False), _Stream(True), True),  # oqyrman < file, in a terminal
        (_Stream(True), _Stream(False), True),  # oqyrman 2> log, in a terminal
        (_Stream(False), _Stream(False), False),  # a desktop's menu: no Ctrl+C to hold
        (None, None, False),  # no standard streams at all (a windowed build)
        (_Closed(), _Stream(True), True),
    ],
)
def test_ctrl_c_is_held_when_a_terminal_can_send_it(monkeypatch, stdin, stderr, held):
    from desktop import cli

    monkeypatch.setattr(sys, "stdin", stdin)
    monkeypatch.setattr(sys, "stderr", stderr)
    assert cli._from_a_terminal() is held
