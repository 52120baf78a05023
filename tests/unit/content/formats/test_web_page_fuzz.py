"""A saved web page raises nothing but ContentError, whatever its bytes and markup (hypothesis).

Pages are generated as tag soup from the tags and attributes that steer the importer (blocks,
tables, lists, clutter names, <br>, scripts, JSON-LD, charset declarations), unclosed and
misnested, in several character sets, and as raw bytes.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.content import ContentError
from desktop.content.loader import parse_article_bytes

TAGS = ["p", "div", "span", "a href='/x'", "br", "li", "ul", "table", "tr", "td", "h1", "h2", "article", "main",
        "nav", "aside", "footer", "form", "figure", "figcaption", "script", "style", "select", "option", "pre", "b",
        "html", "body", "head", "title", "meta charset='windows-1251'", "meta property='og:title' content='Т'",
        "script type='application/ld+json'", "div class='comments'", "div class='entry-content'", "template",
        "div hidden", "div style='display:none'", "dl", "dt", "dd", "?xml version='1.0' encoding='koi8-r'?", "!--",
        "meta charset='idna'", "meta charset='utf-7'",
        "meta http-equiv='Content-Type' content='text/html; charset=kz1048'",
]  # fmt: skip
WORDS = st.sampled_from([
    "Қазақстан", "мақала", "абзац.", "Article text,", "текст", "{\"@type\":", "&amp;", "&#1179;",
    "&#xD800;", "&#99999999;", "\u0000", "\ufeff", "<", ">", "]]>", "--", "'", '"', " ", "\n",
])  # fmt: skip
TOKENS = st.one_of(
    st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
    st.sampled_from(TAGS).map(lambda tag: f"</{tag.split()[0]}>"),
    st.sampled_from(TAGS).map(lambda tag: f"<{tag}/>"),
    WORDS,
)
MARKUP = st.lists(TOKENS, max_size=120).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1251", "kz1048", "koi8_r", "cp1252"])


def read(data: bytes) -> None:
    try:
        article = parse_article_bytes(data, "page.html", dt.date(2025, 1, 1))
    except ContentError:
        return
    assert article.passages


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP, ENCODINGS)
def test_any_tag_soup_in_any_character_set_gives_an_article_or_a_content_error(markup, encoding):
    read(markup.encode(encoding, "replace"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_an_article_or_a_content_error(data):
    read(data)
