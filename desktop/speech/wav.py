"""Speech written to a WAV file (16-bit mono PCM), atomically, as every export is."""

from __future__ import annotations

import wave
from typing import TYPE_CHECKING

from desktop.content.atomic import replacing
from desktop.speech.engine import SAMPLE_WIDTH

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path


def write_wav(path: Path, sample_rate: int, chunks: Iterable[bytes]) -> int:
    """Write the samples to path (all or nothing); the number of samples written."""
    written = 0
    with replacing(path) as temporary, wave.open(str(temporary), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(sample_rate)
        for chunk in chunks:
            out.writeframes(chunk)
            written += len(chunk) // SAMPLE_WIDTH
    return written
