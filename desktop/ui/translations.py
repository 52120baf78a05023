"""The interface language: Kazakh (the language the code is written in), Russian or English.

Translations are Qt's own: ``resources/translations/*.ts`` (edited with Qt Linguist,
refreshed from the code by scripts/build_resources.py) are compiled to ``.qm`` and
bundled as resources, and QTranslator loads them. The article itself stays Kazakh.
"""

from __future__ import annotations

import logging

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLocale

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "kk"
LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
SYSTEM = "system"
FALLBACK_LANGUAGE = "en"  # for systems in a language the interface is not translated into

_installed: list[QtCore.QTranslator] = []  # kept alive while installed


def system_language() -> str:
    """The first of the system's preferred UI languages that the interface speaks."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return FALLBACK_LANGUAGE


def resolve(choice: str) -> str:
    return system_language() if choice not in LANGUAGES else choice


def install(choice: str) -> str:
    """Load the interface translation for a choice ("system" or a language code); returns the language."""
    app = QCoreApplication.instance()
    assert app is not None, "translations need the application"
    language = resolve(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))  # widgets made from now on tell screen readers their language
    if language != SOURCE_LANGUAGE:  # the code's own strings are Kazakh already
        ours = QtCore.QTranslator()
        if ours.load(f":/translations/oqyrman_{language}.qm"):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no %s translation of the interface is bundled", language)
    qt_own = QtCore.QTranslator()  # Qt's own: dialogs, OK/Cancel, the text's context menu, dock buttons
    if qt_own.load(f"qtbase_{language}", QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language
