"""Exporters: plain text, Markdown and standalone HTML."""

import html
from html.parser import HTMLParser

from desktop.content import parse_article
from desktop.content.export import escape, to_html, to_markdown
from tests.helpers.articles import GOOD
from tests.helpers.books import every_kind_of_block


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in {"h2", "p", "li"}:
            self._current = []

    def handle_endtag(self, tag):
        if tag in {"h2", "p", "li"} and self._current is not None:
            self.blocks.append("".join(self._current))
            self._current = None

    def handle_data(self, data):
        if self._current is not None:
            self._current.append(data)


def test_html_is_standalone_and_declares_language_and_charset(article):
    document = to_html(article)
    assert document.startswith("<!DOCTYPE html>")
    assert '<html lang="kk">' in document
    assert '<meta charset="utf-8">' in document
    assert f"<title>{html.escape(article.title)}</title>" in document


def test_html_keeps_every_passage_text(article):
    collector = _TextCollector()
    collector.feed(to_html(article))
    assert collector.blocks[1:] == [p.text for p in article.passages]  # [0] is the byline


def test_html_escapes_markup_in_content():
    document = to_html(parse_article(GOOD))
    assert "&lt;b&gt;жуан емес&lt;/b&gt;" in document
    assert "<b>" not in document


def test_markdown_has_title_headings_and_lists(article):
    markdown = to_markdown(article)
    assert markdown.startswith(f"# {article.title}\n")
    assert '## Батыс медиасының бағасы: "Теңгерімді сыртқы саясат"\n' in markdown
    assert "\n- экономикалық серіктестікті кеңейту,\n" in markdown


def test_markdown_escapes_characters_markdown_would_interpret():
    markdown = to_markdown(parse_article(GOOD))
    assert r"Бірінші \*абзац\* \<b\>жуан емес\</b\> \\ қалады." in markdown


# -- the reader's highlights in an HTML export ---------------------------------------------------


def test_highlights_are_spans_around_exactly_their_words_and_notes_are_numbered_at_the_end():
    from desktop.content.export import ExportMark, html_body

    article = parse_article(GOOD)
    marks = [
        ExportMark(0, 8, 15, "#fff0a0", note="жұлдызшалар қалады"),  # "*абзац*"
        ExportMark(0, 16, 32, "#cfe2ff"),  # "<b>жуан емес</b>": markup stays text inside a highlight
        ExportMark(4, 0, 5, "#7a5b00", underline=True, note="<соңы>"),  # "Соңғы"
    ]
    body = html_body(article, marks)
    assert (
        '<p id="lead">Бірінші <span class="highlight" style="background-color: #fff0a0">*абзац*</span>'
        '<sup class="note-ref">[1]</sup> <span class="highlight" style="background-color: #cfe2ff">'
        "&lt;b&gt;жуан емес&lt;/b&gt;</span> \\ қалады.</p>"
    ) in body
    assert (
        '<p><span class="highlight" style="text-decoration: underline; color: #7a5b00">Соңғы</span>'
        '<sup class="note-ref">[2]</sup> абзац.</p>'
    ) in body
    assert body.endswith('<hr><ol class="notes"><li>жұлдызшалар қалады</li><li>&lt;соңы&gt;</li></ol>')


def test_highlights_change_no_character_of_the_text():
    from desktop.content.export import ExportMark

    article = parse_article(GOOD)
    marks = [ExportMark(0, 0, 7, "#fff0a0"), ExportMark(0, 3, 20, "#cdeec4"), ExportMark(3, 0, 99, "#ffd6e7")]
    plain, marked = _TextCollector(), _TextCollector()
    plain.feed(to_html(article))
    marked.feed(to_html(article, marks).split("<hr>")[0])
    assert [block.replace("[1]", "") for block in marked.blocks] == plain.blocks
    assert to_html(article, marks).count('class="highlight"') == 3  # the overlap is cut, not doubled


def test_without_highlights_the_html_is_as_before(article):
    assert to_html(article, []) == to_html(article)
    assert 'class="highlight"' not in to_html(article)


def test_escape_does_exactly_what_the_standard_library_does():
    samples = ["", "Қазақ", "<b>\"a\" & 'b'</b>", "&amp; &lt;", "<img src=x onerror='1'>", "a>b<c", "'\"&<>" * 3]
    for sample in samples:
        assert escape(sample) == html.escape(sample), sample


def test_a_books_html_made_in_spans_from_any_block_is_the_html_made_at_once():
    """The reading pane shows a long book through windows of its blocks: made a span at a time,
    from any place, the elements are the whole article's, with their passage counts."""
    from desktop.content.export import PartSpan, block_places, html_parts
    from desktop.content.model import (
        Article,
        Paragraph,
        Section,
        Verse,
    )

    blocks = every_kind_of_block()
    sections = (
        Section("lead", "Кіріспе", "Кіріспе", "i.x", (Paragraph("Алғы сөз."),), False),
        Section("s1", "Бөлім", "Бөлім", "i.x", blocks, True, 3),
        Section("s2", "Соңы", "Соңы", "i.x", (Verse(("соңғы жол",), False), Paragraph("Бітті.")), True, 2),
    )
    article = Article("Кітап", "2025-01-02", "Баспа", "kk", sections)
    whole = list(html_parts(article))
    places = list(block_places(article))
    # the heading of each section in the text, and each block: 1 + 1 + 8 + 1 + 2
    assert [(place.section, place.block) for place in places][:3] == [(0, 0), (1, -1), (1, 0)]
    assert [place.passage for place in places] == [0, 1, 2, 3, 5, 6, 8, 11, 12, 12, 13, 14, 15]
    assert places[-1].passage == len(article.passages) - 1
    for cut in range(1, len(places)):
        head = list(html_parts(article, span=PartSpan(places[0], places[cut])))
        tail = list(html_parts(article, span=PartSpan(places[cut], None)))
        assert head + tail == whole, cut
    for first, last in zip(places, places[2:], strict=False):  # a window in the middle: its blocks alone
        middle = list(html_parts(article, span=PartSpan(first, last)))
        assert middle and middle[-1][1] == last.passage
