"""Search across the library: the article search's rules, over every article, grouped by article."""

from __future__ import annotations

import pytest

from desktop.library import index
from desktop.search import Level, SearchIndex, SearchOptions
from tests.unit.library.conftest import write_text_article

QUERIES = (
    "Ресей", "ресейлік", "Қазақстан Ресей", '"жаңа тактикалық"', "cfgfh", "Batys", "кауипсиздик",
    "сапарына", "Мәскеуге", "Тоқаев", "АҚШ", "Қытай", "Астананың", "экономика",
)  # fmt: skip


def _spans(hits):
    return sorted((hit.passage, hit.start, hit.end, hit.level) for hit in hits)


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("options", [SearchOptions(), SearchOptions(inflection=False), SearchOptions(related=False)])
def test_the_library_finds_in_an_article_exactly_what_the_article_search_finds(library, article, query, options):
    """The index only narrows down the passages; the hits are the article search's own."""
    expected = SearchIndex.from_article(article).search(query, options=options)
    found = library.search(query, options)
    assert expected.hits, "a query chosen to be in the article"
    assert _spans(found.hit for found in found.hits) == _spans(expected.hits)
    assert {hit.text for hit in found.hits} <= {passage.text for passage in article.passages}


def test_every_word_of_the_article_is_found_as_the_article_search_finds_it(library, article):
    engine = SearchIndex.from_article(article)
    words = sorted({word for passage in article.passages for word in passage.text.split()})
    different = [
        word for word in words
        if _spans(engine.search(word).hits) != _spans(found.hit for found in library.search(word).hits)
    ]  # fmt: skip
    assert different == []


def test_hits_are_grouped_by_article_best_first_in_document_order_within(library, tmp_path):
    sources = [
        write_text_article(tmp_path / "a.txt", "Бір", "Ресейлік сарапшылар айтты.", "Тағы ресейлік пікір."),
        write_text_article(tmp_path / "b.txt", "Екі", "Ресей туралы жаңалық.", "Ешнәрсе жоқ.", "Ресейге сапар."),
    ]
    report = library.add_paths(sources)
    assert len(report.added) == 2
    b_id = library.entry(str(sources[1].resolve())).id
    result = library.search("Ресей")
    articles = [hit.article for hit in result.hits]
    assert articles == sorted(articles, key=articles.index), "each article's hits are together"
    assert result.articles[0] in (1, b_id), "articles with the word itself before related-only ones"
    assert result.articles[-1] == library.entry(str(sources[0].resolve())).id
    b_hits = [hit.hit for hit in result.hits if hit.article == b_id]
    assert [(hit.passage, hit.match) for hit in b_hits] == [(0, "Ресей"), (2, "Ресейге")]
    assert all(hit.hit.level is Level.FAMILY for hit in result.hits if hit.article == result.articles[-1])


def test_a_typo_is_corrected_against_the_words_of_the_whole_library(library, steppe):
    library.add_file(steppe)
    result = library.search("көшпенділір")
    assert result.suggestion == "көшпенділер"
    assert [(hit.hit.match, hit.hit.level) for hit in result.hits] == [("Көшпенділер", Level.TYPO)]


@pytest.mark.parametrize(
    "query", ['"', '""', "*", "NEAR(a b)", "a AND", "OR", "-Ресей", "^", "(", "сап*", "'", "e:x", "\x00", "  "]
)
def test_a_query_fts5_would_read_as_syntax_is_only_words(library, query):
    result = library.search(query)
    assert isinstance(result.hits, tuple)


def test_a_word_with_an_apostrophe_is_found(library, tmp_path):
    library.add_file(write_text_article(tmp_path / "o.txt", "Ирландия", "О'Брайен Астанаға келді."))
    assert [hit.hit.match for hit in library.search("О'Брайен").hits] == ["О'Брайен"]


def test_more_matching_passages_than_are_checked_are_counted_and_said(library, tmp_path, monkeypatch):
    monkeypatch.setattr(index, "MAX_CHECKED_PASSAGES", 3)
    library.add_file(write_text_article(tmp_path / "many.txt", "Көп", *[f"Ресей {n}." for n in range(6)]))
    result = library.search("Ресей")
    assert not result.complete
    assert result.passages == 6 + 9  # the new article's six and the bundled article's nine
    assert len({(hit.article, hit.hit.passage) for hit in result.hits}) == 3


def test_the_index_holds_each_article_once_however_often_it_is_added(library, steppe):
    for _ in range(3):
        library.add_file(steppe)
    assert library.index.size()[0] == 2
    assert [hit.hit.match for hit in library.search("даласы").hits] == ["даласы", "далада"]


def test_a_long_query_is_corrected_only_as_far_as_it_is_searched(library, steppe, monkeypatch):
    """A pasted page (thousands of words) costs what a 32-word query costs: the correction keeps the cap."""
    from desktop.search.engine import MAX_QUERY_WORDS

    library.add_file(steppe)
    searched: list[str] = []
    real_search = index.LibraryIndex._search
    monkeypatch.setattr(
        index.LibraryIndex,
        "_search",
        lambda self, query, options: searched.append(query) or real_search(self, query, options),
    )
    words = ["көшпенділір", "даласы", "жайылымнан"]  # a typo and two words of steppe.txt
    query = " ".join(words[number % 3] for number in range(1_300))  # about 14,000 characters
    result = library.search(query)
    assert len(searched) <= MAX_QUERY_WORDS + 2, "the whole query, each distinct word once, the corrected query"
    assert result.suggestion is not None
    assert len(result.suggestion.split()) == MAX_QUERY_WORDS
    assert result.suggestion.split() == [(["көшпенділер", *words[1:]])[n % 3] for n in range(MAX_QUERY_WORDS)]
