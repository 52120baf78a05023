"""The window quits cleanly on SIGTERM, SIGHUP and Ctrl+C, saving where the reader was; no display, no abort."""

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.helpers.paths import ROOT
from tests.helpers.processes import catches_sigterm

pytestmark = [
    pytest.mark.slow,  # the reader started as a process
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and displays"),
]


def _start_reader(tmp_path, *args: str, stdin=None) -> subprocess.Popen:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True, stdin=stdin
    )


def _wait_until_running(tmp_path, process: subprocess.Popen, timeout: float = 20) -> None:
    """Until the reader handles quit signals: it does from just after its first paint, when the
    rest of its start is done. Where the system cannot tell (no /proc), the log file, opened just
    before the window is built, and a moment more."""
    deadline = time.monotonic() + timeout
    while not list((tmp_path / "data").rglob("oqyrman.log")):
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the reader did not start"
        time.sleep(0.1)
    while (catching := catches_sigterm(process)) is False:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the reader did not come to handle quit signals"
        time.sleep(0.1)
    if catching is None:
        time.sleep(1.5)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_quit_signal_saves_the_reading_position_and_exits_cleanly(tmp_path, name):
    process = _start_reader(tmp_path, "--section", "europe")
    _wait_until_running(tmp_path, process)
    process.send_signal(getattr(signal, name))
    _out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    settings = (tmp_path / "config" / "Oqyrman" / "settings.ini").read_text(encoding="utf-8")
    assert "bundled\\section=europe" in settings
    assert "geometry=@ByteArray(" in settings


def _without_a_display() -> dict[str, str]:
    return {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }


def test_without_a_display_the_window_says_what_still_works():
    env = _without_a_display()
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop"], cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("oqyrman: error: no display")
    assert "oqyrman export" in result.stderr and "--self-test" in result.stderr


def test_without_a_display_the_self_test_still_runs():
    env = _without_a_display()
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and '"ok": true' in result.stdout


def test_the_reading_position_is_saved_while_reading_and_survives_sigkill(tmp_path):
    process = _start_reader(tmp_path, "--section", "russia")
    _wait_until_running(tmp_path, process)
    time.sleep(1.5)  # more than the save delay after the last scroll
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=20)
    settings = (tmp_path / "config" / "Oqyrman" / "settings.ini").read_text(encoding="utf-8")
    assert "bundled\\section=russia" in settings


def _ctrl_c_during_the_start(folder, *args: str, delay: float) -> tuple[int, str]:
    """Start the reader from a terminal (where Ctrl+C comes from), press Ctrl+C ``delay`` seconds
    after the log file exists (opened just before the window is built; Ctrl+C is held from before
    PySide6 is imported): its exit code and error output."""
    import pty

    terminal, reader_side = pty.openpty()
    process = _start_reader(folder, *args, stdin=reader_side)
    os.close(reader_side)
    try:
        deadline = time.monotonic() + 20
        while not list((folder / "data").rglob("oqyrman.log")):
            assert process.poll() is None and time.monotonic() < deadline, "the reader did not start"
            time.sleep(0.005)
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    finally:
        process.kill()  # a reader that hangs must not outlive the test
        os.close(terminal)
    return process.returncode, err


@pytest.mark.parametrize("delay", [0.0, 0.25])
def test_ctrl_c_during_the_start_closes_the_window_once_it_is_up_without_a_traceback(tmp_path, delay):
    """Ctrl+C while the window is built, or around its first paint, is held, then acted on."""
    code, err = _ctrl_c_during_the_start(tmp_path, "--section", "europe", delay=delay)
    assert code == 0, err
    assert "Traceback" not in err and "Fatal" not in err


def test_ctrl_c_during_a_start_at_the_library_closes_the_window_too(tmp_path):
    """Started at the library the text is never painted: Ctrl+C held during the start is still acted on."""
    code, err = _ctrl_c_during_the_start(tmp_path, "--library", delay=0.25)
    assert code == 0, err
    assert "Traceback" not in err and "Fatal" not in err
