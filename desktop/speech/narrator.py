"""Reading a list of sentences aloud: a thread makes the audio a little ahead of what is heard.

The window polls ``current()`` (which sentence is heard), ``problem`` and ``finished``; it
never waits on the voice or the device, which are opened on the narrator's own thread (the
first sentence is made and queued before the second is asked for, so speech starts as soon
as the voice has said it). Jumping to a sentence or changing the speed or the pitch drops the
audio made ahead and goes on from the sentence heard.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from desktop.speech.engine import SENTENCE_GAP_SECONDS, VoiceUnavailable, clamp_pitch, clamp_speed, silence
from desktop.speech.player import NoSoundDevice, Player
from desktop.speech.reading import speakable

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from desktop.speech.engine import Voice
    from desktop.speech.player import Output

log = logging.getLogger(__name__)

AHEAD_SECONDS = 4.0
"""Audio made ahead of what is heard: enough to cover a long sentence's synthesis."""
STOP_WAIT_SECONDS = 1.0


class Narrator:
    """Says sentences in order from a given one; pause, resume, jump, speed and pitch."""

    def __init__(
        self,
        voice_factory: Callable[[], Voice],
        output_factory: Callable[[int], Output],
        sentences: Sequence[str],
        *,
        speed: float = 1.0,
        pitch: float = 1.0,
    ) -> None:
        self._voice_factory = voice_factory
        self._output_factory = output_factory
        self.sentences = list(sentences)
        self.speed = clamp_speed(speed)
        self.pitch = clamp_pitch(pitch)
        self.problem: str | None = None
        """Why speech stopped, for the user (no sound device, a voice that cannot load)."""
        self.voice_name = ""
        self._player: Player | None = None
        self._output: Output | None = None
        self._next = 0  # the next sentence to make
        self._generation = 0  # bumped by a jump: audio made for an older one is dropped
        self._made_all = False
        self._stopping = False
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None

    # -- control (from the window's thread) ----------------------------------------------------
    def start(self, first: int = 0) -> None:
        self._next = max(0, min(first, len(self.sentences)))
        self._thread = threading.Thread(target=self._run, name="narrator", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Silence at once; the narrator's thread closes the device and the voice as it ends (waited
        for a moment only: a voice stuck in a sentence must not freeze the window)."""
        if self._player is not None:
            self._player.paused = True
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=STOP_WAIT_SECONDS)

    def pause(self) -> None:
        if self._player is not None:
            self._player.paused = True

    def resume(self) -> None:
        if self._player is not None:
            self._player.paused = False

    @property
    def paused(self) -> bool:
        return self._player is not None and self._player.paused

    def jump(self, sentence: int) -> None:
        """Go on from this sentence (the previous or the next one, a clicked one)."""
        with self._condition:
            self._next = max(0, min(sentence, len(self.sentences) - 1))
            self._generation += 1
            self._made_all = False
            if self._player is not None:
                self._player.clear()
            self._condition.notify_all()

    def set_speed(self, speed: float) -> None:
        self.speed = clamp_speed(speed)
        self._restart_here()

    def set_pitch(self, pitch: float) -> None:
        self.pitch = clamp_pitch(pitch)
        self._restart_here()

    def _restart_here(self) -> None:
        current = self.current()
        if current is not None:
            self.jump(current)

    # -- state (polled by the window) ----------------------------------------------------------
    def current(self) -> int | None:
        """The sentence being heard, if any."""
        return None if self._player is None else self._player.current()

    @property
    def started(self) -> bool:
        """The voice and the device are open: sound is coming or about to."""
        return self._player is not None

    @property
    def finished(self) -> bool:
        """Everything was said (or it stopped for a problem)."""
        if self.problem is not None:
            return True
        with self._condition:
            made_all = self._made_all
        return made_all and self._player is not None and self._player.drained()

    # -- the narrator's thread -----------------------------------------------------------------
    def _run(self) -> None:
        voice: Voice | None = None
        try:
            voice = self._voice_factory()
            self.voice_name = voice.name
            player = Player(voice.sample_rate)
            self._output = self._output_factory(voice.sample_rate)
            self._player = player
            self._output.start(player.pull)
            self._speak(voice, player)
        except (VoiceUnavailable, NoSoundDevice) as error:
            log.error("Reading aloud stopped: %s", error)
            self.problem = str(error)
        finally:
            if self._output is not None:
                self._output.close()
            if voice is not None:
                voice.close()

    def _speak(self, voice: Voice, player: Player) -> None:
        pause = silence(voice.sample_rate, SENTENCE_GAP_SECONDS)
        while True:
            with self._condition:
                while not self._stopping and (
                    self._made_all or self._next >= len(self.sentences) or player.waiting_seconds() > AHEAD_SECONDS
                ):
                    if self._next >= len(self.sentences):
                        self._made_all = True
                    self._condition.wait(timeout=0.1)
                if self._stopping:
                    return
                index, generation = self._next, self._generation
                speed, pitch = self.speed, self.pitch
            samples = voice.synthesize(speakable(self.sentences[index]), speed=speed, pitch=pitch)
            with self._condition:
                if generation != self._generation:
                    continue  # a jump came while it was being made
                player.add(index, samples + pause)
                self._next = index + 1


__all__ = ["Narrator"]
