"""Speech played on the sound device, with the sentence being heard known at every moment.

``Player`` keeps the clips waiting to be heard and hands the device the samples it asks for
(``pull``, called on the device's own thread); what has been pulled tells, through a
``Timeline``, which sentence is heard. ``DeviceOutput`` is the sound device (miniaudio, a
small self-contained library: no Qt Multimedia, nothing to install on the system); a test
calls ``pull`` itself.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import TYPE_CHECKING, Protocol

from desktop.speech.engine import SAMPLE_WIDTH, Clip, Timeline

if TYPE_CHECKING:
    from collections.abc import Callable, Generator

log = logging.getLogger(__name__)

DEVICE_BUFFER_MS = 40
"""The device's period: the highlight trails the sound by about this much."""


class NoSoundDevice(Exception):  # noqa: N818  # an expected condition, said to the user
    """The machine has no sound output the reader can open."""


class Output(Protocol):
    def start(self, pull: Callable[[int], bytes]) -> None:
        """Start asking ``pull`` for samples (a count of them) until closed."""
        ...

    def close(self) -> None: ...


class Player:
    """The queue between the voice and the device; thread-safe."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self._lock = threading.Lock()
        self._queue: deque[bytes] = deque()
        self._queued_samples = 0
        self._head = b""  # the clip being pulled, what is left of it
        self._pulled = 0  # samples handed to the device since the start (silence while paused excluded)
        self._timeline = Timeline(sample_rate)
        self._sentences: list[int] = []  # the sentence of each clip in the timeline
        self.paused = False
        self._starved = False  # the device asked for more than there was: all was heard

    def add(self, sentence: int, samples: bytes) -> None:
        """Queue a sentence's audio after what is queued."""
        with self._lock:
            start = max(self._timeline.end, self._pulled)
            self._timeline.add(Clip(len(self._sentences), start, samples))
            self._sentences.append(sentence)
            self._queue.append(samples)
            self._starved = False
            self._queued_samples += len(samples) // SAMPLE_WIDTH

    def clear(self) -> None:
        """Drop everything not yet heard (a jump to another sentence, a new speed)."""
        with self._lock:
            self._queue.clear()
            self._head = b""
            self._queued_samples = 0
            self._timeline = Timeline(self.sample_rate)
            self._sentences = []

    def pull(self, count: int) -> bytes:
        """Up to count samples for the device; silence (nothing) while paused or waiting."""
        with self._lock:
            if self.paused:
                return b""
            wanted = count * SAMPLE_WIDTH
            pieces = []
            while wanted > 0:
                if not self._head:
                    if not self._queue:
                        break
                    self._head = self._queue.popleft()
                piece, self._head = self._head[:wanted], self._head[wanted:]
                pieces.append(piece)
                wanted -= len(piece)
            data = b"".join(pieces)
            self._starved = wanted > 0
            self._pulled += len(data) // SAMPLE_WIDTH
            self._queued_samples -= len(data) // SAMPLE_WIDTH
            return data

    def current(self) -> int | None:
        """The sentence being heard; None when nothing is (all heard, or not started)."""
        with self._lock:
            if self._starved:
                return None
            clip = self._timeline.sentence_at(self._pulled - 1)  # the last sample handed over
            return None if clip is None else self._sentences[clip]

    def waiting_seconds(self) -> float:
        """How much queued audio is not yet heard."""
        with self._lock:
            return self._queued_samples / self.sample_rate

    def drained(self) -> bool:
        """Everything queued was heard."""
        with self._lock:
            return not self._queue and not self._head


class DeviceOutput:
    """The default sound device, through miniaudio."""

    def __init__(self, sample_rate: int) -> None:
        try:
            import miniaudio
        except ImportError as error:
            raise NoSoundDevice(f"the miniaudio library is missing: {error}") from error
        try:
            self._device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=1,
                sample_rate=sample_rate,
                buffersize_msec=DEVICE_BUFFER_MS,
                app_name="Oqyrman",
            )
        except miniaudio.MiniaudioError as error:
            reason = error.args[0] if error.args else error
            raise NoSoundDevice(f"no sound device could be opened: {reason}") from error
        self._error = miniaudio.MiniaudioError

    def start(self, pull: Callable[[int], bytes]) -> None:
        def feed() -> Generator[bytes, int, None]:
            count = yield b""
            while True:
                count = yield pull(count)

        generator = feed()
        next(generator)
        try:
            self._device.start(generator)
        except self._error as error:
            raise NoSoundDevice(f"the sound device would not start ({error})") from error

    def close(self) -> None:
        self._device.close()


__all__ = ["DeviceOutput", "NoSoundDevice", "Output", "Player"]
