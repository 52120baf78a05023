"""The speeds and pitches offered for reading aloud (the voice accepts 0.5–2 and 0.5–1.5)."""

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
PITCHES = (0.6, 0.8, 1.0, 1.2, 1.4)
