"""A voice and a sound device that tests can see into and drive."""

from __future__ import annotations

import array
import time

RATE = 1000  # samples a second: small numbers that are easy to check by hand


class CountingVoice:
    """Says each sentence as a tone of 10 samples a character (at speed 1), and remembers what it said."""

    name = "counting voice"
    sample_rate = RATE

    def __init__(self) -> None:
        self.said: list[tuple[str, float, float]] = []
        self.closed = False

    def synthesize(self, text: str, *, speed: float = 1.0, pitch: float = 1.0) -> bytes:
        self.said.append((text, speed, pitch))
        return array.array("h", [1000] * round(10 * len(text) / speed)).tobytes()

    def close(self) -> None:
        self.closed = True


class ManualOutput:
    """A sound device that plays only when the test asks it to."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.pull = None
        self.closed = False

    def start(self, pull) -> None:
        self.pull = pull

    def play(self, samples: int) -> bytes:
        return self.pull(samples)

    def close(self) -> None:
        self.closed = True


def wait_for(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "not reached in time"
        time.sleep(0.005)
