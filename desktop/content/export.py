"""Renders an Article as plain text, Markdown or HTML.

The reading pane displays the same HTML body that ``--format html`` writes,
so what is exported is what is read. All article text is escaped: markup in
the content is shown as text, never interpreted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from desktop.content.model import (
    Article,
    Block,
    BulletList,
    Figure,
    NoteRef,
    Notes,
    Section,
    Table,
    Verse,
    block_passage_count,
    notes_of,
)

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
    """Title, byline, then one passage per line: list items keep their '- ' marker (indented when
    nested, numbered when ordered), verse keeps its lines with a blank line between stanzas, a
    table row's cells are joined by ' | ', a picture without a caption is its [text alternative]."""
    lines = [article.title, byline(article)]
    for section in article.sections:
        if section.heading_in_text:
            lines.append(section.heading)
        previous: Block | None = None
        for block in section.blocks:
            if isinstance(block, BulletList):
                lines += [indent + marker + item for indent, marker, item in _list_lines(block)]
            elif isinstance(block, Verse):
                if isinstance(previous, Verse):
                    lines.append("")
                lines += block.lines
            elif isinstance(block, Table):
                lines += [" | ".join(cell.text for cell in row) for row in block.rows]
            elif isinstance(block, Figure):
                if block.caption or block.alt:
                    lines.append(block.caption or f"[{block.alt}]")
            elif isinstance(block, Notes):
                lines += [note.text for note in block.notes]
            else:
                lines.append(block.text)
            previous = block
    return "\n".join(lines) + "\n"


def _list_lines(block: BulletList) -> list[tuple[str, str, str]]:
    """(indent, marker, text) of each item: '- ', or its number at its own level when ordered."""
    counters: list[int] = []
    out = []
    for index, item in enumerate(block.items):
        level = block.level(index)
        del counters[level + 1 :]
        counters += [0] * (level + 1 - len(counters))
        counters[level] += 1
        marker = f"{counters[level]}. " if block.ordered else "- "
        out.append(("  " * level if not block.ordered else "   " * level, marker, item))
    return out


def heading_tag(section: Section) -> str:
    """h2 for a chapter (the title is h1), down to h6 for the deepest headings."""
    return f"h{min(section.level + 1, 6)}"


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
    """CommonMark that renders back to exactly the article's text (GFM for tables)."""
    out = [f"# {markdown_escape(article.title)}", "", f"*{markdown_escape(byline(article))}*", ""]
    for section in article.sections:
        if section.heading_in_text:
            out += [f"{'#' * min(section.level + 1, 6)} {markdown_escape(section.heading)}", ""]
        for block in section.blocks:
            if isinstance(block, BulletList):
                out += [indent + marker + markdown_escape(item) for indent, marker, item in _list_lines(block)]
            elif isinstance(block, Verse):
                # A backslash at the end of a line is a hard line break.
                out.append("\\\n".join(markdown_escape(line) for line in block.lines))
            elif isinstance(block, Table):
                out += _markdown_table(block)
            elif isinstance(block, Figure):
                if not block.caption and not block.alt:
                    continue
                out.append(markdown_escape(block.caption or f"[{block.alt}]"))
            elif isinstance(block, Notes):
                for note in block.notes:
                    out += [markdown_escape(note.text), ""]
                out.pop()
            else:
                out.append(markdown_escape(block.text))
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _markdown_table(table: Table) -> list[str]:
    """A GFM table; its first row is the header row, as GFM needs one."""
    width = max(len(row) for row in table.rows)
    rows = [[markdown_escape(cell.text) for cell in row] + [""] * (width - len(row)) for row in table.rows]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return [lines[0], "|" + "---|" * width, *lines[1:]]


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


Picture = tuple[str, int, int]
"""Where a figure's picture is shown from (a URL), and its width and height in pixels."""


def html_body(
    article: Article, marks: Sequence[ExportMark] = (), pictures: Callable[[Figure], Picture | None] | None = None
) -> str:
    """The article as an HTML fragment that both browsers and Qt's rich text render.

    ``marks`` (the reader's highlights) are drawn in the text; their notes are numbered and
    listed at the end. ``pictures`` says where each figure's picture comes from; without it
    (or when it gives None) a figure is its caption alone. Footnote references link to
    ``note:<n>`` (the n-th footnote, ``model.notes_of``), each footnote an anchor ``note-<n>``.
    """
    return "\n".join(part for part, _ in html_parts(article, marks, pictures))


