"""A book's chapters read as a book: the author's text kept whole, with its verse, headings,
tables, lists, footnotes and figures. Each case is a small book written here by hand."""

import pytest

from desktop.content import load_article
from desktop.content.export import to_markdown, to_text
from desktop.content.model import (
    BulletList,
    Cell,
    Figure,
    Note,
    NoteRef,
    Notes,
    Paragraph,
    PassageKind,
    Table,
    Verse,
)
from tests.helpers.books import book, chapter, package, png, write


def _one(tmp_path, body: str, extra=None):
    return load_article(book(tmp_path / "book.epub", {"ch1.xhtml": chapter(body)}, extra))


def _blocks(article):
    return [block for section in article.sections for block in section.blocks]


def _texts(article):
    return [passage.text for passage in article.passages]


def test_nothing_is_dropped_for_its_place_or_class_name(tmp_path):
    article = _one(
        tmp_path,
        '<header><h1>Бірінші тарау</h1></header><p class="comment related">Түсініктеме емес, мәтін.</p>'
        '<div class="sidebar share">Шет жақтағы мәтін.</div><aside>Бөлек ой.</aside><footer>Соңғы сөз.</footer>',
    )
    assert _texts(article) == [
        "Бірінші тарау",
        "Түсініктеме емес, мәтін.",
        "Шет жақтағы мәтін.",
        "Бөлек ой.",
        "Соңғы сөз.",
    ]


def test_text_outside_paragraphs_is_kept_in_its_order(tmp_path):
    article = _one(tmp_path, "Денедегі мәтін.<div>Кіріспе <span>сөз</span><p>Ішкі</p>Кейін</div><div>Тек div.</div>")
    assert _texts(article) == ["Денедегі мәтін.", "Кіріспе сөз", "Ішкі", "Кейін", "Тек div."]


def test_a_poem_keeps_its_lines_and_its_stanzas(tmp_path):
    article = _one(
        tmp_path,
        "<h2>Өлең</h2><p>Көңілім қайтты достан да,<br/>Дұшпаннан да, жаттан да.<br/><br/>"
        "Жүрегім менің қырық жамау,<br/>Тыныштық бер, тәңірім.</p>",
    )
    assert _blocks(article) == [
        Verse(("Көңілім қайтты достан да,", "Дұшпаннан да, жаттан да.")),
        Verse(("Жүрегім менің қырық жамау,", "Тыныштық бер, тәңірім.")),
    ]
    assert [p.kind for p in article.passages[1:]] == [PassageKind.VERSE_LINE] * 4


def test_preformatted_text_keeps_its_lines_and_spaces(tmp_path):
    article = _one(tmp_path, "<pre>\nбір  екі\n    үш\n\nтөрт</pre>")
    assert _blocks(article) == [Verse(("бір  екі", "    үш"), True), Verse(("төрт",), True)]


def test_headings_at_six_levels_are_kept_even_with_no_text_after_them(tmp_path):
    body = "".join(f"<h{n}>Деңгей {n}</h{n}>" for n in range(1, 7)) + "<p>Мәтін.</p>"
    article = _one(tmp_path, body)
    assert [(s.heading, s.level) for s in article.sections] == [(f"Деңгей {n}", n) for n in range(1, 7)]
    assert [s.heading_in_text for s in article.sections] == [True] * 6


def test_a_table_keeps_its_header_cells_and_its_rows(tmp_path):
    article = _one(
        tmp_path,
        "<table><caption>Халық саны</caption><tr><th>Қала</th><th>Адам</th></tr>"
        "<tr><td>Алматы</td><td>2 млн</td></tr><tr><td>Астана</td><td></td></tr></table>",
    )
    assert _blocks(article) == [
        Paragraph("Халық саны"),
        Table(
            (
                (Cell("Қала", True), Cell("Адам", True)),
                (Cell("Алматы"), Cell("2 млн")),
                (Cell("Астана"), Cell("")),
            )
        ),
    ]


