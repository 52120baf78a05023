"""Reading sentences aloud: ahead of the listener, jumping, pausing, stopping at the end."""

from desktop.speech.engine import VoiceUnavailable
from desktop.speech.narrator import Narrator
from desktop.speech.player import NoSoundDevice
from tests.helpers.speech import ManualOutput, wait_for


def started(voice, sentences, first=0):
    outputs = []

    def output(rate):
        outputs.append(ManualOutput(rate))
        return outputs[-1]

    narrator = Narrator(lambda: voice, output, sentences)
    narrator.start(first)
    wait_for(lambda: narrator.started and outputs and outputs[0].pull is not None and voice.said)
    return narrator, outputs[0]


def test_it_reads_from_the_given_sentence_to_the_end_and_then_finishes(voice):
    narrator, device = started(voice, ["Бір.", "Екі.", "Үш."], first=1)
    wait_for(lambda: len(voice.said) == 2)
    assert [text for text, _, _ in voice.said] == ["Екі.", "Үш."]
    device.play(10)
    assert narrator.current() == 1
    while device.play(1000):
        pass
    wait_for(lambda: narrator.finished)
    narrator.stop()
    assert voice.closed and device.closed


def test_numbers_reach_the_voice_as_words(voice):
    narrator, _ = started(voice, ["2025 жылы."])
    narrator.stop()
    assert voice.said[0][0] == "екі мың жиырма бес жылы."


def test_jumping_and_a_new_speed_go_on_from_the_sentence_asked_for(voice):
    narrator, device = started(voice, ["Бір.", "Екі.", "Үш.", "Төрт."])
    wait_for(lambda: len(voice.said) == 4)
    device.play(5)
    narrator.jump(2)
    wait_for(lambda: len(voice.said) == 6)
    device.play(5)
    assert narrator.current() == 2
    narrator.set_speed(2)
    wait_for(lambda: len(voice.said) == 8)
    assert voice.said[-2] == ("Үш.", 2.0, 1.0)
    narrator.pause()
    assert device.play(100) == b"" and narrator.paused
    narrator.resume()
    assert device.play(5)
    narrator.stop()


def test_a_voice_that_cannot_load_or_no_sound_device_is_a_problem_to_tell_not_a_crash(voice):
    def broken_voice():
        raise VoiceUnavailable("eSpeak NG, Kazakh (kk): no such file")

    narrator = Narrator(broken_voice, ManualOutput, ["Бір."])
    narrator.start()
    wait_for(lambda: narrator.finished)
    assert narrator.problem == "eSpeak NG, Kazakh (kk): no such file"

    def no_device(rate):
        raise NoSoundDevice("no sound device could be opened")

    narrator = Narrator(lambda: voice, no_device, ["Бір."])
    narrator.start()
    wait_for(lambda: narrator.finished)
    assert "no sound device" in narrator.problem and voice.closed
