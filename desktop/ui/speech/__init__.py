"""Reading aloud in the window: the controller that drives desktop.speech and its bar.

Imported when the reader first asks for speech (F5), never at start: the voice, its process
and the sound library are loaded then, not before.
"""
