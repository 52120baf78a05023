"""A page saved as "web page, complete" shows the article's own pictures, read only from its folder."""

import shutil
from pathlib import Path

import pytest

from desktop.content import load_article
from desktop.content.export import to_html
from desktop.content.formats.web_page import local_picture
from desktop.content.model import Figure, Paragraph
from tests.helpers.books import png

SAVED = Path(__file__).parents[3] / "data" / "saved_page" / "page.html"


@pytest.fixture
def saved_page(tmp_path: Path) -> Path:
    """The saved page with its folder: the photo, a logo, a tracking pixel; a picture outside the
    folder and a link from the folder to it."""
    page = tmp_path / "site" / "page.html"
    (page.parent / "page_files").mkdir(parents=True)
    shutil.copyfile(SAVED, page)
    (page.parent / "page_files" / "photo.png").write_bytes(png(60, 40))
    (page.parent / "page_files" / "logo.png").write_bytes(png(60, 60))
    (page.parent / "page_files" / "pixel.gif").write_bytes(png(1, 1))
    (tmp_path / "outside.png").write_bytes(png(50, 50))
    (page.parent / "page_files" / "link.png").symlink_to(tmp_path / "outside.png")
    return page


def figures_of(article) -> list[Figure]:
    return [block for section in article.sections for block in section.blocks if isinstance(block, Figure)]


def test_the_article_figure_opens_in_place_with_its_alt_text_and_caption(saved_page):
    article = load_article(saved_page)
    blocks = [block for section in article.sections for block in section.blocks]
    photo = Figure("page_files/photo.png", "Көктемгі дала", "Алматы облысындағы көктемгі дала")
    assert photo in blocks
    at = blocks.index(photo)
    assert isinstance(blocks[at - 1], Paragraph) and blocks[at - 1].text.startswith("Биыл көктем")
    assert isinstance(blocks[at + 1], Paragraph) and blocks[at + 1].text.startswith("Ауыл тұрғындарының")
    assert article.images is not None and article.images.read(photo.image) == png(60, 40)


def test_the_caption_stays_out_of_the_body_text(saved_page):
    article = load_article(saved_page)
    paragraphs = [
        block.text for section in article.sections for block in section.blocks if isinstance(block, Paragraph)
    ]
    assert not any("Алматы облысындағы" in text for text in paragraphs)


def test_network_outside_linked_out_tracking_and_menu_pictures_are_left_out(saved_page):
    article = load_article(saved_page)
    assert [figure.image for figure in figures_of(article)] == ["page_files/photo.png"]
    assert article.images is not None and article.images.read("page_files/link.png") is None
    assert article.images.read("../outside.png") is None


def test_a_page_whose_pictures_are_all_elsewhere_opens_without_them(saved_page):
    text = SAVED.read_text(encoding="utf-8").replace("page_files/photo.png", "http://example.com/photo.png")
    saved_page.write_text(text.replace("page_files/link.png", "/etc/passwd"), encoding="utf-8")
    article = load_article(saved_page)
    assert figures_of(article) == [] and article.images is None
    assert any(passage.text.startswith("Биыл көктем") for passage in article.passages)


@pytest.mark.parametrize(
    "source",
    ["https://example.com/a.png", "//cdn.example.com/a.png", "data:image/png;base64,AAAA", "../a.png",
     "page_files/../../a.png", "/etc/a.png", "file:///etc/a.png", "C:\\a.png", ""],
)  # fmt: skip
def test_only_paths_inside_the_folder_name_a_picture(source):
    assert local_picture(source) == ""


def test_a_path_inside_the_folder_is_kept_with_its_escapes_read():
    assert local_picture("./page_files/a%20b.png?v=2#top") == "page_files/a b.png"


def test_the_exported_page_carries_the_picture(saved_page):
    import base64

    document = to_html(load_article(saved_page))
    assert base64.b64encode(png(60, 40)).decode() in document
    assert "Алматы облысындағы көктемгі дала" in document


def test_a_page_read_from_bytes_alone_has_no_pictures(saved_page):
    import datetime as dt

    from desktop.content.loader import parse_article_bytes

    article = parse_article_bytes(saved_page.read_bytes(), saved_page, dt.date(2026, 1, 1))
    assert figures_of(article) == [] and article.images is None


def test_the_picture_size_is_read_from_its_first_bytes(saved_page):
    images = load_article(saved_page).images
    assert images is not None and images.head("page_files/photo.png", 24) == png(60, 40)[:24]


def inline(data: bytes) -> str:
    import base64

    return "data:image/png;base64," + base64.b64encode(data).decode()


def test_a_small_picture_written_into_the_page_is_shown_and_a_large_one_is_not(saved_page):
    small, large = inline(png(50, 50)), inline(bytes(range(256)) * 200)
    text = SAVED.read_text(encoding="utf-8").replace("page_files/photo.png", small)
    saved_page.write_text(text.replace("https://example.com/remote.png", large), encoding="utf-8")
    article = load_article(saved_page)
    assert [figure.image for figure in figures_of(article)] == [small]
    assert article.images is not None and article.images.read(small) == png(50, 50)


