"""The reader's own data (annotations now; the library later), in SQLite, never lost (no Qt).

``database`` opens a store safely (WAL, schema migrations, a damaged file set aside and
reported); ``annotations`` keeps highlights, notes and bookmarks anchored to an article's
text; ``anchors`` finds them again when an article file has changed.
"""
