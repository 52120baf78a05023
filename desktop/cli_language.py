"""The language of the command line's messages about files, books, archives, stores and the system.

The command line speaks its environment's language, as programs that use gettext do: the first
of ``LANGUAGE`` (a list such as ``kk:ru``), ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set
names it; Kazakh or Russian when it names one, else English, the messages' own words. Where none
is set (Windows, an app started on macOS) the system's interface language is asked, as the
window's "system" choice does. The window's own choice (Preferences) is the window's: a terminal
follows its locale.

English costs nothing: the messages are worded in English where they are made, and Qt is not
imported. Kazakh and Russian are told through the window's translations
(desktop/ui/content_errors.py, compiled into the resources), loaded when a message is printed.
"""

from __future__ import annotations

import os
import sys
from functools import cache

from desktop.qt_version import UnsupportedQtError
from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from desktop.content.errors import ContentError

    Translate = Callable[[str, str], str]

ENGLISH = "en"
TRANSLATED = ("kk", "ru")
VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language(environ: Mapping[str, str] | None = None) -> str:
    """``kk``, ``ru`` or ``en``: the language the environment asks for (see the module's notes)."""
    variables = os.environ if environ is None else environ
    for variable in VARIABLES:
        value = variables.get(variable, "")
        if not value:
            continue
        for name in value.split(":"):  # LANGUAGE is a list of preferences
            code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
            if code in TRANSLATED:
                return code
            if code == ENGLISH:
                return ENGLISH
        if variable != "LANGUAGE":  # C, POSIX or another language: English
            return ENGLISH
    if sys.platform in ("win32", "darwin"):
        from desktop.ui.translations import system_language

        return system_language()
    return ENGLISH


@cache
def translator(code: str) -> Translate:
    """The translation into a language of the window's Kazakh source texts (Kazakh: the texts themselves)."""
    if code not in TRANSLATED or code == "kk":
        return lambda _context, text: text
    from PySide6.QtCore import QResource, QTranslator

    import desktop.ui  # noqa: F401 - checks the PySide6 release first
    from desktop import bundled

    # The compiled resources, where the translations are, registered alone: desktop.ui.resources
    # would import QtGui too (6 % of the instructions of an error told in Russian, docs/benchmarks.md).
    compiled = str(bundled.RESOURCE_FILE)
    loaded = QTranslator()
    if not (QResource.registerResource(compiled) and loaded.load(f":/translations/oqyrman_{code}.qm")):
        raise ImportError(f"no {code} translation in {compiled}")
    return lambda context, text: loaded.translate(context, text) or text


def _code() -> str:
    """The language messages are printed in: English too when a translation cannot be loaded (a
    checkout whose resources were never compiled), or when Qt, which holds the phrases of every
    language but English, cannot be imported (Kazakh too: its words are the window's), the
    messages' own words then."""
    code = language()
    if code != ENGLISH:
        try:
            translator(code)
            import desktop.ui.content_errors  # noqa: F401 - checks the PySide6 release first
        except (ImportError, UnsupportedQtError):
            return ENGLISH
    return code


def label(kind: str) -> str:
    """``error`` or ``warning`` (or ``skipped``) as the command line prints it before a message."""
    code = _code()
    if code == ENGLISH:
        return kind
    from desktop.ui.content_errors import COMMAND_LINE

    return translator(code)("CommandLine", str(COMMAND_LINE[kind]))


def skipped(path: str, why: str) -> str:
    """A file the library did not add, and why: ``skipped PATH: WHY`` in the command line's language."""
    if _code() == ENGLISH:
        return f"skipped {path}: {why}"
    return f"{label('skipped')}: {path}: {reason(why)}"


def refused(what: str, why: str, path: object = None) -> str:
    """A write refused because a store is open for reading only (``why``): ``what`` is ``add`` (to the
    library), ``remove`` (from it) or ``import`` (``path``, a notes file)."""
    code = _code()
    if code == ENGLISH:
        doing = {"add": "add to the library", "remove": "remove from the library"}.get(what, f"import {path}")
        return f"cannot {doing}: {why}"
    from desktop.ui.content_errors import COMMAND_LINE

    template = translator(code)("CommandLine", str(COMMAND_LINE[f"cannot_{what}"]))
    return template.replace("%1", reason(why)).replace("%2", str(path))


def unreadable(error: OSError) -> str:
    """A file or folder given to the library that cannot be read: ``cannot read: ERROR`` in English."""
    if _code() == ENGLISH:
        return f"cannot read: {error}"
    return cannot("read", error.filename or "", error)


def cannot(doing: str, path: object, error: OSError) -> str:
    """``cannot read PATH: WHY`` or ``cannot write PATH: WHY`` (``doing``: read or write), in the
    command line's language, the system's words told by its errno."""
    code = _code()
    if code == ENGLISH:
        return f"cannot {doing} {path}: {error.strerror or error}"
    from desktop.ui.content_errors import COMMAND_LINE

    template = translator(code)("CommandLine", str(COMMAND_LINE[f"cannot_{doing}"]))
    return template.replace("%1", str(path)).replace("%2", os_error(error))


def content_error(error: ContentError) -> str:
    """An article file's problem, after its file and line: in English as the loader words it; in
    Kazakh or Russian, told as the window tells it, an OS error's errno name after it."""
    code = _code()
    if code == ENGLISH:
        return f"{error.where}: {error.message}"
    from desktop.ui.content_errors import describe

    told = describe(error, translator(code))
    name = error.params.get("errno")
    return f"{error.where}: {told}" + (f" [{name}]" if name else "")


def notice(text: str) -> str:
    """What was skipped or read leniently in a book, in the command line's language."""
    code = _code()
    if code == ENGLISH:
        return text
    from desktop.ui.content_errors import describe_notice

    return describe_notice(text, translator(code))


def reason(text: str) -> str:
    """Why the library did not add a file (its English words), in the command line's language."""
    code = _code()
    if code == ENGLISH:
        return text
    from desktop.ui.content_errors import describe_reason

    return describe_reason(text, translator(code))


def os_error(error: OSError) -> str:
    """A system error about a file, in the command line's language (its errno name after it)."""
    code = _code()
    if code == ENGLISH:
        return str(error.strerror or error)
    from desktop.content.errors import errno_name
    from desktop.ui.content_errors import describe_os_error

    name = errno_name(error)
    return describe_os_error(error, translator(code)) + (f" [{name}]" if name else "")


def notes_problem(text: str) -> str:
    """Why a notes file cannot be imported, in the command line's language."""
    code = _code()
    if code == ENGLISH:
        return text
    from desktop.ui.content_errors import describe_notes_problem

    return describe_notes_problem(text, translator(code))


def storage_problem(text: str) -> str:
    """Why a store (the library, the notes) cannot be opened or written, in the command line's language."""
    return reason(text)
