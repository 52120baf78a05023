"""The open article on screen: which one, from where, and in which alphabet (Cyrillic or Latin).

A part of the window with a narrow interface: it is given the article shown to start with, the
reading pane and the sections model (which show the text), the preferences (whether copied text
cites its source) and the theme (the text's colours); it says by signals when the text shown was
rebuilt (the lists that show it follow) and what the window's title becomes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop import branding
from desktop.content.export import citation
from desktop.content.model import begins
from desktop.content.shown import ShownArticle
from desktop.ui import themes
from desktop.ui.mainwindow.files import OpenArticle
from desktop.ui.resources import first_bundled_key
from desktop.userdata.keys import article_key

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from desktop.content import Article
    from desktop.ui.mainwindow.book_opening import RestOfBook
    from desktop.ui.preferences import Preferences
    from desktop.ui.reading_pane import ReadingPane
    from desktop.ui.section_model import SectionListModel
    from desktop.ui.themes import Theme


class ArticleView(QObject):
    """The article as written (search runs on it), as shown (``shown``), its file or bundled key."""

    rebuilt = Signal()
    """The text shown was made anew (another article, or the other alphabet): what lists it follows."""
    titleChanged = Signal(str)
    """The window's title: the article's title, its file's name and the application's name."""
    rest: RestOfBook | None = None
    """What reads the rest of a book whose first sections are shown (``book_opening.read_rest``)."""

    def __init__(
        self,
        shown: ShownArticle,
        pane: ReadingPane,
        sections: SectionListModel,
        preferences: Preferences,
        theme: Callable[[], Theme],
        *,
        source: Path | None = None,
        bundled_key: str | None = None,
    ) -> None:
        super().__init__(pane)
        self.article = shown.written
        """The article as written (search, the notes and the library keep offsets into it)."""
        self.source = source
        """The file the article came from; None for an article bundled with the app."""
        self.bundled_key = bundled_key or first_bundled_key()
        """Which bundled article it is, when ``source`` is None (a branded build ships several)."""
        self.shown = shown
        """The article as shown (in the Latin alphabet when the reader chose it), and the offsets between them."""
        self._pane = pane
        self._sections = sections
        self._preferences = preferences
        self._theme = theme

    @property
    def reading(self) -> bool:
        """Whether the article shown is a book's first sections, the rest still being read."""
        return self.rest is not None and self.rest.reading

    def holds_start(self) -> bool:
        """The window has painted: a book's rest is read now, and the window's start waits for it (True)."""
        if not self.reading:
            return False
        assert self.rest is not None
        self.rest.start()
        return True

    def key(self) -> str:
        """Names the open article in the settings, the notes and the library."""
        return article_key(self.source) if self.source is not None else self.bundled_key

    def current(self) -> OpenArticle:
        """What is open now, for the parts that read it."""
        return OpenArticle(self.article, self.shown, self.source)

    def title(self) -> str:
        where = "" if self.source is None else f" [{self.source.name}]"
        return f"{self.shown.text.title}{where} — {branding.current().name}"

    def open(self, article: Article, source: Path | None, bundled_key: str | None = None) -> None:
        """Another article is open (shown by ``rebuild``); ``bundled_key``: the first bundled one by default."""
        self.article, self.source = article, source
        self.bundled_key = bundled_key or first_bundled_key()

    def rebuild(self, latin: bool | None = None) -> None:
        """Show the open article anew, in this alphabet (the same by default)."""
        self.shown = ShownArticle(self.article, self.shown.latin if latin is None else latin)
        self.rebuilt.emit()
        self._sections.set_article(self.shown.text)
        self._pane.set_article(self.shown.text, themes.colors_for(self._theme()))
        self._pane.setAccessibleDescription(self.shown.text.title)
        self.titleChanged.emit(self.title())
        self.update_citation()

    def grow(self, article: Article) -> None:
        """The open article read whole (a book shown from its first sections): the pane and the
        sidebar take the rest where the reader is, in the same alphabet. An article that does not
        begin with what was shown (a long web page's, found anew in the whole page) is shown from its start."""
        if not begins(self.article, article):
            self.open(article, self.source, self.bundled_key)
            self.rebuild()
            return
        self.article = article
        self.shown = ShownArticle(article, self.shown.latin)
        self._sections.set_article(self.shown.text)
        self._pane.extend_article(self.shown.text, themes.colors_for(self._theme()))
        self.update_citation()

    def set_latin(self, latin: bool) -> bool:
        """Switch the alphabet, staying at the same place in the text; False if it was shown so already.

        The caret stays on the same letter: it is where a screen reader reads (it went to the title).
        """
        if latin == self.shown.latin:
            return False
        fraction, section = self._pane.scroll_fraction(), self._pane.current_section()
        caret = self._pane.position_of(self._pane.textCursor().position())
        written = self.shown.written_span(caret[0], caret[1], caret[1]) if caret is not None else None
        self.rebuild(latin)
        if caret is not None and written is not None:
            offset = self.shown.shown_span(caret[0], *written)[0]
            self._pane.setTextCursor(self._pane.passage_cursor(caret[0], offset, offset))
        self._pane.set_scroll_fraction(fraction, section)
        return True

    def set_cite_on_copy(self, on: bool) -> None:
        self._preferences.cite_on_copy = on
        self.update_citation()

    def update_citation(self) -> None:
        """Copied text cites the displayed article (called again whenever that changes)."""
        self._pane.citation = citation(self.shown.text) if self._preferences.cite_on_copy else None
