"""EPUB books: chapters in spine order, titled from the navigation, metadata from the package."""

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from desktop.content import ContentError, load_article
from desktop.content.export import to_text
from desktop.content.model import Figure
from tests.helpers.books import claiming

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:1</dc:identifier>
    <dc:title>Абай жолы</dc:title>
    <dc:creator>Мұхтар Әуезов</dc:creator>
    <dc:publisher>Жазушы</dc:publisher>
    <dc:date>1942-05-01</dc:date>
    <dc:language>kk</dc:language>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
    <item id="c2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
    <item id="c3" href="text/ch3.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine><itemref idref="c1"/><itemref idref="c2"/><itemref idref="c3"/></spine>
</package>"""

NAV = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>
<nav epub:type="toc"><ol>
  <li><a href="text/ch1.xhtml">Бірінші тарау</a></li>
  <li><a href="text/ch2.xhtml#start">Екінші тарау</a></li>
  <li><a href="text/ch3.xhtml">Үшінші тарау</a></li>
</ol></nav></body></html>"""


def _chapter(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><h1>{title}</h1>{body}</body></html>'


def _epub(path, files):
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, text in files.items():
            book.writestr(name, text)
    return path


GOOD = {
    "META-INF/container.xml": CONTAINER,
    "OEBPS/content.opf": OPF,
    "OEBPS/nav.xhtml": NAV,
    "OEBPS/text/ch1.xhtml": _chapter("Бірінші тарау", "Абай ауылға қайтты.", "Күз еді."),
    "OEBPS/text/ch2.xhtml": _chapter("Екінші тарау", "Құнанбай <i>сөйледі</i>."),
    "OEBPS/text/ch3.xhtml": _chapter("Үшінші тарау", "Соңғы тарау &amp; соңғы сөз."),
}


def test_three_chapters_in_spine_order_with_their_titles_and_the_books_metadata(tmp_path):
    article = load_article(_epub(tmp_path / "abai.epub", GOOD))
    assert (article.title, article.date) == ("Абай жолы", dt.date(1942, 5, 1))
    assert article.source == "Мұхтар Әуезов, Жазушы"  # the author and the publisher
    assert [s.heading for s in article.sections] == ["Бірінші тарау", "Екінші тарау", "Үшінші тарау"]
    assert [p.text for p in article.passages] == [
        "Бірінші тарау",
        "Абай ауылға қайтты.",
        "Күз еді.",
        "Екінші тарау",
        "Құнанбай сөйледі.",
        "Үшінші тарау",
        "Соңғы тарау & соңғы сөз.",
    ]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"META-INF/container.xml": "<container/>"}, "names no package document"),
        ({**GOOD, "OEBPS/content.opf": "<package><broken"}, "not well-formed XML"),
        ({**GOOD, "OEBPS/content.opf": OPF.replace("<itemref", "<other").replace("xhtml+xml", "x-other")}, "no spine"),
    ],
)
def test_a_broken_book_says_what_is_wrong(tmp_path, files, message):
    with pytest.raises(ContentError) as caught:
        load_article(_epub(tmp_path / "broken.epub", files))
    assert caught.value.code == "bad_epub" and message in caught.value.message


@pytest.mark.parametrize(
    ("files", "named"),
    [
        ({**GOOD, "OEBPS/content.opf": OPF.replace('<itemref idref="c2"/>', '<itemref idref="c9"/>')}, "'c9'"),
        ({k: v for k, v in GOOD.items() if k != "OEBPS/text/ch2.xhtml"}, "OEBPS/text/ch2.xhtml"),
    ],
)
def test_a_missing_chapter_is_skipped_and_named_and_the_rest_opens(tmp_path, files, named):
    article = load_article(_epub(tmp_path / "gap.epub", files))
    assert [s.heading for s in article.sections] == ["Бірінші тарау", "Үшінші тарау"]
    assert len(article.notices) == 1 and named in article.notices[0] and "skipped" in article.notices[0]