def test_nested_lists_keep_their_levels_and_ruby_its_reading(tmp_path):
    article = _one(
        tmp_path,
        "<ul><li>Бір<ul><li>Ішкі</li><li>Тағы</li></ul></li><li>Екі</li></ul>"
        "<ol><li>Бірінші</li></ol><p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> жазуы.</p>",
    )
    assert _blocks(article) == [
        BulletList(("Бір", "Ішкі", "Тағы", "Екі"), (0, 1, 1, 0)),
        BulletList(("Бірінші",), (), True),
        Paragraph("漢 (kan) жазуы."),
    ]


def test_mathml_cdata_and_svg_text_are_read(tmp_path):
    article = _one(
        tmp_path,
        '<p>Формула <math xmlns="http://www.w3.org/1998/Math/MathML"><msup><mi>x</mi><mn>2</mn></msup></math>.</p>'
        '<p>Екінші <math xmlns="http://www.w3.org/1998/Math/MathML" alttext="a/b"><mfrac><mi>a</mi><mi>b</mi>'
        "</mfrac></math>.</p><p><![CDATA[Мәтін <ішінде> тұр]]></p>"
        '<svg xmlns="http://www.w3.org/2000/svg"><desc>сипаттама</desc><text>Сурет <tspan>жазуы</tspan></text></svg>',
    )
    assert _texts(article) == ["Формула x^2.", "Екінші a/b.", "Мәтін <ішінде> тұр", "Сурет жазуы"]


def test_what_is_hidden_stays_hidden(tmp_path):
    article = _one(tmp_path, '<p>Көрінеді.</p><p hidden="hidden">Жасырын.</p><div hidden=""><p>Бұл да.</p></div>')
    assert _texts(article) == ["Көрінеді."]


def test_a_footnote_is_opened_from_its_reference_and_listed_at_the_chapters_end(tmp_path):
    article = _one(
        tmp_path,
        '<h1>Тарау</h1><p>Мәтін<a epub:type="noteref" href="#n1">1</a>. Тағы<sup><a href="#n2">2</a></sup>.</p>'
        '<aside epub:type="footnote" id="n1"><p>Бірінші ескерту.</p></aside><p>Соңғы абзац.</p>'
        '<aside epub:type="footnote" id="n2"><p>Екінші</p><p>ескерту.</p></aside>',
    )
    assert _blocks(article) == [
        Paragraph(
            "Мәтін[1]. Тағы[2].",
            (NoteRef(5, 8, "OEBPS/ch1.xhtml#n1"), NoteRef(14, 17, "OEBPS/ch1.xhtml#n2")),
        ),
        Paragraph("Соңғы абзац."),
        Notes((Note("OEBPS/ch1.xhtml#n1", "Бірінші ескерту."), Note("OEBPS/ch1.xhtml#n2", "Екінші ескерту."))),
    ]


def test_endnotes_in_a_chapter_of_their_own_are_the_references_notes(tmp_path):
    path = book(
        tmp_path / "notes.epub",
        {
            "text.xhtml": chapter('<p>Сөз<a epub:type="noteref" href="notes.xhtml#e1">*</a> бар.</p>'),
            "notes.xhtml": chapter('<ol epub:type="endnotes"><li id="e1"><p>Түсіндірме.</p></li></ol>'),
        },
    )
    blocks = _blocks(load_article(path))
    assert blocks[0] == Paragraph("Сөз[*] бар.", (NoteRef(3, 6, "OEBPS/notes.xhtml#e1"),))
    assert blocks[1] == Notes((Note("OEBPS/notes.xhtml#e1", "Түсіндірме."),))


def test_a_note_reference_written_as_words_is_not_bracketed(tmp_path):
    article = _one(
        tmp_path,
        '<p>Түсіндірмесі <a epub:type="noteref" href="#n1">осы жерде</a> тұр.</p>'
        '<aside epub:type="footnote" id="n1"><p>Ескерту.</p></aside>',
    )
    assert _blocks(article)[0] == Paragraph("Түсіндірмесі осы жерде тұр.", (NoteRef(13, 22, "OEBPS/ch1.xhtml#n1"),))


