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
