"""One running reader: a second start hands its file to the first; a dead reader's lock is taken over."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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


@pytest.mark.skipif(not hasattr(os, "mkfifo") or sys.platform == "win32", reason="named pipes and symlinks")
def test_every_bad_request_is_logged_once_and_removed_and_the_good_one_is_taken(qapp, tmp_path, caplog):
    """Nested JSON, a dangling link, a pipe, a huge file, a folder, bytes that are not UTF-8: none blocks the rest."""
    requests = tmp_path / "requests"
    requests.mkdir()
    (requests / "a-nested.json").write_text("[" * 30_000 + "]" * 30_000, encoding="utf-8")
    (requests / "b-nested-object.json").write_text('{"open": ' * 5_000 + "1" + "}" * 5_000, encoding="utf-8")
    (requests / "c-dangling.json").symlink_to(tmp_path / "gone.json")
    (requests / "e-huge.json").write_bytes(b" " * (instance.MAX_REQUEST_BYTES + 1))
    (requests / "f-folder.json").mkdir()
    (requests / "g-bytes.json").write_bytes(b'{"open": "\xff\xfe"}')
    (requests / "h-null.json").write_text(json.dumps({"open": "a\x00b"}), encoding="utf-8")
    (requests / "z-good.json").write_text(json.dumps({"open": str(tmp_path / "good.txt")}), encoding="utf-8")
    running = RunningReader(tmp_path)
    asked = []
    running.requested.connect(asked.append)
    with caplog.at_level("WARNING", logger="desktop.ui.instance"):
        assert running.claim()  # requests left before the start are read first
        os.mkfifo(requests / "d-pipe.json")  # and one that comes while it runs
        without_blocking_on(requests / "d-pipe.json", running.take_requests)
        running.take_requests()  # a later change in the folder: nothing is logged again
    assert tmp_path / "good.txt" in asked
    assert all(target in (None, tmp_path / "good.txt") for target in asked)
    assert list(requests.iterdir()) == []
    refused = [record.getMessage() for record in caplog.records if "ignoring the start request" in record.message]
    assert len(refused) == 7 and len(set(refused)) == 7
    running.release()


def test_a_request_nested_deeper_than_a_request_is_refused_before_it_is_parsed():
    assert instance.json_depth('{"open": "[[[[[[[[[[[{{{{{{"}') == 1  # brackets in a string are text
    assert instance.json_depth('{"open": "a\\"[[[[[["}') == 1
    assert instance.json_depth("[" * 100_000) == 100_000


def _claim_in_subprocess(folder: Path, limit: int) -> dict:
    script = (
        "import json, resource, signal, sys\n"
        "from pathlib import Path\n"
        "from desktop.ui.app import create_application\n"
        "from desktop.ui.instance import RunningReader\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))\n"
        "app, _family = create_application(['oqyrman-tests'])\n"
        "running = RunningReader(Path(sys.argv[1]))\n"
        "claimed = running.claim()\n"
        "print(json.dumps({'claimed': claimed, 'unwritable': running.unwritable,\n"
        "                  'handed': running.hand_over(None) if not claimed else None}))\n"
    )
    environment = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(limit)],
        capture_output=True, text=True, env=environment, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
def test_a_lock_that_cannot_be_written_on_a_full_disk_is_not_another_reader(tmp_path):
    result = _claim_in_subprocess(tmp_path / "data", limit=0)  # no file may hold a byte: the lock cannot be written
    assert result["claimed"] is True
    assert "the lock file cannot be written" in result["unwritable"]


@pytest.mark.skipif(sys.platform != "linux", reason="mounts a tmpfs")
def test_a_data_folder_on_read_only_media_starts_as_the_reader(qapp, tmp_path):
    from tests.helpers.mounts import remount_read_only, small_tmpfs

    with small_tmpfs(tmp_path / "stick") as stick:
        (stick / "data").mkdir()
        remount_read_only(stick)
        running = RunningReader(stick / "data")
        assert running.claim()
        assert "the lock file cannot be written" in running.unwritable
        assert not running.hand_over(None)  # nobody to ask, and no traceback
        missing = RunningReader(stick / "not-made")
        assert missing.claim() and missing.unwritable


def test_the_data_folder_and_its_requests_are_made_owner_only(qapp, tmp_path):
    previous = os.umask(0o022)
    try:
        running = RunningReader(tmp_path / "share" / "Oqyrman")
        assert running.claim()
    finally:
        os.umask(previous)
    for folder in (tmp_path / "share", tmp_path / "share" / "Oqyrman", tmp_path / "share" / "Oqyrman" / "requests"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    running.release()