def test_a_notes_link_back_to_its_reference_is_not_part_of_the_note(tmp_path):
    path = book(
        tmp_path / "notes.epub",
        {
            "text.xhtml": chapter('<p id="r1">Сөз<a epub:type="noteref" href="notes.xhtml#e1">1</a> бар.</p>'),
            "notes.xhtml": chapter(
                '<ol epub:type="endnotes"><li id="e1"><p>Түсіндірме. <a epub:type="backlink" href="text.xhtml#r1">↩</a>'
                '</p></li><li id="e2"><p><a role="doc-backlink" href="text.xhtml#r1">2.</a> Тағы бір.</p></li></ol>'
            ),
        },
    )
    assert _blocks(load_article(path))[1] == Notes(
        (Note("OEBPS/notes.xhtml#e1", "Түсіндірме."), Note("OEBPS/notes.xhtml#e2", "Тағы бір."))
    )


def test_a_figure_keeps_its_picture_caption_and_text_alternative(tmp_path):
    article = _one(
        tmp_path,
        '<figure><img src="images/Abai%20portrait.png" alt="Абайдың портреті"/>'
        "<figcaption>Абай Құнанбайұлы, 1896 ж.</figcaption></figure>"
        '<p>Мәтін.</p><img src="images/missing.png" alt="Жоқ сурет"/>',
        {"OEBPS/images/Abai portrait.png": png(4, 3)},
    )
    assert _blocks(article) == [
        Figure("OEBPS/images/Abai portrait.png", "Абайдың портреті", "Абай Құнанбайұлы, 1896 ж."),
        Paragraph("Мәтін."),
        Figure("", "Жоқ сурет"),
    ]
    assert article.images.read("OEBPS/images/Abai portrait.png") == png(4, 3)
    assert [p.kind for p in article.passages] == [PassageKind.CAPTION, PassageKind.PARAGRAPH]


def test_deep_nesting_and_unclosed_paragraphs_are_read_without_recursion(tmp_path):
    deep = "<div>" * 5000 + "Терең мәтін." + "</div>" * 5000
    unclosed = "<p>абзац " * 20000
    never_closed = "<div><span>" * 50000 + "Ең терең."
    article = load_article(
        book(
            tmp_path / "deep.epub",
            {
                "a.xhtml": chapter(deep),
                "b.xhtml": "<html><body>" + unclosed + "</body></html>",
                "c.xhtml": "<html><body>" + never_closed,
            },
        )
    )
    assert _texts(article)[0] == "Терең мәтін."
    assert _texts(article)[-1] == "Ең терең."
    assert len(article.passages) == 20002


# -- the package's rules --------------------------------------------------------------------


def _package_book(tmp_path, opf: str, files: dict[str, str | bytes]):
    return load_article(write(tmp_path / "rules.epub", {"OEBPS/content.opf": opf, **files}))


def test_items_outside_the_linear_reading_order_come_after_the_rest(tmp_path):
    opf = package(
        [("a", "a.xhtml", "application/xhtml+xml"), ("b", "b.xhtml", "application/xhtml+xml")],
        ['<itemref idref="a" linear="no"/>', '<itemref idref="b"/>'],
    )
    article = _package_book(
        tmp_path, opf, {"OEBPS/a.xhtml": chapter("<p>Қосымша.</p>"), "OEBPS/b.xhtml": chapter("<p>Негізгі.</p>")}
    )
    assert _texts(article) == ["Негізгі.", "Қосымша."]


