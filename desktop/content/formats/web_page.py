"""Web pages saved from a news site (.html, .htm): the article's own text, not the page around it.

The bytes are decoded by ``html_charset`` and parsed into ``html_tree``'s tree (HTML's rules
for omitted end tags, no recursion). The article is then found by its text, not by names:

1. **Blocks.** The page is cut into blocks of running text, whatever the tag: a ``<p>``, a
   ``<div>`` or table cell holding text, lines broken by ``<br>``. Scripts, styles, forms'
   controls and hidden elements hold no text. Each block knows its length, how much of it is
   link text, whether it reads as sentences, and the words of the class and id names around
   it (``entry-content`` is *entry* and *content*; ``one-sidebar`` is *one* and *sidebar*,
   never *sidebar* found inside *no-sidebars*).
2. **Scores.** A block of sentences with few links counts for its length; link lists (menus,
   "related" lists) count against; short lines count a little against. Words such as
   *comment*, *related*, *share*, *newsletter*, *cookie*, *paywall*, *sidebar* weigh a
   block down, *article*, *content*, *entry*, *story* up, and ``<nav>``, ``<aside>``,
   ``<footer>`` weigh down too: one signal among several, never enough on its own.
3. **The article** is the element whose blocks add up to the highest score: it grows to take
   in sibling blocks of the same article (split by figures or ads) when they add more text
   than clutter, and stops before menus and link lists.
4. **What is kept** of it: its paragraphs, headings that lead to text, lists without many
   links, short lines only between paragraphs. Parts marked as clutter inside it (a share
   bar, a newsletter box, a related list, comments, a paywall box, captions, bylines and
   datelines) are left out, unless one holds most of the article's text (then the mark was
   wrong). ``<br>`` ends a line; each line is a paragraph.

Title, date and source come from the page's metadata: ``og:title``, JSON-LD ``headline``,
``<h1>``, ``<title>``; ``article:published_time``, JSON-LD ``datePublished``, ``<time>``;
``og:site_name``, JSON-LD ``publisher``, the page's address. Nothing is fetched.

A long page (a book saved as one page) is read by ``PageReader`` a piece at a time: decoded and
parsed 64 KiB at a time, then its article found in steps (the steps above, written as generators
that pause every few dozen blocks), so the window reads it in short slices after showing the
article of its first part; read to its end, it gives what ``read_saved_page`` gives.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import gc
import html
import json
import re
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

from desktop.content.formats.build import ArticleBuilder, clean
from desktop.content.formats.html_charset import NotUtf8Error, decode_html, decode_html_pieces
from desktop.content.formats.html_tree import BLOCK_LEVEL, Element, TreeLimitError, TreeParser, parse
from desktop.content.formats.plain_text import TextFormatError
from desktop.content.model import Figure
from desktop.content.regular_file import NotRegularFileError, TooLargeError, read_regular

__all__ = [
    "Element", "PageInfo", "PageReader", "collect_blocks", "extract", "page_info", "parse", "prune", "read_web_page"
]  # fmt: skip

NO_TEXT = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "select",
     "textarea", "button", "input", "option", "optgroup", "datalist", "head", "title", "meta", "link", "video",
     "audio", "map", "img", "picture", "source", "dialog", "amp-ad", "amp-embed", "amp-analytics", "amp-sidebar",
     "amp-social-share", "amp-consent"}
)  # fmt: skip
"""Elements whose content is never article text (controls, media, scripts)."""
UNCLOSED_SWALLOW = frozenset(
    {"button", "select", "textarea", "option", "optgroup", "datalist", "title", "template", "dialog", "map",
     "object", "video", "audio", "canvas", "iframe", "picture"}
)  # fmt: skip
"""Of those, the ones a page may leave open by mistake: the rest of the page then stands inside them."""
SWALLOWED_SIGNS = frozenset({"p", "article", "h1", "h2", "h3", "main", "section", "li", "table"})
INLINE_LABELS = frozenset({"span", "small", "em", "i", "b", "strong", "font", "a", "time", "sup", "sub", "label"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SECTION_HEADINGS = frozenset({"h1", "h2", "h3"})


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


STRUCTURAL_WEIGHT = {"nav": 0.1, "aside": 0.2, "footer": 0.2, "figcaption": 0.1, "menu": 0.2, "header": 0.6}
"""How much a block inside these elements counts (they can be misused: a weight, not a verdict)."""
CLUTTER_ROLES = frozenset({"navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "toolbar"})
STRUCTURAL_CLUTTER = frozenset({"nav", "aside", "footer", "figcaption", "form", "menu"})
"""Inside the article, these are left out unless they hold most of its text. (An article's <header> is not:
its title and byline are told apart line by line, and its lead paragraph is the article's.)"""
NEGATIVE = _word_set(
    """comment comments commentlist commentary disqus respond reply replies discussion related relatedposts
    recommended recommendations recirculation popular trending mostread share sharing sharedaddy sharebar
    social socials addthis newsletter subscribe subscription signup optin mailchimp cookie cookies consent gdpr
    cmp paywall regwall meter piano promo promotion advert advertisement advertising ads ad adv adsbygoogle
    banner sponsor sponsored dfp outbrain taboola sidebar widget widgets rail nav navbar navigation menu
    breadcrumb breadcrumbs pagination pager footer masthead byline author authors dateline caption credit
    credits tags tagcloud taglist categories keywords topics print toolbar modal popup overlay login donate
    skip hidden sronly screenreader visuallyhidden subscribe alert pullquote more readmore copyright legal
    disclaimer imprint noprint editsection toc instagram tweet twitter tiktok embed embedded oembed date datetime time
    timestamp locked paid premium paygate metered subscriber subscribers"""
)
"""Class and id words of page parts that are not the article (whole words, never parts of words)."""
ASIDE_WORDS = _word_set(
    """related recommended recommendations popular trending more similar other sponsored promoted comment comments
    disqus newsletter subscribe subscription signup cookie cookies consent gdpr paywall regwall metered paygate
    advert advertisement adsbygoogle outbrain taboola"""
)
"""Clutter words that make a name clutter wherever they stand in it (``meteredContent``, ``related-articles``)."""
POSITIVE = _word_set("article articlebody body content entry main post story text blog prose richtext hentry single")
"""Class and id words of the article's own parts."""
_WORD_SPLIT = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?…»\"”:;)]\s*$|[.!?…]\s")
_BYLINE = re.compile(
    r"^(?:by\s+(?-i:[A-Z])|(?:автор(?:ы)?|авторлар|фото|photo|photos|сурет|суреттер|image|credit|source|"
    r"дереккөз|источник|текст|text|posted|published|updated|жарияланды|жаңартылды|опубликовано|обновлено|"
    r"reading time|оқу уақыты|время чтения)\b[:\s])",
    re.I,
)
_DATELINE = re.compile(
    r"^[\W\d]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})[\W\d]*$"
    r"|^\W*\d{1,2}\s+\w+\s+\d{4}(?:\s*(?:ж\.?|г\.?|года?|жылы))?[,\s]*(?:\d{1,2}:\d{2})?\W*$",
    re.I,
)
_LEGAL = re.compile(
    r"©|\(c\)\s*\d{4}|copyright|all rights reserved|все права защищены|барлық құқықтар қорғалған|"
    r"перепечатка .{0,40}разрешени|материалдарды .{0,60}сілтеме",
    re.I,
)
LEGAL_ANCHORS = (
    ("©", 0), ("(c)", 0), ("copyr", 0), ("all r", 0), ("защищены", len("все права ")), ("барлық құқық", 0),
    ("перепеча", 0), ("ериал", len("мат")),
)  # fmt: skip
"""A piece of each of ``_LEGAL``'s alternatives, lower-cased, and where it stands in it (characters from the
match's start): a text whose lower case holds none of them has no match (``_is_legal``). The pieces leave
out the letters ``re.IGNORECASE`` also matches with a letter that lower-cases otherwise (i with İ and ı, s
with ſ, Cyrillic в, д, о, с, т with their old forms), and the parts of variable length."""
_LETTERS = re.compile(r"[^\W\d_]+")
DATE_WORDS = _word_set(
    """january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun at on am pm gmt utc bst cet est edt pst almt msk updated published posted st nd rd th
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май
    июнь июль август сентябрь октябрь ноябрь декабрь янв фев мар апр июн июл авг сен окт ноя дек понедельник вторник
    среда среду четверг пятница пятницу суббота субботу воскресенье пн вт ср чт пт сб вс в г года год мск
    обновлено опубликовано қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан
    қаңтардағы дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі ж жыл жылы жылғы сағат жарияланды
    жаңартылды"""
)
"""The words a dateline is written with, besides digits (English, Russian, Kazakh)."""
_AD_LABEL = re.compile(
    r"^\W*(advertisement|advertising|ad|ads|sponsored|реклама|жарнама|партнерский материал|promoted)\W*$", re.I
)
ARTICLE_OUTSIDE_ITEMS = 150
"""Letters of good text outside list items that make those items clutter beside an article (a live blog has none)."""
MEDIUM = 25
"""A block this long (letters, not spaces) may be a paragraph; shorter ones are lines (bylines, labels)."""
GOOD = 70
"""A block of sentences this long is article text unless links or marks say otherwise."""


