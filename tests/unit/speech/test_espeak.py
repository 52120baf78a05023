"""The eSpeak NG Kazakh voice, in its own process."""

import array
import json
import shutil
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.speech.engine import SENTENCE_GAP_SECONDS, VoiceUnavailable
from desktop.speech.espeak import MAX_PIECE_CHARS, VOICE_NAME, EspeakVoice, _pieces
from desktop.speech.espeak_worker import BUNDLED_DATA

espeakng_loader = pytest.importorskip("espeakng_loader")


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


FRAGILE_WORKER = r"""
import json, sys
out = sys.stdout.buffer
out.write(b'{"sample_rate": 1000, "voice": "test"}\n'); out.flush()
for line in sys.stdin.buffer:
    if json.loads(line)["text"] == "die":
        raise SystemExit(-7)
    out.write(b'{"samples": 10}\n' + bytes(20)); out.flush()
"""


def test_a_sentence_that_kills_the_synthesiser_is_skipped_and_the_voice_goes_on():
    voice = EspeakVoice([sys.executable, "-c", FRAGILE_WORKER])
    try:
        assert len(voice.synthesize("бір")) == 20
        assert voice.synthesize("die") == b""
        assert len(voice.synthesize("екі")) == 20
    finally:
        voice.close()


def test_the_bundled_kazakh_data_alone_says_every_sentence_of_the_article(tmp_path, monkeypatch):
    """build.spec bundles only BUNDLED_DATA: a word that sends eSpeak NG to a missing dictionary kills it."""
    source = Path(espeakng_loader.get_data_path())
    for name in BUNDLED_DATA:
        (tmp_path / "data" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source / name, tmp_path / "data" / name)
    monkeypatch.setenv("OQYRMAN_ESPEAK_DATA", str(tmp_path / "data"))
    assert main(["speak", "-o", str(tmp_path / "a.wav"), "--timings", str(tmp_path / "t.json")]) == 0
    timings = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert min(entry["end"] - entry["start"] for entry in timings) > SENTENCE_GAP_SECONDS + 0.5


def test_a_sentence_longer_than_a_request_is_said_in_pieces():
    text = ("Бұл өте ұзын сөйлем, " * 400).strip()
    voice = EspeakVoice([sys.executable, "-c", FRAGILE_WORKER])
    try:
        assert len(voice.synthesize(text)) == 20 * len(_pieces(text))
    finally:
        voice.close()
    assert len(_pieces(text)) > 1 and "".join(_pieces(text)) == text
    assert all(len(piece) <= MAX_PIECE_CHARS for piece in _pieces(text))
