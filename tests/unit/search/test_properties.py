"""Properties that hold for any query and any text."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.search import SearchIndex

pytestmark = pytest.mark.slow  # fuzzers: hundreds of generated texts and queries

KAZAKH_LIKE = st.text(
    alphabet=st.sampled_from(list('аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя АҚӘ-"«»\u00ad\u00a0\u0301aeiopc.,!?')),
    max_size=80,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=200))
def test_any_query_returns_without_error_and_hits_lie_inside_their_passage(index, article, query):
    for hit in index.search(query).hits:
        text = article.passages[hit.passage].text
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.match


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(KAZAKH_LIKE, min_size=1, max_size=5), query=KAZAKH_LIKE)
def test_any_text_and_query_give_consistent_offsets(texts, query):
    index = SearchIndex(("s", text) for text in texts)
    for hit in index.search(query).hits:
        assert 0 <= hit.start < hit.end <= len(texts[hit.passage])
        assert texts[hit.passage][hit.start : hit.end] == hit.match


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(KAZAKH_LIKE, min_size=1, max_size=5))
def test_every_word_of_a_text_finds_itself(texts):
    from desktop.search.normalize import fold, tokenize

    index = SearchIndex(("s", text) for text in texts)
    for number, text in enumerate(texts):
        folded = fold(text)
        for token in tokenize(folded.text)[:3]:
            start, end = folded.original_span(token.start, token.end)
            assert any(hit.passage == number for hit in index.search(text[start:end]).hits)
