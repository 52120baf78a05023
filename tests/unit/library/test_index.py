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
    assert _spans(found.hit for found in found.hits if found.field == "text") == _spans(expected.hits)
    assert {hit.text for hit in found.hits if hit.field == "text"} <= {passage.text for passage in article.passages}


@pytest.mark.slow
def test_every_word_of_the_article_is_found_as_the_article_search_finds_it(library, article):
    engine = SearchIndex.from_article(article)
    words = sorted({word for passage in article.passages for word in passage.text.split()})
    different = [
        word for word in words
        if _spans(engine.search(word).hits) != _spans(f.hit for f in library.search(word).hits if f.field == "text")
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


def test_the_counts_are_of_the_whole_library_and_exact(library, tmp_path):
    """Every matching article and passage is counted, however many; a page shows some of them."""
    library.add_paths(
        [write_text_article(tmp_path / f"{n:02d}.txt", f"Мақала {n}", *[f"Ресей {m}." for m in range(n % 4 + 1)])
         for n in range(12)]
    )  # fmt: skip
    result = library.search("Ресей", limit=5)
    assert result.total_articles == 12 + 1  # with the bundled article
    assert result.passages == sum(n % 4 + 1 for n in range(12)) + 9  # the bundled article's nine
    assert len(result.page) == 5 and result.more and result.complete
    assert [hit.article for hit in result.hits] == sorted((h.article for h in result.hits), key=result.page.index)


def test_pages_follow_each_other_without_gaps_or_repeats(library, tmp_path):
    library.add_paths(
        [write_text_article(tmp_path / f"{n:02d}.txt", f"Тақырып {n}", "Ресейге сапар.") for n in range(7)]
    )
    whole = library.search("сапар", limit=100)
    pages = [library.search("сапар", offset=offset, limit=3) for offset in range(0, 9, 3)]
    assert [article for page in pages for article in page.page] == list(whole.page)
    assert [page.offset for page in pages] == [0, 3, 6]
    assert not pages[-1].more and pages[0].more
    assert library.search("сапар", offset=50, limit=3).page == ()
    assert library.search("сапар", offset=50, limit=3).total_articles == whole.total_articles == 8


def test_a_phrase_is_counted_by_the_passages_that_hold_it_in_order(library, tmp_path):
    library.add_paths(
        [
            write_text_article(tmp_path / "a.txt", "Бір", "Жаңа жол салынды.", "Жол жаңа емес."),
            write_text_article(tmp_path / "b.txt", "Екі", "Жол жаңа емес."),
        ]
    )
    result = library.search('"жаңа жол"')
    assert (result.total_articles, result.passages) == (1, 1)
    assert [hit.hit.match for hit in result.hits] == ["Жаңа жол"]


def test_a_phrase_is_found_after_its_first_word_came_alone_and_in_any_form_of_its_words(library, tmp_path):
    """A passage can hold the phrase's first word before the phrase itself; a form of a word is the word."""
    library.add_paths(
        [
            write_text_article(tmp_path / "a.txt", "Бір", "Жаңа үй. Тағы жаңа жолдар салынды."),
            write_text_article(tmp_path / "b.txt", "Екі", "Жаңа жолға шықты, жаңа күн."),
            write_text_article(tmp_path / "c.txt", "Үш", "Жаңа үй, жаңа көше, жол жаңа."),
        ]
    )
    result = library.search('"жаңа жол"')
    assert (result.total_articles, result.passages) == (2, 2)
    assert sorted(hit.hit.match for hit in result.hits) == ["Жаңа жолға", "жаңа жолдар"]


def test_a_phrase_and_a_word_are_counted_where_one_passage_holds_both_the_phrase_in_order(library, tmp_path):
    """The phrase last in its passage counts; its first word last, or the word in another passage, does not."""
    library.add_paths(
        [
            write_text_article(tmp_path / "a.txt", "Бір", "Күн жылы, жаңа жол.", "Жаңа жол."),
            write_text_article(tmp_path / "b.txt", "Екі", "Күн жылы.", "Жаңа жол."),
            write_text_article(tmp_path / "c.txt", "Үш", "Күн жылы, жол жаңа."),
            write_text_article(tmp_path / "d.txt", "Төрт", "Жол мен күн жаңа"),
        ]
    )
    result = library.search('"жаңа жол" күн')
    assert (result.total_articles, result.passages) == (1, 1)
    assert [hit.hit.match for hit in result.hits] == ["Күн", "жаңа жол"]


def test_titles_sources_and_headings_are_found_and_ranked_above_the_text(library, tmp_path):
    in_title = write_text_article(tmp_path / "t.txt", "Алматы жаңалықтары", "Бүгін күн жылы.")
    in_text = write_text_article(tmp_path / "x.txt", "Басқа", "Алматыда жаңбыр жауды.", "Алматы туралы.")
    library.add_paths([in_text, in_title])
    result = library.search("Алматы")
    title_id = library.entry(str(in_title.resolve())).id
    text_id = library.entry(str(in_text.resolve())).id
    assert result.page[:2] == (title_id, text_id)
    assert [(hit.field, hit.hit.match, hit.hit.passage) for hit in result.hits if hit.article == title_id] == [
        ("title", "Алматы", -1)
    ]
    assert result.matches == {title_id: 1, text_id: 2} and (result.passages, result.fields) == (2, 1)


@pytest.mark.parametrize("query", ["Алматы", "Алматы жаңа", '"жаңа Алматы"'])
def test_titles_and_headings_are_counted_beside_the_passages_for_words_and_phrases(library, tmp_path, query):
    """Every place a hit is listed at is counted: the body's passages, and apart from them the titles, sources and
    headings (the window gives their sum, the listed hits being at most that many places)."""
    library.add_paths(
        [
            write_text_article(tmp_path / "t.txt", "Жаңа Алматы", "Жаңа Алматы салынды.", "Ескі қала."),
            write_text_article(tmp_path / "x.txt", "Басқа", "Жаңа Алматы туралы.", "Алматыдағы жаңа үй."),
            write_text_article(tmp_path / "y.txt", "Тағы", "Бұл жерде жоқ."),
        ]
    )
    result = library.search(query, limit=100)
    expected = {"Алматы": (3, 1), "Алматы жаңа": (3, 1), '"жаңа Алматы"': (2, 1)}[query]
    assert (result.passages, result.fields) == expected
    assert sum(result.matches.values()) == result.passages + result.fields


def test_a_section_heading_is_found_with_its_section(library, article):
    """The bundled article's section «Ресей сарапшылары»: a heading hit names its section."""
    result = library.search("сарапшылары")
    headings = [hit for hit in result.hits if hit.field == "heading"]
    assert {(hit.text, hit.hit.section_id) for hit in headings} >= {("Ресей сарапшылары", "russia")}


def test_the_index_holds_each_article_once_however_often_it_is_added(library, steppe):
    for _ in range(3):
        library.add_file(steppe)
    assert library.index.size()[0] == 2
    assert [hit.hit.match for hit in library.search("даласы").hits] == ["Дала", "даласы", "далада"]


def test_a_long_query_is_corrected_only_as_far_as_it_is_searched(library, steppe, monkeypatch):
    """A pasted page (thousands of words) costs what a 32-word query costs: the correction keeps the cap."""
    from desktop.search.engine import MAX_QUERY_WORDS

    library.add_file(steppe)
    searched: list[str] = []
    real_search = index.LibraryIndex._search
    monkeypatch.setattr(
        index.LibraryIndex,
        "_search",
        lambda self, query, options, page: searched.append(query) or real_search(self, query, options, page),
    )
    words = ["көшпенділір", "даласы", "жайылымнан"]  # a typo and two words of steppe.txt
    query = " ".join(words[number % 3] for number in range(1_300))  # about 14,000 characters
    result = library.search(query)
    assert len(searched) <= MAX_QUERY_WORDS + 2, "the whole query, each distinct word once, the corrected query"
    assert result.suggestion is not None
    assert len(result.suggestion.split()) == MAX_QUERY_WORDS
    assert result.suggestion.split() == [(["көшпенділер", *words[1:]])[n % 3] for n in range(MAX_QUERY_WORDS)]


def test_a_plain_text_section_named_after_its_long_title_is_not_a_second_heading_hit(library, tmp_path):
    long_title = "Алматы қаласындағы жаңа саябақтар мен көшелер туралы ұзақ әңгіме басталады"
    library.add_file(write_text_article(tmp_path / "t.txt", long_title, "Бүгін күн жылы."))
    assert [hit.field for hit in library.search("саябақтар").hits] == ["title"]


def test_within_a_tier_the_words_own_forms_come_first_then_the_order_added(library, tmp_path):
    """Title, then source or heading, then body; in each, found there by the word itself before related forms only."""
    files = {
        "body_related": write_text_article(tmp_path / "1.txt", "Бір", "Ресейлік сарапшылар айтты."),
        "body_own": write_text_article(tmp_path / "2.txt", "Екі", "Ресей туралы жаңалық."),
        "title_related": write_text_article(tmp_path / "3.txt", "Ресейлік жаңалық", "Бүгін күн жылы."),
        "title_own": write_text_article(tmp_path / "4.txt", "Ресей жаңалықтары", "Бүгін күн суық."),
        "body_own_later": write_text_article(tmp_path / "5.txt", "Бес", "Ресей мен Қазақстан."),
    }
    library.add_paths(list(files.values()))
    ids = {name: library.entry(str(path.resolve())).id for name, path in files.items()}
    page = library.search("Ресей").page
    mine = [article for article in page if article in ids.values()]
    assert mine == [ids[name] for name in ("title_own", "title_related", "body_own", "body_own_later", "body_related")]
    assert page.index(1) < page.index(ids["body_own"]), "the bundled article's heading «Ресей сарапшылары»"


def test_one_word_is_counted_and_paged_as_the_same_word_twice_is(library, tmp_path):
    """A one-word query is answered from FTS5's counts and rowid order; a query of the word twice groups every
    matching passage by article: both give the same totals and the same pages."""
    library.add_paths(
        [write_text_article(tmp_path / f"{n:02d}.txt", *texts) for n, texts in enumerate([
            ("Ресей", "Ресейге сапар."), ("Сапар", "Ресейлік сарапшы.", "Ресей мен Қазақстан."),
            ("Тағы", "Мұнда жоқ."), ("Ресейлік көзқарас", "Ресей."), ("Бос", "Ресейдің экономикасы.", "Ресей."),
        ])]
    )  # fmt: skip
    for query in ("Ресей", "ресейлік", "сапар"):
        once, twice = library.search(query, limit=100), library.search(f"{query} {query}", limit=100)
        assert (once.total_articles, once.passages, once.page) == (twice.total_articles, twice.passages, twice.page)
        assert once.matches == twice.matches
        pages = [library.search(query, offset=offset, limit=2).page for offset in range(0, len(once.page) + 2, 2)]
        assert [article for page in pages for article in page] == list(once.page)


def test_words_first_seen_in_a_rolled_back_batch_are_found_once_indexed_again(tmp_path):
    """The numbers a rolled-back batch gave its new words are not in the file: they are given again."""
    from desktop.content import load_article

    rocket = load_article(write_text_article(tmp_path / "a.txt", "Зымыран", "Зымыран ұшты, бәрі көрді."))
    store = index.LibraryIndex(tmp_path / "index.sqlite")
    with pytest.raises(RuntimeError), store.batch():
        store.put(1, rocket, "first")
        raise RuntimeError("the import stopped")
    assert store.indexed() == {}
    store.put(2, rocket, "second")
    result = store.search("зымыран")
    assert (result.total_articles, result.articles) == (1, [2])
    assert {found.field for found in result.hits} == {"title", "text"}
    store.close()


@pytest.mark.parametrize("positions", [(), (2,), (0, 3), (3, 1, 3, 0)])
def test_values_are_picked_at_any_number_of_positions_as_one_by_one(positions):
    """One position gives a tuple of one, not the value; none gives an empty tuple (an itemgetter gives neither)."""
    values = ["10", "11", "12", "13"]
    assert index._picked(values, positions) == tuple(values[position] for position in positions)
