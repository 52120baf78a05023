"""Unexpected errors: logged to a file and shown in a dialog, and the reader keeps running."""

import logging
import sys

from desktop.ui import crash


def test_the_log_file_receives_warnings_and_errors(tmp_path):
    path = tmp_path / "logs" / "oqyrman.log"
    before = list(logging.getLogger().handlers)
    assert crash.start_log_file(path) == path
    added = [handler for handler in logging.getLogger().handlers if handler not in before]
    try:
        logging.getLogger("desktop.test").error("сапар failed")
        logging.getLogger("desktop.test").info("not kept: below a warning")
        added[0].flush()
        text = path.read_text(encoding="utf-8")
        assert "ERROR desktop.test: сапар failed" in text and "not kept" not in text
    finally:
        for handler in added:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _stop_logging_to(path):
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_a_full_log_is_set_aside_at_start_and_two_old_ones_are_kept(tmp_path):
    path = tmp_path / "oqyrman.log"
    for name, text in (("oqyrman.log.2", "oldest"), ("oqyrman.log.1", "older"), ("oqyrman.log", "x" * 512_000)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    crash.start_log_file(path)
    _stop_logging_to(path)
    assert path.stat().st_size == 0
    assert (tmp_path / "oqyrman.log.1").read_text(encoding="utf-8") == "x" * 512_000
    assert (tmp_path / "oqyrman.log.2").read_text(encoding="utf-8") == "older"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oqyrman.log", "oqyrman.log.1", "oqyrman.log.2"]


def test_a_small_log_is_appended_to(tmp_path):
    path = tmp_path / "oqyrman.log"
    path.write_text("last session\n", encoding="utf-8")
    crash.start_log_file(path)
    logging.getLogger("desktop.test").warning("this session")
    _stop_logging_to(path)
    assert path.read_text(encoding="utf-8").startswith("last session\n")
    assert "this session" in path.read_text(encoding="utf-8")
    assert not (tmp_path / "oqyrman.log.1").exists()


def test_one_session_writes_no_more_than_the_cap(tmp_path):
    path = tmp_path / "oqyrman.log"
    crash.start_log_file(path)
    for number in range(8000):
        logging.getLogger("desktop.test").warning("runaway warning %d %s", number, "ә" * 40)
    _stop_logging_to(path)
    size = path.stat().st_size
    assert crash.MAX_LOG_BYTES <= size < crash.MAX_LOG_BYTES + 1000


def test_a_log_file_that_cannot_be_created_is_reported_not_raised(tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert crash.start_log_file(blocked / "oqyrman.log") is None
    assert "cannot write the log file" in caplog.text


def test_an_uncaught_error_is_logged_and_shown(qapp, monkeypatch, tmp_path, caplog):
    shown = []
    monkeypatch.setattr(crash, "show_error_dialog", lambda parent, error, details, log: shown.append((error, log)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(None, tmp_path / "oqyrman.log")
    try:
        raise ValueError("бұзылған")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert [str(error) for error, _log in shown] == ["бұзылған"]
    assert "unexpected error" in caplog.text and "ValueError: бұзылған" in caplog.text
