"""An HTML tree built and walked without recursion, following HTML's rules for the end tags it may leave out.

Saved web pages and EPUB chapters are read into this tree. The standard library's
``html.parser`` tokenizes (it is C-accelerated where it matters, ships with Python and costs the
bundle nothing); this module builds the tree the way a browser does for the cases that change
where text belongs:

- end tags a page may leave out are implied: a ``<p>`` is closed by the next block's start
  (``<div>``, ``<ul>``, ``<h2>``, another ``<p>``…), an ``<li>`` by the next ``<li>``, ``<dt>``
  and ``<dd>`` by each other, ``<td>``/``<th>`` by the next cell or row, ``<tr>`` by the next row,
  ``<option>`` by the next option;
- an end tag closes only an element that is open in its scope (``</div>`` inside a table cell
  does not close a ``<div>`` outside the table), and the end tag of an inline element (``</b>``,
  ``</span>``) never closes a block opened after it; an end tag with nothing to close is ignored;
- void elements (``<br>``, ``<img>``, ``<meta>``…) have no content, whatever the markup says.

A file is never trusted about its own shape. Elements nested deeper than ``max_depth`` are not
made: their text goes to the deepest element kept (as browsers cap nesting too), so a page
nested 100,000 deep reads as text, not as a crash. More than ``max_elements`` elements, or
markup longer than ``max_chars``, raise ``TreeLimitError``. Nothing here recurses: building,
walking and collecting text use explicit stacks.

Text is kept as ``str`` children between elements (text nodes); ``Element.text()`` gives an
element's text with ``<br>`` and block boundaries as line breaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser

MAX_DEPTH = 512
"""Elements nested deeper than this are not made (Chromium's parser caps nesting at 512 too)."""
MAX_ELEMENTS = 250_000
"""A news page has a few thousand elements, a long book chapter tens of thousands."""
MAX_CHARS = 64 * 1024 * 1024
"""As many characters as the article file limit (64 MiB) can hold: a saved book's page opens whole."""

VOID = frozenset(
    {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
     "meta", "param", "source", "track", "wbr"}
)  # fmt: skip
BLOCK_LEVEL = frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
     "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "optgroup", "option", "p",
     "plaintext", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
     "xmp", "#document"}
)  # fmt: skip
"""Elements whose start and end break the text into lines (the rest flow inline)."""
HIDDEN_TEXT = frozenset({"script", "style", "template", "head", "title"})
"""Elements whose text is never part of another element's text."""

