"""Annotations exported as Markdown, HTML or JSON, and imported back from JSON.

JSON carries everything (the anchor, colour, style, dates, the article's title, source and
date), so an import merges without duplicates (by each annotation's id) and refuses a file
made for another article. Every text is escaped: an annotation's quote or note is shown as
written, never interpreted.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from desktop.content import Article
from desktop.content.export import ExportMark, byline, markdown_escape
from desktop.content.latin import LatinSpans
from desktop.userdata.annotations import COLORS, FIELDS, KINDS, STYLES, Annotation

FORMAT = "oqyrman-notes"
VERSION = 1
MAX_IMPORT_BYTES = 8 * 1024 * 1024


class NotesFileError(ValueError):
    """An import file that cannot be used, with the reason."""


def _article_info(article: Article) -> dict[str, str]:
    return {"title": article.title, "source": article.source, "date": article.iso_date}


def to_json(article: Article, annotations: Sequence[Annotation]) -> str:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "article": _article_info(article),
        "annotations": [annotation.as_dict() | {"found": annotation.found} for annotation in annotations],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _label(article: Article, annotation: Annotation) -> str:
    try:
        return article.section(annotation.section_id).label
    except KeyError:
        return annotation.section_id


def to_markdown(article: Article, annotations: Sequence[Annotation]) -> str:
    out = [f"# {markdown_escape(article.title)}", "", f"*{markdown_escape(article.source)} · {article.iso_date}*", ""]
    for annotation in annotations:
        where = _label(article, annotation) + ("" if annotation.found else " · not found in this version")
        kind = annotation.name or annotation.kind
        out += [f"## {markdown_escape(where)}", "", f"> {markdown_escape(annotation.quote)}", ""]
        if annotation.note:
            out += [markdown_escape(annotation.note), ""]
        details = ", ".join(filter(None, [kind, annotation.color, annotation.created]))
        out += [f"*{markdown_escape(details)}*", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def to_html(article: Article, annotations: Sequence[Annotation]) -> str:
    esc = html.escape
    items = []
    for annotation in annotations:
        lost = "" if annotation.found else ' <span class="lost">(not found in this version)</span>'
        note = f'<p class="note">{esc(annotation.note)}</p>' if annotation.note else ""
        colour = esc(annotation.color or "none")
        items.append(
            f'<section class="annotation {esc(annotation.kind)}" data-color="{colour}">'
            f"<h2>{esc(_label(article, annotation))}{lost}</h2>"
            f"<blockquote>{esc(annotation.quote)}</blockquote>{note}"
            f'<p class="meta">{esc(annotation.name or annotation.kind)} · {colour} · {esc(annotation.created)}</p>'
            "</section>"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(article.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(article.title)}</title>\n</head>\n<body>\n<h1>{esc(article.title)}</h1>\n"
        f'<p class="byline">{esc(byline(article))}</p>\n' + "\n".join(items) + "\n</body>\n</html>\n"
    )


EXPORTERS = {"markdown": to_markdown, "html": to_html, "json": to_json}


def from_json(data: bytes, article_key: str, article: Article) -> list[Annotation]:
    """The annotations of an export file for this article; NotesFileError says what is wrong."""
    if len(data) > MAX_IMPORT_BYTES:
        raise NotesFileError(f"the file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MiB")
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise NotesFileError("not UTF-8 text") from None
    except (json.JSONDecodeError, RecursionError) as error:
        raise NotesFileError(f"not valid JSON: {error}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotesFileError(f'not an Oqyrman notes file (no "format": "{FORMAT}")')
    if document.get("version") != VERSION:
        raise NotesFileError(f"notes file version {document.get('version')!r}; this reader reads version {VERSION}")
    if document.get("article") != _article_info(article):
        theirs = document.get("article")
        title = theirs.get("title") if isinstance(theirs, dict) else None
        raise NotesFileError(f"the notes are for another article ({title!r}), not {article.title!r}")
    entries = document.get("annotations")
    if not isinstance(entries, list):
        raise NotesFileError('"annotations" must be a list')
    return [_annotation(entry, number, article_key) for number, entry in enumerate(entries, start=1)]


def _annotation(entry: Any, number: int, article_key: str) -> Annotation:
    where = f"annotation {number}"
    if not isinstance(entry, dict):
        raise NotesFileError(f"{where} is not an object")
    missing = [name for name in FIELDS if name not in entry]
    if missing:
        raise NotesFileError(f"{where} lacks {', '.join(missing)}")
    numbers = {name: entry[name] for name in ("passage", "start", "end")}
    if not all(isinstance(value, int) and not isinstance(value, bool) and value >= 0 for value in numbers.values()):
        raise NotesFileError(f"{where}: passage, start and end must be whole numbers")
    texts = [name for name in FIELDS if name not in numbers and name != "color"]
    if not all(isinstance(entry[name], str) for name in texts):
        raise NotesFileError(f"{where}: {', '.join(texts)} must be texts")
    if entry["kind"] not in KINDS or entry["style"] not in STYLES or entry["color"] not in (*COLORS, None):
        raise NotesFileError(f"{where}: unknown kind, style or colour")
    if numbers["start"] >= numbers["end"] or len(entry["quote"]) != numbers["end"] - numbers["start"]:
        raise NotesFileError(f"{where}: the quote does not fit its offsets")
    values = {name: entry[name] for name in FIELDS} | {"article_key": article_key}
    return Annotation(**values)


def export_marks(annotations: Sequence[Annotation], latin: LatinSpans | None = None) -> list[ExportMark]:
    """The highlights found in the text, as an HTML or PDF export draws them (in the Latin alphabet's
    offsets when ``latin`` maps them there)."""
    marks = []
    for annotation in annotations:
        if not annotation.found or annotation.kind != "highlight":
            continue
        start, end = annotation.start, annotation.end
        if latin is not None:
            start, end = latin.span(annotation.passage, start, end)
        marks.append(
            ExportMark.for_highlight(
                annotation.passage, start, end, color=annotation.color, style=annotation.style, note=annotation.note
            )
        )
    return marks
