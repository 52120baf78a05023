"""The eSpeak NG Kazakh voice, spoken by a process of its own (``espeak_worker``).

Keeping eSpeak NG (GPL-3.0-or-later) out of the reader's process keeps the reader's licence
apart from it (docs/distributing.md), and a fault in the synthesiser cannot take the window
and the reader's unsaved state with it. Starting the process and loading the voice takes a
few tens of milliseconds; one sentence is then made many times faster than it is spoken.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

from desktop.speech.engine import SAMPLE_WIDTH, VoiceUnavailable

log = logging.getLogger(__name__)

VOICE_NAME = "eSpeak NG, Kazakh (kk)"
WORKER_FLAG = "--speech-worker"
"""Given alone to the bundled program, it runs the voice's process instead of the reader."""
MAX_HEADER_BYTES = 64 * 1024
MAX_PIECE_CHARS = 2000
"""A longer sentence (a passage with no full stop) is said in pieces cut at a comma or a space:
the worker takes requests of up to 64 KiB."""
MAX_SENTENCE_SECONDS = 600
"""An answer longer than this is not believed (the worker says how many samples follow)."""


def worker_command() -> list[str]:
    """How to start the voice's process: the bundled program with a flag, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "desktop.speech.espeak_worker"]


class EspeakVoice:
    """A ``Voice``: each sentence is sent to the worker, its samples read back."""

    name = VOICE_NAME

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command or worker_command()
        self._lock = threading.Lock()
        self._start()

    def _start(self) -> None:
        environment = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, environment.get("PYTHONPATH")]))
        # The bundled program started by itself must start afresh, not as the continuation of this
        # process that PyInstaller's variables would make it (it dies at once otherwise).
        environment["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
        try:
            self._process = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=environment,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as error:
            raise self._unavailable(f"its process cannot start: {error}") from error
        hello = self._read_header()
        if "error" in hello:
            self.close()
            raise self._unavailable(str(hello["error"]))
        self.sample_rate = int(hello["sample_rate"])  # type: ignore[call-overload]

    def _unavailable(self, reason: str) -> VoiceUnavailable:
        log.error("The voice %s cannot be used: %s", VOICE_NAME, reason)
        return VoiceUnavailable(f"{VOICE_NAME}: {reason}")

    def _read_header(self) -> dict[str, object]:
        assert self._process.stdout is not None
        line = self._process.stdout.readline(MAX_HEADER_BYTES)
        if not line:
            code = self._process.poll()
            raise self._unavailable(f"its process ended (exit code {code})")
        try:
            message = json.loads(line)
        except ValueError as error:
            raise self._unavailable(f"its process answered something unreadable: {line[:80]!r}") from error
        if not isinstance(message, dict):
            raise self._unavailable(f"its process answered something unreadable: {line[:80]!r}")
        return message

    def synthesize(self, text: str, *, speed: float = 1.0, pitch: float = 1.0) -> bytes:
        """The sentence's samples. A sentence that makes the synthesiser die is skipped (logged), and the
        process is started again for the next one; a process that cannot start again ends the voice."""
        if len(text) > MAX_PIECE_CHARS:
            return b"".join(self.synthesize(piece, speed=speed, pitch=pitch) for piece in _pieces(text))
        with self._lock:
            try:
                return self._synthesize(text, speed, pitch)
            except VoiceUnavailable as error:
                try:
                    self._process.wait(timeout=2)
                except subprocess.TimeoutExpired:
                    raise error from None  # alive but not answering as it should
                log.warning("%s died on %r (%s); it is started again", VOICE_NAME, text[:80], error)
                self.close()
                self._start()
                return b""

    def _synthesize(self, text: str, speed: float, pitch: float) -> bytes:
        process = self._process
        if process.stdin is None or process.stdout is None or process.poll() is not None:
            raise self._unavailable("its process is not running")
        request = json.dumps({"text": text, "speed": speed, "pitch": pitch}, ensure_ascii=False)
        try:
            process.stdin.write(request.replace("\n", " ").encode("utf-8") + b"\n")
            process.stdin.flush()
        except OSError as error:
            raise self._unavailable(f"its process stopped listening: {error}") from error
        answer = self._read_header()
        if "error" in answer:
            log.warning("%s could not say %r: %s", VOICE_NAME, text[:80], answer["error"])
            return b""
        count = answer.get("samples")
        if not isinstance(count, int) or not 0 <= count <= MAX_SENTENCE_SECONDS * self.sample_rate:
            raise self._unavailable(f"its process announced {count!r} samples")
        samples = process.stdout.read(count * SAMPLE_WIDTH)
        if len(samples) != count * SAMPLE_WIDTH:
            raise self._unavailable("its process ended in the middle of a sentence")
        return samples

    def close(self) -> None:
        process = self._process
        if process.poll() is None:
            try:
                if process.stdin is not None:
                    process.stdin.close()
                process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()
        for stream in (process.stdout,):
            if stream is not None:
                stream.close()


def _pieces(text: str) -> list[str]:
    """A very long sentence in pieces of at most MAX_PIECE_CHARS, cut after a comma or a space."""
    pieces = []
    while len(text) > MAX_PIECE_CHARS:
        window = text[:MAX_PIECE_CHARS]
        cut = max(window.rfind(", "), window.rfind("; "))
        cut = cut + 1 if cut > MAX_PIECE_CHARS // 2 else window.rfind(" ")
        cut = cut if cut > 0 else MAX_PIECE_CHARS
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


__all__ = ["VOICE_NAME", "WORKER_FLAG", "EspeakVoice", "worker_command"]
