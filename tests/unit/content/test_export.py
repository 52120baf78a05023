"""Exporters: plain text, Markdown and standalone HTML."""

import html
from html.parser import HTMLParser

from desktop.content import parse_article
from desktop.content.export import to_html, to_markdown
from tests.helpers.articles import GOOD


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
