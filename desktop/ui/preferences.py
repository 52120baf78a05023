"""What the reader remembers across runs, stored with QSettings in an INI file.

Each setting is declared once below, as an attribute of ``Preferences``, with its key, its
default and what a value must be (``desktop.ui.options``); the window reads and writes the
attributes. A stored value that is missing, of the wrong type or out of range reads as its
setting's default, with one line in the log: the other settings and the file stay as they
are. A file Qt cannot parse is moved aside (never deleted) before anything is written, so a
damaged file neither crashes the reader nor is silently lost.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from desktop import branding
from desktop.ui import translations
from desktop.ui.options import (
    Choice,
    Flag,
    InvalidSettingError,
    Number,
    Setting,
    Text,
    TextList,
    WholeNumber,
    enum_choice,
    one_of,
)
from desktop.ui.speech.choices import PITCHES, SPEEDS
from desktop.ui.themes import Theme
from desktop.userdata.keys import BUNDLED_KEY

log = logging.getLogger(__name__)

T = TypeVar("T")

SEARCH_SCOPES = ("section", "article", "library")

MAX_RECENT_FILES = 8
MAX_POSITIONS = 500
"""Reading positions kept, those of the articles read last: settings.ini stays small (a start
reads it whole, and one over MAX_SETTINGS_BYTES is set aside as damaged)."""
DEFAULT_FONT_SIZE = 13.0
MIN_FONT_SIZE = 8.0
MAX_FONT_SIZE = 36.0


def default_settings_path() -> Path:
    """<config dir>/Oqyrman/settings.ini (QStandardPaths' per-user config location; beside a portable reader)."""
    from desktop.portable import data_root

    portable = data_root()
    if portable is not None:
        return portable / "settings.ini"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / branding.current().data_name / "settings.ini"  # "Oqyrman", or a branded build's own


MAX_SETTINGS_BYTES = 1024 * 1024
SETTINGS_LINE = re.compile(r"^\s*(?:$|[;#]|\[[^\]]*\]\s*$|[^=]+=)")
"""A line of an INI file: blank, a comment, a [group], or key=value."""
FOREIGN_VALUE = re.compile(r"=\s*@(?!ByteArray\(|Invalid\(\))\w*\(")
"""Values in Qt's @Type(...) notation other than the @ByteArray the reader writes (window
geometry and state): @Variant(...) holds serialised Qt objects, whose decoding can abort."""


def recode_utf16(path: Path) -> None:
    """A settings file Notepad saved as "Unicode" (UTF-16 with its byte-order mark) rewritten as UTF-8,
    atomically, before Qt (which reads INI files as UTF-8) or the screen below sees it."""
    from desktop.content.regular_file import NotRegularFileError, TooLargeError, read_regular

    try:
        data = read_regular(path, MAX_SETTINGS_BYTES)
    except (OSError, NotRegularFileError, TooLargeError):
        return  # the screen below says why, if it must
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return  # not text: set aside by the screen as not UTF-8
    from desktop.content import atomic

    try:
        atomic.write_text(path, text)
    except OSError as error:
        log.warning("settings file %s is UTF-16 and cannot be rewritten as UTF-8: %s", path, error)


def prescreen(path: Path) -> str | None:
    """Why a settings file must not be given to QSettings, or None when it may."""
    from desktop.content.regular_file import NotRegularFileError, TooLargeError, read_regular

    try:
        data = read_regular(path, MAX_SETTINGS_BYTES)
    except NotRegularFileError:
        return "it is not a regular file (a pipe would stall the start, a device would never end)"
    except TooLargeError as error:
        size = error.size if error.size is not None else f"more than {MAX_SETTINGS_BYTES}"  # grew while read
        return f"it is {size} bytes, far more than settings take"
    except OSError:
        return None  # missing (a first start), or unreadable: QSettings reports that as an access error
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")  # Notepad's byte-order mark: Qt reads past it too
    except UnicodeDecodeError:
        return "it is not UTF-8 text"
    for number, line in enumerate(text.splitlines(), start=1):
        if "\0" in line or not SETTINGS_LINE.match(line):
            return f"line {number} is not an INI line"
        if FOREIGN_VALUE.search(line):
            return f"line {number} holds a serialised Qt value the reader never writes"
    return None


def _create_private(path: Path) -> None:
    """A missing settings folder made owner-only (0700), and a missing file empty and owner-only (0600):
    Qt keeps an existing file's permissions when it writes, but would make a new one readable by all."""
    from desktop.storage.private import create_private_file, create_private_folder

    try:
        create_private_folder(path.parent)
        create_private_file(path)
    except OSError as error:  # a read-only folder: Qt reports it when it writes
        log.debug("settings file %s not created: %s", path, error)


class Binary(Setting[QByteArray | None]):
    """Qt's own saved state (a window's geometry): binary data, or nothing."""

    def __init__(self, key: str, doc: str = "") -> None:
        super().__init__(key, None, doc)

    def parse(self, stored: Any) -> QByteArray | None:
        if isinstance(stored, QByteArray):
            return stored
        raise InvalidSettingError("is not binary data")

    def to_stored(self, value: QByteArray | None) -> QByteArray:
        if not isinstance(value, QByteArray):
            raise ValueError(f"{self.key} is binary data, not {value!r}")
        return value


POSITION_SECTION = Text("positions/{}/section", "The section where the reader left an article.")
POSITION_SCROLL = Number("positions/{}/scroll", 0.0, 0.0, 1.0, digits=5, doc="How far into that section.")
POSITION_READ = WholeNumber("positions/{}/read", 0, 0, 2**62, "When it was last read (seconds since 1970).")
"""Per article: ``{}`` is the article's key, quoted (see Preferences.position)."""


class Preferences:
    """The reader's settings, each declared once; read and written as attributes."""

    # -- window: Qt's own saved state --------------------------------------------------------
    geometry = Binary("window/geometry")
    window_state = Binary("window/state")
    splitter_state = Binary("window/splitter")

    # -- reading -------------------------------------------------------------------------------
    theme = enum_choice("reader/theme", Theme, Theme.SYSTEM, "The colour scheme; SYSTEM follows the platform's.")
    latin_script = Choice(
        "reader/script", {"cyrillic": False, "latin": True}, False, "Show the article in the Latin alphabet."
    )
    font_size = Number("reader/font_size", DEFAULT_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE, doc="Points.")
    cite_on_copy = Flag("reader/cite_on_copy", True, "Copying more than a few words adds a citation line.")
    export_highlights = Flag(
        "reader/export_highlights", True, "HTML and PDF exports and printouts show the highlights and notes."
    )
    section = Text(
        "reader/section", "Where the bundled article was left, as versions before per-article positions kept it."
    )
    scroll_fraction = Number("reader/scroll", 0.0, 0.0, 1.0, digits=5, doc="How far into that section.")

    # -- reading aloud -------------------------------------------------------------------------
    read_aloud_speed = Choice(
        "read_aloud/speed", {f"{speed:g}": speed for speed in SPEEDS}, 1.0, "How fast the voice reads (0.5×–2×)."
    )
    read_aloud_pitch = Choice(
        "read_aloud/pitch", {f"{pitch:g}": pitch for pitch in PITCHES}, 1.0, "How high the voice is (0.6–1.4)."
    )

    # -- search --------------------------------------------------------------------------------
    search_related = Flag("search/related", True, "Search finds related words (дос → достық) too, ranked after.")
    search_form_only = Flag("search/form_only", False, "Search finds the typed form only, not the word's others.")
    search_scope = one_of("search/scope", SEARCH_SCOPES, "article", "Where the search box looks.")

    # -- interface -----------------------------------------------------------------------------
    language = one_of(
        "ui/language", (translations.SYSTEM, *translations.LANGUAGES), translations.SYSTEM, "The interface language."
    )
    recent_files = TextList("files/recent", MAX_RECENT_FILES, "The files opened last, the latest first.")

    @classmethod
    def declared(cls) -> dict[str, Setting[Any]]:
        """Every setting kept once per file, by attribute name."""
        return {name: value for name, value in vars(cls).items() if isinstance(value, Setting)}

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_settings_path()
        self.problem: str | None = None
        """Why the settings file was set aside at start, if it was (for the log and --self-test)."""
        self._settings = self._open()

    def _open(self) -> QSettings:
        recode_utf16(self.path)
        reason = prescreen(self.path)  # before Qt: some damaged values make Qt abort while decoding
        if reason is not None:
            self._set_aside(reason)
        _create_private(self.path)  # also in place of a file set aside: Qt may write before sync()
        settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        settings.allKeys()  # Qt reads the file lazily; make it report problems now
        status = settings.status()
        if status == QSettings.Status.FormatError:
            del settings
            self._set_aside("Qt cannot parse it")
            settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        elif status == QSettings.Status.AccessError:
            log.warning("settings file %s cannot be read; using defaults", self.path)
        return settings

    def _set_aside(self, reason: str) -> None:
        """Move a damaged settings file aside (never delete it); the reader starts with defaults."""
        from desktop.storage.aside import aside_path

        aside = aside_path(self.path, "corrupt")
        self.problem = f"{reason}; kept as {aside.name}"
        log.warning("settings file %s is damaged (%s); using defaults, kept it as %s", self.path, reason, aside)
        try:
            self.path.replace(aside)
        except OSError as error:
            log.warning("could not move the damaged settings file aside: %s", error)
            self.problem = f"{reason}; could not move it aside: {error}"

    def _value(self, key: str) -> Any:
        try:
            return self._settings.value(key)
        except Exception as error:  # noqa: BLE001 - Qt may fail to unmarshal a damaged value
            log.warning("setting %s cannot be read (%s); using the default", key, error)
            return None

    def read(self, setting: Setting[T], item: str | None = None) -> T:
        """The stored value if the setting allows it, else its default (and a line in the log)."""
        key = setting.key_for(item)
        stored = self._value(key)
        if stored is None:
            return setting.fallback()
        try:
            return setting.parse(stored)
        except InvalidSettingError as problem:
            log.warning("setting %s=%r %s; using the default, %r", key, stored, problem, setting.default)
            return setting.fallback()

    def write(self, setting: Setting[T], value: T, item: str | None = None) -> None:
        """Store a value (ValueError, and nothing stored, when the setting does not allow it)."""
        self._settings.setValue(setting.key_for(item), setting.to_stored(value))

    # -- per-article reading position and recent files -----------------------------------
    @staticmethod
    def _article_item(article_key: str) -> str:
        return quote(article_key, safe="")  # one key, whatever the path holds

    def position(self, article_key: str) -> tuple[str | None, float]:
        """(section, scroll fraction) where the reader left this article; the bundled one falls
        back to the settings of earlier versions."""
        item = self._article_item(article_key)
        if article_key == BUNDLED_KEY and not self._settings.contains(POSITION_SCROLL.key_for(item)):
            return self.section, self.scroll_fraction
        return self.read(POSITION_SECTION, item), self.read(POSITION_SCROLL, item)

    def set_position(self, article_key: str, section_id: str, fraction: float) -> None:
        item = self._article_item(article_key)
        if self._value(POSITION_SECTION.key_for(item)) is None:  # an article read for the first time
            self._forget_oldest_positions(keep=MAX_POSITIONS - 1)
        self.write(POSITION_SECTION, section_id, item)
        self.write(POSITION_SCROLL, min(1.0, max(0.0, float(fraction))), item)
        self.write(POSITION_READ, int(time.time()), item)

    def _forget_oldest_positions(self, keep: int) -> None:
        """Keep the positions of the ``keep`` articles read last (one without a time counts as oldest)."""
        self._settings.beginGroup("positions")
        try:
            groups = self._settings.childGroups()
        finally:
            self._settings.endGroup()
        if len(groups) <= keep:
            return
        for name in sorted(groups, key=lambda name: self.read(POSITION_READ, name))[: len(groups) - keep]:
            self._settings.remove(f"positions/{name}")

    def add_recent_file(self, path: str) -> None:
        self.recent_files = [path, *(item for item in self.recent_files if item != path)]

    def remove_recent_file(self, path: str) -> None:
        self.recent_files = [item for item in self.recent_files if item != path]

    def sync(self) -> bool:
        """Write to disk; False (and a warning) when the file cannot be written."""
        _create_private(self.path)
        self._settings.sync()
        if self._settings.status() != QSettings.Status.NoError:
            log.warning("could not save settings to %s", self.path)
            return False
        return True
