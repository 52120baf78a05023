"""Access to what is compiled into the app with the Qt resource system."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QFontDatabase, QIcon

from desktop.content import Article, parse_article
from desktop.ui import resources_rc  # noqa: F401 - registers the compiled resources

log = logging.getLogger(__name__)

ARTICLE_PATH = ":/content/article.md"
APP_ICON_PATH = ":/icons/oqyrman.svg"
FONT_PATHS = (
    ":/fonts/NotoSerif-Regular.ttf",
    ":/fonts/NotoSerif-Bold.ttf",
    ":/fonts/NotoSerif-Italic.ttf",
)
READING_FONT_FAMILY = "Noto Serif"


def read_resource(path: str) -> bytes:
    resource = QFile(path)
    if not resource.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"resource {path} is not compiled into this build")
    try:
        return bytes(resource.readAll().data())
    finally:
        resource.close()


def bundled_article() -> Article:
    """The article shipped inside the app."""
    return parse_article(read_resource(ARTICLE_PATH).decode("utf-8"), origin=ARTICLE_PATH)


@cache
def register_fonts() -> str:
    """Make the bundled reading font available; returns the family to use.

    Needs a QGuiApplication. If the bundled font fails to load, Qt's default
    serif is used and the failure is logged.
    """
    families: set[str] = set()
    for path in FONT_PATHS:
        font_id = QFontDatabase.addApplicationFont(path)
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if READING_FONT_FAMILY in families:
        return READING_FONT_FAMILY
    return next(iter(families), "serif")


def app_icon() -> QIcon:
    return QIcon(APP_ICON_PATH)
