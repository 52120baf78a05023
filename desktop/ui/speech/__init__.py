"""Reading aloud in the window: the controller that drives desktop.speech and its bar.

The controller and the bar are imported when the reader first asks for speech (F5), never at
start: the voice, its process and the sound library are loaded then, not before. Only the
plain numbers of ``choices`` are read at start, by the settings.
"""