@dataclass
class PageInfo:
    title: str
    date: dt.date | None
    source: str


@dataclass
class _Block:
    """A run of text between block boundaries, in document order."""

    owner: Element
    """The block element (p, div, td, li…) whose own text this is."""
    lines: list[tuple[str, int]]
    """Its lines (broken by <br>), each with how many of its letters are link text."""
    text: str
    chars: int
    link_chars: int
    weight: float
    heading: str
    """h1…h6 when the block is a heading's text, else empty."""
    item: Element | None
    """The list item it is in, if any."""
    quality: str = ""
    """Its kind: "good", "medium", "short" or "links"."""
    starts: list[int | None] | None = None
    """Where each line starts (the id of its first text node): the place of the article's pictures
    among its lines."""

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 1.0


def read_web_page(markup: str | bytes) -> tuple[PageInfo, ArticleBuilder]:
    """The page's metadata and article text; TextFormatError when the page is beyond the reader's limits."""
    info, builder, _images = read_saved_page(markup, None)
    return info, builder


def read_saved_page(markup: str | bytes, folder: Path | None) -> tuple[PageInfo, ArticleBuilder, PageImages | None]:
    """Like ``read_web_page``, with the article's own pictures when the page was saved in ``folder``
    ("web page, complete": the page and its ``_files`` folder). Pictures are only ever files in that
    folder; none is read here (``PageImages`` reads one when it is shown)."""
    if isinstance(markup, bytes):
        markup = decode_html(markup)[0]
    collecting = gc.isenabled()
    gc.disable()  # see below
    try:
        document = parse(markup)
        return finished(_page_steps(document, folder))
    except TreeLimitError as error:
        raise TextFormatError(f"the page has {error}, more than the reader accepts") from None
    finally:
        # The tree grows by two objects an element and holds no garbage while it is read; each full
        # collection meanwhile walks all of it (0.6 s of the 4.7 s of a 7.6 MiB page). Where collections
        # are off already (the window does them on its GUI thread: ``desktop.ui.collector``), they stay so.
        if collecting:
            gc.enable()


STEP = 64
"""Blocks or lines (four times as many elements) handled between two pauses of a page's article found in steps (about a
millisecond): a long page's slices on the event loop stay short (``PageReader``)."""
STEP_CHARS = 512 * 1024
"""Characters of blocks' text looked at between two pauses (a few milliseconds): a listing's block is megabytes."""

T = TypeVar("T")
Steps = Generator[float | None, None, T]
"""Work done a step at a time: each step yields (how much of it is done, 0 to 1, when known); the
generator returns the result."""


def finished(steps: Steps[T]) -> T:
    """What ``steps`` returns, all of them taken at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: T = done.value
            return result


def _page_steps(
    document: Element, folder: Path | None, nodes: int = 0, chars: int | None = None
) -> Steps[tuple[PageInfo, ArticleBuilder, PageImages | None]]:
    """``read_saved_page`` of a parsed page, in steps (``nodes``: as ``_block_steps`` takes it); with ``chars``,
    only the article's beginning: its entries up to the first paragraph that ends past that many characters."""
    info = yield from _page_info_steps(document)
    builder = ArticleBuilder()
    images = PageImages(folder) if folder is not None else None
    entries, _figures = yield from _extract_steps(
        document, info.title, pictures=images.has if images is not None else None, nodes=nodes
    )
    shown = 0
    written = 0
    for number, (kind, text) in enumerate(entries):
        if not number % STEP:
            yield None
        if isinstance(text, Figure):
            builder.block(text, text.caption)  # a file in the folder (not a link out of it), or written in the page
            shown += 1
            continue
        written += len(text)
        if kind == "heading":
            builder.heading(text)
        elif kind == "item":
            builder.list_item(text)
        else:
            builder.paragraph(text)
            if chars is not None and written >= chars:
                break  # after a paragraph: no heading without its text, no list cut short
    return info, builder, images if shown else None


PIECE_BYTES = 64 * 1024
"""Bytes of a long page decoded and parsed at a time (a millisecond or two)."""