def test_a_book_without_a_spine_or_container_is_read_in_its_manifests_order_and_says_so(tmp_path):
    files = {**GOOD, "OEBPS/content.opf": OPF.replace("<itemref", "<other")}
    files["META-INF/container.xml"] = "<container/>"
    article = load_article(_epub(tmp_path / "loose.epub", files))
    assert [s.heading for s in article.sections] == ["Бірінші тарау", "Екінші тарау", "Үшінші тарау"]
    assert "OEBPS/content.opf is read instead" in article.notices[0] and "no spine" in article.notices[1]


def test_a_file_that_is_no_zip_is_refused(tmp_path):
    path = tmp_path / "fake.epub"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(ContentError, match="not a ZIP archive"):
        load_article(path)


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_chapter_that_claims_a_small_size_and_inflates_huge_is_refused(tmp_path, method):
    path = tmp_path / "bomb.epub"
    chapter = _chapter("Бомба", "x" * 100).encode() + b" " * (20 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=method) as book:
        for name, text in GOOD.items():
            book.writestr(name, chapter if name.endswith("ch2.xhtml") else text)
    data = claiming(path.read_bytes(), "OEBPS/text/ch2.xhtml", 74)
    path.write_bytes(data)
    with pytest.raises(ContentError, match="unpack to more than"):
        load_article(path)


def test_a_spine_naming_one_chapter_many_times_is_held_to_the_article_limit(tmp_path, monkeypatch):
    from desktop.content import loader

    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 4 * 1024 * 1024)  # the repeated text goes past it
    paragraphs = ["Абай ауылға қайтты, күз еді, дала сарғайып жатты. " * 20] * 100  # 200 KiB of text
    spine = '<itemref idref="c1"/>' * 40  # 8 MiB of text, from 3 MiB of reads
    files = {
        **GOOD,
        "OEBPS/content.opf": OPF.replace('<itemref idref="c1"/><itemref idref="c2"/>', spine),
        "OEBPS/text/ch1.xhtml": _chapter("Бірінші тарау", *paragraphs),
    }
    with pytest.raises(ContentError) as caught:
        load_article(_epub(tmp_path / "repeat.epub", files))
    assert caught.value.code == "text_too_large"


def test_an_epub_larger_than_an_article_file_opens_when_its_text_is_within_the_limit(tmp_path):
    picture = bytes(range(256)) * (20 * 1024)  # 5 MiB that do not compress, as a photograph
    path = _epub(tmp_path / "illustrated.epub", {**GOOD, "OEBPS/images/photo.jpg": picture})
    assert path.stat().st_size > 4 * 1024 * 1024
    assert load_article(path).title == "Абай жолы"


@pytest.mark.parametrize(
    ("manifest_cover", "meta"),
    [
        ('properties="cover-image"', ""),  # EPUB 3
        ("", '<meta name="cover" content="pic"/>'),  # EPUB 2
    ],
)
def test_the_cover_named_by_the_package_is_read_alone(tmp_path, manifest_cover, meta):
    from desktop.content.formats.epub import read_cover
    from tests.helpers.books import chapter, package, png, write

    opf = package(
        [("c", "c.xhtml", "application/xhtml+xml"), ("pic", "images/front.png", "image/png", manifest_cover)],
        ['<itemref idref="c"/>'],
        metadata=meta,
    )
    files = {"OEBPS/content.opf": opf, "OEBPS/c.xhtml": chapter("<p>Мәтін.</p>"), "OEBPS/images/front.png": png(3, 4)}
    assert read_cover(write(tmp_path / "book.epub", files)) == png(3, 4)
    without = package([("c", "c.xhtml", "application/xhtml+xml")], ['<itemref idref="c"/>'])
    plain = write(tmp_path / "plain.epub", {**files, "OEBPS/content.opf": without})
    assert read_cover(plain) is None
    assert read_cover(tmp_path / "nowhere.epub") is None


def test_a_package_written_without_its_namespace_is_read_all_the_same(tmp_path):
    bare = OPF.replace(' xmlns="http://www.idpf.org/2007/opf"', "")
    article = load_article(_epub(tmp_path / "bare.epub", {**GOOD, "OEBPS/content.opf": bare}))
    assert article.title == "Абай жолы"
    assert [s.heading for s in article.sections] == ["Бірінші тарау", "Екінші тарау", "Үшінші тарау"]