class BlockPlace(NamedTuple):
    """Where a block starts: its section's number, its number there (-1: the section's heading), its first passage."""

    section: int
    block: int
    passage: int


class PartSpan(NamedTuple):
    """The blocks from ``start`` up to ``stop`` (None: to the end); the title comes with the first one."""

    start: BlockPlace
    stop: BlockPlace | None


def block_places(article: Article) -> Iterator[BlockPlace]:
    """Where each block (and each heading in the text) starts, in reading order: the places a span
    can start and stop at (made as they are asked for: a book's are hundreds of thousands)."""
    passage = 0
    for section_number, section in enumerate(article.sections):
        if section.heading_in_text:
            yield BlockPlace(section_number, -1, passage)
            passage += 1
        for block_number, block in enumerate(section.blocks):
            yield BlockPlace(section_number, block_number, passage)
            passage += block_passage_count(block)


def html_parts(
    article: Article,
    marks: Sequence[ExportMark] = (),
    pictures: Callable[[Figure], Picture | None] | None = None,
    span: PartSpan | None = None,
) -> Iterator[tuple[str, int]]:
    """``html_body``'s top-level elements in order, each with how many passages the text holds after it.

    Made as they are asked for: the reading pane builds a long book a slice at a time (each
    element is whole HTML), and the counts tell it which element holds a passage. With a
    ``span``, only the elements of those blocks (a window of a book too long for one document),
    made without making the ones before.
    """
    esc = escape
    begin, stop = (span.start, span.stop) if span is not None else (BlockPlace(0, -1, 0), None)
    by_passage: dict[int, list[ExportMark]] = defaultdict(list)
    for mark in marks:
        by_passage[mark.passage].append(mark)
    notes: list[str] = []
    passage = begin.passage - 1
    footnotes = {note.id: number for number, note in enumerate(notes_of(article))}

    def text_of(text: str, refs: Sequence[NoteRef] = ()) -> str:
        nonlocal passage
        passage += 1  # the same order as Article.passages (model.block_texts)
        if passage in by_passage:
            return _marked(text, by_passage[passage], notes)
        return _with_refs(text, refs, footnotes) if refs else esc(text)

    out: list[tuple[str, int]] = []

    def emit(part: str) -> None:
        """An element, with the passages counted so far (its text is written before it is emitted)."""
        out.append((part, passage + 1))

    if begin.passage == 0 and begin[:2] <= (0, 0):
        yield f'<h1 class="title">{esc(article.title)}</h1>', 0
        yield f'<p class="byline">{esc(byline(article))}</p>', 0
    for section_number in range(begin.section, len(article.sections)):
        section = article.sections[section_number]
        start = begin.block if section_number == begin.section else -1
        if stop is not None and (section_number, start) >= stop[:2]:
            break
        first_element = start < 0 or (start == 0 and not section.heading_in_text)
        anchor = f' id="{esc(section.id)}"' if first_element else ""  # on the section's first element
        if section.heading_in_text and start < 0:
            tag = heading_tag(section)
            emit(f"<{tag}{anchor}>{text_of(section.heading)}</{tag}>")
            anchor = ""
        for block_number in range(max(0, start), len(section.blocks)):
            if stop is not None and (section_number, block_number) >= stop[:2]:
                break
            block = section.blocks[block_number]
            if isinstance(block, BulletList):
                emit(_html_list(block, anchor, text_of))
            elif isinstance(block, Verse):
                kind = "pre" if block.preformatted else "verse"
                for number, line in enumerate(block.lines):
                    refs = [ref._replace(line=0) for ref in block.refs if ref.line == number]
                    first = " stanza" if number == 0 else ""
                    emit(f'<p{anchor} class="{kind}{first}">{text_of(line, refs)}</p>')
                    anchor = ""
            elif isinstance(block, Table):
                emit(_html_table(block, anchor, text_of))
            elif isinstance(block, Figure):
                picture = pictures(block) if pictures is not None and block.image else None
                if picture is not None:
                    url, width, height = picture
                    alt = esc(block.alt or block.caption)
                    size = f' width="{width}" height="{height}"' if width and height else ""
                    emit(f'<p{anchor} class="figure"><img src="{esc(url)}" alt="{alt}" title="{alt}"{size}></p>')
                    anchor = ""
                if block.caption:
                    emit(f'<p{anchor} class="caption">{text_of(block.caption)}</p>')
                elif picture is None and block.alt:  # no picture to show: its text alternative, as text exports do
                    emit(f'<p{anchor} class="caption">[{esc(block.alt)}]</p>')
            elif isinstance(block, Notes):
                emit('<hr class="notes">')
                for note in block.notes:
                    name = f"note-{footnotes[note.id]}"
                    emit(f'<p{anchor} class="note"><a name="{name}"></a>{text_of(note.text)}</p>')
                    anchor = ""
            else:
                emit(f"<p{anchor}>{text_of(block.text, block.refs)}</p>")
            anchor = ""
            yield from out
            out.clear()
        yield from out
        out.clear()
    if notes:
        yield '<hr><ol class="notes">' + "".join(f"<li>{esc(note)}</li>" for note in notes) + "</ol>", passage + 1


