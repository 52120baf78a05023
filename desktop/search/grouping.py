"""Hits grouped by section for result lists (the window's panel; a library view later)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from desktop.search.engine import Hit


class NumberedHit(NamedTuple):
    number: int
    """The hit's place in document order: what "next hit" (F3) walks through."""
    hit: Hit


class SectionHits(NamedTuple):
    section_id: str
    hits: tuple[NumberedHit, ...]


def group_by_section(hits: Iterable[Hit]) -> list[SectionHits]:
    """Hits in document order, each run of one section's hits as a group, numbered from 0.

    A section appears once per run: hits are in document order, so a section's hits are
    consecutive and each section appears once.
    """
    groups: list[tuple[str, list[NumberedHit]]] = []
    section: str | None = None
    run: list[NumberedHit] | None = None
    new = tuple.__new__  # a book's common word has tens of thousands of hits: each made as the tuple it is
    for number, hit in enumerate(hits):
        if run is None or hit.section_id != section:
            section, run = hit.section_id, []
            groups.append((section, run))
        run.append(new(NumberedHit, (number, hit)))
    return [SectionHits(section_id, tuple(numbered)) for section_id, numbered in groups]