def test_a_spine_of_a_hundred_thousand_items_reads_the_first_ten_thousand_and_says_so(tmp_path):
    tiny = '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Сөз.</p></body></html>'
    opf = OPF.replace(
        '<itemref idref="c1"/><itemref idref="c2"/><itemref idref="c3"/>', '<itemref idref="c1"/>' * 100_000
    )
    article = load_article(
        _epub(tmp_path / "long.epub", {**GOOD, "OEBPS/content.opf": opf, "OEBPS/text/ch1.xhtml": tiny})
    )
    assert len(article.passages) == 10_000
    assert "100,000 documents" in article.notices[0]


# Books of our own, kept unpacked under tests/data/books/<case>/ with the text a reader must
# show (expected.txt, written by hand; notices.txt, what each notice must say when the book is
# read with notices): each states one rule of the EPUB 3 reading-system spec.
BOOKS = Path(__file__).parents[3] / "data" / "books"


def _zipped(folder: Path, path: Path) -> Path:
    """The book in ``folder`` as an .epub: its mimetype first and stored, then its other files."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(folder / "mimetype", "mimetype", compress_type=zipfile.ZIP_STORED)
        for file in sorted(folder.rglob("*")):
            name = file.relative_to(folder).as_posix()
            if file.is_file() and name not in {"mimetype", "expected.txt", "notices.txt"}:
                archive.write(file, name)
    return path


@pytest.mark.parametrize("case", sorted(p.parent.name for p in BOOKS.glob("*/expected.txt")))
def test_each_book_of_our_own_exports_the_text_a_reader_must_show(tmp_path, case):
    article = load_article(_zipped(BOOKS / case, tmp_path / f"{case}.epub"))
    expected = (BOOKS / case / "expected.txt").read_text(encoding="utf-8")
    assert to_text(article).splitlines() == expected.splitlines()
    said = BOOKS / case / "notices.txt"  # what each notice must contain, when the book has some
    wanted = said.read_text(encoding="utf-8").splitlines() if said.exists() else []
    assert len(article.notices) == len(wanted)
    assert all(part in notice for part, notice in zip(wanted, article.notices, strict=True))


def test_a_foreign_spine_item_with_a_fallback_gives_way_to_it_even_when_its_name_looks_readable(tmp_path):
    """application/xml is not a content document type: the manifest fallback is what a reader shows."""
    article = load_article(_zipped(BOOKS / "foreign-xml-fallback", tmp_path / "book.epub"))
    assert "XML" not in " ".join(p.text for p in article.passages)


def test_hrefs_from_the_root_or_climbing_past_it_resolve_inside_the_book(tmp_path):
    """As URLs are resolved: "/images/a.png" starts at the book's root, and ".." stops there."""
    article = load_article(_zipped(BOOKS / "root-paths-and-picture-links", tmp_path / "book.epub"))
    figures = [block for section in article.sections for block in section.blocks if isinstance(block, Figure)]
    assert [figure.image for figure in figures] == ["images/steppe.png", "images/steppe.png"]
    assert article.images is not None and article.images.read("images/steppe.png").startswith(b"\x89PNG")


def test_a_table_of_contents_link_made_of_a_picture_names_the_chapter_by_its_text_alternative(tmp_path):
    article = load_article(_zipped(BOOKS / "root-paths-and-picture-links", tmp_path / "book.epub"))
    assert [section.label for section in article.sections] == ["Бірінші тарау", "Дала суреттері"]


@pytest.mark.parametrize(("method", "name"), [(zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "LZMA")])
def test_a_book_compressed_other_than_with_deflate_opens_and_says_epub_does_not_allow_it(tmp_path, method, name):
    path = tmp_path / "other.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for file, text in GOOD.items():
            archive.writestr(file, text, compress_type=method)
    article = load_article(path)
    assert [s.heading for s in article.sections] == ["Бірінші тарау", "Екінші тарау", "Үшінші тарау"]
    assert article.notices == (f"its files are compressed with {name}, which EPUB does not allow (only Deflate)",)


