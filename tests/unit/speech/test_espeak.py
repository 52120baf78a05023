"""The eSpeak NG Kazakh voice, in its own process."""

import array

import pytest

from desktop.speech.engine import VoiceUnavailable
from desktop.speech.espeak import VOICE_NAME, EspeakVoice


def test_the_kazakh_voice_says_a_sentence_in_a_second_or_two():
    voice = EspeakVoice()
    try:
        samples = array.array("h", voice.synthesize("Сәлеметсіз бе, бұл қазақ тіліндегі сөйлем."))
        faster = voice.synthesize("Сәлеметсіз бе, бұл қазақ тіліндегі сөйлем.", speed=2.0)
    finally:
        voice.close()
    seconds = len(samples) / voice.sample_rate
    assert voice.sample_rate == 22050
    assert 1.0 < seconds < 6.0
    assert max(abs(sample) for sample in samples) > 1000  # not silence
    assert len(faster) < 0.75 * len(samples) * 2


def test_a_voice_that_cannot_be_loaded_is_named_in_the_message_and_the_log(monkeypatch, caplog):
    monkeypatch.setenv("OQYRMAN_ESPEAK_LIBRARY", "/nonexistent/libespeak-ng.so")
    with pytest.raises(VoiceUnavailable, match="no such file") as raised:
        EspeakVoice()
    assert VOICE_NAME in str(raised.value)
    assert VOICE_NAME in caplog.text


def test_a_process_that_ends_at_once_is_a_voice_unavailable():
    with pytest.raises(VoiceUnavailable, match="ended"):
        EspeakVoice(["python3", "-c", "pass"])
