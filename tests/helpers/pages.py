"""Long saved web pages made for the tests: an article of numbered paragraphs, and what stands around it."""

from __future__ import annotations

import html

WORDS = [
    "Қазақ",
    "даласының",
    "кең",
    "жазиралы",
    "жерінде",
    "ерте",
    "заманнан",
    "бері",
    "көшпелі",
    "ел",
    "өмір",
    "сүрген",
    "және",
    "мал",
    "баққан",
]


def long_page(paragraphs: int, *, before: str = "", after: str = "", charset: str = "utf-8") -> str:
    """A saved page of a long article: numbered paragraphs of sentences in an <article>, ``before`` and
    ``after`` it in the body."""
    body = "".join(
        f"<p>{number}. {html.escape(' '.join(WORDS[(number + k) % len(WORDS)] for k in range(60)))}.</p>"
        for number in range(paragraphs)
    )
    return (
        f'<html><head><meta charset="{charset}"><title>Ұзақ бет</title></head><body>{before}'
        f"<article><h1>Ұзақ бет</h1>{body}</article>{after}</body></html>"
    )


def page_with_another_start(paragraphs: int) -> str:
    """A long page that begins with a sidebar's text: what its first part reads as the article is not
    the article its whole page has."""
    teasers = "".join(f"<p>Алғы сөз {n}: {' '.join(WORDS * 3)}.</p>" for n in range(120))
    return long_page(paragraphs, before=f"<div class='sidebar'>{teasers}</div>")


def code_listing_page(lines: int) -> str:
    """A long page of source code as documentation sites save it: a menu of links, the listing in one
    <pre> of thousands of lines, each a line number and coloured words (elements by the hundred thousand),
    and a copyright line after it."""
    menu = "".join(f"<li><a href='/m{n}.html'>Модуль {n}</a></li>" for n in range(200))
    listing = "\n".join(
        f"<span class='line-number'>{n}</span>    <span class='kw'>let</span> "
        f"<span class='ident'>{WORDS[n % 15]}</span> = <span class='call'>жаса</span>(<span class='num'>{n}</span>);"
        f" // {html.escape(' '.join(WORDS[: n % 9]))}"
        for n in range(lines)
    )
    return (
        "<html><head><meta charset='utf-8'><title>kod.rs - Дереккөз</title></head><body>"
        f"<nav class='sidebar'><ul>{menu}</ul></nav><main><h1>kod.rs</h1>"
        f"<pre class='rust'><code>{listing}</code></pre></main>"
        "<footer><p>© 2026 Барлық құқықтар қорғалған. Copyright (c) 2026.</p></footer></body></html>"
    )
