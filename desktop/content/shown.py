"""The article as the reader sees it: as written (Cyrillic) or in the Latin alphabet.

Search, highlights and their store work on the article as written; the reading pane, the
lists and the exports show this one. Every offset that crosses between the two goes through
here: hits found in the written text to the characters shown, a selection of shown
characters back to the written ones, a stored highlight to where it is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from desktop.content.latin import LatinSpans, latin_article

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.content.model import Article


class Located(Protocol):
    """A span of a passage that can be copied with other values (a search hit)."""

    @property
    def passage(self) -> int: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def _replace(self) -> Callable[..., Any]: ...  # a named tuple's copy with some values changed


L = TypeVar("L", bound=Located)


class ShownArticle:
    """One article as written and as shown, with the offsets of one to the other."""

    def __init__(self, written: Article, latin: bool = False) -> None:
        self.written = written
        """The article as written: search and highlights are found and stored in it."""
        self.latin = latin
        """Whether it is shown in the Latin alphabet."""
        self.text = latin_article(written) if latin else written
        """The article as shown."""
        self._spans = LatinSpans(written) if latin else None

    @property
    def latin_spans(self) -> LatinSpans | None:
        """The map to the Latin spelling when the article is shown in it (exports draw highlights by it)."""
        return self._spans

    def shown_span(self, passage: int, start: int, end: int) -> tuple[int, int]:
        """Written characters [start, end) of a passage: where they are shown."""
        return self._spans.span(passage, start, end) if self._spans is not None else (start, end)

    def written_span(self, passage: int, start: int, end: int) -> tuple[int, int]:
        """Shown characters [start, end) of a passage: which written ones (a cut letter is widened to the whole)."""
        return self._spans.cyrillic_span(passage, start, end) if self._spans is not None else (start, end)

    def shown_words(self, passage: int, start: int, end: int) -> str:
        """The shown characters [start, end) of a passage."""
        return self.text.passages[passage].text[start:end]

    def shown_hits(self, hits: list[L]) -> list[L]:
        """Search hits (found in the written text) with their offsets and words as shown."""
        if self._spans is None:
            return hits
        shown = []
        for hit in hits:
            start, end = self._spans.span(hit.passage, hit.start, hit.end)
            shown.append(hit._replace(start=start, end=end, match=self.shown_words(hit.passage, start, end)))
        return shown
