"""Run-time hook of the frozen reader: PySide6 loaded with its support code from the reader's cache.

PyInstaller's own run-time hook for PySide6 imports PySide6.QtCore before the program starts, and
custom hooks (build.spec's ``runtime_hooks``) run before PyInstaller's: importing the reader's
UI package here makes that first import the cached one (desktop/ui/support_cache.py).

The program started as the voice's process (``--speech-worker``, desktop/speech/espeak.py) uses
no Qt: it is left without, so reading aloud starts sooner.
"""

import sys

if sys.argv[1:] != ["--speech-worker"]:
    import desktop.ui  # noqa: F401 - imports PySide6 through desktop.ui.support_cache
