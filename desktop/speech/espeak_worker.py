"""The eSpeak NG voice's own process: loads libespeak-ng, reads sentences, writes samples.

eSpeak NG is GPL-3.0-or-later. The reader never loads it: it starts this small program
(``python -m desktop.speech.espeak_worker``, or the bundled program with ``--speech-worker``)
and talks to it through a pipe, one sentence at a time (see ``desktop.speech.espeak`` and
docs/distributing.md for what this means for those who hand out installers).

The protocol, all on standard input and output: first the worker writes one JSON line,
``{"sample_rate": 22050, "voice": "kk"}`` or ``{"error": "…"}``. Then for each request line
``{"text": "…", "speed": 1.0, "pitch": 1.0}`` it answers ``{"samples": N}`` and N 16-bit
mono samples, or ``{"error": "…"}``. An empty line or the end of input ends it.
"""

from __future__ import annotations

import ctypes
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import BinaryIO

VOICE = "kk"
DEFAULT_WPM = 175  # eSpeak NG's own rate, words a minute: speed 1
MIN_WPM, MAX_WPM = 80, 450
DEFAULT_PITCH = 50  # eSpeak NG's pitch scale is 0-100
BUNDLED_DATA = ("phondata", "phonindex", "phontab", "intonations", "kk_dict", "lang/trk/kk", "en_dict", "lang/gmw/en")
"""The files of espeak-ng-data the Kazakh voice needs (build.spec bundles only these): the shared phoneme
tables and intonation, the Kazakh dictionary and voice, and English's, which the Kazakh rules switch to
for words in Latin letters (Reuters, Financial Times). eSpeak NG dies on a dictionary it cannot find."""
MAX_REQUEST_BYTES = 64 * 1024
"""A longer request line is refused: a sentence is never that long."""

LIBRARY_NAMES = {"win32": "espeak-ng.dll", "darwin": "libespeak-ng.dylib"}
"""The library's file name in the espeakng-loader package (libespeak-ng.so elsewhere)."""
AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_CHARS_UTF8 = 1
ESPEAK_RATE, ESPEAK_PITCH = 1, 3
SYNTH_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


def library_and_data() -> tuple[str, str | None]:
    """Where libespeak-ng and its data are: OQYRMAN_ESPEAK_LIBRARY / _DATA, the espeakng-loader
    package (which ships both), or the system's library with its own data."""
    library = os.environ.get("OQYRMAN_ESPEAK_LIBRARY")
    data = os.environ.get("OQYRMAN_ESPEAK_DATA")
    if library:
        return library, data
    if getattr(sys, "frozen", False):  # build.spec puts the package's files here, without its module
        folder: Path | None = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "espeakng_loader"
    else:
        package = importlib.util.find_spec("espeakng_loader")  # found, not imported: it imports `platform`
        folder = None if package is None or package.origin is None else Path(package.origin).parent
    if folder is None:
        import ctypes.util  # slow to import (subprocess, shutil): only for this fallback

        found = ctypes.util.find_library("espeak-ng")
        if found is None:
            raise OSError("libespeak-ng is not installed (the espeakng-loader package ships it)")
        return found, data
    return str(folder / LIBRARY_NAMES.get(sys.platform, "libespeak-ng.so")), data or str(folder / "espeak-ng-data")


class Espeak:
    """libespeak-ng, loaded and set to the Kazakh voice, writing into memory."""

    def __init__(self, library: str, data: str | None, voice: str = VOICE) -> None:
        if not Path(library).exists() and os.sep in library:
            raise OSError(f"{library}: no such file")
        self._lib = ctypes.CDLL(library)
        self._lib.espeak_Initialize.restype = ctypes.c_int
        self._lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        self._lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self._lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        self._lib.espeak_Synth.argtypes = [
            ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
            ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        self.sample_rate = self._lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data.encode() if data else None, 0)
        if self.sample_rate <= 0:
            raise OSError(f"eSpeak NG could not start with its data at {data or 'its built-in place'}")
        if self._lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise OSError(f"eSpeak NG has no voice {voice!r} in {data or 'its built-in place'}")
        self._chunks: list[bytes] = []
        self._callback = SYNTH_CALLBACK(self._collect)  # kept: eSpeak holds a pointer to it
        self._lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: ctypes._Pointer[ctypes.c_short], count: int, _events: int) -> int:
        if wav and count > 0:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    def synthesize(self, text: str, speed: float, pitch: float) -> bytes:
        wpm = round(min(MAX_WPM, max(MIN_WPM, DEFAULT_WPM * speed)))
        self._lib.espeak_SetParameter(ESPEAK_RATE, wpm, 0)
        self._lib.espeak_SetParameter(ESPEAK_PITCH, round(min(100, max(0, DEFAULT_PITCH * pitch))), 0)
        encoded = text.encode("utf-8") + b"\0"
        self._chunks = []
        status = self._lib.espeak_Synth(encoded, len(encoded), 0, 0, 0, ESPEAK_CHARS_UTF8, None, None)
        self._lib.espeak_Synchronize()
        if status != 0:
            raise OSError(f"eSpeak NG could not say the sentence (error {status})")
        return b"".join(self._chunks)


def _write_line(out: BinaryIO, message: dict[str, object]) -> None:
    out.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
    out.flush()


def serve(source: BinaryIO | None = None, sink: BinaryIO | None = None) -> int:
    """Answer requests until the input ends; 1 when the voice cannot be loaded."""
    source = source or (sys.stdin.buffer if sys.stdin else os.fdopen(0, "rb"))
    sink = sink or (sys.stdout.buffer if sys.stdout else os.fdopen(1, "wb"))
    try:
        library, data = library_and_data()
        espeak = Espeak(library, data)
    except OSError as error:
        _write_line(sink, {"error": f"{error}"})
        return 1
    _write_line(sink, {"sample_rate": espeak.sample_rate, "voice": VOICE})
    while True:
        line = source.readline(MAX_REQUEST_BYTES + 1)
        if not line.strip() or len(line) > MAX_REQUEST_BYTES:
            return 0
        try:
            request = json.loads(line)
            samples = espeak.synthesize(str(request["text"]), float(request["speed"]), float(request["pitch"]))
        except (ValueError, KeyError, TypeError, OSError) as error:
            _write_line(sink, {"error": f"{error}"})
            continue
        try:
            _write_line(sink, {"samples": len(samples) // 2})
            sink.write(samples)
            sink.flush()
        except BrokenPipeError:  # the reader went away (stopped, or closed)
            return 0


if __name__ == "__main__":
    raise SystemExit(serve())
