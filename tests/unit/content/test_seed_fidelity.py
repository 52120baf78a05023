"""Every character of the canonical article reaches the reader unchanged."""

import pytest

from desktop.content.export import to_text
from desktop.content.model import PassageKind
from tests.helpers.paths import ROOT, SEED_COPY


def test_passages_are_the_seed_paragraphs_exactly(article, seed_lines):
    assert [p.text for p in article.passages if p.kind is not PassageKind.LIST_ITEM] == [
        line for line in seed_lines if not line.startswith("- ")
    ]
    assert [p.text for p in article.passages if p.kind is PassageKind.LIST_ITEM] == [
        line[2:] for line in seed_lines if line.startswith("- ")
    ]


def test_plain_text_export_reproduces_the_seed(article, seed_lines):
    exported = to_text(article).split("\n")
    assert exported[:2] == [article.title, "BAQ.KZ · 2025-11-15"]
    assert exported[2:-1] == seed_lines
    assert exported[-1] == ""


def test_the_known_typo_is_kept(article):
    assert any('"жаңа тактикалық кезең"деп' in p.text for p in article.passages)


def test_kazakh_quotes_and_dashes_are_kept(article):
    text = "\n".join(p.text for p in article.passages)
    for character in "«»–—":
        assert character in text


def test_the_copy_in_tests_is_the_canonical_seed():
    """The canonical text lives beside the project (../shared/seed) where it is checked out."""
    canonical = ROOT.parent / "shared" / "seed" / "article.txt"
    if not canonical.exists():
        pytest.skip("no ../shared/seed/article.txt beside this checkout")
    assert SEED_COPY.read_bytes() == canonical.read_bytes()
