"""The cyclic garbage collector rests while the window starts.

Starting the window makes some forty thousand objects that live as long as the program
(modules, classes, Qt wrappers, the article) and almost no cyclic garbage (a few dozen
objects by the first paint). Each collection on the way walks them all again, for nothing
(its cost is in ``docs/benchmarks.md``). So
``run_gui`` pauses the collector for the window's start and the window ends the pause once
it has started; the objects made by then are frozen (``gc.freeze()``: CPython's way to leave
long-lived objects out of all later collections): a full collection just after the start
has next to nothing to walk, and later ones walk only what was made since. What the freeze
keeps is bounded: the start's few dozen cyclic objects, once.

Nothing here imports Qt: ``desktop.cli`` calls it before Qt is loaded.
"""

from __future__ import annotations

import gc


class _State:
    paused = False
    """True from pause() to end(): this module switched automatic collections off."""
    collector_elsewhere = False
    """True once another collector (the window's, on its GUI thread) does the automatic collections."""
    holds = 0
    """Long builds in progress that asked collections to wait (``hold``)."""


_state = _State()


def pause() -> None:
    """Stop automatic collections until ``end()``; does nothing if they were already off."""
    if gc.isenabled():
        gc.disable()
        _state.paused = True


def end(*, freeze: bool) -> None:
    """Collect automatically again; with ``freeze``, what exists now is left out of later collections.

    Safe to call more than once, and when ``pause()`` was not called (collections stay as
    they were).
    """
    if not _state.paused:
        return
    _state.paused = False
    if freeze:
        gc.freeze()
    if not _state.collector_elsewhere:
        gc.enable()


def hand_over() -> None:
    """Python's automatic collections stop for good: the caller collects, on a thread of its choosing.

    A pause in progress still ends (and freezes) as ``end()`` says; it just does not switch
    automatic collections back on.
    """
    _state.collector_elsewhere = True
    gc.disable()


def paused() -> bool:
    """Whether the window's start has paused collections (``pause`` to ``end``)."""
    return _state.paused


def held() -> bool:
    """Whether a long build asked collections to wait (``hold`` to ``release``)."""
    return _state.holds > 0


def hold() -> None:
    """Collections wait while a long build on a worker thread makes millions of objects that stay.

    Each full collection meanwhile would walk them all on the GUI thread (hundreds of
    milliseconds at a time for a 32 MiB book's search index); ``release`` then freezes them.
    """
    _state.holds += 1


def release() -> None:
    """The build is over: what it made is left out of later collections (``gc.freeze``), which go on."""
    _state.holds = max(0, _state.holds - 1)
    if not _state.holds:
        gc.freeze()