_CLOSES_P = frozenset(
    {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
     "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "listing",
     "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary", "table", "ul", "xmp", "li",
     "dd", "dt"}
)  # fmt: skip
"""Start tags that close an open <p> (HTML's parsing rules, "in body" insertion mode)."""
_SPECIAL = frozenset(
    {"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
     "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset",
     "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
     "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee",
     "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre",
     "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
     "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "#document"}
)  # fmt: skip
"""HTML's "special" elements: an inline element's end tag never closes one of them."""
_SCOPE = frozenset({"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "#document"})
_BUTTON_SCOPE = _SCOPE | {"button"}
_LIST_SCOPE = _SCOPE | {"ol", "ul"}
_TABLE_SCOPE = frozenset({"html", "table", "template", "#document"})
_DOCUMENT = frozenset({"#document"})
_IMPLIES_ENDS = (
    _CLOSES_P
    | {"li", "dd", "dt", "td", "th", "tr", "thead", "tbody", "tfoot", "caption", "option", "optgroup", "a"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}
)
"""Start tags that may close open elements: the others need no look at the stack."""
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TABLE_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
_ONCE = frozenset({"html", "head", "body"})
_IN_HEAD = frozenset(
    {"base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template", "title"}
)
"""What a <head> holds: any other start tag ends it (a page that never wrote </head> or <body>)."""
_CONTROLS = {code: None for code in (*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F)}
"""Control characters a page's text may hold by mistake (NUL among them): dropped, as browsers do not show them."""
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u200b\u2028\u2029]+")


class TreeLimitError(ValueError):
    """The markup is larger than the reader accepts (too long, or too many elements)."""


class Element:
    """One element: its tag, attributes, children (elements and text) and parent."""

    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str] | None = None, parent: Element | None = None) -> None:
        self.tag = tag
        self.attrs: dict[str, str] = attrs if attrs is not None else {}
        self.children: list[Element | str] = []
        self.parent = parent

    def __repr__(self) -> str:
        return f"<Element {self.tag} {self.attrs!r} children={len(self.children)}>"

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name, default)

    def walk(self, skip: Callable[[Element], bool] | None = None) -> Iterator[tuple[Element | str, bool]]:
        """(node, entering) in document order: an element when it starts and ends, a text once.

        ``skip(element)`` True leaves an element and everything in it out (this element itself
        is always entered).
        """
        yield self, True
        elements: list[Element] = [self]
        positions: list[int] = [0]
        while elements:
            element = elements[-1]
            index = positions[-1]
            if index < len(element.children):
                positions[-1] = index + 1
                child = element.children[index]
                if isinstance(child, str):
                    yield child, True
                elif skip is None or not skip(child):
                    yield child, True
                    elements.append(child)
                    positions.append(0)
            else:
                elements.pop()
                positions.pop()
                yield element, False

    def iter(self, tag: str | None = None) -> Iterator[Element]:
        """This element and every element in it, in document order (only those named ``tag`` if given)."""
        if tag is None or self.tag == tag:
            yield self
        # Each element's children are gone through as they are reached, never copied: an element with
        # a hundred thousand children (a code listing's) costs its caller no pause of 50 ms.
        pending: list[Iterator[Element | str]] = [iter(self.children)]
        while pending:
            for child in pending[-1]:
                if isinstance(child, Element):
                    if tag is None or child.tag == tag:
                        yield child
                    pending.append(iter(child.children))
                    break
            else:
                pending.pop()

    def find(self, tag: str) -> Element | None:
        """The first element named ``tag`` in document order (this one included), or None."""
        return next(self.iter(tag), None)

    def ancestors(self) -> Iterator[Element]:
        """The parent, its parent, and so on up to the document."""
        element = self.parent
        while element is not None:
            yield element
            element = element.parent

    def text(self) -> str:
        """The element's text as lines: ``<br>`` and block elements break lines, other whitespace is one space.

        Lines are stripped and empty ones dropped; the text of scripts and styles is left out;
        inside ``<pre>`` the text's own line breaks are kept.
        """
        lines: list[str] = []
        parts: list[str] = []
        preformatted = 0

        def end_line() -> None:
            line = _SPACES.sub(" ", "".join(parts)).strip()
            parts.clear()
            if line:
                lines.append(line)

        for node, entering in self.walk(skip=lambda element: element.tag in HIDDEN_TEXT):
            if isinstance(node, str):
                if preformatted and "\n" in node:
                    first, *rest = node.split("\n")
                    parts.append(first)
                    for line in rest:
                        end_line()
                        parts.append(line)
                else:
                    parts.append(node)
            elif node.tag == "br" and entering:
                end_line()
            elif node.tag in BLOCK_LEVEL:
                end_line()
                if node.tag == "pre":
                    preformatted += 1 if entering else -1
        end_line()
        return "\n".join(lines)