class PageReader:
    """A saved page read a piece at a time: decoded and parsed piece by piece, then its article found in
    steps. Read to its end (``page``), it is what ``read_saved_page`` gives for the page; meanwhile
    ``first_part`` is the article of what was parsed so far (a long page's first screen, shown before
    the rest is read: ``loader.open_article``).

    A page that reads as UTF-8 at first and is not further on is read again from its start, decoded
    whole as ``decode_html`` decodes it.
    """

    def __init__(self, data: bytes, folder: Path | None) -> None:
        self._data = data
        self._folder = folder
        self._pieces: Iterator[str] = decode_html_pieces(data, PIECE_BYTES)
        self._parser = TreeParser()
        self._parsed = 0
        """Bytes of the page parsed (about, after a start again from the whole text)."""
        self._steps: Steps[tuple[PageInfo, ArticleBuilder, PageImages | None]] | None = None
        self._found = 0.0
        """How much of finding the article is done (0 to 1)."""
        self.page: tuple[PageInfo, ArticleBuilder, PageImages | None] | None = None
        """The page's metadata, article and pictures once all of it is read."""
        self._looks: list[int] = []
        """Bytes parsed at which the article so far is looked for again (``look_for_first_part``)."""
        self._look_chars = 0
        self._look: Steps[tuple[PageInfo, ArticleBuilder, PageImages | None]] | None = None
        self._first_found: tuple[PageInfo, ArticleBuilder, PageImages | None] | None = None

    @property
    def parsing(self) -> bool:
        """Whether the page's markup is still being parsed (its article not looked for yet)."""
        return self._steps is None and self.page is None

    @property
    def parsed(self) -> int:
        return self._parsed

    @property
    def progress(self) -> tuple[int, int]:
        """(done, all) of the work: parsing the page counts for a third, finding its article two."""
        size = max(len(self._data), 1)
        return min(self._parsed, size) + int(2 * size * self._found), 3 * size

    def read_piece(self, size: int = PIECE_BYTES) -> bool:
        """Read on: a piece of the page (``size`` is the loader's; the pieces are PIECE_BYTES), or a step of
        finding its article; False once all of it is read. TextFormatError when the page is beyond the
        reader's limits, raised as ``read_saved_page`` raises it."""
        if self.page is not None:
            return False
        try:
            if self._steps is not None:
                step = next(self._steps)
                if step is not None:
                    self._found = step
                return True
            if self._look is not None or (self._looks and self._parsed >= self._looks[0]):
                self._look_on()
                return True
            piece = next(self._pieces, None)
            if piece is not None:
                self._parser.feed(piece)
                self._parsed += PIECE_BYTES
                return True
            self._looks, self._look = [], None  # the whole page's article is next
            document = self._parser.close()
            self._steps = _then_let_go(document, _page_steps(document, self._folder, 3 * self._parser.elements))
            self._parser = TreeParser()  # the steps hold the tree now, and take it apart once done with it
            return True
        except StopIteration as done:
            self.page = done.value
            self._found = 1.0
            return False
        except NotUtf8Error:
            text = decode_html(self._data)[0]
            self._pieces = (text[start : start + PIECE_BYTES] for start in range(0, len(text), PIECE_BYTES))
            self._parser = TreeParser()
            self._parsed = 0
            self._look = None
            return True
        except TreeLimitError as error:
            raise TextFormatError(f"the page has {error}, more than the reader accepts") from None

    def look_for_first_part(self, at: Iterable[int], chars: int) -> None:
        """As the page is parsed on, look at its article so far each time ``at``'s bytes are parsed (in steps
        of ``read_piece``, the parsing waiting for them), until one finds text (``take_first_found``);
        ``chars``: as ``first_part``'s. A page whose article begins after 150 KiB of menus opens with its
        head alone: looking at that much in the open's event would take it past 100 ms."""
        self._looks, self._look_chars = sorted(at), chars

    def take_first_found(self) -> tuple[PageInfo, ArticleBuilder, PageImages | None] | None:
        """The first part found by the looks asked for (``look_for_first_part``), once; else None."""
        found, self._first_found = self._first_found, None
        return found

    def _look_on(self) -> None:
        """A step of looking at the article so far: started once the next look's bytes are parsed."""
        if self._look is None:
            self._looks.pop(0)
            self._look = _page_steps(self._parser.document, self._folder, chars=self._look_chars)
        try:
            next(self._look)
        except StopIteration as done:
            self._look = None
            if done.value[1].has_text():
                self._first_found, self._looks = done.value, []

    def first_part(self, chars: int | None = None) -> tuple[PageInfo, ArticleBuilder, PageImages | None]:
        """The metadata, article and pictures of what was parsed so far, as if it were the whole page; with
        ``chars``, only the article's beginning (``_page_steps``): the window shows a screen of it before
        the rest is read, and lays out all it is given in that event (some 75 ms for the 37,000 characters
        of a book's first 64 KiB)."""
        return finished(_page_steps(self._parser.document, self._folder, chars=chars))


def _then_let_go(document: Element, steps: Steps[T]) -> Steps[T]:
    """``steps``, then ``document`` taken apart in steps of its own (``_let_go_steps``)."""
    result = yield from steps
    yield from _let_go_steps(document)
    return result


def _let_go_steps(document: Element) -> Steps[None]:
    """The tree's links to parents and children broken, a few hundred elements at a time, each element let go
    as soon as it is passed.

    A parent and its children hold each other: a tree let go whole waits for the cyclic collector, whose pass
    over a long page's hundreds of thousands of objects is one pause of 100 ms or more on the event loop,
    at some moment after the page was read (and none at all while the heap is frozen:
    ``loader.BookOpening``). Taken apart, each element goes as its last reference does.
    """
    pending: list[list[Element | str]] = [[document]]  # lists of nodes to take apart, their parents' let go
    passed = 0
    while pending:
        nodes = pending[-1]
        if not nodes:
            pending.pop()
            continue
        node = nodes.pop()  # one at a time: an element may have 130,000 children (a listing's <code>)
        if isinstance(node, Element):
            pending.append(node.children)
            node.children, node.parent = [], None
        passed += 1
        if not passed % (4 * STEP):
            yield None


# Finding the article


def extract(document: Element, title: str = "") -> list[tuple[str, str]]:
    """The article's text as (kind, text) in reading order; kind is "heading", "paragraph" or "item"."""
    entries, _figures = finished(_extract_steps(document, title, pictures=None))
    return [(kind, text) for kind, text in entries if isinstance(text, str)]


def _extract_steps(
    document: Element, title: str, *, pictures: Callable[[str], bool] | None, nodes: int = 0
) -> Steps[tuple[list[tuple[str, str | Figure]], int]]:
    """The article's text, with its pictures ("figure" entries) in place; and their count. ``pictures``
    says whether a picture's name is a file of the saved page's (None: no pictures are looked for)."""
    blocks, order = yield from _block_steps(document, nodes)
    if not blocks:
        return [], 0
    looked = 0  # characters of text looked at since the last pause
    for number, block in enumerate(blocks):
        if not number % STEP or looked >= STEP_CHARS:
            looked = 0
            yield 0.4 + 0.4 * number / len(blocks)
        block.quality = _quality(block)
        looked += len(block.text)
    if not any(block.quality == "good" for block in blocks):  # a short article: its longest lines lead
        for block in blocks:
            if block.quality == "medium" and block.weight >= 0.5:
                block.quality = "good"
    scores, good_chars, items = yield from _score_steps(order, blocks)
    region = (yield from _highest_steps(scores)) if scores else document
    if scores.get(region, 0.0) <= 0:
        return list(_fallback(blocks, title)), 0
    region = yield from _one_of_several_articles(region, good_chars, title)
    dropped = yield from _clutter_steps(region, good_chars)
    inside = yield from _items_inside_steps(region, items)
    if good_chars.get(region, 0) - sum(good_chars.get(item, 0) for item in inside) >= ARTICLE_OUTSIDE_ITEMS:
        dropped |= inside  # comments or teasers beside an article; with no article beside them, they are it
    yield 0.85
    position: dict[Element | int, int] = {}  # elements entered, and text nodes by id
    images: list[tuple[int, Element]] = []
    for node, entering in region.walk(skip=lambda element: element in dropped):
        if not len(position) % (4 * STEP) and entering:
            yield None
        if isinstance(node, str):
            position[id(node)] = len(position)
        elif entering:
            position[node] = len(position)
            if pictures is not None and node.tag == "img":
                images.append((position[node], node))
    kept = [block for block in blocks if block.owner in position]
    yield None
    emitted = yield from _emit_steps(kept, title)
    yield None
    if pictures is None or not images or not any(index >= 0 for _, _, index, _ in emitted):
        entries: list[tuple[str, str | Figure]] = []
        for number, (kind, text, _, _) in enumerate(emitted):
            if not number % (16 * STEP):
                yield None
            entries.append((kind, text))
        yield from _emptied_steps(position, scores, good_chars, order, emitted, kept, blocks)
        return entries, 0
    return _with_figures(emitted, kept, images, position, pictures)


def _emptied_steps(*piles: dict[Any, Any] | list[Any]) -> Steps[None]:
    """What finding the article made, let go of a few thousand items at a time: let go whole as the steps
    return, a long page's (the places and scores of a listing's 280,000 nodes) took 40 ms of one slice."""
    for pile in piles:
        while pile:
            if isinstance(pile, list):
                del pile[-64 * STEP :]
            else:
                for _ in range(min(len(pile), 16 * STEP)):
                    pile.popitem()
            yield None


