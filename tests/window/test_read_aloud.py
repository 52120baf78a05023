"""Reading aloud in the window: F5, the sentence highlight, the controls, and what a machine without sound is told."""

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from desktop.content.latin import to_latin
from desktop.speech.player import NoSoundDevice
from desktop.ui.mainwindow import MainAction
from desktop.ui.speech.choices import PITCHES, SPEEDS
from tests.helpers.paths import ROOT
from tests.helpers.speech import CountingVoice, ManualOutput


def start_reading(window, qtbot, first=None):
    """Start with a voice and a device the test drives; the device once it is open."""
    voice, devices = CountingVoice(), []

    def device(rate):
        devices.append(ManualOutput(rate))
        return devices[-1]

    window.read_aloud.start(first, voice_factory=lambda: voice, output_factory=device)
    qtbot.waitUntil(lambda: bool(devices and devices[0].pull is not None and voice.said), timeout=3000)
    return voice, devices[0]


def hear_until(window, device, qtbot, beginning: str) -> None:
    """Let the device take a little sound at a time until the highlighted sentence starts so."""

    def heard() -> bool:
        device.play(5)
        return spoken_text(window).startswith(beginning)

    qtbot.waitUntil(heard, timeout=3000)


def spoken_text(window) -> str:
    selections = window.reading_pane._spoken_selections
    return selections[0].cursor.selectedText() if selections else ""


SPEECH_MODULES_AFTER_THE_START = """
import json, sys
from desktop.cli import main
code = main(["--self-test"])
speech = ("miniaudio", "espeakng_loader", "ctypes", "subprocess", "desktop.ui.speech.controller")
print(json.dumps(sorted(name for name in sys.modules if name.startswith("desktop.speech") or name in speech)))
raise SystemExit(code)
"""


def test_nothing_of_speech_is_loaded_by_the_start():
    result = subprocess.run(
        [sys.executable, "-c", SPEECH_MODULES_AFTER_THE_START], check=False, cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_f5_reads_from_the_top_of_the_view_and_the_highlight_follows_the_sound(make_window, qtbot):
    window = make_window()
    window.navigation.go_to_section("west")
    voice, device = start_reading(window, qtbot)
    assert voice.said[0][0].startswith("Батыс медиасының бағасы")  # the section's heading, at the top
    hear_until(window, device, qtbot, "Батыс медиасының бағасы")
    assert spoken_text(window) == 'Батыс медиасының бағасы: "Теңгерімді сыртқы саясат"'
    hear_until(window, device, qtbot, "Reuters агенттігі")
    assert window.action(MainAction.READ_ALOUD).isChecked()
    assert window.read_aloud.bar.isVisible()


def test_space_pauses_escape_stops_and_alt_arrows_move_by_sentence(make_window, qtbot):
    window = make_window()
    _, device = start_reading(window, qtbot, first=0)
    device.play(5)
    qtbot.waitUntil(lambda: window.read_aloud.current_sentence() is not None)
    window.reading_pane.setFocus()
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    hear_until(window, device, qtbot, "Әсіресе энергия")
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Space)
    assert window.read_aloud.paused and device.play(100) == b""
    assert window.action(MainAction.READ_PAUSE).text() == "Жалғастыру"
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Space)
    assert not window.read_aloud.paused and device.play(5)
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Escape)
    assert not window.read_aloud.speaking and spoken_text(window) == ""
    assert not window.action(MainAction.READ_PAUSE).isEnabled()
    assert not window.read_aloud.bar.isVisible()


def test_in_the_latin_alphabet_the_same_sentence_is_highlighted_in_latin(make_window, qtbot):
    window = make_window()
    window.set_latin_script(True)
    voice, device = start_reading(window, qtbot, first=0)
    assert voice.said[0][0].startswith("Қазақстан Президенті")  # the voice still reads the written text
    hear_until(window, device, qtbot, "Qazaqstan Prezidentı")
    assert spoken_text(window) == to_latin(window.read_aloud.current_sentence().text)


def test_reading_goes_on_across_sections_and_stops_at_the_end(make_window, qtbot):
    window = make_window()
    voice, device = start_reading(window, qtbot, first=4)  # the lead's last sentence
    while window.read_aloud.speaking:
        device.play(2000)
        qtbot.wait(5)
    assert voice.said[1][0].startswith("Батыс медиасының")
    assert voice.said[-1][0].startswith("Әлемдік сарапшылар")
    assert not window.action(MainAction.READ_ALOUD).isChecked()


def test_a_machine_without_a_sound_device_is_told_so(make_window, qtbot):
    window = make_window()

    def no_device(rate):
        raise NoSoundDevice("no sound device could be opened: failed to init device")

    window.read_aloud.start(voice_factory=CountingVoice, output_factory=no_device)
    qtbot.waitUntil(lambda: not window.read_aloud.speaking, timeout=3000)
    assert "дыбыс шығаратын құрылғы табылмады" in window.statusBar().currentMessage()


def test_space_in_the_search_box_types_a_space_while_speaking(make_window, qtbot):
    window = make_window()
    start_reading(window, qtbot, first=0)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "a b")
    assert window.search_box.text() == "a b"
    assert not window.read_aloud.paused


def checked_value(window, group_name: str) -> float | None:
    from PySide6.QtGui import QActionGroup

    groups = window.menuBar().findChildren(QActionGroup, group_name)
    checked = [action.data() for group in groups for action in group.actions() if action.isChecked()]
    return checked[0] if len(checked) == 1 else None


def test_speed_and_pitch_are_remembered_between_runs(make_window, settings_path, qtbot):
    from desktop.ui.preferences import Preferences

    first = make_window()
    assert (checked_value(first, "set_speed"), checked_value(first, "set_pitch")) == (1.0, 1.0)
    first.read_aloud.set_speed(1.5)
    first.read_aloud.set_pitch(0.8)
    first.close()
    assert (Preferences(settings_path).read_aloud_speed, Preferences(settings_path).read_aloud_pitch) == (1.5, 0.8)

    again = make_window()
    assert (checked_value(again, "set_speed"), checked_value(again, "set_pitch")) == (1.5, 0.8)
    bar = again.read_aloud.bar
    assert (bar.speed_box.currentIndex(), bar.pitch_box.currentIndex()) == (SPEEDS.index(1.5), PITCHES.index(0.8))
    assert (again.read_aloud.speed, again.read_aloud.pitch) == (1.5, 0.8)


def test_a_speed_or_pitch_the_menu_does_not_offer_reads_as_the_usual_one(settings_path):
    from desktop.ui.preferences import Preferences

    settings_path.write_text("[read_aloud]\nspeed=7\npitch=abc\n", encoding="utf-8")
    prefs = Preferences(settings_path)
    assert (prefs.read_aloud_speed, prefs.read_aloud_pitch) == (1.0, 1.0)
    assert "speed=7" in settings_path.read_text(encoding="utf-8")  # read as the default, never rewritten


def test_a_new_theme_while_paused_keeps_the_sentence_highlighted_in_its_colours(make_window, qtbot):
    from desktop.ui import themes
    from desktop.ui.themes import Theme

    window = make_window()
    _, device = start_reading(window, qtbot, first=0)
    hear_until(window, device, qtbot, "Қазақстан Президенті")
    window.read_aloud.pause_or_resume()
    sentence = spoken_text(window)
    window.appearance.apply_theme(Theme.DARK)
    qtbot.waitUntil(lambda: spoken_text(window) == sentence, timeout=3000)
    background = window.reading_pane._spoken_selections[0].format.background().color()
    assert background.name() == themes.COLORS[Theme.DARK].highlight.lower()
