"""The bundled article as a content model."""

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.content import Article, BulletList, Paragraph, PassageKind, Section
from desktop.content.model import Figure, Note, NoteRef, Notes, Verse
from tests.helpers.paths import ROOT

EXPECTED_SECTIONS = ["intro", "west", "usa", "europe", "russia", "central-asia", "conclusion"]


def test_article_metadata(article):
    assert article.date == dt.date(2025, 11, 15)
    assert article.source == "BAQ.KZ"
    assert article.language == "kk"
    assert article.title


def test_seven_sections_in_reading_order(article):
    assert list(article.section_ids) == EXPECTED_SECTIONS


def test_every_section_has_label_heading_and_icon(article):
    for section in article.sections:
        assert section.label and section.heading and section.icon.count(".") == 1
        assert len(section.label) <= 30, "sidebar labels stay short"


def test_lead_section_heading_is_not_part_of_the_text(article):
    intro = article.section("intro")
    assert not intro.heading_in_text
    assert article.passages[0].kind is PassageKind.PARAGRAPH
    assert all(s.heading_in_text for s in article.sections[1:])


def test_bullet_lists_stay_lists(article):
    lists = [b for b in article.section("conclusion").blocks if isinstance(b, BulletList)]
    assert [len(b.items) for b in lists] == [3, 3]
    assert lists[1].items[0] == "дербес шешім қабылдайтын мемлекет бейнесі,"


def test_passages_are_numbered_in_reading_order(article):
    assert [p.index for p in article.passages] == list(range(len(article.passages)))
    assert len(article.passages) == 30
    headings = [p.text for p in article.passages if p.kind is PassageKind.HEADING]
    assert headings[0] == 'Батыс медиасының бағасы: "Теңгерімді сыртқы саясат"'


def _small_article(**changes):
    lead = Section(
        "lead", "Кіріспе", "Кіріспе", "fa6s.book-open", (Paragraph("Бірінші абзац."),), heading_in_text=False
    )
    body = Section(
        "body", "Негізгі", "Негізгі бөлім", "fa6s.globe", (Paragraph("Екінші."), BulletList(("бір,", "екі.")))
    )
    fields = {"title": "Тақырып", "date": dt.date(2025, 11, 15), "source": "BAQ.KZ", "language": "kk"}
    return Article(**{**fields, "sections": (lead, body), **changes})


def test_passages_of_a_small_article_are_its_texts_in_order():
    passages = _small_article().passages
    assert [(p.index, p.section_id, p.kind, p.text) for p in passages] == [
        (0, "lead", PassageKind.PARAGRAPH, "Бірінші абзац."),
        (1, "body", PassageKind.HEADING, "Негізгі бөлім"),
        (2, "body", PassageKind.PARAGRAPH, "Екінші."),
        (3, "body", PassageKind.LIST_ITEM, "бір,"),
        (4, "body", PassageKind.LIST_ITEM, "екі."),
    ]


def test_passages_of_every_kind_of_block_are_numbered_passages_in_reading_order():
    from desktop.content.model import Cell, Figure, Note, Notes, Passage, Table, Verse, block_passage_count, block_texts

    blocks = (
        Verse(("жол 1", "жол 2")),
        Paragraph("абзац"),
        Table(((Cell("тақырып", header=True), Cell("")), (Cell("ұяшық"),))),
        Figure("сурет.png", "сурет", caption="жазуы"),
        Figure("сурет.png", "жазуы жоқ"),
        Notes((Note("n1", "ескерту"),)),
        Paragraph("соңы"),
    )
    article = Article("Т", dt.date(2025, 1, 1), "x", "kk", (Section("s1", "Бөлім", "Бөлім", "fa6s.globe", blocks),))
    assert all(type(passage) is Passage for passage in article.passages)
    more = (BulletList(("бір", "екі", "үш")), BulletList(()), Table(()), Notes(()), Verse(()))
    assert [block_passage_count(b) for b in blocks + more] == [len(list(block_texts(b))) for b in blocks + more]
    assert [(p.index, p.section_id, p.kind, p.text) for p in article.passages] == [
        (0, "s1", PassageKind.HEADING, "Бөлім"),
        (1, "s1", PassageKind.VERSE_LINE, "жол 1"),
        (2, "s1", PassageKind.VERSE_LINE, "жол 2"),
        (3, "s1", PassageKind.PARAGRAPH, "абзац"),
        (4, "s1", PassageKind.TABLE_CELL, "тақырып"),
        (5, "s1", PassageKind.TABLE_CELL, "ұяшық"),
        (6, "s1", PassageKind.CAPTION, "жазуы"),
        (7, "s1", PassageKind.NOTE, "ескерту"),
        (8, "s1", PassageKind.PARAGRAPH, "соңы"),
    ]


def test_articles_are_values_equal_and_hashed_by_their_fields():
    assert _small_article() == _small_article()
    assert hash(_small_article()) == hash(_small_article())
    assert _small_article() != _small_article(title="Басқа тақырып")
    assert _small_article() != "Тақырып"
    assert len({_small_article(), _small_article()}) == 1


