"""Highlights and notes in the window: the store, undo, and what the reading pane draws.

The controller owns the AnnotationStore (opened after the first paint, so start-up does not
wait for SQLite) and a QUndoStack: adding, recolouring, a note and deleting are undoable
commands, each one transaction in the store. When the store cannot be written (a read-only
folder, a full disk) the reader keeps working: the change stays in memory, the reader is
told once, and it is written with the next change that can be.
"""

from __future__ import annotations

import bisect
import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.content import Article
    from desktop.userdata.annotations import Annotation, AnnotationStore

log = logging.getLogger(__name__)

HASH_AWAY_CHARS = 1 << 20
"""An article longer than this is hashed on a worker thread: SHA-256 digests about 120 MB/s
here, so a 32 MiB book's hash held the window for 300 ms after its first paint."""


class _Hashed(QObject):
    """Hashes an article on a worker thread and says so on the window's (a queued signal)."""

    done = Signal(object, str)
    """The article, its ``text_hash``."""

    def hash(self, article: Article) -> None:
        from desktop.userdata.annotations import text_hash

        fingerprint = text_hash(article)
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.done.emit(article, fingerprint)


class _Command(QUndoCommand):
    """An undoable change: two functions, each of which may fail to write (and is then kept)."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class PassageTexts(Sequence[str]):
    """An article's passage texts as a sequence, without copying thirty thousand of them per action."""

    def __init__(self, article: Article) -> None:
        self._passages = article.passages

    def __len__(self) -> int:
        return len(self._passages)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [passage.text for passage in self._passages[index]]
        return self._passages[index].text


def color_names() -> dict[str, str]:
    """The highlight colours' names in the interface's language (asked when shown, not at import)."""
    return {
        "yellow": QCoreApplication.translate("Annotations", "Сары"),
        "green": QCoreApplication.translate("Annotations", "Жасыл"),
        "blue": QCoreApplication.translate("Annotations", "Көк"),
        "pink": QCoreApplication.translate("Annotations", "Қызғылт"),
    }


def describe(annotation: Annotation) -> str:
    """What kind of mark an annotation is, in words (its colour is otherwise only seen): for screen readers."""
    if annotation.kind == "bookmark":
        return QCoreApplication.translate("Annotations", "Бетбелгі")
    color = color_names().get(annotation.color or "yellow", "")
    if annotation.style == "underline":
        kind = QCoreApplication.translate("Annotations", "Астын сызу")
    else:
        kind = QCoreApplication.translate("Annotations", "Белгі, %1").replace("%1", color.lower())
    if annotation.note:
        kind += ", " + QCoreApplication.translate("Annotations", "ескертпесі бар")
    return kind


