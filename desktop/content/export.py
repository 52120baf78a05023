"""Renders an Article as plain text, Markdown or HTML.

The reading pane displays the same HTML body that ``--format html`` writes,
so what is exported is what is read. All article text is escaped: markup in
the content is shown as text, never interpreted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

from desktop.content.model import Article, BulletList, PassageKind

FORMATS = ("text", "markdown", "html")

# Patterns, compiled by re (and kept in its cache) when Markdown is first written: the window's
# start imports this module for its HTML and writes no Markdown (cost: docs/benchmarks.md).
_MARKDOWN_SPECIALS = r"([\\`*_\[\]<>|~&#])"
"""Characters that open inline constructs (code, emphasis, links, HTML, entities, GFM extras),
and # (a heading's closing sequence)."""
_MARKDOWN_BLOCK_START = r"^(?:([>+=-])|(\d{1,9})([.)]))"
"""What makes a line a heading, quote, list item, rule or setext underline: escaped where it starts."""
_EDGE_WHITESPACE = r"^[ \t]+|[ \t]+$"


def byline(article: Article) -> str:
    """The source and date line shown under the title."""
    return f"{article.source} · {article.iso_date}"


def citation(article: Article) -> str:
    """Where a quotation comes from, as copied text ends: «title», source, date."""
    return f"«{article.title}», {article.source}, {article.iso_date}"


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
    text = re.sub(_MARKDOWN_SPECIALS, r"\\\1", text)
    text = re.sub(_MARKDOWN_BLOCK_START, _escape_block_start, text)
    return re.sub(_EDGE_WHITESPACE, lambda found: "".join(f"&#{ord(char)};" for char in found.group()), text)


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


class ExportMark(NamedTuple):
    """A reader's highlight to show in an export: characters [start, end) of a passage."""

    passage: int
    start: int
    end: int
    color: str
    """A CSS colour for the background (or the underline's text colour when ``underline``)."""
    underline: bool = False
    note: str = ""

    @classmethod
    def for_highlight(
        cls, passage: int, start: int, end: int, *, color: str | None, style: str, note: str
    ) -> ExportMark:
        """A stored highlight (colour name, "highlight" or "underline") in paper colours."""
        underline = style == "underline"
        shown = UNDERLINE_COLOR if underline else PRINT_MARK_COLORS.get(color or "yellow", PRINT_MARK_COLORS["yellow"])
        return cls(passage, start, end, shown, underline, note)


PRINT_MARK_COLORS = {"yellow": "#fff0a0", "green": "#cdeec4", "blue": "#cfe2ff", "pink": "#ffd6e7"}
"""Highlight colours on paper and in a standalone page (the light theme's)."""
UNDERLINE_COLOR = "#7a5b00"
"""Underlined words are written in this dark amber (Qt's rich text has no underline colour)."""


def escape(text: str) -> str:
    """Text made safe inside HTML elements and quoted attributes: exactly what ``html.escape`` does.

    Written out because the window renders the article with this module while it starts,
    and importing ``html`` builds its table of 2,000 named entities first (docs/benchmarks.md).
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def _marked(text: str, marks: Sequence[ExportMark], notes: list[str]) -> str:
    """A passage's text, escaped, with its highlights as styled spans and a note number after each note.

    Overlapping highlights are cut where the later one starts, so every character is written once.
    """
    esc = escape
    out: list[str] = []
    position = 0
    for mark in sorted(marks, key=lambda m: (m.start, m.end)):
        start, end = max(mark.start, position), min(mark.end, len(text))
        if start >= end:
            continue
        style = (
            f"text-decoration: underline; color: {mark.color}" if mark.underline else f"background-color: {mark.color}"
        )
        out.append(esc(text[position:start]))
        out.append(f'<span class="highlight" style="{style}">{esc(text[start:end])}</span>')
        if mark.note:
            notes.append(mark.note)
            out.append(f'<sup class="note-ref">[{len(notes)}]</sup>')
        position = end
    out.append(esc(text[position:]))
    return "".join(out)


def html_body(article: Article, marks: Sequence[ExportMark] = ()) -> str:
    """The article as an HTML fragment that both browsers and Qt's rich text render.

    ``marks`` (the reader's highlights) are drawn in the text; their notes are numbered and
    listed at the end.
    """
    esc = escape
    by_passage: dict[int, list[ExportMark]] = defaultdict(list)
    for mark in marks:
        by_passage[mark.passage].append(mark)
    notes: list[str] = []
    passage = -1

    def text_of(text: str) -> str:
        nonlocal passage
        passage += 1  # the same order as Article.passages: headings in the text, paragraphs, list items
        return _marked(text, by_passage[passage], notes) if passage in by_passage else esc(text)

    out = [
        f'<h1 class="title">{esc(article.title)}</h1>',
        f'<p class="byline">{esc(byline(article))}</p>',
    ]
    for section in article.sections:
        anchor = f' id="{esc(section.id)}"'  # on the section's first element
        if section.heading_in_text:
            out.append(f"<h2{anchor}>{text_of(section.heading)}</h2>")
            anchor = ""
        for block in section.blocks:
            if isinstance(block, BulletList):
                out.append(f"<ul{anchor}>" + "".join(f"<li>{text_of(item)}</li>" for item in block.items) + "</ul>")
            else:
                out.append(f"<p{anchor}>{text_of(block.text)}</p>")
            anchor = ""
    if notes:
        out.append('<hr><ol class="notes">' + "".join(f"<li>{esc(note)}</li>" for note in notes) + "</ol>")
    return "\n".join(out)


STANDALONE_CSS = """
h2, p, li { white-space: pre-wrap; }
body { font-family: "Noto Serif", "PT Serif", Georgia, serif; line-height: 1.6;
       max-width: 72ch; margin: 2em auto; padding: 0 1em; color: #222; background: #fdfdfb; }
h1 { font-size: 1.7em; line-height: 1.25; }
.byline { color: #666; }
.highlight { color: #222; } .notes { font-size: 0.9em; }
@media (prefers-color-scheme: dark) { body { color: #ddd; background: #1e1f22; } .byline { color: #aaa; } }
"""


def to_html(article: Article, marks: Sequence[ExportMark] = ()) -> str:
    """A standalone, self-contained HTML5 document (with the reader's highlights, when given)."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(article.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(article.title)}</title>\n<style>{STANDALONE_CSS}</style>\n</head>\n<body>\n"
        f"{html_body(article, marks)}\n</body>\n</html>\n"
    )


EXPORTERS: dict[str, Callable[[Article], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "html": to_html,
}
