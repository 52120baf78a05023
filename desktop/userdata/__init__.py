"""The reader's notes: highlights, notes and bookmarks anchored to an article's text (no Qt).

``annotations`` keeps them in an SQLite store (``desktop.storage.database``: WAL, schema
migrations, only a damaged file set aside, an unwritable one read); ``anchors`` finds them
again when an article file has changed; ``notes_io`` exports and imports them.
"""
