"""Cyclic garbage is collected on the GUI thread only, never by a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from desktop import gc_pause


class Cycle:
    def __init__(self) -> None:
        self.me = self


def collections_by_thread(work) -> set[int]:
    """The threads that ran a collection while ``work`` ran."""
    threads: set[int] = set()

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.add(threading.get_ident())

    gc.callbacks.append(note)
    try:
        work()
    finally:
        gc.callbacks.remove(note)
    return threads


def test_once_the_application_exists_python_collects_nothing_by_itself(qapp):
    assert not gc.isenabled()
    gc_pause.pause()
    gc_pause.end(freeze=False)
    assert not gc.isenabled(), "the end of the start's pause does not switch automatic collection back on"


def test_a_worker_thread_making_cyclic_garbage_never_collects_it(qapp):
    def worker() -> None:
        for _ in range(50_000):
            Cycle()

    def run() -> None:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()

    assert collections_by_thread(run) == set()


def test_the_gui_thread_collects_garbage_once_python_would_have(qapp, qtbot):
    from desktop.ui import collector

    gui = collector.install(qapp)
    assert collector.install(qapp) is gui, "one collector per application"
    last = Cycle()
    gone = weakref.ref(last)
    for _ in range(gc.get_threshold()[0] * 2):
        Cycle()
    del last
    threads = collections_by_thread(lambda: qtbot.waitUntil(lambda: gone() is None, timeout=3000))
    assert threads == {threading.get_ident()}


def test_while_an_index_is_built_the_gui_thread_waits_and_then_leaves_its_objects_out(qapp):
    from desktop.ui import collector

    gui = collector.install(qapp)
    made = [Cycle() for _ in range(gc.get_threshold()[0] * 2)]  # what a build makes and keeps
    frozen = gc.get_freeze_count()
    gc_pause.hold()
    try:
        assert gui.collect_due() == -1, "no collection walks what the build is making"
    finally:
        gc_pause.release()
    assert not gc_pause.held()
    assert gc.get_freeze_count() >= frozen + len(made), "what it made is left out of later collections"
    gc.unfreeze()
