"""Books that stretch the EPUB rules, each written by hand in tests/data/books: their text,
headings and notes come out where they stand, and nothing is fetched from the network."""

import socket

import pytest

from desktop.content import load_article
from desktop.content.export import to_text
from desktop.content.model import Figure, Notes, Paragraph
from tests.helpers.books import BOOKS, from_folder


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """A book is read without a single connection: any attempt fails the test."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("a book's reader tried to connect to the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def open_book(name, tmp_path):
    return load_article(from_folder(name, tmp_path / f"{name}.epub"))


def sidebar(article):
    return [(section.label, section.level, section.heading_in_text) for section in article.sections]


def texts(article):
    return [passage.text for passage in article.passages]


def test_a_navigation_document_in_a_folder_of_its_own_names_the_chapters(tmp_path):
    article = open_book("nav_in_own_folder", tmp_path)
    assert sidebar(article) == [("Бірінші бөлім", 1, False), ("Бірінші тарау", 2, False)]
    assert texts(article) == ["Бөлімнің алғы сөзі.", "Тараудың мәтіні."]


@pytest.mark.parametrize("name", ["ncx_found_by_type", "broken_nav_then_ncx"])
def test_the_ncx_names_the_chapters_when_the_spine_names_none_or_the_navigation_is_broken(tmp_path, name):
    article = open_book(name, tmp_path)
    assert sidebar(article) == [("Көктем", 1, False), ("Жаз", 2, False)]
    assert texts(article) == ["Қар кетіп, жер көктеді.", "Ауыл жайлауға көшті."]


def test_a_manifest_href_with_a_fragment_still_names_its_document(tmp_path):
    article = open_book("manifest_fragment", tmp_path)
    assert texts(article) == ["Бірінші тарау", "Бірінші тараудың мәтіні.", "Екінші тарау", "Екінші тараудың мәтіні."]
    assert article.notices == ()


def test_documents_and_pictures_named_carelessly_are_found(tmp_path):
    """Letter case, a path from the archive's root, a %-escape the archive kept: each names one file."""
    article = open_book("careless_names", tmp_path)
    assert [s.heading for s in article.sections] == ["Бірінші тарау", "Екінші тарау", "Үшінші тарау"]
    assert "Архивте пайыз белгісімен сақталған." in texts(article)
    figure = next(b for s in article.sections for b in s.blocks if isinstance(b, Figure))
    assert figure.image == "OEBPS/images/yurt.png" and article.images.read(figure.image)[:4] == b"\x89PNG"
    assert article.notices == ()


def test_what_is_on_the_network_is_named_and_never_fetched(tmp_path):
    article = open_book("remote_resources", tmp_path)
    assert texts(article) == [
        "Бірінші тарау",
        "Сурет желіде тұр: оны ешкім жүктемейді.",
        "Әннің мәтіні осында.",
        "Тараудың соңы.",
        "Екінші тарау",
        "Екінші тарау кітаптың ішінде.",
    ]
    figure = next(b for s in article.sections for b in s.blocks if isinstance(b, Figure))
    assert figure == Figure("", "Желідегі сурет"), "its text alternative stands for it"
    assert [notice for notice in article.notices if "network" in notice] == [
        "it names https://example.com/chapter.xhtml, on the network, which is never fetched: skipped",
        "it names //cdn.example.com/chapter.xhtml, on the network, which is never fetched: skipped",
    ]


def test_a_reference_opens_the_first_note_of_a_repeated_id_and_every_note_is_listed(tmp_path):
    article = open_book("duplicate_ids", tmp_path)
    blocks = [b for s in article.sections for b in s.blocks]
    notes = next(b for b in blocks if isinstance(b, Notes)).notes
    assert [note.text for note in notes] == [
        "Бірінші ескерту.",
        "Сол id-мен екінші ескерту.",
        "Үшінші ескерту.",
        "Id-сыз ескерту.",
    ]
    paragraph = next(b for b in blocks if isinstance(b, Paragraph))
    assert paragraph.text == "Бірінші сөйлем[1], екінші сөйлем[2]."
    by_id = {note.id: note.text for note in reversed(notes)}  # the first of an id wins
    assert [by_id[ref.note] for ref in paragraph.refs] == ["Бірінші ескерту.", "Үшінші ескерту."]
    assert len({note.id for note in notes}) == 4, "no two notes share a key"


def test_a_frame_shows_nothing_of_its_own_and_media_show_their_fallbacks(tmp_path):
    article = open_book("frames_and_fallbacks", tmp_path)
    assert texts(article) == [
        "Алдындағы мәтін.",
        "Фильмнің қысқаша мазмұны.",
        "Бейне көрсетілмесе, осы жазу оқылады.",
        "Әннің сөздері.",
        "Соңғы мәтін.",
    ]


def test_xhtml_entities_of_the_doctype_and_the_documents_own_are_expanded(tmp_path):
    article = open_book("dtd_entities", tmp_path)
    assert texts(article) == [
        "Абай Құнанбайұлы — ақын, ойшыл… «Қара сөздер»",  # a no-break space is a space, as in every text
        "Мұхтар Әуезов – «Абай жолы» романының авторы.",
    ]
    assert article.notices == (), "both are well-formed XML"