def test_the_first_rootfile_that_is_a_package_document_is_read(tmp_path):
    """An EPUB 2 container may name another rendition (a PDF) first; full-path is from the root."""
    container = CONTAINER.replace(
        '<rootfile full-path="OEBPS/content.opf"',
        '<rootfile full-path="print/book.pdf" media-type="application/pdf"/><rootfile full-path="/OEBPS/content.opf"',
    )
    article = load_article(_epub(tmp_path / "two.epub", {**GOOD, "META-INF/container.xml": container}))
    assert article.title == "Абай жолы" and article.notices == ()


def test_a_container_naming_a_missing_package_reads_the_archives_package_and_says_so(tmp_path):
    container = CONTAINER.replace("OEBPS/content.opf", "OPS/package.opf")
    article = load_article(_epub(tmp_path / "moved.epub", {**GOOD, "META-INF/container.xml": container}))
    assert article.title == "Абай жолы"
    assert article.notices == (
        "META-INF/container.xml names OPS/package.opf, which is not in the archive; "
        "the package document OEBPS/content.opf is read instead",
    )


def test_file_names_match_in_composed_form_and_as_utf8_without_the_archives_flag(tmp_path):
    """Books name files in composed form (NFC) while some archivers store them decomposed; old
    archivers store UTF-8 names without saying so (zipfile then reads them as cp437)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "OEBPS/text/й-тарау.xhtml")
    unflagged = "OEBPS/text/тарау.xhtml"
    placeholder = "OEBPS/text/" + "x" * (len(unflagged.encode()) - len("OEBPS/text/"))
    opf = OPF.replace('href="text/ch1.xhtml"', 'href="text/й-тарау.xhtml"').replace(
        'href="text/ch2.xhtml"', 'href="text/%D1%82%D0%B0%D1%80%D0%B0%D1%83.xhtml"'
    )
    files = {**GOOD, "OEBPS/content.opf": opf}
    files[decomposed] = files.pop("OEBPS/text/ch1.xhtml")
    files[placeholder] = files.pop("OEBPS/text/ch2.xhtml")
    path = _epub(tmp_path / "names.epub", files)
    path.write_bytes(path.read_bytes().replace(placeholder.encode(), unflagged.encode()))  # no UTF-8 flag
    article = load_article(path)
    assert [s.heading for s in article.sections] == ["Бірінші тарау", "Екінші тарау", "Үшінші тарау"]
    assert article.notices == ()


def test_a_book_none_of_whose_chapters_can_be_read_says_why(tmp_path):
    files = {k: v for k, v in GOOD.items() if not k.startswith("OEBPS/text/")}
    with pytest.raises(ContentError) as caught:
        load_article(_epub(tmp_path / "empty.epub", files))
    assert caught.value.code == "bad_epub"
    assert "none of its content documents can be read" in caught.value.message
    assert "OEBPS/text/ch1.xhtml, which is not in the archive" in caught.value.message


def test_a_heading_set_as_a_picture_is_named_by_its_alt_and_the_picture_follows_it(tmp_path):
    article = load_article(_zipped(BOOKS / "heading-set-as-picture", tmp_path / "book.epub"))
    first = article.sections[0]
    assert (first.heading, first.heading_in_text) == ("Бірінші тарау", True)
    assert first.blocks[0] == Figure("OEBPS/images/title.png", "")


def test_many_iframes_showing_a_large_document_do_not_spend_the_reads_the_chapters_need(tmp_path):
    big = _chapter("Қосымша", "Ұзын мәтін. " * 20_000)  # about 400 KiB, shown by 200 iframes: 80 MiB
    frames = '<iframe src="big.xhtml"/>' * 200
    files = {
        **GOOD,
        "OEBPS/content.opf": OPF.replace(
            "</manifest>", '<item id="big" href="text/big.xhtml" media-type="application/xhtml+xml"/></manifest>'
        ),
        "OEBPS/text/big.xhtml": big,
        "OEBPS/text/ch1.xhtml": _chapter("Бірінші тарау", "Басы.").replace("</body>", f"{frames}</body>"),
    }
    article = load_article(_epub(tmp_path / "frames.epub", files))
    assert [s.heading for s in article.sections][-2:] == ["Екінші тарау", "Үшінші тарау"]
    assert 1 <= sum(s.heading == "Қосымша" for s in article.sections) <= 3  # 1 MiB of iframes in all
