"""The Markdown export, rendered by a CommonMark renderer, gives back exactly the article's text."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from desktop.content.export import byline, to_markdown
from desktop.content.model import Article, BulletList, Paragraph, Section

BLOCK_TAGS = {"h1", "h2", "p", "li"}


class _Blocks(HTMLParser):
    """The text of each heading, paragraph and list item of rendered HTML, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.tags: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._open = []
            self.tags.append(tag)
        elif self._open is not None and tag not in ("em",):
            self.tags.append(tag)  # anything else inside a block is markup the text turned into

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS and self._open is not None:
            self.blocks.append("".join(self._open))
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)


def rendered_blocks(markdown: str) -> tuple[list[str], list[str]]:
    parser = _Blocks()
    parser.feed(MarkdownIt("commonmark").render(markdown))
    return parser.blocks, parser.tags


def expected_blocks(article: Article) -> list[str]:
    blocks = [article.title, byline(article)]
    for section in article.sections:
        if section.heading_in_text:
            blocks.append(section.heading)
        for block in section.blocks:
            blocks += list(block.items) if isinstance(block, BulletList) else [block.text]
    return blocks


def one_section_article(*texts: str, heading: str = "Бөлім", items: tuple[str, ...] = ()) -> Article:
    blocks = [Paragraph(text) for text in texts] + ([BulletList(items)] if items else [])
    lead = Section("lead", "Кіріспе", "Кіріспе", "fa6s.book-open", (Paragraph("Кіріспе."),), heading_in_text=False)
    main = Section("main", "Негізгі", heading, "fa6s.star", tuple(blocks))
    return Article("Тақырып", dt.date(2025, 11, 15), "BAQ.KZ", "kk", (lead, main))


def test_the_bundled_article_round_trips(article):
    blocks, tags = rendered_blocks(to_markdown(article))
    assert blocks == expected_blocks(article)
    assert set(tags) <= {"h1", "h2", "p", "li"}


@pytest.mark.parametrize(
    "text",
    [
        "1. бір",  # would be an ordered list (and gained a visible backslash before)
        "2) екі",
        "&amp; және &copy; &#65;",  # entities would be decoded
        "---",  # a thematic break
        "***",
        "___",
        "=====",
        "    төрт бос орыннан",  # an indented code block
        "\tтабуляциядан",
        "соңында бос орын  ",
        "```",
        "~~~ сызылған ~~",
        "# тор",
        "## екі тор ##",
        "> дәйексөз",
        "- сызықша",
        "+ қосу",
        "* жұлдызша",
        "<b>жуан</b> <img src=x> <http://example.com>",
        "[сілтеме](http://example.com) ![сурет](x.png)",
        "*көлбеу* _көлбеу_ **жуан** `код`",
        "\\ кері қиғаш \\* және соңында \\",
        "| кесте | жол |",
        '"жаңа тактикалық кезең"деп',
    ],
)
def test_text_that_markdown_would_interpret_round_trips(text):
    article = one_section_article(text, heading=text, items=(text,))
    blocks, tags = rendered_blocks(to_markdown(article))
    assert blocks == expected_blocks(article)
    assert set(tags) <= {"h1", "h2", "p", "li", "ul"}


def test_ordinary_punctuation_stays_readable(article):
    markdown = to_markdown(article)
    assert "Reuters агенттігі бұл сапарды Қазақстанның көпвекторлы саясатының айқын көрінісі деп" in markdown


PRINTABLE = st.text(
    alphabet=st.sampled_from(list("аәқңө AZaz09 \t.,;:!?\"'()[]{}<>*_`~#+-=|\\/&%$@^«»—–")), min_size=1, max_size=40
).filter(lambda text: text.strip())


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(texts=st.lists(PRINTABLE, min_size=1, max_size=3), heading=PRINTABLE, item=PRINTABLE)
def test_any_text_round_trips(texts, heading, item):
    article = one_section_article(*texts, heading=heading, items=(item,))
    blocks, _tags = rendered_blocks(to_markdown(article))
    assert blocks == expected_blocks(article)
