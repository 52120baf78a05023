"""The bundled article's compiled form: the very article the Markdown gives, every character kept."""

import json

import pytest

from desktop.content import compiled, parse_article
from tests.helpers.articles import GOOD
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
