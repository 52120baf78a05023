"""The command line's whole parser (argparse): every command, its options, help and error messages.

``desktop.cli.parse_arguments`` reads the common command lines without it (a start of the window,
a plain search): importing argparse, with gettext and locale, and building a parser are a tenth of
a library search's start. Whatever those readers do not take is read here, so help and every
error message are argparse's.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop import __version__
from desktop.cli import MAX_LIMIT, PROG, SCOPES, whole_number
from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, NoReturn


def count(text: str) -> int:
    """A whole number from 0 to MAX_LIMIT, for argparse (which reports the ArgumentTypeError's text)."""
    try:
        return whole_number(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


class NotWindowOptionsError(Exception):
    """The arguments are not the window's options alone: the whole parser reads them."""


def terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` reads it (``COLUMNS``, then standard output's, else 80)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own, given the width it would read with ``shutil``: argparse makes a formatter for each option
    added, and the first imports ``shutil``, which imports the compression modules (about 2 ms of a command)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser with ``_HelpFormatter``; the command parsers made by ``add_subparsers`` are of this class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


class _WindowOptionsParser(_Parser):
    """The window's options only; anything else (a command, --help, a mistake) is not its to report."""

    def error(self, message: str) -> NoReturn:
        raise NotWindowOptionsError(message)


def build_parser(*, commands: bool = True, command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``commands=False``, the window's options only; with ``command``, the
    window's options and that command's alone (see parse_arguments)."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--open",
        metavar="FILE",
        type=Path,
        default=argparse.SUPPRESS,
        help="read this article file (.md, .txt, .html, .htm, .epub) instead of the bundled article",
    )
    parser = (_Parser if commands else _WindowOptionsParser)(
        prog=PROG,
        description="Oqyrman: an offline reader for Kazakh-language articles.",
        parents=[common],
        add_help=commands,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--section", metavar="ID", help="open the window at this section")
    parser.add_argument("--library", action="store_true", help="open the window at the library")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window (offscreen without a display), check it and print one JSON line",
    )
    parser.add_argument(
        "--real-settings",
        action="store_true",
        help="with --self-test: read your own settings file as a start does, and fail if it is damaged",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")

    if command in (None, "export"):
        from desktop.content.export import FORMATS  # here: the other commands need no exporter

        export = subcommands.add_parser(
            "export", parents=[common], help="print or save the article as text, Markdown, HTML or PDF"
        )
        export.add_argument(
            "--format", choices=(*FORMATS, "pdf"), default="text", help="output format (default: text; pdf needs -o)"
        )
        export.add_argument(
            "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of standard output"
        )
        export.add_argument(
            "--script", choices=("cyrillic", "latin"), default="cyrillic",
            help="alphabet of the output: as written (default) or the 2021 Kazakh Latin alphabet",
        )  # fmt: skip
        export.add_argument(
            "--highlights", action="store_true",
            help="with --format html or pdf: show your highlights in the text and your notes at the end",
        )  # fmt: skip

    if command in (None, "search"):
        search = subcommands.add_parser("search", parents=[common], help="find words in the article")
        search.add_argument("query", metavar="QUERY", help='words to find; "double quotes" for an exact phrase')
        search.add_argument("--json", action="store_true", help="print one JSON object for programs")
        search.add_argument(
            "--limit", type=count, metavar="N",
            help=f"show at most N hits; with --scope library, the hits of at most N articles (0 to {MAX_LIMIT:,})",
        )  # fmt: skip
        search.add_argument(
            "--offset", type=count, metavar="N", default=0,
            help="with --scope library: leave out the N best matching articles (to page through them)",
        )  # fmt: skip
        search.add_argument(
            "--form-only", action="store_true", help="find this form only, not the word's other forms or related words"
        )
        search.add_argument("--no-related", action="store_true", help="leave out related words (дос → достық)")
        search.add_argument(
            "--scope", choices=SCOPES, default="article",
            help="search the article (default) or every article of your library",
        )  # fmt: skip

    if command in (None, "add"):
        add = subcommands.add_parser("add", help="add article files, or folders of them, to your library")
        add.add_argument(
            "paths", metavar="PATH", nargs="+", type=Path, help="article files or folders (read recursively)"
        )
        add.add_argument("--json", action="store_true", help="print one JSON object for programs")

    if command in (None, "library"):
        library = subcommands.add_parser("library", help="the articles of your library: list, remove")
        library_actions = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)
        library_list = library_actions.add_parser("list", help="list the articles, the bundled ones first")
        library_list.add_argument("--json", action="store_true", help="print one JSON object for programs")
        library_remove = library_actions.add_parser(
            "remove", help="forget an article (its file is not deleted; bundled articles stay)"
        )
        library_remove.add_argument("article", metavar="ARTICLE", help="the article's id, path or file name (see list)")

    if command in (None, "notes"):
        notes = subcommands.add_parser("notes", help="your highlights, notes and bookmarks: list, export, import")
        actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
        notes_list = actions.add_parser("list", parents=[common], help="list the article's annotations")
        notes_list.add_argument("--json", action="store_true", help="print them as the JSON export does")
        notes_export = actions.add_parser("export", parents=[common], help="export the article's annotations")
        notes_export.add_argument("--format", choices=("markdown", "html", "json"), default="markdown")
        notes_export.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE (atomically)")
        notes_import = actions.add_parser(
            "import", parents=[common], help="merge annotations from a JSON export (none twice; all or nothing)"
        )
        notes_import.add_argument("file", metavar="FILE", type=Path)

    if command in (None, "speak"):
        speak = subcommands.add_parser(
            "speak", parents=[common], help="read the article aloud in Kazakh into a WAV file (no sound card needed)"
        )
        speak.add_argument("-o", "--output", metavar="FILE", type=Path, required=True, help="the WAV file to write")
        speak.add_argument("--section", metavar="ID", help="only this section")
        speak.add_argument(
            "--rate", type=float, default=1.0, metavar="R", help="speed, from 0.5 (slow) to 2 (fast); default 1"
        )
        speak.add_argument("--pitch", type=float, default=1.0, metavar="P", help="voice pitch, 0.5 to 1.5; default 1")
        speak.add_argument(
            "--timings", metavar="FILE", type=Path, help="also write each sentence's start and end (seconds) as JSON"
        )

    if command in (None, "analyze"):
        analyze = subcommands.add_parser(
            "analyze", help="show how the search reads Kazakh words: stem and suffixes, every reading"
        )
        analyze.add_argument("words", metavar="WORD", nargs="+", help="Kazakh words, in any case")
        analyze.add_argument("--json", action="store_true", help="print one JSON object for programs")
    return parser