class _TreeBuilder(HTMLParser):
    def __init__(self, max_depth: int, max_elements: int) -> None:
        super().__init__(convert_charrefs=True)
        self.document = Element("#document")
        self._stack: list[Element] = [self.document]
        self._text: list[str] = []
        self._max_depth = max_depth
        self._max_elements = max_elements
        self._elements = 0
        self._seen: dict[str, Element] = {}
        self._head_open = False
        self._open: dict[str, int] = {}
        """How many elements of each tag are open: most start tags need not search the stack."""
        self._version = 0
        self._blocked: dict[tuple[str, frozenset[str] | None], int] = {}
        """Searches of the stack that found nothing, with the stack's version then: not made again
        while the stack is unchanged, so a flood of stray end tags costs no more than one."""
        self._unmade: dict[str, int] = {}
        """Start tags not made (beyond the depth limit), by tag: their end tags are skipped as many times."""

    # tokens

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, empty=tag in VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, empty=True)  # <div/>: empty, as XHTML means it

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # </br> is read as <br>, as browsers do
            self._start("br", [], empty=True)
            return
        if tag in VOID or tag in ("html", "body"):  # text after </body> is still the body's, as in browsers
            return
        unmade = self._unmade.get(tag)
        if unmade:
            self._unmade[tag] = unmade - 1
            return
        index = self._open_index(tag)
        if index is not None:
            self._pop_to(index)
        elif tag == "p":  # a </p> with no <p> open ends a paragraph all the same (an empty one, as browsers make)
            self._start("p", [], empty=True)

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    @property
    def elements(self) -> int:
        return self._elements

    # tree construction

    def _start(self, tag: str, raw_attrs: list[tuple[str, str | None]], empty: bool) -> None:
        if self._text:
            self._flush()
        if tag in _ONCE:
            existing = self._seen.get(tag)
            if existing is not None:
                for name, value in raw_attrs:
                    existing.attrs.setdefault(name, value or "")
                return
        if tag in _IMPLIES_ENDS or self._head_open:
            self._imply_end_tags(tag)
        stack = self._stack
        if not empty and len(stack) > self._max_depth:
            self._unmade[tag] = self._unmade.get(tag, 0) + 1
            return
        self._elements += 1
        if self._elements > self._max_elements:
            raise TreeLimitError(f"more than {self._max_elements:,} elements")
        attrs: dict[str, str] = {}
        if raw_attrs:
            for name, value in raw_attrs:
                attrs.setdefault(name, value or "")  # the first of two same-named attributes counts
        parent = stack[-1]
        element = Element(tag, attrs, parent)
        parent.children.append(element)
        if tag in _ONCE:
            self._seen[tag] = element
            self._head_open = self._head_open or tag == "head"
        if not empty:
            self._push(element)

    def _imply_end_tags(self, tag: str) -> None:
        """Close what the start of ``tag`` closes, as HTML's parsing rules say."""
        stack = self._stack
        if self._head_open and tag not in _IN_HEAD:
            self._head_open = False
            self._close_in_scope("head", _DOCUMENT)
        if tag in _CLOSES_P:
            self._close_in_scope("p", _BUTTON_SCOPE)
        if tag == "li":
            self._close_list_item(("li",))
        elif tag in ("dd", "dt"):
            self._close_list_item(("dd", "dt"))
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_cell()
            self._close_in_scope("tr", _TABLE_SCOPE | _TABLE_SECTIONS)
        elif tag in _TABLE_SECTIONS or tag == "caption":
            self._close_cell()
            self._close_in_scope("tr", _TABLE_SCOPE | _TABLE_SECTIONS)
            for section in _TABLE_SECTIONS:
                self._close_in_scope(section, _TABLE_SCOPE)
        elif tag == "option":
            if stack[-1].tag == "option":
                self._pop_to(len(stack) - 1)
        elif tag == "optgroup":
            for name in ("option", "optgroup"):
                if stack[-1].tag == name:
                    self._pop_to(len(stack) - 1)
        elif tag in _HEADINGS:
            if stack[-1].tag in _HEADINGS:
                self._pop_to(len(stack) - 1)
        elif tag == "a":
            self._close_in_scope("a", _SPECIAL)

    def _close_cell(self) -> None:
        for cell in ("td", "th"):
            self._close_in_scope(cell, _TABLE_SCOPE | {"tr"})

    def _close_in_scope(self, target: str, boundaries: frozenset[str]) -> None:
        """Close the open ``target`` unless one of ``boundaries`` is opened after it."""
        if not self._open.get(target) or self._blocked.get((target, boundaries)) == self._version:
            return
        stack = self._stack
        for index in range(len(stack) - 1, 0, -1):
            name = stack[index].tag
            if name == target:
                self._pop_to(index)
                return
            if name in boundaries:
                break
        self._blocked[(target, boundaries)] = self._version

    def _close_list_item(self, targets: tuple[str, ...]) -> None:
        """A new <li> (or <dd>, <dt>) closes the open one unless a block other than div, p or address is between."""
        if not any(self._open.get(target) for target in targets):
            return
        stack = self._stack
        for index in range(len(stack) - 1, 0, -1):
            name = stack[index].tag
            if name in targets:
                self._pop_to(index)
                return
            if name in _SPECIAL and name not in ("address", "div", "p"):
                return

    def _open_index(self, tag: str) -> int | None:
        """Where the element an end tag closes is on the stack, or None when it closes nothing."""
        if not self._open.get(tag) or self._blocked.get((tag, None)) == self._version:
            return None
        if tag not in _SPECIAL:
            boundaries = _SPECIAL
        elif tag == "p":
            boundaries = _BUTTON_SCOPE
        elif tag == "li":
            boundaries = _LIST_SCOPE
        elif tag in ("td", "th", "tr", "table", "caption") or tag in _TABLE_SECTIONS:
            boundaries = _TABLE_SCOPE
        else:
            boundaries = _SCOPE
        stack = self._stack
        for index in range(len(stack) - 1, 0, -1):
            name = stack[index].tag
            if name == tag:
                return index
            if name in boundaries:
                break
        self._blocked[(tag, None)] = self._version
        return None

    def _push(self, element: Element) -> None:
        self._version += 1
        self._stack.append(element)
        self._open[element.tag] = self._open.get(element.tag, 0) + 1

    def _pop_to(self, index: int) -> None:
        """Close the element at ``index`` of the stack and every element opened after it."""
        self._flush()
        self._version += 1
        stack = self._stack
        for element in stack[index:]:
            self._open[element.tag] -= 1
        del stack[index:]

    def _flush(self) -> None:
        if self._text:
            text = "".join(self._text)
            if not text.isprintable():
                text = text.translate(_CONTROLS)
            self._stack[-1].children.append(text)
            self._text.clear()


