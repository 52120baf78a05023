"""The oqyrman(1) manual page, written from the command line's own argument parser.

    python packaging/linux/manpage.py > oqyrman.1

One source: the options and commands a user reads in the manual are the ones ``oqyrman
--help`` lists. argparse has no manual-page writer, so this walks its parser (its public
``format_usage`` and its actions, including the subcommands' parsers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402
from desktop.cli import build_parser  # noqa: E402


def _roff(text: str) -> str:
    """Text for roff: backslashes and hyphens escaped, no line may start with a dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line[:1] in ".'" else line for line in text.splitlines())


def _options(parser: argparse.ArgumentParser) -> list[str]:
    lines: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        names = ", ".join(action.option_strings) or action.metavar or action.dest
        if action.option_strings and action.nargs != 0:
            names += f" {action.metavar or action.dest.upper()}"
        lines += [".TP", f"\\fB{_roff(names)}\\fR", _roff(action.help or "")]
    return lines


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    lines: list[str] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help for choice in action._choices_actions}
        for name, subparser in action.choices.items():
            lines += [".SS", _roff(f"{prefix}{name}"), _roff(helps.get(name) or ""), ".PP"]
            lines += [f"\\fB{_roff(subparser.format_usage().removeprefix('usage: ').strip())}\\fR"]
            lines += _options(subparser)
            lines += _commands(subparser, prefix=f"{prefix}{name} ")
    return lines


def manual_page() -> str:
    parser = build_parser()
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None
    date = dt.datetime.fromtimestamp(epoch, dt.UTC).date() if epoch else dt.date.today()
    lines = [
        f'.TH OQYRMAN 1 "{date.isoformat()}" "oqyrman {__version__}" "User Commands"',
        ".SH NAME",
        "oqyrman \\- offline reader for Kazakh\\-language articles",
        ".SH SYNOPSIS",
        f"\\fB{_roff(parser.format_usage().removeprefix('usage: ').strip())}\\fR",
        ".SH DESCRIPTION",
        _roff(parser.description or ""),
        "Without a command it opens the reader's window.",
        ".SH OPTIONS",
        *_options(parser),
        ".SH COMMANDS",
        *_commands(parser),
        ".SH EXIT STATUS",
        "0 on success; 1 when a self\\-test fails; 2 for bad arguments, unreadable or malformed files.",
        ".SH FILES",
        ".TP",
        "\\fI~/.config/Oqyrman/settings.ini\\fR",
        "Settings: window, theme, zoom, alphabet, language, reading positions.",
        ".TP",
        "\\fI~/.local/share/Oqyrman/Oqyrman/notes.sqlite\\fR",
        "Highlights, notes and bookmarks.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(manual_page())