def _with_figures(
    emitted: list[tuple[str, str, int, int]],
    kept: list[_Block],
    images: list[tuple[int, Element]],
    position: dict[Element | int, int],
    exists: Callable[[str], bool],
) -> tuple[list[tuple[str, str | Figure]], int]:
    """The text with each picture before the first line that starts after it in the page."""
    figures: list[tuple[int, Figure]] = []
    captioned: set[Element] = set()
    for place, image in images:
        figure = _figure_of(image, captioned, exists)
        if figure is not None:
            figures.append((place, figure))
    out: list[tuple[str, str | Figure]] = []
    pending = 0
    for kind, text, index, line in emitted:
        block = kept[index]
        start = block.starts[line] if block.starts and line < len(block.starts) else None
        place = position.get(start, position[block.owner]) if start is not None else position[block.owner]
        while pending < len(figures) and figures[pending][0] < place:
            out.append(("figure", figures[pending][1]))
            pending += 1
        out.append((kind, text))
    out.extend(("figure", figure) for _, figure in figures[pending:])
    return out, len(figures)


MIN_PICTURE_SIDE = 48
"""A picture declared narrower or lower than this (pixels) is an icon or a tracking pixel."""


def _figure_of(image: Element, captioned: set[Element], exists: Callable[[str], bool]) -> Figure | None:
    """The picture as a Figure, when one of its sources is a file of the saved page and it is no icon."""
    for side in ("width", "height"):
        declared = _declared_pixels(image.attrs.get(side, ""))
        if declared is not None and declared < MIN_PICTURE_SIDE:
            return None
    name = picture_source(image, exists)
    if not name:
        return None
    caption = ""
    holder = image.parent
    while holder is not None and holder.tag not in ("figure", "body"):
        holder = holder.parent
    if holder is not None and holder.tag == "figure" and holder not in captioned:
        captioned.add(holder)
        found = holder.find("figcaption")
        caption = clean(found.text()) if found is not None else ""
    return Figure(name, clean(image.attrs.get("alt", "")), caption)


WANTED_PICTURE_WIDTH = 1400
"""Of a picture's sizes (``srcset``), the one chosen is the narrowest at least this wide, else the
widest: twice the reading column's 700 or so pixels, sharp on a high-density screen (the pane
decodes it down to the column)."""
LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original")
"""Where pages that load their pictures as they scroll into view keep the picture's address."""
SOURCE_SETS = ("data-srcset", "data-lazy-srcset", "srcset")
MAX_SOURCE_SET_CHARS = 8192
"""A ``srcset`` is read up to this many characters (a page's claims are budgeted, not trusted)."""
MAX_CANDIDATES = 32
"""At most this many sources of one picture are looked for in the folder."""
SHOWN_TYPES = frozenset({"image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/gif", "image/webp", "image/bmp"})
"""A ``<picture>``'s ``<source>`` of another type (AVIF, JPEG XL) is one the reader cannot show."""
UNSHOWN_SUFFIXES = (".avif", ".jxl", ".heic", ".heif")


def picture_source(image: Element, exists: Callable[[str], bool]) -> str:
    """The name of the file (or small ``data:`` picture) to show for an ``<img>``, among its sources that
    exist: its ``<picture>``'s ``<source>``s, ``srcset``, the lazy-loading ``data-srcset``, ``data-src``
    and kin, and ``src`` (unless ``src`` is a lazy page's placeholder); "" when none does.

    The widths a ``srcset`` declares only rank the candidates: the pane reads the real size from the
    picture itself. Nothing is fetched: an address on the network is never a candidate.
    """
    declared = _declared_pixels(image.attrs.get("width", ""))
    known: list[tuple[float, int, str]] = []  # (width the page declares, order of preference, name)
    unsized: list[str] = []  # in order of preference
    seen: set[str] = set()

    def consider(url: str, width: float | None) -> None:
        url = url.strip()
        name = url if _inline_picture(url) is not None else local_picture(url)
        if not name or name in seen or len(seen) >= MAX_CANDIDATES or name.lower().endswith(UNSHOWN_SUFFIXES):
            return
        seen.add(name)
        if exists(name):
            (unsized.append(name) if width is None else known.append((width, len(seen), name)))

    def consider_set(value: str) -> None:
        for url, width, density in source_set(value):
            if width is not None:
                consider(url, width)
            elif density is not None:  # 2x of a picture declared 700 wide is 1400 wide
                consider(url, density * (declared or WANTED_PICTURE_WIDTH / 2))
            else:  # no descriptor: 1x
                consider(url, declared)

    holder = image.parent
    if holder is not None and holder.tag == "picture":
        for source in holder.children:
            if isinstance(source, Element) and source.tag == "source":
                kind = source.attrs.get("type", "").strip().lower()
                if not kind or kind in SHOWN_TYPES:
                    for attribute in SOURCE_SETS:
                        consider_set(source.attrs.get(attribute, ""))
    for attribute in SOURCE_SETS:
        consider_set(image.attrs.get(attribute, ""))
    lazy = False
    for attribute in LAZY_SOURCES:
        if attribute in image.attrs:
            lazy = True
            consider(image.attrs[attribute], declared)
    source = image.attrs.get("src", "").strip()
    if not (lazy and source.startswith("data:")):  # a lazy page's src: until then is a placeholder
        consider(source, declared)
    if known:
        wide_enough = [candidate for candidate in known if candidate[0] >= WANTED_PICTURE_WIDTH]
        if wide_enough:  # the narrowest; of equals, the one named first (a lazy page's real picture)
            return min(wide_enough)[2]
        return max(known, key=lambda candidate: (candidate[0], -candidate[1]))[2]
    return unsized[0] if unsized else ""


def source_set(value: str) -> list[tuple[str, int | None, float | None]]:
    """The candidates of a ``srcset`` (HTML's "parse a srcset attribute"): (address, width, density),
    in the page's order; a candidate with a descriptor it cannot read is left out."""
    value = value[:MAX_SOURCE_SET_CHARS]
    candidates: list[tuple[str, int | None, float | None]] = []
    position, end = 0, len(value)
    while position < end and len(candidates) < MAX_CANDIDATES:
        while position < end and (value[position].isspace() or value[position] == ","):
            position += 1
        start = position
        while position < end and not value[position].isspace():
            position += 1
        url, descriptors = value[start:position], ""
        if url.endswith(","):  # "a.png, b.png": no descriptors
            url = url.rstrip(",")
        else:
            comma = value.find(",", position)
            comma = end if comma < 0 else comma
            descriptors, position = value[position:comma], comma + 1
        if not url:
            continue
        width: int | None = None
        density: float | None = None
        readable = True
        for descriptor in descriptors.split():
            if re.fullmatch(r"[0-9]{1,6}w", descriptor) and width is None and int(descriptor[:-1]) > 0:
                width = int(descriptor[:-1])
            elif re.fullmatch(r"[0-9]{0,3}(\.[0-9]{1,3})?x", descriptor) and density is None and descriptor != "x":
                density = float(descriptor[:-1])
                readable = readable and density > 0
            elif not re.fullmatch(r"[0-9]{1,6}h", descriptor):
                readable = False
        if readable and not (width is not None and density is not None):
            candidates.append((url, width, density))
    return candidates


def _declared_pixels(value: str) -> int | None:
    """A width or height attribute in pixels ("600", "600px"), None when it says something else."""
    value = value.strip().removesuffix("px").strip()
    return int(value) if re.fullmatch(r"[0-9]{1,6}", value) else None


def local_picture(source: str) -> str:
    """The path (with /) of a picture inside the page's folder that ``source`` names, or "" when it
    names anything else: an address on the network, a data: URI, a path that leaves the folder."""
    parts = urlsplit(source.strip())
    if parts.scheme or parts.netloc or "\\" in parts.path:
        return ""
    path = unquote(parts.path)
    if not path or path.startswith("/") or "\x00" in path:
        return ""
    pieces = [piece for piece in path.split("/") if piece not in ("", ".")]
    if not pieces or ".." in pieces:
        return ""
    return "/".join(pieces)


