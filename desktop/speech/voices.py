"""The voices the reader can speak with; the one it uses unless told otherwise.

A better Kazakh voice is added here (a ``Voice``, desktop/speech/engine.py); the window, the
word card and ``oqyrman speak`` take theirs from ``default_voice`` and need no change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.speech.engine import Voice


def default_voice() -> Voice:
    """The Kazakh voice, started (raises VoiceUnavailable, naming it, when it cannot be)."""
    from desktop.speech.espeak import EspeakVoice  # its process is started here, not on import

    return EspeakVoice()


__all__ = ["default_voice"]
