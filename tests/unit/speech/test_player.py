"""The player hands the device the queued audio and knows which sentence is heard."""

import pytest

from desktop.speech.player import DeviceOutput, NoSoundDevice, Player
from tests.helpers.speech import RATE
from tests.unit.speech.conftest import samples_of


def tone(samples: int) -> bytes:
    return b"\x01\x00" * samples


def test_the_sentence_heard_follows_what_the_device_took():
    player = Player(RATE)
    player.add(7, tone(100))
    player.add(8, tone(50))
    assert player.current() is None  # nothing heard yet
    assert samples_of(player.pull(60)) == 60 and player.current() == 7
    assert samples_of(player.pull(60)) == 60 and player.current() == 8
    assert samples_of(player.pull(60)) == 30 and player.drained()
    assert player.current() is None  # all heard


def test_pausing_gives_silence_and_keeps_the_place():
    player = Player(RATE)
    player.add(0, tone(100))
    player.pull(10)
    player.paused = True
    assert player.pull(50) == b"" and player.current() == 0 and player.waiting_seconds() == 0.09
    player.paused = False
    assert samples_of(player.pull(200)) == 90


def test_clearing_drops_what_was_not_heard_and_timing_restarts_from_the_device_position():
    player = Player(RATE)
    player.add(0, tone(100))
    player.pull(30)
    player.clear()
    assert player.drained() and player.current() is None
    player.add(5, tone(20))
    player.pull(10)
    assert player.current() == 5


def test_a_machine_without_a_sound_device_gets_a_readable_reason(monkeypatch):
    miniaudio = pytest.importorskip("miniaudio")

    def no_device(*args, **kwargs):
        raise miniaudio.MiniaudioError("failed to init device", -401)

    monkeypatch.setattr(miniaudio, "PlaybackDevice", no_device)
    with pytest.raises(NoSoundDevice, match="no sound device could be opened"):
        DeviceOutput(22050)
