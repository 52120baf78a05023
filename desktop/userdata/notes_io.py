"""Annotations exported as Markdown, HTML or JSON, and imported back from JSON.

JSON carries everything (the anchor, colour, style, dates, the article's title, source and
date), so an import merges without duplicates (by each annotation's id) and refuses a file
made for another article. Every text is escaped: an annotation's quote or note is shown as
written, never interpreted.

An import trusts nothing the file says: numbers must be offsets inside the article (so no
number too long to read or too large for SQLite gets further), texts must be text (no lone
surrogates), and an annotation said to be made on this very text must have its quote at its
offsets. One that does not is placed where its quote is found (and said so), or kept as not
found in this version (and said so), never stored with offsets outside the text.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.content import Article
from desktop.content.export import ExportMark, byline, markdown_escape
from desktop.content.latin import LatinSpans
from desktop.content.regular_file import NotRegularFileError, TooLargeError, read_regular
from desktop.userdata.anchors import Anchor, make_anchor, relocate
from desktop.userdata.annotations import COLORS, FIELDS, KINDS, STYLES, Annotation, text_hash

FORMAT = "oqyrman-notes"
VERSION = 1
MAX_IMPORT_BYTES = 8 * 1024 * 1024


class NotesFileError(ValueError):
    """An import file that cannot be used, with the reason."""


def read_notes_file(path: Path) -> bytes:
    """The bytes of a notes file to import (a regular file up to MAX_IMPORT_BYTES); NotesFileError or OSError."""
    try:
        return read_regular(Path(path), MAX_IMPORT_BYTES)
    except NotRegularFileError:
        raise NotesFileError("not a regular file (a pipe, a device or a folder)") from None
    except TooLargeError as error:
        size = f"{error.size:,} bytes" if error.size is not None else "growing"
        raise NotesFileError(
            f"the notes file is {size}, larger than the {MAX_IMPORT_BYTES // (1024 * 1024)} MiB a notes file may be"
        ) from None


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


def from_json(data: bytes, article_key: str, article: Article, report: list[str] | None = None) -> list[Annotation]:
    """The annotations of an export file for this article; NotesFileError says what is wrong.

    ``report`` receives a line for each annotation not stored as the file gave it: placed where
    its quote is, or kept as not found in this version (``found=False``).
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise NotesFileError(f"the notes file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MiB")
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise NotesFileError("not UTF-8 text") from None
    except (ValueError, RecursionError) as error:  # ValueError: also a number of more than 4,300 digits
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
    current = text_hash(article)
    annotations = []
    for number, entry in enumerate(entries, start=1):
        annotation = _annotation(entry, number, article_key)
        annotations.append(_placed(annotation, f"annotation {number}", article, current=current, report=report))
    return annotations


MAX_OFFSET = 2**31
"""No passage, offset or length of an article comes near this (an article holds at most 64 MiB of text)."""


def _annotation(entry: Any, number: int, article_key: str) -> Annotation:
    where = f"annotation {number}"
    if not isinstance(entry, dict):
        raise NotesFileError(f"{where} is not an object")
    missing = [name for name in FIELDS if name not in entry]
    if missing:
        raise NotesFileError(f"{where} lacks {', '.join(missing)}")
    numbers = {name: entry[name] for name in ("passage", "start", "end")}
    if not all(
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_OFFSET for value in numbers.values()
    ):
        raise NotesFileError(f"{where}: passage, start and end must be whole numbers from 0 to {MAX_OFFSET:,}")
    texts_named = [name for name in FIELDS if name not in numbers and name != "color"]
    if not all(isinstance(entry[name], str) for name in texts_named):
        raise NotesFileError(f"{where}: {', '.join(texts_named)} must be texts")
    for name in (*texts_named, "color"):
        value = entry[name]
        if isinstance(value, str) and any("\ud800" <= char <= "\udfff" for char in value):
            raise NotesFileError(f"{where}: {name} holds a lone surrogate (\\ud800–\\udfff), which is not text")
    if entry["kind"] not in KINDS or entry["style"] not in STYLES or entry["color"] not in (*COLORS, None):
        raise NotesFileError(f"{where}: unknown kind, style or colour")
    if numbers["start"] >= numbers["end"] or len(entry["quote"]) != numbers["end"] - numbers["start"]:
        raise NotesFileError(f"{where}: the quote does not fit its offsets")
    values = {name: entry[name] for name in FIELDS} | {"article_key": article_key}
    return Annotation(**values)


def _placed(
    annotation: Annotation, where: str, article: Article, *, current: str, report: list[str] | None
) -> Annotation:
    """The annotation as it may be stored: one made on this text has its quote at its offsets."""
    texts = [passage.text for passage in article.passages]
    if annotation.text_hash != current:  # made on another version: placed by its quote when shown
        return annotation
    passage, start, end = annotation.passage, annotation.start, annotation.end
    if passage < len(texts) and end <= len(texts[passage]) and texts[passage][start:end] == annotation.quote:
        return annotation
    inside = passage < len(texts) and end <= len(texts[passage])
    problem = "its quote is not the text at its offsets" if inside else "its offsets are outside the article"
    anchor = relocate(Anchor(passage, start, end, annotation.quote, annotation.prefix, annotation.suffix), texts)
    if anchor is None:
        if report is not None:
            report.append(f"{where}: {problem}, and its quote is not in the article: kept as not found")
        return replace(annotation, text_hash="", found=False)  # "" matches no text: never trusted as placed
    if report is not None:
        report.append(f"{where}: {problem}; placed where its quote is (passage {anchor.passage})")
    anchor = make_anchor(texts, anchor.passage, anchor.start, anchor.end)
    return replace(
        annotation, passage=anchor.passage, start=anchor.start, end=anchor.end, prefix=anchor.prefix,
        suffix=anchor.suffix, section_id=article.passages[anchor.passage].section_id,
    )  # fmt: skip


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
