"""Storage shared by the notes and the library: SQLite stores and the files beside them (no Qt).

``database`` opens a store safely (WAL, schema migrations, only a damaged file set aside and
reported, an unwritable one opened for reading); ``private`` creates folders and files readable
by their owner alone (light: the start reads settings through it before the first paint);
``aside`` names a damaged file set aside; ``errors`` holds the error the window catches.
"""
