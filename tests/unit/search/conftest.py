import pytest

from desktop.search import SearchIndex


@pytest.fixture(scope="session")
def index(article) -> SearchIndex:
    return SearchIndex.from_article(article)


@pytest.fixture
def sentences():
    """Build an index over synthetic one-sentence passages."""

    def make(*texts: str) -> SearchIndex:
        return SearchIndex(("s", text) for text in texts)

    return make