def _with_refs(text: str, refs: Sequence[NoteRef], footnotes: dict[str, int]) -> str:
    """Escaped text whose footnote references link to their notes (``note:<n>``, the n-th of the article)."""
    out: list[str] = []
    position = 0
    for ref in sorted(refs):
        if ref.start < position or ref.end > len(text) or ref.note not in footnotes:
            continue
        out.append(escape(text[position : ref.start]))
        label = escape(text[ref.start : ref.end])
        out.append(f'<a class="noteref" href="note:{footnotes[ref.note]}">{label}</a>')
        position = ref.end
    out.append(escape(text[position:]))
    return "".join(out)


def _html_list(block: BulletList, anchor: str, text_of: Callable[[str], str]) -> str:
    """Nested <ul>/<ol> from the items' levels, opened and closed with a stack, not recursion."""
    tag = "ol" if block.ordered else "ul"
    out = [f"<{tag}{anchor}>"]
    depth = 0
    for index, item in enumerate(block.items):
        level = min(block.level(index), depth + 1) if index else 0
        if level > depth:
            out.append(f"<{tag}>" * (level - depth))
        elif level < depth:
            out.append(f"</{tag}>" * (depth - level))
        depth = level
        out.append(f"<li>{text_of(item)}</li>")
    out.append(f"</{tag}>" * (depth + 1))
    return "".join(out)


def _html_table(table: Table, anchor: str, text_of: Callable[[str], str]) -> str:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row:
            tag = "th" if cell.header else "td"
            cells.append(f"<{tag}>{text_of(cell.text) if cell.text else ''}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table{anchor} class="book" border="1" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


STANDALONE_CSS = """
h2, h3, h4, h5, h6, p, li, td, th { white-space: pre-wrap; }
p.verse, p.pre { margin: 0; } p.stanza { margin-top: 1em; } p.pre { font-family: monospace; }
p.caption, p.note { font-size: 0.9em; } img { max-width: 100%; height: auto; }
table.book { border-collapse: collapse; }
body { font-family: "Noto Serif", "PT Serif", Georgia, serif; line-height: 1.6;
       max-width: 72ch; margin: 2em auto; padding: 0 1em; color: #222; background: #fdfdfb; }
h1 { font-size: 1.7em; line-height: 1.25; }
.byline { color: #666; }
.highlight { color: #222; } .notes { font-size: 0.9em; }
@media (prefers-color-scheme: dark) { body { color: #ddd; background: #1e1f22; } .byline { color: #aaa; } }
"""


def to_html(article: Article, marks: Sequence[ExportMark] = ()) -> str:
    """A standalone, self-contained HTML5 document (with the reader's highlights, when given).

    A book's pictures are written into it (data: URLs), so the page needs no other file.
    """
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(article.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(article.title)}</title>\n<style>{STANDALONE_CSS}</style>\n</head>\n<body>\n"
        f"{html_body(article, marks, _embedded_pictures(article))}\n</body>\n</html>\n"
    )


_PICTURE_TYPES = {
    b"\x89PNG": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF8": "image/gif",
    b"RIFF": "image/webp",
    b"<svg": "image/svg+xml",
}


def _embedded_pictures(article: Article) -> Callable[[Figure], Picture | None] | None:
    """Each figure's picture as a data: URL (its size left to the browser), or None without pictures."""
    images = article.images
    if images is None:
        return None

    def picture(figure: Figure) -> Picture | None:
        import base64

        data = images.read(figure.image)
        if not data:
            return None
        kind = next((kind for magic, kind in _PICTURE_TYPES.items() if data.lstrip()[:8].startswith(magic)), None)
        if kind is None and b"<svg" in data[:1024]:
            kind = "image/svg+xml"
        if kind is None:
            return None
        return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}", 0, 0

    return picture


EXPORTERS: dict[str, Callable[[Article], str]] = {
    "text": to_text,
    "markdown": to_markdown,
    "html": to_html,
}
