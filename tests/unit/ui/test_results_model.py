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