MAX_INLINE_PICTURE = 32 * 1024
"""A picture written into the page (a data: URI) is kept up to this many characters; a larger one is
left out (the article's text would carry it)."""
INLINE_TYPES = (
    "data:image/png;base64,",
    "data:image/jpeg;base64,",
    "data:image/gif;base64,",
    "data:image/webp;base64,",
)


def _inline_picture(source: str) -> bytes | None:
    """The bytes of a small picture written into the page as a base64 data: URI, else None."""
    return inline_picture(source, MAX_INLINE_PICTURE)


def inline_picture(source: str, limit: int) -> bytes | None:
    """The bytes of a picture written into a document as a base64 data: URL of at most ``limit``
    characters (PNG, JPEG, GIF or WebP), else None."""
    if len(source) > limit or not source.startswith(INLINE_TYPES):
        return None
    try:
        return base64.b64decode(source.partition(",")[2], validate=True) or None
    except ValueError:  # binascii.Error
        return None


class PageImages:
    """A saved page's pictures, read from its folder one at a time when the pane shows it.

    Only regular files inside the folder are read (a link out of it is refused), each within
    MAX_PICTURE_BYTES; the reading pane decodes no more than its pixel limit.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def _path(self, name: str) -> Path | None:
        if not name or local_picture(name) != name:
            return None
        try:
            root = self._folder.resolve(strict=True)
            path = (root / name).resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        return path if path.is_relative_to(root) and path != root else None

    def has(self, name: str) -> bool:
        """Whether ``name`` is a regular file inside the folder (not read)."""
        if name.startswith("data:"):
            return _inline_picture(name) is not None
        path = self._path(name)
        return path is not None and path.is_file()

    def read(self, name: str) -> bytes | None:
        """The picture's bytes, or None when it cannot be read (missing, outside the folder, too large)."""
        if name.startswith("data:"):
            return _inline_picture(name)
        path = self._path(name)
        if path is None:
            return None
        try:
            return read_regular(path, MAX_PICTURE_BYTES)
        except (OSError, NotRegularFileError, TooLargeError):
            return None

    def head(self, name: str, size: int = 65536) -> bytes | None:
        """The picture's first bytes (enough for its dimensions), without reading the rest."""
        if name.startswith("data:"):
            data = _inline_picture(name)
            return data[:size] if data is not None else None
        path = self._path(name)
        if path is None or not path.is_file():
            return None
        try:
            with path.open("rb") as file:
                return file.read(size)
        except OSError:
            return None


MAX_PICTURE_BYTES = 16 * 1024 * 1024
"""A picture file larger than this is not read (a book's pictures have the same budget)."""


def _items_inside_steps(region: Element, items: set[Element]) -> Steps[set[Element]]:
    """The list items (see _score_steps) inside the region, not counting those inside other items."""
    found: set[Element] = set()
    pending: list[Iterator[Element | str]] = [iter(region.children)]  # children still to look at, one at a time
    looked = 0
    while pending:
        node = next(pending[-1], None)
        if node is None:
            pending.pop()
            continue
        looked += 1
        if not looked % (4 * STEP):
            yield None
        if not isinstance(node, Element):
            continue
        if node in items:
            found.add(node)
        else:
            pending.append(iter(node.children))
    return found


def _highest_steps(scores: dict[Element, float]) -> Steps[Element]:
    """The element of the highest score, the first of equals (as ``max`` gives it), in steps: a page of a
    hundred thousand elements takes some 50 ms."""
    best: Element | None = None
    best_score = 0.0
    for number, (element, score) in enumerate(scores.items()):
        if not number % (16 * STEP):
            yield None
        if best is None or score > best_score:
            best, best_score = element, score
    assert best is not None
    return best


def _one_of_several_articles(region: Element, good_chars: dict[Element, int], title: str) -> Steps[Element]:
    """The page's own article when the region holds several whole ones (a page that loads the next story below).

    Several children of the region, each an <article> or holding an <h1>, each with a quarter of
    its text or more: the one whose heading is the page's title, else the first. (In steps: a child
    holding the whole article, a code listing of a hundred thousand elements, is looked through for
    an <h1> in some 250 ms.)
    """
    total = good_chars.get(region, 0)
    stories = []
    for child in region.children:
        if not isinstance(child, Element) or good_chars.get(child, 0) * 4 < total:
            continue
        if child.tag == "article" or (yield from _headings_steps(child, first_only=True)):
            stories.append(child)
    if len(stories) < 2:
        return region
    key = clean(title).casefold()
    for story in stories:
        if key:
            headings = yield from _headings_steps(story, first_only=False)
            if any(clean(heading.text()).casefold() == key for heading in headings):
                return story
    return stories[0]


def _headings_steps(element: Element, *, first_only: bool) -> Steps[list[Element]]:
    """The <h1> elements in ``element`` (itself included), in document order; only the first if ``first_only``."""
    found: list[Element] = []
    for number, inner in enumerate(element.iter()):
        if not number % (4 * STEP):
            yield None
        if inner.tag == "h1":
            found.append(inner)
            if first_only:
                break
    return found


def _block_steps(document: Element, nodes: int = 0) -> Steps[tuple[list[_Block], list[Element]]]:
    """Cut the page into blocks of text, with the signals each one carries; and its elements, children first.

    ``nodes``: about how many nodes the page has (its progress is told from it), 0 if not known."""
    blocks: list[_Block] = []
    order: list[Element] = []
    weights: list[float] = [1.0]
    owners: list[Element] = [document]
    items: list[Element | None] = [None]
    links = anchors = 0
    parts: list[str] = []
    lines: list[tuple[str, int]] = []
    line_links = line_anchors = 0
    start: int | None = None
    starts: list[int | None] = []

    def end_line() -> None:
        nonlocal line_links, line_anchors, start
        line = " ".join("".join(parts).split())
        if line:
            letters = len(line) - line.count(" ")
            if line_links + line_anchors >= letters and not _heading_of(owners[-1]):
                line_links = letters  # a line of links within the page ("Back to top", a contents list)
            lines.append((line, min(line_links, letters)))
            starts.append(start)
        start = None
        parts.clear()
        line_links = line_anchors = 0

    def end_block() -> None:
        end_line()
        if lines:
            text = "\n".join(line for line, _ in lines)
            chars = len(text) - text.count(" ") - text.count("\n")
            link_chars = sum(count for _, count in lines)
            owner = owners[-1]
            blocks.append(
                _Block(
                    owner,
                    list(lines),
                    text,
                    chars,
                    link_chars,
                    weights[-1],
                    _heading_of(owner),
                    items[-1],
                    starts=list(starts),
                )
            )
            lines.clear()
        starts.clear()

    preformatted = 0
    walked = 0
    for node, entering in document.walk(skip=_not_in_blocks):
        walked += 1
        if not walked % (4 * STEP):
            yield 0.4 * min(1.0, walked / nodes) if nodes else None
        if isinstance(node, str):
            if start is None and not node.isspace():
                start = id(node)
            if preformatted and "\n" in node:  # code and verse keep their lines
                first, *rest = node.split("\n")
                parts.append(first)
                for line in rest:
                    end_line()
                    start = id(node)
                    parts.append(line)
                continue
            parts.append(node)
            if links or anchors:
                letters = len(node) - sum(node.count(space) for space in " \n\t\r")
                if links:
                    line_links += letters
                else:
                    line_anchors += letters
            continue
        tag = node.tag
        if tag == "br":
            if entering:
                end_line()
            continue
        block_level = tag in BLOCK_LEVEL or tag in HEADINGS
        if tag == "pre":
            preformatted += 1 if entering else -1
        if entering:
            if block_level:
                end_block()
            weights.append(weights[-1] * _weight(node))
            if block_level:
                owners.append(node)
            items.append(node if tag in ("li", "dd", "dt") else items[-1])
            if tag == "a" and "href" in node.attrs:
                if _leaves_the_page(node):
                    links += 1
                else:
                    anchors += 1
        else:
            order.append(node)
            if block_level:
                end_block()
                owners.pop()
            weights.pop()
            items.pop()
            if tag == "a" and "href" in node.attrs:
                if _leaves_the_page(node):
                    links -= 1
                else:
                    anchors -= 1
    end_block()
    return blocks, order


