"""Renders an Article as plain text, Markdown or HTML.

The reading pane displays the same HTML body that ``--format html`` writes,
so what is exported is what is read. All article text is escaped: markup in
the content is shown as text, never interpreted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from desktop.content.model import Article, BulletList, PassageKind

FORMATS = ("text", "markdown", "html")

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>|~&#])")
"""Characters that open inline constructs (code, emphasis, links, HTML, entities, GFM extras),
and # (a heading's closing sequence)."""
_MARKDOWN_BLOCK_START = re.compile(r"^(?:([>+=-])|(\d{1,9})([.)]))")
"""What makes a line a heading, quote, list item, rule or setext underline: escaped where it starts."""
_EDGE_WHITESPACE = re.compile(r"^[ \t]+|[ \t]+$")


def byline(article: Article) -> str:
    """The source and date line shown under the title."""
    return f"{article.source} · {article.date.isoformat()}"


def to_text(article: Article) -> str:
    """Title, byline, then one passage per line; list items keep their '- ' marker."""
    lines = [article.title, byline(article)]
    for passage in article.passages:
        prefix = "- " if passage.kind is PassageKind.LIST_ITEM else ""
        lines.append(prefix + passage.text)
    return "\n".join(lines) + "\n"


def markdown_escape(text: str) -> str:
    """Text that CommonMark renders back to exactly these characters, still readable as text.

    Only what could start a construct is escaped (a backslash before ASCII punctuation is
    always a literal), so ordinary commas and full stops stay as they are. Leading and
    trailing spaces and tabs, which Markdown strips (and four of which make a code block),
    become numeric character references.
    """
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", text)
    text = _MARKDOWN_BLOCK_START.sub(_escape_block_start, text)
    return _EDGE_WHITESPACE.sub(lambda found: "".join(f"&#{ord(char)};" for char in found.group()), text)


def _escape_block_start(found: re.Match[str]) -> str:
    if found.group(1):
        return "\\" + found.group(1)
    return f"{found.group(2)}\\{found.group(3)}"  # 1. бір → 1\. бір: the number stays as written


def to_markdown(article: Article) -> str:
    """CommonMark that renders back to exactly the article's text."""
    out = [f"# {markdown_escape(article.title)}", "", f"*{markdown_escape(byline(article))}*", ""]
    for section in article.sections:
        if section.heading_in_text:
            out += [f"## {markdown_escape(section.heading)}", ""]
        for block in section.blocks:
            if isinstance(block, BulletList):
                out += [f"- {markdown_escape(item)}" for item in block.items]
            else:
                out.append(markdown_escape(block.text))
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def html_body(article: Article) -> str:
    """The article as an HTML fragment that both browsers and Qt's rich text render."""
    esc = html.escape
    out = [
        f'<h1 class="title">{esc(article.title)}</h1>',
        f'<p class="byline">{esc(byline(article))}</p>',
    ]
    for section in article.sections:
        anchor = f' id="{esc(section.id)}"'  # on the section's first element
        if section.heading_in_text:
            out.append(f"<h2{anchor}>{esc(section.heading)}</h2>")
            anchor = ""
        for block in section.blocks:
            if isinstance(block, BulletList):
                out.append(f"<ul{anchor}>" + "".join(f"<li>{esc(item)}</li>" for item in block.items) + "</ul>")
            else:
                out.append(f"<p{anchor}>{esc(block.text)}</p>")
            anchor = ""
    return "\n".join(out)


STANDALONE_CSS = """
h2, p, li { white-space: pre-wrap; }
body { font-family: "Noto Serif", "PT Serif", Georgia, serif; line-height: 1.6;
       max-width: 72ch; margin: 2em auto; padding: 0 1em; color: #222; background: #fdfdfb; }
h1 { font-size: 1.7em; line-height: 1.25; }
.byline { color: #666; }
@media (prefers-color-scheme: dark) { body { color: #ddd; background: #1e1f22; } .byline { color: #aaa; } }
"""


def to_html(article: Article) -> str:
    """A standalone, self-contained HTML5 document."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(article.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(article.title)}</title>\n<style>{STANDALONE_CSS}</style>\n</head>\n<body>\n"
        f"{html_body(article)}\n</body>\n</html>\n"
    )


EXPORTERS: dict[str, Callable[[Article], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "html": to_html,
}
