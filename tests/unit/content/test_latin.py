"""Reading in the 2021 Kazakh Latin alphabet."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.content.latin import CYRILLIC_TO_LATIN, latin_article, latin_offsets, to_latin


def test_the_table_covers_all_42_letters():
    from desktop.content.alphabet import KAZAKH_LOWER

    assert set(KAZAKH_LOWER) == set(CYRILLIC_TO_LATIN)


def test_whole_article_in_latin_keeps_its_structure(article):
    latin = latin_article(article)
    assert latin.title.startswith("Toqaevtyñ Mäskeuge sapary")
    assert [s.id for s in latin.sections] == [s.id for s in article.sections]
    assert [s.label for s in latin.sections][:2] == ["Kırıspe", "Batys mediasy"]
    assert len(latin.passages) == len(article.passages)
    assert not any("\u0400" <= c <= "\u052f" for p in latin.passages for c in p.text)


def test_capitals_of_two_letter_spellings():
    assert to_latin("Шығыс ШЫҒЫС Щучинск ЩУЧИНСК Ю") == "Şyğys ŞYĞYS Şşuchinsk ŞŞUCHİNSK Iu"


@given(st.text(alphabet=st.sampled_from(list("АаӘәЩщЮюЯяЦцЧчЁёЪъЬьІіИиЙй xyz-«»")), max_size=40))
def test_offsets_map_every_character_to_its_latin_spelling(text):
    offsets = latin_offsets(text)
    latin = to_latin(text)
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(latin)
    for index in range(len(text)):
        assert latin[offsets[index] : offsets[index + 1]] == to_latin_char(text, index)


def to_latin_char(text: str, index: int) -> str:
    from desktop.content.latin import _latin_pieces

    return _latin_pieces(text)[index]


def test_latin_spans_map_a_cyrillic_span_to_the_same_latin_characters(article):
    from desktop.content.latin import LatinSpans

    spans = LatinSpans(article)
    latin = latin_article(article)
    text = article.passages[0].text
    start = text.index("Қазақстан")
    begin, end = spans.span(0, start, start + len("Қазақстан"))
    assert latin.passages[0].text[begin:end] == "Qazaqstan"


def test_a_footnote_reference_stays_on_the_same_characters_in_latin():
    from desktop.content.model import Article, NoteRef, Paragraph, Section

    text = "Шешесі[1] келді."
    section = Section("s1", "Ш", "Ш", "i.x", (Paragraph(text, (NoteRef(6, 9, "n1"),)),))
    latin = latin_article(Article("Т", "2025-01-02", "С", "kk", (section,)))
    paragraph = latin.sections[0].blocks[0]
    ref = paragraph.refs[0]
    assert paragraph.text[ref.start : ref.end] == "[1]" and paragraph.text.startswith("Şeşesı")
