"""``oqyrman speak``: the article read aloud into a WAV file, with no sound card and no display."""

import array
import itertools
import json
import wave

import pytest

from desktop.cli import main
from desktop.speech.article import article_sentences

QUIET = 200  # a sample this small is silence
WINDOW_SECONDS = 0.01


def read_wav(path):
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        return wav.getframerate(), array.array("h", wav.readframes(wav.getnframes()))


def silent_gaps(rate, samples, shortest_seconds):
    """Where the audio is silent for at least this long: (start, end) in seconds, found in the audio alone."""
    window = int(rate * WINDOW_SECONDS)
    gaps, quiet_since = [], None
    for first in range(0, len(samples), window):
        quiet = max(map(abs, samples[first : first + window])) < QUIET
        if quiet and quiet_since is None:
            quiet_since = first
        elif not quiet and quiet_since is not None:
            if (first - quiet_since) / rate >= shortest_seconds:
                gaps.append((quiet_since / rate, first / rate))
            quiet_since = None
    if quiet_since is not None and (len(samples) - quiet_since) / rate >= shortest_seconds:
        gaps.append((quiet_since / rate, len(samples) / rate))
    return gaps


@pytest.fixture(scope="module")
def spoken(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speak")
    assert main(["speak", "-o", str(folder / "article.wav"), "--timings", str(folder / "timings.json")]) == 0
    rate, samples = read_wav(folder / "article.wav")
    return rate, samples, json.loads((folder / "timings.json").read_text(encoding="utf-8"))


def test_the_bundled_article_is_spoken_at_a_plausible_length_and_is_not_silent(spoken, article):
    rate, samples, _ = spoken
    seconds = len(samples) / rate
    characters = sum(len(sentence.text) for sentence in article_sentences(article))
    assert rate == 22050
    assert 8 < characters / seconds < 25  # a reader says about 12 to 18 characters a second
    loud = sum(1 for sample in samples[::100] if abs(sample) > 2000)
    assert loud > len(samples[::100]) / 10


def test_every_sentence_has_one_boundary_and_it_falls_in_a_pause_heard_in_the_audio(spoken, article):
    rate, samples, timings = spoken
    assert [entry["text"] for entry in timings] == [sentence.text for sentence in article_sentences(article)]
    gaps = silent_gaps(rate, samples, 0.2)
    for before, after in itertools.pairwise(timings):
        assert before["end"] == after["start"]
        assert any(start - 0.03 <= after["start"] <= end + 0.03 for start, end in gaps), after["text"]
    assert abs(timings[-1]["end"] - len(samples) / rate) < 0.01


def test_a_section_at_double_speed_is_shorter(tmp_path):
    assert main(["speak", "--section", "west", "-o", str(tmp_path / "slow.wav")]) == 0
    assert main(["speak", "--section", "west", "--rate", "2", "-o", str(tmp_path / "fast.wav")]) == 0
    slow, fast = read_wav(tmp_path / "slow.wav")[1], read_wav(tmp_path / "fast.wav")[1]
    assert 0.35 < len(fast) / len(slow) < 0.75


def test_bad_arguments_and_a_missing_voice_get_a_message_not_a_traceback(tmp_path, capsys, monkeypatch):
    assert main(["speak", "--rate", "3", "-o", str(tmp_path / "x.wav")]) == 2
    assert "--rate must be from 0.5 to 2.0" in capsys.readouterr().err
    assert main(["speak", "--section", "nowhere", "-o", str(tmp_path / "x.wav")]) == 2
    assert "unknown section 'nowhere'" in capsys.readouterr().err
    monkeypatch.setenv("OQYRMAN_ESPEAK_LIBRARY", str(tmp_path / "libespeak-ng.so"))
    assert main(["speak", "-o", str(tmp_path / "x.wav")]) == 1
    assert "eSpeak NG, Kazakh (kk)" in capsys.readouterr().err
    assert not (tmp_path / "x.wav").exists()
