"""The collector's rest during the window's start: paused once, ended once, never left off."""

import gc

import pytest

from desktop import gc_pause


@pytest.fixture(autouse=True)
def collections_as_they_were(monkeypatch):
    """Each test starts as a process without a window does: Python collects by itself."""
    monkeypatch.setattr(gc_pause._state, "collector_elsewhere", False)
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.enable()
    yield
    gc_pause.end(freeze=False)
    if gc.get_freeze_count() != frozen:
        gc.unfreeze()
    (gc.enable if enabled else gc.disable)()


def test_a_pause_stops_automatic_collections_until_it_ends():
    gc_pause.pause()
    assert not gc.isenabled() and gc_pause.paused()
    gc_pause.end(freeze=False)
    assert gc.isenabled() and not gc_pause.paused()


def test_ending_with_a_freeze_leaves_what_exists_out_of_later_collections():
    gc.unfreeze()
    gc_pause.pause()
    made_during_the_start = [[] for _ in range(100)]
    gc_pause.end(freeze=True)
    assert gc.get_freeze_count() >= len(made_during_the_start)
    assert gc.isenabled()


def test_ending_twice_freezes_once():
    gc.unfreeze()
    gc_pause.pause()
    gc_pause.end(freeze=True)
    frozen = gc.get_freeze_count()
    _made_after = [[] for _ in range(100)]
    gc_pause.end(freeze=True)
    assert gc.get_freeze_count() == frozen


def test_without_a_pause_ending_changes_nothing():
    gc.disable()  # switched off by someone else: not ours to switch on
    frozen = gc.get_freeze_count()
    gc_pause.end(freeze=True)
    assert not gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_pause_while_collections_are_off_does_not_switch_them_on_at_its_end():
    gc.disable()
    gc_pause.pause()
    assert not gc_pause.paused()
    gc_pause.end(freeze=False)
    assert not gc.isenabled()


def test_once_collections_are_handed_over_the_end_of_a_pause_leaves_them_off():
    gc_pause.pause()
    gc_pause.hand_over()
    gc_pause.end(freeze=False)
    assert not gc.isenabled() and not gc_pause.paused()
