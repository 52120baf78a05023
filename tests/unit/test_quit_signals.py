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
