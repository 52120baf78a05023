"""The sidebar's section model."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from desktop.ui.section_model import SectionListModel
from tests.helpers.qt import displayed


def test_one_row_per_section_with_label_icon_and_tooltip(qapp, article, qtmodeltester):
    model = SectionListModel(article)
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    for row, section in enumerate(article.sections):
        index = model.index(row)
        assert index.data(Qt.ItemDataRole.DisplayRole) == section.label
        assert displayed(index.data(Qt.ItemDataRole.ToolTipRole)) == section.heading
        assert index.data(SectionListModel.SectionIdRole) == section.id
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()


def test_hit_counts_show_while_searching_and_disappear_after(qapp, article, qtbot):
    model = SectionListModel(article)
    with qtbot.waitSignal(model.dataChanged):
        model.set_hit_counts({"west": 3})
    assert model.index(1).data() == "Батыс медиасы  (3)"
    assert model.index(0).data().endswith("(0)")
    assert model.index(0).data(Qt.ItemDataRole.ForegroundRole) is not None  # no hits: dimmed
    assert model.index(1).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_hit_counts(None)
    assert model.index(1).data() == "Батыс медиасы"
    assert model.index(0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_unknown_icon_names_fall_back_instead_of_failing(qapp, article):
    from desktop.ui.icons import icon

    assert not icon("fa6s.no-such-icon-anywhere", "#000").isNull()


def test_row_of_finds_sections(qapp, article):
    assert SectionListModel(article).row_of("europe") == 3