def _leaves_the_page(link: Element) -> bool:
    """A link to elsewhere; one to a place in the page (a heading's own anchor, a footnote) is text among text."""
    href = link.attrs.get("href")
    return href is not None and not href.startswith("#")


def _heading_of(owner: Element) -> str:
    """The heading a block's text is in (its own element or the one around it), or ""."""
    if owner.tag in HEADINGS:
        return owner.tag
    parent = owner.parent
    return parent.tag if parent is not None and parent.tag in HEADINGS else ""


def _not_in_blocks(element: Element) -> bool:
    """No text, or an inline label marked as clutter inside a paragraph (a date or byline before its text)."""
    if _holds_no_text(element):
        return True
    if element.tag in INLINE_LABELS and ("class" in element.attrs or "id" in element.attrs):
        return marks_of(element)[0] and len(element.text()) <= 80
    return False


def _holds_no_text(element: Element) -> bool:
    if element.tag in NO_TEXT:
        return element.tag not in UNCLOSED_SWALLOW or not _swallowed_the_page(element)
    if "hidden" in element.attrs:
        return True
    attrs = element.attrs
    if attrs.get("aria-hidden") == "true" or attrs.get("type") == "hidden":
        return True
    style = attrs.get("style")
    if style:
        compact = style.replace(" ", "").lower()
        return "display:none" in compact or "visibility:hidden" in compact
    return False


def _swallowed_the_page(control: Element) -> bool:
    """A control or media element that holds paragraphs: its end tag was left out, the page is inside it."""
    return any(element.tag in SWALLOWED_SIGNS for element in control.iter())


def marks_of(element: Element) -> tuple[bool, bool]:
    """(marked as clutter, marked as article) by the element's class and id names, each read as a whole.

    In a name holding both kinds of word, its last word decides (``story__photo-caption`` is a
    caption, ``comment-content`` content), except words such as *related* that put a page part
    aside wherever they stand (``related-articles``).
    """
    attrs = element.attrs
    classes = attrs.get("class")
    negative, positive = _marks_of_names(classes) if classes else (False, False)
    name = attrs.get("id")
    if name and not name.isdigit():  # a line's number (a code listing's 50,000) marks nothing
        by_id = _marks_of_names(name)
        negative, positive = negative or by_id[0], positive or by_id[1]
    return negative, positive


@functools.lru_cache(maxsize=4096)
def _marks_of_names(names: str) -> tuple[bool, bool]:
    """Pages repeat their class names (a menu's hundred links): each set of names is read once. The marks
    of several names are those of each, or-ed (so the class and the id are read apart: ids are unique,
    classes repeat)."""
    negative = positive = False
    for name in names.split():
        words = [word.lower() for word in _WORD_SPLIT.split(name) if word]
        bad = [word for word in words if word in NEGATIVE]
        good = [word for word in words if word in POSITIVE]
        if bad and (not good or words[-1] not in POSITIVE or any(word in ASIDE_WORDS for word in bad)):
            negative = True
        elif good:
            positive = True
    return negative, positive


def _weight(element: Element) -> float:
    """How much the text in this element counts, by its tag and the words of its class and id.

    The names of <html> and <body> say what kind of page it is (``no-sidebar``, ``cookies-not-set``),
    not which part of it is the article: they are not read.
    """
    if element.tag in ("html", "body"):
        return 1.0
    weight = STRUCTURAL_WEIGHT.get(element.tag, 1.0)
    if element.attrs.get("itemprop") == "articleBody":
        weight *= 2.0
    if element.attrs.get("role") in CLUTTER_ROLES:
        weight *= 0.3
    negative, positive = marks_of(element)
    if negative:
        weight *= 0.3 if not positive else 0.6
    elif positive:
        weight *= 1.3
    if element.tag == "article":
        weight *= 1.2
    return weight


def _is_legal(text: str) -> bool:
    """Whether ``_LEGAL`` matches in ``text`` (a copyright line), found as ``_LEGAL.search`` finds it, in a
    tenth of its time: the regular expression, ignoring case, tries each of its alternatives at every
    character (0.2 s over a code listing of 3 MB, one block of a saved source file), while ``str.find``
    looks for plain text. Each alternative holds a piece of ``LEGAL_ANCHORS`` at a fixed distance from its
    start, and each character ``re.IGNORECASE`` matches with one of those pieces' letters lower-cases to
    that letter; so every match of ``_LEGAL`` has its piece in ``text.lower()`` at the same place, and the
    expression is only tried where a piece stands. (A text whose lower case is longer, an İ in it, is
    searched whole.)"""
    lowered = text.lower()
    if len(lowered) != len(text):
        return _LEGAL.search(text) is not None
    for anchor, offset in LEGAL_ANCHORS:
        found = lowered.find(anchor, offset)
        while found >= 0:
            if _LEGAL.match(text, found - offset):
                return True
            found = lowered.find(anchor, found + 1)
    return False


def _quality(block: _Block) -> str:
    """The block's kind: "good" (article text), "medium" (may be), "short" (a line) or "links"."""
    density = block.link_density
    if density > 0.5:
        return "links"
    if _is_legal(block.text):
        return "short"  # a copyright line reads as a sentence but is the site's, not the article's
    if block.chars >= GOOD and density <= 0.45 and _reads_as_sentences(block.text):
        return "good"
    if _AD_LABEL.match(block.text):
        return "links"  # "Advertisement" over an ad's empty box
    if block.chars >= 3 * GOOD and density <= 0.5:
        return "good"
    if block.chars >= MEDIUM and (density <= 0.35 or (density <= 0.5 and _SENTENCE_END.search(block.text))):
        return "medium"
    return "short"


def _reads_as_sentences(text: str) -> bool:
    words = len(text.split(maxsplit=12))  # the words up to 13 (a block of megabytes is not split whole)
    return words >= 12 or (words >= 6 and bool(_SENTENCE_END.search(text)))


def _value(block: _Block) -> float:
    """What a block adds to the score of every element around it."""
    text = block.chars * (1.0 - block.link_density)
    if block.quality == "good":
        return text * block.weight
    if block.quality == "medium":
        return 0.3 * text * block.weight
    if block.quality == "links":
        return -1.0 * block.chars
    return -0.2 * block.chars