class AnnotationsController(QObject):
    """The open article's annotations, and the undoable actions on them."""

    changed = Signal()
    """The annotations of the open article were all read again (draw them all again)."""
    changedOne = Signal(str, object)
    """One annotation (its id) was added, changed (the new Annotation) or removed (None): draw just it."""
    storageProblem = Signal(str)
    """The store could not be opened or written; the text says why (told once per problem)."""

    def __init__(self, store_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store_file = store_file
        """The SQLite file of the notes (opened when first needed)."""
        self.undo_stack = QUndoStack(self)
        self._store: AnnotationStore | None = None
        self._opened = False
        self._key = ""
        self._article: Article | None = None
        self._fingerprint: str | None = None
        self.annotations: list[Annotation] = []
        self._unsaved: dict[str, Annotation] = {}  # made while the store could not be written
        self._told: set[str] = set()
        self._hashed = _Hashed(self)
        self._hashed.done.connect(self._on_hashed)  # queued: emitted on the worker thread

    # -- the store ----------------------------------------------------------------------------
    @property
    def store(self) -> AnnotationStore | None:
        if not self._opened:
            self._opened = True
            from desktop.storage.database import StorageError
            from desktop.userdata.annotations import AnnotationStore

            try:
                self._store = AnnotationStore(self.store_file)
            except StorageError as error:
                self._tell(str(error))
            else:
                if self._store.problem:
                    self._tell(self._store.problem)
                if self._store.database.read_only:  # the notes are shown; changes are kept in memory only
                    self._tell(self._store.database.read_only)
        return self._store

    def open_store(self) -> None:
        """Open the store now, in an event of its own (SQLite opens, checks and migrates it: tens of
        milliseconds), rather than in the one that shows a book's notes once its hash is worked out."""
        _ = self.store

    def _tell(self, problem: str) -> None:
        log.warning("notes: %s", problem)
        if problem not in self._told:
            self._told.add(problem)
            self.storageProblem.emit(problem)

    def _write(self, action: Callable[[AnnotationStore], object]) -> bool:
        """Run one store action; on failure tell the reader (once) and report False."""
        from desktop.storage.database import StorageError

        store = self.store
        if store is None:
            return False
        try:
            if self._unsaved:
                store.merge(self._unsaved.values())  # what could not be written before
                self._unsaved.clear()
            action(store)
        except StorageError as error:
            read_only = store.database.read_only
            self._tell(read_only if read_only else str(error))  # open for reading only: told once, on opening
            return False
        return True

    def counts(self) -> dict[str, int]:
        """Annotations per article key (what the store holds; none when it cannot be read)."""
        store = self.store
        return store.counts() if store is not None else {}

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    # -- the open article -------------------------------------------------------------------------
    def load(self, article_key: str, article: Article) -> None:
        """The article's annotations; a long article's are shown once its hash is worked out away
        from the window (until then an action hashes it itself, as a store does without one)."""
        from desktop.userdata.annotations import text_hash

        self._key, self._article = article_key, article
        self._fingerprint = None
        self.undo_stack.clear()
        if sum(len(passage.text) for passage in article.passages) > HASH_AWAY_CHARS:
            self.annotations = [a for a in self._unsaved.values() if a.article_key == article_key]
            self.changed.emit()
            threading.Thread(target=self._hashed.hash, args=(article,), name="article hash").start()
            return
        self._show_stored(text_hash(article))  # once per article: hashing a long text for each action is slow

    def _on_hashed(self, article: object, fingerprint: str) -> None:
        if article is self._article and self._fingerprint is None:
            self._show_stored(fingerprint)

    def _show_stored(self, fingerprint: str) -> None:
        assert self._article is not None
        self._fingerprint = fingerprint
        store = self.store
        stored = store.for_article(self._key, self._article, fingerprint) if store is not None else []
        known = {annotation.uuid for annotation in stored}
        self.annotations = stored + [
            a for a in self._unsaved.values() if a.article_key == self._key and a.uuid not in known
        ]
        self.changed.emit()

    def settled(self) -> list[Annotation]:
        """All the open article's annotations, the stored ones included, for an export or a printout.

        A long article whose hash is still being worked out away from the window is hashed
        here, as an action would: an export must not miss what the store holds.
        """
        if self._article is not None and self._fingerprint is None:
            from desktop.userdata.annotations import text_hash

            self._show_stored(text_hash(self._article))
        return self.annotations

    def _reload(self) -> None:
        if self._article is not None:
            store = self.store
            stored = store.for_article(self._key, self._article, self._fingerprint) if store is not None else []
            known = {annotation.uuid for annotation in stored}
            self.annotations = stored + [a for a in self._unsaved.values() if a.uuid not in known]
            self.annotations.sort(key=lambda a: (not a.found, a.passage, a.start))
        self.changed.emit()

    def _put(self, annotation: Annotation) -> None:
        """Add or replace one annotation in memory (no re-read of the store: it is large)."""
        self.annotations = [a for a in self.annotations if a.uuid != annotation.uuid]
        bisect.insort(self.annotations, annotation, key=lambda a: (not a.found, a.passage, a.start))
        self.changedOne.emit(annotation.uuid, annotation)

    def _drop(self, annotation_id: str) -> None:
        self.annotations = [a for a in self.annotations if a.uuid != annotation_id]
        self.changedOne.emit(annotation_id, None)

    @property
    def key(self) -> str:
        """The open article's key in the store."""
        return self._key

    def merge(self, annotations: list[Annotation]) -> int:
        """Add annotations from an import (one transaction; not undoable: it adds only what is new)."""
        added = 0

        def merge(store: AnnotationStore) -> None:
            nonlocal added
            added = store.merge(annotations)

        if not self._write(merge):
            raise OSError(QCoreApplication.translate("Annotations", "белгілерді сақтау мүмкін емес"))
        self._reload()
        return added

    def matching(self, query: str) -> list[Annotation]:
        """Annotations whose note or name holds every word of the query (folded as search folds)."""
        from desktop.search.normalize import fold, tokenize

        words = [token.text for token in tokenize(fold(query).text)]
        if not words:
            return []
        found = []
        for annotation in self.annotations:
            text = fold(f"{annotation.note} {annotation.name}").text
            if all(word in text for word in words):
                found.append(annotation)
        return found

    def find(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.uuid == annotation_id), None)

    # -- actions (undoable) -------------------------------------------------------------------
    def add_highlight(
        self, passage: int, start: int, end: int, color: str = "yellow", style: str = "highlight"
    ) -> None:
        from desktop.userdata.anchors import make_anchor
        from desktop.userdata.annotations import new_annotation

        assert self._article is not None
        anchor = make_anchor(PassageTexts(self._article), passage, start, end)
        made = new_annotation(self._key, self._article, anchor, color=color, style=style, fingerprint=self._fingerprint)
        self._push_new(made, QCoreApplication.translate("Annotations", "Белгілеу"))

    def add_bookmark(self, passage: int, name: str) -> None:
        """Bookmark a passage (its first words anchor it), undoable like a highlight."""
        from desktop.userdata.anchors import make_anchor
        from desktop.userdata.annotations import new_annotation

        assert self._article is not None
        texts = [p.text for p in self._article.passages]
        first_words = " ".join(texts[passage].split(" ")[:6])  # what finds the place again in a changed file
        anchor = make_anchor(texts, passage, 0, max(1, len(first_words)))
        made = new_annotation(
            self._key, self._article, anchor, kind="bookmark", color=None, name=name, fingerprint=self._fingerprint
        )
        self._push_new(made, QCoreApplication.translate("Annotations", "Бетбелгі"))

    def _push_new(self, made: Annotation, text: str) -> None:
        """Store a new annotation as an undoable command (kept in memory if it cannot be written)."""

        def redo() -> None:
            if not self._write(lambda store: store.put(made)):
                self._unsaved[made.uuid] = made
            self._put(made)

        def undo() -> None:
            self._unsaved.pop(made.uuid, None)
            self._write(lambda store: store.delete(made.uuid))
            self._drop(made.uuid)

        self.undo_stack.push(_Command(text, redo, undo))

    def change(self, annotation_id: str, text: str, **changes: str | None) -> None:
        """Change the note, colour or style of one annotation (undoable)."""
        before = self.find(annotation_id)
        if before is None:
            return
        old = {name: getattr(before, name) for name in changes}

        def apply(values: dict[str, str | None]) -> None:
            from dataclasses import replace

            current = self.find(annotation_id) or before
            updated = replace(current, **values)  # type: ignore[arg-type]
            if annotation_id in self._unsaved or not self._write(lambda store: store.update(annotation_id, **values)):
                self._unsaved[annotation_id] = updated
            self._put(updated)

        self.undo_stack.push(_Command(text, lambda: apply(changes), lambda: apply(old)))

    def delete(self, annotation_id: str) -> None:
        removed = self.find(annotation_id)
        if removed is None:
            return

        def redo() -> None:
            self._unsaved.pop(annotation_id, None)
            self._write(lambda store: store.delete(annotation_id))
            self._drop(annotation_id)

        def undo() -> None:
            if not self._write(lambda store: store.put(removed)):
                self._unsaved[annotation_id] = removed
            self._put(removed)

        self.undo_stack.push(_Command(QCoreApplication.translate("Annotations", "Белгіні өшіру"), redo, undo))
