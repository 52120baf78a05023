"""An article as plain JSON data: how the app carries its bundled article, parsed in advance.

``scripts/build_resources.py`` parses ``resources/content/article.md`` when it compiles the
resources and writes this form beside it (``article.json``, compiled in too). Starting the
window then reads JSON instead of parsing Markdown with TOML front matter: importing the TOML
parser is a share of the first paint worth saving (docs/benchmarks.md). Tests check that
the JSON is the parse of the current ``article.md`` and that every character survives.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.content.model import (
    Article,
    Block,
    BulletList,
    Cell,
    Figure,
    Note,
    NoteRef,
    Notes,
    Paragraph,
    Section,
    Table,
    Verse,
)

FORMAT = 1
"""Changes when the shape of the data changes; other formats are refused, never half-read."""


def to_json(article: Article) -> str:
    """The article as JSON text (UTF-8 as written, one stable layout, so rebuilding changes nothing)."""
    data = {
        "format": FORMAT,
        "title": article.title,
        "date": article.iso_date,
        "source": article.source,
        "language": article.language,
        "sections": [
            {
                "id": section.id,
                "label": section.label,
                "heading": section.heading,
                "icon": section.icon,
                "heading_in_text": section.heading_in_text,
                "blocks": [_block_data(block) for block in section.blocks],
                **({"level": section.level} if section.level != 1 else {}),
            }
            for section in article.sections
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def from_json(text: str | bytes) -> Article:
    """The article back from ``to_json``'s text; ValueError for anything else."""
    try:
        data = json.loads(text)
        if data["format"] != FORMAT:
            raise ValueError(f"compiled article format {data['format']!r}, expected {FORMAT}")
        return Article(
            title=_text(data["title"]),
            date=_iso_date(data["date"]),
            source=_text(data["source"]),
            language=_text(data["language"]),
            sections=tuple(
                Section(
                    id=_text(section["id"]),
                    label=_text(section["label"]),
                    heading=_text(section["heading"]),
                    icon=_text(section["icon"]),
                    blocks=tuple(_block(block) for block in section["blocks"]),
                    heading_in_text=bool(section["heading_in_text"]),
                    level=_int(section.get("level", 1)),
                )
                for section in data["sections"]
            ),
        )
    except (KeyError, TypeError, AttributeError, IndexError) as error:
        raise ValueError(f"not a compiled article: {type(error).__name__}: {error}") from None


def _block_data(block: Block) -> dict[str, Any]:
    """A block as JSON; what the bundled article has (paragraphs, plain lists) keeps its first shape."""
    data: dict[str, Any]
    if isinstance(block, BulletList):
        data = {"items": list(block.items)}
        if block.levels:
            data["levels"] = list(block.levels)
        if block.ordered:
            data["ordered"] = True
        return data
    if isinstance(block, Paragraph):
        data = {"text": block.text}
    elif isinstance(block, Verse):
        data = {"lines": list(block.lines), "preformatted": block.preformatted}
    elif isinstance(block, Table):
        data = {"rows": [[[cell.text, cell.header] for cell in row] for row in block.rows]}
    elif isinstance(block, Figure):
        data = {"figure": block.image, "alt": block.alt, "caption": block.caption}
    else:
        data = {"notes": [[note.id, note.text] for note in block.notes]}
    if isinstance(block, (Paragraph, Verse)) and block.refs:
        data["refs"] = [list(ref) for ref in block.refs]
    return data


def _block(data: dict[str, Any]) -> Block:
    if not isinstance(data, dict):
        raise TypeError(f"expected a block, found {type(data).__name__}")
    if "items" in data:
        if not isinstance(data["items"], list):
            raise TypeError(f"expected a list of items, found {type(data['items']).__name__}")
        return BulletList(
            tuple(_text(item) for item in data["items"]),
            tuple(_int(level) for level in _list(data.get("levels", []))),
            bool(data.get("ordered", False)),
        )
    refs = tuple(
        NoteRef(_int(ref[0]), _int(ref[1]), _text(ref[2]), _int(ref[3])) for ref in _list(data.get("refs", []))
    )
    if "lines" in data:
        return Verse(tuple(_text(line) for line in _list(data["lines"])), bool(data["preformatted"]), refs)
    if "rows" in data:
        return Table(
            tuple(tuple(Cell(_text(cell[0]), bool(cell[1])) for cell in _list(row)) for row in _list(data["rows"]))
        )
    if "figure" in data:
        return Figure(_text(data["figure"]), _text(data["alt"]), _text(data["caption"]))
    if "notes" in data:
        return Notes(tuple(Note(_text(note[0]), _text(note[1])) for note in _list(data["notes"])))
    return Paragraph(_text(data["text"]), refs)


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, found {type(value).__name__}")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a number, found {type(value).__name__}")
    return value


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _iso_date(value: object) -> str:
    """A calendar date's YYYY-MM-DD text, checked here without ``datetime`` (see ``Article``)."""
    text = _text(value)
    parts = text.split("-")
    if [len(part) for part in parts] != [4, 2, 2] or not all(part.isascii() and part.isdigit() for part in parts):
        raise ValueError(f"not a YYYY-MM-DD date: {text!r}")
    year, month, day = (int(part) for part in parts)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = 0 if not 1 <= month <= 12 else 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]
    if year < 1 or not 1 <= day <= days:
        raise ValueError(f"no such date: {text!r}")
    return text


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value