def test_fallbacks_are_followed_past_foreign_and_scripted_items(tmp_path):
    opf = package(
        [
            ("f", "thing.dat", "application/x-thing", 'fallback="s"'),
            ("s", "scripted.xhtml", "application/xhtml+xml", 'properties="scripted" fallback="plain"'),
            ("plain", "plain.xhtml", "application/xhtml+xml"),
        ],
        ['<itemref idref="f"/>'],
    )
    files = {
        "OEBPS/thing.dat": b"\0\1\2",
        "OEBPS/scripted.xhtml": chapter("<p>Скрипт бар.</p><script>run()</script>"),
        "OEBPS/plain.xhtml": chapter("<p>Қарапайым нұсқа.</p>"),
    }
    assert _texts(_package_book(tmp_path, opf, files)) == ["Қарапайым нұсқа."]


def test_an_svg_content_document_is_read_for_its_text(tmp_path):
    opf = package([("p", "page.svg", "image/svg+xml")], ['<itemref idref="p"/>'])
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>аты</title><text x="1" y="2">Суреттегі сөз</text></svg>'
    assert _texts(_package_book(tmp_path, opf, {"OEBPS/page.svg": svg})) == ["Суреттегі сөз"]


@pytest.mark.parametrize(
    "encoded",
    [
        chapter("<p>Қазақ тілі әліпбиі.</p>").replace("utf-8", "UTF-16").encode("utf-16"),
        chapter("<p>Қазақ тілі әліпбиі.</p>").replace('encoding="utf-8"', 'encoding="UTF-16"').encode("utf-16-le"),
        chapter("<p>Русский текст: ёлка.</p>").replace("utf-8", "windows-1251").encode("windows-1251"),
    ],
    ids=["utf-16 with a mark", "utf-16 without one", "windows-1251"],
)
def test_declared_and_utf16_encodings_are_read(tmp_path, encoded):
    text = _texts(load_article(book(tmp_path / "enc.epub", {"ch.xhtml": encoded})))
    assert text in (["Қазақ тілі әліпбиі."], ["Русский текст: ёлка."])


