"""Settings Qt could choke on are screened before QSettings reads them, set aside, and reported."""

import json
import os
import subprocess
import sys

import pytest

from desktop.ui.preferences import MAX_SETTINGS_BYTES, Preferences, prescreen
from desktop.ui.themes import Theme
from tests.helpers.paths import ROOT
from tests.helpers.pipes import without_blocking_on

GOOD = "[reader]\ntheme=dark\nscript=latin\n\n[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[window]\ngeometry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10QFooBarType\\0\\0)\n", "serialised Qt value"),
        (b"[window]\nstate=@QPixmap(\\0\\0)\n", "serialised Qt value"),
        (b"[reader]\ntheme=dark\n\xff\xfe garbage\n", "not UTF-8"),
        (b"[reader]\ntheme=dark\x00\x00\n", "not an INI line"),
        (b"[reader]\nthis line has no equals sign\n", "not an INI line"),
    ],
)
def test_a_dangerous_file_is_set_aside_with_the_reason_and_defaults_are_used(qapp, tmp_path, caplog, content, reason):
    path = tmp_path / "settings.ini"
    path.write_bytes(content)
    assert reason in prescreen(path)
    preferences = Preferences(path)
    assert preferences.theme is Theme.SYSTEM
    assert reason in preferences.problem
    aside = list(tmp_path.glob("settings.ini.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == content
    assert path.read_bytes() == b"" and reason in caplog.text  # an empty file, owner-only, in its place
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_huge_file_is_set_aside(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[reader]\n" + "x=1\n" * (MAX_SETTINGS_BYTES // 4 + 1), encoding="utf-8")
    assert "bytes" in prescreen(path)
    assert Preferences(path).problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_or_a_device_in_place_of_the_file_is_set_aside_without_stalling_the_start(qapp, tmp_path):
    """Read whole, a pipe would block the start forever and /dev/zero would fill the memory."""
    pipe = tmp_path / "settings.ini"
    os.mkfifo(pipe)
    assert "not a regular file" in without_blocking_on(pipe, lambda: prescreen(pipe))
    assert "not a regular file" in without_blocking_on(pipe, lambda: Preferences(pipe).problem)
    assert [p.is_fifo() for p in tmp_path.glob("settings.ini.corrupt-*")] == [True]
    device_link = tmp_path / "other.ini"
    device_link.symlink_to("/dev/zero")
    assert "not a regular file" in prescreen(device_link)


def test_good_files_and_missing_ones_pass(tmp_path):
    path = tmp_path / "settings.ini"
    assert prescreen(path) is None
    path.write_text(GOOD, encoding="utf-8")
    assert prescreen(path) is None


def test_what_the_reader_itself_writes_passes_the_screen(make_window, qtbot, settings_path):
    window = make_window()
    window.appearance.apply_theme(Theme.SEPIA)
    window.close()
    assert "@ByteArray(" in settings_path.read_text(encoding="utf-8")
    assert prescreen(settings_path) is None
    assert Preferences(settings_path).problem is None


@pytest.mark.slow
def test_the_self_test_can_read_the_real_settings_and_reports_a_damaged_file(tmp_path):
    folder = tmp_path / "config" / "Oqyrman"
    folder.mkdir(parents=True)
    (folder / "settings.ini").write_bytes(b"[window]\ngeometry=@Variant(\\0\\0\\0\\x7f)\n")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--self-test", "--real-settings"]
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    report = json.loads(first.stdout)
    assert first.returncode == 1 and not report["ok"]
    assert report["settings"]["path"] == str(folder / "settings.ini")
    assert "serialised Qt value" in report["settings"]["problem"] and "Traceback" not in first.stderr
    second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert second.returncode == 0 and json.loads(second.stdout)["settings"]["problem"] is None
    assert len(list(folder.glob("settings.ini.corrupt-*"))) == 1


# -- typed values: what a missing, malformed or out-of-range setting reads as --------------------


def _with(tmp_path, text: str) -> Preferences:
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    return Preferences(path)


def test_a_new_file_reads_as_the_defaults(qapp, tmp_path):
    preferences = Preferences(tmp_path / "settings.ini")
    assert preferences.theme is Theme.SYSTEM
    assert preferences.font_size == 13.0 and preferences.latin_script is False
    assert preferences.cite_on_copy is True and preferences.search_related is True
    assert preferences.search_form_only is False and preferences.recent_files == []
    assert preferences.language == "system" and preferences.geometry is None
    assert preferences.position("bundled") == (None, 0.0)


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("[reader]\ntheme=purple\n", lambda p: p.theme is Theme.SYSTEM),
        ("[reader]\nfont_size=400\n", lambda p: p.font_size == 13.0),
        ("[reader]\nfont_size=big\n", lambda p: p.font_size == 13.0),
        ("[reader]\nscript=runic\n", lambda p: p.latin_script is False),
        ("[reader]\ncite_on_copy=perhaps\n", lambda p: p.cite_on_copy is True),
        ("[search]\nform_only=maybe\n", lambda p: p.search_form_only is False),
        ("[ui]\nlanguage=tlh\n", lambda p: p.language == "system"),
        ("[window]\ngeometry=not binary\n", lambda p: p.geometry is None),
        ("[positions]\nbundled\\scroll=7\n", lambda p: p.position("bundled")[1] == 0.0),
    ],
)
def test_a_malformed_value_reads_as_its_default_with_a_warning(qapp, tmp_path, caplog, text, check):
    preferences = _with(tmp_path, text)
    assert check(preferences)
    assert caplog.records and preferences.problem is None  # the file itself is fine, and kept


def test_values_round_trip_through_the_file(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    preferences = Preferences(path)
    preferences.theme = Theme.SEPIA
    preferences.font_size = 17.5
    preferences.latin_script = True
    preferences.search_form_only = True
    preferences.set_position("/tmp/a.md", "europe", 0.25)
    for name in ("/tmp/1.md", "/tmp/2.md", "/tmp/1.md"):
        preferences.add_recent_file(name)
    assert preferences.sync()
    again = Preferences(path)
    assert again.theme is Theme.SEPIA and again.font_size == 17.5 and again.latin_script
    assert again.search_form_only and again.position("/tmp/a.md") == ("europe", 0.25)
    assert again.recent_files == ["/tmp/1.md", "/tmp/2.md"]


def test_two_damaged_settings_files_set_aside_in_the_same_second_are_both_kept(qapp, tmp_path, monkeypatch):
    import time

    monkeypatch.setattr(time, "strftime", lambda _pattern: "20261129-021500")
    path = tmp_path / "settings.ini"
    damage = [b"[window]\ngeometry=@Variant(\\0)\n", b"\x00\x01 not text"]
    for content in damage:
        path.write_bytes(content)
        assert Preferences(path).problem
    assert sorted(p.read_bytes() for p in tmp_path.glob("settings.ini.corrupt-*")) == sorted(damage)


def test_only_the_positions_of_the_articles_read_last_are_kept(qapp, tmp_path, monkeypatch):
    """Thousands of articles read over the years must not grow the file past the size a start accepts."""
    import time

    from desktop.ui import preferences as module

    monkeypatch.setattr(module, "MAX_POSITIONS", 3)
    clock = iter(range(1_000, 2_000))
    monkeypatch.setattr(time, "time", lambda: next(clock))
    preferences = Preferences(tmp_path / "settings.ini")
    for key in ("a.md", "b.md", "c.md"):
        preferences.set_position(key, "s1", 0.5)
    preferences.set_position("a.md", "s2", 0.7)  # read again: now the latest
    preferences.set_position("d.md", "s1", 0.1)  # a fourth: b.md, read longest ago, goes
    assert preferences.position("b.md") == (None, 0.0)
    assert [preferences.position(key) for key in ("a.md", "c.md", "d.md")] == [("s2", 0.7), ("s1", 0.5), ("s1", 0.1)]
    assert preferences.sync()
    assert Preferences(tmp_path / "settings.ini").position("a.md") == ("s2", 0.7)


# -- the declarations: each setting once, read and written through it ---------------------------

INVALID_IN_A_FILE = {  # a value an INI file can hold that each kind of setting does not allow
    "Flag": "perhaps",
    "Choice": "no-such-choice",
    "Number": "1e300",
    "Binary": "not binary",
    "Text": "one, two",  # QSettings reads a comma-separated value as a list
}


def test_every_setting_is_declared_once_under_its_own_key():
    declared = Preferences.declared()
    keys = [setting.key for setting in declared.values()]
    assert len(keys) == len(set(keys)) and "theme" in declared and "recent_files" in declared
    for name, setting in declared.items():
        assert getattr(Preferences, name) is setting and setting.name == name


def test_a_new_file_reads_as_every_declared_default(qapp, tmp_path):
    preferences = Preferences(tmp_path / "settings.ini")
    for name, setting in Preferences.declared().items():
        assert getattr(preferences, name) == setting.default, name


def test_each_bad_value_falls_back_alone_and_the_file_keeps_the_rest(qapp, tmp_path, caplog):
    """Every setting a file can hold a bad value for holds one, beside one good setting: each bad
    one reads as its default with a line naming it, the good one stays, and nothing is set aside."""
    bad = {
        name: (setting, INVALID_IN_A_FILE[type(setting).__name__])
        for name, setting in Preferences.declared().items()
        if type(setting).__name__ in INVALID_IN_A_FILE and name != "font_size"
    }
    assert len(bad) >= 12
    groups: dict[str, list[str]] = {}
    for setting, value in bad.values():
        group, key = setting.key.split("/")
        groups.setdefault(group, []).append(f"{key}={value}")
    groups["reader"].append("font_size=17.5")
    path = tmp_path / "settings.ini"
    path.write_text("".join(f"[{group}]\n" + "\n".join(lines) + "\n" for group, lines in groups.items()), "utf-8")
    preferences = Preferences(path)
    for name, (setting, _value) in bad.items():
        assert getattr(preferences, name) == setting.default, name
        assert sum(f"setting {setting.key}=" in record.getMessage() for record in caplog.records) >= 1, name
    assert preferences.font_size == 17.5 and preferences.problem is None
    preferences.search_related = False
    assert preferences.sync()
    kept = path.read_text(encoding="utf-8")
    assert "perhaps" in kept and "no-such-choice" in kept and "font_size=17.5" in kept
    assert not list(tmp_path.glob("settings.ini.corrupt-*"))


@pytest.mark.parametrize(
    ("name", "value"),
    [("theme", "dark"), ("font_size", 100.0), ("search_scope", "everywhere"), ("cite_on_copy", "yes")],
)
def test_a_value_a_setting_does_not_allow_is_refused_and_the_stored_one_stays(qapp, tmp_path, name, value):
    preferences = Preferences(tmp_path / "settings.ini")
    before = getattr(preferences, name)
    with pytest.raises(ValueError, match=Preferences.declared()[name].key):
        setattr(preferences, name, value)
    assert getattr(preferences, name) == before


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_a_file_saved_with_a_byte_order_mark_is_read_not_set_aside(qapp, tmp_path, newline, encoding):
    """Notepad saves UTF-8 with a byte-order mark, or "Unicode" (UTF-16 with its mark), with CRLF line ends."""
    path = tmp_path / "settings.ini"
    text = GOOD.replace("\n", newline)
    path.write_bytes(("\ufeff" + text).encode("utf-16-be") if encoding == "utf-16-be" else text.encode(encoding))
    preferences = Preferences(path)
    assert preferences.problem is None
    assert preferences.theme is Theme.DARK and preferences.latin_script
    assert not list(tmp_path.glob("settings.ini.corrupt-*"))


def test_new_settings_are_readable_by_their_owner_alone(qapp, tmp_path):
    previous = os.umask(0o022)  # the usual umask: other users may read what is created
    try:
        path = tmp_path / "config" / "Oqyrman" / "settings.ini"
        preferences = Preferences(path)
        preferences.theme = Theme.SEPIA
        assert preferences.sync()
    finally:
        os.umask(previous)
    assert (path.stat().st_mode & 0o777, path.parent.stat().st_mode & 0o777) == (0o600, 0o700)
    assert Preferences(path).theme is Theme.SEPIA
