"""The search results model: sections, then hits with snippets; checked by Qt's model tester."""

from PySide6.QtCore import QModelIndex, Qt

from desktop.search import SearchIndex
from desktop.ui.search.results_model import SearchResultsModel
from tests.helpers.qt import displayed


def _model(article, query: str) -> SearchResultsModel:
    model = SearchResultsModel(article)
    model.set_hits(SearchIndex.from_article(article).search(query).in_document_order())
    return model


def test_the_model_passes_qts_model_tester(qapp, article, qtmodeltester):
    qtmodeltester.check(_model(article, "сапар"))
    qtmodeltester.check(SearchResultsModel(article))  # empty


def test_a_row_per_section_then_a_row_per_hit_numbered_in_document_order(qapp, article):
    model = _model(article, "Ресей")
    sections = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert sections[0] == "Кіріспе (1)" and "Ресей сарапшылары (3)" in sections
    numbers = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        numbers += [model.index(child, 0, parent).data(model.HitNumberRole) for child in range(model.rowCount(parent))]
    assert numbers == list(range(9))


def test_a_hit_row_shows_its_snippet_and_tooltip_and_marks_related_words(qapp, article):
    model = _model(article, "Ресей")
    russia = next(row for row in range(model.rowCount()) if model.index(row, 0).data().startswith("Ресей сарап"))
    parent = model.index(russia, 0)
    rows = [model.index(child, 0, parent) for child in range(model.rowCount(parent))]
    assert rows[0].data() == "«Ресей» сарапшылары: екі түрлі көзқарас"
    assert rows[1].data().endswith("(түбірлес сөз)") and "«ресейлік»" in rows[1].data()
    assert "<b>ресейлік</b>" in rows[1].data(model.SnippetHtmlRole)
    assert displayed(rows[1].data(Qt.ItemDataRole.ToolTipRole)).startswith("Бір топ ресейлік сарапшы")


def test_index_of_a_hit_finds_its_row_and_an_unknown_number_finds_none(qapp, article):
    model = _model(article, "сапар")
    index = model.index_of_hit(3)
    assert index.data(model.HitNumberRole) == 3
    assert model.index_of_hit(99) == QModelIndex()


def _long_model(qapp, monkeypatch, article, per_fetch: int) -> SearchResultsModel:
    """The article's hits for a common word, listed ``per_fetch`` at a time (a long book's case, small)."""
    from desktop.ui.search import results_model

    monkeypatch.setattr(results_model, "HITS_PER_FETCH", per_fetch)
    return _model(article, "Қазақстан")  # five hits in two sections


def test_a_section_with_many_hits_lists_some_and_fetches_the_rest_as_it_is_scrolled(
    qapp, monkeypatch, article, qtmodeltester
):
    qtmodeltester.check(_long_model(qapp, monkeypatch, article, per_fetch=2))
    model = _long_model(qapp, monkeypatch, article, per_fetch=2)
    crowded = max(range(model.rowCount()), key=lambda row: len(model._groups[row][1]))
    section = model.index(crowded, 0)
    total = len(model._groups[crowded][1])
    assert total > 4
    assert model.rowCount(section) == 2 and model.canFetchMore(section)
    assert section.data().endswith(f"({total})")  # the label counts every hit, listed or not
    model.fetchMore(section)
    assert model.rowCount(section) == 4
    while model.canFetchMore(section):
        model.fetchMore(section)
    assert model.rowCount(section) == total
    numbers = [model.index(child, 0, section).data(model.HitNumberRole) for child in range(total)]
    assert numbers == sorted(numbers) and len(set(numbers)) == total


def test_going_to_a_hit_not_listed_yet_lists_the_rows_up_to_it(qapp, monkeypatch, article):
    model = _long_model(qapp, monkeypatch, article, per_fetch=1)
    last = sum(len(hits) for _section, hits in model._groups) - 1
    index = model.index_of_hit(last)
    assert index.isValid() and index.data(model.HitNumberRole) == last
    assert index.row() == model.rowCount(index.parent()) - 1


def _panel_of_a_long_book(qtbot, tmp_path, paragraphs: int):
    """A results panel, shown, listing the hits of «оқырман», one in each of ``paragraphs``."""
    from desktop.content import load_article
    from desktop.search import SearchIndex
    from desktop.ui.search.results_panel import ResultsPanel

    lines = [f"Оқырман {number}-абзацты оқыды." for number in range(paragraphs)]
    path = tmp_path / "book.txt"
    path.write_text("Ұзын кітап\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    article = load_article(path)
    panel = ResultsPanel(article)
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    result = SearchIndex.from_article(article).search("оқырман")
    hits = result.in_document_order()
    panel.show_result(result, hits)
    return panel, hits


def test_the_view_lists_more_hits_when_scrolled_to_the_end(qtbot, tmp_path):
    from desktop.ui.search.results_model import HITS_PER_FETCH

    panel, hits = _panel_of_a_long_book(qtbot, tmp_path, HITS_PER_FETCH * 10)
    model = panel.model

    def listed() -> int:
        return sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))

    at_first = listed()
    assert at_first < len(hits)  # not every row built at once
    bar = panel.view.verticalScrollBar()
    for _ in range(3):
        bar.setValue(bar.maximum())
        qtbot.wait(10)
    assert listed() > at_first


def test_end_in_the_results_goes_to_the_last_hit_not_the_last_listed(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt

    from desktop.ui.search import results_model

    monkeypatch.setattr(results_model, "HITS_PER_FETCH", 5)
    panel, hits = _panel_of_a_long_book(qtbot, tmp_path, 200)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_End)
    assert panel.view.currentIndex().data(panel.model.HitNumberRole) == len(hits) - 1