def test_a_percent_encoded_href_and_the_first_rootfile_are_followed(tmp_path):
    container = (
        '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        '<rootfile full-path="first/content.opf" media-type="application/oebps-package+xml"/>'
        '<rootfile full-path="second/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    first = package([("c", "My%20Chapter.xhtml", "application/xhtml+xml")], ['<itemref idref="c"/>'])
    second = package([("c", "other.xhtml", "application/xhtml+xml")], ['<itemref idref="c"/>'])
    files = {
        "first/content.opf": first,
        "first/My Chapter.xhtml": chapter("<p>Бірінші нұсқа.</p>"),
        "second/content.opf": second,
        "second/other.xhtml": chapter("<p>Екінші нұсқа.</p>"),
    }
    assert _texts(load_article(write(tmp_path / "two.epub", files, container))) == ["Бірінші нұсқа."]


def test_malformed_xhtml_is_read_leniently_and_the_reader_is_told(tmp_path):
    article = load_article(book(tmp_path / "bad.epub", {"bad.xhtml": "<html><body><p>Жабылмаған <b>абзац<p>Келесі"}))
    assert _texts(article) == ["Жабылмаған абзац", "Келесі"]
    assert "OEBPS/bad.xhtml is not well-formed XHTML" in article.notices[0]


def test_navigation_labels_name_chapters_in_the_sidebar_but_are_not_added_to_the_text(tmp_path):
    nav = chapter('<nav epub:type="toc"><ol><li><a href="a.xhtml">Бірінші тарау</a></li></ol></nav>')
    opf = package(
        [
            ("nav", "nav.xhtml", "application/xhtml+xml", 'properties="nav"'),
            ("a", "a.xhtml", "application/xhtml+xml"),
            ("b", "b.xhtml", "application/xhtml+xml"),
        ],
        ['<itemref idref="a"/>', '<itemref idref="b"/>'],
    )
    files = {
        "OEBPS/nav.xhtml": nav,
        "OEBPS/a.xhtml": chapter("<p>Тақырыпсыз тарау.</p>"),
        "OEBPS/b.xhtml": chapter("<h1>Екінші тарау</h1><p>Мәтін.</p>"),
    }
    article = _package_book(tmp_path, opf, files)
    assert _texts(article) == ["Тақырыпсыз тарау.", "Екінші тарау", "Мәтін."]
    assert [(s.label, s.heading_in_text) for s in article.sections] == [
        ("Бірінші тарау", False),
        ("Екінші тарау", True),
    ]


# -- exports ------------------------------------------------------------------------------

EXPORT_BOOK = (
    "<h1>Бірінші бөлім</h1><h2>Өлең</h2><p>Бірінші жол,<br/>екінші жол.<br/><br/>Үшінші жол.</p>"
    '<p>Мәтін<a epub:type="noteref" href="#n1">1</a>.</p>'
    '<aside epub:type="footnote" id="n1">1. Ескерту мәтіні.</aside>'
    "<table><tr><th>А</th><th>Б</th></tr><tr><td>1</td><td>2</td></tr></table>"
    '<figure><img src="p.png" alt="Сурет"/><figcaption>Суреттің жазуы</figcaption></figure>'
)


def test_a_book_exports_as_text_with_its_lines_headings_and_notes_in_place(tmp_path):
    article = _one(tmp_path, EXPORT_BOOK, {"OEBPS/p.png": png(2, 2)})
    assert to_text(article) == (
        "Сынақ кітабы\n"
        "book.epub · " + article.iso_date + "\n"
        "Бірінші бөлім\n"
        "Өлең\n"
        "Бірінші жол,\n"
        "екінші жол.\n"
        "\n"
        "Үшінші жол.\n"
        "Мәтін[1].\n"
        "А | Б\n"
        "1 | 2\n"
        "Суреттің жазуы\n"
        "1. Ескерту мәтіні.\n"
    )


def test_a_book_exports_as_markdown_with_hard_line_breaks_levels_and_a_table(tmp_path):
    article = _one(tmp_path, EXPORT_BOOK, {"OEBPS/p.png": png(2, 2)})
    markdown = to_markdown(article)
    assert "## Бірінші бөлім\n\n### Өлең\n\nБірінші жол,\\\nекінші жол.\n\nҮшінші жол.\n\nМәтін\\[1\\].\n" in markdown
    assert "| А | Б |\n|---|---|\n| 1 | 2 |\n\nСуреттің жазуы\n\n1\\. Ескерту мәтіні.\n" in markdown


def test_an_html_export_carries_the_books_pictures_in_itself(tmp_path):
    from desktop.content.export import to_html

    article = _one(tmp_path, EXPORT_BOOK, {"OEBPS/p.png": png(2, 2)})
    page = to_html(article)
    assert '<img src="data:image/png;base64,' in page and 'alt="Сурет"' in page
    assert '<a class="noteref" href="note:0">[1]</a>' in page and '<a name="note-0"></a>1. Ескерту мәтіні.' in page


def test_a_picture_inside_a_paragraph_follows_it_and_does_not_cut_it(tmp_path):
    article = _one(tmp_path, '<p>Мәтін <img src="p.png" alt="белгі"/> жалғасы.</p>', {"OEBPS/p.png": png(2, 2)})
    assert _blocks(article) == [Paragraph("Мәтін жалғасы."), Figure("OEBPS/p.png", "белгі")]


@pytest.mark.parametrize("media_type", ["", "application/xml", "text/xml"])
def test_a_manifest_item_without_a_content_media_type_is_read_by_its_name(tmp_path, media_type):
    opf = package([("a", "a.xhtml", media_type)], ['<itemref idref="a"/>'])
    assert _texts(_package_book(tmp_path, opf, {"OEBPS/a.xhtml": chapter("<p>Түрі жоқ.</p>")})) == ["Түрі жоқ."]


def test_xhtml_inside_an_svg_foreign_object_is_read(tmp_path):
    article = _one(
        tmp_path,
        '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/><foreignObject width="9" height="9">'
        '<p xmlns="http://www.w3.org/1999/xhtml">Сурет ішіндегі абзац.</p></foreignObject></svg>',
    )
    assert _texts(article) == ["Сурет ішіндегі абзац."]


def test_a_picture_the_reader_cannot_show_is_replaced_by_its_manifest_fallback(tmp_path):
    opf = package(
        [
            ("c", "c.xhtml", "application/xhtml+xml"),
            ("psd", "star.psd", "image/psd", 'fallback="png"'),
            ("png", "star.png", "image/png"),
        ],
        ['<itemref idref="c"/>'],
    )
    files = {
        "OEBPS/c.xhtml": chapter('<p>Жұлдыз:</p><img src="star.psd" alt="жұлдыз"/>'),
        "OEBPS/star.psd": b"8BPS not a picture the reader shows",
        "OEBPS/star.png": png(2, 2),
    }
    assert _blocks(_package_book(tmp_path, opf, files))[1] == Figure("OEBPS/star.png", "жұлдыз")


def test_an_aria_note_is_a_callout_that_stays_where_it_stands(tmp_path):
    article = _one(
        tmp_path,
        '<p>Бірінші.</p><div role="note"><p>Ескерім: бұл мәтінде тұрады.</p></div><p>Соңғы.</p>'
        '<p>Мәтін<a role="doc-noteref" href="#d1">2</a>.</p><aside role="doc-footnote" id="d1">Түсінік.</aside>',
    )
    assert _texts(article) == ["Бірінші.", "Ескерім: бұл мәтінде тұрады.", "Соңғы.", "Мәтін[2].", "Түсінік."]
    assert _blocks(article)[-1] == Notes((Note("OEBPS/ch1.xhtml#d1", "Түсінік."),))


def test_an_epub_switch_shows_its_default_once(tmp_path):
    article = _one(
        tmp_path,
        '<epub:switch><epub:case required-namespace="http://www.w3.org/1998/Math/MathML">'
        '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></epub:case>'
        "<epub:default><p>x айнымалысы</p></epub:default></epub:switch>",
    )
    assert _texts(article) == ["x айнымалысы"]


DOCTYPE = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html [{}]>\n'
HTML = '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{}</p></body></html>'


def test_an_entity_the_chapter_declares_as_text_is_expanded_without_a_notice(tmp_path):
    chapter_text = DOCTYPE.format('<!ENTITY dash "&#8212;">') + HTML.format("Абай &dash; ақын")
    article = load_article(book(tmp_path / "entity.epub", {"a.xhtml": chapter_text}))
    assert _texts(article) == ["Абай — ақын"] and article.notices == ()


def test_entities_that_multiply_are_never_expanded_and_the_chapter_is_read_leniently(tmp_path):
    declarations = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {name} "{f"&{previous};" * 10}">' for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
    chapter_text = DOCTYPE.format(declarations) + HTML.format("Мәтін &i; соңы")
    article = load_article(book(tmp_path / "entities.epub", {"a.xhtml": chapter_text}))
    assert len(" ".join(_texts(article))) < 10_000
    assert article.notices and "read leniently" in article.notices[0]


def test_an_external_entity_is_never_read_and_its_reference_stands_for_nothing(tmp_path):
    """EPUB forbids reading external entities; the rest of the chapter is still read as XML
    (no leftover of the declaration, no "&secret;" in the text, no notice)."""
    chapter_text = DOCTYPE.format('\n  <!ENTITY secret SYSTEM "a.xhtml">\n') + HTML.format("Мәтін &secret; соңы")
    article = load_article(book(tmp_path / "external.epub", {"a.xhtml": chapter_text}))
    assert _texts(article) == ["Мәтін соңы"]
    assert article.notices == ()


def test_a_books_markdown_renders_back_to_its_text_lines_headings_and_cells(tmp_path):
    from html.parser import HTMLParser

    from markdown_it import MarkdownIt

    class Blocks(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.blocks, self.text = [], None

        def handle_starttag(self, tag, attrs):
            if tag in {"h1", "h2", "h3", "h4", "p", "li", "td", "th"}:
                if self.text is not None:  # a list inside a list item: the item's own text ends here
                    self.blocks.append("".join(self.text).strip())
                self.text = [f"{tag}:"]

        def handle_endtag(self, tag):
            if tag in {"h1", "h2", "h3", "h4", "p", "li", "td", "th"} and self.text is not None:
                self.blocks.append("".join(self.text))
                self.text = None

        def handle_data(self, data):
            if self.text is not None:
                self.text.append(data)

    article = _one(tmp_path, EXPORT_BOOK + "<h3>Үшінші</h3><ul><li>*жұлдыз*<ul><li>ішкі</li></ul></li></ul>")
    parser = Blocks()
    parser.feed(MarkdownIt("commonmark").enable("table").render(to_markdown(article)))
    assert parser.blocks[2:] == [
        "h2:Бірінші бөлім",
        "h3:Өлең",
        "p:Бірінші жол,\nекінші жол.",
        "p:Үшінші жол.",
        "p:Мәтін[1].",
        "th:А",
        "th:Б",
        "td:1",
        "td:2",
        "p:Суреттің жазуы",
        "h4:Үшінші",
        "li:*жұлдыз*",
        "li:ішкі",
        "p:1. Ескерту мәтіні.",  # the chapter's notes, where it ends
    ]


def test_chapters_without_headings_take_their_names_and_depth_from_the_table_of_contents(tmp_path):
    nav = chapter(
        '<nav epub:type="landmarks"><ol><li><a href="a.xhtml">Мұқаба</a></li></ol></nav>'
        '<nav epub:type="toc"><ol><li><a href="a.xhtml">Бірінші бөлім</a><ol>'
        '<li><a href="b.xhtml#start">Бірінші тарау</a></li></ol></li></ol></nav>'
    )
    opf = package(
        [
            ("nav", "nav.xhtml", "application/xhtml+xml", 'properties="nav"'),
            ("a", "a.xhtml", "application/xhtml+xml"),
            ("b", "b.xhtml", "application/xhtml+xml"),
        ],
        ['<itemref idref="a"/>', '<itemref idref="b"/>'],
    )
    files = {
        "OEBPS/nav.xhtml": nav,
        "OEBPS/a.xhtml": chapter("<p>Алғы сөз.</p>"),
        "OEBPS/b.xhtml": chapter("<p>Мәтін.</p>"),
    }
    article = _package_book(tmp_path, opf, files)
    assert [(s.label, s.level, s.heading_in_text) for s in article.sections] == [
        ("Бірінші бөлім", 1, False),
        ("Бірінші тарау", 2, False),
    ]


def test_an_epub2_ncx_names_chapters_at_their_depth(tmp_path):
    ncx = (
        '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>'
        '<navPoint id="p1"><navLabel><text>Бөлім</text></navLabel><content src="a.xhtml"/>'
        '<navPoint id="p2"><navLabel><text>Тарау</text></navLabel><content src="b.xhtml"/></navPoint>'
        "</navPoint></navMap></ncx>"
    )
    opf = package(
        [
            ("ncx", "toc.ncx", "application/x-dtbncx+xml"),
            ("a", "a.xhtml", "application/xhtml+xml"),
            ("b", "b.xhtml", "application/xhtml+xml"),
        ],
        ['<itemref idref="a"/>', '<itemref idref="b"/>'],
        spine_attrs=' toc="ncx"',
    )
    files = {"OEBPS/toc.ncx": ncx, "OEBPS/a.xhtml": chapter("<p>Бір.</p>"), "OEBPS/b.xhtml": chapter("<p>Екі.</p>")}
    article = _package_book(tmp_path, opf, files)
    assert [(s.label, s.level) for s in article.sections] == [("Бөлім", 1), ("Тарау", 2)]


def test_lists_nested_a_thousand_deep_keep_every_item_at_a_bounded_indent(tmp_path):
    body = "".join(f"<ul><li>{n}" for n in range(1000)) + "</li></ul>" * 1000
    (block,) = _blocks(_one(tmp_path, body))
    assert block.items == tuple(str(n) for n in range(1000))
    assert max(block.levels) == 8
