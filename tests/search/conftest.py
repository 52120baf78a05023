import pytest

from desktop.search import SearchIndex, SearchOptions


@pytest.fixture(scope="session")
def index(article) -> SearchIndex:
    return SearchIndex.from_article(article)


@pytest.fixture
def sentences():
    """Build an index over synthetic one-sentence passages."""

    def make(*texts: str) -> SearchIndex:
        return SearchIndex(("s", text) for text in texts)

    return make


def matches(index: SearchIndex, query: str) -> list[str]:
    """The matched text of every hit, in document order."""
    return [hit.match for hit in index.search(query).in_document_order()]


def matches_with(index: SearchIndex, query: str, options: SearchOptions) -> list[str]:
    """Like ``matches``, with search options."""
    return [hit.match for hit in index.search(query, options=options).in_document_order()]