def test_right_to_left_and_other_languages_keep_their_text_in_reading_order(tmp_path):
    assert texts(open_book("right_to_left", tmp_path)) == [
        "Төте жазумен:",
        "قازاق ٴتىلى",
        "مرحبا Абай بالعالم",
        "English words in a Kazakh book.",
    ]


def test_nested_sections_keep_their_headings_levels_and_text_where_they_stand(tmp_path):
    article = open_book("nested_sections", tmp_path)
    assert [(s.heading, s.level) for s in article.sections] == [
        ("Бірінші бөлім", 1),
        ("Бірінші тарау", 2),
        ("Бірінші тармақ", 3),
        ("Тармақша", 4),
        ("Бесінші деңгей", 5),
        ("Алтыншы деңгей", 6),
        ("Жетінші деңгей", 6),
        ("Екінші бөлім", 1),
    ]
    assert to_text(article).splitlines()[2:] == [  # after the title and the byline
        "Бірінші бөлім",
        "Бірінші тарау",
        "Тараудың басы.",
        "Бірінші тармақ",
        "Тармақша",
        "Бесінші деңгей",
        "Алтыншы деңгей",
        "Ең терең мәтін.",
        "Жетінші деңгей",
        "Алтыншыдан да терең.",
        "Тармақтың соңы.",
        "Екінші бөлім",
        "Екінші бөлімнің мәтіні.",
    ]


def test_places_inside_a_chapter_the_contents_names_are_sections_of_the_sidebar(tmp_path):
    article = open_book("toc_fragments", tmp_path)
    assert [(s.label, s.level, s.heading_in_text, [p for b in s.blocks for p in _texts_of(b)]) for s in
            article.sections] == [
        ("Бірінші тарау", 1, False, ["Тараудың алғы сөзі."]),
        ("Таң", 2, False, ["Таң атты, ауыл оянды."]),
        ("Түс", 2, False, ["Түс болды, күн ысыды."]),
        ("Кешкі ауыл", 2, True, ["Кешке мал қораға қайтты, түтін көтерілді.", "Кесте", "ұяшығы"]),  # its own heading
        ("Екінші тарау", 1, False, ["Екінші тараудың мәтіні."]),
    ]  # fmt: skip
    assert texts(article)[:3] == ["Тараудың алғы сөзі.", "Таң атты, ауыл оянды.", "Түс болды, күн ысыды."]


def _texts_of(block):
    from desktop.content.model import Table

    if isinstance(block, Table):
        return [cell.text for row in block.rows for cell in row]
    return [block.text]


def test_hrefs_resolve_as_urls_inside_the_book_and_pictures_written_into_a_chapter_show(tmp_path):
    """A leading / starts at the book's root, .. never climbs above it (EPUB 3.3's URL parsing);
    a picture given as a data: URL is shown from the chapter itself."""
    from tests.helpers.books import png

    article = open_book("urls_and_data_pictures", tmp_path)
    figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert [(f.image[:22], f.caption) for f in figures] == [
        ("images/steppe.png", "Жаздағы дала"),
        ("images/lake.png", "Түбірден басталған жол"),
        ("data:image/png;base64,", "Тараудың ішіне жазылған сурет"),
    ]
    assert article.images.read(figures[0].image) == png(64, 40, (120, 160, 70))
    assert article.images.read(figures[2].image) == png(50, 50, (200, 60, 40))
    assert article.images.head(figures[2].image, 8) == b"\x89PNG\r\n\x1a\n"
    paragraph = next(b for s in article.sections for b in s.blocks if isinstance(b, Paragraph))
    notes = next(b for s in article.sections for b in s.blocks if isinstance(b, Notes))
    assert [ref.note for ref in paragraph.refs] == [notes.notes[0].id], "the reference opens its note"
    assert article.notices == ()


def test_a_doctype_that_declares_external_entities_reads_its_text_ones_and_never_the_others(tmp_path):
    article = open_book("undeclared_and_external_entities", tmp_path)
    assert texts(article) == ["Мұхтар Әуезов – жазушы.", "Екінші абзац."], "no ]> of the DOCTYPE, no file read"
    assert "read leniently" in article.notices[0]


def test_a_chapter_whose_name_a_zip_tool_wrote_in_utf8_without_saying_so_is_found(tmp_path):
    """ZIP reads such a name as code page 437; the package names the chapter as written."""
    import zipfile

    from tests.helpers.books import chapter, package

    real, stand_in = "OEBPS/мәтін/тарау.xhtml", "OEBPS/xxxxxxxxxx/yyyyyyyyyy.xhtml"
    assert len(real.encode()) == len(stand_in)
    opf = package([("c1", "мәтін/тарау.xhtml", "application/xhtml+xml")], ['<itemref idref="c1"/>'])
    path = tmp_path / "unflagged.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", (BOOKS / "nav_in_own_folder/META-INF/container.xml").read_text())
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr(stand_in, chapter("<p>Атауы UTF-8 белгісіз жазылған тарау.</p>"))
    path.write_bytes(path.read_bytes().replace(stand_in.encode(), real.encode()))  # no UTF-8 flag
    with zipfile.ZipFile(path) as archive:
        assert real not in archive.namelist()
    assert texts(load_article(path)) == ["Атауы UTF-8 белгісіз жазылған тарау."]
