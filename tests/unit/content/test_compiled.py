"""The bundled article's compiled form: the very article the Markdown gives, every character kept."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.content import compiled, parse_article
from tests.helpers.articles import GOOD
from tests.helpers.books import every_kind_of_block
from tests.helpers.paths import ARTICLE_SOURCE

COMPILED = ARTICLE_SOURCE.with_suffix(".json")


def test_the_compiled_article_is_the_parse_of_the_current_markdown(article):
    assert COMPILED.read_text(encoding="utf-8") == compiled.to_json(article), (
        "resources/content/article.json is stale: run scripts/build_resources.py"
    )


def test_reading_it_back_gives_the_same_article_and_passages(article):
    again = compiled.from_json(COMPILED.read_bytes())
    assert again == article
    assert [(p.section_id, p.kind, p.text) for p in again.passages] == [
        (p.section_id, p.kind, p.text) for p in article.passages
    ]


def test_the_seed_texts_typo_survives(seed_lines):
    passages = [p.text for p in compiled.from_json(COMPILED.read_bytes()).passages]
    assert any('"жаңа тактикалық кезең"деп' in text for text in passages)
    assert passages == [line.removeprefix("- ") for line in seed_lines]


def test_markup_like_text_lists_and_a_lead_without_heading_round_trip():
    article = parse_article(GOOD)
    assert compiled.from_json(compiled.to_json(article)) == article


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"format": 2}',
        json.dumps({"format": 1, "title": 5}),
        json.dumps(
            {"format": 1, "title": "t", "date": "2025-13-40", "source": "s", "language": "kk", "sections": []}
        ),
        json.dumps(
            {
                "format": 1, "title": "t", "date": "2025-01-01", "source": "s", "language": "kk",
                "sections": [{"id": "a", "label": "A", "heading": "A", "icon": "i", "heading_in_text": True,
                              "blocks": [{"items": "letters"}]}],
            }
        ),
    ],
)  # fmt: skip
def test_anything_else_is_refused_with_a_value_error(text):
    with pytest.raises(ValueError):
        compiled.from_json(text)


# Checked against Python's own calendar: the compiled form checks its dates without datetime.
@pytest.mark.parametrize(
    "text",
    ["2025-11-15", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "1999-04-30", "2023-12-31"],
)
def test_a_real_date_is_read_back(text):
    data = {"format": 1, "title": "t", "date": text, "source": "s", "language": "kk", "sections": []}
    assert compiled.from_json(json.dumps(data)).date == dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    "text",
    [
        "2025-02-29", "1900-02-29", "2025-04-31", "2025-00-10", "2025-13-01", "2025-01-00", "0000-01-01",
        "2025-1-15", "25-11-15", "2025/11/15", "20251115", "2025-11-15T00:00", " 2025-11-15", "２０２５-11-15",
    ],
)  # fmt: skip
def test_a_date_that_is_not_one_is_refused(text):
    data = {"format": 1, "title": "t", "date": text, "source": "s", "language": "kk", "sections": []}
    with pytest.raises(ValueError):
        compiled.from_json(json.dumps(data))


@given(st.dates())
def test_every_date_python_knows_is_read_back(date):
    data = {"format": 1, "title": "t", "date": date.isoformat(), "source": "s", "language": "kk", "sections": []}
    assert compiled.from_json(json.dumps(data)).date == date


@pytest.mark.slow
@given(st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"))
def test_a_date_is_refused_exactly_when_python_refuses_it(text):
    data = {"format": 1, "title": "t", "date": text, "source": "s", "language": "kk", "sections": []}
    try:
        expected = dt.date.fromisoformat(text)
    except ValueError:
        with pytest.raises(ValueError):
            compiled.from_json(json.dumps(data))
    else:
        assert compiled.from_json(json.dumps(data)).date == expected


def test_a_books_blocks_round_trip_with_their_levels_refs_and_notes():
    from desktop.content.model import (
        Article,
        Section,
    )

    blocks = every_kind_of_block()
    article = Article("Кітап", "2025-01-02", "Баспа", "kk", (Section("s1", "Бөлім", "Бөлім", "i.x", blocks, True, 3),))
    assert compiled.from_json(compiled.to_json(article)) == article
