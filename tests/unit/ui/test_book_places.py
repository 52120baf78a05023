"""Where a book's blocks start and how tall their text is reckoned: the same as walking them block by block."""

from __future__ import annotations

import itertools
import random

import pytest

from desktop.content.export import block_places
from desktop.content.model import Article, Paragraph, Section
from desktop.ui.book_places import BookPlaces, Reckoning
from tests.helpers.books import every_kind_of_block

RECKONINGS = (Reckoning(34.56, 60, 640.0, 40.0), Reckoning(51.84, 7, 230.0, 40.0), Reckoning(0.1, 1, 0.3, 0.7))


@pytest.fixture(scope="module")
def book() -> Article:
    """Sections with and without their heading in the text, of paragraphs and of every kind of block
    (figures with a caption and without, empty sections), in a seeded order."""
    chosen = random.Random(7)
    kinds = every_kind_of_block()
    sections = []
    for number in range(40):
        count = chosen.choice((0, 1, 5, 30))
        blocks = tuple(
            chosen.choice(kinds) if chosen.random() < 0.3 else Paragraph("сөз " * chosen.randrange(0, 90))
            for _ in range(count)
        )
        sections.append(Section(f"s{number}", f"{number}", f"{number}-бөлім", "", blocks, number % 3 != 0))
    return Article("Кітап", "2025-11-15", "test", "kk", tuple(sections))


def _starts(book: Article) -> list[int]:
    return [0, *itertools.accumulate(len(passage.text) + 1 for passage in book.passages)]


def _walked_height(book: Article, starts: list[int], first: int, last: int, reckoning: Reckoning) -> float:
    """The height of places ``first`` up to ``last``, added block by block (as the pane added them)."""
    line, per_line, picture, gap = reckoning
    places = list(block_places(book))
    height = 0.0
    for number in range(first, last):
        place = places[number]
        end = places[number + 1].passage if number + 1 < len(places) else len(book.passages)
        for passage in range(place.passage, end):
            height += ((starts[passage + 1] - starts[passage]) // per_line + 1) * line + gap
        if place.block >= 0 and type(book.sections[place.section].blocks[place.block]).__name__ == "Figure":
            height += picture
    return height


def test_the_places_are_the_blocks_places_and_their_offsets(book):
    starts = _starts(book)
    places = BookPlaces(book, starts)
    walked = list(block_places(book))
    assert len(places) == len(walked)
    assert [places.place(number) for number in range(len(places))] == walked
    assert places.offsets == [starts[place.passage] for place in walked]


@pytest.mark.parametrize("reckoning", RECKONINGS)
def test_a_height_is_the_sum_added_block_by_block_to_the_last_bit(book, reckoning):
    starts = _starts(book)
    places = BookPlaces(book, starts)
    chosen = random.Random(11)
    spans = [(0, len(places)), (0, 0), (len(places), len(places))]
    spans += [tuple(sorted(chosen.sample(range(len(places) + 1), 2))) for _ in range(200)]
    for first, last in spans:
        assert places.height(first, last, reckoning) == _walked_height(book, starts, first, last, reckoning)


@pytest.mark.parametrize("reckoning", RECKONINGS)
def test_the_stop_is_the_first_place_where_the_height_is_enough(book, reckoning):
    starts = _starts(book)
    places = BookPlaces(book, starts)
    chosen = random.Random(13)
    for _ in range(300):
        first, low, high = sorted(chosen.choices(range(len(places) + 1), k=3))
        enough = chosen.choice((0.0, 1.0, 500.0, 5_000.0, 1e9)) * chosen.random()
        walked = next(
            (number for number in range(low, high) if _walked_height(book, starts, first, number, reckoning) >= enough),
            high,
        )
        assert places.stop(first, low, high, reckoning, enough) == walked, (first, low, high, enough)