def _score_steps(
    order: list[Element], blocks: list[_Block]
) -> Steps[tuple[dict[Element, float], dict[Element, int], set[Element]]]:
    """Each element's score (the sum of its blocks' values), its good text's length, and the items of lists.

    Summed bottom-up. An element that is one of several alike (same tag and class) each
    holding text among links or dates is an item of a list (comments, teasers,
    related articles): its text counts for less, and inside the article it is left out.
    """
    own_score: dict[Element, float] = {}
    own_good: dict[Element, int] = {}
    own_noise: dict[Element, int] = {}
    for number, block in enumerate(blocks):
        if not number % (4 * STEP):
            yield None
        owner = block.owner
        own_score[owner] = own_score.get(owner, 0.0) + _value(block)
        if block.quality == "good":
            own_good[owner] = own_good.get(owner, 0) + block.chars
        elif (block.quality == "links" and block.link_chars) or (block.quality == "short" and _is_byline(block.text)):
            own_noise[owner] = own_noise.get(owner, 0) + 1  # a link, a date or a name: what items carry
    good: dict[Element, int] = {}
    noise: dict[Element, int] = {}
    for number, node in enumerate(order):  # children come before their parent
        if not number % (4 * STEP):
            yield None
        good[node] = good.get(node, 0) + own_good.get(node, 0)
        noise[node] = noise.get(node, 0) + own_noise.get(node, 0)
        parent = node.parent
        if parent is not None:
            good[parent] = good.get(parent, 0) + good[node]
            noise[parent] = noise.get(parent, 0) + noise[node]
    items = yield from _list_items_steps(order, good, noise)
    yield None
    in_item: set[Element] = set()
    for number, node in enumerate(reversed(order)):  # parents come before their children
        if not number % (4 * STEP):
            yield None
        if node in items or node.parent in in_item:
            in_item.add(node)
    scores: dict[Element, float] = {}
    for number, node in enumerate(order):  # children come before their parent
        if not number % (4 * STEP):
            yield None
        own = own_score.get(node, 0.0)
        total = scores.get(node, 0.0) + (own * 0.3 if node in in_item and own > 0 else own)
        scores[node] = total
        if node.parent is not None:
            scores[node.parent] = scores.get(node.parent, 0.0) + total
    return scores, good, items


def _list_items_steps(order: list[Element], good: dict[Element, int], noise: dict[Element, int]) -> Steps[set[Element]]:
    """Elements that are alike siblings, each with some text and at least as many links or dates."""
    groups: dict[tuple[int, str, str], list[Element]] = {}
    for number, element in enumerate(order):
        if not number % (16 * STEP):
            yield None  # a listing's 137,000 elements: some 25 ms in all
        if element.parent is not None and good.get(element, 0) and noise.get(element, 0):
            key = (id(element.parent), element.tag, element.attrs.get("class", ""))
            groups.setdefault(key, []).append(element)
    items: set[Element] = set()
    for members in groups.values():
        if len(members) >= 2 and all(noise[member] >= _good_blocks(member, good) for member in members):
            items.update(members)
    return items


