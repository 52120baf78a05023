"""What the reader remembers across runs, stored with QSettings in an INI file.

Every value is read defensively: a setting that is missing, of the wrong type
or out of range falls back to its default with a warning in the log. A file
Qt cannot parse is moved aside (never deleted) before anything is written, so
a damaged file neither crashes the reader nor is silently lost.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from desktop import branding
from desktop.ui import translations
from desktop.ui.themes import Theme
from desktop.userdata.keys import BUNDLED_KEY

log = logging.getLogger(__name__)

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


class Preferences:
    """Typed access to the reader's settings."""

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

    def _value(self, key: str):
        try:
            return self._settings.value(key)
        except Exception as error:  # noqa: BLE001 - Qt may fail to unmarshal a damaged value
            log.warning("setting %s cannot be read (%s); using the default", key, error)
            return None

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._value(key)
        if value is None:
            return None
        if isinstance(value, QByteArray):
            return value
        log.warning("setting %s is not binary data; ignoring it", key)
        return None

    # -- window --------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)

    # -- reading -------------------------------------------------------------------------
    @property
    def theme(self) -> Theme:
        value = self._value("reader/theme")
        if value is None:
            return Theme.SYSTEM
        try:
            return Theme(str(value))
        except ValueError:
            log.warning("unknown theme %r in settings; following the system", value)
            return Theme.SYSTEM

    @theme.setter
    def theme(self, theme: Theme) -> None:
        self._settings.setValue("reader/theme", theme.value)

    @property
    def latin_script(self) -> bool:
        """Show the article in the Latin alphabet."""
        value = self._value("reader/script")
        if value is None or value == "cyrillic":
            return False
        if value == "latin":
            return True
        log.warning("unknown script %r in settings; using Cyrillic", value)
        return False

    @latin_script.setter
    def latin_script(self, latin: bool) -> None:
        self._settings.setValue("reader/script", "latin" if latin else "cyrillic")

    @property
    def cite_on_copy(self) -> bool:
        return self._bool("reader/cite_on_copy", True)

    @cite_on_copy.setter
    def cite_on_copy(self, on: bool) -> None:
        self._settings.setValue("reader/cite_on_copy", bool(on))

    @property
    def export_highlights(self) -> bool:
        """HTML and PDF exports and printouts show the reader's highlights and notes."""
        return self._bool("reader/export_highlights", True)

    @export_highlights.setter
    def export_highlights(self, on: bool) -> None:
        self._settings.setValue("reader/export_highlights", bool(on))

    @property
    def search_related(self) -> bool:
        """Search finds related words (дос → достық) too, ranked after the word's own forms."""
        return self._bool("search/related", True)

    @search_related.setter
    def search_related(self, on: bool) -> None:
        self._settings.setValue("search/related", bool(on))

    @property
    def search_form_only(self) -> bool:
        """Search finds the typed form only, not the word's other forms."""
        return self._bool("search/form_only", False)

    @search_form_only.setter
    def search_form_only(self, on: bool) -> None:
        self._settings.setValue("search/form_only", bool(on))

    @property
    def search_scope(self) -> str:
        """Where the search box looks: "section", "article" (the default) or "library"."""
        value = self._value("search/scope")
        if value is None:
            return "article"
        if value in SEARCH_SCOPES:
            return str(value)
        log.warning("unknown search scope %r in settings; searching the article", value)
        return "article"

    @search_scope.setter
    def search_scope(self, scope: str) -> None:
        self._settings.setValue("search/scope", scope if scope in SEARCH_SCOPES else "article")

    def _bool(self, key: str, default: bool) -> bool:
        value = self._value(key)
        if value is None:
            return default
        if str(value).lower() in ("true", "1"):
            return True
        if str(value).lower() in ("false", "0"):
            return False
        log.warning("setting %s=%r is not true or false; using %s", key, value, str(default).lower())
        return default

    @property
    def language(self) -> str:
        """The interface language: "system" or a language code (kk, ru, en)."""
        value = self._value("ui/language")
        if value is None:
            return "system"
        if value == translations.SYSTEM or value in translations.LANGUAGES:
            return str(value)
        log.warning("unknown interface language %r in settings; following the system", value)
        return "system"

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)

    @property
    def font_size(self) -> float:
        return self._float("reader/font_size", DEFAULT_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE)

    @font_size.setter
    def font_size(self, size: float) -> None:
        self._settings.setValue("reader/font_size", float(size))

    @property
    def section(self) -> str | None:
        value = self._value("reader/section")
        return str(value) if isinstance(value, str) and value else None

    @section.setter
    def section(self, section_id: str) -> None:
        self._settings.setValue("reader/section", section_id)

    @property
    def scroll_fraction(self) -> float:
        return self._float("reader/scroll", 0.0, 0.0, 1.0)

    @scroll_fraction.setter
    def scroll_fraction(self, fraction: float) -> None:
        self._settings.setValue("reader/scroll", round(float(fraction), 5))

    # -- per-article reading position and recent files -----------------------------------
    @staticmethod
    def _position_key(article_key: str) -> str:
        return f"positions/{quote(article_key, safe='')}"  # one key, whatever the path holds

    def position(self, article_key: str) -> tuple[str | None, float]:
        """(section, scroll fraction) where the reader left this article; the bundled one falls
        back to the settings of earlier versions."""
        group = self._position_key(article_key)
        section = self._value(f"{group}/section")
        fraction = self._float(f"{group}/scroll", -1.0, 0.0, 1.0)
        if fraction < 0 and article_key == BUNDLED_KEY:
            return self.section, self.scroll_fraction
        return (str(section) if isinstance(section, str) and section else None), max(0.0, fraction)

    def set_position(self, article_key: str, section_id: str, fraction: float) -> None:
        group = self._position_key(article_key)
        if self._value(f"{group}/section") is None:  # an article read for the first time
            self._forget_oldest_positions(keep=MAX_POSITIONS - 1)
        self._settings.setValue(f"{group}/section", section_id)
        self._settings.setValue(f"{group}/scroll", round(float(fraction), 5))
        self._settings.setValue(f"{group}/read", int(time.time()))

    def _forget_oldest_positions(self, keep: int) -> None:
        """Keep the positions of the ``keep`` articles read last (one without a time counts as oldest)."""
        self._settings.beginGroup("positions")
        try:
            groups = self._settings.childGroups()
        finally:
            self._settings.endGroup()
        if len(groups) <= keep:
            return

        def last_read(name: str) -> int:
            value = self._value(f"positions/{name}/read")
            try:
                return int(value)
            except (TypeError, ValueError):
                return 0

        for name in sorted(groups, key=last_read)[: len(groups) - keep]:
            self._settings.remove(f"positions/{name}")

    @property
    def recent_files(self) -> list[str]:
        value = self._value("files/recent")
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            log.warning("setting files/recent is not a list of paths; ignoring it")
            return []
        return [item for item in value if item][:MAX_RECENT_FILES]

    def add_recent_file(self, path: str) -> None:
        recent = [path, *(item for item in self.recent_files if item != path)][:MAX_RECENT_FILES]
        self._settings.setValue("files/recent", recent)

    def remove_recent_file(self, path: str) -> None:
        self._settings.setValue("files/recent", [item for item in self.recent_files if item != path])

    def _float(self, key: str, default: float, low: float, high: float) -> float:
        value = self._value(key)
        if value is None:
            return default
        try:
            number = float(value)
        except (TypeError, ValueError):
            log.warning("setting %s=%r is not a number; using %s", key, value, default)
            return default
        if not low <= number <= high:
            log.warning("setting %s=%r is out of range; using %s", key, value, default)
            return default
        return number

    def sync(self) -> bool:
        """Write to disk; False (and a warning) when the file cannot be written."""
        _create_private(self.path)
        self._settings.sync()
        if self._settings.status() != QSettings.Status.NoError:
            log.warning("could not save settings to %s", self.path)
            return False
        return True
