"""One running reader: a second start hands its file to the first; a dead reader's lock is taken over."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from desktop.ui import instance
from desktop.ui.instance import RunningReader
from tests.helpers.paths import ROOT
from tests.helpers.pipes import without_blocking_on
from tests.helpers.processes import catches_sigterm
from tests.unit.library.conftest import write_text_article


def test_a_second_start_hands_its_file_to_the_running_reader(qapp, qtbot, tmp_path):
    first, second = RunningReader(tmp_path), RunningReader(tmp_path)
    assert first.claim()
    assert not second.claim()
    with qtbot.waitSignal(first.requested, timeout=5000) as asked:
        assert second.hand_over(tmp_path / "other.txt")
    assert asked.args == [tmp_path / "other.txt"]
    with qtbot.waitSignal(first.requested, timeout=5000) as asked:
        assert second.hand_over(None)  # `oqyrman` alone: just show the window
    assert asked.args == [None]
    assert list((tmp_path / "requests").iterdir()) == []  # every request was taken and removed
    first.release()
    assert second.claim()
    second.release()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_request_that_is_a_pipe_or_too_big_is_dropped_without_stalling_the_reader(qapp, tmp_path):
    """The running reader reads requests on its GUI thread: nothing there may block or flood it."""
    running = RunningReader(tmp_path)
    assert running.claim()
    requests = tmp_path / "requests"
    os.mkfifo(requests / "1-pipe.json")
    (requests / "2-huge.json").write_text(json.dumps({"open": "x" * 100_000}), encoding="utf-8")
    asked = []
    running.requested.connect(asked.append)
    without_blocking_on(requests / "1-pipe.json", running.take_requests)
    assert asked == [] and list(requests.iterdir()) == []
    running.release()


def test_a_reader_that_does_not_answer_is_not_taken_over_while_it_lives(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(instance, "HANDOVER_TIMEOUT_MS", 300)
    first, second = RunningReader(tmp_path), RunningReader(tmp_path)
    assert first.claim()
    first.requested.connect(lambda _path: None)
    first._watcher.removePath(str(first.requests))  # hung: it no longer takes requests
    assert not second.hand_over(None)
    assert list((tmp_path / "requests").glob("*.json")) == []  # the unanswered request is withdrawn
    assert not second.take_over()  # the lock's owner is alive: never two readers on one store
    first.release()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_lock_of_a_killed_reader_is_taken_over(qapp, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys, time; from pathlib import Path;"
            "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from desktop.ui.instance import RunningReader;"
            f"r = RunningReader(Path({str(tmp_path)!r})); print(r.claim(), flush=True); time.sleep(60)"
        )],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout.readline().strip() == "True"
    assert not RunningReader(tmp_path).claim()  # alive: its lock holds
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert (tmp_path / "instance.lock").exists()  # left behind by the killed process
    recovered = RunningReader(tmp_path)
    assert recovered.claim()
    recovered.release()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_oqyrman_open_while_a_reader_runs_opens_the_file_in_it(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    article = write_text_article(tmp_path / "handed.txt", "Берілген мақала", "Бірінші оқырманға жіберілді.")
    first = subprocess.Popen([sys.executable, "-m", "desktop"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        lock = tmp_path / "data" / "Oqyrman" / "Oqyrman" / "instance.lock"
        deadline = time.monotonic() + 20
        while not lock.exists() or catches_sigterm(first) is False:  # started, and its start is over
            assert first.poll() is None and time.monotonic() < deadline, "the first reader did not start"
            time.sleep(0.1)
        time.sleep(1.0)
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--open", str(article)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 10  # handed over, not a second window left running

        def in_library() -> bool:
            listed = subprocess.run(
                [sys.executable, "-m", "desktop", "library", "list", "--json"],
                cwd=ROOT, env=env, capture_output=True, text=True, check=True,
            )  # fmt: skip
            return any(entry["path"] == str(article) for entry in json.loads(listed.stdout)["articles"])

        deadline = time.monotonic() + 15
        while not in_library():  # the first reader opened it, and an opened file joins the library
            assert time.monotonic() < deadline, "the running reader did not open the file"
            time.sleep(0.3)
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        _out, err = first.communicate(timeout=20)
    assert first.returncode == 0, err
    assert not lock.exists()  # released on quit