def _good_blocks(element: Element, good: dict[Element, int]) -> int:
    """About how many paragraphs an element's good text makes (a paragraph of about 200 letters)."""
    return max(1, good.get(element, 0) // 200)


def _clutter_steps(region: Element, good_chars: dict[Element, int]) -> Steps[set[Element]]:
    """Parts of the article marked as clutter that do not hold most of its text."""
    total = good_chars.get(region, 0)
    found: set[Element] = set()
    for number, element in enumerate(region.iter()):
        if not number % (4 * STEP):
            yield None
        if element is not region and _marked_as_clutter(element) and good_chars.get(element, 0) * 2 <= total:
            found.add(element)
    return found


def _marked_as_clutter(element: Element) -> bool:
    if element.tag in ("html", "body"):
        return False
    if element.tag in STRUCTURAL_CLUTTER or element.attrs.get("role") in CLUTTER_ROLES:
        return True
    negative, positive = marks_of(element)
    return negative and not positive


def _emit_steps(blocks: list[_Block], title: str) -> Steps[list[tuple[str, str, int, int]]]:
    """The blocks worth keeping, as (kind, text, index of its block or -1, its line): paragraphs, headings before
    text, lists, lines between paragraphs."""
    good_positions = [index for index, block in enumerate(blocks) if block.quality == "good" and not block.heading]
    if not good_positions:
        return [(kind, text, -1, 0) for kind, text in _fallback(blocks, title)]
    first, last = good_positions[0], good_positions[-1]
    yield None
    list_density = _list_link_density(blocks)
    keep = [False] * len(blocks)
    for index, block in enumerate(blocks):
        if not index % STEP:
            yield 0.9
        if block.heading:
            continue
        between = first <= index <= last
        if block.item is not None:
            keep[index] = block.quality != "links" and list_density.get(block.item.parent, 1.0) <= 0.4 and between
        elif block.quality == "good":
            keep[index] = True
        elif block.quality in ("medium", "short"):
            keep[index] = between and not _is_byline(block.text)
    # Lines just before the first paragraph or after the last one: kept while they read as sentences.
    for direction, start in ((-1, first - 1), (1, last + 1)):
        index = start
        while 0 <= index < len(blocks):
            block = blocks[index]
            if block.item is not None and block.quality != "links":
                if list_density.get(block.item.parent, 1.0) > 0.2:
                    break
                keep[index] = True
            elif not block.heading:
                if not (
                    _ends_sentence(block)
                    or (direction < 0 and _introduces(block))
                    or (index == first - 1 and _is_standfirst(block))
                ):
                    break
                keep[index] = True
            index += direction
    title_key = clean(title).casefold()
    out: list[tuple[str, str, int, int]] = []
    for index, block in enumerate(blocks):
        if not index % STEP:
            yield 0.95
        if block.heading:
            heading = clean(block.text)
            following = next((other for other in range(index + 1, len(blocks)) if not blocks[other].heading), None)
            if (
                following is not None
                and keep[following]
                and block.link_density <= 0.5
                and heading.casefold() != title_key
            ):
                out.append(("heading" if block.heading in SECTION_HEADINGS else "paragraph", heading, index, 0))
        elif keep[index]:
            kind = "item" if block.item is not None else "paragraph"
            for number, (line, links) in enumerate(block.lines):
                if number and not number % (4 * STEP):
                    yield 0.95  # a block of tens of thousands of lines (a code listing): 250 ms at once
                if _line_kept(line, links, block) and line.casefold() != title_key:
                    out.append((kind, line, index, number))
    return out


def _line_kept(line: str, links: int, block: _Block) -> bool:
    """A line of a kept block, unless it is a byline or a link on its own ("Read also: …") in a longer block."""
    if _is_byline(line):
        return False
    return len(block.lines) == 1 or links * 2 <= len(line) - line.count(" ")


def _introduces(block: _Block) -> bool:
    """A label that introduces what follows it ("Ответ:", "He said:"), just before the article's text."""
    text = block.text
    return block.quality == "short" and block.link_chars == 0 and text.endswith(":") and not _is_byline(text)


def _is_standfirst(block: _Block) -> bool:
    """A lead line just before the first paragraph: several words, no links (it need not end a sentence)."""
    return (
        block.quality == "medium"
        and block.item is None
        and block.link_chars == 0
        and len(block.lines) == 1
        and len(block.text.split()) >= 6
        and (_reads_as_prose(block.text) or not any(character.isdigit() for character in block.text))
        and not _is_byline(block.text)
    )


def _reads_as_prose(text: str) -> bool:
    """Ten words or more and none of the separators a line of metadata strings together ("· 5 мин", "| 12:30")."""
    return len(text.split()) >= 10 and not any(mark in text for mark in ("|", "·", "•", " / "))


def _ends_sentence(block: _Block) -> bool:
    """A short text of the article at its start or end: a sentence, few links, no byline."""
    text = block.text.rstrip()
    return (
        block.quality in ("medium", "short")
        and block.item is None
        and block.link_density <= 0.2
        and len(text.split()) >= 2
        and text.endswith((".", "!", "?", "…", ".»", '."', "?»", "!»"))
        and not _is_byline(text)
    )


def _list_link_density(blocks: list[_Block]) -> dict[Element | None, float]:
    chars: dict[Element | None, int] = {}
    links: dict[Element | None, int] = {}
    for block in blocks:
        if block.item is not None:
            key = block.item.parent
            chars[key] = chars.get(key, 0) + block.chars
            links[key] = links.get(key, 0) + block.link_chars
    return {key: links[key] / chars[key] for key in chars if chars[key]}


def _is_byline(line: str) -> bool:
    """A byline, credit or dateline: "By …", "Фото: …", "12.11.2025 10:30", "Fri 14 Mar 2025 06.00 GMT"."""
    text = line.strip()
    if len(text) >= 90:
        return False
    if _DATELINE.match(text) or _is_date(text):
        return True
    if not _BYLINE.match(text):
        return False
    words = len(text.split())  # "By Sunday, the storm had passed." is a sentence, not a byline
    return words <= 12 and not (words > 4 and text.endswith((".", "!", "?")))


def _is_date(text: str) -> bool:
    """Digits and only the words a date is written with (months, weekdays, "at", "жылы", a time zone…)."""
    if not any(character.isdigit() for character in text):
        return False
    words = _LETTERS.findall(text.casefold())
    return bool(words) and all(word in DATE_WORDS for word in words)


def _fallback(blocks: list[_Block], title: str) -> list[tuple[str, str]]:
    """A page of short lines only (a poem, a notice): every line that is neither links nor clutter.

    When every line stands in something marked as clutter (an article inside a part named
    "sidebar"), its sentences are taken rather than refuse a page that has text of its own;
    a menu's words are not.
    """
    title_key = clean(title).casefold()
    for least_weight, kinds in ((0.5, ("good", "medium", "short")), (0.0, ("good", "medium"))):
        out = [
            ("paragraph", line)
            for block in blocks
            if block.quality in kinds and block.weight >= least_weight and not _is_legal(block.text)
            for line, _links in block.lines
            if line.casefold() != title_key and not _is_byline(line)
        ]
        letters = sum(len(line) - line.count(" ") for _kind, line in out)
        if letters >= MEDIUM or any(line.endswith((".", "!", "?", "…")) for _kind, line in out):
            return out  # a word or two that make no sentence ("Page not found", "Menu") are not an article
    return []


# The page's metadata


def page_info(document: Element) -> PageInfo:
    """Title, date and source from Open Graph, JSON-LD, <h1>, <title>, <time> and the page's address."""
    return finished(_page_info_steps(document))


def _page_info_steps(document: Element) -> Steps[PageInfo]:
    """``page_info`` in steps."""
    meta: dict[str, str] = {}
    title_tag = ""
    time_value = ""
    h1 = ""
    canonical = ""
    linked_data: list[object] = []
    for number, element in enumerate(document.iter()):
        if not number % (4 * STEP):
            yield None
        tag = element.tag
        if tag == "meta":
            key = (element.get("property") or element.get("name") or element.get("itemprop")).lower()
            if key and "content" in element.attrs:
                meta.setdefault(key, element.attrs["content"])
        elif tag == "title" and not title_tag:
            title_tag = clean(element.text() or "".join(c for c in element.children if isinstance(c, str)))
        elif tag == "time" and not time_value:
            time_value = element.get("datetime")
        elif tag == "h1" and not h1:
            h1 = clean(element.text())
        elif tag == "link" and "canonical" in element.get("rel").lower().split():
            canonical = element.get("href")
        elif tag == "script" and element.get("type").lower() == "application/ld+json":
            linked_data.extend(_json_ld(element))
        elif element.get("itemprop") == "datePublished" and "datePublished" not in meta:
            meta["datepublished"] = element.get("datetime") or element.get("content")
    headline, published, publisher = _from_linked_data(linked_data)
    title = (
        clean(meta.get("og:title", ""))
        or headline
        or h1
        or _heading_in(document, title_tag)
        or _without_site_name(title_tag)
    )
    date = None
    for candidate in (
        meta.get("article:published_time"),
        published,
        meta.get("datepublished"),
        meta.get("date"),
        meta.get("dc.date"),
        meta.get("dc.date.issued"),
        meta.get("pubdate"),
        time_value,
    ):
        date = _date(candidate or "")
        if date is not None:
            break
    source = clean(meta.get("og:site_name", "")) or publisher or _site_of(meta.get("og:url", "")) or _site_of(canonical)
    return PageInfo(_without_site(title, source), date, source)


def _heading_in(document: Element, title_tag: str) -> str:
    """The longest h2…h4 whose text the <title> holds (a page that titles its article with a lower heading)."""
    key = title_tag.casefold()
    best = ""
    if key:
        for element in document.iter():
            if element.tag in ("h2", "h3", "h4"):
                text = clean(element.text())
                if len(text) >= 8 and len(text) > len(best) and text.casefold() in key:
                    best = text
    return best


def _json_ld(element: Element) -> list[object]:
    """The JSON-LD objects of a script (a list, an @graph or one object); nothing when it is not JSON."""
    text = "".join(child for child in element.children if isinstance(child, str)).strip()
    if not text or len(text) > 1_000_000:
        return []
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    found: list[object] = []
    pending = [data]
    while pending and len(found) < 200:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extend(reversed(graph))
    return found


ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenewsarticle", "webpage", "analysisnewsarticle")


def _from_linked_data(objects: list[object]) -> tuple[str, str, str]:
    """(headline, datePublished, publisher's name) of the page's article in its JSON-LD."""
    headline = published = publisher = ""
    for item in objects:
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        kinds = [str(k).lower() for k in kind] if isinstance(kind, list) else [str(kind).lower()]
        if not any(k in ARTICLE_TYPES or k.endswith("article") for k in kinds):
            continue
        if not headline and isinstance(item.get("headline"), str):
            headline = clean(html.unescape(item["headline"]))  # CMSs write entities into JSON-LD too
        if not published and isinstance(item.get("datePublished"), str):
            published = item["datePublished"]
        owner = item.get("publisher")
        if not publisher and isinstance(owner, dict) and isinstance(owner.get("name"), str):
            publisher = clean(html.unescape(owner["name"]))
    return headline, published, publisher


def _without_site(title: str, site: str) -> str:
    """``Title | Site`` is Title when Site is the page's known source (og:title often carries it)."""
    if site and title.casefold().endswith(site.casefold()):
        stripped = re.sub(r"\s*[|–—:·•-]\s*$", "", title[: len(title) - len(site)]).strip()
        if stripped and stripped != title[: len(title) - len(site)]:
            return stripped
    return title


def _without_site_name(title: str) -> str:
    """``Article | Site`` is Article: the longest part between the separators sites use."""
    parts = [part.strip() for part in re.split(r"\s+[|–—-]\s+|\s+::\s+|\s+»\s+", title) if part.strip()]
    return max(parts, key=len) if parts else title


_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _date(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = _DOTTED_DATE.search(text)
    if found:
        try:
            return dt.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        except ValueError:
            return None
    return None


def _site_of(url: str) -> str:
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


# Kept for the EPUB reader: a chapter's body without clutter, its blocks in order


def prune(element: Element) -> Element:
    """A copy of ``element`` without scripts, forms' controls and hidden parts (built with a stack)."""
    copy = Element(element.tag, element.attrs)
    pending: list[tuple[Element, Element]] = [(element, copy)]
    while pending:
        original, made = pending.pop()
        for child in original.children:
            if isinstance(child, str):
                made.children.append(child)
            elif child.tag == "br" or not (_holds_no_text(child) or child.tag in ("nav", "aside", "figure")):
                kept = Element(child.tag, child.attrs, made)
                made.children.append(kept)
                pending.append((child, kept))
    return copy


BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "dd", "dt"})


def collect_blocks(element: Element, builder: ArticleBuilder, title: str) -> None:
    """Headings, paragraphs and list items of ``element`` in order (a chapter's text)."""
    pending: list[Element | str] = list(reversed(element.children))
    while pending:
        child = pending.pop()
        if isinstance(child, str):
            continue
        if child.tag in SECTION_HEADINGS:
            text = clean(child.text())
            if text and text != title:
                builder.heading(text)
        elif child.tag == "li":
            builder.list_item(child.text())
        elif child.tag in BLOCKS:
            for line in child.text().split("\n"):
                builder.paragraph(line)
        else:
            pending.extend(reversed(child.children))
