"""Access to what is compiled into the app with the Qt resource system.

``scripts/build_resources.py`` compiles ``resources/oqyrman.qrc`` into the binary
``oqyrman.rcc`` beside this module, registered here when the module is imported. Qt maps the
file into memory; a generated Python module (``pyside6-rcc -g python``) would be 1.4 MB of
source holding the same 450 KB as a bytes constant, loaded and kept by Python at every start.
"""

from __future__ import annotations

import logging
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QResource
from PySide6.QtGui import QFontDatabase, QIcon

from desktop import branding
from desktop.content import Article, compiled
from desktop.userdata.keys import BUNDLED_KEY

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)

RESOURCE_FILE = Path(__file__).with_name("oqyrman.rcc")
if not QResource.registerResource(str(RESOURCE_FILE)):
    raise ImportError(f"the compiled resources cannot be read: {RESOURCE_FILE} (run scripts/build_resources.py)")

ARTICLE_PATH = ":/content/article.json"
"""The bundled article, parsed when the resources were built (desktop/content/compiled.py)."""
APP_ICON_PATH = ":/icons/oqyrman.svg"
FONT_PATHS = (
    ":/fonts/NotoSerif-Regular.ttf",
    ":/fonts/NotoSerif-Bold.ttf",
    ":/fonts/NotoSerif-Italic.ttf",
)
READING_FONT_FAMILY = "Noto Serif"


def read_resource(path: str) -> bytes:
    resource = QResource(path)
    if not resource.isValid():
        raise FileNotFoundError(f"resource {path} is not compiled into this build")
    return bytes(resource.uncompressedData().data())


def _default_article() -> Article:
    return compiled.from_json(read_resource(ARTICLE_PATH))


def _collection_article(alias: str, name: str, modified: str) -> Article:
    """An article of a branded build's collection, read as the file it was (its name gives the format)."""
    import datetime as dt

    from desktop.content.loader import parse_article_bytes

    return parse_article_bytes(read_resource(f":/collection/{alias}"), name, dt.date.fromisoformat(modified))


@cache
def bundled_articles() -> dict[str, Callable[[], Article]]:
    """Key -> loader of every article shipped inside the app, the one shown first first.

    The default build ships the BAQ.KZ article (key "bundled"); a branded build ships its
    collection (keys "bundled:<file name>"), in the order of the files' names.
    """
    module = branding.collection_module()
    if module is None:
        return {BUNDLED_KEY: _default_article}
    return {
        f"{BUNDLED_KEY}:{item['name']}": partial(_collection_article, item["alias"], item["name"], item["modified"])
        for item in module.ARTICLES
    }


def first_bundled_key() -> str:
    return next(iter(bundled_articles()))


def bundled_article() -> Article:
    """The article a new reader sees first: the default one, or the first of a branded collection."""
    return bundled_articles()[first_bundled_key()]()


@cache
def register_fonts() -> str:
    """Make the bundled reading font available; returns the family to use.

    Needs a QGuiApplication. If the bundled font fails to load, Qt's default
    serif is used and the failure is logged.
    """
    families: set[str] = set()
    for path in FONT_PATHS:
        # From the resource's data, not its path: the fonts are stored uncompressed (the .qrc
        # says so), so the data is a view of the mapped .rcc. Given a resource path, Qt copies
        # the file once to register it and again for each face it draws with (400 KB before
        # the first paint, some 240 memory pages touched for nothing).
        font_id = QFontDatabase.addApplicationFontFromData(QResource(path).uncompressedData())
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if READING_FONT_FAMILY in families:
        return READING_FONT_FAMILY
    return next(iter(families), "serif")


def app_icon() -> QIcon:
    module = branding.collection_module()
    icon = getattr(module, "ICON", None) if module is not None else None
    return QIcon(icon or APP_ICON_PATH)
