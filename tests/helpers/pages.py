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
