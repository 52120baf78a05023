"""The hand-marked web pages in tests/data/web (see its README) and the measure they are held to."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "data" / "web"
SHINGLE = 4
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    name: str
    html: Path
    gold: list[str]
    """The article's body as marked by hand: one paragraph, heading or list item a line, the title left out."""


def pages(folder: Path = PAGES) -> list[Page]:
    """The pages of a folder (tests/data/web by default): each NAME.html with its body in NAME.txt beside it."""
    found = []
    for html in sorted(folder.glob("*.htm*")):
        gold = html.with_suffix(".txt").read_text(encoding="utf-8")
        found.append(Page(html.stem, html, [line.strip() for line in gold.splitlines() if line.strip()]))
    return found


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Runs of four words (lower case), counted: the unit that precision and recall count in."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[index : index + SHINGLE]) for index in range(len(tokens) - SHINGLE + 1))


def scores(extracted: str, gold: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the extracted text's four-word runs against the gold's."""
    found, wanted = shingles(extracted), shingles(gold)
    if not found or not wanted:
        return (1.0, 1.0, 1.0) if found == wanted else (0.0, 0.0, 0.0)
    common = sum((found & wanted).values())
    precision = common / sum(found.values())
    recall = common / sum(wanted.values())
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1
