"""Grouping hits by section for result lists."""

from desktop.search import Hit, Level
from desktop.search.grouping import group_by_section


def _hit(passage: int, section: str, start: int = 0) -> Hit:
    return Hit(passage, section, start, start + 5, "сапар", 1.0, Level.EXACT)


def test_consecutive_hits_of_a_section_form_one_group_numbered_in_document_order():
    hits = [_hit(0, "intro"), _hit(0, "intro", 10), _hit(3, "west"), _hit(7, "russia"), _hit(8, "russia")]
    groups = group_by_section(hits)
    assert [group.section_id for group in groups] == ["intro", "west", "russia"]
    assert [[numbered.number for numbered in group.hits] for group in groups] == [[0, 1], [2], [3, 4]]
    assert groups[2].hits[1].hit is hits[4]


def test_no_hits_no_groups():
    assert group_by_section([]) == []