def parse(
    markup: str, *, max_depth: int = MAX_DEPTH, max_elements: int = MAX_ELEMENTS, max_chars: int = MAX_CHARS
) -> Element:
    """The document's tree (an element named ``#document``); TreeLimitError when the markup is too large."""
    if len(markup) > max_chars:
        raise TreeLimitError(f"more than {max_chars:,} characters of markup")
    builder = _TreeBuilder(max_depth, max_elements)
    builder.feed(markup)
    builder.close()
    return builder.document


class TreeParser:
    """The tree of markup given a piece at a time: once closed, the very tree ``parse`` makes of all of it.

    A long page is read in slices of the event loop (``web_page.PageReader``); ``document`` is
    the tree of what was given so far meanwhile (its last text may not be in it yet).
    """

    def __init__(
        self, *, max_depth: int = MAX_DEPTH, max_elements: int = MAX_ELEMENTS, max_chars: int = MAX_CHARS
    ) -> None:
        self._builder = _TreeBuilder(max_depth, max_elements)
        self._max_chars = max_chars
        self.chars = 0
        """Characters of markup given so far."""

    @property
    def document(self) -> Element:
        return self._builder.document

    @property
    def elements(self) -> int:
        """Elements made so far."""
        return self._builder.elements

    def feed(self, markup: str) -> None:
        """Parse on with the next piece; TreeLimitError as ``parse`` raises it for the whole."""
        self.chars += len(markup)
        if self.chars > self._max_chars:
            raise TreeLimitError(f"more than {self._max_chars:,} characters of markup")
        self._builder.feed(markup)

    def close(self) -> Element:
        """The whole document's tree (what is left of the markup parsed as the end of it)."""
        self._builder.close()
        return self._builder.document