def test_an_article_cannot_be_changed_in_place():
    article = _small_article()
    with pytest.raises(AttributeError, match="replace"):
        article.title = "Басқа"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del article.sections
    with pytest.raises(AttributeError):
        article.passages[0].text = "басқа"  # type: ignore[misc]
    assert article.title == "Тақырып"


def test_replace_makes_another_article_and_numbers_its_passages_again():
    article = _small_article()
    shorter = article.replace(sections=article.sections[1:], title="Қысқа")
    assert (shorter.title, shorter.date, shorter.source) == ("Қысқа", article.date, "BAQ.KZ")
    assert [p.index for p in shorter.passages] == [0, 1, 2, 3]
    assert shorter.passages[0].text == "Негізгі бөлім"
    assert article.title == "Тақырып" and len(article.passages) == 5


def test_the_repr_names_the_fields_without_the_whole_text():
    shown = repr(_small_article())
    assert "title='Тақырып'" in shown and "date=datetime.date(2025, 11, 15)" in shown
    assert "<2 sections>" in shown and "Екінші." not in shown


def test_a_date_given_as_iso_text_is_a_date_when_read():
    sections = (Section("a", "A", "A", "fa6s.book", (Paragraph("мәтін"),)),)
    from_text = Article("T", "2024-02-29", "S", "kk", sections)
    from_date = Article("T", dt.date(2024, 2, 29), "S", "kk", sections)
    assert from_text.iso_date == "2024-02-29" == from_date.iso_date
    assert from_text.date == dt.date(2024, 2, 29)
    assert from_text == from_date and hash(from_text) == hash(from_date)
    assert from_text.replace(title="U").date == dt.date(2024, 2, 29)


def test_comparing_and_hashing_articles_with_iso_dates_makes_no_date_object():
    code = (
        "import sys\n"
        "from desktop.content.model import Article\n"
        "a, b = Article('T', '2024-02-29', 'S', 'kk', ()), Article('T', '2024-02-29', 'S', 'kk', ())\n"
        "assert a == b and hash(a) == hash(b) and a.iso_date == '2024-02-29'\n"
        "print('datetime' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"


def test_an_article_begins_another_that_only_goes_on_after_it():
    from desktop.content.model import begins

    first = _small_article()
    last = first.sections[-1]
    grown = first.replace(sections=(*first.sections[:-1], last._replace(blocks=(*last.blocks, Paragraph("Тағы.")))))
    more = first.replace(sections=(*first.sections, Section("more", "Тағы", "Тағы", "fa5s.book", (Paragraph("Иә."),))))
    assert begins(first, first) and begins(first, grown) and begins(first, more)
    assert not begins(grown, first)  # shorter: it does not go on from what was shown
    assert not begins(first, first.replace(title="Басқа"))  # another head
    other = first.sections[0]._replace(blocks=(Paragraph("Басқа мәтін."),))
    assert not begins(first, first.replace(sections=(other, *first.sections[1:])))  # another text shown


def test_an_article_with_no_sections_yet_begins_any_with_its_head():
    from desktop.content.model import begins

    whole = _small_article()
    empty = whole.replace(sections=())
    assert begins(empty, whole) and begins(empty, empty)
    assert not begins(empty, whole.replace(title="Басқа")) and not begins(whole, empty)


BLOCKS = st.sampled_from(
    [
        Paragraph("абзац"),
        Paragraph("сілтемесі бар", (NoteRef(0, 3, "n1"),)),
        BulletList(("бір", "екі")),
        BulletList(()),
        Verse(("жол",)),
        Figure("сурет.png", "сурет", caption="жазуы"),
        Notes((Note("n1", "ескерту"),)),
    ]
)
SECTIONS = st.lists(
    st.tuples(st.booleans(), st.lists(BLOCKS | st.just(Paragraph("тағы")), max_size=6)), max_size=5
).map(
    lambda specs: tuple(
        Section(f"s{number}", "Бөлім", f"Тақырып {number}", "fa6s.globe", tuple(blocks), in_text)
        for number, (in_text, blocks) in enumerate(specs)
    )
)


@given(SECTIONS)
@settings(max_examples=300, deadline=None)
def test_the_passages_of_any_sections_are_their_headings_and_block_texts_numbered_in_order(sections):
    """Sections of paragraphs alone (made at once) and of every other mix, headings shown or not."""
    from desktop.content.model import Passage, block_texts

    expected = []
    for section in sections:
        if section.heading_in_text:
            expected.append((section.id, PassageKind.HEADING, section.heading))
        expected += [(section.id, kind, text) for block in section.blocks for kind, text in block_texts(block)]
    passages = Article("Т", dt.date(2025, 1, 1), "x", "kk", sections).passages
    assert all(type(passage) is Passage for passage in passages)
    assert [tuple(passage) for passage in passages] == [(index, *rest) for index, rest in enumerate(expected)]
