"""Sentences in, audio and timings out: each sentence's clip starts where the one before it ended."""

from desktop.speech.engine import SENTENCE_GAP_SECONDS, Timeline, speak
from tests.helpers.speech import RATE
from tests.unit.speech.conftest import samples_of


def test_each_sentence_starts_where_the_one_before_ended_with_a_pause(voice):
    clips = list(speak(voice, ["Бір.", "Екі сөз."], gap=0.1))
    assert [clip.sentence for clip in clips] == [0, 1]
    assert clips[0].start == 0
    assert samples_of(clips[0].samples) == 40 + 100  # 4 characters, then a tenth of a second
    assert clips[1].start == 140 and samples_of(clips[1].samples) == 80 + 100


def test_speed_and_pitch_are_kept_within_what_a_voice_is_asked(voice):
    list(speak(voice, ["а"], speed=5, pitch=0.1))
    assert voice.said == [("а", 2.0, 0.5)]
    assert SENTENCE_GAP_SECONDS > 0


def test_the_timeline_names_the_sentence_heard_at_each_sample(voice):
    timeline = Timeline(RATE)
    for clip in speak(voice, ["Бір.", "Екі сөз.", "Үш."], gap=0):
        timeline.add(clip)
    # Hand-computed from 10 samples a character: 0-39 the first, 40-119 the second, 120-149 the third.
    assert [timeline.sentence_at(sample) for sample in (0, 39, 40, 119, 120, 149)] == [0, 0, 1, 1, 2, 2]
    assert timeline.sentence_at(150) is None and timeline.sentence_at(-1) is None
    assert timeline.seconds(150) == 0.15
