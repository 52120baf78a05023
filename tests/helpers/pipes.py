"""Calling what might block on a named pipe, so that a regression fails the test instead of hanging it."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")


def without_blocking_on(pipe: Path, call: Callable[[], T], seconds: float = 5.0) -> T:
    """call()'s result (or its exception); if it is still waiting after ``seconds``, the pipe's
    other end is opened to free it and the test fails."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # noqa: BLE001 - raised again in the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))  # the blocked open returns; reading finds the end
        thread.join(seconds)
        pytest.fail(f"blocked on the pipe {pipe.name}")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
