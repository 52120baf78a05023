"""Qt's own strings that Qt's translations lack, translated in the project's ``.ts`` files.

Qt's translation of a language is loaded after the project's (``translations.install``), so
it is asked first; what it lacks falls through to these. Found by walking Qt's dialogs in each
language (``tests/window/test_accessibility.py``): Qt's Russian file dialog leaves two labels
in English. Nothing imports this module: ``pyside6-lupdate`` reads it.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_IN_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
