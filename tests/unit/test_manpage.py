"""The manual page is written from the argument parser: every command and option is in it."""

import importlib.util

from tests.helpers.paths import ROOT


def _manual_page() -> str:
    spec = importlib.util.spec_from_file_location("manpage", ROOT / "packaging" / "linux" / "manpage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.manual_page()


def test_every_command_and_option_is_documented(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1763164800")  # 2025-11-15: the date comes from it, not the clock
    page = _manual_page()
    assert page.startswith('.TH OQYRMAN 1 "2025-11-15"')
    commands = ("export", "search", "notes", "notes list", "notes export", "notes import", "analyze", "add",
                "library", "library list", "library remove")  # fmt: skip
    for command in commands:
        assert f".SS\n{command.replace('-', chr(92) + '-')}\n" in page, command
    for option in (
        "\\-\\-self\\-test",
        "\\-\\-real\\-settings",
        "\\-\\-form\\-only",
        "\\-\\-no\\-related",
        "\\-\\-script",
        "\\-\\-scope",
    ):
        assert option in page, option