def test_a_picture_between_lines_broken_by_br_stands_between_them(tmp_path):
    first = "Биыл көктем ерте келді: наурыздың басында-ақ қар кетіп, далада алғашқы көк шөп көрінді."
    second = "Ауыл тұрғындарының айтуынша, мұндай жылы көктем соңғы он жылда болмаған, егіншілер дайын."
    third = "Ғалымдар ерте көктемнің себебін қыстың аз қарлы болуымен түсіндіреді, жазда құрғақшылық күтіледі."
    page = tmp_path / "post.html"
    (tmp_path / "post_files").mkdir()
    (tmp_path / "post_files" / "lake.png").write_bytes(png(60, 40))
    body = f'<div class="post-body">{first}<br>{second}<br><img src="post_files/lake.png" alt="Көл"><br>{third}</div>'
    page.write_text(f"<html><head><title>Көктем</title></head><body>{body}</body></html>", encoding="utf-8")
    blocks = [block for section in load_article(page).sections for block in section.blocks]
    shown = [block.text if isinstance(block, Paragraph) else block for block in blocks]
    assert shown == [first, second, Figure("post_files/lake.png", "Көл"), third]


LAZY = Path(__file__).parents[3] / "data" / "saved_page" / "lazy.html"


@pytest.fixture
def lazy_page(tmp_path: Path) -> Path:
    """A news page saved with its pictures' sizes (srcset), lazily loaded pictures and a <picture>;
    its folder holds some of the sizes only, as a browser saves them."""
    page = tmp_path / "lazy.html"
    shutil.copyfile(LAZY, page)
    folder = tmp_path / "lazy_files"
    folder.mkdir()
    for name in ("logo.png", "river.png", "steppe-480.png", "steppe-800.png", "steppe-1600.png", "yurt.avif",
                 "yurt-1500.jpg", "lake.png", "lake@2x.png", "camel-blur.png", "camel.png"):  # fmt: skip
        (folder / name).write_bytes(png(60, 40))
    return page


def test_lazily_loaded_pictures_and_their_sizes_are_read_from_the_folder(lazy_page):
    shown = {figure.alt: figure.image for figure in figures_of(load_article(lazy_page))}
    assert shown == {
        "Тау өзені": "lazy_files/river.png",  # data-src, not the placeholder in src
        "Кең дала": "lazy_files/steppe-1600.png",  # the narrowest saved size wide enough (2400 was not saved)
        "Киіз үй": "lazy_files/yurt-1500.jpg",  # the <picture>'s source the reader can show, not the AVIF
        "Көл": "lazy_files/lake@2x.png",  # 2x of a picture 700 wide
        "Түйе": "lazy_files/camel.png",  # as wide as its blurred stand-in in src: the lazy one is the picture
    }, "the horses' picture was never saved: neither its address nor its placeholder stands for it"


def test_the_widest_saved_size_stands_when_none_is_wide_enough(lazy_page):
    (lazy_page.parent / "lazy_files" / "steppe-1600.png").unlink()
    shown = {figure.alt: figure.image for figure in figures_of(load_article(lazy_page))}
    assert shown["Кең дала"] == "lazy_files/steppe-800.png"


def test_a_lazy_picture_keeps_its_place_and_caption(lazy_page):
    blocks = [block for section in load_article(lazy_page).sections for block in section.blocks]
    river = Figure("lazy_files/river.png", "Тау өзені", "Жайлауға апаратын жолдағы өзен")
    at = blocks.index(river)
    assert blocks[at - 1].text.startswith("Маусымның басында") and blocks[at + 1].text.startswith("Көш керуені")


@pytest.mark.parametrize(
    ("value", "candidates"),
    [
        ("a.png 480w, b.png 1600w", [("a.png", 480, None), ("b.png", 1600, None)]),
        ("a.png, b.png 2x", [("a.png", None, None), ("b.png", None, 2.0)]),
        ("a.png 1.5x,b.png 3x", [("a.png", None, 1.5), ("b.png", None, 3.0)]),
        ("img/w=100,h=100.png 100w", [("img/w=100,h=100.png", 100, None)]),  # a comma inside an address
        ("a.png 480w 2x, b.png 0w, c.png -1x, d.png 10q, e.png 800w 600h", [("e.png", 800, None)]),
        ("  ,, ", []),
    ],
)
def test_a_srcset_is_read_as_html_reads_it(value, candidates):
    from desktop.content.formats.web_page import source_set

    assert source_set(value) == candidates


def test_a_srcset_of_a_million_characters_is_read_within_budget():
    from desktop.content.formats.web_page import MAX_CANDIDATES, source_set

    assert len(source_set("a.png 10w, " * 100_000)) <= MAX_CANDIDATES
