"""The interface every voice offers, and what the reader builds on it: sentences in, audio and timings out.

A voice turns one sentence of text into 16-bit mono samples. ``speak`` gives a voice the
sentences one at a time and yields each sentence's audio with where it starts in the whole
(its timing); ``Timeline`` answers which sentence is being heard at a given sample, which is
how the window moves its highlight and how the tests check it against the audio. A better
Kazakh voice is added by writing another ``Voice``; nothing above this module changes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import NamedTuple, Protocol

SAMPLE_WIDTH = 2  # bytes: every voice gives signed 16-bit little-endian mono samples
MIN_SPEED, MAX_SPEED = 0.5, 2.0
MIN_PITCH, MAX_PITCH = 0.5, 1.5
SENTENCE_GAP_SECONDS = 0.25
"""Silence added after each sentence, as a reader draws breath."""


class VoiceUnavailable(Exception):  # noqa: N818  # an expected condition, said to the user
    """The voice cannot be loaded or stopped answering; the message names it and why."""


class Voice(Protocol):
    """A speech synthesiser for one language."""

    name: str
    """How the voice is named to the user (in messages and the About box)."""
    sample_rate: int

    def synthesize(self, text: str, *, speed: float = 1.0, pitch: float = 1.0) -> bytes:
        """One sentence's samples; speed 0.5–2 (1 is the voice's own), pitch 0.5–1.5 (1 is its own).

        Raises VoiceUnavailable when the voice cannot speak any more.
        """
        ...

    def close(self) -> None:
        """Free what the voice holds (its process); it cannot speak after."""
        ...


class Clip(NamedTuple):
    """One sentence's audio and where it starts in everything said so far."""

    sentence: int
    """The sentence's index in what was given to ``speak``."""
    start: int
    """The sample (counted from the first sentence's first) at which it starts."""
    samples: bytes


def clamp_speed(speed: float) -> float:
    return min(MAX_SPEED, max(MIN_SPEED, speed))


def clamp_pitch(pitch: float) -> float:
    return min(MAX_PITCH, max(MIN_PITCH, pitch))


def silence(sample_rate: int, seconds: float) -> bytes:
    return bytes(SAMPLE_WIDTH * round(sample_rate * seconds))


def speak(
    voice: Voice, sentences: Iterable[str], *, speed: float = 1.0, pitch: float = 1.0, gap: float = SENTENCE_GAP_SECONDS
) -> Iterator[Clip]:
    """Each sentence's audio (a short pause included), in order, as soon as it is made."""
    start = 0
    pause = silence(voice.sample_rate, gap)
    for index, text in enumerate(sentences):
        samples = voice.synthesize(text, speed=clamp_speed(speed), pitch=clamp_pitch(pitch)) + pause
        yield Clip(index, start, samples)
        start += len(samples) // SAMPLE_WIDTH


class Timeline:
    """Where each sentence starts in the audio; which one is heard at a given sample."""

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self.starts: list[int] = []
        self.end = 0

    def add(self, clip: Clip) -> None:
        """Record a clip that follows the ones before it."""
        self.starts.append(clip.start)
        self.end = clip.start + len(clip.samples) // SAMPLE_WIDTH

    def sentence_at(self, sample: int) -> int | None:
        """The index of the clip being heard at this sample; None before the first and after the last."""
        if not self.starts or sample < self.starts[0] or sample >= self.end:
            return None
        return bisect.bisect_right(self.starts, sample) - 1

    def seconds(self, sample: int) -> float:
        return sample / self.sample_rate


__all__ = [
    "MAX_PITCH",
    "MAX_SPEED",
    "MIN_PITCH",
    "MIN_SPEED",
    "SAMPLE_WIDTH",
    "Clip",
    "Timeline",
    "Voice",
    "VoiceUnavailable",
    "clamp_pitch",
    "clamp_speed",
    "silence",
    "speak",
]
