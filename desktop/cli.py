"""The ``oqyrman`` command: the window, export, search, word analysis and the self-test.

Bad input (unknown options, unknown sections, unreadable or malformed files)
gets a one-line message and exit code 2, never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time

from desktop import gc_pause, json_text
from desktop.content.errors import ContentError
from desktop.portable import enter_portable_mode
from desktop.qt_version import UnsupportedQtError
from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    import sqlite3
    from pathlib import Path
    from typing import Any

    from desktop import cli_language
    from desktop.content import Article
    from desktop.content.loader import BookOpening


class _ImportedOnFirstUse:
    """A module imported when one of its names is first used: the words of errors and warnings
    (``desktop.cli_language``) are not imported by a command that prints none (a search's start)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> object:
        return getattr(__import__(self._name, fromlist=["_"]), attribute)


if not TYPE_CHECKING:
    cli_language = _ImportedOnFirstUse("desktop.cli_language")

EXIT_USAGE = 2
EXIT_UNSUPPORTED_QT = 3
PROG = "oqyrman"


MAX_LIMIT = 1_000_000_000


class CommandError(Exception):
    """A user error to report in one line with exit code 2."""


def whole_number(text: str) -> int:
    """A whole number from 0 to MAX_LIMIT, as ``int`` reads it; a ValueError says what is wrong."""
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= MAX_LIMIT:
        raise ValueError(f"must be from 0 to {MAX_LIMIT:,}, not {value}")
    return value


def _shown(path: Path | str) -> str:
    """A path as text: bytes of its name that are not UTF-8 written as \\xNN (printing them would fail)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _check_text_arguments(args: Arguments) -> None:
    """Words given to search or analyse must be text: bytes that are not UTF-8 cannot be (paths may)."""
    texts = [getattr(args, "query", None), *(getattr(args, "words", None) or ()), getattr(args, "section", None)]
    for text in texts:
        if text is not None and any("\udc80" <= char <= "\udcff" for char in text):
            shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise CommandError(f"not valid UTF-8 text: '{shown}'")


if TYPE_CHECKING:
    from argparse import Namespace as Arguments
else:

    class Arguments:
        """A command line read without argparse: what its Namespace would hold, compared with one by its values."""

        def __init__(self, **values: object) -> None:
            self.__dict__.update(values)

        def __eq__(self, other: object) -> bool:
            return vars(self) == getattr(other, "__dict__", None)

        __hash__ = None

        def __repr__(self) -> str:
            return f"Arguments({', '.join(f'{name}={value!r}' for name, value in vars(self).items())})"


_WINDOW_FLAGS = {"--library": "library", "--self-test": "self_test", "--real-settings": "real_settings"}
"""The window's options that take no value, written out in full, and where argparse keeps them."""
_WINDOW_DEFAULTS = {"section": None, "library": False, "self_test": False, "real_settings": False}
"""What argparse gives the window's options a command line leaves out."""
_SEARCH_FLAGS = {"--json": "json", "--form-only": "form_only", "--no-related": "no_related"}
"""The search's options that take no value, and where argparse keeps them (its other defaults below)."""
_SEARCH_DEFAULTS = {
    "json": False,
    "limit": None,
    "offset": 0,
    "form_only": False,
    "no_related": False,
    "scope": "article",
}
SCOPES = ("article", "library")


def parse_arguments(argv: list[str] | None = None) -> Arguments:
    """The command line, read as ``build_parser()`` reads it.

    The common command lines are read without argparse: importing it (with gettext and
    ``locale``) and building a parser, which asks gettext for the translation of each message,
    were a tenth of a library search's start (docs/benchmarks.md). A start with no arguments,
    or with the window's flags alone written out in full (as the launcher, the desktop entry and
    the self-test start the reader), with one ``--open FILE`` among them (a book opened from the
    file manager); and a search written plainly (``_read_search``). Anything else goes to a
    parser: the window's options alone when there is no command, a command's name with that
    command's options alone (building the other six took a third of a library search's start),
    and the whole parser for help, asked anywhere, and for whatever those cannot read, so help
    and error messages are always the whole parser's. Tests check that these give what the
    whole parser gives.
    """
    arguments = sys.argv[1:] if argv is None else argv
    opened: dict[str, Path] = {}
    if arguments.count("--open") == 1 and arguments[-1] != "--open":
        at = arguments.index("--open")
        if not arguments[at + 1].startswith("-"):
            from pathlib import Path  # here: a search opens its stores without pathlib

            opened["open"] = Path(arguments[at + 1])
            arguments = arguments[:at] + arguments[at + 2 :]
    if all(argument in _WINDOW_FLAGS for argument in arguments):
        flags = {_WINDOW_FLAGS[argument]: True for argument in arguments}
        return Arguments(command=None, **(_WINDOW_DEFAULTS | opened | flags))
    if not opened and arguments and arguments[0] == "search":
        search = _read_search(arguments[1:])
        if search is not None:
            return search
    from desktop.cli_parser import NotWindowOptionsError

    if (
        not opened
        and arguments
        and arguments[0] in COMMANDS
        and not any(_asks_help(argument) for argument in arguments)
    ):
        return build_parser(command=arguments[0]).parse_args(argv)
    try:
        return build_parser(commands=False).parse_args(argv)
    except NotWindowOptionsError:
        return build_parser().parse_args(argv)


def _read_search(arguments: list[str]) -> Arguments | None:
    """``search QUERY`` with its options written out in full, each value valid, as argparse reads it; else None.

    Any argument that starts with "-" but is none of the search's options (an abbreviation,
    ``--limit=5``, ``--``, help, a query that looks like an option), a value that argparse
    would refuse, a second query or none: None, and argparse reads it, errors and all.
    """
    values: dict[str, object] = {**_WINDOW_DEFAULTS, "command": "search", **_SEARCH_DEFAULTS}
    query: str | None = None
    at = 0
    while at < len(arguments):
        argument = arguments[at]
        if argument in _SEARCH_FLAGS:
            values[_SEARCH_FLAGS[argument]] = True
            at += 1
            continue
        if argument in ("--limit", "--offset", "--scope"):
            if at + 1 == len(arguments) or arguments[at + 1].startswith("-"):
                return None
            value = arguments[at + 1]
            if argument == "--scope":
                if value not in SCOPES:
                    return None
                values["scope"] = value
            else:
                try:
                    values[argument[2:]] = whole_number(value)
                except ValueError:
                    return None
            at += 2
            continue
        if argument.startswith("-") or query is not None:
            return None
        query = argument
        at += 1
    if query is None:
        return None
    return Arguments(**values, query=query)


def _asks_help(argument: str) -> bool:
    """-h, --help or an abbreviation of it (``--he``), alone or among short flags (-jh): the whole parser answers."""
    if argument.startswith("--"):
        return len(argument) > 3 and "--help".startswith(argument.partition("=")[0])
    return argument.startswith("-") and "h" in argument


COMMANDS = ("export", "search", "add", "library", "notes", "speak", "analyze")


def build_parser(*, commands: bool = True, command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line (``desktop.cli_parser``); with ``commands=False``, the window's options only; with
    ``command``, the window's options and that command's alone (see parse_arguments)."""
    from desktop.cli_parser import build_parser as whole_parser  # here: a plain search is read without argparse

    return whole_parser(commands=commands, command=command)


def _load(args: Arguments) -> Article:
    """The article to show or export; what was skipped or read leniently in a book is named on standard error."""
    article = _read(args)
    for notice in article.notices:
        print(
            f"{getattr(args, 'open', None)}: {cli_language.label('warning')}: {cli_language.notice(notice)}",
            file=sys.stderr,
        )
    return article


def _read(args: Arguments) -> Article:
    path: Path | None = getattr(args, "open", None)
    try:
        if path is not None:
            from desktop.content import load_article

            return load_article(path)
        from desktop.bundled import ResourceError, bundled_article

        try:
            return bundled_article()
        except ResourceError as error:
            raise CommandError(cli_language.storage_problem(str(error))) from None
    except ContentError as error:
        raise CommandError(cli_language.content_error(error)) from None


def _check_not_source(output: Path | None, source: Path | None) -> None:
    if output is not None:
        from desktop.content import atomic  # here: a search writes no file and need not import tempfile

        try:
            atomic.check_not_source(output, source)
        except OSError as error:
            raise CommandError(cli_language.cannot("write", output, error)) from None


def _write_output(text: str, output: Path | None) -> None:
    """To standard output, or atomically to a file: a failed write leaves an old file as it was."""
    if output is None:
        try:
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise CommandError(f"cannot write to standard output: {error.strerror or error}") from None
        return
    from desktop.content import atomic

    try:
        atomic.write_text(output, text)
    except OSError as error:
        raise CommandError(cli_language.cannot("write", output, error)) from None


SPEECH_WORKER_FLAG = "--speech-worker"
"""desktop.speech.espeak.WORKER_FLAG, written out: checking it must not import the speech package."""


def run_speak(args: Arguments) -> int:
    """The article (or a section) read aloud by the Kazakh voice into a WAV file."""
    from collections.abc import Iterator

    from desktop.speech.article import article_sentences
    from desktop.speech.engine import MAX_PITCH, MAX_SPEED, MIN_PITCH, MIN_SPEED, SAMPLE_WIDTH, VoiceUnavailable, speak
    from desktop.speech.reading import speakable
    from desktop.speech.voices import default_voice
    from desktop.speech.wav import write_wav

    if not MIN_SPEED <= args.rate <= MAX_SPEED:
        raise CommandError(f"--rate must be from {MIN_SPEED} to {MAX_SPEED}, not {args.rate}")
    if not MIN_PITCH <= args.pitch <= MAX_PITCH:
        raise CommandError(f"--pitch must be from {MIN_PITCH} to {MAX_PITCH}, not {args.pitch}")
    article = _load(args)
    _check_not_source(args.output, getattr(args, "open", None))
    if args.section is not None and args.section not in article.section_ids:
        raise CommandError(f"unknown section '{args.section}'; choose one of: {', '.join(article.section_ids)}")
    sentences = article_sentences(article, args.section)
    if not sentences:
        raise CommandError("nothing to read: the text has no sentences")
    try:
        voice = default_voice()
    except VoiceUnavailable as error:
        print(f"{PROG}: error: the voice cannot be loaded: {error}", file=sys.stderr)
        return 1
    timings = []
    try:
        clips = speak(voice, [speakable(sentence.text) for sentence in sentences], speed=args.rate, pitch=args.pitch)

        def audio() -> Iterator[bytes]:
            for clip in clips:
                sentence = sentences[clip.sentence]
                end = clip.start + len(clip.samples) // SAMPLE_WIDTH
                timings.append(
                    {"passage": sentence.passage, "start": clip.start / voice.sample_rate,
                     "end": end / voice.sample_rate, "text": sentence.text}
                )  # fmt: skip
                yield clip.samples

        samples = write_wav(args.output, voice.sample_rate, audio())
        if args.timings is not None:
            import json

            from desktop.content import atomic

            atomic.write_text(args.timings, json.dumps(timings, ensure_ascii=False, indent=1) + "\n")
    except VoiceUnavailable as error:
        print(f"{PROG}: error: the voice stopped: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        raise CommandError(cli_language.cannot("write", error.filename or args.output, error)) from None
    finally:
        voice.close()
    seconds = samples / voice.sample_rate
    print(f"{args.output}: {len(sentences)} sentences, {seconds:.1f} s, {voice.sample_rate} Hz", file=sys.stderr)
    return 0


def run_export(args: Arguments) -> int:
    written = _load(args)
    article = written
    _check_not_source(args.output, getattr(args, "open", None))
    if args.highlights and args.format not in ("html", "pdf"):
        raise CommandError("--highlights goes with --format html or pdf")
    if args.script == "latin":
        from desktop.content.latin import latin_article

        article = latin_article(written)
    marks = _export_marks(args, written, latin=args.script == "latin") if args.highlights else []
    if args.format == "pdf":
        return _export_pdf(article, args.output, marks)
    if args.format == "html":
        from desktop.content.export import to_html

        _write_output(to_html(article, marks), args.output)
        return 0
    from desktop.content.export import EXPORTERS

    _write_output(EXPORTERS[args.format](article), args.output)
    return 0


def _export_marks(args: Arguments, article: Article, *, latin: bool) -> list:  # list[ExportMark]
    """The article's highlights from the notes store the window uses, placed in the exported alphabet."""
    from desktop.content.latin import LatinSpans
    from desktop.userdata.notes_io import export_marks

    key, store = _notes_store(args)
    try:
        annotations = store.for_article(key, article)
    finally:
        store.close()
    return export_marks(annotations, LatinSpans(article) if latin else None)


def _notes_store(args: Arguments):  # -> tuple[str, AnnotationStore]
    """The open article's key and the notes store the window uses (a store that cannot open: exit 2)."""
    from desktop.bundled import first_bundled_key
    from desktop.locations import notes_path
    from desktop.storage.database import StorageError
    from desktop.userdata.annotations import AnnotationStore
    from desktop.userdata.keys import article_key

    source = getattr(args, "open", None)
    key = article_key(source) if source is not None else first_bundled_key()
    try:
        return key, AnnotationStore(notes_path())
    except StorageError as error:
        raise CommandError(cli_language.storage_problem(str(error))) from None


def _export_pdf(article: Article, output: Path | None, marks: list | None = None) -> int:
    """Typeset with Qt and the bundled font; needs no display."""
    if output is None:
        raise CommandError("--format pdf needs -o FILE")
    from desktop.content import atomic

    try:
        atomic.check_target(output)
    except OSError as error:
        raise CommandError(cli_language.cannot("write", output, error)) from None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import create_application
    from desktop.ui.printing import write_pdf

    _app, family = create_application()
    try:
        write_pdf(article, output, family, marks or [])
    except OSError as error:
        raise CommandError(cli_language.cannot("write", output, error)) from None
    return 0


def run_search(args: Arguments) -> int:
    from desktop.search import Level, SearchIndex, SearchOptions

    options = SearchOptions(inflection=not args.form_only, related=not (args.form_only or args.no_related))
    if args.scope == "library":
        if getattr(args, "open", None) is not None:
            raise CommandError("--open and --scope library do not go together: the library holds its articles")
        return _search_library(args, options)
    if args.offset:
        raise CommandError("--offset goes with --scope library")
    article = _load(args)
    index = SearchIndex.from_article(article)
    result = index.search(args.query, limit=args.limit, options=options)
    if args.json:
        document = {
            "query": result.query,
            "suggestion": result.suggestion,
            "hits": [
                {
                    "section": hit.section_id,
                    "paragraph": hit.passage,
                    "text": index.passage_text(hit.passage),
                    "start": hit.start,
                    "end": hit.end,
                    "match": hit.match,
                    "score": hit.score,
                    "level": hit.level.label,
                }
                for hit in result.hits
            ],
        }
        _write_output(json_text.dumps(document) + "\n", None)
        return 0
    from desktop.search.snippets import make_snippet

    lines = []
    if result.suggestion:
        lines.append(f"Did you mean: {result.suggestion}")
    if not result.hits:
        lines.append(f"No matches for {args.query!r}.")
    for hit in result.hits:
        label = article.section(hit.section_id).label
        snippet = make_snippet(index.passage_text(hit.passage), hit.start, hit.end)
        related = " (related)" if hit.level is Level.FAMILY else ""
        lines.append(f"{label}: {snippet.plain()}{related}")
    if result.total > len(result.hits):
        lines.append(f"({result.total - len(result.hits)} more)")
    else:
        lines.append(f"{result.total} {'match' if result.total == 1 else 'matches'}")
    _write_output("\n".join(lines) + "\n", None)
    return 0


class _TerminalProgress:
    """ "Indexing 1,234 of 50,000" on one line of a terminal's standard error, at most ten times a second."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.shown = False
        self.last = 0.0
        self.on = sys.stderr is not None and sys.stderr.isatty()

    def __call__(self, done: int, total: int, *_rest: object) -> bool:
        now = time.monotonic()
        if self.on and total > 1 and now - self.last >= 0.1:
            self.last, self.shown = now, True
            percent = 100 * done // total
            print(f"\r{PROG}: {self.what} {done:,} of {total:,} ({percent}%)", end="", file=sys.stderr, flush=True)
        return True

    def done(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
            self.shown = False


def _open_library(*, write: bool = False, every_file: bool = True):  # -> Library (imported here when needed)
    """The library the window uses, with the bundled article in it and in step with the files.

    A library open for reading only is said in a warning (``write``: the command's error says it).
    ``every_file=False`` (a search): the files are not looked at one by one (a library of 50,000
    articles takes seconds to); the articles are indexed only when the index lacks some (a new
    index schema, an import cut short). The window, ``add`` and ``library list`` look at them.
    Nor is a bundled article read to compare its text with what was indexed when it is listed:
    a new version of the reader writes a new index, which indexes it again, and the window and
    the other commands compare it; a bundled article not listed yet is added. Nor is the
    catalogue's every page read when it has not changed since that check passed (its record).
    """
    import sqlite3

    try:
        return _open_library_once(write=write, every_file=every_file)
    except sqlite3.DatabaseError as error:
        _damaged_in_use(error, last=False)
    try:
        return _open_library_once(write=write, every_file=every_file)  # checked on open: set aside if damaged
    except sqlite3.DatabaseError as error:
        raise CommandError(f"cannot read the library: {error}") from None


def _damaged_in_use(error: sqlite3.DatabaseError, *, last: bool) -> None:
    """A store read as damaged after it was opened without its page checks (unchanged since they passed):
    its record is forgotten, so that opening it again checks it and sets it aside (and says so).

    Any other error, or damage found again (``last``), is one line and exit code 2.
    """
    from desktop.library.catalogue import CATALOGUE_FILE, INDEX_FILE
    from desktop.locations import data_folder
    from desktop.storage.database import CHECKED_SUFFIX, is_damage

    if last or not is_damage(error):
        raise CommandError(f"cannot read the library: {error}") from None
    for name in (CATALOGUE_FILE, INDEX_FILE):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{os.path.join(data_folder(), name)}{CHECKED_SUFFIX}")


def _open_library_once(*, write: bool, every_file: bool):  # -> Library
    from desktop.bundled import bundled_articles
    from desktop.library import Library
    from desktop.locations import data_folder
    from desktop.storage.database import StorageError

    try:
        # a search trusts a record of passed checks (a damaged page read later: see _damaged_in_use); the commands
        # that write or list every article read every page, as the window does
        library = Library(data_folder(), trust_checked=not every_file)
    except StorageError as error:
        raise CommandError(cli_language.storage_problem(str(error))) from None
    for problem in library.problems:
        print(f"{PROG}: {cli_language.label('warning')}: {cli_language.storage_problem(problem)}", file=sys.stderr)
    read_only = library.catalogue.read_only or library.index.database.read_only
    if read_only and not write:
        print(f"{PROG}: {cli_language.label('warning')}: {cli_language.storage_problem(read_only)}", file=sys.stderr)
    try:
        for key, load in bundled_articles().items():
            if every_file or library.entry(key) is None:
                library.add_bundled(key, load)
            else:
                library.know_bundled(key, load)  # read by the refresh below if the index lacks it
        if every_file or library.needs_refresh():
            progress = _TerminalProgress("checking the library:")
            library.refresh(progress)
            progress.done()
    except StorageError as error:
        if error.unwritable is None:
            library.close()
            raise CommandError(cli_language.storage_problem(str(error))) from None
        if not read_only and not write:  # it could not be brought in step: shown as it was last written
            print(
                f"{PROG}: {cli_language.label('warning')}: {cli_language.storage_problem(str(error))}", file=sys.stderr
            )
    except BaseException:
        library.close()
        raise
    return library


def _check_writable(store, what: str, path: Path | None = None) -> None:  # store: Database
    """A write command on a store open for reading only: one line and exit 2, before anything is done.
    ``what``: add, remove or import (``path``), as ``cli_language.refused`` words it."""
    if store.read_only:
        raise CommandError(cli_language.refused(what, store.read_only, path))


def _search_library(args: Arguments, options) -> int:
    """A page of matching articles (``--offset``, ``--limit``) with their hits, and exact totals."""
    import sqlite3

    from desktop.search import Level
    from desktop.storage.database import StorageError

    for attempt in range(2):
        library = _open_library(every_file=False)
        try:
            result = library.search(args.query, options, offset=args.offset, limit=args.limit)
            entries = library.entries_with_ids(result.articles)
            break
        except StorageError as error:  # an index locked past the busy timeout, say
            raise CommandError(cli_language.storage_problem(str(error))) from None
        except sqlite3.DatabaseError as error:  # the catalogue read as damaged: opened again, it is checked
            _damaged_in_use(error, last=attempt == 1)
        finally:
            library.close()
    hits = tuple(found for found in result.hits if found.article in entries)  # an index row the catalogue lost
    listed = [article for article in result.articles if article in entries]
    if args.json:
        document = {
            "query": result.query,
            "scope": "library",
            "suggestion": result.suggestion,
            "articles": result.total_articles,
            "passages": result.passages,
            "fields": result.fields,
            "offset": result.offset,
            "more": result.more,
            "complete": result.complete,
            "page": [
                {"article": article, "title": entries[article].title, "matches": result.matches[article]}
                for article in listed
            ],
            "hits": [
                {
                    "article": found.article,
                    "title": entries[found.article].title,
                    "key": entries[found.article].key,
                    "field": found.field,
                    "section": found.hit.section_id,
                    "paragraph": found.hit.passage,
                    "text": found.text,
                    "start": found.hit.start,
                    "end": found.hit.end,
                    "match": found.hit.match,
                    "score": found.hit.score,
                    "level": found.hit.level.label,
                }
                for found in hits
            ],
        }
        _write_output(json_text.dumps(document) + "\n", None)
        return 0
    from desktop.search.snippets import make_snippet

    lines = []
    if result.suggestion:
        lines.append(f"Did you mean: {result.suggestion}")
    if not result.total_articles:
        lines.append(f"No matches for {args.query!r} in the library.")
    article = None
    for found in hits:
        if found.article != article:
            article = found.article
            lines.append(f"{entries[article].title} [{article}]")
        snippet = make_snippet(found.text, found.hit.start, found.hit.end)
        related = " (related)" if found.hit.level is Level.FAMILY else ""
        where = "" if found.field == "text" else f"{found.field}: "
        lines.append(f"  {where}{snippet.plain()}{related}")
    articles = result.total_articles
    passages = f"{result.passages} {'passage' if result.passages == 1 else 'passages'}"
    if result.fields:
        places = "title, source or heading" if result.fields == 1 else "titles, sources or headings"
        passages += f" and {result.fields} {places}"
    lines.append(f"{passages} in {articles} {'article' if articles == 1 else 'articles'}")
    if result.page and (result.offset or result.more):
        first, last = result.offset + 1, result.offset + len(result.page)
        shown = f"article {first}" if first == last else f"articles {first}–{last}"
        lines.append(f"({shown} of {articles}; others with --offset and --limit)")
    _write_output("\n".join(lines) + "\n", None)
    return 0


def run_add(args: Arguments) -> int:
    """Add files and folders; every file that could not be added is named with the reason (exit 1)."""
    for path in args.paths:
        if not path.exists():
            raise CommandError(f"no such file or folder: {_shown(path)}")
    from desktop.storage.database import StorageError

    library = _open_library(write=True)
    progress = _TerminalProgress("reading")
    try:
        _check_writable(library.catalogue, "add")
        report = library.add_paths(args.paths, progress)
    except OSError as error:
        raise CommandError(cli_language.unreadable(error)) from None
    except StorageError as error:
        raise CommandError(cli_language.storage_problem(str(error))) from None
    finally:
        progress.done()
        library.close()
    if args.json:
        document = {
            "added": [_shown(path) for path in report.added],
            "updated": [_shown(path) for path in report.updated],
            "unchanged": [_shown(path) for path in report.unchanged],
            "skipped": [{"path": _shown(path), "reason": reason} for path, reason in report.skipped],
        }
        _write_output(json_text.dumps(document) + "\n", None)
    else:
        for path, reason in report.skipped:
            print(f"{PROG}: {cli_language.skipped(_shown(path), reason)}", file=sys.stderr)
        summary = f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged"
        _write_output(summary + (f", {len(report.skipped)} skipped" if report.skipped else "") + "\n", None)
    return 1 if report.skipped else 0


def run_library(args: Arguments) -> int:
    from desktop.storage.database import StorageError

    library = _open_library(write=args.library_command == "remove")
    try:
        if args.library_command == "remove":
            entry = library.find(args.article)
            if entry is None:
                raise CommandError(f"no article '{_shown(args.article)}' in the library; see: {PROG} library list")
            if entry.bundled:
                raise CommandError(f"'{entry.title}' is bundled with the reader and stays in the library")
            _check_writable(library.catalogue, "remove")
            try:
                library.remove(entry.id)
            except StorageError as error:
                raise CommandError(cli_language.storage_problem(str(error))) from None
            _write_output(f"removed '{entry.title}' (the file {entry.path} is untouched)\n", None)
            return 0
        entries = library.entries()
    finally:
        library.close()
    if args.json:
        _write_output(json_text.dumps({"articles": [e.as_dict() for e in entries]}) + "\n", None)
        return 0
    lines = []
    for entry in entries:
        where = "bundled" if entry.bundled else entry.path
        state = " (missing)" if entry.missing else ""
        lines.append(
            f"{entry.id:>4}  {entry.date}  {entry.title} — {entry.source}, {entry.words} words, "
            f"{round(entry.progress * 100)}% read  [{where}]{state}"
        )
    lines.append(f"{len(entries)} {'article' if len(entries) == 1 else 'articles'}")
    _write_output("\n".join(lines) + "\n", None)
    return 0


def run_analyze(args: Arguments) -> int:
    """Each word's readings, as the search sees them: why a word matched, or did not.

    The readings the stem lexicon ruled out are listed too, each with its reason.
    """
    from desktop.search.morphology import family, judge, stems
    from desktop.search.normalize import fold, tokenize

    def described(reading: Any) -> dict[str, Any]:
        return {
            "stem": reading.stem,
            "pos": reading.pos,
            "suffixes": [{"text": m.text, "tag": m.tag, "name": m.name} for m in reading.morphs],
        }

    report = []
    for typed in args.words:
        tokens = tokenize(fold(typed).text)
        if len(tokens) != 1:
            raise CommandError(f"not one word: {typed!r}")
        word = tokens[0].text
        judgement = judge(word)
        report.append(
            {
                "word": typed,
                "folded": word,
                "analyses": [described(reading) for reading in judgement.allowed],
                "ruled_out": [{**described(reading), "reason": reason} for reading, reason in judgement.ruled_out],
                "related": sorted(key for key in family(word) - stems(word) if not key.endswith("-")),
            }
        )
    if args.json:
        _write_output(json_text.dumps({"words": report}) + "\n", None)
        return 0
    lines = []
    for typed, entry in zip(args.words, report, strict=True):
        judgement = judge(entry["folded"])
        lines.append(f"{typed}:")
        lines += [f"  {reading.describe()}" for reading in judgement.allowed]
        if entry["related"]:
            lines.append(f"  related: {', '.join(entry['related'])}")
        if judgement.ruled_out:
            lines.append("  ruled out by the lexicon:")
            lines += [f"    {reading.describe()}: {reason}" for reading, reason in judgement.ruled_out]
    _write_output("\n".join(lines) + "\n", None)
    return 0


def run_notes(args: Arguments) -> int:
    """List, export or import the open article's annotations (the store the window uses)."""
    from desktop.storage.database import StorageError
    from desktop.userdata import notes_io

    article = _load(args)
    key, store = _notes_store(args)
    if store.problem:
        print(
            f"{PROG}: {cli_language.label('warning')}: {cli_language.storage_problem(store.problem)}", file=sys.stderr
        )
    if store.database.read_only and args.notes_command != "import":
        warning, read_only = cli_language.label("warning"), cli_language.storage_problem(store.database.read_only)
        print(f"{PROG}: {warning}: {read_only}", file=sys.stderr)
    try:
        if args.notes_command == "import":
            _check_writable(store.database, "import", args.file)
            report: list[str] = []
            try:
                data = notes_io.read_notes_file(args.file)
                added = store.merge(notes_io.from_json(data, key, article, report))
            except OSError as error:
                raise CommandError(cli_language.cannot("read", args.file, error)) from None
            except notes_io.NotesFileError as error:
                raise CommandError(f"{args.file}: {cli_language.notes_problem(str(error))}") from None
            for line in report:  # placed elsewhere, or kept as not found: said, never silent
                print(
                    f"{PROG}: {cli_language.label('warning')}: {args.file}: {cli_language.notes_problem(line)}",
                    file=sys.stderr,
                )
            _write_output(f"{added} added, {len(store.stored(key))} in all\n", None)
            return 0
        annotations = store.for_article(key, article)
        if args.notes_command == "list" and not args.json:
            lines = [_note_line(article, annotation) for annotation in annotations]
            _write_output("\n".join([*lines, f"{len(annotations)} annotations"]) + "\n", None)
            return 0
        fmt = "json" if args.notes_command == "list" else args.format
        output = None if args.notes_command == "list" else args.output
        _check_not_source(output, getattr(args, "open", None))
        _write_output(notes_io.EXPORTERS[fmt](article, annotations), output)
        return 0
    except StorageError as error:
        raise CommandError(cli_language.storage_problem(str(error))) from None
    finally:
        store.close()


def _note_line(article: Article, annotation) -> str:
    section = article.section(annotation.section_id).label if annotation.section_id in article.section_ids else ""
    lost = "" if annotation.found else " (not found in this version)"
    note = f" — {annotation.note}" if annotation.note else ""
    return f"{section}: «{annotation.quote}»{note} [{annotation.color or annotation.kind}]{lost}"


def _from_a_terminal() -> bool:
    """Whether Ctrl+C can reach this process: it was started from a terminal (its input or its
    error output is one; ``oqyrman < file`` still has the terminal on its error output).

    Started from a desktop's menu it has none, and the start does not pay for the ``signal``
    module (0.4 % of the instructions to the first paint, docs/benchmarks.md)."""
    for stream in (sys.stdin, sys.stderr):
        try:
            if stream is not None and stream.isatty():
                return True
        except (OSError, ValueError):  # closed or detached
            continue
    return False


def run_gui(args: Arguments, started: float) -> int:
    holding = _from_a_terminal()
    if holding:  # Ctrl+C, until the window handles it itself
        from desktop import quit_signals

        quit_signals.hold()
    gc_pause.pause()  # until the window has started (it ends the pause), or this returns
    try:
        return _run_gui(args, started)
    finally:
        gc_pause.end(freeze=False)
        if holding:
            quit_signals.release()


def _open_for_window(args: Arguments) -> tuple[Article, BookOpening | None]:
    """The article to show; a long book's first sections and what reads the rest, unless a section
    is asked for (it may be further on: the book is read whole to check it)."""
    path: Path | None = getattr(args, "open", None)
    if path is None or args.section is not None:
        return _load(args), None
    from desktop.content.loader import open_article

    try:
        article, rest = open_article(path)
    except ContentError as error:
        raise CommandError(cli_language.content_error(error)) from None
    for notice in article.notices:  # of a book read whole; those of the rest are said when it is read
        print(f"{path}: {cli_language.label('warning')}: {cli_language.notice(notice)}", file=sys.stderr)
    return article, rest


def _run_gui(args: Arguments, started: float) -> int:
    article, rest = _open_for_window(args)
    if args.section is not None and args.section not in article.section_ids:
        raise CommandError(f"unknown section '{args.section}'; choose one of: {', '.join(article.section_ids)}")
    from desktop.ui.app import needs_offscreen, run_window, self_test

    if args.self_test:
        return self_test(article, started, real_settings=args.real_settings, rest=rest)
    if needs_offscreen():
        raise CommandError(
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "without one, these work: oqyrman export, oqyrman search, oqyrman analyze, oqyrman --self-test"
        )
    source = getattr(args, "open", None)
    return run_window(
        article, args.section, source.resolve() if source else None, start_in_library=args.library, rest=rest
    )


def _attach_console() -> None:
    """On Windows the windowed build has no console: use the parent's, so output is seen."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    if (sys.argv[1:] if argv is None else argv) == [SPEECH_WORKER_FLAG]:
        from desktop.speech.espeak_worker import serve

        return serve()  # the bundled program as the voice's own process (desktop/speech/espeak.py)
    enter_portable_mode()  # before Qt reads where the user's folders are
    _attach_console()
    args = parse_arguments(argv)
    if args.command == "search" and argv is None:
        # The process ends once the search has printed: what it made lives until then, with next to no cyclic
        # garbage. Collections on the way, and the exit's last one walking every object, were 7% of a library
        # search's instructions (docs/benchmarks.md); frozen at the end, the exit has nothing to walk.
        gc_pause.pause()
    if args.command != "search":  # a search logs nothing and need not import logging (5 ms of its start)
        import logging

        logging.basicConfig(format="oqyrman: %(levelname)s: %(name)s: %(message)s", level=logging.WARNING)
    try:
        _check_text_arguments(args)
        if args.command == "export":
            return run_export(args)
        if args.command == "search":
            try:
                return run_search(args)
            finally:
                gc_pause.end(freeze=True)  # nothing if not paused (a caller's own process goes on)
        if args.command == "analyze":
            return run_analyze(args)
        if args.command == "speak":
            return run_speak(args)
        if args.command == "notes":
            return run_notes(args)
        if args.command == "add":
            return run_add(args)
        if args.command == "library":
            return run_library(args)
        return run_gui(args, started)
    except CommandError as error:
        print(f"{PROG}: {cli_language.label('error')}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except UnsupportedQtError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_UNSUPPORTED_QT
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:  # Ctrl+C: the shell's usual code, no traceback
        from desktop.quit_signals import EXIT_INTERRUPTED

        return EXIT_INTERRUPTED


if __name__ == "__main__":
    raise SystemExit(main())
